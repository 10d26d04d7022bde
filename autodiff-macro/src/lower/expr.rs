//! Expressions: operators, float methods, indexing, calls, constants kept
//! as written.

use super::*;
use crate::lang::CastTarget;

/// Replaces the item of the tuple `lv` at `path` by `value`; `false` if
/// there is no such item.
fn replace_item(lv: &mut Lv, path: &[usize], value: Lv) -> bool {
    match (path, lv) {
        ([], lv) => {
            *lv = value;
            true
        }
        ([i, rest @ ..], Lv::Tuple(items)) => match items.get_mut(*i) {
            Some(item) => replace_item(item, rest, value),
            None => false,
        },
        _ => false,
    }
}

impl<'e> Lowerer<'e> {
    pub(super) fn one(&mut self, e: &Expr) -> Option<Value> {
        let v = self.expr(e)?;
        self.single(v, expr_span(e))
    }

    /// The value of `lv`, which must be a single value.
    pub(super) fn single(&mut self, lv: Lv, span: Span) -> Option<Value> {
        match lv {
            Lv::One(v) => Some(v),
            Lv::Tuple(_) => {
                self.errors
                    .push(span, "a tuple is not allowed here: only single values");
                None
            }
            Lv::Opt(..) => {
                self.errors.push(
                    span,
                    "an `Option` built in this function is not allowed here: take it apart with \
                     `match`, `if let Some(v) = ..`, `let Some(v) = .. else { .. }`, \
                     `is_some()`, `unwrap_or(..)` or `unwrap()`",
                );
                None
            }
        }
    }

    pub(super) fn expr(&mut self, e: &Expr) -> Option<Lv> {
        let one = |v: Value| Some(Lv::One(v));
        match e {
            Expr::Lit(lit, ty) => {
                one(self.push(InstKind::Literal(lit.clone()), ty.clone(), None, lit.span()))
            }
            Expr::Var(id) => self.var(id),
            Expr::Unary(op, a, span) => self.unary(*op, a, *span),
            Expr::Binary(op, a, b, span) => {
                let a = self.one(a);
                let b = self.one(b);
                one(self.binary(*op, a?, b?, *span))
            }
            Expr::And(a, b, span) => self.short_circuit(a, b, false, *span),
            Expr::Or(a, b, span) => self.short_circuit(a, b, true, *span),
            Expr::Cast(a, target, span) => self.cast(a, target, *span),
            Expr::Seq(op, span) => self.seq_op(op, *span),
            Expr::Math(f, args, path_ty, span) => self.math(*f, args, *path_ty, *span),
            Expr::If {
                cond,
                then_block,
                else_branch,
                span,
            } => {
                let c = self.one(cond)?;
                self.branches(
                    c,
                    *span,
                    |l| l.block(then_block),
                    |l| match else_branch {
                        Some(e) => l.expr(e),
                        None => None,
                    },
                )
            }
            Expr::Block(b) => self.block(b),
            Expr::Tuple(items, _) => {
                let items: Vec<Option<Lv>> = items.iter().map(|i| self.expr(i)).collect();
                Some(Lv::Tuple(items.into_iter().collect::<Option<_>>()?))
            }
            Expr::Return(value, _) => self.return_expr(value.as_deref()),
            Expr::Opaque {
                expr,
                free,
                kind: OpaqueKind::Check { diverges },
                span,
            } => self.check(expr, free, *diverges, *span),
            Expr::Opaque {
                expr,
                free,
                kind,
                span,
            } => one(self.opaque(expr, free, kind.clone(), *span)),
            Expr::Index(base, path, span) => {
                if let Some(v) = self.view_index(base, path, *span) {
                    return v;
                }
                let base = self.one(base)?;
                let idx = match self.na_index(base, path) {
                    Some(idx) => idx,
                    None => path.iter().map(|p| self.one(p)).collect(),
                };
                one(self.index(base, idx?, *span))
            }
            Expr::ArrayLit(items, span) => self.array_lit(items, *span),
            Expr::Repeat(v, len, span) => {
                let v = self.one(v)?;
                let ty = array_of(self.func.ty(v).clone(), Len(len.clone()));
                one(self.push(InstKind::ArrayRepeat(v, Len(len.clone())), ty, None, *span))
            }
            Expr::VecRepeat(v, n, span) => {
                let v = self.one(v);
                let n = self.one(n);
                let (v, n) = (v?, n?);
                let ty = match self.func.ty(v) {
                    Ty::Other => Ty::Other,
                    t => Ty::Vec(Box::new(t.clone())),
                };
                one(self.push(InstKind::VecRepeat(v, n), ty, None, *span))
            }
            Expr::Len(base, span) => {
                if let Some(n) = self.view_len(base) {
                    return one(n);
                }
                let b = self.one(base)?;
                if let Some(n) = self.na_len(b) {
                    return one(n);
                }
                one(self.push(InstKind::Len(b), Ty::Int, None, *span))
            }
            Expr::Deref(inner, span) => self.deref(inner, *span),
            Expr::TupleField(base, index, fallback, span) => {
                self.tuple_field(base, *index, fallback, *span)
            }
            Expr::NaRef(inner, fallback, _) => {
                self.na_or_fallback(inner, fallback, |l, v| l.na_dims(v).map(|_| v))
            }
            Expr::Component(base, field, fallback, span) => {
                let field = field.to_string();
                self.na_or_fallback(base, fallback, |l, b| l.na_field(b, &field, *span))
            }
            Expr::TupleWith(base, path, value, span) => {
                let base = self.expr(base);
                let value = self.expr(value);
                let mut base = base?;
                let ok = replace_item(&mut base, path, value?);
                if !ok {
                    self.errors.push(
                        *span,
                        "only items of tuples built in this function or of tuple parameters can \
                         be assigned (`t.0 = v`); a field of a struct cannot be assigned in a \
                         differentiated function: compute the new value into a local with `let`",
                    );
                    return None;
                }
                Some(base)
            }
            Expr::Match {
                scrutinee,
                arms,
                span,
            } => self.match_expr(scrutinee, arms, *span),
            Expr::OptSome(v, _) => {
                let v = self.expr(v)?;
                Some(self.some(v))
            }
            Expr::OptNone(_) => Some(self.none()),
            Expr::Call(call) => self.call(call, None),
            Expr::Break(_) => self.exit_loop(self.loop_flags.brk),
            Expr::Continue(_) => self.exit_loop(self.loop_flags.cont),
            Expr::For {
                pat,
                iter,
                body,
                span,
                checkpoint,
            } => {
                self.learning_payloads(|l| l.for_loop(pat, iter, body, *span, checkpoint.clone()));
                None
            }
            Expr::While { cond, body, span } => {
                self.learning_payloads(|l| l.while_loop(Some(cond), body, *span));
                None
            }
            Expr::Loop(body, span) => {
                self.learning_payloads(|l| l.while_loop(None, body, *span));
                None
            }
            Expr::Closure(c) => self.closure_as_value(c),
            Expr::Chain(c) => self.chain(c),
        }
    }

