//! Patterns wherever Rust allows a binding: array patterns on arrays and
//! their references (`let [x1, x2] = *param;`), nested and rest patterns,
//! tuple patterns, `_`, `ref` and `mut` bindings, destructured parameters
//! and loop variables.
//!
//! The first group are classic optimisation test functions copied from
//! the `argmin_testfunctions` crate as their authors wrote them,
//! specialised from `T: Float` to `f64` (`T::from_f64(7.0).unwrap()`
//! becomes `7.0`) and otherwise unchanged. Each gradient is checked against
//! forward mode and central finite differences of the original function,
//! and each Hessian against central differences of the gradient (an
//! independent reference: the gradient is checked itself). The functions
//! with their own formulas are checked against them too.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};
use std::f64::consts::PI;

/// Reverse mode against forward mode (two independent transforms of the
/// same function) and against central differences of the original, and
/// the Hessian against central differences of the gradient, at `at`.
#[allow(clippy::type_complexity)]
fn check<const N: usize>(
    at: [f64; N],
    f: impl Fn(&[f64; N]) -> f64,
    grad: impl Fn(&[f64; N]) -> (f64, [f64; N]),
    jvp: impl Fn(&[f64; N], &[f64; N]) -> (f64, f64),
    hessian: Option<&dyn Fn(&[f64; N]) -> (f64, [f64; N], [[f64; N]; N])>,
) {
    let (value, g) = grad(&at);
    assert_eq!(value, f(&at), "value at {at:?}");
    for i in 0..N {
        let mut t = [0.0; N];
        t[i] = 1.0;
        let (v, d) = jvp(&at, &t);
        assert_eq!(v, value, "jvp value at {at:?}");
        assert!(
            approx::relative_eq!(d, g[i], epsilon = 1e-12, max_relative = 1e-12),
            "at {at:?}, component {i}: forward {d:e}, reverse {:e}",
            g[i]
        );
    }
    let flat = |x: &[f64]| {
        let mut a = [0.0; N];
        a.copy_from_slice(x);
        f(&a)
    };
    check_gradient(flat, &at, &g, 1e-6).unwrap_or_else(|e| panic!("at {at:?}:\n{e}"));
    let Some(hessian) = hessian else { return };
    let (hv, hg, h) = hessian(&at);
    assert_eq!(hv, value);
    assert_eq!(hg, g);
    for i in 0..N {
        let step = 1e-5 * at[i].abs().max(1.0);
        let (mut xp, mut xm) = (at, at);
        xp[i] += step;
        xm[i] -= step;
        let (gp, gm) = (grad(&xp).1, grad(&xm).1);
        for j in 0..N {
            let fd = (gp[j] - gm[j]) / (2.0 * step);
            let scale = 1.0_f64.max(fd.abs()).max(h[i][j].abs());
            assert!(
                (fd - h[i][j]).abs() <= 1e-5 * scale,
                "at {at:?}: H[{i}][{j}] = {:e}, differences of the gradient {fd:e}",
                h[i][j]
            );
            assert_relative_eq!(h[i][j], h[j][i], max_relative = 1e-12, epsilon = 1e-12);
        }
    }
}

macro_rules! check_fn {
    ($f:ident, $grad:ident, $jvp:ident, $hess:ident, $($at:expr),+) => {
        $( check($at, $f, $grad, $jvp, Some(&$hess)); )+
    };
}

// ---------------------------------------------------------------------------
// argmin_testfunctions, specialised to f64.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
pub fn himmelblau(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let n7 = 7.0;
    let n11 = 11.0;
    (x1.powi(2) + x2 - n11).powi(2) + (x1 + x2.powi(2) - n7).powi(2)
}

#[differentiate(hessian)]
pub fn beale(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    (1.5 - x1 + x1 * x2).powi(2)
        + (2.25 - x1 + x1 * (x2.powi(2))).powi(2)
        + (2.625 - x1 + x1 * (x2.powi(3))).powi(2)
}

#[differentiate(hessian)]
pub fn booth(param: &[f64; 2]) -> f64 {
    let n2 = 2.0;
    let n5 = 5.0;
    let n7 = 7.0;

    let [x1, x2] = *param;
    (x1 + n2 * x2 - n7).powi(2) + (n2 * x1 + x2 - n5).powi(2)
}

