use autodiff::differentiate;

fn h(v: &f64) -> f64 {
    *v
}

#[differentiate]
fn f(x: f64) -> f64 {
    h(&x) * 2.0
}

fn main() {
    let _ = h(&1.0);
}
