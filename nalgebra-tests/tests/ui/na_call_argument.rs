use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn energy(x: &[Vector3<f64>]) -> f64 {
    x[0].norm_squared()
}

#[differentiate]
fn total(x: &[Vector3<f64>]) -> f64 {
    energy(x) + x[1].x
}

fn main() {}
