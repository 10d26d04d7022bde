//! Calls between differentiated functions, user-written rules, constant
//! structs, methods and `wrt`, each against a hand-derived derivative and
//! forward mode against reverse mode.

// The bodies index arrays the way numeric code does, which is what is
// differentiated; the rule for the 2x2 solve spells out its gradient types.
#![allow(clippy::needless_range_loop, clippy::type_complexity)]

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

mod shapes {
    use autodiff::differentiate;

    /// sq(x) = x², sq' = 2x.
    #[differentiate]
    pub fn sq(x: f64) -> f64 {
        x * x
    }

    pub mod deeper {
        use autodiff::differentiate;

        /// lift(x) = sin(sq(x)) + x.
        #[differentiate]
        pub fn lift(x: f64) -> f64 {
            super::sq(x).sin() + x
        }
    }
}

/// top(x, y) = lift(x)·y + sq(y).
#[differentiate]
fn top(x: f64, y: f64) -> f64 {
    shapes::deeper::lift(x) * y + shapes::sq(y)
}

#[test]
fn a_chain_of_three_functions_across_two_modules() {
    let (x, y) = (0.7_f64, 1.3);
    // d/dx = (cos(x²)·2x + 1)·y; d/dy = lift(x) + 2y.
    let lift = (x * x).sin() + x;
    let (v, (dx, dy)) = top_grad(x, y);
    assert_relative_eq!(v, lift * y + y * y, max_relative = 1e-15);
    assert_relative_eq!(
        dx,
        ((x * x).cos() * 2.0 * x + 1.0) * y,
        max_relative = 1e-14
    );
    assert_relative_eq!(dy, lift + 2.0 * y, max_relative = 1e-14);
    assert_relative_eq!(top_jvp(x, y, 1.0, 0.0).1, dx, max_relative = 1e-14);
    assert_relative_eq!(top_jvp(x, y, 0.0, 1.0).1, dy, max_relative = 1e-14);
    assert_eq!(top(x, y), v);
}

/// A rule that is deliberately not the derivative of the body: the callers'
/// gradients must show 10, not cos.
#[differentiate(custom)]
fn marked(x: f64) -> f64 {
    x.sin()
}

fn marked_vjp(x: f64, d_out: f64) -> (f64, f64) {
    (marked(x), 10.0 * d_out)
}

fn marked_jvp(x: f64, d_x: f64) -> (f64, f64) {
    (marked(x), 10.0 * d_x)
}

#[differentiate]
fn uses_marked(x: f64) -> f64 {
    3.0 * marked(x * x)
}

#[test]
fn a_custom_rule_is_the_one_used() {
    // 3 · 10 · 2x with the rule (the true derivative would be 3 cos(x²) 2x).
    let x = 0.5;
    assert_relative_eq!(uses_marked_grad(x).1, 30.0 * 2.0 * x, max_relative = 1e-15);
    assert_relative_eq!(
        uses_marked_jvp(x, 1.0).1,
        30.0 * 2.0 * x,
        max_relative = 1e-15
    );
    assert_relative_eq!(marked_grad(x).1, 10.0);
}

/// A numerically stable log-sum-exp with a hand-written rule: the gradient
/// is the softmax.
#[differentiate(custom)]
fn log_sum_exp(x: &[f64]) -> f64 {
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
}

fn log_sum_exp_vjp(x: &[f64], d_out: f64) -> (f64, Vec<f64>) {
    let y = log_sum_exp(x);
    (y, x.iter().map(|v| d_out * (v - y).exp()).collect())
}

fn log_sum_exp_jvp(x: &[f64], d_x: &[f64]) -> (f64, f64) {
    let y = log_sum_exp(x);
    (y, x.iter().zip(d_x).map(|(v, t)| (v - y).exp() * t).sum())
}

#[differentiate]
fn scaled_lse(x: &[f64], k: f64) -> f64 {
    k * log_sum_exp(x)
}

