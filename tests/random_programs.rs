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

static RP00_K0: f32 = 3.0_f32;
#[differentiate(wrt(a, c))]
fn rp00(a: f32, b: f32, c: f32, x: &Vec<f32>, m: [[f32; 2]; 2]) -> f32 {
    let mut v1 = x[1].sin().exp();
    let mut v2 = (m[0][1] - 1.5_f32);
    for (zp1, zq2) in x.iter().zip(x) {}
    v2 /= ((-0.75_f32).cos() * 0.5_f32).acos() * ((-0.75_f32).cos() * 0.5_f32).acos() + 1.0_f32;
    v1 *= 0.1_f32.cos().exp2();
    for zw3 in x.chunks(3) {
        let v3 = zw3[0] * (zw3.len() as f32);
    }
    for i4 in (0..3).rev() {
        {}
        for i5 in 0..x.len() {}
    }
    ((x.iter()
        .filter(|&&zv5| (a < 1.5_f32 && zv5 < 1.5_f32))
        .map(|&zv4| zv4 * 0.5_f32)
        .sum::<f32>())
        + c)
        + v1
        + v2
}

#[differentiate]
fn rp01_h0(s0: f64, n1: usize) -> Vec<f64> {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    for i3 in 0..n1 {}
    let mut out = vec![0.0; 3];
    out[0] = (s0 / ((1.5_f64 * 1.5_f64 + 0.5).sqrt() * (1.5_f64 * 1.5_f64 + 0.5).sqrt() + 1.0));
    out[1] = (s0 * s0 + 0.5).log2();
    out[2] = (0.5 / (s0 * s0 + 1.0));
    out
}
#[differentiate]
fn rp01(a: f64, b: f64, c: f64, x: [f64; 3], q: bool) -> f64 {
    let mut v1: f64 = (-(-1.25));
    v1 /= f64::fract(1.5_f64) * f64::fract(1.5_f64) + 1.0;
    if (-1.25) < 3.0 {
        for e2 in x {
            let pq4: [[f64; 2]; 2] = [
                [
                    (0.25_f64.sin() * 0.5).atanh(),
                    (a + x.iter().fold(2.0, |zacc4, &zv3| zacc4 * 0.5 + zv3 * 0.25)),
                ],
                [
                    (x[1].clamp(-0.5, 0.75) / (e2 * e2 + 1.0)),
                    (0.25_f64.sin() * 0.5).atanh(),
                ],
            ];
            let [[t5, t6], [t7, t8]] = pq4;
            let pm3: f64 = t5 * t8 - t6 * t7;
            v1 += pm3;
        }
    } else if 1.5 >= (-0.75) {
        v1 /= 2.0_f64.mul_add(c, (c - a)) * 2.0_f64.mul_add(c, (c - a)) + 1.0;
        for zw5 in x.chunks(3) {
            let v9 = zw5[0] * (zw5.len() as f64);
        }
    } else {
        let po11: Option<f64> = if std::f64::consts::FRAC_1_SQRT_2.min(x[1]) < c {
            Some(
                ((x.iter()
                    .take_while(|&&zv7| zv7 < 0.25)
                    .map(|&zv6| zv6 * 0.25)
                    .sum::<f64>())
                .powi(3))
                    * 2.0,
            )
        } else {
            None
        };
        let mut pm10: f64 = (1.5 % (v1 * v1 + 0.5));
        if let Some(t12) = po11 {
            pm10 += t12
                * ((x
                    .iter()
                    .take_while(|&&zv9| !q)
                    .map(|&zv8| zv8 * c.tanh().to_degrees())
                    .sum::<f64>())
                .cos()
                .exp2());
        }
        v1 += pm10;
        let pm13: f64 = match (x.len() as usize * 2 + 1) {
            0 => (f64::max(0.25_f64, v1)),
            1 | 2 => (c),
            4..=9 => (pm10 % (v1.atan2(pm10 * pm10 + 0.5) * v1.atan2(pm10 * pm10 + 0.5) + 0.5)),
            10.. => (f64::max(0.25_f64, v1)) * (c),
            pn14 @ 1..=9 => {
                (pn14 as f64)
                    * (pm10 % (v1.atan2(pm10 * pm10 + 0.5) * v1.atan2(pm10 * pm10 + 0.5) + 0.5))
            }
        };
        v1 += pm13;
    }
    if (0.25 > (2.0 + x[1]) && 1.5 > v1) {
        for zw10 in x.windows(2) {
            let v15 = zw10[1] - zw10[0];
            if (v15 > v1 && std::f64::consts::FRAC_1_SQRT_2 < (x[0] + a)) {
                return 0.25;
            }
            let v16: f64 = ((v15 * v1) * (x[0] / (1.0 * 1.0 + 1.0)));
            let (v17, v18): (f64, f64) = (1.0, 1.0);
        }
    } else if ((f64::from(3u8) * 0.5) * x[0]) < x[1] {
        let po20: Option<f64> = if v1 >= f64::mul_add(2.0, b, a) {
            Some(
                (if 2.0 < 0.25 {
                    (f64::from(3u8) * 0.5)
                } else {
                    x[2]
                }) * 2.0,
            )
        } else {
            None
        };
        let mut pm19: f64 = (a.mul_add(x[1], 2.0));
        if let Some(t21) = po20
            && t21 > (x[0] - 0.25)
        {
            pm19 += t21 * t21;
        }
        v1 += pm19;
        if (f64::max(2.0_f64, x[1]) >= c.sin().exp_m1() && 0.25_f64.atan() < v1) {
        } else if x[(0..x.len())
            .max_by_key(|&zp11| (x[zp11] * 8.0) as i64)
            .unwrap()]
            <= (-0.75)
        {
            v1 -= (x
                .iter()
                .zip(&x)
                .map(|(zp14, zq15)| (*zp14) * (*zq15) * 0.5_f64.round())
                .sum::<f64>());
        } else {
        }
    } else {
        if !(v1 > a) {
            let mut arr22 = [0.0_f64; 3];
            arr22[0] = a;
        } else {
            v1 = (x.iter().cloned().map(|zv16| zv16 * x[0]).product::<f64>());
        }
        if x.iter().fold(x[1], |zacc18, &zv17| {
            zacc18 * 0.5 + zv17 * std::f64::consts::FRAC_1_SQRT_2
        }) >= 1.5_f64.abs()
        {
            let v23: f64 = x
                .iter()
                .map(|&zv19| zv19 * (zv19 * zv19 + 0.5).log10())
                .sum();
            let [t25, t26, t27] = x;
            let pm24: f64 = t25 * (x[0]);
            v1 += pm24;
        }
        for e28 in x {
            let (v29, v30): (f64, f64) = ((0.25 + 1.5), (0.25 + 1.5));
        }
    }
    for i31 in 0..=2 {
        let mut w32: Vec<f64> = rp01_h0(
            (x[2] / (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 1.0)),
            3,
        );
    }
    (a * a + 0.5).log10() + v1
}

static RP02_K0: f32 = 0.5_f32;
static RP02_K1: f32 = 1.0_f32;
static RP02_K2: [f32; 3] = [(-0.75_f32), 0.25_f32, (-0.75_f32)];
#[differentiate]
fn rp02_h0(y0: [f32; 3], n1: usize, y2: &[f32]) -> f32 {
    let v1: f32 = (1.0_f32 % (0.5_f32 * 0.5_f32 + 0.5_f32));
    let mut v2: f32 = 1.5_f32;
    for zw1 in y2.chunks(3) {
        let v3 = zw1[0] * (zw1.len() as f32);
        let v4 = RP02_K1;
        v2 *= (y2[..2]
            .iter()
            .rev()
            .take(2)
            .map(|&zv2| zv2 * v1)
            .sum::<f32>());
    }
    (RP02_K2[2] * RP02_K2[2] + 0.5_f32).powf((-0.75_f32).tanh()) + v1 + v2
}
#[differentiate]
fn rp02_h1(s0: f32, n1: usize, s2: f32) -> f32 {
    {}
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    (2.0_f32 - 1.5_f32)
}
#[differentiate]
fn rp02(a: f32, b: f32, c: f32, d: f32, x: &[f32; 4], p: &Params) -> f32 {
    let mut v1 = rp02_h0([RP02_K2[1], 0.5_f32, -1.0_f32], 2, &RP02_K2);
    for (i2, &e3) in RP02_K2.iter().enumerate() {
        let (v4, v5) = ((v1 + (i2 as f32)), (RP02_K2[i2] + c).trunc());
        for (zp1, zq2) in RP02_K2.iter().zip(&x[1..]) {}
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            v1 /= b.cos() * b.cos() + 1.0_f32;
            let pq9: [[f32; 2]; 2] = [
                [
                    (RP02_K2
                        .iter()
                        .zip(x)
                        .zip(x.iter())
                        .map(|((zp6, zq7), &zr8)| (*zp6) * (*zq7) * zr8 * (-1.25_f32))
                        .sum::<f32>()),
                    (c * (RP02_K2[0] / (b * b + 1.0_f32))),
                ],
                [
                    ((c + RP02_K2[0]) - RP02_K0),
                    (RP02_K2
                        .iter()
                        .zip(x)
                        .zip(x.iter())
                        .map(|((zp6, zq7), &zr8)| (*zp6) * (*zq7) * zr8 * (-1.25_f32))
                        .sum::<f32>()),
                ],
            ];
            let [t10, [_, t11]] = pq9;
            let pm8: f32 = t10[1] * t11 + (c * (RP02_K2[0] / (b * b + 1.0_f32)));
            v1 += pm8;
        }
    }
    let pm14: f32 = match (rp02_h0(RP02_K2, p.n, x)) {
        t15 if t15 <= 0.5_f32 => t15 * (rp02_h1(x[3], p.n, 3.0_f32)),
        t15 @ 0.5_f32..=1.5_f32 => t15 + (rp02_h1(0.25_f32, 3, RP02_K2[1])),
        t15 => f32::sin(t15),
    };
    for (i16, e17) in RP02_K2.iter().enumerate() {}
    RP02_K1.tanh().cosh() + v1 + pm14
}

impl Params {
    #[differentiate]
    fn rp03(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, m: [[f64; 2]; 2]) -> f64 {
        let mut v1 = (5.0_f64.sqrt() - 2.0);
        let mut v2 = a.fract();
        for i3 in 0..3 {
            v1 = 0.25;
            v2 += m[0][i3 % 2];
        }
        let mut v4 = f64::mul_add(v2, b, x[2]).min(m[1][1]);
        v4 += ((((0.1) as f32).sin() as f64) / ((-x[1]) * (-x[1]) + 1.0));
        (x[1] * self.w[1]) + v1 + v2 + v4
    }
}

#[differentiate]
fn rp04_h0(s0: f64, &[a, b]: &[f64; 2], s2: f64) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = a.asinh();
    out[1] = (3.0 - 2.0);
    out[2] = (a * 0.5).abs();
    out
}
#[differentiate]
fn rp04(a: f64, b: f64, x: [f64; 4], q: bool, p: &Params) -> f64 {
    let mut v1: f64 = (-1.25);
    let w2: Vec<f64> = rp04_h0(p.w[1], &[x[1], 0.75], (x[0] * x[0] + 0.5).sqrt());
    if (w2[0] + 2.0) <= w2[2] {
        let (v3, v4) = (b, std::f64::consts::FRAC_1_SQRT_2);
    } else if a <= a {
    } else {
    }
    v1 -= x[0];
    let v5 =
        ((if 0.25 <= v1 { x[1] } else { a }) * (if 0.25 <= v1 { x[1] } else { a }) + 1.0).powi(2);
    a.atan2(v5 * v5 + 0.5).cos() + v1 + v5 + w2[0] + w2[1] + w2[2]
}

const RP05_K0: f32 = 0.5_f32;
#[differentiate]
fn rp05_h1(y0: &[f32], y1: [f32; 3], y2: &[f32]) -> (f32, f32) {
    (
        y1.iter().copied().map(f32::tanh).product::<f32>(),
        (1.0_f32 - 1.0_f32),
    )
}
impl Params {
    #[differentiate]
    fn rp05_h0(&self, y0: &[f32]) -> Vec<f32> {
        if 2.0_f32 >= (-RP05_K0) {
            let mut arr1 = [0.0_f32; 3];
        }
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
        }
        for zw1 in y0.chunks(3) {
            let v4 = zw1[0] * (zw1.len() as f32);
        }
        let mut out = vec![0.0_f32; 3];
        out[0] = 1.0_f32;
        out[1] = (y0.iter().map(|zv2| (*zv2) * 2.0_f32).sum::<f32>());
        out[2] = (self.k as f32).to_radians();
        out
    }
}
#[differentiate(wrt(a, b, c, d, x))]
fn rp05(a: f32, b: f32, c: f32, d: f32, x: &[f32], p: &Params, o: Option<f32>) -> f32 {
    let mut v1 = (if (d >= 0.1_f32 || x[1] >= 0.1_f32) {
        x[1]
    } else {
        x[2]
    })
    .mul_add(a, x[1]);
    let mut v2 = (-d);
    if (d <= b || (5.0_f32.sqrt() - 2.0_f32) <= 2.0_f32) {}
    {
        {
            v1 -= (-c);
            v1 -= RP05_K0;
        }
    }
    let mut a: f32 = (b * (p.k as f32));
    {
        let mut arr3 = [0.0_f32; 3];
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            v2 /= (x.iter().map(|&zv1| zv1 * (i5 as f32)).sum::<f32>())
                * (x.iter().map(|&zv1| zv1 * (i5 as f32)).sum::<f32>())
                + 1.0_f32;
            arr3[i5] = (i5 as f32).clamp(-0.5_f32, 0.75_f32);
            let w6 = p.rp05_h0(&arr3);
        }
        for (i7, e8) in arr3.iter().enumerate() {}
    }
    for (zp2, zq3) in x.iter().zip(x.iter()) {}
    0.5_f32.cos() + v1 + v2 + a
}

const RP06_N: usize = 3;
static RP06_K0: f32 = 1.0_f32;
const RP06_K1: usize = 2;
const RP06_K2: usize = 1;
impl Params {
    #[differentiate(wrt(c, x))]
    fn rp06(&self, a: f32, b: f32, c: f32, x: &[f32; RP06_N]) -> f32 {
        let mut v1 = x[1].fract();
        let pq3: [[f32; 2]; 2] = [
            [
                ((RP06_K1 as f32) / ((self.n as f32) * (self.n as f32) + 1.0_f32)),
                (5.0_f32.sqrt() - 2.0_f32).mul_add(v1, a),
            ],
            [
                1.0_f32.hypot(c),
                ((RP06_K1 as f32) / ((self.n as f32) * (self.n as f32) + 1.0_f32)),
            ],
        ];
        let mut ps4: f32 = (1.0_f32.hypot(c));
        for (pi7, [t5, _]) in pq3.iter().enumerate() {
            ps4 += (*t5) * (pi7 as f32) + ((5.0_f32.sqrt() - 2.0_f32).mul_add((*t5), a));
        }
        ps4.sin().exp_m1() + v1 + ps4 + pq3[0][0] + pq3[0][1] + pq3[1][0] + pq3[1][1]
    }
}

#[differentiate]
fn rp07_h1(y0: [f64; 3], n1: usize) -> Vec<f64> {
    for i1 in 0..3 {
        let mut v2 = f64::max(0.25_f64, 1.0);
    }
    let mut out = vec![0.0; 3];
    out[0] = 1.5;
    out[1] = 1.0;
    out[2] = f64::sin(1.0_f64);
    out
}
impl Params {
    #[differentiate]
    fn rp07_h0(&self, &[a, b]: &[f64; 2], y1: [f64; 3]) -> [f64; 3] {
        [
            (a * a + 0.5).cbrt(),
            (a - y1[1]),
            ((y1[0] * y1[0] + 1.0).ln() * b),
        ]
    }
}
impl Params {
    #[differentiate]
    fn rp07(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1: f64 = 0.25;
        let mut arr2: [f64; 3] = [(self.n as f64), (c + (2.0_f64.powi(2) * 0.25)), x[1]];
        {
            let mut k3 = 0usize;
            while k3 < 3 {
                let i4 = k3;
                k3 += 1;
                v1 = (x
                    .windows(2)
                    .map(|zw1| zw1[0] * zw1[1] * 0.5 + f64::acos((self.k.cos() * 0.5)))
                    .sum::<f64>());
                let (v5, v6) = (
                    (arr2
                        .iter()
                        .zip(x[1..].iter())
                        .zip(arr2.iter())
                        .map(|((&zp2, &zq3), &zr4)| zp2 * zq3 * zr4 * (c / (zp2 * zp2 + 1.0)))
                        .sum::<f64>()),
                    (if (1.0 > 1.0 && (-1.25) < 0.25) {
                        x[2]
                    } else {
                        0.1
                    }),
                );
                v1 /= v5.atan() * v5.atan() + 1.0;
            }
            let mut k7 = 0usize;
            loop {
                if k7 >= 3 {
                    break;
                }
                let i8 = k7;
                k7 += 1;
                let v9: f64 = f64::cbrt((b * b + 0.5));
                let mut zf5 = |zt6: f64| {
                    v1 *= 0.5;
                    v1 += zt6 * ((i8 as f64) + (f64::from(3u8) * 0.5));
                };
                zf5(v9);
                zf5(v9 * 0.5);
                let (v10, v11) = ((i8 as f64), (i8 as f64));
                let zf7 = move |zt8: f64| zt8 * (0.25 - x[3]);
                v1 += 0.5;
                let v12 = zf7((if (self.n as f64).is_sign_negative() {
                    1.0
                } else {
                    x[i8]
                })) + zf7((if v9 >= (-1.25) { c } else { (self.n as f64) }));
            }
        }
        arr2[0] + v1 + arr2[0] + arr2[1] + arr2[2]
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Rp08Act {
    Relu,
    Leaky(f32),
    Softplus { beta: f32 },
}
const RP08_K0: f32 = (-0.75_f32);
#[differentiate]
fn rp08_h0(s0: f32, n1: usize, s2: f32) -> (f32, f32) {
    if 0.5_f32 <= ((f32::from(3u8) * 0.5_f32) * 1.5_f32) {
    } else if true {
        let mut v1: f32 = (-2.0_f32);
    } else {
    }
    if (s2).is_sign_negative() {}
    ((2.0_f32 * 2.0_f32 + 0.5_f32).powf(s0.tanh()), (-1.5_f32))
}
mod rp08_m {
    use super::*;

    #[differentiate]
    pub fn rp08_h1(&[a, b]: &[f32; 2], y1: [f32; 3], s2: f32) -> Vec<f32> {
        let mut arr1 = [0.0_f32; 3];
        arr1[0] -= (1.5_f32 + 0.25_f32);
        let mut arr2 = arr1;
        let mut out = vec![0.0_f32; 3];
        out[0] =
            ((-1.25_f32) + 1.5_f32) + arr1[0] + arr1[1] + arr1[2] + arr2[0] + arr2[1] + arr2[2];
        out[1] = RP08_K0.mul_add(b, b.mul_add(0.1_f32, (2.0_f32.powi(2) * 0.25_f32)));
        out[2] = (arr1[0].sin() * 0.5_f32).atanh();
        out
    }
}
#[differentiate(wrt(a, c))]
fn rp08(a: f32, b: f32, c: f32, x: &[f32], p: &Params) -> f32 {
    let mut v1 = (p.w[1] as f32);
    {
        for &zv1 in x.iter().rev().take(2) {
            let pk3 = Rp08Act::Leaky(3.0_f32);
            let mut pm2: f32 = (-(-0.75_f32));
            if let Rp08Act::Leaky(slope) = pk3 {
                pm2 *= slope;
            } else if let Rp08Act::Softplus { beta } = pk3 {
                pm2 = f32::ln_1p(f32::exp(beta * pm2)) / beta;
            }
            v1 += pm2;
            if !(x[x
                .iter()
                .enumerate()
                .max_by(|(_, zp3), (_, zq4)| zp3.total_cmp(zq4))
                .map(|(zv5, _)| zv5)
                .unwrap()]
                <= x[0])
            {
                continue;
            }
            let mut pb5 = None;
            for &t6 in x.iter() {
                if t6 > (RP08_K0.floor().max(f32::atan2(x[1], zv1 * zv1 + 0.5_f32))) {
                    pb5 = Some(t6 * (2.0_f32 * pm2));
                }
            }
            let pm4: f32 = match pb5 {
                Some(t6) => t6 + (if b > a { x[2] } else { x[2] }),
                None => (if b > a { x[2] } else { x[2] }),
            };
            v1 += pm4;
        }
    }
    {}
    #[checkpoint(every = 2)]
    for i7 in 0..3 {
        let (v8, v9) = ((b + 1.5_f32), (2.0_f32 * 0.5_f32));
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            if (p.w[i7] as f32) >= (p.n as f32) {
                continue;
            }
            v1 = RP08_K0;
        }
    }
    (a % (x[1] * x[1] + 0.5_f32)) + v1
}

const RP09_K0: f64 = (-1.25);
mod rp09_m {
    use super::*;

    #[differentiate]
    pub fn rp09_h0(s0: f64) -> [f64; 3] {
        [
            (2.0 / (0.5 * 0.5 + 1.0)),
            RP09_K0.min(2.0),
            (s0 * s0).ln_1p(),
        ]
    }
}
#[differentiate(wrt(a))]
fn rp09(a: f64, b: f64, x: [f64; 4], p: &Params, o: Option<f64>) -> f64 {
    let mut v1 = RP09_K0;
    let mut a = a;
    RP09_K0.mul_add(x[1], (-0.75)) + v1 + a
}

const RP10_K0: usize = 2;
static RP10_K1: [f64; 3] = [2.0, 0.5, (-1.25)];
static RP10_K2: f64 = 2.0;
const RP10_K3: i32 = 3;
#[differentiate]
fn rp10_h0(y0: &[f64], n1: usize) -> f64 {
    for zw1 in y0.windows(2) {
        let v1 = zw1[1] - zw1[0];
    }
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
    }
    y0[1]
}
#[differentiate]
fn rp10(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (if !(d <= 3.0) { b } else { (-0.75) });
    if x.iter().fold(3.0, |zacc2, &zv1| zacc2 * 0.5 + zv1 * a) > (1.5 + x[3]) {
        #[checkpoint]
        for i2 in 0..3 {}
    } else {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            v1 *= f64::hypot(x[3], (f64::from(3u8) * 0.5)).max(RP10_K2);
            v1 = 1.5;
            let mut v5: f64 = 1.5;
        }
        for i6 in 0..3 {
            let (t8, _, mut t9): (f64, f64, f64) = (
                (((i6 * 2 + 1) as f64) + x[i6]),
                (RP10_K1
                    .iter()
                    .zip(&RP10_K1)
                    .map(|(zp3, zq4)| (*zp3) * (*zq4) * (*zp3))
                    .sum::<f64>()),
                (rp10_h0(&RP10_K1, 2)),
            );
            t9 += t8;
            v1 += t8;
        }
        v1 /= (RP10_K1[1] + (a * x[1])) * (RP10_K1[1] + (a * x[1])) + 1.0;
    }
    for (zp5, zq6) in x.iter().zip(RP10_K1.iter()) {
        let v10: f64 = (1.5 + (2.0 / (1.5 * 1.5 + 1.0)));
        let mut arr11 = [0.0_f64; 3];
    }
    for i12 in 0..3 {
        v1 /= rp10_h0(&RP10_K1, RP10_K0) * rp10_h0(&RP10_K1, RP10_K0) + 1.0;
    }
    for zv7 in RP10_K1.iter().copied().step_by(2) {}
    2.0_f64.atan2(d * d + 0.5) + v1
}

