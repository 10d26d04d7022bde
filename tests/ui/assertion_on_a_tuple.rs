use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let p = (x, 2.0 * x);
    assert!(p.0 < p.1, "not increasing");
    let (a, b) = p;
    a * b
}

fn main() {}
