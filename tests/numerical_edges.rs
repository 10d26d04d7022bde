//! Numerical edges (issue 8), through the macro:
//!
//! - NaN and ±∞ inputs (and seeds and tangents) propagate through `_grad`,
//!   `_vjp` and `_jvp` of code with branches, loops (tapes), arrays and
//!   float methods, without panicking;
//! - the conventions of `API.md` at points where a derivative does not
//!   exist (`abs'(0) = 0`, even splits of `max`/`min` ties, `clamp` as
//!   `min(max(..))`, zero derivatives of `floor` & co. even at their jumps,
//!   `fract' = 1`, `sqrt'(0) = ∞`, `d/dy xʸ = 0` at `x = 0`);
//! - rules that overflow when written naively (`tanh`, `exp`, `hypot`,
//!   `powf`, `atan2`, and `asinh`, `acosh`, `sinh`, `cosh`) stay finite,
//!   and right, wherever the true derivative is finite: at large and tiny
//!   magnitudes.

#![allow(clippy::all)]

use approx::assert_relative_eq;
use autodiff::differentiate;

// ---------------------------------------------------------------------------
// NaN and infinities.

/// Branches, a loop with a tape, an array, a slice and float methods.
#[differentiate]
fn mixed(x: f64, y: f64, v: &[f64]) -> f64 {
    let mut acc = [0.0; 3];
    let mut s = x * y;
    for i in 0..v.len() {
        s = s * v[i] + x.sin();
        acc[i % 3] += s.tanh();
    }
    let t = if s > 0.0 {
        s.exp().min(1e3)
    } else {
        (s * s + 1.0).ln()
    };
    t + acc[0] * acc[1] - acc[2] + y.atan()
}

fn all_nan(xs: &[f64]) -> bool {
    xs.iter().all(|x| x.is_nan())
}

#[test]
fn nan_inputs_propagate_without_panics() {
    let v = [0.5, -1.0, 2.0, 0.25];
    let (y, (gx, gy, gv)) = mixed_grad(f64::NAN, 1.0, &v);
    // x is read by every term of the loop: everything downstream is NaN.
    assert!(y.is_nan() && gx.is_nan() && gy.is_nan(), "{y} {gx} {gy}");
    assert!(all_nan(&gv), "{gv:?}");
    let (y, t) = mixed_jvp(f64::NAN, 1.0, &v, 1.0, 0.0, &[0.0; 4]);
    assert!(y.is_nan() && t.is_nan());

    // A NaN element of the slice.
    let w = [0.5, f64::NAN, 2.0, 0.25];
    let (y, (gx, gy, gv)) = mixed_grad(0.3, 1.0, &w);
    assert!(y.is_nan() && gx.is_nan() && gy.is_nan());
    assert_eq!(gv.len(), 4);
    let (y2, t) = mixed_jvp(0.3, 1.0, &w, 0.0, 1.0, &[0.0; 4]);
    assert!(y2.is_nan() && t.is_nan());
}

#[test]
fn nan_seeds_and_tangents_propagate() {
    let v = [0.5, -1.0, 2.0];
    let (y, (gx, gy, gv)) = mixed_vjp(0.3, 1.0, &v, f64::NAN);
    assert!(y.is_finite());
    assert!(gx.is_nan() && gy.is_nan() && all_nan(&gv));
    let (y, t) = mixed_jvp(0.3, 1.0, &v, f64::NAN, 0.0, &[0.0; 3]);
    assert!(y.is_finite() && t.is_nan());
    let (_, (gx, _, _)) = mixed_vjp(0.3, 1.0, &v, f64::INFINITY);
    assert!(gx.is_infinite() || gx.is_nan());
}

#[test]
fn infinite_inputs_do_not_panic() {
    let v = [0.5, -1.0, 2.0];
    for x in [f64::INFINITY, f64::NEG_INFINITY] {
        for y in [1.0, f64::INFINITY, f64::NEG_INFINITY, 0.0] {
            let (value, (gx, gy, gv)) = mixed_grad(x, y, &v);
            // Whatever the values, the primal's value is the original's.
            let direct = mixed(x, y, &v);
            assert!(value == direct || (value.is_nan() && direct.is_nan()));
            let _ = (gx, gy, gv);
            let (value2, _) = mixed_jvp(x, y, &v, 1.0, 1.0, &[1.0; 3]);
            assert!(value2 == direct || (value2.is_nan() && direct.is_nan()));
        }
    }
    let inf = [f64::INFINITY, f64::NEG_INFINITY, 1.0];
    let (value, _) = mixed_grad(0.5, 2.0, &inf);
    assert!(value.is_nan() || value.is_infinite() || value.is_finite());
}

