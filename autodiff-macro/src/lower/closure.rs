//! Closures, inlined where they are called.
//!
//! `let f = |v| ..;` binds `f` to the closure's code and the scopes in
//! force where it is written ([`ClosureDef`]); every call lowers the body
//! again, in those scopes, with the parameters bound to the arguments. So
//! a later shadowing of a captured name does not change what the closure
//! sees, a capture by reference reads the variable's current value (Rust
//! forbids changing it while the closure borrows it), and a closure that
//! assigns a captured variable (`FnMut`) updates it. A `move` closure gets
//! its own copies of the variables it mentions, made where it is written.
//! A closure is never a value of the IR: using one other than by calling
//! it or passing it to an adaptor is an error.
//!
//! Windows and chunks of a slice ([`View`]) are the other kind of local
//! that is not a value: indexing, `len()` and iterating read the slice they
//! come from.

use super::*;
use crate::ast::{Closure, FnArg, captured_assignments, mentioned_names_expr};
use crate::math;
use std::rc::Rc;

/// A closure with the scopes it was written in.
pub(super) struct ClosureDef {
    pub code: Rc<Closure>,
    pub scopes: Vec<Vec<(String, VarId)>>,
    /// The variables outside the closure that a call assigns.
    pub effects: Vec<VarId>,
}

/// A window or chunk of a sequence: `len` elements of `base` from
/// `offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct View {
    pub base: Value,
    pub offset: Value,
    pub len: Value,
}

/// What a local name stands for when it is not a value.
#[derive(Clone)]
pub(super) enum Special {
    Closure(Rc<ClosureDef>),
    View(View),
}

/// A value as closures and chains pass it around: a value, a tuple, an
/// `Option`, or a view of a sequence.
#[derive(Clone, Debug)]
pub(super) enum Elem {
    One(Value),
    Tuple(Vec<Elem>),
    /// An `Option` (`Lv::Opt`), passed on as it is.
    Opt(Lv),
    View(View),
}

impl Elem {
    pub(super) fn from_lv(lv: Lv) -> Elem {
        match lv {
            Lv::One(v) => Elem::One(v),
            Lv::Tuple(items) => Elem::Tuple(items.into_iter().map(Elem::from_lv).collect()),
            opt @ Lv::Opt(..) => Elem::Opt(opt),
        }
    }

    /// The values, if there is no view inside.
    pub(super) fn to_lv(&self) -> Option<Lv> {
        match self {
            Elem::One(v) => Some(Lv::One(*v)),
            Elem::Tuple(items) => Some(Lv::Tuple(
                items.iter().map(Elem::to_lv).collect::<Option<_>>()?,
            )),
            Elem::Opt(lv) => Some(lv.clone()),
            Elem::View(_) => None,
        }
    }
}

/// Something that can be called where a closure is expected.
#[derive(Clone)]
pub(super) enum Callable {
    Closure(Rc<ClosureDef>),
    /// A float method in path form (`f64::max`).
    Math(&'static math::MathInfo, FloatTy),
    /// A function with derivative companions.
    Func(syn::ExprPath),
}

const ESCAPE_MSG: &str = "a closure can only be bound with `let` and called (`let sq = |t: f64| t \
                          * t; sq(x)`), or passed to an iterator adaptor (`.map(|v| v * v)`), in \
                          a differentiated function: it is inlined where it is called, so it \
                          cannot be returned, stored, or passed to a function";

impl<'e> Lowerer<'e> {
    /// The special meaning of `name` here, if it has one.
    pub(super) fn special_of(&self, name: &str) -> Option<Special> {
        let id = self.lookup(name)?;
        self.special.get(&id).cloned()
    }

    /// `let f = |..| ..;`.
    pub(super) fn let_closure(&mut self, pat: &Pattern, c: &Rc<Closure>) {
        let Pattern::Ident(id) = pat else {
            self.errors.push(c.span, ESCAPE_MSG);
            return;
        };
        let def = self.define_closure(c);
        let var = self.declare(&id.to_string(), None);
        self.special.insert(var, Special::Closure(def));
    }

