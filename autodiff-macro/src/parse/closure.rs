//! Closures and what may stand where a closure is expected.

use super::*;
use crate::ast::{Closure, ClosureParam, FnArg};
use std::rc::Rc;

impl Parser<'_> {
    /// `|params| body`, `move |params| body`.
    pub(super) fn closure(&mut self, c: &syn::ExprClosure) -> Option<Rc<Closure>> {
        let span = c.span();
        if c.asyncness.is_some() || c.constness.is_some() || c.movability.is_some() {
            self.errors.push(
                span,
                "only plain closures (`|v| ...`, `move |v| ...`) are supported in a \
                 differentiated function",
            );
            return None;
        }
        if let Some(r) = find_return(&c.body) {
            self.errors.push_spanned(
                r,
                "`return` inside a closure is not supported in a differentiated function: \
                 make the closure's body an expression (`if a { x } else { y }`)",
            );
            return None;
        }
        let params: Vec<Option<ClosureParam>> =
            c.inputs.iter().map(|p| self.closure_param(p)).collect();
        // `|v| total += v`: an assignment is the body's only statement.
        let body = match self.assignment(&c.body) {
            Some(s) => Some(Expr::Block(crate::ast::Block {
                stmts: vec![s],
                tail: None,
            })),
            None => self.expr(&c.body),
        };
        let params: Option<Vec<ClosureParam>> = params.into_iter().collect();
        Some(Rc::new(Closure {
            params: params?,
            body: body?,
            is_move: c.capture.is_some(),
            span,
        }))
    }

    pub(super) fn closure_param(&mut self, p: &syn::Pat) -> Option<ClosureParam> {
        match p {
            syn::Pat::Type(pt) => Some(ClosureParam {
                pat: self.pattern(&pt.pat)?,
                ty: Some(value_type(&pt.ty)),
            }),
            p => Some(ClosureParam {
                pat: self.pattern(p)?,
                ty: None,
            }),
        }
    }

    /// What is passed where a closure is expected: a closure or a path.
    pub(super) fn fn_arg(&mut self, e: &syn::Expr, adaptor: &str) -> Option<FnArg> {
        match strip_parens(e) {
            syn::Expr::Closure(c) => Some(FnArg::Closure(self.closure(c)?)),
            syn::Expr::Path(p) if p.qself.is_none() => Some(FnArg::Path(p.clone())),
            other => {
                self.errors.push_spanned(
                    other,
                    format!(
                        "`{adaptor}` takes a closure (`|v| ...`) or the name of a function \
                         (`f64::max`, a local closure, a function marked `#[differentiate]`) \
                         in a differentiated function"
                    ),
                );
                None
            }
        }
    }
}

/// The first `return` in a closure body, not counting nested closures.
fn find_return(e: &syn::Expr) -> Option<syn::ExprReturn> {
    struct Find(Option<syn::ExprReturn>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_return(&mut self, r: &'ast syn::ExprReturn) {
            if self.0.is_none() {
                self.0 = Some(r.clone());
            }
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Find(None);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}
