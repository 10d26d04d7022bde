use autodiff::differentiate;

pub struct Vec3<T> {
    pub x: T,
    pub y: T,
    pub z: T,
}

// `a` and `pair` hold floats the macro cannot differentiate; without
// `wrt(..)` they would silently be constants.
#[differentiate]
fn spring(a: &Vec3<f64>, pair: (f64, usize), k: f64) -> f64 {
    0.5 * k * (a.x * a.x + pair.0)
}

fn main() {}
