//! Every derivative rule against its textbook formula, against central
//! differences of the std method it differentiates, and at its documented
//! edge cases.

use std::f64::consts::{LN_2, LN_10, PI};

use approx::assert_relative_eq;
// Renamed so that `f64` and `f32` keep meaning the primitive types here.
use autodiff_runtime::rules::{f32 as r32, f64 as r};

/// Relative tolerance for comparing a rule with its textbook formula: both
/// are a handful of correctly rounded operations, so they agree to a few ulps.
const EXACT: f64 = 1e-13;

/// Asserts that `derivative` matches a central difference of `f` at `x`.
///
/// The step is `h = 1e-6 · max(1, |x|)`. The truncation error of central
/// differences is `h² |f'''| / 6` and the rounding error about
/// `ε |f| / h ≈ 2.2e-10 · |f| / max(1, |x|)`. The points used in these
/// tests keep `|f| / max(1, |x|) < 100` and `|f'''|` moderate, so both
/// terms stay below `1e-7 · max(1, |f'|)` (measured: below `3e-10`). The
/// tolerance `1e-6 · max(1, |f'|)` is well clear of that, yet far below the
/// error of any wrong sign, factor or term.
fn assert_fd(derivative: f64, f: impl Fn(f64) -> f64, x: f64) {
    let h = 1e-6 * x.abs().max(1.0);
    // Make x ± h exactly representable so the divisor is the true spread.
    let h = (x + h) - x;
    let fd = (f(x + h) - f(x - h)) / (2.0 * h);
    let tolerance = 1e-6 * derivative.abs().max(1.0);
    assert!(
        (derivative - fd).abs() <= tolerance,
        "at x = {x}: rule gives {derivative}, central difference {fd}"
    );
}