    /// A closure written here: its scopes, `move` copies and effects.
    pub(super) fn define_closure(&mut self, c: &Rc<Closure>) -> Rc<ClosureDef> {
        let mut scopes = self.scopes.clone();
        let mentioned = mentioned_names_expr(&c.body);
        if c.is_move {
            let mut copies = Vec::new();
            for name in &mentioned {
                let Some(var) = self.lookup(name) else {
                    continue;
                };
                if self.special.contains_key(&var) {
                    continue;
                }
                let value = self.vars[var].clone();
                let copy = self.vars.len();
                self.vars.push(value);
                self.special.remove(&copy);
                copies.push((name.clone(), copy));
            }
            scopes.push(copies);
        }
        let resolve = |scopes: &[Vec<(String, VarId)>], name: &str| {
            scopes
                .iter()
                .rev()
                .flat_map(|s| s.iter().rev())
                .find(|(n, _)| n == name)
                .map(|(_, id)| *id)
        };
        let mut effects: Vec<VarId> = captured_assignments(c)
            .iter()
            .filter_map(|id| resolve(&scopes, &id.to_string()))
            .collect();
        for name in &mentioned {
            if let Some(Special::Closure(inner)) =
                resolve(&scopes, name).and_then(|v| self.special.get(&v))
            {
                effects.extend(&inner.effects);
            }
        }
        effects.sort_unstable();
        effects.dedup();
        Rc::new(ClosureDef {
            code: c.clone(),
            scopes,
            effects,
        })
    }

    /// The variables outside `body` that it may assign through closures
    /// (directly in closure bodies, or by calling a local closure): added to
    /// a loop's carried state.
    pub(super) fn closure_effects(&self, body: &AstBlock) -> Vec<VarId> {
        let mut ids: Vec<VarId> = crate::ast::assignments_deep(body)
            .iter()
            .filter_map(|id| self.lookup(&id.to_string()))
            .collect();
        for name in crate::ast::mentioned_names(body) {
            if let Some(Special::Closure(def)) = self.special_of(&name) {
                ids.extend(&def.effects);
            }
        }
        ids
    }

    /// The error for a closure or view used as a value.
    pub(super) fn special_used_as_value(&mut self, name: &Ident, special: &Special) {
        let msg = match special {
            Special::Closure(_) => format!("`{name}` is a closure: {ESCAPE_MSG}"),
            Special::View(_) => format!(
                "`{name}` is a window or chunk of a slice: in a differentiated function it can \
                 be indexed (`{name}[0]`), measured (`{name}.len()`) or iterated \
                 (`{name}.iter()`), but not passed on or stored"
            ),
        };
        self.errors.push(name.span(), msg);
    }

    /// A closure written where a value is expected.
    pub(super) fn closure_as_value(&mut self, c: &Closure) -> Option<Lv> {
        self.errors.push(c.span, ESCAPE_MSG);
        None
    }

    /// An expression as an [`Elem`]: views and tuples of them stay what they
    /// are.
    pub(super) fn elem_expr(&mut self, e: &Expr) -> Option<Elem> {
        match e {
            Expr::Var(id) => {
                if let Some(Special::View(v)) = self.special_of(&id.to_string()) {
                    return Some(Elem::View(v));
                }
                self.expr(e).map(Elem::from_lv)
            }
            Expr::Tuple(items, _) => {
                let items: Vec<Option<Elem>> = items.iter().map(|i| self.elem_expr(i)).collect();
                Some(Elem::Tuple(items.into_iter().collect::<Option<_>>()?))
            }
            e => self.expr(e).map(Elem::from_lv),
        }
    }

    /// `f(args)` where `f` is a local closure; `None` if `f` is not one.
    pub(super) fn call_local_closure(&mut self, call: &CallExpr) -> Option<Option<Lv>> {
        let Callee::Path(p) = &call.callee else {
            return None;
        };
        let id = p.path.get_ident()?;
        let Some(Special::Closure(def)) = self.special_of(&id.to_string()) else {
            return None;
        };
        let args: Vec<Option<Elem>> = call.args.iter().map(|a| self.elem_expr(&a.expr)).collect();
        let Some(args) = args.into_iter().collect::<Option<Vec<_>>>() else {
            return Some(None);
        };
        let r = self.call_closure(&def, args, call.span);
        Some(r.and_then(|e| self.elem_value(e, call.span)))
    }

    /// An element where a value is needed.
    pub(super) fn elem_value(&mut self, e: Elem, span: Span) -> Option<Lv> {
        match e.to_lv() {
            Some(lv) => Some(lv),
            None => {
                self.errors.push(
                    span,
                    "a window or chunk of a slice cannot be a value here: index it or iterate \
                     over it",
                );
                None
            }
        }
    }

    /// Inlines a call of `def` with `args`.
    pub(super) fn call_closure(
        &mut self,
        def: &ClosureDef,
        args: Vec<Elem>,
        span: Span,
    ) -> Option<Elem> {
        let params = &def.code.params;
        if params.len() != args.len() {
            self.errors.push(
                span,
                format!(
                    "this closure takes {}, but is called with {}",
                    arguments(params.len()),
                    args.len()
                ),
            );
            return None;
        }
        let saved_scopes = std::mem::replace(&mut self.scopes, def.scopes.clone());
        let saved_flags = self.flags.take();
        let saved_loop = std::mem::take(&mut self.loop_flags);
        self.scopes.push(Vec::new());
        let mut ok = true;
        for (p, a) in params.iter().zip(args) {
            ok &= self.bind_elem(&p.pat, a, p.ty.as_ref(), span);
        }
        let value = if ok {
            self.elem_expr(&def.code.body)
        } else {
            None
        };
        self.scopes = saved_scopes;
        self.flags = saved_flags;
        self.loop_flags = saved_loop;
        value
    }

