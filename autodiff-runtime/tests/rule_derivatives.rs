//! Every rule's generated derivative, `NAME_jvp`, against central differences
//! of the rule itself.
//!
//! A rule `r(x.., y)` returns the partials of a float method `f` at `x` given
//! its output `y = f(x)`. Generated code for Hessians (forward mode over
//! reverse mode) calls the rule's forward mode `NAME_jvp` with the tangent of
//! `y` that forward mode gives it, `ẏ = Σ ∂f/∂xᵢ ẋᵢ`. Along such a tangent
//! the jvp's tangent output is the derivative of `t ↦ r(x + t ẋ, f(x + t ẋ))`,
//! that is, a column of the Hessian of `f`. Each test below checks, at
//! several points inside the method's domain, for `f64` and `f32`, and for
//! each float input `i` (`ẋ = eᵢ`, `ẏ = r(x, y)ᵢ`):
//!
//! - that the jvp's primal output is the rule's value, bit for bit;
//! - that its tangent output matches the central difference
//!   `(r(x + h eᵢ, f(x + h eᵢ)) - r(x - h eᵢ, f(x - h eᵢ))) / 2h`.
//!
//! The tests at the end compare a few of them with second derivatives
//! worked out by hand, and check that the checker itself rejects wrong
//! jvps.

use autodiff_runtime::rules::{f32 as r32, f64 as r};

/// The float width a rule is instantiated for. All arithmetic of the checks
/// happens in `f64`; an `f32` rule is evaluated at `f32` points and its
/// results are widened exactly.
#[derive(Clone, Copy, Debug)]
enum Width {
    F64,
    F32,
}

impl Width {
    /// `v` rounded to this width.
    fn round(self, v: f64) -> f64 {
        match self {
            Width::F64 => v,
            Width::F32 => f64::from(v as f32),
        }
    }

    /// The central difference's step, relative to `max(1, |x|)`.
    ///
    /// Its error is the truncation `h² |r'''| / 6` plus the rounding
    /// `u |r| / h`, where `u` bounds the relative error of one evaluation of
    /// the method and the rule (a handful of roundings: four half-ulps,
    /// `2ε`). For `f64` (`u ≈ 4.4e-16`), `h = 1e-6` gives
    /// `1.7e-13 |r'''| + 4.4e-10 |r|`; for `f32` (`u ≈ 2.4e-7`), `h = 2e-3`
    /// gives `6.7e-7 |r'''| + 1.2e-4 |r|`.
    fn step(self) -> f64 {
        match self {
            Width::F64 => 1e-6,
            Width::F32 => 2e-3,
        }
    }

    /// Allowed `|jvp - central difference|`, relative to `max(1, |jvp|)`.
    ///
    /// The points below stay away from singularities: there `|r|` is within
    /// a factor of 8 of `max(1, |r'|)` and `|r'''|` below a few hundred
    /// times it, so by the bounds at [`Width::step`] the difference's own
    /// error is below these tolerances. Measured over all the points, the
    /// worst are `1.6e-10` (`exp2` at 1, `f64`) and `4e-5` (`log` at
    /// `(10, 2)`, `f32`), 60 and 25 times below them: the bounds assume that
    /// every rounding goes the same way. A wrong sign, factor or missing
    /// term is off by the order of the derivative itself, far above them
    /// (see `a_wrong_jvp_fails_the_check`).
    fn tolerance(self) -> f64 {
        match self {
            Width::F64 => 1e-8,
            Width::F32 => 1e-3,
        }
    }
}

/// Partials of a rule, its inputs and output given and returned as `f64`.
type Partials<'a> = &'a dyn Fn(&[f64], f64) -> Vec<f64>;
/// The rule's jvp: inputs, output, the inputs' tangents and the output's
/// tangent, to the partials and their tangents.
type Jvp<'a> = &'a dyn Fn(&[f64], f64, &[f64], f64) -> (Vec<f64>, Vec<f64>);

