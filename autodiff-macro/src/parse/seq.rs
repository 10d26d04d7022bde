//! Parts of a sequence: subslices `&x[a..b]`, `x.split_at(k)`,
//! `x.first()` and `x.last()` (lowered by `lower::seq`); and `vec![a, b,
//! ..]`, written as the `vec![a; n]` and element assignments it stands
//! for.

use super::*;
use crate::ast::SeqOp;

/// The name of each element `extend_from_slice` pushes, in its own loop.
const PUSHED: &str = "__autodiff_pushed";

/// `v` in `v.push(..)`: a local variable.
fn plain_ident(e: &syn::Expr) -> Option<Ident> {
    match strip_parens(e) {
        syn::Expr::Path(p) if p.qself.is_none() => p.path.get_ident().cloned(),
        _ => None,
    }
}

/// The name of the vector a `vec![a, b, ..]` builds, in its own block.
const VEC_LITERAL: &str = "__autodiff_vec_literal";

impl Parser<'_> {
    /// Whether `e` is `x[a..b]` (any range form).
    pub(super) fn is_subslice(&self, e: &syn::Expr) -> bool {
        matches!(strip_parens(e), syn::Expr::Index(ix) if matches!(strip_parens(&ix.index), syn::Expr::Range(_)))
    }

    /// `vec![a, b, c]`: `{ let v = vec![a; 3]; v[1] = b; v[2] = c; v }`,
    /// which evaluates the elements in order.
    pub(super) fn vec_literal(&mut self, items: &[syn::Expr], span: Span) -> Option<Expr> {
        let v = Ident::new(VEC_LITERAL, Span::mixed_site());
        let int = |k: usize| {
            Expr::Lit(
                syn::Lit::Int(syn::LitInt::new(&k.to_string(), span)),
                Ty::Int,
            )
        };
        let parts: Option<Vec<Expr>> = items.iter().map(|e| self.expr(e)).collect();
        let mut parts = parts?.into_iter();
        let first = parts.next()?;
        let mut stmts = vec![Stmt::Let {
            pat: Pattern::Ident(v.clone()),
            ty: None,
            init: Some(Expr::VecRepeat(
                Box::new(first),
                Box::new(int(items.len())),
                span,
            )),
        }];
        for (k, value) in parts.enumerate() {
            stmts.push(Stmt::Assign {
                target: v.clone(),
                path: vec![int(k + 1)],
                op: None,
                value,
                span,
            });
        }
        Some(Expr::Block(Block {
            stmts,
            tail: Some(Box::new(Expr::Var(v))),
        }))
    }

    /// `&x[a..b]` (any range form): `None` if `e` is another reference.
    pub(super) fn subslice(&mut self, r: &syn::ExprReference, span: Span) -> Option<Option<Expr>> {
        let syn::Expr::Index(ix) = strip_parens(&r.expr) else {
            return None;
        };
        if r.mutability.is_some() || !matches!(strip_parens(&ix.index), syn::Expr::Range(_)) {
            return None;
        }
        let seq = self.seq_expr(&r.expr);
        Some(seq.map(|s| Expr::Seq(Box::new(SeqOp::Sub(s)), span)))
    }

    /// `x.split_at(k)`, `x.first()`, `x.last()`, `x.to_vec()`; `None` for
    /// other methods.
    pub(super) fn seq_method(
        &mut self,
        m: &syn::ExprMethodCall,
        span: Span,
    ) -> Option<Option<Expr>> {
        if m.turbofish.is_some() {
            return None;
        }
        let op = match (m.method.to_string().as_str(), m.args.len()) {
            ("split_at", 1) => {
                let seq = self.seq_expr(&m.receiver);
                let k = self.boxed(&m.args[0]);
                seq.zip(k).map(|(s, k)| SeqOp::SplitAt(s, k))
            }
            // `x[1..].to_vec()`: the chain that copies it.
            ("to_vec", 0) => {
                let recv = &m.receiver;
                let chain: syn::Expr = syn::parse_quote_spanned! {span=>
                    (#recv).iter().copied().collect::<Vec<_>>()
                };
                return Some(self.expr(&chain));
            }
            // `v.push(e)`: `v = <v with e appended>`, an assignment (so the
            // loops and branches around it carry `v`).
            ("push", 1) => {
                let target = plain_ident(&m.receiver)?;
                let value = self.boxed(&m.args[0]);
                let push = SeqOp::Push(Box::new(Expr::Var(target.clone())), value?);
                return Some(Some(Expr::Block(Block {
                    stmts: vec![Stmt::Assign {
                        target,
                        path: vec![],
                        op: None,
                        value: Expr::Seq(Box::new(push), span),
                        span,
                    }],
                    tail: None,
                })));
            }
            // `v.extend_from_slice(&x[a..b])`: a loop of pushes over it.
            ("extend_from_slice", 1) => {
                let target = plain_ident(&m.receiver)?;
                let src = match strip_parens(&m.args[0]) {
                    syn::Expr::Reference(r) if r.mutability.is_none() => &*r.expr,
                    e => e,
                };
                let src = match strip_parens(src) {
                    e @ (syn::Expr::Path(_) | syn::Expr::Index(_) | syn::Expr::Field(_)) => {
                        e.to_token_stream()
                    }
                    e => quote::quote!((#e)),
                };
                let elem = Ident::new(PUSHED, Span::mixed_site());
                let pushes: syn::Expr = syn::parse_quote_spanned! {span=>
                    for #elem in #src.iter().copied() {
                        #target.push(#elem);
                    }
                };
                return Some(self.expr(&pushes));
            }
            // `x.first().copied()`: the option of a copy is the option.
            ("copied" | "cloned", 0) => {
                let syn::Expr::MethodCall(inner) = strip_parens(&m.receiver) else {
                    return None;
                };
                if !matches!(inner.method.to_string().as_str(), "first" | "last") {
                    return None;
                }
                return self.seq_method(inner, span);
            }
            (end @ ("first" | "last"), 0) => self.seq_expr(&m.receiver).map(|seq| SeqOp::End {
                seq,
                last: end == "last",
            }),
            _ => return None,
        };
        Some(op.map(|op| Expr::Seq(Box::new(op), span)))
    }
}
