//! The macro's pipeline run on source text (`pipeline::run`, as the macro
//! runs it), and the differential check of one program at
//! one point: the interpreted primal, reverse mode and forward mode must
//! agree with each other and with central finite differences.

use crate::eval::{self, Val};
use crate::ir::Func;
use crate::{attr, diag, parse, pipeline};
use proc_macro2::TokenStream;

/// The primal, VJP and JVP IR of a function.
pub struct Compiled {
    pub primal: Func,
    pub vjp: Func,
    pub jvp: Func,
    /// Positions of the differentiable parameters.
    pub wrt: Vec<usize>,
}

fn messages(errors: diag::Errors) -> String {
    match errors.combined() {
        Some(e) => e
            .into_iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("; "),
        None => "rejected without an error".into(),
    }
}

/// Runs parse, lower, types, activity and both transforms on
/// `#[differentiate(attr)] src`; an error lists the macro's messages.
pub fn compile(attr_args: &str, src: &str) -> Result<Compiled, String> {
    let args: TokenStream = attr_args
        .parse()
        .map_err(|e| format!("attribute tokens: {e}"))?;
    let item: syn::ItemFn = syn::parse_str(src).map_err(|e| format!("not a function: {e}"))?;
    let opts = attr::Options::parse(args).map_err(|e| e.to_string())?;
    let mut errors = diag::Errors::default();
    let def = parse::parse_fn(&item, &opts, &mut errors);
    let Some(def) = def.filter(|_| errors.is_empty()) else {
        return Err(messages(errors));
    };
    let wrt: Vec<usize> = (0..def.params.len())
        .filter(|i| def.params[*i].differentiable)
        .collect();
    let span = proc_macro2::Span::call_site();
    let Some(p) = pipeline::run(&def, &opts, &wrt, span, &mut errors) else {
        return Err(messages(errors));
    };
    Ok(Compiled {
        primal: p.lowered.func,
        vjp: p.vjp.func,
        jvp: p.jvp.func,
        wrt,
    })
}

/// Values above this are "huge": the program is skipped rather than
/// checked, as finite differences of it say little.
pub const HUGE: f64 = 1e8;

/// The outcome of a check that found nothing wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Checked: reverse against forward on every coordinate, and against
    /// finite differences on `fd` coordinates; `kinks` coordinates had a
    /// primal that is not smooth within the difference step there (a branch
    /// switch or a kink), so finite differences were not compared.
    Checked {
        coords: usize,
        fd: usize,
        kinks: usize,
    },
    /// Not checked: the value or the gradient is not finite, or huge.
    Skipped(&'static str),
}

/// Whether two primal values are the same (the transforms copy the primal
/// computation, so they must be bit for bit).
fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

fn first_float(ys: &[Val], what: &str) -> Result<f64, String> {
    match ys.first() {
        Some(Val::F(y)) => Ok(*y),
        other => Err(format!("{what} yields {other:?} first, not a float")),
    }
}

/// `params` with the float at `coord` (parameter, element) replaced by
/// `f(old)`.
fn with_coord(params: &[Val], coord: (usize, Option<usize>), x: f64) -> Vec<Val> {
    let mut p = params.to_vec();
    match (coord.1, &mut p[coord.0]) {
        (None, v) => *v = Val::F(x),
        (Some(k), Val::Seq(items)) => items[k] = Val::F(x),
        _ => {}
    }
    p
}

fn coord_value(params: &[Val], coord: (usize, Option<usize>)) -> f64 {
    match (coord.1, &params[coord.0]) {
        (None, Val::F(x)) => *x,
        (Some(k), Val::Seq(items)) => items[k].f().unwrap_or(f64::NAN),
        _ => f64::NAN,
    }
}

/// Zeros shaped like a parameter value (its tangent when not seeded).
fn zeros_like(v: &Val) -> Val {
    match v {
        Val::F(_) => Val::F(0.0),
        Val::Seq(items) => Val::Seq(items.iter().map(zeros_like).collect()),
        other => other.clone(),
    }
}

