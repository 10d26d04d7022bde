use autodiff::differentiate;
const SCALE: f64 = 2.0;
#[differentiate]
fn f(x: f64) -> f64 { x * SCALE + std::f64::consts::PI }
fn main() { let _ = f_grad(1.0); }
