//! Every nalgebra operation the macro lowers, differentiated in reverse
//! mode, checked against central finite differences, forward mode, and
//! where it is short a gradient derived by hand.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};
use nalgebra::{
    Matrix2, Matrix2x3, Matrix3, Matrix3x2, Point2, Point3, Rotation3, RowVector3, SMatrix,
    SVector, Vector2, Vector3,
};

const TOL: f64 = 1e-6;

/// The parameters' elements, one flat list (matrices column by column).
fn flat(parts: &[&[f64]]) -> Vec<f64> {
    parts.iter().flat_map(|p| p.iter().copied()).collect()
}

fn v3(x: &[f64]) -> Vector3<f64> {
    Vector3::from_column_slice(x)
}

fn m3(x: &[f64]) -> Matrix3<f64> {
    Matrix3::from_column_slice(x)
}

/// Forward mode along `dir` equals the gradient's dot product with it.
fn assert_directional(jvp: f64, grad: &[f64], dir: &[f64]) {
    let expected: f64 = grad.iter().zip(dir).map(|(g, d)| g * d).sum();
    assert_relative_eq!(jvp, expected, epsilon = 1e-12, max_relative = 1e-12);
}

#[differentiate]
fn norms_and_dot(a: Vector3<f64>, b: &Vector3<f64>) -> f64 {
    0.5 * a.norm() + a.dot(b) + b.norm_squared() - a.magnitude_squared() * 0.25
}

#[test]
fn norm_dot_and_norm_squared() {
    let (a, b) = (Vector3::new(1.0, -2.0, 0.5), Vector3::new(0.3, 0.7, -1.1));
    let (value, (ga, gb)) = norms_and_dot_grad(a, &b);
    assert_relative_eq!(value, norms_and_dot(a, &b));
    // By hand: d|a|/da = a/|a|, d(a.b)/da = b, d|b|^2/db = 2b.
    let ga_hand = a / a.norm() * 0.5 + b - a * 0.5;
    let gb_hand = a + b * 2.0;
    assert_relative_eq!(ga, ga_hand, epsilon = 1e-12);
    assert_relative_eq!(gb, gb_hand, epsilon = 1e-12);
    let x = flat(&[a.as_slice(), b.as_slice()]);
    let f = |x: &[f64]| norms_and_dot(v3(&x[..3]), &v3(&x[3..]));
    check_gradient(f, &x, &flat(&[ga.as_slice(), gb.as_slice()]), TOL).unwrap();
    let (da, db) = (Vector3::new(0.1, 0.2, -0.3), Vector3::new(-1.0, 0.5, 2.0));
    let (v, t) = norms_and_dot_jvp(a, &b, da, &db);
    assert_relative_eq!(v, value);
    let g = flat(&[ga.as_slice(), gb.as_slice()]);
    assert_directional(t, &g, &flat(&[da.as_slice(), db.as_slice()]));
}

#[differentiate]
fn triple(a: Vector3<f64>, b: Vector3<f64>, c: Vector3<f64>) -> f64 {
    a.cross(&b).dot(&c)
}

#[test]
fn cross_product() {
    let (a, b, c) = (
        Vector3::new(1.0, 2.0, 3.0),
        Vector3::new(-0.5, 0.25, 2.0),
        Vector3::new(0.7, -1.3, 0.2),
    );
    let (value, (ga, gb, gc)) = triple_grad(a, b, c);
    assert_relative_eq!(value, a.cross(&b).dot(&c), epsilon = 1e-12);
    // The triple product is cyclic: its gradient in each is the cross
    // product of the other two.
    assert_relative_eq!(ga, b.cross(&c), epsilon = 1e-12);
    assert_relative_eq!(gb, c.cross(&a), epsilon = 1e-12);
    assert_relative_eq!(gc, a.cross(&b), epsilon = 1e-12);
}

#[differentiate]
fn aligned(v: Vector3<f64>, w: Vector3<f64>) -> f64 {
    v.normalize().dot(&w)
}

#[test]
fn normalize() {
    let (v, w) = (Vector3::new(0.3, -1.2, 2.0), Vector3::new(1.0, 0.5, -0.25));
    let (_, (gv, gw)) = aligned_grad(v, w);
    // d(v/|v| . w)/dv = (w - (u.w) u) / |v| with u = v/|v|.
    let u = v.normalize();
    assert_relative_eq!(gv, (w - u * u.dot(&w)) / v.norm(), epsilon = 1e-12);
    assert_relative_eq!(gw, u, epsilon = 1e-12);
}

#[differentiate]
fn matvec_energy(m: Matrix3<f64>, v: &Vector3<f64>) -> f64 {
    (m * v).norm_squared()
}

#[test]
fn matrix_vector_product() {
    let m = Matrix3::new(1.0, 2.0, 0.5, -1.0, 0.3, 2.0, 0.0, 1.5, -0.7);
    let v = Vector3::new(0.2, -0.4, 1.1);
    let (value, (gm, gv)) = matvec_energy_grad(m, &v);
    assert_relative_eq!(value, (m * v).norm_squared(), epsilon = 1e-12);
    // |Mv|^2: d/dv = 2 M^T M v, d/dM = 2 (M v) v^T.
    assert_relative_eq!(gv, m.transpose() * m * v * 2.0, epsilon = 1e-12);
    assert_relative_eq!(gm, m * v * v.transpose() * 2.0, epsilon = 1e-12);
    let x = flat(&[m.as_slice(), v.as_slice()]);
    let f = |x: &[f64]| matvec_energy(m3(&x[..9]), &v3(&x[9..]));
    check_gradient(f, &x, &flat(&[gm.as_slice(), gv.as_slice()]), TOL).unwrap();
}

#[differentiate]
fn product_trace(a: Matrix2x3<f64>, b: Matrix3x2<f64>) -> f64 {
    (a * b).trace()
}

