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

static RP00_K0: f64 = 2.0;
#[differentiate]
fn rp00_h1(y0: [f64; 3], s1: f64) -> (f64, f64) {
    for i1 in 0..=2 {}
    let mut v2 = (s1 * s1 + 1.0).ln();
    (
        f64::max(2.0_f64, v2) + v2,
        f64::mul_add(s1, s1, (RP00_K0 + v2)),
    )
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp00_h0(s0: f64, n1: usize) -> (f64, f64) {
        (f64::mul_add(s0, (RP00_K0 - 0.25), s0), 0.5_f64.tanh().tan())
    }
}
impl Params {
    #[differentiate(wrt(a, c))]
    fn rp00(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
        let mut v1 = (-d);
        let mut v2 = b;
        for zv1 in &x {
            let mut arr3 = [0.0_f64; 3];
        }
        for &zv2 in x.iter().filter(|&&zv3| zv3 < 0.25) {}
        d.hypot((a * a + 1.0).powi(-2)) + v1 + v2
    }
}

static RP01_K0: f32 = 0.25_f32;
#[differentiate]
fn rp01_h0(s0: f32, s1: f32, y2: [f32; 3]) -> (f32, f32) {
    for e1 in y2.iter() {
        let mut v2 = (f32::max(y2[1], y2[1]) - (s1 + 0.5_f32));
        if (y2[0] / (RP01_K0 * RP01_K0 + 1.0_f32)) >= RP01_K0 {
            return (RP01_K0.mul_add(v2, y2[0]), 1.0_f32);
        }
    }
    let v3 = (y2[1] / ((-1.25_f32) * (-1.25_f32) + 1.0_f32));
    (
        RP01_K0.atan2(y2[2] * y2[2] + 0.5_f32) + v3,
        (5.0_f32.sqrt() - 2.0_f32),
    )
}
#[differentiate]
fn rp01_h1(s0: f32, y1: [f32; 3], y2: &[f32]) -> (f32, f32) {
    if y1[1] > s0 {
        let mut v1 = y1[1];
    }
    (f32::mul_add(y1[2], 0.1_f32, s0), (s0 * 1.5_f32))
}
#[differentiate]
fn rp01(a: f32, b: f32, x: [f32; 4]) -> f32 {
    let mut v1: f32 = 1.5_f32;
    let mut v2 = (5.0_f32.sqrt() - 2.0_f32);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
    }
    if (v2 + 0.25_f32) < RP01_K0 {}
    let mut v5: f32 = (a * 2.0_f32.mul_add(RP01_K0, 2.0_f32));
    for (zi1, &zv2) in x.iter().enumerate().skip(1) {}
    v5 += (if (a > RP01_K0 && 1.5_f32 > v1) {
        (0.5_f32 - x[3])
    } else {
        (x[1] * x[3])
    });
    (2.0_f32 * x[1]).hypot(x[1]) + v1 + v2 + v5
}

const RP02_N: usize = 4;
const RP02_K0: [f64; 3] = [1.5, 1.5, 2.0];
static RP02_K1: f64 = 3.0;
const RP02_K2: f64 = 0.25;
#[differentiate]
fn rp02(a: f64, b: f64, c: f64, x: [f64; RP02_N], p: &Params) -> f64 {
    let mut v1 = (f64::from(3u8) * 0.5);
    let zf1 = |zt2: &f64| (*zt2) * x[1];
    let v2 = x.iter().map(zf1).sum::<f64>();
    (2.0_f64.powi(2) * 0.25) + v1 + v2
}

const RP03_N: usize = 3;
#[differentiate]
fn rp03(a: f32, b: f32, x: &[f32; RP03_N]) -> f32 {
    let mut v1 = (a * a + 1.5_f32).acosh();
    for i2 in 0..x.len() {
        for (zp1, zq2) in x.iter().zip(x.iter()) {
            v1 = 0.25_f32.powi(2);
        }
        {
            let mut arr3: [f32; 3] = [
                ((0.25_f32 + 0.25_f32) * 0.25_f32),
                f32::cbrt((x[1] * x[1] + 0.5_f32)),
                (x.chunks_exact(2)
                    .map(|zw3| (zw3[0] - zw3[1]) * 0.5_f32 + 0.25_f32)
                    .sum::<f32>()),
            ];
            arr3[2] += (a
                / (((0..3)
                    .rev()
                    .map(|zi4| (zi4 as f32 + 1.0_f32) * a)
                    .sum::<f32>())
                    * ((0..3)
                        .rev()
                        .map(|zi4| (zi4 as f32 + 1.0_f32) * a)
                        .sum::<f32>())
                    + 1.0_f32));
            arr3[i2] += 3.0_f32.fract();
        }
    }
    (x.iter()
        .filter(|&&zv6| 0.25_f32 < 3.0_f32)
        .map(|&zv5| zv5 * v1)
        .sum::<f32>())
        + v1
}

const RP04_K0: f64 = 0.5;
static RP04_K1: f64 = (-1.25);
#[differentiate]
fn rp04_h0(r0: &f64) -> Vec<f64> {
    if !(RP04_K1 < (-0.5)) {}
    for i1 in (0..=2).rev() {
        if 1.5 < 0.5 {
            return vec![((*r0) / (0.5 * 0.5 + 1.0)); 3];
        }
    }
    let mut out = vec![0.0; 3];
    out[0] = (1.5_f64 * 1.5_f64 + 1.5).log((*r0) * (*r0) + 2.0);
    out[1] = f64::exp2((*r0).cos());
    out[2] = 0.5_f64.mul_add((f64::from(3u8) * 0.5), (*r0));
    out
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp04_h1(&self, s0: f64, y1: &[f64]) -> (f64, f64) {
        let mut v1 = y1[1];
        for i2 in 0..3 {
            y1.iter().for_each(|&zv1| v1 += zv1 * (RP04_K1 + s0));
            v1 *= (s0 + y1[0]);
        }
        let (v3, v4) = (
            (((s0 * v1) as f32).sin() as f64),
            (((s0) as f32).sin() as f64),
        );
        (y1[0] + v1 + v3 + v4, self.k.mul_add(RP04_K0, y1[1]).min(v3))
    }
}
impl Params {
    #[differentiate]
    fn rp04(&self, a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
        let mut v1 = (self.n as f64);
        let mut v2 = (c / (x[1] * x[1] + 1.0));
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            let mut k5 = 0usize;
            loop {
                if k5 >= 3 {
                    break;
                }
                let i6 = k5;
                k5 += 1;
                v1 += (RP04_K1 * x[i6]);
                v1 += RP04_K1;
            }
        }
        let v7 = (b / (x[1] * x[1] + 1.0));
        let mut arr8: [f64; 3] = [(v1 * x[0]), (a + x[0]), RP04_K0];
        for (i9, e10) in x.iter().enumerate() {}
        if (if true { arr8[1] } else { RP04_K1 }) > v7 {
            v2 *= (v7 + RP04_K0);
        } else {
        }
        (-arr8[0]) + v1 + v2 + v7 + arr8[0] + arr8[1] + arr8[2]
    }
}

static RP05_K0: [f64; 3] = [1.5, 0.1, 1.5];
const RP05_K1: f64 = 2.0;
#[differentiate]
fn rp05_h0(y0: [f64; 3]) -> f64 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let mut v3: f64 = (-1.25);
    }
    for i4 in (0..=2).rev() {
        let mut v5 = (RP05_K0[0] - 1.5);
    }
    let mut v6: f64 = (-1.25);
    (-2.0) + v6
}
#[differentiate(wrt(x))]
fn rp05(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (RP05_K0[1] / (RP05_K0[0] * RP05_K0[0] + 1.0));
    let mut v2 = (b * b);
    for (zp1, zq2) in x.iter().zip(&RP05_K0[1..]) {
        for zv3 in &RP05_K0 {
            v2 = ((*zq2) - b);
        }
    }
    {
        v2 = v1.mul_add(f64::atanh((x[0].sin() * 0.5)), 1.5);
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            v1 *= (1.5 + v2);
            let mut v5 =
                ((-2.0) + (RP05_K0[2] * RP05_K0[2] + 1.5).log(RP05_K0[0] * RP05_K0[0] + 2.0));
        }
    }
    for i6 in 0..x.len() {
        for e7 in RP05_K0 {
            let mut arr8: Vec<f64> = vec![0.0; 3];
            arr8[i6] += rp05_h0(RP05_K0);
        }
        if (0.25_f64).is_sign_negative() {
            let v9: f64 = x
                .iter()
                .map(|&zv4| zv4 * ((i6 as f64) * (i6 as f64) + 1.5).log(b * b + 2.0))
                .sum();
        } else {
            let (v10, v11) = (
                (RP05_K0
                    .iter()
                    .zip(&RP05_K0)
                    .map(|(zp5, zq6)| (*zp5) * (*zq6) * x[0])
                    .sum::<f64>()),
                (RP05_K0
                    .iter()
                    .zip(&RP05_K0)
                    .map(|(zp7, zq8)| (*zp7) * (*zq8) * x[0])
                    .sum::<f64>()),
            );
            let mut arr12: Vec<f64> = vec![0.0; x.len()];
        }
    }
    x[1] + v1 + v2
}

const RP06_K0: f64 = 0.25;
static RP06_K1: f64 = 0.25;
const RP06_K2: f64 = 0.1;
#[differentiate]
fn rp06_h0(r0: &f64) -> Vec<f64> {
    for i1 in 0..3 {}
    let v2: f64 = f64::fract((0.5_f64 * 0.5_f64 + 0.5).log2());
    for i3 in 0..3 {}
    let mut out = vec![0.0; 3];
    out[0] = 0.5 + v2;
    out[1] = f64::exp2(0.5_f64.cos());
    out[2] = ((0.5 / (RP06_K1 * RP06_K1 + 1.0)) / (1.5 * 1.5 + 1.0));
    out
}
#[differentiate]
fn rp06_h1(y0: &[f64]) -> f64 {
    (((1.0) as f32).sin() as f64)
}
#[differentiate]
fn rp06(a: f64, b: f64, c: f64, x: [f64; 3], m: [[f64; 2]; 2]) -> f64 {
    let mut v1 = ((c / (m[1][1] * m[1][1] + 1.0)) * (c / (m[1][1] * m[1][1] + 1.0)) + 0.5).cbrt();
    if v1.mul_add(1.5, a) < (x.iter().cloned().rev().map(|zv1| zv1 * 1.5).sum::<f64>()) {
        let w2 = rp06_h0(&(c));
        if (v1 > 0.1 && a < c) {
            v1 += rp06_h1(&w2);
        } else if (c - 3.0) > (-a) {
            let zf2 = |zt3: f64| zt3 * (2.0_f64.powi(2) * 0.25).tanh().to_degrees();
            let zg4 = |zt5: f64| zf2(zt5) * 0.5 + (1.5 + a);
            let v3 = zg4((x
                .chunks_exact(2)
                .map(|zw6| (zw6[0] - zw6[1]) * 0.5 + zw6[1])
                .sum::<f64>())
            .atan())
                - zf2((((3.0) as f32).sin() as f64));
        } else {
            let mut arr4 = x;
        }
        for i5 in 0..=2 {
            let w6 = rp06_h0(&(rp06_h1(&x)));
            v1 = (a * w6[i5].atan2(c * c + 0.5));
        }
    } else {
    }
    if !(1.5 >= v1) {
        if v1.tanh() >= (-2.0) {
        } else {
            v1 = x.iter().copied().map(f64::exp).sum::<f64>();
        }
        let mut arr7 = [0.0_f64; 3];
    }
    let mut arr8 = x;
    v1 /= rp06_h1(&arr8) * rp06_h1(&arr8) + 1.0;
    arr8[1].atan() + v1 + arr8[0] + arr8[1] + arr8[2]
}

static RP07_K0: i32 = -2;
static RP07_K1: f64 = 0.5;
static RP07_K2: i32 = 2;
#[differentiate]
fn rp07_h1(y0: [f64; 3]) -> f64 {
    if (-0.75) <= (-1.25) {
        let v1 = f64::log10((1.0_f64 * 1.0_f64 + 0.5));
    } else {
    }
    for i2 in 0..3 {}
    1.0
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp07_h0(y0: [f64; 3], y1: &[f64], r2: &f64) -> Vec<f64> {
        let mut t1: (f64, f64) = ((2.0 % (1.5 * 1.5 + 0.5)), (y1[2] * y1[1]));
        for (zp1, zq2) in y0.iter().zip(y0.iter()) {
            let mut arr2: Vec<f64> = vec![0.0; 3];
            t1.1 /= t1.0 * t1.0 + 1.0;
        }
        let mut out = vec![0.0; 3];
        out[0] = 2.0 + t1.0 + t1.1;
        out[1] = 1.5;
        out[2] = (((t1.0) as f32).sin() as f64);
        out
    }
}
#[differentiate]
fn rp07(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], q: bool, p: &Params) -> f64 {
    let mut v1 = (p.n as f64);
    let mut v2: f64 = 2.0;
    if (c - x[1]) > v2.min((p.n as f64)) {
        if (c + 0.25) >= v2 {
        } else {
            v2 *= (if x
                .iter()
                .any(|&zv1| (b < (5.0_f64.sqrt() - 2.0) || x[1] >= p.k))
            {
                1.5_f64.powi(3)
            } else {
                0.25
            });
            v1 = (f64::from(3u8) * 0.5);
        }
        for (zi2, &zv3) in x.iter().enumerate().skip(1) {
            let zf4 = |zt5: f64| -> f64 { zt5 * (x[1].mul_add(zv3, v1) % (x[1] * x[1] + 0.5)) };
            let v3 = zf4((x[3] + x[1])) + zf4(x[0].powi(3));
        }
        if x.iter().copied().map(f64::sin).sum::<f64>() > (-v1) {
            v1 = ((RP07_K2 as f64).signum()
                * (x[1]
                    % ((x
                        .iter()
                        .filter(|&&zv7| (p.n as f64) <= d)
                        .map(|&zv6| zv6 * x[1])
                        .sum::<f64>())
                        * (x.iter()
                            .filter(|&&zv7| (p.n as f64) <= d)
                            .map(|&zv6| zv6 * x[1])
                            .sum::<f64>())
                        + 0.5)));
            let (v4, v5) = ((((v2) as f32).sin() as f64), (((v2) as f32).sin() as f64));
        }
    }
    x.iter().for_each(|&zv8| v1 += zv8 * x[1].powi(2));
    v2 -= 0.1_f64.sin();
    rp07_h1([d, 0.5, -1.0]).mul_add(p.k, RP07_K1) + v1 + v2
}

#[differentiate]
fn rp08_h0(r0: &f64, y1: &[f64], s2: f64) -> [f64; 3] {
    let (v1, v2) = ((*r0), s2.sin().exp());
    [(-y1[1]) + v1 + v2, (-0.75), 2.0_f64.hypot(0.25)]
}
#[differentiate(wrt(a, b, x))]
fn rp08(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (b - x[0]);
    let mut v2 = std::f64::consts::FRAC_1_SQRT_2;
    {}
    a + v1 + v2
}

static RP09_K0: [f64; 3] = [3.0, 2.0, 3.0];
const RP09_K1: f64 = 3.0;
const RP09_K2: usize = 3;
static RP09_K3: f64 = 0.1;
#[differentiate]
fn rp09(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (RP09_K2 as f64);
    if a >= (v1 / (b * b + 1.0)) {
        {}
    }
    if RP09_K0[2] <= (b * b + 1.0).ln() {
        for (i2, e3) in RP09_K0.iter().enumerate() {}
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
            let mut t6 = (
                (1.0_f64 * 1.0_f64 + 0.5).sqrt(),
                (if (v1 > v1 && (i5 as f64) <= b) {
                    (((a) as f32).sin() as f64)
                } else {
                    b
                }),
            );
            t6.0 += f64::tan(v1.tanh()).ceil();
        }
        v1 -= (1.0_f64 * 1.0_f64 + 0.5).powf(c.powi(3).tanh());
    } else {
        for i7 in (0..=2).rev() {
            v1 = (if x[i7] < (RP09_K2 as f64) {
                (((i7 + 1) % 3) as f64)
            } else {
                RP09_K0[0]
            })
            .mul_add(b, (2.0_f64.powi(2) * 0.25));
            x.iter().for_each(|&zv1| v1 += zv1 * (0.1 - x[2]));
            let (v8, v9) = (
                (RP09_K0[..2]
                    .iter()
                    .map(|&zv2| zv2 * (f64::from(3u8) * 0.5))
                    .sum::<f64>()),
                (RP09_K2 as f64),
            );
        }
        v1 /= (-3.0) * (-3.0) + 1.0;
    }
    {
        if a < b {}
    }
    for i10 in 0..3 {
        for (i11, &e12) in RP09_K0.iter().enumerate() {}
        let mut k13 = 0usize;
        while k13 < 3 {
            let i14 = k13;
            k13 += 1;
            let (v15, v16) = (
                (1.0 - RP09_K1),
                (RP09_K0[0] * RP09_K0[0] + 0.5).powf(RP09_K0[0].tanh()),
            );
        }
        let mut k17 = 0usize;
        loop {
            if k17 >= 3 {
                break;
            }
            let i18 = k17;
            k17 += 1;
            let (v19, v20) = (x[2], x[2]);
        }
    }
    a + v1
}

const RP10_K0: f64 = 2.0;
#[differentiate(wrt(a, b, c, d))]
fn rp10(a: f64, b: f64, c: f64, d: f64, x: &[f64], m: [[f64; 2]; 2], p: &Params) -> f64 {
    let mut v1 = RP10_K0;
    let mut v2 = p.k;
    v2 = b;
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        #[checkpoint(every = 1)]
        for i5 in 0..3 {}
        if ((x
            .iter()
            .filter(|&&zv2| v1 > v1)
            .enumerate()
            .map(|(zi3, &zv1)| (zi3 as f64) * zv1 * a)
            .sum::<f64>())
            < p.w[2].mul_add(m[i4 % 2][0], x[i4])
            && RP10_K0 >= (0.1 / (RP10_K0 * RP10_K0 + 1.0)))
        {
            let mut v6 = (d / (x[1] * x[1] + 1.0));
            v1 /= x[i4].mul_add(a, p.w[i4]) * x[i4].mul_add(a, p.w[i4]) + 1.0;
            let (v7, v8) = (
                (if (RP10_K0 < (-1.25) && m[i4 % 2][0] >= x[2]) {
                    (2.0_f64.powi(2) * 0.25)
                } else {
                    (x[1..]
                        .iter()
                        .rev()
                        .enumerate()
                        .map(|(zi5, &zv4)| (zi5 as f64) * 0.5 + zv4 * c)
                        .sum::<f64>())
                }),
                (c + c),
            );
        } else {
        }
    }
    let mut t9 = (v2.clamp(-0.5, 0.75), (-1.25_f64).mul_add(x[0], (-1.25)));
    for i10 in 0..3 {
        let mut k11 = 0usize;
        loop {
            if k11 >= 3 {
                break;
            }
            let i12 = k11;
            k11 += 1;
            let mut arr13 = [0.0_f64; 3];
            v2 *= (d - b);
        }
    }
    (x.iter().filter(|&&zv7| !(b > d)).count() as f64) + v1 + v2 + t9.0 + t9.1
}

