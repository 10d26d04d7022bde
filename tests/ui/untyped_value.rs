use autodiff::differentiate;

type Real = f64;

#[differentiate]
fn helper(y: f64) -> f64 {
    y * y
}

// `y` depends on `x`, but its type is an alias the macro cannot see
// through: without an annotation its derivative would be lost, so the
// macro asks for one.
#[differentiate]
fn f(x: f64) -> f64 {
    let y = x as Real;
    helper(y)
}

fn main() {}
