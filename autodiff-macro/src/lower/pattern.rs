//! Binding a pattern to a lowered value: the names of `let [a, b] = *p;`,
//! `let (r, t) = polar(..);`, a destructured parameter `[x, y]: [f64; 2]`,
//! a loop variable `for &[a, b] in pts`, a `match` arm's `Some(v)` and
//! (for closures) a closure's parameters all go through
//! [`Lowerer::bind_pattern`].
//!
//! Parts of a value are what the IR already has: an array's elements are
//! `Index` instructions, a tuple's and an option's parts are the trees of
//! values lowering keeps ([`Lv`]). A constant the macro does not model (an
//! enum of the user's, an `Option` from a call, a tuple parameter passed
//! through) is destructured by rustc: each name is a constant expression
//! `match c { PATTERN => name, _ => unreachable!() }` with the pattern as
//! written.

use super::matching::Test;
use super::*;
use proc_macro2::TokenStream;
use quote::quote;

impl<'e> Lowerer<'e> {
    /// Declares the names `pat` binds in the current scope, each with the
    /// part of `value` it names. The pattern must match `value`: it is
    /// irrefutable (`let`, parameters, `for`, closure parameters) or its
    /// test (`matching`) has passed. Mismatches are errors on `span`.
    pub(crate) fn bind_pattern(&mut self, pat: &Pattern, value: Lv, span: Span) {
        // A constant the macro does not see into: rustc destructures it.
        if let Lv::One(v) = &value {
            let structural = matches!(pat, Pattern::Ident(_) | Pattern::Wild | Pattern::At(..));
            if !structural && self.is_constant(*v) {
                self.bind_constant(pat, *v, span);
                return;
            }
        }
        match pat {
            Pattern::Wild | Pattern::Rest(_) | Pattern::Lit(_) | Pattern::Range { .. } => {}
            Pattern::None(_) => {}
            Pattern::Ident(id) => {
                if let Lv::One(v) = &value {
                    let info = &mut self.func.values[v.index()];
                    if info.name.is_none() {
                        info.name = Some(id.to_string());
                    }
                }
                self.declare(&id.to_string(), Some(value));
            }
            Pattern::At(id, sub) => {
                if matches!(**sub, Pattern::Rest(_)) {
                    // `rest @ ..` outside a slice pattern names the whole.
                    self.declare(&id.to_string(), Some(value));
                    return;
                }
                self.bind_pattern(sub, value.clone(), span);
                self.declare(&id.to_string(), Some(value));
            }
            Pattern::Ref(p) => self.bind_pattern(p, value, span),
            Pattern::Tuple(items) => self.bind_tuple(items, value, span),
            Pattern::Slice(items, s) => match value {
                Lv::One(v) => self.bind_slice(items, v, *s),
                _ => self.errors.push(
                    *s,
                    "this array pattern does not match a tuple or an `Option`: it destructures \
                     an array or a slice",
                ),
            },
            Pattern::Some(p, s) => match value {
                Lv::Opt(_, Some(payload)) => self.bind_pattern(p, *payload, span),
                // Every path gave `None`: the arm never runs.
                Lv::Opt(_, None) => {
                    for id in pattern_binds(p) {
                        let z = self.push(InstKind::Zero, Ty::Float(FloatTy::Infer), None, *s);
                        self.declare(&id.to_string(), Some(Lv::One(z)));
                    }
                }
                _ => self.not_an_option(*s),
            },
            Pattern::Or(cases) => self.bind_or(cases, &value, span),
            Pattern::Const { pat: p, binds } => match value {
                Lv::One(v) => {
                    for id in binds {
                        let c = self.constant_part(pat, id, v, span);
                        self.declare(&id.to_string(), Some(Lv::One(c)));
                    }
                }
                _ => self.errors.push_spanned(
                    p,
                    "this pattern applies to a constant (an enum or a value the function reads \
                     as written), not to a value computed in the function",
                ),
            },
        }
    }