/// One rule at one width, through `f64`.
struct Rule<'a> {
    width: Width,
    /// The std method on the float inputs.
    method: &'a dyn Fn(&[f64]) -> f64,
    /// The rule.
    partials: Partials<'a>,
    /// The rule's generated `NAME_jvp`.
    jvp: Jvp<'a>,
}

impl Rule<'_> {
    /// The rule's partials at `x`, with the method's output there.
    fn at(&self, x: &[f64]) -> Vec<f64> {
        (self.partials)(x, (self.method)(x))
    }

    /// Every way the jvp disagrees with the rule at `x` (rounded to the
    /// rule's width), described; empty when it agrees.
    fn mismatches(&self, x: &[f64]) -> Vec<String> {
        let w = self.width;
        let x: Vec<f64> = x.iter().map(|v| w.round(*v)).collect();
        let y = (self.method)(&x);
        let p = (self.partials)(&x, y);
        let mut found = Vec::new();
        for i in 0..x.len() {
            let mut dx = vec![0.0; x.len()];
            dx[i] = 1.0;
            let (primal, tangent) = (self.jvp)(&x, y, &dx, p[i]);
            if primal
                .iter()
                .map(|v| v.to_bits())
                .ne(p.iter().map(|v| v.to_bits()))
            {
                found.push(format!(
                    "{w:?} at {x:?}: the jvp's primal {primal:?} is not the rule's {p:?}"
                ));
            }
            let h = w.step() * x[i].abs().max(1.0);
            let (mut plus, mut minus) = (x.clone(), x.clone());
            plus[i] = w.round(x[i] + h);
            minus[i] = w.round(x[i] - h);
            // The spread actually taken, after rounding the points.
            let spread = plus[i] - minus[i];
            let (up, down) = (self.at(&plus), self.at(&minus));
            for j in 0..p.len() {
                let fd = (up[j] - down[j]) / spread;
                let tolerance = w.tolerance() * tangent[j].abs().max(1.0);
                // Written so that a NaN on either side fails.
                let agrees = (tangent[j] - fd).abs() <= tolerance;
                if !agrees {
                    found.push(format!(
                        "{w:?} at {x:?}: ∂(partial {j})/∂(input {i}) is {} by the jvp, {fd} by \
                         central differences",
                        tangent[j]
                    ));
                }
            }
        }
        found
    }
}