    /// Binds a closure parameter (or a `for` pattern over a chain) to an
    /// element: values with [`Self::bind_pattern`], windows and chunks (and
    /// tuples holding them) here. Returns whether it matched.
    pub(super) fn bind_elem(
        &mut self,
        pat: &Pattern,
        elem: Elem,
        ty: Option<&Ty>,
        span: Span,
    ) -> bool {
        // Names, references (transparent: an element is its value), `_` and
        // tuples are bound here; other patterns (arrays, `@`) by
        // `bind_pattern`.
        match (pat, &elem) {
            (Pattern::Ident(id), Elem::One(v)) => {
                if let Some(Ty::Float(f)) = ty {
                    self.refine_float(*v, *f);
                }
                let info = &mut self.func.values[v.index()];
                if info.name.is_none() {
                    info.name = Some(id.to_string());
                }
                self.declare(&id.to_string(), Some(Lv::One(*v)));
                return true;
            }
            (Pattern::Ref(p), _) => return self.bind_elem(p, elem, ty, span),
            (Pattern::Wild, _) => return true,
            (Pattern::Tuple(items), Elem::Tuple(parts))
                if items.len() == parts.len()
                    && !items.iter().any(|p| matches!(p, Pattern::Rest(_))) =>
            {
                let Elem::Tuple(parts) = elem else {
                    return false;
                };
                let mut ok = true;
                for (p, e) in items.iter().zip(parts) {
                    ok &= self.bind_elem(p, e, None, span);
                }
                return ok;
            }
            _ => {}
        }
        if let Some(lv) = elem.to_lv() {
            // The annotation is the type of a constant the macro cannot see
            // into (`|[a, b]: [f64; 2]|` called with constants), as for a
            // `let`.
            if let (Lv::One(v), Some(t)) = (&lv, ty) {
                if matches!(self.func.ty(*v), Ty::Other | Ty::Unknown) && t != &Ty::Other {
                    self.func.values[v.index()].ty = t.clone();
                }
            }
            let before = self.errors.len();
            self.bind_pattern(pat, lv, span);
            return self.errors.len() == before;
        }
        match (pat, elem) {
            (Pattern::Wild, _) => true,
            (Pattern::Ref(p), e) => self.bind_elem(p, e, ty, span),
            (Pattern::Ident(id), Elem::View(v)) => {
                let var = self.declare(&id.to_string(), None);
                self.special.insert(var, Special::View(v));
                true
            }
            (Pattern::Tuple(items), Elem::Tuple(parts))
                if items.len() == parts.len()
                    && !items.iter().any(|p| matches!(p, Pattern::Rest(_))) =>
            {
                let mut ok = true;
                for (p, e) in items.iter().zip(parts) {
                    ok &= self.bind_elem(p, e, None, span);
                }
                ok
            }
            (Pattern::Ident(id), _) => {
                self.errors.push(
                    id.span(),
                    format!(
                        "`{id}` would hold a window or chunk inside a tuple: destructure the \
                         tuple (`|(i, w)|`)"
                    ),
                );
                false
            }
            _ => {
                self.errors.push(
                    span,
                    "a window or chunk of a slice is bound to a name here (`|w|`, then `w[0]`, \
                     `w.len()`, `w.iter()`): this pattern does not take it apart",
                );
                false
            }
        }
    }

    /// What an adaptor's function argument calls.
    pub(super) fn callable(&mut self, f: &FnArg) -> Option<Callable> {
        match f {
            FnArg::Closure(c) => Some(Callable::Closure(self.define_closure(c))),
            FnArg::Path(p) => {
                if let Some(id) = p.path.get_ident() {
                    if let Some(var) = self.lookup(&id.to_string()) {
                        return match self.special.get(&var).cloned() {
                            Some(Special::Closure(def)) => Some(Callable::Closure(def)),
                            Some(s) => {
                                self.special_used_as_value(id, &s);
                                None
                            }
                            None => {
                                self.errors.push(
                                    id.span(),
                                    format!(
                                        "`{id}` is a value of this function (a parameter), not a \
                                         closure written in it: #[differentiate] cannot see its \
                                         derivative; pass a closure (`|v| ...`) or a function \
                                         marked `#[differentiate]`"
                                    ),
                                );
                                None
                            }
                        };
                    }
                }
                let segs = &p.path.segments;
                if segs.len() == 2 {
                    let ty = crate::lang::float_named(&segs[0].ident);
                    if let Some(ty) = ty {
                        let name = segs[1].ident.to_string();
                        return match math::lookup(&name) {
                            Some(info) => Some(Callable::Math(info, ty)),
                            None => {
                                self.errors.push_spanned(
                                    p,
                                    format!(
                                        "`{}::{name}` is not a float method #[differentiate] \
                                         knows; the differentiable ones are: {}",
                                        segs[0].ident,
                                        math::differentiable_names()
                                    ),
                                );
                                None
                            }
                        };
                    }
                }
                Some(Callable::Func(p.clone()))
            }
        }
    }

