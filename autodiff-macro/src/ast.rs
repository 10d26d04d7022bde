//! The crate's own typed view of a function to differentiate: only the
//! constructs the later stages understand, each with the span it came from.
//! Produced by [`crate::parse`]; everything here has been validated.

use crate::lang::{BinOp, CastTarget, FloatTy, MathFn, OpaqueKind, Ty, UnOp};
use proc_macro2::{Ident, Span};

mod chain;
pub use chain::*;

/// The function as written, split into what the generators need.
pub struct FnDef {
    pub vis: syn::Visibility,
    /// The original signature, reused (renamed, extended) by the companions.
    pub sig: syn::Signature,
    /// Whether the function takes `self` in some form (a method).
    pub has_receiver: bool,
    pub params: Vec<Param>,
    pub ret: RetTy,
    pub body: Block,
}

impl FnDef {
    /// The parameters' leaves in order, each with the position of its
    /// parameter: the parameters of the IR.
    pub fn leaves(&self) -> impl Iterator<Item = (usize, &Leaf)> {
        self.params
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.leaves.iter().map(move |l| (i, l)))
    }

    /// The positions (among [`FnDef::leaves`]) of the leaves of the
    /// differentiable parameters: what the transforms differentiate.
    pub fn leaf_wrt(&self) -> Vec<usize> {
        self.leaves()
            .enumerate()
            .filter(|(_, (i, _))| self.params[*i].differentiable)
            .map(|(k, _)| k)
            .collect()
    }
}

/// A parameter other than the receiver.
pub struct Param {
    /// The parameter's name; for a destructured parameter
    /// (`[x, y]: [f64; 2]`), a generated one.
    pub ident: Ident,
    /// The pattern of a destructured parameter, bound at the top of the
    /// body.
    pub pat: Option<Pattern>,
    pub ty: Ty,
    /// The type as written.
    pub syn_ty: syn::Type,
    /// Whether the gradient includes this parameter.
    pub differentiable: bool,
    /// The values the parameter is made of, one IR parameter each: the
    /// parameter itself, or the items of a tuple (`(f64, [f64; 2])`),
    /// nested tuples flattened.
    pub leaves: Vec<Leaf>,
    /// How the leaves make up the parameter.
    pub shape: ParamShape,
}

impl Param {
    /// Whether values of the parameter's type can carry a derivative: a
    /// float, an array or sequence of floats, a tuple of them.
    pub fn has_derivative(&self) -> bool {
        self.ty.is_differentiable() || matches!(self.shape, ParamShape::Tuple(_))
    }
}

/// One value a parameter is made of: the parameter, or an item of a tuple
/// parameter, at `path` (`p.1.0` is `[1, 0]`).
pub struct Leaf {
    pub path: Vec<usize>,
    pub ty: Ty,
    /// The type as written.
    pub syn_ty: syn::Type,
    /// A reference to a float (`&f64`), read through `*`.
    pub deref: bool,
}

/// The tree of a parameter's leaves: a leaf (its index in
/// [`Param::leaves`]) or a tuple of shapes.
pub enum ParamShape {
    Leaf(usize),
    Tuple(Vec<ParamShape>),
}

/// The return type: one value or a tuple of them (floats, arrays, `Vec`s).
pub enum RetTy {
    One(Ty),
    Tuple(Vec<Ty>),
}

impl RetTy {
    /// The types of the flattened result values.
    pub fn flat(&self) -> Vec<Ty> {
        match self {
            RetTy::One(t) => vec![t.clone()],
            RetTy::Tuple(items) => items.clone(),
        }
    }
}

/// A block: statements, then an optional tail expression (its value).
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub tail: Option<Box<Expr>>,
}

