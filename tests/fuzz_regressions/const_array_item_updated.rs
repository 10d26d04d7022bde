//! A local copy of a `const` or `static` array item, updated with a
//! constant in a loop (`let mut w = K; w[i] *= 2.0;`): the copy has a type
//! the macro cannot see, and the companions update it in place through an
//! immutable binding; rustc reports E0594 "cannot assign to value, as
//! `w_5` is not declared as mutable". Its sibling with a varied value
//! stored in the copy compiles but loses that value's derivative
//! (`const_array_item_copied_into_a_local_has_a_gradient` in the macro
//! crate's `fuzz/regressions.rs`).

use autodiff::differentiate;

static K: [f64; 3] = [0.5, 0.1, 0.1];

#[differentiate]
fn f(a: f64) -> f64 {
    let mut v = a;
    for i in 0..3 {
        let mut w = K;
        w[i] *= 2.0;
        v = v * w[i];
    }
    v
}

fn main() {
    // v = a · 1.0 · 0.2 · 0.2
    let (y, d) = f_grad(2.0);
    assert!((y - 0.08).abs() < 1e-15, "{y}");
    assert!((d - 0.04).abs() < 1e-15, "{d}");
}
