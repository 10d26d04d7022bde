//! Reverse mode: turns the primal IR into the IR of a vector-Jacobian
//! product.
//!
//! The result is one function: the primal trace, then the adjoint statements
//! in reverse order. The adjoint of a value used several times accumulates
//! (adds) the contribution of every use. A value whose adjoint is known to be
//! zero has no adjoint value at all (symbolic zero), so constants cost
//! nothing.
//!
//! Values computed inside a nested block are out of Rust's scope when the
//! reverse sweep needs them, so a planning pass first decides, per block,
//! how the sweep gets each value its adjoint reads:
//!
//! - an `if` arm *exposes* them: the `if` yields them as extra results (the
//!   other arm yields a placeholder), which costs nothing at run time;
//! - a loop body *stores* on its tape, once per iteration, the values it
//!   cannot recompute: the carried state the adjoint reads, results of inner
//!   loops and `if`s, reads of arrays that the reverse sweep cannot see; and
//!   *recomputes* everything else (arithmetic on stored values, the index,
//!   and values from outside the loop, which are never overwritten in SSA).
//!
//! The reverse of a loop is a loop over the same range backwards that pops
//! one record per iteration, recomputes, and runs the adjoint of the body. It
//! carries the adjoints of the loop's state and of the outside values the
//! body reads.

mod checkpoint;
mod plan;
mod prune;
mod sweep;

use crate::activity::Activity;
use crate::derivative::{self, Region};
use crate::ir::loop_parts;
use crate::ir::{BinOp, Block, ConstExpr, Func, Inst, InstKind, Structure, Ty, Value};
use crate::lower::Lowered;
use proc_macro2::{Span, TokenStream};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Builds the vector-Jacobian product of `lowered`. The function takes the
/// original parameters (positions `0..n_params`) followed by one seed per
/// result value; its body yields the result values followed by the adjoint
/// of each parameter in `wrt` (zeros where the adjoint is zero).
///
/// With `preseed`, the `j`-th parameter of `wrt` whose `preseed[j]` holds
/// has one more parameter after the seeds (in `wrt` order): the value its
/// adjoint starts from instead of zero, so the sweep adds the gradient into
/// it (`NAME_vjp_into`, whose buffers the caller owns).
pub fn vjp(
    lowered: &Lowered,
    act: &Activity,
    n_params: usize,
    wrt: &[usize],
    preseed: Option<&[bool]>,
    krate: &TokenStream,
) -> Func {
    let mut rev = Rev {
        krate: krate.clone(),
        func: lowered.func.clone(),
        varied: act.varied.clone(),
        exposed: HashMap::new(),
        extras: HashSet::new(),
        plans: HashMap::new(),
        tapes: 0,
        depth: HashMap::new(),
    };
    let mut body = lowered.func.body.clone();
    rev.note_depths(&body, 0);
    rev.instrument(&mut body);

    let mut prologue = Vec::new();
    for id in 0..rev.tapes {
        prologue.push(Inst {
            kind: InstKind::TapeNew(id),
            results: vec![],
            span: Span::call_site(),
        });
    }
    prologue.append(&mut body.insts);
    body.insts = prologue;

    let mut out = Vec::new();
    let mut adj: Adjoints = BTreeMap::new();
    let env = Env::new();
    for (k, r) in lowered.result.iter().enumerate() {
        let ty = rev.func.ty(*r).clone();
        let name = Some(format!("d_{}", rev.func.name(*r).unwrap_or("out")));
        let is_vec = matches!(ty, Ty::Vec(_));
        let seed = rev.emit(&mut out, InstKind::Param(n_params + k), ty, name);
        if is_vec {
            rev.emit(&mut out, seed_length_check(seed, *r), Ty::Other, None);
        }
        rev.accumulate(&mut adj, *r, seed, false, &mut out);
    }
    if let Some(preseed) = preseed {
        let first = n_params + lowered.result.len();
        let buffered = wrt.iter().zip(preseed).filter(|(_, s)| **s);
        for (k, (&p, _)) in (first..).zip(buffered) {
            let pv = lowered.params[p];
            let ty = rev.func.ty(pv).clone();
            let name = rev.adj_name(pv);
            let start = rev.emit(&mut out, InstKind::Param(k), ty, name);
            adj.insert(pv, start);
        }
    }
    rev.adjoint_insts(&body.insts, &mut adj, &env, &mut out);

    let mut yields = lowered.result.clone();
    for &p in wrt {
        let pv = lowered.params[p];
        let g = match adj.get(&pv) {
            Some(g) => *g,
            None => rev.zeros_for(pv, &env, &mut out),
        };
        yields.push(g);
    }
    body.insts.extend(out);
    body.yields = yields;
    rev.func.body = body;
    prune::prune_tapes(&mut rev.func);
    rev.func
}

