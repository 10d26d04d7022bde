//! Productions for parts of sequences (`lower::seq`): subslices bound with
//! `let` and read by index, `len()`, a chain and a `for` loop; `split_at`;
//! `first()`/`last()` unwrapped with a default; `vec![a, b, c]`.

use super::*;

/// A statement on parts of an array in scope (flat, at least 3 long).
#[derive(Clone, Debug)]
pub enum SeqS {
    /// `let s = &a[1..];` (`kind` 0), `&a[..2]` (1), `&a[1..3]` (2), read
    /// as `s[0] * e + s.len()`, and by a `for` loop over `s.iter()`; and
    /// `a[..].to_vec()` of the same range.
    Sub { arr: u8, kind: u8, e: E },
    /// `let (l, r) = a.split_at(k);` with `k` in 1..=2.
    Split { arr: u8, k: u8 },
    /// `a.first().copied().unwrap_or(e)`, or `last()`.
    End { arr: u8, last: bool, e: E },
    /// `let v = vec![e, f, g];`, an array of 3 for what follows.
    VecLit(E, E, E),
    /// A `Vec` that grows: `Vec::new()` (`kind` 0) or
    /// `Vec::with_capacity(a.len())` (1), `push` in a loop over `a` and in
    /// a branch of it, then `extend_from_slice(&a[1..3])` (0) or `(&a)`
    /// (1); read by index, `len()` and a chain, and a `Vec` for what
    /// follows.
    Grow { arr: u8, kind: u8, e: E },
}

/// The strategy of [`SeqS`], generated expressions from `e`.
pub(super) fn stmt(e: BoxedStrategy<E>) -> BoxedStrategy<S> {
    prop_oneof![
        (any::<u8>(), 0u8..3, e.clone()).prop_map(|(arr, kind, e)| SeqS::Sub { arr, kind, e }),
        (any::<u8>(), 1u8..3).prop_map(|(arr, k)| SeqS::Split { arr, k }),
        (any::<u8>(), any::<bool>(), e.clone()).prop_map(|(arr, last, e)| SeqS::End {
            arr,
            last,
            e
        }),
        (e.clone(), e.clone(), e.clone()).prop_map(|(a, b, c)| SeqS::VecLit(a, b, c)),
        (any::<u8>(), 0u8..2, e).prop_map(|(arr, kind, e)| SeqS::Grow { arr, kind, e }),
    ]
    .prop_map(S::Seq)
    .boxed()
}

