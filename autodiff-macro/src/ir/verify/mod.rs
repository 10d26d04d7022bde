//! The IR's invariants, checked: run after every stage in the test suite
//! and in debug builds of the macro (see `expand.rs`), so that a transform
//! that breaks one fails at that stage, with the instruction named, instead
//! of as a rustc error in generated code or a wrong derivative.
//!
//! What holds after which [`Stage`]:
//!
//! | invariant | lower | types | reverse | forward | forward over reverse |
//! |---|---|---|---|---|---|
//! | every value defined once, in the table | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | operands and yields in scope | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | arities (results, `If` arms, loops, calls, partials) | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | `Param(k)`: `k` in range, once, at the top | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | body yields the interface's values | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | comparisons and `Len` give `bool`/int, loop indices are ints | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | which instruction kinds may occur (see [`Stage::allows`]) | ✓ | ✓ | ✓ | ✓ | ✓ |
//! | float arithmetic: operands and result of one width | | ✓ | ✓ | ✓ | ✓ |
//! | `If`/loop/`Insert`/partials types agree | | ✓ | ✓ | ✓ | ✓ |
//! | tapes: made once at the top, pops match pushes | | | ✓ | | ✓ |
//!
//! "Types agree" is modulo what the IR leaves open: `{float}` (`Infer`)
//! matches any float width, `unknown` (a call's result) matches anything,
//! and `other` (a constant kept as written, `p.k`) matches a float, since an
//! arm that returned early yields a float zero in its place.
//!
//! The verifier never panics: a value outside the function's table is an
//! error like any other.

mod kinds;

use super::{BinOp, FloatTy, TripCount, UnOp};
use super::{Block, ForLoop, Func, Inst, InstKind, Shape, Ty, Value, WhileLoop};
use std::collections::BTreeMap;
use std::fmt;

/// The stage whose output is verified.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stage {
    /// `lower`: the primal, float widths not yet inferred.
    Lower,
    /// `types`: the primal with float widths.
    Types,
    /// `reverse`: the VJP of the primal.
    Reverse,
    /// `forward`: the JVP of the primal.
    Forward,
    /// `forward` applied to the output of `reverse` (`NAME_hvp`,
    /// `__NAME_vjp_jvp`).
    ForwardOverReverse,
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stage::Lower => "lower",
            Stage::Types => "types",
            Stage::Reverse => "reverse",
            Stage::Forward => "forward",
            Stage::ForwardOverReverse => "forward over reverse",
        })
    }
}

impl Stage {
    /// Whether float widths are inferred (every stage after `types`).
    fn typed(self) -> bool {
        !matches!(self, Stage::Lower)
    }

    /// Whether the function comes out of the reverse transform, the only
    /// one that makes tapes.
    fn reversed(self) -> bool {
        matches!(self, Stage::Reverse | Stage::ForwardOverReverse)
    }

