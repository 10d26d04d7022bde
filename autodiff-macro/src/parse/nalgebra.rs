//! nalgebra's syntax (feature `nalgebra`): components of values
//! (`v.x`), `vector!`-style macros, the closure of `v.map(..)`, and
//! constructors from subslices. What the syntax means is decided in the
//! lowering, which knows the types.

use super::*;
use quote::ToTokens;
use syn::spanned::Spanned;

impl Parser<'_> {
    /// `&e` in an expression (`&a - &b`, `(&d).norm()`): `e` where it is a
    /// nalgebra value, the reference as written otherwise.
    pub(super) fn na_reference(
        &mut self,
        r: &syn::ExprReference,
        e: &syn::Expr,
        span: Span,
    ) -> Option<Expr> {
        let fallback = self.opaque(e, OpaqueKind::Other(kind_name(e)))?;
        let errors = self.errors.len();
        match self.boxed(&r.expr) {
            Some(inner) => Some(Expr::NaRef(inner, Box::new(fallback), span)),
            None => {
                self.errors.truncate(errors);
                Some(fallback)
            }
        }
    }

    /// `Vector3::from_column_slice(&x[a..b])` (or `from_row_slice`, `&x[a..]`):
    /// the sequence and the start of the subslice, as two arguments the
    /// lowering of nalgebra constructors reads (`None` for any other call).
    pub(super) fn na_slice_constructor(
        &mut self,
        p: &syn::ExprPath,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Option<Vec<CallArg>> {
        let last = p.path.segments.last()?;
        if !crate::nalgebra::enabled()
            || !(last.ident == "from_column_slice" || last.ident == "from_row_slice")
            || args.len() != 1
        {
            return None;
        }
        let syn::Expr::Reference(r) = strip_parens(&args[0]) else {
            return None;
        };
        let syn::Expr::Index(ix) = strip_parens(&r.expr) else {
            return None;
        };
        let syn::Expr::Range(range) = strip_parens(&ix.index) else {
            return None;
        };
        if r.mutability.is_some() {
            return None;
        }
        let base = self.expr(&ix.expr)?;
        let start = match &range.start {
            Some(lo) => self.expr(lo)?,
            None => Expr::Lit(syn::Lit::Int(syn::LitInt::new("0", range.span())), Ty::Int),
        };
        Some(vec![
            CallArg {
                expr: base,
                by_ref: true,
            },
            CallArg {
                expr: start,
                by_ref: false,
            },
        ])
    }
    /// The arguments of `v.map(|e| ..)` and `v.zip_map(&w, |a, b| ..)`,
    /// which may be nalgebra's: the closure is kept as one, for the
    /// lowering to inline at each element.
    pub(super) fn mapping_args(
        &mut self,
        args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
    ) -> Option<Vec<CallArg>> {
        let n = args.len();
        let mut out = Vec::new();
        for (k, a) in args.iter().enumerate() {
            match strip_parens(a) {
                syn::Expr::Closure(c) if k + 1 == n => out.push(CallArg {
                    expr: Expr::Closure(self.closure(c)?),
                    by_ref: false,
                }),
                _ => out.push(self.call_arg(a)?),
            }
        }
        Some(out)
    }
    /// `v.x`, `p.coords` on a local (or on the coordinates of one): a
    /// component of a nalgebra value if the local holds one; any other
    /// named field is `fallback`, the field read kept as written.
    pub(super) fn component(&mut self, f: &syn::ExprField, name: &Ident, fallback: Expr) -> Expr {
        let named = crate::nalgebra::component(&name.to_string()).is_some() || name == "coords";
        let base_ok = match strip_parens(&f.base) {
            syn::Expr::Path(p) => p.qself.is_none() && p.path.get_ident().is_some(),
            syn::Expr::Field(inner) => {
                matches!(&inner.member, syn::Member::Named(n) if n == "coords")
                    && matches!(strip_parens(&inner.base), syn::Expr::Path(p) if p.path.get_ident().is_some())
            }
            // `pts[i].x`, `(a - b).y`, `r.transform_vector(&v).z`,
            // `nalgebra::center(&p, &q).x`.
            syn::Expr::Index(_)
            | syn::Expr::Binary(_)
            | syn::Expr::Unary(_)
            | syn::Expr::MethodCall(_)
            | syn::Expr::Call(_) => true,
            _ => false,
        };
        if !(crate::nalgebra::enabled() && named && base_ok) {
            return fallback;
        }
        let errors = self.errors.len();
        match self.boxed(&f.base) {
            Some(base) => Expr::Component(base, name.clone(), Box::new(fallback), f.span()),
            None => {
                self.errors.truncate(errors);
                fallback
            }
        }
    }
    /// nalgebra's `vector![a, b]`, `point![a, b]` and `matrix![a, b; c, d]`
    /// (rows separated by `;`): the constructor `Vector2::new(a, b)`,
    /// `Point2::new(..)`, `Matrix2x2::new(a, b, c, d)` they stand for.
    pub(super) fn na_macro(&mut self, mac: &syn::Macro, e: &syn::Expr, span: Span) -> Option<Expr> {
        let kind = mac.path.segments.last()?.ident.to_string();
        let mut rows: Vec<proc_macro2::TokenStream> = vec![proc_macro2::TokenStream::new()];
        for tt in mac.tokens.clone() {
            match &tt {
                proc_macro2::TokenTree::Punct(p) if p.as_char() == ';' => {
                    rows.push(proc_macro2::TokenStream::new());
                }
                _ => rows.last_mut()?.extend([tt]),
            }
        }
        if rows.last().is_some_and(|r| r.is_empty()) && rows.len() > 1 {
            rows.pop();
        }
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let rows: Result<Vec<Vec<syn::Expr>>, syn::Error> = rows
            .into_iter()
            .map(|r| syn::parse::Parser::parse2(parser, r).map(|p| p.into_iter().collect()))
            .collect();
        let Ok(rows) = rows else {
            self.errors
                .push_spanned(mac, format!("`{kind}!` could not be read here"));
            return None;
        };
        let cols = rows.first().map_or(0, Vec::len);
        let name = match kind.as_str() {
            "matrix" if rows.iter().all(|r| r.len() == cols) => {
                format!("Matrix{}x{cols}", rows.len())
            }
            "vector" if rows.len() == 1 => format!("Vector{cols}"),
            "point" if rows.len() == 1 => format!("Point{cols}"),
            _ => String::new(),
        };
        let ty = syn::Ident::new(if name.is_empty() { "Vector" } else { &name }, span);
        let known = crate::nalgebra::of_segment(&ty.clone().into(), super::float_of_type).is_some();
        let path: syn::ExprPath = match syn::parse2(quote::quote!(#ty::new)) {
            Ok(p) if known => p,
            _ => {
                self.errors.push_spanned(
                    mac,
                    format!(
                        "this `{kind}!` is not supported in a differentiated function: it \
                         supports up to 6 rows and columns, rows of one length (separated by `;`)"
                    ),
                );
                return None;
            }
        };
        let args: Option<Vec<CallArg>> = rows
            .iter()
            .flatten()
            .map(|a| {
                Some(CallArg {
                    expr: self.expr(a)?,
                    by_ref: false,
                })
            })
            .collect();
        Some(Expr::Call(Box::new(CallExpr {
            callee: Callee::Path(path),
            args: args?,
            span,
            source: e.to_token_stream(),
        })))
    }
}

/// Whether `mac` is nalgebra's `vector!`, `point!` or `matrix!` (with the
/// `nalgebra` feature).
pub(super) fn is_na_macro(mac: &syn::Macro) -> bool {
    crate::nalgebra::enabled()
        && mac
            .path
            .segments
            .last()
            .is_some_and(|s| matches!(s.ident.to_string().as_str(), "vector" | "point" | "matrix"))
}
