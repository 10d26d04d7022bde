//! Randomised tests of the macro (issues 8 and 13).
//!
//! - [`grammar`]: a `proptest` generator of random well-typed programs: a
//!   function, the `const` and `static` items it reads and the annotated
//!   helpers it calls, covering what the README's "What works" lists;
//! - `coverage`: the table of those constructs and their productions, and
//!   the tests that hold it to the README and to the generator;
//! - [`check`]: the pipeline on source text (whole files), and the
//!   differential check of one program (interpreted primal, reverse and
//!   forward mode, central differences; see `crate::eval` for the
//!   interpreter of the IR, and `oracle` for the reference interpreter of
//!   the source text);
//! - `differential`: that check on random programs and points, counting
//!   the known bugs (each with the workaround that avoids it);
//! - `never_panics`: `expand` on arbitrary tokens and on mutations of valid
//!   functions;
//! - `regressions`: every failure found so far, as a plain `#[test]`;
//! - `corpus`: writes `tests/random_programs.rs`, random programs compiled
//!   for real through the macro, whose values and derivatives `.ci/run`
//!   compares bit for bit between the debug and the release build.
//!
//! Case counts: each property runs a bounded number of cases by default (CI);
//! `AUTODIFF_PROPTEST_CASES=N` (or proptest's own `PROPTEST_CASES`) runs `N`.
//! The random seed is fixed unless `AUTODIFF_PROPTEST_SEED` is set (to a
//! number, or to `random`), so CI is reproducible; a failure prints the seed
//! and the shrunk program.

pub mod check;
mod corpus;
mod coverage;
mod differential;
pub mod grammar;
mod never_panics;
mod oracle;
mod regressions;

use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// The number of cases to run: `AUTODIFF_PROPTEST_CASES`, else
/// `PROPTEST_CASES`, else `default`.
pub fn cases(default: u32) -> u32 {
    ["AUTODIFF_PROPTEST_CASES", "PROPTEST_CASES"]
        .iter()
        .find_map(|v| std::env::var(v).ok()?.trim().parse().ok())
        .unwrap_or(default)
}

/// The seed of a run: fixed by default, `AUTODIFF_PROPTEST_SEED` otherwise.
pub fn seed() -> u64 {
    match std::env::var("AUTODIFF_PROPTEST_SEED").ok().as_deref() {
        Some("random") => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        Some(s) => s.trim().parse().unwrap_or(0x00ad_d1ff),
        None => 0x00ad_d1ff,
    }
}

/// A test runner of `cases` cases from the seed `seed`, shrinking failures,
/// persisting nothing (failures become named tests in `regressions`).
pub fn runner(cases: u32, seed: u64) -> TestRunner {
    let config = Config {
        cases,
        max_global_rejects: cases.saturating_mul(4).max(1024),
        max_shrink_iters: 20_000,
        failure_persistence: None,
        ..Config::default()
    };
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// The text of a panic payload.
pub fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(a non-string panic payload)".into()
    }
}

/// Runs `f` on a thread with a 256 MiB stack, and re-raises its panic. The
/// value trees of the recursive strategies are deep, and their frames are
/// large in debug builds: a test thread's default 2 MiB overflows on some
/// programs (an abort, which proptest cannot catch or shrink).
pub fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn a test thread");
    if let Err(p) = handle.join() {
        std::panic::resume_unwind(p);
    }
}
