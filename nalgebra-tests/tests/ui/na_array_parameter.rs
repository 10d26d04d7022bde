use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn energy(x: &[Vector3<f64>; 2]) -> f64 {
    x[0].norm_squared() + x[1].x
}

fn main() {}
