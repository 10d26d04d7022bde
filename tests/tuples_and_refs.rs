//! `&f64` parameters (differentiable like `f64`, gradient `f64`), tuple
//! parameters of floats and arrays (a gradient of the same shape), and
//! tuples built, read (`t.0`), destructured and returned in the body.
//! Each gradient is checked against forward mode, central finite
//! differences of the original, and a hand-derived formula.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

// ---- `&f64` ----

#[differentiate(hessian)]
fn square(x: &f64) -> f64 {
    x * x
}

#[differentiate(hessian)]
fn by_ref_mixed(x: &f64, y: f64, w: &[f64; 2]) -> f64 {
    let s = x.sin() * y;
    s + *x * w[0] + w[1] * w[1] / *x
}

#[differentiate]
fn calls_square(x: f64, y: f64) -> f64 {
    square(&x) * y + square(&y)
}

#[test]
fn a_reference_to_a_float_has_a_float_gradient() {
    let (v, g) = square_grad(&3.0);
    assert_eq!(v, 9.0);
    let g: f64 = g;
    assert_eq!(g, 6.0);
    let (_, t) = square_jvp(&3.0, &1.0);
    assert_eq!(t, 6.0);
    let (_, _, h) = square_hessian(&3.0);
    assert_eq!(h, 2.0);
    let (_, _, hv) = square_hvp(&3.0, &0.5);
    assert_eq!(hv, 1.0);
}

#[test]
fn references_to_floats_beside_values_and_arrays() {
    let (x, y, w) = (0.7, 1.3, [0.4, -1.1]);
    let (v, (gx, gy, gw)) = by_ref_mixed_grad(&x, y, &w);
    assert_eq!(v, by_ref_mixed(&x, y, &w));
    // Hand-derived.
    assert_relative_eq!(
        gx,
        x.cos() * y + w[0] - w[1] * w[1] / (x * x),
        epsilon = 1e-12
    );
    assert_relative_eq!(gy, x.sin(), epsilon = 1e-12);
    assert_relative_eq!(gw[0], x, epsilon = 1e-12);
    assert_relative_eq!(gw[1], 2.0 * w[1] / x, epsilon = 1e-12);
    // Forward mode, one direction per input.
    let dirs = [
        (1.0, 0.0, [0.0, 0.0]),
        (0.0, 1.0, [0.0, 0.0]),
        (0.0, 0.0, [1.0, 0.0]),
        (0.0, 0.0, [0.0, 1.0]),
    ];
    let reverse = [gx, gy, gw[0], gw[1]];
    for (k, (dx, dy, dw)) in dirs.iter().enumerate() {
        let (_, d) = by_ref_mixed_jvp(&x, y, &w, dx, *dy, dw);
        assert_relative_eq!(d, reverse[k], epsilon = 1e-12);
    }
    let flat = |p: &[f64]| by_ref_mixed(&p[0], p[1], &[p[2], p[3]]);
    check_gradient(flat, &[x, y, w[0], w[1]], &reverse, 1e-6).unwrap();
    // The Hessian of the scalars against differences of the gradient.
    let (_, _, hv) = by_ref_mixed_hvp(&x, y, &w, &1.0, 0.0, &[0.0, 0.0]);
    let h = 1e-6;
    let gp = by_ref_mixed_grad(&(x + h), y, &w).1;
    let gm = by_ref_mixed_grad(&(x - h), y, &w).1;
    assert_relative_eq!(hv.0, (gp.0 - gm.0) / (2.0 * h), epsilon = 1e-6);
    assert_relative_eq!(hv.1, (gp.1 - gm.1) / (2.0 * h), epsilon = 1e-6);
}

#[test]
fn a_call_passing_a_reference_to_a_float() {
    let (x, y) = (1.5, -0.5);
    let (v, (gx, gy)) = calls_square_grad(x, y);
    assert_eq!(v, calls_square(x, y));
    assert_relative_eq!(gx, 2.0 * x * y, epsilon = 1e-12);
    assert_relative_eq!(gy, x * x + 2.0 * y, epsilon = 1e-12);
    assert_relative_eq!(calls_square_jvp(x, y, 1.0, 0.0).1, gx, epsilon = 1e-12);
    assert_relative_eq!(calls_square_jvp(x, y, 0.0, 1.0).1, gy, epsilon = 1e-12);
}

// ---- tuple parameters ----

#[differentiate(hessian)]
fn polar(p: (f64, f64)) -> f64 {
    let (r, theta) = p;
    r * r * theta.sin() + p.0 * p.1
}

#[differentiate(hessian)]
fn mixed_tuple(p: (f64, [f64; 2]), s: f64, q: &(f64, f64)) -> f64 {
    p.0 * p.1[0] + p.1[1].exp() * s + q.0 / q.1
}

