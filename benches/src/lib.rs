//! The functions of `shared/BENCHMARKS.md`, written once as plain `f64`
//! code, with their inputs, hand-written analytic gradients (the baseline of
//! every ratio) and central finite differences.
//!
//! Each function comes in up to three forms that compute the same thing in
//! the same order of operations:
//!
//! - the plain body (`rosen`, `mlp`, ...), written the way a
//!   `#[differentiate]` user writes it: `for` loops over indices, slices and
//!   arrays, float methods, constants on the right of an operator;
//! - `*_hand`, a hand-written reverse-mode gradient returning
//!   `(value, gradient)`;
//! - `*_generic`, a copy of the plain body over the [`Real`] scalar trait, so
//!   that the run-time AD crates of the benchmark (dual numbers, tapes) can
//!   run it. The copies differ from the plain bodies only where marked
//!   `GENERIC:` (a zero made with [`Real::zero_like`], `a = a + b` for
//!   `a += b`).
//!
//! Every plain body carries `#[differentiate]`, so `NAME_grad` (the
//! `autodiff` column) is generated from the very code the `primal` column
//! times. `rosen2` is the scalar form of `rosen_2` (same terms as
//! `rosen(&[x0, x1])`), kept for the two-variable group.
//!
//! The two ADBench objectives, with their inputs, hand-written gradients and
//! generic copies, are the modules [`gmm`] and [`lstm`], on data from [`Lcg`].
//!
//! With the `peers` feature, the module `peers` implements [`Real`] for the scalar
//! types of `num-dual`, `reverse`, `echidna`, `easy-ml` and `ad_trait`; the
//! benchmark `benches/gradients.rs` needs it. Without it this crate depends on
//! `autodiff` alone, so `cargo test --workspace` builds no other AD crate.

#![warn(missing_docs)]

use autodiff::differentiate;
use std::ops::{Add, Div, Mul, Neg, Sub};

pub mod gmm;
pub mod lstm;
pub mod parallel;
#[cfg(feature = "peers")]
pub mod peers;

// ---------------------------------------------------------------------------
// Deterministic data
// ---------------------------------------------------------------------------

/// A 64-bit linear congruential generator (Knuth's MMIX constants), for the
/// data of the ADBench objectives: a fixed seed gives the same instance on
/// every machine, with no data files and no `rand` dependency.
#[derive(Clone, Debug)]
pub struct Lcg(u64);

impl Lcg {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Lcg(seed)
    }

    /// The next state, as 64 raw bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0
    }

    /// Uniform on `[0, 1)`, from the 53 high bits.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal, by the Box–Muller transform (one of the pair).
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform(); // in (0, 1]
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

// ---------------------------------------------------------------------------
// The scalar trait of the generic copies
// ---------------------------------------------------------------------------

/// What the generic copies of the bodies need from a scalar: arithmetic with
/// itself and with `f64` on the right, and the float methods the five
/// functions use.
pub trait Real:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + Add<f64, Output = Self>
    + Sub<f64, Output = Self>
    + Mul<f64, Output = Self>
    + Div<f64, Output = Self>
{
    /// Natural logarithm.
    fn ln(self) -> Self;
    /// Sine.
    fn sin(self) -> Self;
    /// Hyperbolic tangent.
    fn tanh(self) -> Self;
    /// Exponential.
    fn exp(self) -> Self;
    /// The larger of `self` and `other` (`f64::max`; which of two equal
    /// values is returned is the crate's choice).
    fn max(self, other: Self) -> Self;
    /// `1 / self`.
    fn recip(self) -> Self;
    /// The constant 0, usable with `self`. A constant that records nothing
    /// where the crate has such constants; a leaf on `self`'s tape for
    /// `reverse`, which has none.
    fn zero_like(self) -> Self;
}

impl Real for f64 {
    #[inline(always)]
    fn ln(self) -> Self {
        f64::ln(self)
    }
    #[inline(always)]
    fn sin(self) -> Self {
        f64::sin(self)
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        f64::tanh(self)
    }
    #[inline(always)]
    fn exp(self) -> Self {
        f64::exp(self)
    }
    #[inline(always)]
    fn max(self, other: Self) -> Self {
        f64::max(self, other)
    }
    #[inline(always)]
    fn recip(self) -> Self {
        f64::recip(self)
    }
    #[inline(always)]
    fn zero_like(self) -> Self {
        0.0
    }
}