#[differentiate(hessian)]
pub fn goldsteinprice(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let n1 = 1.0;
    let n2 = 2.0;
    let n3 = 3.0;
    let n6 = 6.0;
    let n12 = 12.0;
    let n14 = 14.0;
    let n18 = 18.0;
    let n19 = 19.0;
    let n27 = 27.0;
    let n30 = 30.0;
    let n32 = 32.0;
    let n36 = 36.0;
    let n48 = 48.0;
    (n1 + (x1 + x2 + n1).powi(2)
        * (n19 - n14 * (x1 + x2) + n3 * (x1.powi(2) + x2.powi(2)) + n6 * x1 * x2))
        * (n30
            + (n2 * x1 - n3 * x2).powi(2)
                * (n18 - n32 * x1 + n12 * x1.powi(2) + n48 * x2 - n36 * x1 * x2 + n27 * x2.powi(2)))
}

#[differentiate(hessian)]
pub fn threehumpcamel(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;

    2.0 * x1.powi(2) - 1.05 * x1.powi(4) + x1.powi(6) / 6.0 + x1 * x2 + x2.powi(2)
}

#[differentiate(hessian)]
pub fn matyas(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;

    let n026 = 0.26;
    let n048 = 0.48;

    n026 * (x1.powi(2) + x2.powi(2)) - n048 * x1 * x2
}

#[differentiate(hessian)]
pub fn levy_n13(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;

    let n1 = 1.0;
    let n2 = 2.0;
    let n3 = 3.0;
    let pi = PI;

    (n3 * pi * x1).sin().powi(2)
        + (x1 - n1).powi(2) * (n1 + (n3 * pi * x2).sin().powi(2))
        + (x2 - n1).powi(2) * (n1 + (n2 * pi * x2).sin().powi(2))
}

#[differentiate(hessian)]
pub fn mccormick(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    (x1 + x2).sin() + (x1 - x2).powi(2) - 1.5 * x1 + 2.5 * x2 + 1.0
}

#[differentiate(hessian)]
pub fn easom(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let pi = PI;
    -x1.cos() * x2.cos() * (-(x1 - pi).powi(2) - (x2 - pi).powi(2)).exp()
}

#[differentiate(hessian)]
pub fn eggholder(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let n47 = 47.0;
    -(x2 + n47) * (x2 + x1 / 2.0 + n47).abs().sqrt().sin()
        - x1 * (x1 - (x2 + n47)).abs().sqrt().sin()
}

#[differentiate(hessian)]
pub fn holder_table(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let pi = PI;
    let n1 = 1.0;
    -(x1.sin() * x2.cos() * (n1 - (x1.powi(2) + x2.powi(2)).sqrt() / pi).abs().exp()).abs()
}

#[differentiate(hessian)]
pub fn bukin_n6(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;
    let n001 = 0.01;
    let n10 = 10.0;
    let n100 = 100.0;
    n100 * (x2 - n001 * x1.powi(2)).abs().sqrt() + n001 * (x1 + n10).abs()
}

#[differentiate(hessian)]
pub fn schaffer_n2(param: &[f64; 2]) -> f64 {
    let [x1, x2] = *param;

    let n0_001 = 0.001;
    let n0_5 = 0.5;
    let n1 = 1.0;

    n0_5 + ((x1.powi(2) - x2.powi(2)).sin().powi(2) - n0_5)
        / (n1 + n0_001 * (x1.powi(2) + x2.powi(2))).powi(2)
}

/// Points away from the kinks of `abs` (none of these lie on one) and
/// of moderate scale.
const POINTS: [[f64; 2]; 4] = [[0.7, -1.3], [-2.1, 0.4], [1.9, 2.6], [-0.35, -0.8]];

