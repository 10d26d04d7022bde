//! The loss of a small network summed over a data set, for the
//! data-parallel benchmark (`benches/benches/parallel.rs`): its gradient on
//! one thread against the same gradient split across all cores with rayon,
//! each task adding into its thread's buffer with `batch_loss_vjp_into`.
//! The same function as `examples/parallel_gradient.rs`.

use autodiff::differentiate;

/// Inputs per sample.
pub const INPUTS: usize = 8;
/// Hidden units.
pub const HIDDEN: usize = 16;
/// Weights: `HIDDEN × INPUTS`, `HIDDEN` biases, `HIDDEN` output weights
/// and one output bias.
pub const WEIGHTS: usize = HIDDEN * INPUTS + 2 * HIDDEN + 1;

/// Half the squared error of an `INPUTS`-`HIDDEN`-1 tanh network, summed
/// over the samples of `xs` (`INPUTS` each) and `ys`.
#[differentiate(wrt(w))]
pub fn batch_loss(w: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
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

/// A deterministic data set of `samples` samples and starting weights.
pub fn data(samples: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let xs: Vec<f64> = (0..samples * INPUTS)
        .map(|k| ((k * 7919) % 1000) as f64 / 500.0 - 1.0)
        .collect();
    let ys: Vec<f64> = (0..samples)
        .map(|s| {
            let x = &xs[s * INPUTS..(s + 1) * INPUTS];
            (x[0] * x[1]).sin() + 0.5 * x[2] - 0.25 * x[3] * x[4] + 0.1 * x[7]
        })
        .collect();
    let w = (0..WEIGHTS)
        .map(|k| 0.3 * ((k * 37 % 23) as f64 / 11.0 - 1.0))
        .collect();
    (xs, ys, w)
}

/// Loss and gradient on one thread, into `grad`.
pub fn gradient_serial(w: &[f64], xs: &[f64], ys: &[f64], grad: &mut [f64]) -> f64 {
    grad.fill(0.0);
    batch_loss_vjp_into(w, xs, ys, 1.0, grad)
}

/// Loss and gradient with rayon, `chunk` samples per task.
#[cfg(feature = "peers")]
pub fn gradient_parallel(w: &[f64], xs: &[f64], ys: &[f64], chunk: usize) -> (f64, Vec<f64>) {
    use rayon::prelude::*;
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
