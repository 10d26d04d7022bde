//! Closures and iterator chains as the parser leaves them: a closure is
//! inlined where it is called, a chain becomes a loop (see
//! `lower::closure` and `lower::iter`).

use super::{Block, Expr, Pattern, Stmt, pattern_binds};
use crate::lang::Ty;
use proc_macro2::{Ident, Span};
use std::rc::Rc;

/// `|params| body` or `move |params| body`.
pub struct Closure {
    pub params: Vec<ClosureParam>,
    pub body: Expr,
    pub is_move: bool,
    pub span: Span,
}

/// One closure parameter: a pattern and the annotated type, if any.
pub struct ClosureParam {
    pub pat: Pattern,
    pub ty: Option<Ty>,
}

/// What is passed where a closure is expected.
pub enum FnArg {
    Closure(Rc<Closure>),
    /// A name: a local closure, a float method (`f64::max`), or a function
    /// with derivatives (`g`, `module::g`).
    Path(syn::ExprPath),
}

/// An iterator chain: a source, adaptors in order, and what consumes it
/// (none for the source of a `for` loop or the argument of `zip`).
pub struct Chain {
    pub source: Source,
    pub adaptors: Vec<Adaptor>,
    pub consumer: Option<Consumer>,
    pub span: Span,
}

/// A sequence expression, or a subslice of one (`&x[a..b]`).
pub struct SeqExpr {
    pub base: Box<Expr>,
    pub sub: Option<SubRange>,
}

/// The range of a subslice; a missing end is the start or the length.
pub struct SubRange {
    pub lo: Option<Box<Expr>>,
    pub hi: Option<Box<Expr>>,
    pub inclusive: bool,
}

/// Where a chain's elements come from.
pub enum Source {
    /// `x.iter()`, `x.into_iter()`, `x` or `&x` in `for`: the elements.
    Seq(SeqExpr),
    /// `a..b`, `a..=b`.
    Range {
        lo: Box<Expr>,
        hi: Box<Expr>,
        inclusive: bool,
    },
    /// `x.windows(k)`.
    Windows { seq: SeqExpr, size: Box<Expr> },
    /// `x.chunks(k)`, `x.chunks_exact(k)`.
    Chunks {
        seq: SeqExpr,
        size: Box<Expr>,
        exact: bool,
    },
}

/// One adaptor and where it was written.
pub struct Adaptor {
    pub kind: AdaptorKind,
    /// The method name as written, for messages.
    pub name: String,
    pub span: Span,
}

pub enum AdaptorKind {
    Map(FnArg),
    Filter(FnArg),
    TakeWhile(FnArg),
    /// The other side, itself a chain without a consumer.
    Zip(Box<Chain>),
    Enumerate,
    Rev,
    Skip(Box<Expr>),
    Take(Box<Expr>),
    StepBy(Box<Expr>),
}

/// The consumer at the end of a chain, with what follows it when it
/// returns an `Option`.
pub struct Consumer {
    pub kind: ConsumerKind,
    pub span: Span,
    /// `Option::map`s between the consumer and the unwrap.
    pub then_map: Vec<FnArg>,
    /// How the `Option` is unwrapped; `None` for consumers that return a
    /// value.
    pub unwrap: Option<Unwrap>,
}

pub enum ConsumerKind {
    /// `sum()`, `sum::<T>()`, with `T` if given.
    Sum(Option<Ty>),
    Product(Option<Ty>),
    Fold(Box<Expr>, FnArg),
    ForEach(FnArg),
    Count,
    Any(FnArg),
    All(FnArg),
    /// `collect::<Vec<_>>()` or `collect()` into an annotated `Vec`.
    Collect,
    // The ones below return an `Option`.
    Reduce(FnArg),
    /// `min_by` (`max: false`) or `max_by`.
    SelectBy {
        max: bool,
        cmp: Box<Comparator>,
    },
    /// `min_by_key` / `max_by_key`.
    SelectByKey {
        max: bool,
        key: FnArg,
    },
    /// `min()` / `max()` of values that are `Ord`.
    Select {
        max: bool,
    },
    Last,
    Position(FnArg),
    Find(FnArg),
}

impl ConsumerKind {
    /// Whether the consumer returns an `Option`.
    pub fn is_option(&self) -> bool {
        matches!(
            self,
            ConsumerKind::Reduce(_)
                | ConsumerKind::SelectBy { .. }
                | ConsumerKind::SelectByKey { .. }
                | ConsumerKind::Select { .. }
                | ConsumerKind::Last
                | ConsumerKind::Position(_)
                | ConsumerKind::Find(_)
        )
    }
}

