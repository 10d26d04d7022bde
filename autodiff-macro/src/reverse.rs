//! Reverse mode: turns the primal IR into the IR of a vector-Jacobian
//! product.
//!
//! The result is one function: the primal trace, then the adjoint statements
//! in reverse order. The adjoint of a value used several times accumulates
//! (adds) the contribution of every use. A value whose adjoint is known to be
//! zero has no adjoint value at all (symbolic zero), so constants cost
//! nothing.
//!
//! The adjoint of an `if` is an `if` on the same condition. Values computed
//! inside an arm are out of Rust's scope after the arm, so before the sweep
//! each `if` is rewritten to also yield the arm values its adjoint needs (the
//! other arm yields a placeholder); the adjoint then reads those results.
//! This keeps exactly the values the adjoint uses, recomputes nothing, and
//! allocates nothing.

use crate::activity::Activity;
use crate::build::float_arg_positions;
use crate::ir::{BinOp, Block, Func, Inst, InstKind, Ty, UnOp, Value};
use crate::lower::Lowered;
use crate::math::Kind;
use proc_macro2::Span;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Builds the vector-Jacobian product of `lowered`. The function takes the
/// original parameters (positions `0..n_params`) followed by one seed per
/// result value; its body yields the result values followed by the adjoint
/// of each parameter in `wrt` (a zero where the adjoint is zero).
pub fn vjp(lowered: &Lowered, act: &Activity, n_params: usize, wrt: &[usize]) -> Func {
    let mut rev = Rev {
        func: lowered.func.clone(),
        varied: act.varied.clone(),
        exposed: HashMap::new(),
        extras: HashSet::new(),
    };
    let mut body = lowered.func.body.clone();
    rev.expose_block(&mut body);

    let mut out = Vec::new();
    let mut adj: Adjoints = BTreeMap::new();
    for (k, r) in lowered.result.iter().enumerate() {
        let ty = rev.func.ty(*r).clone();
        let name = Some(format!("d_{}", rev.func.name(*r).unwrap_or("out")));
        let seed = rev
            .func
            .emit(&mut out, InstKind::Param(n_params + k), ty, name);
        rev.accumulate(&mut adj, *r, seed, false, &mut out);
    }
    rev.adjoint_insts(&body.insts, &mut adj, &mut out);

    let mut yields = lowered.result.clone();
    for &p in wrt {
        let pv = lowered.params[p];
        let g = match adj.get(&pv) {
            Some(g) => *g,
            None => {
                let ty = rev.func.ty(pv).clone();
                rev.func.emit_zero(&mut out, ty)
            }
        };
        yields.push(g);
    }
    body.insts.extend(out);
    body.yields = yields;
    rev.func.body = body;
    rev.func
}

/// Adjoint of each primal value that has a nonzero one. Ordered, so the
/// emitted code does not depend on hash order.
type Adjoints = BTreeMap<Value, Value>;

struct Rev {
    func: Func,
    varied: Vec<bool>,
    /// Arm-local primal value -> the `If` result that carries it out.
    exposed: HashMap<Value, Value>,
    /// The `If` results added by [`Rev::expose_block`].
    extras: HashSet<Value>,
}

impl Rev {
    fn is_varied(&self, v: Value) -> bool {
        self.varied.get(v.index()).copied().unwrap_or(false)
    }

    /// The value the adjoint sweep uses for primal value `v`: `v` itself,
    /// or the result that carries it out of the arms it was computed in.
    fn resolve(&self, mut v: Value) -> Value {
        while let Some(r) = self.exposed.get(&v) {
            v = *r;
        }
        v
    }

    fn new_value(&mut self, ty: Ty, name: Option<String>) -> Value {
        let v = self.func.new_value(ty, name);
        self.varied.push(false);
        v
    }

    fn adj_name(&self, v: Value) -> Option<String> {
        self.func.name(v).map(|n| format!("d_{n}"))
    }

    // ---- keeping what the adjoint needs ----

