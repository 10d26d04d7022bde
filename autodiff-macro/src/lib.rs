//! The `#[differentiate]` attribute of the `autodiff` crate.
//!
//! The expansion is a pipeline of small stages, one module each (see
//! `ARCHITECTURE.md` at the repository root):
//!
//! 1. `attr`: the attribute's options;
//! 2. `parse`: `syn` syntax to the crate's own `ast`, rejecting every
//!    unsupported construct with an error on its span;
//! 3. `lower`: the AST to the SSA `ir`;
//! 4. `types`: float width inference;
//! 5. `activity`: which values carry a derivative;
//! 6. `reverse` and `forward`: the transforms, IR to IR;
//! 7. `emit`: IR to Rust tokens.
//!
//! `expand` runs them in order.

mod activity;
mod ast;
mod attr;
mod build;
mod companion;
mod derivative;
mod derive;
mod diag;
mod emit;
#[cfg(test)]
mod eval;
mod expand;
mod forward;
#[cfg(test)]
mod fuzz;
mod impl_block;
mod ir;
mod lang;
mod lower;
mod math;
mod nalgebra;
mod parse;
mod pipeline;
mod reverse;
mod rule_set;
mod types;
mod validate;

use proc_macro::TokenStream;

/// Generates derivatives of a function of floats: `NAME_grad` (value and
/// gradient), `NAME_vjp` (reverse mode with an output seed) and `NAME_jvp`
/// (forward mode), next to the unchanged original.
///
/// Options: `#[differentiate(wrt(a, b))]` differentiates with respect to the
/// named parameters only; `#[differentiate(crate = "path")]` names the path
/// under which the `autodiff` crate is reachable, for crates that re-export
/// it. See the `autodiff` crate's documentation for the full contract.
#[proc_macro_attribute]
pub fn differentiate(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}

/// Derives `autodiff::Differentiable` for a struct: generates its tangent
/// type `NameTangent` (a struct with a field of the same name for every
/// field that carries a derivative: floats, arrays, `Vec`s and tuples of
/// them, nested differentiable structs; integers, `bool`, strings and
/// references are left out, and so is a field marked
/// `#[differentiable(skip)]`), its vector-space operations and
/// `move_by`.
///
/// Options on the struct: `#[differentiable(tangent = "Name")]` names the
/// tangent type; `#[differentiable(crate = "path")]` names the path of the
/// `autodiff` crate. See the `autodiff` crate's documentation.
#[proc_macro_derive(Differentiable, attributes(differentiable))]
pub fn derive_differentiable(item: TokenStream) -> TokenStream {
    derive::derive(item.into()).into()
}

/// Implements the runtime's `RuleJvps` for one float type from the names of
/// its rules. Internal to `autodiff-runtime`; not part of the API.
#[doc(hidden)]
#[proc_macro]
pub fn __rule_jvps(input: TokenStream) -> TokenStream {
    rule_set::expand(input.into()).into()
}
