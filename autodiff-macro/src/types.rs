//! Float width inference: unsuffixed literals (`2.0`) and constants read
//! from user structs (`p.k`) take the width of the floats they meet, so the
//! emitted code can annotate every float binding and call the runtime rule of
//! the right width. Arrays and sequences unify through their element type.

use crate::diag::Errors;
use crate::ir::loop_parts;
use crate::ir::{BinOp, Block, FloatTy, Func, Inst, InstKind, Ty, UnOp, Value};
use crate::math::{Arg, Kind};

/// Infers the type of every value the way rustc would, as far as
/// differentiation cares: values that Rust forces to have one type (the
/// operands and result of float arithmetic, the arms of an `if`, a loop's
/// initial value, parameter, yield and result) share one type, and the most
/// specific type any of them has is the type of all. So a constant the
/// macro cannot see (`TH0`, `p.k`, a call's result) becomes a float as soon
/// as it meets one, however late in the function, and a variable that is
/// ever assigned a float is a float from its first definition on. Element
/// types flow both ways between arrays and their elements. Runs to a
/// fixpoint: types only ever become more specific.
pub fn infer(func: &mut Func) {
    let mut cx = Infer {
        uf: UnionFind::new(func.values.len()),
        ty: func.values.iter().map(|v| v.ty.clone()).collect(),
        changed: false,
    };
    loop {
        cx.changed = false;
        cx.block(&func.body);
        if !cx.changed {
            break;
        }
    }
    for i in 0..func.values.len() {
        let r = cx.uf.find(i);
        func.values[i].ty = cx.ty[r].clone();
    }
}

/// The state of [`infer`]: classes of values of one type, and the type of
/// each class (at its root).
struct Infer {
    uf: UnionFind,
    ty: Vec<Ty>,
    changed: bool,
}

impl Infer {
    fn get(&mut self, v: Value) -> Ty {
        let r = self.uf.find(v.index());
        self.ty[r].clone()
    }

    /// Makes the type of `v`'s class at least as specific as `t`.
    fn refine(&mut self, v: Value, t: &Ty) {
        let r = self.uf.find(v.index());
        let joined = join(&self.ty[r], t);
        if joined != self.ty[r] {
            self.ty[r] = joined;
            self.changed = true;
        }
    }

    /// Records that `vals` have one type.
    fn same(&mut self, vals: &[Value]) {
        for w in vals.windows(2) {
            let (a, b) = (self.uf.find(w[0].index()), self.uf.find(w[1].index()));
            if a != b {
                let joined = join(&self.ty[a], &self.ty[b]);
                self.uf.parent[a] = b;
                self.ty[b] = joined;
                self.changed = true;
            }
        }
    }

    /// `element` is the element of `aggregate` at `depth` indices.
    fn element_of(&mut self, aggregate: Value, element: Value, depth: usize) {
        let agg = self.get(aggregate);
        let e = agg.element(depth);
        if !matches!(e, Ty::Other) {
            self.refine(element, &e);
        }
        // A width found on the element is the array's too.
        if let Some(w) = self.get(element).float() {
            if w != FloatTy::Infer && agg.is_aggregate() {
                let mut t = agg;
                set_width(&mut t, w);
                self.refine(aggregate, &t);
            }
        }
    }

    fn block(&mut self, block: &Block) {
        for inst in &block.insts {
            self.inst(inst);
        }
    }

