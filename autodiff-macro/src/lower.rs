//! Lower to SSA: the validated [`crate::ast`] to the [`crate::ir`].
//!
//! Every `let`, reassignment, compound assignment and shadowing makes a fresh
//! value; a variable is only a name for its current value. An `if` yields
//! the new values of the variables its arms assign. An early `return` sets a
//! "returned" flag and the return value; the statements after it are lowered
//! inside an `if !returned`, so the IR keeps its structured form. Tuples exist
//! only here: a tuple expression lowers to a tree of values ([`Lv`]), so the
//! IR itself holds scalars only.

use crate::ast::{
    Block as AstBlock, CallExpr, Callee, Exits, Expr, FnDef, ForIter, ForPat, Pattern, Stmt,
    assigned_names, block_exits, stmt_exits,
};
use crate::diag::Errors;
use crate::ir::{
    self, BinOp, Block, CallInst, CallTarget, ConstExpr, FloatTy, ForLoop, Func, Inst, InstKind,
    Len, Shape, Ty, UnOp, Value, WhileLoop, input_ident,
};
use crate::lang::OpaqueKind;
use crate::math::{Arg, Kind};
use proc_macro2::{Ident, Span};

/// A lowered function.
pub struct Lowered {
    pub func: Func,
    /// The value of each non-receiver parameter, in order.
    pub params: Vec<Value>,
    /// The function's result, flattened (one value per float of the return
    /// type), also the yields of `func.body`.
    pub result: Vec<Value>,
}

/// A lowered expression: a value, or a tuple of them.
#[derive(Clone, Debug, PartialEq)]
enum Lv {
    One(Value),
    Tuple(Vec<Lv>),
}

impl Lv {
    fn flatten(&self, out: &mut Vec<Value>) {
        match self {
            Lv::One(v) => out.push(*v),
            Lv::Tuple(items) => items.iter().for_each(|i| i.flatten(out)),
        }
    }
}

type VarId = usize;

/// One arm of a conditional, lowered on demand.
type Arm<'b, 'e> = Box<dyn FnOnce(&mut Lowerer<'e>) -> Option<Lv> + 'b>;

/// Pseudo-variables for early return.
struct ReturnFlags {
    returned: VarId,
    value: VarId,
}

/// The exit flags of the loop being lowered.
#[derive(Clone, Copy, Default)]
struct LoopFlags {
    brk: Option<VarId>,
    cont: Option<VarId>,
}

struct Lowerer<'e> {
    func: Func,
    errors: &'e mut Errors,
    /// Lexical scopes, innermost last: name to variable.
    scopes: Vec<Vec<(String, VarId)>>,
    /// The current value of each variable (`None`: declared, not assigned).
    vars: Vec<Option<Lv>>,
    /// The block under construction.
    insts: Vec<Inst>,
    /// Set after a `return`: the rest of the current block is unreachable.
    dead: bool,
    flags: Option<ReturnFlags>,
    ret_ty: Vec<Ty>,
    /// Flags of the innermost loop being lowered (none outside loops).
    loop_flags: LoopFlags,
}

/// Lowers `def`. Errors are recorded; the result is `None` if any occurred.
pub fn lower(def: &FnDef, errors: &mut Errors) -> Option<Lowered> {
    let ret_ty = def.ret.flat();
    let before = errors.len();
    let mut l = Lowerer {
        func: Func::default(),
        errors,
        scopes: vec![Vec::new()],
        vars: Vec::new(),
        insts: Vec::new(),
        dead: false,
        flags: None,
        ret_ty,
        loop_flags: LoopFlags::default(),
    };
    if def.has_receiver {
        let v = l.push(
            InstKind::SelfParam,
            Ty::Other,
            Some("self".into()),
            Span::call_site(),
        );
        l.declare("self", Some(Lv::One(v)));
    }
    let mut params = Vec::new();
    for (i, p) in def.params.iter().enumerate() {
        let v = l.push(
            InstKind::Param(i),
            p.ty.clone(),
            Some(p.ident.to_string()),
            p.ident.span(),
        );
        params.push(v);
        l.declare(&p.ident.to_string(), Some(Lv::One(v)));
    }
    if block_exits(&def.body, 0).ret {
        let returned = l.literal_bool(false);
        let placeholder = l.placeholder_of_ret();
        let returned_var = l.declare("", Some(Lv::One(returned)));
        let value_var = l.declare("", placeholder);
        l.flags = Some(ReturnFlags {
            returned: returned_var,
            value: value_var,
        });
    }
    let body_value = l.block(&def.body);
    let result = l.finish_result(body_value);
    let had_errors = l.errors.len() > before;
    let Lowerer {
        mut func, insts, ..
    } = l;
    let mut flat = Vec::new();
    if let Some(r) = result {
        r.flatten(&mut flat);
    }
    // The results have the declared return types.
    for (v, t) in flat.iter().zip(def.ret.flat()) {
        if let (Ty::Float(FloatTy::Infer), Ty::Float(w)) = (func.ty(*v), t) {
            func.values[v.index()].ty = Ty::Float(w);
        }
    }
    func.body = Block {
        insts,
        yields: flat.clone(),
    };
    if had_errors || flat.is_empty() {
        return None;
    }
    Some(Lowered {
        func,
        params,
        result: flat,
    })
}

