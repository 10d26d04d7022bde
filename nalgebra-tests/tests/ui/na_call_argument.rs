use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn energy(v: Vector3<f64>) -> f64 {
    v.norm_squared()
}

#[differentiate]
fn total(a: Vector3<f64>, b: Vector3<f64>) -> f64 {
    energy(a - b)
}

fn main() {}
