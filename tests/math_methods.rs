//! Every differentiable float method of the API through `#[differentiate]`.
//!
//! Each method gets a one-line function and is checked at several points
//! inside its domain and away from kinks:
//!
//! - the value returned by `_grad`, `_vjp` and `_jvp` is the original's;
//! - reverse mode (`_grad`) equals forward mode (`_jvp` with one unit tangent
//!   per input) to `REVERSE_VS_FORWARD` relative: both apply the same local
//!   derivative, only the order of the final products can differ;
//! - `_vjp` with seed 3 is three times `_grad` (linearity in the seed);
//! - the gradient equals the derivative written out by hand in the test
//!   (`sin' = cos`, ...) to `ANALYTIC` relative;
//! - the gradient passes `check_gradient` against central finite
//!   differences of the original function with tolerance `FINITE_DIFF`.
//!
//! The edge conventions of API.md at the non-differentiable points and a few
//! `f32` instantiations are tested at the end.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Reverse against forward mode: the same local partials multiplied in a
/// possibly different order, so a couple of ulps at most.
const REVERSE_VS_FORWARD: f64 = 1e-14;

/// Gradient against the hand-written derivative: the library may evaluate
/// an equivalent formula (`tanh' = 1 - tanh²` instead of `1 / cosh²`,
/// `log'` through the output `y`), which costs a few ulps more, at worst
/// about 20 ulps where the hand formula subtracts (`1 - tanh²` at 2).
const ANALYTIC: f64 = 1e-13;

/// `check_gradient` uses central differences with `h = ∛ε·max(1, |x|)`
/// (about 6e-6): truncation error `h²|f'''|/6` plus rounding error
/// `ε|f|/h`, both below 1e-8 at every point used here (the worst is
/// `atanh` at 0.9, `f''' ≈ 1000`, giving ~6e-9). A wrong rule is off by
/// O(1), so 1e-6 separates the two with a wide margin on both sides.
const FINITE_DIFF: f64 = 1e-6;

// ---------------------------------------------------------------------------
// Helpers: one per arity. They take the original and its three companions
// as plain functions, and the hand-derived derivative as a closure.
// ---------------------------------------------------------------------------

fn check_unary(
    f: impl Fn(f64) -> f64,
    grad: impl Fn(f64) -> (f64, f64),
    vjp: impl Fn(f64, f64) -> (f64, f64),
    jvp: impl Fn(f64, f64) -> (f64, f64),
    derivative: impl Fn(f64) -> f64,
    points: &[f64],
) {
    assert!(points.len() >= 3, "at least three points per method");
    for &x in points {
        let y = f(x);
        let (y_rev, g) = grad(x);
        let (y_vjp, g3) = vjp(x, 3.0);
        let (y_fwd, t) = jvp(x, 1.0);
        assert_eq!(y_rev, y, "_grad value at x = {x}");
        assert_eq!(y_vjp, y, "_vjp value at x = {x}");
        assert_eq!(y_fwd, y, "_jvp value at x = {x}");
        assert_relative_eq!(g, t, max_relative = REVERSE_VS_FORWARD);
        assert_relative_eq!(g3, 3.0 * g, max_relative = REVERSE_VS_FORWARD);
        let expected = derivative(x);
        assert!(
            approx::relative_eq!(g, expected, max_relative = ANALYTIC),
            "at x = {x}: gradient {g:e}, hand-derived {expected:e}"
        );
        check_gradient(|v| f(v[0]), &[x], &[g], FINITE_DIFF)
            .unwrap_or_else(|e| panic!("at x = {x}:\n{e}"));
    }
}

fn check_binary(
    f: impl Fn(f64, f64) -> f64,
    grad: impl Fn(f64, f64) -> (f64, (f64, f64)),
    vjp: impl Fn(f64, f64, f64) -> (f64, (f64, f64)),
    jvp: impl Fn(f64, f64, f64, f64) -> (f64, f64),
    partials: impl Fn(f64, f64) -> (f64, f64),
    points: &[(f64, f64)],
) {
    assert!(points.len() >= 3, "at least three points per method");
    for &(a, b) in points {
        let y = f(a, b);
        let (y_rev, (ga, gb)) = grad(a, b);
        let (y_vjp, (ga3, gb3)) = vjp(a, b, 3.0);
        let (y_fwd, ta) = jvp(a, b, 1.0, 0.0);
        let (_, tb) = jvp(a, b, 0.0, 1.0);
        assert_eq!(y_rev, y, "_grad value at ({a}, {b})");
        assert_eq!(y_vjp, y, "_vjp value at ({a}, {b})");
        assert_eq!(y_fwd, y, "_jvp value at ({a}, {b})");
        assert_relative_eq!(ga, ta, max_relative = REVERSE_VS_FORWARD);
        assert_relative_eq!(gb, tb, max_relative = REVERSE_VS_FORWARD);
        assert_relative_eq!(ga3, 3.0 * ga, max_relative = REVERSE_VS_FORWARD);
        assert_relative_eq!(gb3, 3.0 * gb, max_relative = REVERSE_VS_FORWARD);
        let (ea, eb) = partials(a, b);
        assert!(
            approx::relative_eq!(ga, ea, max_relative = ANALYTIC)
                && approx::relative_eq!(gb, eb, max_relative = ANALYTIC),
            "at ({a}, {b}): gradient ({ga:e}, {gb:e}), hand-derived ({ea:e}, {eb:e})"
        );
        check_gradient(|v| f(v[0], v[1]), &[a, b], &[ga, gb], FINITE_DIFF)
            .unwrap_or_else(|e| panic!("at ({a}, {b}):\n{e}"));
    }
}

