//! Claims about the language semantics that `#[differentiate]` supports,
//! each checked against a formula derived by hand in the comment next to it
//! (never against what the library computes).
//!
//! For scalar-valued functions every check runs the reverse mode (`_grad`),
//! the forward mode (`_jvp` with one unit tangent per input) and central
//! finite differences of the original function, through [`check`].

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

/// Against a hand-derived formula evaluated in f64: the formula and the
/// generated code may associate sums and products differently, which costs
/// a few ulps; 1e-13 relative (plus 1e-15 absolute for values near 0).
const HAND: f64 = 1e-13;

/// Central differences with `h ≈ 6e-6·max(1, |x|)`: truncation and rounding
/// errors below 1e-8 for the smooth, moderately scaled functions and points
/// used here (all at least 0.1 away from any branch switch, so the stencil
/// never crosses one). A wrong derivative is off by O(1).
const FINITE_DIFF: f64 = 1e-6;

/// Checks one point of a scalar function of `at.len()` float inputs:
/// the original, `_grad`'s value and gradient, and `_jvp`'s tangents
/// against the hand-derived value and gradient, and the gradient against
/// finite differences of the original.
fn check(
    at: &[f64],
    f: impl Fn(&[f64]) -> f64,
    (value, reverse): (f64, &[f64]),
    forward: &[f64],
    expected_value: f64,
    expected_gradient: &[f64],
) {
    assert_eq!(reverse.len(), expected_gradient.len(), "at {at:?}");
    assert_eq!(forward.len(), expected_gradient.len(), "at {at:?}");
    let original = f(at);
    assert_eq!(value, original, "_grad value vs original at {at:?}");
    assert!(
        approx::relative_eq!(value, expected_value, epsilon = 1e-15, max_relative = HAND),
        "at {at:?}: value {value:e}, hand-derived {expected_value:e}"
    );
    for (i, ((&r, &t), &e)) in reverse
        .iter()
        .zip(forward)
        .zip(expected_gradient)
        .enumerate()
    {
        assert!(
            approx::relative_eq!(r, e, epsilon = 1e-15, max_relative = HAND),
            "at {at:?}, component {i}: reverse {r:e}, hand-derived {e:e}"
        );
        assert!(
            approx::relative_eq!(t, e, epsilon = 1e-15, max_relative = HAND),
            "at {at:?}, component {i}: forward {t:e}, hand-derived {e:e}"
        );
    }
    check_gradient(&f, at, reverse, FINITE_DIFF).unwrap_or_else(|e| panic!("at {at:?}:\n{e}"));
}

// ---------------------------------------------------------------------------
// Mutation, shadowing, compound assignment, blocks.
// ---------------------------------------------------------------------------

#[differentiate]
fn mutated_after_use(x: f64, y: f64) -> f64 {
    let mut a = x * x;
    let b = a * y;
    a = 100.0;
    b + a
}

#[test]
fn overwriting_a_variable_after_its_use_does_not_change_the_gradient() {
    // b = x²·y is computed before a is overwritten by the constant 100, so
    // f = x²y + 100: ∂f/∂x = 2xy, ∂f/∂y = x². The overwrite also cuts the
    // path from x to the final a: no 2x term from "a" in the sum.
    for (x, y) in [(3.0, 2.0), (-1.5, 0.5), (0.2, -4.0)] {
        let (v, (gx, gy)) = mutated_after_use_grad(x, y);
        let tx = mutated_after_use_jvp(x, y, 1.0, 0.0).1;
        let ty = mutated_after_use_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| mutated_after_use(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            x * x * y + 100.0,
            &[2.0 * x * y, x * x],
        );
    }
    // At (3, 2) exactly: 118, (12, 9).
    assert_eq!(mutated_after_use_grad(3.0, 2.0), (118.0, (12.0, 9.0)));
}

