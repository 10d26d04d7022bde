use autodiff::differentiate;

#[differentiate(fast)]
fn f(x: f64) -> f64 {
    x * x
}

fn main() {}
