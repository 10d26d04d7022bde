use autodiff::differentiate;

#[differentiate]
fn f(x: f64, y: f64) -> f64 {
    let a = if x > 0.0 { Some(x) } else { None };
    let b = if y > 0.0 { Some(y) } else { None };
    if let Some(a) = a && let Some(b) = b {
        a * b
    } else {
        0.0
    }
}

fn main() {}