/// A pattern: the left side of a `let`, a `match` arm, an `if let`, a
/// destructured parameter or loop variable. Parsed by `parse::pattern`,
/// bound by `lower::pattern` and tested by `lower::matching`.
#[derive(Clone)]
pub enum Pattern {
    /// `x`, `mut x`, `ref x`, `ref mut x`: binding modes make no
    /// difference to values.
    Ident(Ident),
    /// `(a, b, ..)`; a [`Pattern::Rest`] item stands for the elements not
    /// named.
    Tuple(Vec<Pattern>),
    /// `_`.
    Wild,
    /// `..` inside a tuple or slice pattern.
    Rest(Span),
    /// `name @ pattern` (`rest @ ..` in a slice pattern).
    At(Ident, Box<Pattern>),
    /// `[a, b, ..]` on an array or a slice.
    Slice(Vec<Pattern>, Span),
    /// `&p`, `&mut p`.
    Ref(Box<Pattern>),
    /// A literal, maybe negative (`3`, `-1`, `0.5`, `true`): matches an
    /// equal value.
    Lit(syn::Lit),
    /// `lo..=hi`, `lo..hi`, `lo..`, `..=hi`; the ends are literals or paths
    /// to constants.
    Range {
        lo: Option<Box<syn::Expr>>,
        hi: Option<Box<syn::Expr>>,
        inclusive: bool,
        span: Span,
    },
    /// `a | b | ..`.
    Or(Vec<Pattern>),
    /// `Some(p)`.
    Some(Box<Pattern>, Span),
    /// `None`.
    None(Span),
    /// A pattern only rustc can test, kept as written: enum variants
    /// (`Kind::Pow(n)`, `ParamShape::Rect { w, h }`), paths to constants
    /// (`MAX`, `i32::MAX`). It applies to constant values; `binds` are the
    /// names it binds.
    Const {
        pat: Box<syn::Pat>,
        binds: Vec<Ident>,
    },
}

/// One arm of a `match`: `pat if guard => body`.
pub struct MatchArm {
    pub pat: Pattern,
    pub guard: Option<Expr>,
    pub body: Expr,
    pub span: Span,
}

/// A statement.
pub enum Stmt {
    Let {
        pat: Pattern,
        /// The annotated type, if any.
        ty: Option<Ty>,
        init: Option<Expr>,
    },
    /// `x = value`, `x[i][j] = value`, or `op=` versions.
    Assign {
        target: Ident,
        /// Element indices, empty for a plain variable.
        path: Vec<Expr>,
        op: Option<BinOp>,
        value: Expr,
        span: Span,
    },
    /// An expression evaluated for its effect on variables (an `if`, a
    /// block, a `return`).
    Expr(Expr),
}

/// An expression.
pub enum Expr {
    Lit(syn::Lit, Ty),
    Var(Ident),
    Unary(UnOp, Box<Expr>, Span),
    Binary(BinOp, Box<Expr>, Box<Expr>, Span),
    /// Short-circuiting `&&`.
    And(Box<Expr>, Box<Expr>, Span),
    /// Short-circuiting `||`.
    Or(Box<Expr>, Box<Expr>, Span),
    Cast(Box<Expr>, CastTarget, Span),
    /// A float method; receiver first. The float type is set for the path
    /// form (`f64::sin(x)`).
    Math(MathFn, Vec<Expr>, Option<FloatTy>, Span),
    If {
        cond: Box<Expr>,
        then_block: Block,
        /// Another `If` or a `Block`.
        else_branch: Option<Box<Expr>>,
        span: Span,
    },
    Block(Block),
    Tuple(Vec<Expr>, Span),
    Return(Option<Box<Expr>>, Span),
    /// `base[i][j]..`.
    Index(Box<Expr>, Vec<Expr>, Span),
    /// `[a, b, ..]`.
    ArrayLit(Vec<Expr>, Span),
    /// `[value; N]`, with `N` as written.
    Repeat(Box<Expr>, proc_macro2::TokenStream, Span),
    /// `vec![value; n]`.
    VecRepeat(Box<Expr>, Box<Expr>, Span),
    /// `base.len()`.
    Len(Box<Expr>, Span),
    /// `*v`.
    Deref(Box<Expr>, Span),
    /// `t.0` on a local whose root is a variable: the item of a tuple
    /// built in the body or a tuple parameter; where the variable turns out
    /// not to hold a tuple (a constant tuple struct), the `Opaque`
    /// expression as written.
    TupleField(Box<Expr>, usize, Box<Expr>, Span),
    /// The tuple `base` with its item at the path (`.1.0` is `[1, 0]`)
    /// replaced by `value`: `t.1.0 = value` is `t = TupleWith(t, [1, 0],
    /// value)`.
    TupleWith(Box<Expr>, Vec<usize>, Box<Expr>, Span),
    /// `v.x`, `p.coords` on a local (with the `nalgebra` feature): a
    /// component of a nalgebra vector, the coordinates of a point; where
    /// the variable holds no nalgebra value, the `Opaque` expression as
    /// written.
    Component(Box<Expr>, Ident, Box<Expr>, Span),
    /// `&e` where `e` may be a nalgebra value (`&a - &b`, `&x[i]`): `e`
    /// itself if it is one, otherwise the second, the reference as written
    /// (feature `nalgebra`).
    NaRef(Box<Expr>, Box<Expr>, Span),
    /// `match scrutinee { arms }`; also `if let` and `let .. else`, which
    /// the parser writes as a `match`.
    Match {
        scrutinee: Box<Expr>,
        arms: Vec<MatchArm>,
        span: Span,
    },
    /// `Some(value)`.
    OptSome(Box<Expr>, Span),
    /// `None`.
    OptNone(Span),
    For {
        pat: ForPat,
        iter: ForIter,
        body: Block,
        span: Span,
        /// `#[checkpoint]` / `#[checkpoint(every = K)]` on the loop.
        checkpoint: Option<crate::lang::Checkpoint>,
    },
    While {
        cond: Box<Expr>,
        body: Block,
        span: Span,
    },
    /// `loop { .. }`.
    Loop(Block, Span),
    Break(Span),
    Continue(Span),
    /// A call of a function or method that may have derivative companions.
    Call(Box<CallExpr>),
    /// An expression of a form the transforms do not model; allowed only
    /// where no differentiable value flows into it. `free` lists the local
    /// variables it reads.
    Opaque {
        expr: syn::Expr,
        free: Vec<Ident>,
        kind: OpaqueKind,
        span: Span,
    },
    /// A closure: bound with `let` and inlined where it is called.
    Closure(std::rc::Rc<Closure>),
    /// An iterator chain (`x.iter().map(..).sum()`): lowered to a loop.
    Chain(Box<Chain>),
    /// A subslice, `split_at`, `first` or `last` (`lower::seq`).
    Seq(Box<SeqOp>, Span),
}

