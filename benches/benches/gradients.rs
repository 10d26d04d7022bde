//! Gradients of the five functions of `shared/BENCHMARKS.md`, one criterion
//! group per function and one bench per column.
//!
//! Run with `benches/run.sh` (or `cargo bench -p autodiff-benches --features
//! peers --bench gradients`, then `python3 benches/report.py`).
//!
//! Before a column is timed, its value and gradient are compared with `hand`
//! (relative error at most 1e-12 for exact methods, 1e-5 for `fd`); a column
//! that disagrees is printed as a MISMATCH and not timed. Every column's
//! status (`ok`, `mismatch: ...`, `n/a: ...`) goes to
//! `<criterion dir>/autodiff-benches-notes.tsv`, which `report.py` reads.
//!
//! Columns:
//! - `primal`: the function alone; `hand`: the hand-written gradient
//!   (baseline); `autodiff`: this library's `NAME_grad`; for GMM,
//!   `primal-rw` and `autodiff-rw`: the objective rewritten for
//!   `#[differentiate]` and its `NAME_grad`;
//! - `fd`: central differences, 2n + 1 primal calls;
//! - `num-dual`: `Dual64`, one forward pass per input;
//!   `num-dual-vec`: `DualSVec64<N>`, one pass, where N is small and fixed;
//! - `reverse`: `reverse::Tape`, cleared and reused between calls;
//! - `echidna`: `echidna::grad` with `Reverse<f64>` (pooled tape);
//!   `echidna-bytecode`: `BytecodeTape` recorded once, replayed by
//!   `gradient_with_buf`;
//! - `easy-ml`: `WengertList`, cleared and reused; `ad_trait`: `adr` on its
//!   thread-local graph, reset at the first input.

use autodiff_benches::gmm::{GmmGrad, GmmInput, d2, d10, d64};
use autodiff_benches::lstm::*;
use autodiff_benches::peers::{Adr, adr};
use autodiff_benches::*;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use easy_ml::differentiation::{Record, WengertList};
use num_dual::{Dual64, DualSVec64};
use reverse::Gradient;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// Tolerance of exact methods and of finite differences against `hand`.
const EXACT: f64 = 1e-12;
const FD: f64 = 1e-5;

// ---------------------------------------------------------------------------
// Checking and timing
// ---------------------------------------------------------------------------

/// A column's output as `(value, gradient)`, for the check against `hand`.
trait Flat {
    fn flat(&self) -> (f64, Vec<f64>);
}
impl Flat for (f64, Vec<f64>) {
    fn flat(&self) -> (f64, Vec<f64>) {
        self.clone()
    }
}
impl Flat for (f64, (f64, f64)) {
    fn flat(&self) -> (f64, Vec<f64>) {
        (self.0, vec![self.1.0, self.1.1])
    }
}
impl Flat for (f64, (f64, f64, f64)) {
    fn flat(&self) -> (f64, Vec<f64>) {
        (self.0, vec![self.1.0, self.1.1, self.1.2])
    }
}
impl Flat for (f64, (Vec<f64>, Vec<f64>)) {
    fn flat(&self) -> (f64, Vec<f64>) {
        (self.0, [&self.1.0[..], &self.1.1].concat())
    }
}
impl Flat for (f64, GmmGrad) {
    fn flat(&self) -> (f64, Vec<f64>) {
        let (a, m, q, l) = &self.1;
        (self.0, [&a[..], m, q, l].concat())
    }
}
impl<const N: usize> Flat for (f64, [f64; N]) {
    fn flat(&self) -> (f64, Vec<f64>) {
        (self.0, self.1.to_vec())
    }
}

/// One line of the notes file: group, column, status.
struct Note(String, String, String);

/// A criterion group with the reference output of its `hand` column.
struct Group<'c, 'n> {
    name: &'static str,
    group: BenchmarkGroup<'c, WallTime>,
    reference: (f64, Vec<f64>),
    notes: &'n mut Vec<Note>,
}