#[test]
fn log_sum_exp_with_its_rule_through_a_call() {
    let x = vec![1000.0, 1001.0, 999.5];
    let (v, (g, dk)) = scaled_lse_grad(&x, 2.0);
    let lse = log_sum_exp(&x);
    assert!(v.is_finite() && lse.is_finite());
    assert_relative_eq!(dk, lse, max_relative = 1e-15);
    let total: f64 = x.iter().map(|v| (v - lse).exp()).sum();
    assert_relative_eq!(total, 1.0, max_relative = 1e-12);
    for (gi, xi) in g.iter().zip(&x) {
        assert_relative_eq!(*gi, 2.0 * (xi - lse).exp(), max_relative = 1e-12);
    }
    let (_, t) = scaled_lse_jvp(&x, 2.0, &[1.0, 0.0, 0.0], 0.0);
    assert_relative_eq!(t, g[0], max_relative = 1e-12);
}

/// Solves the 2×2 system a·x = b (Cramer's rule), a routine whose derivative
/// the user knows: dx = a⁻¹(db − da·x), and x̄ gives b̄ = a⁻ᵀx̄, ā = −b̄ xᵀ.
#[differentiate(custom)]
fn solve2(a: &[[f64; 2]; 2], b: &[f64; 2]) -> [f64; 2] {
    let det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    [
        (b[0] * a[1][1] - a[0][1] * b[1]) / det,
        (a[0][0] * b[1] - b[0] * a[1][0]) / det,
    ]
}

fn solve2_vjp(
    a: &[[f64; 2]; 2],
    b: &[f64; 2],
    d_out: [f64; 2],
) -> ([f64; 2], ([[f64; 2]; 2], [f64; 2])) {
    let x = solve2(a, b);
    let at = [[a[0][0], a[1][0]], [a[0][1], a[1][1]]];
    let bb = solve2(&at, &d_out);
    let da = [
        [-bb[0] * x[0], -bb[0] * x[1]],
        [-bb[1] * x[0], -bb[1] * x[1]],
    ];
    (x, (da, bb))
}

fn solve2_jvp(
    a: &[[f64; 2]; 2],
    b: &[f64; 2],
    d_a: &[[f64; 2]; 2],
    d_b: &[f64; 2],
) -> ([f64; 2], [f64; 2]) {
    let x = solve2(a, b);
    let r = [
        d_b[0] - d_a[0][0] * x[0] - d_a[0][1] * x[1],
        d_b[1] - d_a[1][0] * x[0] - d_a[1][1] * x[1],
    ];
    (x, solve2(a, &r))
}

#[differentiate]
fn solve_loss(s: f64, b: [f64; 2]) -> f64 {
    let a = [[2.0 + s, 1.0], [1.0, 3.0]];
    let x: [f64; 2] = solve2(&a, &b);
    x[0] * x[0] + x[1]
}

#[test]
fn a_linear_solve_with_a_user_rule_inside_a_differentiated_function() {
    let (s, b) = (0.5, [1.0, 2.0]);
    let (v, (ds, db)) = solve_loss_grad(s, b);
    assert_eq!(v, solve_loss(s, b));
    let f = |p: &[f64]| solve_loss(p[0], [p[1], p[2]]);
    check_gradient(f, &[s, b[0], b[1]], &[ds, db[0], db[1]], 1e-7).unwrap();
    assert_relative_eq!(
        solve_loss_jvp(s, b, 1.0, [0.0, 0.0]).1,
        ds,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        solve_loss_jvp(s, b, 0.0, [0.0, 1.0]).1,
        db[1],
        max_relative = 1e-12
    );
}

struct Spring {
    k: f64,
}

impl Spring {
    #[differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * x * x
    }

    /// Calls a differentiated method on `self`.
    #[differentiate]
    fn total(&self, x: f64, y: f64) -> f64 {
        self.energy(x) + self.energy(y - x)
    }
}

