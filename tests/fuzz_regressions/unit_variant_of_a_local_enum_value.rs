//! A unit-variant pattern (`Act::Relu`) on an enum value built in the body:
//! the macro does not see the value's type, took the path for a constant
//! and emitted `k == Act::Relu`; rustc reports E0369 (`Act` has no
//! `PartialEq`). A variant is now tested by rustc as written.

use autodiff::differentiate;

#[derive(Clone, Copy, Debug)]
pub enum Act {
    Relu,
    Leaky(f64),
}

#[differentiate]
fn f(a: f64) -> f64 {
    let k = Act::Leaky(0.5);
    let r = Act::Relu;
    let s = match k {
        Act::Relu => a,
        Act::Leaky(slope) => slope * a * a,
    };
    match r {
        Act::Relu => s + a,
        Act::Leaky(slope) => s * slope,
    }
}

fn main() {
    let a = 1.5;
    let (y, d) = f_grad(a);
    // 0.5 a² + a, derivative a + 1.
    assert_eq!(y, 0.5 * a * a + a);
    assert_eq!(d, a + 1.0);
}