    fn unary(&mut self, op: UnOp, a: &Expr, span: Span) -> Option<Lv> {
        let a = self.one(a)?;
        if op == UnOp::Neg {
            if let Some(v) = self.na_neg(a, span) {
                return Some(Lv::One(v));
            }
        }
        let ty = match op {
            UnOp::Neg => self.func.ty(a).clone(),
            UnOp::Not => match self.func.ty(a) {
                Ty::Int => Ty::Int,
                Ty::Bool => Ty::Bool,
                _ => Ty::Other,
            },
        };
        Some(Lv::One(self.push(InstKind::Unary(op, a), ty, None, span)))
    }

    /// `a && b` (`or: false`) and `a || b` (`or: true`): `b` only runs if
    /// `a` does not decide.
    fn short_circuit(&mut self, a: &Expr, b: &Expr, or: bool, span: Span) -> Option<Lv> {
        let a = self.one(a)?;
        let decided = move |l: &mut Self| Some(Lv::One(l.literal_bool(or)));
        let rest = |l: &mut Self| l.one(b).map(Lv::One);
        if or {
            self.branches(a, span, decided, rest)
        } else {
            self.branches(a, span, rest, decided)
        }
    }

    fn math(
        &mut self,
        f: ir::MathFn,
        args: &[Expr],
        path_ty: Option<FloatTy>,
        span: Span,
    ) -> Option<Lv> {
        let args: Vec<Option<Value>> = args.iter().map(|a| self.one(a)).collect();
        let args: Vec<Value> = args.into_iter().collect::<Option<_>>()?;
        if let Some(v) = self.na_float_method(f, &args, span) {
            return v.map(Lv::One);
        }
        if let Some(t) = path_ty {
            for (a, kind) in args.iter().zip(f.0.args) {
                if *kind == Arg::Float {
                    self.refine_float(*a, t);
                }
            }
        }
        let ty = self.math_type(f, &args);
        Some(Lv::One(self.push(InstKind::Math(f, args), ty, None, span)))
    }

