//! Iterator chains: a method chain `x.iter().map(..).sum()` read as a
//! source, adaptors and a consumer ([`crate::ast::Chain`]), which `lower`
//! turns into a loop.
//!
//! Reading happens in two steps: [`shape`] looks only at the method names
//! and decides whether the expression is a chain at all (so that a method
//! of the user's on a chain's result, or a method of a type that is not an
//! iterator, is left to the rest of the parser without errors), then
//! [`Parser::build_chain`] parses the parts and records errors.

use super::*;
use crate::ast::{
    Adaptor, AdaptorKind, Chain, ClosureParam, Comparator, Consumer, ConsumerKind, SeqExpr, Source,
    SubRange, Unwrap,
};

/// The adaptors a chain may have, in the order the messages list them.
pub(super) const ADAPTORS: &[&str] = &[
    "map",
    "filter",
    "take_while",
    "zip",
    "enumerate",
    "rev",
    "skip",
    "take",
    "step_by",
    "copied",
    "cloned",
];

/// The consumers that end a chain.
pub(super) const CONSUMERS: &[&str] = &[
    "sum",
    "product",
    "fold",
    "for_each",
    "count",
    "any",
    "all",
    "collect",
    "reduce",
    "min_by",
    "max_by",
    "min_by_key",
    "max_by_key",
    "min",
    "max",
    "last",
    "position",
    "find",
];

const UNWRAPS: &[&str] = &["unwrap", "expect", "unwrap_or"];

/// How a method chain reads.
pub(super) enum Shape<'a> {
    /// Not an iterator chain (or one that ends before the outermost call).
    NotAChain,
    /// A chain; `links` innermost first, from the first call after the
    /// source.
    Chain {
        base: &'a syn::Expr,
        source: SourceShape<'a>,
        links: Vec<&'a syn::ExprMethodCall>,
    },
    /// A chain with a method the lowering does not know.
    Unsupported(&'a syn::ExprMethodCall),
}

pub(super) enum SourceShape<'a> {
    Range(&'a syn::ExprRange),
    /// `iter`, `into_iter`, `windows`, `chunks`, `chunks_exact`,
    /// `iter_mut`.
    Method(&'a syn::ExprMethodCall),
}

fn name(m: &syn::ExprMethodCall) -> String {
    m.method.to_string()
}

/// The method calls of `e`, innermost first, and the expression they start
/// from.
fn method_links(e: &syn::Expr) -> (&syn::Expr, Vec<&syn::ExprMethodCall>) {
    let mut links = Vec::new();
    let mut cur = strip_parens(e);
    while let syn::Expr::MethodCall(m) = cur {
        links.push(m);
        cur = strip_parens(&m.receiver);
    }
    links.reverse();
    (cur, links)
}

/// Reads the method names of `e`. With `bare`, a source without adaptors
/// (`x.windows(2)`) is a chain too (the source of a `for`).
pub(super) fn shape(e: &syn::Expr, bare: bool) -> Shape<'_> {
    let (base, all) = method_links(e);
    let (source, rest) = match base {
        syn::Expr::Range(r) => {
            let skip = usize::from(
                all.first()
                    .is_some_and(|m| name(m) == "into_iter" && m.args.is_empty()),
            );
            (SourceShape::Range(r), &all[skip..])
        }
        _ => match all.first() {
            Some(m)
                if (matches!(name(m).as_str(), "iter" | "into_iter" | "iter_mut")
                    && m.args.is_empty())
                    || (matches!(name(m).as_str(), "windows" | "chunks" | "chunks_exact")
                        && m.args.len() == 1) =>
            {
                (SourceShape::Method(m), &all[1..])
            }
            _ => return Shape::NotAChain,
        },
    };
    let base = match source {
        SourceShape::Range(_) => base,
        SourceShape::Method(m) => &m.receiver,
    };
    if rest.is_empty() && !bare {
        return Shape::NotAChain;
    }
    // Adaptors, then a consumer, then (for an `Option`) its maps and an
    // unwrap, and nothing after.
    let mut i = 0;
    while i < rest.len() && ADAPTORS.contains(&name(rest[i]).as_str()) {
        i += 1;
    }
    if i == rest.len() {
        return Shape::Chain {
            base,
            source,
            links: rest.to_vec(),
        };
    }
    let n = name(rest[i]);
    if !CONSUMERS.contains(&n.as_str()) {
        return Shape::Unsupported(rest[i]);
    }
    // `min()`/`max()` take no argument; with one, `max` is the float
    // method on the chain's result... which cannot be, as the chain would
    // end there: let rustc say so.
    i += 1;
    let option = matches!(
        n.as_str(),
        "reduce"
            | "min_by"
            | "max_by"
            | "min_by_key"
            | "max_by_key"
            | "min"
            | "max"
            | "last"
            | "position"
            | "find"
    );
    if option {
        while i < rest.len() && matches!(name(rest[i]).as_str(), "copied" | "cloned" | "map") {
            i += 1;
        }
        if i < rest.len() && UNWRAPS.contains(&name(rest[i]).as_str()) {
            i += 1;
        }
    }
    if i == rest.len() {
        Shape::Chain {
            base,
            source,
            links: rest.to_vec(),
        }
    } else {
        // A method on the chain's result: the chain itself is parsed
        // where it ends.
        Shape::NotAChain
    }
}

