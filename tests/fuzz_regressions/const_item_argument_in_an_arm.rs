//! A `const` array item passed to a call inside one arm of an `if`: the
//! reverse transform makes the `if` yield the item's value for the adjoint
//! of the call, and the other arm yields a placeholder of the wrong type;
//! rustc reports E0308 "`if` and `else` have incompatible types"
//! (`{integer}` against `[f64; 3]`). With a local copy of the item, or the
//! call outside the `if`, it is fine.

use autodiff::differentiate;

const K: [f64; 3] = [0.5, 1.5, -2.0];

#[differentiate]
fn h(v: [f64; 3], s: f64) -> f64 {
    v[0] * s
}

#[differentiate]
fn f(a: f64) -> f64 {
    let mut s = a;
    if a > 0.0 {
        s = s * 2.0;
    } else {
        s = h(K, s);
    }
    s
}

fn main() {
    assert_eq!(f_grad(1.0), (2.0, 2.0));
    assert_eq!(f_grad(-1.0), (-0.5, 0.5));
}