static RP11_K0: i32 = 2;
#[differentiate]
fn rp11(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (RP11_K0 as f64).mul_add(f64::hypot(1.5_f64, 0.1), (-0.75));
    let mut v2: f64 = 1.5;
    let (v3, v4) = (
        (x.windows(3)
            .map(|zw1| zw1.iter().sum::<f64>() * 0.5 + 0.1)
            .sum::<f64>())
        .mul_add(
            (v2 + v1),
            (if (v2 < x[1] || b > v2) {
                x[0]
            } else {
                (5.0_f64.sqrt() - 2.0)
            }),
        ),
        (x.windows(3)
            .map(|zw2| zw2.iter().sum::<f64>() * 0.5 + 0.1)
            .sum::<f64>())
        .mul_add(
            (v2 + v1),
            (if (v2 < x[1] || b > v2) {
                x[0]
            } else {
                (5.0_f64.sqrt() - 2.0)
            }),
        ),
    );
    x.iter().copied().reduce(f64::min).unwrap_or((1.5 + v2)) + v1 + v2 + v3 + v4
}

static RP12_K0: [f64; 3] = [1.0, 3.0, 2.0];
static RP12_K1: f64 = 1.5;
const RP12_K2: [f64; 3] = [0.25, 3.0, (-1.25)];
#[differentiate]
fn rp12_h0(y0: &[f64]) -> f64 {
    let v1 = (y0
        .iter()
        .filter(|&&zv2| zv2 >= RP12_K0[1])
        .map(|&zv1| zv1 * 1.0)
        .sum::<f64>());
    let mut pb3 = None;
    for &t4 in RP12_K2.iter() {
        if t4 > (v1 + std::f64::consts::FRAC_1_SQRT_2) {
            pb3 = Some(t4 * ((1.5 / (RP12_K2[1] * RP12_K2[1] + 1.0)) + (-0.1)));
        }
    }
    let pm2: f64 = match pb3 {
        Some(t4) => t4 + (if v1 < RP12_K2[1] { v1 } else { v1 }),
        None => (if v1 < RP12_K2[1] { v1 } else { v1 }),
    };
    let mut v5 = RP12_K2[1];
    (if RP12_K0.iter().all(|&zv3| v1 <= RP12_K1) {
        v1
    } else {
        v1
    }) + v1
        + pm2
        + v5
}
#[differentiate]
fn rp12_h1(y0: &[f64], y1: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = 3.0_f64.mul_add(1.0, 1.5);
    out[1] = (1.5 * RP12_K0[1]).powi(3);
    out[2] = (2.0_f64 * 2.0_f64 + 0.5).powf(1.0_f64.tanh());
    out
}
#[differentiate(wrt(a, b, x))]
fn rp12(a: f64, b: f64, x: [f64; 4], q: bool, p: &Params) -> f64 {
    let mut v1 = (a.sin() * 0.5).atanh();
    let mut v2 = RP12_K2[1];
    let mut pb4 = None;
    for &t5 in x.iter() {
        if t5 > (1.0 + RP12_K2[0]) {
            pb4 = Some(t5 * ((RP12_K0[2] * RP12_K0[2] + 1.5).log(0.5 * 0.5 + 2.0)));
        }
    }
    let pm3: f64 = match pb4 {
        Some(t5) => t5 + (RP12_K2[1].mul_add(b.atan2(0.1 * 0.1 + 0.5), RP12_K0[0])),
        None => (RP12_K2[1].mul_add(b.atan2(0.1 * 0.1 + 0.5), RP12_K0[0])),
    };
    let (v6, v7) = ((v2 - RP12_K0[0]), (v2 - RP12_K0[0]));
    for i8 in 0..p.n {
        let mut k9 = 0usize;
        while k9 < 3 {
            let i10 = k9;
            k9 += 1;
            let mut arr11 = [[0.0_f64; 3]; 3];
        }
        for (i12, e13) in RP12_K0.iter().enumerate() {}
        if pm3 >= RP12_K2[i8] {}
    }
    let mut k14 = 0usize;
    while k14 < 3 {
        let i15 = k14;
        k14 += 1;
    }
    a.clamp(-0.5, 0.75) + v1 + v2 + pm3 + v6 + v7
}

static RP13_K0: f64 = 0.25;
static RP13_K1: i32 = -1;
const RP13_K2: f64 = 0.1;
static RP13_K3: usize = 1;
#[differentiate]
fn rp13(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = a.hypot(1.5);
    let mut v2: f64 = 1.5;
    for (zp1, zq2) in x.iter().zip(&x[1..]) {
        let po4 = if ((*zp1) * (*zp1) + 1.0).powi(-2) <= (-RP13_K0) {
            Some((f64::mul_add(1.0, RP13_K0, 3.0)) * 2.0)
        } else {
            None
        };
        let pm3: f64 = if po4.is_some() {
            po4.unwrap() + ((*zp1) / (a * a + 1.0))
        } else {
            (((*zp1).sin() * 0.5).asin())
        };
        v2 += pm3;
    }
    for i6 in 0..3 {}
    for zw3 in x.windows(2) {
        let v7 = zw3[1] - zw3[0];
    }
    x[x.iter().position(|&zv6| 1.5 >= v1).unwrap_or(0)] + v1 + v2
}

static RP14_K0: f64 = 0.25;
#[differentiate]
fn rp14_h1(s0: f64, n1: usize, s2: f64) -> Vec<f64> {
    if s2 >= (2.0 / (s2 * s2 + 1.0)) {}
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    let mut out = vec![0.0; 3];
    out[0] = 0.5_f64.asinh();
    out[1] = (0.25_f64 * 0.25_f64 + 1.5).acosh();
    out[2] = (0.5 * 0.5);
    out
}
mod rp14_m {
    use super::*;

    #[differentiate]
    pub fn rp14_h0(s0: f64, s1: f64, y2: [f64; 3]) -> [f64; 3] {
        if y2[0] <= RP14_K0 {
            let mut v1 = s1.sin().exp();
            let v2: f64 = y2.iter().map(|&zv1| zv1 * RP14_K0).sum();
        }
        let mut v3 = ((f64::from(3u8) * 0.5) - s1);
        if 1.5 <= 2.0_f64.hypot(0.5) {
        } else {
            let mut arr4: [f64; 3] = [
                y2[1],
                (y2[1] * y2[1] + 1.5)
                    .log(RP14_K0 * RP14_K0 + 2.0)
                    .mul_add(1.5, v3),
                (s0 * s0 + 1.5).acosh(),
            ];
        }
        [
            s1 + v3,
            (((s0) as f32).sin() as f64),
            (RP14_K0 / (v3.tanh() * v3.tanh() + 1.0)),
        ]
    }
}
#[differentiate]
fn rp14(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = c.min(2.0);
    for i3 in 0..3 {
        if (RP14_K0 < f64::max(c, 3.0) && (-a) > 2.0) {
            v2 += (x.iter().take(2).map(|&zv1| zv1 * zv1).sum::<f64>());
            if (if true { 1.0 } else { v2 }) > a {
                break;
            }
        }
        let mut v4: f64 = (x[0] * x[0] + 0.5).cbrt();
    }
    for i5 in 0..3 {
        for e6 in x.iter() {
            v1 = a.cos();
            let mut arr7 = [0.0_f64; 3];
        }
    }
    let v8 = (v2 * v2 + 0.5).powf(x[3].tanh());
    let zf2 =
        |zt3: f64| -> f64 { zt3 * (if (RP14_K0 < b || x[1] > x[2]) { c } else { 2.0 }).min(v2) };
    let v9 = zf2(((x.iter().take(2).map(|&zv4| zv4 * a).sum::<f64>()) - b))
        + zf2((x[0] / (c * c + 1.0)));
    for zv5 in x.iter().copied().step_by(2) {
        let (v10, v11) = (
            (RP14_K0 - zv5),
            (if !(zv5 >= b) { c.round() } else { x[1] }),
        );
        v1 = RP14_K0;
        let v12 = (x.iter().map(|zv6| (*zv6) * 1.5).sum::<f64>());
    }
    (v8 % (((1.5_f64 * 1.5_f64 + 0.5).sqrt() + RP14_K0)
        * ((1.5_f64 * 1.5_f64 + 0.5).sqrt() + RP14_K0)
        + 0.5))
        + v1
        + v2
        + v8
        + v9
}

const RP15_K0: f64 = (-1.25);
const RP15_K1: f64 = 0.1;
const RP15_K2: usize = 2;
const RP15_K3: f64 = 3.0;
#[differentiate]
fn rp15_h0(y0: [f64; 3], y1: &[f64]) -> f64 {
    for zw1 in y1.chunks(3) {
        let v1 = zw1[0] * (zw1.len() as f64);
        let mut pm2: f64 = (0.25);
        match (RP15_K2 as usize * 2 + 2) {
            0 => pm2 += (v1 + y0[1]),
            1 | 2 => pm2 *= (if v1 <= 0.5 { y0[0] } else { 2.0 }),
            4..=9 => {}
            pn3 => pm2 -= (pn3 as f64) * (v1 + y0[1]),
        }
        let mut arr4 = [0.0_f64; 3];
    }
    (-f64::round(y1[1]))
}
#[differentiate]
fn rp15_h1(y0: [f64; 3], &[a, b]: &[f64; 2], s2: f64) -> (f64, f64) {
    (
        y0[(0..y0.len())
            .max_by_key(|&zp1| (y0[zp1] * 8.0) as i64)
            .unwrap()],
        0.25,
    )
}
#[differentiate(wrt(b, x))]
fn rp15(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = ((x.len() as f64) + (-0.75));
    let mut v2 = (x
        .iter()
        .copied()
        .map(|zv1| zv1 * (x.len() as f64))
        .sum::<f64>());
    if (-x[1]) < x[1].hypot((5.0_f64.sqrt() - 2.0)) {
        let v3: f64 = ((((v2) as f32).sin() as f64) * 0.1);
        let mut zf2 = |zt3: f64| {
            v1 *= 0.5;
            v1 += zt3 * 1.5_f64.tanh();
        };
        zf2(v3);
        zf2(v3 * 0.5);
        v2 -= rp15_h0([x[2], 0.5, -1.0], x);
    } else {
    }
    if ((1.5_f64 * 1.5_f64 + 0.5).cbrt() <= d || c > (if true { RP15_K0 } else { v2 })) {
        for i4 in 0..RP15_K2 {
            let (u5, u6) = rp15_h1(
                [f64::cos((-0.75_f64)), 0.5, -1.0],
                &[
                    ((if (i4 as f64) >= c { c } else { 2.0 })
                        * (if (i4 as f64) >= c { c } else { 2.0 })
                        + 1.5)
                        .acosh(),
                    0.75,
                ],
                c,
            );
            let zf4 = |zt5: &f64| {
                (*zt5) * 1.5_f64.atan2(x[0].mul_add(RP15_K3, u6) * x[0].mul_add(RP15_K3, u6) + 0.5)
            };
            let v7 = x.iter().map(zf4).sum::<f64>();
        }
    }
    let mut d = (RP15_K2 as f64);
    let mut arr8: [f64; 3] = [0.0; 3];
    {
        for (i9, e10) in x.iter().enumerate() {}
        let mut k11 = 0usize;
        while k11 < 3 {
            let i12 = k11;
            k11 += 1;
            arr8[2] = (x[i12] * arr8[i12]);
            arr8[i12] += (c.sin() * 0.5).atanh();
        }
        v1 = (arr8
            .iter()
            .zip(x[1..].iter())
            .zip(x.iter())
            .map(|((&zp6, &zq7), &zr8)| zp6 * zq7 * zr8 * zr8)
            .sum::<f64>());
    }
    1.5_f64.atan() + v1 + v2 + d + arr8[0] + arr8[1] + arr8[2]
}

const RP16_N: usize = 3;
#[differentiate]
fn rp16(a: f32, b: f32, c: f32, x: &[f32; RP16_N]) -> f32 {
    let mut v1 = f32::atan2(1.5_f32, 1.5_f32 * 1.5_f32 + 0.5_f32);
    for i2 in 0..x.len() {
        for i3 in 0..x.len() {
            let po5 = if !(f32::mul_add(1.5_f32, x[1], ((i3 * 2 + 1) as f32)) >= x[i3]) {
                Some((b.sin().exp_m1()) * 2.0_f32)
            } else {
                None
            };
            let mut pm4: f32 = (x[i2] / (v1 * v1 + 1.0_f32));
            if let Some(t6) = po5 {
                pm4 += t6 * (0.25_f32.fract());
            }
            v1 += pm4;
            pm4 *= (2.0_f32 / (1.5_f32 * 1.5_f32 + 1.0_f32));
        }
        if 0.25_f32.sin().exp() <= 1.5_f32 {
            if (-c) <= a {
                continue;
            }
            let mut arr7 = [0.0_f32; 3];
            v1 = a.cos();
        }
        v1 -= 0.25_f32;
    }
    let (v8, v9) = ((2.0_f32.powi(2) * 0.25_f32).tanh().to_degrees(), (b - x[2]));
    let mut v10 = x[0];
    v1 *= (b * x[1]);
    v10 /= (if 3.0_f32 > v1 { b } else { x[1] }) * (if 3.0_f32 > v1 { b } else { x[1] }) + 1.0_f32;
    (if x.iter().all(|&zv1| (v1 >= a && 1.5_f32 >= v8)) {
        (2.0_f32 * 0.5_f32)
    } else {
        1.5_f32
    }) + v1
        + v8
        + v9
        + v10
}

const RP17_K0: f64 = 1.0;
static RP17_K1: i32 = 1;
const RP17_K2: usize = 3;
#[differentiate]
fn rp17_h0(y0: [f64; 3]) -> [f64; 3] {
    let mut pm1: f64 = (y0[0] * 0.5);
    match (RP17_K2 as usize * 1 + 3) {
        0 => pm1 += ((f64::from(3u8) * 0.5) - y0[1]),
        1 | 2 => pm1 *= (0.5 + 1.5),
        4..=9 => {}
        pn2 => pm1 -= (pn2 as f64) * ((f64::from(3u8) * 0.5) - y0[1]),
    }
    [
        y0.iter()
            .copied()
            .filter(|&zv3| !(1.5 <= zv3))
            .min_by(f64::total_cmp)
            .unwrap_or((-1.25))
            + pm1,
        RP17_K0.sin().exp(),
        2.0_f64.mul_add(y0[0], y0[2]),
    ]
}
impl Params {
    #[differentiate]
    fn rp17(&self, a: f64, b: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = (x[1] * x[1] + 0.5).powf(1.5_f64.tanh());
        let mut v2 = ((-1.25) - x[1]);
        let v3: f64 = x
            .iter()
            .map(|&zv1| zv1 * (zv1.sin().sin() * 0.5).atanh())
            .product();
        ((v1 - v2) * v3) + v1 + v2 + v3
    }
}

static RP18_K0: f64 = 2.0;
static RP18_K1: [f64; 3] = [(-1.25), 0.5, 2.0];
#[differentiate]
fn rp18_h0(s0: f64) -> f64 {
    for i1 in (0..3).rev() {
        let mut v2 = RP18_K0;
    }
    let mut v3 = 2.0_f64.min((5.0_f64.sqrt() - 2.0));
    (3.0 - 2.0) + v3
}
#[differentiate]
fn rp18_h1(s0: f64, s1: f64, y2: [f64; 3]) -> [f64; 3] {
    [
        (RP18_K1[2].sin() * 0.5).atanh(),
        (RP18_K1[0].sin() * 0.5).atanh(),
        RP18_K1[1],
    ]
}
#[differentiate]
fn rp18(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (((RP18_K0) as f32).sin() as f64);
    let mut v2 = (RP18_K1[(0..RP18_K1.len())
        .min_by_key(|&zp1| (RP18_K1[zp1] * 8.0) as i64)
        .unwrap_or(0)]
        * RP18_K1[1]);
    v1 *= ((RP18_K1[0] * RP18_K1[0] + 0.5).powf(v2.tanh())
        * (RP18_K1[0] * RP18_K1[0] + 0.5).powf(v2.tanh())
        + 0.5)
        .sqrt();
    let zc6 = RP18_K1
        .iter()
        .map(|&zv4| {
            zv4 * (x
                .windows(2)
                .map(|zw5| zw5[0] * zw5[1] * 0.5 + b)
                .sum::<f64>())
        })
        .collect::<Vec<_>>();
    (1.5 % (a * a + 0.5)).mul_add((*x.iter().last().unwrap()), a)
        + v1
        + v2
        + zc6[0]
        + zc6[1]
        + zc6[2]
}

const RP19_K0: [f64; 3] = [2.0, (-1.25), 0.25];
static RP19_K1: [f64; 3] = [(-1.25), (-1.25), 3.0];
const RP19_K2: f64 = (-0.75);
#[differentiate]
fn rp19_h0(y0: &[f64], s1: f64) -> Vec<f64> {
    #[checkpoint(every = 1)]
    for e1 in RP19_K1 {
        if 2.0 <= 1.5 {
            continue;
        }
        let (v2, v3) = ((RP19_K1[1] + 1.0), (RP19_K1[1] + 1.0));
    }
    for (zp1, zq2) in y0.iter().zip(&y0[1..]) {}
    let mut v4 = ((RP19_K1[1] / (1.5 * 1.5 + 1.0)) + 1.5_f64.signum());
    let mut out = vec![0.0; 3];
    out[0] = ((-1.25_f64) * (-1.25_f64) + 1.0).powi(2) + v4;
    out[1] = (s1 - RP19_K0[1]);
    out[2] = (y0
        .iter()
        .copied()
        .rev()
        .enumerate()
        .map(|(zi4, zv3)| (zi4 as f64) * 0.5 + zv3 * RP19_K1[1])
        .sum::<f64>());
    out
}
#[differentiate]
fn rp19(a: f64, b: f64, x: [f64; 3], m: &[[f64; 2]; 2]) -> f64 {
    let mut v1 = RP19_K0[2];
    if ((-1.25) - 3.0) <= RP19_K0[1] {
        for i2 in 0..x.len() {
            let [t4, [_, t5]] = *m;
            let pm3: f64 = t4[1] * t5 + ((a * a + 1.0).recip());
            v1 += pm3;
            let zf3 = move |zt4: f64| zt4 * (a * a + 1.5).acosh();
            v1 += 0.5;
            let v8 = zf3((((RP19_K0[i2]) as f32).sin() as f64)) + zf3(t5.atan2(1.5 * 1.5 + 0.5));
        }
    }
    let v9 = (RP19_K1.iter().map(|&zv5| zv5 * a).sum::<f64>());
    if !(2.0 < (b - 1.0)) {
        for i10 in 0..3 {
            x.iter()
                .for_each(|&zv6| v1 += zv6 * (RP19_K1[2] * RP19_K1[2] + 0.5).sqrt());
            v1 /= x.iter().copied().reduce(f64::max).unwrap()
                * x.iter().copied().reduce(f64::max).unwrap()
                + 1.0;
            let w11 = rp19_h0(&RP19_K1, (((i10 + 1) % 3) as f64));
        }
        if 2.0
            <= RP19_K1
                .iter()
                .copied()
                .min_by(|zp7, zq8| zp7.partial_cmp(zq8).unwrap_or(std::cmp::Ordering::Equal))
                .expect("nonempty")
        {
        } else {
        }
    } else {
        for zw10 in RP19_K0.windows(2) {
            let v12 = zw10[1] - zw10[0];
            v1 *= (b * b + 1.5).acosh();
        }
        for zv11 in &RP19_K1 {
            v1 *= (if (0.1 > a && (*zv11) > m[1][1]) {
                (0.5 + RP19_K0[1])
            } else {
                (-0.75)
            });
        }
    }
    (RP19_K0[1] / ((RP19_K0[1] * b) * (RP19_K0[1] * b) + 1.0)) + v1 + v9
}

const RP20_K0: f32 = 0.5_f32;
const RP20_K1: i32 = 2;
#[differentiate]
fn rp20_h0([r, theta]: [f32; 2], s1: f32, y2: [f32; 3]) -> f32 {
    y2[0]
}
#[differentiate]
fn rp20(a: f32, b: f32, c: f32, x: &[f32; 4]) -> f32 {
    let mut v1 = (RP20_K1 as f32);
    for zw1 in x.chunks(3) {
        let v2 = zw1[0] * (zw1.len() as f32);
    }
    for i3 in 0..2 {
        let (v4, v5) = (RP20_K0, RP20_K0);
    }
    #[checkpoint(every = 2)]
    for i6 in 0..2 {
        v1 -= (v1 * c);
        for zv2 in x.iter().copied().step_by(2) {
            v1 = (f32::from(3u8) * 0.5_f32);
            v1 = ((RP20_K1 as f32) * ((-0.75_f32) / (c * c + 1.0_f32)));
        }
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
            v1 += (c * c + 0.5_f32).powf(b.tanh());
            let (v9, v10) = (
                f32::mul_add(RP20_K0, a, RP20_K0),
                rp20_h0(
                    [(-1.25_f32), 0.75_f32],
                    1.5_f32,
                    [RP20_K0, 0.5_f32, -1.0_f32],
                ),
            );
            let pm11: f32 = match (((((i6 + 1) % 3) as f32) * 1.0_f32).hypot(x[i8])) {
                t12 if t12 <= 0.5_f32 => t12 * (1.0_f32.hypot((-2.0_f32))),
                t12 @ 0.5_f32..=1.5_f32 => t12 + (3.0_f32),
                t12 => f32::sin(t12),
            };
            v1 += pm11;
        }
    }
    rp20_h0([c, 0.75_f32], 2.0_f32, [2.0_f32, 0.5_f32, -1.0_f32]).mul_add(b, RP20_K0) + v1
}

