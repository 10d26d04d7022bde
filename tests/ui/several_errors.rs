use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = x;
    for _ in 0..2 {
        y = y * x;
    }
    let g = |v: f64| v + 1.0;
    println!("{y}");
    let z = unsafe { y };
    g(z)
}

fn main() {}
