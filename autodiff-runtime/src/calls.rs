//! The calling convention between differentiated functions.
//!
//! When differentiated code calls `g`, it cannot see `g`'s signature: which
//! parameters are differentiable, what their gradient types are. So every
//! function with derivatives (generated or user-written) also gets two
//! hidden adapters with one *slot* per parameter:
//!
//! - `__g_pullback(args.., seed) -> (value, (slot_0, slot_1, ..))`: the
//!   gradient for each differentiable parameter, [`NoGrad`] for the others.
//!   The caller adds each slot into the adjoint of the argument it passed
//!   ([`AddSlot`]); a `NoGrad` slot adds nothing.
//! - `__g_pushforward(args.., tangent_0, tangent_1, ..) -> (value, tangent)`:
//!   the caller passes its tangent for each argument, or `NoGrad` where it
//!   has none; the adapter turns `NoGrad` into zeros of the right shape
//!   ([`IntoTangent`]).

use crate::zeros::ZerosLike;
use std::borrow::Cow;

/// The slot of a parameter that has no derivative (a constant), or the
/// tangent of an argument that has none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoGrad;

/// Adding a pullback slot into the adjoint of an argument.
pub trait AddSlot<A> {
    /// `adjoint + self`.
    fn add_to(self, adjoint: A) -> A;
}

impl<A> AddSlot<A> for NoGrad {
    #[inline]
    fn add_to(self, adjoint: A) -> A {
        adjoint
    }
}

impl AddSlot<f64> for f64 {
    #[inline]
    fn add_to(self, adjoint: f64) -> f64 {
        adjoint + self
    }
}

impl AddSlot<f32> for f32 {
    #[inline]
    fn add_to(self, adjoint: f32) -> f32 {
        adjoint + self
    }
}

impl<T: crate::accumulate::Accumulate, const N: usize> AddSlot<[T; N]> for [T; N] {
    #[inline]
    fn add_to(self, mut adjoint: [T; N]) -> [T; N] {
        crate::accumulate::accumulate(&mut adjoint, &self);
        adjoint
    }
}

impl<T: crate::accumulate::Accumulate> AddSlot<Vec<T>> for Vec<T> {
    #[inline]
    fn add_to(self, mut adjoint: Vec<T>) -> Vec<T> {
        crate::accumulate::accumulate(&mut adjoint, &self);
        adjoint
    }
}

/// An array passed as a slice (`g(&array)` with `g(x: &[f64])`): the
/// slot is a `Vec`, the argument's adjoint an array.
impl<T: crate::accumulate::Accumulate, const N: usize> AddSlot<[T; N]> for Vec<T> {
    #[inline]
    fn add_to(self, mut adjoint: [T; N]) -> [T; N] {
        crate::accumulate::accumulate(&mut adjoint[..], self.as_slice());
        adjoint
    }
}

/// A slice argument whose adjoint is a caller's buffer (in the body of
/// `NAME_vjp_into`): the slot is added into the buffer in place.
impl<'a, T: crate::accumulate::Accumulate> AddSlot<&'a mut [T]> for Vec<T> {
    #[inline]
    fn add_to(self, adjoint: &'a mut [T]) -> &'a mut [T] {
        crate::accumulate::accumulate(adjoint, self.as_slice());
        adjoint
    }
}

/// `slot` added into `adjoint`.
#[inline]
pub fn add_slot<A, S: AddSlot<A>>(adjoint: A, slot: S) -> A {
    slot.add_to(adjoint)
}

/// A tangent argument of a pushforward: the caller's tangent, or zeros for
/// [`NoGrad`]. `P` is the parameter's value type (`f64`, `[f64; N]`,
/// `[f64]` for slices).
pub trait IntoTangent<'a, P: ?Sized + ToOwned> {
    /// The tangent, borrowed where the caller passed a reference.
    fn into_tangent(self, primal: &P) -> Cow<'a, P>;
}

impl<'a, P: ?Sized + ToOwned + ZerosLike<Owned = <P as ToOwned>::Owned>> IntoTangent<'a, P>
    for NoGrad
{
    #[inline]
    fn into_tangent(self, primal: &P) -> Cow<'a, P> {
        Cow::Owned(primal.zeros_like())
    }
}

impl<'a> IntoTangent<'a, f64> for f64 {
    #[inline]
    fn into_tangent(self, _: &f64) -> Cow<'a, f64> {
        Cow::Owned(self)
    }
}

impl<'a> IntoTangent<'a, f32> for f32 {
    #[inline]
    fn into_tangent(self, _: &f32) -> Cow<'a, f32> {
        Cow::Owned(self)
    }
}

impl<'a> IntoTangent<'a, f64> for &'a f64 {
    #[inline]
    fn into_tangent(self, _: &f64) -> Cow<'a, f64> {
        Cow::Borrowed(self)
    }
}

