//! Functions generic over a `const N: usize` with `[f64; N]` parameters:
//! the companions are generic the same way, instantiated at each call.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

#[differentiate]
fn weighted_sumsq<const N: usize>(x: &[f64; N], w: [f64; N]) -> f64 {
    let mut s = 0.0;
    for i in 0..N {
        s += w[i] * x[i] * x[i];
    }
    s
}

#[differentiate]
fn normalised<const N: usize>(x: [f64; N]) -> [f64; N] {
    let mut norm = 0.0;
    for v in x.iter() {
        norm += v * v;
    }
    let norm = norm.sqrt();
    let mut y = [0.0; N];
    for i in 0..N {
        y[i] = x[i] / norm;
    }
    y
}

#[differentiate(hessian)]
fn rosenbrock<const N: usize>(x: [f64; N]) -> f64 {
    let mut s = 0.0;
    for i in 0..N - 1 {
        s += 100.0 * (x[i + 1] - x[i] * x[i]).powi(2) + (1.0 - x[i]).powi(2);
    }
    s
}

#[test]
fn companions_are_generic_over_the_length() {
    let (x, w) = ([1.0, 2.0, 3.0], [1.0, 0.5, 2.0]);
    let (v, (gx, gw)) = weighted_sumsq_grad(&x, w);
    assert_eq!(v, weighted_sumsq(&x, w));
    assert_eq!(gx, [2.0, 2.0, 12.0]);
    assert_eq!(gw, [1.0, 4.0, 9.0]);
    let (_, d) = weighted_sumsq_jvp(&x, w, &[0.0, 1.0, 0.0], [0.0; 3]);
    assert_eq!(d, gx[1]);
    let (v5, (gx5, _)) = weighted_sumsq_grad(&[1.0; 5], [2.0; 5]);
    assert_eq!((v5, gx5), (10.0, [4.0; 5]));
}

#[test]
fn a_local_array_of_the_generic_length() {
    let x = [3.0, 4.0];
    let (y, g) = normalised_vjp(x, [1.0, 0.0]);
    assert_eq!(y, normalised(x));
    // ∂(x0/|x|)/∂x = (|x|² e0 - x0 x) / |x|³
    assert_relative_eq!(g[0], (25.0 - 9.0) / 125.0, epsilon = 1e-12);
    assert_relative_eq!(g[1], -12.0 / 125.0, epsilon = 1e-12);
    let (_, t) = normalised_jvp(x, [1.0, 0.0]);
    assert_relative_eq!(t[0], g[0], epsilon = 1e-12);
    assert_relative_eq!(t[1], -12.0 / 125.0, epsilon = 1e-12);
}

#[test]
fn a_hessian_of_a_const_generic_array() {
    let x = [-1.2, 1.0, 0.7, 0.3];
    let (v, g) = rosenbrock_grad(x);
    assert_eq!(v, rosenbrock(x));
    check_gradient(|p| rosenbrock([p[0], p[1], p[2], p[3]]), &x, &g, 1e-6).unwrap();
    // ∂f/∂x0 = -400 x0 (x1 - x0²) - 2 (1 - x0)
    assert_relative_eq!(
        g[0],
        -400.0 * x[0] * (x[1] - x[0] * x[0]) - 2.0 * (1.0 - x[0]),
        epsilon = 1e-9
    );
    let (_, _, h) = rosenbrock_hessian(x);
    let step = 1e-6;
    for i in 0..4 {
        let (mut xp, mut xm) = (x, x);
        xp[i] += step;
        xm[i] -= step;
        let (gp, gm) = (rosenbrock_grad(xp).1, rosenbrock_grad(xm).1);
        for j in 0..4 {
            assert_relative_eq!(
                h[i][j],
                (gp[j] - gm[j]) / (2.0 * step),
                epsilon = 1e-4,
                max_relative = 1e-6
            );
        }
    }
    // ∂²f/∂x0² = 1200 x0² - 400 x1 + 2
    assert_relative_eq!(
        h[0][0],
        1200.0 * x[0] * x[0] - 400.0 * x[1] + 2.0,
        epsilon = 1e-9
    );
}
