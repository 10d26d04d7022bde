//! Productions for closures and iterator chains (`lower::closure`,
//! `lower::iter`): chains as float expressions ([`ChainE`]), and closures,
//! updates through closures, collected `Vec`s and `for` loops over chains as
//! statements ([`ChainS`]). A closure's body is a generated expression that
//! sees the closure's parameters (through [`ClosureScope`]), so every
//! construct of the body language appears inside closures too.

use super::*;
use std::cell::{Cell, RefCell};

/// The parameters of the closures being rendered: floats (maybe read
/// through `*`), and indices (below 3, like a loop's).
#[derive(Default)]
pub(super) struct ClosureScope {
    vars: RefCell<Vec<Var>>,
    indices: RefCell<Vec<String>>,
    fresh: Cell<usize>,
}

impl ClosureScope {
    pub(super) fn vars(&self) -> Vec<Var> {
        self.vars.borrow().clone()
    }

    pub(super) fn indices(&self) -> Vec<String> {
        self.indices.borrow().clone()
    }
}

/// An iterator chain, a float; `arr` picks an array in scope, `body` is
/// the closure's body.
#[derive(Clone, Debug)]
pub enum ChainE {
    /// `a.iter().map(|&v| body).sum::<f64>()`, with a source form `src`
    /// (`iter`, `copied`, `cloned`, `into_iter`, subslices, rows of a
    /// nested array) and positional adaptors `ads` (`rev`, `skip`, `take`,
    /// `step_by`, `enumerate`); `prod`: `product::<f64>()`.
    Map {
        arr: u8,
        src: u8,
        ads: Vec<u8>,
        body: Box<E>,
        prod: bool,
    },
    /// `a.iter().zip(b ..).map(|(p, q)| body).sum::<f64>()`, three-way with
    /// `c`.
    Zip {
        a: u8,
        b: u8,
        c: Option<u8>,
        form: u8,
        body: Box<E>,
    },
    /// `a.windows(k)`, `a.chunks(k)`, `a.chunks_exact(k)` mapped with the
    /// view's elements, length and sum in the body.
    View { arr: u8, kind: u8, body: Box<E> },
    /// `a.iter().fold(init, |acc, &v| acc * 0.5 + body)`.
    Fold { arr: u8, init: Box<E>, body: Box<E> },
    /// `fold(f64::NEG_INFINITY, f64::max)`, `f64::min`, `f64::hypot`, and
    /// `map(f64::sin)`-style function names.
    Named { arr: u8, f: u8 },
    /// `filter`, `take_while`, `count`, `filter` then `enumerate`.
    Filter {
        arr: u8,
        kind: u8,
        cond: Box<C>,
        body: Box<E>,
    },
    /// `max_by`, `min_by`, `reduce`, `last`, `position`, `find`,
    /// `max_by_key`, `min_by_key`, `total_cmp`, unwrapped.
    Select {
        arr: u8,
        kind: u8,
        cond: Box<C>,
        other: Box<E>,
    },
    /// `if a.iter().any(|&v| cond) { then } else { other }`, `all`.
    Test {
        arr: u8,
        all: bool,
        cond: Box<C>,
        then: Box<E>,
        other: Box<E>,
    },
    /// `(0..3).map(|i| body).sum::<f64>()`, `0..=2`, reversed.
    Range { kind: u8, body: Box<E> },
}

/// A statement with closures or chains.
#[derive(Clone, Debug)]
pub enum ChainS {
    /// `let v: f64 = a.iter().map(|&v| body).sum();` (no turbofish: the
    /// annotation gives the type), or `product()`.
    LetSum { arr: u8, body: E, prod: bool },
    /// `let c: Vec<f64> = a.iter().map(|&v| body).collect();` or
    /// `collect::<Vec<_>>()`, outside loops; the `Vec` is an array in scope
    /// after it.
    Collect { arr: u8, body: E, kind: u8 },
    /// A local closure and its calls (`kind`: annotated, with a return
    /// type, `move`, calling another closure, passed to `map` by name,
    /// tuple and array pattern parameters).
    Closure {
        kind: u8,
        arr: u8,
        body: E,
        body2: E,
        args: Vec<E>,
    },
    /// A mutable float updated through a closure: an `FnMut` closure
    /// called twice, or `for_each`.
    Update {
        target: u8,
        kind: u8,
        arr: u8,
        body: E,
        arg: E,
    },
    /// A `for` loop over a chain.
    For {
        kind: u8,
        a: u8,
        b: u8,
        cond: C,
        body: Vec<S>,
    },
}