#[test]
fn matrix_product_and_trace() {
    let a = Matrix2x3::new(1.0, 2.0, 3.0, -1.0, 0.5, 0.25);
    let b = Matrix3x2::new(0.3, -0.2, 1.0, 2.0, -1.5, 0.7);
    let (value, (ga, gb)) = product_trace_grad(a, b);
    assert_relative_eq!(value, (a * b).trace(), epsilon = 1e-12);
    // tr(AB): d/dA = B^T, d/dB = A^T.
    assert_relative_eq!(ga, b.transpose(), epsilon = 1e-12);
    assert_relative_eq!(gb, a.transpose(), epsilon = 1e-12);
}

#[differentiate]
fn det3(m: &Matrix3<f64>) -> f64 {
    m.determinant()
}

#[differentiate]
fn det2(m: Matrix2<f64>) -> f64 {
    m.determinant()
}

#[test]
fn determinants() {
    let m = Matrix3::new(2.0, 1.0, 0.5, -1.0, 3.0, 0.2, 0.4, -0.6, 1.5);
    let (value, g) = det3_grad(&m);
    assert_relative_eq!(value, m.determinant(), epsilon = 1e-12);
    // Jacobi's formula: d det(M) / dM = det(M) M^-T.
    let inv = m.try_inverse().unwrap();
    assert_relative_eq!(g, inv.transpose() * m.determinant(), epsilon = 1e-12);
    let m2 = Matrix2::new(1.5, -0.5, 2.0, 0.75);
    let (value, g2) = det2_grad(m2);
    assert_relative_eq!(value, m2.determinant(), epsilon = 1e-12);
    let inv2 = m2.try_inverse().unwrap();
    assert_relative_eq!(g2, inv2.transpose() * m2.determinant(), epsilon = 1e-12);
}

#[differentiate]
fn gram_sum(m: Matrix2x3<f64>, r: RowVector3<f64>) -> f64 {
    (m.transpose() * m).sum() + (r * m.transpose()).sum()
}

#[test]
fn transpose_sum_and_row_vectors() {
    let m = Matrix2x3::new(0.5, -1.0, 2.0, 1.5, 0.25, -0.75);
    let r = RowVector3::new(0.1, 0.2, 0.3);
    let (value, (gm, gr)) = gram_sum_grad(m, r);
    assert_relative_eq!(value, gram_sum(m, r), epsilon = 1e-12);
    let x = flat(&[m.as_slice(), r.as_slice()]);
    let f = |x: &[f64]| {
        gram_sum(
            Matrix2x3::from_column_slice(&x[..6]),
            RowVector3::from_column_slice(&x[6..]),
        )
    };
    check_gradient(f, &x, &flat(&[gm.as_slice(), gr.as_slice()]), TOL).unwrap();
}

#[differentiate]
fn built(v: Vector3<f64>, s: f64) -> f64 {
    let w = Vector3::new(v.x * s, v.y, v.z + s);
    let z = Vector3::zeros() - w * 2.0 + Vector3::repeat(s) / 3.0;
    let m = Matrix2::new(v.x, s, v[1], 2.0) + Matrix2::identity() * s;
    let u = Vector3::from_column_slice(&[s, v.z, 1.0]);
    let q = Matrix2::from_row_slice(&[v.x, v.y, v.z, s]);
    let e = Vector3::x() * 4.0 + Vector3::z();
    z.component_mul(&v).sum() + m[(0, 1)] * m[(1, 1)] + m.determinant() - u.dot(&e)
        + q[(0, 1)] * q[2]
        + (-v)
            .scale(s)
            .component_div(&Vector3::repeat(2.0))
            .abs()
            .sum()
}

#[test]
fn constructors_components_and_element_wise_operations() {
    let (v, s) = (Vector3::new(0.3, -0.8, 1.4), 0.6);
    let (value, (gv, gs)) = built_grad(v, s);
    assert_relative_eq!(value, built(v, s), epsilon = 1e-12);
    let x = flat(&[v.as_slice(), &[s]]);
    let f = |x: &[f64]| built(v3(&x[..3]), x[3]);
    check_gradient(f, &x, &flat(&[gv.as_slice(), &[gs]]), TOL).unwrap();
    let (dv, ds) = (Vector3::new(0.5, -0.1, 0.2), 0.3);
    let (_, t) = built_jvp(v, s, dv, ds);
    assert_directional(
        t,
        &flat(&[gv.as_slice(), &[gs]]),
        &flat(&[dv.as_slice(), &[ds]]),
    );
}

#[differentiate]
fn weighted_sum(x: &[Vector3<f64>], w: &[f64]) -> f64 {
    let mut acc = Vector3::zeros();
    for i in 0..x.len() {
        acc += x[i] * w[i];
    }
    let mut s = 0.0;
    for k in 0..acc.len() {
        s += acc[k] * acc[k];
    }
    s + x.iter().map(|p| p.norm_squared()).sum::<f64>()
}

#[test]
fn slices_of_vectors_loops_and_chains() {
    let x = vec![
        Vector3::new(1.0, 0.5, -0.2),
        Vector3::new(0.3, -1.0, 0.8),
        Vector3::new(-0.6, 0.1, 0.4),
    ];
    let w = [0.5, -1.5, 2.0];
    let (value, (gx, gw)) = weighted_sum_grad(&x, &w);
    assert_relative_eq!(value, weighted_sum(&x, &w), epsilon = 1e-12);
    assert_eq!(gx.len(), 3);
    // By hand: with a = sum w_i x_i, d/dx_i = 2 w_i a + 2 x_i, d/dw_i = 2 a.x_i.
    let a: Vector3<f64> = x.iter().zip(&w).map(|(p, wi)| p * *wi).sum();
    for i in 0..3 {
        assert_relative_eq!(gx[i], a * (2.0 * w[i]) + x[i] * 2.0, epsilon = 1e-12);
        assert_relative_eq!(gw[i], 2.0 * a.dot(&x[i]), epsilon = 1e-12);
    }
}

#[differentiate]
fn point_distance(p: Point3<f64>, q: &Point3<f64>) -> f64 {
    let d = p - q;
    let o = Point3::origin();
    d.norm() + (p - o).norm_squared() + q.coords.x * p.y
}

