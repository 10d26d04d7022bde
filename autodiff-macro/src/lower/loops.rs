//! Loops: carried state as parameters and yields, `break`/`continue`/
//! `return` as flags, a counted `while` for a `for` that can stop early.

use super::*;

impl<'e> Lowerer<'e> {
    /// The variables declared outside the loop that `body` assigns (a
    /// tree of values each: tuples and options are carried part by part).
    pub(super) fn carried_vars(&self, body: &AstBlock) -> Vec<VarId> {
        let mut names = Vec::new();
        assigned_names(body, &mut names);
        let mut ids: Vec<VarId> = names.iter().filter_map(|n| self.lookup(n)).collect();
        ids.extend(self.closure_effects(body));
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|id| self.vars[*id].is_some());
        ids
    }

    /// Makes loop parameters for each carried variable (one per value of
    /// its tree) and points the variable at them. Returns (params, inits,
    /// the variables' trees of parameters).
    pub(super) fn enter_loop(&mut self, carried: &[VarId]) -> (Vec<Value>, Vec<Value>, Vec<Lv>) {
        let mut params = Vec::new();
        let mut inits = Vec::new();
        let mut trees = Vec::new();
        for id in carried {
            let Some(init) = self.var_value(*id) else {
                continue;
            };
            let mut flat = Vec::new();
            init.flatten(&mut flat);
            let mut fresh = Vec::new();
            for v in flat {
                let ty = self.func.ty(v).clone();
                let name = self.func.name(v).map(String::from);
                let p = self.func.new_value(ty, name);
                params.push(p);
                inits.push(v);
                fresh.push(p);
            }
            let tree = branches::rebuild(&init, &mut fresh.into_iter());
            self.vars[*id] = Some(tree.clone());
            trees.push(tree);
        }
        (params, inits, trees)
    }

    /// After the body: the yields, restoring the carried variables to the
    /// loop's results. Returns (yields, results).
    pub(super) fn leave_loop(
        &mut self,
        carried: &[VarId],
        trees: &[Lv],
        span: Span,
    ) -> (Vec<Value>, Vec<Value>) {
        let mut yields = Vec::new();
        let mut results = Vec::new();
        for (id, tree) in carried.iter().zip(trees) {
            let now = self.var_value(*id);
            let now = match now {
                Some(v) => self.carried_next(*id, &v, tree, span),
                None => None,
            };
            let mut ps = Vec::new();
            tree.flatten(&mut ps);
            let mut ys = Vec::new();
            match now {
                Some(v) => v.flatten(&mut ys),
                None => ys.clone_from(&ps),
            }
            if ys.len() != ps.len() {
                ys.clone_from(&ps);
            }
            yields.extend(ys);
            for p in ps {
                let ty = self.func.ty(p).clone();
                let name = self.func.name(p).map(String::from);
                results.push(self.func.new_value(ty, name));
            }
        }
        (yields, results)
    }

    /// Points each carried variable at its part of the loop's results.
    pub(super) fn restore_carried(&mut self, carried: &[VarId], trees: &[Lv], results: &[Value]) {
        let mut flat = results.iter().copied();
        for (id, tree) in carried.iter().zip(trees) {
            self.vars[*id] = Some(branches::rebuild(tree, &mut flat));
        }
    }

    /// Binds a `for` pattern to the element at `index` of `seq` (or to the
    /// index itself for a range).
    pub(super) fn bind_for(&mut self, pat: &ForPat, index: Value, seq: Option<Value>, span: Span) {
        match (pat, seq) {
            (ForPat::Wild, _) => {}
            (ForPat::Ident(id) | ForPat::Ref(id), None) => {
                self.func.values[index.index()].name = Some(id.to_string());
                self.declare(&id.to_string(), Some(Lv::One(index)));
            }
            (ForPat::Ident(id) | ForPat::Ref(id), Some(s)) => {
                let v = self.element(s, index, span);
                self.func.values[v.index()].name = Some(id.to_string());
                self.declare(&id.to_string(), Some(Lv::One(v)));
            }
            (ForPat::Pair(i, v), Some(s)) => {
                self.bind_for(i, index, None, span);
                self.bind_for(v, index, Some(s), span);
            }
            (ForPat::Pat(p), None) => self.bind_pattern(p, Lv::One(index), span),
            (ForPat::Pat(p), Some(s)) => {
                let v = self.index(s, vec![index], span);
                self.owned.push(v);
                self.bind_pattern(p, Lv::One(v), span);
            }
            (ForPat::Pair(..), None) => self.errors.push(
                span,
                "a pair pattern needs `.iter().enumerate()`: write `for (i, v) in x.iter().enumerate()`",
            ),
        }
    }

    /// Lowers the statements of a loop body with a fresh `continue` flag.
    pub(super) fn loop_body(&mut self, body: &AstBlock, has_cont: bool) {
        let saved = self.loop_flags;
        if has_cont {
            let f = self.literal_bool(false);
            self.loop_flags.cont = Some(self.declare("", Some(Lv::One(f))));
        } else {
            self.loop_flags.cont = None;
        }
        self.block(body);
        self.dead = false;
        self.loop_flags.cont = saved.cont;
    }

    pub(super) fn for_loop(
        &mut self,
        pat: &ForPat,
        iter: &ForIter,
        body: &AstBlock,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
    ) {
        let (lo, hi, inclusive, reversed, seq) = match iter {
            ForIter::Chain(chain) => {
                self.for_chain(pat, chain, body, span, checkpoint);
                return;
            }
            ForIter::Range {
                lo,
                hi,
                inclusive,
                reversed,
            } => {
                let lo = self.one(lo);
                let hi = self.one(hi);
                let (Some(lo), Some(hi)) = (lo, hi) else {
                    return;
                };
                (lo, hi, *inclusive, *reversed, None)
            }
            ForIter::Elements { seq, enumerate } => {
                if let Some(bounds) = self.view_loop(seq, *enumerate, span) {
                    let Some((lo, hi, base)) = bounds else { return };
                    (lo, hi, false, false, Some(base))
                } else {
                    let Some(s) = self.one(seq) else { return };
                    let s = self.na_iterable(s, span);
                    if !self.func.ty(s).is_aggregate()
                        && !matches!(self.func.ty(s), Ty::Other | Ty::Unknown)
                    {
                        self.errors.push(
                            span,
                            "this loop iterates over something that is not an array or a slice",
                        );
                        return;
                    }
                    let lo = self.int_literal("0usize");
                    let hi = self.push(InstKind::Len(s), Ty::Int, None, span);
                    let _ = enumerate;
                    (lo, hi, false, false, Some(s))
                }
            }
        };
        let exits = block_exits(body, 0);
        if exits.brk || exits.ret {
            self.counted_while(pat, lo, hi, inclusive, reversed, seq, body, exits, span);
            return;
        }
        let carried = self.carried_vars(body);
        let (params, inits, trees) = self.enter_loop(&carried);
        let index = self.func.new_value(Ty::Int, Some("i".into()));
        let outer = std::mem::take(&mut self.insts);
        self.scopes.push(Vec::new());
        let saved_flags = self.loop_flags;
        self.loop_flags = LoopFlags::default();
        self.bind_for(pat, index, seq, span);
        self.loop_body(body, exits.cont);
        self.loop_flags = saved_flags;
        self.scopes.pop();
        let (yields, results) = self.leave_loop(&carried, &trees, span);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        self.restore_carried(&carried, &trees, &results);
        self.insts.push(Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo,
                hi,
                inclusive,
                reversed,
                index,
                params,
                inits,
                body: Block {
                    insts: body_insts,
                    yields,
                },
                checkpoint,
            })),
            results,
            span,
        });
    }

    /// A range loop that can `break` or `return`: a `while` over an explicit
    /// counter, so it can stop early.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn counted_while(
        &mut self,
        pat: &ForPat,
        lo: Value,
        hi: Value,
        inclusive: bool,
        reversed: bool,
        seq: Option<Value>,
        body: &AstBlock,
        exits: Exits,
        span: Span,
    ) {
        // A backwards loop decrements before each iteration: it starts one
        // past its first index, which for `(lo..=hi).rev()` is `hi + 1`.
        let start = match (reversed, inclusive) {
            (true, true) => {
                let one = self.int_literal("1");
                self.push(InstKind::Binary(BinOp::Add, hi, one), Ty::Int, None, span)
            }
            (true, false) => hi,
            (false, _) => lo,
        };
        let counter = self.declare("", Some(Lv::One(start)));
        self.loops_with_flags(
            body,
            exits,
            Some(counter),
            span,
            move |l, counter| {
                let counter = counter?;
                // The counter has not passed the end.
                let c = l.var_one(counter)?;
                let op = match (reversed, inclusive) {
                    (false, false) => BinOp::Lt,
                    (false, true) => BinOp::Le,
                    (true, _) => BinOp::Gt,
                };
                let end = if reversed { lo } else { hi };
                Some(l.push(InstKind::Binary(op, c, end), Ty::Bool, None, span))
            },
            move |l, counter| {
                let counter = counter?;
                let c = l.var_one(counter)?;
                let one = l.int_literal("1");
                let index = if reversed {
                    let i = l.push(InstKind::Binary(BinOp::Sub, c, one), Ty::Int, None, span);
                    l.vars[counter] = Some(Lv::One(i));
                    i
                } else {
                    c
                };
                l.bind_for(pat, index, seq, span);
                Some(index)
            },
            move |l, counter, index| {
                let Some(counter) = counter else { return };
                if !reversed {
                    let one = l.int_literal("1");
                    let next = l.push(
                        InstKind::Binary(BinOp::Add, index, one),
                        Ty::Int,
                        None,
                        span,
                    );
                    l.vars[counter] = Some(Lv::One(next));
                }
            },
        );
    }

    pub(super) fn while_loop(&mut self, cond: Option<&Expr>, body: &AstBlock, span: Span) {
        let exits = block_exits(body, 0);
        self.loops_with_flags(
            body,
            exits,
            None,
            span,
            |l, _| match cond {
                Some(c) => l.one(c),
                None => Some(l.literal_bool(true)),
            },
            |_, _| None,
            |_, _, _| {},
        );
    }

    /// The general loop: carried variables (and `counter`), `break` and
    /// `return` flags, a condition, and a body between `head` and `tail`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn loops_with_flags(
        &mut self,
        body: &AstBlock,
        exits: Exits,
        counter: Option<VarId>,
        span: Span,
        cond: impl FnOnce(&mut Self, Option<VarId>) -> Option<Value>,
        head: impl FnOnce(&mut Self, Option<VarId>) -> Option<Value>,
        tail: impl FnOnce(&mut Self, Option<VarId>, Value),
    ) {
        let saved_flags = self.loop_flags;
        let brk = exits.brk.then(|| {
            let f = self.literal_bool(false);
            self.declare("", Some(Lv::One(f)))
        });
        let mut carried = self.carried_vars(body);
        carried.extend(counter);
        carried.extend(brk);
        if let (true, Some(f)) = (exits.ret, &self.flags) {
            carried.push(f.returned);
            carried.push(f.value);
        }
        carried.sort_unstable();
        carried.dedup();
        let (params, inits, trees) = self.enter_loop(&carried);
        let outer = std::mem::take(&mut self.insts);

        // Condition: stop at once after a break or return, without
        // evaluating the user's condition again.
        self.loop_flags = LoopFlags { brk, cont: None };
        let stop = self.exiting();
        let c = match stop {
            Some(stop) => {
                let v = self.branches(
                    stop,
                    span,
                    |l| Some(Lv::One(l.literal_bool(false))),
                    |l| cond(l, counter).map(Lv::One),
                );
                match v {
                    Some(Lv::One(v)) => Some(v),
                    _ => None,
                }
            }
            None => cond(self, counter),
        };
        let cond_insts = std::mem::take(&mut self.insts);

        self.scopes.push(Vec::new());
        let index = head(self, counter);
        self.loop_body(body, exits.cont);
        if let Some(index) = index {
            tail(self, counter, index);
        }
        self.scopes.pop();
        self.loop_flags = saved_flags;
        let (yields, results) = self.leave_loop(&carried, &trees, span);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        self.restore_carried(&carried, &trees, &results);
        let Some(c) = c else { return };
        self.insts.push(Inst {
            kind: InstKind::While(Box::new(WhileLoop {
                params,
                inits,
                cond: Block {
                    insts: cond_insts,
                    yields: vec![c],
                },
                body: Block {
                    insts: body_insts,
                    yields,
                },
            })),
            results,
            span,
        });
    }
}
