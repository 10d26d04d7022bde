use autodiff::differentiate;

#[differentiate(crate = "not a path")]
fn f(x: f64) -> f64 {
    x * x
}

fn main() {}