/// Saturating functions at ±∞: a finite value, and no panic.
#[differentiate]
fn saturating(x: f64) -> f64 {
    x.tanh() + x.atan() + (-x * x).exp() + 1.0 / (1.0 + x.exp())
}

#[test]
fn saturating_functions_at_infinity_do_not_panic() {
    for x in [f64::INFINITY, f64::NEG_INFINITY] {
        let (y, d) = saturating_grad(x);
        assert!(y.is_finite(), "value at {x}: {y}");
        // tanh' = 1 − y² = 0 and atan' = 1/(1 + x²) = 0, but the chain rule
        // through e^{−x²} multiplies its partial e^{−x²} = 0 by the tangent
        // −2x = ∓∞: 0 · ∞ is NaN in IEEE arithmetic, in both modes.
        assert!(d.is_nan(), "derivative at {x}: {d}");
        assert!(saturating_jvp(x, 1.0).1.is_nan());
    }
}

#[differentiate]
fn tanh_atan(x: f64) -> f64 {
    x.tanh() * 2.0 + x.atan()
}

#[test]
fn tanh_and_atan_at_infinity() {
    for x in [f64::INFINITY, f64::NEG_INFINITY] {
        let (y, d) = tanh_atan_grad(x);
        assert!(y.is_finite());
        assert_eq!(d, 0.0);
        assert_eq!(tanh_atan_jvp(x, 1.0).1, 0.0);
    }
}

// ---------------------------------------------------------------------------
// Conventions at non-differentiable points (API.md, "Semantics at the
// edges"), in both modes.

#[differentiate]
fn abs_of(x: f64) -> f64 {
    x.abs()
}

#[differentiate]
fn max_of(a: f64, b: f64) -> f64 {
    a.max(b)
}

#[differentiate]
fn min_of(a: f64, b: f64) -> f64 {
    a.min(b)
}

#[differentiate]
fn clamp_of(x: f64, lo: f64, hi: f64) -> f64 {
    x.clamp(lo, hi)
}

#[differentiate]
fn steps(x: f64) -> f64 {
    x.floor() + x.ceil() + x.round() + x.trunc() + x.signum()
}

#[differentiate]
fn fract_of(x: f64) -> f64 {
    x.fract()
}

#[differentiate]
fn sqrt_of(x: f64) -> f64 {
    x.sqrt()
}

#[differentiate]
fn powf_of(x: f64, p: f64) -> f64 {
    x.powf(p)
}

#[test]
fn abs_has_derivative_zero_at_zero() {
    assert_eq!(abs_of_grad(0.0), (0.0, 0.0));
    assert_eq!(abs_of_grad(-0.0).1, 0.0);
    assert_eq!(abs_of_jvp(0.0, 1.0).1, 0.0);
    assert_eq!(abs_of_grad(-2.0).1, -1.0);
    assert_eq!(abs_of_grad(2.0).1, 1.0);
}

#[test]
fn max_and_min_split_ties_evenly() {
    assert_eq!(max_of_grad(1.5, 1.5), (1.5, (0.5, 0.5)));
    assert_eq!(min_of_grad(1.5, 1.5), (1.5, (0.5, 0.5)));
    assert_eq!(max_of_jvp(1.5, 1.5, 1.0, 0.0).1, 0.5);
    assert_eq!(min_of_jvp(1.5, 1.5, 0.0, 1.0).1, 0.5);
    assert_eq!(max_of_grad(2.0, 1.0).1, (1.0, 0.0));
    assert_eq!(min_of_grad(2.0, 1.0).1, (0.0, 1.0));
    // NaN: std returns the other argument, and so gets the derivative.
    assert_eq!(max_of_grad(f64::NAN, 1.0), (1.0, (0.0, 1.0)));
    assert_eq!(min_of_grad(1.0, f64::NAN), (1.0, (1.0, 0.0)));
}

#[test]
fn clamp_is_min_of_max() {
    // Inside, below, above.
    assert_eq!(clamp_of_grad(0.5, 0.0, 1.0).1, (1.0, 0.0, 0.0));
    assert_eq!(clamp_of_grad(-1.0, 0.0, 1.0).1, (0.0, 1.0, 0.0));
    assert_eq!(clamp_of_grad(2.0, 0.0, 1.0).1, (0.0, 0.0, 1.0));
    // Ties: max(x, lo) splits at x == lo, then min(.., hi) passes it on.
    assert_eq!(clamp_of_grad(0.0, 0.0, 1.0).1, (0.5, 0.5, 0.0));
    assert_eq!(clamp_of_grad(1.0, 0.0, 1.0).1, (0.5, 0.0, 0.5));
    assert_eq!(clamp_of_jvp(0.0, 0.0, 1.0, 1.0, 0.0, 0.0).1, 0.5);
    // A NaN x is returned unchanged.
    let (y, g) = clamp_of_grad(f64::NAN, 0.0, 1.0);
    assert!(y.is_nan());
    assert_eq!(g, (1.0, 0.0, 0.0));
}