/// An operation that gives parts of a sequence: views (windows of it that
/// indexing, `len()` and chains read through) or an `Option` of an element.
pub enum SeqOp {
    /// `&x[a..b]`, `&x[a..]`, `&x[..b]`: a view, bound with `let`.
    Sub(SeqExpr),
    /// `x.split_at(k)`: two views, bound with `let (l, r) = ..`.
    SplitAt(SeqExpr, Box<Expr>),
    /// `x.first()`, `x.last()`: an `Option` of the element.
    End { seq: SeqExpr, last: bool },
    /// `Vec::new()`, `Vec::with_capacity(n)`: an empty `Vec`.
    New(Option<Box<Expr>>),
    /// `v.push(e)`, written as the assignment `v = <v with e appended>`:
    /// the `Vec` and the value.
    Push(Box<Expr>, Box<Expr>),
}

impl SeqOp {
    /// The expressions it reads, in order.
    pub fn exprs(&self) -> Vec<&Expr> {
        let seq = match self {
            SeqOp::Sub(s) | SeqOp::SplitAt(s, _) | SeqOp::End { seq: s, .. } => s,
            SeqOp::New(cap) => return cap.iter().map(|c| &**c).collect(),
            SeqOp::Push(base, value) => return vec![&**base, &**value],
        };
        let mut out = vec![&*seq.base];
        if let Some(sub) = &seq.sub {
            out.extend(sub.lo.as_deref());
            out.extend(sub.hi.as_deref());
        }
        if let SeqOp::SplitAt(_, k) = self {
            out.push(k);
        }
        out
    }
}

/// The pattern of a `for` loop.
pub enum ForPat {
    Ident(Ident),
    /// `&v`.
    Ref(Ident),
    Wild,
    /// `(i, v)` of `enumerate()`.
    Pair(Box<ForPat>, Box<ForPat>),
    /// Any other pattern (`[a, b]`, `&[a, b]`, `(i, [a, b])`'s second
    /// part), bound to the element like a `let`.
    Pat(Pattern),
}

