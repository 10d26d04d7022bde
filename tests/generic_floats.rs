//! Functions generic over `T: num_traits::Float`, instantiated at `f32` and
//! `f64`, against forward mode and central differences.

use autodiff::differentiate;
use num_traits::Float;

#[differentiate]
fn logistic<T: Float>(x: T) -> T {
    T::one() / (T::one() + (-x).exp())
}

#[test]
fn logistic_at_both_widths() {
    let (y, dy) = logistic_grad(0.5_f64);
    let s = 1.0 / (1.0 + (-0.5_f64).exp());
    assert!((y - s).abs() < 1e-15);
    assert!((dy - s * (1.0 - s)).abs() < 1e-15);
    let (_, dy32) = logistic_grad(0.5_f32);
    assert!((f64::from(dy32) - dy).abs() < 1e-6);
}
