use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut a = [0.0, 1.0];
    a[0] = x;
    a[0] * a[1]
}

fn main() {}
