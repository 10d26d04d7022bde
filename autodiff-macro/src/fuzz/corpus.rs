//! Writes `tests/random_programs.rs`: random functions of the grammar of
//! [`super::grammar`], compiled for real through `#[differentiate]` (so the
//! emit stage is checked too), with one test that compares, for each, the
//! generated `_grad` with `_jvp`, with central differences
//! (`autodiff::check_gradient`) and with the interpreter's value and
//! gradient of the same IR. The file is checked in; regenerate it with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```
//!
//! The seed is fixed, so the output only changes when the grammar, the
//! pipeline or the interpreter does.

use super::check::{self, Verdict};
use super::differential::params_of;
use super::grammar::{self, ArrParam, Prog, SCALARS, Sizes};
use proptest::strategy::{Strategy, ValueTree};
use std::fmt::Write as _;

/// How many functions the file holds.
const COUNT: usize = 60;

/// The seed of the file's programs.
const SEED: u64 = 0x5eed_0050;

/// Smaller programs than the property test's, so the file compiles fast.
const SIZES: Sizes = Sizes {
    top: 5,
    nested: 3,
    depth: 2,
    expr_depth: 3,
    expr_size: 8,
};

/// The Rust expression of parameter `k` of `p`, read from the slice `v`
/// (the differentiable coordinates) at offset `*at`, or the constant
/// `fixed` for a parameter that is not differentiable.
fn arg(p: &Prog, k: usize, v: &str, at: &mut usize, fixed: &[f64], wrt: bool) -> String {
    if k < p.n_scalars {
        if wrt {
            *at += 1;
            return format!("{v}[{}]", *at - 1);
        }
        return format!("{:?}", fixed[0]);
    }
    let n = p.len;
    let elems = if wrt {
        *at += n;
        match p.arr {
            ArrParam::Slice => return format!("&{v}[{}..{}]", *at - n, *at),
            _ => format!("arr::<{n}>(&{v}[{}..])", *at - n),
        }
    } else {
        let items: Vec<String> = fixed.iter().map(|x| format!("{x:?}")).collect();
        format!("[{}]", items.join(", "))
    };
    match p.arr {
        ArrParam::Slice => format!("&{elems}"),
        ArrParam::Owned => elems,
        ArrParam::Ref => format!("&{elems}"),
    }
}