/// Asserts that the jvp of every rule in `rules` agrees at every point.
fn assert_agrees(rules: &[Rule<'_>], points: &[&[f64]]) {
    let found: Vec<String> = rules
        .iter()
        .flat_map(|rule| points.iter().flat_map(|x| rule.mismatches(x)))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// One test per rule of a method with one float input: `unary!(NAME,
/// NAME_jvp, [points])` defines `NAME::jvp_is_the_derivative_of_the_rule`.
macro_rules! unary {
    ($name:ident, $jvp:ident, [$($x:expr),+ $(,)?]) => {
        mod $name {
            use super::*;

            /// The rule this module tests.
            pub const RULE: &str = stringify!($name);

            #[test]
            fn jvp_is_the_derivative_of_the_rule() {
                let wide = Rule {
                    width: Width::F64,
                    method: &|a| a[0].$name(),
                    partials: &|a, y| vec![r::$name(a[0], y)],
                    jvp: &|a, y, da, dy| {
                        let (p, dp) = r::$jvp(a[0], y, da[0], dy);
                        (vec![p], vec![dp])
                    },
                };
                let narrow = Rule {
                    width: Width::F32,
                    method: &|a| f64::from((a[0] as f32).$name()),
                    partials: &|a, y| vec![f64::from(r32::$name(a[0] as f32, y as f32))],
                    jvp: &|a, y, da, dy| {
                        let (p, dp) = r32::$jvp(a[0] as f32, y as f32, da[0] as f32, dy as f32);
                        (vec![p.into()], vec![dp.into()])
                    },
                };
                assert_agrees(&[wide, narrow], &[$(&[$x]),+]);
            }
        }
    };
}

/// As [`unary!`], for methods with two float inputs; points are `(a, b)`.
macro_rules! binary {
    ($name:ident, $jvp:ident, [$(($a:expr, $b:expr)),+ $(,)?]) => {
        mod $name {
            use super::*;

            /// The rule this module tests.
            pub const RULE: &str = stringify!($name);

            #[test]
            fn jvp_is_the_derivative_of_the_rule() {
                let wide = Rule {
                    width: Width::F64,
                    method: &|a| a[0].$name(a[1]),
                    partials: &|a, y| {
                        let (p, q) = r::$name(a[0], a[1], y);
                        vec![p, q]
                    },
                    jvp: &|a, y, da, dy| {
                        let ((p, q), (dp, dq)) = r::$jvp(a[0], a[1], y, da[0], da[1], dy);
                        (vec![p, q], vec![dp, dq])
                    },
                };
                let narrow = Rule {
                    width: Width::F32,
                    method: &|a| f64::from((a[0] as f32).$name(a[1] as f32)),
                    partials: &|a, y| {
                        let (p, q) = r32::$name(a[0] as f32, a[1] as f32, y as f32);
                        vec![p.into(), q.into()]
                    },
                    jvp: &|a, y, da, dy| {
                        let ((p, q), (dp, dq)) = r32::$jvp(
                            a[0] as f32,
                            a[1] as f32,
                            y as f32,
                            da[0] as f32,
                            da[1] as f32,
                            dy as f32,
                        );
                        (vec![p.into(), q.into()], vec![dp.into(), dq.into()])
                    },
                };
                assert_agrees(&[wide, narrow], &[$(&[$a, $b]),+]);
            }
        }
    };
}

/// As [`unary!`], for methods with three float inputs; points are
/// `(a, b, c)`.
macro_rules! ternary {
    ($name:ident, $jvp:ident, [$(($a:expr, $b:expr, $c:expr)),+ $(,)?]) => {
        mod $name {
            use super::*;

            /// The rule this module tests.
            pub const RULE: &str = stringify!($name);

            #[test]
            fn jvp_is_the_derivative_of_the_rule() {
                let wide = Rule {
                    width: Width::F64,
                    method: &|a| a[0].$name(a[1], a[2]),
                    partials: &|a, y| {
                        let (p, q, s) = r::$name(a[0], a[1], a[2], y);
                        vec![p, q, s]
                    },
                    jvp: &|a, y, da, dy| {
                        let ((p, q, s), (dp, dq, ds)) =
                            r::$jvp(a[0], a[1], a[2], y, da[0], da[1], da[2], dy);
                        (vec![p, q, s], vec![dp, dq, ds])
                    },
                };
                let narrow = Rule {
                    width: Width::F32,
                    method: &|a| f64::from((a[0] as f32).$name(a[1] as f32, a[2] as f32)),
                    partials: &|a, y| {
                        let (p, q, s) = r32::$name(a[0] as f32, a[1] as f32, a[2] as f32, y as f32);
                        vec![p.into(), q.into(), s.into()]
                    },
                    jvp: &|a, y, da, dy| {
                        let ((p, q, s), (dp, dq, ds)) = r32::$jvp(
                            a[0] as f32,
                            a[1] as f32,
                            a[2] as f32,
                            y as f32,
                            da[0] as f32,
                            da[1] as f32,
                            da[2] as f32,
                            dy as f32,
                        );
                        (
                            vec![p.into(), q.into(), s.into()],
                            vec![dp.into(), dq.into(), ds.into()],
                        )
                    },
                };
                assert_agrees(&[wide, narrow], &[$(&[$a, $b, $c]),+]);
            }
        }
    };
}

unary!(sin, sin_jvp, [-2.0, 0.3, 1.0, 4.0]);
unary!(cos, cos_jvp, [-2.0, 0.3, 1.0, 4.0]);
unary!(tan, tan_jvp, [-1.0, 0.1, 0.7, 1.0]);
unary!(asin, asin_jvp, [-0.6, -0.2, 0.3, 0.6]);
unary!(acos, acos_jvp, [-0.6, -0.2, 0.3, 0.6]);
unary!(atan, atan_jvp, [-2.0, 0.3, 1.0, 4.0]);
unary!(sinh, sinh_jvp, [-2.0, 0.3, 1.0, 3.0]);
unary!(cosh, cosh_jvp, [-2.0, 0.3, 1.0, 3.0]);
unary!(tanh, tanh_jvp, [-2.0, 0.3, 1.0, 2.0]);
unary!(asinh, asinh_jvp, [-3.0, 0.3, 1.0, 5.0]);
unary!(acosh, acosh_jvp, [1.5, 2.0, 4.0, 10.0]);
unary!(atanh, atanh_jvp, [-0.6, -0.2, 0.3, 0.6]);
unary!(exp, exp_jvp, [-2.0, 0.3, 1.0, 3.0]);
unary!(exp2, exp2_jvp, [-2.0, 0.3, 1.0, 3.0]);
unary!(exp_m1, exp_m1_jvp, [-2.0, 0.3, 1.0, 3.0]);
unary!(ln, ln_jvp, [0.5, 1.0, 2.0, 10.0]);
unary!(log2, log2_jvp, [0.5, 1.0, 2.0, 10.0]);
unary!(log10, log10_jvp, [0.5, 1.0, 2.0, 10.0]);
unary!(ln_1p, ln_1p_jvp, [-0.5, 0.3, 1.0, 10.0]);
unary!(sqrt, sqrt_jvp, [0.5, 1.0, 2.0, 10.0]);
unary!(cbrt, cbrt_jvp, [-8.0, -0.5, 0.5, 2.0, 10.0]);
unary!(abs, abs_jvp, [-2.0, -0.3, 0.3, 2.0]);
unary!(recip, recip_jvp, [-3.0, -0.8, 0.8, 2.0]);
unary!(fract, fract_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(to_degrees, to_degrees_jvp, [-2.0, 0.3, 1.0, 4.0]);
unary!(to_radians, to_radians_jvp, [-200.0, 0.3, 45.0, 400.0]);
unary!(floor, floor_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(ceil, ceil_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(round, round_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(trunc, trunc_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(signum, signum_jvp, [-1.7, -0.3, 0.3, 2.6]);
unary!(round_ties_even, round_ties_even_jvp, [-1.7, -0.3, 0.3, 2.6]);

binary!(
    atan2,
    atan2_jvp,
    [(1.0, 2.0), (-0.5, 1.5), (2.0, -1.0), (-1.0, -3.0)]
);
binary!(
    log,
    log_jvp,
    [(2.0, 3.0), (0.5, 10.0), (10.0, 2.0), (3.0, 0.5)]
);
binary!(
    powf,
    powf_jvp,
    [(2.0, 3.0), (0.5, 2.5), (1.5, -1.2), (3.0, 0.5)]
);
binary!(
    hypot,
    hypot_jvp,
    [(1.0, 2.0), (-0.5, 1.5), (3.0, -4.0), (-1.0, -3.0)]
);
// Away from ties: there the partials jump.
binary!(max, max_jvp, [(1.0, 2.0), (3.0, -1.0), (-0.5, -2.0)]);
binary!(min, min_jvp, [(1.0, 2.0), (3.0, -1.0), (-0.5, -2.0)]);
// Away from x = 0 and from the jumps of the quotient.
binary!(
    copysign,
    copysign_jvp,
    [(1.5, 2.0), (1.5, -2.0), (-1.5, 2.0), (-0.5, -3.0)]
);
binary!(
    rem_euclid,
    rem_euclid_jvp,
    [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 1.5)]
);
binary!(
    div_euclid,
    div_euclid_jvp,
    [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 1.5)]
);
binary!(
    midpoint,
    midpoint_jvp,
    [(1.0, 2.0), (-0.5, 1.5), (3.0, -4.0)]
);

ternary!(
    mul_add,
    mul_add_jvp,
    [(1.0, 2.0, 3.0), (-0.5, 1.5, 2.0), (2.0, -1.0, -3.0)]
);
// Below, inside and above the interval, away from its ends.
ternary!(
    clamp,
    clamp_jvp,
    [
        (0.5, 0.0, 1.0),
        (-1.0, 0.0, 1.0),
        (2.0, 0.0, 1.0),
        (0.3, -1.0, 2.0)
    ]
);

/// `powi`'s exponent is an integer: no partial and no tangent.
mod powi {
    use super::*;

    /// The rule this module tests.
    pub const RULE: &str = "powi";

    #[test]
    fn jvp_is_the_derivative_of_the_rule() {
        for n in [-3, -1, 0, 1, 2, 5] {
            let wide = Rule {
                width: Width::F64,
                method: &|a| a[0].powi(n),
                partials: &|a, y| vec![r::powi(a[0], n, y)],
                jvp: &|a, y, da, dy| {
                    let (p, dp) = r::powi_jvp(a[0], n, y, da[0], dy);
                    (vec![p], vec![dp])
                },
            };
            let narrow = Rule {
                width: Width::F32,
                method: &|a| f64::from((a[0] as f32).powi(n)),
                partials: &|a, y| vec![f64::from(r32::powi(a[0] as f32, n, y as f32))],
                jvp: &|a, y, da, dy| {
                    let (p, dp) = r32::powi_jvp(a[0] as f32, n, y as f32, da[0] as f32, dy as f32);
                    (vec![p.into()], vec![dp.into()])
                },
            };
            assert_agrees(&[wide, narrow], &[&[-1.5], &[0.8], &[1.3], &[2.0]]);
        }
    }
}

#[test]
fn every_rule_has_a_jvp_test_here() {
    let tested = [
        sin::RULE,
        cos::RULE,
        tan::RULE,
        asin::RULE,
        acos::RULE,
        atan::RULE,
        sinh::RULE,
        cosh::RULE,
        tanh::RULE,
        asinh::RULE,
        acosh::RULE,
        atanh::RULE,
        exp::RULE,
        exp2::RULE,
        exp_m1::RULE,
        ln::RULE,
        log2::RULE,
        log10::RULE,
        ln_1p::RULE,
        sqrt::RULE,
        cbrt::RULE,
        abs::RULE,
        recip::RULE,
        fract::RULE,
        to_degrees::RULE,
        to_radians::RULE,
        floor::RULE,
        ceil::RULE,
        round::RULE,
        trunc::RULE,
        signum::RULE,
        round_ties_even::RULE,
        atan2::RULE,
        log::RULE,
        powf::RULE,
        hypot::RULE,
        max::RULE,
        min::RULE,
        copysign::RULE,
        rem_euclid::RULE,
        div_euclid::RULE,
        midpoint::RULE,
        mul_add::RULE,
        clamp::RULE,
        powi::RULE,
    ];
    let mut missing: Vec<&str> = r::NAMES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !tested.contains(name))
        .collect();
    missing.sort_unstable();
    assert!(missing.is_empty(), "rules without a jvp test: {missing:?}");
    assert_eq!(
        tested.len(),
        r::NAMES.len(),
        "a rule is tested twice, or a name tested is not a rule"
    );
}

/// Relative tolerance against a hand-derived formula: the jvp and the
/// formula are each a handful of correctly rounded operations.
const EXACT: f64 = 1e-13;

/// The jvp's tangent along `ẋ = 1`, `ẏ = f'(x)`: the second derivative of a
/// method with one input.
fn second(
    jvp: impl Fn(f64, f64, f64, f64) -> (f64, f64),
    rule: impl Fn(f64, f64) -> f64,
) -> impl Fn(f64, f64) -> f64 {
    move |x, y| jvp(x, y, 1.0, rule(x, y)).1
}

fn assert_close(got: f64, want: f64, x: f64) {
    assert!(
        (got - want).abs() <= EXACT * want.abs(),
        "at x = {x}: the jvp gives {got}, the formula {want}"
    );
}

#[test]
fn second_derivative_of_sin_is_minus_sin() {
    let d2 = second(r::sin_jvp, r::sin);
    for x in [-2.0_f64, 0.3, 1.0, 4.0] {
        assert_close(d2(x, x.sin()), -x.sin(), x);
    }
}

#[test]
fn second_derivative_of_exp_is_exp() {
    let d2 = second(r::exp_jvp, r::exp);
    for x in [-2.0_f64, 0.3, 1.0, 3.0] {
        assert_close(d2(x, x.exp()), x.exp(), x);
    }
}

#[test]
fn second_derivative_of_ln_is_minus_one_over_x_squared() {
    let d2 = second(r::ln_jvp, r::ln);
    for x in [0.5_f64, 1.0, 2.0, 10.0] {
        assert_close(d2(x, x.ln()), -1.0 / (x * x), x);
    }
}

#[test]
fn second_derivative_of_tanh_is_minus_two_tanh_times_its_first() {
    let d2 = second(r::tanh_jvp, r::tanh);
    for x in [-2.0_f64, 0.3, 1.0, 2.0] {
        let t = x.tanh();
        assert_close(d2(x, t), -2.0 * t * (1.0 - t * t), x);
    }
}

#[test]
fn second_derivative_of_sqrt_is_minus_a_quarter_x_to_the_minus_three_halves() {
    let d2 = second(r::sqrt_jvp, r::sqrt);
    for x in [0.5_f64, 1.0, 2.0, 10.0] {
        assert_close(d2(x, x.sqrt()), -1.0 / (4.0 * x.powf(1.5)), x);
    }
}

/// The check rejects jvps with a wrong sign, a missing term (the output's
/// tangent ignored) or a small wrong factor, at both widths.
#[test]
fn a_wrong_jvp_fails_the_check() {
    let method = |a: &[f64]| a[0].exp();
    let partials = |a: &[f64], y: f64| vec![r::exp(a[0], y)];
    let wrong: [Jvp<'_>; 3] = [
        // exp'' = -exp.
        &|a, y, da, dy| {
            let (p, dp) = r::exp_jvp(a[0], y, da[0], dy);
            (vec![p], vec![-dp])
        },
        // The tangent of y dropped.
        &|a, y, da, _| {
            let (p, dp) = r::exp_jvp(a[0], y, da[0], 0.0);
            (vec![p], vec![dp])
        },
        // Off by 1 %.
        &|a, y, da, dy| {
            let (p, dp) = r::exp_jvp(a[0], y, da[0], dy);
            (vec![p], vec![dp * 1.01])
        },
    ];
    for jvp in wrong {
        for width in [Width::F64, Width::F32] {
            let rule = Rule {
                width,
                method: &method,
                partials: &partials,
                jvp,
            };
            assert!(!rule.mismatches(&[0.3]).is_empty(), "{width:?}");
        }
    }
    // A jvp whose primal is not the rule's.
    let rule = Rule {
        width: Width::F64,
        method: &method,
        partials: &partials,
        jvp: &|a, y, da, dy| {
            let (p, dp) = r::exp_jvp(a[0], y, da[0], dy);
            (vec![p + 1e-9], vec![dp])
        },
    };
    assert!(!rule.mismatches(&[0.3]).is_empty());
    // And accepts the right one.
    let right = Rule {
        width: Width::F64,
        method: &method,
        partials: &partials,
        jvp: &|a, y, da, dy| {
            let (p, dp) = r::exp_jvp(a[0], y, da[0], dy);
            (vec![p], vec![dp])
        },
    };
    assert_eq!(right.mismatches(&[0.3]), Vec::<String>::new());
}
