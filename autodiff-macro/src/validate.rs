//! Validate: the checks on the AST that need no names or types, after
//! parsing and before lowering. Parsing rejects what the macro cannot
//! read; this stage rejects what it can read but not differentiate as
//! written (recursion, a `#[checkpoint]` on a loop whose segments cannot be
//! recomputed by index, a `return` without a value, a pair pattern over a
//! range). Names are resolved, and their errors reported, by `lower`;
//! float widths by `types`; derivative flow by `activity`.

use crate::ast::{Callee, Expr, FnDef, ForIter, ForPat, block_exits, for_each_expr};
use crate::diag::Errors;

/// Records every error of `def` in `errors`.
pub fn validate(def: &FnDef, errors: &mut Errors) {
    let name = def.sig.ident.to_string();
    for_each_expr(&def.body, &mut |e| match e {
        Expr::Call(call) if calls_itself(&call.callee, &name) => {
            errors.push_spanned(
                &call.source,
                format!(
                    "`{name}` calls itself: recursive functions cannot be differentiated; write \
                     the recursion as a loop"
                ),
            );
        }
        Expr::Return(None, span) => errors.push(*span, "`return` needs a value here"),
        Expr::For {
            pat,
            iter,
            body,
            span,
            checkpoint,
        } => {
            let (inclusive, reversed) = match iter {
                ForIter::Range {
                    inclusive,
                    reversed,
                    ..
                } => (*inclusive, *reversed),
                ForIter::Elements { .. } | ForIter::Chain(_) => (false, false),
            };
            if let Some(c) = checkpoint {
                let exits = block_exits(body, 0);
                if exits.brk || exits.ret || inclusive || reversed {
                    errors.push(
                        c.span,
                        "`#[checkpoint]` applies to a loop `for i in a..b` (or over a sequence) \
                         without `break` or `return`: its segments are recomputed by index",
                    );
                }
            }
            if matches!(pat, ForPat::Pair(..)) && matches!(iter, ForIter::Range { .. }) {
                errors.push(
                    *span,
                    "a pair pattern needs `.iter().enumerate()`: write `for (i, v) in \
                     x.iter().enumerate()`",
                );
            }
        }
        _ => {}
    });
}

/// Whether a call calls the function being differentiated: `name(..)`,
/// `Self::name(..)` or `self.name(..)`.
fn calls_itself(callee: &Callee, name: &str) -> bool {
    match callee {
        Callee::Path(p) => {
            let segs = &p.path.segments;
            let last_is_name = segs.last().is_some_and(|s| s.ident == name);
            last_is_name && (segs.len() == 1 || (segs.len() == 2 && segs[0].ident == "Self"))
        }
        Callee::Method { recv, name: m, .. } => {
            m == name && matches!(&**recv, Expr::Var(v) if v == "self")
        }
    }
}
