//! Iterating a `const` array item by reference and reading `*e`: the macro
//! does not see that `K.iter()` yields references and emits `*e` on an
//! `f64`; rustc reports E0614 "type `f64` cannot be dereferenced". Over a
//! parameter or a local array, or with the pattern `&e`, it is fine.

use autodiff::differentiate;

const K: [f64; 3] = [0.5, 1.5, -2.0];

#[differentiate]
fn f(a: f64) -> f64 {
    let mut s = a;
    for (i, e) in K.iter().enumerate() {
        s = s * a + (*e) * (i as f64);
    }
    s
}

fn main() {
    let a = 0.5;
    let (y, d) = f_grad(a);
    // s = ((a·a)·a + 1.5)·a − 4, s' = 4a³ + 1.5
    assert_eq!(y, ((a * a) * a + 1.5) * a - 4.0);
    assert!((d - (4.0 * a * a * a + 1.5)).abs() < 1e-12, "{d}");
}
