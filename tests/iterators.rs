//! Iterator chains in differentiated functions, written the way numeric
//! Rust code writes them; each gradient is checked against central finite
//! differences and forward mode, Hessians against differences of the
//! gradient.

mod common;

use autodiff::differentiate;
use common::{check_all, check_hvp};
use std::f64::consts::PI;

const X: [f64; 7] = [0.7, -1.2, 0.4, 2.1, -0.3, 1.5, 0.9];

/// Two slices packed into one point, for the checks of one slice.
fn split(x: &[f64]) -> (&[f64], &[f64]) {
    x.split_at(x.len() / 2)
}

fn join(a: Vec<f64>, b: Vec<f64>) -> Vec<f64> {
    a.into_iter().chain(b).collect()
}

#[differentiate]
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn dot_product_of_zip_map_sum() {
    let x = [0.5, -1.0, 2.0, 1.5, 0.25, -0.75];
    let g = check_all(
        |x| {
            let (a, b) = split(x);
            dot(a, b)
        },
        |x| {
            let (a, b) = split(x);
            let (y, (ga, gb)) = dot_grad(a, b);
            (y, join(ga, gb))
        },
        |x, t| {
            let ((a, b), (ta, tb)) = (split(x), split(t));
            dot_jvp(a, b, ta, tb)
        },
        &x,
    );
    // d/da = b, d/db = a.
    assert_eq!(g, vec![1.5, 0.25, -0.75, 0.5, -1.0, 2.0]);
}

