use autodiff::differentiate;

#[differentiate]
fn power(x: f64, n: u32) -> f64 {
    if n == 0 {
        return 1.0;
    }
    x * power(x, n - 1)
}

fn main() {}
