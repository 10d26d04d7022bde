use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = x;
    for i in 0.. {
        y = y * x;
        if i > 3 {
            break;
        }
    }
    y
}

fn main() {}