#[differentiate(hessian)]
fn norm(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

#[test]
fn euclidean_norm() {
    let g = check_all(norm, norm_grad, norm_jvp, &X);
    let n = norm(&X);
    for (gi, xi) in g.iter().zip(X) {
        assert!((gi - xi / n).abs() < 1e-15);
    }
    check_hvp(norm_grad, norm_hvp, &X);
}

#[differentiate(hessian)]
fn norm_by_hypot(x: &[f64]) -> f64 {
    x.iter().copied().fold(0.0, f64::hypot)
}

#[test]
fn norm_as_a_fold_of_hypot() {
    let g = check_all(norm_by_hypot, norm_by_hypot_grad, norm_by_hypot_jvp, &X);
    let (_, g2) = norm_grad(&X);
    for (a, b) in g.iter().zip(&g2) {
        assert!((a - b).abs() < 1e-14);
    }
    check_hvp(norm_by_hypot_grad, norm_by_hypot_hvp, &X);
}

#[differentiate(hessian)]
fn log_sum_exp(x: &[f64]) -> f64 {
    let m = x.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
}

#[test]
fn log_sum_exp_gradient_is_the_softmax() {
    let g = check_all(log_sum_exp, log_sum_exp_grad, log_sum_exp_jvp, &X);
    let z: f64 = X.iter().map(|v| v.exp()).sum();
    for (gi, xi) in g.iter().zip(X) {
        assert!((gi - xi.exp() / z).abs() < 1e-14);
    }
    check_hvp(log_sum_exp_grad, log_sum_exp_hvp, &X);
}

#[differentiate]
fn cross_entropy(logits: &[f64], label: usize) -> f64 {
    let m = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = logits.iter().map(|v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    let p = e.iter().map(|v| v / s).collect::<Vec<_>>();
    -p[label].ln()
}

#[test]
fn softmax_cross_entropy_through_collected_vectors() {
    for label in [0, 3, 6] {
        let g = check_all(
            |x| cross_entropy(x, label),
            |x| cross_entropy_grad(x, label),
            |x, t| cross_entropy_jvp(x, label, t),
            &X,
        );
        // softmax minus the one-hot label.
        let z: f64 = X.iter().map(|v| v.exp()).sum();
        for (i, gi) in g.iter().enumerate() {
            let expected = X[i].exp() / z - if i == label { 1.0 } else { 0.0 };
            assert!((gi - expected).abs() < 1e-14);
        }
    }
}

#[differentiate(hessian)]
fn moving_average_energy(x: &[f64]) -> f64 {
    x.windows(3)
        .map(|w| (w[0] + w[1] + w[2]) / 3.0)
        .map(|m| m * m)
        .sum()
}

#[differentiate]
fn moving_average_of_width(x: &[f64], k: usize) -> f64 {
    let avg: Vec<f64> = x
        .windows(k)
        .map(|w| w.iter().sum::<f64>() / w.len() as f64)
        .collect();
    avg.iter()
        .zip(avg.iter().skip(1))
        .map(|(a, b)| (b - a).powi(2))
        .sum()
}

#[test]
fn moving_averages_over_windows() {
    check_all(
        moving_average_energy,
        moving_average_energy_grad,
        moving_average_energy_jvp,
        &X,
    );
    check_hvp(moving_average_energy_grad, moving_average_energy_hvp, &X);
    // The same as the width-3 version, written by hand.
    let by_hand = |x: &[f64]| -> f64 {
        let mut s = 0.0;
        for i in 0..x.len() - 2 {
            let m = (x[i] + x[i + 1] + x[i + 2]) / 3.0;
            s += m * m;
        }
        s
    };
    assert!((moving_average_energy(&X) - by_hand(&X)).abs() < 1e-15);
    for k in [1, 2, 4, 7] {
        check_all(
            |x| moving_average_of_width(x, k),
            |x| moving_average_of_width_grad(x, k),
            |x, t| moving_average_of_width_jvp(x, k, t),
            &X,
        );
    }
}

/// `argmin_testfunctions::rosenbrock_ab`, specialised to `f64`.
#[differentiate(hessian)]
fn rosenbrock(param: &[f64]) -> f64 {
    let (a, b) = (1.0, 100.0);
    param
        .iter()
        .zip(param.iter().skip(1))
        .map(|(&xi, &xi1)| (a - xi).powi(2) + b * (xi1 - xi.powi(2)).powi(2))
        .sum()
}

#[test]
fn rosenbrock_written_with_zip_and_skip() {
    let g = check_all(rosenbrock, rosenbrock_grad, rosenbrock_jvp, &X);
    // The analytic gradient.
    let n = X.len();
    for i in 0..n {
        let mut e = 0.0;
        if i + 1 < n {
            e += -2.0 * (1.0 - X[i]) - 400.0 * X[i] * (X[i + 1] - X[i] * X[i]);
        }
        if i > 0 {
            e += 200.0 * (X[i] - X[i - 1] * X[i - 1]);
        }
        assert!(
            (g[i] - e).abs() < 1e-10 * e.abs().max(1.0),
            "{i}: {} vs {e}",
            g[i]
        );
    }
    check_hvp(rosenbrock_grad, rosenbrock_hvp, &X);
}

/// `argmin_testfunctions::rastrigin_a`.
#[differentiate(hessian)]
fn rastrigin(param: &[f64]) -> f64 {
    let a = 10.0;
    a * param.len() as f64
        + param
            .iter()
            .map(|&x| x.powi(2) - a * (2.0 * PI * x).cos())
            .sum::<f64>()
}

/// `argmin_testfunctions::ackley_abc` with its usual constants.
#[differentiate(hessian)]
fn ackley(param: &[f64]) -> f64 {
    let (a, b, c) = (20.0, 0.2, 2.0 * PI);
    let num1 = 1.0_f64;
    let n = param.len() as f64;
    -a * (-b * ((num1 / n) * param.iter().map(|x| x.powi(2)).sum::<f64>()).sqrt()).exp()
        - ((num1 / n) * param.iter().map(|x| (c * *x).cos()).sum::<f64>()).exp()
        + a
        + num1.exp()
}

/// `argmin_testfunctions::styblinski_tang`.
#[differentiate(hessian)]
fn styblinski_tang(param: &[f64]) -> f64 {
    0.5 * param
        .iter()
        .map(|x| x.powi(4) - 16.0 * x.powi(2) + 5.0 * *x)
        .sum::<f64>()
}

/// `argmin_testfunctions::levy`: a local closure, a subslice, two maps.
#[differentiate(hessian)]
fn levy(param: &[f64]) -> f64 {
    let plen = param.len();
    let (n1, n2, n4, n10) = (1.0, 2.0, 4.0, 10.0);
    let pi = PI;
    let w = |x: f64| n1 + (x - n1) / n4;
    (pi * w(param[0])).sin().powi(2)
        + param[1..(plen - 1)]
            .iter()
            .map(|x| w(*x))
            .map(|wi: f64| (wi - n1).powi(2) * (n1 + n10 * (pi * wi + n1).sin().powi(2)))
            .sum::<f64>()
        + (w(param[plen - 1]) - n1).powi(2) * (n1 + (n2 * pi * w(param[plen - 1])).sin().powi(2))
}

#[test]
fn optimisation_test_functions_as_published() {
    check_all(rastrigin, rastrigin_grad, rastrigin_jvp, &X);
    check_hvp(rastrigin_grad, rastrigin_hvp, &X);
    check_all(ackley, ackley_grad, ackley_jvp, &X);
    check_hvp(ackley_grad, ackley_hvp, &X);
    check_all(
        styblinski_tang,
        styblinski_tang_grad,
        styblinski_tang_jvp,
        &X,
    );
    check_hvp(styblinski_tang_grad, styblinski_tang_hvp, &X);
    check_all(levy, levy_grad, levy_jvp, &X);
    check_hvp(levy_grad, levy_hvp, &X);
    // Rastrigin's gradient, by hand: 2x + 2πa sin(2πx).
    let (_, g) = rastrigin_grad(&X);
    for (gi, x) in g.iter().zip(X) {
        let e = 2.0 * x + 2.0 * PI * 10.0 * (2.0 * PI * x).sin();
        assert!((gi - e).abs() < 1e-12 * e.abs().max(1.0));
    }
}

#[differentiate(hessian)]
fn product(x: &[f64]) -> f64 {
    x.iter().product::<f64>()
}

#[test]
fn product_of_elements() {
    let g = check_all(product, product_grad, product_jvp, &X);
    let p: f64 = X.iter().product();
    for (gi, xi) in g.iter().zip(X) {
        assert!((gi - p / xi).abs() < 1e-14);
    }
    check_hvp(product_grad, product_hvp, &X);
}

#[differentiate]
fn chunked(x: &[f64]) -> f64 {
    let a: f64 = x.chunks(2).map(|c| c[0] * c[c.len() - 1]).sum();
    let b: f64 = x.chunks_exact(3).map(|c| c[0] * c[1] - c[2]).sum();
    a + b.sin()
}

#[test]
fn chunks_and_exact_chunks() {
    check_all(chunked, chunked_grad, chunked_jvp, &X);
    check_all(chunked, chunked_grad, chunked_jvp, &X[..6]);
    let by_hand = |x: &[f64]| -> f64 {
        let mut a = 0.0;
        let mut i = 0;
        while i < x.len() {
            let last = (i + 1).min(x.len() - 1);
            a += x[i] * x[last];
            i += 2;
        }
        let mut b = 0.0;
        for k in 0..x.len() / 3 {
            b += x[3 * k] * x[3 * k + 1] - x[3 * k + 2];
        }
        a + b.sin()
    };
    assert_eq!(chunked(&X), by_hand(&X));
}

#[differentiate(hessian)]
fn horner(c: &[f64], t: f64) -> f64 {
    c.iter().rev().fold(0.0, |acc, &ci| acc * t + ci)
}

#[differentiate]
fn positional(x: &[f64]) -> f64 {
    let a: f64 = x
        .iter()
        .rev()
        .enumerate()
        .map(|(i, v)| (i as f64 + 1.0) * v)
        .sum();
    let b: f64 = x.iter().step_by(2).map(|v| v.sin()).sum();
    let c: f64 = x.iter().skip(1).take(3).map(|v| v * v).sum();
    let d: f64 = x.iter().rev().skip(2).step_by(3).map(|v| v.exp()).sum();
    let e: f64 = (0..x.len()).rev().map(|i| x[i] * i as f64).sum();
    let f: f64 = (1..=3).map(|k| x[0].powi(k)).sum();
    a * b + c - d + e * f
}

#[test]
fn positional_adaptors() {
    check_all(positional, positional_grad, positional_jvp, &X);
    check_all(positional, positional_grad, positional_jvp, &X[..4]);
    let c = [1.0, -2.0, 0.5, 3.0];
    let t = 0.7;
    // c0 t³ + c1 t² + c2 t + c3 written backwards (Horner from the end).
    let value = horner(&c, t);
    let expected = c[3] * t.powi(3) + c[2] * t.powi(2) + c[1] * t + c[0];
    assert!((value - expected).abs() < 1e-14);
    let (_, (gc, gt)) = horner_grad(&c, t);
    assert_eq!(gc, vec![1.0, t, t * t, t * t * t]);
    let dt = 3.0 * c[3] * t * t + 2.0 * c[2] * t + c[1];
    assert!((gt - dt).abs() < 1e-14);
}

#[differentiate]
fn filtered(x: &[f64]) -> f64 {
    let pos: f64 = x.iter().filter(|&&v| v > 0.0).map(|v| v * v).sum();
    let lead: f64 = x
        .iter()
        .take_while(|v| v.abs() < 2.0)
        .map(|v| v.sin())
        .sum();
    let odd: f64 = x
        .iter()
        .filter(|v| **v < 1.0)
        .enumerate()
        .map(|(i, v)| i as f64 * v)
        .sum();
    let n = x.iter().filter(|&&v| v > 0.5).count() as f64;
    pos + lead * odd + n
}

#[test]
fn filter_and_take_while() {
    check_all(filtered, filtered_grad, filtered_jvp, &X);
    let by_hand = |x: &[f64]| -> f64 {
        let mut pos = 0.0;
        let mut lead = 0.0;
        let mut odd = 0.0;
        let (mut k, mut n) = (0.0, 0.0);
        let mut leading = true;
        for &v in x {
            if v > 0.0 {
                pos += v * v;
            }
            leading = leading && v.abs() < 2.0;
            if leading {
                lead += v.sin();
            }
            if v < 1.0 {
                odd += k * v;
                k += 1.0;
            }
            if v > 0.5 {
                n += 1.0;
            }
        }
        pos + lead * odd + n
    };
    assert!((filtered(&X) - by_hand(&X)).abs() < 1e-14);
}

#[differentiate]
fn selections(x: &[f64]) -> f64 {
    let hi = *x.iter().max_by(|a, b| a.total_cmp(b)).unwrap();
    let lo = x
        .iter()
        .copied()
        .min_by(|a, b| a.partial_cmp(b).unwrap())
        .unwrap();
    let big = x.iter().copied().reduce(f64::max).unwrap_or(0.0);
    let far = x
        .iter()
        .copied()
        .max_by(|a, b| (a - 0.5).abs().total_cmp(&(b - 0.5).abs()))
        .unwrap();
    let (i_max, _) = x
        .iter()
        .enumerate()
        .max_by(|(_, a), (_, b)| a.partial_cmp(b).unwrap())
        .unwrap();
    let last = *x.iter().last().unwrap();
    let neg = x
        .iter()
        .copied()
        .filter(|v| *v < 0.0)
        .reduce(|a, b| a * b)
        .unwrap_or(1.0);
    hi * lo + big.sin() + far * far + x[i_max] * last + neg
}

#[test]
fn min_max_reduce_last() {
    let g = check_all(selections, selections_grad, selections_jvp, &X);
    // hi = x[3], lo = x[1], big = x[3], far = x[1] (furthest from 0.5),
    // i_max = 3, last = x[6], neg = x[1] * x[4].
    let e = [
        0.0,
        X[3] + 2.0 * X[1] + X[4],
        0.0,
        X[1] + X[3].cos() + X[6],
        X[1],
        0.0,
        X[3],
    ];
    for i in 0..7 {
        assert!((g[i] - e[i]).abs() < 1e-12, "{i}: {} vs {}", g[i], e[i]);
    }
}

#[differentiate(wrt(x))]
fn tests_and_positions(x: &[f64], limit: f64) -> f64 {
    let first_big = x.iter().position(|&v| v > limit).unwrap_or(0);
    let scale = if x.iter().any(|v| v.is_nan()) {
        0.0
    } else {
        1.0
    };
    let all_small = x.iter().all(|&v| v.abs() < 10.0);
    let found = x.iter().copied().find(|v| *v < 0.0).unwrap_or(0.0);
    let k = x.iter().filter(|&&v| v > 0.0).count();
    let s = if all_small { x[first_big] * 3.0 } else { 0.0 };
    scale * s + found * found + k as f64
}

#[test]
fn any_all_position_find_count() {
    for limit in [1.0, 2.0, 5.0] {
        let g = check_all(
            |x| tests_and_positions(x, limit),
            |x| tests_and_positions_grad(x, limit),
            |x, t| tests_and_positions_jvp(x, limit, t),
            &X,
        );
        let first = X.iter().position(|&v| v > limit).unwrap_or(0);
        let mut e = [0.0; 7];
        e[first] += 3.0;
        e[1] += 2.0 * X[1];
        assert_eq!(g, e.to_vec());
    }
}

#[differentiate]
fn mean_and_variance(x: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (s, s2) = x.iter().fold((0.0, 0.0), |(s, s2), &v| (s + v, s2 + v * v));
    let mean = s / n;
    s2 / n - mean * mean
}

#[test]
fn fold_with_a_tuple_accumulator() {
    let g = check_all(
        mean_and_variance,
        mean_and_variance_grad,
        mean_and_variance_jvp,
        &X,
    );
    let n = X.len() as f64;
    let mean = X.iter().sum::<f64>() / n;
    for (gi, xi) in g.iter().zip(X) {
        assert!((gi - 2.0 * (xi - mean) / n).abs() < 1e-15);
    }
}

#[differentiate]
fn loops_over_chains(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (a, b) in x.iter().zip(y) {
        s += a * b;
    }
    for w in x.windows(2) {
        s += (w[1] - w[0]).powi(2);
    }
    for c in y.chunks(3) {
        s += c[0] * c.len() as f64;
    }
    for (i, &v) in x.iter().enumerate().skip(1) {
        if v > 1.9 {
            break;
        }
        s += i as f64 * v.cos();
    }
    for ((a, b), c) in x.iter().zip(y).zip(x.iter().rev()) {
        s -= a * b * c;
    }
    for &v in &y[1..] {
        s += v.exp();
    }
    s
}

#[test]
fn for_loops_over_chains() {
    let x = [0.5, -1.0, 2.0, 1.5, 0.25, -0.75, 1.25, 0.1];
    check_all(
        |x| {
            let (a, b) = split(x);
            loops_over_chains(a, b)
        },
        |x| {
            let (a, b) = split(x);
            let (v, (ga, gb)) = loops_over_chains_grad(a, b);
            (v, join(ga, gb))
        },
        |x, t| {
            let ((a, b), (ta, tb)) = (split(x), split(t));
            loops_over_chains_jvp(a, b, ta, tb)
        },
        &x,
    );
}

#[differentiate]
fn three_way(x: &[f64], y: &[f64; 3], z: &Vec<f64>) -> f64 {
    x.iter().zip(y).zip(z).map(|((a, b), c)| a * b * c).sum()
}

#[differentiate]
fn on_arrays(x: [f64; 4]) -> f64 {
    let e: f64 = x.into_iter().map(f64::exp).sum();
    let s: f64 = x.iter().map(|v| v.sin()).sum();
    e * s
}

#[test]
fn arrays_vecs_and_nested_zips() {
    let (a, b, c) = ([0.5, 1.5, -2.0], [1.0, 2.0, 3.0], vec![0.25, -0.5, 4.0]);
    let (v, (ga, gb, gc)) = three_way_grad(&a, &b, &c);
    assert_eq!(v, three_way(&a, &b, &c));
    for i in 0..3 {
        assert_eq!(ga[i], b[i] * c[i]);
        assert_eq!(gb[i], a[i] * c[i]);
        assert_eq!(gc[i], a[i] * b[i]);
    }
    let x = [0.3, -0.2, 0.9, 1.1];
    let (v, g) = on_arrays_grad(x);
    assert_eq!(v, on_arrays(x));
    let g2 = check_all(
        |x| on_arrays([x[0], x[1], x[2], x[3]]),
        |x| (v, on_arrays_grad([x[0], x[1], x[2], x[3]]).1.to_vec()),
        |x, t| on_arrays_jvp([x[0], x[1], x[2], x[3]], [t[0], t[1], t[2], t[3]]),
        &x,
    );
    assert_eq!(g.to_vec(), g2);
}

#[differentiate]
fn cube(v: f64) -> f64 {
    v * v * v
}

#[differentiate]
fn with_functions(x: &[f64]) -> f64 {
    let a: f64 = x.iter().copied().map(cube).sum();
    let b: f64 = x.iter().map(|&v| cube(v.sin())).sum();
    a + b
}

#[test]
fn functions_with_derivatives_as_closures() {
    let g = check_all(with_functions, with_functions_grad, with_functions_jvp, &X);
    for (gi, x) in g.iter().zip(X) {
        let e = 3.0 * x * x + 3.0 * x.sin().powi(2) * x.cos();
        assert!((gi - e).abs() < 1e-13);
    }
}

#[differentiate]
fn squares_collected(x: &[f64]) -> Vec<f64> {
    x.iter().map(|v| v.tanh()).collect()
}

#[test]
fn a_collected_vec_is_a_result() {
    let (y, g) = squares_collected_vjp(&X, vec![1.0; 7]);
    assert_eq!(y, squares_collected(&X));
    for (gi, x) in g.iter().zip(X) {
        assert!((gi - (1.0 - x.tanh().powi(2))).abs() < 1e-15);
    }
    let (_, dy) = squares_collected_jvp(&X, &[1.0; 7]);
    assert_eq!(dy, g);
}

#[differentiate]
fn index_selections(x: &[f64]) -> f64 {
    let i = (0..x.len())
        .max_by_key(|&i| (x[i] * 1000.0) as i64)
        .expect("nonempty");
    let j = (0..x.len()).min().unwrap();
    let k = x.iter().position(|v| *v < 0.0).unwrap();
    x[i] * x[j] + x[k]
}

#[test]
fn max_by_key_min_and_position_pick_indices() {
    let g = check_all(
        index_selections,
        index_selections_grad,
        index_selections_jvp,
        &X,
    );
    // i = 3 (the largest), j = 0, k = 1.
    assert_eq!(g, vec![X[3], 1.0, 0.0, X[0], 0.0, 0.0, 0.0]);
}

#[differentiate]
fn loop_forms(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, w) in x.windows(2).enumerate() {
        if w[0] > w[1] {
            continue;
        }
        s += i as f64 * (w[1] - w[0]);
    }
    for v in x.iter().take_while(|v| **v < 2.0) {
        s += v.sin();
    }
    for &v in x.iter().filter(|v| **v > 0.0).skip(1).take(2) {
        s += v * v;
    }
    for i in (0..x.len()).step_by(3) {
        s += x[i].exp();
    }
    s
}

#[differentiate]
fn last_above_one(x: &[f64]) -> f64 {
    for (i, v) in x.iter().enumerate().rev() {
        if *v > 1.0 {
            return x[i] * 2.0;
        }
    }
    0.0
}

#[test]
fn for_loops_with_continue_return_and_early_stops() {
    check_all(loop_forms, loop_forms_grad, loop_forms_jvp, &X);
    let by_hand = |x: &[f64]| {
        let mut s = 0.0;
        for i in 0..x.len() - 1 {
            if x[i] <= x[i + 1] {
                s += i as f64 * (x[i + 1] - x[i]);
            }
        }
        for &v in x {
            if v >= 2.0 {
                break;
            }
            s += v.sin();
        }
        let pos: Vec<f64> = x.iter().copied().filter(|v| *v > 0.0).collect();
        for v in &pos[1..3] {
            s += v * v;
        }
        for i in (0..x.len()).step_by(3) {
            s += x[i].exp();
        }
        s
    };
    assert!((loop_forms(&X) - by_hand(&X)).abs() < 1e-14);
    let g = check_all(last_above_one, last_above_one_grad, last_above_one_jvp, &X);
    assert_eq!(g, vec![0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0]);
}

#[differentiate]
fn chains_in_loops(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for r in 0..3 {
        let row: f64 = x.iter().skip(r).map(|v| v * (r as f64 + 1.0)).sum();
        x.iter().for_each(|v| total += v * row);
    }
    let mut s = 0.0;
    let mut i = 0;
    while x.iter().take(i).map(|v| v * v).sum::<f64>() < 3.0 && i < x.len() {
        s += x[i];
        i += 1;
    }
    total + s
}

#[differentiate]
fn collected_and_sliced(x: &[f64]) -> f64 {
    let z: Vec<f64> = (0..x.len()).map(|i| x[i] * x[x.len() - 1 - i]).collect();
    let r: Vec<f64> = z.iter().rev().copied().collect();
    let m = x.iter().copied().fold(f64::NAN, f64::min);
    let n = x.iter().map(|v| v.abs()).fold(0.0_f64, |a, b| a.max(b));
    let s: f64 = x[2..].iter().sum();
    let t: f64 = x[..=2].iter().zip(&x[1..]).map(|(a, b)| a * b).sum();
    let mut u = 0.0;
    for c in x.chunks(3) {
        u += c.iter().map(|v| v * v).sum::<f64>() * c[0];
    }
    let w = x
        .iter()
        .copied()
        .filter(|v| *v > 0.0)
        .max_by(|a, b| a.total_cmp(b))
        .unwrap_or(0.0);
    let q = x
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, v)| v)
        .fold(1.0, |a, v| a * v);
    let l = x.iter().rev().skip(1).last().copied().unwrap();
    r[1] + z[0] + m + n + s * t + u + w + q + l
}

