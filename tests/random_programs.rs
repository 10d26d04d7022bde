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

static RP00_K0: f64 = 0.25;
static RP00_K1: usize = 1;
const RP00_K2: f64 = (-1.25);
#[differentiate]
fn rp00(a: f64, b: f64, c: f64, x: &[f64; 4], m: &[[f64; 2]; 2]) -> f64 {
    let mut v1 = (((RP00_K1 as f64) * (RP00_K1 as f64) + 0.5).sqrt()
        * ((RP00_K1 as f64) * (RP00_K1 as f64) + 0.5).sqrt()
        + 1.5)
        .log(b * b + 2.0);
    if (c < RP00_K2 && x[3] > 2.0) {
        #[checkpoint(every = 1)]
        for i2 in 1..3 {
            let mut arr3: [f64; 3] = [v1, x[i2], a.powi(2).atan()];
            v1 = 1.5;
        }
    } else if (m[1][0].cos() * 0.5).acos() < (2.0 - v1) {
        if ((((1.0) as f32).sin() as f64) <= (-b)
            || (1.0_f64 * 1.0_f64 + 0.5).log10() >= (std::f64::consts::PI.sin() * 0.5).asin())
        {
            v1 -= (-RP00_K2);
            let mut arr4 = [0.0_f64; 3];
        } else if !(RP00_K0 % ((x.len() as f64) * (x.len() as f64) + 0.5_f64)).is_nan() {
            let mut arr5 = [0.0_f64; 3];
            v1 = (RP00_K1 as f64);
            let (v6, v7) = (
                (f64::cosh(x[1].tanh()) * f64::cosh(x[1].tanh()) + 0.5).powf(
                    (arr5[1] * arr5[1] + 1.5)
                        .log(m[0][1] * m[0][1] + 2.0)
                        .tanh(),
                ),
                (if b >= v1 {
                    2.0
                } else {
                    f64::mul_add(arr5[1], arr5[0], 2.0)
                }),
            );
        } else {
        }
        v1 = (2.0 * 1.5);
    } else {
        for i8 in 0..3 {
            v1 += (m[0][0] * ((x.len() as f64) - x[i8]));
        }
        let mut arr9 = [0.0_f64; 3];
        if x[2] < (x[1] * v1) {
            v1 *= 1.5_f64.hypot(0.25);
        } else {
            let (v10, v11) = ((m[1][1] + b), b);
        }
    }
    let mut k12 = 0usize;
    while k12 < 3 {
        let i13 = k12;
        k12 += 1;
        for i14 in 0..=2 {
            let mut arr15: [f64; 3] = [v1.atan(), (-(-1.25)), ((x.len() as f64) - 1.5)];
        }
        let mut arr16 = [0.0_f64; 3];
        for i17 in (0..3).rev() {
            if !(-c).is_nan() {
                break;
            }
            v1 /= ((if v1 > b { 1.5 } else { (f64::from(3u8) * 0.5) }) * RP00_K2)
                * ((if v1 > b { 1.5 } else { (f64::from(3u8) * 0.5) }) * RP00_K2)
                + 1.0;
        }
    }
    let mut k18 = 0usize;
    loop {
        if k18 >= 3 {
            break;
        }
        let i19 = k18;
        k18 += 1;
        v1 += (((-0.75) - b) * f64::log((b.hypot(RP00_K0) * b.hypot(RP00_K0) + 1.5), b * b + 2.0));
        {
            let mut v20 = (RP00_K2 + a);
        }
    }
    for i21 in 0..=2 {
        for i22 in (0..=2).rev() {
            let mut v23 = (if c < c { m[0][i22 % 2] } else { x[i21] });
        }
        v1 -= (b - b);
        let mut k24 = 0usize;
        loop {
            if k24 >= 3 {
                break;
            }
            let i25 = k24;
            k24 += 1;
            v1 = (v1 - x[i21]).hypot((i25 as f64));
            v1 -= (b + x[i21]);
            let (v26, v27): (f64, f64) = (1.5, (m[i25 % 2][i21 % 2] * m[i25 % 2][i21 % 2]).ln_1p());
        }
    }
    if c <= f64::cos(RP00_K2) {
        #[checkpoint(every = 2)]
        for i28 in 0..3 {
            v1 *= (0.1 + b.mul_add(a, v1));
            let mut v29 = (b / (v1 * v1 + 1.0)).cos();
        }
    }
    ((2.0 + x[3]) * 0.5) + v1
}

mod rp01_m {
    use super::*;

    #[differentiate]
    pub fn rp01_h0(y0: [f64; 3], y1: [f64; 3]) -> f64 {
        if 2.0 < (-1.0) {
        } else {
        }
        2.0_f64.fract()
    }
}
#[differentiate]
fn rp01(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x[3] + a);
    let mut v2 = ((-b) + 1.5);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        if v2 <= 1.5 {
            let (v5, v6) = ((a / (b * b + 1.0)), (a / (b * b + 1.0)));
        }
        for e7 in x.iter() {
            let v8 = (0.25_f64 * 0.25_f64).ln_1p();
        }
    }
    v1 -= (-1.25);
    if (v2 <= 2.0
        || rp01_m::rp01_h0([a, 0.5, -1.0], [1.5, 0.5, -1.0]) <= (v2 / ((-1.25) * (-1.25) + 1.0)))
    {
        if !(b.hypot(x[1])).is_nan() {
            v1 = 0.25;
            let mut v9 = ((((5.0_f64.sqrt() - 2.0) as f32).sin() as f64) + x[1]);
            v2 -= v9;
        } else {
            v1 -= b;
        }
        for i10 in 1..3 {
            v1 = (0.25_f64 * 0.25_f64 + 0.5).powf(
                (if x[i10] < ((i10 * 2 + 1) as f64) {
                    ((i10 * 2 + 1) as f64)
                } else {
                    x[i10]
                })
                .tanh(),
            );
        }
    } else {
        let (v11, v12): (f64, f64) = (0.25, 0.25);
    }
    let mut k13 = 0usize;
    while k13 < 3 {
        let i14 = k13;
        k13 += 1;
        v1 -= rp01_m::rp01_h0([v2, 0.5, -1.0], [a, 0.5, -1.0]);
        v2 -= (if (5.0_f64.sqrt() - 2.0) < 0.25 {
            x[i14]
        } else {
            (-v1)
        });
    }
    (-0.75_f64).mul_add(v1, 1.5) + v1 + v2
}

static RP02_K0: i32 = 1;
const RP02_K1: usize = 2;
#[differentiate]
fn rp02_h0(s0: f32, n1: usize, y2: &[f32]) -> [f32; 3] {
    {}
    [
        (y2[1] - y2[1]),
        (s0 - ((RP02_K1 as f32) - (RP02_K1 as f32))),
        f32::log2((y2[1] * y2[1] + 0.5_f32)),
    ]
}
#[differentiate]
fn rp02(a: f32, b: f32, x: &[f32; 3], p: &Params) -> f32 {
    let mut v1 = b;
    let mut v2 = (2.0_f32 + (RP02_K0 as f32));
    v2 -= v1.sin().exp();
    x[2].mul_add((x[1] - (RP02_K1 as f32)), a) + v1 + v2
}

const RP03_K0: [f32; 3] = [(-1.25_f32), 1.0_f32, 1.0_f32];
static RP03_K1: i32 = 2;
const RP03_K2: i32 = 1;
const RP03_K3: f32 = 1.5_f32;
#[differentiate(wrt(a, d))]
fn rp03(a: f32, b: f32, c: f32, d: f32, x: &[f32; 3], p: &Params) -> f32 {
    let mut v1 = (p.k as f32)
        .floor()
        .mul_add(0.1_f32, ((RP03_K2 as f32) + RP03_K0[1]));
    let mut v2 = a;
    if x[1] <= v1 {
        return d.tanh();
    }
    v1 *= ((if (x[2] >= RP03_K0[0] || (RP03_K2 as f32) <= v1) {
        v1
    } else {
        2.0_f32
    }) * 0.5_f32);
    for i3 in 0..3 {
        let (v4, v5): (f32, f32) = (0.5_f32, 0.5_f32);
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        for i8 in 0..=2 {
            v1 += (-((i7 as f32) % (x[i7] * x[i7] + 0.5_f32)));
            v1 *= d;
            let (v9, v10) = ((-(i8 as f32)), (-(i8 as f32)));
        }
    }
    b.cos() + v1 + v2
}

#[differentiate]
fn rp04_h0(s0: f64, n1: usize) -> [f64; 3] {
    for i1 in 0..3 {}
    [
        f64::cosh(s0.tanh()),
        (((f64::from(3u8) * 0.5) - 0.5) * s0),
        (-0.75_f64).cos().exp2(),
    ]
}
#[differentiate]
fn rp04_h1(y0: &[f64], y1: &[f64]) -> f64 {
    for i1 in 0..=2 {
        let mut arr2 = [0.0_f64; 3];
        let (v3, v4) = (1.0_f64.hypot(1.0), 1.0_f64.hypot(1.0));
    }
    let (v5, v6) = (y1[0].tanh().tan(), y1[0].tanh().tan());
    (-v5) + v5 + v6
}
impl Params {
    #[differentiate]
    fn rp04(&self, a: f64, b: f64, x: &[f64]) -> f64 {
        let mut v1: f64 = 0.25;
        let mut v2 = a;
        let mut arr3: Vec<f64> = vec![0.0_f64; x.len()];
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let mut v6 = (v1 / (v2 * v2 + 1.0));
        }
        for &e7 in arr3.iter() {
            if (arr3[1] * arr3[1] + 0.5).powf(arr3[1].tanh()) >= 0.25 {
                v1 = 1.5;
                v2 -= self.w[0].mul_add(e7, v2.atan2(x[0] * x[0] + 0.5));
                v1 *= rp04_h1(&arr3, x);
            } else if (e7 * e7 + 0.5).sqrt() > e7 {
            } else {
            }
            v1 = 0.25;
            if f64::mul_add(e7, b, v1) < (-e7) {
                v2 += v2.mul_add(x[1], e7).atan2(a * a + 0.5);
            } else {
                if v1 >= x[0] {
                    break;
                }
            }
        }
        let mut v8 = (self.w[1].sin() * 0.5).atanh().asinh();
        ((if 2.0 <= x[2] { x[1] } else { v2 }) - x[1]) + v1 + v2 + v8 + arr3[0] + arr3[1] + arr3[2]
    }
}

#[differentiate]
fn rp05_h0(y0: [f64; 3], s1: f64, y2: [f64; 3]) -> f64 {
    let mut v1 = (if s1 <= s1 { y0[0] } else { s1 });
    if s1 <= (-1.25) {
    } else {
    }
    y0[1].clamp(-0.5, 0.75) + v1
}
#[differentiate]
fn rp05_h1(s0: f64, n1: usize) -> (f64, f64) {
    ((s0 - 0.25), s0)
}
impl Params {
    #[differentiate]
    fn rp05(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 4], m: &[[f64; 2]; 2]) -> f64 {
        let mut v1 = a.trunc();
        if !((-v1) > b) {
            let mut k2 = 0usize;
            while k2 < 3 {
                let i3 = k2;
                k2 += 1;
            }
            for i4 in 0..3 {
                v1 += (x[i4] - x[3]);
                v1 *= b.cos();
            }
        }
        if c.tanh().sinh() > (5.0_f64.sqrt() - 2.0).fract() {
            for i5 in 0..3 {}
            let v1 = b;
            let mut v6: f64 = 0.25;
        }
        rp05_h0([(m[1][1] - m[0][1]), 0.5, -1.0], 3.0, [2.0, 0.5, -1.0]) + v1
    }
}

static RP06_K0: [f64; 3] = [3.0, 0.1, (-1.25)];
static RP06_K1: f64 = (-1.25);
const RP06_K2: f64 = 3.0;
static RP06_K3: [f64; 3] = [3.0, (-1.25), 0.25];
#[differentiate]
fn rp06(a: f64, b: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1 = 2.0_f64.atan2((p.n as f64) * (p.n as f64) + 0.5);
    let mut arr2 = [(RP06_K0[0] + 0.0), (RP06_K0[1] + 0.0), (RP06_K0[2] + 0.0)];
    arr2[0] -= (b * x[1]);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        v1 += (-v1);
    }
    (a * (arr2[1] / (RP06_K2 * RP06_K2 + 1.0))) + v1 + arr2[0] + arr2[1] + arr2[2]
}

impl Params {
    #[differentiate]
    fn rp07(&self, a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = x[1];
        for i2 in 0..3 {}
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            let mut k5 = 0usize;
            loop {
                if k5 >= 3 {
                    break;
                }
                let i6 = k5;
                k5 += 1;
                v1 += (0.25 / (0.25 * 0.25 + 1.0));
            }
        }
        if (1.5_f64 * 1.5_f64 + 0.5).powf(2.0_f64.tanh()) > v1 {
            let mut k7 = 0usize;
            while k7 < 3 {
                let i8 = k7;
                k7 += 1;
                let mut arr9 = [0.0_f64; 3];
            }
            #[checkpoint(every = 1)]
            for &e10 in x.iter() {
                v1 = self.w[1];
            }
            let mut k11 = 0usize;
            loop {
                if k11 >= 3 {
                    break;
                }
                let i12 = k11;
                k11 += 1;
                let mut arr13 = [0.0_f64; 3];
            }
        } else if !((self.n as f64).mul_add(b, std::f64::consts::PI) > (0.25 / (0.25 * 0.25 + 1.0)))
        {
        } else {
        }
        v1 += x[1];
        let mut k14 = 0usize;
        while k14 < 3 {
            let i15 = k14;
            k14 += 1;
            let (v16, v17) = (0.5_f64.clamp(-0.5, 0.75), 0.5_f64.clamp(-0.5, 0.75));
            v1 /= (if !(2.0_f64).is_nan() {
                (x[i15] + x[0])
            } else {
                a
            }) * (if !(2.0_f64).is_nan() {
                (x[i15] + x[0])
            } else {
                a
            }) + 1.0;
        }
        a.signum() + v1
    }
}

#[differentiate]
fn rp08_h0(y0: &[f64], s1: f64) -> f64 {
    let v1 = (0.5_f64 * 0.5_f64 + 0.5).cbrt();
    (y0[1] / (1.5 * 1.5 + 1.0)) + v1
}
#[differentiate]
fn rp08_h1(s0: f64, s1: f64) -> (f64, f64) {
    (
        ((if !(0.5 <= 0.1) { s1 } else { s0 }) + 0.5),
        s0.mul_add(0.5, (-0.75)),
    )
}
#[differentiate]
fn rp08(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (a + 1.0);
    let mut v2: f64 = 1.5;
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        #[checkpoint(every = 1)]
        for i5 in 0..2 {}
        for i6 in 0..=2 {
            let v2 = (-rp08_h0(x, x[i6]));
            v1 /= std::f64::consts::PI.cos().exp2().atan()
                * std::f64::consts::PI.cos().exp2().atan()
                + 1.0;
        }
    }
    for i7 in 0..3 {
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
            let (v10, v11) = (a.tanh().sinh(), (v1 * 0.25));
        }
        {}
    }
    #[checkpoint(every = 2)]
    for i12 in 0..2 {}
    let mut k13 = 0usize;
    while k13 < 3 {
        let i14 = k13;
        k13 += 1;
    }
    (if 0.25 >= x[1] {
        rp08_h0(x, x[1])
    } else {
        (x[0] * b)
    }) + v1
        + v2
}

#[differentiate]
fn rp09(a: f64, b: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = a;
    let v2: f64 = (x[0] * x[0] + 0.5).log10();
    for (i3, &e4) in x.iter().enumerate() {
        if b > 0.25 {}
    }
    let mut v5: f64 = (x[1] % (((1.0 + 0.25) + 0.25) * ((1.0 + 0.25) + 0.25) + 0.5));
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
        v1 = b.tanh().tan();
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
        }
        if !((a - p.k) < x[i7]) {
            v1 -= ((p.n as f64) * (p.n as f64) + 0.5)
                .powf(b.mul_add(x[0], (a * a + 1.5).log(0.25 * 0.25 + 2.0)).tanh());
            v5 = (v2 * v2 + 1.5).log(0.1 * 0.1 + 2.0).asinh();
            let mut arr10 = [0.0_f64; 3];
        } else {
            let mut a = ((p.n as f64)
                - (if (5.0_f64.sqrt() - 2.0) >= 0.25 {
                    v5
                } else {
                    b
                }));
            let mut arr11 = [0.0_f64; 3];
            if (v5 - (((i7 + 1) % 3) as f64)) < p.k {
                continue;
            }
        }
    }
    (-b) + v1 + v2 + v5
}

const RP10_K0: usize = 3;
const RP10_K1: usize = 3;
impl Params {
    #[differentiate]
    fn rp10_h0(&self, y0: [f64; 3], s1: f64, y2: [f64; 3]) -> (f64, f64) {
        if s1 <= s1 {}
        let mut arr1 = [0.0_f64; 3];
        (
            f64::powi((RP10_K0 as f64), 2) + arr1[0] + arr1[1] + arr1[2],
            (2.0 - s1),
        )
    }
}
#[differentiate(wrt(a, b, c, x))]
fn rp10(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (-(RP10_K1 as f64));
    if 2.0 >= (c * c).ln_1p() {
        v1 *= ((p.n as f64) - (RP10_K1 as f64));
        v1 = (RP10_K0 as f64);
    } else {
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
            if (v1).is_sign_negative() {
                break;
            }
        }
        for i4 in 0..3 {}
    }
    let mut k5 = 0usize;
    while k5 < 3 {
        let i6 = k5;
        k5 += 1;
        for i7 in 0..=2 {
            v1 += f64::cbrt((x[i7] * x[i7] + 0.5));
            let mut arr8 = [0.0_f64; 3];
        }
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let i10 = k9;
            k9 += 1;
        }
        if !(((-0.75_f64) * (-0.75_f64) + 1.0).ln() > a) {
            v1 = (2.0 + v1.atan());
        } else {
        }
    }
    (x[1] * b) + v1
}