type Triple = (f64, f64, f64);

fn check_ternary(
    f: impl Fn(f64, f64, f64) -> f64,
    grad: impl Fn(f64, f64, f64) -> (f64, Triple),
    vjp: impl Fn(f64, f64, f64, f64) -> (f64, Triple),
    jvp: impl Fn(f64, f64, f64, f64, f64, f64) -> (f64, f64),
    partials: impl Fn(f64, f64, f64) -> Triple,
    points: &[Triple],
) {
    assert!(points.len() >= 3, "at least three points per method");
    for &(a, b, c) in points {
        let y = f(a, b, c);
        let (y_rev, (ga, gb, gc)) = grad(a, b, c);
        let (y_vjp, (ga3, gb3, gc3)) = vjp(a, b, c, 3.0);
        let (y_fwd, ta) = jvp(a, b, c, 1.0, 0.0, 0.0);
        let (_, tb) = jvp(a, b, c, 0.0, 1.0, 0.0);
        let (_, tc) = jvp(a, b, c, 0.0, 0.0, 1.0);
        assert_eq!(y_rev, y, "_grad value at ({a}, {b}, {c})");
        assert_eq!(y_vjp, y, "_vjp value at ({a}, {b}, {c})");
        assert_eq!(y_fwd, y, "_jvp value at ({a}, {b}, {c})");
        for (g, t, g3) in [(ga, ta, ga3), (gb, tb, gb3), (gc, tc, gc3)] {
            assert_relative_eq!(g, t, max_relative = REVERSE_VS_FORWARD);
            assert_relative_eq!(g3, 3.0 * g, max_relative = REVERSE_VS_FORWARD);
        }
        let (ea, eb, ec) = partials(a, b, c);
        assert!(
            approx::relative_eq!(ga, ea, max_relative = ANALYTIC)
                && approx::relative_eq!(gb, eb, max_relative = ANALYTIC)
                && approx::relative_eq!(gc, ec, max_relative = ANALYTIC),
            "at ({a}, {b}, {c}): gradient ({ga:e}, {gb:e}, {gc:e}), \
             hand-derived ({ea:e}, {eb:e}, {ec:e})"
        );
        check_gradient(
            |v| f(v[0], v[1], v[2]),
            &[a, b, c],
            &[ga, gb, gc],
            FINITE_DIFF,
        )
        .unwrap_or_else(|e| panic!("at ({a}, {b}, {c}):\n{e}"));
    }
}

// ---------------------------------------------------------------------------
// Trigonometric functions.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_sin(x: f64) -> f64 {
    x.sin()
}

#[differentiate]
fn m_cos(x: f64) -> f64 {
    f64::cos(x)
}

#[differentiate]
fn m_tan(x: f64) -> f64 {
    x.tan()
}

#[differentiate]
fn m_asin(x: f64) -> f64 {
    x.asin()
}

#[differentiate]
fn m_acos(x: f64) -> f64 {
    f64::acos(x)
}

#[differentiate]
fn m_atan(x: f64) -> f64 {
    x.atan()
}

#[differentiate]
fn m_atan2(a: f64, b: f64) -> f64 {
    a.atan2(b)
}

#[differentiate]
fn m_atan2_path(a: f64, b: f64) -> f64 {
    f64::atan2(a, b)
}

#[test]
fn sin_derivative_is_cos() {
    check_unary(
        m_sin,
        m_sin_grad,
        m_sin_vjp,
        m_sin_jvp,
        |x| x.cos(),
        &[-2.5, -0.4, 0.3, 1.7, 4.0],
    );
}

#[test]
fn cos_in_path_form_derivative_is_minus_sin() {
    check_unary(
        m_cos,
        m_cos_grad,
        m_cos_vjp,
        m_cos_jvp,
        |x| -x.sin(),
        &[-2.5, -0.4, 0.3, 1.7, 4.0],
    );
}

#[test]
fn tan_derivative_is_one_over_cos_squared() {
    check_unary(
        m_tan,
        m_tan_grad,
        m_tan_vjp,
        m_tan_jvp,
        |x| 1.0 / (x.cos() * x.cos()),
        &[-1.2, -0.3, 0.5, 1.3, 2.5],
    );
}

#[test]
fn asin_derivative_is_one_over_sqrt_one_minus_x_squared() {
    check_unary(
        m_asin,
        m_asin_grad,
        m_asin_vjp,
        m_asin_jvp,
        |x| 1.0 / (1.0 - x * x).sqrt(),
        &[-0.9, -0.2, 0.4, 0.8],
    );
}

#[test]
fn acos_in_path_form_derivative_is_minus_asin_derivative() {
    check_unary(
        m_acos,
        m_acos_grad,
        m_acos_vjp,
        m_acos_jvp,
        |x| -1.0 / (1.0 - x * x).sqrt(),
        &[-0.9, -0.2, 0.4, 0.8],
    );
}

