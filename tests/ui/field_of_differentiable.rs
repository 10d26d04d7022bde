use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let p = (x, 1.0).0;
    p * 2.0
}

fn main() {}