#[test]
fn sin_rule() {
    for x in [-2.0, 0.3, 1.0, 4.0] {
        let d = r::sin(x, x.sin());
        assert_relative_eq!(d, x.cos(), max_relative = EXACT);
        assert_fd(d, f64::sin, x);
    }
    assert!(r::sin(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn cos_rule() {
    for x in [-2.0, 0.3, 1.0, 4.0] {
        let d = r::cos(x, x.cos());
        assert_relative_eq!(d, -x.sin(), max_relative = EXACT);
        assert_fd(d, f64::cos, x);
    }
}

#[test]
fn tan_rule() {
    for x in [-1.2, 0.1, 0.7, 1.3] {
        let d = r::tan(x, x.tan());
        assert_relative_eq!(d, 1.0 / x.cos().powi(2), max_relative = EXACT);
        assert_fd(d, f64::tan, x);
    }
    assert!(r::tan(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn asin_rule() {
    for x in [-0.9, -0.2, 0.5, 0.95] {
        let d = r::asin(x, x.asin());
        assert_relative_eq!(d, 1.0 / (1.0 - x * x).sqrt(), max_relative = EXACT);
        assert_fd(d, f64::asin, x);
    }
    assert_eq!(r::asin(1.0, 1.0_f64.asin()), f64::INFINITY);
    assert_eq!(r::asin(-1.0, (-1.0_f64).asin()), f64::INFINITY);
    assert!(r::asin(2.0, 2.0_f64.asin()).is_nan());
}

#[test]
fn acos_rule() {
    for x in [-0.9, -0.2, 0.5, 0.95] {
        let d = r::acos(x, x.acos());
        assert_relative_eq!(d, -1.0 / (1.0 - x * x).sqrt(), max_relative = EXACT);
        assert_fd(d, f64::acos, x);
    }
    assert_eq!(r::acos(1.0, 0.0), f64::NEG_INFINITY);
}

#[test]
fn atan_rule() {
    for x in [-3.0, 0.0, 0.5, 10.0] {
        let d = r::atan(x, x.atan());
        assert_relative_eq!(d, 1.0 / (1.0 + x * x), max_relative = EXACT);
        assert_fd(d, f64::atan, x);
    }
    // x² overflows, the derivative underflows to 0 instead of turning NaN.
    assert_eq!(r::atan(1e200, 1e200_f64.atan()), 0.0);
}

#[test]
fn sinh_rule() {
    for x in [-2.0, 0.0, 0.5, 3.0] {
        let d = r::sinh(x, x.sinh());
        assert_relative_eq!(d, (x.exp() + (-x).exp()) / 2.0, max_relative = EXACT);
        assert_fd(d, f64::sinh, x);
    }
}

#[test]
fn cosh_rule() {
    for x in [-2.0, 0.0, 0.5, 3.0] {
        let d = r::cosh(x, x.cosh());
        assert_relative_eq!(d, (x.exp() - (-x).exp()) / 2.0, max_relative = EXACT);
        assert_fd(d, f64::cosh, x);
    }
}

#[test]
fn tanh_rule() {
    for x in [-2.0, 0.0, 0.5, 3.0] {
        let d = r::tanh(x, x.tanh());
        assert_relative_eq!(d, 1.0 / x.cosh().powi(2), max_relative = 1e-12);
        assert_fd(d, f64::tanh, x);
    }
    // cosh(±1000) overflows; the derivative must still be 0, not NaN.
    assert_eq!(r::tanh(1000.0, 1000.0_f64.tanh()), 0.0);
    assert_eq!(r::tanh(-1000.0, (-1000.0_f64).tanh()), 0.0);
    assert!(r::tanh(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn asinh_rule() {
    for x in [-3.0, 0.0, 0.5, 10.0] {
        let d = r::asinh(x, x.asinh());
        assert_relative_eq!(d, 1.0 / (x * x + 1.0).sqrt(), max_relative = EXACT);
        assert_fd(d, f64::asinh, x);
    }
    // x² overflows here, the derivative 1e-200 does not underflow.
    assert_relative_eq!(
        r::asinh(1e200, 1e200_f64.asinh()),
        1e-200,
        max_relative = EXACT
    );
}

#[test]
fn acosh_rule() {
    for x in [1.5, 2.0, 5.0, 30.0] {
        let d = r::acosh(x, x.acosh());
        assert_relative_eq!(d, 1.0 / (x * x - 1.0).sqrt(), max_relative = EXACT);
        assert_fd(d, f64::acosh, x);
    }
    assert_eq!(r::acosh(1.0, 0.0), f64::INFINITY);
    assert_relative_eq!(
        r::acosh(1e200, 1e200_f64.acosh()),
        1e-200,
        max_relative = EXACT
    );
    assert!(r::acosh(0.5, 0.5_f64.acosh()).is_nan());
}

#[test]
fn atanh_rule() {
    for x in [-0.9, 0.0, 0.3, 0.8] {
        let d = r::atanh(x, x.atanh());
        assert_relative_eq!(d, 1.0 / (1.0 - x * x), max_relative = EXACT);
        assert_fd(d, f64::atanh, x);
    }
    assert_eq!(r::atanh(1.0, f64::INFINITY), f64::INFINITY);
}

#[test]
fn exp_rule() {
    for x in [-3.0, 0.0, 1.0, 4.0] {
        let d = r::exp(x, x.exp());
        assert_relative_eq!(d, x.exp(), max_relative = EXACT);
        assert_fd(d, f64::exp, x);
    }
    assert_eq!(r::exp(f64::NEG_INFINITY, 0.0), 0.0);
    assert!(r::exp(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn exp2_rule() {
    for x in [-3.0, 0.0, 1.0, 4.0] {
        let d = r::exp2(x, x.exp2());
        assert_relative_eq!(d, 2.0_f64.powf(x) * LN_2, max_relative = EXACT);
        assert_fd(d, f64::exp2, x);
    }
}

#[test]
fn exp_m1_rule() {
    for x in [-3.0, 0.0, 1.0, 4.0] {
        let d = r::exp_m1(x, x.exp_m1());
        assert_relative_eq!(d, x.exp(), max_relative = EXACT);
        assert_fd(d, f64::exp_m1, x);
    }
    // Near 0, y + 1 must not lose the small part of eˣ.
    assert_relative_eq!(
        r::exp_m1(1e-10, 1e-10_f64.exp_m1()),
        1.0 + 1e-10,
        max_relative = 1e-16
    );
    assert_eq!(r::exp_m1(f64::NEG_INFINITY, -1.0), 0.0);
}

#[test]
fn ln_rule() {
    for x in [0.1, 1.0, 2.5, 40.0] {
        let d = r::ln(x, x.ln());
        assert_relative_eq!(d, 1.0 / x, max_relative = EXACT);
        assert_fd(d, f64::ln, x);
    }
    assert_eq!(r::ln(0.0, f64::NEG_INFINITY), f64::INFINITY);
    assert!(r::ln(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn log2_rule() {
    for x in [0.1, 1.0, 2.5, 40.0] {
        let d = r::log2(x, x.log2());
        assert_relative_eq!(d, 1.0 / (x * LN_2), max_relative = EXACT);
        assert_fd(d, f64::log2, x);
    }
}

#[test]
fn log10_rule() {
    for x in [0.1, 1.0, 2.5, 40.0] {
        let d = r::log10(x, x.log10());
        assert_relative_eq!(d, 1.0 / (x * LN_10), max_relative = EXACT);
        assert_fd(d, f64::log10, x);
    }
}

#[test]
fn ln_1p_rule() {
    for x in [-0.5, 0.0, 1.0, 30.0] {
        let d = r::ln_1p(x, x.ln_1p());
        assert_relative_eq!(d, 1.0 / (1.0 + x), max_relative = EXACT);
        assert_fd(d, f64::ln_1p, x);
    }
    assert_eq!(r::ln_1p(-1.0, f64::NEG_INFINITY), f64::INFINITY);
}

#[test]
fn sqrt_rule() {
    for x in [0.01, 1.0, 2.0, 100.0] {
        let d = r::sqrt(x, x.sqrt());
        assert_relative_eq!(d, 1.0 / (2.0 * x.sqrt()), max_relative = EXACT);
        assert_fd(d, f64::sqrt, x);
    }
    assert_eq!(r::sqrt(0.0, 0.0_f64.sqrt()), f64::INFINITY);
    assert_eq!(r::sqrt(-0.0, (-0.0_f64).sqrt()), f64::INFINITY);
    assert!(r::sqrt(-1.0, (-1.0_f64).sqrt()).is_nan());
}

#[test]
fn cbrt_rule() {
    for x in [-8.0, -0.5, 1.0, 27.0] {
        let d = r::cbrt(x, x.cbrt());
        assert_relative_eq!(d, x.abs().powf(-2.0 / 3.0) / 3.0, max_relative = EXACT);
        assert_fd(d, f64::cbrt, x);
    }
    assert_eq!(r::cbrt(0.0, 0.0), f64::INFINITY);
    assert_eq!(r::cbrt(-0.0, -0.0), f64::INFINITY);
    assert!(r::cbrt(f64::MAX, f64::MAX.cbrt()).is_finite());
}

#[test]
fn abs_rule() {
    for x in [-2.0, -0.5, 0.5, 3.0] {
        let d = r::abs(x, x.abs());
        assert_eq!(d, if x > 0.0 { 1.0 } else { -1.0 });
        assert_fd(d, f64::abs, x);
    }
    assert_eq!(r::abs(0.0, 0.0), 0.0);
    assert_eq!(r::abs(-0.0, 0.0), 0.0);
    assert!(r::abs(f64::NAN, f64::NAN).is_nan());
}

#[test]
fn recip_rule() {
    for x in [-2.0, -0.5, 0.5, 3.0] {
        let d = r::recip(x, x.recip());
        assert_relative_eq!(d, -1.0 / (x * x), max_relative = EXACT);
        assert_fd(d, f64::recip, x);
    }
    assert_eq!(r::recip(0.0, f64::INFINITY), f64::NEG_INFINITY);
    assert_eq!(r::recip(-0.0, f64::NEG_INFINITY), f64::NEG_INFINITY);
}

#[test]
fn floor_rule() {
    for x in [-1.5, 0.3, 2.7] {
        assert_eq!(r::floor(x, x.floor()), 0.0);
        assert_fd(0.0, f64::floor, x);
    }
    assert_eq!(r::floor(2.0, 2.0), 0.0);
}

#[test]
fn ceil_rule() {
    for x in [-1.5, 0.3, 2.7] {
        assert_eq!(r::ceil(x, x.ceil()), 0.0);
        assert_fd(0.0, f64::ceil, x);
    }
    assert_eq!(r::ceil(2.0, 2.0), 0.0);
}

#[test]
fn round_rule() {
    for x in [-1.3, 0.2, 2.7] {
        assert_eq!(r::round(x, x.round()), 0.0);
        assert_fd(0.0, f64::round, x);
    }
    assert_eq!(r::round(0.5, 1.0), 0.0);
}

#[test]
fn trunc_rule() {
    for x in [-1.5, 0.3, 2.7] {
        assert_eq!(r::trunc(x, x.trunc()), 0.0);
        assert_fd(0.0, f64::trunc, x);
    }
}

#[test]
fn signum_rule() {
    for x in [-2.0, 0.5, 3.0] {
        assert_eq!(r::signum(x, x.signum()), 0.0);
        assert_fd(0.0, f64::signum, x);
    }
    assert_eq!(r::signum(0.0, 1.0), 0.0);
}

#[test]
fn fract_rule() {
    for x in [-1.5, 0.3, 2.7] {
        assert_eq!(r::fract(x, x.fract()), 1.0);
        assert_fd(1.0, f64::fract, x);
    }
}

#[test]
fn to_degrees_rule() {
    for x in [-2.0, 0.0, 1.0, 100.0] {
        let d = r::to_degrees(x, x.to_degrees());
        assert_relative_eq!(d, 180.0 / PI, max_relative = EXACT);
        assert_fd(d, f64::to_degrees, x);
    }
}

#[test]
fn to_radians_rule() {
    for x in [-2.0, 0.0, 1.0, 100.0] {
        let d = r::to_radians(x, x.to_radians());
        assert_relative_eq!(d, PI / 180.0, max_relative = EXACT);
        assert_fd(d, f64::to_radians, x);
    }
}

#[test]
fn powi_rule() {
    for n in [-3, -1, 0, 1, 2, 5] {
        for x in [-1.5, 0.5, 2.0] {
            let d = r::powi(x, n, x.powi(n));
            let textbook = f64::from(n) * x.powf(f64::from(n - 1));
            assert_relative_eq!(d, textbook, max_relative = EXACT);
            assert_fd(d, |x| x.powi(n), x);
        }
    }
    // x⁰ is constant even where x⁻¹ is infinite.
    assert_eq!(r::powi(0.0, 0, 1.0), 0.0);
    assert_eq!(r::powi(0.0, 2, 0.0), 0.0);
    assert_eq!(r::powi(0.0, -1, f64::INFINITY), f64::NEG_INFINITY);
    // n - 1 does not exist in i32 for n = i32::MIN.
    let min = f64::from(i32::MIN);
    assert_eq!(r::powi(1.0, i32::MIN, 1.0), min);
    assert_eq!(r::powi(-1.0, i32::MIN, 1.0), -min);
    assert_eq!(r::powi(1.0, i32::MAX, 1.0), f64::from(i32::MAX));
    assert_eq!(r::powi(0.0, i32::MIN, f64::INFINITY), f64::NEG_INFINITY);
}

#[test]
fn powf_rule() {
    for (x, p) in [(0.5, 2.5), (2.0, -1.3), (3.0, 0.5), (1.5, 3.0)] {
        let (dx, dp) = r::powf(x, p, x.powf(p));
        assert_relative_eq!(dx, p * x.powf(p - 1.0), max_relative = EXACT);
        assert_relative_eq!(dp, x.powf(p) * x.ln(), max_relative = EXACT);
        assert_fd(dx, |x| x.powf(p), x);
        assert_fd(dp, |p| x.powf(p), p);
    }
    // At x = 0, y ln x would be 0 · (-∞).
    assert_eq!(r::powf(0.0, 2.0, 0.0), (0.0, 0.0));
    assert_eq!(r::powf(0.0, 0.0, 1.0), (0.0, 0.0));
    assert_eq!(r::powf(0.0, 0.5, 0.0), (f64::INFINITY, 0.0));
    let (dx, dp) = r::powf(f64::NAN, 2.0, f64::NAN);
    assert!(dx.is_nan() && dp.is_nan());
}

#[test]
fn log_rule() {
    for (x, base) in [(0.5, 2.0), (3.0, 10.0), (7.0, 0.5), (100.0, 3.0)] {
        let (dx, dbase) = r::log(x, base, x.log(base));
        let ln_base: f64 = base.ln();
        assert_relative_eq!(dx, 1.0 / (x * ln_base), max_relative = EXACT);
        assert_relative_eq!(
            dbase,
            -x.ln() / (base * ln_base * ln_base),
            max_relative = EXACT
        );
        assert_fd(dx, |x| x.log(base), x);
        assert_fd(dbase, |base| x.log(base), base);
    }
}

#[test]
fn round_ties_even_rule() {
    for x in [-1.3_f64, 0.2, 2.7] {
        assert_eq!(r::round_ties_even(x, x.round_ties_even()), 0.0);
        assert_fd(0.0, f64::round_ties_even, x);
    }
    assert_eq!(r::round_ties_even(2.5, 2.0), 0.0);
    assert_eq!(r32::round_ties_even(2.5, 2.0), 0.0);
}

#[test]
fn copysign_rule() {
    // |x| with the sign of s: ∂/∂x = ±1 as the signs agree, ∂/∂s = 0.
    for (x, s, dx) in [
        (1.5_f64, 2.0, 1.0),
        (1.5, -2.0, -1.0),
        (-1.5, 2.0, -1.0),
        (-1.5, -0.5, 1.0),
    ] {
        let (px, ps) = r::copysign(x, s, x.copysign(s));
        assert_eq!((px, ps), (dx, 0.0));
        assert_fd(px, |x| x.copysign(s), x);
        assert_fd(ps, |s| x.copysign(s), s);
    }
    // abs's convention at 0; the sign bit of -0.0 counts.
    assert_eq!(r::copysign(0.0, -1.0, -0.0), (0.0, 0.0));
    assert_eq!(r::copysign(2.0, -0.0, -2.0), (-1.0, 0.0));
    assert!(r::copysign(f64::NAN, 1.0, f64::NAN).0.is_nan());
    assert_eq!(r32::copysign(1.5, -2.0, -1.5), (-1.0, 0.0));
}

#[test]
fn rem_euclid_rule() {
    // x - m q with the Euclidean quotient q: ∂/∂x = 1, ∂/∂m = -q.
    for (x, m, q) in [
        (7.5_f64, 2.0, 3.0),
        (-7.5, 2.0, -4.0),
        (7.5, -2.0, -3.0),
        (-7.5, -2.0, 4.0),
        (0.3, 1.5, 0.0),
    ] {
        assert_eq!(x.div_euclid(m), q);
        let (px, pm) = r::rem_euclid(x, m, x.rem_euclid(m));
        assert_eq!((px, pm), (1.0, -q));
        assert_fd(px, |x| x.rem_euclid(m), x);
        assert_fd(pm, |m| x.rem_euclid(m), m);
    }
    assert_eq!(r32::rem_euclid(-7.5, 2.0, 0.5), (1.0, 4.0));
}

#[test]
fn div_euclid_rule() {
    for (x, m) in [(7.5_f64, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 1.5)] {
        let (px, pm) = r::div_euclid(x, m, x.div_euclid(m));
        assert_eq!((px, pm), (0.0, 0.0));
        assert_fd(px, |x| x.div_euclid(m), x);
        assert_fd(pm, |m| x.div_euclid(m), m);
    }
    assert_eq!(r32::div_euclid(7.5, 2.0, 3.0), (0.0, 0.0));
}

#[test]
fn midpoint_rule() {
    for (a, b) in [(1.0_f64, 2.0), (-3.0, 0.5), (1e300, 1.5e308)] {
        let (pa, pb) = r::midpoint(a, b, a.midpoint(b));
        assert_eq!((pa, pb), (0.5, 0.5));
        if b < 1e300 {
            assert_fd(pa, |a| a.midpoint(b), a);
            assert_fd(pb, |b| a.midpoint(b), b);
        }
    }
    assert_eq!(r32::midpoint(1.0, 2.0, 1.5), (0.5, 0.5));
}

#[test]
fn atan2_rule() {
    for (a, b) in [(1.0, 2.0), (-1.0, -3.0), (2.0, -0.5), (-0.3, 4.0)] {
        let (da, db) = r::atan2(a, b, a.atan2(b));
        let r2 = a * a + b * b;
        assert_relative_eq!(da, b / r2, max_relative = EXACT);
        assert_relative_eq!(db, -a / r2, max_relative = EXACT);
        assert_fd(da, |a| a.atan2(b), a);
        assert_fd(db, |b| a.atan2(b), b);
    }
    assert_eq!(r::atan2(0.0, 0.0, 0.0), (0.0, 0.0));
    assert_eq!(r::atan2(-0.0, -0.0, -PI), (0.0, 0.0));
    // a² + b² over- or underflows here; the partials do not.
    let (da, db) = r::atan2(1e300, 1e300, PI / 4.0);
    assert_relative_eq!(da, 5e-301, max_relative = 1e-12);
    assert_relative_eq!(db, -5e-301, max_relative = 1e-12);
    let (da, db) = r::atan2(1e-300, 1e-300, PI / 4.0);
    assert_relative_eq!(da, 5e299, max_relative = 1e-12);
    assert_relative_eq!(db, -5e299, max_relative = 1e-12);
    let (da, db) = r::atan2(f64::NAN, 1.0, f64::NAN);
    assert!(da.is_nan() && db.is_nan());
}

#[test]
fn hypot_rule() {
    for (a, b) in [(1.0, 2.0), (-1.0, -3.0), (2.0, -0.5), (-0.3, 4.0)] {
        let (da, db) = r::hypot(a, b, a.hypot(b));
        let norm = (a * a + b * b).sqrt();
        assert_relative_eq!(da, a / norm, max_relative = EXACT);
        assert_relative_eq!(db, b / norm, max_relative = EXACT);
        assert_fd(da, |a| a.hypot(b), a);
        assert_fd(db, |b| a.hypot(b), b);
    }
    assert_eq!(r::hypot(0.0, 0.0, 0.0), (0.0, 0.0));
    let (da, db) = r::hypot(3e300, 4e300, 5e300);
    assert_relative_eq!(da, 0.6, max_relative = EXACT);
    assert_relative_eq!(db, 0.8, max_relative = EXACT);
    let (da, db) = r::hypot(f64::NAN, 1.0, f64::NAN);
    assert!(da.is_nan() && db.is_nan());
}

#[test]
fn mul_add_rule() {
    for (a, b, c) in [(2.0, 3.0, -1.0), (-0.5, 4.0, 2.0), (1.5, -2.0, 0.3)] {
        let (da, db, dc) = r::mul_add(a, b, c, a.mul_add(b, c));
        assert_eq!((da, db, dc), (b, a, 1.0));
        assert_fd(da, |a| a.mul_add(b, c), a);
        assert_fd(db, |b| a.mul_add(b, c), b);
        assert_fd(dc, |c| a.mul_add(b, c), c);
    }
}

#[test]
fn max_rule() {
    for (a, b) in [(1.0, 2.0), (3.0, -1.0), (-2.0, -2.5)] {
        let (da, db) = r::max(a, b, a.max(b));
        assert_eq!((da, db), if a > b { (1.0, 0.0) } else { (0.0, 1.0) });
        assert_fd(da, |a| a.max(b), a);
        assert_fd(db, |b| a.max(b), b);
    }
    assert_eq!(r::max(2.0, 2.0, 2.0), (0.5, 0.5));
    assert_eq!(r::max(0.0, -0.0, 0.0), (0.5, 0.5));
    // std returns the non-NaN argument, which then gets the whole seed.
    assert_eq!(r::max(f64::NAN, 1.0, f64::NAN.max(1.0)), (0.0, 1.0));
    assert_eq!(r::max(1.0, f64::NAN, 1.0_f64.max(f64::NAN)), (1.0, 0.0));
}

#[test]
fn min_rule() {
    for (a, b) in [(1.0, 2.0), (3.0, -1.0), (-2.0, -2.5)] {
        let (da, db) = r::min(a, b, a.min(b));
        assert_eq!((da, db), if a < b { (1.0, 0.0) } else { (0.0, 1.0) });
        assert_fd(da, |a| a.min(b), a);
        assert_fd(db, |b| a.min(b), b);
    }
    assert_eq!(r::min(2.0, 2.0, 2.0), (0.5, 0.5));
    assert_eq!(r::min(f64::NAN, 1.0, f64::NAN.min(1.0)), (0.0, 1.0));
    assert_eq!(r::min(1.0, f64::NAN, 1.0_f64.min(f64::NAN)), (1.0, 0.0));
}

#[test]
fn clamp_rule() {
    let (lo, hi) = (-1.0, 2.0);
    for (x, expected) in [
        (-2.0, (0.0, 1.0, 0.0)),
        (0.5, (1.0, 0.0, 0.0)),
        (3.0, (0.0, 0.0, 1.0)),
    ] {
        let (dx, dlo, dhi) = r::clamp(x, lo, hi, x.clamp(lo, hi));
        assert_eq!((dx, dlo, dhi), expected);
        assert_fd(dx, |x| x.clamp(lo, hi), x);
        assert_fd(dlo, |lo| x.clamp(lo, hi), lo);
        assert_fd(dhi, |hi| x.clamp(lo, hi), hi);
    }
    // Ties split like max(x, lo) and then min(·, hi).
    assert_eq!(r::clamp(lo, lo, hi, lo), (0.5, 0.5, 0.0));
    assert_eq!(r::clamp(hi, lo, hi, hi), (0.5, 0.0, 0.5));
    assert_eq!(r::clamp(1.0, 1.0, 1.0, 1.0), (0.25, 0.25, 0.5));
    assert_eq!(r::clamp(0.0, 1.0, 1.0, 1.0), (0.0, 0.5, 0.5));
    assert_eq!(r::clamp(3.0, 1.0, 1.0, 1.0), (0.0, 0.0, 1.0));
    // std's clamp passes a NaN x through.
    assert_eq!(
        r::clamp(f64::NAN, lo, hi, f64::NAN.clamp(lo, hi)),
        (1.0, 0.0, 0.0)
    );
}

/// Asserts that an `f32` partial agrees with the `f64` one to `1e-5`
/// relative, which is loose enough for single-precision rounding of both
/// the inputs and the rule itself.
fn assert_agrees(name: &str, single: f32, double: f64) {
    let single = f64::from(single);
    assert!(
        (single - double).abs() <= 1e-5 * double.abs().max(1e-30),
        "{name}: f32 gives {single}, f64 gives {double}"
    );
}

/// Runs a unary rule in both precisions at `x`, each with its own primal.
fn assert_unary_agrees(
    name: &str,
    rule32: fn(f32, f32) -> f32,
    method32: fn(f32) -> f32,
    rule64: fn(f64, f64) -> f64,
    method64: fn(f64) -> f64,
    x: f32,
) {
    let single = rule32(x, method32(x));
    let wide = f64::from(x);
    assert_agrees(name, single, rule64(wide, method64(wide)));
}

#[test]
fn f32_rules_agree_with_f64() {
    let x = 0.4;
    assert_unary_agrees("sin", r32::sin, f32::sin, r::sin, f64::sin, x);
    assert_unary_agrees("cos", r32::cos, f32::cos, r::cos, f64::cos, x);
    assert_unary_agrees("tan", r32::tan, f32::tan, r::tan, f64::tan, x);
    assert_unary_agrees("asin", r32::asin, f32::asin, r::asin, f64::asin, x);
    assert_unary_agrees("acos", r32::acos, f32::acos, r::acos, f64::acos, x);
    assert_unary_agrees("atan", r32::atan, f32::atan, r::atan, f64::atan, x);
    assert_unary_agrees("sinh", r32::sinh, f32::sinh, r::sinh, f64::sinh, x);
    assert_unary_agrees("cosh", r32::cosh, f32::cosh, r::cosh, f64::cosh, x);
    assert_unary_agrees("tanh", r32::tanh, f32::tanh, r::tanh, f64::tanh, x);
    assert_unary_agrees("asinh", r32::asinh, f32::asinh, r::asinh, f64::asinh, x);
    // acosh needs x > 1.
    assert_unary_agrees("acosh", r32::acosh, f32::acosh, r::acosh, f64::acosh, 1.4);
    assert_unary_agrees("atanh", r32::atanh, f32::atanh, r::atanh, f64::atanh, x);
    assert_unary_agrees("exp", r32::exp, f32::exp, r::exp, f64::exp, x);
    assert_unary_agrees("exp2", r32::exp2, f32::exp2, r::exp2, f64::exp2, x);
    assert_unary_agrees(
        "exp_m1",
        r32::exp_m1,
        f32::exp_m1,
        r::exp_m1,
        f64::exp_m1,
        x,
    );
    assert_unary_agrees("ln", r32::ln, f32::ln, r::ln, f64::ln, x);
    assert_unary_agrees("log2", r32::log2, f32::log2, r::log2, f64::log2, x);
    assert_unary_agrees("log10", r32::log10, f32::log10, r::log10, f64::log10, x);
    assert_unary_agrees("ln_1p", r32::ln_1p, f32::ln_1p, r::ln_1p, f64::ln_1p, x);
    assert_unary_agrees("sqrt", r32::sqrt, f32::sqrt, r::sqrt, f64::sqrt, x);
    assert_unary_agrees("cbrt", r32::cbrt, f32::cbrt, r::cbrt, f64::cbrt, x);
    assert_unary_agrees("abs", r32::abs, f32::abs, r::abs, f64::abs, x);
    assert_unary_agrees("recip", r32::recip, f32::recip, r::recip, f64::recip, x);
    assert_unary_agrees("floor", r32::floor, f32::floor, r::floor, f64::floor, x);
    assert_unary_agrees("ceil", r32::ceil, f32::ceil, r::ceil, f64::ceil, x);
    assert_unary_agrees("round", r32::round, f32::round, r::round, f64::round, x);
    assert_unary_agrees("trunc", r32::trunc, f32::trunc, r::trunc, f64::trunc, x);
    assert_unary_agrees(
        "signum",
        r32::signum,
        f32::signum,
        r::signum,
        f64::signum,
        x,
    );
    assert_unary_agrees("fract", r32::fract, f32::fract, r::fract, f64::fract, x);
    let (f, d) = (r32::to_degrees, r::to_degrees);
    assert_unary_agrees("to_degrees", f, f32::to_degrees, d, f64::to_degrees, x);
    let (f, d) = (r32::to_radians, r::to_radians);
    assert_unary_agrees("to_radians", f, f32::to_radians, d, f64::to_radians, x);

    let (a, b, c) = (0.4_f32, 1.7_f32, -0.6_f32);
    let (a64, b64, c64) = (f64::from(a), f64::from(b), f64::from(c));

    assert_agrees(
        "powi",
        r32::powi(a, 3, a.powi(3)),
        r::powi(a64, 3, a64.powi(3)),
    );

    let single = r32::powf(a, b, a.powf(b));
    let double = r::powf(a64, b64, a64.powf(b64));
    assert_agrees("powf x", single.0, double.0);
    assert_agrees("powf p", single.1, double.1);

    let single = r32::log(a, b, a.log(b));
    let double = r::log(a64, b64, a64.log(b64));
    assert_agrees("log x", single.0, double.0);
    assert_agrees("log base", single.1, double.1);

    let single = r32::atan2(a, b, a.atan2(b));
    let double = r::atan2(a64, b64, a64.atan2(b64));
    assert_agrees("atan2 a", single.0, double.0);
    assert_agrees("atan2 b", single.1, double.1);

    let single = r32::hypot(a, b, a.hypot(b));
    let double = r::hypot(a64, b64, a64.hypot(b64));
    assert_agrees("hypot a", single.0, double.0);
    assert_agrees("hypot b", single.1, double.1);

    let single = r32::max(a, b, a.max(b));
    let double = r::max(a64, b64, a64.max(b64));
    assert_agrees("max a", single.0, double.0);
    assert_agrees("max b", single.1, double.1);

    let single = r32::min(a, b, a.min(b));
    let double = r::min(a64, b64, a64.min(b64));
    assert_agrees("min a", single.0, double.0);
    assert_agrees("min b", single.1, double.1);

    let single = r32::mul_add(a, b, c, a.mul_add(b, c));
    let double = r::mul_add(a64, b64, c64, a64.mul_add(b64, c64));
    assert_agrees("mul_add a", single.0, double.0);
    assert_agrees("mul_add b", single.1, double.1);
    assert_agrees("mul_add c", single.2, double.2);

    let single = r32::clamp(a, c, b, a.clamp(c, b));
    let double = r::clamp(a64, c64, b64, a64.clamp(c64, b64));
    assert_agrees("clamp x", single.0, double.0);
    assert_agrees("clamp lo", single.1, double.1);
    assert_agrees("clamp hi", single.2, double.2);
}
