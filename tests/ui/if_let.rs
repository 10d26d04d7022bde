use autodiff::differentiate;

#[differentiate(wrt(x))]
fn f(x: f64, o: Option<f64>) -> f64 {
    if let Some(s) = o { x * s } else { x }
}

fn main() {}