impl<'c, 'n> Group<'c, 'n> {
    fn new(
        c: &'c mut Criterion,
        notes: &'n mut Vec<Note>,
        name: &'static str,
        reference: (f64, Vec<f64>),
    ) -> Self {
        let group = c.benchmark_group(name);
        Group {
            name,
            group,
            reference,
            notes,
        }
    }

    fn note(&mut self, column: &str, status: String) {
        self.notes
            .push(Note(self.name.into(), column.into(), status));
    }

    /// Times `f` after checking that its value is `hand`'s.
    fn primal(&mut self, f: impl FnMut() -> f64) {
        self.value_column("primal", f);
    }

    /// A column that computes the value only (`primal`, `primal-rw`).
    fn value_column(&mut self, column: &str, mut f: impl FnMut() -> f64) {
        let y = f();
        let (y_ref, _) = self.reference;
        let e = (y - y_ref).abs() / y_ref.abs().max(f64::MIN_POSITIVE);
        self.checked(column, e, EXACT, f);
    }

    /// Times `f` after checking its value and gradient against `hand`.
    fn column<R: Flat>(&mut self, column: &str, tol: f64, mut f: impl FnMut() -> R) {
        let (y, g) = f().flat();
        let e = rel_err(y, &g, self.reference.0, &self.reference.1);
        self.checked(column, e, tol, f);
    }

    fn checked<R>(&mut self, column: &str, err: f64, tol: f64, mut f: impl FnMut() -> R) {
        if err <= tol {
            self.note(column, format!("ok: relative error {err:.1e}"));
            self.group.bench_function(column, |b| b.iter(&mut f));
        } else {
            eprintln!(
                "MISMATCH {}/{column}: relative error {err:.3e} > {tol:.0e}, not timed",
                self.name
            );
            self.note(column, format!("mismatch: relative error {err:.1e}"));
        }
    }

    /// A column that is not measured, and why.
    fn not_available(&mut self, column: &str, reason: &str) {
        self.note(column, format!("n/a: {reason}"));
    }
}

/// Whether the group `name` is selected by the criterion filter of the
/// command line (`benches/run.sh gmm`): groups that are not are skipped
/// before their checks, which for the large ADBench sizes take seconds. A
/// filter is read as a substring of `group/column`; one with
/// regular-expression syntax selects every group (criterion still filters
/// what it times).
fn selected(name: &str) -> bool {
    // Criterion's options that take a value.
    const VALUED: [&str; 14] = [
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--load-baseline",
        "--profile-time",
        "--plotting-backend",
        "--output-format",
    ];
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut filter = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if VALUED.contains(&a.as_str()) || a == "--color" {
            i += 2;
            continue;
        }
        if !a.starts_with('-') {
            filter = Some(a.clone());
            break;
        }
        i += 1;
    }
    match filter {
        None => true,
        Some(f) if f.contains(|c: char| "^$.*+?()[]{}|\\".contains(c)) => true,
        // `group/column`: the group part is a suffix of the group's name.
        Some(f) => name.contains(&f) || f.split_once('/').is_some_and(|(g, _)| name.ends_with(g)),
    }
}

// ---------------------------------------------------------------------------
// How each crate computes a gradient
// ---------------------------------------------------------------------------

/// `num-dual` `Dual64`: one forward pass per input, on a reused buffer.
fn dual64_grad(
    f: impl Fn(&[Dual64]) -> Dual64,
    x: &[f64],
    buf: &mut Vec<Dual64>,
) -> (f64, Vec<f64>) {
    buf.clear();
    buf.extend(x.iter().map(|&v| Dual64::from_re(v)));
    let mut y = 0.0;
    let mut g = Vec::with_capacity(x.len());
    for i in 0..x.len() {
        buf[i].eps = 1.0;
        let r = f(buf);
        buf[i].eps = 0.0;
        y = r.re;
        g.push(r.eps);
    }
    (y, g)
}

/// `num-dual` `Dual64` for a fixed number of inputs, on the stack.
fn dual64_grad_n<const N: usize>(
    f: impl Fn(&[Dual64; N]) -> Dual64,
    x: [f64; N],
) -> (f64, [f64; N]) {
    let mut xs = x.map(Dual64::from_re);
    let mut y = 0.0;
    let mut g = [0.0; N];
    for i in 0..N {
        xs[i].eps = 1.0;
        let r = f(&xs);
        xs[i].eps = 0.0;
        y = r.re;
        g[i] = r.eps;
    }
    (y, g)
}

