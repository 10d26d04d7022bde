use autodiff::differentiate;

// `push` and `extend_from_slice` grow a `Vec`; the other methods that
// reshape one are rejected with the rewrite.
#[differentiate]
fn f(x: &[f64]) -> f64 {
    let mut v = Vec::with_capacity(x.len());
    for &a in x {
        v.push(a * a);
    }
    v.insert(0, x[0]);
    v[0]
}

fn main() {}
