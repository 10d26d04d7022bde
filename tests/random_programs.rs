//! Random programs compiled for real through `#[differentiate]` (issues 8
//! and 13): the emit stage on programs nobody wrote by hand. Each comes
//! from the random-program grammar of the macro crate's differential tests
//! (`autodiff-macro/src/fuzz/grammar.rs`), with a fixed seed: a function
//! with the `const` and `static` items it reads and the annotated helpers
//! it calls (free, in a module, associated and methods of `Params`), in
//! `f64` or `f32`. A program was kept only if the interpreter checked it in
//! full at the test point (no branch switch within the difference step, no
//! huge values); one that hits a known bug is written with that bug's
//! workaround (see `KNOWN_BUGS` in `autodiff-macro/src/fuzz/differential.rs`).
//!
//! For each program, at its point, the test checks that
//!
//! - the value of `_grad` is the original function's;
//! - each gradient component from `_grad` equals `_jvp` along that unit
//!   tangent, to 1e-10 relative (2e-3 for `f32` programs);
//! - the gradient passes `autodiff::check_gradient` at 1e-6 (central
//!   differences; the generator kept only functions that pass at 1e-7;
//!   not for `f32` programs, whose finite differences in `f32` the
//!   generator checked instead);
//! - value and gradient equal what the macro crate's IR interpreter
//!   computed for the same program, to 1e-12 relative (the emitted code
//!   means what the IR means).
//!
//! `random_programs_bits` (ignored; `.ci/run` runs it) prints every value
//! and derivative as bits, or compares them with a file of bits: `.ci/run`
//! writes them from the debug build and compares the release build's with
//! them, which must be identical. Every argument passes through
//! `black_box`, so that the optimiser cannot fold the calls on the test's
//! constants: it folds `powi` of a constant with `pow`, which rounds
//! differently from the `powi` of the run time (`f64::powi` documents its
//! precision as unspecified), and the two builds would differ where the
//! code they compile does not.
//!
//! GENERATED FILE, do not edit. Regenerate with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```

#![allow(unused, clippy::all)]

use autodiff::{check_gradient, differentiate};
use std::hint::black_box;

pub struct Params {
    pub k: f64,
    pub w: [f64; 3],
    pub n: usize,
}

#[derive(Clone, Copy, Debug)]
pub enum Rp00Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP00_K0: f64 = 2.0;
static RP00_K1: [f64; 3] = [0.5, 1.5, 0.25];
static RP00_K2: usize = 3;
const RP00_K3: f64 = 1.5;
#[differentiate(wrt(a))]
fn rp00(a: f64, b: f64, c: f64, x: &[f64; 4]) -> f64 {
    let mut v1: f64 = (-1.25);
    let mut v2 = RP00_K0.round_ties_even();
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        RP00_K1
            .iter()
            .for_each(|&zv1| v1 += zv1 * RP00_K1[i4].div_euclid(a * a + 0.5));
        for (zp2, zq3) in RP00_K1.iter().zip(RP00_K1.iter()) {
            let pk6 = Rp00Act::Softplus { beta: 0.25 };
            let pm5: f64 = match pk6 {
                Rp00Act::Relu => f64::max(((RP00_K1[i4] * RP00_K1[i4] + 0.5).cbrt()), 0.0),
                Rp00Act::Leaky(slope) => slope * ((RP00_K1[i4] * RP00_K1[i4] + 0.5).cbrt()),
                Rp00Act::Softplus { beta } => {
                    f64::ln_1p(f64::exp(beta * ((RP00_K1[i4] * RP00_K1[i4] + 0.5).cbrt()))) / beta
                }
            };
            v1 += pm5;
            v1 /= c * c + 1.0;
        }
        v1 -= (v1 - v2.round_ties_even());
    }
    let mut v7 = ((a * std::f64::consts::PI.asinh()) + a);
    v2 /= (3.0 + (RP00_K2 as f64)) * (3.0 + (RP00_K2 as f64)) + 1.0;
    b.mul_add(2.0, v2) + v1 + v2 + v7
}

static RP01_K0: usize = 3;
const RP01_K1: f64 = (-1.25);
const RP01_K2: usize = 3;
static RP01_K3: f64 = 3.0;
#[differentiate]
fn rp01(a: f64, b: f64, c: f64, x: &[f64], q: bool) -> f64 {
    let mut v1 = (RP01_K2 as f64);
    let mut v2 = (x.iter().copied().rev().map(|zv1| zv1 * 2.0).sum::<f64>());
    let v3: f64 = (a * a + 1.5).acosh();
    let mut v1 = x[1].cos().exp2();
    f64::clamp(c, -0.5, 0.75) + v1 + v2 + v3 + v1
}

static RP02_K0: i32 = 1;
const RP02_K1: usize = 2;
#[differentiate]
fn rp02_h0(s0: f64, y1: &[f64], y2: &[f64]) -> [f64; 3] {
    let mut arr1 = [0.0_f64; 3];
    let (v2, v3) = (y1[0], y1[0]);
    [
        (v3.powi(3)
            % ((std::f64::consts::FRAC_1_SQRT_2 + y2[1])
                * (std::f64::consts::FRAC_1_SQRT_2 + y2[1])
                + 0.5))
            + v2
            + v3
            + arr1[0]
            + arr1[1]
            + arr1[2],
        (if 1.5 < v3 { (RP02_K0 as f64) } else { arr1[1] }),
        (RP02_K0 as f64).round_ties_even(),
    ]
}
#[differentiate(wrt(a, b))]
fn rp02(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (((c) as f32).sin() as f64);
    let mut v2 = 1.5_f64.sin().exp();
    if a <= v1 {
    } else {
        v1 = 0.25;
        v2 = (x[1] / ((v2 + std::f64::consts::PI) * (v2 + std::f64::consts::PI) + 1.0));
        if c < b {
            if (5.0_f64.sqrt() - 2.0) <= (RP02_K1 as f64) {
                return (c + x[2]);
            }
        } else {
            v1 = x[x
                .iter()
                .position(|&zv3| (2.0 <= (RP02_K0 as f64) || 2.0 >= x[0]))
                .unwrap_or(0)];
        }
    }
    let pm3: f64 = match ((v2 + (-0.75)) < (x[1..].iter().map(|&zv4| zv4 * 1.5).sum::<f64>())
        || (2.0 * x[1]) > 3.0)
    {
        true => (f64::abs(x[1])),
        false => (b * (RP02_K0 as f64)),
    };
    v1 = 1.5;
    (x[2]
        % ((if ((f64::from(3u8) * 0.5) <= 1.5 || a <= x[3]) {
            x[1]
        } else {
            (RP02_K0 as f64)
        }) * (if ((f64::from(3u8) * 0.5) <= 1.5 || a <= x[3]) {
            x[1]
        } else {
            (RP02_K0 as f64)
        }) + 0.5))
        + v1
        + v2
        + pm3
}

static RP03_K0: [f64; 3] = [0.1, 1.5, 3.0];
const RP03_K1: [f64; 3] = [3.0, 1.5, 1.5];
static RP03_K2: i32 = -1;
#[differentiate(wrt(a, x))]
fn rp03(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = x[2].sin().exp_m1();
    let mut v2 = (p.n as f64);
    v1 -= v1.to_radians();
    let (v3, v4) = (f64::signum(c), f64::signum(c));
    v1 *= d.copysign(v3);
    let mut arr5 = [0.0_f64; 3];
    (if c > 2.0 { c } else { a }) + v1 + v2 + v3 + v4 + arr5[0] + arr5[1] + arr5[2]
}

const RP04_N: usize = 3;
#[differentiate]
fn rp04_h1([r, theta]: [f64; 2], y1: [f64; 3], s2: f64) -> (f64, f64) {
    if theta > (0.25 * r) {
        let r: f64 = (if ((5.0_f64.sqrt() - 2.0) < 0.25 || 0.1 < theta) {
            y1[1].round()
        } else {
            2.0
        });
    } else if y1[1].round_ties_even() > 2.0_f64.cos().exp2() {
        let mut v1 = (y1[2] * y1[2] + 0.5).cbrt();
        let (t3, ..): (f64, f64, f64) = (
            (y1[0]),
            ((theta * theta + 0.5).powf(0.25_f64.tanh())),
            (y1[1].cos().div_euclid(y1[1] * y1[1] + 0.5)),
        );
    } else {
        let mut v5: f64 = 0.25;
    }
    for i6 in 1..3 {}
    (
        (0.5 / (r * r + 1.0)),
        (y1.chunks(2)
            .map(|zw1| zw1[zw1.len() - 1] * (zw1.len() as f64) * 0.5 + zw1[0])
            .sum::<f64>()),
    )
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp04_h0(r0: &f64, r1: &f64) -> f64 {
        let mut v1 = 2.0_f64.max(0.25);
        f64::recip((0.5_f64 * 0.5_f64 + 1.0)) + v1
    }
}
#[differentiate]
fn rp04(a: f64, b: f64, c: f64, x: &[f64; RP04_N], q: bool, p: &Params) -> f64 {
    let mut v1 = (x.iter().map(|&zv1| zv1 * x[0]).product::<f64>());
    let mut v2 = (x[2] * x[2] + 0.5).powf(c.tanh());
    let mut v3 = (if v1 < x[1] {
        (if !(x[1]).is_nan() { p.k } else { p.k })
    } else {
        c
    });
    let mut v4 = (if b <= p.k {
        v1.mul_add(x[1], (-1.25))
    } else {
        p.w[1]
    });
    for i5 in 0..p.n {
        v3 -= (x[i5] % (x[0] * x[0] + 0.5));
    }
    let mut v6: f64 = (x[2] / (v3 * v3 + 1.0));
    {
        let pm8: f64 = match (p.n as usize * 1 + 0) {
            0 => (c - 0.25),
            1 | 2 => (x[1].div_euclid(x[1] * x[1] + 0.5)),
            4..=9 => {
                ((x.iter().take(2).map(|&zv3| zv3 * 3.0).sum::<f64>())
                    % (a.round_ties_even() * a.round_ties_even() + 0.5))
            }
            10.. => (c - 0.25) * (x[1].div_euclid(x[1] * x[1] + 0.5)),
            pn9 @ 1..=9 => {
                (pn9 as f64)
                    * ((x.iter().take(2).map(|&zv3| zv3 * 3.0).sum::<f64>())
                        % (a.round_ties_even() * a.round_ties_even() + 0.5))
            }
        };
        v1 += pm8;
        for i10 in 0..3 {
            v3 -= (x[0] - 2.0);
            v4 = 0.25;
        }
    }
    (x[1] / ((p.n as f64) * (p.n as f64) + 1.0)) + v1 + v2 + v3 + v4 + v6
}

static RP05_K0: f64 = 1.0;
#[differentiate]
fn rp05_h0(y0: &[f64]) -> f64 {
    {}
    for &zv1 in y0.iter().filter(|&&zv2| zv2 > 0.25) {
        let v1: f64 = if (0.0..).contains(&(zv1 * zv1)) || zv1.is_nan() {
            (RP05_K0 * RP05_K0 + 1.5).log(zv1 * zv1 + 2.0)
        } else {
            unreachable!()
        };
        let (v2, v3) = (
            f64::atan2(zv1, RP05_K0 * RP05_K0 + 0.5),
            f64::atan2(zv1, RP05_K0 * RP05_K0 + 0.5),
        );
    }
    0.1_f64.mul_add(std::f64::consts::FRAC_1_SQRT_2, 1.5)
}
#[differentiate(wrt(d, x))]
fn rp05(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (x[2] - x[1]);
    let mut v2 = (x
        .iter()
        .cloned()
        .enumerate()
        .map(|(zi2, zv1)| (zi2 as f64) * 0.5 + zv1 * (-1.25))
        .sum::<f64>());
    if 2.0 <= 2.0 {
        for &zv3 in x.iter().rev().take(2) {
            let v3: f64 = a.atan2(x[1] * x[1] + 0.5);
            debug_assert!(v3.abs() >= 0.0 || v3.is_nan(), "{} is a number", v3 * 2.0);
            let mut pb5 = None;
            for &t6 in x.iter() {
                if t6 > (c + 1.5) {
                    pb5 = Some(t6 * (x[2]));
                }
            }
            let pm4: f64 = pb5.unwrap_or((v3 - 1.5));
            v1 += pm4;
        }
        v1 = (v2 + x[0]);
    }
    let mut k7 = 0usize;
    loop {
        if k7 >= 3 {
            break;
        }
        let i8 = k7;
        k7 += 1;
        if (v2 > f64::mul_add(RP05_K0, x[0], d) && rp05_h0(x) > (a + x[i8])) {
            let mut t9 = (f64::rem_euclid(x[2], v1 * v1 + 0.5), RP05_K0);
        }
    }
    rp05_h0(x) + v1 + v2
}

static RP06_K0: f64 = 1.0;
static RP06_K1: usize = 2;
static RP06_K2: i32 = 1;
#[differentiate(wrt(a, b, c, x))]
fn rp06(a: f64, b: f64, c: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1 = (x[1] * (-c));
    let pq3: [[f64; 2]; 2] = [
        [
            (((RP06_K0) as f32).sin() as f64),
            (p.n as f64).mul_add(c, 2.0),
        ],
        [
            (x[0] / (2.0_f64.mul_add(0.5, b) * 2.0_f64.mul_add(0.5, b) + 1.0)),
            (((RP06_K0) as f32).sin() as f64),
        ],
    ];
    let [t4, [_, t5]] = pq3;
    let pm2: f64 = t4[1] * t5 + ((p.n as f64).mul_add(c, 2.0));
    #[checkpoint(every = 2)]
    for i8 in 0..2 {
        let mut pm9: f64 = (c - a);
        match (RP06_K1 as usize * 1 + 1) {
            0 => {
                pm9 += (x[1..]
                    .iter()
                    .rev()
                    .step_by(2)
                    .map(|&zv1| zv1 * pm2)
                    .product::<f64>())
            }
            1 | 2 => {
                pm9 *= ((c - (-0.75)).mul_add(((x.len() as f64) / (x[i8] * x[i8] + 1.0)), b.cos()))
            }
            4..=9 => {}
            pn10 => {
                pm9 -= (pn10 as f64)
                    * (x[1..]
                        .iter()
                        .rev()
                        .step_by(2)
                        .map(|&zv1| zv1 * pm2)
                        .product::<f64>())
            }
        }
        v1 += pm9;
        for i11 in 1..3 {}
    }
    f64::atan(pq3[1][1]) + v1 + t5 + pm2 + pq3[0][0] + pq3[0][1] + pq3[1][0] + pq3[1][1]
}

#[differentiate]
fn rp07(a: f64, b: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = (-a);
    let mut v2 = (a * a + 1.5).acosh();
    if v1 >= x[1].div_euclid(v1 * v1 + 0.5) {}
    for zv1 in x.iter().copied().step_by(2) {
        {
            let po4: Option<f64> = if x[2] > (3.0_f64 * 3.0_f64 + 1.0).recip() {
                Some((1.5_f64.atan()) * 2.0)
            } else {
                None
            };
            let pm3: f64 = po4.unwrap_or((-x[1])) + po4.unwrap_or_default();
            v1 += pm3;
            let po7: Option<f64> = if 1.0 >= v2 { Some((-1.25) * 2.0) } else { None };
            let Some(t8) = po7 else {
                continue;
            };
            let pm6: f64 = t8 * (x[1] + a);
            v1 += pm6;
        }
    }
    for (zi2, &zv3) in x.iter().enumerate().skip(1) {
        for i9 in (0..3).rev() {}
    }
    for zv4 in &x {
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            v2 *= (x[i11] - 1.5);
            let (v12, v13) = ((0.25 + p.k), (-x[i11]));
            v2 -= x.iter().fold(x[0], |zacc6, &zv5| zacc6 * 0.5 + zv5 * v13);
        }
        v2 += x[1];
    }
    (-(x[1] - (-1.25))) + v1 + v2
}

const RP08_K0: i32 = 2;
const RP08_K1: f64 = 3.0;
static RP08_K2: i32 = 0;
static RP08_K3: [f64; 3] = [1.0, 1.5, (-0.75)];
#[differentiate]
fn rp08_h0(y0: [f64; 3]) -> (f64, f64) {
    if !(y0[1] + RP08_K3[1]).is_nan() {
        let mut v1: f64 = (1.0 / (1.0 * 1.0 + 1.0));
    } else if RP08_K3[1] <= 1.0 {
        let v2 = 2.0_f64.tanh();
    } else {
        let mut v3 = f64::midpoint(1.0_f64, 1.5);
    }
    let (v4, v5): (f64, f64) = (1.5, 1.5);
    (
        (f64::from(3u8) * 0.5).round_ties_even() + v4 + v5,
        v4.to_radians(),
    )
}
#[differentiate]
fn rp08(a: f64, b: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (a * (RP08_K1 + RP08_K3[0]));
    {
        if (x[1] < a && 2.0_f64.tanh().to_degrees() > (p.k * p.k + 1.0).ln()) {}
    }
    let mut pb3 = None;
    for &t4 in x.iter() {
        if t4 > (-x[1]) {
            pb3 = Some(t4 * (b.mul_add(0.25_f64.mul_add((RP08_K0 as f64), a), 3.0)));
        }
    }
    let pm2: f64 = match pb3 {
        Some(t4) => t4 + (RP08_K1.tanh().midpoint(v1)),
        None => (RP08_K1.tanh().midpoint(v1)),
    };
    for e5 in x.iter() {
        if (*e5).midpoint(RP08_K3[1]) < pm2.max(RP08_K3[0]) {
            v1 -= x[1];
        }
    }
    for (zi1, &zv2) in RP08_K3.iter().enumerate().skip(1) {
        v1 = v1.clamp(-0.5, 0.75);
        let mut t6 = (b, f64::to_radians(b));
        if pm2 < x[0] {
            let mut arr7 = [0.0_f64; 3];
        } else {
            if ((((zi1 + 1) % 3) as f64) * (((zi1 + 1) % 3) as f64) + 0.5).cbrt() < a {
                return (t6.1 / ((p.n as f64) * (p.n as f64) + 1.0));
            }
            t6.0 = (p.n as f64);
            let pm8: f64 = match x {
                [] => (x[0]),
                [t9] => {
                    (*t9)
                        * (if RP08_K3[zi1] >= pm2 {
                            v1
                        } else {
                            (zi1 as f64)
                        })
                }
                [t9, t10] => {
                    (*t9)
                        + (*t10)
                            * (if RP08_K3[zi1] >= pm2 {
                                v1
                            } else {
                                (zi1 as f64)
                            })
                }
                [t9, .., t10] => (*t9) * (*t10) + (x[zi1]),
            };
            t6.1 += pm8;
        }
    }
    (RP08_K3[0] + v1) + v1 + pm2
}

#[differentiate]
fn rp09_h1(y0: &[f64]) -> f64 {
    y0[1]
}
mod rp09_m {
    use super::*;

    #[differentiate]
    pub fn rp09_h0(s0: f64, s1: f64, y2: &[f64]) -> f64 {
        {
            let mut v1 = (1.0_f64 + 2.0_f64).midpoint(s1);
        }
        for i2 in 0..2 {}
        f64::acosh(
            ((s0 * s0 + 0.5).powf(0.25_f64.tanh()) * (s0 * s0 + 0.5).powf(0.25_f64.tanh()) + 1.5),
        )
    }
}
#[differentiate]
fn rp09(a: f64, b: f64, c: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (x[1] * x[1] + 0.5).sqrt();
    let mut v2 = x[1].mul_add(a, x[1]);
    {
        let mut pm3: f64 = (0.25_f64.div_euclid((-0.75) * (-0.75) + 0.5));
        match (x.len() as usize * 1 + 3) {
            0 => pm3 += (rp09_m::rp09_h0(1.5, 1.0, x)),
            1 | 2 => pm3 *= (x[0]),
            4..=9 => {}
            pn4 => pm3 -= (pn4 as f64) * (rp09_m::rp09_h0(1.5, 1.0, x)),
        }
        v2 += pm3;
        if true {
        } else if (2.0_f64.tanh().tan() < pm3 || (p.w[0] + pm3) >= (-c)) {
            v1 += 0.25;
        } else {
        }
    }
    (2.0 + (0.25 + x[2])) + v1 + v2
}

const RP10_K0: [f64; 3] = [2.0, (-0.75), 0.5];
#[differentiate]
fn rp10_h0(s0: f64) -> (f64, f64) {
    let mut s0 = 1.5_f64.mul_add(1.0, s0);
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let (v3, v4) = f64::sin_cos(1.0_f64);
    }
    (
        f64::log2((0.25_f64 * 0.25_f64 + 0.5)) + s0,
        (((-0.75) - RP10_K0[0]) - 3.0),
    )
}
impl Params {
    #[differentiate]
    fn rp10(&self, a: f64, b: f64, c: f64, x: &[f64; 4]) -> f64 {
        let mut v1 = std::f64::consts::FRAC_1_SQRT_2;
        let [_, t3, ..] = *x;
        let pm2: f64 = t3 * (-2.0);
        let v7: f64 = f64::mul_add(RP10_K0[0], self.k, x[2].max(self.w[1]));
        debug_assert!(v7.abs() >= 0.0 || v7.is_nan(), "{} is a number", v7 * 2.0);
        v1 = (RP10_K0.into_iter().map(|zv1| zv1 * (x[2] + b)).sum::<f64>());
        let mut v8 = ((0..=2).map(|zi2| (zi2 as f64 + 1.0) * a).sum::<f64>());
        let mut arr9: [f64; 3] = [pm2, (RP10_K0[2] * c), c];
        (-2.0) + v1 + t3 + pm2 + v7 + v8 + arr9[0] + arr9[1] + arr9[2]
    }
}

#[differentiate]
fn rp11(a: f32, b: f32, c: f32, d: f32, x: &[f32; 4], m: &[[f32; 2]; 2], p: &Params) -> f32 {
    let mut v1 = (0.25_f32.hypot(b) * x[2]);
    if 0.25_f32 <= m[1][0] {
        let zf1 = |zt2: f32| zt2 * (x[3] / (x[1] * x[1] + 1.0_f32));
        let v2 = zf1((if !(std::f32::consts::PI).is_nan() {
            (-1.25_f32)
        } else {
            b
        })) + zf1(f32::mul_add(d, m[0][0].max((p.k as f32)), d));
    } else if 0.25_f32 > (p.w[1] as f32) {
        if (x
            .iter()
            .copied()
            .max_by(|zp3, zq4| zp3.total_cmp(zq4))
            .unwrap())
        .is_sign_negative()
        {
            x.iter().for_each(|&zv6| v1 += zv6 * 0.25_f32.floor());
            v1 = (d * d).ln_1p();
            let mut arr3 = [0.0_f32; 3];
        }
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            if true {
                return (b / ((-0.75_f32) * (-0.75_f32) + 1.0_f32));
            }
            if v1 > m[1][i5 % 2] {
                continue;
            }
        }
    } else {
        let v6 = d.mul_add(c, (-1.25_f32));
    }
    if (0.25_f32 * 0.5_f32) > 2.0_f32 {
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
            v1 += (x
                .iter()
                .zip(x.iter())
                .zip(x.iter())
                .map(|((&zp7, &zq8), &zr9)| zp7 * zq8 * zr9 * zr9)
                .sum::<f32>());
        }
        for zv10 in x.iter().copied().step_by(2) {}
    } else {
        if (b >= 3.0_f32 || (-0.75_f32) < (p.n as f32)) {
            if (m[1][0] * m[1][0] + 0.5_f32).powf(0.25_f32.tanh()) <= 0.25_f32 {
                return b.atan();
            }
            let mut pb10 = None;
            for &t11 in x.iter() {
                if t11 > (c) {
                    pb10 = Some(
                        t11 * ((-1.25_f32)
                            / (((-0.75_f32) / (m[1][1] * m[1][1] + 1.0_f32)).cos()
                                * ((-0.75_f32) / (m[1][1] * m[1][1] + 1.0_f32)).cos()
                                + 1.0_f32)),
                    );
                }
            }
            let pm9: f32 = match pb10 {
                Some(t11) => t11 + ((p.n as f32) + 0.25_f32),
                None => ((p.n as f32) + 0.25_f32),
            };
            v1 += pm9;
        } else {
            let v12: f32 = ((d + (-0.75_f32)) * a) * f32::from(1_u16);
            v1 = f32::exp_m1(m[1][0].sin());
            let v13: f32 = ((if x.iter().any(|&zv11| !(0.25_f32 > 0.1_f32)) {
                2.0_f32
            } else {
                d
            }) * (if x.iter().any(|&zv11| !(0.25_f32 > 0.1_f32)) {
                2.0_f32
            } else {
                d
            }) + 0.5_f32)
                .sqrt();
            debug_assert!(
                v13.abs() >= 0.0_f32 || v13.is_nan(),
                "{} is a number",
                v13 * 2.0_f32
            );
        }
        v1 -= (x[3] * 0.5_f32);
        v1 *= (v1 * (m[0][1] * b));
    }
    let v14 = (x[1] + 0.25_f32);
    (0.1_f32 / (x[1] * x[1] + 1.0_f32)) + v1 + v14
}

