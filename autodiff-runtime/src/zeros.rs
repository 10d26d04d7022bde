//! Zeros shaped like a value: the adjoint or tangent that is known to be
//! zero, made concrete where generated code needs a value.

/// Values that have a zero of the same shape.
pub trait ZerosLike {
    /// The owned type of the zeros (`Vec<T>` for a slice).
    type Owned;
    /// Zeros of the same shape as `self`.
    fn zeros_like(&self) -> Self::Owned;
}

impl ZerosLike for f64 {
    type Owned = f64;
    #[inline]
    fn zeros_like(&self) -> f64 {
        0.0
    }
}

impl ZerosLike for f32 {
    type Owned = f32;
    #[inline]
    fn zeros_like(&self) -> f32 {
        0.0
    }
}

impl<T: ZerosLike<Owned = T>, const N: usize> ZerosLike for [T; N] {
    type Owned = [T; N];
    #[inline]
    fn zeros_like(&self) -> [T; N] {
        std::array::from_fn(|i| self[i].zeros_like())
    }
}

impl<T: ZerosLike<Owned = T>> ZerosLike for [T] {
    type Owned = Vec<T>;
    #[inline]
    fn zeros_like(&self) -> Vec<T> {
        self.iter().map(ZerosLike::zeros_like).collect()
    }
}

impl<T: ZerosLike<Owned = T>> ZerosLike for Vec<T> {
    type Owned = Vec<T>;
    #[inline]
    fn zeros_like(&self) -> Vec<T> {
        self.as_slice().zeros_like()
    }
}

/// Tuples (tuple parameters), item by item.
macro_rules! tuples {
    ($(($($T:ident $i:tt),+))*) => {$(
        impl<$($T: ZerosLike),+> ZerosLike for ($($T,)+) {
            type Owned = ($($T::Owned,)+);
            #[inline]
            fn zeros_like(&self) -> Self::Owned {
                ($(self.$i.zeros_like(),)+)
            }
        }
    )*};
}
tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, G 5)
}

impl<T: ZerosLike + ?Sized> ZerosLike for &T {
    type Owned = T::Owned;
    #[inline]
    fn zeros_like(&self) -> T::Owned {
        (**self).zeros_like()
    }
}

/// Zeros shaped like `x`.
///
/// ```
/// assert_eq!(autodiff_runtime::zeros::zeros_like(&[1.0, 2.0]), [0.0, 0.0]);
/// assert_eq!(autodiff_runtime::zeros::zeros_like(&vec![1.0_f32]), vec![0.0]);
/// ```
#[inline]
pub fn zeros_like<T: ZerosLike + ?Sized>(x: &T) -> T::Owned {
    x.zeros_like()
}
