use autodiff::differentiate;

struct Point {
    x: f64,
}

#[differentiate]
fn f(x: f64) -> f64 {
    let mut p = Point { x: 0.0 };
    p.x = x;
    p.x * 2.0
}

fn main() {}