#[test]
fn piecewise_constant_methods_have_derivative_zero_even_at_jumps() {
    for x in [2.0, 2.5, -0.5, 0.0, -3.0, 1.7] {
        assert_eq!(steps_grad(x).1, 0.0, "at {x}");
        assert_eq!(steps_jvp(x, 1.0).1, 0.0, "at {x}");
        assert_eq!(fract_of_grad(x).1, 1.0, "at {x}");
        assert_eq!(fract_of_jvp(x, 1.0).1, 1.0, "at {x}");
    }
}

#[test]
fn sqrt_has_infinite_derivative_at_zero() {
    assert_eq!(sqrt_of_grad(0.0), (0.0, f64::INFINITY));
    assert_eq!(sqrt_of_grad(-0.0).1, f64::INFINITY);
    assert_eq!(sqrt_of_jvp(0.0, 1.0).1, f64::INFINITY);
    assert_eq!(sqrt_of_grad(4.0).1, 0.25);
}

#[test]
fn powf_has_zero_exponent_derivative_at_zero_base() {
    // d/dp 0^p = 0 (for p > 0), d/dx x^p at 0 = p 0^(p−1) = 0 for p > 1.
    assert_eq!(powf_of_grad(0.0, 2.5), (0.0, (0.0, 0.0)));
    assert_eq!(powf_of_grad(0.0, 1.0).1, (1.0, 0.0));
    assert_eq!(powf_of_jvp(0.0, 2.5, 0.0, 1.0).1, 0.0);
    // x⁰ is constant: 0 even at x = 0.
    let (_, (dx, _)) = powf_of_grad(0.0, 0.0);
    assert_eq!(dx, 0.0);
    let (_, (dx, _)) = powf_of_grad(3.0, 0.0);
    assert_eq!(dx, 0.0);
}

// ---------------------------------------------------------------------------
// Rules that overflow easily stay finite where the true derivative is.

#[differentiate]
fn tanh_of(x: f64) -> f64 {
    x.tanh()
}

#[differentiate]
fn exp_of(x: f64) -> f64 {
    x.exp()
}

#[differentiate]
fn hypot_of(a: f64, b: f64) -> f64 {
    a.hypot(b)
}

#[differentiate]
fn atan2_of(a: f64, b: f64) -> f64 {
    a.atan2(b)
}

#[differentiate]
fn hyperbolic(x: f64) -> f64 {
    x.asinh() + (x.abs() + 2.0).acosh()
}

#[differentiate]
fn sinh_cosh(x: f64) -> f64 {
    x.sinh() - x.cosh()
}

/// Both modes.
fn grad_and_jvp(f: fn(f64) -> (f64, f64), j: fn(f64, f64) -> (f64, f64), x: f64) -> (f64, f64) {
    let d = f(x).1;
    assert_eq!(d.to_bits(), j(x, 1.0).1.to_bits(), "modes differ at {x}");
    (f(x).0, d)
}

#[test]
fn tanh_derivative_is_zero_not_nan_once_cosh_overflows() {
    for x in [20.0, 400.0, 1000.0, 1e308, -20.0, -1000.0, -1e308] {
        let (_, d) = grad_and_jvp(tanh_of_grad, tanh_of_jvp, x);
        assert!(d.is_finite() && d >= 0.0, "tanh'({x}) = {d}");
        // 1 − tanh² x = 4 e^{−2|x|}/(1 + e^{−2|x|})²: ≈ 1.7e-17 at 20,
        // below ε beyond (so 0 in f64, like 1 − y² once y rounds to 1).
        assert!(d < 2e-17, "tanh'({x}) = {d}");
    }
    let (_, d) = grad_and_jvp(tanh_of_grad, tanh_of_jvp, 5.0);
    let c = 5.0_f64.cosh();
    assert_relative_eq!(d, 1.0 / (c * c), max_relative = 1e-9);
}

#[test]
fn exp_derivative_is_the_value_up_to_overflow() {
    for x in [700.0, 709.7, -700.0, -745.0] {
        let (y, d) = grad_and_jvp(exp_of_grad, exp_of_jvp, x);
        assert!(d.is_finite(), "exp'({x}) = {d}");
        assert_eq!(d, y);
    }
    // Past overflow the true derivative is not finite either.
    assert_eq!(exp_of_grad(710.0).1, f64::INFINITY);
    assert_eq!(exp_of_grad(-1e308).1, 0.0);
}