// `a = a * x` rather than `a *= x`: the plain assignment form is the claim.
#[differentiate]
#[allow(clippy::assign_op_pattern)]
fn reassigned_from_itself(x: f64) -> f64 {
    let mut a = x.sin();
    let b = a * a;
    a = a * x;
    b * a
}

#[test]
fn a_variable_reassigned_from_its_old_value_keeps_the_old_value_for_earlier_uses() {
    // b = sin²x (with the old a), then a = x·sin x, f = x·sin³x.
    // f' = sin³x + 3x·sin²x·cos x.
    for x in [-2.0_f64, 0.4, 1.3, 2.9] {
        let (v, g) = reassigned_from_itself_grad(x);
        let t = reassigned_from_itself_jvp(x, 1.0).1;
        let (s, c) = x.sin_cos();
        check(
            &[x],
            |p| reassigned_from_itself(p[0]),
            (v, &[g]),
            &[t],
            x * s * s * s,
            &[s * s * s + 3.0 * x * s * s * c],
        );
    }
}

#[differentiate]
fn shadowed(x: f64) -> f64 {
    let x = x * 2.0;
    let x = x.sin();
    x * x
}

#[test]
fn shadowing_chains_through_each_binding() {
    // f = sin²(2x): f' = 2·sin(2x)·cos(2x)·2 = 2·sin(4x).
    for x in [-1.1_f64, 0.3, 0.9, 2.0] {
        let (v, g) = shadowed_grad(x);
        let t = shadowed_jvp(x, 1.0).1;
        check(
            &[x],
            |p| shadowed(p[0]),
            (v, &[g]),
            &[t],
            (2.0 * x).sin().powi(2),
            &[2.0 * (4.0 * x).sin()],
        );
    }
}

#[differentiate]
fn compound(x: f64, y: f64) -> f64 {
    let mut a = x;
    a += y;
    a *= x;
    a -= y * y;
    a /= y;
    a
}

#[test]
fn compound_assignments_add_sub_mul_div() {
    // a = x; a = x + y; a = x(x + y); a = x² + xy - y²; a = (x² + xy - y²)/y.
    // So f = x²/y + x - y: ∂f/∂x = 2x/y + 1, ∂f/∂y = -x²/y² - 1.
    for (x, y) in [(3.0, 2.0), (-1.0, 0.5), (0.7, -3.0)] {
        let (v, (gx, gy)) = compound_grad(x, y);
        let tx = compound_jvp(x, y, 1.0, 0.0).1;
        let ty = compound_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| compound(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            x * x / y + x - y,
            &[2.0 * x / y + 1.0, -x * x / (y * y) - 1.0],
        );
    }
    // At (3, 2): 5.5, (4, -3.25), all exact in binary.
    assert_eq!(compound_grad(3.0, 2.0), (5.5, (4.0, -3.25)));
}

#[differentiate]
fn compound_with_itself(x: f64) -> f64 {
    let mut a = x + 1.0;
    a *= a;
    a /= x;
    a -= 2.0;
    a
}

#[test]
fn compound_assignment_whose_right_side_reads_the_target() {
    // a = (x + 1)², then (x + 1)²/x, then (x + 1)²/x - 2 = x + 1/x.
    // f' = 1 - 1/x².
    for x in [-2.0, 0.5, 2.0, 7.0] {
        let (v, g) = compound_with_itself_grad(x);
        let t = compound_with_itself_jvp(x, 1.0).1;
        check(
            &[x],
            |p| compound_with_itself(p[0]),
            (v, &[g]),
            &[t],
            x + 1.0 / x,
            &[1.0 - 1.0 / (x * x)],
        );
    }
    assert_eq!(compound_with_itself_grad(2.0), (2.5, 0.75));
}

#[differentiate]
fn nested_blocks(x: f64) -> f64 {
    let a = {
        let b = x * 2.0;
        let x = b + 1.0;
        x * b
    };
    let mut s = x;
    {
        let t = s * s;
        s = t + a;
    }
    s * 3.0
}

