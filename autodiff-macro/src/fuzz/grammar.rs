//! A generator of random well-typed programs, as source text: a function
//! to differentiate, the `const` and `static` items it reads, and the
//! annotated helper functions it calls.
//!
//! A [`Prog`] is a small syntax tree whose every reference to a variable, an
//! item or a helper is an index taken modulo the candidates in scope where
//! it is rendered, so every value of the tree, and so every shrink of it,
//! renders to a valid program: deleting a `let` only makes later references
//! pick another variable. Math methods are kept inside their domains by
//! construction (`ln` of `e*e + 1`, `asin` of `0.5 sin e`, ...); indices are
//! in bounds (constants modulo the length, loop indices below 3, `% 2` into
//! arrays of 2, and every other array at least 3 long).
//!
//! The rendered text is valid Rust too (it is compiled for real in
//! `tests/random_programs.rs`): a method is never called on an expression of
//! ambiguous float type (its literals get an `_f64` suffix there) and a
//! `let` of such an expression is annotated `: f64`. A program in `f32` is
//! rendered in `f64` and then respelled ([`narrow_text`]): every `f64`
//! becomes `f32` and every float literal gets the suffix `_f32`.
//!
//! [`CONSTRUCTS`] maps every construct of the README's "What works" to
//! what its production renders; a test checks both directions.

mod chains;
mod checks;
mod floats;
mod patterns;
mod seqs;

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
    /// `x: &Vec<f64>`
    VecRef,
}

/// The float type of a whole program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    F64,
    F32,
}

/// Where the constant struct `Params` (fields `k: f64`, `w: [f64; 3]`,
/// `n: usize`) comes from, if anywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstParam {
    None,
    /// A last parameter `p: &Params`.
    Ref,
    /// The function is a method of `Params` (`&self`).
    SelfRef,
}

/// The value of a `const` or `static` item.
#[derive(Clone, Copy, Debug)]
pub enum ItemKind {
    /// A float (one of [`LITS`]).
    Float(usize),
    /// `[f64; 3]`.
    Array(usize, usize, usize),
    /// `usize` in 1..=3, a loop bound and an index.
    Count(u8),
    /// `i32` in -2..=3, an exponent of `powi`.
    Exp(i8),
}

#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub is_static: bool,
    pub kind: ItemKind,
}

/// A parameter of a helper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HParam {
    /// `f64`
    Scalar,
    /// `[f64; 3]`
    Arr3,
    /// `&[f64]` (at least 3 long)
    Slice,
    /// `usize` (2 or 3), a constant parameter.
    Count,
    /// A destructured pair: `[r, theta]: [f64; 2]`, or (`true`) `&[a, b]:
    /// &[f64; 2]`.
    Pair(bool),
    /// `&f64`, read as `(*r)`, passed as `&(e)`.
    ScalarRef,
}

/// What a helper returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HRet {
    Scalar,
    /// `[f64; 3]`
    Arr3,
    /// `(f64, f64)`
    Pair,
    /// `Vec<f64>` of 3
    Vec,
}

/// How a helper is defined and called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HForm {
    /// `fn NAME_h1(..)`, called `NAME_h1(..)`.
    Free,
    /// In `mod NAME_m`, called `NAME_m::NAME_h1(..)`.
    Module,
    /// An associated function of `Params`, called `Params::NAME_h1(..)`.
    Assoc,
    /// A method of `Params` (`&self`), called `self.NAME_h1(..)` or
    /// `p.NAME_h1(..)`; a free function if there is no `Params` value.
    Method,
}

/// An annotated helper function the program calls.
#[derive(Clone, Debug)]
pub struct Helper {
    pub params: Vec<HParam>,
    pub ret: HRet,
    pub form: HForm,
    pub body: Vec<S>,
    /// The returned expressions (as many as the result has floats; the
    /// first one also sums the helper's top-level locals).
    pub tails: Vec<E>,
}

/// A random program: a function of `n_scalars` parameters `a, b, c, d` (in
/// order), then `x`, an array of `len` floats, optionally `m: [[f64; 2];
/// 2]`, `[r, theta]: [f64; 2]`, `q: bool`, `p: &Params` and `o:
/// Option<f64>`; with its items and helpers.
#[derive(Clone, Debug)]
pub struct Prog {
    pub n_scalars: usize,
    pub arr: ArrParam,
    pub len: usize,
    /// `x: [f64; NAME_N]` with an item `const NAME_N: usize` (owned and
    /// borrowed arrays).
    pub len_item: bool,
    /// `Some(by_ref)`: the parameter `m: [[f64; 2]; 2]` (or `&[[..]]`).
    pub nested: Option<bool>,
    pub consts: ConstParam,
    /// `Some(value)`: a constant parameter `q: bool`, read in conditions.
    pub flag: Option<bool>,
    /// `Params::n`.
    pub n: u8,
    pub width: Width,
    /// `Some(mask)`: `#[differentiate(wrt(..))]` with the parameters whose
    /// bit is set (all of them if none is).
    pub wrt: Option<u8>,
    /// `Some(by_ref)`: a destructured parameter `[r, theta]: [f64; 2]` (or
    /// `&[r, theta]: &[f64; 2]`), after `m`; the companions and `wrt(..)`
    /// name it `r_theta`.
    pub pair: Option<bool>,
    /// `Some(value)`: a constant parameter `o: Option<f64>` (`Some` of a
    /// literal of [`LITS`], or `None`), after the others; the attribute
    /// then has a `wrt(..)`.
    pub opt: Option<Option<usize>>,
    pub items: Vec<Item>,
    pub helpers: Vec<Helper>,
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
    /// `a % (b*b + 0.5)`.
    Rem,
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
    /// `(e*e + 1).powi(K)` with an `i32` item (`2` if there is none).
    PowiItem,
    Abs,
    /// `e.clamp(-0.5, 0.75)`
    Clamp,
    ToRadians,
    /// `e.tanh().to_degrees()`
    ToDegrees,
    Floor,
    Ceil,
    Round,
    Trunc,
    Signum,
    Fract,
    RoundTiesEven,
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
    Copysign,
    /// `e.rem_euclid(f*f + 0.5)`
    RemEuclid,
    /// `e.div_euclid(f*f + 0.5)`
    DivEuclid,
    Midpoint,
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
    /// An element of an array in scope (`x` included); the second index is
    /// that of the inner array of a nested one.
    Elem(u8, Ix, Ix),
    /// An integer expression of an enclosing loop's index, as a float
    /// (`(i as f64)`, `((i + 1) % 3) as f64`, ...); a literal outside loops.
    Index(u8, u8),
    /// A float `const`/`static` item, an element of an array item, or an
    /// integer item as a float; a literal if there is none.
    Item(u8, Ix),
    /// A field of the constant struct (`p.k`, `self.w[i]`, `p.n as f64`);
    /// a literal if there is none.
    Field(u8, Ix),
    /// A constant expression: `std::f64::consts::PI`, `5.0_f64.sqrt()`,
    /// `(x.len() as f64)`, ...
    Const(u8),
    Neg(Box<E>),
    Bin(BinOp, Box<E>, Box<E>),
    /// A float method; `true`: in path form (`f64::sin(x)`).
    F1(F1, Box<E>, bool),
    F2(F2, Box<E>, Box<E>, bool),
    MulAdd(Box<E>, Box<E>, Box<E>, bool),
    If(Box<C>, Box<E>, Box<E>),
    /// A call of a helper returning a float, with arguments for its float
    /// parameters and a selector for its array ones; a literal if there is
    /// none.
    Call(u8, Vec<E>, u8),
    /// `((e as f32).sin() as f64)` in an `f64` program (the expression in
    /// an `f32` one).
    Narrow(Box<E>),
    /// An iterator chain (see `chains`).
    Chain(Box<chains::ChainE>),
}

/// A condition.
#[derive(Clone, Debug)]
pub enum C {
    Cmp(Cmp, E, E),
    And(Box<C>, Box<C>),
    Or(Box<C>, Box<C>),
    Not(Box<C>),
    /// `e.is_sign_negative()`, or `!e.is_nan()` (always true).
    Query(bool, E),
    /// The constant parameter `q` (`!q` if `true`); `true` without it.
    Flag(bool),
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
    /// `let mut v: Vec<f64> = vec![0.0; 3];` (`true`: `vec![0.0; x.len()]`)
    Vec(bool),
    /// `let mut m = [[0.0_f64; 3]; 3];`
    Nested,
}

/// The update of an array element.
#[derive(Clone, Copy, Debug)]
pub enum ElemOp {
    Set,
    Add,
    Sub,
    Mul,
    /// `/= (e*e + 1)`
    Div,
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
    /// `0..N` for an integer bound in scope (an item, `p.n`, a helper's
    /// `usize` parameter); `0..2` if there is none.
    Count(u8),
    /// `for &v in a.iter()` over an array in scope (its elements are
    /// floats of the body, and it is not updated in the body); `true`:
    /// `for v in a.iter()`, reading `*v`.
    Iter(u8, bool),
    /// `for (i, &v) in a.iter().enumerate()` over an array of length 3
    /// (`true`: `(i, v)`, reading `*v`).
    Enumerate(u8, bool),
    /// `for v in a` over an array value of length 3.
    ByValue(u8),
}

