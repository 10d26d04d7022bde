//! Parse and validate: the `syn` syntax tree of the annotated function to the
//! crate's own [`crate::ast`]. Every construct the later stages do not
//! handle is rejected here with an error on its span that says what to write
//! instead; errors are collected, not returned at the first one.
//!
//! `signature`: parameters and the return type; `stmt`: blocks and
//! statements; `expr`: expressions; `loops`: `for`, `while`, `loop`;
//! `pattern`: patterns, `match`, `if let`, `let .. else`, `while let`;
//! `closure`: closures and function values; `iter`: iterator chains;
//! `check`: `assert!`-style and `panic!`-style macros; `float`: `sin_cos`
//! and the conversions `f64::from`, `.into()`; `seq`: subslices,
//! `split_at`, `first`, `last`.

mod check;
mod closure;
mod expr;
mod float;
mod iter;
mod loops;
mod nalgebra;
mod pattern;
mod seq;
mod signature;
pub use signature::generic_float_param;
mod stmt;

use signature::{apply_wrt, param_of, reject_hidden_floats, return_type};
pub(crate) use signature::{float_of_type, na_ty};
use signature::{scalar_type, value_type};

use crate::ast::{
    Block, CallArg, CallExpr, Callee, Expr, FnDef, ForIter, ForPat, Leaf, Param, ParamShape,
    Pattern, RetTy, Stmt,
};
use crate::attr::Options;
use crate::diag::Errors;
use crate::lang::{BinOp, CastTarget, FloatTy, Len, MathFn, OpaqueKind, Ty, UnOp};
use crate::math;
use proc_macro2::{Ident, Span};
use quote::ToTokens;
use syn::spanned::Spanned;

/// Parses `item` (a free function or a method) into an [`FnDef`]. Returns
/// `None` when the signature itself is unusable; body errors are recorded in
/// `errors` but still give an `FnDef` (so companions with the right
/// signatures can be emitted behind the errors).
pub fn parse_fn(item: &syn::ItemFn, opts: &Options, errors: &mut Errors) -> Option<FnDef> {
    let sig = &item.sig;
    check_signature_flags(sig, errors);
    let mut has_receiver = false;
    let mut params = Vec::new();
    let mut sig_ok = true;
    for arg in &sig.inputs {
        match arg {
            syn::FnArg::Receiver(_) => has_receiver = true,
            syn::FnArg::Typed(pt) => match param_of(pt, &taken_names(sig, &params), errors) {
                Some(p) => params.push(p),
                None => sig_ok = false,
            },
        }
    }
    apply_wrt(&mut params, opts, sig, errors);
    if opts.wrt.is_none() {
        reject_hidden_floats(&params, sig, errors);
    }
    let ret = return_type(sig, errors);
    if params.iter().all(|p| !p.differentiable) && sig_ok && opts.wrt.is_none() {
        errors.push(
            sig.ident.span(),
            format!(
                "`{}` has no differentiable parameter: #[differentiate] needs at least one \
                 parameter of type `f64` or `f32`{}",
                sig.ident,
                signature::float_bound_hint(sig)
            ),
        );
    }
    // A function with a user-written rule is never differentiated: its body
    // is not read.
    let body = if opts.custom {
        Block {
            stmts: vec![],
            tail: None,
        }
    } else {
        let mut body = Parser { errors }.block(&item.block);
        tailify(&mut body);
        body
    };
    Some(FnDef {
        vis: item.vis.clone(),
        sig: sig.clone(),
        has_receiver,
        params,
        ret: ret?,
        body,
    })
    .filter(|_| sig_ok)
}

/// The parameter names a generated one must differ from.
fn taken_names(sig: &syn::Signature, params: &[Param]) -> Vec<Ident> {
    let mut out: Vec<Ident> = params.iter().map(|p| p.ident.clone()).collect();
    for arg in &sig.inputs {
        if let syn::FnArg::Typed(pt) = arg {
            if let syn::Pat::Ident(pi) = &*pt.pat {
                out.push(pi.ident.clone());
            }
        }
    }
    out
}