#[test]
fn nested_blocks_scope_their_shadows_and_assign_outer_variables() {
    // Inner block: b = 2x, inner x = 2x + 1, a = (2x + 1)·2x = 4x² + 2x;
    // the outer x is unchanged after the block. s = x² + a = 5x² + 2x;
    // f = 15x² + 6x, f' = 30x + 6.
    for x in [-1.5, 0.25, 2.0] {
        let (v, g) = nested_blocks_grad(x);
        let t = nested_blocks_jvp(x, 1.0).1;
        check(
            &[x],
            |p| nested_blocks(p[0]),
            (v, &[g]),
            &[t],
            15.0 * x * x + 6.0 * x,
            &[30.0 * x + 6.0],
        );
    }
}

#[differentiate]
fn annotated_lets(x: f64) -> f64 {
    let a: f64 = x * 2.0;
    let n: i32 = 3;
    let mut b: f64 = a.powi(n);
    b -= a;
    b
}

#[test]
fn let_with_type_annotations() {
    // a = 2x, b = (2x)³ - 2x = 8x³ - 2x; f' = 24x² - 2.
    for x in [-1.0, 0.5, 1.5] {
        let (v, g) = annotated_lets_grad(x);
        let t = annotated_lets_jvp(x, 1.0).1;
        check(
            &[x],
            |p| annotated_lets(p[0]),
            (v, &[g]),
            &[t],
            8.0 * x * x * x - 2.0 * x,
            &[24.0 * x * x - 2.0],
        );
    }
}

// ---------------------------------------------------------------------------
// Control flow.
// ---------------------------------------------------------------------------

#[differentiate]
fn branch_statement(x: f64, y: f64) -> f64 {
    let mut r = x * y;
    if x > y {
        r += x.sin();
    } else {
        r *= y;
    }
    r
}

#[test]
fn if_statement_differentiates_the_arm_taken() {
    // x > y: f = xy + sin x, ∇f = (y + cos x, x).
    for (x, y) in [(2.0_f64, 1.0), (0.5, -3.0), (-1.0, -1.5)] {
        let (v, (gx, gy)) = branch_statement_grad(x, y);
        let tx = branch_statement_jvp(x, y, 1.0, 0.0).1;
        let ty = branch_statement_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| branch_statement(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            x * y + x.sin(),
            &[y + x.cos(), x],
        );
    }
    // x <= y: f = xy², ∇f = (y², 2xy).
    for (x, y) in [(1.0, 3.0), (-2.0, 0.5), (-4.0, -1.0)] {
        let (v, (gx, gy)) = branch_statement_grad(x, y);
        let tx = branch_statement_jvp(x, y, 1.0, 0.0).1;
        let ty = branch_statement_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| branch_statement(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            x * y * y,
            &[y * y, 2.0 * x * y],
        );
    }
    assert_eq!(branch_statement_grad(1.0, 3.0), (9.0, (9.0, 6.0)));
}

// Identical arms on purpose: the merge after the if sees the same value
// from both sides.
#[differentiate]
#[allow(clippy::if_same_then_else)]
fn same_copy_in_both_arms(x: f64, y: f64) -> f64 {
    let mut r = x;
    let s = r * 2.0;
    if x > 1.0 {
        r = y;
    } else {
        r = y;
    }
    r + s
}

#[test]
fn an_assignment_made_in_both_arms_replaces_the_old_value() {
    // s = 2x is read before the if; whichever arm runs, r = y afterwards.
    // f = y + 2x on both sides of x = 1: ∇f = (2, 1).
    for (x, y) in [(3.0, 5.0), (0.5, 5.0), (-2.0, 0.25)] {
        let (v, (gx, gy)) = same_copy_in_both_arms_grad(x, y);
        let tx = same_copy_in_both_arms_jvp(x, y, 1.0, 0.0).1;
        let ty = same_copy_in_both_arms_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| same_copy_in_both_arms(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            y + 2.0 * x,
            &[2.0, 1.0],
        );
    }
}

