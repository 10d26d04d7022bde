//! Common subexpressions: a pure instruction equal to one already in scope
//! (same kind, same operands) is dropped and its result replaced by the
//! earlier one.
//!
//! In SSA form this is safe for reads of arrays too: a read of a mutated
//! array reads a different array value. It matters most for derivatives:
//! `x[i] * x[i] + (1.0 - x[i])` reads `x[i]` once, so the reverse sweep sums
//! the three contributions in a register and adds them to the gradient
//! once, instead of three read-modify-writes of `d_x[i]`.

use crate::ir::{Block, Func, Inst, InstKind, Value};
use quote::ToTokens;
use std::collections::HashMap;

/// Removes repeated pure instructions from `func`.
pub fn run(func: &mut Func) {
    let mut subst = HashMap::new();
    let mut body = std::mem::take(&mut func.body);
    block(&mut body, &mut Vec::new(), &mut subst, func);
    func.body = body;
}

/// `scopes`: the expressions available in each enclosing block, innermost
/// last.
fn block(
    b: &mut Block,
    scopes: &mut Vec<HashMap<String, Value>>,
    subst: &mut HashMap<Value, Value>,
    func: &Func,
) {
    scopes.push(HashMap::new());
    let insts = std::mem::take(&mut b.insts);
    for mut inst in insts {
        inst.kind
            .map_operands(|v| subst.get(&v).copied().unwrap_or(v));
        if let Some(key) = key(&inst, func) {
            if let Some(&earlier) = scopes.iter().rev().find_map(|s| s.get(&key)) {
                subst.insert(inst.results[0], earlier);
                continue;
            }
            if let Some(s) = scopes.last_mut() {
                s.insert(key, inst.results[0]);
            }
        }
        nested(&mut inst, scopes, subst, func);
        b.insts.push(inst);
    }
    for y in &mut b.yields {
        *y = subst.get(y).copied().unwrap_or(*y);
    }
    scopes.pop();
}

fn nested(
    inst: &mut Inst,
    scopes: &mut Vec<HashMap<String, Value>>,
    subst: &mut HashMap<Value, Value>,
    func: &Func,
) {
    match &mut inst.kind {
        InstKind::If {
            then_block,
            else_block,
            ..
        } => {
            block(then_block, scopes, subst, func);
            block(else_block, scopes, subst, func);
        }
        InstKind::For(l) => block(&mut l.body, scopes, subst, func),
        InstKind::While(l) => {
            block(&mut l.cond, scopes, subst, func);
            block(&mut l.body, scopes, subst, func);
        }
        _ => {}
    }
}

/// A key equal for equal pure instructions of one result; `None` for the
/// others (parameters, constants kept as written, calls, control flow).
fn key(inst: &Inst, func: &Func) -> Option<String> {
    let [r] = inst.results.as_slice() else {
        return None;
    };
    let ids = |vs: &[Value]| {
        vs.iter()
            .map(|v| v.0.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let k = match &inst.kind {
        // An integer literal (or a float one of no inferred width) takes its
        // Rust type from where it is used: `2` may be an `i32` exponent in
        // one place and a `usize` index in another, so such literals stay
        // apart.
        InstKind::Literal(lit) => match func.ty(*r) {
            crate::ir::Ty::Float(w) if *w != crate::ir::FloatTy::Infer => {
                format!("lit {} {w:?}", lit.to_token_stream())
            }
            _ => return None,
        },
        InstKind::Unary(op, a) => format!("un {op:?} {}", a.0),
        InstKind::Binary(op, a, b) => format!("bin {op:?} {} {}", a.0, b.0),
        InstKind::Cast(a, t) => format!("cast {} {}", a.0, t.tokens),
        InstKind::Math(f, args) => format!("math {} {}", f.0.name, ids(args)),
        InstKind::Index { base, path } => format!("index {} {}", base.0, ids(path)),
        InstKind::Len(a) => format!("len {}", a.0),
        _ => return None,
    };
    Some(k)
}
