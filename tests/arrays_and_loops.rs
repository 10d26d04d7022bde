//! Arrays, slices, `Vec`s and loops: every gradient is checked against a
//! formula derived by hand (in the comment next to it) or, where there is no
//! closed form, against central finite differences of the original function;
//! and forward mode (`_jvp`) is checked against reverse mode
//! (`_grad`/`_vjp`): for every tangent `t` and seed `s`,
//! `<s, J t>` from `_jvp` equals `<J^T s, t>` from `_vjp`.
//!
//! The functions under test index arrays in loops and update variables with
//! `y = y * 0.5` on purpose: those are the forms being differentiated.

#![allow(clippy::needless_range_loop, clippy::assign_op_pattern)]

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Hand-derived formulas and the generated code may associate sums
/// differently: a few ulps, allowed as 1e-12 relative.
const HAND: f64 = 1e-12;

/// A deterministic sequence of "random" numbers in `[-1, 1)`, so that test
/// points are generic (no accidental symmetry) but reproducible.
fn pseudo_random(n: usize, seed: u64) -> Vec<f64> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        })
        .collect()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn assert_all_close(got: &[f64], expected: &[f64], max_relative: f64) {
    assert_eq!(got.len(), expected.len(), "lengths differ");
    for (i, (&g, &e)) in got.iter().zip(expected).enumerate() {
        assert!(
            approx::relative_eq!(g, e, epsilon = 1e-14, max_relative = max_relative),
            "component {i}: got {g:e}, expected {e:e}\n got: {got:?}\nwant: {expected:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Matrix-vector product and matrix product.

#[differentiate]
fn matvec(w: &[[f64; 3]; 2], x: &[f64; 3]) -> [f64; 2] {
    let mut y = [0.0; 2];
    for i in 0..2 {
        for j in 0..3 {
            y[i] += w[i][j] * x[j];
        }
    }
    y
}

const W: [[f64; 3]; 2] = [[1.0, -2.0, 0.5], [3.0, 0.25, -1.5]];
const X: [f64; 3] = [0.7, -1.1, 2.3];

#[test]
fn matvec_value_and_all_ones_seed() {
    let (y, (dw, dx)) = matvec_vjp(&W, &X, [1.0, 1.0]);
    assert_eq!(y, matvec(&W, &X));
    // y0 = 0.7 + 2.2 + 1.15 = 4.05; y1 = 2.1 - 0.275 - 3.45 = -1.625.
    assert_relative_eq!(y[0], 4.05, max_relative = HAND);
    assert_relative_eq!(y[1], -1.625, max_relative = HAND);
    // d(Σ_i y_i)/dW[i][j] = x_j: the outer product of ones and x.
    assert_eq!(dw, [X, X]);
    // d(Σ_i y_i)/dx_j = Σ_i W[i][j]: the column sums.
    assert_eq!(dx, [4.0, -1.75, -1.0]);
}

#[test]
fn matvec_general_seed_and_forward_mode() {
    let s = [0.3, -2.0];
    let (_, (dw, dx)) = matvec_vjp(&W, &X, s);
    // dW = s xᵀ, dx = Wᵀ s.
    for i in 0..2 {
        for j in 0..3 {
            assert_relative_eq!(dw[i][j], s[i] * X[j], max_relative = HAND);
        }
    }
    for j in 0..3 {
        assert_relative_eq!(dx[j], W[0][j] * s[0] + W[1][j] * s[1], max_relative = HAND);
    }
    // Forward mode: ẏ = Ẇ x + W ẋ.
    let tw = [[0.1, 0.2, -0.3], [0.0, 1.0, 0.5]];
    let tx = [1.0, -0.5, 0.25];
    let (y, ty) = matvec_jvp(&W, &X, &tw, &tx);
    assert_eq!(y, matvec(&W, &X));
    for i in 0..2 {
        let expected: f64 = (0..3).map(|j| tw[i][j] * X[j] + W[i][j] * tx[j]).sum();
        assert_relative_eq!(ty[i], expected, max_relative = HAND);
    }
    // <s, J t> = <Jᵀ s, t>.
    let lhs = dot(&s, &ty);
    let rhs = dot(dw.as_flattened(), tw.as_flattened()) + dot(&dx, &tx);
    assert_relative_eq!(lhs, rhs, max_relative = HAND);
}

#[differentiate]
fn matmul(a: &[[f64; 3]; 2], b: &[[f64; 2]; 3]) -> [[f64; 2]; 2] {
    let mut c = [[0.0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            for k in 0..3 {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

#[test]
fn matmul_against_hand_derived_gradients() {
    let a = [[1.0, 2.0, 3.0], [-1.0, 0.5, 4.0]];
    let b = [[2.0, -1.0], [0.0, 3.0], [1.5, 0.25]];
    let (c, (da, db)) = matmul_vjp(&a, &b, [[1.0, 1.0], [1.0, 1.0]]);
    assert_eq!(c, matmul(&a, &b));
    // C = [[2 + 0 + 4.5, -1 + 6 + 0.75], [-2 + 0 + 6, 1 + 1.5 + 1]].
    assert_eq!(c, [[6.5, 5.75], [4.0, 3.5]]);
    // With an all-ones seed S: dA = S Bᵀ (row sums of B), dB = Aᵀ S (column
    // sums of A).
    assert_eq!(da, [[1.0, 3.0, 1.75], [1.0, 3.0, 1.75]]);
    assert_eq!(db, [[0.0, 0.0], [2.5, 2.5], [7.0, 7.0]]);
    // A general seed: dA = S Bᵀ, dB = Aᵀ S.
    let s = [[0.5, -1.0], [2.0, 0.25]];
    let (_, (da, db)) = matmul_vjp(&a, &b, s);
    for i in 0..2 {
        for k in 0..3 {
            let e: f64 = (0..2).map(|j| s[i][j] * b[k][j]).sum();
            assert_relative_eq!(da[i][k], e, max_relative = HAND);
        }
    }
    for k in 0..3 {
        for j in 0..2 {
            let e: f64 = (0..2).map(|i| a[i][k] * s[i][j]).sum();
            assert_relative_eq!(db[k][j], e, max_relative = HAND);
        }
    }
    // Forward mode: Ċ = Ȧ B + A Ḃ, and <S, Ċ> = <dA, Ȧ> + <dB, Ḃ>.
    let ta = [[0.1, -0.2, 0.3], [1.0, 0.0, -1.0]];
    let tb = [[0.5, 0.5], [-0.25, 1.0], [2.0, 0.0]];
    let (c2, tc) = matmul_jvp(&a, &b, &ta, &tb);
    assert_eq!(c2, c);
    for i in 0..2 {
        for j in 0..2 {
            let e: f64 = (0..3)
                .map(|k| ta[i][k] * b[k][j] + a[i][k] * tb[k][j])
                .sum();
            assert_relative_eq!(tc[i][j], e, max_relative = HAND);
        }
    }
    let lhs = dot(s.as_flattened(), tc.as_flattened());
    let rhs = dot(da.as_flattened(), ta.as_flattened()) + dot(db.as_flattened(), tb.as_flattened());
    assert_relative_eq!(lhs, rhs, max_relative = HAND);
}

// ---------------------------------------------------------------------------
// Extended Rosenbrock (Moré, Garbow and Hillstrom):
// f(x) = Σ_{i<n/2} 100 (x_{2i}² - x_{2i+1})² + (x_{2i} - 1)².

#[differentiate]
fn extended_rosenbrock(x: &[f64]) -> f64 {
    let mut f = 0.0;
    for i in 0..x.len() / 2 {
        let a = x[2 * i];
        let b = x[2 * i + 1];
        let t = a * a - b;
        f += 100.0 * t * t + (a - 1.0) * (a - 1.0);
    }
    f
}

/// ∂f/∂x_{2i} = 400 x_{2i} (x_{2i}² - x_{2i+1}) + 2 (x_{2i} - 1),
/// ∂f/∂x_{2i+1} = -200 (x_{2i}² - x_{2i+1}).
fn extended_rosenbrock_gradient(x: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; x.len()];
    for i in 0..x.len() / 2 {
        let (a, b) = (x[2 * i], x[2 * i + 1]);
        g[2 * i] = 400.0 * a * (a * a - b) + 2.0 * (a - 1.0);
        g[2 * i + 1] = -200.0 * (a * a - b);
    }
    g
}

#[test]
fn extended_rosenbrock_at_the_standard_start_and_random_points() {
    for n in [2, 10, 1000] {
        // The standard starting point (-1.2, 1, -1.2, 1, ...): each pair
        // contributes 100·(1.44 - 1)² + 2.2² = 19.36 + 4.84 = 24.2, and has
        // gradient (400·(-1.2)·0.44 - 4.4, -200·0.44) = (-215.6, -88).
        let start: Vec<f64> = (0..n)
            .map(|i| if i % 2 == 0 { -1.2 } else { 1.0 })
            .collect();
        let (f, g) = extended_rosenbrock_grad(&start);
        assert_eq!(f, extended_rosenbrock(&start));
        assert_relative_eq!(f, 24.2 * (n / 2) as f64, max_relative = 1e-12);
        assert_eq!(g.len(), n);
        for i in 0..n / 2 {
            assert_relative_eq!(g[2 * i], -215.6, max_relative = HAND);
            assert_relative_eq!(g[2 * i + 1], -88.0, max_relative = HAND);
        }
        // The minimum (1, ..., 1): value and gradient exactly 0.
        let ones = vec![1.0; n];
        assert_eq!(extended_rosenbrock_grad(&ones), (0.0, vec![0.0; n]));
        // A generic point.
        let x = pseudo_random(n, n as u64);
        let (f, g) = extended_rosenbrock_grad(&x);
        assert_eq!(f, extended_rosenbrock(&x));
        assert_all_close(&g, &extended_rosenbrock_gradient(&x), HAND);
        // Forward mode along a generic direction: <∇f, t>.
        let t = pseudo_random(n, 1000 + n as u64);
        let (f2, df) = extended_rosenbrock_jvp(&x, &t);
        assert_eq!(f2, f);
        assert_relative_eq!(df, dot(&g, &t), max_relative = 1e-11);
        if n <= 10 {
            check_gradient(extended_rosenbrock, &x, &g, 1e-6).unwrap();
        }
    }
}

// ---------------------------------------------------------------------------
// Control flow inside loops.

/// Σ (i+1) x_i² over the non-negative x_i before the first x_i > 10.
#[differentiate]
fn skip_negatives_stop_at_big(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] < 0.0 {
            continue;
        }
        if x[i] > 10.0 {
            break;
        }
        s += (i as f64 + 1.0) * x[i] * x[i];
    }
    s
}

#[test]
fn break_and_continue() {
    let x = [1.5, -2.0, 0.5, 11.0, 3.0, -1.0];
    let (s, g) = skip_negatives_stop_at_big_grad(&x);
    // s = 1·2.25 + 3·0.25 = 3; ∂s/∂x_i = 2 (i+1) x_i for i ∈ {0, 2}, else 0
    // (x_1 skipped, x_3 stops the loop, x_4 and x_5 never reached).
    assert_eq!(s, 3.0);
    assert_eq!(g, vec![3.0, 0.0, 3.0, 0.0, 0.0, 0.0]);
    let t = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    assert_eq!(skip_negatives_stop_at_big_jvp(&x, &t), (3.0, 3.0 + 9.0));
    // Without a big element the loop runs to the end.
    let x = [1.5, -2.0, 0.5, 1.0, 3.0, -1.0];
    let (s, g) = skip_negatives_stop_at_big_grad(&x);
    assert_eq!(s, 2.25 + 0.75 + 4.0 + 45.0);
    assert_eq!(g, vec![3.0, 0.0, 3.0, 8.0, 30.0, 0.0]);
    assert_eq!(
        skip_negatives_stop_at_big_jvp(&x, &t).1,
        3.0 + 9.0 + 32.0 + 150.0
    );
    check_gradient(skip_negatives_stop_at_big, &x, &g, 1e-6).unwrap();
}

/// x², after halving x until it is below 1: x² / 4^k for the data-dependent
/// number of halvings k.
#[differentiate]
fn halve_until_below_one(x: f64) -> f64 {
    let mut y = x;
    while y >= 1.0 {
        y = y * 0.5;
    }
    y * y
}

#[test]
fn while_loop_with_data_dependent_trip_count() {
    // x = 5: 5 → 2.5 → 1.25 → 0.625 (k = 3): value 25/64, derivative 2x/64.
    assert_eq!(halve_until_below_one_grad(5.0), (25.0 / 64.0, 10.0 / 64.0));
    assert_eq!(
        halve_until_below_one_jvp(5.0, 1.0),
        (25.0 / 64.0, 10.0 / 64.0)
    );
    // x = 100: k = 7 (100/128 = 0.78125): derivative 200/16384.
    assert_eq!(
        halve_until_below_one_grad(100.0),
        (10000.0 / 16384.0, 200.0 / 16384.0)
    );
    assert_eq!(halve_until_below_one_jvp(100.0, 2.0).1, 400.0 / 16384.0);
    // x = 0.5: no iteration.
    assert_eq!(halve_until_below_one_grad(0.5), (0.25, 1.0));
    check_gradient(
        |p| halve_until_below_one(p[0]),
        &[5.0],
        &[10.0 / 64.0],
        1e-6,
    )
    .unwrap();
}

/// √a by Newton's iteration y ← (y + a/y) / 2 from y = a, until the step is
/// tiny: the number of iterations depends on `a`.
#[differentiate]
fn newton_sqrt(a: f64) -> f64 {
    let mut y = a;
    let mut step = 1.0;
    let mut iterations = 0;
    while step > 1e-15 * y && iterations < 100 {
        let next = 0.5 * (y + a / y);
        step = (next - y).abs();
        y = next;
        iterations += 1;
    }
    y
}

/// ∛a by Newton's iteration y ← y - (y³ - a) / (3y²) in a `loop` with
/// `break`.
#[differentiate]
fn newton_cbrt(a: f64) -> f64 {
    let mut y = a;
    let mut iterations = 0;
    loop {
        let next = y - (y * y * y - a) / (3.0 * y * y);
        iterations += 1;
        if (next - y).abs() <= 1e-15 * next.abs() || iterations >= 100 {
            y = next;
            break;
        }
        y = next;
    }
    y
}

#[test]
fn newton_iterations_differentiate_to_the_inverse_function_derivative() {
    // At convergence the derivative of the iterate is that of the limit:
    // d√a/da = 1/(2√a), d∛a/da = 1/(3 a^(2/3)).
    for a in [0.3, 2.0, 10.0, 12345.0] {
        let (y, dy) = newton_sqrt_grad(a);
        assert_relative_eq!(y, a.sqrt(), max_relative = 1e-14);
        assert_relative_eq!(dy, 0.5 / a.sqrt(), max_relative = 1e-10);
        assert_relative_eq!(newton_sqrt_jvp(a, 1.0).1, dy, max_relative = 1e-12);
        let (y, dy) = newton_cbrt_grad(a);
        assert_relative_eq!(y, a.cbrt(), max_relative = 1e-14);
        assert_relative_eq!(dy, 1.0 / (3.0 * a.cbrt() * a.cbrt()), max_relative = 1e-10);
        assert_relative_eq!(newton_cbrt_jvp(a, 1.0).1, dy, max_relative = 1e-12);
    }
}

/// The first prefix sum above `t`, times the element that crossed it
/// (returned from inside the loop); otherwise the square of the total.
#[differentiate]
fn first_crossing(x: &[f64], t: f64) -> f64 {
    let mut acc = 0.0;
    for i in 0..x.len() {
        acc += x[i];
        if acc > t {
            return acc * x[i];
        }
    }
    acc * acc
}

#[test]
fn early_return_from_inside_a_loop_both_paths() {
    let x = [1.0, 2.0, 3.0, 4.0];
    // Crossing t = 4 at k = 2 (S = 6): value S·x_k = 18;
    // ∂/∂x_j = x_k = 3 for j < k, ∂/∂x_k = S + x_k = 9, 0 after; ∂/∂t = 0.
    let (v, (gx, gt)) = first_crossing_grad(&x, 4.0);
    assert_eq!(v, 18.0);
    assert_eq!(gx, vec![3.0, 3.0, 9.0, 0.0]);
    assert_eq!(gt, 0.0);
    let tx = [0.5, -1.0, 2.0, 7.0];
    assert_eq!(
        first_crossing_jvp(&x, 4.0, &tx, 1.0),
        (18.0, 1.5 - 3.0 + 18.0)
    );
    // Never crossing t = 20: value 10² = 100, ∂/∂x_j = 2·10 for all j.
    let (v, (gx, gt)) = first_crossing_grad(&x, 20.0);
    assert_eq!(v, 100.0);
    assert_eq!(gx, vec![20.0; 4]);
    assert_eq!(gt, 0.0);
    assert_eq!(first_crossing_jvp(&x, 20.0, &tx, 1.0), (100.0, 20.0 * 8.5));
    // Crossing at the very first element (k = 0): value x_0² = 1.
    let (v, (gx, _)) = first_crossing_grad(&x, 0.0);
    assert_eq!(v, 1.0);
    assert_eq!(gx, vec![2.0, 0.0, 0.0, 0.0]);
}

// ---------------------------------------------------------------------------
// Simulation: 1000 explicit-Euler steps of a damped oscillator
// x'' = -k x - c x', energy ½ v² + ½ k x² at the end.

const SPRING: f64 = 4.0;

#[differentiate]
fn oscillator_energy(c: f64, x0: f64, v0: f64) -> f64 {
    let h = 0.01;
    let mut x = x0;
    let mut v = v0;
    for _ in 0..1000 {
        let a = -SPRING * x - c * v;
        x += h * v;
        v += h * a;
    }
    0.5 * v * v + 0.5 * SPRING * x * x
}

#[test]
fn damped_oscillator_energy_against_finite_differences() {
    for (c, x0, v0) in [(0.3, 1.0, 0.0), (0.05, -0.4, 1.3), (1.2, 2.0, -0.5)] {
        let (e, (dc, dx0, dv0)) = oscillator_energy_grad(c, x0, v0);
        assert_eq!(e, oscillator_energy(c, x0, v0));
        check_gradient(
            |p| oscillator_energy(p[0], p[1], p[2]),
            &[c, x0, v0],
            &[dc, dx0, dv0],
            1e-6,
        )
        .unwrap();
        // Damping removes energy: ∂E/∂c < 0.
        assert!(dc < 0.0);
        // The map (x0, v0) ↦ (x, v) is linear, so E is a quadratic form in
        // the initial state: x0 ∂E/∂x0 + v0 ∂E/∂v0 = 2E (Euler's theorem).
        assert_relative_eq!(x0 * dx0 + v0 * dv0, 2.0 * e, max_relative = 1e-10);
        let (_, fwd) = oscillator_energy_jvp(c, x0, v0, 0.25, -1.0, 2.0);
        assert_relative_eq!(fwd, 0.25 * dc - dx0 + 2.0 * dv0, max_relative = 1e-10);
        let (_, vjp) = oscillator_energy_vjp(c, x0, v0, -3.0);
        assert_relative_eq!(vjp.0, -3.0 * dc, max_relative = 1e-14);
        assert_relative_eq!(vjp.1, -3.0 * dx0, max_relative = 1e-14);
        assert_relative_eq!(vjp.2, -3.0 * dv0, max_relative = 1e-14);
    }
}

// ---------------------------------------------------------------------------
// Array, tuple and Vec returns.

/// Elementwise 2 sin(x_i) · x_i.
#[differentiate]
fn sin_times(x: [f64; 3]) -> [f64; 3] {
    let mut out = [0.0; 3];
    for i in 0..3 {
        out[i] = 2.0 * x[i].sin() * x[i];
    }
    out
}

#[test]
fn array_return_vjp_with_seed_and_jvp_with_array_tangent() {
    let x = [0.4, -1.3, 2.2];
    // Diagonal Jacobian: ∂out_i/∂x_i = 2 (cos x_i · x_i + sin x_i).
    let d = x.map(|v: f64| 2.0 * (v.cos() * v + v.sin()));
    let seed = [1.0, -0.5, 3.0];
    let (y, g) = sin_times_vjp(x, seed);
    assert_eq!(y, sin_times(x));
    for i in 0..3 {
        assert_relative_eq!(y[i], 2.0 * x[i].sin() * x[i], max_relative = HAND);
        assert_relative_eq!(g[i], seed[i] * d[i], max_relative = HAND);
    }
    let t = [2.0, 0.0, -1.0];
    let (y2, ty) = sin_times_jvp(x, t);
    assert_eq!(y2, y);
    for i in 0..3 {
        assert_relative_eq!(ty[i], d[i] * t[i], max_relative = HAND);
    }
    assert_relative_eq!(dot(&seed, &ty), dot(&g, &t), max_relative = HAND);
}

/// Polar decomposition of a 2-vector: its length r and the unit vector x/r.
#[differentiate]
fn polar(x: [f64; 2]) -> (f64, [f64; 2]) {
    let r = (x[0] * x[0] + x[1] * x[1]).sqrt();
    (r, [x[0] / r, x[1] / r])
}

#[test]
fn tuple_of_float_and_array_return() {
    let x = [3.0, 4.0];
    // r = 5, u = (0.6, 0.8); ∂r/∂x = u, ∂u_i/∂x_j = (δ_ij - u_i u_j)/r.
    let (s, w) = (2.0, [1.0, -1.0]);
    let ((r, u), g) = polar_vjp(x, (s, w));
    assert_eq!((r, u), polar(x));
    assert_eq!(r, 5.0);
    assert_relative_eq!(u[0], 0.6, max_relative = HAND);
    assert_relative_eq!(u[1], 0.8, max_relative = HAND);
    // g = s u + (w - u (u·w))/r with u·w = -0.2:
    // g0 = 1.2 + (1 + 0.12)/5 = 1.424, g1 = 1.6 + (-1 + 0.16)/5 = 1.432.
    assert_relative_eq!(g[0], 1.424, max_relative = HAND);
    assert_relative_eq!(g[1], 1.432, max_relative = HAND);
    // Forward: ṙ = u·t, u̇ = (t - u (u·t))/r; with t = (1, 2): u·t = 2.2,
    // u̇ = ((1 - 1.32)/5, (2 - 1.76)/5) = (-0.064, 0.048).
    let t = [1.0, 2.0];
    let ((r2, u2), (tr, tu)) = polar_jvp(x, t);
    assert_eq!((r2, u2), (r, u));
    assert_relative_eq!(tr, 2.2, max_relative = HAND);
    assert_relative_eq!(tu[0], -0.064, max_relative = 1e-11);
    assert_relative_eq!(tu[1], 0.048, max_relative = 1e-11);
    assert_relative_eq!(s * tr + dot(&w, &tu), dot(&g, &t), max_relative = HAND);
}

/// a · x_i² for each i, in a `Vec` built with `vec![0.0; n]`.
#[differentiate]
fn scaled_squares(x: &[f64], a: f64) -> Vec<f64> {
    let mut out = vec![0.0; x.len()];
    for i in 0..x.len() {
        out[i] = a * x[i] * x[i];
    }
    out
}

#[test]
fn vec_return() {
    let x = [1.0, -2.0, 0.5];
    let seed = vec![1.0, 0.25, -2.0];
    let (y, (gx, ga)) = scaled_squares_vjp(&x, 3.0, seed.clone());
    assert_eq!(y, scaled_squares(&x, 3.0));
    assert_eq!(y, vec![3.0, 12.0, 0.75]);
    // ∂/∂x_i = 2 a x_i s_i, ∂/∂a = Σ s_i x_i².
    assert_eq!(gx, vec![6.0, -3.0, -6.0]);
    assert_eq!(ga, 1.0 + 1.0 - 0.5);
    let tx = [0.5, 1.0, -1.0];
    let (y2, ty) = scaled_squares_jvp(&x, 3.0, &tx, 2.0);
    assert_eq!(y2, y);
    // ẏ_i = 2 a x_i ṫ_i + ȧ x_i².
    assert_eq!(ty, vec![3.0 + 2.0, -12.0 + 8.0, -3.0 + 0.5]);
    assert_eq!(dot(&seed, &ty), dot(&gx, &tx) + ga * 2.0);
}

// ---------------------------------------------------------------------------
// Parameter kinds.

/// ½ |v|² + v_0 v_{n-1}, over a `&Vec<f64>`.
#[allow(clippy::ptr_arg)]
#[differentiate]
fn vec_param(v: &Vec<f64>) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += 0.5 * v[i] * v[i];
    }
    s + v[0] * v[v.len() - 1]
}

#[test]
fn ref_vec_param_gradient_is_a_vec_and_tangent_a_slice() {
    let v = vec![1.0, 2.0, 3.0, 4.0];
    let (s, g): (f64, Vec<f64>) = vec_param_grad(&v);
    assert_eq!(s, vec_param(&v));
    assert_eq!(s, 15.0 + 4.0);
    // ∂/∂v_i = v_i, plus v_{n-1} for i = 0 and v_0 for i = n-1.
    assert_eq!(g, vec![5.0, 2.0, 3.0, 5.0]);
    let t: &[f64] = &[1.0, 0.0, -1.0, 2.0];
    assert_eq!(vec_param_jvp(&v, t), (19.0, 5.0 - 3.0 + 10.0));
    // A single element: ½ v² + v² → 3 v.
    assert_eq!(vec_param_grad(&vec![2.0]), (6.0, vec![6.0]));
}

#[differentiate]
fn dot_f32(x: [f32; 3], y: &[f32; 3]) -> f32 {
    let mut s = 0.0;
    for i in 0..3 {
        s += x[i] * y[i] * x[i];
    }
    s
}

#[test]
fn f32_arrays() {
    let x = [1.0f32, -2.0, 0.5];
    let y = [3.0f32, 0.25, -4.0];
    let (s, (gx, gy)): (f32, ([f32; 3], [f32; 3])) = dot_f32_grad(x, &y);
    assert_eq!(s, dot_f32(x, &y));
    // s = Σ x_i² y_i = 3 + 1 - 1 = 3; ∂/∂x_i = 2 x_i y_i, ∂/∂y_i = x_i².
    assert_eq!(s, 3.0);
    assert_eq!(gx, [6.0, -1.0, -4.0]);
    assert_eq!(gy, [1.0, 4.0, 0.25]);
    let (_, t) = dot_f32_jvp(x, &y, [1.0, 1.0, 0.0], &[0.0, 0.0, 4.0]);
    assert_eq!(t, 6.0 - 1.0 + 1.0);
}

/// The determinant of a 2×2 matrix passed by value.
#[differentiate]
fn det2(m: [[f64; 2]; 2]) -> f64 {
    m[0][0] * m[1][1] - m[0][1] * m[1][0]
}

/// Σ_ij m_ij² (i + 1) over a 3×2 matrix, by nested loops.
#[differentiate]
fn weighted_frobenius(m: &[[f64; 2]; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..3 {
        for j in 0..2 {
            s += m[i][j] * m[i][j] * (i as f64 + 1.0);
        }
    }
    s
}

#[test]
fn nested_array_params() {
    let m = [[2.0, 3.0], [-1.0, 5.0]];
    // det = 10 + 3 = 13; ∂det/∂m = [[m11, -m10], [-m01, m00]] (the cofactors).
    assert_eq!(det2_grad(m), (13.0, [[5.0, 1.0], [-3.0, 2.0]]));
    assert_eq!(det2_jvp(m, [[1.0, 0.0], [0.0, 1.0]]), (13.0, 7.0));
    let m = [[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25]];
    let (s, g) = weighted_frobenius_grad(&m);
    assert_eq!(s, weighted_frobenius(&m));
    assert_eq!(s, 5.0 + 2.0 * 9.25 + 3.0 * 2.3125);
    // ∂/∂m_ij = 2 (i+1) m_ij.
    assert_eq!(g, [[2.0, -4.0], [2.0, 12.0], [-9.0, 1.5]]);
    let t = [[1.0, 1.0], [0.0, -1.0], [2.0, 0.0]];
    assert_eq!(weighted_frobenius_jvp(&m, &t).1, 2.0 - 4.0 - 12.0 - 18.0);
}

// ---------------------------------------------------------------------------
// Iteration forms.

/// Σ (i+1) x_i², by `for (i, &v) in x.iter().enumerate()`.
#[differentiate]
fn enumerate_weighted(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, &v) in x.iter().enumerate() {
        s += (i as f64 + 1.0) * v * v;
    }
    s
}

/// Π x_i, by `for &v in x.iter()`.
#[differentiate]
fn iter_product(x: &[f64; 4]) -> f64 {
    let mut p = 1.0;
    for &v in x.iter() {
        p *= v;
    }
    p
}

/// Σ exp(x_i) · x_i, by `for v in x` over an array by value.
#[differentiate]
fn by_value_loop(x: [f64; 3]) -> f64 {
    let mut s = 0.0;
    for v in x {
        s += v.exp() * v;
    }
    s
}

#[test]
fn enumerate_iter_and_by_value_loops() {
    let x = [1.0, -2.0, 0.5, 3.0];
    let (s, g) = enumerate_weighted_grad(&x);
    assert_eq!(s, enumerate_weighted(&x));
    assert_eq!(s, 1.0 + 8.0 + 0.75 + 36.0);
    assert_eq!(g, vec![2.0, -8.0, 3.0, 24.0]);
    assert_eq!(enumerate_weighted_jvp(&x, &[1.0, 1.0, 1.0, 1.0]).1, 21.0);
    // Π = -3; ∂/∂x_i = Π / x_i.
    let (p, g) = iter_product_grad(&x);
    assert_eq!(p, -3.0);
    assert_eq!(g, [-3.0, 1.5, -6.0, -1.0]);
    assert_eq!(iter_product_jvp(&x, &[0.0, 1.0, 0.0, 2.0]).1, 1.5 - 2.0);
    // ∂/∂x_i = e^{x_i} (1 + x_i).
    let x = [0.3, -1.0, 2.0];
    let (s, g) = by_value_loop_grad(x);
    assert_eq!(s, by_value_loop(x));
    for i in 0..3 {
        assert_relative_eq!(g[i], x[i].exp() * (1.0 + x[i]), max_relative = HAND);
    }
    let t = [1.0, -2.0, 0.5];
    assert_relative_eq!(by_value_loop_jvp(x, t).1, dot(&g, &t), max_relative = HAND);
}

/// The polynomial Σ c_i x^i by Horner's rule, over `(0..4).rev()`.
#[differentiate]
fn horner(c: &[f64; 4], x: f64) -> f64 {
    let mut p = 0.0;
    for i in (0..4).rev() {
        p = p * x + c[i];
    }
    p
}

/// Σ_{k=1}^{n} x^k / k, over `1..=n`: its derivative is Σ_{k=1}^{n} x^{k-1}.
#[differentiate]
fn log_series(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for k in 1..=n {
        s += x.powi(k as i32) / k as f64;
    }
    s
}

#[test]
fn reversed_and_inclusive_ranges() {
    let c = [1.0, -2.0, 0.5, 3.0];
    // p(2) = 1 - 4 + 2 + 24 = 23; ∂p/∂c_i = 2^i; p'(x) = -2 + x + 9x² = 36.
    let (p, (gc, gx)) = horner_grad(&c, 2.0);
    assert_eq!(p, horner(&c, 2.0));
    assert_eq!(p, 23.0);
    assert_eq!(gc, [1.0, 2.0, 4.0, 8.0]);
    assert_eq!(gx, 36.0);
    assert_eq!(
        horner_jvp(&c, 2.0, &[0.0, 0.0, 0.0, 1.0], 1.0).1,
        8.0 + 36.0
    );
    // x = 0.5, n = 4: Σ x^{k-1} = 1 + 0.5 + 0.25 + 0.125 = 1.875.
    let (s, g) = log_series_grad(0.5, 4);
    assert_eq!(s, log_series(0.5, 4));
    assert_relative_eq!(s, 0.5 + 0.125 + 0.125 / 3.0 + 0.015625, max_relative = HAND);
    assert_eq!(g, 1.875);
    assert_eq!(log_series_jvp(0.5, 4, 2.0).1, 3.75);
    // n = 0: the empty range.
    assert_eq!(log_series_grad(0.5, 0), (0.0, 0.0));
}

// ---------------------------------------------------------------------------
// Element mutation.

/// Cumulative products c_k = Π_{j≤k} x_j in a local array written in a loop.
#[differentiate]
fn cumulative_products(x: [f64; 4]) -> [f64; 4] {
    let mut c = [0.0; 4];
    c[0] = x[0];
    for i in 1..4 {
        c[i] = c[i - 1] * x[i];
    }
    c
}

/// The same, computed in place on a copy of the input with `*=`, then
/// summed: every element is read before it is overwritten.
#[differentiate]
fn cumulative_products_in_place(x: [f64; 4]) -> f64 {
    let mut a = x;
    for i in 1..4 {
        a[i] *= a[i - 1];
    }
    let mut s = 0.0;
    for i in 0..4 {
        s += a[i];
    }
    s
}

#[test]
fn local_array_mutated_in_a_loop() {
    let x = [2.0, -1.0, 0.5, 4.0];
    let c = [2.0, -2.0, -1.0, -4.0];
    let (y, g) = cumulative_products_vjp(x, [1.0; 4]);
    assert_eq!(y, cumulative_products(x));
    assert_eq!(y, c);
    // ∂(Σ c_k)/∂x_j = Σ_{k≥j} c_k / x_j.
    let expected: Vec<f64> = (0..4)
        .map(|j| (j..4).map(|k| c[k]).sum::<f64>() / x[j])
        .collect();
    assert_eq!(expected, vec![-2.5, 7.0, -10.0, -1.0]);
    assert_all_close(&g, &expected, HAND);
    let (s, g2) = cumulative_products_in_place_grad(x);
    assert_eq!(s, cumulative_products_in_place(x));
    assert_eq!(s, -5.0);
    assert_all_close(&g2, &expected, HAND);
    // Forward: ċ_k = Σ_{j≤k} c_k ẋ_j / x_j.
    let t = [1.0, 0.0, 2.0, -1.0];
    let (_, tc) = cumulative_products_jvp(x, t);
    for k in 0..4 {
        let e: f64 = (0..=k).map(|j| c[k] * t[j] / x[j]).sum();
        assert_relative_eq!(tc[k], e, max_relative = HAND);
    }
    assert_relative_eq!(tc.iter().sum::<f64>(), dot(&g, &t), max_relative = HAND);
    assert_relative_eq!(
        cumulative_products_in_place_jvp(x, t).1,
        dot(&g, &t),
        max_relative = HAND
    );
}

/// y = a_0 a_1 is read, then a_0 is overwritten twice (by 3 a_0, then by a
/// constant) and a_1 by a_1²: the result uses the values at each use.
#[differentiate]
fn mutate_after_read(x: [f64; 2]) -> f64 {
    let mut a = x;
    let y = a[0] * a[1];
    a[0] = 3.0 * a[0];
    let z = y * a[0];
    a[0] = 7.0;
    a[1] = a[1] * a[1];
    z + a[0] * a[1]
}

/// The same within a loop: each iteration writes a[i], reads it, and
/// overwrites it; the second loop reads the overwritten values.
#[differentiate]
fn mutate_after_read_in_loop(x: &[f64; 3]) -> f64 {
    let mut a = [0.0; 3];
    let mut s = 0.0;
    for i in 0..3 {
        a[i] = x[i];
        s += a[i] * a[i];
        a[i] = 2.0 * s;
    }
    for i in 0..3 {
        s += a[i];
    }
    s
}

#[test]
fn mutation_after_read_uses_the_value_at_the_time_of_use() {
    // z = 3 x0² x1, a = (7, x1²): result 3 x0² x1 + 7 x1²;
    // ∂/∂x0 = 6 x0 x1, ∂/∂x1 = 3 x0² + 14 x1.
    let x = [2.0, -1.5];
    let (v, g) = mutate_after_read_grad(x);
    assert_eq!(v, mutate_after_read(x));
    assert_eq!(v, -18.0 + 15.75);
    assert_eq!(g, [-18.0, 12.0 - 21.0]);
    assert_eq!(mutate_after_read_jvp(x, [1.0, 2.0]).1, -18.0 - 18.0);
    // s_k = Σ_{j≤k} x_j², a_k = 2 s_k, result s_2 + 2 (s_0 + s_1 + s_2):
    // ∂/∂x_j = 2 x_j (1 + 2 (3 - j)) = 2 x_j (7 - 2j).
    let x = [1.0, 2.0, -3.0];
    let (v, g) = mutate_after_read_in_loop_grad(&x);
    assert_eq!(v, mutate_after_read_in_loop(&x));
    assert_eq!(v, 14.0 + 2.0 * (1.0 + 5.0 + 14.0));
    assert_eq!(g, [14.0, 20.0, -18.0]);
    assert_eq!(mutate_after_read_in_loop_jvp(&x, &[1.0, 1.0, 1.0]).1, 16.0);
}

// ---------------------------------------------------------------------------
// More loop shapes, against central finite differences of the original and
// with forward mode against reverse mode. Every test point is well away from
// the branch switches, so the finite-difference stencil never crosses one.

/// Checks a gradient `g` at `x` against finite differences of `f`, and the
/// forward-mode directional derivative `jvp(t)` against `<g, t>` for a
/// generic direction `t`.
fn check_fd_and_forward(
    name: &str,
    f: impl Fn(&[f64]) -> f64,
    x: &[f64],
    g: &[f64],
    jvp: impl Fn(&[f64]) -> f64,
) {
    check_gradient(&f, x, g, 1e-6).unwrap_or_else(|e| panic!("{name} at {x:?}:\n{e}"));
    let t: Vec<f64> = (0..x.len()).map(|i| 0.3 + 0.7 * i as f64).collect();
    let forward = jvp(&t);
    let reverse = dot(g, &t);
    assert!(
        (forward - reverse).abs() <= 1e-12 * reverse.abs().max(1.0),
        "{name} at {x:?}: forward {forward:e}, reverse {reverse:e}"
    );
}

/// A triangular double loop whose inner loop ends with `break`.
#[differentiate]
fn triangular_break(x: &[f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        for j in 0..4 {
            if j > i {
                break;
            }
            s += x[i] * x[j];
        }
    }
    s
}

/// `continue` in a `while` loop whose counter is advanced first.
#[differentiate]
fn while_with_continue(x: &[f64]) -> f64 {
    let mut i = 0;
    let mut s = 1.0;
    while i < x.len() {
        i += 1;
        if x[i - 1] < 0.0 {
            continue;
        }
        s = s * x[i - 1] + 1.0;
    }
    s
}

/// `return` from the inner one of two nested loops.
#[differentiate]
fn return_from_nested_loops(x: &[f64; 3], t: f64) -> f64 {
    let mut p = 1.0;
    for i in 0..3 {
        for j in 0..3 {
            p *= x[j] + i as f64;
            if p > t {
                return p * t;
            }
        }
    }
    p
}

/// `return` before a loop.
#[differentiate]
fn return_before_loop(x: &[f64]) -> f64 {
    if x[0] < 0.0 {
        return x[0] * x[0];
    }
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i].exp();
    }
    s
}

