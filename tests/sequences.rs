//! Parts of sequences: subslices bound with `let` (`&x[a..b]`, `&x[1..]`,
//! `&x[..n]`) and indexed, measured and iterated; `split_at`; `first()`
//! and `last()` as options; `len()`; and vectors built with
//! `vec![a, b, c]` and `vec![x; n]`.
//!
//! Every gradient is checked against forward mode, central finite
//! differences and, where it is short, a formula derived by hand.

use approx::assert_relative_eq;
use autodiff::differentiate;

mod common;
use common::{check_all, check_hvp};

/// Forward differences of the tail against the head:
/// `Σ_i (x[i+1] - x[i])²` written with two subslices.
#[differentiate(hessian)]
fn squared_steps(x: &[f64]) -> f64 {
    let head = &x[..x.len() - 1];
    let tail = &x[1..];
    let mut s = 0.0;
    for i in 0..tail.len() {
        let d = tail[i] - head[i];
        s += d * d;
    }
    s
}

#[test]
fn subslices_are_indexed_and_measured() {
    let x = [0.5, -1.0, 2.0, 0.25, 1.5];
    let g = check_all(squared_steps, squared_steps_grad, squared_steps_jvp, &x);
    // ∂/∂x_k = 2(x_k - x_{k-1}) - 2(x_{k+1} - x_k), the missing terms zero.
    for k in 0..x.len() {
        let left = if k > 0 { 2.0 * (x[k] - x[k - 1]) } else { 0.0 };
        let right = if k + 1 < x.len() {
            2.0 * (x[k + 1] - x[k])
        } else {
            0.0
        };
        assert_relative_eq!(g[k], left - right, max_relative = 1e-14);
    }
    check_hvp(squared_steps_grad, squared_steps_hvp, &x);
}

/// A bounded subslice iterated by a chain, a subslice of a subslice, and a
/// `for` loop over one: `Σ x[a..b] · Π x[a..b][1..]`.
#[differentiate]
fn window_stats(x: &[f64], a: usize, b: usize) -> f64 {
    let w = &x[a..b];
    let total: f64 = w.iter().sum();
    let inner = &w[1..];
    let mut product = 1.0;
    for &v in inner.iter() {
        product *= v;
    }
    total * product + w.len() as f64
}

#[test]
fn subslices_of_subslices_are_iterated() {
    let x = [0.5, -1.0, 2.0, 0.25, 1.5, 3.0];
    let g = check_all(
        |x| window_stats(x, 1, 4),
        |x| window_stats_grad(x, 1, 4),
        |x, t| window_stats_jvp(x, 1, 4, t),
        &x,
    );
    // w = (x1, x2, x3): ∂/∂x1 = x2 x3, ∂/∂x2 = x2 x3 + (x1 + x2 + x3) x3, ...
    let (s, p) = (x[1] + x[2] + x[3], x[2] * x[3]);
    assert_relative_eq!(g[1], p, max_relative = 1e-14);
    assert_relative_eq!(g[2], p + s * x[3], max_relative = 1e-14);
    assert_relative_eq!(g[3], p + s * x[2], max_relative = 1e-14);
    assert_eq!((g[0], g[4], g[5]), (0.0, 0.0, 0.0));
}

/// `split_at` into two views: a weighted difference of their sums.
#[differentiate]
fn split_balance(x: &[f64], k: usize) -> f64 {
    let (left, right) = x.split_at(k);
    let l: f64 = left.iter().map(|v| v * v).sum();
    let r: f64 = right.iter().sum();
    l - 2.0 * r + (left.len() * right.len()) as f64
}

#[test]
fn split_at_gives_two_views() {
    let x = [0.5, -1.0, 2.0, 0.25, 1.5];
    let g = check_all(
        |x| split_balance(x, 2),
        |x| split_balance_grad(x, 2),
        |x, t| split_balance_jvp(x, 2, t),
        &x,
    );
    assert_eq!(g, vec![1.0, -2.0, -2.0, -2.0, -2.0]);
    assert_eq!(split_balance(&x, 2), split_balance_grad(&x, 2).0);
}

/// `first()` and `last()` as options: the ends of a sequence, or a default
/// for an empty one.
#[differentiate(hessian)]
fn ends(x: &[f64]) -> f64 {
    let a = x.first().copied().unwrap_or(0.0);
    let b = match x.last() {
        Some(v) => *v,
        None => 1.0,
    };
    let mut s = a * b * b;
    if let Some(m) = x[1..].first() {
        s += m.sin();
    }
    s
}

#[test]
fn first_and_last_are_options_of_the_ends() {
    let x = [0.5, -1.0, 2.0, 1.5];
    let g = check_all(ends, ends_grad, ends_jvp, &x);
    // a b² + sin x1: (b², cos x1, 0, 2ab).
    assert_relative_eq!(g[0], x[3] * x[3], max_relative = 1e-15);
    assert_relative_eq!(g[1], x[1].cos(), max_relative = 1e-15);
    assert_eq!(g[2], 0.0);
    assert_relative_eq!(g[3], 2.0 * x[0] * x[3], max_relative = 1e-15);
    check_hvp(ends_grad, ends_hvp, &x);
    // One element: a = b = x0 and no second element: x0³.
    let (v, g) = ends_grad(&[2.0]);
    assert_eq!((v, g), (8.0, vec![12.0]));
}

/// `a b²` of the ends, `(0, 1)` for an empty sequence.
#[differentiate]
fn ends_or_defaults(x: &[f64]) -> f64 {
    let a = x.first().copied().unwrap_or(0.0);
    let b = match x.last() {
        Some(v) => *v,
        None => 1.0,
    };
    a * b * b + 0.5
}