static RP11_K0: usize = 2;
static RP11_K1: f64 = (-0.75);
#[differentiate]
fn rp11_h0(s0: f64) -> f64 {
    (((RP11_K0 as f64) - RP11_K1) * ((RP11_K0 as f64) - RP11_K1) + 1.0).recip()
}
#[differentiate(wrt(x))]
fn rp11(a: f64, b: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = ((x
        .iter()
        .zip(x.iter())
        .map(|(&zp1, &zq2)| zp1 * zq2 * zq2)
        .sum::<f64>())
        * a);
    let v2 = f64::trunc(x[3]);
    if ((-0.25) < (p.w[2] % (b * b + 0.5)) && v2 < b) {
        v1 = 2.0;
    }
    (x[1] - x[1]) + v1 + v2
}

const RP12_K0: [f64; 3] = [2.0, (-1.25), 1.5];
static RP12_K1: [f64; 3] = [0.1, 1.5, 2.0];
#[differentiate]
fn rp12_h0(y0: [f64; 3]) -> f64 {
    (-0.75_f64).atan2((1.0 + 0.25) * (1.0 + 0.25) + 0.5)
}
impl Params {
    #[differentiate]
    fn rp12(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = self.k;
        if ((0.25_f64 * 0.25_f64 + 1.5).log(c * c + 2.0) <= RP12_K1[2] && 2.0 >= (c + a)) {
            if RP12_K1[2] >= (self.n as f64) {
            } else if (rp12_h0([(f64::from(3u8) * 0.5), 0.5, -1.0])
                > (RP12_K1[1] * RP12_K1[1] + 1.0).ln()
                || (if x.iter().any(|&zv1| (2.0 >= RP12_K1[1] || 3.0 < RP12_K0[1])) {
                    RP12_K1[0]
                } else {
                    3.0
                }) > x[1])
            {
            } else {
                let mut t2: (f64, f64) = (1.5, ((-1.25) % (2.0 * 2.0 + 0.5)));
                let zc3 = RP12_K1
                    .iter()
                    .map(|&zv2| zv2 * t2.0.asinh().max(2.0))
                    .collect::<Vec<_>>();
            }
            for e3 in x.iter() {
                v1 = (f64::from(3u8) * 0.5).atan2(
                    (RP12_K0[1] * RP12_K0[1] + 1.5).log(x[0] * x[0] + 2.0)
                        * (RP12_K0[1] * RP12_K0[1] + 1.5).log(x[0] * x[0] + 2.0)
                        + 0.5,
                );
            }
            v1 -= (if RP12_K0[0] > a {
                RP12_K1[0]
            } else {
                (((0.1) as f32).sin() as f64)
            });
        } else {
            v1 += (1.5 + RP12_K1[1]);
            if (RP12_K1[0] + x[1]) >= RP12_K0[1] {
            } else if RP12_K1[2] >= (-x[1]) {
                let (v4, v5) = ((self.k + x[2]), (self.k + x[2]));
                v1 += f64::abs(2.0_f64);
            } else {
            }
            v1 /= self.k.sin() * self.k.sin() + 1.0;
        }
        let v6: f64 = x.iter().map(|&zv4| zv4 * 2.0_f64.min(1.0)).sum();
        let mut v7: f64 = (a
            / ((x[1] * x[1] + 1.5).log(x[1] * x[1] + 2.0)
                * (x[1] * x[1] + 1.5).log(x[1] * x[1] + 2.0)
                + 1.0));
        v1 *= ((-v7) * 2.0);
        v7 -= (v6 / (RP12_K1[0] * RP12_K1[0] + 1.0));
        rp12_h0(RP12_K0) + v1 + v6 + v7
    }
}

const RP13_N: usize = 3;
static RP13_K0: f32 = 3.0_f32;
const RP13_K1: usize = 3;
#[differentiate]
fn rp13_h0(s0: f32) -> f32 {
    let mut v1: f32 = (1.5_f32 / (0.5_f32 * 0.5_f32 + 1.0_f32));
    for i2 in 0..3 {}
    v1 = (0.5_f32 * 0.5_f32 + 1.0_f32).ln();
    s0 + v1
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp13_h1(&self, y0: &[f32], y1: [f32; 3], s2: f32) -> [f32; 3] {
        let mut t1 = ((if true { s2 } else { (-1.25_f32) }), (s2 * 0.25_f32));
        if s2 >= y0[1] {
            let v2: f32 = (1.0_f32 + y0[1]);
            let mut zf1 = |zt2: f32| {
                t1.1 *= 0.5_f32;
                t1.1 += zt2 * 2.0_f32.mul_add(v2, (t1.0 / (y0[0] * y0[0] + 1.0_f32)));
            };
            zf1(v2);
            zf1(v2 * 0.5_f32);
        } else {
            let (v3, v4) = (((y1[1] - t1.1) * 0.5_f32), ((y1[1] - t1.1) * 0.5_f32));
        }
        [
            ((0..=2)
                .map(|zi3| (zi3 as f32 + 1.0_f32) * RP13_K0)
                .sum::<f32>())
                + t1.0
                + t1.1,
            f32::max(2.0_f32, t1.0),
            (s2.sin() * 0.5_f32).atanh(),
        ]
    }
}
impl Params {
    #[differentiate]
    fn rp13(&self, a: f32, b: f32, x: [f32; RP13_N]) -> f32 {
        let mut v1 = a.fract();
        let zf1 = |(zp3, zq4): (f32, f32)| zp3 * zq4 + (a * 3.0_f32);
        let v2 = zf1((x[1], x[0]));
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
        if (b >= ((RP13_K1 as f32) * v2) && b < rp13_h0(2.0_f32)) {
            if b < (RP13_K1 as f32) {}
        } else if (x[1..].iter().map(|&zv5| zv5 * a).sum::<f32>())
            > (2.0_f32 * 2.0_f32 + 1.5_f32).log((-0.75_f32) * (-0.75_f32) + 2.0_f32)
        {
            for e5 in x.iter() {
                v1 = 3.0_f32;
                let (v6, v7) = (
                    f32::acos(((v1 * (RP13_K1 as f32)).cos() * 0.5_f32)),
                    (x.chunks(2)
                        .map(|zw6| zw6[zw6.len() - 1] * (zw6.len() as f32) * 0.5_f32 + (-0.75_f32))
                        .sum::<f32>()),
                );
                v1 = (((RP13_K1 as f32) + v1) * ((RP13_K1 as f32) + v1) + 0.5_f32)
                    .powf(2.0_f32.tanh());
            }
            v1 = (a * a + 0.5_f32).powf((1.5_f32 * v2).tanh());
        } else {
            let (v8, v9) = (
                x.iter().copied().reduce(f32::min).unwrap_or(RP13_K0),
                x[1].clamp(-0.5_f32, 0.75_f32),
            );
        }
        if ((RP13_K1 as f32) < (-v2) || (v2 * a) > x[1]) {
            for &zv10 in x.iter().filter(|&&zv11| zv11 > 0.25_f32) {
                let mut arr10 = [0.0_f32; 3];
            }
        }
        v1 += (v2 / (2.0_f32 * 2.0_f32 + 1.0_f32));
        f32::asin((x[1].sin() * 0.5_f32)) + v1 + v2
    }
}

static RP14_K0: f64 = 3.0;
const RP14_K1: [f64; 3] = [0.25, 0.5, 2.0];
static RP14_K2: i32 = 0;
#[differentiate]
fn rp14_h0(s0: f64) -> f64 {
    s0
}
#[differentiate]
fn rp14_h1(s0: f64, y1: &[f64]) -> f64 {
    if ((s0 * s0).ln_1p() > (if !(RP14_K1[1] < 1.5) { 0.1 } else { s0 })
        && (s0 * s0 + 1.0).ln() < y1[1])
    {
    } else {
    }
    for (i1, &e2) in RP14_K1.iter().enumerate() {
        let mut arr3: Vec<f64> = vec![0.0; 3];
    }
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
        let mut v6: f64 = 3.0;
    }
    1.5
}
#[differentiate]
fn rp14(a: f64, b: f64, x: [f64; 3], p: &Params) -> f64 {
    let mut v1: f64 = 2.0;
    for i2 in 0..=2 {
        v1 -= ((0..3)
            .rev()
            .map(|zi1| (zi1 as f64 + 1.0) * (RP14_K2 as f64))
            .sum::<f64>());
    }
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
    }
    let mut t5 = (
        (a / (p.w[1] * p.w[1] + 1.0)),
        ((x.iter()
            .filter(|&&zv3| !(b >= RP14_K1[0]))
            .map(|&zv2| zv2 * RP14_K1[1])
            .sum::<f64>())
            - 1.0),
    );
    let (v6, v7) = (
        x.iter()
            .fold(p.w[0], |zacc5, &zv4| zacc5 * 0.5 + zv4 * RP14_K1[1]),
        (RP14_K1[2] / (0.25 * 0.25 + 1.0)),
    );
    (rp14_h1(x[1], &RP14_K1) / (RP14_K0 * RP14_K0 + 1.0)) + v1 + t5.0 + t5.1 + v6 + v7
}

static RP15_K0: usize = 2;
static RP15_K1: f64 = 2.0;
#[differentiate]
fn rp15_h0(y0: &[f64], y1: &[f64], y2: &[f64]) -> f64 {
    (y1[1].atan2(0.5 * 0.5 + 0.5) * y1[1].atan2(0.5 * 0.5 + 0.5) + 1.5).acosh()
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp15_h1(r0: &f64) -> f64 {
        let mut v1: f64 = ((-0.75) + 1.5);
        (0.5 / ((*r0) * (*r0) + 1.0)) + v1
    }
}
#[differentiate]
fn rp15(a: f64, b: f64, x: &[f64; 4], m: [[f64; 2]; 2]) -> f64 {
    let mut v1 = a.mul_add(f64::mul_add(1.5, a, m[1][1]), b);
    for &zv1 in x.iter().rev().take(2) {}
    #[checkpoint]
    for i2 in 0..3 {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            v1 /= (if (((i2 * 2 + 1) as f64) >= m[1][i4 % 2] && b >= ((i4 * 2 + 1) as f64)) {
                1.5
            } else {
                m[0][i2 % 2]
            })
            .tanh()
                * (if (((i2 * 2 + 1) as f64) >= m[1][i4 % 2] && b >= ((i4 * 2 + 1) as f64)) {
                    1.5
                } else {
                    m[0][i2 % 2]
                })
                .tanh()
                + 1.0;
        }
        for (zp2, zq3) in x.iter().zip(&x[1..]) {
            v1 += (1.0_f64 * 1.0_f64 + 1.5).log((*zq3) * (*zq3) + 2.0);
            v1 += Params::rp15_h1(&(RP15_K1));
        }
    }
    (if true {
        v1.cos()
    } else {
        (RP15_K0 as f64).tanh().cosh()
    }) + v1
}

static RP16_K0: f64 = (-0.75);
static RP16_K1: i32 = -1;
static RP16_K2: f64 = 0.1;
#[differentiate(wrt(c, d, x))]
fn rp16(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (0.25_f64 * 0.25_f64 + 1.5).log(a * a + 2.0);
    let mut v2 = (b * x[1]);
    v1 -= (x
        .iter()
        .take_while(|&&zv2| d < 1.5)
        .map(|&zv1| zv1 * v2)
        .sum::<f64>());
    for zw3 in x.windows(2) {
        let v3 = zw3[1] - zw3[0];
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
        }
    }
    1.0_f64.tanh() + v1 + v2
}

static RP17_K0: f64 = (-1.25);
static RP17_K1: i32 = 2;
static RP17_K2: f64 = (-1.25);
#[differentiate]
fn rp17_h0(y0: &[f64]) -> [f64; 3] {
    {
        let zf1 = |(zp3, zq4): (f64, f64)| zp3 * zq4 + (y0[0] + (5.0_f64.sqrt() - 2.0));
        let v1 = zf1((
            1.0_f64.hypot(1.0),
            (y0.iter().cloned().map(|zv5| zv5 * zv5).sum::<f64>()),
        ));
    }
    [
        1.0,
        (((RP17_K1 as f64) / (y0[1] * y0[1] + 1.0)) - 1.0),
        y0.iter().copied().reduce(f64::min).unwrap_or(3.0),
    ]
}
#[differentiate]
fn rp17_h1(r0: &f64, s1: f64, s2: f64) -> [f64; 3] {
    for i1 in 0..2 {
        let mut v2 = (((0.5) as f32).sin() as f64);
        let mut t3 = (
            (s1 - (((i1 + 1) % 3) as f64)),
            (if std::f64::consts::PI < (*r0) {
                (i1 as f64)
            } else {
                (*r0)
            }),
        );
    }
    let mut arr4 = [0.0_f64; 3];
    [
        (-s1) + arr4[0] + arr4[1] + arr4[2],
        (*r0).signum(),
        (s2 + s1),
    ]
}
impl Params {
    #[differentiate]
    fn rp17(&self, a: f64, b: f64, c: f64, x: &[f64; 4]) -> f64 {
        let mut v1 = (x[2] * self.k);
        let mut v2 = (v1 - c);
        let zf1 = |zt2: f64| zt2 * (x[1] * v2);
        let v3 = zf1((0.25_f64 * 0.25_f64 + 1.5).log(v2 * v2 + 2.0))
            + zf1((x
                .iter()
                .zip(x.iter())
                .map(|(&zp3, &zq4)| zp3 * zq4 * (c * RP17_K2))
                .sum::<f64>()));
        let v4: f64 = (((((RP17_K2) as f32).sin() as f64) as f32).sin() as f64);
        let mut zf5 = |zt6: f64| {
            v1 *= 0.5;
            v1 += zt6 * (-1.25_f64).sin();
        };
        zf5(v4);
        zf5(v4 * 0.5);
        (RP17_K2 / (0.5 * 0.5 + 1.0)) + v1 + v2 + v3 + v4
    }
}

static RP18_K0: usize = 3;
#[differentiate]
fn rp18(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (x
        .iter()
        .cloned()
        .skip(1)
        .skip(1)
        .map(|zv1| zv1 * x[0])
        .product::<f64>());
    for zv2 in x.iter().copied().step_by(2) {
        if (if 3.0 >= v1 { 1.5 } else { v1 }) > b {
            v1 *= (v1 * 2.0);
            v1 += f64::recip((1.5_f64 * 1.5_f64 + 1.0))
                .min((if (2.0 > 1.5 && c < 0.1) { a } else { c }));
        }
    }
    for (zi3, &zv4) in x.iter().enumerate().skip(1) {
        for i2 in 0..=2 {
            let mut arr3: Vec<f64> = vec![0.0; 3];
            let mut arr4 = [0.0_f64; 3];
            let mut v5 = (-c);
        }
    }
    for zw5 in x.chunks(3) {
        let v6 = zw5[0] * (zw5.len() as f64);
        for i7 in 0..3 {
            let mut t8 = (d, (-(RP18_K0 as f64)));
            let (v9, v10): (f64, f64) = (
                (1.5 % (0.25 * 0.25 + 0.5)),
                (x.chunks(2)
                    .map(|zw6| {
                        zw6[zw6.len() - 1] * (zw6.len() as f64) * 0.5 + (((i7 + 1) % 3) as f64)
                    })
                    .sum::<f64>()),
            );
        }
    }
    v1 += f64::sin((d.cos() * 0.5).acos());
    (x[0] - 2.0_f64.min(x[1])) + v1
}

const RP19_N: usize = 3;
impl Params {
    #[differentiate]
    fn rp19(&self, a: f64, b: f64, x: &[f64; RP19_N]) -> f64 {
        let mut v1 = (b - x[0]);
        let mut t2: (f64, f64) = (x[1].asinh(), 0.25);
        t2.1 += ((-1.25_f64) * (-1.25_f64) + 0.5).powf(2.0_f64.tanh());
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            {}
        }
        if (-1.25) >= x[2] {
            let mut arr5 = [0.0_f64; 3];
            let mut k6 = 0usize;
            loop {
                if k6 >= 3 {
                    break;
                }
                let i7 = k6;
                k6 += 1;
            }
            arr5[1] *= (self.k + arr5[1].hypot(a));
        }
        for i8 in 0..3 {
            let mut k9 = 0usize;
            while k9 < 3 {
                let i10 = k9;
                k9 += 1;
                if (v1.cos().exp2() > x[i8] && (i8 as f64) >= t2.1) {
                    continue;
                }
            }
            {}
        }
        0.5_f64.hypot(x[1]) + v1 + t2.0 + t2.1
    }
}

const RP20_K0: [f64; 3] = [(-1.25), (-1.25), (-0.75)];
static RP20_K1: usize = 3;
static RP20_K2: usize = 1;
#[differentiate(wrt(a, c))]
fn rp20(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (1.5 - c);
    v1 += (RP20_K0[1].cos().exp2() - a);
    ((0..3).rev().map(|zi1| (zi1 as f64 + 1.0) * b).sum::<f64>()) + v1
}

const RP21_K0: f64 = 0.25;
static RP21_K1: i32 = -1;
const RP21_K2: f64 = 0.1;
static RP21_K3: f64 = 1.0;
mod rp21_m {
    use super::*;

    #[differentiate]
    pub fn rp21_h0(s0: f64, s1: f64) -> [f64; 3] {
        [
            (0.5_f64 * 0.5_f64 + 0.5).powf(0.5_f64.tanh()),
            (s1 * s1 + 0.5).sqrt(),
            f64::exp2(2.0_f64.cos()),
        ]
    }
}
impl Params {
    #[differentiate]
    fn rp21(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = (x
            .iter()
            .zip(x.iter())
            .map(|(&zp1, &zq2)| zp1 * zq2 * c)
            .sum::<f64>());
        let mut v2 = (f64::sin(a) * f64::sin(a) + 1.5).acosh();
        if (RP21_K0 - self.k) >= v2.signum() {
        } else if !(x[0]).is_nan() {
        } else {
            if (x[1..].iter().skip(1).map(|&zv3| zv3 * d).sum::<f64>()) <= 0.25_f64.cos() {
                v1 /= f64::log10((c * c + 0.5)) * f64::log10((c * c + 0.5)) + 1.0;
                let (v3, v4) = (
                    (if !((RP21_K1 as f64) <= x[1]) {
                        std::f64::consts::FRAC_1_SQRT_2
                    } else {
                        d
                    }),
                    (if !((RP21_K1 as f64) <= x[1]) {
                        std::f64::consts::FRAC_1_SQRT_2
                    } else {
                        d
                    }),
                );
            } else {
                let mut t5 = (a, (std::f64::consts::FRAC_1_SQRT_2 + v1));
            }
        }
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            if (RP21_K1 as f64) >= (if x[i7] < x[i7] { x[0] } else { x[i7] }) {
                return f64::log2((x[0] * x[0] + 0.5)).sin().exp();
            }
            for i8 in (0..=2).rev() {
                let (v9, v10) = (f64::to_radians(self.w[i8]), (x[i7] * x[i7] + 1.0).ln());
            }
        }
        (((2.0_f64.powi(2) * 0.25) - self.w[1]) * ((2.0_f64.powi(2) * 0.25) - self.w[1]) + 1.5)
            .log(x[1] * x[1] + 2.0)
            + v1
            + v2
    }
}

