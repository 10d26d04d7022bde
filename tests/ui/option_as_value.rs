use autodiff::differentiate;

fn or_zero(o: Option<f64>) -> f64 {
    o.unwrap_or(0.0)
}

#[differentiate]
fn f(x: f64) -> f64 {
    let o = if x > 0.0 { Some(x) } else { None };
    or_zero(o) * x
}

fn main() {}
