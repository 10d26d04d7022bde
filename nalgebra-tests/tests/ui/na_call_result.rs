use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn turn(v: &Vector3<f64>, a: f64) -> Vector3<f64> {
    nalgebra::Rotation3::from_axis_angle(&Vector3::z_axis(), a) * v
}

#[differentiate]
fn aim(v: Vector3<f64>, a: f64, target: &Vector3<f64>) -> f64 {
    let w = turn(&v, a);
    (w - target).norm_squared()
}

fn main() {}