    /// Calls `f` with `args`.
    pub(super) fn call_callable(
        &mut self,
        f: &Callable,
        args: Vec<Elem>,
        span: Span,
    ) -> Option<Elem> {
        match f {
            Callable::Closure(def) => self.call_closure(def, args, span),
            Callable::Math(info, ty) => {
                let vals = self.scalar_args(args, info.name, span)?;
                if vals.len() != info.arity() {
                    self.errors.push(
                        span,
                        format!(
                            "`{}::{}` takes {}, but is called here with {}",
                            ty.name(),
                            info.name,
                            arguments(info.arity()),
                            vals.len()
                        ),
                    );
                    return None;
                }
                for (a, kind) in vals.iter().zip(info.args) {
                    if *kind == math::Arg::Float {
                        self.refine_float(*a, *ty);
                    }
                }
                let f = ir::MathFn(info);
                let rty = self.math_type(f, &vals);
                Some(Elem::One(self.push(
                    InstKind::Math(f, vals),
                    rty,
                    None,
                    span,
                )))
            }
            Callable::Func(path) => {
                let name = quote::ToTokens::to_token_stream(path).to_string();
                let args = self.scalar_args(args, &name, span)?;
                let result = self.func.new_value(Ty::Unknown, None);
                let inst = CallInst {
                    callee: CallTarget::Path(path.clone()),
                    recv: None,
                    by_ref: vec![false; args.len()],
                    args,
                    source: quote::ToTokens::to_token_stream(path),
                    shape: None,
                };
                self.insts.push(Inst {
                    kind: InstKind::Call(Box::new(inst)),
                    results: vec![result],
                    span,
                });
                Some(Elem::One(result))
            }
        }
    }

    /// The arguments of a float method or function called in place of a
    /// closure: single values (a tuple is spread, as `f64::max` over the
    /// pairs of a `fold` would be).
    fn scalar_args(&mut self, args: Vec<Elem>, name: &str, span: Span) -> Option<Vec<Value>> {
        let mut out = Vec::new();
        for a in args {
            match a {
                Elem::One(v) => out.push(v),
                _ => {
                    self.errors.push(
                        span,
                        format!(
                            "`{name}` is called here with a tuple or a window: pass a closure \
                             that takes it apart (`|(a, b)| {name}(a, b)`)"
                        ),
                    );
                    return None;
                }
            }
        }
        Some(out)
    }

    /// `base[path]` where `base` is a window or chunk; `None` if it is not
    /// one.
    pub(super) fn view_index(
        &mut self,
        base: &Expr,
        path: &[Expr],
        span: Span,
    ) -> Option<Option<Lv>> {
        let Expr::Var(id) = base else { return None };
        let Some(Special::View(v)) = self.special_of(&id.to_string()) else {
            return None;
        };
        let idx: Option<Vec<Value>> = path.iter().map(|p| self.one(p)).collect();
        let mut idx = match idx {
            Some(i) if !i.is_empty() => i,
            _ => return Some(None),
        };
        idx[0] = self.binary(BinOp::Add, v.offset, idx[0], span);
        Some(Some(Lv::One(self.index(v.base, idx, span))))
    }

    /// `w.len()` of a window or chunk.
    pub(super) fn view_len(&self, base: &Expr) -> Option<Value> {
        let Expr::Var(id) = base else { return None };
        match self.special_of(&id.to_string()) {
            Some(Special::View(v)) => Some(v.len),
            _ => None,
        }
    }
}

/// A `for` pattern as a [`Pattern`].
pub(super) fn pattern_of(p: &ForPat) -> Pattern {
    match p {
        ForPat::Ident(id) => Pattern::Ident(id.clone()),
        ForPat::Ref(id) => Pattern::Ref(Box::new(Pattern::Ident(id.clone()))),
        ForPat::Wild => Pattern::Wild,
        ForPat::Pair(a, b) => Pattern::Tuple(vec![pattern_of(a), pattern_of(b)]),
        ForPat::Pat(p) => p.clone(),
    }
}

fn arguments(n: usize) -> String {
    match n {
        1 => "1 argument".into(),
        n => format!("{n} arguments"),
    }
}
