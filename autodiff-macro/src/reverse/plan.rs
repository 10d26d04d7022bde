//! Planning: what the adjoint of each block reads and how the reverse sweep
//! gets it (exposed out of `if` arms, stored on a loop's tape, or
//! recomputed).

use super::{LoopPlan, Reads, Rev, loop_key};
use crate::derivative::{self, Class, Structured, classify};
use crate::ir::loop_parts;
use crate::ir::{BinOp, Block, Inst, InstKind, Structure, StructureMut, TripCount, Ty, Value};
use proc_macro2::Span;
use std::collections::{HashMap, HashSet};

impl Rev {
    /// The primal values the adjoint of `inst` reads.
    fn needs(&self, inst: &Inst) -> Vec<Value> {
        let varied_result = inst.results.iter().any(|r| self.is_varied(*r));
        match classify(&inst.kind) {
            Class::Constant | Class::Derived(_) => vec![],
            Class::Scalar(_) | Class::Linear(_) => {
                if !varied_result {
                    return vec![];
                }
                // Run the adjoint rule itself and record what it reads.
                let mut cx = Reads {
                    rev: self,
                    scratch: Vec::new(),
                    read: Vec::new(),
                };
                let ty = self.func.ty(inst.results[0]).clone();
                let seed = derivative::Region::emit(&mut cx, InstKind::Zero, ty, None);
                derivative::adjoint(inst, seed, &mut cx);
                cx.read
            }
            Class::Structured(s) => match s {
                Structured::Loop => self.loop_needs(inst),
                Structured::Call(call) if varied_result => Self::call_reads(inst, call),
                Structured::Call(_) | Structured::Param(_) | Structured::SelfParam => vec![],
                Structured::If {
                    cond,
                    then_block,
                    else_block,
                } => {
                    if !varied_result {
                        return vec![];
                    }
                    let mut n = vec![cond];
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
                    // An arm that leaves the adjoint of an outside `Vec` (or
                    // call result) untouched yields zeros shaped like it
                    // (`adjoint_if`), read from the primal.
                    let mut uses = Vec::new();
                    then_block.uses(&mut uses);
                    else_block.uses(&mut uses);
                    n.extend(uses.into_iter().filter(|u| {
                        !inner.contains(u)
                            && self.is_varied(*u)
                            && matches!(self.func.ty(*u), Ty::Vec(_) | Ty::Unknown)
                    }));
                    n
                }
            },
        }
    }

    /// What the reverse loop of a loop reads from outside it.
    fn loop_needs(&self, inst: &Inst) -> Vec<Value> {
        let Some((params, _, body, _)) = loop_parts(&inst.kind) else {
            return vec![];
        };
        if !params.iter().any(|p| self.is_varied(*p)) {
            return vec![];
        }
        let Some(plan) = loop_key(inst).and_then(|k| self.plans.get(&k)) else {
            return vec![];
        };
        let mut n = plan.outer.clone();
        match inst.kind.structure() {
            Structure::For(l) => n.extend([l.lo, l.hi]),
            Structure::While(_) | Structure::If { .. } | Structure::Flat => n.extend(plan.count),
        }
        // The reverse loop starts the adjoints it carries from zeros where
        // they have none yet (`adjoint_loop`); zeros of a `Vec` or of a
        // call's result take their shape from the primal.
        let shaped = |v: &Value| matches!(self.func.ty(*v), Ty::Vec(_) | Ty::Unknown);
        for (k, p) in params.iter().enumerate() {
            if self.is_varied(*p) {
                n.extend(inst.results.get(k).filter(|r| shaped(r)));
            }
        }
        let mut inner = HashSet::new();
        body.defs(&mut inner);
        let mut uses = Vec::new();
        body.uses(&mut uses);
        n.extend(
            uses.into_iter()
                .filter(|u| !inner.contains(u) && self.is_varied(*u) && shaped(u)),
        );
        if let Some(c) = &plan.checkpoint {
            n.extend([c.interval, c.count]);
            // The reverse sweep re-runs whole segments: everything the body
            // reads from outside.
            let mut inner = HashSet::new();
            c.template.defs(&mut inner);
            if let InstKind::For(l) = &inst.kind {
                inner.insert(l.index);
                inner.extend(l.params.iter().copied());
            }
            let mut uses = Vec::new();
            c.template.uses(&mut uses);
            n.extend(uses.into_iter().filter(|u| !inner.contains(u)));
        }
        n
    }

    /// Plans every nested block of `block`, bottom-up: exposes what `if`
    /// adjoints need and gives every loop its plan and tape operations.
    pub(super) fn instrument(&mut self, block: &mut Block) {
        let mut i = 0;
        while i < block.insts.len() {
            let mut before = Vec::new();
            let inst = &mut block.insts[i];
            match inst.kind.structure_mut() {
                StructureMut::If {
                    then_block,
                    else_block,
                } => {
                    self.instrument(then_block);
                    self.instrument(else_block);
                    self.expose(inst);
                }
                StructureMut::For(_) | StructureMut::While(_) => self.plan_loop(inst, &mut before),
                StructureMut::Flat => {}
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
                let p = match self.constant_copy(own, v) {
                    Some(copy) => {
                        other.insts.push(copy);
                        other.insts.last().map_or(v, |i| i.results[0])
                    }
                    None => self.placeholder(&ty, &mut other.insts),
                };
                other.yields.push(p);
                inst.results.push(r);
                self.exposed.insert(v, r);
                self.extras.insert(r);
            }
        }
    }

