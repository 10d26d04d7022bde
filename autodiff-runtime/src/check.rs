//! Finite-difference gradient checks.
//!
//! Use these in tests to compare a gradient produced by `#[differentiate]`
//! (or written by hand) with central differences of the original function.
//!
//! ```
//! use autodiff_runtime::check_gradient;
//!
//! let f = |x: &[f64]| x[0] * x[0] * x[1];
//! let x = [3.0, 2.0];
//! let gradient = [2.0 * x[0] * x[1], x[0] * x[0]];
//! check_gradient(f, &x, &gradient, 1e-6).unwrap();
//! ```

use std::error::Error;
use std::fmt;

/// Central-difference approximation of the gradient of `f` at `x`.
///
/// Coordinate `i` uses the step `h = ∛ε · max(1, |xᵢ|)`, which balances the
/// `O(h²)` truncation error against the `O(ε/h)` rounding error; the
/// result is typically accurate to about `ε^(2/3) ≈ 4e-11` relative to the
/// scale of `f`. `f` is evaluated `2 · x.len()` times.
///
/// A NaN or infinite coordinate gives a NaN component; this function never
/// panics unless `f` does.
///
/// ```
/// use autodiff_runtime::finite_difference_gradient;
///
/// let g = finite_difference_gradient(|x| x[0].sin() + 3.0 * x[1], &[0.0, 5.0]);
/// assert!((g[0] - 1.0).abs() < 1e-9);
/// assert!((g[1] - 3.0).abs() < 1e-9);
/// ```
#[must_use]
pub fn finite_difference_gradient<F: Fn(&[f64]) -> f64>(f: F, x: &[f64]) -> Vec<f64> {
    let mut point = x.to_vec();
    let step = f64::EPSILON.cbrt();
    x.iter()
        .enumerate()
        .map(|(i, &xi)| {
            // Rounding the step to a representable offset from xᵢ makes the
            // divisor below the distance f was actually evaluated across.
            let h = (xi + step * xi.abs().max(1.0)) - xi;
            let (above, below) = (xi + h, xi - h);
            point[i] = above;
            let f_above = f(&point);
            point[i] = below;
            let f_below = f(&point);
            point[i] = xi;
            (f_above - f_below) / (above - below)
        })
        .collect()
}

/// Checks `gradient` against [`finite_difference_gradient`] of `f` at `x`.
///
/// Coordinate `i` passes when `|gᵢ - fdᵢ| <= tolerance · max(1, |gᵢ|, |fdᵢ|)`:
/// a relative test for large components and an absolute one for small
/// components, whose finite-difference error is dominated by the scale of `f`
/// rather than by the component itself. With the default step, tolerances
/// around `1e-6` suit smooth functions of moderate scale.
///
/// NaN or infinite components never pass, and neither do coordinates missing
/// from either side when `gradient` and `x` differ in length. All failing
/// coordinates are reported, not just the first.
///
/// ```
/// use autodiff_runtime::check_gradient;
///
/// let f = |x: &[f64]| x[0].exp() + x[1] * x[1];
/// let wrong = [1.0, 3.0]; // ∂f/∂x₁ at x₁ = 1 is 2, not 3.
/// let err = check_gradient(f, &[0.0, 1.0], &wrong, 1e-6).unwrap_err();
/// assert_eq!(err.entries.len(), 1);
/// assert_eq!(err.entries[0].index, 1);
/// ```
///
/// # Errors
///
/// Returns a [`GradientMismatch`] listing every coordinate that fails.
pub fn check_gradient<F: Fn(&[f64]) -> f64>(
    f: F,
    x: &[f64],
    gradient: &[f64],
    tolerance: f64,
) -> Result<(), GradientMismatch> {
    let expected = finite_difference_gradient(f, x);
    let entries: Vec<Mismatch> = (0..x.len().max(gradient.len()))
        .filter_map(|index| {
            let expected = expected.get(index).copied().unwrap_or(f64::NAN);
            let got = gradient.get(index).copied().unwrap_or(f64::NAN);
            let scale = 1.0_f64.max(got.abs()).max(expected.abs());
            // Written so that a NaN on either side fails the comparison.
            let passes = (got - expected).abs() <= tolerance * scale;
            (!passes).then_some(Mismatch {
                index,
                expected,
                got,
            })
        })
        .collect();
    if entries.is_empty() {
        Ok(())
    } else {
        Err(GradientMismatch {
            entries,
            point_len: x.len(),
            gradient_len: gradient.len(),
            tolerance,
        })
    }
}

/// One coordinate that failed [`check_gradient`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mismatch {
    /// Index of the coordinate.
    pub index: usize,
    /// Finite-difference estimate; NaN if `index` is past the end of the
    /// point.
    pub expected: f64,
    /// Component of the checked gradient; NaN if `index` is past the end of
    /// the gradient.
    pub got: f64,
}

/// The coordinates at which a gradient disagrees with finite differences.
///
/// Its [`Display`](fmt::Display) output is a table meant for test failure
/// messages:
///
/// ```
/// use autodiff_runtime::check_gradient;
///
/// let err = check_gradient(|x| 2.0 * x[0], &[1.0], &[5.0], 1e-6).unwrap_err();
/// let message = err.to_string();
/// assert!(message.contains("finite difference"));
/// println!("{message}");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct GradientMismatch {
    /// Failing coordinates in increasing index order.
    pub entries: Vec<Mismatch>,
    /// Length of the point the gradient was checked at.
    pub point_len: usize,
    /// Length of the checked gradient; differs from `point_len` when the
    /// gradient has the wrong number of components.
    pub gradient_len: usize,
    /// Tolerance the check was run with.
    pub tolerance: f64,
}

