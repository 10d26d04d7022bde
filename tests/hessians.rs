//! Second derivatives by forward mode over reverse mode, against analytic
//! Hessians, finite differences of the generated gradient, and symmetry.

#![allow(clippy::needless_range_loop)]

use approx::assert_relative_eq;
use autodiff::differentiate;

#[differentiate(hessian)]
fn rosen2(x: f64, y: f64) -> f64 {
    let a = 1.0 - x;
    let b = y - x * x;
    a * a + 100.0 * b * b
}

#[test]
fn rosenbrock_hessian_matches_its_analytic_form() {
    let (x, y) = (-1.2, 1.0);
    // H = [[2 - 400 (y - 3x²), -400x], [-400x, 200]].
    let (v, g, h) = rosen2_hessian(x, y);
    assert_eq!(v, rosen2(x, y));
    assert_eq!(g, rosen2_grad(x, y).1);
    assert_relative_eq!(
        h[0][0],
        2.0 - 400.0 * (y - 3.0 * x * x),
        max_relative = 1e-14
    );
    assert_relative_eq!(h[0][1], -400.0 * x, max_relative = 1e-14);
    assert_relative_eq!(h[1][0], -400.0 * x, max_relative = 1e-14);
    assert_relative_eq!(h[1][1], 200.0, max_relative = 1e-14);
    let (_, _, hv) = rosen2_hvp(x, y, 0.5, -2.0);
    assert_relative_eq!(hv.0, h[0][0] * 0.5 + h[0][1] * -2.0, max_relative = 1e-14);
    assert_relative_eq!(hv.1, h[1][0] * 0.5 + h[1][1] * -2.0, max_relative = 1e-14);
}