#[test]
fn atan_derivative_is_one_over_one_plus_x_squared() {
    check_unary(
        m_atan,
        m_atan_grad,
        m_atan_vjp,
        m_atan_jvp,
        |x| 1.0 / (1.0 + x * x),
        &[-3.0, -0.5, 0.2, 10.0],
    );
}

/// d atan2(a, b) = (b, -a) / (a² + b²), in all four quadrants (away from
/// the branch cut on the negative b axis).
fn atan2_partials(a: f64, b: f64) -> (f64, f64) {
    let r2 = a * a + b * b;
    (b / r2, -a / r2)
}

const ATAN2_POINTS: [(f64, f64); 4] = [(1.0, 2.0), (-0.5, 3.0), (2.0, -1.0), (-1.5, -0.7)];

#[test]
fn atan2_partials_are_b_and_minus_a_over_r_squared() {
    check_binary(
        m_atan2,
        m_atan2_grad,
        m_atan2_vjp,
        m_atan2_jvp,
        atan2_partials,
        &ATAN2_POINTS,
    );
}

#[test]
fn atan2_in_path_form_has_the_same_partials() {
    check_binary(
        m_atan2_path,
        m_atan2_path_grad,
        m_atan2_path_vjp,
        m_atan2_path_jvp,
        atan2_partials,
        &ATAN2_POINTS,
    );
}

// ---------------------------------------------------------------------------
// Hyperbolic functions.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_sinh(x: f64) -> f64 {
    x.sinh()
}

#[differentiate]
fn m_cosh(x: f64) -> f64 {
    x.cosh()
}

#[differentiate]
fn m_tanh(x: f64) -> f64 {
    f64::tanh(x)
}

#[differentiate]
fn m_asinh(x: f64) -> f64 {
    x.asinh()
}

#[differentiate]
fn m_acosh(x: f64) -> f64 {
    x.acosh()
}

#[differentiate]
fn m_atanh(x: f64) -> f64 {
    x.atanh()
}

#[test]
fn sinh_derivative_is_cosh() {
    check_unary(
        m_sinh,
        m_sinh_grad,
        m_sinh_vjp,
        m_sinh_jvp,
        |x| x.cosh(),
        &[-2.0, -0.3, 0.5, 3.0],
    );
}

#[test]
fn cosh_derivative_is_sinh() {
    check_unary(
        m_cosh,
        m_cosh_grad,
        m_cosh_vjp,
        m_cosh_jvp,
        |x| x.sinh(),
        &[-2.0, -0.3, 0.5, 3.0],
    );
}

#[test]
fn tanh_in_path_form_derivative_is_one_over_cosh_squared() {
    check_unary(
        m_tanh,
        m_tanh_grad,
        m_tanh_vjp,
        m_tanh_jvp,
        |x| 1.0 / (x.cosh() * x.cosh()),
        &[-2.0, -0.5, 0.1, 1.5],
    );
}

#[test]
fn asinh_derivative_is_one_over_sqrt_x_squared_plus_one() {
    check_unary(
        m_asinh,
        m_asinh_grad,
        m_asinh_vjp,
        m_asinh_jvp,
        |x| 1.0 / (x * x + 1.0).sqrt(),
        &[-3.0, -0.4, 0.6, 5.0],
    );
}

#[test]
fn acosh_derivative_is_one_over_sqrt_x_squared_minus_one() {
    check_unary(
        m_acosh,
        m_acosh_grad,
        m_acosh_vjp,
        m_acosh_jvp,
        |x| 1.0 / (x * x - 1.0).sqrt(),
        &[1.2, 2.0, 5.0, 30.0],
    );
}

#[test]
fn atanh_derivative_is_one_over_one_minus_x_squared() {
    check_unary(
        m_atanh,
        m_atanh_grad,
        m_atanh_vjp,
        m_atanh_jvp,
        |x| 1.0 / (1.0 - x * x),
        &[-0.9, -0.3, 0.2, 0.7],
    );
}

// ---------------------------------------------------------------------------
// Exponentials and logarithms.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_exp(x: f64) -> f64 {
    x.exp()
}

#[differentiate]
fn m_exp2(x: f64) -> f64 {
    f64::exp2(x)
}

#[differentiate]
fn m_exp_m1(x: f64) -> f64 {
    x.exp_m1()
}

#[differentiate]
fn m_ln(x: f64) -> f64 {
    x.ln()
}

#[differentiate]
fn m_log(x: f64, base: f64) -> f64 {
    x.log(base)
}

#[differentiate]
fn m_log2(x: f64) -> f64 {
    x.log2()
}

#[differentiate]
fn m_log10(x: f64) -> f64 {
    f64::log10(x)
}

#[differentiate]
fn m_ln_1p(x: f64) -> f64 {
    x.ln_1p()
}

#[differentiate]
fn m_log_literal_base(x: f64) -> f64 {
    x.log(3.0)
}

const EXP_POINTS: [f64; 4] = [-3.0, -0.5, 0.7, 4.0];