#[test]
fn methods_call_differentiated_methods_on_self() {
    let s = Spring { k: 3.0 };
    // k x + k (y - x)(-1) and k (y - x).
    let (x, y) = (0.4, 1.5);
    let (_, (dx, dy)) = s.total_grad(x, y);
    assert_relative_eq!(dx, 3.0 * x - 3.0 * (y - x), max_relative = 1e-14);
    assert_relative_eq!(dy, 3.0 * (y - x), max_relative = 1e-14);
    assert_relative_eq!(s.total_jvp(x, y, 1.0, 0.0).1, dx, max_relative = 1e-14);
}

/// Only `x` is differentiable; the callee's `wrt` is invisible to callers.
#[differentiate(wrt(x))]
fn weighted(x: f64, w: f64) -> f64 {
    w * x * x
}

#[differentiate]
fn calls_weighted(x: f64, w: f64) -> f64 {
    weighted(x, w) + w
}

#[test]
fn wrt_restricts_and_callers_get_no_derivative_through_excluded_parameters() {
    assert_eq!(weighted_grad(2.0, 3.0), (12.0, 12.0));
    // Through the call, w is a constant of `weighted`: only the `+ w` counts.
    let (_, (dx, dw)) = calls_weighted_grad(2.0, 3.0);
    assert_eq!((dx, dw), (12.0, 1.0));
}

#[differentiate]
fn norm_sq(v: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += v[i] * v[i];
    }
    s
}

#[differentiate]
fn normalised_energy(x: &[f64], scale: i32) -> f64 {
    norm_sq(x) * (scale as f64)
}

#[test]
fn slices_pass_through_calls() {
    let x = vec![1.0, -2.0, 0.5];
    let (v, g) = normalised_energy_grad(&x, 2);
    assert_relative_eq!(v, 2.0 * 5.25);
    assert_eq!(g, vec![4.0, -8.0, 2.0]);
    let (_, t) = normalised_energy_jvp(&x, 2, &[0.0, 1.0, 0.0]);
    assert_relative_eq!(t, -8.0);
}

/// f32 through the same rule table and the same calling convention.
#[differentiate]
fn cube32(x: f32) -> f32 {
    x * x * x
}

#[differentiate]
fn uses_cube32(x: f32, y: f32) -> f32 {
    cube32(x).sin() + y * cube32(y)
}

#[test]
fn f32_functions_call_f32_functions() {
    let (x, y) = (0.6_f32, 1.1_f32);
    // d/dx = cos(x³) 3x², d/dy = 4y³.
    let (v, (dx, dy)) = uses_cube32_grad(x, y);
    assert_eq!(v, uses_cube32(x, y));
    assert_relative_eq!(dx, (x * x * x).cos() * 3.0 * x * x, max_relative = 1e-6);
    assert_relative_eq!(dy, 4.0 * y * y * y, max_relative = 1e-6);
    assert_relative_eq!(uses_cube32_jvp(x, y, 1.0, 0.0).1, dx, max_relative = 1e-6);
}

/// Functions generated by a `macro_rules!` macro, whose types arrive as
/// `$t:ty` fragments (wrapped in invisible groups).
macro_rules! generated_norm {
    ($name:ident, $arr:ty, $ret:ty) => {
        #[differentiate]
        fn $name(x: $arr, s: f64) -> $ret {
            let n = (x[0] * x[0] + x[1] * x[1]).sqrt();
            (n * s, n)
        }
    };
}

generated_norm!(generated_norm_ref, &[f64; 2], (f64, f64));

#[test]
fn types_passed_through_macro_rules_fragments_are_understood() {
    let x = [3.0, 4.0];
    // d/dx of (|x| s, |x|) seeded with (1, 1): (s + 1) x / |x|; d/ds: |x|.
    let (v, (gx, gs)) = generated_norm_ref_vjp(&x, 2.0, (1.0, 1.0));
    assert_eq!(v, (10.0, 5.0));
    assert!((gx[0] - 3.0 * 3.0 / 5.0).abs() < 1e-14 && (gx[1] - 3.0 * 4.0 / 5.0).abs() < 1e-14);
    assert!((gs - 5.0).abs() < 1e-14);
}
