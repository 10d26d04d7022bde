use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = x;
    loop {
        y = y * x;
        if y > 2.0 {
            break;
        }
    }
    y
}

fn main() {}
