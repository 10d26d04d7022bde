//! Functions generic over `T: num_traits::Float` (or `FloatCore`),
//! instantiated at `f32` and `f64`, against hand-derived formulas, forward
//! mode and central differences.

// The functions are written the way numeric code often is (index loops, a
// `&Vec` parameter, whose tangent is a `&Vec` too).
#![allow(clippy::needless_range_loop, clippy::ptr_arg, clippy::useless_vec)]

use autodiff::{check_gradient, differentiate};
use num_traits::float::FloatCore;
use num_traits::{Float, FloatConst, FromPrimitive};
use std::fmt::Debug;
use std::iter::Sum;

#[differentiate]
fn logistic<T: Float>(x: T) -> T {
    T::one() / (T::one() + (-x).exp())
}

/// Constants as generic code writes them, a loop over an integer converted
/// to `T`, and `Float` methods in method and path form.
#[differentiate]
fn constants<T>(x: T, y: T) -> T
where
    T: Float + FromPrimitive + FloatConst + Debug,
{
    let two = T::from(2.0).unwrap();
    let half = T::from_f64(0.5).unwrap();
    let mut s = T::zero();
    for i in 0..3 {
        s = s + T::from(i).unwrap() * x.powi(i) * half;
    }
    let tiny = T::epsilon() * T::from_f64(1e-3).unwrap();
    let big = if x < T::infinity() && y > T::min_value() && x < T::max_value() {
        T::one()
    } else {
        T::zero()
    };
    s + two * x.sin() * y.cos()
        + (x * T::PI() / T::FRAC_PI_2()).tanh() * big
        + T::sqrt(y * y + tiny)
        + x.max(y).powf(half)
        + T::exp(x.min(y))
        + (x * y).abs().ln()
}

/// Slices, arrays and `Vec`s of `T`, iterator sums with the `Sum` bound, a
/// local array and a `Vec` result.
#[differentiate]
fn sums<T: Float + Sum + Copy + Debug>(a: &[T], b: [T; 3], c: &Vec<T>) -> T {
    let sa: T = a.iter().map(|v| *v * *v).sum();
    let mut m = [T::zero(); 3];
    for i in 0..3 {
        m[i] = b[i] * c[i % c.len()];
    }
    let sm = m.iter().copied().sum::<T>();
    sa * sm + b.iter().map(|v| v.exp()).sum::<T>()
}

#[differentiate]
fn scaled<T: Float>(x: &[T], s: T) -> Vec<T> {
    x.iter().map(|v| *v * s).collect()
}

/// `FloatCore` is enough for arithmetic, `powi`, `abs`, `max` and `min`.
#[differentiate]
fn core_only<T: FloatCore>(x: T, y: T) -> T {
    (x * y).abs().powi(3) + x.max(y) - x.min(T::one())
}

/// `const N` with `[T; N]`, a `&T` parameter and a `where` clause.
#[differentiate]
fn weighted<T, const N: usize>(x: &[T; N], w: &T) -> T
where
    T: Float + Sum,
{
    let mut s = T::zero();
    for i in 0..N {
        s = s + *w * x[i] * x[i];
    }
    s.sqrt()
}

fn fd<const K: usize>(f: impl Fn(&[f64]) -> f64, at: [f64; K], g: [f64; K]) {
    let r = check_gradient(f, &at, &g, 1e-6);
    assert!(r.is_ok(), "{r:?}");
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * 1.0_f64.max(a.abs()).max(b.abs())
}

#[test]
fn logistic_against_its_formula_at_both_widths() {
    let (y, dy) = logistic_grad(0.5_f64);
    let s = 1.0 / (1.0 + (-0.5_f64).exp());
    assert!((y - s).abs() < 1e-15);
    assert!((dy - s * (1.0 - s)).abs() < 1e-15);
    let (y32, dy32) = logistic_grad(0.5_f32);
    assert_eq!(y32, logistic(0.5_f32));
    assert!((f64::from(dy32) - dy).abs() < 1e-6);
    assert!((logistic_jvp(0.5_f32, 1.0).1 - dy32).abs() < 1e-7);
}

#[test]
fn constants_and_methods_at_both_widths() {
    for (x, y) in [(0.7_f64, 1.3), (1.6, -0.4), (-0.9, 2.2)] {
        let (v, (gx, gy)) = constants_grad(x, y);
        assert_eq!(v.to_bits(), constants(x, y).to_bits());
        fd(|p| constants(p[0], p[1]), [x, y], [gx, gy]);
        let fwd = (
            constants_jvp(x, y, 1.0, 0.0).1,
            constants_jvp(x, y, 0.0, 1.0).1,
        );
        assert!(close(fwd.0, gx, 1e-12) && close(fwd.1, gy, 1e-12));
        let (v32, (gx32, gy32)) = constants_grad(x as f32, y as f32);
        assert_eq!(v32, constants(x as f32, y as f32));
        assert!(close(f64::from(gx32), gx, 1e-4) && close(f64::from(gy32), gy, 1e-4));
    }
}