static RP11_K0: usize = 3;
const RP11_K1: [f32; 3] = [(-1.25_f32), 0.1_f32, 0.5_f32];
#[differentiate(wrt(a, c, x))]
fn rp11(a: f32, b: f32, c: f32, d: f32, x: &Vec<f32>) -> f32 {
    let mut v1: f32 = 1.5_f32;
    let mut v2 = (-x[1]);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        {
            v1 = ((RP11_K1[i4] + a) + x[i4]);
        }
        v2 /= 1.0_f32 * 1.0_f32 + 1.0_f32;
        if RP11_K1[2] < 1.5_f32 {
            let mut arr5 = [0.0_f32; 3];
            arr5[2] = ((x[0] - v1) * 0.25_f32);
        } else if !(f32::powf((v2 * v2 + 0.5_f32), b.tanh()) <= (-((i4 * 2 + 1) as f32))) {
        } else {
            v1 = f32::mul_add(
                x[i4],
                ((f32::from(3u8) * 0.5_f32) * (f32::from(3u8) * 0.5_f32) + 0.5_f32).powf(v1.tanh()),
                RP11_K1[i4],
            );
            if ((i4 * 2 + 1) as f32) >= ((i4 * 2 + 1) as f32) {
                return ((-0.75_f32) * (-0.75_f32) + 0.5_f32).powf(f32::mul_add(a, c, b).tanh());
            }
        }
    }
    v1 /= (1.5_f32 + v2) * (1.5_f32 + v2) + 1.0_f32;
    let (v6, v7) = (
        f32::asin((x[0].sin() * 0.5_f32)),
        f32::asin((x[0].sin() * 0.5_f32)),
    );
    RP11_K1[0] + v1 + v2 + v6 + v7
}

#[differentiate]
fn rp12_h0(s0: f64, y1: [f64; 3]) -> (f64, f64) {
    (
        (if y1[1] >= 1.5 { s0 } else { (-0.75) }),
        (s0 * s0 + 1.5).acosh(),
    )
}
#[differentiate]
fn rp12_h1(s0: f64, s1: f64) -> [f64; 3] {
    let mut s0 = (s1 % (s0 * s0 + 0.5));
    {}
    [s1.mul_add(1.5, (-0.75)).sin().exp() + s0, (0.25 * 0.5), s1]
}
impl Params {
    #[differentiate]
    fn rp12(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
        let mut v1 = b;
        let mut k2 = 0usize;
        loop {
            if k2 >= 3 {
                break;
            }
            let i3 = k2;
            k2 += 1;
            v1 += (self.k.cos() * 0.5).acos();
            if 3.0 <= (x[0] / (((i3 * 2 + 1) as f64) * ((i3 * 2 + 1) as f64) + 1.0)) {
            } else if (v1 <= x[2] && c <= a) {
            } else {
                if (std::f64::consts::PI.asinh() > x[2]
                    && ((2.0_f64.powi(2) * 0.25) - c) <= (b - ((i3 * 2 + 1) as f64)))
                {
                    return ((i3 * 2 + 1) as f64);
                }
            }
        }
        for i4 in (0..3).rev() {
            v1 /= c * c + 1.0;
        }
        let b = d;
        v1 += (if !(0.25 >= 0.5) { d } else { a }).cos();
        (x[0] * x[0] + 0.5).sqrt() + v1 + b
    }
}

mod rp13_m {
    use super::*;

    #[differentiate]
    pub fn rp13_h0(s0: f64) -> (f64, f64) {
        for i1 in 0..3 {}
        let v2: f64 = ((-1.25) - 1.5);
        if v2 < v2.hypot(v2) {
        } else {
        }
        (((v2 + s0) % (1.5 * 1.5 + 0.5)) + v2, (-f64::asinh(s0)))
    }
}
#[differentiate]
fn rp13(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2 = (if v1 >= 0.1 {
        x[3]
    } else {
        (v1 % (1.0 * 1.0 + 0.5))
    });
    for i3 in 0..3 {}
    let v4 = (c / (x[1] * x[1] + 1.0));
    if a < 2.0_f64.mul_add(v1, v4) {}
    let mut arr5: [f64; 3] = [
        (if !(x[2] > (2.0_f64.powi(2) * 0.25)) {
            a
        } else {
            x[2].hypot(1.5)
        }),
        c,
        v1,
    ];
    (-1.25_f64).mul_add(v4, 1.5) + v1 + v2 + v4 + arr5[0] + arr5[1] + arr5[2]
}

#[differentiate]
fn rp14(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1: f64 = 1.5;
    for i2 in 0..3 {
        v1 = x[1];
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            v1 /= (if 0.25 <= d { (-0.75) } else { (i2 as f64) })
                * (if 0.25 <= d { (-0.75) } else { (i2 as f64) })
                + 1.0;
        }
        if (i2 as f64).min(d) >= x[i2] {
            continue;
        }
    }
    let mut arr5: [f64; 3] = [
        (d % (0.25 * 0.25 + 0.5)),
        f64::powi((0.25_f64 * 0.25_f64 + 1.0), -2),
        0.1_f64.hypot(c),
    ];
    if (d <= 2.0 && (((2.0) as f32).sin() as f64) < 1.0) {
        arr5[1] = (-c);
        arr5[1] -= f64::tan(d.tanh());
        {
            v1 -= f64::max(arr5[1], x[1]);
            arr5[1] *= 0.25;
            arr5[1] = ((b * b + 1.5).log(arr5[2] * arr5[2] + 2.0) + 2.0);
        }
    } else {
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
            let (v10, v11) = (
                (std::f64::consts::FRAC_1_SQRT_2 - 1.5),
                (std::f64::consts::FRAC_1_SQRT_2 - 1.5),
            );
            let mut arr12 = arr5;
        }
    }
    arr5[1] *= (if 0.1 > 0.25 { a } else { b });
    (x[0] + (x.len() as f64)) + v1 + arr5[0] + arr5[1] + arr5[2]
}

#[differentiate(wrt(a, m))]
fn rp15(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4], m: [[f64; 2]; 2], p: &Params) -> f64 {
    let mut v1 = (c * c + 1.0).powi(-2);
    let mut d = (-p.k.hypot(m[1][0]));
    (a + m[1][1]) + v1 + d
}

static RP16_K0: f64 = 0.25;
#[differentiate]
fn rp16(a: f64, b: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = a.mul_add(x[0].atan(), a);
    v1 /= (if 2.0 <= RP16_K0 { 0.25 } else { x[0] }) * (if 2.0 <= RP16_K0 { 0.25 } else { x[0] })
        + 1.0;
    v1 *= ((1.5 * b) * (1.5 * b) + 0.5).powf((-x[1]).tanh());
    1.5_f64.to_radians() + v1
}

const RP17_N: usize = 3;
static RP17_K0: [f64; 3] = [0.1, 3.0, 0.5];
const RP17_K1: [f64; 3] = [0.1, 0.5, 1.0];
const RP17_K2: i32 = 3;
const RP17_K3: [f64; 3] = [3.0, (-0.75), (-0.75)];
#[differentiate]
fn rp17_h0(s0: f64) -> (f64, f64) {
    let (v1, v2): (f64, f64) = (2.0, 2.0);
    let (v3, v4) = (v2.ceil(), v1);
    (
        ((RP17_K1[1] * RP17_K3[0]) + RP17_K3[1]) + v1 + v2 + v3 + v4,
        RP17_K0[1].clamp(-0.5, 0.75),
    )
}
#[differentiate]
fn rp17(a: f64, b: f64, c: f64, x: &[f64; RP17_N], p: &Params) -> f64 {
    let mut v1 = ((-c) - b);
    let mut v2 = RP17_K1[1];
    v2 = RP17_K1[1];
    if !(RP17_K1[1] >= (b * 2.0)) {
    } else {
    }
    {
        if 2.0 < (RP17_K0[0] - b) {
            v1 = (b * b + 0.5).log10();
            let mut arr3: Vec<f64> = vec![0.0_f64; x.len()];
        } else {
            let (u4, u5) = rp17_h0((1.5 + 2.0));
            v1 -= (-p.w[2]);
        }
        v2 /= ((RP17_K2 as f64) * (RP17_K2 as f64) + 0.5).cbrt().hypot(a)
            * ((RP17_K2 as f64) * (RP17_K2 as f64) + 0.5).cbrt().hypot(a)
            + 1.0;
    }
    {
        if (-RP17_K0[1]).is_sign_negative() {}
    }
    for i6 in 0..=2 {
        if f64::mul_add(v2, RP17_K3[2], v1) > v1 {
            let mut arr7 = [0.0_f64; 3];
        } else if (v1 <= v1 || (x[0] * p.w[1]) <= (b * b + 0.5).powf(v2.tanh())) {
            let (u8, u9) = rp17_h0(v2);
        } else {
        }
        let a = f64::log10((v1 * v1 + 0.5));
        for i10 in 1..3 {
            let (v11, v12) = (p.k.asinh(), f64::to_degrees(0.25_f64.tanh()));
            v2 -= RP17_K0[i10];
        }
    }
    (if v2 > b {
        (a / (2.0 * 2.0 + 1.0))
    } else {
        (((-0.75) as f32).sin() as f64)
    }) + v1
        + v2
}

const RP18_K0: f64 = 1.5;
static RP18_K1: f64 = 3.0;
const RP18_K2: [f64; 3] = [1.5, (-1.25), (-0.75)];
#[differentiate]
fn rp18(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = c.tanh().sinh();
    let (v2, v3) = ((-(p.n as f64)), (-(p.n as f64)));
    v1 /= v2.mul_add(b, RP18_K2[1]) * v2.mul_add(b, RP18_K2[1]) + 1.0;
    if (b + RP18_K2[1]) > 2.0 {
        v1 /= (-0.75_f64).atan2(((p.n as f64) - RP18_K2[0]) * ((p.n as f64) - RP18_K2[0]) + 0.5)
            * (-0.75_f64).atan2(((p.n as f64) - RP18_K2[0]) * ((p.n as f64) - RP18_K2[0]) + 0.5)
            + 1.0;
        let mut arr4: [f64; 3] = [0.0_f64; 3];
    } else {
        if (c * x[1]) <= std::f64::consts::PI.mul_add(0.1, c) {}
    }
    (c * x[1]) + v1 + v2 + v3
}

static RP19_K0: f64 = 0.1;
#[differentiate]
fn rp19_h0(y0: [f64; 3]) -> (f64, f64) {
    for i1 in 0..2 {}
    let (v2, v3) = ((1.0_f64 * 1.0_f64).ln_1p(), (1.0_f64 * 1.0_f64).ln_1p());
    (
        (std::f64::consts::FRAC_1_SQRT_2 + y0[0]) + v2 + v3,
        RP19_K0.sin().exp_m1(),
    )
}
#[differentiate(wrt(b, c, d))]
fn rp19(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = ((d * d + 0.5).powf(b.tanh()) + a);
    v1 /= 3.0_f64.signum() * 3.0_f64.signum() + 1.0;
    a + v1
}

const RP20_K0: i32 = 0;
static RP20_K1: [f64; 3] = [(-0.75), 1.0, 0.5];
const RP20_K2: [f64; 3] = [0.5, 1.5, 1.5];
static RP20_K3: f64 = 0.25;
#[differentiate]
fn rp20(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (c * x[0]);
    let mut v2 = (b * b + 0.5).log10();
    let mut arr3 = [0.0_f64; 3];
    (if 2.0 > x[1] {
        p.k.mul_add(a, RP20_K1[2])
    } else {
        a
    }) + v1
        + v2
        + arr3[0]
        + arr3[1]
        + arr3[2]
}

#[differentiate(wrt(b))]
fn rp21(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (a.sin() * 0.5).asin();
    let mut v2 = (x[1] / (a * a + 1.0));
    for i3 in 0..3 {
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let v6 = (x[2] / (a * a + 1.0));
            let (v7, v8) = (
                (((i3 + 1) % 3) as f64)
                    .atan2(x[0] * x[0] + 0.5)
                    .mul_add((v6 * v6 + 0.5).powf(x[i3].tanh()), b),
                c,
            );
        }
        v1 -= (i3 as f64);
    }
    let mut arr9 = [0.0_f64; 3];
    let v10 = (3.0 / (arr9[1] * arr9[1] + 1.0));
    {
        v1 -= c;
        {
            arr9[0] += 0.25_f64.tanh().cosh();
        }
        {
            v2 /= (1.5 / (c * c + 1.0)) * (1.5 / (c * c + 1.0)) + 1.0;
            v2 = (-(0.25 * a));
            arr9[0] = (-1.5_f64).mul_add((1.5 - d), b);
        }
    }
    (c + (-1.5)) + v1 + v2 + v10 + arr9[0] + arr9[1] + arr9[2]
}

static RP22_K0: [f64; 3] = [2.0, (-0.75), 0.5];
#[differentiate]
fn rp22(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (RP22_K0[0] + RP22_K0[0]);
    let mut v2 = RP22_K0[1].mul_add(RP22_K0[0], 2.0);
    if (a.powi(3)).is_sign_negative() {
        let (v3, v4) = ((RP22_K0[1] * RP22_K0[1] + 0.5).cbrt(), v2.min(v2));
        if ((x[0] / (RP22_K0[1] * RP22_K0[1] + 1.0)) >= p.w[0] || 2.0 >= RP22_K0[0]) {}
    } else {
        let mut arr5 = [0.0_f64; 3];
    }
    v2 *= (-a);
    v2 -= (x[0] - b);
    2.0_f64.abs() + v1 + v2
}

const RP23_K0: f64 = 0.5;
static RP23_K1: f64 = 0.1;
static RP23_K2: f64 = (-0.75);
const RP23_K3: [f64; 3] = [1.5, (-0.75), 1.0];
#[differentiate(wrt(a, c))]
fn rp23(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1: f64 = 1.5;
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        v1 /= RP23_K3[0].max(1.5) * RP23_K3[0].max(1.5) + 1.0;
    }
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
    }
    let mut arr6 = RP23_K3;
    v1 -= (0.1_f64.sin() * 0.5).asin();
    let mut k7 = 0usize;
    loop {
        if k7 >= 3 {
            break;
        }
        let i8 = k7;
        k7 += 1;
        if (x[i8] + (i8 as f64)) <= (5.0_f64.sqrt() - 2.0) {
            v1 = (3.0 / (x[1] * x[1] + 1.0));
            arr6[2] += (a - arr6[2]);
        } else if (((i8 + 1) % 3) as f64) <= v1 {
            let mut arr9: [f64; 3] = [(-b), (RP23_K3[0] - (i8 as f64).cos()), RP23_K3[i8]];
            let mut arr10 = RP23_K3;
            v1 = RP23_K0;
        } else {
            v1 /= v1 * v1 + 1.0;
            v1 += (if v1 <= c { d } else { 0.5 });
        }
    }
    (a - arr6[2]) + v1 + arr6[0] + arr6[1] + arr6[2]
}

static RP24_K0: f64 = 0.1;
const RP24_K1: f64 = (-1.25);
static RP24_K2: f64 = 0.25;
#[differentiate]
fn rp24_h0(s0: f64, y1: [f64; 3]) -> f64 {
    let mut v1 = RP24_K0;
    if (v1 > 1.5 || y1[0] < 2.0) {
        v1 /= (RP24_K0 * RP24_K1) * (RP24_K0 * RP24_K1) + 1.0;
        let mut arr2: [f64; 3] = [RP24_K0, (RP24_K2 * RP24_K2 + 1.5).acosh(), y1[1]];
    }
    v1 + v1
}
#[differentiate(wrt(a, d, x))]
fn rp24(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = RP24_K0.mul_add(x[1], d);
    let mut v2 = (a / (0.25 * 0.25 + 1.0));
    for &e3 in x.iter() {
        v2 = (e3 * e3 + 1.0).powi(-2);
        for i4 in 0..3 {
            if (rp24_h0(x[1], [e3, 0.5, -1.0]) > (0.5_f64 * 0.5_f64 + 0.5).log2() || (1.5 * d) > c)
            {
                break;
            }
            v2 = std::f64::consts::PI;
        }
    }
    if (-v2) <= d {
    } else if x[3] < v1 {
    } else {
        v2 *= x[2];
        let mut k5 = 0usize;
        while k5 < 3 {
            let i6 = k5;
            k5 += 1;
        }
        let mut arr7: [f64; 3] = [
            ((-RP24_K0) / (x[0] * x[0] + 1.0)),
            (-(1.5_f64 * 1.5_f64 + 0.5).sqrt()),
            (x[1] * 2.0),
        ];
    }
    let (v8, v9) = ((x[0] / (d * d + 1.0)), (x[0] / (d * d + 1.0)));
    for i10 in 0..2 {
        if v9 < v2 {
            let (v11, v12) = (
                rp24_h0(d.max(d), [(2.0_f64.powi(2) * 0.25), 0.5, -1.0]),
                rp24_h0(b, [RP24_K2, 0.5, -1.0]),
            );
        }
        let mut k13 = 0usize;
        loop {
            if k13 >= 3 {
                break;
            }
            let i14 = k13;
            k13 += 1;
        }
    }
    rp24_h0(x[1], [v9, 0.5, -1.0]) + v1 + v2 + v8 + v9
}

const RP25_K0: [f64; 3] = [1.0, 0.25, 3.0];
#[differentiate]
fn rp25(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = RP25_K0[1].atan2(2.0 * 2.0 + 0.5);
    let v2 = f64::min(v1, 3.0);
    if c < 1.0 {
        {
            let mut arr3: [f64; 3] = [RP25_K0[1], c, 2.0];
            arr3[1] = a.min(v1);
        }
    } else {
    }
    let (v4, v5) = (f64::mul_add(c, (b * b + 1.0).recip(), 2.0), b.atan());
    if c < (v2 % (1.5 * 1.5 + 0.5)) {
        for i6 in 0..3 {
            let (v7, v8) = ((v5 / (a * a + 1.0)), (v5 / (a * a + 1.0)));
        }
    } else if 0.25 >= a.fract() {
    } else {
        for i9 in 0..2 {}
        if (-c) < 0.25 {
        } else {
            v1 -= (c - v1);
        }
    }
    if ((-RP25_K0[2]) < x[1].asinh() || x[0] <= (RP25_K0[1] + a)) {
        if !(v1).is_nan() {
        } else {
        }
    }
    x[0].sin().exp_m1() + v1 + v2 + v4 + v5
}