#[test]
fn chains_inside_loops_collected_vecs_and_subslices() {
    check_all(
        chains_in_loops,
        chains_in_loops_grad,
        chains_in_loops_jvp,
        &X,
    );
    check_all(
        collected_and_sliced,
        collected_and_sliced_grad,
        collected_and_sliced_jvp,
        &X,
    );
}

/// A data point of a fit: constant data, read through a slice of structs.
pub struct Point {
    pub t: f64,
    pub y: f64,
}

#[differentiate(wrt(p))]
fn least_squares(p: &[f64; 2], data: &[Point]) -> f64 {
    let model = |t: f64| p[0] * (-p[1] * t).exp();
    let n = data.len() as f64;
    data.iter().map(|d| (model(d.t) - d.y).powi(2)).sum::<f64>() / n
}

#[test]
fn a_fit_over_a_slice_of_structs() {
    let data: Vec<Point> = (0..6)
        .map(|i| {
            let t = i as f64 * 0.5;
            Point {
                t,
                y: 2.0 * (-0.7 * t).exp() + 0.01 * (i as f64).sin(),
            }
        })
        .collect();
    let p = [1.8, 0.6];
    let (v, g) = least_squares_grad(&p, &data);
    assert_eq!(v, least_squares(&p, &data));
    let f = |q: &[f64]| least_squares(&[q[0], q[1]], &data);
    autodiff::check_gradient(f, &p, &g, 1e-6).unwrap();
}