#[test]
fn sequences_of_t_at_both_widths() {
    let (a, b, c) = ([0.3, -1.2], [0.5, 0.25, -0.75], vec![1.5, -0.5]);
    let (v, (ga, gb, gc)) = sums_grad(&a, b, &c);
    assert_eq!(v, sums(&a, b, &c));
    let f = |p: &[f64]| sums(&p[..2], [p[2], p[3], p[4]], &p[5..].to_vec());
    let mut all = ga.clone();
    all.extend(gb);
    all.extend(&gc);
    fd(
        f,
        [0.3, -1.2, 0.5, 0.25, -0.75, 1.5, -0.5],
        all.try_into().unwrap(),
    );
    let (_, d) = sums_jvp(&a, b, &c, &[1.0, 0.0], [0.0; 3], &vec![0.0; 2]);
    assert!(close(d, ga[0], 1e-12));
    let narrow = |v: &[f64]| v.iter().map(|x| *x as f32).collect::<Vec<f32>>();
    let b32 = [0.5_f32, 0.25, -0.75];
    let (_, (ga32, gb32, gc32)) = sums_grad(&narrow(&a), b32, &narrow(&c));
    for (g32, g) in ga32
        .iter()
        .chain(&gb32)
        .chain(&gc32)
        .zip(ga.iter().chain(&gb).chain(&gc))
    {
        assert!(close(f64::from(*g32), *g, 1e-5));
    }
    let (y, (gx, gs)) = scaled_vjp(&[1.0_f32, 2.0], 3.0, vec![1.0, -1.0]);
    assert_eq!(
        (y, gx, gs),
        (scaled(&[1.0_f32, 2.0], 3.0), vec![3.0, -3.0], -1.0)
    );
    let (y, (gx, gs)) = scaled_vjp(&[1.0_f64, 2.0], 3.0, vec![1.0, -1.0]);
    assert_eq!((y, gx, gs), (vec![3.0, 6.0], vec![3.0, -3.0], -1.0));
}

#[test]
fn float_core_bound_at_both_widths() {
    // d/dx |xy|³ = 3 x² y³ sign, max picks x, min picks 1 (constant).
    let (v, (gx, gy)) = core_only_grad(1.5_f64, 0.5);
    assert_eq!(v, core_only(1.5, 0.5));
    assert!(close(gx, 3.0 * 1.5 * 1.5 * 0.125 + 1.0, 1e-14));
    assert!(close(gy, 3.0 * 0.5 * 0.5 * 3.375, 1e-14));
    let (_, (gx32, gy32)) = core_only_grad(1.5_f32, 0.5);
    assert!(close(f64::from(gx32), gx, 1e-6) && close(f64::from(gy32), gy, 1e-6));
}

#[test]
fn const_length_and_a_reference_at_both_widths() {
    let x = [1.0, 2.0, 2.0];
    let (v, (gx, gw)) = weighted_grad(&x, &4.0);
    assert_eq!(v, weighted(&x, &4.0));
    // √(w Σx²): ∂/∂xᵢ = w xᵢ / v, ∂/∂w = Σx² / (2v).
    assert_eq!(gx, [4.0 / 6.0, 8.0 / 6.0, 8.0 / 6.0]);
    assert!(close(gw, 9.0 / 12.0, 1e-15));
    let (_, d) = weighted_jvp(&x, &4.0, &[0.0; 3], &1.0);
    assert!(close(d, gw, 1e-15));
    let (v32, (gx32, gw32)) = weighted_grad(&[1.0_f32, 2.0, 2.0, 4.0], &1.0);
    assert_eq!(v32, 5.0);
    assert_eq!(gx32, [0.2, 0.4, 0.4, 0.8]);
    assert!(close(f64::from(gw32), 2.5, 1e-7));
}

#[differentiate(hessian)]
fn himmelblau_like<T: Float + FromPrimitive>(p: &[T; 2]) -> T {
    let [x, y] = *p;
    let a = T::from_f64(11.0).unwrap();
    (x * x + y - a).powi(2) + (x + y * y - T::from_f64(7.0).unwrap()).powi(2) + x.sin() * y.exp()
}