/// Checks the function `#[differentiate(attr)] src` (one float result) at
/// `params`:
///
/// 0. the primal IR computes what the source does, bit for bit (against
///    `oracle`, an interpreter of the source text);
/// 1. the VJP (seed 1) and every JVP (one per input coordinate, unit
///    tangent) compute the primal value bit for bit;
/// 2. each gradient component from reverse mode equals the directional
///    derivative from forward mode to `1e-10` relative (see [`close`]);
/// 3. each equals the central difference of the interpreted primal, within
///    the tolerance justified in [`fd_agrees`].
///
/// An `Err` describes the first disagreement (or an interpreter error,
/// which is a bug in a transform or in the generator).
pub fn differential(attr_args: &str, src: &str, params: &[Val]) -> Result<Verdict, String> {
    let c = compile(attr_args, src).map_err(|e| format!("the macro rejected it: {e}"))?;
    let primal_at = |ps: &[Val]| -> Result<(f64, eval::Trace), String> {
        let (ys, t) = eval::try_run_traced(&c.primal, ps).map_err(|e| format!("primal: {e}"))?;
        Ok((first_float(&ys, "the primal")?, t))
    };
    let (y, primal_trace) = primal_at(params)?;
    let primal_magnitude = primal_trace.max_abs;
    // The IR computes what the source does.
    let scalars: Vec<f64> = params.iter().filter_map(Val::f).collect();
    let x: Vec<f64> = params
        .iter()
        .find(|p| matches!(p, Val::Seq(_)))
        .map(Val::floats)
        .unwrap_or_default();
    let reference = super::oracle::run(src, &scalars, &x)
        .map_err(|e| format!("the reference interpreter of the source failed: {e}"))?;
    if !same(reference, y) {
        return Err(format!(
            "the lowered function computes {y:e}, the source {reference:e}: the lowering changes \
             what the function computes"
        ));
    }
    if !y.is_finite() || y.abs() > HUGE {
        return Ok(Verdict::Skipped("the value is not finite or huge"));
    }

    // Reverse mode, seed 1.
    let mut args = params.to_vec();
    args.push(Val::F(1.0));
    let (ys, t) = eval::try_run_traced(&c.vjp, &args).map_err(|e| format!("vjp: {e}"))?;
    let mut magnitude = t.max_abs;
    let y_rev = first_float(&ys, "the vjp")?;
    if !same(y_rev, y) {
        return Err(format!(
            "the vjp computes the value {y_rev:e}, the primal {y:e}"
        ));
    }
    let grad: Vec<f64> = ys[1..].iter().flat_map(Val::floats).collect();

    // One coordinate per float of each differentiable parameter.
    let mut coords = Vec::new();
    for &p in &c.wrt {
        match &params[p] {
            Val::Seq(items) => coords.extend((0..items.len()).map(|k| (p, Some(k)))),
            _ => coords.push((p, None)),
        }
    }
    if grad.len() != coords.len() {
        return Err(format!(
            "the vjp yields {} gradient components for {} coordinates",
            grad.len(),
            coords.len()
        ));
    }
    if grad.iter().any(|g| !g.is_finite() || g.abs() > HUGE) {
        return Ok(Verdict::Skipped("the gradient is not finite or huge"));
    }
    let scale = grad.iter().fold(1.0f64, |m, g| m.max(g.abs()));

    // Forward mode, one unit tangent per coordinate.
    let mut tangents = Vec::new();
    for &coord in &coords {
        let mut args = params.to_vec();
        for &p in &c.wrt {
            let mut t = zeros_like(&params[p]);
            if p == coord.0 {
                t = match (coord.1, t) {
                    (None, _) => Val::F(1.0),
                    (Some(k), Val::Seq(mut items)) => {
                        items[k] = Val::F(1.0);
                        Val::Seq(items)
                    }
                    (_, t) => t,
                };
            }
            args.push(t);
        }
        let (ys, t) = eval::try_run_traced(&c.jvp, &args).map_err(|e| format!("jvp: {e}"))?;
        magnitude = magnitude.max(t.max_abs);
        let y_fwd = first_float(&ys, "the jvp")?;
        if !same(y_fwd, y) {
            return Err(format!(
                "the jvp computes the value {y_fwd:e}, the primal {y:e}"
            ));
        }
        match ys.get(1) {
            Some(Val::F(t)) => tangents.push(*t),
            other => return Err(format!("the jvp yields {other:?} as the tangent")),
        }
    }
    if magnitude.max(primal_magnitude) > HUGE {
        // Huge intermediates that cancel: rounding swamps the derivatives
        // of both modes and the finite differences alike.
        return Ok(Verdict::Skipped("intermediate values are huge"));
    }
    for (j, (&coord, &t)) in coords.iter().zip(&tangents).enumerate() {
        if !close(grad[j], t, scale, magnitude) {
            return Err(format!(
                "coordinate {coord:?}: reverse mode gives {:e}, forward mode {t:e} (largest \
                 magnitude computed: {magnitude:e})",
                grad[j]
            ));
        }
    }

    // Central differences of the interpreted primal.
    let (mut fd, mut kinks) = (0, 0);
    for (j, &coord) in coords.iter().enumerate() {
        let x = coord_value(params, coord);
        let h = f64::EPSILON.cbrt() * x.abs().max(1.0);
        let mut m = primal_magnitude;
        // Whether all four evaluations stay on the piece of the point.
        let mut same_piece = true;
        let mut diff = |h: f64| -> Result<f64, String> {
            let (up, down) = (x + h, x - h);
            let (fu, tu) = primal_at(&with_coord(params, coord, up))?;
            let (fd, td) = primal_at(&with_coord(params, coord, down))?;
            m = m.max(tu.max_abs).max(td.max_abs);
            same_piece &= tu.piece == primal_trace.piece && td.piece == primal_trace.piece;
            Ok((fu - fd) / (up - down))
        };
        let (d1, d2) = (diff(h)?, diff(2.0 * h)?);
        if !same_piece {
            // A branch switches, or a `floor` jumps, within `2h`: finite
            // differences straddle two pieces.
            kinks += 1;
            continue;
        }
        match fd_agrees(grad[j], d1, d2, h, m) {
            Some(true) => fd += 1,
            Some(false) => {
                return Err(format!(
                    "coordinate {coord:?}: reverse and forward mode give {:e}, central \
                     differences {d1:e} (with twice the step {d2:e})",
                    grad[j]
                ));
            }
            None => kinks += 1,
        }
    }
    Ok(Verdict::Checked {
        coords: coords.len(),
        fd,
        kinks,
    })
}