#[differentiate]
fn nested_tuple(t: ((f64, f64), [f64; 3])) -> f64 {
    let ((a, b), v) = t;
    a * b + v[0] * v[1] * v[2] + (t.0).1.cos()
}

#[differentiate]
fn tuple_pattern_param((a, b): (f64, f64), x: f64) -> f64 {
    a.powi(2) * x + b / x
}

#[differentiate]
fn tuple_with_slice(p: (&[f64], f64)) -> f64 {
    let mut s = 0.0;
    for v in p.0.iter() {
        s += v * v * p.1;
    }
    s
}

#[test]
fn a_tuple_parameter_has_a_tuple_gradient() {
    let p = (1.3, 0.4);
    let (v, g) = polar_grad(p);
    assert_eq!(v, polar(p));
    let g: (f64, f64) = g;
    assert_relative_eq!(g.0, 2.0 * p.0 * p.1.sin() + p.1, epsilon = 1e-12);
    assert_relative_eq!(g.1, p.0 * p.0 * p.1.cos() + p.0, epsilon = 1e-12);
    assert_relative_eq!(polar_jvp(p, (1.0, 0.0)).1, g.0, epsilon = 1e-12);
    assert_relative_eq!(polar_jvp(p, (0.0, 1.0)).1, g.1, epsilon = 1e-12);
    check_gradient(|x| polar((x[0], x[1])), &[p.0, p.1], &[g.0, g.1], 1e-6).unwrap();
    // Hessian-vector product: H = [[2 sin θ, 2r cos θ + 1], [2r cos θ + 1, -r² sin θ]].
    let (_, _, hv) = polar_hvp(p, (1.0, 0.0));
    assert_relative_eq!(hv.0, 2.0 * p.1.sin(), epsilon = 1e-12);
    assert_relative_eq!(hv.1, 2.0 * p.0 * p.1.cos() + 1.0, epsilon = 1e-12);
}

#[test]
fn tuples_of_arrays_and_references_to_tuples() {
    let (p, s, q) = ((0.8, [1.5, -0.3]), 2.0, (0.6, 1.7));
    let (v, (gp, gs, gq)) = mixed_tuple_grad(p, s, &q);
    assert_eq!(v, mixed_tuple(p, s, &q));
    let gp: (f64, [f64; 2]) = gp;
    let gq: (f64, f64) = gq;
    assert_relative_eq!(gp.0, p.1[0], epsilon = 1e-12);
    assert_relative_eq!(gp.1[0], p.0, epsilon = 1e-12);
    assert_relative_eq!(gp.1[1], p.1[1].exp() * s, epsilon = 1e-12);
    assert_relative_eq!(gs, p.1[1].exp(), epsilon = 1e-12);
    assert_relative_eq!(gq.0, 1.0 / q.1, epsilon = 1e-12);
    assert_relative_eq!(gq.1, -q.0 / (q.1 * q.1), epsilon = 1e-12);
    let reverse = [gp.0, gp.1[0], gp.1[1], gs, gq.0, gq.1];
    for k in 0..6 {
        let mut e = [0.0; 6];
        e[k] = 1.0;
        let (_, d) = mixed_tuple_jvp(p, s, &q, (e[0], [e[1], e[2]]), e[3], &(e[4], e[5]));
        assert_relative_eq!(d, reverse[k], epsilon = 1e-12);
    }
    let flat = |x: &[f64]| mixed_tuple((x[0], [x[1], x[2]]), x[3], &(x[4], x[5]));
    let at = [p.0, p.1[0], p.1[1], s, q.0, q.1];
    check_gradient(flat, &at, &reverse, 1e-6).unwrap();
    // One column of the Hessian against differences of the gradient.
    let (_, _, hv) = mixed_tuple_hvp(p, s, &q, (0.0, [0.0, 1.0]), 0.0, &(0.0, 0.0));
    let h = 1e-6;
    let gp_ = mixed_tuple_grad((p.0, [p.1[0], p.1[1] + h]), s, &q).1;
    let gm_ = mixed_tuple_grad((p.0, [p.1[0], p.1[1] - h]), s, &q).1;
    assert_relative_eq!(
        hv.0.1[1],
        (gp_.0.1[1] - gm_.0.1[1]) / (2.0 * h),
        epsilon = 1e-6
    );
    assert_relative_eq!(hv.1, (gp_.1 - gm_.1) / (2.0 * h), epsilon = 1e-6);
}

#[differentiate]
fn array_item_updated_in_a_copy(p: (f64, [f64; 2])) -> f64 {
    let mut a = p.1;
    a[0] *= p.0;
    a[1] += a[0];
    a[0] * a[1] + p.1[0]
}