    /// `(a, b, ..)` on a tuple built in the function.
    fn bind_tuple(&mut self, items: &[Pattern], value: Lv, span: Span) {
        let parts = match value {
            Lv::Tuple(parts) => parts,
            Lv::One(v) if self.func.ty(v) == &Ty::Unknown => {
                self.errors.push(
                    span,
                    "this tuple pattern does not match the call's result as it is bound here: \
                     destructure a call that returns a tuple with one name or pattern per \
                     element, without `..` (`let (a, b) = g(..);`)",
                );
                return;
            }
            _ => {
                self.errors.push(
                    span,
                    "this tuple pattern does not match a tuple: destructure tuples written as \
                     `(a, b)` or returned by a call",
                );
                return;
            }
        };
        let Some((before, after)) = split_rest(items) else {
            self.errors
                .push(span, "a tuple pattern may contain `..` only once");
            return;
        };
        let has_rest = before.len() + after.len() < items.len();
        let fits = if has_rest {
            before.len() + after.len() <= parts.len()
        } else {
            items.len() == parts.len()
        };
        if !fits {
            self.errors.push(
                span,
                format!(
                    "this tuple pattern has {} elements, the tuple has {}",
                    before.len() + after.len(),
                    parts.len()
                ),
            );
            return;
        }
        let n = parts.len();
        for (k, p) in before.iter().enumerate() {
            self.bind_pattern(p, parts[k].clone(), span);
        }
        for (k, p) in after.iter().enumerate() {
            self.bind_pattern(p, parts[n - after.len() + k].clone(), span);
        }
    }

