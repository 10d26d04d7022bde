use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    fn half(v: f64) -> f64 {
        v / 2.0
    }
    x * x
}

fn main() {}