    /// Whether an instruction of this kind may occur after this stage: the
    /// lowering makes the primal kinds, each transform adds its own.
    pub fn allows(self, kind: &InstKind) -> bool {
        use Stage::{Forward, ForwardOverReverse as Fr, Lower, Reverse, Types};
        let stages: &[Stage] = match kind {
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Index { .. }
            | InstKind::Insert { .. }
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Len(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::Call(_)
            | InstKind::If { .. } => &[Lower, Types, Reverse, Forward, Fr],
            // Both transforms: local derivatives, and zeros of a `Vec`.
            InstKind::Partials { .. } | InstKind::ZerosLike(_) => &[Reverse, Forward, Fr],
            // Reverse mode: adjoint accumulation, tapes, pullbacks.
            InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::SumElems(_)
            | InstKind::Truncate { .. }
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::CallPullback(..)
            | InstKind::AddSlot(..) => &[Reverse, Fr],
            InstKind::CallPushforward(..) => &[Forward, Fr],
            // Forward mode of what only reverse mode makes.
            InstKind::PartialsJvp { .. } | InstKind::CallPullbackPushforward { .. } => &[Fr],
        };
        stages.contains(&self)
    }
}

/// What the caller knows about the function's interface.
#[derive(Clone, Copy, Debug)]
pub struct Interface {
    /// The number of parameters (`Param(k)` has `k < params`): the user's,
    /// then the seeds (reverse) or tangents (forward).
    pub params: usize,
    /// The number of values the body yields.
    pub yields: usize,
}

/// Checks the invariants of `func` after `stage` (see the module
/// documentation); `Err` lists every violation found.
pub fn verify(func: &Func, stage: Stage, interface: Interface) -> Result<(), Vec<String>> {
    let n = func.values.len();
    let mut v = Verifier {
        func,
        stage,
        interface,
        errors: Vec::new(),
        defined: vec![false; n],
        visible: vec![false; n],
        scope: Vec::new(),
        params: BTreeMap::new(),
        self_param: false,
        tapes: BTreeMap::new(),
        all_defs: vec![false; n],
    };
    v.collect_defs(&func.body);
    let body = At {
        func,
        inst: None,
        part: "the function body",
        yields: false,
    };
    v.block(&func.body, 0, body);
    if func.body.yields.len() != interface.yields {
        v.errors.push(format!(
            "the function body yields {} values, its interface has {}",
            func.body.yields.len(),
            interface.yields
        ));
    }
    v.finish_tapes();
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v.errors)
    }
}

/// The message of an internal error: the IR after `stage` violates an
/// invariant. Names the first few violations; the rest are counted.
pub fn internal_error(stage: Stage, violations: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut text = violations
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if violations.len() > SHOWN {
        text.push_str(&format!(" (and {} more)", violations.len() - SHOWN));
    }
    format!(
        "internal error in #[differentiate]: the IR after {stage} is invalid: {text}. This is a \
         bug of the macro, not of this function: please report it with the function"
    )
}

/// The driver's hook after each stage. In debug builds of the macro it
/// verifies `func` and records a violation as an error on `span` (so the
/// user sees one clear error instead of rustc's errors on generated code);
/// release builds skip the check. In the crate's own tests, with
/// `AUTODIFF_SHOW_IR=1` set, it also prints the IR (see `show_expansion` in
/// `expand.rs`). Returns whether the IR may be used.
pub fn after_stage(
    func: &Func,
    stage: Stage,
    interface: Interface,
    span: proc_macro2::Span,
    errors: &mut crate::diag::Errors,
) -> bool {
    // Only tests read the environment: a macro that did would make builds
    // depend on it.
    if cfg!(test) && std::env::var_os("AUTODIFF_SHOW_IR").is_some_and(|v| v != "0") {
        println!("// the IR after {stage}\n{func}");
    }
    if !cfg!(debug_assertions) {
        return true;
    }
    match verify(func, stage, interface) {
        Ok(()) => true,
        Err(violations) => {
            errors.push(span, internal_error(stage, &violations));
            false
        }
    }
}

/// What the verifier learnt about one tape.
#[derive(Default)]
struct Tape<'a> {
    made: bool,
    /// The types of each record pushed, and where, in program order.
    pushes: Vec<(Vec<Ty>, At<'a>)>,
    /// The types of each record popped, and where.
    pops: Vec<(Vec<Ty>, At<'a>)>,
}

struct Verifier<'a> {
    func: &'a Func,
    stage: Stage,
    interface: Interface,
    errors: Vec<String>,
    /// Whether each value has been defined (by the walk so far).
    defined: Vec<bool>,
    /// Whether each value is in scope at the current point of the walk.
    visible: Vec<bool>,
    /// The values made visible, innermost block last, to hide them again
    /// when the walk leaves a block.
    scope: Vec<Value>,
    /// `Param(k)` seen, and where.
    params: BTreeMap<usize, At<'a>>,
    self_param: bool,
    tapes: BTreeMap<usize, Tape<'a>>,
    /// Whether each value is defined anywhere in the function, to tell "out
    /// of scope" from "never defined" in messages.
    all_defs: Vec<bool>,
}

