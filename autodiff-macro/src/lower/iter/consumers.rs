//! Consumers carried as accumulators, flags and counters, and `collect`.

use super::*;

impl Lowerer<'_> {
    pub(super) fn hidden(&mut self, v: Value) -> VarId {
        self.declare("", Some(Lv::One(v)))
    }

    pub(super) fn set(&mut self, var: VarId, v: Value) {
        self.vars[var] = Some(Lv::One(v));
    }

    fn one_elem(&mut self, e: Elem, what: &str, span: Span) -> Option<Value> {
        match e {
            Elem::One(v) => Some(v),
            _ => {
                self.errors.push(
                    span,
                    format!(
                        "`{what}` needs single values here, but the elements are tuples or \
                         windows: `map` them to a value first"
                    ),
                );
                None
            }
        }
    }

    pub(super) fn sum_product(
        &mut self,
        plan: Plan,
        sum: bool,
        turbofish: Option<&Ty>,
        span: Span,
    ) -> Option<Lv> {
        let p = self.prepare(plan, span)?;
        let ty = match turbofish {
            Some(t) if t != &Ty::Other => t.clone(),
            _ => match self.elem_ty(&p, span) {
                ElemTy::One(Ty::Int) => Ty::Int,
                ElemTy::One(Ty::Float(w)) => Ty::Float(w),
                // The sum of nalgebra values (`pts.iter().sum::<Vector3<f64>>()`).
                ElemTy::One(t) if crate::nalgebra::NaType::of_ir(&t).is_some() => t,
                _ => Ty::Float(FloatTy::Infer),
            },
        };
        let init = match (sum, &ty) {
            (true, t) if crate::nalgebra::NaType::of_ir(t).is_some() => self.na_zeros(t, span)?,
            // Rust's float `sum` starts at -0.0 (the sum of nothing, or of
            // negative zeros, is -0.0).
            (true, Ty::Float(_)) => {
                let lit = syn::Lit::Float(syn::LitFloat::new("0.0", span));
                let z = self.push(InstKind::Literal(lit), ty.clone(), None, span);
                self.push(InstKind::Unary(UnOp::Neg, z), ty.clone(), None, span)
            }
            (true, t) => self.placeholder(t, span)?,
            (false, Ty::Int) => self.int_literal("1"),
            (false, t) => {
                let lit = syn::Lit::Float(syn::LitFloat::new("1.0", span));
                self.push(InstKind::Literal(lit), t.clone(), None, span)
            }
        };
        let acc = self.hidden(init);
        let what = if sum { "sum" } else { "product" };
        self.run(&p, vec![acc], None, false, span, None, move |l, e, _| {
            let (Some(a), Some(v)) = (l.var_one(acc), l.one_elem(e, what, span)) else {
                return;
            };
            let op = if sum { BinOp::Add } else { BinOp::Mul };
            let r = l.binary(op, a, v, span);
            l.set(acc, r);
        });
        self.var_value(acc)
    }

    pub(super) fn fold(
        &mut self,
        plan: Plan,
        init: &Expr,
        f: &crate::ast::FnArg,
        span: Span,
    ) -> Option<Lv> {
        let init = self.expr(init)?;
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let slots = self.slots_for(&init);
        let mut carried = Vec::new();
        slots.ids(&mut carried);
        if let Callable::Closure(def) = &f {
            carried.extend(&def.effects);
        }
        let s = slots;
        self.run(&p, carried, None, false, span, None, move |l, e, _| {
            let Some(acc) = l.slots_get(&s) else { return };
            let Some(next) = l.call_callable(&f, vec![Elem::from_lv(acc), e], span) else {
                return;
            };
            l.slots_set(&s, next, span);
        });
        self.slots_get(&slots)
    }

    pub(super) fn for_each(&mut self, plan: Plan, f: &crate::ast::FnArg, span: Span) -> Option<Lv> {
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let mut carried = Vec::new();
        if let Callable::Closure(def) = &f {
            carried.extend(&def.effects);
        }
        self.run(&p, carried, None, false, span, None, move |l, e, _| {
            l.call_callable(&f, vec![e], span);
        });
        Some(Lv::Tuple(vec![]))
    }

    pub(super) fn count(&mut self, plan: Plan, span: Span) -> Option<Lv> {
        if plan.stages.is_empty() {
            return Some(Lv::One(self.dom_len(plan.node.dom, span)));
        }
        let p = self.prepare(plan, span)?;
        let n = self.counter();
        self.run(&p, vec![n], None, false, span, None, move |l, _, _| {
            l.bump(n, span);
        });
        self.var_value(n)
    }

    pub(super) fn any_all(
        &mut self,
        plan: Plan,
        f: &crate::ast::FnArg,
        any: bool,
        span: Span,
    ) -> Option<Lv> {
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let init = self.literal_bool(!any);
        let result = self.hidden(init);
        let f0 = self.literal_bool(false);
        let stop = self.hidden(f0);
        self.run(
            &p,
            vec![result],
            Some(stop),
            false,
            span,
            None,
            move |l, e, _| {
                let Some(c) = l.predicate(&f, e, span) else {
                    return;
                };
                // `any`: stop at the first true; `all`: at the first false.
                let decided = if any {
                    c
                } else {
                    l.push(InstKind::Unary(UnOp::Not, c), Ty::Bool, None, span)
                };
                l.branches(
                    decided,
                    span,
                    move |l| {
                        let r = l.literal_bool(any);
                        l.set(result, r);
                        let t = l.literal_bool(true);
                        l.set(stop, t);
                        None
                    },
                    |_| None,
                );
            },
        );
        self.var_value(result)
    }

    /// `collect::<Vec<_>>()`: of a chain whose length is known before the
    /// loop, a `vec![0.0; n]` filled by position; after a `filter` or
    /// `take_while` (the length is not known), an empty `Vec` that the
    /// elements that get through are pushed onto.
    pub(super) fn collect(&mut self, plan: Plan, span: Span) -> Option<Lv> {
        let filtered = !plan.stages.is_empty();
        let n = if filtered {
            None
        } else {
            Some(self.dom_len(plan.node.dom, span))
        };
        let p = self.prepare(plan, span)?;
        let ty = match self.elem_ty(&p, span) {
            ElemTy::One(t) => t,
            _ => {
                self.errors.push(
                    span,
                    "only chains of single values can be collected into a `Vec` in a \
                     differentiated function: `map` the elements to a value first",
                );
                return None;
            }
        };
        let zero = self.placeholder(&ty, span)?;
        let vty = match self.func.ty(zero) {
            Ty::Other => Ty::Vec(Box::new(Ty::Float(FloatTy::Infer))),
            t => Ty::Vec(Box::new(t.clone())),
        };
        let start = match n {
            Some(n) => InstKind::VecRepeat(zero, n),
            None => InstKind::VecNew(None),
        };
        let v = self.push(start, vty.clone(), None, span);
        let out = self.hidden(v);
        let drv = p.drv;
        self.run(&p, vec![out], None, false, span, None, move |l, e, i| {
            let (Some(base), Some(value)) = (l.var_one(out), l.one_elem(e, "collect", span)) else {
                return;
            };
            let kind = if filtered {
                InstKind::Push { base, value }
            } else {
                let pos = l.stream_pos(&drv, i, span);
                InstKind::Insert {
                    base,
                    path: vec![pos],
                    value,
                }
            };
            let new = l.push(kind, vty, None, span);
            l.set(out, new);
        });
        self.var_value(out)
    }
}