#[test]
fn points() {
    let (p, q) = (Point3::new(1.0, 2.0, -0.5), Point3::new(0.2, -0.3, 0.9));
    let (value, (gp, gq)) = point_distance_grad(p, &q);
    assert_relative_eq!(value, point_distance(p, &q), epsilon = 1e-12);
    let x = flat(&[p.coords.as_slice(), q.coords.as_slice()]);
    let f = |x: &[f64]| point_distance(Point3::from(v3(&x[..3])), &Point3::from(v3(&x[3..])));
    let g = flat(&[gp.coords.as_slice(), gq.coords.as_slice()]);
    check_gradient(f, &x, &g, TOL).unwrap();
}

#[differentiate]
fn rotate(v: Vector2<f64>, angle: f64) -> Vector2<f64> {
    let (s, c) = angle.sin_cos();
    let m = Matrix2::new(c, -s, s, c);
    m * v
}

#[differentiate]
fn moved(p: Point2<f64>, by: Vector2<f64>) -> Point2<f64> {
    p + by * 2.0
}

#[differentiate]
fn outer(a: Vector3<f64>, b: Vector3<f64>) -> SMatrix<f64, 3, 3> {
    a * b.transpose()
}

#[test]
fn vector_point_and_matrix_results() {
    let (v, angle) = (Vector2::new(1.0, 0.5), 0.3);
    let seed = Vector2::new(0.7, -0.2);
    let (value, (gv, ga)) = rotate_vjp(v, angle, seed);
    assert_relative_eq!(value, rotate(v, angle), epsilon = 1e-12);
    // The rotation's transpose rotates back; d(Rv)/dangle = R(angle + pi/2) v.
    let back = rotate(seed, -angle);
    assert_relative_eq!(gv, back, epsilon = 1e-12);
    let turned = rotate(v, angle + std::f64::consts::FRAC_PI_2);
    assert_relative_eq!(ga, seed.dot(&turned), epsilon = 1e-12);
    let (jv, jt) = rotate_jvp(v, angle, Vector2::new(0.0, 0.0), 1.0);
    assert_relative_eq!(jv, value);
    assert_relative_eq!(jt, turned, epsilon = 1e-12);

    let (p, by) = (Point2::new(1.0, 2.0), Vector2::new(-0.5, 0.25));
    let (q, (gp, gby)) = moved_vjp(p, by, Point2::new(1.0, 3.0));
    assert_relative_eq!(q, Point2::new(0.0, 2.5));
    assert_relative_eq!(gp, Point2::new(1.0, 3.0));
    assert_relative_eq!(gby, Vector2::new(2.0, 6.0));

    let (a, b) = (Vector3::new(1.0, 2.0, 3.0), Vector3::new(-1.0, 0.5, 0.25));
    let seed = Matrix3::new(1.0, 0.0, 2.0, 0.0, -1.0, 0.0, 0.5, 0.0, 1.0);
    let (m, (ga, gb)) = outer_vjp(a, b, seed);
    assert_relative_eq!(m, a * b.transpose());
    // <S, a b^T>: d/da = S b, d/db = S^T a.
    assert_relative_eq!(ga, seed * b, epsilon = 1e-12);
    assert_relative_eq!(gb, seed.transpose() * a, epsilon = 1e-12);
}

#[differentiate]
fn generic_size(v: SVector<f64, 4>) -> f64 {
    v.dot(&v) * v[3]
}

#[differentiate]
fn single_precision(v: Vector3<f32>, s: f32) -> f32 {
    (v * s).norm()
}

#[test]
fn svector_and_f32() {
    let v = SVector::<f64, 4>::new(1.0, 2.0, 3.0, 4.0);
    let (_, g) = generic_size_grad(v);
    let expected = v * (2.0 * v[3]) + SVector::<f64, 4>::new(0.0, 0.0, 0.0, v.dot(&v));
    assert_relative_eq!(g, expected, epsilon = 1e-12);
    let v = Vector3::new(1.0_f32, -2.0, 2.0);
    let (value, (gv, gs)) = single_precision_grad(v, 2.0);
    assert_relative_eq!(value, 6.0, epsilon = 1e-6);
    assert_relative_eq!(gv, v / 3.0 * 2.0, epsilon = 1e-6);
    assert_relative_eq!(gs, 3.0, epsilon = 1e-6);
}

// The index loop is the point: `pts[i]` must stay a row.
#[allow(clippy::needless_range_loop)]
#[differentiate]
fn plain_and_nalgebra(pts: &[[f64; 2]; 3], v: Vector2<f64>) -> f64 {
    // `pts[i]` is a row of a plain array of arrays, not an element of a
    // matrix: only nalgebra types are matrices.
    let mut s = 0.0;
    for i in 0..3 {
        let [x, y] = pts[i];
        s += x * v.x + y * v[1];
    }
    s
}

#[test]
fn plain_arrays_of_arrays_stay_arrays() {
    let pts = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    let v = Vector2::new(0.5, -1.0);
    let (value, (gp, gv)) = plain_and_nalgebra_grad(&pts, v);
    assert_relative_eq!(value, 0.5 * 9.0 - 12.0);
    assert_eq!(gp, [[0.5, -1.0]; 3]);
    assert_relative_eq!(gv, Vector2::new(9.0, 12.0));
}

#[differentiate]
fn arm_tip(angles: [f64; 2], target: &Vector2<f64>) -> f64 {
    let r0 = nalgebra::Rotation2::new(angles[0]);
    let r1 = nalgebra::Rotation2::new(angles[1]);
    let elbow = r0 * Vector2::new(1.0, 0.0);
    let tip = elbow + r0 * r1 * Vector2::x() * 0.5;
    (tip - target).norm_squared()
}

#[differentiate]
fn spun(axis: Vector3<f64>, angle: f64, v: Vector3<f64>) -> f64 {
    let r = nalgebra::Rotation3::from_axis_angle(&nalgebra::Unit::new_normalize(axis), angle);
    let fixed = nalgebra::Rotation3::from_axis_angle(&Vector3::z_axis(), 0.25);
    (fixed.inverse() * r.matrix() * v).dot(&Vector3::new(1.0, 2.0, 3.0))
}

