use autodiff::differentiate;
use nalgebra::{Isometry3, Point3, Vector3};

#[differentiate]
fn placed(t: Vector3<f64>, r: Vector3<f64>, p: Point3<f64>) -> f64 {
    let iso = Isometry3::new(t, r);
    (iso * p).coords.norm()
}

fn main() {}