#[derive(Clone, Copy, Debug)]
pub enum Rp12Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
static RP12_K0: i32 = 2;
#[differentiate]
fn rp12(a: f64, b: f64, c: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (0.5 - c);
    v1 = v1.clamp(-0.5, 0.75);
    for (i2, &e3) in x.iter().enumerate() {
        let v4: f64 = f64::from((v1 * (RP12_K0 as f64)) as f32);
        if (RP12_K0 as f64) <= f64::atan2(x[1], e3 * e3 + 0.5) {
            let mut arr5 = [0.0_f64; 3];
            let zs6 = &arr5[1..3];
            let v7: f64 = zs6[0] * (b + ((i2 as f64) * e3)) + zs6.len() as f64;
            let mut v8: f64 = 0.0;
            for &zv9 in zs6.iter() {
                v8 += zv9 * zv9;
            }
            let pk11 = Rp12Act::Relu;
            let mut pm10: f64 = (f64::floor(e3));
            if let Rp12Act::Leaky(slope) = pk11 {
                pm10 *= slope;
            } else if let Rp12Act::Softplus { beta } = pk11 {
                pm10 = f64::ln_1p(f64::exp(beta * pm10)) / beta;
            }
            v1 += pm10;
        } else if (((RP12_K0 as f64) * (p.n as f64)) <= c || v4 >= ((i2 * 2 + 1) as f64)) {
            let pq13: [[f64; 2]; 2] = [
                [
                    (a + (i2 as f64)),
                    (if p.w[1] >= e3 {
                        x[i2]
                    } else {
                        (RP12_K0 as f64)
                    }),
                ],
                [(x[i2].sin() * 0.5).asin(), (a + (i2 as f64))],
            ];
            let mut ps14: f64 = ((x[i2].sin() * 0.5).asin());
            for (pi17, [t15, _]) in pq13.iter().enumerate() {
                ps14 += (*t15) * (pi17 as f64)
                    + (if p.w[1] >= (*t15) {
                        pq13[i2 % 2][0]
                    } else {
                        (RP12_K0 as f64)
                    });
            }
            v1 += ps14;
        } else {
            let v18: f64 = (if c > 0.1 { a } else { x[i2] });
            let mut zf1 = |zt2: f64| {
                v1 *= 0.5;
                v1 += zt2 * (-f64::asin((x[0].sin() * 0.5)));
            };
            zf1(v18);
            zf1(v18 * 0.5);
        }
    }
    let mut k19 = 0usize;
    loop {
        if k19 >= 3 {
            break;
        }
        let i20 = k19;
        k19 += 1;
    }
    (x[2] - b) + v1
}

#[derive(Clone, Copy, Debug)]
pub enum Rp13Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
#[differentiate]
fn rp13_h0(s0: f64) -> (f64, f64) {
    for i1 in 0..2 {}
    if !(0.5_f64).is_nan() {
        let (v2, v3): (f64, f64) = (0.5, s0.powi(2));
    }
    (
        ((2.0 + 0.5) + (-0.75)),
        (if (1.5_f64).is_sign_negative() {
            s0
        } else {
            0.5
        }),
    )
}
#[differentiate]
fn rp13(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (c / (x[1] * x[1] + 1.0));
    let mut v2 = d;
    if (p.k).is_sign_negative() {
        let pq4: [[f64; 2]; 2] = [
            [p.k, (((0.25_f64.midpoint(d)) as f32).sin() as f64)],
            [((x[1] + b).cos() * 0.5).acos(), p.k],
        ];
        let mut ps5: f64 = (((x[1] + b).cos() * 0.5).acos());
        for &[t6, t7] in pq4.iter() {
            ps5 += t6 * t7 + (((0.25_f64.midpoint(b)) as f32).sin() as f64);
        }
        v1 += ps5;
        let pm8: f64 = match (
            (p.n as usize * 3 + 0) % 2,
            ((p.w[1] * p.w[1] + 0.5).powf(ps5.tanh())
                < (x.iter()
                    .filter(|&&zv5| !(-1.25_f64).is_nan())
                    .map(|&zv4| zv4 * x[1])
                    .sum::<f64>())
                || v2 > b),
        ) {
            (0, true) => {
                (if (0.25 <= x[0] && d <= ps5) {
                    x[2]
                } else {
                    a.round_ties_even()
                })
            }
            (0, false) => (x.iter().copied().find(|&zv3| v1 <= zv3).unwrap_or(0.25) - 0.25),
            (_, true) => (x.iter().copied().fold(-f64::INFINITY, f64::max)),
            (_, false) => {
                (if (0.25 <= x[0] && d <= ps5) {
                    x[2]
                } else {
                    a.round_ties_even()
                }) + (x.iter().copied().fold(-f64::INFINITY, f64::max))
            }
        };
        v1 += pm8;
    } else if (1.0 < (if x[1] > c { x[0] } else { c }) || f64::abs(x[1]) <= x[1].atan()) {
        for (zp6, zq7) in x.iter().zip(&x[1..]) {
            v2 += (-x[1]);
            if (if 0.25 <= c { c } else { v2 }) < (1.5 + a) {
                continue;
            }
            let mut pb10 = None;
            for &t11 in x.iter() {
                if t11 > (f64::atan2(0.25_f64, v2 * v2 + 0.5)) {
                    pb10 = Some(t11 * (x[1].copysign(v1)));
                }
            }
            let pm9: f64 = pb10.unwrap_or((1.5));
            v1 += pm9;
        }
    } else {
        for i12 in 0..x.len() {
            v1 /= (0.25_f64 * 0.25_f64 + 1.5)
                .log(x[i12] * x[i12] + 2.0)
                .copysign(c)
                * (0.25_f64 * 0.25_f64 + 1.5)
                    .log(x[i12] * x[i12] + 2.0)
                    .copysign(c)
                + 1.0;
            v1 *= (x[i12] * x[i12] + 0.5).log10();
        }
        if 2.0 <= x[0] {
            let pk14 = Rp13Act::Relu;
            let pm13: f64 = match pk14 {
                Rp13Act::Relu => f64::max(
                    (x.iter()
                        .enumerate()
                        .take(2)
                        .map(|(zi9, &zv8)| (zi9 as f64) * 0.5 + zv8 * d)
                        .sum::<f64>()),
                    0.0,
                ),
                Rp13Act::Leaky(slope) => {
                    slope
                        * (x.iter()
                            .enumerate()
                            .take(2)
                            .map(|(zi9, &zv8)| (zi9 as f64) * 0.5 + zv8 * d)
                            .sum::<f64>())
                }
                Rp13Act::Softplus { beta } => {
                    f64::ln_1p(f64::exp(
                        beta * (x
                            .iter()
                            .enumerate()
                            .take(2)
                            .map(|(zi9, &zv8)| (zi9 as f64) * 0.5 + zv8 * d)
                            .sum::<f64>()),
                    )) / beta
                }
            };
            v1 += pm13;
            v1 *= p.k.round_ties_even();
        } else if !(a >= (x[1].sin() * 0.5).atanh()) {
        } else {
            v2 = (a + (1.5 % (x[0] * x[0] + 0.5)));
            let v15: f64 = ((0.25 - b) + 0.25);
            let mut zf10 = |zt11: f64| {
                v2 *= 0.5;
                v2 += zt11 * ((x[1] * c) * (x[1] * c) + 0.5).sqrt();
            };
            zf10(v15);
            zf10(v15 * 0.5);
            let zc13: Vec<f64> = x
                .iter()
                .map(|&zv12| zv12 * ((if d < p.w[0] { c } else { (p.n as f64) }) * b))
                .collect();
        }
    }
    v2 = (if v1 < 1.0 { c } else { x[0] });
    #[checkpoint]
    for i16 in 0..p.n {}
    ((x.iter()
        .skip(1)
        .take(2)
        .map(|&zv14| zv14 * 2.0)
        .sum::<f64>())
        - d)
        + v1
        + v2
}

const RP14_N: usize = 4;
const RP14_K0: f64 = 1.0;
const RP14_K1: i32 = 0;
static RP14_K2: f64 = 0.25;
#[differentiate]
fn rp14_h0(s0: f64) -> f64 {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let pq4: [f64; 3] = [
            (((2.0_f64.powi(2) * 0.25) + 0.5) * s0.asinh()),
            (s0.min(s0)),
            ((((i2 + 1) % 3) as f64).cos()),
        ];
        let [t5, t6 @ ..] = pq4;
        let pm3: f64 = t5 * (((2.0_f64.powi(2) * 0.25) + 0.5) * s0.asinh()) + t6[0] * t6[1];
    }
    (s0 - (s0 * s0 + 0.5).log10())
}
#[differentiate]
fn rp14(a: f64, b: f64, c: f64, x: [f64; RP14_N]) -> f64 {
    let mut v1 = (2.0 / ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.0));
    let pm2: f64 = match (
        (x.len() as usize * 2 + 2) % 2,
        (c - x[3]).is_sign_negative(),
    ) {
        (0, true) => (a.asinh().clamp(-0.5, 0.75)),
        (0, false) => (if b >= 0.1 { 1.5 } else { 1.5 }),
        (_, true) => (f64::cbrt((v1 * v1 + 0.5))),
        (_, false) => (a.asinh().clamp(-0.5, 0.75)) + (f64::cbrt((v1 * v1 + 0.5))),
    };
    x.iter().for_each(|&zv1| v1 += zv1 * (x[1] * c));
    0.5_f64.mul_add(x[1], x[1]).mul_add(x[3], b) + v1 + pm2
}

#[differentiate]
fn rp15_h0(s0: f64, s1: f64) -> f64 {
    (0.5 / (0.1 * 0.1 + 1.0))
}
#[differentiate(wrt(a, b, c, x))]
fn rp15(a: f64, b: f64, c: f64, x: [f64; 3], o: Option<f64>) -> f64 {
    let mut v1 = x[2].powi(3);
    let mut v2 = a.mul_add(x[1], 0.25);
    for i3 in 1..3 {}
    let mut arr4: [f64; 3] = [
        f64::floor(v1),
        (x[1] * 1.5),
        x.iter()
            .copied()
            .max_by(|zp1, zq2| zp1.total_cmp(zq2))
            .unwrap(),
    ];
    let mut t5 = (f64::hypot(a, rp15_h0(2.0, b)), f64::ceil(0.25_f64).min(v2));
    (if (0.25 <= b || x[1] <= 1.5) { 2.0 } else { 1.5 })
        + v1
        + v2
        + t5.0
        + t5.1
        + arr4[0]
        + arr4[1]
        + arr4[2]
}

static RP16_K0: f64 = 0.25;
static RP16_K1: f64 = 0.25;
mod rp16_m {
    use super::*;

    #[differentiate]
    pub fn rp16_h1(y0: [f64; 3], y1: [f64; 3]) -> [f64; 3] {
        for &zv1 in y1.iter().rev().take(2) {
            let v2: f64 = 2_u16.into();
            let v1: f64 = (f64::atan(y0[0])) * v2;
            let mut arr3 = [0.0_f64; 3];
        }
        [
            (1.0 + 1.0),
            (RP16_K0 + 1.0).cos(),
            (-1.25_f64).mul_add((f64::from(3u8) * 0.5), 2.0),
        ]
    }
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp16_h0(y0: &[f64]) -> [f64; 3] {
        for i1 in (0..=2).rev() {}
        #[checkpoint]
        for i2 in 0..3 {}
        [
            y0[1].mul_add(2.0, (1.0 / (1.0 * 1.0 + 1.0))),
            (((1.0) as f32).sin() as f64),
            (y0.windows(2)
                .map(|zw1| zw1[0] * zw1[1] * 0.5 + (f64::from(3u8) * 0.5))
                .sum::<f64>()),
        ]
    }
}
#[differentiate(wrt(b, c, r_theta))]
fn rp16(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = (x
        .iter()
        .copied()
        .filter(|&zv2| zv2 <= c)
        .fold(1.0, |zacc, zv1| zacc * 0.5 + zv1 * 1.5))
    .floor();
    let mut pb3 = None;
    for &t4 in x.iter() {
        if t4 > (if x[1] <= c { c } else { (r - c) }) {
            pb3 = Some(
                t4 * (x
                    .chunks(2)
                    .map(|zw3| zw3[zw3.len() - 1] * (zw3.len() as f64) * 0.5 + (0.5 + r))
                    .sum::<f64>()),
            );
        }
    }
    let pm2: f64 = match pb3 {
        Some(t4) => t4 + (RP16_K1.mul_add(0.1, x[1])),
        None => (RP16_K1.mul_add(0.1, x[1])),
    };
    let v5: f64 = x.iter().map(|&zv4| zv4 * (b + x[1])).product();
    std::f64::consts::FRAC_1_SQRT_2.tanh().tan() + v1 + pm2 + v5
}

static RP17_K0: f64 = 1.0;
static RP17_K1: f64 = 0.1;
#[differentiate]
fn rp17_h0(y0: [f64; 3], y1: [f64; 3], y2: &[f64]) -> f64 {
    (if (1.0 <= 1.0 && 1.0 < y1[1]) {
        y0[0]
    } else {
        1.0
    })
}
#[differentiate]
fn rp17_h1(y0: [f64; 3], y1: [f64; 3], s2: f64) -> Vec<f64> {
    for i1 in 0..3 {
        if (i1 as f64) <= s2 {
            break;
        }
    }
    let mut out = vec![0.0; 3];
    out[0] = f64::cosh(s2.tanh());
    out[1] = (s2 / ((0.1_f64.sin() * 0.5).atanh() * (0.1_f64.sin() * 0.5).atanh() + 1.0));
    out[2] = (((s2) as f32).sin() as f64);
    out
}
impl Params {
    #[differentiate]
    fn rp17(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
        let mut v1 = rp17_h0(
            [(x[0] * x[0] + 1.5).log(d * d + 2.0), 0.5, -1.0],
            [x[0], 0.5, -1.0],
            x,
        );
        let mut v2 = RP17_K0;
        if f64::sqrt((1.0_f64 * 1.0_f64 + 0.5)) > d.max(2.0) {
            {}
        } else if !(v1 <= rp17_h0([RP17_K0, 0.5, -1.0], [c, 0.5, -1.0], x)) {
            {
                let (v3, v4) = ((if !(v1 < 2.0) { v2 } else { RP17_K0 }), ((-0.75) - v1));
                let mut t5 = (
                    (if RP17_K0 < RP17_K0 {
                        RP17_K1
                    } else {
                        (2.0_f64.powi(2) * 0.25)
                    }),
                    (RP17_K1 * RP17_K1 + 0.5).powf(v3.tanh()),
                );
                let mut arr6 = [0.0_f64; 3];
            }
        } else {
            let mut arr7: Vec<f64> = vec![0.0; x.len()];
        }
        for &e8 in x.iter() {}
        #[checkpoint(every = 2)]
        for i9 in 0..3 {}
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            let mut arr12: [f64; 3] = [
                b.cos().exp2(),
                rp17_h0([v1, 0.5, -1.0], [(self.n as f64), 0.5, -1.0], x),
                x[1],
            ];
            arr12[i11] = f64::acos((1.0_f64.cos() * 0.5));
        }
        self.k.mul_add(
            x[3],
            x.iter()
                .fold(c, |zacc2, &zv1| zacc2 * 0.5 + zv1 * (self.n as f64)),
        ) + v1
            + v2
    }
}

const RP18_K0: [f64; 3] = [3.0, 1.5, 1.0];
impl Params {
    #[differentiate(wrt(b, d))]
    fn rp18(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 4], q: bool) -> f64 {
        let mut v1 = (RP18_K0
            .chunks(2)
            .map(|zw1| zw1[zw1.len() - 1] * (zw1.len() as f64) * 0.5 + RP18_K0[1])
            .sum::<f64>());
        let mut v2 = v1.mul_add(d, v1);
        let mut v3 = x[1].rem_euclid(RP18_K0[1] * RP18_K0[1] + 0.5);
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
            let v6: f64 = x
                .iter()
                .map(|&zv2| {
                    zv2 * (RP18_K0
                        .iter()
                        .take_while(|&&zv4| v1 < (((i5 + 1) % 3) as f64))
                        .map(|&zv3| zv3 * (5.0_f64.sqrt() - 2.0))
                        .sum::<f64>())
                    .tanh()
                })
                .sum();
        }
        (v3 - x[1]) + v1 + v2 + v3
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Rp19Act {
    Relu,
    Leaky(f32),
    Softplus { beta: f32 },
}
static RP19_K0: f32 = 2.0_f32;
const RP19_K1: f32 = 2.0_f32;
const RP19_K2: f32 = 0.25_f32;
#[differentiate]
fn rp19_h0(y0: [f32; 3], s1: f32, y2: &[f32]) -> (f32, f32) {
    (
        (y2.iter()
            .zip(y2.iter())
            .map(|(&zp1, &zq2)| zp1 * zq2 * s1)
            .sum::<f32>()),
        1.0_f32,
    )
}
#[differentiate(wrt(a, x))]
fn rp19(a: f32, b: f32, c: f32, x: [f32; 4], q: bool) -> f32 {
    let mut v1 = x
        .iter()
        .fold(x[2], |zacc2, &zv1| zacc2 * 0.5_f32 + zv1 * RP19_K2);
    let mut v2 = 2.0_f32.round_ties_even();
    for i3 in (0..3).rev() {}
    let v4: f32 = f32::from(((c * c + 1.5_f32).log(v1 * v1 + 2.0_f32)) as f32);
    {
        if (if 1.5_f32 <= x[1] { x[1] } else { x[1] }) <= v2 {
            let v5: f32 = x.iter().map(|&zv3| zv3 * (x[0] - a)).sum();
        } else if 1.5_f32 < (-1.25_f32) {
        } else {
            let pk7 = Rp19Act::Softplus { beta: 0.25_f32 };
            let mut pm6: f32 = (-x[2]);
            if let Rp19Act::Leaky(slope) = pk7 {
                pm6 *= slope;
            } else if let Rp19Act::Softplus { beta } = pk7 {
                pm6 = f32::ln_1p(f32::exp(beta * pm6)) / beta;
            }
            v2 += pm6;
        }
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
        }
    }
    for (zp6, zq7) in x.iter().zip(x.iter()) {
        if RP19_K2 <= (2.0_f32 + RP19_K2) {
            let (t11, t12): (f32, f32) = (
                f32::sin((x[2].sin().exp_m1() - (-1.25_f32))),
                f32::cos((x[2].sin().exp_m1() - (-1.25_f32))),
            );
            v2 += t11;
            let mut arr13 = [0.0_f32; 3];
        } else if x[1] < RP19_K2.asinh() {
            let mut arr14 = [[0.0_f32; 3]; 3];
            arr14[1][1] = (arr14[1][1] * c);
            let mut arr15 = [0.0_f32; 3];
        } else {
            let mut arr16: [f32; 3] = [x[2], (c * 1.5_f32), v4];
            arr16[0] += x[1].max(v1);
            if (x[1] < 2.0_f32 && 2.0_f32 >= 2.0_f32) {
                continue;
            }
        }
        v1 += 1.5_f32;
        let mut k17 = 0usize;
        loop {
            if k17 >= 3 {
                break;
            }
            let i18 = k17;
            k17 += 1;
            debug_assert_eq!(x.len(), 4, "x");
        }
    }
    b.div_euclid(x[1] * x[1] + 0.5_f32) + v1 + v2 + v4
}

const RP20_K0: f64 = 1.0;
const RP20_K1: f64 = 1.0;
const RP20_K2: f64 = (-0.75);
const RP20_K3: f64 = 2.0;
#[differentiate(wrt(a, b))]
fn rp20(a: f64, b: f64, c: f64, x: &[f64; 3], [r, theta]: [f64; 2]) -> f64 {
    let mut v1 = x[1];
    let mut v2: f64 = (-0.1);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        let r = (x.iter().map(|&zv1| zv1 * 2.0).sum::<f64>());
        if (-x[0]) < RP20_K0 {
            return ((0..3).rev().map(|zi2| (zi2 as f64 + 1.0) * a).sum::<f64>());
        }
        let (v5, v6) = (
            ((i4 as f64) / (b * b + 1.0)),
            f64::mul_add(
                theta,
                (if (c < 1.5 && 1.5 > x[0]) { x[i4] } else { v2 }),
                ((i4 * 2 + 1) as f64),
            ),
        );
    }
    let mut v7 = (x[1] / (b * b + 1.0)).copysign(0.25);
    for zw3 in x.chunks(3) {
        let v8 = zw3[0] * (zw3.len() as f64);
        for (zp4, zq5) in x.iter().zip(x.iter()) {
            let v9 = (if (x.len() as f64) < x[1] {
                (*zq5)
            } else {
                x[1]
            });
            v1 -= 0.25;
        }
        for i10 in (0..3).rev() {
            v2 += (if RP20_K2 < v1 { x[i10] } else { RP20_K0 });
            v2 = ((((i10 + 1) % 3) as f64) / ((-0.75) * (-0.75) + 1.0));
        }
    }
    (x[1] - x[1]) + v1 + v2 + v7
}

const RP21_N: usize = 4;
const RP21_K0: i32 = 1;
static RP21_K1: usize = 3;
const RP21_K2: [f64; 3] = [1.5, (-1.25), 1.0];
static RP21_K3: f64 = (-1.25);
#[differentiate]
fn rp21(a: f64, b: f64, c: f64, d: f64, x: &[f64; RP21_N], q: bool) -> f64 {
    let mut v1 = (RP21_K2[1..]
        .iter()
        .take(2)
        .map(|&zv1| zv1 * f64::acosh(((-1.25_f64) * (-1.25_f64) + 1.5)))
        .sum::<f64>());
    let mut v2 = (1.5_f64.mul_add((-0.75), 2.0) / (x[2] * x[2] + 1.0));
    for &e3 in RP21_K2.iter() {}
    for i4 in (0..3).rev() {
        let mut arr5 = [0.0_f64; 3];
        if RP21_K2[2] >= RP21_K2[i4] {
            let mut pb7 = None;
            for &t8 in RP21_K2.iter() {
                if t8
                    > (x.windows(3)
                        .map(|zw2| zw2.iter().sum::<f64>() * 0.5 + v2)
                        .sum::<f64>())
                {
                    pb7 = Some(
                        t8 * (if x[0] < b {
                            (a * (RP21_K1 as f64))
                        } else {
                            (2.0_f64.powi(2) * 0.25)
                        }),
                    );
                }
            }
            let pm6: f64 = pb7.unwrap_or(
                (RP21_K3.mul_add(b, d) * ((RP21_K1 as f64) * (RP21_K1 as f64) + 1.0).powi(RP21_K0)),
            );
            v1 += pm6;
        }
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let i10 = k9;
            k9 += 1;
            let mut t11 = ((x[1] + v1), ((d + 3.0) - 0.1));
            let zf3 = |zt4: f64| zt4 * ((t11.0 + 1.5) - zt4);
            let v12 = zf3((RP21_K0 as f64))
                + zf3(((0..=2).map(|zi5| (zi5 as f64 + 1.0) * t11.1).sum::<f64>()));
        }
    }
    let pq14: [[f64; 2]; 2] = [
        [
            (x.chunks(2)
                .map(|zw9| zw9[zw9.len() - 1] * (zw9.len() as f64) * 0.5 + (RP21_K0 as f64))
                .sum::<f64>()),
            x[1].asinh(),
        ],
        [
            (x.iter()
                .zip(RP21_K2.iter())
                .map(|(&zp10, &zq11)| zp10 * zq11 * (if c < v2 { (-1.25) } else { 1.5 }))
                .sum::<f64>()),
            (x.chunks(2)
                .map(|zw9| zw9[zw9.len() - 1] * (zw9.len() as f64) * 0.5 + (RP21_K0 as f64))
                .sum::<f64>()),
        ],
    ];
    let mut ps15: f64 = (x
        .iter()
        .zip(RP21_K2.iter())
        .map(|(&zp7, &zq8)| zp7 * zq8 * (if c < v2 { (-1.25) } else { 1.5 }))
        .sum::<f64>());
    for (pi18, [t16, _]) in pq14.iter().enumerate() {
        ps15 += (*t16) * (pi18 as f64) + (x[pi18].asinh());
    }
    v2 /= (x[1] + 1.5) * (x[1] + 1.5) + 1.0;
    RP21_K2[0]
        .rem_euclid(v1 * v1 + 0.5)
        .mul_add((2.0_f64.powi(2) * 0.25), a)
        + v1
        + v2
        + ps15
        + pq14[0][0]
        + pq14[0][1]
        + pq14[1][0]
        + pq14[1][1]
}

#[differentiate]
fn rp22(a: f64, b: f64, c: f64, x: &[f64], q: bool, p: &Params) -> f64 {
    let mut v1 = (a * 2.0);
    let mut v2: f64 = 0.25;
    let v3: f64 = x
        .iter()
        .map(|&zv1| zv1 * (zv1 * zv1 + 0.5).powf(b.tanh()))
        .sum();
    (if 0.25 >= 3.0 { 3.0 } else { p.w[2] }).hypot(f64::asinh((c * x[2]))) + v1 + v2 + v3
}

