//! A test-only interpreter for the IR: runs the primal, the reverse-mode
//! (VJP) and the forward-mode (JVP) IR numerically, so that random programs
//! can be checked by the thousand without compiling each one (see
//! `fuzz.rs`).
//!
//! The semantics are those of the code `emit` generates: `Zero` of a `Vec`
//! type is an empty `Vec`, aggregate accumulation zips like
//! `autodiff_runtime::accumulate`, `SumElems` folds like `Iterator::sum`,
//! `Partials` calls the runtime rule itself. Values of a float type of width
//! `f32` are rounded to `f32` when defined and their float methods and rules
//! are the `f32` ones.
//!
//! A function runs in a [`World`]: the `const` and `static` items next to
//! it and the other functions with derivatives that it may call. A `Const`
//! instruction (an expression kept as written) is evaluated by a small
//! evaluator of its `syn` expression against its inputs, the items and the
//! associated constants of `f64`/`f32` (see [`World::eval`]); a `Call` runs
//! the callee's own primal IR, a `CallPullback` its VJP IR and a
//! `CallPushforward` its JVP IR, with the slot convention of
//! `autodiff_runtime::calls` (a [`Val::NoGrad`] slot for a parameter
//! without derivative, zeros for a missing tangent).
//!
//! The interpreter is strict where compiled code would fail to compile or
//! panic: reading a value outside the block that defined it (or before its
//! definition), defining a value twice, a tape popped empty or with a record
//! of the wrong arity, an index out of bounds, a division of integers by
//! zero, `clamp` with `lo > hi`, a `While` that runs away. Those are
//! [`EvalError`]s, never panics.

use crate::ir::{
    BinOp, Block, CallInst, CallTarget, ConstExpr, FloatTy, Func, Inst, InstKind, Len, Structure,
    Ty, UnOp, Value,
};
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// A run-time value.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// A float (an `f32` is held rounded to `f32`).
    F(f64),
    /// An integer of any width.
    I(i128),
    B(bool),
    /// An array or a `Vec`.
    Seq(Vec<Val>),
    /// A struct (a constant parameter, `self`): its fields by name.
    Struct(Vec<(String, Val)>),
    /// The pullback slot of a parameter without derivative, or a missing
    /// tangent (`autodiff_runtime::NoGrad`).
    NoGrad,
    /// A value of an enum (a constant parameter or a constant the macro
    /// keeps as written): the variant's name and its fields, by name
    /// (`"0"`, `"1"`, .. for a tuple variant). An `Option` is the variant
    /// `Some` with the field `"0"`, or `None`.
    Enum(String, Vec<(String, Val)>),
    /// The value of a constant expression that is a statement (`if !c {
    /// panic!(..) }`, which generated code keeps for `unwrap`).
    Unit,
}

impl Val {
    /// The float, if this is one.
    pub fn f(&self) -> Option<f64> {
        match self {
            Val::F(x) => Some(*x),
            _ => None,
        }
    }

    /// Every float in this value, in order (nested sequences flattened).
    pub fn floats(&self) -> Vec<f64> {
        let mut out = Vec::new();
        self.collect_floats(&mut out);
        out
    }

    fn collect_floats(&self, out: &mut Vec<f64>) {
        match self {
            Val::F(x) => out.push(*x),
            Val::Seq(items) => items.iter().for_each(|i| i.collect_floats(out)),
            Val::I(_) | Val::B(_) | Val::Struct(_) | Val::NoGrad | Val::Enum(..) | Val::Unit => {}
        }
    }

    /// A sequence of floats.
    pub fn seq(xs: &[f64]) -> Val {
        Val::Seq(xs.iter().map(|x| Val::F(*x)).collect())
    }

    /// `Some(v)`, or `None` (an `Option` parameter's value).
    pub fn option(v: Option<Val>) -> Val {
        match v {
            Some(v) => Val::Enum("Some".into(), vec![("0".into(), v)]),
            None => Val::Enum("None".into(), vec![]),
        }
    }
}

/// Why a function could not be evaluated.
#[derive(Clone, Debug)]
pub struct EvalError(pub String);

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type R<T> = Result<T, EvalError>;

macro_rules! bail {
    ($($t:tt)*) => {
        return Err(EvalError(format!($($t)*)))
    };
}

/// Most instructions one evaluation may run, so a runaway `While` is an
/// error rather than a hang.
const MAX_STEPS: u64 = 20_000_000;

/// A function with derivatives that interpreted code may call: its primal,
/// VJP and JVP IR (as `crate::fuzz::check::compile` makes them) and the
/// positions of its differentiable parameters.
pub struct Callee {
    pub primal: Func,
    pub vjp: Func,
    pub jvp: Func,
    pub wrt: Vec<usize>,
}

/// What the interpreted functions see besides their parameters.
#[derive(Default, Clone)]
pub struct World {
    /// `const` and `static` items by name: their values (an `f32` item's
    /// rounded to `f32`) and whether they are `f32`.
    pub items: HashMap<String, (Val, bool)>,
    /// The functions that may be called, by name (the last segment of a
    /// path, the method name of a method call).
    pub fns: HashMap<String, Rc<Callee>>,
}

/// Runs `func` on `params` (by position, as `InstKind::Param` reads them)
/// and returns the yields of its body. Panics with the reason if the
/// function cannot be evaluated; see [`try_run`].
pub fn run(func: &Func, params: &[Val]) -> Vec<Val> {
    try_run(func, params).unwrap_or_else(|e| panic!("eval: {e}"))
}

/// Runs `func` on `params`; an error says what compiled code would have
/// rejected or panicked on.
pub fn try_run(func: &Func, params: &[Val]) -> R<Vec<Val>> {
    try_run_traced(func, params).map(|(ys, _)| ys)
}

/// What a run went through, besides its results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trace {
    /// The largest magnitude of any finite float the function computed:
    /// the scale of its rounding errors.
    pub max_abs: f64,
    /// A hash of the piece of the function the run was in: every branch
    /// taken (`If`, `While`, float comparisons), every integer part of a
    /// piecewise-constant method (`floor`, `fract`, ..., float-to-integer
    /// casts, `%`), every side of a kink (`abs`, `max`, `min`, `clamp`).
    /// Two runs with the same `piece` evaluate the same smooth expression of
    /// their inputs.
    pub piece: u64,
    /// Whether any value was an `f32`: the run's rounding errors are then
    /// those of `f32`.
    pub narrow: bool,
}

/// Like [`try_run`], also returning the run's [`Trace`].
pub fn try_run_traced(func: &Func, params: &[Val]) -> R<(Vec<Val>, Trace)> {
    try_run_in(&World::default(), None, func, params)
}

/// Runs `func` in `world`, with the receiver `recv` (for `self`) and the
/// parameters `params`: its yields and its [`Trace`].
pub fn try_run_in(
    world: &World,
    recv: Option<&Val>,
    func: &Func,
    params: &[Val],
) -> R<(Vec<Val>, Trace)> {
    let mut trace = Trace {
        max_abs: 0.0,
        piece: 0xcbf2_9ce4_8422_2325,
        narrow: false,
    };
    let mut steps = 0;
    let ys = run_nested(world, recv, func, params, &mut trace, &mut steps)?;
    Ok((ys, trace))
}

/// A run that adds to the trace and the step count of its caller.
fn run_nested(
    world: &World,
    recv: Option<&Val>,
    func: &Func,
    params: &[Val],
    trace: &mut Trace,
    steps: &mut u64,
) -> R<Vec<Val>> {
    let mut m = Machine {
        func,
        params,
        world,
        recv,
        env: vec![None; func.values.len()],
        tapes: HashMap::new(),
        steps: *steps,
        max_abs: trace.max_abs,
        piece: trace.piece,
        narrow: trace.narrow,
    };
    let ys = m.block(&func.body);
    *steps = m.steps;
    *trace = Trace {
        max_abs: m.max_abs,
        piece: m.piece,
        narrow: m.narrow,
    };
    ys
}

struct Machine<'a> {
    func: &'a Func,
    params: &'a [Val],
    world: &'a World,
    /// The receiver, for `SelfParam`.
    recv: Option<&'a Val>,
    /// The value of each IR value currently in scope.
    env: Vec<Option<Val>>,
    /// Tape id -> records, last pushed last.
    tapes: HashMap<usize, Vec<Vec<Val>>>,
    steps: u64,
    /// The largest magnitude of a finite float defined so far.
    max_abs: f64,
    /// FNV-1a hash of the branch decisions so far (see [`Trace::piece`]).
    piece: u64,
    /// Whether an `f32` value was defined.
    narrow: bool,
}