// ---------------------------------------------------------------------------
// seed2: ln x1 + x1 x2 - sin x2 at (2, 5)
// ---------------------------------------------------------------------------

/// The input of `seed2`: `(x1, x2) = (2, 5)`.
pub fn seed2_input() -> (f64, f64) {
    (2.0, 5.0)
}

/// `ln x1 + x1·x2 − sin x2`.
#[differentiate]
pub fn seed2(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

/// Hand-written gradient of [`seed2`].
#[inline]
pub fn seed2_hand(x1: f64, x2: f64) -> (f64, (f64, f64)) {
    let (s, c) = x2.sin_cos();
    let y = x1.ln() + x1 * x2 - s;
    (y, (x1.recip() + x2, x1 - c))
}

/// Same body as [`seed2`], over [`Real`].
#[inline]
pub fn seed2_generic<T: Real>(x1: T, x2: T) -> T {
    x1.ln() + x1 * x2 - x2.sin()
}

// ---------------------------------------------------------------------------
// rosen_N: sum_{i<N-1} 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2
// ---------------------------------------------------------------------------

/// The input of `rosen_N`: `x[i] = 0.6 + 0.5 sin(0.37 i + 0.1)`.
pub fn rosen_input(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| 0.6 + 0.5 * (0.37 * i as f64 + 0.1).sin())
        .collect()
}

/// The Rosenbrock function of `x.len()` variables (`(x − 1)²` is written for
/// `(1 − x)²`, the same value bit for bit).
#[differentiate]
pub fn rosen(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = x[i] - 1.0;
        s += a * a * 100.0 + b * b;
    }
    s
}

/// Hand-written gradient of [`rosen`]. Term `i` adds to `g[i]` and
/// `g[i + 1]`; the share of `g[i + 1]` is carried in a local to the next
/// iteration rather than added in memory, which is 4× faster than
/// `g[i + 1] += ...` (a read-modify-write of what the previous iteration just
/// stored).
pub fn rosen_hand(x: &[f64]) -> (f64, Vec<f64>) {
    let n = x.len();
    let mut g = vec![0.0; n];
    let mut s = 0.0;
    let mut carry = 0.0;
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = x[i] - 1.0;
        s += a * a * 100.0 + b * b;
        g[i] = carry + (b * 2.0 - a * x[i] * 400.0);
        carry = a * 200.0;
    }
    g[n - 1] = carry;
    (s, g)
}

/// Same body as [`rosen`], over [`Real`].
pub fn rosen_generic<T: Real>(x: &[T]) -> T {
    let n = x.len();
    let mut s = x[0].zero_like(); // GENERIC: `0.0`
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = x[i] - 1.0;
        s = s + (a * a * 100.0 + b * b); // GENERIC: `+=`
    }
    s
}

/// `rosen` of two variables as scalars: same terms as `rosen(&[x0, x1])`,
/// without the slice (whose gradient is a `Vec`), for the `rosen_2` group.
#[differentiate]
pub fn rosen2(x0: f64, x1: f64) -> f64 {
    let a = x1 - x0 * x0;
    let b = x0 - 1.0;
    a * a * 100.0 + b * b
}

/// Hand-written gradient of [`rosen2`].
#[inline]
pub fn rosen2_hand(x0: f64, x1: f64) -> (f64, (f64, f64)) {
    let a = x1 - x0 * x0;
    let b = x0 - 1.0;
    let y = a * a * 100.0 + b * b;
    (y, (b * 2.0 - a * x0 * 400.0, a * 200.0))
}

// ---------------------------------------------------------------------------
// mlp: 2-16-16-1, tanh hidden layers, mean squared error over 64 samples
// ---------------------------------------------------------------------------

/// Number of weights of the MLP: 2·16 + 16 + 16·16 + 16 + 16 + 1.
pub const MLP_WEIGHTS: usize = 337;
/// Number of training samples of the MLP.
pub const MLP_SAMPLES: usize = 64;

// Weight layout: w1[j][k] at j*2 + k (32), b1[j] at 32 + j (16),
// w2[j][k] at 48 + j*16 + k (256), b2[j] at 304 + j (16), w3[k] at 320 + k
// (16), b3 at 336.

