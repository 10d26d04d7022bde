//! Exact derivatives of ordinary numeric Rust code, generated at compile
//! time.
//!
//! Put `#[differentiate]` on a function of floats and the macro writes its
//! derivatives next to it, as plain Rust: no tape of boxed nodes, no
//! dual-number type in your code, no nightly toolchain.
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[differentiate]
//! fn f(x1: f64, x2: f64) -> f64 {
//!     x1.ln() + x1 * x2 - x2.sin()
//! }
//!
//! let y = f(2.0, 5.0);                             // the original, untouched
//! let (y1, (dx1, dx2)) = f_grad(2.0, 5.0);         // reverse mode, seed 1
//! assert_eq!(y, y1);
//! assert!((dx1 - 5.5).abs() < 1e-12);              // 1/x1 + x2
//! assert!((dx2 - (2.0 - 5.0_f64.cos())).abs() < 1e-12); // x1 − cos x2
//!
//! let (_, (gx1, _)) = f_vjp(2.0, 5.0, 2.0);        // reverse mode, seed 2
//! assert!((gx1 - 11.0).abs() < 1e-12);
//!
//! let (_, dy) = f_jvp(2.0, 5.0, 1.0, 0.0);         // forward mode along x1
//! assert!((dy - dx1).abs() < 1e-12);
//! ```
//!
//! The rest of this page is a tour: [what is generated](#what-is-generated),
//! [what a body may contain](#what-a-body-may-contain),
//! [loops and the tape](#loops-and-the-tape),
//! [calls and custom rules](#calls-and-custom-rules),
//! [checking and Jacobians](#checking-gradients-and-building-jacobians),
//! [cost](#cost) and [limits](#limits).
//!
//! # What is generated
//!
//! For `fn NAME(params) -> R`, with the original's visibility, in the same
//! module or `impl` block, and the original left unchanged:
//!
//! | item | signature | |
//! |---|---|---|
//! | `NAME_grad` | `(params) -> (R, G)` | when `R` is a float: value and gradient, one reverse sweep |
//! | `NAME_vjp` | `(params, d_out: R) -> (R, G)` | reverse mode with an output seed (a vector-Jacobian product) |
//! | `NAME_vjp_into` | `(params, d_out: R, grads) -> R` | the same, the gradient added into buffers the caller owns |
//! | `NAME_jvp` | `(params, one tangent per differentiable param) -> (R, R)` | forward mode: value and directional derivative |
//!
//! `G` is the gradient with respect to the differentiable parameters, in
//! parameter order: the gradient itself for one parameter, a tuple for
//! several. Differentiable parameters are `f64` and `f32` (also `&f64`),
//! arrays and nested arrays of them, `&[f64; N]`, `&[f64]`, `&Vec<f64>`, and
//! tuples of these (`(f64, [f64; 2])`, `&(f64, f64)`). The gradient of an
//! `f64` or `&f64` is an `f64`, of a `[f64; N]` or `&[f64; N]` a `[f64; N]`,
//! of a `&[f64]` or `&Vec<f64>` a `Vec<f64>` of the same length, and of a
//! tuple a tuple of the same shape. A tangent for
//! `NAME_jvp` has its parameter's type. Every other parameter (integers,
//! `bool`, references to your own structs, `&self`) is a constant: it is
//! passed through and gets no gradient. `#[differentiate(wrt(a, b))]`
//! restricts differentiation to the named parameters.
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// Weighted sum of squares; only `x` and `scale` are differentiated.
//! #[differentiate(wrt(x, scale))]
//! fn weighted(x: &[f64], weights: &[f64], scale: f64) -> f64 {
//!     let mut sum = 0.0;
//!     for i in 0..x.len() {
//!         sum += weights[i] * x[i] * x[i];
//!     }
//!     scale * sum
//! }
//!
//! let (x, w) = (vec![1.0, 2.0, 3.0], vec![1.0, 0.5, 0.25]);
//! let (value, (dx, dscale)) = weighted_grad(&x, &w, 2.0);
//! assert_eq!(value, 2.0 * (1.0 + 2.0 + 2.25));
//! assert_eq!(dx, vec![4.0, 4.0, 3.0]);              // 2 · scale · wᵢ · xᵢ
//! assert_eq!(dscale, 5.25);
//!
//! // Forward mode: one tangent per differentiable parameter, of its type.
//! let (_, directional) = weighted_jvp(&x, &w, 2.0, &[1.0, 0.0, 0.0], 0.0);
//! assert_eq!(directional, dx[0]);
//! ```
//!
//! `NAME_vjp_into` adds the gradient into buffers the caller owns, one
//! `&mut` per differentiable parameter shaped like `G` (`&mut f64`,
//! `&mut [f64; N]`, `&mut [f64]` for a slice or `&Vec<f64>`, a tuple of
//! them for several parameters). It allocates nothing for the gradient,
//! only the tape of loop intermediates and the `Vec`s the function itself
//! builds, so an optimiser step reuses one buffer:
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[differentiate(wrt(w))]
//! fn loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
//!     let mut l = 0.0;
//!     for i in 0..xs.len() {
//!         let r = w[0] * xs[i] + w[1] - ys[i];
//!         l += r * r;
//!     }
//!     l
//! }
//!
//! let (xs, ys) = ([0.0, 1.0, 2.0], [1.0, 3.0, 5.0]);
//! let (mut w, mut g) = (vec![0.0; 2], vec![0.0; 2]);
//! for _ in 0..500 {
//!     g.fill(0.0); // the gradient is added, like PyTorch's `.grad`
//!     loss_vjp_into(&w, &xs, &ys, 1.0, &mut g);
//!     for (wi, gi) in w.iter_mut().zip(&g) {
//!         *wi -= 0.05 * gi;
//!     }
//! }
//! assert!((w[0] - 2.0).abs() < 1e-6 && (w[1] - 1.0).abs() < 1e-6);
//! ```
//!
//! Methods work the same way; fields of `self` are constants:
//!
//! ```
//! use autodiff::differentiate;
//!
//! struct Spring { k: f64, rest: f64 }
//!
//! impl Spring {
//!     #[differentiate]
//!     fn energy(&self, x: f64, y: f64) -> f64 {
//!         let stretch = x.hypot(y) - self.rest;
//!         0.5 * self.k * stretch * stretch
//!     }
//! }
//!
//! let spring = Spring { k: 3.0, rest: 1.0 };
//! let (e, (ex, ey)) = spring.energy_grad(3.0, 4.0);   // length 5, stretch 4
//! assert_eq!(e, 24.0);
//! assert!((ex - 3.0 * 4.0 * 0.6).abs() < 1e-12 && (ey - 3.0 * 4.0 * 0.8).abs() < 1e-12);
//! ```
//!
//! An associated function without `self`, and the methods of a trait
//! `impl`, need `#[differentiate]` on the `impl` block too (the attribute
//! on a function cannot see the `impl` around it); the companions of a
//! trait `impl` go into an inherent `impl` next to it:
//!
//! ```
//! use autodiff::differentiate;
//!
//! trait Potential { fn value(&self, x: &f64, p: (f64, f64)) -> f64; }
//! struct Well { depth: f64 }
//!
//! #[differentiate]
//! impl Potential for Well {
//!     #[differentiate]
//!     fn value(&self, x: &f64, p: (f64, f64)) -> f64 {
//!         -self.depth * (-(x * x) * p.0).exp() + p.1
//!     }
//! }
//!
//! #[differentiate]
//! impl Well {
//!     #[differentiate]
//!     fn unit(x: f64) -> f64 { Self::scale() * x * x }
//!     fn scale() -> f64 { 0.5 }
//! }
//!
//! let w = Well { depth: 2.0 };
//! let (_, (dx, (da, db))) = w.value_grad(&0.0, (1.0, 3.0));
//! assert_eq!((dx, da, db), (0.0, 0.0, 1.0));
//! assert_eq!(Well::unit_grad(2.0), (2.0, 2.0));
//! ```
//!
//! Results may be a float, an array or `Vec` of floats, or a tuple of those;
//! `NAME_vjp` then takes a seed of the result's type and `NAME_jvp` returns a
//! tangent of it (there is no `NAME_grad`, since a gradient needs a scalar).
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// Polar to Cartesian coordinates.
//! #[differentiate]
//! fn to_xy(r: f64, theta: f64) -> [f64; 2] {
//!     [r * theta.cos(), r * theta.sin()]
//! }
//!
//! // Gradient of the first output (seed [1, 0]); forward mode along theta.
//! let (xy, (dr, dtheta)) = to_xy_vjp(2.0, 0.0, [1.0, 0.0]);
//! assert_eq!((xy, dr, dtheta), ([2.0, 0.0], 1.0, 0.0));
//! let (_, velocity) = to_xy_jvp(2.0, 0.0, 0.0, 1.0);
//! assert_eq!(velocity, [0.0, 2.0]);
//! ```
//!
//! Code written once for `f32` and `f64`, generic over a type parameter
//! bounded by `num_traits::Float` (or `FloatCore`, in the declaration or a
//! `where` clause, next to any other bounds), is differentiated as written:
//! that parameter is the float type. The companions have the same generics
//! plus `T: autodiff::Real` ([`Real`], implemented for `f32` and `f64`),
//! and `T::from(c).unwrap()`, `T::from_f64(c).unwrap()`, `T::one()`,
//! `T::zero()`, `T::PI()` and the like are constants, `Float`'s methods
//! (`x.powi(2)`, `T::sqrt(x)`) differentiable, and the conversions
//! `let u: f64 = x.into();` and `T::from_f64(u).unwrap()` carry the
//! derivative:
//!
//! ```
//! use autodiff::differentiate;
//! use num_traits::{Float, FromPrimitive};
//! use std::iter::Sum;
//!
//! #[differentiate]
//! fn rastrigin<T>(x: &[T]) -> T
//! where
//!     T: Float + FromPrimitive + Sum,
//! {
//!     let a = T::from_f64(10.0).unwrap();
//!     let tau = T::from_f64(2.0 * std::f64::consts::PI).unwrap();
//!     a * T::from_usize(x.len()).unwrap()
//!         + x.iter().map(|&v| v.powi(2) - a * (tau * v).cos()).sum()
//! }
//!
//! let (_, g64) = rastrigin_grad(&[0.5_f64, -0.25]);
//! let (_, g32) = rastrigin_grad(&[0.5_f32, -0.25]);
//! assert!((f64::from(g32[0]) - g64[0]).abs() < 1e-4);
//! assert!((g64[1] - (-0.5 + 20.0 * std::f64::consts::PI * (-0.5 * std::f64::consts::PI).sin())).abs() < 1e-9);
//! ```
//!
//! # What a body may contain
//!
//! - `let` with or without `mut` and type annotations, shadowing, nested
//!   blocks; `=` and `+= -= *= /=` on locals and on elements of local arrays
//!   and `Vec`s (`a[i] += ..`, `m[i][j] = ..`).
//! - `+ - * / %`, unary `-`, float literals, `as` casts (integer to float,
//!   `f32` to `f64` and back), indexing with run-time indices, array
//!   literals, `[0.0; N]`, `vec![0.0; n]`, `x.len()`.
//! - A `Vec` that grows: `Vec::new()` or `Vec::with_capacity(n)`, then
//!   `v.push(e)` (in loops and branches) and `v.extend_from_slice(&x[a..b])`;
//!   the rest of the body indexes, iterates, passes on or returns it.
//! - Every differentiable float method of std, as a method or a path
//!   (`x.sin()`, `f64::sin(x)`): `sin cos tan asin acos atan atan2 sinh cosh
//!   tanh asinh acosh atanh exp exp2 exp_m1 ln log log2 log10 ln_1p sqrt
//!   cbrt powi powf hypot abs recip mul_add max min clamp to_degrees
//!   to_radians copysign rem_euclid midpoint`; the
//!   piecewise-constant `floor ceil round round_ties_even trunc signum
//!   div_euclid` (derivative 0) and `fract` (derivative 1); `sin_cos`
//!   (`let (s, c) = t.sin_cos();`).
//! - Conversions `f64::from(x)` and `x.into()`: from `f32` they carry the
//!   derivative, from integers they are constants.
//! - `if` / `else if` / `else` as statements and as expressions, with
//!   comparisons and `&& || !` in conditions. The derivative is that of the
//!   branch the values take.
//! - `for i in a..b`, `a..=b`, `(a..b).rev()`, `for &v in x.iter()`,
//!   `for v in x`, `for (i, v) in x.iter().enumerate()`, `while`, `loop`,
//!   nested loops, `break`, `continue`, and `return` anywhere.
//! - Patterns in `let`, `for` and parameters: arrays (`let [x1, x2] =
//!   *param;`, nested `[[a, b], [c, d]]`, rest `[first, .., last]`,
//!   `[head, tail @ ..]`), tuples, `_`, `mut`, `ref`, `&`, loop variables
//!   (`for &[x, y] in pts.iter()`) and destructured parameters
//!   (`fn f([r, theta]: [f64; 2])`), which stay differentiable.
//! - `match` as an expression and a statement on integers (literals,
//!   `1 | 2`, ranges `4..=9`, bindings `n @ 1..=9`), `bool`, floats with
//!   guards, tuples, slices, `Option`s and enums of yours (unit variants and
//!   variants with constant data); `if let`, `let .. else`, `while let`,
//!   `matches!`.
//! - `Option`s built in the body (`Some(x * 2.0)`, `None`, an `if` yielding
//!   either, carried through loops) whose payload carries its derivative,
//!   taken apart by `match`, `if let`, `is_some()`, `unwrap()`,
//!   `unwrap_or(v)`; an `Option<f64>` parameter is a constant.
//! - Closures bound with `let` (`let sq = |t: f64| t * t;`, with or without
//!   annotations, pattern parameters `|&v|`, `|(i, v)|`, `|&[x, y]|`,
//!   `move`), called any number of times, or written as an adaptor's
//!   argument: each call is inlined, with the names the closure captures
//!   resolved where it is written; a closure that assigns a captured
//!   variable updates it.
//! - Iterator chains over slices, arrays, `Vec`s, subslices (`x[1..]`) and
//!   ranges, as expressions and as `for` sources: `iter`, `into_iter`,
//!   `copied`, `cloned`, `windows`, `chunks`, `chunks_exact`, then `map`,
//!   `zip`, `enumerate`, `rev`, `skip`, `take`, `step_by`, `filter`,
//!   `take_while`, ended by `sum`, `product`, `fold`, `for_each`, `count`,
//!   `any`, `all`, `collect::<Vec<_>>()` (after a `filter` too), or `reduce`, `min_by`, `max_by`
//!   (with `partial_cmp(..).unwrap()` or `total_cmp`), `min_by_key`,
//!   `max_by_key`, `min`, `max`, `last`, `position`, `find`, whose `Option`
//!   is unwrapped (`.unwrap()`, `.unwrap_or(v)`) or taken apart like any
//!   other (`if let Some(m) = ..`). Function names stand for closures:
//!   `.fold(f64::NEG_INFINITY, f64::max)`, `.map(f64::exp)`, `.map(g)` for a
//!   `#[differentiate]` function `g`. A chain becomes one plain loop, the
//!   one you would write by hand.
//! - Assertions, kept in the generated functions and checked there on the
//!   primal values: `assert!`, `assert_eq!`, `assert_ne!` and their
//!   `debug_` forms anywhere in the body; `panic!` and `unreachable!` in
//!   branches and `match` arms. They change no derivative.
//! - Calls to functions that have derivatives (below).
//! - Any expression in which no differentiable value flows, kept as written:
//!   integer arithmetic and counters, `std::f64::consts::PI`, field reads of
//!   constant parameters, calls on constants.
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// The Huber loss of the residuals that are not NaN.
//! #[differentiate(wrt(r))]
//! fn huber(r: &[f64], delta: f64) -> f64 {
//!     assert!(delta > 0.0, "the band must not be empty, got delta = {delta}");
//!     let mut total = 0.0;
//!     for &v in r.iter() {
//!         if v.is_nan() {
//!             continue;
//!         }
//!         let a = v.abs();
//!         total += if a <= delta { 0.5 * v * v } else { delta * (a - 0.5 * delta) };
//!     }
//!     total
//! }
//!
//! let (_, g) = huber_grad(&[0.5, -3.0, f64::NAN, 2.0], 1.0);
//! assert_eq!(g, vec![0.5, -1.0, 0.0, 1.0]);   // r inside the band, ±delta outside
//! ```
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[derive(Clone, Copy)]
//! pub enum Loss { Squared, Huber(f64) }
//!
//! #[differentiate]
//! fn loss(param: &[f64; 2], loss: Loss) -> f64 {
//!     let [a, b] = *param;
//!     let r = a - 2.0 * b;
//!     match loss {
//!         Loss::Squared => 0.5 * r * r,
//!         Loss::Huber(delta) => match r.abs() {
//!             m if m <= delta => 0.5 * r * r,
//!             m => delta * (m - 0.5 * delta),
//!         },
//!     }
//! }
//!
//! let (_, g) = loss_grad(&[3.0, 0.5], Loss::Huber(1.0));
//! assert_eq!(g, [1.0, -2.0]);   // r = 2 is outside the band: ±delta
//! ```
//!
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// log Σ exp(x_i), shifted by the maximum for stability.
//! #[differentiate]
//! fn log_sum_exp(x: &[f64]) -> f64 {
//!     let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
//!     m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
//! }
//!
//! let x = [1.0, 2.0, 3.0];
//! let (_, g) = log_sum_exp_grad(&x);          // the softmax of x
//! let z: f64 = x.iter().map(|v| v.exp()).sum();
//! assert!(g.iter().zip(&x).all(|(g, v)| (g - v.exp() / z).abs() < 1e-15));
//! ```
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// The positive elements' squares, pushed, weighted by their position.
//! #[differentiate]
//! fn kept(x: &[f64]) -> f64 {
//!     let mut v = Vec::with_capacity(x.len());
//!     for &t in x {
//!         if t > 0.0 {
//!             v.push(t * t);
//!         }
//!     }
//!     v.iter().enumerate().map(|(i, s)| (i + 1) as f64 * s).sum()
//! }
//!
//! let (_, g) = kept_grad(&[0.5, -1.0, 2.0]);
//! assert_eq!(g, vec![1.0, 0.0, 8.0]);   // 2 · position · x for the kept ones
//! ```
//!
//! Anything else (struct patterns, a closure that escapes, `rev` or `zip`
//! after a `filter`, iterator adaptors other than the above, `Vec` methods
//! other than `push` and `extend_from_slice` that reshape a `Vec` (`pop`,
//! `insert`, ..), labels, macros other than `vec![v; n]`,
//! `matches!` and the assertions, `&mut` parameters, recursion) is a compile error on the construct that
//! says what to write instead:
//!
//! ```compile_fail
//! use autodiff::differentiate;
//!
//! #[differentiate]
//! fn positives(x: &[f64]) -> f64 {
//!     // error on `rev`: write `.rev()` before `.filter(..)`
//!     x.iter().filter(|v| **v > 0.0).rev().fold(0.0, |a, v| 0.5 * a + v)
//! }
//! ```
//!
//! Derivatives at points where none is defined follow fixed conventions:
//! `abs'(0) = 0`, `max(a, a)` and `min(a, a)` split the seed evenly,
//! `clamp(x, lo, hi)` is `min(max(x, lo), hi)`, `sqrt'(0) = inf`,
//! `d/dy x^y = 0` at `x = 0`; NaN and infinities propagate and nothing
//! panics on them. The formulas live in [`rules`], one function per method.
//!
//! # Loops and the tape
//!
//! Reverse mode walks the function backwards, and needs, for each loop
//! iteration, the values that iteration overwrote. Generated code pushes
//! exactly those on a typed stack, a [`Tape`] (one per loop body), at the end
//! of each iteration, and pops them in the reverse sweep: loop-carried values
//! the adjoint reads, results of inner loops and `if`s, and array elements
//! the reverse sweep could not read again. Everything else (index
//! arithmetic, values from before the loop) is recomputed or still in scope.
//! The tape is reserved once when the trip count is known. The [`tape`]
//! module spells out the rules.
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// Position after `steps` explicit-Euler steps of x'' = −k x, from x = x0,
//! /// v = 0. Reverse mode stores two floats per step, (x, v).
//! #[differentiate(wrt(k, x0))]
//! fn position(k: f64, x0: f64, h: f64, steps: usize) -> f64 {
//!     let mut x = x0;
//!     let mut v = 0.0;
//!     for _ in 0..steps {
//!         let a = -k * x;
//!         x += h * v;
//!         v += h * a;
//!     }
//!     x
//! }
//!
//! let (x, (dk, dx0)) = position_grad(4.0, 1.0, 0.001, 1000);
//! // The system is linear in x0, so d x / d x0 = x / x0.
//! assert!((dx0 - x).abs() < 1e-12);
//! let fd = (position(4.0 + 1e-6, 1.0, 0.001, 1000)
//!     - position(4.0 - 1e-6, 1.0, 0.001, 1000)) / 2e-6;
//! assert!((dk - fd).abs() < 1e-6);
//! ```
//!
//! Forward mode (`NAME_jvp`) needs no tape: the tangents travel with the
//! values through the loop.
//!
//! # Calls and custom rules
//!
//! A differentiated function may call other functions that have derivatives:
//! functions with `#[differentiate]`, by name, path (`module::g`, `Type::g`)
//! or as methods (`self.g(..)`). Arrays and slices pass through. The callee's
//! generated companions are used, so each function is differentiated once.
//! A call whose result is an array needs a type annotation on its `let`.
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[differentiate]
//! fn sq(x: f64) -> f64 {
//!     x * x
//! }
//!
//! #[differentiate]
//! fn rotate(v: [f64; 2], angle: f64) -> [f64; 2] {
//!     let (c, s) = (angle.cos(), angle.sin());
//!     [c * v[0] - s * v[1], s * v[0] + c * v[1]]
//! }
//!
//! #[differentiate]
//! fn g(x: f64, angle: f64) -> f64 {
//!     let w: [f64; 2] = rotate([x, 1.0], angle);   // array result: annotate
//!     sq(w[0]) + sq(w[1])
//! }
//!
//! // A rotation keeps the length: g = x² + 1 for every angle.
//! let (y, (dx, dangle)) = g_grad(3.0, 0.7);
//! assert!((y - 10.0).abs() < 1e-12 && (dx - 6.0).abs() < 1e-12 && dangle.abs() < 1e-12);
//! ```
//!
//! To give a function a derivative you write yourself (a numerically stable
//! formula, a routine the macro cannot read, a call into another library),
//! mark it `#[differentiate(custom)]` and write its `NAME_vjp` and
//! `NAME_jvp` with the signatures above. The body is not read; calls from
//! differentiated code use your rule, and `NAME_grad` is generated from your
//! `NAME_vjp`:
//!
//! ```
//! use autodiff::differentiate;
//!
//! /// log Σ exp xᵢ without overflow: any Rust, iterator adaptors included.
//! #[differentiate(custom)]
//! fn log_sum_exp(x: &[f64]) -> f64 {
//!     let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
//!     m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
//! }
//!
//! fn log_sum_exp_vjp(x: &[f64], d_out: f64) -> (f64, Vec<f64>) {
//!     let y = log_sum_exp(x);
//!     (y, x.iter().map(|v| d_out * (v - y).exp()).collect()) // softmax
//! }
//!
//! fn log_sum_exp_jvp(x: &[f64], d_x: &[f64]) -> (f64, f64) {
//!     let y = log_sum_exp(x);
//!     (y, x.iter().zip(d_x).map(|(v, t)| (v - y).exp() * t).sum())
//! }
//!
//! #[differentiate]
//! fn scaled(x: &[f64], k: f64) -> f64 {
//!     k * log_sum_exp(x)   // uses the rule above
//! }
//!
//! let (_, (dx, _)) = scaled_grad(&[1000.0, 1000.0], 2.0);
//! assert!(dx.iter().all(|d| (d - 1.0).abs() < 1e-12));   // 2 · softmax, despite e^1000
//! ```
//!
//! A call with a differentiable argument to a function without derivatives
//! is a compile error at the call: rustc reports that it cannot find
//! `__g_pullback` (or `__g_pushforward`), the hidden adapters that
//! `#[differentiate]` and `#[differentiate(custom)]` generate for `g`.
//!
//! Under `#[differentiate(crate = "path")]` generated code reaches this
//! crate through `path` instead of `::autodiff`, for crates that re-export
//! it.
//!
//! # Checking gradients and building Jacobians
//!
//! [`check_gradient`] compares any gradient with central finite differences
//! (a step chosen per coordinate) and reports each coordinate that
//! disagrees; [`finite_difference_gradient`] returns the estimate itself.
//! [`jacobian_rows`] and [`jacobian_columns`] build the Jacobian of a
//! fixed-size function from M reverse or N forward sweeps.
//!
//! ```
//! use autodiff::{check_gradient, differentiate, jacobian_columns, jacobian_rows};
//!
//! #[differentiate]
//! fn field(p: [f64; 2]) -> [f64; 2] {
//!     [p[0] * p[1], p[0] + 3.0 * p[1].sin()]
//! }
//!
//! #[differentiate]
//! fn energy(p: [f64; 2]) -> f64 {
//!     p[0].exp() * p[1] - p[1].powi(3)
//! }
//!
//! let p = [2.0, 0.5];
//! let (_, g) = energy_grad(p);
//! check_gradient(|x| energy([x[0], x[1]]), &p, &g, 1e-7).unwrap();
//!
//! let rows = jacobian_rows(|seed| field_vjp(p, seed).1);     // 2 reverse sweeps
//! let columns = jacobian_columns(|t| field_jvp(p, t).1);     // 2 forward sweeps
//! for i in 0..2 {
//!     for j in 0..2 {
//!         assert!((rows[i][j] - columns[j][i]).abs() < 1e-12);
//!     }
//! }
//! assert_eq!(rows[0], [0.5, 2.0]);
//! ```
//!
//! # Differentiable structs
//!
//! `#[derive(Differentiable)]` on a struct implements [`Differentiable`]
//! for it and generates its tangent type `NameTangent` (the type of a
//! gradient with respect to the struct): a struct with a field of the same
//! name, and the same visibility, for every field that carries a
//! derivative. Floats, arrays, `Vec`s and tuples of them and nested
//! `Differentiable` structs carry one; fields whose type is spelled as an
//! integer, `bool`, `char`, string or reference type (or an array, `Vec`
//! or tuple of those) do not, and neither does a field marked
//! `#[differentiable(skip)]`. A tuple struct's tangent is a tuple struct of
//! its carrying fields, in order. The tangent is always a separate struct,
//! also where every field carries a derivative, so that its type says what
//! it is.
//!
//! The tangent is `Clone`, `Debug`, `PartialEq` and `Default` (zero),
//! implements [`TangentVector`], and supports `+`, `-`, unary `-`,
//! `* f64` and `+=`, `-=`, `*=`. [`Differentiable::move_by`] takes a step
//! along it, which is one line of an optimiser; an empty `Vec` in a tangent
//! (as in `Default`) counts as zeros, and
//! [`Differentiable::zero_tangent`] gives zeros shaped like a value.
//!
//! ```
//! use autodiff::Differentiable;
//!
//! #[derive(Clone, Debug, Differentiable)]
//! pub struct Spring {
//!     pub k: f64,
//!     pub rest: [f64; 2],
//!     pub id: usize,
//! }
//!
//! let mut s = Spring { k: 2.0, rest: [1.0, 0.0], id: 3 };
//! let grad = SpringTangent { k: 0.5, rest: [1.0, -1.0] };
//! s.move_by(&grad, -0.1); // s -= 0.1 * grad
//! assert_eq!(s.k, 1.95);
//! assert_eq!(s.rest, [0.9, 0.1]);
//! ```
//!
//! `#[differentiable(tangent = "Name")]` on the struct names the tangent
//! type; `#[differentiable(crate = "path")]` names the path of this crate.
//! Differentiating a function with respect to a struct parameter is not
//! supported yet: struct parameters of `#[differentiate]` functions are
//! constants.
//!
//! # nalgebra (cargo feature `nalgebra`)
//!
//! With the `nalgebra` feature, the fixed-size types of the `nalgebra`
//! crate are differentiable values: `Vector1`…`Vector6`, `RowVector*`,
//! `Matrix*` and `MatrixRxC` aliases up to 6×6, `SVector<f64, 4>`,
//! `SMatrix<f64, 2, 3>` (sizes written as numbers) and `Point1`…`Point6`, of
//! `f64` or `f32`, as parameters (by value, by `&`, in slices and `Vec`s),
//! locals and results. Their gradients, seeds and tangents have the same
//! types. Arithmetic (`+ -`, scaling, the matrix product), components and
//! indexing, swizzles, rows and columns, iteration over the elements
//! (`v.iter()` chains, `for x in &v`), constructors, `vector!`/`point!`/
//! `matrix!`, the methods `norm`, `norm_squared`, `dot`, `cross`,
//! `normalize`, `transpose`, `component_mul`, `scale`, `abs`, `sum`,
//! `max`, `lerp`, `angle`, `map` and `zip_map` with a closure, `trace`,
//! `determinant` and `try_inverse` (up to 3×3) and more, and
//! `Rotation2::new`, `Rotation3::from_axis_angle` and
//! `Rotation3::from_euler_angles` are lowered to the float arithmetic they
//! stand for. Calls of other differentiated functions may pass nalgebra
//! values and return them (bind a returned one with its type:
//! `let w: Vector3<f64> = turn(&v, a);`). The macro recognises the names
//! as written (a type alias of your own is not recognised); what it does
//! not support is a compile error. The README lists all of it.
//!
//! ```text
//! #[differentiate]
//! fn spring(a: Vector3<f64>, b: &Vector3<f64>, k: f64, rest: f64) -> f64 {
//!     0.5 * k * ((a - b).norm() - rest).powi(2)
//! }
//! // spring_grad(a, &b, k, rest) -> (f64, (Vector3<f64>, Vector3<f64>, f64, f64))
//! ```
//!
//! # Cost
//!
//! - The original function is not changed: nothing is paid when you do not
//!   differentiate.
//! - The derivatives are straight-line Rust over floats that the compiler
//!   optimises like hand-written code; `NAME_grad` of code without loops over
//!   floats and fixed-size arrays allocates nothing on the heap.
//! - One `NAME_grad` or `NAME_vjp` call gives the whole gradient, however
//!   many inputs there are, for a small constant multiple of the cost of one
//!   call of the function. One `NAME_jvp` call gives one directional
//!   derivative for about the same.
//! - Loops store what their adjoint needs on the tape (see above); memory
//!   grows with the number of iterations.
//! - A gradient with respect to a slice returns a fresh `Vec`.
//!
//! # Limits
//!
//! Not yet: binomial checkpointing of long loops (the interval of
//! `#[checkpoint]` is fixed), `&mut` parameters,
//! differentiation with respect to struct parameters, and the unsupported
//! constructs listed above. The README has the current list.
//!
//! The `examples/` directory has runnable programs: `quickstart`, `trace`
//! (the textbook forward and reverse traces of `f` above), `mlp` (a small
//! neural network trained with `loss_grad`), `optimize` (L-BFGS from the
//! `argmin` crate), `linear_layer` and `simulation`.

#![warn(missing_docs)]

pub use autodiff_macro::{Differentiable, differentiate};
pub use autodiff_runtime::{
    Differentiable, GradientMismatch, Real, TangentVector, Tape, check, check_gradient,
    finite_difference_gradient, jacobian, jacobian_columns, jacobian_rows, rules, tape,
};

/// Items used by generated code. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use autodiff_runtime::__private::*;
}