/// The comparison closure of `min_by`/`max_by`, read as "`lhs` compared
/// with `rhs`" for the two parameters.
pub struct Comparator {
    pub params: [ClosureParam; 2],
    pub lhs: Expr,
    pub rhs: Expr,
    /// `total_cmp` rather than `partial_cmp`.
    pub total: bool,
}

/// How an `Option` result is unwrapped.
pub enum Unwrap {
    /// `.unwrap()`, `.expect(..)`.
    Unwrap,
    /// `.unwrap_or(v)`.
    Or(Box<Expr>),
}

// ---- queries ----

impl Chain {
    /// The closures and function names of the chain, its `zip`s included.
    pub fn fn_args(&self) -> Vec<&FnArg> {
        let mut out = Vec::new();
        for a in &self.adaptors {
            match &a.kind {
                AdaptorKind::Map(f) | AdaptorKind::Filter(f) | AdaptorKind::TakeWhile(f) => {
                    out.push(f)
                }
                AdaptorKind::Zip(c) => out.extend(c.fn_args()),
                _ => {}
            }
        }
        if let Some(c) = &self.consumer {
            match &c.kind {
                ConsumerKind::Fold(_, f)
                | ConsumerKind::ForEach(f)
                | ConsumerKind::Any(f)
                | ConsumerKind::All(f)
                | ConsumerKind::Reduce(f)
                | ConsumerKind::SelectByKey { key: f, .. }
                | ConsumerKind::Position(f)
                | ConsumerKind::Find(f) => out.push(f),
                _ => {}
            }
            out.extend(&c.then_map);
        }
        out
    }

    /// Every expression the chain evaluates outside its closures (the
    /// source, adaptor arguments, a fold's initial value, the default of
    /// `unwrap_or`), and the bodies of its inline closures.
    pub fn exprs(&self) -> Vec<&Expr> {
        let mut out = Vec::new();
        self.source.exprs(&mut out);
        for a in &self.adaptors {
            match &a.kind {
                AdaptorKind::Skip(e) | AdaptorKind::Take(e) | AdaptorKind::StepBy(e) => out.push(e),
                AdaptorKind::Zip(c) => out.extend(c.exprs()),
                _ => {}
            }
        }
        if let Some(c) = &self.consumer {
            if let ConsumerKind::Fold(init, _) = &c.kind {
                out.push(init);
            }
            if let ConsumerKind::SelectBy { cmp, .. } = &c.kind {
                out.push(&cmp.lhs);
                out.push(&cmp.rhs);
            }
            if let Some(Unwrap::Or(e)) = &c.unwrap {
                out.push(e);
            }
        }
        for f in self.fn_args() {
            if let FnArg::Closure(c) = f {
                out.push(&c.body);
            }
        }
        out
    }
}

impl SeqExpr {
    fn exprs<'a>(&'a self, out: &mut Vec<&'a Expr>) {
        out.push(&self.base);
        if let Some(s) = &self.sub {
            out.extend(s.lo.as_deref());
            out.extend(s.hi.as_deref());
        }
    }
}

impl Source {
    fn exprs<'a>(&'a self, out: &mut Vec<&'a Expr>) {
        match self {
            Source::Seq(s) => s.exprs(out),
            Source::Range { lo, hi, .. } => {
                out.push(lo);
                out.push(hi);
            }
            Source::Windows { seq, size } | Source::Chunks { seq, size, .. } => {
                seq.exprs(out);
                out.push(size);
            }
        }
    }
}

/// The variables of the enclosing code that `closure` assigns when it is
/// called (`count += 1.0` on a captured `count`), by name: every assignment
/// in its body whose target is not declared inside it (a parameter or a
/// `let` in scope at the assignment), closures and chains inside it
/// included.
pub fn captured_assignments(closure: &Closure) -> Vec<Ident> {
    let mut w = Assigned::default();
    w.scopes.push(param_names(closure));
    w.expr(&closure.body);
    w.found
}

/// Every assignment target in `b` not declared in `b`, at any depth, closure
/// bodies and chains included.
pub fn assignments_deep(b: &Block) -> Vec<Ident> {
    let mut w = Assigned::default();
    w.block(b);
    w.found
}

/// The names that identifier expressions, calls and constant expressions
/// in `b` mention, at any depth (candidates for local closures called or
/// passed in `b`, and for the captures of a closure).
pub fn mentioned_names(b: &Block) -> Vec<String> {
    let mut out = Vec::new();
    super::for_each_expr(b, &mut |e| mention(e, &mut out));
    out
}

