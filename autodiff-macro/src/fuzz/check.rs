//! The macro's pipeline run on source text (`pipeline::run`, as the macro
//! runs it), and the differential check of one program at
//! one point: the interpreted primal, reverse mode and forward mode must
//! agree with each other and with central finite differences.

use crate::eval::{self, Callee, Val, World};
use crate::ir::Func;
use crate::{attr, diag, parse, pipeline};
use proc_macro2::TokenStream;
use std::rc::Rc;

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
    compile_item(args, &item)
}

/// [`compile`] on a parsed function (without its `#[differentiate]`).
pub fn compile_item(args: TokenStream, item: &syn::ItemFn) -> Result<Compiled, String> {
    let opts = attr::Options::parse(args).map_err(|e| e.to_string())?;
    let mut errors = diag::Errors::default();
    let def = parse::parse_fn(item, &opts, &mut errors);
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

/// A whole program: the `const` and `static` items and the functions with
/// `#[differentiate]` of a source file (in `impl` blocks and modules too),
/// compiled, and the function to check.
pub struct Program {
    pub world: World,
    pub main: Compiled,
    /// The source text of the file, for the reference interpreter.
    pub src: String,
    pub main_name: String,
}

/// The arguments of `#[differentiate(..)]` if `attrs` has it.
fn differentiate_args(attrs: &[syn::Attribute]) -> Option<TokenStream> {
    attrs
        .iter()
        .find(|a| a.path().is_ident("differentiate"))
        .map(|a| match &a.meta {
            syn::Meta::List(l) => l.tokens.clone(),
            _ => TokenStream::new(),
        })
}

/// Compiles every function of the file `src` that has `#[differentiate]`
/// and evaluates its items; `main` names the function to check.
pub fn compile_program(src: &str, main: &str) -> Result<Program, String> {
    let file: syn::File = syn::parse_str(src).map_err(|e| format!("not a source file: {e}"))?;
    let mut world = World::default();
    let mut compiled: Vec<(String, Compiled)> = Vec::new();
    collect(&file.items, &mut world, &mut compiled)?;
    let mut main_fn = None;
    for (name, c) in compiled {
        if name == main {
            main_fn = Some(c);
        } else {
            world.fns.insert(
                name,
                Rc::new(Callee {
                    primal: c.primal,
                    vjp: c.vjp,
                    jvp: c.jvp,
                    wrt: c.wrt,
                }),
            );
        }
    }
    Ok(Program {
        world,
        main: main_fn.ok_or_else(|| format!("no function `{main}` with #[differentiate]"))?,
        src: src.to_string(),
        main_name: main.to_string(),
    })
}

fn collect(
    items: &[syn::Item],
    world: &mut World,
    out: &mut Vec<(String, Compiled)>,
) -> Result<(), String> {
    let function = |attrs: &[syn::Attribute], item: syn::ItemFn, out: &mut Vec<_>| {
        let Some(args) = differentiate_args(attrs) else {
            return Ok(());
        };
        let name = item.sig.ident.to_string();
        let mut item = item;
        item.attrs.retain(|a| !a.path().is_ident("differentiate"));
        let c = compile_item(args, &item).map_err(|e| format!("`{name}`: {e}"))?;
        out.push((name, c));
        Ok::<(), String>(())
    };
    for item in items {
        match item {
            syn::Item::Const(c) => {
                let v = item_value(world, &c.expr, &c.ty)?;
                world.items.insert(c.ident.to_string(), v);
            }
            syn::Item::Static(s) => {
                let v = item_value(world, &s.expr, &s.ty)?;
                world.items.insert(s.ident.to_string(), v);
            }
            syn::Item::Fn(f) => function(&f.attrs, f.clone(), out)?,
            syn::Item::Impl(i) => {
                for it in &i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        let item = syn::ItemFn {
                            attrs: f.attrs.clone(),
                            vis: f.vis.clone(),
                            sig: f.sig.clone(),
                            block: Box::new(f.block.clone()),
                        };
                        function(&f.attrs, item, out)?;
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect(items, world, out)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The value of an item of type `ty` initialised to `e` (rounded to `f32`
/// for an `f32` type).
fn item_value(world: &World, e: &syn::Expr, ty: &syn::Type) -> Result<(Val, bool), String> {
    let narrow = quote::ToTokens::to_token_stream(ty)
        .to_string()
        .contains("f32");
    let v = world
        .eval(e, &|_| None)
        .map_err(|e| format!("an item's value: {e}"))?;
    let v = match ty {
        syn::Type::Path(p) if p.path.is_ident("f64") || p.path.is_ident("f32") => match v {
            Val::I(i) => Val::F(i as f64),
            v => v,
        },
        _ => v,
    };
    Ok((if narrow { round_f32(v) } else { v }, narrow))
}

fn round_f32(v: Val) -> Val {
    match v {
        Val::F(x) => Val::F(f64::from(x as f32)),
        Val::Seq(items) => Val::Seq(items.into_iter().map(round_f32).collect()),
        other => other,
    }
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

/// A coordinate: a parameter and the path of indices to one of its floats
/// (empty for a scalar).
pub type Coord = (usize, Vec<usize>);

fn slot<'v>(v: &'v mut Val, path: &[usize]) -> Option<&'v mut Val> {
    match path.split_first() {
        None => Some(v),
        Some((k, rest)) => match v {
            Val::Seq(items) => slot(items.get_mut(*k)?, rest),
            _ => None,
        },
    }
}

/// `params` with the float at `coord` replaced by `x`.
fn with_coord(params: &[Val], coord: &Coord, x: f64) -> Vec<Val> {
    let mut p = params.to_vec();
    if let Some(v) = slot(&mut p[coord.0], &coord.1) {
        *v = Val::F(x);
    }
    p
}

fn coord_value(params: &[Val], coord: &Coord) -> f64 {
    let mut p = params[coord.0].clone();
    slot(&mut p, &coord.1)
        .and_then(|v| v.f())
        .unwrap_or(f64::NAN)
}

/// The coordinates of a parameter value, in order.
fn coords_of(p: usize, v: &Val, path: &mut Vec<usize>, out: &mut Vec<Coord>) {
    match v {
        Val::F(_) => out.push((p, path.clone())),
        Val::Seq(items) => {
            for (k, item) in items.iter().enumerate() {
                path.push(k);
                coords_of(p, item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The unit tangent of `coord` for parameter `p` (zeros elsewhere).
fn unit_tangent(p: usize, v: &Val, coord: &Coord) -> Val {
    let mut t = eval::zeros_like_val(v);
    if p == coord.0 {
        if let Some(s) = slot(&mut t, &coord.1) {
            *s = Val::F(1.0);
        }
    }
    t
}

/// The tolerances of a comparison, by the precision a run computed in.
#[derive(Clone, Copy, Debug)]
pub struct Tol {
    /// The machine epsilon of the narrowest float the run computed with.
    pub eps: f64,
    /// Reverse against forward mode, relative.
    pub rel: f64,
    /// Floors of that comparison: of the gradient's scale and of the
    /// largest magnitude computed.
    pub scale_floor: f64,
    pub magnitude_floor: f64,
    /// Margin of the comparison with finite differences, relative.
    pub margin: f64,
}

/// `f64` throughout: see [`close`] and [`fd_agrees`] for the reasons.
pub const F64_TOL: Tol = Tol {
    eps: f64::EPSILON,
    rel: 1e-10,
    scale_floor: 1e-13,
    magnitude_floor: 1e-14,
    margin: 1e-7,
};

/// A run that computed some values in `f32`: the same numbers of ulps for
/// the floors (about 450 and 45 ulps of `f32`), a relative tolerance of
/// about 16 000 ulps (each mode rounds every partial to `f32`), and a
/// margin of 1e-3 for finite differences (still far below the O(1) error of
/// a wrong rule or a dropped adjoint).
pub const F32_TOL: Tol = Tol {
    eps: f32::EPSILON as f64,
    rel: 2e-3,
    scale_floor: 5e-5,
    magnitude_floor: 5e-6,
    margin: 1e-3,
};

/// Checks the function `#[differentiate(attr)] src` (one float result) at
/// `params`; see [`check_program`].
pub fn differential(attr_args: &str, src: &str, params: &[Val]) -> Result<Verdict, String> {
    let prog = single(attr_args, src).map_err(|e| format!("the macro rejected it: {e}"))?;
    check_program(&prog, None, params)
}

/// The program of one function `#[differentiate(attr)] src`.
pub fn single(attr_args: &str, src: &str) -> Result<Program, String> {
    let item: syn::ItemFn = syn::parse_str(src).map_err(|e| format!("not a function: {e}"))?;
    let name = item.sig.ident.to_string();
    compile_program(&format!("#[differentiate({attr_args})]\n{src}"), &name)
}

/// Checks the function `prog.main` (one float result) at `params` (and the
/// receiver `recv` for a method):
///
/// 0. the primal IR computes what the source does, bit for bit (against
///    `oracle`, an interpreter of the source text);
/// 1. the VJP (seed 1) and every JVP (one per input coordinate, unit
///    tangent) compute the primal value bit for bit;
/// 2. each gradient component from reverse mode equals the directional
///    derivative from forward mode to `1e-10` relative (see [`close`];
///    looser for runs in `f32`, see [`F32_TOL`]);
/// 3. each equals the central difference of the interpreted primal, within
///    the tolerance justified in [`fd_agrees`].
///
/// An `Err` describes the first disagreement (or an interpreter error,
/// which is a bug in a transform or in the generator).
pub fn check_program(
    prog: &Program,
    recv: Option<&Val>,
    params: &[Val],
) -> Result<Verdict, String> {
    let c = &prog.main;
    let world = &prog.world;
    // Reads out of scope on any path (rustc's E0425 on the emitted code).
    let mut funcs = vec![(prog.main_name.as_str(), [&c.primal, &c.vjp, &c.jvp])];
    funcs.extend(
        world
            .fns
            .iter()
            .map(|(n, f)| (n.as_str(), [&f.primal, &f.vjp, &f.jvp])),
    );
    for (name, fs) in funcs {
        for (what, f) in ["primal", "vjp", "jvp"].into_iter().zip(fs) {
            eval::check_scopes(f).map_err(|e| format!("{what} of `{name}`: {e}"))?;
        }
    }
    let run = |f: &Func, ps: &[Val]| eval::try_run_in(world, recv, f, ps);
    let primal_at = |ps: &[Val]| -> Result<(f64, eval::Trace), String> {
        let (ys, t) = run(&c.primal, ps).map_err(|e| format!("primal: {e}"))?;
        Ok((first_float(&ys, "the primal")?, t))
    };
    let (y, primal_trace) = primal_at(params)?;
    let primal_magnitude = primal_trace.max_abs;
    // The IR computes what the source does.
    let reference = super::oracle::run(&prog.src, &prog.main_name, recv, params)
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
    let (ys, t) = run(&c.vjp, &args).map_err(|e| format!("vjp: {e}"))?;
    let mut magnitude = t.max_abs;
    let mut narrow = primal_trace.narrow || t.narrow;
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
        coords_of(p, &params[p], &mut Vec::new(), &mut coords);
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
    for coord in &coords {
        let mut args = params.to_vec();
        for &p in &c.wrt {
            args.push(unit_tangent(p, &params[p], coord));
        }
        let (ys, t) = run(&c.jvp, &args).map_err(|e| format!("jvp: {e}"))?;
        magnitude = magnitude.max(t.max_abs);
        narrow |= t.narrow;
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
    let tol = if narrow { F32_TOL } else { F64_TOL };
    for (j, (coord, &t)) in coords.iter().zip(&tangents).enumerate() {
        if !close(grad[j], t, scale, magnitude, &tol) {
            return Err(format!(
                "coordinate {coord:?}: reverse mode gives {:e}, forward mode {t:e} (largest \
                 magnitude computed: {magnitude:e})",
                grad[j]
            ));
        }
    }

    // Central differences of the interpreted primal.
    let (mut fd, mut kinks) = (0, 0);
    for (j, coord) in coords.iter().enumerate() {
        let x = coord_value(params, coord);
        // An `f32` parameter holds `f32` values only.
        let param_narrow = param_is_f32(&c.primal, coord.0);
        let h = tol.eps.cbrt() * x.abs().max(1.0);
        let mut m = primal_magnitude;
        // Whether all four evaluations stay on the piece of the point.
        let mut same_piece = true;
        let mut diff = |h: f64| -> Result<f64, String> {
            let (mut up, mut down) = (x + h, x - h);
            if param_narrow {
                (up, down) = (f64::from(up as f32), f64::from(down as f32));
            }
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
        match fd_agrees(grad[j], d1, d2, h, m, &tol) {
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

/// Whether parameter `k` of the function is an `f32` (or holds them).
fn param_is_f32(f: &Func, k: usize) -> bool {
    f.body.insts.iter().any(|i| {
        matches!(i.kind, crate::ir::InstKind::Param(p) if p == k)
            && i.results.first().is_some_and(|r| {
                matches!(
                    f.ty(*r).scalar(),
                    crate::ir::Ty::Float(crate::ir::FloatTy::F32)
                )
            })
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
/// Those are the tolerances of [`F64_TOL`]; `tol` gives them.
pub fn close(rev: f64, fwd: f64, scale: f64, magnitude: f64, tol: &Tol) -> bool {
    (rev - fwd).abs()
        <= tol.rel * rev.abs().max(fwd.abs())
            + tol.scale_floor * scale
            + tol.magnitude_floor * magnitude
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
/// when `|d1 − d2|` is still over `1e-4 · max(1, |g|)` (plus four times the
/// rounding bound, which matters in `f32` only), a primal too curved at the
/// scale of the step for the comparison to mean anything.
/// Those are the constants of [`F64_TOL`]; for another precision `tol`
/// gives `ε` (and `h = ∛ε`) and the margin.
pub fn fd_agrees(g: f64, d1: f64, d2: f64, h: f64, m: f64, tol: &Tol) -> Option<bool> {
    let estimate = (d1 - d2).abs();
    let rounding = 16.0 * tol.eps * m.max(1.0) / h;
    if !estimate.is_finite() || estimate > 1e-4 * g.abs().max(1.0) + 4.0 * rounding {
        return None;
    }
    let tol = estimate + rounding + tol.margin * g.abs().max(1.0);
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
    if text.contains("reported an error for this function") {
        return Err(format!(
            "the expansion has unimplemented!() companions and no error: {text}"
        ));
    }
    syn::parse2::<syn::File>(out).map_err(|e| format!("the expansion is not valid Rust: {e}"))?;
    Ok(())
}

/// Every `#[differentiate]` function of the file `src` through the whole
/// macro: see [`expands_cleanly`].
pub fn program_expands_cleanly(src: &str) -> Result<(), String> {
    let file: syn::File = syn::parse_str(src).map_err(|e| format!("not a source file: {e}"))?;
    fn walk(items: &[syn::Item], out: &mut Vec<(TokenStream, TokenStream)>) {
        for item in items {
            match item {
                syn::Item::Fn(f) => {
                    if let Some(args) = differentiate_args(&f.attrs) {
                        let mut f = f.clone();
                        f.attrs.retain(|a| !a.path().is_ident("differentiate"));
                        out.push((args, quote::ToTokens::to_token_stream(&f)));
                    }
                }
                syn::Item::Impl(i) => {
                    for it in &i.items {
                        if let syn::ImplItem::Fn(f) = it {
                            if let Some(args) = differentiate_args(&f.attrs) {
                                let mut f = f.clone();
                                f.attrs.retain(|a| !a.path().is_ident("differentiate"));
                                out.push((args, quote::ToTokens::to_token_stream(&f)));
                            }
                        }
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        walk(items, out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut fns = Vec::new();
    walk(&file.items, &mut fns);
    for (args, item) in fns {
        expands_cleanly(&args.to_string(), &item.to_string())?;
    }
    Ok(())
}

/// The value and the gradient (every differentiable coordinate, in
/// parameter order) of a program's main function at `params`, from the
/// interpreted VJP with seed 1.
pub fn program_value_and_gradient(
    prog: &Program,
    recv: Option<&Val>,
    params: &[Val],
) -> Result<(f64, Vec<f64>), String> {
    let mut args = params.to_vec();
    args.push(Val::F(1.0));
    let (ys, _) = eval::try_run_in(&prog.world, recv, &prog.main.vjp, &args)
        .map_err(|e| format!("vjp: {e}"))?;
    let y = first_float(&ys, "the vjp")?;
    Ok((y, ys[1..].iter().flat_map(Val::floats).collect()))
}