#[test]
fn hypot_partials_at_huge_and_tiny_magnitudes() {
    // (a, b)/hypot(a, b): a² + b² overflows (or underflows to 0) first.
    for s in [1e300, 1e-300, 1e154, 1e-160, 5e-324] {
        let (h, (da, db)) = hypot_of_grad(3.0 * s, 4.0 * s);
        assert!(h.is_finite() && h > 0.0, "hypot at scale {s}: {h}");
        assert_relative_eq!(da, 0.6, max_relative = 1e-15);
        assert_relative_eq!(db, 0.8, max_relative = 1e-15);
        let t = hypot_of_jvp(3.0 * s, 4.0 * s, 1.0, 1.0).1;
        assert_relative_eq!(t, 1.4, max_relative = 1e-15);
    }
    // A huge and a tiny argument: (1, 1e-600), the second below the
    // smallest subnormal.
    assert_eq!(hypot_of_grad(1e300, 1e-300).1, (1.0, 0.0));
}

#[test]
fn atan2_partials_at_huge_and_tiny_magnitudes() {
    // (b, −a)/(a² + b²): the true partials are finite and normal for these
    // scales, but a² + b² overflows (underflows) long before.
    for s in [1e300, 1e200, 1e-300, 1e-200] {
        let (a, b) = (3.0 * s, 4.0 * s);
        let (_, (da, db)) = atan2_of_grad(a, b);
        let r = 25.0 * s;
        assert!(da.is_finite() && db.is_finite(), "atan2 at {s}: {da} {db}");
        assert_relative_eq!(da * r, 4.0, max_relative = 1e-14);
        assert_relative_eq!(db * r, -3.0, max_relative = 1e-14);
        let t = atan2_of_jvp(a, b, 1.0, 0.0).1;
        assert_eq!(t.to_bits(), da.to_bits());
    }
}

#[test]
fn powf_partials_at_large_and_small_magnitudes() {
    let cases = [
        // (x, p): p x^(p−1) and x^p ln x are finite.
        (1e300, 1.0),
        (1e10, 30.0),
        (1e-300, 2.0),
        (1e-300, 0.5),
        (1e-10, -20.0),
        (1e150, 2.0),
        (2.0, 1000.0),
    ];
    for (x, p) in cases {
        let (y, (dx, dp)) = powf_of_grad(x, p);
        assert!(y.is_finite(), "{x}^{p}");
        assert!(
            dx.is_finite() && dp.is_finite(),
            "powf({x}, {p}): ({dx}, {dp})"
        );
        // In logs: ln dx = ln p + (p − 1) ln x.
        let ln_dx = p.abs().ln() + (p - 1.0) * x.ln();
        assert_relative_eq!(dx.abs().ln(), ln_dx, max_relative = 1e-12);
        assert_relative_eq!(dp, y * x.ln(), max_relative = 1e-12);
        let t = powf_of_jvp(x, p, 1.0, 0.0).1;
        assert_eq!(t.to_bits(), dx.to_bits());
    }
}

#[test]
fn inverse_hyperbolic_derivatives_at_large_magnitudes() {
    // asinh' = 1/√(x² + 1) and acosh' = 1/√(x² − 1): x² overflows at 1e200,
    // the derivatives (≈ 1/|x|) do not.
    for x in [1e200, -1e200, 1e300] {
        let (y, d) = grad_and_jvp(hyperbolic_grad, hyperbolic_jvp, x);
        assert!(y.is_finite());
        let expected = 1.0 / x.abs() + x.signum() / (x.abs() + 2.0);
        assert_relative_eq!(d, expected, max_relative = 1e-12);
    }
}

#[test]
fn sinh_minus_cosh_is_minus_exp_of_minus_x() {
    // sinh x − cosh x = −e^{−x}, derivative e^{−x}: finite while sinh and
    // cosh are (|x| < 710).
    for x in [-700.0, -20.0, 20.0, 700.0] {
        let (_, d) = grad_and_jvp(sinh_cosh_grad, sinh_cosh_jvp, x);
        assert!(d.is_finite(), "at {x}: {d}");
        // cosh x − sinh x computed from the two large terms: cancellation
        // leaves rounding of the size of ε cosh x.
        let tol = 4.0 * f64::EPSILON * x.cosh();
        assert!((d - (-x).exp()).abs() <= tol.max(1e-300), "at {x}: {d}");
    }
}
