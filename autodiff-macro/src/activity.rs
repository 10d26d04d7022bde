//! Activity analysis: which values depend on a differentiable parameter
//! through operations that carry a derivative. Only those get tangents and
//! adjoints; everything else is a constant that the transforms copy as is
//! (symbolic zeros: no code at all for them).
//!
//! This is also where a differentiable value flowing into a construct the
//! transforms cannot differentiate (an unknown method, a call, a field
//! access) is reported, since only here is it known which values are
//! differentiable.

use crate::derivative::{Class, classify, differentiable_operands};
use crate::diag::Errors;
use crate::ir::{Block, CallInst, Func, Inst, InstKind, Ty, Value, loop_parts};
use crate::lang::OpaqueKind;
use crate::math;

/// What the analysis found.
pub struct Activity {
    /// `varied[v]`: whether value `v` carries a derivative.
    pub varied: Vec<bool>,
    /// Where a derivative cannot be followed; [`report`] turns these into
    /// the user's errors.
    pub findings: Vec<Finding>,
}

/// A place where a derivative would be lost.
pub enum Finding {
    /// A differentiable value (`input`) flows into an expression the
    /// transforms cannot differentiate.
    IntoOpaque {
        kind: OpaqueKind,
        input: Value,
        source: proc_macro2::TokenStream,
    },
    /// `value` depends on a differentiable parameter, but its type is not
    /// known to carry a derivative.
    Untyped {
        value: Value,
        span: proc_macro2::Span,
    },
}

/// Records each finding as an error with what to write instead.
pub fn report(func: &Func, findings: &[Finding], errors: &mut Errors) {
    for f in findings {
        match f {
            Finding::IntoOpaque {
                kind,
                input,
                source,
            } => report_opaque(func, kind, *input, source, errors),
            Finding::Untyped { value, span } => report_untyped(func, *value, *span, errors),
        }
    }
}

/// Computes activity, starting from the differentiable parameters `seeds`.
pub fn analyse(func: &Func, seeds: &[Value]) -> Activity {
    let mut varied = vec![false; func.values.len()];
    for s in seeds {
        varied[s.index()] = true;
    }
    let mut findings = Vec::new();
    block(func, &func.body, &mut varied, &mut findings);
    Activity { varied, findings }
}

fn block(func: &Func, b: &Block, varied: &mut [bool], found: &mut Vec<Finding>) {
    for inst in &b.insts {
        if let Some(parts) = loop_parts(&inst.kind) {
            loop_activity(func, inst, parts, varied, found);
            continue;
        }
        let result_is_float = inst
            .results
            .first()
            .is_some_and(|r| func.ty(*r).is_differentiable());
        // A constant whose result is a `bool` (a comparison the lowering
        // builds, like `total_cmp`) carries no derivative, whatever it reads.
        let to_bool = inst
            .results
            .first()
            .is_some_and(|r| func.ty(*r) == &Ty::Bool);
        // An assertion reads primal values only.
        let check =
            matches!(&inst.kind, InstKind::Const(c) if matches!(c.kind, OpaqueKind::Check { .. }));
        if let (InstKind::Const(c), false, false) = (&inst.kind, to_bool, check) {
            if let Some(v) = c.inputs.iter().find(|v| varied[v.index()]) {
                found.push(Finding::IntoOpaque {
                    kind: c.kind.clone(),
                    input: *v,
                    source: c.source.clone(),
                });
            }
        }
        let class = classify(&inst.kind);
        let active = match &inst.kind {
            InstKind::Param(_) | InstKind::SelfParam => {
                // Parameters are seeded by the caller.
                continue;
            }
            InstKind::For(_) | InstKind::While(_) => false,
            // In reverse-mode code that forward mode differentiates again: a
            // popped float depends on whatever was pushed (forward mode
            // pushes a zero tangent where there is none).
            InstKind::TapePop(_) => true,
            InstKind::CallPullback(c, seeds) => any(&c.args, varied) || any(seeds, varied),
            InstKind::Call(c) => {
                call_activity(c, &inst.results, varied, found);
                continue;
            }
            InstKind::If {
                then_block,
                else_block,
                ..
            } => {
                if_activity(func, inst, (then_block, else_block), varied, found);
                continue;
            }
            kind @ (InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Index { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_)
            | InstKind::ZerosLike(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }) => {
                differentiable_operands(kind).is_some_and(|ops| any(&ops, varied))
            }
        };
        if active && result_is_float {
            for r in &inst.results {
                varied[r.index()] = true;
            }
        } else if active && matches!(class, Class::Scalar(_) | Class::Linear(_)) {
            // The derivative would be dropped because the result's type is
            // unknown: never a silent zero.
            if let Some(r) = inst.results.first() {
                found.push(Finding::Untyped {
                    value: *r,
                    span: inst.span,
                });
            }
        }
    }
}

