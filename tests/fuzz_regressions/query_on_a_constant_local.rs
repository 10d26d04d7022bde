//! A float query (`is_sign_negative`, `is_nan`, ...) on an element of a
//! constant local array or `Vec` annotated `f64`: the companions drop the
//! annotation, the literal `0.0` has no type, and rustc reports E0689
//! "can't call method `is_sign_negative` on ambiguous numeric type
//! `{float}`". With `0.0_f64`, or on a value that depends on a parameter,
//! it is fine.

use autodiff::differentiate;

#[differentiate]
fn f(a: f64) -> f64 {
    let v: Vec<f64> = vec![0.0; 3];
    if v[1].is_sign_negative() {
        return a;
    }
    a * a
}

#[differentiate]
fn g(a: f64) -> f64 {
    let v: [f64; 3] = [0.0; 3];
    if v[1].is_sign_negative() {
        return a;
    }
    a * a
}

fn main() {
    assert_eq!(f_grad(1.5), (2.25, 3.0));
    assert_eq!(g_grad(1.5), (2.25, 3.0));
}