pub(super) fn chain(inner: BoxedStrategy<E>) -> BoxedStrategy<E> {
    let c = || cond_of(leaf());
    let bx = |e: E| Box::new(e);
    prop_oneof![
        6 => (any::<u8>(), 0u8..8, vec(0u8..5, 0..3), inner.clone(), proptest::bool::weighted(0.15))
            .prop_map(move |(arr, src, ads, body, prod)| ChainE::Map { arr, src, ads, body: bx(body), prod }),
        3 => (any::<u8>(), any::<u8>(), proptest::option::weighted(0.3, any::<u8>()), 0u8..3, inner.clone())
            .prop_map(move |(a, b, c, form, body)| ChainE::Zip { a, b, c, form, body: bx(body) }),
        2 => (any::<u8>(), 0u8..4, inner.clone())
            .prop_map(move |(arr, kind, body)| ChainE::View { arr, kind, body: bx(body) }),
        2 => (any::<u8>(), inner.clone(), inner.clone())
            .prop_map(move |(arr, init, body)| ChainE::Fold { arr, init: bx(init), body: bx(body) }),
        2 => (any::<u8>(), 0u8..8).prop_map(|(arr, f)| ChainE::Named { arr, f }),
        3 => (any::<u8>(), 0u8..5, c(), inner.clone())
            .prop_map(move |(arr, kind, cond, body)| ChainE::Filter { arr, kind, cond: Box::new(cond), body: bx(body) }),
        3 => (any::<u8>(), 0u8..11, c(), inner.clone())
            .prop_map(move |(arr, kind, cond, other)| ChainE::Select { arr, kind, cond: Box::new(cond), other: bx(other) }),
        1 => (any::<u8>(), any::<bool>(), c(), inner.clone(), inner.clone())
            .prop_map(move |(arr, all, cond, t, o)| ChainE::Test { arr, all, cond: Box::new(cond), then: bx(t), other: bx(o) }),
        2 => (0u8..3, inner).prop_map(move |(kind, body)| ChainE::Range { kind, body: bx(body) }),
    ]
    .prop_map(|c| E::Chain(Box::new(c)))
    .boxed()
}

/// The statements without blocks.
pub(super) fn stmt(e: BoxedStrategy<E>) -> BoxedStrategy<S> {
    prop_oneof![
        2 => (any::<u8>(), e.clone(), proptest::bool::weighted(0.2))
            .prop_map(|(arr, body, prod)| ChainS::LetSum { arr, body, prod }),
        2 => (any::<u8>(), e.clone(), 0u8..3).prop_map(|(arr, body, kind)| ChainS::Collect { arr, body, kind }),
        4 => (0u8..7, any::<u8>(), e.clone(), e.clone(), vec(e.clone(), 2))
            .prop_map(|(kind, arr, body, body2, args)| ChainS::Closure { kind, arr, body, body2, args }),
        3 => (any::<u8>(), 0u8..3, any::<u8>(), e.clone(), e)
            .prop_map(|(target, kind, arr, body, arg)| ChainS::Update { target, kind, arr, body, arg }),
    ]
    .prop_map(S::Chain)
    .boxed()
}

/// A `for` loop over a chain, with `body`.
pub(super) fn for_stmt(c: BoxedStrategy<C>, body: BoxedStrategy<Vec<S>>) -> BoxedStrategy<S> {
    (0u8..10, any::<u8>(), any::<u8>(), c, body)
        .prop_map(|(kind, a, b, cond, body)| {
            S::Chain(ChainS::For {
                kind,
                a,
                b,
                cond,
                body,
            })
        })
        .boxed()
}

