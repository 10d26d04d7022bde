// The GMM objective in `D` dimensions, its hand-written gradient and its
// generic copy: included in each module `gmm::d2`, `gmm::d10`, ..., which
// define `const D` (see `gmm.rs`). Not formatted by `cargo fmt` (an included
// file); keep it formatted with `rustfmt --edition 2024`.

/// The negative log posterior of the GMM (see the module documentation):
/// `k = alpha.len()` components in `D` dimensions, `n = x.len() / D`
/// points, Wishart prior with precision `gamma` and `m` extra degrees of
/// freedom. Written as the reference C++ writes it: the centred point in a
/// buffer, `Q (x − μ)` by columns, `logsumexp` called per point.
#[differentiate(wrt(alpha, mu, q, l))]
pub fn gmm(
    alpha: &[f64],
    mu: &[f64],
    q: &[f64],
    l: &[f64],
    x: &[f64],
    gamma: f64,
    m: usize,
) -> f64 {
    let k = alpha.len();
    let n = x.len() / D;
    let l_sz = D * (D - 1) / 2;
    // The diagonals exp(q_k) and the sums Σ_j q_kj.
    let mut qdiag = vec![0.0; k * D];
    let mut sum_qs = vec![0.0; k];
    for ik in 0..k {
        let mut s = 0.0;
        for j in 0..D {
            qdiag[ik * D + j] = q[ik * D + j].exp();
            s += q[ik * D + j];
        }
        sum_qs[ik] = s;
    }
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for ix in 0..n {
        for ik in 0..k {
            let mut xc = [0.0; D];
            for j in 0..D {
                xc[j] = x[ix * D + j] - mu[ik * D + j];
            }
            // Q (x − μ): the diagonal, then column i of the strictly lower part.
            let mut qxc = [0.0; D];
            for j in 0..D {
                qxc[j] = qdiag[ik * D + j] * xc[j];
            }
            for i in 0..D {
                let col = ik * l_sz + i * (2 * D - i - 1) / 2;
                for j in i + 1..D {
                    qxc[j] += l[col + j - i - 1] * xc[i];
                }
            }
            let mut sq = 0.0;
            for j in 0..D {
                sq += qxc[j] * qxc[j];
            }
            main_term[ik] = alpha[ik] + sum_qs[ik] - sq * 0.5;
        }
        slse += logsumexp(&main_term);
    }
    let lse_alpha = logsumexp(alpha);
    let constant = -((n * D) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    let log_likelihood = slse + constant - lse_alpha * n as f64;
    // The Wishart prior.
    let mut out = 0.0;
    for ik in 0..k {
        let mut sq_diag = 0.0;
        for j in 0..D {
            sq_diag += qdiag[ik * D + j] * qdiag[ik * D + j];
        }
        let mut sq_l = 0.0;
        for j in 0..l_sz {
            sq_l += l[ik * l_sz + j] * l[ik * l_sz + j];
        }
        out += (sq_diag + sq_l) * (0.5 * gamma * gamma) - sum_qs[ik] * m as f64;
    }
    let log_prior = -out + k as f64 * wishart_constant(gamma, m, D);
    -(log_likelihood + log_prior)
}

/// [`gmm`] rewritten for `#[differentiate]` (see the module documentation):
/// the same arithmetic, with `x − μ` computed where it is used instead of
/// kept in a buffer, the array elements the loops read taken into locals
/// once, and the log-sum-exp over the components written out.
#[differentiate(wrt(alpha, mu, q, l))]
pub fn gmm_rewritten(
    alpha: &[f64],
    mu: &[f64],
    q: &[f64],
    l: &[f64],
    x: &[f64],
    gamma: f64,
    m: usize,
) -> f64 {
    let k = alpha.len();
    let n = x.len() / D;
    let l_sz = D * (D - 1) / 2;
    // The diagonals exp(q_k) and the sums Σ_j q_kj.
    let mut qdiag = vec![0.0; k * D];
    let mut sum_qs = vec![0.0; k];
    for ik in 0..k {
        let mut s = 0.0;
        for j in 0..D {
            qdiag[ik * D + j] = q[ik * D + j].exp();
            s += q[ik * D + j];
        }
        sum_qs[ik] = s;
    }
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for ix in 0..n {
        for ik in 0..k {
            // Q (x − μ): the diagonal, then column i of the strictly lower
            // part (x − μ is computed where it is used, not kept in an array).
            let mut qxc = [0.0; D];
            for j in 0..D {
                qxc[j] = qdiag[ik * D + j] * (x[ix * D + j] - mu[ik * D + j]);
            }
            for i in 0..D {
                let col = ik * l_sz + i * (2 * D - i - 1) / 2;
                let xi = x[ix * D + i] - mu[ik * D + i];
                for j in i + 1..D {
                    qxc[j] += l[col + j - i - 1] * xi;
                }
            }
            let mut sq = 0.0;
            for j in 0..D {
                let y = qxc[j];
                sq += y * y;
            }
            main_term[ik] = alpha[ik] + sum_qs[ik] - sq * 0.5;
        }
        // logsumexp_k β_ik (written out: see `logsumexp`).
        let mut mx = main_term[0];
        for ik in 1..k {
            mx = mx.max(main_term[ik]);
        }
        let mut se = 0.0;
        for ik in 0..k {
            se += (main_term[ik] - mx).exp();
        }
        slse += se.ln() + mx;
    }
    let lse_alpha = logsumexp(alpha);
    let constant = -((n * D) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    let log_likelihood = slse + constant - lse_alpha * n as f64;
    // The Wishart prior.
    let mut out = 0.0;
    for ik in 0..k {
        let mut sq_diag = 0.0;
        for j in 0..D {
            sq_diag += qdiag[ik * D + j] * qdiag[ik * D + j];
        }
        let mut sq_l = 0.0;
        for j in 0..l_sz {
            sq_l += l[ik * l_sz + j] * l[ik * l_sz + j];
        }
        out += (sq_diag + sq_l) * (0.5 * gamma * gamma) - sum_qs[ik] * m as f64;
    }
    let log_prior = -out + k as f64 * wishart_constant(gamma, m, D);
    -(log_likelihood + log_prior)
}

/// Hand-written reverse-mode gradient of [`gmm`]: the same forward
/// computation, keeping per point the centred points `z = x − μ_k`, the
/// `y = Q_k z` and `exp(β_k − max β)` of every component; then per component
/// the adjoint of `β`: `−½‖y‖²` gives `ȳ = −β̄ y`, and `y = Q z` gives
/// `Q̄ += ȳ zᵀ` (diagonal and strictly lower part). The adjoint of `z`,
/// `Qᵀ ȳ`, is linear in `ȳ` with `Q` the same for every point, so `μ̄ =
/// −Qᵀ Σ_i ȳ_i` is computed once per component after the loop from the sum
/// of the `ȳ`. The prior and `logsumexp(α)` are differentiated at the end,
/// and `q̄ = Q̄_diag ∘ exp(q) + Σ-term`.
pub fn gmm_hand(
    alpha: &[f64],
    mu: &[f64],
    q: &[f64],
    l: &[f64],
    x: &[f64],
    gamma: f64,
    m: usize,
) -> (f64, GmmGrad) {
    let k = alpha.len();
    let n = x.len() / D;
    let l_sz = D * (D - 1) / 2;
    let mut qdiag = vec![0.0; k * D];
    let mut sum_qs = vec![0.0; k];
    for ik in 0..k {
        let mut s = 0.0;
        for j in 0..D {
            qdiag[ik * D + j] = q[ik * D + j].exp();
            s += q[ik * D + j];
        }
        sum_qs[ik] = s;
    }
    // Adjoints: of α and Σ_j q_kj (the same from the likelihood), of the
    // diagonals exp(q) and of l; the sums of ȳ per component.
    let mut g_beta = vec![0.0; k];
    let mut g_qdiag = vec![0.0; k * D];
    let mut g_l = vec![0.0; k * l_sz];
    let mut gy_sum = vec![[0.0; D]; k];
    let mut xcs = vec![[0.0; D]; k];
    let mut qxcs = vec![[0.0; D]; k];
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for ix in 0..n {
        for ik in 0..k {
            let mut xc = [0.0; D];
            for j in 0..D {
                xc[j] = x[ix * D + j] - mu[ik * D + j];
            }
            let mut qxc = [0.0; D];
            for j in 0..D {
                qxc[j] = qdiag[ik * D + j] * xc[j];
            }
            for i in 0..D {
                let col = ik * l_sz + i * (2 * D - i - 1) / 2;
                let xi = xc[i];
                for j in i + 1..D {
                    qxc[j] += l[col + j - i - 1] * xi;
                }
            }
            let mut sq = 0.0;
            for j in 0..D {
                let y = qxc[j];
                sq += y * y;
            }
            main_term[ik] = alpha[ik] + sum_qs[ik] - sq * 0.5;
            xcs[ik] = xc;
            qxcs[ik] = qxc;
        }
        // logsumexp, keeping exp(β_k − max β).
        let mut mx = main_term[0];
        for ik in 1..k {
            mx = mx.max(main_term[ik]);
        }
        let mut se = 0.0;
        for ik in 0..k {
            let e = (main_term[ik] - mx).exp();
            main_term[ik] = e;
            se += e;
        }
        slse += se.ln() + mx;
        // The loss has −slse: β̄_k = −exp(β_k − max) / Σ.
        let scale = -se.recip();
        for ik in 0..k {
            let gb = main_term[ik] * scale;
            g_beta[ik] += gb;
            // β = ... − ½ Σ_j y_j²: ȳ_j = −β̄ y_j.
            let xc = &xcs[ik];
            let qxc = &qxcs[ik];
            let mut gy = [0.0; D];
            for j in 0..D {
                gy[j] = -gb * qxc[j];
            }
            // y = diag(exp q) z + L z: Q̄ += ȳ zᵀ, column by column.
            let sum = &mut gy_sum[ik];
            for j in 0..D {
                g_qdiag[ik * D + j] += gy[j] * xc[j];
                sum[j] += gy[j];
            }
            for i in 0..D {
                let col = ik * l_sz + i * (2 * D - i - 1) / 2;
                let zi = xc[i];
                let g_col = &mut g_l[col..col + D - 1 - i];
                for (g, &gyj) in g_col.iter_mut().zip(&gy[i + 1..]) {
                    *g += gyj * zi;
                }
            }
        }
    }
    // μ̄_k = −Qᵀ Σ_i ȳ_ik.
    let mut g_mu = vec![0.0; k * D];
    for ik in 0..k {
        let sum = &gy_sum[ik];
        for i in 0..D {
            let col = ik * l_sz + i * (2 * D - i - 1) / 2;
            let mut gz = qdiag[ik * D + i] * sum[i];
            for j in i + 1..D {
                gz += l[col + j - i - 1] * sum[j];
            }
            g_mu[ik * D + i] = -gz;
        }
    }
    // logsumexp(α), with the factor n of the loss (+n · lse(α)).
    let lse_alpha = logsumexp(alpha);
    let mut g_alpha = g_beta.clone();
    for ik in 0..k {
        g_alpha[ik] += (alpha[ik] - lse_alpha).exp() * n as f64;
    }
    let constant = -((n * D) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    let log_likelihood = slse + constant - lse_alpha * n as f64;
    // The prior: the loss has +out, out = Σ_k γ²/2 (‖exp q_k‖² + ‖l_k‖²) − m Σ q_k.
    let half_g2 = 0.5 * gamma * gamma;
    let mut out = 0.0;
    let mut g_q = vec![0.0; k * D];
    for ik in 0..k {
        let mut sq_diag = 0.0;
        for j in 0..D {
            sq_diag += qdiag[ik * D + j] * qdiag[ik * D + j];
        }
        let mut sq_l = 0.0;
        for j in 0..l_sz {
            sq_l += l[ik * l_sz + j] * l[ik * l_sz + j];
            g_l[ik * l_sz + j] += l[ik * l_sz + j] * (2.0 * half_g2);
        }
        out += (sq_diag + sq_l) * half_g2 - sum_qs[ik] * m as f64;
        let g_sum_q = g_beta[ik] - m as f64;
        for j in 0..D {
            let e = qdiag[ik * D + j];
            g_q[ik * D + j] = (g_qdiag[ik * D + j] + e * (2.0 * half_g2)) * e + g_sum_q;
        }
    }
    let log_prior = -out + k as f64 * wishart_constant(gamma, m, D);
    (-(log_likelihood + log_prior), (g_alpha, g_mu, g_q, g_l))
}

/// Same body as [`gmm`], over [`Real`] (with [`logsumexp_generic`]).
#[allow(clippy::too_many_arguments)]
pub fn gmm_generic<T: Real>(
    alpha: &[T],
    mu: &[T],
    q: &[T],
    l: &[T],
    x: &[f64],
    gamma: f64,
    m: usize,
) -> T {
    let zero = alpha[0].zero_like(); // GENERIC: the `0.0`s below
    let k = alpha.len();
    let n = x.len() / D;
    let l_sz = D * (D - 1) / 2;
    let mut qdiag = vec![zero; k * D];
    let mut sum_qs = vec![zero; k];
    for ik in 0..k {
        let mut s = zero;
        for j in 0..D {
            qdiag[ik * D + j] = q[ik * D + j].exp();
            s = s + q[ik * D + j]; // GENERIC: `+=`
        }
        sum_qs[ik] = s;
    }
    let mut main_term = vec![zero; k];
    let mut slse = zero;
    for ix in 0..n {
        for ik in 0..k {
            let mut xc = [zero; D];
            for j in 0..D {
                xc[j] = -(mu[ik * D + j] - x[ix * D + j]); // GENERIC: `x − μ`, the same value
            }
            let mut qxc = [zero; D];
            for j in 0..D {
                qxc[j] = qdiag[ik * D + j] * xc[j];
            }
            for i in 0..D {
                let col = ik * l_sz + i * (2 * D - i - 1) / 2;
                for j in i + 1..D {
                    qxc[j] = qxc[j] + l[col + j - i - 1] * xc[i]; // GENERIC: `+=`
                }
            }
            let mut sq = zero;
            for j in 0..D {
                sq = sq + qxc[j] * qxc[j]; // GENERIC: `+=`
            }
            main_term[ik] = alpha[ik] + sum_qs[ik] - sq * 0.5;
        }
        slse = slse + logsumexp_generic(&main_term); // GENERIC: `+=`
    }
    let lse_alpha = logsumexp_generic(alpha);
    let constant = -((n * D) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    let log_likelihood = slse + constant - lse_alpha * n as f64;
    let mut out = zero;
    for ik in 0..k {
        let mut sq_diag = zero;
        for j in 0..D {
            sq_diag = sq_diag + qdiag[ik * D + j] * qdiag[ik * D + j]; // GENERIC: `+=`
        }
        let mut sq_l = zero;
        for j in 0..l_sz {
            sq_l = sq_l + l[ik * l_sz + j] * l[ik * l_sz + j]; // GENERIC: `+=`
        }
        out = out + ((sq_diag + sq_l) * (0.5 * gamma * gamma) - sum_qs[ik] * m as f64); // GENERIC: `+=`
    }
    let log_prior = -out + k as f64 * wishart_constant(gamma, m, D);
    -(log_likelihood + log_prior)
}
