// A function already named like a companion: rustc reports the duplicate
// definition, pointing at the user's function and at the attribute.
use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    x * x
}

fn f_grad(x: f64) -> (f64, f64) {
    (x * x, 2.0 * x)
}

fn main() {
    let _ = f_grad(1.0);
}
