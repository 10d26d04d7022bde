//! A long simulation differentiated in bounded memory with `#[checkpoint]`.
//!
//! A chain of 8 masses joined by springs, integrated with symplectic Euler.
//! Reverse mode needs, for every step, the values the step overwrites; for
//! this chain that is about 200 bytes per step, so 10⁷ steps would need a
//! 1.9 GiB tape. Marking the time loop `#[checkpoint]` keeps a snapshot of the state
//! every √n steps instead and recomputes each segment during the reverse
//! sweep: one extra forward pass for a tape of a few megabytes.
//!
//! The example prints the memory/time trade-off at 10⁴, 10⁵ and 10⁶ steps
//! for the benchmarks' RK4 pendulum and for the chain,
//! then fits the damping of a 10⁷-step run to a target final energy under a
//! 64 MiB tape budget, and reports the peak tape size.
//!
//! Run with `cargo run --release --example long_simulation`.

use autodiff::differentiate;
use autodiff::tape::{reset_peak, stats};
use std::time::Instant;

const N: usize = 8;

macro_rules! chain {
    ($name:ident, $($marker:tt)*) => {
        /// The chain's energy after `steps` steps, started with the first
        /// mass displaced.
        #[differentiate(wrt(damping))]
        fn $name(k: f64, damping: f64, steps: usize) -> f64 {
            let mut x = [0.0_f64; N];
            let mut v = [0.0_f64; N];
            x[0] = 1.0;
            let h = 1e-3;
            $($marker)*
            for _ in 0..steps {
                let mut a = [0.0; N];
                for j in 0..N {
                    let left = if j > 0 { x[j - 1] } else { 0.0 };
                    let right = if j + 1 < N { x[j + 1] } else { 0.0 };
                    a[j] = k * (left + right - 2.0 * x[j]) - damping * v[j];
                }
                for j in 0..N {
                    v[j] += h * a[j];
                    x[j] += h * v[j];
                }
            }
            let mut energy = 0.0;
            for j in 0..N {
                energy += 0.5 * v[j] * v[j] + 0.5 * k * x[j] * x[j];
            }
            energy
        }
    };
}

chain!(chain_plain,);
chain!(chain_checkpointed, #[checkpoint]);

/// The damped driven pendulum of the benchmarks (RK4, h = 0.05).
macro_rules! pendulum {
    ($name:ident, $($marker:tt)*) => {
        #[differentiate(wrt(k))]
        fn $name(k: f64, c: f64, a: f64, steps: usize) -> f64 {
            let (mut th, mut om) = (1.0_f64, 0.0_f64);
            let h = 0.05;
            $($marker)*
            for _ in 0..steps {
                let k1t = om;
                let k1o = -k * th.sin() - c * om + a;
                let k2t = om + 0.5 * h * k1o;
                let k2o = -k * (th + 0.5 * h * k1t).sin() - c * (om + 0.5 * h * k1o) + a;
                let k3t = om + 0.5 * h * k2o;
                let k3o = -k * (th + 0.5 * h * k2t).sin() - c * (om + 0.5 * h * k2o) + a;
                let k4t = om + h * k3o;
                let k4o = -k * (th + h * k3t).sin() - c * (om + h * k3o) + a;
                th += h / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
                om += h / 6.0 * (k1o + 2.0 * k2o + 2.0 * k3o + k4o);
            }
            th * th + om * om
        }
    };
}

pendulum!(pendulum_plain,);
pendulum!(pendulum_checkpointed, #[checkpoint]);

fn table(
    name: &str,
    plain: impl Fn(usize) -> (f64, f64),
    checkpointed: impl Fn(usize) -> (f64, f64),
) {
    println!("{name}");
    println!("    steps      plain tape   plain time   checkpointed tape   checkpointed time");
    for steps in [10_000, 100_000, 1_000_000] {
        let (v1, g1, p1, t1) = measure(|| plain(steps));
        let (v2, g2, p2, t2) = measure(|| checkpointed(steps));
        assert_eq!(v1, v2);
        assert!((g1 - g2).abs() <= 1e-12 * g1.abs(), "{g1} vs {g2}");
        println!(
            "{steps:>9}  {:>11.2} MiB  {:>9.3} s  {:>15.3} MiB  {:>16.3} s",
            mib(p1),
            t1,
            mib(p2),
            t2
        );
    }
}

fn measure(f: impl Fn() -> (f64, f64)) -> (f64, f64, usize, f64) {
    reset_peak();
    let start = Instant::now();
    let (value, gradient) = f();
    let seconds = start.elapsed().as_secs_f64();
    (value, gradient, stats().peak, seconds)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    table(
        "pendulum (RK4), gradient with respect to k",
        |n| pendulum_plain_grad(4.0, 0.3, 0.5, n),
        |n| pendulum_checkpointed_grad(4.0, 0.3, 0.5, n),
    );
    let (k, damping) = (50.0, 1e-4);
    table(
        "chain of 8 masses, gradient with respect to the damping",
        |n| chain_plain_grad(k, damping, n),
        |n| chain_checkpointed_grad(k, damping, n),
    );

    // Fit the damping so the energy after 10^7 steps (10^4 time units)
    // matches a target, under a tape budget that the plain tape (about
    // 336 B × 10^7 = 3.1 GiB) would break by far. Newton on log(energy).
    let steps = 10_000_000;
    let budget = 64 * 1024 * 1024;
    let true_damping = 1e-4;
    let target = chain_checkpointed(k, true_damping, steps);
    let mut c = 5e-5;
    println!(
        "\nfitting the damping over {steps} steps (true value {true_damping:e}), tape budget {} MiB",
        mib(budget)
    );
    for iteration in 0..5 {
        let (energy, de_dc, peak, seconds) = measure(|| chain_checkpointed_grad(k, c, steps));
        assert!(peak <= budget, "peak tape {peak} bytes over the budget");
        let residual = (energy / target).ln();
        println!(
            "iteration {iteration}: damping = {c:.9e}, log(energy/target) = {residual:+.3e}, \
             peak tape {:.2} MiB, {seconds:.2} s per gradient",
            mib(peak)
        );
        c -= residual / (de_dc / energy);
    }
    println!("fitted damping {c:.9e}, true {true_damping:e}");
}
