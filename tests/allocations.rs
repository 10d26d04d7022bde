//! Heap allocations made by generated derivatives, counted by a global
//! allocator that wraps `System`.
//!
//! Only allocations made on the measuring thread while measuring are
//! counted (a thread-local switch), and measurements are serialized by a
//! lock (the counter is shared), so test threads running in parallel, and
//! the test harness itself, cannot disturb the counts.

#![allow(clippy::needless_range_loop)] // index loops are what is differentiated

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use autodiff::differentiate;

struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

/// Held while measuring: only one thread counts at a time.
static MEASURING: Mutex<()> = Mutex::new(());

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

fn note_allocation() {
    // `try_with`: the thread-local may already be gone while a thread exits.
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments; the
// counting touches neither the memory nor the layouts.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: forwarded from the caller, who upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation();
        // SAFETY: as for `alloc`; `ptr` was allocated by `System` via this
        // allocator with `layout`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `realloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Runs `f` and returns its result and the number of allocations
/// (`alloc`, `alloc_zeroed` and `realloc` calls) it made on this thread.
fn count_allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    // A test that failed while measuring poisons the lock; the counter is
    // still consistent, since it is read afresh below.
    let _guard = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    COUNTING.with(|c| c.set(true));
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let result = f();
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    COUNTING.with(|c| c.set(false));
    (result, after - before)
}

/// Straight-line code over fixed arrays: no loop, nothing to store.
#[differentiate]
fn straight_line(x: [f64; 4], w: &[f64; 4]) -> f64 {
    let a = x[0] * w[0] + x[1] * w[1];
    let b = (x[2] * w[2]).sin() - x[3].exp() * w[3];
    let c = [a * b, a / (1.0 + b * b)];
    c[0].tanh() + c[1] * x[3]
}

/// Straight-line code with an array return.
#[differentiate]
fn straight_line_array(x: &[f64; 3]) -> [f64; 3] {
    [x[1] * x[2], x[2] * x[0], x[0].sin() * x[1]]
}

/// A loop of known trip count whose reverse sweep needs every intermediate
/// product: the tape is needed.
#[differentiate]
fn running_product(x: [f64; 16]) -> f64 {
    let mut p = 1.0;
    for i in 0..16 {
        p = p * x[i] + 0.5 * p.sin();
    }
    p
}

/// A loop whose reverse sweep needs nothing from the forward sweep: the
/// adjoint of `s += x[i] * x[i]` reads only `x`, which does not change.
#[differentiate]
fn sum_of_squares(x: [f64; 16]) -> f64 {
    let mut s = 0.0;
    for i in 0..16 {
        s += x[i] * x[i];
    }
    s
}

/// A loop over a slice: the trip count `x.len()` is known before the loop.
#[differentiate]
fn running_product_slice(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p = p * x[i] + 0.5 * p.sin();
    }
    p
}

#[test]
fn counting_works() {
    let (v, n) = count_allocations(|| black_box(vec![1.0_f64; 10]));
    assert_eq!(v.len(), 10);
    assert_eq!(n, 1);
    let (_, n) = count_allocations(|| {
        let mut v: Vec<f64> = Vec::new();
        for i in 0..100 {
            v.push(black_box(i as f64));
        }
        v
    });
    assert!(n > 1, "growing a Vec reallocates: {n}");
    let (_, n) = count_allocations(|| black_box(1.0_f64).sin());
    assert_eq!(n, 0);
}