/// Where a violation is: an instruction (or one of its blocks), or the
/// function body. Printed only when there is an error.
#[derive(Clone, Copy)]
struct At<'a> {
    func: &'a Func,
    inst: Option<&'a Inst>,
    /// The nested block (`body`, `then`, ..), or the whole instruction.
    part: &'static str,
    /// Whether it is the yield of that block.
    yields: bool,
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(inst) = self.inst {
            write!(f, "`{}`", self.func.display_inst_head(inst))?;
            if !self.part.is_empty() {
                write!(f, " ({})", self.part)?;
            }
        } else {
            f.write_str(self.part)?;
        }
        if self.yields {
            f.write_str(", its yield")?;
        }
        Ok(())
    }
}

/// The innermost element type of nested arrays and `Vec`s (`Ty::scalar`,
/// which the interpreter has, is test-only).
fn innermost(t: &Ty) -> &Ty {
    match t {
        Ty::Array(e, _) | Ty::Vec(e) => innermost(e),
        t => t,
    }
}

/// Whether two types agree where the IR fixes them: `{float}` matches any
/// float width, `unknown` anything, `other` a float.
fn compatible(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        (Ty::Unknown, _) | (_, Ty::Unknown) => true,
        (Ty::Float(x), Ty::Float(y)) => x == y || *x == FloatTy::Infer || *y == FloatTy::Infer,
        (Ty::Other, Ty::Float(_)) | (Ty::Float(_), Ty::Other) => true,
        (Ty::Array(x, n), Ty::Array(y, m)) => n == m && compatible(x, y),
        (Ty::Vec(x), Ty::Vec(y)) => compatible(x, y),
        (a, b) => a == b,
    }
}