#[differentiate]
fn rp23_h0(&[a, b]: &[f64; 2]) -> [f64; 3] {
    [
        (1.5 * 2.0),
        f64::powi(0.5_f64, 3),
        f64::clamp(0.5_f64, -0.5, 0.75),
    ]
}
#[differentiate]
fn rp23_h1(s0: f64, y1: [f64; 3]) -> f64 {
    let mut arr1: [f64; 3] = [0.0; 3];
    s0 + arr1[0] + arr1[1] + arr1[2]
}
#[differentiate]
fn rp23(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], [r, theta]: [f64; 2], p: &Params) -> f64 {
    let mut v1 = b.min(x[0]);
    if (((c) as f32).sin() as f64) > b {
    } else {
    }
    for zv1 in x.iter().copied().step_by(2) {
        if (-v1) < (-0.75_f64).mul_add(b, b) {
        } else {
            v1 /= (0.5 - d).mul_add(
                ((0..3).rev().map(|zi2| (zi2 as f64 + 1.0) * d).sum::<f64>()),
                0.25,
            ) * (0.5 - d).mul_add(
                ((0..3).rev().map(|zi2| (zi2 as f64 + 1.0) * d).sum::<f64>()),
                0.25,
            ) + 1.0;
            let v2: f64 = (((if true { x[1] } else { 0.25 }) * (if true { x[1] } else { 0.25 })
                + 0.5)
                .powf(b.tanh())
                * 2.0);
            let mut zf3 = |zt4: f64| {
                v1 *= 0.5;
                v1 += zt4 * rp23_h1(v1, [theta, 0.5, -1.0]);
            };
            zf3(v2);
            zf3(v2 * 0.5);
            let (v3, v4) = ((x[1] % (a * a + 0.5)), (0.25_f64 * 0.25_f64 + 1.0).powi(-2));
        }
        let mut pm6: f64 = (theta.tanh().cosh() * (-1.25));
        match (x.len() as usize * 2 + 0) {
            0 => {
                pm6 += (b
                    % (((if v1 < (x.len() as f64) { b } else { x[3] })
                        * (if v1 < (x.len() as f64) { b } else { x[3] })
                        + 1.5)
                        .acosh()
                        * ((if v1 < (x.len() as f64) { b } else { x[3] })
                            * (if v1 < (x.len() as f64) { b } else { x[3] })
                            + 1.5)
                            .acosh()
                        + 0.5))
            }
            1 | 2 => {
                pm6 *= (x
                    .iter()
                    .filter(|&&zv8| 0.25 < 3.0)
                    .map(|&zv7| zv7 * r)
                    .sum::<f64>())
            }
            4..=9 => {}
            pn7 => {
                pm6 -= (pn7 as f64)
                    * (b % (((if v1 < (x.len() as f64) { b } else { x[3] })
                        * (if v1 < (x.len() as f64) { b } else { x[3] })
                        + 1.5)
                        .acosh()
                        * ((if v1 < (x.len() as f64) { b } else { x[3] })
                            * (if v1 < (x.len() as f64) { b } else { x[3] })
                            + 1.5)
                            .acosh()
                        + 0.5))
            }
        }
        v1 += pm6;
    }
    let mut arr8 = [0.0_f64; 3];
    let v9: f64 = (-0.25);
    rp23_h1(
        (arr8
            .chunks(2)
            .map(|zw9| zw9[zw9.len() - 1] * (zw9.len() as f64) * 0.5 + 0.25)
            .sum::<f64>()),
        arr8,
    ) + v1
        + v9
        + arr8[0]
        + arr8[1]
        + arr8[2]
}

#[differentiate]
fn rp24(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = (x
        .iter()
        .zip(x.iter())
        .map(|(&zp1, &zq2)| zp1 * zq2 * v1)
        .sum::<f64>());
    v1 += 1.5_f64.midpoint(0.1);
    if (1.5_f64 * 1.5_f64 + 1.0).ln() < x[2] {
        for i3 in (0..=2).rev() {
            v2 *= f64::mul_add(v1, 0.25, b);
        }
        if ((x
            .windows(2)
            .map(|zw3| zw3[0] * zw3[1] * 0.5 + 2.0)
            .sum::<f64>())
            <= (b / (v1 * v1 + 1.0))
            || (0.25 / (c * c + 1.0)) <= v1)
        {
        } else if 0.25 < f64::ln_1p((0.5_f64 * 0.5_f64)) {
            let mut arr4: [f64; 3] = [
                (-x[1]).div_euclid(x[2] * x[2] + 0.5),
                0.25_f64.atan2(x[0] * x[0] + 0.5),
                b,
            ];
            let mut arr5: Vec<f64> = vec![0.0; 3];
            let zf4 = |zt5: &f64| (*zt5) * (arr4[1] * arr4[1] + 1.0).ln();
            let v6 = arr5.iter().map(zf4).sum::<f64>();
        } else {
        }
        v1 *= (std::f64::consts::FRAC_1_SQRT_2 + 0.25);
    } else if (v1).is_sign_negative() {
        for zw6 in x.windows(2) {
            let v7 = zw6[1] - zw6[0];
            let mut v8: f64 = ((v2 * v2 + 1.0).powi(-2) + x[1]);
            if (2.0 * v8) >= v8.mul_add(x[2], v1) {
                continue;
            }
            v1 += (((0.5) as f32).sin() as f64);
        }
    } else {
        if (2.0_f64 * 2.0_f64 + 0.5).cbrt() >= (-(x.len() as f64)) {
            let mut arr9: [f64; 3] = [x[1], x[1], c];
            let pm10: f64 = match (
                (x.len() as usize * 2 + 2) % 2,
                1.5 >= arr9[1].mul_add(a, 0.25),
            ) {
                (0, true) => ((x[1] * x[1] + 0.5).powf(arr9[1].tanh())),
                (0, false) => (f64::atan(x[1]).mul_add(b, v1)),
                (_, true) => (x[2] - (arr9[2] - 0.25)),
                (_, false) => {
                    ((x[1] * x[1] + 0.5).powf(arr9[1].tanh())) + (x[2] - (arr9[2] - 0.25))
                }
            };
            v1 += pm10;
        }
    }
    (b - 1.5) + v1 + v2
}

#[differentiate]
fn rp25(a: f64, b: f64, x: &[f64], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1: f64 = 0.25;
    let mut arr2: [f64; 3] = [
        x[1].atan2(b * b + 0.5),
        (x.chunks(2)
            .map(|zw1| zw1[zw1.len() - 1] * (zw1.len() as f64) * 0.5 + 0.25)
            .sum::<f64>()),
        (-((-1.25) + a)),
    ];
    {
        if (arr2[1] < b
            || (if (3.0_f64).is_sign_negative() {
                x[1]
            } else {
                1.5
            }) <= 1.5)
        {}
        let zc3: Vec<f64> = arr2
            .iter()
            .rev()
            .map(|&zv2| zv2 * 1.5_f64.mul_add(b, zv2))
            .collect();
    }
    if ((arr2.iter().cloned().map(|zv4| zv4 * 0.5).product::<f64>()) >= a
        && r >= (0.25 % (theta * theta + 0.5)))
    {
        if r < 1.5 {
            let zvec3: Vec<f64> = vec![(b * (b * 1.5)), (v1 * theta), (v1 * 0.25)];
            arr2[0] -= x.iter().fold((0.25 + x[1]), |zacc6, &zv5| {
                zacc6 * 0.5
                    + zv5
                        * (arr2
                            .iter()
                            .copied()
                            .filter(|&zv8| r > arr2[1])
                            .fold(1.0, |zacc, zv7| zacc * 0.5 + zv7 * 1.5))
            });
        } else if (a - 1.5) < (a - 1.5) {
            let (v4, v5) = (
                (((x.len() as f64) + b) * 0.25),
                (((x.len() as f64) + b) * 0.25),
            );
        } else {
            let (v6, v7) = (
                (arr2
                    .iter()
                    .copied()
                    .filter(|&zv10| b >= x[1])
                    .fold(1.0, |zacc, zv9| zacc * 0.5 + zv9 * theta)),
                (arr2[0] * a),
            );
        }
        let v8: f64 = arr2
            .iter()
            .map(|&zv11| zv11 * 2.0_f64.hypot(x[1]))
            .product();
    } else {
    }
    ((x.len() as f64) * (arr2[1] * arr2[1]).ln_1p()) + v1 + arr2[0] + arr2[1] + arr2[2]
}

static RP26_K0: [f64; 3] = [1.0, 3.0, 0.25];
#[differentiate]
impl Params {
    #[differentiate]
    fn rp26_h0(s0: f64) -> [f64; 3] {
        [(RP26_K0[1] - (s0 + RP26_K0[0])), (s0 * s0), RP26_K0[1]]
    }
}
#[differentiate]
fn rp26(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x
        .iter()
        .zip(RP26_K0.iter())
        .zip(x.iter())
        .map(|((&zp1, &zq2), &zr3)| zp1 * zq2 * zr3 * d)
        .sum::<f64>());
    let mut v2 = (d / (c * c + 1.0));
    for e3 in RP26_K0 {}
    (((2.0_f64.powi(2) * 0.25) as f32).sin() as f64) + v1 + v2
}

#[derive(Clone, Copy, Debug)]
pub enum Rp27Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP27_K0: f64 = (-0.75);
static RP27_K1: f64 = (-1.25);
static RP27_K2: f64 = 0.1;
static RP27_K3: [f64; 3] = [(-0.75), 2.0, (-0.75)];
#[differentiate]
fn rp27_h0(s0: f64, r1: &f64) -> [f64; 3] {
    if (1.5_f64 * 1.5_f64 + 1.0).powi(2) >= (*r1) {
        let mut v1 = std::f64::consts::PI;
        let v3: f64 = 3_u16.into();
        let v2: f64 = ((5.0_f64.sqrt() - 2.0).sin().exp_m1()) * v3;
    } else if (((RP27_K3[2]) as f32).sin() as f64) < (*r1).round_ties_even() {
        let mut v4 = (*r1).rem_euclid(3.0 * 3.0 + 0.5);
    } else {
    }
    [
        std::f64::consts::FRAC_1_SQRT_2.sin().exp_m1(),
        (((*r1) + RP27_K3[1]) * ((*r1) + RP27_K3[1]) + 1.5).acosh(),
        (s0 + RP27_K3[1]),
    ]
}
#[differentiate]
fn rp27_h1(s0: f64, y1: [f64; 3]) -> [f64; 3] {
    if y1[1].midpoint(s0) > y1[1] {}
    if (if s0 < 1.5 { RP27_K3[1] } else { RP27_K3[0] }) > 1.5 {
        return [(RP27_K2 - s0), (RP27_K2 - s0), 0.5];
    }
    [
        RP27_K3[0],
        (RP27_K3
            .windows(2)
            .map(|zw1| zw1[0] * zw1[1] * 0.5 + s0)
            .sum::<f64>()),
        s0,
    ]
}
#[differentiate]
fn rp27(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4], [r, theta]: [f64; 2]) -> f64 {
    let mut v1: f64 = 1.5;
    for i2 in 0..3 {
        let v3: f64 = (if RP27_K3.iter().all(|&zv1| b >= x[i2]) {
            RP27_K1
        } else {
            (((RP27_K3[2]) as f32).sin() as f64)
        });
        let mut zf2 = |zt3: f64| v1 += zt3 * ((-1.25_f64) * (-1.25_f64) + 0.5).log10();
        zf2(v3);
        zf2(v3 * 0.5);
        let pk5 = Rp27Act::Softplus { beta: 0.1 };
        let mut pm4: f64 = (0.25_f64.copysign(RP27_K3[i2]));
        if let Rp27Act::Leaky(slope) = pk5 {
            pm4 *= slope;
        } else if let Rp27Act::Softplus { beta } = pk5 {
            pm4 = f64::ln_1p(f64::exp(beta * pm4)) / beta;
        }
        v1 += pm4;
        if (RP27_K3[i2] >= f64::atan(0.25_f64) || (std::f64::consts::PI + c) <= x[2]) {
            let pm6: f64 = match f64::sin(1.5_f64) >= (RP27_K3[0] / (r * r + 1.0)) {
                true => ((0.5_f64.round_ties_even().sin() * 0.5).asin()),
                false => (x[i2] % (v1 * v1 + 0.5)),
            };
            pm4 += pm6;
        } else if RP27_K3[i2] <= a {
            if (RP27_K3[1] <= (RP27_K1 / (RP27_K3[i2] * RP27_K3[i2] + 1.0))
                && ((i2 * 2 + 1) as f64) <= b)
            {
                return RP27_K3[1].powi(2);
            }
            if pm4 * pm4 < 0.0 {
                panic!("negative square of {pm4}");
            }
        } else {
            let mut arr7: Vec<f64> = vec![0.0; x.len()];
            pm4 -= x.iter().fold(0.5, |zacc5, &zv4| zacc5 * 0.5 + zv4 * a);
            debug_assert_ne!(RP27_K3.len(), 0);
        }
    }
    let v8: f64 = 0.5;
    let mut k9 = 0usize;
    loop {
        if k9 >= 3 {
            break;
        }
        let i10 = k9;
        k9 += 1;
        v1 /= (((RP27_K3[2]) as f32).sin() as f64) * (((RP27_K3[2]) as f32).sin() as f64) + 1.0;
        for &zv6 in x.iter().rev().take(2) {
            if (RP27_K1 < (1.5 % (1.5 * 1.5 + 0.5)) && RP27_K2 < theta) {
                break;
            }
            v1 -= f64::mul_add(c, x[1], zv6);
            let mut arr11 = RP27_K3;
        }
        let mut k12 = 0usize;
        loop {
            if k12 >= 3 {
                break;
            }
            let i13 = k12;
            k12 += 1;
            let (v14, v15): (f64, f64) = ((RP27_K3[1] + d), 0.25);
            let mut v16 = v14;
        }
    }
    let (t18, _, mut t19): (f64, f64, f64) =
        ((r), (2.0 + RP27_K3[0]), (0.1_f64.mul_add(x[3], RP27_K3[2])));
    t19 += t18;
    RP27_K3[1].tanh().cosh() + v1 + v8 + t18 + t19
}

static RP28_K0: [f64; 3] = [(-1.25), 0.5, (-1.25)];
const RP28_K1: i32 = 0;
static RP28_K2: f64 = (-0.75);
impl Params {
    #[differentiate(wrt(c, x, m))]
    fn rp28(&self, a: f64, b: f64, c: f64, x: &[f64; 4], m: &[[f64; 2]; 2]) -> f64 {
        let mut v1 = (RP28_K0[1] % (x[1] * x[1] + 0.5));
        let mut v2 = 2.0_f64.div_euclid(a * a + 0.5);
        if a >= 1.0_f64.asinh() {
            let mut k3 = 0usize;
            while k3 < 3 {
                let i4 = k3;
                k3 += 1;
            }
        } else {
            {
                let (v5, v6) = (
                    (c - RP28_K0[1]),
                    (a * (RP28_K0
                        .iter()
                        .copied()
                        .enumerate()
                        .map(|(zi2, zv1)| (zi2 as f64) * 0.5 + zv1 * RP28_K0[1])
                        .sum::<f64>())),
                );
                v1 -= (f64::max(v5, m[1][0]).sin() * 0.5).atanh();
                let (v7, v8) = (
                    (if v1 <= x[1] { v5 } else { self.k }).sin().exp(),
                    (v1 * m[1][0]).mul_add(RP28_K0[0], (v5 - m[1][1])),
                );
            }
            for (i9, e10) in RP28_K0.iter().enumerate() {}
            let (v11, v12): (f64, f64) = (2.0, 2.0);
        }
        let mut v13 = v1.atan2(x[1] * x[1] + 0.5);
        for (zp3, zq4) in x.iter().zip(&RP28_K0) {}
        (x.iter()
            .copied()
            .filter(|&zv6| m[0][0] < m[1][1])
            .fold(1.0, |zacc, zv5| zacc * 0.5 + zv5 * 2.0))
            + v1
            + v2
            + v13
    }
}

const RP29_N: usize = 4;
static RP29_K0: f32 = 2.0_f32;
const RP29_K1: usize = 1;
#[differentiate]
fn rp29(a: f32, b: f32, x: &[f32; RP29_N]) -> f32 {
    let mut v1: f32 = (1.5_f32 * 2.0_f32);
    if (((RP29_K1 as f32) * (RP29_K1 as f32) + 0.5_f32).cbrt() <= a.ceil()
        || f32::exp_m1((-1.25_f32).sin()) >= a)
    {
    } else if v1 <= a {
    } else {
    }
    v1 += (1.5_f32 - b);
    for i2 in 0..=2 {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
    }
    for i5 in 1..3 {
        let (v6, v7) = (f32::cos(a)).sin_cos();
    }
    (x.iter().rev().skip(1).map(|&zv1| zv1 * a).sum::<f32>()) + v1
}

const RP30_K0: f64 = 3.0;
static RP30_K1: i32 = 0;
const RP30_K2: usize = 1;
#[differentiate]
fn rp30_h0(r0: &f64, s1: f64, y2: [f64; 3]) -> f64 {
    let v1 = (if y2.iter().all(|&zv1| s1 >= zv1) {
        1.5_f64
    } else {
        1.5_f64
    });
    for e2 in y2 {}
    f64::recip((y2[0] * y2[0] + 1.0)) + v1
}
#[differentiate(wrt(a, b, c, d, x, r_theta))]
fn rp30(a: f64, b: f64, c: f64, d: f64, x: &[f64], &[r, theta]: &[f64; 2], o: Option<f64>) -> f64 {
    let mut v1 = (theta - c);
    let mut v2 = ((theta * x[0]) * (theta * x[0]) + 1.0).recip();
    let (v3, v4) = ((x[2] * x[2] + 1.5).acosh(), (x[2] * x[2] + 1.5).acosh());
    let mut t5 = (
        ((-0.75_f64) * (-0.75_f64) + 0.5).powf((theta - a).tanh()),
        (f64::from(3u8) * 0.5).atan2(3.0 * 3.0 + 0.5),
    );
    (if (x[1] <= 1.5 || x[1] <= b) { x[1] } else { v1 }) + v1 + v2 + v3 + v4 + t5.0 + t5.1
}

const RP31_K0: [f64; 3] = [0.1, 1.5, 1.5];
static RP31_K1: f64 = 1.5;
mod rp31_m {
    use super::*;

    #[differentiate]
    pub fn rp31_h0(&[a, b]: &[f64; 2], s1: f64) -> [f64; 3] {
        [(1.5 * RP31_K0[1]), (-s1), (-(-RP31_K1))]
    }
}
#[differentiate]
fn rp31(a: f64, b: f64, c: f64, x: [f64; 4], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = RP31_K0[0];
    let mut v2 = (x[0] / (a * a + 1.0));
    if (-0.75) > b {
        if ((-0.75) + 2.0) > v2 {
            let mut t3: (f64, f64) = ((c * 0.1), 2.0);
            let pm4: f64 = match (f64::atan((1.0_f64 * 1.0_f64 + 0.5).cbrt())) {
                t5 if t5 <= 0.5 => t5 * ((5.0_f64.sqrt() - 2.0).round_ties_even()),
                t5 @ 0.5..=1.5 => {
                    t5 + (x.iter().fold(RP31_K0[1], |zacc2, &zv1| {
                        zacc2 * 0.5 + zv1 * 0.1_f64.asinh()
                    }))
                }
                t5 => f64::sin(t5),
            };
            v2 += pm4;
        } else if 1.5 > RP31_K1 {
            v2 /=
                (RP31_K0[0] + RP31_K0[1].sin().exp()) * (RP31_K0[0] + RP31_K0[1].sin().exp()) + 1.0;
        } else {
            let mut arr6: [f64; 3] = [0.0; 3];
            arr6[1] = (x[3] - a);
            v1 += (2.0 + b);
        }
        v1 *= (RP31_K0
            .iter()
            .zip(x.iter())
            .zip(RP31_K0.iter())
            .map(|((&zp3, &zq4), &zr5)| zp3 * zq4 * zr5 * 1.5)
            .sum::<f64>());
        let zf6 = |zt7: f64| {
            zt7 * (x[..2]
                .iter()
                .take(2)
                .map(|&zv9| zv9 * x[1])
                .product::<f64>())
        };
        let zg8 = |zt10: f64| zf6(zt10) * 0.5 + 1.5_f64.mul_add(RP31_K0[2], 1.5_f64.signum());
        let v7 = zg8(2.0) - zf6((1.5 * RP31_K0[1]).mul_add(0.1, f64::ceil((RP31_K1 * x[1]))));
    } else if 3.0
        >= (RP31_K0
            .iter()
            .skip(1)
            .enumerate()
            .map(|(zi12, &zv11)| (zi12 as f64) * 0.5 + zv11 * v2)
            .sum::<f64>())
    {
    } else {
        let mut arr8 = [[0.0_f64; 3]; 3];
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let i10 = k9;
            k9 += 1;
            v2 = (c + RP31_K0[i10]);
            if (a % (1.5 * 1.5 + 0.5)) < (v2 - 2.0) {
                continue;
            }
            v1 = f64::asin(((5.0_f64.sqrt() - 2.0).sin() * 0.5)).mul_add((-v2), v2);
        }
    }
    let mut t11 = (
        (RP31_K0
            .iter()
            .filter(|&&zv14| x[1] < RP31_K1)
            .enumerate()
            .map(|(zi15, &zv13)| (zi15 as f64) * zv13 * 1.5)
            .sum::<f64>())
        .div_euclid((RP31_K0[1] + 1.5) * (RP31_K0[1] + 1.5) + 0.5),
        b.mul_add(1.5, RP31_K0[1]),
    );
    let mut k12 = 0usize;
    loop {
        if k12 >= 3 {
            break;
        }
        let i13 = k12;
        k12 += 1;
        if std::f64::consts::PI > RP31_K0[i13].cos() {
            let mut v14: f64 = (2.0 / ((-1.25) * (-1.25) + 1.0));
            v1 = f64::round_ties_even(v14);
        }
        if (1.5 - RP31_K0[0]) >= b {
            continue;
        }
        if 1.5 <= c {
        } else if t11.1 < x[i13] {
            let (v15, v16) = (
                ((i13 as f64).sin() * 0.5).asin(),
                ((i13 as f64).sin() * 0.5).asin(),
            );
        } else {
        }
    }
    c.midpoint(RP31_K0[0]) + v1 + v2 + t11.0 + t11.1
}

const RP32_N: usize = 4;
const RP32_K0: f64 = 0.5;
const RP32_K1: f64 = 2.0;
const RP32_K2: f64 = 1.0;
#[differentiate]
fn rp32_h0(y0: &[f64]) -> (f64, f64) {
    for i1 in 0..2 {}
    let mut v2 = 1.0_f64.midpoint(0.25);
    (RP32_K0.cos() + v2, f64::tan(RP32_K2.tanh()))
}
#[differentiate]
fn rp32(a: f64, b: f64, c: f64, x: [f64; RP32_N], q: bool) -> f64 {
    let mut v1 = (x
        .iter()
        .zip(&x)
        .map(|(zp1, zq2)| (*zp1) * (*zq2) * 2.0)
        .sum::<f64>())
    .sin()
    .exp_m1();
    let mut v2 = 2.0_f64.max(1.5);
    for zw3 in x.windows(2) {
        let v3 = zw3[1] - zw3[0];
        let zf4 = move |zt5: f64| zt5 * (2.0 / (2.0 * 2.0 + 1.0));
        v1 += 0.5;
        let v4 = zf4((-RP32_K0.asinh())) + zf4((-v1));
        for (zp6, zq7) in x.iter().zip(&x) {
            if (c >= x[1] && c >= ((-1.25) % (v2 * v2 + 0.5))) {
                break;
            }
        }
        let v5 = RP32_K1;
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
    }
    2.0_f64.max(a) + v1 + v2
}

