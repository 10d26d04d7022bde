//! Assertions and panics in the reference interpreter, as Rust runs them:
//! an assertion evaluates its operands and fails (an error) when it does
//! not hold; a `panic!`-style macro always fails. Format arguments are not
//! evaluated (a message changes no value). Also `(lo..hi).contains(&x)`,
//! the range test of a condition.

use super::*;

impl Machine<'_, '_> {
    /// Runs the macro `mac` if it is an assertion or a panic; `None` for
    /// any other macro.
    pub(super) fn check_macro(&mut self, mac: &syn::Macro) -> Option<R<()>> {
        let name = mac.path.segments.last()?.ident.to_string();
        let kind = match name.as_str() {
            "assert" | "debug_assert" => 1,
            "assert_eq" | "debug_assert_eq" => 2,
            "assert_ne" | "debug_assert_ne" => 3,
            "panic" | "unreachable" | "todo" | "unimplemented" => 0,
            _ => return None,
        };
        Some(self.run_check(mac, kind))
    }

    fn run_check(&mut self, mac: &syn::Macro, kind: u8) -> R<()> {
        let failed = || format!("`{}` failed", quote::quote!(#mac));
        if kind == 0 {
            return Err(failed());
        }
        let args = mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
            .map_err(|e| e.to_string())?;
        let mut operand = |k: usize| -> R<V> {
            let e = args.iter().nth(k).ok_or("an assertion without operands")?;
            match self.expr(e)? {
                Ok(v) => Ok(v),
                Err(_) => Err("an assertion's operand leaves the function".into()),
            }
        };
        let holds = match kind {
            1 => operand(0)? == V::B(true),
            2 => same(&operand(0)?, &operand(1)?),
            _ => !same(&operand(0)?, &operand(1)?),
        };
        if holds { Ok(()) } else { Err(failed()) }
    }
}

impl Machine<'_, '_> {
    /// `(lo..hi).contains(&x)`, `(lo..=hi)`, `(lo..)`, `(..hi)`.
    pub(super) fn range_contains(&mut self, r: &syn::ExprRange, x: &Expr) -> R<Result<V, Flow>> {
        let x = match x {
            Expr::Reference(r) => &*r.expr,
            x => x,
        };
        let mut inside = true;
        if let Some(lo) = &r.start {
            let (lo, v) = match (self.expr(lo)?, self.expr(x)?) {
                (Ok(lo), Ok(v)) => (lo, v),
                (Err(f), _) | (_, Err(f)) => return Ok(Err(f)),
            };
            inside &= binary(&BinOp::Le(Default::default()), lo, v)? == V::B(true);
        }
        if let Some(hi) = &r.end {
            let (v, hi) = match (self.expr(x)?, self.expr(hi)?) {
                (Ok(v), Ok(hi)) => (v, hi),
                (Err(f), _) | (_, Err(f)) => return Ok(Err(f)),
            };
            let op = match r.limits {
                syn::RangeLimits::HalfOpen(_) => BinOp::Lt(Default::default()),
                syn::RangeLimits::Closed(_) => BinOp::Le(Default::default()),
            };
            inside &= binary(&op, v, hi)? == V::B(true);
        }
        Ok(Ok(V::B(inside)))
    }
}

/// `a == b` as Rust compares them (a float literal equals the float it
/// meets).
fn same(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::F(x) | V::L(x), V::F(y) | V::L(y)) => x == y,
        (V::S(x), V::S(y)) => x == y,
        (V::S(x), V::L(y)) | (V::L(y), V::S(x)) => f64::from(*x) == *y,
        _ => a == b,
    }
}
