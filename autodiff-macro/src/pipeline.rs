//! The stages in order, once: validate, lower, types, activity, the
//! transforms, with the IR verified after each (debug builds). The macro's
//! driver (`expand`) and the test harness (`fuzz`) both run this, so what is
//! tested is what users get.

use crate::activity;
use crate::ast::{FnDef, RetTy};
use crate::attr::Options;
use crate::diag::Errors;
use crate::forward;
use crate::ir::verify::{self, Interface, Stage};
use crate::ir::{Func, InstKind, Ty, Value};
use crate::lower::{self, Lowered};
use crate::reverse;
use crate::types;
use crate::validate;

/// A transformed function and what its body yields, by meaning rather than
/// by position.
pub struct Transformed {
    pub func: Func,
    /// The function's value (the flattened result).
    pub value: Vec<Value>,
    /// Reverse mode: the gradient, one value per differentiable parameter.
    pub gradient: Vec<Value>,
    /// Forward mode: the tangent of the value.
    pub value_tangent: Vec<Value>,
    /// Forward over reverse: the tangent of the gradient.
    pub gradient_tangent: Vec<Value>,
}

impl Transformed {
    /// Splits the yields of `func`'s body into `[value, gradient,
    /// value_tangent, gradient_tangent]` of the given lengths.
    fn new(func: Func, lens: [usize; 4]) -> Transformed {
        let mut rest = func.body.yields.as_slice();
        let mut take = |n: usize| {
            let (a, b) = rest.split_at(n.min(rest.len()));
            rest = b;
            a.to_vec()
        };
        let (value, gradient) = (take(lens[0]), take(lens[1]));
        let (value_tangent, gradient_tangent) = (take(lens[2]), take(lens[3]));
        Transformed {
            func,
            value,
            gradient,
            value_tangent,
            gradient_tangent,
        }
    }
}

/// Everything the companions are built from.
pub struct Pipeline {
    /// The primal IR (the test interpreter runs it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub lowered: Lowered,
    /// Parameters: the function's, then one seed per result value (the
    /// second-order transforms and the test interpreter start from it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub vjp: Transformed,
    /// The same with the adjoint of each differentiable leaf that
    /// [`preseeded`] picks starting from one more parameter (after the
    /// seeds) instead of zero: the body of `NAME_vjp_into`.
    pub vjp_into: Transformed,
    /// Parameters: the function's, then one tangent per differentiable
    /// parameter.
    pub jvp: Transformed,
    /// With `hessian` on a scalar function, forward over reverse with the
    /// seed fixed to one. Parameters: the function's, the seed, then one
    /// direction per differentiable parameter.
    pub hvp: Option<Transformed>,
    /// With `hessian` on a scalar function, forward over reverse with the
    /// seed differentiable too (a caller's Hessian through a call).
    /// Parameters: the function's, the seed, the directions, the seed's
    /// tangent.
    pub vjp_jvp: Option<Transformed>,
}

