//! A reference semantics for the random programs: a small interpreter of
//! the *source text* (its `syn` syntax tree), independent of the macro's
//! parser and lowering. Comparing it with the interpreted primal IR catches
//! lowering bugs that change what a function computes, which the
//! derivative checks alone cannot see (they differentiate whatever the IR
//! computes, consistently).
//!
//! It covers what the grammar generates: `const` and `static` items, calls
//! of the other functions of the file (free, in modules, associated and
//! methods), field reads of struct values, `let` (also of tuples), assignment
//! and compound assignment to variables and (nested) elements, nested
//! blocks, `if`, `for` over ranges (`a..b`, `a..=b`, `.rev()`), `x.iter()`,
//! `x.iter().enumerate()` and arrays by value, `while`, `loop`, `break`,
//! `continue`, `return`, float arithmetic and methods (method and path
//! form), `%`, casts, indexing, `.len()`, array literals, `[v; n]` and
//! `vec![v; n]`, associated constants such as `std::f64::consts::PI`;
//! assertions and panics (`checks`); `split_at`, `first`, `last` and
//! `vec![a, b, ..]` (`seqs`).
//!
//! Floats keep their Rust type: an `f64`, an `f32` (computed in `f32`), or
//! an unsuffixed literal whose type comes from what it meets (Rust's
//! inference), so `f32` code is evaluated as rustc compiles it.

mod chains;
mod checks;
mod seqs;

use crate::eval::{Val, math_f32, math_f64};
use syn::{BinOp, Expr, Pat, Stmt, UnOp};

/// A value of the source program.
#[derive(Clone, Debug, PartialEq)]
enum V {
    F(f64),
    /// An `f32`.
    S(f32),
    /// A float literal whose type is not known yet.
    L(f64),
    I(i128),
    B(bool),
    Arr(Vec<V>),
    Tup(Vec<V>),
    Struct(Vec<(String, V)>),
    /// A value of an enum of the program's: the variant and its fields by
    /// name (`"0"`, `"1"`, .. for a tuple variant).
    Enum(String, Vec<(String, V)>),
    /// An `Option`: its payload, and the float type of its payload when
    /// known (as [`float`] gives it: `Some(true)` for `f32`), which the
    /// default of `unwrap_or_default` takes.
    Opt(Option<Box<V>>, Option<bool>),
    /// The value of a statement.
    Unit,
    /// An iterator: its elements, in order (see `chains`).
    Iter(Vec<V>),
    /// A closure made in the function (an index into `Machine::closures`).
    Clo(usize),
    /// A float method named where a closure is expected (`f64::max`).
    Fn(String),
    /// A function of the file named where a closure is expected.
    Func(String),
    Ord(std::cmp::Ordering),
}

/// How a statement ends.
enum Flow {
    Next,
    Break,
    Continue,
    Return(V),
}

type R<T> = Result<T, String>;

/// The functions of the file, by name, and its items' values.
struct File<'a> {
    fns: Vec<(String, &'a syn::Signature, &'a syn::Block)>,
    items: Vec<(String, V)>,
}

struct Machine<'f, 'a> {
    file: &'f File<'a>,
    scopes: Vec<Vec<(String, V)>>,
    steps: &'f mut u64,
    closures: chains::Closures,
}

/// Evaluates the function `main` of the source file `src` at `params` (by
/// position) with the receiver `recv`; its float result as an `f64`.
pub fn run(src: &str, main: &str, recv: Option<&Val>, params: &[Val]) -> R<f64> {
    let file: syn::File = syn::parse_str(src).map_err(|e| e.to_string())?;
    let mut f = File {
        fns: Vec::new(),
        items: Vec::new(),
    };
    let mut steps = 0;
    gather(&file.items, &mut f, &mut steps)?;
    let args: Vec<V> = params.iter().map(from_val).collect();
    let recv = recv.map(from_val);
    let y = call(&f, main, recv, args, &mut steps)?;
    match y {
        V::F(y) | V::L(y) => Ok(y),
        V::S(y) => Ok(f64::from(y)),
        other => Err(format!("returns {other:?}")),
    }
}

fn from_val(v: &Val) -> V {
    match v {
        Val::F(x) => V::F(*x),
        Val::I(i) => V::I(*i),
        Val::B(b) => V::B(*b),
        Val::Seq(items) => V::Arr(items.iter().map(from_val).collect()),
        Val::Struct(fields) => V::Struct(
            fields
                .iter()
                .map(|(n, v)| (n.clone(), from_val(v)))
                .collect(),
        ),
        Val::Enum(name, fields) if name == "Some" || name == "None" => {
            let payload = fields.first().map(|(_, v)| from_val(v));
            let ty = payload.as_ref().and_then(float).and_then(|f| f.1);
            V::Opt(payload.map(Box::new), ty)
        }
        Val::Enum(name, fields) => V::Enum(
            name.clone(),
            fields
                .iter()
                .map(|(n, v)| (n.clone(), from_val(v)))
                .collect(),
        ),
        Val::NoGrad | Val::Unit => V::Unit,
    }
}

/// `Some(v)`.
fn some(v: V) -> V {
    let ty = float(&v).and_then(|f| f.1);
    V::Opt(Some(Box::new(v)), ty)
}

/// An `Option` of `payload`, its payload type read from the payload.
fn opt(payload: Option<V>) -> V {
    match payload {
        Some(v) => some(v),
        None => V::Opt(None, None),
    }
}

/// `new` stored where `old` was: a literal takes the type of the float it
/// replaces, an option the payload type of the option it replaces.
fn retype(new: V, old: &V) -> V {
    match (old, new) {
        (old, new @ V::L(_)) => match (float(old), float(&new)) {
            (Some((_, Some(t))), Some((x, None))) => make_float(x, Some(t)),
            (_, _) => new,
        },
        (V::Opt(_, Some(t)), V::Opt(p, None)) => {
            let like = make_float(0.0, Some(*t));
            V::Opt(p.map(|p| Box::new(retype(*p, &like))), Some(*t))
        }
        (_, new) => new,
    }
}

