//! A `Vec` that grows: `Vec::new()` and `Vec::with_capacity(n)` followed by
//! `push` (in loops and in branches) and `extend_from_slice`, read by the
//! rest of the body (indexed, measured, iterated, passed on, returned).
//!
//! Every gradient is checked against forward mode, central finite
//! differences and, where it is short, a formula derived by hand.

// Index loops and pushes after `Vec::new()` are what is differentiated.
#![allow(clippy::needless_range_loop, clippy::vec_init_then_push)]

use approx::assert_relative_eq;
use autodiff::differentiate;

mod common;
use common::{check_all, check_hvp};

/// The squares pushed in a loop, then summed with weights:
/// `Σ_i (i + 1) x_i²`.
#[differentiate(hessian)]
fn weighted_squares(x: &[f64]) -> f64 {
    let mut v = Vec::with_capacity(x.len());
    for &a in x {
        v.push(a * a);
    }
    let mut s = 0.0;
    for i in 0..v.len() {
        s += (i + 1) as f64 * v[i];
    }
    s
}

#[test]
fn pushes_in_a_loop() {
    let x = [0.5, -1.0, 2.0, 0.25];
    let g = check_all(
        weighted_squares,
        weighted_squares_grad,
        weighted_squares_jvp,
        &x,
    );
    for k in 0..x.len() {
        assert_relative_eq!(g[k], 2.0 * (k + 1) as f64 * x[k], max_relative = 1e-14);
    }
    check_hvp(weighted_squares_grad, weighted_squares_hvp, &x);
}

/// Pushes in a branch: only the positive elements, each times the previous
/// element pushed (a recurrence through the growing `Vec`), then a chain
/// over it.
#[differentiate]
fn positive_products(x: &[f64]) -> f64 {
    let mut v: Vec<f64> = Vec::new();
    v.push(1.0);
    for i in 0..x.len() {
        if x[i] > 0.0 {
            let last = v[v.len() - 1];
            v.push(last * x[i]);
        }
    }
    v.iter().map(|t| t.sin()).sum::<f64>()
}

#[test]
fn pushes_in_a_branch() {
    let x = [0.5, -1.0, 2.0, 0.25, -0.3, 1.5];
    let g = check_all(
        positive_products,
        positive_products_grad,
        positive_products_jvp,
        &x,
    );
    // The negative elements are never pushed.
    assert_eq!((g[1], g[4]), (0.0, 0.0));
    // v = [1, a, ab, abc, abcd] with a, b, c, d the positive elements.
    let p = [x[0], x[2], x[3], x[5]];
    let mut prefix = vec![1.0];
    for &t in &p {
        let last = prefix[prefix.len() - 1];
        prefix.push(last * t);
    }
    // ∂/∂p_k Σ_j sin(v_j) = Σ_{j>k} cos(v_j) v_j / p_k.
    let expect = |k: usize| -> f64 {
        (k + 1..prefix.len())
            .map(|j| prefix[j].cos() * prefix[j] / p[k])
            .sum()
    };
    assert_relative_eq!(g[0], expect(0), max_relative = 1e-12);
    assert_relative_eq!(g[2], expect(1), max_relative = 1e-12);
    assert_relative_eq!(g[3], expect(2), max_relative = 1e-12);
    assert_relative_eq!(g[5], expect(3), max_relative = 1e-12);
}

/// `extend_from_slice` of a whole slice and of a subslice, then pushes.
#[differentiate]
fn extended(x: &[f64], y: f64) -> f64 {
    let mut v = Vec::new();
    v.extend_from_slice(&x[1..3]);
    v.push(y * y);
    v.extend_from_slice(x);
    let mut s = 0.0;
    for (i, &t) in v.iter().enumerate() {
        s += t * (i as f64 + 0.5);
    }
    s * y
}