#[differentiate]
impl Params {
    #[differentiate]
    fn rp22_h0(&self, y0: &[f64]) -> [f64; 3] {
        [
            (if !(y0[1] <= 1.0) { y0[0] } else { y0[1] }),
            (if !(y0[1] < 2.0) { y0[0] } else { 1.0 }),
            f64::sinh((y0[2] * y0[2] + 0.5).powf(0.25_f64.tanh()).tanh()),
        ]
    }
}
impl Params {
    #[differentiate]
    fn rp22(&self, a: f64, b: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = (((a) as f32).sin() as f64);
        v1 *= (3.0_f64 * 3.0_f64 + 1.5).log((self.n as f64) * (self.n as f64) + 2.0);
        for &zv1 in x.iter().rev().take(2) {
            if (x[1..].iter().map(|&zv2| zv2 * 2.0).sum::<f64>()) < zv1 {
            } else if v1 > (b.sin() * 0.5).atanh() {
                v1 = (zv1.mul_add(1.5, 0.25)
                    - (x.iter()
                        .filter(|&&zv4| (0.5 > a || self.w[1] <= 2.0))
                        .count() as f64));
            } else {
                v1 /= ((0..3).map(|zi5| (zi5 as f64 + 1.0) * v1).sum::<f64>())
                    * ((0..3).map(|zi5| (zi5 as f64 + 1.0) * v1).sum::<f64>())
                    + 1.0;
            }
        }
        ((a * a + 0.5).log2() - x[0]) + v1
    }
}

#[differentiate]
fn rp23_h0(y0: [f64; 3]) -> [f64; 3] {
    let v1: f64 = (-1.0);
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
        let v4 = (f64::mul_add(y0[0], 0.25, 1.5) / (y0[2] * y0[2] + 1.0));
    }
    [
        (2.0 - v1) + v1,
        (v1 * v1 + 0.5).log2(),
        ((v1 - (f64::from(3u8) * 0.5)) % ((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 0.5)),
    ]
}
#[differentiate]
fn rp23_h1(y0: [f64; 3]) -> [f64; 3] {
    [
        1.0,
        ((if y0.iter().all(|&zv1| !(zv1).is_nan()) {
            y0[0]
        } else {
            1.0
        }) / (1.0 * 1.0 + 1.0)),
        y0[0],
    ]
}
#[differentiate(wrt(b, c))]
fn rp23(a: f64, b: f64, c: f64, x: &[f64; 4]) -> f64 {
    let mut v1: f64 = 0.5;
    let mut v2 = f64::max(0.25_f64, c);
    let mut v3 = x[0].mul_add(v2, v1);
    for (zp1, zq2) in x.iter().zip(&x[1..]) {}
    for i4 in (0..3).rev() {
        v3 /= (b - 0.25) * (b - 0.25) + 1.0;
        for i5 in 0..3 {}
    }
    v1 *= (v2 / (v2.mul_add(0.25, b) * v2.mul_add(0.25, b) + 1.0));
    (-x[2]) + v1 + v2 + v3
}

const RP24_K0: i32 = -1;
static RP24_K1: i32 = 2;
#[differentiate]
fn rp24(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = ((x[1] + (RP24_K1 as f64)) + 1.5);
    let mut v2 = (RP24_K0 as f64);
    let v3: f64 = (2.0 / (a * a + 1.0));
    let mut zf1 = |zt2: f64| {
        v1 *= 0.5;
        v1 += zt2
            * (if (x[1] <= 1.5 || (RP24_K1 as f64) > b) {
                (RP24_K1 as f64)
            } else {
                a
            });
    };
    zf1(v3);
    zf1(v3 * 0.5);
    for i4 in (0..=2).rev() {
        let v5: f64 = x[0].max(v2.mul_add((RP24_K0 as f64), x[0]));
        let mut zf3 = |zt4: f64| {
            v1 *= 0.5;
            v1 += zt4 * (std::f64::consts::PI - x[0]);
        };
        zf3(v5);
        zf3(v5 * 0.5);
    }
    v3.atan() + v1 + v2 + v3
}

static RP25_K0: f64 = 2.0;
const RP25_K1: [f64; 3] = [(-1.25), 1.5, (-0.75)];
const RP25_K2: [f64; 3] = [2.0, (-0.75), 3.0];
static RP25_K3: i32 = 0;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp25_h0(s0: f64, r1: &f64, s2: f64) -> (f64, f64) {
        for (i1, e2) in RP25_K2.iter().enumerate() {}
        ((1.5_f64.max(s2).cos() * 0.5).acos(), (RP25_K3 as f64))
    }
}
impl Params {
    #[differentiate(wrt(a))]
    fn rp25(&self, a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
        let mut v1: f64 = 2.0;
        let mut v2 = a;
        v1 = (-v1);
        let mut v2 = f64::exp(v2.sin());
        let mut a = RP25_K1[1];
        ((5.0_f64.sqrt() - 2.0) % ((self.n as f64) * (self.n as f64) + 0.5)) + v1 + v2 + v2 + a
    }
}

static RP26_K0: usize = 1;
static RP26_K1: f32 = 0.1_f32;
#[differentiate]
fn rp26_h0(y0: [f32; 3], s1: f32, y2: &[f32]) -> f32 {
    s1.to_radians()
}
#[differentiate]
fn rp26_h1(s0: f32, y1: [f32; 3], s2: f32) -> f32 {
    for i1 in 1..3 {}
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
        if 1.5_f32 < y1[1] {
            return (s0 - s2);
        }
    }
    (s0 / ((y1[1] / (s0 * s0 + 1.0_f32)) * (y1[1] / (s0 * s0 + 1.0_f32)) + 1.0_f32))
}
#[differentiate(wrt(a))]
fn rp26(a: f32, b: f32, x: &[f32; 3]) -> f32 {
    let mut v1 =
        ((x[1] / (a * a + 1.0_f32)) * (x[1] / (a * a + 1.0_f32)) + 1.5_f32).log(a * a + 2.0_f32);
    let mut v2 = (RP26_K0 as f32).cos();
    let v3: f32 = 1.5_f32.tanh().tan();
    v2 *= (1.5_f32 - b);
    for (zi1, &zv2) in x.iter().enumerate().skip(1) {}
    for i4 in 1..3 {
        let (v5, v6) = ((v2 * v2 + 0.5_f32).log2(), (v2 * v2 + 0.5_f32).log2());
        v2 /= x[0] * x[0] + 1.0_f32;
    }
    (if (1.5_f32 < 1.5_f32 && v2 >= 1.5_f32) {
        (-1.25_f32)
    } else {
        (RP26_K0 as f32)
    }) + v1
        + v2
        + v3
}

#[differentiate]
fn rp27(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = f64::sqrt((x[0] * x[0] + 0.5));
    #[checkpoint(every = 2)]
    for i2 in 0..3 {
        if (i2 as f64) <= (if 0.25 > a { v1 } else { x[0] }) {
            let v3: f64 = 2.0;
            let mut zf1 = |zt2: f64| {
                v1 *= 0.5;
                v1 += zt2 * (-x[1]);
            };
            zf1(v3);
            zf1(v3 * 0.5);
            v1 = (a.hypot((i2 as f64)) / (1.0 * 1.0 + 1.0));
        }
        v1 *= x[i2].asinh();
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let v6: f64 = x.iter().map(|&zv3| zv3 * (a * a + 0.5).log2()).sum();
        }
    }
    if (-0.25) <= (if (-0.75) <= b { v1 } else { 1.5 }) {
        if (a >= x[1] || 1.5_f64.min(2.0) > 0.1) {
            let mut b = v1.mul_add(1.0, (-1.25));
        } else if v1 >= 0.25 {
            v1 = 0.25;
            let mut arr7: [f64; 3] = [a, 1.5, (a / (0.25 * 0.25 + 1.0))];
        } else {
        }
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
            if (x[i9] * x[i9] + 1.5).log(x[i9] * x[i9] + 2.0) >= f64::acos((1.5_f64.cos() * 0.5)) {
                continue;
            }
            let v10: f64 = x
                .iter()
                .map(|&zv4| {
                    zv4 * (x[i9] - (std::f64::consts::PI / (b * b + 1.0))).mul_add(x[i9], x[i9])
                })
                .sum();
        }
    } else {
    }
    for i11 in (0..3).rev() {}
    (2.0_f64 * (-1.25_f64)).mul_add(b, 0.1) + v1
}

#[differentiate]
fn rp28_h0(s0: f64, y1: &[f64]) -> f64 {
    #[checkpoint(every = 1)]
    for e1 in y1.iter() {
        let mut t2 = ((((*e1) as f32).sin() as f64), (2.0_f64 * 2.0_f64).ln_1p());
    }
    let mut s0: f64 = (if true { 1.0 } else { 2.0 });
    (s0 * s0 + 0.5).powf((f64::from(3u8) * 0.5).tanh()) + s0
}
#[differentiate]
fn rp28(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (a.mul_add(x[0], a) + 0.5);
    let mut v2 = (1.5 + b);
    v2 = (x[1] - a);
    if !(a <= x[1]) {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
    } else {
        let (v5, v6) = ((-1.25_f64).sin().exp(), 0.25_f64.cos());
        {
            let mut arr7 = [0.0_f64; 3];
            v1 = (f64::from(3u8) * 0.5);
        }
    }
    let v8 = (x
        .iter()
        .filter(|&&zv2| x[0] < b)
        .map(|&zv1| zv1 * a)
        .sum::<f64>());
    let mut t9 = (
        (v1 * v1 + 1.5).log(f64::fract(v2) * f64::fract(v2) + 2.0),
        rp28_h0(x[1], x),
    );
    x.iter().fold(v2, |zacc4, &zv3| zacc4 * 0.5 + zv3 * v1) + v1 + v2 + v8 + t9.0 + t9.1
}

static RP29_K0: [f64; 3] = [1.0, 0.1, 0.1];
static RP29_K1: usize = 2;
const RP29_K2: usize = 2;
static RP29_K3: f64 = (-1.25);
mod rp29_m {
    use super::*;

    #[differentiate]
    pub fn rp29_h0(s0: f64, s1: f64, s2: f64) -> (f64, f64) {
        let (v1, v2) = ((RP29_K1 as f64).max(s2), (RP29_K1 as f64).max(s2));
        if RP29_K0[1] > 1.5_f64.clamp(-0.5, 0.75) {
            let (v3, v4) = ((((1.5) as f32).sin() as f64), (((1.5) as f32).sin() as f64));
        }
        (s0.max(v2) + v1 + v2, 1.5_f64.min((RP29_K1 as f64)))
    }
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp29_h1(&self, s0: f64, n1: usize, y2: &[f64]) -> Vec<f64> {
        if (y2[1] * (RP29_K1 as f64)).is_sign_negative() {}
        let mut out = vec![0.0; 3];
        out[0] = s0;
        out[1] = 2.0_f64.tanh().sinh();
        out[2] = (if (s0 < RP29_K0[1] && 2.0 >= s0) {
            (RP29_K1 as f64)
        } else {
            y2[2]
        });
        out
    }
}
#[differentiate]
fn rp29(a: f64, b: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = RP29_K3;
    let mut v2 = f64::powf((v1 * v1 + 0.5), v1.tanh());
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        v2 -= x[i4].sin();
        for e5 in RP29_K0.iter() {}
    }
    for &zv1 in x.iter().filter(|&&zv2| zv2 > 0.25) {
        for i6 in 0..3 {
            let zf3 = |zt4: &f64| (*zt4) * ((RP29_K1 as f64) - (((i6 + 1) % 3) as f64));
            let v7 = RP29_K0.iter().map(zf3).sum::<f64>();
            v1 = (a * a).ln_1p();
            v2 = (v7 * (RP29_K2 as f64));
        }
        if ((-x[2]) > (x[1] * x[0]) || (x[1] * x[1] + 0.5).log2() > v1) {
        } else {
            if x[1] >= (x[1] * x[1] + 1.5).log(p.w[1] * p.w[1] + 2.0) {
                continue;
            }
        }
    }
    let zc6 = x.iter().map(|&zv5| zv5 * (x[1] * 2.0)).collect::<Vec<_>>();
    x[1].atan2(zc6[1] * zc6[1] + 0.5) + v1 + v2 + zc6[0] + zc6[1] + zc6[2]
}

static RP30_K0: f64 = (-0.75);
const RP30_K1: usize = 3;
static RP30_K2: i32 = 3;
static RP30_K3: f64 = 2.0;
#[differentiate]
fn rp30_h0(y0: &[f64]) -> [f64; 3] {
    let mut v1 = RP30_K0;
    [
        3.0 + v1,
        (y0.iter().filter(|&&zv2| 0.5 >= v1).count() as f64),
        (v1 * v1 + 1.5).log(1.5 * 1.5 + 2.0),
    ]
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp30_h1(y0: &[f64], s1: f64) -> f64 {
        if ((2.0_f64.powi(2) * 0.25) >= ((RP30_K2 as f64) * (RP30_K2 as f64) + 1.5).acosh()
            || y0[1].hypot(y0[1]) >= RP30_K3)
        {
            if 2.0 > (RP30_K2 as f64) {
                return (RP30_K1 as f64);
            }
        } else if (f64::from(3u8) * 0.5) > s1 {
        } else {
            let zf1 = |zt2: f64| -> f64 { zt2 * zt2 };
            let v1 = zf1((1.0_f64 * 1.0_f64 + 1.5).log(s1 * s1 + 2.0)) + zf1(s1.clamp(-0.5, 0.75));
        }
        let mut v2: f64 = 1.5;
        v2 -= f64::to_radians(s1);
        1.5_f64.powi(3) + v2
    }
}
impl Params {
    #[differentiate]
    fn rp30(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = (if x[1] <= x[1] { (-1.25) } else { x[0] });
        let mut v2 = (x[1] * 2.0);
        v2 += (if !(c >= v1) {
            (x.iter()
                .filter(|&&zv2| (self.n as f64) >= x[0])
                .map(|&zv1| zv1 * b)
                .sum::<f64>())
        } else {
            f64::atanh(((RP30_K1 as f64).sin() * 0.5))
        });
        let zc4: Vec<f64> = x
            .iter()
            .map(|&zv3| {
                zv3 * (if (2.0 > x[1] || d >= 2.0) {
                    d
                } else {
                    (RP30_K1 as f64)
                })
            })
            .collect();
        {}
        RP30_K0.tanh().cosh() + v1 + v2 + zc4[0] + zc4[1] + zc4[2]
    }
}

const RP31_K0: [f32; 3] = [0.25_f32, 1.5_f32, 1.5_f32];
static RP31_K1: usize = 2;
const RP31_K2: i32 = 0;
#[differentiate]
fn rp31(a: f32, b: f32, x: &[f32; 3], p: &Params) -> f32 {
    let mut v1 = b;
    for i2 in 0..3 {
        if ((p.n as f32) * RP31_K0[1]) > ((f32::from(3u8) * 0.5_f32) - RP31_K0[i2]) {
            v1 = v1.atan2(
                (x[2] * x[2] + 1.0_f32).powi(RP31_K2) * (x[2] * x[2] + 1.0_f32).powi(RP31_K2)
                    + 0.5_f32,
            );
            v1 *= a;
            let v3 = v1.mul_add(2.0_f32, (-1.25_f32));
        } else if (0.5_f32 * v1) >= a {
            v1 -= ((if v1 > std::f32::consts::FRAC_1_SQRT_2 {
                v1
            } else {
                b
            }) / (f32::min(std::f32::consts::PI, (p.n as f32))
                * f32::min(std::f32::consts::PI, (p.n as f32))
                + 1.0_f32));
            let mut arr4 = RP31_K0;
            let (v5, v6) = (
                ((2.0_f32.powi(2) * 0.25_f32) - v1),
                (a * a + 1.5_f32).log(1.5_f32 * 1.5_f32 + 2.0_f32),
            );
        } else {
            let mut arr7: Vec<f32> = vec![0.0_f32; x.len()];
            let mut v8 = ((i2 as f32).sin() * 0.5_f32).atanh();
            v8 = f32::cosh((RP31_K1 as f32).tanh());
        }
    }
    v1 /= (0.1_f32 + x[1]) * (0.1_f32 + x[1]) + 1.0_f32;
    for i9 in 0..3 {
        for (i10, &e11) in RP31_K0.iter().enumerate() {}
        v1 = f32::cosh(b.tanh());
    }
    v1 /= (x[1] - (3.0_f32 * 3.0_f32 + 1.0_f32).powi(RP31_K2))
        * (x[1] - (3.0_f32 * 3.0_f32 + 1.0_f32).powi(RP31_K2))
        + 1.0_f32;
    (x.iter().map(|&zv1| zv1 * (x.len() as f32)).sum::<f32>()) + v1
}

static RP32_K0: f64 = 2.0;
static RP32_K1: [f64; 3] = [(-1.25), 0.5, (-1.25)];
const RP32_K2: f64 = 0.1;
static RP32_K3: [f64; 3] = [(-1.25), (-1.25), 1.5];
#[differentiate]
fn rp32_h0(y0: [f64; 3]) -> f64 {
    let mut v1 = RP32_K2;
    for &zv1 in RP32_K1.iter().filter(|&&zv2| zv2 > 0.25) {}
    (RP32_K3[1].min(0.25) * y0[0]) + v1
}
impl Params {
    #[differentiate(wrt(a, b))]
    fn rp32(&self, a: f64, b: f64, x: &[f64], q: bool) -> f64 {
        let mut v1 = (x[0] % (1.0 * 1.0 + 0.5));
        let mut t2 = ((b + v1), (RP32_K3[0] / (x[1] * x[1] + 1.0)));
        (if 1.0 > t2.0 { t2.0 } else { RP32_K3[0] }) + v1 + t2.0 + t2.1
    }
}

const RP33_N: usize = 4;
static RP33_K0: f64 = 0.5;
#[differentiate]
fn rp33_h0(s0: f64) -> [f64; 3] {
    let v1 = f64::cbrt((1.5_f64 * 1.5_f64 + 0.5));
    [
        (v1 + 0.5).mul_add(v1, (f64::from(3u8) * 0.5)) + v1,
        (2.0_f64 * 2.0_f64 + 1.5).acosh(),
        f64::log(
            ((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 1.5),
            RP33_K0 * RP33_K0 + 2.0,
        ),
    ]
}
#[differentiate]
fn rp33(a: f64, b: f64, c: f64, x: &[f64; RP33_N]) -> f64 {
    let mut v1 = x[1].floor();
    let mut v2 = (-c);
    for e3 in x.iter() {}
    let zf1 = |zt2: &f64| {
        (*zt2)
            * x.iter()
                .copied()
                .filter(|&zv5| true)
                .min_by(f64::total_cmp)
                .unwrap_or(v1)
    };
    let v4 = x.iter().map(zf1).sum::<f64>();
    let mut v5 = (v1 / (1.5 * 1.5 + 1.0));
    for zw6 in x.windows(2) {
        let v6 = zw6[1] - zw6[0];
        if f64::max(RP33_K0, 2.0) >= x[0] {
            let v7: f64 = x
                .iter()
                .map(|&zv7| {
                    zv7 * (if !(RP33_K0 > 2.0) {
                        f64::cos(RP33_K0)
                    } else {
                        (f64::from(3u8) * 0.5).hypot(v1)
                    })
                })
                .sum();
            let mut arr8: Vec<f64> = vec![0.0; 3];
            v2 *= f64::sin(x[1]);
        }
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let i10 = k9;
            k9 += 1;
            let mut arr11 = [[0.0_f64; 3]; 3];
            let mut v12 = (x.len() as f64).atan();
            let (v13, v14): (f64, f64) = (v5, 3.0);
        }
        for i15 in 1..3 {
            if !(x[3] <= f64::atanh((b.sin() * 0.5))) {
                break;
            }
        }
    }
    x[2].asinh() + v1 + v2 + v4 + v5
}

