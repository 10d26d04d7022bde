//! Expressions: what the transforms model, and constant expressions kept
//! as written.

use super::*;
use crate::ast::SeqOp;

impl Parser<'_> {
    pub(super) fn boxed(&mut self, e: &syn::Expr) -> Option<Box<Expr>> {
        self.expr(e).map(Box::new)
    }

    pub(super) fn expr(&mut self, e: &syn::Expr) -> Option<Expr> {
        let span = e.span();
        match e {
            syn::Expr::Lit(l) => Some(Expr::Lit(l.lit.clone(), lit_type(&l.lit))),
            syn::Expr::Paren(p) => self.expr(&p.expr),
            syn::Expr::Group(g) => self.expr(&g.expr),
            syn::Expr::Path(p) if p.qself.is_none() && is_none_path(&p.path) => {
                Some(Expr::OptNone(span))
            }
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
                    into: false,
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
            syn::Expr::Match(m) => self.match_expr(m, span),
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
            syn::Expr::Macro(m) if super::nalgebra::is_na_macro(&m.mac) => {
                self.na_macro(&m.mac, e, span)
            }
            syn::Expr::Macro(m) if m.mac.path.is_ident("matches") => {
                self.matches_macro(&m.mac, span)
            }
            syn::Expr::Macro(m) => match self.check_macro(&m.mac) {
                Some(check) => check,
                None => {
                    self.reject_macro(&m.mac);
                    None
                }
            },
            syn::Expr::ForLoop(f) => self.for_loop(f, span),
            syn::Expr::While(w) => {
                if let Some(label) = &w.label {
                    self.errors.push_spanned(label, LABEL_MSG);
                }
                if let syn::Expr::Let(l) = &*w.cond {
                    return self.while_let(l, w, span);
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
            syn::Expr::Reference(r) => match self.subslice(r, span) {
                Some(sub) => sub,
                None if crate::nalgebra::enabled() && r.mutability.is_none() => {
                    self.na_reference(r, e, span)
                }
                None => self.opaque(e, OpaqueKind::Other(kind_name(e))),
            },
            syn::Expr::Field(f) => self.field(f, e),
            syn::Expr::Struct(_) | syn::Expr::Range(_) => {
                self.opaque(e, OpaqueKind::Other(kind_name(e)))
            }
            other => {
                self.reject(other);
                None
            }
        }
    }

    pub(super) fn binary(&mut self, b: &syn::ExprBinary, span: Span) -> Option<Expr> {
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

    pub(super) fn method_call(
        &mut self,
        m: &syn::ExprMethodCall,
        e: &syn::Expr,
        span: Span,
    ) -> Option<Expr> {
        if let Some(chain) = self.chain_expr(e) {
            return chain;
        }
        if let Some(op) = self.seq_method(m, span) {
            return op;
        }
        let name = m.method.to_string();
        if let (syn::Expr::Range(r), "contains", 1) =
            (strip_parens(&m.receiver), name.as_str(), m.args.len())
        {
            return self.range_contains(r, &m.args[0], span);
        }
        if m.args.is_empty() && m.turbofish.is_none() {
            match name.as_str() {
                "sin_cos" => return self.sin_cos(&m.receiver, None, span),
                "into" => return self.float_into(&m.receiver, span),
                "unwrap" => {
                    if let Some(arg) = generic_conversion(&m.receiver) {
                        return self.float_from(arg, FloatTy::Generic, span);
                    }
                }
                _ => {}
            }
        }
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
            // `m.sum()` of a nalgebra value; the lowering keeps any other
            // receiver's `sum` as written.
            let na_sum = crate::nalgebra::enabled()
                && crate::nalgebra::REDUCTIONS.contains(&name.as_str())
                && m.args.is_empty();
            let na_map = crate::nalgebra::enabled()
                && crate::nalgebra::is_mapping(&name)
                && matches!(m.args.last().map(strip_parens), Some(syn::Expr::Closure(_)));
            if !na_sum
                && !na_map
                && (math::SEQUENCE_METHODS.contains(&name.as_str())
                    || math::ITERATOR_METHODS.contains(&name.as_str()))
            {
                return self.opaque(e, OpaqueKind::Method(name));
            }
            // A method that may have derivative companions (`self.g(x)`).
            let recv = self.boxed(&m.receiver);
            let args = if na_map {
                self.mapping_args(&m.args)
            } else {
                self.call_args(&m.args)
            };
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
        if crate::nalgebra::enabled() && m.args.is_empty() && matches!(name.as_str(), "max" | "min")
        {
            // `v.max()` of a nalgebra value (a float's `max` takes an
            // argument).
            let recv = self.boxed(&m.receiver);
            return Some(Expr::Call(Box::new(CallExpr {
                callee: Callee::Method {
                    recv: recv?,
                    name: m.method.clone(),
                    turbofish: None,
                },
                args: Vec::new(),
                span,
                source: e.to_token_stream(),
            })));
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

    /// `(lo..hi).contains(&x)`: `lo <= x && x < hi` (`x <= hi` for
    /// `..=`), a condition like any other.
    fn range_contains(&mut self, r: &syn::ExprRange, x: &syn::Expr, span: Span) -> Option<Expr> {
        let x = match strip_parens(x) {
            syn::Expr::Reference(r) => &*r.expr,
            x => x,
        };
        let lo = match &r.start {
            Some(lo) => {
                let (lo, v) = (self.boxed(lo), self.boxed(x));
                Some(Expr::Binary(BinOp::Le, lo?, v?, span))
            }
            None => None,
        };
        let hi = match &r.end {
            Some(hi) => {
                let op = match r.limits {
                    syn::RangeLimits::HalfOpen(_) => BinOp::Lt,
                    syn::RangeLimits::Closed(_) => BinOp::Le,
                };
                let (v, hi) = (self.boxed(x), self.boxed(hi));
                Some(Expr::Binary(op, v?, hi?, span))
            }
            None => None,
        };
        match (lo, hi) {
            (Some(lo), Some(hi)) => Some(Expr::And(Box::new(lo), Box::new(hi), span)),
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => Some(Expr::Lit(
                syn::Lit::Bool(syn::LitBool::new(true, span)),
                Ty::Bool,
            )),
        }
    }

    pub(super) fn call(&mut self, c: &syn::ExprCall, e: &syn::Expr, span: Span) -> Option<Expr> {
        // `Some(v)`: an option built in the body.
        if let syn::Expr::Path(p) = strip_parens(&c.func) {
            if p.qself.is_none() && is_some_path(&p.path) && c.args.len() == 1 {
                return Some(Expr::OptSome(self.boxed(&c.args[0])?, span));
            }
        }
        let path_name = match &*c.func {
            syn::Expr::Path(p) => p.path.to_token_stream().to_string().replace(' ', ""),
            _ => return self.opaque(e, OpaqueKind::Other("call")),
        };
        // `f64::sin(x)`, `f32::powf(x, y)`: the path form of a float method.
        if let syn::Expr::Path(p) = &*c.func {
            let segs = &p.path.segments;
            if p.qself.is_none() && segs.len() == 2 {
                let ty = crate::lang::float_named(&segs[0].ident);
                let method = segs[1].ident.to_string();
                match (ty, method.as_str(), c.args.len()) {
                    (Some(ty), "sin_cos", 1) => return self.sin_cos(&c.args[0], Some(ty), span),
                    // `T::from(c)` is `NumCast::from`, an `Option`: a constant.
                    (Some(FloatTy::Generic), "from", 1) => {}
                    (Some(ty), "from", 1) => return self.float_from(&c.args[0], ty, span),
                    _ => {}
                }
                if let (Some(ty), Some(info)) = (ty, math::lookup(&method)) {
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
        // `Vec::new()`, `Vec::with_capacity(n)` (also `Vec::<f64>::new()`,
        // `std::vec::Vec::new()`): an empty `Vec` that `push` grows.
        if let syn::Expr::Path(p) = &*c.func {
            let segs: Vec<&syn::PathSegment> = p.path.segments.iter().collect();
            if let [.., ty, ctor] = segs[..] {
                if p.qself.is_none() && ty.ident == "Vec" {
                    match (ctor.ident.to_string().as_str(), c.args.len()) {
                        ("new", 0) => return Some(Expr::Seq(Box::new(SeqOp::New(None)), span)),
                        ("with_capacity", 1) => {
                            let n = self.boxed(&c.args[0])?;
                            return Some(Expr::Seq(Box::new(SeqOp::New(Some(n))), span));
                        }
                        _ => {}
                    }
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
                let args = match self.na_slice_constructor(p, &c.args) {
                    Some(args) => Some(args),
                    None => self.call_args(&c.args),
                };
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

    pub(super) fn call_args(
        &mut self,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Option<Vec<CallArg>> {
        let args: Vec<Option<CallArg>> = args.iter().map(|a| self.call_arg(a)).collect();
        args.into_iter().collect()
    }

    /// One argument of a call: `&x` by reference, anything else by value.
    pub(super) fn call_arg(&mut self, a: &syn::Expr) -> Option<CallArg> {
        match strip_parens(a) {
            // `g(&x[a..b])` is `g(&x[a..b].to_vec())`: the callee gets a
            // copy, whose adjoint adds back into `x`'s.
            syn::Expr::Reference(r) if r.mutability.is_none() && self.is_subslice(&r.expr) => {
                let sub = &r.expr;
                let copy: syn::Expr = syn::parse_quote_spanned! {r.and_token.span=>
                    (#sub).to_vec()
                };
                Some(CallArg {
                    expr: self.expr(&copy)?,
                    by_ref: true,
                })
            }
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
        }
    }

    pub(super) fn if_expr(&mut self, i: &syn::ExprIf, span: Span) -> Option<Expr> {
        if let syn::Expr::Let(l) = &*i.cond {
            return self.if_let(l, None, i, span);
        }
        // `if let P = E && guard`.
        if let syn::Expr::Binary(b) = &*i.cond {
            if let (syn::BinOp::And(_), syn::Expr::Let(l)) = (&b.op, &*b.left) {
                if !contains_let(&b.right) {
                    return self.if_let(l, Some(&b.right), i, span);
                }
            }
        }
        if contains_let(&i.cond) {
            self.errors.push_spanned(
                &i.cond,
                "this `let` chain is not supported in a differentiated function: start the \
                 condition with the one `let` (`if let P = e && condition`) or nest the `if let`s",
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
    /// `base.0` on a variable (`t.0`, `t.1.0`, `(t.0).1`): a tuple item if
    /// the variable holds a tuple, which the lowering knows; any other
    /// field read is a constant kept as written.
    fn field(&mut self, f: &syn::ExprField, e: &syn::Expr) -> Option<Expr> {
        let fallback = self.opaque(e, OpaqueKind::Other(kind_name(e)))?;
        let index = match &f.member {
            syn::Member::Unnamed(index) => index,
            syn::Member::Named(name) => return Some(self.component(f, name, fallback)),
        };
        let mut root = strip_parens(&f.base);
        while let syn::Expr::Field(inner) = root {
            if !matches!(inner.member, syn::Member::Unnamed(_)) {
                return Some(fallback);
            }
            root = strip_parens(&inner.base);
        }
        let local =
            matches!(root, syn::Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some());
        if !local {
            return Some(fallback);
        }
        let base = self.boxed(&f.base)?;
        Some(Expr::TupleField(
            base,
            index.index as usize,
            Box::new(fallback),
            e.span(),
        ))
    }

    pub(super) fn opaque(&mut self, e: &syn::Expr, kind: OpaqueKind) -> Option<Expr> {
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
    pub(super) fn vec_macro(&mut self, mac: &syn::Macro, span: Span) -> Option<Expr> {
        let tokens = &mac.tokens;
        if let Ok(r) = syn::parse2::<syn::ExprRepeat>(quote::quote!([#tokens])) {
            let (v, n) = (self.boxed(&r.expr), self.boxed(&r.len));
            return Some(Expr::VecRepeat(v?, n?, span));
        }
        if let Ok(items) = mac.parse_body_with(
            syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
        ) {
            if !items.is_empty() {
                return self.vec_literal(&items.into_iter().collect::<Vec<_>>(), span);
            }
        }
        self.errors.push_spanned(
            mac,
            "only `vec![value; n]` and `vec![a, b, ..]` are supported in a differentiated \
             function: create the vector with `vec![0.0; n]` and assign its elements",
        );
        None
    }

    pub(super) fn reject_macro(&mut self, mac: &syn::Macro) {
        let name = mac.path.to_token_stream().to_string().replace(' ', "");
        self.errors.push_spanned(
            mac,
            format!(
                "macro `{name}!` is not supported in a differentiated function: the derivative \
                 cannot see what a macro expands to; move it to the caller (for printing, print \
                 the values the function returns); assertions (`assert!`, `assert_eq!`, \
                 `debug_assert!`, ..) and `panic!`, `unreachable!` are supported"
            ),
        );
    }

    /// Records the error for a construct that is never supported.
    pub(super) fn reject(&mut self, e: &syn::Expr) {
        let msg = match e {
            syn::Expr::Macro(m) => return self.reject_macro(&m.mac),
            syn::Expr::Closure(_) => {
                "a closure can only be bound with `let` and called (`let sq = |t: f64| t * t; \
                 sq(x)`), or passed to an iterator adaptor (`.map(|v| v * v)`), in a \
                 differentiated function: it is inlined where it is called, so it cannot be \
                 returned, stored, or passed to a function"
            }
            syn::Expr::Unsafe(_) => {
                "`unsafe` blocks are not supported in a differentiated function: move the unsafe \
                 code into a separate function and pass its result in as a parameter"
            }
            syn::Expr::Match(_) => {
                "`match` is not supported inside this expression: bind its value with `let` \
                 first"
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

/// Whether `path` is `None` (or `Option::None`).
fn is_none_path(path: &syn::Path) -> bool {
    option_variant(path) == Some("None")
}

/// Whether `path` is `Some` (or `Option::Some`).
fn is_some_path(path: &syn::Path) -> bool {
    option_variant(path) == Some("Some")
}

fn option_variant(path: &syn::Path) -> Option<&'static str> {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let n = segs.len();
    if path.segments.iter().any(|s| !s.arguments.is_empty()) || (n > 1 && segs[n - 2] != "Option") {
        return None;
    }
    match segs.last()?.as_str() {
        "Some" => Some("Some"),
        "None" => Some("None"),
        _ => None,
    }
}

/// Whether a condition contains a `let` (a let chain).
fn contains_let(e: &syn::Expr) -> bool {
    match strip_parens(e) {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) => contains_let(&b.left) || contains_let(&b.right),
        _ => false,
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

/// The argument of `T::from(e)` or `T::from_f64(e)` (any `from_*` of
/// `FromPrimitive`) for the float type parameter `T`: with `.unwrap()`, a
/// conversion to `T` that carries the derivative of a float `e`.
fn generic_conversion(recv: &syn::Expr) -> Option<&syn::Expr> {
    let syn::Expr::Call(c) = strip_parens(recv) else {
        return None;
    };
    let syn::Expr::Path(p) = &*c.func else {
        return None;
    };
    let segs = &p.path.segments;
    let conversion = segs.len() == 2
        && p.qself.is_none()
        && crate::lang::float_named(&segs[0].ident) == Some(FloatTy::Generic)
        && segs[1].arguments.is_empty()
        && (segs[1].ident == "from" || segs[1].ident.to_string().starts_with("from_"));
    match c.args.iter().collect::<Vec<_>>()[..] {
        [arg] if conversion => Some(arg),
        _ => None,
    }
}
