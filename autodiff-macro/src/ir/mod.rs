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

pub use crate::lang::{BinOp, CastTarget, Checkpoint, FloatTy, Len, MathFn, Ty, UnOp};
use proc_macro2::{Span, TokenStream};

mod print;
#[cfg(test)]
mod snapshots;
pub mod verify;

/// An SSA value: an index into [`Func::values`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Value(pub u32);

impl Value {
    /// The index of this value in [`Func::values`].
    pub fn index(self) -> usize {
        self.0 as usize
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
    pub kind: crate::lang::OpaqueKind,
    /// The expression as the user wrote it, for the spans of diagnostics.
    pub source: TokenStream,
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
    /// The partials of `Partials { func, args, output }` and their tangents,
    /// from the rule's own generated derivative: results are the partials,
    /// then their tangents. `tangents` has one entry per float argument and
    /// one for the output (`None`: zero).
    PartialsJvp {
        func: MathFn,
        args: Vec<Value>,
        output: Value,
        tangents: Vec<Option<Value>>,
    },
    /// `base[path[0]][path[1]]..`.
    Index {
        base: Value,
        path: Vec<Value>,
    },
    /// A copy of `base` with the element at `path` replaced by `value`.
    Insert {
        base: Value,
        path: Vec<Value>,
        value: Value,
    },
    /// A copy of `base` with `value` added to the element at `path`
    /// (adjoint accumulation).
    AddAt {
        base: Value,
        path: Vec<Value>,
        value: Value,
    },
    /// Element-wise sum of two aggregates of the same shape.
    AddAgg(Value, Value),
    /// `[a, b, ..]`.
    ArrayLit(Vec<Value>),
    /// `[value; N]`.
    ArrayRepeat(Value, Len),
    /// `vec![value; n]`.
    VecRepeat(Value, Value),
    /// `Vec::new()`, or `Vec::with_capacity(n)`: an empty `Vec`.
    VecNew(Option<Value>),
    /// A copy of `base` (a `Vec`) with `value` appended: `base.push(value)`.
    Push {
        base: Value,
        value: Value,
    },
    /// A copy of `base` (a `Vec`) keeping its first `len` elements: the
    /// adjoint of a `Push` (made by the reverse transform).
    Truncate {
        base: Value,
        len: Value,
    },
    /// `base.len()`.
    Len(Value),
    /// The sum of the elements of a sequence of floats.
    SumElems(Value),
    /// Zeros shaped like `like` (a float, an array, a `Vec`); reads `like`
    /// only for the length of a `Vec`.
    ZerosLike(Value),
    /// A counted loop over `lo..hi` (`lo..=hi` if `inclusive`, backwards if
    /// `reversed`). The body sees `index` and `params` (the carried state,
    /// `inits` on the first iteration) and yields the next carried state;
    /// the loop's results are the state after the last iteration.
    For(Box<ForLoop>),
    /// A loop that runs while `cond` (evaluated with `params` in scope)
    /// yields true.
    While(Box<WhileLoop>),
    /// Makes tape `id` (empty, unallocated).
    TapeNew(usize),
    /// Reserves room for `count` more records on tape `id`.
    TapeReserve {
        id: usize,
        count: TripCount,
    },
    /// Pushes one record (the operands) on tape `id`.
    TapePush {
        id: usize,
        values: Vec<Value>,
    },
    /// Pops one record from tape `id` into the results.
    TapePop(usize),
    /// A call of another function or method: `path(args)` or
    /// `recv.name(args)`.
    Call(Box<CallInst>),
    /// The callee's pullback with one seed per result of the call: results
    /// are the call's results and one slot per argument (see
    /// `autodiff_runtime::calls`).
    CallPullback(Box<CallInst>, Vec<Value>),
    /// The callee's pushforward with a tangent (or none) per argument:
    /// results are the call's value and its tangent.
    CallPushforward(Box<CallInst>, Vec<Option<Value>>),
    /// `adjoint + slot` for a pullback slot.
    AddSlot(Value, Value),
    /// Forward mode of a `CallPullback`: the callee's
    /// `__g_pullback_pushforward` with the tangents of the arguments (as
    /// slots, `None` for none) and of the seeds. Results: the pullback's
    /// results, then their tangents.
    CallPullbackPushforward {
        call: Box<CallInst>,
        seeds: Vec<Value>,
        arg_tangents: Vec<Option<Value>>,
        seed_tangents: Vec<Value>,
    },
    /// Structured conditional; its results are the yields of the arm taken.
    If {
        cond: Value,
        then_block: Block,
        else_block: Block,
    },
}

/// The instruction kinds without nested blocks, as one pattern: the arm of
/// [`InstKind::structure`] that lists them is the one place a new kind must
/// be placed (it serves [`InstKind::structure_mut`] too).
macro_rules! flat_kinds {
    () => {
        $crate::ir::InstKind::Param(_)
            | $crate::ir::InstKind::SelfParam
            | $crate::ir::InstKind::Literal(_)
            | $crate::ir::InstKind::Zero
            | $crate::ir::InstKind::Const(_)
            | $crate::ir::InstKind::Unary(..)
            | $crate::ir::InstKind::Binary(..)
            | $crate::ir::InstKind::Cast(..)
            | $crate::ir::InstKind::Math(..)
            | $crate::ir::InstKind::Partials { .. }
            | $crate::ir::InstKind::PartialsJvp { .. }
            | $crate::ir::InstKind::Index { .. }
            | $crate::ir::InstKind::Insert { .. }
            | $crate::ir::InstKind::AddAt { .. }
            | $crate::ir::InstKind::AddAgg(..)
            | $crate::ir::InstKind::ArrayLit(_)
            | $crate::ir::InstKind::ArrayRepeat(..)
            | $crate::ir::InstKind::VecRepeat(..)
            | $crate::ir::InstKind::VecNew(_)
            | $crate::ir::InstKind::Push { .. }
            | $crate::ir::InstKind::Truncate { .. }
            | $crate::ir::InstKind::Len(_)
            | $crate::ir::InstKind::SumElems(_)
            | $crate::ir::InstKind::ZerosLike(_)
            | $crate::ir::InstKind::TapeNew(_)
            | $crate::ir::InstKind::TapeReserve { .. }
            | $crate::ir::InstKind::TapePush { .. }
            | $crate::ir::InstKind::TapePop(_)
            | $crate::ir::InstKind::Call(_)
            | $crate::ir::InstKind::CallPullback(..)
            | $crate::ir::InstKind::CallPushforward(..)
            | $crate::ir::InstKind::AddSlot(..)
            | $crate::ir::InstKind::CallPullbackPushforward { .. }
    };
}

/// The control structure of an instruction ([`InstKind::structure`]): the
/// passes that treat every instruction without nested blocks alike match on
/// this, so every dispatch stays exhaustive.
pub enum Structure<'a> {
    /// No nested blocks.
    Flat,
    If {
        then_block: &'a Block,
        else_block: &'a Block,
    },
    For(&'a ForLoop),
    While(&'a WhileLoop),
}

/// [`Structure`], to rewrite the instruction.
pub enum StructureMut<'a> {
    Flat,
    If {
        then_block: &'a mut Block,
        else_block: &'a mut Block,
    },
    For(&'a mut ForLoop),
    While(&'a mut WhileLoop),
}

/// A call; see [`InstKind::Call`].
#[derive(Clone)]
pub struct CallInst {
    pub callee: CallTarget,
    /// The receiver of a method call.
    pub recv: Option<Value>,
    pub args: Vec<Value>,
    /// Whether each argument is passed as `&arg`.
    pub by_ref: Vec<bool>,
    /// How the results nest when the call returns a tuple that is
    /// destructured (`let (v, (a, b)) = g(..)`); `None` for one result.
    pub shape: Option<Shape>,
    /// The call as written, for the spans of diagnostics.
    pub source: TokenStream,
}

/// The nesting of a tuple: a leaf per value.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Leaf,
    Tuple(Vec<Shape>),
}

impl Shape {
    /// The number of leaves.
    pub fn leaves(&self) -> usize {
        match self {
            Shape::Leaf => 1,
            Shape::Tuple(items) => items.iter().map(Shape::leaves).sum(),
        }
    }
}

/// What a call calls.
#[derive(Clone)]
pub enum CallTarget {
    Path(syn::ExprPath),
    Method {
        name: proc_macro2::Ident,
        turbofish: Option<syn::AngleBracketedGenericArguments>,
    },
}

impl CallInst {
    /// The receiver and the arguments.
    pub fn operands(&self) -> Vec<Value> {
        self.recv.iter().chain(&self.args).copied().collect()
    }

    /// Rewrites the receiver and arguments through `f`.
    pub fn map_values(&mut self, mut f: impl FnMut(Value) -> Value) {
        self.map(&mut |v: &mut Value| *v = f(*v));
    }

    fn map(&mut self, g: &mut impl FnMut(&mut Value)) {
        if let Some(r) = &mut self.recv {
            g(r);
        }
        self.args.iter_mut().for_each(g);
    }
}

/// A counted loop; see [`InstKind::For`].
#[derive(Clone)]
pub struct ForLoop {
    pub lo: Value,
    pub hi: Value,
    pub inclusive: bool,
    pub reversed: bool,
    pub index: Value,
    pub params: Vec<Value>,
    pub inits: Vec<Value>,
    pub body: Block,
    /// Checkpointed reverse sweep (see [`Checkpoint`]).
    pub checkpoint: Option<Checkpoint>,
}

/// A conditional loop; see [`InstKind::While`].
#[derive(Clone)]
pub struct WhileLoop {
    pub params: Vec<Value>,
    pub inits: Vec<Value>,
    /// Yields one `bool`.
    pub cond: Block,
    pub body: Block,
}

/// How many records a loop will push, for reserving tape capacity.
#[derive(Clone)]
pub enum TripCount {
    /// The length of a range.
    Range {
        lo: Value,
        hi: Value,
        inclusive: bool,
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
        match self.structure() {
            Structure::If {
                then_block,
                else_block,
            } => vec![then_block, else_block],
            Structure::For(l) => vec![&l.body],
            Structure::While(l) => vec![&l.cond, &l.body],
            Structure::Flat => vec![],
        }
    }

    /// [`InstKind::blocks`], to rewrite them.
    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self.structure_mut() {
            StructureMut::If {
                then_block,
                else_block,
            } => vec![then_block, else_block],
            StructureMut::For(l) => vec![&mut l.body],
            StructureMut::While(l) => vec![&mut l.cond, &mut l.body],
            StructureMut::Flat => vec![],
        }
    }

    /// The control structure of the instruction.
    pub fn structure(&self) -> Structure<'_> {
        match self {
            InstKind::If {
                then_block,
                else_block,
                ..
            } => Structure::If {
                then_block,
                else_block,
            },
            InstKind::For(l) => Structure::For(l),
            InstKind::While(l) => Structure::While(l),
            flat_kinds!() => Structure::Flat,
        }
    }