#[test]
fn nested_loops_with_break_continue_and_return() {
    let x = [0.7, -1.2, 1.9, 0.4];
    // Σ_{j≤i} x_i x_j = ½ ((Σx)² + Σx²): ∂/∂x_k = Σx + x_k.
    let (s, g) = triangular_break_grad(&x);
    let total: f64 = x.iter().sum();
    assert_relative_eq!(s, 0.5 * (total * total + dot(&x, &x)), max_relative = HAND);
    assert_all_close(&g, &x.map(|v| total + v), HAND);
    check_fd_and_forward(
        "triangular_break",
        |p| triangular_break(p.try_into().unwrap()),
        &x,
        &g,
        |t| triangular_break_jvp(&x, t.try_into().unwrap()).1,
    );

    let (_, g) = while_with_continue_grad(&x);
    assert_eq!(g[1], 0.0);
    check_fd_and_forward("while_with_continue", while_with_continue, &x, &g, |t| {
        while_with_continue_jvp(&x, t).1
    });

    // p runs through 1.3, 1.04, 1.768, 4.0664, ... : t = 0.5 returns at the
    // first factor, t = 2 at the fourth, t = 100 never.
    let x3 = [1.3, 0.8, 1.7];
    for t in [0.5, 2.0, 100.0] {
        let (v, (gx, gt)) = return_from_nested_loops_grad(&x3, t);
        assert_eq!(v, return_from_nested_loops(&x3, t));
        let point = [x3[0], x3[1], x3[2], t];
        check_fd_and_forward(
            "return_from_nested_loops",
            |p| return_from_nested_loops(&[p[0], p[1], p[2]], p[3]),
            &point,
            &[gx[0], gx[1], gx[2], gt],
            |d| return_from_nested_loops_jvp(&x3, t, &[d[0], d[1], d[2]], d[3]).1,
        );
    }
    // At t = 0.5: p = x0 · t, so the gradient is (t, 0, 0; x0).
    assert_eq!(
        return_from_nested_loops_grad(&x3, 0.5),
        (0.65, ([0.5, 0.0, 0.0], 1.3))
    );

    for x in [[0.2, 0.5, -1.0], [-0.2, 0.5, -1.0]] {
        let (_, g) = return_before_loop_grad(&x);
        check_fd_and_forward("return_before_loop", return_before_loop, &x, &g, |t| {
            return_before_loop_jvp(&x, t).1
        });
    }
    assert_eq!(
        return_before_loop_grad(&[-0.5, 3.0]),
        (0.25, vec![-1.0, 0.0])
    );
    // An empty slice: the loop does not run.
    assert_eq!(while_with_continue_grad(&[]), (1.0, vec![]));
}