#[differentiate]
fn branch_expression(x: f64) -> f64 {
    let s = if x < 0.0 { -x * x } else { x.exp() };
    3.0 * s
}

#[differentiate]
fn branch_tail(x: f64) -> f64 {
    if x < 1.0 { x * x * x } else { x.sqrt() }
}

#[test]
fn if_as_expression_in_a_let_and_in_tail_position() {
    // branch_expression: x < 0: -3x², f' = -6x; x >= 0: 3eˣ, f' = 3eˣ.
    for x in [-2.0_f64, -0.5, 0.5, 1.5] {
        let (v, g) = branch_expression_grad(x);
        let t = branch_expression_jvp(x, 1.0).1;
        let (value, slope) = if x < 0.0 {
            (-3.0 * x * x, -6.0 * x)
        } else {
            (3.0 * x.exp(), 3.0 * x.exp())
        };
        check(
            &[x],
            |p| branch_expression(p[0]),
            (v, &[g]),
            &[t],
            value,
            &[slope],
        );
    }
    // branch_tail: x < 1: x³, 3x²; x >= 1: √x, 1/(2√x).
    for (x, value, slope) in [
        (-2.0, -8.0, 12.0),
        (0.5, 0.125, 0.75),
        (4.0, 2.0, 0.25),
        (9.0, 3.0, 1.0 / 6.0),
    ] {
        let (v, g) = branch_tail_grad(x);
        let t = branch_tail_jvp(x, 1.0).1;
        check(
            &[x],
            |p| branch_tail(p[0]),
            (v, &[g]),
            &[t],
            value,
            &[slope],
        );
    }
}

#[differentiate]
fn three_pieces(x: f64) -> f64 {
    if x < -1.0 {
        -x
    } else if x < 1.0 {
        x * x * x
    } else if x < 2.0 {
        x.sqrt()
    } else {
        5.0
    }
}

#[test]
fn else_if_chain_takes_the_first_true_arm() {
    // -x | x³ | √x | 5, slopes -1 | 3x² | 1/(2√x) | 0.
    for (x, value, slope) in [
        (-3.0, 3.0, -1.0),
        (-0.5, -0.125, 0.75),
        (0.5, 0.125, 0.75),
        (1.44, 1.2, 1.0 / 2.4),
        (3.0, 5.0, 0.0),
    ] {
        let (v, g) = three_pieces_grad(x);
        let t = three_pieces_jvp(x, 1.0).1;
        check(
            &[x],
            |p| three_pieces(p[0]),
            (v, &[g]),
            &[t],
            value,
            &[slope],
        );
    }
    assert_eq!(three_pieces_grad(3.0), (5.0, 0.0));
}

// `!(y < 10.0)` rather than `y >= 10.0`: the claim is about `!`.
#[differentiate]
#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn logic(x: f64, y: f64) -> f64 {
    if x > 0.0 && y > 0.0 {
        x * y
    } else if x < -5.0 || !(y < 10.0) {
        x + y * y
    } else {
        x - 2.0 * y
    }
}

#[test]
fn and_or_not_in_conditions() {
    // Arm 1 (x > 0 && y > 0): xy, ∇ = (y, x).
    // Arm 2 (x < -5 || y >= 10): x + y², ∇ = (1, 2y).
    // Arm 3 otherwise: x - 2y, ∇ = (1, -2).
    let cases: [(f64, f64, f64, [f64; 2]); 6] = [
        (1.0, 2.0, 2.0, [2.0, 1.0]),      // && true
        (2.0, 20.0, 40.0, [20.0, 2.0]),   // && true although !(y < 10) holds too
        (-6.0, 1.0, -5.0, [1.0, 2.0]),    // || by its left side
        (-1.0, 20.0, 399.0, [1.0, 40.0]), // || by !(y < 10)
        (-1.0, 1.0, -3.0, [1.0, -2.0]),   // && false by x, || false
        (2.0, -1.0, 4.0, [1.0, -2.0]),    // && false by y, || false
    ];
    for (x, y, value, gradient) in cases {
        let (v, (gx, gy)) = logic_grad(x, y);
        let tx = logic_jvp(x, y, 1.0, 0.0).1;
        let ty = logic_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| logic(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            value,
            &gradient,
        );
    }
}