impl<'a> Verifier<'a> {
    fn ty(&self, v: Value) -> Option<&'a Ty> {
        self.func.values.get(v.index()).map(|i| &i.ty)
    }

    fn in_table(&mut self, v: Value, at: At<'a>) -> bool {
        if v.index() < self.func.values.len() {
            return true;
        }
        self.errors.push(format!(
            "{at}: {v} is not a value of this function (it has {})",
            self.func.values.len()
        ));
        false
    }

    fn collect_defs(&mut self, block: &'a Block) {
        let mut defs = std::collections::HashSet::new();
        block.defs(&mut defs);
        for d in defs {
            if let Some(slot) = self.all_defs.get_mut(d.index()) {
                *slot = true;
            }
        }
    }

    /// Defines `v` in the current block.
    fn define(&mut self, v: Value, at: At<'a>) {
        if !self.in_table(v, at) {
            return;
        }
        if self.defined[v.index()] {
            self.errors
                .push(format!("{at}: {v} is defined a second time"));
        }
        self.defined[v.index()] = true;
        self.reveal(v);
    }

    /// Makes the already defined `v` visible in the current block (the
    /// parameters of a `while` in its body, after its condition).
    fn reveal(&mut self, v: Value) {
        if let Some(slot) = self.visible.get_mut(v.index()) {
            *slot = true;
            self.scope.push(v);
        }
    }

    /// Checks that `v` is in scope.
    fn read(&mut self, v: Value, at: At<'a>) {
        if !self.in_table(v, at) {
            return;
        }
        if !self.visible[v.index()] {
            let why = if self.all_defs[v.index()] {
                ""
            } else {
                " (it is defined nowhere)"
            };
            self.errors.push(format!(
                "{at}: {v} is read before its definition or outside the block that defines \
                 it{why}"
            ));
        }
    }

    /// Hides every value defined since `mark`.
    fn leave(&mut self, mark: usize) {
        for v in self.scope.drain(mark..) {
            self.visible[v.index()] = false;
        }
    }

    /// Walks a block; `depth` is 0 for the function body.
    fn block(&mut self, block: &'a Block, depth: usize, at: At<'a>) {
        for inst in &block.insts {
            self.inst(inst, depth);
        }
        let at = At { yields: true, ..at };
        for y in &block.yields {
            self.read(*y, at);
        }
    }

    /// Walks a nested block in a scope of its own, with `params` defined
    /// (or only revealed, if `reveal_only`) at its start.
    fn nested(
        &mut self,
        block: &'a Block,
        params: &[Value],
        reveal_only: bool,
        at: At<'a>,
        depth: usize,
    ) {
        let mark = self.scope.len();
        for p in params {
            if reveal_only {
                if self.in_table(*p, at) {
                    self.reveal(*p);
                }
            } else {
                self.define(*p, at);
            }
        }
        self.block(block, depth + 1, at);
        self.leave(mark);
    }

    fn results(&mut self, inst: &Inst, n: usize, at: At<'a>) {
        if inst.results.len() != n {
            self.errors.push(format!(
                "{at}: {} results, this kind of instruction has {n}",
                inst.results.len()
            ));
        }
    }

    fn expect(&mut self, ok: bool, at: At<'a>, what: impl FnOnce() -> String) {
        if !ok {
            self.errors.push(format!("{at}: {}", what()));
        }
    }

    /// After `types`: `a` and `b` have compatible types.
    fn agree(&mut self, a: Value, b: Value, at: At<'a>, what: &str) {
        if !self.stage.typed() {
            return;
        }
        if let (Some(ta), Some(tb)) = (self.ty(a), self.ty(b)) {
            if !compatible(ta, tb) {
                self.errors
                    .push(format!("{at}: {what}: {a} is {ta}, {b} is {tb}"));
            }
        }
    }

    fn inst(&mut self, inst: &'a Inst, depth: usize) {
        let at = At {
            func: self.func,
            inst: Some(inst),
            part: "",
            yields: false,
        };
        if !self.stage.allows(&inst.kind) {
            self.errors.push(format!(
                "{at}: this kind of instruction does not occur after {}",
                self.stage
            ));
        }
        for v in inst.kind.operands() {
            self.read(v, at);
        }
        self.kind(inst, depth, at);
        for r in &inst.results {
            self.define(*r, at);
        }
    }

    /// The checks of each kind of instruction.
    fn kind(&mut self, inst: &'a Inst, depth: usize, at: At<'a>) {
        let one = |s: &mut Self| s.results(inst, 1, at);
        let first = inst.results.first().copied();
        match &inst.kind {
            InstKind::Param(k) => {
                one(self);
                self.param(*k, depth, at);
            }
            InstKind::SelfParam => {
                one(self);
                self.expect(depth == 0, at, || {
                    "the receiver inside a nested block".into()
                });
                self.expect(!self.self_param, at, || "the receiver a second time".into());
                self.self_param = true;
            }
            InstKind::Literal(lit) => {
                one(self);
                let want = match lit {
                    syn::Lit::Bool(_) => Some(Ty::Bool),
                    syn::Lit::Float(_) => Some(Ty::Float(FloatTy::Infer)),
                    _ => None,
                };
                if let (Some(want), Some(r)) = (want, first) {
                    self.expect_ty(r, &want, at, "a literal's type");
                }
            }
            // A zero of any type: `emit` falls back to `Default::default()`
            // for the types it has no literal for (the tangent of a result
            // that is a constant kept as written).
            InstKind::Zero
            | InstKind::Const(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..) => one(self),
            InstKind::AddSlot(a, _) => {
                one(self);
                if let Some(r) = first {
                    self.agree(r, *a, at, "an adjoint plus a slot keeps its type");
                }
            }
            InstKind::Unary(op, a) => {
                one(self);
                match (op, first) {
                    (UnOp::Neg, Some(r)) => self.agree(r, *a, at, "a negation keeps its type"),
                    (UnOp::Neg | UnOp::Not, _) => {}
                }
            }
            InstKind::Binary(op, a, b) => {
                one(self);
                self.binary(inst, *op, *a, *b, at);
            }
            InstKind::Cast(_, target) => {
                one(self);
                if let Some(r) = first {
                    self.expect_ty(r, &target.ty, at, "a cast's result");
                }
            }
            InstKind::Math(f, args) => {
                one(self);
                self.arity(f.0, args, at);
                if let (true, Some(r), Some(&x)) =
                    (f.0.kind != crate::math::Kind::Query, first, args.first())
                {
                    self.agree(r, x, at, "a float method keeps its receiver's type");
                }
            }
            InstKind::Partials { func, args, output } => {
                self.partials(inst, func.0, args, *output, None, at);
            }
            InstKind::PartialsJvp {
                func,
                args,
                output,
                tangents,
            } => self.partials(inst, func.0, args, *output, Some(tangents), at),
            InstKind::Index { base, path } => {
                one(self);
                self.path(path, at);
                if let (Some(r), Some(bt)) = (first, self.ty(*base)) {
                    if !matches!(bt, Ty::Other) {
                        self.expect_ty(r, &bt.element(path.len()), at, "an element's type");
                    }
                }
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                one(self);
                self.update(first, *base, path, *value, at);
            }
            InstKind::VecNew(cap) => {
                one(self);
                if let Some(n) = cap {
                    self.expect_exact(*n, &Ty::Int, at, "a capacity");
                }
            }
            InstKind::Push { base, value } => {
                one(self);
                if let Some(r) = first {
                    self.agree(r, *base, at, "a `Vec` pushed onto keeps its type");
                }
                if let Some(bt) = self.ty(*base) {
                    let elem = bt.element(1);
                    let ok = matches!(bt, Ty::Vec(_) | Ty::Unknown | Ty::Other);
                    self.expect(ok, at, || format!("a push onto {base} of type {bt}"));
                    if matches!(bt, Ty::Vec(_)) && !matches!(elem, Ty::Other) {
                        self.expect_ty(*value, &elem, at, "the pushed element's type");
                    }
                }
            }
            InstKind::Truncate { base, len } => {
                one(self);
                self.expect_exact(*len, &Ty::Int, at, "a length");
                if let Some(r) = first {
                    self.agree(r, *base, at, "a truncated `Vec` keeps its type");
                }
            }
            InstKind::AddAgg(a, b) => {
                one(self);
                self.agree(*a, *b, at, "a sum of aggregates of two types");
                if let Some(r) = first {
                    self.agree(r, *a, at, "a sum keeps its type");
                }
            }
            InstKind::ArrayLit(items) => {
                one(self);
                if let Some(Ty::Array(elem, _)) = first.and_then(|r| self.ty(r)) {
                    for i in items {
                        self.expect_ty(*i, elem, at, "an array item's type");
                    }
                }
            }
            InstKind::Len(_) => {
                one(self);
                if let Some(r) = first {
                    self.expect_exact(r, &Ty::Int, at, "a length");
                }
            }
            InstKind::SumElems(a) => {
                one(self);
                if let (Some(r), Some(t)) = (first, self.ty(*a)) {
                    // Floats, or arrays added element-wise.
                    let elem = t.element(1);
                    let want = if matches!(elem, Ty::Array(..)) {
                        &elem
                    } else {
                        innermost(t)
                    };
                    self.expect_ty(r, want, at, "a sum of elements");
                }
            }
            InstKind::ZerosLike(a) => {
                one(self);
                if let Some(r) = first {
                    self.agree(r, *a, at, "zeros keep the shape's type");
                }
            }
            InstKind::For(_)
            | InstKind::While(_)
            | InstKind::If { .. }
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::CallPullbackPushforward { .. } => self.control_kind(inst, depth, at),
        }
    }

    /// The kinds with nested blocks, tapes and calls.
    fn control_kind(&mut self, inst: &'a Inst, depth: usize, at: At<'a>) {
        match &inst.kind {
            InstKind::For(l) => self.for_loop(inst, l, depth, at),
            InstKind::While(l) => self.while_loop(inst, l, depth, at),
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => self.if_inst(inst, *cond, [then_block, else_block], depth, at),
            InstKind::TapeNew(id) => {
                self.results(inst, 0, at);
                self.expect(depth == 0, at, || {
                    "a tape made inside a nested block".into()
                });
                let tape = self.tapes.entry(*id).or_default();
                let again = std::mem::replace(&mut tape.made, true);
                self.expect(!again, at, || format!("tape{id} is made a second time"));
            }
            InstKind::TapeReserve { id, count } => {
                self.results(inst, 0, at);
                match count {
                    TripCount::Range { .. } => self.tape_made(*id, at),
                }
            }
            InstKind::TapePush { id, values } => {
                self.results(inst, 0, at);
                self.tape_made(*id, at);
                self.record(*id, values, at, true);
            }
            InstKind::TapePop(id) => {
                self.tape_made(*id, at);
                self.record(*id, &inst.results, at, false);
            }
            InstKind::Call(c) => {
                let n = self.call(c, at);
                self.results(inst, n, at);
            }
            InstKind::CallPullback(c, seeds) => {
                let n = self.call(c, at);
                self.count(seeds.len(), n, "seeds", "results", at);
                self.results(inst, n + c.args.len(), at);
            }
            InstKind::CallPushforward(c, tangents) => {
                let n = self.call(c, at);
                self.count(tangents.len(), c.args.len(), "tangents", "arguments", at);
                self.results(inst, 2 * n, at);
            }
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => {
                let n = self.call(call, at);
                let args = call.args.len();
                self.count(seeds.len(), n, "seeds", "results", at);
                self.count(
                    arg_tangents.len(),
                    args,
                    "argument tangents",
                    "arguments",
                    at,
                );
                self.count(
                    seed_tangents.len(),
                    seeds.len(),
                    "seed tangents",
                    "seeds",
                    at,
                );
                self.results(inst, 2 * (n + args), at);
            }
            // Checked by `kind`.
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Index { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_)
            | InstKind::ZerosLike(_)
            | InstKind::AddSlot(..) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuzz::check::{Compiled, compile};
    use crate::ir::{Inst, InstKind};

    fn compiled(src: &str) -> Compiled {
        compile("", src).unwrap_or_else(|e| panic!("{e}\n{src}"))
    }

    /// The primal after `types` of a function of `params` parameters and
    /// one result.
    fn primal_errors(func: &Func, params: usize) -> Vec<String> {
        verify(func, Stage::Types, Interface { params, yields: 1 })
            .err()
            .unwrap_or_default()
    }

    fn assert_reports(errors: &[String], needle: &str) {
        assert!(
            errors.iter().any(|e| e.contains(needle)),
            "expected an error containing {needle:?}, got {errors:#?}"
        );
    }

    const LOOP: &str = "fn f(x: f64, n: usize) -> f64 {
        let mut s = 1.0;
        for i in 0..n {
            if s > 2.0 { s = s * x; } else { s = s + x.sin(); }
        }
        s
    }";

    /// The first instruction (in the top block) that `pick` selects.
    fn find(func: &mut Func, pick: impl Fn(&Inst) -> bool) -> &mut Inst {
        func.body
            .insts
            .iter_mut()
            .find(|i| pick(i))
            .expect("an instruction to break")
    }

    #[test]
    fn the_ir_of_every_stage_is_valid() {
        // `compile` verifies after each stage: an `Err` names the violation.
        for src in [
            LOOP,
            "fn f(x: f64) -> f64 { let mut y = x; while y < 10.0 { y = y * 2.0; } y }",
            "fn f(x: &[f64]) -> f64 { let mut v = vec![0.0; 2]; v[0] = x[1]; v[0] * x[0] }",
        ] {
            compiled(src);
        }
    }

    #[test]
    fn a_value_defined_twice_is_reported() {
        let mut f = compiled(LOOP).primal;
        let first = f.body.insts[0].results[0];
        f.body.insts[1].results = vec![first];
        assert_reports(&primal_errors(&f, 2), "is defined a second time");
    }

    #[test]
    fn a_value_read_outside_its_block_is_reported() {
        let mut f = compiled(LOOP).primal;
        let l = find(&mut f, |i| matches!(i.kind, InstKind::For(_)));
        let InstKind::For(l) = &l.kind else {
            unreachable!()
        };
        // The body's first result, read after the loop.
        let inner = l.body.insts[0].results[0];
        f.body.yields = vec![inner];
        let errors = primal_errors(&f, 2);
        assert_reports(&errors, "the function body, its yield");
        assert_reports(&errors, "outside the block that defines it");
    }

    #[test]
    fn a_value_that_is_not_in_the_table_is_reported_without_a_panic() {
        let mut f = compiled(LOOP).primal;
        f.body.yields = vec![Value(9999)];
        assert_reports(
            &primal_errors(&f, 2),
            "v9999 is not a value of this function",
        );
    }

    #[test]
    fn arities_of_ifs_and_loops_are_checked() {
        let mut f = compiled(LOOP).primal;
        let l = find(&mut f, |i| matches!(i.kind, InstKind::For(_)));
        let InstKind::For(l) = &mut l.kind else {
            unreachable!()
        };
        l.inits.pop();
        let iff = l
            .body
            .insts
            .iter_mut()
            .find(|i| matches!(i.kind, InstKind::If { .. }))
            .expect("the if");
        let InstKind::If { then_block, .. } = &mut iff.kind else {
            unreachable!()
        };
        then_block.yields.pop();
        let errors = primal_errors(&f, 2);
        assert_reports(&errors, "0 initial values for 1 carried values");
        assert_reports(&errors, "the then arm yields 0 values for 1 results");
    }

    #[test]
    fn a_while_condition_yields_one_bool() {
        let src = "fn f(x: f64) -> f64 { let mut y = x; while y < 10.0 { y = y * 2.0; } y }";
        let mut f = compiled(src).primal;
        let w = find(&mut f, |i| matches!(i.kind, InstKind::While(_)));
        let InstKind::While(l) = &mut w.kind else {
            unreachable!()
        };
        l.cond.yields = vec![l.params[0]];
        assert_reports(&primal_errors(&f, 1), "a `while` condition v");
    }

    #[test]
    fn parameters_are_in_range_and_read_once() {
        let mut f = compiled(LOOP).primal;
        f.body.insts[1].kind = InstKind::Param(0);
        assert_reports(&primal_errors(&f, 2), "parameter 0 is already read");
        f.body.insts[1].kind = InstKind::Param(7);
        assert_reports(&primal_errors(&f, 2), "parameter 7 of 2");
    }

    #[test]
    fn float_arithmetic_of_two_widths_is_reported_after_types() {
        let mut f = compiled("fn f(x: f64, y: f64) -> f64 { x * y }").primal;
        f.values[1].ty = Ty::Float(FloatTy::F32);
        let errors = primal_errors(&f, 2);
        assert_reports(&errors, "float arithmetic of v0: f64 and v1: f32");
        // Before `types`, widths are still open.
        let before = verify(
            &f,
            Stage::Lower,
            Interface {
                params: 2,
                yields: 1,
            },
        );
        assert!(before.is_ok(), "{before:?}");
    }

    #[test]
    fn tapes_are_made_and_popped_records_are_pushed() {
        let c = compiled(LOOP);
        // `x`, `n` and the seed; the value and the gradient in `x`.
        let interface = Interface {
            params: 3,
            yields: 2,
        };
        let valid = verify(&c.vjp, Stage::Reverse, interface);
        assert!(valid.is_ok(), "{valid:?}");
        // Without the tape's `new`.
        let mut f = c.vjp.clone();
        f.body
            .insts
            .retain(|i| !matches!(i.kind, InstKind::TapeNew(_)));
        let errors = verify(&f, Stage::Reverse, interface).unwrap_err();
        assert_reports(&errors, "tape0 is used before it is made");
        // A record of the wrong arity: one more value pushed.
        let mut f = c.vjp.clone();
        let l = find(&mut f, |i| matches!(i.kind, InstKind::For(_)));
        let InstKind::For(l) = &mut l.kind else {
            unreachable!()
        };
        let push = l
            .body
            .insts
            .iter_mut()
            .find(|i| matches!(i.kind, InstKind::TapePush { .. }))
            .expect("the loop pushes its record");
        let InstKind::TapePush { values, .. } = &mut push.kind else {
            unreachable!()
        };
        values.push(values[0]);
        let errors = verify(&f, Stage::Reverse, interface).unwrap_err();
        assert_reports(&errors, "on tape0, whose records pushed by");
        // A pop of a tape nothing pushes on.
        let mut f = c.vjp.clone();
        f.body.insts.push(Inst {
            kind: InstKind::TapeNew(5),
            results: vec![],
            span: proc_macro2::Span::call_site(),
        });
        f.body.insts.push(Inst {
            kind: InstKind::TapePop(5),
            results: vec![],
            span: proc_macro2::Span::call_site(),
        });
        let errors = verify(&f, Stage::Reverse, interface).unwrap_err();
        assert_reports(&errors, "tape5 is popped but nothing pushes on it");
        // Tapes in the primal.
        let errors = verify(&c.vjp, Stage::Types, interface).unwrap_err();
        assert_reports(&errors, "does not occur after types");
    }

    #[test]
    fn an_internal_error_names_the_stage_and_counts_the_rest() {
        let violations: Vec<String> = (0..5).map(|k| format!("violation {k}")).collect();
        let m = internal_error(Stage::Reverse, &violations);
        assert!(m.starts_with(
            "internal error in #[differentiate]: the IR after reverse is invalid: violation 0; \
             violation 1; violation 2 (and 2 more)."
        ));
        assert!(m.contains("please report"));
    }

    /// Through the macro in a debug build: a violation is one error on the
    /// function, not a panic or rustc errors on generated code.
    #[test]
    fn the_driver_reports_a_violation_as_an_error_on_the_function() {
        let f = compiled("fn f(x: f64) -> f64 { x }").primal;
        let mut errors = crate::diag::Errors::default();
        let span = proc_macro2::Span::call_site();
        let wrong = Interface {
            params: 1,
            yields: 2,
        };
        assert!(!after_stage(&f, Stage::Lower, wrong, span, &mut errors));
        let text = errors.combined().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            text.contains("the IR after lower is invalid: the function body yields 1 values"),
            "{text}"
        );
    }

    #[test]
    fn the_text_of_an_instruction_and_a_block() {
        let f = compiled("fn f(x: f64) -> f64 { if x > 0.0 { x.sin() } else { x } }").primal;
        let iff = f
            .body
            .insts
            .iter()
            .find(|i| matches!(i.kind, InstKind::If { .. }))
            .expect("the if");
        let text = f.display_inst(iff).to_string();
        assert!(
            text.contains("= if v2 {\n  v3: f64 = sin v0\n  yield v3\n} else {"),
            "{text}"
        );
        let head = f.display_inst_head(iff).to_string();
        assert!(head.ends_with("= if v2 { … } else { … }"), "{head}");
        let block = f.display_block(&f.body).to_string();
        assert!(block.starts_with("v0 \"x\": f64 = param 0\n"), "{block}");
    }
}