#[differentiate]
fn rp21(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = (b / (0.25 * 0.25 + 1.0));
    if true {
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
        }
    } else {
        v1 = 1.5_f64.ceil();
        let mut v4: f64 = 0.1;
        if (-1.5)
            >= (x
                .windows(2)
                .map(|zw1| zw1[0] * zw1[1] * 0.5 + v1)
                .sum::<f64>())
        {
            v4 = (v1 * v1 + 1.0).powi(-2);
            v1 -= ((0..=2)
                .map(|zi2| {
                    (zi2 as f64 + 1.0)
                        * (if (-1.25) >= d {
                            (5.0_f64.sqrt() - 2.0)
                        } else {
                            v1
                        })
                })
                .sum::<f64>())
            .fract();
        }
    }
    let (t6, ..): (f64, f64, f64) = (
        ((b * b + 1.0).recip()),
        (3.0 / (r.sin() * r.sin() + 1.0)),
        (c / (x[1] * x[1] + 1.0)),
    );
    x.iter().for_each(|&zv3| v1 += zv3 * c.sin());
    (x.iter().map(|zv4| (*zv4) * c).sum::<f64>()) + v1 + t6
}

const RP22_K0: f64 = 1.0;
const RP22_K1: f64 = 2.0;
impl Params {
    #[differentiate]
    fn rp22_h0(&self, s0: f64) -> [f64; 3] {
        for i1 in 0..3 {}
        [
            s0,
            (RP22_K1 - 2.0).mul_add(0.5, 0.5),
            (if (2.0_f64).is_sign_negative() {
                2.0
            } else {
                s0
            }),
        ]
    }
}
#[differentiate(wrt(a, b, x))]
fn rp22(a: f64, b: f64, c: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1: f64 = 2.0;
    let mut v2: f64 = ((-1.25) * 1.5);
    let po4 = if (RP22_K0 / (v2 * v2 + 1.0_f64)).is_sign_negative() {
        Some((if !(x[1] <= a) { p.k } else { 2.0 }) * 2.0)
    } else {
        None
    };
    let pm3: f64 = if matches!(po4, Some(_)) {
        (f64::cbrt((x[2] * x[2] + 0.5)))
    } else {
        (x.windows(3)
            .map(|zw1| zw1.iter().sum::<f64>() * 0.5 + 2.0)
            .sum::<f64>())
    };
    (x.iter()
        .zip(x[1..].iter())
        .map(|(&zp2, &zq3)| zp2 * zq3 * v2)
        .sum::<f64>())
        + v1
        + v2
        + pm3
}

const RP23_K0: i32 = 0;
const RP23_K1: usize = 2;
#[differentiate]
fn rp23(a: f64, b: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (x
        .iter()
        .copied()
        .filter(|&zv2| true)
        .fold(1.0, |zacc, zv1| zacc * 0.5 + zv1 * 2.0));
    let mut v2 = (RP23_K0 as f64);
    if (x[0] % (v2 * v2 + 0.5_f64)).is_sign_negative() {
        if !((RP23_K0 as f64) < b) {
            v2 = x[0];
        } else {
        }
    } else if (x[1]).is_sign_negative() {
        if (0.25 > (x[1] * x[1] + 0.5).cbrt() || 2.0_f64.sin() >= (RP23_K1 as f64)) {
            let mut arr3: [f64; 3] = [
                (x.iter().cloned().map(|zv3| zv3 * (-1.25)).sum::<f64>()),
                v2,
                (if 1.5 > x[2] { b } else { a }),
            ];
            let mut arr4 = [[0.0_f64; 3]; 3];
        }
        let (v5, v6) = ((x[1].asinh() - x[1]), (((2.0) as f32).sin() as f64));
    } else {
        let mut arr7 = [0.0_f64; 3];
    }
    (v2 + 2.0) + v1 + v2
}

const RP24_N: usize = 3;
const RP24_K0: usize = 2;
const RP24_K1: [f64; 3] = [1.5, 1.0, 1.5];
static RP24_K2: [f64; 3] = [1.5, 0.1, 2.0];
static RP24_K3: usize = 3;
#[differentiate]
fn rp24(a: f64, b: f64, x: [f64; RP24_N]) -> f64 {
    let mut v1 = (x.iter().map(|zv1| (*zv1) * x[1]).product::<f64>());
    let mut pm2: f64 = (f64::atan2(
        RP24_K1[1],
        f64::atanh((b.sin() * 0.5)) * f64::atanh((b.sin() * 0.5)) + 0.5,
    ));
    match (RP24_K3 as usize * 5 + 3) {
        0 => pm2 += (((2.0_f64.powi(2) * 0.25) as f32).sin() as f64),
        1 | 2 => {
            pm2 *= (RP24_K1
                .iter()
                .skip(1)
                .map(|&zv2| zv2 * (2.0 - RP24_K1[2]))
                .product::<f64>())
        }
        4..=9 => {}
        pn3 => pm2 -= (pn3 as f64) * (((2.0_f64.powi(2) * 0.25) as f32).sin() as f64),
    }
    (v1.cos() * 0.5).acos() + v1 + pm2
}

#[differentiate(wrt(a, b, c, d, x))]
fn rp25(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4], o: Option<f64>) -> f64 {
    let mut v1: f64 = 0.25;
    let zc2 = x
        .iter()
        .map(|&zv1| zv1 * (-(x.len() as f64)))
        .collect::<Vec<_>>();
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        v1 = (if 2.0 < (((i3 + 1) % 3) as f64) {
            x[i3]
        } else {
            (i3 as f64)
        });
    }
    a + v1 + zc2[0] + zc2[1] + zc2[2] + zc2[3]
}

const RP26_K0: usize = 3;
const RP26_K1: f64 = 0.25;
static RP26_K2: f64 = (-1.25);
static RP26_K3: f64 = 1.5;
#[differentiate]
fn rp26_h0(s0: f64) -> (f64, f64) {
    let mut v1 = s0;
    (0.5 + v1, s0.cos().exp2())
}
impl Params {
    #[differentiate]
    fn rp26(&self, a: f64, b: f64, x: [f64; 4], [r, theta]: [f64; 2]) -> f64 {
        let mut v1 = (5.0_f64.sqrt() - 2.0);
        let mut v2 = x.iter().fold(x[0], |zacc2, &zv1| zacc2 * 0.5 + zv1 * 2.0);
        a.sin().exp_m1() + v1 + v2
    }
}

static RP27_K0: f32 = 3.0_f32;
const RP27_K1: f32 = 1.5_f32;
#[differentiate]
fn rp27_h1(s0: f32) -> f32 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    if (0.5_f32 * 0.5_f32 + 0.5_f32).powf(0.5_f32.tanh()) > RP27_K1 {
        return f32::asinh(s0);
    }
    ((5.0_f32.sqrt() - 2.0_f32) + s0)
}
impl Params {
    #[differentiate]
    fn rp27_h0(&self, s0: f32, s1: f32) -> Vec<f32> {
        let pq2: [f32; 3] = [
            (f32::signum(2.0_f32)),
            (self.w[0] as f32),
            (RP27_K1 - 3.0_f32),
        ];
        let [t3, t4, t5] = pq2;
        let pm1: f32 = t3 * (f32::signum(2.0_f32));
        let mut pm1: f32 = 2.0_f32;
        let mut out = vec![0.0_f32; 3];
        out[0] = (self.n as f32).mul_add(t5, 1.5_f32)
            + t3
            + t4
            + t5
            + pm1
            + pm1
            + pq2[0]
            + pq2[1]
            + pq2[2];
        out[1] = t5;
        out[2] = t5.mul_add((-RP27_K1), s0);
        out
    }
}
#[differentiate(wrt(b, x))]
fn rp27(a: f32, b: f32, c: f32, d: f32, x: &Vec<f32>, q: bool, p: &Params, o: Option<f32>) -> f32 {
    let mut v1 = (2.0_f32 - (p.n as f32));
    {
        for &zv1 in x.iter().filter(|&&zv2| zv2 > 0.25_f32) {}
        let (v2, v3) = (x[1].min(d), x[1].min(d));
    }
    v1 -= x[2].floor();
    v1 = ((x[2].cos() * 0.5_f32).acos() / (c * c + 1.0_f32));
    rp27_h1(rp27_h1(x[1])) + v1
}

const RP28_K0: i32 = -2;
mod rp28_m {
    use super::*;

    #[differentiate]
    pub fn rp28_h0(y0: &[f64], s1: f64) -> (f64, f64) {
        for &e1 in y0.iter() {}
        (
            (-(1.5_f64 * 1.5_f64 + 1.0).recip()),
            (y0.iter()
                .copied()
                .rev()
                .map(|zv1| zv1 * (RP28_K0 as f64))
                .sum::<f64>()),
        )
    }
}
#[differentiate(wrt(a, d, x))]
fn rp28(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1: f64 = (if d >= a { (-0.75) } else { 1.5 });
    x.iter()
        .for_each(|&zv1| v1 += zv1 * (x[..2].iter().map(|&zv2| zv2 * x[1]).sum::<f64>()));
    let (u2, u3) = rp28_m::rp28_h0(x, (c.cos() * 0.5).acos());
    ((x[1] * x[1] + 0.5).sqrt() * (RP28_K0 as f64)) + v1 + u2 + u3
}

const RP29_N: usize = 3;
const RP29_K0: f64 = 0.1;
const RP29_K1: f64 = 1.5;
const RP29_K2: i32 = -2;
static RP29_K3: f64 = 2.0;
#[differentiate]
fn rp29_h0(y0: &[f64], s1: f64) -> (f64, f64) {
    let mut pb2 = None;
    for &t3 in y0.iter() {
        if t3 > (y0[2].mul_add(s1, s1) - y0[1]) {
            pb2 = Some(t3 * (s1 + s1));
        }
    }
    let pm1: f64 = match pb2 {
        Some(t3) => t3 + (-y0[1]),
        None => (-y0[1]),
    };
    (
        (y0.iter().filter(|&&zv2| RP29_K1 <= 0.25).count() as f64) + pm1,
        (if pm1 <= s1 { s1 } else { s1 }),
    )
}
mod rp29_m {
    use super::*;

    #[differentiate]
    pub fn rp29_h1(y0: [f64; 3]) -> (f64, f64) {
        let pm1: f64 = match (1.0 * y0[0]) {
            t2 if t2 <= 0.5 => t2 * (f64::cos(y0[0])),
            t2 @ 0.5..=1.5 => t2 + (1.0 * y0[1]),
            t2 => f64::sin(t2),
        };
        {
            let mut v3 = 1.5_f64.hypot((3.0 - 2.0));
            let zf1 = |zt2: f64| {
                zt2 * (if RP29_K1 > y0[2] {
                    (v3.sin() * 0.5).atanh()
                } else {
                    v3
                })
            };
            let v4 = zf1(1.5_f64.mul_add(y0[1], (-1.25_f64).atan2(pm1 * pm1 + 0.5))) + zf1((-pm1));
        }
        let (v5, v6) = ((((1.5) as f32).sin() as f64), (pm1 - y0[0]));
        (v6 + pm1 + v5 + v6, (v5 * f64::asinh((-0.75_f64))))
    }
}
#[differentiate]
fn rp29(a: f64, b: f64, x: [f64; RP29_N], q: bool) -> f64 {
    let mut v1 = x[1].tanh().cosh();
    let v2 = x[(0..x.len())
        .max_by_key(|&zp1| (x[zp1] * 8.0) as i64)
        .unwrap()];
    for &zv4 in x.iter().rev().take(2) {
        {}
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
    }
    for e5 in x {
        v1 -= (1.5 - x[0]);
        v1 -= x[0].cos().exp2();
        #[checkpoint(every = 2)]
        for i6 in 0..3 {
            let v7: f64 = x.iter().map(|&zv5| zv5 * v2.clamp(-0.5, 0.75)).product();
            let mut arr8 = [0.0_f64; 3];
        }
    }
    f64::atan(v1) + v1 + v2
}

#[derive(Clone, Copy, Debug)]
pub enum Rp30Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP30_N: usize = 4;
const RP30_K0: [f64; 3] = [1.5, (-0.75), 0.5];
static RP30_K1: f64 = (-1.25);
#[differentiate]
fn rp30_h0(y0: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = (RP30_K0[1].mul_add(y0[1], 1.0) / (1.0 * 1.0 + 1.0));
    out[1] = (((y0[2]) as f32).sin() as f64);
    out[2] = 1.5_f64.sin();
    out
}
#[differentiate]
fn rp30(a: f64, b: f64, c: f64, d: f64, x: [f64; RP30_N], &[r, theta]: &[f64; 2]) -> f64 {
    let mut v1 = RP30_K1;
    let mut v2 = theta.abs();
    let v3: f64 = (1.5 - x[1]);
    if RP30_K1 < x[1] {}
    let v4: f64 = x
        .iter()
        .map(|&zv1| {
            zv1 * ((5.0_f64.sqrt() - 2.0)
                - (RP30_K0
                    .chunks_exact(2)
                    .map(|zw2| (zw2[0] - zw2[1]) * 0.5 + x[1])
                    .sum::<f64>()))
        })
        .sum();
    let zf3 = |zt4: f64| -> f64 { zt4 * (zt4 - d) };
    let v5 = zf3((0.5 * (0.1 + v4))) + zf3(a);
    for i6 in 0..3 {
        v2 -= (v2 * v2 + 0.5).powf((((i6 + 1) % 3) as f64).tanh());
        let pk8 = Rp30Act::Relu;
        let mut pm7: f64 = (c.asinh());
        if let Rp30Act::Leaky(slope) = pk8 {
            pm7 *= slope;
        } else if let Rp30Act::Softplus { beta } = pk8 {
            pm7 = f64::ln_1p(f64::exp(beta * pm7)) / beta;
        }
        v2 += pm7;
        v2 = 1.0;
    }
    theta + v1 + v2 + v3 + v4 + v5
}

static RP31_K0: f64 = 1.5;
const RP31_K1: f64 = (-1.25);
static RP31_K2: i32 = 0;
#[differentiate]
fn rp31_h1(y0: [f64; 3], s1: f64) -> [f64; 3] {
    for i1 in 0..3 {}
    for (zp1, zq2) in y0.iter().zip(&y0[1..]) {}
    [
        (y0.chunks_exact(2)
            .map(|zw3| (zw3[0] - zw3[1]) * 0.5 + y0[1])
            .sum::<f64>()),
        0.1,
        (3.0_f64.atan2(y0[1] * y0[1] + 0.5) - (RP31_K0 / (y0[1] * y0[1] + 1.0))),
    ]
}
mod rp31_m {
    use super::*;

    #[differentiate]
    pub fn rp31_h0(s0: f64, n1: usize) -> [f64; 3] {
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
        }
        {}
        [
            (2.0 + (RP31_K2 as f64)),
            2.0_f64.powi(3),
            (s0 - f64::abs(0.5_f64)),
        ]
    }
}
impl Params {
    #[differentiate(wrt(b, c, x))]
    fn rp31(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64; 3], o: Option<f64>) -> f64 {
        let mut v1 = RP31_K0;
        let mut v2: f64 = (-3.0);
        v1 = ((2.0_f64.powi(2) * 0.25) - v1);
        for (zp1, zq2) in x.iter().zip(x.iter()) {
            for zw3 in x.windows(2) {
                let v3 = zw3[1] - zw3[0];
            }
            for i4 in 0..self.n {
                let v5: f64 = x
                    .iter()
                    .map(|&zv4| zv4 * b.mul_add(self.w[2], self.k))
                    .sum();
                let mut arr6: Vec<f64> = vec![0.0; 3];
            }
            let mut w7: [f64; 3] = rp31_m::rp31_h0((x[1] - v1), 2);
        }
        let zf5 = |zt6: f64| zt6 * ((0.5 - (x[0] - v2)) * self.k);
        let v8 = zf5((-0.75_f64).atan2(b * b + 0.5)) + zf5(RP31_K0.cos().exp2());
        let mut arr9: [f64; 3] = [(0.1 + 2.0), f64::acosh((x[1] * x[1] + 1.5)), a];
        if (f64::ln_1p((0.25_f64 * 0.25_f64)) >= (d * x[1]) || v2.min(v8) > 1.5) {
            for i10 in 0..x.len() {}
            for e11 in arr9.iter() {}
        } else if ((0..3).map(|zi7| (zi7 as f64 + 1.0) * a).sum::<f64>()).is_sign_negative() {
            let mut k12 = 0usize;
            while k12 < 3 {
                let i13 = k12;
                k12 += 1;
                let pm14: f64 = if matches!(o, Some(t15) if t15 > 0.5) {
                    o.unwrap() * ((self.n as f64) - (i13 as f64))
                } else {
                    (arr9.into_iter().map(|zv9| zv9 * zv9).sum::<f64>())
                };
                v1 += pm14;
                v1 += (((if !((self.n as f64) <= c) {
                    arr9[i13]
                } else {
                    v1
                }) as f32)
                    .sin() as f64);
            }
            for zw10 in arr9.windows(2) {
                let v16 = zw10[1] - zw10[0];
            }
        } else {
            for (i17, &e18) in x.iter().enumerate() {
                v1 += ((-1.25) % (x[0] * x[0] + 0.5));
                v1 += (arr9
                    .iter()
                    .zip(x)
                    .zip(arr9.iter())
                    .map(|((zp11, zq12), &zr13)| (*zp11) * (*zq12) * zr13 * RP31_K1)
                    .sum::<f64>());
            }
        }
        f64::to_radians(0.25_f64) + v1 + v2 + v8 + arr9[0] + arr9[1] + arr9[2]
    }
}

const RP32_K0: [f64; 3] = [0.25, 3.0, 2.0];
const RP32_K1: [f64; 3] = [(-0.75), 0.5, 0.5];
const RP32_K2: f64 = 1.5;
#[differentiate(wrt(a, x))]
fn rp32(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 3.0;
    for i2 in 0..2 {}
    #[checkpoint(every = 1)]
    for e3 in RP32_K0 {
        for i4 in 1..3 {
            v1 += (x[i4] * (if !(RP32_K0[i4] < 1.5) { x[0] } else { v1 }));
            v1 += ((x.len() as f64) + RP32_K1[0]);
            let po6: Option<f64> = if (1.5_f64).is_sign_negative() {
                Some((if RP32_K1[1] >= v1 { (i4 as f64) } else { v1 }) * 2.0)
            } else {
                None
            };
            let pm5: f64 =
                po6.unwrap_or((RP32_K0[1] + f64::max((i4 as f64), 1.5))) + po6.unwrap_or_default();
            v1 += pm5;
        }
    }
    let [ref t9, mut t10, ..] = RP32_K0;
    t10 *= (f64::exp2((if RP32_K1[1] <= b { 2.0 } else { v1 }).cos()));
    let pm8: f64 = (*t9)
        * (if (a).is_sign_negative() {
            (0.1 - (-1.25))
        } else {
            a
        });
    v1 = 1.5;
    (1.5 + 2.0) + v1 + (*t9) + t10 + pm8
}

#[derive(Clone, Copy, Debug)]
pub enum Rp33Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
const RP33_N: usize = 4;
static RP33_K0: [f64; 3] = [(-1.25), (-1.25), 0.1];
#[differentiate]
fn rp33_h0(y0: [f64; 3], s1: f64, s2: f64) -> (f64, f64) {
    {}
    let mut v1 = (RP33_K0[1] / (1.0 * 1.0 + 1.0));
    let pk3 = Rp33Act::Relu;
    let mut pm2: f64 = (s2);
    if let Rp33Act::Leaky(slope) = pk3 {
        pm2 *= slope;
    } else if let Rp33Act::Softplus { beta } = pk3 {
        pm2 = f64::ln_1p(f64::exp(beta * pm2)) / beta;
    }
    (
        (s2 * RP33_K0[1]) + v1 + pm2,
        ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5)).ln_1p(),
    )
}
#[differentiate]
fn rp33_h1(n0: usize, y1: &[f64], &[a, b]: &[f64; 2]) -> Vec<f64> {
    let mut pb2 = None;
    for &t3 in RP33_K0.iter() {
        if t3 > (-2.0) {
            pb2 = Some(t3 * (y1[1].to_radians() * (b + 2.0)));
        }
    }
    let pm1: f64 = pb2.unwrap_or(
        (RP33_K0
            .iter()
            .step_by(2)
            .map(|zv1| {
                (*zv1)
                    * (y1
                        .iter()
                        .cloned()
                        .skip(1)
                        .map(|zv2| zv2 * 1.5)
                        .product::<f64>())
            })
            .sum::<f64>()),
    );
    let mut arr4: [f64; 3] = [
        RP33_K0[0],
        1.5_f64.mul_add(1.5, 2.0),
        RP33_K0[1].max(pm1).min(RP33_K0[1]),
    ];
    let v5 = (RP33_K0[1] + 0.25_f64.mul_add(RP33_K0[2], b));
    let mut out = vec![0.0; 3];
    out[0] = (((y1[0]) as f32).sin() as f64) + pm1 + v5 + arr4[0] + arr4[1] + arr4[2];
    out[1] = (1.5 - 1.5);
    out[2] = (y1.iter().map(|&zv3| zv3 * pm1).sum::<f64>());
    out
}
#[differentiate(wrt(a, d))]
fn rp33(
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    x: [f64; RP33_N],
    q: bool,
    p: &Params,
    o: Option<f64>,
) -> f64 {
    let mut v1 = (0.25_f64.max(a) / (RP33_K0[1] * RP33_K0[1] + 1.0));
    let mut v2 = p.w[1];
    for zw1 in x.chunks(3) {
        let v3 = zw1[0] * (zw1.len() as f64);
        let mut pb5 = None;
        for &t6 in RP33_K0.iter() {
            if t6 > (RP33_K0[0]) {
                pb5 = Some(
                    t6 * (if (v1 <= RP33_K0[2] && (x.len() as f64) >= 2.0) {
                        0.1
                    } else {
                        d
                    }),
                );
            }
        }
        let pm4: f64 = pb5.unwrap_or((f64::log2((1.0_f64 * 1.0_f64 + 0.5)) * v2));
        v1 += pm4;
    }
    let v7: f64 = (if !(v2 >= 2.0) { 3.0 } else { RP33_K0[0] });
    let mut zf2 = |zt3: f64| v1 += zt3 * f64::powf((x[1] * x[1] + 0.5), b.fract().tanh());
    zf2(v7);
    zf2(v7 * 0.5);
    for (zi4, &zv5) in x.iter().enumerate().skip(1) {
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
        }
        if !q {
        } else {
        }
    }
    if (v2 * v2 + 1.5).log(RP33_K0[0] * RP33_K0[0] + 2.0) < (v1 + d) {
    } else {
        v1 = RP33_K0[2];
        {
            let v10 = b.hypot((x[3] * x[3] + 1.0).powi(2));
        }
    }
    ((((1.5) as f32).sin() as f64) - a) + v1 + v2 + v7
}

