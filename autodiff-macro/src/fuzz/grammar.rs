//! A generator of random well-typed function bodies, as source text.
//!
//! A [`Prog`] is a small syntax tree whose every reference to a variable is
//! an index taken modulo the variables in scope where it is rendered, so
//! every value of the tree, and so every shrink of it, renders to a valid
//! function: deleting a `let` only makes later references pick another
//! variable. Math methods are kept inside their domains by construction
//! (`ln` of `e*e + 1`, `asin` of `0.5 sin e`, ...); indices are in bounds
//! (constants modulo the length, loop indices below 3 and every array at
//! least 3 long).
//!
//! The rendered text is valid Rust too (it is compiled for real in
//! `tests/random_programs.rs`): a method is never called on an expression of
//! ambiguous float type (its literals get an `_f64` suffix there) and a
//! `let` of such an expression is annotated `: f64`.

use proptest::collection::vec;
use proptest::prelude::*;
use std::fmt::Write as _;

/// Literals the generator picks from.
pub const LITS: &[f64] = &[0.5, 1.5, 2.0, -0.75, 0.1, 3.0, 1.0, 0.25, -1.25];

/// How the array parameter `x` is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrParam {
    /// `x: &[f64]`
    Slice,
    /// `x: [f64; N]`
    Owned,
    /// `x: &[f64; N]`
    Ref,
}

/// A random function: `n_scalars` parameters `a, b, c, d` (in order) of
/// type `f64`, then `x`, an array of `len` floats.
#[derive(Clone, Debug)]
pub struct Prog {
    pub n_scalars: usize,
    pub arr: ArrParam,
    pub len: usize,
    /// `Some(mask)`: `#[differentiate(wrt(..))]` with the parameters whose
    /// bit is set (all of them if none is).
    pub wrt: Option<u8>,
    pub body: Vec<S>,
    pub tail: E,
}

/// An array index.
#[derive(Clone, Debug)]
pub enum Ix {
    /// A constant, taken modulo the length.
    Const(u8),
    /// The index of an enclosing loop (modulo their number); a constant
    /// outside loops.
    Loop(u8),
}

#[derive(Clone, Copy, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `a / (b*b + 1)`.
    Div,
}

/// One-argument functions, each wrapped to stay in its domain.
#[derive(Clone, Copy, Debug)]
pub enum F1 {
    Sin,
    Cos,
    Tanh,
    Atan,
    Asinh,
    /// `e.sin().exp()`
    Exp,
    /// `e.cos().exp2()`
    Exp2,
    /// `e.sin().exp_m1()`
    ExpM1,
    /// `(e*e + 1).ln()`
    Ln,
    /// `(e*e).ln_1p()`
    Ln1p,
    /// `(e*e + 0.5).log10()`
    Log10,
    /// `(e*e + 0.5).log2()`
    Log2,
    /// `(e*e + 0.5).sqrt()`
    Sqrt,
    /// `(e*e + 0.5).cbrt()`
    Cbrt,
    /// `(e.sin() * 0.5).asin()`
    Asin,
    /// `(e.cos() * 0.5).acos()`
    Acos,
    /// `(e.sin() * 0.5).atanh()`
    Atanh,
    /// `(e*e + 1.5).acosh()`
    Acosh,
    /// `e.tanh().tan()`
    Tan,
    /// `e.tanh().sinh()`
    Sinh,
    /// `e.tanh().cosh()`
    Cosh,
    /// `(e*e + 1).recip()`
    Recip,
    Powi2,
    Powi3,
    /// `(e*e + 1).powi(-2)`
    PowiNeg,
    Abs,
    /// `e.clamp(-0.5, 0.75)`
    Clamp,
    ToRadians,
    Floor,
    Fract,
}

/// Two-argument functions.
#[derive(Clone, Copy, Debug)]
pub enum F2 {
    Hypot,
    /// `e.atan2(f*f + 0.5)`
    Atan2,
    /// `(e*e + 0.5).powf(f.tanh())`
    Powf,
    /// `(e*e + 1.5).log(f*f + 2)`
    Log,
    Max,
    Min,
}

#[derive(Clone, Copy, Debug)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// A float expression.
#[derive(Clone, Debug)]
pub enum E {
    /// A float variable in scope (parameters included), modulo their number.
    Var(u8),
    Lit(usize),
    /// An element of an array in scope (`x` included).
    Elem(u8, Ix),
    /// `(i as f64)` for an enclosing loop's index; a literal outside loops.
    Index(u8),
    Neg(Box<E>),
    Bin(BinOp, Box<E>, Box<E>),
    F1(F1, Box<E>),
    F2(F2, Box<E>, Box<E>),
    MulAdd(Box<E>, Box<E>, Box<E>),
    If(Box<C>, Box<E>, Box<E>),
}

