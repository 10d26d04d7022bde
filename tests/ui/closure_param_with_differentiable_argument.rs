use autodiff::differentiate;

// `ts` is differentiable (no `wrt`), and flows into the closure `basis`,
// whose derivative the macro cannot see.
#[differentiate]
fn fit(w: f64, basis: impl Fn(f64) -> f64, ts: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..ts.len() {
        s += w * basis(ts[i]);
    }
    s
}

fn main() {}
