//! Calls between differentiated functions that pass nalgebra values and
//! return them: reverse mode against central differences and a gradient
//! derived by hand, forward mode against reverse mode, Hessian-vector
//! products against differences of the gradient.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};
use nalgebra::{Matrix2, Point2, Point3, Rotation3, Vector3};

const TOL: f64 = 1e-6;

fn v3(x: &[f64]) -> Vector3<f64> {
    Vector3::from_column_slice(x)
}

#[differentiate]
fn spring(a: &Vector3<f64>, b: &Vector3<f64>, k: f64, rest: f64) -> f64 {
    0.5 * k * ((a - b).norm() - rest).powi(2)
}

#[differentiate]
fn chain(x: &[Vector3<f64>], k: f64) -> f64 {
    let mut e = 0.0;
    for i in 0..x.len() - 1 {
        e += spring(&x[i], &x[i + 1], k, 1.0);
    }
    e
}

#[test]
fn a_helper_called_in_a_loop_with_elements_of_a_slice() {
    let x = vec![
        Vector3::new(0.0, 0.0, 0.0),
        Vector3::new(1.2, 0.1, 0.0),
        Vector3::new(2.0, 0.9, 0.3),
    ];
    let k = 3.0;
    let (value, (gx, gk)) = chain_grad(&x, k);
    assert_relative_eq!(value, chain(&x, k), epsilon = 1e-12);
    // By hand: each spring pulls its ends along d = a - b with force
    // k (|d| - 1) d / |d|.
    let mut hand = vec![Vector3::zeros(); 3];
    let mut hand_k = 0.0;
    for i in 0..2 {
        let d = x[i] - x[i + 1];
        let stretch = d.norm() - 1.0;
        let f = d * (k * stretch / d.norm());
        hand[i] += f;
        hand[i + 1] -= f;
        hand_k += 0.5 * stretch * stretch;
    }
    for (g, h) in gx.iter().zip(&hand) {
        assert_relative_eq!(*g, *h, epsilon = 1e-12);
    }
    assert_relative_eq!(gk, hand_k, epsilon = 1e-12);
}

#[differentiate]
fn quad(m: Matrix2<f64>, p: Point2<f64>) -> f64 {
    (m * p.coords).norm_squared()
}

#[differentiate]
fn mixed(a: Vector3<f64>, m: Matrix2<f64>, s: f64) -> f64 {
    let p = Point2::new(a.x, s);
    spring(&a, &Vector3::new(s, 0.0, 1.0), 2.0, 0.5) + quad(m * s, p)
}

#[test]
fn vectors_points_and_matrices_built_in_the_caller() {
    let (a, s) = (Vector3::new(0.3, -0.5, 1.2), 0.7);
    let m = Matrix2::new(1.0, 2.0, 3.0, 4.5);
    let (value, (ga, gm, gs)) = mixed_grad(a, m, s);
    assert_relative_eq!(value, mixed(a, m, s), epsilon = 1e-12);
    let x: Vec<f64> = a.iter().chain(m.iter()).copied().chain([s]).collect();
    let g: Vec<f64> = ga.iter().chain(gm.iter()).copied().chain([gs]).collect();
    let f = |x: &[f64]| mixed(v3(&x[..3]), Matrix2::from_column_slice(&x[3..7]), x[7]);
    check_gradient(f, &x, &g, TOL).unwrap();
    let (da, dm, ds) = (
        Vector3::new(0.1, 0.2, -0.3),
        Matrix2::new(0.5, -0.5, 0.25, 1.0),
        0.4,
    );
    let (_, tangent) = mixed_jvp(a, m, s, da, dm, ds);
    let dir: Vec<f64> = da.iter().chain(dm.iter()).copied().chain([ds]).collect();
    let expected: f64 = g.iter().zip(&dir).map(|(g, d)| g * d).sum();
    assert_relative_eq!(tangent, expected, epsilon = 1e-12, max_relative = 1e-12);
}

#[differentiate]
fn turn(v: &Vector3<f64>, a: f64) -> Vector3<f64> {
    Rotation3::from_axis_angle(&Vector3::z_axis(), a) * v
}

#[differentiate]
fn aim(v: Vector3<f64>, a: f64, target: &Vector3<f64>) -> f64 {
    let w: Vector3<f64> = turn(&v, a);
    (w - target).norm_squared() + w.x
}

