//! The adjoint sweep: the adjoint of each instruction in reverse order,
//! with `if`s and loops reversed structurally.

use super::{Adjoints, Env, LoopPlan, Rev, Sweep, loop_key};
use crate::derivative::{self, Class, Structured, classify};
use crate::ir::loop_parts;
use crate::ir::{Block, CallInst, ForLoop, Inst, InstKind, Structure, Ty, Value};
use proc_macro2::Span;
use std::collections::{BTreeMap, HashSet};

impl Rev {
    pub(super) fn adjoint_insts(
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
        match classify(&inst.kind) {
            Class::Constant => {}
            Class::Scalar(_) | Class::Linear(_) => {
                let Some(dy) = inst.results.first().and_then(|y| adj.get(y)).copied() else {
                    return;
                };
                let mut cx = Sweep {
                    rev: self,
                    env: Some(env),
                    adj: Some(adj),
                    out,
                };
                derivative::adjoint(inst, dy, &mut cx);
            }
            Class::Structured(s) => match s {
                Structured::If {
                    cond,
                    then_block,
                    else_block,
                } => self.adjoint_if(cond, then_block, else_block, &inst.results, adj, env, out),
                Structured::Loop => {
                    self.adjoint_loop(inst, adj, env, out);
                }
                Structured::Call(call) => self.adjoint_call(inst, call, adj, env, out),
                // Parameters' adjoints are the function's results.
                Structured::Param(_) | Structured::SelfParam => {}
            },
            // Reverse mode is applied to primal code only, which has none of
            // these.
            Class::Derived(_) => {}
        }
    }

    /// The primal values [`Self::adjoint_call`] reads: the arguments, and
    /// for a call with several results, those whose zeros take their shape
    /// from the primal (a result without an adjoint needs a zero seed; with
    /// one result, the adjoint runs only if it has one).
    pub(super) fn call_reads(inst: &Inst, call: &CallInst) -> Vec<Value> {
        let mut n = call.operands();
        if inst.results.len() > 1 {
            n.extend(inst.results.iter().copied());
        }
        n
    }

    /// The adjoint of a call: the callee's pullback recomputes its value and
    /// gives one slot per argument; each slot adds into its argument.
    fn adjoint_call(
        &mut self,
        inst: &Inst,
        call: &CallInst,
        adj: &mut Adjoints,
        env: &Env,
        out: &mut Vec<Inst>,
    ) {
        if !inst.results.iter().any(|r| adj.contains_key(r)) {
            return;
        }
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
            kind: InstKind::CallPullback(Box::new(c), seeds),
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
                let (lo, hi, inclusive, reversed) = match inst.kind.structure() {
                    Structure::For(l) => (
                        self.val(env, l.lo),
                        self.val(env, l.hi),
                        l.inclusive,
                        !l.reversed,
                    ),
                    Structure::While(_) | Structure::If { .. } | Structure::Flat => {
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
    pub(super) fn reverse_for(
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
        let rparams = self.adjoint_params(params, slots, outer);
        let mut body_env = env.clone();
        let mut rbody = Vec::new();
        let rindex = self.new_value(Ty::Int, Some("i".into()));
        if let InstKind::For(l) = &inst.kind {
            body_env.insert(l.index, rindex);
        }
        self.pop_and_recompute(plan, &mut body_env, &mut rbody);
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

    /// The parameters of a reverse loop: the adjoints of the loop state's
    /// `slots` and of the outside values `outer`.
    fn adjoint_params(&mut self, params: &[Value], slots: &[usize], outer: &[Value]) -> Vec<Value> {
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
        rparams
    }

    /// The start of a reverse loop body: the pop of the iteration's record
    /// and the recomputed values, all entered in `body_env`.
    fn pop_and_recompute(&mut self, plan: &LoopPlan, body_env: &mut Env, rbody: &mut Vec<Inst>) {
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
            copy.kind.map_operands(|v| self.val(body_env, v));
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
    }
}