#[differentiate(wrt(a, c))]
fn rp33(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = a.atan2(a * a + 0.5);
    let mut v2 = x[1].mul_add(0.25, x[1]);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
    }
    if 1.5 < 0.5 {
        let po6: Option<f64> = if c <= 2.0 {
            Some((f64::to_radians(v1)) * 2.0)
        } else {
            None
        };
        let pm5: f64 = match po6 {
            Some(t7) => t7 * ((x[1] - x[1]).clamp(-0.5, 0.75)),
            None => {
                (((x[..2]
                    .iter()
                    .map(|&zv1| zv1 * (2.0_f64.powi(2) * 0.25))
                    .sum::<f64>())
                    * (x[..2]
                        .iter()
                        .map(|&zv1| zv1 * (2.0_f64.powi(2) * 0.25))
                        .sum::<f64>())
                    + 0.5)
                    .powf((((v1) as f32).sin() as f64).tanh()))
            }
        };
        v1 += pm5;
    } else if (v1).is_sign_negative() {
        for (zp2, zq3) in x.iter().zip(x.iter()) {}
        for (zp4, zq5) in x.iter().zip(&x[1..]) {
            let pq9: [[f64; 2]; 2] = [
                [(0.25 + (((2.0) as f32).sin() as f64)), v2],
                [
                    (x[1] / ((*zq5) * (*zq5) + 1.0)),
                    (0.25 + (((2.0) as f32).sin() as f64)),
                ],
            ];
            let [[t10, t11], [t12, t13]] = pq9;
            let pm8: f64 = t10 * t13 - t11 * t12;
            v1 += pm8;
            v2 /= (*zq5) * (*zq5) + 1.0;
            let v14: f64 = x.iter().map(|&zv6| zv6 * 1.5_f64.abs()).sum();
        }
        #[checkpoint]
        for i15 in 0..3 {
            let pq17: [f64; 3] = [
                (if (x[i15] <= v2 && c >= x[i15]) {
                    (c / (0.25 * 0.25 + 1.0))
                } else {
                    (if x.iter().all(|&zv7| (2.0 > 0.25 || b < v2)) {
                        b
                    } else {
                        b
                    })
                }),
                (f64::acosh(((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.5))),
                (1.5 + 0.25),
            ];
            let [ref t18, mut t19, ..] = pq17;
            t19 *= (f64::acosh(((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.5)));
            let pm16: f64 = (*t18)
                * (if (x[i15] <= v2 && c >= x[i15]) {
                    (c / (0.25 * 0.25 + 1.0))
                } else {
                    (if x.iter().all(|&zv7| (2.0 > 0.25 || b < v2)) {
                        b
                    } else {
                        b
                    })
                });
            v1 += pm16;
            let v21: f64 = f64::rem_euclid((i15 as f64), v2 * v2 + 0.5);
            assert!(
                v21.abs() >= 0.0 || v21.is_nan(),
                "{} is a number",
                v21 * 2.0
            );
            v1 = (c * c + 1.0).ln();
        }
    } else {
        for i22 in 0..2 {
            x.iter().for_each(|&zv8| v2 += zv8 * x[i22]);
            let mut v23 = x[i22];
        }
    }
    for e24 in x.iter() {
        v1 /= (f64::midpoint(a, 0.25) - 1.0) * (f64::midpoint(a, 0.25) - 1.0) + 1.0;
    }
    a.mul_add(f64::to_degrees(0.25_f64.tanh()), x[3]) + v1 + v2
}

const RP34_N: usize = 3;
static RP34_K0: [f64; 3] = [0.25, (-1.25), (-1.25)];
static RP34_K1: [f64; 3] = [3.0, 0.25, 3.0];
const RP34_K2: f64 = 0.1;
#[differentiate]
fn rp34_h0(s0: f64, n1: usize) -> [f64; 3] {
    {}
    [
        RP34_K1.iter().copied().fold(-f64::INFINITY, f64::max),
        f64::log(
            (2.0_f64 * 2.0_f64 + 1.5),
            std::f64::consts::PI * std::f64::consts::PI + 2.0,
        ),
        (RP34_K0[1] * RP34_K0[1] + 0.5).log10(),
    ]
}
impl Params {
    #[differentiate(wrt(a, b))]
    fn rp34(&self, a: f64, b: f64, x: [f64; RP34_N]) -> f64 {
        let mut v1 = x[1].fract();
        let mut v2 = self.w[0];
        if !(v1 <= (a * a + 1.0).powi(-2)) {
        } else {
            let mut k3 = 0usize;
            while k3 < 3 {
                let i4 = k3;
                k3 += 1;
                v1 = (1.0 / (a * a + 1.0));
                let (v5, v6) = ((v1 * v1 + 0.5).powf(v1.tanh()), RP34_K1[1].sin());
                v1 /= (-b) * (-b) + 1.0;
            }
            v1 += (2.0 * 1.5);
        }
        for i7 in 0..3 {
            for i8 in 0..3 {
                x.iter().for_each(|&zv1| v2 += zv1 * b.tanh().tan());
                let pq10: [[f64; 2]; 2] = [
                    [
                        (if 1.5 < RP34_K1[i7] { v2 } else { 3.0 }),
                        (v2 * v2 + 1.5).acosh(),
                    ],
                    [
                        (self.k % (RP34_K0[0] * RP34_K0[0] + 0.5)),
                        (if 1.5 < RP34_K1[i7] { v2 } else { 3.0 }),
                    ],
                ];
                let mut ps11: f64 = (self.k % (RP34_K0[0] * RP34_K0[0] + 0.5));
                for (pi14, [t12, _]) in pq10.iter().enumerate() {
                    ps11 += (*t12) * (pi14 as f64) + ((b * b + 1.5).acosh());
                }
                v2 += ps11;
            }
            for &zv2 in x.iter().filter(|&&zv3| zv3 > 0.25) {
                let v15: f64 = f64::from(
                    (RP34_K0
                        .iter()
                        .take_while(|&&zv5| v1 > 3.0)
                        .map(|&zv4| zv4 * x[1])
                        .sum::<f64>()) as f32,
                );
                if (v15 <= (-v15) || std::f64::consts::FRAC_1_SQRT_2 >= RP34_K0[i7]) {
                    continue;
                }
            }
            let mut k16 = 0usize;
            while k16 < 3 {
                let i17 = k16;
                k16 += 1;
                let v18: f64 = f64::from((((b) as f32).sin() as f64) as f32);
                let mut b = v1;
            }
        }
        RP34_K1[1].round_ties_even() + v1 + v2
    }
}

#[differentiate]
fn rp35(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (x[1] + b);
    for (zp1, zq2) in x.iter().zip(&x[1..]) {
        #[checkpoint(every = 2)]
        for i2 in 0..2 {}
    }
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        {
            if 0.25 <= 1.5_f64.midpoint(x[i4]) {
                break;
            }
            let mut arr5 = [0.0_f64; 3];
        }
    }
    let v6 = (x
        .iter()
        .take_while(|&&zv4| x[0] <= 0.25)
        .map(|&zv3| zv3 * f64::mul_add(1.5, 0.25, v1))
        .sum::<f64>());
    if !(d).is_nan() {
        for i7 in 1..3 {}
        for i8 in 0..3 {
            v1 -= (f64::hypot(0.25_f64, x[2]) - (-1.25_f64).round_ties_even());
            let (v9, v10) = ((v6 * v6 + 0.5).sqrt(), (v6 * v6 + 0.5).sqrt());
        }
    } else {
        for (zi5, &zv6) in x.iter().enumerate().skip(1) {}
        let zf7 = |[zp9, zq10]: [f64; 2]| zp9 - zq10 * c.sin().exp_m1();
        let v11 = zf7([
            x[1].clamp(-0.5, 0.75),
            (if 1.5 <= std::f64::consts::FRAC_1_SQRT_2 {
                a
            } else {
                1.5
            }),
        ]);
    }
    x[1] + v1 + v6
}

const RP36_K0: [f64; 3] = [0.25, (-0.75), 2.0];
#[differentiate]
fn rp36_h0(&[a, b]: &[f64; 2], s1: f64) -> f64 {
    for e1 in RP36_K0 {}
    ((2.0_f64 * 2.0_f64 + 0.5).sqrt() / (a * a + 1.0))
}
#[differentiate]
fn rp36_h1(r0: &f64) -> Vec<f64> {
    let mut t1 = (
        f64::log((RP36_K0[1] * RP36_K0[1] + 1.5), (*r0) * (*r0) + 2.0),
        (RP36_K0[0] + (*r0)),
    );
    let mut out = vec![0.0; 3];
    out[0] = f64::sqrt(((*r0).mul_add(RP36_K0[1], 2.0) * (*r0).mul_add(RP36_K0[1], 2.0) + 0.5))
        + t1.0
        + t1.1;
    out[1] = (2.0 + (*r0));
    out[2] = (RP36_K0
        .iter()
        .copied()
        .filter(|&zv2| RP36_K0[1] >= RP36_K0[1])
        .fold(1.0, |zacc, zv1| zacc * 0.5 + zv1 * 2.0));
    out
}
#[differentiate(wrt(a, c, d, r_theta))]
fn rp36(a: f64, b: f64, c: f64, d: f64, x: &[f64], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = d;
    let mut v2 = rp36_h0(&[(3.0 - RP36_K0[1]), 0.75], (x[0] - (-0.75)));
    if x[1] >= (RP36_K0[1] * RP36_K0[1] + 0.5).log10() {
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            let mut arr5: [f64; 3] = [
                (b + RP36_K0[i4]),
                b.min(((i4 * 2 + 1) as f64)),
                (if ((i4 * 2 + 1) as f64) > RP36_K0[i4] {
                    x[1]
                } else {
                    (((i4 + 1) % 3) as f64)
                }),
            ];
            v2 = (-c);
        }
        for i6 in 0..3 {}
        v1 *= d.max(RP36_K0[1]);
    } else if (0.1_f64.sin().exp_m1() > ((-0.75) / (x[1] * x[1] + 1.0)) && theta > 1.5) {
        if (-1.25) <= 2.0 {
            let mut t7 = (
                f64::round_ties_even(2.0_f64),
                f64::mul_add(RP36_K0[1], r, 1.5),
            );
            let pm8: f64 = match ((f64::from(3u8) * 0.5) >= f64::asinh(RP36_K0[0])
                || b <= (RP36_K0[1] - 0.5))
            {
                true => (rp36_h0(&[x[0], 0.75], b)),
                false => (((1.5 * RP36_K0[1]) as f32).sin() as f64),
            };
            v2 += pm8;
        } else if true {
            let v9 = (x.len() as f64).sin().exp_m1();
            v1 += rp36_h0(&[b, 0.75], RP36_K0[1]);
            v1 /= (RP36_K0[1].max(v2) - (-RP36_K0[1].round()))
                * (RP36_K0[1].max(v2) - (-RP36_K0[1].round()))
                + 1.0;
        } else {
            let v10: f64 = ((0..3).map(|zi1| (zi1 as f64 + 1.0) * 1.5).sum::<f64>()).sin();
            assert!(
                v10.abs() >= 0.0 || v10.is_nan(),
                "{} is a number",
                v10 * 2.0
            );
        }
    } else {
        let v11: f64 = x[1].max(0.5_f64.sin());
        let mut zf2 = |zt3: f64| {
            v2 += zt3
                * std::f64::consts::PI.mul_add(
                    (2.0 / (v1 * v1 + 1.0)),
                    (zt3 / (RP36_K0[1] * RP36_K0[1] + 1.0)),
                )
        };
        zf2(v11);
        zf2(v11 * 0.5);
    }
    for (i12, e13) in RP36_K0.iter().enumerate() {
        if x[i12] < x[i12].tanh().sinh() {
            let v14 = rp36_h0(&[RP36_K0[i12], 0.75], c);
            v1 /= 1.5_f64.copysign((x[i12] + 2.0)) * 1.5_f64.copysign((x[i12] + 2.0)) + 1.0;
            if (1.5 * x[i12]) > (RP36_K0[i12] * c) {
                break;
            }
        } else {
            v2 *= d;
            let v15: f64 = (((i12 * 2 + 1) as f64) + ((i12 * 2 + 1) as f64));
            let mut zf4 = |zt5: f64| {
                v1 += zt5
                    * (x.iter()
                        .zip(x.iter())
                        .map(|(&zp6, &zq7)| zp6 * zq7 * RP36_K0[i12])
                        .sum::<f64>())
            };
            zf4(v15);
            zf4(v15 * 0.5);
            let v16: f64 = RP36_K0
                .iter()
                .map(|&zv8| zv8 * 3.0_f64.div_euclid(a * a + 0.5))
                .sum();
        }
    }
    for e17 in RP36_K0 {
        let zf9 = |zt10: f64| zt10 * f64::to_degrees(RP36_K0[1].tanh());
        let zg11 = |zt12: f64| zf9(zt12) * 0.5 + f64::exp_m1((2.0_f64 * 1.5_f64).sin());
        let v18 = zg11((RP36_K0[1] + (x.len() as f64))) - zf9((x[1].sin() * 0.5).asin());
        for i19 in 0..3 {
            let v20: f64 = x
                .first()
                .copied()
                .unwrap_or((v18 / (RP36_K0[2] * RP36_K0[2] + 1.0)));
            let mut pb22 = None;
            for &t23 in x.iter() {
                if t23
                    > (d + (if (3.0 <= RP36_K0[i19] || RP36_K0[i19] <= RP36_K0[0]) {
                        RP36_K0[1]
                    } else {
                        a
                    }))
                {
                    pb22 = Some(
                        t23 * (v18
                            / ((if (RP36_K0[1] >= r || 1.5 >= v1) {
                                RP36_K0[i19]
                            } else {
                                RP36_K0[i19]
                            }) * (if (RP36_K0[1] >= r || 1.5 >= v1) {
                                RP36_K0[i19]
                            } else {
                                RP36_K0[i19]
                            }) + 1.0)),
                    );
                }
            }
            let pm21: f64 = match pb22 {
                Some(t23) => t23 + (if 1.5 < 0.1 { x[3] } else { theta }),
                None => (if 1.5 < 0.1 { x[3] } else { theta }),
            };
            v2 += pm21;
        }
        let mut k24 = 0usize;
        while k24 < 3 {
            let i25 = k24;
            k24 += 1;
            v2 -= (RP36_K0[0] * RP36_K0[0] + 0.5).sqrt();
            v2 = ((RP36_K0
                .iter()
                .filter(|&&zv14| (((i25 + 1) % 3) as f64) >= x[1])
                .count() as f64)
                - (rp36_h0(&[RP36_K0[1], 0.75], a) - (theta + RP36_K0[2])));
        }
    }
    r + v1 + v2
}

const RP37_K0: usize = 1;
const RP37_K1: [f64; 3] = [3.0, (-1.25), 3.0];
const RP37_K2: [f64; 3] = [(-0.75), 2.0, 1.0];
#[differentiate]
fn rp37_h0(y0: &[f64], y1: &[f64], n2: usize) -> (f64, f64) {
    ((-1.0), (RP37_K2[0] * RP37_K2[0] + 1.5).log(1.0 * 1.0 + 2.0))
}
mod rp37_m {
    use super::*;

    #[differentiate]
    pub fn rp37_h1(n0: usize, n1: usize, &[a, b]: &[f64; 2]) -> [f64; 3] {
        for (zp1, zq2) in RP37_K1.iter().zip(&RP37_K1[1..]) {}
        {}
        [
            b,
            (*RP37_K1.iter().last().unwrap()),
            (RP37_K1.iter().filter(|&&zv7| a < zv7).count() as f64),
        ]
    }
}
#[differentiate]
fn rp37(a: f64, b: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = (RP37_K0 as f64);
    let v2 = RP37_K1[1].abs();
    v1 *= (x[1] / (b * b + 1.0));
    if (a - 1.0) <= RP37_K2[1] {
    } else if (v1 + RP37_K1[0]) < 0.5_f64.abs() {
        for &zv1 in x.iter().rev().take(2) {
            let w3: [f64; 3] = rp37_m::rp37_h1(p.n, RP37_K0, &[(-1.25), 0.75]);
            let (t5, _, mut t6): (f64, f64, f64) = (
                ((0.25_f64 * 0.25_f64 + 0.5).log2()),
                ((zv1 / (b * b + 1.0)) / (((-1.25) + w3[1]) * ((-1.25) + w3[1]) + 1.0)),
                (w3[1].tanh().cosh()),
            );
            t6 += t5;
            v1 += t5;
            let v7 = zv1.copysign((zv1 * zv1).ln_1p());
        }
        for zv2 in &x {
            let mut t8 = (((-0.75) * v2), (b + RP37_K2[1]));
            t8.1 += (((t8.1.atan2(t8.1 * t8.1 + 0.5)) as f32).sin() as f64);
            t8.0 = RP37_K1[0].mul_add(p.k, (if a >= v1 { v1 } else { RP37_K1[0] }));
        }
        let (v9, v10) = (
            (if true { 1.5 } else { (f64::from(3u8) * 0.5) }),
            (-(p.n as f64)),
        );
    } else {
        let mut k11 = 0usize;
        while k11 < 3 {
            let i12 = k11;
            k11 += 1;
        }
        let w13 = rp37_m::rp37_h1(3, 2, &[(a * a + 1.5).acosh(), 0.75]);
    }
    x[2] + v1 + v2
}

static RP38_K0: f64 = 2.0;
const RP38_K1: usize = 3;
static RP38_K2: f64 = 2.0;
static RP38_K3: usize = 3;
#[differentiate]
fn rp38(a: f64, b: f64, x: &[f64], m: &[[f64; 2]; 2], q: bool) -> f64 {
    let mut v1 = (x
        .iter()
        .enumerate()
        .step_by(2)
        .map(|(zi2, &zv1)| (zi2 as f64) * 0.5 + zv1 * (zv1 * zv1 + 1.0).powi(-2))
        .sum::<f64>());
    v1 = (x
        .iter()
        .zip(x)
        .map(|(zp3, zq4)| (*zp3) * (*zq4) * (if !((*zq4) <= 1.5) { RP38_K2 } else { 2.0 }))
        .sum::<f64>());
    if !((m[1][1] + 3.0) > v1.cos()) {
    } else if (a + a) > (if x[1] < 0.5 { 2.0 } else { x[1] }) {
        v1 += f64::div_euclid(m[1][0], b * b + 0.5);
        v1 /= (-(RP38_K3 as f64)) * (-(RP38_K3 as f64)) + 1.0;
    } else {
        let mut arr2 = [0.0_f64; 3];
        let v3: f64 = arr2
            .iter()
            .map(|&zv5| zv5 * ((RP38_K1 as f64) - RP38_K0))
            .sum();
        let (v4, v5) = ((a / (x[1] * x[1] + 1.0)), (a / (x[1] * x[1] + 1.0)));
    }
    f64::min((2.0_f64 * 0.1_f64), (a / (b * b + 1.0))) + v1
}

#[derive(Clone, Copy, Debug)]
pub enum Rp39Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
#[differentiate]
fn rp39_h0(s0: f64) -> f64 {
    2.0
}
#[differentiate]
fn rp39_h1(y0: [f64; 3]) -> f64 {
    for (i1, e2) in y0.iter().enumerate() {
        if (*e2) >= f64::clamp((-0.75_f64), -0.5, 0.75) {
            break;
        }
        let mut arr3 = [[0.0_f64; 3]; 3];
    }
    for e4 in y0 {
        let mut v5 = e4.abs();
        let v6: f64 = y0.iter().map(|&zv1| zv1 * y0[1].hypot(2.0)).sum();
    }
    1.0
}
#[differentiate]
fn rp39(a: f64, b: f64, c: f64, x: [f64; 3], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = (-x[1]);
    let mut v2 = x[1].mul_add(0.1, a);
    for i3 in 1..3 {
        let pk5 = Rp39Act::Relu;
        let mut pm4: f64 = (x.iter().fold(0.25, |zacc2, &zv1| zacc2 * 0.5 + zv1 * x[i3]));
        if let Rp39Act::Leaky(slope) = pk5 {
            pm4 *= slope;
        } else if let Rp39Act::Softplus { beta } = pk5 {
            pm4 = f64::ln_1p(f64::exp(beta * pm4)) / beta;
        }
        v2 += pm4;
        for e6 in x {
            let mut pb8 = None;
            for &t9 in x.iter() {
                if t9 > ((b * b + 0.5).log10()) {
                    pb8 = Some(
                        t9 * ((((i3 * 2 + 1) as f64) * ((i3 * 2 + 1) as f64) + 1.5)
                            .log(2.0 * 2.0 + 2.0)),
                    );
                }
            }
            let pm7: f64 = match pb8 {
                Some(t9) => t9 + (v2 - 0.1),
                None => (v2 - 0.1),
            };
            v1 += pm7;
            let mut v10 = (-rp39_h0(v1));
        }
        for (zp3, zq4) in x.iter().zip(&x) {
            assert_eq!(x.len(), 3);
        }
    }
    let (v11, v12) = ((theta * (x.len() as f64)), (theta * (x.len() as f64)));
    {
        v1 = (x[1] - x[1]).hypot((v11 * 2.0));
    }
    if (x[0]).is_sign_negative() {
        let mut k13 = 0usize;
        loop {
            if k13 >= 3 {
                break;
            }
            let i14 = k13;
            k13 += 1;
        }
        for (i15, &e16) in x.iter().enumerate() {
            let v17: f64 = 1.0_f64.tanh().tan();
            v2 = f64::powi((c * c + 1.0), -2);
        }
        for i18 in 0..=2 {
            let po20 = if true {
                Some((r.sin().exp_m1()) * 2.0)
            } else {
                None
            };
            let Some(t21) = po20 else {
                continue;
            };
            let pm19: f64 = t21 * (a);
            v2 += pm19;
            v2 = rp39_h1(x);
            let mut arr22: [f64; 3] = [0.25, 0.25_f64.floor(), (-0.25)];
        }
    }
    f64::copysign((x[0] + theta), rp39_h0(0.25)) + v1 + v2 + v11 + v12
}

const RP40_N: usize = 3;
const RP40_K0: f64 = 3.0;
#[differentiate]
fn rp40_h0(s0: f64) -> f64 {
    {}
    (if s0 > (f64::from(3u8) * 0.5) {
        0.5
    } else {
        0.5
    })
}
#[differentiate(wrt(b, x))]
fn rp40(a: f64, b: f64, x: &[f64; RP40_N], o: Option<f64>) -> f64 {
    let mut v1 = (b % (1.5 * 1.5 + 0.5));
    let v2: f64 = x
        .iter()
        .map(|&zv1| zv1 * (if v1 >= RP40_K0 { 2.0 } else { a }))
        .sum();
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        if (a * 1.5) >= v1 {}
    }
    let v5: f64 = f64::mul_add(x[1], v2, rp40_h0(x[1]));
    if a >= v1 {}
    v1 = RP40_K0;
    (((2.0) as f32).sin() as f64) + v1 + v2 + v5
}

#[differentiate]
fn rp41_h0(s0: f64) -> (f64, f64) {
    if (1.5 + s0) <= 0.5 {
    } else {
        let mut v1 = (2.0 - ((2.0_f64.powi(2) * 0.25) - s0));
    }
    let v2: f64 = 0.5;
    debug_assert!(v2.abs() >= 0.0 || v2.is_nan(), "{} is a number", v2 * 2.0);
    (
        0.5 + v2,
        f64::min(f64::powi((s0 * s0 + 1.0), 2), (v2 * v2 + 1.0).ln()),
    )
}
#[differentiate]
fn rp41(a: f64, b: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (b - x[1]);
    let mut v2 = x[1].tanh().to_degrees();
    let zf1 = |zt2: f64| {
        zt2 * (x
            .iter()
            .copied()
            .filter(|&zv4| (zt2 > a && v1 > b))
            .fold(1.0, |zacc, zv3| {
                zacc * 0.5 + zv3 * (if true { 0.5 } else { zv3 })
            }))
    };
    let v3 = zf1(0.25) + zf1(f64::mul_add(b, v2, a.rem_euclid(v2 * v2 + 0.5)));
    x.iter().for_each(|&zv5| v2 += zv5 * (1.0 - zv5));
    if (v3 * (x.len() as f64)) < ((f64::from(3u8) * 0.5).cos() * 0.5).acos() {
        v2 -= x[1].tanh().tan();
    } else {
        if b > v1 {
        } else if !(0.5 > 2.0) {
            v2 = (-x[1]);
        } else {
            v1 /= (if x[1] < 0.25 { b } else { 2.0 }) * (if x[1] < 0.25 { b } else { 2.0 }) + 1.0;
        }
    }
    for i4 in (0..=2).rev() {
        let po6: Option<f64> = if (-1.25) > (0.25_f64 * 0.25_f64 + 1.0).powi(-2) {
            Some((((v1) as f32).sin() as f64) * 2.0)
        } else {
            None
        };
        let mut pm5: f64 = (v3);
        if let Some(t7) = po6
            && t7 > (f64::from(3u8) * 0.5)
        {
            pm5 += t7 * t7;
        }
        v1 += pm5;
    }
    for (i8, e9) in x.iter().enumerate() {
        v2 *= v3;
    }
    1.5 + v1 + v2 + v3
}

static RP42_K0: usize = 3;
const RP42_K1: f32 = 1.5_f32;
mod rp42_m {
    use super::*;

    #[differentiate]
    pub fn rp42_h0(&[a, b]: &[f32; 2], y1: &[f32], s2: f32) -> (f32, f32) {
        (
            (RP42_K0 as f32),
            ((f32::from(3u8) * 0.5_f32) * (f32::from(3u8) * 0.5_f32) + 0.5_f32)
                .powf(2.0_f32.tanh()),
        )
    }
}
#[differentiate]
fn rp42(a: f32, b: f32, c: f32, x: &[f32], p: &Params) -> f32 {
    let mut v1 = 0.25_f32.asinh().abs();
    let mut v2 = ((RP42_K0 as f32) - 1.5_f32);
    let v3 = x[1].atan2((v1 * v1 + 0.5_f32).log2() * (v1 * v1 + 0.5_f32).log2() + 0.5_f32);
    if ((c.cos() * 0.5_f32).acos() <= x[1] && 2.0_f32.rem_euclid(c * c + 0.5_f32) < 1.5_f32.fract())
    {
    }
    for zv1 in x.iter().copied().step_by(2) {}
    ((a - b) * f32::asinh(v2)) + v1 + v2 + v3
}