/// The activity of a loop: its carried state to the fixpoint, then its
/// blocks once more to report findings.
fn loop_activity(
    func: &Func,
    inst: &Inst,
    (params, inits, body, cond): (&[Value], &[Value], &Block, Option<&Block>),
    varied: &mut [bool],
    found: &mut Vec<Finding>,
) {
    // The carried state is varied if it starts varied or becomes
    // varied in some iteration: iterate to the fixpoint.
    for (p, i) in params.iter().zip(inits) {
        varied[p.index()] |= varied[i.index()];
    }
    loop {
        if let Some(c) = cond {
            block(func, c, varied, &mut Vec::new());
        }
        block(func, body, varied, &mut Vec::new());
        let mut changed = false;
        for (p, y) in params.iter().zip(&body.yields) {
            if varied[y.index()] && !varied[p.index()] && func.ty(*p).is_differentiable() {
                varied[p.index()] = true;
                changed = true;
            }
        }
        for (p, y) in params.iter().zip(&body.yields) {
            if varied[y.index()] && !func.ty(*p).is_differentiable() {
                found.push(Finding::Untyped {
                    value: *p,
                    span: inst.span,
                });
            }
        }
        if !changed {
            break;
        }
    }
    // Once more to report errors, with the final activity.
    if let Some(c) = cond {
        block(func, c, varied, found);
    }
    block(func, body, varied, found);
    for (r, p) in inst.results.iter().zip(params) {
        varied[r.index()] = varied[p.index()];
    }
}

/// The activity of a call: its results are varied if an argument is; a
/// varied receiver is a finding.
fn call_activity(c: &CallInst, results: &[Value], varied: &mut [bool], found: &mut Vec<Finding>) {
    if let Some(r) = c.recv.filter(|r| varied[r.index()]) {
        let name = match &c.callee {
            crate::ir::CallTarget::Method { name, .. } => name.to_string(),
            crate::ir::CallTarget::Path(_) => String::new(),
        };
        found.push(Finding::IntoOpaque {
            kind: OpaqueKind::Method(name),
            input: r,
            source: c.source.clone(),
        });
    }
    let v = any(&c.args, varied);
    for r in results {
        varied[r.index()] = v;
    }
}

/// The activity of an `if`: its arms, and each result varied if an arm
/// yields a varied value.
fn if_activity(
    func: &Func,
    inst: &Inst,
    (then_block, else_block): (&Block, &Block),
    varied: &mut [bool],
    found: &mut Vec<Finding>,
) {
    block(func, then_block, varied, found);
    block(func, else_block, varied, found);
    for (i, r) in inst.results.iter().enumerate() {
        let t = then_block.yields.get(i).is_some_and(|y| varied[y.index()]);
        let e = else_block.yields.get(i).is_some_and(|y| varied[y.index()]);
        if (t || e) && !func.ty(*r).is_differentiable() {
            found.push(Finding::Untyped {
                value: *r,
                span: inst.span,
            });
        }
        varied[r.index()] = (t || e) && func.ty(*r).is_differentiable();
    }
}

/// Whether any of `vs` is varied.
fn any(vs: &[Value], varied: &[bool]) -> bool {
    vs.iter().any(|v| varied[v.index()])
}

/// A value that depends on a differentiable parameter but whose type the
/// macro cannot see, so it cannot give it a derivative.
fn report_untyped(func: &Func, v: Value, span: proc_macro2::Span, errors: &mut Errors) {
    let msg = match func.name(v) {
        Some(n) => {
            let example = if func.ty(v) == &Ty::Other && is_element_update(func, v) {
                format!("`let mut {n}: [f64; 3] = ...` or `let mut {n}: Vec<f64> = ...`")
            } else {
                format!("`let {n}: f64 = ...`")
            };
            format!(
                "`{n}` depends on a differentiable parameter, but #[differentiate] cannot tell \
                 its type (its value comes from a constant, field, call or type it cannot see into): \
                 annotate it where it is declared ({example})"
            )
        }
        None => "this value depends on a differentiable parameter, but #[differentiate] cannot \
                 tell its type (it comes from a constant, field, call or type it cannot see into): bind \
                 the parts to variables with a type annotation (`let v: f64 = ...`)"
            .to_string(),
    };
    errors.push(span, msg);
}

/// Whether `v` is made by an element update (`v[i] = ..`).
fn is_element_update(func: &Func, v: Value) -> bool {
    fn find(b: &Block, v: Value) -> bool {
        b.insts.iter().any(|i| {
            (matches!(i.kind, InstKind::Insert { .. } | InstKind::AddAt { .. })
                && i.results.contains(&v))
                || i.kind.blocks().into_iter().any(|b| find(b, v))
        })
    }
    find(&func.body, v)
}

