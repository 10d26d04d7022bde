use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let mut v = Vec::with_capacity(x.len());
    for &a in x {
        v.push(a * a);
    }
    v[0]
}

fn main() {}
