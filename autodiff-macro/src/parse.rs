//! Parse and validate: the `syn` syntax tree of the annotated function to the
//! crate's own [`crate::ast`]. Every construct the later stages do not
//! handle is rejected here with an error on its span that says what to write
//! instead; errors are collected, not returned at the first one.

use crate::ast::{
    Block, CallArg, CallExpr, Callee, Expr, FnDef, ForIter, ForPat, Param, Pattern, RetTy, Stmt,
};
use crate::attr::Options;
use crate::diag::Errors;
use crate::lang::{BinOp, CastTarget, FloatTy, Len, MathFn, OpaqueKind, Ty, UnOp};
use crate::math;
use proc_macro2::{Ident, Span};
use quote::ToTokens;
use syn::spanned::Spanned;

/// Parses `item` (a free function or a method) into an [`FnDef`]. Returns
/// `None` when the signature itself is unusable; body errors are recorded in
/// `errors` but still give an `FnDef` (so companions with the right
/// signatures can be emitted behind the errors).
pub fn parse_fn(item: &syn::ItemFn, opts: &Options, errors: &mut Errors) -> Option<FnDef> {
    let sig = &item.sig;
    check_signature_flags(sig, errors);
    let mut has_receiver = false;
    let mut params = Vec::new();
    let mut sig_ok = true;
    for arg in &sig.inputs {
        match arg {
            syn::FnArg::Receiver(_) => has_receiver = true,
            syn::FnArg::Typed(pt) => match param_of(pt, errors) {
                Some(p) => params.push(p),
                None => sig_ok = false,
            },
        }
    }
    apply_wrt(&mut params, opts, sig, errors);
    if opts.wrt.is_none() {
        reject_hidden_floats(&params, sig, errors);
    }
    let ret = return_type(sig, errors);
    if params.iter().all(|p| !p.differentiable) && sig_ok && opts.wrt.is_none() {
        errors.push(
            sig.ident.span(),
            format!(
                "`{}` has no differentiable parameter: #[differentiate] needs at least one \
                 parameter of type `f64` or `f32`",
                sig.ident
            ),
        );
    }
    // A function with a user-written rule is never differentiated: its body
    // is not read.
    let body = if opts.custom {
        Block {
            stmts: vec![],
            tail: None,
        }
    } else {
        let mut body = Parser { errors }.block(&item.block);
        tailify(&mut body);
        body
    };
    Some(FnDef {
        vis: item.vis.clone(),
        sig: sig.clone(),
        has_receiver,
        params,
        ret: ret?,
        body,
    })
    .filter(|_| sig_ok)
}

fn check_signature_flags(sig: &syn::Signature, errors: &mut Errors) {
    if let Some(t) = &sig.asyncness {
        errors.push(
            t.span,
            "#[differentiate] does not support `async fn`: differentiate a synchronous \
             function and call it from async code",
        );
    }
    if let Some(t) = &sig.unsafety {
        errors.push(
            t.span,
            "#[differentiate] does not support `unsafe fn`: keep the unsafe code in a separate \
             function and pass its result in as a parameter",
        );
    }
    if let Some(v) = &sig.variadic {
        errors.push_spanned(v, "variadic functions cannot be differentiated");
    }
}

/// A parameter whose type holds floats that the macro cannot differentiate
/// (`Vector3<f64>`, `Option<f64>`, `(f64, usize)`, a `T: Float`) would
/// silently be a constant: without `wrt(..)` that is an error that asks the
/// user to state which parameters to differentiate.
fn reject_hidden_floats(params: &[Param], sig: &syn::Signature, errors: &mut Errors) {
    let float_generics = float_type_params(&sig.generics);
    let differentiable: Vec<String> = params
        .iter()
        .filter(|p| p.differentiable)
        .map(|p| p.ident.to_string())
        .collect();
    for p in params.iter().filter(|p| !p.ty.is_differentiable()) {
        if !holds_float(&p.syn_ty, &float_generics) {
            continue;
        }
        let hint = if differentiable.is_empty() {
            String::new()
        } else {
            format!(
                "; to differentiate the other parameters and keep `{}` a constant, write \
                 `#[differentiate(wrt({}))]`",
                p.ident,
                differentiable.join(", ")
            )
        };
        errors.push_spanned(
            &p.syn_ty,
            format!(
                "parameter `{}`: `{}` holds floats, but #[differentiate] cannot differentiate \
                 values of this type (it differentiates `f64`, `f32`, arrays of them, `&[f64]` \
                 and `&Vec<f64>`), so `{}` would silently get no gradient{hint}",
                p.ident,
                type_text(&p.syn_ty),
                p.ident,
            ),
        );
    }
}

/// The type parameters bounded by a float trait (`T: Float`, `T: FloatCore`,
/// `T: Real`), directly or in the `where` clause.
fn float_type_params(generics: &syn::Generics) -> Vec<Ident> {
    let is_float_bound = |b: &syn::TypeParamBound| match b {
        syn::TypeParamBound::Trait(t) => t.path.segments.last().is_some_and(|s| {
            matches!(s.ident.to_string().as_str(), "Float" | "FloatCore" | "Real")
        }),
        _ => false,
    };
    let mut out: Vec<Ident> = generics
        .type_params()
        .filter(|t| t.bounds.iter().any(is_float_bound))
        .map(|t| t.ident.clone())
        .collect();
    if let Some(w) = &generics.where_clause {
        for pred in &w.predicates {
            if let syn::WherePredicate::Type(pt) = pred {
                if let syn::Type::Path(tp) = &pt.bounded_ty {
                    if let Some(id) = tp.path.get_ident() {
                        if pt.bounds.iter().any(is_float_bound) && !out.contains(id) {
                            out.push(id.clone());
                        }
                    }
                }
            }
        }
    }
    out
}