#[test]
fn a_nalgebra_result_bound_with_its_type() {
    let (v, a, t) = (
        Vector3::new(1.0, 2.0, 3.0),
        0.4,
        Vector3::new(0.5, -1.0, 2.0),
    );
    let (value, (gv, ga, gt)) = aim_grad(v, a, &t);
    assert_relative_eq!(value, aim(v, a, &t), epsilon = 1e-12);
    // By hand, with w = R v: d/dw = 2 (w - t) + e_x, d/dv = R^T d/dw,
    // d/da = d/dw . (dR/da v), dR/da v = z x w.
    let r = Rotation3::from_axis_angle(&Vector3::z_axis(), a);
    let w = r * v;
    let dw = (w - t) * 2.0 + Vector3::x();
    assert_relative_eq!(gv, r.transpose() * dw, epsilon = 1e-12);
    assert_relative_eq!(ga, dw.dot(&Vector3::z().cross(&w)), epsilon = 1e-12);
    assert_relative_eq!(gt, -(w - t) * 2.0, epsilon = 1e-12);
    let (dv, da, dt) = (
        Vector3::new(0.3, -0.1, 0.2),
        0.7,
        Vector3::new(0.0, 1.0, -0.5),
    );
    let (_, tangent) = aim_jvp(v, a, &t, dv, da, &dt);
    let expected = gv.dot(&dv) + ga * da + gt.dot(&dt);
    assert_relative_eq!(tangent, expected, epsilon = 1e-12, max_relative = 1e-12);
}

#[differentiate(hessian)]
fn hspring(a: &Vector3<f64>, b: Vector3<f64>, k: f64) -> f64 {
    0.5 * k * ((a - b).norm() - 1.0).powi(2)
}

#[differentiate(hessian)]
fn pair(x: Vector3<f64>, y: Vector3<f64>, k: f64) -> f64 {
    hspring(&x, y, k) + hspring(&y, Vector3::zeros(), 2.0 * k)
}

#[test]
fn hessian_vector_products_through_calls() {
    let (x, y, k) = (
        Vector3::new(1.0, 2.0, 3.0),
        Vector3::new(0.5, -1.0, 2.0),
        2.0,
    );
    let (dx, dy, dk) = (
        Vector3::new(0.3, -0.1, 0.2),
        Vector3::new(0.0, 1.0, -0.5),
        0.7,
    );
    let (_, _, (hx, hy, hk)) = pair_hvp(x, y, k, dx, dy, dk);
    let h = 1e-5;
    let (_, (gxp, gyp, gkp)) = pair_grad(x + dx * h, y + dy * h, k + dk * h);
    let (_, (gxm, gym, gkm)) = pair_grad(x - dx * h, y - dy * h, k - dk * h);
    assert_relative_eq!(hx, (gxp - gxm) / (2.0 * h), epsilon = 1e-7);
    assert_relative_eq!(hy, (gyp - gym) / (2.0 * h), epsilon = 1e-7);
    assert_relative_eq!(hk, (gkp - gkm) / (2.0 * h), epsilon = 1e-7);
}

#[differentiate]
fn strain(f: &Matrix2<f64>, a: &Vector3<f64>, b: &Vector3<f64>) -> f64 {
    (f.transpose() * f - Matrix2::identity()).norm_squared() + (a - b).norm_squared()
}

#[differentiate]
fn forwarded(f: &Matrix2<f64>, a: &Vector3<f64>, b: &Vector3<f64>, s: f64) -> f64 {
    let same = a;
    s * strain(f, same, b)
}

#[test]
fn reference_parameters_passed_on_as_written() {
    let f = Matrix2::new(1.1, 0.2, -0.3, 0.9);
    let (a, b, s) = (
        Vector3::new(0.3, -0.5, 1.2),
        Vector3::new(0.7, 0.2, -0.4),
        1.5,
    );
    let (value, (gf, ga, gb, gs)) = forwarded_grad(&f, &a, &b, s);
    assert_relative_eq!(value, forwarded(&f, &a, &b, s), epsilon = 1e-12);
    // By hand: d|F^T F - I|^2/dF = 4 F (F^T F - I), d|a - b|^2/da = 2 (a - b).
    let e = f.transpose() * f - Matrix2::identity();
    assert_relative_eq!(gf, f * e * (4.0 * s), epsilon = 1e-12);
    assert_relative_eq!(ga, (a - b) * (2.0 * s), epsilon = 1e-12);
    assert_relative_eq!(gb, -(a - b) * (2.0 * s), epsilon = 1e-12);
    assert_relative_eq!(gs, strain(&f, &a, &b), epsilon = 1e-12);
}

