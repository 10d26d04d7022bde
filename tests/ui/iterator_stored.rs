use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let doubled = x.iter().map(|v| v * 2.0);
    doubled.sum()
}

fn main() {}
