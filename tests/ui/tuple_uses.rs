use autodiff::differentiate;

#[differentiate]
fn g(p: (f64, f64)) -> f64 {
    p.0 * p.1
}

#[differentiate]
fn f(x: f64) -> f64 {
    let t = (x, 2.0 * x);
    g(t)
}

#[differentiate]
fn h(x: f64) -> f64 {
    let mut t = (x, 2.0 * x);
    t.0 = 3.0;
    t.0 * t.1
}

#[differentiate]
fn k(x: f64) -> f64 {
    let t = (x, 2.0 * x);
    let u = std::convert::identity(t);
    u.0
}

fn main() {}
