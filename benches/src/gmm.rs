//! `gmm`: ADBench's Gaussian mixture objective, with GradBench's corrections.
//!
//! The definition is that of GradBench's `gmm` eval (`evals/gmm/README.md`
//! in github.com/gradbench/gradbench), which adapts "Objective GMM" of the
//! ADBench paper (arXiv:1807.10129, section 4.1) and the reference C++ of
//! github.com/microsoft/ADBench (`src/cpp/shared/gmm.h`), fixing three errors
//! of the original: the sign of the Wishart prior, the transposition of the
//! precision matrices and the prior being over the precisions rather than the
//! covariances. The code here is written from that definition, in the order
//! of operations of the reference C++.
//!
//! A mixture of `k` Gaussians in `D` dimensions has weights `softmax(α)`,
//! means `μ_k` and precision matrices `Q_kᵀ Q_k`, where `Q_k` is lower
//! triangular with diagonal `exp(q_k)` and, below it, `l_k` filled column by
//! column. With `n` points `x_i`, and
//!
//! ```text
//! β_ik = α_k + Σ_j q_kj − ½ ‖Q_k (x_i − μ_k)‖²,
//! log p(X | θ) = −n D/2 · ln 2π + Σ_i logsumexp_k β_ik − n · logsumexp(α),
//! log p(θ) = k C(γ, m, D) − Σ_k (γ²/2 ‖Q_k‖²_F − m Σ_j q_kj),
//! ```
//!
//! where `C` is the Wishart normalising constant (`n_W = D + m + 1` degrees
//! of freedom, scale `I/γ²`), `gmm` ([`d2::gmm`], ...) is `−(log p(X | θ) +
//! log p(θ))`: the negative log posterior, the loss one minimises
//! (GradBench's `objective` is its negative). Its gradient is taken with
//! respect to `(α, μ, q, l)`.
//!
//! The dimension `D` is a constant: the objective, its hand-written gradient
//! and its generic copy are written once (`gmm_fixed_d.rs`) and compiled in
//! one module per dimension ([`d2`], [`d10`], [`d64`], and [`d3`] for tests),
//! each with its `const D`, so that `Q (x − μ)` is a fixed-size array
//! (`[f64; D]`) on the stack; `k` and `n` are run-time sizes.
//!
//! Each module has the objective twice. [`d2::gmm`] is written as the
//! reference C++ writes it (the centred point in a buffer, `Q (x − μ)`
//! column by column, `logsumexp` called per point); it is the `primal` of
//! the benchmark and the function the peers' generic copy follows.
//! [`d2::gmm_rewritten`] is the same arithmetic, rewritten for
//! `#[differentiate]`, whose gradient is the `autodiff-rw` column: its reverse
//! sweep stores an element read from an array that the loop body builds at
//! every read (`xc[i]` inside the `j` loop: `D(D−1)/2` floats per point and
//! component), so `x − μ` is computed where it is used rather than kept in
//! a buffer and `y_j` is read into a local once; and a call in the point
//! loop re-runs the callee's forward sweep in the reverse sweep and
//! allocates its tapes and gradient at every point, so the log-sum-exp over
//! the components is written out ([`logsumexp`] is still called once, for
//! `α`). `#[differentiate]` has no const generics, hence the modules; and a
//! `Vec` updated element by element in a loop (`out[j] += ..`) is copied
//! whole onto the tape at every update, hence `[f64; D]` for `Q (x − μ)`.

// The bodies index their arrays in `for` loops over ranges, as the reference
// C++ does (and as `#[differentiate]` reads them).
#![allow(clippy::needless_range_loop)]

use crate::{Lcg, Real};
use autodiff::differentiate;

