//! Productions for patterns, `match`, `Option`s and enums (`lower::pattern`
//! and the lowering of `match`): destructuring `let`s of arrays, nested
//! arrays and tuples (rest patterns, `_`, `ref`, `mut`, `&`), `for` loops
//! over the rows of a nested array with patterns, `match` on integers,
//! tuples, `bool`, floats with guards, slices and the enum [`enum_item`]
//! of the program, and `Option`s built in the body (or the constant
//! parameter `o: Option<f64>`) taken apart by `match`, `if let` (also in a
//! chain with a condition), `let .. else`, `while let`, `matches!` and the
//! methods of `Option`.
//!
//! Every statement ends by declaring a float (`pm`, `ps`, or the names a
//! pattern binds), which later statements and the function's result read;
//! inside a block it is also added to a mutable float of the enclosing
//! blocks, so its work reaches the result.

use super::*;

/// A statement of this module: `kind` picks the construct, `sel` its form
/// and the values it reads, `es` and `cond` are what it computes with.
#[derive(Clone, Debug)]
pub struct PatS {
    pub kind: u8,
    pub sel: u8,
    pub es: Vec<E>,
    pub cond: C,
}

/// How many kinds of [`PatS`] there are.
const KINDS: u8 = 11;

pub(super) fn stmt(e: BoxedStrategy<E>, c: BoxedStrategy<C>) -> BoxedStrategy<S> {
    (0..KINDS, any::<u8>(), vec(e, 3), c)
        .prop_map(|(kind, sel, es, cond)| {
            S::Pat(PatS {
                kind,
                sel,
                es,
                cond,
            })
        })
        .boxed()
}

/// The enum `name` the programs match on: a unit variant and variants with
/// constant data, positional and named.
pub(super) fn enum_item(name: &str) -> String {
    format!(
        "#[derive(Clone, Copy, Debug)]\npub enum {name} {{\n    Relu,\n    Leaky(f64),\n    Softplus {{ beta: f64 }},\n}}\n"
    )
}

/// `s` in parentheses.
fn par(s: &str) -> String {
    format!("({s})")
}

