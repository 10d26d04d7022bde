use autodiff::differentiate;

#[differentiate]
fn sq(x: f64) -> f64 {
    x * x
}

#[differentiate(hessian)]
fn f(x: f64, y: f64) -> f64 {
    sq(x) * y
}

fn main() {}
