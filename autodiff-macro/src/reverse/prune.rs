//! Tape records that the reverse sweep never reads are not stored.
//!
//! The loop plan decides what a reverse loop needs from what each adjoint
//! rule could read (see `Rev::needs`), which is more than the sweep reads in
//! the end: the adjoint of an element update reads the array only when no
//! adjoint of it exists yet, and inside a loop one always does. A popped
//! value that nothing reads is dropped from its tape's pushes and pops, and
//! a tape left with no values goes away; the forward sweep then neither
//! copies nor stores it (a `Vec` updated element by element in a loop used
//! to be copied whole onto the tape at every update).

use crate::ir::{Block, Func, InstKind, Value};
use std::collections::{HashMap, HashSet};

/// Drops the never-read fields of every tape of `func`.
pub fn prune_tapes(func: &mut Func) {
    let mut reads = Vec::new();
    func.body.uses(&mut reads);
    let read: HashSet<Value> = reads.into_iter().collect();
    let mut tapes = HashMap::new();
    survey(&func.body, &read, &mut tapes);
    let keep: HashMap<usize, Vec<bool>> = tapes
        .into_iter()
        .filter_map(|(id, t)| t.consistent.then_some((id, t.live)))
        .filter(|(_, live)| live.iter().any(|l| !l))
        .collect();
    if !keep.is_empty() {
        rewrite(&mut func.body, &keep);
    }
}

/// What the pushes and pops of one tape look like.
struct Tape {
    /// Whether each field is read after some pop.
    live: Vec<bool>,
    /// Whether every push and pop has the same number of fields.
    consistent: bool,
}

impl Tape {
    fn fields(&mut self, n: usize) {
        if self.live.len() != n {
            self.consistent = false;
        }
    }
}

fn survey(block: &Block, read: &HashSet<Value>, tapes: &mut HashMap<usize, Tape>) {
    for inst in &block.insts {
        let fields = match &inst.kind {
            InstKind::TapePush { id, values } => Some((*id, values.len())),
            InstKind::TapePop(id) => Some((*id, inst.results.len())),
            _ => None,
        };
        if let Some((id, n)) = fields {
            let tape = tapes.entry(id).or_insert_with(|| Tape {
                live: vec![false; n],
                consistent: true,
            });
            tape.fields(n);
            if let (InstKind::TapePop(_), true) = (&inst.kind, tape.consistent) {
                for (live, r) in tape.live.iter_mut().zip(&inst.results) {
                    *live |= read.contains(r);
                }
            }
        }
        for b in inst.kind.blocks() {
            survey(b, read, tapes);
        }
    }
}

fn rewrite(block: &mut Block, keep: &HashMap<usize, Vec<bool>>) {
    block.insts.retain_mut(|inst| {
        let id = match &inst.kind {
            InstKind::TapeNew(id)
            | InstKind::TapeReserve { id, .. }
            | InstKind::TapePush { id, .. }
            | InstKind::TapePop(id) => *id,
            _ => return true,
        };
        let Some(live) = keep.get(&id) else {
            return true;
        };
        if !live.iter().any(|l| *l) {
            return false;
        }
        let mut k = 0;
        let mut field = |_: &Value| {
            k += 1;
            live[k - 1]
        };
        match &mut inst.kind {
            InstKind::TapePush { values, .. } => values.retain(&mut field),
            InstKind::TapePop(_) => inst.results.retain(&mut field),
            _ => {}
        }
        true
    });
    for inst in &mut block.insts {
        for b in inst.kind.blocks_mut() {
            rewrite(b, keep);
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn an_array_updated_in_a_loop_is_neither_copied_nor_stored() {
        let out = crate::expand::expand(
            proc_macro2::TokenStream::new(),
            quote! {
                fn f(x: &[f64], a: f64) -> f64 {
                    let mut out = vec![0.0; x.len()];
                    for j in 0..x.len() {
                        out[j] += a * x[j];
                        out[j] = out[j] * out[j];
                    }
                    out.iter().sum()
                }
            },
        )
        .to_string();
        let start = out.find("fn f_vjp").expect("an f_vjp companion");
        let end = out[start..]
            .find("fn f_jvp")
            .map_or(out.len(), |k| start + k);
        let vjp = &out[start..end];
        assert!(!vjp.contains("to_owned"), "{vjp}");
        // The record of an iteration: the two float factors of the product.
        let push = vjp.find(". push ((").expect("a tape push");
        let record = &vjp[push..push + vjp[push..].find(";").expect("end of the push")];
        assert_eq!(record.matches(',').count(), 1, "{record}");
    }
}
