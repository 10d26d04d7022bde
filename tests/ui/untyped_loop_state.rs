use autodiff::differentiate;

const ZEROS: [f64; 3] = [0.0; 3];

// `acc` starts from a const whose type the macro cannot see, and the loop
// stores differentiable values into it: without an annotation its gradient
// would be lost, so the macro asks for one.
#[differentiate]
fn f(x: [f64; 3]) -> f64 {
    let mut acc = ZEROS;
    for i in 0..3 {
        acc[i] = x[i] * 2.0;
    }
    acc[0] + acc[1]
}

fn main() {}
