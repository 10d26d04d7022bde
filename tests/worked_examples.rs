//! The worked examples of the foundation issue, with values derived by hand
//! (not by the code under test). Each is checked in reverse mode, forward
//! mode and against the runtime's finite-difference helper.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

#[differentiate]
fn f(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

#[test]
fn textbook_function_at_2_5() {
    // f = ln 2 + 10 - sin 5; df/dx1 = 1/x1 + x2 = 5.5; df/dx2 = x1 - cos x2.
    let (y, (d1, d2)) = f_grad(2.0, 5.0);
    assert_relative_eq!(y, 2f64.ln() + 10.0 - 5f64.sin(), max_relative = 1e-15);
    assert_relative_eq!(y, 11.652, epsilon = 1e-3);
    assert_relative_eq!(d1, 5.5, max_relative = 1e-15);
    assert_relative_eq!(d2, 2.0 - 5f64.cos(), max_relative = 1e-15);
    assert_relative_eq!(d2, 1.7163, epsilon = 1e-4);
    let (_, t1) = f_jvp(2.0, 5.0, 1.0, 0.0);
    let (_, t2) = f_jvp(2.0, 5.0, 0.0, 1.0);
    assert_relative_eq!(t1, d1, max_relative = 1e-15);
    assert_relative_eq!(t2, d2, max_relative = 1e-15);
    check_gradient(|x| f(x[0], x[1]), &[2.0, 5.0], &[d1, d2], 1e-7).unwrap();
}

#[differentiate]
fn shared_use(a: f64, b: f64) -> f64 {
    let c = a + b;
    a * c
}

#[test]
fn a_value_used_twice_accumulates_both_paths() {
    // d = a (a + b): dd/da = 2a + b = 11, dd/db = a = 4 at (4, 3).
    let (d, (da, db)) = shared_use_grad(4.0, 3.0);
    assert_eq!(d, 28.0);
    assert_eq!((da, db), (11.0, 4.0));
    assert_eq!(shared_use_jvp(4.0, 3.0, 1.0, 0.0).1, 11.0);
    assert_eq!(shared_use_jvp(4.0, 3.0, 0.0, 1.0).1, 4.0);
}

#[differentiate]
fn two_paths(x1: f64) -> f64 {
    let x2 = x1 + 3.0;
    let x3 = x1 + 5.0;
    x2 * x3
}

#[test]
fn two_paths_add_up() {
    // y = (x1 + 3)(x1 + 5): dy/dx1 = 2 x1 + 8 = 10 at 1.
    let (y, dy) = two_paths_grad(1.0);
    assert_eq!(y, 24.0);
    assert_eq!(dy, 10.0);
    assert_eq!(two_paths_jvp(1.0, 1.0).1, 10.0);
}

#[differentiate]
fn ratio(x: f64, y: f64) -> f64 {
    (x * x + 1.0) / (y * y - 1.0)
}

#[test]
fn quotient_at_8_3() {
    // r = 65 / 8 = 8.125; dr/dx = 2x/(y²-1) = 2; dr/dy = -2y(x²+1)/(y²-1)² = -6.09375.
    let (r, (dx, dy)) = ratio_grad(8.0, 3.0);
    assert_eq!(r, 8.125);
    assert_relative_eq!(dx, 2.0, max_relative = 1e-15);
    assert_relative_eq!(dy, -6.09375, max_relative = 1e-15);
    assert_relative_eq!(
        ratio_jvp(8.0, 3.0, 0.0, 1.0).1,
        -6.09375,
        max_relative = 1e-15
    );
}

#[differentiate]
fn reciprocal(x: f64) -> f64 {
    1.0 / (x * x + 1.0)
}

#[test]
fn reciprocal_at_3() {
    // r = 1/10; r' = -2x/(x²+1)² = -0.06.
    let (r, dr) = reciprocal_grad(3.0);
    assert_relative_eq!(r, 0.1, max_relative = 1e-15);
    assert_relative_eq!(dr, -0.06, max_relative = 1e-14);
    assert_relative_eq!(reciprocal_jvp(3.0, 1.0).1, -0.06, max_relative = 1e-14);
}
