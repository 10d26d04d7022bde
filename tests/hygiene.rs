//! Hygiene (issue 8): user code whose names look like the macro's own —
//! variables named like generated bindings, parameters named like the seed
//! or the tangents, locals named like float methods, items that shadow
//! prelude and crate names, functions in nested modules, methods of generic
//! `impl` blocks — compiles and gets the right gradients, each derived by
//! hand in the comment next to it.
//!
//! A function already named `f_grad` next to `f` is a compile-fail case,
//! `tests/ui/existing_grad_name.rs`: rustc reports the duplicate
//! definition, pointing at both.
//!
//! Known gaps (not tested here because they do not compile; see the issue
//! note): a user *constant, static or unit struct* in scope whose name is
//! one the generated code binds (`const d_out: f64`, `static x_0: f64`,
//! `struct x_0;`, `const tape_0: f64`) turns a generated `let` or parameter
//! into a pattern that refers to that item (E0005/E0530/E0308): patterns
//! resolve item names at the call site even under `Span::mixed_site()`.

#![allow(clippy::all)]

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Formulas derived by hand and the generated code associate sums
/// differently: a few ulps.
const HAND: f64 = 1e-12;

// ---------------------------------------------------------------------------
// Variables named like generated ones.

/// Locals named like the emitter's bindings (`x_0`, `t_5`), its loop
/// temporaries (`next_0`), its tapes (`tape`, `tape_0`), the reverse pass's
/// adjoints (`__adj_x`, `d_x`), the seed (`d_out`) and the markers of
/// constant expressions (`__autodiff_input_0`), read and written in a loop
/// (tapes, carried state) and an `if`.
#[differentiate]
fn generated_names(x: f64, y: f64) -> f64 {
    let __adj_x = x * y;
    let d_out = __adj_x + x;
    let mut tape = 0.0;
    let mut tape_0 = 1.0;
    let x_0 = x.sin();
    let t_5 = y * y;
    let mut next_0 = 0.0;
    let d_x = x_0 * t_5;
    let __autodiff_input_0 = 2.0;
    for i in 0..3 {
        tape += d_out * (i as f64);
        tape_0 *= x_0;
        next_0 = next_0 + tape_0 * __autodiff_input_0;
    }
    if d_x > 0.0 {
        tape + next_0 + d_x
    } else {
        tape - next_0 - d_x
    }
}

#[test]
fn variables_named_like_generated_ones() {
    let (x, y) = (0.7_f64, 1.3_f64);
    let (s, c) = (x.sin(), x.cos());
    // d_x > 0 here, so f = 3(xy + x) + 2(s + s² + s³) + s y² with s = sin x:
    // df/dx = 3(y + 1) + 2(1 + 2s + 3s²) cos x + y² cos x, df/dy = 3x + 2sy.
    let value = 3.0 * (x * y + x) + 2.0 * (s + s * s + s * s * s) + s * y * y;
    let dx = 3.0 * (y + 1.0) + 2.0 * (1.0 + 2.0 * s + 3.0 * s * s) * c + y * y * c;
    let dy = 3.0 * x + 2.0 * s * y;
    let (v, (gx, gy)) = generated_names_grad(x, y);
    assert_relative_eq!(v, value, max_relative = HAND);
    assert_eq!(v, generated_names(x, y));
    assert_relative_eq!(gx, dx, max_relative = HAND);
    assert_relative_eq!(gy, dy, max_relative = HAND);
    let (_, t) = generated_names_jvp(x, y, 1.0, 0.0);
    assert_relative_eq!(t, dx, max_relative = HAND);
    let (_, t) = generated_names_jvp(x, y, 0.0, 1.0);
    assert_relative_eq!(t, dy, max_relative = HAND);
    // The other branch: d_x < 0 for x < 0.
    let (x, y) = (-0.4_f64, 0.9_f64);
    let (_, g) = generated_names_grad(x, y);
    let f = |p: &[f64]| generated_names(p[0], p[1]);
    check_gradient(f, &[x, y], &[g.0, g.1], 1e-6).unwrap();
}

