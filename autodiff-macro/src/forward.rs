//! Forward mode: turns an IR function into the IR of its Jacobian-vector
//! product, each tangent statement right after the primal statement it
//! differentiates. A value with a zero tangent has no tangent value at all
//! (symbolic zero).
//!
//! The transform is written against the IR, not against the primal only, so
//! that it can later be applied to the output of [`crate::reverse`]
//! (forward over reverse).

use crate::activity::Activity;
use crate::derivative::{
    self, Class, Derived, Region, Structured, Tangents, classify, float_arg_positions,
};
use crate::ir::{Block, ForLoop, Func, Inst, InstKind, StructureMut, Ty, Value, WhileLoop};
use crate::lower::Lowered;
use std::collections::HashMap;

/// Builds the Jacobian-vector product of `lowered`. The function takes the
/// original parameters (positions `0..n_params`) followed by one tangent per
/// parameter in `wrt`; its body yields the result values followed by their
/// tangents.
pub fn jvp(lowered: &Lowered, act: &Activity, n_params: usize, wrt: &[usize]) -> Func {
    jvp_of(&lowered.func, &lowered.result, act, n_params, wrt)
}

/// The JVP of any IR function whose body yields `outputs`: its parameters
/// `wrt` get tangent parameters at positions `first_tangent..`; the body
/// yields `outputs` followed by their tangents. Applied to the output of
/// [`crate::reverse::vjp`] this is forward over reverse.
pub fn jvp_of(
    func: &Func,
    outputs: &[Value],
    act: &Activity,
    first_tangent: usize,
    wrt: &[usize],
) -> Func {
    let mut fwd = Fwd {
        func: func.clone(),
        varied: act.varied.clone(),
        tangents: HashMap::new(),
        tangent_params: wrt
            .iter()
            .enumerate()
            .map(|(k, p)| (*p, first_tangent + k))
            .collect(),
    };
    let mut out = Vec::new();
    fwd.insts(&func.body.insts, &mut out);
    let mut yields = outputs.to_vec();
    for r in outputs {
        let t = fwd.tangent_or_zero(*r, &mut out);
        yields.push(t);
    }
    fwd.func.body = Block { insts: out, yields };
    fwd.func
}

struct Fwd {
    func: Func,
    varied: Vec<bool>,
    /// Tangent of each primal value with a nonzero one.
    tangents: HashMap<Value, Value>,
    /// Parameter position -> position of its tangent parameter.
    tangent_params: HashMap<usize, usize>,
}

impl Fwd {
    fn is_varied(&self, v: Value) -> bool {
        self.varied.get(v.index()).copied().unwrap_or(false)
    }

    fn tan(&self, v: Value) -> Option<Value> {
        self.tangents.get(&v).copied()
    }

    fn dot_name(&self, v: Value) -> Option<String> {
        self.func.name(v).map(|n| format!("{n}_dot"))
    }

    fn tangent_or_zero(&mut self, v: Value, out: &mut Vec<Inst>) -> Value {
        match self.tan(v) {
            Some(t) => t,
            None => self.zeros_like(v, out),
        }
    }

    /// Zeros shaped like `v` (which is in scope).
    fn zeros_like(&mut self, v: Value, out: &mut Vec<Inst>) -> Value {
        let ty = self.func.ty(v).clone();
        let kind = if matches!(ty, Ty::Vec(_) | Ty::Unknown) {
            InstKind::ZerosLike(v)
        } else {
            InstKind::Zero
        };
        self.func.emit(out, kind, ty, None)
    }

    fn emit(&mut self, out: &mut Vec<Inst>, kind: InstKind, ty: Ty, name: Option<String>) -> Value {
        self.func.emit(out, kind, ty, name)
    }

    fn insts(&mut self, insts: &[Inst], out: &mut Vec<Inst>) {
        for inst in insts {
            self.inst(inst, out);
        }
    }

    fn inst(&mut self, inst: &Inst, out: &mut Vec<Inst>) {
        match classify(&inst.kind) {
            Class::Constant => out.push(inst.clone()),
            Class::Scalar(_) | Class::Linear(_) => {
                out.push(inst.clone());
                let Some(&y) = inst.results.first() else {
                    return;
                };
                if !self.is_varied(y) {
                    return;
                }
                if let Some(t) = derivative::tangent(inst, &mut At { fwd: self, out }) {
                    self.tangents.insert(y, t);
                }
            }
            Class::Structured(s) => self.structured(inst, s, out),
            Class::Derived(d) => self.derived(inst, d, out),
        }
    }

