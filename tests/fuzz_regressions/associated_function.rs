//! An associated function without a receiver (`Params::g`), annotated in
//! its `impl` block: the generated companions call `g` and `g_vjp`
//! without `Self::`, and rustc reports E0425 "cannot find value `g` in this
//! scope". Methods (`&self`) and free functions are fine.

use autodiff::differentiate;

pub struct Params;

impl Params {
    #[differentiate]
    fn g(s: f64) -> f64 {
        s * s
    }
}

#[differentiate]
fn f(a: f64) -> f64 {
    Params::g(a) + a
}

fn main() {
    let (y, d) = f_grad(1.5);
    assert_eq!(y, 3.75);
    assert_eq!(d, 4.0);
}