// ---------------------------------------------------------------------------
// Parameters named like the seed and the tangents.

/// `d_out` is the default name of `_vjp`'s seed and `d_x` that of `_jvp`'s
/// tangent for `x`: the companions pick other names (`d_out_`, `d_x_`).
#[differentiate]
fn seed_and_tangent_names(x: f64, d_out: f64, d_x: f64) -> f64 {
    x * d_out + d_x * d_x
}

#[test]
fn parameters_named_like_the_seed_and_the_tangents() {
    let (x, d_out, d_x) = (2.0, 3.0, 5.0);
    // f = x d_out + d_x²: gradient (d_out, x, 2 d_x) = (3, 2, 10).
    let (v, g) = seed_and_tangent_names_grad(x, d_out, d_x);
    assert_eq!(v, 31.0);
    assert_eq!(g, (3.0, 2.0, 10.0));
    // Seed 2 doubles the gradient.
    let (_, g) = seed_and_tangent_names_vjp(x, d_out, d_x, 2.0);
    assert_eq!(g, (6.0, 4.0, 20.0));
    // Tangents (1, 10, 100): 3 + 20 + 1000.
    let (_, t) = seed_and_tangent_names_jvp(x, d_out, d_x, 1.0, 10.0, 100.0);
    assert_eq!(t, 1023.0);
}

/// A parameter named like the seed of a function with a tuple result.
#[differentiate]
fn seed_name_with_tuple_result(d_out: f64, y: f64) -> (f64, f64) {
    (d_out * y, d_out + y)
}

#[test]
fn parameter_named_like_the_seed_of_a_tuple_result() {
    // J = [[y, d_out], [1, 1]]; seed (s0, s1) gives (s0 y + s1, s0 d_out + s1).
    let (v, g) = seed_name_with_tuple_result_vjp(2.0, 3.0, (1.0, 10.0));
    assert_eq!(v, (6.0, 5.0));
    assert_eq!(g, (13.0, 12.0));
}

// ---------------------------------------------------------------------------
// Locals named like float methods and like the math functions' paths.

#[differentiate]
fn math_names(x: f64) -> f64 {
    let sin = x.sin();
    let exp = sin.exp();
    let ln = exp.ln();
    let sqrt = (ln * ln + 1.0).sqrt();
    let cos = f64::cos(sin);
    sqrt + cos
}

#[test]
fn locals_named_like_math_functions() {
    let x = 0.8_f64;
    // ln(exp(sin x)) = sin x = s: f = √(s² + 1) + cos s,
    // f' = (s / √(s² + 1) − sin s) cos x.
    let s = x.sin();
    let expected = (s / (s * s + 1.0).sqrt() - s.sin()) * x.cos();
    let (v, g) = math_names_grad(x);
    assert_eq!(v, math_names(x));
    assert_relative_eq!(g, expected, max_relative = HAND);
    assert_relative_eq!(math_names_jvp(x, 1.0).1, expected, max_relative = HAND);
}

// ---------------------------------------------------------------------------
// Items that shadow prelude names and the crates generated code uses.

mod shadowed_prelude {
    #![allow(non_camel_case_types, dead_code)]

    // Generated code names `::core`, `::std` and `::autodiff` by absolute
    // paths, its floats `::core::primitive::f64`, so none of these capture
    // anything.
    mod core {}
    mod std {}
    mod autodiff {}
    struct Vec;
    struct Option;
    struct Some;
    struct Default;
    struct Tape;
    struct f32;
    fn drop() {}
    fn accumulate() {}
    trait Iterator {}

    /// Arrays, a slice, a loop (tape, zeros of a `Vec`), a float method.
    #[::autodiff::differentiate]
    pub fn weighted(x: &[f64; 3], v: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..3 {
            s += x[i] * x[i] * v[i].sin();
        }
        s
    }
}

