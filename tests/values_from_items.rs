//! Values whose type the macro cannot see (a `const`, a `static`, a field of
//! a constant parameter, the result of a call) that flow into a variable
//! which later carries a derivative: the variable is a float from its first
//! definition on, so its derivative is never silently dropped.
//!
//! Each gradient is checked against central finite differences of the
//! original function and against forward mode, and where a closed form
//! exists, against it.

#![allow(clippy::needless_range_loop)] // index loops are what is differentiated

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate, finite_difference_gradient};

const TH0: f64 = 1.0;
const OM0: f64 = 0.0;
static COEFFS: [f64; 4] = [0.5, -1.0, 2.0, 3.0];
const START: [f64; 2] = [0.25, -0.5];
const ZEROS: [f64; 3] = [0.0; 3];

/// Central differences agree with these gradients to about 1e-9 for the
/// smooth, moderately scaled functions here; a dropped derivative is off by
/// O(1).
const FD: f64 = 1e-6;

#[differentiate]
pub fn const_loop_state(k: f64) -> f64 {
    let mut th = TH0;
    for _ in 0..3 {
        th = th + 0.1 * (-k * th.sin());
    }
    th * th
}

#[test]
fn a_loop_state_that_starts_from_a_const_carries_the_derivative() {
    let k = 1.3;
    let (y, g) = const_loop_state_grad(k);
    assert_eq!(y, const_loop_state(k));
    // The value central differences give (also in the report that found
    // the bug: -0.29538).
    assert_relative_eq!(g, -0.29538, epsilon = 1e-5);
    check_gradient(|x| const_loop_state(x[0]), &[k], &[g], FD).unwrap();
    let (_, t) = const_loop_state_jvp(k, 1.0);
    assert_relative_eq!(t, g, max_relative = 1e-12);
}

/// The damped driven pendulum θ'' = -k sin θ - c θ' + a by RK4 (h = 0.05,
/// 200 steps) from the `const` state (θ, ω) = (1, 0); loss θ² + ω².
#[differentiate]
pub fn pendulum(p: &[f64]) -> f64 {
    let (k, c, a) = (p[0], p[1], p[2]);
    let h = 0.05;
    let mut th = TH0;
    let mut om = OM0;
    for _ in 0..200 {
        let k1t = om;
        let k1o = -k * th.sin() - c * om + a;
        let k2t = om + 0.5 * h * k1o;
        let k2o = -k * (th + 0.5 * h * k1t).sin() - c * k2t + a;
        let k3t = om + 0.5 * h * k2o;
        let k3o = -k * (th + 0.5 * h * k2t).sin() - c * k3t + a;
        let k4t = om + h * k3o;
        let k4o = -k * (th + h * k3t).sin() - c * k4t + a;
        th += h / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
        om += h / 6.0 * (k1o + 2.0 * k2o + 2.0 * k3o + k4o);
    }
    th * th + om * om
}

#[test]
fn an_rk4_simulation_from_const_initial_state_has_its_gradient() {
    let p = [4.0, 0.3, 0.5];
    let (_, g) = pendulum_grad(&p);
    assert!(g.iter().all(|gi| gi.abs() > 0.01), "{g:?}");
    check_gradient(pendulum, &p, &g, FD).unwrap();
    for j in 0..3 {
        let mut t = [0.0; 3];
        t[j] = 1.0;
        let (_, d) = pendulum_jvp(&p, &t);
        assert_relative_eq!(d, g[j], max_relative = 1e-10);
    }
}

/// Horner's rule over a `static` array: p(x) = ((3x + 2)x - 1)x + 0.5.
#[differentiate]
pub fn horner(x: f64) -> f64 {
    let mut acc = 0.0;
    for i in (0..4).rev() {
        acc = acc * x + COEFFS[i];
    }
    acc
}

#[test]
fn a_static_array_read_in_a_loop_is_a_constant() {
    let x = 0.7;
    let (y, g) = horner_grad(x);
    assert_relative_eq!(
        y,
        ((3.0 * x + 2.0) * x - 1.0) * x + 0.5,
        max_relative = 1e-14
    );
    // p'(x) = 9x² + 4x - 1.
    assert_relative_eq!(g, 9.0 * x * x + 4.0 * x - 1.0, max_relative = 1e-14);
}

pub struct Decay {
    pub v0: f64,
    pub steps: usize,
}

/// v0 · xⁿ by repeated multiplication, starting from a field of a constant
/// parameter.
#[differentiate]
pub fn field_start(p: &Decay, x: f64) -> f64 {
    let mut v = p.v0;
    for _ in 0..p.steps {
        v *= x;
    }
    v
}

#[test]
fn a_loop_state_that_starts_from_a_field_of_a_constant_parameter() {
    let p = Decay { v0: 1.5, steps: 5 };
    let x = 0.9;
    let (_, g) = field_start_grad(&p, x);
    // d/dx v0 x⁵ = 5 v0 x⁴.
    assert_relative_eq!(g, 5.0 * 1.5 * x.powi(4), max_relative = 1e-14);
}

#[differentiate]
pub fn helper_sq(x: f64) -> f64 {
    x * x
}

/// A loop state that starts from a call's result and is scaled by a
/// constant array element: (x²)·(1 + y)³ with START unused by the gradient.
#[differentiate]
pub fn call_start(x: f64, y: f64) -> f64 {
    let mut s = helper_sq(x);
    let mut offset = START;
    for _ in 0..3 {
        s *= 1.0 + y;
        offset[0] += 1.0;
    }
    s + offset[0]
}