fn check_signature_flags(sig: &syn::Signature, errors: &mut Errors) {
    if let Some(t) = &sig.asyncness {
        errors.push(
            t.span,
            "#[differentiate] does not support `async fn`: differentiate a synchronous \
             function and call it from async code",
        );
    }
    if let Some(t) = &sig.unsafety {
        errors.push(
            t.span,
            "#[differentiate] does not support `unsafe fn`: keep the unsafe code in a separate \
             function and pass its result in as a parameter",
        );
    }
    if let Some(v) = &sig.variadic {
        errors.push_spanned(v, "variadic functions cannot be differentiated");
    }
}

/// Converts statements and expressions, recording errors.
struct Parser<'a> {
    pub(super) errors: &'a mut Errors,
}

pub(super) const LABEL_MSG: &str = "loop labels are not supported in a differentiated function: use a \
                         flag variable and a plain `break`";

pub(super) fn arguments(n: usize) -> String {
    match n {
        0 => "no argument".into(),
        1 => "1 argument".into(),
        n => format!("{n} arguments"),
    }
}

pub(super) fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        syn::Expr::Group(g) => strip_parens(&g.expr),
        e => e,
    }
}

pub(super) fn kind_name(e: &syn::Expr) -> &'static str {
    match e {
        syn::Expr::Field(_) => "field access",
        syn::Expr::Index(_) => "indexing",
        syn::Expr::Reference(_) => "reference",
        syn::Expr::Struct(_) => "struct literal",
        syn::Expr::Array(_) | syn::Expr::Repeat(_) => "array",
        syn::Expr::Range(_) => "range",
        _ => "expression",
    }
}

/// The type of a literal, for the lowering of literal patterns.
pub(crate) fn literal_type(lit: &syn::Lit) -> Ty {
    lit_type(lit)
}

/// "no argument", "1 argument", "2 arguments".
pub(crate) fn arguments_text(n: usize) -> String {
    arguments(n)
}

/// For `Option<T>` with a `T` the macro models (a float, an integer,
/// `bool`, an array of them), the type of `T`.
pub(crate) fn option_payload_type(ty: &syn::Type) -> Option<Ty> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if p.qself.is_some() || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(t)) = args.args.first() else {
        return None;
    };
    if matches!(t, syn::Type::Reference(_)) {
        return None;
    }
    match value_type(t) {
        Ty::Other | Ty::Vec(_) => None,
        ty => Some(ty),
    }
}

/// The type of a literal.
pub(super) fn lit_type(lit: &syn::Lit) -> Ty {
    match lit {
        syn::Lit::Float(f) => match f.suffix() {
            "f32" => Ty::Float(FloatTy::F32),
            "f64" => Ty::Float(FloatTy::F64),
            _ => Ty::Float(FloatTy::Infer),
        },
        syn::Lit::Int(i) => match i.suffix() {
            "f32" => Ty::Float(FloatTy::F32),
            "f64" => Ty::Float(FloatTy::F64),
            _ => Ty::Int,
        },
        syn::Lit::Bool(_) => Ty::Bool,
        _ => Ty::Other,
    }
}

/// Turns returns in tail position into plain tail expressions, so only early
/// returns need the flag machinery.
fn tailify(block: &mut Block) {
    if block.tail.is_none() {
        if let Some(Stmt::Expr(Expr::Return(Some(_), _))) = block.stmts.last() {
            if let Some(Stmt::Expr(Expr::Return(Some(v), _))) = block.stmts.pop() {
                block.tail = Some(v);
            }
        }
    }
    if let Some(tail) = block.tail.as_mut() {
        tailify_expr(tail);
    }
}

fn tailify_expr(e: &mut Box<Expr>) {
    if let Expr::Return(Some(v), _) = &mut **e {
        let inner = std::mem::replace(v, Box::new(Expr::Tuple(vec![], Span::call_site())));
        *e = inner;
        tailify_expr(e);
        return;
    }
    match &mut **e {
        Expr::If {
            then_block,
            else_branch,
            ..
        } => {
            tailify(then_block);
            if let Some(e) = else_branch {
                tailify_expr(e);
            }
        }
        Expr::Block(b) => tailify(b),
        _ => {}
    }
}