/// Whether an identifier in a pattern names a constant or a variant
/// (Rust's naming convention), not a new binding.
fn starts_upper(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The last segment of a path.
fn last_segment(path: &syn::Path) -> String {
    path.segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

fn gather<'a>(items: &'a [syn::Item], f: &mut File<'a>, steps: &mut u64) -> R<()> {
    for item in items {
        match item {
            syn::Item::Fn(func) => f
                .fns
                .push((func.sig.ident.to_string(), &func.sig, &func.block)),
            syn::Item::Impl(i) => {
                for it in &i.items {
                    if let syn::ImplItem::Fn(func) = it {
                        f.fns
                            .push((func.sig.ident.to_string(), &func.sig, &func.block));
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    gather(items, f, steps)?;
                }
            }
            syn::Item::Const(c) => {
                let v = item_value(f, &c.expr, &c.ty, steps)?;
                f.items.push((c.ident.to_string(), v));
            }
            syn::Item::Static(s) => {
                let v = item_value(f, &s.expr, &s.ty, steps)?;
                f.items.push((s.ident.to_string(), v));
            }
            _ => {}
        }
    }
    Ok(())
}

fn item_value(f: &File<'_>, e: &Expr, ty: &syn::Type, steps: &mut u64) -> R<V> {
    let mut m = Machine {
        file: f,
        scopes: vec![Vec::new()],
        steps,
        closures: chains::Closures::default(),
    };
    let v = match m.expr(e)? {
        Ok(v) => v,
        Err(_) => return Err("control flow in an item".into()),
    };
    convert(v, ty)
}

/// `v` as a value of the declared type `ty` (a literal takes the type).
fn convert(v: V, ty: &syn::Type) -> R<V> {
    Ok(match (ty, v) {
        (syn::Type::Reference(r), v) => convert(v, &r.elem)?,
        (syn::Type::Paren(p), v) => convert(v, &p.elem)?,
        (syn::Type::Path(p), V::L(x) | V::F(x)) if p.path.is_ident("f32") => V::S(x as f32),
        (syn::Type::Path(p), V::L(x)) if p.path.is_ident("f64") => V::F(x),
        (syn::Type::Path(p), V::F(x)) if p.path.is_ident("f64") => V::F(x),
        (syn::Type::Path(p), V::S(x)) if p.path.is_ident("f32") => V::S(x),
        (syn::Type::Array(a), V::Arr(items)) => V::Arr(
            items
                .into_iter()
                .map(|i| convert(i, &a.elem))
                .collect::<R<_>>()?,
        ),
        (syn::Type::Slice(a), V::Arr(items)) => V::Arr(
            items
                .into_iter()
                .map(|i| convert(i, &a.elem))
                .collect::<R<_>>()?,
        ),
        (syn::Type::Path(p), V::Arr(items))
            if p.path.segments.last().is_some_and(|s| s.ident == "Vec") =>
        {
            let syn::PathArguments::AngleBracketed(args) =
                &p.path.segments.last().expect("a segment").arguments
            else {
                return Ok(V::Arr(items));
            };
            match args.args.first() {
                Some(syn::GenericArgument::Type(t)) => {
                    V::Arr(items.into_iter().map(|i| convert(i, t)).collect::<R<_>>()?)
                }
                _ => V::Arr(items),
            }
        }
        (syn::Type::Tuple(t), V::Tup(items)) if t.elems.len() == items.len() => V::Tup(
            items
                .into_iter()
                .zip(&t.elems)
                .map(|(i, t)| convert(i, t))
                .collect::<R<_>>()?,
        ),
        (syn::Type::Infer(_), v) => v,
        (syn::Type::Path(p), V::Opt(payload, ty))
            if p.path.segments.last().is_some_and(|s| s.ident == "Option") =>
        {
            let syn::PathArguments::AngleBracketed(args) =
                &p.path.segments.last().expect("a segment").arguments
            else {
                return Ok(V::Opt(payload, ty));
            };
            let Some(syn::GenericArgument::Type(t)) = args.args.first() else {
                return Ok(V::Opt(payload, ty));
            };
            let zero = convert(V::L(0.0), t).ok();
            let ty = zero.as_ref().and_then(float).and_then(|f| f.1).or(ty);
            match payload {
                Some(v) => V::Opt(Some(Box::new(convert(*v, t)?)), ty),
                None => V::Opt(None, ty),
            }
        }
        (_, v @ (V::I(_) | V::B(_) | V::Struct(_) | V::Enum(..))) => v,
        (ty, v) => {
            return Err(format!("a value {v:?} of type `{}`", quote::quote!(#ty)));
        }
    })
}

/// Calls the function `name` of the file.
fn call(f: &File<'_>, name: &str, recv: Option<V>, args: Vec<V>, steps: &mut u64) -> R<V> {
    let Some((_, sig, block)) = f.fns.iter().find(|(n, ..)| n == name) else {
        return Err(format!("no function `{name}`"));
    };
    let mut m = Machine {
        file: f,
        scopes: vec![Vec::new()],
        steps,
        closures: chains::Closures::default(),
    };
    let mut args = args.into_iter();
    for input in &sig.inputs {
        match input {
            syn::FnArg::Receiver(_) => {
                let r = recv.clone().ok_or("a method called without a receiver")?;
                m.declare("self".into(), r);
            }
            syn::FnArg::Typed(pt) => {
                let v = args.next().ok_or("too few arguments")?;
                let v = convert(v, &pt.ty)?;
                m.bind(&pt.pat, v)?;
            }
        }
    }
    let y = match m.block(block)? {
        (Flow::Return(v), _) | (_, Some(v)) => v,
        _ => return Err("no value".into()),
    };
    match &sig.output {
        syn::ReturnType::Type(_, ty) => convert(y, ty),
        syn::ReturnType::Default => Ok(y),
    }
}

/// A float's value and type: `Some(true)` for `f32`, `Some(false)` for
/// `f64`, `None` for a literal.
fn float(v: &V) -> Option<(f64, Option<bool>)> {
    match v {
        V::F(x) => Some((*x, Some(false))),
        V::S(x) => Some((f64::from(*x), Some(true))),
        V::L(x) => Some((*x, None)),
        _ => None,
    }
}

fn make_float(x: f64, ty: Option<bool>) -> V {
    match ty {
        Some(true) => V::S(x as f32),
        Some(false) => V::F(x),
        None => V::L(x),
    }
}

/// Applies a float method: `f32` arithmetic if any argument is an `f32`.
fn method(name: &str, args: &[V], n: i32) -> R<V> {
    let mut xs = Vec::new();
    let mut ty = None;
    for a in args {
        let (x, t) = float(a).ok_or_else(|| format!("`{name}` of {a:?}"))?;
        xs.push(x);
        ty = ty.or(t);
    }
    match ty {
        Some(true) => {
            let f: Vec<f32> = xs.iter().map(|x| *x as f32).collect();
            math_f32(name, &f, n)
                .map(V::S)
                .ok_or(format!("method {name} of {f:?}"))
        }
        _ => math_f64(name, &xs, n)
            .map(V::F)
            .ok_or(format!("method {name} of {xs:?}")),
    }
}

impl Machine<'_, '_> {
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

    fn read(&mut self, name: &str) -> R<V> {
        if let Ok(v) = self.lookup(name) {
            return Ok(v.clone());
        }
        match self.file.items.iter().find(|(n, _)| n == name) {
            Some((_, v)) => Ok(v.clone()),
            None => Err(format!("`{name}` is not defined")),
        }
    }

    fn tick(&mut self) -> R<()> {
        *self.steps += 1;
        if *self.steps > 20_000_000 {
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
                    if let Some((_, diverge)) = &init.diverge {
                        // `let P = e else { .. };`
                        let mut binds = Vec::new();
                        if self.matches(&l.pat, &v, &mut binds)? {
                            for (name, v) in binds {
                                self.declare(name, v);
                            }
                            continue;
                        }
                        return match self.expr(diverge)? {
                            Err(flow) => Ok((flow, None)),
                            Ok(_) => Err("the `else` of a `let .. else` does not diverge".into()),
                        };
                    }
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
                Stmt::Item(_) => {}
                Stmt::Macro(m) => match self.check_macro(&m.mac) {
                    Some(r) => r?,
                    None => return Err(format!("macro {}", quote::quote!(#m))),
                },
            }
        }
        Ok((Flow::Next, None))
    }

    /// Binds an irrefutable pattern (of a `let`, a parameter, a `for`).
    fn bind(&mut self, p: &Pat, v: V) -> R<()> {
        let mut binds = Vec::new();
        if !self.matches(p, &v, &mut binds)? {
            return Err(format!(
                "the pattern `{}` does not match {v:?}",
                quote::quote!(#p)
            ));
        }
        for (name, v) in binds {
            self.declare(name, v);
        }
        Ok(())
    }

    /// Whether `p` matches `v`; the names it binds, with their values, are
    /// added to `binds` (binding modes make no difference to values: a
    /// `ref` binding or a binding through a reference is read with `*`,
    /// which is the identity here).
    fn matches(&mut self, p: &Pat, v: &V, binds: &mut Vec<(String, V)>) -> R<bool> {
        Ok(match p {
            Pat::Wild(_) | Pat::Rest(_) => true,
            Pat::Paren(q) => self.matches(&q.pat, v, binds)?,
            Pat::Reference(r) => self.matches(&r.pat, v, binds)?,
            Pat::Type(t) => {
                let v = convert(v.clone(), &t.ty)?;
                self.matches(&t.pat, &v, binds)?
            }
            Pat::Ident(pi) => {
                let name = pi.ident.to_string();
                if let Some((_, sub)) = &pi.subpat {
                    if !self.matches(sub, v, binds)? {
                        return Ok(false);
                    }
                } else if starts_upper(&name) {
                    return Ok(match v {
                        V::Opt(p, _) if name == "None" => p.is_none(),
                        V::Enum(variant, _) => *variant == name,
                        other => self.read(&name)? == *other,
                    });
                }
                binds.push((name, v.clone()));
                true
            }
            Pat::Or(o) => {
                for case in &o.cases {
                    let mark = binds.len();
                    if self.matches(case, v, binds)? {
                        return Ok(true);
                    }
                    binds.truncate(mark);
                }
                false
            }
            Pat::Lit(l) => {
                let lit = match self.expr(&Expr::Lit(l.clone()))? {
                    Ok(x) => x,
                    Err(_) => return Err("a literal pattern".into()),
                };
                equal(v, &lit)?
            }
            Pat::Range(r) => {
                let mut end = |e: &Option<Box<Expr>>| -> R<Option<V>> {
                    match e {
                        Some(e) => match self.expr(e)? {
                            Ok(x) => Ok(Some(x)),
                            Err(_) => Err("control flow in a range pattern".into()),
                        },
                        None => Ok(None),
                    }
                };
                let (lo, hi) = (end(&r.start)?, end(&r.end)?);
                let ge = match lo {
                    Some(lo) => {
                        binary(&BinOp::Ge(Default::default()), v.clone(), lo)? == V::B(true)
                    }
                    None => true,
                };
                let op = match r.limits {
                    syn::RangeLimits::Closed(_) => BinOp::Le(Default::default()),
                    syn::RangeLimits::HalfOpen(_) => BinOp::Lt(Default::default()),
                };
                let below = match hi {
                    Some(hi) => binary(&op, v.clone(), hi)? == V::B(true),
                    None => true,
                };
                ge && below
            }
            Pat::Tuple(t) => {
                let V::Tup(items) = v else {
                    return Err(format!("a tuple pattern on {v:?}"));
                };
                let elems: Vec<&Pat> = t.elems.iter().collect();
                self.sequence(&elems, items, false, binds)?
            }
            Pat::Slice(sl) => {
                let V::Arr(items) = v else {
                    return Err(format!("a slice pattern on {v:?}"));
                };
                let elems: Vec<&Pat> = sl.elems.iter().collect();
                self.sequence(&elems, items, true, binds)?
            }
            Pat::Path(pp) => {
                let last = last_segment(&pp.path);
                match v {
                    V::Opt(p, _) if last == "None" => p.is_none(),
                    V::Enum(variant, _) => *variant == last,
                    other => return Err(format!("the path pattern `{last}` on {other:?}")),
                }
            }
            Pat::TupleStruct(ts) => {
                let last = last_segment(&ts.path);
                let elems: Vec<&Pat> = ts.elems.iter().collect();
                match v {
                    V::Opt(None, _) if last == "Some" => false,
                    V::Opt(Some(x), _) if last == "Some" => {
                        self.sequence(&elems, &[(**x).clone()], false, binds)?
                    }
                    V::Enum(variant, fields) => {
                        if *variant != last {
                            return Ok(false);
                        }
                        let fields: Vec<V> = fields.iter().map(|(_, f)| f.clone()).collect();
                        self.sequence(&elems, &fields, false, binds)?
                    }
                    other => return Err(format!("the pattern `{last}(..)` on {other:?}")),
                }
            }
            Pat::Struct(st) => {
                let last = last_segment(&st.path);
                let V::Enum(variant, fields) = v else {
                    return Err(format!("the pattern `{last} {{..}}` on {v:?}"));
                };
                if *variant != last {
                    return Ok(false);
                }
                for fp in &st.fields {
                    let syn::Member::Named(id) = &fp.member else {
                        return Err("a numbered field in a struct pattern".into());
                    };
                    let Some((_, f)) = fields.iter().find(|(n, _)| id == n) else {
                        return Err(format!("no field `{id}` in {v:?}"));
                    };
                    let f = f.clone();
                    if !self.matches(&fp.pat, &f, binds)? {
                        return Ok(false);
                    }
                }
                true
            }
            other => return Err(format!("pattern {}", quote::quote!(#other))),
        })
    }

    /// The elements of a tuple, slice or variant pattern against `items`:
    /// one `..` (or, in a slice, `name @ ..`, bound to the array of the
    /// rest) stands for the items not named.
    fn sequence(
        &mut self,
        elems: &[&Pat],
        items: &[V],
        slice: bool,
        binds: &mut Vec<(String, V)>,
    ) -> R<bool> {
        let is_rest = |p: &Pat| match p {
            Pat::Rest(_) => true,
            Pat::Ident(pi) => pi
                .subpat
                .as_ref()
                .is_some_and(|(_, s)| matches!(**s, Pat::Rest(_))),
            _ => false,
        };
        let rest = elems.iter().position(|p| is_rest(p));
        let named = elems.len() - usize::from(rest.is_some());
        let fits = match rest {
            Some(_) => items.len() >= named,
            None => items.len() == named,
        };
        if !fits {
            if slice {
                return Ok(false);
            }
            return Err(format!(
                "a pattern of {} elements on {} values",
                elems.len(),
                items.len()
            ));
        }
        for (k, p) in elems.iter().enumerate() {
            let item = match rest {
                Some(r) if k == r => {
                    if let Pat::Ident(pi) = p {
                        let tail = items[r..r + items.len() - named].to_vec();
                        binds.push((pi.ident.to_string(), V::Arr(tail)));
                    }
                    continue;
                }
                Some(r) if k > r => items[items.len() + k - elems.len()].clone(),
                _ => items[k].clone(),
            };
            if !self.matches(p, &item, binds)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The condition of an `if` or a `while`, with its `let`s (`if let P =
    /// e`, `if let P = e && c`): the names they bind are declared in the
    /// current scope.
    fn condition(&mut self, c: &Expr) -> R<Result<bool, Flow>> {
        match c {
            Expr::Let(l) => {
                let v = match self.expr(&l.expr)? {
                    Ok(v) => v,
                    Err(flow) => return Ok(Err(flow)),
                };
                let mut binds = Vec::new();
                if !self.matches(&l.pat, &v, &mut binds)? {
                    return Ok(Ok(false));
                }
                for (name, v) in binds {
                    self.declare(name, v);
                }
                Ok(Ok(true))
            }
            Expr::Binary(b) if matches!(b.op, BinOp::And(_)) && has_let(c) => {
                match self.condition(&b.left)? {
                    Ok(true) => self.condition(&b.right),
                    other => Ok(other),
                }
            }
            Expr::Paren(p) if has_let(&p.expr) => self.condition(&p.expr),
            other => match self.expr(other)? {
                Ok(V::B(b)) => Ok(Ok(b)),
                Ok(other) => Err(format!("condition {other:?}")),
                Err(flow) => Ok(Err(flow)),
            },
        }
    }

    /// `match e { arms }`.
    fn match_expr(&mut self, m: &syn::ExprMatch) -> R<Result<V, Flow>> {
        let v = match self.expr(&m.expr)? {
            Ok(v) => v,
            Err(flow) => return Ok(Err(flow)),
        };
        for arm in &m.arms {
            let mut binds = Vec::new();
            if !self.matches(&arm.pat, &v, &mut binds)? {
                continue;
            }
            self.scopes.push(binds);
            let r = self.arm(arm);
            self.scopes.pop();
            match r? {
                Some(out) => return Ok(out),
                None => continue,
            }
        }
        Err(format!("no arm matches {v:?}"))
    }

    /// An arm whose pattern matched (its names in scope): `None` if its
    /// guard fails.
    fn arm(&mut self, arm: &syn::Arm) -> R<Option<Result<V, Flow>>> {
        if let Some((_, g)) = &arm.guard {
            match self.expr(g)? {
                Ok(V::B(true)) => {}
                Ok(V::B(false)) => return Ok(None),
                Ok(other) => return Err(format!("guard {other:?}")),
                Err(flow) => return Ok(Some(Err(flow))),
            }
        }
        self.expr(&arm.body).map(Some)
    }

    /// `matches!(e, P)` and `matches!(e, P if guard)`.
    fn matches_macro(&mut self, mac: &syn::Macro) -> R<Result<V, Flow>> {
        let (e, p, guard) = mac
            .parse_body_with(|input: syn::parse::ParseStream<'_>| {
                let e: Expr = input.parse()?;
                input.parse::<syn::Token![,]>()?;
                let p = Pat::parse_multi_with_leading_vert(input)?;
                let guard = if input.peek(syn::Token![if]) {
                    input.parse::<syn::Token![if]>()?;
                    Some(input.parse::<Expr>()?)
                } else {
                    None
                };
                input.parse::<Option<syn::Token![,]>>()?;
                Ok((e, p, guard))
            })
            .map_err(|e| e.to_string())?;
        let v = match self.expr(&e)? {
            Ok(v) => v,
            Err(flow) => return Ok(Err(flow)),
        };
        let mut binds = Vec::new();
        if !self.matches(&p, &v, &mut binds)? {
            return Ok(Ok(V::B(false)));
        }
        let Some(g) = guard else {
            return Ok(Ok(V::B(true)));
        };
        self.scopes.push(binds);
        let r = self.expr(&g);
        self.scopes.pop();
        r
    }

    /// A method of an `Option`.
    fn option_method(
        &mut self,
        name: &str,
        payload: Option<V>,
        ty: Option<bool>,
        args: Vec<V>,
    ) -> R<V> {
        Ok(match (name, payload, args.as_slice()) {
            ("is_some", p, []) => V::B(p.is_some()),
            ("is_none", p, []) => V::B(p.is_none()),
            ("unwrap" | "expect", Some(v), _) => v,
            ("unwrap" | "expect", None, _) => {
                return Err(format!("`{name}` of `None` panics"));
            }
            ("unwrap_or", Some(v), [_]) => v,
            ("unwrap_or", None, [d]) => d.clone(),
            ("unwrap_or_default", Some(v), []) => v,
            ("unwrap_or_default", None, []) => make_float(0.0, ty),
            ("or", Some(v), [_]) => V::Opt(Some(Box::new(v)), ty),
            ("or", None, [other]) => other.clone(),
            (name, p, args) => return Err(format!("`Option::{name}` of {p:?} with {args:?}")),
        })
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
                syn::Lit::Float(f) => {
                    let x: f64 = f.base10_parse().map_err(|e| e.to_string())?;
                    match f.suffix() {
                        "f32" => V::S(f.base10_parse::<f32>().map_err(|e| e.to_string())?),
                        "f64" => V::F(x),
                        _ => V::L(x),
                    }
                }
                syn::Lit::Int(i) => V::I(i.base10_parse().map_err(|e| e.to_string())?),
                syn::Lit::Bool(b) => V::B(b.value),
                // The message of an `expect`.
                syn::Lit::Str(_) => V::Unit,
                _ => return Err("literal".into()),
            },
            Expr::Path(p) => self.path(&p.path)?,
            Expr::Paren(p) => val!(&p.expr),
            Expr::Group(g) => val!(&g.expr),
            Expr::Reference(r) => val!(&r.expr),
            Expr::Field(f) => {
                let base = val!(&f.base);
                match (&f.member, base) {
                    // An item of a tuple (`t.0`).
                    (syn::Member::Unnamed(k), V::Tup(items)) => items
                        .get(k.index as usize)
                        .cloned()
                        .ok_or("no such item of a tuple")?,
                    (syn::Member::Named(id), V::Struct(fields)) => fields
                        .into_iter()
                        .find(|(n, _)| id == n)
                        .map(|(_, v)| v)
                        .ok_or(format!("no field `{id}`"))?,
                    (m, other) => {
                        return Err(format!("field `{}` of {other:?}", quote::quote!(#m)));
                    }
                }
            }
            Expr::Unary(u) => match (&u.op, val!(&u.expr)) {
                (UnOp::Neg(_), V::F(x)) => V::F(-x),
                (UnOp::Neg(_), V::S(x)) => V::S(-x),
                (UnOp::Neg(_), V::L(x)) => V::L(-x),
                (UnOp::Neg(_), V::I(x)) => V::I(-x),
                (UnOp::Not(_), V::B(b)) => V::B(!b),
                (UnOp::Deref(_), v) => v,
                (_, v) => return Err(format!("unary of {v:?}")),
            },
            Expr::Binary(b) => {
                if let Some(target) = compound_target(&b.op) {
                    let v = val!(&b.right);
                    return self.assign(&b.left, v, Some(target)).map(|_| Ok(V::Unit));
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
                V::Unit
            }
            Expr::Index(i) => {
                if let Expr::Range(r) = &*i.index {
                    let base = val!(&i.expr);
                    return self.subslice(base, r);
                }
                let k = match val!(&i.index) {
                    V::I(k) => usize::try_from(k).map_err(|_| "negative index")?,
                    other => return Err(format!("index {other:?}")),
                };
                match val!(&i.expr) {
                    V::Arr(a) => a.get(k).cloned().ok_or("index out of bounds")?,
                    other => return Err(format!("indexing {other:?}")),
                }
            }
            Expr::Cast(c) => {
                let v = val!(&c.expr);
                cast(v, &c.ty)?
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                let mut recv_expr = &*m.receiver;
                while let Expr::Paren(p) = recv_expr {
                    recv_expr = &p.expr;
                }
                if let (Expr::Range(r), "contains", [x]) = (
                    recv_expr,
                    name.as_str(),
                    m.args.iter().collect::<Vec<_>>().as_slice(),
                ) {
                    return self.range_contains(r, x);
                }
                // `v.push(e)`, `v.extend_from_slice(&x)`: the variable grows.
                if let (Expr::Path(p), "push" | "extend_from_slice", [arg]) = (
                    recv_expr,
                    name.as_str(),
                    m.args.iter().collect::<Vec<_>>().as_slice(),
                ) {
                    let v = val!(arg);
                    let var = p.path.get_ident().ok_or("a path")?.to_string();
                    return seqs::grow(self.lookup(&var)?, &name, v).map(|()| Ok(V::Unit));
                }
                let recv = val!(&m.receiver);
                let mut args = Vec::new();
                for a in &m.args {
                    // `expect`'s message.
                    if let Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(_),
                        ..
                    }) = a
                    {
                        args.push(V::Unit);
                        continue;
                    }
                    args.push(val!(a));
                }
                if let Some(v) = seqs::seq_method(&name, &recv, &args) {
                    return Ok(Ok(v?));
                }
                if let Some(v) = self.chain_method(m, &recv, &args)? {
                    return Ok(Ok(v));
                }
                match (name.as_str(), recv) {
                    ("len", V::Arr(a)) => V::I(a.len() as i128),
                    ("into", v @ (V::F(_) | V::S(_) | V::I(_) | V::L(_))) => into_f64(v)?,
                    (_, V::Opt(p, ty)) => self.option_method(&name, p.map(|p| *p), ty, args)?,
                    (_, recv @ (V::F(_) | V::S(_) | V::L(_))) => float_method(&name, recv, args)?,
                    (_, recv @ V::Struct(_)) => {
                        call(self.file, &name, Some(recv), args, self.steps)?
                    }
                    (_, recv) => return Err(format!("method {name} of {recv:?}")),
                }
            }
            Expr::Call(c) => {
                let Expr::Path(p) = &*c.func else {
                    return Err("a call of a non-path".into());
                };
                let segs: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                let mut args = Vec::new();
                for a in &c.args {
                    args.push(val!(a));
                }
                match segs
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    [.., ty @ ("f64" | "f32"), name] => {
                        let narrow = *ty == "f32";
                        let mut args = args.into_iter();
                        let recv = args.next().ok_or("a method without a receiver")?;
                        let recv = match (float(&recv), recv) {
                            #[allow(clippy::cast_precision_loss)]
                            (None, V::I(i)) if narrow => V::S(i as f32),
                            #[allow(clippy::cast_precision_loss)]
                            (None, V::I(i)) => V::F(i as f64),
                            (Some((x, _)), _) if narrow => V::S(x as f32),
                            (Some((x, _)), _) => V::F(x),
                            (None, recv) => return Err(format!("{ty}::{name} of {recv:?}")),
                        };
                        if *name == "from" {
                            recv
                        } else {
                            float_method(name, recv, args.collect())?
                        }
                    }
                    [.., "Vec", "new" | "with_capacity"] => V::Arr(Vec::new()),
                    ["Some"] | [.., "Option", "Some"] if args.len() == 1 => {
                        some(args.into_iter().next().expect("an argument"))
                    }
                    // A variant of an enum of the program's.
                    [.., name] if starts_upper(name) => V::Enum(
                        (*name).to_string(),
                        args.into_iter()
                            .enumerate()
                            .map(|(k, v)| (k.to_string(), v))
                            .collect(),
                    ),
                    [name] if self.is_closure(name) => {
                        let f = self.read(name)?;
                        self.apply(&f, args)?
                    }
                    [.., name] => call(self.file, name, None, args, self.steps)?,
                    [] => return Err("an empty path".into()),
                }
            }
            Expr::Array(a) => {
                let mut items = Vec::new();
                for e in &a.elems {
                    items.push(val!(e));
                }
                V::Arr(unify(items))
            }
            Expr::Repeat(r) => repeat(val!(&r.expr), val!(&r.len))?,
            Expr::Macro(m)
                if m.mac.path.is_ident("vec")
                    && syn::parse2::<syn::ExprRepeat>({
                        let t = &m.mac.tokens;
                        quote::quote!([#t])
                    })
                    .is_err() =>
            {
                return self.vec_list(&m.mac);
            }
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
            Expr::Tuple(t) => {
                let mut items = Vec::new();
                for e in &t.elems {
                    items.push(val!(e));
                }
                V::Tup(items)
            }
            Expr::Closure(c) => self.closure_value(c),
            Expr::Range(r) => {
                let lo = val!(r.start.as_deref().ok_or("open range")?);
                let hi = val!(r.end.as_deref().ok_or("open range")?);
                let (V::I(lo), V::I(hi)) = (lo, hi) else {
                    return Err("a range of non-integers".into());
                };
                let hi = if matches!(r.limits, syn::RangeLimits::Closed(_)) {
                    hi + 1
                } else {
                    hi
                };
                V::Iter((lo..hi).map(V::I).collect())
            }
            Expr::If(i) => {
                // The names the condition's `let`s bind are seen by the
                // `then` block only.
                self.scopes.push(Vec::new());
                let c = self.condition(&i.cond);
                let c = match c {
                    Ok(Ok(c)) => c,
                    Ok(Err(flow)) => {
                        self.scopes.pop();
                        return Ok(Err(flow));
                    }
                    Err(e) => {
                        self.scopes.pop();
                        return Err(e);
                    }
                };
                let then = if c {
                    Some(self.block(&i.then_branch))
                } else {
                    None
                };
                self.scopes.pop();
                let out = if let Some(then) = then {
                    then?
                } else if let Some((_, e)) = &i.else_branch {
                    match &**e {
                        Expr::Block(b) => self.block(&b.block)?,
                        other => (Flow::Next, Some(val!(other))),
                    }
                } else {
                    (Flow::Next, None)
                };
                match out {
                    (Flow::Next, v) => v.unwrap_or(V::Unit),
                    (flow, _) => return Ok(Err(flow)),
                }
            }
            Expr::Block(b) => match self.block(&b.block)? {
                (Flow::Next, v) => v.unwrap_or(V::Unit),
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
                self.tick()?;
                // `while let`: the names of the condition, per iteration.
                self.scopes.push(Vec::new());
                let body = match self.condition(&w.cond) {
                    Ok(Ok(true)) => self.block(&w.body).map(|b| Some(b.0)),
                    Ok(Ok(false)) => Ok(None),
                    Ok(Err(flow)) => Ok(Some(flow)),
                    Err(e) => Err(e),
                };
                self.scopes.pop();
                match body? {
                    None | Some(Flow::Break) => break V::Unit,
                    Some(Flow::Return(v)) => return Ok(Err(Flow::Return(v))),
                    Some(Flow::Next | Flow::Continue) => {}
                }
            },
            Expr::Match(m) => match self.match_expr(m)? {
                Ok(v) => v,
                Err(flow) => return Ok(Err(flow)),
            },
            Expr::Macro(m) if m.mac.path.is_ident("matches") => {
                match self.matches_macro(&m.mac)? {
                    Ok(v) => v,
                    Err(flow) => return Ok(Err(flow)),
                }
            }
            Expr::Struct(st) => {
                let mut fields = Vec::new();
                for f in &st.fields {
                    let syn::Member::Named(id) = &f.member else {
                        return Err("a numbered field in a struct expression".into());
                    };
                    fields.push((id.to_string(), val!(&f.expr)));
                }
                V::Enum(last_segment(&st.path), fields)
            }
            Expr::Loop(l) => loop {
                self.tick()?;
                match self.block(&l.body)?.0 {
                    Flow::Break => break V::Unit,
                    Flow::Return(v) => return Ok(Err(Flow::Return(v))),
                    Flow::Next | Flow::Continue => {}
                }
            },
            other => return Err(format!("expression {}", quote::quote!(#other))),
        }))
    }

    /// A path: a local, an item, an associated constant.
    fn path(&mut self, path: &syn::Path) -> R<V> {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let n = segs.len();
        if segs[n - 1] == "None" && (n == 1 || segs[n - 2] == "Option") {
            return Ok(V::Opt(None, None));
        }
        if let [one] = segs.as_slice() {
            return self
                .read(one)
                .or_else(|e| chains::function_value(self.file, one).ok_or(e));
        }
        if let Some(v) = chains::path_value(&segs) {
            return Ok(v);
        }
        if starts_upper(&segs[n - 1]) && starts_upper(&segs[n - 2]) && segs[n - 2] != "Option" {
            // A unit variant (`Kind::Relu`).
            return Ok(V::Enum(segs[n - 1].clone(), vec![]));
        }
        let narrow = segs.iter().any(|s| s == "f32");
        if segs.iter().any(|s| s == "consts") {
            use std::f64::consts as c;
            let x = match segs.last().map(String::as_str) {
                Some("PI") => c::PI,
                Some("E") => c::E,
                Some("TAU") => c::TAU,
                Some("SQRT_2") => c::SQRT_2,
                Some("LN_2") => c::LN_2,
                Some("LN_10") => c::LN_10,
                Some("FRAC_PI_2") => c::FRAC_PI_2,
                Some("FRAC_PI_3") => c::FRAC_PI_3,
                Some("FRAC_PI_4") => c::FRAC_PI_4,
                Some("FRAC_1_SQRT_2") => c::FRAC_1_SQRT_2,
                other => return Err(format!("the constant {other:?}")),
            };
            return Ok(if narrow { V::S(x as f32) } else { V::F(x) });
        }
        let last = segs.last().map_or("", String::as_str);
        self.read(last)
            .or_else(|e| chains::function_value(self.file, last).ok_or(e))
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop) -> R<Result<V, Flow>> {
        let items = match self.iterations(&f.expr)? {
            Ok(items) => items,
            Err(flow) => return Ok(Err(flow)),
        };
        for item in items {
            self.scopes.push(Vec::new());
            self.bind(&f.pat, item)?;
            let flow = self.block(&f.body)?.0;
            self.scopes.pop();
            match flow {
                Flow::Break => break,
                Flow::Return(v) => return Ok(Err(Flow::Return(v))),
                Flow::Next | Flow::Continue => {}
            }
        }
        Ok(Ok(V::Unit))
    }

    /// The values a `for` loop binds, in order.
    fn iterations(&mut self, e: &Expr) -> R<Result<Vec<V>, Flow>> {
        macro_rules! val {
            ($e:expr) => {
                match self.expr($e)? {
                    Ok(v) => v,
                    Err(f) => return Ok(Err(f)),
                }
            };
        }
        Ok(Ok(match e {
            Expr::Paren(p) => return self.iterations(&p.expr),
            Expr::Range(r) => {
                let lo = val!(r.start.as_deref().ok_or("open range")?);
                let hi = val!(r.end.as_deref().ok_or("open range")?);
                let (V::I(lo), V::I(hi)) = (lo, hi) else {
                    return Err("a range of non-integers".into());
                };
                let hi = if matches!(r.limits, syn::RangeLimits::Closed(_)) {
                    hi + 1
                } else {
                    hi
                };
                (lo..hi).map(V::I).collect()
            }
            Expr::MethodCall(m) => match m.method.to_string().as_str() {
                "rev" => match self.iterations(&m.receiver)? {
                    Ok(mut v) => {
                        v.reverse();
                        v
                    }
                    Err(flow) => return Ok(Err(flow)),
                },
                "iter" => match val!(&m.receiver) {
                    V::Arr(a) => a,
                    _ => return Err("iter of a non-array".into()),
                },
                "enumerate" => match self.iterations(&m.receiver)? {
                    Ok(v) => v
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| V::Tup(vec![V::I(i as i128), v]))
                        .collect(),
                    Err(flow) => return Ok(Err(flow)),
                },
                _ => match val!(e) {
                    V::Iter(a) | V::Arr(a) => a,
                    _ => return Err(format!("iterating over {}", quote::quote!(#e))),
                },
            },
            other => match val!(other) {
                V::Arr(a) | V::Iter(a) => a,
                _ => return Err(format!("iterating over {}", quote::quote!(#other))),
            },
        }))
    }

    /// `target = v`, or `target op= v`.
    fn assign(&mut self, target: &Expr, v: V, op: Option<BinOp>) -> R<()> {
        // The variable and the path of indices of the place.
        let mut path = Vec::new();
        let mut base = target;
        loop {
            match base {
                Expr::Index(i) => {
                    let k = match self.expr(&i.index)? {
                        Ok(V::I(k)) => usize::try_from(k).map_err(|_| "negative index")?,
                        _ => return Err("an index".into()),
                    };
                    path.push(k);
                    base = &i.expr;
                }
                Expr::Paren(p) => base = &p.expr,
                // An item of a tuple (`t.0`).
                Expr::Field(f) => match &f.member {
                    syn::Member::Unnamed(k) => {
                        path.push(k.index as usize);
                        base = &f.base;
                    }
                    syn::Member::Named(_) => break,
                },
                _ => break,
            }
        }
        path.reverse();
        let Expr::Path(p) = base else {
            return Err(format!("assignment to {}", quote::quote!(#target)));
        };
        let name = p.path.get_ident().ok_or("a path")?.to_string();
        let mut slot = self.lookup(&name)?;
        for k in path {
            slot = match slot {
                V::Arr(a) | V::Tup(a) => a.get_mut(k).ok_or("index out of bounds")?,
                _ => return Err("element of a non-array".into()),
            };
        }
        let old = slot.clone();
        let new = match &op {
            Some(op) => binary(op, old.clone(), v)?,
            None => v,
        };
        // The place keeps its type (a literal in it takes the new one).
        *slot = retype(new, &old);
        Ok(())
    }
}

/// Whether a condition has a `let` (`if let`, a let chain).
fn has_let(e: &Expr) -> bool {
    match e {
        Expr::Let(_) => true,
        Expr::Binary(b) if matches!(b.op, BinOp::And(_)) => has_let(&b.left) || has_let(&b.right),
        Expr::Paren(p) => has_let(&p.expr),
        _ => false,
    }
}

/// Whether a value equals a literal pattern's value.
fn equal(v: &V, lit: &V) -> R<bool> {
    match (v, lit) {
        (V::B(a), V::B(b)) => Ok(a == b),
        _ => Ok(binary(&BinOp::Eq(Default::default()), v.clone(), lit.clone())? == V::B(true)),
    }
}

/// Array elements of one type: literals take the type of the others.
fn unify(items: Vec<V>) -> Vec<V> {
    let ty = items.iter().find_map(|v| float(v).and_then(|f| f.1));
    items
        .into_iter()
        .map(|v| match (float(&v), ty) {
            (Some((x, None)), Some(t)) => make_float(x, Some(t)),
            _ => v,
        })
        .collect()
}

/// `v.into()` where the program converts into `f64` (a `let` annotated
/// `f32` in an `f32` program narrows it again).
fn into_f64(v: V) -> R<V> {
    match v {
        V::F(x) | V::L(x) => Ok(V::F(x)),
        V::S(x) => Ok(V::F(f64::from(x))),
        #[allow(clippy::cast_precision_loss)]
        V::I(i) => Ok(V::F(i as f64)),
        other => Err(format!("`into` of {other:?}")),
    }
}

fn float_method(name: &str, recv: V, args: Vec<V>) -> R<V> {
    if name == "sin_cos" {
        let (s, c) = (
            float_method("sin", recv.clone(), args.clone())?,
            float_method("cos", recv, args)?,
        );
        return Ok(V::Tup(vec![s, c]));
    }
    let mut all = vec![recv];
    let mut n = 0;
    for a in args {
        match a {
            V::I(i) => n = i32::try_from(i).map_err(|_| "powi exponent")?,
            v => all.push(v),
        }
    }
    if let Some(info) = crate::math::lookup(name) {
        if info.kind == crate::math::Kind::Query {
            let (x, ty) = float(&all[0]).ok_or("a query of a non-float")?;
            let x32 = x as f32;
            return Ok(V::B(match name {
                "is_nan" => x.is_nan(),
                "is_infinite" => x.is_infinite(),
                "is_finite" => x.is_finite(),
                "is_normal" if ty == Some(true) => x32.is_normal(),
                "is_normal" => x.is_normal(),
                "is_sign_positive" => x.is_sign_positive(),
                "is_sign_negative" => x.is_sign_negative(),
                other => return Err(format!("the query {other}")),
            }));
        }
    }
    method(name, &all, n)
}

fn cast(v: V, ty: &syn::Type) -> R<V> {
    let t = quote::quote!(#ty).to_string();
    Ok(match (t.as_str(), v) {
        #[allow(clippy::cast_precision_loss)]
        ("f64", V::I(i)) => V::F(i as f64),
        #[allow(clippy::cast_precision_loss)]
        ("f32", V::I(i)) => V::S(i as f32),
        ("f64", v) => match float(&v) {
            Some((x, _)) => V::F(x),
            None => return Err(format!("cast of {v:?}")),
        },
        ("f32", v) => match float(&v) {
            Some((x, _)) => V::S(x as f32),
            None => return Err(format!("cast of {v:?}")),
        },
        (_, V::I(i)) => V::I(i),
        (t, v) => match float(&v) {
            Some((x, _)) if t == "usize" || t.starts_with('u') => V::I(x.max(0.0) as i128),
            Some((x, _)) => V::I(x as i128),
            None => return Err(format!("cast of {v:?} to {t}")),
        },
    })
}

/// The operator of a compound assignment `op=`, as a binary operator.
fn compound_target(op: &BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::AddAssign(_) => BinOp::Add(Default::default()),
        BinOp::SubAssign(_) => BinOp::Sub(Default::default()),
        BinOp::MulAssign(_) => BinOp::Mul(Default::default()),
        BinOp::DivAssign(_) => BinOp::Div(Default::default()),
        BinOp::RemAssign(_) => BinOp::Rem(Default::default()),
        _ => return None,
    })
}

fn repeat(v: V, n: V) -> R<V> {
    match n {
        V::I(n) => Ok(V::Arr(vec![v; usize::try_from(n).map_err(|_| "length")?])),
        n => Err(format!("repeat {v:?}; {n:?}")),
    }
}

fn binary(op: &BinOp, l: V, r: V) -> R<V> {
    if let (Some((a, ta)), Some((b, tb))) = (float(&l), float(&r)) {
        if ta.is_some() && tb.is_some() && ta != tb {
            return Err(format!("mixed float types: {l:?} and {r:?}"));
        }
        let ty = ta.or(tb);
        if ty == Some(true) {
            let (a, b) = (a as f32, b as f32);
            return Ok(match op {
                BinOp::Add(_) => V::S(a + b),
                BinOp::Sub(_) => V::S(a - b),
                BinOp::Mul(_) => V::S(a * b),
                BinOp::Div(_) => V::S(a / b),
                BinOp::Rem(_) => V::S(a % b),
                BinOp::Lt(_) => V::B(a < b),
                BinOp::Le(_) => V::B(a <= b),
                BinOp::Gt(_) => V::B(a > b),
                BinOp::Ge(_) => V::B(a >= b),
                BinOp::Eq(_) => V::B(a == b),
                BinOp::Ne(_) => V::B(a != b),
                _ => return Err("float operator".into()),
            });
        }
        return Ok(match op {
            BinOp::Add(_) => make_float(a + b, ty),
            BinOp::Sub(_) => make_float(a - b, ty),
            BinOp::Mul(_) => make_float(a * b, ty),
            BinOp::Div(_) => make_float(a / b, ty),
            BinOp::Rem(_) => make_float(a % b, ty),
            BinOp::Lt(_) => V::B(a < b),
            BinOp::Le(_) => V::B(a <= b),
            BinOp::Gt(_) => V::B(a > b),
            BinOp::Ge(_) => V::B(a >= b),
            BinOp::Eq(_) => V::B(a == b),
            BinOp::Ne(_) => V::B(a != b),
            _ => return Err("float operator".into()),
        });
    }
    Ok(match (l, r) {
        (V::I(a), V::I(b)) => match op {
            BinOp::Add(_) => V::I(a + b),
            BinOp::Sub(_) => V::I(a - b),
            BinOp::Mul(_) => V::I(a * b),
            BinOp::Div(_) if b != 0 => V::I(a / b),
            BinOp::Rem(_) if b != 0 => V::I(a % b),
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
            BinOp::Eq(_) => V::B(a == b),
            BinOp::Ne(_) => V::B(a != b),
            _ => return Err("bool operator".into()),
        },
        (l, r) => return Err(format!("operands {l:?} and {r:?}")),
    })
}