#[test]
fn a_loop_state_that_starts_from_a_call_result() {
    let (x, y) = (0.8, 0.3);
    let (v, (gx, gy)) = call_start_grad(x, y);
    assert_relative_eq!(v, x * x * (1.0 + y).powi(3) + 3.25, max_relative = 1e-14);
    assert_relative_eq!(gx, 2.0 * x * (1.0 + y).powi(3), max_relative = 1e-14);
    assert_relative_eq!(gy, 3.0 * x * x * (1.0 + y).powi(2), max_relative = 1e-14);
}

/// An `if` arm that assigns a constant: below the threshold y = x³, else
/// y = TH0 · x.
#[differentiate]
pub fn const_in_arm(x: f64) -> f64 {
    let mut y = TH0;
    if x < 1.0 {
        y = x * x;
    }
    y * x
}

#[test]
fn an_if_arm_that_assigns_a_const() {
    assert_relative_eq!(const_in_arm_grad(0.5).1, 3.0 * 0.25, max_relative = 1e-14);
    assert_relative_eq!(const_in_arm_grad(2.0).1, 1.0, max_relative = 1e-14);
}

/// A `const` array as the initial value of an array the loop fills, with
/// the annotation the macro asks for when it cannot see the const's type.
#[differentiate]
pub fn const_array_state(x: [f64; 3]) -> f64 {
    let mut acc: [f64; 3] = ZEROS;
    for i in 0..3 {
        acc[i] += x[i] * x[i];
    }
    acc[0] + 2.0 * acc[1] + 3.0 * acc[2]
}

#[test]
fn an_annotated_const_array_filled_in_a_loop() {
    let x = [0.5, -1.0, 2.0];
    let (_, g) = const_array_state_grad(x);
    // d/dx_i of Σ w_i x_i² is 2 w_i x_i.
    assert_eq!(g, [2.0 * 0.5, -(2.0 * 2.0), 3.0 * 2.0 * 2.0]);
}

#[differentiate]
fn rotate(v: [f64; 2], angle: f64) -> [f64; 2] {
    let c = angle.cos();
    let s = angle.sin();
    [c * v[0] - s * v[1], s * v[0] + c * v[1]]
}

/// The squared distance between `v` rotated by `angle` and `target`, with
/// the rotated vector bound without a type annotation.
#[differentiate]
fn miss(v: [f64; 2], angle: f64, target: [f64; 2]) -> f64 {
    let w = rotate(v, angle);
    let dx = w[0] - target[0];
    let dy = w[1] - target[1];
    dx * dx + dy * dy
}

#[test]
fn an_array_returned_by_a_call_needs_no_annotation() {
    let (v, a, t) = ([1.0, 2.0], 0.3, [0.5, 0.5]);
    let (value, (gv, ga, gt)) = miss_grad(v, a, t);
    assert_eq!(value, miss(v, a, t));
    let flat = |x: &[f64]| miss([x[0], x[1]], x[2], [x[3], x[4]]);
    let point = [v[0], v[1], a, t[0], t[1]];
    let gradient = [gv[0], gv[1], ga, gt[0], gt[1]];
    check_gradient(flat, &point, &gradient, FD).unwrap();
    // |R v - t|² has d/dt = -2 (R v - t).
    let w = rotate(v, a);
    assert_relative_eq!(gt[0], -2.0 * (w[0] - t[0]), max_relative = 1e-14);
    assert_relative_eq!(gt[1], -2.0 * (w[1] - t[1]), max_relative = 1e-14);
}

/// A least-squares fit error with a basis function passed as a closure.
#[differentiate(wrt(w))]
fn fit_error(w: &[f64], basis: impl Fn(f64) -> f64, ts: &[f64], ys: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..ts.len() {
        let r = w[0] * basis(ts[i]) + w[1] - ys[i];
        s += r * r;
    }
    s
}

/// The same with the closure as a named generic and as a `&dyn Fn`, called
/// in two places.
#[differentiate(wrt(w))]
fn fit_error_generic<F: Fn(f64) -> f64>(w: &[f64], basis: F, ts: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..ts.len() {
        let r = w[0] * basis(ts[i]) - basis(0.5 * ts[i]);
        s += r * r;
    }
    s
}

#[differentiate(wrt(w))]
fn fit_error_dyn(w: &[f64], basis: &dyn Fn(f64) -> f64, ts: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..ts.len() {
        let r = w[0] * basis(ts[i]) - basis(0.5 * ts[i]);
        s += r * r;
    }
    s
}

#[test]
fn a_closure_parameter_passes_through_the_companions() {
    let (w, ts, ys) = ([1.0, 2.0], [0.1, 0.2, 0.7], [1.0, 2.0, 0.5]);
    let (v, g) = fit_error_grad(&w, |t: f64| t.sin(), &ts, &ys);
    assert_eq!(v, fit_error(&w, |t: f64| t.sin(), &ts, &ys));
    // r_i = w0 sin t_i + w1 - y_i: dS/dw0 = Σ 2 r_i sin t_i, dS/dw1 = Σ 2 r_i.
    let r: Vec<f64> = (0..3).map(|i| w[0] * ts[i].sin() + w[1] - ys[i]).collect();
    let g0: f64 = (0..3).map(|i| 2.0 * r[i] * ts[i].sin()).sum();
    let g1: f64 = r.iter().map(|r| 2.0 * r).sum();
    assert_relative_eq!(g[0], g0, max_relative = 1e-14);
    assert_relative_eq!(g[1], g1, max_relative = 1e-14);

    let basis = |t: f64| (2.0 * t).cos();
    let (_, gg) = fit_error_generic_grad(&w, basis, &ts);
    let (_, gd) = fit_error_dyn_grad(&w, &basis, &ts);
    let fd = finite_difference_gradient(|x| fit_error_generic(x, basis, &ts), &w);
    for j in 0..2 {
        assert_relative_eq!(gg[j], fd[j], epsilon = FD);
        assert_eq!(gg[j], gd[j]);
    }
}
