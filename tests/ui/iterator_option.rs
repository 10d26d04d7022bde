use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let m = x.iter().copied().reduce(f64::max);
    m.unwrap_or(0.0)
}

fn main() {}
