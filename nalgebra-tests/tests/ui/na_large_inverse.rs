use autodiff::differentiate;
use nalgebra::{Matrix4, Vector4};

#[differentiate]
fn solve(m: Matrix4<f64>, b: Vector4<f64>) -> f64 {
    (m.try_inverse().unwrap() * b).norm()
}

fn main() {}
