use autodiff::differentiate;

#[differentiate]
fn f(p: (f64, usize), x: f64) -> f64 {
    p.0 * x * p.1 as f64
}

fn main() {}