/// A condition.
#[derive(Clone, Debug)]
pub enum C {
    Cmp(Cmp, E, E),
    And(Box<C>, Box<C>),
    Or(Box<C>, Box<C>),
    Not(Box<C>),
}

#[derive(Clone, Copy, Debug)]
pub enum CompOp {
    Add,
    Sub,
    Mul,
    /// `/= (e*e + 1)`
    Div,
}

/// How a new local array starts.
#[derive(Clone, Debug)]
pub enum ArrInit {
    /// `[0.0; 3]` (annotated in one of two ways)
    Zeros(bool),
    /// `[e, f, g]`
    Lit(E, E, E),
    /// A copy of an array in scope (only if it has length 3).
    Copy(u8),
    /// `let mut v: Vec<f64> = vec![0.0; 3];`
    Vec,
}

/// The update of an array element.
#[derive(Clone, Copy, Debug)]
pub enum ElemOp {
    Set,
    Add,
    Sub,
    Mul,
}

/// The ranges a `for` loop runs over; every index stays below 3.
#[derive(Clone, Copy, Debug)]
pub enum Range {
    /// `0..3`
    Upto3,
    /// `0..=2`
    Incl,
    /// `(0..3).rev()`
    Rev,
    /// `1..3`
    From1,
    /// `(0..=2).rev()`
    RevIncl,
    /// `0..x.len()`, or `0..2` when `x` is longer than 3.
    Len,
    /// `for &v in a.iter()` over an array in scope (its elements are
    /// floats of the body, and it is not updated in the body).
    Iter(u8),
    /// `for (i, &v) in a.iter().enumerate()` over an array of length 3.
    Enumerate(u8),
}

/// A statement.
#[derive(Clone, Debug)]
pub enum S {
    /// `let [mut] v = e;`, or `let NAME = e;` shadowing a variable in scope.
    Let {
        mutable: bool,
        shadow: Option<u8>,
        e: E,
    },
    /// `v = e;` to a mutable float variable in scope (a `let` if none).
    Assign(u8, E),
    Compound(u8, CompOp, E),
    ArrNew(ArrInit),
    /// `arr[ix] = e;`, `+=`, `-=`, `*=` to a local array in scope.
    ArrSet {
        arr: u8,
        ix: Ix,
        op: ElemOp,
        e: E,
    },
    /// `let (v, w) = (e, f);`
    LetPair(E, E),
    If(C, Vec<S>, Option<Vec<S>>),
    For(Range, Vec<S>),
    /// `let mut k = 0usize; while k < 3 { body; k += 1; }`
    While(Vec<S>),
    /// `let mut k = 0usize; loop { if k >= 3 { break; } body; k += 1; }`
    Loop(Vec<S>),
    /// `if c { break; }` inside a loop; nothing elsewhere.
    Break(C),
    /// `if c { continue; }` inside a `for` loop; nothing elsewhere.
    Continue(C),
    /// `if c { return e; }`
    Return(C, E),
}

// ---------------------------------------------------------------------------
// Strategies.

fn ix() -> impl Strategy<Value = Ix> {
    prop_oneof![(0u8..4).prop_map(Ix::Const), any::<u8>().prop_map(Ix::Loop)]
}

fn f1() -> impl Strategy<Value = F1> {
    use F1::*;
    prop_oneof![
        4 => prop_oneof![Just(Sin), Just(Cos), Just(Tanh), Just(Atan), Just(Asinh)],
        4 => prop_oneof![Just(Exp), Just(Exp2), Just(ExpM1), Just(Ln), Just(Ln1p), Just(Log10), Just(Log2)],
        4 => prop_oneof![Just(Sqrt), Just(Cbrt), Just(Asin), Just(Acos), Just(Atanh), Just(Acosh)],
        3 => prop_oneof![Just(Tan), Just(Sinh), Just(Cosh), Just(Recip), Just(Powi2), Just(Powi3), Just(PowiNeg)],
        2 => prop_oneof![Just(Abs), Just(Clamp), Just(ToRadians), Just(Floor), Just(Fract)],
    ]
}

fn f2() -> impl Strategy<Value = F2> {
    use F2::*;
    prop_oneof![
        Just(Hypot),
        Just(Atan2),
        Just(Powf),
        Just(Log),
        Just(Max),
        Just(Min)
    ]
}

fn cmp() -> impl Strategy<Value = Cmp> {
    prop_oneof![Just(Cmp::Lt), Just(Cmp::Le), Just(Cmp::Gt), Just(Cmp::Ge)]
}

fn leaf() -> BoxedStrategy<E> {
    prop_oneof![
        5 => any::<u8>().prop_map(E::Var),
        2 => (0..LITS.len()).prop_map(E::Lit),
        3 => (any::<u8>(), ix()).prop_map(|(a, i)| E::Elem(a, i)),
        1 => any::<u8>().prop_map(E::Index),
    ]
    .boxed()
}