const RP34_K0: f32 = (-0.75_f32);
static RP34_K1: i32 = -1;
#[differentiate]
fn rp34_h0(s0: f32, s1: f32) -> Vec<f32> {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    let mut arr3: Vec<f32> = vec![0.0_f32; 3];
    let v4 = RP34_K0;
    let mut out = vec![0.0_f32; 3];
    out[0] = s1 + v4 + arr3[0] + arr3[1] + arr3[2];
    out[1] = ((arr3[0] * 1.5_f32) - s0);
    out[2] = (-s0);
    out
}
mod rp34_m {
    use super::*;

    #[differentiate]
    pub fn rp34_h1(n0: usize, y1: [f32; 3], s2: f32) -> [f32; 3] {
        let (v1, v2) = (f32::sinh(s2.tanh()), f32::sinh(s2.tanh()));
        for zw1 in y1.windows(2) {
            let v3 = zw1[1] - zw1[0];
        }
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
        }
        [
            y1[y1
                .iter()
                .position(|&zv4| (RP34_K1 as f32).is_sign_negative())
                .unwrap_or(0)]
                + v1
                + v2,
            (-(v2 * 0.1_f32)),
            RP34_K0.tanh().cosh(),
        ]
    }
}
#[differentiate]
fn rp34(a: f32, b: f32, x: &[f32], &[r, theta]: &[f32; 2]) -> f32 {
    let mut v1 = (RP34_K1 as f32);
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
        }
        for (zp1, zq2) in x.iter().zip(x) {}
    }
    (x.chunks_exact(2)
        .map(|zw3| (zw3[0] - zw3[1]) * 0.5_f32 + (RP34_K1 as f32))
        .sum::<f32>())
        + v1
}

const RP35_N: usize = 3;
const RP35_K0: usize = 2;
const RP35_K1: [f64; 3] = [(-1.25), 0.25, 1.5];
static RP35_K2: f64 = 1.5;
#[differentiate]
fn rp35_h0(y0: &[f64], s1: f64) -> f64 {
    let (v1, v2) = (((-1.25_f64) * (-1.25_f64) + 0.5).sqrt(), ((-0.75) * s1));
    (RP35_K1[2] * 0.5) + v1 + v2
}
mod rp35_m {
    use super::*;

    #[differentiate]
    pub fn rp35_h1(&[a, b]: &[f64; 2], s1: f64, s2: f64) -> f64 {
        let (t2, _, mut t3): (f64, f64, f64) = (
            (0.5_f64.mul_add(a, 1.5)),
            ((1.5_f64.atan2(RP35_K2 * RP35_K2 + 0.5).cos() * 0.5).acos()),
            (a.tanh().cosh()),
        );
        t3 += t2;
        (-RP35_K1[0]) + t2 + t3
    }
}
#[differentiate]
fn rp35(a: f64, b: f64, c: f64, d: f64, x: [f64; RP35_N]) -> f64 {
    let mut v1: f64 = (-1.25);
    let mut v2 = a;
    let zf1 = |(zp3, zq4): (f64, f64)| zp3 * zq4 + x[1].sin();
    let v3 = zf1((
        (1.5 * b),
        (x[..2]
            .iter()
            .take(2)
            .map(|&zv5| zv5 * RP35_K1.iter().cloned().fold(f64::INFINITY, f64::min))
            .sum::<f64>()),
    ));
    (if RP35_K1.iter().all(|&zv6| RP35_K1[1] > v3) {
        0.5_f64
    } else {
        2.0_f64
    })
    .clamp(-0.5, 0.75)
        + v1
        + v2
        + v3
}

static RP36_K0: [f32; 3] = [0.5_f32, 1.0_f32, 0.1_f32];
static RP36_K1: f32 = 2.0_f32;
static RP36_K2: [f32; 3] = [(-0.75_f32), 1.5_f32, (-1.25_f32)];
#[differentiate]
fn rp36(a: f32, b: f32, x: &[f32; 3]) -> f32 {
    let mut v1 = (f32::ln((1.0_f32 * 1.0_f32 + 1.0_f32)) * f32::ln((1.0_f32 * 1.0_f32 + 1.0_f32))
        + 1.0_f32)
        .powi(2);
    let mut arr2 = [[0.0_f32; 3]; 3];
    let v3: f32 = x.iter().map(|&zv1| zv1 * (2.0_f32 + RP36_K2[0])).sum();
    (RP36_K0[0] + a)
        + v1
        + v3
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

const RP37_K0: [f64; 3] = [0.25, 1.5, 1.5];
#[differentiate]
fn rp37_h0(y0: &[f64], y1: &[f64], [r, theta]: [f64; 2]) -> f64 {
    let v1: f64 = r;
    for e2 in RP37_K0 {}
    ((0..3)
        .map(|zi1| (zi1 as f64 + 1.0) * RP37_K0[2])
        .sum::<f64>())
        + v1
}
#[differentiate]
fn rp37_h1(s0: f64, [r, theta]: [f64; 2], &[a, b]: &[f64; 2]) -> (f64, f64) {
    ((a * RP37_K0[1]), 1.5)
}
#[differentiate(wrt(a, b, c, x))]
fn rp37(a: f64, b: f64, c: f64, x: &[f64], o: Option<f64>) -> f64 {
    let mut v1 = (x[1] + RP37_K0[1]);
    RP37_K0
        .iter()
        .for_each(|&zv1| v1 += zv1 * (b.mul_add(x[1], 2.0) + c));
    let v2 = f64::clamp(1.0_f64, -0.5, 0.75);
    (v2 - a) + v1 + v2
}

#[differentiate]
fn rp38(a: f64, b: f64, c: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1 = b.tanh().cosh();
    let mut v2 = (a + x[2]);
    if 2.0 > v1 {
        v2 *= (-(std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2).ln_1p());
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            x.iter().for_each(|&zv1| {
                v1 += zv1
                    * (if ((i4 * 2 + 1) as f64) >= x[0] {
                        x[2].hypot(a)
                    } else {
                        v1
                    })
            });
            let pm5: f64 = match (x[2].tanh().tan() - x[i4]) {
                t6 if t6 <= 0.5 => t6 * (x[i4]),
                t6 @ 0.5..=1.5 => {
                    t6 + ((v1 * v1 + 1.5).log(
                        (if (-1.25) < p.k { x[1] } else { 1.5 })
                            * (if (-1.25) < p.k { x[1] } else { 1.5 })
                            + 2.0,
                    ))
                }
                t6 => f64::sin(t6),
            };
            v2 += pm5;
        }
    } else {
    }
    if !(v2 > (0.25 % (b * b + 0.5))) {
        for e7 in x.iter() {
            let (v8, v9) = (
                (((0..3).map(|zi2| (zi2 as f64 + 1.0) * (-0.75)).sum::<f64>()) * x[1]),
                (((f64::asinh(x[3])) as f32).sin() as f64),
            );
        }
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            if !(0.25 > (-0.25)) {
                return 0.25;
            }
            v1 = (if true { c } else { x[i11] });
        }
    } else if (x.iter().copied().find(|&zv5| 2.0 < (-1.25)).unwrap_or(b)
        < (b / (x[2] * x[2] + 1.0))
        && (x[3] / (a * a + 1.0)) >= (x[1] - x[2]))
    {
        v2 = 0.25;
        #[checkpoint]
        for i12 in 0..3 {
            let v13 = (-a);
        }
    } else {
        let (v14, v15): (f64, f64) = (0.25, b);
        let v16: f64 = x
            .iter()
            .map(|&zv6| zv6 * ((x.len() as f64) - (5.0_f64.sqrt() - 2.0)))
            .sum();
    }
    for e17 in x.iter() {
        for zw7 in x.chunks(3) {
            let v18 = zw7[0] * (zw7.len() as f64);
            let (v19, v20) = (
                (-0.75_f64).atan2((-1.25) * (-1.25) + 0.5),
                (-0.75_f64).atan2((-1.25) * (-1.25) + 0.5),
            );
        }
    }
    for (zp8, zq9) in x.iter().zip(&x[1..]) {
        let mut k21 = 0usize;
        loop {
            if k21 >= 3 {
                break;
            }
            let i22 = k21;
            k21 += 1;
            v1 -= ((if !((*zp8) < v1) {
                v1
            } else {
                (((i22 + 1) % 3) as f64)
            }) % (0.25 * 0.25 + 0.5));
            let mut arr23 = [0.0_f64; 3];
            v2 += (1.0 - v1);
        }
        if p.k <= p.k {
            v2 -= (if true {
                c
            } else {
                f64::atan2(p.w[1], 0.25 * 0.25 + 0.5)
            });
            let mut pb25 = None;
            for &t26 in x.iter() {
                if t26 > (x[3] - x[1]) {
                    pb25 = Some(t26 * (((2.0) as f32).sin() as f64));
                }
            }
            let pm24: f64 = match pb25 {
                Some(t26) => t26 + (*zq9),
                None => (*zq9),
            };
            v2 += pm24;
        } else {
            let mut pb28 = None;
            for &t29 in x.iter() {
                if t29 > (-((2.0_f64.powi(2) * 0.25).cos() * 0.5).acos()) {
                    pb28 = Some(t29 * (p.k));
                }
            }
            let pm27: f64 = pb28.unwrap_or((x[x.iter().position(|&zv12| x[1] < c).unwrap_or(0)]));
            v1 += pm27;
        }
    }
    x[1] + v1 + v2
}

static RP39_K0: f64 = (-0.75);
#[differentiate]
fn rp39_h0(s0: f64, y1: &[f64], y2: &[f64]) -> f64 {
    if ((s0 - (-1.25)) < 1.5 || 3.0 <= (RP39_K0 * (2.0_f64.powi(2) * 0.25))) {
    } else {
    }
    (-1.5)
}
#[differentiate]
fn rp39(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (if !(2.0 <= b) { c } else { x[1] });
    let mut v2 = (if (1.5 < x[1] || 1.5 <= 1.5) { b } else { x[1] })
        .tanh()
        .tan();
    v1 *= rp39_h0(
        (if (2.0_f64.powi(2) * 0.25) <= 1.5 {
            d
        } else {
            2.0
        }),
        x,
        x,
    );
    let v3: f64 = (x[1] * v2);
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
        {}
        for zw1 in x.windows(2) {
            let v6 = zw1[1] - zw1[0];
        }
        {}
    }
    if !(3.0_f64).is_nan() {
        let mut arr7 = [0.0_f64; 3];
    } else if v3 <= (2.0 - (2.0_f64.powi(2) * 0.25)) {
        v1 -= (if x.iter().any(|&zv2| (x.len() as f64) > 0.25) {
            b
        } else {
            2.0_f64
        });
        {
            let mut arr8 = [0.0_f64; 3];
            v2 = (if !(arr8[1] >= 1.0) { c } else { x[1] });
            let mut arr9 = [[0.0_f64; 3]; 3];
        }
    } else {
        for i10 in 0..2 {
            v1 += x
                .iter()
                .copied()
                .filter(|&zv5| v1 <= (-1.25))
                .min_by(f64::total_cmp)
                .unwrap_or(v3);
            let mut arr11 = [0.0_f64; 3];
        }
    }
    if (x[1] * x[1] + 0.5).powf(v1.tanh()) <= x[1] {
        let mut k12 = 0usize;
        loop {
            if k12 >= 3 {
                break;
            }
            let i13 = k12;
            k12 += 1;
            let (v14, v15) = (
                x[0].to_radians().atan2(v3 * v3 + 0.5),
                x[0].to_radians().atan2(v3 * v3 + 0.5),
            );
        }
        if RP39_K0 >= (d / (x[0] * x[0] + 1.0)) {
        } else {
            let mut arr16 = [0.0_f64; 3];
            let mut arr17: [f64; 3] = [
                f64::mul_add(arr16[1], RP39_K0.to_radians(), arr16[1]),
                (x.len() as f64),
                arr16.iter().fold(d, |zacc7, &zv6| zacc7 * 0.5 + zv6 * 2.0),
            ];
        }
    } else if (-0.75) > 0.5 {
    } else {
        for i18 in 1..3 {}
        for i19 in (0..3).rev() {
            v1 /= (if v3 < 3.0 {
                x[1]
            } else {
                (if (x[i19] < RP39_K0 || d >= 1.5) {
                    0.1_f64
                } else {
                    1.5_f64
                })
                .hypot(v2)
            }) * (if v3 < 3.0 {
                x[1]
            } else {
                (if (x[i19] < RP39_K0 || d >= 1.5) {
                    0.1_f64
                } else {
                    1.5_f64
                })
                .hypot(v2)
            }) + 1.0;
            let pm20: f64 = match b < v3 {
                true => (RP39_K0 / (v1 * v1 + 1.0)),
                false => (-(-1.25)),
            };
            v2 += pm20;
            v2 = 1.5;
        }
    }
    (x.iter()
        .zip(x[1..].iter())
        .zip(x.iter())
        .map(|((&zp8, &zq9), &zr10)| zp8 * zq9 * zr10 * 1.5)
        .sum::<f64>())
        + v1
        + v2
        + v3
}

const RP40_N: usize = 4;
static RP40_K0: f64 = 2.0;
#[differentiate]
fn rp40_h0(y0: &[f64], y1: [f64; 3]) -> (f64, f64) {
    for i1 in (0..=2).rev() {
        if 1.0 <= 1.0 {
            continue;
        }
    }
    for zv1 in y0.iter().copied().step_by(2) {
        let pm2: f64 = match 2usize {
            0 => (zv1.tanh()),
            1 | 2 => ((-1.25_f64).tanh().tan()),
            4..=9 => (1.5 * zv1),
            10.. => (zv1.tanh()) * ((-1.25_f64).tanh().tan()),
            pn3 @ 1..=9 => (pn3 as f64) * (1.5 * zv1),
        };
    }
    ((-0.25), ((if true { 1.0 } else { y1[1] }) + 1.5))
}
#[differentiate]
fn rp40(a: f64, b: f64, x: [f64; RP40_N]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = (b * b).ln_1p();
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        v2 -= (0.1 / ((x[1] * x[1] + 0.5).log10() * (x[1] * x[1] + 0.5).log10() + 1.0));
        {
            let mut arr5 = [0.0_f64; 3];
        }
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            v1 *= RP40_K0;
            v2 += x[i4].atan().fract();
        }
    }
    v1 /= x[0].max(v2) * x[0].max(v2) + 1.0;
    (1.5_f64 * 1.5_f64 + 0.5).cbrt() + v1 + v2
}

static RP41_K0: f64 = (-1.25);
static RP41_K1: f64 = 2.0;
impl Params {
    #[differentiate]
    fn rp41_h0(&self, &[a, b]: &[f64; 2], y1: &[f64]) -> f64 {
        for (zp1, zq2) in y1.iter().zip(y1) {}
        {
            let mut arr1 = [0.0_f64; 3];
        }
        RP41_K1.tanh().to_degrees()
    }
}
impl Params {
    #[differentiate(wrt(x))]
    fn rp41(&self, a: f64, b: f64, x: [f64; 4]) -> f64 {
        let mut v1 = RP41_K0;
        let mut v2 = (x[1..]
            .iter()
            .step_by(2)
            .rev()
            .map(|&zv1| zv1 * a)
            .sum::<f64>());
        if ((a % (RP41_K0 * RP41_K0 + 0.5)) >= self.k || (v1 + self.k) >= a) {}
        let mut v3 = (x[2] * x[2] + 0.5).sqrt();
        #[checkpoint(every = 2)]
        for i4 in 0..2 {
            let v5: f64 = ((((((i4 * 2 + 1) as f64) * ((i4 * 2 + 1) as f64) + 1.0).recip()) as f32)
                .sin() as f64);
            let mut zf2 = |zt3: f64| {
                v3 *= 0.5;
                v3 += zt3 * self.rp41_h0(&[zt3, 0.75], &x);
            };
            zf2(v5);
            zf2(v5 * 0.5);
        }
        0.25_f64.min(x[1]) + v1 + v2 + v3
    }
}

const RP42_K0: f64 = 1.0;
const RP42_K1: usize = 2;
static RP42_K2: [f64; 3] = [2.0, 0.1, 1.0];
static RP42_K3: [f64; 3] = [2.0, 1.5, 0.5];
#[differentiate(wrt(a, b, x))]
fn rp42(a: f64, b: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = RP42_K3[2];
    let mut v2 = (RP42_K2
        .iter()
        .zip(x.iter())
        .map(|(&zp1, &zq2)| zp1 * zq2 * zp1)
        .sum::<f64>());
    for i3 in 0..3 {
        for (zp3, zq4) in RP42_K2.iter().zip(x) {
            if v2 <= (i3 as f64) {
                continue;
            }
            v2 /= f64::cos((-0.75_f64)) * f64::cos((-0.75_f64)) + 1.0;
        }
        for &zv5 in RP42_K2.iter().rev().take(2) {
            let mut v4: f64 = 0.25;
        }
        for (i5, &e6) in RP42_K2.iter().enumerate() {
            v2 *= 0.1_f64
                .mul_add((-1.25), std::f64::consts::FRAC_1_SQRT_2)
                .hypot(e6);
        }
    }
    RP42_K2[0] + v1 + v2
}

const RP43_K0: f32 = 3.0_f32;
const RP43_K1: f32 = 0.1_f32;
static RP43_K2: f32 = 1.5_f32;
const RP43_K3: [f32; 3] = [1.0_f32, 3.0_f32, 0.5_f32];
#[differentiate]
fn rp43_h0(s0: f32, y1: &[f32]) -> f32 {
    if RP43_K3[0] <= 2.0_f32 {
        let mut v1 = s0;
    } else {
    }
    (if 0.5_f32 > RP43_K0 {
        std::f32::consts::PI
    } else {
        s0
    })
}
#[differentiate]
fn rp43_h1(y0: [f32; 3], y1: &[f32]) -> f32 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        if true {
            return 1.0_f32;
        }
        let mut v3 = 1.0_f32.min(1.0_f32);
    }
    let mut v4: f32 = 1.5_f32;
    (RP43_K0 - v4) + v4
}
#[differentiate(wrt(a, b, x, m))]
fn rp43(a: f32, b: f32, x: [f32; 4], m: &[[f32; 2]; 2], o: Option<f32>) -> f32 {
    let mut v1 = b.hypot(1.5_f32);
    if rp43_h0(a, &x) >= (if m[1][1] <= a { 1.5_f32 } else { b }) {
        for i2 in 0..3 {
            if 3.0_f32 <= v1 {
                break;
            }
            v1 = b.max(1.0_f32);
            let mut ps4: f32 = (1.0_f32 % (a * a + 0.5_f32));
            for &[t5, t6] in m.iter() {
                ps4 += t5 * t6 + (f32::atan2(v1.max(1.5_f32), v1 * v1 + 0.5_f32));
            }
            v1 += ps4;
        }
    } else if ((-v1) > 1.5_f32.powi(2) || (1.5_f32 * 1.5_f32 + 1.0_f32).ln() >= x[3]) {
    } else {
        let v7 = (5.0_f32.sqrt() - 2.0_f32).sin();
        for (zp1, zq2) in RP43_K3.iter().zip(RP43_K3.iter()) {
            let mut arr8: [f32; 3] = [
                f32::mul_add(1.5_f32, (*zq2), b),
                RP43_K1.min(0.1_f32),
                1.5_f32.hypot(v7),
            ];
        }
        for i9 in 0..2 {}
    }
    3.0_f32 + v1
}

static RP44_K0: f64 = 3.0;
#[differentiate]
fn rp44_h0(y0: &[f64], s1: f64, s2: f64) -> f64 {
    let zc2: Vec<f64> = y0.iter().rev().map(|&zv1| zv1 * (y0[1] + y0[1])).collect();
    for (zi3, &zv4) in y0.iter().enumerate().skip(1) {
        let mut v1: f64 = (-2.0);
        let mut pm2: f64 = (RP44_K0.sin());
        match 0usize {
            0 => pm2 += ((zv4 * zv4 + 0.5).cbrt()),
            1 | 2 => pm2 *= (1.5_f64.tanh()),
            4..=9 => {}
            pn3 => pm2 -= (pn3 as f64) * ((zv4 * zv4 + 0.5).cbrt()),
        }
    }
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        let zf5 = |zt6: &f64| (*zt6) * (*zt6).max(1.0);
        let v6 = y0.iter().map(zf5).sum::<f64>();
    }
    (y0.iter()
        .filter(|&&zv8| (zc2[1] <= s1 && zv8 <= s2))
        .enumerate()
        .map(|(zi9, &zv7)| (zi9 as f64) * zv7 * s2)
        .sum::<f64>())
        + zc2[0]
        + zc2[1]
        + zc2[2]
}
#[differentiate]
fn rp44_h1(s0: f64, n1: usize, n2: usize) -> f64 {
    f64::log(
        ((-0.75_f64).sin().exp_m1() * (-0.75_f64).sin().exp_m1() + 1.5),
        (0.5_f64 * 0.5_f64 + 1.0).powi(2) * (0.5_f64 * 0.5_f64 + 1.0).powi(2) + 2.0,
    )
}
#[differentiate(wrt(a, b))]
fn rp44(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (RP44_K0 - b);
    let mut v2 = RP44_K0;
    for &zv1 in x.iter().rev().take(2) {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            let mut arr5 = [0.0_f64; 3];
        }
        for zw2 in x.windows(2) {
            let v6 = zw2[1] - zw2[0];
        }
        for i7 in 0..=2 {
            v2 = x[i7].atan2(x[i7] * x[i7] + 0.5);
        }
    }
    b.mul_add(b, x[1]) + v1 + v2
}

static RP45_K0: f64 = 3.0;
const RP45_K1: f64 = 0.1;
static RP45_K2: i32 = -1;
#[differentiate]
fn rp45_h0(y0: &[f64], &[a, b]: &[f64; 2]) -> f64 {
    if (std::f64::consts::PI <= (-y0[1]) || (b + (-0.75)) < a) {}
    let mut v1 = y0[1];
    #[checkpoint]
    for i2 in 0..2 {
        let mut pb4 = None;
        for &t5 in y0.iter() {
            if t5 > (i2 as f64) {
                pb4 = Some(t5 * (f64::mul_add(a, a, (-1.25)) + a));
            }
        }
        let pm3: f64 = pb4.unwrap_or((y0[i2]));
        v1 += pm3;
        v1 /= (if 3.0 > b { y0[2] } else { a }) * (if 3.0 > b { y0[2] } else { a }) + 1.0;
    }
    (y0.iter()
        .take_while(|&&zv2| 2.0 > 0.25)
        .map(|&zv1| zv1 * a)
        .sum::<f64>())
        + v1
}
#[differentiate]
fn rp45(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (d - 2.0_f64.mul_add(0.1, a));
    let mut v2 = (-x[1]);
    v1 += (x[1].sin() * 0.5).asin();
    rp45_h0(
        &x,
        &[
            (x.chunks_exact(2)
                .map(|zw1| (zw1[0] - zw1[1]) * 0.5 + (f64::from(3u8) * 0.5))
                .sum::<f64>()),
            0.75,
        ],
    ) + v1
        + v2
}