/// `num-dual` `DualSVec64<N>`: all N directions in one pass.
fn dualvec_grad<const N: usize>(
    f: impl Fn(&[DualSVec64<N>; N]) -> DualSVec64<N>,
    x: &[f64],
) -> (f64, [f64; N]) {
    let xs: [DualSVec64<N>; N] =
        std::array::from_fn(|i| DualSVec64::<N>::from_re(x[i]).derivative(i));
    let r = f(&xs);
    let mut g = [0.0; N];
    if let Some(m) = r.eps.0 {
        g.copy_from_slice(m.as_slice());
    }
    (r.re, g)
}

/// `reverse`: the tape is cleared and reused.
fn reverse_grad(
    tape: &reverse::Tape,
    f: impl for<'a> Fn(&[reverse::Var<'a>]) -> reverse::Var<'a>,
    x: &[f64],
) -> (f64, Vec<f64>) {
    tape.clear();
    let xs = tape.add_vars(x);
    let y = f(&xs);
    let g = y.grad();
    (y.val, g.wrt(&xs))
}

/// `echidna` `Reverse<f64>` through `echidna::grad` (which reuses pooled
/// tapes); the value is taken from inside the closure.
fn echidna_grad(
    f: impl Fn(&[echidna::Reverse<f64>]) -> echidna::Reverse<f64>,
    x: &[f64],
) -> (f64, Vec<f64>) {
    let mut y = 0.0;
    let g = echidna::grad(
        |v| {
            let r = f(v);
            y = echidna::Scalar::value(&r);
            r
        },
        x,
    );
    (y, g)
}

/// `echidna` bytecode: record once, then each call replays the tape
/// forward at `x` and sweeps it backward.
fn echidna_bytecode(
    f: impl Fn(&[echidna::BReverse<f64>]) -> echidna::BReverse<f64>,
    x: Vec<f64>,
) -> impl FnMut() -> (f64, Vec<f64>) {
    let (mut tape, _) = echidna::record(f, &x);
    let mut buf = Vec::new();
    move || {
        let g = tape.gradient_with_buf(black_box(&x), &mut buf);
        (tape.output_value(), g)
    }
}

/// `easy-ml`: the `WengertList` is cleared and reused.
fn easy_ml_grad(
    list: &WengertList<f64>,
    f: impl for<'a> Fn(&[Record<'a, f64>]) -> Record<'a, f64>,
    x: &[f64],
) -> (f64, Vec<f64>) {
    list.clear();
    let xs: Vec<Record<f64>> = x.iter().map(|&v| Record::variable(v, list)).collect();
    let y = f(&xs);
    let d = y.derivatives();
    (y.number, xs.iter().map(|r| d[r]).collect())
}

/// `ad_trait` `adr`: the thread-local graph is reset by the first input.
fn ad_trait_grad(f: impl Fn(&[Adr]) -> Adr, x: &[f64]) -> (f64, Vec<f64>) {
    let xs: Vec<Adr> = x
        .iter()
        .enumerate()
        .map(|(i, &v)| Adr(adr::new_variable(v, i == 0)))
        .collect();
    let y = f(&xs);
    let g = y.0.get_backwards_mode_grad();
    (y.0.value(), xs.iter().map(|v| g.wrt(&v.0)).collect())
}