// The else arm is deliberately an `if` nested in a block, not `else if`.
#[differentiate]
#[allow(clippy::collapsible_else_if)]
fn nested_if(x: f64, y: f64) -> f64 {
    if x > 0.0 {
        if y > 0.0 { x * y } else { x - y }
    } else {
        if y > 0.0 { x * x + y } else { x * x * y }
    }
}

#[test]
fn nested_if_reaches_each_of_four_arms() {
    // x > 0, y > 0: xy, ∇ = (y, x).     x > 0, y <= 0: x - y, ∇ = (1, -1).
    // x <= 0, y > 0: x² + y, ∇ = (2x, 1). x <= 0, y <= 0: x²y, ∇ = (2xy, x²).
    let cases: [(f64, f64, f64, [f64; 2]); 4] = [
        (2.0, 3.0, 6.0, [3.0, 2.0]),
        (2.0, -3.0, 5.0, [1.0, -1.0]),
        (-2.0, 3.0, 7.0, [-4.0, 1.0]),
        (-2.0, -3.0, -12.0, [12.0, 4.0]),
    ];
    for (x, y, value, gradient) in cases {
        let (v, (gx, gy)) = nested_if_grad(x, y);
        let tx = nested_if_jvp(x, y, 1.0, 0.0).1;
        let ty = nested_if_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| nested_if(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            value,
            &gradient,
        );
    }
}

#[differentiate]
fn early_return(x: f64) -> f64 {
    let a = x * x;
    if a > 4.0 {
        return a * x;
    }
    let b = a + x;
    b * 2.0
}

#[test]
fn early_return_inside_if_on_both_paths() {
    // |x| > 2: returns x³, slope 3x². Otherwise 2(x² + x), slope 4x + 2.
    for (x, value, slope) in [
        (3.0, 27.0, 27.0),
        (-2.5, -15.625, 18.75),
        (1.0, 4.0, 6.0),
        (-1.0, 0.0, -2.0),
        (0.25, 0.625, 3.0),
    ] {
        let (v, g) = early_return_grad(x);
        let t = early_return_jvp(x, 1.0).1;
        check(
            &[x],
            |p| early_return(p[0]),
            (v, &[g]),
            &[t],
            value,
            &[slope],
        );
    }
}

#[differentiate]
#[allow(clippy::needless_return)]
fn return_at_end(x: f64, y: f64) -> f64 {
    let z = x / y;
    return z * z;
}

#[test]
fn return_statement_at_the_end() {
    // f = x²/y²: ∇f = (2x/y², -2x²/y³).
    for (x, y) in [(3.0, 2.0), (-1.0, 0.5), (0.4, -1.5)] {
        let (v, (gx, gy)) = return_at_end_grad(x, y);
        let tx = return_at_end_jvp(x, y, 1.0, 0.0).1;
        let ty = return_at_end_jvp(x, y, 0.0, 1.0).1;
        check(
            &[x, y],
            |p| return_at_end(p[0], p[1]),
            (v, &[gx, gy]),
            &[tx, ty],
            x * x / (y * y),
            &[2.0 * x / (y * y), -2.0 * x * x / (y * y * y)],
        );
    }
    assert_eq!(return_at_end_grad(3.0, 2.0), (2.25, (1.5, -2.25)));
}

// ---------------------------------------------------------------------------
// Constant parameters and constant expressions.
// ---------------------------------------------------------------------------

