//! Random programs through the transforms: for each, the interpreted
//! reverse mode, forward mode and central differences of the primal must
//! agree (see [`super::check::differential`]), and the whole macro must
//! expand it without error.

use super::check::{self, Verdict};
use super::grammar::{self, ConstParam, Prog, Sizes, Width, Workarounds};
use crate::eval::Val;
use proptest::test_runner::{TestCaseError, TestError};
use std::cell::Cell;
use std::time::Instant;

/// The value of the constant struct `Params` of `p` at `point`.
pub fn params_struct(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> Val {
    Val::Struct(vec![
        ("k".into(), Val::F(point.0[4])),
        ("w".into(), Val::seq(&point.0[5..8])),
        ("n".into(), Val::I(i128::from(p.n))),
    ])
}

/// The receiver (for a method) and the parameter values of `p` at `point`,
/// floats rounded to `f32` in an `f32` program.
pub fn params_of(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> (Option<Val>, Vec<Val>) {
    let narrow = p.width == Width::F32;
    let f = |x: f64| Val::F(if narrow { f64::from(x as f32) } else { x });
    let seq = |xs: &[f64]| Val::Seq(xs.iter().map(|x| f(*x)).collect());
    let mut params: Vec<Val> = point.0[..p.n_scalars].iter().map(|x| f(*x)).collect();
    params.push(seq(&point.1[..p.len]));
    if p.nested.is_some() {
        params.push(Val::Seq(vec![seq(&point.1[4..6]), seq(&point.1[6..8])]));
    }
    if p.pair.is_some() {
        params.push(seq(&point.0[8..10]));
    }
    if let Some(q) = p.flag {
        params.push(Val::B(q));
    }
    let s = params_struct(p, point);
    let recv = match p.consts {
        ConstParam::None => None,
        ConstParam::Ref => {
            params.push(s);
            None
        }
        ConstParam::SelfRef => Some(s),
    };
    if let Some(o) = p.opt {
        params.push(Val::option(o.map(|k| f(grammar::LITS[k]))));
    }
    (recv, params)
}

/// The differential check of `p` (named `f`) at `point`, rendered with the
/// workarounds `w`.
pub fn check_prog(
    p: &Prog,
    point: &(Vec<f64>, Vec<f64>),
    w: Workarounds,
) -> Result<Verdict, String> {
    let text = p.program_with("f", w);
    let prog =
        check::compile_program(&text, "f").map_err(|e| format!("the macro rejected it: {e}"))?;
    let (recv, params) = params_of(p, point);
    check::check_program(&prog, recv.as_ref(), &params)
}

/// With `AUTODIFF_FUZZ_TRACE=FILE`, writes each input to `FILE` before
/// checking it, so that a crash proptest cannot catch (a stack overflow
/// aborts the process) leaves its input behind.
pub fn leave_trace(text: &str) {
    if let Ok(path) = std::env::var("AUTODIFF_FUZZ_TRACE") {
        let _ = std::fs::write(path, text);
    }
}

#[derive(Default)]
struct Stats {
    checked: Cell<usize>,
    skipped: Cell<usize>,
    coords: Cell<usize>,
    fd: Cell<usize>,
    kinks: Cell<usize>,
    known: Cell<usize>,
}

fn bump(c: &Cell<usize>, by: usize) {
    c.set(c.get() + by);
}

/// The open bugs (see `regressions.rs`) that the property counts instead
/// of failing on, so that CI fails only on new ones: for each, the message
/// of its failure, and the workaround that makes it go away.
pub const KNOWN_BUGS: &[(&str, &str, Workarounds)] = &[];

/// The known bug that the failure `e` of `p` is, if any: its message
/// matches, and the same program with that bug's workaround passes.
/// What each known bug's workaround does to the failing program `p`.
fn workaround_report(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> String {
    let mut out = String::from("with the workaround of each known bug:\n");
    for (name, _, w) in KNOWN_BUGS {
        let r = if p.program_with("f", *w) == p.program("f") {
            "(no change)".to_string()
        } else {
            match check_prog(p, point, *w) {
                Ok(v) => format!("{v:?}"),
                Err(e) => e,
            }
        };
        out.push_str(&format!("  {name}: {r}\n"));
    }
    out
}

/// A program with two known bugs passes only with both workarounds: that is
/// tried last, when the message is one of theirs.
pub fn known_bug(p: &Prog, point: &(Vec<f64>, Vec<f64>), e: &str) -> Option<&'static str> {
    let original = p.program("f");
    let single = KNOWN_BUGS.iter().find_map(|(name, msg, w)| {
        (e.contains(msg) && p.program_with("f", *w) != original && check_prog(p, point, *w).is_ok())
            .then_some(*name)
    });
    if single.is_some() || !KNOWN_BUGS.iter().any(|(_, msg, _)| e.contains(msg)) {
        return single;
    }
    let all = KNOWN_BUGS
        .iter()
        .fold(Workarounds::default(), |a, (_, _, w)| a.union(w));
    check_prog(p, point, all)
        .is_ok()
        .then_some("several known bugs")
}

#[test]
fn reverse_forward_and_finite_differences_agree_on_random_programs() {
    super::with_big_stack(
        reverse_forward_and_finite_differences_agree_on_random_programs_on_a_big_stack,
    );
}

fn reverse_forward_and_finite_differences_agree_on_random_programs_on_a_big_stack() {
    let (n, seed) = (super::cases(256), super::seed());
    let mut runner = super::runner(n, seed);
    let stats = Stats::default();
    let start = Instant::now();
    let strategy = (grammar::prog(Sizes::default()), grammar::point());
    let result = runner.run(&strategy, |(p, point)| {
        leave_trace(&grammar::describe(&p, &point));
        let verdict = match check_prog(&p, &point, Workarounds::default()) {
            Ok(v) => v,
            Err(e) if known_bug(&p, &point, &e).is_some() => {
                bump(&stats.known, 1);
                return Ok(());
            }
            Err(e) => return Err(TestCaseError::fail(e)),
        };
        match verdict {
            Verdict::Checked { coords, fd, kinks } => {
                // The emit stage too: expansion without panic or error.
                check::program_expands_cleanly(&p.program("f")).map_err(TestCaseError::fail)?;
                bump(&stats.checked, 1);
                bump(&stats.coords, coords);
                bump(&stats.fd, fd);
                bump(&stats.kinks, kinks);
                Ok(())
            }
            Verdict::Skipped(why) => {
                bump(&stats.skipped, 1);
                Err(TestCaseError::reject(why))
            }
        }
    });
    eprintln!(
        "random programs: {} checked ({} coordinates: {} against finite differences, {} at a \
         kink or branch switch), {} skipped (non-finite or huge), {} known bug, seed {seed}, \
         {:.1?}",
        stats.checked.get(),
        stats.coords.get(),
        stats.fd.get(),
        stats.kinks.get(),
        stats.skipped.get(),
        stats.known.get(),
        start.elapsed()
    );
    match result {
        Ok(()) => {}
        Err(TestError::Fail(msg, (p, point))) => panic!(
            "{msg}\n\nminimal failing program (seed {seed}):\n{}\n{}",
            grammar::describe(&p, &point),
            workaround_report(&p, &point)
        ),
        Err(TestError::Abort(msg)) => panic!("aborted: {msg} (seed {seed})"),
    }
}

/// Prints a few random programs (`cargo test -p autodiff-macro --lib
/// print_random_programs -- --ignored --nocapture`), to see what the
/// generator makes.
#[test]
#[ignore = "prints examples"]
fn print_random_programs() {
    super::with_big_stack(print_random_programs_on_a_big_stack);
}

fn print_random_programs_on_a_big_stack() {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = super::runner(1, super::seed());
    for _ in 0..super::cases(5) {
        let tree = (grammar::prog(Sizes::default()), grammar::point())
            .new_tree(&mut runner)
            .expect("a program");
        let (p, point) = tree.current();
        println!("{}", grammar::describe(&p, &point));
    }
}
