use autodiff::differentiate;

#[differentiate]
fn f(x: [f64; 3]) -> f64 {
    x[0] + x[1] * x[2]
}

fn main() {}