/// Parameters and data of one GMM instance, flattened row-major as in
/// ADBench: `mu`, `q` are `k × d`, `l` is `k × d(d−1)/2`, `x` is `n × d`.
#[derive(Clone, Debug)]
pub struct GmmInput {
    /// Dimension of the space.
    pub d: usize,
    /// Number of components.
    pub k: usize,
    /// Number of points.
    pub n: usize,
    /// Unnormalised log weights, `k`.
    pub alpha: Vec<f64>,
    /// Means, `k × d`.
    pub mu: Vec<f64>,
    /// Logarithms of the diagonals of the `Q_k`, `k × d`.
    pub q: Vec<f64>,
    /// Strictly lower triangular parts of the `Q_k`, column by column, `k × d(d−1)/2`.
    pub l: Vec<f64>,
    /// The points, `n × d`.
    pub x: Vec<f64>,
    /// Precision of the Wishart prior.
    pub gamma: f64,
    /// Additional degrees of freedom of the Wishart prior.
    pub m: usize,
}

impl GmmInput {
    /// Number of differentiable inputs, `k (1 + d + d + d(d−1)/2)`.
    pub fn inputs(&self) -> usize {
        self.alpha.len() + self.mu.len() + self.q.len() + self.l.len()
    }

    /// `(α, μ, q, l)` concatenated, the parameter vector of the peer crates.
    pub fn params(&self) -> Vec<f64> {
        [&self.alpha[..], &self.mu, &self.q, &self.l].concat()
    }

    /// Splits a vector laid out as [`GmmInput::params`] into `(α, μ, q, l)`.
    pub fn split<'a, T>(&self, p: &'a [T]) -> (&'a [T], &'a [T], &'a [T], &'a [T]) {
        let (alpha, rest) = p.split_at(self.alpha.len());
        let (mu, rest) = rest.split_at(self.mu.len());
        let (q, l) = rest.split_at(self.q.len());
        (alpha, mu, q, l)
    }
}

/// A GMM instance the way ADBench's generator draws one
/// (`data/gmm/gmm-data-gen.py`): `α`, `q`, `l` and the points standard
/// normal, the means uniform on `[0, 1)`, `γ = 1`, `m = 0`; drawn from a
/// fixed-seed [`Lcg`] in the order `α`, `μ`, then `q_k, l_k` per component,
/// then `x`.
pub fn gmm_input(d: usize, k: usize, n: usize) -> GmmInput {
    let mut rng = Lcg::new(0x6d6d_6700 + (d * 1000 + k) as u64);
    let l_sz = d * (d - 1) / 2;
    let alpha = (0..k).map(|_| rng.normal()).collect();
    let mu = (0..k * d).map(|_| rng.uniform()).collect();
    let mut q = Vec::with_capacity(k * d);
    let mut l = Vec::with_capacity(k * l_sz);
    for _ in 0..k {
        q.extend((0..d).map(|_| rng.normal()));
        l.extend((0..l_sz).map(|_| rng.normal()));
    }
    let x = (0..n * d).map(|_| rng.normal()).collect();
    GmmInput {
        d,
        k,
        n,
        alpha,
        mu,
        q,
        l,
        x,
        gamma: 1.0,
        m: 0,
    }
}

/// `ln Γ(a)` for `a` a positive multiple of ½, from `Γ(½) = √π`, `Γ(1) = 1`
/// and `Γ(a + 1) = a Γ(a)` (the Wishart constant needs no other values).
fn ln_gamma_half_integer(a: f64) -> f64 {
    assert!(a > 0.0 && (2.0 * a).fract() == 0.0, "ln Γ({a})");
    let (mut v, mut out) = if (a - 0.5).fract() == 0.0 {
        (0.5, 0.5 * std::f64::consts::PI.ln())
    } else {
        (1.0, 0.0)
    };
    while v < a {
        out += v.ln();
        v += 1.0;
    }
    out
}

/// `C(γ, m, D) = n_W D (ln γ − ½ ln 2) − ln Γ_D(n_W / 2)` with `n_W = D + m + 1`,
/// the logarithm of the Wishart density's normalising factor per component
/// (`log_gamma_distrib` of the reference: `ln Γ_p(a) = p(p−1)/4 ln π +
/// Σ_{j=1..p} ln Γ(a + (1 − j)/2)`).
pub fn wishart_constant(gamma: f64, m: usize, d: usize) -> f64 {
    let n = (d + m + 1) as f64;
    let p = d as f64;
    let mut log_gamma_d = 0.25 * p * (p - 1.0) * std::f64::consts::PI.ln();
    for j in 1..=d {
        log_gamma_d += ln_gamma_half_integer(0.5 * n + 0.5 * (1.0 - j as f64));
    }
    n * p * (gamma.ln() - 0.5 * 2.0_f64.ln()) - log_gamma_d
}