/// A state array replaced as a whole by an array literal on every step.
#[differentiate]
fn whole_array_state(x0: f64, v0: f64) -> f64 {
    let mut st = [x0, v0];
    for _ in 0..50 {
        st = [st[0] + 0.1 * st[1], st[1] - 0.1 * st[0].sin()];
    }
    st[0] * st[1]
}

/// A `mut` array parameter, overwritten element by element.
#[differentiate]
fn mut_array_param(mut x: [f64; 3]) -> f64 {
    for i in 0..3 {
        x[i] = x[i] * x[i];
    }
    x[0] * x[1] + x[2]
}

/// `-=`, `/=` and `*=` on elements of a local array.
#[differentiate]
fn compound_element_ops(x: [f64; 3]) -> f64 {
    let mut a = [1.0, 2.0, 3.0];
    for i in 0..3 {
        a[i] -= x[i];
        a[i] /= x[(i + 1) % 3];
        a[i] *= a[i];
    }
    a[0] + a[1] + a[2]
}

/// A local 3×3 matrix filled by nested loops, then read off the diagonal.
#[differentiate]
fn local_matrix(x: &[f64; 3]) -> f64 {
    let mut m = [[0.0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            m[i][j] = x[i] * x[j] + (i + j) as f64;
        }
    }
    let mut s = 0.0;
    for i in 0..3 {
        s += m[i][(i + 1) % 3] * m[i][i];
    }
    s
}