#[test]
fn extend_from_slice_copies_elements() {
    let x = [0.5, -1.0, 2.0, 0.25];
    let y = 1.5;
    let f = |z: &[f64]| extended(&z[..4], z[4]);
    let grad = |z: &[f64]| {
        let (v, (gx, gy)) = extended_grad(&z[..4], z[4]);
        let mut g = gx;
        g.push(gy);
        (v, g)
    };
    let jvp = |z: &[f64], t: &[f64]| extended_jvp(&z[..4], z[4], &t[..4], t[4]);
    let z = [x[0], x[1], x[2], x[3], y];
    let g = check_all(f, grad, jvp, &z);
    // v = [x1, x2, y², x0, x1, x2, x3] with weights 0.5, 1.5, ..., 6.5.
    assert_relative_eq!(g[0], 3.5 * y, max_relative = 1e-14);
    assert_relative_eq!(g[1], (0.5 + 4.5) * y, max_relative = 1e-14);
    assert_relative_eq!(g[2], (1.5 + 5.5) * y, max_relative = 1e-14);
    assert_relative_eq!(g[3], 6.5 * y, max_relative = 1e-14);
}

#[differentiate]
fn sum_of_squares(v: &[f64]) -> f64 {
    v.iter().map(|t| t * t).sum()
}

/// A grown `Vec` passed to an annotated function.
#[differentiate]
fn passed_on(x: &[f64]) -> f64 {
    let mut v = Vec::new();
    for i in 1..x.len() {
        v.push(x[i] - x[i - 1]);
    }
    sum_of_squares(&v)
}

#[test]
fn a_grown_vec_is_passed_to_a_function() {
    let x = [0.5, -1.0, 2.0, 0.25, 1.0];
    let g = check_all(passed_on, passed_on_grad, passed_on_jvp, &x);
    for k in 0..x.len() {
        let left = if k > 0 { 2.0 * (x[k] - x[k - 1]) } else { 0.0 };
        let right = if k + 1 < x.len() {
            2.0 * (x[k + 1] - x[k])
        } else {
            0.0
        };
        assert_relative_eq!(g[k], left - right, max_relative = 1e-14);
    }
}

/// A grown `Vec` returned: `[x0, 2 x1, 3 x2, ...]` then `x0 · x_last`.
#[differentiate]
fn grown(x: &[f64]) -> Vec<f64> {
    let mut v = Vec::with_capacity(x.len() + 1);
    for (i, &t) in x.iter().enumerate() {
        v.push((i + 1) as f64 * t);
    }
    v.push(x[0] * x[x.len() - 1]);
    v
}

#[test]
fn a_grown_vec_is_returned() {
    let x = [0.5, -1.0, 2.0];
    let seed = vec![1.0, -2.0, 0.5, 3.0];
    let (v, g) = grown_vjp(&x, seed.clone());
    assert_eq!(v, grown(&x));
    assert_eq!(v.len(), 4);
    // Transpose of the Jacobian applied to the seed, by hand.
    let expect = [
        1.0 * seed[0] + x[2] * seed[3],
        2.0 * seed[1],
        3.0 * seed[2] + x[0] * seed[3],
    ];
    for k in 0..3 {
        assert_relative_eq!(g[k], expect[k], max_relative = 1e-14);
    }
    let t = [0.25, -1.0, 0.5];
    let (vj, dv) = grown_jvp(&x, &t);
    assert_eq!(vj, v);
    let dot: f64 = dv.iter().zip(&seed).map(|(a, b)| a * b).sum();
    let gt: f64 = g.iter().zip(&t).map(|(a, b)| a * b).sum();
    assert_relative_eq!(dot, gt, max_relative = 1e-14);
}

/// `collect` after a `filter`: the elements that get through are pushed.
/// `Σ_j (j + 1) p_j²` over the positive elements `p` of `x`, and their
/// count.
#[differentiate]
fn kept_squares(x: &[f64]) -> f64 {
    let pos: Vec<f64> = x.iter().copied().filter(|v| *v > 0.0).collect();
    let mut s = 0.0;
    for (j, &p) in pos.iter().enumerate() {
        s += (j + 1) as f64 * p * p;
    }
    s + pos.len() as f64
}