    /// The primal values the adjoint of `inst` reads.
    fn needs(&self, inst: &Inst) -> Vec<Value> {
        let varied_result = inst.results.iter().any(|r| self.is_varied(*r));
        if !varied_result {
            return vec![];
        }
        let y = inst.results[0];
        match &inst.kind {
            InstKind::Binary(BinOp::Mul, a, b) => {
                let mut n = vec![];
                if self.is_varied(*a) {
                    n.push(*b);
                }
                if self.is_varied(*b) {
                    n.push(*a);
                }
                n
            }
            InstKind::Binary(BinOp::Div, a, b) => {
                if self.is_varied(*b) {
                    vec![*b, y]
                } else if self.is_varied(*a) {
                    vec![*b]
                } else {
                    vec![]
                }
            }
            InstKind::Binary(BinOp::Rem, a, b) if self.is_varied(*b) => vec![*a, *b],
            InstKind::Math(f, args) if f.0.kind == Kind::Smooth => {
                let mut n = args.clone();
                n.push(y);
                n
            }
            InstKind::If { cond, .. } => {
                let mut n = vec![*cond];
                n.extend(inst.results.iter().filter(|r| self.extras.contains(r)));
                n
            }
            _ => vec![],
        }
    }

    /// Rewrites every `If` with a differentiable result to also yield the
    /// arm-local values its adjoint reads.
    fn expose_block(&mut self, block: &mut Block) {
        for inst in &mut block.insts {
            let InstKind::If {
                then_block,
                else_block,
                ..
            } = &mut inst.kind
            else {
                continue;
            };
            self.expose_block(then_block);
            self.expose_block(else_block);
            if !inst.results.iter().any(|r| self.varied[r.index()]) {
                continue;
            }
            let then_needed = self.arm_needs(then_block);
            let else_needed = self.arm_needs(else_block);
            for (needed, from_then) in [(then_needed, true), (else_needed, false)] {
                for v in needed {
                    let ty = self.func.ty(v).clone();
                    let name = self.func.name(v).map(String::from);
                    let r = self.new_value(ty.clone(), name);
                    let (own, other) = if from_then {
                        (&mut *then_block, &mut *else_block)
                    } else {
                        (&mut *else_block, &mut *then_block)
                    };
                    own.yields.push(v);
                    let p = self.placeholder(&ty, &mut other.insts);
                    other.yields.push(p);
                    inst.results.push(r);
                    self.exposed.insert(v, r);
                    self.extras.insert(r);
                }
            }
        }
    }

    /// The values defined directly in `arm` that adjoints of its
    /// instructions read, in definition order.
    fn arm_needs(&self, arm: &Block) -> Vec<Value> {
        let local: HashSet<Value> = arm
            .insts
            .iter()
            .flat_map(|i| i.results.iter().copied())
            .collect();
        let mut seen = HashSet::new();
        let mut needed = Vec::new();
        for inst in &arm.insts {
            for v in self.needs(inst) {
                if local.contains(&v) && seen.insert(v) {
                    needed.push(v);
                }
            }
        }
        needed.sort();
        needed
    }

    /// A value of type `ty` that is never read.
    fn placeholder(&mut self, ty: &Ty, out: &mut Vec<Inst>) -> Value {
        let kind = match ty {
            Ty::Float(_) => InstKind::Zero,
            Ty::Bool => {
                InstKind::Literal(syn::Lit::Bool(syn::LitBool::new(false, Span::call_site())))
            }
            _ => InstKind::Literal(syn::Lit::Int(syn::LitInt::new("0", Span::call_site()))),
        };
        let v = self.func.emit(out, kind, ty.clone(), None);
        self.varied.push(false);
        v
    }

    // ---- the adjoint sweep ----