impl Renderer<'_> {
    /// The arrays of fixed length in scope that a `let` can destructure:
    /// each with whether it is a reference (read with `*`).
    fn fixed_arrays(&self) -> Vec<(Arr, bool)> {
        self.arrays()
            .into_iter()
            .filter(|a| a.rows.is_none() && !a.is_vec && a.exact && a.len >= 2)
            .filter_map(|a| {
                if a.name == "x" {
                    return match self.x_ty {
                        Some(ArrParam::Owned) => Some((a, false)),
                        Some(ArrParam::Ref) => Some((a, true)),
                        _ => None,
                    };
                }
                a.owned.then_some((a, false))
            })
            .collect()
    }

    /// A nested 2x2 array to destructure or iterate: `m` (with whether it
    /// is a reference), or a new local one.
    fn rows_source(&mut self, es: &[E]) -> (String, bool) {
        if let Some(m) = self
            .arrays()
            .into_iter()
            .find(|a| a.name == "m" && a.rows == Some(2) && a.len == 2)
        {
            return (m.name, !m.owned);
        }
        let name = self.fresh("pq");
        let e: Vec<String> = es.iter().map(|e| self.expr(e, false).0).collect();
        self.line(&format!(
            "let {name}: [[f64; 2]; 2] = [[{}, {}], [{}, {}]];",
            e[0], e[1], e[2], e[0]
        ));
        self.push_array(Arr {
            name: name.clone(),
            len: 2,
            rows: Some(2),
            mutable: false,
            is_vec: false,
            owned: true,
            exact: true,
        });
        (name, false)
    }

    /// An array in scope (not nested), or a new local one of `a, b, c`.
    fn any_array(&mut self, sel: u8, a: &str, b: &str, c: &str) -> String {
        let arrays: Vec<Arr> = self
            .arrays()
            .into_iter()
            .filter(|a| a.rows.is_none())
            .collect();
        if let Some(arr) = pick(&arrays, sel) {
            return arr.name;
        }
        let name = self.fresh("pq");
        self.line(&format!("let {name}: [f64; 3] = [{a}, {b}, {c}];"));
        self.push_array(Arr {
            name: name.clone(),
            len: 3,
            rows: None,
            mutable: false,
            is_vec: false,
            owned: true,
            exact: true,
        });
        name
    }

    /// A new float in the current scope.
    fn declare(&mut self, name: &str, mutable: bool, deref: bool) {
        self.scopes.last_mut().expect("a scope").floats.push(Var {
            name: name.to_string(),
            mutable,
            deref,
        });
    }

    /// Adds the float `name` to a mutable float of the enclosing blocks,
    /// inside a nested block.
    fn feed(&mut self, name: &str, sel: u8) {
        if self.scopes.len() < 2 {
            return;
        }
        let outer: Vec<Var> = self.scopes[..self.scopes.len() - 1]
            .iter()
            .flat_map(|s| s.floats.iter().filter(|v| v.mutable).cloned())
            .collect();
        if let Some(t) = pick(&outer, sel) {
            self.line(&format!("{} += {name};", t.name));
        }
    }

    /// An integer scrutinee: an expression of a loop index, a bound or
    /// `x.len()`.
    fn int_scrutinee(&self, sel: u8) -> String {
        let mut cands = self.indices();
        cands.extend(self.bounds());
        if self.x_ty.is_some() {
            cands.push("x.len()".into());
        }
        let (k, j) = (1 + sel % 5, (sel / 5) % 4);
        match pick(&cands, sel / 20) {
            Some(s) => format!("({s} as usize * {k} + {j})"),
            None => format!("{j}usize"),
        }
    }

    /// The `return` of a value of the function's result type.
    fn return_text(&self, s: &str) -> String {
        match self.ret {
            HRet::Scalar => format!("return {s};"),
            HRet::Arr3 => format!("return [{s}, {s}, 0.5];"),
            HRet::Pair => format!("return ({s}, 1.0);"),
            HRet::Vec => format!("return vec![{s}; 3];"),
        }
    }

    pub(super) fn pat_stmt(&mut self, p: &PatS) {
        let sel = p.sel;
        let e: Vec<String> = p.es.iter().map(|e| par(&self.expr(e, false).0)).collect();
        let (a, b, c) = (e[0].clone(), e[1].clone(), e[2].clone());
        let pm = self.fresh("pm");
        match p.kind {
            // Arrays: `let [..] = x;`, `*x`, rest, `_`, `ref`, `mut`, `&`.
            0 => {
                // `tail @ ..` needs a length the macro reads (see
                // `tests/fuzz_regressions.rs`: `rest_binding_of_an_array_of_item_length`).
                let mut fixed = self.fixed_arrays();
                if sel % 6 == 2 && self.x_len_item {
                    fixed.retain(|(a, _)| a.name != "x");
                }
                // `&[..]` destructures a reference parameter (a reference
                // to a differentiable local is not supported).
                let form = match sel % 6 {
                    5 if !fixed.iter().any(|(_, r)| *r) => 0,
                    5 => {
                        fixed.retain(|(_, r)| *r);
                        5
                    }
                    f => f,
                };
                let (arr, by_ref) = match pick(&fixed, sel / 6) {
                    Some(found) => found,
                    None => {
                        let name = self.fresh("pq");
                        self.line(&format!("let {name}: [f64; 3] = [{a}, {b}, {c}];"));
                        let arr = Arr {
                            name,
                            len: 3,
                            rows: None,
                            mutable: false,
                            is_vec: false,
                            owned: true,
                            exact: true,
                        };
                        self.push_array(arr.clone());
                        (arr, false)
                    }
                };
                let src = if by_ref {
                    format!("*{}", arr.name)
                } else {
                    arr.name.clone()
                };
                let names: Vec<String> = (0..arr.len).map(|_| self.fresh("t")).collect();
                match form {
                    0 => {
                        self.line(&format!("let [{}] = {src};", names.join(", ")));
                        for n in &names {
                            self.declare(n, false, false);
                        }
                    }
                    1 => {
                        let (f, l) = (&names[0], &names[1]);
                        self.line(&format!("let [{f}, .., {l}] = {src};"));
                        self.declare(f, false, false);
                        self.declare(l, false, false);
                    }
                    2 => {
                        let (h, t) = (&names[0], &names[1]);
                        // The tail is read here, not left in scope: the arrays
                        // in scope are at least 3 long.
                        self.line(&format!("let [{h}, {t} @ ..] = {src};"));
                        self.line(&format!("let {pm}: f64 = {h} * {a} + {t}[0] * {t}[1];"));
                        self.declare(h, false, false);
                    }
                    3 => {
                        let v = &names[0];
                        self.line(&format!("let [_, {v}, ..] = {src};"));
                        self.declare(v, false, false);
                    }
                    4 => {
                        let (r, m) = (&names[0], &names[1]);
                        self.line(&format!("let [ref {r}, mut {m}, ..] = {src};"));
                        self.line(&format!("{m} *= {b};"));
                        self.declare(r, false, true);
                        self.declare(m, true, false);
                    }
                    _ => {
                        let (f, g) = (&names[0], &names[1]);
                        self.line(&format!("let &[{f}, {g}, ..] = {};", arr.name));
                        self.declare(f, false, false);
                        self.declare(g, false, false);
                    }
                }
                let last = names[0].clone();
                if form == 2 {
                    self.declare(&pm, false, false);
                    self.feed(&pm, sel);
                } else {
                    let read = if form == 4 {
                        format!("(*{last})")
                    } else {
                        last
                    };
                    self.line(&format!("let {pm}: f64 = {read} * {a};"));
                    self.declare(&pm, false, false);
                    self.feed(&pm, sel);
                }
            }
            // Nested arrays: `let [[a, b], [c, d]] = m;`.
            1 => {
                let (src, by_ref) = self.rows_source(&p.es);
                let src = if by_ref { format!("*{src}") } else { src };
                let n: Vec<String> = (0..4).map(|_| self.fresh("t")).collect();
                if sel % 2 == 0 {
                    self.line(&format!(
                        "let [[{}, {}], [{}, {}]] = {src};",
                        n[0], n[1], n[2], n[3]
                    ));
                    for v in &n {
                        self.declare(v, false, false);
                    }
                    self.line(&format!(
                        "let {pm}: f64 = {} * {} - {} * {};",
                        n[0], n[3], n[1], n[2]
                    ));
                } else {
                    // The row is read here, not left in scope (see above).
                    self.line(&format!("let [{}, [_, {}]] = {src};", n[0], n[1]));
                    self.declare(&n[1], false, false);
                    self.line(&format!("let {pm}: f64 = {}[1] * {} + {b};", n[0], n[1]));
                }
                self.declare(&pm, false, false);
                self.feed(&pm, sel);
            }
            // Tuples: `let (s, c) = (..)`, `(a, ..)`, `_`.
            2 => {
                let (u, v) = (self.fresh("t"), self.fresh("t"));
                match sel % 3 {
                    0 => {
                        self.line(&format!(
                            "let ({u}, {v}): (f64, f64) = (f64::sin({a}), f64::cos({a}));"
                        ));
                        self.declare(&u, false, false);
                        self.declare(&v, false, false);
                    }
                    1 => {
                        self.line(&format!(
                            "let ({u}, ..): (f64, f64, f64) = ({a}, {b}, {c});"
                        ));
                        self.declare(&u, false, false);
                    }
                    _ => {
                        self.line(&format!(
                            "let ({u}, _, mut {v}): (f64, f64, f64) = ({a}, {b}, {c});"
                        ));
                        self.line(&format!("{v} += {u};"));
                        self.declare(&u, false, false);
                        self.declare(&v, true, false);
                    }
                }
                self.feed(&u, sel);
            }
            // `for &[x, y] in rows.iter()`, `for (i, [x, _]) in ...enumerate()`.
            3 => {
                let (src, _) = self.rows_source(&p.es);
                let ps = self.fresh("ps");
                self.line(&format!("let mut {ps}: f64 = {c};"));
                let (u, v) = (self.fresh("t"), self.fresh("t"));
                let (header, index, vars) = if sel % 2 == 0 {
                    (
                        format!("for &[{u}, {v}] in {src}.iter() {{"),
                        None,
                        vec![Var::new(&u, false), Var::new(&v, false)],
                    )
                } else {
                    let i = self.fresh("pi");
                    let var = Var {
                        name: u.clone(),
                        mutable: false,
                        deref: true,
                    };
                    (
                        format!("for ({i}, [{u}, _]) in {src}.iter().enumerate() {{"),
                        Some(i),
                        vec![var],
                    )
                };
                self.line(&header);
                self.loops.push(Loop {
                    index: index.clone(),
                    checkpoint: false,
                });
                self.scopes.push(Scope {
                    floats: vars.clone(),
                    arrays: Vec::new(),
                });
                let body = par(&self.expr(&p.es[1], false).0);
                self.scopes.pop();
                self.loops.pop();
                let first = vars[0].text();
                let term = match (&index, vars.get(1)) {
                    (Some(i), _) => format!("{first} * ({i} as f64)"),
                    (None, Some(w)) => format!("{first} * {}", w.text()),
                    (None, None) => first,
                };
                self.line(&format!("    {ps} += {term} + {body};"));
                self.line("}");
                self.declare(&ps, true, false);
                self.feed(&ps, sel);
            }
            // `match` on an integer, as an expression or a statement.
            4 => {
                let s = self.int_scrutinee(sel);
                let n = self.fresh("pn");
                if sel % 2 == 0 {
                    self.line(&format!("let {pm}: f64 = match {s} {{"));
                    self.line(&format!("    0 => {a},"));
                    self.line(&format!("    1 | 2 => {b},"));
                    self.line(&format!("    4..=9 => {c},"));
                    self.line(&format!("    10.. => {a} * {b},"));
                    self.line(&format!("    {n} @ 1..=9 => ({n} as f64) * {c},"));
                    self.line("};");
                } else {
                    self.line(&format!("let mut {pm}: f64 = {a};"));
                    self.line(&format!("match {s} {{"));
                    self.line(&format!("    0 => {pm} += {b},"));
                    self.line(&format!("    1 | 2 => {pm} *= {c},"));
                    self.line("    4..=9 => {}");
                    self.line(&format!("    {n} => {pm} -= ({n} as f64) * {b},"));
                    self.line("}");
                }
                self.declare(&pm, sel % 2 == 1, false);
                self.feed(&pm, sel);
            }
            // `match` on a tuple of an integer and a `bool`, or on a `bool`.
            5 => {
                let cond = self.cond(&p.cond);
                if sel % 2 == 0 {
                    let s = self.int_scrutinee(sel / 2);
                    self.line(&format!("let {pm}: f64 = match ({s} % 2, {cond}) {{"));
                    self.line(&format!("    (0, true) => {a},"));
                    self.line(&format!("    (0, false) => {b},"));
                    self.line(&format!("    (_, true) => {c},"));
                    self.line(&format!("    (_, false) => {a} + {c},"));
                    self.line("};");
                } else {
                    self.line(&format!("let {pm}: f64 = match {cond} {{"));
                    self.line(&format!("    true => {a},"));
                    self.line(&format!("    false => {b},"));
                    self.line("};");
                }
                self.declare(&pm, false, false);
                self.feed(&pm, sel);
            }
            // `match` on a float: guards and ranges.
            6 => {
                let t = self.fresh("t");
                self.line(&format!("let {pm}: f64 = match {a} {{"));
                self.line(&format!("    {t} if {t} <= 0.5 => {t} * {b},"));
                self.line(&format!("    {t} @ 0.5..=1.5 => {t} + {c},"));
                self.line(&format!("    {t} => f64::sin({t}),"));
                self.line("};");
                self.declare(&pm, false, false);
                self.feed(&pm, sel);
            }
            // `match` on a slice: `[] =>`, `[a, b] =>`, `[first, .., last] =>`.
            7 => {
                // Slices: `x: &[f64]` and a helper's `&[f64]` parameters.
                let slices: Vec<Arr> = self
                    .arrays()
                    .into_iter()
                    .filter(|a| {
                        a.rows.is_none()
                            && !a.owned
                            && !a.is_vec
                            && (a.name != "x" || self.x_ty == Some(ArrParam::Slice))
                            && (a.name == "x" || !a.exact)
                    })
                    .collect();
                let Some(src) = pick(&slices, sel) else {
                    return self.pat_stmt(&PatS {
                        kind: 4,
                        ..p.clone()
                    });
                };
                let (u, v) = (self.fresh("t"), self.fresh("t"));
                self.line(&format!("let {pm}: f64 = match {} {{", src.name));
                self.line(&format!("    [] => {a},"));
                self.line(&format!("    [{u}] => (*{u}) * {b},"));
                self.line(&format!("    [{u}, {v}] => (*{u}) + (*{v}) * {b},"));
                self.line(&format!("    [{u}, .., {v}] => (*{u}) * (*{v}) + {c},"));
                self.line("};");
                self.declare(&pm, false, false);
                self.feed(&pm, sel);
            }
            // An enum of the program's: `Leaky(slope)`, `Softplus { beta }`.
            8 => {
                let act = self.ctx.act.clone();
                let k = lit(LITS[usize::from(sel / 6) % LITS.len()].abs(), false);
                let pk = self.fresh("pk");
                let value = match sel % 3 {
                    0 => format!("{act}::Relu"),
                    1 => format!("{act}::Leaky({k})"),
                    _ => format!("{act}::Softplus {{ beta: {k} }}"),
                };
                self.line(&format!("let {pk} = {value};"));
                if sel / 3 % 2 == 0 {
                    self.line(&format!("let {pm}: f64 = match {pk} {{"));
                    self.line(&format!("    {act}::Relu => f64::max({a}, 0.0),"));
                    self.line(&format!("    {act}::Leaky(slope) => slope * {a},"));
                    self.line(&format!(
                        "    {act}::Softplus {{ beta }} => f64::ln_1p(f64::exp(beta * {a})) / beta,"
                    ));
                    self.line("};");
                } else {
                    self.line(&format!("let mut {pm}: f64 = {a};"));
                    self.line(&format!("if let {act}::Leaky(slope) = {pk} {{"));
                    self.line(&format!("    {pm} *= slope;"));
                    self.line(&format!(
                        "}} else if let {act}::Softplus {{ beta }} = {pk} {{"
                    ));
                    self.line(&format!(
                        "    {pm} = f64::ln_1p(f64::exp(beta * {pm})) / beta;"
                    ));
                    self.line("}");
                }
                self.declare(&pm, sel / 3 % 2 == 1, false);
                self.feed(&pm, sel);
            }
            // An `Option` built in the body, or the parameter `o`, taken apart.
            9 => {
                let po = if self.opt && sel % 3 == 0 {
                    "o".to_string()
                } else {
                    let po = self.fresh("po");
                    let cond = self.cond(&p.cond);
                    let ann = if sel % 2 == 0 { ": Option<f64>" } else { "" };
                    self.line(&format!(
                        "let {po}{ann} = if {cond} {{ Some({a} * 2.0) }} else {{ None }};"
                    ));
                    po
                };
                let t = self.fresh("t");
                let diverge = if self.loops.is_empty() {
                    self.return_text(&c)
                } else {
                    "continue;".to_string()
                };
                match (sel / 3) % 11 {
                    0 => {
                        self.line(&format!("let {pm}: f64 = match {po} {{"));
                        self.line(&format!("    Some({t}) => {t} * {b},"));
                        self.line(&format!("    None => {c},"));
                        self.line("};");
                    }
                    1 => {
                        self.line(&format!("let mut {pm}: f64 = {c};"));
                        self.line(&format!("if let Some({t}) = {po} {{"));
                        self.line(&format!("    {pm} += {t} * {b};"));
                        self.line("}");
                    }
                    2 => {
                        self.line(&format!("let mut {pm}: f64 = {c};"));
                        self.line(&format!("if let Some({t}) = {po} && {t} > {b} {{"));
                        self.line(&format!("    {pm} += {t} * {t};"));
                        self.line("}");
                    }
                    3 => {
                        if self.loops.is_empty() {
                            self.returned = true;
                        }
                        let d = diverge;
                        self.line(&format!("let Some({t}) = {po} else {{"));
                        self.line(&format!("    {d}"));
                        self.line("};");
                        self.declare(&t, false, false);
                        self.line(&format!("let {pm}: f64 = {t} * {b};"));
                    }
                    4 => {
                        let pw = self.fresh("po");
                        self.line(&format!("let mut {pw} = {po};"));
                        self.line(&format!("let mut {pm}: f64 = {c};"));
                        self.line(&format!("while let Some({t}) = {pw} {{"));
                        self.line(&format!("    {pm} += {t} * {b};"));
                        self.line(&format!("    {pw} = None;"));
                        self.line("}");
                    }
                    5 => {
                        self.line(&format!(
                            "let {pm}: f64 = if matches!({po}, Some(_)) {{ {b} }} else {{ {c} }};"
                        ));
                    }
                    6 => {
                        self.line(&format!(
                            "let {pm}: f64 = if matches!({po}, Some({t}) if {t} > 0.5) {{ {po}.unwrap() * {b} }} else {{ {c} }};"
                        ));
                    }
                    7 => {
                        self.line(&format!(
                            "let {pm}: f64 = if {po}.is_some() {{ {po}.unwrap() + {b} }} else {{ {c} }};"
                        ));
                    }
                    8 => {
                        self.line(&format!(
                            "let {pm}: f64 = if {po}.is_none() {{ {c} }} else {{ {po}.expect(\"a value\") * {b} }};"
                        ));
                    }
                    9 => {
                        self.line(&format!(
                            "let {pm}: f64 = {po}.unwrap_or({b}) + {po}.unwrap_or_default();"
                        ));
                    }
                    _ => {
                        self.line(&format!("let {pm}: f64 = {po}.or(Some({b})).unwrap();"));
                    }
                }
                let mutable = matches!((sel / 3) % 11, 1 | 2 | 4);
                self.declare(&pm, mutable, false);
                self.feed(&pm, sel);
            }
            // `let mut best = None;` carried through a loop.
            _ => {
                let src = self.any_array(sel, &a, &b, &c);
                let (pb, t) = (self.fresh("pb"), self.fresh("t"));
                self.line(&format!("let mut {pb} = None;"));
                self.line(&format!("for &{t} in {src}.iter() {{"));
                self.line(&format!("    if {t} > {b} {{"));
                self.line(&format!("        {pb} = Some({t} * {c});"));
                self.line("    }");
                self.line("}");
                if sel % 2 == 0 {
                    self.line(&format!("let {pm}: f64 = {pb}.unwrap_or({a});"));
                } else {
                    self.line(&format!("let {pm}: f64 = match {pb} {{"));
                    self.line(&format!("    Some({t}) => {t} + {a},"));
                    self.line(&format!("    None => {a},"));
                    self.line("};");
                }
                self.declare(&pm, false, false);
                self.feed(&pm, sel);
            }
        }
    }
}
