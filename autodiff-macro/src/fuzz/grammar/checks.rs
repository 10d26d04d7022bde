//! Productions for assertions and panics (`lower::check`): assertions
//! that hold on every value (a float is either NaN or has a non-negative
//! square), on generated expressions, variables and array lengths, and
//! `panic!`/`unreachable!` in branches the program never takes. They must
//! change no value and no derivative.

use super::*;

/// An assertion or a panic in a branch, as a statement.
#[derive(Clone, Debug)]
pub enum CheckS {
    /// `let w: f64 = e; assert!(w.abs() >= 0.0 || w.is_nan(), "..{}", w *
    /// 2.0)`, and the `debug_assert!` form.
    Holds { e: E, debug: bool },
    /// `assert_eq!(a.len(), N)`, `debug_assert_eq!`, `assert_ne!(a.len(),
    /// 0)`, `debug_assert_ne!` on an array in scope.
    Len { arr: u8, kind: u8 },
    /// `if v * v < 0.0 { panic!("..{v}") }` on a float in scope.
    Panic { var: u8 },
    /// `let w: f64 = if (0.0..).contains(&(v * v)) || v.is_nan() { e }
    /// else { unreachable!() };`
    Unreachable { var: u8, e: E },
}

/// The strategy of [`CheckS`], generated expressions from `e`.
pub(super) fn stmt(e: BoxedStrategy<E>) -> BoxedStrategy<S> {
    prop_oneof![
        (e.clone(), any::<bool>()).prop_map(|(e, debug)| CheckS::Holds { e, debug }),
        (any::<u8>(), 0u8..4).prop_map(|(arr, kind)| CheckS::Len { arr, kind }),
        any::<u8>().prop_map(|var| CheckS::Panic { var }),
        (any::<u8>(), e).prop_map(|(var, e)| CheckS::Unreachable { var, e }),
    ]
    .prop_map(S::Check)
    .boxed()
}

impl Renderer<'_> {
    pub(super) fn check_stmt(&mut self, s: &CheckS) {
        match s {
            CheckS::Holds { e, debug } => {
                // Bound first: the IR interpreter evaluates an assertion's
                // operands as constant expressions, without chains.
                let (t, _) = self.expr(e, false);
                let w = self.fresh("v");
                self.line(&format!("let {w}: f64 = {t};"));
                self.push_check_float(&w);
                let d = if *debug { "debug_" } else { "" };
                self.line(&format!(
                    "{d}assert!({w}.abs() >= 0.0 || {w}.is_nan(), \"{{}} is a number\", {w} * 2.0);"
                ));
            }
            CheckS::Len { arr, kind } => {
                let Some(a) = pick(&self.arrays(), *arr) else {
                    return;
                };
                let (name, len) = (&a.name, a.len);
                let line = match (kind, a.exact) {
                    (0, true) => format!("assert_eq!({name}.len(), {len});"),
                    (1, true) => format!("debug_assert_eq!({name}.len(), {len}, \"{name}\");"),
                    (2, _) => format!("assert_ne!({name}.len(), 0, \"{name} is empty\");"),
                    _ => format!("debug_assert_ne!({name}.len(), 0);"),
                };
                self.line(&line);
            }
            CheckS::Panic { var } => {
                let Some(v) = pick(&self.floats(), *var) else {
                    return;
                };
                let t = v.text();
                // A format string captures a plain name only.
                let plain = t.chars().all(|c| c.is_alphanumeric() || c == '_');
                let msg = if v.deref || !plain {
                    format!("\"negative square of {{}}\", {t}")
                } else {
                    format!("\"negative square of {{{t}}}\"")
                };
                self.line(&format!("if {t} * {t} < 0.0 {{"));
                self.indent += 1;
                self.line(&format!("panic!({msg});"));
                self.indent -= 1;
                self.line("}");
            }
            CheckS::Unreachable { var, e } => {
                let Some(v) = pick(&self.floats(), *var) else {
                    return;
                };
                let t = v.text();
                let (body, _) = self.expr(e, false);
                let w = self.fresh("v");
                self.line(&format!(
                    "let {w}: f64 = if (0.0..).contains(&({t} * {t})) || {t}.is_nan() {{ {body} }} \
                     else {{ unreachable!() }};"
                ));
                self.push_check_float(&w);
            }
        }
    }

    fn push_check_float(&mut self, name: &str) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.floats.push(Var::new(name, false));
        }
    }
}
