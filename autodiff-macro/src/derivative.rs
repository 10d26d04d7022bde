//! The derivative of every instruction kind, in one place.
//!
//! Each kind is classified once ([`classify`], an exhaustive match):
//!
//! - **scalar** kinds (`-a`, `a + b`, `a * b`, casts, float methods) have
//!   local partial derivatives, written once as [`Term`]s: operand `x`
//!   contributes `scale · ẋ` to `ẏ`. Forward mode sums the terms of the
//!   tangents ([`tangent`]); reverse mode applies each term to the adjoint
//!   ([`adjoint`]), which is the transpose of the same linear map;
//! - **linear** kinds (indexing, element updates, array literals) are linear
//!   in their differentiable operands: forward mode applies the same kind to
//!   the tangents, reverse mode applies its transpose; both are written here
//!   side by side;
//! - kinds with **no derivative** (literals, comparisons, integer and
//!   piecewise-constant operations);
//! - **structured** kinds (control flow, calls, the tape, parameters), which
//!   each transform handles itself, and kinds that only the transforms make
//!   ([`Class::Derived`]).
//!
//! The primal values an adjoint reads are not listed anywhere: the reverse
//! transform's planner runs [`adjoint`] with a [`Region`] that records every
//! [`Region::primal`] read, so what a loop stores on its tape is exactly
//! what the adjoint code reads, by construction.

use crate::ir::{
    BinOp, Block, CallInst, CastTarget, FloatTy, Inst, InstKind, Len, MathFn, Ty, UnOp, Value,
};
use crate::math::{Arg, Kind};
use quote::quote;

/// Where derivative code is being built: forward mode's tangent code, or
/// reverse mode's adjoint code (or the planner recording what it reads).
pub trait Region {
    /// The type of `v`.
    fn ty(&self, v: Value) -> Ty;
    /// The user name `v` was bound to.
    fn name(&self, v: Value) -> Option<String>;
    /// Whether `v` carries a derivative.
    fn varied(&self, v: Value) -> bool;
    /// The value that stands for primal `v` where this code runs (in the
    /// reverse sweep: its popped or recomputed copy).
    fn primal(&mut self, v: Value) -> Value;
    /// Appends `kind` with one fresh result per entry of `results`.
    fn push(&mut self, kind: InstKind, results: Vec<(Ty, Option<String>)>) -> Vec<Value>;

    /// Appends `kind` with one fresh result.
    fn emit(&mut self, kind: InstKind, ty: Ty, name: Option<String>) -> Value {
        self.push(kind, vec![(ty, name)])[0]
    }
}

/// Forward mode's view: the tangent of each primal value.
pub trait Tangents: Region {
    /// The tangent of `v` (`None`: zero).
    fn tangent(&self, v: Value) -> Option<Value>;
    /// The tangent of `v`, materialising a zero if it has none.
    fn tangent_or_zero(&mut self, v: Value) -> Value;
    /// Gives `v` the name `name` if it has none (tangents are named after
    /// their primal).
    fn rename_if_unnamed(&mut self, v: Value, name: Option<String>) -> Value;
}

/// Reverse mode's view: the adjoint of each primal value.
pub trait Adjoints: Region {
    /// The adjoint of `v`, materialising zeros shaped like `v` if it has
    /// none yet.
    fn adjoint_or_zero(&mut self, v: Value) -> Value;
    /// Replaces the adjoint of `v`.
    fn set_adjoint(&mut self, v: Value, adjoint: Value);
    /// Adds `contribution` (negated if `negate`) to the adjoint of `target`.
    fn accumulate(&mut self, target: Value, contribution: Value, negate: bool);
}