impl<'e> Lowerer<'e> {
    fn push(&mut self, kind: InstKind, ty: Ty, name: Option<String>, span: Span) -> Value {
        let v = self.func.new_value(ty, name);
        self.insts.push(Inst {
            kind,
            results: vec![v],
            span,
        });
        v
    }

    fn declare(&mut self, name: &str, value: Option<Lv>) -> VarId {
        let id = self.vars.len();
        self.vars.push(value);
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.to_string(), id));
        }
        id
    }

    fn lookup(&self, name: &str) -> Option<VarId> {
        if name.is_empty() {
            return None;
        }
        self.scopes
            .iter()
            .rev()
            .flat_map(|s| s.iter().rev())
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
    }

    fn literal_bool(&mut self, b: bool) -> Value {
        let lit = syn::Lit::Bool(syn::LitBool::new(b, Span::call_site()));
        self.push(InstKind::Literal(lit), Ty::Bool, None, Span::call_site())
    }

    /// A value of type `ty` that is never read: what an arm that returned
    /// early yields for the values the other arm computes.
    #[allow(clippy::unnecessary_wraps)]
    fn placeholder(&mut self, ty: &Ty, span: Span) -> Option<Value> {
        Some(match ty {
            Ty::Float(_) => self.push(InstKind::Zero, ty.clone(), None, span),
            Ty::Bool => self.literal_bool(false),
            Ty::Int => {
                let lit = syn::Lit::Int(syn::LitInt::new("0", span));
                self.push(InstKind::Literal(lit), Ty::Int, None, span)
            }
            Ty::Array(..) | Ty::Vec(_) | Ty::Unknown => {
                self.push(InstKind::Zero, ty.clone(), None, span)
            }
            // A constant kept as written (`p.k`): in the places an arm that
            // returned early must fill, it is a float.
            Ty::Other => self.push(InstKind::Zero, Ty::Float(FloatTy::Infer), None, span),
        })
    }

    fn placeholder_like(&mut self, lv: &Lv, span: Span) -> Option<Lv> {
        match lv {
            Lv::One(v) => {
                let ty = self.func.ty(*v).clone();
                self.placeholder(&ty, span).map(Lv::One)
            }
            Lv::Tuple(items) => {
                let items: Option<Vec<Lv>> = items
                    .iter()
                    .map(|i| self.placeholder_like(i, span))
                    .collect();
                items.map(Lv::Tuple)
            }
        }
    }

    fn placeholder_of_ret(&mut self) -> Option<Lv> {
        let tys = self.ret_ty.clone();
        let vals: Option<Vec<Lv>> = tys
            .iter()
            .map(|t| self.placeholder(t, Span::call_site()).map(Lv::One))
            .collect();
        let mut vals = vals?;
        if vals.len() == 1 {
            vals.pop()
        } else {
            Some(Lv::Tuple(vals))
        }
    }

    /// The function's result, choosing the early return value if one was
    /// taken.
    fn finish_result(&mut self, body: Option<Lv>) -> Option<Lv> {
        let Some(flags) = &self.flags else {
            return body;
        };
        let (returned, value) = (flags.returned, flags.value);
        let cond = self.var_value(returned)?;
        let early = self.vars[value].clone();
        let Lv::One(cond) = cond else { return None };
        self.branches(
            cond,
            Span::call_site(),
            move |_| early,
            move |l| {
                if body.is_none() {
                    l.dead = true;
                }
                body
            },
        )
    }

    fn var_value(&self, id: VarId) -> Option<Lv> {
        self.vars[id].clone()
    }

    fn var_one(&self, id: VarId) -> Option<Value> {
        match self.vars[id] {
            Some(Lv::One(v)) => Some(v),
            _ => None,
        }
    }

    /// Whether any exit flag in force is set: the condition under which the
    /// rest of a block is skipped.
    fn exiting(&mut self) -> Option<Value> {
        let mut flags = Vec::new();
        if let Some(f) = &self.flags {
            flags.push(f.returned);
        }
        flags.extend(self.loop_flags.brk);
        flags.extend(self.loop_flags.cont);
        let mut acc: Option<Value> = None;
        for f in flags {
            let v = self.var_one(f)?;
            acc = Some(match acc {
                None => v,
                Some(a) => self.push(
                    InstKind::Binary(BinOp::BitOr, a, v),
                    Ty::Bool,
                    None,
                    Span::call_site(),
                ),
            });
        }
        acc
    }

    // ---- blocks and statements ----

    fn block(&mut self, b: &AstBlock) -> Option<Lv> {
        self.scopes.push(Vec::new());
        let v = self.stmts(&b.stmts, b.tail.as_deref());
        self.scopes.pop();
        v
    }

    fn stmts(&mut self, stmts: &[Stmt], tail: Option<&Expr>) -> Option<Lv> {
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

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Let { pat, ty, init } => {
                // `let (a, (b, c)) = g(..)`: a call whose tuple result is
                // destructured has one result per name.
                if let (Pattern::Tuple(_), Some(Expr::Call(call))) = (pat, init) {
                    let shape = pattern_shape(pat);
                    let value = self.call(call, Some(shape));
                    self.bind(pat, value, true);
                    return;
                }
                let value = match init {
                    Some(e) => {
                        let v = self.expr(e);
                        if self.dead {
                            return;
                        }
                        if let (Some(Lv::One(v)), Some(Ty::Float(f))) = (&v, ty) {
                            self.refine_float(*v, *f);
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
    fn refine_float(&mut self, v: Value, f: FloatTy) {
        if let Ty::Float(FloatTy::Infer) = self.func.ty(v) {
            self.func.values[v.index()].ty = Ty::Float(f);
        }
    }

    fn bind(&mut self, pat: &Pattern, value: Option<Lv>, initialised: bool) {
        match pat {
            Pattern::Wild => {}
            Pattern::Ident(id) => {
                if let Some(Lv::One(v)) = &value {
                    let info = &mut self.func.values[v.index()];
                    if info.name.is_none() {
                        info.name = Some(id.to_string());
                    }
                }
                if initialised && value.is_none() {
                    self.errors.push(
                        id.span(),
                        format!("`{id}` is bound to an expression that has no value"),
                    );
                }
                self.declare(&id.to_string(), value);
            }
            Pattern::Tuple(items) => {
                let parts = match value {
                    Some(Lv::Tuple(parts)) if parts.len() == items.len() => {
                        parts.into_iter().map(Some).collect()
                    }
                    None if !initialised => vec![None; items.len()],
                    _ => {
                        let span = pattern_span(pat);
                        self.errors.push(
                            span,
                            "this tuple pattern does not match a tuple of the same length \
                             built in this function: destructure tuples written as `(a, b)` here",
                        );
                        return;
                    }
                };
                for (p, v) in items.iter().zip(parts) {
                    self.bind(p, v, initialised);
                }
            }
        }
    }

    fn assign(
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
        let idx: Option<Vec<Value>> = path.iter().map(|p| self.one(p)).collect();
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

    // ---- expressions ----

    fn one(&mut self, e: &Expr) -> Option<Value> {
        match self.expr(e)? {
            Lv::One(v) => Some(v),
            Lv::Tuple(_) => {
                self.errors.push(
                    expr_span(e),
                    "a tuple is not allowed here: only single values",
                );
                None
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> Option<Lv> {
        match e {
            Expr::Lit(lit, ty) => Some(Lv::One(self.push(
                InstKind::Literal(lit.clone()),
                ty.clone(),
                None,
                lit.span(),
            ))),
            Expr::Var(id) => self.var(id),
            Expr::Unary(op, a, span) => {
                let a = self.one(a)?;
                let ty = match op {
                    UnOp::Neg => self.func.ty(a).clone(),
                    UnOp::Not => match self.func.ty(a) {
                        Ty::Int => Ty::Int,
                        Ty::Bool => Ty::Bool,
                        _ => Ty::Other,
                    },
                };
                Some(Lv::One(self.push(InstKind::Unary(*op, a), ty, None, *span)))
            }
            Expr::Binary(op, a, b, span) => {
                let a = self.one(a);
                let b = self.one(b);
                Some(Lv::One(self.binary(*op, a?, b?, *span)))
            }
            Expr::And(a, b, span) => {
                let a = self.one(a)?;
                let b = &**b;
                self.branches(
                    a,
                    *span,
                    |l| l.one(b).map(Lv::One),
                    |l| Some(Lv::One(l.literal_bool(false))),
                )
            }
            Expr::Or(a, b, span) => {
                let a = self.one(a)?;
                let b = &**b;
                self.branches(
                    a,
                    *span,
                    |l| Some(Lv::One(l.literal_bool(true))),
                    |l| l.one(b).map(Lv::One),
                )
            }
            Expr::Cast(a, target, span) => {
                let a = self.one(a)?;
                Some(Lv::One(self.push(
                    InstKind::Cast(a, target.clone()),
                    target.ty.clone(),
                    None,
                    *span,
                )))
            }
            Expr::Math(f, args, path_ty, span) => {
                let args: Vec<Option<Value>> = args.iter().map(|a| self.one(a)).collect();
                let args: Vec<Value> = args.into_iter().collect::<Option<_>>()?;
                if let Some(t) = path_ty {
                    for (a, kind) in args.iter().zip(f.0.args) {
                        if *kind == Arg::Float {
                            self.refine_float(*a, *t);
                        }
                    }
                }
                let ty = self.math_type(*f, &args);
                Some(Lv::One(self.push(
                    InstKind::Math(*f, args),
                    ty,
                    None,
                    *span,
                )))
            }
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
            Expr::Return(value, _) => {
                // `validate` rejects a `return` without a value.
                let v = self.expr(value.as_deref()?)?;
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
            Expr::Opaque {
                expr,
                free,
                kind,
                span,
            } => Some(Lv::One(self.opaque(expr, free, kind.clone(), *span))),
            Expr::Index(base, path, span) => {
                let base = self.one(base);
                let idx: Option<Vec<Value>> = path.iter().map(|p| self.one(p)).collect();
                Some(Lv::One(self.index(base?, idx?, *span)))
            }
            Expr::ArrayLit(items, span) => {
                let vals: Option<Vec<Value>> = items.iter().map(|i| self.one(i)).collect();
                let vals = vals?;
                let elem = vals
                    .iter()
                    .map(|v| self.func.ty(*v).clone())
                    .reduce(|a, b| join_ty(&a, &b))
                    .unwrap_or(Ty::Other);
                let n = proc_macro2::Literal::usize_unsuffixed(vals.len());
                let ty = array_of(elem, Len(quote::quote!(#n)));
                Some(Lv::One(self.push(
                    InstKind::ArrayLit(vals),
                    ty,
                    None,
                    *span,
                )))
            }
            Expr::Repeat(v, len, span) => {
                let v = self.one(v)?;
                let ty = array_of(self.func.ty(v).clone(), Len(len.clone()));
                Some(Lv::One(self.push(
                    InstKind::ArrayRepeat(v, Len(len.clone())),
                    ty,
                    None,
                    *span,
                )))
            }
            Expr::VecRepeat(v, n, span) => {
                let v = self.one(v);
                let n = self.one(n);
                let (v, n) = (v?, n?);
                let ty = match self.func.ty(v) {
                    Ty::Other => Ty::Other,
                    t => Ty::Vec(Box::new(t.clone())),
                };
                Some(Lv::One(self.push(
                    InstKind::VecRepeat(v, n),
                    ty,
                    None,
                    *span,
                )))
            }
            Expr::Len(base, span) => {
                let b = self.one(base)?;
                Some(Lv::One(self.push(InstKind::Len(b), Ty::Int, None, *span)))
            }
            Expr::Deref(inner, span) => {
                let v = self.one(inner)?;
                if self.func.ty(v) == &Ty::Other {
                    let expr: syn::Expr = syn::parse_quote!(*__autodiff_input_0);
                    let kind = OpaqueKind::Other("dereference");
                    let c = ConstExpr {
                        expr: rename_marker(expr),
                        inputs: vec![v],
                        kind,
                        source: quote::quote!(*),
                    };
                    return Some(Lv::One(self.push(
                        InstKind::Const(c),
                        Ty::Other,
                        None,
                        *span,
                    )));
                }
                Some(Lv::One(v))
            }
            Expr::Call(call) => self.call(call, None),
            Expr::Break(_) => {
                if let Some(b) = self.loop_flags.brk {
                    let t = self.literal_bool(true);
                    self.vars[b] = Some(Lv::One(t));
                }
                self.dead = true;
                None
            }
            Expr::Continue(_) => {
                if let Some(c) = self.loop_flags.cont {
                    let t = self.literal_bool(true);
                    self.vars[c] = Some(Lv::One(t));
                }
                self.dead = true;
                None
            }
            Expr::For {
                pat,
                iter,
                body,
                span,
                checkpoint,
            } => {
                self.for_loop(pat, iter, body, *span, checkpoint.clone());
                None
            }
            Expr::While { cond, body, span } => {
                self.while_loop(Some(cond), body, *span);
                None
            }
            Expr::Loop(body, span) => {
                self.while_loop(None, body, *span);
                None
            }
        }
    }

    fn call(&mut self, call: &CallExpr, shape: Option<Shape>) -> Option<Lv> {
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
        let (callee, recv) = match &call.callee {
            Callee::Path(p) => (CallTarget::Path(p.clone()), None),
            Callee::Method {
                recv,
                name,
                turbofish,
            } => {
                let r = self.one(recv)?;
                (
                    CallTarget::Method {
                        name: name.clone(),
                        turbofish: turbofish.clone(),
                    },
                    Some(r),
                )
            }
        };
        let args: Vec<Option<Value>> = call.args.iter().map(|a| self.one(&a.expr)).collect();
        let args: Vec<Value> = args.into_iter().collect::<Option<_>>()?;
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
            by_ref: call.args.iter().map(|a| a.by_ref).collect(),
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

    fn index(&mut self, base: Value, path: Vec<Value>, span: Span) -> Value {
        let ty = self.func.ty(base).element(path.len());
        self.push(InstKind::Index { base, path }, ty, None, span)
    }

    fn int_literal(&mut self, text: &str) -> Value {
        let lit = syn::Lit::Int(syn::LitInt::new(text, Span::call_site()));
        self.push(InstKind::Literal(lit), Ty::Int, None, Span::call_site())
    }

    /// The variables declared outside the loop that `body` assigns.
    fn carried_vars(&self, body: &AstBlock) -> Vec<VarId> {
        let mut names = Vec::new();
        assigned_names(body, &mut names);
        let mut ids: Vec<VarId> = names.iter().filter_map(|n| self.lookup(n)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|id| {
            self.vars[*id]
                .as_ref()
                .is_some_and(|v| matches!(v, Lv::One(_)))
        });
        ids
    }

    /// Makes a loop parameter for each carried variable and points the
    /// variable at it. Returns (params, inits).
    fn enter_loop(&mut self, carried: &[VarId]) -> (Vec<Value>, Vec<Value>) {
        let mut params = Vec::new();
        let mut inits = Vec::new();
        for id in carried {
            let Some(init) = self.var_one(*id) else {
                continue;
            };
            let ty = self.func.ty(init).clone();
            let name = self.func.name(init).map(String::from);
            let p = self.func.new_value(ty, name);
            self.vars[*id] = Some(Lv::One(p));
            params.push(p);
            inits.push(init);
        }
        (params, inits)
    }

    /// After the body: the yields, restoring the carried variables to the
    /// loop's results. Returns (yields, results).
    fn leave_loop(&mut self, carried: &[VarId], params: &[Value]) -> (Vec<Value>, Vec<Value>) {
        let mut yields = Vec::new();
        let mut results = Vec::new();
        for (id, p) in carried.iter().zip(params) {
            let y = self.var_one(*id).unwrap_or(*p);
            yields.push(y);
            let ty = self.func.ty(*p).clone();
            let name = self.func.name(*p).map(String::from);
            results.push(self.func.new_value(ty, name));
        }
        (yields, results)
    }

    /// Binds a `for` pattern to the element at `index` of `seq` (or to the
    /// index itself for a range).
    fn bind_for(&mut self, pat: &ForPat, index: Value, seq: Option<Value>, span: Span) {
        match (pat, seq) {
            (ForPat::Wild, _) => {}
            (ForPat::Ident(id) | ForPat::Ref(id), None) => {
                self.func.values[index.index()].name = Some(id.to_string());
                self.declare(&id.to_string(), Some(Lv::One(index)));
            }
            (ForPat::Ident(id) | ForPat::Ref(id), Some(s)) => {
                let v = self.index(s, vec![index], span);
                self.func.values[v.index()].name = Some(id.to_string());
                self.declare(&id.to_string(), Some(Lv::One(v)));
            }
            (ForPat::Pair(i, v), Some(s)) => {
                self.bind_for(i, index, None, span);
                self.bind_for(v, index, Some(s), span);
            }
            (ForPat::Pair(..), None) => self.errors.push(
                span,
                "a pair pattern needs `.iter().enumerate()`: write `for (i, v) in x.iter().enumerate()`",
            ),
        }
    }

    /// Lowers the statements of a loop body with a fresh `continue` flag.
    fn loop_body(&mut self, body: &AstBlock, has_cont: bool) {
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

    fn for_loop(
        &mut self,
        pat: &ForPat,
        iter: &ForIter,
        body: &AstBlock,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
    ) {
        let (lo, hi, inclusive, reversed, seq) = match iter {
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
                let Some(s) = self.one(seq) else { return };
                if !self.func.ty(s).is_aggregate() && self.func.ty(s) != &Ty::Other {
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
        };
        let exits = block_exits(body, 0);
        if exits.brk || exits.ret {
            self.counted_while(pat, lo, hi, inclusive, reversed, seq, body, exits, span);
            return;
        }
        let carried = self.carried_vars(body);
        let (params, inits) = self.enter_loop(&carried);
        let index = self.func.new_value(Ty::Int, Some("i".into()));
        let outer = std::mem::take(&mut self.insts);
        self.scopes.push(Vec::new());
        let saved_flags = self.loop_flags;
        self.loop_flags = LoopFlags::default();
        self.bind_for(pat, index, seq, span);
        self.loop_body(body, exits.cont);
        self.loop_flags = saved_flags;
        self.scopes.pop();
        let (yields, results) = self.leave_loop(&carried, &params);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        for (id, r) in carried.iter().zip(&results) {
            self.vars[*id] = Some(Lv::One(*r));
        }
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
    fn counted_while(
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

    fn while_loop(&mut self, cond: Option<&Expr>, body: &AstBlock, span: Span) {
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
    fn loops_with_flags(
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
        let (params, inits) = self.enter_loop(&carried);
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
        let (yields, results) = self.leave_loop(&carried, &params);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        for (id, r) in carried.iter().zip(&results) {
            self.vars[*id] = Some(Lv::One(*r));
        }
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

    fn var(&mut self, id: &Ident) -> Option<Lv> {
        let name = id.to_string();
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

    fn opaque(&mut self, expr: &syn::Expr, free: &[Ident], kind: OpaqueKind, span: Span) -> Value {
        let mut inputs = Vec::new();
        let mut renames = Vec::new();
        for id in free {
            if let Some(var) = self.lookup(&id.to_string()) {
                if let Some(Lv::One(v)) = self.var_value(var) {
                    renames.push((id.to_string(), inputs.len()));
                    inputs.push(v);
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

    fn binary(&mut self, op: BinOp, a: Value, b: Value, span: Span) -> Value {
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

    fn math_type(&self, f: ir::MathFn, args: &[Value]) -> Ty {
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

    /// Lowers a two-armed conditional: each arm runs on a copy of the
    /// variables; the variables (declared before) whose values differ become
    /// results of the `If`, and so does the arms' value.
    fn branches<'b>(
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
            (Some(t), Some(e)) if shape_matches(t, e) => Some((t.clone(), e.clone())),
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
                (Some(t), Some(e)) if shape_matches(t, e) => {
                    merged.push((id, t.clone(), e.clone()))
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
    fn in_block<T>(&mut self, block: &mut Vec<Inst>, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.insts, std::mem::take(block));
        let r = f(self);
        *block = std::mem::replace(&mut self.insts, saved);
        r
    }
}

fn shape_matches(a: &Lv, b: &Lv) -> bool {
    match (a, b) {
        (Lv::One(_), Lv::One(_)) => true,
        (Lv::Tuple(x), Lv::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| shape_matches(a, b))
        }
        _ => false,
    }
}

fn rebuild(shape: &Lv, flat: &mut impl Iterator<Item = Value>) -> Lv {
    match shape {
        Lv::One(_) => Lv::One(flat.next().unwrap_or(Value(0))),
        Lv::Tuple(items) => Lv::Tuple(items.iter().map(|i| rebuild(i, flat)).collect()),
    }
}

fn pattern_shape(p: &Pattern) -> Shape {
    match p {
        Pattern::Tuple(items) => Shape::Tuple(items.iter().map(pattern_shape).collect()),
        _ => Shape::Leaf,
    }
}

fn rebuild_shape(shape: &Shape, flat: &mut impl Iterator<Item = Value>) -> Lv {
    match shape {
        Shape::Leaf => Lv::One(flat.next().unwrap_or(Value(0))),
        Shape::Tuple(items) => Lv::Tuple(items.iter().map(|i| rebuild_shape(i, flat)).collect()),
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

fn join(a: FloatTy, b: FloatTy) -> FloatTy {
    if a == FloatTy::Infer { b } else { a }
}

fn join_ty(a: &Ty, b: &Ty) -> Ty {
    match (a, b) {
        (Ty::Float(x), Ty::Float(y)) => Ty::Float(join(*x, *y)),
        (Ty::Float(x), _) | (_, Ty::Float(x)) => Ty::Float(*x),
        (Ty::Array(x, n), Ty::Array(y, m)) if n == m => {
            Ty::Array(Box::new(join_ty(x, y)), n.clone())
        }
        (Ty::Vec(x), Ty::Vec(y)) => Ty::Vec(Box::new(join_ty(x, y))),
        _ if a == b => a.clone(),
        _ => Ty::Other,
    }
}

fn pattern_span(p: &Pattern) -> Span {
    match p {
        Pattern::Ident(id) => id.span(),
        Pattern::Tuple(items) => items.first().map_or_else(Span::call_site, pattern_span),
        Pattern::Wild => Span::call_site(),
    }
}

fn expr_span(e: &Expr) -> Span {
    match e {
        Expr::Lit(l, _) => l.span(),
        Expr::Var(id) => id.span(),
        Expr::Unary(_, _, s)
        | Expr::Binary(_, _, _, s)
        | Expr::And(_, _, s)
        | Expr::Or(_, _, s)
        | Expr::Cast(_, _, s)
        | Expr::Math(_, _, _, s)
        | Expr::If { span: s, .. }
        | Expr::Tuple(_, s)
        | Expr::Return(_, s)
        | Expr::Opaque { span: s, .. } => *s,
        Expr::Index(_, _, s)
        | Expr::ArrayLit(_, s)
        | Expr::Repeat(_, _, s)
        | Expr::VecRepeat(_, _, s)
        | Expr::Len(_, s)
        | Expr::Deref(_, s)
        | Expr::For { span: s, .. }
        | Expr::While { span: s, .. }
        | Expr::Loop(_, s)
        | Expr::Break(s)
        | Expr::Continue(s) => *s,
        Expr::Call(c) => c.span,
        Expr::Block(_) => Span::call_site(),
    }
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