/// Whether `e` is a subslice or its `iter()`: `&x[a..b]`, `x[a..].iter()`.
pub(super) fn is_subslice(e: &syn::Expr) -> bool {
    let mut e = strip_parens(e);
    if let syn::Expr::MethodCall(m) = e {
        if m.method == "iter" && m.args.is_empty() {
            e = strip_parens(&m.receiver);
        }
    }
    if let syn::Expr::Reference(r) = e {
        e = strip_parens(&r.expr);
    }
    matches!(e, syn::Expr::Index(ix) if matches!(strip_parens(&ix.index), syn::Expr::Range(_)))
}

/// Whether `e` mentions a closure anywhere.
pub(super) fn has_closure(e: &syn::Expr) -> bool {
    struct Find(bool);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {
            self.0 = true;
        }
    }
    let mut f = Find(false);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}

impl Parser<'_> {
    /// A method call that ends an iterator chain, as an expression; `None`
    /// if it is not one (nothing recorded), `Some(None)` if it is one with
    /// errors (recorded).
    pub(super) fn chain_expr(&mut self, e: &syn::Expr) -> Option<Option<Expr>> {
        match shape(e, false) {
            Shape::NotAChain => None,
            Shape::Chain {
                base,
                source,
                links,
            } => Some(
                self.build_chain(base, source, &links, e.span())
                    .and_then(|c| self.consumed(c, e))
                    .map(|c| Expr::Chain(Box::new(c))),
            ),
            // A chain over constant data with no closure in it is kept as
            // written, as before.
            Shape::Unsupported(_) if !has_closure(e) => None,
            Shape::Unsupported(m) => {
                self.unsupported_link(m);
                Some(None)
            }
        }
    }

    /// The source of a `for` loop that the simple forms do not cover.
    pub(super) fn chain_for_iter(&mut self, e: &syn::Expr) -> Option<ForIter> {
        let e = strip_parens(e);
        // `&x[a..b]`, `x[a..]`: a subslice.
        let plain = match e {
            syn::Expr::Reference(r) if r.mutability.is_none() => strip_parens(&r.expr),
            e => e,
        };
        if let syn::Expr::Index(ix) = plain {
            if matches!(strip_parens(&ix.index), syn::Expr::Range(_)) && is_subslice(e) {
                let seq = self.seq_expr(plain)?;
                return Some(ForIter::Chain(Box::new(Chain {
                    source: Source::Seq(seq),
                    adaptors: vec![],
                    consumer: None,
                    span: e.span(),
                })));
            }
        }
        match shape(e, true) {
            Shape::Chain {
                base,
                source,
                links,
            } => {
                let chain = self.build_chain(base, source, &links, e.span())?;
                if chain.consumer.is_some() {
                    // `for v in x.iter().map(..).collect::<Vec<_>>()`.
                    return Some(ForIter::Elements {
                        seq: Box::new(Expr::Chain(Box::new(chain))),
                        enumerate: false,
                    });
                }
                Some(ForIter::Chain(Box::new(chain)))
            }
            Shape::Unsupported(m) => {
                self.unsupported_link(m);
                None
            }
            Shape::NotAChain => self.bad_iter(e),
        }
    }

    /// A chain in expression position must end in a consumer.
    fn consumed(&mut self, c: Chain, e: &syn::Expr) -> Option<Chain> {
        match &c.consumer {
            None => {
                self.errors.push_spanned(
                    e,
                    "an iterator chain is lowered to a loop where it is consumed, so it cannot \
                     be stored or passed on in a differentiated function: end it with a \
                     consumer (`.sum()`, `.fold(..)`, `.collect::<Vec<_>>()`, ...) or make it \
                     the source of a `for` loop",
                );
                None
            }
            Some(_) => Some(c),
        }
    }

    fn unsupported_link(&mut self, m: &syn::ExprMethodCall) {
        let n = name(m);
        let msg = if n == "iter_mut" {
            "`iter_mut` is not supported in a differentiated function: assign the elements by \
             index (`for i in 0..x.len() { x[i] = ... }`)"
                .to_string()
        } else {
            format!(
                "`{n}` is not supported in an iterator chain in a differentiated function; the \
                 supported adaptors are {} and the consumers {}: write the loop out with `for`",
                list(ADAPTORS),
                list(CONSUMERS)
            )
        };
        self.errors.push(m.method.span(), msg);
    }

    /// `x`, `&x`, `x[a..b]`, `&x[a..]`: a sequence or a subslice of one.
    pub(super) fn seq_expr(&mut self, e: &syn::Expr) -> Option<SeqExpr> {
        let e = match strip_parens(e) {
            syn::Expr::Reference(r) if r.mutability.is_none() => strip_parens(&r.expr),
            e => e,
        };
        if let syn::Expr::Index(ix) = e {
            if let syn::Expr::Range(r) = strip_parens(&ix.index) {
                let base = self.boxed(&ix.expr);
                let lo = match &r.start {
                    Some(x) => Some(self.boxed(x)?),
                    None => None,
                };
                let hi = match &r.end {
                    Some(x) => Some(self.boxed(x)?),
                    None => None,
                };
                return Some(SeqExpr {
                    base: base?,
                    sub: Some(SubRange {
                        lo,
                        hi,
                        inclusive: matches!(r.limits, syn::RangeLimits::Closed(_)),
                    }),
                });
            }
        }
        Some(SeqExpr {
            base: self.boxed(e)?,
            sub: None,
        })
    }

    fn range_source(&mut self, r: &syn::ExprRange) -> Option<Source> {
        let (Some(lo), Some(hi)) = (&r.start, &r.end) else {
            self.errors.push_spanned(
                r,
                "a range in an iterator chain needs both ends (`a..b` or `a..=b`)",
            );
            return None;
        };
        let (lo, hi) = (self.boxed(lo), self.boxed(hi));
        Some(Source::Range {
            lo: lo?,
            hi: hi?,
            inclusive: matches!(r.limits, syn::RangeLimits::Closed(_)),
        })
    }

    fn one_arg<'m>(&mut self, m: &'m syn::ExprMethodCall, n: usize) -> Option<&'m syn::Expr> {
        if m.args.len() != n {
            self.errors.push(
                m.method.span(),
                format!(
                    "`{}` takes {}, found {}",
                    m.method,
                    arguments(n),
                    m.args.len()
                ),
            );
            return None;
        }
        Some(m.args.first().unwrap_or(&m.receiver))
    }

    /// Parses a chain whose shape is known.
    pub(super) fn build_chain(
        &mut self,
        base: &syn::Expr,
        source: SourceShape<'_>,
        links: &[&syn::ExprMethodCall],
        span: Span,
    ) -> Option<Chain> {
        let source = match source {
            SourceShape::Range(r) => self.range_source(r),
            SourceShape::Method(m) => match name(m).as_str() {
                "iter_mut" => {
                    self.unsupported_link(m);
                    None
                }
                "iter" | "into_iter" => self.seq_expr(base).map(Source::Seq),
                n => {
                    let seq = self.seq_expr(base);
                    let size = self.boxed(&m.args[0]);
                    let (seq, size) = (seq?, size?);
                    Some(match n {
                        "windows" => Source::Windows { seq, size },
                        _ => Source::Chunks {
                            seq,
                            size,
                            exact: n == "chunks_exact",
                        },
                    })
                }
            },
        };
        let mut adaptors = Vec::new();
        let mut consumer = None;
        let mut ok = source.is_some();
        let mut i = 0;
        while i < links.len() {
            let m = links[i];
            let n = name(m);
            if consumer.is_none() && ADAPTORS.contains(&n.as_str()) {
                match self.adaptor(m) {
                    Some(Some(a)) => adaptors.push(a),
                    Some(None) => {}
                    None => ok = false,
                }
                i += 1;
                continue;
            }
            // The consumer and what follows it.
            let (c, used) = self.consumer(&links[i..])?;
            consumer = Some(c);
            i += used;
        }
        if !ok {
            return None;
        }
        Some(Chain {
            source: source?,
            adaptors,
            consumer,
            span,
        })
    }

    /// An adaptor; `Some(None)` for one that changes nothing here
    /// (`copied`, `cloned`).
    fn adaptor(&mut self, m: &syn::ExprMethodCall) -> Option<Option<Adaptor>> {
        let n = name(m);
        let kind = match n.as_str() {
            "copied" | "cloned" => {
                self.one_arg(m, 0)?;
                return Some(None);
            }
            "map" | "filter" | "take_while" => {
                let a = self.one_arg(m, 1)?;
                let f = self.fn_arg(a, &n)?;
                match n.as_str() {
                    "map" => AdaptorKind::Map(f),
                    "filter" => AdaptorKind::Filter(f),
                    _ => AdaptorKind::TakeWhile(f),
                }
            }
            "zip" => {
                let a = self.one_arg(m, 1)?;
                AdaptorKind::Zip(Box::new(self.zip_arg(a)?))
            }
            "enumerate" | "rev" => {
                self.one_arg(m, 0)?;
                if n == "rev" {
                    AdaptorKind::Rev
                } else {
                    AdaptorKind::Enumerate
                }
            }
            _ => {
                let a = self.one_arg(m, 1)?;
                let e = self.boxed(a)?;
                match n.as_str() {
                    "skip" => AdaptorKind::Skip(e),
                    "take" => AdaptorKind::Take(e),
                    _ => AdaptorKind::StepBy(e),
                }
            }
        };
        Some(Some(Adaptor {
            kind,
            name: n,
            span: m.method.span(),
        }))
    }

    /// The argument of `zip`: a sequence (`y`, `&y`, `y.iter()`), a range,
    /// or a chain without consumer.
    fn zip_arg(&mut self, e: &syn::Expr) -> Option<Chain> {
        let span = e.span();
        match shape(e, true) {
            Shape::Chain {
                base,
                source,
                links,
            } => {
                let c = self.build_chain(base, source, &links, span)?;
                if c.consumer.is_some() {
                    self.errors.push(
                        span,
                        "the argument of `zip` is an iterator here: write the sequence \
                         (`y`, `y.iter()`) or a chain of adaptors on it",
                    );
                    return None;
                }
                Some(c)
            }
            Shape::Unsupported(m) => {
                self.unsupported_link(m);
                None
            }
            Shape::NotAChain => {
                let source = match strip_parens(e) {
                    syn::Expr::Range(r) => self.range_source(r)?,
                    e => Source::Seq(self.seq_expr(e)?),
                };
                Some(Chain {
                    source,
                    adaptors: vec![],
                    consumer: None,
                    span,
                })
            }
        }
    }

    /// The consumer at `links[0]`, then `Option` maps and an unwrap.
    /// Returns it and the number of links used.
    fn consumer(&mut self, links: &[&syn::ExprMethodCall]) -> Option<(Consumer, usize)> {
        let m = links[0];
        let n = name(m);
        let turbofish_ty = |m: &syn::ExprMethodCall| {
            m.turbofish.as_ref().and_then(|t| match t.args.first() {
                Some(syn::GenericArgument::Type(ty)) => Some(scalar_type(ty)),
                _ => None,
            })
        };
        let kind = match n.as_str() {
            "sum" | "product" => {
                self.one_arg(m, 0)?;
                let t = turbofish_ty(m);
                if n == "sum" {
                    ConsumerKind::Sum(t)
                } else {
                    ConsumerKind::Product(t)
                }
            }
            "fold" => {
                let (init, f) = match (m.args.first(), m.args.get(1), m.args.len()) {
                    (Some(a), Some(b), 2) => (a, b),
                    _ => {
                        self.one_arg(m, 2)?;
                        return None;
                    }
                };
                let init = self.boxed(init);
                let f = self.fn_arg(f, "fold");
                ConsumerKind::Fold(init?, f?)
            }
            "count" | "last" | "min" | "max" => {
                self.one_arg(m, 0)?;
                match n.as_str() {
                    "count" => ConsumerKind::Count,
                    "last" => ConsumerKind::Last,
                    _ => ConsumerKind::Select { max: n == "max" },
                }
            }
            "collect" => {
                self.one_arg(m, 0)?;
                if let Some(t) = &m.turbofish {
                    let is_vec = matches!(t.args.first(), Some(syn::GenericArgument::Type(
                        syn::Type::Path(p))) if p.path.segments.last().is_some_and(|s| s.ident == "Vec"));
                    if !is_vec {
                        self.errors.push_spanned(
                            t,
                            "only `collect::<Vec<_>>()` is supported in a differentiated \
                             function",
                        );
                        return None;
                    }
                }
                ConsumerKind::Collect
            }
            "min_by" | "max_by" => {
                let arg = self.one_arg(m, 1)?;
                let cmp = Box::new(self.comparator(arg, &n)?);
                ConsumerKind::SelectBy {
                    max: n == "max_by",
                    cmp,
                }
            }
            _ => {
                let a = self.one_arg(m, 1)?;
                let f = self.fn_arg(a, &n)?;
                match n.as_str() {
                    "for_each" => ConsumerKind::ForEach(f),
                    "any" => ConsumerKind::Any(f),
                    "all" => ConsumerKind::All(f),
                    "reduce" => ConsumerKind::Reduce(f),
                    "min_by_key" => ConsumerKind::SelectByKey { max: false, key: f },
                    "max_by_key" => ConsumerKind::SelectByKey { max: true, key: f },
                    "position" => ConsumerKind::Position(f),
                    _ => ConsumerKind::Find(f),
                }
            }
        };
        let mut used = 1;
        let mut then_map = Vec::new();
        let mut unwrap = None;
        if kind.is_option() {
            while let Some(l) = links.get(used) {
                match name(l).as_str() {
                    "copied" | "cloned" => {}
                    "map" => {
                        let a = self.one_arg(l, 1)?;
                        then_map.push(self.fn_arg(a, "map")?);
                    }
                    _ => break,
                }
                used += 1;
            }
            if let Some(l) = links.get(used) {
                unwrap = Some(match name(l).as_str() {
                    "unwrap" => Unwrap::Unwrap,
                    "expect" => Unwrap::Unwrap,
                    _ => {
                        let a = self.one_arg(l, 1)?;
                        Unwrap::Or(self.boxed(a)?)
                    }
                });
                used += 1;
            }
        }
        Some((
            Consumer {
                kind,
                span: m.method.span(),
                then_map,
                unwrap,
            },
            used,
        ))
    }

    /// The closure of `min_by`/`max_by`: `|a, b| L.partial_cmp(R).unwrap()`
    /// (or `.expect(..)`, `.unwrap_or(Ordering::Equal)`), `|a, b|
    /// L.total_cmp(R)`, either with `.reverse()`; or `f64::total_cmp`.
    fn comparator(&mut self, arg: &syn::Expr, consumer: &str) -> Option<Comparator> {
        let bad = |this: &mut Self, at: &dyn quote::ToTokens| {
            this.errors.push_spanned(
                at,
                format!(
                    "the closure of `{consumer}` must compare two values with `partial_cmp` or \
                     `total_cmp` in a differentiated function: write `|a, b| \
                     a.total_cmp(b)` or `|a, b| a.partial_cmp(b).unwrap()` (any expressions of \
                     `a` and `b` may stand on either side)"
                ),
            );
            None
        };
        match strip_parens(arg) {
            syn::Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 2 => {
                let segs = &p.path.segments;
                let float = matches!(segs[0].ident.to_string().as_str(), "f64" | "f32");
                if !float || segs[1].ident != "total_cmp" {
                    return bad(self, p);
                }
                let a = Ident::new("__autodiff_cmp_a", Span::mixed_site());
                let b = Ident::new("__autodiff_cmp_b", Span::mixed_site());
                let param = |id: &Ident| ClosureParam {
                    pat: Pattern::Ident(id.clone()),
                    ty: None,
                };
                Some(Comparator {
                    params: [param(&a), param(&b)],
                    lhs: Expr::Var(a),
                    rhs: Expr::Var(b),
                    total: true,
                })
            }
            syn::Expr::Closure(c) if c.inputs.len() == 2 => {
                let Some((lhs, rhs, total)) = comparison(&c.body) else {
                    return bad(self, &c.body);
                };
                let pa = self.closure_param(&c.inputs[0]);
                let pb = self.closure_param(&c.inputs[1]);
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                Some(Comparator {
                    params: [pa?, pb?],
                    lhs: l?,
                    rhs: r?,
                    total,
                })
            }
            other => bad(self, other),
        }
    }
}