#[test]
fn exp_derivative_is_exp() {
    check_unary(
        m_exp,
        m_exp_grad,
        m_exp_vjp,
        m_exp_jvp,
        |x| x.exp(),
        &EXP_POINTS,
    );
}

#[test]
fn exp2_in_path_form_derivative_is_exp2_times_ln_2() {
    check_unary(
        m_exp2,
        m_exp2_grad,
        m_exp2_vjp,
        m_exp2_jvp,
        |x| 2f64.powf(x) * std::f64::consts::LN_2,
        &EXP_POINTS,
    );
}

#[test]
fn exp_m1_derivative_is_exp() {
    check_unary(
        m_exp_m1,
        m_exp_m1_grad,
        m_exp_m1_vjp,
        m_exp_m1_jvp,
        |x| x.exp(),
        &[-3.0, -1e-3, 1e-5, 0.7, 4.0],
    );
}

#[test]
fn ln_derivative_is_one_over_x() {
    check_unary(
        m_ln,
        m_ln_grad,
        m_ln_vjp,
        m_ln_jvp,
        |x| 1.0 / x,
        &[0.1, 0.9, 2.5, 40.0],
    );
}

#[test]
fn log_with_differentiable_base_has_both_partials() {
    // log_b x = ln x / ln b: ∂/∂x = 1 / (x ln b), ∂/∂b = -ln x / (b ln² b).
    check_binary(
        m_log,
        m_log_grad,
        m_log_vjp,
        m_log_jvp,
        |x, b| {
            let lb = b.ln();
            (1.0 / (x * lb), -x.ln() / (b * lb * lb))
        },
        &[(0.5, 3.0), (2.0, 10.0), (7.0, 0.5), (100.0, 2.5)],
    );
}

#[test]
fn log_with_literal_base_differentiates_x_only() {
    check_unary(
        m_log_literal_base,
        m_log_literal_base_grad,
        m_log_literal_base_vjp,
        m_log_literal_base_jvp,
        |x| 1.0 / (x * 3f64.ln()),
        &[0.1, 0.9, 2.5, 40.0],
    );
}

#[test]
fn log2_derivative_is_one_over_x_ln_2() {
    check_unary(
        m_log2,
        m_log2_grad,
        m_log2_vjp,
        m_log2_jvp,
        |x| 1.0 / (x * std::f64::consts::LN_2),
        &[0.1, 0.9, 2.5, 40.0],
    );
}

#[test]
fn log10_in_path_form_derivative_is_one_over_x_ln_10() {
    check_unary(
        m_log10,
        m_log10_grad,
        m_log10_vjp,
        m_log10_jvp,
        |x| 1.0 / (x * std::f64::consts::LN_10),
        &[0.1, 0.9, 2.5, 40.0],
    );
}

#[test]
fn ln_1p_derivative_is_one_over_one_plus_x() {
    check_unary(
        m_ln_1p,
        m_ln_1p_grad,
        m_ln_1p_vjp,
        m_ln_1p_jvp,
        |x| 1.0 / (1.0 + x),
        &[-0.5, 1e-4, 1.0, 20.0],
    );
}

// ---------------------------------------------------------------------------
// Roots and powers.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[differentiate]
fn m_cbrt(x: f64) -> f64 {
    x.cbrt()
}

#[differentiate]
fn m_powi3(x: f64) -> f64 {
    x.powi(3)
}

#[differentiate]
fn m_powi(x: f64, n: i32) -> f64 {
    x.powi(n)
}

#[differentiate]
fn m_powf(x: f64, p: f64) -> f64 {
    x.powf(p)
}

#[differentiate]
fn m_powf_path(x: f64, p: f64) -> f64 {
    f64::powf(x, p)
}

#[differentiate]
fn m_powf_literal_base(p: f64) -> f64 {
    2.5_f64.powf(p)
}

#[differentiate]
fn m_hypot(a: f64, b: f64) -> f64 {
    f64::hypot(a, b)
}

#[differentiate]
fn m_recip(x: f64) -> f64 {
    x.recip()
}

#[test]
fn sqrt_derivative_is_one_over_two_sqrt() {
    check_unary(
        m_sqrt,
        m_sqrt_grad,
        m_sqrt_vjp,
        m_sqrt_jvp,
        |x| 0.5 / x.sqrt(),
        &[0.01, 0.5, 2.0, 100.0],
    );
}

#[test]
fn cbrt_derivative_is_one_third_cbrt_to_the_minus_two_also_for_negative_x() {
    check_unary(
        m_cbrt,
        m_cbrt_grad,
        m_cbrt_vjp,
        m_cbrt_jvp,
        |x| 1.0 / (3.0 * x.cbrt() * x.cbrt()),
        &[-8.0, -0.3, 0.2, 27.0],
    );
}

#[test]
fn powi_with_literal_exponent_derivative_is_three_x_squared() {
    check_unary(
        m_powi3,
        m_powi3_grad,
        m_powi3_vjp,
        m_powi3_jvp,
        |x| 3.0 * x * x,
        &[-2.0, -0.5, 0.3, 1.5],
    );
}

