//! `sin_cos` and the lossless conversions: `t.sin_cos()` gives a tuple that
//! `let (s, c) = ..` destructures (its receiver evaluated once),
//! `f64::from(x)` and `x.into()` from `f32` carry the derivative into
//! `f64`, and from integers give constants.
//!
//! Every gradient is checked against forward mode, central finite
//! differences and a formula derived by hand.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

mod common;
use common::{check_all, check_hvp};

/// `sin t cos t = sin(2t) / 2`: derivative `cos 2t`.
#[differentiate(hessian)]
fn sin_times_cos(t: f64) -> f64 {
    let (s, c) = t.sin_cos();
    s * c
}

#[test]
fn sin_cos_destructures_into_sine_and_cosine() {
    for t in [-1.2, 0.3, 2.0] {
        let (v, g) = sin_times_cos_grad(t);
        assert_eq!(v, sin_times_cos(t));
        assert_relative_eq!(g, (2.0 * t).cos(), max_relative = 1e-13);
        let (_, d) = sin_times_cos_jvp(t, 1.0);
        assert_relative_eq!(d, g, max_relative = 1e-14);
        // d²/dt² = -2 sin 2t.
        let (_, _, h) = sin_times_cos_hessian(t);
        assert_relative_eq!(h, -2.0 * (2.0 * t).sin(), max_relative = 1e-12);
        check_gradient(|x: &[f64]| sin_times_cos(x[0]), &[t], &[g], 1e-6).unwrap();
    }
}

/// A planar rotation by angle `a` of the point `(x, y)`, read back as its
/// first coordinate: `x cos a - y sin a` (the path form, on an expression).
#[differentiate]
fn rotated_x(a: f64, x: f64, y: f64) -> f64 {
    let (sn, cs) = f64::sin_cos(a * 2.0);
    x * cs - y * sn
}

#[test]
fn sin_cos_of_an_expression_in_path_form() {
    let (a, x, y) = (0.4, 1.5, -0.5);
    let (_, (da, dx, dy)) = rotated_x_grad(a, x, y);
    let (s, c) = (2.0 * a).sin_cos();
    assert_relative_eq!(da, -2.0 * (x * s + y * c), max_relative = 1e-14);
    assert_relative_eq!(dx, c, max_relative = 1e-15);
    assert_relative_eq!(dy, -s, max_relative = 1e-15);
    check_all(
        |p| rotated_x(p[0], p[1], p[2]),
        |p| {
            let (v, (a, b, c)) = rotated_x_grad(p[0], p[1], p[2]);
            (v, vec![a, b, c])
        },
        |p, t| rotated_x_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
        &[a, x, y],
    );
}

/// The length of a polyline of unit steps turning by the angles `turns`:
/// `sin_cos` in a loop, its parts carried.
#[differentiate(hessian)]
fn end_distance(turns: &[f64]) -> f64 {
    let (mut px, mut py, mut heading) = (0.0, 0.0, 0.0);
    for &t in turns {
        heading += t;
        let (s, c) = heading.sin_cos();
        px += c;
        py += s;
    }
    (px * px + py * py).sqrt()
}

#[test]
fn sin_cos_in_a_loop() {
    let turns = [0.3, -0.2, 0.5, 0.1];
    check_all(end_distance, end_distance_grad, end_distance_jvp, &turns);
    check_hvp(end_distance_grad, end_distance_hvp, &turns);
}

/// A single-precision measurement widened into a double-precision model:
/// `f64::from(m) * w + m.into()` with `m: f32`, so `∂/∂m = w + 1` and
/// `∂/∂w = m` (the gradient of an `f32` parameter is an `f32`).
#[differentiate]
fn widened(m: f32, w: f64) -> f64 {
    let z: f64 = m.into();
    f64::from(m) * w + z
}

#[test]
fn conversions_from_f32_carry_the_derivative() {
    let (m, w) = (1.25_f32, -0.5);
    let (v, (dm, dw)) = widened_grad(m, w);
    assert_eq!(v, widened(m, w));
    assert_eq!(dm, (w + 1.0) as f32);
    assert_eq!(dw, f64::from(m));
    let (_, t) = widened_jvp(m, w, 1.0, 0.0);
    assert_eq!(t, w + 1.0);
    let (_, t) = widened_jvp(m, w, 0.0, 1.0);
    assert_eq!(t, f64::from(m));
}

/// Integers converted to `f64` are constants: `Σ_i x_i · f64::from(i)` and
/// `n.into()` scale without a derivative of their own.
#[differentiate]
fn indexed_sum(x: &[f64], n: u32) -> f64 {
    let mut s = 0.0;
    for (i, &v) in x.iter().enumerate() {
        let k = u32::try_from(i).unwrap_or(0);
        s += v * f64::from(k);
    }
    let scale: f64 = n.into();
    s * scale
}

#[test]
fn conversions_from_integers_are_constants() {
    let x = [0.5, -1.0, 2.0, 0.25];
    let g = check_all(
        |x| indexed_sum(x, 3),
        |x| indexed_sum_grad(x, 3),
        |x, t| indexed_sum_jvp(x, 3, t),
        &x,
    );
    assert_eq!(g, vec![0.0, 3.0, 6.0, 9.0]);
}

/// `into()` converts to the annotated float type: `f32` here.
#[differentiate]
fn scaled_in_f32(x: f32, n: u16) -> f32 {
    let k: f32 = n.into();
    x * k
}

#[test]
fn into_follows_the_annotation() {
    assert_eq!(scaled_in_f32_grad(1.5, 4), (6.0, 4.0));
    assert_eq!(scaled_in_f32_jvp(1.5, 4, 1.0), (6.0, 4.0));
}
