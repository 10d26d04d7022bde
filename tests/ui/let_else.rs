use autodiff::differentiate;

#[differentiate(wrt(x))]
fn f(x: f64, o: Option<f64>) -> f64 {
    let Some(s) = o else {
        return x;
    };
    x * s
}

fn main() {}