#[differentiate(hessian)]
fn rosen_n(x: &[f64; 6]) -> f64 {
    let mut s = 0.0;
    for i in 0..5 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

#[test]
fn hessian_through_a_loop_matches_finite_differences_of_the_gradient() {
    let x = [0.3, -0.8, 1.1, 0.4, 0.9, -0.2];
    let (_, _, h) = rosen_n_hessian(&x);
    for i in 0..6 {
        let step = 1e-6;
        let (mut xp, mut xm) = (x, x);
        xp[i] += step;
        xm[i] -= step;
        let (gp, gm) = (rosen_n_grad(&xp).1, rosen_n_grad(&xm).1);
        for j in 0..6 {
            let fd = (gp[j] - gm[j]) / (2.0 * step);
            // The central difference of a gradient with entries ~1e3 has
            // error ~ step² |g'''| + eps |g| / step ≈ 1e-6 here.
            assert!(
                (h[i][j] - fd).abs() < 1e-4 * fd.abs().max(1.0),
                "H[{i}][{j}] = {} vs {fd}",
                h[i][j]
            );
            assert_eq!(h[i][j], h[j][i], "symmetry at {i},{j}");
        }
    }
}

/// Every smooth math method at once; the Hessian's second derivatives of
/// each come from the rules' own generated derivatives.
#[differentiate(hessian)]
fn every_method(x: f64, y: f64) -> f64 {
    let a = x.sin() * y.cos() + x.tan() + (x * 0.3).asin() + (y * 0.2).acos() + x.atan();
    let b = x.atan2(y) + x.sinh() + y.cosh() + x.tanh() + x.asinh() + (y + 2.0).acosh();
    let c = (x * 0.5).atanh() + x.exp() + y.exp2() + x.exp_m1() + (y + 1.0).ln();
    let d = (y + 1.0).log(3.0) + (x + 2.0).log2() + (y + 1.0).log10() + x.ln_1p();
    let e = (x + 1.0).sqrt() + y.cbrt() + x.powi(3) + (x + 1.0).powf(y) + x.hypot(y);
    let f = (x + 3.0).recip() + x.mul_add(y, 0.5) + x.max(y * 0.1) + x.min(y) + x.abs();
    let g = x.clamp(-1.0, 1.0) * y + x.to_degrees() * 0.01 + y.to_radians();
    a + b + c + d + e + f + g
}

#[test]
fn every_math_method_has_a_second_derivative() {
    let (x, y) = (0.37, 1.21);
    let (_, _, h) = every_method_hessian(x, y);
    let step = 1e-6;
    let grad = |x: f64, y: f64| {
        let (_, (a, b)) = every_method_grad(x, y);
        [a, b]
    };
    let cols = [
        (grad(x + step, y), grad(x - step, y)),
        (grad(x, y + step), grad(x, y - step)),
    ];
    for (j, (gp, gm)) in cols.iter().enumerate() {
        for i in 0..2 {
            let fd = (gp[i] - gm[i]) / (2.0 * step);
            assert!(
                (h[i][j] - fd).abs() < 1e-6 * fd.abs().max(1.0),
                "H[{i}][{j}] = {} vs {fd}",
                h[i][j]
            );
        }
    }
    assert_relative_eq!(h[0][1], h[1][0], max_relative = 1e-12);
}

/// A short simulation: the Hessian through a loop that carries state.
#[differentiate(hessian)]
fn pendulum(k: f64, c: f64) -> f64 {
    let (mut th, mut om) = (1.0_f64, 0.0);
    let h = 0.05;
    for _ in 0..40 {
        let acc = -k * th.sin() - c * om;
        th += h * om;
        om += h * acc;
    }
    th * th + om * om
}

#[test]
fn hessian_of_a_short_simulation() {
    let (k, c) = (4.0, 0.3);
    let (_, _, h) = pendulum_hessian(k, c);
    let step = 1e-6;
    let g = |k: f64, c: f64| {
        let (_, (a, b)) = pendulum_grad(k, c);
        [a, b]
    };
    let (gp, gm) = (g(k + step, c), g(k - step, c));
    for i in 0..2 {
        let fd = (gp[i] - gm[i]) / (2.0 * step);
        assert!(
            (h[i][0] - fd).abs() < 1e-6 * fd.abs().max(1.0),
            "{} vs {fd}",
            h[i][0]
        );
    }
    assert_relative_eq!(h[0][1], h[1][0], max_relative = 1e-10);
    let (_, _, hv) = pendulum_hvp(k, c, 1.0, 2.0);
    assert_relative_eq!(hv.0, h[0][0] + 2.0 * h[0][1], max_relative = 1e-12);
}

/// L1 = Σ (a_i + b_i) b_i, so ∂L1/∂a = b and ∂L1/∂b = a + 2b.
#[differentiate(hessian)]
fn l1(a: &[f64], b: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..a.len() {
        s += (a[i] + b[i]) * b[i];
    }
    s
}

#[test]
#[should_panic(expected = "autodiff: the tangent of `a` has 1 items, but `a` has 2")]
fn hvp_rejects_a_tangent_of_another_length() {
    l1_hvp(&[1.0, 2.0], &[0.5, 0.25], &[1.0], &[0.0, 0.0]);
}

/// L2 = Σ (∂L1/∂a_i)² + (∂L1/∂b_i)², through the generated gradient of L1.
#[differentiate]
fn l2(a: &[f64], b: &[f64]) -> f64 {
    let (_, (ga, gb)) = l1_grad(a, b);
    let mut s = 0.0;
    for i in 0..a.len() {
        s += ga[i] * ga[i] + gb[i] * gb[i];
    }
    s
}

#[test]
fn the_gradient_of_a_gradient_is_second_order() {
    let a = vec![0.5, -1.0, 2.0];
    let b = vec![1.5, 0.25, -0.75];
    // L2 = Σ b² + (a + 2b)²: ∂L2/∂a = 2a + 4b, ∂L2/∂b = 4a + 10b.
    let (v, (da, db)) = l2_grad(&a, &b);
    let expected: f64 = a
        .iter()
        .zip(&b)
        .map(|(a, b)| b * b + (a + 2.0 * b).powi(2))
        .sum();
    assert_relative_eq!(v, expected, max_relative = 1e-14);
    for i in 0..3 {
        assert_relative_eq!(da[i], 2.0 * a[i] + 4.0 * b[i], max_relative = 1e-14);
        assert_relative_eq!(db[i], 4.0 * a[i] + 10.0 * b[i], max_relative = 1e-14);
    }
    // Forward mode through the gradient agrees.
    let (_, t) = l2_jvp(&a, &b, &[1.0, 0.0, 0.0], &[0.0; 3]);
    assert_relative_eq!(t, da[0], max_relative = 1e-14);
    let (_, t) = l2_jvp(&a, &b, &[0.0; 3], &[0.0, 0.0, 1.0]);
    assert_relative_eq!(t, db[2], max_relative = 1e-14);
}

/// sq(x) = x² (with its own Hessian support, which callers' Hessians use).
#[differentiate(hessian)]
fn sq(x: f64) -> f64 {
    x * x
}

/// A callee with a branch and a slice.
#[differentiate(hessian)]
fn soft_norm(v: &[f64], eps: f64) -> f64 {
    let mut s = eps;
    for i in 0..v.len() {
        s += if v[i] > 0.0 {
            v[i] * v[i]
        } else {
            0.5 * v[i] * v[i]
        };
    }
    s.sqrt()
}

/// f = sin(sq(x)) · y + soft_norm([x, y], 1): Hessian through two calls.
#[differentiate(hessian)]
fn through_calls(x: f64, y: f64) -> f64 {
    let v = [x, y];
    sq(x).sin() * y + soft_norm(&v, 1.0)
}

#[test]
fn hessians_work_through_calls_and_branches() {
    for (x, y) in [(0.7, 1.3), (-0.4, 0.9), (0.3, -1.1)] {
        let (_, _, h) = through_calls_hessian(x, y);
        let step = 1e-6;
        let grad = |x: f64, y: f64| {
            let (_, (a, b)) = through_calls_grad(x, y);
            [a, b]
        };
        let cols = [
            (grad(x + step, y), grad(x - step, y)),
            (grad(x, y + step), grad(x, y - step)),
        ];
        for (j, (gp, gm)) in cols.iter().enumerate() {
            for i in 0..2 {
                let fd = (gp[i] - gm[i]) / (2.0 * step);
                assert!(
                    (h[i][j] - fd).abs() < 1e-6 * fd.abs().max(1.0),
                    "H[{i}][{j}] at ({x}, {y}) = {} vs {fd}",
                    h[i][j]
                );
            }
        }
        assert_relative_eq!(h[0][1], h[1][0], max_relative = 1e-12);
        // The analytic part from the first term: ∂²/∂x∂y sin(x²) y = 2x cos(x²).
        let (_, _, hv) = sq_hvp(x, 1.0);
        assert_relative_eq!(hv, 2.0);
    }
}
