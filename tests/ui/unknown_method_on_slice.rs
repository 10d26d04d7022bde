use autodiff::differentiate;

trait Norm {
    fn norm(&self) -> f64;
}

impl Norm for [f64] {
    fn norm(&self) -> f64 {
        self.iter().map(|v| v * v).sum::<f64>().sqrt()
    }
}

#[differentiate]
fn f(w: &[f64]) -> f64 {
    w.norm()
}

fn main() {}
