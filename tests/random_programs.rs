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

#[derive(Clone, Copy, Debug)]
pub enum Rp07Act {
    Relu,
    Leaky(f32),
    Softplus { beta: f32 },
}
const RP07_K0: usize = 3;
static RP07_K1: f32 = 2.0_f32;
#[differentiate]
fn rp07_h0(s0: f32, y1: [f32; 3], y2: &[f32]) -> [f32; 3] {
    for (zp1, zq2) in y2.iter().zip(&y2[1..]) {
        if (RP07_K1 * (-1.25_f32)) > std::f32::consts::PI {
            continue;
        }
        let mut t1 = (y1[1], f32::rem_euclid(y2[2], y1[1] * y1[1] + 0.5_f32));
    }
    [
        (3.0_f32 * 0.5_f32),
        (((RP07_K0 as f32) * s0) - 0.25_f32),
        (y2.iter()
            .zip(&y1)
            .map(|(zp3, zq4)| (*zp3) * (*zq4) * 2.0_f32)
            .sum::<f32>()),
    ]
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp07_h1(&self, s0: f32, y1: [f32; 3], y2: [f32; 3]) -> f32 {
        for i1 in (0..=2).rev() {
            let mut arr2 = [[0.0_f32; 3]; 3];
            let mut arr3 = [0.0_f32; 3];
        }
        ((s0 / (0.5_f32 * 0.5_f32 + 1.0_f32)) * 0.5_f32)
    }
}
impl Params {
    #[differentiate]
    fn rp07(&self, a: f32, b: f32, c: f32, d: f32, x: &[f32]) -> f32 {
        let mut v1 = b;
        let mut v2 = (RP07_K0 as f32).asinh();
        if !(x[1].mul_add(1.0_f32, c) > x[3]) {
            if (v1 * RP07_K1) >= a {
                if 2.0_f32.cos() >= (if 1.0_f32 < b { a } else { c }) {
                    return x[3];
                }
                v2 *=
                    x[1].atan2(((self.k as f32) - RP07_K1) * ((self.k as f32) - RP07_K1) + 0.5_f32);
                v2 *= ((0..3)
                    .rev()
                    .map(|zi1| (zi1 as f32 + 1.0_f32) * (self.w[zi1] as f32))
                    .sum::<f32>());
            } else {
                let mut arr3: [f32; 3] = [
                    f32::log(
                        ((b * x[0]) * (b * x[0]) + 1.5_f32),
                        0.25_f32 * 0.25_f32 + 2.0_f32,
                    ),
                    (if 2.0_f32 > d { c } else { 0.25_f32 }),
                    self.rp07_h1(
                        v2,
                        [0.25_f32, 0.5_f32, -1.0_f32],
                        [2.0_f32, 0.5_f32, -1.0_f32],
                    ),
                ];
                v1 -= (x[1..]
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(zi3, &zv2)| (zi3 as f32) * 0.5_f32 + zv2 * a)
                    .sum::<f32>())
                .sin();
            }
            if (a > ((self.k as f32) * (self.k as f32) + 0.5_f32).log2()
                || d >= (if !(0.1_f32 < (self.k as f32)) { b } else { v2 }))
            {
                return d;
            }
        }
        let pk5 = Rp07Act::Leaky(1.0_f32);
        let mut pm4: f32 = (2.0_f32.to_radians());
        if let Rp07Act::Leaky(slope) = pk5 {
            pm4 *= slope;
        } else if let Rp07Act::Softplus { beta } = pk5 {
            pm4 = f32::ln_1p(f32::exp(beta * pm4)) / beta;
        }
        {
            let pm6: f32 = match (x[3].cos() * 0.5_f32) {
                t7 if t7 <= 0.5_f32 => t7 * ((a + x[1]).abs()),
                t7 @ 0.5_f32..=1.5_f32 => t7 + (v1.sin().exp()),
                t7 => f32::sin(t7),
            };
            v1 += pm6;
            pm4 = (x.len() as f32);
        }
        pm4.midpoint(b) + v1 + v2 + pm4
    }
}

static RP08_K0: f64 = (-1.25);
const RP08_K1: [f64; 3] = [1.5, (-1.25), 0.5];
#[differentiate]
fn rp08_h0(r0: &f64) -> [f64; 3] {
    {}
    [
        (if (*r0) <= (*r0) {
            (5.0_f64.sqrt() - 2.0)
        } else {
            RP08_K0
        }),
        (-1.5),
        (*r0).sin(),
    ]
}
#[differentiate]
fn rp08_h1(&[a, b]: &[f64; 2]) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = (RP08_K1[0] / (a * a + 1.0));
    out[1] = a;
    out[2] = a.powi(2);
    out
}
#[differentiate(wrt(a, b, c, x, r_theta))]
fn rp08(a: f64, b: f64, c: f64, x: &[f64], [r, theta]: [f64; 2], o: Option<f64>) -> f64 {
    let mut v1 = (x.iter().step_by(2).rev().map(|&zv1| zv1 * 0.5).sum::<f64>());
    if !(1.5_f64.mul_add(0.1, b) < RP08_K0) {
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
        }
        let pq5: [[f64; 2]; 2] = [
            [
                (RP08_K1
                    .iter()
                    .zip(x.iter())
                    .map(|(&zp4, &zq5)| zp4 * zq5 * 1.5)
                    .sum::<f64>()),
                (1.5 % ((0.25_f64 * 0.25_f64 + 0.5).cbrt() * (0.25_f64 * 0.25_f64 + 0.5).cbrt()
                    + 0.5)),
            ],
            [
                1.0_f64.sin().exp(),
                (RP08_K1
                    .iter()
                    .zip(x.iter())
                    .map(|(&zp4, &zq5)| zp4 * zq5 * 1.5)
                    .sum::<f64>()),
            ],
        ];
        let [[t6, t7], [t8, t9]] = pq5;
        let pm4: f64 = t6 * t9 - t7 * t8;
        v1 += pm4;
    } else {
        for e10 in RP08_K1 {
            if !(RP08_K1[2]
                < (RP08_K1
                    .iter()
                    .filter(|&&zv7| 2.0 < theta)
                    .enumerate()
                    .map(|(zi8, &zv6)| (zi8 as f64) * zv6 * 1.5)
                    .sum::<f64>()))
            {
                continue;
            }
        }
        let mut t11: (f64, f64) = (
            (c + (RP08_K1
                .iter()
                .zip(x.iter())
                .map(|(&zp9, &zq10)| zp9 * zq10 * zp9)
                .sum::<f64>())),
            2.0,
        );
    }
    for zv11 in &RP08_K1 {
        if !(RP08_K1[1]).is_nan() {
        } else if (RP08_K0 < theta || x[1].copysign(0.25) <= a.sin()) {
            let mut arr12: [f64; 3] = [0.0; 3];
            arr12[1] += (RP08_K1[1] * RP08_K1[1] + 1.0).powi(2);
        } else {
        }
        let mut k13 = 0usize;
        while k13 < 3 {
            let i14 = k13;
            k13 += 1;
            let mut w15 = rp08_h1(&[f64::powi(RP08_K1[i14], 3), 0.75]);
            let mut w16: Vec<f64> = rp08_h1(&[f64::hypot(w15[i14], x[2]), 0.75]);
        }
    }
    (theta + 2.0) + v1
}

static RP09_K0: usize = 3;
#[differentiate(wrt(b, x))]
fn rp09(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (-2.0_f64.sin().exp_m1());
    if (0.5_f64.clamp(-0.5, 0.75) < v1.atan() && 0.1 < x[1].atan2(0.5 * 0.5 + 0.5)) {
    } else if (b > (-a) || (-x[0]) < (-1.25)) {
    } else {
        let (v2, v3) = (x[1], x[1]);
        v1 -= ((-0.75) + v1).sin().exp();
    }
    if std::f64::consts::FRAC_1_SQRT_2.abs() < a {
        v1 = (RP09_K0 as f64);
    } else {
    }
    for &zv1 in x.iter().rev().take(2) {
        if true {
            v1 = f64::cosh(x[0].tanh());
        } else if ((1.5_f64.sin() * 0.5).asin() < x[1] && x[1] > f64::hypot(1.5_f64, x[1])) {
            let mut t4 = ((x[0] + 2.0), (((x[1]) as f32).sin() as f64));
        } else {
        }
        let mut k5 = 0usize;
        loop {
            if k5 >= 3 {
                break;
            }
            let i6 = k5;
            k5 += 1;
            let v7: f64 = f64::min(1.0_f64, (RP09_K0 as f64));
            let mut zf2 =
                |zt3: f64| v1 += zt3 * (x.iter().cloned().map(|zv4| zv4 * x[i6]).sum::<f64>());
            zf2(v7);
            zf2(v7 * 0.5);
        }
        v1 += (a / ((RP09_K0 as f64) * (RP09_K0 as f64) + 1.0)).mul_add(x[1].mul_add(x[1], a), a);
    }
    let v8 = b.clamp(-0.5, 0.75);
    (-v8.tanh().sinh()) + v1 + v8
}

#[differentiate(wrt(a, b, x))]
fn rp10(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1: f64 = 1.5;
    let v2 = d;
    let zf1 = move |zt2: f64| zt2 * (b + x[2]);
    v1 += 0.5;
    let v3 = zf1((x[1] * x[1] + 1.0).ln())
        + zf1(f64::cos(
            x[x.iter()
                .enumerate()
                .max_by(|(_, zp3), (_, zq4)| zp3.total_cmp(zq4))
                .map(|(zv5, _)| zv5)
                .unwrap()],
        ));
    0.25_f64.min(0.25) + v1 + v2 + v3
}

const RP11_N: usize = 4;
static RP11_K0: [f64; 3] = [0.25, 0.5, 1.5];
#[differentiate(wrt(a, b, c, x, r_theta))]
fn rp11(a: f64, b: f64, c: f64, x: [f64; RP11_N], [r, theta]: [f64; 2], o: Option<f64>) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = RP11_K0[0];
    let (v3, v4) = (
        RP11_K0[0].rem_euclid(2.0 * 2.0 + 0.5),
        b.rem_euclid(theta * theta + 0.5),
    );
    if ((x[1] / (x[1] * x[1] + 1.0)) >= (b * 1.5) && 1.5 > c.tanh().cosh()) {
    } else if (RP11_K0[1] + x[3])
        > (x.iter()
            .filter(|&&zv2| 1.5 >= 1.0)
            .map(|&zv1| zv1 * r)
            .sum::<f64>())
    {
        let zf3 = |zt4: f64| zt4 * x[2];
        let v5 = zf3((((v3) as f32).sin() as f64)) + zf3(f64::hypot(v4, b));
        v1 = x.iter().fold((x[1] * x[0]), |zacc6, &zv5| {
            zacc6 * 0.5 + zv5 * RP11_K0[2].atan()
        });
        RP11_K0.iter().for_each(|&zv7| v2 += zv7 * v5);
    } else {
        v2 -= (-(v3 + (x.len() as f64)));
        v1 /= (-(5.0_f64.sqrt() - 2.0)) * (-(5.0_f64.sqrt() - 2.0)) + 1.0;
        for &zv8 in RP11_K0.iter().filter(|&&zv9| zv9 > 0.25) {}
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        for zw10 in RP11_K0.chunks(3) {
            let v8 = zw10[0] * (zw10.len() as f64);
            v2 = (x
                .iter()
                .take_while(|&&zv12| v2 < RP11_K0[i7])
                .map(|&zv11| zv11 * RP11_K0[1])
                .sum::<f64>());
            if (((i7 + 1) % 3) as f64).cos() <= x[3] {
                continue;
            }
            let (v9, v10) = f64::sin_cos(f64::atan(RP11_K0[0]));
        }
        for i11 in 0..2 {
            if (if a < v1 { b } else { (-1.25) }) < a {
                continue;
            }
        }
    }
    (v3 * v3 + 1.0).ln() + v1 + v2 + v3 + v4
}

const RP12_K0: f64 = 0.1;
static RP12_K1: f64 = 3.0;
#[differentiate]
fn rp12_h1(s0: f64, n1: usize, n2: usize) -> f64 {
    for i1 in 0..3 {
        let (v2, v3) = (
            (((0.5) as f32).sin() as f64),
            (if 0.5 < s0 { (i1 as f64) } else { (i1 as f64) }),
        );
    }
    for i4 in (0..3).rev() {}
    let mut k5 = 0usize;
    while k5 < 3 {
        let i6 = k5;
        k5 += 1;
        let mut arr7: Vec<f64> = vec![0.0; 3];
        let mut t8 = (
            (arr7[..2]
                .iter()
                .enumerate()
                .map(|(zi2, &zv1)| (zi2 as f64) * 0.5 + zv1 * 1.0)
                .product::<f64>()),
            ((-1.25) + s0),
        );
    }
    (0.25 - s0).mul_add(RP12_K1, 2.0)
}
mod rp12_m {
    use super::*;

    #[differentiate]
    pub fn rp12_h0(s0: f64, s1: f64) -> Vec<f64> {
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
        }
        let mut out = vec![0.0; 3];
        out[0] = f64::round_ties_even(3.0_f64);
        out[1] = (if s1 <= RP12_K1 { s0 } else { 1.0 });
        out[2] = (1.5 * s1);
        out
    }
}
#[differentiate]
fn rp12(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1: f64 = (2.0 * 2.0);
    let mut v2 = f64::mul_add(a, 0.5, x[0]);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        for i5 in 0..3 {
            let pq7: [[f64; 2]; 2] = [
                [
                    (if (i5 as f64) <= 1.5 { x[i5] } else { v1 }),
                    (0.25_f64 * 0.25_f64 + 0.5).powf(x[0].tanh()),
                ],
                [
                    (1.5 % (x[i5] * x[i5] + 0.5)),
                    (if (i5 as f64) <= 1.5 { x[i5] } else { v1 }),
                ],
            ];
            let [t8, [_, t9]] = pq7;
            let pm6: f64 = t8[1] * t9 + ((0.25_f64 * 0.25_f64 + 0.5).powf(x[0].tanh()));
            v2 += pm6;
            v1 = RP12_K0;
        }
        v1 /= 3.0 * 3.0 + 1.0;
        for i12 in 0..=2 {
            let mut arr13: [f64; 3] = [
                (x.iter().skip(1).map(|zv1| (*zv1) * 1.5).sum::<f64>()),
                (x.windows(2)
                    .map(|zw2| zw2[0] * zw2[1] * 0.5 + x[i12])
                    .sum::<f64>()),
                a.max(v2),
            ];
            let pq15: [[f64; 2]; 2] = [
                [(-3.0), (v1 * x[i4])],
                [
                    (arr13[..2].iter().map(|&zv4| zv4 * x[1]).sum::<f64>())
                        .mul_add(1.5_f64.mul_add((f64::from(3u8) * 0.5), 1.5), v2),
                    (-3.0),
                ],
            ];
            let mut ps16: f64 = ((arr13[..2].iter().map(|&zv3| zv3 * x[1]).sum::<f64>())
                .mul_add(1.5_f64.mul_add((f64::from(3u8) * 0.5), 1.5), v2));
            for &[t17, t18] in pq15.iter() {
                ps16 += t17 * t18 + (t17 * arr13[i4]);
            }
            v1 += ps16;
        }
    }
    let b: f64 = (1.5 / (1.5 * 1.5 + 1.0));
    rp12_h1(1.0, 3, 2) + v1 + v2 + b
}

static RP13_K0: f64 = 1.5;
#[differentiate]
fn rp13(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (d.cos() * 0.5).acos();
    let mut v2 = (0.1_f64.mul_add(v1, 2.0) * a);
    if ((v1 + p.k) <= x[0]
        || c <= (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2).ln_1p())
    {
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
        }
        for &zv1 in x.iter().filter(|&&zv2| zv2 > 0.25) {
            let mut arr5 = [0.0_f64; 3];
            v1 = RP13_K0;
            v1 += (RP13_K0 * v2);
        }
    }
    v1 -= 0.1;
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
            v1 = 3.0;
        }
        if x[i7] >= v2 {}
        for i10 in 0..3 {
            v1 /= (if x[i10] < v2 { c } else { c }) * (if x[i10] < v2 { c } else { c }) + 1.0;
            if v2 >= 1.0 {
                continue;
            }
            v2 *= (a * x[i7]);
        }
    }
    v1 = (p.n as f64);
    let v11: f64 = if (0.0..).contains(&(c * c)) || c.is_nan() {
        ((if (0.1 < (x.len() as f64) && 3.0 > a) {
            p.w[1]
        } else {
            x[1]
        }) / (x[2] * x[2] + 1.0))
    } else {
        unreachable!()
    };
    v11.sin() + v1 + v2 + v11
}

#[differentiate(wrt(a, b, c, x))]
fn rp14(a: f64, b: f64, c: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (a + 0.25);
    let mut t2 = (f64::sin(x[0]), f64::powi(3.0_f64, 2));
    for (i3, e4) in x.iter().enumerate() {
        for i5 in 0..=2 {
            let (v6, v7): (f64, f64) = (3.0, 3.0);
        }
        let mut v8: f64 = (x[i3] * x[i3] + 0.5).powf((((*e4) as f32).sin() as f64).tanh());
    }
    (x[1] + 3.0) + v1 + t2.0 + t2.1
}

static RP15_K0: i32 = 1;
static RP15_K1: usize = 1;
static RP15_K2: f64 = 0.25;
const RP15_K3: usize = 2;
#[differentiate]
fn rp15_h0(s0: f64, s1: f64, r2: &f64) -> (f64, f64) {
    for i1 in 0..3 {
        let mut v2: f64 = (-0.75);
    }
    ((*r2).rem_euclid(2.0 * 2.0 + 0.5), 0.5)
}
#[differentiate]
fn rp15_h1(s0: f64, s1: f64, s2: f64) -> Vec<f64> {
    if 1.0 > 2.0 {}
    let mut out = vec![0.0; 3];
    out[0] = (RP15_K1 as f64).powi(2);
    out[1] = (((0.5) as f32).sin() as f64);
    out[2] = (s2 * s2 + 0.5).sqrt();
    out
}
#[differentiate(wrt(a, x))]
fn rp15(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = f64::mul_add((if !(x[1] >= c) { x[1] } else { c }), b, c);
    let mut v2 = b.atan2(v1 * v1 + 0.5);
    let pq4: [[f64; 2]; 2] = [
        [
            (if (1.5 < std::f64::consts::PI || x[1] < 2.0) {
                x[2]
            } else {
                c
            }),
            (x[1] / (1.0 * 1.0 + 1.0)),
        ],
        [
            (c % (2.0 * 2.0 + 0.5)),
            (if (1.5 < std::f64::consts::PI || x[1] < 2.0) {
                x[2]
            } else {
                c
            }),
        ],
    ];
    let [[t5, t6], [t7, t8]] = pq4;
    let pm3: f64 = t5 * t8 - t6 * t7;
    for (i9, e10) in x.iter().enumerate() {
        let v11: f64 = 0.5_f64.midpoint(((RP15_K0 as f64) * (RP15_K0 as f64)));
        let mut zf1 = |zt2: f64| v2 += zt2 * ((*e10).sin() * 0.5).asin();
        zf1(v11);
        zf1(v11 * 0.5);
        let mut k12 = 0usize;
        while k12 < 3 {
            let i13 = k12;
            k12 += 1;
            if (c * c + 0.5).sqrt() > ((*e10) + (-1.25)) {
                break;
            }
        }
    }
    (RP15_K1 as f64).to_radians()
        + v1
        + v2
        + t5
        + t6
        + t7
        + t8
        + pm3
        + pq4[0][0]
        + pq4[0][1]
        + pq4[1][0]
        + pq4[1][1]
}

const RP16_K0: f64 = 2.0;
static RP16_K1: f64 = (-1.25);
const RP16_K2: f64 = 1.5;
#[differentiate]
fn rp16_h1(y0: [f64; 3], &[a, b]: &[f64; 2]) -> f64 {
    let mut v1: f64 = (1.0_f64.sin() * 0.5).atanh();
    ((a + 0.1) + f64::exp2(y0[1].cos())) + v1
}
mod rp16_m {
    use super::*;

    #[differentiate]
    pub fn rp16_h0(s0: f64) -> (f64, f64) {
        let mut v1: f64 = 0.5;
        (s0.asinh() + v1, (1.5_f64 * 1.5_f64 + 1.5).acosh())
    }
}
#[differentiate(wrt(a, x, r_theta))]
fn rp16(a: f64, b: f64, x: &[f64], m: &[[f64; 2]; 2], [r, theta]: [f64; 2], q: bool) -> f64 {
    let mut v1 = (1.5_f64 * 1.5_f64 + 0.5).log10();
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        for i4 in 0..x.len() {}
        {
            v1 *= f64::atan2(
                a,
                rp16_h1([RP16_K0, 0.5, -1.0], &[a, 0.75])
                    * rp16_h1([RP16_K0, 0.5, -1.0], &[a, 0.75])
                    + 0.5,
            );
            let (u5, u6) = rp16_m::rp16_h0(rp16_h1([b, 0.5, -1.0], &[r, 0.75]));
        }
    }
    let v7: f64 = x.iter().map(|&zv1| zv1 * m[1][0].cos()).product();
    let v8: f64 = (x[(0..x.len())
        .max_by_key(|&zp2| (x[zp2] * 8.0) as i64)
        .unwrap()])
        * f64::from(2_u16);
    let mut arr9 = [[0.0_f64; 3]; 3];
    v1 /= (if 1.0 >= std::f64::consts::FRAC_1_SQRT_2 {
        0.5
    } else {
        2.0
    }) * (if 1.0 >= std::f64::consts::FRAC_1_SQRT_2 {
        0.5
    } else {
        2.0
    }) + 1.0;
    arr9[1][1]
        + v1
        + v7
        + v8
        + arr9[0][0]
        + arr9[0][1]
        + arr9[0][2]
        + arr9[1][0]
        + arr9[1][1]
        + arr9[1][2]
        + arr9[2][0]
        + arr9[2][1]
        + arr9[2][2]
}