/// Whether a type mentions a float (`f64`, `f32` or a float type parameter)
/// as data: inside a closure's or function pointer's signature a float is
/// not data the function holds.
fn holds_float(ty: &syn::Type, float_generics: &[Ident]) -> bool {
    struct Find<'a> {
        found: bool,
        generics: &'a [Ident],
    }
    impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
        fn visit_path(&mut self, p: &'ast syn::Path) {
            if let Some(id) = p.get_ident() {
                if id == "f64" || id == "f32" || self.generics.contains(id) {
                    self.found = true;
                }
            }
            syn::visit::visit_path(self, p);
        }
        fn visit_parenthesized_generic_arguments(
            &mut self,
            _: &'ast syn::ParenthesizedGenericArguments,
        ) {
            // `Fn(f64) -> f64`: a signature, not data.
        }
        fn visit_type_bare_fn(&mut self, _: &'ast syn::TypeBareFn) {}
    }
    let mut f = Find {
        found: false,
        generics: float_generics,
    };
    syn::visit::Visit::visit_type(&mut f, ty);
    f.found
}

/// Classifies one typed parameter.
fn param_of(pt: &syn::PatType, errors: &mut Errors) -> Option<Param> {
    let ident = match &*pt.pat {
        syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => pi.ident.clone(),
        other => {
            errors.push_spanned(
                other,
                "#[differentiate] needs a plain name for each parameter: write `name: Type` \
                 and destructure inside the body",
            );
            return None;
        }
    };
    let ty = match param_type(&pt.ty) {
        Ok(ty) => ty,
        Err(msg) => {
            errors.push_spanned(&pt.ty, format!("parameter `{ident}`: {msg}"));
            return None;
        }
    };
    let differentiable = ty.is_differentiable();
    if differentiable && matches!(ty, Ty::Vec(_)) && !is_shared_ref(&pt.ty) {
        errors.push_spanned(
            &pt.ty,
            format!(
                "parameter `{ident}`: take a sequence of floats as `&[f64]` or `&Vec<f64>` \
                 (by shared reference)"
            ),
        );
        return None;
    }
    Some(Param {
        ident,
        ty,
        syn_ty: (*pt.ty).clone(),
        differentiable,
    })
}

/// The IR type of a parameter type, or why it is rejected.
fn param_type(ty: &syn::Type) -> Result<Ty, String> {
    if let syn::Type::Reference(r) = ty {
        if r.mutability.is_some() {
            return Err(format!(
                "`{}` is a mutable reference, which #[differentiate] does not support: take the \
                 value and return the result instead",
                type_text(ty)
            ));
        }
        if float_of_type(&r.elem).is_some() {
            return Err(format!(
                "`{}` is a reference to a float: take the float by value (`{}`)",
                type_text(ty),
                type_text(&r.elem)
            ));
        }
    }
    Ok(value_type(ty))
}

/// A type as the user wrote it, for messages.
pub fn type_text(ty: &syn::Type) -> String {
    // Token text with a space only where two words meet (`&mut f64`,
    // `[f64; 3]`, `Vec<f64>`).
    let mut out = String::new();
    for tok in ty.to_token_stream().to_string().split(' ') {
        let word =
            |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'');
        if word(out.chars().last()) && word(tok.chars().next()) || out.ends_with([';', ',']) {
            out.push(' ');
        }
        out.push_str(tok);
    }
    out
}

/// The IR type of a type as written: floats, arrays and sequences of them
/// (through `&`), integers and `bool`; anything else is `Other`.
pub fn value_type(ty: &syn::Type) -> Ty {
    match ty {
        syn::Type::Reference(r) => match &*r.elem {
            // `&[T]` and `&Vec<T>` are read-only sequences.
            syn::Type::Slice(s) => seq_of(value_type(&s.elem)),
            other => value_type(other),
        },
        syn::Type::Array(a) => match value_type(&a.elem) {
            Ty::Other => Ty::Other,
            elem => Ty::Array(Box::new(elem), Len(a.len.to_token_stream())),
        },
        syn::Type::Paren(p) => value_type(&p.elem),
        syn::Type::Group(g) => value_type(&g.elem),
        syn::Type::Path(p) => {
            if let Some(last) = p.path.segments.last() {
                if last.ident == "Vec" {
                    if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                        if let Some(syn::GenericArgument::Type(t)) = args.args.first() {
                            return seq_of(value_type(t));
                        }
                    }
                }
            }
            scalar_type(ty)
        }
        _ => Ty::Other,
    }
}

fn seq_of(elem: Ty) -> Ty {
    match elem {
        Ty::Other => Ty::Other,
        e => Ty::Vec(Box::new(e)),
    }
}

fn is_shared_ref(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Reference(r) if r.mutability.is_none())
}

