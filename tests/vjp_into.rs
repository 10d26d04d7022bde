//! `NAME_vjp_into`: the gradient added into buffers the caller owns. Each
//! case checks that the buffers end as their starting contents plus the
//! gradient, the gradient itself against central differences or a
//! hand-derived formula, and the buffers' shapes for every parameter kind.

#![allow(clippy::needless_range_loop)] // index loops are what is differentiated

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Scalars, a fixed array, a slice and a `Vec`, in one loop.
#[allow(clippy::ptr_arg)] // a `&Vec` parameter is one of the kinds under test
#[differentiate]
fn mixed(k: f64, a: [f64; 2], x: &[f64], v: &Vec<f64>) -> f64 {
    let mut s = k * a[0];
    for i in 0..x.len() {
        s += (x[i] * v[i]).sin() * k + a[1] * x[i];
    }
    s * s
}

/// `mixed` over one flat vector, for finite differences.
fn mixed_flat(p: &[f64]) -> f64 {
    let n = (p.len() - 3) / 2;
    mixed(p[0], [p[1], p[2]], &p[3..3 + n], &p[3 + n..].to_vec())
}

#[test]
fn buffers_of_every_kind_get_the_gradient_added() {
    let (k, a) = (0.7, [0.5, -1.25]);
    let x = vec![0.3, -0.8, 1.1];
    let v = vec![1.5, 0.25, -0.6];
    let (mut gk, mut ga, mut gx, mut gv) = (1.0, [2.0, -3.0], vec![0.5; 3], vec![-0.25; 3]);
    let value = mixed_vjp_into(k, a, &x, &v, 2.0, (&mut gk, &mut ga, &mut gx, &mut gv));
    assert_eq!(value, mixed(k, a, &x, &v));

    let mut p = vec![k, a[0], a[1]];
    p.extend(&x);
    p.extend(&v);
    let fd = autodiff::finite_difference_gradient(mixed_flat, &p);
    let got: Vec<f64> = [gk - 1.0, ga[0] - 2.0, ga[1] + 3.0]
        .into_iter()
        .chain(gx.iter().map(|g| g - 0.5))
        .chain(gv.iter().map(|g| g + 0.25))
        .map(|g| g / 2.0)
        .collect();
    for (g, e) in got.iter().zip(&fd) {
        assert_relative_eq!(*g, *e, max_relative = 1e-6, epsilon = 1e-8);
    }
    // `_vjp` is the same sweep into zeroed buffers.
    let (_, (dk, da, dx, dv)) = mixed_vjp(k, a, &x, &v, 2.0);
    assert_relative_eq!(dk, gk - 1.0, max_relative = 1e-12);
    for i in 0..2 {
        assert_relative_eq!(da[i], ga[i] - [2.0, -3.0][i], max_relative = 1e-12);
    }
    for i in 0..3 {
        assert_relative_eq!(dx[i], gx[i] - 0.5, max_relative = 1e-12);
        assert_relative_eq!(dv[i], gv[i] + 0.25, max_relative = 1e-12);
    }
}

/// One differentiable parameter: `grads` is a bare `&mut [f64]`.
#[differentiate(wrt(x))]
fn weighted_norm(x: &[f64], w: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += w[i] * x[i] * x[i];
    }
    s.sqrt()
}

#[test]
fn gradients_accumulate_over_calls_like_a_minibatch() {
    let w = [1.0, 2.0, 0.5];
    let batch = [[0.3, -0.4, 1.2], [1.0, 0.5, -0.5], [-0.2, 0.9, 0.1]];
    let mut g = vec![0.0; 3];
    for x in &batch {
        weighted_norm_vjp_into(x, &w, 1.0, &mut g);
    }
    // d/dx_i sqrt(sum w x²) = w_i x_i / norm, summed over the batch.
    for i in 0..3 {
        let expected: f64 = batch
            .iter()
            .map(|x| w[i] * x[i] / weighted_norm(x, &w))
            .sum();
        assert_relative_eq!(g[i], expected, max_relative = 1e-14);
    }
}

/// A tuple parameter: its buffer is a tuple of the same shape.
#[differentiate]
fn polar(p: (f64, [f64; 2]), s: f64) -> f64 {
    let (r, t) = p;
    r * (t[0] * s).cos() + t[1] * s
}

#[test]
fn a_tuple_parameter_has_a_tuple_buffer() {
    let p = (2.0, [0.4, -1.5]);
    let s = 0.8;
    let mut gp = (0.0, [0.0; 2]);
    let mut gs = 10.0;
    let value = polar_vjp_into(p, s, 1.0, (&mut gp, &mut gs));
    assert_eq!(value, polar(p, s));
    let (r, t) = p;
    assert_relative_eq!(gp.0, (t[0] * s).cos(), max_relative = 1e-15);
    assert_relative_eq!(gp.1[0], -r * s * (t[0] * s).sin(), max_relative = 1e-15);
    assert_relative_eq!(gp.1[1], s, max_relative = 1e-15);
    assert_relative_eq!(
        gs - 10.0,
        -r * t[0] * (t[0] * s).sin() + t[1],
        max_relative = 1e-14
    );
}

