//! An associated function without a receiver (`Params::g`): annotated in
//! an `impl` block that is not annotated itself, its companions would call
//! `g` and `g_vjp` without `Self::` (E0425 "cannot find value `g`"), since
//! an attribute on a function cannot see that it is in an `impl`. With
//! `#[differentiate]` on the `impl` block too, they are reached through
//! `Self::`.

use autodiff::differentiate;

pub struct Params;

#[differentiate]
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
