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
    let mut t = (x, [2.0 * x, 1.0]);
    t.1[0] = 3.0;
    t.0 * t.1[0]
}

#[differentiate]
fn k(x: f64) -> f64 {
    let t = (x, 2.0 * x);
    let u = std::convert::identity(t);
    u.0
}


pub struct Pair(pub f64, pub f64);

#[differentiate(wrt(x))]
fn m(x: f64, p: Pair) -> f64 {
    let mut q = p;
    q.0 = x;
    q.0 * q.1
}

fn main() {}