/// A nested array replaced as a whole inside a loop.
#[differentiate]
fn whole_matrix_state(x: [[f64; 2]; 2]) -> f64 {
    let mut m = x;
    for _ in 0..3 {
        m = [
            [m[0][0] * m[1][1], m[0][1] + m[1][0]],
            [m[1][0].sin(), m[0][0]],
        ];
    }
    m[0][0] + m[0][1] * m[1][0] + m[1][1]
}

#[test]
fn array_state_and_element_updates_in_loops() {
    let (_, (a, b)) = whole_array_state_grad(0.5, -0.3);
    check_fd_and_forward(
        "whole_array_state",
        |p| whole_array_state(p[0], p[1]),
        &[0.5, -0.3],
        &[a, b],
        |t| whole_array_state_jvp(0.5, -0.3, t[0], t[1]).1,
    );

    // x0² x1² + x2²: gradient (2 x0 x1², 2 x0² x1, 2 x2).
    let x = [1.5, -2.0, 0.5];
    assert_eq!(mut_array_param_grad(x), (9.25, [12.0, -9.0, 1.0]));
    assert_eq!(mut_array_param_jvp(x, [1.0, 1.0, 1.0]).1, 4.0);

    let x = [1.3, 0.8, 1.7];
    let (_, g) = compound_element_ops_grad(x);
    check_fd_and_forward(
        "compound_element_ops",
        |p| compound_element_ops(p.try_into().unwrap()),
        &x,
        &g,
        |t| compound_element_ops_jvp(x, t.try_into().unwrap()).1,
    );
    let (_, g) = local_matrix_grad(&x);
    check_fd_and_forward(
        "local_matrix",
        |p| local_matrix(p.try_into().unwrap()),
        &x,
        &g,
        |t| local_matrix_jvp(&x, t.try_into().unwrap()).1,
    );

    let m = [[0.5, 0.3], [-0.2, 0.9]];
    let (_, g) = whole_matrix_state_grad(m);
    check_fd_and_forward(
        "whole_matrix_state",
        |p| whole_matrix_state([[p[0], p[1]], [p[2], p[3]]]),
        m.as_flattened(),
        g.as_flattened(),
        |t| whole_matrix_state_jvp(m, [[t[0], t[1]], [t[2], t[3]]]).1,
    );
}