    /// `a as T`, and the conversions `f64::from(a)`, `a.into()`.
    fn cast(&mut self, a: &Expr, target: &CastTarget, span: Span) -> Option<Lv> {
        let a = self.one(a)?;
        if target.into && !matches!(self.func.ty(a), Ty::Float(_) | Ty::Int) {
            // Not a number: a conversion of the user's, kept as written.
            let m = input_ident(0);
            let c = ConstExpr {
                expr: syn::parse_quote!(#m.into()),
                inputs: vec![a],
                kind: OpaqueKind::Method("into".into()),
                source: quote::quote!(into()),
            };
            return Some(Lv::One(self.push(
                InstKind::Const(c),
                Ty::Other,
                None,
                span,
            )));
        }
        let kind = InstKind::Cast(a, target.clone());
        Some(Lv::One(self.push(kind, target.ty.clone(), None, span)))
    }

    /// The value of a `let`'s initialiser; `ty` is the annotation, which
    /// decides the float type `x.into()` converts to
    /// (`let z: f32 = n.into();`).
    pub(super) fn let_init(&mut self, e: &Expr, ty: Option<&Ty>) -> Option<Lv> {
        if let (Expr::Cast(a, target, span), Some(Ty::Float(w))) = (e, ty) {
            if target.into && *w != FloatTy::Infer {
                let name = proc_macro2::Ident::new(&w.name(), *span);
                let target = CastTarget {
                    tokens: quote::quote!(#name),
                    ty: Ty::Float(*w),
                    into: true,
                };
                return self.cast(a, &target, *span);
            }
        }
        self.expr(e)
    }

    fn return_expr(&mut self, value: Option<&Expr>) -> Option<Lv> {
        // `validate` rejects a `return` without a value.
        let v = self.expr(value?)?;
        if self.dead {
            return None;
        }
        let Some(flags) = &self.flags else {
            return Some(v);
        };
        let (returned, value) = (flags.returned, flags.value);
        let t = self.literal_bool(true);
        self.vars[returned] = Some(Lv::One(t));
        self.vars[value] = Some(v);
        self.dead = true;
        None
    }

    fn array_lit(&mut self, items: &[Expr], span: Span) -> Option<Lv> {
        let vals: Option<Vec<Value>> = items.iter().map(|i| self.one(i)).collect();
        let vals = vals?;
        let elem = vals
            .iter()
            .map(|v| self.func.ty(*v).clone())
            .reduce(|a, b| join_ty(&a, &b))
            .unwrap_or(Ty::Other);
        let n = proc_macro2::Literal::usize_unsuffixed(vals.len());
        let ty = array_of(elem, Len(quote::quote!(#n)));
        Some(Lv::One(self.push(InstKind::ArrayLit(vals), ty, None, span)))
    }

    /// `*v`: the value itself for a float or an array; a constant kept as
    /// written otherwise.
    fn deref(&mut self, inner: &Expr, span: Span) -> Option<Lv> {
        let v = self.one(inner)?;
        if self.func.ty(v) != &Ty::Other || self.owned.contains(&v) {
            return Some(Lv::One(v));
        }
        let expr: syn::Expr = syn::parse_quote!(*__autodiff_input_0);
        let c = ConstExpr {
            expr: rename_marker(expr),
            inputs: vec![v],
            kind: OpaqueKind::Other("dereference"),
            source: quote::quote!(*),
        };
        Some(Lv::One(self.push(
            InstKind::Const(c),
            Ty::Other,
            None,
            span,
        )))
    }

    /// `break` or `continue`: sets the loop's flag; the rest of the block
    /// is dead.
    fn exit_loop(&mut self, flag: Option<VarId>) -> Option<Lv> {
        if let Some(f) = flag {
            let t = self.literal_bool(true);
            self.vars[f] = Some(Lv::One(t));
        }
        self.dead = true;
        None
    }

    /// `f` of `base` if `base` is a nalgebra value and `f` gives a value
    /// (`&v`, `v.x`); otherwise what lowering `base` added is thrown away
    /// and `fallback`, the expression as written, is lowered instead.
    fn na_or_fallback(
        &mut self,
        base: &Expr,
        fallback: &Expr,
        f: impl FnOnce(&mut Self, Value) -> Option<Value>,
    ) -> Option<Lv> {
        let saved = self.save();
        if let Some(Lv::One(b)) = self.expr(base) {
            if let Some(v) = f(self, b) {
                return Some(Lv::One(v));
            }
        }
        self.restore(saved);
        self.expr(fallback)
    }

    /// `x.sum()`, `x.product()`, `x.max()`, `x.min()` of something that is
    /// not a nalgebra value (see `parse::expr::method_call`): the first
    /// two as written, as they are without the `nalgebra` feature; a
    /// float's `max` and `min` take an argument.
    fn not_nalgebra_reduction(&mut self, name: &Ident, call: &CallExpr) -> Option<Lv> {
        if name == "max" || name == "min" {
            self.errors.push(
                name.span(),
                format!("`{name}` takes 1 argument besides the receiver, found 0"),
            );
            return None;
        }
        let expr: syn::Expr = syn::parse2(call.source.clone()).ok()?;
        let free = free_idents(&expr);
        let kind = OpaqueKind::Method(name.to_string());
        Some(Lv::One(self.opaque(&expr, &free, kind, call.span)))
    }

    pub(super) fn call(&mut self, call: &CallExpr, shape: Option<Shape>) -> Option<Lv> {
        if let Some(r) = self.call_local_closure(call) {
            return r;
        }
        // `f(x)` where `f` is a local value (a closure or function passed as
        // a parameter): it has no derivative companions, so it is a
        // constant expression, and a differentiable argument is reported as
        // flowing into it.
        if let Callee::Path(p) = &call.callee {
            if let Some(id) = p
                .path
                .get_ident()
                .filter(|id| self.lookup(&id.to_string()).is_some())
            {
                if shape.is_some() {
                    self.errors.push_spanned(
                        &call.source,
                        format!("`{id}` is a local value: its result cannot be destructured here; bind it to a variable first"),
                    );
                    return None;
                }
                let expr: syn::Expr = syn::parse2(call.source.clone()).ok()?;
                let free = free_idents(&expr);
                let kind = OpaqueKind::LocalCall(id.to_string());
                return Some(Lv::One(self.opaque(&expr, &free, kind, call.span)));
            }
        }
        if let Callee::Path(p) = &call.callee {
            if let Some(v) = self.na_constructor(p, &call.args, call.span) {
                return v.map(Lv::One);
            }
        }
        let (callee, recv) = match &call.callee {
            Callee::Path(p) => (CallTarget::Path(p.clone()), None),
            Callee::Method {
                recv,
                name,
                turbofish,
            } => {
                let r = self.expr(recv)?;
                if let Lv::Opt(..) = r {
                    if shape.is_some() {
                        self.errors.push_spanned(
                            &call.source,
                            "the result of this `Option` method is one value: bind it to a name",
                        );
                        return None;
                    }
                    return self.option_method(r, name, &call.args, call.span);
                }
                let r = self.single(r, expr_span(recv))?;
                if name == "try_inverse" && call.args.is_empty() {
                    if let Some(inv) = self.na_try_inverse(r, call.span) {
                        return inv;
                    }
                }
                if let Some(v) = self.na_view(r, name, turbofish.as_ref(), &call.args, call.span) {
                    return v.map(Lv::One);
                }
                if let Some(v) = self.na_method(r, &name.to_string(), &call.args, call.span) {
                    return v.map(Lv::One);
                }
                if crate::nalgebra::REDUCTIONS.contains(&name.to_string().as_str())
                    && call.args.is_empty()
                {
                    return self.not_nalgebra_reduction(name, call);
                }
                (
                    CallTarget::Method {
                        name: name.clone(),
                        turbofish: turbofish.clone(),
                    },
                    Some(r),
                )
            }
        };
        let args: Vec<Option<Value>> = call.args.iter().map(|a| self.call_arg(&a.expr)).collect();
        let args: Vec<Value> = args.into_iter().collect::<Option<_>>()?;
        let method = match &call.callee {
            Callee::Method { name, .. } => Some(name),
            Callee::Path(_) => None,
        };
        if self.na_in_call(recv, method, call.span) {
            return None;
        }
        let results: Vec<Value> = (0..shape.as_ref().map_or(1, Shape::leaves))
            .map(|_| self.func.new_value(Ty::Unknown, None))
            .collect();
        let lv = match &shape {
            Some(s) => rebuild_shape(s, &mut results.iter().copied()),
            None => Lv::One(results[0]),
        };
        let inst = CallInst {
            callee,
            recv,
            by_ref: call
                .args
                .iter()
                .zip(&args)
                .map(|(a, v)| a.by_ref || self.na_refs.contains(v))
                .collect(),
            args,
            source: call.source.clone(),
            shape,
        };
        self.insts.push(Inst {
            kind: InstKind::Call(Box::new(inst)),
            results,
            span: call.span,
        });
        Some(lv)
    }

    pub(super) fn index(&mut self, base: Value, path: Vec<Value>, span: Span) -> Value {
        let ty = self.func.ty(base).element(path.len());
        self.push(InstKind::Index { base, path }, ty, None, span)
    }

    pub(super) fn int_literal(&mut self, text: &str) -> Value {
        let lit = syn::Lit::Int(syn::LitInt::new(text, Span::call_site()));
        self.push(InstKind::Literal(lit), Ty::Int, None, Span::call_site())
    }

    pub(super) fn var(&mut self, id: &Ident) -> Option<Lv> {
        let name = id.to_string();
        if let Some(s) = self.special_of(&name) {
            self.special_used_as_value(id, &s);
            return None;
        }
        match self.lookup(&name) {
            Some(var) => match self.var_value(var) {
                Some(v) => Some(v),
                None => {
                    self.errors.push(
                        id.span(),
                        format!("`{id}` is used before it is given a value"),
                    );
                    None
                }
            },
            // Not a local: a constant, static or unit struct in scope.
            None => {
                let expr: syn::Expr = syn::parse_quote!(#id);
                Some(Lv::One(self.opaque(
                    &expr,
                    &[],
                    OpaqueKind::Other("path"),
                    id.span(),
                )))
            }
        }
    }

    /// An argument of a call: one value (a tuple cannot cross a call).
    fn call_arg(&mut self, e: &Expr) -> Option<Value> {
        match self.expr(e)? {
            Lv::Tuple(_) => {
                self.errors.push(
                    expr_span(e),
                    "a tuple cannot be passed to a function from a differentiated function: \
                     pass its items as separate arguments (`g(t.0, t.1)`) and take them as \
                     separate parameters",
                );
                None
            }
            lv => self.single(lv, expr_span(e)),
        }
    }

    /// `base.N`: the item of a tuple the variable at the root of `base`
    /// holds; if that variable holds no tuple (a constant of a type the
    /// macro does not model), `fallback`, the expression kept as written.
    fn tuple_field(
        &mut self,
        base: &Expr,
        index: usize,
        fallback: &Expr,
        span: Span,
    ) -> Option<Lv> {
        let mut root = base;
        while let Expr::TupleField(inner, ..) = root {
            root = inner;
        }
        let holds_tuple = match root {
            Expr::Var(id) => self
                .lookup(&id.to_string())
                .and_then(|var| self.var_value(var))
                .is_some_and(|v| matches!(v, Lv::Tuple(_))),
            _ => false,
        };
        if !holds_tuple {
            return self.expr(fallback);
        }
        match self.expr(base)? {
            Lv::Tuple(mut items) if index < items.len() => Some(items.swap_remove(index)),
            Lv::Tuple(items) => {
                self.errors.push(
                    span,
                    format!(
                        "this tuple has {} items, so it has no item `.{index}`",
                        items.len()
                    ),
                );
                None
            }
            _ => {
                self.errors.push(
                    span,
                    format!(
                        "`.{index}` of a value that is not a tuple: read items of tuples \
                         (`t.0`) or destructure them (`let (a, b) = t;`)"
                    ),
                );
                None
            }
        }
    }

    pub(super) fn opaque(
        &mut self,
        expr: &syn::Expr,
        free: &[Ident],
        kind: OpaqueKind,
        span: Span,
    ) -> Value {
        let mut inputs = Vec::new();
        let mut renames = Vec::new();
        for id in free {
            if let Some(s) = self.special_of(&id.to_string()) {
                self.special_used_as_value(id, &s);
                continue;
            }
            if let Some(var) = self.lookup(&id.to_string()) {
                match self.var_value(var) {
                    Some(Lv::One(v)) => {
                        renames.push((id.to_string(), inputs.len()));
                        inputs.push(v);
                    }
                    Some(Lv::Tuple(_)) => self.errors.push(
                        id.span(),
                        format!(
                            "`{id}` holds a tuple, which this expression cannot read as a \
                             whole: read its items (`{id}.0`) or destructure it \
                             (`let (a, b) = {id};`)"
                        ),
                    ),
                    _ => {}
                }
            }
        }
        let source = quote::ToTokens::to_token_stream(expr);
        let mut expr = expr.clone();
        syn::visit_mut::VisitMut::visit_expr_mut(
            &mut RenameLocals { renames: &renames },
            &mut expr,
        );
        self.push(
            InstKind::Const(ConstExpr {
                expr,
                inputs,
                kind,
                source,
            }),
            Ty::Other,
            None,
            span,
        )
    }

    pub(super) fn binary(&mut self, op: BinOp, a: Value, b: Value, span: Span) -> Value {
        if let Some(v) = self.na_binary(op, a, b, span) {
            return v;
        }
        let (ta, tb) = (self.func.ty(a).clone(), self.func.ty(b).clone());
        let ty = if op.is_comparison() {
            Ty::Bool
        } else {
            match (&ta, &tb) {
                (Ty::Float(x), Ty::Float(y)) => Ty::Float(join(*x, *y)),
                (Ty::Float(x), _) | (_, Ty::Float(x)) if !matches!(op, BinOp::Shl | BinOp::Shr) => {
                    Ty::Float(*x)
                }
                // Arithmetic on the result of a call is float arithmetic.
                (Ty::Unknown, _) | (_, Ty::Unknown) if !matches!(op, BinOp::Shl | BinOp::Shr) => {
                    Ty::Float(FloatTy::Infer)
                }
                (Ty::Int, Ty::Int) => Ty::Int,
                (Ty::Bool, Ty::Bool) => Ty::Bool,
                (Ty::Int, _) if matches!(op, BinOp::Shl | BinOp::Shr) => Ty::Int,
                _ => Ty::Other,
            }
        };
        self.push(InstKind::Binary(op, a, b), ty, None, span)
    }

    pub(super) fn math_type(&self, f: ir::MathFn, args: &[Value]) -> Ty {
        let info = f.0;
        if info.kind == Kind::Query {
            return if info.name == "to_bits" {
                Ty::Int
            } else {
                Ty::Bool
            };
        }
        let mut width = None;
        for (a, kind) in args.iter().zip(info.args) {
            if *kind == Arg::Float {
                if let Ty::Float(w) = self.func.ty(*a) {
                    width = Some(width.map_or(*w, |x| join(x, *w)));
                }
            }
        }
        match (width, self.func.ty(args[0])) {
            (Some(w), _) => Ty::Float(w),
            (None, Ty::Unknown) => Ty::Float(FloatTy::Infer),
            (None, Ty::Int) => Ty::Int,
            _ => Ty::Other,
        }
    }
}

fn array_of(elem: Ty, len: Len) -> Ty {
    match elem {
        Ty::Other => Ty::Other,
        e => Ty::Array(Box::new(e), len),
    }
}

fn rename_marker(e: syn::Expr) -> syn::Expr {
    let m = input_ident(0);
    let mut e = e;
    if let syn::Expr::Unary(u) = &mut e {
        *u.expr = syn::parse_quote!(#m);
    }
    e
}

/// The single-identifier paths an expression mentions (candidates for local
/// variables; `opaque` keeps those that are).
fn free_idents(e: &syn::Expr) -> Vec<Ident> {
    struct Find(Vec<Ident>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
            if let Some(id) = p.path.get_ident() {
                if p.qself.is_none() && !self.0.contains(id) {
                    self.0.push(id.clone());
                }
            }
        }
        fn visit_member(&mut self, _: &'ast syn::Member) {}
    }
    let mut f = Find(Vec::new());
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

/// Replaces references to locals in an opaque expression by input markers.
struct RenameLocals<'a> {
    renames: &'a [(String, usize)],
}

impl RenameLocals<'_> {
    fn marker(&self, id: &Ident) -> Option<Ident> {
        let name = id.to_string();
        self.renames
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| input_ident(*k))
    }
}

impl syn::visit_mut::VisitMut for RenameLocals<'_> {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if let syn::Expr::Path(p) = e {
            if p.qself.is_none() {
                if let Some(id) = p.path.get_ident() {
                    if let Some(m) = self.marker(id) {
                        *e = syn::parse_quote!(#m);
                    }
                    return;
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }

    fn visit_field_value_mut(&mut self, fv: &mut syn::FieldValue) {
        // `S { a }` must become `S { a: marker }`.
        if fv.colon_token.is_none() {
            fv.colon_token = Some(Default::default());
        }
        syn::visit_mut::visit_field_value_mut(self, fv);
    }
}