static RP34_K0: f64 = 0.5;
const RP34_K1: f64 = (-1.25);
const RP34_K2: [f64; 3] = [1.0, (-1.25), (-0.75)];
#[differentiate]
fn rp34(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (3.0 * (5.0_f64.sqrt() - 2.0));
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
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
        v1 = x
            .iter()
            .copied()
            .filter(|&zv3| 1.5 >= 1.5)
            .min_by(f64::total_cmp)
            .unwrap_or(c);
    }
    v1 -= (if d > x[0] { (c + 2.0) } else { RP34_K2[0] });
    let zf4 = |zt5: f64| zt5 * (c * c + 0.5).powf(b.tanh());
    let zg6 = |zt7: f64| zf4(zt7) * 0.5 + (x[1] * x[1] + 0.5).powf(v1.tanh());
    let v6 = zg6(2.0) - zf4((c * 2.0_f64.min(x[1])));
    {
        let mut k7 = 0usize;
        loop {
            if k7 >= 3 {
                break;
            }
            let i8 = k7;
            k7 += 1;
            let v9: f64 = x
                .iter()
                .map(|&zv8| zv8 * RP34_K2.iter().cloned().fold(f64::INFINITY, f64::min))
                .sum();
        }
        v1 = (a * c);
        for i10 in (0..3).rev() {
            let mut arr11 = [0.0_f64; 3];
        }
    }
    b + v1 + v6
}

static RP35_K0: i32 = -1;
const RP35_K1: i32 = 0;
static RP35_K2: i32 = 3;
const RP35_K3: [f64; 3] = [(-0.75), 2.0, 1.5];
impl Params {
    #[differentiate]
    fn rp35(&self, a: f64, b: f64, x: &[f64], m: &[[f64; 2]; 2]) -> f64 {
        let mut v1 = (x[0] * (self.n as f64)).mul_add(m[1][1], b);
        let mut v2: f64 = (-0.75);
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
        for i5 in (0..3).rev() {
            {
                v2 -= (-(-1.25));
            }
        }
        for (zp1, zq2) in RP35_K3.iter().zip(RP35_K3.iter()) {}
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            v1 *= f64::sqrt(((RP35_K1 as f64) * (RP35_K1 as f64) + 0.5));
        }
        ((x.windows(3)
            .map(|zw3| zw3.iter().sum::<f64>() * 0.5 + m[1][0])
            .sum::<f64>())
            * 0.25)
            + v1
            + v2
    }
}

static RP36_K0: [f64; 3] = [3.0, 1.0, (-0.75)];
static RP36_K1: [f64; 3] = [2.0, 3.0, 0.25];
#[differentiate]
fn rp36_h1(y0: &[f64], s1: f64) -> Vec<f64> {
    for &zv1 in y0.iter().filter(|&&zv2| zv2 < 0.25) {
        let (v1, v2) = (y0[1].sin(), y0[1].sin());
        let mut zv1 = RP36_K0[2].min(f64::min(RP36_K1[1], (5.0_f64.sqrt() - 2.0)));
    }
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        let mut v5 = RP36_K1[0];
        let zf3 = move |zt4: f64| zt4 * (y0[i4] * y0[i4] + 1.5).acosh();
        v5 += 0.5;
        let v6 = zf3(((1.5 - v5) % (y0[2] * y0[2] + 0.5))) + zf3((2.0 - RP36_K0[2]));
    }
    let mut s1 = RP36_K1[2].mul_add(s1, (5.0_f64.sqrt() - 2.0));
    let mut out = vec![0.0; 3];
    out[0] = 1.5_f64.max(s1) + s1;
    out[1] = (RP36_K1[1] * RP36_K1[1] + 0.5).powf(s1.tanh());
    out[2] = 0.1_f64.mul_add(RP36_K0[1], s1);
    out
}
mod rp36_m {
    use super::*;

    #[differentiate]
    pub fn rp36_h0(s0: f64, y1: [f64; 3]) -> f64 {
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
            let mut arr3 = RP36_K1;
            let mut v4 = (RP36_K0
                .iter()
                .cloned()
                .enumerate()
                .skip(1)
                .map(|(zi2, zv1)| (zi2 as f64) * 0.5 + zv1 * 3.0)
                .sum::<f64>());
        }
        for i5 in (0..3).rev() {
            let (v6, v7) = ((RP36_K0[1] - s0), (s0 + RP36_K1[0]));
        }
        let mut s0 = f64::min(s0, 0.25);
        RP36_K1[0].sin().exp_m1() + s0
    }
}
#[differentiate(wrt(b, c, x))]
fn rp36(a: f64, b: f64, c: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = p.w[0];
    let mut v2 = RP36_K0[1];
    let v3: f64 = x
        .iter()
        .map(|&zv1| zv1 * (f64::log2((b * b + 0.5)) - v1))
        .sum();
    (-RP36_K1[1].abs()) + v1 + v2 + v3
}

#[differentiate]
impl Params {
    #[differentiate]
    fn rp37_h0(s0: f64) -> f64 {
        if 0.5 > (s0 + 0.1) {
            let mut t1 = ((s0 + 1.5), f64::powf((0.5_f64 * 0.5_f64 + 0.5), s0.tanh()));
            let mut t2: (f64, f64) = ((if true { 0.25 } else { (5.0_f64.sqrt() - 2.0) }), 0.5);
        } else {
        }
        (1.5 * (s0 / ((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25) + 1.0)))
    }
}
#[differentiate]
fn rp37(a: f64, b: f64, c: f64, d: f64, x: [f64; 3], q: bool, p: &Params) -> f64 {
    let mut v1 = (p.w[1].hypot(x[1]) * p.w[1].hypot(x[1]) + 1.0).powi(2);
    for (zp1, zq2) in x.iter().zip(x.iter()) {
        if 1.0 > (-0.25) {
            continue;
        }
    }
    let mut arr2 = [[0.0_f64; 3]; 3];
    {}
    if 2.0 <= c {
        for zw3 in x.chunks(3) {
            let v3 = zw3[0] * (zw3.len() as f64);
            arr2[0][0] += x.iter().copied().map(f64::tanh).product::<f64>();
        }
    } else if (b.mul_add(1.5, b) >= 2.0 || b < arr2[1][0]) {
        {
            arr2[1][2] = (a * d.tanh());
            v1 += a.mul_add(b, 2.0).tanh();
        }
        {}
    } else {
    }
    2.0_f64.tanh().cosh()
        + v1
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

const RP38_K0: [f64; 3] = [0.25, 3.0, 3.0];
static RP38_K1: [f64; 3] = [3.0, 0.25, 1.0];
static RP38_K2: i32 = 3;
const RP38_K3: f64 = (-1.25);
#[differentiate]
fn rp38_h0(s0: f64, r1: &f64, y2: &[f64]) -> f64 {
    let mut v1 = (RP38_K2 as f64).mul_add(RP38_K1[1], 2.0);
    for i2 in 0..2 {
        let mut arr3: Vec<f64> = vec![0.0; 3];
    }
    let (v4, v5) = (
        (RP38_K0[1] + (if !(RP38_K1[1] > RP38_K3) { v1 } else { s0 })),
        y2[1],
    );
    (v1 * (*r1)) + v1 + v4 + v5
}
#[differentiate(wrt(a))]
fn rp38(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = (RP38_K2 as f64);
    {
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
        }
    }
    if !(2.0 <= (f64::from(3u8) * 0.5)) {
    } else if (rp38_h0(1.5, &(v1), &RP38_K0)).is_sign_negative() {
        for (i4, e5) in x.iter().enumerate() {
            if RP38_K1[i4].atan2(v1 * v1 + 0.5) > 3.0_f64.fract() {
                continue;
            }
            let v6: f64 = ((0.5_f64 * 0.5_f64 + 1.0).powi(RP38_K2)
                * (0.5_f64 * 0.5_f64 + 1.0).powi(RP38_K2)
                + 0.5)
                .powf(c.tanh());
        }
    } else {
    }
    (rp38_h0(1.0, &(v1), x) % (a * a + 0.5)) + v1
}

const RP39_K0: f64 = 2.0;
const RP39_K1: f64 = (-0.75);
static RP39_K2: f64 = 0.5;
static RP39_K3: i32 = 1;
#[differentiate]
fn rp39(a: f64, b: f64, x: &[f64; 4], q: bool, p: &Params) -> f64 {
    let mut v1 = 1.0_f64.max(x[3]);
    #[checkpoint(every = 1)]
    for i2 in 0..3 {}
    for &zv1 in x.iter().filter(|&&zv2| zv2 > 0.25) {}
    for zw3 in x.chunks(3) {
        let v3 = zw3[0] * (zw3.len() as f64);
        for i4 in (0..3).rev() {
            if a >= x.iter().copied().map(f64::exp).sum::<f64>() {
                continue;
            }
            let mut t5 = (
                f64::sqrt((x[i4] * x[i4] + 0.5))
                    .mul_add(RP39_K2, (if !(v3).is_nan() { p.w[i4] } else { RP39_K0 })),
                (((i4 * 2 + 1) as f64) * x[i4]),
            );
        }
        v1 = f64::atan2(
            x[1],
            (p.w[0] * p.w[0] + 0.5).sqrt() * (p.w[0] * p.w[0] + 0.5).sqrt() + 0.5,
        );
    }
    let mut arr6 = [[0.0_f64; 3]; 3];
    for &e7 in x.iter() {
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
            v1 /= (b + f64::exp_m1(a.sin())) * (b + f64::exp_m1(a.sin())) + 1.0;
            v1 *= (a * (if 0.1 >= v1 { v1 } else { RP39_K1 }));
        }
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
            arr6[i11][0] += RP39_K1.mul_add(x[i11], x[0]);
            v1 = (-arr6[0][2]);
        }
    }
    (if a < x[1] {
        (b / (x[1] * x[1] + 1.0))
    } else {
        b
    }) + v1
        + arr6[0][0]
        + arr6[0][1]
        + arr6[0][2]
        + arr6[1][0]
        + arr6[1][1]
        + arr6[1][2]
        + arr6[2][0]
        + arr6[2][1]
        + arr6[2][2]
}

#[differentiate]
fn rp40_h0(s0: f64, y1: [f64; 3]) -> f64 {
    if y1[1] <= y1[1].min(2.0) {
        let mut v1 = (if y1.iter().all(|&zv1| (2.0 < 1.5 && 1.5 < s0)) {
            s0.max(1.0)
        } else {
            s0
        });
    } else if y1[1] >= f64::exp_m1(1.5_f64.sin()) {
        let mut arr2 = [0.0_f64; 3];
    } else {
        let mut s0 = (-y1[0]);
    }
    let mut v3: f64 = ((-1.25) * 1.5);
    for &e4 in y1.iter() {
        if e4 >= 2.0 {
            continue;
        }
        v3 -= (-(0.25 / (y1[1] * y1[1] + 1.0)));
    }
    ((-1.25) / ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.0)) + v3
}
#[differentiate]
fn rp40(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (if (b > b && x[0] > x[1]) { 2.0 } else { x[0] });
    let mut v2 = f64::mul_add((x[2] + 0.25), x[2], 0.5);
    let mut arr3 = [0.0_f64; 3];
    let v4: f64 = rp40_h0(1.5, arr3);
    let mut zf1 = |zt2: f64| {
        v2 *= 0.5;
        v2 += zt2 * (b.sin() * 0.5).asin();
    };
    zf1(v4);
    zf1(v4 * 0.5);
    {}
    b.tanh().sinh() + v1 + v2 + v4 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate]
fn rp41(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x
        .chunks_exact(2)
        .map(|zw1| (zw1[0] - zw1[1]) * 0.5 + 1.5)
        .sum::<f64>());
    let mut v2: f64 = 2.0;
    let mut arr3 = [0.0_f64; 3];
    (-c) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

static RP42_K0: f64 = 1.0;
const RP42_K1: f64 = 0.25;
#[differentiate]
fn rp42(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (2.0 / (RP42_K1 * RP42_K1 + 1.0)).hypot(2.0);
    let mut v2 = (if x[0] <= v1 { b } else { b }).mul_add(a, (2.0 * a));
    if (0.25 < 3.0_f64.min(v1) && 0.5 <= (((1.5) as f32).sin() as f64)) {
        if ((x.iter().rev().skip(1).map(|&zv1| zv1 * 1.5).sum::<f64>()) > 1.5
            && v2 <= x.iter().cloned().fold(f64::INFINITY, f64::min))
        {
        } else if b > 1.5 {
            let mut arr3 = [[0.0_f64; 3]; 3];
        } else {
            let b = 1.0_f64.asinh();
            v1 = RP42_K0;
        }
        for &zv2 in x.iter().filter(|&&zv3| zv3 > 0.25) {
            let v4: f64 = zv2;
            let mut zf4 = |zt5: f64| {
                v1 += zt5
                    * (if (x[1] < v2 && x[2] <= x[0]) {
                        0.25
                    } else {
                        (-x[0])
                    })
            };
            zf4(v4);
            zf4(v4 * 0.5);
            v2 *= 1.5_f64.atan();
        }
    } else {
        if (v1 + RP42_K0) <= x[1] {
            let v5 = x[2];
            v1 /= (x[1] * x[1] + 1.0).recip() * (x[1] * x[1] + 1.0).recip() + 1.0;
            v1 /= ((v1 * v1 + 0.5).powf(x[1].tanh()) * (v1 * v1 + 0.5).powf(x[1].tanh()) + 0.5)
                .sqrt()
                * ((v1 * v1 + 0.5).powf(x[1].tanh()) * (v1 * v1 + 0.5).powf(x[1].tanh()) + 0.5)
                    .sqrt()
                + 1.0;
        } else {
        }
    }
    v2 = 1.5;
    if (2.0 >= x[0] || f64::atan2(v2, a * a + 0.5) > f64::powi(v1, 3)) {
        v1 -= (x[1] + v2);
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let i7 = k6;
            k6 += 1;
            v2 *= f64::min(std::f64::consts::PI, b);
            v2 = RP42_K0.max(x[2]);
            v2 = RP42_K1;
        }
    } else {
    }
    for (zp6, zq7) in x.iter().zip(&x[1..]) {
        v1 = v1;
        for e8 in x.iter() {
            v2 /= (x[0] + 2.0) * (x[0] + 2.0) + 1.0;
            let (v9, v10) = (
                (0.5_f64 * 0.5_f64 + 1.5).log(x[1] * x[1] + 2.0),
                (0.5_f64 * 0.5_f64 + 1.5).log(x[1] * x[1] + 2.0),
            );
        }
        if v2 > 1.5 {
            let v11: f64 = f64::mul_add((RP42_K0 * b), 0.25, (((1.0) as f32).sin() as f64));
            let mut zf8 = |zt9: f64| v1 += zt9 * (*zq7).sin();
            zf8(v11);
            zf8(v11 * 0.5);
            let v12: f64 = 1.0_f64.cos();
            let mut zf10 = |zt11: f64| v1 += zt11 * (2.0 + b);
            zf10(v12);
            zf10(v12 * 0.5);
            let mut arr13 = [0.0_f64; 3];
        } else {
        }
    }
    f64::sqrt((a * a + 0.5)) + v1 + v2
}

static RP43_K0: i32 = -1;
static RP43_K1: f64 = (-0.75);
static RP43_K2: [f64; 3] = [2.0, 3.0, (-0.75)];
#[differentiate(wrt(a, b, c))]
fn rp43(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (a * (b % (b * b + 0.5)));
    v1 += ((RP43_K0 as f64) * (RP43_K0 as f64) + 0.5).log2();
    for &e2 in RP43_K2.iter() {
        v1 += (-x[1].atan2(1.5 * 1.5 + 0.5));
        for i3 in 0..3 {
            let mut arr4 = [0.0_f64; 3];
        }
    }
    #[checkpoint(every = 2)]
    for (i5, &e6) in RP43_K2.iter().enumerate() {
        for zv1 in x.iter().copied().step_by(2) {
            if ((RP43_K2[i5] + 1.5) <= 0.25_f64.sin().exp_m1() || (i5 as f64) >= (1.5 * v1)) {
                break;
            }
            v1 -= RP43_K2[RP43_K2
                .iter()
                .position(|&zv4| (RP43_K0 as f64) <= 1.5)
                .unwrap_or(0)];
        }
        if !(1.5_f64).is_nan() {}
    }
    if (v1 <= RP43_K2[1] || 1.0 < v1) {
    } else {
        if b <= ((0..3).map(|zi5| (zi5 as f64 + 1.0) * x[0]).sum::<f64>()) {
            let mut arr7 = [0.0_f64; 3];
        }
        if RP43_K1 <= RP43_K2[0] {
            v1 += (b - RP43_K2[1]);
        } else if (x.len() as f64) > 2.0 {
            let mut arr8 = [0.0_f64; 3];
            v1 /= (*x.iter().last().unwrap()) * (*x.iter().last().unwrap()) + 1.0;
            let mut arr9: Vec<f64> = vec![0.0; x.len()];
        } else {
            v1 += 2.0_f64.min(x[1]);
        }
        let (v10, v11): (f64, f64) = (1.5, 1.5);
    }
    (f64::max(1.5_f64, RP43_K2[2]) + a) + v1
}

#[differentiate]
fn rp44_h0(y0: [f64; 3], s1: f64) -> (f64, f64) {
    (s1, (-0.75))
}
#[differentiate]
fn rp44_h1(y0: [f64; 3], s1: f64) -> (f64, f64) {
    {
        let mut arr1: Vec<f64> = vec![0.0; 3];
        arr1[1] = y0[0];
    }
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        if (f64::to_degrees(1.5_f64.tanh()) < (y0[i3] / (0.25 * 0.25 + 1.0)) && s1 >= y0[2]) {
            continue;
        }
    }
    (
        (y0.into_iter()
            .rev()
            .rev()
            .map(|zv1| zv1 * y0[1])
            .product::<f64>()),
        s1,
    )
}
#[differentiate]
fn rp44(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1: f64 = 0.25;
    let mut v2 = ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 0.5)
        .log2()
        .hypot(2.0);
    for i3 in 0..3 {
        for (zp1, zq2) in x.iter().zip(x.iter()) {}
        x.iter().for_each(|&zv3| v1 += zv3 * (x[i3] * c));
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
        }
    }
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
    }
    (0.25 - d.max((-1.25))) + v1 + v2
}

const RP45_K0: [f64; 3] = [(-0.75), 1.5, 3.0];
static RP45_K1: [f64; 3] = [3.0, 3.0, 0.1];
static RP45_K2: f64 = 1.0;
#[differentiate]
impl Params {
    #[differentiate]
    fn rp45_h0(n0: usize, s1: f64, n2: usize) -> [f64; 3] {
        if (s1 / (1.5 * 1.5 + 1.0)) > s1 {
        } else {
            let (v1, v2): (f64, f64) = (2.0, 2.0);
        }
        [
            (-3.0),
            (RP45_K1[1].tanh().sinh().cos() * 0.5).acos(),
            (-(RP45_K1.iter().copied().map(|zv1| zv1 * 0.1).sum::<f64>())),
        ]
    }
}
#[differentiate(wrt(a, b))]
fn rp45(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = 2.0_f64.mul_add(1.5, b.hypot(RP45_K2));
    let mut v2 = (-a);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
    }
    for (zp1, zq2) in RP45_K1.iter().zip(&RP45_K1) {
        if x.iter().copied().reduce(f64::max).unwrap() >= RP45_K0[1] {
            return c;
        }
        for i5 in 0..3 {
            v1 += f64::cos(b);
            RP45_K1.iter().for_each(|&zv3| v2 += zv3 * zv3.round());
        }
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        let (v8, v9) = ((((a) as f32).sin() as f64), (((a) as f32).sin() as f64));
        {
            let mut v10: f64 = a;
            v1 = (RP45_K1[i7] * RP45_K1[i7]).ln_1p();
            v1 *= v1;
        }
        v2 = 2.0_f64.sin().exp_m1();
    }
    #[checkpoint(every = 2)]
    for i11 in 0..2 {
        for (i12, &e13) in RP45_K1.iter().enumerate() {
            v1 += RP45_K1[i12];
        }
        v1 /= a.mul_add(1.5, RP45_K1[i11].max(a)) * a.mul_add(1.5, RP45_K1[i11].max(a)) + 1.0;
    }
    v2.to_radians() + v1 + v2
}