/// Shadowing inside a loop body.
#[differentiate]
fn shadowing_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &v in x.iter() {
        let v = v * v;
        let v = v.sin();
        s = s * 0.5 + v;
    }
    s
}

/// An `if` expression choosing between two differentiable branches.
#[differentiate]
fn if_expression_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let t = if x[i] > 0.0 { x[i].ln() } else { x[i] * x[i] };
        s += t * s + t;
    }
    s
}

/// A loop over `x.iter().enumerate()` of a `&Vec`, dereferencing `&f64`.
#[allow(clippy::ptr_arg)]
#[differentiate]
fn enumerate_deref(x: &Vec<f64>) -> f64 {
    let mut s = 0.0;
    for (i, v) in x.iter().enumerate() {
        s += *v * (i as f64) * *v;
    }
    s
}

/// An inner loop whose trip count depends on the outer counter, reading a
/// value from the outer loop.
#[differentiate]
fn inner_trip_count_varies(x: f64) -> f64 {
    let mut y = x;
    for i in 0..5 {
        let mut z = y;
        for _ in 0..i {
            z = z.sin() * 1.1 + y;
        }
        y = z * 0.9;
    }
    y
}

/// A `loop` left by `return` after a fixed count.
#[differentiate]
fn loop_with_return(x: f64) -> f64 {
    let mut y = x;
    let mut n = 0;
    loop {
        y = y.cos() + 0.5 * y;
        n += 1;
        if n == 7 {
            return y * x;
        }
    }
}