fn cond_of(e: BoxedStrategy<E>) -> BoxedStrategy<C> {
    let atom = (cmp(), e.clone(), e)
        .prop_map(|(c, a, b)| C::Cmp(c, a, b))
        .boxed();
    prop_oneof![
        6 => atom.clone(),
        1 => (atom.clone(), atom.clone()).prop_map(|(a, b)| C::And(Box::new(a), Box::new(b))),
        1 => (atom.clone(), atom.clone()).prop_map(|(a, b)| C::Or(Box::new(a), Box::new(b))),
        1 => atom.prop_map(|a| C::Not(Box::new(a))),
    ]
    .boxed()
}

/// Expressions of at most `depth` levels and about `size` nodes.
pub fn expr(depth: u32, size: u32) -> BoxedStrategy<E> {
    leaf()
        .prop_recursive(depth, size, 3, |inner| {
            let b = |e: E| Box::new(e);
            let op = prop_oneof![
                Just(BinOp::Add),
                Just(BinOp::Sub),
                Just(BinOp::Mul),
                Just(BinOp::Div)
            ];
            prop_oneof![
                1 => inner.clone().prop_map(move |e| E::Neg(b(e))),
                5 => (op, inner.clone(), inner.clone()).prop_map(move |(o, x, y)| E::Bin(o, b(x), b(y))),
                4 => (f1(), inner.clone()).prop_map(move |(f, x)| E::F1(f, b(x))),
                2 => (f2(), inner.clone(), inner.clone()).prop_map(move |(f, x, y)| E::F2(f, b(x), b(y))),
                1 => (inner.clone(), inner.clone(), inner.clone())
                    .prop_map(move |(x, y, z)| E::MulAdd(b(x), b(y), b(z))),
                1 => (cond_of(leaf()), inner.clone(), inner)
                    .prop_map(move |(c, x, y)| E::If(Box::new(c), b(x), b(y))),
            ]
        })
        .boxed()
}

fn comp_op() -> impl Strategy<Value = CompOp> {
    prop_oneof![
        Just(CompOp::Add),
        Just(CompOp::Sub),
        Just(CompOp::Mul),
        Just(CompOp::Div)
    ]
}

fn range() -> impl Strategy<Value = Range> {
    use Range::*;
    prop_oneof![
        3 => Just(Upto3),
        1 => Just(Incl),
        1 => Just(Rev),
        1 => Just(From1),
        1 => Just(RevIncl),
        1 => Just(Len),
        2 => any::<u8>().prop_map(Iter),
        2 => any::<u8>().prop_map(Enumerate),
    ]
}

/// Sizes of the generated programs.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Statements at the top level.
    pub top: usize,
    /// Statements in a nested block.
    pub nested: usize,
    /// Levels of nested blocks.
    pub depth: u32,
    pub expr_depth: u32,
    pub expr_size: u32,
}

impl Default for Sizes {
    fn default() -> Self {
        Sizes {
            top: 8,
            nested: 4,
            depth: 2,
            expr_depth: 3,
            expr_size: 12,
        }
    }
}

/// Statements; `nested` ones (in the blocks of `if`s and loops) mostly
/// update the variables of the enclosing blocks, so their work reaches the
/// result.
fn stmt(depth: u32, sz: Sizes, nested: bool) -> BoxedStrategy<S> {
    let e = || expr(sz.expr_depth, sz.expr_size);
    let c = || cond_of(expr(1, 3));
    let (lets, updates) = if nested { (2, 6) } else { (6, 4) };
    let simple = prop_oneof![
        lets => (any::<bool>(), proptest::option::weighted(0.2, any::<u8>()), e())
            .prop_map(|(mutable, shadow, e)| S::Let { mutable, shadow, e }),
        2 => (any::<u8>(), e()).prop_map(|(t, e)| S::Assign(t, e)),
        updates => (any::<u8>(), comp_op(), e()).prop_map(|(t, o, e)| S::Compound(t, o, e)),
        2 => prop_oneof![
            any::<bool>().prop_map(ArrInit::Zeros),
            (expr(2, 4), expr(2, 4), expr(2, 4)).prop_map(|(a, b, c)| ArrInit::Lit(a, b, c)),
            any::<u8>().prop_map(ArrInit::Copy),
            Just(ArrInit::Vec),
        ]
        .prop_map(S::ArrNew),
        updates => (any::<u8>(), ix(), elem_op(), e())
            .prop_map(|(arr, ix, op, e)| S::ArrSet { arr, ix, op, e }),
        1 => (expr(2, 6), expr(2, 6)).prop_map(|(a, b)| S::LetPair(a, b)),
        1 => c().prop_map(S::Break),
        1 => c().prop_map(S::Continue),
        1 => (c(), expr(2, 4)).prop_map(|(c, e)| S::Return(c, e)),
    ];
    if depth == 0 {
        return simple.boxed();
    }
    let block = move || vec(stmt(depth - 1, sz, true), 0..=sz.nested);
    prop_oneof![
        8 => simple,
        2 => (c(), block(), proptest::option::of(block())).prop_map(|(c, t, e)| S::If(c, t, e)),
        2 => (range(), block()).prop_map(|(r, b)| S::For(r, b)),
        1 => block().prop_map(S::While),
        1 => block().prop_map(S::Loop),
    ]
    .boxed()
}