#[differentiate]
fn with_int_and_bool(x: f64, n: i32, flip: bool) -> f64 {
    let s = x.powi(n) + x;
    if flip { -s } else { s }
}

#[test]
fn integer_and_bool_parameters_are_constants() {
    // f = ±(xⁿ + x), gradient only wrt x (a bare f64): ±(n xⁿ⁻¹ + 1).
    for (x, n, flip) in [
        (2.0_f64, 3, false),
        (2.0, 3, true),
        (-1.5, 2, true),
        (0.5, -1, false),
    ] {
        let sign = if flip { -1.0 } else { 1.0 };
        let value = sign * (x.powi(n) + x);
        let slope = sign * (f64::from(n) * x.powi(n - 1) + 1.0);
        let (v, g): (f64, f64) = with_int_and_bool_grad(x, n, flip);
        let (_, t): (f64, f64) = with_int_and_bool_jvp(x, n, flip, 1.0);
        check(
            &[x],
            |p| with_int_and_bool(p[0], n, flip),
            (v, &[g]),
            &[t],
            value,
            &[slope],
        );
        let (_, g2) = with_int_and_bool_vjp(x, n, flip, 2.0);
        assert_relative_eq!(g2, 2.0 * slope, max_relative = HAND);
    }
    assert_eq!(with_int_and_bool_grad(2.0, 3, true), (-10.0, -13.0));
}

#[differentiate]
fn cast_from_int(x: f64, n: i32) -> f64 {
    let k = n as f64;
    x * k + (n as f64).sqrt() * x * x
}

#[test]
fn as_cast_of_an_integer_parameter_is_a_constant_factor() {
    // f = n x + √n x², f' = n + 2√n x.
    for (x, n) in [(1.5_f64, 4), (-2.0, 9), (0.3, 2)] {
        let k = f64::from(n);
        let (v, g) = cast_from_int_grad(x, n);
        let t = cast_from_int_jvp(x, n, 1.0).1;
        check(
            &[x],
            |p| cast_from_int(p[0], n),
            (v, &[g]),
            &[t],
            k * x + k.sqrt() * x * x,
            &[k + 2.0 * k.sqrt() * x],
        );
    }
    assert_eq!(cast_from_int_grad(1.5, 4), (10.5, 10.0));
}

#[differentiate(wrt(x))]
fn restricted(x: f64, y: f64) -> f64 {
    x * x * y + y.sin()
}

#[test]
fn wrt_restricts_the_gradient_to_the_named_parameter() {
    // f = x²y + sin y; only ∂f/∂x = 2xy is returned, as a bare f64, and
    // _jvp takes a single tangent (for x).
    for (x, y) in [(2.0_f64, 3.0), (-1.0, 0.5), (0.5, -2.0)] {
        let (v, g): (f64, f64) = restricted_grad(x, y);
        let (_, t): (f64, f64) = restricted_jvp(x, y, 1.0);
        check(
            &[x],
            |p| restricted(p[0], y),
            (v, &[g]),
            &[t],
            x * x * y + y.sin(),
            &[2.0 * x * y],
        );
        let (_, g3): (f64, f64) = restricted_vjp(x, y, 3.0);
        assert_relative_eq!(g3, 6.0 * x * y, max_relative = HAND);
    }
}

struct Spring {
    k: f64,
}

impl Spring {
    #[differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * x * x
    }
}

#[test]
fn method_with_self_treats_the_field_as_a_constant() {
    // E = k x²/2, E' = k x.
    let s = Spring { k: 3.0 };
    for x in [-2.0, 0.5, 4.0] {
        let (v, g) = s.energy_grad(x);
        let t = s.energy_jvp(x, 1.0).1;
        check(
            &[x],
            |p| s.energy(p[0]),
            (v, &[g]),
            &[t],
            1.5 * x * x,
            &[3.0 * x],
        );
        assert_eq!(s.energy_vjp(x, 2.0).1, 6.0 * x);
    }
    assert_eq!(s.energy_grad(4.0), (24.0, 12.0));
}

