use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let v = [x, 1.0];
    v[0] * v[1]
}

fn main() {}