/// Adjoint of each primal value that has a nonzero one. Ordered, so the
/// emitted code does not depend on hash order.
type Adjoints = BTreeMap<Value, Value>;

/// Primal value -> the value standing for it in the current adjoint region
/// (popped from a tape, recomputed, or the reverse loop's index).
type Env = HashMap<Value, Value>;

/// How the reverse sweep of one loop gets what it needs.
#[derive(Clone, Default)]
struct LoopPlan {
    /// Tape of this loop, if it stores anything.
    tape: Option<usize>,
    /// Body values pushed at the end of each iteration, in push order.
    stored: Vec<Value>,
    /// Body instructions re-run at the start of each reverse iteration, in
    /// order.
    recompute: Vec<Inst>,
    /// Values from outside the loop that the reverse loop reads.
    outer: Vec<Value>,
    /// For a `while` loop: the result that counts its iterations.
    count: Option<Value>,
    /// For a `#[checkpoint]` loop: how its segments are recomputed.
    checkpoint: Option<CheckpointPlan>,
}

/// The reverse sweep of a checkpointed loop: the forward sweep runs the
/// plain body and pushes a snapshot `(index, state..)` every `interval`
/// iterations on tape `snapshots`; the reverse sweep pops them last first,
/// re-runs each segment with `template` (the body with its record pushes)
/// and then reverses the segment.
#[derive(Clone)]
struct CheckpointPlan {
    snapshots: usize,
    template: Block,
    interval: Value,
    /// The loop result that counts its iterations.
    count: Value,
}

struct Rev {
    /// Path of the facade crate, for runtime helpers in generated code.
    krate: TokenStream,
    func: Func,
    varied: Vec<bool>,
    /// Arm-local primal value -> the `If` result that carries it out.
    exposed: HashMap<Value, Value>,
    /// The `If` results added by exposure.
    extras: HashSet<Value>,
    /// Plan of each loop, keyed by [`loop_key`].
    plans: HashMap<Value, LoopPlan>,
    tapes: usize,
    /// Number of loop bodies around the definition of each value.
    depth: HashMap<Value, usize>,
}

/// A value that identifies a loop instruction: its first result, or for a
/// loop without results its index or first parameter.
fn loop_key(inst: &Inst) -> Option<Value> {
    match inst.kind.structure() {
        Structure::For(l) => Some(l.index),
        Structure::While(l) => l.params.first().copied(),
        Structure::If { .. } | Structure::Flat => None,
    }
}

impl Rev {
    fn is_varied(&self, v: Value) -> bool {
        self.varied.get(v.index()).copied().unwrap_or(false)
    }

    fn emit(&mut self, out: &mut Vec<Inst>, kind: InstKind, ty: Ty, name: Option<String>) -> Value {
        self.func.emit(out, kind, ty, name)
    }

    fn new_value(&mut self, ty: Ty, name: Option<String>) -> Value {
        self.func.new_value(ty, name)
    }

    /// The value the adjoint code uses for primal value `v`.
    fn val(&self, env: &Env, mut v: Value) -> Value {
        while let Some(r) = self.exposed.get(&v) {
            v = *r;
        }
        env.get(&v).copied().unwrap_or(v)
    }

    fn adj_name(&self, v: Value) -> Option<String> {
        self.func.name(v).map(|n| format!("d_{n}"))
    }

    /// Zeros shaped like primal `v`.
    fn zeros_for(&mut self, v: Value, env: &Env, out: &mut Vec<Inst>) -> Value {
        let ty = self.func.ty(v).clone();
        let name = self.adj_name(v);
        if matches!(ty, Ty::Vec(_) | Ty::Unknown) {
            let like = self.val(env, v);
            self.emit(out, InstKind::ZerosLike(like), ty, name)
        } else {
            self.emit(out, InstKind::Zero, ty, name)
        }
    }