struct Params {
    k: f64,
    c: f64,
}

#[differentiate]
fn with_params(x: f64, p: &Params) -> f64 {
    p.k * x * x + p.c * x
}

#[test]
fn fields_of_a_struct_reference_parameter_are_constants() {
    // f = k x² + c x, gradient (bare, wrt x only) 2kx + c.
    let p = Params { k: 2.0, c: -3.0 };
    for x in [-1.0, 0.5, 3.0] {
        let (v, g): (f64, f64) = with_params_grad(x, &p);
        let t = with_params_jvp(x, &p, 1.0).1;
        check(
            &[x],
            |q| with_params(q[0], &p),
            (v, &[g]),
            &[t],
            2.0 * x * x - 3.0 * x,
            &[4.0 * x - 3.0],
        );
    }
    assert_eq!(with_params_grad(3.0, &p), (9.0, 9.0));
}

const SCALE: f64 = 2.5;

#[differentiate]
fn constant_expressions(x: f64) -> f64 {
    std::f64::consts::PI * x + 5.0_f64.sqrt() * x * x + SCALE * x
}

#[test]
fn constant_expressions_are_plain_factors() {
    // f = πx + √5 x² + 2.5x, f' = π + 2√5 x + 2.5.
    let (pi, r5) = (std::f64::consts::PI, 5.0_f64.sqrt());
    for x in [-1.0, 0.5, 2.0] {
        let (v, g) = constant_expressions_grad(x);
        let t = constant_expressions_jvp(x, 1.0).1;
        check(
            &[x],
            |p| constant_expressions(p[0]),
            (v, &[g]),
            &[t],
            pi * x + r5 * x * x + 2.5 * x,
            &[pi + 2.0 * r5 * x + 2.5],
        );
    }
}

#[differentiate]
fn remainder(x: f64, n: i32) -> f64 {
    let r = (x * 3.0) % 2.0;
    let m = (n % 3) as f64;
    r * m + x % 1.5
}

#[test]
fn remainder_by_a_constant_has_the_slope_of_its_dividend() {
    // x % c = x - c·trunc(x/c): slope 1 between jumps. With m = n mod 3,
    // f = m·((3x) % 2) + x % 1.5, f' = 3m + 1 away from the jumps of
    // (3x) % 2 (x a multiple of 2/3) and of x % 1.5.
    for (x, n, value) in [
        (0.25_f64, 4, 0.75 + 0.25), // m = 1
        (1.0, 5, 2.0 * 1.0 + 1.0),  // m = 2, 3 % 2 = 1, 1 % 1.5 = 1
        (-0.5, 3, -0.5),            // m = 0, -1.5 % 2 = -1.5, -0.5 % 1.5 = -0.5
        (2.5, 7, 1.5 + 1.0),        // m = 1, 7.5 % 2 = 1.5, 2.5 % 1.5 = 1
    ] {
        let m = f64::from(n % 3);
        let (v, g) = remainder_grad(x, n);
        let t = remainder_jvp(x, n, 1.0).1;
        check(
            &[x],
            |p| remainder(p[0], n),
            (v, &[g]),
            &[t],
            value,
            &[3.0 * m + 1.0],
        );
    }
}

// ---------------------------------------------------------------------------
// Other float types and return types.
// ---------------------------------------------------------------------------

#[differentiate]
fn single_precision(x: f32, y: f32) -> f32 {
    x * x * y + y.sin()
}