const RP26_K0: i32 = 1;
static RP26_K1: [f64; 3] = [1.0, 0.5, 1.0];
static RP26_K2: i32 = 0;
#[differentiate]
fn rp26_h0(y0: [f64; 3], n1: usize) -> f64 {
    {
        let mut arr1 = [0.0_f64; 3];
        let mut v2 = 0.1_f64.max(y0[0]);
    }
    1.0
}
#[differentiate]
fn rp26(a: f64, b: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = rp26_h0([rp26_h0([b, 0.5, -1.0], 2), 0.5, -1.0], 3);
    let mut v2 = (RP26_K2 as f64);
    let mut arr3: [f64; 3] = [
        3.0,
        0.1_f64.sin().exp_m1(),
        f64::min(
            (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 0.5).sqrt(),
            x[1],
        ),
    ];
    if a.mul_add(arr3[1], (RP26_K0 as f64))
        < (if ((p.n as f64) > v2 || RP26_K1[1] > 2.0) {
            arr3[0]
        } else {
            (p.n as f64)
        })
    {
        if RP26_K1[1] <= 2.0 {
            v1 -= (v1 % (v1 * v1 + 0.5));
        }
        if v1 >= (b * b).ln_1p() {
            let (v4, v5) = ((a % (3.0 * 3.0 + 0.5)), (a % (3.0 * 3.0 + 0.5)));
        } else {
            v1 *= (p.w[1] * p.w[1] + 0.5).log10();
            arr3[2] += f64::tanh((2.0_f64.powi(2) * 0.25));
        }
    } else if RP26_K1[1].atan() <= 2.0_f64.hypot(v1) {
        for i6 in 0..3 {
            v2 /= (a + v2) * (a + v2) + 1.0;
            let mut arr7 = [0.0_f64; 3];
            let v8: f64 = f64::floor(RP26_K1[0]);
        }
        v1 /= RP26_K1[0].hypot(p.k) * RP26_K1[0].hypot(p.k) + 1.0;
        if (RP26_K0 as f64).max(0.1) > (v1 / ((RP26_K0 as f64) * (RP26_K0 as f64) + 1.0)) {
            let mut arr9 = [0.0_f64; 3];
            v2 *= p.k;
        }
    } else {
        for &e10 in x.iter() {
            arr3[1] = rp26_h0(arr3, 3);
            v2 -= (v1 - x[1]);
        }
        if 3.0 > (p.n as f64) {
        } else if !((RP26_K1[0] + arr3[1]) >= f64::hypot((RP26_K0 as f64), v2)) {
        } else {
        }
    }
    (a * x[0]) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

const RP27_K0: i32 = 0;
const RP27_K1: i32 = 2;
static RP27_K2: usize = 2;
const RP27_K3: i32 = 1;
#[differentiate]
fn rp27_h0(s0: f64) -> f64 {
    let (v1, v2) = (
        (s0 + (0.5_f64 * 0.5_f64 + 0.5).powf(1.5_f64.tanh())),
        ((0.5 - 3.0) * (RP27_K2 as f64)),
    );
    let mut v3 = (v1 * v1 + 0.5).powf(2.0_f64.tanh());
    let v4 = f64::max((-0.5_f64), (f64::from(3u8) * 0.5));
    v4.hypot(1.0) + v1 + v2 + v3 + v4
}
#[differentiate]
fn rp27_h1(y0: &[f64], n1: usize, y2: [f64; 3]) -> [f64; 3] {
    [
        1.0_f64.ceil(),
        (((1.5) as f32).sin() as f64),
        f64::sinh(
            (if !(1.5_f64).is_nan() {
                1.0_f64
            } else {
                0.1_f64
            })
            .tanh(),
        ),
    ]
}
#[differentiate]
fn rp27(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = x[2].powi(3);
    let mut v2 = (if d < x[1] {
        (2.0_f64.powi(2) * 0.25).mul_add(1.5, (RP27_K0 as f64))
    } else {
        0.25
    });
    {
        v2 *= rp27_h0(f64::min(b.powi(2), v2));
    }
    let mut b = f64::mul_add(x[1], (RP27_K3 as f64), c);
    v1 = ((1.5_f64.cos() * 0.5).acos() * (1.5_f64.cos() * 0.5).acos() + 1.5).log(v1 * v1 + 2.0);
    (-(((1.5) as f32).sin() as f64)) + v1 + v2 + b
}

const RP28_K0: f64 = 0.5;
#[differentiate]
fn rp28(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (RP28_K0 - b).mul_add(c, x[2]);
    let mut v2 = b.to_radians();
    let (v3, v4) = (
        ((RP28_K0 / (x[1] * x[1] + 1.0)) * x[1]),
        ((RP28_K0 / (x[1] * x[1] + 1.0)) * x[1]),
    );
    (p.n as f64).asinh() + v1 + v2 + v3 + v4
}

static RP29_K0: usize = 3;
static RP29_K1: [f64; 3] = [3.0, 0.25, 3.0];
const RP29_K2: f64 = 1.5;
#[differentiate]
fn rp29_h0(y0: [f64; 3], s1: f64, y2: [f64; 3]) -> [f64; 3] {
    let mut v1 = (s1 + s1);
    {
        let mut arr2: [f64; 3] = [0.0_f64; 3];
        if (RP29_K1[1].sin() * 0.5).atanh() >= v1 {
            return [((-s1) + 1.5), ((-s1) + 1.5), 0.5];
        }
    }
    for i3 in 0..RP29_K0 {}
    [v1.hypot(s1) + v1, (RP29_K1[2].cos() * 0.5).acos(), (-v1)]
}
#[differentiate]
fn rp29_h1(s0: f64, n1: usize) -> f64 {
    let mut arr1 = [0.0_f64; 3];
    let mut arr2 = [[0.0_f64; 3]; 3];
    let mut arr3 = [0.0_f64; 3];
    (1.5 + 1.5)
        + arr1[0]
        + arr1[1]
        + arr1[2]
        + arr2[0][0]
        + arr2[0][1]
        + arr2[0][2]
        + arr2[1][0]
        + arr2[1][1]
        + arr2[1][2]
        + arr2[2][0]
        + arr2[2][1]
        + arr2[2][2]
        + arr3[0]
        + arr3[1]
        + arr3[2]
}
#[differentiate]
fn rp29(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = rp29_h1(RP29_K1[1], 2);
    let mut v2 = (-3.0_f64.clamp(-0.5, 0.75));
    for e3 in RP29_K1 {
        for i4 in (0..3).rev() {
            let v5: f64 = 1.5;
        }
    }
    for i6 in 0..3 {
        for i7 in 0..2 {
            v2 = (-v2);
        }
        if (3.0 >= v2 && RP29_K1[0] > v2) {
            v1 /= (2.0 / (x[0].hypot(2.0) * x[0].hypot(2.0) + 1.0))
                * (2.0 / (x[0].hypot(2.0) * x[0].hypot(2.0) + 1.0))
                + 1.0;
            v2 = (b - c);
            let mut v1 = (-std::f64::consts::FRAC_1_SQRT_2);
        }
    }
    if x[1] > b {
        v2 += (x[0] - (std::f64::consts::PI + RP29_K1[1]));
        v1 -= ((-0.75) * a);
    }
    if a > (0.5 + RP29_K1[1]) {
        v1 += (((-0.75_f64) * 2.0_f64) * ((-0.75_f64) * 2.0_f64) + 0.5).sqrt();
    } else if x[3] <= c.cos() {
    } else {
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
        }
    }
    (v2.asinh() + RP29_K1[1]) + v1 + v2
}

#[differentiate]
fn rp30_h1(y0: [f64; 3], n1: usize, y2: [f64; 3]) -> [f64; 3] {
    [
        (2.0 - 1.0_f64.sin()),
        (((1.0) as f32).sin() as f64),
        (1.0_f64 * 1.0_f64 + 0.5).powf((f64::from(3u8) * 0.5).tanh()),
    ]
}
impl Params {
    #[differentiate]
    fn rp30_h0(&self, y0: [f64; 3], n1: usize, s2: f64) -> (f64, f64) {
        if s2 <= (((self.w[1]) as f32).sin() as f64) {
            return ((s2 * s2), 1.0);
        }
        let mut arr1: [f64; 3] = [0.0_f64; 3];
        (
            (2.0 / ((s2.sin() * 0.5).atanh() * (s2.sin() * 0.5).atanh() + 1.0))
                + arr1[0]
                + arr1[1]
                + arr1[2],
            (f64::clamp(y0[1], -0.5, 0.75) / (s2 * s2 + 1.0)),
        )
    }
}
#[differentiate(wrt(a, b, c, x))]
fn rp30(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (b + p.k);
    let mut v2: f64 = ((-1.25) + 2.0);
    let (u3, u4) = p.rp30_h0(
        [(if x[1] <= 0.25 { (-1.25) } else { a }), 0.5, -1.0],
        2,
        3.0,
    );
    let mut arr5: Vec<f64> = vec![0.0_f64; x.len()];
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        if (-0.1) > u3 {
            break;
        }
        arr5[i7] += x[i7];
    }
    (c * c + 0.5).log2() + v1 + v2 + u3 + u4 + arr5[0] + arr5[1] + arr5[2]
}

const RP31_N: usize = 4;
const RP31_K0: [f32; 3] = [1.5_f32, 0.5_f32, 0.25_f32];
impl Params {
    #[differentiate(wrt(a, b, c))]
    fn rp31(&self, a: f32, b: f32, c: f32, d: f32, x: &[f32; RP31_N]) -> f32 {
        let mut v1 = c;
        let mut v2 = f32::log10((a * a + 0.5_f32));
        for i3 in 0..3 {
            for i4 in 1..3 {
                if a.mul_add(2.0_f32, x[i4]) >= (RP31_K0[i3] % (c * c + 0.5_f32)) {
                    continue;
                }
                let mut v1 = RP31_K0[2].asinh();
            }
        }
        for i5 in 0..3 {}
        ((-1.25_f32) + 0.25_f32) + v1 + v2
    }
}

const RP32_K0: [f64; 3] = [1.5, (-0.75), 0.5];
#[differentiate]
fn rp32_h0(y0: [f64; 3], s1: f64, n2: usize) -> f64 {
    let mut s1 = (y0[1] * y0[1]).ln_1p();
    s1.sin().exp_m1() + s1
}
mod rp32_m {
    use super::*;

    #[differentiate]
    pub fn rp32_h1(s0: f64) -> (f64, f64) {
        (
            (((s0) as f32).sin() as f64),
            (s0 / ((RP32_K0[0] * 0.5) * (RP32_K0[0] * 0.5) + 1.0)),
        )
    }
}
#[differentiate]
fn rp32(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1: f64 = 2.0;
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
    }
    v1 = rp32_h0(x, a, 2);
    for (i4, &e5) in RP32_K0.iter().enumerate() {
        for i6 in 0..2 {
            let mut arr7: Vec<f64> = vec![0.0_f64; x.len()];
            let mut arr8 = [0.0_f64; 3];
            v1 = v1.hypot((if a >= v1 { 1.5 } else { x[i4] }));
        }
        if ((i4 as f64) + e5) <= (a / (2.0 * 2.0 + 1.0)) {
            let mut v9 = (((2.0_f64.powi(2) * 0.25) as f32).sin() as f64);
        } else {
            v1 -= (f64::from(3u8) * 0.5);
        }
        if RP32_K0[i4] > b.mul_add((2.0_f64.powi(2) * 0.25), v1) {
            v1 *= (RP32_K0[2] - x[0]);
        } else {
            let mut v10: f64 = RP32_K0[0].atan();
            v1 /= rp32_h0(x, v1, 2) * rp32_h0(x, v1, 2) + 1.0;
        }
    }
    (b + (RP32_K0[1] / (a * a + 1.0))) + v1
}

static RP33_K0: f32 = 2.0_f32;
static RP33_K1: [f32; 3] = [(-1.25_f32), 3.0_f32, (-0.75_f32)];
const RP33_K2: f32 = 0.25_f32;
#[differentiate]
fn rp33_h0(s0: f32, s1: f32) -> [f32; 3] {
    [
        s0.sin(),
        s1.mul_add(s0, (5.0_f32.sqrt() - 2.0_f32)),
        ((f32::from(3u8) * 0.5_f32) * (f32::from(3u8) * 0.5_f32) + 0.5_f32).log10(),
    ]
}
#[differentiate(wrt(b, x))]
fn rp33(a: f32, b: f32, c: f32, x: [f32; 3]) -> f32 {
    let mut v1 = (a * a + 0.5_f32).cbrt();
    let mut v2 = (c + (-0.75_f32));
    for i3 in 0..2 {
        if ((-v1) > (-(((i3 + 1) % 3) as f32)) || ((2.0_f32.powi(2) * 0.25_f32) - v2) > 1.5_f32) {
            v1 /= (1.5_f32
                + ((x.len() as f32)
                    / ((((i3 + 1) % 3) as f32) * (((i3 + 1) % 3) as f32) + 1.0_f32)))
                * (1.5_f32
                    + ((x.len() as f32)
                        / ((((i3 + 1) % 3) as f32) * (((i3 + 1) % 3) as f32) + 1.0_f32)))
                + 1.0_f32;
        }
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            v1 = 0.1_f32;
            let mut w6: [f32; 3] =
                rp33_h0((f32::from(3u8) * 0.5_f32).atan(), a.mul_add(v2, 1.5_f32));
            v1 = 1.5_f32;
        }
    }
    let mut v7 = (1.5_f32 / (RP33_K2 * RP33_K2 + 1.0_f32));
    let mut v8 = b;
    (x[0] * x[0] + 1.0_f32).powi(-2) + v1 + v2 + v7 + v8
}

static RP34_K0: [f64; 3] = [3.0, 2.0, 0.5];
#[differentiate]
fn rp34_h0(y0: [f64; 3], y1: [f64; 3], s2: f64) -> [f64; 3] {
    let mut v1 = 1.5_f64.atan();
    [
        RP34_K0[0] + v1,
        ((v1 * v1 + 0.5).log2() * (v1 * v1 + 0.5).log2() + 0.5).cbrt(),
        v1.tanh().to_degrees(),
    ]
}
#[differentiate(wrt(c))]
fn rp34(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = b;
    for i2 in 1..3 {
        let mut arr3 = [0.0_f64; 3];
        {
            v1 -= 1.5_f64.atan2(b * b + 0.5);
            let (v4, v5) = ((c - (i2 as f64)), (b - 1.5_f64.sin().exp_m1()));
            if (-1.25) > (2.0 / (RP34_K0[1] * RP34_K0[1] + 1.0)) {
                continue;
            }
        }
    }
    v1 += (a.atan2(a * a + 0.5) * a.atan2(a * a + 0.5) + 1.0).powi(-2);
    v1 /= (((x.len() as f64) - (-0.75)) * RP34_K0[0]) * (((x.len() as f64) - (-0.75)) * RP34_K0[0])
        + 1.0;
    v1 /= c.hypot((-0.75)) * c.hypot((-0.75)) + 1.0;
    let v6: f64 = (-a).floor();
    f64::mul_add(1.5, c, RP34_K0[0]) + v1 + v6
}

#[differentiate]
fn rp35_h0(s0: f32, s1: f32) -> (f32, f32) {
    (
        (if s0 >= 0.5_f32 { 2.0_f32 } else { (-0.75_f32) }),
        (0.5_f32 * 0.5_f32 + 1.0_f32).powi(2),
    )
}
impl Params {
    #[differentiate]
    fn rp35_h1(&self, s0: f32) -> (f32, f32) {
        let mut v1 = (s0 * s0 + 1.5_f32).log(s0 * s0 + 2.0_f32);
        if !((0.1_f32.sin() * 0.5_f32).asin() > 3.0_f32.clamp(-0.5_f32, 0.75_f32)) {
            v1 /= 0.25_f32 * 0.25_f32 + 1.0_f32;
        } else {
            let v2: f32 = (0.5_f32 * 0.5_f32 + 1.0_f32).ln();
        }
        ((v1 + 0.5_f32) + v1, v1.mul_add(0.5_f32, s0))
    }
}
#[differentiate]
fn rp35(a: f32, b: f32, c: f32, d: f32, x: &[f32; 4], p: &Params) -> f32 {
    let mut v1 = (p.w[0] as f32);
    if (x[1] >= x[3] && x[1] <= (x[0] - (x.len() as f32))) {
    } else {
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
            if x[i3] <= d.min((p.n as f32)) {
                return (-d);
            }
        }
    }
    {
        let v4: f32 = (-v1);
        if x[3] > v4 {
            v1 = ((p.w[2] as f32) * (p.w[2] as f32) + 0.5_f32).powf(v1.tanh());
        } else {
        }
    }
    for &e5 in x.iter() {}
    let (v6, v7) = ((b.sin().exp_m1() - 0.25_f32.tanh().sinh()), c.mul_add(c, d));
    for i8 in 0..p.n {}
    (x[1] + (x[0] * (b * 2.0_f32))) + v1 + v6 + v7
}

