use autodiff::differentiate;
#[differentiate]
fn f(x: f64) -> String { x.to_string() }
fn main() { let _ = f_jvp(1.0, 1.0); }