    fn structured(&mut self, inst: &Inst, s: Structured<'_>, out: &mut Vec<Inst>) {
        match s {
            Structured::If {
                cond,
                then_block,
                else_block,
            } => self.if_inst(inst, cond, then_block, else_block, out),
            Structured::Loop => self.loop_inst(inst, out),
            Structured::Param(p) => {
                out.push(inst.clone());
                if let Some(&y) = inst.results.first() {
                    self.param(y, p, out);
                }
            }
            Structured::SelfParam => out.push(inst.clone()),
            Structured::Call(call) => {
                let tangents: Vec<Option<Value>> = call.args.iter().map(|a| self.tan(*a)).collect();
                if tangents.iter().all(Option::is_none) {
                    out.push(inst.clone());
                    return;
                }
                // The callee's pushforward gives the results and their
                // tangents.
                let results = self.with_tangents(&inst.results);
                out.push(Inst {
                    kind: InstKind::CallPushforward(Box::new(call.clone()), tangents),
                    results,
                    span: inst.span,
                });
            }
        }
    }

    /// The results of an instruction followed by a fresh tangent for each
    /// (recorded as their tangents).
    fn with_tangents(&mut self, primal: &[Value]) -> Vec<Value> {
        let mut results = primal.to_vec();
        for r in primal {
            let ty = self.func.ty(*r).clone();
            let t = self.func.new_value(ty, self.dot_name(*r));
            self.tangents.insert(*r, t);
            results.push(t);
        }
        results
    }

    /// What only the reverse transform makes, differentiated again (forward
    /// over reverse).
    fn derived(&mut self, inst: &Inst, d: Derived<'_>, out: &mut Vec<Inst>) {
        match d {
            Derived::Partials { func, args, output } => {
                // The partials' tangents come from the rule's own derivative.
                let mut tangents: Vec<Option<Value>> = float_arg_positions(func)
                    .map(|pos| self.tan(args[pos]))
                    .collect();
                tangents.push(self.tan(output));
                if tangents.iter().all(Option::is_none) {
                    out.push(inst.clone());
                    return;
                }
                let results = self.with_tangents(&inst.results);
                out.push(Inst {
                    kind: InstKind::PartialsJvp {
                        func,
                        args: args.to_vec(),
                        output,
                        tangents,
                    },
                    results,
                    span: inst.span,
                });
            }
            Derived::CallPullback(call, seeds) => {
                // Second order through a call: the callee's pullback,
                // differentiated by its own forward-over-reverse adapter.
                let arg_tangents: Vec<Option<Value>> =
                    call.args.iter().map(|a| self.tan(*a)).collect();
                if arg_tangents.iter().all(Option::is_none)
                    && seeds.iter().all(|s| self.tan(*s).is_none())
                {
                    out.push(inst.clone());
                    return;
                }
                let seed_tangents: Vec<Value> = seeds
                    .iter()
                    .map(|s| self.tangent_or_zero(*s, out))
                    .collect();
                let results = self.with_tangents(&inst.results);
                out.push(Inst {
                    kind: InstKind::CallPullbackPushforward {
                        call: Box::new(call.clone()),
                        seeds: seeds.to_vec(),
                        arg_tangents,
                        seed_tangents,
                    },
                    results,
                    span: inst.span,
                });
            }
            Derived::AddSlot(a, slot) => {
                out.push(inst.clone());
                let y = inst.results[0];
                let t = match (self.tan(a), self.tan(slot)) {
                    (None, None) => None,
                    (ta, Some(ts)) => {
                        let base = match ta {
                            Some(t) => t,
                            None => self.zeros_like(a, out),
                        };
                        let ty = self.func.ty(y).clone();
                        Some(self.emit(out, InstKind::AddSlot(base, ts), ty, self.dot_name(y)))
                    }
                    (ta, None) => ta,
                };
                if let Some(t) = t {
                    self.tangents.insert(y, t);
                }
            }
            Derived::TapePush { id, values } => {
                // Records carry the tangents of what they store.
                let mut record = values.to_vec();
                for v in values {
                    if self.func.ty(*v).is_differentiable() {
                        let t = self.tangent_or_zero(*v, out);
                        record.push(t);
                    }
                }
                out.push(Inst {
                    kind: InstKind::TapePush { id, values: record },
                    results: vec![],
                    span: inst.span,
                });
            }
            Derived::TapePop(id) => {
                let mut results = inst.results.clone();
                for v in &inst.results {
                    if self.func.ty(*v).is_differentiable() {
                        let ty = self.func.ty(*v).clone();
                        let t = self.func.new_value(ty, self.dot_name(*v));
                        self.tangents.insert(*v, t);
                        results.push(t);
                    }
                }
                out.push(Inst {
                    kind: InstKind::TapePop(id),
                    results,
                    span: inst.span,
                });
            }
            Derived::Truncate { base, len } => {
                out.push(inst.clone());
                let y = inst.results[0];
                if let Some(tb) = self.tan(base) {
                    let ty = self.func.ty(y).clone();
                    let kind = InstKind::Truncate { base: tb, len };
                    let t = self.emit(out, kind, ty, self.dot_name(y));
                    self.tangents.insert(y, t);
                }
            }
            // Made by forward mode itself, which is never applied twice; a
            // tape's allocation has no derivative.
            Derived::PartialsJvp
            | Derived::CallPushforward
            | Derived::CallPullbackPushforward
            | Derived::TapeNew
            | Derived::TapeReserve => out.push(inst.clone()),
        }
    }