/// The table entry checking function `name` (the program `p`) at `point`.
fn case(p: &Prog, name: &str, point: &(Vec<f64>, Vec<f64>), expected: (f64, &[f64])) -> String {
    let wrt = p.wrt_params();
    let fixed = |k: usize| -> Vec<f64> {
        if k < p.n_scalars {
            vec![point.0[k]]
        } else {
            point.1[..p.len].to_vec()
        }
    };
    let n_params = p.n_scalars + 1;
    let args = |v: &str| -> Vec<String> {
        let mut at = 0;
        (0..n_params)
            .map(|k| arg(p, k, v, &mut at, &fixed(k), wrt[k]))
            .collect()
    };
    let mut coords = Vec::new();
    for (k, w) in wrt.iter().enumerate() {
        if *w {
            coords.extend(fixed(k));
        }
    }
    let tangents: Vec<String> = {
        let mut at = 0;
        (0..n_params)
            .filter(|k| wrt[*k])
            .map(|k| arg(p, k, "t", &mut at, &[], true))
            .collect()
    };
    let n_wrt = wrt.iter().filter(|w| **w).count();
    let grads: Vec<String> = (0..n_wrt).map(|j| format!("g{j}")).collect();
    let pattern = if n_wrt == 1 {
        grads[0].clone()
    } else {
        format!("({})", grads.join(", "))
    };
    let mut flatten = String::new();
    let mut j = 0;
    for (k, w) in wrt.iter().enumerate() {
        if !*w {
            continue;
        }
        if k < p.n_scalars {
            let _ = write!(flatten, "g.push(g{j});");
        } else {
            let _ = write!(flatten, "g.extend_from_slice(&g{j});");
        }
        j += 1;
    }
    let list = |xs: &[f64]| {
        xs.iter()
            .map(|x| format!("{x:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "Case {{
            name: \"{name}\",
            point: &[{}],
            f: |p| {name}({}),
            grad: |p| {{
                let (y, {pattern}) = {name}_grad({});
                let mut g = Vec::new();
                {flatten}
                (y, g)
            }},
            jvp: |p, t| {name}_jvp({}, {}),
            expected: ({:?}, &[{}]),
        }},\n",
        list(&coords),
        args("p").join(", "),
        args("p").join(", "),
        args("p").join(", "),
        tangents.join(", "),
        expected.0,
        list(expected.1),
    )
}

const HEADER: &str = r#"//! Random functions compiled for real through `#[differentiate]`
//! (issue 8): the emit stage on programs nobody wrote by hand. Each comes
//! from the random-program grammar of the macro crate's differential tests
//! (`autodiff-macro/src/fuzz/grammar.rs`), with a fixed seed, and was kept
//! only if the interpreter checked it in full at the test point (no branch
//! switch within the difference step, no huge values).
//!
//! For each function, at its point, the test checks that
//!
//! - the value of `_grad` is the original function's;
//! - each gradient component from `_grad` equals `_jvp` along that unit
//!   tangent, to 1e-10 relative (reverse against forward mode);
//! - the gradient passes `autodiff::check_gradient` at 1e-6 (central
//!   differences; the generator kept only functions that pass at 1e-7);
//! - value and gradient equal what the macro crate's IR interpreter
//!   computed for the same function, to 1e-12 relative (the emitted code
//!   means what the IR means).
//!
//! GENERATED FILE, do not edit. Regenerate with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```

#![allow(unused, clippy::all)]

use autodiff::{check_gradient, differentiate};

"#;

const FOOTER: &str = r#"
/// One function: closures over the differentiable coordinates (in
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
}

fn arr<const N: usize>(s: &[f64]) -> [f64; N] {
    let mut a = [0.0; N];
    a.copy_from_slice(&s[..N]);
    a
}

fn close(a: f64, b: f64, rel: f64, scale: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()) + 1e-13 * scale
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
            let mut t = vec![0.0; x.len()];
            t[i] = 1.0;
            let (yj, d) = (c.jvp)(x, &t);
            if !close(g[i], d, 1e-10, scale) || !close(yj, y0, 1e-14, 0.0) {
                failures.push(format!("{}[{i}]: _grad {:e}, _jvp {d:e}", c.name, g[i]));
            }
        }
        if let Err(e) = check_gradient(c.f, x, &g, 1e-6) {
            failures.push(format!("{}: {e}", c.name));
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
"#;

#[test]
#[ignore = "writes tests/random_programs.rs"]
fn regenerate_random_programs() {
    super::with_big_stack(regenerate_random_programs_on_a_big_stack);
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
        let src = p.render(&name);
        let attr = p.attr();
        let params = params_of(&p, &point);
        // Only functions the interpreter checks in full at the point.
        let Ok(Verdict::Checked { kinks: 0, .. }) = check::differential(&attr, &src, &params)
        else {
            continue;
        };
        if check::expands_cleanly(&attr, &src).is_err() {
            continue;
        }
        let Ok((y, g)) = check::value_and_gradient(&attr, &src, &params) else {
            continue;
        };
        // With a gradient that is mostly not zero.
        if 2 * g.iter().filter(|d| d.abs() > 1e-12).count() < g.len() {
            continue;
        }
        // And whose gradient passes check_gradient with a margin of 10.
        let wrt = p.wrt_params();
        let mut coords = Vec::new();
        for (k, w) in wrt.iter().enumerate() {
            if *w {
                if k < p.n_scalars {
                    coords.push(point.0[k]);
                } else {
                    coords.extend_from_slice(&point.1[..p.len]);
                }
            }
        }
        let f = |c: &[f64]| -> f64 {
            let mut sc: Vec<f64> = point.0.clone();
            let mut xs: Vec<f64> = point.1.clone();
            let mut at = 0;
            for (k, w) in wrt.iter().enumerate() {
                if !*w {
                    continue;
                }
                if k < p.n_scalars {
                    sc[k] = c[at];
                    at += 1;
                } else {
                    xs[..p.len].copy_from_slice(&c[at..at + p.len]);
                    at += p.len;
                }
            }
            check::value_and_gradient(&attr, &src, &params_of(&p, &(sc, xs)))
                .map_or(f64::NAN, |(y, _)| y)
        };
        if autodiff_runtime::check_gradient(f, &coords, &g, 1e-7).is_err() {
            continue;
        }
        if attr.is_empty() {
            fns.push_str("#[differentiate]\n");
        } else {
            let _ = writeln!(fns, "#[differentiate({attr})]");
        }
        fns.push_str(&src);
        fns.push('\n');
        cases.push_str(&case(&p, &name, &point, (y, &g)));
        kept += 1;
    }
    let _ = SCALARS;
    let text =
        format!("{HEADER}{fns}{FOOTER}\nfn cases() -> Vec<Case> {{\n    vec![\n{cases}    ]\n}}\n");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/random_programs.rs");
    std::fs::write(path, text).expect("write tests/random_programs.rs");
    let fmt = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", path])
        .status();
    eprintln!("wrote {path}: {kept} functions of {tried} drawn; rustfmt: {fmt:?}");
}
