//! Fits the spring constant and the damping of a simulated oscillator to
//! observed positions, by gradient descent through 1,000 explicit-Euler
//! steps differentiated with `#[differentiate]`.
//!
//! ```text
//! cargo run --release --example simulation
//! ```
//!
//! The oscillator x'' = -k x - c x' starts at x = 1, v = 0 and is observed
//! every 100 steps (h = 0.01, so every second for ten seconds). The
//! observations come from the same simulation with the true parameters, so
//! the fit should recover them to many digits.

use autodiff::differentiate;

const STEP: f64 = 0.01;
const OBSERVATIONS: usize = 10;
const STEPS_PER_OBSERVATION: usize = 100;

/// Sum of squared differences between the simulated and the observed
/// positions; differentiated with respect to `k` and `c` only.
#[differentiate(wrt(k, c))]
fn trajectory_loss(k: f64, c: f64, observed: &[f64; OBSERVATIONS]) -> f64 {
    let mut x = 1.0;
    let mut v = 0.0;
    let mut loss = 0.0;
    for &target in observed.iter() {
        for _ in 0..STEPS_PER_OBSERVATION {
            let a = -k * x - c * v;
            x += STEP * v;
            v += STEP * a;
        }
        let r = x - target;
        loss += r * r;
    }
    loss
}

/// The observed positions: the same simulation, run by ordinary code.
fn observe(k: f64, c: f64) -> [f64; OBSERVATIONS] {
    let (mut x, mut v) = (1.0_f64, 0.0_f64);
    let mut positions = [0.0; OBSERVATIONS];
    for p in positions.iter_mut() {
        for _ in 0..STEPS_PER_OBSERVATION {
            let a = -k * x - c * v;
            x += STEP * v;
            v += STEP * a;
        }
        *p = x;
    }
    positions
}

fn main() {
    let (true_k, true_c) = (4.0, 0.35);
    let observed = observe(true_k, true_c);
    assert_eq!(trajectory_loss(true_k, true_c, &observed), 0.0);

    // Gradient descent with a backtracking step size: halve the step until
    // the loss decreases enough (Armijo's condition), then try a longer
    // step on the next iteration.
    let (mut k, mut c) = (3.5, 0.1);
    let mut rate = 0.1;
    let (mut loss, (mut dk, mut dc)) = trajectory_loss_grad(k, c, &observed);
    println!("start:        k = {k:.6}, c = {c:.6}, loss = {loss:.3e}");
    let mut iterations = 0;
    while iterations < 1000 && loss > 1e-24 {
        iterations += 1;
        let squared_norm = dk * dk + dc * dc;
        loop {
            let (k_new, c_new) = (k - rate * dk, c - rate * dc);
            let loss_new = trajectory_loss(k_new, c_new, &observed);
            if loss_new <= loss - 0.5 * rate * squared_norm {
                (k, c) = (k_new, c_new);
                break;
            }
            rate *= 0.5;
        }
        rate *= 2.0;
        (loss, (dk, dc)) = trajectory_loss_grad(k, c, &observed);
        if iterations % 5 == 0 {
            println!("iteration {iterations:3}: k = {k:.6}, c = {c:.6}, loss = {loss:.3e}");
        }
    }
    println!("converged after {iterations} iterations, loss = {loss:.3e}");
    println!(
        "spring constant k: true {true_k:.6}, fitted {k:.10} (error {:.1e})",
        (k - true_k).abs()
    );
    println!(
        "damping c:         true {true_c:.6}, fitted {c:.10} (error {:.1e})",
        (c - true_c).abs()
    );
    assert!((k - true_k).abs() < 1e-6 && (c - true_c).abs() < 1e-6);
}
