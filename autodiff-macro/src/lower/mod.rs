//! Lower to SSA: the validated [`crate::ast`] to the [`crate::ir`].
//!
//! Every `let`, reassignment, compound assignment and shadowing makes a fresh
//! value; a variable is only a name for its current value. An `if` yields
//! the new values of the variables its arms assign. An early `return` sets a
//! "returned" flag and the return value; the statements after it are lowered
//! inside an `if !returned`, so the IR keeps its structured form. Tuples exist
//! only here: a tuple expression lowers to a tree of values ([`Lv`]), so the
//! IR itself holds scalars only.
//!
//! `stmt`: blocks, `let`, assignment; `expr`: expressions and calls;
//! `branches`: conditionals; `loops`: `for`, `while`, `loop`; `pattern`:
//! binding patterns to values; `matching`: `match` (and `if let`, `let
//! else`, `while let`) as a chain of conditionals; `option`: `Option`
//! values and their methods; `closure`: closures, inlined at their calls;
//! `iter`: iterator chains, as loops; `check`: assertions and panics;
//! `seq`: subslices, `split_at`, `first` and `last`.

mod branches;
mod check;
mod closure;
mod expr;
mod iter;
mod loops;
mod matching;
mod nalgebra;
mod option;
mod pattern;
mod seq;
mod stmt;

use crate::ast::{
    Block as AstBlock, CallExpr, Callee, Exits, Expr, FnDef, ForIter, ForPat, MatchArm, ParamShape,
    Pattern, Stmt, assigned_names, block_exits, pattern_binds, stmt_exits,
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
    /// The value of each leaf of the non-receiver parameters, in order
    /// ([`FnDef::leaves`]).
    pub params: Vec<Value>,
    /// The function's result, flattened (one value per float of the return
    /// type), also the yields of `func.body`.
    pub result: Vec<Value>,
}

/// A lowered expression: a value, a tuple of them, or an option.
#[derive(Clone, Debug, PartialEq)]
enum Lv {
    One(Value),
    Tuple(Vec<Lv>),
    /// An `Option` built in the function (see `option`): a `bool` value,
    /// whether it is `Some`, and the payload, a placeholder where it is
    /// `None`. The payload is `None` while every path so far gave `None`
    /// (its shape and type are not known yet); it is filled in with
    /// placeholders where it meets a `Some`.
    Opt(Value, Option<Box<Lv>>),
}