    /// For a value of `arm` read from a constant kept as written (`K`,
    /// `p.w`) of values outside the arm: a copy of that instruction with
    /// a fresh result, which the other arm yields instead of a placeholder
    /// (the macro cannot write a placeholder of a type it cannot see).
    fn constant_copy(&mut self, arm: &Block, v: Value) -> Option<Inst> {
        let def = arm.insts.iter().find(|i| i.results.contains(&v))?;
        // Only a path or a field of one (`K`, `p.w`): anything else may
        // panic where the other arm runs (`K[i]`, the payload of a variant).
        let InstKind::Const(c) = &def.kind else {
            return None;
        };
        if !is_place(&c.expr) {
            return None;
        }
        let mut inner = HashSet::new();
        arm.defs(&mut inner);
        if def.kind.operands().iter().any(|o| inner.contains(o)) {
            return None;
        }
        let mut copy = def.clone();
        let ty = self.func.ty(v).clone();
        let name = self.func.name(v).map(String::from);
        copy.results = vec![self.new_value(ty, name)];
        Some(copy)
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
        let (body, index, params) = match inst.kind.structure_mut() {
            StructureMut::For(l) => (&mut l.body, Some(l.index), l.params.clone()),
            StructureMut::While(l) => (&mut l.body, None, l.params.clone()),
            StructureMut::If { .. } | StructureMut::Flat => return,
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

        let needs: Vec<(Value, bool)> = body
            .insts
            .iter()
            .flat_map(|i| {
                let ignored = ignored_output(i);
                self.needs(i)
                    .into_iter()
                    .map(move |v| (v, Some(v) != ignored))
            })
            .collect();
        // What a recomputation would read, for which values the sweep
        // really reads (`costly_read`).
        let mut read = HashSet::new();
        let mut work: Vec<Value> = needs.iter().filter(|(_, r)| *r).map(|(v, _)| *v).collect();
        while let Some(v) = work.pop() {
            if !read.insert(v) || !local.contains(&v) {
                continue;
            }
            if let Some(inst) = def
                .get(&v)
                .filter(|i| self.recomputable(i, &local, body_depth))
            {
                work.extend(inst.kind.operands());
            }
        }
        // A transcendental call whose result the sweep really reads (not only
        // the rule of the call itself, which may ignore it) is stored:
        // re-running it costs more than storing its float.
        let costly_read = |v: &Value| {
            read.contains(v)
                && matches!(def.get(v).map(|i| &i.kind), Some(InstKind::Math(f, _)) if crate::math::costly(f.0.name))
        };
        let mut work: Vec<Value> = needs.iter().map(|(v, _)| *v).collect();
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
                Some(inst) => self.recomputable(inst, &local, body_depth) && !costly_read(&v),
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
        let pure = match &inst.kind {
            InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Index { .. }
            | InstKind::Len(_) => true,
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::SumElems(_)
            | InstKind::ZerosLike(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => false,
        };
        if !pure || inst.results.len() != 1 || self.func.ty(inst.results[0]).is_aggregate() {
            return false;
        }
        // An array read again must still exist: one from outside every loop
        // (never overwritten), not one this body builds. A small fixed-size
        // array an outer loop body builds is read again too: the loop
        // around that body stores it once per iteration (it becomes a need
        // of this loop from outside), rather than this loop storing every
        // element it reads.
        let index = matches!(inst.kind, InstKind::Index { .. });
        inst.kind.operands().iter().all(|u| {
            let ty = self.func.ty(*u);
            let outside = !local.contains(u);
            !ty.is_aggregate()
                || (outside && self.depth.get(u).copied().unwrap_or(0) == 0)
                || body_depth == 0
                || (outside && index && elements(ty).is_some_and(|n| n <= STORED_ARRAY_LIMIT))
        })
    }
}

/// The largest fixed-size array (in floats) an outer loop stores whole so
/// that inner loops can read it again: storing it costs one copy per outer
/// iteration, storing what inner loops read of it one float per read.
const STORED_ARRAY_LIMIT: usize = 64;

/// The number of floats in a fixed-size (nested) array type.
fn elements(ty: &Ty) -> Option<usize> {
    match ty {
        Ty::Float(_) => Some(1),
        Ty::Array(e, n) => Some(n.literal()? * elements(e)?),
        _ => None,
    }
}

/// The result of `inst` if it is a float method whose derivative rule
/// ignores it (`sin' = cos x`): the rule's read of it is no reason to keep
/// it.
fn ignored_output(inst: &Inst) -> Option<Value> {
    match &inst.kind {
        InstKind::Math(f, _) if !crate::math::rule_reads_output(f.0.name) => {
            inst.results.first().copied()
        }
        _ => None,
    }
}

/// Whether `e` is a path or a chain of field reads of one, which reads a
/// value and cannot panic.
fn is_place(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Path(_) => true,
        syn::Expr::Field(f) => is_place(&f.base),
        syn::Expr::Paren(p) => is_place(&p.expr),
        syn::Expr::Group(g) => is_place(&g.expr),
        _ => false,
    }
}
