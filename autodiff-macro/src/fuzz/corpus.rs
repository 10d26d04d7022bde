//! Writes `tests/random_programs.rs`: random programs of the grammar of
//! [`super::grammar`] (functions with their items and helpers), compiled
//! for real through `#[differentiate]` (so the emit stage is checked too),
//! with one test that compares, for each, the generated `_grad` with
//! `_jvp`, with central differences (`autodiff::check_gradient`) and with
//! the interpreter's value and gradient of the same IR; and one that
//! prints every value and derivative as bits, run in the debug and the
//! release profile by `.ci/run` to check that both give the same bits. The
//! file is checked in; regenerate it with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```
//!
//! The seed is fixed, so the output only changes when the grammar, the
//! pipeline or the interpreter does. A program that hits a known bug (see
//! `differential::KNOWN_BUGS`) is written with that bug's workaround, so the
//! file compiles; and every program avoids the constructs of the open bugs
//! that only rustc sees ([`ALWAYS`], reproduced in
//! `tests/fuzz_regressions/`).

use super::check::{self, Verdict};
use super::differential::{self, KNOWN_BUGS, params_of, params_struct};
use super::grammar::{self, ArrParam, ConstParam, PARAMS_STRUCT, Prog, Sizes, Width, Workarounds};
use crate::eval::Val;
use proptest::strategy::{Strategy, ValueTree};

/// How many programs the file holds.
const COUNT: usize = 64;

/// The seed of the file's programs.
const SEED: u64 = 0x5eed_0051;

/// Smaller programs than the property test's, so the file compiles fast.
const SIZES: Sizes = Sizes {
    top: 5,
    nested: 3,
    depth: 2,
    expr_depth: 3,
    expr_size: 8,
};

/// The workarounds every program of the file is written with: those of
/// the open bugs that only rustc sees, each reproduced by a test of
/// `tests/fuzz_regressions.rs` (named here). None is open.
const ALWAYS: Workarounds = Workarounds::NONE;

/// A float literal of the program's type.
fn float_lit(x: f64, width: Width) -> String {
    match width {
        Width::F64 => format!("{x:?}_f64"),
        Width::F32 => format!("{:?}_f32", x as f32),
    }
}

/// The expression of a float read from the slice `v` at `k`.
fn coord(v: &str, k: usize, width: Width) -> String {
    match width {
        Width::F64 => format!("{v}[{k}]"),
        Width::F32 => format!("({v}[{k}] as f32)"),
    }
}

/// The arguments of the function `p` (receiver excluded), reading the
/// differentiable coordinates from `v` (`None`: the constants of the
/// point), or, with `tangent`, its tangents.
fn args(p: &Prog, point: &(Vec<f64>, Vec<f64>), v: Option<&str>, tangent: bool) -> Vec<String> {
    let wrt = p.wrt_params();
    let w = p.width;
    let (mut at, mut out) = (0, Vec::new());
    // A float of parameter `k` (its `j`-th), differentiable or fixed.
    let mut float = |k: usize, fixed: f64| -> String {
        match v.filter(|_| wrt[k]) {
            Some(v) => {
                at += 1;
                coord(v, at - 1, w)
            }
            None => float_lit(fixed, w),
        }
    };
    for (k, &x) in point.0[..p.n_scalars].iter().enumerate() {
        if tangent && !wrt[k] {
            continue;
        }
        out.push(float(k, x));
    }
    let kx = p.n_scalars;
    if !tangent || wrt[kx] {
        let items: Vec<String> = (0..p.len).map(|j| float(kx, point.1[j])).collect();
        let list = items.join(", ");
        out.push(match (p.arr, tangent) {
            (ArrParam::Slice, _) | (ArrParam::VecRef, true) => format!("&[{list}][..]"),
            (ArrParam::Owned, _) => format!("[{list}]"),
            (ArrParam::Ref, _) => format!("&[{list}]"),
            (ArrParam::VecRef, false) => format!("&vec![{list}]"),
        });
    }
    if let Some(by_ref) = p.nested {
        let km = kx + 1;
        if !tangent || wrt[km] {
            let e: Vec<String> = (0..4).map(|j| float(km, point.1[4 + j])).collect();
            let m = format!("[[{}, {}], [{}, {}]]", e[0], e[1], e[2], e[3]);
            out.push(if by_ref { format!("&{m}") } else { m });
        }
    }
    if let Some(by_ref) = p.pair {
        let kp = kx + 1 + usize::from(p.nested.is_some());
        if !tangent || wrt[kp] {
            let e: Vec<String> = (0..2).map(|j| float(kp, point.0[8 + j])).collect();
            let pair = format!("[{}, {}]", e[0], e[1]);
            out.push(if by_ref { format!("&{pair}") } else { pair });
        }
    }
    if let (false, Some(q)) = (tangent, p.flag) {
        out.push(format!("{q}"));
    }
    if !tangent && p.consts == ConstParam::Ref {
        out.push(format!("&{}", params_literal(p, point)));
    }
    if let (false, Some(o)) = (tangent, p.opt) {
        out.push(match o {
            Some(k) => format!("Some({})", float_lit(grammar::LITS[k], w)),
            None => "None".into(),
        });
    }
    // Opaque to the optimiser: see `random_programs_bits`.
    out.into_iter().map(|a| format!("black_box({a})")).collect()
}

