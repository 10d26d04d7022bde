//! Assertions and panics in differentiated functions: `assert!`,
//! `assert_eq!`, `assert_ne!`, `debug_assert!`, `debug_assert_eq!`,
//! `debug_assert_ne!` anywhere in the body, and `panic!`, `unreachable!`
//! in branches and `match` arms. They are kept as written: the companions
//! check them on the primal values (so they fail where the function
//! fails, with the same message) and they change no derivative.
//!
//! Every gradient is checked against forward mode, central finite
//! differences and, where it is short, a formula derived by hand.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

mod common;
use common::{check_all, check_hvp};

/// `ln x · y`, after checking its domain: ∂/∂x = y/x, ∂/∂y = ln x.
#[differentiate(hessian)]
fn log_times(x: f64, y: f64) -> f64 {
    assert!(x > 0.0, "log_times needs x > 0, got {x}");
    debug_assert!(y.is_finite());
    x.ln() * y
}

#[test]
fn an_assertion_that_holds_changes_no_derivative() {
    let (x, y) = (1.7, -0.4);
    let (v, (dx, dy)) = log_times_grad(x, y);
    assert_eq!(v, log_times(x, y));
    assert_relative_eq!(dx, y / x, max_relative = 1e-15);
    assert_relative_eq!(dy, x.ln(), max_relative = 1e-15);
    let (_, t) = log_times_jvp(x, y, 1.0, 0.0);
    assert_relative_eq!(t, dx, max_relative = 1e-15);
    // ∂²/∂x² = -y/x², ∂²/∂x∂y = 1/x, ∂²/∂y² = 0.
    let (_, _, h) = log_times_hessian(x, y);
    assert_relative_eq!(h[0][0], -y / (x * x), max_relative = 1e-14);
    assert_relative_eq!(h[0][1], 1.0 / x, max_relative = 1e-14);
    assert_relative_eq!(h[1][1], 0.0);
    check_gradient(|p: &[f64]| log_times(p[0], p[1]), &[x, y], &[dx, dy], 1e-6).unwrap();
}

#[test]
#[should_panic(expected = "log_times needs x > 0, got -1")]
fn the_gradient_fails_the_assertion_where_the_function_does() {
    let _ = log_times_grad(-1.0, 2.0);
}

#[test]
#[should_panic(expected = "log_times needs x > 0, got -1")]
fn forward_mode_fails_the_assertion_where_the_function_does() {
    let _ = log_times_jvp(-1.0, 2.0, 1.0, 0.0);
}

#[test]
#[should_panic(expected = "log_times needs x > 0, got -1")]
fn the_hessian_fails_the_assertion_where_the_function_does() {
    let _ = log_times_hvp(-1.0, 2.0, 1.0, 0.0);
}

/// Assertions on a slice, its length, a `Vec` built in the body, an array
/// and a constant: `Σ x_i² w_i`.
#[differentiate(wrt(x))]
fn weighted_squares(x: &[f64], w: [f64; 3], n: usize) -> f64 {
    assert_eq!(x.len(), n, "x has {} elements, expected {n}", x.len());
    assert_ne!(n, 0);
    debug_assert_eq!(w.len(), 3);
    let squares: Vec<f64> = x.iter().map(|v| v * v).collect();
    assert!(squares.len() == x.len() && squares.iter().all(|s| *s >= 0.0));
    assert!(
        w[0] >= 0.0 && w.iter().all(|c| c.is_finite()),
        "bad weights {w:?}"
    );
    let mut s = 0.0;
    for i in 0..n {
        debug_assert!(i < squares.len());
        s += squares[i] * w[i % 3];
    }
    s
}

#[test]
fn assertions_read_slices_vecs_arrays_and_lengths() {
    let w = [0.5, 2.0, 1.5];
    let x = [0.3, -1.2, 0.8, 2.0];
    let g = check_all(
        |x| weighted_squares(x, w, x.len()),
        |x| weighted_squares_grad(x, w, x.len()),
        |x, t| weighted_squares_jvp(x, w, x.len(), t),
        &x,
    );
    for i in 0..4 {
        assert_relative_eq!(g[i], 2.0 * x[i] * w[i % 3], max_relative = 1e-15);
    }
}

#[test]
#[should_panic(expected = "x has 2 elements, expected 3")]
fn an_assert_eq_fails_in_the_gradient_with_its_message() {
    let _ = weighted_squares_grad(&[1.0, 2.0], [1.0; 3], 3);
}

#[test]
#[should_panic(expected = "bad weights [-1.0, 1.0, 1.0]")]
fn an_assertion_on_an_array_fails_in_forward_mode_with_its_message() {
    let _ = weighted_squares_jvp(&[1.0, 2.0], [-1.0, 1.0, 1.0], 2, &[1.0, 0.0]);
}

