use autodiff::differentiate;

#[differentiate(wrt(x))]
fn f(x: f64, o: Option<f64>) -> Option<f64> {
    Some(x * o?)
}

fn main() {}
