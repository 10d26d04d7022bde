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

use crate::activity::{Activity, loop_parts};
use crate::build::float_arg_positions;
use crate::ir::{BinOp, Block, ForLoop, Func, Inst, InstKind, TripCount, Ty, UnOp, Value};
use crate::lower::Lowered;
use crate::math::Kind;
use proc_macro2::{Span, TokenStream};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Builds the vector-Jacobian product of `lowered`. The function takes the
/// original parameters (positions `0..n_params`) followed by one seed per
/// result value; its body yields the result values followed by the adjoint
/// of each parameter in `wrt` (zeros where the adjoint is zero).
pub fn vjp(
    lowered: &Lowered,
    act: &Activity,
    n_params: usize,
    wrt: &[usize],
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
        let seed = rev.emit(&mut out, InstKind::Param(n_params + k), ty, name);
        rev.accumulate(&mut adj, *r, seed, false, &mut out);
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
    match &inst.kind {
        InstKind::For(l) => Some(l.index),
        InstKind::While(l) => l.params.first().copied(),
        _ => None,
    }
}

impl Rev {
    fn is_varied(&self, v: Value) -> bool {
        self.varied.get(v.index()).copied().unwrap_or(false)
    }

    fn sync(&mut self) {
        self.varied.resize(self.func.values.len(), false);
    }

    fn emit(&mut self, out: &mut Vec<Inst>, kind: InstKind, ty: Ty, name: Option<String>) -> Value {
        let v = self.func.emit(out, kind, ty, name);
        self.sync();
        v
    }