/// `ln Σ_i exp(v_i)`, computed as `max v + ln Σ_i exp(v_i − max v)`.
#[differentiate]
pub fn logsumexp(v: &[f64]) -> f64 {
    let mut mx = v[0];
    for i in 1..v.len() {
        mx = mx.max(v[i]);
    }
    let mut se = 0.0;
    for i in 0..v.len() {
        se += (v[i] - mx).exp();
    }
    se.ln() + mx
}

/// Same body as [`logsumexp`], over [`Real`].
pub fn logsumexp_generic<T: Real>(v: &[T]) -> T {
    let mut mx = v[0];
    for i in 1..v.len() {
        mx = mx.max(v[i]);
    }
    let mut se = v[0].zero_like(); // GENERIC: `0.0`
    for i in 0..v.len() {
        se = se + (v[i] - mx).exp(); // GENERIC: `+=`
    }
    se.ln() + mx
}

/// The gradient of `gmm` with respect to `(α, μ, q, l)`.
pub type GmmGrad = (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>);

// The objective for each dimension of the benchmark (and 3 for tests). The
// macro has no const generics, so each dimension is a module with its own
// `const D` and the same functions, included from one file.
macro_rules! dimension {
    ($(#[$doc:meta])* $module:ident = $d:literal) => {
        $(#[$doc])*
        pub mod $module {
            use super::*;
            /// The dimension of this module's instance of the objective.
            pub const D: usize = $d;
            include!("gmm_fixed_d.rs");
        }
    };
}

dimension!(
    /// `gmm` in 2 dimensions.
    d2 = 2
);
dimension!(
    /// `gmm` in 3 dimensions (for tests).
    d3 = 3
);
dimension!(
    /// `gmm` in 10 dimensions.
    d10 = 10
);
dimension!(
    /// `gmm` in 64 dimensions.
    d64 = 64
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{fd_central, rel_err};

    fn flat(r: &(f64, GmmGrad)) -> (f64, Vec<f64>) {
        let (y, (a, m, q, l)) = r;
        (*y, [&a[..], m, q, l].concat())
    }

    fn assert_close(what: &str, got: &(f64, Vec<f64>), want: &(f64, Vec<f64>), tol: f64) {
        let e = rel_err(got.0, &got.1, want.0, &want.1);
        assert!(e <= tol, "{what}: relative error {e:e} > {tol:e}");
    }

    /// Instance, value, hand-written gradient, generated gradient and generic
    /// copy of one dimension's module at `k` components and `n` points
    /// (checking the rewritten objective and its gradient on the way).
    macro_rules! gradients {
        ($m:ident, $k:expr, $n:expr) => {{
            let inp = gmm_input($m::D, $k, $n);
            let (a, mu, q, l, x) = (&inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x);
            let y = $m::gmm(a, mu, q, l, x, inp.gamma, inp.m);
            let hand = flat(&$m::gmm_hand(a, mu, q, l, x, inp.gamma, inp.m));
            let auto = flat(&$m::gmm_grad(a, mu, q, l, x, inp.gamma, inp.m));
            let generic = $m::gmm_generic(a, mu, q, l, x, inp.gamma, inp.m);
            let rewritten = $m::gmm_rewritten(a, mu, q, l, x, inp.gamma, inp.m);
            let auto_rw = flat(&$m::gmm_rewritten_grad(a, mu, q, l, x, inp.gamma, inp.m));
            assert!(
                (rewritten - y).abs() <= 1e-13 * y.abs(),
                "rewritten {rewritten} vs {y}"
            );
            assert_close(
                "autodiff of the rewritten objective vs hand",
                &auto_rw,
                &hand,
                1e-12,
            );
            (inp, y, hand, auto, generic)
        }};
    }

    /// Central differences of one dimension's `gmm` at an instance.
    macro_rules! fd {
        ($m:ident, $inp:expr) => {{
            let inp: &GmmInput = $inp;
            let f = |p: &[f64]| {
                let (a, mu, q, l) = inp.split(p);
                $m::gmm(a, mu, q, l, &inp.x, inp.gamma, inp.m)
            };
            fd_central(f, &inp.params())
        }};
    }

    #[test]
    fn gmm_hand_matches_fd() {
        let (inp, y, hand, _, _) = gradients!(d2, 3, 10);
        assert_eq!(hand.0, y);
        assert_eq!(hand.1.len(), inp.inputs());
        assert!(hand.1.iter().all(|v| *v != 0.0), "an input has no gradient");
        assert_close("d2 hand vs fd", &hand, &fd!(d2, &inp), 1e-8);
        let (inp, y, hand, _, _) = gradients!(d3, 4, 7);
        assert_eq!(hand.0, y);
        assert_close("d3 hand vs fd", &hand, &fd!(d3, &inp), 1e-8);
        let (inp, y, hand, _, _) = gradients!(d10, 3, 5);
        assert_eq!(hand.0, y);
        assert_close("d10 hand vs fd", &hand, &fd!(d10, &inp), 1e-8);
    }

    #[test]
    fn gmm_hand_matches_fd_with_prior_terms() {
        // γ ≠ 1 and m > 0 exercise the prior's other terms.
        let mut inp = gmm_input(3, 3, 6);
        inp.gamma = 1.7;
        inp.m = 2;
        let f = |p: &[f64]| {
            let (a, mu, q, l) = inp.split(p);
            d3::gmm(a, mu, q, l, &inp.x, inp.gamma, inp.m)
        };
        let hand = flat(&d3::gmm_hand(
            &inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x, inp.gamma, inp.m,
        ));
        assert_close("hand vs fd", &hand, &fd_central(f, &inp.params()), 1e-8);
        let auto = flat(&d3::gmm_grad(
            &inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x, inp.gamma, inp.m,
        ));
        assert_close("autodiff vs hand", &auto, &hand, 1e-12);
    }

    #[test]
    fn gmm_autodiff_and_generic_match_hand() {
        macro_rules! check {
            ($m:ident, $k:expr, $n:expr) => {{
                let (_, y, hand, auto, generic) = gradients!($m, $k, $n);
                assert_close(stringify!($m), &auto, &hand, 1e-12);
                assert_eq!(generic, y);
            }};
        }
        check!(d2, 5, 50);
        check!(d3, 4, 20);
        check!(d10, 5, 20);
        check!(d64, 2, 3);
    }

    /// The objective from the definition, without its simplifications:
    /// `Q_k` as a matrix, the precision `Q_kᵀ Q_k`, Gaussian densities with
    /// their determinants, and the Wishart log density of each precision.
    fn gmm_from_definition(inp: &GmmInput) -> f64 {
        let (d, k, n) = (inp.d, inp.k, inp.n);
        let l_sz = d * (d - 1) / 2;
        let mut log_lik = 0.0;
        let mut log_prior = 0.0;
        let mut precisions = Vec::new();
        for c in 0..k {
            // Q filled column by column below the diagonal.
            let mut qm = vec![vec![0.0; d]; d];
            let mut idx = c * l_sz;
            for col in 0..d {
                qm[col][col] = inp.q[c * d + col].exp();
                for row in col + 1..d {
                    qm[row][col] = inp.l[idx];
                    idx += 1;
                }
            }
            let mut p = vec![vec![0.0; d]; d];
            for i in 0..d {
                for j in 0..d {
                    p[i][j] = (0..d).map(|r| qm[r][i] * qm[r][j]).sum::<f64>();
                }
            }
            let log_det_p: f64 = (0..d).map(|i| 2.0 * qm[i][i].ln()).sum();
            // Wishart W_D(V = I/γ², n_W) at P.
            let nw = (d + inp.m + 1) as f64;
            let trace = inp.gamma * inp.gamma * (0..d).map(|i| p[i][i]).sum::<f64>();
            let log_det_v = -2.0 * d as f64 * inp.gamma.ln();
            let mut log_gamma_d = 0.25 * (d * (d - 1)) as f64 * std::f64::consts::PI.ln();
            for j in 1..=d {
                log_gamma_d += ln_gamma_half_integer(0.5 * nw + 0.5 * (1.0 - j as f64));
            }
            log_prior += (nw - d as f64 - 1.0) / 2.0 * log_det_p
                - 0.5 * trace
                - nw * d as f64 / 2.0 * 2.0_f64.ln()
                - nw / 2.0 * log_det_v
                - log_gamma_d;
            precisions.push((p, log_det_p));
        }
        let z: f64 = inp.alpha.iter().map(|a| a.exp()).sum();
        for i in 0..n {
            let xi = &inp.x[i * d..(i + 1) * d];
            let mut density = 0.0;
            for (c, (p, log_det_p)) in precisions.iter().enumerate() {
                let dx: Vec<f64> = (0..d).map(|j| xi[j] - inp.mu[c * d + j]).collect();
                let mut quad = 0.0;
                for a in 0..d {
                    for b in 0..d {
                        quad += dx[a] * p[a][b] * dx[b];
                    }
                }
                let log_norm =
                    -0.5 * d as f64 * (2.0 * std::f64::consts::PI).ln() + 0.5 * log_det_p;
                density += inp.alpha[c].exp() / z * (log_norm - 0.5 * quad).exp();
            }
            log_lik += density.ln();
        }
        -(log_lik + log_prior)
    }

    #[test]
    fn gmm_matches_the_definition() {
        // Small values of the quadratic form keep the direct densities
        // from underflowing: points near the means, small off-diagonals.
        for (d, gamma, m) in [(2, 1.0, 0), (3, 1.3, 2)] {
            let mut inp = gmm_input(d, 3, 8);
            inp.gamma = gamma;
            inp.m = m;
            for v in inp.l.iter_mut() {
                *v *= 0.3;
            }
            for v in inp.x.iter_mut() {
                *v = 0.5 + 0.3 * *v;
            }
            let y = match d {
                2 => d2::gmm(&inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x, gamma, m),
                _ => d3::gmm(&inp.alpha, &inp.mu, &inp.q, &inp.l, &inp.x, gamma, m),
            };
            let want = gmm_from_definition(&inp);
            assert!(
                (y - want).abs() <= 1e-12 * want.abs(),
                "d = {d}: gmm {y} vs definition {want}"
            );
        }
    }

    #[test]
    fn ln_gamma_of_half_integers() {
        let sqrt_pi = std::f64::consts::PI.sqrt();
        for (a, g) in [
            (0.5, sqrt_pi),
            (1.0, 1.0),
            (1.5, 0.5 * sqrt_pi),
            (3.0, 2.0),
            (5.0, 24.0),
            (4.5, 11.631_728_396_567_448),
        ] {
            assert!(
                (ln_gamma_half_integer(a) - f64::ln(g)).abs() < 1e-14,
                "ln Γ({a})"
            );
        }
    }

    #[test]
    fn gmm_input_is_adbench_shaped() {
        let inp = gmm_input(10, 5, 1000);
        assert_eq!((inp.alpha.len(), inp.mu.len(), inp.q.len()), (5, 50, 50));
        assert_eq!((inp.l.len(), inp.x.len()), (5 * 45, 10_000));
        assert_eq!(inp.inputs(), 5 * (1 + 10 + 10 + 45));
        assert!(inp.mu.iter().all(|v| (0.0..1.0).contains(v)));
        let mean = inp.x.iter().sum::<f64>() / inp.x.len() as f64;
        let var = inp.x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / inp.x.len() as f64;
        assert!(
            mean.abs() < 0.05 && (var - 1.0).abs() < 0.05,
            "x: mean {mean}, variance {var}"
        );
        let p = inp.params();
        let (a, mu, q, l) = inp.split(&p);
        assert_eq!(
            (a, mu, q, l),
            (&inp.alpha[..], &inp.mu[..], &inp.q[..], &inp.l[..])
        );
    }
}