/// The peer columns of a function of a slice, `f` being its generic copy.
macro_rules! peer_columns {
    ($g:expr, $f:ident, $x:expr) => {{
        let g: &mut Group = $g;
        let x: &Vec<f64> = $x;
        let mut buf = Vec::new();
        g.column("num-dual", EXACT, || {
            dual64_grad(|v| $f(v), black_box(x), &mut buf)
        });
        let tape = reverse::Tape::new();
        g.column("reverse", EXACT, || {
            reverse_grad(&tape, |v| $f(v), black_box(x))
        });
        g.column("echidna", EXACT, || echidna_grad(|v| $f(v), black_box(x)));
        g.column(
            "echidna-bytecode",
            EXACT,
            echidna_bytecode(|v| $f(v), x.clone()),
        );
        let list = WengertList::new();
        g.column("easy-ml", EXACT, || {
            easy_ml_grad(&list, |v| $f(v), black_box(x))
        });
        g.column("ad_trait", EXACT, || ad_trait_grad(|v| $f(v), black_box(x)));
    }};
}

// ---------------------------------------------------------------------------
// The groups
// ---------------------------------------------------------------------------

fn bench_seed2(c: &mut Criterion, notes: &mut Vec<Note>) {
    if !selected("seed2") {
        return;
    }
    let (x1, x2) = seed2_input();
    let mut g = Group::new(c, notes, "seed2", seed2_hand(x1, x2).flat());
    g.primal(|| seed2(black_box(x1), black_box(x2)));
    g.column("hand", EXACT, || seed2_hand(black_box(x1), black_box(x2)));
    g.column("autodiff", EXACT, || {
        seed2_grad(black_box(x1), black_box(x2))
    });
    g.column("fd", FD, || {
        fd_central_n(|v| seed2(v[0], v[1]), black_box([x1, x2]))
    });
    g.column("num-dual", EXACT, || {
        dual64_grad_n(|v| seed2_generic(v[0], v[1]), black_box([x1, x2]))
    });
    g.column("num-dual-vec", EXACT, || {
        dualvec_grad::<2>(|v| seed2_generic(v[0], v[1]), black_box(&[x1, x2]))
    });
    let tape = reverse::Tape::new();
    g.column("reverse", EXACT, || {
        reverse_grad(&tape, |v| seed2_generic(v[0], v[1]), black_box(&[x1, x2]))
    });
    g.column("echidna", EXACT, || {
        echidna_grad(|v| seed2_generic(v[0], v[1]), black_box(&[x1, x2]))
    });
    g.column(
        "echidna-bytecode",
        EXACT,
        echidna_bytecode(|v| seed2_generic(v[0], v[1]), vec![x1, x2]),
    );
    let list = WengertList::new();
    g.column("easy-ml", EXACT, || {
        easy_ml_grad(&list, |v| seed2_generic(v[0], v[1]), black_box(&[x1, x2]))
    });
    g.column("ad_trait", EXACT, || {
        ad_trait_grad(|v| seed2_generic(v[0], v[1]), black_box(&[x1, x2]))
    });
    g.group.finish();
}

fn bench_rosen_2(c: &mut Criterion, notes: &mut Vec<Note>) {
    if !selected("rosen_2") {
        return;
    }
    // `primal`, `hand` and `autodiff` use the scalar form `rosen2` (no
    // slice, no `Vec` for the gradient); the peers run `rosen_generic` on two
    // variables, the same terms.
    let x = rosen_input(2);
    let (x0, x1) = (x[0], x[1]);
    let mut g = Group::new(c, notes, "rosen_2", rosen2_hand(x0, x1).flat());
    g.primal(|| rosen2(black_box(x0), black_box(x1)));
    g.column("hand", EXACT, || rosen2_hand(black_box(x0), black_box(x1)));
    g.column("autodiff", EXACT, || {
        rosen2_grad(black_box(x0), black_box(x1))
    });
    g.column("fd", FD, || {
        fd_central_n(|v| rosen2(v[0], v[1]), black_box([x0, x1]))
    });
    g.column("num-dual", EXACT, || {
        dual64_grad_n(|v| rosen_generic(v), black_box([x0, x1]))
    });
    g.column("num-dual-vec", EXACT, || {
        dualvec_grad::<2>(|v| rosen_generic(v), black_box(&x))
    });
    let tape = reverse::Tape::new();
    g.column("reverse", EXACT, || {
        reverse_grad(&tape, |v| rosen_generic(v), black_box(&x))
    });
    g.column("echidna", EXACT, || {
        echidna_grad(rosen_generic, black_box(&x))
    });
    g.column(
        "echidna-bytecode",
        EXACT,
        echidna_bytecode(rosen_generic, x.clone()),
    );
    let list = WengertList::new();
    g.column("easy-ml", EXACT, || {
        easy_ml_grad(&list, |v| rosen_generic(v), black_box(&x))
    });
    g.column("ad_trait", EXACT, || {
        ad_trait_grad(rosen_generic, black_box(&x))
    });
    g.group.finish();
}