/// `Params { .. }` at `point`.
fn params_literal(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> String {
    let Val::Struct(fields) = params_struct(p, point) else {
        return String::new();
    };
    let f = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let (Some(Val::F(k)), Some(Val::Seq(w)), Some(Val::I(n))) = (f("k"), f("w"), f("n")) else {
        return String::new();
    };
    let w: Vec<String> = w
        .iter()
        .map(|v| format!("{:?}", v.f().unwrap_or(0.0)))
        .collect();
    format!("Params {{ k: {k:?}, w: [{}], n: {n} }}", w.join(", "))
}

/// The table entry checking the program `p`, whose function is `name`, at
/// `point`.
fn case(p: &Prog, name: &str, point: &(Vec<f64>, Vec<f64>), expected: (f64, &[f64])) -> String {
    let (recv, params) = params_of(p, point);
    let wrt = p.wrt_params();
    // The differentiable coordinates, in order.
    let mut coords = Vec::new();
    let mut k = 0;
    for (j, v) in params.iter().enumerate() {
        if matches!(v, Val::Struct(_) | Val::B(_) | Val::Enum(..)) {
            continue;
        }
        if wrt.get(j).copied().unwrap_or(false) {
            coords.extend(v.floats());
        }
        k += 1;
    }
    let _ = k;
    let callee = |suffix: &str| match recv {
        Some(_) => format!("black_box(&{}).{name}{suffix}", params_literal(p, point)),
        None => format!("{name}{suffix}"),
    };
    let call_args = args(p, point, Some("p"), false).join(", ");
    let tangents = args(p, point, Some("t"), true).join(", ");
    let list = |xs: &[f64]| {
        xs.iter()
            .map(|x| format!("{x:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let narrow = p.width == Width::F32;
    let fd_tol = if narrow { "None" } else { "Some(1e-6)" };
    format!(
        "Case {{
            name: \"{name}\",
            point: &[{}],
            f: |p| {{
                let p = black_box(p);
                {}({call_args}) as f64
            }},
            grad: |p| {{
                let p = black_box(p);
                let (y, g) = {}({call_args});
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            }},
            jvp: |p, t| {{
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = {}({call_args}, {tangents});
                (y as f64, d as f64)
            }},
            expected: ({:?}, &[{}]),
            fd_tol: {fd_tol},
            rel: {},
        }},\n",
        list(&coords),
        callee(""),
        callee("_grad"),
        callee("_jvp"),
        expected.0,
        list(expected.1),
        if narrow { "2e-3" } else { "1e-10" },
    )
}

const HEADER: &str = r#"//! Random programs compiled for real through `#[differentiate]` (issues 8
//! and 13): the emit stage on programs nobody wrote by hand. Each comes
//! from the random-program grammar of the macro crate's differential tests
//! (`autodiff-macro/src/fuzz/grammar.rs`), with a fixed seed: a function
//! with the `const` and `static` items it reads and the annotated helpers
//! it calls (free, in a module, associated and methods of `Params`), in
//! `f64` or `f32`. A program was kept only if the interpreter checked it in
//! full at the test point (no branch switch within the difference step, no
//! huge values); one that hits a known bug is written with that bug's
//! workaround (see `KNOWN_BUGS` in `autodiff-macro/src/fuzz/differential.rs`).
//!
//! For each program, at its point, the test checks that
//!
//! - the value of `_grad` is the original function's;
//! - each gradient component from `_grad` equals `_jvp` along that unit
//!   tangent, to 1e-10 relative (2e-3 for `f32` programs);
//! - the gradient passes `autodiff::check_gradient` at 1e-6 (central
//!   differences; the generator kept only functions that pass at 1e-7;
//!   not for `f32` programs, whose finite differences in `f32` the
//!   generator checked instead);
//! - value and gradient equal what the macro crate's IR interpreter
//!   computed for the same program, to 1e-12 relative (the emitted code
//!   means what the IR means).
//!
//! `random_programs_bits` (ignored; `.ci/run` runs it) prints every value
//! and derivative as bits, or compares them with a file of bits: `.ci/run`
//! writes them from the debug build and compares the release build's with
//! them, which must be identical. Every argument passes through
//! `black_box`, so that the optimiser cannot fold the calls on the test's
//! constants: it folds `powi` of a constant with `pow`, which rounds
//! differently from the `powi` of the run time (`f64::powi` documents its
//! precision as unspecified), and the two builds would differ where the
//! code they compile does not.
//!
//! GENERATED FILE, do not edit. Regenerate with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```

#![allow(unused, clippy::all)]

use autodiff::{check_gradient, differentiate};
use std::hint::black_box;

"#;

const FOOTER: &str = r#"
/// One program: closures over the differentiable coordinates (in
/// parameter order; the other parameters are constants).
struct Case {
    name: &'static str,
    point: &'static [f64],
    f: fn(&[f64]) -> f64,
    /// Value and flattened gradient from `_grad`.
    grad: fn(&[f64]) -> (f64, Vec<f64>),
    /// Value and directional derivative from `_jvp` along tangent `t`.
    jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// Value and gradient computed by the IR interpreter.
    expected: (f64, &'static [f64]),
    /// The tolerance of `check_gradient`, if it is run.
    fd_tol: Option<f64>,
    /// Reverse against forward mode, relative.
    rel: f64,
}

/// A gradient flattened to its floats, in order.
trait Flat {
    fn flat(&self, out: &mut Vec<f64>);
}

impl Flat for f64 {
    fn flat(&self, out: &mut Vec<f64>) {
        out.push(*self);
    }
}

impl Flat for f32 {
    fn flat(&self, out: &mut Vec<f64>) {
        out.push(f64::from(*self));
    }
}

impl<T: Flat, const N: usize> Flat for [T; N] {
    fn flat(&self, out: &mut Vec<f64>) {
        self.iter().for_each(|x| x.flat(out));
    }
}

impl<T: Flat> Flat for Vec<T> {
    fn flat(&self, out: &mut Vec<f64>) {
        self.iter().for_each(|x| x.flat(out));
    }
}

macro_rules! flat_tuple {
    ($($t:ident $i:tt),*) => {
        impl<$($t: Flat),*> Flat for ($($t,)*) {
            fn flat(&self, out: &mut Vec<f64>) {
                $(self.$i.flat(out);)*
            }
        }
    };
}
flat_tuple!(A 0, B 1);
flat_tuple!(A 0, B 1, C 2);
flat_tuple!(A 0, B 1, C 2, D 3);
flat_tuple!(A 0, B 1, C 2, D 3, E 4);
flat_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

fn close(a: f64, b: f64, rel: f64, scale: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()) + 1e-13 * scale
}

/// The unit tangent `i` of `n` coordinates.
fn unit(n: usize, i: usize) -> Vec<f64> {
    let mut t = vec![0.0; n];
    t[i] = 1.0;
    t
}

#[test]
fn random_programs_grad_jvp_and_finite_differences_agree() {
    let mut failures = Vec::new();
    for c in cases() {
        let x = c.point;
        let (y, g) = (c.grad)(x);
        let y0 = (c.f)(x);
        if !close(y, y0, 1e-14, 0.0) {
            failures.push(format!("{}: _grad's value {y:e}, the function's {y0:e}", c.name));
        }
        if g.len() != x.len() {
            failures.push(format!("{}: {} gradient components for {}", c.name, g.len(), x.len()));
            continue;
        }
        let scale = g.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        for i in 0..x.len() {
            let (yj, d) = (c.jvp)(x, &unit(x.len(), i));
            if !close(g[i], d, c.rel, scale) || !close(yj, y0, 1e-14, 0.0) {
                failures.push(format!("{}[{i}]: _grad {:e}, _jvp {d:e}", c.name, g[i]));
            }
        }
        if let Some(tol) = c.fd_tol {
            if let Err(e) = check_gradient(c.f, x, &g, tol) {
                failures.push(format!("{}: {e}", c.name));
            }
        }
        let (ey, eg) = c.expected;
        if !close(y, ey, 1e-12, 0.0) {
            failures.push(format!("{}: value {y:e}, interpreter {ey:e}", c.name));
        }
        for (i, (a, b)) in g.iter().zip(eg).enumerate() {
            if !close(*a, *b, 1e-12, scale) {
                failures.push(format!("{}[{i}]: gradient {a:e}, interpreter {b:e}", c.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every value and derivative of every program, as bits: the function's
/// value, `_grad`'s value and gradient, and `_jvp`'s value and derivative
/// along each unit tangent, one line per program.
fn bits() -> String {
    let mut out = String::new();
    for c in cases() {
        let x = c.point;
        let mut line = format!("{} {:016x}", c.name, (c.f)(x).to_bits());
        let (y, g) = (c.grad)(x);
        line.push_str(&format!(" grad {:016x}", y.to_bits()));
        for d in &g {
            line.push_str(&format!(" {:016x}", d.to_bits()));
        }
        line.push_str(" jvp");
        for i in 0..x.len() {
            let (y, d) = (c.jvp)(x, &unit(x.len(), i));
            line.push_str(&format!(" {:016x}/{:016x}", y.to_bits(), d.to_bits()));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// With `AUTODIFF_BITS_WRITE=FILE`, writes [`bits`] to `FILE`; with
/// `AUTODIFF_BITS_COMPARE=FILE`, fails unless [`bits`] equals `FILE`'s
/// contents, listing the programs that differ. `.ci/run` writes the bits
/// of the debug build and compares the release build's with them.
#[test]
#[ignore = "run by .ci/run in the debug and the release profile"]
fn random_programs_bits() {
    let text = bits();
    if let Ok(path) = std::env::var("AUTODIFF_BITS_WRITE") {
        std::fs::write(&path, &text).expect("write the bits");
        eprintln!("wrote the bits of {} programs to {path}", text.lines().count());
    } else if let Ok(path) = std::env::var("AUTODIFF_BITS_COMPARE") {
        let reference = std::fs::read_to_string(&path).expect("read the reference bits");
        let differ: Vec<String> = reference
            .lines()
            .zip(text.lines())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("reference: {a}\nthis build: {b}"))
            .collect();
        assert!(
            differ.is_empty() && reference.lines().count() == text.lines().count(),
            "the bits of {} programs differ from {path}:\n{}",
            differ.len(),
            differ.join("\n")
        );
        eprintln!("the bits of {} programs equal {path}", text.lines().count());
    } else {
        print!("{text}");
    }
}
"#;

#[test]
#[ignore = "writes tests/random_programs.rs"]
fn regenerate_random_programs() {
    super::with_big_stack(regenerate_random_programs_on_a_big_stack);
}

/// The workarounds to write `p` with: [`ALWAYS`], plus those of the known
/// bugs it hits (one, else all of them), or `None` if it fails anyway.
fn workarounds_for(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> Option<(Workarounds, Verdict)> {
    let ok = |w: Workarounds| differential::check_prog(p, point, w).ok().map(|v| (w, v));
    ok(ALWAYS)
        .or_else(|| KNOWN_BUGS.iter().find_map(|(_, _, w)| ok(ALWAYS.union(w))))
        .or_else(|| {
            let all = KNOWN_BUGS.iter().fold(ALWAYS, |a, (_, _, w)| a.union(w));
            ok(all)
        })
}

fn regenerate_random_programs_on_a_big_stack() {
    let mut runner = super::runner(1, SEED);
    let strategy = (grammar::prog(SIZES), grammar::point());
    let (mut fns, mut cases) = (String::new(), String::new());
    let (mut kept, mut tried) = (0, 0);
    while kept < COUNT {
        tried += 1;
        assert!(
            tried < 50 * COUNT,
            "too few programs pass the interpreter's check"
        );
        let (p, point) = strategy.new_tree(&mut runner).expect("a program").current();
        let name = format!("rp{kept:02}");
        // Only programs the interpreter checks in full at the point.
        let Some((w, Verdict::Checked { kinks: 0, .. })) = workarounds_for(&p, &point) else {
            continue;
        };
        let text = p.program_with(&name, w);
        if check::program_expands_cleanly(&text).is_err() {
            continue;
        }
        let Ok(prog) = check::compile_program(&text, &name) else {
            continue;
        };
        let (recv, params) = params_of(&p, &point);
        let Ok((y, g)) = check::program_value_and_gradient(&prog, recv.as_ref(), &params) else {
            continue;
        };
        // With a gradient that is mostly not zero.
        if 2 * g.iter().filter(|d| d.abs() > 1e-12).count() < g.len() {
            continue;
        }
        // And, in `f64`, whose gradient passes check_gradient with a margin
        // of 10.
        if p.width == Width::F64 {
            let wrt = p.wrt_params();
            let f = |c: &[f64]| -> f64 {
                let mut ps = params.clone();
                let mut at = 0;
                for (j, v) in ps.iter_mut().enumerate() {
                    if !wrt.get(j).copied().unwrap_or(false)
                        || matches!(v, Val::Struct(_) | Val::B(_))
                    {
                        continue;
                    }
                    set_floats(v, c, &mut at);
                }
                check::program_value_and_gradient(&prog, recv.as_ref(), &ps)
                    .map_or(f64::NAN, |(y, _)| y)
            };
            let mut coords = Vec::new();
            for (j, v) in params.iter().enumerate() {
                if wrt.get(j).copied().unwrap_or(false) && !matches!(v, Val::Struct(_) | Val::B(_))
                {
                    coords.extend(v.floats());
                }
            }
            if autodiff_runtime::check_gradient(f, &coords, &g, 1e-7).is_err() {
                continue;
            }
        }
        fns.push_str(&text);
        fns.push('\n');
        cases.push_str(&case(&p, &name, &point, (y, &g)));
        kept += 1;
    }
    let text = format!(
        "{HEADER}{PARAMS_STRUCT}\n{fns}{FOOTER}\nfn cases() -> Vec<Case> {{\n    vec![\n{cases}    ]\n}}\n"
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/random_programs.rs");
    std::fs::write(path, text).expect("write tests/random_programs.rs");
    let fmt = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", path])
        .status();
    eprintln!("wrote {path}: {kept} programs of {tried} drawn; rustfmt: {fmt:?}");
}

/// Overwrites the floats of `v`, in order, with `c[*at..]`.
fn set_floats(v: &mut Val, c: &[f64], at: &mut usize) {
    match v {
        Val::F(x) => {
            *x = c[*at];
            *at += 1;
        }
        Val::Seq(items) => items.iter_mut().for_each(|i| set_floats(i, c, at)),
        _ => {}
    }
}

#[test]
fn corpus_arguments_follow_the_parameters() {
    super::with_big_stack(corpus_arguments_follow_the_parameters_on_a_big_stack);
}

fn corpus_arguments_follow_the_parameters_on_a_big_stack() {
    use proptest::strategy::ValueTree;
    let mut runner = super::runner(1, SEED);
    let strategy = (grammar::prog(SIZES), grammar::point());
    for _ in 0..50 {
        let (p, point) = strategy.new_tree(&mut runner).expect("a program").current();
        let (_, params) = params_of(&p, &point);
        // One argument per parameter; a tangent per differentiable one.
        assert_eq!(args(&p, &point, Some("p"), false).len(), params.len());
        let n_wrt = p.wrt_params().iter().filter(|w| **w).count();
        assert_eq!(args(&p, &point, Some("t"), true).len(), n_wrt);
    }
}