#[differentiate]
fn rp17_h1(n0: usize, s1: f64, y2: &[f64]) -> f64 {
    if s1 * s1 < 0.0 {
        panic!("negative square of {s1}");
    }
    (-(if (0.25 < s1 && 1.5 > 0.5) { 1.5 } else { s1 }))
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp17_h0(s0: f64, y1: [f64; 3]) -> Vec<f64> {
        {
            let mut arr1 = [0.0_f64; 3];
            let mut arr2 = [[0.0_f64; 3]; 3];
        }
        let zs3 = &y1[1..3];
        let v4: f64 = zs3[0] * (f64::rem_euclid(y1[1], (-1.25) * (-1.25) + 0.5)) + zs3.len() as f64;
        let mut v5: f64 = 0.0;
        for &zv6 in zs3.iter() {
            v5 += zv6 * zv6;
        }
        let zvec7 = y1[1..3].to_vec();
        let mut out = vec![0.0; 3];
        out[0] = (((-0.75) * y1[0]) - 3.0) + v4 + v5 + zvec7[0] + zvec7[1];
        out[1] = (if v4 <= 1.5 { v5 } else { 0.25 });
        out[2] = s0.cos().exp2();
        out
    }
}
impl Params {
    #[differentiate(wrt(b, c, d, x))]
    fn rp17(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
        let mut v1: f64 = 0.25;
        let mut v2 = d;
        if f64::mul_add(v1, v2, (-1.25)) > c {
        } else if d <= v1 {
            let pq4: [f64; 3] = [
                (x.iter()
                    .step_by(2)
                    .enumerate()
                    .map(|(zi2, &zv1)| (zi2 as f64) * 0.5 + zv1 * x[1])
                    .sum::<f64>()),
                (1.0_f64.mul_add(a, f64::div_euclid(v2, self.w[1] * self.w[1] + 0.5))),
                (((-(5.0_f64.sqrt() - 2.0)) * (-(5.0_f64.sqrt() - 2.0)) + 0.5).sqrt()),
            ];
            let [ref t5, mut t6, ..] = pq4;
            t6 *= (1.0_f64.mul_add(a, f64::div_euclid(v2, self.w[1] * self.w[1] + 0.5)));
            let pm3: f64 = (*t5)
                * (x.iter()
                    .step_by(2)
                    .enumerate()
                    .map(|(zi2, &zv1)| (zi2 as f64) * 0.5 + zv1 * x[1])
                    .sum::<f64>());
            v1 += pm3;
            {}
        } else {
            for (zi3, &zv4) in x.iter().enumerate().skip(1) {
                let mut v8 = (x
                    .iter()
                    .zip(x[1..].iter())
                    .map(|(&zp5, &zq6)| zp5 * zq6 * f64::to_radians((self.n as f64)))
                    .sum::<f64>());
                let v9: f64 = x.iter().map(|&zv7| zv7 * (-b).tanh()).sum();
                let mut w10 = Params::rp17_h0(
                    ((((zi3 + 1) % 3) as f64) * (((zi3 + 1) % 3) as f64) + 1.0)
                        .recip()
                        .min(x[zi3]),
                    [
                        (zi3 as f64).mul_add(d, ((x.len() as f64) % (v8 * v8 + 0.5))),
                        0.5,
                        -1.0,
                    ],
                );
            }
        }
        let mut k11 = 0usize;
        loop {
            if k11 >= 3 {
                break;
            }
            let i12 = k11;
            k11 += 1;
            for i13 in 0..self.n {
                let v14: f64 = f64::from((f64::sqrt((v2 * v2 + 0.5))) as f32);
                v2 *= (-a);
            }
            let (v15, v16) = f64::sin_cos((0.25_f64 - self.k));
        }
        let mut v17: f64 = (x
            .iter()
            .copied()
            .filter(|&zv9| 0.25 <= d)
            .fold(1.0, |zacc, zv8| zacc * 0.5 + zv8 * zv8));
        v2 + v1 + v2 + v17
    }
}

static RP18_K0: f64 = 2.0;
static RP18_K1: usize = 2;
#[differentiate]
fn rp18_h1(y0: &[f64], s1: f64) -> f64 {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let mut t3 = (
            f64::mul_add(0.5, (y0[i2] * (f64::from(3u8) * 0.5)), y0[i2]),
            ((-0.75) - ((-0.75) / (y0[i2] * y0[i2] + 1.0))),
        );
        let (v4, v5) = ((RP18_K1 as f64), (-RP18_K0));
    }
    (-s1)
}
mod rp18_m {
    use super::*;

    #[differentiate]
    pub fn rp18_h0(s0: f64, s1: f64, [r, theta]: [f64; 2]) -> f64 {
        for i1 in 1..3 {
            let (v2, v3) = (
                (if ((i1 * 2 + 1) as f64) < r {
                    1.0_f64.midpoint(0.5)
                } else {
                    0.5_f64.div_euclid(2.0 * 2.0 + 0.5)
                }),
                0.5_f64.atan(),
            );
        }
        RP18_K0.mul_add(f64::mul_add(0.5, 0.5, r), (1.5_f64 * 1.5_f64 + 0.5).cbrt())
    }
}
#[differentiate]
fn rp18(a: f64, b: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = ((if (a).is_sign_negative() {
        a
    } else {
        (RP18_K1 as f64)
    })
    .sin()
        * 0.5)
        .asin();
    if (x[1] - a) <= a {
    } else if 2.0_f64.tanh().sinh() < 1.5 {
    } else {
    }
    if RP18_K0 <= ((RP18_K1 as f64) * (RP18_K1 as f64)).ln_1p() {
    } else {
        if 1.5_f64.round_ties_even() > (((0.1) as f32).sin() as f64) {
            v1 = ((-0.1) / (a * a + 1.0));
            let v2: f64 = x
                .iter()
                .map(|&zv1| {
                    zv1 * zv1
                        .mul_add(v1, (-1.25))
                        .mul_add(zv1, (f64::from(3u8) * 0.5))
                })
                .sum();
        } else {
            let zf2 = |zt3: f64| zt3 * rp18_m::rp18_h0(2.0, v1, [x[1], 0.75]);
            let zg4 = |zt5: f64| zf2(zt5) * 0.5 + (2.0_f64.fract() + x[3]);
            let v3 = zg4(std::f64::consts::PI.tanh().to_degrees()) - zf2(std::f64::consts::PI);
        }
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let mut arr6 = [0.0_f64; 3];
            let v7 = (a - RP18_K0);
        }
    }
    let v8: f64 = (x[3] / (b * b + 1.0)) * f64::from(2_u16);
    x[1].to_radians() + v1 + v8
}

#[differentiate]
fn rp19_h0(r0: &f64, s1: f64) -> (f64, f64) {
    for i1 in 0..3 {
        let mut v2: f64 = 0.5;
    }
    let v3: f64 = 0.5;
    ((1.5_f64 * 1.5_f64 + 1.0).powi(2) + v3, s1)
}
#[differentiate]
fn rp19(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1: f64 = (1.5 - 1.5);
    let mut v2: f64 = 0.25;
    let mut v1 = ((a / (x[1] * x[1] + 1.0)) - x[1]);
    x[2].asinh() + v1 + v2 + v1
}

static RP20_K0: usize = 3;
static RP20_K1: usize = 1;
static RP20_K2: f64 = 1.0;
#[differentiate]
fn rp20_h0(y0: &[f64], s1: f64, s2: f64) -> (f64, f64) {
    if !(s2 <= s1) {
        return ((y0[1] / (y0[1] * y0[1] + 1.0)), 1.0);
    }
    for i1 in 0..3 {
        let mut t2 = ((s1 - (1.5 % (1.5 * 1.5 + 0.5))), (-s1));
        let v3: f64 = y0[i1];
        debug_assert!(v3.abs() >= 0.0 || v3.is_nan(), "{} is a number", v3 * 2.0);
    }
    for zv1 in y0.iter().copied().step_by(2) {
        let zs4 = &y0[..2];
        let v5: f64 = zs4[0] * ((y0[1] * y0[1] + 1.5).acosh()) + zs4.len() as f64;
        let mut v6: f64 = 0.0;
        for &zv7 in zs4.iter() {
            v6 += zv7 * zv7;
        }
        let mut v8 = 0.1_f64.mul_add(v5, (-0.25));
    }
    (
        f64::recip((y0[0] * y0[0] + 1.0)),
        (((1.5) as f32).sin() as f64),
    )
}
#[differentiate]
fn rp20(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = f64::abs(c);
    let mut v2: f64 = (if RP20_K2 >= x[1] { 2.0 } else { 3.0 });
    for i3 in 0..3 {
        {}
    }
    let v4 = (x
        .iter()
        .copied()
        .max_by(|zp1, zq2| zp1.total_cmp(zq2))
        .unwrap()
        / (((f64::from(3u8) * 0.5) + 0.25) * ((f64::from(3u8) * 0.5) + 0.25) + 1.0));
    let v5: f64 = x.iter().map(|&zv4| zv4 * (-1.25)).sum();
    for i6 in 0..3 {
        if v5 > (RP20_K0 as f64) {
        } else {
            let mut arr7 = [0.0_f64; 3];
            v2 = (RP20_K0 as f64);
        }
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
        }
        for i10 in 0..3 {
            let mut arr11 = [[0.0_f64; 3]; 3];
            let mut v12: f64 = (if (i6 as f64) <= 0.1 { 1.5 } else { 1.5 });
            let zf5 = |zt6: f64| zt6 * c;
            let zg7 = |zt8: f64| {
                zf5(zt8) * 0.5
                    + (if c <= arr11[i10][i10] {
                        v1
                    } else {
                        ((i10 as f64) * (i10 as f64) + 0.5).cbrt()
                    })
            };
            let v13 = zg7((if (RP20_K1 as f64) > v12 {
                (-RP20_K2)
            } else {
                v1
            })) - zf5((((1.5) as f32).sin() as f64));
        }
    }
    if ((RP20_K1 as f64) <= a && v5 <= v1.cos()) {
        for i14 in 1..3 {
            let pm15: f64 = match !(3.0 >= v5) {
                true => (-1.5),
                false => (((1.5 + 1.5) as f32).sin() as f64),
            };
            v2 += pm15;
        }
    }
    x[1].floor() + v1 + v2 + v4 + v5
}

static RP21_K0: [f64; 3] = [(-1.25), 1.0, (-1.25)];
#[differentiate]
fn rp21_h0(y0: &[f64], r1: &f64) -> f64 {
    (-(*r1))
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp21_h1(y0: &[f64], y1: [f64; 3], y2: &[f64]) -> (f64, f64) {
        (
            (if 2.0 < 1.5 { 2.0 } else { y2[1] }),
            (1.0_f64 * 1.0_f64 + 0.5).log2(),
        )
    }
}
#[differentiate]
fn rp21(a: f64, b: f64, x: &[f64], q: bool) -> f64 {
    let mut v1 = RP21_K0[0].asinh();
    {
        for zv1 in &RP21_K0 {
            v1 -= f64::mul_add(RP21_K0[1], (-RP21_K0[1]), 2.0);
            v1 += RP21_K0[0].atan2(x[0] * x[0] + 0.5);
        }
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
            if (RP21_K0[2] > a && v1 > x[0]) {
                continue;
            }
            v1 = RP21_K0[i3];
        }
    }
    let (u4, u5) = Params::rp21_h1(&RP21_K0, RP21_K0, &RP21_K0);
    x.iter().copied().fold(0.0, f64::hypot) + v1 + u4 + u5
}

const RP22_K0: [f64; 3] = [(-0.75), 3.0, 3.0];
static RP22_K1: f64 = 0.5;
static RP22_K2: [f64; 3] = [1.0, 0.1, 0.1];
const RP22_K3: usize = 2;
impl Params {
    #[differentiate(wrt(a, x))]
    fn rp22(&self, a: f64, b: f64, c: f64, x: [f64; 4], o: Option<f64>) -> f64 {
        let mut v1 = ((self.n as f64) + c);
        #[checkpoint(every = 1)]
        for (i2, e3) in RP22_K2.iter().enumerate() {
            {}
        }
        {
            let v4: f64 = f64::from(
                (a + (if (RP22_K0[1] > b && a > RP22_K2[1]) {
                    c
                } else {
                    a
                })) as f32,
            );
            {
                v1 += (RP22_K0[2]
                    * (x.iter()
                        .step_by(2)
                        .enumerate()
                        .map(|(zi2, zv1)| (zi2 as f64) * 0.5 + (*zv1) * c)
                        .sum::<f64>()));
            }
            for &zv3 in RP22_K0.iter().rev().take(2) {}
        }
        let mut v5 = c.mul_add(2.0, c);
        (-x[1]) + v1 + v5
    }
}

const RP23_N: usize = 3;
#[differentiate(wrt(a, x))]
fn rp23(a: f64, b: f64, c: f64, x: [f64; RP23_N]) -> f64 {
    let mut v1 = x[0].mul_add(b, 2.0);
    let mut v2 = (-0.75_f64).min(2.0);
    let mut v3 = (-x[1].mul_add(v2, x[1]));
    for e4 in x {
        if (0.5 >= 1.5 && v2 > x[1].mul_add(2.0, 1.5)) {
            let mut v5 = (if (1.5 <= a || x[1] <= v2) { 0.25 } else { a });
        } else if ((x[1] - (-0.75)) > f64::round_ties_even(x[1])
            || f64::max(a, 1.5) > (x[0] * x[0] + 1.5).acosh())
        {
            v3 /= 1.5_f64.tanh().cosh() * 1.5_f64.tanh().cosh() + 1.0;
            let mut arr6 = [0.0_f64; 3];
        } else {
            v3 /= f64::sqrt((0.25_f64 * 0.25_f64 + 0.5)) * f64::sqrt((0.25_f64 * 0.25_f64 + 0.5))
                + 1.0;
        }
        let (v7, v8) = (
            (x.iter()
                .copied()
                .skip(1)
                .map(|zv1| zv1 * 2.0_f64.div_euclid(1.5 * 1.5 + 0.5))
                .sum::<f64>()),
            x.iter().fold(0.25, |zacc3, &zv2| zacc3 * 0.5 + zv2 * x[1]),
        );
        v1 = f64::mul_add(x[1], x[1], 2.0);
    }
    let mut arr9 = x;
    0.25 + v1 + v2 + v3 + arr9[0] + arr9[1] + arr9[2]
}

static RP24_K0: f64 = 1.0;
const RP24_K1: f64 = (-1.25);
const RP24_K2: i32 = -1;
#[differentiate]
fn rp24_h0(s0: f64) -> [f64; 3] {
    [s0, f64::tanh(RP24_K1), RP24_K0]
}
impl Params {
    #[differentiate]
    fn rp24(&self, a: f64, b: f64, c: f64, x: &Vec<f64>, [r, theta]: [f64; 2], q: bool) -> f64 {
        let mut v1 = (-a);
        if !(x[0] >= RP24_K0) {
            v1 /= (-1.0) * (-1.0) + 1.0;
            let mut k2 = 0usize;
            while k2 < 3 {
                let i3 = k2;
                k2 += 1;
            }
            for &zv1 in x.iter().rev().take(2) {
                let v4: f64 = (x[1] + x[2]) * f64::from(1_u16);
                if RP24_K1.mul_add(v4, x[1])
                    < (x[1..].iter().rev().map(|&zv2| zv2 * v4).sum::<f64>())
                {
                    continue;
                }
            }
        }
        if (5.0_f64.sqrt() - 2.0) >= 1.5 {
        } else if ((-1.25) > self.k.signum() || x[1] >= (-r)) {
            for i5 in 0..3 {
                let (v6, v7) = ((RP24_K1.sin() * 0.5).asin(), (RP24_K1.sin() * 0.5).asin());
            }
        } else {
            if (a.mul_add(b, c) > (c % (c * c + 0.5)) && (((2.0) as f32).sin() as f64) >= (-x[2])) {
                return (-b);
            }
            #[checkpoint]
            for i8 in 0..3 {
                let pm9: f64 = match (-1.25) > (RP24_K2 as f64) {
                    true => (b),
                    false => (1.0_f64.sin()),
                };
                v1 += pm9;
                v1 += (if x[i8] >= 3.0 { pm9 } else { (x[i8] * RP24_K0) });
                v1 *= (r
                    / ((if !(b <= r) {
                        ((i8 * 2 + 1) as f64)
                    } else {
                        theta
                    }) * (if !(b <= r) {
                        ((i8 * 2 + 1) as f64)
                    } else {
                        theta
                    }) + 1.0));
            }
        }
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            if r.sin() <= (self.w[i11] / ((i11 as f64) * (i11 as f64) + 1.0)) {
            } else if x[2] < (c - x[1]) {
                v1 += ((-1.25_f64).sin() * 0.5).asin();
            } else {
                v1 += r.fract();
                v1 /= (-x[i11]) * (-x[i11]) + 1.0;
            }
            let v12: f64 = (x[i11] - b);
            debug_assert!(
                v12.abs() >= 0.0 || v12.is_nan(),
                "{} is a number",
                v12 * 2.0
            );
            let pq14: [f64; 3] = [
                (-(self.n as f64)),
                (RP24_K1 - x[i11]),
                (3.0_f64.clamp(-0.5, 0.75)),
            ];
            let [t15, t16, t17] = pq14;
            let pm13: f64 = t15 * (-(self.n as f64));
            v1 += pm13;
        }
        (-r) + v1
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Rp25Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP25_K0: f64 = (-1.25);
static RP25_K1: f64 = (-0.75);
const RP25_K2: f64 = 0.25;
static RP25_K3: usize = 3;
impl Params {
    #[differentiate]
    fn rp25(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (RP25_K3 as f64);
        let mut v2 = RP25_K1;
        let mut v3 = (x
            .iter()
            .zip(&x)
            .zip(x.iter())
            .map(|((zp1, zq2), &zr3)| (*zp1) * (*zq2) * zr3 * 2.0)
            .sum::<f64>());
        v1 = x[3].cos().exp2();
        v2 = 2.0;
        let mut v4 = v3;
        for zw4 in x.chunks(3) {
            let v5 = zw4[0] * (zw4.len() as f64);
            let pk7 = Rp25Act::Relu;
            let pm6: f64 = match pk7 {
                Rp25Act::Relu => f64::max((x[1]), 0.0),
                Rp25Act::Leaky(slope) => slope * (x[1]),
                Rp25Act::Softplus { beta } => f64::ln_1p(f64::exp(beta * (x[1]))) / beta,
            };
            v1 += pm6;
        }
        ((1.0_f64 * 1.0_f64 + 0.5).sqrt() * x[2]) + v1 + v2 + v3 + v4
    }
}

const RP26_K0: usize = 1;
static RP26_K1: [f64; 3] = [3.0, 0.25, 0.1];
const RP26_K2: f64 = 2.0;
impl Params {
    #[differentiate(wrt(b))]
    fn rp26(&self, a: f64, b: f64, x: &[f64; 3], m: &[[f64; 2]; 2], o: Option<f64>) -> f64 {
        let mut v1 = RP26_K1[2];
        let mut v2 = ((2.0_f64.powi(2) * 0.25).sin() * RP26_K2);
        if (x.iter().copied().map(f64::exp).sum::<f64>()).is_sign_negative() {
        } else if (3.0_f64 * 3.0_f64).ln_1p()
            >= (if RP26_K1.iter().any(|&zv1| v2 < 0.1) {
                2.0_f64
            } else {
                v2
            })
        {
        } else {
            let po4: Option<f64> = if (a / (1.0 * 1.0 + 1.0)) <= (2.0 / (b * b + 1.0)) {
                Some(
                    (RP26_K1
                        .windows(2)
                        .map(|zw2| zw2[0] * zw2[1] * 0.5 + m[1][0])
                        .sum::<f64>())
                        * 2.0,
                )
            } else {
                None
            };
            let pm3: f64 = po4.unwrap_or((f64::sinh(v2.tanh()))) + po4.unwrap_or_default();
            v1 += pm3;
        }
        v1 *= (RP26_K1[1].sin().exp_m1() - v2);
        for e6 in RP26_K1 {
            for (zp3, zq4) in x.iter().zip(&RP26_K1[1..]) {
                let pm8: f64 = match (x.len() as usize * 4 + 1) {
                    0 => ((RP26_K0 as f64) + 2.0_f64.sin()),
                    1 | 2 => {
                        ((RP26_K1[0] * RP26_K1[0] + 0.5)
                            .powf(f64::mul_add(0.25, 2.0, RP26_K2).tanh()))
                    }
                    4..=9 => (e6.tanh().cosh()),
                    10.. => {
                        ((RP26_K0 as f64) + 2.0_f64.sin())
                            * ((RP26_K1[0] * RP26_K1[0] + 0.5)
                                .powf(f64::mul_add(0.25, 2.0, RP26_K2).tanh()))
                    }
                    pn9 @ 1..=9 => (pn9 as f64) * (e6.tanh().cosh()),
                };
                v1 += pm8;
            }
            for i10 in 0..x.len() {
                let po12 = if (RP26_K1[0] + self.k) >= RP26_K2.div_euclid(0.25 * 0.25 + 0.5) {
                    Some(((3.0_f64 * 3.0_f64 + 1.0).powi(-2)) * 2.0)
                } else {
                    None
                };
                let mut po14 = po12;
                let mut pm11: f64 = (((e6 - m[1][i10 % 2]) * (e6 - m[1][i10 % 2]) + 0.5).log2());
                while let Some(t13) = po14 {
                    pm11 += t13 * (f64::tan(b.tanh()) + self.w[0]);
                    po14 = None;
                }
                v2 += pm11;
                if self.k <= a {
                    break;
                }
            }
            if (e6 <= (-m[1][1]) || (RP26_K2 * b) <= v1) {
                let v15: f64 = x.last().copied().unwrap_or(
                    (if (v1 < RP26_K2 || m[0][1] > v2) {
                        v2
                    } else {
                        (m[1][1] * a)
                    }),
                );
                let mut arr16 = [0.0_f64; 3];
                let [ref t18, mut t19, ..] = arr16;
                t19 *= (RP26_K1[1].midpoint(x[2]) * RP26_K2);
                let pm17: f64 = (*t18) * (self.w[1]);
                v1 += pm17;
            } else {
            }
        }
        v1 = RP26_K2;
        2.0_f64.max(2.0) + v1 + v2
    }
}

#[differentiate(wrt(a, b, c, x))]
fn rp27(a: f64, b: f64, c: f64, x: [f64; 3], o: Option<f64>) -> f64 {
    let mut v1 = 2.0_f64.fract();
    let mut arr2 = x;
    if (c >= (2.0 - arr2[0]) || 0.25 <= ((5.0_f64.sqrt() - 2.0) / (0.25 * 0.25 + 1.0))) {
        for zw1 in arr2.windows(2) {
            let v3 = zw1[1] - zw1[0];
            let [t5, t6, t7] = arr2;
            let pm4: f64 = t5 * (c.tanh().to_degrees());
            v1 += pm4;
        }
        for zw2 in arr2.chunks(3) {
            let v8 = zw2[0] * (zw2.len() as f64);
            let zf3 = |zt4: &f64| (*zt4) * (arr2[1] * arr2[1] + 0.5).powf(arr2[1].tanh());
            let v9 = x.iter().map(zf3).sum::<f64>();
            v1 /= (-b) * (-b) + 1.0;
        }
    } else if true {
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
        }
    } else {
    }
    let mut arr12 = [0.0_f64; 3];
    for (zp5, zq6) in arr2.iter().zip(&arr2) {
        #[checkpoint(every = 2)]
        for i13 in 0..2 {
            let (v14, v15) = f64::sin_cos(f64::round(c));
            let zf7 = |zt8: f64| {
                zt8 * (if (arr2[1] <= (*zq6) || v1 < (*zp5)) {
                    x[i13]
                } else {
                    arr2[0]
                })
            };
            let zg9 = |zt10: f64| zf7(zt10) * 0.5 + ((-1.25) % (1.5 * 1.5 + 0.5));
            let v16 = zg9((((i13 * 2 + 1) as f64) - arr12[2]))
                - zf7(x
                    .iter()
                    .fold(0.25, |zacc12, &zv11| zacc12 * 0.5 + zv11 * v14));
            v1 *= 0.25_f64.mul_add((i13 as f64), arr2[0]);
        }
        for (zp13, zq14) in arr2.iter().zip(arr2.iter()) {}
    }
    (1.5_f64 * 1.5_f64 + 1.5).acosh()
        + v1
        + arr2[0]
        + arr2[1]
        + arr2[2]
        + arr12[0]
        + arr12[1]
        + arr12[2]
}

