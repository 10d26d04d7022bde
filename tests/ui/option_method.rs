use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let o = if x > 0.0 { Some(x) } else { None };
    let r: Result<f64, ()> = o.ok_or(());
    r.unwrap_or(x)
}

fn main() {}