#[test]
fn argmin_test_functions_written_with_array_patterns_have_exact_gradients_and_hessians() {
    for at in POINTS {
        check_fn!(
            himmelblau,
            himmelblau_grad,
            himmelblau_jvp,
            himmelblau_hessian,
            at
        );
        check_fn!(beale, beale_grad, beale_jvp, beale_hessian, at);
        check_fn!(booth, booth_grad, booth_jvp, booth_hessian, at);
        check_fn!(
            goldsteinprice,
            goldsteinprice_grad,
            goldsteinprice_jvp,
            goldsteinprice_hessian,
            at
        );
        check_fn!(
            threehumpcamel,
            threehumpcamel_grad,
            threehumpcamel_jvp,
            threehumpcamel_hessian,
            at
        );
        check_fn!(matyas, matyas_grad, matyas_jvp, matyas_hessian, at);
        check_fn!(levy_n13, levy_n13_grad, levy_n13_jvp, levy_n13_hessian, at);
        check_fn!(
            mccormick,
            mccormick_grad,
            mccormick_jvp,
            mccormick_hessian,
            at
        );
        check_fn!(easom, easom_grad, easom_jvp, easom_hessian, at);
        check_fn!(
            eggholder,
            eggholder_grad,
            eggholder_jvp,
            eggholder_hessian,
            at
        );
        check_fn!(
            holder_table,
            holder_table_grad,
            holder_table_jvp,
            holder_table_hessian,
            at
        );
        check_fn!(
            schaffer_n2,
            schaffer_n2_grad,
            schaffer_n2_jvp,
            schaffer_n2_hessian,
            at
        );
    }
    // Bukin N.6 has its valley on x2 = 0.01 x1² and a kink at x1 = -10:
    // points off both.
    for at in [[-8.0, 1.5], [-12.0, 0.2], [3.0, 4.0]] {
        check_fn!(bukin_n6, bukin_n6_grad, bukin_n6_jvp, bukin_n6_hessian, at);
    }
}

#[test]
fn booth_and_matyas_match_their_hand_derived_gradients() {
    // Booth: (x1 + 2x2 - 7)² + (2x1 + x2 - 5)²:
    // ∂/∂x1 = 2a + 4b, ∂/∂x2 = 4a + 2b with a, b the two residuals;
    // H = [[10, 8], [8, 10]] everywhere.
    let [x1, x2] = [0.7, -1.3];
    let (a, b) = (x1 + 2.0 * x2 - 7.0, 2.0 * x1 + x2 - 5.0);
    let (_, g, h) = booth_hessian(&[x1, x2]);
    assert_relative_eq!(g[0], 2.0 * a + 4.0 * b, max_relative = 1e-14);
    assert_relative_eq!(g[1], 4.0 * a + 2.0 * b, max_relative = 1e-14);
    assert_eq!(h, [[10.0, 8.0], [8.0, 10.0]]);
    // Matyas: 0.26 (x1² + x2²) - 0.48 x1 x2.
    let (_, g, h) = matyas_hessian(&[x1, x2]);
    assert_relative_eq!(g[0], 0.52 * x1 - 0.48 * x2, max_relative = 1e-14);
    assert_relative_eq!(g[1], 0.52 * x2 - 0.48 * x1, max_relative = 1e-14);
    assert_relative_eq!(h[0][0], 0.52, max_relative = 1e-14);
    assert_relative_eq!(h[0][1], -0.48, max_relative = 1e-14);
}

// ---------------------------------------------------------------------------
// Array patterns: by value, nested, rest, in parameters.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
fn cube_corner(x: [f64; 3]) -> f64 {
    let [a, b, c] = x;
    a * b * c + a.sin()
}

#[test]
fn an_array_by_value_destructures_into_its_elements() {
    // f = abc + sin a: ∇f = (bc + cos a, ac, ab).
    let x = [0.4, -1.5, 2.5];
    let (v, g) = cube_corner_grad(x);
    assert_eq!(v, cube_corner(x));
    let [a, b, c] = x;
    assert_relative_eq!(g[0], b * c + a.cos(), max_relative = 1e-14);
    assert_relative_eq!(g[1], a * c, max_relative = 1e-14);
    assert_relative_eq!(g[2], a * b, max_relative = 1e-14);
    check(
        x,
        |x| cube_corner(*x),
        |x| cube_corner_grad(*x),
        |x, t| cube_corner_jvp(*x, *t),
        Some(&|x: &[f64; 3]| cube_corner_hessian(*x)),
    );
}

