use autodiff::differentiate;

// Not a rejected construct: an ordinary Rust error in the body is reported
// once, by rustc, on the user's code (the generated companions add nothing).
#[differentiate]
fn f(x: f64) -> f64 {
    x * scale
}

fn main() {}
