//! The gradient `#[differentiate]` generates, plugged into `argmin`'s
//! `CostFunction` and `Gradient` traits and minimised with L-BFGS and a
//! Moré–Thuente line search: the 10-dimensional Rosenbrock function, and a
//! least-squares fit of an exponential decay a·exp(−k t) + c to noisy data.
//!
//! ```text
//! cargo run --release --example optimize
//! ```
//!
//! Both objectives take their parameters as a slice `&[f64]`, so the
//! generated `NAME_grad` returns a `Vec<f64>`, which is what argmin's `Vec`
//! backend (`argmin-math` with the `vec` feature) expects.

use argmin::core::observers::{Observe, ObserverMode};
use argmin::core::{CostFunction, Error, Executor, Gradient, IterState, KV, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use autodiff::{check_gradient, differentiate};

// ------------------------------------------------------------- objectives

/// The extended Rosenbrock function Σ (1 − xᵢ)² + 100 (xᵢ₊₁ − xᵢ²)²,
/// minimum 0 at (1, …, 1).
#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..x.len() - 1 {
        let a = 1.0 - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum += a * a + 100.0 * b * b;
    }
    sum
}

/// Half the sum of squared residuals of y ≈ a·exp(−k t) + c, with
/// `p = [a, k, c]`; the data are constants (`wrt(p)`).
#[differentiate(wrt(p))]
fn decay_loss(p: &[f64], t: &[f64], y: &[f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..t.len() {
        let r = p[0] * (-p[1] * t[i]).exp() + p[2] - y[i];
        sum += r * r;
    }
    0.5 * sum
}

// ------------------------------------------------- the argmin problem types

struct Rosenbrock;

impl CostFunction for Rosenbrock {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, x: &Vec<f64>) -> Result<f64, Error> {
        Ok(rosenbrock(x))
    }
}

impl Gradient for Rosenbrock {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;

    fn gradient(&self, x: &Vec<f64>) -> Result<Vec<f64>, Error> {
        Ok(rosenbrock_grad(x).1)
    }
}

struct DecayFit {
    t: Vec<f64>,
    y: Vec<f64>,
}

impl CostFunction for DecayFit {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, p: &Vec<f64>) -> Result<f64, Error> {
        Ok(decay_loss(p, &self.t, &self.y))
    }
}

impl Gradient for DecayFit {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;

    fn gradient(&self, p: &Vec<f64>) -> Result<Vec<f64>, Error> {
        Ok(decay_loss_grad(p, &self.t, &self.y).1)
    }
}

/// Prints the cost and the gradient norm every few iterations.
struct Progress;

type LbfgsState = IterState<Vec<f64>, Vec<f64>, (), (), (), f64>;

impl Observe<LbfgsState> for Progress {
    fn observe_iter(&mut self, state: &LbfgsState, _kv: &KV) -> Result<(), Error> {
        let norm = state
            .get_gradient()
            .map_or(f64::NAN, |g| g.iter().map(|v| v * v).sum::<f64>().sqrt());
        println!(
            "  iteration {:3}: cost {:.6e}, |gradient| {norm:.3e}",
            state.get_iter(),
            state.get_cost()
        );
        Ok(())
    }
}

fn summary(state: &LbfgsState) {
    let counts = state.get_func_counts();
    println!(
        "  stopped after {} iterations ({}): cost {:.3e}, {} cost and {} gradient evaluations",
        state.get_iter(),
        state
            .get_termination_reason()
            .map_or("-".to_string(), |r| r.to_string()),
        state.get_best_cost(),
        counts.get("cost_count").copied().unwrap_or(0),
        counts.get("gradient_count").copied().unwrap_or(0),
    );
}

// ------------------------------------------------------------------- data

/// A 64-bit linear congruential generator (Knuth's MMIX constants), with a
/// Box–Muller normal, so the "noisy measurements" are the same every run.
struct Lcg(u64);

impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn normal(&mut self) -> f64 {
        let u = 1.0 - self.uniform();
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

fn main() -> Result<(), Error> {
    // 1. Rosenbrock in ten dimensions from the classic start (−1.2, 1, …).
    let n = 10;
    let x0: Vec<f64> = (0..n)
        .map(|i| if i % 2 == 0 { -1.2 } else { 1.0 })
        .collect();
    let (f0, g0) = rosenbrock_grad(&x0);
    check_gradient(rosenbrock, &x0, &g0, 1e-7)
        .expect("generated gradient agrees with finite differences");
    println!("Rosenbrock, n = {n}: L-BFGS (m = 7) with the Moré–Thuente line search");
    println!("  start: cost {f0:.6e}, gradient checked against central differences");

    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7)
        .with_tolerance_grad(1e-10)?
        .with_tolerance_cost(0.0)?;
    let result = Executor::new(Rosenbrock, solver)
        .configure(|state| state.param(x0).max_iters(200).counting(true))
        .add_observer(Progress, ObserverMode::Every(10))
        .run()?;
    let state = result.state();
    summary(state);
    let x = state.get_best_param().expect("a best parameter");
    let text: Vec<String> = x.iter().map(|v| format!("{v:.8}")).collect();
    println!("  x = [{}]", text.join(", "));
    let error = x.iter().map(|v| (v - 1.0).abs()).fold(0.0, f64::max);
    println!("  max |xᵢ − 1| = {error:.1e}");
    assert!(
        error < 1e-6,
        "L-BFGS did not reach the minimum at (1, …, 1)"
    );

    // 2. Fit a·exp(−k t) + c to 40 noisy samples of 3·exp(−0.7 t) + 0.5.
    let (a, k, c) = (3.0, 0.7, 0.5);
    let mut rng = Lcg(7);
    let t: Vec<f64> = (0..40).map(|i| 0.25 * i as f64).collect();
    let y: Vec<f64> = t
        .iter()
        .map(|&t| a * (-k * t).exp() + c + 0.05 * rng.normal())
        .collect();
    let p0 = vec![1.0, 0.1, 0.0];
    let problem = DecayFit { t, y };
    let (_, g) = decay_loss_grad(&p0, &problem.t, &problem.y);
    check_gradient(|p| decay_loss(p, &problem.t, &problem.y), &p0, &g, 1e-7)
        .expect("generated gradient agrees with finite differences");
    println!();
    println!("Exponential decay y = a·exp(−k t) + c: least squares on 40 points (noise σ = 0.05)");
    println!("  start: a = {}, k = {}, c = {}", p0[0], p0[1], p0[2]);

    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7).with_tolerance_grad(1e-10)?;
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(p0).max_iters(100).counting(true))
        .add_observer(Progress, ObserverMode::Every(5))
        .run()?;
    let state = result.state();
    summary(state);
    let p = state.get_best_param().expect("a best parameter");
    println!("             a          k          c");
    println!("  true   {a:>9.5}  {k:>9.5}  {c:>9.5}");
    println!("  fitted {:>9.5}  {:>9.5}  {:>9.5}", p[0], p[1], p[2]);
    let residual = (2.0 * state.get_best_cost() / 40.0).sqrt();
    println!("  root-mean-square residual {residual:.4} (the noise was 0.05)");
    assert!((p[0] - a).abs() < 0.1 && (p[1] - k).abs() < 0.05 && (p[2] - c).abs() < 0.05);
    Ok(())
}
