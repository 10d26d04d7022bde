use autodiff::differentiate;
#[differentiate]
fn f(x: f64) -> f64 { fn h(v: f64) -> f64 { v } let y = x * 2.0; y }
fn main() { let _ = f_grad(1.0); }
