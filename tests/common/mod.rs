//! Checks shared by the tests of closures and iterator chains: each
//! generated derivative against an independent reference.

#![allow(dead_code)]

use autodiff::check_gradient;

/// The gradient of `f` at `x` against central finite differences, its value
/// against `f` itself, and forward mode (`jvp` along a few directions)
/// against the gradient.
pub fn check_all(
    f: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    jvp: impl Fn(&[f64], &[f64]) -> (f64, f64),
    x: &[f64],
) -> Vec<f64> {
    let (y, g) = grad(x);
    assert_eq!(y, f(x), "the gradient's value is the function's");
    assert_eq!(g.len(), x.len());
    if let Err(e) = check_gradient(&f, x, &g, 1e-6) {
        panic!("gradient {g:?} against finite differences: {e}");
    }
    for k in 0..3 {
        let t: Vec<f64> = (0..x.len())
            .map(|i| ((i * 7 + k * 3) % 5) as f64 * 0.25 - 0.4)
            .collect();
        let (yj, dy) = jvp(x, &t);
        assert_eq!(yj, y, "the tangent's value is the function's");
        let expected: f64 = g.iter().zip(&t).map(|(a, b)| a * b).sum();
        assert!(
            (dy - expected).abs() <= 1e-10 * expected.abs().max(1.0),
            "forward mode {dy} against the gradient {expected} along {t:?}"
        );
    }
    g
}

/// The Hessian-vector product of `hvp` against central differences of the
/// gradient along the direction, and its gradient against `grad`.
pub fn check_hvp(
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    hvp: impl Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
    x: &[f64],
) {
    let v: Vec<f64> = (0..x.len()).map(|i| 0.3 - 0.2 * (i % 3) as f64).collect();
    let (y, g, hv) = hvp(x, &v);
    let (y0, g0) = grad(x);
    assert_eq!(y, y0);
    for (a, b) in g.iter().zip(&g0) {
        assert!(
            (a - b).abs() <= 1e-12 * b.abs().max(1.0),
            "gradient {g:?} vs {g0:?}"
        );
    }
    let h = 1e-5;
    let shifted = |s: f64| -> Vec<f64> { x.iter().zip(&v).map(|(a, d)| a + s * d).collect() };
    let (gp, gm) = (grad(&shifted(h)).1, grad(&shifted(-h)).1);
    for i in 0..x.len() {
        let fd = (gp[i] - gm[i]) / (2.0 * h);
        assert!(
            (hv[i] - fd).abs() <= 1e-5 * fd.abs().max(1.0),
            "Hv[{i}] = {} against {fd}",
            hv[i]
        );
    }
}