#[test]
fn straight_line_fixed_array_code_allocates_nothing() {
    let x = [0.3, -1.2, 0.8, 0.1];
    let w = [1.5, 0.25, -2.0, 0.7];
    // Warm up (nothing lazy should be involved, but measure a second call).
    black_box(straight_line_grad(black_box(x), black_box(&w)));
    let ((value, (gx, gw)), n) =
        count_allocations(|| straight_line_grad(black_box(x), black_box(&w)));
    assert_eq!(n, 0, "straight_line_grad allocated {n} times");
    assert_eq!(value, straight_line(x, &w));
    assert!(gx.iter().chain(&gw).all(|g| g.is_finite() && *g != 0.0));

    let (_, n) = count_allocations(|| straight_line_vjp(black_box(x), black_box(&w), 2.0));
    assert_eq!(n, 0, "straight_line_vjp allocated {n} times");
    let (_, n) =
        count_allocations(|| straight_line_jvp(black_box(x), black_box(&w), [1.0; 4], &[0.5; 4]));
    assert_eq!(n, 0, "straight_line_jvp allocated {n} times");

    let y = [0.5, 2.0, -1.0];
    let ((out, g), n) =
        count_allocations(|| straight_line_array_vjp(black_box(&y), [1.0, -1.0, 0.5]));
    assert_eq!(n, 0, "straight_line_array_vjp allocated {n} times");
    assert_eq!(out, straight_line_array(&y));
    // ∂/∂y0 = -y2 + 0.5 cos(y0) y1, ∂/∂y1 = y2 + 0.5 sin(y0), ∂/∂y2 = y1 - y0.
    let g0 = -y[2] + 0.5 * y[0].cos() * y[1];
    assert!((g[0] - g0).abs() < 1e-15, "{} vs {g0}", g[0]);
    assert_eq!(g[1], y[2] + 0.5 * y[0].sin());
    assert_eq!(g[2], y[1] - y[0]);
}

#[test]
fn a_loop_that_needs_the_tape_allocates_exactly_once() {
    let x: [f64; 16] = std::array::from_fn(|i| 0.9 + 0.02 * i as f64);
    black_box(running_product_grad(black_box(x)));
    let ((value, g), n) = count_allocations(|| running_product_grad(black_box(x)));
    assert_eq!(
        n, 1,
        "running_product_grad allocated {n} times: the tape should be \
         reserved once for the known trip count"
    );
    assert_eq!(value, running_product(x));
    // The last factor: ∂p/∂x_15 = p_15 (the product before the last step).
    let mut p = 1.0_f64;
    for &xi in &x[..15] {
        p = p * xi + 0.5 * p.sin();
    }
    assert_eq!(g[15], p);
    // The same for the reverse mode with a seed, and repeatedly.
    for seed in [1.0, -2.0, 0.5] {
        let (_, n) = count_allocations(|| running_product_vjp(black_box(x), seed));
        assert_eq!(n, 1, "running_product_vjp allocated {n} times");
    }
    // Forward mode carries tangents along and needs no tape at all.
    let (_, n) = count_allocations(|| running_product_jvp(black_box(x), [1.0; 16]));
    assert_eq!(n, 0, "running_product_jvp allocated {n} times");
}

#[test]
fn a_loop_that_stores_nothing_allocates_nothing() {
    let x: [f64; 16] = std::array::from_fn(|i| i as f64 - 7.5);
    black_box(sum_of_squares_grad(black_box(x)));
    let ((value, g), n) = count_allocations(|| sum_of_squares_grad(black_box(x)));
    assert_eq!(n, 0, "sum_of_squares_grad allocated {n} times");
    assert_eq!(value, sum_of_squares(x));
    assert_eq!(g, x.map(|v| 2.0 * v));
}

#[test]
fn a_slice_loop_allocates_the_gradient_and_the_tape_once_each() {
    let x: Vec<f64> = (0..1000).map(|i| 0.999 + 1e-6 * i as f64).collect();
    black_box(running_product_slice_grad(black_box(&x)));
    let ((value, g), n) = count_allocations(|| running_product_slice_grad(black_box(&x)));
    assert_eq!(
        n, 2,
        "running_product_slice_grad allocated {n} times: expected one `Vec` \
         for the gradient and one tape reserved for x.len() iterations"
    );
    assert_eq!(value, running_product_slice(&x));
    assert_eq!(g.len(), 1000);
}

/// A least-squares line fit, `w = [slope, intercept]`: each sample's
/// residual is recomputed in the reverse sweep, nothing is stored.
#[differentiate(wrt(w))]
fn line_fit(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for s in 0..ys.len() {
        let r = w[0] * xs[s] + w[1] - ys[s];
        loss += 0.5 * r * r;
    }
    loss
}