#[differentiate]
fn rp43_h0(n0: usize, [r, theta]: [f32; 2]) -> [f32; 3] {
    let mut v1: f32 = 0.5_f32;
    [(theta + 0.25_f32) + v1, v1, (theta / (v1 * v1 + 1.0_f32))]
}
#[differentiate(wrt(a))]
fn rp43(a: f32, b: f32, c: f32, x: &[f32], q: bool) -> f32 {
    let mut v1: f32 = 1.5_f32;
    for (zp1, zq2) in x.iter().zip(x.iter()) {
        v1 = 1.5_f32;
    }
    let pq3: [[f32; 2]; 2] = [
        [
            (if !(x[1] >= (-0.75_f32)) { 0.25_f32 } else { c }),
            a.mul_add(b, 2.0_f32),
        ],
        [
            v1.mul_add(a, 2.0_f32),
            (if !(x[1] >= (-0.75_f32)) { 0.25_f32 } else { c }),
        ],
    ];
    let mut ps4: f32 = (v1.mul_add(a, 2.0_f32));
    for (pi7, [t5, _]) in pq3.iter().enumerate() {
        ps4 += (*t5) * (pi7 as f32) + (b.mul_add(c, 2.0_f32));
    }
    (-0.75_f32).mul_add(a, (0.1_f32 * 3.0_f32))
        + v1
        + ps4
        + pq3[0][0]
        + pq3[0][1]
        + pq3[1][0]
        + pq3[1][1]
}

const RP44_K0: [f32; 3] = [0.1_f32, (-0.75_f32), 3.0_f32];
const RP44_K1: [f32; 3] = [(-0.75_f32), 1.5_f32, (-1.25_f32)];
const RP44_K2: usize = 1;
mod rp44_m {
    use super::*;

    #[differentiate]
    pub fn rp44_h0(y0: [f32; 3]) -> [f32; 3] {
        [(-1.25_f32), 3.0_f32.sin(), RP44_K1[2].sin()]
    }
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp44_h1(s0: f32, n1: usize) -> f32 {
        ((f32::from(3u8) * 0.5_f32) * (f32::from(3u8) * 0.5_f32) + 1.0_f32).powi(-2)
    }
}
impl Params {
    #[differentiate(wrt(a, b, c, x, m))]
    fn rp44(&self, a: f32, b: f32, c: f32, x: [f32; 3], m: &[[f32; 2]; 2], o: Option<f32>) -> f32 {
        let mut v1 = (a * a + 1.5_f32).log(2.0_f32 * 2.0_f32 + 2.0_f32);
        #[checkpoint]
        for e2 in x {
            let v3: f32 = (e2 - 3.0_f32);
        }
        let zf1 = |zt2: f32| -> f32 { zt2 * RP44_K1[0].mul_add(b, (RP44_K2 as f32)) };
        let v4 = zf1((RP44_K2 as f32).rem_euclid(2.0_f32 * 2.0_f32 + 0.5_f32))
            + zf1(RP44_K1
                .iter()
                .fold(x[0].atan2(1.0_f32 * 1.0_f32 + 0.5_f32), |zacc4, &zv3| {
                    zacc4 * 0.5_f32 + zv3 * 2.0_f32
                }));
        (x.iter()
            .filter(|&&zv6| (self.k as f32) < c)
            .enumerate()
            .map(|(zi7, &zv5)| (zi7 as f32) * zv5 * 2.0_f32)
            .sum::<f32>())
            + v1
            + v4
    }
}

static RP45_K0: [f64; 3] = [0.25, 1.0, 0.25];
static RP45_K1: i32 = 1;
static RP45_K2: [f64; 3] = [(-1.25), 2.0, (-0.75)];
static RP45_K3: f64 = 3.0;
impl Params {
    #[differentiate]
    fn rp45(&self, a: f64, b: f64, x: &[f64], q: bool) -> f64 {
        let mut v1 = f64::hypot((((RP45_K2[2]) as f32).sin() as f64), 2.0);
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
        }
        let mut arr4 = [0.0_f64; 3];
        let mut k5 = 0usize;
        loop {
            if k5 >= 3 {
                break;
            }
            let i6 = k5;
            k5 += 1;
            for i7 in 0..=2 {}
            let pm8: f64 = match x {
                [] => {
                    (RP45_K2
                        .chunks(2)
                        .map(|zw1| zw1[zw1.len() - 1] * (zw1.len() as f64) * 0.5 + a)
                        .sum::<f64>())
                }
                [t9] => (*t9) * (RP45_K2[i6].min((RP45_K1 as f64))),
                [t9, t10] => (*t9) + (*t10) * (RP45_K2[i6].min((RP45_K1 as f64))),
                [t9, .., t10] => (*t9) * (*t10) + (b * b),
            };
            v1 += pm8;
        }
        f64::exp_m1(b.sin()) + v1 + arr4[0] + arr4[1] + arr4[2]
    }
}

const RP46_K0: f64 = (-1.25);
const RP46_K1: [f64; 3] = [0.25, 0.1, 2.0];
#[differentiate]
fn rp46_h0(y0: &[f64], s1: f64) -> f64 {
    let v1: f64 = y0.last().copied().unwrap_or(RP46_K1[2]);
    for &zv1 in y0.iter().filter(|&&zv2| zv2 > 0.25) {
        let zf3 = |zt4: f64| -> f64 { zt4 * y0.iter().copied().fold(-f64::INFINITY, f64::max) };
        let v2 = zf3((RP46_K1[1] + 2.0)) + zf3(zv1.rem_euclid(zv1 * zv1 + 0.5));
    }
    let mut v3 = (s1 * s1 + 1.0).powi(-2);
    0.25_f64.mul_add(f64::asin((y0[1].sin() * 0.5)), RP46_K1[1]) + v1 + v3
}
impl Params {
    #[differentiate]
    fn rp46(&self, a: f64, b: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (RP46_K1
            .iter()
            .copied()
            .map(|zv1| zv1 * 2.0)
            .product::<f64>());
        let mut v2: f64 = 0.5;
        let mut v3 = f64::powi((self.k * self.k + 1.0), 2);
        v1 /= b.div_euclid(a * a + 0.5) * b.div_euclid(a * a + 0.5) + 1.0;
        let zf2 = |zt3: &f64| (*zt3) * (RP46_K1[2] * (v2 / (x[1] * x[1] + 1.0)));
        let v4 = x.iter().map(zf2).sum::<f64>();
        let v5: f64 = (a * a + 0.5).sqrt();
        if ((if (0.1 >= 1.5 || v3 <= v5) { x[2] } else { v4 }) <= v1
            && (2.0 / (1.5 * 1.5 + 1.0)) <= 1.5)
        {
        } else {
            #[checkpoint]
            for i6 in 0..2 {
                let mut v1 = (-v3);
            }
            for zw4 in RP46_K1.windows(2) {
                let v7 = zw4[1] - zw4[0];
                v1 *= (x.iter().copied().take(2).map(|zv5| zv5 * zv5).sum::<f64>());
                let mut t8 = (x[2], std::f64::consts::FRAC_1_SQRT_2.ceil());
            }
            {
                let mut t9 = (v2, f64::mul_add(x[1], RP46_K1[1], (-v5)));
            }
        }
        (std::f64::consts::FRAC_1_SQRT_2 / (v4 * v4 + 1.0)) + v1 + v2 + v3 + v4 + v5
    }
}

static RP47_K0: i32 = 3;
#[differentiate]
fn rp47_h0(y0: [f64; 3], s1: f64) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = s1.round();
    out[1] = (s1 % (y0[0].round_ties_even() * y0[0].round_ties_even() + 0.5));
    out[2] = s1;
    out
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp47_h1(s0: f64, y1: [f64; 3]) -> [f64; 3] {
        if 2.0_f64.max(1.5) < 1.5_f64.mul_add(y1[1], 1.5) {
        } else {
            let mut v1 = f64::ln(((s0 * y1[0]) * (s0 * y1[0]) + 1.0));
            let (v2, v3) = (
                (s0 + s0),
                (y1.windows(2)
                    .map(|zw1| zw1[0] * zw1[1] * 0.5 + v1)
                    .sum::<f64>()),
            );
        }
        let mut t4 = ((RP47_K0 as f64), (RP47_K0 as f64));
        [
            (1.5_f64.sin() * 0.5).atanh() + t4.0 + t4.1,
            (RP47_K0 as f64).trunc(),
            f64::acosh((y1[1] * y1[1] + 1.5)).div_euclid(
                0.1_f64.mul_add(y1[0], (-0.75)) * 0.1_f64.mul_add(y1[0], (-0.75)) + 0.5,
            ),
        ]
    }
}
#[differentiate]
fn rp47(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = b.mul_add(f64::cos(a), 2.0);
    if x[0] >= x[0].mul_add(b, (RP47_K0 as f64)) {
        return c;
    }
    for i3 in (0..=2).rev() {
        v1 = x[3];
    }
    if b < (-0.75_f64).powi(2) {
        v2 -= (((-1.25) as f32).sin() as f64);
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
        }
    } else {
        v1 *= (1.5 / (1.5 * 1.5 + 1.0));
    }
    for i6 in 0..3 {
        let (v7, v8) = (
            (((i6 + 1) % 3) as f64).sin().exp_m1(),
            (((i6 + 1) % 3) as f64).sin().exp_m1(),
        );
        v1 /= (-(-1.25)) * (-(-1.25)) + 1.0;
        for zv1 in x.iter().copied().step_by(2) {
            v2 /= f64::powi(
                ((b.sin() * 0.5).asin() * (b.sin() * 0.5).asin() + 1.0),
                RP47_K0,
            ) * f64::powi(
                ((b.sin() * 0.5).asin() * (b.sin() * 0.5).asin() + 1.0),
                RP47_K0,
            ) + 1.0;
        }
    }
    (x[1].cos() * 0.5).acos() + v1 + v2
}

#[differentiate]
fn rp48(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (a - 2.0);
    if true {
        {
            let mut arr2: Vec<f64> = vec![0.0; x.len()];
            let zc4: Vec<f64> = arr2
                .iter()
                .rev()
                .map(|&zv1| {
                    zv1 * (if (c >= b && arr2[1] <= c) {
                        arr2.iter()
                            .fold(0.25, |zacc3, &zv2| zacc3 * 0.5 + zv2 * zv2)
                    } else {
                        b
                    })
                })
                .collect();
        }
        let v3: f64 = if (0.0..).contains(&(a * a)) || a.is_nan() {
            (2.0_f64.mul_add(b, c) - v1)
        } else {
            unreachable!()
        };
        if (std::f64::consts::PI % (v3 * v3 + 0.5)) < x[2] {
            v1 /= (0.1 - x.iter().fold(0.25, |zacc6, &zv5| zacc6 * 0.5 + zv5 * 1.0))
                * (0.1 - x.iter().fold(0.25, |zacc6, &zv5| zacc6 * 0.5 + zv5 * 1.0))
                + 1.0;
            let mut v4 = (x[1] + v3);
            let pm5: f64 = match ((x.len() as usize * 2 + 0) % 2, (2.0 * b) <= 0.25) {
                (0, true) => (f64::powf((2.0_f64 * 2.0_f64 + 0.5), (f64::from(3u8) * 0.5).tanh())),
                (0, false) => {
                    (x.iter()
                        .zip(x.iter())
                        .zip(x.iter())
                        .map(|((&zp7, &zq8), &zr9)| zp7 * zq8 * zr9 * c.min(0.25))
                        .sum::<f64>())
                }
                (_, true) => ((x[1] * x[0]).powi(3)),
                (_, false) => {
                    (f64::powf((2.0_f64 * 2.0_f64 + 0.5), (f64::from(3u8) * 0.5).tanh()))
                        + ((x[1] * x[0]).powi(3))
                }
            };
            v1 += pm5;
        }
    } else {
        let pq7: [[f64; 2]; 2] = [
            [
                ((a * a + 1.5).log(c.clamp(-0.5, 0.75) * c.clamp(-0.5, 0.75) + 2.0)
                    * (a * a + 1.5).log(c.clamp(-0.5, 0.75) * c.clamp(-0.5, 0.75) + 2.0)
                    + 0.5)
                    .cbrt(),
                (2.0 / (1.5 * 1.5 + 1.0)),
            ],
            [
                f64::tanh(0.25_f64),
                ((a * a + 1.5).log(c.clamp(-0.5, 0.75) * c.clamp(-0.5, 0.75) + 2.0)
                    * (a * a + 1.5).log(c.clamp(-0.5, 0.75) * c.clamp(-0.5, 0.75) + 2.0)
                    + 0.5)
                    .cbrt(),
            ],
        ];
        let mut ps8: f64 = (f64::tanh(0.25_f64));
        for &[t9, t10] in pq7.iter() {
            ps8 += t9 * t10 + (2.0 / (1.5 * 1.5 + 1.0));
        }
        v1 += ps8;
    }
    v1 = (x
        .iter()
        .filter(|&&zv11| 2.0 <= 1.5)
        .map(|&zv10| zv10 * v1.min(0.25))
        .sum::<f64>());
    v1 = 2.0_f64.mul_add(0.5, x[1]);
    v1 /= b.tanh().sinh() * b.tanh().sinh() + 1.0;
    x[0] + v1
}

#[differentiate]
fn rp49_h0(y0: [f64; 3]) -> (f64, f64) {
    for zv1 in &y0 {
        let v1 = f64::mul_add(
            (*zv1),
            (f64::from(3u8) * 0.5),
            y0[(0..y0.len())
                .min_by_key(|&zp2| (y0[zp2] * 8.0) as i64)
                .unwrap_or(0)],
        );
    }
    for (zp5, zq6) in y0.iter().zip(&y0[1..]) {}
    ((2.0 * 1.5_f64.mul_add(0.25, 0.25)), (1.0 - 1.0))
}
impl Params {
    #[differentiate]
    fn rp49(&self, a: f64, b: f64, x: &Vec<f64>) -> f64 {
        let mut v1: f64 = 0.25;
        let mut v2 = 0.25_f64.mul_add(v1, 1.0);
        x.iter().copied().map(f64::tanh).product::<f64>() + v1 + v2
    }
}

static RP50_K0: f64 = 0.1;
#[differentiate]
fn rp50_h0(y0: &[f64], r1: &f64, y2: [f64; 3]) -> Vec<f64> {
    for zw1 in y2.chunks(3) {
        let v1 = zw1[0] * (zw1.len() as f64);
    }
    let zc3: Vec<f64> = y0.iter().map(|&zv2| zv2 * y2[0]).collect();
    if (RP50_K0.round() <= (5.0_f64.sqrt() - 2.0) && 2.0 >= (*r1)) {
    } else {
        let mut v2 = (*r1).mul_add((*r1), y2[2]);
        let (t4, ..): (f64, f64, f64) = (((RP50_K0.sin() * 0.5).atanh()), (v2 * (*r1)), (v2 + v2));
    }
    let mut out = vec![0.0; 3];
    out[0] = (*r1).midpoint((*r1)) + zc3[0] + zc3[1] + zc3[2];
    out[1] = (if !(RP50_K0).is_nan() {
        zc3[0]
    } else {
        (1.5_f64 * 1.5_f64 + 0.5).powf((*r1).tanh())
    });
    out[2] = ((*r1) % ((*r1) * (*r1) + 0.5));
    out
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp50_h1(s0: f64, s1: f64, n2: usize) -> [f64; 3] {
        [
            (RP50_K0 * s1),
            (RP50_K0 - 1.5),
            s1.mul_add(f64::min((f64::from(3u8) * 0.5), RP50_K0), s1),
        ]
    }
}
#[differentiate]
fn rp50(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = RP50_K0;
    {
        let mut v2 = f64::powi((c * c + 1.0), -2);
    }
    c.mul_add(
        (x.iter()
            .enumerate()
            .map(|(zi2, zv1)| (zi2 as f64) * 0.5 + (*zv1) * x[1])
            .product::<f64>()),
        x[1],
    ) + v1
}

const RP51_N: usize = 3;
static RP51_K0: f64 = 1.0;
const RP51_K1: usize = 2;
const RP51_K2: i32 = 2;
const RP51_K3: f64 = (-0.75);
impl Params {
    #[differentiate(wrt(b, c, x))]
    fn rp51(&self, a: f64, b: f64, c: f64, x: &[f64; RP51_N]) -> f64 {
        let mut v1 = 2.0_f64.asinh();
        for (zi1, &zv2) in x.iter().enumerate().skip(1) {
            for i2 in 0..=2 {
                if (1.0 <= v1 && (5.0_f64.sqrt() - 2.0) > (zi1 as f64)) {
                    continue;
                }
                v1 = self.w[i2];
            }
            if x[zi1].hypot(a) >= f64::sqrt((self.w[0] * self.w[0] + 0.5)) {
                let (v3, v4) = (
                    f64::round_ties_even((-1.25_f64)),
                    f64::round_ties_even((-1.25_f64)),
                );
            } else {
                let v5: f64 = ((RP51_K1 as f64) as f32).into();
                let (v6, v7) = f64::sin_cos((x[0] + x[zi1]));
            }
            v1 = (x
                .iter()
                .zip(x.iter())
                .zip(x.iter())
                .map(|((&zp3, &zq4), &zr5)| zp3 * zq4 * zr5 * zv2)
                .sum::<f64>());
        }
        (if !(self.w[1] > v1) {
            (RP51_K1 as f64)
        } else {
            a
        }) + v1
    }
}

const RP52_K0: [f64; 3] = [3.0, 1.0, 1.0];
static RP52_K1: [f64; 3] = [3.0, 0.25, 0.25];
static RP52_K2: usize = 2;
static RP52_K3: [f64; 3] = [0.1, 1.5, 1.5];
#[differentiate]
fn rp52_h0(y0: [f64; 3], s1: f64, s2: f64) -> (f64, f64) {
    (
        f64::powf((3.0_f64 * 3.0_f64 + 0.5), y0[1].tanh()),
        f64::fract((2.0 / (s1 * s1 + 1.0))),
    )
}
mod rp52_m {
    use super::*;

    #[differentiate]
    pub fn rp52_h1(s0: f64, s1: f64) -> [f64; 3] {
        {
            let v1: f64 = RP52_K0[1];
            assert!(v1.abs() >= 0.0 || v1.is_nan(), "{} is a number", v1 * 2.0);
        }
        for &zv1 in RP52_K3.iter().rev().take(2) {}
        for i2 in 0..3 {
            let mut v3 = ((RP52_K2 as f64) * (i2 as f64));
        }
        [
            (s1 * s1 + 1.0).powi(2),
            f64::exp2(s0.cos()),
            (s1 * f64::midpoint(RP52_K3[2], s1)),
        ]
    }
}
#[differentiate]
fn rp52(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = RP52_K3[2];
    (x.iter()
        .take_while(|&&zv2| (p.w[1] < (5.0_f64.sqrt() - 2.0) && RP52_K0[1] <= v1))
        .map(|&zv1| zv1 * (if 1.5 >= (p.n as f64) { d } else { x[1] }))
        .sum::<f64>())
        + v1
}

const RP53_K0: f64 = 0.25;
static RP53_K1: [f64; 3] = [1.0, 0.25, 1.5];
static RP53_K2: usize = 2;
const RP53_K3: f64 = 1.5;
#[differentiate]
fn rp53_h0(s0: f64, [r, theta]: [f64; 2], s2: f64) -> f64 {
    let mut t1 = (
        RP53_K1[1].mul_add(2.0_f64.round_ties_even(), (if s0 <= 3.0 { s0 } else { s0 })),
        (s2 * s2 + 1.5).log(s0 * s0 + 2.0),
    );
    for i2 in 0..2 {
        if t1.1 < (RP53_K1[0] - s2) {
            return (theta / (RP53_K1[i2] * RP53_K1[i2] + 1.0));
        }
    }
    RP53_K0.trunc() + t1.0 + t1.1
}
#[differentiate(wrt(b, x))]
fn rp53(a: f64, b: f64, c: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1 = (p.n as f64).midpoint(c);
    let mut v2 = p.w[0];
    for &e3 in RP53_K1.iter() {
        let mut t4 = (RP53_K1[1].tanh().to_degrees(), RP53_K0);
        let v5 = p.w[1];
    }
    for &zv1 in RP53_K1.iter().filter(|&&zv2| zv2 > 0.25) {
        for e6 in RP53_K1 {
            let b: f64 = 2.0_f64.fract();
        }
        let mut t7 = (x[1].cos(), b.mul_add(a, (RP53_K1[1] + (-1.25))));
    }
    (RP53_K1
        .iter()
        .zip(x)
        .zip(RP53_K1.iter())
        .map(|((zp3, zq4), &zr5)| (*zp3) * (*zq4) * zr5 * 2.0)
        .sum::<f64>())
        + v1
        + v2
}

const RP54_N: usize = 3;
static RP54_K0: [f64; 3] = [(-1.25), 0.5, 1.5];
#[differentiate]
fn rp54_h0(y0: [f64; 3], &[a, b]: &[f64; 2]) -> [f64; 3] {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let mut v3 = ((0..3).rev().map(|zi1| (zi1 as f64 + 1.0) * b).sum::<f64>());
        v3 -= (v3.sin() * 0.5).atanh();
    }
    for zw2 in y0.windows(2) {
        let v4 = zw2[1] - zw2[0];
        let zf3 = |zt4: f64| zt4 * 1.5;
        let v5 = zf3(RP54_K0[1])
            + zf3((2.0 / ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.0)).tanh());
    }
    [
        ((if RP54_K0[1] >= y0[2] { RP54_K0[0] } else { 1.5 }) + RP54_K0[0]),
        (RP54_K0[1] * RP54_K0[1] + 0.5).sqrt(),
        (if a > 1.5 { 1.5 } else { b }),
    ]
}
#[differentiate]
fn rp54(a: f64, b: f64, x: [f64; RP54_N], [r, theta]: [f64; 2]) -> f64 {
    let mut v1 = RP54_K0[1];
    let mut v2 = RP54_K0[1];
    let w3: [f64; 3] = rp54_h0(x, &[(a + (-RP54_K0[2])), 0.75]);
    (x.into_iter().map(|zv1| zv1 * b).sum::<f64>()) + v1 + v2 + w3[0] + w3[1] + w3[2]
}

static RP55_K0: f64 = 0.5;
const RP55_K1: f64 = 3.0;
const RP55_K2: usize = 2;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp55_h0(s0: f64, y1: &[f64], s2: f64) -> Vec<f64> {
        let s0 = (s2 + (y1[1] - RP55_K0));
        let v1: f64 = f64::from((y1[2].atan2(s0 * s0 + 0.5)) as f32);
        let mut out = vec![0.0; 3];
        out[0] = ((RP55_K2 as f64)
            % ((y1
                .iter()
                .zip(y1)
                .zip(y1.iter())
                .map(|((zp1, zq2), &zr3)| (*zp1) * (*zq2) * zr3 * 1.5)
                .sum::<f64>())
                * (y1
                    .iter()
                    .zip(y1)
                    .zip(y1.iter())
                    .map(|((zp1, zq2), &zr3)| (*zp1) * (*zq2) * zr3 * 1.5)
                    .sum::<f64>())
                + 0.5))
            + s0
            + v1;
        out[1] = v1;
        out[2] = (3.0 * (f64::from(3u8) * 0.5));
        out
    }
}
#[differentiate]
fn rp55(a: f64, b: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = x[3].min(b);
    let mut v2 = x[(0..x.len())
        .min_by_key(|&zp1| (x[zp1] * 8.0) as i64)
        .unwrap_or(0)];
    for zw4 in x.chunks(3) {
        let v3 = zw4[0] * (zw4.len() as f64);
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            v2 -= (if x[3] >= x[3] {
                x[2]
            } else {
                RP55_K0.max(0.25)
            });
            v1 *= v1.atan2(RP55_K0 * RP55_K0 + 0.5);
            let mut arr6 = [0.0_f64; 3];
        }
        let mut arr7 = [[0.0_f64; 3]; 3];
    }
    let v8: f64 = if (0.0..).contains(&(v1 * v1)) || v1.is_nan() {
        0.25
    } else {
        unreachable!()
    };
    let v9: f64 = (a - v8);
    if !(b > p.w[1].max((-1.25))) {
        return (p.k % (x[1] * x[1] + 0.5));
    }
    (b + b).sin() + v1 + v2 + v8 + v9
}

