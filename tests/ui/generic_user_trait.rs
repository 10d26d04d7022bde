use autodiff::differentiate;

pub trait Scalar: Copy + std::ops::Mul<Output = Self> {}

#[differentiate]
fn square<T: Scalar>(x: T) -> T {
    x * x
}

fn main() {}