/// Reverse against forward mode: in exact arithmetic both compute the same
/// sums of the same products of partials, only associated differently, so
/// they agree to rounding: `1e-10` relative, plus an absolute floor for
/// components that are sums cancelling to (nearly) zero, where a relative
/// test is meaningless. The floor is `1e-13` of the gradient's scale, plus
/// `1e-14` (about 45 ulps) of `magnitude`, the largest float either mode
/// computed: when intermediate tangents or adjoints of size `M` cancel
/// (`(v⁸ + b) − v⁸` with a huge `v⁸`), each mode keeps an error of a few
/// ulps of `M`, and which mode keeps the exact answer is luck.
pub fn close(rev: f64, fwd: f64, scale: f64, magnitude: f64) -> bool {
    (rev - fwd).abs() <= 1e-10 * rev.abs().max(fwd.abs()) + 1e-13 * scale + 1e-14 * magnitude
}

/// Compares a derivative `g` with the central differences `d1 = D(h)` and
/// `d2 = D(2h)` of a primal whose evaluations computed floats of magnitude
/// at most `m`; `h = ∛ε · max(1, |x|)`.
///
/// Justification: `D(h) = f' + h² f'''/6 + r(h)`, with a rounding error
/// `|r(h)| ≤ δ/h` where `δ` is the absolute error of one evaluation of the
/// primal.
///
/// - Truncation: `D(2h) − D(h) ≈ 3 · h² f'''/6`, so the truncation error of
///   `D(h)` is about a third of the observed `|d1 − d2|`, a bound that
///   adapts to each program's curvature.
/// - Rounding: each operation rounds by at most half an ulp of a value of
///   magnitude at most `m`, and the error reaching the result is a sum of a
///   few dozen such terms (the programs here are a few hundred operations,
///   most of them not on the path of any one error), so `δ ≲ 16 ε max(1, m)`
///   and `|r(h)| ≲ 16 ε max(1, m) / h`, about `6e-10 · max(1, m)`.
///
/// The tolerance is the sum of those two, plus `1e-7 · max(1, |g|)` as a
/// margin for the `O(h⁴)` terms and for error terms larger than estimated:
/// a wrong derivative rule or a dropped or doubled adjoint is off by O(1)
/// relative and fails it.
///
/// The caller only compares points whose evaluations all stay on one piece
/// of the function (the same branches, see `eval::Trace::piece`); `None`
/// when `|d1 − d2|` is still over `1e-4 · max(1, |g|)`, a primal too curved
/// at the scale of the step for the comparison to mean anything.
pub fn fd_agrees(g: f64, d1: f64, d2: f64, h: f64, m: f64) -> Option<bool> {
    let estimate = (d1 - d2).abs();
    if !estimate.is_finite() || estimate > 1e-4 * g.abs().max(1.0) {
        return None;
    }
    let rounding = 16.0 * f64::EPSILON * m.max(1.0) / h;
    let tol = estimate + rounding + 1e-7 * g.abs().max(1.0);
    Some((g - d1).abs() <= tol)
}

/// `#[differentiate(attr)] src` through the whole macro (emit included):
/// `Err` if it panics, if its output is not valid Rust, or if the output
/// holds a `compile_error!`.
pub fn expands_cleanly(attr_args: &str, src: &str) -> Result<(), String> {
    let args: TokenStream = attr_args.parse().map_err(|e| format!("{e}"))?;
    let item: TokenStream = src.parse().map_err(|e| format!("{e}"))?;
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        crate::expand::expand(args, item)
    }))
    .map_err(|p| format!("expand panicked: {}", super::panic_message(&p)))?;
    let text = out.to_string();
    if text.contains("compile_error") {
        return Err(format!("the expansion reports an error: {text}"));
    }
    syn::parse2::<syn::File>(out).map_err(|e| format!("the expansion is not valid Rust: {e}"))?;
    Ok(())
}

/// The value and the gradient (every differentiable coordinate, in
/// parameter order) of `#[differentiate(attr)] src` at `params`, from the
/// interpreted VJP with seed 1.
pub fn value_and_gradient(
    attr_args: &str,
    src: &str,
    params: &[Val],
) -> Result<(f64, Vec<f64>), String> {
    let c = compile(attr_args, src)?;
    let mut args = params.to_vec();
    args.push(Val::F(1.0));
    let ys = eval::try_run(&c.vjp, &args).map_err(|e| format!("vjp: {e}"))?;
    let y = first_float(&ys, "the vjp")?;
    Ok((y, ys[1..].iter().flat_map(Val::floats).collect()))
}
