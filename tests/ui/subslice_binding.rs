use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    match x {
        [first, rest @ ..] => first * rest.len() as f64,
        [] => 0.0,
    }
}

fn main() {}
