//! `#[checkpoint]` loops give the same gradients as plain ones while storing
//! one snapshot per segment instead of one record per iteration.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// The damped driven pendulum of the benchmarks, RK4, h = 0.05.
macro_rules! pendulum {
    ($name:ident, $($marker:tt)*) => {
        #[differentiate]
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
pendulum!(pendulum_sqrt, #[checkpoint]);
pendulum!(pendulum_every_7, #[checkpoint(every = 7)]);

#[test]
fn checkpointed_pendulum_gradients_equal_the_plain_ones() {
    for steps in [0, 1, 7, 200, 203] {
        let (v, g) = pendulum_plain_grad(4.0, 0.3, 0.5, steps);
        for (w, h) in [
            pendulum_sqrt_grad(4.0, 0.3, 0.5, steps),
            pendulum_every_7_grad(4.0, 0.3, 0.5, steps),
        ] {
            assert_eq!(v, w);
            assert_relative_eq!(g.0, h.0, max_relative = 1e-12);
            assert_relative_eq!(g.1, h.1, max_relative = 1e-12);
            assert_relative_eq!(g.2, h.2, max_relative = 1e-12);
        }
    }
    let (_, g) = pendulum_sqrt_grad(4.0, 0.3, 0.5, 200);
    let f = |p: &[f64]| pendulum_plain(p[0], p[1], p[2], 200);
    check_gradient(f, &[4.0, 0.3, 0.5], &[g.0, g.1, g.2], 1e-6).unwrap();
    let _ = (
        pendulum_sqrt(4.0, 0.3, 0.5, 3),
        pendulum_every_7(4.0, 0.3, 0.5, 3),
    );
}

/// Explicit Euler for a damped oscillator, 10^5 steps, with a branch (a
/// one-sided spring) inside the loop.
#[differentiate]
fn oscillator_plain(k: f64, c: f64, x0: f64, steps: usize) -> f64 {
    let (mut x, mut v) = (x0, 0.0);
    let h = 1e-3;
    for _ in 0..steps {
        let spring = if x > 0.0 { -k * x } else { -0.5 * k * x };
        let acc = spring - c * v;
        x += h * v;
        v += h * acc;
    }
    0.5 * v * v + 0.5 * k * x * x
}

#[differentiate]
fn oscillator_checkpointed(k: f64, c: f64, x0: f64, steps: usize) -> f64 {
    let (mut x, mut v) = (x0, 0.0);
    let h = 1e-3;
    #[checkpoint]
    for _ in 0..steps {
        let spring = if x > 0.0 { -k * x } else { -0.5 * k * x };
        let acc = spring - c * v;
        x += h * v;
        v += h * acc;
    }
    0.5 * v * v + 0.5 * k * x * x
}

#[test]
fn checkpointed_oscillator_with_a_branch_over_100_000_steps() {
    let steps = 100_000;
    let (v, g) = oscillator_plain_grad(4.0, 0.3, 1.0, steps);
    let (w, h) = oscillator_checkpointed_grad(4.0, 0.3, 1.0, steps);
    assert_eq!(v, w);
    assert_relative_eq!(g.0, h.0, max_relative = 1e-12);
    assert_relative_eq!(g.1, h.1, max_relative = 1e-12);
    assert_relative_eq!(g.2, h.2, max_relative = 1e-12);
    // Memory: the plain tape keeps (x, v) for every step, the checkpointed
    // one √n snapshots of (i, x, v) and one segment of (x, v).
    use autodiff::tape::{reset_peak, stats};
    reset_peak();
    let _ = oscillator_plain_grad(4.0, 0.3, 1.0, steps);
    let plain = stats().peak;
    reset_peak();
    let _ = oscillator_checkpointed_grad(4.0, 0.3, 1.0, steps);
    let checkpointed = stats().peak;
    assert!(plain >= steps * 16, "plain peak {plain}");
    assert!(
        checkpointed * 50 < plain,
        "checkpointed peak {checkpointed} vs plain {plain}"
    );
    let f = |p: &[f64]| oscillator_checkpointed(p[0], p[1], p[2], 2_000);
    let (_, g) = oscillator_checkpointed_grad(4.0, 0.3, 1.0, 2_000);
    check_gradient(f, &[4.0, 0.3, 1.0], &[g.0, g.1, g.2], 1e-6).unwrap();
    assert_eq!(
        oscillator_plain(4.0, 0.3, 1.0, 10),
        oscillator_checkpointed(4.0, 0.3, 1.0, 10)
    );
}