    /// `[a, b, ..]` on an array or a slice: the elements by index (from
    /// the end after a `..`).
    fn bind_slice(&mut self, items: &[Pattern], base: Value, span: Span) {
        let ty = self.func.ty(base).clone();
        let fixed = match &ty {
            Ty::Array(_, len) => Some(len.literal()),
            Ty::Vec(_) => None,
            Ty::Unknown => {
                self.errors.push(
                    span,
                    "the type of this value is not known here: annotate it (`let [a, b]: [f64; \
                     2] = g(..);`)",
                );
                return;
            }
            _ => {
                self.errors
                    .push(span, "this array pattern needs an array or a slice");
                return;
            }
        };
        let Some((before, after)) = split_rest(items) else {
            self.errors
                .push(span, "an array pattern may contain `..` only once");
            return;
        };
        for (k, p) in before.iter().enumerate() {
            let i = self.int_literal(&k.to_string());
            let e = self.index(base, vec![i], span);
            self.bind_pattern(p, Lv::One(e), span);
        }
        let rest = items.iter().find_map(|i| match i {
            Pattern::At(id, r) if matches!(**r, Pattern::Rest(_)) => Some(id),
            _ => None,
        });
        // An element counted from the end: `len - (after.len() - k)`.
        let from_end = |l: &mut Self, back: usize| -> Value {
            match fixed.flatten() {
                Some(n) => l.int_literal(&n.saturating_sub(back).to_string()),
                None => {
                    let len = l.push(InstKind::Len(base), Ty::Int, None, span);
                    let b = l.int_literal(&back.to_string());
                    l.push(InstKind::Binary(BinOp::Sub, len, b), Ty::Int, None, span)
                }
            }
        };
        for (k, p) in after.iter().enumerate() {
            let i = from_end(self, after.len() - k);
            let e = self.index(base, vec![i], span);
            self.bind_pattern(p, Lv::One(e), span);
        }
        if let Some(id) = rest {
            // `rest @ ..` of a fixed-size array is the array of the
            // elements between.
            let Some(Some(n)) = fixed else {
                self.errors.push(
                    id.span(),
                    format!(
                        "`{id} @ ..` would be a subslice, which a differentiated function does \
                         not support yet: index the elements (`x[i]`) instead"
                    ),
                );
                return;
            };
            let lo = before.len();
            let hi = n.saturating_sub(after.len());
            let elems: Vec<Value> = (lo..hi)
                .map(|k| {
                    let i = self.int_literal(&k.to_string());
                    self.index(base, vec![i], span)
                })
                .collect();
            let elem = ty.element(1);
            let m = proc_macro2::Literal::usize_unsuffixed(elems.len());
            let sub_ty = Ty::Array(Box::new(elem), Len(quote!(#m)));
            let arr = self.push(
                InstKind::ArrayLit(elems),
                sub_ty,
                Some(id.to_string()),
                span,
            );
            self.declare(&id.to_string(), Some(Lv::One(arr)));
        }
    }

    /// An or-pattern with bindings: each name takes its value from the
    /// alternative that matches, tried in order.
    fn bind_or(&mut self, cases: &[Pattern], value: &Lv, span: Span) {
        let names = cases.first().map(pattern_binds).unwrap_or_default();
        if names.is_empty() {
            return;
        }
        let parts = self.or_values(cases, value, &names, span);
        match parts {
            Some(Lv::Tuple(parts)) if parts.len() == names.len() => {
                for (id, v) in names.iter().zip(parts) {
                    self.declare(&id.to_string(), Some(v));
                }
            }
            _ => self.errors.push(
                span,
                "the alternatives of this or-pattern bind their names to values of different \
                 shapes",
            ),
        }
    }

    fn or_values(
        &mut self,
        cases: &[Pattern],
        value: &Lv,
        names: &[Ident],
        span: Span,
    ) -> Option<Lv> {
        let (first, rest) = cases.split_first()?;
        let bound = |l: &mut Self, p: &Pattern| -> Option<Lv> {
            l.scopes.push(Vec::new());
            l.bind_pattern(p, value.clone(), span);
            let vals: Option<Vec<Lv>> = names
                .iter()
                .map(|n| l.lookup(&n.to_string()).and_then(|id| l.var_value(id)))
                .collect();
            l.scopes.pop();
            vals.map(Lv::Tuple)
        };
        if rest.is_empty() {
            return bound(self, first);
        }
        match self.test(first, value, span)? {
            Test::Always => bound(self, first),
            Test::When(c) => self.branches(
                c,
                span,
                |l| bound(l, first),
                |l| l.or_values(rest, value, names, span),
            ),
        }
    }

    /// Whether `v` is a constant the macro does not see into (a value of
    /// a type it does not model).
    pub(super) fn is_constant(&self, v: Value) -> bool {
        self.func.ty(v) == &Ty::Other
    }

    /// Binds the names of `pat` to the parts of the constant `v`, each
    /// through rustc's own destructuring.
    fn bind_constant(&mut self, pat: &Pattern, v: Value, span: Span) {
        for id in pattern_binds(pat) {
            let c = self.constant_part(pat, &id, v, span);
            self.declare(&id.to_string(), Some(Lv::One(c)));
        }
    }

    /// The constant expression `match &v { PATTERN => name.clone(), _ =>
    /// unreachable!() }`, the other names of the pattern written `_`: by
    /// reference, so nothing is moved out of `v`, and `name.clone()` is the
    /// value whether the binding is one or a reference to one. A pattern
    /// with a `&` of its own is matched against `v` itself, as written.
    fn constant_part(&mut self, pat: &Pattern, name: &Ident, v: Value, span: Span) -> Value {
        let m = input_ident(0);
        let p = pattern_tokens(pat, Some(name));
        let scrutinee = if has_reference_pattern(pat) {
            quote!(#m)
        } else {
            quote!(&#m)
        };
        let tokens = quote! {
            match #scrutinee {
                #p => #name.clone(),
                #[allow(unreachable_patterns)]
                _ => ::core::unreachable!(),
            }
        };
        let c = self.constant_of(tokens, v, span, Some(name.to_string()), Ty::Other);
        // `*name` (for a binding that is a reference in the original) is
        // the value itself.
        self.owned.push(c);
        c
    }

    /// A constant expression over one input `v` (`__autodiff_input_0` in
    /// `tokens`).
    pub(super) fn constant_of(
        &mut self,
        tokens: TokenStream,
        v: Value,
        span: Span,
        name: Option<String>,
        ty: Ty,
    ) -> Value {
        let expr: syn::Expr =
            syn::parse2(tokens.clone()).unwrap_or_else(|_| syn::Expr::Verbatim(tokens.clone()));
        let c = ConstExpr {
            expr,
            inputs: vec![v],
            kind: OpaqueKind::Other("pattern"),
            source: tokens,
        };
        self.push(InstKind::Const(c), ty, name, span)
    }

    pub(super) fn not_an_option(&mut self, span: Span) {
        self.errors.push(
            span,
            "this `Some`/`None` pattern needs an `Option` built in this function (`Some(x)`, \
             `None`, an `if` or `match` yielding them) or a constant one (a parameter, a value \
             from a call the function does not differentiate)",
        );
    }
}

/// The patterns before and after the `..` of a tuple or slice pattern (all
/// of them before, if there is none); `None` if there are several.
fn split_rest(items: &[Pattern]) -> Option<(&[Pattern], &[Pattern])> {
    let is_rest = |p: &Pattern| match p {
        Pattern::Rest(_) => true,
        Pattern::At(_, r) => matches!(**r, Pattern::Rest(_)),
        _ => false,
    };
    let rests: Vec<usize> = (0..items.len()).filter(|k| is_rest(&items[*k])).collect();
    match rests.as_slice() {
        [] => Some((items, &[])),
        [k] => Some((&items[..*k], &items[k + 1..])),
        _ => None,
    }
}

/// Whether a pattern contains a `&` pattern.
fn has_reference_pattern(p: &Pattern) -> bool {
    match p {
        Pattern::Ref(_) => true,
        Pattern::At(_, p) | Pattern::Some(p, _) => has_reference_pattern(p),
        Pattern::Tuple(items) | Pattern::Slice(items, _) | Pattern::Or(items) => {
            items.iter().any(has_reference_pattern)
        }
        Pattern::Const { pat, .. } => {
            struct Find(bool);
            impl<'ast> syn::visit::Visit<'ast> for Find {
                fn visit_pat_reference(&mut self, _: &'ast syn::PatReference) {
                    self.0 = true;
                }
            }
            let mut f = Find(false);
            syn::visit::Visit::visit_pat(&mut f, pat);
            f.0
        }
        _ => false,
    }
}

/// A pattern as Rust tokens, with every binding but `keep` written `_`
/// (so matching moves nothing else out of the value), for the constant
/// expressions that let rustc test or destructure a constant.
pub(super) fn pattern_tokens(p: &Pattern, keep: Option<&Ident>) -> TokenStream {
    let go = |q: &Pattern| pattern_tokens(q, keep);
    match p {
        Pattern::Ident(id) => {
            if keep == Some(id) {
                quote!(#id)
            } else {
                quote!(_)
            }
        }
        Pattern::At(id, sub) => {
            let sub = go(sub);
            if keep == Some(id) {
                quote!(#id @ #sub)
            } else {
                sub
            }
        }
        Pattern::Wild => quote!(_),
        Pattern::Rest(_) => quote!(..),
        Pattern::Tuple(items) => {
            let items = items.iter().map(go);
            quote!((#(#items,)*))
        }
        Pattern::Slice(items, _) => {
            let items = items.iter().map(go);
            quote!([#(#items),*])
        }
        Pattern::Ref(p) => {
            let p = go(p);
            quote!(&#p)
        }
        Pattern::Lit(l) => quote!(#l),
        Pattern::Range {
            lo, hi, inclusive, ..
        } => {
            let op = if *inclusive { quote!(..=) } else { quote!(..) };
            quote!(#lo #op #hi)
        }
        Pattern::Or(cases) => {
            let cases = cases.iter().map(go);
            quote!(#(#cases)|*)
        }
        Pattern::Some(p, _) => {
            let p = go(p);
            quote!(::core::option::Option::Some(#p))
        }
        Pattern::None(_) => quote!(::core::option::Option::None),
        Pattern::Const { pat, .. } => {
            let mut pat = pat.clone();
            syn::visit_mut::VisitMut::visit_pat_mut(&mut OnlyBinding { keep }, &mut pat);
            quote!(#pat)
        }
    }
}

/// Rewrites the bindings of a pattern kept as written to `_`, but `keep`.
struct OnlyBinding<'a> {
    keep: Option<&'a Ident>,
}

impl syn::visit_mut::VisitMut for OnlyBinding<'_> {
    fn visit_pat_mut(&mut self, p: &mut syn::Pat) {
        if let syn::Pat::Ident(pi) = p {
            let constant = pi.subpat.is_none()
                && pi
                    .ident
                    .to_string()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if !constant && self.keep != Some(&pi.ident) {
                *p = match pi.subpat.take() {
                    Some((_, sub)) => *sub,
                    None => syn::Pat::Wild(syn::PatWild {
                        attrs: vec![],
                        underscore_token: Default::default(),
                    }),
                };
                self.visit_pat_mut(p);
                return;
            }
            // The kept binding by value, without `ref`/`mut` (which rustc
            // rejects under a by-reference default binding mode).
            pi.by_ref = None;
            pi.mutability = None;
        }
        syn::visit_mut::visit_pat_mut(self, p);
    }

    fn visit_field_pat_mut(&mut self, fp: &mut syn::FieldPat) {
        syn::visit_mut::visit_field_pat_mut(self, fp);
        // `S { a }` with `a` rewritten must become `S { a: _ }`; a kept
        // `a` stays shorthand.
        let shorthand = match (&fp.member, &*fp.pat) {
            (syn::Member::Named(m), syn::Pat::Ident(pi)) => {
                pi.ident == *m && pi.subpat.is_none() && pi.by_ref.is_none()
            }
            _ => false,
        };
        fp.colon_token = if shorthand {
            None
        } else {
            Some(Default::default())
        };
    }
}