impl Renderer<'_> {
    /// A fresh name for a closure parameter or a chain's local (`z`
    /// names: the rest of the generator never makes them).
    fn zname(&self, base: &str) -> String {
        let k = self.cl.fresh.get() + 1;
        self.cl.fresh.set(k);
        format!("z{base}{k}")
    }

    /// Runs `f` with `vars` and `indices` visible as closure parameters.
    fn with_params<T>(&self, vars: Vec<Var>, indices: Vec<String>, f: impl FnOnce() -> T) -> T {
        let (nv, ni) = (vars.len(), indices.len());
        self.cl.vars.borrow_mut().extend(vars);
        self.cl.indices.borrow_mut().extend(indices);
        let r = f();
        let mut v = self.cl.vars.borrow_mut();
        let keep = v.len() - nv;
        v.truncate(keep);
        let mut i = self.cl.indices.borrow_mut();
        let keep = i.len() - ni;
        i.truncate(keep);
        r
    }

    /// An expression seeing `vars`.
    fn body_with(&self, vars: Vec<Var>, e: &E) -> String {
        self.with_params(vars, vec![], || self.expr(e, false).0)
    }

    fn cond_with(&self, vars: Vec<Var>, c: &C) -> String {
        self.with_params(vars, vec![], || self.cond(c))
    }

    /// The one-dimensional arrays in scope.
    fn flat_arrays(&self) -> Vec<Arr> {
        self.arrays()
            .into_iter()
            .filter(|a| a.rows.is_none())
            .collect()
    }

    /// A value parameter `v` of a closure over `&f64` elements: `|&v|`
    /// (plain), or `|v|` read as `*v` where the workarounds allow.
    fn elem_param(&self, a: &Arr, deref: bool) -> (String, Var) {
        let v = self.zname("v");
        let deref = deref && !(self.ctx.w.no_deref_over_items && self.is_item(a));
        if deref {
            (
                v.clone(),
                Var {
                    name: v,
                    mutable: false,
                    deref: true,
                },
            )
        } else {
            (format!("&{v}"), Var::new(&v, false))
        }
    }

    /// A second array for a zip: `b` as `&b` or `b` (a slice already).
    fn by_ref(a: &Arr) -> String {
        if a.owned || a.is_vec {
            format!("&{}", a.name)
        } else {
            a.name.clone()
        }
    }

    pub(super) fn chain_text(&self, c: &ChainE) -> (String, bool) {
        let arrays = self.flat_arrays();
        let Some(first) = arrays.first().cloned() else {
            return (lit(0.5, false), false);
        };
        let arr = |k: u8| pick(&arrays, k).unwrap_or_else(|| first.clone());
        let s = match c {
            ChainE::Map {
                arr: k,
                src,
                ads,
                body,
                prod,
            } => {
                // The rows of a nested array, destructured.
                if *src == 7 {
                    let nested: Vec<Arr> = self
                        .arrays()
                        .into_iter()
                        .filter(|a| a.rows.is_some() && a.len == 3)
                        .collect();
                    if let Some(m) = pick(&nested, *k) {
                        let (p, q, r) = (self.zname("p"), self.zname("q"), self.zname("r"));
                        let vars = vec![
                            Var::new(&p, false),
                            Var::new(&q, false),
                            Var::new(&r, false),
                        ];
                        let b = self.body_with(vars, body);
                        return (
                            format!(
                                "({}.iter().map(|&[{p}, {q}, {r}]| {b}).sum::<f64>())",
                                m.name
                            ),
                            true,
                        );
                    }
                }
                let a = arr(*k);
                let (source, pat, var) = match src {
                    2 => {
                        let v = self.zname("v");
                        (
                            format!("{}.iter().copied()", a.name),
                            v.clone(),
                            Var::new(&v, false),
                        )
                    }
                    3 => {
                        let v = self.zname("v");
                        (
                            format!("{}.iter().cloned()", a.name),
                            v.clone(),
                            Var::new(&v, false),
                        )
                    }
                    4 if a.owned && !a.is_vec => {
                        let v = self.zname("v");
                        (
                            format!("{}.into_iter()", a.name),
                            v.clone(),
                            Var::new(&v, false),
                        )
                    }
                    5 => {
                        let (p, v) = self.elem_param(&a, false);
                        (format!("{}[1..].iter()", a.name), p, v)
                    }
                    6 => {
                        let (p, v) = self.elem_param(&a, false);
                        (format!("{}[..2].iter()", a.name), p, v)
                    }
                    k => {
                        let (p, v) = self.elem_param(&a, *k == 1);
                        (format!("{}.iter()", a.name), p, v)
                    }
                };
                let mut chain = source;
                let mut enumerated = None;
                for ad in ads {
                    match ad {
                        0 => chain.push_str(".rev()"),
                        1 => chain.push_str(".skip(1)"),
                        2 => chain.push_str(".take(2)"),
                        3 => chain.push_str(".step_by(2)"),
                        _ if enumerated.is_none() => {
                            chain.push_str(".enumerate()");
                            enumerated = Some(self.zname("i"));
                        }
                        _ => {}
                    }
                }
                let (pat, idx) = match &enumerated {
                    Some(i) => (format!("({i}, {pat})"), format!("({i} as f64) * 0.5 + ")),
                    None => (pat, String::new()),
                };
                let elem = var.text();
                let b = self.body_with(vec![var], body);
                let cons = if *prod { "product" } else { "sum" };
                format!("({chain}.map(|{pat}| {idx}{elem} * {b}).{cons}::<f64>())")
            }
            ChainE::Zip {
                a,
                b,
                c,
                form,
                body,
            } => {
                let (a, b) = (arr(*a), arr(*b));
                let (p, q) = (self.zname("p"), self.zname("q"));
                let (other, pat, mut vars) = match form {
                    0 => (
                        format!("{}.iter()", b.name),
                        format!("(&{p}, &{q})"),
                        vec![Var::new(&p, false), Var::new(&q, false)],
                    ),
                    1 => {
                        let deref = |n: &str| Var {
                            name: n.to_string(),
                            mutable: false,
                            deref: true,
                        };
                        (
                            Self::by_ref(&b),
                            format!("({p}, {q})"),
                            vec![deref(&p), deref(&q)],
                        )
                    }
                    _ => (
                        format!("{}[1..].iter()", b.name),
                        format!("(&{p}, &{q})"),
                        vec![Var::new(&p, false), Var::new(&q, false)],
                    ),
                };
                let mut chain = format!("{}.iter().zip({other})", a.name);
                let pat = match c {
                    Some(k) => {
                        let cc = arr(*k);
                        let r = self.zname("r");
                        chain.push_str(&format!(".zip({}.iter())", cc.name));
                        vars.push(Var::new(&r, false));
                        format!("({pat}, &{r})")
                    }
                    None => pat,
                };
                let uses: Vec<String> = vars.iter().map(Var::text).collect();
                let body = self.body_with(vars, body);
                format!(
                    "({chain}.map(|{pat}| {} * {body}).sum::<f64>())",
                    uses.join(" * ")
                )
            }
            ChainE::View { arr: k, kind, body } => {
                let a = arr(*k);
                let w = self.zname("w");
                // The view's elements, length or sum, then the body (which
                // may read its elements too).
                let (src, head, vars) = match kind {
                    0 => (
                        format!("{}.windows(2)", a.name),
                        format!("{w}[0] * {w}[1]"),
                        vec![format!("{w}[0]"), format!("{w}[1]")],
                    ),
                    1 if a.len >= 3 => (
                        format!("{}.windows(3)", a.name),
                        format!("{w}.iter().sum::<f64>()"),
                        vec![format!("{w}[2]")],
                    ),
                    2 => (
                        format!("{}.chunks(2)", a.name),
                        format!("{w}[{w}.len() - 1] * ({w}.len() as f64)"),
                        vec![format!("{w}[0]")],
                    ),
                    _ => (
                        format!("{}.chunks_exact(2)", a.name),
                        format!("({w}[0] - {w}[1])"),
                        vec![format!("{w}[0]"), format!("{w}[1]")],
                    ),
                };
                let vars = vars.iter().map(|n| Var::new(n, false)).collect();
                let body = self.body_with(vars, body);
                format!("({src}.map(|{w}| {head} * 0.5 + {body}).sum::<f64>())")
            }
            ChainE::Fold { arr: k, init, body } => {
                let a = arr(*k);
                let (p, v) = self.elem_param(&a, false);
                let acc = self.zname("acc");
                let init = self.expr(init, false).0;
                let elem = v.text();
                let body = self.body_with(vec![v, Var::new(&acc, false)], body);
                format!(
                    "{}.iter().fold({init}, |{acc}, {p}| {acc} * 0.5 + {elem} * {body})",
                    a.name
                )
            }
            ChainE::Named { arr: k, f } => {
                let a = arr(*k);
                match f {
                    0 => format!("{}.iter().copied().fold(-f64::INFINITY, f64::max)", a.name),
                    1 => format!("{}.iter().cloned().fold(f64::INFINITY, f64::min)", a.name),
                    2 => format!("{}.iter().copied().fold(0.0, f64::hypot)", a.name),
                    3 => format!("{}.iter().copied().map(f64::sin).sum::<f64>()", a.name),
                    4 => format!("{}.iter().copied().map(f64::tanh).product::<f64>()", a.name),
                    5 => format!("{}.iter().copied().reduce(f64::max).unwrap()", a.name),
                    6 => format!("{}.iter().copied().map(f64::exp).sum::<f64>()", a.name),
                    // A function with derivatives by name (a helper of one
                    // float; a method or an associated function cannot be).
                    _ => {
                        let unary: Vec<&RHelper> = self
                            .ctx
                            .helpers
                            .iter()
                            .filter(|h| {
                                self.callable
                                    && h.ret == HRet::Scalar
                                    && matches!(h.params.as_slice(), [HParam::Scalar])
                                    && matches!(h.form, HForm::Free | HForm::Module)
                            })
                            .collect();
                        match pick(&unary, *k) {
                            Some(h) => {
                                format!("{}.iter().copied().map({}).sum::<f64>()", a.name, h.call)
                            }
                            None => {
                                format!("{}.iter().copied().map(f64::atan).sum::<f64>()", a.name)
                            }
                        }
                    }
                }
            }
            ChainE::Filter {
                arr: k,
                kind,
                cond,
                body,
            } => {
                let a = arr(*k);
                let (p, v) = self.elem_param(&a, false);
                let (fp, fv) = {
                    let n = self.zname("v");
                    (format!("&&{n}"), Var::new(&n, false))
                };
                let cond = self.cond_with(vec![fv], cond);
                let elem = v.text();
                let b = format!("{elem} * {}", self.body_with(vec![v], body));
                match kind {
                    0 => format!(
                        "({}.iter().filter(|{fp}| {cond}).map(|{p}| {b}).sum::<f64>())",
                        a.name
                    ),
                    1 => format!(
                        "({}.iter().take_while(|{fp}| {cond}).map(|{p}| {b}).sum::<f64>())",
                        a.name
                    ),
                    2 => format!("({}.iter().filter(|{fp}| {cond}).count() as f64)", a.name),
                    3 => {
                        let i = self.zname("i");
                        format!(
                            "({}.iter().filter(|{fp}| {cond}).enumerate().map(|({i}, {p})| ({i} as f64) * {b}).sum::<f64>())",
                            a.name
                        )
                    }
                    _ => format!(
                        "({}.iter().copied().filter(|&{}| {cond}).fold(1.0, |{}, {}| {} * 0.5 + {b}))",
                        a.name,
                        fp.trim_start_matches("&&"),
                        "zacc",
                        p.trim_start_matches('&'),
                        "zacc",
                    ),
                }
            }
            ChainE::Select {
                arr: k,
                kind,
                cond,
                other,
            } => {
                let a = arr(*k);
                let n = &a.name;
                let (x, y) = (self.zname("p"), self.zname("q"));
                let v = self.zname("v");
                let cond = self.cond_with(vec![Var::new(&v, false)], cond);
                let other = self.expr(other, false).0;
                let eq = "std::cmp::Ordering::Equal";
                match kind {
                    0 => format!(
                        "{n}.iter().copied().max_by(|{x}, {y}| {x}.partial_cmp({y}).unwrap_or({eq})).unwrap()"
                    ),
                    1 => format!(
                        "{n}.iter().copied().min_by(|{x}, {y}| {x}.partial_cmp({y}).unwrap_or({eq})).expect(\"nonempty\")"
                    ),
                    2 => format!("{n}.iter().copied().reduce(f64::min).unwrap_or({other})"),
                    3 => format!("(*{n}.iter().last().unwrap())"),
                    4 => format!("{n}[{n}.iter().position(|&{v}| {cond}).unwrap_or(0)]"),
                    5 => format!("{n}.iter().copied().find(|&{v}| {cond}).unwrap_or({other})"),
                    6 => format!(
                        "{n}[(0..{n}.len()).max_by_key(|&{x}| ({n}[{x}] * 8.0) as i64).unwrap()]"
                    ),
                    7 => format!(
                        "{n}.iter().copied().max_by(|{x}, {y}| {x}.total_cmp({y})).unwrap()"
                    ),
                    8 => format!(
                        "{n}.iter().copied().filter(|&{v}| {cond}).min_by(f64::total_cmp).unwrap_or({other})"
                    ),
                    9 => format!(
                        "{n}[{n}.iter().enumerate().max_by(|(_, {x}), (_, {y})| {x}.total_cmp({y})).map(|({v}, _)| {v}).unwrap()]"
                    ),
                    _ => format!(
                        "{n}[(0..{n}.len()).min_by_key(|&{x}| ({n}[{x}] * 8.0) as i64).unwrap_or(0)]"
                    ),
                }
            }
            ChainE::Test {
                arr: k,
                all,
                cond,
                then,
                other,
            } => {
                let a = arr(*k);
                let v = self.zname("v");
                let cond = self.cond_with(vec![Var::new(&v, false)], cond);
                // Suffixed literals: the `if` is a float of known type
                // (a method may be called on it).
                let (t, o) = (self.expr(then, true).0, self.expr(other, true).0);
                let m = if *all { "all" } else { "any" };
                format!(
                    "(if {}.iter().{m}(|&{v}| {cond}) {{ {t} }} else {{ {o} }})",
                    a.name
                )
            }
            ChainE::Range { kind, body } => {
                let i = self.zname("i");
                let range = match kind {
                    0 => "(0..3)",
                    1 => "(0..=2)",
                    _ => "(0..3).rev()",
                };
                let b = self.with_params(vec![], vec![i.clone()], || self.expr(body, false).0);
                format!("({range}.map(|{i}| ({i} as f64 + 1.0) * {b}).sum::<f64>())")
            }
        };
        (s, true)
    }

    pub(super) fn chain_stmt(&mut self, s: &ChainS) {
        let arrays = self.flat_arrays();
        let Some(first) = arrays.first().cloned() else {
            return;
        };
        let arr = |k: u8| pick(&arrays, k).unwrap_or_else(|| first.clone());
        match s {
            ChainS::LetSum { arr: k, body, prod } => {
                let a = arr(*k);
                let (p, v) = self.elem_param(&a, false);
                let b = format!("{} * {}", v.text(), self.body_with(vec![v], body));
                let name = self.fresh("v");
                let cons = if *prod { "product" } else { "sum" };
                self.line(&format!(
                    "let {name}: f64 = {}.iter().map(|{p}| {b}).{cons}();",
                    a.name
                ));
                self.push_float(&name, false);
            }
            ChainS::Collect { arr: k, body, kind } => {
                // A `Vec` made in a loop body whose elements the adjoint
                // updates does not compile (README, "Not yet").
                if !self.loops.is_empty() || self.ctx.w.vec_as_array {
                    return;
                }
                let a = arr(*k);
                let (p, v) = self.elem_param(&a, false);
                let b = format!("{} * {}", v.text(), self.body_with(vec![v], body));
                let name = self.zname("c");
                let text = match kind {
                    0 => format!(
                        "let {name}: Vec<f64> = {}.iter().map(|{p}| {b}).collect();",
                        a.name
                    ),
                    1 => format!(
                        "let {name} = {}.iter().map(|{p}| {b}).collect::<Vec<_>>();",
                        a.name
                    ),
                    _ => format!(
                        "let {name}: Vec<f64> = {}.iter().rev().map(|{p}| {b}).collect();",
                        a.name
                    ),
                };
                self.line(&text);
                self.push_array(Arr {
                    name,
                    len: a.len,
                    rows: None,
                    mutable: false,
                    is_vec: true,
                    owned: false,
                    exact: a.exact,
                });
            }
            ChainS::Closure {
                kind,
                arr: k,
                body,
                body2,
                args,
            } => self.closure_stmt(*kind, &arr(*k), body, body2, args),
            ChainS::Update {
                target,
                kind,
                arr: k,
                body,
                arg,
            } => {
                let targets: Vec<Var> = self
                    .floats()
                    .into_iter()
                    .filter(|v| v.mutable && !v.deref)
                    .collect();
                let Some(t) = pick(&targets, *target) else {
                    return;
                };
                let t = t.name;
                match kind {
                    0 | 1 => {
                        let x = self.fresh("v");
                        let a = self.expr(arg, false).0;
                        self.line(&format!("let {x}: f64 = {a};"));
                        self.push_float(&x, false);
                        let f = self.zname("f");
                        let tt = self.zname("t");
                        let b = format!(
                            "{tt} * {}",
                            self.body_with(vec![Var::new(&tt, false)], body)
                        );
                        if *kind == 0 {
                            self.line(&format!("let mut {f} = |{tt}: f64| {t} += {b};"));
                        } else {
                            self.line(&format!(
                                "let mut {f} = |{tt}: f64| {{ {t} *= 0.5; {t} += {b}; }};"
                            ));
                        }
                        self.line(&format!("{f}({x});"));
                        self.line(&format!("{f}({x} * 0.5);"));
                    }
                    _ => {
                        let a = arr(*k);
                        let (p, v) = self.elem_param(&a, false);
                        let b = format!("{} * {}", v.text(), self.body_with(vec![v], body));
                        self.line(&format!("{}.iter().for_each(|{p}| {t} += {b});", a.name));
                    }
                }
            }
            ChainS::For {
                kind,
                a,
                b,
                cond,
                body,
            } => self.for_chain(*kind, &arr(*a), &arr(*b), cond, body),
        }
    }

    fn push_float(&mut self, name: &str, mutable: bool) {
        self.scopes
            .last_mut()
            .expect("a scope")
            .floats
            .push(Var::new(name, mutable));
    }

    fn closure_stmt(&mut self, kind: u8, a: &Arr, body: &E, body2: &E, args: &[E]) {
        let f = self.zname("f");
        let t = self.zname("t");
        let arg = |r: &Self, k: usize| {
            args.get(k)
                .map_or_else(|| lit(0.5, false), |e| r.expr(e, false).0)
        };
        let result = self.fresh("v");
        match kind {
            0..=2 => {
                let b = format!("{t} * {}", self.body_with(vec![Var::new(&t, false)], body));
                let text = match kind {
                    0 => format!("let {f} = |{t}: f64| {b};"),
                    1 => format!("let {f} = |{t}: f64| -> f64 {{ {b} }};"),
                    _ => format!("let {f} = move |{t}: f64| {b};"),
                };
                self.line(&text);
                // After a `move`, the closure keeps the value it copied.
                let targets: Vec<Var> = self
                    .floats()
                    .into_iter()
                    .filter(|v| v.mutable && !v.deref)
                    .collect();
                if kind == 2 {
                    if let Some(v) = targets.first() {
                        self.line(&format!("{} += 0.5;", v.name));
                    }
                }
                let (x, y) = (arg(self, 0), arg(self, 1));
                self.line(&format!("let {result} = {f}({x}) + {f}({y});"));
            }
            3 => {
                let g = self.zname("g");
                let b = format!("{t} * {}", self.body_with(vec![Var::new(&t, false)], body));
                let t2 = self.zname("t");
                let b2 = self.body_with(vec![Var::new(&t2, false)], body2);
                self.line(&format!("let {f} = |{t}: f64| {b};"));
                self.line(&format!("let {g} = |{t2}: f64| {f}({t2}) * 0.5 + {b2};"));
                let (x, y) = (arg(self, 0), arg(self, 1));
                self.line(&format!("let {result} = {g}({x}) - {f}({y});"));
            }
            4 => {
                let v = Var {
                    name: t.clone(),
                    mutable: false,
                    deref: true,
                };
                let b = format!("{} * {}", v.text(), self.body_with(vec![v], body));
                self.line(&format!("let {f} = |{t}: &f64| {b};"));
                self.line(&format!(
                    "let {result} = {}.iter().map({f}).sum::<f64>();",
                    a.name
                ));
            }
            5 => {
                let (p, q) = (self.zname("p"), self.zname("q"));
                let b = self.body_with(vec![Var::new(&p, false), Var::new(&q, false)], body);
                self.line(&format!(
                    "let {f} = |({p}, {q}): (f64, f64)| {p} * {q} + {b};"
                ));
                let (x, y) = (arg(self, 0), arg(self, 1));
                self.line(&format!("let {result} = {f}(({x}, {y}));"));
            }
            _ => {
                let (p, q) = (self.zname("p"), self.zname("q"));
                let b = self.body_with(vec![Var::new(&p, false), Var::new(&q, false)], body);
                self.line(&format!(
                    "let {f} = |[{p}, {q}]: [f64; 2]| {p} - {q} * {b};"
                ));
                let (x, y) = (arg(self, 0), arg(self, 1));
                self.line(&format!("let {result} = {f}([{x}, {y}]);"));
            }
        }
        self.push_float(&result, false);
    }

    fn for_chain(&mut self, kind: u8, a: &Arr, b: &Arr, cond: &C, body: &[S]) {
        let deref = |n: &str| Var {
            name: n.to_string(),
            mutable: false,
            deref: true,
        };
        let mut vars = Vec::new();
        let mut first_line = None;
        let mut index = None;
        let header = match kind {
            0 | 1 | 9 => {
                let (p, q) = (self.zname("p"), self.zname("q"));
                vars.push(deref(&p));
                vars.push(deref(&q));
                let other = match kind {
                    0 => format!("{}.iter()", b.name),
                    1 => Self::by_ref(b),
                    _ => format!("&{}[1..]", b.name),
                };
                format!("for ({p}, {q}) in {}.iter().zip({other}) {{", a.name)
            }
            2 | 3 => {
                let w = self.zname("w");
                let d = self.fresh("v");
                let (src, text) = if kind == 2 {
                    (format!("{}.windows(2)", a.name), format!("{w}[1] - {w}[0]"))
                } else {
                    (
                        format!("{}.chunks(3)", a.name),
                        format!("{w}[0] * ({w}.len() as f64)"),
                    )
                };
                first_line = Some(format!("let {d} = {text};"));
                vars.push(Var::new(&d, false));
                format!("for {w} in {src} {{")
            }
            4 => {
                let (i, v) = (self.zname("i"), self.zname("v"));
                vars.push(Var::new(&v, false));
                // An index below 3 can index the arrays in scope.
                if a.len == 3 && a.exact {
                    index = Some(i.clone());
                }
                format!(
                    "for ({i}, &{v}) in {}.iter().enumerate().skip(1) {{",
                    a.name
                )
            }
            5 => {
                let v = self.zname("v");
                vars.push(Var::new(&v, false));
                format!("for &{v} in {}.iter().rev().take(2) {{", a.name)
            }
            6 if a.owned || a.is_vec => {
                let v = self.zname("v");
                vars.push(deref(&v));
                format!("for {v} in &{} {{", a.name)
            }
            7 => {
                // The closure lives as long as the loop: it reads only the
                // element (the body may assign the other variables).
                let (v, w) = (self.zname("v"), self.zname("v"));
                let op = if matches!(cond, C::Not(_)) { "<" } else { ">" };
                vars.push(Var::new(&v, false));
                format!(
                    "for &{v} in {}.iter().filter(|&&{w}| {w} {op} 0.25) {{",
                    a.name
                )
            }
            _ => {
                let v = self.zname("v");
                vars.push(Var::new(&v, false));
                format!("for {v} in {}.iter().copied().step_by(2) {{", a.name)
            }
        };
        self.line(&header);
        self.loops.push(Loop {
            index,
            checkpoint: false,
        });
        let frozen = [a.name.clone(), b.name.clone()];
        self.frozen.extend(frozen.iter().cloned());
        self.indent += 1;
        let mut scope = Scope::default();
        if let Some(l) = first_line {
            self.line(&l);
        }
        scope.floats.extend(vars);
        self.scopes.push(scope);
        self.stmts(body);
        self.scopes.pop();
        self.indent -= 1;
        for _ in &frozen {
            self.frozen.pop();
        }
        self.loops.pop();
        self.line("}");
    }
}