/// What a `for` loop iterates over.
pub enum ForIter {
    /// `lo..hi`, `lo..=hi`, `(lo..hi).rev()`.
    Range {
        lo: Box<Expr>,
        hi: Box<Expr>,
        inclusive: bool,
        reversed: bool,
    },
    /// `x`, `x.iter()`, `x.iter().enumerate()`: the elements of a sequence.
    Elements { seq: Box<Expr>, enumerate: bool },
    /// Any other iterator chain (`x.iter().zip(y)`, `x.windows(2)`).
    Chain(Box<Chain>),
}

/// A call `path(args)` or `recv.name(args)`.
pub struct CallExpr {
    pub callee: Callee,
    pub args: Vec<CallArg>,
    pub span: Span,
    /// The call as written, for the spans of diagnostics.
    pub source: proc_macro2::TokenStream,
}

/// What is called.
pub enum Callee {
    /// A free or associated function: `g`, `module::g`, `Type::g`.
    Path(syn::ExprPath),
    /// A method: `recv.name::<..>(..)`.
    Method {
        recv: Box<Expr>,
        name: Ident,
        turbofish: Option<syn::AngleBracketedGenericArguments>,
    },
}

/// One argument of a call; `by_ref` for `&arg`.
pub struct CallArg {
    pub expr: Expr,
    pub by_ref: bool,
}

// ---- queries on the AST, for the stages that read it ----

/// What a piece of code may do to leave the code after it.
#[derive(Clone, Copy, Default)]
pub struct Exits {
    pub ret: bool,
    /// A `break` of the loop `depth` levels out (0: the current one).
    pub brk: bool,
    pub cont: bool,
}

impl Exits {
    fn or(self, o: Exits) -> Exits {
        Exits {
            ret: self.ret || o.ret,
            brk: self.brk || o.brk,
            cont: self.cont || o.cont,
        }
    }

    pub fn any(self) -> bool {
        self.ret || self.brk || self.cont
    }
}

/// The exits of a block; `depth` counts the loops entered since the loop
/// whose `break`/`continue` matter.
pub fn block_exits(b: &Block, depth: usize) -> Exits {
    let mut e = b
        .stmts
        .iter()
        .fold(Exits::default(), |e, s| e.or(stmt_exits(s, depth)));
    if let Some(t) = &b.tail {
        e = e.or(expr_exits(t, depth));
    }
    e
}

pub fn stmt_exits(s: &Stmt, depth: usize) -> Exits {
    match s {
        Stmt::Let { init, .. } => init
            .as_ref()
            .map_or_else(Exits::default, |e| expr_exits(e, depth)),
        Stmt::Assign { value, path, .. } => path
            .iter()
            .fold(expr_exits(value, depth), |e, p| e.or(expr_exits(p, depth))),
        Stmt::Expr(e) => expr_exits(e, depth),
    }
}

fn exprs_exits<'a>(es: impl IntoIterator<Item = &'a Expr>, depth: usize) -> Exits {
    es.into_iter()
        .fold(Exits::default(), |e, x| e.or(expr_exits(x, depth)))
}

