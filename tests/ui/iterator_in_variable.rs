use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let it = x.iter();
    it.copied().fold(0.0, f64::max)
}

fn main() {}