#[differentiate(hessian)]
fn det2(m: &[[f64; 2]; 2]) -> f64 {
    let [[a, b], [c, d]] = *m;
    a * d - b * c
}

#[test]
fn a_nested_array_pattern_reads_a_matrix() {
    // det [[a, b], [c, d]] = ad - bc: ∂/∂m = [[d, -c], [-b, a]], the
    // cofactor matrix.
    let m = [[1.5, -0.5], [2.0, 3.0]];
    let (v, g) = det2_grad(&m);
    assert_eq!(v, 1.5 * 3.0 + 0.5 * 2.0);
    assert_eq!(g, [[3.0, -2.0], [0.5, 1.5]]);
    let (_, t) = det2_jvp(&m, &[[1.0, 0.0], [0.0, 1.0]]);
    assert_eq!(t, 3.0 + 1.5);
}

#[differentiate(hessian)]
fn ends(x: &[f64; 5]) -> f64 {
    let [first, .., last] = *x;
    let [_, second, ..] = *x;
    first * last + second * second
}

#[test]
fn rest_patterns_name_the_ends_of_an_array() {
    // f = x0 x4 + x1²: ∇f = (x4, 2 x1, 0, 0, x0).
    let x = [0.5, -1.25, 3.0, 7.0, 2.0];
    let (v, g) = ends_grad(&x);
    assert_eq!(v, 0.5 * 2.0 + 1.25 * 1.25);
    assert_eq!(g, [2.0, -2.5, 0.0, 0.0, 0.5]);
    check(x, ends, ends_grad, ends_jvp, Some(&ends_hessian));
}

#[differentiate(hessian)]
fn head_and_tail(x: [f64; 4]) -> f64 {
    let [head, tail @ ..] = x;
    let mut s = 0.0;
    for v in tail {
        s += head * v * v;
    }
    s
}

#[test]
fn a_rest_binding_of_an_array_is_the_array_of_the_rest() {
    // f = h Σ t_i²: ∂/∂h = Σ t_i², ∂/∂t_i = 2 h t_i.
    let x = [1.5, 1.0, -2.0, 0.5];
    let (v, g) = head_and_tail_grad(x);
    assert_eq!(v, 1.5 * (1.0 + 4.0 + 0.25));
    assert_eq!(g, [5.25, 3.0, -6.0, 1.5]);
    check(
        x,
        |x| head_and_tail(*x),
        |x| head_and_tail_grad(*x),
        |x, t| head_and_tail_jvp(*x, *t),
        Some(&|x: &[f64; 4]| head_and_tail_hessian(*x)),
    );
}

#[differentiate(hessian)]
fn polar_to_y([r, theta]: [f64; 2]) -> f64 {
    r * theta.sin()
}

#[differentiate(hessian)]
fn dot3(&[a, b, c]: &[f64; 3], w: &[f64; 3]) -> f64 {
    let [u, v, z] = *w;
    a * u + b * v + c * z
}

#[test]
fn destructured_parameters_stay_differentiable() {
    // y = r sin θ: ∇ = (sin θ, r cos θ).
    let (r, th) = (2.0, 0.6);
    let (v, g) = polar_to_y_grad([r, th]);
    assert_eq!(v, polar_to_y([r, th]));
    assert_relative_eq!(g[0], th.sin(), max_relative = 1e-15);
    assert_relative_eq!(g[1], r * th.cos(), max_relative = 1e-15);
    let (_, t) = polar_to_y_jvp([r, th], [0.0, 1.0]);
    assert_relative_eq!(t, r * th.cos(), max_relative = 1e-15);
    let (_, _, h) = polar_to_y_hessian([r, th]);
    assert_relative_eq!(h[0][1], th.cos(), max_relative = 1e-15);
    assert_relative_eq!(h[1][1], -r * th.sin(), max_relative = 1e-15);
    // The dot product: the gradient in one argument is the other.
    let (x, w) = ([1.0, 2.0, 3.0], [-0.5, 0.25, 4.0]);
    let (v, (gx, gw)) = dot3_grad(&x, &w);
    assert_eq!(v, -0.5 + 0.5 + 12.0);
    assert_eq!(gx, w);
    assert_eq!(gw, x);
}

