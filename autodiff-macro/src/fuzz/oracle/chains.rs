//! Closures and iterator chains in the reference interpreter, evaluated as
//! Rust defines them and independently of the macro's lowering: a closure
//! is a value that keeps its code (and, with `move`, copies of the
//! variables it sees); an iterator is the list of its elements, computed
//! adaptor by adaptor; `Option`s and `Ordering`s are values.
//!
//! A closure without `move` sees the variables as they are when it is
//! called, and assigns them: the generated programs call their closures
//! where the names they capture mean the same, so that is Rust's borrow.

use super::*;

/// The variables a `move` closure copied.
type Copies = Vec<(String, V)>;

/// The closures made while running a function: their code and, for a
/// `move` closure, the variables it copied.
#[derive(Default)]
pub(super) struct Closures(Vec<(syn::ExprClosure, Option<Copies>)>);

impl Machine<'_, '_> {
    pub(super) fn closure_value(&mut self, c: &syn::ExprClosure) -> V {
        let moved = c
            .capture
            .is_some()
            .then(|| self.scopes.iter().flatten().cloned().collect());
        self.closures.0.push((c.clone(), moved));
        V::Clo(self.closures.0.len() - 1)
    }

    /// Whether `name` is a local closure.
    pub(super) fn is_closure(&mut self, name: &str) -> bool {
        matches!(self.lookup(name), Ok(V::Clo(_)))
    }

    /// Calls a closure or a float method named as a function (`f64::max`).
    pub(super) fn apply(&mut self, f: &V, args: Vec<V>) -> R<V> {
        match f {
            V::Clo(k) => {
                let (c, moved) = self.closures.0.get(*k).cloned().ok_or("no such closure")?;
                if c.inputs.len() != args.len() {
                    return Err("a closure called with another number of arguments".into());
                }
                let saved = moved.map(|m| std::mem::replace(&mut self.scopes, vec![m]));
                self.scopes.push(Vec::new());
                let mut r = Ok(Ok(V::Unit));
                for (p, a) in c.inputs.iter().zip(args) {
                    if let Err(e) = self.bind(p, a) {
                        r = Err(e);
                    }
                }
                if r.is_ok() {
                    r = self.expr(&c.body);
                }
                self.scopes.pop();
                if let Some(s) = saved {
                    self.scopes = s;
                }
                match r? {
                    Ok(v) => Ok(v),
                    Err(_) => Err("control flow out of a closure".into()),
                }
            }
            V::Func(name) => call(self.file, name, None, args, self.steps),
            V::Fn(name) if name == "total_cmp" => match args.as_slice() {
                [a, b] => match (float(a), float(b)) {
                    (Some((x, _)), Some((y, _))) => Ok(V::Ord(x.total_cmp(&y))),
                    _ => Err("total_cmp of non-floats".into()),
                },
                _ => Err("total_cmp takes two arguments".into()),
            },
            V::Fn(name) => {
                let mut it = args.into_iter();
                let recv = it.next().ok_or("a function value without arguments")?;
                float_method(name, recv, it.collect())
            }
            other => Err(format!("calling {other:?}")),
        }
    }

    fn test(&mut self, f: &V, v: V) -> R<bool> {
        match self.apply(f, vec![v])? {
            V::B(b) => Ok(b),
            other => Err(format!("a predicate gave {other:?}")),
        }
    }

    fn ordering(&mut self, f: &V, a: V, b: V) -> R<std::cmp::Ordering> {
        match self.apply(f, vec![a, b])? {
            V::Ord(o) => Ok(o),
            other => Err(format!("a comparison gave {other:?}")),
        }
    }

