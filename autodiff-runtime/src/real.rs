//! [`Real`]: the float types that code generic over a float type parameter
//! is differentiated for.

use crate::accumulate::Accumulate;
use crate::calls::{AddSlot, IntoTangent};
use crate::rules::{RuleJvps, RuleSet};
use crate::second::{Dot, ScaledAdd};
use crate::zeros::ZerosLike;
use core::fmt::Debug;
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, Sub, SubAssign};

/// A float type that derivatives of generic code compute in: `f64` and
/// `f32`.
///
/// A function generic over `T: num_traits::Float` (or `FloatCore`) gets
/// companions with the same generics and the extra bound `T: Real`, so they
/// can be called with any type that implements both, which is `f32` and
/// `f64`. Generated code makes its constants with [`Real::from_literal`]:
///
/// ```
/// use autodiff_runtime::Real;
///
/// fn seed<T: Real>() -> T {
///     T::from_literal(1.0)
/// }
/// assert_eq!(seed::<f32>(), 1.0_f32);
/// ```
///
/// The derivative rules are those of [`rules::f64`](mod@crate::rules::f64)
/// and [`rules::f32`](mod@crate::rules::f32), reached through the hidden
/// associated type. The items of this trait have names that no float trait
/// uses, so that `T::one()`, `x.abs()` and the like in a body stay
/// unambiguous next to the user's own bounds.
pub trait Real:
    Copy
    + Default
    + Debug
    + PartialOrd
    + 'static
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Rem<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
    + core::iter::Sum<Self>
    + Accumulate
    + ZerosLike<Owned = Self>
    + AddSlot<Self>
    + ScaledAdd<Self>
    + Dot<Self>
    + for<'a> IntoTangent<'a, Self>
{
    /// The derivative rules of this type. Not part of the public API.
    #[doc(hidden)]
    type Rules: RuleSet<Self> + RuleJvps<Self>;

    /// An `f64` rounded to this type: a literal of generated code (a zero,
    /// a seed of one) or the conversion `T::from_f64(x).unwrap()`.
    fn from_literal(x: f64) -> Self;

    /// The value as an `f64` (exact: `f32` widens without loss), for the
    /// conversions `x.into()` and `T::from_f64(..)` of generic code.
    fn as_f64(self) -> f64;
}

impl Real for f64 {
    type Rules = crate::rules::f64::Rules;

    #[inline]
    fn from_literal(x: f64) -> Self {
        x
    }

    #[inline]
    fn as_f64(self) -> f64 {
        self
    }
}

impl Real for f32 {
    type Rules = crate::rules::f32::Rules;

    #[inline]
    #[allow(clippy::cast_possible_truncation)]
    fn from_literal(x: f64) -> Self {
        x as f32
    }

    #[inline]
    fn as_f64(self) -> f64 {
        f64::from(self)
    }
}