/// The float width named by a type (`f64`, `f32`), if it is one.
pub fn float_of_type(ty: &syn::Type) -> Option<FloatTy> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            let seg = p.path.segments.last()?;
            let prim = p.path.segments.len() == 1
                || p.path
                    .segments
                    .iter()
                    .take(p.path.segments.len() - 1)
                    .all(|s| matches!(s.ident.to_string().as_str(), "core" | "std" | "primitive"));
            if !prim || !seg.arguments.is_empty() {
                return None;
            }
            match seg.ident.to_string().as_str() {
                "f64" => Some(FloatTy::F64),
                "f32" => Some(FloatTy::F32),
                _ => None,
            }
        }
        syn::Type::Paren(p) => float_of_type(&p.elem),
        syn::Type::Group(g) => float_of_type(&g.elem),
        _ => None,
    }
}

/// The IR type of a scalar type as written.
fn scalar_type(ty: &syn::Type) -> Ty {
    if let Some(f) = float_of_type(ty) {
        return Ty::Float(f);
    }
    if let syn::Type::Path(p) = ty {
        if p.qself.is_none() && p.path.segments.len() == 1 {
            let name = p.path.segments[0].ident.to_string();
            return match name.as_str() {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                | "u128" | "usize" => Ty::Int,
                "bool" => Ty::Bool,
                _ => Ty::Other,
            };
        }
    }
    Ty::Other
}

fn apply_wrt(params: &mut [Param], opts: &Options, sig: &syn::Signature, errors: &mut Errors) {
    let Some(wrt) = &opts.wrt else { return };
    for name in wrt {
        match params.iter().find(|p| p.ident == *name) {
            None => {
                let floats: Vec<String> = params
                    .iter()
                    .filter(|p| p.ty.is_differentiable())
                    .map(|p| format!("`{}`", p.ident))
                    .collect();
                errors.push(
                    name.span(),
                    format!(
                        "`wrt({name})`: `{}` has no parameter named `{name}`; its differentiable \
                         parameters are {}",
                        sig.ident,
                        floats.join(", ")
                    ),
                );
            }
            Some(p) if !p.ty.is_differentiable() => errors.push(
                name.span(),
                format!(
                    "`wrt({name})`: parameter `{name}` is not a float, so it has no derivative"
                ),
            ),
            Some(_) => {}
        }
    }
    for p in params.iter_mut() {
        p.differentiable = p.differentiable && wrt.contains(&p.ident);
    }
    if wrt.is_empty() {
        errors.push(
            sig.ident.span(),
            "`wrt()` names no parameter: list the parameters to differentiate, e.g. `wrt(x)`",
        );
    }
}

fn return_type(sig: &syn::Signature, errors: &mut Errors) -> Option<RetTy> {
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        errors.push(
            sig.ident.span(),
            format!(
                "`{}` returns nothing, so there is nothing to differentiate: return a float \
                 (`-> f64`), an array or `Vec` of floats, or a tuple of them",
                sig.ident
            ),
        );
        return None;
    };
    let returnable = |t: &syn::Type| {
        let ty = value_type(t);
        let owned = !matches!(t, syn::Type::Reference(_));
        (owned && ty.is_differentiable()).then_some(ty)
    };
    if let Some(t) = returnable(ty) {
        return Some(RetTy::One(t));
    }
    if let syn::Type::Tuple(t) = &**ty {
        let items: Option<Vec<Ty>> = t.elems.iter().map(returnable).collect();
        if let Some(items) = items.filter(|i| !i.is_empty()) {
            return Some(RetTy::Tuple(items));
        }
    }
    errors.push_spanned(
        ty,
        format!(
            "return type `{}` cannot be differentiated: return a float (`f64` or `f32`), an \
             array or `Vec` of floats, or a tuple of them",
            type_text(ty)
        ),
    );
    None
}

/// Converts statements and expressions, recording errors.
struct Parser<'a> {
    errors: &'a mut Errors,
}

