use autodiff::differentiate;

#[differentiate]
fn backwards(x: &[f64]) -> f64 {
    x.iter().filter(|v| **v > 0.0).rev().fold(0.0, |a, v| 0.5 * a + v)
}

#[differentiate]
fn pairs(x: &[f64], y: &[f64]) -> f64 {
    x.iter().filter(|v| **v > 0.0).zip(y).map(|(a, b)| a * b).sum()
}

fn main() {}