/// A `Vec` local updated from its previous element.
#[differentiate]
fn vec_recurrence(x: &[f64]) -> f64 {
    let n = x.len();
    let mut w = vec![0.0; n];
    for i in 0..n {
        w[i] = x[i].exp();
        if i > 0 {
            w[i] += w[i - 1] * x[i];
        }
    }
    w[n - 1]
}

/// The argmax index (data-dependent, not differentiable) selects elements.
#[differentiate]
fn data_dependent_index(x: &[f64; 4]) -> f64 {
    let mut best = 0;
    for i in 1..4 {
        if x[i] > x[best] {
            best = i;
        }
    }
    x[best] * x[(best + 1) % 4]
}

/// An array literal of differentiable values, iterated by value.
#[differentiate]
fn literal_of_active_values(x: f64, y: f64) -> f64 {
    let a = [x, y, x * y];
    let mut s = 0.0;
    for v in a {
        s += v * v;
    }
    s
}

#[test]
fn loop_bodies_with_shadowing_branches_and_data_dependent_indices() {
    let x = [0.7, -1.2, 1.9, 0.4];
    let (_, g) = shadowing_in_loop_grad(&x);
    check_fd_and_forward("shadowing_in_loop", shadowing_in_loop, &x, &g, |t| {
        shadowing_in_loop_jvp(&x, t).1
    });
    let (_, g) = if_expression_in_loop_grad(&x);
    check_fd_and_forward(
        "if_expression_in_loop",
        if_expression_in_loop,
        &x,
        &g,
        |t| if_expression_in_loop_jvp(&x, t).1,
    );
    let v = x.to_vec();
    let (_, g) = enumerate_deref_grad(&v);
    // ∂/∂x_i = 2 i x_i.
    assert_all_close(&g, &[0.0, -2.4, 7.6, 2.4], HAND);
    assert_relative_eq!(
        enumerate_deref_jvp(&v, &[1.0; 4]).1,
        7.6,
        max_relative = HAND
    );
    let (_, g) = vec_recurrence_grad(&x);
    check_fd_and_forward("vec_recurrence", vec_recurrence, &x, &g, |t| {
        vec_recurrence_jvp(&x, t).1
    });
    for x0 in [0.8, -0.3] {
        let (_, g) = inner_trip_count_varies_grad(x0);
        check_fd_and_forward(
            "inner_trip_count_varies",
            |p| inner_trip_count_varies(p[0]),
            &[x0],
            &[g],
            |t| inner_trip_count_varies_jvp(x0, t[0]).1,
        );
        let (_, g) = loop_with_return_grad(x0);
        check_fd_and_forward(
            "loop_with_return",
            |p| loop_with_return(p[0]),
            &[x0],
            &[g],
            |t| loop_with_return_jvp(x0, t[0]).1,
        );
    }
    // Largest element x_1 = 3, times its successor x_2 = 1.
    assert_eq!(
        data_dependent_index_grad(&[0.5, 3.0, 1.0, 2.0]),
        (3.0, [0.0, 1.0, 3.0, 0.0])
    );
    // Largest element x_3 = 2, times x_0 (wrapping around).
    assert_eq!(
        data_dependent_index_grad(&[0.5, 1.0, 1.5, 2.0]),
        (1.0, [2.0, 0.0, 0.0, 0.5])
    );
    // x² + y² + x²y²: (2x + 2xy², 2y + 2x²y) = (1 + 4, 4 + 1) at (0.5, 2).
    assert_eq!(literal_of_active_values_grad(0.5, 2.0), (5.25, (5.0, 5.0)));
    assert_eq!(literal_of_active_values_jvp(0.5, 2.0, 1.0, -1.0).1, 0.0);
}

