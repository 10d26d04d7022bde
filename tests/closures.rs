//! Closures in differentiated functions: inlined where they are called,
//! with the names they capture resolved where they are written. Each
//! gradient is checked against central finite differences and forward
//! mode, and where the function is simple enough, against its formula.

mod common;

use autodiff::differentiate;
use common::{check_all, check_hvp};

const X: [f64; 5] = [0.7, -1.2, 0.4, 2.1, -0.3];

#[differentiate(hessian)]
fn two_squares(x: f64, y: f64) -> f64 {
    let sq = |t: f64| t * t;
    sq(x) + 3.0 * sq(y) + sq(x * y)
}

#[test]
fn a_local_closure_called_several_times() {
    let (x, y) = (0.8, -1.3);
    let (v, (dx, dy)) = two_squares_grad(x, y);
    assert_eq!(v, two_squares(x, y));
    assert!((dx - (2.0 * x + 2.0 * x * y * y)).abs() < 1e-14);
    assert!((dy - (6.0 * y + 2.0 * x * x * y)).abs() < 1e-14);
    let (_, d) = two_squares_jvp(x, y, 1.0, 0.0);
    assert_eq!(d, dx);
    let (_, _, h) = two_squares_hessian(x, y);
    assert!((h[0][0] - (2.0 + 2.0 * y * y)).abs() < 1e-14);
    assert!((h[0][1] - 4.0 * x * y).abs() < 1e-14);
    assert!((h[1][1] - (6.0 + 2.0 * x * x)).abs() < 1e-14);
}

#[differentiate]
fn captures(x: f64, y: f64) -> f64 {
    let k = 3.0 * y;
    let wave = |t| k * f64::sin(t);
    let shifted = |t: f64| -> f64 { wave(t + 1.0) - wave(t) };
    wave(x) * shifted(y)
}

#[test]
fn closures_capture_by_reference_and_call_each_other() {
    let f = |p: &[f64]| captures(p[0], p[1]);
    check_all(
        f,
        |p| {
            let (v, (a, b)) = captures_grad(p[0], p[1]);
            (v, vec![a, b])
        },
        |p, t| captures_jvp(p[0], p[1], t[0], t[1]),
        &[0.6, -0.4],
    );
}

#[differentiate]
fn shadowed(x: f64, y: f64) -> f64 {
    let a = x;
    let scaled = |t: f64| t * a;
    let a = 10.0 * y;
    scaled(y) + a
}

#[differentiate]
fn moved(x: f64, y: f64) -> f64 {
    let mut a = x;
    let scaled = move |t: f64| t * a;
    a = 2.0 * y;
    scaled(1.5) + a * scaled(y)
}

#[test]
fn what_a_closure_sees_is_fixed_where_it_is_written() {
    let (x, y) = (0.9, -0.7);
    // shadowed = y * x + 10 y.
    let (v, (dx, dy)) = shadowed_grad(x, y);
    assert_eq!(v, shadowed(x, y));
    assert_eq!((dx, dy), (y, x + 10.0));
    // moved = 1.5 x + 2y * (y x) = 1.5 x + 2 x y².
    let (v, (dx, dy)) = moved_grad(x, y);
    assert_eq!(v, moved(x, y));
    assert!((dx - (1.5 + 2.0 * y * y)).abs() < 1e-15);
    assert!((dy - 4.0 * x * y).abs() < 1e-15);
    assert_eq!(moved_jvp(x, y, 0.0, 1.0).1, dy);
}

#[differentiate]
fn accumulate(x: &[f64]) -> f64 {
    let mut total = 0.0;
    let mut add = |v: f64| total += v * v;
    add(x[0]);
    add(x[1].sin());
    for i in 2..x.len() {
        add(x[i] * x[i - 1]);
    }
    total
}

#[differentiate]
fn counted(x: &[f64]) -> f64 {
    let mut count = 0.0;
    let mut s = 0.0;
    x.iter().for_each(|v| {
        s += v.exp();
        count += 1.0;
    });
    let mut bump = move |v: f64| {
        count += v;
        count
    };
    let a = bump(x[0]);
    let b = bump(x[1]);
    s / count + a * b
}

#[test]
fn closures_that_assign_captured_variables() {
    check_all(accumulate, accumulate_grad, accumulate_jvp, &X);
    let by_hand = |x: &[f64]| {
        let mut t = x[0] * x[0] + x[1].sin().powi(2);
        for i in 2..x.len() {
            t += (x[i] * x[i - 1]).powi(2);
        }
        t
    };
    assert!((accumulate(&X) - by_hand(&X)).abs() < 1e-14);
    // The `move` copy of `count` changes, the original does not.
    check_all(counted, counted_grad, counted_jvp, &X);
    let s: f64 = X.iter().map(|v| v.exp()).sum();
    let n = X.len() as f64;
    assert!((counted(&X) - (s / n + (n + X[0]) * (n + X[0] + X[1]))).abs() < 1e-13);
}

