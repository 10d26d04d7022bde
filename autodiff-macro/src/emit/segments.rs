//! Long function bodies as a chain of functions.
//!
//! rustc's borrow checker and MIR optimisations and LLVM's register
//! allocator take time that grows faster than linearly with the size of one
//! function and the number of values live across it, and the derivative of
//! a long straight-line function is a longer one, whose reverse sweep reads
//! values from all of its forward sweep. So the top level of a long body is
//! cut into segments of about [`SEGMENT_WEIGHT`] instructions, each emitted
//! as a nested `#[inline(never)]` function. Segments pass values to later
//! ones through frames, arrays of the caller (`[f64; M]`, one per scalar
//! type): a segment loads the values it reads from earlier ones at its start
//! and stores those that later ones read at its end. Borrowed slice and
//! array parameters are passed as arguments. The body's parameters are read
//! by the caller and put in the frame.
//!
//! A cut is made only where every value that crosses it can be passed: a
//! float of known width, a `bool`, or a borrowed parameter of floats. Nothing
//! else may cross (an integer, whose width the IR does not know, an owned
//! array, a value of a type the macro cannot name, a tape, an expression
//! inlined into its reader). Segments are generic over an unused constant,
//! so, like the `#[inline]` companions, they are compiled only where used.

use super::Dense;
use crate::ir::{Block, FloatTy, Func, InstKind, Ty, Value};
use std::collections::HashMap;

/// About this many instructions (nested ones included) go in one segment.
pub const SEGMENT_WEIGHT: usize = 200;

/// A scalar type values are passed in, one frame each.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameTy {
    F64,
    F32,
    Bool,
}

impl FrameTy {
    pub const ALL: [FrameTy; 3] = [FrameTy::F64, FrameTy::F32, FrameTy::Bool];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// How a value crosses into later segments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pass {
    /// In slot `.1` of the frame of type `.0`.
    Frame(FrameTy, usize),
    /// As an argument (a borrowed parameter).
    Arg,
}

/// The plan: which instructions go in which segment and how values pass.
pub struct Plan {
    /// Top-level instructions emitted by the caller before the segments
    /// (the parameters).
    pub prelude: Vec<usize>,
    /// Each segment's top-level instructions, parameters excluded. The
    /// first runs in the caller, the others are functions.
    pub segments: Vec<Vec<usize>>,
    /// Per segment: the values it loads from frames at its start (a
    /// function: all it reads from outside; the last segment: those that
    /// functions defined, for itself and the yields), and those it stores
    /// at its end for later segments.
    pub ins: Vec<Vec<Value>>,
    pub outs: Vec<Vec<Value>>,
    /// Values of the prelude that segments read from a frame.
    pub prelude_out: Vec<Value>,
    pub pass: Dense<Pass>,
    /// The length of each frame.
    pub frame_len: [usize; 3],
}

/// What the planner needs to know about values beyond their types.
pub struct Facts<'a> {
    /// Values written where they are read and that read nothing (literals,
    /// zeros): never passed.
    pub constant: &'a dyn Fn(Value) -> bool,
    /// Values inlined into their reader.
    pub inlined_expr: &'a dyn Fn(Value) -> bool,
    /// Values bound to borrowed parameters.
    pub borrowed: &'a dyn Fn(Value) -> bool,
}

/// Where the values of the body's top level are defined and read.
struct Ranges {
    /// Top-level index of each value's definition (`None`: a parameter,
    /// hoisted to the prelude).
    def: Dense<Option<usize>>,
    /// Top-level index of each value's last read; the number of top-level
    /// instructions for the yields.
    last: Dense<usize>,
    /// Per top-level instruction: the values it reads, nested reads included.
    reads: Vec<Vec<Value>>,
    /// Per top-level instruction: instructions inside it, itself included.
    weight: Vec<usize>,
    /// First and last top-level index at which each tape is used.
    tapes: HashMap<usize, (usize, usize)>,
}