/// Whether `expr` is `e.0` (or `e.0.1`): the read of a tuple's item.
fn reads_tuple_item(expr: &proc_macro2::TokenStream) -> bool {
    let tokens: Vec<proc_macro2::TokenTree> = expr.clone().into_iter().collect();
    match tokens.as_slice() {
        [
            ..,
            proc_macro2::TokenTree::Punct(dot),
            proc_macro2::TokenTree::Literal(item),
        ] => {
            let item = item.to_string();
            dot.as_char() == '.' && item.chars().all(|c| c.is_ascii_digit() || c == '.')
        }
        _ => false,
    }
}

fn report_opaque(
    func: &Func,
    kind: &OpaqueKind,
    input: Value,
    expr: &proc_macro2::TokenStream,
    errors: &mut Errors,
) {
    let var = func.name(input).map_or_else(
        || "a differentiable parameter".to_string(),
        |n| format!("the differentiable `{n}`"),
    );
    let msg = match kind {
        OpaqueKind::Call(name) => format!(
            "`{name}` is called with a value that depends on {var}, but it has no derivative \
             (functions of std and of the primitive types cannot be differentiated through): \
             use the float method instead (`x.max(y)`, `x.sqrt()`), or a function of your own \
             marked `#[differentiate]`"
        ),
        OpaqueKind::LocalCall(name) => format!(
            "`{name}` is called with a value that depends on {var}, but `{name}` is a value of \
             this function (a closure or function parameter), whose derivative \
             #[differentiate] cannot see: call a function marked `#[differentiate]` instead, \
             or pass `{name}` only values that do not depend on the differentiable parameters \
             (`#[differentiate(wrt(..))]` chooses them)"
        ),
        OpaqueKind::Method(name) if math::ITERATOR_METHODS.contains(&name.as_str()) => format!(
            "`{name}` is used on a sequence that depends on {var}, outside an iterator chain \
             #[differentiate] can lower to a loop: write the chain in one expression, from the \
             sequence (`x.iter()`, `x.windows(k)`, a range) to a consumer (`.sum()`, \
             `.fold(..)`, `.collect::<Vec<_>>()`), or as the source of a `for` loop; an \
             iterator cannot be stored in a variable"
        ),
        OpaqueKind::Method(name) if math::SEQUENCE_METHODS.contains(&name.as_str()) => format!(
            "`{name}` is not supported on a sequence of differentiable values: grow a `Vec` \
             at its end with `v.push(e)` and `v.extend_from_slice(&x[a..b])`, or create it \
             with its final length (`vec![0.0; n]`) and assign its elements with `v[i] = ...`"
        ),
        OpaqueKind::Method(name) if func.ty(input).is_aggregate() => format!(
            "`{name}` is called on a sequence that depends on {var}, and #[differentiate] does \
             not know it: compute it with a loop or an iterator chain (for a norm, \
             `x.iter().map(|v| v * v).sum::<f64>().sqrt()`)"
        ),
        OpaqueKind::Method(name) if !matches!(func.ty(input), Ty::Float(_)) => format!(
            "`{name}` is called on a value that depends on {var}, but #[differentiate] can only \
             differentiate through the float methods it knows and through functions marked \
             `#[differentiate]`: call such a function (`{name}(&v)`) or compute the result \
             with float arithmetic"
        ),
        OpaqueKind::Method(name) => match math::closest(name) {
            Some(near) => format!(
                "`{name}` is not a float method that can be differentiated (its receiver or \
                 arguments depend on {var}); did you mean `{near}`?"
            ),
            None => format!(
                "`{name}` is not a float method that can be differentiated (its receiver or \
                 arguments depend on {var}); the differentiable float methods are: {}",
                math::differentiable_names()
            ),
        },
        // Assertions read primal values only (see `block`).
        OpaqueKind::Check { .. } => return,
        OpaqueKind::Other("field access") if reads_tuple_item(expr) => format!(
            "this read of a tuple's item involves {var}, which is supported on a tuple \
             parameter and on a tuple written in the body (`let t = (a, b);`), not on this \
             value (the result of a call, say): take it apart with a pattern (`let (a, b) = \
             g(..);`) and read its items by name"
        ),
        OpaqueKind::Other(what) => format!(
            "this {what} involves {var}, which is not supported: only float arithmetic, float \
             methods, `as` casts, indexing, `if`/`else`, closures and iterator chains can be \
             differentiated here"
        ),
    };
    errors.push_spanned(expr, msg);
}