impl<'a> IntoTangent<'a, f32> for &'a f32 {
    #[inline]
    fn into_tangent(self, _: &f32) -> Cow<'a, f32> {
        Cow::Borrowed(self)
    }
}

impl<'a, T: Clone, const N: usize> IntoTangent<'a, [T; N]> for [T; N] {
    #[inline]
    fn into_tangent(self, _: &[T; N]) -> Cow<'a, [T; N]> {
        Cow::Owned(self)
    }
}

impl<'a, T: Clone, const N: usize> IntoTangent<'a, [T; N]> for &'a [T; N] {
    #[inline]
    fn into_tangent(self, _: &[T; N]) -> Cow<'a, [T; N]> {
        Cow::Borrowed(self)
    }
}

impl<'a, T: Clone> IntoTangent<'a, [T]> for &'a [T] {
    #[inline]
    fn into_tangent(self, _: &[T]) -> Cow<'a, [T]> {
        Cow::Borrowed(self)
    }
}

impl<'a, T: Clone, const N: usize> IntoTangent<'a, [T]> for &'a [T; N] {
    #[inline]
    fn into_tangent(self, _: &[T]) -> Cow<'a, [T]> {
        Cow::Borrowed(&self[..])
    }
}

impl<'a, T: Clone> IntoTangent<'a, [T]> for &'a Vec<T> {
    #[inline]
    fn into_tangent(self, _: &[T]) -> Cow<'a, [T]> {
        Cow::Borrowed(self.as_slice())
    }
}

impl<'a, T: Clone> IntoTangent<'a, [T]> for Vec<T> {
    #[inline]
    fn into_tangent(self, _: &[T]) -> Cow<'a, [T]> {
        Cow::Owned(self)
    }
}

/// A tuple tangent passed by value (the tangent of a tuple parameter).
macro_rules! tuples {
    ($(($($T:ident),+))*) => {$(
        impl<'a, $($T: Clone),+> IntoTangent<'a, ($($T,)+)> for ($($T,)+) {
            #[inline]
            fn into_tangent(self, _: &($($T,)+)) -> Cow<'a, ($($T,)+)> {
                Cow::Owned(self)
            }
        }
    )*};
}
tuples! {
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
    (A, B, C, D, E)
    (A, B, C, D, E, G)
}

/// The final adjoint of a slice parameter in the body of `NAME_vjp_into`:
/// the caller's buffer itself (updated in place, nothing left to do), or an
/// owned copy of it with the gradient added, to be copied back.
pub trait OwnedGradient {
    /// The element type.
    type Elem;
    /// `None` for the buffer itself, the owned copy otherwise.
    fn owned(self) -> Option<Vec<Self::Elem>>;
}

impl<T> OwnedGradient for &mut [T] {
    type Elem = T;
    #[inline]
    fn owned(self) -> Option<Vec<T>> {
        None
    }
}

impl<T> OwnedGradient for Vec<T> {
    type Elem = T;
    #[inline]
    fn owned(self) -> Option<Vec<T>> {
        Some(self)
    }
}

/// See [`OwnedGradient`].
///
/// ```
/// use autodiff_runtime::calls::owned_gradient;
///
/// let mut buffer = [1.0_f64, 2.0];
/// assert_eq!(owned_gradient(&mut buffer[..]), None);
/// assert_eq!(owned_gradient(vec![3.0_f64]), Some(vec![3.0]));
/// ```
#[inline]
pub fn owned_gradient<G: OwnedGradient>(g: G) -> Option<Vec<G::Elem>> {
    g.owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_grad_slots_add_nothing_and_gradients_add() {
        assert_eq!(add_slot(1.5, NoGrad), 1.5);
        assert_eq!(add_slot(1.5, 2.0), 3.5);
        assert_eq!(add_slot([1.0, 2.0], [0.5, 0.5]), [1.5, 2.5]);
        assert_eq!(add_slot(vec![1.0], vec![1.0]), vec![2.0]);
        assert_eq!(add_slot([1.0, 1.0], vec![0.5, 2.0]), [1.5, 3.0]);
    }

    #[test]
    fn missing_tangents_become_zeros_of_the_right_shape() {
        let x = [1.0, 2.0, 3.0];
        assert_eq!(
            *IntoTangent::<[f64]>::into_tangent(NoGrad, &x[..]),
            [0.0; 3]
        );
        assert_eq!(*IntoTangent::<[f64; 3]>::into_tangent(NoGrad, &x), [0.0; 3]);
        assert_eq!(*IntoTangent::<f64>::into_tangent(NoGrad, &2.0), 0.0);
        let t = [1.0, 0.0, 0.0];
        assert_eq!(*IntoTangent::<[f64]>::into_tangent(&t[..], &x[..]), t);
    }
}