#[test]
fn an_array_item_of_a_tuple_parameter_copied_and_updated() {
    let p = (1.5, [2.0, -0.5]);
    let (v, (g0, g1)) = array_item_updated_in_a_copy_grad(p);
    assert_eq!(v, array_item_updated_in_a_copy(p));
    // f = s a0 (a1 + s a0) + a0 with s = p.0
    let (s, a0, a1) = (p.0, p.1[0], p.1[1]);
    assert_relative_eq!(g0, a0 * (a1 + s * a0) + s * a0 * a0, epsilon = 1e-12);
    assert_relative_eq!(g1[0], s * (a1 + s * a0) + s * a0 * s + 1.0, epsilon = 1e-12);
    assert_relative_eq!(g1[1], s * a0, epsilon = 1e-12);
    let (_, d) = array_item_updated_in_a_copy_jvp(p, (0.0, [1.0, 0.0]));
    assert_relative_eq!(d, g1[0], epsilon = 1e-12);
}

#[test]
fn nested_tuples_patterns_and_slices_in_tuples() {
    let t = ((0.5, 1.5), [2.0, -1.0, 0.5]);
    let (v, g) = nested_tuple_grad(t);
    assert_eq!(v, nested_tuple(t));
    let ((ga, gb), gv): ((f64, f64), [f64; 3]) = g;
    assert_relative_eq!(ga, 1.5, epsilon = 1e-12);
    assert_relative_eq!(gb, 0.5 - 1.5_f64.sin(), epsilon = 1e-12);
    assert_relative_eq!(gv[0], -0.5, epsilon = 1e-12);
    assert_relative_eq!(gv[1], 1.0, epsilon = 1e-12);
    assert_relative_eq!(gv[2], -2.0, epsilon = 1e-12);
    let (_, d) = nested_tuple_jvp(t, ((0.0, 1.0), [0.0, 0.0, 0.0]));
    assert_relative_eq!(d, gb, epsilon = 1e-12);

    let (v, ((ga, gb), gx)) = tuple_pattern_param_grad((1.2, 0.7), 2.5);
    assert_eq!(v, tuple_pattern_param((1.2, 0.7), 2.5));
    assert_relative_eq!(ga, 2.0 * 1.2 * 2.5, epsilon = 1e-12);
    assert_relative_eq!(gb, 1.0 / 2.5, epsilon = 1e-12);
    assert_relative_eq!(gx, 1.2 * 1.2 - 0.7 / (2.5 * 2.5), epsilon = 1e-12);
    let (_, d) = tuple_pattern_param_jvp((1.2, 0.7), 2.5, (1.0, 0.0), 0.0);
    assert_relative_eq!(d, ga, epsilon = 1e-12);

    let xs = [1.0, -2.0, 3.0];
    let (v, (gxs, gk)) = tuple_with_slice_grad((&xs, 0.5));
    assert_eq!(v, tuple_with_slice((&xs, 0.5)));
    let gxs: Vec<f64> = gxs;
    assert_eq!(gxs, vec![1.0, -2.0, 3.0]);
    assert_relative_eq!(gk, 14.0, epsilon = 1e-12);
    let (_, d) = tuple_with_slice_jvp((&xs, 0.5), (&[0.0, 1.0, 0.0], 0.0));
    assert_relative_eq!(d, gxs[1], epsilon = 1e-12);
}

// ---- tuples in the body ----

#[differentiate]
fn tuples_in_body(x: f64, y: f64) -> f64 {
    let t = (x * y, x.sin());
    let (a, b) = t;
    let u = (t, [x, y]);
    a + b * u.1[1] + (u.0).0 + t.1 + u.0.1
}

#[differentiate]
fn returns_a_tuple(x: f64, w: [f64; 2]) -> (f64, [f64; 2]) {
    let t = (x * w[0], [w[1] * x, w[0] * w[1]]);
    let s = t.0 + 1.0;
    (s, t.1)
}

#[differentiate]
fn tuple_through_a_loop(x: f64, n: usize) -> f64 {
    let mut state = (x, 1.0);
    for _ in 0..n {
        state = (state.0 * 0.5 + state.1, state.0 * state.1);
    }
    state.0 + state.1
}

#[differentiate]
fn tuple_items_assigned(x: f64, y: f64, n: usize) -> f64 {
    let mut t = ((x, 1.0), y);
    t.1 = t.1 * x - 0.5 * y;
    t.0.1 += y.sin();
    for _ in 0..n {
        t.0.0 *= 0.5 + t.1;
    }
    if x > 0.0 {
        t.1 -= 1.0;
    }
    t.0.0 + t.0.1 * t.1
}