#[test]
fn items_shadowing_prelude_and_crate_names() {
    let (x, v) = ([1.0, -2.0, 0.5], vec![0.3, 0.7, -1.1]);
    // f = Σ xᵢ² sin vᵢ: ∂/∂xᵢ = 2 xᵢ sin vᵢ, ∂/∂vᵢ = xᵢ² cos vᵢ.
    let (value, (gx, gv)) = shadowed_prelude::weighted_grad(&x, &v);
    assert_eq!(value, shadowed_prelude::weighted(&x, &v));
    for i in 0..3 {
        assert_relative_eq!(gx[i], 2.0 * x[i] * v[i].sin(), max_relative = HAND);
        assert_relative_eq!(gv[i], x[i] * x[i] * v[i].cos(), max_relative = HAND);
    }
    let (_, t) = shadowed_prelude::weighted_jvp(&x, &v, &[1.0, 0.0, 0.0], &[0.0, 0.0, 1.0]);
    assert_relative_eq!(t, gx[0] + gv[2], max_relative = HAND);
}

// ---------------------------------------------------------------------------
// Nested modules.

mod outer {
    pub mod inner {
        use autodiff::differentiate;

        #[differentiate]
        pub fn g(x: f64, y: f64) -> f64 {
            x.powi(3) * y
        }

        /// Calls a differentiated function of the parent module.
        #[differentiate]
        pub fn h(x: f64) -> f64 {
            super::sibling::k(x) + g(x, 2.0)
        }
    }

    pub mod sibling {
        use autodiff::differentiate;

        #[differentiate]
        pub fn k(x: f64) -> f64 {
            x.exp()
        }
    }
}

#[test]
fn functions_in_nested_modules() {
    // g = x³ y = 12 at (2, 1.5); gradient (3x² y, x³) = (18, 8).
    let (v, (gx, gy)) = outer::inner::g_grad(2.0, 1.5);
    assert_eq!(v, 12.0);
    assert_eq!((gx, gy), (18.0, 8.0));
    // h = eˣ + 2x³: h' = eˣ + 6x².
    let x = 0.5_f64;
    let (_, d) = outer::inner::h_grad(x);
    assert_relative_eq!(d, x.exp() + 6.0 * x * x, max_relative = HAND);
    assert_relative_eq!(outer::inner::h_jvp(x, 1.0).1, d, max_relative = HAND);
}

// ---------------------------------------------------------------------------
// Methods of generic impl blocks.

struct Scaled<T> {
    k: f64,
    tag: ::std::marker::PhantomData<T>,
}

impl<T> Scaled<T> {
    fn new(k: f64) -> Self {
        Scaled {
            k,
            tag: ::std::marker::PhantomData,
        }
    }

    /// A method reading a field of `self` (a constant).
    #[differentiate]
    fn energy(&self, x: f64, y: f64) -> f64 {
        self.k * x * x * y
    }

    /// Calls another differentiated method of the same generic impl.
    #[differentiate]
    fn doubled(&self, x: f64) -> f64 {
        2.0 * self.energy(x, x)
    }
}

/// A generic impl with a bound, and a trait method as a constant.
struct Weights<T> {
    w: T,
}

impl<T: Copy + Into<f64>> Weights<T> {
    #[differentiate]
    fn weighted(&self, x: f64) -> f64 {
        let w: f64 = self.w.into();
        w * x.sin()
    }
}

#[test]
fn methods_of_generic_impl_blocks() {
    let s: Scaled<u8> = Scaled::new(3.0);
    // k x² y: (2kxy, kx²) = (2·3·2·5, 3·4) = (60, 12).
    let (v, g) = s.energy_grad(2.0, 5.0);
    assert_eq!(v, 60.0);
    assert_eq!(g, (60.0, 12.0));
    assert_eq!(s.energy_jvp(2.0, 5.0, 1.0, 1.0).1, 72.0);
    // 2k x³: 6k x² = 72 at x = 2.
    let (v, d) = s.doubled_grad(2.0);
    assert_eq!(v, 48.0);
    assert_eq!(d, 72.0);
    let _ = s.tag;

    let w = Weights { w: 4.0_f32 };
    let x = 0.3_f64;
    let (_, d) = w.weighted_grad(x);
    assert_relative_eq!(d, 4.0 * x.cos(), max_relative = HAND);
}