pub fn expr_exits(e: &Expr, depth: usize) -> Exits {
    let here = depth == 0;
    match e {
        Expr::Return(v, _) => Exits {
            ret: true,
            ..v.as_deref()
                .map_or_else(Exits::default, |v| expr_exits(v, depth))
        },
        Expr::Break(_) => Exits {
            brk: here,
            ..Exits::default()
        },
        Expr::Continue(_) => Exits {
            cont: here,
            ..Exits::default()
        },
        // A closure's body and a chain's closures cannot leave the code
        // around them (`return` in a closure is rejected by the parser).
        Expr::Lit(..)
        | Expr::Var(_)
        | Expr::Opaque { .. }
        | Expr::OptNone(_)
        | Expr::Closure(_)
        | Expr::Chain(_) => Exits::default(),
        Expr::Seq(op, _) => exprs_exits(op.exprs(), depth),
        Expr::Unary(_, a, _)
        | Expr::Cast(a, _, _)
        | Expr::Len(a, _)
        | Expr::Deref(a, _)
        | Expr::TupleField(a, _, _, _)
        | Expr::Component(a, _, _, _)
        | Expr::NaRef(a, _, _)
        | Expr::OptSome(a, _) => expr_exits(a, depth),
        Expr::Match {
            scrutinee, arms, ..
        } => arms.iter().fold(expr_exits(scrutinee, depth), |e, a| {
            let guard = a
                .guard
                .as_ref()
                .map_or_else(Exits::default, |g| expr_exits(g, depth));
            e.or(guard).or(expr_exits(&a.body, depth))
        }),
        Expr::Repeat(a, _, _) => expr_exits(a, depth),
        Expr::Binary(_, a, b, _)
        | Expr::And(a, b, _)
        | Expr::Or(a, b, _)
        | Expr::TupleWith(a, _, b, _)
        | Expr::VecRepeat(a, b, _) => expr_exits(a, depth).or(expr_exits(b, depth)),
        Expr::Math(_, args, _, _) | Expr::Tuple(args, _) | Expr::ArrayLit(args, _) => {
            exprs_exits(args, depth)
        }
        Expr::Index(b, path, _) => expr_exits(b, depth).or(exprs_exits(path, depth)),
        Expr::Call(c) => {
            let recv = match &c.callee {
                Callee::Method { recv, .. } => expr_exits(recv, depth),
                Callee::Path(_) => Exits::default(),
            };
            recv.or(exprs_exits(c.args.iter().map(|a| &a.expr), depth))
        }
        Expr::If {
            cond,
            then_block,
            else_branch,
            ..
        } => expr_exits(cond, depth)
            .or(block_exits(then_block, depth))
            .or(else_branch
                .as_deref()
                .map_or_else(Exits::default, |e| expr_exits(e, depth))),
        Expr::Block(b) => block_exits(b, depth),
        // Inside a nested loop only `return` still leaves this code.
        Expr::For { iter, body, .. } => {
            let head = match iter {
                ForIter::Range { lo, hi, .. } => expr_exits(lo, depth).or(expr_exits(hi, depth)),
                ForIter::Elements { seq, .. } => expr_exits(seq, depth),
                ForIter::Chain(_) => Exits::default(),
            };
            head.or(block_exits(body, depth + 1))
        }
        Expr::While { cond, body, .. } => {
            expr_exits(cond, depth + 1).or(block_exits(body, depth + 1))
        }
        Expr::Loop(body, _) => block_exits(body, depth + 1),
    }
}

/// The names a block assigns (`x = ..`, `x[i] += ..`), at any depth.
pub fn assigned_names(b: &Block, into: &mut Vec<String>) {
    for s in &b.stmts {
        match s {
            Stmt::Let { init, .. } => {
                if let Some(e) = init {
                    assigned_in_expr(e, into);
                }
            }
            Stmt::Assign { target, value, .. } => {
                let name = target.to_string();
                if !into.contains(&name) {
                    into.push(name);
                }
                assigned_in_expr(value, into);
            }
            Stmt::Expr(e) => assigned_in_expr(e, into),
        }
    }
    if let Some(t) = &b.tail {
        assigned_in_expr(t, into);
    }
}

fn assigned_in_expr(e: &Expr, into: &mut Vec<String>) {
    match e {
        Expr::If {
            then_block,
            else_branch,
            ..
        } => {
            assigned_names(then_block, into);
            if let Some(e) = else_branch {
                assigned_in_expr(e, into);
            }
        }
        Expr::Block(b) | Expr::Loop(b, _) => assigned_names(b, into),
        Expr::For { body, .. } | Expr::While { body, .. } => assigned_names(body, into),
        Expr::Match { arms, .. } => arms.iter().for_each(|a| assigned_in_expr(&a.body, into)),
        _ => {}
    }
}

/// Calls `f` on every expression of `b`, outermost first, nested blocks and
/// loop bodies included.
pub fn for_each_expr<'a>(b: &'a Block, f: &mut impl FnMut(&'a Expr)) {
    for s in &b.stmts {
        match s {
            Stmt::Let { init, .. } => {
                if let Some(e) = init {
                    walk_expr(e, f);
                }
            }
            Stmt::Assign { path, value, .. } => {
                path.iter().for_each(|p| walk_expr(p, f));
                walk_expr(value, f);
            }
            Stmt::Expr(e) => walk_expr(e, f),
        }
    }
    if let Some(t) = &b.tail {
        walk_expr(t, f);
    }
}