fn bench_rosen_n(c: &mut Criterion, notes: &mut Vec<Note>, n: usize) {
    let name = if n == 100 { "rosen_100" } else { "rosen_10000" };
    if !selected(name) {
        return;
    }
    let x = rosen_input(n);
    let mut g = Group::new(c, notes, name, rosen_hand(&x).flat());
    if n > 1000 {
        // `fd` and `num-dual` take 10 000 passes of the function per call.
        g.group.sample_size(10);
    }
    g.primal(|| rosen(black_box(&x)));
    g.column("hand", EXACT, || rosen_hand(black_box(&x)));
    g.column("autodiff", EXACT, || rosen_grad(black_box(&x)));
    g.column("fd", FD, || fd_central(rosen, black_box(&x)));
    if n == 100 {
        g.column("num-dual-vec", EXACT, || {
            dualvec_grad::<100>(|v| rosen_generic(v), black_box(&x))
        });
    } else {
        g.not_available(
            "num-dual-vec",
            "a 10 000-wide vector dual (80 kB a number) is absurd",
        );
    }
    peer_columns!(&mut g, rosen_generic, &x);
    g.group.finish();
}

fn bench_mlp(c: &mut Criterion, notes: &mut Vec<Note>) {
    if !selected("mlp") {
        return;
    }
    let w = mlp_input();
    let mut g = Group::new(c, notes, "mlp", mlp_hand(&w).flat());
    g.primal(|| mlp(black_box(&w)));
    g.column("hand", EXACT, || mlp_hand(black_box(&w)));
    g.column("autodiff", EXACT, || mlp_grad(black_box(&w)));
    g.column("fd", FD, || fd_central(mlp, black_box(&w)));
    g.not_available(
        "num-dual-vec",
        "337 inputs: a 337-wide vector dual per number is absurd",
    );
    peer_columns!(&mut g, mlp_generic, &w);
    g.group.finish();
}

fn bench_lj(c: &mut Criterion, notes: &mut Vec<Note>) {
    if !selected("lj") {
        return;
    }
    let pos = lj_input();
    let mut g = Group::new(c, notes, "lj", lj_hand(&pos).flat());
    g.primal(|| lj(black_box(&pos)));
    g.column("hand", EXACT, || lj_hand(black_box(&pos)));
    g.column("autodiff", EXACT, || lj_grad(black_box(&pos)));
    g.column("fd", FD, || fd_central(lj, black_box(&pos)));
    g.not_available(
        "num-dual-vec",
        "192 inputs: a 192-wide vector dual per number is absurd",
    );
    peer_columns!(&mut g, lj_generic, &pos);
    g.group.finish();
}

fn bench_ode(c: &mut Criterion, notes: &mut Vec<Note>) {
    if !selected("ode") {
        return;
    }
    let (k, cc, a) = ode_input();
    let p = vec![k, cc, a];
    let mut g = Group::new(c, notes, "ode", ode_hand(k, cc, a).flat());
    g.primal(|| ode(black_box(k), black_box(cc), black_box(a)));
    g.column("hand", EXACT, || {
        ode_hand(black_box(k), black_box(cc), black_box(a))
    });
    g.column("autodiff", EXACT, || {
        ode_grad(black_box(k), black_box(cc), black_box(a))
    });
    g.column("fd", FD, || {
        fd_central_n(|v| ode(v[0], v[1], v[2]), black_box([k, cc, a]))
    });
    g.column("num-dual", EXACT, || {
        dual64_grad_n(|v| ode_generic(v[0], v[1], v[2]), black_box([k, cc, a]))
    });
    g.column("num-dual-vec", EXACT, || {
        dualvec_grad::<3>(|v| ode_generic(v[0], v[1], v[2]), black_box(&p))
    });
    let tape = reverse::Tape::new();
    g.column("reverse", EXACT, || {
        reverse_grad(&tape, |v| ode_generic(v[0], v[1], v[2]), black_box(&p))
    });
    g.column("echidna", EXACT, || {
        echidna_grad(|v| ode_generic(v[0], v[1], v[2]), black_box(&p))
    });
    g.column(
        "echidna-bytecode",
        EXACT,
        echidna_bytecode(|v| ode_generic(v[0], v[1], v[2]), p.clone()),
    );
    let list = WengertList::new();
    g.column("easy-ml", EXACT, || {
        easy_ml_grad(&list, |v| ode_generic(v[0], v[1], v[2]), black_box(&p))
    });
    g.column("ad_trait", EXACT, || {
        ad_trait_grad(|v| ode_generic(v[0], v[1], v[2]), black_box(&p))
    });
    g.group.finish();
}

