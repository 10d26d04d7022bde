//! Second derivatives of functions of nalgebra values: Hessian-vector
//! products against finite differences of the gradient, and the Hessian of
//! a quadratic form against its matrix.

use approx::assert_relative_eq;
use autodiff::differentiate;
use nalgebra::{Matrix3, Vector3};

#[differentiate(hessian)]
fn spring(a: Vector3<f64>, b: &Vector3<f64>, k: f64) -> f64 {
    let d = a - b;
    0.5 * k * (d.norm() - 1.0).powi(2)
}

#[differentiate(hessian, wrt(x))]
fn quadratic(m: &Matrix3<f64>, x: Vector3<f64>) -> f64 {
    0.5 * x.dot(&(m * x))
}

#[test]
fn hvp_matches_finite_differences_of_the_gradient() {
    let (a, b, k) = (
        Vector3::new(1.0, 2.0, 3.0),
        Vector3::new(0.5, -1.0, 2.0),
        2.0,
    );
    let (da, db, dk) = (
        Vector3::new(0.3, -0.1, 0.2),
        Vector3::new(0.0, 1.0, -0.5),
        0.7,
    );
    let (value, (ga, gb, gk), (ha, hb, hk)) = spring_hvp(a, &b, k, da, &db, dk);
    let (v0, (ga0, gb0, gk0)) = spring_grad(a, &b, k);
    assert_relative_eq!(value, v0);
    assert_relative_eq!(ga, ga0);
    assert_relative_eq!(gb, gb0);
    assert_relative_eq!(gk, gk0);
    // Central differences of the gradient along the direction.
    let h = 1e-5;
    let (_, (gap, gbp, gkp)) = spring_grad(a + da * h, &(b + db * h), k + dk * h);
    let (_, (gam, gbm, gkm)) = spring_grad(a - da * h, &(b - db * h), k - dk * h);
    assert_relative_eq!(ha, (gap - gam) / (2.0 * h), epsilon = 1e-7);
    assert_relative_eq!(hb, (gbp - gbm) / (2.0 * h), epsilon = 1e-7);
    assert_relative_eq!(hk, (gkp - gkm) / (2.0 * h), epsilon = 1e-7);
}

#[test]
fn hessian_of_a_quadratic_form_is_its_symmetric_part() {
    let m = Matrix3::new(2.0, 1.0, 0.0, -1.0, 3.0, 0.5, 0.25, 0.0, 1.0);
    let x = Vector3::new(0.3, -0.2, 1.5);
    let sym = (m + m.transpose()) * 0.5;
    for j in 0..3 {
        let e = Vector3::ith(j, 1.0);
        let (_, g, hv) = quadratic_hvp(&m, x, e);
        assert_relative_eq!(g, sym * x, epsilon = 1e-12);
        assert_relative_eq!(hv, sym.column(j).into_owned(), epsilon = 1e-12);
    }
}

#[differentiate(hessian)]
fn chain_energy(x: &[nalgebra::Vector2<f64>], k: f64) -> f64 {
    let mut e = 0.0;
    for i in 0..x.len() - 1 {
        let d = x[i + 1] - x[i];
        e += 0.5 * k * (d.norm() - 1.0).powi(2);
    }
    e
}

#[test]
fn hvp_of_a_slice_of_vectors() {
    use nalgebra::Vector2;
    let x = vec![
        Vector2::new(0.0, 0.0),
        Vector2::new(1.2, 0.3),
        Vector2::new(2.0, -0.4),
    ];
    let dx = vec![
        Vector2::new(0.1, -0.2),
        Vector2::new(0.0, 0.3),
        Vector2::new(-0.5, 0.1),
    ];
    let k = 3.0;
    let (_, (_, gk), (hx, hk)) = chain_energy_hvp(&x, k, &dx, 0.0);
    let h = 1e-5;
    let shifted =
        |s: f64| -> Vec<Vector2<f64>> { x.iter().zip(&dx).map(|(p, d)| p + d * s).collect() };
    let (_, (gp, gkp)) = chain_energy_grad(&shifted(h), k);
    let (_, (gm, gkm)) = chain_energy_grad(&shifted(-h), k);
    for i in 0..3 {
        assert_relative_eq!(hx[i], (gp[i] - gm[i]) / (2.0 * h), epsilon = 1e-7);
    }
    assert_relative_eq!(hk, (gkp - gkm) / (2.0 * h), epsilon = 1e-7);
    // The energy is linear in k.
    let (e, _) = chain_energy_grad(&x, k);
    assert_relative_eq!(gk, e / k, epsilon = 1e-12);
}
