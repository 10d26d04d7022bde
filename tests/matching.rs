//! `match` (on integers, ranges, `bool`, enums, floats with guards,
//! tuples and slices; or-patterns and `@` bindings; as an expression and as
//! a statement), `if let`, `let .. else` and `while let`, and `Option`
//! values: parameters, options built in the body (with payloads that carry
//! a derivative), carried through loops, and their methods.
//!
//! Every gradient is checked against a formula derived by hand in the
//! comment next to it (the derivative of the branch the primal takes),
//! against forward mode, and against central finite differences of the
//! original function; Hessians against the hand-derived second derivative.

#![allow(clippy::needless_range_loop)]

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Reverse mode (`grad`), forward mode (`jvp`, one unit tangent per
/// input) and central differences of `f`, against the hand-derived
/// gradient, at `at`.
fn check(
    at: &[f64],
    f: impl Fn(&[f64]) -> f64,
    (value, reverse): (f64, Vec<f64>),
    forward: Vec<f64>,
    expected: &[f64],
) {
    assert_eq!(value, f(at), "value at {at:?}");
    for i in 0..expected.len() {
        assert!(
            approx::relative_eq!(
                reverse[i],
                expected[i],
                epsilon = 1e-14,
                max_relative = 1e-13
            ),
            "at {at:?}, component {i}: reverse {:e}, hand-derived {:e}",
            reverse[i],
            expected[i]
        );
        assert!(
            approx::relative_eq!(
                forward[i],
                expected[i],
                epsilon = 1e-14,
                max_relative = 1e-13
            ),
            "at {at:?}, component {i}: forward {:e}, hand-derived {:e}",
            forward[i],
            expected[i]
        );
    }
    check_gradient(&f, at, &reverse, 1e-6).unwrap_or_else(|e| panic!("at {at:?}:\n{e}"));
}

// ---------------------------------------------------------------------------
// Integers, ranges, or-patterns, bindings.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
fn scaled_power(x: f64, degree: u32) -> f64 {
    match degree {
        0 => 1.0,
        1 => x,
        2 | 3 => x.powi(degree as i32),
        n @ 4..=9 => x.powi(n as i32) / n as f64,
        _ => x.exp(),
    }
}

#[test]
fn match_on_an_integer_with_ranges_or_patterns_and_bindings() {
    let x: f64 = 1.3;
    // (degree, d/dx, d²/dx²) of the arm each degree takes.
    let cases = [
        (0, 0.0, 0.0),
        (1, 1.0, 0.0),
        (2, 2.0 * x, 2.0),
        (3, 3.0 * x * x, 6.0 * x),
        (5, x.powi(4), 4.0 * x.powi(3)),
        (9, x.powi(8), 8.0 * x.powi(7)),
        (12, x.exp(), x.exp()),
    ];
    for (degree, d1, d2) in cases {
        let (v, g) = scaled_power_grad(x, degree);
        let (_, t) = scaled_power_jvp(x, degree, 1.0);
        check(
            &[x],
            |p| scaled_power(p[0], degree),
            (v, vec![g]),
            vec![t],
            &[d1],
        );
        let (_, _, h) = scaled_power_hessian(x, degree);
        assert_relative_eq!(h, d2, max_relative = 1e-13, epsilon = 1e-14);
    }
}

#[differentiate]
fn cyclic(x: f64, y: f64, k: usize) -> f64 {
    let mut s = 1.0;
    for i in 0..k {
        match i % 3 {
            0 => s += x,
            1 => {
                s *= y;
            }
            _ => {}
        }
    }
    s
}

#[test]
fn match_as_a_statement_assigns_in_its_arms_inside_a_loop() {
    // k = 5: i = 0: s = 1 + x; 1: (1 + x) y; 2: -; 3: (1 + x) y + x;
    // 4: ((1 + x) y + x) y. ∂/∂x = y² + y, ∂/∂y = 2 (1 + x) y + x.
    let (x, y) = (0.5, 1.5);
    let (v, (gx, gy)) = cyclic_grad(x, y, 5);
    let tx = cyclic_jvp(x, y, 5, 1.0, 0.0).1;
    let ty = cyclic_jvp(x, y, 5, 0.0, 1.0).1;
    check(
        &[x, y],
        |p| cyclic(p[0], p[1], 5),
        (v, vec![gx, gy]),
        vec![tx, ty],
        &[y * y + y, 2.0 * (1.0 + x) * y + x],
    );
}

#[differentiate(hessian)]
fn signed_square(x: f64, flip: bool) -> f64 {
    match flip {
        true => -x * x,
        false => x * x,
    }
}

#[test]
fn match_on_a_bool() {
    for (flip, sign) in [(true, -1.0), (false, 1.0)] {
        let (v, g) = signed_square_grad(2.5, flip);
        assert_eq!(v, sign * 6.25);
        assert_eq!(g, sign * 5.0);
        assert_eq!(signed_square_hessian(2.5, flip).2, sign * 2.0);
    }
}

#[differentiate]
fn quadrant_weight(x: f64, y: f64, i: i32) -> f64 {
    match (i % 2, x > 0.0) {
        (0, true) => x * y,
        (_, false) => y * y,
        (1 | -1, _) => x + y,
        _ => 0.0,
    }
}

#[test]
fn match_on_a_tuple_of_constants() {
    // (i, x, y, ∂/∂x, ∂/∂y).
    for (i, x, y, dx, dy) in [
        (2, 1.5, 3.0, 3.0, 1.5),
        (2, -1.5, 3.0, 0.0, 6.0),
        (3, 1.5, 3.0, 1.0, 1.0),
        (-3, 1.5, 3.0, 1.0, 1.0),
    ] {
        let (v, (gx, gy)) = quadrant_weight_grad(x, y, i);
        let tx = quadrant_weight_jvp(x, y, i, 1.0, 0.0).1;
        let ty = quadrant_weight_jvp(x, y, i, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| quadrant_weight(p[0], p[1], i),
            (v, vec![gx, gy]),
            vec![tx, ty],
            &[dx, dy],
        );
    }
}

// ---------------------------------------------------------------------------
// Floats with guards.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
fn huber(r: f64, delta: f64) -> f64 {
    match r.abs() {
        a if a <= delta => 0.5 * r * r,
        a => delta * (a - 0.5 * delta),
    }
}

#[test]
fn match_on_a_float_with_guards_is_the_huber_loss() {
    // |r| ≤ δ: r²/2, ∂/∂r = r, ∂/∂δ = 0. |r| > δ: δ(|r| - δ/2),
    // ∂/∂r = δ sign r, ∂/∂δ = |r| - δ.
    for (r, delta, dr, dd, hrr) in [
        (0.5, 1.0, 0.5, 0.0, 1.0),
        (-0.25, 1.0, -0.25, 0.0, 1.0),
        (3.0, 1.5, 1.5, 1.5, 0.0),
        (-2.0, 0.5, -0.5, 1.5, 0.0),
    ] {
        let (v, (gr, gd)) = huber_grad(r, delta);
        let tr = huber_jvp(r, delta, 1.0, 0.0).1;
        let td = huber_jvp(r, delta, 0.0, 1.0).1;
        check(
            &[r, delta],
            |p| huber(p[0], p[1]),
            (v, vec![gr, gd]),
            vec![tr, td],
            &[dr, dd],
        );
        assert_eq!(huber_hessian(r, delta).2[0][0], hrr);
    }
}

#[differentiate]
fn classify(x: f64) -> f64 {
    match x {
        v if v < -1.0 => -v.ln_1p().abs(),
        -1.0..=1.0 => x * x * x,
        v => v.sqrt(),
    }
}

#[test]
fn float_range_patterns_and_guards() {
    // x < -1: -|ln(1 + x)|... only defined for x > -1; take the middle and
    // the upper piece: 3x² and 1/(2√x).
    for (x, d) in [(0.5, 0.75), (-0.9, 3.0 * 0.81), (4.0, 0.25)] {
        let (v, g) = classify_grad(x);
        let (_, t) = classify_jvp(x, 1.0);
        check(&[x], |p| classify(p[0]), (v, vec![g]), vec![t], &[d]);
    }
}

// ---------------------------------------------------------------------------
// Enums of the user's: unit variants and variants with constant data.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
pub enum Activation {
    Relu,
    Tanh,
    Leaky(f64),
    Softplus { beta: f64 },
}

#[differentiate(hessian)]
fn activate(x: f64, act: Activation) -> f64 {
    match act {
        Activation::Relu => {
            if x > 0.0 {
                x
            } else {
                0.0
            }
        }
        Activation::Tanh => x.tanh(),
        Activation::Leaky(slope) => {
            if x > 0.0 {
                x
            } else {
                slope * x
            }
        }
        Activation::Softplus { beta } => (1.0 + (beta * x).exp()).ln() / beta,
    }
}

#[differentiate]
fn layer(w: &[f64; 2], x: &[f64; 2], act: &Activation) -> f64 {
    let z = w[0] * x[0] + w[1] * x[1];
    let scale = match act {
        Activation::Leaky(s) | Activation::Softplus { beta: s } => *s,
        _ => 1.0,
    };
    let y = if let Activation::Tanh = act {
        z.tanh()
    } else {
        z
    };
    scale * y
}

#[test]
fn match_on_an_enum_reads_the_variants_data_as_constants() {
    let x: f64 = -0.75;
    let sig = |t: f64| 1.0 / (1.0 + (-t).exp());
    // relu'(x<0) = 0, tanh' = 1 - tanh², leaky' = slope, softplus' =
    // σ(βx), softplus'' = β σ(βx)(1 - σ(βx)).
    let t = x.tanh();
    let s = sig(2.0 * x);
    for (act, d1, d2) in [
        (Activation::Relu, 0.0, 0.0),
        (Activation::Tanh, 1.0 - t * t, -2.0 * t * (1.0 - t * t)),
        (Activation::Leaky(0.1), 0.1, 0.0),
        (Activation::Softplus { beta: 2.0 }, s, 2.0 * s * (1.0 - s)),
    ] {
        let (v, g) = activate_grad(x, act);
        let (_, tg) = activate_jvp(x, act, 1.0);
        check(&[x], |p| activate(p[0], act), (v, vec![g]), vec![tg], &[d1]);
        let (_, _, h) = activate_hessian(x, act);
        assert_relative_eq!(h, d2, max_relative = 1e-12, epsilon = 1e-14);
    }
    // By reference, with an or-pattern binding the data of two variants:
    // f = scale · act(w·x); ∂f/∂w = scale · act'(z) x.
    let (w, xs) = ([0.5, -1.5], [2.0, 1.0]);
    let z: f64 = -0.5;
    for (act, scale, slope) in [
        (Activation::Leaky(0.3), 0.3, 1.0),
        (Activation::Softplus { beta: 4.0 }, 4.0, 1.0),
        (Activation::Tanh, 1.0, 1.0 - z.tanh().powi(2)),
        (Activation::Relu, 1.0, 1.0),
    ] {
        let (_, (gw, gx)) = layer_grad(&w, &xs, &act);
        for i in 0..2 {
            assert_relative_eq!(gw[i], scale * slope * xs[i], max_relative = 1e-14);
            assert_relative_eq!(gx[i], scale * slope * w[i], max_relative = 1e-14);
        }
    }
}

// ---------------------------------------------------------------------------
// Slices.
// ---------------------------------------------------------------------------

#[differentiate]
fn ends_product(x: &[f64]) -> f64 {
    match x {
        [] => 0.0,
        [a] => a * a,
        [a, b] => a * b,
        [first, .., last] => first * last * 2.0,
    }
}

#[test]
fn slice_patterns_test_the_length_then_bind_elements() {
    assert_eq!(ends_product_grad(&[]).1, Vec::<f64>::new());
    assert_eq!(ends_product_grad(&[3.0]).1, vec![6.0]);
    assert_eq!(ends_product_grad(&[3.0, 5.0]).1, vec![5.0, 3.0]);
    // 2 x0 x3: (2 x3, 0, 0, 2 x0).
    assert_eq!(
        ends_product_grad(&[3.0, 5.0, 7.0, 0.5]).1,
        vec![1.0, 0.0, 0.0, 6.0]
    );
    let (_, t) = ends_product_jvp(&[3.0, 5.0, 7.0, 0.5], &[1.0, 1.0, 1.0, 1.0]);
    assert_eq!(t, 1.0 + 6.0);
}

// ---------------------------------------------------------------------------
// Option: parameters, built in the body, let-else, while let, loops.
// ---------------------------------------------------------------------------

#[differentiate(wrt(x))]
fn capped(x: f64, bound: Option<f64>) -> f64 {
    let y = x * x;
    if let Some(b) = bound { y.min(b) } else { y }
}

#[differentiate(wrt(x))]
fn scaled(x: f64, scale: Option<f64>) -> f64 {
    x * scale.unwrap_or(2.0) + x.min(scale.unwrap_or(x))
}

#[test]
fn an_option_parameter_is_a_constant_read_by_if_let_and_unwrap_or() {
    // capped: x² below the bound (2x), the bound above it (0).
    assert_eq!(capped_grad(1.5, Some(4.0)), (2.25, 3.0));
    assert_eq!(capped_grad(2.5, Some(4.0)), (4.0, 0.0));
    assert_eq!(capped_grad(2.5, None), (6.25, 5.0));
    assert_eq!(capped_jvp(1.5, Some(4.0), 1.0), (2.25, 3.0));
    // scaled: x s + min(x, s) with s = 2 (and min(x, x) = x) when None.
    assert_eq!(scaled_grad(1.5, Some(3.0)), (6.0, 4.0));
    assert_eq!(scaled_grad(1.5, Some(1.0)), (2.5, 1.0));
    assert_eq!(scaled_grad(1.5, None), (4.5, 3.0));
}

#[differentiate(hessian)]
fn best_of(x: f64, y: f64) -> f64 {
    let best = if x > y { Some(x * 2.0) } else { None };
    match best {
        Some(v) => v * y,
        None => y.sin(),
    }
}

#[test]
fn an_option_built_in_the_body_carries_its_payloads_derivative() {
    // x > y: 2xy, ∇ = (2y, 2x), H = [[0, 2], [2, 0]]. Otherwise sin y.
    let (v, (gx, gy)) = best_of_grad(3.0, 2.0);
    assert_eq!(v, 12.0);
    assert_eq!((gx, gy), (4.0, 6.0));
    assert_eq!(best_of_hessian(3.0, 2.0).2, [[0.0, 2.0], [2.0, 0.0]]);
    let (v, (gx, gy)) = best_of_grad(1.0, 2.0);
    assert_eq!(v, 2.0_f64.sin());
    assert_eq!((gx, gy), (0.0, 2.0_f64.cos()));
    let tx = best_of_jvp(3.0, 2.0, 1.0, 0.0).1;
    let ty = best_of_jvp(3.0, 2.0, 0.0, 1.0).1;
    check(
        &[3.0, 2.0],
        |p| best_of(p[0], p[1]),
        (12.0, vec![4.0, 6.0]),
        vec![tx, ty],
        &[4.0, 6.0],
    );
}

#[differentiate]
fn log_ratio(x: f64, y: f64) -> f64 {
    let q = if y != 0.0 { Some(x / y) } else { None };
    let Some(r) = q else {
        return 0.0;
    };
    r.ln() + y
}

#[test]
fn let_else_binds_the_payload_or_returns() {
    // ln(x/y) + y: ∇ = (1/x, -1/y + 1).
    let (x, y) = (3.0, 1.5);
    let (v, (gx, gy)) = log_ratio_grad(x, y);
    let tx = log_ratio_jvp(x, y, 1.0, 0.0).1;
    let ty = log_ratio_jvp(x, y, 0.0, 1.0).1;
    check(
        &[x, y],
        |p| log_ratio(p[0], p[1]),
        (v, vec![gx, gy]),
        vec![tx, ty],
        &[1.0 / x, -1.0 / y + 1.0],
    );
    assert_eq!(log_ratio_grad(3.0, 0.0), (0.0, (0.0, 0.0)));
}

#[differentiate]
fn largest_magnitude(xs: &[f64]) -> f64 {
    let mut best = None;
    for &v in xs {
        best = match best {
            None => Some(v),
            Some(b) if v.abs() > b.abs() => Some(v),
            keep => keep,
        };
    }
    best.unwrap_or(0.0) * 3.0
}

#[test]
fn an_option_carried_through_a_loop_learns_its_payload_from_the_body() {
    // 3 · the element of largest magnitude: its gradient is 3 there.
    let (v, g) = largest_magnitude_grad(&[1.0, -4.0, 2.5, 3.0]);
    assert_eq!(v, -12.0);
    assert_eq!(g, vec![0.0, 3.0, 0.0, 0.0]);
    assert_eq!(largest_magnitude_grad(&[]), (0.0, vec![]));
    let (_, t) = largest_magnitude_jvp(&[1.0, -4.0, 2.5, 3.0], &[0.0, 2.0, 0.0, 0.0]);
    assert_eq!(t, 6.0);
}

#[differentiate]
fn halving(x: f64, tol: f64) -> f64 {
    let mut total = 0.0;
    let mut step = Some(x);
    while let Some(s) = step {
        total += s * s;
        step = if s > tol { Some(s * 0.5) } else { None };
    }
    total
}

#[test]
fn while_let_runs_until_the_option_is_none() {
    // x = 1, tol = 0.2: steps 1, 1/2, 1/4, 1/8: total = x² (1 + 1/4 +
    // 1/16 + 1/64), d/dx = 2x · 85/64.
    let (v, (gx, gt)) = halving_grad(1.0, 0.2);
    assert_eq!(v, 85.0 / 64.0);
    assert_eq!(gx, 2.0 * 85.0 / 64.0);
    assert_eq!(gt, 0.0);
    assert_eq!(halving_jvp(1.0, 0.2, 1.0, 0.0).1, 2.0 * 85.0 / 64.0);
}

#[differentiate]
fn first_positive(xs: &[f64; 4]) -> f64 {
    let mut found: Option<(usize, f64)> = None;
    for i in 0..4 {
        if found.is_none() && xs[i] > 0.0 {
            found = Some((i, xs[i]));
        }
    }
    match found {
        Some((i, v)) => v * v * (i as f64 + 1.0),
        None => 0.0,
    }
}

#[test]
fn is_some_and_a_tuple_payload() {
    // The first positive element is x2 = 1.5, at index 2: f = 3 x2²,
    // ∂/∂x2 = 6 x2 = 9.
    let (v, g) = first_positive_grad(&[-1.0, -0.5, 1.5, 2.0]);
    assert_eq!(v, 3.0 * 2.25);
    assert_eq!(g, [0.0, 0.0, 9.0, 0.0]);
}

#[differentiate]
fn until_large(xs: &[f64], limit: f64) -> f64 {
    let mut s = 0.0;
    for (i, &v) in xs.iter().enumerate() {
        match i {
            0 => continue,
            _ if v > limit => return s * v,
            _ => s += v,
        }
    }
    s
}

#[test]
fn continue_and_return_inside_match_arms_of_a_loop() {
    // [1, 2, 3, 10], limit 5: x0 skipped, s = x1 + x2, returns s · x3:
    // ∇ = (0, x3, x3, x1 + x2, 0 for the limit).
    let xs = [1.0, 2.0, 3.0, 10.0];
    let (v, (g, gl)) = until_large_grad(&xs, 5.0);
    assert_eq!(v, 50.0);
    assert_eq!(g, vec![0.0, 10.0, 10.0, 5.0]);
    assert_eq!(gl, 0.0);
    let t = until_large_jvp(&xs, 5.0, &[1.0, 1.0, 1.0, 1.0], 0.0).1;
    assert_eq!(t, 25.0);
    // No element above the limit: the sum of all but the first.
    let (v, (g, _)) = until_large_grad(&xs, 50.0);
    assert_eq!(v, 15.0);
    assert_eq!(g, vec![0.0, 1.0, 1.0, 1.0]);
    let flat = |p: &[f64]| until_large(&p[..4], p[4]);
    let mut grad = g.clone();
    grad.push(0.0);
    check_gradient(flat, &[1.0, 2.0, 3.0, 10.0, 50.0], &grad, 1e-6).unwrap();
}

#[differentiate]
fn weighted(x: f64, k: u8, act: Activation) -> f64 {
    let w = if matches!(k, 1 | 3..=5) { 2.0 } else { 1.0 };
    if matches!(act, Activation::Leaky(s) if s > 0.5) {
        w * x * x
    } else {
        w * x
    }
}

#[test]
fn matches_macro_with_or_ranges_and_a_guard() {
    // w = 2 for k in {1, 3, 4, 5}; x² for a leaky slope above 0.5.
    assert_eq!(weighted_grad(1.5, 4, Activation::Leaky(0.8)), (4.5, 6.0));
    assert_eq!(weighted_grad(1.5, 2, Activation::Leaky(0.8)), (2.25, 3.0));
    assert_eq!(weighted_grad(1.5, 1, Activation::Leaky(0.2)), (3.0, 2.0));
    assert_eq!(weighted_grad(1.5, 6, Activation::Tanh), (1.5, 1.0));
    assert_eq!(
        weighted_jvp(1.5, 4, Activation::Leaky(0.8), 1.0),
        (4.5, 6.0)
    );
}