// ---------------------------------------------------------------------------
// ADBench: GMM and LSTM
// ---------------------------------------------------------------------------

/// Finite differences and `num-dual` take one or two primal calls per input:
/// they are timed only up to this many inputs, and checked on
/// [`fd_sample`]'s coordinates beyond.
const FORWARD_MAX_INPUTS: usize = 300;
/// Run-time tapes record every operation: they are run only up to this many
/// recorded operations (about 1 GB of tape for the heaviest crate).
const TAPE_MAX_OPS: usize = 25_000_000;

/// Coordinates for a sampled finite-difference check: two in each of the
/// blocks starting at `offsets` (at a third and two thirds of the block).
fn fd_sample(offsets: &[usize], len: usize) -> Vec<usize> {
    let mut coords = Vec::new();
    for (b, &start) in offsets.iter().enumerate() {
        let end = offsets.get(b + 1).copied().unwrap_or(len);
        if end > start {
            coords.push(start + (end - start) / 3);
            coords.push(start + 2 * (end - start) / 3);
        }
    }
    coords
}

/// The `fd` column of a function with `inputs` inputs: timed (after the full
/// check) when it has at most [`FORWARD_MAX_INPUTS`] inputs, otherwise checked
/// on a sample of coordinates and reported as not timed.
fn fd_column(g: &mut Group, f: &(impl Fn(&[f64]) -> f64 + Copy), x: &[f64], offsets: &[usize]) {
    if x.len() <= FORWARD_MAX_INPUTS {
        g.column("fd", FD, || fd_central(*f, black_box(x)));
        return;
    }
    let coords = fd_sample(offsets, x.len());
    let fd = fd_coordinates(*f, x, &coords);
    let e = rel_err_at(&fd, &g.reference.1, &coords);
    if e <= FD {
        g.not_available(
            "fd",
            &format!(
                "not timed: {} inputs, 2n + 1 = {} primal calls per gradient; \
                 central differences agree with hand on {} sampled coordinates \
                 (relative error {e:.1e})",
                x.len(),
                2 * x.len() + 1,
                coords.len()
            ),
        );
    } else {
        eprintln!(
            "MISMATCH {}/fd on sampled coordinates: relative error {e:.3e}",
            g.name
        );
        g.note(
            "fd",
            format!("mismatch: relative error {e:.1e} on sampled coordinates"),
        );
    }
}

/// The tape columns, each tape dropped before the next column is built, for
/// a function of the flat parameter vector `x` whose generic copy is `$f`.
macro_rules! tape_columns {
    ($g:expr, $f:expr, $x:expr) => {{
        let g: &mut Group = $g;
        let x: &Vec<f64> = $x;
        {
            let tape = reverse::Tape::new();
            g.column("reverse", EXACT, || {
                reverse_grad(&tape, |v| $f(v), black_box(x))
            });
        }
        g.column("echidna", EXACT, || echidna_grad(|v| $f(v), black_box(x)));
        g.column(
            "echidna-bytecode",
            EXACT,
            echidna_bytecode(|v| $f(v), x.clone()),
        );
        {
            let list = WengertList::new();
            g.column("easy-ml", EXACT, || {
                easy_ml_grad(&list, |v| $f(v), black_box(x))
            });
        }
        g.column("ad_trait", EXACT, || ad_trait_grad(|v| $f(v), black_box(x)));
    }};
}

