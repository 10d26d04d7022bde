use autodiff::differentiate;

#[differentiate]
fn g(v: f64) -> f64 {
    v * v
}

#[differentiate]
fn f(x: f64) -> f64 {
    g(x) + 1.0
}

fn main() {}