#[differentiate(hessian)]
fn patterns(x: &[f64]) -> f64 {
    let area = |(w, h): (f64, f64)| w * h;
    let weighted = |(i, &v): (usize, &f64)| (i as f64 + 1.0) * v;
    let a: f64 = x.iter().enumerate().map(weighted).sum();
    let b: f64 = x
        .iter()
        .zip(x.iter().skip(1))
        .map(|(&p, &q)| area((p, q)))
        .sum();
    let c = x.iter().fold(0.0, |acc, &v| acc + v.powi(3));
    a + b * c
}

#[test]
fn pattern_parameters_and_closures_passed_by_name() {
    check_all(patterns, patterns_grad, patterns_jvp, &X);
    check_hvp(patterns_grad, patterns_hvp, &X);
}

#[differentiate]
fn branchy(x: f64, y: f64) -> f64 {
    let soft = |t: f64| if t > 0.0 { t } else { 0.1 * t };
    let r = if x > y {
        let g = |t: f64| soft(t) * y;
        g(x) + g(y)
    } else {
        soft(x - y)
    };
    r * soft(y)
}

#[test]
fn closures_with_branches_and_in_branches() {
    for (x, y) in [(0.8, 0.3), (0.2, 0.9), (1.2, -0.5), (-0.4, -0.2)] {
        check_all(
            |p| branchy(p[0], p[1]),
            |p| {
                let (v, (a, b)) = branchy_grad(p[0], p[1]);
                (v, vec![a, b])
            },
            |p, t| branchy_jvp(p[0], p[1], t[0], t[1]),
            &[x, y],
        );
    }
}

#[differentiate(hessian)]
fn cosine(x: &[f64], y: &[f64]) -> f64 {
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(p, q)| p * q).sum::<f64>();
    dot(x, y) / (dot(x, x) * dot(y, y)).sqrt()
}

#[test]
fn a_closure_over_slices_with_a_chain_inside() {
    let p = [0.5, -1.0, 2.0, 1.5, 0.25, -0.75];
    let split = |p: &[f64]| -> (Vec<f64>, Vec<f64>) { (p[..3].to_vec(), p[3..].to_vec()) };
    check_all(
        |p| {
            let (a, b) = split(p);
            cosine(&a, &b)
        },
        |p| {
            let (a, b) = split(p);
            let (v, (ga, gb)) = cosine_grad(&a, &b);
            (v, ga.into_iter().chain(gb).collect())
        },
        |p, t| {
            let ((a, b), (ta, tb)) = (split(p), split(t));
            cosine_jvp(&a, &b, &ta, &tb)
        },
        &p,
    );
    let (a, b) = split(&p);
    let (_, (ga, gb), (ha, hb)) = cosine_hvp(&a, &b, &[1.0, 0.0, 0.0], &[0.0; 3]);
    // Against differences of the gradient along the first coordinate.
    let h = 1e-6;
    let (mut ap, mut am) = (a.clone(), a.clone());
    ap[0] += h;
    am[0] -= h;
    let (_, (gap, gbp)) = cosine_grad(&ap, &b);
    let (_, (gam, gbm)) = cosine_grad(&am, &b);
    for i in 0..3 {
        assert!((ha[i] - (gap[i] - gam[i]) / (2.0 * h)).abs() < 1e-6);
        assert!((hb[i] - (gbp[i] - gbm[i]) / (2.0 * h)).abs() < 1e-6);
    }
    assert_eq!((ga, gb), cosine_grad(&a, &b).1);
}

#[differentiate]
fn scaled_sum(x: &[f64], k: f64) -> f64 {
    let scale = move |v: &f64| v * k;
    let squash = |v: f64| v.tanh();
    x.iter().map(scale).map(squash).sum()
}

#[test]
fn local_closures_as_adaptor_arguments() {
    for k in [0.5, -2.0] {
        let (v, (g, dk)) = scaled_sum_grad(&X, k);
        assert_eq!(v, scaled_sum(&X, k));
        for (gi, x) in g.iter().zip(X) {
            assert!((gi - k * (1.0 - (k * x).tanh().powi(2))).abs() < 1e-15);
        }
        let e: f64 = X.iter().map(|x| x * (1.0 - (k * x).tanh().powi(2))).sum();
        assert!((dk - e).abs() < 1e-14);
    }
}

struct Model {
    k: f64,
}

impl Model {
    #[differentiate]
    fn energy(&self, x: f64) -> f64 {
        let square = |v: f64| self.k * v * v;
        square(x) + square(x.sin())
    }
}

#[test]
fn a_closure_in_a_method_captures_self() {
    let m = Model { k: 1.5 };
    let x = 0.8;
    let (v, d) = m.energy_grad(x);
    assert_eq!(v, m.energy(x));
    assert!((d - 1.5 * (2.0 * x + 2.0 * x.sin() * x.cos())).abs() < 1e-15);
    assert_eq!(m.energy_jvp(x, 1.0).1, d);
}