/// A statement.
#[derive(Clone, Debug)]
pub enum S {
    /// `let [mut] v[: f64] = e;`, or `let NAME = e;` shadowing a variable
    /// in scope.
    Let {
        mutable: bool,
        shadow: Option<u8>,
        annotate: bool,
        e: E,
    },
    /// `v = e;` to a mutable float variable in scope (a `let` if none).
    Assign(u8, E),
    Compound(u8, CompOp, E),
    ArrNew(ArrInit),
    /// `arr[ix] = e;`, `+=`, `-=`, `*=`, `/=` to a local array in scope
    /// (`m[i][j]` for a nested one).
    ArrSet {
        arr: u8,
        ix: Ix,
        ix2: Ix,
        op: ElemOp,
        e: E,
    },
    /// `let (v, w) = (e, f);`
    LetPair(E, E),
    /// `let mut t = (e, f);`, whose items `t.0` and `t.1` are then float
    /// variables (read and assigned).
    LetTuple(E, E),
    /// `let w[: [f64; 3]] = h(..);` for a helper returning an array
    /// (`true`: annotated).
    CallArr(u8, Vec<E>, u8, bool),
    /// `let (v, w) = h(..);` for a helper returning a pair.
    CallPair(u8, Vec<E>, u8),
    If(C, Vec<S>, Option<Vec<S>>),
    /// `if c { .. } else if d { .. } else { .. }`
    ElseIf(C, Vec<S>, C, Vec<S>, Vec<S>),
    /// A nested block `{ .. }`.
    Block(Vec<S>),
    /// A `for` loop; `Some(k)`: `#[checkpoint]` (`k = 0`) or
    /// `#[checkpoint(every = k)]`, whose body then has no `break` or
    /// `return`.
    For(Range, Vec<S>, Option<u8>),
    /// `let mut k = 0usize; while k < 3 { let i = k; k += 1; body }`
    While(Vec<S>),
    /// `let mut k = 0usize; loop { if k >= 3 { break; } let i = k; k += 1;
    /// body }`
    Loop(Vec<S>),
    /// `if c { break; }` inside a loop; nothing elsewhere.
    Break(C),
    /// `if c { continue; }` inside a loop; nothing elsewhere.
    Continue(C),
    /// `if c { return e; }`
    Return(C, E),
    /// A closure, an update through one, a collected `Vec`, a `for` over a
    /// chain (see `chains`).
    Chain(chains::ChainS),
    /// Patterns, `match`, `Option`s and enums (see `patterns`).
    Pat(patterns::PatS),
    /// An assertion, or a panic in a branch never taken (see `checks`).
    Check(checks::CheckS),
    /// `sin_cos`, `f64::from`, `.into()` (see `floats`).
    Float(floats::FloatS),
    /// Subslices, `split_at`, `first`/`last`, `vec![a, b, c]` (see `seqs`).
    Seq(seqs::SeqS),
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
        3 => prop_oneof![Just(Tan), Just(Sinh), Just(Cosh), Just(Recip), Just(Powi2), Just(Powi3), Just(PowiNeg), Just(PowiItem)],
        2 => prop_oneof![Just(Abs), Just(Clamp), Just(ToRadians), Just(ToDegrees), Just(Fract)],
        1 => prop_oneof![Just(Floor), Just(Ceil), Just(Round), Just(Trunc), Just(Signum)],
        1 => Just(RoundTiesEven),
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
        Just(Min),
        Just(Copysign),
        Just(RemEuclid),
        Just(DivEuclid),
        Just(Midpoint),
    ]
}

fn cmp() -> impl Strategy<Value = Cmp> {
    prop_oneof![Just(Cmp::Lt), Just(Cmp::Le), Just(Cmp::Gt), Just(Cmp::Ge)]
}

fn leaf() -> BoxedStrategy<E> {
    prop_oneof![
        10 => any::<u8>().prop_map(E::Var),
        4 => (0..LITS.len()).prop_map(E::Lit),
        6 => (any::<u8>(), ix(), ix()).prop_map(|(a, i, j)| E::Elem(a, i, j)),
        2 => (any::<u8>(), any::<u8>()).prop_map(|(k, op)| E::Index(k, op)),
        3 => (any::<u8>(), ix()).prop_map(|(k, i)| E::Item(k, i)),
        2 => (any::<u8>(), ix()).prop_map(|(k, i)| E::Field(k, i)),
        1 => any::<u8>().prop_map(E::Const),
    ]
    .boxed()
}

fn cond_of(e: BoxedStrategy<E>) -> BoxedStrategy<C> {
    let atom = (cmp(), e.clone(), e.clone())
        .prop_map(|(c, a, b)| C::Cmp(c, a, b))
        .boxed();
    prop_oneof![
        12 => atom.clone(),
        2 => (atom.clone(), atom.clone()).prop_map(|(a, b)| C::And(Box::new(a), Box::new(b))),
        2 => (atom.clone(), atom.clone()).prop_map(|(a, b)| C::Or(Box::new(a), Box::new(b))),
        2 => atom.prop_map(|a| C::Not(Box::new(a))),
        1 => (any::<bool>(), e).prop_map(|(s, e)| C::Query(s, e)),
        1 => any::<bool>().prop_map(C::Flag),
    ]
    .boxed()
}