#[differentiate(hessian)]
fn kinetic(v: &[Vector3<f64>], m: f64) -> f64 {
    let mut e = 0.0;
    for x in v {
        e += 0.5 * m * x.norm_squared();
    }
    e
}

#[differentiate(hessian)]
fn lagrangian(x: &[Vector3<f64>], v: &[Vector3<f64>], m: f64) -> f64 {
    let mut potential = 0.0;
    for p in x {
        potential += m * p.z;
    }
    kinetic(v, m) - potential + kinetic(x, 0.1)
}

#[test]
fn slices_of_vectors_passed_to_a_helper() {
    let x = vec![Vector3::new(0.3, -0.5, 1.2), Vector3::new(0.7, 0.2, -0.4)];
    let v = vec![Vector3::new(1.0, 0.0, -1.0), Vector3::new(0.5, 2.0, 0.25)];
    let m = 1.5;
    let (value, (gx, gv, gm)) = lagrangian_grad(&x, &v, m);
    assert_relative_eq!(value, lagrangian(&x, &v, m), epsilon = 1e-12);
    // By hand: d/dv_i = m v_i, d/dx_i = 0.1 x_i - m e_z.
    for i in 0..2 {
        assert_relative_eq!(gv[i], v[i] * m, epsilon = 1e-12);
        assert_relative_eq!(gx[i], x[i] * 0.1 - Vector3::z() * m, epsilon = 1e-12);
    }
    let hand_m: f64 =
        v.iter().map(|w| 0.5 * w.norm_squared()).sum::<f64>() - x.iter().map(|p| p.z).sum::<f64>();
    assert_relative_eq!(gm, hand_m, epsilon = 1e-12);
    let dx = vec![Vector3::new(0.1, 0.2, 0.3), Vector3::new(-0.2, 0.0, 0.4)];
    let dv = vec![Vector3::new(0.0, 1.0, 0.0), Vector3::new(0.3, -0.3, 0.1)];
    let dm = 0.5;
    let (_, tangent) = lagrangian_jvp(&x, &v, m, &dx, &dv, dm);
    let expected: f64 = (0..2)
        .map(|i| gx[i].dot(&dx[i]) + gv[i].dot(&dv[i]))
        .sum::<f64>()
        + gm * dm;
    assert_relative_eq!(tangent, expected, epsilon = 1e-12, max_relative = 1e-12);
    // The Hessian along (dx, dv, dm): v-block m dv + v dm, x-block
    // 0.1 dx - e_z dm.
    let (_, _, (hx, hv, _)) = lagrangian_hvp(&x, &v, m, &dx, &dv, dm);
    for i in 0..2 {
        assert_relative_eq!(hv[i], dv[i] * m + v[i] * dm, epsilon = 1e-12);
        assert_relative_eq!(hx[i], dx[i] * 0.1 - Vector3::z() * dm, epsilon = 1e-12);
    }
}

#[differentiate]
fn pair_energy(a: Vector3<f64>, b: Vector3<f64>) -> f64 {
    let pair = vec![a, b * 2.0];
    kinetic(&pair, 1.0) + pair[1].x + kinetic(&[a, b], 0.5)
}

#[test]
fn a_vec_and_an_array_of_vectors_built_and_passed_to_a_slice() {
    let (a, b) = (Vector3::new(0.3, -0.5, 1.2), Vector3::new(0.7, 0.2, -0.4));
    let (value, (ga, gb)) = pair_energy_grad(a, b);
    assert_relative_eq!(value, pair_energy(a, b), epsilon = 1e-12);
    // 0.5 |a|^2 + 2 |b|^2 + 2 b.x + 0.25 (|a|^2 + |b|^2).
    assert_relative_eq!(ga, a * 1.5, epsilon = 1e-12);
    assert_relative_eq!(gb, b * 4.5 + Vector3::x() * 2.0, epsilon = 1e-12);
}

#[differentiate(hessian)]
fn area(t: &[Point3<f64>; 3], s: f64) -> f64 {
    0.5 * s * (t[1] - t[0]).cross(&(t[2] - t[0])).norm()
}