static RP36_K0: i32 = -2;
#[differentiate]
fn rp36_h0(n0: usize, s1: f64) -> f64 {
    let (v1, v2) = (s1, s1);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
    }
    (v2 * v2 + 1.0).ln() + v1 + v2
}
#[differentiate]
fn rp36(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (x[1] * x[2]);
    let mut v2: f64 = (((c) as f32).sin() as f64);
    v2 = f64::powf(
        ((if (RP36_K0 as f64) <= b {
            (RP36_K0 as f64)
        } else {
            x[1]
        }) * (if (RP36_K0 as f64) <= b {
            (RP36_K0 as f64)
        } else {
            x[1]
        }) + 0.5),
        v1.tanh(),
    );
    #[checkpoint]
    for i3 in 1..3 {
        {
            let mut arr4 = [0.0_f64; 3];
            v2 = (p.n as f64);
            v1 /= p.w[i3].tanh().sinh() * p.w[i3].tanh().sinh() + 1.0;
        }
        let mut arr5: [f64; 3] = [
            c.atan(),
            (RP36_K0 as f64).mul_add((((i3 + 1) % 3) as f64), (i3 as f64)),
            rp36_h0(2, x[2]),
        ];
    }
    let (v6, v7) = (a, a);
    (1.0_f64 * 1.0_f64 + 0.5).powf(0.1_f64.tanh()) + v1 + v2 + v6 + v7
}

static RP37_K0: [f64; 3] = [1.0, 1.5, 0.1];
const RP37_K1: f64 = 0.1;
static RP37_K2: f64 = 0.25;
impl Params {
    #[differentiate(wrt(a, x))]
    fn rp37(&self, a: f64, b: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = (2.0 - x[1]);
        let mut v2 = v1;
        if ((v1 / (v2 * v2 + 1.0)) > RP37_K0[1].atan() && (-1.25) >= f64::trunc(self.w[1])) {
            if (x[1].max(RP37_K0[1]) <= v1
                || (RP37_K1 / (x[1] * x[1] + 1.0)) >= (if !(v1 > v1) { b } else { RP37_K1 }))
            {
            }
            let (v3, v4): (f64, f64) = ((2.0 + 2.0), v1);
        }
        let mut v5: f64 = (if b >= v1 { (self.n as f64) } else { RP37_K0[2] });
        v1 = RP37_K1;
        a + v1 + v2 + v5
    }
}

static RP38_K0: f64 = 2.0;
static RP38_K1: f64 = 0.25;
const RP38_K2: f64 = 0.25;
static RP38_K3: usize = 1;
#[differentiate]
fn rp38_h0(y0: &[f64], n1: usize) -> (f64, f64) {
    if (y0[0] <= (-1.25_f64).mul_add(1.0, 3.0) || (y0[1] * y0[1] + 1.0).powi(-2) > y0[0]) {
        let mut v1 = f64::mul_add(RP38_K2, y0[0], 1.0);
    } else {
    }
    if ((RP38_K0 * RP38_K0 + 1.5).log((-1.25) * (-1.25) + 2.0) < 3.0 || 1.0 > (-1.0)) {}
    ((RP38_K3 as f64).sin().exp_m1(), (y0[0] - 1.0))
}
#[differentiate]
fn rp38_h1(s0: f64) -> (f64, f64) {
    let (v1, v2) = (
        f64::floor(0.5_f64),
        ((RP38_K3 as f64).atan2(s0 * s0 + 0.5) + 2.0),
    );
    for i3 in 0..2 {}
    if (0.5 >= 2.0 || v1 <= (RP38_K0 + 0.5)) {
    } else {
        let mut arr4 = [0.0_f64; 3];
        arr4[2] -= (arr4[1] * s0);
    }
    (0.5_f64.mul_add(2.0, (-(-1.25))) + v1 + v2, (0.5 + v2))
}
#[differentiate]
fn rp38(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (x[0] - (RP38_K3 as f64));
    v1 /= RP38_K1.asinh() * RP38_K1.asinh() + 1.0;
    {}
    let (v2, v3) = (
        x[1].abs(),
        2.0_f64.mul_add(v1, (RP38_K3 as f64)).atan2(b * b + 0.5),
    );
    if 0.25_f64.sin().exp_m1() >= ((-0.75_f64) * (-0.75_f64) + 1.5).log(d * d + 2.0) {
        for (i4, e5) in x.iter().enumerate() {
            v1 /= (if x[i4] <= (*e5) {
                (b / (v3 * v3 + 1.0))
            } else {
                ((*e5) - (p.n as f64))
            }) * (if x[i4] <= (*e5) {
                (b / (v3 * v3 + 1.0))
            } else {
                ((*e5) - (p.n as f64))
            }) + 1.0;
            v1 = RP38_K0;
            v1 *= f64::log(((-c) * (-c) + 1.5), (-1.25) * (-1.25) + 2.0);
        }
        let mut arr6 = [0.0_f64; 3];
    } else {
    }
    if std::f64::consts::FRAC_1_SQRT_2 >= d {
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
            v1 /= (1.0 % (x[0] * x[0] + 0.5)) * (1.0 % (x[0] * x[0] + 0.5)) + 1.0;
        }
    } else {
        v1 = (RP38_K2 / (2.0 * 2.0 + 1.0));
    }
    a.tanh() + v1 + v2 + v3
}

const RP39_K0: f64 = 1.5;
#[differentiate]
fn rp39_h0(s0: f64, y1: [f64; 3]) -> f64 {
    if s0 < RP39_K0 {}
    0.1
}
#[differentiate(wrt(a, b))]
fn rp39(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = RP39_K0;
    let mut v2 = a;
    let mut arr3 = [0.0_f64; 3];
    (a.cos() * 0.5).acos() + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate(wrt(a, b))]
fn rp40(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (0.1 / (a * a + 1.0));
    if 0.25_f64.mul_add(x[1], (5.0_f64.sqrt() - 2.0)) <= (c + v1) {
    } else {
        if b > v1 {}
    }
    x[1] + v1
}

const RP41_K0: i32 = 0;
#[differentiate]
fn rp41_h0(s0: f64, y1: [f64; 3]) -> (f64, f64) {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let mut v3 = y1[0].mul_add(s0, s0);
    }
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        if s0 > ((RP41_K0 as f64) + (-0.75)) {
            break;
        }
        let v6: f64 = 1.5;
    }
    (((-s0) - (s0 - s0)), s0)
}
#[differentiate]
fn rp41_h1(s0: f64) -> [f64; 3] {
    if (0.5 * s0) <= s0 {
        let (v1, v2) = (
            2.0_f64.mul_add((RP41_K0 as f64), 1.5),
            2.0_f64.mul_add((RP41_K0 as f64), 1.5),
        );
    } else {
    }
    let mut v3: f64 = 2.0;
    let (v4, v5) = (s0.mul_add(0.5, 3.0), f64::ln((s0 * s0 + 1.0)));
    [
        (2.0_f64.sin().exp() + s0) + v3 + v4 + v5,
        (v4 / ((RP41_K0 as f64) * (RP41_K0 as f64) + 1.0)),
        (1.0 % ((if 0.5 > v4 { 0.5 } else { v5 }) * (if 0.5 > v4 { 0.5 } else { v5 }) + 0.5)),
    ]
}
#[differentiate]
fn rp41(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (x[0] * x[0] + 0.5).log10();
    let mut v2 = (2.0 - c);
    for &e3 in x.iter() {}
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        if !((((i5 + 1) % 3) as f64) < (x[i5] * b)) {}
        let v6 = (if 1.5 < 0.25 {
            ((RP41_K0 as f64) + v1)
        } else {
            (b / (x[0] * x[0] + 1.0))
        });
        let mut v7 = (if !(1.5_f64).is_nan() {
            ((i5 * 2 + 1) as f64).signum()
        } else {
            x[i5]
        });
    }
    ((RP41_K0 as f64) + x[1]) + v1 + v2
}

const RP42_K0: usize = 1;
#[differentiate]
fn rp42_h1(s0: f32, y1: [f32; 3]) -> [f32; 3] {
    for i1 in (0..=2).rev() {}
    let mut v2 = s0;
    [
        ((f32::from(3u8) * 0.5_f32) + s0) + v2,
        (if (1.5_f32 > s0 || y1[1] <= y1[2]) {
            v2
        } else {
            (-0.75_f32)
        }),
        v2,
    ]
}
impl Params {
    #[differentiate]
    fn rp42_h0(&self, y0: [f32; 3], s1: f32) -> (f32, f32) {
        let (v1, v2) = (
            ((y0[0] * 0.5_f32) / ((RP42_K0 as f32) * (RP42_K0 as f32) + 1.0_f32)),
            s1.min(y0[1]),
        );
        let v3 = ((f32::from(3u8) * 0.5_f32) + std::f32::consts::PI);
        (
            f32::mul_add(
                v2,
                (3.0_f32 % ((RP42_K0 as f32) * (RP42_K0 as f32) + 0.5_f32)),
                2.0_f32,
            ) + v1
                + v2
                + v3,
            (1.0_f32.sin() * 0.5_f32).atanh(),
        )
    }
}
#[differentiate(wrt(a, b, x))]
fn rp42(a: f32, b: f32, x: [f32; 4], p: &Params) -> f32 {
    let mut v1 = (a * a + 1.5_f32).log(1.5_f32 * 1.5_f32 + 2.0_f32);
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
    }
    v1 = ((RP42_K0 as f32) * (RP42_K0 as f32) + 1.0_f32).recip();
    for i4 in 0..3 {
        let mut k5 = 0usize;
        loop {
            if k5 >= 3 {
                break;
            }
            let i6 = k5;
            k5 += 1;
            v1 /= x[i6].min(x[i4]) * x[i6].min(x[i4]) + 1.0_f32;
        }
    }
    v1.min(a) + v1
}

static RP43_K0: i32 = 1;
const RP43_K1: i32 = -1;
mod rp43_m {
    use super::*;

    #[differentiate]
    pub fn rp43_h0(y0: &[f64], y1: [f64; 3]) -> (f64, f64) {
        (1.0_f64.hypot(1.0), (-std::f64::consts::PI))
    }
}
impl Params {
    #[differentiate]
    fn rp43_h1(&self, s0: f64, n1: usize) -> f64 {
        let mut arr1 = [0.0_f64; 3];
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
            arr1[2] /= arr1[0].max(s0) * arr1[0].max(s0) + 1.0;
            let mut arr4 = [[0.0_f64; 3]; 3];
        }
        f64::log(
            (s0 * s0 + 1.5),
            (RP43_K1 as f64).sin() * (RP43_K1 as f64).sin() + 2.0,
        ) + arr1[0]
            + arr1[1]
            + arr1[2]
    }
}
impl Params {
    #[differentiate(wrt(b, x))]
    fn rp43(&self, a: f64, b: f64, x: [f64; 3]) -> f64 {
        let mut v1 = (2.0 / (a * a + 1.0));
        let mut v2 = (if v1 > 2.0 { x[0] } else { v1 });
        {}
        let mut arr3 = [0.0_f64; 3];
        for e4 in x.iter() {
            arr3[1] /= ((3.0 * x[1]) - v2) * ((3.0 * x[1]) - v2) + 1.0;
            let (u5, u6) = rp43_m::rp43_h0(&arr3, x);
        }
        if (if a <= a { x[0] } else { v2 }) > x[0] {
            v2 += ((-1.25) % (3.0 * 3.0 + 0.5));
        }
        v1 = (x.len() as f64);
        f64::mul_add(b, x[0], v1) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
    }
}

#[differentiate]
fn rp44_h0(s0: f32, s1: f32) -> f32 {
    (s1 / (2.0_f32 * 2.0_f32 + 1.0_f32))
}
#[differentiate]
fn rp44(a: f32, b: f32, c: f32, d: f32, x: &[f32; 4], p: &Params) -> f32 {
    let mut v1 = (f32::from(3u8) * 0.5_f32);
    let mut v2 = (b.abs() * 0.5_f32);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        for i5 in (0..=2).rev() {
            v2 -= (-1.25_f32);
        }
        let mut arr6 = [[0.0_f32; 3]; 3];
        v1 = (-v1);
    }
    let mut v7 = rp44_h0(0.25_f32, 0.5_f32).atan();
    if (x[1] * 0.5_f32) <= (p.k as f32) {
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
        }
        v1 -= (x[0].sin() * 0.5_f32).atanh().mul_add(1.0_f32, d);
        for i10 in 0..3 {
            v7 -= f32::atan((-1.25_f32));
            v7 /= (-v7).round() * (-v7).round() + 1.0_f32;
            if f32::max((p.w[i10] as f32), c) < std::f32::consts::PI {
                continue;
            }
        }
    } else {
        if rp44_h0(0.25_f32, x[1]) <= x[2] {
            v2 += f32::asinh(x[0]);
        } else {
            let (v11, v12) = (
                v2,
                f32::exp2(a.cos()).hypot(
                    (if (0.25_f32).is_sign_negative() {
                        (p.k as f32)
                    } else {
                        b
                    }),
                ),
            );
        }
        if b < rp44_h0(v7, v2) {}
    }
    let v13: f32 = (x[1] + x[0]).min(b);
    for i14 in 0..p.n {
        for i15 in (0..3).rev() {}
        {
            v7 *= 0.25_f32.atan();
        }
    }
    c.min((2.0_f32 * 2.0_f32 + 0.5_f32).cbrt()) + v1 + v2 + v7 + v13
}

const RP45_K0: i32 = 2;
const RP45_K1: usize = 2;
#[differentiate]
fn rp45(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (x[1] - b);
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
    }
    if ((2.0_f64.powi(2) * 0.25) >= b && (a + (RP45_K1 as f64)) < x[1]) {
        {}
        #[checkpoint(every = 2)]
        for &e4 in x.iter() {
            let a = (((1.5 - (f64::from(3u8) * 0.5)) % (x[0] * x[0] + 0.5))
                * ((1.5 - (f64::from(3u8) * 0.5)) % (x[0] * x[0] + 0.5))
                + 1.5)
                .log((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 2.0);
            v1 += ((-1.25) + x[2]);
        }
        {
            v1 += 2.0_f64.fract();
            v1 -= (if !(a < (RP45_K0 as f64)) {
                c
            } else {
                (((0.25) as f32).sin() as f64)
            });
        }
    } else if ((((a) as f32).sin() as f64) < x[1] || x[1] < f64::cos(c)) {
    } else {
        if x[0].trunc() > b {
            v1 *= (-v1);
            let mut arr5: Vec<f64> = vec![0.0_f64; 3];
        }
    }
    (x[0] * x[0] + 0.5).sqrt() + v1
}

const RP46_K0: [f64; 3] = [(-1.25), (-1.25), 1.0];
const RP46_K1: f64 = 0.5;
const RP46_K2: f64 = 0.25;
#[differentiate(wrt(a, b, c))]
fn rp46(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (((-0.75) - x[0]) - (x[3] + 3.0));
    let mut v2: f64 = 2.0;
    (RP46_K0[1] + (c + b)) + v1 + v2
}

#[differentiate]
fn rp47_h1(s0: f64, y1: &[f64]) -> f64 {
    if s0 <= (f64::from(3u8) * 0.5) {
        let mut v1 = (0.25 / (y1[2] * y1[2] + 1.0));
        let mut arr2: [f64; 3] = [
            (-1.5),
            f64::hypot(s0, y1[1]),
            std::f64::consts::FRAC_1_SQRT_2.cos(),
        ];
    } else if (0.1 < 2.0 && (-2.0) < y1[0]) {
    } else {
    }
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
    }
    s0
}
mod rp47_m {
    use super::*;

    #[differentiate]
    pub fn rp47_h0(s0: f64, s1: f64, s2: f64) -> [f64; 3] {
        for i1 in 0..3 {
            let mut v2 = (0.25_f64 * 0.25_f64 + 0.5).log2();
        }
        let mut arr3 = [0.0_f64; 3];
        [
            (if (0.25 <= arr3[1] && s2 <= 3.0) {
                (s0 * 1.5)
            } else {
                arr3[2]
            }) + arr3[0]
                + arr3[1]
                + arr3[2],
            (s1 * s1 + 1.5).acosh(),
            (0.25 * 0.25),
        ]
    }
}
#[differentiate]
fn rp47(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = rp47_h1(1.5, x);
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        for i4 in 0..2 {
            let mut arr5: [f64; 3] = [
                (((f64::cosh(x[1].tanh())) as f32).sin() as f64),
                (v1.cos() * 0.5).acos(),
                (x[2] + 1.5),
            ];
        }
        {
            v1 = (v1 - x[i3]);
        }
    }
    if (a < rp47_h1(x[1], x) && 0.25 < (v1 * 0.5)) {
    } else {
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let i7 = k6;
            k6 += 1;
            let (v8, v9): (f64, f64) = ((-0.75), (-0.75));
        }
        let mut k10 = 0usize;
        while k10 < 3 {
            let i11 = k10;
            k10 += 1;
        }
    }
    if (-a) < 3.0 {
    } else {
        v1 = 0.25;
    }
    if !(b <= (1.5 / (x[1] * x[1] + 1.0))) {
    } else if (a.sin() * 0.5).asin() <= (1.5 - x[1]) {
        for i12 in 0..3 {
            let mut v13 = rp47_h1(a, x);
        }
    } else {
        for i14 in 0..2 {
            v1 *= (b % (b * b + 0.5));
        }
        {}
        #[checkpoint]
        for &e15 in x.iter() {
            v1 *= f64::powi((x[1] * x[1] + 1.0), -2);
            let (v16, v17) = (
                0.25_f64.atan2(x[2] * x[2] + 0.5),
                0.25_f64.atan2(x[2] * x[2] + 0.5),
            );
            v1 -= 1.0_f64.tanh().cosh();
        }
    }
    let v18 = (a.mul_add(v1, 0.25_f64.hypot(x[2])).cos() * 0.5).acos();
    (3.0 % (b * b + 0.5)) + v1 + v18
}

