//! Assertions and panics (`parse::check`): a constant expression that
//! binds the local variables the macro mentions to their current values
//! and then runs the macro as written,
//! `{ let x = __autodiff_input_0; assert!(x > 0.0, "{x}") }`. The
//! companions run it in their forward sweep on the primal values, where
//! the primal runs it; it has no derivative. After a `panic!`-style macro
//! the rest of the block is dead, like after a `return`, but without a
//! flag: nothing after a panic runs.

use super::*;

impl<'e> Lowerer<'e> {
    /// Lowers the assertion or panic `mac` (kept as written in `expr`),
    /// which mentions `names`.
    pub(super) fn check(
        &mut self,
        expr: &syn::Expr,
        names: &[Ident],
        diverges: bool,
        span: Span,
    ) -> Option<Lv> {
        let mut inputs = Vec::new();
        let mut lets = Vec::new();
        for id in names {
            let name = id.to_string();
            if let Some(s) = self.special_of(&name) {
                self.special_used_as_value(id, &s);
                continue;
            }
            let Some(var) = self.lookup(&name) else {
                // Not a local: an item, a function, a field name.
                continue;
            };
            match self.vars[var].clone() {
                Some(Lv::One(v)) => {
                    let m = input_ident(inputs.len());
                    inputs.push(v);
                    lets.push(quote::quote! {
                        #[allow(unused_variables)]
                        let #id = #m;
                    });
                }
                Some(_) => self.errors.push(
                    id.span(),
                    format!(
                        "this assertion reads `{name}`, a tuple or an `Option` built in the \
                         function, which #[differentiate] keeps as separate values: bind its \
                         parts first (`let (a, b) = {name};`) and assert on them"
                    ),
                ),
                // Declared but not assigned: rustc reports the read.
                None => {}
            }
        }
        let tokens = quote::quote!({ #(#lets)* #expr });
        let body: syn::Expr =
            syn::parse2(tokens.clone()).unwrap_or_else(|_| syn::Expr::Verbatim(tokens));
        let c = ConstExpr {
            expr: body,
            inputs,
            kind: OpaqueKind::Check { diverges },
            source: quote::ToTokens::to_token_stream(expr),
        };
        self.push(InstKind::Const(c), Ty::Other, None, span);
        if diverges {
            self.dead = true;
        }
        None
    }
}