impl Ranges {
    fn new(body: &Block) -> Self {
        let mut r = Ranges {
            def: Dense::default(),
            last: Dense::default(),
            reads: Vec::with_capacity(body.insts.len()),
            weight: Vec::with_capacity(body.insts.len()),
            tapes: HashMap::new(),
        };
        for (i, inst) in body.insts.iter().enumerate() {
            let mut reads = Vec::new();
            let mut weight = 0;
            let param = matches!(inst.kind, InstKind::Param(_) | InstKind::SelfParam);
            r.visit(
                i,
                std::slice::from_ref(inst),
                &mut reads,
                &mut weight,
                param,
            );
            for v in &reads {
                r.last.insert(*v, i);
            }
            r.reads.push(reads);
            r.weight.push(weight);
        }
        let n = body.insts.len();
        for y in &body.yields {
            r.last.insert(*y, n);
        }
        r
    }

    fn visit(
        &mut self,
        i: usize,
        insts: &[crate::ir::Inst],
        reads: &mut Vec<Value>,
        weight: &mut usize,
        param: bool,
    ) {
        for inst in insts {
            *weight += 1;
            reads.extend(inst.kind.operands());
            let at = (!param).then_some(i);
            for r in &inst.results {
                self.def.insert(*r, at);
            }
            match &inst.kind {
                InstKind::For(l) => {
                    self.def.insert(l.index, at);
                    l.params.iter().for_each(|p| self.def.insert(*p, at));
                }
                InstKind::While(l) => l.params.iter().for_each(|p| self.def.insert(*p, at)),
                InstKind::TapeNew(id)
                | InstKind::TapeReserve { id, .. }
                | InstKind::TapePush { id, .. }
                | InstKind::TapePop(id) => {
                    let e = self.tapes.entry(*id).or_insert((i, i));
                    e.0 = e.0.min(i);
                    e.1 = e.1.max(i);
                }
                InstKind::Param(_)
                | InstKind::SelfParam
                | InstKind::Literal(_)
                | InstKind::Zero
                | InstKind::Const(_)
                | InstKind::Unary(..)
                | InstKind::Binary(..)
                | InstKind::Cast(..)
                | InstKind::Math(..)
                | InstKind::Partials { .. }
                | InstKind::PartialsJvp { .. }
                | InstKind::Index { .. }
                | InstKind::Insert { .. }
                | InstKind::AddAt { .. }
                | InstKind::AddAgg(..)
                | InstKind::ArrayLit(_)
                | InstKind::ArrayRepeat(..)
                | InstKind::VecRepeat(..)
                | InstKind::VecNew(_)
                | InstKind::Push { .. }
                | InstKind::Truncate { .. }
                | InstKind::Len(_)
                | InstKind::SumElems(_)
                | InstKind::ZerosLike(_)
                | InstKind::Call(_)
                | InstKind::CallPullback(..)
                | InstKind::CallPushforward(..)
                | InstKind::AddSlot(..)
                | InstKind::CallPullbackPushforward { .. }
                | InstKind::If { .. } => {}
            }
            for b in inst.kind.blocks() {
                self.visit(i, &b.insts, reads, weight, param);
                reads.extend(&b.yields);
            }
        }
    }
}

/// How `v` can cross a cut, if it can.
fn passable(func: &Func, facts: &Facts<'_>, v: Value) -> Option<Option<FrameTy>> {
    if (facts.inlined_expr)(v) {
        return None;
    }
    match func.ty(v) {
        Ty::Float(FloatTy::F64) => Some(Some(FrameTy::F64)),
        Ty::Float(FloatTy::F32) => Some(Some(FrameTy::F32)),
        Ty::Bool => Some(Some(FrameTy::Bool)),
        ty @ (Ty::Vec(_) | Ty::Array(..)) if (facts.borrowed)(v) && ref_type(ty).is_some() => {
            Some(None)
        }
        _ => None,
    }
}