static RP46_K0: f64 = (-0.75);
#[differentiate]
fn rp46_h0(n0: usize, s1: f64, r2: &f64) -> Vec<f64> {
    for i1 in 0..3 {
        let mut v2 = ((*r2) * (*r2) + 0.5).log10();
    }
    let mut out = vec![0.0; 3];
    out[0] = ((-0.75) / ((*r2) * (*r2) + 1.0));
    out[1] = ((-0.75) * 0.5);
    out[2] = (*r2).min(2.0);
    out
}
impl Params {
    #[differentiate]
    fn rp46(&self, a: f64, b: f64, x: [f64; 3]) -> f64 {
        let mut v1 = (1.5_f64 * 1.5_f64 + 0.5).powf(a.tanh());
        let mut v2 = (f64::exp(RP46_K0.sin()) + a);
        {
            if !(2.0 <= v1) {
                x.iter()
                    .for_each(|&zv1| v2 += zv1 * (RP46_K0 + x[1].mul_add(RP46_K0, (-0.75))));
                v1 = ((if x.iter().any(|&zv2| x[1] <= RP46_K0) {
                    b
                } else {
                    a
                }) * (if x.iter().any(|&zv2| x[1] <= RP46_K0) {
                    b
                } else {
                    a
                }) + 0.5)
                    .log10();
            } else {
            }
        }
        for i3 in (0..=2).rev() {
            v2 /= (self.n as f64) * (self.n as f64) + 1.0;
        }
        if a <= (RP46_K0 + v2) {
            {}
        }
        v2 *= b;
        v1 -= (x
            .iter()
            .zip(&x)
            .map(|(zp3, zq4)| (*zp3) * (*zq4) * v2)
            .sum::<f64>());
        (x[0] / (a * a + 1.0)) + v1 + v2
    }
}

static RP47_K0: f64 = 0.25;
const RP47_K1: [f64; 3] = [2.0, 3.0, 0.25];
const RP47_K2: f64 = (-1.25);
#[differentiate]
fn rp47_h0(s0: f64, y1: [f64; 3], s2: f64) -> f64 {
    if RP47_K1[2] >= (s0.sin() * 0.5).asin() {
        let mut arr1 = [0.0_f64; 3];
        let mut v2 = s0;
    } else if (s0 % (2.0 * 2.0 + 0.5)) > RP47_K1[0] {
        let mut v3 = (if RP47_K1[1] < s0 { RP47_K1[2] } else { s0 });
    } else {
    }
    s2.hypot(1.5)
}
#[differentiate(wrt(a, b, x))]
fn rp47(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (1.5 * a);
    let mut v2 = RP47_K1[1].hypot(a);
    let mut v3: f64 = RP47_K1[1];
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
    }
    if f64::to_degrees(a.tanh())
        < (RP47_K1
            .iter()
            .zip(x)
            .map(|(zp1, zq2)| (*zp1) * (*zq2) * 1.0)
            .sum::<f64>())
    {
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let i7 = k6;
            k6 += 1;
            v2 = 1.5;
        }
        for (zp3, zq4) in x.iter().zip(x.iter()) {}
        v3 -= (v1 * 3.0_f64.mul_add(1.0, RP47_K1[0]));
    } else if 1.5 >= RP47_K0.max((-1.25)) {
        if (-RP47_K0) > x[1] {
            let v1: f64 = f64::min(RP47_K1[1].max(1.5), (f64::from(3u8) * 0.5));
            let (v8, v9) = (f64::tanh(x[0]), f64::tanh(x[0]));
        }
        let mut k10 = 0usize;
        loop {
            if k10 >= 3 {
                break;
            }
            let i11 = k10;
            k10 += 1;
        }
    } else {
        for e12 in RP47_K1 {}
        if !((if 2.0 <= 0.1 { RP47_K1[1] } else { 1.0 }) > f64::asin((0.5_f64.sin() * 0.5))) {
            v1 -= (((2.0) as f32).sin() as f64);
            v3 -= (x[1] % (a * a + 0.5));
            let zf5 = |zt6: &f64| (*zt6) * (2.0 * 1.5);
            let v13 = x.iter().map(zf5).sum::<f64>();
        } else {
            v2 = 1.5;
        }
    }
    let zf7 = |zt8: f64| -> f64 { zt8 * 2.0_f64.min(x[1]) };
    let v14 = zf7(rp47_h0(1.5, RP47_K1, x[1])) + zf7((2.0 * x[2]));
    (std::f64::consts::PI.powi(2) - x[1]) + v1 + v2 + v3 + v14
}

const RP48_K0: f64 = 3.0;
static RP48_K1: f64 = (-1.25);
static RP48_K2: f64 = 2.0;
const RP48_K3: [f64; 3] = [2.0, 2.0, (-0.75)];
#[differentiate]
fn rp48_h0(s0: f64) -> (f64, f64) {
    (
        f64::log(
            (RP48_K3[2] * RP48_K3[2] + 1.5),
            RP48_K3[0] * RP48_K3[0] + 2.0,
        ),
        (if s0 >= s0 { s0 } else { RP48_K1 }),
    )
}
#[differentiate(wrt(b, c, m))]
fn rp48(a: f64, b: f64, c: f64, d: f64, x: &[f64], m: [[f64; 2]; 2], p: &Params) -> f64 {
    let mut v1 = RP48_K3[1];
    let mut v2 = (RP48_K2 + v1);
    if ((-1.25) / (v2 * v2 + 1.0)) < RP48_K3[1] {}
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        {
            v1 -= f64::tanh(RP48_K3[2]);
        }
        let zf1 = |(zp3, zq4): (f64, f64)| zp3 * zq4 + (-x[0]);
        let v5 = zf1((
            (v2 + p.k).mul_add(
                v1.mul_add((m[1][1] * m[1][1] + 1.0).powi(-2), ((i4 * 2 + 1) as f64)),
                b,
            ),
            (0.5 + c),
        ));
        v2 -= (v2 * v2 + 0.5).powf(v5.tanh());
    }
    {}
    b.abs() + v1 + v2
}

const RP49_K0: usize = 1;
static RP49_K1: [f64; 3] = [0.5, 0.5, (-0.75)];
#[differentiate]
fn rp49_h0(s0: f64) -> Vec<f64> {
    let mut out = vec![0.0; 3];
    out[0] = RP49_K1[1];
    out[1] = (s0 * s0).ln_1p();
    out[2] = (RP49_K1[1] * 0.1);
    out
}
#[differentiate]
fn rp49_h1(r0: &f64, y1: [f64; 3], s2: f64) -> f64 {
    f64::mul_add(s2, (*r0), s2)
}
#[differentiate]
fn rp49(a: f64, b: f64, c: f64, x: [f64; 3], p: &Params) -> f64 {
    let mut v1 = a.tanh().cosh();
    if true {}
    for (i2, &e3) in RP49_K1.iter().enumerate() {
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
            let mut arr6 = [0.0_f64; 3];
        }
        if !(x
            .iter()
            .fold(RP49_K1[0], |zacc2, &zv1| zacc2 * 0.5 + zv1 * x[i2])
            <= v1.tanh())
        {
            let mut arr7 = RP49_K1;
        } else if (-1.25) <= x[1] {
            let v8: f64 = RP49_K1
                .iter()
                .map(|&zv3| zv3 * ((RP49_K1[2] - (RP49_K0 as f64)) / (zv3 * zv3 + 1.0)))
                .sum();
        } else {
            let (v9, v10) = ((x[i2] * x[i2] + 0.5).cbrt(), (x[i2] * x[i2] + 0.5).cbrt());
            v1 += rp49_h1(&(i2 as f64), x, (x[i2] + x[2]));
        }
    }
    ((RP49_K1
        .iter()
        .zip(x[1..].iter())
        .map(|(&zp4, &zq5)| zp4 * zq5 * p.k)
        .sum::<f64>())
        + RP49_K1[2])
        + v1
}

static RP50_K0: f64 = 0.25;
mod rp50_m {
    use super::*;

    #[differentiate]
    pub fn rp50_h1(s0: f64, y1: &[f64], s2: f64) -> f64 {
        (s0 * s0 + 1.5).log(s0 * s0 + 2.0)
    }
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp50_h0(&self, y0: [f64; 3]) -> f64 {
        let mut v1 = f64::mul_add(1.0, 1.0, RP50_K0);
        v1 = std::f64::consts::FRAC_1_SQRT_2;
        v1 = 0.5;
        (((v1) as f32).sin() as f64) + v1
    }
}
impl Params {
    #[differentiate]
    fn rp50(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = rp50_m::rp50_h1(a, x, (self.n as f64));
        for &e2 in x.iter() {
            for i3 in 0..3 {
                let mut arr4 = [0.0_f64; 3];
                arr4[i3] += ((if arr4[i3] <= 0.5 { arr4[i3] } else { (-0.75) })
                    * (if arr4[i3] <= 0.5 { arr4[i3] } else { (-0.75) })
                    + 0.5)
                    .cbrt();
                let v5: f64 = (x[0]
                    / ((a * (2.0_f64.powi(2) * 0.25)) * (a * (2.0_f64.powi(2) * 0.25)) + 1.0));
                let mut zf1 = |zt2: f64| {
                    v1 *= 0.5;
                    v1 += zt2 * (x[i3] * x[i3] + 0.5).log2();
                };
                zf1(v5);
                zf1(v5 * 0.5);
            }
            let mut v6: f64 = 3.0;
        }
        f64::atan2(
            (x.iter()
                .skip(1)
                .enumerate()
                .map(|(zi4, &zv3)| (zi4 as f64) * 0.5 + zv3 * v1)
                .sum::<f64>()),
            c * c + 0.5,
        ) + v1
    }
}

#[differentiate(wrt(a, b))]
fn rp51(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = a.tanh().to_degrees();
    for &zv1 in x.iter().rev().take(2) {
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
        }
        if (d - b) > c {
            let (v4, v5) = (a, a);
            v1 = 0.25;
        }
    }
    (x.len() as f64) + v1
}

const RP52_K0: f64 = 0.25;
static RP52_K1: [f64; 3] = [1.5, 1.5, 1.5];
const RP52_K2: usize = 3;
const RP52_K3: f64 = 0.5;
#[differentiate(wrt(a, b, x))]
fn rp52(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 1.5;
    for i2 in 0..=2 {
        v1 /= (v1 - (i2 as f64).mul_add(b, b)) * (v1 - (i2 as f64).mul_add(b, b)) + 1.0;
    }
    if !(b > v1.mul_add(2.0, a)) {
        for (zi1, &zv2) in RP52_K1.iter().enumerate().skip(1) {}
    } else {
        if f64::cos(b) < RP52_K1[1] {
            v1 += a;
        } else {
            v1 -= (v1 * v1 + 0.5).cbrt().sin();
            let (v3, v4) = ((a + 1.5), (a + 1.5));
            v1 *= 2.0;
        }
        for e5 in RP52_K1.iter() {}
        for &zv3 in x.iter().filter(|&&zv4| zv4 > 0.25) {}
    }
    x[0] + v1
}

static RP53_K0: usize = 3;
static RP53_K1: f64 = 2.0;
static RP53_K2: [f64; 3] = [1.0, 0.25, 1.5];
const RP53_K3: [f64; 3] = [(-1.25), 1.0, 0.1];
#[differentiate]
fn rp53(a: f64, b: f64, x: &[f64; 4], q: bool) -> f64 {
    let mut v1 = (f64::mul_add(x[1], a, x[1]) * RP53_K1);
    let mut v2 = RP53_K3[0];
    for zv1 in &RP53_K2 {
        if q {}
        for i3 in 0..=2 {
            v2 /= (RP53_K3[0] * RP53_K3[0] + 0.5).powf(2.0_f64.tanh())
                * (RP53_K3[0] * RP53_K3[0] + 0.5).powf(2.0_f64.tanh())
                + 1.0;
        }
    }
    for (zp2, zq3) in x.iter().zip(x) {}
    let mut t4 = ((1.5 * a), ((b * v2) + b));
    v2 *= RP53_K2[0];
    ((-2.0) * 1.5) + v1 + v2 + t4.0 + t4.1
}

static RP54_K0: f64 = (-1.25);
#[differentiate(wrt(x))]
fn rp54(a: f64, b: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = RP54_K0;
    {
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
        }
    }
    for (i4, e5) in x.iter().enumerate() {}
    if v1.cos() >= 1.5 {
        if (2.0 < v1 && 3.0 >= b) {
        } else if 0.25 <= x[1] {
            v1 = x[1].sin();
        } else {
            let mut arr6: Vec<f64> = vec![0.0; x.len()];
        }
        let (v7, v8) = (
            (RP54_K0 * RP54_K0 + 0.5).powf(b.mul_add(v1, p.w[2]).tanh()),
            a,
        );
        v1 /= ((2.0_f64 * 2.0_f64 + 0.5).powf(x[1].tanh()) * (a * v1))
            * ((2.0_f64 * 2.0_f64 + 0.5).powf(x[1].tanh()) * (a * v1))
            + 1.0;
    }
    let mut k9 = 0usize;
    loop {
        if k9 >= 3 {
            break;
        }
        let i10 = k9;
        k9 += 1;
        v1 += (if RP54_K0 < x[i10] { (i10 as f64) } else { 3.0 });
    }
    let mut t11 = (
        (-(((b) as f32).sin() as f64)),
        x[2].mul_add(
            2.0,
            (x.iter()
                .zip(x.iter())
                .map(|(&zp1, &zq2)| zp1 * zq2 * RP54_K0)
                .sum::<f64>()),
        ),
    );
    x[1] + v1 + t11.0 + t11.1
}

#[differentiate]
impl Params {
    #[differentiate]
    fn rp55_h0(&self, s0: f64, s1: f64, r2: &f64) -> [f64; 3] {
        {
            let v1 = (((0.5) as f32).sin() as f64);
            let mut v2 = f64::abs((if s0 < self.k { 0.25_f64 } else { 2.0_f64 }));
        }
        let v3 = (0.5 + (*r2));
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
        }
        [
            std::f64::consts::FRAC_1_SQRT_2 + v3,
            ((if 0.1 > (*r2) { 0.25_f64 } else { 0.1_f64 })
                * (if 0.1 > (*r2) { 0.25_f64 } else { 0.1_f64 })
                + 1.0)
                .powi(-2),
            (v3 * (-(*r2))),
        ]
    }
}
#[differentiate]
fn rp55(a: f64, b: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (2.0_f64 * 2.0_f64 + 0.5).sqrt();
    let mut v2: f64 = 0.25;
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        for (i5, &e6) in x.iter().enumerate() {
            v1 += f64::mul_add(a, x[i4], v2);
            let w7 = p.rp55_h0(
                f64::asin((x[i4].sin() * 0.5)),
                x[0],
                &(x[x
                    .iter()
                    .enumerate()
                    .max_by(|(_, zp1), (_, zq2)| zp1.total_cmp(zq2))
                    .map(|(zv3, _)| zv3)
                    .unwrap()]
                .mul_add((((i4 + 1) % 3) as f64), (((i4 + 1) % 3) as f64))),
            );
        }
        for zw4 in x.windows(2) {
            let v8 = zw4[1] - zw4[0];
        }
    }
    #[checkpoint(every = 1)]
    for i9 in 0..x.len() {
        {}
    }
    let v10 = p.w[1];
    v2 + v1 + v2 + v10
}

impl Params {
    #[differentiate]
    fn rp56(&self, a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
        let mut v1 = (c / (a * a + 1.0));
        let mut v2: f64 = 0.25;
        for (zp1, zq2) in x.iter().zip(x.iter()) {}
        let v3 = v1.hypot(b);
        (a * a) + v1 + v2 + v3
    }
}

static RP57_K0: f64 = (-1.25);
#[differentiate]
fn rp57(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1 = (a * a + 1.5).log(b * b + 2.0);
    let mut v2: f64 = (2.0 - 2.0);
    if (v2 * v1) > RP57_K0 {
    } else if 1.0 < x[1] {
    } else {
    }
    for i3 in 0..3 {
        if (1.0_f64 * 1.0_f64 + 0.5).log10() >= v2 {
            let mut arr4 = [0.0_f64; 3];
        } else {
            let (v5, v6): (f64, f64) = (3.0, (-0.1));
            v1 /= RP57_K0.sin().exp() * RP57_K0.sin().exp() + 1.0;
            let (v7, v8) = ((x[i3] - d), (x[i3] - d));
        }
        {
            let mut t9: (f64, f64) = (1.5, (if !(x[i3] > a) { x[i3] } else { 2.0 }).cos());
        }
    }
    (x.chunks(2)
        .map(|zw1| zw1[zw1.len() - 1] * (zw1.len() as f64) * 0.5 + (v2 - RP57_K0))
        .sum::<f64>())
        + v1
        + v2
}

const RP58_N: usize = 4;
const RP58_K0: i32 = 1;
const RP58_K1: f64 = (-1.25);
#[differentiate]
fn rp58(a: f64, b: f64, c: f64, d: f64, x: &[f64; RP58_N]) -> f64 {
    let mut v1 = d;
    let mut v2 = RP58_K1.mul_add(
        x.iter().fold(c, |zacc2, &zv1| zacc2 * 0.5 + zv1 * RP58_K1),
        c,
    );
    if (1.5_f64.powi(2) < f64::cbrt((x[3] * x[3] + 0.5))
        || v2.atan2(0.5 * 0.5 + 0.5) <= (RP58_K1 * x[0]))
    {
        for &zv3 in x.iter().rev().take(2) {
            let mut v3 = RP58_K1.cos();
        }
    } else if (1.5 < (-2.0) || (2.0_f64.powi(2) * 0.25).min(v2) < v1) {
    } else {
        {
            let mut arr4: Vec<f64> = vec![0.0; x.len()];
        }
        let mut k5 = 0usize;
        while k5 < 3 {
            let i6 = k5;
            k5 += 1;
            let mut arr7 = [0.0_f64; 3];
            let v8 = RP58_K1.mul_add(x[i6], RP58_K1);
        }
    }
    for i9 in (0..3).rev() {
        if !(-x[3]).is_nan() {
        } else {
            let mut arr10: Vec<f64> = vec![0.0; x.len()];
            v2 /= ((arr10
                .iter()
                .copied()
                .filter(|&zv5| (RP58_K0 as f64) < d)
                .fold(1.0, |zacc, zv4| zacc * 0.5 + zv4 * (-0.75)))
                + arr10[i9].mul_add((-1.25), arr10[1]))
                * ((arr10
                    .iter()
                    .copied()
                    .filter(|&zv5| (RP58_K0 as f64) < d)
                    .fold(1.0, |zacc, zv4| zacc * 0.5 + zv4 * (-0.75)))
                    + arr10[i9].mul_add((-1.25), arr10[1]))
                + 1.0;
            arr10[i9] += ((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25)).ln_1p();
        }
        v1 /= (x[3] * x[i9]) * (x[3] * x[i9]) + 1.0;
    }
    (x[x.iter()
        .position(|&zv8| (f64::from(3u8) * 0.5) >= zv8)
        .unwrap_or(0)]
        - (1.5 - RP58_K1))
        + v1
        + v2
}

