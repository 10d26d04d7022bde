//! Element-wise helpers for the derivatives of generated gradients.
//!
//! With `#[differentiate(hessian)]`, `NAME_grad` is itself differentiable:
//! its pullback is `r̄ ∇f + H ḡ` and its pushforward `(∇f · ṫ, H ṫ)`, both from
//! one Hessian-vector product. These helpers do the element-wise parts for
//! floats, arrays and `Vec`s.

/// `s * g + h`, element-wise.
pub trait ScaledAdd<F> {
    /// `s * self + h`.
    fn scaled_add(self, s: F, h: Self) -> Self;
}

/// `a · b`: the sum of the element-wise products.
pub trait Dot<F> {
    /// `self · other`.
    fn dot(&self, other: &Self) -> F;
}

macro_rules! scalar {
    ($F:ty) => {
        impl ScaledAdd<$F> for $F {
            #[inline]
            fn scaled_add(self, s: $F, h: $F) -> $F {
                s * self + h
            }
        }

        impl Dot<$F> for $F {
            #[inline]
            fn dot(&self, other: &$F) -> $F {
                self * other
            }
        }
    };
}
scalar!(f64);
scalar!(f32);

impl<F: Copy, T: ScaledAdd<F>, const N: usize> ScaledAdd<F> for [T; N] {
    #[inline]
    fn scaled_add(self, s: F, h: Self) -> Self {
        let mut h = h.into_iter();
        self.map(|g| match h.next() {
            Some(hi) => g.scaled_add(s, hi),
            None => g,
        })
    }
}

impl<F: Copy, T: ScaledAdd<F>> ScaledAdd<F> for Vec<T> {
    #[inline]
    fn scaled_add(self, s: F, h: Self) -> Self {
        self.into_iter()
            .zip(h)
            .map(|(g, hi)| g.scaled_add(s, hi))
            .collect()
    }
}

impl<F: Copy + std::iter::Sum<F>, T: Dot<F>, const N: usize> Dot<F> for [T; N] {
    #[inline]
    fn dot(&self, other: &Self) -> F {
        self.iter().zip(other).map(|(a, b)| a.dot(b)).sum()
    }
}

impl<F: Copy + std::iter::Sum<F>, T: Dot<F>> Dot<F> for [T] {
    #[inline]
    fn dot(&self, other: &Self) -> F {
        self.iter().zip(other).map(|(a, b)| a.dot(b)).sum()
    }
}

impl<F: Copy + std::iter::Sum<F>, T: Dot<F>> Dot<F> for Vec<T> {
    #[inline]
    fn dot(&self, other: &Self) -> F {
        self.as_slice().dot(other.as_slice())
    }
}

/// Tuples (the gradients of tuple parameters), item by item.
macro_rules! tuples {
    ($(($($T:ident $i:tt),+))*) => {$(
        impl<F: Copy, $($T: ScaledAdd<F>),+> ScaledAdd<F> for ($($T,)+) {
            #[inline]
            fn scaled_add(self, s: F, h: Self) -> Self {
                ($(self.$i.scaled_add(s, h.$i),)+)
            }
        }

        impl<F: std::ops::Add<Output = F>, $($T: Dot<F>),+> Dot<F> for ($($T,)+) {
            #[inline]
            fn dot(&self, other: &Self) -> F {
                tuples!(@sum self, other, $($i)+)
            }
        }
    )*};
    (@sum $a:ident, $b:ident, $first:tt $($rest:tt)*) => {
        $a.$first.dot(&$b.$first) $(+ $a.$rest.dot(&$b.$rest))*
    };
}
tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, G 5)
}

/// nalgebra's fixed-size matrices (vectors included) and points, element
/// by element, like the arrays they are held in.
#[cfg(feature = "nalgebra")]
mod nalgebra_impls {
    use super::{Dot, ScaledAdd};
    use nalgebra::{Point, SMatrix, Scalar};

    impl<F: Copy, T: Scalar + ScaledAdd<F>, const R: usize, const C: usize> ScaledAdd<F>
        for SMatrix<T, R, C>
    {
        #[inline]
        fn scaled_add(self, s: F, h: Self) -> Self {
            let (g, h): ([[T; R]; C], [[T; R]; C]) = (self.into(), h.into());
            g.scaled_add(s, h).into()
        }
    }

    impl<F: Copy + std::iter::Sum<F>, T: Scalar + Dot<F>, const R: usize, const C: usize> Dot<F>
        for SMatrix<T, R, C>
    {
        #[inline]
        fn dot(&self, other: &Self) -> F {
            self.iter().zip(other.iter()).map(|(a, b)| a.dot(b)).sum()
        }
    }

    impl<F: Copy, T: Scalar + ScaledAdd<F>, const D: usize> ScaledAdd<F> for Point<T, D> {
        #[inline]
        fn scaled_add(self, s: F, h: Self) -> Self {
            Point::from(self.coords.scaled_add(s, h.coords))
        }
    }

    impl<F: Copy + std::iter::Sum<F>, T: Scalar + Dot<F>, const D: usize> Dot<F> for Point<T, D> {
        #[inline]
        fn dot(&self, other: &Self) -> F {
            self.coords.dot(&other.coords)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::super::{dot, scaled_add};
        use nalgebra::{Matrix2, Point2, Vector3};

        #[test]
        fn matrices_and_points_are_element_wise() {
            let g = Vector3::new(1.0, 2.0, 3.0);
            let h = Vector3::new(0.5, -1.0, 0.25);
            assert_eq!(scaled_add(2.0, g, h), Vector3::new(2.5, 3.0, 6.25));
            assert_eq!(dot(&g, &h), 0.5 - 2.0 + 0.75);
            let m = Matrix2::new(1.0, 2.0, 3.0, 4.0);
            assert_eq!(dot(&m, &m), 30.0);
            assert_eq!(scaled_add(-1.0, m, m), Matrix2::zeros());
            let p = Point2::new(1.0, -1.0);
            assert_eq!(scaled_add(3.0, p, p), Point2::new(4.0, -4.0));
            assert_eq!(dot(&p, &p), 2.0);
        }
    }
}

/// `s * g + h`, element-wise.
///
/// ```
/// use autodiff_runtime::second::scaled_add;
/// assert_eq!(scaled_add(2.0, [1.0, 2.0], [0.5, 0.5]), [2.5, 4.5]);
/// ```
#[inline]
pub fn scaled_add<F, T: ScaledAdd<F>>(s: F, g: T, h: T) -> T {
    g.scaled_add(s, h)
}

/// `a · b` for a gradient `a` and a tangent `b` of the same shape (a `Vec`
/// gradient against a slice tangent included).
///
/// ```
/// use autodiff_runtime::second::dot;
/// assert_eq!(dot(&vec![1.0, 2.0], &[3.0, 4.0][..]), 11.0);
/// assert_eq!(dot(&2.0, &3.0), 6.0);
/// assert_eq!(dot(&(2.0, [1.0, 1.0]), &(3.0, [1.0, 2.0])), 9.0);
/// ```
#[inline]
pub fn dot<F, A, B>(a: &A, b: &B) -> F
where
    A: std::borrow::Borrow<B> + ?Sized,
    B: Dot<F> + ?Sized,
{
    a.borrow().dot(b)
}