#[test]
fn powi_with_constant_integer_parameter_derivative_is_n_x_to_the_n_minus_one() {
    // n is an i32 parameter: a constant, so the gradient is a bare f64.
    for n in [-2, 0, 1, 5] {
        check_unary(
            |x| m_powi(x, n),
            |x| m_powi_grad(x, n),
            |x, s| m_powi_vjp(x, n, s),
            |x, t| m_powi_jvp(x, n, t),
            |x| match n {
                -2 => -2.0 / (x * x * x),
                0 => 0.0,
                1 => 1.0,
                5 => 5.0 * x * x * x * x,
                _ => unreachable!(),
            },
            &[-2.0, -0.5, 0.3, 1.5],
        );
    }
}

/// d x^p = (p x^(p-1), x^p ln x) for x > 0.
fn powf_partials(x: f64, p: f64) -> (f64, f64) {
    (p * x.powf(p - 1.0), x.powf(p) * x.ln())
}

const POWF_POINTS: [(f64, f64); 4] = [(0.5, 2.5), (2.0, -1.5), (3.0, 0.3), (1.7, 4.0)];

#[test]
fn powf_partials_are_p_x_to_the_p_minus_one_and_x_to_the_p_ln_x() {
    check_binary(
        m_powf,
        m_powf_grad,
        m_powf_vjp,
        m_powf_jvp,
        powf_partials,
        &POWF_POINTS,
    );
}

#[test]
fn powf_in_path_form_has_the_same_partials() {
    check_binary(
        m_powf_path,
        m_powf_path_grad,
        m_powf_path_vjp,
        m_powf_path_jvp,
        powf_partials,
        &POWF_POINTS,
    );
}

#[test]
fn powf_of_a_literal_base_differentiates_the_exponent() {
    check_unary(
        m_powf_literal_base,
        m_powf_literal_base_grad,
        m_powf_literal_base_vjp,
        m_powf_literal_base_jvp,
        |p| 2.5_f64.powf(p) * 2.5_f64.ln(),
        &[-2.0, 0.0, 0.5, 3.0],
    );
}

#[test]
fn hypot_in_path_form_partials_are_a_and_b_over_hypot() {
    check_binary(
        m_hypot,
        m_hypot_grad,
        m_hypot_vjp,
        m_hypot_jvp,
        |a, b| {
            let h = (a * a + b * b).sqrt();
            (a / h, b / h)
        },
        &[(3.0, 4.0), (-1.0, 2.0), (0.5, -0.2), (-2.0, -7.0)],
    );
}

#[test]
fn recip_derivative_is_minus_one_over_x_squared() {
    check_unary(
        m_recip,
        m_recip_grad,
        m_recip_vjp,
        m_recip_jvp,
        |x| -1.0 / (x * x),
        &[-2.0, -0.25, 0.5, 3.0],
    );
}

// ---------------------------------------------------------------------------
// abs, mul_add, max, min, clamp (away from their kinks).
// ---------------------------------------------------------------------------

#[differentiate]
fn m_abs(x: f64) -> f64 {
    x.abs()
}

#[differentiate]
fn m_mul_add(a: f64, b: f64, c: f64) -> f64 {
    a.mul_add(b, c)
}

#[differentiate]
fn m_mul_add_path(a: f64, b: f64, c: f64) -> f64 {
    f64::mul_add(a, b, c)
}

#[differentiate]
fn m_max(a: f64, b: f64) -> f64 {
    a.max(b)
}

#[differentiate]
fn m_min(a: f64, b: f64) -> f64 {
    f64::min(a, b)
}

#[differentiate]
fn m_clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.clamp(lo, hi)
}

#[test]
fn abs_derivative_is_the_sign_away_from_zero() {
    check_unary(
        m_abs,
        m_abs_grad,
        m_abs_vjp,
        m_abs_jvp,
        |x| if x > 0.0 { 1.0 } else { -1.0 },
        &[-3.0, -0.2, 0.4, 5.0],
    );
}

const MUL_ADD_POINTS: [Triple; 3] = [(2.0, 3.0, 4.0), (-1.5, 0.5, 2.0), (0.3, -7.0, -1.0)];

#[test]
fn mul_add_partials_are_b_a_and_one() {
    check_ternary(
        m_mul_add,
        m_mul_add_grad,
        m_mul_add_vjp,
        m_mul_add_jvp,
        |a, b, _| (b, a, 1.0),
        &MUL_ADD_POINTS,
    );
}

#[test]
fn mul_add_in_path_form_has_the_same_partials() {
    check_ternary(
        m_mul_add_path,
        m_mul_add_path_grad,
        m_mul_add_path_vjp,
        m_mul_add_path_jvp,
        |a, b, _| (b, a, 1.0),
        &MUL_ADD_POINTS,
    );
}

#[test]
fn max_sends_the_whole_derivative_to_the_larger_argument() {
    check_binary(
        m_max,
        m_max_grad,
        m_max_vjp,
        m_max_jvp,
        |a, b| if a > b { (1.0, 0.0) } else { (0.0, 1.0) },
        &[(1.0, 2.0), (3.0, -1.0), (-0.5, -0.6), (-4.0, 0.0)],
    );
}

