use autodiff::differentiate;

#[differentiate]
fn f(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter().flat_map(|v| [*v, 2.0 * v]) {
        s += v;
    }
    s + x.iter().scan(0.0, |acc, v| Some(*acc + v)).sum::<f64>()
}

fn main() {}