    /// The control structure of the instruction, to rewrite it.
    pub fn structure_mut(&mut self) -> StructureMut<'_> {
        match self {
            InstKind::If {
                then_block,
                else_block,
                ..
            } => StructureMut::If {
                then_block,
                else_block,
            },
            InstKind::For(l) => StructureMut::For(l),
            InstKind::While(l) => StructureMut::While(l),
            flat_kinds!() => StructureMut::Flat,
        }
    }

    /// The values this instruction reads directly (not inside its blocks).
    pub fn operands(&self) -> Vec<Value> {
        match self {
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::TapeNew(_)
            | InstKind::TapePop(_) => vec![],
            InstKind::Const(c) => c.inputs.clone(),
            InstKind::Unary(_, a)
            | InstKind::Cast(a, _)
            | InstKind::Len(a)
            | InstKind::SumElems(a)
            | InstKind::ZerosLike(a)
            | InstKind::ArrayRepeat(a, _) => vec![*a],
            InstKind::Binary(_, a, b)
            | InstKind::AddAgg(a, b)
            | InstKind::VecRepeat(a, b)
            | InstKind::Push { base: a, value: b }
            | InstKind::Truncate { base: a, len: b } => vec![*a, *b],
            InstKind::VecNew(cap) => cap.iter().copied().collect(),
            InstKind::Math(_, args) | InstKind::ArrayLit(args) => args.clone(),
            InstKind::Partials { args, output, .. } => {
                let mut v = args.clone();
                v.push(*output);
                v
            }
            InstKind::Index { base, path } => {
                let mut v = vec![*base];
                v.extend(path);
                v
            }
            InstKind::PartialsJvp {
                args,
                output,
                tangents,
                ..
            } => {
                let mut v = args.clone();
                v.push(*output);
                v.extend(tangents.iter().flatten());
                v
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                let mut v = vec![*base];
                v.extend(path);
                v.push(*value);
                v
            }
            InstKind::If { cond, .. } => vec![*cond],
            InstKind::For(l) => {
                let mut v = vec![l.lo, l.hi];
                v.extend(&l.inits);
                v
            }
            InstKind::While(l) => l.inits.clone(),
            InstKind::TapeReserve { count, .. } => match count {
                TripCount::Range { lo, hi, .. } => vec![*lo, *hi],
            },
            InstKind::TapePush { values, .. } => values.clone(),
            InstKind::Call(c) => c.operands(),
            InstKind::CallPullback(c, seeds) => {
                let mut v = c.operands();
                v.extend(seeds);
                v
            }
            InstKind::CallPushforward(c, ts) => {
                let mut v = c.operands();
                v.extend(ts.iter().flatten());
                v
            }
            InstKind::AddSlot(a, b) => vec![*a, *b],
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => {
                let mut v = call.operands();
                v.extend(seeds);
                v.extend(arg_tangents.iter().flatten());
                v.extend(seed_tangents);
                v
            }
        }
    }
}