/// How an instruction kind is differentiated.
pub enum Class<'a> {
    /// Its result carries no derivative.
    Constant,
    /// A scalar function with local partial derivatives: see [`terms`].
    Scalar(Scalar<'a>),
    /// Linear in its differentiable operands: see [`tangent`] and
    /// [`adjoint`].
    Linear(Linear<'a>),
    /// Control flow, calls and parameters: each transform handles these
    /// itself.
    Structured(Structured<'a>),
    /// Made only by the transforms (partials, the tape, call adapters):
    /// forward mode differentiates them again for second derivatives;
    /// reverse mode never sees them.
    Derived(Derived<'a>),
}

/// The kinds of [`Class::Scalar`].
pub enum Scalar<'a> {
    Neg(Value),
    Add(Value, Value),
    Sub(Value, Value),
    Mul(Value, Value),
    Div(Value, Value),
    Rem(Value, Value),
    Cast(Value),
    Math(MathFn, &'a [Value]),
}

/// The kinds of [`Class::Linear`].
pub enum Linear<'a> {
    Index {
        base: Value,
        path: &'a [Value],
    },
    /// `Insert` (`add: false`) or `AddAt` (`add: true`).
    Update {
        base: Value,
        path: &'a [Value],
        value: Value,
        add: bool,
    },
    AddAgg(Value, Value),
    ArrayLit(&'a [Value]),
    ArrayRepeat(Value, &'a Len),
    VecRepeat(Value, Value),
    SumElems(Value),
    /// `base.push(value)`: linear in both.
    Push {
        base: Value,
        value: Value,
    },
}

/// The kinds of [`Class::Structured`].
pub enum Structured<'a> {
    Param(usize),
    SelfParam,
    If {
        cond: Value,
        then_block: &'a Block,
        else_block: &'a Block,
    },
    /// A `For` or `While` loop.
    Loop,
    Call(&'a CallInst),
}

/// The kinds of [`Class::Derived`].
pub enum Derived<'a> {
    Partials {
        func: MathFn,
        args: &'a [Value],
        output: Value,
    },
    PartialsJvp,
    TapeNew,
    TapeReserve,
    TapePush {
        id: usize,
        values: &'a [Value],
    },
    TapePop(usize),
    CallPullback(&'a CallInst, &'a [Value]),
    CallPushforward,
    AddSlot(Value, Value),
    CallPullbackPushforward,
    /// The adjoint of a `Push`: linear in `base`.
    Truncate {
        base: Value,
        len: Value,
    },
}

/// The class of `kind`: the one exhaustive dispatch on instruction kinds
/// that the transforms build on.
pub fn classify(kind: &InstKind) -> Class<'_> {
    match kind {
        InstKind::Literal(_)
        | InstKind::Zero
        | InstKind::Const(_)
        | InstKind::Len(_)
        | InstKind::ZerosLike(_)
        | InstKind::VecNew(_)
        | InstKind::Unary(UnOp::Not, _) => Class::Constant,
        InstKind::Unary(UnOp::Neg, a) => Class::Scalar(Scalar::Neg(*a)),
        InstKind::Binary(op, a, b) => match op {
            BinOp::Add => Class::Scalar(Scalar::Add(*a, *b)),
            BinOp::Sub => Class::Scalar(Scalar::Sub(*a, *b)),
            BinOp::Mul => Class::Scalar(Scalar::Mul(*a, *b)),
            BinOp::Div => Class::Scalar(Scalar::Div(*a, *b)),
            BinOp::Rem => Class::Scalar(Scalar::Rem(*a, *b)),
            BinOp::Eq
            | BinOp::Ne
            | BinOp::Lt
            | BinOp::Le
            | BinOp::Gt
            | BinOp::Ge
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr => Class::Constant,
        },
        InstKind::Cast(a, target) => match target.ty {
            Ty::Int | Ty::Bool => Class::Constant,
            _ => Class::Scalar(Scalar::Cast(*a)),
        },
        InstKind::Math(f, args) => match f.0.kind {
            Kind::Smooth => Class::Scalar(Scalar::Math(*f, args)),
            Kind::PiecewiseConstant | Kind::Query => Class::Constant,
        },
        InstKind::Index { base, path } => Class::Linear(Linear::Index { base: *base, path }),
        InstKind::Insert { base, path, value } => Class::Linear(Linear::Update {
            base: *base,
            path,
            value: *value,
            add: false,
        }),
        InstKind::AddAt { base, path, value } => Class::Linear(Linear::Update {
            base: *base,
            path,
            value: *value,
            add: true,
        }),
        InstKind::AddAgg(a, b) => Class::Linear(Linear::AddAgg(*a, *b)),
        InstKind::ArrayLit(items) => Class::Linear(Linear::ArrayLit(items)),
        InstKind::ArrayRepeat(v, len) => Class::Linear(Linear::ArrayRepeat(*v, len)),
        InstKind::VecRepeat(v, n) => Class::Linear(Linear::VecRepeat(*v, *n)),
        InstKind::SumElems(v) => Class::Linear(Linear::SumElems(*v)),
        InstKind::Push { base, value } => Class::Linear(Linear::Push {
            base: *base,
            value: *value,
        }),
        InstKind::Truncate { base, len } => Class::Derived(Derived::Truncate {
            base: *base,
            len: *len,
        }),
        InstKind::Param(k) => Class::Structured(Structured::Param(*k)),
        InstKind::SelfParam => Class::Structured(Structured::SelfParam),
        InstKind::If {
            cond,
            then_block,
            else_block,
        } => Class::Structured(Structured::If {
            cond: *cond,
            then_block,
            else_block,
        }),
        InstKind::For(_) | InstKind::While(_) => Class::Structured(Structured::Loop),
        InstKind::Call(c) => Class::Structured(Structured::Call(c)),
        InstKind::Partials { func, args, output } => Class::Derived(Derived::Partials {
            func: *func,
            args,
            output: *output,
        }),
        InstKind::PartialsJvp { .. } => Class::Derived(Derived::PartialsJvp),
        InstKind::TapeNew(_) => Class::Derived(Derived::TapeNew),
        InstKind::TapeReserve { .. } => Class::Derived(Derived::TapeReserve),
        InstKind::TapePush { id, values } => Class::Derived(Derived::TapePush { id: *id, values }),
        InstKind::TapePop(id) => Class::Derived(Derived::TapePop(*id)),
        InstKind::CallPullback(c, seeds) => Class::Derived(Derived::CallPullback(c, seeds)),
        InstKind::CallPushforward(..) => Class::Derived(Derived::CallPushforward),
        InstKind::AddSlot(a, b) => Class::Derived(Derived::AddSlot(*a, *b)),
        InstKind::CallPullbackPushforward { .. } => {
            Class::Derived(Derived::CallPullbackPushforward)
        }
    }
}

/// The operands through which a derivative reaches the result (activity
/// analysis is this relation); `None` for the structured kinds, which the
/// analysis follows itself, and for the derived kinds that carry no
/// derivative of their own.
pub fn differentiable_operands(kind: &InstKind) -> Option<Vec<Value>> {
    Some(match classify(kind) {
        Class::Constant => vec![],
        Class::Scalar(s) => match s {
            Scalar::Neg(a) | Scalar::Cast(a) => vec![a],
            Scalar::Add(a, b)
            | Scalar::Sub(a, b)
            | Scalar::Mul(a, b)
            | Scalar::Div(a, b)
            | Scalar::Rem(a, b) => vec![a, b],
            Scalar::Math(f, args) => float_arg_positions(f).map(|p| args[p]).collect(),
        },
        Class::Linear(l) => match l {
            Linear::Index { base, .. } => vec![base],
            Linear::Update { base, value, .. } | Linear::Push { base, value } => {
                vec![base, value]
            }
            Linear::AddAgg(a, b) => vec![a, b],
            Linear::ArrayLit(items) => items.to_vec(),
            Linear::ArrayRepeat(v, _) | Linear::VecRepeat(v, _) | Linear::SumElems(v) => vec![v],
        },
        Class::Derived(d) => match d {
            // Forward over reverse differentiates these again.
            Derived::Partials { args, output, .. } => {
                let mut v = args.to_vec();
                v.push(output);
                v
            }
            Derived::AddSlot(a, b) => vec![a, b],
            Derived::Truncate { base, .. } => vec![base],
            Derived::PartialsJvp
            | Derived::TapeNew
            | Derived::TapeReserve
            | Derived::TapePush { .. }
            | Derived::TapePop(_)
            | Derived::CallPullback(..)
            | Derived::CallPushforward
            | Derived::CallPullbackPushforward => return None,
        },
        Class::Structured(_) => return None,
    })
}

/// One partial derivative of a scalar instruction: `operand` contributes
/// `scale · d(operand)` to `d(result)`.
pub struct Term {
    pub operand: Value,
    pub scale: Scale,
}

/// The factor of a [`Term`], in the form that keeps the generated code
/// as a person would write it (a division stays a division).
pub enum Scale {
    /// `d`.
    One,
    /// `-d`.
    Neg,
    /// `d · f`.
    Mul(Value),
    /// `-(d · f)`.
    NegMul(Value),
    /// `d / q`.
    Div(Value),
    /// `-(d · f) / q`.
    NegMulDiv(Value, Value),
    /// `d` converted to the float width of the other side (a cast between
    /// `f32` and `f64`).
    Convert,
}

impl Scale {
    fn divisor(&self) -> Option<Value> {
        match self {
            Scale::Div(q) | Scale::NegMulDiv(_, q) => Some(*q),
            _ => None,
        }
    }
}

/// The partial derivatives of a scalar instruction with result `y`, for
/// its varied operands only; factors read primal values through
/// [`Region::primal`] and are computed in `cx`.
pub fn terms(s: &Scalar<'_>, y: Value, cx: &mut impl Region) -> Vec<Term> {
    let term = |operand, scale| Term { operand, scale };
    let all = match *s {
        Scalar::Neg(a) => vec![term(a, Scale::Neg)],
        Scalar::Add(a, b) => vec![term(a, Scale::One), term(b, Scale::One)],
        Scalar::Sub(a, b) => vec![term(a, Scale::One), term(b, Scale::Neg)],
        Scalar::Mul(a, b) => {
            let mut t = Vec::new();
            if cx.varied(a) {
                t.push(term(a, Scale::Mul(cx.primal(b))));
            }
            if cx.varied(b) {
                t.push(term(b, Scale::Mul(cx.primal(a))));
            }
            t
        }
        Scalar::Div(a, b) => {
            // d(a/b) = (da - y db) / b
            let mut t = Vec::new();
            if cx.varied(a) {
                t.push(term(a, Scale::Div(cx.primal(b))));
            }
            if cx.varied(b) {
                let (ry, rb) = (cx.primal(y), cx.primal(b));
                t.push(term(b, Scale::NegMulDiv(ry, rb)));
            }
            t
        }
        Scalar::Rem(a, b) => {
            // a % b = a - trunc(a / b) * b
            let mut t = vec![term(a, Scale::One)];
            if cx.varied(b) {
                let (ra, rb) = (cx.primal(a), cx.primal(b));
                let q = bin(cx, BinOp::Div, ra, rb, None);
                let trunc = trunc(cx, q);
                t.push(term(b, Scale::NegMul(trunc)));
            }
            t
        }
        Scalar::Cast(a) => {
            // Between float widths (or from a call's result of unknown
            // width, which is a float if it carries a derivative).
            let from_float = matches!(cx.ty(a), Ty::Float(_) | Ty::Unknown);
            let scale = if from_float && cx.ty(y).float().is_some() && cx.ty(a) != cx.ty(y) {
                Scale::Convert
            } else {
                Scale::One
            };
            vec![term(a, scale)]
        }
        Scalar::Math(f, args) => {
            let rargs: Vec<Value> = args.iter().map(|a| cx.primal(*a)).collect();
            let ry = cx.primal(y);
            let partials = partials(cx, f, rargs, ry);
            float_arg_positions(f)
                .zip(partials)
                .map(|(pos, p)| term(args[pos], Scale::Mul(p)))
                .collect()
        }
    };
    all.into_iter().filter(|t| cx.varied(t.operand)).collect()
}

/// Forward mode of one instruction of class [`Class::Scalar`] or
/// [`Class::Linear`] with result `y`: the tangent of `y` (`None`: zero).
pub fn tangent(inst: &Inst, cx: &mut impl Tangents) -> Option<Value> {
    let y = *inst.results.first()?;
    let name = cx.name(y).map(|n| format!("{n}_dot"));
    match classify(&inst.kind) {
        Class::Scalar(s) => {
            let terms = terms(&s, y, cx);
            let ty = cx.ty(y);
            combine(cx, &terms, &ty, name)
        }
        Class::Linear(l) => linear_tangent(&l, y, name, cx),
        Class::Constant | Class::Structured(_) | Class::Derived(_) => None,
    }
}

/// `Σ scaleᵢ · ẋᵢ` over the terms whose operand has a tangent, divided once
/// by a divisor all of them share.
fn combine(cx: &mut impl Tangents, terms: &[Term], ty: &Ty, name: Option<String>) -> Option<Value> {
    let present: Vec<(&Term, Value)> = terms
        .iter()
        .filter_map(|t| cx.tangent(t.operand).map(|d| (t, d)))
        .collect();
    let first_divisor = present.first().and_then(|(t, _)| t.scale.divisor());
    let shared =
        first_divisor.filter(|q| present.iter().all(|(t, _)| t.scale.divisor() == Some(*q)));
    let mut acc: Option<Value> = None;
    for (t, d) in &present {
        let (piece, negative) = match &t.scale {
            Scale::One => (*d, false),
            Scale::Neg => (*d, true),
            Scale::Mul(f) => (bin(cx, BinOp::Mul, *f, *d, None), false),
            Scale::NegMul(f) => (bin(cx, BinOp::Mul, *f, *d, None), true),
            Scale::Div(q) if shared.is_none() => (bin(cx, BinOp::Div, *d, *q, None), false),
            Scale::Div(_) => (*d, false),
            Scale::NegMulDiv(f, q) => {
                let p = bin(cx, BinOp::Mul, *f, *d, None);
                if shared.is_none() {
                    (bin(cx, BinOp::Div, p, *q, None), true)
                } else {
                    (p, true)
                }
            }
            Scale::Convert => match ty.float() {
                Some(w) => (float_cast(cx, *d, w, None), false),
                None => (*d, false),
            },
        };
        acc = Some(match (acc, negative) {
            (None, false) => piece,
            (None, true) => neg(cx, piece, None),
            (Some(a), false) => bin(cx, BinOp::Add, a, piece, None),
            (Some(a), true) => bin(cx, BinOp::Sub, a, piece, None),
        });
    }
    let acc = match (acc, shared) {
        (Some(a), Some(q)) => Some(bin(cx, BinOp::Div, a, q, None)),
        (a, _) => a,
    };
    acc.map(|a| cx.rename_if_unnamed(a, name))
}

/// Reverse mode of one instruction of class [`Class::Scalar`] or
/// [`Class::Linear`] whose result's adjoint is `dy`: adds the contribution
/// of every differentiable operand to its adjoint.
pub fn adjoint(inst: &Inst, dy: Value, cx: &mut impl Adjoints) {
    let Some(&y) = inst.results.first() else {
        return;
    };
    match classify(&inst.kind) {
        Class::Scalar(s) => {
            for t in terms(&s, y, cx) {
                let (c, negate) = match t.scale {
                    Scale::One => (dy, false),
                    Scale::Neg => (dy, true),
                    Scale::Mul(f) => (bin(cx, BinOp::Mul, dy, f, None), false),
                    Scale::NegMul(f) => (bin(cx, BinOp::Mul, dy, f, None), true),
                    Scale::Div(q) => (bin(cx, BinOp::Div, dy, q, None), false),
                    Scale::NegMulDiv(f, q) => {
                        let p = bin(cx, BinOp::Mul, dy, f, None);
                        (bin(cx, BinOp::Div, p, q, None), true)
                    }
                    // To the operand's width; a call's result of unknown
                    // width is taken as `f64`, Rust's default float (if it
                    // is an `f32`, rustc reports the mismatch).
                    Scale::Convert => {
                        let w = cx.ty(t.operand).float().unwrap_or(FloatTy::F64);
                        (float_cast(cx, dy, w, None), false)
                    }
                };
                cx.accumulate(t.operand, c, negate);
            }
        }
        Class::Linear(l) => linear_transpose(&l, dy, cx),
        Class::Constant | Class::Structured(_) | Class::Derived(_) => {}
    }
}

/// Forward mode of a linear kind: the same kind applied to the tangents.
fn linear_tangent(
    l: &Linear<'_>,
    y: Value,
    name: Option<String>,
    cx: &mut impl Tangents,
) -> Option<Value> {
    let ty = cx.ty(y);
    let kind = match *l {
        Linear::Index { base, path } => InstKind::Index {
            base: cx.tangent(base)?,
            path: path.to_vec(),
        },
        Linear::Update {
            base,
            path,
            value,
            add,
        } => {
            if cx.tangent(base).is_none() && cx.tangent(value).is_none() {
                return None;
            }
            let base = cx.tangent_or_zero(base);
            let value = cx.tangent_or_zero(value);
            let path = path.to_vec();
            if add {
                InstKind::AddAt { base, path, value }
            } else {
                InstKind::Insert { base, path, value }
            }
        }
        Linear::ArrayLit(items) => {
            InstKind::ArrayLit(items.iter().map(|i| cx.tangent_or_zero(*i)).collect())
        }
        Linear::ArrayRepeat(v, len) => InstKind::ArrayRepeat(cx.tangent(v)?, len.clone()),
        Linear::VecRepeat(v, n) => InstKind::VecRepeat(cx.tangent(v)?, n),
        Linear::SumElems(v) => InstKind::SumElems(cx.tangent(v)?),
        Linear::Push { base, value } => {
            if cx.tangent(base).is_none() && cx.tangent(value).is_none() {
                return None;
            }
            let base = cx.tangent_or_zero(base);
            let value = cx.tangent_or_zero(value);
            InstKind::Push { base, value }
        }
        Linear::AddAgg(a, b) => match (cx.tangent(a), cx.tangent(b)) {
            (Some(ta), Some(tb)) => InstKind::AddAgg(ta, tb),
            (t, None) | (None, t) => return t,
        },
    };
    Some(cx.emit(kind, ty, name))
}

/// Reverse mode of a linear kind: its transpose.
fn linear_transpose(l: &Linear<'_>, dy: Value, cx: &mut impl Adjoints) {
    match *l {
        Linear::Index { base, path } => {
            if !cx.varied(base) {
                return;
            }
            let b = cx.adjoint_or_zero(base);
            let path: Vec<Value> = path.iter().map(|p| cx.primal(*p)).collect();
            let name = adj_name(cx, base);
            let ty = cx.ty(base);
            let new = cx.emit(
                InstKind::AddAt {
                    base: b,
                    path,
                    value: dy,
                },
                ty,
                name,
            );
            cx.set_adjoint(base, new);
        }
        Linear::Update {
            base,
            path,
            value,
            add,
        } => {
            // Insert: y = base with value at path; AddAt: y = base + value
            // at path.
            let path: Vec<Value> = path.iter().map(|p| cx.primal(*p)).collect();
            if cx.varied(value) {
                let ty = cx.ty(value);
                let dv = cx.emit(
                    InstKind::Index {
                        base: dy,
                        path: path.clone(),
                    },
                    ty,
                    None,
                );
                cx.accumulate(value, dv, false);
            }
            if cx.varied(base) {
                if add {
                    cx.accumulate(base, dy, false);
                    return;
                }
                let elem = cx.ty(base).element(path.len());
                let zero = cx.emit(InstKind::Zero, elem, None);
                let ty = cx.ty(base);
                let name = adj_name(cx, base);
                let cleared = cx.emit(
                    InstKind::Insert {
                        base: dy,
                        path,
                        value: zero,
                    },
                    ty,
                    name,
                );
                cx.accumulate(base, cleared, false);
            }
        }
        Linear::ArrayLit(items) => {
            for (k, item) in items.iter().enumerate() {
                if !cx.varied(*item) {
                    continue;
                }
                let lit = syn::LitInt::new(&format!("{k}usize"), proc_macro2::Span::call_site());
                let idx = cx.emit(InstKind::Literal(syn::Lit::Int(lit)), Ty::Int, None);
                let ty = cx.ty(*item);
                let d = cx.emit(
                    InstKind::Index {
                        base: dy,
                        path: vec![idx],
                    },
                    ty,
                    None,
                );
                cx.accumulate(*item, d, false);
            }
        }
        Linear::ArrayRepeat(v, _) | Linear::VecRepeat(v, _) => {
            if cx.varied(v) {
                let ty = cx.ty(v);
                let s = cx.emit(InstKind::SumElems(dy), ty, None);
                cx.accumulate(v, s, false);
            }
        }
        Linear::AddAgg(a, b) => {
            cx.accumulate(a, dy, false);
            cx.accumulate(b, dy, false);
        }
        Linear::Push { base, value } => {
            // y = base with value appended: the adjoint of value is the
            // last element of dy, that of base the rest. The length comes
            // from the adjoint itself (it has y's), so no primal is read.
            if !cx.varied(value) && !cx.varied(base) {
                return;
            }
            let n = cx.emit(InstKind::Len(dy), Ty::Int, None);
            let lit = syn::LitInt::new("1usize", proc_macro2::Span::call_site());
            let one = cx.emit(InstKind::Literal(syn::Lit::Int(lit)), Ty::Int, None);
            let last = cx.emit(InstKind::Binary(BinOp::Sub, n, one), Ty::Int, None);
            if cx.varied(value) {
                let ty = cx.ty(value);
                let dv = cx.emit(
                    InstKind::Index {
                        base: dy,
                        path: vec![last],
                    },
                    ty,
                    None,
                );
                cx.accumulate(value, dv, false);
            }
            if cx.varied(base) {
                let ty = cx.ty(base);
                let name = adj_name(cx, base);
                let rest = cx.emit(
                    InstKind::Truncate {
                        base: dy,
                        len: last,
                    },
                    ty,
                    name,
                );
                cx.accumulate(base, rest, false);
            }
        }
        Linear::SumElems(v) => {
            if !cx.varied(v) {
                return;
            }
            // The seed of a sum goes to every element.
            let ty = cx.ty(v);
            let spread = match &ty {
                Ty::Array(_, len) => InstKind::ArrayRepeat(dy, len.clone()),
                _ => {
                    let pv = cx.primal(v);
                    let n = cx.emit(InstKind::Len(pv), Ty::Int, None);
                    InstKind::VecRepeat(dy, n)
                }
            };
            let s = cx.emit(spread, ty, None);
            cx.accumulate(v, s, false);
        }
    }
}

fn adj_name(cx: &impl Region, v: Value) -> Option<String> {
    cx.name(v).map(|n| format!("d_{n}"))
}

// ---- instruction builders shared by the transforms ----

/// `a op b` on floats, typed like its operands.
pub fn bin(cx: &mut impl Region, op: BinOp, a: Value, b: Value, name: Option<String>) -> Value {
    let ty = match (cx.ty(a), cx.ty(b)) {
        (Ty::Float(FloatTy::Infer), Ty::Float(w)) | (Ty::Float(w), _) => Ty::Float(w),
        (_, t) => t,
    };
    cx.emit(InstKind::Binary(op, a, b), ty, name)
}

/// `-a`.
pub fn neg(cx: &mut impl Region, a: Value, name: Option<String>) -> Value {
    let ty = cx.ty(a);
    cx.emit(InstKind::Unary(UnOp::Neg, a), ty, name)
}

/// `a as T` between float types.
pub fn float_cast(cx: &mut impl Region, a: Value, to: FloatTy, name: Option<String>) -> Value {
    let tokens = match to {
        FloatTy::F32 => quote!(::core::primitive::f32),
        FloatTy::F64 | FloatTy::Infer => quote!(::core::primitive::f64),
        FloatTy::Generic => {
            let t = proc_macro2::Ident::new(&to.name(), proc_macro2::Span::call_site());
            quote!(#t)
        }
    };
    let target = CastTarget {
        tokens,
        ty: Ty::Float(to),
        into: false,
    };
    cx.emit(InstKind::Cast(a, target), Ty::Float(to), name)
}

/// `a.trunc()`.
fn trunc(cx: &mut impl Region, a: Value) -> Value {
    let ty = cx.ty(a);
    match crate::math::lookup("trunc").map(MathFn) {
        Some(f) => cx.emit(InstKind::Math(f, vec![a]), ty, None),
        None => a,
    }
}

/// The local partial derivatives of `output = f(args)`, one per float
/// argument, from the runtime rule of `f`.
pub fn partials(cx: &mut impl Region, f: MathFn, args: Vec<Value>, output: Value) -> Vec<Value> {
    let ty = cx.ty(output);
    let n = f.0.float_arity();
    let base = cx.name(output);
    let results = (0..n)
        .map(|k| {
            let name = base.as_ref().map(|b| {
                if n == 1 {
                    format!("d{b}_d")
                } else {
                    format!("d{b}_d{k}")
                }
            });
            (ty.clone(), name)
        })
        .collect();
    cx.push(
        InstKind::Partials {
            func: f,
            args,
            output,
        },
        results,
    )
}

/// The positions of the float arguments of `f` among its arguments.
pub fn float_arg_positions(f: MathFn) -> impl Iterator<Item = usize> {
    f.0.args
        .iter()
        .enumerate()
        .filter(|(_, a)| **a == Arg::Float)
        .map(|(i, _)| i)
}
