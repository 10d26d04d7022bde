//! Float operations written as something other than a method of the
//! table: `x.sin_cos()` (a tuple of two methods of one receiver) and the
//! lossless conversions `f64::from(x)`, `x.into()` (casts, which carry the
//! derivative between float widths and make integers constants).

use super::*;

/// The hygienic-enough name that holds `sin_cos`'s receiver in its block.
const SIN_COS_RECEIVER: &str = "__autodiff_sin_cos_receiver";

impl Parser<'_> {
    /// `recv.sin_cos()` or `f64::sin_cos(recv)`:
    /// `{ let t = recv; (t.sin(), t.cos()) }`, so the receiver is
    /// evaluated once. `width` is set for the path form.
    pub(super) fn sin_cos(
        &mut self,
        recv: &syn::Expr,
        width: Option<FloatTy>,
        span: Span,
    ) -> Option<Expr> {
        let recv = self.expr(recv)?;
        let t = Ident::new(SIN_COS_RECEIVER, Span::mixed_site());
        let method = |name: &str| {
            let info = math::lookup(name)?;
            Some(Expr::Math(
                MathFn(info),
                vec![Expr::Var(t.clone())],
                width,
                span,
            ))
        };
        let pair = Expr::Tuple(vec![method("sin")?, method("cos")?], span);
        Some(Expr::Block(Block {
            stmts: vec![Stmt::Let {
                pat: Pattern::Ident(t.clone()),
                ty: None,
                init: Some(recv),
            }],
            tail: Some(Box::new(pair)),
        }))
    }

    /// `f64::from(x)`, `f32::from(x)`: `x as f64`, `x as f32` (`From`
    /// exists only where the cast loses nothing).
    pub(super) fn float_from(
        &mut self,
        arg: &syn::Expr,
        width: FloatTy,
        span: Span,
    ) -> Option<Expr> {
        let inner = self.boxed(arg)?;
        Some(Expr::Cast(inner, float_target(width, false, span), span))
    }

    /// `x.into()` in a differentiated function: a numeric conversion to
    /// `f64`, the only float type that `f32` and the integers convert
    /// `into` without loss (`let z: f64 = y.into();`), where `x` is a number;
    /// the lowering keeps any other `x.into()` as written.
    pub(super) fn float_into(&mut self, recv: &syn::Expr, span: Span) -> Option<Expr> {
        let inner = self.boxed(recv)?;
        Some(Expr::Cast(
            inner,
            float_target(FloatTy::F64, true, span),
            span,
        ))
    }
}

fn float_target(width: FloatTy, into: bool, span: Span) -> CastTarget {
    let ident = Ident::new(&width.name(), span);
    CastTarget {
        tokens: quote::quote!(#ident),
        ty: Ty::Float(width),
        into,
    }
}
