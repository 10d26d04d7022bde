//! The SSA intermediate representation shared by every stage after parsing.
//!
//! A function is a tree of [`Block`]s. Every [`Value`] is defined exactly once,
//! by a function parameter or by one instruction; nothing is ever reassigned,
//! so a transform that reads a value later always sees the value it had when
//! it was defined. Control flow is structured: an [`InstKind::If`] yields
//! values out of its arms (instead of phi nodes), and loops will carry their
//! state the same way, as explicit parameters and yields of their body. That
//! makes the values a loop carries, and so the values a reverse sweep may
//! have to store, explicit in the IR.
//!
//! Values are `u32` indices into [`Func::values`]; side tables (activity,
//! adjoints, tangents, emitted names) are vectors or maps keyed by them.

use proc_macro2::{Span, TokenStream};

/// An SSA value: an index into [`Func::values`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Value(pub u32);

impl Value {
    /// The index of this value in [`Func::values`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The width of a float type; `Infer` for an unsuffixed literal whose width
/// comes from the values it meets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatTy {
    F32,
    F64,
    Infer,
}

impl FloatTy {
    /// The Rust name of the type (`f64` for a width still to be inferred,
    /// which is what Rust itself would pick).
    pub fn name(self) -> &'static str {
        match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 | FloatTy::Infer => "f64",
        }
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
    /// Anything else (user structs, references to them, strings): a constant
    /// that is passed through untouched.
    Other,
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
        matches!(self, Ty::Float(_))
    }
}

/// What the IR knows about one value.
#[derive(Clone, Debug)]
pub struct ValueInfo {
    pub ty: Ty,
    /// The user's variable name, if the value was bound to one; emitted names
    /// are derived from it so generated code stays readable.
    pub name: Option<String>,
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
}

/// A constant expression kept as the user wrote it. Its references to local
/// variables are replaced by the values they held (`inputs`), so evaluating it
/// later cannot observe a later assignment.
#[derive(Clone)]
pub struct ConstExpr {
    /// The expression, with each referenced local replaced by the ident
    /// `__autodiff_input_K` (K indexes `inputs`).
    pub expr: syn::Expr,
    pub inputs: Vec<Value>,
    /// What kind of expression it is, for the message when a differentiable
    /// value flows into it.
    pub kind: crate::ast::OpaqueKind,
}

/// The kinds of instruction.
#[derive(Clone)]
pub enum InstKind {
    /// The function parameter at this position (receiver excluded).
    Param(usize),
    /// The method receiver (`self`, `&self`), always a constant.
    SelfParam,
    /// A literal as written (`2.0`, `3`, `true`).
    Literal(syn::Lit),
    /// A float zero of the result's type, made by a transform.
    Zero,
    /// A constant expression kept as written.
    Const(ConstExpr),
    Unary(UnOp, Value),
    Binary(BinOp, Value, Value),
    Cast(Value, CastTarget),
    /// `args[0].NAME(args[1..])`.
    Math(MathFn, Vec<Value>),
    /// The local partial derivatives of `Math(f, args)` whose result is
    /// `output`: one result per float argument, from the runtime's rule for
    /// `f`. Made by the transforms, shared by forward and reverse mode.
    Partials {
        func: MathFn,
        args: Vec<Value>,
        output: Value,
    },
    /// Structured conditional; its results are the yields of the arm taken.
    If {
        cond: Value,
        then_block: Block,
        else_block: Block,
    },
}

/// One instruction: defines `results` (zero, one, or several values).
#[derive(Clone)]
pub struct Inst {
    pub kind: InstKind,
    pub results: Vec<Value>,
    /// Where the instruction came from in the user's code, for diagnostics
    /// and for spans on emitted code.
    pub span: Span,
}

/// A straight sequence of instructions and the values it yields to its
/// parent (the arms of an `If`, the body of the function).
#[derive(Clone, Default)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub yields: Vec<Value>,
}

/// A function in SSA form.
#[derive(Clone, Default)]
pub struct Func {
    pub values: Vec<ValueInfo>,
    pub body: Block,
}

impl Func {
    /// Makes a new value of type `ty`.
    pub fn new_value(&mut self, ty: Ty, name: Option<String>) -> Value {
        let id = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.values.push(ValueInfo { ty, name });
        Value(id)
    }

    /// The type of `v`.
    pub fn ty(&self, v: Value) -> &Ty {
        &self.values[v.index()].ty
    }

    /// The user name `v` was bound to, if any.
    pub fn name(&self, v: Value) -> Option<&str> {
        self.values[v.index()].name.as_deref()
    }
}

impl InstKind {
    /// The nested blocks of a structured instruction.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            InstKind::If {
                then_block,
                else_block,
                ..
            } => vec![then_block, else_block],
            _ => vec![],
        }
    }
}