const RP28_K0: [f64; 3] = [0.25, (-1.25), 1.5];
const RP28_K1: f64 = 0.25;
static RP28_K2: f64 = (-1.25);
static RP28_K3: i32 = -1;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp28_h0(&self, [r, theta]: [f64; 2], n1: usize, n2: usize) -> Vec<f64> {
        if ((theta / (self.k * self.k + 1.0)) <= 2.0
            || RP28_K0[0].atan2(theta * theta + 0.5) <= RP28_K0[1])
        {
            let v1: f64 = ((RP28_K0[1] - theta) as f32).into();
        } else if RP28_K0[0] >= theta.floor() {
            let (v2, v3) = (
                self.k.atan(),
                (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 0.5).log2(),
            );
        } else {
        }
        let mut out = vec![0.0; 3];
        out[0] = (RP28_K2 * RP28_K2 + 1.5).acosh();
        out[1] = (1.0 / (RP28_K0[1] * RP28_K0[1] + 1.0));
        out[2] = (1.5 * std::f64::consts::PI);
        out
    }
}
impl Params {
    #[differentiate(wrt(a, b, c, d, x))]
    fn rp28(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, o: Option<f64>) -> f64 {
        let mut v1 = (1.5 - RP28_K0[0]);
        if !((-b) >= d) {}
        let mut v2 = (-1.25_f64).min(x[1]);
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
        }
        let v5: f64 = x.iter().map(|&zv1| zv1 * (2.0 + (self.n as f64))).sum();
        RP28_K1 + v1 + v2 + v5
    }
}

const RP29_K0: f64 = 1.5;
const RP29_K1: f64 = (-1.25);
static RP29_K2: f64 = 1.5;
impl Params {
    #[differentiate]
    fn rp29(&self, a: f64, b: f64, x: &[f64]) -> f64 {
        let mut v1 = (RP29_K2 * x[1]);
        if (x[1] >= x[2] || RP29_K2.div_euclid(a * a + 0.5) < RP29_K2) {}
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
            for e4 in x.iter() {
                let pm5: f64 = match x {
                    [] => (a - a),
                    [t6] => {
                        (*t6)
                            * (if self.w[i3] >= self.k {
                                (x[0] / ((((i3 + 1) % 3) as f64) * (((i3 + 1) % 3) as f64) + 1.0))
                            } else {
                                self.w[i3].clamp(-0.5, 0.75)
                            })
                    }
                    [t6, t7] => {
                        (*t6)
                            + (*t7)
                                * (if self.w[i3] >= self.k {
                                    (x[0]
                                        / ((((i3 + 1) % 3) as f64) * (((i3 + 1) % 3) as f64) + 1.0))
                                } else {
                                    self.w[i3].clamp(-0.5, 0.75)
                                })
                    }
                    [t6, .., t7] => (*t6) * (*t7) + (b.sin().exp()),
                };
                v1 += pm5;
                let pq9: [[f64; 2]; 2] = [
                    [
                        (-pm5),
                        f64::log((RP29_K1 * RP29_K1 + 1.5), (*e4) * (*e4) + 2.0),
                    ],
                    [(pm5 - (b * RP29_K2)), (-pm5)],
                ];
                let [t10, [_, t11]] = pq9;
                let pm8: f64 =
                    t10[1] * t11 + (f64::log((RP29_K1 * RP29_K1 + 1.5), (*e4) * (*e4) + 2.0));
                v1 += pm8;
            }
            {
                let mut arr14 = [0.0_f64; 3];
            }
            for (zi1, &zv2) in x.iter().enumerate().skip(1) {
                let mut arr15 = [0.0_f64; 3];
            }
        }
        if !(self.w[1] <= x[2]) {
            if f64::atanh((x[1].sin() * 0.5)) <= x[1] {
                let v16: f64 = ((-b) as f32).into();
            } else {
                let pq18: [f64; 3] = [
                    (2.0 * b),
                    (v1.round_ties_even()),
                    (((RP29_K1 + 1.5) as f32).sin() as f64),
                ];
                let [ref t19, mut t20, ..] = pq18;
                t20 *= (v1.round_ties_even());
                let pm17: f64 = (*t19) * (2.0 * b);
                v1 += pm17;
                let zs22 = &x[..2];
                let v23: f64 = zs22[0] * ((self.n as f64) - (-0.75)) + zs22.len() as f64;
                let mut v24: f64 = 0.0;
                for &zv25 in zs22.iter() {
                    v24 += zv25 * zv25;
                }
                let zvec26 = x[..2].to_vec();
                let pm27: f64 = match x {
                    [] => (v24),
                    [t28] => (*t28) * (0.1 - x[1]),
                    [t28, t29] => (*t28) + (*t29) * (0.1 - x[1]),
                    [t28, .., t29] => (*t28) * (*t29) + ((a + RP29_K0).mul_add(RP29_K0, RP29_K0)),
                };
                v1 += pm27;
            }
            if (x[1] * x[1] + 0.5).sqrt() <= (a / ((x.len() as f64) * (x.len() as f64) + 1.0)) {
            } else if !((a * b) < v1) {
                let po31 = if b > b { Some((x[1]) * 2.0) } else { None };
                let pm30: f64 = match po31 {
                    Some(t32) => t32 * (f64::ln((x[1] * x[1] + 1.0))),
                    None => (b * v1),
                };
                v1 += pm30;
                let mut t33 = ((pm30 - (self.n as f64)), RP29_K2);
            } else {
            }
            v1 /= (0.25_f64 * 0.25_f64 + 0.5).powf(2.0_f64.tanh())
                * (0.25_f64 * 0.25_f64 + 0.5).powf(2.0_f64.tanh())
                + 1.0;
        }
        let pq35: [f64; 3] = [
            (b.mul_add((x[2] * x[2] + 1.0).ln(), b)),
            (if !(x[1] < b) { 1.5_f64.tanh() } else { 0.5 }),
            (b / (x[1] * x[1] + 1.0)),
        ];
        let [t36, .., t37] = pq35;
        let pm34: f64 = t36 * (b.mul_add((x[2] * x[2] + 1.0).ln(), b));
        for (zp3, zq4) in x.iter().zip(&x[1..]) {
            for &zv5 in pq35.iter().rev().take(2) {
                let v1 = (pq35[..2]
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(zi7, &zv6)| (zi7 as f64) * 0.5 + zv6 * (RP29_K1 + 2.0))
                    .sum::<f64>());
            }
        }
        pq35[1].asinh() + v1 + t36 + t37 + pm34 + pq35[0] + pq35[1] + pq35[2]
    }
}

const RP30_K0: i32 = 2;
static RP30_K1: f64 = (-1.25);
const RP30_K2: f64 = 3.0;
static RP30_K3: f64 = 0.1;
#[differentiate]
fn rp30_h1(&[a, b]: &[f64; 2], y1: [f64; 3], s2: f64) -> (f64, f64) {
    let zf1 = |zt2: f64| -> f64 { zt2 * zt2.atan2(RP30_K1 * RP30_K1 + 0.5) };
    let v1 = zf1(2.0_f64.asinh()) + zf1(2.0_f64.div_euclid(y1[1] * y1[1] + 0.5));
    let mut t2 = (
        (if s2 > (RP30_K0 as f64) {
            a
        } else {
            (s2 / (RP30_K3 * RP30_K3 + 1.0))
        }),
        y1[1].round_ties_even(),
    );
    {}
    (
        y1[2] + v1 + t2.0 + t2.1,
        (((t2.0 * y1[1]) as f32).sin() as f64),
    )
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp30_h0(y0: &[f64], &[a, b]: &[f64; 2]) -> f64 {
        let mut k1 = 0usize;
        while k1 < 3 {
            let i2 = k1;
            k1 += 1;
            let mut v3 = (RP30_K0 as f64);
        }
        (std::f64::consts::FRAC_1_SQRT_2 - b)
    }
}
#[differentiate]
fn rp30(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (RP30_K0 as f64);
    let mut v2 = (f64::from(3u8) * 0.5).mul_add(std::f64::consts::PI, RP30_K2);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        v2 = (3.0_f64 - 3.0_f64).sin().exp();
        #[checkpoint]
        for i5 in 0..x.len() {
            v1 += d;
        }
    }
    {
        let pm6: f64 = match (5.0_f64.sqrt() - 2.0) {
            t7 if t7 <= 0.5 => t7 * ((0..3).map(|zi1| (zi1 as f64 + 1.0) * x[zi1]).sum::<f64>()),
            t7 @ 0.5..=1.5 => t7 + ((c.sin() * 0.5).atanh()),
            t7 => f64::sin(t7),
        };
        v1 += pm6;
        if v1 * v1 < 0.0 {
            panic!("negative square of {v1}");
        }
    }
    for i8 in 0..2 {
        {
            v2 *= (-x[0]);
            let mut v9 = v1;
        }
    }
    if !(x.iter().cloned().map(|zv2| zv2 * x[2]).product::<f64>()).is_nan() {}
    (-2.0) + v1 + v2
}

static RP31_K0: f64 = 0.5;
static RP31_K1: f64 = 2.0;
static RP31_K2: f64 = 0.25;
static RP31_K3: f64 = (-1.25);
#[differentiate]
fn rp31_h0(y0: &[f64], s1: f64) -> f64 {
    {}
    for e1 in y0.iter() {
        let mut arr2: [f64; 3] = [(-RP31_K3), RP31_K2.to_radians(), RP31_K2];
        let (v3, v4) = (s1, (*e1));
    }
    for (zp1, zq2) in y0.iter().zip(y0.iter()) {
        let mut arr5 = [0.0_f64; 3];
        let v6: f64 = (arr5[1] / (1.5 * 1.5 + 1.0));
        debug_assert!(v6.abs() >= 0.0 || v6.is_nan(), "{} is a number", v6 * 2.0);
    }
    (s1 + (s1 / (RP31_K2 * RP31_K2 + 1.0)))
}
#[differentiate]
fn rp31(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = 1.5_f64.cos();
    let mut v2 = (-c);
    if 1.5 > rp31_h0(x, c) {
        if (x[1] <= x[2] && a < RP31_K0.midpoint(a)) {
        } else if f64::copysign(0.1_f64, c) <= (1.5 - 1.5) {
        } else {
            v1 += (c * c + 0.5).log2();
            v1 += (b * b + 0.5)
                .powf(x.iter().copied().reduce(f64::min).unwrap_or(v1).tanh())
                .cos()
                .exp2();
        }
    }
    for &zv4 in x.iter().filter(|&&zv5| zv5 > 0.25) {
        for e3 in x.iter() {
            let pq5: [[f64; 2]; 2] = [
                [
                    (x[1] % (RP31_K0 * RP31_K0 + 0.5)).round_ties_even(),
                    (if !(v2 >= 1.5) {
                        v1
                    } else {
                        (2.0_f64.powi(2) * 0.25)
                    }),
                ],
                [
                    (0.25_f64 * 0.25_f64 + 1.5).log(RP31_K3 * RP31_K3 + 2.0),
                    (x[1] % (RP31_K0 * RP31_K0 + 0.5)).round_ties_even(),
                ],
            ];
            let [t6, [_, t7]] = pq5;
            let pm4: f64 = t6[1] * t7
                + (if !(v2 >= 1.5) {
                    v1
                } else {
                    (2.0_f64.powi(2) * 0.25)
                });
            v2 += pm4;
            v1 *= (pq5[1][1]
                + (x.windows(3)
                    .map(|zw6| zw6.iter().sum::<f64>() * 0.5 + pq5[1][0])
                    .sum::<f64>()));
        }
    }
    let zf7 = move |zt8: f64| zt8 * v2;
    v1 += 0.5;
    let v10 =
        zf7((std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 1.0).recip())
            + zf7(x[2].fract());
    v1 *= (v2 * x[1]);
    f64::rem_euclid(c, RP31_K1 * RP31_K1 + 0.5) + v1 + v2 + v10
}

#[differentiate]
fn rp32_h0(y0: &[f32], y1: &[f32]) -> f32 {
    (-0.25_f32)
}
#[differentiate]
fn rp32_h1(s0: f32, y1: [f32; 3]) -> f32 {
    for (i1, &e2) in y1.iter().enumerate() {}
    (s0 + s0)
}
#[differentiate(wrt(c, x))]
fn rp32(a: f32, b: f32, c: f32, d: f32, x: &[f32; 4]) -> f32 {
    let mut v1: f32 = 0.5_f32;
    let mut v2: f32 = 1.5_f32;
    for zw1 in x.chunks(3) {
        let v3 = zw1[0] * (zw1.len() as f32);
    }
    let v4 = (-b);
    let v5: f32 = x
        .iter()
        .map(|&zv2| zv2 * (if 2.0_f32 > 0.25_f32 { 2.0_f32 } else { x[1] }))
        .sum();
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
        v2 = 0.25_f32;
        let mut arr8 = [0.0_f32; 3];
    }
    ((v4 % ((5.0_f32.sqrt() - 2.0_f32) * (5.0_f32.sqrt() - 2.0_f32) + 0.5_f32))
        * (v4 % ((5.0_f32.sqrt() - 2.0_f32) * (5.0_f32.sqrt() - 2.0_f32) + 0.5_f32))
        + 0.5_f32)
        .sqrt()
        + v1
        + v2
        + v4
        + v5
}

static RP33_K0: usize = 3;
const RP33_K1: f64 = (-0.75);
#[differentiate]
fn rp33_h0([r, theta]: [f64; 2], y1: [f64; 3]) -> f64 {
    (y1.iter().rev().map(|&zv1| zv1 * zv1).product::<f64>())
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp33_h1(r0: &f64) -> f64 {
        if (*r0) <= (*r0).round_ties_even() {}
        (*r0)
    }
}
impl Params {
    #[differentiate(wrt(x))]
    fn rp33(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
        let mut v1 = f64::copysign(RP33_K1, x[1]);
        let mut v2 = (self.w[0] * self.w[0] + 0.5).cbrt();
        v2 = RP33_K1;
        if (b >= (5.0_f64.sqrt() - 2.0) && a > (-v2)) {
            for (i3, &e4) in x.iter().enumerate() {
                let (zl5, zr6) = x.split_at(2);
                let v7: f64 = zl5[0] - zr6.iter().sum::<f64>() + (zl5.len() * zr6.len()) as f64;
            }
            if (x[1] > self.w[1] && (-x[1]) > b) {
                let mut arr8: [f64; 3] = [v1, f64::tanh(a), (-v1)];
                let zc2 = arr8
                    .iter()
                    .map(|&zv1| {
                        zv1 * (if 2.0 >= (self.n as f64) {
                            (-1.25)
                        } else {
                            x[0]
                        })
                    })
                    .collect::<Vec<_>>();
                v2 = (0.5 % (self.w[0] * self.w[0] + 0.5))
                    .mul_add((if !(0.1 > arr8[1]) { zc2[2] } else { 2.0 }), self.k);
            } else if true {
            } else {
                let zvec9: Vec<f64> = vec![a, ((-0.25) - (1.0 - self.k)), 0.1];
            }
        } else {
            let (t11, _, mut t12): (f64, f64, f64) =
                ((x[2].round()), (RP33_K1), ((x[0] - self.k) - 2.0));
            t12 += t11;
            v2 += t11;
            for &zv3 in x.iter().rev().take(2) {
                v1 = (RP33_K0 as f64);
                let mut pb14 = None;
                for &t15 in x.iter() {
                    if t15 > ((v2 * v2).ln_1p()) {
                        pb14 = Some(t15 * (f64::sinh(x[1].tanh())));
                    }
                }
                let pm13: f64 = match pb14 {
                    Some(t15) => t15 + (2.0 * (0.1 + x[1])),
                    None => (2.0 * (0.1 + x[1])),
                };
                v1 += pm13;
                let (v16, v17) = (RP33_K1, RP33_K1);
            }
        }
        (-0.5) + v1 + v2
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Rp34Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
#[differentiate]
fn rp34(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1 = 3.0_f64.hypot(x[0]).fract();
    let mut v2 = ((x
        .iter()
        .zip(x)
        .map(|(zp1, zq2)| (*zp1) * (*zq2) * 0.25)
        .sum::<f64>())
        - (-(p.n as f64)));
    let pk4 = Rp34Act::Leaky(0.5);
    let pm3: f64 = match pk4 {
        Rp34Act::Relu => f64::max(
            (x.iter()
                .take_while(|&&zv4| p.k < x[1])
                .map(|&zv3| zv3 * x[1])
                .sum::<f64>()),
            0.0,
        ),
        Rp34Act::Leaky(slope) => {
            slope
                * (x.iter()
                    .take_while(|&&zv4| p.k < x[1])
                    .map(|&zv3| zv3 * x[1])
                    .sum::<f64>())
        }
        Rp34Act::Softplus { beta } => {
            f64::ln_1p(f64::exp(
                beta * (x
                    .iter()
                    .take_while(|&&zv4| p.k < x[1])
                    .map(|&zv3| zv3 * x[1])
                    .sum::<f64>()),
            )) / beta
        }
    };
    for i5 in 0..p.n {
        for zv5 in x.iter().copied().step_by(2) {
            let mut pb7 = None;
            for &t8 in x.iter() {
                if t8 > (v1 * 0.25) {
                    pb7 = Some(t8 * ((p.w[1] * p.w[1]).ln_1p()));
                }
            }
            let pm6: f64 = pb7.unwrap_or((c / (d * d + 1.0)));
            v1 += pm6;
            v1 -= ((std::f64::consts::PI + 0.5) % (x[i5] * x[i5] + 0.5));
            if (-p.w[1]) < pm3 {
                continue;
            }
        }
    }
    let mut k9 = 0usize;
    while k9 < 3 {
        let i10 = k9;
        k9 += 1;
        for zv6 in x.iter().copied().step_by(2) {}
    }
    let mut v11 = c.atan2(d * d + 0.5);
    for i12 in 0..=2 {
        let mut k13 = 0usize;
        loop {
            if k13 >= 3 {
                break;
            }
            let i14 = k13;
            k13 += 1;
            v2 *= (0.25 - (5.0_f64.sqrt() - 2.0));
        }
    }
    (if c > (-1.25) { a } else { 0.25 }) + v1 + v2 + pm3 + v11
}

const RP35_K0: f64 = 1.5;
static RP35_K1: [f64; 3] = [3.0, 0.5, 2.0];
#[differentiate]
fn rp35(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = x[0].mul_add(
        b,
        RP35_K1[RP35_K1
            .iter()
            .enumerate()
            .max_by(|(_, zp1), (_, zq2)| zp1.total_cmp(zq2))
            .map(|(zv3, _)| zv3)
            .unwrap()],
    );
    let mut v2 = c.min(c);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
    }
    if ((RP35_K1[1] * RP35_K1[1] + 0.5).powf(v1.tanh()) < x[1] || x[1] > 0.1) {
        if !((x[2] * x[2] + 1.0).ln()).is_nan() {
            let mut t5 = ((*RP35_K1.iter().last().unwrap()), 1.5_f64.tanh().tan());
        }
        for e6 in RP35_K1.iter() {}
        for &zv7 in RP35_K1.iter().filter(|&&zv8| zv8 > 0.25) {
            if (1.5
                < (RP35_K1
                    .iter()
                    .take_while(|&&zv10| d <= a)
                    .map(|&zv9| zv9 * a)
                    .sum::<f64>())
                && RP35_K1[1] < (RP35_K1[1] * RP35_K1[1] + 0.5).log10())
            {
                break;
            }
            let mut arr7 = [0.0_f64; 3];
        }
    } else if v1.sin().exp_m1() <= (if v2 >= 1.0 { 3.0 } else { b }) {
        let v8: f64 = RP35_K1.last().copied().unwrap_or(
            x.iter()
                .fold((((RP35_K1[0]) as f32).sin() as f64), |zacc12, &zv11| {
                    zacc12 * 0.5 + zv11 * 2.0
                }),
        );
        if (a / (RP35_K0 * RP35_K0 + 1.0)) <= RP35_K1[2] {
            let v9: f64 = ((RP35_K1
                .windows(3)
                .map(|zw13| zw13.iter().sum::<f64>() * 0.5 + RP35_K1[1])
                .sum::<f64>()) as f32)
                .into();
            let v10: f64 = x.last().copied().unwrap_or(2.0);
            let (zl11, zr12) = RP35_K1.split_at(2);
            let v13: f64 = zl11[0] - zr12.iter().sum::<f64>() + (zl11.len() * zr12.len()) as f64;
        }
    } else {
        let mut k14 = 0usize;
        while k14 < 3 {
            let i15 = k14;
            k14 += 1;
            let (v16, v17) = (
                (RP35_K1[0] * RP35_K1[0] + 0.5).powf(RP35_K1[i15].tanh()),
                (RP35_K1[0] * RP35_K1[0] + 0.5).powf(RP35_K1[i15].tanh()),
            );
        }
    }
    let mut k18 = 0usize;
    loop {
        if k18 >= 3 {
            break;
        }
        let i19 = k18;
        k18 += 1;
        if (((i19 + 1) % 3) as f64) <= 0.1 {
            v2 -= b;
        } else if c.mul_add(RP35_K1[i19], v2) <= x[0] {
            v1 -= RP35_K1[i19];
            if (if v1 >= x[0] {
                RP35_K1[1]
            } else {
                ((i19 * 2 + 1) as f64)
            })
            .is_sign_negative()
            {
                break;
            }
        } else {
            v1 -= b;
            let pm20: f64 = match (0.5) {
                t21 if t21 <= 0.5 => {
                    t21 * (RP35_K1
                        .iter()
                        .filter(|&&zv15| zv15 < c)
                        .map(|&zv14| zv14 * RP35_K1[1])
                        .sum::<f64>())
                }
                t21 @ 0.5..=1.5 => {
                    t21 + (RP35_K1
                        .iter()
                        .copied()
                        .skip(1)
                        .enumerate()
                        .map(|(zi17, zv16)| (zi17 as f64) * 0.5 + zv16 * 2.0)
                        .sum::<f64>())
                }
                t21 => f64::sin(t21),
            };
            v1 += pm20;
            let mut arr22 = [[0.0_f64; 3]; 3];
        }
        for (i23, e24) in x.iter().enumerate() {
            v1 /= (x[0] - 1.5) * (x[0] - 1.5) + 1.0;
            let v25: f64 = (-d);
            let mut zf18 = |zt19: f64| {
                v1 *= 0.5;
                v1 += zt19
                    * (if (-0.75) < x[i19] {
                        v1.mul_add(0.1, zt19)
                    } else {
                        (1.5 % ((0.5 * zt19) * (0.5 * zt19) + 0.5))
                    });
            };
            zf18(v25);
            zf18(v25 * 0.5);
        }
        v2 += RP35_K1[i19].tanh().cosh();
    }
    ((-0.75) + a) + v1 + v2
}

const RP36_K0: [f64; 3] = [1.5, 1.5, 0.5];
const RP36_K1: i32 = -1;
const RP36_K2: i32 = -1;
#[differentiate(wrt(a, b))]
fn rp36(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (RP36_K2 as f64);
    let mut v2: f64 = 1.5;
    for i3 in 0..2 {}
    (3.0 / (b * b + 1.0)) + v1 + v2
}

const RP37_K0: usize = 2;
static RP37_K1: [f64; 3] = [0.5, 0.25, 1.0];
static RP37_K2: [f64; 3] = [0.5, 0.25, 2.0];
const RP37_K3: f64 = 2.0;
#[differentiate]
fn rp37_h0(s0: f64, y1: [f64; 3]) -> f64 {
    if s0 * s0 < 0.0 {
        panic!("negative square of {s0}");
    }
    let mut v1 = RP37_K2[0].copysign(RP37_K3);
    RP37_K1[(0..RP37_K1.len())
        .min_by_key(|&zp1| (RP37_K1[zp1] * 8.0) as i64)
        .unwrap_or(0)]
        + v1
}
#[differentiate(wrt(b))]
fn rp37(a: f64, b: f64, x: [f64; 4], q: bool, o: Option<f64>) -> f64 {
    let mut v1 = RP37_K1[1].midpoint(a);
    for (i2, e3) in RP37_K2.iter().enumerate() {}
    for (zp1, zq2) in x.iter().zip(&RP37_K2) {
        for (zp3, zq4) in x.iter().zip(&RP37_K1) {
            let zf5 = |zt6: f64| {
                zt6 * (((*zp3).sin() * 0.5).atanh()
                    / ((-1.25_f64)
                        .mul_add((*zq4), 2.0)
                        .atan2((*zp3) * (*zp3) + 0.5)
                        * (-1.25_f64)
                            .mul_add((*zq4), 2.0)
                            .atan2((*zp3) * (*zp3) + 0.5)
                        + 1.0))
            };
            let zg7 = |zt8: f64| {
                zf5(zt8) * 0.5
                    + (if x[2] <= (*zq4) {
                        std::f64::consts::PI.mul_add(0.5, RP37_K1[0].cos())
                    } else {
                        v1
                    })
            };
            let v4 = zg7(f64::exp2(1.5_f64.cos())) - zf5((RP37_K1[1] - v1).cos().exp2());
        }
        for e5 in RP37_K2.iter() {}
        for (i6, &e7) in RP37_K2.iter().enumerate() {}
    }
    let pm8: f64 = match (
        (x.len() as usize * 3 + 0) % 2,
        ((-1.25) / (a * a + 1.0)) >= v1,
    ) {
        (0, true) => (b - 2.0),
        (0, false) => (rp37_h0(x[3], RP37_K2)),
        (_, true) => (RP37_K1[2].tanh().sinh()),
        (_, false) => (b - 2.0) + (RP37_K1[2].tanh().sinh()),
    };
    v1 = (RP37_K0 as f64);
    3.0 + v1 + pm8
}

const RP38_K0: usize = 1;
static RP38_K1: i32 = -1;
const RP38_K2: f64 = 1.5;
static RP38_K3: i32 = -1;
#[differentiate]
fn rp38_h0(s0: f64, s1: f64, s2: f64) -> [f64; 3] {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let pq4: [[f64; 2]; 2] = [
            [f64::asinh(s0), ((-0.75) + s1)],
            [((i2 as f64) * (-1.25)), f64::asinh(s0)],
        ];
        let mut ps5: f64 = ((i2 as f64) * (-1.25));
        for (pi8, [t6, _]) in pq4.iter().enumerate() {
            ps5 += (*t6) * (pi8 as f64) + ((-0.75) + s2);
        }
    }
    let (v9, v10): (f64, f64) = (RP38_K2.clamp(-0.5, 0.75), 0.5);
    [
        (v9 / (0.5 * 0.5 + 1.0)) + v9 + v10,
        (-RP38_K2).mul_add(1.5, 2.0),
        v9,
    ]
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp38_h1(&self, y0: [f64; 3], s1: f64, s2: f64) -> (f64, f64) {
        let v1: f64 = y0.iter().map(|&zv1| zv1 * (2.0 * self.k)).sum();
        ((y0[1] * y0[1] + 0.5).log10() + v1, (2.0 / (s2 * s2 + 1.0)))
    }
}
#[differentiate(wrt(b))]
fn rp38(a: f64, b: f64, x: &[f64], &[r, theta]: &[f64; 2], p: &Params) -> f64 {
    let mut v1 = (p.k + a);
    let mut v2 = x[1].rem_euclid(a * a + 0.5);
    let mut arr3: Vec<f64> = vec![0.0; x.len()];
    let zf1 = |zt2: f64| zt2 * (if arr3[1] < r { v2 } else { 2.0 });
    let v4 = zf1(b.sin())
        + zf1(f64::to_radians(
            (arr3[..2].iter().map(|&zv3| zv3 * theta).sum::<f64>()),
        ));
    arr3[0] -= ((0..3).map(|zi4| (zi4 as f64 + 1.0) * arr3[0]).sum::<f64>());
    if x[1] <= arr3[1] {}
    (-(RP38_K0 as f64)) + v1 + v2 + v4 + arr3[0] + arr3[1] + arr3[2]
}

