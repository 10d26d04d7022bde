use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let r = &x;
    *r * 2.0
}

fn main() {}
