//! Loops and their patterns, ranges and sequences.

use super::*;

impl Parser<'_> {
    pub(super) fn for_loop(&mut self, f: &syn::ExprForLoop, span: Span) -> Option<Expr> {
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
    pub(super) fn checkpoint(
        &mut self,
        attrs: &[syn::Attribute],
    ) -> Option<crate::lang::Checkpoint> {
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

    pub(super) fn for_pat(&mut self, p: &syn::Pat) -> Option<ForPat> {
        match p {
            syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                Some(ForPat::Ident(pi.ident.clone()))
            }
            syn::Pat::Wild(_) => Some(ForPat::Wild),
            syn::Pat::Reference(r) => match &*r.pat {
                syn::Pat::Ident(pi) if pi.subpat.is_none() => Some(ForPat::Ref(pi.ident.clone())),
                syn::Pat::Wild(_) => Some(ForPat::Wild),
                _ => self.pattern(p).map(ForPat::Pat),
            },
            syn::Pat::Tuple(t) if t.elems.len() == 2 => {
                let a = self.for_pat(&t.elems[0]);
                let b = self.for_pat(&t.elems[1]);
                Some(ForPat::Pair(Box::new(a?), Box::new(b?)))
            }
            syn::Pat::Paren(pp) => self.for_pat(&pp.pat),
            syn::Pat::Struct(_) => {
                self.errors.push_spanned(p, pattern::STRUCT_PATTERN_MSG);
                None
            }
            _ => self.pattern(p).map(ForPat::Pat),
        }
    }

    pub(super) fn for_iter(&mut self, e: &syn::Expr) -> Option<ForIter> {
        if iter::is_subslice(e) {
            return self.chain_for_iter(e);
        }
        match strip_parens(e) {
            syn::Expr::Range(r) => self.range(r, false),
            syn::Expr::MethodCall(m) if m.method == "rev" && m.args.is_empty() => {
                match strip_parens(&m.receiver) {
                    syn::Expr::Range(r) => self.range(r, true),
                    _ => self.chain_for_iter(e),
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
                    _ => self.chain_for_iter(e),
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
            _ => self.chain_for_iter(e),
        }
    }

    pub(super) fn range(&mut self, r: &syn::ExprRange, reversed: bool) -> Option<ForIter> {
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

    pub(super) fn bad_iter(&mut self, e: &syn::Expr) -> Option<ForIter> {
        self.errors.push_spanned(
            e,
            "this iterator is not supported in a differentiated loop: iterate over a range \
             (`a..b`, `a..=b`, `(a..b).rev()`) or over a sequence (`x`, `x.iter()`, \
             `x.iter().enumerate()`) and index inside the loop",
        );
        None
    }
}
