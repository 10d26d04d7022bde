//! Float width inference: unsuffixed literals (`2.0`) and constants read
//! from user structs (`p.k`) take the width of the floats they meet, so the
//! emitted code can annotate every float binding and call the runtime rule of
//! the right width. Arrays and sequences unify through their element type.

use crate::activity::loop_parts;
use crate::diag::Errors;
use crate::ir::{Block, FloatTy, Func, InstKind, Ty, Value};
use crate::math::{Arg, Kind};

/// Unifies the float widths of values that Rust forces to be the same type,
/// and turns constants used as floats into float values.
pub fn infer(func: &mut Func) {
    let mut uf = UnionFind::new(func.values.len());
    let mut floaty = vec![false; func.values.len()];
    collect(&func.body, func, &mut uf, &mut floaty);
    // The known width of each class.
    let mut width: Vec<Option<FloatTy>> = vec![None; func.values.len()];
    for (i, info) in func.values.iter().enumerate() {
        if let Ty::Float(w) = info.ty.scalar() {
            if *w != FloatTy::Infer {
                width[uf.find(i)] = Some(*w);
            }
        }
    }
    for (i, used_as_float) in floaty.iter().enumerate() {
        let w = width[uf.find(i)].unwrap_or(FloatTy::Infer);
        let info = &mut func.values[i];
        if *used_as_float && matches!(info.ty, Ty::Other | Ty::Unknown) {
            info.ty = Ty::Float(w);
        } else {
            set_width(&mut info.ty, w);
        }
    }
}

fn set_width(ty: &mut Ty, w: FloatTy) {
    match ty {
        Ty::Float(f) => *f = w,
        Ty::Array(e, _) | Ty::Vec(e) => set_width(e, w),
        _ => {}
    }
}

fn collect(block: &Block, func: &Func, uf: &mut UnionFind, floaty: &mut [bool]) {
    let is_float = |v: Value| matches!(func.ty(v).scalar(), Ty::Float(_) | Ty::Unknown);
    for inst in &block.insts {
        let r = inst.results.first().copied();
        let same = |vals: &[Value], uf: &mut UnionFind| {
            for w in vals.windows(2) {
                uf.union(w[0].index(), w[1].index());
            }
        };
        match &inst.kind {
            InstKind::Unary(_, a) => {
                if let Some(r) = r.filter(|r| is_float(*r)) {
                    same(&[*a, r], uf);
                }
            }
            InstKind::Binary(op, a, b) => {
                let float_operands = is_float(*a) || is_float(*b);
                if float_operands && !matches!(op, crate::ir::BinOp::Shl | crate::ir::BinOp::Shr) {
                    same(&[*a, *b], uf);
                    floaty[a.index()] = true;
                    floaty[b.index()] = true;
                    if let Some(r) = r.filter(|r| is_float(*r)) {
                        same(&[*a, r], uf);
                    }
                }
            }
            InstKind::Math(f, args) if f.0.kind != Kind::Query => {
                let floats: Vec<Value> = args
                    .iter()
                    .zip(f.0.args)
                    .filter(|(_, k)| **k == Arg::Float)
                    .map(|(a, _)| *a)
                    .collect();
                if floats.iter().any(|a| is_float(*a)) || r.is_some_and(is_float) {
                    for a in &floats {
                        floaty[a.index()] = true;
                    }
                    same(&floats, uf);
                    if let Some(r) = r {
                        same(&[r, floats[0]], uf);
                    }
                }
            }
            InstKind::Index { base, .. } => {
                if let Some(r) = r.filter(|r| is_float(*r)) {
                    same(&[*base, r], uf);
                }
            }
            InstKind::Insert { base, value, .. } | InstKind::AddAt { base, value, .. } => {
                if is_float(*base) {
                    floaty[value.index()] = true;
                    same(&[*base, *value], uf);
                    if let Some(r) = r {
                        same(&[*base, r], uf);
                    }
                }
            }
            InstKind::ArrayLit(items) => {
                if let Some(r) = r.filter(|r| is_float(*r)) {
                    for i in items {
                        floaty[i.index()] = true;
                    }
                    same(items, uf);
                    if let Some(first) = items.first() {
                        same(&[*first, r], uf);
                    }
                }
            }
            InstKind::ArrayRepeat(v, _)
            | InstKind::VecRepeat(v, _)
            | InstKind::SumElems(v)
            | InstKind::ZerosLike(v) => {
                if let Some(r) = r.filter(|r| is_float(*r)) {
                    same(&[*v, r], uf);
                }
            }
            InstKind::If {
                then_block,
                else_block,
                ..
            } => {
                collect(then_block, func, uf, floaty);
                collect(else_block, func, uf, floaty);
                for (i, res) in inst.results.iter().enumerate() {
                    if is_float(*res) {
                        for y in [then_block.yields.get(i), else_block.yields.get(i)]
                            .into_iter()
                            .flatten()
                        {
                            same(&[*res, *y], uf);
                        }
                    }
                }
            }
            kind => {
                if let Some((params, inits, body, cond)) = loop_parts(kind) {
                    if let Some(c) = cond {
                        collect(c, func, uf, floaty);
                    }
                    collect(body, func, uf, floaty);
                    for (k, p) in params.iter().enumerate() {
                        let mut group = vec![*p, inits[k]];
                        group.extend(body.yields.get(k));
                        group.extend(inst.results.get(k));
                        if group.iter().any(|v| is_float(*v)) {
                            same(&group, uf);
                        }
                    }
                }
            }
        }
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

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
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