#[test]
fn first_and_last_of_an_empty_sequence_give_the_defaults() {
    assert_eq!(ends_or_defaults_grad(&[]), (0.5, vec![]));
    assert_eq!(ends_or_defaults_jvp(&[], &[]), (0.5, 0.0));
    assert_eq!(ends_or_defaults_grad(&[2.0, 3.0]), (18.5, vec![9.0, 12.0]));
}

/// `vec![a, b, c]` of differentiable values, indexed and iterated, next to
/// `vec![x; n]`.
#[allow(clippy::useless_vec)] // `vec!` is what this function shows
#[differentiate]
fn polynomial(t: f64, n: usize) -> f64 {
    let coefficients = vec![1.0, t, t * t, 2.0 * t];
    let powers = vec![t; n];
    let mut s = 0.0;
    for (k, c) in coefficients.iter().enumerate() {
        s += c * powers[k % n];
    }
    s + coefficients.len() as f64
}

#[test]
fn vec_literals_carry_their_elements_derivatives() {
    // (1 + t + t² + 2t) t + 4 = t + 3t² + t³ + 4: derivative 1 + 6t + 3t².
    for t in [-0.5, 0.3, 1.7] {
        let (v, g) = polynomial_grad(t, 2);
        assert_eq!(v, polynomial(t, 2));
        assert_relative_eq!(g, 1.0 + 6.0 * t + 3.0 * t * t, max_relative = 1e-14);
        let (_, d) = polynomial_jvp(t, 2, 1.0);
        assert_relative_eq!(d, g, max_relative = 1e-14);
        autodiff::check_gradient(|p: &[f64]| polynomial(p[0], 2), &[t], &[g], 1e-6).unwrap();
    }
}

#[differentiate]
fn sum_of_squares(v: &[f64]) -> f64 {
    v.iter().map(|t| t * t).sum()
}

/// Copies of subslices (`to_vec`) passed on to a differentiated function:
/// `Σ_{i≥1} x_i² + Σ_{i<2} x_i² + Σ_{i≥2} x_i²`.
#[allow(clippy::unnecessary_to_owned)] // the copy is what is tested
#[differentiate]
fn passed_on(x: &[f64]) -> f64 {
    let tail: Vec<f64> = x[1..].to_vec();
    let head = x[..2].to_vec();
    sum_of_squares(&tail) + sum_of_squares(&head) + sum_of_squares(&x[2..].to_vec())
}

#[test]
fn copies_of_subslices_are_passed_to_differentiated_functions() {
    let x = [0.5, -1.0, 2.0, 0.25];
    let g = check_all(passed_on, passed_on_grad, passed_on_jvp, &x);
    assert_eq!(g, vec![1.0, -4.0, 8.0, 1.0]);
}

/// Subslices passed as they are, of a parameter and of a local, the same
/// element in several of them, and inside a loop:
/// `Σ_{i≥1} x_i² + Σ_{i<2} (k x_i)² + Σ_j Σ_{i∈[j, j+2)} x_i²`.
#[differentiate]
fn subslices_passed(x: &[f64], k: f64) -> f64 {
    let y: Vec<f64> = x.iter().map(|v| k * v).collect();
    let mut s = sum_of_squares(&x[1..]) + sum_of_squares(&y[..2]);
    for j in 0..x.len() - 1 {
        s += sum_of_squares(&x[j..j + 2]);
    }
    s
}

#[test]
fn subslices_are_passed_to_differentiated_functions() {
    let (x, k) = ([0.5, -1.0, 2.0, 0.25], 1.5);
    let f = |p: &[f64]| subslices_passed(&p[..4], p[4]);
    let grad = |p: &[f64]| {
        let (v, (gx, gk)) = subslices_passed_grad(&p[..4], p[4]);
        let mut g = gx;
        g.push(gk);
        (v, g)
    };
    let jvp = |p: &[f64], t: &[f64]| subslices_passed_jvp(&p[..4], p[4], &t[..4], t[4]);
    let p = [x[0], x[1], x[2], x[3], k];
    let g = check_all(f, grad, jvp, &p);
    // By hand: x_0 is in the second sum (as k x_0) and in one window,
    // x_1 in the first, second and two windows, x_2 in the first and two
    // windows, x_3 in the first and one window.
    let expected = [
        2.0 * k * k * x[0] + 2.0 * x[0],
        2.0 * x[1] + 2.0 * k * k * x[1] + 4.0 * x[1],
        2.0 * x[2] + 4.0 * x[2],
        2.0 * x[3] + 2.0 * x[3],
        2.0 * k * (x[0] * x[0] + x[1] * x[1]),
    ];
    for (a, b) in g.iter().zip(&expected) {
        assert_relative_eq!(*a, *b, max_relative = 1e-14);
    }
}

// `vec!` on purpose: the vectors are what is tested.
#[allow(clippy::useless_vec)]
#[differentiate]
fn rows_of_pairs(x: f64, y: f64) -> f64 {
    let p = vec![[x, 2.0 * y], [x * y, x]];
    let q = vec![[y, 3.0]; 3];
    p[0][1] + p[1][0] + q[2][0] * q[1][0] + p[1][1]
}

#[test]
fn vectors_of_arrays_from_literals_and_repeats() {
    let (x, y) = (1.5, -0.75);
    let (value, (gx, gy)) = rows_of_pairs_grad(x, y);
    assert_relative_eq!(value, 2.0 * y + x * y + y * y + x);
    // By hand: d/dx = y + 1, d/dy = 2 + x + 2 y.
    assert_relative_eq!(gx, y + 1.0);
    assert_relative_eq!(gy, 2.0 + x + 2.0 * y);
    let (_, t) = rows_of_pairs_jvp(x, y, 0.3, -0.2);
    assert_relative_eq!(t, 0.3 * gx - 0.2 * gy, epsilon = 1e-14);
}