impl Lv {
    fn flatten(&self, out: &mut Vec<Value>) {
        match self {
            Lv::One(v) => out.push(*v),
            Lv::Tuple(items) => items.iter().for_each(|i| i.flatten(out)),
            Lv::Opt(some, payload) => {
                out.push(*some);
                if let Some(p) = payload {
                    p.flatten(out);
                }
            }
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
    /// Payloads of carried options that a loop body found (see
    /// `option::learning_payloads`).
    learned: Vec<(VarId, option::Form)>,
    /// Constants bound by a pattern (`Leaky(s)`) and elements bound by a
    /// loop over a sequence: owned copies even where the original binds a
    /// reference, so `*s` is `s`.
    owned: Vec<Value>,
    /// The variables that are closures or windows rather than values.
    special: std::collections::HashMap<VarId, closure::Special>,
    /// Parameters that are sequences of structs: their elements are
    /// borrowed, not copied.
    borrowed_elems: std::collections::HashSet<Value>,
    /// Parameters of a reference to a nalgebra type (`a: &Vector3<f64>`),
    /// held as arrays: passed on as written (`g(a)`), they are passed by
    /// reference.
    na_refs: std::collections::HashSet<Value>,
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
        learned: Vec::new(),
        owned: Vec::new(),
        special: std::collections::HashMap::new(),
        borrowed_elems: std::collections::HashSet::new(),
        na_refs: std::collections::HashSet::new(),
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
    for p in &def.params {
        let tuple = matches!(p.shape, ParamShape::Tuple(_));
        let mut values = Vec::new();
        for leaf in &p.leaves {
            let name = match (&p.pat, tuple) {
                (None, false) => Some(p.ident.to_string()),
                (None, true) => Some(leaf_name(&p.ident, &leaf.path)),
                (Some(_), _) => None,
            };
            // A rotation (a constant: its type has no differentiable
            // leaf) is read as the matrix it stands for.
            let ty = match crate::nalgebra::rotation_of(&leaf.syn_ty, crate::parse::float_of_type) {
                Some((na, _)) if leaf.ty == Ty::Other => crate::parse::na_ty(&na),
                _ => leaf.ty.clone(),
            };
            let v = l.push(InstKind::Param(params.len()), ty, name, p.ident.span());
            params.push(v);
            if leaf.ty == Ty::Other && iter::struct_elements(&leaf.syn_ty) {
                l.borrowed_elems.insert(v);
            }
            if matches!(leaf.syn_ty, syn::Type::Reference(_)) && l.na_dims(v).is_some() {
                l.na_refs.insert(v);
            }
            values.push(v);
        }
        let value = match &p.shape {
            ParamShape::Leaf(_) => l.param_value(values[0], &p.syn_ty),
            shape => shape_value(shape, &values),
        };
        match &p.pat {
            // `[x, y]: [f64; 2]`: the names are bound to the elements.
            Some(pat) => l.bind_pattern(pat, value, p.ident.span()),
            None => {
                l.declare(&p.ident.to_string(), Some(value));
            }
        }
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

/// The name of the leaf of parameter `ident` at `path` (`p.1.0`), for the
/// IR's text.
fn leaf_name(ident: &Ident, path: &[usize]) -> String {
    let mut name = ident.to_string();
    for i in path {
        name.push_str(&format!(".{i}"));
    }
    name
}

/// A parameter's value from the values of its leaves.
fn shape_value(shape: &ParamShape, leaves: &[Value]) -> Lv {
    match shape {
        ParamShape::Leaf(j) => Lv::One(leaves[*j]),
        ParamShape::Tuple(items) => {
            Lv::Tuple(items.iter().map(|s| shape_value(s, leaves)).collect())
        }
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
        // An arm of a conditional forgets its variables: the number may have
        // been a closure's there.
        self.special.remove(&id);
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
            Lv::Opt(_, payload) => {
                let payload = match payload {
                    Some(p) => Some(Box::new(self.placeholder_like(p, span)?)),
                    None => None,
                };
                Some(Lv::Opt(self.literal_bool(false), payload))
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
}

/// The shape of the tuple a call returns, as its destructuring pattern
/// shows it (a `..` hides it: the call is then one value).
fn pattern_shape(p: &Pattern) -> Shape {
    match p {
        Pattern::Tuple(items) if !items.iter().any(|i| matches!(i, Pattern::Rest(_))) => {
            Shape::Tuple(items.iter().map(pattern_shape).collect())
        }
        _ => Shape::Leaf,
    }
}

fn rebuild_shape(shape: &Shape, flat: &mut impl Iterator<Item = Value>) -> Lv {
    match shape {
        Shape::Leaf => Lv::One(flat.next().unwrap_or(Value(0))),
        Shape::Tuple(items) => Lv::Tuple(items.iter().map(|i| rebuild_shape(i, flat)).collect()),
    }
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
        Pattern::Ident(id) | Pattern::At(id, _) => id.span(),
        Pattern::Tuple(items) | Pattern::Or(items) => {
            items.first().map_or_else(Span::call_site, pattern_span)
        }
        Pattern::Ref(p) => pattern_span(p),
        Pattern::Rest(s)
        | Pattern::Slice(_, s)
        | Pattern::Range { span: s, .. }
        | Pattern::Some(_, s)
        | Pattern::None(s) => *s,
        Pattern::Lit(l) => l.span(),
        Pattern::Const { pat, .. } => syn::spanned::Spanned::span(pat),
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
        | Expr::TupleField(_, _, _, s)
        | Expr::Component(_, _, _, s)
        | Expr::NaRef(_, _, s)
        | Expr::TupleWith(_, _, _, s)
        | Expr::Match { span: s, .. }
        | Expr::OptSome(_, s)
        | Expr::OptNone(s)
        | Expr::For { span: s, .. }
        | Expr::While { span: s, .. }
        | Expr::Loop(_, s)
        | Expr::Break(s)
        | Expr::Continue(s)
        | Expr::Seq(_, s) => *s,
        Expr::Call(c) => c.span,
        Expr::Closure(c) => c.span,
        Expr::Chain(c) => c.span,
        Expr::Block(_) => Span::call_site(),
    }
}
