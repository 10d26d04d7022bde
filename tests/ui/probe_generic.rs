use autodiff::differentiate;
#[differentiate]
fn f<T: Copy>(x: f64, _t: T) -> f64 { x * x }
fn main() { let _ = f_grad(1.0, 3u8); }