static RP48_K0: i32 = 3;
static RP48_K1: f64 = 1.5;
const RP48_K2: usize = 3;
#[differentiate]
fn rp48(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = x[2].mul_add(c, x[1]);
    let mut arr2 = [[0.0_f64; 3]; 3];
    for i3 in 0..=2 {
        let b: f64 = (-1.25);
        for i4 in 0..3 {
            let (v5, v6) = (
                (RP48_K1 * arr2[i3][0]),
                ((RP48_K2 as f64) * (RP48_K2 as f64)),
            );
        }
    }
    arr2[1][1] += 2.0_f64.fract().mul_add(a, (std::f64::consts::PI + c));
    (b / (1.5 * 1.5 + 1.0))
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

const RP49_K0: usize = 1;
#[differentiate(wrt(a, b, c, d))]
fn rp49(a: f32, b: f32, c: f32, d: f32, x: [f32; 3]) -> f32 {
    let mut v1: f32 = 0.1_f32;
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        v1 -= (RP49_K0 as f32).mul_add((-1.25_f32), v1);
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            v1 = d.atan();
        }
        if ((b * d) >= 1.0_f32 && c < (RP49_K0 as f32)) {
            let mut c: f32 = (-0.75_f32).fract();
        } else if (-1.25_f32) >= (RP49_K0 as f32) {
        } else {
            let mut arr6 = [0.0_f32; 3];
        }
    }
    if (b >= x[1] || (x[1] - x[1]) >= a) {
    } else {
    }
    let mut k7 = 0usize;
    loop {
        if k7 >= 3 {
            break;
        }
        let i8 = k7;
        k7 += 1;
    }
    for i9 in (0..=2).rev() {
        v1 = ((RP49_K0 as f32) / (x[i9] * x[i9] + 1.0_f32));
        for i10 in 0..=2 {}
    }
    if ((RP49_K0 as f32) * (RP49_K0 as f32)) > (a / (d * d + 1.0_f32)) {
        v1 *= (0.5_f32 + a);
        v1 = (c * c + 1.0_f32).ln().min(f32::min(2.0_f32, (2.0_f32 - b)));
    }
    a.tanh().sinh() + v1
}

const RP50_N: usize = 4;
const RP50_K0: i32 = 0;
#[differentiate]
fn rp50_h0(y0: &[f64]) -> (f64, f64) {
    ((1.0 - (RP50_K0 as f64)), 1.0_f64.tanh().sinh())
}
#[differentiate(wrt(a, c))]
fn rp50(a: f64, b: f64, c: f64, x: [f64; RP50_N]) -> f64 {
    let mut v1 = (RP50_K0 as f64);
    let mut v2 = (x[1] * x[1] + 1.0).recip();
    let mut v3 = (x[1] - 0.1);
    (a / (0.1 * 0.1 + 1.0)) + v1 + v2 + v3
}

const RP51_K0: f64 = (-1.25);
#[differentiate]
fn rp51_h0(y0: &[f64], n1: usize, s2: f64) -> f64 {
    (s2 + s2)
}
impl Params {
    #[differentiate]
    fn rp51(&self, a: f64, b: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = RP51_K0;
        let mut v2 = a.abs().mul_add(x[0], rp51_h0(x, 2, x[1]));
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            let (v5, v6) = (
                (((i4 as f64) - b) - f64::powf((0.1_f64 * 0.1_f64 + 0.5), 2.0_f64.tanh())),
                rp51_h0(x, 3, (((i4 + 1) % 3) as f64)),
            );
            for &e7 in x.iter() {
                let mut arr8: Vec<f64> = vec![0.0_f64; x.len()];
                v2 += e7.powi(3);
            }
            let mut k9 = 0usize;
            while k9 < 3 {
                let i10 = k9;
                k9 += 1;
                if !(x[i4] >= f64::cos(v6)) {
                    break;
                }
            }
        }
        if RP51_K0 >= (-std::f64::consts::PI) {
            for (i11, &e12) in x.iter().enumerate() {
                let (v13, v14) = ((-1.25_f64).atan(), (-1.25_f64).atan());
            }
            let mut arr15: Vec<f64> = vec![0.0_f64; 3];
            if (arr15[1]).is_sign_negative() {
                return (-RP51_K0);
            }
        } else if x[2] <= ((f64::from(3u8) * 0.5) * v2) {
        } else {
            for (i16, e17) in x.iter().enumerate() {}
            for e18 in x.iter() {}
        }
        self.w[0] + v1 + v2
    }
}

const RP52_K0: usize = 2;
const RP52_K1: [f64; 3] = [1.5, (-1.25), 2.0];
#[differentiate]
fn rp52_h0(y0: [f64; 3], y1: &[f64], y2: &[f64]) -> f64 {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    let v3 = (1.0_f64.powi(3) - y1[1]);
    0.5 + v3
}
#[differentiate]
fn rp52(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4], p: &Params) -> f64 {
    let mut v1 = (d * RP52_K1[1]);
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
    }
    for i4 in 0..3 {
        if ((RP52_K0 as f64) > (2.0 * RP52_K1[2]) && 2.0 < RP52_K1[i4]) {
        } else {
            let mut v5: f64 = a.min(v1);
            v5 = (if (RP52_K1[0] >= (RP52_K0 as f64) || b <= (RP52_K0 as f64)) {
                (((a) as f32).sin() as f64)
            } else {
                rp52_h0([1.5, 0.5, -1.0], x, x)
            });
        }
        if RP52_K1[i4] < ((RP52_K0 as f64) + x[3]) {
        } else {
            v1 += (-((i4 * 2 + 1) as f64));
            let (v6, v7) = ((RP52_K0 as f64).tanh(), (RP52_K0 as f64).tanh());
        }
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
            v1 += (if d <= b { (-(i9 as f64)) } else { 0.5 });
            v1 -= rp52_h0([x[1], 0.5, -1.0], x, x);
        }
    }
    for e10 in RP52_K1 {
        let v11: f64 = ((if (2.0 < c || p.k > 0.5) {
            RP52_K1[1]
        } else {
            2.0
        }) * (if (2.0 < c || p.k > 0.5) {
            RP52_K1[1]
        } else {
            2.0
        }) + 1.5)
            .log(x[1] * x[1] + 2.0);
        v1 -= (2.0 - (p.n as f64));
        {
            v1 += x[1];
            v1 -= (c * (2.0_f64.powi(2) * 0.25));
        }
    }
    ((if !(d >= RP52_K1[2]) { RP52_K1[0] } else { x[1] })
        * (if !(d >= RP52_K1[2]) { RP52_K1[0] } else { x[1] })
        + 0.5)
        .powf(a.tanh())
        + v1
}

const RP53_K0: usize = 1;
static RP53_K1: f64 = 0.25;
#[differentiate]
fn rp53_h0(y0: [f64; 3], n1: usize) -> (f64, f64) {
    if 2.0 >= RP53_K1 {
    } else {
    }
    (1.0_f64.mul_add(1.0, y0[1]), 2.0_f64.tanh().sinh())
}
#[differentiate]
fn rp53(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[1];
    let mut v2 = (RP53_K0 as f64);
    if (x[0] < (2.0_f64.powi(2) * 0.25).tanh().sinh()
        || 0.5
            <= ((5.0_f64.sqrt() - 2.0)
                / ((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25) + 1.0)))
    {
        #[checkpoint]
        for (i3, e4) in x.iter().enumerate() {
            v1 = 1.5;
            let mut arr5 = x;
        }
    } else {
        for i6 in 0..x.len() {
            v2 = f64::tan(d.tanh()).trunc();
            let mut arr7 = x;
            let mut v8: f64 = (RP53_K1 * v1);
        }
    }
    {
        v2 *= f64::mul_add(2.0, (x[1] * a), v1);
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let i10 = k9;
            k9 += 1;
            v1 += (c * c + 0.5).log10().sin();
        }
        let (v11, v12): (f64, f64) = ((a * c.cos()), 1.5);
    }
    {
        {}
    }
    (x[2] * x[2] + 0.5).log10() + v1 + v2
}

#[differentiate]
fn rp54_h0(s0: f64, s1: f64) -> (f64, f64) {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    ((s0 * s0), (2.0 * 1.5))
}
impl Params {
    #[differentiate(wrt(b))]
    fn rp54(&self, a: f64, b: f64, x: &[f64; 4]) -> f64 {
        let mut v1 = a.signum();
        v1 *= (-x[0]);
        b.mul_add(0.25, b) + v1
    }
}

static RP55_K0: f64 = 1.0;
static RP55_K1: i32 = 2;
const RP55_K2: f64 = (-0.75);
const RP55_K3: f64 = 1.0;
#[differentiate(wrt(b, d, x))]
fn rp55(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (c * (f64::from(3u8) * 0.5));
    let mut v2 = (d + b.max(c));
    for i3 in 0..3 {}
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        v1 = RP55_K3;
        v1 /= (b
            / (((RP55_K0 + 1.5) / (x[i5] * x[i5] + 1.0))
                * ((RP55_K0 + 1.5) / (x[i5] * x[i5] + 1.0))
                + 1.0))
            * (b / (((RP55_K0 + 1.5) / (x[i5] * x[i5] + 1.0))
                * ((RP55_K0 + 1.5) / (x[i5] * x[i5] + 1.0))
                + 1.0))
            + 1.0;
    }
    (v1 * v1 + 1.0).powi(-2) + v1 + v2
}

const RP56_K0: usize = 3;
#[differentiate]
fn rp56(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (RP56_K0 as f64);
    let mut v2 = (v1 + v1);
    if (if x[1] < x[1] { a } else { b }) > v1 {
        return (a - v2);
    }
    for i3 in (0..=2).rev() {
        for i4 in 0..RP56_K0 {}
        if 3.0 <= (RP56_K0 as f64).cos().exp2() {
        } else if ((RP56_K0 as f64) < 1.0_f64.atan2((i3 as f64) * (i3 as f64) + 0.5) && 1.5 <= v2) {
        } else {
            v2 = (RP56_K0 as f64);
            let (v5, v6) = ((1.0 - std::f64::consts::PI), (v2 * a));
        }
    }
    v2 += f64::ln((b * b + 1.0));
    if ((-1.25) / (x[3] * x[3] + 1.0)) < (-(RP56_K0 as f64)) {
    } else if (v1 <= v2
        && f64::atan2(x[3], x[1] * x[1] + 0.5) <= ((RP56_K0 as f64).sin() * 0.5).asin())
    {
        v1 = (v2 / (a * a + 1.0));
        {
            v2 = (RP56_K0 as f64);
            v1 *= f64::exp(std::f64::consts::PI.powi(2).sin());
        }
    } else {
        let mut k7 = 0usize;
        while k7 < 3 {
            let i8 = k7;
            k7 += 1;
            let (v9, v10) = (a, a);
        }
    }
    ((v1 * x[1]) * (v1 * x[1]) + 1.5).log(a * a + 2.0) + v1 + v2
}

const RP57_K0: [f64; 3] = [2.0, (-1.25), 1.5];
const RP57_K1: f64 = 0.25;
#[differentiate]
fn rp57_h0(n0: usize, y1: [f64; 3]) -> [f64; 3] {
    for i1 in 0..2 {
        let mut v2: f64 = 1.5;
    }
    #[checkpoint(every = 1)]
    for i3 in 0..3 {
        let (v4, v5): (f64, f64) = ((y1[i3] - std::f64::consts::FRAC_1_SQRT_2), (3.0 + 3.0));
    }
    [
        (y1[1] / (RP57_K0[1] * RP57_K0[1] + 1.0)),
        ((5.0_f64.sqrt() - 2.0) - (((1.5) as f32).sin() as f64)),
        ((1.0 - 1.0) / (1.0 * 1.0 + 1.0)),
    ]
}
#[differentiate]
fn rp57(a: f64, b: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = (b % (a * a + 0.5));
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        {
            v1 *= ((RP57_K0[i3] * a) + RP57_K0[0]);
        }
        #[checkpoint]
        for i4 in 0..3 {}
        {
            v1 += (f64::to_degrees(x[0].tanh()) * f64::to_degrees(x[0].tanh()) + 1.5).acosh();
        }
    }
    if (v1 >= v1 && RP57_K0[2] <= (((b) as f32).sin() as f64)) {
        if b > 3.0 {
            v1 -= (1.0 % (2.0 * 2.0 + 0.5));
            let (v5, v6) = (
                (a - b),
                RP57_K0[2].atan2(
                    (v1 % ((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25) + 0.5))
                        * (v1 % ((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25) + 0.5))
                        + 0.5,
                ),
            );
        }
        if (a * x[1]) < (-0.75) {
            let mut v7: f64 = (a - (b / (a * a + 1.0)));
        }
        {}
    } else {
        let mut k8 = 0usize;
        while k8 < 3 {
            let i9 = k8;
            k8 += 1;
        }
    }
    f64::atanh((x[1].sin() * 0.5)) + v1
}

const RP58_K0: f64 = 0.25;
static RP58_K1: f64 = 0.5;
#[differentiate]
fn rp58_h0(n0: usize, s1: f64) -> f64 {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let mut v3: f64 = 0.5;
    }
    s1.max((0.1 - 0.5))
}
#[differentiate(wrt(b, c))]
fn rp58(a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (b * b);
    let mut v2 = (-RP58_K1);
    let v3 = x[1].tanh().sinh();
    (b + v1) + v1 + v2 + v3
}

const RP59_N: usize = 3;
const RP59_K0: i32 = 2;
const RP59_K1: f64 = 2.0;
const RP59_K2: usize = 3;
static RP59_K3: f64 = 1.0;
mod rp59_m {
    use super::*;

    #[differentiate]
    pub fn rp59_h0(y0: [f64; 3], s1: f64, y2: [f64; 3]) -> (f64, f64) {
        let mut arr1: Vec<f64> = vec![0.0_f64; 3];
        if (y0[1] <= (RP59_K2 as f64) || (RP59_K0 as f64) > (s1 - 1.5)) {
            return (1.5, 1.0);
        }
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
            let (v4, v5) = ((RP59_K2 as f64).max(0.1), (RP59_K3 % (1.0 * 1.0 + 0.5)));
        }
        (
            (-(-0.75)) + arr1[0] + arr1[1] + arr1[2],
            s1.atan2((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 0.5),
        )
    }
}
#[differentiate(wrt(a, b))]
fn rp59(a: f64, b: f64, x: [f64; RP59_N], p: &Params) -> f64 {
    let mut v1 = f64::cos(x[2]);
    let mut v2 = (b * b + 0.5).powf(0.1_f64.tanh());
    if !(v1 - x[0]).is_nan() {
        v1 = (if 0.5 <= x[1] {
            x[0]
        } else {
            (0.1 + (RP59_K0 as f64))
        });
        for (i3, &e4) in x.iter().enumerate() {}
        {}
    }
    v1.sin().exp() + v1 + v2
}

static RP60_K0: [f64; 3] = [0.1, 0.25, 1.5];
#[differentiate]
fn rp60(a: f64, b: f64, c: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = (b.cos().exp2() + (c * x[1]));
    let mut v2 = RP60_K0[1].hypot(RP60_K0[0]);
    for i3 in 0..p.n {}
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        let (v6, v7) = (((2.0 + RP60_K0[i5]) * 1.5), ((2.0 + RP60_K0[i5]) * 1.5));
    }
    let mut v8: f64 = (x[2] * RP60_K0[1]);
    if (c * RP60_K0[1]) < x[2] {
    } else {
        v2 /= (((-0.75_f64) * (-0.75_f64) + 1.5).log(a * a + 2.0) * v8)
            * (((-0.75_f64) * (-0.75_f64) + 1.5).log(a * a + 2.0) * v8)
            + 1.0;
        let mut v9: f64 = 2.0;
        v2 += (v8.cos() * 0.5).acos();
    }
    RP60_K0[0].mul_add(RP60_K0[2].mul_add(RP60_K0[1], RP60_K0[2]), b) + v1 + v2 + v8
}

mod rp61_m {
    use super::*;

    #[differentiate]
    pub fn rp61_h0(s0: f64) -> f64 {
        let v1 = (0.25 - s0);
        let mut k2 = 0usize;
        while k2 < 3 {
            let i3 = k2;
            k2 += 1;
            if !(v1 >= (1.5 * v1)) {
                continue;
            }
        }
        (if 1.0 > (5.0_f64.sqrt() - 2.0) {
            (f64::from(3u8) * 0.5)
        } else {
            1.5
        }) + v1
    }
    #[differentiate]
    pub fn rp61_h1(y0: [f64; 3], n1: usize, y2: &[f64]) -> [f64; 3] {
        [
            (1.0_f64 * 1.0_f64 + 0.5).sqrt(),
            f64::acosh(
                ((1.5 / ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.0))
                    * (1.5 / ((f64::from(3u8) * 0.5) * (f64::from(3u8) * 0.5) + 1.0))
                    + 1.5),
            ),
            (-y0[0]),
        ]
    }
}
#[differentiate]
fn rp61(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = rp61_m::rp61_h0(2.0);
    {
        if x[2].cos() <= b {
            v1 = ((b / (2.0 * 2.0 + 1.0)) * 2.0_f64.mul_add(c, (0.25 + 3.0)));
        } else if 1.5 >= (v1 * v1 + 1.0).powi(-2) {
        } else {
        }
        let mut arr2 = [0.0_f64; 3];
        for i3 in 0..2 {}
    }
    ((x[1] + a) * (x[1] + a) + 1.5).log(x[1].mul_add(2.0, b) * x[1].mul_add(2.0, b) + 2.0) + v1
}

