//! Full Jacobians of fixed-size functions from their generated companions.
//!
//! These are runtime helpers rather than generated items: one helper serves
//! every function, and the caller chooses the cheaper direction. A function
//! with `M` outputs and `N` inputs needs `M` reverse sweeps for the rows
//! ([`jacobian_rows`], from `NAME_vjp`) or `N` forward sweeps for the columns
//! ([`jacobian_columns`], from `NAME_jvp`).

/// The rows of a Jacobian: `rows[i]` is the gradient of output `i`, from a
/// closure that runs a vector-Jacobian product with the given output seed.
///
/// ```
/// # use autodiff_runtime::jacobian::jacobian_rows;
/// // f(x) = [x0 x1, x0 + 3 x1]; its vjp with seed s is s0 [x1, x0] + s1 [1, 3].
/// let x = [2.0, 5.0];
/// let vjp = |s: [f64; 2]| [s[0] * x[1] + s[1], s[0] * x[0] + 3.0 * s[1]];
/// assert_eq!(jacobian_rows(vjp), [[5.0, 2.0], [1.0, 3.0]]);
/// ```
pub fn jacobian_rows<const M: usize, G>(mut vjp: impl FnMut([f64; M]) -> G) -> [G; M] {
    std::array::from_fn(|i| {
        let mut seed = [0.0; M];
        seed[i] = 1.0;
        vjp(seed)
    })
}

/// The columns of a Jacobian: `columns[j]` is the derivative of every output
/// with respect to input `j`, from a closure that runs a Jacobian-vector
/// product with the given input tangent.
///
/// ```
/// # use autodiff_runtime::jacobian::jacobian_columns;
/// // f(x) = [x0 x1, x0 + 3 x1]; its jvp along t is [t0 x1 + x0 t1, t0 + 3 t1].
/// let x = [2.0, 5.0];
/// let jvp = |t: [f64; 2]| [t[0] * x[1] + x[0] * t[1], t[0] + 3.0 * t[1]];
/// assert_eq!(jacobian_columns(jvp), [[5.0, 1.0], [2.0, 3.0]]);
/// ```
pub fn jacobian_columns<const N: usize, R>(mut jvp: impl FnMut([f64; N]) -> R) -> [R; N] {
    std::array::from_fn(|j| {
        let mut tangent = [0.0; N];
        tangent[j] = 1.0;
        jvp(tangent)
    })
}