/// One GMM group: `$m` is the module of the dimension (`d2`, `d10`, `d64`).
macro_rules! bench_gmm {
    ($c:expr, $notes:expr, $m:ident, $k:expr) => {{
        let d = $m::D;
        let k: usize = $k;
        let n = 1000;
        let name = format!("gmm_d{d}_k{k}");
        if !selected(&name) {
            return;
        }
        let name: &'static str = Box::leak(name.into_boxed_str());
        let inp: GmmInput = gmm::gmm_input(d, k, n);
        let (alpha, mu, q, l, x) = (&inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x);
        let (gamma, m) = (inp.gamma, inp.m);
        let p = inp.params();
        let reference = $m::gmm_hand(alpha, mu, q, l, x, gamma, m).flat();
        let mut g = Group::new($c, $notes, name, reference);
        // Operations a tape records: about D² + 4D + 3 per point and component.
        let ops = n * k * (d * d + 4 * d + 3);
        if ops > 2_000_000 {
            g.group.sample_size(10).sampling_mode(SamplingMode::Flat);
        }
        g.primal(|| {
            $m::gmm(
                black_box(alpha),
                black_box(mu),
                black_box(q),
                black_box(l),
                black_box(x),
                gamma,
                m,
            )
        });
        g.column("hand", EXACT, || {
            $m::gmm_hand(
                black_box(alpha),
                black_box(mu),
                black_box(q),
                black_box(l),
                black_box(x),
                gamma,
                m,
            )
        });
        g.column("autodiff", EXACT, || {
            $m::gmm_grad(
                black_box(alpha),
                black_box(mu),
                black_box(q),
                black_box(l),
                black_box(x),
                gamma,
                m,
            )
        });
        // The objective rewritten for #[differentiate], and its gradient.
        g.value_column("primal-rw", || {
            $m::gmm_rewritten(
                black_box(alpha),
                black_box(mu),
                black_box(q),
                black_box(l),
                black_box(x),
                gamma,
                m,
            )
        });
        g.column("autodiff-rw", EXACT, || {
            $m::gmm_rewritten_grad(
                black_box(alpha),
                black_box(mu),
                black_box(q),
                black_box(l),
                black_box(x),
                gamma,
                m,
            )
        });
        let offsets = [0, k, k + k * d, k + 2 * k * d];
        let f = |v: &[f64]| {
            let (a, mu, q, l) = inp.split(v);
            $m::gmm(a, mu, q, l, x, gamma, m)
        };
        fd_column(&mut g, &f, &p, &offsets);
        if p.len() <= FORWARD_MAX_INPUTS {
            let mut buf = Vec::new();
            g.column("num-dual", EXACT, || {
                dual64_grad(
                    |v| {
                        let (a, mu, q, l) = inp.split(v);
                        $m::gmm_generic(a, mu, q, l, x, gamma, m)
                    },
                    black_box(&p),
                    &mut buf,
                )
            });
        } else {
            g.not_available(
                "num-dual",
                &format!("not timed: {} inputs, one dual pass per input", p.len()),
            );
        }
        if ops <= TAPE_MAX_OPS {
            tape_columns!(
                &mut g,
                |v| {
                    let (a, mu, q, l) = inp.split(v);
                    $m::gmm_generic(a, mu, q, l, x, gamma, m)
                },
                &p
            );
        } else {
            let why = format!(
                "not run: about {:.0} million operations to record per gradient",
                ops as f64 / 1e6
            );
            for col in [
                "reverse",
                "echidna",
                "echidna-bytecode",
                "easy-ml",
                "ad_trait",
            ] {
                g.not_available(col, &why);
            }
        }
        g.group.finish();
    }};
}