const RP62_N: usize = 3;
#[differentiate]
fn rp62_h0(y0: [f64; 3], y1: [f64; 3]) -> (f64, f64) {
    ((-1.0_f64.asinh()), f64::cos(0.25_f64))
}
#[differentiate]
fn rp62_h1(y0: &[f64], y1: &[f64]) -> [f64; 3] {
    for i1 in 0..=2 {
        if 1.0 >= f64::powf((1.0_f64 * 1.0_f64 + 0.5), 1.5_f64.tanh()) {
            return [(-0.25), (-0.25), 0.5];
        }
        let mut v2: f64 = 0.25;
    }
    [
        ((if (1.0_f64).is_sign_negative() {
            0.25
        } else {
            y1[1]
        }) * (if (1.0_f64).is_sign_negative() {
            0.25
        } else {
            y1[1]
        }) + 1.0)
            .powi(-2),
        (y0[1] * y0[1] + 0.5).powf(y0[1].tanh()),
        (0.1 + 1.0),
    ]
}
impl Params {
    #[differentiate(wrt(b, c))]
    fn rp62(&self, a: f64, b: f64, c: f64, x: &[f64; RP62_N]) -> f64 {
        let mut v1 = (b - x[0]);
        let mut v2: f64 = 0.25;
        let (v3, v4) = ((0.25 + x[1]), (2.0_f64.tanh().tan() / (c * c + 1.0)));
        let w5: [f64; 3] = rp62_h1(x, x);
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let i7 = k6;
            k6 += 1;
            if f64::log((x[i7] * x[i7] + 1.5), v1 * v1 + 2.0) < b.min(v3) {
                let mut v8 = (-b);
            } else if (0.25_f64.tanh() >= (x[i7] * c) || (x[0] / (x[i7] * x[i7] + 1.0)) > v3) {
                v1 += (2.0_f64 * 2.0_f64 + 0.5).sqrt();
                let mut v9 = (x[i7] * x[i7] + 0.5).powf(b.tanh());
            } else {
            }
            v1 += (b * w5[i7]);
        }
        v1 += (if x[0] >= w5[1] {
            self.w[1]
        } else {
            (self.w[1] * self.w[1] + 1.0).recip()
        });
        w5[1].signum() + v1 + v2 + v3 + v4 + w5[0] + w5[1] + w5[2]
    }
}

