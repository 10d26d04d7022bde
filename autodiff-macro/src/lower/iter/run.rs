//! The loop a chain becomes: the driver, the stages in its body, the
//! consumer's step.

use super::*;

impl Lowerer<'_> {
    /// Builds the loop of `p`: `carried` are the variables the body may
    /// change besides the chain's own; `stop`, when given, is a flag that
    /// ends the loop (then it is a `while` over a counter); `ret` carries
    /// the early-return flags. `step` is the consumer, given each element
    /// that gets through the stages and its position in the chain.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn run(
        &mut self,
        p: &Prepared,
        mut carried: Vec<VarId>,
        stop: Option<VarId>,
        ret: bool,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
        step: impl FnOnce(&mut Self, Elem, Value),
    ) {
        // `take_while` and `take` after a filter stop the loop.
        let stop = stop.or_else(|| {
            p.early.then(|| {
                let f = self.literal_bool(false);
                self.hidden(f)
            })
        });
        carried.extend(&p.effects);
        for s in &p.stages {
            match s {
                Stage::Enumerate(c)
                | Stage::Skip(c, _)
                | Stage::Take(c, _)
                | Stage::StepBy(c, _) => carried.push(*c),
                _ => {}
            }
        }
        let drv = p.drv;
        let mut step = Some(step);
        let body = move |l: &mut Self, i: Value| {
            let Some(e) = l.drive_elem(p, i, span) else {
                return;
            };
            l.stages(&p.stages, e, stop, span, &mut |l, e| {
                if let Some(s) = step.take() {
                    s(l, e, i);
                }
            });
        };
        self.chain_loop(drv, carried, stop, ret, span, checkpoint, body);
    }

    /// Applies the stages to `e`, then `sink`.
    pub(super) fn stages(
        &mut self,
        stages: &[Stage],
        e: Elem,
        stop: Option<VarId>,
        span: Span,
        sink: &mut dyn FnMut(&mut Self, Elem),
    ) {
        let Some((first, rest)) = stages.split_first() else {
            sink(self, e);
            return;
        };
        match first {
            Stage::Map(f) => {
                if let Some(e) = self.call_callable(f, vec![e], span) {
                    self.stages(rest, e, stop, span, sink);
                }
            }
            Stage::Filter(f) | Stage::TakeWhile(f) => {
                let Some(c) = self.predicate(f, e.clone(), span) else {
                    return;
                };
                let take_while = matches!(first, Stage::TakeWhile(_));
                self.branches(
                    c,
                    span,
                    |l| {
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    move |l| {
                        if let (true, Some(s)) = (take_while, stop) {
                            let t = l.literal_bool(true);
                            l.vars[s] = Some(Lv::One(t));
                        }
                        None
                    },
                );
            }
            Stage::Enumerate(c) => {
                let Some(k) = self.bump(*c, span) else { return };
                self.stages(rest, Elem::Tuple(vec![Elem::One(k), e]), stop, span, sink);
            }
            Stage::Skip(c, n) | Stage::StepBy(c, n) => {
                let Some(k) = self.bump(*c, span) else { return };
                let pass = if matches!(first, Stage::Skip(..)) {
                    self.push(InstKind::Binary(BinOp::Ge, k, *n), Ty::Bool, None, span)
                } else {
                    let r = self.binary(BinOp::Rem, k, *n, span);
                    let zero = self.int_literal("0");
                    self.push(InstKind::Binary(BinOp::Eq, r, zero), Ty::Bool, None, span)
                };
                self.branches(
                    pass,
                    span,
                    |l| {
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    |_| None,
                );
            }
            Stage::Take(c, n) => {
                let Some(k) = self.var_one(*c) else { return };
                let pass = self.push(InstKind::Binary(BinOp::Lt, k, *n), Ty::Bool, None, span);
                let c = *c;
                self.branches(
                    pass,
                    span,
                    |l| {
                        let one = l.int_literal("1");
                        let next = l.binary(BinOp::Add, k, one, span);
                        l.vars[c] = Some(Lv::One(next));
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    move |l| {
                        if let Some(s) = stop {
                            let t = l.literal_bool(true);
                            l.vars[s] = Some(Lv::One(t));
                        }
                        None
                    },
                );
            }
        }
    }

    /// The counter's value, and the counter incremented.
    pub(super) fn bump(&mut self, c: VarId, span: Span) -> Option<Value> {
        let k = self.var_one(c)?;
        let one = self.int_literal("1");
        let next = self.binary(BinOp::Add, k, one, span);
        self.vars[c] = Some(Lv::One(next));
        Some(k)
    }

    /// Calls a predicate: its result must be one value.
    pub(super) fn predicate(&mut self, f: &Callable, e: Elem, span: Span) -> Option<Value> {
        match self.call_callable(f, vec![e], span)? {
            Elem::One(v) => Some(v),
            _ => {
                self.errors.push(span, "this closure must return a `bool`");
                None
            }
        }
    }

    /// A counted loop (a `while` over a counter when it can stop early),
    /// carrying `carried`.
    #[allow(clippy::too_many_arguments)]
    fn chain_loop(
        &mut self,
        d: Driver,
        carried: Vec<VarId>,
        stop: Option<VarId>,
        ret: bool,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
        body: impl FnOnce(&mut Self, Value),
    ) {
        if stop.is_none() && !ret {
            self.counted_loop(d, carried, span, checkpoint, body);
        } else {
            self.counter_loop(d, carried, stop, ret, span, body);
        }
    }

    /// A `for` over the driver's range.
    fn counted_loop(
        &mut self,
        d: Driver,
        mut carried: Vec<VarId>,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
        body: impl FnOnce(&mut Self, Value),
    ) {
        let saved_flags = self.loop_flags;
        carried.sort_unstable();
        carried.dedup();
        carried.retain(|id| self.vars[*id].is_some());
        let (params, inits, trees) = self.enter_loop(&carried);
        let index = self.func.new_value(Ty::Int, Some("i".into()));
        let outer = std::mem::take(&mut self.insts);
        self.scopes.push(Vec::new());
        self.loop_flags = LoopFlags::default();
        body(self, index);
        self.dead = false;
        self.loop_flags = saved_flags;
        self.scopes.pop();
        let (yields, results) = self.leave_loop(&carried, &trees, span);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        self.restore_carried(&carried, &trees, &results);
        self.insts.push(Inst {
            kind: InstKind::For(Box::new(ForLoop {
                lo: d.lo,
                hi: d.hi,
                inclusive: d.inclusive,
                reversed: d.reversed,
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

    /// A `while` over an explicit counter, stopped by `stop` (and by an
    /// early return if `ret`).
    fn counter_loop(
        &mut self,
        d: Driver,
        mut carried: Vec<VarId>,
        stop: Option<VarId>,
        ret: bool,
        span: Span,
        body: impl FnOnce(&mut Self, Value),
    ) {
        let saved_flags = self.loop_flags;
        let start = self.counter_start(d, span);
        let counter = self.declare("", Some(Lv::One(start)));
        carried.push(counter);
        carried.extend(stop);
        if let (true, Some(f)) = (ret, &self.flags) {
            carried.push(f.returned);
            carried.push(f.value);
        }
        carried.sort_unstable();
        carried.dedup();
        carried.retain(|id| self.vars[*id].is_some());
        let (params, inits, trees) = self.enter_loop(&carried);
        let outer = std::mem::take(&mut self.insts);

        self.loop_flags = LoopFlags {
            brk: stop,
            cont: None,
        };
        let cond = self.counter_cond(d, counter, span);
        let cond_insts = std::mem::take(&mut self.insts);

        self.scopes.push(Vec::new());
        if let Some(index) = self.counter_step(d, counter, span) {
            body(self, index);
        }
        self.dead = false;
        self.scopes.pop();
        self.loop_flags = saved_flags;
        let (yields, results) = self.leave_loop(&carried, &trees, span);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        self.restore_carried(&carried, &trees, &results);
        let Some(Lv::One(c)) = cond else { return };
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

    /// The counter's first value. Backwards, the counter starts one past
    /// the first index and is decremented first.
    fn counter_start(&mut self, d: Driver, span: Span) -> Value {
        match (d.reversed, d.inclusive) {
            (true, true) => {
                let one = self.int_literal("1");
                self.binary(BinOp::Add, d.hi, one, span)
            }
            (true, false) => d.hi,
            (false, _) => d.lo,
        }
    }

    /// The condition of the counter loop: the counter within the range,
    /// and nothing exiting.
    fn counter_cond(&mut self, d: Driver, counter: VarId, span: Span) -> Option<Lv> {
        let test = move |l: &mut Self| {
            let c = l.var_one(counter)?;
            let (op, end) = match (d.reversed, d.inclusive) {
                (false, false) => (BinOp::Lt, d.hi),
                (false, true) => (BinOp::Le, d.hi),
                (true, _) => (BinOp::Gt, d.lo),
            };
            Some(Lv::One(l.push(
                InstKind::Binary(op, c, end),
                Ty::Bool,
                None,
                span,
            )))
        };
        match self.exiting() {
            Some(s) => self.branches(s, span, |l| Some(Lv::One(l.literal_bool(false))), test),
            None => test(self),
        }
    }

    /// The index of this iteration, the counter moved to the next.
    fn counter_step(&mut self, d: Driver, counter: VarId, span: Span) -> Option<Value> {
        let c = self.var_one(counter)?;
        let one = self.int_literal("1");
        Some(if d.reversed {
            let i = self.binary(BinOp::Sub, c, one, span);
            self.vars[counter] = Some(Lv::One(i));
            i
        } else {
            let next = self.binary(BinOp::Add, c, one, span);
            self.vars[counter] = Some(Lv::One(next));
            c
        })
    }
}
