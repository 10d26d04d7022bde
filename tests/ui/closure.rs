use autodiff::differentiate;

fn apply(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    f(x)
}

// A closure is inlined where it is called: it cannot be passed to a
// function that is not an iterator adaptor.
#[differentiate]
fn f(x: f64) -> f64 {
    let square = |v: f64| v * v;
    apply(square, x)
}

fn main() {}