impl Parser<'_> {
    fn block(&mut self, block: &syn::Block) -> Block {
        let mut stmts = Vec::new();
        let mut tail = None;
        let n = block.stmts.len();
        for (i, stmt) in block.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(local) => {
                    if let Some(s) = self.local(local) {
                        stmts.push(s);
                    }
                }
                syn::Stmt::Item(item) => self.errors.push_spanned(
                    item,
                    "items (functions, structs, `use`, ...) inside a differentiated function are \
                     not supported: move them outside the function",
                ),
                syn::Stmt::Macro(m) => self.reject_macro(&m.mac),
                syn::Stmt::Expr(e, semi) => {
                    if semi.is_none() && i + 1 == n {
                        if let Some(s) = self.assignment(e) {
                            stmts.push(s);
                        } else if let Some(e) = self.expr(e) {
                            tail = Some(Box::new(e));
                        }
                    } else if let Some(s) = self.assignment(e) {
                        stmts.push(s);
                    } else if let Some(e) = self.expr(e) {
                        stmts.push(Stmt::Expr(e));
                    }
                }
            }
        }
        Block { stmts, tail }
    }

    fn local(&mut self, local: &syn::Local) -> Option<Stmt> {
        if let Some(init) = &local.init {
            if let Some((_, diverge)) = &init.diverge {
                self.errors.push_spanned(
                    diverge,
                    "`let ... else` is not supported in a differentiated function: use `if` / \
                     `else`",
                );
                return None;
            }
        }
        let (pat, ty) = match &local.pat {
            syn::Pat::Type(pt) => (&*pt.pat, Some(value_type(&pt.ty))),
            p => (p, None),
        };
        let pat = self.pattern(pat)?;
        let init = match &local.init {
            Some(init) => Some(self.expr(&init.expr)?),
            None => None,
        };
        Some(Stmt::Let { pat, ty, init })
    }

    fn pattern(&mut self, pat: &syn::Pat) -> Option<Pattern> {
        match pat {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                Some(Pattern::Ident(pi.ident.clone()))
            }
            syn::Pat::Wild(_) => Some(Pattern::Wild),
            syn::Pat::Tuple(t) => {
                let items: Option<Vec<Pattern>> = t.elems.iter().map(|p| self.pattern(p)).collect();
                items.map(Pattern::Tuple)
            }
            syn::Pat::Paren(p) => self.pattern(&p.pat),
            other => {
                self.errors.push_spanned(
                    other,
                    "this pattern is not supported in a differentiated function: bind a plain \
                     name (`let x = ...`) or a tuple of names (`let (a, b) = ...`)",
                );
                None
            }
        }
    }

    /// `x = e` and `x op= e` statements.
    fn assignment(&mut self, e: &syn::Expr) -> Option<Stmt> {
        let (lhs, op, rhs, span) = match e {
            syn::Expr::Assign(a) => (&*a.left, None, &*a.right, a.span()),
            syn::Expr::Binary(b) => {
                let op = match b.op {
                    syn::BinOp::AddAssign(_) => BinOp::Add,
                    syn::BinOp::SubAssign(_) => BinOp::Sub,
                    syn::BinOp::MulAssign(_) => BinOp::Mul,
                    syn::BinOp::DivAssign(_) => BinOp::Div,
                    syn::BinOp::RemAssign(_) => BinOp::Rem,
                    syn::BinOp::BitAndAssign(_) => BinOp::BitAnd,
                    syn::BinOp::BitOrAssign(_) => BinOp::BitOr,
                    syn::BinOp::BitXorAssign(_) => BinOp::BitXor,
                    syn::BinOp::ShlAssign(_) => BinOp::Shl,
                    syn::BinOp::ShrAssign(_) => BinOp::Shr,
                    _ => return None,
                };
                (&*b.left, Some(op), &*b.right, b.span())
            }
            _ => return None,
        };
        let mut path = Vec::new();
        let mut place = strip_parens(lhs);
        while let syn::Expr::Index(ix) = place {
            path.push(self.expr(&ix.index));
            place = strip_parens(&ix.expr);
        }
        path.reverse();
        let path: Option<Vec<Expr>> = path.into_iter().collect();
        let target = match place {
            syn::Expr::Path(p) if p.path.get_ident().is_some() && p.qself.is_none() => {
                p.path.get_ident().cloned()
            }
            other => {
                self.errors.push_spanned(
                    other,
                    "only local variables can be assigned in a differentiated function: \
                     compute the new value into a local with `let`",
                );
                None
            }
        };
        let value = self.expr(rhs);
        Some(match (target, value, path) {
            (Some(target), Some(value), Some(path)) => Stmt::Assign {
                target,
                path,
                op,
                value,
                span,
            },
            // The error is recorded; an empty expression statement keeps the
            // rest of the block checkable.
            _ => Stmt::Expr(Expr::Block(Block {
                stmts: vec![],
                tail: None,
            })),
        })
    }

    fn boxed(&mut self, e: &syn::Expr) -> Option<Box<Expr>> {
        self.expr(e).map(Box::new)
    }

    fn expr(&mut self, e: &syn::Expr) -> Option<Expr> {
        let span = e.span();
        match e {
            syn::Expr::Lit(l) => Some(Expr::Lit(l.lit.clone(), lit_type(&l.lit))),
            syn::Expr::Paren(p) => self.expr(&p.expr),
            syn::Expr::Group(g) => self.expr(&g.expr),
            syn::Expr::Path(p) => {
                if p.qself.is_none() {
                    if let Some(id) = p.path.get_ident() {
                        return Some(Expr::Var(id.clone()));
                    }
                }
                self.opaque(e, OpaqueKind::Other("path"))
            }
            syn::Expr::Unary(u) => {
                let op = match u.op {
                    syn::UnOp::Neg(_) => UnOp::Neg,
                    syn::UnOp::Not(_) => UnOp::Not,
                    _ => return Some(Expr::Deref(self.boxed(&u.expr)?, span)),
                };
                Some(Expr::Unary(op, self.boxed(&u.expr)?, span))
            }
            syn::Expr::Binary(b) => self.binary(b, span),
            syn::Expr::Cast(c) => {
                let inner = self.boxed(&c.expr)?;
                let target = CastTarget {
                    tokens: c.ty.to_token_stream(),
                    ty: scalar_type(&c.ty),
                };
                Some(Expr::Cast(inner, target, span))
            }
            syn::Expr::MethodCall(m) => self.method_call(m, e, span),
            syn::Expr::Call(c) => self.call(c, e, span),
            syn::Expr::Block(b) => {
                if let Some(label) = &b.label {
                    self.errors.push_spanned(
                        label,
                        "labelled blocks are not supported in a differentiated function",
                    );
                }
                Some(Expr::Block(self.block(&b.block)))
            }
            syn::Expr::If(i) => self.if_expr(i, span),
            syn::Expr::Return(r) => {
                let value = match &r.expr {
                    Some(v) => Some(self.boxed(v)?),
                    None => None,
                };
                Some(Expr::Return(value, span))
            }
            syn::Expr::Tuple(t) => {
                let items: Option<Vec<Expr>> = t.elems.iter().map(|x| self.expr(x)).collect();
                Some(Expr::Tuple(items?, span))
            }
            syn::Expr::Index(_) => {
                let mut path = Vec::new();
                let mut base = e;
                while let syn::Expr::Index(ix) = strip_parens(base) {
                    path.push(self.expr(&ix.index));
                    base = &ix.expr;
                }
                path.reverse();
                let path: Option<Vec<Expr>> = path.into_iter().collect();
                let base = self.boxed(base);
                Some(Expr::Index(base?, path?, span))
            }
            syn::Expr::Array(a) => {
                let items: Option<Vec<Expr>> = a.elems.iter().map(|x| self.expr(x)).collect();
                Some(Expr::ArrayLit(items?, span))
            }
            syn::Expr::Repeat(r) => Some(Expr::Repeat(
                self.boxed(&r.expr)?,
                r.len.to_token_stream(),
                span,
            )),
            syn::Expr::Macro(m) if m.mac.path.is_ident("vec") => self.vec_macro(&m.mac, span),
            syn::Expr::ForLoop(f) => self.for_loop(f, span),
            syn::Expr::While(w) => {
                if let Some(label) = &w.label {
                    self.errors.push_spanned(label, LABEL_MSG);
                }
                if let syn::Expr::Let(l) = &*w.cond {
                    self.errors.push_spanned(
                        l,
                        "`while let` is not supported in a differentiated function: use \
                         `while` with a condition",
                    );
                    return None;
                }
                let cond = self.boxed(&w.cond);
                let body = self.block(&w.body);
                Some(Expr::While {
                    cond: cond?,
                    body,
                    span,
                })
            }
            syn::Expr::Loop(l) => {
                if let Some(label) = &l.label {
                    self.errors.push_spanned(label, LABEL_MSG);
                }
                Some(Expr::Loop(self.block(&l.body), span))
            }
            syn::Expr::Break(b) => {
                if b.label.is_some() || b.expr.is_some() {
                    self.errors.push_spanned(
                        b,
                        "`break` with a label or a value is not supported in a differentiated \
                         function: use a plain `break` and assign the value to a variable first",
                    );
                    return None;
                }
                Some(Expr::Break(span))
            }
            syn::Expr::Continue(c) => {
                if c.label.is_some() {
                    self.errors.push_spanned(c, LABEL_MSG);
                    return None;
                }
                Some(Expr::Continue(span))
            }
            syn::Expr::Field(_)
            | syn::Expr::Reference(_)
            | syn::Expr::Struct(_)
            | syn::Expr::Range(_) => self.opaque(e, OpaqueKind::Other(kind_name(e))),
            other => {
                self.reject(other);
                None
            }
        }
    }

    fn binary(&mut self, b: &syn::ExprBinary, span: Span) -> Option<Expr> {
        let op = match b.op {
            syn::BinOp::And(_) => {
                let (l, r) = (self.boxed(&b.left), self.boxed(&b.right));
                return Some(Expr::And(l?, r?, span));
            }
            syn::BinOp::Or(_) => {
                let (l, r) = (self.boxed(&b.left), self.boxed(&b.right));
                return Some(Expr::Or(l?, r?, span));
            }
            syn::BinOp::Add(_) => BinOp::Add,
            syn::BinOp::Sub(_) => BinOp::Sub,
            syn::BinOp::Mul(_) => BinOp::Mul,
            syn::BinOp::Div(_) => BinOp::Div,
            syn::BinOp::Rem(_) => BinOp::Rem,
            syn::BinOp::Eq(_) => BinOp::Eq,
            syn::BinOp::Ne(_) => BinOp::Ne,
            syn::BinOp::Lt(_) => BinOp::Lt,
            syn::BinOp::Le(_) => BinOp::Le,
            syn::BinOp::Gt(_) => BinOp::Gt,
            syn::BinOp::Ge(_) => BinOp::Ge,
            syn::BinOp::BitAnd(_) => BinOp::BitAnd,
            syn::BinOp::BitOr(_) => BinOp::BitOr,
            syn::BinOp::BitXor(_) => BinOp::BitXor,
            syn::BinOp::Shl(_) => BinOp::Shl,
            syn::BinOp::Shr(_) => BinOp::Shr,
            _ => {
                self.errors.push(
                    span,
                    "a compound assignment is only supported as a statement (`x += e;`)",
                );
                return None;
            }
        };
        let (l, r) = (self.boxed(&b.left), self.boxed(&b.right));
        Some(Expr::Binary(op, l?, r?, span))
    }

    fn method_call(&mut self, m: &syn::ExprMethodCall, e: &syn::Expr, span: Span) -> Option<Expr> {
        let name = m.method.to_string();
        if name == "len" && m.args.is_empty() && m.turbofish.is_none() {
            return Some(Expr::Len(self.boxed(&m.receiver)?, span));
        }
        if name == "is_empty" && m.args.is_empty() && m.turbofish.is_none() {
            // `x.is_empty()` is `x.len() == 0`: a constant like `len()`.
            let len = Expr::Len(self.boxed(&m.receiver)?, span);
            let zero = syn::Lit::Int(syn::LitInt::new("0", span));
            return Some(Expr::Binary(
                BinOp::Eq,
                Box::new(len),
                Box::new(Expr::Lit(zero, Ty::Int)),
                span,
            ));
        }
        let Some(info) = math::lookup(&name) else {
            if math::SEQUENCE_METHODS.contains(&name.as_str()) {
                return self.opaque(e, OpaqueKind::Method(name));
            }
            // A method that may have derivative companions (`self.g(x)`).
            let recv = self.boxed(&m.receiver);
            let args = self.call_args(&m.args);
            return Some(Expr::Call(Box::new(CallExpr {
                callee: Callee::Method {
                    recv: recv?,
                    name: m.method.clone(),
                    turbofish: m.turbofish.clone(),
                },
                args: args?,
                span,
                source: e.to_token_stream(),
            })));
        };
        if m.turbofish.is_some() {
            return self.opaque(e, OpaqueKind::Method(name));
        }
        if m.args.len() + 1 != info.arity() {
            self.errors.push(
                m.method.span(),
                format!(
                    "`{name}` takes {} besides the receiver, found {}",
                    arguments(info.arity() - 1),
                    m.args.len()
                ),
            );
            return None;
        }
        let mut args = vec![self.expr(&m.receiver)];
        args.extend(m.args.iter().map(|a| self.expr(a)));
        let args: Option<Vec<Expr>> = args.into_iter().collect();
        Some(Expr::Math(MathFn(info), args?, None, span))
    }

    fn call(&mut self, c: &syn::ExprCall, e: &syn::Expr, span: Span) -> Option<Expr> {
        let path_name = match &*c.func {
            syn::Expr::Path(p) => p.path.to_token_stream().to_string().replace(' ', ""),
            _ => return self.opaque(e, OpaqueKind::Other("call")),
        };
        // `f64::sin(x)`, `f32::powf(x, y)`: the path form of a float method.
        if let syn::Expr::Path(p) = &*c.func {
            let segs = &p.path.segments;
            if p.qself.is_none() && segs.len() == 2 {
                let ty = match segs[0].ident.to_string().as_str() {
                    "f64" => Some(FloatTy::F64),
                    "f32" => Some(FloatTy::F32),
                    _ => None,
                };
                if let (Some(ty), Some(info)) = (ty, math::lookup(&segs[1].ident.to_string())) {
                    if c.args.len() != info.arity() {
                        self.errors.push(
                            span,
                            format!(
                                "`{path_name}` takes {}, found {}",
                                arguments(info.arity()),
                                c.args.len()
                            ),
                        );
                        return None;
                    }
                    let args: Option<Vec<Expr>> = c.args.iter().map(|a| self.expr(a)).collect();
                    return Some(Expr::Math(MathFn(info), args?, Some(ty), span));
                }
            }
        }
        match &*c.func {
            // Functions of std and of the primitive types have no companions.
            syn::Expr::Path(p)
                if p.qself.is_none()
                    && !p.path.segments.first().is_some_and(|s| {
                        matches!(
                            s.ident.to_string().as_str(),
                            "std"
                                | "core"
                                | "alloc"
                                | "f64"
                                | "f32"
                                | "i32"
                                | "i64"
                                | "u32"
                                | "u64"
                                | "usize"
                                | "isize"
                                | "Vec"
                                | "Some"
                                | "Ok"
                                | "Err"
                                | "Box"
                                | "String"
                        )
                    }) =>
            {
                let args = self.call_args(&c.args);
                Some(Expr::Call(Box::new(CallExpr {
                    callee: Callee::Path(p.clone()),
                    args: args?,
                    span,
                    source: e.to_token_stream(),
                })))
            }
            _ => self.opaque(e, OpaqueKind::Call(path_name)),
        }
    }

    fn call_args(
        &mut self,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Option<Vec<CallArg>> {
        let args: Vec<Option<CallArg>> = args
            .iter()
            .map(|a| match strip_parens(a) {
                syn::Expr::Reference(r) if r.mutability.is_none() => Some(CallArg {
                    expr: self.expr(&r.expr)?,
                    by_ref: true,
                }),
                syn::Expr::Reference(r) => {
                    self.errors.push_spanned(
                        r,
                        "passing `&mut` to a function is not supported in a differentiated \
                         function: pass the value and return the result instead",
                    );
                    None
                }
                other => Some(CallArg {
                    expr: self.expr(other)?,
                    by_ref: false,
                }),
            })
            .collect();
        args.into_iter().collect()
    }

    fn if_expr(&mut self, i: &syn::ExprIf, span: Span) -> Option<Expr> {
        if let syn::Expr::Let(l) = &*i.cond {
            self.errors.push_spanned(
                l,
                "`if let` is not supported in a differentiated function: test the value with a \
                 comparison and use `if` / `else`",
            );
            return None;
        }
        let cond = self.boxed(&i.cond);
        let then_block = self.block(&i.then_branch);
        let else_branch = match &i.else_branch {
            Some((_, e)) => Some(self.boxed(e)?),
            None => None,
        };
        Some(Expr::If {
            cond: cond?,
            then_block,
            else_branch,
            span,
        })
    }

    /// An expression kept as written: checks that nothing inside it needs
    /// the transforms (no closures, blocks, macros) and collects the local
    /// names it reads.
    fn opaque(&mut self, e: &syn::Expr, kind: OpaqueKind) -> Option<Expr> {
        let mut scan = OpaqueScan {
            free: Vec::new(),
            bad: None,
        };
        syn::visit::Visit::visit_expr(&mut scan, e);
        if let Some(bad) = scan.bad {
            self.reject(&bad);
            return None;
        }
        Some(Expr::Opaque {
            expr: e.clone(),
            free: scan.free,
            kind,
            span: e.span(),
        })
    }

    /// `vec![v; n]`.
    fn vec_macro(&mut self, mac: &syn::Macro, span: Span) -> Option<Expr> {
        let tokens = &mac.tokens;
        if let Ok(r) = syn::parse2::<syn::ExprRepeat>(quote::quote!([#tokens])) {
            let (v, n) = (self.boxed(&r.expr), self.boxed(&r.len));
            return Some(Expr::VecRepeat(v?, n?, span));
        }
        self.errors.push_spanned(
            mac,
            "only `vec![value; n]` is supported in a differentiated function: create the \
             vector with `vec![0.0; n]` and assign its elements",
        );
        None
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop, span: Span) -> Option<Expr> {
        if let Some(label) = &f.label {
            self.errors.push_spanned(label, LABEL_MSG);
        }
        let checkpoint = self.checkpoint(&f.attrs);
        let pat = self.for_pat(&f.pat);
        let iter = self.for_iter(&f.expr);
        let body = self.block(&f.body);
        Some(Expr::For {
            pat: pat?,
            iter: iter?,
            body,
            span,
            checkpoint,
        })
    }

    /// `#[checkpoint]` or `#[checkpoint(every = K)]` among a loop's
    /// attributes.
    fn checkpoint(&mut self, attrs: &[syn::Attribute]) -> Option<crate::lang::Checkpoint> {
        let attr = attrs.iter().find(|a| a.path().is_ident("checkpoint"))?;
        let span = attr.path().segments[0].ident.span();
        match &attr.meta {
            syn::Meta::Path(_) => Some(crate::lang::Checkpoint { every: None, span }),
            syn::Meta::List(list) => {
                let parsed = list.parse_args_with(|input: syn::parse::ParseStream<'_>| {
                    let key: syn::Ident = input.parse()?;
                    if key != "every" {
                        return Err(syn::Error::new(key.span(), "expected `every = K`"));
                    }
                    input.parse::<syn::Token![=]>()?;
                    input.parse::<syn::Expr>()
                });
                match parsed {
                    Ok(e) => Some(crate::lang::Checkpoint {
                        every: Some(e.to_token_stream()),
                        span,
                    }),
                    Err(e) => {
                        self.errors.push(
                            e.span(),
                            "write `#[checkpoint]` (snapshots every √n iterations) or \
                             `#[checkpoint(every = K)]`",
                        );
                        None
                    }
                }
            }
            syn::Meta::NameValue(_) => {
                self.errors.push_spanned(
                    attr,
                    "write `#[checkpoint]` (snapshots every √n iterations) or \
                     `#[checkpoint(every = K)]`",
                );
                None
            }
        }
    }

    fn for_pat(&mut self, p: &syn::Pat) -> Option<ForPat> {
        match p {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                Some(ForPat::Ident(pi.ident.clone()))
            }
            syn::Pat::Wild(_) => Some(ForPat::Wild),
            syn::Pat::Reference(r) => match &*r.pat {
                syn::Pat::Ident(pi) => Some(ForPat::Ref(pi.ident.clone())),
                syn::Pat::Wild(_) => Some(ForPat::Wild),
                _ => self.bad_for_pat(p),
            },
            syn::Pat::Tuple(t) if t.elems.len() == 2 => {
                let a = self.for_pat(&t.elems[0]);
                let b = self.for_pat(&t.elems[1]);
                Some(ForPat::Pair(Box::new(a?), Box::new(b?)))
            }
            syn::Pat::Paren(pp) => self.for_pat(&pp.pat),
            _ => self.bad_for_pat(p),
        }
    }

    fn bad_for_pat(&mut self, p: &syn::Pat) -> Option<ForPat> {
        self.errors.push_spanned(
            p,
            "this loop pattern is not supported: write `i`, `v`, `&v`, `(i, v)` or `(i, &v)`",
        );
        None
    }

    fn for_iter(&mut self, e: &syn::Expr) -> Option<ForIter> {
        match strip_parens(e) {
            syn::Expr::Range(r) => self.range(r, false),
            syn::Expr::MethodCall(m) if m.method == "rev" && m.args.is_empty() => {
                match strip_parens(&m.receiver) {
                    syn::Expr::Range(r) => self.range(r, true),
                    _ => self.bad_iter(e),
                }
            }
            syn::Expr::MethodCall(m) if m.method == "enumerate" && m.args.is_empty() => {
                match strip_parens(&m.receiver) {
                    syn::Expr::MethodCall(inner)
                        if inner.method == "iter" && inner.args.is_empty() =>
                    {
                        Some(ForIter::Elements {
                            seq: self.boxed(&inner.receiver)?,
                            enumerate: true,
                        })
                    }
                    _ => self.bad_iter(e),
                }
            }
            syn::Expr::MethodCall(m) if m.method == "iter" && m.args.is_empty() => {
                Some(ForIter::Elements {
                    seq: self.boxed(&m.receiver)?,
                    enumerate: false,
                })
            }
            syn::Expr::Path(_) => Some(ForIter::Elements {
                seq: self.boxed(e)?,
                enumerate: false,
            }),
            syn::Expr::Reference(r) if r.mutability.is_none() => Some(ForIter::Elements {
                seq: self.boxed(&r.expr)?,
                enumerate: false,
            }),
            _ => self.bad_iter(e),
        }
    }

    fn range(&mut self, r: &syn::ExprRange, reversed: bool) -> Option<ForIter> {
        let (Some(lo), Some(hi)) = (&r.start, &r.end) else {
            self.errors.push_spanned(
                r,
                "a loop range needs both ends (`a..b` or `a..=b`): use `while` with a \
                 condition for a loop without a bound",
            );
            return None;
        };
        let (lo, hi) = (self.boxed(lo), self.boxed(hi));
        Some(ForIter::Range {
            lo: lo?,
            hi: hi?,
            inclusive: matches!(r.limits, syn::RangeLimits::Closed(_)),
            reversed,
        })
    }

    fn bad_iter(&mut self, e: &syn::Expr) -> Option<ForIter> {
        self.errors.push_spanned(
            e,
            "this iterator is not supported in a differentiated loop: iterate over a range \
             (`a..b`, `a..=b`, `(a..b).rev()`) or over a sequence (`x`, `x.iter()`, \
             `x.iter().enumerate()`) and index inside the loop",
        );
        None
    }

    fn reject_macro(&mut self, mac: &syn::Macro) {
        let name = mac.path.to_token_stream().to_string().replace(' ', "");
        self.errors.push_spanned(
            mac,
            format!(
                "macro `{name}!` is not supported in a differentiated function: the derivative \
                 cannot see what a macro expands to; move it to the caller (for printing, print \
                 the values the function returns)"
            ),
        );
    }

    /// Records the error for a construct that is never supported.
    fn reject(&mut self, e: &syn::Expr) {
        let msg = match e {
            syn::Expr::Macro(m) => return self.reject_macro(&m.mac),
            syn::Expr::Closure(_) => {
                "closures are not supported in a differentiated function: write the computation \
                 inline"
            }
            syn::Expr::Unsafe(_) => {
                "`unsafe` blocks are not supported in a differentiated function: move the unsafe \
                 code into a separate function and pass its result in as a parameter"
            }
            syn::Expr::Match(_) => {
                "`match` is not supported in a differentiated function: use `if` / `else if` / \
                 `else`"
            }
            syn::Expr::Let(_) => "`let` expressions are not supported: use a `let` statement",
            syn::Expr::Assign(_) => {
                "an assignment is only supported as a statement (`x = e;`), not inside an \
                 expression"
            }
            syn::Expr::Try(_) => "the `?` operator is not supported in a differentiated function",
            syn::Expr::Async(_) | syn::Expr::Await(_) => {
                "async code is not supported in a differentiated function"
            }
            syn::Expr::Block(_) | syn::Expr::If(_) => {
                "blocks and `if` are not supported inside this expression: bind the value with \
                 `let` first"
            }
            _ => "this expression is not supported in a differentiated function",
        };
        self.errors.push_spanned(e, msg);
    }
}

