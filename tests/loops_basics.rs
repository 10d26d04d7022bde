//! Small loops and arrays against derivatives worked out by hand.

// The bodies are written the way numeric code indexes arrays, which is what
// the tests exercise.
#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

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

#[differentiate]
fn fourth_power(x: f64) -> f64 {
    let mut y = x;
    for _ in 0..3 {
        y = y * x;
    }
    y
}

#[differentiate]
fn double_until_ten(x: f64) -> f64 {
    let mut y = x;
    while y < 10.0 {
        y = y * 2.0;
    }
    y
}

#[differentiate]
fn array_param(x: [f64; 3]) -> f64 {
    x[0] + x[1] * x[2]
}

#[differentiate]
fn array_return(x: f64) -> [f64; 2] {
    [x, x * x]
}

#[differentiate]
fn through_a_literal(x: f64) -> f64 {
    let v = [x, 1.0];
    v[0] * v[1]
}

#[differentiate]
fn through_an_element(x: f64) -> f64 {
    let mut a = [0.0, 1.0];
    a[0] = x;
    a[0] * a[1]
}

#[differentiate]
fn square_until_above_two(x: f64) -> f64 {
    let mut y = x;
    loop {
        y = y * x;
        if y > 2.0 {
            break;
        }
    }
    y
}

#[test]
fn small_loops_match_hand_derivatives() {
    // x^4: 4x^3.
    assert_eq!(fourth_power_grad(2.0), (16.0, 32.0));
    assert_eq!(fourth_power_jvp(2.0, 1.0), (16.0, 32.0));
    // 1 doubles four times to 16: y = 16x there, dy/dx = 16.
    assert_eq!(double_until_ten_grad(1.0), (16.0, 16.0));
    assert_eq!(double_until_ten(1.0), 16.0);
    // x0 + x1 x2: (1, x2, x1).
    assert_eq!(array_param_grad([5.0, 2.0, 3.0]), (11.0, [1.0, 3.0, 2.0]));
    assert_eq!(array_param([5.0, 2.0, 3.0]), 11.0);
    // [x, x²]: tangent [1, 2x]; seed [1, 1] gives 1 + 2x.
    assert_eq!(array_return_jvp(3.0, 1.0), ([3.0, 9.0], [1.0, 6.0]));
    assert_eq!(array_return_vjp(3.0, [1.0, 1.0]), ([3.0, 9.0], 7.0));
    assert_eq!(array_return(3.0), [3.0, 9.0]);
    assert_eq!(through_a_literal_grad(4.0), (4.0, 1.0));
    assert_eq!(through_a_literal(4.0), 4.0);
    assert_eq!(through_an_element_grad(4.0), (4.0, 1.0));
    assert_eq!(through_an_element(4.0), 4.0);
    // 1.5 -> 2.25 > 2 after one multiplication: y = x², dy/dx = 2x = 3.
    assert_eq!(square_until_above_two_grad(1.5), (2.25, 3.0));
    assert_eq!(square_until_above_two(1.5), 2.25);
    assert_eq!(square_until_above_two_jvp(1.5, 1.0), (2.25, 3.0));
}

#[test]
fn sums_simulations_and_fills() {
    let x = vec![0.3, -1.2, 2.0, 0.7];
    let (s, g) = sum_sq_grad(&x);
    assert_relative_eq!(s, sum_sq(&x));
    for i in 0..4 {
        assert_relative_eq!(g[i], 2.0 * x[i]);
    }
    let (r, g) = rosen_grad(&x);
    assert_relative_eq!(r, rosen(&x));
    check_gradient(rosen, &x, &g, 1e-6).unwrap();
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

#[differentiate]
fn first_or_zero(r: &[f64]) -> f64 {
    if r.is_empty() {
        return 0.0;
    }
    r[0] * r[0]
}

#[test]
fn is_empty_is_a_constant_like_len() {
    assert_eq!(first_or_zero_grad(&[3.0, 1.0]), (9.0, vec![6.0, 0.0]));
    assert_eq!(first_or_zero_grad(&[]), (0.0, vec![]));
    assert_eq!(first_or_zero(&[2.0]), 4.0);
}