/// The weights at which `mlp` is differentiated: `0.4 sin(1.7 i + 0.3)`.
pub fn mlp_input() -> Vec<f64> {
    (0..MLP_WEIGHTS)
        .map(|i| 0.4 * (1.7 * i as f64 + 0.3).sin())
        .collect()
}

/// Sample `s` of the MLP's training set: inputs on a scrambled grid of
/// `[-1, 1)²`, target `x0 x1 − 0.3 x0 + 0.1`. The bodies compute the samples
/// inline (integer arithmetic, no differentiable value); this function is
/// for tests and documentation.
pub fn mlp_sample(s: usize) -> ([f64; 2], f64) {
    let x0 = ((s * 37) % 64) as f64 / 32.0 - 1.0;
    let x1 = ((s * 11 + 5) % 64) as f64 / 32.0 - 1.0;
    ([x0, x1], x0 * x1 - x0 * 0.3 + 0.1)
}

/// Mean squared error of the MLP 2-16-16-1 with weights `w` over the 64
/// samples of [`mlp_sample`].
#[differentiate]
pub fn mlp(w: &[f64]) -> f64 {
    let mut loss = 0.0;
    for s in 0..MLP_SAMPLES {
        let x0 = ((s * 37) % 64) as f64 / 32.0 - 1.0;
        let x1 = ((s * 11 + 5) % 64) as f64 / 32.0 - 1.0;
        let target = x0 * x1 - x0 * 0.3 + 0.1;
        let mut h1 = [0.0; 16];
        for j in 0..16 {
            h1[j] = (w[j * 2] * x0 + w[j * 2 + 1] * x1 + w[32 + j]).tanh();
        }
        let mut h2 = [0.0; 16];
        for j in 0..16 {
            let mut z = w[304 + j];
            for k in 0..16 {
                z += w[48 + j * 16 + k] * h1[k];
            }
            h2[j] = z.tanh();
        }
        let mut out = w[336];
        for k in 0..16 {
            out += w[320 + k] * h2[k];
        }
        let d = out - target;
        loss += d * d;
    }
    loss / 64.0
}

/// Hand-written gradient of [`mlp`]: backpropagation, sample by sample.
pub fn mlp_hand(w: &[f64]) -> (f64, Vec<f64>) {
    let mut g = vec![0.0; w.len()];
    let mut loss = 0.0;
    for s in 0..MLP_SAMPLES {
        let x0 = ((s * 37) % 64) as f64 / 32.0 - 1.0;
        let x1 = ((s * 11 + 5) % 64) as f64 / 32.0 - 1.0;
        let target = x0 * x1 - x0 * 0.3 + 0.1;
        let mut h1 = [0.0; 16];
        for j in 0..16 {
            h1[j] = (w[j * 2] * x0 + w[j * 2 + 1] * x1 + w[32 + j]).tanh();
        }
        let mut h2 = [0.0; 16];
        for j in 0..16 {
            let mut z = w[304 + j];
            for k in 0..16 {
                z += w[48 + j * 16 + k] * h1[k];
            }
            h2[j] = z.tanh();
        }
        let mut out = w[336];
        for k in 0..16 {
            out += w[320 + k] * h2[k];
        }
        let d = out - target;
        loss += d * d;

        // Backward: d loss / d out = 2 d / 64.
        let dout = d * (2.0 / 64.0);
        g[336] += dout;
        let mut dz2 = [0.0; 16];
        for k in 0..16 {
            g[320 + k] += dout * h2[k];
            dz2[k] = dout * w[320 + k] * (1.0 - h2[k] * h2[k]);
        }
        let mut dh1 = [0.0; 16];
        for j in 0..16 {
            g[304 + j] += dz2[j];
            for k in 0..16 {
                g[48 + j * 16 + k] += dz2[j] * h1[k];
                dh1[k] += dz2[j] * w[48 + j * 16 + k];
            }
        }
        for j in 0..16 {
            let dz1 = dh1[j] * (1.0 - h1[j] * h1[j]);
            g[j * 2] += dz1 * x0;
            g[j * 2 + 1] += dz1 * x1;
            g[32 + j] += dz1;
        }
    }
    (loss / 64.0, g)
}

