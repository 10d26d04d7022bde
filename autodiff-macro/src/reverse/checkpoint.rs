//! Checkpointed loops (`#[checkpoint]`): the forward sweep keeps a snapshot
//! of the loop state every K iterations; the reverse sweep re-runs each
//! segment from its snapshot and reverses it.

use super::{CheckpointPlan, Env, LoopPlan, Rev};
use crate::ir::{BinOp, Block, ForLoop, Inst, InstKind, StructureMut, Ty, Value};
use proc_macro2::{Span, TokenStream};
use std::collections::HashMap;

impl Rev {
    /// Turns a `#[checkpoint]` loop into its forward sweep: the plain body,
    /// a snapshot of the index and the carried state every `interval`
    /// iterations, and a counter of iterations.
    pub(super) fn checkpoint_forward(
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
                let (a, b) = (crate::ir::input_ident(0), crate::ir::input_ident(1));
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
                kind: crate::lang::OpaqueKind::Other("checkpoint interval"),
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
            match copy.kind.structure_mut() {
                StructureMut::For(l) => {
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
                StructureMut::While(l) => {
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
                StructureMut::If {
                    then_block,
                    else_block,
                } => {
                    *then_block = self.fresh_block(then_block, map);
                    *else_block = self.fresh_block(else_block, map);
                }
                StructureMut::Flat => {}
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

    /// The reverse sweep of a checkpointed loop: for each snapshot, last
    /// first, re-run its segment with the record pushes, then reverse the
    /// segment.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn checkpointed_reverse(
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
        let (segments, zero) = self.snapshot_count(ck, env, out);
        let seg_end = self.new_value(Ty::Int, Some("segment_end".into()));
        let adj_params = self.copies(rinits.iter().copied());
        let mut body = Vec::new();
        // Pop the snapshot: the segment's first index and state.
        let start = self.new_value(Ty::Int, Some("segment_start".into()));
        let state = self.copies(l.params.iter().take(ck.template.yields.len()).copied());
        let mut popped = vec![start];
        popped.extend(&state);
        body.push(Inst {
            kind: InstKind::TapePop(ck.snapshots),
            results: popped,
            span: Span::call_site(),
        });
        body.push(self.rerun_segment(l, ck, (start, seg_end), state, env));
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
        let results = self.copies(params.iter().copied());
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

    /// The number of snapshots, `ceil(iterations / interval)`, and a zero
    /// to count them from.
    fn snapshot_count(
        &mut self,
        ck: &CheckpointPlan,
        env: &Env,
        out: &mut Vec<Inst>,
    ) -> (Value, Value) {
        let usize_lit =
            |s: &str| InstKind::Literal(syn::Lit::Int(syn::LitInt::new(s, Span::call_site())));
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
        (segments, zero)
    }

    /// New values of the types and names of `values`.
    fn copies(&mut self, values: impl IntoIterator<Item = Value>) -> Vec<Value> {
        values
            .into_iter()
            .map(|v| self.new_value(self.func.ty(v).clone(), self.func.name(v).map(String::from)))
            .collect()
    }

    /// The segment `start..end` of loop `l` re-run from its snapshot
    /// `state`, with a fresh copy of the instrumented body (its record
    /// pushes included).
    fn rerun_segment(
        &mut self,
        l: &ForLoop,
        ck: &CheckpointPlan,
        (start, end): (Value, Value),
        state: Vec<Value>,
        env: &Env,
    ) -> Inst {
        let mut map = HashMap::new();
        let index = self.new_value(Ty::Int, Some("i".into()));
        map.insert(l.index, index);
        let params = self.copies(state.iter().copied());
        for (old, new) in l.params.iter().zip(&params) {
            map.insert(*old, *new);
        }
        // What the segment reads from outside, as the adjoint region sees it
        // (exposed out of an `if` arm, popped in an outer reverse loop).
        let mut uses = Vec::new();
        ck.template.uses(&mut uses);
        for u in uses {
            let seen = self.val(env, u);
            if seen != u {
                map.entry(u).or_insert(seen);
            }
        }
        let rerun_body = self.fresh_block(&ck.template, &mut map);
        let rerun_results: Vec<Value> = params
            .iter()
            .map(|p| self.new_value(self.func.ty(*p).clone(), None))
            .collect();
        Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo: start,
                hi: end,
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
        }
    }
}
