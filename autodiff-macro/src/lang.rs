//! The vocabulary the AST and the IR share: types as differentiation sees
//! them, operators, float methods, cast targets. Both [`crate::ast`] and
//! [`crate::ir`] build on it, so neither needs the other.

use proc_macro2::{Span, TokenStream};

/// The width of a float type; `Infer` for an unsuffixed literal whose width
/// comes from the values it meets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatTy {
    F32,
    F64,
    Infer,
    /// The function's type parameter bounded by `num_traits::Float` or
    /// `FloatCore` (see [`generic_float`]).
    Generic,
}

impl FloatTy {
    /// The Rust name of the type (`f64` for a width still to be inferred,
    /// which is what Rust itself would pick, and for a type parameter that
    /// is no longer in scope).
    pub fn name(self) -> String {
        match self {
            FloatTy::F32 => "f32".into(),
            FloatTy::F64 | FloatTy::Infer => "f64".into(),
            FloatTy::Generic => generic_float().map_or_else(|| "f64".into(), |t| t.to_string()),
        }
    }
}

/// The float type a path segment names as the type of a path-form method
/// (`f64::sin(x)`, `T::sqrt(x)` for the float type parameter `T`).
pub fn float_named(segment: &proc_macro2::Ident) -> Option<FloatTy> {
    match segment.to_string().as_str() {
        "f64" => Some(FloatTy::F64),
        "f32" => Some(FloatTy::F32),
        _ if generic_float().is_some_and(|t| *segment == t) => Some(FloatTy::Generic),
        _ => None,
    }
}

thread_local! {
    /// The float type parameter of the function being expanded.
    static GENERIC_FLOAT: std::cell::RefCell<Option<proc_macro2::Ident>> =
        const { std::cell::RefCell::new(None) };
}

/// The float type parameter (`T` of `fn f<T: Float>`) of the function
/// being expanded, which [`FloatTy::Generic`] stands for: parse, lower and
/// emit of one function all see it, so the IR needs no name in its types.
pub fn generic_float() -> Option<proc_macro2::Ident> {
    GENERIC_FLOAT.with(|g| g.borrow().clone())
}

/// Makes `param` the float type parameter until the guard is dropped
/// (which restores the previous one: annotated helpers nest in `impl`
/// blocks).
pub fn set_generic_float(param: Option<proc_macro2::Ident>) -> GenericFloatGuard {
    GenericFloatGuard(GENERIC_FLOAT.with(|g| g.replace(param)))
}

/// Restores the previous float type parameter when dropped.
pub struct GenericFloatGuard(Option<proc_macro2::Ident>);

impl Drop for GenericFloatGuard {
    fn drop(&mut self) {
        let prev = self.0.take();
        GENERIC_FLOAT.with(|g| *g.borrow_mut() = prev);
    }
}

/// The type of a value, as far as differentiation cares.
#[derive(Clone, PartialEq, Debug)]
pub enum Ty {
    /// A float scalar: the only kind of value that carries a derivative.
    Float(FloatTy),
    /// An integer of some width; always a constant.
    Int,
    /// A boolean; always a constant.
    Bool,
    /// A fixed-size array `[T; N]` (also behind a `&`); `len` is `N` as
    /// written.
    Array(Box<Ty>, Len),
    /// A run-time sized sequence: `&[T]` and `&Vec<T>` parameters, `Vec<T>`
    /// locals and results.
    Vec(Box<Ty>),
    /// Anything else (user structs, references to them, strings): a constant
    /// that is passed through untouched.
    Other,
    /// The result of a call to another function, whose type the macro
    /// cannot see: it may carry a derivative, and generated code handles it
    /// through the runtime's generic helpers.
    Unknown,
}

impl Ty {
    /// The float width if this is a float scalar.
    pub fn float(&self) -> Option<FloatTy> {
        match self {
            Ty::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// Whether values of this type can carry a derivative.
    pub fn is_differentiable(&self) -> bool {
        match self {
            Ty::Float(_) => true,
            Ty::Array(e, _) | Ty::Vec(e) => e.is_differentiable(),
            Ty::Unknown => true,
            _ => false,
        }
    }

    /// Whether this is an array or a `Vec`.
    pub fn is_aggregate(&self) -> bool {
        matches!(self, Ty::Array(..) | Ty::Vec(_))
    }

    /// The innermost scalar type (the float of an array of floats).
    #[cfg(test)]
    pub fn scalar(&self) -> &Ty {
        match self {
            Ty::Array(e, _) | Ty::Vec(e) => e.scalar(),
            t => t,
        }
    }

    /// The type of `self[i0][i1]..` with `depth` indices.
    pub fn element(&self, depth: usize) -> Ty {
        match (depth, self) {
            (0, t) => t.clone(),
            (d, Ty::Array(e, _) | Ty::Vec(e)) => e.element(d - 1),
            // An element of a call's result may still carry a derivative.
            (_, Ty::Unknown) => Ty::Unknown,
            _ => Ty::Other,
        }
    }
}

/// The length of a fixed-size array type as written (`3`, `N`).
#[derive(Clone, Debug)]
pub struct Len(pub TokenStream);

impl Len {
    /// The length when it is written as a number (`3`, `3usize`, `1_000`).
    pub fn literal(&self) -> Option<usize> {
        let text = self.0.to_string();
        let digits = text.trim_end_matches("usize").trim().replace('_', "");
        digits.parse().ok()
    }
}

impl PartialEq for Len {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

/// Binary operators. `&&` and `||` never appear: they short-circuit, so the
/// lowering turns them into [`InstKind::If`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl BinOp {
    /// Whether the result is a `bool` whatever the operands are.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }
}

/// Unary operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnOp {
    Neg,
    Not,
}

/// A float method (or its path form `f64::NAME(x, ..)`) known to the
/// derivative rules of the runtime. Arguments are passed receiver first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MathFn(pub &'static crate::math::MathInfo);

/// The target of an `as` cast.
#[derive(Clone)]
pub struct CastTarget {
    /// The type as the user wrote it.
    pub tokens: TokenStream,
    /// The resulting type.
    pub ty: Ty,
    /// Written `x.into()` (see `parse::float`): a cast only where `x` is a
    /// number; any other value is converted as written.
    pub into: bool,
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
    /// An `assert!`-style or `panic!`-style macro (see `parse::check`): it
    /// reads primal values only and carries no derivative, so any value may
    /// flow into it. `diverges`: `panic!`, `unreachable!`, `todo!`,
    /// `unimplemented!`.
    Check { diverges: bool },
}

/// A loop marked `#[checkpoint]`: its reverse sweep keeps a snapshot of
/// the carried state every `every` iterations (√n if not given) instead of
/// every iteration's record, and recomputes each segment from its snapshot.
#[derive(Clone)]
pub struct Checkpoint {
    /// The interval as written, if given.
    pub every: Option<TokenStream>,
    pub span: Span,
}