/// Same body as [`mlp`], over [`Real`].
pub fn mlp_generic<T: Real>(w: &[T]) -> T {
    let mut loss = w[0].zero_like(); // GENERIC: `0.0`
    for s in 0..MLP_SAMPLES {
        let x0 = ((s * 37) % 64) as f64 / 32.0 - 1.0;
        let x1 = ((s * 11 + 5) % 64) as f64 / 32.0 - 1.0;
        let target = x0 * x1 - x0 * 0.3 + 0.1;
        let mut h1 = [w[0]; 16]; // GENERIC: `[0.0; 16]`, every element is overwritten
        for j in 0..16 {
            h1[j] = (w[j * 2] * x0 + w[j * 2 + 1] * x1 + w[32 + j]).tanh();
        }
        let mut h2 = [w[0]; 16]; // GENERIC: `[0.0; 16]`, every element is overwritten
        for j in 0..16 {
            let mut z = w[304 + j];
            for k in 0..16 {
                z = z + w[48 + j * 16 + k] * h1[k]; // GENERIC: `+=`
            }
            h2[j] = z.tanh();
        }
        let mut out = w[336];
        for k in 0..16 {
            out = out + w[320 + k] * h2[k]; // GENERIC: `+=`
        }
        let d = out - target;
        loss = loss + d * d; // GENERIC: `+=`
    }
    loss / 64.0
}

// ---------------------------------------------------------------------------
// lj: Lennard-Jones energy of 64 particles, all pairs
// ---------------------------------------------------------------------------

/// Number of particles of `lj`.
pub const LJ_PARTICLES: usize = 64;

/// The positions of `lj`, `[x0, y0, z0, x1, ...]`: a 4×4×4 lattice of
/// spacing 1.2, each coordinate moved by `0.08 sin(1.3 m + 0.5)` (`m` its
/// index in the vector).
pub fn lj_input() -> Vec<f64> {
    let mut pos = Vec::with_capacity(3 * LJ_PARTICLES);
    for a in 0..4 {
        for b in 0..4 {
            for c in 0..4 {
                for site in [a, b, c] {
                    let m = pos.len() as f64;
                    pos.push(1.2 * site as f64 + 0.08 * (1.3 * m + 0.5).sin());
                }
            }
        }
    }
    pos
}

/// Lennard-Jones energy (ε = σ = 1) of the particles at `pos`, all pairs
/// `i < j`: `Σ 4 (r⁻¹² − r⁻⁶)`.
#[differentiate]
pub fn lj(pos: &[f64]) -> f64 {
    let n = pos.len() / 3;
    let mut e = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            let dx = pos[3 * i] - pos[3 * j];
            let dy = pos[3 * i + 1] - pos[3 * j + 1];
            let dz = pos[3 * i + 2] - pos[3 * j + 2];
            let s2 = (dx * dx + dy * dy + dz * dz).recip();
            let s6 = s2 * s2 * s2;
            e += (s6 * s6 - s6) * 4.0;
        }
    }
    e
}

/// Hand-written gradient of [`lj`]: pairwise forces, particle `i`'s
/// gradient summed in locals over the inner loop (same order of additions as
/// summing it in `g`).
pub fn lj_hand(pos: &[f64]) -> (f64, Vec<f64>) {
    let n = pos.len() / 3;
    let mut g = vec![0.0; pos.len()];
    let mut e = 0.0;
    for i in 0..n {
        let (xi, yi, zi) = (pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]);
        let (mut gx, mut gy, mut gz) = (g[3 * i], g[3 * i + 1], g[3 * i + 2]);
        for j in i + 1..n {
            let dx = xi - pos[3 * j];
            let dy = yi - pos[3 * j + 1];
            let dz = zi - pos[3 * j + 2];
            let s2 = (dx * dx + dy * dy + dz * dz).recip();
            let s6 = s2 * s2 * s2;
            e += (s6 * s6 - s6) * 4.0;
            // dE/d(r²) = −(24 s¹² − 12 s⁶) / r², and d(r²)/d(dx) = 2 dx.
            let f = (s6 * s6 * 48.0 - s6 * 24.0) * s2;
            let (fx, fy, fz) = (f * dx, f * dy, f * dz);
            gx -= fx;
            gy -= fy;
            gz -= fz;
            g[3 * j] += fx;
            g[3 * j + 1] += fy;
            g[3 * j + 2] += fz;
        }
        g[3 * i] = gx;
        g[3 * i + 1] = gy;
        g[3 * i + 2] = gz;
    }
    (e, g)
}

