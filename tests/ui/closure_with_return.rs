use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let relu = |v: f64| {
        if v < 0.0 {
            return 0.0;
        }
        v
    };
    relu(x)
}

fn main() {}