#[test]
fn min_in_path_form_sends_the_whole_derivative_to_the_smaller_argument() {
    check_binary(
        m_min,
        m_min_grad,
        m_min_vjp,
        m_min_jvp,
        |a, b| if a < b { (1.0, 0.0) } else { (0.0, 1.0) },
        &[(1.0, 2.0), (3.0, -1.0), (-0.5, -0.6), (-4.0, 0.0)],
    );
}

#[test]
fn clamp_follows_x_inside_and_the_active_bound_outside() {
    check_ternary(
        m_clamp,
        m_clamp_grad,
        m_clamp_vjp,
        m_clamp_jvp,
        |x, lo, hi| {
            if x < lo {
                (0.0, 1.0, 0.0)
            } else if x > hi {
                (0.0, 0.0, 1.0)
            } else {
                (1.0, 0.0, 0.0)
            }
        },
        &[
            (0.5, 0.0, 1.0),
            (-2.0, -1.0, 1.0),
            (3.0, -1.0, 2.0),
            (1.5, -1.0, 2.0),
        ],
    );
}

// ---------------------------------------------------------------------------
// Piecewise-constant functions and the linear ones.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_floor(x: f64) -> f64 {
    x.floor()
}

#[differentiate]
fn m_ceil(x: f64) -> f64 {
    x.ceil()
}

#[differentiate]
fn m_round(x: f64) -> f64 {
    f64::round(x)
}

#[differentiate]
fn m_trunc(x: f64) -> f64 {
    x.trunc()
}

#[differentiate]
fn m_signum(x: f64) -> f64 {
    x.signum()
}

#[differentiate]
fn m_fract(x: f64) -> f64 {
    x.fract()
}

#[differentiate]
fn m_to_degrees(x: f64) -> f64 {
    x.to_degrees()
}

#[differentiate]
fn m_to_radians(x: f64) -> f64 {
    f64::to_radians(x)
}

#[differentiate]
fn m_steps_scale_other_terms(x: f64) -> f64 {
    x * x.floor() + x.round() * x.round() * x
}

/// An original with its `_grad` and `_jvp` companions.
type Companions = (
    fn(f64) -> f64,
    fn(f64) -> (f64, f64),
    fn(f64, f64) -> (f64, f64),
);

/// Away from integers and half-integers (the jumps of round), with some
/// negative points where floor and trunc differ.
const STEP_POINTS: [f64; 5] = [-2.7, -0.3, 0.4, 1.2, 3.6];

#[test]
fn floor_ceil_round_trunc_signum_have_derivative_exactly_zero_away_from_jumps() {
    let methods: [Companions; 5] = [
        (m_floor, m_floor_grad, m_floor_jvp),
        (m_ceil, m_ceil_grad, m_ceil_jvp),
        (m_round, m_round_grad, m_round_jvp),
        (m_trunc, m_trunc_grad, m_trunc_jvp),
        (m_signum, m_signum_grad, m_signum_jvp),
    ];
    for (i, &(f, grad, jvp)) in methods.iter().enumerate() {
        for x in STEP_POINTS {
            let (y, g) = grad(x);
            assert_eq!(y, f(x), "method {i} at {x}");
            assert_eq!(g, 0.0, "method {i} at {x}");
            assert_eq!(jvp(x, 1.0), (y, 0.0), "method {i} at {x}");
            check_gradient(|v| f(v[0]), &[x], &[g], FINITE_DIFF)
                .unwrap_or_else(|e| panic!("method {i} at {x}:\n{e}"));
        }
    }
    // The vjp companions too, with a seed that would show through.
    for x in STEP_POINTS {
        assert_eq!(m_floor_vjp(x, 7.0).1, 0.0);
        assert_eq!(m_ceil_vjp(x, 7.0).1, 0.0);
        assert_eq!(m_round_vjp(x, 7.0).1, 0.0);
        assert_eq!(m_trunc_vjp(x, 7.0).1, 0.0);
        assert_eq!(m_signum_vjp(x, 7.0).1, 0.0);
    }
}

#[test]
fn fract_derivative_is_one_away_from_jumps() {
    check_unary(
        m_fract,
        m_fract_grad,
        m_fract_vjp,
        m_fract_jvp,
        |_| 1.0,
        &STEP_POINTS,
    );
}

#[test]
fn piecewise_constant_values_still_scale_the_terms_they_multiply() {
    // f = x·⌊x⌋ + round(x)²·x, so f' = ⌊x⌋ + round(x)² away from jumps.
    check_unary(
        m_steps_scale_other_terms,
        m_steps_scale_other_terms_grad,
        m_steps_scale_other_terms_vjp,
        m_steps_scale_other_terms_jvp,
        |x| x.floor() + x.round() * x.round(),
        &STEP_POINTS,
    );
}

#[test]
fn to_degrees_derivative_is_180_over_pi() {
    check_unary(
        m_to_degrees,
        m_to_degrees_grad,
        m_to_degrees_vjp,
        m_to_degrees_jvp,
        |_| 180.0 / std::f64::consts::PI,
        &[-3.0, 0.0, 0.5, 10.0],
    );
}

#[test]
fn to_radians_in_path_form_derivative_is_pi_over_180() {
    check_unary(
        m_to_radians,
        m_to_radians_grad,
        m_to_radians_vjp,
        m_to_radians_jvp,
        |_| std::f64::consts::PI / 180.0,
        &[-300.0, 0.0, 45.0, 720.0],
    );
}