pub struct Spring {
    pub k: f64,
    pub rest: f64,
}

/// Assertions on a field of a constant parameter and inside a loop on a
/// carried value: n explicit-Euler steps of a damped spring.
#[differentiate]
fn spring_energy(x0: f64, c: f64, p: &Spring, steps: usize) -> f64 {
    assert!(p.k > 0.0, "the spring constant must be positive");
    let (mut x, mut v) = (x0, 0.0);
    let h = 0.01;
    for step in 0..steps {
        let a = -p.k * (x - p.rest) - c * v;
        x += h * v;
        v += h * a;
        assert!(x.abs() < 1e6, "diverged at step {step}: x = {x}");
    }
    0.5 * v * v + 0.5 * p.k * (x - p.rest) * (x - p.rest)
}

#[test]
fn an_assertion_in_a_loop_reads_the_values_of_its_iteration() {
    let p = Spring { k: 3.0, rest: 0.2 };
    check_all(
        |a| spring_energy(a[0], a[1], &p, 200),
        |a| {
            let (v, (g0, g1)) = spring_energy_grad(a[0], a[1], &p, 200);
            (v, vec![g0, g1])
        },
        |a, t| spring_energy_jvp(a[0], a[1], &p, 200, t[0], t[1]),
        &[1.1, 0.3],
    );
}

#[test]
#[should_panic(expected = "diverged at step")]
fn an_assertion_in_a_loop_fails_in_the_gradient() {
    let p = Spring { k: 3.0, rest: 0.0 };
    // Negative damping: the oscillation grows without bound.
    let _ = spring_energy_grad(1.0, -100.0, &p, 2000);
}

/// `panic!` in a branch and `unreachable!` in a `match` arm, as
/// statements and where a value is expected: a piecewise polynomial of
/// degree `k` on `[0, 3)` (checked with `Range::contains`).
#[differentiate(hessian)]
fn piecewise(x: f64, k: u32) -> f64 {
    if !(0.0..3.0).contains(&x) {
        panic!("piecewise is defined on [0, 3), not at {x}");
    }
    let base = match k {
        0 => 1.0,
        1 => x,
        2 => x * x,
        _ => unreachable!("degree {k} is not supported"),
    };
    let scale = if x < 1.0 {
        2.0
    } else if x < 3.0 {
        3.0 * x
    } else {
        unreachable!()
    };
    base * scale
}

#[test]
fn panics_in_branches_leave_the_other_branches_derivatives() {
    // x < 1: 2x², derivative 4x; 1 ≤ x < 3: 3x³, derivative 9x².
    for (x, d) in [(0.5, 4.0 * 0.5), (2.0, 9.0 * 4.0)] {
        let (v, g) = piecewise_grad(x, 2);
        assert_eq!(v, piecewise(x, 2));
        assert_relative_eq!(g, d, max_relative = 1e-15);
        let (_, t) = piecewise_jvp(x, 2, 1.0);
        assert_relative_eq!(t, d, max_relative = 1e-15);
        check_gradient(|p: &[f64]| piecewise(p[0], 2), &[x], &[g], 1e-6).unwrap();
    }
    // d²/dx² of 3x² is 6.
    let (_, _, h) = piecewise_hessian(2.0, 1);
    assert_relative_eq!(h, 6.0, max_relative = 1e-14);
}

#[test]
#[should_panic(expected = "piecewise is defined on [0, 3), not at 4")]
fn a_panic_in_a_branch_happens_in_the_gradient() {
    let _ = piecewise_grad(4.0, 1);
}

#[test]
#[should_panic(expected = "degree 5 is not supported")]
fn unreachable_in_a_match_arm_happens_in_forward_mode() {
    let _ = piecewise_jvp(1.5, 5, 1.0);
}

/// An assertion inside a closure, inlined with it, and `assert!` written
/// with `std::` in front.
#[differentiate(hessian)]
fn sum_of_logs(x: &[f64]) -> f64 {
    let safe_ln = |v: f64| {
        std::assert!(v > 0.0, "ln of {v}");
        v.ln()
    };
    x.iter().map(|&v| safe_ln(v) * v).sum()
}

#[test]
fn an_assertion_in_a_closure_is_checked_at_every_call() {
    let x = [0.5, 1.5, 3.0];
    let g = check_all(sum_of_logs, sum_of_logs_grad, sum_of_logs_jvp, &x);
    // d/dv (v ln v) = ln v + 1.
    for i in 0..3 {
        assert_relative_eq!(g[i], x[i].ln() + 1.0, max_relative = 1e-15);
    }
    check_hvp(sum_of_logs_grad, sum_of_logs_hvp, &x);
}

#[test]
#[should_panic(expected = "ln of -2")]
fn an_assertion_in_a_closure_fails_in_the_gradient() {
    let _ = sum_of_logs_grad(&[1.0, -2.0]);
}