/// A least-squares fit of a linear model: each prediction is an inner
/// loop, whose result the reverse sweep reads, so it is stored.
#[differentiate(wrt(w))]
fn least_squares(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let n = w.len();
    let mut loss = 0.0;
    for s in 0..ys.len() {
        let mut pred = 0.0;
        for j in 0..n {
            pred += w[j] * xs[s * n + j];
        }
        let r = pred - ys[s];
        loss += 0.5 * r * r;
    }
    loss
}

/// The Rosenbrock function over a slice.
#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

/// A data-fit loss of weights `w` over `(xs, ys)`.
type Loss = fn(&[f64], &[f64], &[f64]) -> f64;
/// Its `_vjp_into`.
type LossVjpInto = fn(&[f64], &[f64], &[f64], f64, &mut [f64]) -> f64;

/// Gradient descent on `loss`, `steps` steps of `vjp_into` into one
/// buffer; returns the allocations made and the loss before and after.
fn descend(
    loss: Loss,
    vjp_into: LossVjpInto,
    w: &mut [f64],
    data: (&[f64], &[f64]),
    steps: usize,
) -> (usize, f64, f64) {
    let (xs, ys) = data;
    let mut grad = vec![0.0_f64; w.len()];
    let before = loss(w, xs, ys);
    let (_, allocations) = count_allocations(|| {
        for _ in 0..steps {
            grad.iter_mut().for_each(|g| *g = 0.0);
            black_box(vjp_into(w, xs, ys, 1.0, &mut grad));
            for (wi, gi) in w.iter_mut().zip(&grad) {
                *wi -= 0.05 * gi;
            }
        }
    });
    (allocations, before, loss(w, xs, ys))
}

#[test]
fn a_training_step_into_caller_buffers_allocates_nothing() {
    let xs: Vec<f64> = (0..16).map(|i| i as f64 * 0.25 - 2.0).collect();
    let ys: Vec<f64> = xs.iter().map(|x| 1.5 * x - 0.5).collect();
    let mut w = vec![0.0_f64; 2];
    let (allocations, before, after) =
        descend(line_fit, line_fit_vjp_into, &mut w, (&xs, &ys), 200);
    assert_eq!(
        allocations, 0,
        "200 training steps allocated {allocations} times"
    );
    // The steps went downhill to the line the data lie on.
    assert!(after < 1e-6 * before, "{before} -> {after}");
    assert!(
        (w[0] - 1.5).abs() < 1e-3 && (w[1] + 0.5).abs() < 1e-3,
        "{w:?}"
    );

    let x: Vec<f64> = (0..100).map(|i| 0.5 + 0.01 * i as f64).collect();
    let mut g = vec![0.0_f64; x.len()];
    let (_, allocations) =
        count_allocations(|| black_box(rosenbrock_vjp_into(black_box(&x), 1.0, &mut g)));
    assert_eq!(
        allocations, 0,
        "rosenbrock_vjp_into allocated {allocations} times"
    );
    assert_eq!(g, rosenbrock_grad(&x).1);
}

#[test]
fn a_training_step_whose_sweep_needs_a_tape_allocates_only_the_tape() {
    let (n, samples) = (4, 8);
    let xs: Vec<f64> = (0..n * samples)
        .map(|i| ((i * 7) % 5) as f64 * 0.3 - 0.6)
        .collect();
    let ys: Vec<f64> = (0..samples).map(|s| s as f64 * 0.1 - 0.2).collect();
    let mut w = vec![0.1_f64; n];
    let (allocations, before, after) = descend(
        least_squares,
        least_squares_vjp_into,
        &mut w,
        (&xs, &ys),
        50,
    );
    assert_eq!(
        allocations, 50,
        "50 steps allocated {allocations} times: expected one tape each"
    );
    assert!(after < before, "{before} -> {after}");
}

#[test]
fn into_buffers_a_loop_that_needs_the_tape_allocates_only_the_tape() {
    let x: Vec<f64> = (0..1000).map(|i| 0.999 + 1e-6 * i as f64).collect();
    let mut g = vec![0.0_f64; x.len()];
    black_box(running_product_slice_vjp_into(black_box(&x), 1.0, &mut g));
    let (_, n) = count_allocations(|| running_product_slice_vjp_into(black_box(&x), 1.0, &mut g));
    assert_eq!(
        n, 1,
        "running_product_slice_vjp_into allocated {n} times: expected the tape once"
    );
}
