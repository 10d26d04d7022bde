//! Issue 13, case 2: the array result of a call bound without a type
//! annotation (`let w = rotate(v, angle);`): the adjoint of `w` is emitted
//! as an immutable binding that is then updated, and rustc reports E0594
//! "cannot assign to value, as `d_w_27` is not declared as mutable". With
//! `let w: [f64; 2] = rotate(v, angle);` it is fine.

use autodiff::differentiate;

#[differentiate]
fn rotate(v: [f64; 2], angle: f64) -> [f64; 2] {
    let c = angle.cos();
    let s = angle.sin();
    [c * v[0] - s * v[1], s * v[0] + c * v[1]]
}

#[differentiate]
fn miss(v: [f64; 2], angle: f64, target: [f64; 2]) -> f64 {
    let w = rotate(v, angle);
    let dx = w[0] - target[0];
    let dy = w[1] - target[1];
    dx * dx + dy * dy
}

fn main() {
    let (v, t) = ([1.0, 0.0], [0.0, 1.0]);
    let (y, (_, da, _)) = miss_grad(v, 0.0, t);
    // The distance from (cos a, sin a) to (0, 1): 2 - 2 sin a, derivative -2 cos a.
    assert!((y - 2.0).abs() < 1e-15);
    assert!((da + 2.0).abs() < 1e-15, "{da}");
}
