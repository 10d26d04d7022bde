//! A reference semantics for the random programs: a small interpreter of
//! the *source text* (its `syn` syntax tree), independent of the macro's
//! parser and lowering. Comparing it with the interpreted primal IR catches
//! lowering bugs that change what a function computes, which the
//! derivative checks alone cannot see (they differentiate whatever the IR
//! computes, consistently).
//!
//! It covers the subset the grammar generates: `let` (also of pairs),
//! assignment and compound assignment to variables and elements, `if`,
//! `for` over ranges (`a..b`, `a..=b`, `.rev()`), `x.iter()` and
//! `x.iter().enumerate()`, `while`, `loop`, `break`, `continue`, `return`,
//! float arithmetic and methods, `as f64`, indexing, `.len()`, array
//! literals and `vec![v; n]`.

use crate::eval::math_f64;
use syn::{BinOp, Expr, Pat, Stmt, UnOp};

/// A value of the source program.
#[derive(Clone, Debug, PartialEq)]
enum V {
    F(f64),
    I(i128),
    B(bool),
    Arr(Vec<f64>),
    Pair(Box<V>, Box<V>),
}

/// How a statement ends.
enum Flow {
    Next,
    Break,
    Continue,
    Return(V),
}

type R<T> = Result<T, String>;

struct Machine {
    scopes: Vec<Vec<(String, V)>>,
    steps: u64,
}

/// Evaluates the function `src` at its parameters `params`, given as
/// floats (`f64` parameters) and arrays (`[f64; N]`, `&[f64; N]`,
/// `&[f64]`), by position.
pub fn run(src: &str, scalars: &[f64], x: &[f64]) -> R<f64> {
    let f: syn::ItemFn = syn::parse_str(src).map_err(|e| e.to_string())?;
    let mut m = Machine {
        scopes: vec![Vec::new()],
        steps: 0,
    };
    let mut k = 0;
    for input in &f.sig.inputs {
        let syn::FnArg::Typed(pt) = input else {
            return Err("a receiver".into());
        };
        let name = pat_name(&pt.pat)?;
        let v = if matches!(&*pt.ty, syn::Type::Path(_)) {
            k += 1;
            V::F(*scalars.get(k - 1).ok_or("too few scalars")?)
        } else {
            V::Arr(x.to_vec())
        };
        m.declare(name, v);
    }
    match m.block(&f.block)? {
        (Flow::Return(v), _) | (_, Some(v)) => match v {
            V::F(y) => Ok(y),
            other => Err(format!("returns {other:?}")),
        },
        _ => Err("no value".into()),
    }
}