    /// A method of an iterator, an `Option`, an `Ordering`, or one that makes
    /// an iterator or compares floats; `None` for the other methods.
    pub(super) fn chain_method(
        &mut self,
        m: &syn::ExprMethodCall,
        recv: &V,
        args: &[V],
    ) -> R<Option<V>> {
        let name = m.method.to_string();
        let arg = |k: usize| {
            args.get(k)
                .cloned()
                .ok_or(format!("`{name}` needs an argument"))
        };
        let int = |v: V| match v {
            V::I(n) => usize::try_from(n).map_err(|_| "a negative count".to_string()),
            other => Err(format!("a count {other:?}")),
        };
        Ok(Some(match (name.as_str(), recv.clone()) {
            ("iter" | "into_iter", V::Arr(a) | V::Iter(a)) => V::Iter(a),
            ("windows", V::Arr(a)) => {
                let k = int(arg(0)?)?;
                V::Iter(a.windows(k.max(1)).map(|w| V::Arr(w.to_vec())).collect())
            }
            ("chunks", V::Arr(a)) => {
                let k = int(arg(0)?)?;
                V::Iter(a.chunks(k.max(1)).map(|w| V::Arr(w.to_vec())).collect())
            }
            ("chunks_exact", V::Arr(a)) => {
                let k = int(arg(0)?)?;
                V::Iter(
                    a.chunks_exact(k.max(1))
                        .map(|w| V::Arr(w.to_vec()))
                        .collect(),
                )
            }
            ("partial_cmp", a) if float(&a).is_some() => {
                let (x, y) = (float(&a), float(&arg(0)?));
                match (x, y) {
                    (Some((x, _)), Some((y, _))) => {
                        V::Opt(x.partial_cmp(&y).map(|o| Box::new(V::Ord(o))), None)
                    }
                    _ => return Err("partial_cmp of non-floats".into()),
                }
            }
            ("total_cmp", a) if float(&a).is_some() => {
                let b = arg(0)?;
                match (a, b) {
                    (V::S(x), V::S(y)) => V::Ord(x.total_cmp(&y)),
                    (a, b) => match (float(&a), float(&b)) {
                        (Some((x, _)), Some((y, _))) => V::Ord(x.total_cmp(&y)),
                        _ => return Err("total_cmp of non-floats".into()),
                    },
                }
            }
            ("reverse", V::Ord(o)) => V::Ord(o.reverse()),
            (_, V::Iter(items)) => self.iter_method(m, &name, items, args)?,
            // The other methods of an `Option` are `Machine::option_method`'s.
            (_, V::Opt(o, ty)) => match (name.as_str(), o) {
                ("copied" | "cloned", o) => V::Opt(o, ty),
                ("map", Some(v)) => {
                    let f = arg(0)?;
                    opt(Some(self.apply(&f, vec![*v])?))
                }
                ("map", None) => V::Opt(None, None),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn iter_method(
        &mut self,
        m: &syn::ExprMethodCall,
        name: &str,
        items: Vec<V>,
        args: &[V],
    ) -> R<V> {
        let arg = |k: usize| {
            args.get(k)
                .cloned()
                .ok_or(format!("`{name}` needs an argument"))
        };
        let int = |v: V| match v {
            V::I(n) => usize::try_from(n).map_err(|_| "a negative count".to_string()),
            other => Err(format!("a count {other:?}")),
        };
        // The float type a turbofish names (`sum::<f64>()`).
        let named = m.turbofish.as_ref().map(|t| quote::quote!(#t).to_string());
        let zero = |x: f64| match named.as_deref() {
            Some(t) if t.contains("f32") => V::S(x as f32),
            Some(t) if t.contains("f64") => V::F(x),
            _ => V::L(x),
        };
        Ok(match name {
            "copied" | "cloned" => V::Iter(items),
            "map" => {
                let f = arg(0)?;
                let mut out = Vec::new();
                for v in items {
                    out.push(self.apply(&f, vec![v])?);
                }
                V::Iter(out)
            }
            "filter" => {
                let f = arg(0)?;
                let mut out = Vec::new();
                for v in items {
                    if self.test(&f, v.clone())? {
                        out.push(v);
                    }
                }
                V::Iter(out)
            }
            "take_while" => {
                let f = arg(0)?;
                let mut out = Vec::new();
                for v in items {
                    if !self.test(&f, v.clone())? {
                        break;
                    }
                    out.push(v);
                }
                V::Iter(out)
            }
            "zip" => {
                let other = match arg(0)? {
                    V::Arr(a) | V::Iter(a) => a,
                    other => return Err(format!("zip with {other:?}")),
                };
                V::Iter(
                    items
                        .into_iter()
                        .zip(other)
                        .map(|(a, b)| V::Tup(vec![a, b]))
                        .collect(),
                )
            }
            "enumerate" => V::Iter(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| V::Tup(vec![V::I(i as i128), v]))
                    .collect(),
            ),
            "rev" => V::Iter(items.into_iter().rev().collect()),
            "skip" => V::Iter(items.into_iter().skip(int(arg(0)?)?).collect()),
            "take" => V::Iter(items.into_iter().take(int(arg(0)?)?).collect()),
            "step_by" => {
                let s = int(arg(0)?)?;
                if s == 0 {
                    return Err("step_by(0) panics".into());
                }
                V::Iter(items.into_iter().step_by(s).collect())
            }
            // Rust's float `sum` starts at -0.0.
            "sum" => {
                let mut acc = zero(-0.0);
                for v in items {
                    acc = binary(&BinOp::Add(Default::default()), acc, v)?;
                }
                acc
            }
            "product" => {
                let mut acc = zero(1.0);
                for v in items {
                    acc = binary(&BinOp::Mul(Default::default()), acc, v)?;
                }
                acc
            }
            "fold" => {
                let (mut acc, f) = (arg(0)?, arg(1)?);
                for v in items {
                    acc = self.apply(&f, vec![acc, v])?;
                }
                acc
            }
            "for_each" => {
                let f = arg(0)?;
                for v in items {
                    self.apply(&f, vec![v])?;
                }
                V::Unit
            }
            "count" => V::I(items.len() as i128),
            "any" | "all" => {
                let f = arg(0)?;
                let all = name == "all";
                let mut r = all;
                for v in items {
                    if self.test(&f, v)? != all {
                        r = !all;
                        break;
                    }
                }
                V::B(r)
            }
            "collect" => V::Arr(items),
            "last" => opt(items.into_iter().last()),
            "reduce" => {
                let f = arg(0)?;
                let mut it = items.into_iter();
                match it.next() {
                    None => V::Opt(None, None),
                    Some(mut acc) => {
                        for v in it {
                            acc = self.apply(&f, vec![acc, v])?;
                        }
                        opt(Some(acc))
                    }
                }
            }
            // `min_by` keeps the first of equal elements, `max_by` the last.
            "min_by" | "max_by" => {
                let f = arg(0)?;
                let max = name == "max_by";
                let mut best: Option<V> = None;
                for v in items {
                    best = Some(match best {
                        None => v,
                        Some(b) => {
                            let o = self.ordering(&f, b.clone(), v.clone())?;
                            match (max, o) {
                                (false, std::cmp::Ordering::Greater) => v,
                                (false, _) => b,
                                (true, std::cmp::Ordering::Greater) => b,
                                (true, _) => v,
                            }
                        }
                    });
                }
                opt(best)
            }
            "min_by_key" | "max_by_key" | "min" | "max" => {
                let key = if name.ends_with("_key") {
                    Some(arg(0)?)
                } else {
                    None
                };
                let max = name.starts_with("max");
                let mut best: Option<(V, V)> = None;
                for v in items {
                    let k = match &key {
                        Some(f) => self.apply(f, vec![v.clone()])?,
                        None => v.clone(),
                    };
                    let better = match &best {
                        None => true,
                        Some((bk, _)) => {
                            match binary(&BinOp::Gt(Default::default()), bk.clone(), k.clone())? {
                                V::B(g) => {
                                    if max {
                                        !g
                                    } else {
                                        g
                                    }
                                }
                                other => return Err(format!("a key comparison gave {other:?}")),
                            }
                        }
                    };
                    if better {
                        best = Some((k, v));
                    }
                }
                opt(best.map(|(_, v)| v))
            }
            "position" => {
                let f = arg(0)?;
                let mut found = None;
                for (i, v) in items.into_iter().enumerate() {
                    if self.test(&f, v)? {
                        found = Some(V::I(i as i128));
                        break;
                    }
                }
                opt(found)
            }
            "find" => {
                let f = arg(0)?;
                let mut found = None;
                for v in items {
                    if self.test(&f, v.clone())? {
                        found = Some(v);
                        break;
                    }
                }
                opt(found)
            }
            other => return Err(format!("the iterator method {other}")),
        })
    }

    /// `base[lo..hi]` and friends: a subslice.
    pub(super) fn subslice(&mut self, base: V, r: &syn::ExprRange) -> R<Result<V, Flow>> {
        let V::Arr(items) = base else {
            return Err("a subslice of a non-array".into());
        };
        let mut end = |e: &Option<Box<Expr>>, default: usize| -> R<Result<usize, Flow>> {
            Ok(Ok(match e {
                Some(e) => match self.expr(e)? {
                    Ok(V::I(k)) => usize::try_from(k).map_err(|_| "a negative bound")?,
                    Ok(other) => return Err(format!("a bound {other:?}")),
                    Err(f) => return Ok(Err(f)),
                },
                None => default,
            }))
        };
        let lo = match end(&r.start, 0)? {
            Ok(v) => v,
            Err(f) => return Ok(Err(f)),
        };
        let hi = match end(&r.end, items.len())? {
            Ok(v) => v,
            Err(f) => return Ok(Err(f)),
        };
        let hi = if matches!(r.limits, syn::RangeLimits::Closed(_)) && r.end.is_some() {
            hi + 1
        } else {
            hi
        };
        items
            .get(lo..hi)
            .map(|s| Ok(V::Arr(s.to_vec())))
            .ok_or_else(|| "a subslice out of bounds".to_string())
    }
}

/// `f64::max`-style function values and `Ordering` constants, by path.
pub(super) fn path_value(segs: &[String]) -> Option<V> {
    match segs {
        [.., ty, name]
            if (ty == "f64" || ty == "f32")
                && (crate::math::lookup(name).is_some() || name == "total_cmp") =>
        {
            Some(V::Fn(name.clone()))
        }
        [.., ty, name] if (ty == "f64" || ty == "f32") && name.ends_with("INFINITY") => {
            let x = if name == "INFINITY" {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
            Some(if ty == "f32" { V::S(x as f32) } else { V::F(x) })
        }
        [.., ty, name] if ty == "Ordering" => Some(V::Ord(match name.as_str() {
            "Less" => std::cmp::Ordering::Less,
            "Equal" => std::cmp::Ordering::Equal,
            "Greater" => std::cmp::Ordering::Greater,
            _ => return None,
        })),
        _ => None,
    }
}

/// A function of the file by name, as a value.
pub(super) fn function_value(file: &File<'_>, name: &str) -> Option<V> {
    file.fns
        .iter()
        .any(|(n, ..)| n == name)
        .then(|| V::Func(name.to_string()))
}
