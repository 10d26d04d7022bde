//! Element-wise accumulation of adjoints: `a += b` for floats, arrays and
//! `Vec`s of them. Generated code uses it where two adjoint contributions to
//! an array meet (a loop's result read twice, an array yielded by both arms
//! of an `if`).

/// Values that can be added to element-wise.
pub trait Accumulate {
    /// `self += other`, element by element.
    fn accumulate(&mut self, other: &Self);
}

impl Accumulate for f64 {
    #[inline]
    fn accumulate(&mut self, other: &Self) {
        *self += *other;
    }
}

impl Accumulate for f32 {
    #[inline]
    fn accumulate(&mut self, other: &Self) {
        *self += *other;
    }
}

impl<T: Accumulate, const N: usize> Accumulate for [T; N] {
    #[inline]
    fn accumulate(&mut self, other: &Self) {
        for (a, b) in self.iter_mut().zip(other) {
            a.accumulate(b);
        }
    }
}

impl<T: Accumulate> Accumulate for [T] {
    #[inline]
    fn accumulate(&mut self, other: &Self) {
        for (a, b) in self.iter_mut().zip(other) {
            a.accumulate(b);
        }
    }
}

impl<T: Accumulate> Accumulate for Vec<T> {
    #[inline]
    fn accumulate(&mut self, other: &Self) {
        self.as_mut_slice().accumulate(other.as_slice());
    }
}

/// `a += b` element-wise.
///
/// ```
/// let mut a = [1.0, 2.0];
/// autodiff_runtime::accumulate::accumulate(&mut a, &[0.5, 0.25]);
/// assert_eq!(a, [1.5, 2.25]);
/// ```
#[inline]
pub fn accumulate<T: Accumulate + ?Sized>(a: &mut T, b: &T) {
    a.accumulate(b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_arrays_and_vecs_add_element_wise() {
        let mut m = [[1.0_f64, 2.0], [3.0, 4.0]];
        accumulate(&mut m, &[[1.0, 1.0], [0.0, -4.0]]);
        assert_eq!(m, [[2.0, 3.0], [3.0, 0.0]]);
        let mut v = vec![1.0_f32, 2.0];
        accumulate(&mut v, &vec![0.5, 0.5]);
        assert_eq!(v, vec![1.5, 2.5]);
    }
}