fn elem_op() -> impl Strategy<Value = ElemOp> {
    prop_oneof![
        2 => Just(ElemOp::Set),
        3 => Just(ElemOp::Add),
        1 => Just(ElemOp::Sub),
        1 => Just(ElemOp::Mul),
    ]
}

/// Random programs of the given sizes.
pub fn prog(sz: Sizes) -> impl Strategy<Value = Prog> {
    let arr = prop_oneof![
        Just(ArrParam::Slice),
        Just(ArrParam::Owned),
        Just(ArrParam::Ref)
    ];
    (
        2usize..=4,
        arr,
        3usize..=4,
        proptest::option::weighted(0.25, any::<u8>()),
        vec(expr(2, 6), 1..=2),
        vec(stmt(sz.depth, sz, false), 1..=sz.top),
        expr(sz.expr_depth, sz.expr_size),
    )
        .prop_map(|(n_scalars, arr, len, wrt, accs, body, tail)| {
            // A mutable variable or two first, for the statements that
            // update one.
            let mut all: Vec<S> = accs
                .into_iter()
                .map(|e| S::Let {
                    mutable: true,
                    shadow: None,
                    e,
                })
                .collect();
            all.extend(body);
            Prog {
                n_scalars,
                arr,
                len,
                wrt,
                body: all,
                tail,
            }
        })
}

/// A point to evaluate a program at: values of the scalar parameters and
/// of `x`, in [-1.5, 1.5].
pub fn point() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    (vec(-1.5f64..1.5, 4), vec(-1.5f64..1.5, 4))
}

// ---------------------------------------------------------------------------
// Rendering.

pub const SCALARS: [&str; 4] = ["a", "b", "c", "d"];

impl Prog {
    /// Which parameters (scalars in order, then `x`) are differentiable.
    pub fn wrt_params(&self) -> Vec<bool> {
        let n = self.n_scalars + 1;
        match self.wrt {
            Some(mask) if (0..n).any(|k| mask & (1 << k) != 0) => {
                (0..n).map(|k| mask & (1 << k) != 0).collect()
            }
            _ => vec![true; n],
        }
    }

    /// The attribute's arguments (`wrt(a, x)` or nothing).
    pub fn attr(&self) -> String {
        if self.wrt.is_none() {
            return String::new();
        }
        let names: Vec<&str> = self
            .wrt_params()
            .iter()
            .enumerate()
            .filter(|(_, w)| **w)
            .map(|(k, _)| if k < self.n_scalars { SCALARS[k] } else { "x" })
            .collect();
        format!("wrt({})", names.join(", "))
    }

    /// The type of `x` as written.
    pub fn arr_ty(&self) -> String {
        match self.arr {
            ArrParam::Slice => "&[f64]".into(),
            ArrParam::Owned => format!("[f64; {}]", self.len),
            ArrParam::Ref => format!("&[f64; {}]", self.len),
        }
    }

    /// The function's source, named `name`.
    pub fn render(&self, name: &str) -> String {
        self.render_with(name, Workarounds::default())
    }

    /// Like [`Self::render`], avoiding the constructs of open bugs as told
    /// by `w`: whether a failure goes away then tells whether it is that
    /// bug.
    pub fn render_with(&self, name: &str, w: Workarounds) -> String {
        let mut r = Renderer {
            out: String::new(),
            indent: 1,
            scopes: vec![Scope::default()],
            loops: Vec::new(),
            frozen: Vec::new(),
            fresh: 0,
            x_owned: self.arr == ArrParam::Owned,
            w,
        };
        for s in &SCALARS[..self.n_scalars] {
            r.scopes[0].floats.push(Var {
                name: (*s).into(),
                mutable: false,
            });
        }
        r.scopes[0].arrays.push(Arr {
            name: "x".into(),
            len: self.len,
            mutable: false,
            is_vec: false,
        });
        r.stmts(&self.body);
        let (tail, _) = r.expr(&self.tail, false);
        let mut terms = vec![tail];
        // Every top-level local takes part in the result.
        let top = &r.scopes[0];
        for v in top.floats.iter().skip(self.n_scalars) {
            terms.push(v.name.clone());
        }
        for a in top.arrays.iter().skip(1) {
            for k in 0..a.len {
                terms.push(format!("{}[{k}]", a.name));
            }
        }
        let params: Vec<String> = SCALARS[..self.n_scalars]
            .iter()
            .map(|s| format!("{s}: f64"))
            .chain(Some(format!("x: {}", self.arr_ty())))
            .collect();
        format!(
            "fn {name}({}) -> f64 {{\n{}    {}\n}}\n",
            params.join(", "),
            r.out,
            terms.join(" + ")
        )
    }
}

