use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn sum_of_cubes(v: Vector3<f64>) -> f64 {
    v.iter().map(|e| e * e * e).sum::<f64>()
}

fn main() {}