#[test]
fn rotations() {
    let angles = [0.4, -0.9];
    let target = Vector2::new(0.8, 0.6);
    let (value, (ga, _)) = arm_tip_grad(angles, &target);
    let r0 = nalgebra::Rotation2::new(angles[0]);
    let r1 = nalgebra::Rotation2::new(angles[1]);
    let tip = r0 * Vector2::new(1.0, 0.0) + r0 * r1 * Vector2::new(0.5, 0.0);
    assert_relative_eq!(value, (tip - target).norm_squared(), epsilon = 1e-12);
    let f = |x: &[f64]| arm_tip([x[0], x[1]], &target);
    check_gradient(f, &angles, &ga, TOL).unwrap();

    let (axis, angle, v) = (
        Vector3::new(0.3, -1.0, 0.5),
        0.7,
        Vector3::new(1.0, 0.5, -2.0),
    );
    let (value, (gaxis, gangle, gv)) = spun_grad(axis, angle, v);
    let r = nalgebra::Rotation3::from_axis_angle(&nalgebra::Unit::new_normalize(axis), angle);
    let fixed = nalgebra::Rotation3::from_axis_angle(&Vector3::z_axis(), 0.25);
    let expected = (fixed.inverse() * r * v).dot(&Vector3::new(1.0, 2.0, 3.0));
    assert_relative_eq!(value, expected, epsilon = 1e-12);
    let x = flat(&[axis.as_slice(), &[angle], v.as_slice()]);
    let f = |x: &[f64]| spun(v3(&x[..3]), x[3], v3(&x[4..]));
    check_gradient(
        f,
        &x,
        &flat(&[gaxis.as_slice(), &[gangle], gv.as_slice()]),
        TOL,
    )
    .unwrap();
}

#[differentiate]
fn from_macros(a: f64, b: f64) -> f64 {
    let v = nalgebra::vector![a, b, 1.0];
    let p = nalgebra::point![b, a];
    let m = nalgebra::matrix![a, 2.0, 0.0; b, 1.0, a];
    (m * v).dot(&nalgebra::vector![1.0, -1.0]) + p.x * p.y
}

#[test]
fn vector_point_and_matrix_macros() {
    let (a, b) = (0.7, -1.3);
    let (value, (ga, gb)) = from_macros_grad(a, b);
    // m v = (a^2 + 2b, ab + b + a); minus, plus ab.
    let expected = (a * a + 2.0 * b) - (a * b + b + a) + a * b;
    assert_relative_eq!(value, expected, epsilon = 1e-12);
    assert_relative_eq!(ga, 2.0 * a - b - 1.0 + b, epsilon = 1e-12);
    assert_relative_eq!(gb, 2.0 - a - 1.0 + a, epsilon = 1e-12);
}

#[differentiate]
fn inverse_trace3(m: Matrix3<f64>) -> f64 {
    match m.try_inverse() {
        Some(inv) => inv.trace(),
        None => 0.0,
    }
}

#[differentiate]
fn inverse_apply2(m: Matrix2<f64>, b: Vector2<f64>) -> f64 {
    let x = m.try_inverse().unwrap() * b;
    x.x + 2.0 * x.y
}

#[test]
fn try_inverse_of_small_matrices() {
    let m = Matrix3::new(2.0, 1.0, 0.5, -1.0, 3.0, 0.2, 0.4, -0.6, 1.5);
    let (value, g) = inverse_trace3_grad(m);
    let inv = m.try_inverse().unwrap();
    assert_relative_eq!(value, inv.trace(), epsilon = 1e-12);
    // d tr(M^-1) / dM = -(M^-2)^T.
    assert_relative_eq!(g, -(inv * inv).transpose(), epsilon = 1e-12);
    let singular = Matrix3::new(1.0, 2.0, 3.0, 2.0, 4.0, 6.0, 0.0, 1.0, 1.0);
    let (value, g) = inverse_trace3_grad(singular);
    assert_eq!(value, 0.0);
    assert_eq!(g, Matrix3::zeros());

    let (m, b) = (Matrix2::new(1.5, -0.5, 2.0, 0.75), Vector2::new(0.3, -1.0));
    let (value, (gm, gb)) = inverse_apply2_grad(m, b);
    let inv = m.try_inverse().unwrap();
    let x = inv * b;
    assert_relative_eq!(value, x.x + 2.0 * x.y, epsilon = 1e-12);
    // f = c^T M^-1 b: d/db = M^-T c, d/dM = -(M^-T c)(M^-1 b)^T.
    let c = Vector2::new(1.0, 2.0);
    let y = inv.transpose() * c;
    assert_relative_eq!(gb, y, epsilon = 1e-12);
    assert_relative_eq!(gm, -(y * x.transpose()), epsilon = 1e-12);
}

#[differentiate]
fn assigned(a: f64, m: Matrix3<f64>) -> f64 {
    let mut v = Vector3::zeros();
    v[0] = a;
    v[2] = a * a;
    v *= 2.0;
    v -= Vector3::repeat(1.0);
    let mut n = m;
    n[(0, 2)] = a;
    n[(1, 1)] += 3.0 * a;
    (-(n.transpose() * v)).sum()
}