    /// Adds `contribution` (negated if `negate`) to the adjoint of `target`.
    fn accumulate(
        &mut self,
        adj: &mut Adjoints,
        target: Value,
        contribution: Value,
        negate: bool,
        out: &mut Vec<Inst>,
    ) {
        if !self.is_varied(target) {
            return;
        }
        let name = self.adj_name(target);
        let new = match (adj.get(&target), negate) {
            (Some(a), false) => self.emit_bin(out, BinOp::Add, *a, contribution, name),
            (Some(a), true) => self.emit_bin(out, BinOp::Sub, *a, contribution, name),
            (None, false) => contribution,
            (None, true) => {
                let v = self.func.emit_neg(out, contribution, name);
                self.varied.push(false);
                v
            }
        };
        adj.insert(target, new);
    }

    fn emit_bin(
        &mut self,
        out: &mut Vec<Inst>,
        op: BinOp,
        a: Value,
        b: Value,
        name: Option<String>,
    ) -> Value {
        let v = self.func.emit_binary(out, op, a, b, name);
        self.varied.push(false);
        v
    }

    fn adjoint_insts(&mut self, insts: &[Inst], adj: &mut Adjoints, out: &mut Vec<Inst>) {
        for inst in insts.iter().rev() {
            self.adjoint_inst(inst, adj, out);
        }
    }

    fn adjoint_inst(&mut self, inst: &Inst, adj: &mut Adjoints, out: &mut Vec<Inst>) {
        if let InstKind::If {
            cond,
            then_block,
            else_block,
        } = &inst.kind
        {
            self.adjoint_if(*cond, then_block, else_block, &inst.results, adj, out);
            return;
        }
        let Some(&y) = inst.results.first() else {
            return;
        };
        let Some(&dy) = adj.get(&y) else { return };
        match &inst.kind {
            InstKind::Unary(UnOp::Neg, a) => self.accumulate(adj, *a, dy, true, out),
            InstKind::Binary(BinOp::Add, a, b) => {
                self.accumulate(adj, *a, dy, false, out);
                self.accumulate(adj, *b, dy, false, out);
            }
            InstKind::Binary(BinOp::Sub, a, b) => {
                self.accumulate(adj, *a, dy, false, out);
                self.accumulate(adj, *b, dy, true, out);
            }
            InstKind::Binary(BinOp::Mul, a, b) => {
                if self.is_varied(*a) {
                    let rb = self.resolve(*b);
                    let c = self.emit_bin(out, BinOp::Mul, dy, rb, None);
                    self.accumulate(adj, *a, c, false, out);
                }
                if self.is_varied(*b) {
                    let ra = self.resolve(*a);
                    let c = self.emit_bin(out, BinOp::Mul, dy, ra, None);
                    self.accumulate(adj, *b, c, false, out);
                }
            }
            InstKind::Binary(BinOp::Div, a, b) => {
                let rb = self.resolve(*b);
                if self.is_varied(*a) {
                    let c = self.emit_bin(out, BinOp::Div, dy, rb, None);
                    self.accumulate(adj, *a, c, false, out);
                }
                if self.is_varied(*b) {
                    // d(a/b)/db = -(a/b)/b
                    let ry = self.resolve(y);
                    let t = self.emit_bin(out, BinOp::Mul, dy, ry, None);
                    let c = self.emit_bin(out, BinOp::Div, t, rb, None);
                    self.accumulate(adj, *b, c, true, out);
                }
            }
            InstKind::Binary(BinOp::Rem, a, b) => {
                // a % b = a - trunc(a / b) * b
                self.accumulate(adj, *a, dy, false, out);
                if self.is_varied(*b) {
                    let (ra, rb) = (self.resolve(*a), self.resolve(*b));
                    let q = self.emit_bin(out, BinOp::Div, ra, rb, None);
                    let t = self.func.emit_trunc(out, q);
                    self.varied.resize(self.func.values.len(), false);
                    let c = self.emit_bin(out, BinOp::Mul, dy, t, None);
                    self.accumulate(adj, *b, c, true, out);
                }
            }
            InstKind::Cast(a, _) if self.is_varied(*a) => {
                let c = match self.func.ty(*a).float() {
                    Some(w) if self.func.ty(*a) != self.func.ty(y) => {
                        let v = self.func.emit_float_cast(out, dy, w, None);
                        self.varied.push(false);
                        v
                    }
                    _ => dy,
                };
                self.accumulate(adj, *a, c, false, out);
            }
            InstKind::Math(f, args) if f.0.kind == Kind::Smooth => {
                let rargs: Vec<Value> = args.iter().map(|a| self.resolve(*a)).collect();
                let ry = self.resolve(y);
                let partials = self.func.emit_partials(out, *f, rargs, ry);
                self.varied.resize(self.func.values.len(), false);
                for (k, pos) in float_arg_positions(*f).enumerate() {
                    let a = args[pos];
                    if self.is_varied(a) {
                        let c = self.emit_bin(out, BinOp::Mul, dy, partials[k], None);
                        self.accumulate(adj, a, c, false, out);
                    }
                }
            }
            _ => {}
        }
    }