impl Machine<'_> {
    fn get(&self, v: Value) -> R<&Val> {
        match self.env.get(v.index()) {
            Some(Some(x)) => Ok(x),
            Some(None) => bail!(
                "v{} ({:?}) is read before its definition or outside the block that defines it",
                v.0,
                self.func.name(v)
            ),
            None => bail!("v{} is not a value of this function", v.0),
        }
    }

    fn float(&self, v: Value) -> R<f64> {
        match self.get(v)? {
            Val::F(x) => Ok(*x),
            other => bail!("v{} should be a float, is {other:?}", v.0),
        }
    }

    fn int(&self, v: Value) -> R<i128> {
        match self.get(v)? {
            Val::I(x) => Ok(*x),
            other => bail!("v{} should be an integer, is {other:?}", v.0),
        }
    }

    fn boolean(&self, v: Value) -> R<bool> {
        match self.get(v)? {
            Val::B(x) => Ok(*x),
            other => bail!("v{} should be a bool, is {other:?}", v.0),
        }
    }

    fn is_f32(&self, v: Value) -> bool {
        matches!(self.func.ty(v).scalar(), Ty::Float(FloatTy::F32))
    }

    /// Stores `x` as the value of `v`, rounded to `f32` if `v` is one.
    fn set(&mut self, v: Value, x: Val) -> R<()> {
        let x = if self.is_f32(v) {
            self.narrow = true;
            round_f32(x)
        } else {
            x
        };
        if let Val::F(f) = x {
            if f.is_finite() {
                self.max_abs = self.max_abs.max(f.abs());
            }
        }
        match self.env.get_mut(v.index()) {
            Some(slot) => {
                *slot = Some(x);
                Ok(())
            }
            None => bail!("v{} is not a value of this function", v.0),
        }
    }

    /// Like [`Self::set`], for a value that must not be defined yet (SSA).
    fn define(&mut self, v: Value, x: Val, defined: &mut Vec<Value>) -> R<()> {
        if let Some(Some(_)) = self.env.get(v.index()) {
            bail!("v{} is defined twice", v.0);
        }
        self.set(v, x)?;
        defined.push(v);
        Ok(())
    }

    fn unset(&mut self, v: Value) {
        if let Some(slot) = self.env.get_mut(v.index()) {
            *slot = None;
        }
    }

    /// Runs a block in its own scope and returns its yields.
    fn block(&mut self, b: &Block) -> R<Vec<Val>> {
        let mut defined = Vec::new();
        let result = self.block_in(b, &mut defined);
        for v in defined {
            self.unset(v);
        }
        result
    }

    fn block_in(&mut self, b: &Block, defined: &mut Vec<Value>) -> R<Vec<Val>> {
        for inst in &b.insts {
            let vals = self.inst(inst)?;
            if vals.len() != inst.results.len() {
                bail!(
                    "an instruction produced {} values for {} results",
                    vals.len(),
                    inst.results.len()
                );
            }
            for (r, x) in inst.results.iter().zip(vals) {
                self.define(*r, x, defined)?;
            }
        }
        b.yields.iter().map(|y| self.get(*y).cloned()).collect()
    }

    /// Notes a decision that selects a piece of a piecewise function.
    fn note(&mut self, x: u64) {
        for b in x.to_le_bytes() {
            self.piece = (self.piece ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Notes which piece of the float method `name` the arguments `a` fall
    /// in, for the methods that are piecewise.
    fn note_math(&mut self, name: &str, a: &[f64]) {
        let side = |x: f64, y: f64| u64::from(x < y) | u64::from(x > y) << 1;
        match (name, a) {
            ("floor" | "ceil" | "round" | "round_ties_even" | "trunc" | "signum", [x]) => {
                let y = math_f64(name, &[*x], 0).unwrap_or(f64::NAN);
                self.note(y.to_bits());
            }
            ("fract", [x]) => self.note(x.trunc().to_bits()),
            ("abs", [x]) => self.note(side(*x, 0.0)),
            ("max" | "min", [x, y]) => self.note(side(*x, *y)),
            ("clamp", [x, lo, hi]) => {
                self.note(side(*x, *lo));
                self.note(side(*x, *hi));
            }
            ("hypot" | "atan2", [x, y]) => self.note(u64::from(*x == 0.0 && *y == 0.0)),
            ("div_euclid" | "rem_euclid", [x, m]) => self.note(x.div_euclid(*m).to_bits()),
            ("copysign", [x, s]) => {
                self.note(side(*x, 0.0));
                self.note(u64::from(s.is_sign_negative()));
            }
            // Not pieces of the function, but of what finite differences
            // can see: across a step that moves the argument of a periodic
            // function by more than a quarter period (a huge argument), a
            // difference quotient aliases the oscillation and is no
            // derivative.
            ("sin" | "cos" | "tan", [x]) => {
                self.note((x / std::f64::consts::FRAC_PI_2).floor().to_bits());
            }
            _ => {}
        }
    }

    fn tick(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            bail!("more than {MAX_STEPS} instructions: a runaway loop?");
        }
        Ok(())
    }

    /// The values of an instruction's results.
    fn inst(&mut self, inst: &Inst) -> R<Vec<Val>> {
        self.tick()?;
        let one = |x: Val| Ok(vec![x]);
        let first = inst.results.first().copied();
        let rty = || first.map(|r| self.func.ty(r).clone()).unwrap_or(Ty::Other);
        #[allow(unreachable_patterns)]
        match &inst.kind {
            InstKind::Param(k) => match self.params.get(*k) {
                Some(x) => one(x.clone()),
                None => bail!("parameter {k} was not passed ({} given)", self.params.len()),
            },
            InstKind::SelfParam => match self.recv {
                Some(r) => one(r.clone()),
                None => bail!("no receiver (`self`) was passed"),
            },
            InstKind::Literal(lit) => one(literal(lit)?),
            InstKind::Zero => one(zeros(self.world, &rty(), None)?),
            InstKind::ZerosLike(like) => {
                // `emit` reads `like` only for the types whose shape it
                // cannot write (`Vec`, a call's result).
                let ty = rty();
                if matches!(ty, Ty::Vec(_) | Ty::Unknown) {
                    let like = self.get(*like)?.clone();
                    one(zeros(self.world, &ty, Some(&like))?)
                } else {
                    one(zeros(self.world, &ty, None)?)
                }
            }
            InstKind::Const(c) => one(self.constant(c)?),
            InstKind::Unary(op, a) => one(match (op, self.get(*a)?) {
                (UnOp::Neg, Val::F(x)) => Val::F(-x),
                (UnOp::Neg, Val::I(x)) => Val::I(-x),
                (UnOp::Not, Val::B(x)) => Val::B(!x),
                (UnOp::Not, Val::I(x)) => Val::I(!x),
                (op, x) => bail!("{op:?} of {x:?}"),
            }),
            InstKind::Binary(op, a, b) => {
                let (a, b) = (self.get(*a)?, self.get(*b)?);
                let r = binary(*op, a, b)?;
                match (op, a, b, &r) {
                    (_, Val::F(_), _, Val::B(c)) => self.note(u64::from(*c)),
                    (BinOp::Rem, Val::F(x), Val::F(y), _) => self.note((x / y).trunc().to_bits()),
                    _ => {}
                }
                one(r)
            }
            InstKind::Cast(a, target) => {
                let x = self.get(*a)?.clone();
                let r = cast(x, &target.ty, &target.tokens.to_string())?;
                if let Val::I(i) = r {
                    self.note(i as u64);
                }
                one(r)
            }
            InstKind::Math(f, args) => {
                let info = f.0;
                let wide = !args.first().is_some_and(|a| self.is_f32(*a))
                    && !first.is_some_and(|r| self.is_f32(r));
                let (floats, n) = self.math_args(info, args)?;
                self.note_math(info.name, &floats);
                if info.kind == crate::math::Kind::Query {
                    return one(query(info.name, floats[0], wide)?);
                }
                let y = if wide {
                    math_f64(info.name, &floats, n)
                } else {
                    let f: Vec<f32> = floats.iter().map(|x| *x as f32).collect();
                    math_f32(info.name, &f, n).map(f64::from)
                };
                match y {
                    Some(y) => one(Val::F(y)),
                    None => bail!(
                        "`{}` of {floats:?} (n = {n}) panics or is unknown",
                        info.name
                    ),
                }
            }
            InstKind::Partials { func, args, output } => {
                let info = func.0;
                let (floats, n) = self.math_args(info, args)?;
                let y = self.float(*output)?;
                let ps = if self.is_f32(*output) {
                    let f: Vec<f32> = floats.iter().map(|x| *x as f32).collect();
                    partials_f32(info.name, &f, n, y as f32)
                        .map(|p| p.into_iter().map(f64::from).collect())
                } else {
                    partials_f64(info.name, &floats, n, y)
                };
                match ps {
                    Some(ps) => Ok(ps.into_iter().map(Val::F).collect()),
                    None => bail!("no runtime rule for `{}`", info.name),
                }
            }
            InstKind::Index { base, path } => {
                let path = self.path(path)?;
                let mut x = self.get(*base)?;
                for &i in &path {
                    x = match x {
                        Val::Seq(items) => match items.get(i) {
                            Some(e) => e,
                            None => bail!("index {i} out of bounds (length {})", items.len()),
                        },
                        other => bail!("indexing {other:?}"),
                    };
                }
                one(x.clone())
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                let path = self.path(path)?;
                let mut b = self.get(*base)?.clone();
                let v = self.get(*value)?.clone();
                let slot = element_mut(&mut b, &path)?;
                if matches!(inst.kind, InstKind::AddAt { .. }) {
                    accumulate(slot, &v)?;
                } else {
                    *slot = v;
                }
                one(b)
            }
            InstKind::AddAgg(a, b) => {
                let mut a = self.get(*a)?.clone();
                accumulate(&mut a, self.get(*b)?)?;
                one(a)
            }
            InstKind::ArrayLit(items) => {
                let items: R<Vec<Val>> = items.iter().map(|i| self.get(*i).cloned()).collect();
                one(Val::Seq(items?))
            }
            InstKind::ArrayRepeat(v, len) => {
                let n = len_of(self.world, len)?;
                one(Val::Seq(vec![self.get(*v)?.clone(); n]))
            }
            InstKind::VecRepeat(v, n) => {
                let n = usize::try_from(self.int(*n)?)
                    .map_err(|_| EvalError("negative `vec!` length".into()))?;
                one(Val::Seq(vec![self.get(*v)?.clone(); n]))
            }
            InstKind::VecNew(_) => one(Val::Seq(Vec::new())),
            InstKind::Push { base, value } => {
                let v = self.get(*value)?.clone();
                match self.get(*base)?.clone() {
                    Val::Seq(mut items) => {
                        items.push(v);
                        one(Val::Seq(items))
                    }
                    other => bail!("`push` onto {other:?}"),
                }
            }
            InstKind::Truncate { base, len } => {
                let n = usize::try_from(self.int(*len)?)
                    .map_err(|_| EvalError("negative `truncate` length".into()))?;
                match self.get(*base)?.clone() {
                    Val::Seq(mut items) => {
                        items.truncate(n);
                        one(Val::Seq(items))
                    }
                    other => bail!("`truncate` of {other:?}"),
                }
            }
            InstKind::Len(v) => match self.get(*v)? {
                Val::Seq(items) => one(Val::I(items.len() as i128)),
                other => bail!("`len` of {other:?}"),
            },
            InstKind::SumElems(v) => match self.get(*v)? {
                Val::Seq(items) if matches!(items.first(), Some(Val::Seq(_))) => {
                    // Arrays, element-wise.
                    let mut it = items.iter();
                    let Some(mut s) = it.next().cloned() else {
                        bail!("a sum of no arrays")
                    };
                    for i in it {
                        accumulate(&mut s, i)?;
                    }
                    one(s)
                }
                Val::Seq(items) => {
                    // `impl Sum for f64` folds from -0.0.
                    let mut s = -0.0;
                    for i in items {
                        match i {
                            Val::F(x) => s += x,
                            other => bail!("summing a sequence holding {other:?}"),
                        }
                    }
                    one(Val::F(s))
                }
                other => bail!("summing {other:?}"),
            },
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => {
                let c = self.boolean(*cond)?;
                self.note(u64::from(c));
                if c {
                    self.block(then_block)
                } else {
                    self.block(else_block)
                }
            }
            InstKind::For(l) => {
                let (lo, hi) = (self.int(l.lo)?, self.int(l.hi)?);
                let end = if l.inclusive { hi + 1 } else { hi };
                let indices: Box<dyn Iterator<Item = i128>> = if l.reversed {
                    Box::new((lo..end).rev())
                } else {
                    Box::new(lo..end)
                };
                let mut state = self.inits(&l.params, &l.inits)?;
                for i in indices {
                    self.tick()?;
                    self.set(l.index, Val::I(i))?;
                    for (p, s) in l.params.iter().zip(state) {
                        self.set(*p, s)?;
                    }
                    state = self.block(&l.body)?;
                    if state.len() != l.params.len() {
                        bail!(
                            "a loop body yields {} values for {} parameters",
                            state.len(),
                            l.params.len()
                        );
                    }
                }
                self.unset(l.index);
                l.params.iter().for_each(|p| self.unset(*p));
                Ok(state)
            }
            InstKind::While(l) => {
                let mut state = self.inits(&l.params, &l.inits)?;
                loop {
                    self.tick()?;
                    for (p, s) in l.params.iter().zip(state.iter()) {
                        self.set(*p, s.clone())?;
                    }
                    let c = self.block(&l.cond)?;
                    match c.as_slice() {
                        [Val::B(true)] => self.note(1),
                        [Val::B(false)] => {
                            self.note(0);
                            break;
                        }
                        other => bail!("a `while` condition yields {other:?}"),
                    }
                    state = self.block(&l.body)?;
                    if state.len() != l.params.len() {
                        bail!(
                            "a loop body yields {} values for {} parameters",
                            state.len(),
                            l.params.len()
                        );
                    }
                }
                l.params.iter().for_each(|p| self.unset(*p));
                Ok(state)
            }
            InstKind::TapeNew(id) => {
                self.tapes.insert(*id, Vec::new());
                Ok(vec![])
            }
            InstKind::TapeReserve { id, count } => {
                let crate::ir::TripCount::Range { lo, hi, .. } = count;
                self.int(*lo)?;
                self.int(*hi)?;
                if !self.tapes.contains_key(id) {
                    bail!("tape {id} reserved before it was made");
                }
                Ok(vec![])
            }
            InstKind::TapePush { id, values } => {
                let record: R<Vec<Val>> = values.iter().map(|v| self.get(*v).cloned()).collect();
                let record = record?;
                match self.tapes.get_mut(id) {
                    Some(t) => t.push(record),
                    None => bail!("tape {id} pushed before it was made"),
                }
                Ok(vec![])
            }
            InstKind::TapePop(id) => {
                let record = match self.tapes.get_mut(id) {
                    Some(t) => t.pop(),
                    None => bail!("tape {id} popped before it was made"),
                };
                match record {
                    Some(r) if r.len() == inst.results.len() => Ok(r),
                    Some(r) => bail!(
                        "tape {id}: a record of {} values popped into {} results",
                        r.len(),
                        inst.results.len()
                    ),
                    None => bail!("tape {id} popped empty"),
                }
            }
            InstKind::Call(call) => self.call(call, Mode::Primal, inst.results.len()),
            InstKind::CallPullback(call, seeds) => {
                let seeds = seeds
                    .iter()
                    .map(|s| self.get(*s).cloned())
                    .collect::<R<_>>()?;
                self.call(call, Mode::Pullback(seeds), inst.results.len())
            }
            InstKind::CallPushforward(call, tangents) => {
                let tangents = tangents
                    .iter()
                    .map(|t| t.map_or(Ok(Val::NoGrad), |t| self.get(t).cloned()))
                    .collect::<R<_>>()?;
                self.call(call, Mode::Pushforward(tangents), inst.results.len())
            }
            InstKind::AddSlot(a, slot) => {
                let mut a = self.get(*a)?.clone();
                match self.get(*slot)? {
                    Val::NoGrad => {}
                    s => accumulate(&mut a, s)?,
                }
                one(a)
            }
            InstKind::PartialsJvp { .. } | InstKind::CallPullbackPushforward { .. } => {
                bail!("this kind of instruction is not interpreted (second-order calls, rules)")
            }
        }
    }

    /// A call in one of its three forms (see [`Mode`]); `n` results are
    /// expected.
    fn call(&mut self, call: &CallInst, mode: Mode, n: usize) -> R<Vec<Val>> {
        let name = match &call.callee {
            CallTarget::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            CallTarget::Method { name, .. } => Some(name.to_string()),
        }
        .unwrap_or_default();
        let world = self.world;
        let Some(callee) = world.fns.get(name.trim_start_matches("r#")) else {
            // A tuple variant of an enum of the program's built from
            // constants (`Kind::Leaky(0.5)`), which the primal keeps as a
            // call.
            if matches!(mode, Mode::Primal) && call.recv.is_none() && starts_upper(&name) && n == 1
            {
                let fields = call
                    .args
                    .iter()
                    .enumerate()
                    .map(|(k, a)| Ok((k.to_string(), self.get(*a)?.clone())))
                    .collect::<R<_>>()?;
                return Ok(vec![Val::Enum(name, fields)]);
            }
            bail!("a call of `{name}`, which is not a function of the program")
        };
        let recv = match call.recv {
            Some(r) => Some(self.get(r)?.clone()),
            None => None,
        };
        let args: Vec<Val> = call
            .args
            .iter()
            .map(|a| self.get(*a).cloned())
            .collect::<R<_>>()?;
        let mut trace = Trace {
            max_abs: self.max_abs,
            piece: self.piece,
            narrow: self.narrow,
        };
        let mut steps = self.steps;
        let mut run =
            |f: &Func, ps: &[Val]| run_nested(world, recv.as_ref(), f, ps, &mut trace, &mut steps);
        let out = match mode {
            Mode::Primal => run(&callee.primal, &args)?,
            Mode::Pullback(seeds) => {
                let k = seeds.len();
                let mut ps = args.clone();
                ps.extend(seeds);
                let ys = run(&callee.vjp, &ps)?;
                if ys.len() != k + callee.wrt.len() {
                    bail!(
                        "the pullback of `{name}` yields {} values for {k} results and {} \
                         gradients",
                        ys.len(),
                        callee.wrt.len()
                    );
                }
                let mut out = ys[..k].to_vec();
                for j in 0..args.len() {
                    out.push(match callee.wrt.iter().position(|w| *w == j) {
                        Some(g) => ys[k + g].clone(),
                        None => Val::NoGrad,
                    });
                }
                out
            }
            Mode::Pushforward(tangents) => {
                let mut ps = args.clone();
                for &w in &callee.wrt {
                    ps.push(match tangents.get(w) {
                        Some(Val::NoGrad) | None => zeros_like_val(&args[w]),
                        Some(t) => t.clone(),
                    });
                }
                run(&callee.jvp, &ps)?
            }
        };
        self.steps = steps;
        self.max_abs = trace.max_abs;
        self.piece = trace.piece;
        self.narrow = trace.narrow;
        if out.len() != n {
            bail!(
                "`{name}` gives {} values where the call has {n} results",
                out.len()
            );
        }
        Ok(out)
    }

    /// The value of a constant expression.
    fn constant(&self, c: &ConstExpr) -> R<Val> {
        let inputs: Vec<Val> = c
            .inputs
            .iter()
            .map(|v| self.get(*v).cloned())
            .collect::<R<_>>()?;
        let narrow: Vec<bool> = c.inputs.iter().map(|v| self.is_f32(*v)).collect();
        if matches!(c.kind, crate::lang::OpaqueKind::Check { .. }) {
            return self.world.check(&c.expr, &inputs, &narrow);
        }
        self.world.eval(&c.expr, &|name| {
            let k: usize = name.strip_prefix("__autodiff_input_")?.parse().ok()?;
            Some((inputs.get(k)?.clone(), narrow[k]))
        })
    }

    fn inits(&self, params: &[Value], inits: &[Value]) -> R<Vec<Val>> {
        if params.len() != inits.len() {
            bail!(
                "a loop has {} parameters and {} initial values",
                params.len(),
                inits.len()
            );
        }
        inits.iter().map(|v| self.get(*v).cloned()).collect()
    }

    fn path(&self, path: &[Value]) -> R<Vec<usize>> {
        path.iter()
            .map(|p| {
                let i = self.int(*p)?;
                usize::try_from(i).map_err(|_| EvalError(format!("negative index {i}")))
            })
            .collect()
    }

    /// The float arguments of a float method and its integer argument
    /// (`powi`'s exponent; 0 if none).
    fn math_args(&self, info: &crate::math::MathInfo, args: &[Value]) -> R<(Vec<f64>, i32)> {
        if args.len() != info.arity() {
            bail!(
                "`{}` takes {} arguments, got {}",
                info.name,
                info.arity(),
                args.len()
            );
        }
        let mut floats = Vec::new();
        let mut n = 0;
        for (a, kind) in args.iter().zip(info.args) {
            match kind {
                crate::math::Arg::Float => floats.push(self.float(*a)?),
                crate::math::Arg::Int => {
                    n = i32::try_from(self.int(*a)?)
                        .map_err(|_| EvalError("`powi` exponent out of i32".into()))?;
                }
            }
        }
        Ok((floats, n))
    }
}

impl World {
    /// An assertion or panic of `lower::check`,
    /// `{ let x = __autodiff_input_0; ..; assert!(..) }`: an error if it
    /// fails (or panics), a unit value (an empty struct) otherwise.
    fn check(&self, e: &syn::Expr, inputs: &[Val], narrow: &[bool]) -> R<Val> {
        let syn::Expr::Block(b) = e else {
            bail!("an assertion that is not a block")
        };
        let mut bound: Vec<(String, usize)> = Vec::new();
        let mut mac = None;
        for s in &b.block.stmts {
            match s {
                syn::Stmt::Local(l) => {
                    let (syn::Pat::Ident(p), Some(init)) = (&l.pat, &l.init) else {
                        bail!("an assertion's binding that is not `let x = input`")
                    };
                    let k = quote::ToTokens::to_token_stream(&*init.expr).to_string();
                    let Some(k) = k
                        .strip_prefix("__autodiff_input_")
                        .and_then(|k| k.parse().ok())
                    else {
                        bail!("an assertion's binding of {k}")
                    };
                    bound.push((p.ident.to_string(), k));
                }
                syn::Stmt::Expr(syn::Expr::Macro(m), _) => mac = Some(&m.mac),
                syn::Stmt::Macro(m) => mac = Some(&m.mac),
                _ => bail!("an assertion with a statement that is not a binding"),
            }
        }
        let Some(mac) = mac else {
            bail!("an assertion without its macro")
        };
        let input = |name: &str| {
            let (_, k) = bound.iter().rev().find(|(n, _)| n == name)?;
            Some((inputs.get(*k)?.clone(), narrow[*k]))
        };
        let name = mac.path.segments.last().map(|s| s.ident.to_string());
        let args = mac
            .parse_body_with(
                syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
            )
            .map_err(|e| EvalError(e.to_string()))?;
        let arg = |k: usize| match args.iter().nth(k) {
            Some(a) => self.eval(a, &input),
            None => bail!("an assertion without argument {k}"),
        };
        let holds = match name.as_deref() {
            Some("assert" | "debug_assert") => arg(0)? == Val::B(true),
            Some("assert_eq" | "debug_assert_eq") => arg(0)? == arg(1)?,
            Some("assert_ne" | "debug_assert_ne") => arg(0)? != arg(1)?,
            _ => false,
        };
        if !holds {
            bail!("`{}` failed", quote::ToTokens::to_token_stream(mac))
        }
        Ok(Val::Struct(Vec::new()))
    }

    /// The value of a constant expression (the `syn` expression of a
    /// `Const`, or an item's initialiser): `input` gives the value of a name
    /// bound by the caller (and whether it is an `f32`); other names are
    /// items, then associated constants of `f64`/`f32`. Covers what constant
    /// expressions of numeric code are made of: literals, paths, field reads
    /// of structs, arithmetic, comparisons and logic, `as` casts, indexing,
    /// array literals, `len()`, float methods in method and path form (the
    /// `f32` ones on `f32` operands), and `min`/`max`/`pow`/`abs` of
    /// integers.
    pub fn eval(&self, e: &syn::Expr, input: &dyn Fn(&str) -> Option<(Val, bool)>) -> R<Val> {
        self.eval_typed(e, input).map(|(v, _)| v)
    }

    /// [`Self::eval`], and whether the value is an `f32`.
    fn eval_typed(
        &self,
        e: &syn::Expr,
        input: &dyn Fn(&str) -> Option<(Val, bool)>,
    ) -> R<(Val, bool)> {
        use syn::Expr as X;
        let ev = |e: &syn::Expr| self.eval_typed(e, input);
        Ok(match e {
            X::Lit(l) => {
                let narrow = matches!(&l.lit, syn::Lit::Float(f) if f.suffix() == "f32");
                (literal(&l.lit)?, narrow)
            }
            X::Paren(p) => ev(&p.expr)?,
            X::Group(g) => ev(&g.expr)?,
            X::Reference(r) => ev(&r.expr)?,
            X::Path(p) => self.path_value(&p.path, input)?,
            X::Field(f) => {
                if let syn::Member::Unnamed(i) = &f.member {
                    return self.tuple_field(&f.base, i.index, input);
                }
                let (base, _) = ev(&f.base)?;
                let syn::Member::Named(id) = &f.member else {
                    bail!("a tuple field in a constant expression")
                };
                let name = id.to_string();
                match base {
                    Val::Struct(fields) => match fields.into_iter().find(|(n, _)| *n == name) {
                        Some((_, v)) => (v, false),
                        None => bail!("no field `{name}`"),
                    },
                    other => bail!("field `{name}` of {other:?}"),
                }
            }
            X::Unary(u) => {
                let (v, narrow) = ev(&u.expr)?;
                let v = match (&u.op, v) {
                    (syn::UnOp::Neg(_), Val::F(x)) => Val::F(-x),
                    (syn::UnOp::Neg(_), Val::I(x)) => Val::I(-x),
                    (syn::UnOp::Not(_), Val::B(x)) => Val::B(!x),
                    (syn::UnOp::Not(_), Val::I(x)) => Val::I(!x),
                    (syn::UnOp::Deref(_), v) => v,
                    (_, v) => bail!("a unary operator on {v:?}"),
                };
                (v, narrow)
            }
            X::Binary(b) => {
                let (l, nl) = ev(&b.left)?;
                match (&b.op, &l) {
                    (syn::BinOp::And(_), Val::B(false)) => return Ok((Val::B(false), false)),
                    (syn::BinOp::Or(_), Val::B(true)) => return Ok((Val::B(true), false)),
                    (syn::BinOp::And(_) | syn::BinOp::Or(_), _) => return ev(&b.right),
                    _ => {}
                }
                let (r, nr) = ev(&b.right)?;
                let op = syn_binop(&b.op)?;
                let v = binary(op, &l, &r)?;
                let narrow = (nl || nr) && !op.is_comparison();
                (if narrow { round_f32(v) } else { v }, narrow)
            }
            X::Cast(c) => {
                let (v, _) = ev(&c.expr)?;
                let tokens = quote::ToTokens::to_token_stream(&c.ty).to_string();
                let ty = match tokens.as_str() {
                    "f64" => Ty::Float(FloatTy::F64),
                    "f32" => Ty::Float(FloatTy::F32),
                    _ => Ty::Int,
                };
                (cast(v, &ty, &tokens)?, tokens == "f32")
            }
            X::Index(i) => {
                let (base, narrow) = ev(&i.expr)?;
                let (Val::Seq(items), (Val::I(k), _)) = (base, ev(&i.index)?) else {
                    bail!("indexing in a constant expression that is not an array by an integer")
                };
                match usize::try_from(k).ok().and_then(|k| items.get(k)) {
                    Some(v) => (v.clone(), narrow),
                    None => bail!("index {k} out of bounds (length {})", items.len()),
                }
            }
            X::Array(a) => {
                let mut narrow = false;
                let mut items = Vec::new();
                for e in &a.elems {
                    let (v, n) = ev(e)?;
                    narrow |= n;
                    items.push(v);
                }
                (Val::Seq(items), narrow)
            }
            X::Repeat(r) => {
                let (v, narrow) = ev(&r.expr)?;
                let n = match ev(&r.len)? {
                    (Val::I(n), _) => usize::try_from(n).map_err(|_| EvalError("length".into()))?,
                    (other, _) => bail!("array length {other:?}"),
                };
                (Val::Seq(vec![v; n]), narrow)
            }
            X::MethodCall(m) => {
                let mut args = vec![ev(&m.receiver)?];
                for a in &m.args {
                    args.push(ev(a)?);
                }
                self.method(&m.method.to_string(), args)?
            }
            X::Call(c) => {
                let X::Path(p) = &*c.func else {
                    bail!("a call of a non-path in a constant expression")
                };
                let segs: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                let mut args = Vec::new();
                for a in &c.args {
                    args.push(ev(a)?);
                }
                match segs
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    // The interval of a checkpointed loop (generated code).
                    [.., "__private", "checkpoint_interval"] => match args.as_slice() {
                        [(Val::I(n), _)] => {
                            let n = usize::try_from(*n).map_err(|_| EvalError("length".into()))?;
                            let k = autodiff_runtime::__private::checkpoint_interval(n);
                            (Val::I(k as i128), false)
                        }
                        other => bail!("checkpoint_interval of {other:?}"),
                    },
                    [.., "f64" | "f32", "from"] => {
                        let narrow = segs[segs.len() - 2] == "f32";
                        match args.into_iter().next() {
                            Some((Val::F(x), _)) => (Val::F(x), narrow),
                            Some((Val::I(i), _)) => {
                                (cast(Val::I(i), &Ty::Float(FloatTy::F64), "f64")?, narrow)
                            }
                            other => bail!("`from` of {other:?}"),
                        }
                    }
                    [.., ty @ ("f64" | "f32"), name] => {
                        let narrow = *ty == "f32";
                        let args = args.into_iter().map(|(v, n)| (v, n || narrow)).collect();
                        self.method(name, args)?
                    }
                    // `Some(v)`, `Kind::Leaky(v)`: a variant with data.
                    [.., name] if starts_upper(name) => {
                        let fields = args
                            .into_iter()
                            .enumerate()
                            .map(|(k, (v, _))| (k.to_string(), v))
                            .collect();
                        (Val::Enum((*name).to_string(), fields), false)
                    }
                    [.., _int, name] => self.method(name, args)?,
                    other => bail!("a call of `{}` in a constant expression", other.join("::")),
                }
            }
            X::Match(m) => {
                let scrutinee = ev(&m.expr)?;
                for arm in &m.arms {
                    let mut binds = Vec::new();
                    if !self.match_pat(&arm.pat, &scrutinee, input, &mut binds)? {
                        continue;
                    }
                    let inner = |name: &str| {
                        binds
                            .iter()
                            .rev()
                            .find(|(n, _)| n == name)
                            .map(|(_, v)| v.clone())
                            .or_else(|| input(name))
                    };
                    if let Some((_, guard)) = &arm.guard {
                        match self.eval_typed(guard, &inner)? {
                            (Val::B(true), _) => {}
                            (Val::B(false), _) => continue,
                            (other, _) => bail!("a guard that is {other:?}"),
                        }
                    }
                    return self.eval_typed(&arm.body, &inner);
                }
                bail!("no arm of a `match` in a constant expression matches {scrutinee:?}")
            }
            X::If(i) => match ev(&i.cond)? {
                (Val::B(true), _) => self.block_value(&i.then_branch, input)?,
                (Val::B(false), _) => match &i.else_branch {
                    Some((_, e)) => ev(e)?,
                    None => (Val::Unit, false),
                },
                (other, _) => bail!("an `if` on {other:?} in a constant expression"),
            },
            X::Block(b) => self.block_value(&b.block, input)?,
            X::Macro(m) => self.macro_value(&m.mac)?,
            X::Struct(st) => {
                // A variant with named fields (`Kind::Rect { w: 1.0 }`).
                let Some(name) = st.path.segments.last().map(|s| s.ident.to_string()) else {
                    bail!("a struct expression without a name")
                };
                let mut fields = Vec::new();
                for f in &st.fields {
                    let syn::Member::Named(id) = &f.member else {
                        bail!("a tuple field in a struct expression")
                    };
                    fields.push((id.to_string(), ev(&f.expr)?.0));
                }
                (Val::Enum(name, fields), false)
            }
            other => bail!(
                "a constant expression `{}` the interpreter does not know",
                quote::ToTokens::to_token_stream(other)
            ),
        })
    }

    /// The value of a block in a constant expression: its statements are
    /// expressions (a macro that panics is an error), its tail the value.
    fn block_value(
        &self,
        b: &syn::Block,
        input: &dyn Fn(&str) -> Option<(Val, bool)>,
    ) -> R<(Val, bool)> {
        let mut last = (Val::Unit, false);
        for (k, st) in b.stmts.iter().enumerate() {
            last = match st {
                syn::Stmt::Expr(e, semi) => {
                    let v = self.eval_typed(e, input)?;
                    if semi.is_some() || k + 1 < b.stmts.len() {
                        (Val::Unit, false)
                    } else {
                        v
                    }
                }
                syn::Stmt::Macro(m) => self.macro_value(&m.mac)?,
                _ => bail!("a `let` or an item in a constant expression"),
            };
        }
        Ok(last)
    }

    /// A macro in a constant expression: `panic!` and `unreachable!`, which
    /// compiled code would run (an error here).
    fn macro_value(&self, mac: &syn::Macro) -> R<(Val, bool)> {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        match name.as_str() {
            "panic" | "unreachable" => {
                bail!("a constant expression panics (`{name}!({})`)", mac.tokens)
            }
            other => bail!("the macro `{other}!` in a constant expression"),
        }
    }

    /// Whether `pat` matches `v` (a value of a constant expression); the
    /// names it binds are added to `binds`.
    fn match_pat(
        &self,
        pat: &syn::Pat,
        v: &(Val, bool),
        input: &dyn Fn(&str) -> Option<(Val, bool)>,
        binds: &mut Vec<(String, (Val, bool))>,
    ) -> R<bool> {
        use syn::Pat as P;
        let narrow = v.1;
        let part = |x: &Val| (x.clone(), narrow);
        Ok(match pat {
            P::Wild(_) | P::Rest(_) => true,
            P::Paren(p) => self.match_pat(&p.pat, v, input, binds)?,
            P::Type(t) => self.match_pat(&t.pat, v, input, binds)?,
            P::Reference(r) => self.match_pat(&r.pat, v, input, binds)?,
            P::Ident(pi) => {
                if let Some((_, sub)) = &pi.subpat {
                    if !self.match_pat(sub, v, input, binds)? {
                        return Ok(false);
                    }
                } else if starts_upper(&pi.ident.to_string()) {
                    // A unit variant or a constant, by Rust's naming.
                    return Ok(match &v.0 {
                        Val::Enum(name, _) => pi.ident == name,
                        other => {
                            let c = self.path_value(&pi.ident.clone().into(), input)?;
                            c.0 == *other
                        }
                    });
                }
                binds.push((pi.ident.to_string(), v.clone()));
                true
            }
            P::Or(o) => {
                for case in &o.cases {
                    let mark = binds.len();
                    if self.match_pat(case, v, input, binds)? {
                        return Ok(true);
                    }
                    binds.truncate(mark);
                }
                false
            }
            P::Path(p) => {
                let last = p.path.segments.last().map(|s| s.ident.to_string());
                match &v.0 {
                    Val::Enum(name, _) => last.as_ref() == Some(name),
                    other => self.path_value(&p.path, input)?.0 == *other,
                }
            }
            P::TupleStruct(ts) => {
                let last = ts.path.segments.last().map(|s| s.ident.to_string());
                let Val::Enum(name, fields) = &v.0 else {
                    bail!("a variant pattern on {:?} in a constant expression", v.0)
                };
                if last.as_ref() != Some(name) {
                    return Ok(false);
                }
                let elems: Vec<&syn::Pat> = ts.elems.iter().collect();
                let rest = elems.iter().position(|p| matches!(p, P::Rest(_)));
                for (k, p) in elems.iter().enumerate() {
                    let at = match rest {
                        Some(r) if k == r => continue,
                        Some(r) if k > r => fields.len() + k - elems.len(),
                        _ => k,
                    };
                    let Some((_, f)) = fields.get(at) else {
                        bail!("a variant pattern with more fields than the value")
                    };
                    if !self.match_pat(p, &part(f), input, binds)? {
                        return Ok(false);
                    }
                }
                true
            }
            P::Struct(st) => {
                let last = st.path.segments.last().map(|s| s.ident.to_string());
                let Val::Enum(name, fields) = &v.0 else {
                    bail!("a struct pattern on {:?} in a constant expression", v.0)
                };
                if last.as_ref() != Some(name) {
                    return Ok(false);
                }
                for fp in &st.fields {
                    let syn::Member::Named(id) = &fp.member else {
                        bail!("a tuple field in a struct pattern")
                    };
                    let Some((_, f)) = fields.iter().find(|(n, _)| id == n) else {
                        bail!("no field `{id}` in {:?}", v.0)
                    };
                    if !self.match_pat(&fp.pat, &part(f), input, binds)? {
                        return Ok(false);
                    }
                }
                true
            }
            P::Lit(l) => literal(&l.lit)? == v.0,
            P::Range(r) => {
                let end = |e: &Option<Box<syn::Expr>>| -> R<Option<Val>> {
                    e.as_deref()
                        .map(|e| self.eval_typed(e, input).map(|(x, _)| x))
                        .transpose()
                };
                let (lo, hi) = (end(&r.start)?, end(&r.end)?);
                let at_least = match &lo {
                    Some(lo) => binary(BinOp::Ge, &v.0, lo)? == Val::B(true),
                    None => true,
                };
                let op = match r.limits {
                    syn::RangeLimits::Closed(_) => BinOp::Le,
                    syn::RangeLimits::HalfOpen(_) => BinOp::Lt,
                };
                let below = match &hi {
                    Some(hi) => binary(op, &v.0, hi)? == Val::B(true),
                    None => true,
                };
                at_least && below
            }
            P::Slice(sl) => {
                let Val::Seq(items) = &v.0 else {
                    bail!("a slice pattern on {:?} in a constant expression", v.0)
                };
                let elems: Vec<&syn::Pat> = sl.elems.iter().collect();
                let is_rest = |p: &syn::Pat| match p {
                    P::Rest(_) => true,
                    P::Ident(pi) => pi
                        .subpat
                        .as_ref()
                        .is_some_and(|(_, s)| matches!(**s, P::Rest(_))),
                    _ => false,
                };
                let rest = elems.iter().position(|p| is_rest(p));
                let named = elems.len() - usize::from(rest.is_some());
                if items.len() < named || (rest.is_none() && items.len() != named) {
                    return Ok(false);
                }
                for (k, p) in elems.iter().enumerate() {
                    let item = match rest {
                        Some(r) if k == r => {
                            let tail =
                                Val::Seq(items[r..items.len() + r + 1 - elems.len()].to_vec());
                            if !self.match_pat(p, &part(&tail), input, binds)? {
                                return Ok(false);
                            }
                            continue;
                        }
                        Some(r) if k > r => &items[items.len() + k - elems.len()],
                        _ => &items[k],
                    };
                    if !self.match_pat(p, &part(item), input, binds)? {
                        return Ok(false);
                    }
                }
                true
            }
            other => bail!(
                "the pattern `{}` in a constant expression",
                quote::ToTokens::to_token_stream(other)
            ),
        })
    }

    /// `base.index` for a tuple `base`: only `size_hint(&(a..b)).0`, the
    /// trip count of a range (generated code).
    fn tuple_field(
        &self,
        base: &syn::Expr,
        index: u32,
        input: &dyn Fn(&str) -> Option<(Val, bool)>,
    ) -> R<(Val, bool)> {
        let strip = |e: &syn::Expr| -> syn::Expr {
            let mut e = e.clone();
            loop {
                e = match e {
                    syn::Expr::Paren(p) => *p.expr,
                    syn::Expr::Group(g) => *g.expr,
                    syn::Expr::Reference(r) => *r.expr,
                    other => return other,
                };
            }
        };
        if let (syn::Expr::Call(c), 0) = (strip(base), index) {
            let is_hint = matches!(&*c.func, syn::Expr::Path(p)
                if p.path.segments.last().is_some_and(|s| s.ident == "size_hint"));
            if let (true, Some(syn::Expr::Range(r))) = (is_hint, c.args.first().map(strip)) {
                let bound = |e: Option<&syn::Expr>| -> R<i128> {
                    match e.map(|e| self.eval_typed(e, input)) {
                        Some(Ok((Val::I(i), _))) => Ok(i),
                        _ => bail!("a range bound that is not an integer"),
                    }
                };
                let (lo, hi) = (bound(r.start.as_deref())?, bound(r.end.as_deref())?);
                let hi = if matches!(r.limits, syn::RangeLimits::Closed(_)) {
                    hi + 1
                } else {
                    hi
                };
                return Ok((Val::I((hi - lo).max(0)), false));
            }
        }
        bail!(
            "a tuple field `.{index}` of `{}` in a constant expression",
            quote::ToTokens::to_token_stream(base)
        )
    }

    /// A path: a bound name, an item, an associated constant.
    fn path_value(
        &self,
        path: &syn::Path,
        input: &dyn Fn(&str) -> Option<(Val, bool)>,
    ) -> R<(Val, bool)> {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let [one] = segs.as_slice() {
            if let Some(v) = input(one) {
                return Ok(v);
            }
        }
        let last = segs.last().map(String::as_str).unwrap_or("");
        let ty = segs.iter().rev().nth(1).map(String::as_str);
        let narrow = segs.iter().any(|s| s == "f32");
        if matches!(ty, Some("consts" | "f64" | "f32"))
            && segs.iter().any(|s| s == "f64" || s == "f32")
        {
            use std::f64::consts as c;
            let x = match last {
                "PI" => c::PI,
                "E" => c::E,
                "TAU" => c::TAU,
                "SQRT_2" => c::SQRT_2,
                "LN_2" => c::LN_2,
                "LN_10" => c::LN_10,
                "FRAC_PI_2" => c::FRAC_PI_2,
                "FRAC_PI_3" => c::FRAC_PI_3,
                "FRAC_PI_4" => c::FRAC_PI_4,
                "FRAC_1_SQRT_2" => c::FRAC_1_SQRT_2,
                "LOG2_E" => c::LOG2_E,
                "LOG10_E" => c::LOG10_E,
                "MAX" if narrow => f64::from(f32::MAX),
                "MAX" => f64::MAX,
                "EPSILON" if narrow => f64::from(f32::EPSILON),
                "EPSILON" => f64::EPSILON,
                "INFINITY" => f64::INFINITY,
                other => bail!("the constant `{other}`"),
            };
            let x = if narrow { f64::from(x as f32) } else { x };
            return Ok((Val::F(x), narrow));
        }
        match self.items.get(last) {
            Some((v, narrow)) => Ok((v.clone(), *narrow)),
            // `None`, `Option::None`, `Kind::Relu`: a unit variant.
            None if last == "None" || (starts_upper(last) && ty.is_some_and(starts_upper)) => {
                Ok((Val::Enum(last.to_string(), vec![]), false))
            }
            None => bail!("`{}` is neither a bound name nor an item", segs.join("::")),
        }
    }

    /// A method of a constant receiver (the first of `args`).
    fn method(&self, name: &str, args: Vec<(Val, bool)>) -> R<(Val, bool)> {
        let narrow = args.first().is_some_and(|a| a.1);
        let vals: Vec<Val> = args.into_iter().map(|(v, _)| v).collect();
        let payload = |fields: &[(String, Val)]| -> R<Val> {
            match fields.first() {
                Some((_, v)) => Ok(v.clone()),
                None => bail!("`Some` without a payload"),
            }
        };
        Ok(match (name, vals.as_slice()) {
            ("clone", [v]) => (v.clone(), narrow),
            ("is_some", [Val::Enum(v, _)]) => (Val::B(v == "Some"), false),
            ("is_none", [Val::Enum(v, _)]) => (Val::B(v == "None"), false),
            ("unwrap" | "expect" | "unwrap_or" | "unwrap_or_default", [Val::Enum(v, f), ..])
                if v == "Some" =>
            {
                (payload(f)?, narrow)
            }
            ("unwrap_or", [Val::Enum(_, _), d]) => (d.clone(), narrow),
            // The default of the payloads the generator gives options
            // (floats; an integer or an array payload would need its type).
            ("unwrap_or_default", [Val::Enum(_, _)]) => (Val::F(0.0), narrow),
            ("unwrap" | "expect", [Val::Enum(..), ..]) => {
                bail!("`{name}` of `None` in a constant expression panics")
            }
            ("len", [Val::Seq(items)]) => (Val::I(items.len() as i128), false),
            ("min", [Val::I(a), Val::I(b)]) => (Val::I(*a.min(b)), false),
            ("max", [Val::I(a), Val::I(b)]) => (Val::I(*a.max(b)), false),
            ("abs", [Val::I(a)]) => (Val::I(a.abs()), false),
            ("pow", [Val::I(a), Val::I(b)]) => {
                let b = u32::try_from(*b).map_err(|_| EvalError("exponent".into()))?;
                let v = a
                    .checked_pow(b)
                    .ok_or_else(|| EvalError("overflow".into()))?;
                (Val::I(v), false)
            }
            (_, [Val::F(x), rest @ ..]) => {
                if let Some(info) = crate::math::lookup(name) {
                    if info.kind == crate::math::Kind::Query {
                        return Ok((query(name, *x, !narrow)?, false));
                    }
                }
                let mut floats = vec![*x];
                let mut n = 0;
                for a in rest {
                    match a {
                        Val::F(y) => floats.push(*y),
                        Val::I(i) => {
                            n = i32::try_from(*i).map_err(|_| EvalError("exponent".into()))?;
                        }
                        other => bail!("an argument {other:?} of `{name}`"),
                    }
                }
                let y = if narrow {
                    let f: Vec<f32> = floats.iter().map(|x| *x as f32).collect();
                    math_f32(name, &f, n).map(f64::from)
                } else {
                    math_f64(name, &floats, n)
                };
                match y {
                    Some(y) => (Val::F(y), narrow),
                    None => bail!("`{name}` of {floats:?} panics or is unknown"),
                }
            }
            (name, args) => bail!("the method `{name}` of {args:?} in a constant expression"),
        })
    }
}