// ---------------------------------------------------------------------------
// Sign, Euclidean division, midpoint.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_copysign(x: f64, sign: f64) -> f64 {
    x.copysign(sign)
}

#[differentiate]
fn m_rem_euclid(x: f64, m: f64) -> f64 {
    x.rem_euclid(m)
}

#[differentiate]
fn m_div_euclid(x: f64, m: f64) -> f64 {
    // The quotient is piecewise constant: only `x` gives a derivative here.
    x.div_euclid(m) + x
}

#[differentiate]
fn m_midpoint(a: f64, b: f64) -> f64 {
    f64::midpoint(a, b)
}

#[differentiate]
fn m_round_ties_even(x: f64) -> f64 {
    x.round_ties_even() + x * x
}

#[test]
fn copysign_derivative_is_plus_or_minus_one_as_the_signs_agree() {
    check_binary(
        m_copysign,
        m_copysign_grad,
        m_copysign_vjp,
        m_copysign_jvp,
        |x, s| (if (x < 0.0) == (s < 0.0) { 1.0 } else { -1.0 }, 0.0),
        &[(1.5, 2.0), (1.5, -2.0), (-0.7, 3.0), (-2.5, -0.1)],
    );
}

#[test]
fn rem_euclid_derivative_is_one_and_minus_the_quotient() {
    check_binary(
        m_rem_euclid,
        m_rem_euclid_grad,
        m_rem_euclid_vjp,
        m_rem_euclid_jvp,
        // m > 0 here, where the Euclidean quotient is floor(x / m).
        |x, m| (1.0, -(x / m).floor()),
        &[(7.5, 2.0), (-7.5, 2.0), (0.3, 1.5), (5.2, 0.75)],
    );
}

#[test]
fn div_euclid_derivative_is_zero() {
    check_binary(
        m_div_euclid,
        m_div_euclid_grad,
        m_div_euclid_vjp,
        m_div_euclid_jvp,
        |_, _| (1.0, 0.0),
        &[(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 1.5)],
    );
}

#[test]
fn midpoint_derivative_is_one_half_each() {
    check_binary(
        m_midpoint,
        m_midpoint_grad,
        m_midpoint_vjp,
        m_midpoint_jvp,
        |_, _| (0.5, 0.5),
        &[(1.0, 2.0), (-3.0, 0.5), (100.0, -4.0)],
    );
}

#[test]
fn round_ties_even_derivative_is_zero() {
    check_unary(
        m_round_ties_even,
        m_round_ties_even_grad,
        m_round_ties_even_vjp,
        m_round_ties_even_jvp,
        |x| 2.0 * x,
        &[-1.3, 0.2, 2.7, 3.4],
    );
}

// ---------------------------------------------------------------------------
// Edge conventions of API.md at the points where no derivative exists.
// ---------------------------------------------------------------------------

#[test]
fn abs_derivative_at_zero_is_zero_for_both_signed_zeros() {
    for zero in [0.0, -0.0] {
        assert_eq!(m_abs_grad(zero), (0.0, 0.0));
        assert_eq!(m_abs_vjp(zero, 5.0).1, 0.0);
        assert_eq!(m_abs_jvp(zero, 1.0).1, 0.0);
    }
}

#[test]
fn max_and_min_of_equal_arguments_split_the_derivative_evenly() {
    for a in [-2.0, 0.0, 1.5] {
        assert_eq!(m_max_grad(a, a), (a, (0.5, 0.5)), "max at {a}");
        assert_eq!(m_min_grad(a, a), (a, (0.5, 0.5)), "min at {a}");
        assert_eq!(m_max_vjp(a, a, 4.0).1, (2.0, 2.0), "max vjp at {a}");
        assert_eq!(m_min_vjp(a, a, 4.0).1, (2.0, 2.0), "min vjp at {a}");
        // Forward mode applies the same partials: half of each tangent.
        assert_eq!(m_max_jvp(a, a, 1.0, 0.0).1, 0.5, "max jvp at {a}");
        assert_eq!(m_max_jvp(a, a, 0.0, 1.0).1, 0.5, "max jvp at {a}");
        assert_eq!(m_min_jvp(a, a, 1.0, 0.0).1, 0.5, "min jvp at {a}");
        assert_eq!(m_min_jvp(a, a, 1.0, 1.0).1, 1.0, "min jvp at {a}");
    }
}

#[test]
fn clamp_at_its_bounds_is_min_of_max() {
    // clamp(x, lo, hi) = min(max(x, lo), hi).
    // x == lo < hi: max(x, lo) ties, so x and lo get 1/2 each; min(lo, hi)
    // passes its first argument through: (1/2, 1/2, 0).
    assert_eq!(m_clamp_grad(-1.0, -1.0, 2.0), (-1.0, (0.5, 0.5, 0.0)));
    // lo < x == hi: max(x, lo) = x gets 1; min(x, hi) ties: (1/2, 0, 1/2).
    assert_eq!(m_clamp_grad(2.0, -1.0, 2.0), (2.0, (0.5, 0.0, 0.5)));
    assert_eq!(m_clamp_vjp(2.0, -1.0, 2.0, 2.0).1, (1.0, 0.0, 1.0));
    assert_eq!(m_clamp_jvp(-1.0, -1.0, 2.0, 1.0, 0.0, 0.0).1, 0.5);
    assert_eq!(m_clamp_jvp(-1.0, -1.0, 2.0, 0.0, 1.0, 0.0).1, 0.5);
    assert_eq!(m_clamp_jvp(2.0, -1.0, 2.0, 0.0, 0.0, 1.0).1, 0.5);
}