/// Same body as [`lj`], over [`Real`].
pub fn lj_generic<T: Real>(pos: &[T]) -> T {
    let n = pos.len() / 3;
    let mut e = pos[0].zero_like(); // GENERIC: `0.0`
    for i in 0..n {
        for j in i + 1..n {
            let dx = pos[3 * i] - pos[3 * j];
            let dy = pos[3 * i + 1] - pos[3 * j + 1];
            let dz = pos[3 * i + 2] - pos[3 * j + 2];
            let s2 = (dx * dx + dy * dy + dz * dz).recip();
            let s6 = s2 * s2 * s2;
            e = e + (s6 * s6 - s6) * 4.0; // GENERIC: `+=`
        }
    }
    e
}

// ---------------------------------------------------------------------------
// ode: damped driven pendulum, RK4
// ---------------------------------------------------------------------------

/// Number of RK4 steps of `ode`.
pub const ODE_STEPS: usize = 200;
/// Step of `ode`.
pub const ODE_H: f64 = 0.05;

/// The parameters at which `ode` is differentiated: `(k, c, a) = (4, 0.3, 0.5)`.
pub fn ode_input() -> (f64, f64, f64) {
    (4.0, 0.3, 0.5)
}

/// `θ_T² + ω_T²` after 200 RK4 steps of `h = 0.05` of
/// `θ'' = −k sin θ − c θ' + a` from `θ = 1, ω = 0`.
#[differentiate]
pub fn ode(k: f64, c: f64, a: f64) -> f64 {
    let h = ODE_H;
    let mut th: f64 = 1.0;
    let mut om: f64 = 0.0;
    for _ in 0..ODE_STEPS {
        let k1t = om;
        let k1o = -k * th.sin() - c * om + a;
        let t2 = th + k1t * (h * 0.5);
        let o2 = om + k1o * (h * 0.5);
        let k2t = o2;
        let k2o = -k * t2.sin() - c * o2 + a;
        let t3 = th + k2t * (h * 0.5);
        let o3 = om + k2o * (h * 0.5);
        let k3t = o3;
        let k3o = -k * t3.sin() - c * o3 + a;
        let t4 = th + k3t * h;
        let o4 = om + k3o * h;
        let k4t = o4;
        let k4o = -k * t4.sin() - c * o4 + a;
        th += (k1t + k2t * 2.0 + k3t * 2.0 + k4t) * (h / 6.0);
        om += (k1o + k2o * 2.0 + k3o * 2.0 + k4o) * (h / 6.0);
    }
    th * th + om * om
}

/// Hand-written gradient of [`ode`]: the discrete adjoint of the RK4 loop.
/// The forward sweep stores, per step and stage, `sin θ`, `cos θ` and `ω` of
/// the stage; the backward sweep runs the adjoint of each step from the last.
pub fn ode_hand(k: f64, c: f64, a: f64) -> (f64, (f64, f64, f64)) {
    let h = ODE_H;
    // Per step: [sin t_s, cos t_s, o_s] for stages s = 1..4.
    let mut stages: Vec<[[f64; 3]; 4]> = Vec::with_capacity(ODE_STEPS);
    let mut th: f64 = 1.0;
    let mut om: f64 = 0.0;
    for _ in 0..ODE_STEPS {
        let (s1, c1) = th.sin_cos();
        let k1t = om;
        let k1o = -k * s1 - c * om + a;
        let t2 = th + k1t * (h * 0.5);
        let o2 = om + k1o * (h * 0.5);
        let (s2, c2) = t2.sin_cos();
        let k2t = o2;
        let k2o = -k * s2 - c * o2 + a;
        let t3 = th + k2t * (h * 0.5);
        let o3 = om + k2o * (h * 0.5);
        let (s3, c3) = t3.sin_cos();
        let k3t = o3;
        let k3o = -k * s3 - c * o3 + a;
        let t4 = th + k3t * h;
        let o4 = om + k3o * h;
        let (s4, c4) = t4.sin_cos();
        let k4t = o4;
        let k4o = -k * s4 - c * o4 + a;
        stages.push([[s1, c1, om], [s2, c2, o2], [s3, c3, o3], [s4, c4, o4]]);
        th += (k1t + k2t * 2.0 + k3t * 2.0 + k4t) * (h / 6.0);
        om += (k1o + k2o * 2.0 + k3o * 2.0 + k4o) * (h / 6.0);
    }
    let y = th * th + om * om;

    // Adjoints of θ, ω and of the parameters.
    let (mut bt, mut bo) = (th * 2.0, om * 2.0);
    let (mut bk, mut bc, mut ba) = (0.0, 0.0, 0.0);
    for st in stages.iter().rev() {
        // θ' = θ + h/6 (k1t + 2 k2t + 2 k3t + k4t), likewise ω'.
        let mut bkt = [
            bt * (h / 6.0),
            bt * (h / 3.0),
            bt * (h / 3.0),
            bt * (h / 6.0),
        ];
        let mut bko = [
            bo * (h / 6.0),
            bo * (h / 3.0),
            bo * (h / 3.0),
            bo * (h / 6.0),
        ];
        // Stages 4, 3, 2: k_s = f(t_s, o_s) with t_s = θ + m k_{s-1}t, o_s = ω + m k_{s-1}o.
        for s in (1..4).rev() {
            let [sin_t, cos_t, o] = st[s];
            let gbar = bko[s];
            bk -= gbar * sin_t;
            bc -= gbar * o;
            ba += gbar;
            let b_ts = -gbar * k * cos_t;
            let b_os = -gbar * c + bkt[s];
            let m = if s == 3 { h } else { h * 0.5 };
            bt += b_ts;
            bo += b_os;
            bkt[s - 1] += b_ts * m;
            bko[s - 1] += b_os * m;
        }
        // Stage 1: t_1 = θ, o_1 = ω.
        let [sin_t, cos_t, o] = st[0];
        let gbar = bko[0];
        bk -= gbar * sin_t;
        bc -= gbar * o;
        ba += gbar;
        bt += -gbar * k * cos_t;
        bo += -gbar * c + bkt[0];
    }
    (y, (bk, bc, ba))
}

