//! Preorder positions of instructions and the last use of each value.

use super::Dense;
use crate::ir::{Block, Inst, InstKind, Structure, Value};
use std::collections::HashMap;

/// Preorder positions and last uses (see the module docs).
#[derive(Default)]
pub(super) struct Numbering {
    next: usize,
    pub(super) pos: HashMap<*const Inst, usize>,
    pub(super) block_end: HashMap<*const Block, usize>,
    def: Dense<usize>,
    pub(super) last_use: Dense<usize>,
    /// Every read, in order: a loop extends the reads made inside it.
    reads: Vec<Value>,
}

impl Numbering {
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
            for b in inst.kind.blocks() {
                self.block(b);
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
        if self.last_use.get(v).is_none_or(|e| *e < p) {
            self.last_use.insert(v, p);
        }
    }
}
