//! Blocks and statements: `let`, assignments, the guard after an exit.

use super::*;

impl<'e> Lowerer<'e> {
    pub(super) fn block(&mut self, b: &AstBlock) -> Option<Lv> {
        self.scopes.push(Vec::new());
        let v = self.stmts(&b.stmts, b.tail.as_deref());
        self.scopes.pop();
        v
    }

    pub(super) fn stmts(&mut self, stmts: &[Stmt], tail: Option<&Expr>) -> Option<Lv> {
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s);
            if self.dead {
                return None;
            }
            if stmt_exits(s, 0).any() {
                // Guard the rest of the block: it runs only if nothing above
                // returned, broke out or continued.
                if let Some(exiting) = self.exiting() {
                    let rest = &stmts[i + 1..];
                    return self.branches(
                        exiting,
                        Span::call_site(),
                        |l| {
                            l.dead = true;
                            None
                        },
                        |l| l.stmts(rest, tail),
                    );
                }
            }
        }
        match tail {
            Some(t) => self.expr(t),
            None => None,
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Let { pat, ty, init } => {
                if let Some(Expr::Closure(c)) = init {
                    self.let_closure(pat, c);
                    return;
                }
                // `let a = &x[1..];`, `let (l, r) = x.split_at(k);`: views.
                if let Some(Expr::Seq(op, span)) = init {
                    if !matches!(
                        **op,
                        crate::ast::SeqOp::New(_) | crate::ast::SeqOp::Push(..)
                    ) {
                        self.let_views(pat, op, *span);
                        return;
                    }
                }
                // `let (a, (b, c)) = g(..)`: a call whose tuple result is
                // destructured has one result per name.
                if let (Pattern::Tuple(_), Some(Expr::Call(call))) = (pat, init) {
                    let shape = pattern_shape(pat);
                    let value = self.call(call, Some(shape));
                    self.bind(pat, value, true);
                    return;
                }
                let before = self.errors.len();
                let value = match init {
                    Some(e) => {
                        let v = self.let_init(e, ty.as_ref());
                        if self.dead {
                            return;
                        }
                        if let (Some(Lv::One(v)), Some(t)) = (&v, ty) {
                            // `let v: Vec<f64> = vec![0.0; 3];`: the
                            // annotation's float width is the value's.
                            let mut own = self.func.ty(*v).clone();
                            if annotate_width(&mut own, t) {
                                self.func.values[v.index()].ty = own;
                            }
                        }
                        // The annotation is the only type a call's result or
                        // a constant the macro cannot see into has.
                        if let (Some(Lv::One(v)), Some(t)) = (&v, ty) {
                            if matches!(self.func.ty(*v), Ty::Unknown | Ty::Other)
                                && t != &Ty::Other
                            {
                                self.func.values[v.index()].ty = t.clone();
                            }
                        }
                        v
                    }
                    None => None,
                };
                // An initialiser that failed has been reported.
                if value.is_none() && self.errors.len() > before {
                    return;
                }
                self.bind(pat, value, init.is_some());
            }
            Stmt::Assign {
                target,
                path,
                op,
                value,
                span,
            } => self.assign(target, path, *op, value, *span),
            Stmt::Expr(e) => {
                self.expr(e);
            }
        }
    }

    /// Records that `v` has float width `f` when it was still to be inferred.
    pub(super) fn refine_float(&mut self, v: Value, f: FloatTy) {
        if let Ty::Float(FloatTy::Infer) = self.func.ty(v) {
            self.func.values[v.index()].ty = Ty::Float(f);
        }
    }

    /// Binds a `let` pattern: to the value of its initialiser, or, for
    /// `let x;`, declares the names without a value.
    pub(super) fn bind(&mut self, pat: &Pattern, value: Option<Lv>, initialised: bool) {
        match value {
            Some(v) => self.bind_pattern(pat, v, pattern_span(pat)),
            None if !initialised => {
                for id in pattern_binds(pat) {
                    self.declare(&id.to_string(), None);
                }
            }
            None => {
                if let Some(id) = pattern_binds(pat).first() {
                    self.errors.push(
                        id.span(),
                        format!("`{id}` is bound to an expression that has no value"),
                    );
                }
            }
        }
    }

    /// `v.x = ..`, `v.y += ..`: the component of a nalgebra vector; of
    /// anything else (a struct's field) an error.
    fn assign_component(
        &mut self,
        target: &Ident,
        var: VarId,
        (name, written): (&Ident, &Expr),
        op: Option<BinOp>,
        value: &Expr,
        span: Span,
    ) {
        let is_na = matches!(self.var_value(var), Some(Lv::One(b)) if self.na_dims(b).is_some());
        let k = crate::nalgebra::component(&name.to_string());
        let (true, Some(k)) = (is_na, k) else {
            let msg = "only local variables can be assigned in a differentiated function: \
                       compute the new value into a local with `let`";
            match written {
                Expr::Opaque { expr, .. } => self.errors.push_spanned(expr, msg),
                _ => self.errors.push(span, msg),
            }
            return;
        };
        let index = Expr::Lit(
            syn::Lit::Int(syn::LitInt::new(&k.to_string(), span)),
            crate::lang::Ty::Int,
        );
        self.assign(target, &[index], op, value, span);
    }

    pub(super) fn assign(
        &mut self,
        target: &Ident,
        path: &[Expr],
        op: Option<BinOp>,
        value: &Expr,
        span: Span,
    ) {
        let Some(var) = self.lookup(&target.to_string()) else {
            self.errors.push(
                target.span(),
                format!("`{target}` is not a local variable of this function"),
            );
            return;
        };
        if let [Expr::Component(_, name, written, at)] = path {
            return self.assign_component(target, var, (name, written), op, value, *at);
        }
        let na = match self.var_value(var) {
            Some(Lv::One(base)) if !path.is_empty() => self.na_index(base, path),
            _ => None,
        };
        let idx: Option<Vec<Value>> = match na {
            Some(idx) => idx,
            None => path.iter().map(|p| self.one(p)).collect(),
        };
        let rhs = self.expr(value);
        if self.dead {
            return;
        }
        let Some(idx) = idx else { return };
        if !idx.is_empty() {
            let Some(Lv::One(base)) = self.var_value(var) else {
                self.errors
                    .push(span, format!("`{target}` is not an array or `Vec` here"));
                return;
            };
            let Some(Lv::One(r)) = rhs else { return };
            let value = match op {
                None => r,
                Some(op) => {
                    let old = self.index(base, idx.clone(), span);
                    self.binary(op, old, r, span)
                }
            };
            let ty = self.func.ty(base).clone();
            let new = self.push(
                InstKind::Insert {
                    base,
                    path: idx,
                    value,
                },
                ty,
                Some(target.to_string()),
                span,
            );
            self.vars[var] = Some(Lv::One(new));
            return;
        }
        let new = match op {
            None => rhs,
            Some(op) => {
                let (Some(Lv::One(old)), Some(Lv::One(r))) = (self.var_value(var), rhs) else {
                    self.errors
                        .push(span, "compound assignment needs scalar operands");
                    return;
                };
                Some(Lv::One(self.binary(op, old, r, span)))
            }
        };
        if let Some(Lv::One(v)) = &new {
            if self.func.name(*v).is_none() {
                self.func.values[v.index()].name = Some(target.to_string());
            }
        }
        self.vars[var] = new;
    }
}

/// Gives the floats of `ty` whose width is still to be inferred the width
/// they have in `annotation` (same shape); whether anything changed.
fn annotate_width(ty: &mut Ty, annotation: &Ty) -> bool {
    match (ty, annotation) {
        (Ty::Float(w @ FloatTy::Infer), Ty::Float(a)) if *a != FloatTy::Infer => {
            *w = *a;
            true
        }
        // `let mut v: Vec<f64> = Vec::new();`: the element type is the
        // annotation's.
        (Ty::Vec(e), Ty::Vec(a)) if **e == Ty::Other && **a != Ty::Other => {
            **e = (**a).clone();
            true
        }
        (Ty::Array(e, _), Ty::Array(a, _)) | (Ty::Vec(e), Ty::Vec(a)) => annotate_width(e, a),
        _ => false,
    }
}