#[test]
fn collect_after_filter() {
    let x = [0.5, -1.0, 2.0, 0.25, -0.3, 1.5];
    let g = check_all(kept_squares, kept_squares_grad, kept_squares_jvp, &x);
    assert_eq!(
        kept_squares(&x),
        0.25 + 2.0 * 4.0 + 3.0 * 0.0625 + 4.0 * 2.25 + 4.0
    );
    let expect = [
        2.0 * 0.5,
        0.0,
        2.0 * 2.0 * 2.0,
        3.0 * 2.0 * 0.25,
        0.0,
        4.0 * 2.0 * 1.5,
    ];
    for k in 0..x.len() {
        assert_relative_eq!(g[k], expect[k], max_relative = 1e-14);
    }
}

/// `collect` after `map` and `filter` with `take_while`, then returned.
#[differentiate]
fn leading_logs(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|v| v * v)
        .take_while(|v| *v < 4.0)
        .filter(|v| *v > 0.1)
        .map(|v| v.ln())
        .collect::<Vec<_>>()
}

#[test]
fn collect_after_take_while_is_returned() {
    let x = [0.5, -1.0, 0.2, 1.5, 3.0, 0.5];
    let (v, g) = leading_logs_vjp(&x, vec![1.0, 2.0, -1.0]);
    assert_eq!(v, leading_logs(&x));
    assert_eq!(v.len(), 3);
    // Kept: x0 (0.25), x1 (1.0), x3 (2.25); x2 (0.04) is filtered out, and
    // x4 stops the chain. d ln(x²)/dx = 2/x.
    let expect = [2.0 / 0.5, 2.0 * 2.0 / -1.0, 0.0, -2.0 / 1.5, 0.0, 0.0];
    for k in 0..x.len() {
        assert_relative_eq!(g[k], expect[k], max_relative = 1e-14);
    }
}

/// One push of a scalar parameter onto `Vec::new()`.
#[differentiate]
fn pushed_scalar(x: f64) -> f64 {
    let mut v = Vec::new();
    v.push(x);
    v[0] * 2.0
}

#[test]
fn a_scalar_is_pushed() {
    assert_eq!(pushed_scalar_grad(1.5), (3.0, 2.0));
    assert_eq!(pushed_scalar_jvp(1.5, 0.5), (3.0, 1.0));
}

/// Pushes in a `while` loop that stops early, and in a `loop` with `break`.
#[differentiate]
fn until_large(x: &[f64]) -> f64 {
    let mut v = Vec::new();
    let mut i = 0;
    while i < x.len() {
        if x[i] > 1.0 {
            break;
        }
        v.push(x[i].exp());
        i += 1;
    }
    v.iter().sum::<f64>() * v.len() as f64
}

#[test]
fn pushes_in_a_loop_that_breaks() {
    let x = [0.5, -1.0, 0.25, 2.0, 0.3];
    let g = check_all(until_large, until_large_grad, until_large_jvp, &x);
    for k in 0..3 {
        assert_relative_eq!(g[k], 3.0 * x[k].exp(), max_relative = 1e-14);
    }
    assert_eq!((g[3], g[4]), (0.0, 0.0));
}

/// A `Vec` of pairs: `push([a, b])`.
#[differentiate]
fn pairs(x: &[f64]) -> f64 {
    let mut v: Vec<[f64; 2]> = Vec::new();
    for i in 1..x.len() {
        v.push([x[i - 1], x[i] * x[i]]);
    }
    let mut s = 0.0;
    for p in v.iter() {
        s += p[0] * p[1];
    }
    s
}

#[test]
fn a_vec_of_arrays_grows() {
    let x = [0.5, -1.0, 0.25, 2.0];
    check_all(pairs, pairs_grad, pairs_jvp, &x);
}

/// A `Vec` grown inside each iteration of an outer loop.
#[differentiate]
fn inner_vec(x: &[f64], n: usize) -> f64 {
    let mut s: f64 = 0.0;
    for _ in 0..n {
        let mut v = Vec::new();
        for &t in x {
            v.push(t * s.cos());
        }
        s += v[0] * v[1];
    }
    s
}

#[test]
fn a_vec_grown_in_a_loop_body() {
    let x = [0.5, -1.0, 0.25];
    check_all(
        |x| inner_vec(x, 3),
        |x| inner_vec_grad(x, 3),
        |x, t| inner_vec_jvp(x, 3, t),
        &x,
    );
}