#[test]
fn f32_function_has_an_f32_gradient() {
    // f = x²y + sin y, ∇f = (2xy, x² + cos y); compared with the f64
    // formula at the same (f32-representable) point to 1e-6 relative, a
    // few f32 ulps.
    for (x, y) in [(1.5_f32, 0.5_f32), (-2.0, 3.0), (0.25, -1.0)] {
        let (v, (gx, gy)): (f32, (f32, f32)) = single_precision_grad(x, y);
        assert_eq!(v, single_precision(x, y));
        let (xd, yd) = (f64::from(x), f64::from(y));
        assert_relative_eq!(f64::from(gx), 2.0 * xd * yd, max_relative = 1e-6);
        assert_relative_eq!(f64::from(gy), xd * xd + yd.cos(), max_relative = 1e-6);
        let (_, tx): (f32, f32) = single_precision_jvp(x, y, 1.0, 0.0);
        let (_, ty) = single_precision_jvp(x, y, 0.0, 1.0);
        assert_relative_eq!(tx, gx, max_relative = 1e-6);
        assert_relative_eq!(ty, gy, max_relative = 1e-6);
    }
    assert_eq!(single_precision_grad(1.5, 0.0), (0.0, (0.0, 3.25)));
}

#[differentiate]
fn polar(r: f64, theta: f64) -> (f64, f64) {
    (r * theta.cos(), r * theta.sin())
}

#[test]
fn tuple_return_vjp_seeds_pick_rows_and_jvp_returns_a_tuple_tangent() {
    // (u, v) = (r cos θ, r sin θ). Jacobian rows:
    //   ∇u = (cos θ, -r sin θ), ∇v = (sin θ, r cos θ).
    for (r, theta) in [(2.0_f64, 0.5_f64), (0.5, -2.0), (3.0, 2.5)] {
        let (c, s) = (theta.cos(), theta.sin());
        let value = polar(r, theta);
        assert_relative_eq!(value.0, r * c, max_relative = HAND);
        assert_relative_eq!(value.1, r * s, max_relative = HAND);

        let (y, (dr, dt)) = polar_vjp(r, theta, (1.0, 0.0));
        assert_eq!(y, value);
        assert_relative_eq!(dr, c, max_relative = HAND);
        assert_relative_eq!(dt, -r * s, max_relative = HAND);

        let (y, (dr, dt)) = polar_vjp(r, theta, (0.0, 1.0));
        assert_eq!(y, value);
        assert_relative_eq!(dr, s, max_relative = HAND);
        assert_relative_eq!(dt, r * c, max_relative = HAND);

        // A mixed seed gives the same combination of the rows.
        let (_, (dr, dt)) = polar_vjp(r, theta, (2.0, -1.0));
        assert_relative_eq!(dr, 2.0 * c - s, max_relative = HAND, epsilon = 1e-15);
        assert_relative_eq!(
            dt,
            -2.0 * r * s - r * c,
            max_relative = HAND,
            epsilon = 1e-15
        );

        // Jacobian columns: ∂/∂r = (cos θ, sin θ), ∂/∂θ = (-r sin θ, r cos θ).
        let (y, (ur, vr)) = polar_jvp(r, theta, 1.0, 0.0);
        assert_eq!(y, value);
        assert_relative_eq!(ur, c, max_relative = HAND);
        assert_relative_eq!(vr, s, max_relative = HAND);
        let (y, (ut, vt)) = polar_jvp(r, theta, 0.0, 1.0);
        assert_eq!(y, value);
        assert_relative_eq!(ut, -r * s, max_relative = HAND);
        assert_relative_eq!(vt, r * c, max_relative = HAND);

        // Each output's row against finite differences.
        check_gradient(
            |p| polar(p[0], p[1]).0,
            &[r, theta],
            &[c, -r * s],
            FINITE_DIFF,
        )
        .unwrap();
        check_gradient(
            |p| polar(p[0], p[1]).1,
            &[r, theta],
            &[s, r * c],
            FINITE_DIFF,
        )
        .unwrap();
    }
    assert_eq!(polar_vjp(2.0, 0.0, (1.0, 0.0)), ((2.0, 0.0), (1.0, 0.0)));
    assert_eq!(polar_vjp(2.0, 0.0, (0.0, 1.0)), ((2.0, 0.0), (0.0, 2.0)));
}