#[differentiate(hessian)]
fn scalar_pair<T: Float>(x: T, y: T) -> T {
    x.powi(3) * y + (x * y).cos() + y.sqrt()
}

/// The Hessian of `scalar_pair` by hand.
fn scalar_pair_hessian_by_hand(x: f64, y: f64) -> [[f64; 2]; 2] {
    let (c, s) = ((x * y).cos(), (x * y).sin());
    [
        [6.0 * x * y - y * y * c, 3.0 * x * x - s - x * y * c],
        [
            3.0 * x * x - s - x * y * c,
            -x * x * c - 0.25 * y.powf(-1.5),
        ],
    ]
}

#[test]
fn hessians_at_both_widths() {
    let (x, y) = (0.8, 1.7);
    let (v, _, h) = scalar_pair_hessian(x, y);
    assert_eq!(v, scalar_pair(x, y));
    let by_hand = scalar_pair_hessian_by_hand(x, y);
    for (row, expected) in h.iter().zip(&by_hand) {
        for (a, b) in row.iter().zip(expected) {
            assert!(close(*a, *b, 1e-12), "{h:?} vs {by_hand:?}");
        }
    }
    let (_, _, h32) = scalar_pair_hessian(x as f32, y as f32);
    for (row, expected) in h32.iter().zip(&by_hand) {
        for (a, b) in row.iter().zip(expected) {
            assert!(close(f64::from(*a), *b, 1e-4), "{h32:?} vs {by_hand:?}");
        }
    }
    // The array version: each row against central differences of the gradient.
    let p = [0.6, -1.1];
    let (v, _, h) = himmelblau_like_hessian(&p);
    assert_eq!(v, himmelblau_like(&p));
    for i in 0..2 {
        let row = [h[i][0], h[i][1]];
        fd(|q| himmelblau_like_grad(&[q[0], q[1]]).1[i], p, row);
    }
    let (_, _, h32) = himmelblau_like_hessian(&[0.6_f32, -1.1]);
    for i in 0..2 {
        for j in 0..2 {
            assert!(close(f64::from(h32[i][j]), h[i][j], 1e-4));
        }
    }
}

/// A struct generic over its float type, with a method annotated in an
/// annotated `impl` block that has the bound.
struct Spring<T> {
    k: T,
    rest: T,
}

#[differentiate]
impl<T: Float + Debug> Spring<T> {
    #[differentiate]
    fn energy(&self, x: T, y: T) -> T {
        let stretch = x.hypot(y) - self.rest;
        T::from(0.5).unwrap() * self.k * stretch * stretch
    }
}

#[test]
fn a_method_of_a_generic_struct_at_both_widths() {
    let s = Spring { k: 3.0, rest: 1.0 };
    let (x, y) = (1.2, 0.9);
    let (e, (ex, ey)) = s.energy_grad(x, y);
    assert_eq!(e, s.energy(x, y));
    // ∂/∂x = k (r - rest) x / r with r = hypot(x, y) = 1.5.
    assert!(close(ex, 3.0 * 0.5 * 1.2 / 1.5, 1e-14) && close(ey, 3.0 * 0.5 * 0.9 / 1.5, 1e-14));
    let s32 = Spring {
        k: 3.0_f32,
        rest: 1.0,
    };
    let (_, (ex32, ey32)) = s32.energy_grad(1.2, 0.9);
    assert!(close(f64::from(ex32), ex, 1e-6) && close(f64::from(ey32), ey, 1e-6));
}

/// Computing in `f64` inside generic code: `x.into()` and
/// `T::from_f64(..).unwrap()` carry the derivative both ways.
#[differentiate]
fn through_f64<T: Float + FromPrimitive + Into<f64>>(x: T, y: T) -> T {
    let u: f64 = x.into();
    let w = T::from_f64(u.sin() * 3.0).unwrap();
    w * y + T::from(u * u).unwrap()
}

#[test]
fn conversions_to_f64_and_back_at_both_widths() {
    let (x, y) = (0.4_f64, 1.5);
    let (v, (gx, gy)) = through_f64_grad(x, y);
    assert_eq!(v, through_f64(x, y));
    assert!(close(gx, 3.0 * x.cos() * y + 2.0 * x, 1e-15) && close(gy, 3.0 * x.sin(), 1e-15));
    let (_, d) = through_f64_jvp(x, y, 1.0, 0.0);
    assert!(close(d, gx, 1e-15));
    let (_, (gx32, gy32)) = through_f64_grad(0.4_f32, 1.5);
    assert!(close(f64::from(gx32), gx, 1e-6) && close(f64::from(gy32), gy, 1e-6));
}
