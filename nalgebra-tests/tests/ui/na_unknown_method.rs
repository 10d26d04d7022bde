use autodiff::differentiate;
use nalgebra::Matrix3;

#[differentiate]
fn inverse_trace(m: Matrix3<f64>) -> f64 {
    m.pseudo_inverse(1e-9).unwrap().trace()
}

fn main() {}
