//! Preorder positions of instructions and where each value is read.

use super::Dense;
use crate::ir::{Block, Inst, InstKind, Structure, Value};
use std::collections::HashMap;
use std::ops::RangeInclusive;

/// Preorder positions and last uses (see the module docs).
#[derive(Default)]
pub(super) struct Numbering {
    next: usize,
    pub(super) pos: HashMap<*const Inst, usize>,
    pub(super) block_end: HashMap<*const Block, usize>,
    def: Dense<usize>,
    last_use: Dense<usize>,
    /// Every position at which each value is read (a loop's end counts as a
    /// read of what the loop reads from outside).
    uses: Dense<Vec<usize>>,
    /// The positions of the two arms of each `if`, `then` first.
    arms: Vec<(RangeInclusive<usize>, RangeInclusive<usize>)>,
    /// Every read, in order: a loop extends the reads made inside it.
    reads: Vec<Value>,
}

/// Where each value is read, for deciding whether an aggregate may be moved
/// or updated in place at a position.
#[derive(Default)]
pub(super) struct Reads {
    last_use: Dense<usize>,
    uses: Dense<Vec<usize>>,
    arms: Vec<(RangeInclusive<usize>, RangeInclusive<usize>)>,
}

impl Reads {
    /// Whether `v` is read after position `at` on some path. A read in the
    /// `else` arm of an `if` whose `then` arm holds `at` is not: only one
    /// arm runs, so an arm may move or update in place an aggregate that
    /// the other arm reads too.
    pub(super) fn after(&self, v: Value, at: usize) -> bool {
        if self.last_use.get(v).is_none_or(|l| *l <= at) {
            return false;
        }
        let Some(uses) = self.uses.get(v) else {
            return true;
        };
        uses.iter().any(|u| {
            *u > at
                && !self
                    .arms
                    .iter()
                    .any(|(then, other)| then.contains(&at) && other.contains(u))
        })
    }
}

impl Numbering {
    /// The reads found by [`Numbering::block`].
    pub(super) fn reads(&mut self) -> Reads {
        Reads {
            last_use: std::mem::take(&mut self.last_use),
            uses: std::mem::take(&mut self.uses),
            arms: std::mem::take(&mut self.arms),
        }
    }

    pub(super) fn block(&mut self, block: &Block) {
        for inst in &block.insts {
            let p = self.tick();
            self.pos.insert(inst as *const Inst, p);
            for v in inst.kind.operands() {
                self.use_at(v, p);
            }
            match inst.kind.structure() {
                Structure::For(l) => {
                    self.def.insert(l.index, p);
                    l.params.iter().for_each(|q| {
                        self.def.insert(*q, p);
                    });
                }
                Structure::While(l) => l.params.iter().for_each(|q| {
                    self.def.insert(*q, p);
                }),
                Structure::If { .. } | Structure::Flat => {}
            }
            let first_read = self.reads.len();
            let mut ranges = Vec::new();
            for b in inst.kind.blocks() {
                let start = self.next + 1;
                self.block(b);
                ranges.push(start..=self.next);
            }
            if let (Structure::If { .. }, [then, other]) =
                (inst.kind.structure(), ranges.as_slice())
            {
                self.arms.push((then.clone(), other.clone()));
            }
            if matches!(inst.kind, InstKind::For(_) | InstKind::While(_)) {
                // Values defined before the loop and read inside it are read
                // again on every iteration: live to the loop's end. Each read
                // is looked at once per enclosing loop.
                let end = self.tick();
                for k in first_read..self.reads.len() {
                    let v = self.reads[k];
                    if self.def.get(v).is_some_and(|d| *d < p) {
                        self.last_use.insert(v, end);
                        self.record_use(v, end);
                    }
                }
            }
            for r in &inst.results {
                self.def.insert(*r, p);
            }
        }
        let end = self.tick();
        self.block_end.insert(block as *const Block, end);
        for y in &block.yields {
            self.use_at(*y, end);
        }
    }

    fn tick(&mut self) -> usize {
        self.next += 1;
        self.next
    }

    fn use_at(&mut self, v: Value, p: usize) {
        self.reads.push(v);
        self.record_use(v, p);
        if self.last_use.get(v).is_none_or(|e| *e < p) {
            self.last_use.insert(v, p);
        }
    }

    fn record_use(&mut self, v: Value, p: usize) {
        let mut uses = self.uses.remove(v).unwrap_or_default();
        if uses.last() != Some(&p) {
            uses.push(p);
        }
        self.uses.insert(v, uses);
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The generated code of `f_vjp` for the function `item`.
    fn vjp_text(item: proc_macro2::TokenStream) -> String {
        let out = crate::expand::expand(proc_macro2::TokenStream::new(), item).to_string();
        let start = out.find("fn f_vjp").expect("an f_vjp companion");
        let end = out[start..]
            .find("fn f_jvp")
            .map_or(out.len(), |k| start + k);
        out[start..end].to_string()
    }

    #[test]
    fn an_arm_updates_in_place_what_the_other_arm_reads() {
        // The gradient of `x` flows through both arms of the reverse `if`;
        // a copy of it in the `then` arm would make the loop quadratic.
        let text = vjp_text(quote! {
            fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..x.len() {
                    if x[i] > 0.0 {
                        s += x[i].exp();
                    }
                }
                s
            }
        });
        assert!(!text.contains("to_owned"), "{text}");
    }

    #[test]
    fn a_read_after_the_if_still_keeps_an_aggregate() {
        // `v` is read after the `if`: the arm that updates it works on a
        // copy.
        let text = vjp_text(quote! {
            fn f(x: f64) -> f64 {
                let v = [x, 2.0 * x];
                let mut w = v;
                if x > 0.0 {
                    w[0] = x * x;
                }
                w[0] + w[1] + v[0]
            }
        });
        assert!(text.contains("to_owned"), "{text}");
    }
}
