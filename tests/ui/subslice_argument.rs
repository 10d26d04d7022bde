use autodiff::differentiate;

#[differentiate]
fn sum_of_squares(v: &[f64]) -> f64 {
    v.iter().map(|t| t * t).sum()
}

#[differentiate]
fn f(x: &[f64]) -> f64 {
    sum_of_squares(&x[1..])
}

fn main() {}