static RP46_K0: f64 = 2.0;
const RP46_K1: usize = 1;
#[differentiate]
fn rp46_h0(y0: &[f64], y1: &[f64], n2: usize) -> [f64; 3] {
    [(y1[1] * y1[1]), (((1.0) as f32).sin() as f64), y0[0]]
}
#[differentiate]
fn rp46(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[1].hypot(2.0);
    let v2 = (a + 2.0);
    for i3 in 0..x.len() {
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let po7: Option<f64> = if f64::log((b * b + 1.5), 0.5 * 0.5 + 2.0) >= a {
                Some((-RP46_K0) * 2.0)
            } else {
                None
            };
            let pm6: f64 = if matches!(po7, Some(t8) if t8 > 0.5) {
                po7.unwrap() * (1.5_f64.cos())
            } else {
                (x[0].cos().exp2())
            };
            v1 += pm6;
        }
    }
    let mut k9 = 0usize;
    while k9 < 3 {
        let i10 = k9;
        k9 += 1;
        let mut k11 = 0usize;
        while k11 < 3 {
            let i12 = k11;
            k11 += 1;
            if !((((i10 + 1) % 3) as f64).mul_add(RP46_K0, x[0]) < v2) {
                break;
            }
            if v1 < (x[0] * 1.5) {
                break;
            }
            let mut arr13 = [[0.0_f64; 3]; 3];
        }
        if (b * (-0.75)) < (5.0_f64.sqrt() - 2.0) {
            break;
        }
    }
    (if (v1 <= 1.5 || 0.1 <= a) {
        v1
    } else {
        (if v2 <= v2 { (v1 * a) } else { a })
    }) + v1
        + v2
}

static RP47_K0: i32 = 3;
static RP47_K1: usize = 1;
impl Params {
    #[differentiate]
    fn rp47(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = (x
            .windows(3)
            .map(|zw1| zw1.iter().sum::<f64>() * 0.5 + 1.5)
            .sum::<f64>());
        let mut v2 = (if x[3] > x[1] { x[1] } else { x[1] });
        let (v3, v4) = (f64::recip((v2 * v2 + 1.0)), (0.1 + c));
        let v5: f64 = 1.0;
        a.signum() + v1 + v2 + v3 + v4 + v5
    }
}

#[differentiate]
fn rp48_h0(y0: [f64; 3]) -> (f64, f64) {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let mut v3 = (1.0_f64 * 1.0_f64 + 0.5).cbrt();
    }
    (y0[1].fract(), (-3.0))
}
#[differentiate]
fn rp48(a: f64, b: f64, x: &Vec<f64>, q: bool, p: &Params) -> f64 {
    let mut v1 = x[0];
    let mut v2 = (0.25 * (p.k * p.k + 1.5).log(x[3] * x[3] + 2.0));
    for i3 in (0..=2).rev() {}
    (v2 - b) + v1 + v2
}

#[differentiate]
fn rp49_h0(y0: [f64; 3], s1: f64) -> [f64; 3] {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    for &zv1 in y0.iter().filter(|&&zv2| zv2 > 0.25) {
        let mut v3 = y0[1];
    }
    [
        s1.sin(),
        f64::powf((0.25_f64 * 0.25_f64 + 0.5), 2.0_f64.tanh()),
        (-y0[1]),
    ]
}
#[differentiate]
fn rp49_h1([r, theta]: [f64; 2], [r1, theta1]: [f64; 2], s2: f64) -> (f64, f64) {
    let mut arr1 = [0.0_f64; 3];
    arr1[0] += 0.25_f64.clamp(-0.5, 0.75);
    if arr1
        .iter()
        .copied()
        .min_by(|zp1, zq2| zp1.partial_cmp(zq2).unwrap_or(std::cmp::Ordering::Equal))
        .expect("nonempty")
        >= theta1
    {
        let [t3, t4, t5] = arr1;
        let pm2: f64 = t3 * (-theta1);
        arr1[1] = t5;
    } else {
        let mut v6: f64 = 0.25;
    }
    ((-1.25) + arr1[0] + arr1[1] + arr1[2], s2)
}
#[differentiate]
fn rp49(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = f64::atan2(x[1], 0.25 * 0.25 + 0.5);
    let mut v2: f64 = 0.25;
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        let mut arr5 = [0.0_f64; 3];
    }
    let v6 = v2;
    let mut k7 = 0usize;
    while k7 < 3 {
        let i8 = k7;
        k7 += 1;
        if ((b + 0.25) > a || (1.5 * x[i8]) < 1.5) {
        } else {
            if !((x[i8] - 1.5) > (((i8 + 1) % 3) as f64)) {
                continue;
            }
        }
    }
    if v2 >= (0.25 % (0.25 * 0.25 + 0.5)) {
        if !(2.0 >= a) {}
        v2 = 0.25;
    }
    for zv1 in x.iter().copied().step_by(2) {
        let mut arr9 = [[0.0_f64; 3]; 3];
        v2 -= (-zv1);
        if f64::atanh((x[1].sin() * 0.5)) < 1.5 {
            arr9[1][0] += x[1];
            let (u10, u11) = rp49_h1(
                [arr9[1][1].max(arr9[0][1]), 0.75],
                [(-1.5), 0.75],
                (1.5 + (arr9[2][0] + v6)),
            );
        } else {
            v2 /= (if zv1 > v2 { arr9[1][0] } else { 1.0 })
                * (if zv1 > v2 { arr9[1][0] } else { 1.0 })
                + 1.0;
            if true {
                return (0.25 % (a * a + 0.5));
            }
        }
    }
    (x[1] - v1) + v1 + v2 + v6
}

#[derive(Clone, Copy, Debug)]
pub enum Rp50Act {
    Relu,
    Leaky(f64),
    Softplus { beta: f64 },
}
#[differentiate]
fn rp50_h0(y0: &[f64], y1: &[f64]) -> f64 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let pk4 = Rp50Act::Leaky(1.25);
        let mut pm3: f64 = (((1.0_f64.powi(2)) as f32).sin() as f64);
        if let Rp50Act::Leaky(slope) = pk4 {
            pm3 *= slope;
        } else if let Rp50Act::Softplus { beta } = pk4 {
            pm3 = f64::ln_1p(f64::exp(beta * pm3)) / beta;
        }
    }
    let mut v5: f64 = 0.25;
    if true {
        let v6 = (v5 * v5 + 0.5).cbrt();
    } else {
    }
    (-y1[1]) + v5
}
#[differentiate]
fn rp50_h1(n0: usize, y1: [f64; 3], s2: f64) -> f64 {
    for i1 in 0..n0 {}
    (1.0 / (y1[1] * y1[1] + 1.0)).atan2((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 0.5)
}
#[differentiate(wrt(a, b, c, x))]
fn rp50(a: f64, b: f64, c: f64, x: [f64; 4], o: Option<f64>) -> f64 {
    let mut v1 = rp50_h0(&x, &x);
    let mut v2: f64 = 0.25;
    if (2.0 < (v1 * a) || v1 > 2.0_f64.atan2(x[1] * x[1] + 0.5)) {
    } else if (-0.75) < 1.5 {
    } else {
    }
    if (v2 <= ((-1.25) * 0.25) || (1.0 - b) > (-x[1])) {
        let mut v3: f64 = ((-1.25) + 2.0);
    } else if (x[1]).is_sign_negative() {
        let pm4: f64 = match ((-2.0) > (0.25 * c) || 2.0 > (v2 * v2 + 1.0).recip()) {
            true => (f64::exp_m1((x.into_iter().map(|zv1| zv1 * v1).sum::<f64>()).sin())),
            false => {
                (if x[3] <= 2.0 {
                    (x.iter().rev().map(|&zv2| zv2 * 2.0).sum::<f64>())
                } else {
                    (2.0 - b)
                })
            }
        };
        v2 += pm4;
    } else {
    }
    v2.sin().exp() + v1 + v2
}

const RP51_N: usize = 4;
const RP51_K0: i32 = 2;
const RP51_K1: [f32; 3] = [3.0_f32, (-0.75_f32), 3.0_f32];
#[differentiate]
fn rp51_h0(y0: &[f32]) -> f32 {
    let mut v1 = f32::mul_add(0.5_f32, 1.0_f32.min(1.5_f32), y0[1]);
    for (zp1, zq2) in RP51_K1.iter().zip(RP51_K1.iter()) {}
    y0[0] + v1
}
#[differentiate]
fn rp51_h1(s0: f32, y1: [f32; 3]) -> [f32; 3] {
    let [_, t2, ..] = y1;
    let pm1: f32 = t2 * (s0.sin().exp_m1());
    let mut arr5: [f32; 3] = [
        2.0_f32.mul_add(pm1, RP51_K1[1]).hypot(s0),
        (y1[1] * 0.5_f32),
        s0,
    ];
    for i6 in (0..=2).rev() {}
    [
        f32::sqrt((t2 * t2 + 0.5_f32)) + t2 + pm1 + arr5[0] + arr5[1] + arr5[2],
        arr5[2].tanh(),
        (s0 - y1[0]),
    ]
}
impl Params {
    #[differentiate]
    fn rp51(&self, a: f32, b: f32, c: f32, x: &[f32; RP51_N]) -> f32 {
        let mut v1 = (x.iter().cloned().map(|zv1| zv1 * b).sum::<f32>());
        let mut v2 = RP51_K1[1];
        if (rp51_h0(&RP51_K1) >= (if 2.0_f32 < RP51_K1[1] { b } else { a })
            || v1 >= RP51_K1[1].powi(3))
        {}
        (RP51_K1[1]
            % (x.iter().fold((self.w[2] as f32), |zacc3, &zv2| {
                zacc3 * 0.5_f32 + zv2 * RP51_K1[1]
            }) * x.iter().fold((self.w[2] as f32), |zacc3, &zv2| {
                zacc3 * 0.5_f32 + zv2 * RP51_K1[1]
            }) + 0.5_f32))
            + v1
            + v2
    }
}

#[differentiate]
fn rp52_h1(n0: usize, [r, theta]: [f64; 2], s2: f64) -> f64 {
    (s2 + s2)
}
mod rp52_m {
    use super::*;

    #[differentiate]
    pub fn rp52_h0(s0: f64, s1: f64, y2: [f64; 3]) -> [f64; 3] {
        if ((if s1 >= 1.5 { 0.25 } else { s0 }) >= y2[1]
            || s0.to_radians() >= s0.atan2(y2[0] * y2[0] + 0.5))
        {
            let (v1, v2) = (s1, s1);
        }
        [s0.sin().exp(), (2.0 - s1.max(y2[1])), (0.25 - 0.1)]
    }
}
#[differentiate(wrt(a, b))]
fn rp52(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (if (x[0] <= 2.0 && x[0] <= b) {
        rp52_h1(2, [a, 0.75], b)
    } else {
        (x[0] * x[0] + 0.5).log2()
    });
    let mut v2 = f64::hypot(x[1], (b * b + 1.0).powi(-2));
    {
        if v2 <= a {
        } else {
            let pq4: [[f64; 2]; 2] = [[(0.25 - x[1]), v1], [f64::ceil(x[1]), (0.25 - x[1])]];
            let [[t5, t6], [t7, t8]] = pq4;
            let pm3: f64 = t5 * t8 - t6 * t7;
            v1 += pm3;
        }
        let mut k9 = 0usize;
        while k9 < 3 {
            let i10 = k9;
            k9 += 1;
            let mut pb12 = None;
            for &t13 in x.iter() {
                if t13 > (x.iter().map(|&zv1| zv1 * a).sum::<f64>()) {
                    pb12 = Some(t13 * (b));
                }
            }
            let pm11: f64 = match pb12 {
                Some(t13) => {
                    t13 + (rp52_h1(
                        2,
                        [
                            ((2.0_f64 - 1.5_f64) * (2.0_f64 - 1.5_f64) + 0.5).sqrt(),
                            0.75,
                        ],
                        v1,
                    ))
                }
                None => {
                    (rp52_h1(
                        2,
                        [
                            ((2.0_f64 - 1.5_f64) * (2.0_f64 - 1.5_f64) + 0.5).sqrt(),
                            0.75,
                        ],
                        v1,
                    ))
                }
            };
            v2 += pm11;
            let mut pb15 = None;
            for &t16 in x.iter() {
                if t16 > ((((pm11 * pm11 + 0.5).powf(x[i10].tanh())) as f32).sin() as f64) {
                    pb15 = Some(
                        t16 * (rp52_h1(
                            2,
                            [0.25, 0.75],
                            (x.iter()
                                .filter(|&&zv3| 1.5 < pm11)
                                .map(|&zv2| zv2 * x[1])
                                .sum::<f64>()),
                        )),
                    );
                }
            }
            let pm14: f64 = match pb15 {
                Some(t16) => t16 + (-rp52_h1(2, [1.5, 0.75], b)),
                None => (-rp52_h1(2, [1.5, 0.75], b)),
            };
            v2 += pm14;
            v2 /= x[0] * x[0] + 1.0;
        }
    }
    for (i17, &e18) in x.iter().enumerate() {
        for i19 in 0..2 {
            v1 = ((std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 0.5)
                .log10()
                - 2.0);
        }
        v2 /= x[2].mul_add(x[i17], (1.5 + b)) * x[2].mul_add(x[i17], (1.5 + b)) + 1.0;
        for (zp4, zq5) in x.iter().zip(x.iter()) {}
    }
    (if true { 1.5 } else { 2.0 }) + v1 + v2
}

static RP53_K0: f32 = 2.0_f32;
const RP53_K1: usize = 1;
static RP53_K2: usize = 2;
static RP53_K3: [f32; 3] = [0.25_f32, 1.0_f32, 0.25_f32];
#[differentiate]
fn rp53_h0(y0: [f32; 3], y1: [f32; 3], y2: &[f32]) -> [f32; 3] {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let zf1 = |zt2: f32| {
            zt2 * ((2.0_f32.powi(2) * 0.25_f32) * (2.0_f32.powi(2) * 0.25_f32) + 0.5_f32)
                .powf(1.5_f32.tanh())
                .to_radians()
        };
        let v3 = zf1((RP53_K0 - (-1.0_f32))) + zf1((1.0_f32 * 1.0_f32 + 1.5_f32).acosh());
    }
    for zw3 in y0.chunks(3) {
        let v4 = zw3[0] * (zw3.len() as f32);
        let mut v5 = (RP53_K1 as f32);
    }
    [
        (1.0_f32 * (2.0_f32.powi(2) * 0.25_f32)),
        f32::acos((1.0_f32.cos() * 0.5_f32)),
        y0[1].mul_add(y0[1], RP53_K3[1]),
    ]
}
#[differentiate(wrt(a, b, c, d, x))]
fn rp53(a: f32, b: f32, c: f32, d: f32, x: &[f32]) -> f32 {
    let mut v1 = f32::powf(
        (0.25_f32 * 0.25_f32 + 0.5_f32),
        (3.0_f32 * 3.0_f32 + 1.5_f32).acosh().tanh(),
    );
    let mut v2 = RP53_K0.mul_add(2.0_f32, x[2]);
    if RP53_K0 >= x[0] {
        v2 *= x[0];
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            v2 *= (if true { 1.0_f32 } else { 0.25_f32 });
            let v5: f32 = (a / ((x[2] + (RP53_K1 as f32)) * (x[2] + (RP53_K1 as f32)) + 1.0_f32));
            let mut zf1 = |zt2: f32| v2 += zt2 * (1.5_f32 - RP53_K3[0].sin().exp_m1());
            zf1(v5);
            zf1(v5 * 0.5_f32);
            let mut arr6: [f32; 3] = [
                RP53_K0,
                (RP53_K2 as f32),
                (if a <= RP53_K0 {
                    a
                } else {
                    (((i4 + 1) % 3) as f32)
                }),
            ];
        }
    } else {
        for i7 in 0..RP53_K2 {
            let v8 = b.max(0.5_f32);
        }
        for i9 in 0..RP53_K2 {
            let v10: f32 = x.iter().map(|&zv3| zv3 * f32::tan(1.5_f32.tanh())).sum();
        }
        for (i11, e12) in RP53_K3.iter().enumerate() {}
    }
    for i13 in (0..3).rev() {}
    v2 -= f32::to_degrees(f32::acos((RP53_K3[1].round().cos() * 0.5_f32)).tanh());
    let (v14, v15) = (
        (x[0] * x[0] + 1.0_f32).powi(2),
        (x[0] * x[0] + 1.0_f32).powi(2),
    );
    for i16 in 0..=2 {}
    ((-1.25_f32) * b) + v1 + v2 + v14 + v15
}

#[differentiate]
fn rp54(a: f64, b: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = (x
        .iter()
        .zip(x.iter())
        .map(|(&zp1, &zq2)| zp1 * zq2 * zp1)
        .sum::<f64>());
    for &zv3 in x.iter().filter(|&&zv4| zv4 > 0.25) {
        v1 *= f64::hypot(p.w[2], b);
        for (zp5, zq6) in x.iter().zip(&x[1..]) {}
    }
    let mut arr2 = [0.0_f64; 3];
    let v3: f64 = ((-0.25) * x[1]);
    arr2[1] /= (arr2[1] * arr2[1] + 1.0).powi(-2) * (arr2[1] * arr2[1] + 1.0).powi(-2) + 1.0;
    a.powi(3) + v1 + v3 + arr2[0] + arr2[1] + arr2[2]
}

static RP55_K0: f64 = (-1.25);
static RP55_K1: i32 = -1;
mod rp55_m {
    use super::*;

    #[differentiate]
    pub fn rp55_h0(y0: &[f64], y1: &[f64], y2: [f64; 3]) -> [f64; 3] {
        let pm1: f64 = match (
            3usize % 2,
            ((y1[2] * 1.0) >= (RP55_K1 as f64)
                && 1.0_f64.mul_add(0.5, 1.0)
                    >= ((0..3)
                        .rev()
                        .map(|zi1| (zi1 as f64 + 1.0) * y1[zi1])
                        .sum::<f64>())),
        ) {
            (0, true) => ((2.0_f64.powi(2) * 0.25) * y1[1]),
            (0, false) => (y1[1]),
            (_, true) => (-1.0),
            (_, false) => ((2.0_f64.powi(2) * 0.25) * y1[1]) + (-1.0),
        };
        for zv2 in y2.iter().copied().step_by(2) {
            let (v2, v3) = ((((2.0) as f32).sin() as f64), f64::min(y0[1], (pm1 * pm1)));
        }
        let mut v4: f64 = 1.5;
        [
            f64::powi(2.0_f64, 2) + pm1 + v4,
            (pm1.sin() * 0.5).asin(),
            (y1[2] - 1.5),
        ]
    }
}
#[differentiate(wrt(a, d))]
fn rp55(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], m: &[[f64; 2]; 2]) -> f64 {
    let mut v1 = x.iter().fold(a, |zacc2, &zv1| zacc2 * 0.5 + zv1 * a);
    let mut arr2 = [0.0_f64; 3];
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        arr2[2] += a.trunc();
    }
    let mut k5 = 0usize;
    while k5 < 3 {
        let i6 = k5;
        k5 += 1;
    }
    (-x[2]) + v1 + arr2[0] + arr2[1] + arr2[2]
}

const RP56_K0: i32 = -2;
#[differentiate]
fn rp56_h0(s0: f64, n1: usize) -> (f64, f64) {
    ((-s0), (RP56_K0 as f64))
}
#[differentiate]
fn rp56_h1(s0: f64, s1: f64, y2: &[f64]) -> (f64, f64) {
    if y2[1] > 0.25 {
        let mut v1 = y2[1];
    } else {
        let mut v2 = (y2[1].sin() * 0.5).atanh();
    }
    ((s0 / (s0 * s0 + 1.0)), (s1 / (y2[1] * y2[1] + 1.0)))
}
impl Params {
    #[differentiate]
    fn rp56(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64], m: [[f64; 2]; 2]) -> f64 {
        let mut v1 = x
            .iter()
            .fold(self.k, |zacc2, &zv1| zacc2 * 0.5 + zv1 * m[1][1]);
        let mut v2 = self.w[1].asinh();
        let (u3, u4) = rp56_h1((c / (x[1] * x[1] + 1.0)), d.max(x[1]), x);
        let mut k5 = 0usize;
        while k5 < 3 {
            let i6 = k5;
            k5 += 1;
            let mut k7 = 0usize;
            while k7 < 3 {
                let i8 = k7;
                k7 += 1;
                let zf3 =
                    |zt4: f64| -> f64 { zt4 * (RP56_K0 as f64).mul_add(x[2], (self.n as f64)) };
                let v9 = zf3(((RP56_K0 as f64)
                    % ((if true { (-0.75) } else { std::f64::consts::PI })
                        * (if true { (-0.75) } else { std::f64::consts::PI })
                        + 0.5)))
                    + zf3(1.5);
                let mut ps11: f64 = (2.0);
                for &[t12, t13] in m.iter() {
                    ps11 += t12 * t13 + (f64::atan((i6 as f64)));
                }
                v1 += ps11;
            }
        }
        let (u14, u15) = rp56_h0((v2 / (u3 * u3 + 1.0)), 2);
        if ((RP56_K0 as f64).tanh() >= (v2 / ((RP56_K0 as f64) * (RP56_K0 as f64) + 1.0))
            || (-1.25) <= u15)
        {
            let mut k16 = 0usize;
            loop {
                if k16 >= 3 {
                    break;
                }
                let i17 = k16;
                k16 += 1;
                v2 -= x[x
                    .iter()
                    .position(|&zv7| (b > self.w[i17] && c <= m[i17 % 2][1]))
                    .unwrap_or(0)];
            }
        } else {
            for i18 in 0..2 {}
        }
        if 2.0 <= v2.sin().exp() {
            for i19 in (0..3).rev() {}
        }
        x.iter()
            .fold(v1, |zacc9, &zv8| zacc9 * 0.5 + zv8 * u4)
            .floor()
            + v1
            + v2
            + u3
            + u4
            + u14
            + u15
    }
}