/// Same body as [`ode`], over [`Real`].
pub fn ode_generic<T: Real>(k: T, c: T, a: T) -> T {
    let h = ODE_H;
    let mut th = k.zero_like() + 1.0; // GENERIC: `1.0`
    let mut om = k.zero_like(); // GENERIC: `0.0`
    for _ in 0..ODE_STEPS {
        let k1t = om;
        let k1o = -k * th.sin() - c * om + a;
        let t2 = th + k1t * (h * 0.5);
        let o2 = om + k1o * (h * 0.5);
        let k2t = o2;
        let k2o = -k * t2.sin() - c * o2 + a;
        let t3 = th + k2t * (h * 0.5);
        let o3 = om + k2o * (h * 0.5);
        let k3t = o3;
        let k3o = -k * t3.sin() - c * o3 + a;
        let t4 = th + k3t * h;
        let o4 = om + k3o * h;
        let k4t = o4;
        let k4o = -k * t4.sin() - c * o4 + a;
        th = th + (k1t + k2t * 2.0 + k3t * 2.0 + k4t) * (h / 6.0); // GENERIC: `+=`
        om = om + (k1o + k2o * 2.0 + k3o * 2.0 + k4o) * (h / 6.0); // GENERIC: `+=`
    }
    th * th + om * om
}

// ---------------------------------------------------------------------------
// Finite differences and comparisons
// ---------------------------------------------------------------------------