fn pat_name(p: &Pat) -> R<String> {
    match p {
        Pat::Ident(i) => Ok(i.ident.to_string()),
        Pat::Type(t) => pat_name(&t.pat),
        Pat::Reference(r) => pat_name(&r.pat),
        other => Err(format!("pattern {}", quote::quote!(#other))),
    }
}

impl Machine {
    fn declare(&mut self, name: String, v: V) {
        self.scopes.last_mut().expect("a scope").push((name, v));
    }

    fn lookup(&mut self, name: &str) -> R<&mut V> {
        for scope in self.scopes.iter_mut().rev() {
            if let Some((_, v)) = scope.iter_mut().rev().find(|(n, _)| n == name) {
                return Ok(v);
            }
        }
        Err(format!("`{name}` is not defined"))
    }

    fn tick(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > 10_000_000 {
            return Err("runaway".into());
        }
        Ok(())
    }

    /// Runs a block in a new scope: its flow and its tail value.
    fn block(&mut self, b: &syn::Block) -> R<(Flow, Option<V>)> {
        self.scopes.push(Vec::new());
        let r = self.stmts(&b.stmts);
        self.scopes.pop();
        r
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> R<(Flow, Option<V>)> {
        for (i, s) in stmts.iter().enumerate() {
            self.tick()?;
            match s {
                Stmt::Local(l) => {
                    let init = l.init.as_ref().ok_or("`let` without a value")?;
                    let v = match self.expr(&init.expr)? {
                        Ok(v) => v,
                        Err(flow) => return Ok((flow, None)),
                    };
                    self.bind(&l.pat, v)?;
                }
                Stmt::Expr(e, semi) => {
                    let v = match self.expr(e)? {
                        Ok(v) => v,
                        Err(flow) => return Ok((flow, None)),
                    };
                    if semi.is_none() && i + 1 == stmts.len() {
                        return Ok((Flow::Next, Some(v)));
                    }
                }
                other => return Err(format!("statement {}", quote::quote!(#other))),
            }
        }
        Ok((Flow::Next, None))
    }

    fn bind(&mut self, p: &Pat, v: V) -> R<()> {
        match (p, v) {
            (Pat::Tuple(t), V::Pair(a, b)) if t.elems.len() == 2 => {
                self.bind(&t.elems[0], *a)?;
                self.bind(&t.elems[1], *b)
            }
            (Pat::Type(t), v) => self.bind(&t.pat, v),
            (Pat::Wild(_), _) => Ok(()),
            (p, v) => {
                let name = pat_name(p)?;
                self.declare(name, v);
                Ok(())
            }
        }
    }

    /// The value of `e`, or the flow (`break`, `return`) it ends with.
    fn expr(&mut self, e: &Expr) -> R<Result<V, Flow>> {
        macro_rules! val {
            ($e:expr) => {
                match self.expr($e)? {
                    Ok(v) => v,
                    Err(f) => return Ok(Err(f)),
                }
            };
        }
        self.tick()?;
        Ok(Ok(match e {
            Expr::Lit(l) => match &l.lit {
                syn::Lit::Float(f) => V::F(f.base10_parse().map_err(|e| e.to_string())?),
                syn::Lit::Int(i) => V::I(i.base10_parse().map_err(|e| e.to_string())?),
                syn::Lit::Bool(b) => V::B(b.value),
                _ => return Err("literal".into()),
            },
            Expr::Path(p) => {
                let name = p.path.get_ident().ok_or("a path")?.to_string();
                self.lookup(&name)?.clone()
            }
            Expr::Paren(p) => val!(&p.expr),
            Expr::Group(g) => val!(&g.expr),
            Expr::Unary(u) => match (&u.op, val!(&u.expr)) {
                (UnOp::Neg(_), V::F(x)) => V::F(-x),
                (UnOp::Neg(_), V::I(x)) => V::I(-x),
                (UnOp::Not(_), V::B(b)) => V::B(!b),
                (_, v) => return Err(format!("unary of {v:?}")),
            },
            Expr::Binary(b) => {
                if let Some(target) = compound_target(&b.op) {
                    let v = val!(&b.right);
                    return self
                        .assign(&b.left, v, Some(target))
                        .map(|_| Ok(V::B(true)));
                }
                let l = val!(&b.left);
                // Short circuits.
                match (&b.op, &l) {
                    (BinOp::And(_), V::B(false)) => return Ok(Ok(V::B(false))),
                    (BinOp::Or(_), V::B(true)) => return Ok(Ok(V::B(true))),
                    _ => {}
                }
                let r = val!(&b.right);
                binary(&b.op, l, r)?
            }
            Expr::Assign(a) => {
                let v = val!(&a.right);
                self.assign(&a.left, v, None)?;
                V::B(true)
            }
            Expr::Index(i) => {
                let k = match val!(&i.index) {
                    V::I(k) => usize::try_from(k).map_err(|_| "negative index")?,
                    other => return Err(format!("index {other:?}")),
                };
                match val!(&i.expr) {
                    V::Arr(a) => V::F(*a.get(k).ok_or("index out of bounds")?),
                    other => return Err(format!("indexing {other:?}")),
                }
            }
            Expr::Cast(c) => match val!(&c.expr) {
                #[allow(clippy::cast_precision_loss)]
                V::I(i) => V::F(i as f64),
                V::F(x) => V::F(x),
                other => return Err(format!("cast of {other:?}")),
            },
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                let recv = val!(&m.receiver);
                if name == "len" {
                    match recv {
                        V::Arr(a) => V::I(a.len() as i128),
                        other => return Err(format!("len of {other:?}")),
                    }
                } else {
                    let V::F(x) = recv else {
                        return Err(format!("method {name} of {recv:?}"));
                    };
                    let mut args = vec![x];
                    let mut n = 0;
                    for a in &m.args {
                        match val!(a) {
                            V::F(y) => args.push(y),
                            V::I(i) => n = i32::try_from(i).map_err(|_| "powi exponent")?,
                            other => return Err(format!("argument {other:?}")),
                        }
                    }
                    V::F(math_f64(&name, &args, n).ok_or(format!("method {name}"))?)
                }
            }
            Expr::Array(a) => {
                let mut items = Vec::new();
                for e in &a.elems {
                    match val!(e) {
                        V::F(x) => items.push(x),
                        other => return Err(format!("array of {other:?}")),
                    }
                }
                V::Arr(items)
            }
            Expr::Repeat(r) => repeat(val!(&r.expr), val!(&r.len))?,
            Expr::Macro(m) if m.mac.path.is_ident("vec") => {
                let (v, n) = m
                    .mac
                    .parse_body_with(|input: syn::parse::ParseStream| {
                        let v: Expr = input.parse()?;
                        input.parse::<syn::Token![;]>()?;
                        let n: Expr = input.parse()?;
                        Ok((v, n))
                    })
                    .map_err(|e| e.to_string())?;
                repeat(val!(&v), val!(&n))?
            }
            Expr::Tuple(t) if t.elems.len() == 2 => {
                V::Pair(Box::new(val!(&t.elems[0])), Box::new(val!(&t.elems[1])))
            }
            Expr::If(i) => {
                let c = match val!(&i.cond) {
                    V::B(c) => c,
                    other => return Err(format!("condition {other:?}")),
                };
                let out = if c {
                    self.block(&i.then_branch)?
                } else if let Some((_, e)) = &i.else_branch {
                    match &**e {
                        Expr::Block(b) => self.block(&b.block)?,
                        other => (Flow::Next, Some(val!(other))),
                    }
                } else {
                    (Flow::Next, None)
                };
                match out {
                    (Flow::Next, v) => v.unwrap_or(V::B(true)),
                    (flow, _) => return Ok(Err(flow)),
                }
            }
            Expr::Block(b) => match self.block(&b.block)? {
                (Flow::Next, v) => v.unwrap_or(V::B(true)),
                (flow, _) => return Ok(Err(flow)),
            },
            Expr::Break(_) => return Ok(Err(Flow::Break)),
            Expr::Continue(_) => return Ok(Err(Flow::Continue)),
            Expr::Return(r) => {
                let v = match &r.expr {
                    Some(e) => val!(e),
                    None => return Err("`return` without a value".into()),
                };
                return Ok(Err(Flow::Return(v)));
            }
            Expr::ForLoop(f) => return self.for_loop(f),
            Expr::While(w) => loop {
                match val!(&w.cond) {
                    V::B(true) => {}
                    V::B(false) => break V::B(true),
                    other => return Err(format!("condition {other:?}")),
                }
                match self.block(&w.body)?.0 {
                    Flow::Break => break V::B(true),
                    Flow::Return(v) => return Ok(Err(Flow::Return(v))),
                    Flow::Next | Flow::Continue => {}
                }
            },
            Expr::Loop(l) => loop {
                self.tick()?;
                match self.block(&l.body)?.0 {
                    Flow::Break => break V::B(true),
                    Flow::Return(v) => return Ok(Err(Flow::Return(v))),
                    Flow::Next | Flow::Continue => {}
                }
            },
            other => return Err(format!("expression {}", quote::quote!(#other))),
        }))
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop) -> R<Result<V, Flow>> {
        // The iterations: (index, element) pairs bound to the pattern.
        let (items, pat): (Vec<V>, &Pat) = (self.iterations(&f.expr)?, &f.pat);
        for item in items {
            self.scopes.push(Vec::new());
            match (pat, item) {
                (Pat::Tuple(t), V::Pair(i, v)) if t.elems.len() == 2 => {
                    self.bind(&t.elems[0], *i)?;
                    self.bind(&t.elems[1], *v)?;
                }
                (p, v) => self.bind(p, v)?,
            }
            let flow = self.block(&f.body)?.0;
            self.scopes.pop();
            match flow {
                Flow::Break => break,
                Flow::Return(v) => return Ok(Err(Flow::Return(v))),
                Flow::Next | Flow::Continue => {}
            }
        }
        Ok(Ok(V::B(true)))
    }

    /// The values a `for` loop binds, in order.
    fn iterations(&mut self, e: &Expr) -> R<Vec<V>> {
        let int = |m: &mut Self, e: &Expr| -> R<i128> {
            match m.expr(e)? {
                Ok(V::I(i)) => Ok(i),
                _ => Err(format!("a range bound {}", quote::quote!(#e))),
            }
        };
        match e {
            Expr::Paren(p) => self.iterations(&p.expr),
            Expr::Range(r) => {
                let lo = int(self, r.start.as_deref().ok_or("open range")?)?;
                let hi = int(self, r.end.as_deref().ok_or("open range")?)?;
                let hi = if matches!(r.limits, syn::RangeLimits::Closed(_)) {
                    hi + 1
                } else {
                    hi
                };
                Ok((lo..hi).map(V::I).collect())
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                match name.as_str() {
                    "rev" => {
                        let mut v = self.iterations(&m.receiver)?;
                        v.reverse();
                        Ok(v)
                    }
                    "iter" => match self.expr(&m.receiver)? {
                        Ok(V::Arr(a)) => Ok(a.into_iter().map(V::F).collect()),
                        _ => Err("iter of a non-array".into()),
                    },
                    "enumerate" => Ok(self
                        .iterations(&m.receiver)?
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| V::Pair(Box::new(V::I(i as i128)), Box::new(v)))
                        .collect()),
                    other => Err(format!("iterating with {other}")),
                }
            }
            other => Err(format!("iterating over {}", quote::quote!(#other))),
        }
    }

    /// `target = v`, or `target op= v`.
    fn assign(&mut self, target: &Expr, v: V, op: Option<BinOp>) -> R<()> {
        let apply = |old: V, v: V| -> R<V> {
            match &op {
                Some(op) => binary(op, old, v),
                None => Ok(v),
            }
        };
        match target {
            Expr::Path(p) => {
                let name = p.path.get_ident().ok_or("a path")?.to_string();
                let slot = self.lookup(&name)?;
                *slot = apply(slot.clone(), v)?;
                Ok(())
            }
            Expr::Index(i) => {
                let k = match self.expr(&i.index)? {
                    Ok(V::I(k)) => usize::try_from(k).map_err(|_| "negative index")?,
                    _ => return Err("an index".into()),
                };
                let Expr::Path(p) = &*i.expr else {
                    return Err("nested element assignment".into());
                };
                let name = p.path.get_ident().ok_or("a path")?.to_string();
                let V::Arr(a) = self.lookup(&name)? else {
                    return Err("element of a non-array".into());
                };
                let old = V::F(*a.get(k).ok_or("index out of bounds")?);
                let V::F(new) = apply(old, v)? else {
                    return Err("a non-float element".into());
                };
                let V::Arr(a) = self.lookup(&name)? else {
                    return Err("element of a non-array".into());
                };
                a[k] = new;
                Ok(())
            }
            other => Err(format!("assignment to {}", quote::quote!(#other))),
        }
    }
}

/// The operator of a compound assignment `op=`, as a binary operator.
fn compound_target(op: &BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::AddAssign(_) => BinOp::Add(Default::default()),
        BinOp::SubAssign(_) => BinOp::Sub(Default::default()),
        BinOp::MulAssign(_) => BinOp::Mul(Default::default()),
        BinOp::DivAssign(_) => BinOp::Div(Default::default()),
        _ => return None,
    })
}

fn repeat(v: V, n: V) -> R<V> {
    match (v, n) {
        (V::F(x), V::I(n)) => Ok(V::Arr(vec![x; usize::try_from(n).map_err(|_| "length")?])),
        (v, n) => Err(format!("repeat {v:?}; {n:?}")),
    }
}

fn binary(op: &BinOp, l: V, r: V) -> R<V> {
    Ok(match (l, r) {
        (V::F(a), V::F(b)) => match op {
            BinOp::Add(_) => V::F(a + b),
            BinOp::Sub(_) => V::F(a - b),
            BinOp::Mul(_) => V::F(a * b),
            BinOp::Div(_) => V::F(a / b),
            BinOp::Lt(_) => V::B(a < b),
            BinOp::Le(_) => V::B(a <= b),
            BinOp::Gt(_) => V::B(a > b),
            BinOp::Ge(_) => V::B(a >= b),
            BinOp::Eq(_) => V::B(a == b),
            BinOp::Ne(_) => V::B(a != b),
            _ => return Err("float operator".into()),
        },
        (V::I(a), V::I(b)) => match op {
            BinOp::Add(_) => V::I(a + b),
            BinOp::Sub(_) => V::I(a - b),
            BinOp::Mul(_) => V::I(a * b),
            BinOp::Lt(_) => V::B(a < b),
            BinOp::Le(_) => V::B(a <= b),
            BinOp::Gt(_) => V::B(a > b),
            BinOp::Ge(_) => V::B(a >= b),
            BinOp::Eq(_) => V::B(a == b),
            BinOp::Ne(_) => V::B(a != b),
            _ => return Err("integer operator".into()),
        },
        (V::B(a), V::B(b)) => match op {
            BinOp::And(_) => V::B(a && b),
            BinOp::Or(_) => V::B(a || b),
            _ => return Err("bool operator".into()),
        },
        (l, r) => return Err(format!("operands {l:?} and {r:?}")),
    })
}