const RP57_N: usize = 4;
static RP57_K0: f64 = 0.25;
static RP57_K1: usize = 3;
const RP57_K2: usize = 3;
#[differentiate]
fn rp57_h0([r, theta]: [f64; 2], y1: &[f64]) -> [f64; 3] {
    let mut v1 = y1[1].min((2.0_f64.powi(2) * 0.25));
    [
        v1.max(v1) + v1,
        (if 2.0 <= 1.5 { r } else { (RP57_K1 as f64) }),
        f64::atan2(y1[2], (RP57_K1 as f64) * (RP57_K1 as f64) + 0.5),
    ]
}
#[differentiate]
fn rp57_h1(y0: &[f64]) -> f64 {
    y0[(0..y0.len())
        .min_by_key(|&zp1| (y0[zp1] * 8.0) as i64)
        .unwrap_or(0)]
}
#[differentiate]
fn rp57(a: f64, b: f64, c: f64, d: f64, x: &[f64; RP57_N]) -> f64 {
    let mut v1 = (RP57_K2 as f64);
    let mut v2 = (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 0.5)
        .powf((RP57_K1 as f64).tanh());
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        v1 += (c - d);
        if !(-0.75_f64).is_nan() {
            let mut w5: [f64; 3] = rp57_h0([x[3], 0.75], x);
            v1 += ((i4 as f64) / (x[0] * x[0] + 1.0));
        } else if (x[1] > (((i4 + 1) % 3) as f64) || 0.1 <= v1.signum()) {
            v1 = (f64::exp2(b.cos()) * f64::exp2(b.cos()) + 0.5).cbrt();
            let mut v6 = x[i4].atan2(x[i4].fract() * x[i4].fract() + 0.5);
        } else {
        }
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
            let mut v9 = rp57_h1(x);
        }
    }
    for zv1 in x.iter().copied().step_by(2) {
        for &e10 in x.iter() {
            v2 /= rp57_h1(x) * rp57_h1(x) + 1.0;
        }
    }
    for i11 in (0..3).rev() {
        for i12 in (0..=2).rev() {
            if (f64::powi(x[1], 2)
                > (if (x[0] < v2 && v1 <= d) {
                    (((i11 + 1) % 3) as f64)
                } else {
                    1.0
                })
                && 0.1 <= x[i11])
            {
                continue;
            }
            let pm14: f64 = match (RP57_K2 as usize * 1 + 0) {
                0 => (d / (3.0 * 3.0 + 1.0)),
                1 | 2 => (if c >= a { (RP57_K2 as f64) } else { (-1.25) }),
                4..=9 => (rp57_h1(x)),
                10.. => (d / (3.0 * 3.0 + 1.0)) * (if c >= a { (RP57_K2 as f64) } else { (-1.25) }),
                pn15 @ 1..=9 => (pn15 as f64) * (rp57_h1(x)),
            };
            v1 += pm14;
        }
        for i16 in 0..=2 {}
    }
    f64::log10((RP57_K0 * RP57_K0 + 0.5)) + v1 + v2
}

static RP58_K0: f32 = 0.25_f32;
static RP58_K1: f32 = 1.0_f32;
const RP58_K2: f32 = 3.0_f32;
const RP58_K3: f32 = 0.25_f32;
#[differentiate(wrt(a, b))]
fn rp58(a: f32, b: f32, x: &[f32; 3], &[r, theta]: &[f32; 2], q: bool, p: &Params) -> f32 {
    let mut v1 = ((-0.75_f32) * (-0.75_f32) + 1.0_f32).powi(-2);
    let mut v2 = (x[1] * x[1] + 0.5_f32).sqrt();
    let r = (x[1] * x[1] + 1.0_f32).powi(-2);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        v1 += ((-1.25_f32) * 0.5_f32);
        let pq6: [[f32; 2]; 2] = [
            [f32::max((-1.25_f32), v1), ((p.n as f32) * 0.5_f32)],
            [
                ((p.w[i4] as f32) * (p.w[i4] as f32) + 0.5_f32).powf(r.tanh()),
                f32::max((-1.25_f32), v1),
            ],
        ];
        let mut ps7: f32 = (((p.w[i4] as f32) * (p.w[i4] as f32) + 0.5_f32).powf(r.tanh()));
        for (pi10, [t8, _]) in pq6.iter().enumerate() {
            ps7 += (*t8) * (pi10 as f32) + ((p.n as f32) * 0.5_f32);
        }
        v2 += ps7;
    }
    ((b - 1.0_f32) - RP58_K3) + v1 + v2 + r
}

static RP59_K0: usize = 1;
#[differentiate]
fn rp59(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = f64::log((a * a + 1.5), c * c + 2.0);
    let mut v2 = c;
    for i3 in 0..3 {
        for &zv1 in x.iter().rev().take(2) {
            let v4 = (if ((((i3 + 1) % 3) as f64) < x[2] || x[i3] < x[2]) {
                (1.5 - zv1)
            } else {
                f64::abs(a)
            });
            let v5: f64 = (x
                .iter()
                .cloned()
                .step_by(2)
                .rev()
                .map(|zv2| zv2 * 0.1)
                .sum::<f64>());
            let mut zf3 = |zt4: f64| {
                v1 *= 0.5;
                v1 += zt4 * x[i3];
            };
            zf3(v5);
            zf3(v5 * 0.5);
            let pq7: [[f64; 2]; 2] = [
                [(0.5_f64 * 0.5_f64 + 0.5).sqrt(), f64::fract(x[1])],
                [((i3 * 2 + 1) as f64), (0.5_f64 * 0.5_f64 + 0.5).sqrt()],
            ];
            let mut ps8: f64 = ((i3 * 2 + 1) as f64);
            for (pi11, [t9, _]) in pq7.iter().enumerate() {
                ps8 += (*t9) * (pi11 as f64) + (f64::fract(x[1]));
            }
            v2 += ps8;
        }
    }
    let mut k12 = 0usize;
    while k12 < 3 {
        let i13 = k12;
        k12 += 1;
        if f64::mul_add(0.25, x[i13], (RP59_K0 as f64)) < x[i13] {
            let zf5 = |zt6: f64| -> f64 {
                zt6 * (f64::mul_add(x[i13], zt6, x[i13]) * f64::mul_add(x[i13], zt6, x[i13]) + 1.5)
                    .acosh()
            };
            let v14 = zf5(1.5)
                + zf5(((0..3)
                    .map(|zi7| (zi7 as f64 + 1.0) * (v1 * v1 + 1.5).acosh())
                    .sum::<f64>()));
        }
        if (i13 as f64) > x[i13] {
            let mut pm16: f64 = ((RP59_K0 as f64) + (RP59_K0 as f64));
            match (i13 as usize * 2 + 0) {
                0 => pm16 += ((i13 as f64).sin().exp()),
                1 | 2 => pm16 *= (if true { (RP59_K0 as f64) } else { 1.5 }),
                4..=9 => {}
                pn17 => pm16 -= (pn17 as f64) * ((i13 as f64).sin().exp()),
            }
            v2 += pm16;
            let v18: f64 = x
                .iter()
                .map(|&zv8| zv8 * (1.0 / ((-1.25) * (-1.25) + 1.0)))
                .sum();
            let (v19, v20) = (x[i13].cos().exp2(), ((pm16 - b).sin() * 0.5).asin());
        } else if x.iter().copied().reduce(f64::max).unwrap() > v1 {
            let v21: f64 = f64::log((1.5_f64 * 1.5_f64 + 1.5), (i13 as f64) * (i13 as f64) + 2.0);
            let mut zf9 = |zt10: f64| {
                v1 *= 0.5;
                v1 += zt10 * zt10.tanh().sinh();
            };
            zf9(v21);
            zf9(v21 * 0.5);
        } else {
        }
        let mut v22 = (x[i13] * x[i13] + 0.5).sqrt();
    }
    #[checkpoint(every = 1)]
    for i23 in 0..3 {
        let mut k24 = 0usize;
        loop {
            if k24 >= 3 {
                break;
            }
            let i25 = k24;
            k24 += 1;
            if (RP59_K0 as f64) >= (a * a + 0.5).powf(b.tanh()) {
                continue;
            }
        }
        if (b.mul_add((f64::from(3u8) * 0.5), a) < 0.5
            || ((0..3).map(|zi11| (zi11 as f64 + 1.0) * 1.5).sum::<f64>()) >= a)
        {
            continue;
        }
    }
    {
        let mut pb27 = None;
        for &t28 in x.iter() {
            if t28 > (a.sin()) {
                pb27 = Some(t28 * (x[0] + 2.0));
            }
        }
        let pm26: f64 = pb27.unwrap_or((-x[2]));
        v1 += pm26;
        if (((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 0.5).cbrt()
            < (v1.sin() * 0.5).asin()
            && (-1.25) > (f64::from(3u8) * 0.5))
        {
            let pq30: [[f64; 2]; 2] = [
                [(1.5 % (pm26 * pm26 + 0.5)), (RP59_K0 as f64).ceil().asinh()],
                [v2.max(v1), (1.5 % (pm26 * pm26 + 0.5))],
            ];
            let [[t31, t32], [t33, t34]] = pq30;
            let pm29: f64 = t31 * t34 - t32 * t33;
            v1 += pm29;
        } else {
        }
        let v35: f64 = f64::atan(x[0]);
        let mut zf12 = |zt13: f64| v2 += zt13 * (2.0_f64 * 2.0_f64 + 1.0).recip();
        zf12(v35);
        zf12(v35 * 0.5);
    }
    (if !(x[0]).is_nan() { b } else { v1 }) + v1 + v2
}

#[differentiate]
fn rp60_h0(s0: f64, y1: [f64; 3]) -> f64 {
    {}
    if (s0 * s0 + 0.5).cbrt() >= 0.25 {
        let pq2: [[f64; 2]; 2] = [
            [(s0 % (y1[1] * y1[1] + 0.5)), (s0 * s0).max(s0)],
            [(s0 - y1[1]), (s0 % (y1[1] * y1[1] + 0.5))],
        ];
        let [[t3, t4], [t5, t6]] = pq2;
        let pm1: f64 = t3 * t6 - t4 * t5;
    } else if !((((2.0) as f32).sin() as f64) <= s0) {
        let pm7: f64 = match (1usize % 2, y1[1].asinh() >= s0) {
            (0, true) => (s0 + s0),
            (0, false) => (y1.into_iter().map(|zv1| zv1 * y1[1]).sum::<f64>()),
            (_, true) => (0.25),
            (_, false) => (s0 + s0) + (0.25),
        };
    } else {
        let mut v8 = (s0.sin() * 0.5).asin();
    }
    s0.tanh().to_degrees()
}
#[differentiate]
fn rp60(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], q: bool) -> f64 {
    let mut v1 = (if a < d { b } else { 0.25 });
    let mut v2 = (1.5 / (c * c + 1.0));
    for zw1 in x.windows(2) {
        let v3 = zw1[1] - zw1[0];
        v1 -= ((x[1] * x[1] + 1.5).log(1.5_f64.mul_add(0.5, b) * 1.5_f64.mul_add(0.5, b) + 2.0)
            * (x[1] * x[1] + 1.5).log(1.5_f64.mul_add(0.5, b) * 1.5_f64.mul_add(0.5, b) + 2.0)
            + 0.5)
            .log10();
    }
    for i4 in 0..3 {}
    (*x.iter().last().unwrap()) + v1 + v2
}

impl Params {
    #[differentiate]
    fn rp61(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
        let mut v1 = (if d < c { a } else { a });
        let mut v2 = (x[1] * c);
        if 3.0 <= (((3.0) as f32).sin() as f64) {
            if (x[0] < (*x.iter().last().unwrap()) && a > (-0.75)) {
                let mut arr3: [f64; 3] = [
                    (if d < 0.25 { 0.25_f64.sin().exp() } else { v2 }),
                    ((if x[1] > 2.0 { c } else { v1 }) * (if x[1] > 2.0 { c } else { v1 }) + 0.5)
                        .log10(),
                    f64::atan2(a, 1.5 * 1.5 + 0.5),
                ];
                let mut arr4 = [[0.0_f64; 3]; 3];
            } else if (if x[2] <= x[1] { x[2] } else { self.k }) >= 2.0 {
                let pq6: [[f64; 2]; 2] = [
                    [(0.5 + 2.0), c],
                    [((self.n as f64).asinh() % (x[1] * x[1] + 0.5)), (0.5 + 2.0)],
                ];
                let [t7, [_, t8]] = pq6;
                let pm5: f64 = t7[1] * t8 + (c);
                v2 += pm5;
                v2 *= (2.0_f64 * 2.0_f64 + 0.5).powf(v2.tanh());
                let v11: f64 = (-0.25_f64).min(0.25);
                let mut zf4 = |zt5: f64| {
                    v1 *= 0.5;
                    v1 += zt5 * (-d);
                };
                zf4(v11);
                zf4(v11 * 0.5);
            } else {
            }
        } else {
            if (x[1] - 2.0) <= v1 {
                let zf6 = |zt7: &f64| (*zt7) * (if !(self.k <= c) { 2.0 } else { self.k });
                let v12 = x.iter().map(zf6).sum::<f64>();
                v2 *= x[0].hypot(x[1]);
            } else {
            }
        }
        let mut k13 = 0usize;
        loop {
            if k13 >= 3 {
                break;
            }
            let i14 = k13;
            k13 += 1;
            if (d - std::f64::consts::PI) >= x[i14] {}
            if !((i14 as f64) < 0.1) {
                v2 *= (-v2).mul_add(std::f64::consts::FRAC_1_SQRT_2, x[i14]);
            }
            if (f64::sinh(a.tanh()) < d || 1.0 < d) {
                let mut arr15: [f64; 3] = [
                    x[1].asinh(),
                    x[1].hypot((x[i14] - 1.0)),
                    f64::powf(((-1.25_f64) * (-1.25_f64) + 0.5), (0.25 + v1).tanh()),
                ];
                arr15[0] += arr15[i14];
            }
        }
        (5.0_f64.sqrt() - 2.0).mul_add((if x[1] < a { 0.1 } else { 0.25 }), d) + v1 + v2
    }
}

#[differentiate(wrt(a, b, x))]
fn rp62(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (if (a > 1.0 && 0.5 <= a) { 1.5 } else { b });
    let mut v2 = a.hypot(a);
    if !(f64::mul_add(x[1], 2.0, 0.25) < x[1]) {
        for zw1 in x.chunks(3) {
            let v3 = zw1[0] * (zw1.len() as f64);
            v1 /= (a * a).ln_1p() * (a * a).ln_1p() + 1.0;
            v1 -= f64::min((2.0_f64 * 2.0_f64 + 1.0).powi(2), v3);
            v1 *= (((b) as f32).sin() as f64);
        }
        if !((v2 * v1) > f64::hypot(v2, 1.0)) {
            v2 *= 1.5_f64.cos().exp2();
            let v4: f64 = (-f64::ln((0.25_f64 * 0.25_f64 + 1.0)));
            let mut zf2 = |zt3: f64| v2 += zt3 * (b / (v1 * v1 + 1.0));
            zf2(v4);
            zf2(v4 * 0.5);
        }
    } else if x[3] < a {
        for i5 in (0..=2).rev() {
            let mut b: f64 =
                (b.hypot(((i5 * 2 + 1) as f64)) * b.hypot(((i5 * 2 + 1) as f64)) + 0.5).cbrt();
        }
    } else {
        for (zi4, &zv5) in x.iter().enumerate().skip(1) {}
    }
    for zv6 in x.iter().copied().step_by(2) {}
    for zw7 in x.windows(2) {
        let v6 = zw7[1] - zw7[0];
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
        }
    }
    if v2.cos()
        >= (x
            .iter()
            .filter(|&&zv9| a > 0.25)
            .enumerate()
            .map(|(zi10, &zv8)| (zi10 as f64) * zv8 * 3.0)
            .sum::<f64>())
    {
        for i9 in 0..=2 {}
        if !(((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 1.0).powi(2)
            < (x[1] % (0.25 * 0.25 + 0.5)))
        {
            let mut arr10 = [0.0_f64; 3];
            arr10[1] += (arr10[1] - 0.25);
            arr10[1] += (a + 0.25);
        } else {
            v2 = (-1.5);
        }
    } else if (b > b && 0.25_f64.powi(2) >= v2.max(0.25)) {
        {}
        for &e11 in x.iter() {
            if true {
                return (x[1] - (2.0_f64.powi(2) * 0.25));
            }
        }
    } else {
        let mut k12 = 0usize;
        loop {
            if k12 >= 3 {
                break;
            }
            let i13 = k12;
            k12 += 1;
            v2 /= x[i13] * x[i13] + 1.0;
        }
    }
    for (zp11, zq12) in x.iter().zip(&x[1..]) {
        let pm14: f64 = match x {
            [] => (-0.25),
            [t15] => (*t15) * ((x[1] * x[1] + 1.5).acosh()),
            [t15, t16] => (*t15) + (*t16) * ((x[1] * x[1] + 1.5).acosh()),
            [t15, .., t16] => (*t15) * (*t16) + (((*zq12) * (*zq12) + 1.5).log(3.0 * 3.0 + 2.0)),
        };
        v2 += pm14;
    }
    ((-0.75) + (-0.25)) + v1 + v2
}