const RP39_N: usize = 3;
const RP39_K0: f32 = 1.0_f32;
const RP39_K1: i32 = 1;
static RP39_K2: f32 = (-1.25_f32);
const RP39_K3: f32 = (-1.25_f32);
#[differentiate]
fn rp39_h1(&[a, b]: &[f32; 2], s1: f32) -> f32 {
    let mut v1: f32 = (0.5_f32 + 1.5_f32);
    (b + 0.5_f32) + v1
}
mod rp39_m {
    use super::*;

    #[differentiate]
    pub fn rp39_h0([r, theta]: [f32; 2], s1: f32) -> f32 {
        theta.div_euclid(0.5_f32 * 0.5_f32 + 0.5_f32)
    }
}
impl Params {
    #[differentiate]
    fn rp39(&self, a: f32, b: f32, x: &[f32; RP39_N]) -> f32 {
        let mut v1 = ((RP39_K1 as f32) % ((self.k as f32) * (self.k as f32) + 0.5_f32));
        let mut v2 = (x
            .iter()
            .copied()
            .filter(|&zv2| zv2 >= RP39_K2)
            .fold(1.0_f32, |zacc, zv1| zacc * 0.5_f32 + zv1 * x[1]));
        v1 += rp39_m::rp39_h0([(-x[0]), 0.75_f32], x[1]);
        let mut t3 = (2.0_f32.sin().exp(), (RP39_K3 * f32::copysign(2.0_f32, a)));
        #[checkpoint(every = 1)]
        for (i4, e5) in x.iter().enumerate() {
            #[checkpoint(every = 1)]
            for i6 in 0..self.n {
                let pm7: f32 = match (
                    (i6 as usize * 4 + 0) % 2,
                    v1 >= (x[0] * x[0] + 1.0_f32).powi(RP39_K1),
                ) {
                    (0, true) => {
                        (x.iter()
                            .enumerate()
                            .step_by(2)
                            .map(|(zi4, zv3)| (zi4 as f32) * 0.5_f32 + (*zv3) * x[0])
                            .sum::<f32>())
                    }
                    (0, false) => ((RP39_K2 * RP39_K2).ln_1p()),
                    (_, true) => (x[1] - 2.0_f32.tanh()),
                    (_, false) => {
                        (x.iter()
                            .enumerate()
                            .step_by(2)
                            .map(|(zi4, zv3)| (zi4 as f32) * 0.5_f32 + (*zv3) * x[0])
                            .sum::<f32>())
                            + (x[1] - 2.0_f32.tanh())
                    }
                };
                t3.0 += pm7;
            }
            for (i8, &e9) in x.iter().enumerate() {}
            for (zi5, &zv6) in x.iter().enumerate().skip(1) {
                let zf7 = |(zp9, zq10): (f32, f32)| {
                    zp9 * zq10 + f32::copysign((((i4 + 1) % 3) as f32), zp9)
                };
                let v10 = zf7(((b + x[2]), (x[0] * x[0] + 0.5_f32).log10()));
                let v11: f32 = (if true { 0.5_f32 } else { v2 });
                debug_assert!(
                    v11.abs() >= 0.0_f32 || v11.is_nan(),
                    "{} is a number",
                    v11 * 2.0_f32
                );
            }
        }
        let mut v12 = x[1];
        for (zp11, zq12) in x.iter().zip(x.iter()) {}
        (x.iter()
            .zip(x[1..].iter())
            .map(|(&zp13, &zq14)| zp13 * zq14 * b)
            .sum::<f32>())
            + v1
            + v2
            + t3.0
            + t3.1
            + v12
    }
}

#[differentiate]
fn rp40_h0(r0: &f64, r1: &f64, s2: f64) -> (f64, f64) {
    if ((-0.75) >= (0.25 * (-1.25)) && 0.5 > (-1.25_f64).sin()) {
        let mut v1 = ((0.5_f64 * 0.5_f64 + 0.5).sqrt() - (*r0));
        v1 *= 0.5;
    } else if (f64::mul_add((*r1), 0.25, 1.5) <= (-0.5) || s2 >= s2) {
    } else {
    }
    (s2, 0.5)
}
#[differentiate]
fn rp40_h1(s0: f64, y1: &[f64], &[a, b]: &[f64; 2]) -> Vec<f64> {
    for i1 in 0..2 {}
    {}
    let mut out = vec![0.0; 3];
    out[0] = (y1[1] % (b * b + 0.5));
    out[1] = (1.5 * (y1.iter().map(|zv1| (*zv1) * (-0.75)).sum::<f64>()));
    out[2] = f64::exp2(s0.cos());
    out
}
#[differentiate]
fn rp40(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (-x[0]);
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
        for i4 in 0..3 {}
        for (zi1, &zv2) in x.iter().enumerate().skip(1) {}
        for i5 in 0..3 {}
    }
    for (zi3, &zv4) in x.iter().enumerate().skip(1) {
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
        }
        for zw5 in x.chunks(3) {
            let v8 = zw5[0] * (zw5.len() as f64);
            let a = 2.0_f64.copysign(((0..3).map(|zi6| (zi6 as f64 + 1.0) * 1.5).sum::<f64>()));
            v1 -= (1.5 + b);
            let v9: f64 = x.last().copied().unwrap_or(
                (if 1.0 <= std::f64::consts::FRAC_1_SQRT_2 {
                    (x[2] - 1.5)
                } else {
                    x[3]
                }),
            );
        }
    }
    a.mul_add(v1, 2.0_f64.round_ties_even()) + v1
}

static RP41_K0: [f32; 3] = [2.0_f32, 0.5_f32, 1.0_f32];
static RP41_K1: usize = 2;
static RP41_K2: [f32; 3] = [(-1.25_f32), 3.0_f32, (-0.75_f32)];
const RP41_K3: f32 = 0.5_f32;
mod rp41_m {
    use super::*;

    #[differentiate]
    pub fn rp41_h0(s0: f32, &[a, b]: &[f32; 2]) -> (f32, f32) {
        (
            b.mul_add(
                (RP41_K0
                    .iter()
                    .zip(RP41_K0.iter())
                    .map(|(&zp1, &zq2)| zp1 * zq2 * zq2)
                    .sum::<f32>()),
                s0,
            ),
            RP41_K2[1].mul_add(RP41_K0[1], a),
        )
    }
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp41_h1(r0: &f32, r1: &f32) -> f32 {
        let (v1, v2) = (
            (1.5_f32 * 1.5_f32 + 0.5_f32).powf(1.5_f32.tanh()),
            f32::hypot(RP41_K2[1], ((*r1) * (*r1) + 0.5_f32).log10()),
        );
        for (zi1, &zv2) in RP41_K0.iter().enumerate().skip(1) {}
        RP41_K2[0].mul_add(v1, v1) + v1 + v2
    }
}
#[differentiate]
fn rp41(a: f32, b: f32, c: f32, d: f32, x: &[f32]) -> f32 {
    let mut v1 = (x.iter().map(|zv1| (*zv1) * x[2]).sum::<f32>());
    let mut pb3 = None;
    for &t4 in RP41_K2.iter() {
        if t4 > ((1.5_f32 - d) * (5.0_f32.sqrt() - 2.0_f32)) {
            pb3 = Some(
                t4 * (Params::rp41_h1(&(d * 0.5_f32), &(Params::rp41_h1(&(RP41_K0[1]), &(c))))),
            );
        }
    }
    let pm2: f32 = pb3.unwrap_or((b.sin()));
    let (u5, u6) = rp41_m::rp41_h0(
        (a.cos() * 0.5_f32).acos(),
        &[(1.5_f32 - RP41_K2[1]), 0.75_f32],
    );
    0.5_f32.cos() + v1 + pm2 + u5 + u6
}

const RP42_K0: f64 = 0.1;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp42_h0(s0: f64, n1: usize) -> Vec<f64> {
        let mut v1 = RP42_K0;
        v1 = 0.5_f64.sin().exp_m1();
        let mut out = vec![0.0; 3];
        out[0] = (0.5 / (1.5 * 1.5 + 1.0)) + v1;
        out[1] = 0.5;
        out[2] = ((s0 * 0.5) - v1);
        out
    }
    #[differentiate]
    fn rp42_h1(&self, s0: f64, s1: f64) -> f64 {
        {
            let mut v1: f64 = 2.0;
            let mut arr2: [f64; 3] = [0.0; 3];
        }
        (if (s1 < 2.0 || 0.5 >= s1) {
            (f64::from(3u8) * 0.5)
        } else {
            0.5
        })
    }
}
#[differentiate]
fn rp42(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1: f64 = (1.5 / (0.5 * 0.5 + 1.0));
    let mut v2: f64 = (0.1 - 2.0);
    for zv1 in &x {
        v1 /= (d + 2.0) * (d + 2.0) + 1.0;
        if (2.0_f64.hypot(0.25) > a && (c * v1) > (1.5_f64 * 1.5_f64 + 0.5).sqrt()) {
        } else if (RP42_K0 <= (-1.25_f64).mul_add(v2, (*zv1)) || 2.0 > (*zv1)) {
            v1 -= a;
            v2 -= (if (1.0 < x[1] && x[1] <= c) {
                RP42_K0
            } else {
                v2
            });
        } else {
        }
        if !((1.5 * RP42_K0) > (-(-1.25))) {
            v2 -= 1.0;
            let pm3: f64 = match (f64::floor(RP42_K0)) {
                t4 if t4 <= 0.5 => t4 * (2.0 + ((-1.25) / (0.1 * 0.1 + 1.0))),
                t4 @ 0.5..=1.5 => t4 + (x[1] - (*zv1)),
                t4 => f64::sin(t4),
            };
            v2 += pm3;
        } else {
            v2 -= (((d) as f32).sin() as f64);
            v2 = f64::sqrt((x[1] * x[1] + 0.5));
            let mut t5 = (
                2.0_f64.atan2(x[1] * x[1] + 0.5).min((p.n as f64)),
                p.w[0].hypot((-x[1])),
            );
        }
    }
    {
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            let mut v8 = p.rp42_h1(b, p.w[i7]);
        }
        if (-v1) >= x[1] {
            let pq10: [[f64; 2]; 2] = [
                [
                    p.rp42_h1(x[1], RP42_K0.max(c)),
                    ((-(((1.5) as f32).sin() as f64)) - x[1]),
                ],
                [
                    ((x[1] * v2) * (x[1] * v2) + 1.5).log(x[0] * x[0] + 2.0),
                    p.rp42_h1(x[1], RP42_K0.max(c)),
                ],
            ];
            let mut ps11: f64 = (((x[1] * v2) * (x[1] * v2) + 1.5).log(x[0] * x[0] + 2.0));
            for (pi14, [t12, _]) in pq10.iter().enumerate() {
                ps11 += (*t12) * (pi14 as f64) + ((-(((1.5) as f32).sin() as f64)) - x[pi14]);
            }
            v2 += ps11;
            let pq16: [[f64; 2]; 2] = [[p.w[1].atan(), (-RP42_K0)], [(a * a), p.w[1].atan()]];
            let mut ps17: f64 = (a * a);
            for &[t18, t19] in pq16.iter() {
                ps17 += t18 * t19 + (-RP42_K0);
            }
            v1 += ps17;
        } else if c <= (x.iter().map(|zv2| (*zv2) * RP42_K0).sum::<f64>()) {
            if b * b < 0.0 {
                panic!("negative square of {b}");
            }
            v2 += (v2 * v2 + 0.5).cbrt();
            v2 += (c * c + 0.5).powf(x[1].tanh());
        } else {
            v1 = v1.cos().exp2();
            let zf3 = |(zp5, zq6): (f64, f64)| {
                zp5 * zq6
                    + (if zq6 > zq6 {
                        (zq6 - RP42_K0)
                    } else {
                        (RP42_K0 - (-1.25))
                    })
            };
            let v20 = zf3(((a + c), (d.hypot(x[2]) / (c * c + 1.0))));
            let v21: f64 = f64::from((((2.0) as f32).sin() as f64) as f32);
        }
    }
    RP42_K0.mul_add(v2.floor(), 0.5) + v1 + v2
}

#[differentiate]
fn rp43(a: f64, b: f64, c: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1: f64 = 0.25;
    let mut v2 = (x
        .iter()
        .enumerate()
        .map(|(zi2, &zv1)| (zi2 as f64) * 0.5 + zv1 * x[1])
        .sum::<f64>());
    let pq4: [[f64; 2]; 2] = [
        [
            x.iter().fold(x[1], |zacc6, &zv5| zacc6 * 0.5 + zv5 * x[1]),
            ((-1.25) + std::f64::consts::PI),
        ],
        [
            x[3],
            x.iter().fold(x[1], |zacc6, &zv5| zacc6 * 0.5 + zv5 * x[1]),
        ],
    ];
    let mut ps5: f64 = (x[3]);
    for (pi8, [t6, _]) in pq4.iter().enumerate() {
        ps5 += (*t6) * (pi8 as f64) + ((-1.25) + std::f64::consts::PI);
    }
    for (zp7, zq8) in x.iter().zip(&x[1..]) {
        if (-pq4[1][1]) > c {
            if pq4[1][1] > pq4[0][0] {
                continue;
            }
            v2 = f64::mul_add(3.0, pq4[1][0], 0.25_f64.hypot(2.0));
            let &[t10, t11, ..] = x;
            let pm9: f64 = t10 * (pq4[1][1] + (*zq8));
            ps5 += pm9;
        }
        for i14 in 0..p.n {
            let (v15, v16) = (c, 0.25_f64.mul_add(x[i14], 0.25_f64.powi(2)));
            let v17: f64 = (if v15 <= v1 {
                pq4[1][1]
            } else {
                x.iter()
                    .fold((x.len() as f64), |zacc10, &zv9| zacc10 * 0.5 + zv9 * ps5)
            });
            let mut zf11 = |zt12: f64| {
                ps5 *= 0.5;
                ps5 += zt12 * (0.5 - c);
            };
            zf11(v17);
            zf11(v17 * 0.5);
        }
        if (f64::acos((x[3].cos() * 0.5)) > pq4[0][1].mul_add(pq4[1][1], x[1])
            || pq4[1][1] < (-0.75))
        {
        } else if (f64::midpoint(0.25_f64, x[3]) > (*zq8) || p.w[0] < x[3]) {
        } else {
            v2 = (x[2].mul_add(2.0, x[1]) + pq4[1][1].asinh());
        }
    }
    if ((0..3)
        .rev()
        .map(|zi13| (zi13 as f64 + 1.0) * (p.n as f64))
        .sum::<f64>())
        >= 1.0_f64.atan2((-0.75) * (-0.75) + 0.5)
    {
        for zv14 in x.iter().copied().step_by(2) {
            let (v18, v19) = (
                (((zv14) as f32).sin() as f64),
                (((zv14) as f32).sin() as f64),
            );
            let v20: f64 = (ps5 * ps5 + 0.5).log10();
            debug_assert!(
                v20.abs() >= 0.0 || v20.is_nan(),
                "{} is a number",
                v20 * 2.0
            );
        }
        let mut k21 = 0usize;
        loop {
            if k21 >= 3 {
                break;
            }
            let i22 = k21;
            k21 += 1;
        }
    }
    let v23 = (b - c);
    (x[0] * (p.n as f64)) + v1 + v2 + ps5 + v23 + pq4[0][0] + pq4[0][1] + pq4[1][0] + pq4[1][1]
}

static RP44_K0: i32 = 3;
static RP44_K1: usize = 2;
const RP44_K2: i32 = -2;
static RP44_K3: f64 = 3.0;
#[differentiate]
fn rp44_h1(s0: f64, s1: f64, s2: f64) -> Vec<f64> {
    if s2.mul_add(0.5, 0.5) < 0.5 {}
    let (v1, v2): (f64, f64) = (((-0.75) - 0.5), (-(-0.75)));
    let (v3, v4) = (
        0.5_f64.copysign(0.5).ceil(),
        (0.5 + RP44_K3).rem_euclid(v2.atan2(0.5 * 0.5 + 0.5) * v2.atan2(0.5 * 0.5 + 0.5) + 0.5),
    );
    let mut out = vec![0.0; 3];
    out[0] = (v4 * v4 + 0.5).log10() + v1 + v2 + v3 + v4;
    out[1] = (1.5 / ((((s1) as f32).sin() as f64) * (((s1) as f32).sin() as f64) + 1.0));
    out[2] = ((RP44_K1 as f64) / (2.0 * 2.0 + 1.0));
    out
}
mod rp44_m {
    use super::*;

