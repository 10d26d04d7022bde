use autodiff::differentiate;

pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[differentiate(wrt(t))]
fn f(t: f64, p: &Point) -> f64 {
    let Point { x, y } = *p;
    t * x + y
}

fn main() {}
