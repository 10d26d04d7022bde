//! Local derivative rules, one function per differentiable float method.
//!
//! # Convention
//!
//! Every rule takes the primal *inputs* of the method in argument order
//! (receiver first), then the primal *output* `y` last, and returns the local
//! partial derivatives `∂y/∂input`: a single float for a method with one float
//! input, a tuple in input order for several. Non-float inputs (the `i32`
//! exponent of `powi`) are passed but get no partial.
//!
//! The output is passed because it is usually already computed and often
//! gives a cheaper or more robust formula (`exp' = y`, `tanh' = 1 - y²`).
//!
//! The same partials serve both modes:
//!
//! - forward mode: `ẏ = Σ ∂y/∂xᵢ · ẋᵢ`;
//! - reverse mode: `x̄ᵢ += ∂y/∂xᵢ · ȳ` for every float input.
//!
//! ```
//! use autodiff_runtime::rules;
//!
//! let (a, b) = (1.0_f64, 2.0_f64);
//! let y = a.atan2(b);
//! let (da, db) = rules::f64::atan2(a, b, y);
//!
//! // Forward mode: push tangents through.
//! let (a_dot, b_dot) = (1.0, 0.5);
//! let y_dot = da * a_dot + db * b_dot;
//! assert!((y_dot - (2.0 - 0.5) / 5.0).abs() < 1e-15);
//!
//! // Reverse mode: accumulate adjoints.
//! let y_bar = 1.0;
//! let (mut a_bar, mut b_bar) = (0.0, 0.0);
//! a_bar += da * y_bar;
//! b_bar += db * y_bar;
//! assert!((a_bar - 0.4).abs() < 1e-15 && (b_bar + 0.2).abs() < 1e-15);
//! ```
//!
//! The rules are written once and instantiated for [`f64`](mod@f64) and
//! [`f32`](mod@f32).
//!
//! # Edge conventions
//!
//! No rule panics, whatever its inputs. A NaN input gives a NaN partial
//! wherever the derivative formula depends on that input; rules whose
//! derivative is a constant (`floor`, `fract`, `to_degrees`, …) return that
//! constant even for NaN, like every other constant. At points where the
//! derivative does not exist the rules pick:
//!
//! - `abs'(0) = 0`, and likewise `∂/∂x x.copysign(s) = 0` at `x = 0`;
//! - `div_euclid` has derivative 0 everywhere (its jumps included), so
//!   `rem_euclid(x, m)` has partials `(1, -x.div_euclid(m))`;
//! - `floor`, `ceil`, `round`, `trunc` and `signum` have derivative 0
//!   everywhere, including at their jumps; `fract` has derivative 1;
//! - `max(a, a)` and `min(a, a)` split the seed evenly, `(0.5, 0.5)`;
//!   otherwise the argument whose value was returned gets 1, which also
//!   handles NaN the way the std methods do (`max(NaN, b) = b` gives
//!   `(0, 1)`);
//! - `clamp(x, lo, hi)` is treated as `min(max(x, lo), hi)`, ties included:
//!   `x == lo < hi` gives `(0.5, 0.5, 0)`, `lo < x == hi` gives
//!   `(0.5, 0, 0.5)`. A NaN `x` is returned unchanged by std's `clamp`, so
//!   it gets `(1, 0, 0)`;
//! - `sqrt'(0) = +∞` (also at `-0.0`), `cbrt'(0) = +∞`;
//! - `powf`: `∂/∂p xᵖ = 0` at `x = 0`, and `∂/∂x x⁰ = 0` (also at `x = 0`);
//!   `powi`: `∂/∂x xⁿ = 0` for `n = 0`;
//! - `hypot(0, 0)` and `atan2(0, 0)` have partials `(0, 0)`: both functions
//!   have a kink or a singularity there, and 0 is the choice that neither
//!   poisons a gradient with NaN nor blows it up;
//! - rules that would overflow when written naively use the output instead
//!   (`tanh' = 1 - y²`, so `tanh'(1000) = 0`, not NaN), or divide before
//!   multiplying (`atan2`, `hypot`, `acosh`, `asinh`), so the partial stays
//!   finite wherever the true derivative is; infinite *inputs* may still
//!   give NaN partials (`hypot(∞, 1)`).
//!
//! Outside a function's domain (`ln` of a negative number, `atanh(2)`) the
//! primal is NaN already; the partial is whatever the derivative formula
//! gives there, NaN or not.
//!
//! Every rule body is built from float arithmetic, float methods and
//! `if`/`else` on comparisons, and every rule is itself `#[differentiate]`d:
//! next to `sin` stands `sin_jvp`, the forward mode of the rule, generated
//! from the same table. Second derivatives (Hessian-vector products, forward
//! mode over reverse mode) use it, so no second rule set exists. Generated
//! code calls a rule and its `NAME_jvp` and nothing else, so the rules are
//! annotated `#[differentiate(crate = "crate", only(jvp))]`, an internal
//! option of the macro that generates `NAME_jvp` alone (no `NAME_vjp`,
//! `NAME_grad` or calling adapters), which keeps the runtime quick to
//! build.