/// [`mentioned_names`] of an expression.
pub fn mentioned_names_expr(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    super::walk_expr(e, &mut |e| mention(e, &mut out));
    out
}

fn mention(e: &Expr, out: &mut Vec<String>) {
    {
        let mut push = |s: String| {
            if !out.contains(&s) {
                out.push(s);
            }
        };
        match e {
            Expr::Var(id) => push(id.to_string()),
            Expr::Call(c) => {
                if let super::Callee::Path(p) = &c.callee {
                    if let Some(id) = p.path.get_ident() {
                        push(id.to_string());
                    }
                }
            }
            Expr::Chain(ch) => {
                for f in ch.fn_args() {
                    if let FnArg::Path(p) = f {
                        if let Some(id) = p.path.get_ident() {
                            push(id.to_string());
                        }
                    }
                }
            }
            Expr::Opaque { free, .. } => free.iter().for_each(|id| push(id.to_string())),
            _ => {}
        }
    }
}

#[derive(Default)]
struct Assigned {
    scopes: Vec<Vec<String>>,
    found: Vec<Ident>,
}

impl Assigned {
    fn declared(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.iter().any(|n| n == name))
    }

    fn block(&mut self, b: &Block) {
        self.scopes.push(Vec::new());
        for s in &b.stmts {
            match s {
                Stmt::Let { pat, init, .. } => {
                    if let Some(e) = init {
                        self.expr(e);
                    }
                    let mut names = Vec::new();
                    let_names(pat, &mut names);
                    if let Some(scope) = self.scopes.last_mut() {
                        scope.extend(names);
                    }
                }
                Stmt::Assign {
                    target,
                    path,
                    value,
                    ..
                } => {
                    path.iter().for_each(|p| self.expr(p));
                    self.expr(value);
                    if !self.declared(&target.to_string())
                        && !self.found.iter().any(|f| f == target)
                    {
                        self.found.push(target.clone());
                    }
                }
                Stmt::Expr(e) => self.expr(e),
            }
        }
        if let Some(t) = &b.tail {
            self.expr(t);
        }
        self.scopes.pop();
    }

    fn closure(&mut self, c: &Closure) {
        self.scopes.push(param_names(c));
        self.expr(&c.body);
        self.scopes.pop();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Block(b) | Expr::Loop(b, _) => self.block(b),
            Expr::If {
                cond,
                then_block,
                else_branch,
                ..
            } => {
                self.expr(cond);
                self.block(then_block);
                if let Some(e) = else_branch {
                    self.expr(e);
                }
            }
            Expr::While { cond, body, .. } => {
                self.expr(cond);
                self.block(body);
            }
            Expr::For { pat, body, .. } => {
                // The loop pattern is declared in the body's scope.
                let mut names = Vec::new();
                super::for_pat_names(pat, &mut names);
                self.scopes.push(names);
                self.block(body);
                self.scopes.pop();
            }
            Expr::Closure(c) => self.closure(c),
            Expr::Chain(ch) => {
                for f in ch.fn_args() {
                    if let FnArg::Closure(c) = f {
                        self.closure(c);
                    }
                }
            }
            _ => {}
        }
        // Sub-expressions that are neither blocks nor closures cannot
        // assign (assignments are statements), but may hold blocks.
        match e {
            Expr::Unary(_, a, _)
            | Expr::Cast(a, _, _)
            | Expr::Len(a, _)
            | Expr::Deref(a, _)
            | Expr::TupleField(a, _, _, _)
            | Expr::Component(a, _, _, _)
            | Expr::NaRef(a, _, _) => self.expr(a),
            Expr::Binary(_, a, b, _)
            | Expr::And(a, b, _)
            | Expr::Or(a, b, _)
            | Expr::TupleWith(a, _, b, _) => {
                self.expr(a);
                self.expr(b);
            }
            Expr::Math(_, args, _, _) | Expr::Tuple(args, _) | Expr::ArrayLit(args, _) => {
                args.iter().for_each(|a| self.expr(a))
            }
            Expr::Call(c) => {
                if let super::Callee::Method { recv, .. } = &c.callee {
                    self.expr(recv);
                }
                c.args.iter().for_each(|a| self.expr(&a.expr));
            }
            _ => {}
        }
    }
}

fn let_names(p: &Pattern, into: &mut Vec<String>) {
    into.extend(pattern_binds(p).iter().map(ToString::to_string));
}

fn param_names(c: &Closure) -> Vec<String> {
    c.params
        .iter()
        .flat_map(|p| pattern_binds(&p.pat))
        .map(|id| id.to_string())
        .collect()
}
