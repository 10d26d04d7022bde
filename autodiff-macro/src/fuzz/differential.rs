//! Random programs through the transforms: for each, the interpreted
//! reverse mode, forward mode and central differences of the primal must
//! agree (see [`super::check::differential`]), and the whole macro must
//! expand it without error.

use super::check::{self, Verdict};
use super::grammar::{self, Prog, Sizes, Workarounds};
use crate::eval::Val;
use proptest::test_runner::{TestCaseError, TestError};
use std::cell::Cell;
use std::time::Instant;

/// The parameter values of `p` at `point`.
pub fn params_of(p: &Prog, point: &(Vec<f64>, Vec<f64>)) -> Vec<Val> {
    let mut params: Vec<Val> = point.0[..p.n_scalars].iter().map(|x| Val::F(*x)).collect();
    params.push(Val::seq(&point.1[..p.len]));
    params
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
const KNOWN_BUGS: &[(&str, &str, Workarounds)] = &[(
    "vec_local_in_nested_loops_is_in_scope_for_the_reverse_sweep",
    "outside the block that defines it",
    Workarounds {
        vec_as_array: true,
        rev_exclusive: false,
    },
)];

/// The known bug that the failure `e` of `p` is, if any: its message
/// matches, and the same program with that bug's workaround passes.
fn known_bug(p: &Prog, attr: &str, e: &str, params: &[Val]) -> Option<&'static str> {
    KNOWN_BUGS.iter().find_map(|(name, msg, w)| {
        let variant = p.render_with("f", *w);
        (e.contains(msg)
            && variant != p.render("f")
            && check::differential(attr, &variant, params).is_ok())
        .then_some(*name)
    })
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
        let src = p.render("f");
        let attr = p.attr();
        leave_trace(&grammar::describe(&p, &point));
        let params = params_of(&p, &point);
        let verdict = match check::differential(&attr, &src, &params) {
            Ok(v) => v,
            Err(e) if known_bug(&p, &attr, &e, &params).is_some() => {
                bump(&stats.known, 1);
                return Ok(());
            }
            Err(e) => return Err(TestCaseError::fail(e)),
        };
        match verdict {
            Verdict::Checked { coords, fd, kinks } => {
                // The emit stage too: expansion without panic or error.
                check::expands_cleanly(&attr, &src).map_err(TestCaseError::fail)?;
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
            "{msg}\n\nminimal failing program (seed {seed}):\n{}",
            grammar::describe(&p, &point)
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