    #[differentiate]
    pub fn rp44_h0(y0: &[f64], r1: &f64, &[a, b]: &[f64; 2]) -> (f64, f64) {
        if a < ((0..=2).map(|zi1| (zi1 as f64 + 1.0) * 2.0).sum::<f64>()) {
        } else if y0[1]
            > ((0..3)
                .rev()
                .map(|zi2| (zi2 as f64 + 1.0) * (-0.75))
                .sum::<f64>())
        {
            let (v1, v2) = ((y0[1] * y0[1]), (y0[1] * y0[1]));
            let mut v3 = (v2 + ((*r1) - 2.0));
        } else {
        }
        (2.0, (b * a))
    }
}
#[differentiate]
fn rp44(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = ((-0.25_f64) * (-0.25_f64) + 0.5).powf(b.tanh());
    v1 += (x
        .iter()
        .map(|&zv1| zv1 * (if v1 <= zv1 { (f64::from(3u8) * 0.5) } else { c }))
        .sum::<f64>());
    for e2 in x {}
    ((RP44_K2 as f64) - x[0]) + v1
}

const RP45_K0: f64 = 0.1;
#[differentiate]
fn rp45_h0(s0: f64, y1: &[f64]) -> (f64, f64) {
    for (zp1, zq2) in y1.iter().zip(y1.iter()) {}
    let mut v1 = s0;
    let mut v2 = (-(1.5 / (s0 * s0 + 1.0)));
    (
        (v1 - y1[1]).div_euclid(
            (y1.windows(3)
                .map(|zw3| zw3.iter().sum::<f64>() * 0.5 + 1.5)
                .sum::<f64>())
                * (y1
                    .windows(3)
                    .map(|zw3| zw3.iter().sum::<f64>() * 0.5 + 1.5)
                    .sum::<f64>())
                + 0.5,
        ) + v1
            + v2,
        y1[1],
    )
}
mod rp45_m {
    use super::*;

    #[differentiate]
    pub fn rp45_h1(y0: &[f64], s1: f64) -> Vec<f64> {
        let mut out = vec![0.0; 3];
        out[0] = ((0..=2).map(|zi1| (zi1 as f64 + 1.0) * 1.5).sum::<f64>());
        out[1] = (y0[1] - 2.0_f64.mul_add(s1, s1));
        out[2] = (if 1.5 < (2.0_f64.powi(2) * 0.25) {
            y0[1]
        } else {
            s1
        });
        out
    }
}
impl Params {
    #[differentiate]
    fn rp45(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 3], &[r, theta]: &[f64; 2]) -> f64 {
        let mut v1 = RP45_K0;
        for &e2 in x.iter() {
            {
                v1 += (theta + (-x[1]));
                x.iter().for_each(|&zv1| {
                    v1 += zv1
                        * ((b * b + 0.5).powf(x[2].tanh()) * (b * b + 0.5).powf(x[2].tanh()) + 1.0)
                            .powi(-2)
                });
            }
        }
        v1 *= (-x.iter().copied().map(f64::sin).sum::<f64>());
        (std::f64::consts::PI + x[1]) + v1
    }
}

static RP46_K0: f32 = 0.1_f32;
const RP46_K1: f32 = 2.0_f32;
#[differentiate(wrt(a, b, x))]
fn rp46(a: f32, b: f32, x: [f32; 4], p: &Params) -> f32 {
    let mut v1 = b;
    let mut v2 = (if (std::f32::consts::FRAC_1_SQRT_2 > a && v1 < (-1.25_f32)) {
        0.25_f32
    } else {
        x[1]
    });
    v2 *= (2.0_f32 / (a * a + 1.0_f32));
    if (if !(RP46_K0 > v2) { RP46_K1 } else { x[1] }) <= 2.0_f32 {}
    if (2.0_f32
        <= (x
            .iter()
            .zip(x[1..].iter())
            .map(|(&zp1, &zq2)| zp1 * zq2 * RP46_K0)
            .sum::<f32>())
        && (RP46_K1 / (x[1] * x[1] + 1.0_f32)) < (-(p.w[2] as f32)))
    {
        let mut arr3 = [[0.0_f32; 3]; 3];
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let mut arr6 = [0.0_f32; 3];
            v1 = RP46_K1;
            arr3[i5][i5] += ((a * a + 1.5_f32).acosh().cos() * 0.5_f32).acos();
        }
        for zv3 in x.iter().copied().step_by(2) {
            arr3[0][1] += (if ((p.n as f32) > x[0] && zv3 >= a) {
                v1
            } else {
                a
            });
            let zf4 = move |zt5: f32| zt5 * (3.0_f32 - 0.5_f32);
            v1 += 0.5_f32;
            let v7 = zf4((if (2.0_f32 <= (-0.75_f32) && 3.0_f32 > arr3[0][1]) {
                v2
            } else {
                v1
            })) + zf4((zv3 - (2.0_f32 + (-0.75_f32))));
            v2 -= ((zv3 / (RP46_K1 * RP46_K1 + 1.0_f32)) * 0.5_f32);
        }
    }
    ((x[1] * x[1] + 1.0_f32).powi(-2) / (v2 * v2 + 1.0_f32)) + v1 + v2
}

#[derive(Clone, Copy, Debug)]
pub enum Rp47Act {
    Relu,
    Leaky(f32),
    Softplus { beta: f32 },
}
const RP47_N: usize = 4;
static RP47_K0: f32 = 1.0_f32;
const RP47_K1: f32 = 0.5_f32;
static RP47_K2: f32 = 1.5_f32;
mod rp47_m {
    use super::*;

    #[differentiate]
    pub fn rp47_h0(y0: &[f32]) -> (f32, f32) {
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
        }
        (
            2.0_f32.mul_add(y0[0], (-1.25_f32)),
            (y0[2] / (RP47_K0 * RP47_K0 + 1.0_f32)),
        )
    }
}
#[differentiate(wrt(a, b))]
fn rp47(a: f32, b: f32, c: f32, x: [f32; RP47_N]) -> f32 {
    let mut v1 = (1.5_f32 * 1.5_f32 + 1.5_f32).log(x[1] * x[1] + 2.0_f32);
    let mut v2 = (0.5_f32 / (RP47_K0 * RP47_K0 + 1.0_f32));
    {
        let pk4 = Rp47Act::Leaky(0.75_f32);
        let pm3: f32 = match pk4 {
            Rp47Act::Relu => f32::max(((a.sin() * 0.5_f32).atanh()), 0.0_f32),
            Rp47Act::Leaky(slope) => slope * ((a.sin() * 0.5_f32).atanh()),
            Rp47Act::Softplus { beta } => {
                f32::ln_1p(f32::exp(beta * ((a.sin() * 0.5_f32).atanh()))) / beta
            }
        };
        v2 += pm3;
    }
    for i5 in 0..=2 {
        {
            if !(3.0_f32 < (-1.5_f32)) {
                return v2.tanh().cosh();
            }
            v2 /= (if 0.1_f32 <= x[i5] {
                v2
            } else {
                x[1].div_euclid((((i5 + 1) % 3) as f32) * (((i5 + 1) % 3) as f32) + 0.5_f32)
            }) * (if 0.1_f32 <= x[i5] {
                v2
            } else {
                x[1].div_euclid((((i5 + 1) % 3) as f32) * (((i5 + 1) % 3) as f32) + 0.5_f32)
            }) + 1.0_f32;
        }
        for i6 in 0..=2 {}
    }
    (x[1] - x[0]) + v1 + v2
}

static RP48_K0: usize = 1;
const RP48_K1: f64 = 0.5;
const RP48_K2: [f64; 3] = [2.0, 3.0, 0.1];
static RP48_K3: [f64; 3] = [0.25, (-1.25), 0.25];
#[differentiate]
fn rp48(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = ((0..=2)
        .map(|zi1| (zi1 as f64 + 1.0) * (a.cos() * 0.5).acos())
        .sum::<f64>());
    let mut v2 = RP48_K3[1];
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        let mut k5 = 0usize;
        while k5 < 3 {
            let i6 = k5;
            k5 += 1;
        }
    }
    let zf2 = |zt3: f64| -> f64 { zt3 * c.rem_euclid(1.5 * 1.5 + 0.5) };
    let v7 = zf2((RP48_K1 * RP48_K1 + 1.0).powi(-2)) + zf2((b - RP48_K2[1]));
    if (RP48_K3[0] >= v2 || RP48_K2[0] > ((5.0_f64.sqrt() - 2.0) - x[0])) {
        let mut arr8: Vec<f64> = vec![0.0; 3];
        if (RP48_K3
            .windows(3)
            .map(|zw4| zw4.iter().sum::<f64>() * 0.5 + v2)
            .sum::<f64>())
            <= 2.0
        {
            let mut arr9: Vec<f64> = vec![0.0; x.len()];
            let pm10: f64 = match (arr9[0] - 2.0) {
                t11 if t11 <= 0.5 => {
                    t11 * (RP48_K2.iter().fold(arr8[0], |zacc6, &zv5| {
                        zacc6 * 0.5 + zv5 * (2.0 / (b * b + 1.0))
                    }))
                }
                t11 @ 0.5..=1.5 => t11 + (arr8[1] * c),
                t11 => f64::sin(t11),
            };
            v2 += pm10;
            let pq13: [[f64; 2]; 2] = [[b, v2.tanh().sinh()], [2.0, b]];
            let [t14, [_, t15]] = pq13;
            let pm12: f64 = t14[1] * t15 + (v2.tanh().sinh());
            v2 += pm12;
        } else {
            arr8[2] = arr8[0];
        }
        let mut k18 = 0usize;
        while k18 < 3 {
            let i19 = k18;
            k18 += 1;
            let (v20, v21) = (x[0], x[0]);
            let mut pb23 = None;
            for &t24 in RP48_K2.iter() {
                if t24 > (RP48_K3[2]) {
                    pb23 = Some(
                        t24 * (RP48_K2
                            .iter()
                            .skip(1)
                            .enumerate()
                            .map(|(zi8, zv7)| (zi8 as f64) * 0.5 + (*zv7) * arr8[0])
                            .sum::<f64>()),
                    );
                }
            }
            let pm22: f64 = pb23.unwrap_or((1.0 + RP48_K3[2]));
            v1 += pm22;
        }
    } else if RP48_K3.iter().copied().map(f64::sin).sum::<f64>() > v7.trunc() {
        let v25: f64 = (if RP48_K2[1] >= RP48_K2[0] {
            0.5
        } else {
            RP48_K2[1]
        });
        assert!(
            v25.abs() >= 0.0 || v25.is_nan(),
            "{} is a number",
            v25 * 2.0
        );
        v2 -= v2.cos();
        let mut k26 = 0usize;
        loop {
            if k26 >= 3 {
                break;
            }
            let i27 = k26;
            k26 += 1;
            let mut arr28 = [0.0_f64; 3];
            assert_ne!(x.len(), 0, "x is empty");
            let v30: f64 = 2_u16.into();
            let v29: f64 = (v1) * v30;
        }
    } else {
        v1 *= (x[0] / (v7 * v7 + 1.0)).atan2(v1 * v1 + 0.5);
        let mut arr31 = [0.0_f64; 3];
        for i32 in 0..RP48_K0 {
            let v33 = (a * RP48_K2[1]);
            let mut arr34 = arr31;
            v1 = 1.5;
        }
    }
    0.5 + v1 + v2 + v7
}

const RP49_K0: f64 = (-0.75);
static RP49_K1: f64 = 3.0;
const RP49_K2: i32 = 2;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp49_h0(y0: [f64; 3], s1: f64) -> (f64, f64) {
        for e1 in y0.iter() {}
        (
            s1,
            ((-(2.0_f64.powi(2) * 0.25)) / ((s1 * s1 + 0.5).cbrt() * (s1 * s1 + 0.5).cbrt() + 1.0)),
        )
    }
}
#[differentiate]
fn rp49(a: f64, b: f64, c: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1 = ((if a <= b { x[1] } else { (p.n as f64) }) % (p.w[1] * p.w[1] + 0.5));
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        let mut arr4: [f64; 3] = [0.0; 3];
    }
    x.iter().fold(x[1], |zacc2, &zv1| {
        zacc2 * 0.5 + zv1 * 2.0_f64.atan2(zv1 * zv1 + 0.5)
    }) + v1
}

const RP50_N: usize = 4;
const RP50_K0: f32 = 0.25_f32;
static RP50_K1: i32 = 1;
#[differentiate]
fn rp50(a: f32, b: f32, c: f32, x: [f32; RP50_N]) -> f32 {
    let mut v1 = f32::atanh((x[0].sin() * 0.5_f32));
    if true {
        for i2 in 0..=2 {
            let v3 = c.atan2(2.0_f32 * 2.0_f32 + 0.5_f32);
            v1 -= (x
                .iter()
                .filter(|&&zv2| (c < (x.len() as f32) && 0.5_f32 >= zv2))
                .count() as f32);
        }
        v1 = (-c);
        let (v4, v5) = (a, a);
    } else {
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        if v1 < 1.5_f32.mul_add(b, ((i7 * 2 + 1) as f32)) {
            let mut pm8: f32 = (a + ((RP50_K1 as f32) * x[3]));
            match (i7 as usize * 3 + 1) {
                0 => pm8 += ((x[i7].sin() * 0.5_f32).atanh()),
                1 | 2 => pm8 *= (f32::copysign(RP50_K0, x[0])),
                4..=9 => {}
                pn9 => pm8 -= (pn9 as f32) * ((x[i7].sin() * 0.5_f32).atanh()),
            }
            v1 += pm8;
        }
        v1 += (x[1] * x[1] + 0.5_f32).cbrt();
    }
    f32::rem_euclid(
        x[2],
        f32::exp2((5.0_f32.sqrt() - 2.0_f32).cos()) * f32::exp2((5.0_f32.sqrt() - 2.0_f32).cos())
            + 0.5_f32,
    ) + v1
}

#[differentiate]
fn rp51(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = (c * c + 0.5).powf(x[1].tanh());
    let v2 = b;
    let v3: f64 = (x[(0..x.len())
        .min_by_key(|&zp1| (x[zp1] * 8.0) as i64)
        .unwrap_or(0)])
        * f64::from(2_u16);
    let mut v4 = (if x[0] > 1.5 { v2 } else { a });
    for i5 in 1..3 {
        let mut arr6: Vec<f64> = vec![0.0; 3];
    }
    (-1.5) + v1 + v2 + v3 + v4
}

static RP52_K0: [f64; 3] = [(-0.75), 0.1, 0.1];
const RP52_K1: [f64; 3] = [1.5, 0.5, 2.0];
#[differentiate]
fn rp52_h0(s0: f64, y1: &[f64]) -> (f64, f64) {
    for &zv1 in RP52_K1.iter().rev().take(2) {}
    ((y1[1] * (s0 + 0.1)), (s0 * s0 + 0.5).log2())
}
impl Params {
    #[differentiate(wrt(a, b))]
    fn rp52(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (b - b);
        let mut v2 = f64::sqrt((x[1] * x[1] + 0.5));
        for i3 in (0..3).rev() {
            for (i4, e5) in RP52_K0.iter().enumerate() {
                let mut t6 = (
                    a.cos().exp2(),
                    f64::acosh((RP52_K1[i4].asinh() * RP52_K1[i4].asinh() + 1.5)),
                );
                t6.0 = (v2 + (i4 as f64));
            }
            #[checkpoint(every = 2)]
            for (i7, &e8) in RP52_K0.iter().enumerate() {}
        }
        let pq10: [[f64; 2]; 2] = [
            [(b.midpoint(2.0) - c), (x[1] / (0.1 * 0.1 + 1.0))],
            [
                f64::ln((RP52_K1[0] * RP52_K1[0] + 1.0)),
                (b.midpoint(2.0) - c),
            ],
        ];
        let mut ps11: f64 = (f64::ln((RP52_K1[0] * RP52_K1[0] + 1.0)));
        for &[t12, t13] in pq10.iter() {
            ps11 += t12 * t13 + (x[1] / (0.1 * 0.1 + 1.0));
        }
        for (zi1, &zv2) in RP52_K0.iter().enumerate().skip(1) {
            v1 /= (zv2.sin() * 0.5).asin() * (zv2.sin() * 0.5).asin() + 1.0;
            for (zp3, zq4) in RP52_K1.iter().zip(RP52_K0.iter()) {
                if RP52_K1
                    .iter()
                    .copied()
                    .max_by(|zp5, zq6| zp5.partial_cmp(zq6).unwrap_or(std::cmp::Ordering::Equal))
                    .unwrap()
                    > ps11
                {
                    continue;
                }
                let pq15: [[f64; 2]; 2] = [
                    [
                        RP52_K1.iter().copied().map(f64::sin).sum::<f64>(),
                        (2.0 * self.k),
                    ],
                    [
                        ps11.mul_add(self.w[0], (*zq4)),
                        RP52_K1.iter().copied().map(f64::sin).sum::<f64>(),
                    ],
                ];
                let [t16, [_, t17]] = pq15;
                let pm14: f64 = t16[1] * t17 + (2.0 * self.k);
                v1 += pm14;
            }
        }
        if (ps11 * b) < v2 {
            for i20 in 1..3 {
                v1 *= (RP52_K1[0] + ps11.mul_add((5.0_f64.sqrt() - 2.0), self.k));
            }
            let mut arr21: Vec<f64> = vec![0.0; x.len()];
        } else if true {
            for e22 in RP52_K0.iter() {}
        } else {
            ps11 *= x[1];
        }
        for (zi8, &zv9) in RP52_K0.iter().enumerate().skip(1) {}
        ((x.len() as f64) * (x.len() as f64) + 1.5).acosh()
            + v1
            + v2
            + ps11
            + pq10[0][0]
            + pq10[0][1]
            + pq10[1][0]
            + pq10[1][1]
    }
}

#[differentiate(wrt(b, x))]
fn rp53(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = x[1];
    let mut v2 = b;
    {
        {}
        let pq4: [[f64; 2]; 2] = [
            [3.0, b],
            [
                ((if x[2] > 2.0 { 0.5_f64 } else { 0.25_f64 })
                    * (if x[2] > 2.0 { 0.5_f64 } else { 0.25_f64 })
                    + 0.5)
                    .log10(),
                3.0,
            ],
        ];
        let [[t5, t6], [t7, t8]] = pq4;
        let pm3: f64 = t5 * t8 - t6 * t7;
        v1 += pm3;
    }
    for &e9 in x.iter() {}
    if (((0..3).map(|zi1| (zi1 as f64 + 1.0) * x[zi1]).sum::<f64>()) > x[2] && (v2 + 0.25) > 1.0) {
    } else if !((-0.75) >= x[1]) {
    } else {
    }
    0.25 + v1 + v2
}

#[differentiate]
fn rp54_h0(s0: f64) -> [f64; 3] {
    {
        let pq2: [f64; 3] = [(s0), (0.5_f64.powi(2)), (0.25 % (s0 * s0 + 0.5))];
        let mut pb3 = None;
        for &t4 in pq2.iter() {
            if t4 > (0.5_f64.powi(2)) {
                pb3 = Some(t4 * (0.25 % (s0 * s0 + 0.5)));
            }
        }
        let pm1: f64 = pb3.unwrap_or((s0));
    }
    if !(2.0 > 0.5) {
        let mut v5 = 2.0_f64.mul_add(0.25, s0);
    }
    [
        (s0 + 2.0),
        (s0 / ((((1.5) as f32).sin() as f64) * (((1.5) as f32).sin() as f64) + 1.0)),
        0.5,
    ]
}
#[differentiate(wrt(a, b, c, x))]
fn rp54(a: f64, b: f64, c: f64, x: &[f64], p: &Params, o: Option<f64>) -> f64 {
    let mut v1 = (x[1].midpoint(a) + x[1]);
    for i2 in 0..3 {
        if c < (x[3] + std::f64::consts::FRAC_1_SQRT_2) {
            v1 = (if v1 >= x[1] { b } else { (p.n as f64) });
        } else if a >= a {
            v1 = (c - a);
        } else {
            v1 = p.k;
            let mut t3 = (
                (c + x.iter().fold(1.0, |zacc2, &zv1| zacc2 * 0.5 + zv1 * x[3])),
                (0.25_f64 * 0.25_f64 + 1.0).powi(2),
            );
            v1 *= (-0.75_f64).copysign((((i2 + 1) % 3) as f64));
        }
        for i4 in 0..3 {
            x.iter()
                .for_each(|&zv3| v1 += zv3 * ((((i2 * 2 + 1) as f64) as f32).sin() as f64));
            let pm5: f64 = match (p.n as usize * 2 + 3) {
                0 => {
                    (std::f64::consts::PI
                        - (if c < std::f64::consts::FRAC_1_SQRT_2 {
                            c
                        } else {
                            0.25
                        }))
                }
                1 | 2 => ((c * c + 0.5).cbrt()),
                4..=9 => (v1.asinh()),
                10.. => {
                    (std::f64::consts::PI
                        - (if c < std::f64::consts::FRAC_1_SQRT_2 {
                            c
                        } else {
                            0.25
                        }))
                        * ((c * c + 0.5).cbrt())
                }
                pn6 @ 1..=9 => (pn6 as f64) * (v1.asinh()),
            };
            v1 += pm5;
            let zs7 = &x[..2];
            let v8: f64 =
                zs7[0] * (((x[i2].mul_add(2.0, c)) as f32).sin() as f64) + zs7.len() as f64;
            let mut v9: f64 = 0.0;
            for &zv10 in zs7.iter() {
                v9 += zv10 * zv10;
            }
        }
    }
    (p.k.sin() * 0.5).asin() + v1
}