#[differentiate(hessian)]
fn two_triangles(a: Point3<f64>, b: Point3<f64>, c: Point3<f64>, d: Point3<f64>) -> f64 {
    let first = [a, b, c];
    area(&first, 1.0) + area(&[b, d, c], 2.0)
}

#[test]
fn arrays_of_points_as_parameters_and_arguments() {
    let t = [
        Point3::new(0.0, 0.0, 0.0),
        Point3::new(1.0, 0.2, 0.1),
        Point3::new(0.3, 1.1, -0.2),
    ];
    let s = 2.0;
    let (value, (gt, gs)) = area_grad(&t, s);
    assert_relative_eq!(value, area(&t, s), epsilon = 1e-12);
    // By hand, with a = t1 - t0, b = t2 - t0, u = (a x b)/|a x b|:
    // d/dt1 = s/2 b x u, d/dt2 = s/2 u x a, d/dt0 = -(d/dt1 + d/dt2).
    let (a, b) = (t[1] - t[0], t[2] - t[0]);
    let u = a.cross(&b).normalize();
    let (g1, g2) = (b.cross(&u) * (0.5 * s), u.cross(&a) * (0.5 * s));
    assert_relative_eq!(gt[1].coords, g1, epsilon = 1e-12);
    assert_relative_eq!(gt[2].coords, g2, epsilon = 1e-12);
    assert_relative_eq!(gt[0].coords, -(g1 + g2), epsilon = 1e-12);
    assert_relative_eq!(gs, 0.5 * a.cross(&b).norm(), epsilon = 1e-12);
    // Forward mode and the Hessian along a direction.
    let dt = [
        Point3::new(0.1, 0.0, 0.0),
        Point3::new(0.0, 0.2, 0.0),
        Point3::new(0.0, 0.0, 0.3),
    ];
    let (_, tangent) = area_jvp(&t, s, &dt, 0.5);
    let expected = (0..3).map(|k| gt[k].coords.dot(&dt[k].coords)).sum::<f64>() + gs * 0.5;
    assert_relative_eq!(tangent, expected, epsilon = 1e-12, max_relative = 1e-12);
    let (_, _, (ht, _)) = area_hvp(&t, s, &dt, 0.5);
    let h = 1e-5;
    let shifted = |e: f64| {
        [
            t[0] + dt[0].coords * e,
            t[1] + dt[1].coords * e,
            t[2] + dt[2].coords * e,
        ]
    };
    let (_, (gp, _)) = area_grad(&shifted(h), s + 0.5 * h);
    let (_, (gm, _)) = area_grad(&shifted(-h), s - 0.5 * h);
    for k in 0..3 {
        assert_relative_eq!(ht[k].coords, (gp[k] - gm[k]) / (2.0 * h), epsilon = 1e-7);
    }
    // Arrays built in the caller and passed on.
    let d = Point3::new(1.2, 1.0, 0.4);
    let (value, (ga, gb, gc, gd)) = two_triangles_grad(t[0], t[1], t[2], d);
    assert_relative_eq!(value, two_triangles(t[0], t[1], t[2], d), epsilon = 1e-12);
    let x: Vec<f64> = [t[0], t[1], t[2], d]
        .iter()
        .flat_map(|p| p.coords.iter().copied())
        .collect();
    let g: Vec<f64> = [ga, gb, gc, gd]
        .iter()
        .flat_map(|p| p.coords.iter().copied())
        .collect();
    let p = |x: &[f64]| Point3::new(x[0], x[1], x[2]);
    let f = |x: &[f64]| two_triangles(p(&x[..3]), p(&x[3..6]), p(&x[6..9]), p(&x[9..]));
    check_gradient(f, &x, &g, TOL).unwrap();
    let (_, _, (ha, _, _, _)) = two_triangles_hvp(t[0], t[1], t[2], d, dt[0], dt[1], dt[2], dt[0]);
    let (_, (gap, ..)) = two_triangles_grad(
        t[0] + dt[0].coords * h,
        t[1] + dt[1].coords * h,
        t[2] + dt[2].coords * h,
        d + dt[0].coords * h,
    );
    let (_, (gam, ..)) = two_triangles_grad(
        t[0] - dt[0].coords * h,
        t[1] - dt[1].coords * h,
        t[2] - dt[2].coords * h,
        d - dt[0].coords * h,
    );
    assert_relative_eq!(ha.coords, (gap - gam) / (2.0 * h), epsilon = 1e-7);
}
