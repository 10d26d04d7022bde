//! Exact derivatives of ordinary numeric Rust code, generated at compile
//! time.
//!
//! Put `#[differentiate]` on a function of floats and the macro writes its
//! derivatives next to it, as plain Rust:
//!
//! ```
//! use autodiff::differentiate;
//!
//! #[differentiate]
//! fn f(x1: f64, x2: f64) -> f64 {
//!     x1.ln() + x1 * x2 - x2.sin()
//! }
//!
//! let (y, (dx1, dx2)) = f_grad(2.0, 5.0);          // reverse mode, seed 1
//! assert!((dx1 - 5.5).abs() < 1e-12);
//! assert!((dx2 - (2.0 - 5.0_f64.cos())).abs() < 1e-12);
//!
//! let (_, (gx1, _)) = f_vjp(2.0, 5.0, 2.0);        // reverse mode, seed 2
//! assert!((gx1 - 11.0).abs() < 1e-12);
//!
//! let (y2, dy) = f_jvp(2.0, 5.0, 1.0, 0.0);        // forward mode along x1
//! assert_eq!(y, y2);
//! assert!((dy - dx1).abs() < 1e-12);
//! ```
//!
//! # What is generated
//!
//! For `fn NAME(params) -> R`, with the original's visibility, in the same
//! module or `impl` block, and the original left unchanged:
//!
//! | item | signature | |
//! |---|---|---|
//! | `NAME_grad` | `(params) -> (R, G)` | when `R` is a float |
//! | `NAME_vjp` | `(params, d_out: R) -> (R, G)` | reverse mode with an output seed |
//! | `NAME_jvp` | `(params, one tangent per differentiable param) -> (R, R)` | forward mode |
//!
//! `G` is the gradient with respect to the differentiable parameters (every
//! `f64`/`f32` parameter, or those named in `#[differentiate(wrt(a, b))]`),
//! in parameter order: the value itself for one parameter, a tuple for
//! several. Other parameters (integers, `bool`, references to user structs,
//! `self`) are constants.
//!
//! # What a body may contain
//!
//! `let` (with `mut`, annotations, shadowing), nested blocks, `=` and
//! `+= -= *= /=`, `+ - * / %`, unary `-`, literals, `as` casts, every
//! differentiable float method in method or path form (`x.sin()`,
//! `f64::sin(x)`), `if` / `else if` / `else` as statements and expressions
//! with comparisons and `&& || !`, `return`, and any expression that
//! involves no differentiable value (it is kept as written). Anything else
//! is a compile error that says what to write instead. Loops, arrays and
//! calls between differentiated functions are not supported yet.
//!
//! # Cost
//!
//! The derivatives are straight-line Rust over `f64`s, optimised like
//! hand-written code; for straight-line code they allocate nothing.

#![warn(missing_docs)]

pub use autodiff_macro::differentiate;
pub use autodiff_runtime::{
    GradientMismatch, Tape, check, check_gradient, finite_difference_gradient, jacobian,
    jacobian_columns, jacobian_rows, rules, tape,
};

/// Items used by generated code. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use autodiff_runtime::__private::*;
}