impl fmt::Display for GradientMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "gradient check failed at {} of {} coordinates (tolerance {:e})",
            self.entries.len(),
            self.point_len.max(self.gradient_len),
            self.tolerance,
        )?;
        if self.point_len != self.gradient_len {
            writeln!(
                f,
                "gradient has {} components but the point has {} coordinates",
                self.gradient_len, self.point_len,
            )?;
        }
        write!(
            f,
            "{:>8}  {:>24}  {:>24}  {:>12}",
            "index", "finite difference", "gradient", "difference"
        )?;
        for entry in &self.entries {
            let expected = if entry.index < self.point_len {
                format!("{:.17e}", entry.expected)
            } else {
                "missing".to_owned()
            };
            let got = if entry.index < self.gradient_len {
                format!("{:.17e}", entry.got)
            } else {
                "missing".to_owned()
            };
            write!(
                f,
                "\n{:>8}  {:>24}  {:>24}  {:>12.3e}",
                entry.index,
                expected,
                got,
                entry.got - entry.expected,
            )?;
        }
        Ok(())
    }
}

impl Error for GradientMismatch {}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn finite_differences_of_a_quadratic_are_exact_up_to_rounding() {
        // Central differences have no truncation error on quadratics.
        let f = |x: &[f64]| 3.0 * x[0] * x[0] - 2.0 * x[0] * x[1] + 0.5 * x[1] * x[1];
        let x = [1.5, -4.0];
        let g = finite_difference_gradient(f, &x);
        assert_relative_eq!(g[0], 6.0 * x[0] - 2.0 * x[1], max_relative = 1e-9);
        assert_relative_eq!(g[1], -2.0 * x[0] + x[1], max_relative = 1e-9);
    }

    #[test]
    fn finite_difference_step_scales_with_the_coordinate() {
        // At 1e8 a fixed step of ∛ε would be lost below the spacing of
        // neighbouring floats.
        let g = finite_difference_gradient(|x| x[0] * x[0], &[1e8]);
        assert_relative_eq!(g[0], 2e8, max_relative = 1e-8);
    }

    #[test]
    fn quadratic_gradient_passes() {
        let f = |x: &[f64]| x.iter().map(|v| v * v).sum::<f64>();
        let x = [1.0, -2.0, 30.0];
        let gradient: Vec<f64> = x.iter().map(|v| 2.0 * v).collect();
        assert_eq!(check_gradient(f, &x, &gradient, 1e-8), Ok(()));
    }

    #[test]
    fn sin_exp_gradient_passes() {
        let f = |x: &[f64]| x[0].sin() * x[1].exp();
        let x = [0.7_f64, 1.3];
        let gradient = [x[0].cos() * x[1].exp(), x[0].sin() * x[1].exp()];
        assert_eq!(check_gradient(f, &x, &gradient, 1e-7), Ok(()));
    }

    #[test]
    fn wrong_gradient_reports_the_failing_index() {
        let f = |x: &[f64]| x[0].sin() * x[1].exp() + x[2];
        let x = [0.7_f64, 1.3, 2.0];
        let mut gradient = [x[0].cos() * x[1].exp(), x[0].sin() * x[1].exp(), 1.0];
        gradient[1] *= 1.01;
        let err = check_gradient(f, &x, &gradient, 1e-6).unwrap_err();
        assert_eq!(err.entries.len(), 1);
        let entry = err.entries[0];
        assert_eq!(entry.index, 1);
        assert_eq!(entry.got, gradient[1]);
        assert_relative_eq!(entry.expected, gradient[1] / 1.01, max_relative = 1e-8);
    }

    #[test]
    fn display_lists_the_failing_index() {
        let err = check_gradient(|x| x[0] + x[1], &[0.0, 0.0], &[1.0, 7.0], 1e-6).unwrap_err();
        let message = err.to_string();
        let rows: Vec<&str> = message.lines().skip(2).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].split_whitespace().next(), Some("1"));
        assert!(rows[0].contains("7.0"));
        assert!(message.starts_with("gradient check failed at 1 of 2 coordinates"));
    }

    #[test]
    fn nan_components_are_mismatches() {
        let err = check_gradient(|x| x[0], &[1.0], &[f64::NAN], 1e-6).unwrap_err();
        assert_eq!(err.entries[0].index, 0);
        // A NaN function gives NaN differences, which match nothing either.
        let err = check_gradient(|_| f64::NAN, &[1.0], &[0.0], 1e-6).unwrap_err();
        assert_eq!(err.entries[0].index, 0);
    }

    #[test]
    fn length_mismatch_is_reported_without_panicking() {
        let f = |x: &[f64]| x[0] + 2.0 * x[1];
        let short = check_gradient(f, &[0.0, 0.0], &[1.0], 1e-6).unwrap_err();
        assert_eq!(short.entries.len(), 1);
        assert_eq!(short.entries[0].index, 1);
        assert!(short.to_string().contains("missing"));

        let long = check_gradient(f, &[0.0, 0.0], &[1.0, 2.0, 0.0], 1e-6).unwrap_err();
        assert_eq!(long.entries.len(), 1);
        assert_eq!(long.entries[0].index, 2);
        assert_eq!((long.point_len, long.gradient_len), (2, 3));
    }

    #[test]
    fn empty_point_passes() {
        assert_eq!(check_gradient(|_| 1.0, &[], &[], 1e-6), Ok(()));
    }
}
