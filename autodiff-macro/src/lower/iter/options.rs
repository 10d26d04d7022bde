//! Consumers that give an `Option`: selections (`min`, `max_by`, ..),
//! `find`, `position`, `last`, `reduce`.

use super::*;

impl Lowerer<'_> {
    /// A consumer that returns an `Option`, unwrapped.
    /// A consumer that returns an `Option`: unwrapped where the chain ends,
    /// or an option value (`Lv::Opt`: the found flag and the payload).
    pub(super) fn option_consumer(&mut self, plan: Plan, c: &Consumer) -> Option<Lv> {
        let span = c.span;
        let maps: Option<Vec<Callable>> = c.then_map.iter().map(|f| self.callable(f)).collect();
        let maps = maps?;
        let finish = move |l: &mut Self, e: Elem| -> Option<Lv> {
            let mut e = e;
            for f in &maps {
                e = l.call_callable(f, vec![e], span)?;
            }
            l.elem_value(e, span)
        };
        // Without stages, the first (or last) element is known by
        // position: no flag is needed.
        let positional = plan.stages.is_empty()
            && matches!(
                c.kind,
                ConsumerKind::Reduce(_)
                    | ConsumerKind::SelectBy { .. }
                    | ConsumerKind::SelectByKey { .. }
                    | ConsumerKind::Select { .. }
                    | ConsumerKind::Last
            );
        if positional {
            return match &c.unwrap {
                None => {
                    let nonempty = self.dom_nonempty(plan.node.dom, span);
                    let kind = &c.kind;
                    self.branches(
                        nonempty,
                        span,
                        move |l| {
                            let e = l.positional_option(plan, kind, span)?;
                            let v = finish(l, e)?;
                            Some(l.some(v))
                        },
                        |l| Some(l.none()),
                    )
                }
                Some(Unwrap::Unwrap) => {
                    let e = self.positional_option(plan, &c.kind, span)?;
                    finish(self, e)
                }
                Some(Unwrap::Or(d)) => {
                    let nonempty = self.dom_nonempty(plan.node.dom, span);
                    let kind = &c.kind;
                    self.branches(
                        nonempty,
                        span,
                        move |l| {
                            let e = l.positional_option(plan, kind, span)?;
                            finish(l, e)
                        },
                        |l| l.expr(d),
                    )
                }
            };
        }
        let (found, payload) = self.flagged_option(plan, &c.kind, span)?;
        match &c.unwrap {
            // The payload is a placeholder where nothing was found; the maps
            // on it are then never read.
            None => {
                let v = finish(self, payload)?;
                Some(self.option(found, v))
            }
            Some(Unwrap::Unwrap) => finish(self, payload),
            Some(Unwrap::Or(d)) => {
                self.branches(found, span, move |l| finish(l, payload), |l| l.expr(d))
            }
        }
    }

    /// `reduce`, `min_by`, `max_by`, `last` and friends of a chain without
    /// stages: the first element is known by position, and the loop runs
    /// over the others. A selection carries only the index of the best
    /// element (recomputing its value to compare), so its loop stores
    /// nothing for the reverse sweep, as a hand-written argmax.
    fn positional_option(&mut self, plan: Plan, kind: &ConsumerKind, span: Span) -> Option<Elem> {
        let mut p = self.prepare(plan, span)?;
        let d = p.drv;
        let last_index = |l: &mut Self| {
            if d.inclusive {
                d.hi
            } else {
                let one = l.int_literal("1");
                l.binary(BinOp::Sub, d.hi, one, span)
            }
        };
        if let ConsumerKind::Last = kind {
            let i = if d.reversed { d.lo } else { last_index(self) };
            return self.drive_elem(&p, i, span);
        }
        let first = if d.reversed { last_index(self) } else { d.lo };
        // The loop runs over the other elements.
        if d.reversed {
            p.drv.hi = first;
            p.drv.inclusive = false;
        } else {
            let one = self.int_literal("1");
            p.drv.lo = self.binary(BinOp::Add, d.lo, one, span);
        }
        if let ConsumerKind::Reduce(f) = kind {
            let f = self.callable(f)?;
            let first_elem = self.drive_elem(&p, first, span)?;
            let first_lv = self.elem_value(first_elem, span)?;
            let slots = self.slots_for(&first_lv);
            let mut carried = Vec::new();
            slots.ids(&mut carried);
            if let Callable::Closure(def) = &f {
                carried.extend(&def.effects);
            }
            let s = slots;
            self.run(&p, carried, None, false, span, None, move |l, e, _| {
                let Some(acc) = l.slots_get(&s) else { return };
                if let Some(next) = l.call_callable(&f, vec![Elem::from_lv(acc), e], span) {
                    l.slots_set(&s, next, span);
                }
            });
            return self.slots_get(&slots).map(Elem::from_lv);
        }
        let (max, by) = self.selector(kind)?;
        let best = self.hidden(first);
        let mut carried = vec![best];
        carried.extend(by.effects());
        let pr = &p;
        self.run(pr, carried, None, false, span, None, |l, e, i| {
            let Some(k) = l.var_one(best) else { return };
            let Some(b) = l.drive_elem(pr, k, span) else {
                return;
            };
            let Some(replace) = l.replaces(max, &by, b, e, span) else {
                return;
            };
            l.branches(
                replace,
                span,
                move |l| {
                    l.set(best, i);
                    None
                },
                |_| None,
            );
        });
        let k = self.var_one(best)?;
        self.drive_elem(&p, k, span)
    }

    /// How a selection consumer compares, and whether it keeps the maximum.
    fn selector<'k>(&mut self, kind: &'k ConsumerKind) -> Option<(bool, Selector<'k>)> {
        Some(match kind {
            ConsumerKind::SelectBy { max, cmp } => (
                *max,
                Selector::Cmp(std::rc::Rc::new(self.scopes.clone()), cmp),
            ),
            ConsumerKind::SelectByKey { max, key } => (*max, Selector::Key(self.callable(key)?)),
            ConsumerKind::Select { max } => (*max, Selector::Ord),
            _ => return None,
        })
    }

    /// Whether element `e` replaces the best one so far, `best`: `min_by`
    /// keeps the first of equal elements, `max_by` the last, so `e` replaces
    /// `best` when `best > e` (min) or unless `best > e` (max).
    fn replaces(
        &mut self,
        max: bool,
        by: &Selector<'_>,
        best: Elem,
        e: Elem,
        span: Span,
    ) -> Option<Value> {
        let g = match by {
            Selector::Cmp(scopes, cmp) => self.compare_greater(scopes, cmp, best, e, span)?,
            Selector::Key(f) => {
                let kb = self.call_callable(f, vec![best], span)?;
                let ke = self.call_callable(f, vec![e], span)?;
                let (Elem::One(a), Elem::One(b)) = (kb, ke) else {
                    self.errors
                        .push(span, "the key of this selection must be one value");
                    return None;
                };
                self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span)
            }
            Selector::Ord => {
                let (Elem::One(a), Elem::One(b)) = (best, e) else {
                    self.errors.push(
                        span,
                        "`min`/`max` compare single values: use `min_by`/`max_by` for tuples",
                    );
                    return None;
                };
                self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span)
            }
        };
        Some(if max {
            self.push(InstKind::Unary(UnOp::Not, g), Ty::Bool, None, span)
        } else {
            g
        })
    }

    /// An `Option` consumer with a found flag: the flag and the payload.
    fn flagged_option(
        &mut self,
        plan: Plan,
        kind: &ConsumerKind,
        span: Span,
    ) -> Option<(Value, Elem)> {
        let p = self.prepare(plan, span)?;
        let f0 = self.literal_bool(false);
        let found = self.hidden(f0);
        let early = matches!(kind, ConsumerKind::Position(_) | ConsumerKind::Find(_));
        let stop = early.then(|| {
            let f = self.literal_bool(false);
            self.hidden(f)
        });
        let mut carried = vec![found];
        let payload = self.option_payload(&p, kind, span)?;
        payload.ids(&mut carried);
        let counter = matches!(kind, ConsumerKind::Position(_)).then(|| self.counter());
        carried.extend(counter);
        let step = self.option_step(kind, &payload)?;
        if let Some(def) = step.effects() {
            carried.extend(def);
        }
        let flags = Flags {
            found,
            stop,
            counter,
            slots: payload,
        };
        self.run(&p, carried, stop, false, span, None, move |l, e, _| {
            l.flagged_step(&step, e, &flags, span);
        });
        let found = self.var_one(found)?;
        let payload = self.slots_get(&payload)?;
        Some((found, Elem::from_lv(payload)))
    }

    /// The slots of an `Option` consumer's payload: a position, or a
    /// placeholder of the element.
    fn option_payload(&mut self, p: &Prepared, kind: &ConsumerKind, span: Span) -> Option<Slots> {
        if let ConsumerKind::Position(_) = kind {
            let z = self.int_literal("0");
            return Some(Slots(self.hidden(z)));
        }
        let ty = self.elem_ty(p, span);
        let Some(lv) = self.placeholder_elem(&ty, span) else {
            self.errors.push(
                span,
                "this consumer cannot keep a window or chunk: `map` the elements to a value \
                 first",
            );
            return None;
        };
        Some(self.slots_for(&lv))
    }

    /// The step of a flagged `Option` consumer on element `e`.
    fn flagged_step(&mut self, step: &OptionStep<'_>, e: Elem, flags: &Flags, span: Span) {
        let Flags {
            found,
            stop,
            counter,
            slots,
        } = *flags;
        let Some(is_found) = self.var_one(found) else {
            return;
        };
        match step {
            // Keep the first element, then combine.
            OptionStep::Reduce(..) | OptionStep::Select { .. } => {
                self.branches(
                    is_found,
                    span,
                    |l| {
                        step.apply(l, e.clone(), span);
                        None
                    },
                    |l| {
                        if let Some(lv) = e.to_lv() {
                            l.slots_set(&slots, Elem::from_lv(lv), span);
                        }
                        let t = l.literal_bool(true);
                        l.set(found, t);
                        None
                    },
                );
            }
            OptionStep::Last => {
                self.slots_set(&slots, e, span);
                let t = self.literal_bool(true);
                self.set(found, t);
            }
            OptionStep::Find(f) | OptionStep::Position(f) => {
                let Some(hit) = self.predicate(f, e.clone(), span) else {
                    return;
                };
                let position = matches!(step, OptionStep::Position(_));
                self.branches(
                    hit,
                    span,
                    |l| {
                        if position {
                            if let Some(k) = counter.and_then(|c| l.var_one(c)) {
                                l.slots_set(&slots, Elem::One(k), span);
                            }
                        } else {
                            l.slots_set(&slots, e, span);
                        }
                        let t = l.literal_bool(true);
                        l.set(found, t);
                        if let Some(s) = stop {
                            let t = l.literal_bool(true);
                            l.set(s, t);
                        }
                        None
                    },
                    |_| None,
                );
                if let Some(c) = counter {
                    self.bump(c, span);
                }
            }
        }
    }

    /// What an `Option` consumer does with an element, given the slots of
    /// its current result.
    fn option_step<'k>(&mut self, kind: &'k ConsumerKind, slots: &Slots) -> Option<OptionStep<'k>> {
        Some(match kind {
            ConsumerKind::Reduce(f) => OptionStep::Reduce(self.callable(f)?, *slots),
            ConsumerKind::SelectBy { .. }
            | ConsumerKind::SelectByKey { .. }
            | ConsumerKind::Select { .. } => {
                let (max, by) = self.selector(kind)?;
                OptionStep::Select {
                    max,
                    by,
                    slots: *slots,
                }
            }
            ConsumerKind::Last => OptionStep::Last,
            ConsumerKind::Find(f) => OptionStep::Find(self.callable(f)?),
            ConsumerKind::Position(f) => OptionStep::Position(self.callable(f)?),
            _ => return None,
        })
    }

    /// `min_by`/`max_by`'s comparison of `a` and `b`: whether `a > b`.
    fn compare_greater(
        &mut self,
        scopes: &[Vec<(String, VarId)>],
        cmp: &Comparator,
        a: Elem,
        b: Elem,
        span: Span,
    ) -> Option<Value> {
        let saved = std::mem::replace(&mut self.scopes, scopes.to_vec());
        self.scopes.push(Vec::new());
        let ok = self.bind_elem(&cmp.params[0].pat, a, cmp.params[0].ty.as_ref(), span)
            & self.bind_elem(&cmp.params[1].pat, b, cmp.params[1].ty.as_ref(), span);
        let sides = if ok {
            let l = self.one(&cmp.lhs);
            let r = self.one(&cmp.rhs);
            l.zip(r)
        } else {
            None
        };
        self.scopes = saved;
        let (l, r) = sides?;
        if !cmp.total {
            return Some(self.push(InstKind::Binary(BinOp::Gt, l, r), Ty::Bool, None, span));
        }
        // `l.total_cmp(&r).is_gt()`, from the signs and the bit patterns:
        // a value with the sign bit clear is above one with it set; among
        // the former the larger pattern is the greater, among the latter
        // the smaller (NaNs, infinities and zeros included, as `total_cmp`).
        let query = |this: &mut Self, name: &str, v: Value| {
            let f = ir::MathFn(crate::math::lookup(name)?);
            let ty = this.math_type(f, &[v]);
            Some(this.push(InstKind::Math(f, vec![v]), ty, None, span))
        };
        let (nl, nr) = (
            query(self, "is_sign_negative", l)?,
            query(self, "is_sign_negative", r)?,
        );
        let (bl, br) = (query(self, "to_bits", l)?, query(self, "to_bits", r)?);
        let differ = self.push(InstKind::Binary(BinOp::Ne, nl, nr), Ty::Bool, None, span);
        let gt = self.branches(
            differ,
            span,
            move |_| Some(Lv::One(nr)),
            move |l| {
                l.branches(
                    nl,
                    span,
                    move |l| {
                        let v = l.push(InstKind::Binary(BinOp::Lt, bl, br), Ty::Bool, None, span);
                        Some(Lv::One(v))
                    },
                    move |l| {
                        let v = l.push(InstKind::Binary(BinOp::Gt, bl, br), Ty::Bool, None, span);
                        Some(Lv::One(v))
                    },
                )
            },
        );
        match gt {
            Some(Lv::One(v)) => Some(v),
            _ => None,
        }
    }
}