/// A loop that returns an array from inside, or falls through to the end.
#[differentiate]
fn array_return_from_loop(x: [f64; 2]) -> [f64; 2] {
    let mut y = x;
    for k in 0..10 {
        y = [y[0] * 1.5, y[1] + y[0]];
        if y[0] > 10.0 {
            return [y[1], k as f64 * y[0]];
        }
    }
    y
}

/// A tuple of two floats computed in a loop.
#[differentiate]
fn sum_and_product(x: &[f64; 3]) -> (f64, f64) {
    let mut a = 0.0;
    let mut b = 1.0;
    for i in 0..3 {
        a += x[i];
        b *= x[i];
    }
    (a * b, b)
}

#[test]
fn non_scalar_returns_from_loops() {
    // Each output component against finite differences and forward mode.
    for x in [[0.5, 1.0], [20.0, 1.0], [0.001, 2.0]] {
        for (k, seed) in [[1.0, 0.0], [0.0, 1.0]].into_iter().enumerate() {
            let (_, g) = array_return_from_loop_vjp(x, seed);
            check_fd_and_forward(
                "array_return_from_loop",
                |p| array_return_from_loop(p.try_into().unwrap())[k],
                &x,
                &g,
                |t| array_return_from_loop_jvp(x, t.try_into().unwrap()).1[k],
            );
        }
    }
    // (Σx · Πx, Πx) at (1, 2, 3) = (36, 6); ∂Πx/∂x_i = Πx / x_i;
    // ∂(Σx Πx)/∂x_i = Πx + Σx Πx / x_i.
    let x = [1.0, 2.0, 3.0];
    let (y, g) = sum_and_product_vjp(&x, (1.0, 0.0));
    assert_eq!(y, (36.0, 6.0));
    assert_eq!(g, [42.0, 24.0, 18.0]);
    let (_, g) = sum_and_product_vjp(&x, (0.0, 1.0));
    assert_eq!(g, [6.0, 3.0, 2.0]);
    let (_, (t0, t1)) = sum_and_product_jvp(&x, &[1.0, 0.0, -1.0]);
    assert_eq!((t0, t1), (42.0 - 18.0, 6.0 - 2.0));
}