#[differentiate]
fn rp63_h0(s0: f64, y1: [f64; 3]) -> f64 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let pq4: [[f64; 2]; 2] = [
            [
                (if (f64::from(3u8) * 0.5) < s0 {
                    y1.iter().copied().reduce(f64::max).unwrap()
                } else {
                    s0
                }),
                ((i2 * 2 + 1) as f64).mul_add(y1[i2], y1[i2]),
            ],
            [
                (y1.iter()
                    .zip(&y1)
                    .map(|(zp3, zq4)| (*zp3) * (*zq4) * 2.0)
                    .sum::<f64>()),
                (if (f64::from(3u8) * 0.5) < s0 {
                    y1.iter().copied().reduce(f64::max).unwrap()
                } else {
                    s0
                }),
            ],
        ];
        let [[t5, t6], [t7, t8]] = pq4;
        let pm3: f64 = t5 * t8 - t6 * t7;
    }
    let mut pm9: f64 = (y1.iter().copied().map(f64::sin).sum::<f64>());
    match 1usize {
        0 => pm9 += (3.0 - s0),
        1 | 2 => pm9 *= (y1[2]),
        4..=9 => {}
        pn10 => pm9 -= (pn10 as f64) * (3.0 - s0),
    }
    1.5 + pm9
}
#[differentiate(wrt(a))]
fn rp63(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = ((2.0 - x[1]) * (2.0 - x[1]) + 0.5).sqrt();
    {
        if (b >= 1.5 && (b - x[0]) <= (-x[0])) {
            v1 += (-(-0.25));
            let mut arr2: [f64; 3] = [0.0; 3];
        }
    }
    for i3 in 0..=2 {
        for zw1 in x.windows(2) {
            let v4 = zw1[1] - zw1[0];
            let pm5: f64 = match (if x[2] <= x[0] { x[i3] } else { v1 }) {
                t6 if t6 <= 0.5 => t6 * (x[2] * 0.1),
                t6 @ 0.5..=1.5 => t6 + (rp63_h0(x[i3], [(i3 as f64), 0.5, -1.0]) * v4),
                t6 => f64::sin(t6),
            };
            v1 += pm5;
        }
    }
    for i7 in (0..=2).rev() {
        v1 = (a.mul_add(v1, 1.5) - x[i7]);
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
            if !(a.tanh().cosh() >= (x.len() as f64).mul_add(0.25, x[0])) {
                return (x[i7]
                    / ((x[i9] * x[i9] + 1.0).powi(-2) * (x[i9] * x[i9] + 1.0).powi(-2) + 1.0));
            }
            v1 /= x[i7] * x[i7] + 1.0;
        }
    }
    (x[1] * x[0]) + v1
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
            point: &[1.3907610177993774, -1.0720515251159668],
            f: |p| {
                let p = black_box(p);
                rp00(
                    black_box((p[0] as f32)),
                    black_box(-1.4070082_f32),
                    black_box((p[1] as f32)),
                    black_box(&vec![-1.4484538_f32, -0.57918763_f32, 1.0556024_f32]),
                    black_box([
                        [-0.71949613_f32, -0.6293065_f32],
                        [-0.7981319_f32, -0.49831665_f32],
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp00_grad(
                    black_box((p[0] as f32)),
                    black_box(-1.4070082_f32),
                    black_box((p[1] as f32)),
                    black_box(&vec![-1.4484538_f32, -0.57918763_f32, 1.0556024_f32]),
                    black_box([
                        [-0.71949613_f32, -0.6293065_f32],
                        [-0.7981319_f32, -0.49831665_f32],
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp00_jvp(
                    black_box((p[0] as f32)),
                    black_box(-1.4070082_f32),
                    black_box((p[1] as f32)),
                    black_box(&vec![-1.4484538_f32, -0.57918763_f32, 1.0556024_f32]),
                    black_box([
                        [-0.71949613_f32, -0.6293065_f32],
                        [-0.7981319_f32, -0.49831665_f32],
                    ]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (-1.2809890508651733, &[0.0, 1.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp01",
            point: &[
                -0.06871070691198873,
                1.3754248733492103,
                -0.37602060695237266,
                -0.06342235275941574,
                -0.6653693449252615,
                1.2943212638903252,
            ],
            f: |p| {
                let p = black_box(p);
                rp01(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp01_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
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
                    black_box([p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.29696242034245746,
                &[
                    -0.11824620464091017,
                    0.0,
                    0.0,
                    0.0008788037715494508,
                    2.0941678193701154e-5,
                    -1.0765449884905289e-5,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp02",
            point: &[
                0.8203420042991638,
                -1.3843921422958374,
                0.22236813604831696,
                -1.1569559574127197,
                -0.3497004806995392,
                -0.9775370955467224,
                0.27509355545043945,
                -0.15636900067329407,
            ],
            f: |p| {
                let p = black_box(p);
                rp02(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 1.3816894006203428,
                        w: [-1.2384667653629269, -0.6821922840142317, 1.1230590974683239],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp02_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 1.3816894006203428,
                        w: [-1.2384667653629269, -0.6821922840142317, 1.1230590974683239],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp02_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 1.3816894006203428,
                        w: [-1.2384667653629269, -0.6821922840142317, 1.1230590974683239],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                    black_box(&[(t[4] as f32), (t[5] as f32), (t[6] as f32), (t[7] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.5375208854675293,
                &[
                    0.0,
                    -2.244316816329956,
                    -1.80025315284729,
                    0.0,
                    0.04707495495676994,
                    -0.5246021151542664,
                    -0.232796311378479,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp03",
            point: &[
                -0.027872335166614474,
                0.8330385738376971,
                0.4100663411064554,
                0.8146908588984274,
                1.0170147801745946,
                1.4751724171436595,
                0.498340379676404,
                -1.4727215432132077,
                0.2568195477171395,
                0.640381583996144,
                1.4621919969162531,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.2948457103942173,
                    w: [-0.7527992670966209, 1.102128704068945, 1.0965761946328616],
                    n: 3,
                })
                .rp03(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box([[p[7], p[8]], [p[9], p[10]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.2948457103942173,
                    w: [-0.7527992670966209, 1.102128704068945, 1.0965761946328616],
                    n: 3,
                })
                .rp03_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box([[p[7], p[8]], [p[9], p[10]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.2948457103942173,
                    w: [-0.7527992670966209, 1.102128704068945, 1.0965761946328616],
                    n: 3,
                })
                .rp03_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                    black_box([[p[7], p[8]], [p[9], p[10]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]][..]),
                    black_box([[t[7], t[8]], [t[9], t[10]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.5738391043220696,
                &[
                    1.833038573837697,
                    -2.7164958738758904,
                    0.0,
                    0.0,
                    0.0,
                    1.0729308325432991,
                    1.0,
                    3.666077147675394,
                    1.833038573837697,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp04",
            point: &[
                0.19476422235605012,
                0.5190552354128464,
                0.2408325888195062,
                0.988939102556013,
                0.3703008159881645,
                0.11498267178179918,
            ],
            f: |p| {
                let p = black_box(p);
                rp04(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9556820263172074,
                        w: [-1.038832829571628, -0.2517349559463123, -1.1499356062541797],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp04_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9556820263172074,
                        w: [-1.038832829571628, -0.2517349559463123, -1.1499356062541797],
                        n: 2,
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
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9556820263172074,
                        w: [-1.038832829571628, -0.2517349559463123, -1.1499356062541797],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.947664877293543,
                &[0.7535518563228945, 0.0, -1.0, 1.2110281518289279, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp05",
            point: &[
                0.3184056580066681,
                -1.3342045545578003,
                0.8820602893829346,
                -0.20143651962280273,
                -1.336972713470459,
                -1.4230483770370483,
                0.06461197882890701,
                0.21785807609558105,
            ],
            f: |p| {
                let p = black_box(p);
                rp05(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                    black_box(&Params {
                        k: -0.15625994644616228,
                        w: [
                            -0.24722822628525284,
                            0.9079854380369515,
                            -1.3966016435481792,
                        ],
                        n: 3,
                    }),
                    black_box(Some(0.1_f32)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp05_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                    black_box(&Params {
                        k: -0.15625994644616228,
                        w: [
                            -0.24722822628525284,
                            0.9079854380369515,
                            -1.3966016435481792,
                        ],
                        n: 3,
                    }),
                    black_box(Some(0.1_f32)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp05_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)][..]),
                    black_box(&Params {
                        k: -0.15625994644616228,
                        w: [
                            -0.24722822628525284,
                            0.9079854380369515,
                            -1.3966016435481792,
                        ],
                        n: 3,
                    }),
                    black_box(Some(0.1_f32)),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                    black_box(&[(t[4] as f32), (t[5] as f32), (t[6] as f32), (t[7] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.0667543113231659,
                &[
                    0.06461197882890701,
                    -0.1562599390745163,
                    1.0,
                    -0.005482328590005636,
                    0.0016231815097853541,
                    1.0016231536865234,
                    0.3200288414955139,
                    0.0016231815097853541,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp06",
            point: &[
                -1.2034811973571777,
                0.12865930795669556,
                -0.8688528537750244,
                0.4652334451675415,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.026223931700198082,
                    w: [1.227176995805439, 0.10873453504386778, 0.2996488283428395],
                    n: 3,
                })
                .rp06(
                    black_box(1.421893_f32),
                    black_box(0.97464484_f32),
                    black_box((p[0] as f32)),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.026223931700198082,
                    w: [1.227176995805439, 0.10873453504386778, 0.2996488283428395],
                    n: 3,
                })
                .rp06_grad(
                    black_box(1.421893_f32),
                    black_box(0.97464484_f32),
                    black_box((p[0] as f32)),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.026223931700198082,
                    w: [1.227176995805439, 0.10873453504386778, 0.2996488283428395],
                    n: 3,
                })
                .rp06_jvp(
                    black_box(1.421893_f32),
                    black_box(0.97464484_f32),
                    black_box((p[0] as f32)),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box((t[0] as f32)),
                    black_box(&[(t[1] as f32), (t[2] as f32), (t[3] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                8.814806938171387,
                &[-4.3910956382751465, 0.0, 1.2360680103302002, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp07",
            point: &[
                -1.111369164624414,
                0.724130371062774,
                -0.7309198547422658,
                -0.03393461472437177,
                -0.14674521219143222,
                0.3043791196063049,
                -1.428602126778681,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.1016675323562422,
                    w: [1.4422796015779145, 0.7741433639555697, 0.3370541231150274],
                    n: 3,
                })
                .rp07(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.1016675323562422,
                    w: [1.4422796015779145, 0.7741433639555697, 0.3370541231150274],
                    n: 3,
                })
                .rp07_grad(
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
                let (y, d) = black_box(&Params {
                    k: 0.1016675323562422,
                    w: [1.4422796015779145, 0.7741433639555697, 0.3370541231150274],
                    n: 3,
                })
                .rp07_jvp(
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
                11.076363871170951,
                &[
                    0.0,
                    2.0041929549933886,
                    1.0022355500182085,
                    -0.0011343757167365917,
                    1.010746557568544,
                    -0.011728882842647502,
                    0.00249309171096518,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp08",
            point: &[1.0732189416885376, -0.4995289444923401],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box((p[0] as f32)),
                    black_box(0.6771526_f32),
                    black_box((p[1] as f32)),
                    black_box(&[0.985335_f32, 0.7677439_f32, -0.10319179_f32, 0.62929356_f32][..]),
                    black_box(&Params {
                        k: 0.2724860105740065,
                        w: [-1.1549118106596554, 0.3585962887459485, 0.9635057307458782],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
                    black_box((p[0] as f32)),
                    black_box(0.6771526_f32),
                    black_box((p[1] as f32)),
                    black_box(&[0.985335_f32, 0.7677439_f32, -0.10319179_f32, 0.62929356_f32][..]),
                    black_box(&Params {
                        k: 0.2724860105740065,
                        w: [-1.1549118106596554, 0.3585962887459485, 0.9635057307458782],
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
                    black_box((p[0] as f32)),
                    black_box(0.6771526_f32),
                    black_box((p[1] as f32)),
                    black_box(&[0.985335_f32, 0.7677439_f32, -0.10319179_f32, 0.62929356_f32][..]),
                    black_box(&Params {
                        k: 0.2724860105740065,
                        w: [-1.1549118106596554, 0.3585962887459485, 0.9635057307458782],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (0.3232189416885376, &[1.0, 0.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp09",
            point: &[0.6601953070349936],
            f: |p| {
                let p = black_box(p);
                rp09(
                    black_box(p[0]),
                    black_box(1.3349968959910719_f64),
                    black_box([
                        -1.2433215337790182_f64,
                        1.286177668195831_f64,
                        -1.3737536401331851_f64,
                        -0.8881889629525066_f64,
                    ]),
                    black_box(&Params {
                        k: 1.12272768455124,
                        w: [1.2362141552823935, -1.1594684132846322, -1.2667429633714629],
                        n: 3,
                    }),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp09_grad(
                    black_box(p[0]),
                    black_box(1.3349968959910719_f64),
                    black_box([
                        -1.2433215337790182_f64,
                        1.286177668195831_f64,
                        -1.3737536401331851_f64,
                        -0.8881889629525066_f64,
                    ]),
                    black_box(&Params {
                        k: 1.12272768455124,
                        w: [1.2362141552823935, -1.1594684132846322, -1.2667429633714629],
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
                let (y, d) = rp09_jvp(
                    black_box(p[0]),
                    black_box(1.3349968959910719_f64),
                    black_box([
                        -1.2433215337790182_f64,
                        1.286177668195831_f64,
                        -1.3737536401331851_f64,
                        -0.8881889629525066_f64,
                    ]),
                    black_box(&Params {
                        k: 1.12272768455124,
                        w: [1.2362141552823935, -1.1594684132846322, -1.2667429633714629],
                        n: 3,
                    }),
                    black_box(None),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-2.947526778209795, &[1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp10",
            point: &[
                1.2152077159853951,
                -0.7744007337820491,
                0.1661161343096351,
                -0.3954104064986162,
                1.3355040836368994,
                -1.2310336526406476,
                -0.46464255938420246,
                -1.0678950536850942,
            ],
            f: |p| {
                let p = black_box(p);
                rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp10_grad(
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
                let (y, d) = rp10_jvp(
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
                3.859995691487061,
                &[
                    -3.2084167176083356,
                    0.0,
                    0.0,
                    0.35696569056226113,
                    0.2570359196085421,
                    3.424205836507893,
                    0.2570359196085421,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[
                0.8150248704621934,
                -0.9988273099055434,
                -0.9483151825515577,
                0.7815484278391488,
                0.8396787611037487,
            ],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
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
                let (y, d) = rp11_jvp(
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
                6.559713033780341,
                &[
                    0.0,
                    0.0,
                    4.756659275674582,
                    3.756659275674582,
                    3.756659275674582,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp12",
            point: &[
                -0.5635639239091281,
                -0.6684713446641815,
                0.20491408027542973,
                1.321292974307627,
                0.2535932172909144,
                -0.011198739339278934,
            ],
            f: |p| {
                let p = black_box(p);
                rp12(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.39641492537568274,
                        w: [
                            -0.21790512086140196,
                            -0.9458784632733226,
                            -0.685922809165763,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp12_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.39641492537568274,
                        w: [
                            -0.21790512086140196,
                            -0.9458784632733226,
                            -0.685922809165763,
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
                let (y, d) = rp12_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.39641492537568274,
                        w: [
                            -0.21790512086140196,
                            -0.9458784632733226,
                            -0.685922809165763,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                7.2466948713612425,
                &[
                    0.4551501073481794,
                    2.164214549747787,
                    0.0,
                    2.1022130611836225,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp13",
            point: &[
                -0.15847746226763998,
                -0.6213518241869376,
                0.7883202313744466,
                -0.6713923435777157,
                -1.2870521011654805,
                -0.4629187950614443,
            ],
            f: |p| {
                let p = black_box(p);
                rp13(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp13_grad(
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
                let (y, d) = rp13_jvp(
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
                1.5200080554357052,
                &[
                    -0.10506687642222624,
                    0.0,
                    0.0,
                    1.411909963549459,
                    0.15955966420942078,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp14",
            point: &[
                0.9866947718321221,
                -0.3557068850255332,
                -1.4405399263818615,
                0.620022502533332,
                -0.2842435804909136,
                -1.4936375492040896,
                -1.3146937975307358,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
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
                let (y, d) = rp14_jvp(
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
                -1.5886060056229618,
                &[
                    -0.4837029436395662,
                    1.4405399263818615,
                    2.4705980146293496,
                    -1.8898178274841777,
                    -1.4213732139764128,
                    0.0,
                    0.20940597600001018,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                0.01925997167090665,
                0.19008600950787072,
                -1.145886069750045,
                0.7082553007587664,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(-0.01117461322894494_f64),
                    black_box(p[0]),
                    black_box(0.5488542460029886_f64),
                    black_box(0.8325263911322551_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
                    black_box(-0.01117461322894494_f64),
                    black_box(p[0]),
                    black_box(0.5488542460029886_f64),
                    black_box(0.8325263911322551_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp15_jvp(
                    black_box(-0.01117461322894494_f64),
                    black_box(p[0]),
                    black_box(0.5488542460029886_f64),
                    black_box(0.8325263911322551_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.278508555909841,
                &[
                    0.0,
                    2.8836745874505407,
                    2.5762230330940756,
                    3.3506193594769353,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                0.47196513414382935,
                -0.06327473372220993,
                0.5387715101242065,
                -1.4008475542068481,
                1.020876169204712,
                0.8858333826065063,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp16_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                42.776031494140625,
                &[
                    0.0,
                    1.072738528251648,
                    0.0,
                    0.71983402967453,
                    -0.18862588703632355,
                    -1.1618553400039673,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp17",
            point: &[
                0.8346467466168743,
                1.2600447386155815,
                -0.0886605390074068,
                -1.1902203009054042,
                -0.28842023311476345,
                1.2616281065376271,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.3547110630091026,
                    w: [0.7290516145103771, 0.9688781795268185, -1.4819397624476094],
                    n: 2,
                })
                .rp17(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.3547110630091026,
                    w: [0.7290516145103771, 0.9688781795268185, -1.4819397624476094],
                    n: 2,
                })
                .rp17_grad(
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
                let (y, d) = black_box(&Params {
                    k: 1.3547110630091026,
                    w: [0.7290516145103771, 0.9688781795268185, -1.4819397624476094],
                    n: 2,
                })
                .rp17_jvp(
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
                1.7422760945540734,
                &[
                    0.0,
                    0.0,
                    -0.00283575132155581,
                    -3.025903439347407,
                    -0.0008552545751577109,
                    0.0001306232765522171,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[
                0.5609870994777275,
                -0.5671550844241203,
                1.1870929439700857,
                0.5462008127988784,
                -0.6004168775745968,
                0.47054507070446916,
            ],
            f: |p| {
                let p = black_box(p);
                rp18(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp18_grad(
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
                let (y, d) = rp18_jvp(
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
                -0.6556454342318778,
                &[
                    0.47206057122391526,
                    2.5,
                    0.0,
                    -0.37526054848412305,
                    0.6354661771895923,
                    0.3100329257354432,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[
                -0.9613282295745661,
                -0.348591964813119,
                1.2743286052230571,
                0.959227097824172,
                -1.3071941532248497,
                -1.257805497311473,
                0.8909721292659329,
                -0.4668660637046164,
                0.6260646956332977,
            ],
            f: |p| {
                let p = black_box(p);
                rp19(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp19_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
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
                    black_box([p[2], p[3], p[4]]),
                    black_box(&[[p[5], p[6]], [p[7], p[8]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                    black_box(&[[t[5], t[6]], [t[7], t[8]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.40552464498743523,
                &[
                    0.5862374129284851,
                    -0.9617869529881719,
                    -1.333866985810452,
                    1.792948776149473,
                    1.792948776149473,
                    0.0,
                    0.10396615426110278,
                    0.0,
                    0.14795746586525543,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp20",
            point: &[
                1.221760630607605,
                0.05179161578416824,
                0.07848546653985977,
                0.8110562562942505,
                -0.9439353942871094,
                0.6774491667747498,
                -0.5263240337371826,
            ],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp20_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32), (t[6] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.500213146209717,
                &[
                    0.0,
                    0.03329122066497803,
                    0.27905747294425964,
                    -0.20826944708824158,
                    0.2551564872264862,
                    -0.16517145931720734,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp21",
            point: &[
                1.2628106719316905,
                -0.8063789056452972,
                -0.3721596995489788,
                1.250024360728958,
                0.05198163002731274,
                0.23703454098088036,
                -1.2062523671641021,
                -0.9195662494039871,
                0.3867162008864563,
                -1.206503401483924,
            ],
            f: |p| {
                let p = black_box(p);
                rp21(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp21_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
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
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                    black_box(&[t[8], t[9]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.198521956145334,
                &[
                    0.0,
                    1.5333803964105703,
                    -3.5478650941040257,
                    0.0,
                    -0.7357878335549595,
                    -0.7357878335549595,
                    -0.7357878335549595,
                    -0.7357878335549595,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                -0.31306802523067134,
                0.43841945275063915,
                -0.4576549495798666,
                1.1586028020860906,
                0.3322898278954452,
            ],
            f: |p| {
                let p = black_box(p);
                rp22(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.04598724542190093_f64),
                    black_box(&vec![p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.3286146665162346,
                        w: [0.9520032678597323, 1.175793770337645, 0.4031930846673628],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp22_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.04598724542190093_f64),
                    black_box(&vec![p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.3286146665162346,
                        w: [0.9520032678597323, 1.175793770337645, 0.4031930846673628],
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
                    black_box(-0.04598724542190093_f64),
                    black_box(&vec![p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.3286146665162346,
                        w: [0.9520032678597323, 1.175793770337645, 0.4031930846673628],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.913959555077274,
                &[
                    0.0,
                    0.0,
                    -1.6723802539114199,
                    0.73505960315829,
                    -1.6723802539114199,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[
                -1.207228195424231,
                0.12732144280762817,
                0.9772023390893843,
                -0.6006639603070346,
                -0.20252623212139895,
            ],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
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
                let (y, d) = rp23_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (1.6078847449948597, &[0.0, 0.0, 0.5, 1.0, 2.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                -0.6226351949766186,
                1.4960247551678985,
                -0.18060762932176366,
                -0.6342430675198378,
                0.5420841457756302,
            ],
            f: |p| {
                let p = black_box(p);
                rp24(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp24_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
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
                    black_box([p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -13.218809131134522,
                &[
                    0.0,
                    -0.033196239257785996,
                    0.08691591589331746,
                    0.09900101915946208,
                    -0.028958008903509178,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[
                -1.1194961305894036,
                -1.4976021299720357,
                -1.1970369099819147,
                0.583597167647556,
                -1.3856045205061465,
                -0.9733784867220054,
                -1.4404766241162916,
                -0.8675403419070273,
            ],
            f: |p| {
                let p = black_box(p);
                rp25(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(Some(1.5_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp25_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(Some(1.5_f64)),
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
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(Some(1.5_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                19.548503762416477,
                &[1.0, 0.0, 0.0, 0.0, -4.0, -4.0, -4.0, -4.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp26",
            point: &[
                1.4766387823991807,
                -0.3824672109287553,
                -1.110125705843862,
                0.8912482603747447,
                -1.1719638288265286,
                -1.2637054867031978,
                0.4729017802948574,
                -0.20958908039749444,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.4190118922771551,
                    w: [
                        0.4833171202007775,
                        -0.014541537075751777,
                        -0.5660959904812243,
                    ],
                    n: 2,
                })
                .rp26(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.4190118922771551,
                    w: [
                        0.4833171202007775,
                        -0.014541537075751777,
                        -0.5660959904812243,
                    ],
                    n: 2,
                })
                .rp26_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.4190118922771551,
                    w: [
                        0.4833171202007775,
                        -0.014541537075751777,
                        -0.5660959904812243,
                    ],
                    n: 2,
                })
                .rp26_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box([p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                    black_box([t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.658329279596023,
                &[0.25443917054474985, 0.0, 0.3125, 0.5, 1.0, 2.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp27",
            point: &[
                0.8202095031738281,
                -0.9429574012756348,
                -0.36066603660583496,
                -1.3385695219039917,
            ],
            f: |p| {
                let p = black_box(p);
                rp27(
                    black_box(0.0063315304_f32),
                    black_box((p[0] as f32)),
                    black_box(0.76412874_f32),
                    black_box(-1.1597353_f32),
                    black_box(&vec![(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.14576605916854035,
                        w: [0.5324926854371879, 0.4593422606725285, 0.7318605855694905],
                        n: 3,
                    }),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp27_grad(
                    black_box(0.0063315304_f32),
                    black_box((p[0] as f32)),
                    black_box(0.76412874_f32),
                    black_box(-1.1597353_f32),
                    black_box(&vec![(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.14576605916854035,
                        w: [0.5324926854371879, 0.4593422606725285, 0.7318605855694905],
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
                let (y, d) = rp27_jvp(
                    black_box(0.0063315304_f32),
                    black_box((p[0] as f32)),
                    black_box(0.76412874_f32),
                    black_box(-1.1597353_f32),
                    black_box(&vec![(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.14576605916854035,
                        w: [0.5324926854371879, 0.4593422606725285, 0.7318605855694905],
                        n: 3,
                    }),
                    black_box(None),
                    black_box((t[0] as f32)),
                    black_box(&[(t[1] as f32), (t[2] as f32), (t[3] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (1.030388355255127, &[0.0, 0.0, 1.0, -0.3092583119869232]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp28",
            point: &[
                1.4984618831494685,
                -0.6930808384830118,
                -0.45521086707048813,
                -0.8457932108091959,
                0.2762622373272446,
            ],
            f: |p| {
                let p = black_box(p);
                rp28(
                    black_box(p[0]),
                    black_box(-0.5432848435033234_f64),
                    black_box(-1.1449716634453213_f64),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp28_grad(
                    black_box(p[0]),
                    black_box(-0.5432848435033234_f64),
                    black_box(-1.1449716634453213_f64),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp28_jvp(
                    black_box(p[0]),
                    black_box(-0.5432848435033234_f64),
                    black_box(-1.1449716634453213_f64),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.09068740615302096,
                &[
                    0.0,
                    0.0,
                    -0.032899892122912,
                    2.834700598443272,
                    -0.8996195836942849,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp29",
            point: &[
                0.2822394185905928,
                0.33409035588172503,
                -0.3300941531157474,
                -0.6353785669941956,
                0.06364817171376672,
            ],
            f: |p| {
                let p = black_box(p);
                rp29(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp29_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp29_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -11.516466599933533,
                &[0.0, 0.0, 1.717977844254702, -0.40895041605174376, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp30",
            point: &[
                1.0111316504486945,
                -1.0801718174350283,
                1.3694300642122326,
                1.3426580673259163,
                -0.3142483260649572,
                0.8051809622795341,
                1.1789071404216453,
                1.194524895213511,
                -1.3253118995597462,
                0.5844861910185143,
            ],
            f: |p| {
                let p = black_box(p);
                rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp30_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
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
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[p[8], p[9]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                    black_box(&[t[8], t[9]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.6787611691932,
                &[
                    0.6796052335714726,
                    0.0,
                    0.0,
                    1.365147041413808,
                    3.4688788355480016,
                    8.333974066349718,
                    3.4688788355480016,
                    3.4688788355480016,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[
                -0.7075855851002254,
                -0.9533238437602499,
                0.3038464351127995,
                0.7293484140383827,
                0.16239373867033757,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.2888983803866568,
                    w: [-0.6082457062155496, 0.4724577606127237, 0.22213286206249985],
                    n: 2,
                })
                .rp31(
                    black_box(-0.9118730584252522_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.000552186803155_f64),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(Some(0.1_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.2888983803866568,
                    w: [-0.6082457062155496, 0.4724577606127237, 0.22213286206249985],
                    n: 2,
                })
                .rp31_grad(
                    black_box(-0.9118730584252522_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.000552186803155_f64),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(Some(0.1_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.2888983803866568,
                    w: [-0.6082457062155496, 0.4724577606127237, 0.22213286206249985],
                    n: 2,
                })
                .rp31_jvp(
                    black_box(-0.9118730584252522_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.000552186803155_f64),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(Some(0.1_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.6425560603329731,
                &[
                    -0.5497598688583706,
                    0.0,
                    0.11760391426560887,
                    0.8246600284121903,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp32",
            point: &[
                0.1565553527128135,
                1.3775135347989496,
                0.4768377018940303,
                -0.7853410385894852,
            ],
            f: |p| {
                let p = black_box(p);
                rp32(
                    black_box(p[0]),
                    black_box(-1.3384999317213284_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp32_grad(
                    black_box(p[0]),
                    black_box(-1.3384999317213284_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp32_jvp(
                    black_box(p[0]),
                    black_box(-1.3384999317213284_f64),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                11.153884677639365,
                &[
                    0.25,
                    -0.9570341595011862,
                    4.273300645948064,
                    4.273300645948064,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp33",
            point: &[0.05265451228302363, -0.4194471907778837],
            f: |p| {
                let p = black_box(p);
                rp33(
                    black_box(p[0]),
                    black_box(0.3238028059286118_f64),
                    black_box(-0.026300235865441043_f64),
                    black_box(p[1]),
                    black_box([
                        0.6205569830104635_f64,
                        1.1844763359912962_f64,
                        -0.7621438180549795_f64,
                        1.4904784781584322_f64,
                    ]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.7802772439933114,
                        w: [0.41867733505514904, -1.3462054173182914, 1.2406044773370473],
                        n: 3,
                    }),
                    black_box(Some(1.0_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp33_grad(
                    black_box(p[0]),
                    black_box(0.3238028059286118_f64),
                    black_box(-0.026300235865441043_f64),
                    black_box(p[1]),
                    black_box([
                        0.6205569830104635_f64,
                        1.1844763359912962_f64,
                        -0.7621438180549795_f64,
                        1.4904784781584322_f64,
                    ]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.7802772439933114,
                        w: [0.41867733505514904, -1.3462054173182914, 1.2406044773370473],
                        n: 3,
                    }),
                    black_box(Some(1.0_f64)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp33_jvp(
                    black_box(p[0]),
                    black_box(0.3238028059286118_f64),
                    black_box(-0.026300235865441043_f64),
                    black_box(p[1]),
                    black_box([
                        0.6205569830104635_f64,
                        1.1844763359912962_f64,
                        -0.7621438180549795_f64,
                        1.4904784781584322_f64,
                    ]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.7802772439933114,
                        w: [0.41867733505514904, -1.3462054173182914, 1.2406044773370473],
                        n: 3,
                    }),
                    black_box(Some(1.0_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (8.168009513172315, &[-1.0, 0.1]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp34",
            point: &[
                1.2888891696929932,
                -0.042932767421007156,
                -1.126151204109192,
                0.5974732041358948,
                -0.016065597534179688,
                -1.3591351509094238,
                0.4212172031402588,
                1.2902108430862427,
            ],
            f: |p| {
                let p = black_box(p);
                rp34(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&[(p[6] as f32), (p[7] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp34_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&[(p[6] as f32), (p[7] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp34_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)][..]),
                    black_box(&[(p[6] as f32), (p[7] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)][..]),
                    black_box(&[(t[6] as f32), (t[7] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -3.190277576446533,
                &[0.0, 0.0, 0.5, -0.5, 0.5, -0.5, 0.0, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp35",
            point: &[
                -0.7024720939668373,
                1.3143113638037442,
                0.4585656382820417,
                0.9829484093311668,
                -1.0750855875886889,
                0.7825783370636163,
                -0.4621178852648432,
            ],
            f: |p| {
                let p = black_box(p);
                rp35(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp35_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
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
                    black_box([p[4], p[5], p[6]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.22347346659003997,
                &[
                    1.0,
                    0.5484510947345109,
                    0.0,
                    0.0,
                    -2.46433380713202,
                    -1.7552359215152982,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp36",
            point: &[
                -0.9229171276092529,
                0.5298164486885071,
                0.7000808715820313,
                0.43135395646095276,
                0.26132920384407043,
            ],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
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
                let (y, d) = rp36_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (3.5097789764404297, &[1.0, 0.0, 1.25, 1.25, 1.25]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp37",
            point: &[
                -0.7569015997533037,
                -1.432678853912815,
                -0.6474449509277721,
                -1.3227610340750657,
                0.36341312823082844,
                -0.9714072409543779,
            ],
            f: |p| {
                let p = black_box(p);
                rp37(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(Some(0.5_f64)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp37_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(Some(0.5_f64)),
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(Some(0.5_f64)),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.823992149304377,
                &[
                    -1.0,
                    1.1810926667501924,
                    3.25,
                    0.0,
                    -3.6562062752166486,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[
                0.991425346693478,
                -0.14452079182388317,
                0.3712666922555536,
                -0.2382284614975964,
                -0.0418127453606198,
                0.44435617770753627,
                1.140685582852982,
            ],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.12007043847615001,
                        w: [0.6810167385862611, -0.3601587587875493, 1.0187554463067925],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.12007043847615001,
                        w: [0.6810167385862611, -0.3601587587875493, 1.0187554463067925],
                        n: 2,
                    }),
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
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.12007043847615001,
                        w: [0.6810167385862611, -0.3601587587875493, 1.0187554463067925],
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
                -22.160092789343935,
                &[
                    -28.58062055536118,
                    1.1283970921191908,
                    -3.0,
                    -26.07483344725879,
                    -24.07483344725879,
                    -37.88464847654533,
                    -25.07483344725879,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp39",
            point: &[
                -0.9269301486383921,
                -1.3469490457447368,
                -0.2529174609596575,
                -1.0090928259550727,
                -0.6113820861898622,
                0.23021147552042912,
                -0.8929933717599128,
                1.1032625384927848,
            ],
            f: |p| {
                let p = black_box(p);
                rp39(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp39_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
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
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.927961658673857,
                &[
                    0.0,
                    0.13242395879701357,
                    -1.28472287566605,
                    0.0,
                    -0.42224151650557906,
                    -1.6756434580146786,
                    -2.8761224173632773,
                    1.1961557430107066,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp40",
            point: &[
                -0.6025689014290061,
                0.13587849543390174,
                -0.9938088610589705,
                -1.4343565488394703,
                -0.12543292476977802,
                0.5904745294298488,
            ],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
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
                let (y, d) = rp40_jvp(
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
                381.9397207033201,
                &[
                    0.0,
                    0.266830508391322,
                    387.88662097490646,
                    0.8936029939940142,
                    2.9535308625434404,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[
                -0.9396480114042692,
                0.2923188282935268,
                0.24299903026621344,
                0.25668825323764216,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.1221940734802256,
                    w: [
                        -0.18489593409624624,
                        -0.4657038839516999,
                        -0.2709067427470335,
                    ],
                    n: 3,
                })
                .rp41(
                    black_box(1.0781210773094374_f64),
                    black_box(1.323924362742126_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.1221940734802256,
                    w: [
                        -0.18489593409624624,
                        -0.4657038839516999,
                        -0.2709067427470335,
                    ],
                    n: 3,
                })
                .rp41_grad(
                    black_box(1.0781210773094374_f64),
                    black_box(1.323924362742126_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.1221940734802256,
                    w: [
                        -0.18489593409624624,
                        -0.4657038839516999,
                        -0.2709067427470335,
                    ],
                    n: 3,
                })
                .rp41_jvp(
                    black_box(1.0781210773094374_f64),
                    black_box(1.323924362742126_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                    black_box([t[0], t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                11.773130319291662,
                &[
                    0.0,
                    1.0781210773094374,
                    0.020312332796490785,
                    1.0781210773094374,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp42",
            point: &[
                -0.6410208256689081,
                -0.11482829108602717,
                -0.2647571959342234,
                0.3508178884872548,
                1.3310742846149226,
                -0.8070307232216856,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp42_grad(
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
                let (y, d) = rp42_jvp(
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
                2.7196250812258946,
                &[
                    0.0,
                    0.0,
                    3.1881277203754954,
                    0.00797031930093874,
                    0.7970319300938739,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp43",
            point: &[
                0.23889100551605225,
                -1.3288911581039429,
                0.24405673146247864,
                0.5373804569244385,
                -0.8851592540740967,
                -0.7578257918357849,
                1.0789059400558472,
                -0.03286423906683922,
                -1.025326132774353,
                0.7331662178039551,
            ],
            f: |p| {
                let p = black_box(p);
                rp43(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(Some(-0.75_f32)),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp43_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(Some(-0.75_f32)),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp43_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&[
                        [(p[6] as f32), (p[7] as f32)],
                        [(p[8] as f32), (p[9] as f32)],
                    ]),
                    black_box(Some(-0.75_f32)),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box([(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                    black_box(&[
                        [(t[6] as f32), (t[7] as f32)],
                        [(t[8] as f32), (t[9] as f32)],
                    ]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.226535797119141,
                &[
                    -0.4777820110321045,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    -0.03286423906683922,
                    1.0789059400558472,
                    0.7331662178039551,
                    -1.025326132774353,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp44",
            point: &[0.23560043755987697, 1.493736434929255],
            f: |p| {
                let p = black_box(p);
                rp44(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        0.3841337894134649_f64,
                        1.424982288489324_f64,
                        -0.14667729508900562_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp44_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        0.3841337894134649_f64,
                        1.424982288489324_f64,
                        -0.14667729508900562_f64,
                    ]),
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
                    black_box(&[
                        0.3841337894134649_f64,
                        1.424982288489324_f64,
                        -0.14667729508900562_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (4.888324419406267, &[0.0, 1.98747286985851]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp45",
            point: &[
                0.9766800198465966,
                0.1256671166783671,
                1.1791862750186606,
                0.25687207978015497,
                1.3786138136958657,
                0.1723259359008543,
                1.1179092864873497,
                0.12183904738304674,
            ],
            f: |p| {
                let p = black_box(p);
                rp45(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp45_grad(
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
                let (y, d) = rp45_jvp(
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
                20.721047847036278,
                &[
                    -1.0,
                    0.0,
                    0.0,
                    1.0,
                    7.893659578215577,
                    0.000693204848164708,
                    5.914209425652529,
                    4.1952614983093275,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[
                -1.1111074954747575,
                1.4397666761408618,
                -1.2779884054532542,
                0.9408569098730951,
                -1.2786735827631233,
            ],
            f: |p| {
                let p = black_box(p);
                rp46(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp46_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp46_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.5781330153412252,
                &[
                    14.20365933547445,
                    0.0,
                    -0.8106090374803547,
                    -0.04729609029469416,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp47",
            point: &[
                -0.44430622885379933,
                0.1436338741348869,
                0.43009861897991897,
                1.3070605461493556,
                0.15728370711476092,
                1.3277762745076322,
                -1.2835217756386248,
                0.5272237580871901,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.4459639691773281,
                    w: [-0.5505664953359694, 1.0054085706575222, -0.7998384650924014],
                    n: 2,
                })
                .rp47(
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
                    k: 0.4459639691773281,
                    w: [-0.5505664953359694, 1.0054085706575222, -0.7998384650924014],
                    n: 2,
                })
                .rp47_grad(
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
                    k: 0.4459639691773281,
                    w: [-0.5505664953359694, 1.0054085706575222, -0.7998384650924014],
                    n: 2,
                })
                .rp47_jvp(
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
                5.606309899815678,
                &[0.0, 0.0, 1.0, 0.0, 0.5, 1.652146541653544, 1.0, 0.5],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp48",
            point: &[
                1.3095971802543287,
                -0.2562247857227631,
                -0.09915567266639533,
                -0.0005901415062013394,
                1.2762570539119187,
                -0.034874929014448004,
            ],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: -0.660649064543962,
                        w: [0.7211101288082711, 0.840285687851378, 1.0982122803486287],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: -0.660649064543962,
                        w: [0.7211101288082711, 0.840285687851378, 1.0982122803486287],
                        n: 3,
                    }),
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
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(true),
                    black_box(&Params {
                        k: -0.660649064543962,
                        w: [0.7211101288082711, 0.840285687851378, 1.0982122803486287],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.6333611692829122,
                &[0.0, -1.0, 1.0, 0.0, 0.0, 0.023928553066537458],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                1.0724700943748535,
                0.07648452430185657,
                0.03769282895964949,
                -0.42760303388826776,
                -1.031839042889053,
            ],
            f: |p| {
                let p = black_box(p);
                rp49(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp49_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
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
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.9217492478176712, &[0.0, 0.0, 1.0, 1.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp50",
            point: &[
                -0.330834522611966,
                0.6467367274754394,
                0.48988174202786017,
                -0.7881632487644071,
                -1.344680958996046,
                0.8347911589382754,
                -0.5365082352144452,
            ],
            f: |p| {
                let p = black_box(p);
                rp50(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(None),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp50_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(None),
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
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(None),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.710396779716709,
                &[
                    0.0,
                    0.0,
                    0.0,
                    -2.5857053372638124,
                    -6.5603661162182885,
                    -2.5857053372638124,
                    -2.5857053372638124,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp51",
            point: &[
                -0.5244551301002502,
                -1.3409312963485718,
                -0.018412740901112556,
                -0.0847998633980751,
                -1.134263515472412,
                -0.8699638247489929,
                -1.3373727798461914,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.45034691363486545,
                    w: [-0.6098865695262917, 0.21166133492492595, 0.5227055096184118],
                    n: 3,
                })
                .rp51(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.45034691363486545,
                    w: [-0.6098865695262917, 0.21166133492492595, 0.5227055096184118],
                    n: 3,
                })
                .rp51_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.45034691363486545,
                    w: [-0.6098865695262917, 0.21166133492492595, 0.5227055096184118],
                    n: 3,
                })
                .rp51_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&[(p[3] as f32), (p[4] as f32), (p[5] as f32), (p[6] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32), (t[6] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.094566822052002,
                &[
                    0.0,
                    -3.4263999462127686,
                    0.0,
                    -1.3409312963485718,
                    -1.3409312963485718,
                    -1.3409312963485718,
                    -1.3409312963485718,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp52",
            point: &[-0.10690525285519002, 1.297589537743031],
            f: |p| {
                let p = black_box(p);
                rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        0.9608842846328215_f64,
                        1.1357665482360375_f64,
                        0.7267262942208249_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp52_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        0.9608842846328215_f64,
                        1.1357665482360375_f64,
                        0.7267262942208249_f64,
                    ]),
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
                    black_box(&[
                        0.9608842846328215_f64,
                        1.1357665482360375_f64,
                        0.7267262942208249_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.5021078578055703, &[0.0, 0.0011771821472501835]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                -0.20586742460727692,
                1.079124093055725,
                1.3655287027359009,
                -0.38005590438842773,
                0.30759814381599426,
                0.09297209233045578,
                0.02884109690785408,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32)][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
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
                let (y, d) = rp53_jvp(
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
                -47.03041458129883,
                &[
                    2.665449857711792,
                    -1.25,
                    0.0,
                    0.0,
                    6.722457408905029,
                    0.0,
                    0.8561056852340698,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp54",
            point: &[
                1.2197940674240384,
                -0.10181088904311282,
                -0.8565187798604396,
                1.1433886632079975,
                -0.7154344239047443,
                -0.6196446288200912,
            ],
            f: |p| {
                let p = black_box(p);
                rp54(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.8836985548672743,
                        w: [0.5102117298731651, 0.5855953496585032, -1.4091086167958717],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp54_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.8836985548672743,
                        w: [0.5102117298731651, 0.5855953496585032, -1.4091086167958717],
                        n: 3,
                    }),
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
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.8836985548672743,
                        w: [0.5102117298731651, 0.5855953496585032, -1.4091086167958717],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.8996837668413906,
                &[
                    4.463692700768639,
                    -0.018903931556788364,
                    3.109353793344299,
                    5.290948641865192,
                    2.169381972390464,
                    1.6273528923211042,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[1.1998668704251927, -1.0825259507102518],
            f: |p| {
                let p = black_box(p);
                rp55(
                    black_box(p[0]),
                    black_box(0.17757945954014231_f64),
                    black_box(-0.9159321796151076_f64),
                    black_box(p[1]),
                    black_box([
                        0.5275091124804845_f64,
                        -0.2873206575457965_f64,
                        0.995812158000605_f64,
                        -1.15400185556995_f64,
                    ]),
                    black_box(&[
                        [-0.11515651106377585_f64, 0.06749612449277051_f64],
                        [0.10092597003998785_f64, -0.7900791890498995_f64],
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp55_grad(
                    black_box(p[0]),
                    black_box(0.17757945954014231_f64),
                    black_box(-0.9159321796151076_f64),
                    black_box(p[1]),
                    black_box([
                        0.5275091124804845_f64,
                        -0.2873206575457965_f64,
                        0.995812158000605_f64,
                        -1.15400185556995_f64,
                    ]),
                    black_box(&[
                        [-0.11515651106377585_f64, 0.06749612449277051_f64],
                        [0.10092597003998785_f64, -0.7900791890498995_f64],
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp55_jvp(
                    black_box(p[0]),
                    black_box(0.17757945954014231_f64),
                    black_box(-0.9159321796151076_f64),
                    black_box(p[1]),
                    black_box([
                        0.5275091124804845_f64,
                        -0.2873206575457965_f64,
                        0.995812158000605_f64,
                        -1.15400185556995_f64,
                    ]),
                    black_box(&[
                        [-0.11515651106377585_f64, 0.06749612449277051_f64],
                        [0.10092597003998785_f64, -0.7900791890498995_f64],
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (1.2848828892137556, &[-0.5994873018960362, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                -0.43477441151078894,
                -0.02850652384767599,
                -0.3865143028846189,
                0.6767489216554231,
                0.7010516842802029,
                1.0558580779032745,
                0.2819238272417624,
                -0.3371816492619217,
                -0.9370769968028128,
                0.8400907259140821,
                -0.8733080131595605,
                1.0789659069345214,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.0617314830094953,
                    w: [
                        -0.3702480434695643,
                        -0.09458149724515953,
                        -1.137186359179001,
                    ],
                    n: 3,
                })
                .rp56(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.0617314830094953,
                    w: [
                        -0.3702480434695643,
                        -0.09458149724515953,
                        -1.137186359179001,
                    ],
                    n: 3,
                })
                .rp56_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 1.0617314830094953,
                    w: [
                        -0.3702480434695643,
                        -0.09458149724515953,
                        -1.137186359179001,
                    ],
                    n: 3,
                })
                .rp56_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                    black_box([[t[8], t[9]], [t[10], t[11]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                12.34333394442124,
                &[
                    0.0,
                    0.0,
                    0.441429229914718,
                    0.0,
                    0.13487073836681518,
                    0.41443256906271037,
                    0.5394829534672607,
                    1.0789659069345214,
                    7.560816533226737,
                    -8.433692971225316,
                    9.710693162410692,
                    -7.70439587406624,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp57",
            point: &[
                -0.9691937440939503,
                -0.4783187836650217,
                1.2081257664786322,
                -1.466834220323087,
                0.5891215224494512,
                -1.1347992184167792,
                1.2578273386515768,
                -0.8763039276770342,
            ],
            f: |p| {
                let p = black_box(p);
                rp57(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp57_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp57_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.7902075284122367,
                &[
                    0.0,
                    0.0,
                    3.0,
                    -3.0,
                    -1.9479579217332212,
                    9.010576184494454,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[-0.6528463363647461, -1.1053777933120728],
            f: |p| {
                let p = black_box(p);
                rp58(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[0.12166928_f32, -0.43670765_f32, -0.21837664_f32]),
                    black_box(&[0.10010121_f32, -0.31690383_f32]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9304734377756336,
                        w: [
                            -0.025419820526424566,
                            -1.1293709995553607,
                            -0.7939036396830205,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp58_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[0.12166928_f32, -0.43670765_f32, -0.21837664_f32]),
                    black_box(&[0.10010121_f32, -0.31690383_f32]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9304734377756336,
                        w: [
                            -0.025419820526424566,
                            -1.1293709995553607,
                            -0.7939036396830205,
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
                let (y, d) = rp58_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[0.12166928_f32, -0.43670765_f32, -0.21837664_f32]),
                    black_box(&[0.10010121_f32, -0.31690383_f32]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.9304734377756336,
                        w: [
                            -0.025419820526424566,
                            -1.1293709995553607,
                            -0.7939036396830205,
                        ],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (10.018613815307617, &[0.0, 1.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp59",
            point: &[
                -0.7295433255702509,
                -0.4558581768435454,
                -1.0557501052909541,
                1.095093077008902,
                0.6684493387092993,
                -1.3084438514860897,
                -1.025074831398654,
            ],
            f: |p| {
                let p = black_box(p);
                rp59(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp59_grad(
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
                let (y, d) = rp59_jvp(
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
                50.667741689092765,
                &[
                    -3.857178076061378e-5,
                    1.0,
                    1.0000227332337563,
                    0.7653851198678272,
                    15.094676376277501,
                    -0.046116838592558745,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[
                0.4300308013565762,
                -0.1319649287741195,
                1.3962761596979258,
                1.4521044738870006,
                -0.5241739661549032,
                -0.3443470441476524,
                -0.9649690903056035,
                0.8736467029876925,
            ],
            f: |p| {
                let p = black_box(p);
                rp60(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp60_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(false),
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
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.528269231304864,
                &[
                    0.0,
                    1.5936765192287443,
                    -0.4814709880073885,
                    0.0,
                    0.0,
                    0.8773671344707986,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                -0.045541376222606726,
                0.05416300527808024,
                0.9196418421865687,
                -0.935787826821852,
                -0.16988849603700099,
                0.4678005969116383,
                -0.1822540936935905,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.3993418329995078,
                    w: [0.21615076663509433, -0.638240971741539, 1.3427759268132888],
                    n: 2,
                })
                .rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.3993418329995078,
                    w: [0.21615076663509433, -0.638240971741539, 1.3427759268132888],
                    n: 2,
                })
                .rp61_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.3993418329995078,
                    w: [0.21615076663509433, -0.638240971741539, 1.3427759268132888],
                    n: 2,
                })
                .rp61_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.9379042642506766,
                &[
                    1.0,
                    0.0,
                    -0.010681831190950746,
                    1.0,
                    0.006737569772370778,
                    -0.09908784066793458,
                    0.06774523998849499,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[
                -0.667930019023905,
                0.4942780209248763,
                -0.5449913904229952,
                -0.621436567035696,
                0.5215846292554279,
                0.47320962330315214,
            ],
            f: |p| {
                let p = black_box(p);
                rp62(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp62_grad(
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
                let (y, d) = rp62_jvp(
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
                0.395536119053721,
                &[
                    -1.414213562373095,
                    1.0,
                    1.4196288699094564,
                    -0.27479743139326873,
                    0.24549828815987068,
                    -1.406027468697862,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[-0.8086034024337906],
            f: |p| {
                let p = black_box(p);
                rp63(
                    black_box(p[0]),
                    black_box(0.5761230225691423_f64),
                    black_box(0.6855848837328_f64),
                    black_box(
                        &[
                            -0.47294802725273544_f64,
                            0.06172551827676062_f64,
                            1.1594937024478973_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp63_grad(
                    black_box(p[0]),
                    black_box(0.5761230225691423_f64),
                    black_box(0.6855848837328_f64),
                    black_box(
                        &[
                            -0.47294802725273544_f64,
                            0.06172551827676062_f64,
                            1.1594937024478973_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp63_jvp(
                    black_box(p[0]),
                    black_box(0.5761230225691423_f64),
                    black_box(0.6855848837328_f64),
                    black_box(
                        &[
                            -0.47294802725273544_f64,
                            0.06172551827676062_f64,
                            1.1594937024478973_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (0.3598160953606087, &[1.0110140497100288]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