    fn new_value(&mut self, ty: Ty, name: Option<String>) -> Value {
        let v = self.func.new_value(ty, name);
        self.sync();
        v
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

    // ---- planning: what the adjoint reads ----

    /// The primal values the adjoint of `inst` reads.
    fn needs(&self, inst: &Inst) -> Vec<Value> {
        if let Some((params, ..)) = loop_parts(&inst.kind) {
            if !params.iter().any(|p| self.is_varied(*p)) {
                return vec![];
            }
            let Some(plan) = loop_key(inst).and_then(|k| self.plans.get(&k)) else {
                return vec![];
            };
            let mut n = plan.outer.clone();
            match &inst.kind {
                InstKind::For(l) => n.extend([l.lo, l.hi]),
                _ => n.extend(plan.count),
            }
            if let Some(c) = &plan.checkpoint {
                n.extend([c.interval, c.count]);
            }
            return n;
        }
        let varied_result = inst.results.iter().any(|r| self.is_varied(*r));
        if !varied_result {
            return vec![];
        }
        let y = inst.results[0];
        match &inst.kind {
            InstKind::Binary(BinOp::Mul, a, b) => {
                let mut n = vec![];
                if self.is_varied(*a) {
                    n.push(*b);
                }
                if self.is_varied(*b) {
                    n.push(*a);
                }
                n
            }
            InstKind::Binary(BinOp::Div, a, b) => {
                if self.is_varied(*b) {
                    vec![*b, y]
                } else if self.is_varied(*a) {
                    vec![*b]
                } else {
                    vec![]
                }
            }
            InstKind::Binary(BinOp::Rem, a, b) if self.is_varied(*b) => vec![*a, *b],
            InstKind::Math(f, args) if f.0.kind == Kind::Smooth => {
                let mut n = args.clone();
                n.push(y);
                n
            }
            InstKind::Index { base, path } => {
                let mut n = path.clone();
                if matches!(self.func.ty(*base), Ty::Vec(_)) {
                    n.push(*base);
                }
                n
            }
            InstKind::Insert { path, .. } => path.clone(),
            InstKind::Call(c) => c.operands(),
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => {
                let mut n = vec![*cond];
                n.extend(inst.results.iter().filter(|r| self.extras.contains(r)));
                // What the arms' adjoints read from outside the `If`.
                let mut inner = HashSet::new();
                then_block.defs(&mut inner);
                else_block.defs(&mut inner);
                for b in [then_block, else_block] {
                    for i in &b.insts {
                        n.extend(self.needs(i).into_iter().filter(|v| !inner.contains(v)));
                    }
                }
                n
            }
            _ => vec![],
        }
    }

    /// Plans every nested block of `block`, bottom-up: exposes what `if`
    /// adjoints need and gives every loop its plan and tape operations.
    fn instrument(&mut self, block: &mut Block) {
        let mut i = 0;
        while i < block.insts.len() {
            let mut before = Vec::new();
            let inst = &mut block.insts[i];
            match &mut inst.kind {
                InstKind::If {
                    then_block,
                    else_block,
                    ..
                } => {
                    self.instrument(then_block);
                    self.instrument(else_block);
                    self.expose(inst);
                }
                InstKind::For(_) | InstKind::While(_) => self.plan_loop(inst, &mut before),
                _ => {}
            }
            let n = before.len();
            block.insts.splice(i..i, before);
            i += n + 1;
        }
    }

    /// Makes an `If` with a differentiable result also yield the arm-local
    /// values its adjoint reads.
    fn expose(&mut self, inst: &mut Inst) {
        if !inst.results.iter().any(|r| self.is_varied(*r)) {
            return;
        }
        let InstKind::If {
            then_block,
            else_block,
            ..
        } = &mut inst.kind
        else {
            return;
        };
        let then_needed = self.block_needs(then_block);
        let else_needed = self.block_needs(else_block);
        for (needed, from_then) in [(then_needed, true), (else_needed, false)] {
            for v in needed {
                let ty = self.func.ty(v).clone();
                let name = self.func.name(v).map(String::from);
                let r = self.new_value(ty.clone(), name);
                let (own, other) = if from_then {
                    (&mut *then_block, &mut *else_block)
                } else {
                    (&mut *else_block, &mut *then_block)
                };
                own.yields.push(v);
                let p = self.placeholder(&ty, &mut other.insts);
                other.yields.push(p);
                inst.results.push(r);
                self.exposed.insert(v, r);
                self.extras.insert(r);
            }
        }
    }

    /// The values defined directly in `block` that adjoints of its
    /// instructions read, in definition order.
    fn block_needs(&self, block: &Block) -> Vec<Value> {
        let local: HashSet<Value> = block
            .insts
            .iter()
            .flat_map(|i| i.results.iter().copied())
            .collect();
        let mut seen = HashSet::new();
        let mut needed = Vec::new();
        for inst in &block.insts {
            for v in self.needs(inst) {
                if local.contains(&v) && seen.insert(v) {
                    needed.push(v);
                }
            }
        }
        needed.sort();
        needed
    }

    /// A value of type `ty` that is never read.
    fn placeholder(&mut self, ty: &Ty, out: &mut Vec<Inst>) -> Value {
        let kind = match ty {
            Ty::Float(_) | Ty::Array(..) | Ty::Vec(_) => InstKind::Zero,
            Ty::Bool => {
                InstKind::Literal(syn::Lit::Bool(syn::LitBool::new(false, Span::call_site())))
            }
            _ => InstKind::Literal(syn::Lit::Int(syn::LitInt::new("0", Span::call_site()))),
        };
        self.emit(out, kind, ty.clone(), None)
    }

    /// Plans the reverse sweep of a loop (see [`LoopPlan`]); `before`
    /// receives instructions to run just before the loop.
    fn plan_loop(&mut self, inst: &mut Inst, before: &mut Vec<Inst>) {
        // A `while` loop counts its iterations so the reverse sweep can run
        // as many.
        let mut count = None;
        if let InstKind::While(l) = &mut inst.kind {
            let zero = self.emit(
                before,
                InstKind::Literal(syn::Lit::Int(syn::LitInt::new("0usize", Span::call_site()))),
                Ty::Int,
                None,
            );
            let p = self.new_value(Ty::Int, Some("iterations".into()));
            let one = self.emit(
                &mut l.body.insts,
                InstKind::Literal(syn::Lit::Int(syn::LitInt::new("1usize", Span::call_site()))),
                Ty::Int,
                None,
            );
            let next = self.emit(
                &mut l.body.insts,
                InstKind::Binary(BinOp::Add, p, one),
                Ty::Int,
                None,
            );
            l.params.insert(0, p);
            l.inits.insert(0, zero);
            l.body.yields.insert(0, next);
            let r = self.new_value(Ty::Int, Some("iterations".into()));
            inst.results.insert(0, r);
            self.depth.insert(
                p,
                self.depth
                    .get(&l.inits[1..].first().copied().unwrap_or(zero))
                    .copied()
                    .unwrap_or(0)
                    + 1,
            );
            count = Some(r);
        }
        let key = loop_key(inst);
        let checkpointed = matches!(&inst.kind, InstKind::For(l) if l.checkpoint.is_some());
        let (body, index, params) = match &mut inst.kind {
            InstKind::For(l) => (&mut l.body, Some(l.index), l.params.clone()),
            InstKind::While(l) => (&mut l.body, None, l.params.clone()),
            _ => return,
        };
        let plain = checkpointed.then(|| body.clone());
        self.instrument(body);
        let active = params.iter().any(|p| self.is_varied(*p));
        let mut plan = LoopPlan {
            count,
            ..LoopPlan::default()
        };
        if active {
            self.plan_body(body, index, &params, &mut plan);
            if !plan.stored.is_empty() {
                let id = self.tapes;
                self.tapes += 1;
                plan.tape = Some(id);
                body.insts.push(Inst {
                    kind: InstKind::TapePush {
                        id,
                        values: plan.stored.clone(),
                    },
                    results: vec![],
                    span: Span::call_site(),
                });
                if let InstKind::For(l) = &inst.kind
                    && l.checkpoint.is_none()
                {
                    before.push(Inst {
                        kind: InstKind::TapeReserve {
                            id,
                            count: TripCount::Range {
                                lo: l.lo,
                                hi: l.hi,
                                inclusive: l.inclusive,
                            },
                        },
                        results: vec![],
                        span: Span::call_site(),
                    });
                }
            }
        }
        if let (Some(plain), true) = (plain, active) {
            plan.checkpoint = Some(self.checkpoint_forward(inst, plain, before));
        }
        if let Some(k) = key {
            self.plans.insert(k, plan);
        }
    }

    /// Turns a `#[checkpoint]` loop into its forward sweep: the plain body,
    /// a snapshot of the index and the carried state every `interval`
    /// iterations, and a counter of iterations.
    fn checkpoint_forward(
        &mut self,
        inst: &mut Inst,
        plain: Block,
        before: &mut Vec<Inst>,
    ) -> CheckpointPlan {
        let snapshots = self.tapes;
        self.tapes += 1;
        let usize_lit =
            |s: &str| InstKind::Literal(syn::Lit::Int(syn::LitInt::new(s, Span::call_site())));
        let InstKind::For(l) = &mut inst.kind else {
            unreachable!("checkpoint_forward is called on for loops")
        };
        let spec = l.checkpoint.clone();
        let krate = self.krate.clone();
        // The interval: as written, or √n (the minimum of snapshots plus
        // one segment's records).
        let interval_expr: syn::Expr = match spec.and_then(|c| c.every) {
            Some(every) => syn::parse_quote!(((#every) as usize).max(1)),
            None => {
                let (a, b) = (crate::lower::input_ident(0), crate::lower::input_ident(1));
                syn::parse_quote!(#krate::__private::checkpoint_interval(
                    ::core::iter::Iterator::size_hint(&(#a..#b)).0
                ))
            }
        };
        let interval = self.emit(
            before,
            InstKind::Const(crate::ir::ConstExpr {
                expr: interval_expr,
                inputs: vec![l.lo, l.hi],
                kind: crate::ast::OpaqueKind::Other("checkpoint interval"),
                source: TokenStream::new(),
            }),
            Ty::Int,
            Some("interval".into()),
        );
        let zero = self.emit(before, usize_lit("0usize"), Ty::Int, None);
        let counter = self.new_value(Ty::Int, Some("iteration".into()));
        let mut head = Vec::new();
        let rem = self.emit(
            &mut head,
            InstKind::Binary(BinOp::Rem, counter, interval),
            Ty::Int,
            None,
        );
        let z = self.emit(&mut head, usize_lit("0usize"), Ty::Int, None);
        let due = self.emit(
            &mut head,
            InstKind::Binary(BinOp::Eq, rem, z),
            Ty::Bool,
            None,
        );
        let mut record = vec![l.index];
        record.extend(&l.params);
        head.push(Inst {
            kind: InstKind::If {
                cond: due,
                then_block: Block {
                    insts: vec![Inst {
                        kind: InstKind::TapePush {
                            id: snapshots,
                            values: record,
                        },
                        results: vec![],
                        span: Span::call_site(),
                    }],
                    yields: vec![],
                },
                else_block: Block::default(),
            },
            results: vec![],
            span: Span::call_site(),
        });
        let mut body = plain;
        head.append(&mut body.insts);
        body.insts = head;
        let one = self.emit(&mut body.insts, usize_lit("1usize"), Ty::Int, None);
        let next = self.emit(
            &mut body.insts,
            InstKind::Binary(BinOp::Add, counter, one),
            Ty::Int,
            None,
        );
        body.yields.push(next);
        let template = std::mem::replace(&mut l.body, body);
        l.params.push(counter);
        l.inits.push(zero);
        let count = self.new_value(Ty::Int, Some("iterations".into()));
        inst.results.push(count);
        CheckpointPlan {
            snapshots,
            template,
            interval,
            count,
        }
    }

    /// A copy of `block` in which every value defined inside (results,
    /// loop indices and parameters) is fresh; `map` sends old to new and
    /// starts with any renaming of values from outside.
    fn fresh_block(&mut self, block: &Block, map: &mut HashMap<Value, Value>) -> Block {
        let mut insts = Vec::new();
        for inst in &block.insts {
            let mut copy = inst.clone();
            copy.kind
                .map_operands(|v| map.get(&v).copied().unwrap_or(v));
            match &mut copy.kind {
                InstKind::For(l) => {
                    let i = self.new_value(Ty::Int, self.func.name(l.index).map(String::from));
                    map.insert(l.index, i);
                    l.index = i;
                    for p in &mut l.params {
                        let n = self.new_value(
                            self.func.ty(*p).clone(),
                            self.func.name(*p).map(String::from),
                        );
                        map.insert(*p, n);
                        *p = n;
                    }
                    l.body = self.fresh_block(&l.body, map);
                }
                InstKind::While(l) => {
                    for p in &mut l.params {
                        let n = self.new_value(
                            self.func.ty(*p).clone(),
                            self.func.name(*p).map(String::from),
                        );
                        map.insert(*p, n);
                        *p = n;
                    }
                    l.cond = self.fresh_block(&l.cond, map);
                    l.body = self.fresh_block(&l.body, map);
                }
                InstKind::If {
                    then_block,
                    else_block,
                    ..
                } => {
                    *then_block = self.fresh_block(then_block, map);
                    *else_block = self.fresh_block(else_block, map);
                }
                _ => {}
            }
            for r in &mut copy.results {
                let n = self.new_value(
                    self.func.ty(*r).clone(),
                    self.func.name(*r).map(String::from),
                );
                map.insert(*r, n);
                *r = n;
            }
            insts.push(copy);
        }
        let yields = block
            .yields
            .iter()
            .map(|v| map.get(v).copied().unwrap_or(*v))
            .collect();
        Block { insts, yields }
    }

    /// Splits what the adjoint of `body` reads into stored, recomputed and
    /// outer values.
    fn plan_body(
        &mut self,
        body: &Block,
        index: Option<Value>,
        params: &[Value],
        plan: &mut LoopPlan,
    ) {
        let mut def: HashMap<Value, &Inst> = HashMap::new();
        for inst in &body.insts {
            for r in &inst.results {
                def.insert(*r, inst);
            }
        }
        let mut local: HashSet<Value> = def.keys().copied().collect();
        local.extend(params.iter().copied());
        local.extend(index);
        let body_depth = params
            .first()
            .or(index.as_ref())
            .and_then(|v| self.depth.get(v).copied())
            .unwrap_or(1);

        let mut work: Vec<Value> = body.insts.iter().flat_map(|i| self.needs(i)).collect();
        let mut stored = HashSet::new();
        let mut recomputed = HashSet::new();
        let mut outer = Vec::new();
        while let Some(v) = work.pop() {
            if Some(v) == index || stored.contains(&v) || recomputed.contains(&v) {
                continue;
            }
            if !local.contains(&v) {
                if !outer.contains(&v) {
                    outer.push(v);
                }
                continue;
            }
            let recomputable = match def.get(&v) {
                Some(inst) => self.recomputable(inst, &local, body_depth),
                None => false, // a loop parameter
            };
            if recomputable {
                recomputed.insert(v);
                if let Some(inst) = def.get(&v) {
                    work.extend(inst.kind.operands());
                }
            } else {
                stored.insert(v);
            }
        }
        // Push in definition order (parameters first), recompute in order.
        plan.stored = params
            .iter()
            .copied()
            .filter(|p| stored.contains(p))
            .collect();
        for inst in &body.insts {
            if inst.results.iter().any(|r| stored.contains(r)) {
                plan.stored
                    .extend(inst.results.iter().filter(|r| stored.contains(r)));
            }
            if inst.results.iter().any(|r| recomputed.contains(r)) {
                plan.recompute.push(inst.clone());
            }
        }
        outer.sort();
        plan.outer = outer;
    }

    /// Whether the reverse sweep may re-run `inst`: a pure scalar operation
    /// whose array operands it can still read.
    fn recomputable(&self, inst: &Inst, local: &HashSet<Value>, body_depth: usize) -> bool {
        let pure = matches!(
            inst.kind,
            InstKind::Literal(_)
                | InstKind::Zero
                | InstKind::Const(_)
                | InstKind::Unary(..)
                | InstKind::Binary(..)
                | InstKind::Cast(..)
                | InstKind::Math(..)
                | InstKind::Index { .. }
                | InstKind::Len(_)
        );
        if !pure || inst.results.len() != 1 || self.func.ty(inst.results[0]).is_aggregate() {
            return false;
        }
        // An array read again must still exist: one from outside every loop
        // (never overwritten), not one this body or an outer body builds.
        inst.kind.operands().iter().all(|u| {
            !self.func.ty(*u).is_aggregate()
                || (!local.contains(u) && self.depth.get(u).copied().unwrap_or(0) == 0)
                || body_depth == 0
        })
    }

    // ---- the adjoint sweep ----

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
            (None, true) => {
                let v = self.func.emit_neg(out, contribution, name);
                self.sync();
                v
            }
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
        let v = self.func.emit_binary(out, op, a, b, name);
        self.sync();
        v
    }

    fn adjoint_insts(
        &mut self,
        insts: &[Inst],
        adj: &mut Adjoints,
        env: &Env,
        out: &mut Vec<Inst>,
    ) {
        for inst in insts.iter().rev() {
            self.adjoint_inst(inst, adj, env, out);
        }
    }

    fn adjoint_inst(&mut self, inst: &Inst, adj: &mut Adjoints, env: &Env, out: &mut Vec<Inst>) {
        match &inst.kind {
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => {
                self.adjoint_if(*cond, then_block, else_block, &inst.results, adj, env, out);
                return;
            }
            InstKind::For(_) | InstKind::While(_) => {
                self.adjoint_loop(inst, adj, env, out);
                return;
            }
            _ => {}
        }
        let Some(&y) = inst.results.first() else {
            return;
        };
        let any_adjoint = inst.results.iter().any(|r| adj.contains_key(r));
        let dy = match adj.get(&y) {
            Some(d) => *d,
            None if any_adjoint && matches!(inst.kind, InstKind::Call(_)) => y,
            None => return,
        };
        match &inst.kind {
            InstKind::Unary(UnOp::Neg, a) => self.accumulate(adj, *a, dy, true, out),
            InstKind::Binary(BinOp::Add, a, b) => {
                self.accumulate(adj, *a, dy, false, out);
                self.accumulate(adj, *b, dy, false, out);
            }
            InstKind::Binary(BinOp::Sub, a, b) => {
                self.accumulate(adj, *a, dy, false, out);
                self.accumulate(adj, *b, dy, true, out);
            }
            InstKind::Binary(BinOp::Mul, a, b) => {
                if self.is_varied(*a) {
                    let rb = self.val(env, *b);
                    let c = self.bin(out, BinOp::Mul, dy, rb, None);
                    self.accumulate(adj, *a, c, false, out);
                }
                if self.is_varied(*b) {
                    let ra = self.val(env, *a);
                    let c = self.bin(out, BinOp::Mul, dy, ra, None);
                    self.accumulate(adj, *b, c, false, out);
                }
            }
            InstKind::Binary(BinOp::Div, a, b) => {
                let rb = self.val(env, *b);
                if self.is_varied(*a) {
                    let c = self.bin(out, BinOp::Div, dy, rb, None);
                    self.accumulate(adj, *a, c, false, out);
                }
                if self.is_varied(*b) {
                    // d(a/b)/db = -(a/b)/b
                    let ry = self.val(env, y);
                    let t = self.bin(out, BinOp::Mul, dy, ry, None);
                    let c = self.bin(out, BinOp::Div, t, rb, None);
                    self.accumulate(adj, *b, c, true, out);
                }
            }
            InstKind::Binary(BinOp::Rem, a, b) => {
                // a % b = a - trunc(a / b) * b
                self.accumulate(adj, *a, dy, false, out);
                if self.is_varied(*b) {
                    let (ra, rb) = (self.val(env, *a), self.val(env, *b));
                    let q = self.bin(out, BinOp::Div, ra, rb, None);
                    let t = self.func.emit_trunc(out, q);
                    self.sync();
                    let c = self.bin(out, BinOp::Mul, dy, t, None);
                    self.accumulate(adj, *b, c, true, out);
                }
            }
            InstKind::Cast(a, _) if self.is_varied(*a) => {
                let c = match self.func.ty(*a).float() {
                    Some(w) if self.func.ty(*a) != self.func.ty(y) => {
                        let v = self.func.emit_float_cast(out, dy, w, None);
                        self.sync();
                        v
                    }
                    _ => dy,
                };
                self.accumulate(adj, *a, c, false, out);
            }
            InstKind::Math(f, args) if f.0.kind == Kind::Smooth => {
                let rargs: Vec<Value> = args.iter().map(|a| self.val(env, *a)).collect();
                let ry = self.val(env, y);
                let partials = self.func.emit_partials(out, *f, rargs, ry);
                self.sync();
                for (k, pos) in float_arg_positions(*f).enumerate() {
                    let a = args[pos];
                    if self.is_varied(a) {
                        let c = self.bin(out, BinOp::Mul, dy, partials[k], None);
                        self.accumulate(adj, a, c, false, out);
                    }
                }
            }
            InstKind::Index { base, path } if self.is_varied(*base) => {
                let b = match adj.get(base) {
                    Some(b) => *b,
                    None => self.zeros_for(*base, env, out),
                };
                let path: Vec<Value> = path.iter().map(|p| self.val(env, *p)).collect();
                let ty = self.func.ty(*base).clone();
                let name = self.adj_name(*base);
                let new = self.emit(
                    out,
                    InstKind::AddAt {
                        base: b,
                        path,
                        value: dy,
                    },
                    ty,
                    name,
                );
                adj.insert(*base, new);
            }
            InstKind::Insert { base, path, value } => {
                let path: Vec<Value> = path.iter().map(|p| self.val(env, *p)).collect();
                if self.is_varied(*value) {
                    let ty = self.func.ty(*value).clone();
                    let dv = self.emit(
                        out,
                        InstKind::Index {
                            base: dy,
                            path: path.clone(),
                        },
                        ty,
                        None,
                    );
                    self.accumulate(adj, *value, dv, false, out);
                }
                if self.is_varied(*base) {
                    let elem = self.func.ty(*base).element(path.len());
                    let zero = self.emit(out, InstKind::Zero, elem, None);
                    let ty = self.func.ty(*base).clone();
                    let cleared = self.emit(
                        out,
                        InstKind::Insert {
                            base: dy,
                            path,
                            value: zero,
                        },
                        ty,
                        self.adj_name(*base),
                    );
                    self.accumulate(adj, *base, cleared, false, out);
                }
            }
            InstKind::ArrayLit(items) => {
                for (k, item) in items.iter().enumerate() {
                    if !self.is_varied(*item) {
                        continue;
                    }
                    let lit = syn::LitInt::new(&format!("{k}usize"), Span::call_site());
                    let idx = self.emit(out, InstKind::Literal(syn::Lit::Int(lit)), Ty::Int, None);
                    let ty = self.func.ty(*item).clone();
                    let d = self.emit(
                        out,
                        InstKind::Index {
                            base: dy,
                            path: vec![idx],
                        },
                        ty,
                        None,
                    );
                    self.accumulate(adj, *item, d, false, out);
                }
            }
            InstKind::Call(call) => {
                // The callee's pullback recomputes its value and gives one
                // slot per argument; each slot adds into its argument.
                let mut c = call.clone();
                c.map_values(|v| self.val(env, v));
                let mut seeds = Vec::new();
                for r in &inst.results {
                    let s = match adj.get(r) {
                        Some(a) => *a,
                        None => self.zeros_for(*r, env, out),
                    };
                    seeds.push(s);
                }
                let mut results: Vec<Value> = inst
                    .results
                    .iter()
                    .map(|r| self.new_value(self.func.ty(*r).clone(), None))
                    .collect();
                let slots: Vec<Value> = c
                    .args
                    .iter()
                    .map(|_| self.new_value(Ty::Unknown, None))
                    .collect();
                results.extend(&slots);
                out.push(Inst {
                    kind: InstKind::CallPullback(c, seeds),
                    results,
                    span: inst.span,
                });
                for (arg, slot) in call.args.iter().zip(slots) {
                    if !self.is_varied(*arg) {
                        continue;
                    }
                    let current = match adj.get(arg) {
                        Some(a) => *a,
                        None => self.zeros_for(*arg, env, out),
                    };
                    let ty = self.func.ty(*arg).clone();
                    let name = self.adj_name(*arg);
                    let new = self.emit(out, InstKind::AddSlot(current, slot), ty, name);
                    adj.insert(*arg, new);
                }
            }
            InstKind::ArrayRepeat(v, _) | InstKind::VecRepeat(v, _) if self.is_varied(*v) => {
                let ty = self.func.ty(*v).clone();
                let s = self.emit(out, InstKind::SumElems(dy), ty, None);
                self.accumulate(adj, *v, s, false, out);
            }
            _ => {}
        }
    }

    /// The adjoint of an `If`: an `If` on the same condition whose arms run
    /// the adjoints of the primal arms and yield the adjoints they changed.
    #[allow(clippy::too_many_arguments)]
    fn adjoint_if(
        &mut self,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        results: &[Value],
        adj: &mut Adjoints,
        env: &Env,
        out: &mut Vec<Inst>,
    ) {
        let seeds: Vec<(usize, Value)> = results
            .iter()
            .enumerate()
            .filter_map(|(i, r)| adj.get(r).map(|a| (i, *a)))
            .collect();
        if seeds.is_empty() {
            return;
        }
        let mut inner = HashSet::new();
        then_block.defs(&mut inner);
        else_block.defs(&mut inner);

        let mut arms = Vec::new();
        for arm in [then_block, else_block] {
            let mut arm_adj = adj.clone();
            let mut arm_out = Vec::new();
            for (i, seed) in &seeds {
                if let Some(y) = arm.yields.get(*i) {
                    self.accumulate(&mut arm_adj, *y, *seed, false, &mut arm_out);
                }
            }
            self.adjoint_insts(&arm.insts, &mut arm_adj, env, &mut arm_out);
            arms.push((arm_adj, arm_out));
        }

        // Adjoints of values outside the `If` that either arm changed.
        let mut changed: Vec<Value> = arms
            .iter()
            .flat_map(|(a, _)| a.iter())
            .filter(|(k, v)| !inner.contains(*k) && adj.get(*k) != Some(*v))
            .map(|(k, _)| *k)
            .collect();
        changed.sort();
        changed.dedup();
        if changed.is_empty() {
            return;
        }

        let mut blocks = Vec::new();
        for (arm_adj, mut arm_out) in arms {
            let mut yields = Vec::new();
            for k in &changed {
                let v = match arm_adj.get(k).or(adj.get(k)) {
                    Some(v) => *v,
                    None => self.zeros_for(*k, env, &mut arm_out),
                };
                yields.push(v);
            }
            blocks.push(Block {
                insts: arm_out,
                yields,
            });
        }
        let mut results = Vec::new();
        for k in &changed {
            let ty = self.func.ty(*k).clone();
            let name = self.adj_name(*k);
            let r = self.new_value(ty, name);
            adj.insert(*k, r);
            results.push(r);
        }
        let else_block = blocks.pop().unwrap_or_default();
        let then_block = blocks.pop().unwrap_or_default();
        out.push(Inst {
            kind: InstKind::If {
                cond: self.val(env, cond),
                then_block,
                else_block,
            },
            results,
            span: Span::call_site(),
        });
    }

    /// The adjoint of a loop: a loop over the same iterations backwards that
    /// pops each iteration's record, recomputes, and runs the adjoint of the
    /// body, carrying the adjoints of the loop state and of the outside
    /// values the body reads.
    fn adjoint_loop(&mut self, inst: &Inst, adj: &mut Adjoints, env: &Env, out: &mut Vec<Inst>) {
        let Some((params, inits, body, _)) = loop_parts(&inst.kind) else {
            return;
        };
        let Some(plan) = loop_key(inst).and_then(|k| self.plans.get(&k)).cloned() else {
            return;
        };
        let slots: Vec<usize> = (0..params.len())
            .filter(|k| self.is_varied(params[*k]))
            .collect();
        if slots.is_empty() {
            return;
        }
        // Outside values whose adjoints the body may change.
        let mut inner = HashSet::new();
        body.defs(&mut inner);
        inner.extend(params.iter().copied());
        let mut uses = Vec::new();
        body.uses(&mut uses);
        let mut outer: Vec<Value> = uses
            .into_iter()
            .filter(|u| !inner.contains(u) && self.is_varied(*u))
            .collect();
        outer.sort();
        outer.dedup();

        // The initial values of the reverse loop's carried adjoints.
        let mut rinits = Vec::new();
        for k in &slots {
            let r = inst.results[*k];
            let init = match adj.get(&r) {
                Some(a) => *a,
                None => self.zeros_for(r, env, out),
            };
            rinits.push(init);
        }
        for u in &outer {
            let init = match adj.get(u) {
                Some(a) => *a,
                None => self.zeros_for(*u, env, out),
            };
            rinits.push(init);
        }

        let rresults = match &plan.checkpoint {
            Some(ck) => {
                self.checkpointed_reverse(inst, &plan, ck, &slots, &outer, rinits, env, out)
            }
            None => {
                let (lo, hi, inclusive, reversed) = match &inst.kind {
                    InstKind::For(l) => (
                        self.val(env, l.lo),
                        self.val(env, l.hi),
                        l.inclusive,
                        !l.reversed,
                    ),
                    _ => {
                        let zero = self.emit(
                            out,
                            InstKind::Literal(syn::Lit::Int(syn::LitInt::new(
                                "0usize",
                                Span::call_site(),
                            ))),
                            Ty::Int,
                            None,
                        );
                        let count = plan.count.map_or(zero, |c| self.val(env, c));
                        (zero, count, false, false)
                    }
                };
                let range = (lo, hi, inclusive, reversed);
                let (rinst, rresults) =
                    self.reverse_for(inst, &plan, body, &slots, &outer, rinits, range, env);
                out.push(rinst);
                rresults
            }
        };
        let n_slots = slots.len();
        // Outside adjoints first: they already include what they were at
        // entry, and an initial value may itself be one of those outside
        // values (`let mut y = x; for .. { y = y * x }`).
        for (j, u) in outer.iter().enumerate() {
            adj.insert(*u, rresults[n_slots + j]);
        }
        for (j, k) in slots.iter().enumerate() {
            self.accumulate(adj, inits[*k], rresults[j], false, out);
        }
    }

    /// The reverse loop of a loop over `range` (lo, hi, inclusive,
    /// reversed) of `body`, carrying the adjoints of the loop's state
    /// (`slots`) and of the outside values `outer`, starting from `rinits`.
    #[allow(clippy::too_many_arguments)]
    fn reverse_for(
        &mut self,
        inst: &Inst,
        plan: &LoopPlan,
        body: &Block,
        slots: &[usize],
        outer: &[Value],
        rinits: Vec<Value>,
        range: (Value, Value, bool, bool),
        env: &Env,
    ) -> (Inst, Vec<Value>) {
        let Some((params, ..)) = loop_parts(&inst.kind) else {
            return (
                Inst {
                    kind: InstKind::Zero,
                    results: vec![],
                    span: Span::call_site(),
                },
                vec![],
            );
        };
        let mut rparams = Vec::new();
        for k in slots {
            let ty = self.func.ty(params[*k]).clone();
            let name = self.adj_name(params[*k]);
            rparams.push(self.new_value(ty, name));
        }
        for u in outer {
            let ty = self.func.ty(*u).clone();
            let name = self.adj_name(*u);
            rparams.push(self.new_value(ty, name));
        }
        let mut body_env = env.clone();
        let mut rbody = Vec::new();
        let rindex = self.new_value(Ty::Int, Some("i".into()));
        if let InstKind::For(l) = &inst.kind {
            body_env.insert(l.index, rindex);
        }
        if let Some(id) = plan.tape {
            let results: Vec<Value> = plan
                .stored
                .iter()
                .map(|s| {
                    let ty = self.func.ty(*s).clone();
                    let name = self.func.name(*s).map(String::from);
                    self.new_value(ty, name)
                })
                .collect();
            for (s, r) in plan.stored.iter().zip(&results) {
                body_env.insert(*s, *r);
            }
            rbody.push(Inst {
                kind: InstKind::TapePop(id),
                results,
                span: Span::call_site(),
            });
        }
        for r in &plan.recompute {
            let mut copy = r.clone();
            copy.kind.map_operands(|v| self.val(&body_env, v));
            let fresh: Vec<Value> = copy
                .results
                .iter()
                .map(|v| {
                    let ty = self.func.ty(*v).clone();
                    let name = self.func.name(*v).map(String::from);
                    self.new_value(ty, name)
                })
                .collect();
            for (old, new) in copy.results.iter().zip(&fresh) {
                body_env.insert(*old, *new);
            }
            copy.results = fresh;
            rbody.push(copy);
        }
        let mut body_adj: Adjoints = BTreeMap::new();
        let n_slots = slots.len();
        for (j, u) in outer.iter().enumerate() {
            body_adj.insert(*u, rparams[n_slots + j]);
        }
        for (j, k) in slots.iter().enumerate() {
            let y = body.yields[*k];
            self.accumulate(&mut body_adj, y, rparams[j], false, &mut rbody);
        }
        self.adjoint_insts(&body.insts, &mut body_adj, &body_env, &mut rbody);
        let mut ryields = Vec::new();
        for (j, k) in slots.iter().enumerate() {
            let v = match body_adj.get(&params[*k]) {
                Some(v) => *v,
                None => {
                    let ty = self.func.ty(params[*k]).clone();
                    if matches!(ty, Ty::Vec(_)) {
                        self.emit(&mut rbody, InstKind::ZerosLike(rparams[j]), ty, None)
                    } else {
                        self.emit(&mut rbody, InstKind::Zero, ty, None)
                    }
                }
            };
            ryields.push(v);
        }
        for (j, u) in outer.iter().enumerate() {
            ryields.push(body_adj.get(u).copied().unwrap_or(rparams[n_slots + j]));
        }

        let (lo, hi, inclusive, reversed) = range;
        let rresults: Vec<Value> = rparams
            .iter()
            .map(|p| {
                let ty = self.func.ty(*p).clone();
                let name = self.func.name(*p).map(String::from);
                self.new_value(ty, name)
            })
            .collect();
        let rinst = Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo,
                hi,
                inclusive,
                reversed,
                index: rindex,
                params: rparams,
                inits: rinits,
                body: Block {
                    insts: rbody,
                    yields: ryields,
                },
                checkpoint: None,
            })),
            results: rresults.clone(),
            span: Span::call_site(),
        };
        (rinst, rresults)
    }

