use autodiff::differentiate;
use nalgebra::{Matrix2, Vector3};

#[differentiate]
fn spring(a: Vector3<f64>, b: &Vector3<f64>, k: f64) -> f64 {
    let d = a - b;
    0.5 * k * (d.norm() - 1.0).powi(2)
}

#[differentiate]
fn mv(m: Matrix2<f64>, v: nalgebra::Vector2<f64>) -> nalgebra::Vector2<f64> {
    m * v + v.x * v
}

#[test]
fn smoke() {
    let a = Vector3::new(1.0, 2.0, 3.0);
    let b = Vector3::new(0.5, -1.0, 2.0);
    let (v, (ga, gb, gk)) = spring_grad(a, &b, 2.0);
    println!("{v} {ga} {gb} {gk}");
    let m = Matrix2::new(1.0, 2.0, 3.0, 4.0);
    let (y, (gm, gv)) = mv_vjp(m, nalgebra::Vector2::new(1.0, 2.0), nalgebra::Vector2::new(1.0, 0.0));
    println!("{y} {gm} {gv}");
}
