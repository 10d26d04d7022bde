use autodiff::differentiate;
#[differentiate]
fn f(mut x: f64) -> f64 { x = x * x; x }
fn main() { let _ = f_grad(1.0); }
