//! The checks of single instruction kinds: parameters, arities, partials,
//! element updates, loops, conditionals, calls and the tape.

use super::*;

impl<'a> Verifier<'a> {
    /// `Param(k)`: at the top, in range, once.
    pub(super) fn param(&mut self, k: usize, depth: usize, at: At<'a>) {
        self.expect(depth == 0, at, || {
            "a parameter inside a nested block".into()
        });
        let n = self.interface.params;
        self.expect(k < n, at, || format!("parameter {k} of {n}"));
        if let Some(first) = self.params.insert(k, at) {
            self.errors
                .push(format!("{at}: parameter {k} is already read by {first}"));
        }
    }

    /// `found` things of a kind where `want` are expected.
    pub(super) fn count(&mut self, found: usize, want: usize, what: &str, per: &str, at: At<'a>) {
        self.expect(found == want, at, || {
            format!("{found} {what} for {want} {per}")
        });
    }

    /// A float method's arguments.
    pub(super) fn arity(&mut self, f: &crate::math::MathInfo, args: &[Value], at: At<'a>) {
        let n = f.arity();
        self.expect(args.len() == n, at, || {
            format!("{} arguments, `{}` takes {n}", args.len(), f.name)
        });
    }

    /// `Partials` (`tangents: None`) and `PartialsJvp`: one partial per
    /// float argument (and as many tangents of them), of the output's type.
    pub(super) fn partials(
        &mut self,
        inst: &Inst,
        f: &crate::math::MathInfo,
        args: &[Value],
        output: Value,
        tangents: Option<&[Option<Value>]>,
        at: At<'a>,
    ) {
        let n = f.float_arity();
        self.arity(f, args, at);
        match tangents {
            None => self.results(inst, n, at),
            Some(ts) => {
                self.results(inst, 2 * n, at);
                let what = "tangents";
                self.count(ts.len(), n + 1, what, "float arguments and the output", at);
            }
        }
        for r in &inst.results {
            self.agree(*r, output, at, "a partial has the output's type");
        }
    }

    /// `Insert` and `AddAt`: the result has the base's type, the value the
    /// element's.
    pub(super) fn update(
        &mut self,
        r: Option<Value>,
        base: Value,
        path: &[Value],
        value: Value,
        at: At<'a>,
    ) {
        self.path(path, at);
        if let Some(r) = r {
            self.agree(r, base, at, "an updated aggregate keeps its type");
        }
        if let Some(elem) = self.ty(base).map(|t| t.element(path.len())) {
            if !matches!(elem, Ty::Other) {
                self.expect_ty(value, &elem, at, "the stored element's type");
            }
        }
    }

    pub(super) fn for_loop(&mut self, inst: &'a Inst, l: &'a ForLoop, depth: usize, at: At<'a>) {
        self.expect_exact(l.index, &Ty::Int, at, "a loop index");
        for b in [l.lo, l.hi] {
            if let Some(t) = self.ty(b) {
                let ok = !matches!(t, Ty::Float(_) | Ty::Bool) && !t.is_aggregate();
                self.expect(ok, at, || format!("a range bound {b} of type {t}"));
            }
        }
        self.carried(inst, &l.params, &l.inits, &l.body, at);
        let mut params = vec![l.index];
        params.extend(&l.params);
        let body = At { part: "body", ..at };
        self.nested(&l.body, &params, false, body, depth);
    }

    pub(super) fn while_loop(
        &mut self,
        inst: &'a Inst,
        l: &'a WhileLoop,
        depth: usize,
        at: At<'a>,
    ) {
        self.carried(inst, &l.params, &l.inits, &l.body, at);
        match l.cond.yields.as_slice() {
            [c] => self.expect_bool(*c, at, "a `while` condition"),
            ys => self.errors.push(format!(
                "{at}: the condition yields {} values, not one `bool`",
                ys.len()
            )),
        }
        let cond = At {
            part: "condition",
            ..at
        };
        self.nested(&l.cond, &l.params, false, cond, depth);
        // The body sees the parameters, not the condition's values.
        let body = At { part: "body", ..at };
        self.nested(&l.body, &l.params, true, body, depth);
    }

    pub(super) fn if_inst(
        &mut self,
        inst: &'a Inst,
        cond: Value,
        arms: [&'a Block; 2],
        depth: usize,
        at: At<'a>,
    ) {
        self.expect_bool(cond, at, "an `if` condition");
        for (arm, part) in arms.into_iter().zip(["then", "else"]) {
            let n = inst.results.len();
            self.expect(arm.yields.len() == n, at, || {
                format!(
                    "the {part} arm yields {} values for {n} results",
                    arm.yields.len()
                )
            });
            for (r, y) in inst.results.iter().zip(&arm.yields) {
                self.agree(*r, *y, at, "a result and an arm's yield");
            }
            self.nested(arm, &[], false, At { part, ..at }, depth);
        }
    }

    /// The checks of a binary operation.
    pub(super) fn binary(&mut self, inst: &Inst, op: BinOp, a: Value, b: Value, at: At<'a>) {
        let Some(&r) = inst.results.first() else {
            return;
        };
        if op.is_comparison() {
            self.expect_exact(r, &Ty::Bool, at, "a comparison");
        }
        let arithmetic = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem
        );
        let float = |t: Option<&Ty>| t.and_then(Ty::float);
        let (fa, fb) = (float(self.ty(a)), float(self.ty(b)));
        if !self.stage.typed() || !(op.is_comparison() || arithmetic) {
            return;
        }
        // After `types`, Rust's rule: float arithmetic and comparisons take
        // two floats of one width (`types::infer` unifies them, and
        // `types::check` reports mixes).
        if fa.is_some() || fb.is_some() {
            let (ta, tb) = (self.ty(a).cloned(), self.ty(b).cloned());
            self.expect(fa.is_some() && fb.is_some() && fa == fb, at, || {
                format!(
                    "float {} of {a}: {} and {b}: {}",
                    if arithmetic {
                        "arithmetic"
                    } else {
                        "comparison"
                    },
                    ta.map_or("?".into(), |t| t.to_string()),
                    tb.map_or("?".into(), |t| t.to_string())
                )
            });
            if arithmetic {
                if let Some(w) = fa.or(fb) {
                    self.expect_exact(r, &Ty::Float(w), at, "float arithmetic");
                }
            }
        }
    }