impl InstKind {
    /// Rewrites every operand (not inside nested blocks) through `f`.
    pub fn map_operands(&mut self, mut f: impl FnMut(Value) -> Value) {
        let mut g = |v: &mut Value| *v = f(*v);
        match self {
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::TapeNew(_)
            | InstKind::TapePop(_) => {}
            InstKind::Const(c) => c.inputs.iter_mut().for_each(g),
            InstKind::Unary(_, a)
            | InstKind::Cast(a, _)
            | InstKind::Len(a)
            | InstKind::SumElems(a)
            | InstKind::ZerosLike(a)
            | InstKind::ArrayRepeat(a, _) => g(a),
            InstKind::Binary(_, a, b)
            | InstKind::AddAgg(a, b)
            | InstKind::VecRepeat(a, b)
            | InstKind::Push { base: a, value: b }
            | InstKind::Truncate { base: a, len: b } => {
                g(a);
                g(b);
            }
            InstKind::VecNew(cap) => cap.iter_mut().for_each(g),
            InstKind::Math(_, args) | InstKind::ArrayLit(args) => args.iter_mut().for_each(g),
            InstKind::Partials { args, output, .. } => {
                args.iter_mut().for_each(&mut g);
                g(output);
            }
            InstKind::Index { base, path } => {
                g(base);
                path.iter_mut().for_each(g);
            }
            InstKind::PartialsJvp {
                args,
                output,
                tangents,
                ..
            } => {
                args.iter_mut().for_each(&mut g);
                g(output);
                tangents.iter_mut().flatten().for_each(g);
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                g(base);
                path.iter_mut().for_each(&mut g);
                g(value);
            }
            InstKind::If { cond, .. } => g(cond),
            InstKind::For(l) => {
                g(&mut l.lo);
                g(&mut l.hi);
                l.inits.iter_mut().for_each(g);
            }
            InstKind::While(l) => l.inits.iter_mut().for_each(g),
            InstKind::TapeReserve { count, .. } => match count {
                TripCount::Range { lo, hi, .. } => {
                    g(lo);
                    g(hi);
                }
            },
            InstKind::TapePush { values, .. } => values.iter_mut().for_each(g),
            InstKind::Call(c) => c.map(&mut g),
            InstKind::CallPullback(c, seeds) => {
                c.map(&mut g);
                seeds.iter_mut().for_each(g);
            }
            InstKind::CallPushforward(c, ts) => {
                c.map(&mut g);
                ts.iter_mut().flatten().for_each(g);
            }
            InstKind::AddSlot(a, b) => {
                g(a);
                g(b);
            }
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => {
                call.map(&mut g);
                seeds.iter_mut().for_each(&mut g);
                arg_tangents.iter_mut().flatten().for_each(&mut g);
                seed_tangents.iter_mut().for_each(g);
            }
        }
    }
}

