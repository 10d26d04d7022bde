//! Conditionals: each arm on a copy of the variables, the assigned ones
//! merged into the `If`'s results.

use super::*;

impl<'e> Lowerer<'e> {
    /// Lowers a two-armed conditional: each arm runs on a copy of the
    /// variables; the variables (declared before) whose values differ become
    /// results of the `If`, and so does the arms' value.
    pub(super) fn branches<'b>(
        &mut self,
        cond: Value,
        span: Span,
        then_arm: impl FnOnce(&mut Self) -> Option<Lv> + 'b,
        else_arm: impl FnOnce(&mut Self) -> Option<Lv> + 'b,
    ) -> Option<Lv> {
        let snapshot = self.vars.clone();
        let outer = std::mem::take(&mut self.insts);

        let arm = |l: &mut Self, f: Arm<'b, 'e>| {
            l.vars = snapshot.clone();
            l.dead = false;
            l.scopes.push(Vec::new());
            let value = f(l);
            l.scopes.pop();
            let dead = l.dead;
            let insts = std::mem::take(&mut l.insts);
            let vars = l.vars[..snapshot.len()].to_vec();
            (value, insts, vars, dead)
        };
        let (tv, mut ti, tvars, tdead) = arm(self, Box::new(then_arm));
        let (ev, mut ei, evars, edead) = arm(self, Box::new(else_arm));
        self.vars = snapshot.clone();

        // The value of the conditional: an arm that returned early yields a
        // placeholder of the other arm's shape.
        let value = match (&tv, &ev) {
            (Some(t), Some(e)) => self.conform(t, e, &mut ti, &mut ei, span),
            (Some(t), None) if edead => {
                let p = self.in_block(&mut ei, |l| l.placeholder_like(t, span));
                p.map(|p| (t.clone(), p))
            }
            (None, Some(e)) if tdead => {
                let p = self.in_block(&mut ti, |l| l.placeholder_like(e, span));
                p.map(|p| (p, e.clone()))
            }
            _ => None,
        };

        // Variables assigned in either arm.
        let mut merged: Vec<(VarId, Lv, Lv)> = Vec::new();
        // Both arms gave the variable the same (outside) value.
        let mut same: Vec<(VarId, Lv)> = Vec::new();
        for id in 0..snapshot.len() {
            let (t, e) = (&tvars[id], &evars[id]);
            if t == e {
                if let Some(t) = t.as_ref().filter(|_| *t != snapshot[id]) {
                    same.push((id, t.clone()));
                }
                continue;
            }
            match (t, e) {
                (Some(t), Some(e)) => {
                    if let Some((t, e)) = self.conform(t, e, &mut ti, &mut ei, span) {
                        merged.push((id, t, e));
                    }
                }
                (Some(t), None) if edead => {
                    if let Some(p) = self.in_block(&mut ei, |l| l.placeholder_like(t, span)) {
                        merged.push((id, t.clone(), p));
                    }
                }
                (None, Some(e)) if tdead => {
                    if let Some(p) = self.in_block(&mut ti, |l| l.placeholder_like(e, span)) {
                        merged.push((id, p, e.clone()));
                    }
                }
                // Assigned in one arm only and read later: Rust itself
                // rejects the read of a possibly-unassigned variable.
                _ => {}
            }
        }

        let mut then_yields = Vec::new();
        let mut else_yields = Vec::new();
        if let Some((t, e)) = &value {
            t.flatten(&mut then_yields);
            e.flatten(&mut else_yields);
        }
        for (_, t, e) in &merged {
            t.flatten(&mut then_yields);
            e.flatten(&mut else_yields);
        }
        let results: Vec<Value> = then_yields
            .iter()
            .zip(&else_yields)
            .map(|(t, e)| {
                let ty = join_ty(self.func.ty(*t), self.func.ty(*e));
                let name = self.func.name(*t).or(self.func.name(*e)).map(String::from);
                self.func.new_value(ty, name)
            })
            .collect();

        self.insts = outer;
        self.insts.push(Inst {
            kind: InstKind::If {
                cond,
                then_block: Block {
                    insts: ti,
                    yields: then_yields,
                },
                else_block: Block {
                    insts: ei,
                    yields: else_yields,
                },
            },
            results: results.clone(),
            span,
        });
        self.dead = tdead && edead;

        // Rebuild the trees of values from the flat results.
        let mut flat = results.into_iter();
        let value = value.map(|(t, _)| rebuild(&t, &mut flat));
        for (id, t, _) in merged {
            self.vars[id] = Some(rebuild(&t, &mut flat));
        }
        for (id, v) in same {
            self.vars[id] = Some(v);
        }
        value
    }

    /// Runs `f` with `block` as the block under construction.
    pub(super) fn in_block<T>(
        &mut self,
        block: &mut Vec<Inst>,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let saved = std::mem::replace(&mut self.insts, std::mem::take(block));
        let r = f(self);
        *block = std::mem::replace(&mut self.insts, saved);
        r
    }
}

impl<'e> Lowerer<'e> {
    /// The values of two arms in one shape, or `None` if they have
    /// different shapes. An option whose payload one arm does not know
    /// (it is `None` there) gets a placeholder of the other arm's payload,
    /// made in that arm's block.
    pub(super) fn conform(
        &mut self,
        t: &Lv,
        e: &Lv,
        ti: &mut Vec<Inst>,
        ei: &mut Vec<Inst>,
        span: Span,
    ) -> Option<(Lv, Lv)> {
        match (t, e) {
            (Lv::One(_), Lv::One(_)) => Some((t.clone(), e.clone())),
            (Lv::Tuple(x), Lv::Tuple(y)) if x.len() == y.len() => {
                let mut a = Vec::new();
                let mut b = Vec::new();
                for (x, y) in x.iter().zip(y) {
                    let (x, y) = self.conform(x, y, ti, ei, span)?;
                    a.push(x);
                    b.push(y);
                }
                Some((Lv::Tuple(a), Lv::Tuple(b)))
            }
            (Lv::Opt(s, p), Lv::Opt(r, q)) => {
                let (p, q) = match (p, q) {
                    (None, None) => (None, None),
                    (Some(p), Some(q)) => {
                        let (p, q) = self.conform(p, q, ti, ei, span)?;
                        (Some(p), Some(q))
                    }
                    (Some(p), None) => {
                        let q = self.in_block(ei, |l| l.placeholder_like(p, span))?;
                        (Some((**p).clone()), Some(q))
                    }
                    (None, Some(q)) => {
                        let p = self.in_block(ti, |l| l.placeholder_like(q, span))?;
                        (Some(p), Some((**q).clone()))
                    }
                };
                Some((Lv::Opt(*s, p.map(Box::new)), Lv::Opt(*r, q.map(Box::new))))
            }
            _ => None,
        }
    }
}

/// A tree of the same shape as `shape` with the values taken from `flat`.
pub(super) fn rebuild(shape: &Lv, flat: &mut impl Iterator<Item = Value>) -> Lv {
    match shape {
        Lv::One(_) => Lv::One(flat.next().unwrap_or(Value(0))),
        Lv::Tuple(items) => Lv::Tuple(items.iter().map(|i| rebuild(i, flat)).collect()),
        Lv::Opt(_, payload) => {
            let some = flat.next().unwrap_or(Value(0));
            Lv::Opt(some, payload.as_ref().map(|p| Box::new(rebuild(p, flat))))
        }
    }
}