    /// The adjoint of an `If`: an `If` on the same condition whose arms run
    /// the adjoints of the primal arms and yield the adjoints they changed.
    fn adjoint_if(
        &mut self,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        results: &[Value],
        adj: &mut Adjoints,
        out: &mut Vec<Inst>,
    ) {
        let seeds: Vec<(usize, Value)> = results
            .iter()
            .enumerate()
            .filter_map(|(i, r)| adj.get(r).map(|a| (i, *a)))
            .collect();
        if seeds.is_empty() {
            return;
        }
        let mut inner = HashSet::new();
        defs_in(then_block, &mut inner);
        defs_in(else_block, &mut inner);

        let mut arms = Vec::new();
        for arm in [then_block, else_block] {
            let mut arm_adj = adj.clone();
            let mut arm_out = Vec::new();
            for (i, seed) in &seeds {
                if let Some(y) = arm.yields.get(*i) {
                    self.accumulate(&mut arm_adj, *y, *seed, false, &mut arm_out);
                }
            }
            self.adjoint_insts(&arm.insts, &mut arm_adj, &mut arm_out);
            arms.push((arm_adj, arm_out));
        }

        // Adjoints of values outside the `If` that either arm changed.
        let mut changed: Vec<Value> = arms
            .iter()
            .flat_map(|(a, _)| a.iter())
            .filter(|(k, v)| !inner.contains(*k) && adj.get(*k) != Some(*v))
            .map(|(k, _)| *k)
            .collect();
        changed.sort();
        changed.dedup();
        if changed.is_empty() {
            return;
        }

        let mut blocks = Vec::new();
        for (arm_adj, mut arm_out) in arms {
            let mut yields = Vec::new();
            for k in &changed {
                let v = match arm_adj.get(k).or(adj.get(k)) {
                    Some(v) => *v,
                    None => {
                        let ty = self.func.ty(*k).clone();
                        let z = self.func.emit_zero(&mut arm_out, ty);
                        self.varied.push(false);
                        z
                    }
                };
                yields.push(v);
            }
            blocks.push(Block {
                insts: arm_out,
                yields,
            });
        }
        let mut results = Vec::new();
        for k in &changed {
            let ty = self.func.ty(*k).clone();
            let name = self.adj_name(*k);
            let r = self.new_value(ty, name);
            adj.insert(*k, r);
            results.push(r);
        }
        let else_block = blocks.pop().unwrap_or_default();
        let then_block = blocks.pop().unwrap_or_default();
        out.push(Inst {
            kind: InstKind::If {
                cond: self.resolve(cond),
                then_block,
                else_block,
            },
            results,
            span: Span::call_site(),
        });
    }
}

/// Every value defined inside `block`, at any depth.
fn defs_in(block: &Block, into: &mut HashSet<Value>) {
    for inst in &block.insts {
        into.extend(inst.results.iter().copied());
        for b in inst.kind.blocks() {
            defs_in(b, into);
        }
    }
}