/// Mean of squares over an `&[f32]`.
#[differentiate]
fn mean_square_f32(x: &[f32]) -> f32 {
    let mut s = 0.0;
    for &v in x.iter() {
        s += v * v;
    }
    s / x.len() as f32
}

/// `a · x` as a `Vec<f32>`.
#[differentiate]
fn scale_f32(x: &[f32], a: f32) -> Vec<f32> {
    let mut out = vec![0.0; x.len()];
    for i in 0..x.len() {
        out[i] = a * x[i];
    }
    out
}

#[test]
fn f32_slices_and_vec_return() {
    let x = [1.0f32, 2.0, -3.0];
    // ∂/∂x_i = 2 x_i / n.
    let (s, g) = mean_square_f32_grad(&x);
    assert_eq!(s, 14.0 / 3.0);
    assert_eq!(g, vec![2.0 / 3.0, 4.0 / 3.0, -2.0]);
    assert_eq!(mean_square_f32_jvp(&x, &[0.0, 0.0, 1.0]).1, -2.0);
    let (y, (gx, ga)) = scale_f32_vjp(&x, 2.0, vec![1.0, 0.5, 1.0]);
    assert_eq!(y, vec![2.0, 4.0, -6.0]);
    assert_eq!(gx, vec![2.0, 1.0, 2.0]);
    assert_eq!(ga, 1.0 + 1.0 - 3.0);
    let (_, t) = scale_f32_jvp(&x, 2.0, &[1.0, 1.0, 1.0], 1.0);
    assert_eq!(t, vec![3.0, 4.0, -1.0]);
}

#[differentiate]
fn sum_of_squares(x: &[f64]) -> f64 {
    let mut a = 0.0;
    for i in 0..x.len() {
        a += x[i] * x[i];
    }
    a
}

#[test]
fn jvp_checks_the_length_of_a_slice_tangent() {
    let x = [1.0, 2.0];
    // d/dt of |x + t v|^2 at t = 0 is 2 x . v, by hand.
    assert_eq!(sum_of_squares_jvp(&x, &[1.0, 1.0]).1, 6.0);
}

#[test]
#[should_panic(expected = "autodiff: the tangent of `x` has 3 items, but `x` has 2")]
fn jvp_rejects_a_longer_slice_tangent() {
    sum_of_squares_jvp(&[1.0, 2.0], &[1.0, 1.0, 7.0]);
}

#[test]
#[should_panic(expected = "autodiff: the tangent of `x` has 1 items, but `x` has 2")]
fn jvp_rejects_a_shorter_slice_tangent() {
    sum_of_squares_jvp(&[1.0, 2.0], &[1.0]);
}

#[differentiate]
fn scaled_copy(x: &[f64], a: f64) -> Vec<f64> {
    let mut y = Vec::new();
    for i in 0..x.len() {
        y.push(a * x[i]);
    }
    y
}

#[test]
fn vjp_checks_the_length_of_a_vec_seed() {
    // d/dx of (s . a x) is a s, d/da is s . x, by hand.
    let (_, (dx, da)) = scaled_copy_vjp(&[1.0, 2.0], 3.0, vec![1.0, 0.5]);
    assert_eq!(dx, vec![3.0, 1.5]);
    assert_eq!(da, 2.0);
}

#[test]
#[should_panic(expected = "autodiff: the seed has 3 items, but the result has 2")]
fn vjp_rejects_a_longer_vec_seed() {
    scaled_copy_vjp(&[1.0, 2.0], 3.0, vec![1.0, 0.0, 0.0]);
}

#[test]
#[should_panic(expected = "autodiff: the seed has 1 items, but the result has 2")]
fn vjp_rejects_a_shorter_vec_seed() {
    scaled_copy_vjp(&[1.0, 2.0], 3.0, vec![1.0]);
}
