use autodiff::differentiate;
use nalgebra::Vector3;

#[differentiate]
fn lifted(v: Vector3<f64>, h: f64) -> f64 {
    let mut w = v;
    w.z += h;
    w.norm()
}

fn main() {}