    /// The arities and types of a loop's carried state.
    pub(super) fn carried(
        &mut self,
        inst: &Inst,
        params: &[Value],
        inits: &[Value],
        body: &Block,
        at: At<'a>,
    ) {
        let n = params.len();
        for (what, len) in [
            ("initial values", inits.len()),
            ("body yields", body.yields.len()),
            ("results", inst.results.len()),
        ] {
            self.expect(len == n, at, || {
                format!("{len} {what} for {n} carried values")
            });
        }
        for (k, p) in params.iter().enumerate() {
            for (what, v) in [
                ("a carried value and its initial value", inits.get(k)),
                ("a carried value and its yield", body.yields.get(k)),
                ("a carried value and its result", inst.results.get(k)),
            ] {
                if let Some(v) = v {
                    self.agree(*p, *v, at, what);
                }
            }
        }
    }

    /// Index operands are integers (or constants kept as written).
    pub(super) fn path(&mut self, path: &[Value], at: At<'a>) {
        self.expect(!path.is_empty(), at, || "an empty index path".into());
        for p in path {
            if let Some(t) = self.ty(*p) {
                let ok = matches!(t, Ty::Int | Ty::Other | Ty::Unknown);
                self.expect(ok, at, || format!("an index {p} of type {t}"));
            }
        }
    }

    /// A call's by-reference flags; returns its number of results (one per
    /// leaf of its tuple).
    pub(super) fn call(&mut self, c: &crate::ir::CallInst, at: At<'a>) -> usize {
        let what = "by-reference flags";
        self.count(c.by_ref.len(), c.args.len(), what, "arguments", at);
        c.shape.as_ref().map_or(1, Shape::leaves)
    }

    /// `v` has type `want`, from `lower` on (a fact of the lowering, not
    /// of inference).
    pub(super) fn expect_exact(&mut self, v: Value, want: &Ty, at: At<'a>, what: &str) {
        if let Some(t) = self.ty(v) {
            let ok = if self.stage.typed() {
                compatible(t, want)
            } else {
                compatible(t, want) || matches!(t, Ty::Other)
            };
            self.expect(ok, at, || format!("{what} {v} of type {t}, not {want}"));
        }
    }

    /// After `types`, `v` has a type compatible with `want`.
    pub(super) fn expect_ty(&mut self, v: Value, want: &Ty, at: At<'a>, what: &str) {
        if !self.stage.typed() {
            return;
        }
        if let Some(t) = self.ty(v) {
            let ok = compatible(t, want);
            self.expect(ok, at, || format!("{what}: {v} is {t}, expected {want}"));
        }
    }

    /// A condition is a `bool` (or a constant kept as written).
    pub(super) fn expect_bool(&mut self, v: Value, at: At<'a>, what: &str) {
        if let Some(t) = self.ty(v) {
            let ok = matches!(t, Ty::Bool | Ty::Other | Ty::Unknown);
            self.expect(ok, at, || format!("{what} {v} of type {t}"));
        }
    }

    pub(super) fn tape_made(&mut self, id: usize, at: At<'a>) {
        let made = self.tapes.get(&id).is_some_and(|t| t.made);
        self.expect(made, at, || {
            format!("tape{id} is used before it is made (no `tape{id}.new` above)")
        });
    }

    /// A push (`values`) or a pop (into `values`) of a record on tape `id`,
    /// compared with the others at the end.
    pub(super) fn record(&mut self, id: usize, values: &[Value], at: At<'a>, push: bool) {
        let tys: Vec<Ty> = values
            .iter()
            .map(|v| self.ty(*v).cloned().unwrap_or(Ty::Unknown))
            .collect();
        let tape = self.tapes.entry(id).or_default();
        let records = if push {
            &mut tape.pushes
        } else {
            &mut tape.pops
        };
        records.push((tys, at));
    }

    /// Every record pushed on or popped from a tape has the arity and the
    /// types of the first one pushed; a tape that is popped is pushed on;
    /// only the reverse transform makes tapes.
    pub(super) fn finish_tapes(&mut self) {
        let show = |ts: &[Ty]| ts.iter().map(Ty::to_string).collect::<Vec<_>>().join(", ");
        for (id, tape) in &self.tapes {
            let Some((first, first_at)) = tape.pushes.first() else {
                if let Some((_, at)) = tape.pops.first() {
                    self.errors
                        .push(format!("{at}: tape{id} is popped but nothing pushes on it"));
                }
                continue;
            };
            for (tys, at) in tape.pushes.iter().chain(&tape.pops).skip(1) {
                let same = tys.len() == first.len()
                    && (!self.stage.typed()
                        || first.iter().zip(tys).all(|(a, b)| compatible(a, b)));
                if !same {
                    self.errors.push(format!(
                        "{at}: a record ({}) on tape{id}, whose records pushed by {first_at} are \
                         ({})",
                        show(tys),
                        show(first)
                    ));
                }
            }
        }
        if !self.stage.reversed() && !self.tapes.is_empty() {
            self.errors
                .push(format!("tapes after {}, which makes none", self.stage));
        }
    }
}