    /// A loop that also carries the tangents of its differentiable state.
    fn loop_inst(&mut self, inst: &Inst, out: &mut Vec<Inst>) {
        let mut new = inst.clone();
        let (params, inits, body) = match new.kind.structure_mut() {
            StructureMut::For(l) => {
                let ForLoop {
                    params,
                    inits,
                    body,
                    ..
                } = l;
                (params, inits, body)
            }
            StructureMut::While(l) => {
                let WhileLoop {
                    params,
                    inits,
                    body,
                    ..
                } = l;
                (params, inits, body)
            }
            StructureMut::If { .. } | StructureMut::Flat => return,
        };
        let slots: Vec<usize> = (0..params.len())
            .filter(|k| self.is_varied(params[*k]))
            .collect();
        for k in &slots {
            let t = self.tangent_or_zero(inits[*k], out);
            inits.push(t);
            let ty = self.func.ty(params[*k]).clone();
            let name = self.dot_name(params[*k]);
            let tp = self.func.new_value(ty, name);
            self.tangents.insert(params[*k], tp);
            params.push(tp);
        }
        let primal_body = std::mem::take(body);
        let mut body_out = Vec::new();
        self.insts(&primal_body.insts, &mut body_out);
        let mut yields = primal_body.yields.clone();
        for k in &slots {
            let t = self.tangent_or_zero(primal_body.yields[*k], &mut body_out);
            yields.push(t);
        }
        *body = Block {
            insts: body_out,
            yields,
        };
        for k in &slots {
            let r = inst.results[*k];
            let ty = self.func.ty(r).clone();
            let name = self.dot_name(r);
            let t = self.func.new_value(ty, name);
            self.tangents.insert(r, t);
            new.results.push(t);
        }
        out.push(new);
    }

    fn param(&mut self, y: Value, position: usize, out: &mut Vec<Inst>) {
        if let Some(&tp) = self.tangent_params.get(&position) {
            let ty = self.func.ty(y).clone();
            let name = self.dot_name(y);
            let t = self.func.emit(out, InstKind::Param(tp), ty, name);
            self.tangents.insert(y, t);
        }
    }

    /// An `If` whose arms also compute and yield the tangents of its
    /// differentiable results.
    fn if_inst(
        &mut self,
        inst: &Inst,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        out: &mut Vec<Inst>,
    ) {
        let with_tangent: Vec<usize> = inst
            .results
            .iter()
            .enumerate()
            .filter(|(_, r)| self.is_varied(**r))
            .map(|(i, _)| i)
            .collect();
        let mut blocks = Vec::new();
        for arm in [then_block, else_block] {
            let mut arm_out = Vec::new();
            self.insts(&arm.insts, &mut arm_out);
            let mut yields = arm.yields.clone();
            for i in &with_tangent {
                let t = self.tangent_or_zero(arm.yields[*i], &mut arm_out);
                yields.push(t);
            }
            blocks.push(Block {
                insts: arm_out,
                yields,
            });
        }
        let mut results = inst.results.clone();
        for i in &with_tangent {
            let r = inst.results[*i];
            let ty = self.func.ty(r).clone();
            let name = self.dot_name(r);
            let t = self.func.new_value(ty, name);
            self.tangents.insert(r, t);
            results.push(t);
        }
        let else_block = blocks.pop().unwrap_or_default();
        let then_block = blocks.pop().unwrap_or_default();
        out.push(Inst {
            kind: InstKind::If {
                cond,
                then_block,
                else_block,
            },
            results,
            span: inst.span,
        });
    }
}

/// Forward mode's [`Region`]: new instructions go to `out`; a primal value
/// is read where it is.
struct At<'a> {
    fwd: &'a mut Fwd,
    out: &'a mut Vec<Inst>,
}

impl Region for At<'_> {
    fn ty(&self, v: Value) -> Ty {
        self.fwd.func.ty(v).clone()
    }

    fn name(&self, v: Value) -> Option<String> {
        self.fwd.func.name(v).map(String::from)
    }

    fn varied(&self, v: Value) -> bool {
        self.fwd.is_varied(v)
    }

    fn primal(&mut self, v: Value) -> Value {
        v
    }

    fn push(&mut self, kind: InstKind, results: Vec<(Ty, Option<String>)>) -> Vec<Value> {
        let results: Vec<Value> = results
            .into_iter()
            .map(|(ty, name)| self.fwd.func.new_value(ty, name))
            .collect();
        self.out.push(Inst {
            kind,
            results: results.clone(),
            span: proc_macro2::Span::call_site(),
        });
        results
    }
}

impl Tangents for At<'_> {
    fn tangent(&self, v: Value) -> Option<Value> {
        self.fwd.tan(v)
    }

    fn tangent_or_zero(&mut self, v: Value) -> Value {
        self.fwd.tangent_or_zero(v, self.out)
    }

    fn rename_if_unnamed(&mut self, v: Value, name: Option<String>) -> Value {
        let info = &mut self.fwd.func.values[v.index()];
        if info.name.is_none() {
            info.name = name;
        }
        v
    }
}