impl Renderer<'_> {
    pub(super) fn seq_stmt(&mut self, s: &SeqS) {
        let arrays: Vec<Arr> = self
            .arrays()
            .into_iter()
            .filter(|a| a.rows.is_none() && a.len >= 3)
            .collect();
        let pick_arr = |k: u8| pick(&arrays, k);
        match s {
            SeqS::Sub { arr, kind, e } => {
                let Some(a) = pick_arr(*arr) else { return };
                let range = match kind {
                    0 => "1..",
                    1 => "..2",
                    _ => "1..3",
                };
                let (t, _) = self.expr(e, false);
                let (sub, w, acc, zv) = (
                    self.fresh("zs"),
                    self.fresh("v"),
                    self.fresh("v"),
                    self.fresh("zv"),
                );
                self.line(&format!("let {sub} = &{}[{range}];", a.name));
                self.line(&format!(
                    "let {w}: f64 = {sub}[0] * ({t}) + {sub}.len() as f64;"
                ));
                self.line(&format!("let mut {acc}: f64 = 0.0;"));
                self.line(&format!("for &{zv} in {sub}.iter() {{"));
                self.indent += 1;
                self.line(&format!("{acc} += {zv} * {zv};"));
                self.indent -= 1;
                self.line("}");
                self.push_seq_float(&w);
                self.push_seq_float(&acc);
                // A copy, an array for what follows; a `Vec` made in a loop
                // body whose elements the adjoint updates does not compile
                // (README, "Not yet").
                if self.loops.is_empty() && !self.ctx.w.vec_as_array {
                    let copy = self.fresh("zvec");
                    self.line(&format!("let {copy} = {}[{range}].to_vec();", a.name));
                    self.push_array(Arr {
                        name: copy,
                        len: 2,
                        rows: None,
                        mutable: false,
                        is_vec: true,
                        owned: true,
                        exact: false,
                    });
                }
            }
            SeqS::Split { arr, k } => {
                let Some(a) = pick_arr(*arr) else { return };
                let (l, r, w) = (self.fresh("zl"), self.fresh("zr"), self.fresh("v"));
                self.line(&format!("let ({l}, {r}) = {}.split_at({k});", a.name));
                self.line(&format!(
                    "let {w}: f64 = {l}[0] - {r}.iter().sum::<f64>() + ({l}.len() * {r}.len()) as f64;"
                ));
                self.push_seq_float(&w);
            }
            SeqS::End { arr, last, e } => {
                let Some(a) = pick_arr(*arr) else { return };
                let (t, _) = self.expr(e, false);
                let w = self.fresh("v");
                let end = if *last { "last" } else { "first" };
                self.line(&format!(
                    "let {w}: f64 = {}.{end}().copied().unwrap_or({t});",
                    a.name
                ));
                self.push_seq_float(&w);
            }
            SeqS::Grow { arr, kind, e } => {
                let Some(a) = pick_arr(*arr) else { return };
                self.grow(&a, *kind, e);
            }
            SeqS::VecLit(a, b, c) => {
                // A `Vec` made in a loop body whose elements the adjoint
                // updates does not compile (README, "Not yet").
                if !self.loops.is_empty() || self.ctx.w.vec_as_array {
                    return;
                }
                let items: Vec<String> = [a, b, c].iter().map(|e| self.expr(e, false).0).collect();
                let v = self.fresh("zvec");
                self.line(&format!("let {v}: Vec<f64> = vec![{}];", items.join(", ")));
                self.push_array(Arr {
                    name: v,
                    len: 3,
                    rows: None,
                    mutable: false,
                    is_vec: true,
                    owned: true,
                    exact: true,
                });
            }
        }
    }

    /// See [`SeqS::Grow`].
    fn grow(&mut self, a: &Arr, kind: u8, e: &E) {
        // A `Vec` made in a loop body whose elements the adjoint updates
        // does not compile (README, "Not yet").
        if !self.loops.is_empty() || self.ctx.w.vec_as_array {
            return;
        }
        let (t, _) = self.expr(e, false);
        let (v, i, q, w) = (
            self.fresh("zgrow"),
            self.fresh("zi"),
            self.fresh("zq"),
            self.fresh("v"),
        );
        let a = &a.name;
        if kind == 0 {
            self.line(&format!("let mut {v}: Vec<f64> = Vec::new();"));
        } else {
            self.line(&format!("let mut {v} = Vec::with_capacity({a}.len());"));
        }
        self.line(&format!("for ({i}, &{q}) in {a}.iter().enumerate() {{"));
        self.indent += 1;
        self.line(&format!("if {i} % 2 == 0 {{"));
        self.indent += 1;
        self.line(&format!("{v}.push({q} * ({t}));"));
        self.indent -= 1;
        self.line("}");
        self.indent -= 1;
        self.line("}");
        if kind == 0 {
            self.line(&format!("{v}.extend_from_slice(&{a}[1..3]);"));
        } else {
            self.line(&format!("{v}.extend_from_slice(&{a});"));
        }
        self.line(&format!(
            "let {w}: f64 = {v}[1] * {v}[0] + {v}.len() as f64 + {v}.iter().map(|zt| zt * zt).sum::<f64>();"
        ));
        self.push_seq_float(&w);
        // At least two pushes (`a` has 3 elements or more) and two copies.
        self.push_array(Arr {
            name: v,
            len: 4,
            rows: None,
            mutable: false,
            is_vec: true,
            owned: true,
            exact: false,
        });
    }

    fn push_seq_float(&mut self, name: &str) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.floats.push(Var::new(name, false));
        }
    }
}
