//! An element of a constant of unseen type (`K[1]`, a float) read in one
//! arm of an `if` and passed to an annotated helper: the reverse sweep
//! needs it, so the arm exposes it and the other arm yields a placeholder.
//! The placeholder of a value of unseen type was the integer `0`, and rustc
//! reported E0308 (`if` and `else` have incompatible types); it is now
//! `Default::default()`, which takes the other arm's type.

use autodiff::differentiate;

const K: [f32; 2] = [0.5, 1.5];

#[differentiate]
fn h(a: &f32, b: &f32) -> f32 {
    *a * *b
}

#[differentiate]
fn f(c: f32, x: &[f32]) -> f32 {
    let mut best = None;
    for &t in x.iter() {
        if t > c {
            best = Some(t * h(&(K[1]), &c));
        }
    }
    best.unwrap_or(c)
}

fn main() {
    let x = [0.25_f32, 2.0, 3.0];
    let c = 1.0_f32;
    let (y, (dc, dx)) = f_grad(c, &x);
    // The last element above c wins: y = x[2] * K[1] * c.
    assert_eq!(y, 3.0 * 1.5 * c);
    assert_eq!(dc, 3.0 * 1.5);
    assert_eq!(dx, vec![0.0, 0.0, 1.5 * c]);
}
