use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let parts = [&x[1..], &x[..1]];
    parts[0][0]
}

fn main() {}
