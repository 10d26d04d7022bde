//! Data-parallel gradients with rayon: the loss of a small network summed
//! over a data set, its gradient split across threads. Each thread runs
//! `batch_loss_vjp_into` on its share of the samples into a buffer of its
//! own, and the buffers are summed. The generated code holds no state of
//! its own between calls (each call's tape is a local), so it runs on any
//! number of threads as it is.
//!
//! `cargo run --release --example parallel_gradient`

use autodiff::differentiate;
use rayon::prelude::*;
use std::time::Instant;

const INPUTS: usize = 8;
const HIDDEN: usize = 16;
/// Weights: `HIDDEN × INPUTS`, then `HIDDEN` biases, `HIDDEN` output
/// weights and one output bias.
const WEIGHTS: usize = HIDDEN * INPUTS + 2 * HIDDEN + 1;

/// Half the squared error of an `INPUTS`-`HIDDEN`-1 tanh network, summed
/// over the samples of `xs` (`INPUTS` each) and `ys`.
#[differentiate(wrt(w))]
fn batch_loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for s in 0..ys.len() {
        let mut out = w[WEIGHTS - 1];
        for h in 0..HIDDEN {
            let mut a = w[HIDDEN * INPUTS + h];
            for i in 0..INPUTS {
                a += w[h * INPUTS + i] * xs[s * INPUTS + i];
            }
            out += w[HIDDEN * INPUTS + HIDDEN + h] * a.tanh();
        }
        let r = out - ys[s];
        loss += 0.5 * r * r;
    }
    loss
}

/// Loss and gradient over all samples on one thread, into `grad`.
fn gradient_serial(w: &[f64], xs: &[f64], ys: &[f64], grad: &mut [f64]) -> f64 {
    grad.fill(0.0);
    batch_loss_vjp_into(w, xs, ys, 1.0, grad)
}

/// Loss and gradient over all samples, `chunk` samples per task: each task
/// adds into its thread's buffer, then the buffers are summed.
fn gradient_parallel(w: &[f64], xs: &[f64], ys: &[f64], chunk: usize) -> (f64, Vec<f64>) {
    ys.par_chunks(chunk)
        .zip(xs.par_chunks(chunk * INPUTS))
        .fold(
            || (0.0, vec![0.0; w.len()]),
            |(loss, mut grad), (y, x)| {
                let l = batch_loss_vjp_into(w, x, y, 1.0, &mut grad);
                (loss + l, grad)
            },
        )
        .reduce(
            || (0.0, vec![0.0; w.len()]),
            |(la, mut ga), (lb, gb)| {
                ga.iter_mut().zip(&gb).for_each(|(a, b)| *a += b);
                (la + lb, ga)
            },
        )
}

/// The best of `runs` timings of `f`, in milliseconds.
fn best_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    // A deterministic data set: a smooth target of 8 inputs.
    let samples = 40_000;
    let xs: Vec<f64> = (0..samples * INPUTS)
        .map(|k| ((k * 7919) % 1000) as f64 / 500.0 - 1.0)
        .collect();
    let ys: Vec<f64> = (0..samples)
        .map(|s| {
            let x = &xs[s * INPUTS..(s + 1) * INPUTS];
            (x[0] * x[1]).sin() + 0.5 * x[2] - 0.25 * x[3] * x[4] + 0.1 * x[7]
        })
        .collect();
    let mut w: Vec<f64> = (0..WEIGHTS)
        .map(|k| 0.3 * ((k * 37 % 23) as f64 / 11.0 - 1.0))
        .collect();

    // The parallel gradient is the serial one, up to the order of the sums.
    let mut serial = vec![0.0; WEIGHTS];
    let loss = gradient_serial(&w, &xs, &ys, &mut serial);
    let (ploss, parallel) = gradient_parallel(&w, &xs, &ys, 1_000);
    assert!((loss - ploss).abs() <= 1e-10 * loss.abs());
    for (a, b) in serial.iter().zip(&parallel) {
        assert!((a - b).abs() <= 1e-9 * a.abs().max(1.0), "{a} vs {b}");
    }

    let threads = rayon::current_num_threads();
    let t1 = best_ms(5, || {
        gradient_serial(&w, &xs, &ys, &mut serial);
    });
    let tn = best_ms(5, || {
        std::hint::black_box(gradient_parallel(&w, &xs, &ys, 1_000));
    });
    println!(
        "gradient of the loss over {samples} samples ({WEIGHTS} weights): \
         1 thread {t1:.1} ms, {threads} threads {tn:.1} ms, speed-up {:.2}x",
        t1 / tn
    );

    // Gradient descent with the parallel gradient.
    let first = loss / samples as f64;
    for step in 0..=60 {
        let (l, g) = gradient_parallel(&w, &xs, &ys, 1_000);
        if step % 20 == 0 {
            println!("step {step:3}: mean loss {:.5}", l / samples as f64);
        }
        for (wi, gi) in w.iter_mut().zip(&g) {
            *wi -= 0.5 * gi / samples as f64;
        }
    }
    let last = batch_loss(&w, &xs, &ys) / samples as f64;
    println!("mean loss {first:.5} -> {last:.5}");
    assert!(last < first, "the descent went downhill");
}