#[differentiate(hessian)]
fn selections_hessian(x: &[f64]) -> f64 {
    let hi = x.iter().copied().max_by(|a, b| a.total_cmp(b)).unwrap();
    let pos: f64 = x.iter().filter(|v| **v > 0.0).map(|v| v.powi(3)).sum();
    let lo = x
        .iter()
        .copied()
        .filter(|v| *v < 1.0)
        .min_by(|a, b| a.partial_cmp(b).unwrap())
        .unwrap();
    hi * hi * lo + pos
}

#[differentiate]
fn in_f32(x: &[f32]) -> f32 {
    let m = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    x.iter().map(|v| (v - m).exp()).sum::<f32>().ln() + m
}

#[test]
fn hessians_through_selections_and_f32_chains() {
    check_all(
        selections_hessian,
        selections_hessian_grad,
        selections_hessian_jvp,
        &X,
    );
    check_hvp(selections_hessian_grad, selections_hessian_hvp, &X);
    let xf: Vec<f32> = X.iter().map(|v| *v as f32).collect();
    let (v, g) = in_f32_grad(&xf);
    assert_eq!(v, in_f32(&xf));
    let z: f32 = xf.iter().map(|v| v.exp()).sum();
    for (gi, x) in g.iter().zip(&xf) {
        assert!((gi - x.exp() / z).abs() < 1e-6);
    }
}

