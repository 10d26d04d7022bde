use autodiff::differentiate;

struct Holder<F> {
    f: F,
}

#[differentiate]
fn f(x: f64) -> f64 {
    let square = |v: f64| v * v;
    let h = Holder { f: square };
    (h.f)(x)
}

fn main() {}