const LABEL_MSG: &str = "loop labels are not supported in a differentiated function: use a \
                         flag variable and a plain `break`";

fn arguments(n: usize) -> String {
    match n {
        0 => "no argument".into(),
        1 => "1 argument".into(),
        n => format!("{n} arguments"),
    }
}

fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        syn::Expr::Group(g) => strip_parens(&g.expr),
        e => e,
    }
}

fn kind_name(e: &syn::Expr) -> &'static str {
    match e {
        syn::Expr::Field(_) => "field access",
        syn::Expr::Index(_) => "indexing",
        syn::Expr::Reference(_) => "reference",
        syn::Expr::Struct(_) => "struct literal",
        syn::Expr::Array(_) | syn::Expr::Repeat(_) => "array",
        syn::Expr::Range(_) => "range",
        _ => "expression",
    }
}

/// The type of a literal.
fn lit_type(lit: &syn::Lit) -> Ty {
    match lit {
        syn::Lit::Float(f) => match f.suffix() {
            "f32" => Ty::Float(FloatTy::F32),
            "f64" => Ty::Float(FloatTy::F64),
            _ => Ty::Float(FloatTy::Infer),
        },
        syn::Lit::Int(i) => match i.suffix() {
            "f32" => Ty::Float(FloatTy::F32),
            "f64" => Ty::Float(FloatTy::F64),
            _ => Ty::Int,
        },
        syn::Lit::Bool(_) => Ty::Bool,
        _ => Ty::Other,
    }
}

