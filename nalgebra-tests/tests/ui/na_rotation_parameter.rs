use autodiff::differentiate;
use nalgebra::{Rotation3, Vector3};

#[differentiate]
fn height(r: &Rotation3<f64>, p: &Vector3<f64>) -> f64 {
    (r * p).z
}

fn main() {}
