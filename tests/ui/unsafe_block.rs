use autodiff::differentiate;

unsafe fn scale(v: f64) -> f64 {
    v * 2.0
}

#[differentiate]
fn f(x: f64) -> f64 {
    let y = unsafe { scale(x) };
    y + x
}

fn main() {}