#[differentiate]
impl Params {
    #[differentiate]
    fn rp56_h0(&self, y0: [f32; 3]) -> (f32, f32) {
        if y0[1].mul_add(1.0_f32, 0.25_f32) >= 1.0_f32 {
            let mut v1 = y0[0].atan2(1.0_f32 * 1.0_f32 + 0.5_f32);
        } else {
            let mut pm3: f32 = (1.0_f32.round_ties_even() / (1.0_f32 * 1.0_f32 + 1.0_f32));
            match (self.n as usize * 5 + 1) {
                0 => pm3 += (y0[1].to_radians().abs()),
                1 | 2 => pm3 *= ((self.n as f32) / (0.25_f32 * 0.25_f32 + 1.0_f32)),
                4..=9 => {}
                pn4 => pm3 -= (pn4 as f32) * (y0[1].to_radians().abs()),
            }
            let mut pb6 = None;
            for &t7 in y0.iter() {
                if t7 > ((0.25_f32 * 0.25_f32 + 1.5_f32).acosh()) {
                    pb6 = Some(t7 * (pm3.atan()));
                }
            }
            let pm5: f32 = match pb6 {
                Some(t7) => {
                    t7 + (y0[(0..y0.len())
                        .min_by_key(|&zp1| (y0[zp1] * 8.0_f32) as i64)
                        .unwrap_or(0)]
                    .div_euclid(pm3 * pm3 + 0.5_f32))
                }
                None => {
                    (y0[(0..y0.len())
                        .min_by_key(|&zp1| (y0[zp1] * 8.0_f32) as i64)
                        .unwrap_or(0)]
                    .div_euclid(pm3 * pm3 + 0.5_f32))
                }
            };
        }
        let mut arr8 = [0.0_f32; 3];
        if !(1.0_f32 < (std::f32::consts::PI + 1.0_f32)) {
            let po10 = if (if 1.0_f32 <= (-1.25_f32) {
                y0[0]
            } else {
                0.25_f32
            }) < f32::atanh(((f32::from(3u8) * 0.5_f32).sin() * 0.5_f32))
            {
                Some((y0[1] + y0[1]) * 2.0_f32)
            } else {
                None
            };
            let Some(t11) = po10 else {
                return ((self.w[1] as f32), 1.0_f32);
            };
            let pm9: f32 = t11 * (f32::sinh(y0[1].tanh()));
        } else {
        }
        (
            (arr8[1] - f32::cos(std::f32::consts::FRAC_1_SQRT_2)) + arr8[0] + arr8[1] + arr8[2],
            ((2.0_f32.powi(2) * 0.25_f32) / (3.0_f32 * 3.0_f32 + 1.0_f32)),
        )
    }
}
#[differentiate]
fn rp56(a: f32, b: f32, c: f32, x: &[f32], p: &Params) -> f32 {
    let mut v1 = 0.5_f32.rem_euclid((p.n as f32) * (p.n as f32) + 0.5_f32);
    let mut v2 = (f32::from(3u8) * 0.5_f32);
    {}
    for &zv1 in x.iter().filter(|&&zv2| zv2 > 0.25_f32) {
        v1 = (-2.0_f32);
    }
    for (zp3, zq4) in x.iter().zip(x.iter()) {
        let v3: f32 = x.first().copied().unwrap_or(a);
        let mut arr4: Vec<f32> = vec![0.0_f32; 3];
    }
    let (v5, v6): (f32, f32) = ((v2 * b), 0.5_f32);
    let mut t7 = ((x[1] * (p.n as f32)), (c.atan() + 0.5_f32));
    x[1] + v1 + v2 + v5 + v6 + t7.0 + t7.1
}

static RP57_K0: f64 = 0.25;
const RP57_K1: i32 = 0;
#[differentiate]
fn rp57_h1(s0: f64, y1: [f64; 3]) -> f64 {
    for e1 in y1 {
        let mut v2 = y1[0].tanh().to_degrees();
        let v3: f64 = f64::abs(y1[2]);
        debug_assert!(v3.abs() >= 0.0 || v3.is_nan(), "{} is a number", v3 * 2.0);
    }
    (s0.sin() * 0.5).asin()
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp57_h0(y0: &[f64], s1: f64, &[a, b]: &[f64; 2]) -> f64 {
        (b * b + 0.5).log10()
    }
}
#[differentiate(wrt(a, x))]
fn rp57(a: f64, b: f64, x: &[f64], q: bool) -> f64 {
    let mut v1 = (RP57_K1 as f64);
    let mut v2 = b.sin();
    for i3 in 0..3 {
        for zw1 in x.chunks(3) {
            let v4 = zw1[0] * (zw1.len() as f64);
            let v5: f64 = x
                .iter()
                .map(|&zv2| {
                    zv2 * Params::rp57_h0(x, a, &[((1.5_f64 * 1.5_f64).ln_1p() * v2), 0.75])
                })
                .sum();
            let v6: f64 = x
                .iter()
                .map(|&zv3| {
                    zv3 * (if 1.5 > x[1] {
                        (x[1] / (v4 * v4 + 1.0))
                    } else {
                        (b - x[i3])
                    })
                })
                .product();
        }
        if (if !(RP57_K0 < x[1]) { v2 } else { a }) >= v1 {
        } else {
        }
        if v2.sin() <= (if (i3 as f64) > v1 { v1 } else { v1 }) {
            v1 -= (0.1 * (v1 / (a * a + 1.0)));
            let pm7: f64 = match (rp57_h1(x[i3], [1.0, 0.5, -1.0])) {
                t8 if t8 <= 0.5 => {
                    t8 * (x[2]
                        + (x.iter()
                            .rev()
                            .take(2)
                            .map(|&zv4| zv4 * RP57_K0)
                            .sum::<f64>()))
                }
                t8 @ 0.5..=1.5 => {
                    t8 + (rp57_h1(
                        x[0],
                        [
                            ((RP57_K0 + (-1.25)) * (RP57_K0 + (-1.25)) + 0.5).log2(),
                            0.5,
                            -1.0,
                        ],
                    ))
                }
                t8 => f64::sin(t8),
            };
            v2 += pm7;
        } else if ((v1 * (i3 as f64)) >= b && b <= f64::mul_add(v2, b, (i3 as f64))) {
        } else {
            let v9: f64 = b.mul_add(0.1, b);
            let mut zf5 = |zt6: f64| v2 += zt6 * 1.5_f64.round_ties_even();
            zf5(v9);
            zf5(v9 * 0.5);
        }
    }
    let mut k10 = 0usize;
    while k10 < 3 {
        let i11 = k10;
        k10 += 1;
    }
    if ((1.0 + b) >= (RP57_K0 / (x[0] * x[0] + 1.0)) && b < std::f64::consts::FRAC_1_SQRT_2) {
        let mut arr12 = [0.0_f64; 3];
    } else {
    }
    if !q {
    } else {
        let mut k13 = 0usize;
        while k13 < 3 {
            let i14 = k13;
            k13 += 1;
        }
        let v15: f64 = if (0.0..).contains(&(b * b)) || b.is_nan() {
            b
        } else {
            unreachable!()
        };
    }
    if (x[2]).is_sign_negative() {
        if v2 <= (1.0 - x[1]) {}
        let mut k16 = 0usize;
        while k16 < 3 {
            let i17 = k16;
            k16 += 1;
            let v18: f64 = (f64::asinh((-1.25_f64)) + ((i17 * 2 + 1) as f64));
        }
        let zf7 = |(zp9, zq10): (f64, f64)| zp9 * zq10 + f64::min((zp9 * b), 3.0);
        let v19 = zf7(((a + (RP57_K1 as f64)), (-a)));
    }
    ((-1.25) - f64::max(x[1], x[1])) + v1 + v2
}

const RP58_K0: f64 = 2.0;
const RP58_K1: f64 = 3.0;
static RP58_K2: f64 = 1.5;
static RP58_K3: f64 = (-0.75);
#[differentiate]
fn rp58_h0(s0: f64, y1: [f64; 3], s2: f64) -> [f64; 3] {
    for zv1 in &y1 {}
    [
        (1.0 - y1[1]),
        (1.5_f64.sin() * 0.5).asin().rem_euclid(y1[0] * y1[0] + 0.5),
        ((s2 / (s0 * s0 + 1.0)) * (s2 / (s0 * s0 + 1.0)) + 1.5).acosh(),
    ]
}
impl Params {
    #[differentiate]
    fn rp58(&self, a: f64, b: f64, x: &[f64; 4]) -> f64 {
        let mut v1: f64 = (-0.75);
        let mut v2 = RP58_K1;
        let pm3: f64 = match (self.n as usize * 5 + 0) {
            0 => (v1 - (-0.75)),
            1 | 2 => {
                (x.iter()
                    .map(|&zv1| zv1 * zv1.rem_euclid(b * b + 0.5))
                    .sum::<f64>())
            }
            4..=9 => {
                (if (v1 >= self.k || x[0] <= 2.0) {
                    x[0]
                } else {
                    x[1]
                })
            }
            10.. => {
                (v1 - (-0.75))
                    * (x.iter()
                        .map(|&zv1| zv1 * zv1.rem_euclid(b * b + 0.5))
                        .sum::<f64>())
            }
            pn4 @ 1..=9 => {
                (pn4 as f64)
                    * (if (v1 >= self.k || x[0] <= 2.0) {
                        x[0]
                    } else {
                        x[1]
                    })
            }
        };
        if (pm3 < x[1] && v1 < x.iter().copied().fold(0.0, f64::hypot)) {
            if (1.5_f64.mul_add(a, a) <= x[0] || (b * b + 0.5).log2() > x[1]) {
                v2 /= (pm3 * 1.5_f64.round()) * (pm3 * 1.5_f64.round()) + 1.0;
                v1 /= ((v1 - 1.0) * pm3) * ((v1 - 1.0) * pm3) + 1.0;
            }
        }
        let v5: f64 = (x
            .iter()
            .cloned()
            .skip(1)
            .skip(1)
            .map(|zv2| zv2 * b)
            .sum::<f64>());
        let mut zf3 = |zt4: f64| {
            v2 *= 0.5;
            v2 += zt4 * (-((self.n as f64) - x[3]));
        };
        zf3(v5);
        zf3(v5 * 0.5);
        RP58_K1.mul_add(x[1], x[1]) + v1 + v2 + pm3 + v5
    }
}

static RP59_K0: usize = 1;
#[differentiate]
fn rp59_h0(s0: f64, s1: f64, s2: f64) -> f64 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let mut v3 = (RP59_K0 as f64);
        v3 = (RP59_K0 as f64);
    }
    s0.hypot(s1)
}
#[differentiate]
fn rp59(a: f64, b: f64, x: &Vec<f64>, q: bool, p: &Params) -> f64 {
    let mut v1 = (a - b);
    for &zv1 in x.iter().rev().take(2) {}
    (b * x[1]).asinh() + v1
}

static RP60_K0: [f64; 3] = [2.0, 0.1, 0.5];
static RP60_K1: i32 = 1;
#[differentiate]
fn rp60(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1 = (d - c);
    let mut v2: f64 = 3.0;
    let mut pb4 = None;
    for &t5 in x.iter() {
        if t5 > (f64::ln_1p((2.0_f64 * 2.0_f64))) {
            pb4 = Some(t5 * (2.0_f64.clamp(-0.5, 0.75)));
        }
    }
    let pm3: f64 = match pb4 {
        Some(t5) => t5 + ((a / (a * a + 1.0)).fract()),
        None => ((a / (a * a + 1.0)).fract()),
    };
    for zw1 in x.windows(2) {
        let v6 = zw1[1] - zw1[0];
        let mut pm7: f64 = (b
            / ((RP60_K0
                .iter()
                .rev()
                .rev()
                .map(|&zv2| zv2 * RP60_K0[1])
                .sum::<f64>())
                * (RP60_K0
                    .iter()
                    .rev()
                    .rev()
                    .map(|&zv2| zv2 * RP60_K0[1])
                    .sum::<f64>())
                + 1.0));
        match (p.n as usize * 3 + 1) {
            0 => pm7 += (-(d - v1)),
            1 | 2 => pm7 *= (-d),
            4..=9 => {}
            pn8 => pm7 -= (pn8 as f64) * (-(d - v1)),
        }
        v2 += pm7;
        let mut arr9: [f64; 3] = [(a + x[1]), 2.0, (RP60_K0[0] * RP60_K0[0] + 1.0).ln()];
        arr9[2] += (x
            .iter()
            .zip(RP60_K0.iter())
            .map(|(&zp3, &zq4)| zp3 * zq4 * 0.25)
            .sum::<f64>());
    }
    let (v10, v11): (f64, f64) = (2.0, 2.0);
    (if (2.0 > RP60_K0[0] || 2.0 <= v1) {
        v10
    } else {
        d
    }) + v1
        + v2
        + pm3
        + v10
        + v11
}

const RP61_K0: [f64; 3] = [(-1.25), 0.25, 1.0];
static RP61_K1: [f64; 3] = [(-0.75), 0.25, (-0.75)];
#[differentiate]
fn rp61_h0(n0: usize, &[a, b]: &[f64; 2]) -> f64 {
    for &e1 in RP61_K1.iter() {
        if (2.0_f64.powi(2) * 0.25) >= RP61_K1[2] {
            return ((-1.25_f64) * (-1.25_f64) + 0.5).cbrt();
        }
    }
    if f64::midpoint((f64::from(3u8) * 0.5), a) <= RP61_K0[1] {
    } else {
        let mut v2 = (if a <= (-0.75) {
            (2.0_f64.powi(2) * 0.25)
        } else {
            (-1.25)
        });
    }
    RP61_K1[1]
}
#[differentiate]
fn rp61_h1(y0: [f64; 3], s1: f64, s2: f64) -> (f64, f64) {
    let po2: Option<f64> = if s2 <= (3.0_f64 * 3.0_f64 + 1.0).powi(2) {
        Some((y0[1] - RP61_K0[0]) * 2.0)
    } else {
        None
    };
    let mut pm1: f64 = (y0[1] + s1);
    if let Some(t3) = po2 {
        pm1 += t3 * (RP61_K1[1] / (2.0 * 2.0 + 1.0));
    }
    if 2.0 > y0[2] {
        let [t5, t6, t7] = y0;
        let pm4: f64 = t5 * (-s2);
        pm1 += pm4;
    }
    if s2.atan2(y0[1] * y0[1] + 0.5) < (y0[1] * s2) {
        return ((1.5 + (-1.25)), 1.0);
    }
    (
        3.0_f64.mul_add(RP61_K1[2].fract(), s2) + pm1,
        f64::midpoint((-1.25_f64), RP61_K0[2]),
    )
}
impl Params {
    #[differentiate]
    fn rp61(&self, a: f64, b: f64, c: f64, x: &[f64; 3], q: bool) -> f64 {
        let mut v1 = c.round_ties_even().mul_add((self.n as f64), RP61_K1[1]);
        let mut v2 = (-x[0]);
        if (RP61_K0[1] % (v1 * v1 + 0.5)) > RP61_K1[1] {
            if (v2 >= 2.0 || (RP61_K0[0] + 2.0) > RP61_K0[1]) {}
            let mut k3 = 0usize;
            loop {
                if k3 >= 3 {
                    break;
                }
                let i4 = k3;
                k3 += 1;
                v1 -= 0.1_f64.powi(3);
            }
        }
        for (zi1, &zv2) in x.iter().enumerate().skip(1) {
            for (zp3, zq4) in RP61_K0.iter().zip(RP61_K0.iter()) {
                v1 /= 0.5_f64.copysign(v2) * 0.5_f64.copysign(v2) + 1.0;
                if (-1.25) >= (-(zi1 as f64)) {
                    continue;
                }
                let mut pm6: f64 = (rp61_h0(self.n, &[v2, 0.75]));
                match (zi1 as usize * 3 + 1) {
                    0 => {
                        pm6 += (((self.w[0] % (x[zi1] * x[zi1] + 0.5))
                            * (self.w[0] % (x[zi1] * x[zi1] + 0.5))
                            + 1.5)
                            .acosh())
                    }
                    1 | 2 => pm6 *= ((1.0_f64.sin() * 0.5).asin()),
                    4..=9 => {}
                    pn7 => {
                        pm6 -= (pn7 as f64)
                            * (((self.w[0] % (x[zi1] * x[zi1] + 0.5))
                                * (self.w[0] % (x[zi1] * x[zi1] + 0.5))
                                + 1.5)
                                .acosh())
                    }
                }
                v2 += pm6;
            }
            if (zv2 * (5.0_f64.sqrt() - 2.0)) <= b {
                v1 = (-0.75);
            } else if (RP61_K0[1] + self.k)
                >= (x
                    .iter()
                    .zip(x[1..].iter())
                    .map(|(&zp5, &zq6)| zp5 * zq6 * v2)
                    .sum::<f64>())
            {
            } else {
                let v8: f64 = ((-1.25_f64) * (-1.25_f64) + 0.5).log10();
                assert!(v8.abs() >= 0.0 || v8.is_nan(), "{} is a number", v8 * 2.0);
            }
            if ((std::f64::consts::FRAC_1_SQRT_2 + v2) <= RP61_K1[zi1]
                && rp61_h0(3, &[RP61_K0[0], 0.75]) > (2.0_f64.powi(2) * 0.25))
            {
            } else {
                let v9: f64 = (rp61_h0(self.n, &[2.0, 0.75]) - 3.0);
                let mut zf7 = |zt8: f64| {
                    v1 += zt8
                        * x.iter().fold(zv2, |zacc10, &zv9| {
                            zacc10 * 0.5 + zv9 * (zv9 - (f64::from(3u8) * 0.5))
                        })
                };
                zf7(v9);
                zf7(v9 * 0.5);
            }
        }
        let mut k10 = 0usize;
        while k10 < 3 {
            let i11 = k10;
            k10 += 1;
            for (i12, e13) in RP61_K1.iter().enumerate() {
                v2 += (RP61_K1[i12] * v1);
                v2 *= (RP61_K1
                    .iter()
                    .filter(|&&zv12| (self.n as f64) > (*e13))
                    .enumerate()
                    .map(|(zi13, &zv11)| (zi13 as f64) * zv11 * RP61_K0[i12])
                    .sum::<f64>());
                let (v14, v15) = (
                    rp61_h0(3, &[0.25, 0.75]),
                    rp61_h0(3, &[self.w[0], 0.75]).round_ties_even(),
                );
            }
        }
        (RP61_K0[1] * RP61_K0[1] + 0.5).log10() + v1 + v2
    }
}

const RP62_N: usize = 4;
static RP62_K0: f64 = 3.0;
static RP62_K1: [f64; 3] = [(-0.75), 2.0, 1.0];
static RP62_K2: usize = 3;
const RP62_K3: f64 = 0.1;
#[differentiate]
fn rp62(a: f64, b: f64, c: f64, x: &[f64; RP62_N], p: &Params) -> f64 {
    let mut v1 = x.iter().fold(c, |zacc2, &zv1| zacc2 * 0.5 + zv1 * x[1]);
    let mut v2 = a.round_ties_even();
    for i3 in 0..3 {}
    (x.windows(3)
        .map(|zw3| zw3.iter().sum::<f64>() * 0.5 + x[3])
        .sum::<f64>())
    .asinh()
        + v1
        + v2
}

#[differentiate]
fn rp63_h0(s0: f64, s1: f64, n2: usize) -> (f64, f64) {
    let mut arr1: [f64; 3] = [0.0; 3];
    for zv1 in arr1.iter().copied().step_by(2) {}
    (3.0 + arr1[0] + arr1[1] + arr1[2], ((-0.75_f64).atan() - s1))
}
#[differentiate]
fn rp63(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = f64::sin(x[1]);
    let mut v2 = (0.25 / (a * a + 1.0));
    let zs3 = &x[1..];
    let v4: f64 = zs3[0] * (c.cos()) + zs3.len() as f64;
    let mut v5: f64 = 0.0;
    for &zv6 in zs3.iter() {
        v5 += zv6 * zv6;
    }
    let zvec7 = x[1..].to_vec();
    let zc2 = x
        .iter()
        .map(|&zv1| zv1 * (x[2] * x[2] + 0.5).log10())
        .collect::<Vec<_>>();
    for i8 in 0..3 {
        for zw3 in zvec7.chunks(3) {
            let v9 = zw3[0] * (zw3.len() as f64);
            let pm10: f64 = match v5 <= v4.atan() {
                true => (f64::cos(1.5_f64)),
                false => ((v2 * v2 + 1.0).powi(-2)),
            };
            v2 += pm10;
        }
        v2 *= (zvec7[1] * f64::exp_m1(zvec7[i8 % 2].sin()));
    }
    let mut v11: f64 = (-2.0);
    (1.5 * zvec7[1]) + v1 + v2 + v4 + v5 + v11 + zvec7[0] + zvec7[1] + zc2[0] + zc2[1] + zc2[2]
}

/// One program: closures over the differentiable coordinates (in
/// parameter order; the other parameters are constants).
struct Case {
    name: &'static str,
    point: &'static [f64],
    f: fn(&[f64]) -> f64,
    /// Value and flattened gradient from `_grad`.
    grad: fn(&[f64]) -> (f64, Vec<f64>),
    /// Value and directional derivative from `_jvp` along tangent `t`.
    jvp: fn(&[f64], &[f64]) -> (f64, f64),
    /// Value and gradient computed by the IR interpreter.
    expected: (f64, &'static [f64]),
    /// The tolerance of `check_gradient`, if it is run.
    fd_tol: Option<f64>,
    /// Reverse against forward mode, relative.
    rel: f64,
}

/// A gradient flattened to its floats, in order.
trait Flat {
    fn flat(&self, out: &mut Vec<f64>);
}

impl Flat for f64 {
    fn flat(&self, out: &mut Vec<f64>) {
        out.push(*self);
    }
}

impl Flat for f32 {
    fn flat(&self, out: &mut Vec<f64>) {
        out.push(f64::from(*self));
    }
}

impl<T: Flat, const N: usize> Flat for [T; N] {
    fn flat(&self, out: &mut Vec<f64>) {
        self.iter().for_each(|x| x.flat(out));
    }
}

impl<T: Flat> Flat for Vec<T> {
    fn flat(&self, out: &mut Vec<f64>) {
        self.iter().for_each(|x| x.flat(out));
    }
}

macro_rules! flat_tuple {
    ($($t:ident $i:tt),*) => {
        impl<$($t: Flat),*> Flat for ($($t,)*) {
            fn flat(&self, out: &mut Vec<f64>) {
                $(self.$i.flat(out);)*
            }
        }
    };
}
flat_tuple!(A 0, B 1);
flat_tuple!(A 0, B 1, C 2);
flat_tuple!(A 0, B 1, C 2, D 3);
flat_tuple!(A 0, B 1, C 2, D 3, E 4);
flat_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

fn close(a: f64, b: f64, rel: f64, scale: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()) + 1e-13 * scale
}

/// The unit tangent `i` of `n` coordinates.
fn unit(n: usize, i: usize) -> Vec<f64> {
    let mut t = vec![0.0; n];
    t[i] = 1.0;
    t
}