// The options are taken apart with `if let` and `match` on purpose.
#[allow(clippy::manual_unwrap_or)]
#[differentiate]
fn options_from_chains(x: &[f64]) -> f64 {
    let m = if let Some(m) = x.iter().copied().reduce(f64::max) {
        m
    } else {
        0.0
    };
    let k = match x.iter().position(|&v| v > 1.0) {
        Some(i) => x[i],
        None => 0.0,
    };
    let n = match x
        .iter()
        .copied()
        .filter(|v| *v < -0.5)
        .min_by(|a, b| a.total_cmp(b))
    {
        Some(v) => v,
        None => 1.0,
    };
    let best = x
        .iter()
        .enumerate()
        .max_by(|(_, a), (_, b)| a.total_cmp(b))
        .map(|(i, _)| i);
    let b = if let Some(i) = best { x[i] * 3.0 } else { 0.0 };
    m * k + n + b
}

#[test]
fn options_returned_by_chains() {
    let g = check_all(
        options_from_chains,
        options_from_chains_grad,
        options_from_chains_jvp,
        &X,
    );
    // m = k = x[3] (the largest, and the first above 1), n = x[1], b = 3 x[3].
    let e = [0.0, 1.0, 0.0, 2.0 * X[3] + 3.0, 0.0, 0.0, 0.0];
    for i in 0..7 {
        assert!((g[i] - e[i]).abs() < 1e-14, "{i}: {} vs {}", g[i], e[i]);
    }
    // On an empty slice every option is `None`.
    let (v, g) = options_from_chains_grad(&[]);
    assert_eq!((v, g.len()), (options_from_chains(&[]), 0));
    assert_eq!(v, 1.0);
}