/// Equivalent spellings that avoid open bugs (see `regressions.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Workarounds {
    /// `Vec` locals as arrays (`[0.0_f64; 3]`).
    pub vec_as_array: bool,
    /// `(0..=2).rev()` as `(0..3).rev()`.
    pub rev_exclusive: bool,
}

#[derive(Clone)]
struct Var {
    name: String,
    mutable: bool,
}

#[derive(Clone)]
struct Arr {
    name: String,
    len: usize,
    mutable: bool,
    /// A `Vec`, which is not `Copy`.
    is_vec: bool,
}

#[derive(Default, Clone)]
struct Scope {
    floats: Vec<Var>,
    arrays: Vec<Arr>,
}

#[derive(Clone, Copy, PartialEq)]
enum LoopKind {
    For,
    While,
}

struct Renderer {
    out: String,
    indent: usize,
    scopes: Vec<Scope>,
    /// Enclosing loops: index name (`usize`, always below 3), if the loop
    /// has one, and kind.
    loops: Vec<(Option<String>, LoopKind)>,
    /// Arrays being iterated over, which their loop's body must not update.
    frozen: Vec<String>,
    fresh: usize,
    /// Whether `x` is an owned array, which a local may copy.
    x_owned: bool,
    w: Workarounds,
}

fn pick<T: Clone>(items: &[T], k: u8) -> Option<T> {
    if items.is_empty() {
        None
    } else {
        Some(items[usize::from(k) % items.len()].clone())
    }
}

fn lit(x: f64, suffix: bool) -> String {
    let s = format!("{x:?}");
    let s = if suffix { format!("{s}_f64") } else { s };
    if x < 0.0 { format!("({s})") } else { s }
}

impl Renderer {
    /// The float variables visible here (a shadowed one is not).
    fn floats(&self) -> Vec<Var> {
        let mut seen: Vec<Var> = Vec::new();
        for scope in self.scopes.iter().rev() {
            for v in scope.floats.iter().rev() {
                if !seen.iter().any(|s| s.name == v.name) {
                    seen.push(v.clone());
                }
            }
        }
        seen.reverse();
        seen
    }