/// Value and gradient of `f` at `x` by central differences: `2n + 1` calls
/// of `f`, step `6e-6 · max(1, |x_i|)` (about the cube root of the machine
/// epsilon, which balances truncation and rounding).
pub fn fd_central(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> (f64, Vec<f64>) {
    let y = f(x);
    let mut xs = x.to_vec();
    let mut g = vec![0.0; x.len()];
    for i in 0..x.len() {
        let h = 6e-6 * x[i].abs().max(1.0);
        xs[i] = x[i] + h;
        let up = f(&xs);
        xs[i] = x[i] - h;
        let down = f(&xs);
        xs[i] = x[i];
        g[i] = (up - down) / (2.0 * h);
    }
    (y, g)
}

/// [`fd_central`] for a fixed number of inputs, without allocating.
#[inline]
pub fn fd_central_n<const N: usize>(f: impl Fn([f64; N]) -> f64, x: [f64; N]) -> (f64, [f64; N]) {
    let y = f(x);
    let mut g = [0.0; N];
    for i in 0..N {
        let h = 6e-6 * x[i].abs().max(1.0);
        let mut xs = x;
        xs[i] = x[i] + h;
        let up = f(xs);
        xs[i] = x[i] - h;
        let down = f(xs);
        g[i] = (up - down) / (2.0 * h);
    }
    (y, g)
}

/// Central differences of `f` at `x` in the coordinates `coords` only, with
/// the step of [`fd_central`]: for functions with too many inputs for a full
/// finite-difference gradient, a check on a sample of them.
pub fn fd_coordinates(f: impl Fn(&[f64]) -> f64, x: &[f64], coords: &[usize]) -> Vec<f64> {
    let mut xs = x.to_vec();
    coords
        .iter()
        .map(|&i| {
            let h = 6e-6 * x[i].abs().max(1.0);
            xs[i] = x[i] + h;
            let up = f(&xs);
            xs[i] = x[i] - h;
            let down = f(&xs);
            xs[i] = x[i];
            (up - down) / (2.0 * h)
        })
        .collect()
}

/// `max_c |g_c − g_ref[coords_c]| / max_i |g_ref_i|`: the error of a gradient
/// known only in the coordinates `coords` (from [`fd_coordinates`]), relative
/// to the reference's largest component, as in [`rel_err`].
pub fn rel_err_at(g: &[f64], g_ref: &[f64], coords: &[usize]) -> f64 {
    if g.len() != coords.len() || g.iter().any(|v| !v.is_finite()) {
        return f64::INFINITY;
    }
    let scale = g_ref
        .iter()
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let e = g
        .iter()
        .zip(coords)
        .fold(0.0_f64, |m, (a, &i)| m.max((a - g_ref[i]).abs()));
    e / scale
}

/// Relative error of a value and gradient `(y, g)` against a reference
/// `(y_ref, g_ref)`: the larger of `|y − y_ref| / |y_ref|` and
/// `max_i |g_i − g_ref_i| / max_i |g_ref_i|` (the gradient's error relative
/// to its largest component). Infinite when the lengths differ or a value
/// is not finite.
pub fn rel_err(y: f64, g: &[f64], y_ref: f64, g_ref: &[f64]) -> f64 {
    if g.len() != g_ref.len() || !y.is_finite() || g.iter().any(|v| !v.is_finite()) {
        return f64::INFINITY;
    }
    let ey = (y - y_ref).abs() / y_ref.abs().max(f64::MIN_POSITIVE);
    let scale = g_ref
        .iter()
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let eg = g
        .iter()
        .zip(g_ref)
        .fold(0.0_f64, |m, (a, b)| m.max((a - b).abs()));
    ey.max(eg / scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(what: &str, got: (f64, Vec<f64>), want: (f64, Vec<f64>), tol: f64) {
        let e = rel_err(got.0, &got.1, want.0, &want.1);
        assert!(
            e <= tol,
            "{what}: relative error {e:e} > {tol:e}\n got {got:?}\nwant {want:?}"
        );
    }

    #[test]
    fn seed2_hand_matches_fd_and_macro() {
        let (x1, x2) = seed2_input();
        let (y, (d1, d2)) = seed2_hand(x1, x2);
        let fd = fd_central(|v| seed2(v[0], v[1]), &[x1, x2]);
        assert_close("seed2 hand vs fd", (y, vec![d1, d2]), fd, 1e-8);
        let (ya, (a1, a2)) = seed2_grad(x1, x2);
        assert_close(
            "seed2 autodiff vs hand",
            (ya, vec![a1, a2]),
            (y, vec![d1, d2]),
            1e-14,
        );
        assert_eq!(seed2_generic(x1, x2), seed2(x1, x2));
    }

    #[test]
    fn rosen_hand_matches_fd() {
        for n in [2, 3, 100] {
            let x = rosen_input(n);
            assert_close(
                "rosen hand vs fd",
                rosen_hand(&x),
                fd_central(rosen, &x),
                1e-8,
            );
            assert_eq!(rosen_generic(&x), rosen(&x));
        }
        // The 10 000-variable input: value and generic copy only (fd is slow in debug).
        let x = rosen_input(10_000);
        assert_eq!(rosen_hand(&x).0, rosen(&x));
        assert_eq!(rosen_generic(&x), rosen(&x));
    }

    #[test]
    fn rosen2_is_rosen_of_two() {
        let x = rosen_input(2);
        assert_eq!(rosen2(x[0], x[1]), rosen(&x));
        let (y, (d0, d1)) = rosen2_hand(x[0], x[1]);
        assert_close(
            "rosen2 hand vs rosen hand",
            (y, vec![d0, d1]),
            rosen_hand(&x),
            0.0,
        );
        let (ya, (a0, a1)) = rosen2_grad(x[0], x[1]);
        assert_close(
            "rosen2 autodiff vs hand",
            (ya, vec![a0, a1]),
            (y, vec![d0, d1]),
            1e-14,
        );
    }

    #[test]
    fn mlp_hand_matches_fd() {
        let w = mlp_input();
        assert_eq!(w.len(), MLP_WEIGHTS);
        let (y, g) = mlp_hand(&w);
        assert_eq!(y, mlp(&w));
        assert!(y > 1e-3 && y < 10.0, "loss {y}");
        assert!(g.iter().all(|v| *v != 0.0), "a weight has no gradient");
        assert_close("mlp hand vs fd", (y, g), fd_central(mlp, &w), 1e-7);
        assert_eq!(mlp_generic(&w), mlp(&w));
        // The samples the bodies compute inline are those of `mlp_sample`.
        let ([x0, x1], t) = mlp_sample(5);
        assert_eq!((x0, x1), (((5 * 37) % 64) as f64 / 32.0 - 1.0, 0.875));
        assert_eq!(t, x0 * x1 - x0 * 0.3 + 0.1);
    }

    #[test]
    fn lj_hand_matches_fd() {
        let pos = lj_input();
        assert_eq!(pos.len(), 3 * LJ_PARTICLES);
        let (e, g) = lj_hand(&pos);
        assert_eq!(e, lj(&pos));
        assert!(e.is_finite() && e < 0.0, "energy {e}");
        assert_close("lj hand vs fd", (e, g), fd_central(lj, &pos), 1e-7);
        assert_eq!(lj_generic(&pos), lj(&pos));
    }

    #[test]
    fn ode_hand_matches_fd() {
        let (k, c, a) = ode_input();
        let (y, (dk, dc, da)) = ode_hand(k, c, a);
        assert_eq!(y, ode(k, c, a));
        let fd = fd_central(|p| ode(p[0], p[1], p[2]), &[k, c, a]);
        assert_close("ode hand vs fd", (y, vec![dk, dc, da]), fd.clone(), 1e-7);
        let (yn, gn) = fd_central_n(|p| ode(p[0], p[1], p[2]), [k, c, a]);
        assert_eq!((yn, gn.to_vec()), fd);
        assert_eq!(ode_generic(k, c, a), ode(k, c, a));
    }

    #[test]
    fn rosen_autodiff_matches_hand() {
        for n in [2, 3, 100, 10_000] {
            let x = rosen_input(n);
            assert_close(
                "rosen autodiff vs hand",
                rosen_grad(&x),
                rosen_hand(&x),
                1e-12,
            );
        }
    }

    #[test]
    fn mlp_autodiff_matches_hand() {
        let w = mlp_input();
        assert_close("mlp autodiff vs hand", mlp_grad(&w), mlp_hand(&w), 1e-12);
    }

    #[test]
    fn lj_autodiff_matches_hand() {
        let pos = lj_input();
        assert_close("lj autodiff vs hand", lj_grad(&pos), lj_hand(&pos), 1e-12);
    }

    #[test]
    fn ode_autodiff_matches_hand() {
        let (k, c, a) = ode_input();
        let (y, (dk, dc, da)) = ode_grad(k, c, a);
        let (yh, (hk, hc, ha)) = ode_hand(k, c, a);
        assert_close(
            "ode autodiff vs hand",
            (y, vec![dk, dc, da]),
            (yh, vec![hk, hc, ha]),
            1e-12,
        );
    }

    #[test]
    fn rel_err_flags_differences() {
        assert_eq!(rel_err(1.0, &[1.0, 2.0], 1.0, &[1.0, 2.0]), 0.0);
        assert!((rel_err(1.0, &[1.0, 2.1], 1.0, &[1.0, 2.0]) - 0.05).abs() < 1e-12);
        assert_eq!(rel_err(1.0, &[1.0], 1.0, &[1.0, 2.0]), f64::INFINITY);
        assert_eq!(rel_err(f64::NAN, &[1.0], 1.0, &[1.0]), f64::INFINITY);
    }
}