    /// The reverse sweep of a checkpointed loop: for each snapshot, last
    /// first, re-run its segment with the record pushes, then reverse the
    /// segment.
    #[allow(clippy::too_many_arguments)]
    fn checkpointed_reverse(
        &mut self,
        inst: &Inst,
        plan: &LoopPlan,
        ck: &CheckpointPlan,
        slots: &[usize],
        outer: &[Value],
        rinits: Vec<Value>,
        env: &Env,
        out: &mut Vec<Inst>,
    ) -> Vec<Value> {
        let InstKind::For(l) = &inst.kind else {
            return rinits;
        };
        let usize_lit =
            |s: &str| InstKind::Literal(syn::Lit::Int(syn::LitInt::new(s, Span::call_site())));
        // Number of snapshots: ceil(iterations / interval).
        let (k, c) = (self.val(env, ck.interval), self.val(env, ck.count));
        let one = self.emit(out, usize_lit("1usize"), Ty::Int, None);
        let km1 = self.emit(out, InstKind::Binary(BinOp::Sub, k, one), Ty::Int, None);
        let t = self.emit(out, InstKind::Binary(BinOp::Add, c, km1), Ty::Int, None);
        let segments = self.emit(
            out,
            InstKind::Binary(BinOp::Div, t, k),
            Ty::Int,
            Some("segments".into()),
        );
        let zero = self.emit(out, usize_lit("0usize"), Ty::Int, None);

        let seg_end = self.new_value(Ty::Int, Some("segment_end".into()));
        let adj_params: Vec<Value> = rinits
            .iter()
            .map(|v| {
                self.new_value(
                    self.func.ty(*v).clone(),
                    self.func.name(*v).map(String::from),
                )
            })
            .collect();
        let mut body = Vec::new();
        // Pop the snapshot: the segment's first index and state.
        let start = self.new_value(Ty::Int, Some("segment_start".into()));
        let state: Vec<Value> = l
            .params
            .iter()
            .take(ck.template.yields.len())
            .map(|p| {
                self.new_value(
                    self.func.ty(*p).clone(),
                    self.func.name(*p).map(String::from),
                )
            })
            .collect();
        let mut popped = vec![start];
        popped.extend(&state);
        body.push(Inst {
            kind: InstKind::TapePop(ck.snapshots),
            results: popped,
            span: Span::call_site(),
        });
        // Re-run the segment, pushing its records.
        let mut map = HashMap::new();
        let index = self.new_value(Ty::Int, Some("i".into()));
        map.insert(l.index, index);
        let params: Vec<Value> = state
            .iter()
            .map(|v| {
                self.new_value(
                    self.func.ty(*v).clone(),
                    self.func.name(*v).map(String::from),
                )
            })
            .collect();
        for (old, new) in l.params.iter().zip(&params) {
            map.insert(*old, *new);
        }
        let rerun_body = self.fresh_block(&ck.template, &mut map);
        let rerun_results: Vec<Value> = params
            .iter()
            .map(|p| self.new_value(self.func.ty(*p).clone(), None))
            .collect();
        body.push(Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo: start,
                hi: seg_end,
                inclusive: false,
                reversed: false,
                index,
                params,
                inits: state,
                body: rerun_body,
                checkpoint: None,
            })),
            results: rerun_results,
            span: Span::call_site(),
        });
        // Reverse the segment.
        let range = (start, seg_end, false, true);
        let (rinst, rresults) = self.reverse_for(
            inst,
            plan,
            &ck.template,
            slots,
            outer,
            adj_params.clone(),
            range,
            env,
        );
        body.push(rinst);
        let mut yields = vec![start];
        yields.extend(&rresults);

        let mut params = vec![seg_end];
        params.extend(&adj_params);
        let mut inits = vec![self.val(env, l.hi)];
        inits.extend(rinits);
        let results: Vec<Value> = params
            .iter()
            .map(|p| {
                self.new_value(
                    self.func.ty(*p).clone(),
                    self.func.name(*p).map(String::from),
                )
            })
            .collect();
        let seg_index = self.new_value(Ty::Int, Some("segment".into()));
        out.push(Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo: zero,
                hi: segments,
                inclusive: false,
                reversed: false,
                index: seg_index,
                params,
                inits,
                body: Block {
                    insts: body,
                    yields,
                },
                checkpoint: None,
            })),
            results: results.clone(),
            span: Span::call_site(),
        });
        results[1..].to_vec()
    }
}