    fn note_depths(&mut self, block: &Block, depth: usize) {
        for inst in &block.insts {
            for r in &inst.results {
                self.depth.insert(*r, depth);
            }
            if let Some((params, _, body, cond)) = loop_parts(&inst.kind) {
                for p in params {
                    self.depth.insert(*p, depth + 1);
                }
                if let InstKind::For(l) = &inst.kind {
                    self.depth.insert(l.index, depth + 1);
                }
                if let Some(c) = cond {
                    self.note_depths(c, depth + 1);
                }
                self.note_depths(body, depth + 1);
            } else {
                for b in inst.kind.blocks() {
                    self.note_depths(b, depth);
                }
            }
        }
    }

    /// A value of type `ty` that is never read.
    fn placeholder(&mut self, ty: &Ty, out: &mut Vec<Inst>) -> Value {
        let kind = match ty {
            // `Zero` of a type the macro cannot see is `Default::default()`,
            // which takes the type of the other arm (an element of a
            // constant of unseen type may be a float, or an array).
            Ty::Float(_) | Ty::Array(..) | Ty::Vec(_) | Ty::Unknown | Ty::Other => InstKind::Zero,
            Ty::Bool => {
                InstKind::Literal(syn::Lit::Bool(syn::LitBool::new(false, Span::call_site())))
            }
            _ => InstKind::Literal(syn::Lit::Int(syn::LitInt::new("0", Span::call_site()))),
        };
        self.emit(out, kind, ty.clone(), None)
    }

    /// Adds `contribution` (negated if `negate`) to the adjoint of `target`.
    fn accumulate(
        &mut self,
        adj: &mut Adjoints,
        target: Value,
        contribution: Value,
        negate: bool,
        out: &mut Vec<Inst>,
    ) {
        if !self.is_varied(target) {
            return;
        }
        let name = self.adj_name(target);
        let ty = self.func.ty(target).clone();
        let new = match (adj.get(&target), negate) {
            (Some(a), _) if ty.is_aggregate() || ty == Ty::Unknown => {
                self.emit(out, InstKind::AddAgg(*a, contribution), ty, name)
            }
            (Some(a), false) => self.bin(out, BinOp::Add, *a, contribution, name),
            (Some(a), true) => self.bin(out, BinOp::Sub, *a, contribution, name),
            (None, false) => contribution,
            (None, true) => derivative::neg(&mut self.at(out), contribution, name),
        };
        adj.insert(target, new);
    }

    fn bin(
        &mut self,
        out: &mut Vec<Inst>,
        op: BinOp,
        a: Value,
        b: Value,
        name: Option<String>,
    ) -> Value {
        derivative::bin(&mut self.at(out), op, a, b, name)
    }

    /// A region that appends to `out` and reads primal values as they are
    /// (for code in the primal's own scope).
    fn at<'a>(&'a mut self, out: &'a mut Vec<Inst>) -> Sweep<'a> {
        Sweep {
            rev: self,
            env: None,
            adj: None,
            out,
        }
    }
}

/// The reverse sweep's [`Region`]: new instructions go to `out`, primal
/// values are read through `env` (their popped or recomputed copies), and
/// adjoints accumulate in `adj`.
pub(super) struct Sweep<'a> {
    rev: &'a mut Rev,
    env: Option<&'a Env>,
    adj: Option<&'a mut Adjoints>,
    out: &'a mut Vec<Inst>,
}

impl Region for Sweep<'_> {
    fn ty(&self, v: Value) -> Ty {
        self.rev.func.ty(v).clone()
    }

    fn name(&self, v: Value) -> Option<String> {
        self.rev.func.name(v).map(String::from)
    }

    fn varied(&self, v: Value) -> bool {
        self.rev.is_varied(v)
    }

    fn primal(&mut self, v: Value) -> Value {
        match self.env {
            Some(env) => self.rev.val(env, v),
            None => v,
        }
    }

    fn push(&mut self, kind: InstKind, results: Vec<(Ty, Option<String>)>) -> Vec<Value> {
        let results: Vec<Value> = results
            .into_iter()
            .map(|(ty, name)| self.rev.func.new_value(ty, name))
            .collect();
        self.out.push(Inst {
            kind,
            results: results.clone(),
            span: Span::call_site(),
        });
        results
    }
}