/// How a selection compares two elements.
enum Selector<'a> {
    /// A `min_by`/`max_by` closure, with the scopes it was written in.
    Cmp(std::rc::Rc<Vec<Vec<(String, VarId)>>>, &'a Comparator),
    /// `min_by_key`/`max_by_key`.
    Key(Callable),
    /// `min()`/`max()`.
    Ord,
}

/// The hidden variables of a flagged `Option` consumer.
#[derive(Clone, Copy)]
struct Flags {
    /// Whether an element was found.
    found: VarId,
    /// Set to stop the loop at the element found.
    stop: Option<VarId>,
    /// The position of the element, for `position`.
    counter: Option<VarId>,
    /// The payload.
    slots: Slots,
}

/// The step of an `Option` consumer.
enum OptionStep<'a> {
    Reduce(Callable, Slots),
    Select {
        max: bool,
        by: Selector<'a>,
        slots: Slots,
    },
    Last,
    Find(Callable),
    Position(Callable),
}

impl Selector<'_> {
    /// The variables the selection's key closure assigns.
    fn effects(&self) -> Vec<VarId> {
        match self {
            Selector::Key(Callable::Closure(def)) => def.effects.clone(),
            _ => Vec::new(),
        }
    }
}

impl OptionStep<'_> {
    /// The variables the step's closures assign.
    fn effects(&self) -> Option<Vec<VarId>> {
        let c = match self {
            OptionStep::Reduce(c, _)
            | OptionStep::Find(c)
            | OptionStep::Position(c)
            | OptionStep::Select {
                by: Selector::Key(c),
                ..
            } => c,
            _ => return None,
        };
        match c {
            Callable::Closure(def) => Some(def.effects.clone()),
            _ => None,
        }
    }

    /// Combines the current result (in its slots) with `e`.
    fn apply(&self, l: &mut Lowerer<'_>, e: Elem, span: Span) {
        match self {
            OptionStep::Reduce(f, slots) => {
                let Some(acc) = l.slots_get(slots) else {
                    return;
                };
                if let Some(next) = l.call_callable(f, vec![Elem::from_lv(acc), e], span) {
                    l.slots_set(slots, next, span);
                }
            }
            OptionStep::Select { max, by, slots } => {
                let Some(best) = l.slots_get(slots).map(Elem::from_lv) else {
                    return;
                };
                let Some(replace) = l.replaces(*max, by, best, e.clone(), span) else {
                    return;
                };
                let slots = *slots;
                l.branches(
                    replace,
                    span,
                    move |l| {
                        l.slots_set(&slots, e, span);
                        None
                    },
                    |_| None,
                );
            }
            OptionStep::Last | OptionStep::Find(_) | OptionStep::Position(_) => {}
        }
    }
}