/// Whether a name starts with an upper-case letter: a type, a variant or
/// a constant, by Rust's naming convention.
fn starts_upper(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The IR operator of a `syn` binary operator (not `&&`, `||` nor a
/// compound assignment).
fn syn_binop(op: &syn::BinOp) -> R<BinOp> {
    use syn::BinOp as S;
    Ok(match op {
        S::Add(_) => BinOp::Add,
        S::Sub(_) => BinOp::Sub,
        S::Mul(_) => BinOp::Mul,
        S::Div(_) => BinOp::Div,
        S::Rem(_) => BinOp::Rem,
        S::Eq(_) => BinOp::Eq,
        S::Ne(_) => BinOp::Ne,
        S::Lt(_) => BinOp::Lt,
        S::Le(_) => BinOp::Le,
        S::Gt(_) => BinOp::Gt,
        S::Ge(_) => BinOp::Ge,
        S::BitAnd(_) => BinOp::BitAnd,
        S::BitOr(_) => BinOp::BitOr,
        S::BitXor(_) => BinOp::BitXor,
        S::Shl(_) => BinOp::Shl,
        S::Shr(_) => BinOp::Shr,
        _ => bail!("a compound assignment in a constant expression"),
    })
}

fn round_f32(x: Val) -> Val {
    match x {
        Val::F(f) => Val::F(f64::from(f as f32)),
        Val::Seq(items) => Val::Seq(items.into_iter().map(round_f32).collect()),
        other => other,
    }
}

fn literal(lit: &syn::Lit) -> R<Val> {
    let bad = |e: syn::Error| EvalError(format!("literal: {e}"));
    Ok(match lit {
        syn::Lit::Float(f) => {
            let x: f64 = f.base10_parse().map_err(bad)?;
            if f.suffix() == "f32" {
                Val::F(f64::from(x as f32))
            } else {
                Val::F(x)
            }
        }
        syn::Lit::Int(i) => Val::I(i.base10_parse().map_err(bad)?),
        syn::Lit::Bool(b) => Val::B(b.value),
        other => bail!("literal {} is not a number or bool", quote::quote!(#other)),
    })
}

/// Checks that every value `func` reads is in scope where it is read (defined
/// earlier in the same block or an enclosing one, or a parameter or index
/// of an enclosing loop), on every path, as rustc will check the emitted
/// code. The interpreter only sees the paths a run takes; this sees them
/// all.
pub fn check_scopes(func: &Func) -> R<()> {
    let mut scope: Vec<Value> = Vec::new();
    scoped_block(func, &func.body, &mut scope)
}

fn scoped_block(func: &Func, b: &Block, scope: &mut Vec<Value>) -> R<()> {
    let mark = scope.len();
    for inst in &b.insts {
        for v in inst.kind.operands() {
            if !scope.contains(&v) {
                bail!(
                    "v{} ({:?}) is read outside the block that defines it (on some path)",
                    v.0,
                    func.name(v)
                );
            }
        }
        match inst.kind.structure() {
            Structure::For(l) => {
                let m = scope.len();
                scope.push(l.index);
                scope.extend(&l.params);
                scoped_block(func, &l.body, scope)?;
                scope.truncate(m);
            }
            Structure::While(l) => {
                let m = scope.len();
                scope.extend(&l.params);
                scoped_block(func, &l.cond, scope)?;
                scoped_block(func, &l.body, scope)?;
                scope.truncate(m);
            }
            Structure::If {
                then_block,
                else_block,
            } => {
                scoped_block(func, then_block, scope)?;
                scoped_block(func, else_block, scope)?;
            }
            Structure::Flat => {}
        }
        scope.extend(&inst.results);
    }
    for v in &b.yields {
        if !scope.contains(v) {
            bail!(
                "v{} ({:?}) is yielded outside the block that defines it (on some path)",
                v.0,
                func.name(*v)
            );
        }
    }
    scope.truncate(mark);
    Ok(())
}

/// How a call is run.
enum Mode {
    /// The callee's value.
    Primal,
    /// Its pullback, with one seed per result.
    Pullback(Vec<Val>),
    /// Its pushforward, with one tangent (or [`Val::NoGrad`]) per argument.
    Pushforward(Vec<Val>),
}

/// The length of an array type as written: a literal, or a `const` item.
fn len_of(world: &World, len: &Len) -> R<usize> {
    let text = len.0.to_string();
    let digits = text.trim_end_matches("usize").replace('_', "");
    if let Ok(n) = digits.trim().parse() {
        return Ok(n);
    }
    match world.items.get(text.trim()) {
        Some((Val::I(n), _)) => usize::try_from(*n).map_err(|_| EvalError("length".into())),
        _ => bail!("array length `{text}` is not a literal or an integer item"),
    }
}

/// Zeros of type `ty` as `emit` writes them; `like` gives a `Vec` its
/// length, and a value whose type the macro does not know its shape
/// (`zeros_like`).
fn zeros(world: &World, ty: &Ty, like: Option<&Val>) -> R<Val> {
    Ok(match ty {
        Ty::Float(_) => Val::F(0.0),
        Ty::Array(e, n) => Val::Seq(vec![zeros(world, e, None)?; len_of(world, n)?]),
        Ty::Vec(e) => match like {
            Some(Val::Seq(items)) => Val::Seq(vec![zeros(world, e, None)?; items.len()]),
            Some(other) => bail!("zeros like {other:?} of type {ty:?}"),
            None => Val::Seq(vec![]),
        },
        Ty::Int => Val::I(0),
        Ty::Bool => Val::B(false),
        Ty::Unknown | Ty::Other => match like {
            Some(like) => zeros_like_val(like),
            // `Default::default()` of a type only rustc knows: a float
            // wherever the interpreter has met one (an aggregate would be
            // an error at its first use).
            None => Val::F(0.0),
        },
    })
}

/// Zeros shaped like `v` (`autodiff_runtime::zeros_like`).
pub fn zeros_like_val(v: &Val) -> Val {
    match v {
        Val::F(_) => Val::F(0.0),
        Val::Seq(items) => Val::Seq(items.iter().map(zeros_like_val).collect()),
        other => other.clone(),
    }
}

fn element_mut<'v>(mut x: &'v mut Val, path: &[usize]) -> R<&'v mut Val> {
    for &i in path {
        x = match x {
            Val::Seq(items) => {
                let n = items.len();
                match items.get_mut(i) {
                    Some(e) => e,
                    None => bail!("index {i} out of bounds (length {n})"),
                }
            }
            other => bail!("indexing {other:?}"),
        };
    }
    Ok(x)
}

/// `target += v` as generated code does it: floats add, aggregates add
/// element-wise over the common length (`autodiff_runtime::accumulate`
/// zips).
fn accumulate(target: &mut Val, v: &Val) -> R<()> {
    match (target, v) {
        (Val::F(a), Val::F(b)) => *a += b,
        (Val::Seq(a), Val::Seq(b)) => {
            for (x, y) in a.iter_mut().zip(b) {
                accumulate(x, y)?;
            }
        }
        (a, b) => bail!("adding {b:?} into {a:?}"),
    }
    Ok(())
}

fn binary(op: BinOp, a: &Val, b: &Val) -> R<Val> {
    use BinOp::*;
    Ok(match (a, b) {
        (Val::F(x), Val::F(y)) => {
            let (x, y) = (*x, *y);
            match op {
                Add => Val::F(x + y),
                Sub => Val::F(x - y),
                Mul => Val::F(x * y),
                Div => Val::F(x / y),
                Rem => Val::F(x % y),
                Eq => Val::B(x == y),
                Ne => Val::B(x != y),
                Lt => Val::B(x < y),
                Le => Val::B(x <= y),
                Gt => Val::B(x > y),
                Ge => Val::B(x >= y),
                _ => bail!("{op:?} of floats"),
            }
        }
        (Val::I(x), Val::I(y)) => {
            let (x, y) = (*x, *y);
            match op {
                Add => Val::I(x + y),
                Sub => Val::I(x - y),
                Mul => Val::I(
                    x.checked_mul(y)
                        .ok_or_else(|| EvalError("overflow".into()))?,
                ),
                Div | Rem if y == 0 => bail!("integer division by zero"),
                Div => Val::I(x / y),
                Rem => Val::I(x % y),
                Eq => Val::B(x == y),
                Ne => Val::B(x != y),
                Lt => Val::B(x < y),
                Le => Val::B(x <= y),
                Gt => Val::B(x > y),
                Ge => Val::B(x >= y),
                BitAnd => Val::I(x & y),
                BitOr => Val::I(x | y),
                BitXor => Val::I(x ^ y),
                Shl | Shr if !(0..64).contains(&y) => bail!("shift by {y}"),
                Shl => Val::I(x << y),
                Shr => Val::I(x >> y),
            }
        }
        (Val::B(x), Val::B(y)) => {
            let (x, y) = (*x, *y);
            match op {
                Eq => Val::B(x == y),
                Ne => Val::B(x != y),
                Lt => Val::B(!x & y),
                Le => Val::B(x <= y),
                Gt => Val::B(x & !y),
                Ge => Val::B(x >= y),
                BitAnd => Val::B(x & y),
                BitOr => Val::B(x | y),
                BitXor => Val::B(x ^ y),
                _ => bail!("{op:?} of bools"),
            }
        }
        (a, b) => bail!("{op:?} of {a:?} and {b:?}"),
    })
}

/// `x as T`, with Rust's saturating float-to-integer conversion for the
/// integer type named `tokens`.
fn cast(x: Val, to: &Ty, tokens: &str) -> R<Val> {
    Ok(match (to, x) {
        (Ty::Float(w), Val::F(f)) => Val::F(width(*w, f)),
        #[allow(clippy::cast_precision_loss)]
        (Ty::Float(w), Val::I(i)) => Val::F(width(*w, i as f64)),
        (Ty::Int, Val::F(f)) => {
            let (lo, hi) = int_range(tokens);
            let t = f.trunc();
            Val::I(if f.is_nan() {
                0
            } else if t <= lo as f64 {
                lo
            } else if t >= hi as f64 {
                hi
            } else {
                t as i128
            })
        }
        (Ty::Int, Val::I(i)) => Val::I(i),
        (Ty::Int, Val::B(b)) => Val::I(i128::from(b)),
        (to, x) => bail!("{x:?} as {to:?} (`{tokens}`)"),
    })
}

fn width(w: FloatTy, x: f64) -> f64 {
    match w {
        FloatTy::F32 => f64::from(x as f32),
        _ => x,
    }
}

/// The range of the integer type named by the last word of `tokens`.
fn int_range(tokens: &str) -> (i128, i128) {
    let name = tokens
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    match name {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" | "usize" => (0, u64::MAX.into()),
        "u128" => (0, i128::MAX),
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i128" => (i128::MIN, i128::MAX),
        _ => (i64::MIN.into(), i64::MAX.into()),
    }
}

fn query(name: &str, x: f64, wide: bool) -> R<Val> {
    let narrow = x as f32;
    Ok(match name {
        "is_nan" => Val::B(x.is_nan()),
        "is_infinite" => Val::B(x.is_infinite()),
        "is_finite" => Val::B(x.is_finite()),
        "is_normal" if wide => Val::B(x.is_normal()),
        "is_normal" => Val::B(narrow.is_normal()),
        "is_subnormal" if wide => Val::B(x.is_subnormal()),
        "is_subnormal" => Val::B(narrow.is_subnormal()),
        "is_sign_positive" => Val::B(x.is_sign_positive()),
        "is_sign_negative" => Val::B(x.is_sign_negative()),
        "to_bits" if wide => Val::I(x.to_bits().into()),
        "to_bits" => Val::I(narrow.to_bits().into()),
        other => bail!("unknown query method `{other}`"),
    })
}

/// The float methods and their runtime rules, for one float type.
macro_rules! float_ops {
    ($math:ident, $partials:ident, $F:ident) => {
        /// `a[0].NAME(a[1..])` (`n`: the exponent of `powi`); `None` for an
        /// unknown name or where the std method panics.
        pub fn $math(name: &str, a: &[$F], n: i32) -> Option<$F> {
            Some(match (name, a) {
                ("sin", [x]) => x.sin(),
                ("cos", [x]) => x.cos(),
                ("tan", [x]) => x.tan(),
                ("asin", [x]) => x.asin(),
                ("acos", [x]) => x.acos(),
                ("atan", [x]) => x.atan(),
                ("sinh", [x]) => x.sinh(),
                ("cosh", [x]) => x.cosh(),
                ("tanh", [x]) => x.tanh(),
                ("asinh", [x]) => x.asinh(),
                ("acosh", [x]) => x.acosh(),
                ("atanh", [x]) => x.atanh(),
                ("exp", [x]) => x.exp(),
                ("exp2", [x]) => x.exp2(),
                ("exp_m1", [x]) => x.exp_m1(),
                ("ln", [x]) => x.ln(),
                ("log2", [x]) => x.log2(),
                ("log10", [x]) => x.log10(),
                ("ln_1p", [x]) => x.ln_1p(),
                ("sqrt", [x]) => x.sqrt(),
                ("cbrt", [x]) => x.cbrt(),
                ("abs", [x]) => x.abs(),
                ("recip", [x]) => x.recip(),
                ("fract", [x]) => x.fract(),
                ("to_degrees", [x]) => x.to_degrees(),
                ("to_radians", [x]) => x.to_radians(),
                ("floor", [x]) => x.floor(),
                ("ceil", [x]) => x.ceil(),
                ("round", [x]) => x.round(),
                ("trunc", [x]) => x.trunc(),
                ("signum", [x]) => x.signum(),
                ("round_ties_even", [x]) => x.round_ties_even(),
                ("copysign", [x, y]) => x.copysign(*y),
                ("rem_euclid", [x, y]) => x.rem_euclid(*y),
                ("div_euclid", [x, y]) => x.div_euclid(*y),
                ("midpoint", [x, y]) => x.midpoint(*y),
                ("powi", [x]) => x.powi(n),
                ("atan2", [x, y]) => x.atan2(*y),
                ("log", [x, y]) => x.log(*y),
                ("powf", [x, y]) => x.powf(*y),
                ("hypot", [x, y]) => x.hypot(*y),
                ("max", [x, y]) => x.max(*y),
                ("min", [x, y]) => x.min(*y),
                ("mul_add", [x, y, z]) => x.mul_add(*y, *z),
                // std's clamp panics unless lo <= hi (and neither is NaN).
                ("clamp", [x, lo, hi]) if lo <= hi => x.clamp(*lo, *hi),
                _ => return None,
            })
        }

        /// `autodiff_runtime::rules::F::NAME(a.., n, y)` as a list.
        fn $partials(name: &str, a: &[$F], n: i32, y: $F) -> Option<Vec<$F>> {
            use autodiff_runtime::rules::$F as r;
            Some(match (name, a) {
                ("sin", [x]) => vec![r::sin(*x, y)],
                ("cos", [x]) => vec![r::cos(*x, y)],
                ("tan", [x]) => vec![r::tan(*x, y)],
                ("asin", [x]) => vec![r::asin(*x, y)],
                ("acos", [x]) => vec![r::acos(*x, y)],
                ("atan", [x]) => vec![r::atan(*x, y)],
                ("sinh", [x]) => vec![r::sinh(*x, y)],
                ("cosh", [x]) => vec![r::cosh(*x, y)],
                ("tanh", [x]) => vec![r::tanh(*x, y)],
                ("asinh", [x]) => vec![r::asinh(*x, y)],
                ("acosh", [x]) => vec![r::acosh(*x, y)],
                ("atanh", [x]) => vec![r::atanh(*x, y)],
                ("exp", [x]) => vec![r::exp(*x, y)],
                ("exp2", [x]) => vec![r::exp2(*x, y)],
                ("exp_m1", [x]) => vec![r::exp_m1(*x, y)],
                ("ln", [x]) => vec![r::ln(*x, y)],
                ("log2", [x]) => vec![r::log2(*x, y)],
                ("log10", [x]) => vec![r::log10(*x, y)],
                ("ln_1p", [x]) => vec![r::ln_1p(*x, y)],
                ("sqrt", [x]) => vec![r::sqrt(*x, y)],
                ("cbrt", [x]) => vec![r::cbrt(*x, y)],
                ("abs", [x]) => vec![r::abs(*x, y)],
                ("recip", [x]) => vec![r::recip(*x, y)],
                ("fract", [x]) => vec![r::fract(*x, y)],
                ("to_degrees", [x]) => vec![r::to_degrees(*x, y)],
                ("to_radians", [x]) => vec![r::to_radians(*x, y)],
                ("floor", [x]) => vec![r::floor(*x, y)],
                ("ceil", [x]) => vec![r::ceil(*x, y)],
                ("round", [x]) => vec![r::round(*x, y)],
                ("trunc", [x]) => vec![r::trunc(*x, y)],
                ("signum", [x]) => vec![r::signum(*x, y)],
                ("round_ties_even", [x]) => vec![r::round_ties_even(*x, y)],
                ("copysign", [a, b]) => {
                    let (p, q) = r::copysign(*a, *b, y);
                    vec![p, q]
                }
                ("rem_euclid", [a, b]) => {
                    let (p, q) = r::rem_euclid(*a, *b, y);
                    vec![p, q]
                }
                ("div_euclid", [a, b]) => {
                    let (p, q) = r::div_euclid(*a, *b, y);
                    vec![p, q]
                }
                ("midpoint", [a, b]) => {
                    let (p, q) = r::midpoint(*a, *b, y);
                    vec![p, q]
                }
                ("powi", [x]) => vec![r::powi(*x, n, y)],
                ("atan2", [a, b]) => {
                    let (p, q) = r::atan2(*a, *b, y);
                    vec![p, q]
                }
                ("log", [a, b]) => {
                    let (p, q) = r::log(*a, *b, y);
                    vec![p, q]
                }
                ("powf", [a, b]) => {
                    let (p, q) = r::powf(*a, *b, y);
                    vec![p, q]
                }
                ("hypot", [a, b]) => {
                    let (p, q) = r::hypot(*a, *b, y);
                    vec![p, q]
                }
                ("max", [a, b]) => {
                    let (p, q) = r::max(*a, *b, y);
                    vec![p, q]
                }
                ("min", [a, b]) => {
                    let (p, q) = r::min(*a, *b, y);
                    vec![p, q]
                }
                ("mul_add", [a, b, c]) => {
                    let (p, q, s) = r::mul_add(*a, *b, *c, y);
                    vec![p, q, s]
                }
                ("clamp", [a, b, c]) => {
                    let (p, q, s) = r::clamp(*a, *b, *c, y);
                    vec![p, q, s]
                }
                _ => return None,
            })
        }
    };
}

float_ops!(math_f64, partials_f64, f64);
float_ops!(math_f32, partials_f32, f32);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::{Kind, METHODS};

    /// Every method of the macro's table is interpreted, and has a rule.
    #[test]
    fn every_method_has_an_implementation_and_a_rule() {
        for m in METHODS {
            let a = vec![0.3; m.float_arity()];
            match m.kind {
                Kind::Query => assert!(query(m.name, 0.3, true).is_ok(), "{}", m.name),
                _ => {
                    let a = if m.name == "clamp" {
                        vec![0.3, 0.1, 0.9]
                    } else {
                        a
                    };
                    let y = math_f64(m.name, &a, 2);
                    assert!(y.is_some(), "{}", m.name);
                    let p = partials_f64(m.name, &a, 2, y.unwrap_or(0.0));
                    assert_eq!(p.map(|p| p.len()), Some(m.float_arity()), "{}", m.name);
                    let f: Vec<f32> = a.iter().map(|x| *x as f32).collect();
                    assert!(math_f32(m.name, &f, 2).is_some(), "{}", m.name);
                }
            }
        }
    }

    /// The primal, VJP and JVP of a small loop, against their formulas.
    #[test]
    fn runs_primal_reverse_and_forward_ir() {
        let src = "fn f(x: f64, y: f64) -> f64 {
            let mut s = x * y;
            for i in 0..3 {
                s += (i as f64) * x.sin();
            }
            s
        }";
        let c = crate::fuzz::check::compile("", src).expect("accepted");
        let (x, y) = (2.0_f64, 3.0_f64);
        let value = x * y + 3.0 * x.sin();
        assert_eq!(run(&c.primal, &[Val::F(x), Val::F(y)]), vec![Val::F(value)]);
        let r = run(&c.vjp, &[Val::F(x), Val::F(y), Val::F(1.0)]);
        let dx = y + 3.0 * x.cos();
        assert_eq!(r.len(), 3);
        assert!((r[1].f().unwrap_or(0.0) - dx).abs() < 1e-12, "{r:?}");
        assert_eq!(r[2], Val::F(x));
        let t = run(&c.jvp, &[Val::F(x), Val::F(y), Val::F(1.0), Val::F(0.0)]);
        assert!((t[1].f().unwrap_or(0.0) - dx).abs() < 1e-12, "{t:?}");
        // A missing parameter is an error, not a panic.
        assert!(try_run(&c.primal, &[Val::F(x)]).is_err());
    }

    #[test]
    fn clamp_with_crossed_bounds_is_an_error_not_a_panic() {
        assert_eq!(math_f64("clamp", &[0.5, 1.0, 0.0], 0), None);
        assert_eq!(math_f64("clamp", &[0.5, f64::NAN, 1.0], 0), None);
    }
}