/// The element type of a borrowed parameter of floats, for a segment's
/// signature: `[f64]`, `[[f32; 3]; N]`.
pub fn ref_type(ty: &Ty) -> Option<proc_macro2::TokenStream> {
    use quote::quote;
    fn elem(ty: &Ty) -> Option<proc_macro2::TokenStream> {
        match ty {
            Ty::Float(FloatTy::F64) => Some(quote!(::core::primitive::f64)),
            Ty::Float(FloatTy::F32) => Some(quote!(::core::primitive::f32)),
            Ty::Array(e, crate::ir::Len(n)) => {
                let e = elem(e)?;
                Some(quote!([#e; #n]))
            }
            _ => None,
        }
    }
    match ty {
        Ty::Vec(e) => {
            let e = elem(e)?;
            Some(quote!([#e]))
        }
        Ty::Array(..) => elem(ty),
        _ => None,
    }
}

struct Slots {
    pass: Dense<Pass>,
    frame_len: [usize; 3],
    free: [Vec<usize>; 3],
    /// Per segment (and the tail): the values whose slots are free once it
    /// has loaded them.
    release_after: Vec<Vec<Value>>,
}

impl Slots {
    /// Slots for the values stored, reused once the last reader has loaded
    /// them.
    fn plan(
        func: &Func,
        facts: &Facts<'_>,
        prelude_out: &[Value],
        outs: &[Vec<Value>],
        last_seg: &Dense<usize>,
    ) -> Slots {
        let mut slots = Slots {
            pass: Dense::default(),
            frame_len: [0; 3],
            free: Default::default(),
            release_after: vec![Vec::new(); outs.len() + 1],
        };
        for v in prelude_out {
            slots.assign(func, facts, *v, last_seg);
        }
        for (j, out) in outs.iter().enumerate() {
            for v in std::mem::take(&mut slots.release_after[j]) {
                if let Some(Pass::Frame(t, slot)) = slots.pass.get(v) {
                    slots.free[t.index()].push(*slot);
                }
            }
            for v in out {
                slots.assign(func, facts, *v, last_seg);
            }
        }
        slots
    }

    fn assign(&mut self, func: &Func, facts: &Facts<'_>, v: Value, last_seg: &Dense<usize>) {
        match passable(func, facts, v) {
            Some(Some(t)) => {
                let k = t.index();
                let slot = self.free[k].pop().unwrap_or_else(|| {
                    self.frame_len[k] += 1;
                    self.frame_len[k] - 1
                });
                self.pass.insert(v, Pass::Frame(t, slot));
                if let Some(l) = last_seg.get(v) {
                    self.release_after[*l].push(v);
                }
            }
            Some(None) => self.pass.insert(v, Pass::Arg),
            // Cuts are made only where every crossing value is passable.
            None => {}
        }
    }
}

/// Cuts `body` (the top level of `func`) into segments of about `weight`
/// instructions, or `None` if it is not worth it or no cut is possible.
pub fn plan(func: &Func, body: &Block, weight: usize, facts: &Facts<'_>) -> Option<Plan> {
    let n = body.insts.len();
    let ranges = Ranges::new(body);
    if ranges.weight.iter().sum::<usize>() < 2 * weight {
        return None;
    }
    let blocked = blocked(func, facts, &ranges, n);
    let (prelude, segments) = greedy_cuts(body, &ranges, &blocked, weight);
    // The first and the last segment run in the caller, the others are
    // functions: at least one function, or nothing is gained.
    if segments.len() < 3 {
        return None;
    }
    let cuts = Cuts::new(&ranges, &segments, n);
    let (ins, last_seg) = cuts.loads(body, &segments, facts);
    let (outs, prelude_out) = cuts.stores(&ins, segments.len());
    let Slots {
        pass, frame_len, ..
    } = Slots::plan(func, facts, &prelude_out, &outs, &last_seg);
    Some(Plan {
        prelude,
        segments,
        ins,
        outs,
        prelude_out,
        pass,
        frame_len,
    })
}

/// `blocked[c]`: the number of values or tapes that cannot cross a cut
/// before top-level instruction `c`, by difference array.
fn blocked(func: &Func, facts: &Facts<'_>, ranges: &Ranges, n: usize) -> Vec<i64> {
    let mut delta = vec![0i64; n + 2];
    let mut block = |from: usize, to: usize| {
        // Cuts c with from < c <= to.
        if from < to {
            delta[from + 1] += 1;
            delta[to + 1] -= 1;
        }
    };
    for v in (0..func.values.len()).map(|k| Value(k as u32)) {
        let (Some(def), Some(&last)) = (ranges.def.get(v), ranges.last.get(v)) else {
            continue;
        };
        if (facts.constant)(v) {
            continue;
        }
        let def = def.unwrap_or(0);
        if passable(func, facts, v).is_none() {
            block(def, last);
        }
    }
    for (first, last) in ranges.tapes.values() {
        block(*first, *last);
    }
    delta
        .iter()
        .scan(0, |acc, d| {
            *acc += d;
            Some(*acc)
        })
        .collect()
}

/// Greedy cuts, parameters hoisted: the prelude and the segments.
fn greedy_cuts(
    body: &Block,
    ranges: &Ranges,
    blocked: &[i64],
    weight: usize,
) -> (Vec<usize>, Vec<Vec<usize>>) {
    let n = body.insts.len();
    let is_param =
        |i: usize| matches!(body.insts[i].kind, InstKind::Param(_) | InstKind::SelfParam);
    let prelude: Vec<usize> = (0..n).filter(|i| is_param(*i)).collect();
    let mut segments: Vec<Vec<usize>> = vec![Vec::new()];
    let mut filled = 0;
    for (i, (&blocked, &w)) in blocked.iter().zip(&ranges.weight).enumerate() {
        if is_param(i) {
            continue;
        }
        let current = segments.last_mut().expect("a segment");
        if filled >= weight && !current.is_empty() && blocked == 0 {
            segments.push(Vec::new());
            filled = 0;
        }
        segments.last_mut().expect("a segment").push(i);
        filled += w;
    }
    (prelude, segments)
}

/// The segment of each top-level instruction.
struct Cuts<'r> {
    ranges: &'r Ranges,
    /// The segment of each top-level instruction; the last for the yields.
    seg_of: Vec<usize>,
    last: usize,
}

impl<'r> Cuts<'r> {
    fn new(ranges: &'r Ranges, segments: &[Vec<usize>], n: usize) -> Self {
        let last = segments.len() - 1;
        let mut seg_of = vec![usize::MAX; n + 1];
        for (j, s) in segments.iter().enumerate() {
            for i in s {
                seg_of[*i] = j;
            }
        }
        seg_of[n] = last;
        Cuts {
            ranges,
            seg_of,
            last,
        }
    }

    fn is_fn(&self, j: usize) -> bool {
        0 < j && j < self.last
    }

    /// The segment that defines `v`; `Some(None)`: defined in the prelude.
    fn def_seg(&self, v: Value) -> Option<Option<usize>> {
        let d = self.ranges.def.get(v)?;
        Some(d.map(|i| self.seg_of[i]))
    }

    /// What each segment loads: a function everything it reads from outside
    /// itself, the last segment (with the yields) what functions defined;
    /// and the last segment that loads each passed value.
    fn loads(
        &self,
        body: &Block,
        segments: &[Vec<usize>],
        facts: &Facts<'_>,
    ) -> (Vec<Vec<Value>>, Dense<usize>) {
        let mut ins: Vec<Vec<Value>> = vec![Vec::new(); segments.len()];
        let mut seen_in = Dense::<usize>::default();
        let mut last_seg = Dense::<usize>::default();
        let mut need = |j: usize, v: Value, ins: &mut Vec<Vec<Value>>| {
            if (facts.constant)(v) || seen_in.get(v) == Some(&j) {
                return;
            }
            let Some(d) = self.def_seg(v) else { return };
            let load = if self.is_fn(j) {
                d != Some(j)
            } else {
                d.is_some_and(|d| self.is_fn(d))
            };
            if load {
                seen_in.insert(v, j);
                ins[j].push(v);
                last_seg.insert(v, j);
            }
        };
        for (j, s) in segments.iter().enumerate().skip(1) {
            for i in s {
                for v in &self.ranges.reads[*i] {
                    need(j, *v, &mut ins);
                }
            }
        }
        for y in &body.yields {
            need(self.last, *y, &mut ins);
        }
        (ins, last_seg)
    }

    /// Outputs: values loaded by a later segment, stored by the segment (or
    /// the prelude) that defines them.
    fn stores(&self, ins: &[Vec<Value>], n_segments: usize) -> (Vec<Vec<Value>>, Vec<Value>) {
        let mut outs: Vec<Vec<Value>> = vec![Vec::new(); n_segments];
        let mut prelude_out = Vec::new();
        let mut stored = Dense::<()>::default();
        for v in ins.iter().flatten() {
            if stored.contains(*v) {
                continue;
            }
            stored.insert(*v, ());
            match self.def_seg(*v) {
                Some(Some(d)) => outs[d].push(*v),
                Some(None) => prelude_out.push(*v),
                None => {}
            }
        }
        (outs, prelude_out)
    }
}