/// Expressions of at most `depth` levels and about `size` nodes.
pub fn expr(depth: u32, size: u32) -> BoxedStrategy<E> {
    leaf()
        .prop_recursive(depth, size, 3, |inner| {
            let b = |e: E| Box::new(e);
            let op = prop_oneof![
                4 => Just(BinOp::Add),
                4 => Just(BinOp::Sub),
                4 => Just(BinOp::Mul),
                3 => Just(BinOp::Div),
                1 => Just(BinOp::Rem),
            ];
            let path = || proptest::bool::weighted(0.2);
            prop_oneof![
                2 => inner.clone().prop_map(move |e| E::Neg(b(e))),
                10 => (op, inner.clone(), inner.clone()).prop_map(move |(o, x, y)| E::Bin(o, b(x), b(y))),
                8 => (f1(), inner.clone(), path()).prop_map(move |(f, x, p)| E::F1(f, b(x), p)),
                4 => (f2(), inner.clone(), inner.clone(), path())
                    .prop_map(move |(f, x, y, p)| E::F2(f, b(x), b(y), p)),
                2 => (inner.clone(), inner.clone(), inner.clone(), path())
                    .prop_map(move |(x, y, z, p)| E::MulAdd(b(x), b(y), b(z), p)),
                2 => (cond_of(leaf()), inner.clone(), inner.clone())
                    .prop_map(move |(c, x, y)| E::If(Box::new(c), b(x), b(y))),
                3 => (any::<u8>(), vec(inner.clone(), 3), any::<u8>())
                    .prop_map(|(h, args, sel)| E::Call(h, args, sel)),
                1 => inner.clone().prop_map(move |e| E::Narrow(b(e))),
                3 => chains::chain(inner),
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
        2 => any::<u8>().prop_map(Count),
        2 => (any::<u8>(), any::<bool>()).prop_map(|(k, d)| Iter(k, d)),
        2 => (any::<u8>(), any::<bool>()).prop_map(|(k, d)| Enumerate(k, d)),
        1 => any::<u8>().prop_map(ByValue),
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

/// A constant leaf: the values a variable is set to in the productions
/// that mix constants into varied state.
fn const_leaf() -> BoxedStrategy<E> {
    prop_oneof![
        4 => (any::<u8>(), ix()).prop_map(|(k, i)| E::Item(k, i)),
        2 => (any::<u8>(), ix()).prop_map(|(k, i)| E::Field(k, i)),
        1 => any::<u8>().prop_map(E::Const),
        1 => (0..LITS.len()).prop_map(E::Lit),
    ]
    .boxed()
}

/// Statements; `nested` ones (in the blocks of `if`s and loops) mostly
/// update the variables of the enclosing blocks, so their work reaches the
/// result.
fn stmt(depth: u32, sz: Sizes, nested: bool) -> BoxedStrategy<S> {
    let e = || expr(sz.expr_depth, sz.expr_size);
    let c = || cond_of(expr(1, 3));
    let (lets, updates) = if nested { (2, 6) } else { (6, 4) };
    let args = || vec(expr(2, 4), 3);
    let simple = prop_oneof![
        lets => (any::<bool>(), proptest::option::weighted(0.2, any::<u8>()), proptest::bool::weighted(0.2), e())
            .prop_map(|(mutable, shadow, annotate, e)| S::Let { mutable, shadow, annotate, e }),
        2 => (any::<u8>(), e()).prop_map(|(t, e)| S::Assign(t, e)),
        // A constant mixed into varied state (`v = K;`).
        1 => (any::<u8>(), const_leaf()).prop_map(|(t, e)| S::Assign(t, e)),
        updates => (any::<u8>(), comp_op(), e()).prop_map(|(t, o, e)| S::Compound(t, o, e)),
        2 => prop_oneof![
            any::<bool>().prop_map(ArrInit::Zeros),
            (expr(2, 4), expr(2, 4), expr(2, 4)).prop_map(|(a, b, c)| ArrInit::Lit(a, b, c)),
            any::<u8>().prop_map(ArrInit::Copy),
            any::<bool>().prop_map(ArrInit::Vec),
            Just(ArrInit::Nested),
        ]
        .prop_map(S::ArrNew),
        updates => (any::<u8>(), ix(), ix(), elem_op(), e())
            .prop_map(|(arr, ix, ix2, op, e)| S::ArrSet { arr, ix, ix2, op, e }),
        1 => (expr(2, 6), expr(2, 6)).prop_map(|(a, b)| S::LetPair(a, b)),
        1 => (expr(2, 6), expr(2, 6)).prop_map(|(a, b)| S::LetTuple(a, b)),
        1 => (any::<u8>(), args(), any::<u8>(), any::<bool>())
            .prop_map(|(h, a, s, ann)| S::CallArr(h, a, s, ann)),
        1 => (any::<u8>(), args(), any::<u8>()).prop_map(|(h, a, s)| S::CallPair(h, a, s)),
        1 => c().prop_map(S::Break),
        1 => c().prop_map(S::Continue),
        1 => (c(), expr(2, 4)).prop_map(|(c, e)| S::Return(c, e)),
        3 => chains::stmt(e()),
        4 => patterns::stmt(e(), c()),
        1 => checks::stmt(e()),
        1 => floats::stmt(e()),
        1 => seqs::stmt(e()),
    ];
    if depth == 0 {
        return simple.boxed();
    }
    let block = move || vec(stmt(depth - 1, sz, true), 0..=sz.nested);
    let checkpoint = proptest::option::weighted(0.15, 0u8..3);
    prop_oneof![
        8 => simple,
        2 => (c(), block(), proptest::option::of(block())).prop_map(|(c, t, e)| S::If(c, t, e)),
        1 => (c(), block(), c(), block(), block())
            .prop_map(|(c, t, d, u, e)| S::ElseIf(c, t, d, u, e)),
        1 => block().prop_map(S::Block),
        3 => (range(), block(), checkpoint).prop_map(|(r, b, k)| S::For(r, b, k)),
        1 => block().prop_map(S::While),
        1 => block().prop_map(S::Loop),
        2 => chains::for_stmt(c(), block().boxed()),
    ]
    .boxed()
}

fn elem_op() -> impl Strategy<Value = ElemOp> {
    prop_oneof![
        2 => Just(ElemOp::Set),
        3 => Just(ElemOp::Add),
        1 => Just(ElemOp::Sub),
        1 => Just(ElemOp::Mul),
        1 => Just(ElemOp::Div),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    let n = LITS.len();
    let kind = prop_oneof![
        3 => (0..n).prop_map(ItemKind::Float),
        2 => (0..n, 0..n, 0..n).prop_map(|(a, b, c)| ItemKind::Array(a, b, c)),
        1 => (1u8..=3).prop_map(ItemKind::Count),
        1 => (-2i8..=3).prop_map(ItemKind::Exp),
    ];
    (any::<bool>(), kind).prop_map(|(is_static, kind)| Item { is_static, kind })
}

fn helper() -> impl Strategy<Value = Helper> {
    let sz = Sizes {
        top: 3,
        nested: 2,
        depth: 1,
        expr_depth: 2,
        expr_size: 6,
    };
    let param = prop_oneof![
        4 => Just(HParam::Scalar),
        2 => Just(HParam::Arr3),
        2 => Just(HParam::Slice),
        1 => Just(HParam::Count),
        1 => any::<bool>().prop_map(HParam::Pair),
        1 => Just(HParam::ScalarRef),
    ];
    let ret = prop_oneof![
        3 => Just(HRet::Scalar),
        2 => Just(HRet::Arr3),
        2 => Just(HRet::Pair),
        1 => Just(HRet::Vec),
    ];
    let form = prop_oneof![
        3 => Just(HForm::Free),
        1 => Just(HForm::Module),
        1 => Just(HForm::Assoc),
        1 => Just(HForm::Method),
    ];
    (
        vec(param, 1..=3),
        ret,
        form,
        vec(stmt(sz.depth, sz, false), 0..=sz.top),
        vec(expr(2, 6), 3),
    )
        .prop_map(|(mut params, ret, form, body, tails)| {
            // At least one differentiable parameter.
            if params.iter().all(|p| *p == HParam::Count) {
                params.insert(0, HParam::Scalar);
            }
            Helper {
                params,
                ret,
                form,
                body,
                tails,
            }
        })
}

/// Random programs of the given sizes.
pub fn prog(sz: Sizes) -> impl Strategy<Value = Prog> {
    let arr = prop_oneof![
        3 => Just(ArrParam::Slice),
        3 => Just(ArrParam::Owned),
        3 => Just(ArrParam::Ref),
        1 => Just(ArrParam::VecRef),
    ];
    let consts = prop_oneof![
        2 => Just(ConstParam::None),
        1 => Just(ConstParam::Ref),
        1 => Just(ConstParam::SelfRef),
    ];
    let width = prop_oneof![6 => Just(Width::F64), 1 => Just(Width::F32)];
    let shape = (
        2usize..=4,
        arr,
        3usize..=4,
        proptest::bool::weighted(0.2),
        proptest::option::weighted(0.15, any::<bool>()),
        consts,
        2u8..=3,
        width,
        proptest::option::weighted(0.15, any::<bool>()),
    );
    (
        shape,
        proptest::option::weighted(0.25, any::<u8>()),
        vec(item(), 0..=4),
        vec(helper(), 0..=2),
        vec(prop_oneof![3 => expr(2, 6), 1 => const_leaf()], 1..=2),
        vec(stmt(sz.depth, sz, false), 1..=sz.top),
        expr(sz.expr_depth, sz.expr_size),
        (
            proptest::option::weighted(0.15, any::<bool>()),
            proptest::option::weighted(0.15, proptest::option::of(0..LITS.len())),
        ),
    )
        .prop_map(
            |(
                (n_scalars, arr, len, len_item, nested, consts, n, width, flag),
                wrt,
                items,
                helpers,
                accs,
                body,
                tail,
                (pair, opt),
            )| {
                // A mutable variable or two first, for the statements that
                // update one; some start from a constant (`let mut v = K;`).
                let mut all: Vec<S> = accs
                    .into_iter()
                    .map(|e| S::Let {
                        mutable: true,
                        shadow: None,
                        annotate: false,
                        e,
                    })
                    .collect();
                all.extend(body);
                Prog {
                    n_scalars,
                    arr,
                    len,
                    len_item: len_item && matches!(arr, ArrParam::Owned | ArrParam::Ref),
                    nested,
                    consts,
                    flag,
                    n,
                    width,
                    // An `Option` parameter needs a `wrt(..)`.
                    wrt: if opt.is_some() { wrt.or(Some(0)) } else { wrt },
                    pair,
                    opt,
                    items,
                    helpers,
                    body: all,
                    tail,
                }
            },
        )
}

/// A point to evaluate a program at: values of the scalar parameters and
/// of `Params::k` and `Params::w` and of `[r, theta]` (`.0`: `a, b, c, d,
/// k, w0, w1, w2, r, theta`), and of
/// `x` and `m` (`.1`: four each), in [-1.5, 1.5].
pub fn point() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    (vec(-1.5f64..1.5, 10), vec(-1.5f64..1.5, 8))
}

// ---------------------------------------------------------------------------
// Rendering.

pub const SCALARS: [&str; 4] = ["a", "b", "c", "d"];

/// The definition of the constant struct the programs read, as the
/// compiled corpus defines it.
pub const PARAMS_STRUCT: &str = "pub struct Params {
    pub k: f64,
    pub w: [f64; 3],
    pub n: usize,
}
";

impl Prog {
    /// The differentiable-parameter candidates, in order: the scalars, `x`,
    /// then `m` if present (the `&Params` parameter is a constant).
    pub fn param_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = SCALARS[..self.n_scalars].to_vec();
        names.push("x");
        if self.nested.is_some() {
            names.push("m");
        }
        if self.pair.is_some() {
            names.push("r_theta");
        }
        names
    }

    /// Which of [`Self::param_names`] are differentiable.
    pub fn wrt_params(&self) -> Vec<bool> {
        let n = self.param_names().len();
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
            .param_names()
            .into_iter()
            .zip(self.wrt_params())
            .filter(|(_, w)| *w)
            .map(|(n, _)| n)
            .collect();
        format!("wrt({})", names.join(", "))
    }

    /// The type of `x` as written (in `f64`; see [`narrow_text`]).
    pub fn arr_ty(&self, name: &str) -> String {
        let len = if self.len_item {
            format!("{}_N", name.to_uppercase())
        } else {
            self.len.to_string()
        };
        match self.arr {
            ArrParam::Slice => "&[f64]".into(),
            ArrParam::Owned => format!("[f64; {len}]"),
            ArrParam::Ref => format!("&[f64; {len}]"),
            ArrParam::VecRef => "&Vec<f64>".into(),
        }
    }

    /// Whether the function is a method of `Params`.
    pub fn is_method(&self) -> bool {
        self.consts == ConstParam::SelfRef
    }

    /// The main function's source alone, named `name` (for the tests that
    /// only expand it).
    pub fn render(&self, name: &str) -> String {
        self.parts(name, Workarounds::default()).1
    }

    /// The whole program: items, helpers and the function `name`, each
    /// function with its `#[differentiate]`; a method and method helpers in
    /// `impl Params`. Does not define `Params` itself ([`PARAMS_STRUCT`]).
    pub fn program(&self, name: &str) -> String {
        self.program_with(name, Workarounds::default())
    }

    /// Like [`Self::program`], avoiding the constructs of open bugs as told
    /// by `w`: whether a failure goes away then tells whether it is that
    /// bug.
    pub fn program_with(&self, name: &str, w: Workarounds) -> String {
        let (support, main) = self.parts(name, w);
        let attr = match self.attr().as_str() {
            "" => "#[differentiate]".to_string(),
            a => format!("#[differentiate({a})]"),
        };
        let main = if self.is_method() {
            format!("impl Params {{\n{attr}\n{main}}}\n")
        } else {
            format!("{attr}\n{main}")
        };
        let text = format!("{support}{main}");
        match self.width {
            Width::F64 => text,
            Width::F32 => narrow_text(&text),
        }
    }

    /// The items and helpers, and the main function, as `f64` text.
    fn parts(&self, name: &str, w: Workarounds) -> (String, String) {
        let upper = name.to_uppercase();
        let ctx = self.context(name, w);
        let mut support = String::new();
        if self.len_item {
            let _ = writeln!(support, "const {upper}_N: usize = {};", self.len);
        }
        for (k, it) in self.items.iter().enumerate() {
            let kw = if it.is_static { "static" } else { "const" };
            let n = format!("{upper}_K{k}");
            let l = |i: usize| lit(LITS[i % LITS.len()], false);
            let _ = match it.kind {
                ItemKind::Float(v) => writeln!(support, "{kw} {n}: f64 = {};", l(v)),
                ItemKind::Array(a, b, c) => {
                    writeln!(
                        support,
                        "{kw} {n}: [f64; 3] = [{}, {}, {}];",
                        l(a),
                        l(b),
                        l(c)
                    )
                }
                ItemKind::Count(c) => writeln!(support, "{kw} {n}: usize = {c};"),
                ItemKind::Exp(e) => writeln!(support, "{kw} {n}: i32 = {e};"),
            };
        }
        let mut in_impl = String::new();
        let mut in_mod = String::new();
        for (k, h) in self.helpers.iter().enumerate() {
            let h = &Helper {
                ret: match h.ret {
                    HRet::Vec if w.vec_as_array => HRet::Arr3,
                    r => r,
                },
                ..h.clone()
            };
            let text = self.render_helper(&ctx, k, h);
            match ctx.helpers[k].form {
                HForm::Free => {
                    let _ = write!(support, "#[differentiate]\n{text}");
                }
                HForm::Module => {
                    let _ = write!(in_mod, "    #[differentiate]\n    pub {}", indent(&text));
                }
                HForm::Assoc | HForm::Method => {
                    let _ = write!(in_impl, "    #[differentiate]\n    {}", indent(&text));
                }
            }
        }
        if !in_mod.is_empty() {
            let _ = write!(
                support,
                "mod {name}_m {{\n    use super::*;\n\n{in_mod}}}\n"
            );
        }
        if !in_impl.is_empty() {
            // Annotated itself, so that its associated functions are reached
            // through `Self::`.
            let _ = write!(support, "#[differentiate]\nimpl Params {{\n{in_impl}}}\n");
        }
        let main = self.render_main(&ctx, name);
        // The enum that `patterns` matches on, if some function uses it.
        if support.contains(&format!("{}::", ctx.act)) || main.contains(&format!("{}::", ctx.act)) {
            support = format!("{}{support}", patterns::enum_item(&ctx.act));
        }
        (support, main)
    }

    fn context(&self, name: &str, w: Workarounds) -> Ctx {
        let upper = name.to_uppercase();
        let items = self
            .items
            .iter()
            .enumerate()
            .map(|(k, it)| (format!("{upper}_K{k}"), it.kind))
            .collect();
        let fields = match self.consts {
            ConstParam::None => None,
            ConstParam::Ref => Some("p"),
            ConstParam::SelfRef => Some("self"),
        };
        let helpers = self
            .helpers
            .iter()
            .enumerate()
            .map(|(k, h)| {
                let form = match (h.form, fields) {
                    (HForm::Method, None) => HForm::Free,
                    (HForm::Assoc, _) if w.assoc_as_free => HForm::Free,
                    (f, _) => f,
                };
                let fname = format!("{name}_h{k}");
                let call = match form {
                    HForm::Free => fname.clone(),
                    HForm::Module => format!("{name}_m::{fname}"),
                    HForm::Assoc => format!("Params::{fname}"),
                    HForm::Method => format!("{}.{fname}", fields.unwrap_or("p")),
                };
                RHelper {
                    name: fname,
                    call,
                    params: h.params.clone(),
                    ret: match h.ret {
                        HRet::Vec if w.vec_as_array => HRet::Arr3,
                        r => r,
                    },
                    form,
                }
            })
            .collect();
        let mut act: String = name.chars().take(1).flat_map(char::to_uppercase).collect();
        act.push_str(&name[name.chars().next().map_or(0, char::len_utf8)..]);
        act.push_str("Act");
        Ctx {
            items,
            helpers,
            fields,
            narrow: self.width == Width::F32,
            w,
            act,
        }
    }

    fn render_helper(&self, ctx: &Ctx, k: usize, h: &Helper) -> String {
        let rh = &ctx.helpers[k];
        let mut r = Renderer::new(ctx, h.ret, false, rh.form == HForm::Method);
        let mut params = Vec::new();
        if rh.form == HForm::Method {
            params.push("&self".to_string());
        }
        for (j, p) in h.params.iter().enumerate() {
            let name = match p {
                HParam::Scalar => format!("s{j}"),
                HParam::Arr3 | HParam::Slice => format!("y{j}"),
                HParam::Count => format!("n{j}"),
                HParam::Pair(_) => String::new(),
                HParam::ScalarRef => format!("r{j}"),
            };
            match p {
                HParam::Scalar => {
                    params.push(format!("{name}: f64"));
                    r.scopes[0].floats.push(Var::new(&name, false));
                }
                HParam::Arr3 | HParam::Slice => {
                    let owned = *p == HParam::Arr3;
                    params.push(format!(
                        "{name}: {}",
                        if owned { "[f64; 3]" } else { "&[f64]" }
                    ));
                    r.scopes[0].arrays.push(Arr {
                        name,
                        len: 3,
                        rows: None,
                        mutable: false,
                        is_vec: false,
                        owned,
                        exact: owned,
                    });
                }
                HParam::Count => {
                    params.push(format!("{name}: usize"));
                    r.counts.push(name);
                }
                HParam::Pair(by_ref) => {
                    // The README's names for the first pair of each kind.
                    let first = !h.params[..j].contains(p);
                    let (u, v) = match (by_ref, first) {
                        (true, true) => ("a".to_string(), "b".to_string()),
                        (false, true) => ("r".to_string(), "theta".to_string()),
                        (true, false) => (format!("a{j}"), format!("b{j}")),
                        (false, false) => (format!("r{j}"), format!("theta{j}")),
                    };
                    params.push(if *by_ref {
                        format!("&[{u}, {v}]: &[f64; 2]")
                    } else {
                        format!("[{u}, {v}]: [f64; 2]")
                    });
                    for n in [u, v] {
                        r.scopes[0].floats.push(Var::new(&n, false));
                    }
                }
                HParam::ScalarRef => {
                    params.push(format!("{name}: &f64"));
                    r.scopes[0].floats.push(Var {
                        deref: true,
                        ..Var::new(&name, false)
                    });
                }
            }
        }
        r.n_params = r.scopes[0].arrays.len();
        r.float_params = r.scopes[0].floats.len();
        r.stmts(&h.body);
        let first = r.tail_sum(&h.tails[0]);
        let ret_ty = match h.ret {
            HRet::Scalar => "f64",
            HRet::Arr3 => "[f64; 3]",
            HRet::Pair => "(f64, f64)",
            HRet::Vec => "Vec<f64>",
        };
        let rest: Vec<String> = h.tails[1..].iter().map(|e| r.expr(e, false).0).collect();
        let value = match h.ret {
            HRet::Scalar => first,
            HRet::Arr3 => format!("[{first}, {}, {}]", rest[0], rest[1]),
            HRet::Pair => format!("({first}, {})", rest[0]),
            HRet::Vec => {
                r.line("let mut out = vec![0.0; 3];");
                r.line(&format!("out[0] = {first};"));
                r.line(&format!("out[1] = {};", rest[0]));
                r.line(&format!("out[2] = {};", rest[1]));
                "out".into()
            }
        };
        format!(
            "fn {}({}) -> {ret_ty} {{\n{}    {value}\n}}\n",
            rh.name,
            params.join(", "),
            r.out
        )
    }

    fn render_main(&self, ctx: &Ctx, name: &str) -> String {
        let mut r = Renderer::new(ctx, HRet::Scalar, true, self.is_method());
        for s in &SCALARS[..self.n_scalars] {
            r.scopes[0].floats.push(Var::new(s, false));
        }
        r.scopes[0].arrays.push(Arr {
            name: "x".into(),
            len: self.len,
            rows: None,
            mutable: false,
            is_vec: false,
            owned: self.arr == ArrParam::Owned,
            exact: true,
        });
        r.x_ty = Some(self.arr);
        r.flag = self.flag.is_some();
        r.opt = self.opt.is_some();
        r.x_len_item = self.len_item;
        if self.pair.is_some() {
            for s in ["r", "theta"] {
                r.scopes[0].floats.push(Var::new(s, false));
            }
        }
        if let Some(by_ref) = self.nested {
            r.scopes[0].arrays.push(Arr {
                name: "m".into(),
                len: 2,
                rows: Some(2),
                mutable: false,
                is_vec: false,
                owned: !by_ref,
                exact: true,
            });
        }
        r.n_params = r.scopes[0].arrays.len();
        r.float_params = r.scopes[0].floats.len();
        r.stmts(&self.body);
        let tail = r.tail_sum(&self.tail);
        let mut params: Vec<String> = Vec::new();
        if self.is_method() {
            params.push("&self".into());
        }
        params.extend(
            SCALARS[..self.n_scalars]
                .iter()
                .map(|s| format!("{s}: f64")),
        );
        params.push(format!("x: {}", self.arr_ty(name)));
        match self.nested {
            Some(false) => params.push("m: [[f64; 2]; 2]".into()),
            Some(true) => params.push("m: &[[f64; 2]; 2]".into()),
            None => {}
        }
        match self.pair {
            Some(false) => params.push("[r, theta]: [f64; 2]".into()),
            Some(true) => params.push("&[r, theta]: &[f64; 2]".into()),
            None => {}
        }
        if self.flag.is_some() {
            params.push("q: bool".into());
        }
        if self.consts == ConstParam::Ref {
            params.push("p: &Params".into());
        }
        if self.opt.is_some() {
            params.push("o: Option<f64>".into());
        }
        format!(
            "fn {name}({}) -> f64 {{\n{}    {tail}\n}}\n",
            params.join(", "),
            r.out,
        )
    }
}

fn indent(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 && !line.is_empty() {
            out.push_str("    ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The text of an `f64` program respelled in `f32`: every `f64` becomes
/// `f32`, and every float literal without a suffix gets `_f32`.
pub fn narrow_text(text: &str) -> String {
    let text = text.replace("f64", "f32");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'));
        if !starts {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        let float = j + 1 < chars.len() && chars[j] == '.' && chars[j + 1].is_ascii_digit();
        if float {
            j += 1;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
        }
        out.extend(&chars[i..j]);
        if float && !(j < chars.len() && (chars[j] == '_' || chars[j].is_alphabetic())) {
            out.push_str("_f32");
        }
        i = j;
    }
    out
}

/// Equivalent spellings that avoid open bugs (see `regressions.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Workarounds {
    /// `Vec` locals as arrays (`[0.0_f64; 3]`), helpers returning
    /// `[f64; 3]` instead of `Vec<f64>`.
    pub vec_as_array: bool,
    /// `(0..=2).rev()` as `(0..3).rev()`.
    pub rev_exclusive: bool,
    /// A constant read (an item, a field, an associated constant) as
    /// `(K + 0.0)`, a float expression whose type the macro sees.
    pub const_plus_zero: bool,
    /// A copy of an array item as a literal of sums (`[(K[0] + 0.0), ..]`).
    pub const_arrays_as_sums: bool,
    /// `let w = h(..)` of a helper returning an array annotated
    /// `let w: [f64; 3] = h(..)`.
    pub annotate_call_arrays: bool,
    /// A call of a helper returning a float as `(h(..) + 0.0)`.
    pub call_scalars_as_sums: bool,
    /// No early `return` of a tuple inside a loop.
    pub no_pair_return_in_loops: bool,
    /// Both results of `let (u, w) = h(..)` read right away.
    pub read_pair_results: bool,
    /// `#[checkpoint]` only on loops at the top level of the function
    /// (in no block, and before any early `return`).
    pub checkpoint_top_level: bool,
    /// Associated helpers (`Params::h`) as free functions.
    pub assoc_as_free: bool,
    /// No `for e in K.iter()` reading `*e` over an item `K` (`&e` instead).
    pub no_deref_over_items: bool,
    /// Array items not passed to helpers (a literal instead).
    pub no_item_array_args: bool,
    /// The zeros of local arrays and `Vec`s written `0.0_f64`.
    pub suffixed_zeros: bool,
}

impl Workarounds {
    /// No workaround.
    pub const NONE: Workarounds = Workarounds {
        vec_as_array: false,
        rev_exclusive: false,
        const_plus_zero: false,
        const_arrays_as_sums: false,
        annotate_call_arrays: false,
        call_scalars_as_sums: false,
        no_pair_return_in_loops: false,
        read_pair_results: false,
        checkpoint_top_level: false,
        assoc_as_free: false,
        no_deref_over_items: false,
        no_item_array_args: false,
        suffixed_zeros: false,
    };

    /// Every workaround of `self` and of `other`.
    pub fn union(self, other: &Workarounds) -> Workarounds {
        Workarounds {
            vec_as_array: self.vec_as_array || other.vec_as_array,
            rev_exclusive: self.rev_exclusive || other.rev_exclusive,
            const_plus_zero: self.const_plus_zero || other.const_plus_zero,
            const_arrays_as_sums: self.const_arrays_as_sums || other.const_arrays_as_sums,
            annotate_call_arrays: self.annotate_call_arrays || other.annotate_call_arrays,
            call_scalars_as_sums: self.call_scalars_as_sums || other.call_scalars_as_sums,
            no_pair_return_in_loops: self.no_pair_return_in_loops || other.no_pair_return_in_loops,
            read_pair_results: self.read_pair_results || other.read_pair_results,
            checkpoint_top_level: self.checkpoint_top_level || other.checkpoint_top_level,
            assoc_as_free: self.assoc_as_free || other.assoc_as_free,
            no_deref_over_items: self.no_deref_over_items || other.no_deref_over_items,
            no_item_array_args: self.no_item_array_args || other.no_item_array_args,
            suffixed_zeros: self.suffixed_zeros || other.suffixed_zeros,
        }
    }
}

#[derive(Clone)]
struct Var {
    name: String,
    mutable: bool,
    /// A `&f64` (a loop's `v` of `x.iter()`), read as `(*v)`.
    deref: bool,
}

impl Var {
    fn new(name: &str, mutable: bool) -> Var {
        Var {
            name: name.into(),
            mutable,
            deref: false,
        }
    }

    fn text(&self) -> String {
        if self.deref {
            format!("(*{})", self.name)
        } else {
            self.name.clone()
        }
    }
}

#[derive(Clone)]
struct Arr {
    name: String,
    /// The length (of each row, for a nested array).
    len: usize,
    /// The number of rows of a nested array.
    rows: Option<usize>,
    mutable: bool,
    /// A `Vec`, which is not `Copy`.
    is_vec: bool,
    /// A value (not a reference): it can be copied and iterated by value.
    owned: bool,
    /// Whether `len` is its length (not only a lower bound, as for a
    /// helper's slice parameter).
    exact: bool,
}

#[derive(Default, Clone)]
struct Scope {
    floats: Vec<Var>,
    arrays: Vec<Arr>,
}

/// What a renderer knows of the program around the function it renders.
struct Ctx {
    /// Items by name.
    items: Vec<(String, ItemKind)>,
    helpers: Vec<RHelper>,
    /// The expression of the `Params` value (`p`, `self`), if any.
    fields: Option<&'static str>,
    /// An `f32` program: fields (which are `f64`) are cast.
    narrow: bool,
    w: Workarounds,
    /// The name of the enum of `patterns` (`FAct` for the function `f`).
    act: String,
}

struct RHelper {
    name: String,
    /// The callee as written at a call, up to the `(`.
    call: String,
    params: Vec<HParam>,
    ret: HRet,
    form: HForm,
}

#[derive(Clone)]
struct Loop {
    /// The index (`usize`, always below 3), if the loop has one.
    index: Option<String>,
    checkpoint: bool,
}

struct Renderer<'c> {
    ctx: &'c Ctx,
    out: String,
    indent: usize,
    scopes: Vec<Scope>,
    loops: Vec<Loop>,
    /// Arrays being iterated over, which their loop's body must not update.
    frozen: Vec<String>,
    fresh: usize,
    /// What a `return` returns.
    ret: HRet,
    /// Whether helpers may be called (not from helpers).
    callable: bool,
    /// Whether the `Params` value is `self` here (a method) or `p` (the main
    /// function's parameter); `None` fields in a helper that is not a
    /// method.
    fields: Option<&'static str>,
    /// Integer bounds in scope (`usize` parameters of a helper).
    counts: Vec<String>,
    /// The type of `x`, in the main function.
    x_ty: Option<ArrParam>,
    /// How many arrays of scope 0 are items and parameters.
    n_params: usize,
    /// How many floats of scope 0 are parameters.
    float_params: usize,
    /// Whether an early `return` was written.
    returned: bool,
    /// Whether the constant `q: bool` is in scope.
    flag: bool,
    /// Whether the constant `o: Option<f64>` is in scope.
    opt: bool,
    /// Whether the length of `x` is an item (`[f64; NAME_N]`).
    x_len_item: bool,
    /// The parameters of the closures being rendered.
    cl: chains::ClosureScope,
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

impl<'c> Renderer<'c> {
    fn new(ctx: &'c Ctx, ret: HRet, main: bool, method: bool) -> Self {
        let fields = if main || method {
            if main && !method {
                ctx.fields.filter(|f| *f == "p")
            } else {
                ctx.fields.map(|_| "self")
            }
        } else {
            None
        };
        let mut r = Renderer {
            ctx,
            out: String::new(),
            indent: 1,
            scopes: vec![Scope::default()],
            loops: Vec::new(),
            frozen: Vec::new(),
            fresh: 0,
            ret,
            callable: main,
            fields,
            counts: Vec::new(),
            x_ty: None,
            n_params: 0,
            float_params: 0,
            returned: false,
            flag: false,
            opt: false,
            x_len_item: false,
            cl: chains::ClosureScope::default(),
        };
        // Array items are arrays in scope, never updated.
        for (name, kind) in &ctx.items {
            if let ItemKind::Array(..) = kind {
                r.scopes[0].arrays.push(Arr {
                    name: name.clone(),
                    len: 3,
                    rows: None,
                    mutable: false,
                    is_vec: false,
                    owned: true,
                    exact: true,
                });
            }
        }
        r
    }

    /// The function's result: `tail` plus every top-level local.
    fn tail_sum(&self, tail: &E) -> String {
        let (t, _) = self.expr(tail, false);
        let mut terms = vec![t];
        let top = &self.scopes[0];
        for v in top.floats.iter().skip(self.float_params) {
            terms.push(v.text());
        }
        for a in top.arrays.iter().skip(self.n_params) {
            match a.rows {
                None => (0..a.len).for_each(|k| terms.push(format!("{}[{k}]", a.name))),
                Some(r) => {
                    for i in 0..r {
                        for k in 0..a.len {
                            terms.push(format!("{}[{i}][{k}]", a.name));
                        }
                    }
                }
            }
        }
        terms.join(" + ")
    }

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
        seen.extend(self.cl.vars());
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
        let mut out: Vec<String> = self.loops.iter().filter_map(|l| l.index.clone()).collect();
        out.extend(self.cl.indices());
        out
    }

    fn index(&self, ix: &Ix, len: usize) -> String {
        match ix {
            Ix::Const(k) => format!("{}", usize::from(*k) % len),
            Ix::Loop(k) => match pick(&self.indices(), *k) {
                Some(i) if len < 3 => format!("{i} % {len}"),
                Some(i) => i,
                None => "1".into(),
            },
        }
    }

    /// Whether `a` is an item.
    fn is_item(&self, a: &Arr) -> bool {
        self.ctx.items.iter().any(|(n, _)| *n == a.name)
    }

    /// The integer bounds in scope: `usize` items (1..=3), `p.n`, the
    /// helper's `usize` parameters.
    fn bounds(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .ctx
            .items
            .iter()
            .filter(|(_, k)| matches!(k, ItemKind::Count(_)))
            .map(|(n, _)| n.clone())
            .collect();
        if let Some(f) = self.fields {
            out.push(format!("{f}.n"));
        }
        out.extend(self.counts.iter().cloned());
        out
    }

    /// A constant read, wrapped if the workaround asks.
    fn constant(&self, s: String) -> String {
        if self.ctx.w.const_plus_zero {
            format!("({s} + 0.0)")
        } else {
            s
        }
    }

    /// A field of the constant struct, as a float of the program's type.
    fn field(&self, s: String) -> String {
        if self.ctx.narrow {
            format!("({s} as f32)")
        } else {
            s
        }
    }

    /// The expression's text and whether its type is known to be `f64`
    /// (it reads a variable); literals get an `_f64` suffix if `suffix`.
    fn expr(&self, e: &E, suffix: bool) -> (String, bool) {
        let b = |x: &E| self.expr(x, suffix);
        match e {
            E::Var(k) => match pick(&self.floats(), *k) {
                Some(v) => (v.text(), true),
                None => (lit(1.0, suffix), false),
            },
            E::Lit(k) => (lit(LITS[*k % LITS.len()], suffix), false),
            E::Elem(k, ix, ix2) => {
                let arrays = self.arrays();
                match pick(&arrays, *k) {
                    Some(a) if self.is_item(&a) => (
                        self.constant(format!("{}[{}]", a.name, self.index(ix, a.len))),
                        true,
                    ),
                    Some(a) => match a.rows {
                        None => (format!("{}[{}]", a.name, self.index(ix, a.len)), true),
                        Some(r) => (
                            format!(
                                "{}[{}][{}]",
                                a.name,
                                self.index(ix, r),
                                self.index(ix2, a.len)
                            ),
                            true,
                        ),
                    },
                    None => (lit(0.5, suffix), false),
                }
            }
            E::Index(k, op) => match pick(&self.indices(), *k) {
                Some(i) => (
                    match op % 4 {
                        0 | 1 => format!("({i} as f64)"),
                        2 => format!("((({i} + 1) % 3) as f64)"),
                        _ => format!("(({i} * 2 + 1) as f64)"),
                    },
                    true,
                ),
                None => (lit(2.0, suffix), false),
            },
            E::Item(k, ix) => match pick(&self.ctx.items, *k) {
                Some((name, kind)) => {
                    let s = match kind {
                        ItemKind::Float(_) => name,
                        ItemKind::Array(..) => format!("{name}[{}]", self.index(ix, 3)),
                        ItemKind::Count(_) | ItemKind::Exp(_) => format!("({name} as f64)"),
                    };
                    (self.constant(s), true)
                }
                None => (lit(0.25, suffix), false),
            },
            E::Field(k, ix) => match self.fields {
                Some(f) => {
                    let s = match k % 3 {
                        0 => self.field(format!("{f}.k")),
                        1 => self.field(format!("{f}.w[{}]", self.index(ix, 3))),
                        _ => format!("({f}.n as f64)"),
                    };
                    (self.constant(s), true)
                }
                None => (lit(1.5, suffix), false),
            },
            E::Const(k) => {
                let s = match k % 6 {
                    0 => "std::f64::consts::PI".to_string(),
                    1 => "(5.0_f64.sqrt() - 2.0)".into(),
                    2 => "std::f64::consts::FRAC_1_SQRT_2".into(),
                    3 => "(2.0_f64.powi(2) * 0.25)".into(),
                    4 if self.x_ty.is_some() => "(x.len() as f64)".into(),
                    _ => "(f64::from(3u8) * 0.5)".into(),
                };
                (self.constant(s), true)
            }
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
                    BinOp::Rem => format!("({sx} % ({sy} * {sy} + {}))", lit(0.5, suffix)),
                };
                (s, tx || ty)
            }
            E::F1(f, x, path) => {
                // A method needs a receiver of known type.
                let (s, typed) = b(x);
                let s = if typed { s } else { self.expr(x, true).0 };
                (self.f1_text(*f, &s, *path), true)
            }
            E::F2(f, x, y, path) => {
                let (sx, tx) = b(x);
                let sx = if tx { sx } else { self.expr(x, true).0 };
                // `powf` calls a method on its exponent.
                let (sy, ty) = b(y);
                let sy = if ty || !matches!(f, F2::Powf) {
                    sy
                } else {
                    self.expr(y, true).0
                };
                (f2_text(*f, &sx, &sy, *path), true)
            }
            E::MulAdd(x, y, z, path) => {
                let (sx, tx) = b(x);
                let ((sy, _), (sz, _)) = (b(y), b(z));
                if *path {
                    (format!("f64::mul_add({sx}, {sy}, {sz})"), true)
                } else {
                    let sx = if tx { sx } else { self.expr(x, true).0 };
                    (format!("{sx}.mul_add({sy}, {sz})"), true)
                }
            }
            E::If(c, x, y) => {
                let ((sx, tx), (sy, ty)) = (b(x), b(y));
                (
                    format!("(if {} {{ {sx} }} else {{ {sy} }})", self.cond(c)),
                    tx || ty,
                )
            }
            E::Call(h, args, sel) => {
                let scalar: Vec<&RHelper> = self
                    .ctx
                    .helpers
                    .iter()
                    .filter(|h| h.ret == HRet::Scalar)
                    .collect();
                match (self.callable, pick(&scalar, *h)) {
                    (true, Some(h)) if self.ctx.w.call_scalars_as_sums => {
                        (format!("({} + 0.0)", self.call(h, args, *sel)), true)
                    }
                    (true, Some(h)) => (self.call(h, args, *sel), true),
                    _ => match args.first() {
                        Some(a) => b(a),
                        None => (lit(0.5, suffix), false),
                    },
                }
            }
            E::Chain(c) => self.chain_text(c),
            E::Narrow(x) => {
                let (s, _) = b(x);
                if self.ctx.narrow {
                    (format!("({s} * 0.5)"), true)
                } else {
                    (format!("((({s}) as f32).sin() as f64)"), true)
                }
            }
        }
    }

    /// A call of `h` with the arguments `args` (floats) and `sel` (arrays).
    fn call(&self, h: &RHelper, args: &[E], sel: u8) -> String {
        let mut out = Vec::new();
        let mut floats = args.iter();
        let arrays: Vec<Arr> = self
            .arrays()
            .into_iter()
            .filter(|a| a.rows.is_none() && !(self.ctx.w.no_item_array_args && self.is_item(a)))
            .collect();
        for (j, p) in h.params.iter().enumerate() {
            let s = sel.wrapping_add(j as u8 * 7);
            match p {
                HParam::Scalar => {
                    let e = floats.next().cloned().unwrap_or(E::Lit(0));
                    out.push(self.expr(&e, false).0);
                }
                HParam::ScalarRef => {
                    let e = floats.next().cloned().unwrap_or(E::Lit(0));
                    out.push(format!("&({})", self.expr(&e, false).0));
                }
                HParam::Arr3 => {
                    let copyable: Vec<&Arr> = arrays
                        .iter()
                        .filter(|a| a.len == 3 && a.owned && !a.is_vec)
                        .collect();
                    match pick(&copyable, s).filter(|_| s % 4 != 0) {
                        Some(a) => out.push(a.name.clone()),
                        None => {
                            let e = floats.next().cloned().unwrap_or(E::Lit(1));
                            out.push(format!("[{}, 0.5, -1.0]", self.expr(&e, false).0));
                        }
                    }
                }
                HParam::Slice => match pick(&arrays, s) {
                    // A subslice of at least 3 (`len` is a lower bound).
                    Some(a) if s % 3 == 1 && a.len >= 3 => out.push(format!("&{}[..3]", a.name)),
                    Some(a) if s % 3 == 2 && a.len >= 4 => out.push(format!("&{}[1..]", a.name)),
                    Some(a) if !a.owned && !a.is_vec => out.push(a.name.clone()),
                    Some(a) => out.push(format!("&{}", a.name)),
                    None => out.push("&[0.5, 1.0, 1.5]".into()),
                },
                HParam::Count => {
                    let mut bounds: Vec<String> = vec!["2".into(), "3".into()];
                    bounds.extend(self.bounds());
                    out.push(pick(&bounds, s).unwrap_or_else(|| "2".into()));
                }
                HParam::Pair(by_ref) => {
                    let e = floats.next().cloned().unwrap_or(E::Lit(2));
                    let e = self.expr(&e, false).0;
                    let amp = if *by_ref { "&" } else { "" };
                    out.push(format!("{amp}[{e}, 0.75]"));
                }
            }
        }
        format!("{}({})", h.call, out.join(", "))
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
            C::Flag(neg) => match (self.flag, neg) {
                (false, _) => "true".into(),
                (true, false) => "q".into(),
                (true, true) => "!q".into(),
            },
            C::Query(sign, e) => {
                let (s, _) = self.expr(e, true);
                if *sign {
                    format!("({s}).is_sign_negative()")
                } else {
                    format!("!({s}).is_nan()")
                }
            }
        }
    }

    fn stmts(&mut self, stmts: &[S]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, stmts: &[S]) {
        self.block_with(stmts, None);
    }

    /// A block that sees the loop element `v`, if any.
    fn block_with(&mut self, stmts: &[S], v: Option<Var>) {
        self.indent += 1;
        let mut scope = Scope::default();
        scope.floats.extend(v);
        self.scopes.push(scope);
        self.stmts(stmts);
        self.scopes.pop();
        self.indent -= 1;
    }

    fn let_float(&mut self, name: String, mutable: bool, annotate: bool, e: &E) {
        let (s, typed) = self.expr(e, false);
        let m = if mutable { "mut " } else { "" };
        let ann = if typed && !annotate { "" } else { ": f64" };
        self.line(&format!("let {m}{name}{ann} = {s};"));
        self.scopes
            .last_mut()
            .expect("a scope")
            .floats
            .push(Var::new(&name, mutable));
    }

    fn push_array(&mut self, a: Arr) {
        self.scopes.last_mut().expect("a scope").arrays.push(a);
    }

    /// Helpers returning `ret`.
    fn helpers_returning(&self, ret: HRet) -> Vec<&'c RHelper> {
        if !self.callable {
            return Vec::new();
        }
        self.ctx.helpers.iter().filter(|h| h.ret == ret).collect()
    }

    /// Whether a `return` may be written here (not inside a checkpointed
    /// loop).
    fn may_return(&self) -> bool {
        !self.loops.iter().any(|l| l.checkpoint)
    }

    fn for_header(&mut self, checkpoint: Option<u8>, header: &str) {
        match checkpoint {
            Some(0) => self.line("#[checkpoint]"),
            Some(k) => self.line(&format!("#[checkpoint(every = {k})]")),
            None => {}
        }
        self.line(header);
    }

    /// `let mut t = (a, b);`: its items `t.0` and `t.1` become float
    /// variables, read and assigned as such.
    fn let_tuple(&mut self, a: &E, b: &E) {
        let (sa, ta) = self.expr(a, false);
        let (sb, tb) = self.expr(b, false);
        let name = self.fresh("t");
        let ann = if ta && tb { "" } else { ": (f64, f64)" };
        self.line(&format!("let mut {name}{ann} = ({sa}, {sb});"));
        let scope = self.scopes.last_mut().expect("a scope");
        for k in 0..2 {
            scope.floats.push(Var::new(&format!("{name}.{k}"), true));
        }
    }

    fn stmt(&mut self, s: &S) {
        match s {
            S::Let {
                mutable,
                shadow,
                annotate,
                e,
            } => {
                let name = match shadow.and_then(|k| pick(&self.floats(), k)) {
                    // Not an item of a tuple (`t.0`), which is no name.
                    Some(v) if !v.deref && !v.name.contains('.') => v.name,
                    _ => self.fresh("v"),
                };
                self.let_float(name, *mutable, *annotate, e);
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
                        self.let_float(name, true, false, e);
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
                        self.let_float(name, true, false, e);
                    }
                }
            }
            S::ArrNew(init) => self.arr_new(init),
            S::ArrSet {
                arr,
                ix,
                ix2,
                op,
                e,
            } => {
                let targets: Vec<Arr> = self
                    .arrays()
                    .into_iter()
                    .filter(|a| a.mutable && !self.frozen.contains(&a.name))
                    .collect();
                if let Some(a) = pick(&targets, *arr) {
                    let place = match a.rows {
                        None => format!("{}[{}]", a.name, self.index(ix, a.len)),
                        Some(r) => format!(
                            "{}[{}][{}]",
                            a.name,
                            self.index(ix, r),
                            self.index(ix2, a.len)
                        ),
                    };
                    let (s, _) = self.expr(e, false);
                    let text = match op {
                        ElemOp::Set => format!("{place} = {s};"),
                        ElemOp::Add => format!("{place} += {s};"),
                        ElemOp::Sub => format!("{place} -= {s};"),
                        ElemOp::Mul => format!("{place} *= {s};"),
                        ElemOp::Div => format!("{place} /= {s} * {s} + 1.0;"),
                    };
                    self.line(&text);
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
                    scope.floats.push(Var::new(&name, false));
                }
            }
            S::LetTuple(a, b) => self.let_tuple(a, b),
            S::CallArr(h, args, sel, annotate) => {
                let mut arrays = self.helpers_returning(HRet::Arr3);
                arrays.extend(self.helpers_returning(HRet::Vec));
                let Some(h) = pick(&arrays, *h) else {
                    return self.arr_new(&ArrInit::Zeros(true));
                };
                let call = self.call(h, args, *sel);
                let name = self.fresh("w");
                let is_vec = h.ret == HRet::Vec;
                let ann = match (*annotate || self.ctx.w.annotate_call_arrays, is_vec) {
                    (false, _) => "",
                    (true, false) => ": [f64; 3]",
                    (true, true) => ": Vec<f64>",
                };
                let m = if sel % 2 == 0 { "mut " } else { "" };
                self.line(&format!("let {m}{name}{ann} = {call};"));
                self.push_array(Arr {
                    name,
                    len: 3,
                    rows: None,
                    mutable: sel % 2 == 0,
                    is_vec,
                    owned: !is_vec,
                    // An array pattern needs the type of an array the
                    // macro cannot see (a call's result) written down: an
                    // unannotated one is not offered to `let [a, b, c] =`.
                    exact: is_vec || !ann.is_empty(),
                });
            }
            S::CallPair(h, args, sel) => {
                let Some(h) = pick(&self.helpers_returning(HRet::Pair), *h) else {
                    let e = args.first().cloned().unwrap_or(E::Lit(0));
                    return self.stmt(&S::LetPair(e.clone(), e));
                };
                let call = self.call(h, args, *sel);
                let (na, nb) = (self.fresh("u"), self.fresh("u"));
                self.line(&format!("let ({na}, {nb}) = {call};"));
                let mut names = vec![na.clone(), nb.clone()];
                if self.ctx.w.read_pair_results {
                    let both = self.fresh("u");
                    self.line(&format!("let {both} = {na} + {nb};"));
                    names.push(both);
                }
                let scope = self.scopes.last_mut().expect("a scope");
                for name in names {
                    scope.floats.push(Var::new(&name, false));
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
            S::ElseIf(c, t, d, u, e) => {
                let c = self.cond(c);
                self.line(&format!("if {c} {{"));
                self.block(t);
                let d = self.cond(d);
                self.line(&format!("}} else if {d} {{"));
                self.block(u);
                self.line("} else {");
                self.block(e);
                self.line("}");
            }
            S::Block(b) => {
                self.line("{");
                self.block(b);
                self.line("}");
            }
            S::For(range, body, ck) => self.for_loop(*range, body, *ck),
            S::While(body) | S::Loop(body) => {
                let k = self.fresh("k");
                let i = self.fresh("i");
                self.line(&format!("let mut {k} = 0usize;"));
                if matches!(s, S::While(_)) {
                    self.line(&format!("while {k} < 3 {{"));
                } else {
                    self.line("loop {");
                    self.indent += 1;
                    self.line(&format!("if {k} >= 3 {{"));
                    self.line("    break;");
                    self.line("}");
                    self.indent -= 1;
                }
                self.indent += 1;
                self.line(&format!("let {i} = {k};"));
                self.line(&format!("{k} += 1;"));
                self.indent -= 1;
                self.loops.push(Loop {
                    index: Some(i),
                    checkpoint: false,
                });
                self.block(body);
                self.loops.pop();
                self.line("}");
            }
            S::Break(c) => {
                if self.loops.last().is_some_and(|l| !l.checkpoint) {
                    let c = self.cond(c);
                    self.line(&format!("if {c} {{"));
                    self.line("    break;");
                    self.line("}");
                }
            }
            S::Continue(c) => {
                if !self.loops.is_empty() {
                    let c = self.cond(c);
                    self.line(&format!("if {c} {{"));
                    self.line("    continue;");
                    self.line("}");
                }
            }
            S::Return(c, e) => {
                if !self.may_return() {
                    return;
                }
                if self.ret == HRet::Pair
                    && self.ctx.w.no_pair_return_in_loops
                    && !self.loops.is_empty()
                {
                    return;
                }
                let c = self.cond(c);
                let (s, _) = self.expr(e, false);
                let value = match self.ret {
                    HRet::Scalar => s,
                    HRet::Arr3 => format!("[{s}, {s}, 0.5]"),
                    HRet::Pair => format!("({s}, 1.0)"),
                    HRet::Vec => format!("vec![{s}; 3]"),
                };
                self.returned = true;
                self.line(&format!("if {c} {{"));
                self.line(&format!("    return {value};"));
                self.line("}");
            }
            S::Chain(c) => self.chain_stmt(c),
            S::Pat(p) => self.pat_stmt(p),
            S::Check(c) => self.check_stmt(c),
            S::Float(f) => self.float_stmt(f),
            S::Seq(q) => self.seq_stmt(q),
        }
    }

    fn arr_new(&mut self, init: &ArrInit) {
        let name = self.fresh("arr");
        let x_len = self.x_len();
        let z = if self.ctx.w.suffixed_zeros {
            "_f64"
        } else {
            ""
        };
        let (text, len, rows, is_vec) = match init {
            ArrInit::Zeros(true) => (format!("let mut {name} = [0.0_f64; 3];"), 3, None, false),
            ArrInit::Zeros(false) => (
                format!("let mut {name}: [f64; 3] = [0.0{z}; 3];"),
                3,
                None,
                false,
            ),
            ArrInit::Lit(a, b, c) => {
                let items: Vec<String> = [a, b, c].iter().map(|e| self.expr(e, false).0).collect();
                (
                    format!("let mut {name}: [f64; 3] = [{}];", items.join(", ")),
                    3,
                    None,
                    false,
                )
            }
            ArrInit::Copy(k) => {
                let owned: Vec<Arr> = self
                    .arrays()
                    .into_iter()
                    .filter(|a| a.len == 3 && a.rows.is_none() && !a.is_vec && a.owned)
                    .collect();
                match pick(&owned, *k) {
                    Some(a) if self.ctx.w.const_arrays_as_sums && self.is_item(&a) => (
                        format!(
                            "let mut {name} = [({0}[0] + 0.0), ({0}[1] + 0.0), ({0}[2] + 0.0)];",
                            a.name
                        ),
                        3,
                        None,
                        false,
                    ),
                    Some(a) => (format!("let mut {name} = {};", a.name), 3, None, false),
                    None => (format!("let mut {name} = [0.0_f64; 3];"), 3, None, false),
                }
            }
            ArrInit::Vec(_) if self.ctx.w.vec_as_array => {
                (format!("let mut {name} = [0.0_f64; 3];"), 3, None, false)
            }
            ArrInit::Vec(true) if self.x_ty.is_some() => (
                format!("let mut {name}: Vec<f64> = vec![0.0{z}; x.len()];"),
                x_len,
                None,
                true,
            ),
            ArrInit::Vec(_) => (
                format!("let mut {name}: Vec<f64> = vec![0.0{z}; 3];"),
                3,
                None,
                true,
            ),
            ArrInit::Nested => (
                format!("let mut {name} = [[0.0_f64; 3]; 3];"),
                3,
                Some(3),
                false,
            ),
        };
        self.line(&text);
        self.push_array(Arr {
            name,
            len,
            rows,
            mutable: true,
            is_vec,
            owned: !is_vec,
            exact: true,
        });
    }

    fn for_loop(&mut self, range: Range, body: &[S], ck: Option<u8>) {
        // `#[checkpoint]` is for `a..b` and sequences.
        let ck = ck.filter(|_| !matches!(range, Range::Incl | Range::Rev | Range::RevIncl));
        let top = self.scopes.len() == 1 && !self.returned;
        let ck = ck.filter(|_| top || !self.ctx.w.checkpoint_top_level);
        let arrays: Vec<Arr> = self
            .arrays()
            .into_iter()
            .filter(|a| a.rows.is_none())
            .collect();
        let short: Vec<Arr> = arrays
            .iter()
            .filter(|a| a.len == 3 && a.exact)
            .cloned()
            .collect();
        let (header, index, elem, frozen) = match range {
            Range::Iter(k, deref) => {
                let Some(a) = pick(&arrays, k) else {
                    return self.for_loop(Range::Upto3, body, ck);
                };
                let deref = deref && !(self.ctx.w.no_deref_over_items && self.is_item(&a));
                let v = self.fresh("e");
                let header = if deref {
                    format!("for {v} in {}.iter() {{", a.name)
                } else {
                    format!("for &{v} in {}.iter() {{", a.name)
                };
                let var = Var {
                    name: v,
                    mutable: false,
                    deref,
                };
                (header, None, Some(var), Some(a.name))
            }
            Range::Enumerate(k, deref) => {
                let Some(a) = pick(&short, k) else {
                    return self.for_loop(Range::Upto3, body, ck);
                };
                let deref = deref && !(self.ctx.w.no_deref_over_items && self.is_item(&a));
                let (i, v) = (self.fresh("i"), self.fresh("e"));
                let amp = if deref { "" } else { "&" };
                let header = format!("for ({i}, {amp}{v}) in {}.iter().enumerate() {{", a.name);
                let var = Var {
                    name: v,
                    mutable: false,
                    deref,
                };
                (header, Some(i), Some(var), Some(a.name))
            }
            Range::ByValue(k) => {
                let values: Vec<Arr> = short.iter().filter(|a| a.owned).cloned().collect();
                let Some(a) = pick(&values, k) else {
                    return self.for_loop(Range::Upto3, body, ck);
                };
                let v = self.fresh("e");
                let header = format!("for {v} in {} {{", a.name);
                (header, None, Some(Var::new(&v, false)), Some(a.name))
            }
            range => {
                let i = self.fresh("i");
                let r = match range {
                    Range::Upto3 => "0..3".to_string(),
                    Range::Incl => "0..=2".into(),
                    Range::Rev => "(0..3).rev()".into(),
                    Range::From1 => "1..3".into(),
                    Range::RevIncl if self.ctx.w.rev_exclusive => "(0..3).rev()".into(),
                    Range::RevIncl => "(0..=2).rev()".into(),
                    Range::Len if self.x_ty.is_some() && self.x_len() == 3 => "0..x.len()".into(),
                    Range::Count(k) => match pick(&self.bounds(), k) {
                        Some(b) => format!("0..{b}"),
                        None => "0..2".into(),
                    },
                    _ => "0..2".into(),
                };
                (format!("for {i} in {r} {{"), Some(i), None, None)
            }
        };
        self.for_header(ck, &header);
        self.loops.push(Loop {
            index,
            checkpoint: ck.is_some(),
        });
        self.frozen.extend(frozen.clone());
        self.block_with(body, elem);
        if frozen.is_some() {
            self.frozen.pop();
        }
        self.loops.pop();
        self.line("}");
    }

    fn x_len(&self) -> usize {
        self.scopes[0]
            .arrays
            .iter()
            .find(|a| a.name == "x")
            .map_or(3, |a| a.len)
    }

    fn f1_text(&self, f: F1, s: &str, path: bool) -> String {
        use F1::*;
        // `recv.NAME(args)` or `f64::NAME(recv, args)`.
        let m = |recv: &str, name: &str, args: &str| {
            if path {
                let sep = if args.is_empty() { "" } else { ", " };
                format!("f64::{name}({recv}{sep}{args})")
            } else {
                format!("{recv}.{name}({args})")
            }
        };
        let sq = |plus: &str| format!("({s} * {s} + {plus})");
        let exp_item = self
            .ctx
            .items
            .iter()
            .find(|(_, k)| matches!(k, ItemKind::Exp(_)))
            .map_or_else(|| "2".to_string(), |(n, _)| n.clone());
        match f {
            Sin => m(s, "sin", ""),
            Cos => m(s, "cos", ""),
            Tanh => m(s, "tanh", ""),
            Atan => m(s, "atan", ""),
            Asinh => m(s, "asinh", ""),
            Exp => m(&format!("{s}.sin()"), "exp", ""),
            Exp2 => m(&format!("{s}.cos()"), "exp2", ""),
            ExpM1 => m(&format!("{s}.sin()"), "exp_m1", ""),
            Ln => m(&sq("1.0"), "ln", ""),
            Ln1p => m(&format!("({s} * {s})"), "ln_1p", ""),
            Log10 => m(&sq("0.5"), "log10", ""),
            Log2 => m(&sq("0.5"), "log2", ""),
            Sqrt => m(&sq("0.5"), "sqrt", ""),
            Cbrt => m(&sq("0.5"), "cbrt", ""),
            Asin => m(&format!("({s}.sin() * 0.5)"), "asin", ""),
            Acos => m(&format!("({s}.cos() * 0.5)"), "acos", ""),
            Atanh => m(&format!("({s}.sin() * 0.5)"), "atanh", ""),
            Acosh => m(&sq("1.5"), "acosh", ""),
            Tan => m(&format!("{s}.tanh()"), "tan", ""),
            Sinh => m(&format!("{s}.tanh()"), "sinh", ""),
            Cosh => m(&format!("{s}.tanh()"), "cosh", ""),
            Recip => m(&sq("1.0"), "recip", ""),
            Powi2 => m(s, "powi", "2"),
            Powi3 => m(s, "powi", "3"),
            PowiNeg => m(&sq("1.0"), "powi", "-2"),
            PowiItem => m(&sq("1.0"), "powi", &exp_item),
            Abs => m(s, "abs", ""),
            Clamp => m(s, "clamp", "-0.5, 0.75"),
            ToRadians => m(s, "to_radians", ""),
            ToDegrees => m(&format!("{s}.tanh()"), "to_degrees", ""),
            Floor => m(s, "floor", ""),
            Ceil => m(s, "ceil", ""),
            Round => m(s, "round", ""),
            Trunc => m(s, "trunc", ""),
            Signum => m(s, "signum", ""),
            Fract => m(s, "fract", ""),
            RoundTiesEven => m(s, "round_ties_even", ""),
        }
    }
}