impl Block {
    /// Every value this block and its nested blocks read, including yields.
    pub fn uses(&self, into: &mut Vec<Value>) {
        for inst in &self.insts {
            into.extend(inst.kind.operands());
            for b in inst.kind.blocks() {
                b.uses(into);
            }
        }
        into.extend(&self.yields);
    }

    /// Every value defined in this block and its nested blocks (loop
    /// parameters and indices included).
    pub fn defs(&self, into: &mut std::collections::HashSet<Value>) {
        for inst in &self.insts {
            into.extend(inst.results.iter().copied());
            match inst.kind.structure() {
                Structure::For(l) => {
                    into.insert(l.index);
                    into.extend(l.params.iter().copied());
                }
                Structure::While(l) => into.extend(l.params.iter().copied()),
                Structure::If { .. } | Structure::Flat => {}
            }
            for b in inst.kind.blocks() {
                b.defs(into);
            }
        }
    }
}

/// The parameters, initial values, body and condition of a loop.
#[allow(clippy::type_complexity)]
pub fn loop_parts(kind: &InstKind) -> Option<(&[Value], &[Value], &Block, Option<&Block>)> {
    match kind.structure() {
        Structure::For(l) => Some((&l.params, &l.inits, &l.body, None)),
        Structure::While(l) => Some((&l.params, &l.inits, &l.body, Some(&l.cond))),
        Structure::If { .. } | Structure::Flat => None,
    }
}

/// The ident an opaque expression uses for its `k`-th input.
pub fn input_ident(k: usize) -> proc_macro2::Ident {
    proc_macro2::Ident::new(&format!("__autodiff_input_{k}"), Span::mixed_site())
}