#[test]
fn element_assignment_and_compound_operators() {
    let m = Matrix3::new(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
    let a = 0.5;
    let (value, (ga, gm)) = assigned_grad(a, m);
    assert_relative_eq!(value, assigned(a, m));
    // The result is -sum_ij n_ij v_i: d/dm_ij = -v_i, except for the
    // overwritten element (0, 2), which does not reach the result.
    let v = Vector3::new(2.0 * a - 1.0, -1.0, 2.0 * a * a - 1.0);
    let mut gm_hand = Matrix3::from_fn(|i, _| -v[i]);
    gm_hand[(0, 2)] = 0.0;
    assert_relative_eq!(gm, gm_hand, epsilon = 1e-12);
    let x = flat(&[&[a], m.as_slice()]);
    let f = |x: &[f64]| assigned(x[0], m3(&x[1..]));
    check_gradient(f, &x, &flat(&[&[ga], gm.as_slice()]), TOL).unwrap();
}

#[differentiate]
fn iterated(v: Vector3<f64>, m: &Matrix2<f64>) -> f64 {
    let squares = v.iter().map(|x| x * x).sum::<f64>();
    let mut weighted = 0.0;
    for (k, &x) in m.iter().enumerate() {
        weighted += (k as f64 + 1.0) * x;
    }
    let mixed = v
        .iter()
        .zip(m.iter())
        .fold(0.0, |acc, (a, b)| acc + a * b.sin());
    for x in &v {
        weighted += x.exp();
    }
    squares + weighted + mixed
}

#[test]
fn iterating_over_elements() {
    let v = Vector3::new(0.3, -0.5, 1.2);
    let m = Matrix2::new(1.0, 2.0, 3.0, 4.0);
    let (value, (gv, gm)) = iterated_grad(v, &m);
    assert_relative_eq!(value, iterated(v, &m), epsilon = 1e-12);
    // Elements come column by column (m[0], m[1] are the first column),
    // as nalgebra iterates them; by hand:
    let mut gv_hand = v * 2.0 + v.map(f64::exp);
    let mut gm_hand = Matrix2::from_column_slice(&[1.0, 2.0, 3.0, 4.0]);
    for k in 0..3 {
        gv_hand[k] += m[k].sin();
        gm_hand[k] += v[k] * m[k].cos();
    }
    assert_relative_eq!(gv, gv_hand, epsilon = 1e-12);
    assert_relative_eq!(gm, gm_hand, epsilon = 1e-12);
}

#[differentiate]
fn parts(v: Vector3<f64>, w: &Vector3<f64>, m: Matrix3<f64>) -> f64 {
    v.xy().norm() + v.zyx().dot(w) + m.diagonal().sum() + m.column(1).dot(&v) + (m.row(2) * v)[0]
}

#[test]
fn swizzles_rows_columns_and_diagonals() {
    let v = Vector3::new(0.3, -0.5, 1.2);
    let w = Vector3::new(0.7, 0.2, -0.4);
    let m = Matrix3::new(1.0, 2.0, 3.0, 4.0, -5.0, 6.0, 7.0, 8.0, 9.5);
    let (value, (gv, gw, gm)) = parts_grad(v, &w, m);
    assert_relative_eq!(value, parts(v, &w, m), epsilon = 1e-12);
    let xy = v.xy().norm();
    let gv_hand = Vector3::new(v.x / xy, v.y / xy, 0.0)
        + Vector3::new(w.z, w.y, w.x)
        + m.column(1)
        + m.row(2).transpose();
    let mut gm_hand = Matrix3::identity();
    gm_hand.set_column(1, &(gm_hand.column(1) + v));
    gm_hand.set_row(2, &(gm_hand.row(2) + v.transpose()));
    assert_relative_eq!(gv, gv_hand, epsilon = 1e-12);
    assert_relative_eq!(gw, v.zyx(), epsilon = 1e-12);
    assert_relative_eq!(gm, gm_hand, epsilon = 1e-12);
}

#[differentiate]
fn reductions(v: Vector3<f64>, w: &Vector3<f64>, m: Matrix3<f64>, t: f64) -> f64 {
    let a = v.lerp(w, t).norm_squared() + v.unscale(2.0 + t).sum() + v.add_scalar(t).product();
    let b = v.metric_distance(w) + m.mean() + m.amax() + v.max() + v.min() + w.amin();
    a + b + v.xy().perp(&w.yz())
}

#[test]
fn reductions_and_element_wise_methods() {
    let v = Vector3::new(0.3, -0.5, 1.2);
    let w = Vector3::new(0.7, 0.2, -0.4);
    let m = Matrix3::new(1.0, 2.0, 3.0, 4.0, -5.0, 6.0, 7.0, 8.0, 9.5);
    let t = 0.37;
    let (value, (gv, gw, gm, gt)) = reductions_grad(v, &w, m, t);
    assert_relative_eq!(value, reductions(v, &w, m, t), epsilon = 1e-12);
    let x = flat(&[v.as_slice(), w.as_slice(), m.as_slice(), &[t]]);
    let f = |x: &[f64]| reductions(v3(&x[..3]), &v3(&x[3..6]), m3(&x[6..15]), x[15]);
    let g = flat(&[gv.as_slice(), gw.as_slice(), gm.as_slice(), &[gt]]);
    check_gradient(f, &x, &g, TOL).unwrap();
    let dir: Vec<f64> = (0..16).map(|k| (k as f64 * 0.7).sin()).collect();
    let (_, tangent) = reductions_jvp(
        v,
        &w,
        m,
        t,
        v3(&dir[..3]),
        &v3(&dir[3..6]),
        m3(&dir[6..15]),
        dir[15],
    );
    assert_directional(tangent, &g, &dir);
}

#[differentiate]
fn assembled(v: Vector3<f64>, w: Vector3<f64>, t: f64) -> f64 {
    let d = Matrix3::from_diagonal(&v).determinant() + Matrix3::from_diagonal_element(t).trace();
    let c = Matrix3::from_columns(&[v, w, v.cross(&w)]);
    let r = Matrix3::from_rows(&[v.transpose(), w.transpose(), c.row(0).into_owned()]);
    d + c.determinant() + r.trace()
}

#[test]
fn matrices_from_diagonals_columns_and_rows() {
    let (v, w, t) = (
        Vector3::new(0.3, -0.5, 1.2),
        Vector3::new(0.7, 0.2, -0.4),
        0.37,
    );
    let (value, (gv, gw, gt)) = assembled_grad(v, w, t);
    assert_relative_eq!(value, assembled(v, w, t), epsilon = 1e-12);
    assert_relative_eq!(gt, 3.0, epsilon = 1e-12);
    let x = flat(&[v.as_slice(), w.as_slice(), &[t]]);
    let f = |x: &[f64]| assembled(v3(&x[..3]), v3(&x[3..6]), x[6]);
    check_gradient(f, &x, &flat(&[gv.as_slice(), gw.as_slice(), &[gt]]), TOL).unwrap();
}

#[differentiate]
fn euler(v: Vector3<f64>, roll: f64, pitch: f64, yaw: f64) -> Matrix3<f64> {
    Rotation3::from_euler_angles(roll, pitch, yaw).matrix() * Matrix3::from_diagonal(&v)
}

#[differentiate]
fn transformed(v: Vector3<f64>, w: &Vector3<f64>, t: f64) -> f64 {
    let r = Rotation3::from_euler_angles(t, 0.3 * t, -t);
    r.transform_vector(&v).dot(w) + r.inverse_transform_vector(w).x
}

#[test]
fn euler_angles_and_transforms() {
    let v = Vector3::new(0.3, -0.5, 1.2);
    let (roll, pitch, yaw) = (0.2, -0.4, 1.1);
    // The rotation as nalgebra builds it.
    let expected =
        Rotation3::from_euler_angles(roll, pitch, yaw).matrix() * Matrix3::from_diagonal(&v);
    assert_relative_eq!(euler(v, roll, pitch, yaw), expected, epsilon = 1e-12);
    let w = Vector3::new(0.7, 0.2, -0.4);
    let t = 0.37;
    let (value, (gv, gw, gt)) = transformed_grad(v, &w, t);
    let r = Rotation3::from_euler_angles(t, 0.3 * t, -t);
    assert_relative_eq!(
        value,
        (r * v).dot(&w) + (r.inverse() * w).x,
        epsilon = 1e-12
    );
    // Linear in v and w: d/dv = R^T w, d/dw = R v + R e_x.
    assert_relative_eq!(gv, r.transpose() * w, epsilon = 1e-12);
    assert_relative_eq!(gw, r * v + r * Vector3::x(), epsilon = 1e-12);
    let x = flat(&[v.as_slice(), w.as_slice(), &[t]]);
    let f = |x: &[f64]| transformed(v3(&x[..3]), &v3(&x[3..6]), x[6]);
    check_gradient(f, &x, &flat(&[gv.as_slice(), gw.as_slice(), &[gt]]), TOL).unwrap();
}

#[differentiate]
fn between(p: Point3<f64>, q: &Point3<f64>) -> f64 {
    nalgebra::distance(&p, q) + 0.5 * nalgebra::distance_squared(&p, q) + nalgebra::center(&p, q).y
}

#[differentiate]
fn opening(a: Vector3<f64>, b: Vector3<f64>) -> f64 {
    a.angle(&b)
}

#[test]
fn distances_centers_and_angles() {
    let (p, q) = (Point3::new(0.3, -0.5, 1.2), Point3::new(0.7, 0.2, -0.4));
    let (value, (gp, gq)) = between_grad(p, &q);
    assert_relative_eq!(value, between(p, &q), epsilon = 1e-12);
    let d = p - q;
    let gp_hand = d / d.norm() + d + Vector3::y() * 0.5;
    assert_relative_eq!(gp.coords, gp_hand, epsilon = 1e-12);
    assert_relative_eq!(gq.coords, -gp_hand + Vector3::y(), epsilon = 1e-12);
    let (a, b) = (Vector3::new(1.0, 0.5, -0.2), Vector3::new(-0.3, 0.8, 0.4));
    let (angle, (ga, gb)) = opening_grad(a, b);
    assert_relative_eq!(angle, a.angle(&b), epsilon = 1e-12);
    let x = flat(&[a.as_slice(), b.as_slice()]);
    let f = |x: &[f64]| opening(v3(&x[..3]), v3(&x[3..]));
    check_gradient(f, &x, &flat(&[ga.as_slice(), gb.as_slice()]), TOL).unwrap();
    // The angle with a zero vector is 0, as nalgebra defines it, with a
    // zero gradient rather than NaN.
    let (zero, (gz, _)) = opening_grad(Vector3::zeros(), b);
    assert_eq!(zero, 0.0);
    assert_eq!(gz, Vector3::zeros());
}

#[differentiate]
fn mapped(v: Vector3<f64>, w: Vector3<f64>, m: Matrix2<f64>, k: f64) -> f64 {
    let s = v.map(|e| (k * e).sin()).sum();
    let z = v.zip_map(&w, |a, b| a * b.exp()).norm_squared();
    s + z + m.map(|e| e * e).determinant()
}

#[test]
fn map_and_zip_map_with_closures() {
    let (v, w) = (Vector3::new(0.3, -0.5, 1.2), Vector3::new(0.7, 0.2, -0.4));
    let m = Matrix2::new(1.0, 2.0, 3.0, 4.5);
    let k = 0.8;
    let (value, (gv, gw, gm, gk)) = mapped_grad(v, w, m, k);
    assert_relative_eq!(value, mapped(v, w, m, k), epsilon = 1e-12);
    // By hand: d/dv = k cos(k v) + 2 v exp(2 w), d/dw = 2 v^2 exp(2 w),
    // d/dk = sum v cos(k v); det(m.^2) = a^2 d^2 - b^2 c^2.
    let gv_hand = v.map(|e| k * (k * e).cos()) + v.zip_map(&w, |a, b| 2.0 * a * (2.0 * b).exp());
    let gw_hand = v.zip_map(&w, |a, b| 2.0 * a * a * (2.0 * b).exp());
    let gk_hand: f64 = v.iter().map(|e| e * (k * e).cos()).sum();
    let (a, b, c, d) = (m[(0, 0)], m[(0, 1)], m[(1, 0)], m[(1, 1)]);
    let gm_hand = Matrix2::new(
        2.0 * a * d * d,
        -2.0 * b * c * c,
        -2.0 * c * b * b,
        2.0 * d * a * a,
    );
    assert_relative_eq!(gv, gv_hand, epsilon = 1e-12);
    assert_relative_eq!(gw, gw_hand, epsilon = 1e-12);
    assert_relative_eq!(gm, gm_hand, epsilon = 1e-12);
    assert_relative_eq!(gk, gk_hand, epsilon = 1e-12);
}

#[differentiate]
fn lifted(v: Vector3<f64>, h: f64) -> f64 {
    let mut w = v;
    w.z += h;
    w.x = w.y * h;
    w.norm()
}

#[test]
fn component_assignment() {
    let (v, h) = (Vector3::new(0.3, -0.5, 1.2), 0.7);
    let (value, (gv, gh)) = lifted_grad(v, h);
    let w = Vector3::new(v.y * h, v.y, v.z + h);
    assert_relative_eq!(value, w.norm(), epsilon = 1e-12);
    // d|w|/dw = w/|w|; w.x = v.y h replaced v.x, w.z = v.z + h.
    let u = w / w.norm();
    assert_relative_eq!(gv, Vector3::new(0.0, u.x * h + u.y, u.z), epsilon = 1e-12);
    assert_relative_eq!(gh, u.x * v.y + u.z, epsilon = 1e-12);
}

#[differentiate]
fn quaternion_turn(v: Vector3<f64>, angle: f64, roll: f64) -> Vector3<f64> {
    let q = nalgebra::UnitQuaternion::from_axis_angle(&Vector3::y_axis(), angle);
    let e = nalgebra::UnitQuaternion::from_euler_angles(roll, 0.5, -0.25);
    let id = Rotation3::identity();
    (q * e).inverse() * (id * v) + e.to_rotation_matrix() * v
}

#[test]
fn unit_quaternions_as_the_rotations_they_stand_for() {
    let (v, angle, roll) = (Vector3::new(0.3, -0.5, 1.2), 0.8, -0.3);
    let q = nalgebra::UnitQuaternion::from_axis_angle(&Vector3::y_axis(), angle);
    let e = nalgebra::UnitQuaternion::from_euler_angles(roll, 0.5, -0.25);
    let expected = (q * e).inverse() * v + e.to_rotation_matrix() * v;
    assert_relative_eq!(quaternion_turn(v, angle, roll), expected, epsilon = 1e-12);
    // The value as the macro computes it (its rotation matrices) equals
    // nalgebra's quaternion arithmetic; each component's gradient against
    // central differences.
    let w = Vector3::new(1.0, -2.0, 0.5);
    let (value, (gv, ga, gr)) = quaternion_turn_vjp(v, angle, roll, w);
    assert_relative_eq!(value, expected, epsilon = 1e-12);
    let x = flat(&[v.as_slice(), &[angle, roll]]);
    let f = |x: &[f64]| quaternion_turn(v3(&x[..3]), x[3], x[4]).dot(&w);
    check_gradient(f, &x, &flat(&[gv.as_slice(), &[ga, gr]]), TOL).unwrap();
}

// Written with the references people write (`&a - &b`), which clippy
// would drop.
#[allow(clippy::op_ref, clippy::needless_borrow)]
#[differentiate]
fn referenced(x: &[Vector3<f64>], flat: &[f64]) -> f64 {
    let d = &x[1] - &x[0];
    let v = Vector3::from_column_slice(&flat[1..]);
    let w = nalgebra::Vector2::from_row_slice(&flat[2..4]);
    let c = x.iter().sum::<Vector3<f64>>() / x.len() as f64;
    (&d).norm_squared() + (&v - &c).dot(&d) + w.x * w.y
}

#[test]
fn references_subslices_and_sums_of_vectors() {
    let x = vec![Vector3::new(0.3, -0.5, 1.2), Vector3::new(0.7, 0.2, -0.4)];
    let flat = [0.5, 1.5, -2.0, 0.25];
    let (value, (gx, gflat)) = referenced_grad(&x, &flat);
    assert_relative_eq!(value, referenced(&x, &flat), epsilon = 1e-12);
    let mut z: Vec<f64> = x.iter().flat_map(|v| v.iter().copied()).collect();
    z.extend(flat);
    let mut g: Vec<f64> = gx.iter().flat_map(|v| v.iter().copied()).collect();
    g.extend(&gflat);
    let f = |z: &[f64]| referenced(&[v3(&z[..3]), v3(&z[3..6])], &z[6..]);
    check_gradient(f, &z, &g, TOL).unwrap();
    // flat[0] is read by nothing.
    assert_eq!(gflat[0], 0.0);
}

#[differentiate]
fn skew(v: Vector3<f64>, w: Vector3<f64>) -> Matrix3<f64> {
    v.cross_matrix() * Matrix3::from_diagonal(&w)
}

#[test]
fn cross_matrix_is_nalgebras() {
    let (v, w) = (Vector3::new(0.3, -0.5, 1.2), Vector3::new(0.7, 0.2, -0.4));
    let expected = v.cross_matrix() * Matrix3::from_diagonal(&w);
    assert_relative_eq!(skew(v, w), expected, epsilon = 1e-15);
    // Along a seed S: d<S, [v]x W>/dw_j = ([v]x^T S)_jj.
    let s = Matrix3::new(1.0, 2.0, 3.0, -1.0, 0.5, 0.25, 2.0, -2.0, 1.0);
    let (value, (_, gw)) = skew_vjp(v, w, s);
    assert_relative_eq!(value, expected, epsilon = 1e-15);
    let hand = (v.cross_matrix().transpose() * s).diagonal();
    assert_relative_eq!(gw, hand, epsilon = 1e-12);
}

#[differentiate]
fn blocks(state: SVector<f64, 6>, m: SMatrix<f64, 4, 4>, k: usize) -> f64 {
    let p = state.fixed_rows::<3>(0);
    let v = state.fixed_rows::<3>(k);
    let r = m.fixed_view::<3, 3>(0, 1);
    let c = m.fixed_columns::<1>(3);
    (r * p).dot(&v) + c.sum()
}

#[test]
fn fixed_rows_columns_and_views() {
    let state = SVector::<f64, 6>::from_column_slice(&[0.3, -0.5, 1.2, 0.7, 0.2, -0.4]);
    let m = SMatrix::<f64, 4, 4>::from_fn(|i, j| (i * 4 + j) as f64 * 0.1 - 0.5);
    let (value, (gs, gm)) = blocks_grad(state, m, 3);
    let (p, v) = (state.fixed_rows::<3>(0), state.fixed_rows::<3>(3));
    let r = m.fixed_view::<3, 3>(0, 1);
    assert_relative_eq!(value, (r * p).dot(&v) + m.column(3).sum(), epsilon = 1e-12);
    // By hand: d/dp = R^T v, d/dv = R p, d/dR = v p^T, d/dm[:, 3] = 1.
    let mut gs_hand = SVector::<f64, 6>::zeros();
    gs_hand
        .fixed_rows_mut::<3>(0)
        .copy_from(&(r.transpose() * v));
    gs_hand.fixed_rows_mut::<3>(3).copy_from(&(r * p));
    assert_relative_eq!(gs, gs_hand, epsilon = 1e-12);
    let mut gm_hand = SMatrix::<f64, 4, 4>::zeros();
    gm_hand
        .fixed_view_mut::<3, 3>(0, 1)
        .copy_from(&(v * p.transpose()));
    let col = gm_hand.column(3) + SVector::<f64, 4>::repeat(1.0);
    gm_hand.set_column(3, &col);
    assert_relative_eq!(gm, gm_hand, epsilon = 1e-12);
}

#[differentiate(wrt(p))]
fn seen_from(r: &Rotation3<f64>, q: nalgebra::UnitQuaternion<f64>, p: &Vector3<f64>) -> f64 {
    (r * (q * p)).z.powi(2) + q.inverse_transform_vector(p).x
}

#[test]
fn rotations_as_constant_parameters() {
    let r = Rotation3::from_euler_angles(0.1, 0.2, 0.3);
    let q = nalgebra::UnitQuaternion::from_axis_angle(&Vector3::x_axis(), 0.7);
    let p = Vector3::new(0.3, -0.5, 1.2);
    let (value, gp) = seen_from_grad(&r, q, &p);
    let m = r.matrix() * q.to_rotation_matrix().matrix();
    let w = m * p;
    assert_relative_eq!(value, w.z.powi(2) + (q.inverse() * p).x, epsilon = 1e-12);
    // By hand: d/dp = 2 w_z M^T e_z + Q e_x (the inverse's transpose).
    let hand =
        m.transpose() * Vector3::z() * (2.0 * w.z) + q.to_rotation_matrix().matrix() * Vector3::x();
    assert_relative_eq!(gp, hand, epsilon = 1e-12);
}

#[differentiate]
fn centroid_spread(pts: &[Point3<f64>]) -> f64 {
    let total: Vector3<f64> = pts.iter().map(|p| p.coords).sum();
    let c = total / pts.len() as f64;
    pts.iter()
        .map(|p| (p.coords - c).norm_squared())
        .sum::<f64>()
}

#[test]
fn sums_of_mapped_coordinates() {
    let pts = vec![
        Point3::new(0.3, -0.5, 1.2),
        Point3::new(0.7, 0.2, -0.4),
        Point3::new(-1.0, 0.5, 0.25),
    ];
    let (value, g) = centroid_spread_grad(&pts);
    assert_relative_eq!(value, centroid_spread(&pts), epsilon = 1e-12);
    // By hand: the spread about the centroid c has gradient 2 (p_i - c)
    // (the terms through c sum to zero).
    let c = pts.iter().map(|p| p.coords).sum::<Vector3<f64>>() / 3.0;
    for (gi, p) in g.iter().zip(&pts) {
        assert_relative_eq!(gi.coords, (p.coords - c) * 2.0, epsilon = 1e-12);
    }
}

#[test]
fn vjp_into_adds_into_buffers_of_the_nalgebra_types() {
    // A slice of vectors and a slice of floats.
    let x = vec![Vector3::new(1.0, 0.5, -0.2), Vector3::new(0.3, -1.0, 0.8)];
    let w = [0.5, -1.5];
    let (_, (gx, gw)) = weighted_sum_grad(&x, &w);
    let mut bx = vec![Vector3::new(1.0, 2.0, 3.0); 2];
    let mut bw = vec![0.25; 2];
    let value = weighted_sum_vjp_into(&x, &w, 1.0, (&mut bx, &mut bw));
    assert_eq!(value, weighted_sum(&x, &w));
    for i in 0..2 {
        assert_relative_eq!(bx[i], gx[i] + Vector3::new(1.0, 2.0, 3.0), epsilon = 1e-12);
        assert_relative_eq!(bw[i], gw[i] + 0.25, epsilon = 1e-12);
    }
    // Points, one by value and one by reference.
    let (p, q) = (Point3::new(1.0, 2.0, -0.5), Point3::new(0.2, -0.3, 0.9));
    let (_, (gp, gq)) = point_distance_grad(p, &q);
    let (mut bp, mut bq) = (Point3::new(1.0, 1.0, 1.0), Point3::origin());
    point_distance_vjp_into(p, &q, 2.0, (&mut bp, &mut bq));
    assert_relative_eq!(
        bp.coords,
        gp.coords * 2.0 + Vector3::new(1.0, 1.0, 1.0),
        epsilon = 1e-12
    );
    assert_relative_eq!(bq.coords, gq.coords * 2.0, epsilon = 1e-12);
    // A matrix and a vector behind a reference.
    let m = Matrix3::new(1.0, 0.5, -0.2, 0.3, 2.0, 0.1, -0.4, 0.6, 1.5);
    let v = Vector3::new(0.7, -0.3, 1.2);
    let (_, (gm, gv)) = matvec_energy_grad(m, &v);
    let (mut bm, mut bv) = (Matrix3::identity(), Vector3::zeros());
    matvec_energy_vjp_into(m, &v, 1.0, (&mut bm, &mut bv));
    assert_relative_eq!(bm, gm + Matrix3::identity(), epsilon = 1e-12);
    assert_relative_eq!(bv, gv, epsilon = 1e-12);
}