/// Runs every stage on `def`, differentiating with respect to the
/// parameter leaves at positions `wrt` (see [`FnDef::leaves`]). Errors are recorded in `errors` (on
/// `span` for internal ones); `None` if any stage failed.
pub fn run(
    def: &FnDef,
    opts: &Options,
    wrt: &[usize],
    span: proc_macro2::Span,
    errors: &mut Errors,
) -> Option<Pipeline> {
    let before = errors.len();
    validate::validate(def, errors);
    if errors.len() > before {
        return None;
    }
    let mut lowered = lower::lower(def, errors)?;
    let (n, n_out, d) = (def.leaves().count(), lowered.result.len(), wrt.len());
    let primal = Interface {
        params: n,
        yields: n_out,
    };
    verify::after_stage(&lowered.func, Stage::Lower, primal, span, errors).then_some(())?;
    types::check(&lowered.func, errors);
    if errors.len() > before {
        return None;
    }
    types::infer(&mut lowered.func);
    verify::after_stage(&lowered.func, Stage::Types, primal, span, errors).then_some(())?;
    let seeds: Vec<Value> = wrt.iter().map(|p| lowered.params[*p]).collect();
    let act = activity::analyse(&lowered.func, &seeds);
    activity::report(&lowered.func, &act.findings, errors);
    if errors.len() > before {
        return None;
    }
    let vjp = reverse::vjp(&lowered, &act, n, wrt, None, &opts.krate);
    let preseed = preseeded(def, wrt);
    let vjp_into = reverse::vjp(&lowered, &act, n, wrt, Some(&preseed), &opts.krate);
    let jvp = forward::jvp(&lowered, &act, n, wrt);
    let vjp_interface = Interface {
        params: n + n_out,
        yields: n_out + d,
    };
    let vjp_into_interface = Interface {
        params: n + n_out + preseed.iter().filter(|s| **s).count(),
        yields: n_out + d,
    };
    let jvp_interface = Interface {
        params: n + d,
        yields: 2 * n_out,
    };
    let vjp_ok = verify::after_stage(&vjp, Stage::Reverse, vjp_interface, span, errors);
    let into_ok = verify::after_stage(&vjp_into, Stage::Reverse, vjp_into_interface, span, errors);
    let jvp_ok = verify::after_stage(&jvp, Stage::Forward, jvp_interface, span, errors);
    if !(vjp_ok && into_ok && jvp_ok) {
        return None;
    }
    let second_order = opts.hessian && matches!(def.ret, RetTy::One(Ty::Float(_)));
    let (hvp, vjp_jvp) = if second_order {
        let hvp = hvp(&vjp, &seeds, n, wrt);
        let vjp_jvp = vjp_jvp(&vjp, &seeds, n, wrt);
        let hvp_interface = Interface {
            params: n + 1 + d,
            yields: 2 * (1 + d),
        };
        let vjp_jvp_interface = Interface {
            params: n + 2 + d,
            yields: 2 * (1 + d),
        };
        let ok = verify::after_stage(&hvp, Stage::ForwardOverReverse, hvp_interface, span, errors)
            & verify::after_stage(
                &vjp_jvp,
                Stage::ForwardOverReverse,
                vjp_jvp_interface,
                span,
                errors,
            );
        if !ok {
            return None;
        }
        (
            Some(Transformed::new(hvp, [1, d, 1, d])),
            Some(Transformed::new(vjp_jvp, [1, d, 1, d])),
        )
    } else {
        (None, None)
    };
    Some(Pipeline {
        vjp: Transformed::new(vjp, [n_out, d, 0, 0]),
        vjp_into: Transformed::new(vjp_into, [n_out, d, 0, 0]),
        jvp: Transformed::new(jvp, [n_out, 0, n_out, 0]),
        hvp,
        vjp_jvp,
        lowered,
    })
}

/// Which differentiable leaves (`wrt`) the body of `NAME_vjp_into` adds
/// into in place: all but the nalgebra ones, whose buffers have nalgebra's
/// types and get the gradient added after the sweep.
pub fn preseeded(def: &FnDef, wrt: &[usize]) -> Vec<bool> {
    let leaves: Vec<_> = def.leaves().map(|(_, l)| l).collect();
    wrt.iter()
        .map(|k| {
            leaves
                .get(*k)
                .is_some_and(|l| crate::companion::NaLeaf::of_leaf(l).is_none())
        })
        .collect()
}

/// Forward over reverse: the tangent of the gradient along the directions
/// is the Hessian times the directions. The seed (position `n`) stays a
/// constant; the directions follow it.
fn hvp(vjp: &Func, seeds: &[Value], n: usize, wrt: &[usize]) -> Func {
    let act = activity::analyse(vjp, seeds);
    forward::jvp_of(vjp, &vjp.body.yields, &act, n + 1, wrt)
}

/// Forward over reverse with the seed differentiable too: its tangent is
/// the last parameter.
fn vjp_jvp(vjp: &Func, seeds: &[Value], n: usize, wrt: &[usize]) -> Func {
    let seed_value = vjp
        .body
        .insts
        .iter()
        .filter(|i| matches!(i.kind, InstKind::Param(k) if k == n))
        .find_map(|i| i.results.first().copied());
    let mut active = seeds.to_vec();
    active.extend(seed_value);
    let act = activity::analyse(vjp, &active);
    let mut wrt = wrt.to_vec();
    wrt.push(n);
    forward::jvp_of(vjp, &vjp.body.yields, &act, n + 1, &wrt)
}