/// Emits the rules of [`define_rules!`]'s table for one float type, and from
/// the same table, for tools that need the float methods by name (the
/// macro's test interpreter, the check that the macro's own table of
/// methods agrees with the rules), [`NAMES`](f64::NAMES),
/// [`primal_by_name`](f64::primal_by_name) and
/// [`partials_by_name`](f64::partials_by_name).
///
/// Every rule gets `#[inline]`, `#[must_use]` and
/// `#[differentiate(crate = "crate", only(jvp))]`: generated code calls the
/// rule and its `NAME_jvp` only.
macro_rules! rule_items {
    (
        $F:ident;
        unary { $($(#[$ua:meta])* pub fn $u:ident $uparams:tt -> $uret:tt $ubody:block)* }
        exponent { $($(#[$ea:meta])* pub fn $e:ident $eparams:tt -> $eret:tt $ebody:block)* }
        binary { $($(#[$ba:meta])* pub fn $b:ident $bparams:tt -> $bret:tt $bbody:block)* }
        ternary { $($(#[$ta:meta])* pub fn $t:ident $tparams:tt -> $tret:tt $tbody:block)* }
    ) => {
        $(
            $(#[$ua])*
            #[inline]
            #[must_use]
            #[autodiff_macro::differentiate(crate = "crate", only(jvp))]
            pub fn $u $uparams -> $uret $ubody
        )*
        $(
            $(#[$ea])*
            #[inline]
            #[must_use]
            #[autodiff_macro::differentiate(crate = "crate", only(jvp))]
            pub fn $e $eparams -> $eret $ebody
        )*
        $(
            $(#[$ba])*
            #[inline]
            #[must_use]
            #[autodiff_macro::differentiate(crate = "crate", only(jvp))]
            pub fn $b $bparams -> $bret $bbody
        )*
        $(
            $(#[$ta])*
            #[inline]
            #[must_use]
            #[autodiff_macro::differentiate(crate = "crate", only(jvp))]
            pub fn $t $tparams -> $tret $tbody
        )*

        /// This module's rules as an implementation of
        /// [`RuleSet`](super::RuleSet), through which code generic over a
        /// [`Real`](crate::Real) type reaches them (`<T as Real>::Rules`).
        #[doc(hidden)]
        #[derive(Clone, Copy, Debug)]
        pub struct Rules;

        impl super::RuleSet<$F> for Rules {
            $(#[inline] fn $u(x: $F, y: $F) -> $F { $u(x, y) })*
            $(#[inline] fn $e(x: $F, n: i32, y: $F) -> $F { $e(x, n, y) })*
            $(#[inline] fn $b(a: $F, b: $F, y: $F) -> ($F, $F) { $b(a, b, y) })*
            $(#[inline] fn $t(a: $F, b: $F, c: $F, y: $F) -> ($F, $F, $F) { $t(a, b, c, y) })*
        }

        autodiff_macro::__rule_jvps! {
            $F;
            unary { $($u)* }
            exponent { $($e)* }
            binary { $($b)* }
            ternary { $($t)* }
        }

        /// Every rule of this module, as `(name, float arity)`: the name of
        /// the method and of its rule, and the number of float arguments of
        /// the method (receiver included), which is the number of partials
        /// the rule returns. `powi`'s `i32` exponent is not counted.
        ///
        /// Not part of the public API: for the macro's tests, which check
        /// the macro's table of methods against it and evaluate methods and
        /// rules by name through [`primal_by_name`] and
        /// [`partials_by_name`].
        #[doc(hidden)]
        pub const NAMES: &[(&str, usize)] = &[
            $((stringify!($u), 1),)*
            $((stringify!($e), 1),)*
            $((stringify!($b), 2),)*
            $((stringify!($t), 3),)*
        ];

        /// The std method `name` applied to `args` (receiver first, floats
        /// only; `n` is the exponent of `powi` and ignored otherwise).
        /// `None` for a name not in [`NAMES`], a number of floats that is
        /// not the method's, or where std would panic (`clamp` unless
        /// `lo <= hi`).
        ///
        /// Not part of the public API: see [`NAMES`]. Generic over the
        /// name's type only so that it is compiled in the crates that call
        /// it (the macro's tests) rather than in every build of the runtime,
        /// where the two dispatchers, calling every std method, would add
        /// about 0.1 s (a fifth of the build).
        #[doc(hidden)]
        #[must_use]
        pub fn primal_by_name<S: AsRef<str> + ?Sized>(
            name: &S,
            args: &[$F],
            n: i32,
        ) -> Option<$F> {
            let name = name.as_ref();
            // By arity, then by name: a known name with the wrong number of
            // floats falls through to `None` like an unknown one.
            match *args {
                [x] => match name {
                    $(stringify!($u) => Some(x.$u()),)*
                    $(stringify!($e) => Some(x.$e(n)),)*
                    _ => None,
                },
                [a, b] => match name {
                    $(stringify!($b) => Some(a.$b(b)),)*
                    _ => None,
                },
                // std's clamp asserts lo <= hi, which a NaN bound fails too.
                [_, lo, hi]
                    if name == "clamp"
                        && lo.partial_cmp(&hi).is_none_or(::core::cmp::Ordering::is_gt) =>
                {
                    None
                }
                [a, b, c] => match name {
                    $(stringify!($t) => Some(a.$t(b, c)),)*
                    _ => None,
                },
                _ => None,
            }
        }

        /// The rule `name` at `args` (receiver first, floats only; `n` is
        /// the exponent of `powi` and ignored otherwise) with the method's
        /// output `y`: its partials, one per float argument, in order.
        /// `None` for a name not in [`NAMES`] or a number of floats that is
        /// not the method's. Like the rules, never panics.
        ///
        /// Not part of the public API: see [`NAMES`]; generic for the
        /// reason given at [`primal_by_name`].
        #[doc(hidden)]
        #[must_use]
        pub fn partials_by_name<S: AsRef<str> + ?Sized>(
            name: &S,
            args: &[$F],
            n: i32,
            y: $F,
        ) -> Option<::std::vec::Vec<$F>> {
            let name = name.as_ref();
            // As in `primal_by_name`: by arity, then by name.
            match *args {
                [x] => match name {
                    $(stringify!($u) => Some(::std::vec![$u(x, y)]),)*
                    $(stringify!($e) => Some(::std::vec![$e(x, n, y)]),)*
                    _ => None,
                },
                [a, b] => match name {
                    $(stringify!($b) => {
                        let (da, db) = $b(a, b, y);
                        Some(::std::vec![da, db])
                    })*
                    _ => None,
                },
                [a, b, c] => match name {
                    $(stringify!($t) => {
                        let (da, db, dc) = $t(a, b, c, y);
                        Some(::std::vec![da, db, dc])
                    })*
                    _ => None,
                },
                _ => None,
            }
        }
    };
}

/// The rule table, written once for any float type `$F`: every rule, grouped
/// by what its method takes, so that `rule_items!` can also generate the
/// list of rules and the dispatchers by name from it. This table is the one
/// declaration of the float methods that have a derivative; the macro's
/// `math::METHODS` is checked against it by a test in the macro crate.
macro_rules! define_rules {
    ($F:ident) => {
        define_rules!(@with rule_items, $F);
    };
    (@with $target:ident, $F:ident) => {
        $target! {
            $F;
            // One float: `rule(x, y) -> ∂y/∂x`.
            unary {
                /// `sin' = cos x`.
                pub fn sin(x: $F, _y: $F) -> $F {
                    x.cos()
                }

                /// `cos' = -sin x`.
                pub fn cos(x: $F, _y: $F) -> $F {
                    -x.sin()
                }

                /// `tan' = 1 + y²`.
                pub fn tan(_x: $F, y: $F) -> $F {
                    1.0 + y * y
                }

                /// `asin' = 1 / √(1 - x²)`; `+∞` at `x = ±1`, NaN outside `[-1, 1]`.
                pub fn asin(x: $F, _y: $F) -> $F {
                    // (1 - x)(1 + x) keeps the relative precision of 1 - x² near ±1.
                    1.0 / ((1.0 - x) * (1.0 + x)).sqrt()
                }

                /// `acos' = -1 / √(1 - x²)`; `-∞` at `x = ±1`, NaN outside `[-1, 1]`.
                pub fn acos(x: $F, _y: $F) -> $F {
                    -1.0 / ((1.0 - x) * (1.0 + x)).sqrt()
                }

                /// `atan' = 1 / (1 + x²)`.
                pub fn atan(x: $F, _y: $F) -> $F {
                    1.0 / (1.0 + x * x)
                }

                /// `sinh' = cosh x`.
                pub fn sinh(x: $F, _y: $F) -> $F {
                    x.cosh()
                }

                /// `cosh' = sinh x`.
                pub fn cosh(x: $F, _y: $F) -> $F {
                    x.sinh()
                }

                /// `tanh' = 1 - y²`; 0, not NaN, once `cosh x` would overflow.
                pub fn tanh(_x: $F, y: $F) -> $F {
                    1.0 - y * y
                }

                /// `asinh' = 1 / √(x² + 1)`, computed as `1 / hypot(x, 1)`.
                pub fn asinh(x: $F, _y: $F) -> $F {
                    // x² overflows long before hypot does.
                    1.0 / x.hypot(1.0)
                }

                /// `acosh' = 1 / √(x² - 1)`, computed as `1 / (√(x - 1) √(x + 1))`;
                /// `+∞` at `x = 1`, NaN below.
                pub fn acosh(x: $F, _y: $F) -> $F {
                    // Two roots instead of √(x² - 1): no overflow and no cancellation.
                    1.0 / ((x - 1.0).sqrt() * (x + 1.0).sqrt())
                }

                /// `atanh' = 1 / (1 - x²)`; `+∞` at `x = ±1`.
                pub fn atanh(x: $F, _y: $F) -> $F {
                    1.0 / ((1.0 - x) * (1.0 + x))
                }

                /// `exp' = y`.
                pub fn exp(_x: $F, y: $F) -> $F {
                    y
                }

                /// `exp2' = y · ln 2`.
                pub fn exp2(_x: $F, y: $F) -> $F {
                    y * ::core::$F::consts::LN_2
                }

                /// `exp_m1' = eˣ = y + 1`.
                pub fn exp_m1(_x: $F, y: $F) -> $F {
                    y + 1.0
                }

                /// `ln' = 1 / x`.
                pub fn ln(x: $F, _y: $F) -> $F {
                    1.0 / x
                }

                /// `log2' = 1 / (x ln 2)`.
                pub fn log2(x: $F, _y: $F) -> $F {
                    1.0 / (x * ::core::$F::consts::LN_2)
                }

                /// `log10' = 1 / (x ln 10)`.
                pub fn log10(x: $F, _y: $F) -> $F {
                    1.0 / (x * ::core::$F::consts::LN_10)
                }

                /// `ln_1p' = 1 / (1 + x)`.
                pub fn ln_1p(x: $F, _y: $F) -> $F {
                    1.0 / (1.0 + x)
                }

                /// `sqrt' = 1 / (2y)`; `+∞` at both `0.0` and `-0.0`.
                pub fn sqrt(_x: $F, y: $F) -> $F {
                    // sqrt(-0.0) is -0.0, and 0.5 / -0.0 would be -∞.
                    if y == 0.0 { $F::INFINITY } else { 0.5 / y }
                }

                /// `cbrt' = 1 / (3y²)`; `+∞` at 0.
                pub fn cbrt(_x: $F, y: $F) -> $F {
                    1.0 / (3.0 * y * y)
                }

                /// `abs' = signum x`, except `abs'(0) = 0`; NaN at NaN.
                pub fn abs(x: $F, _y: $F) -> $F {
                    // The subgradient 0 keeps optimisers at rest at the minimum.
                    if x == 0.0 { 0.0 } else { x.signum() }
                }

                /// `recip' = -1 / x² = -y²`.
                pub fn recip(_x: $F, y: $F) -> $F {
                    -(y * y)
                }

                /// `floor' = 0`, including at the jumps.
                pub fn floor(_x: $F, _y: $F) -> $F {
                    0.0
                }

                /// `ceil' = 0`, including at the jumps.
                pub fn ceil(_x: $F, _y: $F) -> $F {
                    0.0
                }

                /// `round' = 0`, including at the jumps.
                pub fn round(_x: $F, _y: $F) -> $F {
                    0.0
                }

                /// `trunc' = 0`, including at the jumps.
                pub fn trunc(_x: $F, _y: $F) -> $F {
                    0.0
                }

                /// `signum' = 0`, including at the jump.
                pub fn signum(_x: $F, _y: $F) -> $F {
                    0.0
                }

                /// `fract' = 1`: `fract x = x - trunc x` and `trunc' = 0`.
                pub fn fract(_x: $F, _y: $F) -> $F {
                    1.0
                }

                /// `to_degrees' = 180 / π`.
                pub fn to_degrees(_x: $F, _y: $F) -> $F {
                    180.0 / ::core::$F::consts::PI
                }

                /// `to_radians' = π / 180`.
                pub fn to_radians(_x: $F, _y: $F) -> $F {
                    ::core::$F::consts::PI / 180.0
                }

                /// `round_ties_even' = 0`, including at the jumps.
                pub fn round_ties_even(_x: $F, _y: $F) -> $F {
                    0.0
                }
            }
            // A float and an `i32` exponent: `rule(x, n, y) -> ∂y/∂x`.
            exponent {
                /// `∂/∂x xⁿ = n xⁿ⁻¹`, and 0 for `n = 0` (even at `x = 0`).
                pub fn powi(x: $F, n: i32, _y: $F) -> $F {
                    if n == 0 {
                        // 0 · 0⁻¹ would be NaN; x⁰ is constant.
                        0.0
                    } else if n == i32::MIN {
                        // n - 1 overflows i32; xⁿ / x has the right sign and magnitude.
                        (n as $F) * (x.powi(n) / x)
                    } else {
                        (n as $F) * x.powi(n - 1)
                    }
                }
            }
            // Two floats: `rule(a, b, y) -> (∂y/∂a, ∂y/∂b)`.
            binary {
                /// `(∂/∂x, ∂/∂p) xᵖ = (p xᵖ⁻¹, y ln x)`, with `∂/∂p = 0` at `x = 0`
                /// and `∂/∂x = 0` for `p = 0`.
                pub fn powf(x: $F, p: $F, y: $F) -> ($F, $F) {
                    // No division by x: p xᵖ⁻¹ is finite at x = 0 for p ≥ 1.
                    let dx = if p == 0.0 { 0.0 } else { p * x.powf(p - 1.0) };
                    // y ln x is 0 · (-∞) = NaN at x = 0; the limit from the right
                    // is 0 for p > 0.
                    let dp = if x == 0.0 { 0.0 } else { y * x.ln() };
                    (dx, dp)
                }

                /// `(∂/∂x, ∂/∂base) x.log(base) = (1 / (x ln base), -y / (base ln base))`.
                pub fn log(x: $F, base: $F, y: $F) -> ($F, $F) {
                    // -y / (base ln base) equals -ln x / (base ln² base) without
                    // squaring ln base.
                    let ln_base = base.ln();
                    (1.0 / (x * ln_base), -y / (base * ln_base))
                }

                /// `(∂/∂a, ∂/∂b) a.atan2(b) = (b / h², -a / h²)` with `h = hypot(a, b)`;
                /// `(0, 0)` at the origin.
                pub fn atan2(a: $F, b: $F, _y: $F) -> ($F, $F) {
                    // Dividing by h twice instead of by a² + b² avoids overflow for
                    // large and underflow for tiny arguments.
                    let h = a.hypot(b);
                    if h == 0.0 {
                        (0.0, 0.0)
                    } else {
                        (b / h / h, -a / h / h)
                    }
                }

                /// `(∂/∂a, ∂/∂b) hypot(a, b) = (a / y, b / y)`; `(0, 0)` at the origin.
                pub fn hypot(a: $F, b: $F, y: $F) -> ($F, $F) {
                    if y == 0.0 { (0.0, 0.0) } else { (a / y, b / y) }
                }

                /// Partials of `a.max(b)`: 1 for the argument that was returned,
                /// `(0.5, 0.5)` when `a == b`.
                pub fn max(a: $F, b: $F, y: $F) -> ($F, $F) {
                    // Comparing with y rather than a with b follows std's choice
                    // when one argument is NaN.
                    if a == b {
                        (0.5, 0.5)
                    } else if y == a {
                        (1.0, 0.0)
                    } else {
                        (0.0, 1.0)
                    }
                }

                /// Partials of `a.min(b)`: 1 for the argument that was returned,
                /// `(0.5, 0.5)` when `a == b`.
                pub fn min(a: $F, b: $F, y: $F) -> ($F, $F) {
                    if a == b {
                        (0.5, 0.5)
                    } else if y == a {
                        (1.0, 0.0)
                    } else {
                        (0.0, 1.0)
                    }
                }
                /// Partials of `x.copysign(sign) = |x| · ±1`: `(±signum x, 0)`, with
                /// `abs`'s `0` at `x = 0`; the sign is piecewise constant.
                pub fn copysign(x: $F, _sign: $F, y: $F) -> ($F, $F) {
                    // y has the magnitude of x and the sign of `sign`.
                    let dx = if x == 0.0 { 0.0 } else { x.signum() * y.signum() };
                    (dx, 0.0)
                }

                /// Partials of `x.rem_euclid(m) = x - m · x.div_euclid(m)`:
                /// `(1, -x.div_euclid(m))`, the quotient being piecewise constant.
                pub fn rem_euclid(x: $F, m: $F, _y: $F) -> ($F, $F) {
                    (1.0, -x.div_euclid(m))
                }

                /// `div_euclid` is piecewise constant: `(0, 0)`, including at the
                /// jumps.
                pub fn div_euclid(_x: $F, _m: $F, _y: $F) -> ($F, $F) {
                    (0.0, 0.0)
                }

                /// `(∂/∂a, ∂/∂b) a.midpoint(b) = (1/2, 1/2)`.
                pub fn midpoint(_a: $F, _b: $F, _y: $F) -> ($F, $F) {
                    (0.5, 0.5)
                }
            }
            // Three floats: `rule(a, b, c, y) -> (∂y/∂a, ∂y/∂b, ∂y/∂c)`.
            ternary {
                /// `(∂/∂a, ∂/∂b, ∂/∂c) (a b + c) = (b, a, 1)`.
                pub fn mul_add(a: $F, b: $F, _c: $F, _y: $F) -> ($F, $F, $F) {
                    (b, a, 1.0)
                }

                /// Partials of `x.clamp(lo, hi)`, taken as `min(max(x, lo), hi)`
                /// with the `0.5` splits of [`max`] and [`min`] at ties; a NaN `x`
                /// gets `(1, 0, 0)` because std's `clamp` returns it unchanged.
                pub fn clamp(x: $F, lo: $F, hi: $F, _y: $F) -> ($F, $F, $F) {
                    // Share of max(x, lo) owed to x. Testing `x < lo` rather than
                    // `x > lo` sends a NaN x down the pass-through branch.
                    let x_share = if x == lo {
                        0.5
                    } else if x < lo {
                        0.0
                    } else {
                        1.0
                    };
                    let m = if x < lo { lo } else { x };
                    // Share of min(m, hi) owed to m.
                    let m_share = if m == hi {
                        0.5
                    } else if m > hi {
                        0.0
                    } else {
                        1.0
                    };
                    (m_share * x_share, m_share * (1.0 - x_share), 1.0 - m_share)
                }
            }
        }
    };
}

/// Declares [`RuleSet`] from the rule table: one associated function per
/// rule, with the signature its group gives it.
macro_rules! rule_set_trait {
    (
        $F:ident;
        unary { $($(#[$ua:meta])* pub fn $u:ident $uparams:tt -> $uret:tt $ubody:block)* }
        exponent { $($(#[$ea:meta])* pub fn $e:ident $eparams:tt -> $eret:tt $ebody:block)* }
        binary { $($(#[$ba:meta])* pub fn $b:ident $bparams:tt -> $bret:tt $bbody:block)* }
        ternary { $($(#[$ta:meta])* pub fn $t:ident $tparams:tt -> $tret:tt $tbody:block)* }
    ) => {
        /// The rules of one float type `F` (the [`f64`](mod@f64) or
        /// [`f32`](mod@f32) module's), as associated functions: code
        /// generic over `T: Real` calls
        /// `<<T as Real>::Rules as RuleSet<T>>::sin(x, y)`, so the rules
        /// themselves exist once per float type and nowhere else.
        ///
        /// Not part of the public API.
        #[doc(hidden)]
        pub trait RuleSet<$F> {
            $(#[doc(hidden)] fn $u(x: $F, y: $F) -> $F;)*
            $(#[doc(hidden)] fn $e(x: $F, n: i32, y: $F) -> $F;)*
            $(#[doc(hidden)] fn $b(a: $F, b: $F, y: $F) -> ($F, $F);)*
            $(#[doc(hidden)] fn $t(a: $F, b: $F, c: $F, y: $F) -> ($F, $F, $F);)*
        }

        /// The forward modes of the rules of [`RuleSet`] (each rule's
        /// generated `NAME_jvp`), under the rules' own names: the partials
        /// and their tangents, for Hessians of generic code.
        ///
        /// Not part of the public API.
        #[doc(hidden)]
        pub trait RuleJvps<$F> {
            $(#[doc(hidden)] fn $u(x: $F, y: $F, dx: $F, dy: $F) -> ($F, $F);)*
            $(#[doc(hidden)] fn $e(x: $F, n: i32, y: $F, dx: $F, dy: $F) -> ($F, $F);)*
            $(#[doc(hidden)] fn $b(a: $F, b: $F, y: $F, da: $F, db: $F, dy: $F) -> (($F, $F), ($F, $F));)*
            $(
            #[doc(hidden)]
            #[allow(clippy::too_many_arguments)]
            fn $t(
                a: $F, b: $F, c: $F, y: $F, da: $F, db: $F, dc: $F, dy: $F,
            ) -> (($F, $F, $F), ($F, $F, $F));)*
        }
    };
}

define_rules!(@with rule_set_trait, F);

/// Rules for `f64` methods.
///
/// ```
/// use autodiff_runtime::rules;
///
/// let x = 2.0_f64;
/// assert_eq!(rules::f64::exp(x, x.exp()), x.exp());
/// assert_eq!(rules::f64::max(x, x, x), (0.5, 0.5));
/// ```
pub mod f64 {
    define_rules!(f64);
}

/// Rules for `f32` methods, identical to those in [`f64`](mod@f64).
///
/// ```
/// use autodiff_runtime::rules;
///
/// let x = 0.25_f32;
/// assert_eq!(rules::f32::sqrt(x, x.sqrt()), 1.0);
/// assert_eq!(rules::f32::abs(0.0, 0.0), 0.0);
/// ```
pub mod f32 {
    define_rules!(f32);
}
