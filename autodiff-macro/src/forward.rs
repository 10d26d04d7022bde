//! Forward mode: turns an IR function into the IR of its Jacobian-vector
//! product, each tangent statement right after the primal statement it
//! differentiates. A value with a zero tangent has no tangent value at all
//! (symbolic zero).
//!
//! The transform is written against the IR, not against the primal only, so
//! that it can later be applied to the output of [`crate::reverse`]
//! (forward over reverse).

use crate::activity::Activity;
use crate::build::float_arg_positions;
use crate::ir::{BinOp, Block, ForLoop, Func, Inst, InstKind, Ty, UnOp, Value, WhileLoop};
use crate::lower::Lowered;
use crate::math::Kind;
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

    fn sync(&mut self) {
        self.varied.resize(self.func.values.len(), false);
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
        let kind = if matches!(ty, Ty::Vec(_)) {
            InstKind::ZerosLike(v)
        } else {
            InstKind::Zero
        };
        let z = self.func.emit(out, kind, ty, None);
        self.sync();
        z
    }

    fn emit(&mut self, out: &mut Vec<Inst>, kind: InstKind, ty: Ty, name: Option<String>) -> Value {
        let v = self.func.emit(out, kind, ty, name);
        self.sync();
        v
    }

    fn bin(
        &mut self,
        out: &mut Vec<Inst>,
        op: BinOp,
        a: Value,
        b: Value,
        name: Option<String>,
    ) -> Value {
        let v = self.func.emit_binary(out, op, a, b, name);
        self.sync();
        v
    }

    /// `Σ coefᵢ · tᵢ` over the terms with a nonzero tangent; `None` if all
    /// are zero. A coefficient of `None` means 1.
    fn linear(
        &mut self,
        out: &mut Vec<Inst>,
        terms: &[(Option<Value>, Option<Value>)],
        name: Option<String>,
    ) -> Option<Value> {
        let mut acc: Option<Value> = None;
        for (coef, t) in terms {
            let Some(t) = t else { continue };
            let term = match coef {
                Some(c) => self.bin(out, BinOp::Mul, *c, *t, None),
                None => *t,
            };
            acc = Some(match acc {
                None => term,
                Some(a) => self.bin(out, BinOp::Add, a, term, None),
            });
        }
        if let (Some(a), Some(n)) = (acc, name) {
            if self.func.values[a.index()].name.is_none() {
                self.func.values[a.index()].name = Some(n);
            }
        }
        acc
    }

    fn insts(&mut self, insts: &[Inst], out: &mut Vec<Inst>) {
        for inst in insts {
            self.inst(inst, out);
        }
    }

    fn inst(&mut self, inst: &Inst, out: &mut Vec<Inst>) {
        if let InstKind::If {
            cond,
            then_block,
            else_block,
        } = &inst.kind
        {
            self.if_inst(inst, *cond, then_block, else_block, out);
            return;
        }
        if matches!(inst.kind, InstKind::For(_) | InstKind::While(_)) {
            self.loop_inst(inst, out);
            return;
        }
        match &inst.kind {
            InstKind::Partials { func, args, output } => {
                // The partials' tangents come from the rule's own derivative.
                let mut tangents: Vec<Option<Value>> = float_arg_positions(*func)
                    .map(|pos| self.tan(args[pos]))
                    .collect();
                tangents.push(self.tan(*output));
                if tangents.iter().any(Option::is_some) {
                    let mut results = inst.results.clone();
                    for p in &inst.results {
                        let ty = self.func.ty(*p).clone();
                        let t = self.func.new_value(ty, self.dot_name(*p));
                        self.sync();
                        self.tangents.insert(*p, t);
                        results.push(t);
                    }
                    out.push(Inst {
                        kind: InstKind::PartialsJvp {
                            func: *func,
                            args: args.clone(),
                            output: *output,
                            tangents,
                        },
                        results,
                        span: inst.span,
                    });
                    return;
                }
            }
            InstKind::CallPullback(call, seeds) => {
                // Second order through a call: the callee's pullback,
                // differentiated by its own forward-over-reverse adapter.
                let arg_tangents: Vec<Option<Value>> =
                    call.args.iter().map(|a| self.tan(*a)).collect();
                if arg_tangents.iter().any(Option::is_some)
                    || seeds.iter().any(|s| self.tan(*s).is_some())
                {
                    let seed_tangents: Vec<Value> = seeds
                        .iter()
                        .map(|s| self.tangent_or_zero(*s, out))
                        .collect();
                    let mut results = inst.results.clone();
                    for r in &inst.results {
                        let ty = self.func.ty(*r).clone();
                        let t = self.func.new_value(ty, self.dot_name(*r));
                        self.sync();
                        self.tangents.insert(*r, t);
                        results.push(t);
                    }
                    out.push(Inst {
                        kind: InstKind::CallPullbackPushforward {
                            call: call.clone(),
                            seeds: seeds.clone(),
                            arg_tangents,
                            seed_tangents,
                        },
                        results,
                        span: inst.span,
                    });
                    return;
                }
            }
            InstKind::AddSlot(a, slot) => {
                out.push(inst.clone());
                let y = inst.results[0];
                let t = match (self.tan(*a), self.tan(*slot)) {
                    (None, None) => None,
                    (ta, Some(ts)) => {
                        let base = match ta {
                            Some(t) => t,
                            None => self.zeros_like(*a, out),
                        };
                        let ty = self.func.ty(y).clone();
                        Some(self.emit(out, InstKind::AddSlot(base, ts), ty, self.dot_name(y)))
                    }
                    (ta, None) => ta,
                };
                if let Some(t) = t {
                    self.tangents.insert(y, t);
                }
                return;
            }
            InstKind::TapePush { id, values } => {
                // Records carry the tangents of what they store.
                let mut values = values.clone();
                let stored = values.clone();
                for v in stored {
                    if self.func.ty(v).is_differentiable() {
                        let t = self.tangent_or_zero(v, out);
                        values.push(t);
                    }
                }
                out.push(Inst {
                    kind: InstKind::TapePush { id: *id, values },
                    results: vec![],
                    span: inst.span,
                });
                return;
            }
            InstKind::TapePop(id) => {
                let mut results = inst.results.clone();
                for v in &inst.results {
                    if self.func.ty(*v).is_differentiable() {
                        let ty = self.func.ty(*v).clone();
                        let t = self.func.new_value(ty, self.dot_name(*v));
                        self.sync();
                        self.tangents.insert(*v, t);
                        results.push(t);
                    }
                }
                out.push(Inst {
                    kind: InstKind::TapePop(*id),
                    results,
                    span: inst.span,
                });
                return;
            }
            _ => {}
        }
        if let InstKind::Call(call) = &inst.kind {
            let tangents: Vec<Option<Value>> = call.args.iter().map(|a| self.tan(*a)).collect();
            if tangents.iter().any(Option::is_some) {
                // The callee's pushforward gives the results and their
                // tangents.
                let mut results = inst.results.clone();
                for y in &inst.results {
                    let ty = self.func.ty(*y).clone();
                    let name = self.dot_name(*y);
                    let t = self.func.new_value(ty, name);
                    self.sync();
                    self.tangents.insert(*y, t);
                    results.push(t);
                }
                out.push(Inst {
                    kind: InstKind::CallPushforward(call.clone(), tangents),
                    results,
                    span: inst.span,
                });
                return;
            }
        }
        out.push(inst.clone());
        let Some(&y) = inst.results.first() else {
            return;
        };
        if !self.is_varied(y) {
            if let InstKind::Param(p) = inst.kind {
                self.param(y, p, out);
            }
            return;
        }
        let name = self.dot_name(y);
        let t = match &inst.kind {
            InstKind::Param(p) => {
                self.param(y, *p, out);
                return;
            }
            InstKind::Unary(UnOp::Neg, a) => match self.tan(*a) {
                Some(t) => {
                    let v = self.func.emit_neg(out, t, name);
                    self.sync();
                    Some(v)
                }
                None => None,
            },
            InstKind::Binary(BinOp::Add, a, b) => {
                let terms = [(None, self.tan(*a)), (None, self.tan(*b))];
                self.linear(out, &terms, name)
            }
            InstKind::Binary(BinOp::Sub, a, b) => match (self.tan(*a), self.tan(*b)) {
                (Some(ta), Some(tb)) => Some(self.bin(out, BinOp::Sub, ta, tb, name)),
                (Some(ta), None) => Some(ta),
                (None, Some(tb)) => {
                    let v = self.func.emit_neg(out, tb, name);
                    self.sync();
                    Some(v)
                }
                (None, None) => None,
            },
            InstKind::Binary(BinOp::Mul, a, b) => {
                let terms = [(Some(*b), self.tan(*a)), (Some(*a), self.tan(*b))];
                self.linear(out, &terms, name)
            }
            InstKind::Binary(BinOp::Div, a, b) => {
                // d(a/b) = (da - y db) / b
                let num = match (self.tan(*a), self.tan(*b)) {
                    (ta, Some(tb)) => {
                        let ytb = self.bin(out, BinOp::Mul, y, tb, None);
                        Some(match ta {
                            Some(ta) => self.bin(out, BinOp::Sub, ta, ytb, None),
                            None => {
                                let v = self.func.emit_neg(out, ytb, None);
                                self.sync();
                                v
                            }
                        })
                    }
                    (Some(ta), None) => Some(ta),
                    (None, None) => None,
                };
                num.map(|n| self.bin(out, BinOp::Div, n, *b, name))
            }
            InstKind::Binary(BinOp::Rem, a, b) => {
                // a % b = a - trunc(a / b) * b
                let ta = self.tan(*a);
                match self.tan(*b) {
                    Some(tb) => {
                        let q = self.bin(out, BinOp::Div, *a, *b, None);
                        let t = self.func.emit_trunc(out, q);
                        self.sync();
                        let neg = self.func.emit_neg(out, t, None);
                        self.sync();
                        let terms = [(None, ta), (Some(neg), Some(tb))];
                        self.linear(out, &terms, name)
                    }
                    None => ta,
                }
            }
            InstKind::Cast(a, _) => match (self.tan(*a), self.func.ty(y).float()) {
                (Some(ta), Some(w)) if self.func.ty(*a) != self.func.ty(y) => {
                    let v = self.func.emit_float_cast(out, ta, w, name);
                    self.sync();
                    Some(v)
                }
                (ta, _) => ta,
            },
            InstKind::Index { base, path } => self.tan(*base).map(|tb| {
                let ty = self.func.ty(y).clone();
                self.emit(
                    out,
                    InstKind::Index {
                        base: tb,
                        path: path.clone(),
                    },
                    ty,
                    name,
                )
            }),
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                if self.tan(*base).is_none() && self.tan(*value).is_none() {
                    None
                } else {
                    let tb = self.tangent_or_zero(*base, out);
                    let tv = self.tangent_or_zero(*value, out);
                    let kind = match &inst.kind {
                        InstKind::Insert { .. } => InstKind::Insert {
                            base: tb,
                            path: path.clone(),
                            value: tv,
                        },
                        _ => InstKind::AddAt {
                            base: tb,
                            path: path.clone(),
                            value: tv,
                        },
                    };
                    let ty = self.func.ty(y).clone();
                    Some(self.emit(out, kind, ty, name))
                }
            }
            InstKind::ArrayLit(items) => {
                let items = items.clone();
                let ts: Vec<Value> = items
                    .iter()
                    .map(|i| self.tangent_or_zero(*i, out))
                    .collect();
                let ty = self.func.ty(y).clone();
                Some(self.emit(out, InstKind::ArrayLit(ts), ty, name))
            }
            InstKind::ArrayRepeat(v, len) => self.tan(*v).map(|t| {
                let ty = self.func.ty(y).clone();
                self.emit(out, InstKind::ArrayRepeat(t, len.clone()), ty, name)
            }),
            InstKind::VecRepeat(v, n) => self.tan(*v).map(|t| {
                let ty = self.func.ty(y).clone();
                self.emit(out, InstKind::VecRepeat(t, *n), ty, name)
            }),
            InstKind::SumElems(v) => self.tan(*v).map(|t| {
                let ty = self.func.ty(y).clone();
                self.emit(out, InstKind::SumElems(t), ty, name)
            }),
            InstKind::AddAgg(a, b) => match (self.tan(*a), self.tan(*b)) {
                (Some(ta), Some(tb)) => {
                    let ty = self.func.ty(y).clone();
                    Some(self.emit(out, InstKind::AddAgg(ta, tb), ty, name))
                }
                (t, None) | (None, t) => t,
            },
            InstKind::Math(f, args) if f.0.kind == Kind::Smooth => {
                let partials = self.func.emit_partials(out, *f, args.clone(), y);
                self.sync();
                let terms: Vec<(Option<Value>, Option<Value>)> = float_arg_positions(*f)
                    .enumerate()
                    .map(|(k, pos)| (Some(partials[k]), self.tan(args[pos])))
                    .collect();
                self.linear(out, &terms, name)
            }
            _ => None,
        };
        if let Some(t) = t {
            self.tangents.insert(y, t);
        }
    }

    /// A loop that also carries the tangents of its differentiable state.
    fn loop_inst(&mut self, inst: &Inst, out: &mut Vec<Inst>) {
        let mut new = inst.clone();
        let (params, inits, body) = match &mut new.kind {
            InstKind::For(l) => {
                let ForLoop {
                    params,
                    inits,
                    body,
                    ..
                } = &mut **l;
                (params, inits, body)
            }
            InstKind::While(l) => {
                let WhileLoop {
                    params,
                    inits,
                    body,
                    ..
                } = &mut **l;
                (params, inits, body)
            }
            _ => return,
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
            self.sync();
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
            self.sync();
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
            self.sync();
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
            self.sync();
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