impl derivative::Adjoints for Sweep<'_> {
    fn adjoint_or_zero(&mut self, v: Value) -> Value {
        if let Some(a) = self.adj.as_ref().and_then(|adj| adj.get(&v)) {
            return *a;
        }
        let env = self.env.cloned().unwrap_or_default();
        self.rev.zeros_for(v, &env, self.out)
    }

    fn set_adjoint(&mut self, v: Value, adjoint: Value) {
        if let Some(adj) = self.adj.as_mut() {
            adj.insert(v, adjoint);
        }
    }

    fn accumulate(&mut self, target: Value, contribution: Value, negate: bool) {
        if let Some(adj) = self.adj.as_mut() {
            self.rev
                .accumulate(adj, target, contribution, negate, self.out);
        }
    }
}

/// The planner's [`Region`]: runs an adjoint rule without building
/// anything, recording the primal values it reads.
pub(super) struct Reads<'a> {
    rev: &'a Rev,
    /// Types of the values the rule made (numbered after the function's).
    scratch: Vec<Ty>,
    read: Vec<Value>,
}

impl Reads<'_> {
    fn is_scratch(&self, v: Value) -> bool {
        v.index() >= self.rev.func.values.len()
    }
}

impl Region for Reads<'_> {
    fn ty(&self, v: Value) -> Ty {
        if self.is_scratch(v) {
            self.scratch[v.index() - self.rev.func.values.len()].clone()
        } else {
            self.rev.func.ty(v).clone()
        }
    }

    fn name(&self, v: Value) -> Option<String> {
        if self.is_scratch(v) {
            None
        } else {
            self.rev.func.name(v).map(String::from)
        }
    }

    fn varied(&self, v: Value) -> bool {
        !self.is_scratch(v) && self.rev.is_varied(v)
    }

    fn primal(&mut self, v: Value) -> Value {
        if !self.is_scratch(v) {
            self.read.push(v);
        }
        v
    }

    fn push(&mut self, _: InstKind, results: Vec<(Ty, Option<String>)>) -> Vec<Value> {
        let base = self.rev.func.values.len() + self.scratch.len();
        let n = results.len();
        self.scratch.extend(results.into_iter().map(|(t, _)| t));
        (0..n)
            .map(|k| Value(u32::try_from(base + k).unwrap_or(u32::MAX)))
            .collect()
    }
}

impl derivative::Adjoints for Reads<'_> {
    fn adjoint_or_zero(&mut self, v: Value) -> Value {
        // Zeros of a `Vec` (or of a call's result) take its length from the
        // primal: `zeros_for`.
        if matches!(self.ty(v), Ty::Vec(_) | Ty::Unknown) {
            self.primal(v);
        }
        let ty = self.ty(v);
        self.push(InstKind::Zero, vec![(ty, None)])[0]
    }

    fn set_adjoint(&mut self, _: Value, _: Value) {}

    fn accumulate(&mut self, _: Value, _: Value, _: bool) {}
}

/// An assertion, run before the reverse sweep, that the seed of a `Vec`
/// result has the result's length: the sweep indexes the seed by the
/// result's positions (and pops a `push`-built result's from the end), so a
/// seed of another length would fail inside generated code or give a wrong
/// gradient.
fn seed_length_check(seed: Value, result: Value) -> InstKind {
    let expr: syn::Expr = syn::parse_quote!({
        let __autodiff_seed = __autodiff_input_0;
        let __autodiff_result = __autodiff_input_1;
        ::core::assert!(
            __autodiff_seed.len() == __autodiff_result.len(),
            "autodiff: the seed has {} items, but the result has {}",
            __autodiff_seed.len(),
            __autodiff_result.len()
        )
    });
    InstKind::Const(ConstExpr {
        source: quote::ToTokens::to_token_stream(&expr),
        expr,
        inputs: vec![seed, result],
        kind: crate::lang::OpaqueKind::Check { diverges: false },
    })
}
