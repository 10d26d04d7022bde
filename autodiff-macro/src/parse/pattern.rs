//! Patterns, wherever Rust allows one: `let`, `match` arms, `if let`,
//! `let .. else`, `while let`, `for` loops, function parameters (and, for
//! the closure parser, closure parameters: [`Parser::pattern`] takes any
//! `syn::Pat`).
//!
//! What a pattern means is decided when it is bound (`lower::pattern`) or
//! tested (`lower::matching`) against a lowered value: the same `[a, b]`
//! indexes an array, the same `Some(v)` reads an option built in the body
//! or asks rustc about a constant one.

use super::*;
use crate::ast::{MatchArm, pattern_binds};

/// Whether an identifier in a pattern names a constant or a unit variant
/// (`MAX`, `Red`) rather than a new binding: Rust's naming convention, the
/// only thing a macro can go by. rustc warns about a binding named like
/// that (`non_snake_case`).
pub(super) fn is_constant_name(id: &Ident) -> bool {
    let name = id.to_string();
    name.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `path` is `name` of `Option` (`Some`, `Option::Some`,
/// `std::option::Option::Some`).
fn is_option_variant(path: &syn::Path, name: &str) -> bool {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let n = segs.len();
    segs.last().is_some_and(|l| l == name)
        && path.segments.iter().all(|s| s.arguments.is_empty())
        && (n == 1 || segs[n - 2] == "Option")
}

pub(super) const STRUCT_PATTERN_MSG: &str = "struct patterns are not supported yet in a \
     differentiated function (destructuring user structs belongs with differentiable user \
     structs): read the fields instead (`let x = p.x;`)";

impl Parser<'_> {
    /// Any pattern. Binding modes (`mut`, `ref`, `ref mut`) make no
    /// difference to values and are dropped; an assignment through a `ref
    /// mut` binding is rejected where it is written.
    pub(crate) fn pattern(&mut self, pat: &syn::Pat) -> Option<Pattern> {
        match pat {
            syn::Pat::Ident(pi) => {
                if let Some((_, sub)) = &pi.subpat {
                    let sub = self.pattern(sub)?;
                    return Some(Pattern::At(pi.ident.clone(), Box::new(sub)));
                }
                if pi.ident == "None" && pi.by_ref.is_none() && pi.mutability.is_none() {
                    return Some(Pattern::None(pi.ident.span()));
                }
                if is_constant_name(&pi.ident) && pi.by_ref.is_none() && pi.mutability.is_none() {
                    return Some(Pattern::Const {
                        pat: Box::new(pat.clone()),
                        binds: vec![],
                    });
                }
                Some(Pattern::Ident(pi.ident.clone()))
            }
            syn::Pat::Wild(_) => Some(Pattern::Wild),
            syn::Pat::Rest(r) => Some(Pattern::Rest(r.dot2_token.spans[0])),
            syn::Pat::Paren(p) => self.pattern(&p.pat),
            syn::Pat::Type(t) => self.pattern(&t.pat),
            syn::Pat::Tuple(t) => {
                let items: Vec<Option<Pattern>> = t.elems.iter().map(|p| self.pattern(p)).collect();
                Some(Pattern::Tuple(items.into_iter().collect::<Option<_>>()?))
            }
            syn::Pat::Slice(s) => {
                let items: Vec<Option<Pattern>> = s.elems.iter().map(|p| self.pattern(p)).collect();
                Some(Pattern::Slice(
                    items.into_iter().collect::<Option<_>>()?,
                    s.span(),
                ))
            }
            syn::Pat::Reference(r) => Some(Pattern::Ref(Box::new(self.pattern(&r.pat)?))),
            syn::Pat::Lit(l) => Some(Pattern::Lit(l.lit.clone())),
            syn::Pat::Range(r) => Some(Pattern::Range {
                lo: r.start.clone(),
                hi: r.end.clone(),
                inclusive: matches!(r.limits, syn::RangeLimits::Closed(_)),
                span: r.span(),
            }),
            syn::Pat::Or(o) => {
                let cases: Vec<Option<Pattern>> = o.cases.iter().map(|p| self.pattern(p)).collect();
                Some(Pattern::Or(cases.into_iter().collect::<Option<_>>()?))
            }
            syn::Pat::TupleStruct(ts)
                if ts.qself.is_none()
                    && is_option_variant(&ts.path, "Some")
                    && ts.elems.len() == 1 =>
            {
                let inner = self.pattern(&ts.elems[0])?;
                Some(Pattern::Some(Box::new(inner), ts.span()))
            }
            syn::Pat::Path(p) if p.qself.is_none() && is_option_variant(&p.path, "None") => {
                Some(Pattern::None(p.span()))
            }
            syn::Pat::TupleStruct(_) | syn::Pat::Path(_) => Some(Pattern::Const {
                pat: Box::new(pat.clone()),
                binds: bindings_of(pat),
            }),
            // `Shape::Rect { w, h }`: an enum variant with named fields.
            syn::Pat::Struct(s) if s.qself.is_none() && s.path.segments.len() >= 2 => {
                Some(Pattern::Const {
                    pat: Box::new(pat.clone()),
                    binds: bindings_of(pat),
                })
            }
            syn::Pat::Struct(_) => {
                self.errors.push_spanned(pat, STRUCT_PATTERN_MSG);
                None
            }
            syn::Pat::Macro(_) => {
                self.errors.push_spanned(
                    pat,
                    "a macro in a pattern is not supported in a differentiated function: write \
                     the pattern out",
                );
                None
            }
            other => {
                self.errors.push_spanned(
                    other,
                    "this pattern is not supported in a differentiated function: use names, \
                     `_`, tuples `(a, b)`, arrays `[a, b]`, literals, ranges, `Some(..)`/`None` \
                     or enum variants",
                );
                None
            }
        }
    }

    /// The pattern of a destructured parameter (`[x, y]: [f64; 2]`,
    /// `&[a, b]: &[f64; 2]`, `(a, b): (f64, f64)`).
    pub(super) fn param_pattern(&mut self, pat: &syn::Pat) -> Option<Pattern> {
        let mut top = pat;
        while let syn::Pat::Reference(r) = top {
            top = &r.pat;
        }
        if let syn::Pat::Struct(_) = top {
            self.errors.push_spanned(pat, STRUCT_PATTERN_MSG);
            return None;
        }
        self.pattern(pat)
    }

    /// `match scrutinee { arms }`.
    pub(super) fn match_expr(&mut self, m: &syn::ExprMatch, span: Span) -> Option<Expr> {
        let scrutinee = self.boxed(&m.expr);
        let arms: Vec<Option<MatchArm>> = m.arms.iter().map(|a| self.match_arm(a)).collect();
        Some(Expr::Match {
            scrutinee: scrutinee?,
            arms: arms.into_iter().collect::<Option<_>>()?,
            span,
        })
    }

    fn match_arm(&mut self, arm: &syn::Arm) -> Option<MatchArm> {
        let pat = self.pattern(&arm.pat);
        let guard = arm.guard.as_ref().map(|(_, g)| self.expr(g));
        let body = self.arm_body(&arm.body);
        Some(MatchArm {
            pat: pat?,
            guard: match guard {
                Some(g) => Some(g?),
                None => None,
            },
            body: body?,
            span: arm.span(),
        })
    }

    /// The body of an arm: an expression, or an assignment (`v => s += v,`)
    /// as a block of one statement.
    fn arm_body(&mut self, e: &syn::Expr) -> Option<Expr> {
        match self.assignment(e) {
            Some(Stmt::Expr(e)) => Some(e),
            Some(s) => Some(Expr::Block(Block {
                stmts: vec![s],
                tail: None,
            })),
            None => self.expr(e),
        }
    }

    /// `if let P = E { A } else { B }` (and `if let P = E && guard`): the
    /// `match` `match E { P if guard => A, _ => B }`.
    pub(super) fn if_let(
        &mut self,
        l: &syn::ExprLet,
        guard: Option<&syn::Expr>,
        i: &syn::ExprIf,
        span: Span,
    ) -> Option<Expr> {
        let scrutinee = self.boxed(&l.expr);
        let pat = self.pattern(&l.pat);
        let guard = guard.map(|g| self.expr(g));
        let then_block = self.block(&i.then_branch);
        let otherwise = match &i.else_branch {
            Some((_, e)) => self.expr(e),
            None => Some(Expr::Block(Block {
                stmts: vec![],
                tail: None,
            })),
        };
        let arms = vec![
            MatchArm {
                pat: pat?,
                guard: match guard {
                    Some(g) => Some(g?),
                    None => None,
                },
                body: Expr::Block(then_block),
                span,
            },
            MatchArm {
                pat: Pattern::Wild,
                guard: None,
                body: otherwise?,
                span,
            },
        ];
        Some(Expr::Match {
            scrutinee: scrutinee?,
            arms,
            span,
        })
    }

    /// `matches!(E, P)` and `matches!(E, P if guard)`: `match E { P if
    /// guard => true, _ => false }`.
    pub(super) fn matches_macro(&mut self, mac: &syn::Macro, span: Span) -> Option<Expr> {
        let parsed = mac.parse_body_with(|input: syn::parse::ParseStream<'_>| {
            let e: syn::Expr = input.parse()?;
            input.parse::<syn::Token![,]>()?;
            let p = syn::Pat::parse_multi_with_leading_vert(input)?;
            let guard = if input.peek(syn::Token![if]) {
                input.parse::<syn::Token![if]>()?;
                Some(input.parse::<syn::Expr>()?)
            } else {
                None
            };
            input.parse::<Option<syn::Token![,]>>()?;
            Ok((e, p, guard))
        });
        let Ok((e, p, guard)) = parsed else {
            self.errors.push_spanned(
                mac,
                "write `matches!(value, pattern)` or `matches!(value, pattern if condition)`",
            );
            return None;
        };
        let scrutinee = self.boxed(&e);
        let pat = self.pattern(&p);
        let guard = guard.map(|g| self.expr(&g));
        let lit = |b: bool| Expr::Lit(syn::Lit::Bool(syn::LitBool::new(b, span)), Ty::Bool);
        let arms = vec![
            MatchArm {
                pat: pat?,
                guard: match guard {
                    Some(g) => Some(g?),
                    None => None,
                },
                body: lit(true),
                span,
            },
            MatchArm {
                pat: Pattern::Wild,
                guard: None,
                body: lit(false),
                span,
            },
        ];
        Some(Expr::Match {
            scrutinee: scrutinee?,
            arms,
            span,
        })
    }

    /// `while let P = E { B }`: `loop { match E { P => B, _ => break } }`.
    pub(super) fn while_let(
        &mut self,
        l: &syn::ExprLet,
        w: &syn::ExprWhile,
        span: Span,
    ) -> Option<Expr> {
        let scrutinee = self.boxed(&l.expr);
        let pat = self.pattern(&l.pat);
        let body = self.block(&w.body);
        let arms = vec![
            MatchArm {
                pat: pat?,
                guard: None,
                body: Expr::Block(body),
                span,
            },
            MatchArm {
                pat: Pattern::Wild,
                guard: None,
                body: Expr::Break(span),
                span,
            },
        ];
        let m = Expr::Match {
            scrutinee: scrutinee?,
            arms,
            span,
        };
        Some(Expr::Loop(
            Block {
                stmts: vec![Stmt::Expr(m)],
                tail: None,
            },
            span,
        ))
    }

    /// `let P = E else { D };`: `let (names..) = match E { P => (names..),
    /// _ => D };`, with `D` diverging, so the names are bound after it.
    pub(super) fn let_else(&mut self, local: &syn::Local, diverge: &syn::Expr) -> Option<Stmt> {
        let init = local.init.as_ref()?;
        let span = local.span();
        let scrutinee = self.boxed(&init.expr);
        let pat = self.pattern(&local.pat);
        let otherwise = self.expr(diverge);
        let pat = pat?;
        let names = pattern_binds(&pat);
        let (bound, value) = match names.as_slice() {
            [] => (
                Pattern::Wild,
                Expr::Block(Block {
                    stmts: vec![],
                    tail: None,
                }),
            ),
            [one] => (Pattern::Ident(one.clone()), Expr::Var(one.clone())),
            many => (
                Pattern::Tuple(many.iter().cloned().map(Pattern::Ident).collect()),
                Expr::Tuple(many.iter().cloned().map(Expr::Var).collect(), span),
            ),
        };
        let arms = vec![
            MatchArm {
                pat,
                guard: None,
                body: value,
                span,
            },
            MatchArm {
                pat: Pattern::Wild,
                guard: None,
                body: otherwise?,
                span,
            },
        ];
        Some(Stmt::Let {
            pat: bound,
            ty: None,
            init: Some(Expr::Match {
                scrutinee: scrutinee?,
                arms,
                span,
            }),
        })
    }
}

/// The names a pattern kept as written binds.
fn bindings_of(p: &syn::Pat) -> Vec<Ident> {
    struct Find(Vec<Ident>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_pat_ident(&mut self, pi: &'ast syn::PatIdent) {
            let constant = is_constant_name(&pi.ident) && pi.subpat.is_none();
            if !constant && !self.0.contains(&pi.ident) {
                self.0.push(pi.ident.clone());
            }
            syn::visit::visit_pat_ident(self, pi);
        }
    }
    let mut f = Find(Vec::new());
    syn::visit::Visit::visit_pat(&mut f, p);
    f.0
}
