use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut p = [x, 2.0 * x];
    let [ref mut a, _] = p;
    *a += x;
    p[0] * p[1]
}

fn main() {}
