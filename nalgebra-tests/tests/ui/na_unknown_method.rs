use autodiff::differentiate;
use nalgebra::Matrix3;

#[differentiate]
fn inverse_trace(m: Matrix3<f64>) -> f64 {
    m.try_inverse().unwrap().trace()
}

fn main() {}