fn bench_gmm_d2(c: &mut Criterion, notes: &mut Vec<Note>, k: usize) {
    bench_gmm!(c, notes, d2, k);
}
fn bench_gmm_d10(c: &mut Criterion, notes: &mut Vec<Note>, k: usize) {
    bench_gmm!(c, notes, d10, k);
}
fn bench_gmm_d64(c: &mut Criterion, notes: &mut Vec<Note>, k: usize) {
    bench_gmm!(c, notes, d64, k);
}

fn bench_lstm(c: &mut Criterion, notes: &mut Vec<Note>) {
    let name = "lstm_l2_c1024";
    if !selected(name) {
        return;
    }
    let inp = lstm_input(LSTM_CHARS);
    let (mp, ep, st, sq) = (
        &inp.main_params,
        &inp.extra_params,
        &inp.state,
        &inp.sequence,
    );
    let p = inp.params();
    let mut g = Group::new(c, notes, name, lstm_hand(mp, ep, st, sq).flat());
    g.group.sample_size(10).sampling_mode(SamplingMode::Flat);
    g.primal(|| lstm(black_box(mp), black_box(ep), black_box(st), black_box(sq)));
    g.column("hand", EXACT, || {
        lstm_hand(black_box(mp), black_box(ep), black_box(st), black_box(sq))
    });
    g.column("autodiff", EXACT, || {
        lstm_grad(black_box(mp), black_box(ep), black_box(st), black_box(sq))
    });
    let f = |v: &[f64]| {
        let (m, e) = inp.split(v);
        lstm(m, e, st, sq)
    };
    fd_column(&mut g, &f, &p, &[0, mp.len()]);
    let mut buf = Vec::new();
    g.column("num-dual", EXACT, || {
        dual64_grad(
            |v| {
                let (m, e) = inp.split(v);
                lstm_generic(m, e, st, sq)
            },
            black_box(&p),
            &mut buf,
        )
    });
    tape_columns!(
        &mut g,
        |v| {
            let (m, e) = inp.split(v);
            lstm_generic(m, e, st, sq)
        },
        &p
    );
    g.group.finish();
}

// ---------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------

/// Where criterion writes (the same rule as `report.py`): `$CRITERION_HOME`,
/// else `$CARGO_TARGET_DIR/criterion`, else the workspace's
/// `target/criterion`.
fn criterion_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(d);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target")));
    target.join("criterion")
}

fn main() {
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(700))
        .measurement_time(Duration::from_secs(2))
        .without_plots()
        .configure_from_args();
    let mut notes = Vec::new();
    bench_seed2(&mut c, &mut notes);
    bench_rosen_2(&mut c, &mut notes);
    bench_rosen_n(&mut c, &mut notes, 100);
    bench_rosen_n(&mut c, &mut notes, 10_000);
    bench_mlp(&mut c, &mut notes);
    bench_lj(&mut c, &mut notes);
    bench_ode(&mut c, &mut notes);
    for k in [5, 25, 100] {
        bench_gmm_d2(&mut c, &mut notes, k);
    }
    for k in [5, 25, 100] {
        bench_gmm_d10(&mut c, &mut notes, k);
    }
    for k in [5, 25, 100] {
        bench_gmm_d64(&mut c, &mut notes, k);
    }
    bench_lstm(&mut c, &mut notes);
    c.final_summary();

    let dir = criterion_dir();
    let path = dir.join("autodiff-benches-notes.tsv");
    // The start time lets report.py tell this run's estimates from older ones.
    let mut text = format!("#started\t{started}\n");
    // The notes of the groups this run skipped (a filtered run) are kept.
    let ran: std::collections::HashSet<&str> = notes.iter().map(|n| n.0.as_str()).collect();
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    for line in old.lines() {
        let mut parts = line.split('\t');
        if let (Some(g), Some(_), Some(_)) = (parts.next(), parts.next(), parts.next()) {
            if !ran.contains(g) {
                text += line;
                text += "\n";
            }
        }
    }
    for Note(g, col, s) in &notes {
        text += &format!("{g}\t{col}\t{s}\n");
    }
    let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text));
    if let Err(e) = written {
        eprintln!("could not write the notes to {}: {e}", dir.display());
    }
}