#[differentiate]
fn points(pts: &[[f64; 2]]) -> f64 {
    let s: f64 = pts.iter().map(|&[x, y]| x * x + y).sum();
    let t = pts.iter().fold(0.0, |acc, [x, y]| acc + x * y);
    s * t
}

#[test]
fn array_patterns_in_closure_parameters() {
    let pts = [[0.5, 1.0], [-1.5, 2.0], [0.25, -0.75]];
    let (v, g) = points_grad(&pts);
    assert_eq!(v, points(&pts));
    let s: f64 = pts.iter().map(|p| p[0] * p[0] + p[1]).sum();
    let t: f64 = pts.iter().map(|p| p[0] * p[1]).sum();
    for (gi, p) in g.iter().zip(&pts) {
        assert!((gi[0] - (2.0 * p[0] * t + s * p[1])).abs() < 1e-14);
        assert!((gi[1] - (t + s * p[0])).abs() < 1e-14);
    }
}

#[differentiate]
fn positional_edges(x: &[f64], a: usize, b: usize) -> f64 {
    let s1: f64 = (a..b).map(|i| x[i % x.len()]).sum();
    let s2: f64 = (0..x.len()).rev().skip(1).map(|i| x[i] * i as f64).sum();
    let s3: f64 = x.iter().rev().take(2).map(|v| v.sin()).sum();
    let s4: f64 = x
        .iter()
        .skip(1)
        .rev()
        .enumerate()
        .map(|(i, v)| i as f64 * v)
        .sum();
    let s5: f64 = (a..=b).zip(x).map(|(i, v)| i as f64 * v).sum();
    let s6: f64 = x
        .iter()
        .skip(a)
        .zip(x.iter().skip(b))
        .map(|(p, q)| p * q)
        .sum();
    let s7: f64 = x
        .windows(2)
        .rev()
        .map(|w| w[0] - 2.0 * w[1])
        .fold(0.0, |acc, v| acc * 0.5 + v);
    let s8: f64 = x.chunks(2).rev().map(|c| c[c.len() - 1]).product();
    let s9 = (a..=b).count() as f64 + x.iter().skip(b).count() as f64;
    let v: Vec<f64> = (a..=b).rev().map(|i| x[i % x.len()]).collect();
    let s10: f64 = v
        .iter()
        .enumerate()
        .map(|(i, t)| (i as f64 + 1.0) * t)
        .sum();
    let s11: f64 = x.iter().step_by(3).rev().map(|v| v * v).sum();
    let s12 = x
        .iter()
        .skip(a)
        .copied()
        .max_by(|p, q| p.total_cmp(q))
        .unwrap_or(0.0);
    s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10 + s11 + s12
}