/// `L.partial_cmp(R).unwrap()` and friends: `(L, R, total)`, with the sides
/// swapped for a trailing `.reverse()`.
fn comparison(body: &syn::Expr) -> Option<(&syn::Expr, &syn::Expr, bool)> {
    let mut e = strip_parens(body);
    // `{ a.total_cmp(b) }`.
    while let syn::Expr::Block(b) = e {
        match b.block.stmts.as_slice() {
            [syn::Stmt::Expr(inner, None)] if b.label.is_none() => e = strip_parens(inner),
            _ => return None,
        }
    }
    let mut reversed = false;
    if let syn::Expr::MethodCall(m) = e {
        if m.method == "reverse" && m.args.is_empty() {
            reversed = true;
            e = strip_parens(&m.receiver);
        }
    }
    let swap = |l, r, t| {
        if reversed {
            Some((r, l, t))
        } else {
            Some((l, r, t))
        }
    };
    let syn::Expr::MethodCall(m) = e else {
        // `f64::total_cmp(a, b)`.
        if let syn::Expr::Call(c) = e {
            if let syn::Expr::Path(p) = &*c.func {
                let last = p.path.segments.last()?;
                if last.ident == "total_cmp" && c.args.len() == 2 {
                    return swap(unref(&c.args[0]), unref(&c.args[1]), true);
                }
            }
        }
        return None;
    };
    if m.method == "total_cmp" && m.args.len() == 1 {
        return swap(unref(&m.receiver), unref(&m.args[0]), true);
    }
    let inner = match m.method.to_string().as_str() {
        "unwrap" | "expect" => strip_parens(&m.receiver),
        // `Ordering::Equal` where one side is NaN: `>` is false there too.
        "unwrap_or" if m.args.len() == 1 && is_equal_ordering(&m.args[0]) => {
            strip_parens(&m.receiver)
        }
        _ => return None,
    };
    match inner {
        syn::Expr::MethodCall(pc) if pc.method == "partial_cmp" && pc.args.len() == 1 => {
            swap(unref(&pc.receiver), unref(&pc.args[0]), false)
        }
        _ => None,
    }
}

fn unref(e: &syn::Expr) -> &syn::Expr {
    match strip_parens(e) {
        syn::Expr::Reference(r) => strip_parens(&r.expr),
        e => e,
    }
}

fn is_equal_ordering(e: &syn::Expr) -> bool {
    matches!(strip_parens(e), syn::Expr::Path(p)
        if p.path.segments.last().is_some_and(|s| s.ident == "Equal"))
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
