use autodiff::differentiate;

#[differentiate]
fn pair(x: f64) -> (f64, f64) {
    (x * x, x.sin())
}

// The tuple a call returns is taken apart with a pattern:
// `let (a, b) = pair(x);`.
#[differentiate]
fn user(x: f64) -> f64 {
    let r = pair(x);
    r.0 + 2.0 * r.1
}

fn main() {}