/// Walks an opaque expression: free local names, and the first construct
/// that cannot be kept opaque.
struct OpaqueScan {
    free: Vec<Ident>,
    bad: Option<syn::Expr>,
}

impl<'ast> syn::visit::Visit<'ast> for OpaqueScan {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        if self.bad.is_some() {
            return;
        }
        match e {
            syn::Expr::Path(p) => {
                if p.qself.is_none() {
                    if let Some(id) = p.path.get_ident() {
                        if !self.free.contains(id) {
                            self.free.push(id.clone());
                        }
                    }
                }
            }
            syn::Expr::Closure(_)
            | syn::Expr::Macro(_)
            | syn::Expr::Block(_)
            | syn::Expr::If(_)
            | syn::Expr::Match(_)
            | syn::Expr::Unsafe(_)
            | syn::Expr::ForLoop(_)
            | syn::Expr::While(_)
            | syn::Expr::Loop(_)
            | syn::Expr::Let(_)
            | syn::Expr::Assign(_)
            | syn::Expr::Async(_)
            | syn::Expr::Await(_)
            | syn::Expr::Try(_)
            | syn::Expr::Break(_)
            | syn::Expr::Continue(_)
            | syn::Expr::Return(_) => self.bad = Some(e.clone()),
            _ => syn::visit::visit_expr(self, e),
        }
    }

    // Field names and method names are not variables.
    fn visit_member(&mut self, _: &'ast syn::Member) {}
}

/// Turns returns in tail position into plain tail expressions, so only early
/// returns need the flag machinery.
fn tailify(block: &mut Block) {
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