const RP63_K0: f64 = 1.5;
const RP63_K1: i32 = 2;
impl Params {
    #[differentiate]
    fn rp63_h0(&self, y0: [f64; 3]) -> f64 {
        ((5.0_f64.sqrt() - 2.0) / ((RP63_K1 as f64) * (RP63_K1 as f64) + 1.0))
    }
}
impl Params {
    #[differentiate(wrt(x))]
    fn rp63(&self, a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = c.signum();
        let mut v2 = (c + x[2]).atan();
        let (v3, v4) = ((-1.5_f64.cos()), x[1].floor());
        let mut k5 = 0usize;
        loop {
            if k5 >= 3 {
                break;
            }
            let i6 = k5;
            k5 += 1;
        }
        if x[1] < x[2] {
            let (v7, v8): (f64, f64) = (0.25, 0.25);
            let (v9, v10) = (v2, v2);
        } else {
        }
        let mut arr11: [f64; 3] = [
            self.rp63_h0([v3, 0.5, -1.0]),
            (self.n as f64).clamp(-0.5, 0.75),
            (x[1] - self.k),
        ];
        self.rp63_h0([a, 0.5, -1.0]) + v1 + v2 + v3 + v4 + arr11[0] + arr11[1] + arr11[2]
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
            point: &[
                -1.3677089400780664,
                -0.9963003251247332,
                0.9861749396336273,
                -1.4206683733543068,
                0.12381301681147124,
                0.18250291846945238,
                -0.03376667466543314,
                -0.6693816290110639,
                -0.11218294990590154,
                -0.12339497480002747,
                -0.9186964159872355,
            ],
            f: |p| {
                let p = black_box(p);
                rp00(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&[[p[7], p[8]], [p[9], p[10]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp00_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&[[p[7], p[8]], [p[9], p[10]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp00_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&[[p[7], p[8]], [p[9], p[10]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5], t[6]]),
                    black_box(&[[t[7], t[8]], [t[9], t[10]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                21.4117186341698,
                &[
                    0.0,
                    -6.846916861063378,
                    0.0,
                    -4.551816733761822,
                    -6.571319293380005,
                    -6.618470711831231,
                    0.5,
                    -12.709529926932337,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp01",
            point: &[
                1.3973989523410781,
                -0.3487414614040694,
                1.3622270636080218,
                0.6136144999887284,
                0.07907292026634699,
                -1.1615392811378027,
            ],
            f: |p| {
                let p = black_box(p);
                rp01(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp01_grad(
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
                let (y, d) = rp01_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (0.586963350538912, &[0.0, -1.0, -1.0, -2.0, -1.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp02",
            point: &[
                -0.39304646849632263,
                -0.9658914804458618,
                0.38244637846946716,
                -1.4433907270431519,
                0.5352112054824829,
            ],
            f: |p| {
                let p = black_box(p);
                rp02(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: -0.348516141831479,
                        w: [
                            -0.012375854042950885,
                            -1.1850206930528273,
                            -0.36620326121733665,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp02_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: -0.348516141831479,
                        w: [
                            -0.012375854042950885,
                            -1.1850206930528273,
                            -0.36620326121733665,
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
                let (y, d) = rp02_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box(&Params {
                        k: -0.348516141831479,
                        w: [
                            -0.012375854042950885,
                            -1.1850206930528273,
                            -0.36620326121733665,
                        ],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.6411867141723633,
                &[
                    1.0,
                    0.7501730918884277,
                    0.0,
                    0.5352112054824829,
                    -3.4433908462524414,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp03",
            point: &[-0.03193457052111626, -1.2845771312713623],
            f: |p| {
                let p = black_box(p);
                rp03(
                    black_box((p[0] as f32)),
                    black_box(0.6204165_f32),
                    black_box(-1.1188678_f32),
                    black_box((p[1] as f32)),
                    black_box(&[-0.57295763_f32, 1.2600279_f32, -0.5209041_f32]),
                    black_box(&Params {
                        k: -1.3283042035459167,
                        w: [
                            -0.004591753167454929,
                            -0.40092935834904203,
                            -0.604818170674349,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp03_grad(
                    black_box((p[0] as f32)),
                    black_box(0.6204165_f32),
                    black_box(-1.1188678_f32),
                    black_box((p[1] as f32)),
                    black_box(&[-0.57295763_f32, 1.2600279_f32, -0.5209041_f32]),
                    black_box(&Params {
                        k: -1.3283042035459167,
                        w: [
                            -0.004591753167454929,
                            -0.40092935834904203,
                            -0.604818170674349,
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
                let (y, d) = rp03_jvp(
                    black_box((p[0] as f32)),
                    black_box(0.6204165_f32),
                    black_box(-1.1188678_f32),
                    black_box((p[1] as f32)),
                    black_box(&[-0.57295763_f32, 1.2600279_f32, -0.5209041_f32]),
                    black_box(&Params {
                        k: -1.3283042035459167,
                        w: [
                            -0.004591753167454929,
                            -0.40092935834904203,
                            -0.604818170674349,
                        ],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (-0.8576996326446533, &[0.0, 0.26435136795043945]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp04",
            point: &[
                -0.4262249137924146,
                1.4764544338040686,
                1.1766457116533473,
                -1.4214168814511727,
                0.6623135739817287,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.4970320081373,
                    w: [
                        0.4180608343675423,
                        1.3317884758205703,
                        -0.012255660205839602,
                    ],
                    n: 3,
                })
                .rp04(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.4970320081373,
                    w: [
                        0.4180608343675423,
                        1.3317884758205703,
                        -0.012255660205839602,
                    ],
                    n: 3,
                })
                .rp04_grad(
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
                let (y, d) = black_box(&Params {
                    k: -1.4970320081373,
                    w: [
                        0.4180608343675423,
                        1.3317884758205703,
                        -0.012255660205839602,
                    ],
                    n: 3,
                })
                .rp04_jvp(
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
                2.089498742462594,
                &[0.22166755925980453, 0.0, -0.37294125148259916, -1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp05",
            point: &[
                -0.26420871053464695,
                0.8266344843071848,
                0.2164263310782327,
                -0.4866988473920148,
                -1.002137257416787,
                -0.6759801170255463,
                1.2701570298429548,
                -0.1348984025334212,
                -0.8727978655796089,
                0.19733420744704966,
                0.7314107917088413,
                0.710238170918278,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.39070113922161115,
                    w: [0.7020219730299782, 0.9014618494361268, -1.3108155960643235],
                    n: 2,
                })
                .rp05(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.39070113922161115,
                    w: [0.7020219730299782, 0.9014618494361268, -1.3108155960643235],
                    n: 2,
                })
                .rp05_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.39070113922161115,
                    w: [0.7020219730299782, 0.9014618494361268, -1.3108155960643235],
                    n: 2,
                })
                .rp05_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6], t[7]]),
                    black_box(&[[t[8], t[9]], [t[10], t[11]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.446853474066224,
                &[
                    0.0,
                    0.3837537995434502,
                    0.0,
                    0.0,
                    0.310777732826828,
                    0.45881040962752323,
                    0.6773554529399783,
                    -1.4469435953943295,
                    0.0,
                    -1.0,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp06",
            point: &[
                0.22486818076262113,
                -0.6307666981150466,
                1.4479118453534958,
                0.9904681044867627,
                0.11867622705147769,
                0.48477042233931145,
            ],
            f: |p| {
                let p = black_box(p);
                rp06(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.1233256554203082,
                        w: [1.451046423802353, 1.4398261881561765, 0.5975406977462708],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp06_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.1233256554203082,
                        w: [1.451046423802353, 1.4398261881561765, 0.5975406977462708],
                        n: 2,
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
                    black_box(&[p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: 1.1233256554203082,
                        w: [1.451046423802353, 1.4398261881561765, 0.5975406977462708],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.4770029776630107,
                &[0.01, -0.9904681044867627, 0.0, 0.6307666981150466, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp07",
            point: &[
                -1.1715962513256186,
                -1.2154607992887545,
                -0.753110652821135,
                -1.061060614706136,
                -0.9001637436865341,
                -0.3625790141991386,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.3084366951142396,
                    w: [1.4239287809311667, 1.1121667157006114, 0.12392392348138861],
                    n: 3,
                })
                .rp07(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.3084366951142396,
                    w: [1.4239287809311667, 1.1121667157006114, 0.12392392348138861],
                    n: 3,
                })
                .rp07_grad(
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
                    k: 0.3084366951142396,
                    w: [1.4239287809311667, 1.1121667157006114, 0.12392392348138861],
                    n: 3,
                })
                .rp07_jvp(
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
                -0.9973738766476964,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.008646421650640338,
                    0.014512661212924162,
                    0.0024704078833290614,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp08",
            point: &[
                1.3974163435190377,
                0.981343302501298,
                0.12723076704018463,
                0.782801367162789,
                0.9761592586256725,
                -0.8114228877675451,
            ],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
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
                let (y, d) = rp08_jvp(
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
                2.040438698175951,
                &[
                    0.17334562609135856,
                    0.12723076704018463,
                    0.981343302501298,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp09",
            point: &[
                -1.4302733881801228,
                -0.5029201158084172,
                -0.6643363200135757,
                0.27147843193272314,
                0.7076471671295924,
            ],
            f: |p| {
                let p = black_box(p);
                rp09(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.44403002937798264,
                        w: [-0.2994392895159779, 0.8385393934455729, -1.268779054444172],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp09_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.44403002937798264,
                        w: [-0.2994392895159779, 0.8385393934455729, -1.268779054444172],
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
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.44403002937798264,
                        w: [-0.2994392895159779, 0.8385393934455729, -1.268779054444172],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.24719225718717763,
                &[0.0, -0.018847463509941265, -0.612991599730191, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp10",
            point: &[
                -0.8386808753425448,
                0.13156627586456682,
                1.0590522408868337,
                -1.0639064499334896,
                -0.613022274830686,
                -0.6350504571589745,
            ],
            f: |p| {
                let p = black_box(p);
                rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.24456546844191845,
                        w: [-0.21484557478070035, 1.0378595608403005, 1.3837798938257757],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp10_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.24456546844191845,
                        w: [-0.21484557478070035, 1.0378595608403005, 1.3837798938257757],
                        n: 2,
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.24456546844191845,
                        w: [-0.21484557478070035, 1.0378595608403005, 1.3837798938257757],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                12.221591017079257,
                &[
                    0.0,
                    -0.613022274830686,
                    0.0,
                    -1.5351057077099268,
                    -1.20781485766426,
                    -1.3592115437156953,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[
                1.1777758598327637,
                0.8443323969841003,
                -1.1654350757598877,
                -0.3657326400279999,
                -1.4258825778961182,
            ],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box((p[0] as f32)),
                    black_box(0.106668346_f32),
                    black_box((p[1] as f32)),
                    black_box(-0.9750556_f32),
                    black_box(&vec![(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
                    black_box((p[0] as f32)),
                    black_box(0.106668346_f32),
                    black_box((p[1] as f32)),
                    black_box(-0.9750556_f32),
                    black_box(&vec![(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp11_jvp(
                    black_box((p[0] as f32)),
                    black_box(0.106668346_f32),
                    black_box((p[1] as f32)),
                    black_box(-0.9750556_f32),
                    black_box(&vec![(p[2] as f32), (p[3] as f32), (p[4] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.0847811698913574,
                &[
                    0.2950514256954193,
                    0.0,
                    0.4439946115016937,
                    -0.11652612686157227,
                    0.2950514256954193,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp12",
            point: &[
                -1.1051167504237367,
                -0.3201535060417858,
                1.2514512993876938,
                1.4362283587324243,
                -0.054318960644524926,
                -0.59023395260778,
                -0.286680589995017,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.3827303898364607,
                    w: [-0.833884933652017, -1.126868708623366, 0.971029269351012],
                    n: 2,
                })
                .rp12(
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
                    k: 0.3827303898364607,
                    w: [-0.833884933652017, -1.126868708623366, 0.971029269351012],
                    n: 2,
                })
                .rp12_grad(
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
                    k: 0.3827303898364607,
                    w: [-0.833884933652017, -1.126868708623366, 0.971029269351012],
                    n: 2,
                })
                .rp12_jvp(
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
                2.4538798832608073,
                &[
                    0.0,
                    0.059178487084624885,
                    -0.5100139279486583,
                    0.00904061396107958,
                    -0.07659295196164588,
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
                -0.21192369724080753,
                -1.1724611217780454,
                1.1636278681191106,
                1.4654731607305038,
                1.3515391527315872,
                1.421305832146026,
                -0.48004509615217855,
            ],
            f: |p| {
                let p = black_box(p);
                rp13(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp13_grad(
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
                let (y, d) = rp13_jvp(
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
                7.147091771923095,
                &[
                    0.0,
                    0.0,
                    0.9115563351478474,
                    0.0,
                    0.09841610940063909,
                    0.6878092197950966,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp14",
            point: &[
                -0.011608637474224122,
                -0.36259241980482537,
                -1.1829411216430423,
                -1.062184381356908,
                0.6066726010111761,
                0.25966175676214553,
                1.430134960882599,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
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
                let (y, d) = rp14_jvp(
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
                1.241192552130224,
                &[
                    0.0,
                    2.5304877461751074,
                    -0.07831654035647784,
                    1.764522749194096,
                    1.0,
                    0.008,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                -1.0806990718211542,
                1.1125225579342797,
                -0.5926540060872588,
                1.47581715596646,
                -1.2438662692384985,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(p[0]),
                    black_box(-0.22572491953713414_f64),
                    black_box(0.0072927376020809_f64),
                    black_box(0.33040475061449515_f64),
                    black_box(&[
                        1.1752593291245408_f64,
                        0.5634663314097831_f64,
                        -0.8331827848962262_f64,
                        0.0861628329954937_f64,
                    ]),
                    black_box([[p[1], p[2]], [p[3], p[4]]]),
                    black_box(&Params {
                        k: -0.7052181737572861,
                        w: [0.6752319987653232, 0.7677061722009042, -0.22926312295098833],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
                    black_box(p[0]),
                    black_box(-0.22572491953713414_f64),
                    black_box(0.0072927376020809_f64),
                    black_box(0.33040475061449515_f64),
                    black_box(&[
                        1.1752593291245408_f64,
                        0.5634663314097831_f64,
                        -0.8331827848962262_f64,
                        0.0861628329954937_f64,
                    ]),
                    black_box([[p[1], p[2]], [p[3], p[4]]]),
                    black_box(&Params {
                        k: -0.7052181737572861,
                        w: [0.6752319987653232, 0.7677061722009042, -0.22926312295098833],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp15_jvp(
                    black_box(p[0]),
                    black_box(-0.22572491953713414_f64),
                    black_box(0.0072927376020809_f64),
                    black_box(0.33040475061449515_f64),
                    black_box(&[
                        1.1752593291245408_f64,
                        0.5634663314097831_f64,
                        -0.8331827848962262_f64,
                        0.0861628329954937_f64,
                    ]),
                    black_box([[p[1], p[2]], [p[3], p[4]]]),
                    black_box(&Params {
                        k: -0.7052181737572861,
                        w: [0.6752319987653232, 0.7677061722009042, -0.22926312295098833],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box([[t[1], t[2]], [t[3], t[4]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -2.960327211550182,
                &[1.0, 0.0, 0.0, -0.9022787170664449, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                -1.3433473701300127,
                -1.1130029540371342,
                0.6577750949567138,
                1.0062347942025698,
                -1.1313262705831242,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
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
                let (y, d) = rp16_jvp(
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
                -0.5711813453469622,
                &[
                    0.4446811728741934,
                    -0.695538174185786,
                    0.2849350702804152,
                    0.29572873132925565,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp17",
            point: &[
                -0.6243678542010659,
                0.1467072476246082,
                0.1704807275636065,
                0.4895262584109611,
                0.4749904589361982,
                -1.1128379830640638,
            ],
            f: |p| {
                let p = black_box(p);
                rp17(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.3619659136067508,
                        w: [-0.32860895474855323, 0.878182145158948, 1.4223458493402237],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp17_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.3619659136067508,
                        w: [-0.32860895474855323, 0.878182145158948, 1.4223458493402237],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp17_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -1.3619659136067508,
                        w: [-0.32860895474855323, 0.878182145158948, 1.4223458493402237],
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
                -9.991380105295594,
                &[0.018087052100928893, -1.0, -1.0, 0.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[
                0.6979522314916202,
                -1.2639170420964512,
                -0.5445355882632625,
                0.3970198325541191,
                -0.3608309988053585,
                -0.49394755122177986,
            ],
            f: |p| {
                let p = black_box(p);
                rp18(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.20069787439793546,
                        w: [-1.3576359905016848, -1.2544178785735445, 0.6704058747910697],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp18_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.20069787439793546,
                        w: [-1.3576359905016848, -1.2544178785735445, 0.6704058747910697],
                        n: 2,
                    }),
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.20069787439793546,
                        w: [-1.3576359905016848, -1.2544178785735445, 0.6704058747910697],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -3.9998997859792116,
                &[
                    0.0,
                    -0.38125473800966597,
                    -0.038616267041662544,
                    0.0,
                    -0.5445355882632625,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[0.7867099398406934, 0.565854648742923, 0.14564305178559736],
            f: |p| {
                let p = black_box(p);
                rp19(
                    black_box(1.1902768193240207_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([
                        1.135720154357926_f64,
                        1.1577264862272663_f64,
                        0.8962474952780373_f64,
                        -1.094830028091832_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp19_grad(
                    black_box(1.1902768193240207_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([
                        1.135720154357926_f64,
                        1.1577264862272663_f64,
                        0.8962474952780373_f64,
                        -1.094830028091832_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp19_jvp(
                    black_box(1.1902768193240207_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([
                        1.135720154357926_f64,
                        1.1577264862272663_f64,
                        0.8962474952780373_f64,
                        -1.094830028091832_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.1113856935834487,
                &[-0.1208468408537011, 0.0, 0.11960399088441825],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp20",
            point: &[
                -0.5772468281071826,
                -1.1467311661403061,
                0.10303198035335287,
                -0.9774999519931742,
                -1.4663356075674232,
                -0.1858084429626383,
                1.0334474579079966,
            ],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.4314001969122119,
                        w: [-0.9217056016303206, 1.0733107562237825, 0.39409735330537216],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.4314001969122119,
                        w: [-0.9217056016303206, 1.0733107562237825, 0.39409735330537216],
                        n: 2,
                    }),
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
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: -0.4314001969122119,
                        w: [-0.9217056016303206, 1.0733107562237825, 0.39409735330537216],
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
                0.8568197368358554,
                &[
                    -0.4314001969122119,
                    -0.5487835944955723,
                    -1.4663356075674232,
                    0.0,
                    0.10303198035335287,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp21",
            point: &[-1.2963487837296281],
            f: |p| {
                let p = black_box(p);
                rp21(
                    black_box(-0.9091704193867463_f64),
                    black_box(p[0]),
                    black_box(1.3643774405116946_f64),
                    black_box(0.21005962712979287_f64),
                    black_box(&[
                        -0.5270804129771306_f64,
                        0.926302081409806_f64,
                        1.0860597150819422_f64,
                        -1.2034922264641033_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp21_grad(
                    black_box(-0.9091704193867463_f64),
                    black_box(p[0]),
                    black_box(1.3643774405116946_f64),
                    black_box(0.21005962712979287_f64),
                    black_box(&[
                        -0.5270804129771306_f64,
                        0.926302081409806_f64,
                        1.0860597150819422_f64,
                        -1.2034922264641033_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp21_jvp(
                    black_box(-0.9091704193867463_f64),
                    black_box(p[0]),
                    black_box(1.3643774405116946_f64),
                    black_box(0.21005962712979287_f64),
                    black_box(&[
                        -0.5270804129771306_f64,
                        0.926302081409806_f64,
                        1.0860597150819422_f64,
                        -1.2034922264641033_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-4.909487301828213, &[1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                -0.48448248356444157,
                0.3638026024743355,
                -0.18544947486131902,
                -0.4606560469361505,
                -0.722594897228425,
                0.8302335244064639,
            ],
            f: |p| {
                let p = black_box(p);
                rp22(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.0814062746997897,
                        w: [-0.8500980465425811, 0.8057300111804229, 0.6294905891617735],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp22_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.0814062746997897,
                        w: [-0.8500980465425811, 0.8057300111804229, 0.6294905891617735],
                        n: 3,
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 1.0814062746997897,
                        w: [-0.8500980465425811, 0.8057300111804229, 0.6294905891617735],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (7.066699891192707, &[-0.5, 1.0, 0.0, -1.0, 0.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[-1.4474548519437396, 0.8945129291216827],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(p[0]),
                    black_box(-0.6288204612832985_f64),
                    black_box(p[1]),
                    black_box(0.7629998782845895_f64),
                    black_box(
                        &[
                            1.4921320620338234_f64,
                            -1.04789953334992_f64,
                            1.1814912695129087_f64,
                            0.9491489116409176_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
                    black_box(p[0]),
                    black_box(-0.6288204612832985_f64),
                    black_box(p[1]),
                    black_box(0.7629998782845895_f64),
                    black_box(
                        &[
                            1.4921320620338234_f64,
                            -1.04789953334992_f64,
                            1.1814912695129087_f64,
                            0.9491489116409176_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp23_jvp(
                    black_box(p[0]),
                    black_box(-0.6288204612832985_f64),
                    black_box(p[1]),
                    black_box(0.7629998782845895_f64),
                    black_box(
                        &[
                            1.4921320620338234_f64,
                            -1.04789953334992_f64,
                            1.1814912695129087_f64,
                            0.9491489116409176_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-0.19745485194373957, &[1.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                -0.8042115133074196,
                0.05800002817028623,
                0.5514189962352386,
                0.47072026074877027,
                -1.0294752473261826,
                -0.600696020835083,
            ],
            f: |p| {
                let p = black_box(p);
                rp24(
                    black_box(p[0]),
                    black_box(0.45691316313550273_f64),
                    black_box(-0.6687900821487113_f64),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp24_grad(
                    black_box(p[0]),
                    black_box(0.45691316313550273_f64),
                    black_box(-0.6687900821487113_f64),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp24_jvp(
                    black_box(p[0]),
                    black_box(0.45691316313550273_f64),
                    black_box(-0.6687900821487113_f64),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4], t[5]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.9411292032714789,
                &[
                    0.0,
                    0.8729271159558137,
                    1.9932945506181243,
                    0.1,
                    0.0,
                    0.9534494123544924,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[
                1.2967612734753198,
                -0.5774578850224427,
                0.1699609472535566,
                -0.9680046873479127,
                -1.4431654708773096,
                0.46933605478298146,
            ],
            f: |p| {
                let p = black_box(p);
                rp25(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp25_grad(
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
                let (y, d) = rp25_jvp(
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
                1.153556799374356,
                &[
                    0.0,
                    0.8603229720702219,
                    0.7499301014668054,
                    0.2487640748828873,
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
                -0.054047144191018796,
                -0.2998101102681361,
                0.9639333643704683,
                -0.7620306869514399,
                -0.7456826171567361,
            ],
            f: |p| {
                let p = black_box(p);
                rp26(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.3972947753483075,
                        w: [-1.096204123560167, 0.1258625887241942, 1.214176194655068],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp26_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.3972947753483075,
                        w: [-1.096204123560167, 0.1258625887241942, 1.214176194655068],
                        n: 3,
                    }),
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
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: -0.3972947753483075,
                        w: [-1.096204123560167, 0.1258625887241942, 1.214176194655068],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.0524524538013496,
                &[0.9639333643704683, 0.0, -0.054047144191018796, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp27",
            point: &[
                -0.2395327312474337,
                1.2109597456814247,
                1.0797933535231343,
                -1.124879739147483,
                0.6189748745772664,
                -0.7637293514503546,
                0.60282931834881,
            ],
            f: |p| {
                let p = black_box(p);
                rp27(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp27_grad(
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
                let (y, d) = rp27_jvp(
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
                9.777721014980969,
                &[
                    0.0,
                    18.370347604797914,
                    1.0,
                    0.0,
                    0.0,
                    1.0,
                    -0.6127282282665952,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp28",
            point: &[
                0.3428656895355937,
                0.7628716971263563,
                0.8866907438008047,
                1.3813008070720283,
                -0.8585379434434055,
                -0.3819725589713118,
                0.5470116981727704,
            ],
            f: |p| {
                let p = black_box(p);
                rp28(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.5135366441263202,
                        w: [
                            -0.43242890741244994,
                            0.8005404332927533,
                            -0.7233966850962639,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp28_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.5135366441263202,
                        w: [
                            -0.43242890741244994,
                            0.8005404332927533,
                            -0.7233966850962639,
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
                let (y, d) = rp28_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.5135366441263202,
                        w: [
                            -0.43242890741244994,
                            0.8005404332927533,
                            -0.7233966850962639,
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
                0.3476517151792278,
                &[
                    0.0,
                    -0.8692374512808614,
                    -0.2628716971263563,
                    0.0,
                    0.0871300692165704,
                    1.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp29",
            point: &[
                0.2395776466444625,
                0.7491328859672104,
                1.0818275249276859,
                0.7145936908390212,
                1.050562929966862,
                0.5291634877574011,
                0.641764332861115,
            ],
            f: |p| {
                let p = black_box(p);
                rp29(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp29_grad(
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
                let (y, d) = rp29_jvp(
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
                -2.331838503939991,
                &[
                    0.75,
                    1.315310669490552,
                    -1.315310669490552,
                    1.6901601898770382,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp30",
            point: &[
                0.6879763355030637,
                -0.6622588812082272,
                0.5791813624143511,
                -1.0627571133768097,
                -0.34814850657233626,
                -1.460846785285228,
            ],
            f: |p| {
                let p = black_box(p);
                rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.553076912093735,
                        w: [0.7395508201389035, -0.2550077077362441, 0.9962984318009969],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp30_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.553076912093735,
                        w: [0.7395508201389035, -0.2550077077362441, 0.9962984318009969],
                        n: 2,
                    }),
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.553076912093735,
                        w: [0.7395508201389035, -0.2550077077362441, 0.9962984318009969],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.5564019378713754,
                &[0.0, 1.0, 2.0003136719075636, 1.0, 1.0, 1.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[1.3633581399917603, -0.2364320009946823, 1.0682214498519897],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.22500032768374,
                    w: [-1.0606775521228904, 1.4752871394571478, 1.3879316070948713],
                    n: 2,
                })
                .rp31(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(1.4931277_f32),
                    black_box(&[
                        -0.714974_f32,
                        0.69981027_f32,
                        0.75123894_f32,
                        -1.1075578_f32,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.22500032768374,
                    w: [-1.0606775521228904, 1.4752871394571478, 1.3879316070948713],
                    n: 2,
                })
                .rp31_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(1.4931277_f32),
                    black_box(&[
                        -0.714974_f32,
                        0.69981027_f32,
                        0.75123894_f32,
                        -1.1075578_f32,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.22500032768374,
                    w: [-1.0606775521228904, 1.4752871394571478, 1.3879316070948713],
                    n: 2,
                })
                .rp31_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(1.4931277_f32),
                    black_box(&[
                        -0.714974_f32,
                        0.69981027_f32,
                        0.75123894_f32,
                        -1.1075578_f32,
                    ]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (0.44090256094932556, &[0.5020455718040466, 0.0, 1.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp32",
            point: &[
                0.5648372163144406,
                -0.5403458197437454,
                -0.6418831551225347,
                -1.163802653958123,
                0.061341918937933025,
            ],
            f: |p| {
                let p = black_box(p);
                rp32(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp32_grad(
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
                let (y, d) = rp32_jvp(
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
                -1.1059028917367426,
                &[
                    0.4869651926326469,
                    1.0,
                    -0.008456187481795446,
                    -0.017194462358005633,
                    0.04661419603659929,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp33",
            point: &[
                1.057357907295227,
                -1.4658868312835693,
                -0.5742257237434387,
                1.3574049472808838,
            ],
            f: |p| {
                let p = black_box(p);
                rp33(
                    black_box(-0.05024144_f32),
                    black_box((p[0] as f32)),
                    black_box(-0.0070289792_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp33_grad(
                    black_box(-0.05024144_f32),
                    black_box((p[0] as f32)),
                    black_box(-0.0070289792_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp33_jvp(
                    black_box(-0.05024144_f32),
                    black_box((p[0] as f32)),
                    black_box(-0.0070289792_f32),
                    black_box([(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box((t[0] as f32)),
                    black_box([(t[1] as f32), (t[2] as f32), (t[3] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (3.3129501342773438, &[1.0, 0.18780846893787384, 0.0, 0.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp34",
            point: &[1.3253779281353597],
            f: |p| {
                let p = black_box(p);
                rp34(
                    black_box(1.0450822965611493_f64),
                    black_box(0.947519200896968_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.0662023595513969_f64,
                        -0.6638103549893871_f64,
                        -0.49209890159820896_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp34_grad(
                    black_box(1.0450822965611493_f64),
                    black_box(0.947519200896968_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.0662023595513969_f64,
                        -0.6638103549893871_f64,
                        -0.49209890159820896_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp34_jvp(
                    black_box(1.0450822965611493_f64),
                    black_box(0.947519200896968_f64),
                    black_box(p[0]),
                    black_box(&[
                        0.0662023595513969_f64,
                        -0.6638103549893871_f64,
                        -0.49209890159820896_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (2.9877487750939817, &[1.5002540580333705]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp35",
            point: &[
                0.06845426559448242,
                -0.6752973198890686,
                0.7674275040626526,
                -1.4652644395828247,
                -0.039501335471868515,
                -1.3954334259033203,
                0.32492658495903015,
                0.1747828722000122,
            ],
            f: |p| {
                let p = black_box(p);
                rp35(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: -0.11111475423599974,
                        w: [-0.7761950496452383, 0.8909506842142065, 0.8598779900263962],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp35_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: -0.11111475423599974,
                        w: [-0.7761950496452383, 0.8909506842142065, 0.8598779900263962],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp35_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: -0.11111475423599974,
                        w: [-0.7761950496452383, 0.8909506842142065, 0.8598779900263962],
                        n: 3,
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
                -3.706779956817627,
                &[
                    0.0,
                    0.33872607350349426,
                    1.5348550081253052,
                    1.0,
                    -1.3505946397781372,
                    1.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp36",
            point: &[
                0.6514907011121731,
                0.05451550577313975,
                -0.40529960939919063,
                -0.7950107084670154,
                -0.4332706785157442,
                1.2156310882383365,
            ],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -1.149159154656687,
                        w: [
                            -1.0235685599988114,
                            -0.05758727470941122,
                            -0.2148118214723236,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -1.149159154656687,
                        w: [
                            -1.0235685599988114,
                            -0.05758727470941122,
                            -0.2148118214723236,
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
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -1.149159154656687,
                        w: [
                            -1.0235685599988114,
                            -0.05758727470941122,
                            -0.2148118214723236,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.842076429474436,
                &[2.0, 0.0, 0.0, 0.0, 1.1589626625607528, -0.4130731305249907],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp37",
            point: &[
                1.4282375748150662,
                -0.398623211893815,
                1.0151497585667102,
                -0.5919323536074331,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.09281523451751973,
                    w: [
                        0.12686042411962134,
                        -0.13146119036827814,
                        0.16687217225148013,
                    ],
                    n: 2,
                })
                .rp37(
                    black_box(p[0]),
                    black_box(0.14933569816210887_f64),
                    black_box(&[p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.09281523451751973,
                    w: [
                        0.12686042411962134,
                        -0.13146119036827814,
                        0.16687217225148013,
                    ],
                    n: 2,
                })
                .rp37_grad(
                    black_box(p[0]),
                    black_box(0.14933569816210887_f64),
                    black_box(&[p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.09281523451751973,
                    w: [
                        0.12686042411962134,
                        -0.13146119036827814,
                        0.16687217225148013,
                    ],
                    n: 2,
                })
                .rp37_jvp(
                    black_box(p[0]),
                    black_box(0.14933569816210887_f64),
                    black_box(&[p[1], p[2], p[3]]),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (2.613087816248356, &[1.0, 0.0, -1.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[
                -0.13182516744912914,
                0.40643771242143667,
                -0.46964687836568186,
                -1.2290509209498945,
                0.7693232380816526,
                -0.15917475726265606,
                0.053106801814828485,
            ],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.2465492877837955,
                        w: [
                            0.9619213768951252,
                            0.31527732352121285,
                            -0.21812956123916125,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.2465492877837955,
                        w: [
                            0.9619213768951252,
                            0.31527732352121285,
                            -0.21812956123916125,
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
                let (y, d) = rp38_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: -0.2465492877837955,
                        w: [
                            0.9619213768951252,
                            0.31527732352121285,
                            -0.21812956123916125,
                        ],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.7053059511309651,
                &[
                    0.9828214874847279,
                    -0.6030025291016872,
                    0.0,
                    0.0,
                    1.7629276171225254,
                    -1.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp39",
            point: &[-0.1670601757267269, -0.19066535534064935],
            f: |p| {
                let p = black_box(p);
                rp39(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        0.20793650771123687_f64,
                        1.2604131931276101_f64,
                        -1.1593470264450525_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp39_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        0.20793650771123687_f64,
                        1.2604131931276101_f64,
                        -1.1593470264450525_f64,
                    ]),
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
                    black_box([
                        0.20793650771123687_f64,
                        1.2604131931276101_f64,
                        -1.1593470264450525_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.388156839742586, &[0.9044351773846319, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp40",
            point: &[0.02274924552344794, -0.22924369404724007],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6299322325369586_f64),
                    black_box([
                        0.2576940661270678_f64,
                        0.7285646825241231_f64,
                        -1.0030839945003074_f64,
                        0.8871735520672467_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.6299322325369586_f64),
                    black_box([
                        0.2576940661270678_f64,
                        0.7285646825241231_f64,
                        -1.0030839945003074_f64,
                        0.8871735520672467_f64,
                    ]),
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
                    black_box(0.6299322325369586_f64),
                    black_box([
                        0.2576940661270678_f64,
                        0.7285646825241231_f64,
                        -1.0030839945003074_f64,
                        0.8871735520672467_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (0.8285129564766213, &[-0.004545143407821625, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[
                -1.3630272298170967,
                -1.3387882397396895,
                -1.4832502065542486,
                -0.9189751935294141,
                -0.7178448543803809,
                0.4231454966943326,
            ],
            f: |p| {
                let p = black_box(p);
                rp41(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp41_grad(
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
                let (y, d) = rp41_jvp(
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
                2.893971135187246,
                &[0.0, 0.0, -1.0, -0.5936798547328644, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp42",
            point: &[
                -0.29417848587036133,
                -0.3719414174556732,
                -0.03244229778647423,
                -0.7579421997070313,
                1.230228066444397,
                1.1337523460388184,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.20221954310814838,
                        w: [
                            -0.3800183279825163,
                            -0.4342341205208807,
                            -0.5198220201627405,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp42_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.20221954310814838,
                        w: [
                            -0.3800183279825163,
                            -0.4342341205208807,
                            -0.5198220201627405,
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
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.20221954310814838,
                        w: [
                            -0.3800183279825163,
                            -0.4342341205208807,
                            -0.5198220201627405,
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
                -0.2736835479736328,
                &[
                    1.0,
                    0.0,
                    0.0039852214977145195,
                    0.09866119921207428,
                    -0.020062729716300964,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp43",
            point: &[
                -0.11519783443132024,
                -1.4933093195150746,
                -0.6120597543706701,
                0.18405269199270785,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.0145925725388016,
                    w: [1.1655364954080225, 1.4275870295019872, 0.7484218686029023],
                    n: 2,
                })
                .rp43(
                    black_box(1.4844624326774067_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.0145925725388016,
                    w: [1.1655364954080225, 1.4275870295019872, 0.7484218686029023],
                    n: 2,
                })
                .rp43_grad(
                    black_box(1.4844624326774067_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.0145925725388016,
                    w: [1.1655364954080225, 1.4275870295019872, 0.7484218686029023],
                    n: 2,
                })
                .rp43_jvp(
                    black_box(1.4844624326774067_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                    black_box(t[0]),
                    black_box([t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.796318069309253,
                &[-1.4933093195150746, -0.11519783443132024, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp44",
            point: &[
                -0.6318337917327881,
                -0.9029312133789063,
                0.49472513794898987,
                0.06279733031988144,
                0.46280616521835327,
                -0.10407888889312744,
                -1.1609824895858765,
                -0.7737569808959961,
            ],
            f: |p| {
                let p = black_box(p);
                rp44(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 0.7623892824786153,
                        w: [-0.1268126490352054, 0.468402230990316, -0.6728418471574313],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp44_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 0.7623892824786153,
                        w: [-0.1268126490352054, 0.468402230990316, -0.6728418471574313],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp44_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box(&[(p[4] as f32), (p[5] as f32), (p[6] as f32), (p[7] as f32)]),
                    black_box(&Params {
                        k: 0.7623892824786153,
                        w: [-0.1268126490352054, 0.468402230990316, -0.6728418471574313],
                        n: 3,
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
                9.508092880249023,
                &[0.0, 0.5, 1.0, -1.0, -0.4708656966686249, 0.0, 0.0, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp45",
            point: &[
                -0.4921839624891845,
                -1.2897645874231916,
                -1.284702190226772,
                -0.6990656891849494,
                0.05916849796329724,
                1.171916743276366,
            ],
            f: |p| {
                let p = black_box(p);
                rp45(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp45_grad(
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
                let (y, d) = rp45_jvp(
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
                2.3432634317983982,
                &[0.0, -1.0, 0.0, -0.7030517490566013, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[-1.1201269396112774, 0.45743337449898286, 0.825985582811294],
            f: |p| {
                let p = black_box(p);
                rp46(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(-0.500151751069585_f64),
                    black_box(&[
                        0.7240865594644843_f64,
                        -0.46675603048570874_f64,
                        -1.088314594652254_f64,
                        0.4203197007691299_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp46_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(-0.500151751069585_f64),
                    black_box(&[
                        0.7240865594644843_f64,
                        -0.46675603048570874_f64,
                        -1.088314594652254_f64,
                        0.4203197007691299_f64,
                    ]),
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
                    black_box(p[2]),
                    black_box(-0.500151751069585_f64),
                    black_box(&[
                        0.7240865594644843_f64,
                        -0.46675603048570874_f64,
                        -1.088314594652254_f64,
                        0.4203197007691299_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                );
                (y as f64, d as f64)
            },
            expected: (-2.8609873029233377, &[0.0, 1.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp47",
            point: &[
                0.1719263248358583,
                -1.4061785491217347,
                1.1780843551615625,
                1.137587364355055,
                -0.7091537381679306,
                0.8435219247574289,
            ],
            f: |p| {
                let p = black_box(p);
                rp47(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp47_grad(
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
                let (y, d) = rp47_jvp(
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
                1.6064467032765672,
                &[
                    -0.038406925077489114,
                    2.8123570982434694,
                    -1.0619910497102212,
                    -1.0619910497102212,
                    -1.4020462964277214,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp48",
            point: &[
                -0.3234289838691762,
                0.03575417739352692,
                -0.9177032231518877,
                -0.14038744177149765,
                -0.6852509213375446,
                -1.20358012405554,
                -0.789974328542338,
            ],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
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
                let (y, d) = rp48_jvp(
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
                2.654169153619533,
                &[
                    0.0,
                    0.3076923076923077,
                    -0.20358012405553993,
                    0.0,
                    1.0,
                    -0.9177032231518877,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                -0.3497769236564636,
                -1.2990344762802124,
                0.1246957778930664,
                1.3265639543533325,
            ],
            f: |p| {
                let p = black_box(p);
                rp49(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box([-1.3885272_f32, 1.0151057_f32, 1.2951633_f32]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp49_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box([-1.3885272_f32, 1.0151057_f32, 1.2951633_f32]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp49_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box((p[3] as f32)),
                    black_box([-1.3885272_f32, 1.0151057_f32, 1.2951633_f32]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box((t[3] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.3271164000034332,
                &[0.9375798106193542, -0.0, 0.24557311832904816, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp50",
            point: &[0.39477253615091157, 0.47966658387841304],
            f: |p| {
                let p = black_box(p);
                rp50(
                    black_box(p[0]),
                    black_box(-0.9432376781882637_f64),
                    black_box(p[1]),
                    black_box([
                        0.39624966809792406_f64,
                        -0.8373692251844054_f64,
                        1.094548262107746_f64,
                        -1.417776548413981_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp50_grad(
                    black_box(p[0]),
                    black_box(-0.9432376781882637_f64),
                    black_box(p[1]),
                    black_box([
                        0.39624966809792406_f64,
                        -0.8373692251844054_f64,
                        1.094548262107746_f64,
                        -1.417776548413981_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp50_jvp(
                    black_box(p[0]),
                    black_box(-0.9432376781882637_f64),
                    black_box(p[1]),
                    black_box([
                        0.39624966809792406_f64,
                        -0.8373692251844054_f64,
                        1.094548262107746_f64,
                        -1.417776548413981_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (0.041319450280873915, &[0.9900990099009901, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp51",
            point: &[
                -0.5986798361770248,
                0.5387165420505311,
                -0.8610405356902804,
                -1.0141698100581642,
                -0.755597926873443,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.9081799069448476,
                    w: [
                        -0.6454374767254091,
                        -1.2465704412323906,
                        0.028427332763763122,
                    ],
                    n: 2,
                })
                .rp51(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.9081799069448476,
                    w: [
                        -0.6454374767254091,
                        -1.2465704412323906,
                        0.028427332763763122,
                    ],
                    n: 2,
                })
                .rp51_grad(
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
                    k: -0.9081799069448476,
                    w: [
                        -0.6454374767254091,
                        -1.2465704412323906,
                        0.028427332763763122,
                    ],
                    n: 2,
                })
                .rp51_jvp(
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
                -10.777887740780251,
                &[
                    0.8610405356902804,
                    0.0,
                    7.27119707309327,
                    11.256863632700716,
                    5.138354043859003,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp52",
            point: &[
                0.019566601138749327,
                0.30280524173402334,
                0.7142815294013972,
                0.3425061462043553,
                1.1663828407202483,
                0.7884215778580486,
                -0.9187886628735442,
                -1.1623061010266738,
            ],
            f: |p| {
                let p = black_box(p);
                rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 0.03452140965212103,
                        w: [
                            -0.2635506060295066,
                            -0.32011352818411043,
                            -0.9479830928008098,
                        ],
                        n: 2,
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
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 0.03452140965212103,
                        w: [
                            -0.2635506060295066,
                            -0.32011352818411043,
                            -0.9479830928008098,
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
                let (y, d) = rp52_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: 0.03452140965212103,
                        w: [
                            -0.2635506060295066,
                            -0.32011352818411043,
                            -0.9479830928008098,
                        ],
                        n: 2,
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
                -7.0899301291857295,
                &[1.0314260667799566, 0.0, -3.0, -1.25, 0.0, 12.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                0.20781970636422398,
                0.22262354948304683,
                1.1321619020189286,
                -0.0214073237123073,
                -0.6586159777302426,
                1.1675141058693472,
                -0.29537175822548184,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
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
                let (y, d) = rp53_jvp(
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
                3.9987854983149758,
                &[
                    2.3350282117386945,
                    0.0,
                    1.6038981914456778,
                    0.0,
                    0.0,
                    0.41563941272844795,
                    -0.43688218466651413,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp54",
            point: &[0.10291687225803015],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.26631082365290865,
                    w: [1.2038672667936583, 0.8633726815777939, 0.9005027210776505],
                    n: 2,
                })
                .rp54(
                    black_box(0.4081259260354641_f64),
                    black_box(p[0]),
                    black_box(&[
                        -0.550447855243825_f64,
                        0.30835353764742646_f64,
                        1.0434077941401392_f64,
                        -0.8214493794331885_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.26631082365290865,
                    w: [1.2038672667936583, 0.8633726815777939, 0.9005027210776505],
                    n: 2,
                })
                .rp54_grad(
                    black_box(0.4081259260354641_f64),
                    black_box(p[0]),
                    black_box(&[
                        -0.550447855243825_f64,
                        0.30835353764742646_f64,
                        1.0434077941401392_f64,
                        -0.8214493794331885_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.26631082365290865,
                    w: [1.2038672667936583, 0.8633726815777939, 0.9005027210776505],
                    n: 2,
                })
                .rp54_jvp(
                    black_box(0.4081259260354641_f64),
                    black_box(p[0]),
                    black_box(&[
                        -0.550447855243825_f64,
                        0.30835353764742646_f64,
                        1.0434077941401392_f64,
                        -0.8214493794331885_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (0.6790939455663627, &[1.25]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[
                1.1705989986682577,
                -1.4910162619548515,
                0.46612142370354315,
                -0.4421404359021219,
                0.7410558183491586,
                0.8850187521467511,
            ],
            f: |p| {
                let p = black_box(p);
                rp55(
                    black_box(0.5750648649032367_f64),
                    black_box(p[0]),
                    black_box(1.2927818649465876_f64),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp55_grad(
                    black_box(0.5750648649032367_f64),
                    black_box(p[0]),
                    black_box(1.2927818649465876_f64),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp55_jvp(
                    black_box(0.5750648649032367_f64),
                    black_box(p[0]),
                    black_box(1.2927818649465876_f64),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.008818714001023,
                &[
                    -0.058705401486537044,
                    1.0,
                    0.0,
                    0.0,
                    -0.09500978181399847,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                -1.0407249127801363,
                0.4552032401998832,
                -0.7989842652414805,
                -0.5646124739168408,
                0.9652060472508045,
                -1.347050284569233,
            ],
            f: |p| {
                let p = black_box(p);
                rp56(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp56_grad(
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
                let (y, d) = rp56_jvp(
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
                4.525154990265046,
                &[
                    1.6209276467589553,
                    0.30850722928877317,
                    0.0,
                    -0.5471864416016176,
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
                0.6125650959066015,
                1.1520777433463594,
                -1.0610642739808422,
                0.27797754171942135,
                0.4943989481598166,
            ],
            f: |p| {
                let p = black_box(p);
                rp57(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4085162075947721,
                        w: [0.1458946808173314, -1.3312126151998993, 1.367180555373487],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp57_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4085162075947721,
                        w: [0.1458946808173314, -1.3312126151998993, 1.367180555373487],
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
                    black_box(&[p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -1.4085162075947721,
                        w: [0.1458946808173314, -1.3312126151998993, 1.367180555373487],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                65.85085254285406,
                &[
                    -16.313598589395962,
                    11.619225093469964,
                    -7.306746715115387,
                    0.490031230368083,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[0.531095286835155, -1.2528200993836007],
            f: |p| {
                let p = black_box(p);
                rp58(
                    black_box(-1.2620615327295954_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.3841304337563407_f64,
                        0.6990628975254168_f64,
                        0.8405656650495738_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp58_grad(
                    black_box(-1.2620615327295954_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.3841304337563407_f64,
                        0.6990628975254168_f64,
                        0.8405656650495738_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp58_jvp(
                    black_box(-1.2620615327295954_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![
                        -1.3841304337563407_f64,
                        0.6990628975254168_f64,
                        0.8405656650495738_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (1.2363501323930481, &[3.1243811473406193, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp59",
            point: &[-1.0281295277021614, -0.8467227165527456],
            f: |p| {
                let p = black_box(p);
                rp59(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -0.9558738123454543_f64,
                        -1.4606819518072043_f64,
                        0.5013820272915298_f64,
                    ]),
                    black_box(&Params {
                        k: 0.1194436170067294,
                        w: [0.45536496297120993, 0.22693586200191007, 0.8620712586220037],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp59_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        -0.9558738123454543_f64,
                        -1.4606819518072043_f64,
                        0.5013820272915298_f64,
                    ]),
                    black_box(&Params {
                        k: 0.1194436170067294,
                        w: [0.45536496297120993, 0.22693586200191007, 0.8620712586220037],
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
                    black_box([
                        -0.9558738123454543_f64,
                        -1.4606819518072043_f64,
                        0.5013820272915298_f64,
                    ]),
                    black_box(&Params {
                        k: 0.1194436170067294,
                        w: [0.45536496297120993, 0.22693586200191007, 0.8620712586220037],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (5.490518561316948, &[0.0, -0.14143489547738203]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[
                0.19748618997053574,
                -0.5201780605043267,
                -0.09618284455792528,
                -0.13407729674277616,
                0.5509792143562694,
                1.2886148727904558,
                -0.1584205260035307,
            ],
            f: |p| {
                let p = black_box(p);
                rp60(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9378134807746409,
                        w: [1.4233462245106958, 0.3603678586912596, -0.7327018932667579],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp60_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9378134807746409,
                        w: [1.4233462245106958, 0.3603678586912596, -0.7327018932667579],
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
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9378134807746409,
                        w: [1.4233462245106958, 0.3603678586912596, -0.7327018932667579],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box([t[3], t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.0305294604367816,
                &[
                    0.0,
                    1.62867341706135,
                    0.5509792143562694,
                    0.0,
                    -0.09618284455792528,
                    0.25,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                -1.0545508471956635,
                0.8866810365669865,
                1.1856069305699297,
                0.32273722484899703,
                0.7727155691416291,
                0.5646689725983141,
                1.2519369018169035,
            ],
            f: |p| {
                let p = black_box(p);
                rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp61_grad(
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
                let (y, d) = rp61_jvp(
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
                1.304139763356209,
                &[
                    -0.31240571570851805,
                    1.0108879385096903,
                    0.3546724146267946,
                    0.0,
                    0.0,
                    -0.5391153831450811,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[-1.1814713029721138, -0.5892189859538538],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.7762273749871549,
                    w: [1.39700013962202, -1.0497883740708882, -0.7975195023538573],
                    n: 3,
                })
                .rp62(
                    black_box(-0.7649530513463607_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.4994606659068972_f64,
                        -0.03862229175220283_f64,
                        -0.4026161784935485_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.7762273749871549,
                    w: [1.39700013962202, -1.0497883740708882, -0.7975195023538573],
                    n: 3,
                })
                .rp62_grad(
                    black_box(-0.7649530513463607_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.4994606659068972_f64,
                        -0.03862229175220283_f64,
                        -0.4026161784935485_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.7762273749871549,
                    w: [1.39700013962202, -1.0497883740708882, -0.7975195023538573],
                    n: 3,
                })
                .rp62_jvp(
                    black_box(-0.7649530513463607_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[
                        1.4994606659068972_f64,
                        -0.03862229175220283_f64,
                        -0.4026161784935485_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (4.597097567266418, &[4.124024021015565, 0.9354520923073448]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[
                0.36620030430068523,
                -1.3773621263622793,
                0.17804662756997125,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.05461122743244755,
                    w: [1.2090966920228583, 1.131754880624831, 0.9796917912319679],
                    n: 3,
                })
                .rp63(
                    black_box(-0.0375585214069182_f64),
                    black_box(-1.132831559429787_f64),
                    black_box(0.33260326865853823_f64),
                    black_box(&[p[0], p[1], p[2]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.05461122743244755,
                    w: [1.2090966920228583, 1.131754880624831, 0.9796917912319679],
                    n: 3,
                })
                .rp63_grad(
                    black_box(-0.0375585214069182_f64),
                    black_box(-1.132831559429787_f64),
                    black_box(0.33260326865853823_f64),
                    black_box(&[p[0], p[1], p[2]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.05461122743244755,
                    w: [1.2090966920228583, 1.131754880624831, 0.9796917912319679],
                    n: 3,
                })
                .rp63_jvp(
                    black_box(-0.0375585214069182_f64),
                    black_box(-1.132831559429787_f64),
                    black_box(0.33260326865853823_f64),
                    black_box(&[p[0], p[1], p[2]]),
                    black_box(&[t[0], t[1], t[2]]),
                );
                (y as f64, d as f64)
            },
            expected: (-1.076929727679149, &[0.0, 1.0, 0.7931702857294978]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
