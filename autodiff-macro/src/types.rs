//! Float width inference: unsuffixed literals (`2.0`) and constants read
//! from user structs (`p.k`) take the width of the floats they meet, so the
//! emitted code can annotate every float binding and call the runtime rule of
//! the right width.

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
        if let Ty::Float(w) = info.ty {
            if w != FloatTy::Infer {
                width[uf.find(i)] = Some(w);
            }
        }
    }
    for (i, used_as_float) in floaty.iter().enumerate() {
        let class = uf.find(i);
        let info = &mut func.values[i];
        let is_float = matches!(info.ty, Ty::Float(_)) || (*used_as_float && info.ty == Ty::Other);
        if is_float {
            info.ty = Ty::Float(width[class].unwrap_or(FloatTy::Infer));
        }
    }
}

fn collect(block: &Block, func: &Func, uf: &mut UnionFind, floaty: &mut [bool]) {
    let is_float = |v: Value| matches!(func.ty(v), Ty::Float(_));
    for inst in &block.insts {
        let r = inst.results.first().copied();
        match &inst.kind {
            InstKind::Unary(_, a) => {
                if let Some(r) = r.filter(|r| is_float(*r)) {
                    uf.union(a.index(), r.index());
                }
            }
            InstKind::Binary(op, a, b) => {
                let float_operands = is_float(*a) || is_float(*b);
                if float_operands && !matches!(op, crate::ir::BinOp::Shl | crate::ir::BinOp::Shr) {
                    uf.union(a.index(), b.index());
                    floaty[a.index()] = true;
                    floaty[b.index()] = true;
                    if let Some(r) = r.filter(|r| is_float(*r)) {
                        uf.union(a.index(), r.index());
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
                        uf.union(a.index(), floats[0].index());
                    }
                    if let Some(r) = r {
                        uf.union(r.index(), floats[0].index());
                    }
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
                            uf.union(res.index(), y.index());
                        }
                    }
                }
            }
            _ => {}
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