#[test]
fn sqrt_derivative_at_zero_is_positive_infinity() {
    assert_eq!(m_sqrt_grad(0.0), (0.0, f64::INFINITY));
    assert_eq!(m_sqrt_vjp(0.0, 2.0).1, f64::INFINITY);
    assert_eq!(m_sqrt_jvp(0.0, 1.0).1, f64::INFINITY);
}

#[test]
fn powf_derivative_wrt_the_exponent_at_zero_base_is_zero() {
    // x^p ln x is 0·(-∞) at x = 0; the convention (the limit from the
    // right for p > 0) is 0. ∂/∂x = p·0^(p-1) = 0 for p > 1.
    for p in [1.5, 2.0, 3.7] {
        assert_eq!(m_powf_grad(0.0, p), (0.0, (0.0, 0.0)), "p = {p}");
        assert_eq!(m_powf_vjp(0.0, p, 3.0).1, (0.0, 0.0), "p = {p}");
        assert_eq!(m_powf_jvp(0.0, p, 0.0, 1.0).1, 0.0, "p = {p}");
    }
    // At p = 1, ∂/∂x = 1·0⁰ = 1 while ∂/∂p is still 0.
    assert_eq!(m_powf_grad(0.0, 1.0), (0.0, (1.0, 0.0)));
}

// ---------------------------------------------------------------------------
// f32 instantiations, checked against the f64 derivative.
// ---------------------------------------------------------------------------

#[differentiate]
fn m_sin_f32(x: f32) -> f32 {
    x.sin()
}

#[differentiate]
fn m_powf_f32(x: f32, p: f32) -> f32 {
    f32::powf(x, p)
}

#[differentiate]
fn m_max_f32(a: f32, b: f32) -> f32 {
    a.max(b)
}

#[differentiate]
fn m_sqrt_f32(x: f32) -> f32 {
    x.sqrt()
}

/// An f32 result rounded from an exact derivative is within half an f32 ulp
/// (6e-8 relative); the f32 evaluation of cos/powf adds a few more ulps.
const F32_VS_F64: f64 = 1e-6;

#[test]
fn f32_sin_derivative_matches_f64_cos() {
    for x in [-2.5_f32, -0.4, 0.3, 1.7] {
        let (y, g) = m_sin_f32_grad(x);
        assert_eq!(y, m_sin_f32(x));
        assert_eq!(m_sin_f32_jvp(x, 1.0), (y, g));
        assert_relative_eq!(f64::from(g), f64::from(x).cos(), max_relative = F32_VS_F64);
    }
}

#[test]
fn f32_powf_partials_match_f64() {
    for (x, p) in POWF_POINTS {
        let (x32, p32) = (x as f32, p as f32);
        let (y, (gx, gp)) = m_powf_f32_grad(x32, p32);
        assert_eq!(y, m_powf_f32(x32, p32));
        let (ex, ep) = powf_partials(f64::from(x32), f64::from(p32));
        assert_relative_eq!(f64::from(gx), ex, max_relative = F32_VS_F64);
        assert_relative_eq!(f64::from(gp), ep, max_relative = F32_VS_F64);
        assert_relative_eq!(
            m_powf_f32_jvp(x32, p32, 1.0, 0.0).1,
            gx,
            max_relative = 1e-6
        );
        assert_relative_eq!(
            m_powf_f32_jvp(x32, p32, 0.0, 1.0).1,
            gp,
            max_relative = 1e-6
        );
    }
}

#[test]
fn f32_max_follows_the_larger_argument_and_splits_ties() {
    assert_eq!(m_max_f32_grad(1.0, 2.0), (2.0, (0.0, 1.0)));
    assert_eq!(m_max_f32_grad(3.0, -1.0), (3.0, (1.0, 0.0)));
    assert_eq!(m_max_f32_grad(0.25, 0.25), (0.25, (0.5, 0.5)));
    assert_eq!(m_max_f32_vjp(3.0, -1.0, 2.0).1, (2.0, 0.0));
    assert_eq!(m_max_f32_jvp(1.0, 2.0, 5.0, 7.0), (2.0, 7.0));
    assert_eq!(m_max_f32(1.0, 2.0), 2.0);
}

#[test]
fn f32_sqrt_derivative_matches_f64_and_is_infinite_at_zero() {
    for x in [0.01_f32, 0.5, 2.0, 100.0] {
        let (y, g) = m_sqrt_f32_grad(x);
        assert_eq!(y, m_sqrt_f32(x));
        assert_relative_eq!(
            f64::from(g),
            0.5 / f64::from(x).sqrt(),
            max_relative = F32_VS_F64
        );
    }
    assert_eq!(m_sqrt_f32_grad(0.0), (0.0, f32::INFINITY));
}
