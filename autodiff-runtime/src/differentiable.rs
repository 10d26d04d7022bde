//! Values with a tangent space: the [`Differentiable`] trait that
//! `#[derive(autodiff::Differentiable)]` implements for user structs, and
//! the [`TangentVector`] operations their tangents support.
//!
//! The model is Swift's `Differentiable` protocol: a type `S` names its
//! tangent type `S::Tangent` (for a struct, a struct with a field of the
//! same name for every field that carries a derivative), and
//! [`Differentiable::move_by`] takes a step along a tangent, which is what an
//! optimiser does with a gradient.
//!
//! Implemented here for `f64`, `f32`, arrays, `Vec`s and tuples (of up to
//! six items) of differentiable values; their tangent has the same shape as
//! the value.

use std::fmt::Debug;

/// The operations of a tangent space: zero, addition, subtraction and
/// scaling by a float.
///
/// A `Vec` tangent that is empty stands for zeros of any length, so that
/// [`TangentVector::zero`] (and `Default` of a derived tangent) needs no
/// shape; [`Differentiable::zero_tangent`] gives zeros shaped like a value.
pub trait TangentVector: Clone + Debug + PartialEq {
    /// The zero tangent (an empty `Vec` for a `Vec`).
    fn zero() -> Self;

    /// `self += other`.
    fn add_assign_tangent(&mut self, other: &Self);

    /// `self -= other`.
    fn sub_assign_tangent(&mut self, other: &Self);

    /// `self *= factor`.
    fn scale_tangent(&mut self, factor: f64);
}

/// A value that derivatives can be taken with respect to.
///
/// Derive it for structs with `#[derive(autodiff::Differentiable)]`; see the
/// `autodiff` crate's documentation for what the derive generates.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `autodiff::Differentiable`",
    label = "this type carries no derivative that autodiff knows of",
    note = "add `#[derive(autodiff::Differentiable)]` to the struct's definition, or mark a field that carries no derivative `#[differentiable(skip)]`"
)]
pub trait Differentiable {
    /// The type of a derivative with respect to a value of this type.
    type Tangent: TangentVector;

    /// Zeros shaped like `self` (a `Vec` gets as many zeros as it has items).
    fn zero_tangent(&self) -> Self::Tangent;

    /// `self += step * tangent`: one step of gradient descent is
    /// `x.move_by(&grad, -rate)`.
    ///
    /// # Panics
    ///
    /// If a `Vec` inside `self` and the matching `Vec` of `tangent` have
    /// different lengths (an empty tangent `Vec` counts as zeros).
    fn move_by(&mut self, tangent: &Self::Tangent, step: f64);
}

macro_rules! float_impls {
    ($($t:ty),*) => {$(
        impl TangentVector for $t {
            fn zero() -> Self {
                0.0
            }
            fn add_assign_tangent(&mut self, other: &Self) {
                *self += *other;
            }
            fn sub_assign_tangent(&mut self, other: &Self) {
                *self -= *other;
            }
            fn scale_tangent(&mut self, factor: f64) {
                *self *= factor as $t;
            }
        }

        impl Differentiable for $t {
            type Tangent = $t;
            fn zero_tangent(&self) -> Self::Tangent {
                0.0
            }
            fn move_by(&mut self, tangent: &Self::Tangent, step: f64) {
                *self += step as $t * *tangent;
            }
        }
    )*};
}

float_impls!(f64, f32);

impl<T: TangentVector, const N: usize> TangentVector for [T; N] {
    fn zero() -> Self {
        std::array::from_fn(|_| T::zero())
    }
    fn add_assign_tangent(&mut self, other: &Self) {
        self.iter_mut()
            .zip(other)
            .for_each(|(a, b)| a.add_assign_tangent(b));
    }
    fn sub_assign_tangent(&mut self, other: &Self) {
        self.iter_mut()
            .zip(other)
            .for_each(|(a, b)| a.sub_assign_tangent(b));
    }
    fn scale_tangent(&mut self, factor: f64) {
        self.iter_mut().for_each(|a| a.scale_tangent(factor));
    }
}

impl<T: Differentiable, const N: usize> Differentiable for [T; N] {
    type Tangent = [T::Tangent; N];
    fn zero_tangent(&self) -> Self::Tangent {
        std::array::from_fn(|i| self[i].zero_tangent())
    }
    fn move_by(&mut self, tangent: &Self::Tangent, step: f64) {
        self.iter_mut()
            .zip(tangent)
            .for_each(|(a, t)| a.move_by(t, step));
    }
}

/// Checks that two `Vec`s can be combined item by item.
fn same_len(what: &str, ours: usize, theirs: usize) {
    assert!(
        ours == theirs,
        "autodiff: {what} of a Vec of {ours} items with a tangent of {theirs} items"
    );
}