/// A callee taking a slice: its pullback's slot is added into the caller's
/// buffer.
#[differentiate]
fn dot_self(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

/// Calls, a branch on the data, and a whole-slice read through `iter`.
#[differentiate]
fn calls_and_branches(x: &[f64], c: f64) -> f64 {
    let e = dot_self(x);
    let m = if x[0] > 0.0 { x[0] * c } else { x[1] / c };
    let t: f64 = x.iter().map(|v| v.sin()).sum();
    e * m + t + dot_self(x) * c
}

#[test]
fn calls_branches_and_iterators_add_into_the_buffer() {
    for x in [vec![0.6, -0.2, 1.4], vec![-0.6, 0.3, 0.9]] {
        let c = 1.3;
        let mut g = (vec![1.0; 3], 0.5);
        let value = calls_and_branches_vjp_into(&x, c, 1.0, (&mut g.0, &mut g.1));
        assert_eq!(value, calls_and_branches(&x, c));
        let gx: Vec<f64> = g.0.iter().map(|v| v - 1.0).collect();
        let f = |y: &[f64]| calls_and_branches(y, c);
        if let Err(e) = check_gradient(f, &x, &gx, 1e-6) {
            panic!("{e}");
        }
        let fc = |y: &[f64]| calls_and_branches(&x, y[0]);
        if let Err(e) = check_gradient(fc, &[c], &[g.1 - 0.5], 1e-6) {
            panic!("{e}");
        }
    }
}

/// A function generic over its float type.
#[differentiate]
fn logistic_sum<T: num_traits::Float>(x: &[T], k: T) -> T {
    let mut s = T::zero();
    for i in 0..x.len() {
        s = s + T::one() / (T::one() + (-k * x[i]).exp());
    }
    s
}

#[test]
fn generic_float_code_adds_into_buffers_of_its_float_type() {
    let x = [0.5_f32, -1.0, 2.0];
    let mut gx = vec![0.0_f32; 3];
    let mut gk = 0.0_f32;
    let value = logistic_sum_vjp_into(&x, 1.5, 1.0, (&mut gx, &mut gk));
    assert_eq!(value, logistic_sum(&x, 1.5));
    for i in 0..3 {
        let s = 1.0 / (1.0 + (-1.5 * x[i]).exp());
        assert_relative_eq!(gx[i], 1.5 * s * (1.0 - s), max_relative = 1e-6);
    }
    let (_, (dx, dk)) = logistic_sum_grad(&x, 1.5_f32);
    assert_eq!(dx, gx);
    assert_eq!(dk, gk);
}

/// A user-written rule: `NAME_vjp_into` adds what the user's `NAME_vjp`
/// returns.
#[differentiate(custom)]
fn scaled_sum(x: &[f64], k: f64) -> f64 {
    k * x.iter().sum::<f64>()
}

fn scaled_sum_vjp(x: &[f64], k: f64, d_out: f64) -> (f64, (Vec<f64>, f64)) {
    (
        scaled_sum(x, k),
        (vec![k * d_out; x.len()], d_out * x.iter().sum::<f64>()),
    )
}

fn scaled_sum_jvp(x: &[f64], k: f64, d_x: &[f64], d_k: f64) -> (f64, f64) {
    let s: f64 = x.iter().sum();
    (scaled_sum(x, k), k * d_x.iter().sum::<f64>() + d_k * s)
}

#[test]
fn a_user_written_rule_gets_an_into_companion() {
    let x = [1.0, 2.0, 4.0];
    let mut g = (vec![1.0; 3], 1.0);
    let value = scaled_sum_vjp_into(&x, 0.5, 2.0, (&mut g.0, &mut g.1));
    assert_eq!(value, 3.5);
    assert_eq!(g.0, vec![2.0; 3]);
    assert_eq!(g.1, 15.0);
    assert_eq!(scaled_sum_jvp(&x, 0.5, &[1.0; 3], 0.0).1, 1.5);
    // `_grad` goes through the same rule.
    assert_eq!(scaled_sum_grad(&x, 0.5).1, (vec![0.5; 3], 7.0));
}

struct Spring {
    k: f64,
}

impl Spring {
    /// A method: the receiver is a constant.
    #[differentiate]
    fn energy(&self, x: &[f64]) -> f64 {
        let mut e = 0.0;
        for i in 1..x.len() {
            let d = x[i] - x[i - 1] - 1.0;
            e += 0.5 * self.k * d * d;
        }
        e
    }
}

#[test]
fn a_method_adds_into_its_buffer() {
    let s = Spring { k: 3.0 };
    let x = [0.0, 1.2, 1.9, 3.5];
    let mut g = vec![0.0; 4];
    let value = s.energy_vjp_into(&x, 1.0, &mut g);
    assert_eq!(value, s.energy(&x));
    if let Err(e) = check_gradient(|y| s.energy(y), &x, &g, 1e-6) {
        panic!("{e}");
    }
}
