use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn energy(x: &[Vector3<f64>]) -> f64 {
    x[0].norm_squared() + x[1].x
}

#[differentiate]
fn total(a: Vector3<f64>, b: Vector3<f64>) -> f64 {
    let pair = [a, b];
    energy(&pair)
}

fn main() {}