#[derive(Clone, Copy, Debug)]
pub enum Rp55Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP55_K0: f64 = 0.25;
const RP55_K1: [f64; 3] = [0.1, (-1.25), 1.5];
static RP55_K2: f64 = 1.5;
static RP55_K3: i32 = 1;
#[differentiate(wrt(a, b, x))]
fn rp55(a: f64, b: f64, x: &[f64], p: &Params, o: Option<f64>) -> f64 {
    let mut v1 = (0.1 * b);
    for i2 in 0..3 {
        for (zi1, &zv2) in RP55_K1.iter().enumerate().skip(1) {
            let pk4 = Rp55Act::Relu;
            let mut pm3: f64 = (RP55_K1[2]);
            if let Rp55Act::Leaky(slope) = pk4 {
                pm3 *= slope;
            } else if let Rp55Act::Softplus { beta } = pk4 {
                pm3 = f64::ln_1p(f64::exp(beta * pm3)) / beta;
            }
            v1 += pm3;
            pm3 /= (((zi1 * 2 + 1) as f64) * b) * (((zi1 * 2 + 1) as f64) * b) + 1.0;
            let (v5, v6) = ((pm3 * 1.5), (pm3 * 1.5));
        }
    }
    for i7 in (0..=2).rev() {
        {}
    }
    v1 = RP55_K1[1];
    for (zi3, &zv4) in x.iter().enumerate().skip(1) {
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
        }
        for e10 in x.iter() {
            let [t12, .., t13] = RP55_K1;
            let pm11: f64 = t12 * (2.0 + x[1].copysign(x[1]));
            v1 += pm11;
        }
    }
    x.iter().fold(f64::exp2(RP55_K1[2].cos()), |zacc6, &zv5| {
        zacc6 * 0.5 + zv5 * v1
    }) + v1
}

const RP56_N: usize = 3;
#[differentiate]
fn rp56_h0(&[a, b]: &[f64; 2]) -> f64 {
    for i1 in 0..3 {
        let mut v2 = f64::cbrt((0.5_f64 * 0.5_f64 + 0.5));
    }
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        let pq6: [f64; 3] = [
            (if (0.5 >= 1.5 || 0.5 <= 0.5) {
                0.5
            } else {
                0.5_f64.tanh()
            }),
            (0.5 - ((f64::from(3u8) * 0.5) - b)),
            ((1.5_f64 * 1.5_f64 + 0.5).powf(((i4 * 2 + 1) as f64).tanh())),
        ];
        let mut pb7 = None;
        for &t8 in pq6.iter() {
            if t8 > (0.5 - ((f64::from(3u8) * 0.5) - b)) {
                pb7 = Some(t8 * ((1.5_f64 * 1.5_f64 + 0.5).powf(((i4 * 2 + 1) as f64).tanh())));
            }
        }
        let pm5: f64 = match pb7 {
            Some(t8) => {
                t8 + (if (0.5 >= 1.5 || 0.5 <= 0.5) {
                    0.5
                } else {
                    0.5_f64.tanh()
                })
            }
            None => {
                (if (0.5 >= 1.5 || 0.5 <= 0.5) {
                    0.5
                } else {
                    0.5_f64.tanh()
                })
            }
        };
    }
    0.5_f64.mul_add(a, 0.5)
}
impl Params {
    #[differentiate]
    fn rp56(&self, a: f64, b: f64, c: f64, x: [f64; RP56_N]) -> f64 {
        let mut v1 = (0.25_f64 * 0.25_f64 + 1.5).log(x[0] * x[0] + 2.0);
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
            v1 = (x[1] * x[1] + 1.0).recip();
            v1 = f64::mul_add(f64::min(x[i3], x[i3]), (c + c), x[i3]);
        }
        if ((-x[0]) > b.floor()
            || (x[1] % (self.k * self.k + 0.5))
                > x.iter().fold(x[0], |zacc2, &zv1| zacc2 * 0.5 + zv1 * c))
        {
            for i4 in 0..x.len() {
                let mut pm6: f64 = (b
                    - (x.into_iter()
                        .enumerate()
                        .rev()
                        .map(|(zi7, zv6)| (zi7 as f64) * 0.5 + zv6 * 0.25)
                        .sum::<f64>()));
                match (i4 as usize * 4 + 0) {
                    0 => pm6 += (x.into_iter().map(|zv8| zv8 * b).sum::<f64>()),
                    1 | 2 => pm6 *= (rp56_h0(&[x[1], 0.75])),
                    4..=9 => {}
                    pn7 => pm6 -= (pn7 as f64) * (x.into_iter().map(|zv8| zv8 * b).sum::<f64>()),
                }
                v1 += pm6;
                let mut pb9 = None;
                for &t10 in x.iter() {
                    if t10 > (v1.div_euclid(self.k * self.k + 0.5)) {
                        pb9 = Some(t10 * (-x[i4]));
                    }
                }
                let pm8: f64 = match pb9 {
                    Some(t10) => t10 + (a),
                    None => (a),
                };
                v1 += pm8;
            }
        }
        (if (c <= v1 && 2.0 > 0.25) { a } else { x[1] }) + v1
    }
}

const RP57_K0: i32 = -1;
impl Params {
    #[differentiate]
    fn rp57(&self, a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
        let mut v1: f64 = 2.0;
        let mut v2 = (2.0_f64.powi(2) * 0.25);
        let mut pb4 = None;
        for &t5 in x.iter() {
            if t5 > (f64::fract(v2)) {
                pb4 = Some(t5 * (v1));
            }
        }
        let pm3: f64 = match pb4 {
            Some(t5) => t5 + (a * a),
            None => (a * a),
        };
        for i6 in 0..x.len() {
            for i7 in 0..x.len() {
                v2 *= c;
            }
        }
        for (zp1, zq2) in x.iter().zip(&x[1..]) {}
        (x.iter()
            .enumerate()
            .map(|(zi4, zv3)| (zi4 as f64) * 0.5 + (*zv3) * (RP57_K0 as f64))
            .sum::<f64>())
            + v1
            + v2
            + pm3
    }
}

impl Params {
    #[differentiate]
    fn rp58(&self, a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
        let mut v1 = (c / (0.1 * 0.1 + 1.0));
        let c = (b * c);
        let mut arr2 = [[0.0_f64; 3]; 3];
        if a > (0.25 / ((-0.75) * (-0.75) + 1.0)) {
            let pm3: f64 = match x {
                [] => (std::f64::consts::PI - std::f64::consts::FRAC_1_SQRT_2),
                [t4] => (*t4) * (a.mul_add(a, b)),
                [t4, t5] => (*t4) + (*t5) * (a.mul_add(a, b)),
                [t4, .., t5] => (*t4) * (*t5) + (2.0),
            };
            v1 += pm3;
        }
        for zv1 in x.iter().copied().step_by(2) {
            for i6 in 0..self.n {
                let mut arr7 = [0.0_f64; 3];
            }
            let (zl8, zr9) = x.split_at(1);
            let v10: f64 = zl8[0] - zr9.iter().sum::<f64>() + (zl8.len() * zr9.len()) as f64;
        }
        if (v1.mul_add(a, std::f64::consts::PI) >= a || 0.1 > v1) {
            for i11 in 0..3 {}
            if 2.0 >= 2.0 {
            } else if (b < (x[1] + 0.25)
                && (if 0.5 <= 2.0 {
                    std::f64::consts::FRAC_1_SQRT_2
                } else {
                    2.0
                }) < (x.iter().filter(|&&zv3| !(b > a)).count() as f64))
            {
                v1 += (c - 2.0);
                v1 -= (0.25_f64 * 0.25_f64).ln_1p();
                arr2[1][1] = 0.5_f64.asinh();
            } else {
                let pq13: [[f64; 2]; 2] = [
                    [(c - f64::clamp(x[1], -0.5, 0.75)), (a * (a + c))],
                    [
                        (x.iter()
                            .filter(|&&zv7| zv7 > 0.25)
                            .map(|&zv6| zv6 * c)
                            .sum::<f64>()),
                        (c - f64::clamp(x[1], -0.5, 0.75)),
                    ],
                ];
                let mut ps14: f64 = (x
                    .iter()
                    .filter(|&&zv5| zv5 > 0.25)
                    .map(|&zv4| zv4 * c)
                    .sum::<f64>());
                for (pi17, [t15, _]) in pq13.iter().enumerate() {
                    ps14 += (*t15) * (pi17 as f64) + (b * (a + (*t15)));
                }
                v1 += ps14;
                arr2[1][2] -= self.k.abs();
            }
        } else if ((2.0 / (arr2[0][1] * arr2[0][1] + 1.0)) < f64::round_ties_even(x[1])
            || 0.25 > arr2[2][1])
        {
            for i18 in 0..self.n {}
        } else {
            if f64::rem_euclid(c, arr2[2][1] * arr2[2][1] + 0.5) <= 0.25_f64.powi(3) {
                return v1.round_ties_even();
            }
            let mut k19 = 0usize;
            while k19 < 3 {
                let i20 = k19;
                k19 += 1;
                if (arr2[1][0] + x[i20]).is_sign_negative() {
                    return 0.25_f64.powi(3);
                }
                if !((self.k / (c * c + 1.0)) < (-b)) {
                    return (arr2[0][2] + (-0.25));
                }
            }
        }
        (x[1] + x[2])
            + v1
            + c
            + arr2[0][0]
            + arr2[0][1]
            + arr2[0][2]
            + arr2[1][0]
            + arr2[1][1]
            + arr2[1][2]
            + arr2[2][0]
            + arr2[2][1]
            + arr2[2][2]
    }
}

const RP59_K0: f64 = 0.1;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp59_h0(&self, &[a, b]: &[f64; 2]) -> (f64, f64) {
        let mut v1 = 0.1_f64.cos();
        if 2.0 >= (((v1) as f32).sin() as f64) {
            let v2: f64 = (if (0.5 >= v1 || a > b) { a } else { 0.5 });
        } else {
        }
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            let mut pm5: f64 = (-a);
            match (i4 as usize * 5 + 1) {
                0 => pm5 += (0.5_f64.rem_euclid(0.5 * 0.5 + 0.5)),
                1 | 2 => pm5 *= (b),
                4..=9 => {}
                pn6 => pm5 -= (pn6 as f64) * (0.5_f64.rem_euclid(0.5 * 0.5 + 0.5)),
            }
            v1 += pm5;
            pm5 += f64::round_ties_even(0.25_f64);
        }
        (0.5 + v1, 0.5)
    }
    #[differentiate]
    fn rp59_h1(s0: f64, y1: &[f64], r2: &f64) -> [f64; 3] {
        [(-2.0), (*r2), ((*r2) % (y1[0] * y1[0] + 0.5))]
    }
}
#[differentiate(wrt(a, b, x))]
fn rp59(a: f64, b: f64, x: &[f64], p: &Params, o: Option<f64>) -> f64 {
    let mut v1 = ((x.len() as f64).ceil() + a);
    let mut v2 = a.midpoint(2.0);
    for i3 in 0..3 {
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
        }
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            let mut pb9 = None;
            for &t10 in x.iter() {
                if t10 > (RP59_K0.asinh()) {
                    pb9 = Some(t10 * (x[i3] + (x[1] - 0.5)));
                }
            }
            let pm8: f64 = match pb9 {
                Some(t10) => {
                    t10 + ((1.0_f64 * 1.0_f64 + 1.5).log(
                        b.div_euclid(x[i3] * x[i3] + 0.5) * b.div_euclid(x[i3] * x[i3] + 0.5) + 2.0,
                    ))
                }
                None => {
                    ((1.0_f64 * 1.0_f64 + 1.5).log(
                        b.div_euclid(x[i3] * x[i3] + 0.5) * b.div_euclid(x[i3] * x[i3] + 0.5) + 2.0,
                    ))
                }
            };
            v2 += pm8;
            let zf1 = |(zp3, zq4): (f64, f64)| zp3 * zq4 + RP59_K0;
            let v11 = zf1((f64::sqrt((x[3] * x[3] + 0.5)), (-1.25)));
        }
        let mut arr12: [f64; 3] = [0.0; 3];
    }
    a.sin().exp() + v1 + v2
}

const RP60_K0: f64 = 1.5;
static RP60_K1: [f64; 3] = [1.0, 1.5, 1.0];
static RP60_K2: [f64; 3] = [(-0.75), 2.0, 0.25];
#[differentiate]
fn rp60_h1(s0: f64, s1: f64, y2: [f64; 3]) -> (f64, f64) {
    for i1 in 0..2 {
        let (v2, v3) = (
            RP60_K2[0].div_euclid(1.5 * 1.5 + 0.5),
            (1.5 / ((if 1.5 < 1.5 { s1 } else { s1 }) * (if 1.5 < 1.5 { s1 } else { s1 }) + 1.0)),
        );
    }
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        let mut v6 = (y2[0] / (s1 * s1 + 1.0));
        let v7: f64 = s1;
    }
    (
        (2.0_f64 * 2.0_f64 + 1.0).ln(),
        (if s0 <= s0 {
            f64::mul_add(0.5, 0.1, s1)
        } else {
            1.5
        }),
    )
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp60_h0(&self, [r, theta]: [f64; 2]) -> (f64, f64) {
        for i1 in 0..3 {
            let mut arr2 = RP60_K1;
            let mut v3 = self.k.mul_add(RP60_K2[1], (self.n as f64));
        }
        for (zp1, zq2) in RP60_K1.iter().zip(&RP60_K1[1..]) {
            let mut v4 = ((*zp1) * RP60_K2[2]);
            let pm5: f64 = match (RP60_K2[1].round_ties_even()) {
                t6 if t6 <= 0.5 => t6 * (-RP60_K2[2]),
                t6 @ 0.5..=1.5 => t6 + (RP60_K1[1]),
                t6 => f64::sin(t6),
            };
        }
        (
            (RP60_K2[..2]
                .iter()
                .rev()
                .map(|&zv3| zv3 * self.k)
                .product::<f64>()),
            (if !(RP60_K2[1] < 2.0) {
                RP60_K1[1]
            } else {
                RP60_K2[2]
            })
            .mul_add(std::f64::consts::FRAC_1_SQRT_2, RP60_K2[1]),
        )
    }
}
#[differentiate(wrt(b, c))]
fn rp60(a: f64, b: f64, c: f64, x: [f64; 3], p: &Params) -> f64 {
    let mut v1 = (if b >= x[0] { (c - 2.0) } else { RP60_K2[1] });
    let mut v2 = v1;
    let (u3, u4) = rp60_h1(
        (RP60_K0 / (RP60_K0 * RP60_K0 + 1.0)),
        b.round(),
        [RP60_K2[0], 0.5, -1.0],
    );
    for zv1 in &RP60_K1 {}
    let mut k5 = 0usize;
    while k5 < 3 {
        let i6 = k5;
        k5 += 1;
        if (i6 as f64) > b {
            continue;
        }
        for (zp2, zq3) in RP60_K1.iter().zip(&x) {
            let mut arr7 = [0.0_f64; 3];
        }
        for i8 in 0..3 {}
    }
    v1 + v1 + v2 + u3 + u4
}

#[differentiate]
fn rp61_h0(r0: &f64) -> [f64; 3] {
    let (v1, v2) = (
        f64::mul_add((*r0), (*r0), (if 0.5 >= (*r0) { 0.5 } else { 2.0 })),
        (if 0.1 <= 2.0 { (*r0) } else { 0.25 }),
    );
    if !(2.0 < (*r0)) {
        let pm3: f64 = match 0.5_f64.mul_add((*r0), 1.5) > v1 {
            true => ((2.0_f64.powi(2) * 0.25).mul_add((*r0), 0.1)),
            false => (2.0_f64.ceil()),
        };
        let (v4, v5) = ((v2 * v2 + 1.5).acosh(), (v2 * v2 + 1.5).acosh());
    } else {
        let pm6: f64 = match 1usize {
            0 => (0.5 - v2),
            1 | 2 => (2.0_f64.cos()),
            4..=9 => (1.5 / (3.0 * 3.0 + 1.0)),
            10.. => (0.5 - v2) * (2.0_f64.cos()),
            pn7 @ 1..=9 => (pn7 as f64) * (1.5 / (3.0 * 3.0 + 1.0)),
        };
        let mut arr8 = [0.0_f64; 3];
    }
    [
        v1.div_euclid((-(*r0)) * (-(*r0)) + 0.5) + v1 + v2,
        0.5_f64.round_ties_even(),
        2.0_f64.min(0.25),
    ]
}
#[differentiate]
fn rp61_h1(s0: f64, s1: f64, s2: f64) -> f64 {
    if true {
    } else if !(s1 * s0).is_nan() {
    } else {
        let mut v1 = (0.5 + (s0 * s0));
        v1 /= (0.5_f64 * 0.5_f64 + 0.5).cbrt() * (0.5_f64 * 0.5_f64 + 0.5).cbrt() + 1.0;
    }
    s2
}
impl Params {
    #[differentiate]
    fn rp61(&self, a: f64, b: f64, x: &[f64; 4], [r, theta]: [f64; 2]) -> f64 {
        let mut v1 = b.mul_add(f64::mul_add(r, theta, (-1.25)), (-1.25));
        let a: f64 = (x
            .iter()
            .zip(x)
            .zip(x.iter())
            .map(|((zp1, zq2), &zr3)| {
                (*zp1) * (*zq2) * zr3 * (if (self.n as f64) > (*zp1) { 3.0 } else { a })
            })
            .sum::<f64>());
        let (v2, v3) = (
            (theta * theta + 0.5).log10(),
            x.iter().cloned().fold(f64::INFINITY, f64::min),
        );
        rp61_h1(r, theta, v1) + v1 + a + v2 + v3
    }
}

static RP62_K0: [f64; 3] = [0.5, (-0.75), 0.5];
const RP62_K1: f64 = 1.0;
const RP62_K2: f64 = 0.25;
impl Params {
    #[differentiate]
    fn rp62(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = RP62_K0[1];
        let mut v2 = RP62_K1;
        if (x[3] / (c * c + 1.0_f64)).is_sign_negative() {
            if ((-2.0) <= (2.0 + c) && d > (RP62_K0[0] - a)) {
                let mut arr3 = [0.0_f64; 3];
            }
            let pm4: f64 = match (c / (d * d + 1.0)) {
                t5 if t5 <= 0.5 => t5 * (RP62_K0[1] * RP62_K2),
                t5 @ 0.5..=1.5 => {
                    t5 + ((if v2 < (x.len() as f64) { x[3] } else { RP62_K2 }).copysign(d))
                }
                t5 => f64::sin(t5),
            };
            v2 += pm4;
        } else if ((-0.25) >= v1 && RP62_K0[1].sin() > RP62_K2) {
            let mut t6 = (c, (c - RP62_K0[0]));
            t6.0 -= c.abs().tanh();
        } else {
            let v7: f64 = RP62_K0
                .first()
                .copied()
                .unwrap_or(std::f64::consts::FRAC_1_SQRT_2.hypot(2.0));
            for i8 in (0..=2).rev() {
                let mut pb10 = None;
                for &t11 in RP62_K0.iter() {
                    if t11 > (3.0 + (i8 as f64)) {
                        pb10 = Some(
                            t11 * (v1.mul_add(
                                (if (v1 >= v1 || self.k >= b) {
                                    (self.n as f64)
                                } else {
                                    1.5
                                }),
                                d,
                            )),
                        );
                    }
                }
                let pm9: f64 = pb10.unwrap_or((RP62_K0[i8] * (-v7)));
                v1 += pm9;
            }
        }
        if !(b.mul_add(RP62_K0[0], x[1])).is_nan() {
            if (-1.25) >= v1.tanh() {
                return (-1.25);
            }
            for zv1 in RP62_K0.iter().copied().step_by(2) {
                let pq13: [[f64; 2]; 2] = [
                    [(self.n as f64), (x[1] * (-0.75))],
                    [0.25_f64.hypot(RP62_K1), (self.n as f64)],
                ];
                let mut ps14: f64 = (0.25_f64.hypot(RP62_K1));
                for (pi17, [t15, _]) in pq13.iter().enumerate() {
                    ps14 += (*t15) * (pi17 as f64) + (x[pi17] * (-0.75));
                }
                v2 += ps14;
            }
        } else if (x
            .iter()
            .zip(&RP62_K0)
            .zip(RP62_K0.iter())
            .map(|((zp2, zq3), &zr4)| (*zp2) * (*zq3) * zr4 * RP62_K0[0])
            .sum::<f64>())
            <= RP62_K0[2]
        {
            let mut v18 = c;
            let mut arr19 = [0.0_f64; 3];
        } else {
        }
        let mut k20 = 0usize;
        loop {
            if k20 >= 3 {
                break;
            }
            let i21 = k20;
            k20 += 1;
            let mut k22 = 0usize;
            while k22 < 3 {
                let i23 = k22;
                k22 += 1;
            }
        }
        v2 *= (x
            .iter()
            .copied()
            .enumerate()
            .rev()
            .map(|(zi6, zv5)| (zi6 as f64) * 0.5 + zv5 * 1.0)
            .sum::<f64>());
        for zw7 in x.chunks(3) {
            let v24 = zw7[0] * (zw7.len() as f64);
            for i25 in 0..2 {
                let v26: f64 = (-d);
                let mut zf8 = |zt9: f64| v2 += zt9 * (-(f64::from(3u8) * 0.5));
                zf8(v26);
                zf8(v26 * 0.5);
                v1 = RP62_K0[1];
            }
            let mut arr27: [f64; 3] = [
                (-v1),
                f64::mul_add(RP62_K0[0], 2.0, (-0.75)),
                (self.k + RP62_K0[2].rem_euclid(v1 * v1 + 0.5)),
            ];
            let mut k28 = 0usize;
            while k28 < 3 {
                let i29 = k28;
                k28 += 1;
                let mut t30: (f64, f64) = ((RP62_K0[i29] * x[1]), (-0.25));
            }
        }
        (if ((-0.75) <= RP62_K0[1] || c > d) {
            v1
        } else {
            RP62_K0[1]
        }) + v1
            + v2
    }
}