    fn arrays(&self) -> Vec<Arr> {
        self.scopes.iter().flat_map(|s| s.arrays.clone()).collect()
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn fresh(&mut self, base: &str) -> String {
        self.fresh += 1;
        format!("{base}{}", self.fresh)
    }

    /// The indices of the enclosing loops.
    fn indices(&self) -> Vec<String> {
        self.loops.iter().filter_map(|l| l.0.clone()).collect()
    }

    fn index(&self, ix: &Ix, len: usize) -> String {
        match ix {
            Ix::Const(k) => format!("{}", usize::from(*k) % len),
            Ix::Loop(k) => pick(&self.indices(), *k).unwrap_or_else(|| "1".into()),
        }
    }

    /// The expression's text and whether its type is known to be `f64`
    /// (it reads a variable); literals get an `_f64` suffix if `suffix`.
    fn expr(&self, e: &E, suffix: bool) -> (String, bool) {
        let b = |x: &E| self.expr(x, suffix);
        match e {
            E::Var(k) => match pick(&self.floats(), *k) {
                Some(v) => (v.name, true),
                None => (lit(1.0, suffix), false),
            },
            E::Lit(k) => (lit(LITS[*k % LITS.len()], suffix), false),
            E::Elem(k, ix) => {
                let arrays = self.arrays();
                let a = pick(&arrays, *k).unwrap_or_else(|| arrays[0].clone());
                (format!("{}[{}]", a.name, self.index(ix, a.len)), true)
            }
            E::Index(k) => match pick(&self.indices(), *k) {
                Some(name) => (format!("({name} as f64)"), true),
                None => (lit(2.0, suffix), false),
            },
            E::Neg(x) => {
                let (s, t) = b(x);
                (format!("(-{s})"), t)
            }
            E::Bin(op, x, y) => {
                let ((sx, tx), (sy, ty)) = (b(x), b(y));
                let s = match op {
                    BinOp::Add => format!("({sx} + {sy})"),
                    BinOp::Sub => format!("({sx} - {sy})"),
                    BinOp::Mul => format!("({sx} * {sy})"),
                    BinOp::Div => format!("({sx} / ({sy} * {sy} + {}))", lit(1.0, suffix)),
                };
                (s, tx || ty)
            }
            E::F1(f, x) => {
                // A method needs a receiver of known type.
                let (s, typed) = b(x);
                let s = if typed { s } else { self.expr(x, true).0 };
                (f1_text(*f, &s), true)
            }
            E::F2(f, x, y) => {
                let (sx, tx) = b(x);
                let sx = if tx { sx } else { self.expr(x, true).0 };
                // `powf` calls a method on its exponent.
                let (sy, ty) = b(y);
                let sy = if ty || !matches!(f, F2::Powf) {
                    sy
                } else {
                    self.expr(y, true).0
                };
                (f2_text(*f, &sx, &sy), true)
            }
            E::MulAdd(x, y, z) => {
                let (sx, tx) = b(x);
                let sx = if tx { sx } else { self.expr(x, true).0 };
                let ((sy, _), (sz, _)) = (b(y), b(z));
                (format!("{sx}.mul_add({sy}, {sz})"), true)
            }
            E::If(c, x, y) => {
                let ((sx, tx), (sy, ty)) = (b(x), b(y));
                (
                    format!("(if {} {{ {sx} }} else {{ {sy} }})", self.cond(c)),
                    tx || ty,
                )
            }
        }
    }

    fn cond(&self, c: &C) -> String {
        match c {
            C::Cmp(op, x, y) => {
                let (sx, _) = self.expr(x, false);
                let (sy, _) = self.expr(y, false);
                let op = match op {
                    Cmp::Lt => "<",
                    Cmp::Le => "<=",
                    Cmp::Gt => ">",
                    Cmp::Ge => ">=",
                };
                format!("{sx} {op} {sy}")
            }
            C::And(x, y) => format!("({} && {})", self.cond(x), self.cond(y)),
            C::Or(x, y) => format!("({} || {})", self.cond(x), self.cond(y)),
            C::Not(x) => format!("!({})", self.cond(x)),
        }
    }

    fn stmts(&mut self, stmts: &[S]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, stmts: &[S]) {
        self.indent += 1;
        self.scopes.push(Scope::default());
        self.stmts(stmts);
        self.scopes.pop();
        self.indent -= 1;
    }

    /// A loop body that sees the float `v` (the loop's element).
    fn block_with(&mut self, stmts: &[S], v: String) {
        self.indent += 1;
        let mut scope = Scope::default();
        scope.floats.push(Var {
            name: v,
            mutable: false,
        });
        self.scopes.push(scope);
        self.stmts(stmts);
        self.scopes.pop();
        self.indent -= 1;
    }

    fn let_float(&mut self, name: String, mutable: bool, e: &E) {
        let (s, typed) = self.expr(e, false);
        let m = if mutable { "mut " } else { "" };
        let ann = if typed { "" } else { ": f64" };
        self.line(&format!("let {m}{name}{ann} = {s};"));
        self.scopes
            .last_mut()
            .expect("a scope")
            .floats
            .push(Var { name, mutable });
    }

    fn stmt(&mut self, s: &S) {
        match s {
            S::Let { mutable, shadow, e } => {
                let name = match shadow.and_then(|k| pick(&self.floats(), k)) {
                    Some(v) => v.name,
                    None => self.fresh("v"),
                };
                self.let_float(name, *mutable, e);
            }
            S::Assign(t, e) => {
                let targets: Vec<Var> = self.floats().into_iter().filter(|v| v.mutable).collect();
                match pick(&targets, *t) {
                    Some(v) => {
                        let (s, _) = self.expr(e, false);
                        self.line(&format!("{} = {s};", v.name));
                    }
                    None => {
                        let name = self.fresh("v");
                        self.let_float(name, true, e);
                    }
                }
            }
            S::Compound(t, op, e) => {
                let targets: Vec<Var> = self.floats().into_iter().filter(|v| v.mutable).collect();
                match pick(&targets, *t) {
                    Some(v) => {
                        let (s, _) = self.expr(e, false);
                        let text = match op {
                            CompOp::Add => format!("{} += {s};", v.name),
                            CompOp::Sub => format!("{} -= {s};", v.name),
                            CompOp::Mul => format!("{} *= {s};", v.name),
                            CompOp::Div => format!("{} /= {s} * {s} + 1.0;", v.name),
                        };
                        self.line(&text);
                    }
                    None => {
                        let name = self.fresh("v");
                        self.let_float(name, true, e);
                    }
                }
            }
            S::ArrNew(init) => {
                let name = self.fresh("arr");
                let text = match init {
                    ArrInit::Zeros(true) => format!("let mut {name} = [0.0_f64; 3];"),
                    ArrInit::Zeros(false) => format!("let mut {name}: [f64; 3] = [0.0; 3];"),
                    ArrInit::Lit(a, b, c) => {
                        let items: Vec<String> =
                            [a, b, c].iter().map(|e| self.expr(e, false).0).collect();
                        format!("let mut {name}: [f64; 3] = [{}];", items.join(", "))
                    }
                    ArrInit::Copy(k) => {
                        let owned: Vec<Arr> = self
                            .arrays()
                            .into_iter()
                            .filter(|a| {
                                a.len == 3 && !a.is_vec && (a.name != "x" || self.owned_x())
                            })
                            .collect();
                        match pick(&owned, *k) {
                            Some(a) => format!("let mut {name} = {};", a.name),
                            None => format!("let mut {name} = [0.0_f64; 3];"),
                        }
                    }
                    ArrInit::Vec if self.w.vec_as_array => {
                        format!("let mut {name} = [0.0_f64; 3];")
                    }
                    ArrInit::Vec => format!("let mut {name}: Vec<f64> = vec![0.0; 3];"),
                };
                self.line(&text);
                self.scopes.last_mut().expect("a scope").arrays.push(Arr {
                    name,
                    len: 3,
                    mutable: true,
                    is_vec: matches!(init, ArrInit::Vec) && !self.w.vec_as_array,
                });
            }
            S::ArrSet { arr, ix, op, e } => {
                let targets: Vec<Arr> = self
                    .arrays()
                    .into_iter()
                    .filter(|a| a.mutable && !self.frozen.contains(&a.name))
                    .collect();
                if let Some(a) = pick(&targets, *arr) {
                    let i = self.index(ix, a.len);
                    let (s, _) = self.expr(e, false);
                    let op = match op {
                        ElemOp::Set => "=",
                        ElemOp::Add => "+=",
                        ElemOp::Sub => "-=",
                        ElemOp::Mul => "*=",
                    };
                    self.line(&format!("{}[{i}] {op} {s};", a.name));
                }
            }
            S::LetPair(a, b) => {
                let (sa, ta) = self.expr(a, false);
                let (sb, tb) = self.expr(b, false);
                let (na, nb) = (self.fresh("v"), self.fresh("v"));
                let ann = if ta && tb { "" } else { ": (f64, f64)" };
                self.line(&format!("let ({na}, {nb}){ann} = ({sa}, {sb});"));
                let scope = self.scopes.last_mut().expect("a scope");
                for name in [na, nb] {
                    scope.floats.push(Var {
                        name,
                        mutable: false,
                    });
                }
            }
            S::If(c, t, e) => {
                let c = self.cond(c);
                self.line(&format!("if {c} {{"));
                self.block(t);
                if let Some(e) = e {
                    self.line("} else {");
                    self.block(e);
                }
                self.line("}");
            }
            S::For(Range::Iter(k), body) => {
                let arrays = self.arrays();
                let a = pick(&arrays, *k).unwrap_or_else(|| arrays[0].clone());
                let v = self.fresh("e");
                self.line(&format!("for &{v} in {}.iter() {{", a.name));
                self.loops.push((None, LoopKind::For));
                self.frozen.push(a.name.clone());
                self.block_with(body, v);
                self.frozen.pop();
                self.loops.pop();
                self.line("}");
            }
            S::For(Range::Enumerate(k), body) => {
                let short: Vec<Arr> = self.arrays().into_iter().filter(|a| a.len == 3).collect();
                let Some(a) = pick(&short, *k) else {
                    return self.stmt(&S::For(Range::Upto3, body.clone()));
                };
                let (i, v) = (self.fresh("i"), self.fresh("e"));
                self.line(&format!(
                    "for ({i}, &{v}) in {}.iter().enumerate() {{",
                    a.name
                ));
                self.loops.push((Some(i), LoopKind::For));
                self.frozen.push(a.name.clone());
                self.block_with(body, v);
                self.frozen.pop();
                self.loops.pop();
                self.line("}");
            }
            S::For(range, body) => {
                let i = self.fresh("i");
                let r = match range {
                    Range::Upto3 => "0..3".to_string(),
                    Range::Incl => "0..=2".into(),
                    Range::Rev => "(0..3).rev()".into(),
                    Range::From1 => "1..3".into(),
                    Range::RevIncl if self.w.rev_exclusive => "(0..3).rev()".into(),
                    Range::RevIncl => "(0..=2).rev()".into(),
                    Range::Len if self.x_len() == 3 => "0..x.len()".into(),
                    Range::Len | Range::Iter(_) | Range::Enumerate(_) => "0..2".into(),
                };
                self.line(&format!("for {i} in {r} {{"));
                self.loops.push((Some(i), LoopKind::For));
                self.block(body);
                self.loops.pop();
                self.line("}");
            }
            S::While(body) => {
                let k = self.fresh("k");
                self.line(&format!("let mut {k} = 0usize;"));
                self.line(&format!("while {k} < 3 {{"));
                self.loops.push((Some(k.clone()), LoopKind::While));
                self.block(body);
                self.loops.pop();
                self.indent += 1;
                self.line(&format!("{k} += 1;"));
                self.indent -= 1;
                self.line("}");
            }
            S::Loop(body) => {
                let k = self.fresh("k");
                self.line(&format!("let mut {k} = 0usize;"));
                self.line("loop {");
                self.indent += 1;
                self.line(&format!("if {k} >= 3 {{"));
                self.indent += 1;
                self.line("break;");
                self.indent -= 1;
                self.line("}");
                self.indent -= 1;
                self.loops.push((Some(k.clone()), LoopKind::While));
                self.block(body);
                self.loops.pop();
                self.indent += 1;
                self.line(&format!("{k} += 1;"));
                self.indent -= 1;
                self.line("}");
            }
            S::Break(c) => {
                if !self.loops.is_empty() {
                    let c = self.cond(c);
                    self.line(&format!("if {c} {{"));
                    self.indent += 1;
                    self.line("break;");
                    self.indent -= 1;
                    self.line("}");
                }
            }
            S::Continue(c) => {
                if self.loops.last().is_some_and(|l| l.1 == LoopKind::For) {
                    let c = self.cond(c);
                    self.line(&format!("if {c} {{"));
                    self.indent += 1;
                    self.line("continue;");
                    self.indent -= 1;
                    self.line("}");
                }
            }
            S::Return(c, e) => {
                let c = self.cond(c);
                let (s, _) = self.expr(e, false);
                self.line(&format!("if {c} {{"));
                self.indent += 1;
                self.line(&format!("return {s};"));
                self.indent -= 1;
                self.line("}");
            }
        }
    }

    fn x_len(&self) -> usize {
        self.scopes[0].arrays.first().map_or(3, |a| a.len)
    }

    /// Whether `x` can be copied into a local (`let mut y = x;`).
    fn owned_x(&self) -> bool {
        self.x_owned
    }
}

fn f1_text(f: F1, s: &str) -> String {
    use F1::*;
    match f {
        Sin => format!("{s}.sin()"),
        Cos => format!("{s}.cos()"),
        Tanh => format!("{s}.tanh()"),
        Atan => format!("{s}.atan()"),
        Asinh => format!("{s}.asinh()"),
        Exp => format!("{s}.sin().exp()"),
        Exp2 => format!("{s}.cos().exp2()"),
        ExpM1 => format!("{s}.sin().exp_m1()"),
        Ln => format!("({s} * {s} + 1.0).ln()"),
        Ln1p => format!("({s} * {s}).ln_1p()"),
        Log10 => format!("({s} * {s} + 0.5).log10()"),
        Log2 => format!("({s} * {s} + 0.5).log2()"),
        Sqrt => format!("({s} * {s} + 0.5).sqrt()"),
        Cbrt => format!("({s} * {s} + 0.5).cbrt()"),
        Asin => format!("({s}.sin() * 0.5).asin()"),
        Acos => format!("({s}.cos() * 0.5).acos()"),
        Atanh => format!("({s}.sin() * 0.5).atanh()"),
        Acosh => format!("({s} * {s} + 1.5).acosh()"),
        Tan => format!("{s}.tanh().tan()"),
        Sinh => format!("{s}.tanh().sinh()"),
        Cosh => format!("{s}.tanh().cosh()"),
        Recip => format!("({s} * {s} + 1.0).recip()"),
        Powi2 => format!("{s}.powi(2)"),
        Powi3 => format!("{s}.powi(3)"),
        PowiNeg => format!("({s} * {s} + 1.0).powi(-2)"),
        Abs => format!("{s}.abs()"),
        Clamp => format!("{s}.clamp(-0.5, 0.75)"),
        ToRadians => format!("{s}.to_radians()"),
        Floor => format!("{s}.floor()"),
        Fract => format!("{s}.fract()"),
    }
}

fn f2_text(f: F2, x: &str, y: &str) -> String {
    use F2::*;
    match f {
        Hypot => format!("{x}.hypot({y})"),
        Atan2 => format!("{x}.atan2({y} * {y} + 0.5)"),
        Powf => format!("({x} * {x} + 0.5).powf({y}.tanh())"),
        Log => format!("({x} * {x} + 1.5).log({y} * {y} + 2.0)"),
        Max => format!("{x}.max({y})"),
        Min => format!("{x}.min({y})"),
    }
}

/// The program's source and a one-line summary, for failure messages.
pub fn describe(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> String {
    let mut s = String::new();
    match p.attr().as_str() {
        "" => s.push_str("#[differentiate]\n"),
        a => {
            let _ = writeln!(s, "#[differentiate({a})]");
        }
    }
    s.push_str(&p.render("f"));
    let _ = writeln!(
        s,
        "at scalars {:?}, x = {:?}",
        &point.0[..p.n_scalars],
        &point.1[..p.len]
    );
    s
}