// ---------------------------------------------------------------------------
// Tuple patterns, `_`, `ref` and `mut` bindings.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
fn rotate_then_measure(x: f64, y: f64, t: f64) -> f64 {
    let (s, c) = (t.sin(), t.cos());
    let (u, (v, _)) = (c * x - s * y, (s * x + c * y, 0.0));
    let (mut a, ref b) = (u * u, v);
    a += *b * *b;
    a
}

#[test]
fn tuple_patterns_with_wildcards_ref_and_mut_bindings_destructure_built_tuples() {
    // A rotation keeps the norm: f = x² + y², whatever t: ∇ = (2x, 2y, 0).
    let (x, y, t) = (1.5, -0.5, 0.8);
    let (v, (gx, gy, gt)) = rotate_then_measure_grad(x, y, t);
    assert_relative_eq!(v, x * x + y * y, max_relative = 1e-14);
    assert_relative_eq!(gx, 2.0 * x, max_relative = 1e-14);
    assert_relative_eq!(gy, 2.0 * y, max_relative = 1e-14);
    assert!(gt.abs() < 1e-14, "{gt}");
    let (_, _, h) = rotate_then_measure_hessian(x, y, t);
    assert_relative_eq!(h[0][0], 2.0, max_relative = 1e-14);
    assert_relative_eq!(h[1][1], 2.0, max_relative = 1e-14);
    assert!(h[2][2].abs() < 1e-13 && h[0][1].abs() < 1e-14, "{h:?}");
}

#[differentiate]
fn polar(r: f64, t: f64) -> (f64, f64) {
    (r * t.cos(), r * t.sin())
}

#[differentiate]
fn first_of_polar(r: f64, t: f64) -> f64 {
    let (x, _) = polar(r, t);
    let (.., y) = (x, r * t);
    x + y
}

#[test]
fn a_tuple_returned_by_a_call_and_rest_patterns_in_tuples() {
    // f = r cos t + r t: ∇ = (cos t + t, -r sin t + r).
    let (r, t) = (1.5, 0.7);
    let (_, (gr, gt)) = first_of_polar_grad(r, t);
    assert_relative_eq!(gr, t.cos() + t, max_relative = 1e-15);
    assert_relative_eq!(gt, -r * t.sin() + r, max_relative = 1e-15);
}

// ---------------------------------------------------------------------------
// Loop variables.
// ---------------------------------------------------------------------------

#[differentiate(hessian)]
fn shoelace(pts: &[[f64; 2]; 4]) -> f64 {
    let mut twice = 0.0;
    for i in 0..4 {
        let [x0, y0] = pts[i];
        let [x1, y1] = pts[(i + 1) % 4];
        twice += x0 * y1 - x1 * y0;
    }
    0.5 * twice
}

#[differentiate]
fn spread(pts: &[[f64; 2]]) -> f64 {
    let mut s = 0.0;
    for &[x, y] in pts.iter() {
        s += x * x + 3.0 * y;
    }
    for (i, [x, _]) in pts.iter().enumerate() {
        s += (i as f64) * x;
    }
    s
}

#[test]
fn loop_variables_and_locals_in_loops_destructure_points() {
    // The shoelace formula: the area of the square (0,0) (2,0) (2,2) (0,2)
    // is 4; ∂A/∂x_i = (y_{i+1} - y_{i-1}) / 2, ∂A/∂y_i = (x_{i-1} - x_{i+1}) / 2.
    let pts = [[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0]];
    let (a, g) = shoelace_grad(&pts);
    assert_eq!(a, 4.0);
    assert_eq!(g, [[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]]);
    // s = Σ x² + 3y + i x: ∂/∂x_i = 2 x_i + i, ∂/∂y_i = 3.
    let pts = vec![[1.0, 5.0], [-2.0, 0.5], [0.5, 1.0]];
    let (_, g) = spread_grad(&pts);
    assert_eq!(g, vec![[2.0, 3.0], [-3.0, 3.0], [3.0, 3.0]]);
}