fn f2_text(f: F2, x: &str, y: &str, path: bool) -> String {
    use F2::*;
    let m = |recv: &str, name: &str, arg: &str| {
        if path {
            format!("f64::{name}({recv}, {arg})")
        } else {
            format!("{recv}.{name}({arg})")
        }
    };
    match f {
        Hypot => m(x, "hypot", y),
        Atan2 => m(x, "atan2", &format!("{y} * {y} + 0.5")),
        Powf => m(
            &format!("({x} * {x} + 0.5)"),
            "powf",
            &format!("{y}.tanh()"),
        ),
        Log => m(
            &format!("({x} * {x} + 1.5)"),
            "log",
            &format!("{y} * {y} + 2.0"),
        ),
        Max => m(x, "max", y),
        Min => m(x, "min", y),
        Copysign => m(x, "copysign", y),
        RemEuclid => m(x, "rem_euclid", &format!("{y} * {y} + 0.5")),
        DivEuclid => m(x, "div_euclid", &format!("{y} * {y} + 0.5")),
        Midpoint => m(x, "midpoint", y),
    }
}

/// The program's source and a one-line summary, for failure messages.
pub fn describe(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> String {
    let mut s = p.program("f");
    let _ = writeln!(
        s,
        "at scalars {:?}, x = {:?}{}{}{}{}{}",
        &point.0[..p.n_scalars],
        &point.1[..p.len],
        if p.nested.is_some() {
            format!(", m = {:?}", &point.1[4..8])
        } else {
            String::new()
        },
        if p.pair.is_some() {
            format!(", [r, theta] = {:?}", &point.0[8..10])
        } else {
            String::new()
        },
        match p.opt {
            Some(o) => format!(", o = {:?}", o.map(|k| LITS[k])),
            None => String::new(),
        },
        match p.flag {
            Some(q) => format!(", q = {q}"),
            None => String::new(),
        },
        if p.consts == ConstParam::None {
            String::new()
        } else {
            format!(
                ", Params {{ k: {:?}, w: {:?}, n: {} }}",
                point.0[4],
                &point.0[5..8],
                p.n
            )
        },
    );
    s
}