impl<T: TangentVector> TangentVector for Vec<T> {
    fn zero() -> Self {
        Vec::new()
    }
    fn add_assign_tangent(&mut self, other: &Self) {
        combine(self, other, T::add_assign_tangent);
    }
    fn sub_assign_tangent(&mut self, other: &Self) {
        combine(self, other, T::sub_assign_tangent);
    }
    fn scale_tangent(&mut self, factor: f64) {
        self.iter_mut().for_each(|a| a.scale_tangent(factor));
    }
}

/// `op` item by item, where an empty `Vec` on either side is zeros.
fn combine<T: TangentVector>(ours: &mut Vec<T>, theirs: &[T], op: fn(&mut T, &T)) {
    if theirs.is_empty() {
        return;
    }
    if ours.is_empty() {
        ours.resize(theirs.len(), T::zero());
    }
    same_len("addition", ours.len(), theirs.len());
    ours.iter_mut().zip(theirs).for_each(|(a, b)| op(a, b));
}

impl<T: Differentiable> Differentiable for Vec<T> {
    type Tangent = Vec<T::Tangent>;
    fn zero_tangent(&self) -> Self::Tangent {
        self.iter().map(T::zero_tangent).collect()
    }
    fn move_by(&mut self, tangent: &Self::Tangent, step: f64) {
        if tangent.is_empty() {
            return;
        }
        same_len("a step", self.len(), tangent.len());
        self.iter_mut()
            .zip(tangent)
            .for_each(|(a, t)| a.move_by(t, step));
    }
}

macro_rules! tuple_impls {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: TangentVector),+> TangentVector for ($($t,)+) {
            fn zero() -> Self {
                ($($t::zero(),)+)
            }
            fn add_assign_tangent(&mut self, other: &Self) {
                $(self.$i.add_assign_tangent(&other.$i);)+
            }
            fn sub_assign_tangent(&mut self, other: &Self) {
                $(self.$i.sub_assign_tangent(&other.$i);)+
            }
            fn scale_tangent(&mut self, factor: f64) {
                $(self.$i.scale_tangent(factor);)+
            }
        }

        impl<$($t: Differentiable),+> Differentiable for ($($t,)+) {
            type Tangent = ($($t::Tangent,)+);
            fn zero_tangent(&self) -> Self::Tangent {
                ($(self.$i.zero_tangent(),)+)
            }
            fn move_by(&mut self, tangent: &Self::Tangent, step: f64) {
                $(self.$i.move_by(&tangent.$i, step);)+
            }
        }
    )*};
}

tuple_impls! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_float_moves_by_step_times_tangent() {
        let mut x = 1.5_f64;
        x.move_by(&2.0, -0.25);
        assert_eq!(x, 1.0);
        let mut y = 1.5_f32;
        y.move_by(&2.0, 0.5);
        assert_eq!(y, 2.5);
    }

    #[test]
    fn arrays_and_tuples_combine_item_by_item() {
        let mut t = ([1.0, 2.0], 3.0_f64);
        t.add_assign_tangent(&([0.5, 0.5], 1.0));
        assert_eq!(t, ([1.5, 2.5], 4.0));
        t.sub_assign_tangent(&([1.5, 0.5], 2.0));
        assert_eq!(t, ([0.0, 2.0], 2.0));
        t.scale_tangent(3.0);
        assert_eq!(t, ([0.0, 6.0], 6.0));
        assert_eq!(<([f64; 2], f64)>::zero(), ([0.0, 0.0], 0.0));
    }

    #[test]
    fn an_empty_vec_tangent_is_zeros_of_any_length() {
        let mut t: Vec<f64> = Vec::zero();
        t.add_assign_tangent(&vec![1.0, 2.0]);
        assert_eq!(t, vec![1.0, 2.0]);
        t.sub_assign_tangent(&Vec::new());
        assert_eq!(t, vec![1.0, 2.0]);
        let mut v = vec![1.0, 1.0];
        v.move_by(&Vec::new(), 1.0);
        assert_eq!(v, vec![1.0, 1.0]);
        assert_eq!(v.zero_tangent(), vec![0.0, 0.0]);
    }

    #[test]
    #[should_panic(expected = "a step of a Vec of 2 items with a tangent of 3 items")]
    fn a_step_with_a_tangent_of_another_length_panics() {
        let mut v = vec![1.0, 1.0];
        v.move_by(&vec![1.0, 2.0, 3.0], 1.0);
    }

    #[test]
    fn nested_vecs_of_arrays_move_item_by_item() {
        let mut v = vec![[1.0, 2.0], [3.0, 4.0]];
        let t = vec![[1.0, 0.0], [0.0, 1.0]];
        v.move_by(&t, 2.0);
        assert_eq!(v, vec![[3.0, 2.0], [3.0, 6.0]]);
        assert_eq!(v.zero_tangent(), vec![[0.0; 2]; 2]);
    }
}