#[test]
fn random_programs_grad_jvp_and_finite_differences_agree() {
    let mut failures = Vec::new();
    for c in cases() {
        let x = c.point;
        let (y, g) = (c.grad)(x);
        let y0 = (c.f)(x);
        if !close(y, y0, 1e-14, 0.0) {
            failures.push(format!(
                "{}: _grad's value {y:e}, the function's {y0:e}",
                c.name
            ));
        }
        if g.len() != x.len() {
            failures.push(format!(
                "{}: {} gradient components for {}",
                c.name,
                g.len(),
                x.len()
            ));
            continue;
        }
        let scale = g.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        for i in 0..x.len() {
            let (yj, d) = (c.jvp)(x, &unit(x.len(), i));
            if !close(g[i], d, c.rel, scale) || !close(yj, y0, 1e-14, 0.0) {
                failures.push(format!("{}[{i}]: _grad {:e}, _jvp {d:e}", c.name, g[i]));
            }
        }
        if let Some(tol) = c.fd_tol {
            if let Err(e) = check_gradient(c.f, x, &g, tol) {
                failures.push(format!("{}: {e}", c.name));
            }
        }
        let (ey, eg) = c.expected;
        if !close(y, ey, 1e-12, 0.0) {
            failures.push(format!("{}: value {y:e}, interpreter {ey:e}", c.name));
        }
        for (i, (a, b)) in g.iter().zip(eg).enumerate() {
            if !close(*a, *b, 1e-12, scale) {
                failures.push(format!(
                    "{}[{i}]: gradient {a:e}, interpreter {b:e}",
                    c.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every value and derivative of every program, as bits: the function's
/// value, `_grad`'s value and gradient, and `_jvp`'s value and derivative
/// along each unit tangent, one line per program.
fn bits() -> String {
    let mut out = String::new();
    for c in cases() {
        let x = c.point;
        let mut line = format!("{} {:016x}", c.name, (c.f)(x).to_bits());
        let (y, g) = (c.grad)(x);
        line.push_str(&format!(" grad {:016x}", y.to_bits()));
        for d in &g {
            line.push_str(&format!(" {:016x}", d.to_bits()));
        }
        line.push_str(" jvp");
        for i in 0..x.len() {
            let (y, d) = (c.jvp)(x, &unit(x.len(), i));
            line.push_str(&format!(" {:016x}/{:016x}", y.to_bits(), d.to_bits()));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// With `AUTODIFF_BITS_WRITE=FILE`, writes [`bits`] to `FILE`; with
/// `AUTODIFF_BITS_COMPARE=FILE`, fails unless [`bits`] equals `FILE`'s
/// contents, listing the programs that differ. `.ci/run` writes the bits
/// of the debug build and compares the release build's with them.
#[test]
#[ignore = "run by .ci/run in the debug and the release profile"]
fn random_programs_bits() {
    let text = bits();
    if let Ok(path) = std::env::var("AUTODIFF_BITS_WRITE") {
        std::fs::write(&path, &text).expect("write the bits");
        eprintln!(
            "wrote the bits of {} programs to {path}",
            text.lines().count()
        );
    } else if let Ok(path) = std::env::var("AUTODIFF_BITS_COMPARE") {
        let reference = std::fs::read_to_string(&path).expect("read the reference bits");
        let differ: Vec<String> = reference
            .lines()
            .zip(text.lines())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("reference: {a}\nthis build: {b}"))
            .collect();
        assert!(
            differ.is_empty() && reference.lines().count() == text.lines().count(),
            "the bits of {} programs differ from {path}:\n{}",
            differ.len(),
            differ.join("\n")
        );
        eprintln!("the bits of {} programs equal {path}", text.lines().count());
    } else {
        print!("{text}");
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "rp00",
            point: &[0.23628831262873706],
            f: |p| {
                let p = black_box(p);
                rp00(
                    black_box(p[0]),
                    black_box(-1.4068281536792888_f64),
                    black_box(-0.8826241561764975_f64),
                    black_box(&[
                        0.24511626357354066_f64,
                        -0.2122881987238506_f64,
                        0.8516516465304454_f64,
                        0.41845002121227937_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp00_grad(
                    black_box(p[0]),
                    black_box(-1.4068281536792888_f64),
                    black_box(-0.8826241561764975_f64),
                    black_box(&[
                        0.24511626357354066_f64,
                        -0.2122881987238506_f64,
                        0.8516516465304454_f64,
                        0.41845002121227937_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp00_jvp(
                    black_box(p[0]),
                    black_box(-1.4068281536792888_f64),
                    black_box(-0.8826241561764975_f64),
                    black_box(&[
                        0.24511626357354066_f64,
                        -0.2122881987238506_f64,
                        0.8516516465304454_f64,
                        0.41845002121227937_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.029221167819132643, &[2.862295743310848]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp01",
            point: &[
                0.46811615447627475,
                -0.3230907372511747,
                -1.034257280132839,
                0.15876952295153418,
                0.5523079243392184,
                -1.1003642649630987,
                0.9451673269599967,
            ],
            f: |p| {
                let p = black_box(p);
                rp01(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp01_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp01_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.357082443694636,
                &[
                    0.669520518835422,
                    0.0,
                    0.0,
                    2.0,
                    0.6878013796907121,
                    2.0,
                    2.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp02",
            point: &[-1.4397155395016636, 0.6197868527256883],
            f: |p| {
                let p = black_box(p);
                rp02(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6762578020103098_f64),
                    black_box(&vec![
                        -1.4471787150876696_f64,
                        -0.23259302067938675_f64,
                        -1.1547540416679607_f64,
                        0.9472411030351646_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp02_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6762578020103098_f64),
                    black_box(&vec![
                        -1.4471787150876696_f64,
                        -0.23259302067938675_f64,
                        -1.1547540416679607_f64,
                        0.9472411030351646_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp02_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6762578020103098_f64),
                    black_box(&vec![
                        -1.4471787150876696_f64,
                        -0.23259302067938675_f64,
                        -1.1547540416679607_f64,
                        0.9472411030351646_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (4.7847128552774105, &[0.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp03",
            point: &[
                1.2865173453292214,
                -1.3037711211043528,
                1.26367627162228,
                -0.0514734097944563,
            ],
            f: |p| {
                let p = black_box(p);
                rp03(
                    black_box(p[0]),
                    black_box(-0.4341721466118149_f64),
                    black_box(-1.2426793237760947_f64),
                    black_box(0.8900695409411957_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&Params {
                        k: 0.8515470279282038,
                        w: [
                            -0.8270817662792045,
                            -1.1308587378966388,
                            -1.2820666117780462,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp03_grad(
                    black_box(p[0]),
                    black_box(-0.4341721466118149_f64),
                    black_box(-1.2426793237760947_f64),
                    black_box(0.8900695409411957_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&Params {
                        k: 0.8515470279282038,
                        w: [
                            -0.8270817662792045,
                            -1.1308587378966388,
                            -1.2820666117780462,
                        ],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp03_jvp(
                    black_box(p[0]),
                    black_box(-0.4341721466118149_f64),
                    black_box(-1.2426793237760947_f64),
                    black_box(0.8900695409411957_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&Params {
                        k: 0.8515470279282038,
                        w: [
                            -0.8270817662792045,
                            -1.1308587378966388,
                            -1.2820666117780462,
                        ],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (2.3303748395456703, &[1.0, 0.0, 0.0, -0.8295772007739936]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp04",
            point: &[
                -0.4268323764693272,
                -0.4943272545455189,
                0.6441249511956972,
                -0.4009762524803799,
                -1.151226171827475,
                1.4063591295825426,
            ],
            f: |p| {
                let p = black_box(p);
                rp04(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -1.0663357895789631,
                        w: [
                            -0.44962877028833353,
                            0.6416628347773965,
                            -1.4303492276466854,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp04_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -1.0663357895789631,
                        w: [
                            -0.44962877028833353,
                            0.6416628347773965,
                            -1.4303492276466854,
                        ],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp04_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -1.0663357895789631,
                        w: [
                            -0.44962877028833353,
                            0.6416628347773965,
                            -1.4303492276466854,
                        ],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                10.40371236284781,
                &[
                    0.0,
                    0.0,
                    1.605999643545486,
                    5.3783964510602456,
                    8.559692594239555,
                    0.794341912540534,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp05",
            point: &[
                -1.0761421302268332,
                -0.46702309270517833,
                0.012194066659300475,
                -1.151812843916092,
            ],
            f: |p| {
                let p = black_box(p);
                rp05(
                    black_box(0.45218381528862667_f64),
                    black_box(0.683725293985692_f64),
                    black_box(-0.7630690957480961_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp05_grad(
                    black_box(0.45218381528862667_f64),
                    black_box(0.683725293985692_f64),
                    black_box(-0.7630690957480961_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp05_jvp(
                    black_box(0.45218381528862667_f64),
                    black_box(0.683725293985692_f64),
                    black_box(-0.7630690957480961_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (8.1202922603184, &[0.0, -1.5, -2.5, -2.5]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp06",
            point: &[
                -1.4138789680108002,
                1.2956587910520858,
                -0.04326564242940415,
                0.809038365404479,
                -0.7002155211250591,
                0.6116902799484761,
                -0.9879044705376784,
            ],
            f: |p| {
                let p = black_box(p);
                rp06(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5461216397016404,
                        w: [0.9758219393938388, -1.44527760719242, 0.8576629748417732],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp06_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5461216397016404,
                        w: [0.9758219393938388, -1.44527760719242, 0.8576629748417732],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp06_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5461216397016404,
                        w: [0.9758219393938388, -1.44527760719242, 0.8576629748417732],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -37.84918324525268,
                &[
                    -2.0,
                    -0.09448536425366937,
                    -146.70648541422426,
                    0.15948837952561817,
                    70.34620461988186,
                    0.0,
                    49.82992842002996,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp07",
            point: &[
                0.19121857630488187,
                -1.1886741485483192,
                -1.156425911850928,
                1.2427887360320635,
                -1.3364250241490698,
                -1.4845695777257035,
            ],
            f: |p| {
                let p = black_box(p);
                rp07(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.243752162407196,
                        w: [0.47929136182649135, -0.560644786750424, -0.6032270605878337],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp07_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.243752162407196,
                        w: [0.47929136182649135, -0.560644786750424, -0.6032270605878337],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp07_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.243752162407196,
                        w: [0.47929136182649135, -0.560644786750424, -0.6032270605878337],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -54.06208672116688,
                &[
                    -1.3755282531797777,
                    0.0,
                    64.72469206761794,
                    570.7632853382019,
                    86.87100871806223,
                    25.451841188113672,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp08",
            point: &[
                0.42372752328437596,
                0.3646517676646061,
                -0.44753907353581474,
                0.6860426294619267,
                -0.6268735446622984,
            ],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.8367535523131461,
                        w: [1.4337738830798008, -1.058588103948958, -0.710514151471552],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.8367535523131461,
                        w: [1.4337738830798008, -1.058588103948958, -0.710514151471552],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp08_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.8367535523131461,
                        w: [1.4337738830798008, -1.058588103948958, -0.710514151471552],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.8988560787988895,
                &[
                    9.771409453836716,
                    -0.5790603468234026,
                    0.0,
                    -4.0,
                    3.336838874206096,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp09",
            point: &[
                -1.2030960600036273,
                1.1573756184118116,
                -0.2791294588556933,
                -0.852346509955525,
                1.264033133060273,
                -0.5685500986719858,
            ],
            f: |p| {
                let p = black_box(p);
                rp09(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.385421425542911,
                        w: [0.9399365539493663, 0.6889369883985256, -1.1089042599993746],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp09_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.385421425542911,
                        w: [0.9399365539493663, 0.6889369883985256, -1.1089042599993746],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp09_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.385421425542911,
                        w: [0.9399365539493663, 0.6889369883985256, -1.1089042599993746],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.873101169252004,
                &[1.264033133060273, 0.0, 0.0, 0.0, 0.669631141221538, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp10",
            point: &[
                -0.23901282413390007,
                0.20140057507519724,
                0.07903747089366871,
                -0.7818020205656876,
                -0.0898682055035127,
                -1.3294831936513964,
                0.03949152966920563,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.0331605010449734,
                    w: [-0.18204689599214735, 0.623854956231837, 0.7053792588650323],
                    n: 2,
                })
                .rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.0331605010449734,
                    w: [-0.18204689599214735, 0.623854956231837, 0.7053792588650323],
                    n: 2,
                })
                .rp10_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.0331605010449734,
                    w: [-0.18204689599214735, 0.623854956231837, 0.7053792588650323],
                    n: 2,
                })
                .rp10_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (-6.462526750318819, &[6.0, 1.75, 1.5, 0.0, -3.0, 1.75, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[
                -0.3811070919036865,
                -1.3048373460769653,
                -0.0634886622428894,
                -0.28642863035202026,
                -0.4205564856529236,
                0.6861448884010315,
                -0.7123337388038635,
                1.3266198635101318,
                0.9905287027359009,
                -0.15131273865699768,
                0.3040199875831604,
                -0.6537326574325562,
            ],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&[
                        [(p[8] as f32), (p[9] as f32)],
                        [(p[10] as f32), (p[11] as f32)],
                    ]),
                    black_box(&Params {
                        k: 0.0881558942775381,
                        w: [-0.5433916028088925, 0.7133332716090864, -0.6433891732732314],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&[
                        [(p[8] as f32), (p[9] as f32)],
                        [(p[10] as f32), (p[11] as f32)],
                    ]),
                    black_box(&Params {
                        k: 0.0881558942775381,
                        w: [-0.5433916028088925, 0.7133332716090864, -0.6433891732732314],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp11_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&[
                        [(p[8] as f32), (p[9] as f32)],
                        [(p[10] as f32), (p[11] as f32)],
                    ]),
                    black_box(&Params {
                        k: 0.0881558942775381,
                        w: [-0.5433916028088925, 0.7133332716090864, -0.6433891732732314],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                    black_box(&[(t[4] as f32), (t[5] as f32), (t[6] as f32), (t[7] as f32)]),
                    black_box(&[
                        [(t[8] as f32), (t[9] as f32)],
                        [(t[10] as f32), (t[11] as f32)],
                    ]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.098641037940979,
                &[
                    0.0,
                    0.11870336532592773,
                    0.0,
                    0.0,
                    0.0,
                    0.9365631341934204,
                    0.3629608154296875,
                    -0.3319169878959656,
                    0.0,
                    -0.6245723366737366,
                    0.0,
                    -0.061904426664114,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp12",
            point: &[
                -0.4802258699566258,
                0.24151038171003156,
                0.5677695595872964,
                0.7642137373144275,
                -1.1262252754922346,
                -1.1526356267058222,
            ],
            f: |p| {
                let p = black_box(p);
                rp12(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.6043335279225918,
                        w: [
                            1.4730167804407197,
                            -0.014208474554369497,
                            0.8160042852204951,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp12_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.6043335279225918,
                        w: [
                            1.4730167804407197,
                            -0.014208474554369497,
                            0.8160042852204951,
                        ],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp12_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.6043335279225918,
                        w: [
                            1.4730167804407197,
                            -0.014208474554369497,
                            0.8160042852204951,
                        ],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.1725286074562957,
                &[
                    -0.46369076357386085,
                    -1.0,
                    -0.015625,
                    0.2424900611737217,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp13",
            point: &[
                0.5849258972505883,
                -0.4979878586215689,
                -1.0402819029916444,
                -0.5764366900511368,
                -1.4342074959196691,
                -1.1574811211995852,
                -1.1954924343047135,
            ],
            f: |p| {
                let p = black_box(p);
                rp13(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 1.2520498137394098,
                        w: [-0.49880967750666083, 0.6338968550380962, 1.343383995224715],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp13_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 1.2520498137394098,
                        w: [-0.49880967750666083, 0.6338968550380962, 1.343383995224715],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp13_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 1.2520498137394098,
                        w: [-0.49880967750666083, 0.6338968550380962, 1.343383995224715],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -5.179460507921128,
                &[
                    0.0,
                    0.0,
                    1.009293811556482,
                    -1.0,
                    0.012452740525475448,
                    2.0117284041891628,
                    2.019503594309544,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp14",
            point: &[
                -0.8600587729229068,
                -0.7805386831294466,
                -0.8340541599733737,
                -0.2907586089891782,
                -0.03328140990779519,
                0.7039463845628047,
                0.6438171547968199,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp14_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.66887775400874,
                &[
                    0.0,
                    1.0,
                    -0.034070962116768654,
                    0.027758498383375636,
                    0.1396433696741441,
                    0.027758498383375636,
                    -0.022163616478317154,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                -0.12253876674211801,
                -0.37284808755327714,
                0.7498643216582228,
                0.38041299226364905,
                1.022077266190658,
                1.2635514914811592,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(None),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp15_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                9.573507943605847,
                &[
                    1.8038777116858096,
                    0.0,
                    0.0,
                    0.0,
                    1.254922466515764,
                    5.789687114872786,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                -0.9559006024282943,
                -0.6820042262076008,
                0.011497173271974755,
                -1.207711749652672,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box(-0.255063376650006_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6300224009195887_f64),
                    black_box(&[
                        1.177659950915512_f64,
                        -1.2913975081039788_f64,
                        -1.1728703520384152_f64,
                    ]),
                    black_box(&[p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
                    black_box(-0.255063376650006_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6300224009195887_f64),
                    black_box(&[
                        1.177659950915512_f64,
                        -1.2913975081039788_f64,
                        -1.1728703520384152_f64,
                    ]),
                    black_box(&[p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp16_jvp(
                    black_box(-0.255063376650006_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6300224009195887_f64),
                    black_box(&[
                        1.177659950915512_f64,
                        -1.2913975081039788_f64,
                        -1.1728703520384152_f64,
                    ]),
                    black_box(&[p[2], p[3]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -24.820610695488757,
                &[27.025422142453706, 0.0, 2.355319901831024, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp17",
            point: &[
                -1.3693564876865902,
                0.43047948445841877,
                1.4425182437188135,
                0.0621661289553469,
                0.7947731855247725,
                0.6773192838743061,
                -0.4787855046996821,
                -0.5036866279439269,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.2593927289324758,
                    w: [-1.4889705262602708, 1.272537267829405, 0.8843286876024827],
                    n: 2,
                })
                .rp17(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.2593927289324758,
                    w: [-1.4889705262602708, 1.272537267829405, 0.8843286876024827],
                    n: 2,
                })
                .rp17_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.2593927289324758,
                    w: [-1.4889705262602708, 1.272537267829405, 0.8843286876024827],
                    n: 2,
                })
                .rp17_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.5070122910701373,
                &[0.0, 0.0, 0.0625, -0.0, 0.25, 0.5, 1.0, 3.259392728932476],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[0.20688923583958474, -0.388842317487681],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.8102201576755185,
                    w: [-0.8944419476056599, 1.2314769478751635, 0.35967495006282424],
                    n: 2,
                })
                .rp18(
                    black_box(-0.6335674371815039_f64),
                    black_box(p[0]),
                    black_box(-0.07578647844518364_f64),
                    black_box(p[1]),
                    black_box([
                        1.0789560500404594_f64,
                        -0.4756685950169998_f64,
                        -0.8200035595021614_f64,
                        -1.1663135932863324_f64,
                    ]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.8102201576755185,
                    w: [-0.8944419476056599, 1.2314769478751635, 0.35967495006282424],
                    n: 2,
                })
                .rp18_grad(
                    black_box(-0.6335674371815039_f64),
                    black_box(p[0]),
                    black_box(-0.07578647844518364_f64),
                    black_box(p[1]),
                    black_box([
                        1.0789560500404594_f64,
                        -0.4756685950169998_f64,
                        -0.8200035595021614_f64,
                        -1.1663135932863324_f64,
                    ]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.8102201576755185,
                    w: [-0.8944419476056599, 1.2314769478751635, 0.35967495006282424],
                    n: 2,
                })
                .rp18_jvp(
                    black_box(-0.6335674371815039_f64),
                    black_box(p[0]),
                    black_box(-0.07578647844518364_f64),
                    black_box(p[1]),
                    black_box([
                        1.0789560500404594_f64,
                        -0.4756685950169998_f64,
                        -0.8200035595021614_f64,
                        -1.1663135932863324_f64,
                    ]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (13.080119817544595, &[0.0, 5.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[
                1.4687482118606567,
                -0.49661993980407715,
                1.1166788339614868,
                0.031139450147747993,
                0.16964885592460632,
            ],
            f: |p| {
                let p = black_box(p);
                rp19(
                    black_box((p[0] as f32)),
                    black_box(1.0204728_f32),
                    black_box(0.1437379_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp19_grad(
                    black_box((p[0] as f32)),
                    black_box(1.0204728_f32),
                    black_box(0.1437379_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp19_jvp(
                    black_box((p[0] as f32)),
                    black_box(1.0204728_f32),
                    black_box(0.1437379_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(false),
                    black_box((t[0] as f32)),
                    black_box([(t[1] as f32), (t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                12.536604881286621,
                &[
                    0.0,
                    0.028511151671409607,
                    0.057022303342819214,
                    1.3472034931182861,
                    0.22808921337127686,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp20",
            point: &[1.4431704579961118, -0.2900478986559826],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.9537463665036472_f64),
                    black_box(&[
                        -0.9409371623333271_f64,
                        1.1200041990006802_f64,
                        0.2794090331150464_f64,
                    ]),
                    black_box([-0.9645587433799021_f64, 0.807103057593631_f64]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.9537463665036472_f64),
                    black_box(&[
                        -0.9409371623333271_f64,
                        1.1200041990006802_f64,
                        0.2794090331150464_f64,
                    ]),
                    black_box([-0.9645587433799021_f64, 0.807103057593631_f64]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp20_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.9537463665036472_f64),
                    black_box(&[
                        -0.9409371623333271_f64,
                        1.1200041990006802_f64,
                        0.2794090331150464_f64,
                    ]),
                    black_box([-0.9645587433799021_f64, 0.807103057593631_f64]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (8.659022747976671, &[6.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp21",
            point: &[
                0.7212890599770365,
                -1.1342311354884334,
                -1.2576436620303504,
                1.0648877430741275,
                1.416850351999005,
                -0.21318168333037166,
                0.17871736445377953,
                1.0704448486511362,
            ],
            f: |p| {
                let p = black_box(p);
                rp21(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp21_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp21_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                48.54773572614059,
                &[
                    1.0,
                    -25.0,
                    0.0,
                    20.0,
                    -5.048366705306213,
                    8.3341770394698,
                    -3.860581900300975,
                    2.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                1.4339031080657703,
                -1.4711692750730265,
                -1.134050486602531,
                0.49503289764802755,
                -1.2634488727274513,
                1.3820023644626898,
                0.200734848400661,
            ],
            f: |p| {
                let p = black_box(p);
                rp22(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.7725420403842073,
                        w: [
                            -0.24485402002451348,
                            -1.1333512253528544,
                            -0.20160496933783545,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp22_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.7725420403842073,
                        w: [
                            -0.24485402002451348,
                            -1.1333512253528544,
                            -0.20160496933783545,
                        ],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp22_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.7725420403842073,
                        w: [
                            -0.24485402002451348,
                            -1.1333512253528544,
                            -0.20160496933783545,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.33731590988112,
                &[
                    2.0,
                    -0.06366720864581038,
                    -0.7336008836243433,
                    0.5318160266759535,
                    -0.19027848292005645,
                    0.4088229495770696,
                    1.506574862168787,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[
                1.41192630691606,
                0.6589748867001438,
                0.3983141050036996,
                -0.6178983089037128,
                -0.7050567761791595,
                0.18916650549878344,
                -0.03448500570825293,
                1.313789837671968,
                0.5976248851307887,
                -1.1165189835890341,
            ],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                    black_box(&Params {
                        k: 0.42290283631388337,
                        w: [
                            -0.2950883748318909,
                            0.08442469555119383,
                            -0.5527046205371078,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                    black_box(&Params {
                        k: 0.42290283631388337,
                        w: [
                            -0.2950883748318909,
                            0.08442469555119383,
                            -0.5527046205371078,
                        ],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp23_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                    black_box(&Params {
                        k: 0.42290283631388337,
                        w: [
                            -0.2950883748318909,
                            0.08442469555119383,
                            -0.5527046205371078,
                        ],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                    black_box([t[8], t[9]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.5371897733351818,
                &[
                    0.0,
                    0.0458781708728424,
                    0.0,
                    -0.5574259516504669,
                    0.003950473418513096,
                    -0.04501084027832738,
                    0.0,
                    0.0,
                    0.0,
                    0.4166803189653154,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                0.11607878681888813,
                1.0886136632233532,
                -0.8840173100939055,
                -0.32738620928601564,
                1.2817314673183957,
                1.2591609578696568,
            ],
            f: |p| {
                let p = black_box(p);
                rp24(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp24_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp24_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                24.82612044976098,
                &[
                    0.0,
                    42.54118537084133,
                    0.0,
                    -4.522088648641222,
                    17.70417676299585,
                    17.392417007461912,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[
                0.09513740184155033,
                1.2764679079536685,
                -0.9709183699232226,
                1.2782112074873528,
                -0.3822982130606744,
                -1.0270341537124164,
                -1.0247804070085367,
            ],
            f: |p| {
                let p = black_box(p);
                rp25(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&[p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp25_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&[p[5], p[6]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp25_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&[p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                    black_box(&[t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                7.30687874347513,
                &[
                    -1.0,
                    -0.5290481567449339,
                    0.0,
                    4.05139440906336,
                    1.8530840501834156,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp26",
            point: &[
                -1.2323721529482135,
                1.3939256560872213,
                -0.9386426993905375,
                -0.5521460398537071,
                -1.0422082694604458,
                -0.9116213199865265,
                -1.315183608968606,
                0.21532559538192142,
            ],
            f: |p| {
                let p = black_box(p);
                rp26(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp26_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp26_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.6671511814471187,
                &[
                    0.0,
                    0.0,
                    -0.2929432736879739,
                    4.543403297638709,
                    1.1509023373707408,
                    3.020088610060619,
                    0.36308671068626114,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp27",
            point: &[
                0.6116178648617914,
                0.057883046771378205,
                0.21049687576819584,
                0.1426691191306418,
                0.8341060182497867,
                -0.0057083003768954085,
                -1.0476307553003543,
                -0.4220014598708281,
                0.1552067974784819,
                -0.3066790044245462,
            ],
            f: |p| {
                let p = black_box(p);
                rp27(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp27_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp27_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box([p[8], p[9]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                    black_box([t[8], t[9]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                11.262671242675927,
                &[
                    0.0,
                    0.0,
                    0.024533527711521196,
                    0.0,
                    0.0,
                    -0.9046880146234269,
                    -2.148934541954178,
                    -2.0489345419541785,
                    2.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp28",
            point: &[
                1.4649764366750528,
                0.8053748191441221,
                -0.969351154691315,
                -1.253358833488439,
                1.4893093868799374,
                0.9152909988027853,
                1.4625432671937306,
                -0.36585598507133676,
                1.361919924842125,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.02123012549322514,
                    w: [-0.8768443736258666, 0.738027403616931, 0.931791351313499],
                    n: 3,
                })
                .rp28(
                    black_box(-0.7783619785282414_f64),
                    black_box(0.622023374709799_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.02123012549322514,
                    w: [-0.8768443736258666, 0.738027403616931, 0.931791351313499],
                    n: 3,
                })
                .rp28_grad(
                    black_box(-0.7783619785282414_f64),
                    black_box(0.622023374709799_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.02123012549322514,
                    w: [-0.8768443736258666, 0.738027403616931, 0.931791351313499],
                    n: 3,
                })
                .rp28_jvp(
                    black_box(-0.7783619785282414_f64),
                    black_box(0.622023374709799_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3], t[4]]),
                    black_box(&[[t[5], t[6]], [t[7], t[8]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.611440038774349,
                &[
                    -0.5801093945788978,
                    0.25,
                    0.5589714659537086,
                    1.0,
                    2.0,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp29",
            point: &[
                0.8274577260017395,
                0.6559163928031921,
                0.5497061610221863,
                0.8874033689498901,
                -1.1859474182128906,
                0.12218039482831955,
            ],
            f: |p| {
                let p = black_box(p);
                rp29(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp29_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp29_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.051909446716309,
                &[
                    0.251162052154541,
                    -1.0,
                    0.8274577260017395,
                    0.8274577260017395,
                    0.8274577260017395,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp30",
            point: &[
                1.3628641519552742,
                -0.2963846506571837,
                1.4682131038317898,
                -0.13800096829646433,
                1.4320383918501067,
                0.3871564414764559,
                0.2922792930651005,
                0.09168986242821275,
                0.16878377397898894,
                -0.7758881796334833,
            ],
            f: |p| {
                let p = black_box(p);
                rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&[p[8], p[9]]),
                    black_box(Some(0.25_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp30_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&[p[8], p[9]]),
                    black_box(Some(0.25_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp30_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&[p[8], p[9]]),
                    black_box(Some(0.25_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                    black_box(&[t[8], t[9]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.7603389263656861,
                &[
                    -0.0030862664221684467,
                    0.0,
                    -1.0,
                    0.0,
                    -0.34530588419643377,
                    1.0,
                    0.9502884291148358,
                    0.0,
                    0.0,
                    1.6404091385590138,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[
                -0.5195856954313152,
                -0.7690078403141937,
                -1.1900806659723626,
                0.9207557941233584,
                0.8633868337924131,
                0.17107684061387243,
                -0.39166256006131633,
                1.1402139500523918,
                -1.39316585671747,
            ],
            f: |p| {
                let p = black_box(p);
                rp31(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp31_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp31_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                    black_box(&[t[7], t[8]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.4754684620713627,
                &[
                    0.5932601820304988,
                    1.5,
                    0.5,
                    0.7998998723278602,
                    0.024958519724801894,
                    0.04991703944960379,
                    0.09983407889920758,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp32",
            point: &[
                -0.5068906204671794,
                -1.3226780147381239,
                -1.293274016388915,
                0.7607139267420384,
                0.7224808603499198,
                0.49860590748743305,
                -0.38439143128896497,
            ],
            f: |p| {
                let p = black_box(p);
                rp32(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp32_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp32_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.658354223221957,
                &[
                    0.0,
                    0.0,
                    0.0,
                    -3.4864139831598298,
                    -3.3111887209388033,
                    -2.2851515488814815,
                    1.7616972871683978,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp33",
            point: &[-1.1806777018518118, -0.13102409031550744],
            f: |p| {
                let p = black_box(p);
                rp33(
                    black_box(p[0]),
                    black_box(0.3021846776619194_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            1.0943566417543262_f64,
                            0.5516920144957534_f64,
                            -1.002815445359439_f64,
                            0.7954883664300462_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp33_grad(
                    black_box(p[0]),
                    black_box(0.3021846776619194_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            1.0943566417543262_f64,
                            0.5516920144957534_f64,
                            -1.002815445359439_f64,
                            0.7954883664300462_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp33_jvp(
                    black_box(p[0]),
                    black_box(0.3021846776619194_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            1.0943566417543262_f64,
                            0.5516920144957534_f64,
                            -1.002815445359439_f64,
                            0.7954883664300462_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -15.611114974425073,
                &[14.033128800454651, -0.0026259199122172124],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp34",
            point: &[-0.6572964881589651, -0.7823843077124759],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.0257978585318042,
                    w: [
                        0.7807119236053431,
                        0.015474952394312434,
                        0.16449100432368396,
                    ],
                    n: 3,
                })
                .rp34(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -0.12319637077161837_f64,
                        0.9584456522848209_f64,
                        1.4821303701198614_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.0257978585318042,
                    w: [
                        0.7807119236053431,
                        0.015474952394312434,
                        0.16449100432368396,
                    ],
                    n: 3,
                })
                .rp34_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -0.12319637077161837_f64,
                        0.9584456522848209_f64,
                        1.4821303701198614_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.0257978585318042,
                    w: [
                        0.7807119236053431,
                        0.015474952394312434,
                        0.16449100432368396,
                    ],
                    n: 3,
                })
                .rp34_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -0.12319637077161837_f64,
                        0.9584456522848209_f64,
                        1.4821303701198614_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (18.918134651319466, &[0.0, 3.8082420655072995]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp35",
            point: &[
                -1.335151763154204,
                0.22939621347949263,
                1.0442428563112178,
                -0.39043758427889436,
                -0.4978130468519119,
                1.0534600670346197,
                -0.97988336110964,
                1.1776953200737237,
            ],
            f: |p| {
                let p = black_box(p);
                rp35(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp35_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp35_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.448373461114838,
                &[
                    0.0,
                    1.7534589791467918,
                    0.0,
                    0.0,
                    1.6578562805141124,
                    4.411315259660904,
                    4.564739482844273,
                    1.6578562805141124,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp36",
            point: &[
                -0.052251836191638534,
                0.9531582449493731,
                -1.1681487181459154,
                -0.7170498234279711,
                -0.6636580817142677,
            ],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box(p[0]),
                    black_box(-0.16800763963414742_f64),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(
                        &[
                            0.03184200254622106_f64,
                            0.767894903143918_f64,
                            -1.473651878644707_f64,
                            0.3913350001002829_f64,
                        ][..],
                    ),
                    black_box(&[p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
                    black_box(p[0]),
                    black_box(-0.16800763963414742_f64),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(
                        &[
                            0.03184200254622106_f64,
                            0.767894903143918_f64,
                            -1.473651878644707_f64,
                            0.3913350001002829_f64,
                        ][..],
                    ),
                    black_box(&[p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp36_jvp(
                    black_box(p[0]),
                    black_box(-0.16800763963414742_f64),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(
                        &[
                            0.03184200254622106_f64,
                            0.767894903143918_f64,
                            -1.473651878644707_f64,
                            0.3913350001002829_f64,
                        ][..],
                    ),
                    black_box(&[p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -5.851185258624503,
                &[0.0, 0.0, -0.23076923076923078, 1.0, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp37",
            point: &[
                -0.6809767857584171,
                0.8917257497112806,
                -0.7885077099997968,
                -1.3504240470438829,
                -0.8551794081207351,
                0.9056195521363795,
            ],
            f: |p| {
                let p = black_box(p);
                rp37(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.249010309058284,
                        w: [1.187642125810303, -0.6135421349982267, 1.109660939766394],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp37_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.249010309058284,
                        w: [1.187642125810303, -0.6135421349982267, 1.109660939766394],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp37_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.249010309058284,
                        w: [1.187642125810303, -0.6135421349982267, 1.109660939766394],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.3574315216707227,
                &[0.0, 0.7473395629020023, 0.0, 0.5570488138127346, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[
                -1.2062257864520614,
                1.1936092208120719,
                0.47759254884040403,
                -0.6515240965498799,
                0.21794478586494087,
                1.0529989953520007,
                1.462500586214244,
                0.2525337435249431,
                -1.1148361139780099,
                0.7383015788575955,
            ],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp38_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                    black_box(&[[t[6], t[7]], [t[8], t[9]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.1202965810974295,
                &[
                    0.4124216498039847,
                    0.48978296921534936,
                    1.9103701953616161,
                    -2.6060963861995194,
                    0.8717791434597635,
                    4.211995981408003,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp39",
            point: &[
                -0.3127256644501828,
                0.8451510576926886,
                0.6507067734117487,
                1.4127330664239055,
                -0.46443933048480296,
                -0.41494669794391187,
                1.421605439721755,
                1.0788778668377308,
            ],
            f: |p| {
                let p = black_box(p);
                rp39(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(&[p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp39_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(&[p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp39_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(&[p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                    black_box(&[t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                15.4000003655427,
                &[
                    1.0,
                    0.0,
                    0.0,
                    0.7801534928928212,
                    -0.6336761107946943,
                    -1.1733691250090517,
                    0.0,
                    13.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp40",
            point: &[
                -0.023207451327609544,
                0.387073239110252,
                0.3758531544013564,
                0.5462856110384071,
            ],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(1.0221868635406726_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]]),
                    black_box(Some(-1.25_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
                    black_box(1.0221868635406726_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]]),
                    black_box(Some(-1.25_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp40_jvp(
                    black_box(1.0221868635406726_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]]),
                    black_box(Some(-1.25_f64)),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.250545703377235,
                &[
                    0.0,
                    1.4063790205900633,
                    2.7446383332308404,
                    1.4063790205900633,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[
                0.10210882110528462,
                -1.2454776123964393,
                1.4999681974929124,
                -0.9423251564318119,
                0.27124416309538013,
            ],
            f: |p| {
                let p = black_box(p);
                rp41(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4917122441484076,
                        w: [-1.4193997845675572, 0.4524252733508707, -1.3999521141247553],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp41_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4917122441484076,
                        w: [-1.4193997845675572, 0.4524252733508707, -1.3999521141247553],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp41_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4917122441484076,
                        w: [-1.4193997845675572, 0.4524252733508707, -1.3999521141247553],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1384.9949100659755,
                &[
                    76.78468803883136,
                    -3238.2569693442874,
                    2388.67943976457,
                    846.6829371957037,
                    9554.71775905828,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp42",
            point: &[
                0.264774352312088,
                -0.8079707026481628,
                0.8561652302742004,
                0.84516441822052,
                0.6240275502204895,
                -1.371144413948059,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: -1.2187370539384403,
                        w: [0.5074173095169912, 1.3777011304773361, 1.1323724350020918],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp42_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: -1.2187370539384403,
                        w: [0.5074173095169912, 1.3777011304773361, 1.1323724350020918],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp42_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: -1.2187370539384403,
                        w: [0.5074173095169912, 1.3777011304773361, 1.1323724350020918],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.5105948448181152,
                &[
                    1.19476318359375,
                    -1.19476318359375,
                    0.0,
                    0.0,
                    0.6577062606811523,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp43",
            point: &[0.09394561499357224],
            f: |p| {
                let p = black_box(p);
                rp43(
                    black_box((p[0] as f32)),
                    black_box(-0.08453275_f32),
                    black_box(-0.7895378_f32),
                    black_box(
                        &[
                            -1.145734_f32,
                            1.0925157_f32,
                            -0.10799249_f32,
                            -1.4336923_f32,
                        ][..],
                    ),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp43_grad(
                    black_box((p[0] as f32)),
                    black_box(-0.08453275_f32),
                    black_box(-0.7895378_f32),
                    black_box(
                        &[
                            -1.145734_f32,
                            1.0925157_f32,
                            -0.10799249_f32,
                            -1.4336923_f32,
                        ][..],
                    ),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp43_jvp(
                    black_box((p[0] as f32)),
                    black_box(-0.08453275_f32),
                    black_box(-0.7895378_f32),
                    black_box(
                        &[
                            -1.145734_f32,
                            1.0925157_f32,
                            -0.10799249_f32,
                            -1.4336923_f32,
                        ][..],
                    ),
                    black_box(false),
                    black_box((t[0] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (12.698763847351074, &[3.6654672622680664]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp44",
            point: &[
                -1.046937346458435,
                0.5548192262649536,
                1.423507809638977,
                0.6803420782089233,
                0.646599531173706,
                -0.6131764650344849,
                -0.46093958616256714,
                -1.361503005027771,
                -1.0005114078521729,
                -1.016344428062439,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.1238615470337067,
                    w: [0.5333498705914278, 0.6243164881808637, 1.304367339097781],
                    n: 2,
                })
                .rp44(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.1238615470337067,
                    w: [0.5333498705914278, 0.6243164881808637, 1.304367339097781],
                    n: 2,
                })
                .rp44_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(None),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.1238615470337067,
                    w: [0.5333498705914278, 0.6243164881808637, 1.304367339097781],
                    n: 2,
                })
                .rp44_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(None),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box([(t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                    black_box(&[
                        [(t[6] as f32), (t[7] as f32)],
                        [(t[8] as f32), (t[9] as f32)],
                    ]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.8149471879005432,
                &[
                    -0.4501458406448364,
                    0.24133014678955078,
                    0.0,
                    0.040355317294597626,
                    2.0,
                    4.0,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp45",
            point: &[
                0.12980050669055276,
                0.4739572612475421,
                1.3648018282783585,
                -0.03685028192372082,
                0.8750007648841863,
                -1.070596397788215,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.474211360528835,
                    w: [
                        -1.3076203294811064,
                        -1.2522513844857377,
                        -1.4910221391102978,
                    ],
                    n: 2,
                })
                .rp45(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.474211360528835,
                    w: [
                        -1.3076203294811064,
                        -1.2522513844857377,
                        -1.4910221391102978,
                    ],
                    n: 2,
                })
                .rp45_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.474211360528835,
                    w: [
                        -1.3076203294811064,
                        -1.2522513844857377,
                        -1.4910221391102978,
                    ],
                    n: 2,
                })
                .rp45_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.0181830883196246,
                &[
                    0.0,
                    4.24815405936495,
                    -3.2117891933646447,
                    0.0,
                    0.0,
                    4.094405484835075,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[
                1.1631097205761856,
                1.445244495690416,
                0.5230056590317435,
                -1.4089136742560548,
                -1.21476992559398,
                -1.4578152948286147,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.1517382467405182,
                    w: [-1.320284968209031, -0.8491567385078628, -1.0172888950190393],
                    n: 3,
                })
                .rp46(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.1517382467405182,
                    w: [-1.320284968209031, -0.8491567385078628, -1.0172888950190393],
                    n: 3,
                })
                .rp46_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.1517382467405182,
                    w: [-1.320284968209031, -0.8491567385078628, -1.0172888950190393],
                    n: 3,
                })
                .rp46_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.773738720758658,
                &[
                    0.8544832925105448,
                    0.0,
                    0.43135301413021965,
                    -1.017630802702794,
                    0.43135301413021965,
                    0.43135301413021965,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp47",
            point: &[
                -0.037661146814704366,
                -0.5206359528307355,
                1.2333094937311446,
                0.534106945696693,
                -0.01166374068633605,
                0.04132882567828248,
                0.11464709415514641,
                -1.115441987368504,
            ],
            f: |p| {
                let p = black_box(p);
                rp47(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp47_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp47_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.9927892071653914,
                &[
                    -9.193176087394416e-5,
                    0.05598808889792759,
                    0.0,
                    0.0,
                    0.0,
                    0.023847632352239165,
                    0.0,
                    0.05943036229886392,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp48",
            point: &[
                -1.1399480883879178,
                -1.1694663319898324,
                -0.32209999811020795,
                -1.1916942420670833,
                -1.4681362716300983,
                0.5920094889533687,
            ],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp48_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.4450825470307995,
                &[0.0, -0.11013038725347254, 0.0, 1.0, 0.5412703956508055, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                0.8881841676167175,
                0.7760962080411205,
                0.8849452238406443,
                -0.6085477680221971,
                -0.936790064108179,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.42700621146741424,
                    w: [-1.307341089912487, -0.5816668679117456, 0.8060721397166415],
                    n: 2,
                })
                .rp49(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.42700621146741424,
                    w: [-1.307341089912487, -0.5816668679117456, 0.8060721397166415],
                    n: 2,
                })
                .rp49_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.42700621146741424,
                    w: [-1.307341089912487, -0.5816668679117456, 0.8060721397166415],
                    n: 2,
                })
                .rp49_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.594991412729325,
                &[
                    0.0,
                    0.0,
                    0.19824450640324534,
                    -0.366720139665973,
                    -0.17772360804603898,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp50",
            point: &[
                0.4954498280821455,
                0.5306260816159604,
                -0.9682636383449478,
                0.2604708978115806,
                -0.8984702442475654,
                1.2452710737627912,
                1.1165323907741525,
                -0.9913149286859111,
            ],
            f: |p| {
                let p = black_box(p);
                rp50(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp50_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp50_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.7554301839147644,
                &[
                    0.0,
                    0.0,
                    -1.4563792900065489,
                    0.0,
                    -1.5695111988187513,
                    -0.7606258005787496,
                    0.734622242833127,
                    6.612949508400919,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp51",
            point: &[
                -0.8992817455811992,
                0.4304574767973126,
                -1.1860942997266675,
                -1.3890506897730128,
                -0.12109554890029615,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.304768926729247,
                    w: [1.2299970934307798, 1.4826472194718134, -1.4515783287164912],
                    n: 2,
                })
                .rp51(
                    black_box(0.37426943942991553_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.304768926729247,
                    w: [1.2299970934307798, 1.4826472194718134, -1.4515783287164912],
                    n: 2,
                })
                .rp51_grad(
                    black_box(0.37426943942991553_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.304768926729247,
                    w: [1.2299970934307798, 1.4826472194718134, -1.4515783287164912],
                    n: 2,
                })
                .rp51_jvp(
                    black_box(0.37426943942991553_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.9010976646349598,
                &[
                    0.0,
                    0.0,
                    -0.5110788069096714,
                    -0.7009477140743119,
                    -4.355844127169896,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp52",
            point: &[
                0.3894296706649552,
                1.1823528160557644,
                -0.2754500395606844,
                0.35768698842658725,
                1.4057049153718961,
                1.2049432205078605,
                -0.5077056795529336,
                -1.4019458164577037,
            ],
            f: |p| {
                let p = black_box(p);
                rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.6550478779912122,
                        w: [0.9003714126704289, -0.3530453300729609, 1.3546716870031206],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp52_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.6550478779912122,
                        w: [0.9003714126704289, -0.3530453300729609, 1.3546716870031206],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp52_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.6550478779912122,
                        w: [0.9003714126704289, -0.3530453300729609, 1.3546716870031206],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.3446611488090854,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    1.2049432205078605,
                    1.90593986037698,
                    1.2049432205078605,
                    1.2049432205078605,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                0.4498944557670338,
                -1.4822525093178724,
                -0.1600843377564909,
                0.08357256231559476,
                1.364100649962158,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box(0.31325047356570757_f64),
                    black_box(p[0]),
                    black_box(0.9358127478731089_f64),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.7239371420856449,
                        w: [1.0344485707308169, 1.0244442076992657, 0.2239610476526117],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
                    black_box(0.31325047356570757_f64),
                    black_box(p[0]),
                    black_box(0.9358127478731089_f64),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.7239371420856449,
                        w: [1.0344485707308169, 1.0244442076992657, 0.2239610476526117],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp53_jvp(
                    black_box(0.31325047356570757_f64),
                    black_box(p[0]),
                    black_box(0.9358127478731089_f64),
                    black_box(&[p[1], p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.7239371420856449,
                        w: [1.0344485707308169, 1.0244442076992657, 0.2239610476526117],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.10608408576775852, &[0.0, 2.0, 0.125, 4.5, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp54",
            point: &[
                -0.40282538779267485,
                0.8025167801301658,
                -0.4387476054687501,
                -0.33050572701751485,
                -0.5536764085179486,
                -0.24636275483759526,
                -0.16982642000074313,
            ],
            f: |p| {
                let p = black_box(p);
                rp54(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box([p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp54_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box([p[5], p[6]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp54_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box([p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                    black_box([t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.945647912304697,
                &[
                    0.0,
                    -1.3229297410042136,
                    0.8025167801301658,
                    0.8025167801301658,
                    0.8025167801301658,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[
                0.3741464585990589,
                1.1963250253357003,
                0.30991018230916334,
                0.5117595747703676,
                -1.4533608728418557,
                -0.13866310091233547,
            ],
            f: |p| {
                let p = black_box(p);
                rp55(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.5007447928643262,
                        w: [-1.0743983762526221, 0.8218658156121654, -1.2179804929546627],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp55_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.5007447928643262,
                        w: [-1.0743983762526221, 0.8218658156121654, -1.2179804929546627],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp55_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.5007447928643262,
                        w: [-1.0743983762526221, 0.8218658156121654, -1.2179804929546627],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                8.32181551623503,
                &[
                    1.0,
                    -1.4648184450572364,
                    0.0,
                    0.0,
                    -5.0,
                    -2.865248351895683e-45,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                0.8950808048248291,
                1.363706350326538,
                0.23795689642429352,
                0.7700684070587158,
                -0.8838266730308533,
                -1.3964885473251343,
            ],
            f: |p| {
                let p = black_box(p);
                rp56(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: 1.2337784033116428,
                        w: [-0.8008292042166913, 0.6597675663842159, -0.5052068991548859],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp56_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: 1.2337784033116428,
                        w: [-0.8008292042166913, 0.6597675663842159, -0.5052068991548859],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp56_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&Params {
                        k: 1.2337784033116428,
                        w: [-0.8008292042166913, 0.6597675663842159, -0.5052068991548859],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.7561350464820862,
                &[0.0, 1.5, 0.9464109539985657, 0.0, 4.0, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp57",
            point: &[
                1.3805756546643704,
                -0.6739361142079118,
                1.3665348787480862,
                -0.14288069636314993,
            ],
            f: |p| {
                let p = black_box(p);
                rp57(
                    black_box(p[0]),
                    black_box(1.3295988986664997_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp57_grad(
                    black_box(p[0]),
                    black_box(1.3295988986664997_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp57_jvp(
                    black_box(p[0]),
                    black_box(1.3295988986664997_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.9248817414383934,
                &[
                    0.0,
                    0.41121724728312076,
                    -0.9014973463578567,
                    -0.008181215937293415,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[
                -0.02242328871885635,
                -0.08162343998607666,
                -0.6180173775201373,
                -1.0362976382199744,
                0.2780896251516237,
                0.5048685216799547,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.07696392142183638,
                    w: [1.0827132798323418, 1.393918803505986, 0.13142862001146616],
                    n: 3,
                })
                .rp58(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.07696392142183638,
                    w: [1.0827132798323418, 1.393918803505986, 0.13142862001146616],
                    n: 3,
                })
                .rp58_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.07696392142183638,
                    w: [1.0827132798323418, 1.393918803505986, 0.13142862001146616],
                    n: 3,
                })
                .rp58_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -4.04964008312023,
                &[
                    0.0,
                    -1.1706253715350212,
                    0.0,
                    4.0,
                    0.12203777449195032,
                    0.05813003718243319,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp59",
            point: &[
                -1.1214943234331765,
                -0.7523977472832333,
                1.4146005212436314,
                1.3953392618923195,
                1.1659878256444136,
                -0.4406301572849074,
            ],
            f: |p| {
                let p = black_box(p);
                rp59(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.8252547843385656,
                        w: [1.3538088655474196, 0.05483071735974638, 0.19646108677848886],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp59_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.8252547843385656,
                        w: [1.3538088655474196, 0.05483071735974638, 0.19646108677848886],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp59_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.8252547843385656,
                        w: [1.3538088655474196, 0.05483071735974638, 0.19646108677848886],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.2852839368061348,
                &[
                    1.0,
                    -0.037625027307834014,
                    0.0,
                    -0.518933840156809,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[
                1.0771106125942314,
                -1.098764528700319,
                -0.4076521943621154,
                -1.4811615963120845,
                -0.07567052409017018,
                1.2903150200653737,
                -0.8431701444763552,
                1.3434243818651306,
            ],
            f: |p| {
                let p = black_box(p);
                rp60(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 1.3745186203405617,
                        w: [-1.1520564015977484, -0.5913789877643323, 0.7395674912800524],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp60_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 1.3745186203405617,
                        w: [-1.1520564015977484, -0.5913789877643323, 0.7395674912800524],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp60_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 1.3745186203405617,
                        w: [-1.1520564015977484, -0.5913789877643323, 0.7395674912800524],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -10.373186732275416,
                &[
                    -0.03432408859208064,
                    2.8100412139378044,
                    29.0,
                    2.0,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                0.4580571358301733,
                0.9626443640997626,
                1.3110389198532624,
                0.03105680808960647,
                0.8901178366702572,
                -0.6772783252031361,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.14106841316064053,
                    w: [-0.9507688324960357, 1.3343176125697271, 0.8174379913264337],
                    n: 3,
                })
                .rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.14106841316064053,
                    w: [-0.9507688324960357, 1.3343176125697271, 0.8174379913264337],
                    n: 3,
                })
                .rp61_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.14106841316064053,
                    w: [-0.9507688324960357, 1.3343176125697271, 0.8174379913264337],
                    n: 3,
                })
                .rp61_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -7.149242906324447,
                &[
                    0.0,
                    0.0,
                    0.0,
                    1.7700847768708305,
                    -0.7785860143783091,
                    15.167195583106958,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[
                -1.434851422393365,
                -0.769402242986452,
                0.08419308631989586,
                -0.648843218458834,
                -0.12663223495168555,
                -0.9997301731853794,
                -0.8298450035454737,
            ],
            f: |p| {
                let p = black_box(p);
                rp62(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.4478217841688323,
                        w: [0.030926527976105532, -1.2164050467636136, -1.24972580893397],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp62_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.4478217841688323,
                        w: [0.030926527976105532, -1.2164050467636136, -1.24972580893397],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp62_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.4478217841688323,
                        w: [0.030926527976105532, -1.2164050467636136, -1.24972580893397],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.784748413839437,
                &[
                    0.0,
                    0.0,
                    0.0625,
                    0.12061594228861977,
                    -1.2012416666061996,
                    0.20957382583931816,
                    0.5555926233362167,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[
                1.3517298302329241,
                -0.08304982336241636,
                -1.122379978029579,
                0.5456154549659673,
                -0.2809701225249651,
                -0.06465219967053153,
            ],
            f: |p| {
                let p = black_box(p);
                rp63(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp63_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp63_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.8169445918322301,
                &[
                    -8.383973404704788e-8,
                    0.0,
                    -0.2531919570307395,
                    -0.29741446624917806,
                    1.5316268338808103,
                    2.033660425128515,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