static RP59_K0: f64 = 1.0;
const RP59_K1: [f64; 3] = [1.0, 0.5, 0.1];
const RP59_K2: i32 = -1;
#[differentiate]
fn rp59_h1(s0: f64, y1: [f64; 3]) -> f64 {
    {}
    for i1 in 1..3 {}
    for zv1 in &RP59_K1 {
        let mut v2 = ((RP59_K1[1] + s0) / (s0 * s0 + 1.0));
        let mut v3: f64 = 0.1;
    }
    (-(-0.75))
}
#[differentiate]
impl Params {
    #[differentiate]
    fn rp59_h0(r0: &f64) -> Vec<f64> {
        for i1 in 1..3 {}
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
            let mut v4 = RP59_K0;
        }
        let mut out = vec![0.0; 3];
        out[0] = (RP59_K1[1].sin() * 0.5).asin();
        out[1] = (1.0 + RP59_K1[1]);
        out[2] = (((2.0) as f32).sin() as f64);
        out
    }
}
impl Params {
    #[differentiate(wrt(c))]
    fn rp59(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = b.sin();
        for e2 in RP59_K1 {
            for (zp1, zq2) in x.iter().zip(RP59_K1.iter()) {
                let mut arr3: Vec<f64> = vec![0.0; 3];
                arr3[1] -= (e2 * c);
                let (v4, v5) = (RP59_K1[1].sin().exp_m1(), (b * b + 0.5).log2());
            }
            v1 /= b.atan2((a - c) * (a - c) + 0.5) * b.atan2((a - c) * (a - c) + 0.5) + 1.0;
        }
        (RP59_K1[1] * (RP59_K2 as f64)) + v1
    }
}

impl Params {
    #[differentiate(wrt(a, b, c, x))]
    fn rp60(&self, a: f64, b: f64, c: f64, x: &[f64; 3], q: bool) -> f64 {
        let mut v1 = (2.0_f64.powi(2) * 0.25);
        let mut v2 = f64::mul_add(x[1], (a * a + 1.5).acosh(), 0.25);
        for &zv1 in x.iter().rev().take(2) {
            x.iter()
                .for_each(|&zv2| v1 += zv2 * f64::exp_m1((-1.25_f64).sin()));
        }
        (b * b + 0.5).powf(b.tanh()) + v1 + v2
    }
}

static RP61_K0: f64 = 0.5;
mod rp61_m {
    use super::*;

    #[differentiate]
    pub fn rp61_h0(s0: f64, n1: usize) -> f64 {
        (s0.cos() * 0.5).acos()
    }
}
#[differentiate]
fn rp61(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (x[1] - x[0]);
    let zc2: Vec<f64> = x.iter().map(|&zv1| zv1 * v1).collect();
    ((x.len() as f64).mul_add(c, zc2[2]) * (x.len() as f64).mul_add(c, zc2[2])).ln_1p()
        + v1
        + zc2[0]
        + zc2[1]
        + zc2[2]
}

const RP62_N: usize = 4;
static RP62_K0: f64 = 1.5;
const RP62_K1: i32 = -2;
const RP62_K2: f64 = 3.0;
#[differentiate]
fn rp62_h0(y0: &[f64], s1: f64) -> [f64; 3] {
    let mut v1 = (s1 + s1);
    [
        (2.0 - v1) + v1,
        (y0[1] / (3.0 * 3.0 + 1.0)),
        y0.iter()
            .fold(RP62_K0, |zacc2, &zv1| zacc2 * 0.5 + zv1 * y0[0]),
    ]
}
impl Params {
    #[differentiate]
    fn rp62(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64; RP62_N]) -> f64 {
        let mut v1 = (RP62_K0 * 3.0);
        let mut v2 = 2.0_f64.tanh();
        if (if (RP62_K1 as f64) <= x[1] {
            RP62_K0
        } else {
            v2
        }) > v1.max(a)
        {
            if v2 >= (if 1.5 > x[1] { x[1] } else { 2.0 }) {
                let mut v3 = b.clamp(-0.5, 0.75);
                if (x[1]).is_sign_negative() {
                    return b.mul_add(b, 0.25);
                }
            } else {
            }
            #[checkpoint(every = 2)]
            for e4 in x.iter() {
                let v5: f64 = (v1 + b).mul_add(x[1], RP62_K0);
            }
        } else if x[2].mul_add(self.w[1], 2.0) >= v1 {
            v1 *= b;
        } else {
            let mut k6 = 0usize;
            loop {
                if k6 >= 3 {
                    break;
                }
                let i7 = k6;
                k6 += 1;
                let w8: [f64; 3] = rp62_h0(x, (((self.n as f64) as f32).sin() as f64));
            }
        }
        let zc2 = x.iter().map(|&zv1| zv1 * c.powi(2)).collect::<Vec<_>>();
        zc2.iter().copied().fold(-f64::INFINITY, f64::max)
            + v1
            + v2
            + zc2[0]
            + zc2[1]
            + zc2[2]
            + zc2[3]
    }
}