const RP63_K0: f64 = 1.0;
impl Params {
    #[differentiate(wrt(x))]
    fn rp63(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = x[2].signum();
        let mut v2 = (x
            .iter()
            .skip(1)
            .step_by(2)
            .map(|&zv1| zv1 * 3.0)
            .sum::<f64>());
        for &zv2 in x.iter().rev().take(2) {
            for (zp3, zq4) in x.iter().zip(x.iter()) {
                v2 *= ((-1.25) - (1.0 - 1.5));
                v2 += RP63_K0;
            }
        }
        (if (v1 < self.k || v1 >= x[1]) {
            RP63_K0
        } else {
            0.25
        }) + v1
            + v2
    }
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
                0.9928977489471436,
                -0.5464504957199097,
                -0.14930956065654755,
                -1.372115135192871,
                -1.3956801891326904,
                1.3653422594070435,
                -0.7034946084022522,
                0.7588596343994141,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.46852617987887196,
                    w: [-0.01598366575818453, 1.049892407322713, -1.1871646381822232],
                    n: 2,
                })
                .rp07(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.46852617987887196,
                    w: [-0.01598366575818453, 1.049892407322713, -1.1871646381822232],
                    n: 2,
                })
                .rp07_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.46852617987887196,
                    w: [-0.01598366575818453, 1.049892407322713, -1.1871646381822232],
                    n: 2,
                })
                .rp07_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                    black_box(&[(t[4] as f32), (t[5] as f32), (t[6] as f32), (t[7] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                7.854365348815918,
                &[
                    0.36281058192253113,
                    1.5,
                    0.0,
                    0.0,
                    0.0,
                    0.36281058192253113,
                    0.0,
                    -0.8113459348678589,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp08",
            point: &[
                -1.1638578512169822,
                1.4035427646298992,
                1.4178209597424805,
                -0.810149213102915,
                -1.1025298942525135,
                0.12212962459477875,
                1.2127754801414456,
                -0.5900660571733503,
            ],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box([p[6], p[7]]),
                    black_box(Some(-1.25_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box([p[6], p[7]]),
                    black_box(Some(-1.25_f64)),
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box([p[6], p[7]]),
                    black_box(Some(-1.25_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                    black_box([t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.4397895508366889,
                &[
                    0.0,
                    0.0,
                    0.0,
                    2.012022683095947,
                    -1.2600189025799557,
                    1.0040075610319823,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp09",
            point: &[
                -0.7125781635664015,
                0.18827286479632496,
                -1.1724321353126648,
                0.5209908084439108,
                -0.7219693947418736,
            ],
            f: |p| {
                let p = black_box(p);
                rp09(
                    black_box(-0.07360573127238458_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp09_grad(
                    black_box(-0.07360573127238458_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp09_jvp(
                    black_box(-0.07360573127238458_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box([t[1], t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.7363001003352894,
                &[
                    0.0,
                    -2.2917847049281583,
                    -2.4551999333927115,
                    -2.472459478330098,
                    -0.6947526931086435,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp10",
            point: &[
                0.8661729397870033,
                -0.09433196025805131,
                -1.2316193025812712,
                0.7494001624113746,
                -0.6710199444424125,
            ],
            f: |p| {
                let p = black_box(p);
                rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.4806362633120932_f64),
                    black_box(0.2548944881952551_f64),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp10_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.4806362633120932_f64),
                    black_box(0.2548944881952551_f64),
                    black_box(&[p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp10_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.4806362633120932_f64),
                    black_box(0.2548944881952551_f64),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.603456178060602,
                &[
                    0.0,
                    1.1778089328561212,
                    0.0,
                    -0.213215506998794,
                    1.1778089328561212,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[
                -1.190291753103383,
                -1.226401770469123,
                -1.0277271701517958,
                -0.5889608778308869,
                -1.425006849184294,
                -0.4526663763122506,
                0.6834646543966664,
                -0.8347496548922367,
                -0.2401290288254088,
            ],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(None),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp11_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                    black_box([t[7], t[8]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.3656239783358313,
                &[0.0, 1.0, 0.0, 0.5, 0.5, 0.5, 0.5, 0.0, -1.4407741729524528],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp12",
            point: &[
                -0.8881308209492592,
                -0.038062250153408785,
                -1.2568269460081036,
                -0.2514732811714709,
                1.369710728114967,
                0.9314520229679313,
            ],
            f: |p| {
                let p = black_box(p);
                rp12(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp12_grad(
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
                let (y, d) = rp12_jvp(
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
                63.88468608549436,
                &[
                    28.57327449239319,
                    0.0,
                    157.66891539273018,
                    238.90217265109774,
                    76.79410053929007,
                    -63.641773083381906,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp13",
            point: &[
                0.43811472140838,
                -0.946778081653553,
                -0.3519783096523951,
                -0.21725584145221213,
                0.15277431988921272,
                0.5509838251061298,
                0.19947483565555266,
                0.36658040077728155,
            ],
            f: |p| {
                let p = black_box(p);
                rp13(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.2953396192193546,
                        w: [
                            -0.05365196922540753,
                            -1.162513078601964,
                            -0.5548107915699345,
                        ],
                        n: 3,
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
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.2953396192193546,
                        w: [
                            -0.05365196922540753,
                            -1.162513078601964,
                            -0.5548107915699345,
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
                let (y, d) = rp13_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box(&Params {
                        k: 0.2953396192193546,
                        w: [
                            -0.05365196922540753,
                            -1.162513078601964,
                            -0.5548107915699345,
                        ],
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
                0.9827345361579387,
                &[
                    5.9291952019171774e-8,
                    0.0,
                    0.0,
                    -1.523218338471971e-11,
                    5.100990217362965e-8,
                    1.4143796527403444e-8,
                    0.6166229262524064,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp14",
            point: &[
                1.1774928147083998,
                -0.577684946271873,
                -0.5749231074508734,
                -1.486304780339442,
                -0.7661369314952097,
                -0.4310283870785475,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.8919849694024911,
                        w: [-0.4661004843782327, 0.5917832841405093, -0.4628392387457222],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.8919849694024911,
                        w: [-0.4661004843782327, 0.5917832841405093, -0.4628392387457222],
                        n: 3,
                    }),
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
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.8919849694024911,
                        w: [-0.4661004843782327, 0.5917832841405093, -0.4628392387457222],
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
                11.664923170980837,
                &[1.0, 0.0, 0.0, 0.08439105398840901, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                -0.8653455221336585,
                1.0639830947329674,
                1.4201327987957895,
                1.1949019116635688,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(p[0]),
                    black_box(1.1557656073484597_f64),
                    black_box(1.4010271690210399_f64),
                    black_box(&vec![p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
                    black_box(p[0]),
                    black_box(1.1557656073484597_f64),
                    black_box(1.4010271690210399_f64),
                    black_box(&vec![p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp15_jvp(
                    black_box(p[0]),
                    black_box(1.1557656073484597_f64),
                    black_box(1.4010271690210399_f64),
                    black_box(&vec![p[1], p[2], p[3]]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                14.22693092936189,
                &[
                    0.0,
                    0.3035768411648041,
                    0.39661144876044596,
                    6.623063595963011,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                0.27304270547606474,
                1.4292014171010083,
                0.20461906766846258,
                0.10964620887795436,
                0.19160076003244833,
                -1.242668336293679,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box(p[0]),
                    black_box(1.4815462212613164_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&[
                        [-0.2888285665462609_f64, 1.2253241269305306_f64],
                        [1.3728002048560721_f64, 1.2219277566849216_f64],
                    ]),
                    black_box([p[4], p[5]]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
                    black_box(p[0]),
                    black_box(1.4815462212613164_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&[
                        [-0.2888285665462609_f64, 1.2253241269305306_f64],
                        [1.3728002048560721_f64, 1.2219277566849216_f64],
                    ]),
                    black_box([p[4], p[5]]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp16_jvp(
                    black_box(p[0]),
                    black_box(1.4815462212613164_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(&[
                        [-0.2888285665462609_f64, 1.2253241269305306_f64],
                        [1.3728002048560721_f64, 1.2219277566849216_f64],
                    ]),
                    black_box([p[4], p[5]]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                    black_box([t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.858663356485075,
                &[
                    0.00014614094604695132,
                    2.0001707599091105,
                    0.001192705581475771,
                    0.002225797923904444,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp17",
            point: &[
                -0.8544700448250024,
                -1.0219807241404677,
                -0.9373452792832118,
                0.2705500894342476,
                0.6746403878182072,
                1.0309670987504456,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.4860681712564687,
                    w: [0.48710907779038587, -0.9304808312797995, 0.2151961846867435],
                    n: 2,
                })
                .rp17(
                    black_box(-0.48379856046960223_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.4860681712564687,
                    w: [0.48710907779038587, -0.9304808312797995, 0.2151961846867435],
                    n: 2,
                })
                .rp17_grad(
                    black_box(-0.48379856046960223_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.4860681712564687,
                    w: [0.48710907779038587, -0.9304808312797995, 0.2151961846867435],
                    n: 2,
                })
                .rp17_jvp(
                    black_box(-0.48379856046960223_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.1249994715043106,
                &[
                    0.0,
                    0.0,
                    0.02564586940695088,
                    1.8593845503019661,
                    3.5871272982772995,
                    1.8593845503019661,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[
                1.0910458712157902,
                -0.10411335750778869,
                1.1834807557934834,
                0.18016489812607425,
                0.00655208275819429,
                0.3478897131507562,
            ],
            f: |p| {
                let p = black_box(p);
                rp18(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp18_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp18_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.6458086516313358,
                &[
                    0.04548138084555526,
                    0.14178932782712456,
                    0.0,
                    0.017453292519943295,
                    0.0,
                    1.9785532911338528,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[
                -0.40191867219760724,
                0.7788407014358505,
                0.46171189536964047,
                1.233472907344466,
                -0.9035569236272254,
                0.42118273349256774,
            ],
            f: |p| {
                let p = black_box(p);
                rp19(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp19_grad(
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
                let (y, d) = rp19_jvp(
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
                2.0242037334592897,
                &[
                    1.1010698954917326,
                    0.0,
                    0.0,
                    0.0,
                    -2.440274445152572,
                    0.9215924872901121,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp20",
            point: &[
                -0.11365670815855644,
                1.1425298887716584,
                0.01983201688993244,
                -0.36377290021221653,
                0.7087713524960609,
                0.683656557390715,
                1.072622652337162,
            ],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
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
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.657265130719813,
                &[0.0, 0.0, 1.0, -1.25, -1.25, -1.25, -1.0038461538461538],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp21",
            point: &[
                -0.037827492852632344,
                -0.7396344413508604,
                -1.0491656635431559,
                0.4568179729322902,
                -1.2467783767877934,
            ],
            f: |p| {
                let p = black_box(p);
                rp21(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp21_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(true),
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
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.027264947323867,
                &[
                    0.0,
                    0.0,
                    -0.6199634501795769,
                    0.2699387298348177,
                    -0.7367349608757553,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                0.9362104340321487,
                -0.8554450871174186,
                1.4550455373055358,
                0.7803384914972439,
                1.4357564873958923,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.7438143545384679,
                    w: [
                        0.2465432138745006,
                        0.033773326584022254,
                        -0.3046789152003488,
                    ],
                    n: 3,
                })
                .rp22(
                    black_box(p[0]),
                    black_box(0.7559782277018107_f64),
                    black_box(0.836652464901705_f64),
                    black_box([p[1], p[2], p[3], p[4]]),
                    black_box(Some(2.0_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.7438143545384679,
                    w: [
                        0.2465432138745006,
                        0.033773326584022254,
                        -0.3046789152003488,
                    ],
                    n: 3,
                })
                .rp22_grad(
                    black_box(p[0]),
                    black_box(0.7559782277018107_f64),
                    black_box(0.836652464901705_f64),
                    black_box([p[1], p[2], p[3], p[4]]),
                    black_box(Some(2.0_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.7438143545384679,
                    w: [
                        0.2465432138745006,
                        0.033773326584022254,
                        -0.3046789152003488,
                    ],
                    n: 3,
                })
                .rp22_jvp(
                    black_box(p[0]),
                    black_box(0.7559782277018107_f64),
                    black_box(0.836652464901705_f64),
                    black_box([p[1], p[2], p[3], p[4]]),
                    black_box(Some(2.0_f64)),
                    black_box(t[0]),
                    black_box([t[1], t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.2030499672333,
                &[0.0, 2.509957394705115, -1.0, 2.509957394705115, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[
                1.0415956359496428,
                -0.41290883135524253,
                0.6040327059478751,
                -0.2653847474289505,
            ],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(p[0]),
                    black_box(0.8037432033347527_f64),
                    black_box(-1.0949679746606575_f64),
                    black_box([p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
                    black_box(p[0]),
                    black_box(0.8037432033347527_f64),
                    black_box(-1.0949679746606575_f64),
                    black_box([p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp23_jvp(
                    black_box(p[0]),
                    black_box(0.8037432033347527_f64),
                    black_box(-1.0949679746606575_f64),
                    black_box([p[1], p[2], p[3]]),
                    black_box(t[0]),
                    black_box([t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (1.7853703850624945, &[0.0, 1.0, 2.1994164564593026, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                -0.2716114122818109,
                1.3561088579692049,
                0.03154776322978287,
                0.5389033875988676,
                -1.1867569418295594,
                0.7066731395157958,
                -1.2319725608023173,
                -1.077603087624161,
                -0.2069735304409625,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.5074652757419971,
                    w: [0.33356007896131257, -1.4987793872528261, 1.0378156236398453],
                    n: 2,
                })
                .rp24(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.5074652757419971,
                    w: [0.33356007896131257, -1.4987793872528261, 1.0378156236398453],
                    n: 2,
                })
                .rp24_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.5074652757419971,
                    w: [0.33356007896131257, -1.4987793872528261, 1.0378156236398453],
                    n: 2,
                })
                .rp24_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box([p[7], p[8]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                    black_box([t[7], t[8]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                13.008247565857715,
                &[
                    0.0012032147354383719,
                    0.0,
                    0.0,
                    -0.0024064294708767437,
                    0.004466263132527404,
                    -0.041446272600929264,
                    0.0,
                    -0.9274363432576861,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[
                -0.68431574379071,
                -0.19025697093100533,
                -1.2316563294259473,
                0.2523564897851062,
                -0.519856672882393,
                -0.5286183469340546,
                -0.4661499782744599,
                -0.9932469448275572,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.3914837459880949,
                    w: [1.4896419048305638, -1.0423156090361008, 1.2906814200633734],
                    n: 2,
                })
                .rp25(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.3914837459880949,
                    w: [1.4896419048305638, -1.0423156090361008, 1.2906814200633734],
                    n: 2,
                })
                .rp25_grad(
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
                let (y, d) = black_box(&Params {
                    k: -1.3914837459880949,
                    w: [1.4896419048305638, -1.0423156090361008, 1.2906814200633734],
                    n: 2,
                })
                .rp25_jvp(
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
                -2.5884196723848163,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    3.243011524084217,
                    3.35324828058351,
                    3.8322944983349423,
                    12.686328800275852,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp26",
            point: &[0.876631798962215],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.39030946383101767,
                    w: [-0.3625373971134542, 1.238218143267611, -0.39385637991743155],
                    n: 2,
                })
                .rp26(
                    black_box(1.4693626530890411_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.05367941545171258_f64,
                        -1.3538860603529834_f64,
                        0.0494549582944515_f64,
                    ]),
                    black_box(&[
                        [-1.369414966634758_f64, 0.6018712661961356_f64],
                        [-1.2868640296587224_f64, -0.14073915365293718_f64],
                    ]),
                    black_box(Some(3.0_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.39030946383101767,
                    w: [-0.3625373971134542, 1.238218143267611, -0.39385637991743155],
                    n: 2,
                })
                .rp26_grad(
                    black_box(1.4693626530890411_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.05367941545171258_f64,
                        -1.3538860603529834_f64,
                        0.0494549582944515_f64,
                    ]),
                    black_box(&[
                        [-1.369414966634758_f64, 0.6018712661961356_f64],
                        [-1.2868640296587224_f64, -0.14073915365293718_f64],
                    ]),
                    black_box(Some(3.0_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.39030946383101767,
                    w: [-0.3625373971134542, 1.238218143267611, -0.39385637991743155],
                    n: 2,
                })
                .rp26_jvp(
                    black_box(1.4693626530890411_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.05367941545171258_f64,
                        -1.3538860603529834_f64,
                        0.0494549582944515_f64,
                    ]),
                    black_box(&[
                        [-1.369414966634758_f64, 0.6018712661961356_f64],
                        [-1.2868640296587224_f64, -0.14073915365293718_f64],
                    ]),
                    black_box(Some(3.0_f64)),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (12.744813717218868, &[0.05204279719742176]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp27",
            point: &[
                -0.7742998376099158,
                1.1590082052253994,
                0.35960678316129224,
                0.6514294909623571,
                -0.5530694790381299,
                0.11810971539899552,
            ],
            f: |p| {
                let p = black_box(p);
                rp27(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(Some(1.0_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp27_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(Some(1.0_f64)),
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
                    black_box([p[3], p[4], p[5]]),
                    black_box(Some(1.0_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (2.2131012458217945, &[0.0, 0.0, 0.0, 1.0, 1.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp28",
            point: &[
                -0.15869830810346097,
                0.808407846187909,
                0.08794214973018967,
                -0.1770570238499506,
                -0.185846982231694,
                1.150905895506372,
                -1.1839937486913885,
                0.07019970779927659,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.9746008031377028,
                    w: [-0.6529503397248904, 0.5298376352325689, 0.627438925660918],
                    n: 3,
                })
                .rp28(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.9746008031377028,
                    w: [-0.6529503397248904, 0.5298376352325689, 0.627438925660918],
                    n: 3,
                })
                .rp28_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(None),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.9746008031377028,
                    w: [-0.6529503397248904, 0.5298376352325689, 0.627438925660918],
                    n: 3,
                })
                .rp28_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.49367563808716963,
                &[0.0, 0.0, 0.0, 0.0, 5.0, 5.0, 5.0, 5.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp29",
            point: &[
                -1.0398721251024787,
                0.6374206332669115,
                0.05912082064284779,
                -0.7276189285053305,
                1.4807610546966368,
                -1.0498292384037908,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.4353805113069962,
                    w: [0.8860169850461802, 0.26304094613320517, -1.1961629395088018],
                    n: 3,
                })
                .rp29(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.4353805113069962,
                    w: [0.8860169850461802, 0.26304094613320517, -1.1961629395088018],
                    n: 3,
                })
                .rp29_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.4353805113069962,
                    w: [0.8860169850461802, 0.26304094613320517, -1.1961629395088018],
                    n: 3,
                })
                .rp29_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                16.054115744174588,
                &[
                    0.0,
                    9.01923423823883,
                    2.1545908745100264,
                    0.6080576264649902,
                    3.678566126625089,
                    -1.4360051863844439,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp30",
            point: &[
                1.2128403816018523,
                -0.19033085114613002,
                -0.6524124868257759,
                -0.15211161106107438,
                0.24837127653680247,
                -1.2538248257501259,
                0.8042326288241987,
            ],
            f: |p| {
                let p = black_box(p);
                rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp30_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
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
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.2710987747501783,
                &[
                    0.0,
                    0.0,
                    0.0,
                    9.0,
                    0.7328105305733947,
                    0.4721359549995796,
                    0.7082039324993694,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[
                -0.9763559808897243,
                0.45282414351759737,
                -1.0285552665764974,
                -0.5989077068848762,
                0.6323533455433807,
                0.011089282362478286,
                0.01657594733419016,
            ],
            f: |p| {
                let p = black_box(p);
                rp31(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp31_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
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
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                14.799218785304157,
                &[
                    0.0,
                    0.0,
                    -1.7914050686204734,
                    4.158789840817539,
                    15.464357364167968,
                    12.375670060284026,
                    4.158789840817539,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp32",
            point: &[
                0.33398231863975525,
                -0.5032527446746826,
                -0.8719075322151184,
                0.16939039528369904,
                0.766102135181427,
            ],
            f: |p| {
                let p = black_box(p);
                rp32(
                    black_box(1.2378173_f32),
                    black_box(-0.050430417_f32),
                    black_box((p[0] as f32)),
                    black_box(0.6654194_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp32_grad(
                    black_box(1.2378173_f32),
                    black_box(-0.050430417_f32),
                    black_box((p[0] as f32)),
                    black_box(0.6654194_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp32_jvp(
                    black_box(1.2378173_f32),
                    black_box(-0.050430417_f32),
                    black_box((p[0] as f32)),
                    black_box(0.6654194_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box(&[(t[1] as f32), (t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (0.629997968673706, &[0.0, 2.0, 2.0, 2.0, 2.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp33",
            point: &[
                -0.038142678319583796,
                -1.197211932969195,
                0.7153271740663422,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.530872032211278,
                    w: [0.575617740537325, 0.5157132135207048, -0.11033638866550903],
                    n: 3,
                })
                .rp33(
                    black_box(0.5568284687556988_f64),
                    black_box(0.6083606540967542_f64),
                    black_box(1.2382060959134191_f64),
                    black_box(-0.5639189157393146_f64),
                    black_box([p[0], p[1], p[2]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.530872032211278,
                    w: [0.575617740537325, 0.5157132135207048, -0.11033638866550903],
                    n: 3,
                })
                .rp33_grad(
                    black_box(0.5568284687556988_f64),
                    black_box(0.6083606540967542_f64),
                    black_box(1.2382060959134191_f64),
                    black_box(-0.5639189157393146_f64),
                    black_box([p[0], p[1], p[2]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.530872032211278,
                    w: [0.575617740537325, 0.5157132135207048, -0.11033638866550903],
                    n: 3,
                })
                .rp33_jvp(
                    black_box(0.5568284687556988_f64),
                    black_box(0.6083606540967542_f64),
                    black_box(1.2382060959134191_f64),
                    black_box(-0.5639189157393146_f64),
                    black_box([p[0], p[1], p[2]]),
                    black_box([t[0], t[1], t[2]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.11143963931807477,
                &[0.0, 2.2997174295412255, -0.9324625116476047],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp34",
            point: &[
                0.9239304508489974,
                -0.4571098166895916,
                -0.016154312463732317,
                -0.055235386758929084,
                0.3848654977509335,
                -1.3978918449670323,
                -0.923934936114936,
            ],
            f: |p| {
                let p = black_box(p);
                rp34(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5265585559525124,
                        w: [-1.27488724819125, -1.0938742160622807, 1.0549785332641852],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp34_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5265585559525124,
                        w: [-1.27488724819125, -1.0938742160622807, 1.0549785332641852],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp34_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.5265585559525124,
                        w: [-1.27488724819125, -1.0938742160622807, 1.0549785332641852],
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
                -1.0491462563454192,
                &[
                    1.0,
                    0.0,
                    1.9858223951105634,
                    -0.00704472924648898,
                    10.972127085538476,
                    -5.591567379868129,
                    -9.135638329745543e-18,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp35",
            point: &[
                -0.2698910391048494,
                -0.49698488982566014,
                -0.6698495054184582,
                0.4126479811304898,
                1.3976740423453087,
                -0.7235768932907918,
                -0.5316119593815167,
            ],
            f: |p| {
                let p = black_box(p);
                rp35(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp35_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
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
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.119002559268001,
                &[
                    1.0,
                    -0.9999972460725792,
                    1.0,
                    0.7820002283369625,
                    0.009955428045868844,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp36",
            point: &[-0.5710862923524305, -0.6265248141383885],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            0.08681237294169042_f64,
                            1.372019610101672_f64,
                            -1.4784849768386032_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            0.08681237294169042_f64,
                            1.372019610101672_f64,
                            -1.4784849768386032_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp36_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            0.08681237294169042_f64,
                            1.372019610101672_f64,
                            -1.4784849768386032_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.654346978950014, &[0.0, 1.9385558667184517]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp37",
            point: &[-1.1990005514172224],
            f: |p| {
                let p = black_box(p);
                rp37(
                    black_box(-1.245143507764537_f64),
                    black_box(p[0]),
                    black_box([
                        -0.8608006187559882_f64,
                        0.43973015975489776_f64,
                        0.7927860963545056_f64,
                        0.7545215645890859_f64,
                    ]),
                    black_box(false),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp37_grad(
                    black_box(-1.245143507764537_f64),
                    black_box(p[0]),
                    black_box([
                        -0.8608006187559882_f64,
                        0.43973015975489776_f64,
                        0.7927860963545056_f64,
                        0.7545215645890859_f64,
                    ]),
                    black_box(false),
                    black_box(None),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp37_jvp(
                    black_box(-1.245143507764537_f64),
                    black_box(p[0]),
                    black_box([
                        -0.8608006187559882_f64,
                        0.43973015975489776_f64,
                        0.7927860963545056_f64,
                        0.7545215645890859_f64,
                    ]),
                    black_box(false),
                    black_box(None),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (1.8009994485827776, &[1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[-0.4542439397677758],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(-1.4636356856592878_f64),
                    black_box(p[0]),
                    black_box(
                        &[
                            -0.16348250527033573_f64,
                            -1.3137633293399085_f64,
                            -0.8323506444744214_f64,
                        ][..],
                    ),
                    black_box(&[1.3921787775817485_f64, -0.8100024583645172_f64]),
                    black_box(&Params {
                        k: 0.7854433675892417,
                        w: [1.361456971717455, 0.295631130382312, -0.583195916400148],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
                    black_box(-1.4636356856592878_f64),
                    black_box(p[0]),
                    black_box(
                        &[
                            -0.16348250527033573_f64,
                            -1.3137633293399085_f64,
                            -0.8323506444744214_f64,
                        ][..],
                    ),
                    black_box(&[1.3921787775817485_f64, -0.8100024583645172_f64]),
                    black_box(&Params {
                        k: 0.7854433675892417,
                        w: [1.361456971717455, 0.295631130382312, -0.583195916400148],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp38_jvp(
                    black_box(-1.4636356856592878_f64),
                    black_box(p[0]),
                    black_box(
                        &[
                            -0.16348250527033573_f64,
                            -1.3137633293399085_f64,
                            -0.8323506444744214_f64,
                        ][..],
                    ),
                    black_box(&[1.3921787775817485_f64, -0.8100024583645172_f64]),
                    black_box(&Params {
                        k: 0.7854433675892417,
                        w: [1.361456971717455, 0.295631130382312, -0.583195916400148],
                        n: 3,
                    }),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.9326346287418521, &[1.1937503718074476]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp39",
            point: &[
                0.8459407091140747,
                0.86362224817276,
                -0.9808938503265381,
                -0.2486763596534729,
                -0.6300363540649414,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.11546866591381222,
                    w: [0.4126700262133547, 0.7403660722899768, 0.12529211353754802],
                    n: 3,
                })
                .rp39(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.11546866591381222,
                    w: [0.4126700262133547, 0.7403660722899768, 0.12529211353754802],
                    n: 3,
                })
                .rp39_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.11546866591381222,
                    w: [0.4126700262133547, 0.7403660722899768, 0.12529211353754802],
                    n: 3,
                })
                .rp39_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                10.408964157104492,
                &[
                    -0.0,
                    0.40060025453567505,
                    -0.2769315242767334,
                    -1.5151712894439697,
                    -0.46343880891799927,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp40",
            point: &[
                -0.04592475707907331,
                -0.15837410730830656,
                0.07358980316482999,
                -0.5095153975201385,
                -0.11180849837613306,
                0.6309921930976254,
            ],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
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
                let (y, d) = rp40_jvp(
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
                -5.750282506203983,
                &[
                    -8.12334515931499,
                    -5.72445145752556,
                    -0.9540752429209267,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[
                -0.684106707572937,
                -1.2986658811569214,
                -0.020073557272553444,
                0.544411301612854,
                -1.1553112268447876,
                -1.31662917137146,
                -0.37320926785469055,
            ],
            f: |p| {
                let p = black_box(p);
                rp41(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32)][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp41_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32)][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp41_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32)][..]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                    black_box(&[(t[4] as f32), (t[5] as f32), (t[6] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                25.493289947509766,
                &[
                    -0.3427700400352478,
                    0.0,
                    0.0007614907808601856,
                    0.0,
                    -0.37320926785469055,
                    -0.37320926785469055,
                    -3.2183589935302734,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp42",
            point: &[
                0.2869043910255416,
                0.9902883482155418,
                -0.8467280155295419,
                -1.3352024720843354,
                0.14637250035353377,
                0.8431707027855354,
                0.7940218602404822,
                0.5123271385559827,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.028496871831337586,
                        w: [
                            -1.3486210908238372,
                            0.40318094931557663,
                            -0.6691408611235392,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp42_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.028496871831337586,
                        w: [
                            -1.3486210908238372,
                            0.40318094931557663,
                            -0.6691408611235392,
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
                let (y, d) = rp42_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.028496871831337586,
                        w: [
                            -1.3486210908238372,
                            0.40318094931557663,
                            -0.6691408611235392,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.4472526010920446,
                &[
                    -2.507985488291405,
                    0.0,
                    -1.094934662137901,
                    -0.32112537015301074,
                    0.0,
                    0.11851058394127353,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp43",
            point: &[
                1.383011028557339,
                1.4587379858773615,
                -0.12637565250012397,
                -0.3202853697502893,
                -0.14447437207069003,
                -0.10520912382479429,
                -0.41202394361839595,
            ],
            f: |p| {
                let p = black_box(p);
                rp43(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.46379434122009927,
                        w: [0.24465708557073973, 0.8357734023251036, -0.8357977350585204],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp43_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.46379434122009927,
                        w: [0.24465708557073973, 0.8357734023251036, -0.8357977350585204],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp43_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.46379434122009927,
                        w: [0.24465708557073973, 0.8357734023251036, -0.8357977350585204],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.657137196325171,
                &[
                    0.0,
                    1.0,
                    -1.0921103104188412,
                    1.9275958393260308,
                    -1.4474063531971038,
                    -0.20449885278689575,
                    3.5739749695179897,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp44",
            point: &[
                -1.3545475267396831,
                -1.4530725629728583,
                -0.901265894779513,
                0.2703256872322707,
                -0.9226623574664997,
                0.6722444925107637,
            ],
            f: |p| {
                let p = black_box(p);
                rp44(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp44_grad(
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
                let (y, d) = rp44_jvp(
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
                -0.6134605394478916,
                &[
                    0.0,
                    -0.18949527737925248,
                    0.019907822276534648,
                    -1.9012658947795131,
                    -0.901265894779513,
                    -0.901265894779513,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp45",
            point: &[
                -0.3735304064012065,
                1.3413195243364062,
                -1.0880772942279586,
                -0.5117962931030363,
                -0.6997733716332839,
                -1.3260773636959626,
                1.22448830838238,
                -0.06600368226382611,
                -1.2325742895160163,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.3030852958710546,
                    w: [1.280984277982707, 0.20979606594460887, -1.1585337181041744],
                    n: 3,
                })
                .rp45(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.3030852958710546,
                    w: [1.280984277982707, 0.20979606594460887, -1.1585337181041744],
                    n: 3,
                })
                .rp45_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.3030852958710546,
                    w: [1.280984277982707, 0.20979606594460887, -1.1585337181041744],
                    n: 3,
                })
                .rp45_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(&[p[7], p[8]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6]]),
                    black_box(&[t[7], t[8]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.0084907548796744,
                &[
                    0.0,
                    0.19944830213866488,
                    0.0,
                    0.0,
                    -0.14010784512942004,
                    -1.011217913662612,
                    0.03134697131011681,
                    0.0,
                    2.0208525284840944,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[
                -0.2721863389015198,
                1.0680605173110962,
                1.1616566181182861,
                -0.7615853548049927,
                1.3257677555084229,
                -0.8429538011550903,
            ],
            f: |p| {
                let p = black_box(p);
                rp46(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.21440541646834996,
                        w: [
                            -0.5350353163091666,
                            -1.3720607198005845,
                            0.13287930681531226,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp46_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.21440541646834996,
                        w: [
                            -0.5350353163091666,
                            -1.3720607198005845,
                            0.13287930681531226,
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
                let (y, d) = rp46_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.21440541646834996,
                        w: [
                            -0.5350353163091666,
                            -1.3720607198005845,
                            0.13287930681531226,
                        ],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box([(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.21701490879058838,
                &[-0.808797299861908, 1.0, 0.0, 2.3518800735473633, 0.0, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp47",
            point: &[-0.632961094379425, 0.9885122776031494],
            f: |p| {
                let p = black_box(p);
                rp47(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.01940207_f32),
                    black_box([
                        0.27711743_f32,
                        0.25189874_f32,
                        -0.7150656_f32,
                        -0.0054248073_f32,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp47_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.01940207_f32),
                    black_box([
                        0.27711743_f32,
                        0.25189874_f32,
                        -0.7150656_f32,
                        -0.0054248073_f32,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp47_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.01940207_f32),
                    black_box([
                        0.27711743_f32,
                        0.25189874_f32,
                        -0.7150656_f32,
                        -0.0054248073_f32,
                    ]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (1.000227689743042, &[0.007068324368447065, 0.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp48",
            point: &[
                -1.1860169502132851,
                0.25530109833837233,
                -0.45590113095060925,
                -0.8583037404424916,
                -0.041350419925143475,
                0.42477101194843386,
            ],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.1476233108873553,
                &[
                    -2.830947654916626,
                    4.8991179004057015,
                    -2.1046989016616275,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                -0.5176294570751823,
                -0.34917859397328266,
                -0.5837742277583688,
                0.23978349212901665,
                0.4803197007954197,
                -1.1722491230102665,
                1.320973226768594,
            ],
            f: |p| {
                let p = black_box(p);
                rp49(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2231630555827475,
                        w: [
                            0.04715261860012182,
                            -0.21680836295453967,
                            0.14423032833602906,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp49_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2231630555827475,
                        w: [
                            0.04715261860012182,
                            -0.21680836295453967,
                            0.14423032833602906,
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
                let (y, d) = rp49_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2231630555827475,
                        w: [
                            0.04715261860012182,
                            -0.21680836295453967,
                            0.14423032833602906,
                        ],
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
                1.177803255276979,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.15569977228612628,
                    1.3167428644737282,
                    0.04309844953108277,
                    -0.04436626632190532,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp50",
            point: &[
                -0.7526059746742249,
                -0.40526047348976135,
                1.2246065139770508,
                0.6825951933860779,
                0.44943150877952576,
                0.2233283668756485,
                0.2555675506591797,
            ],
            f: |p| {
                let p = black_box(p);
                rp50(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp50_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp50_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box([(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box([(t[3] as f32), (t[4] as f32), (t[5] as f32), (t[6] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.5466175675392151,
                &[2.25, 0.0, -1.0, 0.0, 1.137994408607483, 1.0, 2.25],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp51",
            point: &[
                -1.300769244592938,
                -0.3786521813628196,
                -0.7170619508995254,
                0.8644740822350855,
                0.19065151995723215,
                -1.4500998012376536,
            ],
            f: |p| {
                let p = black_box(p);
                rp51(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp51_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp51_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -5.076965518039814,
                &[
                    1.0,
                    1.0,
                    -0.2670833638965853,
                    0.0,
                    0.013614766294866952,
                    2.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp52",
            point: &[-0.10048927024332585, -0.8878175559793691],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.990383849713483,
                    w: [-1.0719364946464833, 1.2901795852794844, -0.6116152807147147],
                    n: 2,
                })
                .rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(1.270412563621977_f64),
                    black_box([
                        0.7501015070565535_f64,
                        -1.3926862603818453_f64,
                        -1.3642618877235102_f64,
                        -1.2218325141889683_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.990383849713483,
                    w: [-1.0719364946464833, 1.2901795852794844, -0.6116152807147147],
                    n: 2,
                })
                .rp52_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(1.270412563621977_f64),
                    black_box([
                        0.7501015070565535_f64,
                        -1.3926862603818453_f64,
                        -1.3642618877235102_f64,
                        -1.2218325141889683_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.990383849713483,
                    w: [-1.0719364946464833, 1.2901795852794844, -0.6116152807147147],
                    n: 2,
                })
                .rp52_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(1.270412563621977_f64),
                    black_box([
                        0.7501015070565535_f64,
                        -1.3926862603818453_f64,
                        -1.3642618877235102_f64,
                        -1.2218325141889683_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.051457418998673, &[0.0, 0.8998788544174348]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                -1.2603108614380756,
                -1.125477127337799,
                0.9289069511771059,
                -0.3362255604163328,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box(-0.7439553515118091_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
                    black_box(-0.7439553515118091_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp53_jvp(
                    black_box(-0.7439553515118091_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (8.603672796215449, &[1.2498774732165998, 0.0, 1.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp54",
            point: &[
                0.01674947663487615,
                1.4593503508306795,
                0.42344619005764744,
                -0.7457865806875175,
                1.0129990966281088,
                0.8952089164362848,
                0.4502705927135261,
            ],
            f: |p| {
                let p = black_box(p);
                rp54(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.5001859567029536,
                        w: [-0.11766936375071443, 1.033467646652567, -0.3391587487192272],
                        n: 3,
                    }),
                    black_box(Some(1.5_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp54_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.5001859567029536,
                        w: [-0.11766936375071443, 1.033467646652567, -0.3391587487192272],
                        n: 3,
                    }),
                    black_box(Some(1.5_f64)),
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.5001859567029536,
                        w: [-0.11766936375071443, 1.033467646652567, -0.3391587487192272],
                        n: 3,
                    }),
                    black_box(Some(1.5_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -7.046496406783973,
                &[
                    0.0,
                    3.6393867809112437,
                    0.0,
                    -6.4016967281071375,
                    -6.4016967281071375,
                    -6.4016967281071375,
                    -6.4016967281071375,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[
                0.7129540472021455,
                0.5582627280147247,
                -1.4986885129294907,
                -1.4937144941777132,
                0.6454853753607644,
                1.203882227762053,
            ],
            f: |p| {
                let p = black_box(p);
                rp55(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.4925133343314305,
                        w: [
                            -0.9728961163925215,
                            -0.06304685588323264,
                            0.28078420645757496,
                        ],
                        n: 3,
                    }),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp55_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.4925133343314305,
                        w: [
                            -0.9728961163925215,
                            -0.06304685588323264,
                            0.28078420645757496,
                        ],
                        n: 3,
                    }),
                    black_box(None),
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
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.4925133343314305,
                        w: [
                            -0.9728961163925215,
                            -0.06304685588323264,
                            0.28078420645757496,
                        ],
                        n: 3,
                    }),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.1973406110540974,
                &[
                    0.0,
                    0.0,
                    -0.080307174126657,
                    2.198417925084871,
                    -0.321228696506628,
                    -0.642457393013256,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                1.2490037874568947,
                1.1713918309353635,
                0.7739185605726842,
                0.49812328997499655,
                0.2863274398811085,
                -1.0843627057529317,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.07718285047264324,
                    w: [-1.476687965084627, 1.1733611550563687, 0.19482604620669838],
                    n: 3,
                })
                .rp56(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.07718285047264324,
                    w: [-1.476687965084627, 1.1733611550563687, 0.19482604620669838],
                    n: 3,
                })
                .rp56_grad(
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
                let (y, d) = black_box(&Params {
                    k: 0.07718285047264324,
                    w: [-1.476687965084627, 1.1733611550563687, 0.19482604620669838],
                    n: 3,
                })
                .rp56_jvp(
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
                -0.16685907775886627,
                &[
                    3.0,
                    2.7000880241031733,
                    -2.1687254115058634,
                    1.5057545366882952,
                    2.505754536688295,
                    4.35350363373049,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp57",
            point: &[
                0.3484792673954134,
                -0.5426479956137166,
                -0.8379177410492239,
                1.017680363411673,
                0.9427528252884004,
                -1.0701236801764769,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.2662879260874358,
                    w: [
                        0.0007902453185293167,
                        0.8558642917618637,
                        -0.6388175696338776,
                    ],
                    n: 3,
                })
                .rp57(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.2662879260874358,
                    w: [
                        0.0007902453185293167,
                        0.8558642917618637,
                        -0.6388175696338776,
                    ],
                    n: 3,
                })
                .rp57_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.2662879260874358,
                    w: [
                        0.0007902453185293167,
                        0.8558642917618637,
                        -0.6388175696338776,
                    ],
                    n: 3,
                })
                .rp57_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.4130176745674365,
                &[0.6969585347908268, 0.0, 2.187024233807511, -1.0, 1.0, -1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[
                0.2324785214905383,
                1.4048377273121835,
                0.631446887057838,
                0.40146212817089083,
                -0.3950897960298144,
                1.0155664610336341,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.32483560798503375,
                    w: [0.25189950988241744, 1.383159947017313, -0.5945837118565045],
                    n: 3,
                })
                .rp58(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.32483560798503375,
                    w: [0.25189950988241744, 1.383159947017313, -0.5945837118565045],
                    n: 3,
                })
                .rp58_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.32483560798503375,
                    w: [0.25189950988241744, 1.383159947017313, -0.5945837118565045],
                    n: 3,
                })
                .rp58_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.540463485163077,
                &[
                    0.0,
                    0.631446887057838,
                    2.3949367372131736,
                    1.0155664610336341,
                    1.0,
                    1.4014621281708908,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp59",
            point: &[
                1.4457802985337374,
                -1.0346745001489837,
                -0.3201657020181943,
                0.9298115862959376,
                -0.4106839732651576,
                1.1865700489371724,
            ],
            f: |p| {
                let p = black_box(p);
                rp59(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7066593803199466,
                        w: [
                            -0.48158283765101834,
                            -1.0078797946011036,
                            0.5356689308494574,
                        ],
                        n: 2,
                    }),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp59_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7066593803199466,
                        w: [
                            -0.48158283765101834,
                            -1.0078797946011036,
                            0.5356689308494574,
                        ],
                        n: 2,
                    }),
                    black_box(None),
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
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7066593803199466,
                        w: [
                            -0.48158283765101834,
                            -1.0078797946011036,
                            0.5356689308494574,
                        ],
                        n: 2,
                    }),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                20.734562068167612,
                &[
                    1.8363093533975743,
                    0.0,
                    3.5597101468115175,
                    14.238840587246068,
                    3.5597101468115175,
                    4.465190009701195,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[-0.23200413306115886, 0.9351169546472876],
            f: |p| {
                let p = black_box(p);
                rp60(
                    black_box(-0.10851257193474646_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -1.411727751091423_f64,
                        -1.189331630185438_f64,
                        0.14388132794844832_f64,
                    ]),
                    black_box(&Params {
                        k: 0.7141882294711313,
                        w: [-0.49191480058398496, 0.709815414103877, -1.378064403578195],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp60_grad(
                    black_box(-0.10851257193474646_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -1.411727751091423_f64,
                        -1.189331630185438_f64,
                        0.14388132794844832_f64,
                    ]),
                    black_box(&Params {
                        k: 0.7141882294711313,
                        w: [-0.49191480058398496, 0.709815414103877, -1.378064403578195],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp60_jvp(
                    black_box(-0.10851257193474646_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -1.411727751091423_f64,
                        -1.189331630185438_f64,
                        0.14388132794844832_f64,
                    ]),
                    black_box(&Params {
                        k: 0.7141882294711313,
                        w: [-0.49191480058398496, 0.709815414103877, -1.378064403578195],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-1.5352112236240365, &[0.0, 3.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                -0.9342203285459397,
                -0.41153737978035326,
                0.8821105010501228,
                -0.7431074289902438,
                1.4803777244377772,
                0.46219372631867434,
                -0.6507551494821077,
                0.6272788032353616,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.05483190615414382,
                    w: [
                        -1.3585686426636534,
                        0.09976615173659822,
                        0.23789025757142873,
                    ],
                    n: 2,
                })
                .rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.05483190615414382,
                    w: [
                        -1.3585686426636534,
                        0.09976615173659822,
                        0.23789025757142873,
                    ],
                    n: 2,
                })
                .rp61_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.05483190615414382,
                    w: [
                        -1.3585686426636534,
                        0.09976615173659822,
                        0.23789025757142873,
                    ],
                    n: 2,
                })
                .rp61_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                    black_box([t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                8.929942879471144,
                &[
                    0.0,
                    -3.3164098227327705,
                    7.003070424566088,
                    5.969877859184413,
                    19.723663863104143,
                    1.9226073658350746,
                    -0.516297350150473,
                    1.1454247676221874,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[
                1.3030620515747848,
                1.4783674466827774,
                0.33470559533341,
                -1.194915214217123,
                -0.5418480006693236,
                1.1200589222777972,
                -0.8405894107684675,
                -0.8450811780344946,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.49897994299867954,
                    w: [1.4971906763395388, -0.737656397630901, 0.9495879380658985],
                    n: 2,
                })
                .rp62(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.49897994299867954,
                    w: [1.4971906763395388, -0.737656397630901, 0.9495879380658985],
                    n: 2,
                })
                .rp62_grad(
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
                let (y, d) = black_box(&Params {
                    k: -0.49897994299867954,
                    w: [1.4971906763395388, -0.737656397630901, 0.9495879380658985],
                    n: 2,
                })
                .rp62_jvp(
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
                -4.2489048166729475,
                &[
                    0.0,
                    0.0,
                    -0.14616032742243168,
                    8.951844859119753,
                    1.3911295303466202,
                    1.3911295303466202,
                    4.2299400295548875,
                    4.2299400295548875,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[
                -1.3705049585933908,
                -0.07052021887171071,
                -1.2017419176740334,
                0.6566889184574715,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.6713785452153768,
                    w: [
                        -1.013574212712931,
                        -0.39357321329136147,
                        -1.4772049384401282,
                    ],
                    n: 2,
                })
                .rp63(
                    black_box(-1.0244834079956404_f64),
                    black_box(-0.8024968827111081_f64),
                    black_box(0.8425375891642444_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.6713785452153768,
                    w: [
                        -1.013574212712931,
                        -0.39357321329136147,
                        -1.4772049384401282,
                    ],
                    n: 2,
                })
                .rp63_grad(
                    black_box(-1.0244834079956404_f64),
                    black_box(-0.8024968827111081_f64),
                    black_box(0.8425375891642444_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.6713785452153768,
                    w: [
                        -1.013574212712931,
                        -0.39357321329136147,
                        -1.4772049384401282,
                    ],
                    n: 2,
                })
                .rp63_jvp(
                    black_box(-1.0244834079956404_f64),
                    black_box(-0.8024968827111081_f64),
                    black_box(0.8425375891642444_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                    black_box([t[0], t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.690270363066811,
                &[0.0, 0.3003387451171875, 0.0, 0.3003387451171875],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