#[test]
fn tuple_items_assigned_one_by_one() {
    for (x, y, n) in [(0.7, 1.2, 0), (0.7, 1.2, 3), (-0.4, 0.3, 2)] {
        let (v, (gx, gy)) = tuple_items_assigned_grad(x, y, n);
        assert_eq!(v, tuple_items_assigned(x, y, n));
        assert_relative_eq!(
            tuple_items_assigned_jvp(x, y, n, 1.0, 0.0).1,
            gx,
            epsilon = 1e-12
        );
        assert_relative_eq!(
            tuple_items_assigned_jvp(x, y, n, 0.0, 1.0).1,
            gy,
            epsilon = 1e-12
        );
        check_gradient(
            |p| tuple_items_assigned(p[0], p[1], n),
            &[x, y],
            &[gx, gy],
            1e-6,
        )
        .unwrap();
        if n == 0 && x > 0.0 {
            // f = x + (1 + sin y)(x y - y / 2 - 1)
            assert_relative_eq!(gx, 1.0 + (1.0 + y.sin()) * y, epsilon = 1e-12);
            assert_relative_eq!(
                gy,
                y.cos() * (x * y - 0.5 * y - 1.0) + (1.0 + y.sin()) * (x - 0.5),
                epsilon = 1e-12
            );
        }
    }
}

const W: [f64; 2] = [1.0, 2.0];

#[differentiate]
fn annotated_tuple_of_literals(x: f64) -> f64 {
    // The annotation gives the literal its type, which a method needs.
    let t: (f64, f64) = (1.5, x);
    let (a, b): (f64, (f64, usize)) = (0.5, (x, 2));
    let s = W.iter().map(|&v| v * t.0.asinh().max(0.5)).sum::<f64>();
    if x > 5.0 {
        // A value no float meets: only the annotation types its literal
        // (found by the random programs).
        let u: (f64, f64) = (1.5, ((-1.25) % (2.0 * 2.0 + 0.5)));
        let _unused = W
            .iter()
            .map(|&v| v * u.0.asinh().max(2.0))
            .collect::<Vec<_>>();
    }
    s * t.1 + a.exp() * b.0 * b.1 as f64
}

#[test]
fn annotated_tuples_type_their_literals() {
    let x = 0.8;
    let (v, g) = annotated_tuple_of_literals_grad(x);
    assert_eq!(v, annotated_tuple_of_literals(x));
    assert_relative_eq!(
        g,
        3.0 * 1.5_f64.asinh() + 0.5_f64.exp() * 2.0,
        epsilon = 1e-12
    );
    assert_relative_eq!(
        annotated_tuple_of_literals_jvp(x, 1.0).1,
        g,
        epsilon = 1e-12
    );
}

#[test]
fn tuples_built_read_and_destructured_in_the_body() {
    let (x, y) = (0.9, 1.7);
    let (v, (gx, gy)) = tuples_in_body_grad(x, y);
    assert_eq!(v, tuples_in_body(x, y));
    // f = 2xy + y sin x + 2 sin x
    assert_relative_eq!(gx, 2.0 * y + y * x.cos() + 2.0 * x.cos(), epsilon = 1e-12);
    assert_relative_eq!(gy, 2.0 * x + x.sin(), epsilon = 1e-12);
    assert_relative_eq!(tuples_in_body_jvp(x, y, 1.0, 0.0).1, gx, epsilon = 1e-12);

    let (x, w) = (1.5, [0.5, -2.0]);
    let ((s, arr), (gx, gw)) = returns_a_tuple_vjp(x, w, (1.0, [0.0, 0.0]));
    assert_eq!((s, arr), returns_a_tuple(x, w));
    assert_relative_eq!(gx, w[0], epsilon = 1e-12);
    assert_eq!(gw, [x, 0.0]);
    let (_, (gx, gw)) = returns_a_tuple_vjp(x, w, (0.0, [1.0, 1.0]));
    assert_relative_eq!(gx, w[1], epsilon = 1e-12);
    assert_relative_eq!(gw[0], w[1], epsilon = 1e-12);
    assert_relative_eq!(gw[1], x + w[0], epsilon = 1e-12);
    let (_, (ds, darr)) = returns_a_tuple_jvp(x, w, 1.0, [0.0, 0.0]);
    assert_relative_eq!(ds, w[0], epsilon = 1e-12);
    assert_relative_eq!(darr[0], w[1], epsilon = 1e-12);

    for n in [0, 1, 4] {
        let (v, g) = tuple_through_a_loop_grad(0.8, n);
        assert_eq!(v, tuple_through_a_loop(0.8, n));
        assert_relative_eq!(tuple_through_a_loop_jvp(0.8, n, 1.0).1, g, epsilon = 1e-12);
        check_gradient(|p| tuple_through_a_loop(p[0], n), &[0.8], &[g], 1e-6).unwrap();
    }
}
