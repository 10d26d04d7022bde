//! The crate's own typed view of a function to differentiate: only the
//! constructs the later stages understand, each with the span it came from.
//! Produced by [`crate::parse`]; everything here has been validated.

use crate::ir::{BinOp, CastTarget, FloatTy, MathFn, Ty, UnOp};
use proc_macro2::{Ident, Span};

/// The function as written, split into what the generators need.
pub struct FnDef {
    pub vis: syn::Visibility,
    /// The original signature, reused (renamed, extended) by the companions.
    pub sig: syn::Signature,
    /// Whether the function takes `self` in some form (a method).
    pub has_receiver: bool,
    pub params: Vec<Param>,
    pub ret: RetTy,
    pub body: Block,
}

/// A parameter other than the receiver.
pub struct Param {
    pub ident: Ident,
    pub ty: Ty,
    /// The type as written.
    pub syn_ty: syn::Type,
    /// Whether the gradient includes this parameter.
    pub differentiable: bool,
}

/// The return type: one value or a tuple of them (floats, arrays, `Vec`s).
pub enum RetTy {
    One(Ty),
    Tuple(Vec<Ty>),
}

impl RetTy {
    /// The types of the flattened result values.
    pub fn flat(&self) -> Vec<Ty> {
        match self {
            RetTy::One(t) => vec![t.clone()],
            RetTy::Tuple(items) => items.clone(),
        }
    }
}

/// A block: statements, then an optional tail expression (its value).
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub tail: Option<Box<Expr>>,
}

/// The left side of a `let`.
pub enum Pattern {
    /// `x` or `mut x`.
    Ident(Ident),
    /// `(a, b, ..)` of identifiers.
    Tuple(Vec<Pattern>),
    /// `_`.
    Wild,
}

/// A statement.
pub enum Stmt {
    Let {
        pat: Pattern,
        /// The annotated type, if any.
        ty: Option<Ty>,
        init: Option<Expr>,
    },
    /// `x = value`, `x[i][j] = value`, or `op=` versions.
    Assign {
        target: Ident,
        /// Element indices, empty for a plain variable.
        path: Vec<Expr>,
        op: Option<BinOp>,
        value: Expr,
        span: Span,
    },
    /// An expression evaluated for its effect on variables (an `if`, a
    /// block, a `return`).
    Expr(Expr),
}

/// Why a constant expression was kept opaque: decides the message when a
/// differentiable value turns out to flow into it.
#[derive(Clone)]
pub enum OpaqueKind {
    /// A call of a function the macro cannot see into.
    Call(String),
    /// A call of a local value (a closure or function parameter).
    LocalCall(String),
    /// A method that is not a known float method.
    Method(String),
    /// Anything else (field reads, paths, indexing, references).
    Other(&'static str),
}

/// An expression.
pub enum Expr {
    Lit(syn::Lit, Ty),
    Var(Ident),
    Unary(UnOp, Box<Expr>, Span),
    Binary(BinOp, Box<Expr>, Box<Expr>, Span),
    /// Short-circuiting `&&`.
    And(Box<Expr>, Box<Expr>, Span),
    /// Short-circuiting `||`.
    Or(Box<Expr>, Box<Expr>, Span),
    Cast(Box<Expr>, CastTarget, Span),
    /// A float method; receiver first. The float type is set for the path
    /// form (`f64::sin(x)`).
    Math(MathFn, Vec<Expr>, Option<FloatTy>, Span),
    If {
        cond: Box<Expr>,
        then_block: Block,
        /// Another `If` or a `Block`.
        else_branch: Option<Box<Expr>>,
        span: Span,
    },
    Block(Block),
    Tuple(Vec<Expr>, Span),
    Return(Option<Box<Expr>>, Span),
    /// `base[i][j]..`.
    Index(Box<Expr>, Vec<Expr>, Span),
    /// `[a, b, ..]`.
    ArrayLit(Vec<Expr>, Span),
    /// `[value; N]`, with `N` as written.
    Repeat(Box<Expr>, proc_macro2::TokenStream, Span),
    /// `vec![value; n]`.
    VecRepeat(Box<Expr>, Box<Expr>, Span),
    /// `base.len()`.
    Len(Box<Expr>, Span),
    /// `*v`.
    Deref(Box<Expr>, Span),
    For {
        pat: ForPat,
        iter: ForIter,
        body: Block,
        span: Span,
        /// `#[checkpoint]` / `#[checkpoint(every = K)]` on the loop.
        checkpoint: Option<crate::ir::Checkpoint>,
    },
    While {
        cond: Box<Expr>,
        body: Block,
        span: Span,
    },
    /// `loop { .. }`.
    Loop(Block, Span),
    Break(Span),
    Continue(Span),
    /// A call of a function or method that may have derivative companions.
    Call(Box<CallExpr>),
    /// An expression of a form the transforms do not model; allowed only
    /// where no differentiable value flows into it. `free` lists the local
    /// variables it reads.
    Opaque {
        expr: syn::Expr,
        free: Vec<Ident>,
        kind: OpaqueKind,
        span: Span,
    },
}

/// The pattern of a `for` loop.
pub enum ForPat {
    Ident(Ident),
    /// `&v`.
    Ref(Ident),
    Wild,
    /// `(i, v)` of `enumerate()`.
    Pair(Box<ForPat>, Box<ForPat>),
}

/// What a `for` loop iterates over.
pub enum ForIter {
    /// `lo..hi`, `lo..=hi`, `(lo..hi).rev()`.
    Range {
        lo: Box<Expr>,
        hi: Box<Expr>,
        inclusive: bool,
        reversed: bool,
    },
    /// `x`, `x.iter()`, `x.iter().enumerate()`: the elements of a sequence.
    Elements { seq: Box<Expr>, enumerate: bool },
}

/// A call `path(args)` or `recv.name(args)`.
pub struct CallExpr {
    pub callee: Callee,
    pub args: Vec<CallArg>,
    pub span: Span,
    /// The call as written, for the spans of diagnostics.
    pub source: proc_macro2::TokenStream,
}

/// What is called.
pub enum Callee {
    /// A free or associated function: `g`, `module::g`, `Type::g`.
    Path(syn::ExprPath),
    /// A method: `recv.name::<..>(..)`.
    Method {
        recv: Box<Expr>,
        name: Ident,
        turbofish: Option<syn::AngleBracketedGenericArguments>,
    },
}

/// One argument of a call; `by_ref` for `&arg`.
pub struct CallArg {
    pub expr: Expr,
    pub by_ref: bool,
}