static RP63_K0: f64 = 2.0;
static RP63_K1: [f64; 3] = [0.5, (-1.25), 1.0];
#[differentiate]
fn rp63(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (b - c);
    let mut v2 = (b + c);
    for &e3 in RP63_K1.iter() {}
    if (1.5 >= (((v1) as f32).sin() as f64) && 0.5 >= 2.0) {}
    for i4 in 0..2 {
        if c > x[i4] {
            continue;
        }
        let mut t5 = ((x[0] + RP63_K1[2]), 1.0_f64.mul_add(a, RP63_K0));
        #[checkpoint(every = 1)]
        for &e6 in RP63_K1.iter() {
            if (-((i4 * 2 + 1) as f64)) >= e6 {
                continue;
            }
        }
    }
    let (v7, v8) = (RP63_K1[1].to_radians(), ((a + b) + v1));
    (-x[0]) + v1 + v2 + v7 + v8
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
            point: &[-1.3968281203141684, -0.7560497157067794],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.647485084787656,
                    w: [1.411757472420944, -0.9723051218681492, 1.4437795410177048],
                    n: 3,
                })
                .rp00(
                    black_box(p[0]),
                    black_box(1.1643013964218005_f64),
                    black_box(p[1]),
                    black_box(1.1158478990767708_f64),
                    black_box([
                        -0.19487339692227276_f64,
                        0.5491787891174384_f64,
                        -0.42489535235063286_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.647485084787656,
                    w: [1.411757472420944, -0.9723051218681492, 1.4437795410177048],
                    n: 3,
                })
                .rp00_grad(
                    black_box(p[0]),
                    black_box(1.1643013964218005_f64),
                    black_box(p[1]),
                    black_box(1.1158478990767708_f64),
                    black_box([
                        -0.19487339692227276_f64,
                        0.5491787891174384_f64,
                        -0.42489535235063286_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.647485084787656,
                    w: [1.411757472420944, -0.9723051218681492, 1.4437795410177048],
                    n: 3,
                })
                .rp00_jvp(
                    black_box(p[0]),
                    black_box(1.1643013964218005_f64),
                    black_box(p[1]),
                    black_box(1.1158478990767708_f64),
                    black_box([
                        -0.19487339692227276_f64,
                        0.5491787891174384_f64,
                        -0.42489535235063286_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (1.1701934575896042, &[0.02225204601138486, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp01",
            point: &[
                0.6737533211708069,
                -0.7737724184989929,
                -0.0770811140537262,
                1.1753407716751099,
                -0.7832131385803223,
                -1.0893731117248535,
            ],
            f: |p| {
                let p = black_box(p);
                rp01(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp01_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp01_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box([(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.7682085037231445,
                &[2.5, 0.0, 0.0, 1.1466948986053467, 0.0, 1.1753407716751099],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp02",
            point: &[
                0.6750765740144054,
                0.8605749607301445,
                1.0939607708197612,
                0.37527829323244605,
                0.42710883748640976,
                0.8844920128340591,
                0.12114608858393171,
            ],
            f: |p| {
                let p = black_box(p);
                rp02(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.3537290588437139,
                        w: [1.1266755472991716, 1.1872596151246222, -0.8800401471767759],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp02_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.3537290588437139,
                        w: [1.1266755472991716, 1.1872596151246222, -0.8800401471767759],
                        n: 3,
                    }),
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
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -1.3537290588437139,
                        w: [1.1266755472991716, 1.1872596151246222, -0.8800401471767759],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.272223555044065,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.42710883748640976,
                    2.2351340696232564,
                    0.42710883748640976,
                    0.42710883748640976,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp03",
            point: &[
                -0.44528740644454956,
                -0.3819374740123749,
                -0.6517913937568665,
                1.3703523874282837,
                1.2601346969604492,
            ],
            f: |p| {
                let p = black_box(p);
                rp03(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp03_grad(
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
                let (y, d) = rp03_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (0.18616847693920135, &[0.0, 0.0, 0.0625, 0.0625, 0.0625]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp04",
            point: &[
                1.06779761154001,
                -1.0861491285023857,
                -1.1344416340544603,
                0.0330963885814433,
                -1.1572541637611364,
                1.0132792006028555,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.4394391670349241,
                    w: [0.1573733217575155, 0.29365098829436975, 1.0823709940316684],
                    n: 3,
                })
                .rp04(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.4394391670349241,
                    w: [0.1573733217575155, 0.29365098829436975, 1.0823709940316684],
                    n: 3,
                })
                .rp04_grad(
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
                    k: 0.4394391670349241,
                    w: [0.1573733217575155, 0.29365098829436975, 1.0823709940316684],
                    n: 3,
                })
                .rp04_jvp(
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
                -6.714933588437743,
                &[
                    1.0,
                    0.22017339391628288,
                    0.015253838330835693,
                    -2.75,
                    -4.003734754181602,
                    -3.75,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp05",
            point: &[0.547349931318387, 1.3377961604645243, 0.9895028715973586],
            f: |p| {
                let p = black_box(p);
                rp05(
                    black_box(1.327770389433893_f64),
                    black_box(-1.1627059322624176_f64),
                    black_box(&[p[0], p[1], p[2]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp05_grad(
                    black_box(1.327770389433893_f64),
                    black_box(-1.1627059322624176_f64),
                    black_box(&[p[0], p[1], p[2]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp05_jvp(
                    black_box(1.327770389433893_f64),
                    black_box(-1.1627059322624176_f64),
                    black_box(&[p[0], p[1], p[2]]),
                    black_box(&[t[0], t[1], t[2]]),
                );
                (y as f64, d as f64)
            },
            expected: (3.68358712813078, &[0.025861686683264887, 1.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp06",
            point: &[
                -1.4857082607403327,
                0.29124881984666556,
                -0.7274086510246875,
                -0.9624194219923715,
                -0.7638032936045576,
                1.1941862634603035,
                -0.0035425952078762674,
                -0.5383039245108763,
                -1.0474603758198886,
                -0.4500271906545195,
            ],
            f: |p| {
                let p = black_box(p);
                rp06(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp06_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
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
                    black_box([p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                    black_box([[t[6], t[7]], [t[8], t[9]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.6262925711065628,
                &[
                    0.0,
                    0.0,
                    -0.21611212274996175,
                    1.0,
                    1.6315541619969456,
                    1.0,
                    0.0,
                    0.0,
                    0.0,
                    0.1176609682453107,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp07",
            point: &[
                -1.3057610409483336,
                -0.33068217348337126,
                0.11166052076925183,
                -0.6169069252664762,
                0.2983188259072869,
                0.5842770775838341,
                1.312332748348403,
                0.9520087072815668,
            ],
            f: |p| {
                let p = black_box(p);
                rp07(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(true),
                    black_box(&Params {
                        k: -1.009609581989929,
                        w: [0.1559990186964771, -1.2262954588425279, 0.7894065555927616],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp07_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(true),
                    black_box(&Params {
                        k: -1.009609581989929,
                        w: [0.1559990186964771, -1.2262954588425279, 0.7894065555927616],
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
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(true),
                    black_box(&Params {
                        k: -1.009609581989929,
                        w: [0.1559990186964771, -1.2262954588425279, 0.7894065555927616],
                        n: 3,
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
                5.464857543606614,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    0.34137970338990564,
                    4.018746430443224,
                    0.34137970338990564,
                    0.34137970338990564,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp08",
            point: &[
                1.4979128401318957,
                -0.1755472579094416,
                -0.6735200612352042,
                -0.2845058847310687,
                1.3545076405441001,
                -1.2590497136463221,
            ],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
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
                let (y, d) = rp08_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (2.702992424644206, &[1.0, 1.0, -1.0, 0.0, 0.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp09",
            point: &[
                0.13907401902642827,
                0.6960080390124105,
                0.6465011788002364,
                -0.6596074234269796,
                -1.4495665134242377,
                -1.0578729649354175,
                -0.6011446407993286,
            ],
            f: |p| {
                let p = black_box(p);
                rp09(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp09_grad(
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
                let (y, d) = rp09_jvp(
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
                -0.1276338884581881,
                &[
                    1.0,
                    0.1,
                    0.0,
                    0.11578729649354176,
                    0.11578729649354176,
                    0.49260645075213816,
                    0.11578729649354176,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp10",
            point: &[
                1.3000514396975336,
                -1.3318490142719888,
                -1.2375152186783471,
                1.3247011710816454,
            ],
            f: |p| {
                let p = black_box(p);
                rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(
                        &[
                            0.595811152291421_f64,
                            0.3235834641409149_f64,
                            0.0796023634559378_f64,
                        ][..],
                    ),
                    black_box([
                        [-0.8891088620565054_f64, -0.2005791616233597_f64],
                        [0.08911764148514621_f64, -0.5005227190331974_f64],
                    ]),
                    black_box(&Params {
                        k: 1.125183529786799,
                        w: [-0.5916261558593023, -1.1528394390702976, 0.977372989884894],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp10_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(
                        &[
                            0.595811152291421_f64,
                            0.3235834641409149_f64,
                            0.0796023634559378_f64,
                        ][..],
                    ),
                    black_box([
                        [-0.8891088620565054_f64, -0.2005791616233597_f64],
                        [0.08911764148514621_f64, -0.5005227190331974_f64],
                    ]),
                    black_box(&Params {
                        k: 1.125183529786799,
                        w: [-0.5916261558593023, -1.1528394390702976, 0.977372989884894],
                        n: 3,
                    }),
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
                    black_box(
                        &[
                            0.595811152291421_f64,
                            0.3235834641409149_f64,
                            0.0796023634559378_f64,
                        ][..],
                    ),
                    black_box([
                        [-0.8891088620565054_f64, -0.2005791616233597_f64],
                        [0.08911764148514621_f64, -0.5005227190331974_f64],
                    ]),
                    black_box(&Params {
                        k: 1.125183529786799,
                        w: [-0.5916261558593023, -1.1528394390702976, 0.977372989884894],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -8774.609038684408,
                &[
                    0.4016390423540876,
                    36322.85137988227,
                    0.0,
                    -29733.203297168802,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[
                0.7939789421895396,
                -0.333639936707702,
                0.05957833292204037,
                1.200155565289621,
            ],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box(-1.015736859900426_f64),
                    black_box(0.9544318054175394_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                    black_box(&Params {
                        k: -0.49869684797039077,
                        w: [
                            -0.8519080137864935,
                            0.19356274172893975,
                            -0.15344586186410122,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
                    black_box(-1.015736859900426_f64),
                    black_box(0.9544318054175394_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                    black_box(&Params {
                        k: -0.49869684797039077,
                        w: [
                            -0.8519080137864935,
                            0.19356274172893975,
                            -0.15344586186410122,
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
                let (y, d) = rp11_jvp(
                    black_box(-1.015736859900426_f64),
                    black_box(0.9544318054175394_f64),
                    black_box([p[0], p[1], p[2], p[3]]),
                    black_box(&Params {
                        k: -0.49869684797039077,
                        w: [
                            -0.8519080137864935,
                            0.19356274172893975,
                            -0.15344586186410122,
                        ],
                        n: 3,
                    }),
                    black_box([t[0], t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.226770088974472,
                &[
                    -1.920969352254265,
                    -0.3392020964525219,
                    -0.010816310884758656,
                    -4.389121004985322,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp12",
            point: &[
                0.5707113284581875,
                0.12070906847792248,
                0.3795684595374067,
                0.7203941644038103,
                -0.4290735197386863,
                -0.5707787148163561,
                0.21688156842110193,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.5291739989923641,
                    w: [
                        -0.22491467329122558,
                        0.4764232135176521,
                        -0.0658291257241605,
                    ],
                    n: 2,
                })
                .rp12(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.5291739989923641,
                    w: [
                        -0.22491467329122558,
                        0.4764232135176521,
                        -0.0658291257241605,
                    ],
                    n: 2,
                })
                .rp12_grad(
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
                    k: -0.5291739989923641,
                    w: [
                        -0.22491467329122558,
                        0.4764232135176521,
                        -0.0658291257241605,
                    ],
                    n: 2,
                })
                .rp12_jvp(
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
                -0.3899345390615859,
                &[
                    -0.07104110980791352,
                    0.0,
                    0.0,
                    -0.3418034493374416,
                    -0.0019551267007771964,
                    0.00990099009900991,
                    0.00990099009900991,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp13",
            point: &[
                1.4159001111984253,
                1.4435431957244873,
                1.0358885526657104,
                1.1627660989761353,
                -1.0939058065414429,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.1599561597960624,
                    w: [
                        0.0627022456047204,
                        -0.9499681950015921,
                        -0.19479665098326376,
                    ],
                    n: 2,
                })
                .rp13(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.1599561597960624,
                    w: [
                        0.0627022456047204,
                        -0.9499681950015921,
                        -0.19479665098326376,
                    ],
                    n: 2,
                })
                .rp13_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.1599561597960624,
                    w: [
                        0.0627022456047204,
                        -0.9499681950015921,
                        -0.19479665098326376,
                    ],
                    n: 2,
                })
                .rp13_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box([(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                7.4353508949279785,
                &[
                    4.600000381469727,
                    0.0,
                    1.3953193426132202,
                    1.4663748741149902,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp14",
            point: &[
                -0.7393813405556736,
                0.12778891061888323,
                1.3741007608604052,
                1.4289968446836159,
                -0.5038505255388107,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4113880835727088,
                        w: [0.49316171515685153, 1.4319276126896667, 0.4171932220449787],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4113880835727088,
                        w: [0.49316171515685153, 1.4319276126896667, 0.4171932220449787],
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
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4113880835727088,
                        w: [0.49316171515685153, 1.4319276126896667, 0.4171932220449787],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.278321242096908,
                &[0.3278240654594567, 0.0, 0.625, 0.75, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                1.1337267326901799,
                -1.4181947907132475,
                -1.4169989273605594,
                1.2367594476476553,
                0.653156516709052,
                -0.45322060840957146,
                0.10857181966521644,
                0.7549604401398576,
                -0.28484766338077544,
                0.7753308956486268,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
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
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box([[p[6], p[7]], [p[8], p[9]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                    black_box([[t[6], t[7]], [t[8], t[9]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                13.965866142716042,
                &[
                    0.6747669462639174,
                    0.16156234979925319,
                    0.0,
                    -0.45060772152585793,
                    -0.7005680940775553,
                    0.6719717732100211,
                    -2.4803124226271147,
                    -1.837604273657399,
                    0.0,
                    0.18316755496365525,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                0.8521806138995409,
                -1.2506783899238598,
                0.9256933852724535,
                0.9126589000122417,
                -1.4771187268859307,
                -0.584899338433304,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box(-0.9359856879365139_f64),
                    black_box(-0.15025257295503078_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
                    black_box(-0.9359856879365139_f64),
                    black_box(-0.15025257295503078_f64),
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
                let (y, d) = rp16_jvp(
                    black_box(-0.9359856879365139_f64),
                    black_box(-0.15025257295503078_f64),
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
                1.0162442060208923,
                &[
                    0.0,
                    0.0,
                    0.13712934795714748,
                    -0.04672958393006682,
                    0.13712934795714748,
                    0.13712934795714748,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp17",
            point: &[
                -0.08194064791522473,
                1.0832051220119072,
                0.34028298579530764,
                0.4820368664783218,
                -0.3089277416749958,
                -0.27461213366585996,
                1.2502284346804198,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.0793914324854348,
                    w: [1.118017336259837, -1.070730344925474, -1.3107221653738104],
                    n: 3,
                })
                .rp17(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.0793914324854348,
                    w: [1.118017336259837, -1.070730344925474, -1.3107221653738104],
                    n: 3,
                })
                .rp17_grad(
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
                    k: -0.0793914324854348,
                    w: [1.118017336259837, -1.070730344925474, -1.3107221653738104],
                    n: 3,
                })
                .rp17_jvp(
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
            expected: (
                -1.3776576411029349,
                &[
                    0.0,
                    0.0,
                    -1.3386770629975846,
                    -0.04034605909191777,
                    0.10082731913892776,
                    -0.08394396313902129,
                    -0.10464301345357897,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[
                1.1945504882857163,
                0.9959835284847511,
                -1.159095820259722,
                1.4153883465945838,
                -0.5411061580978306,
                0.7983218717360748,
                1.1625268535822941,
                -0.9702000156812808,
            ],
            f: |p| {
                let p = black_box(p);
                rp18(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp18_grad(
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
                let (y, d) = rp18_jvp(
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
                0.5182147746170915,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.038344453867109246,
                    -2.391202894809582,
                    -1.0,
                    0.7892294118136499,
                    -0.9456816842309083,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[
                0.3592437371172498,
                -1.2358809420653827,
                -0.5648727505279375,
                0.316297708388052,
                -1.060034865538693,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.03693791776892287,
                    w: [
                        -0.07022678754414291,
                        -0.9369470954875881,
                        -1.0654662422639471,
                    ],
                    n: 2,
                })
                .rp19(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.03693791776892287,
                    w: [
                        -0.07022678754414291,
                        -0.9369470954875881,
                        -1.0654662422639471,
                    ],
                    n: 2,
                })
                .rp19_grad(
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
                    k: -0.03693791776892287,
                    w: [
                        -0.07022678754414291,
                        -0.9369470954875881,
                        -1.0654662422639471,
                    ],
                    n: 2,
                })
                .rp19_jvp(
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
                2.4913686198947445,
                &[0.0, 1.0, -1.0, 1.4880503380814045, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp20",
            point: &[-0.23118287863492995, 0.9444426094232432],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box(p[0]),
                    black_box(0.6124072304028603_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.0227890230015113_f64,
                        -0.24916347138827952_f64,
                        0.019205563770311605_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box(p[0]),
                    black_box(0.6124072304028603_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.0227890230015113_f64,
                        -0.24916347138827952_f64,
                        0.019205563770311605_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp20_jvp(
                    black_box(p[0]),
                    black_box(0.6124072304028603_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.0227890230015113_f64,
                        -0.24916347138827952_f64,
                        0.019205563770311605_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (5.705473303652919, &[-1.0, -1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp21",
            point: &[
                -0.4382600302115126,
                0.8644772812732672,
                -0.06101850405544066,
                -0.1873851486254766,
                -0.18504631100738064,
                -0.6631119883570548,
                -0.256107312733386,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.0196866175661126,
                    w: [0.4339784128701739, 1.324664527512864, 1.0072777101551145],
                    n: 2,
                })
                .rp21(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.0196866175661126,
                    w: [0.4339784128701739, 1.324664527512864, 1.0072777101551145],
                    n: 2,
                })
                .rp21_grad(
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
                let (y, d) = black_box(&Params {
                    k: 1.0196866175661126,
                    w: [0.4339784128701739, 1.324664527512864, 1.0072777101551145],
                    n: 2,
                })
                .rp21_jvp(
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
                1.606453154134758,
                &[
                    -0.5692426872930311,
                    0.0,
                    0.5395506019558034,
                    0.0,
                    0.02258249815729638,
                    0.40442082469194446,
                    0.03125457020130024,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                -1.3348484463513173,
                -0.555078547338969,
                0.9836488744086289,
                0.679077096078014,
                1.1009176919085457,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.360121602013457,
                    w: [-1.3206577197369138, -1.3967388994865377, 1.4426293311306377],
                    n: 3,
                })
                .rp22(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 1.360121602013457,
                    w: [-1.3206577197369138, -1.3967388994865377, 1.4426293311306377],
                    n: 3,
                })
                .rp22_grad(
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
                    k: 1.360121602013457,
                    w: [-1.3206577197369138, -1.3967388994865377, 1.4426293311306377],
                    n: 3,
                })
                .rp22_jvp(
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
                -1.5248480033849696,
                &[-1.687932367700228, 0.0, -1.0, 1.5, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[1.0541358899724511, 0.7399171252547854],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(1.2569130021162578_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.0116557209713586_f64,
                        0.8240003622317319_f64,
                        -0.9095451889044232_f64,
                        0.8026304202182889_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
                    black_box(1.2569130021162578_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.0116557209713586_f64,
                        0.8240003622317319_f64,
                        -0.9095451889044232_f64,
                        0.8026304202182889_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp23_jvp(
                    black_box(1.2569130021162578_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.0116557209713586_f64,
                        0.8240003622317319_f64,
                        -0.9095451889044232_f64,
                        0.8026304202182889_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.0750269072278726,
                &[-0.9620240427735619, 1.388140651677675],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                0.8463555956742927,
                1.1854513561338598,
                -0.39718204149228215,
                -1.2284398897679703,
                1.163550603264456,
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
                3.8720319215478924,
                &[-1.6725814982093046, 0.0, 3.853443216753844, 0.00390625, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[-1.2988276865303447],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.342422786118274,
                    w: [1.1580576049967126, 0.41175597707538614, -0.9802032994131799],
                    n: 2,
                })
                .rp25(
                    black_box(p[0]),
                    black_box(0.8205751708046567_f64),
                    black_box(-0.5589549838152635_f64),
                    black_box(&[
                        -0.7475735753844203_f64,
                        -1.329262832719033_f64,
                        -0.9216359485011015_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.342422786118274,
                    w: [1.1580576049967126, 0.41175597707538614, -0.9802032994131799],
                    n: 2,
                })
                .rp25_grad(
                    black_box(p[0]),
                    black_box(0.8205751708046567_f64),
                    black_box(-0.5589549838152635_f64),
                    black_box(&[
                        -0.7475735753844203_f64,
                        -1.329262832719033_f64,
                        -0.9216359485011015_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.342422786118274,
                    w: [1.1580576049967126, 0.41175597707538614, -0.9802032994131799],
                    n: 2,
                })
                .rp25_jvp(
                    black_box(p[0]),
                    black_box(0.8205751708046567_f64),
                    black_box(-0.5589549838152635_f64),
                    black_box(&[
                        -0.7475735753844203_f64,
                        -1.329262832719033_f64,
                        -0.9216359485011015_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (0.49937361819051995, &[0.20504544839144329]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp26",
            point: &[0.0959726870059967],
            f: |p| {
                let p = black_box(p);
                rp26(
                    black_box((p[0] as f32)),
                    black_box(-1.1930879_f32),
                    black_box(&[0.5341952_f32, 0.4226486_f32, 0.72965074_f32]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp26_grad(
                    black_box((p[0] as f32)),
                    black_box(-1.1930879_f32),
                    black_box(&[0.5341952_f32, 0.4226486_f32, 0.72965074_f32]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp26_jvp(
                    black_box((p[0] as f32)),
                    black_box(-1.1930879_f32),
                    black_box(&[0.5341952_f32, 0.4226486_f32, 0.72965074_f32]),
                    black_box((t[0] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (3.893873691558838, &[-0.1583329737186432]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp27",
            point: &[
                -0.7466973566641492,
                -1.0149889987290157,
                -0.14846491339901366,
                -1.1264638942689056,
                -0.17071444541713282,
                -0.41326974688569335,
            ],
            f: |p| {
                let p = black_box(p);
                rp27(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp27_grad(
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
                let (y, d) = rp27_jvp(
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
                2.628389516493126,
                &[
                    0.012164205816920966,
                    -2.5,
                    0.0607369402690258,
                    0.006229153814253091,
                    0.05269961419442771,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp28",
            point: &[
                0.46714850041437433,
                -1.4907880677477223,
                -0.8027874294411864,
                0.18349733855671863,
                0.7888320773751193,
            ],
            f: |p| {
                let p = black_box(p);
                rp28(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp28_grad(
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
                let (y, d) = rp28_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.959201281040089,
                &[
                    -0.9341732233999283,
                    0.0,
                    1.3408473941705634,
                    1.7337989562791327,
                    0.5921275565994137,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp29",
            point: &[
                0.35160333956290307,
                1.1365726815610546,
                -0.9444351147035934,
                -0.6696171385717201,
                1.1364498262004705,
            ],
            f: |p| {
                let p = black_box(p);
                rp29(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.7079331393027425,
                        w: [0.5713543466848785, -1.3738333192552008, -1.4846240386584706],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp29_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.7079331393027425,
                        w: [0.5713543466848785, -1.3738333192552008, -1.4846240386584706],
                        n: 3,
                    }),
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
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.7079331393027425,
                        w: [0.5713543466848785, -1.3738333192552008, -1.4846240386584706],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.081847929646479,
                &[
                    0.6258375672111851,
                    0.0,
                    -1.3392342771434402,
                    -3.184301270623679,
                    -1.3392342771434402,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp30",
            point: &[
                -0.8283280851193389,
                -0.37207889131101723,
                0.04702875762816948,
                1.2301899148651072,
                0.09877365742997317,
                -1.489263926578852,
                -0.024493956987385507,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.2028629836939473,
                    w: [0.1182513162601293, 1.1110128913564727, -0.24927375916272806],
                    n: 3,
                })
                .rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.2028629836939473,
                    w: [0.1182513162601293, 1.1110128913564727, -0.24927375916272806],
                    n: 3,
                })
                .rp30_grad(
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
                let (y, d) = black_box(&Params {
                    k: -1.2028629836939473,
                    w: [0.1182513162601293, 1.1110128913564727, -0.24927375916272806],
                    n: 3,
                })
                .rp30_jvp(
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
                -4.689969824455461,
                &[
                    0.0,
                    0.0,
                    0.0,
                    -1.4149842261362644,
                    1.2301899148651072,
                    3.2301899148651074,
                    1.2301899148651072,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[
                -0.4267209470272064,
                0.47763127088546753,
                -1.2440125942230225,
                -0.3091416656970978,
                0.7108045220375061,
            ],
            f: |p| {
                let p = black_box(p);
                rp31(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: 0.29374242164068404,
                        w: [0.2127689826000272, -0.8491087806218071, 1.44213606996336],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp31_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: 0.29374242164068404,
                        w: [0.2127689826000272, -0.8491087806218071, 1.44213606996336],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp31_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: 0.29374242164068404,
                        w: [0.2127689826000272, -0.8491087806218071, 1.44213606996336],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.1215901374816895,
                &[0.0, 0.1357714682817459, 3.0, 3.391180992126465, 3.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp32",
            point: &[0.9024389286962847, -0.21525946549143538],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.08759797648931025,
                    w: [1.0677175023066354, -0.7883018791245787, -1.1785851490493833],
                    n: 3,
                })
                .rp32(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.5669994158890699_f64,
                            0.4298114026626019_f64,
                            0.9000725599733141_f64,
                        ][..],
                    ),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.08759797648931025,
                    w: [1.0677175023066354, -0.7883018791245787, -1.1785851490493833],
                    n: 3,
                })
                .rp32_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.5669994158890699_f64,
                            0.4298114026626019_f64,
                            0.9000725599733141_f64,
                        ][..],
                    ),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.08759797648931025,
                    w: [1.0677175023066354, -0.7883018791245787, -1.1785851490493833],
                    n: 3,
                })
                .rp32_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.5669994158890699_f64,
                            0.4298114026626019_f64,
                            0.9000725599733141_f64,
                        ][..],
                    ),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-3.186602916469355, &[0.0, 2.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp33",
            point: &[
                0.9141644237724857,
                0.05450343384449956,
                -0.6140498149595129,
                0.11986883186400149,
                -1.2773121840220119,
                1.4419379861747894,
                -0.6964904510838112,
            ],
            f: |p| {
                let p = black_box(p);
                rp33(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp33_grad(
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
                let (y, d) = rp33_jvp(
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
            expected: (
                -1.4656214087423907,
                &[
                    0.0,
                    0.0,
                    0.8771319159572356,
                    -1.2773121840220119,
                    -1.2009927733210564,
                    -0.7074339133112448,
                    -1.2773121840220119,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp34",
            point: &[
                0.6236401779771331,
                -1.3409348695981742,
                -1.3299788464260245,
                -1.4186018979418382,
                0.8050591688896679,
                -0.05548317325587236,
                -0.7201343664356686,
            ],
            f: |p| {
                let p = black_box(p);
                rp34(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp34_grad(
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
                let (y, d) = rp34_jvp(
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
                0.18775319680490732,
                &[
                    -1.3299788464260245,
                    1.0890745610803623,
                    1.114267910392063,
                    0.0,
                    0.0,
                    1.045091056009624,
                    -0.15752736379254045,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp35",
            point: &[
                -1.3512583521097055,
                0.5963391843498639,
                1.0788680929997871,
                -1.4535293708390642,
                -0.22343786914844313,
                -1.202825839950908,
                -1.368304640390502,
                0.3603975871375557,
                -0.2633294060021874,
                1.4812660066259988,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.8535955784528639,
                    w: [-0.706423944525344, 0.7386771559061885, -0.21393810795596474],
                    n: 2,
                })
                .rp35(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.8535955784528639,
                    w: [-0.706423944525344, 0.7386771559061885, -0.21393810795596474],
                    n: 2,
                })
                .rp35_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.8535955784528639,
                    w: [-0.706423944525344, 0.7386771559061885, -0.21393810795596474],
                    n: 2,
                })
                .rp35_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&[[p[6], p[7]], [p[8], p[9]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                    black_box(&[[t[6], t[7]], [t[8], t[9]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -3.725542768104106,
                &[
                    0.0,
                    0.35355339059327384,
                    1.1724132380263614,
                    0.25,
                    0.25,
                    0.125,
                    0.0,
                    0.0,
                    0.5,
                    0.7628749445659485,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp36",
            point: &[
                0.9346580345909754,
                -1.383723226993642,
                0.1267604345757573,
                -0.4513476593251168,
                -1.2551006709804056,
                -1.1958952176668658,
            ],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box(1.3185280758524218_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.47162805438268907,
                        w: [
                            -1.464428594717828,
                            0.40817749924286445,
                            -0.16998009189375987,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
                    black_box(1.3185280758524218_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.47162805438268907,
                        w: [
                            -1.464428594717828,
                            0.40817749924286445,
                            -0.16998009189375987,
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
                let (y, d) = rp36_jvp(
                    black_box(1.3185280758524218_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.47162805438268907,
                        w: [
                            -1.464428594717828,
                            0.40817749924286445,
                            -0.16998009189375987,
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
                -8.800141454827422,
                &[
                    -5.449488901698794,
                    0.0,
                    1.922375458459968,
                    1.922375458459968,
                    1.922375458459968,
                    1.922375458459968,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp37",
            point: &[
                0.5989999899128386,
                -1.3735356640699474,
                1.3191754045705135,
                -1.3168208479963661,
                -0.8302411388769279,
                1.23017524418726,
                -0.5024132013141055,
            ],
            f: |p| {
                let p = black_box(p);
                rp37(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.9128516163092888,
                        w: [
                            -0.18702809259855582,
                            0.8909442117657074,
                            -1.3769237321733863,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp37_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.9128516163092888,
                        w: [
                            -0.18702809259855582,
                            0.8909442117657074,
                            -1.3769237321733863,
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
                let (y, d) = rp37_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.9128516163092888,
                        w: [
                            -0.18702809259855582,
                            0.8909442117657074,
                            -1.3769237321733863,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                12.746644214232727,
                &[
                    -1.3010726413048788,
                    0.1897393880744334,
                    0.0,
                    0.14978554800570745,
                    0.0,
                    16.273312790981905,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[0.47791702402190156],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(p[0]),
                    black_box(-0.5254695179841199_f64),
                    black_box(-0.7179127905764281_f64),
                    black_box(
                        &[
                            0.7245397979034413_f64,
                            -0.876915336134167_f64,
                            1.1095367839217798_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
                    black_box(p[0]),
                    black_box(-0.5254695179841199_f64),
                    black_box(-0.7179127905764281_f64),
                    black_box(
                        &[
                            0.7245397979034413_f64,
                            -0.876915336134167_f64,
                            1.1095367839217798_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp38_jvp(
                    black_box(p[0]),
                    black_box(-0.5254695179841199_f64),
                    black_box(-0.7179127905764281_f64),
                    black_box(
                        &[
                            0.7245397979034413_f64,
                            -0.876915336134167_f64,
                            1.1095367839217798_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (3.2833957087167693, &[-18.16084691283226]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp39",
            point: &[
                0.13921434620592332,
                -0.6314220144769727,
                0.7956588666240522,
                -1.231222281935924,
                0.5541838968734708,
                -1.208142723104714,
            ],
            f: |p| {
                let p = black_box(p);
                rp39(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.25714947873034416,
                        w: [1.3840587518553473, -0.2273976513452556, 0.6522635906646476],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp39_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.25714947873034416,
                        w: [1.3840587518553473, -0.2273976513452556, 0.6522635906646476],
                        n: 3,
                    }),
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
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(&Params {
                        k: -0.25714947873034416,
                        w: [1.3840587518553473, -0.2273976513452556, 0.6522635906646476],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (8.560622940326857, &[0.0, 1.0, 9.0, -3.0, -3.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp40",
            point: &[
                -0.9479919762265274,
                1.0934230617265783,
                -1.3890091994145235,
                1.2908985539464974,
                -0.5195802947238317,
                0.7707097892355762,
            ],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
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
                let (y, d) = rp40_jvp(
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
                0.29386652590440576,
                &[0.0, 0.09782423938702323, 0.0, 1.0, 0.0, 0.44785489461778805],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[
                -1.360098111423107,
                -1.1980440613586592,
                -0.8138514392710974,
                -1.4374864070646949,
                -1.4931823421430195,
                -1.3224342257624744,
                0.2839165339596865,
            ],
            f: |p| {
                let p = black_box(p);
                rp41(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp41_grad(
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
                let (y, d) = rp41_jvp(
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
            expected: (5.03852402694918, &[0.0, 0.0, -1.0, 0.5, -0.5, 0.5, -0.5]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp42",
            point: &[
                -1.1837224664894777,
                -0.5706646140473766,
                0.14316173216529532,
                0.7449567952069054,
                -1.4831753943815689,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp42_grad(
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
                let (y, d) = rp42_jvp(
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
                -0.026082901808697972,
                &[
                    -0.8584917297755228,
                    0.0,
                    -1.1174727406684988,
                    -1.214742598247943,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp43",
            point: &[0.6805534477328158, -1.398555007192915, -1.0962104742972316],
            f: |p| {
                let p = black_box(p);
                rp43(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[
                        -0.22435558076434947_f64,
                        -1.1068668190253392_f64,
                        1.066967517580213_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp43_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[
                        -0.22435558076434947_f64,
                        -1.1068668190253392_f64,
                        1.066967517580213_f64,
                    ]),
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
                    black_box(&[
                        -0.22435558076434947_f64,
                        -1.1068668190253392_f64,
                        1.066967517580213_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.9616959057069432,
                &[-0.3985550071929149, 0.6805534477328158, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp44",
            point: &[
                -0.31192850448336085,
                -1.1764818334816167,
                0.3400550247114374,
                0.694320905467704,
                -1.4002706179591502,
                1.1100543311767712,
                -0.8128837537759767,
                -0.04206578345204062,
            ],
            f: |p| {
                let p = black_box(p);
                rp44(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.3574656496477411,
                        w: [
                            -0.6130716686355052,
                            0.38694243807586853,
                            -0.5753143602674089,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp44_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.3574656496477411,
                        w: [
                            -0.6130716686355052,
                            0.38694243807586853,
                            -0.5753143602674089,
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
                let (y, d) = rp44_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.3574656496477411,
                        w: [
                            -0.6130716686355052,
                            0.38694243807586853,
                            -0.5753143602674089,
                        ],
                        n: 2,
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
                2.7111193371583213,
                &[
                    0.0,
                    0.0,
                    1.2632324669119113,
                    -1.0,
                    -0.7645341041338082,
                    -0.7645341041338082,
                    -0.7645341041338081,
                    -0.37511471155125925,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp45",
            point: &[0.27425298643189366, -0.8641525430516502],
            f: |p| {
                let p = black_box(p);
                rp45(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.2622961964727797_f64),
                    black_box([
                        -1.4242581633656275_f64,
                        0.9132948752411588_f64,
                        0.4563777323592914_f64,
                        0.5342415159281861_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp45_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.2622961964727797_f64),
                    black_box([
                        -1.4242581633656275_f64,
                        0.9132948752411588_f64,
                        0.4563777323592914_f64,
                        0.5342415159281861_f64,
                    ]),
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
                    black_box(0.2622961964727797_f64),
                    black_box([
                        -1.4242581633656275_f64,
                        0.9132948752411588_f64,
                        0.4563777323592914_f64,
                        0.5342415159281861_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.029339262389893, &[-0.45275656568855793, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[
                -0.47142304914220806,
                1.4234144368013428,
                -0.41354187449229257,
                -0.03577291259944473,
                -0.27972358305484696,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.1542069100307269,
                    w: [-0.9079900547967827, 0.08674676915220281, 0.8860451584022077],
                    n: 2,
                })
                .rp46(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.1542069100307269,
                    w: [-0.9079900547967827, 0.08674676915220281, 0.8860451584022077],
                    n: 2,
                })
                .rp46_grad(
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
                let (y, d) = black_box(&Params {
                    k: 0.1542069100307269,
                    w: [-0.9079900547967827, 0.08674676915220281, 0.8860451584022077],
                    n: 2,
                })
                .rp46_jvp(
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
                -0.4702071425438775,
                &[
                    -0.8194186119387008,
                    0.006645367840280863,
                    0.8160364691511739,
                    -0.007003119240762116,
                    -0.005511568285746057,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp47",
            point: &[
                0.29936095718290573,
                1.28825057001432,
                -0.7407143614789953,
                -0.24505464424426482,
                0.4690002853975384,
            ],
            f: |p| {
                let p = black_box(p);
                rp47(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp47_grad(
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
                let (y, d) = rp47_jvp(
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
                15.976283263142147,
                &[
                    1.599293853848769,
                    0.0,
                    0.0,
                    1.4973967467314273,
                    -0.49010928848852964,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp48",
            point: &[
                1.2401158583747303,
                0.5360481352838024,
                -0.0222283181277358,
                -0.9066906521690058,
                0.4075241848116982,
                -0.7039651623791892,
            ],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(1.3468800985108464_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.3076639177448675_f64),
                    black_box(
                        &[
                            0.7912729795433954_f64,
                            1.1729312149913873_f64,
                            -0.06363847808043767_f64,
                            0.8372188454798832_f64,
                        ][..],
                    ),
                    black_box([[p[2], p[3]], [p[4], p[5]]]),
                    black_box(&Params {
                        k: -0.5363563681983368,
                        w: [-0.7452834781024931, -0.466802198713353, 1.3739835875609556],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
                    black_box(1.3468800985108464_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.3076639177448675_f64),
                    black_box(
                        &[
                            0.7912729795433954_f64,
                            1.1729312149913873_f64,
                            -0.06363847808043767_f64,
                            0.8372188454798832_f64,
                        ][..],
                    ),
                    black_box([[p[2], p[3]], [p[4], p[5]]]),
                    black_box(&Params {
                        k: -0.5363563681983368,
                        w: [-0.7452834781024931, -0.466802198713353, 1.3739835875609556],
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
                    black_box(1.3468800985108464_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.3076639177448675_f64),
                    black_box(
                        &[
                            0.7912729795433954_f64,
                            1.1729312149913873_f64,
                            -0.06363847808043767_f64,
                            0.8372188454798832_f64,
                        ][..],
                    ),
                    black_box([[p[2], p[3]], [p[4], p[5]]]),
                    black_box(&Params {
                        k: -0.5363563681983368,
                        w: [-0.7452834781024931, -0.466802198713353, 1.3739835875609556],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([[t[2], t[3]], [t[4], t[5]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -7.367184377414807,
                &[
                    0.9999884137493144,
                    -9.82368228710792e-5,
                    0.0,
                    0.0,
                    0.0,
                    -8.901739329434455e-5,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                -1.37597156785369,
                -0.20985806452957323,
                0.3762357292432768,
                -0.46579170361712635,
                -0.6890901799523058,
                0.8043050385171057,
            ],
            f: |p| {
                let p = black_box(p);
                rp49(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.2659761549731198,
                        w: [1.2200711511718276, 1.3257513197209887, 1.1344508823279882],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp49_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.2659761549731198,
                        w: [1.2200711511718276, 1.3257513197209887, 1.1344508823279882],
                        n: 2,
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
                    black_box([p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 0.2659761549731198,
                        w: [1.2200711511718276, 1.3257513197209887, 1.1344508823279882],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.6782094179226307,
                &[
                    -0.22509583482841033,
                    0.0,
                    0.0,
                    0.0,
                    0.1329880774865599,
                    0.1329880774865599,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp50",
            point: &[
                -0.08678025837530069,
                -0.7568959607794004,
                -0.025037963100818492,
                1.291172323746879,
                0.01384897103082401,
                -1.21381072157015,
                -0.7984383259500344,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.531507631756217,
                    w: [
                        -0.4193722231094163,
                        -0.31697546745944594,
                        0.2835531072407247,
                    ],
                    n: 3,
                })
                .rp50(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.531507631756217,
                    w: [
                        -0.4193722231094163,
                        -0.31697546745944594,
                        0.2835531072407247,
                    ],
                    n: 3,
                })
                .rp50_grad(
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
                let (y, d) = black_box(&Params {
                    k: 0.531507631756217,
                    w: [
                        -0.4193722231094163,
                        -0.31697546745944594,
                        0.2835531072407247,
                    ],
                    n: 3,
                })
                .rp50_jvp(
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
                0.7794519153896589,
                &[
                    -0.0009343393009417067,
                    0.0,
                    0.050000907047431986,
                    0.0,
                    -0.39187556830265524,
                    0.01178866121712734,
                    0.03507332575471634,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp51",
            point: &[0.01593268162879471, 0.6516004039441199],
            f: |p| {
                let p = black_box(p);
                rp51(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(1.4036185879765477_f64),
                    black_box(-0.03518263643573126_f64),
                    black_box(&[
                        -0.9203963502276405_f64,
                        1.4768410989441056_f64,
                        0.22897932163183837_f64,
                    ]),
                    black_box(&Params {
                        k: -0.587256946632401,
                        w: [0.33793672590183227, 0.7901610908602704, -0.906097419036791],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp51_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(1.4036185879765477_f64),
                    black_box(-0.03518263643573126_f64),
                    black_box(&[
                        -0.9203963502276405_f64,
                        1.4768410989441056_f64,
                        0.22897932163183837_f64,
                    ]),
                    black_box(&Params {
                        k: -0.587256946632401,
                        w: [0.33793672590183227, 0.7901610908602704, -0.906097419036791],
                        n: 3,
                    }),
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
                    black_box(1.4036185879765477_f64),
                    black_box(-0.03518263643573126_f64),
                    black_box(&[
                        -0.9203963502276405_f64,
                        1.4768410989441056_f64,
                        0.22897932163183837_f64,
                    ]),
                    black_box(&Params {
                        k: -0.587256946632401,
                        w: [0.33793672590183227, 0.7901610908602704, -0.906097419036791],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (3.912798176918952, &[57.28123742082234, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp52",
            point: &[
                -1.0667231360584863,
                -0.26589552023039253,
                -1.3325004670345215,
                -1.017342039183032,
                -1.059307158046102,
                -0.038693793667671006,
            ],
            f: |p| {
                let p = black_box(p);
                rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp52_grad(
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
                let (y, d) = rp52_jvp(
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
                -2.2981814604772963,
                &[1.0, 0.5075289895355612, 1.0, 0.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                1.280066991261159,
                -0.029208498187404147,
                -0.6055013444344528,
                0.0038872293244591274,
                -0.4862343127289108,
                1.4618352795001548,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp53_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.0913823051105978,
                &[
                    1.5077744586489183,
                    0.9999994021834201,
                    0.0,
                    4.560133982522318,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp54",
            point: &[
                -0.15394183334481792,
                -0.5108723383861005,
                0.7979706938825062,
            ],
            f: |p| {
                let p = black_box(p);
                rp54(
                    black_box(0.942156829578993_f64),
                    black_box(-0.6398488161538746_f64),
                    black_box(&[p[0], p[1], p[2]]),
                    black_box(&Params {
                        k: 1.257333823023231,
                        w: [-0.9267324962460682, 0.8992884690261777, 1.303889012266432],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp54_grad(
                    black_box(0.942156829578993_f64),
                    black_box(-0.6398488161538746_f64),
                    black_box(&[p[0], p[1], p[2]]),
                    black_box(&Params {
                        k: 1.257333823023231,
                        w: [-0.9267324962460682, 0.8992884690261777, 1.303889012266432],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp54_jvp(
                    black_box(0.942156829578993_f64),
                    black_box(-0.6398488161538746_f64),
                    black_box(&[p[0], p[1], p[2]]),
                    black_box(&Params {
                        k: 1.257333823023231,
                        w: [-0.9267324962460682, 0.8992884690261777, 1.303889012266432],
                        n: 2,
                    }),
                    black_box(&[t[0], t[1], t[2]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.2803358723218174,
                &[0.3848545833620448, 2.277180845965251, 0.005073265293734419],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[
                -1.1283900222152872,
                1.4691793162278224,
                -1.4034578741452992,
                -0.45841109447877254,
                -0.5818737160038989,
            ],
            f: |p| {
                let p = black_box(p);
                rp55(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4161776633098626,
                        w: [1.362360432004251, -0.2891737256602517, 1.2598749454715057],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp55_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4161776633098626,
                        w: [1.362360432004251, -0.2891737256602517, 1.2598749454715057],
                        n: 2,
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
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 1.4161776633098626,
                        w: [1.362360432004251, -0.2891737256602517, 1.2598749454715057],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                12.854631204486791,
                &[
                    -7.331228053883914,
                    0.0,
                    -3.3851700666458617,
                    -3.3851700666458617,
                    -3.3851700666458617,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                -0.24731922768937828,
                -0.17947101025503187,
                0.8445184858514514,
                -1.058944471498157,
                -0.10408337742172948,
                -1.0004394946554622,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.6057677684383311,
                    w: [1.1226763982151433, -0.9873758599104074, -1.4884960330412007],
                    n: 3,
                })
                .rp56(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.6057677684383311,
                    w: [1.1226763982151433, -0.9873758599104074, -1.4884960330412007],
                    n: 3,
                })
                .rp56_grad(
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
                    k: 0.6057677684383311,
                    w: [1.1226763982151433, -0.9873758599104074, -1.4884960330412007],
                    n: 3,
                })
                .rp56_jvp(
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
                1.9228313088630906,
                &[
                    0.23819851785943907,
                    -0.21998714750414636,
                    1.8616326572028064,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp57",
            point: &[
                -1.1794311092590468,
                -0.30114793612772167,
                -1.27133866414666,
                -0.8246526149383645,
                -0.22896084472585573,
                -0.0953642524499347,
                1.3022265204741832,
                0.40628451898724727,
            ],
            f: |p| {
                let p = black_box(p);
                rp57(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 0.677177762959469,
                        w: [-0.5649333241583474, 1.499438785083604, -1.18027093346704],
                        n: 3,
                    }),
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
                    black_box(&Params {
                        k: 0.677177762959469,
                        w: [-0.5649333241583474, 1.499438785083604, -1.18027093346704],
                        n: 3,
                    }),
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
                    black_box(&Params {
                        k: 0.677177762959469,
                        w: [-0.5649333241583474, 1.499438785083604, -1.18027093346704],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.250419649334127,
                &[
                    -1.1063364055170954,
                    0.5623065032442748,
                    0.0,
                    0.0,
                    0.0,
                    1.0,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[
                -0.5616219915714548,
                0.14026875692004703,
                -0.9504613766383149,
                -1.2449549378323288,
                0.20355182907001165,
                1.2008047466594864,
                0.7130706212276764,
                0.4892582145551455,
            ],
            f: |p| {
                let p = black_box(p);
                rp58(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp58_grad(
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
                let (y, d) = rp58_jvp(
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
                -2.4092613304395565,
                &[
                    0.0,
                    0.0,
                    0.921875,
                    0.6562322112632071,
                    1.2741451814460745,
                    0.7397779578786612,
                    1.0298881353144391,
                    2.81461513473781,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp59",
            point: &[-0.11272237269588056],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.21708809772318183,
                    w: [0.74376083465144, 0.7394632319528537, -1.0692463730179766],
                    n: 2,
                })
                .rp59(
                    black_box(0.8341476035585991_f64),
                    black_box(-0.05692734353283283_f64),
                    black_box(p[0]),
                    black_box([
                        -0.44740774326975896_f64,
                        -0.052529343122122575_f64,
                        0.28891675531819666_f64,
                        -1.23690447476837_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.21708809772318183,
                    w: [0.74376083465144, 0.7394632319528537, -1.0692463730179766],
                    n: 2,
                })
                .rp59_grad(
                    black_box(0.8341476035585991_f64),
                    black_box(-0.05692734353283283_f64),
                    black_box(p[0]),
                    black_box([
                        -0.44740774326975896_f64,
                        -0.052529343122122575_f64,
                        0.28891675531819666_f64,
                        -1.23690447476837_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.21708809772318183,
                    w: [0.74376083465144, 0.7394632319528537, -1.0692463730179766],
                    n: 2,
                })
                .rp59_jvp(
                    black_box(0.8341476035585991_f64),
                    black_box(-0.05692734353283283_f64),
                    black_box(p[0]),
                    black_box([
                        -0.44740774326975896_f64,
                        -0.052529343122122575_f64,
                        0.28891675531819666_f64,
                        -1.23690447476837_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.5566142379293734, &[0.0007623881387387718]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[
                -0.8095315933842886,
                -0.8311192692469705,
                -1.4660356140576423,
                1.1772742842316735,
                -1.0406087711370977,
                0.341533864916289,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.4295661354628646,
                    w: [-1.1977914333431736, -1.0948058775379748, 0.8815068903197578],
                    n: 3,
                })
                .rp60(
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
                    k: 0.4295661354628646,
                    w: [-1.1977914333431736, -1.0948058775379748, 0.8815068903197578],
                    n: 3,
                })
                .rp60_grad(
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
                    k: 0.4295661354628646,
                    w: [-1.1977914333431736, -1.0948058775379748, 0.8815068903197578],
                    n: 3,
                })
                .rp60_jvp(
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
                0.09246648085713605,
                &[
                    0.8824151064463684,
                    0.9272674892348131,
                    0.0,
                    -1.2257321755276116,
                    0.17659786127720434,
                    -1.2257321755276116,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                -1.2924484664359144,
                -1.3449954081976565,
                -0.7864140931657106,
                -1.0408469397287121,
                1.3962956345752497,
                0.19290814410640372,
                1.3318705810886318,
            ],
            f: |p| {
                let p = black_box(p);
                rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -1.47125149817768,
                        w: [
                            -0.1672284893838946,
                            -1.2967207509377883,
                            -0.06256351720562645,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp61_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -1.47125149817768,
                        w: [
                            -0.1672284893838946,
                            -1.2967207509377883,
                            -0.06256351720562645,
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
                let (y, d) = rp61_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -1.47125149817768,
                        w: [
                            -0.1672284893838946,
                            -1.2967207509377883,
                            -0.06256351720562645,
                        ],
                        n: 3,
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
                -1.903316808392621,
                &[
                    0.0,
                    0.0,
                    -1.4236913742037016,
                    0.0,
                    -4.492404297621946,
                    2.085629316684254,
                    -0.6323033604671344,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[
                -1.1303481912734772,
                0.5345121775971413,
                -0.810741442675322,
                -0.12770357670156784,
                0.9568211263368137,
                -0.8007333585680608,
                1.4071424909256445,
                0.16847028261498936,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.4834865855030934,
                    w: [0.6473266098974494, 0.06650577818280638, 0.11609283444318529],
                    n: 3,
                })
                .rp62(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.4834865855030934,
                    w: [0.6473266098974494, 0.06650577818280638, 0.11609283444318529],
                    n: 3,
                })
                .rp62_grad(
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
                let (y, d) = black_box(&Params {
                    k: -1.4834865855030934,
                    w: [0.6473266098974494, 0.06650577818280638, 0.11609283444318529],
                    n: 3,
                })
                .rp62_jvp(
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
                7.52719439998801,
                &[
                    0.0,
                    0.0,
                    -5.089580256571223,
                    0.0,
                    0.6573016868712624,
                    0.6573016868712624,
                    1.314603373742525,
                    0.6573016868712624,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[
                -0.6384982752532796,
                -0.9831740014472329,
                -0.878235704745503,
                -0.09635805719787272,
                -1.3261400693217822,
                -0.29170423525235667,
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
            expected: (-3.618417134748764, &[1.0, 4.0, -1.0, -1.0, 0.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