    fn inst(&mut self, inst: &Inst) {
        let r = inst.results.first().copied();
        match &inst.kind {
            InstKind::Unary(UnOp::Neg, a) => self.same(&[*a, r.unwrap_or(*a)]),
            InstKind::Binary(op, a, b) => match op {
                BinOp::Shl | BinOp::Shr => {}
                op if op.is_comparison() => self.same(&[*a, *b]),
                _ => {
                    self.same(&[*a, *b]);
                    if let Some(r) = r {
                        self.same(&[*a, r]);
                    }
                }
            },
            InstKind::Math(f, _) if f.0.kind == Kind::Query => {}
            InstKind::Math(f, args) => {
                let mut floats: Vec<Value> = args
                    .iter()
                    .zip(f.0.args)
                    .filter(|(_, k)| **k == Arg::Float)
                    .map(|(a, _)| *a)
                    .collect();
                floats.extend(r);
                self.same(&floats);
            }
            InstKind::Index { base, path } => {
                if let Some(r) = r {
                    self.element_of(*base, r, path.len());
                }
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                if let Some(r) = r {
                    self.same(&[*base, r]);
                }
                // A constant the macro cannot see into (`let mut w = K;`)
                // that gets a float element is an aggregate of floats of
                // unknown shape, like a call's result.
                let float = matches!(self.get(*value), Ty::Float(_) | Ty::Unknown);
                if float && self.get(*base) == Ty::Other {
                    self.refine(*base, &Ty::Unknown);
                }
                self.element_of(*base, *value, path.len());
            }
            InstKind::ArrayLit(items) => {
                self.same(items);
                if let (Some(r), Some(first)) = (r, items.first()) {
                    let e = self.get(*first);
                    if let Ty::Array(_, n) = self.get(r) {
                        self.refine(r, &Ty::Array(Box::new(e), n));
                    }
                    self.element_of(r, *first, 1);
                }
            }
            InstKind::ArrayRepeat(v, _) | InstKind::VecRepeat(v, _) => {
                if let Some(r) = r {
                    let e = self.get(*v);
                    let t = match self.get(r) {
                        Ty::Array(_, n) => Ty::Array(Box::new(e), n),
                        Ty::Vec(_) => Ty::Vec(Box::new(e)),
                        other => other,
                    };
                    self.refine(r, &t);
                    self.element_of(r, *v, 1);
                }
            }
            InstKind::SumElems(v) => {
                if let Some(r) = r {
                    self.element_of(*v, r, 1);
                }
            }
            InstKind::Push { base, value } => {
                if let Some(r) = r {
                    self.same(&[*base, r]);
                }
                // `Vec::new()` learns its element type from what is pushed.
                if let Ty::Vec(_) = self.get(*base) {
                    let e = self.get(*value);
                    self.refine(*base, &Ty::Vec(Box::new(e)));
                }
                self.element_of(*base, *value, 1);
            }
            InstKind::Truncate { base, .. } => {
                if let Some(r) = r {
                    self.same(&[*base, r]);
                }
            }
            InstKind::ZerosLike(v) | InstKind::AddAgg(v, _) => {
                if let Some(r) = r {
                    self.same(&[*v, r]);
                }
                if let InstKind::AddAgg(a, b) = &inst.kind {
                    self.same(&[*a, *b]);
                }
            }
            InstKind::If {
                then_block,
                else_block,
                ..
            } => {
                self.block(then_block);
                self.block(else_block);
                for (i, res) in inst.results.iter().enumerate() {
                    let mut group = vec![*res];
                    group.extend(then_block.yields.get(i));
                    group.extend(else_block.yields.get(i));
                    self.same(&group);
                }
            }
            InstKind::For(_) | InstKind::While(_) => {
                if let InstKind::For(l) = &inst.kind {
                    // A range's ends have the index's (integer) type.
                    self.same(&[l.lo, l.hi, l.index]);
                }
                if let Some((params, inits, body, cond)) = loop_parts(&inst.kind) {
                    if let Some(c) = cond {
                        self.block(c);
                    }
                    self.block(body);
                    for (k, p) in params.iter().enumerate() {
                        let mut group = vec![*p];
                        group.extend(inits.get(k));
                        group.extend(body.yields.get(k));
                        group.extend(inst.results.get(k));
                        self.same(&group);
                    }
                }
            }
            // No constraint: their types are fixed where they are made
            // (parameters, literals, constants, casts, lengths, calls), or
            // they appear only after the transforms.
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(UnOp::Not, _)
            | InstKind::Cast(..)
            | InstKind::Len(_)
            | InstKind::VecNew(_)
            | InstKind::Call(_)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. } => {}
        }
    }
}

/// The more specific of two types that Rust requires to be equal: a known
/// type over a constant of unseen type (`Other`) or a call's result
/// (`Unknown`), a known float width over one still to be inferred.
fn join(a: &Ty, b: &Ty) -> Ty {
    match (a, b) {
        (Ty::Other, t) | (t, Ty::Other) => t.clone(),
        (Ty::Unknown, t) | (t, Ty::Unknown) => t.clone(),
        (Ty::Float(x), Ty::Float(y)) => Ty::Float(if *x == FloatTy::Infer { *y } else { *x }),
        (Ty::Array(x, n), Ty::Array(y, _)) => Ty::Array(Box::new(join(x, y)), n.clone()),
        (Ty::Vec(x), Ty::Vec(y)) => Ty::Vec(Box::new(join(x, y))),
        _ => a.clone(),
    }
}

fn set_width(ty: &mut Ty, w: FloatTy) {
    match ty {
        Ty::Float(f) if *f == FloatTy::Infer => *f = w,
        Ty::Array(e, _) | Ty::Vec(e) => set_width(e, w),
        _ => {}
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
}

/// Reports float arithmetic that Rust would reject (an `f32` with an `f64`,
/// an integer with a float) as the macro's own error, with what to write
/// instead, so the generated code adds no errors of its own to rustc's.
pub fn check(func: &Func, errors: &mut Errors) {
    check_block(&func.body, func, errors);
}

fn check_block(block: &Block, func: &Func, errors: &mut Errors) {
    for inst in &block.insts {
        if let InstKind::Binary(op, a, b) = &inst.kind {
            let arithmetic =
                !op.is_comparison() && !matches!(op, crate::ir::BinOp::Shl | crate::ir::BinOp::Shr);
            match (func.ty(*a), func.ty(*b)) {
                (Ty::Float(x), Ty::Float(y))
                    if *x != FloatTy::Infer && *y != FloatTy::Infer && x != y =>
                {
                    errors.push(
                        inst.span,
                        format!(
                            "this operation mixes `{}` and `{}`: convert one side with `as {}`",
                            x.name(),
                            y.name(),
                            x.name()
                        ),
                    );
                }
                (Ty::Float(f), Ty::Int) | (Ty::Int, Ty::Float(f)) if arithmetic => {
                    errors.push(
                        inst.span,
                        format!(
                            "this operation mixes a float and an integer: write integer literals \
                             as floats (`2.0`, not `2`) and convert integer values with `as {}`",
                            f.name()
                        ),
                    );
                }
                _ => {}
            }
        }
        for b in inst.kind.blocks() {
            check_block(b, func, errors);
        }
    }
}
