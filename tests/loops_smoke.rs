use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

#[differentiate]
fn sum_sq(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

#[differentiate]
fn rosen(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

#[differentiate]
fn product(x: [f64; 4]) -> f64 {
    let mut p = 1.0;
    for &v in x.iter() {
        p *= v;
    }
    p
}

#[differentiate]
fn euler(k: f64, c: f64, x0: f64) -> f64 {
    let (mut x, mut v) = (x0, 0.0);
    let h = 0.01;
    for _ in 0..1000 {
        let a = -k * x - c * v;
        x += h * v;
        v += h * a;
    }
    0.5 * v * v + 0.5 * k * x * x
}

#[differentiate]
fn fill(x: &[f64; 3]) -> [f64; 3] {
    let mut out = [0.0; 3];
    for i in 0..3 {
        out[i] = x[i].sin() * 2.0;
    }
    out
}

#[test]
fn smoke() {
    let x = vec![0.3, -1.2, 2.0, 0.7];
    let (s, g) = sum_sq_grad(&x);
    assert_relative_eq!(s, sum_sq(&x));
    for i in 0..4 {
        assert_relative_eq!(g[i], 2.0 * x[i]);
    }
    let (r, g) = rosen_grad(&x);
    assert_relative_eq!(r, rosen(&x));
    check_gradient(|p| rosen(p), &x, &g, 1e-6).unwrap();
    let (p, g) = product_grad([1.0, 2.0, 3.0, 4.0]);
    assert_eq!(p, 24.0);
    assert_eq!(g, [24.0, 12.0, 8.0, 6.0]);
    let (e, (dk, dc, dx0)) = euler_grad(4.0, 0.3, 1.0);
    assert_relative_eq!(e, euler(4.0, 0.3, 1.0));
    check_gradient(
        |p| euler(p[0], p[1], p[2]),
        &[4.0, 0.3, 1.0],
        &[dk, dc, dx0],
        1e-6,
    )
    .unwrap();
    let (_, t) = euler_jvp(4.0, 0.3, 1.0, 1.0, 0.0, 0.0);
    assert_relative_eq!(t, dk, max_relative = 1e-10);
    let (o, g) = fill_vjp(&[0.1, 0.2, 0.3], [1.0, 0.0, 2.0]);
    assert_eq!(o, fill(&[0.1, 0.2, 0.3]));
    assert_relative_eq!(g[0], 2.0 * 0.1f64.cos());
    assert_relative_eq!(g[1], 0.0);
    assert_relative_eq!(g[2], 4.0 * 0.3f64.cos());
}