fn walk_expr<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    f(e);
    match e {
        Expr::Lit(..)
        | Expr::Var(_)
        | Expr::Opaque { .. }
        | Expr::Break(_)
        | Expr::Continue(_)
        | Expr::OptNone(_) => {}
        Expr::Unary(_, a, _)
        | Expr::Cast(a, _, _)
        | Expr::Len(a, _)
        | Expr::Deref(a, _)
        | Expr::TupleField(a, _, _, _)
        | Expr::Component(a, _, _, _)
        | Expr::NaRef(a, _, _)
        | Expr::Repeat(a, _, _)
        | Expr::OptSome(a, _) => walk_expr(a, f),
        Expr::Match {
            scrutinee, arms, ..
        } => {
            walk_expr(scrutinee, f);
            for a in arms {
                if let Some(g) = &a.guard {
                    walk_expr(g, f);
                }
                walk_expr(&a.body, f);
            }
        }
        Expr::Binary(_, a, b, _)
        | Expr::And(a, b, _)
        | Expr::Or(a, b, _)
        | Expr::TupleWith(a, _, b, _)
        | Expr::VecRepeat(a, b, _) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        Expr::Math(_, args, _, _) | Expr::Tuple(args, _) | Expr::ArrayLit(args, _) => {
            args.iter().for_each(|a| walk_expr(a, f));
        }
        Expr::Index(b, path, _) => {
            walk_expr(b, f);
            path.iter().for_each(|p| walk_expr(p, f));
        }
        Expr::Return(v, _) => {
            if let Some(v) = v {
                walk_expr(v, f);
            }
        }
        Expr::Call(c) => {
            if let Callee::Method { recv, .. } = &c.callee {
                walk_expr(recv, f);
            }
            c.args.iter().for_each(|a| walk_expr(&a.expr, f));
        }
        Expr::If {
            cond,
            then_block,
            else_branch,
            ..
        } => {
            walk_expr(cond, f);
            for_each_expr(then_block, f);
            if let Some(e) = else_branch {
                walk_expr(e, f);
            }
        }
        Expr::Block(b) | Expr::Loop(b, _) => for_each_expr(b, f),
        Expr::For { iter, body, .. } => {
            match iter {
                ForIter::Range { lo, hi, .. } => {
                    walk_expr(lo, f);
                    walk_expr(hi, f);
                }
                ForIter::Elements { seq, .. } => walk_expr(seq, f),
                ForIter::Chain(c) => c.exprs().into_iter().for_each(|e| walk_expr(e, f)),
            }
            for_each_expr(body, f);
        }
        Expr::While { cond, body, .. } => {
            walk_expr(cond, f);
            for_each_expr(body, f);
        }
        Expr::Closure(c) => walk_expr(&c.body, f),
        Expr::Chain(c) => c.exprs().into_iter().for_each(|e| walk_expr(e, f)),
        Expr::Seq(op, _) => op.exprs().into_iter().for_each(|e| walk_expr(e, f)),
    }
}

/// The names a `for` pattern binds.
pub fn for_pat_names(p: &ForPat, into: &mut Vec<String>) {
    match p {
        ForPat::Ident(id) | ForPat::Ref(id) => into.push(id.to_string()),
        ForPat::Wild => {}
        ForPat::Pair(a, b) => {
            for_pat_names(a, into);
            for_pat_names(b, into);
        }
        ForPat::Pat(p) => into.extend(pattern_binds(p).iter().map(ToString::to_string)),
    }
}

/// The names a pattern binds, in order.
pub fn pattern_binds(p: &Pattern) -> Vec<Ident> {
    fn go(p: &Pattern, out: &mut Vec<Ident>) {
        match p {
            Pattern::Ident(id) => out.push(id.clone()),
            Pattern::At(id, p) => {
                out.push(id.clone());
                go(p, out);
            }
            Pattern::Tuple(items) | Pattern::Slice(items, _) => {
                items.iter().for_each(|i| go(i, out))
            }
            // Every alternative binds the same names.
            Pattern::Or(cases) => {
                if let Some(c) = cases.first() {
                    go(c, out);
                }
            }
            Pattern::Ref(p) | Pattern::Some(p, _) => go(p, out),
            Pattern::Const { binds, .. } => out.extend(binds.iter().cloned()),
            Pattern::Wild
            | Pattern::Rest(_)
            | Pattern::Lit(_)
            | Pattern::Range { .. }
            | Pattern::None(_) => {}
        }
    }
    let mut out = Vec::new();
    go(p, &mut out);
    out
}
