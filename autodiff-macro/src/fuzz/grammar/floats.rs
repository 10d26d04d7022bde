//! Productions for the float operations outside the method table
//! (`parse::float`): `sin_cos` destructured, and the conversions
//! `f64::from` and `.into()` from `f32` (which carry the derivative) and
//! from integers (constants).

use super::*;

/// A `let` of `sin_cos` or of a conversion.
#[derive(Clone, Debug)]
pub enum FloatS {
    /// `let (s, c) = e.sin_cos();` (`true`: `f64::sin_cos(e)`).
    SinCos { e: E, path: bool },
    /// `let v: f64 = f64::from((e) as f32);`, or `((e) as f32).into()`
    /// (`into`).
    Widen { e: E, into: bool },
    /// `let v: f64 = e * f64::from(3_u16);`, or `3_u16.into()` (`into`).
    FromInt { e: E, k: u8, into: bool },
}

/// The strategy of [`FloatS`], generated expressions from `e`.
pub(super) fn stmt(e: BoxedStrategy<E>) -> BoxedStrategy<S> {
    prop_oneof![
        (e.clone(), any::<bool>()).prop_map(|(e, path)| FloatS::SinCos { e, path }),
        (e.clone(), any::<bool>()).prop_map(|(e, into)| FloatS::Widen { e, into }),
        (e, 1u8..4, any::<bool>()).prop_map(|(e, k, into)| FloatS::FromInt { e, k, into }),
    ]
    .prop_map(S::Float)
    .boxed()
}

impl Renderer<'_> {
    pub(super) fn float_stmt(&mut self, f: &FloatS) {
        match f {
            FloatS::SinCos { e, path } => {
                let (t, _) = self.expr(e, true);
                let (s, c) = (self.fresh("v"), self.fresh("v"));
                let call = if *path {
                    format!("f64::sin_cos({t})")
                } else {
                    format!("({t}).sin_cos()")
                };
                self.line(&format!("let ({s}, {c}) = {call};"));
                self.push_float_var(&s);
                self.push_float_var(&c);
            }
            FloatS::Widen { e, into } => {
                let (t, _) = self.expr(e, false);
                let w = self.fresh("v");
                let value = if *into {
                    format!("(({t}) as f32).into()")
                } else {
                    format!("f64::from(({t}) as f32)")
                };
                self.line(&format!("let {w}: f64 = {value};"));
                self.push_float_var(&w);
            }
            FloatS::FromInt { e, k, into } => {
                let (t, _) = self.expr(e, false);
                let w = self.fresh("v");
                if *into {
                    let n = self.fresh("v");
                    self.line(&format!("let {n}: f64 = {k}_u16.into();"));
                    self.line(&format!("let {w}: f64 = ({t}) * {n};"));
                } else {
                    self.line(&format!("let {w}: f64 = ({t}) * f64::from({k}_u16);"));
                }
                self.push_float_var(&w);
            }
        }
    }

    fn push_float_var(&mut self, name: &str) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.floats.push(Var::new(name, false));
        }
    }
}