#[test]
fn positional_adaptors_at_their_edges() {
    // Empty and reversed ranges, skips past the end, `rev` after `skip` and
    // before `take`: the values are Rust's, the gradients finite
    // differences'.
    for (a, b) in [(0, 3), (2, 5), (4, 1), (3, 3), (6, 9), (9, 2)] {
        check_all(
            |x| positional_edges(x, a, b),
            |x| positional_edges_grad(x, a, b),
            |x, t| positional_edges_jvp(x, a, b, t),
            &X,
        );
    }
    for n in 1..4 {
        let y = &X[..n];
        assert_eq!(positional_edges_grad(y, 1, 2).0, positional_edges(y, 1, 2));
    }
}

#[differentiate]
fn total_max(x: &[f64]) -> f64 {
    x.iter().copied().max_by(|a, b| a.total_cmp(b)).unwrap()
}

#[differentiate]
fn total_min(x: &[f64]) -> f64 {
    x.iter()
        .copied()
        .filter(|v| v.abs() < 5.0)
        .min_by(f64::total_cmp)
        .unwrap_or(9.0)
}

#[test]
fn total_cmp_picks_the_element_rust_picks() {
    // `total_cmp` orders -0 below +0 and a positive NaN above everything:
    // the derivative goes to the element it picks.
    let x = [0.0, -0.0, 1.0, -f64::NAN, 0.5];
    let (v, g) = total_max_grad(&x);
    assert_eq!(v.to_bits(), total_max(&x).to_bits());
    assert_eq!(g, vec![0.0, 0.0, 1.0, 0.0, 0.0]);
    let x = [0.0, 1.0, f64::NAN, -0.0, 2.0];
    let (v, g) = total_max_grad(&x);
    assert!(v.is_nan() && total_max(&x).is_nan());
    assert_eq!(g, vec![0.0, 0.0, 1.0, 0.0, 0.0]);
    let x = [0.0, 3.0, -0.0, 0.0, -0.0];
    let (v, g) = total_min_grad(&x);
    assert_eq!(v.to_bits(), total_min(&x).to_bits());
    // The first of the equal minima, -0 at index 2.
    assert_eq!(g, vec![0.0, 0.0, 1.0, 0.0, 0.0]);
    let x = [7.0, -8.0];
    assert_eq!(total_min_grad(&x), (9.0, vec![0.0, 0.0]));
}
