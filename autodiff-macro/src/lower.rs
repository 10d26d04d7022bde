//! Lower to SSA: the validated [`crate::ast`] to the [`crate::ir`].
//!
//! Every `let`, reassignment, compound assignment and shadowing makes a fresh
//! value; a variable is only a name for its current value. An `if` yields
//! the new values of the variables its arms assign. An early `return` sets a
//! "returned" flag and the return value; the statements after it are lowered
//! inside an `if !returned`, so the IR keeps its structured form. Tuples exist
//! only here: a tuple expression lowers to a tree of values ([`Lv`]), so the
//! IR itself holds scalars only.

use crate::ast::{Block as AstBlock, Expr, FnDef, OpaqueKind, Pattern, RetTy, Stmt};
use crate::diag::Errors;
use crate::ir::{self, BinOp, Block, ConstExpr, FloatTy, Func, Inst, InstKind, Ty, UnOp, Value};
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
}

/// Lowers `def`. Errors are recorded; the result is `None` if any occurred.
pub fn lower(def: &mut FnDef, errors: &mut Errors) -> Option<Lowered> {
    tailify(&mut def.body);
    let ret_ty = match &def.ret {
        RetTy::Float(f) => vec![Ty::Float(*f)],
        RetTy::Tuple(items) => items.iter().map(|f| Ty::Float(*f)).collect(),
    };
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
    if block_returns(&def.body) {
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

/// Turns returns in tail position into plain tail expressions, so only early
/// returns need the flag machinery.
fn tailify(block: &mut AstBlock) {
    if block.tail.is_none() {
        if let Some(Stmt::Expr(Expr::Return(Some(_), _))) = block.stmts.last() {
            if let Some(Stmt::Expr(Expr::Return(Some(v), _))) = block.stmts.pop() {
                block.tail = Some(v);
            }
        }
    }
    if let Some(tail) = block.tail.as_mut() {
        tailify_expr(tail);
    }
}

fn tailify_expr(e: &mut Box<Expr>) {
    if let Expr::Return(Some(v), _) = &mut **e {
        let inner = std::mem::replace(v, Box::new(Expr::Tuple(vec![], Span::call_site())));
        *e = inner;
        tailify_expr(e);
        return;
    }
    match &mut **e {
        Expr::If {
            then_block,
            else_branch,
            ..
        } => {
            tailify(then_block);
            if let Some(e) = else_branch {
                tailify_expr(e);
            }
        }
        Expr::Block(b) => tailify(b),
        _ => {}
    }
}

fn block_returns(b: &AstBlock) -> bool {
    b.stmts.iter().any(stmt_returns) || b.tail.as_deref().is_some_and(expr_returns)
}

fn stmt_returns(s: &Stmt) -> bool {
    match s {
        Stmt::Let { init, .. } => init.as_ref().is_some_and(expr_returns),
        Stmt::Assign { value, .. } => expr_returns(value),
        Stmt::Expr(e) => expr_returns(e),
    }
}

fn expr_returns(e: &Expr) -> bool {
    match e {
        Expr::Return(..) => true,
        Expr::Lit(..) | Expr::Var(_) | Expr::Opaque { .. } => false,
        Expr::Unary(_, a, _) | Expr::Cast(a, _, _) => expr_returns(a),
        Expr::Binary(_, a, b, _) | Expr::And(a, b, _) | Expr::Or(a, b, _) => {
            expr_returns(a) || expr_returns(b)
        }
        Expr::Math(_, args, _, _) | Expr::Tuple(args, _) => args.iter().any(expr_returns),
        Expr::If {
            cond,
            then_block,
            else_branch,
            ..
        } => {
            expr_returns(cond)
                || block_returns(then_block)
                || else_branch.as_deref().is_some_and(expr_returns)
        }
        Expr::Block(b) => block_returns(b),
    }
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
    fn placeholder(&mut self, ty: &Ty, span: Span) -> Option<Value> {
        Some(match ty {
            Ty::Float(_) => self.push(InstKind::Zero, ty.clone(), None, span),
            Ty::Bool => self.literal_bool(false),
            Ty::Int => {
                let lit = syn::Lit::Int(syn::LitInt::new("0", span));
                self.push(InstKind::Literal(lit), Ty::Int, None, span)
            }
            Ty::Other => {
                self.errors.push(
                    span,
                    "an early `return` skips the computation of a value that is not a float \
                     here: restructure with `if` / `else` so both branches produce it",
                );
                return None;
            }
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
            if stmt_returns(s) {
                if let Some(flags) = &self.flags {
                    // Guard the rest of the block: it runs only if nothing
                    // above returned.
                    let Some(Lv::One(returned)) = self.var_value(flags.returned) else {
                        return None;
                    };
                    let rest = &stmts[i + 1..];
                    return self.branches(
                        returned,
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
                let value = match init {
                    Some(e) => {
                        let v = self.expr(e);
                        if self.dead {
                            return;
                        }
                        if let (Some(Lv::One(v)), Some(Ty::Float(f))) = (&v, ty) {
                            self.refine_float(*v, *f);
                        }
                        v
                    }
                    None => None,
                };
                self.bind(pat, value, init.is_some());
            }
            Stmt::Assign {
                target,
                op,
                value,
                span,
            } => self.assign(target, *op, value, *span),
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

    fn assign(&mut self, target: &Ident, op: Option<BinOp>, value: &Expr, span: Span) {
        let Some(var) = self.lookup(&target.to_string()) else {
            self.errors.push(
                target.span(),
                format!("`{target}` is not a local variable of this function"),
            );
            return;
        };
        let rhs = self.expr(value);
        if self.dead {
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
            Expr::Return(value, span) => {
                let v = match value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.errors.push(*span, "`return` needs a value here");
                        return None;
                    }
                };
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
        }
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
        let mut expr = expr.clone();
        syn::visit_mut::VisitMut::visit_expr_mut(
            &mut RenameLocals { renames: &renames },
            &mut expr,
        );
        self.push(
            InstKind::Const(ConstExpr { expr, inputs, kind }),
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
        for id in 0..snapshot.len() {
            let (t, e) = (&tvars[id], &evars[id]);
            if t == e {
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

fn join(a: FloatTy, b: FloatTy) -> FloatTy {
    if a == FloatTy::Infer { b } else { a }
}

fn join_ty(a: &Ty, b: &Ty) -> Ty {
    match (a, b) {
        (Ty::Float(x), Ty::Float(y)) => Ty::Float(join(*x, *y)),
        (Ty::Float(x), _) | (_, Ty::Float(x)) => Ty::Float(*x),
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
        Expr::Block(_) => Span::call_site(),
    }
}

/// The ident an opaque expression uses for its `k`-th input.
pub fn input_ident(k: usize) -> Ident {
    Ident::new(&format!("__autodiff_input_{k}"), Span::mixed_site())
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
