use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> String {
    x.to_string()
}

fn main() {}
