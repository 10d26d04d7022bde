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
static RP00_K1: usize = 2;
#[differentiate]
fn rp00(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = f64::hypot(2.0_f64, b);
    if x[0] < a {
        return x[0].mul_add(b.atan(), x[1]);
    }
    {
        let (v2, v3) = (((((RP00_K0) as f32).sin() as f64) + 0.5), x[1]);
        if x[2].cos() >= (2.0 / (b * b + 1.0)) {
            v1 += (if true { x[2].signum() } else { c });
            let mut arr4 = [0.0_f64; 3];
        } else {
        }
    }
    for i5 in 0..3 {
        {
            v1 -= ((i5 as f64) % ((i5 as f64) * (i5 as f64) + 0.5));
            if true {
                return (v1.cos() * 0.5).acos();
            }
        }
        if v1 >= 2.0 {
        } else {
        }
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        for (i8, e9) in x.iter().enumerate() {
            let (v10, v11) = (x[0], x[0]);
            v1 += ((x[2] - (RP00_K1 as f64)) % ((i7 as f64) * (i7 as f64) + 0.5));
        }
        {
            let (v12, v13): (f64, f64) = (
                ((a * (((i7 + 1) % 3) as f64)) / (2.0_f64.hypot(0.1) * 2.0_f64.hypot(0.1) + 1.0)),
                3.0,
            );
            v1 = (a - (RP00_K1 as f64));
        }
    }
    (a + p.w[2]).atan2((2.0_f64.powi(2) * 0.25) * (2.0_f64.powi(2) * 0.25) + 0.5) + v1
}

const RP01_N: usize = 3;
#[differentiate]
fn rp01_h1(s0: f64, s1: f64) -> (f64, f64) {
    let mut arr1 = [0.0_f64; 3];
    ((s1 - 1.5) + arr1[0] + arr1[1] + arr1[2], ((-s1) * 0.25))
}
impl Params {
    #[differentiate]
    fn rp01_h0(&self, y0: [f64; 3], y1: [f64; 3], y2: [f64; 3]) -> f64 {
        (((2.0) as f32).sin() as f64)
    }
}
#[differentiate(wrt(a, b, x))]
fn rp01(a: f64, b: f64, c: f64, x: [f64; RP01_N], p: &Params) -> f64 {
    let mut v1 = (x[1] + a);
    let mut v2 = (0.25_f64.mul_add(b, (x.len() as f64)) / (b * b + 1.0));
    for &e3 in x.iter() {
        v2 *= e3.signum();
    }
    v2 = (b + a);
    if p.rp01_h0([x[0], 0.5, -1.0], x, x) >= (v1 * v1 + 1.5).log(x[2] * x[2] + 2.0) {}
    if p.rp01_h0([0.25, 0.5, -1.0], x, x) <= 1.0 {
    } else if true {
    } else {
        for i4 in 0..x.len() {
            if 0.25 >= p.rp01_h0(x, [((i4 * 2 + 1) as f64), 0.5, -1.0], x) {
                return p.rp01_h0(
                    x,
                    x,
                    [
                        (if (x[i4] < x[2] && v2 > p.w[0]) {
                            v2
                        } else {
                            v2
                        }),
                        0.5,
                        -1.0,
                    ],
                );
            }
            v1 = p.rp01_h0(x, x, [(((i4 + 1) % 3) as f64), 0.5, -1.0]);
            let mut arr5 = [0.0_f64; 3];
        }
        let v2 = (x[2] * x[2]).ln_1p().tanh().tan();
    }
    let v6 = (if c >= 1.0 {
        (f64::from(3u8) * 0.5)
    } else {
        0.25
    });
    (p.w[1].mul_add(0.25, 0.25) - (-v1)) + v1 + v2 + v6
}

#[differentiate]
fn rp02_h0(y0: [f64; 3], y1: [f64; 3], y2: [f64; 3]) -> [f64; 3] {
    if 1.0 >= y0[1] {
        if (1.0 - 1.0) < 1.0_f64.ceil() {
            return [y2[0].mul_add(y1[0], 1.0), y2[0].mul_add(y1[0], 1.0), 0.5];
        }
    } else if 0.1 > 1.0 {
        if (1.0 > 1.0_f64.mul_add(1.0, 0.5) && 2.0 >= 0.25) {
            return [
                (if 1.5 <= 1.0 { 1.5 } else { 1.5 }),
                (if 1.5 <= 1.0 { 1.5 } else { 1.5 }),
                0.5,
            ];
        }
    } else {
        let mut arr1 = [0.0_f64; 3];
    }
    [
        (1.5 * 2.0),
        ((if 1.0 < 0.25 { 1.5_f64 } else { (-1.25_f64) })
            * (if 1.0 < 0.25 { 1.5_f64 } else { (-1.25_f64) })
            + 0.5)
            .powf((((1.0) as f32).sin() as f64).tanh()),
        y2[1].tanh(),
    ]
}
#[differentiate]
fn rp02(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (-b);
    let mut v2: f64 = (0.25 - 3.0);
    let mut v3 = (x[1] % (0.25 * 0.25 + 0.5));
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        let i5 = k4;
        k4 += 1;
        let (v6, v7) = (
            (v2 / ((-1.25) * (-1.25) + 1.0)),
            ((c + (-1.25)) - (0.25 * 0.25)),
        );
        for i8 in 0..3 {}
        if true {
            v2 -= (-(x[i5] * x[i5]));
        } else if true {
            let (v9, v10): (f64, f64) = (x[1].tanh().to_degrees(), (2.0 + (-2.0)));
        } else {
        }
    }
    (x[1] / ((-0.75) * (-0.75) + 1.0)) + v1 + v2 + v3
}

const RP03_K0: f64 = 2.0;
static RP03_K1: f64 = 1.5;
const RP03_K2: usize = 3;
impl Params {
    #[differentiate]
    fn rp03(&self, a: f64, b: f64, c: f64, x: &Vec<f64>) -> f64 {
        let mut v1 = b.cos().exp2();
        let mut v2 = RP03_K0;
        let v3 = (a / (x[1] * x[1] + 1.0));
        v2 += f64::acosh((v1 * v1 + 1.5));
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            if f64::cos(v1) >= RP03_K1 {
            } else {
                let v6 = (((i5 + 1) % 3) as f64);
                let mut arr7 = [0.0_f64; 3];
            }
            if b > ((((i5 + 1) % 3) as f64) / (((i5 * 2 + 1) as f64) * ((i5 * 2 + 1) as f64) + 1.0))
            {
            } else {
                v1 *= (x[i5] - c);
            }
        }
        v1 += (f64::ln((b * b + 1.0)) / (c.sin().exp_m1() * c.sin().exp_m1() + 1.0));
        v2.tanh().to_degrees() + v1 + v2 + v3
    }
}

const RP04_K0: [f64; 3] = [(-1.25), 2.0, (-1.25)];
static RP04_K1: [f64; 3] = [2.0, (-0.75), (-0.75)];
const RP04_K2: [f64; 3] = [1.5, (-0.75), (-1.25)];
const RP04_K3: usize = 3;
#[differentiate]
fn rp04(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = RP04_K2[1].tanh();
    let mut v2 = (((p.k) as f32).sin() as f64);
    v2 *= v2.hypot(a);
    (b - c.mul_add(3.0, RP04_K2[0])) + v1 + v2
}

const RP05_K0: f64 = 0.5;
const RP05_K1: f64 = (-1.25);
const RP05_K2: [f64; 3] = [0.1, 2.0, 1.0];
#[differentiate]
fn rp05(a: f64, b: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = ((b + RP05_K2[0]) * (a * a + 0.5).powf(a.tanh()));
    let mut arr2 = [0.0_f64; 3];
    {
        let mut v3 = (RP05_K0 / (2.0 * 2.0 + 1.0));
        v1 += f64::cos(RP05_K2[0]);
        if RP05_K2[0] > 0.1 {
            arr2[1] *= 0.25_f64.cos().abs();
        } else if !(v1.tanh().cosh() > 2.0) {
            arr2[1] += v1;
        } else {
            v1 += v3.mul_add(p.w[1], 2.0);
        }
    }
    (b * x[1]) + v1 + arr2[0] + arr2[1] + arr2[2]
}

static RP06_K0: [f32; 3] = [3.0_f32, (-1.25_f32), 0.25_f32];
#[differentiate]
fn rp06_h0(s0: f32, s1: f32) -> Vec<f32> {
    let mut out = vec![0.0_f32; 3];
    out[0] = (-2.0_f32);
    out[1] = ((5.0_f32.sqrt() - 2.0_f32) * 2.0_f32);
    out[2] = s0.sin();
    out
}
impl Params {
    #[differentiate]
    fn rp06(&self, a: f32, b: f32, c: f32, x: &Vec<f32>) -> f32 {
        let mut v1 = (f32::hypot(c, (2.0_f32.powi(2) * 0.25_f32))
            * f32::hypot(c, (2.0_f32.powi(2) * 0.25_f32))
            + 0.5_f32)
            .powf(x[1].tanh());
        let mut v2 = f32::acos(
            ((std::f32::consts::PI * std::f32::consts::PI + 1.5_f32)
                .acosh()
                .cos()
                * 0.5_f32),
        );
        let mut w3: Vec<f32> = rp06_h0(
            x[1],
            (if 2.0_f32 < v1 {
                1.0_f32
            } else {
                (self.w[1] as f32)
            }),
        );
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            let i5 = k4;
            k4 += 1;
            v2 /= (a.mul_add(std::f32::consts::PI, (self.k as f32)) / (w3[i5] * w3[i5] + 1.0_f32))
                * (a.mul_add(std::f32::consts::PI, (self.k as f32)) / (w3[i5] * w3[i5] + 1.0_f32))
                + 1.0_f32;
            for &e6 in w3.iter() {}
            if ((c * (-1.25_f32)) > (-(-1.25_f32)) && b > x[0]) {
                v1 = (5.0_f32.sqrt() - 2.0_f32);
            } else if (v1 * 0.5_f32) >= x[1] {
                let mut w7 = rp06_h0(
                    v2,
                    x[i5].atan2((w3[0] + RP06_K0[i5]) * (w3[0] + RP06_K0[i5]) + 0.5_f32),
                );
            } else {
                let mut arr8 = [[0.0_f32; 3]; 3];
                v2 -= (v1 * v1 + 1.5_f32).log((self.w[0] as f32) * (self.w[0] as f32) + 2.0_f32);
            }
        }
        f32::powi(((self.n as f32) * (self.n as f32) + 1.0_f32), -2)
            + v1
            + v2
            + w3[0]
            + w3[1]
            + w3[2]
    }
}

const RP07_K0: f64 = 1.0;
static RP07_K1: i32 = 0;
const RP07_K2: f64 = 3.0;
const RP07_K3: i32 = -1;
#[differentiate]
fn rp07_h0(y0: &[f64], y1: &[f64]) -> [f64; 3] {
    if !((2.0_f64 * 2.0_f64 + 0.5).powf(1.0_f64.tanh()) < y1[0]) {
        let mut v1: f64 = 1.0;
    }
    if y1[1] < 1.0 {
        let mut v2 = (((1.0) as f32).sin() as f64);
    } else if (1.0 * y1[0]) > (RP07_K1 as f64) {
    } else {
        let mut v3 = (RP07_K1 as f64).hypot((-0.75));
    }
    [
        ((y1[1] + (RP07_K1 as f64)).sin() * 0.5).atanh(),
        y0[1].fract(),
        1.0,
    ]
}
#[differentiate]
fn rp07(a: f64, b: f64, x: &Vec<f64>, p: &Params) -> f64 {
    let mut v1: f64 = 1.0;
    let mut v2 = x[1];
    let mut arr3 = [0.0_f64; 3];
    for i4 in 0..=2 {
        v2 -= (a + f64::max(v2, (((i4 + 1) % 3) as f64)).mul_add(x[i4], v1));
        v1 -= f64::ln((v1 * v1 + 1.0));
    }
    if a < (-1.25) {
        arr3[0] /= (v1 * b) * (v1 * b) + 1.0;
        for i5 in 1..3 {
            if (RP07_K0 + v2) > (5.0_f64.sqrt() - 2.0) {
                return f64::sqrt((1.0_f64 * 1.0_f64 + 0.5));
            }
            let mut w6: [f64; 3] = rp07_h0(x, &arr3);
            let v7 = (((i5 * 2 + 1) as f64) - RP07_K0);
        }
    }
    let mut k8 = 0usize;
    loop {
        if k8 >= 3 {
            break;
        }
        let i9 = k8;
        k8 += 1;
        for i10 in 0..3 {}
    }
    f64::max(0.25_f64, 2.0) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

const RP08_K0: usize = 1;
#[differentiate]
fn rp08_h0(s0: f64, y1: &[f64], y2: [f64; 3]) -> [f64; 3] {
    [
        s0,
        (RP08_K0 as f64).cos(),
        ((-1.25_f64).mul_add((RP08_K0 as f64), (-1.25)) - s0),
    ]
}
#[differentiate]
fn rp08(a: f64, b: f64, c: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = (a - x[2]);
    let mut v2 = std::f64::consts::PI;
    let mut arr3: [f64; 3] = [(RP08_K0 as f64), v1, b];
    let mut w4: [f64; 3] = rp08_h0(v1.sin().exp(), &arr3, arr3);
    ((-1.25) / ((c / (v1 * v1 + 1.0)) * (c / (v1 * v1 + 1.0)) + 1.0))
        + v1
        + v2
        + arr3[0]
        + arr3[1]
        + arr3[2]
        + w4[0]
        + w4[1]
        + w4[2]
}

const RP09_K0: f64 = 2.0;
static RP09_K1: f64 = 0.25;
const RP09_K2: usize = 1;
const RP09_K3: f64 = 3.0;
impl Params {
    #[differentiate]
    fn rp09(&self, a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, m: &[[f64; 2]; 2]) -> f64 {
        let mut v1 = RP09_K0;
        let mut v2 = (if 1.0 <= c {
            self.k
        } else {
            std::f64::consts::PI
        });
        for i3 in 1..3 {}
        if x[3] >= self.w[1].mul_add(a, (self.n as f64)) {
            v1 = (((std::f64::consts::PI) as f32).sin() as f64);
        } else {
            for i4 in 0..RP09_K2 {}
            let mut k5 = 0usize;
            loop {
                if k5 >= 3 {
                    break;
                }
                let i6 = k5;
                k5 += 1;
                v1 += x[i6].mul_add(a, RP09_K3);
            }
            let mut arr7: [f64; 3] = [0.0; 3];
        }
        v2 = (f64::from(3u8) * 0.5);
        let mut arr8: [f64; 3] = [
            (RP09_K2 as f64),
            b,
            ((RP09_K2 as f64) * (RP09_K2 as f64) + 0.5).log2(),
        ];
        arr8[1] += (RP09_K3 - a);
        (c * c + 0.5).log10() + v1 + v2 + arr8[0] + arr8[1] + arr8[2]
    }
}

const RP10_K0: f64 = 3.0;
const RP10_K1: f64 = 0.25;
const RP10_K2: f64 = 1.0;
#[differentiate]
fn rp10(a: f64, b: f64, c: f64, d: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = d.mul_add(std::f64::consts::FRAC_1_SQRT_2, (RP10_K2 * x[0]));
    let mut v2 = (b * d);
    for i3 in 0..3 {
        if (c >= RP10_K1 || (RP10_K2 * c) > f64::sqrt((d * d + 0.5))) {
            return x[2];
        }
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
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
            v1 = (v1 % (a * a + 0.5));
            v1 /= ((i9 as f64) + RP10_K0) * ((i9 as f64) + RP10_K0) + 1.0;
            let (v10, v11) = (f64::min(x[0], d), (c + RP10_K0));
        }
        v2 = RP10_K2;
        v2 = 0.1_f64.min((p.n as f64));
    }
    let mut a = (2.0 * x[1]).mul_add(x[0], c);
    (((v2.sin()) as f32).sin() as f64) + v1 + v2 + a
}

const RP11_K0: [f64; 3] = [3.0, 0.1, 0.1];
const RP11_K1: f64 = (-1.25);
static RP11_K2: f64 = 0.25;
const RP11_K3: usize = 3;
#[differentiate(wrt(b, d))]
fn rp11(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = f64::powf(
        (a.mul_add(x[0], b) * a.mul_add(x[0], b) + 0.5),
        RP11_K0[2].tanh(),
    );
    let mut v2 = v1.max(2.0);
    {}
    let v3 = (2.0_f64 * 2.0_f64 + 1.0).recip();
    v2 = f64::powf((1.0_f64 * 1.0_f64 + 0.5), RP11_K0[0].tanh());
    if a > (((x[1]) as f32).sin() as f64) {
        return (a % (RP11_K0[1] * RP11_K0[1] + 0.5));
    }
    v2 -= (RP11_K0[1] + (1.5 + 1.5));
    v2 + v1 + v2 + v3
}

const RP12_N: usize = 4;
#[differentiate]
fn rp12(a: f64, b: f64, c: f64, x: &[f64; RP12_N], p: &Params) -> f64 {
    let mut v1 = (if 0.25 <= x[3] { (x[2] - b) } else { 0.25 });
    if (5.0_f64.sqrt() - 2.0) < (a * (5.0_f64.sqrt() - 2.0)) {
        v1 = x[3].asinh();
    } else if (b.to_radians() < 0.25 || c >= b) {
        for i2 in 0..3 {}
    } else {
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            v1 *= (0.25_f64.sin().exp_m1() / (0.25 * 0.25 + 1.0));
            v1 += (c * c + 0.5).powf(v1.tanh());
        }
        for i5 in 0..3 {}
    }
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
        let mut arr8 = [[0.0_f64; 3]; 3];
        for e9 in x.iter() {
            arr8[1][0] += (if (v1 <= (-1.25) || (-1.25) <= v1) {
                (p.n as f64)
            } else {
                arr8[0][i7]
            });
            v1 *= (x[2] - f64::powi((*e9), 2));
        }
    }
    if ((p.n as f64).sin() * 0.5).asin() < 2.0 {
    } else if 3.0 <= (x.len() as f64) {
        if (x[1] * x[1] + 0.5).log2() > c.mul_add(c, std::f64::consts::PI) {}
        let mut k10 = 0usize;
        while k10 < 3 {
            let i11 = k10;
            k10 += 1;
        }
    } else {
        if v1.tanh().cosh() < (x[2] - 2.0) {
            v1 = 0.1;
            v1 -= (x[1] - f64::min(x[2], a));
            v1 -= 1.0_f64.atan2(0.25 * 0.25 + 0.5);
        }
        if (-(2.0_f64.powi(2) * 0.25)) < (-1.25) {
            v1 *= ((-0.75) * x[3]);
        }
        if (v1).is_sign_negative() {
            let mut arr12: Vec<f64> = vec![0.0; x.len()];
        } else {
            v1 += c.mul_add(2.0, p.w[1]);
        }
    }
    for i13 in 0..p.n {
        let (v14, v15) = ((c * c + 0.5).log10(), (b * c));
        for e16 in x.iter() {}
        if 0.25 < b.sin() {
            continue;
        }
    }
    ((-1.0_f64).sin() * 0.5).atanh() + v1
}

static RP13_K0: [f32; 3] = [0.5_f32, 1.5_f32, 3.0_f32];
const RP13_K1: usize = 2;
const RP13_K2: [f32; 3] = [(-0.75_f32), 1.0_f32, 0.5_f32];
const RP13_K3: usize = 3;
impl Params {
    #[differentiate]
    fn rp13_h0(&self, n0: usize, s1: f32) -> f32 {
        if s1 < RP13_K2[1] {
            let mut arr1: [f32; 3] = [
                (self.n as f32),
                (RP13_K2[0] - (5.0_f32.sqrt() - 2.0_f32)),
                f32::atanh((s1.sin() * 0.5_f32)),
            ];
        }
        for i2 in 0..n0 {
            if 0.1_f32 < (s1 * RP13_K2[2]) {
                return f32::powf(((i2 as f32) * (i2 as f32) + 0.5_f32), RP13_K0[i2].tanh());
            }
            let mut v3 = RP13_K0[i2];
        }
        ((self.n as f32) / ((s1 * 0.5_f32) * (s1 * 0.5_f32) + 1.0_f32))
    }
}
#[differentiate(wrt(a, b, c))]
fn rp13(a: f32, b: f32, c: f32, d: f32, x: [f32; 3], p: &Params) -> f32 {
    let mut v1 = (0.5_f32 % (a * a + 0.5_f32));
    let mut c = (d / (RP13_K0[1] * RP13_K0[1] + 1.0_f32));
    a.mul_add(RP13_K0[1], b) + v1 + c
}

static RP14_K0: f64 = 0.5;
static RP14_K1: f64 = 1.0;
static RP14_K2: f64 = 0.25;
static RP14_K3: [f64; 3] = [(-0.75), 3.0, (-0.75)];
#[differentiate]
fn rp14(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (if x[1] < a { 1.5 } else { x[1] });
    for i2 in (0..=2).rev() {
        let mut arr3: [f64; 3] = [f64::mul_add(v1, a, 1.5), 3.0_f64.cos(), 3.0];
        #[checkpoint(every = 2)]
        for e4 in x {
            let mut arr5 = [0.0_f64; 3];
            if b <= a {
                continue;
            }
            v1 += (1.5 + e4);
        }
    }
    if (1.5 > 1.5 || v1 > b) {}
    let mut k6 = 0usize;
    while k6 < 3 {
        let i7 = k6;
        k6 += 1;
        #[checkpoint(every = 1)]
        for i8 in 0..2 {}
        let mut v9: f64 = (std::f64::consts::PI.sin() * 0.5).atanh().abs();
    }
    2.0 + v1
}

static RP15_K0: f64 = (-0.75);
static RP15_K1: [f64; 3] = [(-1.25), (-1.25), 0.1];
static RP15_K2: usize = 2;
static RP15_K3: f64 = 1.5;
#[differentiate]
fn rp15_h0(s0: f64, s1: f64, y2: &[f64]) -> [f64; 3] {
    let mut v1 = f64::powi((s0 * s0 + 1.0), 2);
    let (v2, v3) = (RP15_K3, RP15_K3);
    [
        (RP15_K0 * RP15_K0 + 1.0).ln() + v1 + v2 + v3,
        f64::log2((s1 * s1 + 0.5)),
        v3,
    ]
}
#[differentiate]
fn rp15(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (b + b);
    let mut v2 = RP15_K1[1];
    let v3 = (if 0.5 > RP15_K1[0] { x[1] } else { (b - 1.5) });
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
        v2 -= (if 0.5 <= 1.0 {
            std::f64::consts::FRAC_1_SQRT_2.min(c)
        } else {
            (c * RP15_K1[2])
        });
    }
    a + v1 + v2 + v3
}

const RP16_K0: [f32; 3] = [2.0_f32, 1.5_f32, 3.0_f32];
const RP16_K1: f32 = 2.0_f32;
static RP16_K2: i32 = -1;
static RP16_K3: f32 = 2.0_f32;
#[differentiate]
fn rp16_h0(s0: f32) -> Vec<f32> {
    let mut out = vec![0.0_f32; 3];
    out[0] = RP16_K3.mul_add(RP16_K0[1], 1.5_f32);
    out[1] = s0.asinh();
    out[2] = s0;
    out
}
mod rp16_m {
    use super::*;

    #[differentiate]
    pub fn rp16_h1(y0: &[f32]) -> (f32, f32) {
        for i1 in 0..=2 {}
        for i2 in 0..3 {}
        if 1.0_f32 < 2.0_f32 {
            let mut arr3 = RP16_K0;
        } else {
        }
        (
            f32::cbrt((RP16_K3 * RP16_K3 + 0.5_f32)),
            (1.0_f32 / (1.0_f32 * 1.0_f32 + 1.0_f32)),
        )
    }
}
#[differentiate]
fn rp16(a: f32, b: f32, x: &[f32], q: bool, p: &Params) -> f32 {
    let mut v1 = (RP16_K0[1] - x[0]);
    let mut v2 = RP16_K0[0].atan2(
        f32::mul_add(0.25_f32, std::f32::consts::FRAC_1_SQRT_2, RP16_K1)
            * f32::mul_add(0.25_f32, std::f32::consts::FRAC_1_SQRT_2, RP16_K1)
            + 0.5_f32,
    );
    #[checkpoint]
    for i3 in 0..3 {
        if (((i3 + 1) % 3) as f32) <= a.abs() {}
        if !(b
            > (if RP16_K0[2] <= x[0] {
                RP16_K0[2]
            } else {
                RP16_K0[2]
            }))
        {
        } else if (b + 0.25_f32) >= ((i3 as f32) + RP16_K0[0]) {
        } else {
            v2 = (if (RP16_K0[i3] >= RP16_K0[i3] || b > x[i3]) {
                3.0_f32
            } else {
                (x[i3] + RP16_K0[i3])
            });
            let mut v4: f32 = (if b >= v1 { f32::sin(a) } else { x[0] });
        }
    }
    if (RP16_K0[1] < f32::log10((a * a + 0.5_f32)) || ((p.k as f32) - 2.0_f32) > 0.1_f32) {
    } else if !((RP16_K2 as f32) > b) {
        v1 *= ((x.len() as f32) + x[2]);
    } else {
        if !(x[1] >= RP16_K3) {
            return (RP16_K2 as f32);
        }
        {
            let v5 = (x[1] - v1);
        }
    }
    v2 = a;
    (x[1] - b) + v1 + v2
}

static RP17_K0: f64 = (-0.75);
const RP17_K1: f64 = (-0.75);
#[differentiate]
fn rp17(a: f64, b: f64, c: f64, d: f64, x: [f64; 4], p: &Params) -> f64 {
    let mut v1 = f64::fract((p.n as f64).floor());
    let mut v2 = x[1].cos();
    let mut v3 = v1;
    let v4 = x[1].min((x[2] - d));
    x[3].sin().exp_m1() + v1 + v2 + v3 + v4
}

static RP18_K0: [f64; 3] = [0.1, (-0.75), 2.0];
const RP18_K1: f64 = 1.5;
static RP18_K2: f64 = 1.5;
#[differentiate]
fn rp18_h0(s0: f64, n1: usize) -> [f64; 3] {
    [(RP18_K0[2] + 0.5), (-2.0), (RP18_K0[1].sin() * 0.5).atanh()]
}
#[differentiate]
fn rp18_h1(s0: f64, s1: f64, y2: &[f64]) -> (f64, f64) {
    if s0 >= RP18_K0[1] {
    } else {
        let mut v1 = ((y2[1] - y2[1]) + RP18_K2);
        v1 = RP18_K1;
    }
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
    }
    ((2.0 * y2[0]), (((s1) as f32).sin() as f64))
}
#[differentiate(wrt(a, d))]
fn rp18(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (1.0 / (a * a + 1.0)).mul_add(x[1], c);
    let mut v2 = RP18_K1;
    for i3 in (0..=2).rev() {
        if RP18_K0[i3] > RP18_K0[i3] {}
    }
    let mut arr4: [f64; 3] = [0.0; 3];
    {
        let mut w5 = rp18_h0(1.5, 3);
    }
    let mut k6 = 0usize;
    loop {
        if k6 >= 3 {
            break;
        }
        let i7 = k6;
        k6 += 1;
    }
    (RP18_K2 * RP18_K2 + 1.5).log(0.1 * 0.1 + 2.0) + v1 + v2 + arr4[0] + arr4[1] + arr4[2]
}

#[differentiate(wrt(b, c))]
fn rp19(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>, q: bool, p: &Params) -> f64 {
    let mut v1 = c;
    let mut v2: f64 = 0.25;
    if (std::f64::consts::PI * x[1]) < 0.25 {
        if (0.25 > (f64::from(3u8) * 0.5) || v2 < d.hypot(x[2])) {}
    } else {
    }
    f64::mul_add(x[2], 0.25, v2.fract()) + v1 + v2
}

#[differentiate]
fn rp20_h0(s0: f64) -> f64 {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    for i3 in 0..2 {
        let mut v4: f64 = (0.5 - 0.5);
        v4 = (-0.25);
    }
    (f64::exp(s0.sin()) * (0.5 * 0.5))
}
#[differentiate]
fn rp20_h1(y0: &[f64], s1: f64, y2: &[f64]) -> [f64; 3] {
    [
        (s1 - 2.0),
        (if s1 < (f64::from(3u8) * 0.5) { s1 } else { 2.0 }),
        (1.5 / (s1 * s1 + 1.0)),
    ]
}
#[differentiate]
fn rp20(a: f64, b: f64, x: &[f64], q: bool) -> f64 {
    let mut v1 = x[1].fract();
    let mut v2 = (a * a + 0.5).log10();
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
            let (v7, v8): (f64, f64) = (0.25, 0.25);
            let v9: f64 = f64::mul_add((0.25 / (v1 * v1 + 1.0)), 1.5, x[i6]);
        }
        if (rp20_h0(x[1]) > v2 || 0.25 < v1.tanh()) {}
        #[checkpoint]
        for i10 in 0..2 {
            let (v11, v12) = (
                (((rp20_h0((((i10 + 1) % 3) as f64))) as f32).sin() as f64),
                rp20_h0((-v2)),
            );
            let (v13, v14) = (b.mul_add(v12, 1.5), rp20_h0(x[2]));
        }
    }
    {}
    (3.0 / (x[0] * x[0] + 1.0)) + v1 + v2
}

static RP21_K0: f64 = (-1.25);
static RP21_K1: usize = 3;
const RP21_K2: i32 = 1;
#[differentiate]
fn rp21_h0(s0: f64, y1: [f64; 3], y2: [f64; 3]) -> f64 {
    for i1 in (0..=2).rev() {
        let mut v2 = ((i1 as f64) + y1[i1]);
    }
    y1[0]
}
impl Params {
    #[differentiate]
    fn rp21(&self, a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
        let mut v1 = f64::mul_add(c, c, x[2]);
        let mut arr2 = [[0.0_f64; 3]; 3];
        if (RP21_K2 as f64) < (((a) as f32).sin() as f64) {}
        v1 *= v1.cos();
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            v1 = (v1 * v1.mul_add(x[3], (if 3.0 > d { RP21_K0 } else { b })));
        }
        ((if (RP21_K1 as f64) >= (RP21_K1 as f64) {
            arr2[0][1]
        } else {
            (v1 * v1 + 0.5).powf(RP21_K0.tanh())
        }) + (x[1] * x[0]))
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
}

#[differentiate]
fn rp22_h0(y0: &[f64], n1: usize) -> f64 {
    {
        let mut v1 = (y0[1] - 1.0).sin();
        let mut arr2: Vec<f64> = vec![0.0; 3];
    }
    if !(y0[1] > 1.0) {
    } else if !(1.0_f64).is_nan() {
    } else {
        let (v3, v4): (f64, f64) = ((if y0[2] > 0.25 { 2.0 } else { 1.0 }), (1.5 - 1.0));
    }
    (if 1.5 <= 1.5 {
        (1.0 - std::f64::consts::FRAC_1_SQRT_2)
    } else {
        y0[0]
    })
}
#[differentiate]
fn rp22(a: f64, b: f64, c: f64, d: f64, x: &[f64], m: [[f64; 2]; 2], q: bool) -> f64 {
    let mut v1 = (if (1.5 <= x[2] || a > c) { 1.5 } else { x[1] });
    let mut v2 = f64::acos((0.25_f64.cos() * 0.5));
    for i3 in 0..2 {
        for i4 in (0..3).rev() {
            v2 /= (x[3] * x[i4]) * (x[3] * x[i4]) + 1.0;
            v1 += f64::hypot(
                m[0][i4 % 2],
                (if b < d {
                    std::f64::consts::FRAC_1_SQRT_2
                } else {
                    c
                }),
            );
            let mut arr5 = [0.0_f64; 3];
        }
        if (f64::mul_add(c, a, m[0][i3 % 2]) <= 0.25 && v2 <= 1.5) {
            v2 += (x[i3] * 0.25);
            v1 = (-0.75);
        }
    }
    if ((-b) <= (v1 * c) || c <= m[1][0]) {
        v2 += rp22_h0(x, 3);
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let i7 = k6;
            k6 += 1;
        }
        let mut arr8: [f64; 3] = [
            d,
            (3.0_f64 * 3.0_f64 + 1.5)
                .log((x[1] * x[1] + 0.5).sqrt() * (x[1] * x[1] + 0.5).sqrt() + 2.0),
            2.0_f64.max(2.0),
        ];
    } else if !(f64::powf((0.25_f64 * 0.25_f64 + 0.5), v2.tanh()) < 2.0) {
        if 1.5 >= rp22_h0(x, 3) {}
    } else {
    }
    (x[3] / (2.0 * 2.0 + 1.0)).tanh() + v1 + v2
}

static RP23_K0: f64 = 0.5;
static RP23_K1: usize = 1;
static RP23_K2: [f64; 3] = [1.0, (-1.25), 1.5];
static RP23_K3: usize = 1;
#[differentiate]
fn rp23_h0(n0: usize, y1: [f64; 3], n2: usize) -> (f64, f64) {
    let mut v1 = (1.0 + y1[1]);
    (
        (v1 * v1 + 1.0).powi(2) + v1,
        ((RP23_K3 as f64)
            - (if (RP23_K1 as f64) > 3.0 {
                RP23_K2[2]
            } else {
                2.0
            })),
    )
}
mod rp23_m {
    use super::*;

    #[differentiate]
    pub fn rp23_h1(s0: f64, n1: usize) -> [f64; 3] {
        if 2.0 <= (f64::from(3u8) * 0.5) {
        } else if (1.5_f64.floor() < RP23_K0 && (RP23_K2[1] * s0) > RP23_K2[0]) {
        } else {
        }
        if 1.5_f64.min(std::f64::consts::FRAC_1_SQRT_2) < (RP23_K2[1] + s0) {
        } else if (RP23_K2[2] - s0).is_sign_negative() {
        } else {
        }
        [
            (((RP23_K2[1]) as f32).sin() as f64),
            (f64::from(3u8) * 0.5),
            (std::f64::consts::PI + 0.5),
        ]
    }
}
#[differentiate]
fn rp23(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (((2.0) as f32).sin() as f64);
    let mut v2 = (std::f64::consts::FRAC_1_SQRT_2 - a);
    if (if (f64::from(3u8) * 0.5) >= a {
        RP23_K2[1]
    } else {
        c
    }) < (if x[1] <= 1.5 { 2.0 } else { RP23_K2[0] })
    {
    } else if (3.0 + c) >= x[0].mul_add(RP23_K2[1], b) {
        if 2.0_f64.signum() < x[2] {
            let (u3, u4) = rp23_h0(2, RP23_K2, RP23_K1);
        } else if true {
            v1 *= (x[1] + c);
        } else {
            v1 -= (0.25 * RP23_K2[2]).powi(2);
        }
        let (v5, v6) = (b.powi(2), (-(v1.cos() * 0.5).acos()));
    } else {
        if (0.1_f64).is_sign_negative() {
        } else if (-0.75) >= c {
            let mut w7 = rp23_m::rp23_h1((-v2), 3);
            v2 = f64::hypot(x[1], v2);
        } else {
            v2 = RP23_K0;
            let v8 = 3.0_f64.atan().mul_add(
                (RP23_K1 as f64),
                ((x.len() as f64) * (x.len() as f64) + 0.5).powf(v2.tanh()),
            );
            v1 = 1.5;
        }
        let mut k9 = 0usize;
        while k9 < 3 {
            let i10 = k9;
            k9 += 1;
        }
    }
    {
        {
            v1 -= b.mul_add(1.5, RP23_K2[1]);
            if (1.5 - b) <= (x[1] % (c * c + 0.5)) {
                return (x[2] * x[2] + 0.5).log2();
            }
            v1 += (0.1 + 1.5);
        }
        v2 = b.mul_add((RP23_K3 as f64), a.hypot(v2));
    }
    let (v11, v12) = (RP23_K2[1], (RP23_K2[1] + c));
    1.5 + v1 + v2 + v11 + v12
}

const RP24_K0: f64 = (-1.25);
#[differentiate]
fn rp24_h0(n0: usize, s1: f64, s2: f64) -> [f64; 3] {
    let v1 = (1.5 * s1).abs();
    let mut v2 = RP24_K0;
    let mut arr3 = [0.0_f64; 3];
    [
        (s2 - (2.0_f64.powi(2) * 0.25)) + v1 + v2 + arr3[0] + arr3[1] + arr3[2],
        s1.signum(),
        s2,
    ]
}
#[differentiate]
fn rp24_h1(y0: &[f64], s1: f64) -> [f64; 3] {
    {
        let (v1, v2) = (
            f64::mul_add(s1, (RP24_K0 + RP24_K0), 2.0),
            (if y0[1] > s1 { 2.0 } else { y0[1] }),
        );
    }
    let mut arr3 = [0.0_f64; 3];
    let mut v4 = arr3[0].tanh();
    [
        (2.0 / (2.0 * 2.0 + 1.0)) + v4 + arr3[0] + arr3[1] + arr3[2],
        2.0,
        (arr3[2] * arr3[2] + 0.5).sqrt(),
    ]
}
#[differentiate(wrt(b, x))]
fn rp24(a: f64, b: f64, x: &[f64], q: bool) -> f64 {
    let mut v1 = (x[1] + x[1]);
    {
        for i2 in 0..3 {}
    }
    if (a + a) > RP24_K0 {
    } else if x[1] >= (if 2.0 >= a { 1.5 } else { x[2] }) {
        let mut arr3: [f64; 3] = [
            b.sin(),
            x[1],
            ((-1.25_f64) * (-1.25_f64) + 0.5).powf((x[2] * 1.0).tanh()),
        ];
    } else {
        if ((-1.25) < b && x[1] >= v1) {
        } else {
            let v4: f64 = 2.0;
            let (v5, v6): (f64, f64) = (((-0.75) + 1.5), ((-0.75) + 1.5));
            v1 -= RP24_K0.hypot(x[1]);
        }
    }
    if a >= 2.0 {
    } else {
        for i7 in 0..3 {
            v1 /= (a * a.tanh().to_degrees()) * (a * a.tanh().to_degrees()) + 1.0;
        }
    }
    let mut k8 = 0usize;
    while k8 < 3 {
        let i9 = k8;
        k8 += 1;
        for i10 in 0..2 {
            v1 = (-x[i9]);
        }
        {
            v1 -= (-1.25);
        }
    }
    f64::log10((x[0] * x[0] + 0.5)) + v1
}

const RP25_K0: f64 = (-0.75);
static RP25_K1: [f64; 3] = [1.5, 1.0, 1.5];
static RP25_K2: f64 = 0.5;
static RP25_K3: i32 = -1;
#[differentiate]
fn rp25_h1(y0: &[f64], y1: [f64; 3], s2: f64) -> (f64, f64) {
    for i1 in 0..3 {
        let mut v2 = (0.1_f64 * 0.1_f64 + 1.0).recip();
        let v3 = f64::sqrt((v2 * v2 + 0.5));
    }
    (1.5, f64::max(RP25_K1[1].max(RP25_K1[2]), 0.5))
}
mod rp25_m {
    use super::*;

    #[differentiate]
    pub fn rp25_h0(s0: f64) -> [f64; 3] {
        {
            let (v1, v2) = (
                (RP25_K1[2] * RP25_K1[2] + 1.0).recip(),
                (RP25_K1[2] * RP25_K1[2] + 1.0).recip(),
            );
        }
        if !((RP25_K1[1] + s0) < (RP25_K1[1] / (2.0 * 2.0 + 1.0))) {}
        let s0 = (((2.0) as f32).sin() as f64);
        [
            (RP25_K1[1] - RP25_K1[1]) + s0,
            (s0 * RP25_K1[1]),
            (s0 - s0.to_radians()),
        ]
    }
}
impl Params {
    #[differentiate]
    fn rp25(&self, a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (x[1] + RP25_K1[1]);
        let mut v2 = ((-b) * 0.1);
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
        }
        let v5 = f64::mul_add((2.0 + RP25_K1[2]), c, x[1]);
        for i6 in 0..3 {}
        (RP25_K2 * RP25_K2 + 0.5).powf(d.tanh()) + v1 + v2 + v5
    }
}

static RP26_K0: [f64; 3] = [(-1.25), 1.5, 2.0];
#[differentiate]
fn rp26_h0(y0: [f64; 3], s1: f64) -> [f64; 3] {
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
        let mut v3 = ((-RP26_K0[2])
            / (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 1.0));
        v3 *= (v3 - s1);
    }
    [(RP26_K0[1] - 2.0), y0[0], (-2.0)]
}
#[differentiate]
fn rp26(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3], p: &Params) -> f64 {
    let mut v1 = c.mul_add((x[1] - RP26_K0[1]), b);
    for i2 in 0..3 {}
    (p.k.cos() * a) + v1
}

#[differentiate]
fn rp27_h0(s0: f64, s1: f64, s2: f64) -> (f64, f64) {
    {}
    if s0 >= s1 {
        let mut v1 = (-s2);
        v1 = 0.25;
    } else if 0.25 <= (s2 - 0.25) {
        let mut arr2 = [[0.0_f64; 3]; 3];
    } else {
        let mut v3 = (-f64::powf((0.5_f64 * 0.5_f64 + 0.5), 0.25_f64.tanh()));
        v3 = 0.25;
    }
    (0.5_f64.atan(), s0)
}
mod rp27_m {
    use super::*;

    #[differentiate]
    pub fn rp27_h1(s0: f64, y1: [f64; 3], y2: [f64; 3]) -> f64 {
        let mut v1: f64 = 0.25;
        s0 + v1
    }
}
impl Params {
    #[differentiate]
    fn rp27(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (if (x[1] >= 0.25 || 0.1 < 2.0) { b } else { a });
        let mut v2 = (x[3] + c);
        if ((x[1] / (0.25 * 0.25 + 1.0)) >= f64::log((2.0_f64 * 2.0_f64 + 1.5), 1.0 * 1.0 + 2.0)
            || (2.0_f64.powi(2) * 0.25) >= 2.0_f64.tanh().tan())
        {
            if (x[1] > (-0.75_f64).mul_add(a, 2.0) && v1 >= x[1]) {
            } else {
            }
        } else {
            v2 = v2;
        }
        for i3 in 1..3 {
            let (v4, v5) = (
                (((a) as f32).sin() as f64),
                rp27_m::rp27_h1(
                    (((x[i3]) as f32).sin() as f64),
                    [v2, 0.5, -1.0],
                    [0.25, 0.5, -1.0],
                ),
            );
        }
        v1 = (x[1] - b);
        (-c.mul_add(a, x[2])) + v1 + v2
    }
}

static RP28_K0: i32 = -1;
const RP28_K1: f32 = (-1.25_f32);
const RP28_K2: [f32; 3] = [(-1.25_f32), 1.0_f32, (-0.75_f32)];
static RP28_K3: i32 = 1;
#[differentiate]
fn rp28_h0(s0: f32) -> f32 {
    for i1 in (0..=2).rev() {
        let mut v2 = s0;
    }
    for i3 in 0..3 {}
    for i4 in (0..3).rev() {}
    (s0 - (s0 * s0 + 0.5_f32).log10())
}
impl Params {
    #[differentiate]
    fn rp28_h1(&self, y0: [f32; 3], n1: usize, s2: f32) -> (f32, f32) {
        for i1 in (0..=2).rev() {
            if (self.n as f32) > (s2 / (RP28_K2[0] * RP28_K2[0] + 1.0_f32)) {
                break;
            }
            let mut v2 = (s2 * (RP28_K0 as f32));
        }
        for i3 in 1..3 {}
        let mut v4 = (s2 + (self.k as f32));
        (
            (RP28_K1 - RP28_K2[1]) + v4,
            ((self.k as f32) * (self.k as f32) + 1.5_f32).acosh(),
        )
    }
}
#[differentiate(wrt(a, b))]
fn rp28(a: f32, b: f32, c: f32, x: [f32; 3], m: [[f32; 2]; 2], p: &Params) -> f32 {
    let mut v1: f32 = (0.5_f32 * 0.1_f32);
    let mut v2 = (RP28_K3 as f32);
    let mut a = (x[0] * x[0] + 0.5_f32).log10();
    (a + x[1].min(b)) + v1 + v2 + a
}

const RP29_N: usize = 4;
static RP29_K0: i32 = -2;
static RP29_K1: [f64; 3] = [(-1.25), (-1.25), (-0.75)];
mod rp29_m {
    use super::*;

    #[differentiate]
    pub fn rp29_h0(s0: f64, n1: usize) -> f64 {
        (-2.0)
    }
}
#[differentiate(wrt(a))]
fn rp29(a: f64, b: f64, x: [f64; RP29_N]) -> f64 {
    let mut v1 = 2.0_f64.hypot(b);
    let mut v2 = RP29_K1[2];
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        v1 /=
            (b / (RP29_K1[i4] * RP29_K1[i4] + 1.0)) * (b / (RP29_K1[i4] * RP29_K1[i4] + 1.0)) + 1.0;
        for e5 in RP29_K1 {
            let mut b: f64 = (v2 * v2 + 0.5).cbrt();
            v2 += f64::sin(v1.mul_add(a, v2));
        }
    }
    for i6 in 0..=2 {
        if true {
            v2 *= (a.sin() * 0.5).asin();
            let v7 = ((1.0_f64 - (-1.25_f64)) * (1.0_f64 - (-1.25_f64)) + 1.5).log(1.5 * 1.5 + 2.0);
            v1 -= RP29_K1[i6].mul_add(x[1], v7.tanh().cosh());
        } else {
            if (RP29_K1[2] / (1.5 * 1.5 + 1.0)) >= (RP29_K0 as f64) {
                return x[i6];
            }
            v1 = 1.5;
        }
        v1 *= (-a);
    }
    {}
    for i8 in 0..3 {
        if 1.5 > (-v2) {
            if (((i8 + 1) % 3) as f64) > (-RP29_K1[i8]) {
                break;
            }
        } else if (1.5_f64.sin() < f64::powi((RP29_K1[i8] * RP29_K1[i8] + 1.0), -2)
            || (x[i8] + b) >= (RP29_K0 as f64))
        {
            if !((RP29_K0 as f64) >= a) {
                continue;
            }
        } else {
        }
    }
    (-v1.cos().exp2()) + v1 + v2
}

static RP30_K0: f64 = 0.25;
static RP30_K1: f64 = 3.0;
impl Params {
    #[differentiate]
    fn rp30(&self, a: f64, b: f64, x: &[f64; 3]) -> f64 {
        let mut v1 = x[2].mul_add(b, 1.0);
        v1 += a;
        let mut arr2 = [0.0_f64; 3];
        a.hypot(x[1]) + v1 + arr2[0] + arr2[1] + arr2[2]
    }
}

#[differentiate]
fn rp31_h0(n0: usize, s1: f64, s2: f64) -> [f64; 3] {
    let v1: f64 = ((s1 - 1.5) - s1);
    if (1.5_f64).is_sign_negative() {
        let mut v2 = f64::atan(1.5_f64);
        let (v3, v4) = (v2, v2);
    } else {
    }
    {
        let mut v5 = (0.5_f64 * 0.5_f64 + 0.5).powf(s2.tanh()).powi(3);
    }
    [3.0_f64.clamp(-0.5, 0.75) + v1, 0.5, s1]
}
#[differentiate]
fn rp31_h1(s0: f64, y1: &[f64], s2: f64) -> [f64; 3] {
    if (s0 % (s2 * s2 + 0.5)) > 2.0 {
        let (v1, v2) = ((2.0 / (y1[1] * y1[1] + 1.0)), (2.0 / (y1[1] * y1[1] + 1.0)));
    }
    [(0.25 - 0.1), 1.5_f64.max(s0), 0.25_f64.sin().exp_m1()]
}
impl Params {
    #[differentiate]
    fn rp31(&self, a: f64, b: f64, x: [f64; 3]) -> f64 {
        let mut v1 = (-a);
        let mut v2 = (x[1] + 0.25);
        v2 /= (((self.w[1] + self.k) as f32).sin() as f64)
            * (((self.w[1] + self.k) as f32).sin() as f64)
            + 1.0;
        let v3 = x[2].min((-2.0));
        (x[0].sin() * 0.5).asin() + v1 + v2 + v3
    }
}

const RP32_K0: f64 = 0.5;
static RP32_K1: f64 = 0.25;
#[differentiate]
fn rp32(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = f64::atan2(a, a * a + 0.5);
    let mut v2 = (b + 1.5);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
    }
    {
        for i5 in 0..3 {
            v1 += x[0].atan2((x.len() as f64).asinh() * (x.len() as f64).asinh() + 0.5);
            v1 /= b.tanh().cosh() * b.tanh().cosh() + 1.0;
        }
    }
    (2.0 - (RP32_K1 + 1.5)) + v1 + v2
}

const RP33_K0: i32 = -1;
#[differentiate]
fn rp33_h0(y0: [f64; 3], n1: usize, y2: &[f64]) -> f64 {
    let (v1, v2): (f64, f64) = ((2.0 * 2.0), (2.0 * 2.0));
    ((y2[1] * y2[1] + 0.5).cbrt() + v1) + v1 + v2
}
#[differentiate]
fn rp33_h1(y0: &[f64]) -> (f64, f64) {
    ((((-1.0) as f32).sin() as f64), 0.25)
}
#[differentiate]
fn rp33(a: f64, b: f64, c: f64, d: f64, x: [f64; 3], q: bool) -> f64 {
    let mut v1 = ((RP33_K0 as f64) / (x[1] * x[1] + 1.0));
    let mut v2 = d.atan();
    if (if c > x[1] {
        std::f64::consts::FRAC_1_SQRT_2
    } else {
        x[1]
    }) > (v1 % (x[1] * x[1] + 0.5))
    {
        if !(c <= x[2]) {
        } else if (2.0 - 0.1) <= f64::cos(v2) {
        } else {
            v2 /= (1.5 / (v2 * v2 + 1.0)) * (1.5 / (v2 * v2 + 1.0)) + 1.0;
            let mut arr3: [f64; 3] = [
                rp33_h0(x, 3, &x),
                (a * a + 0.5).powf(c.tanh()),
                (RP33_K0 as f64),
            ];
        }
        for (i4, &e5) in x.iter().enumerate() {}
    } else if x[1].atan2(v2 * v2 + 0.5) <= 1.5 {
    } else {
        v1 -= (rp33_h0([x[2], 0.5, -1.0], 3, &x) * rp33_h0([x[2], 0.5, -1.0], 3, &x) + 0.5)
            .powf((-c).tanh());
    }
    b.mul_add(x[0], 1.5) + v1 + v2
}

static RP34_K0: [f32; 3] = [(-1.25_f32), 3.0_f32, (-0.75_f32)];
static RP34_K1: [f32; 3] = [(-0.75_f32), 0.5_f32, 2.0_f32];
const RP34_K2: f32 = 0.25_f32;
impl Params {
    #[differentiate]
    fn rp34_h0(&self, y0: [f32; 3], y1: &[f32], s2: f32) -> (f32, f32) {
        let v1 = s2;
        for &e2 in y0.iter() {
            let mut v3 = (2.0_f32 * 2.0_f32 + 0.5_f32).sqrt();
            v3 -= e2;
        }
        for i4 in 1..3 {
            let mut arr5: [f32; 3] = [s2, RP34_K2.min((i4 as f32)), ((((i4 + 1) % 3) as f32) + s2)];
            let mut s2 = (0.1_f32 * 0.1_f32 + 1.0_f32).recip();
        }
        (
            (v1 * RP34_K0[1]) + v1,
            (v1 * v1 + 1.5_f32).log(0.1_f32 * 0.1_f32 + 2.0_f32),
        )
    }
}
#[differentiate(wrt(c))]
fn rp34(a: f32, b: f32, c: f32, x: &Vec<f32>, p: &Params) -> f32 {
    let mut v1 = (p.w[0] as f32);
    #[checkpoint]
    for i2 in 0..3 {
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
        }
        if !((RP34_K2 - b) > v1) {
        } else if a.fract() >= (-a) {
        } else {
            let mut arr5 = RP34_K0;
        }
        for i6 in 0..x.len() {
            if ((((i6 * 2 + 1) as f32) * 0.5_f32) <= c
                && (if 3.0_f32 <= RP34_K2 {
                    RP34_K0[i6]
                } else {
                    x[i6]
                }) <= (c.sin() * 0.5_f32).asin())
            {
                break;
            }
            v1 = RP34_K0[i2];
        }
    }
    let mut k7 = 0usize;
    while k7 < 3 {
        let i8 = k7;
        k7 += 1;
        if x[2] <= RP34_K1[i8] {
        } else {
            v1 -= f32::mul_add(c, (RP34_K0[i8].cos() * 0.5_f32).acos(), 0.1_f32);
            v1 *= (RP34_K0[i8] / ((RP34_K0[0] - a) * (RP34_K0[0] - a) + 1.0_f32));
        }
    }
    (-0.75_f32).ceil() + v1
}

static RP35_K0: [f64; 3] = [0.25, (-1.25), 0.5];
const RP35_K1: f64 = 2.0;
static RP35_K2: f64 = 1.0;
const RP35_K3: [f64; 3] = [(-1.25), 0.1, (-0.75)];
impl Params {
    #[differentiate(wrt(a, c))]
    fn rp35(&self, a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
        let mut v1 = (a * a + 1.0).powi(2);
        v1 += (a * v1);
        3.0 + v1
    }
}

#[differentiate]
fn rp36_h0(y0: &[f64]) -> Vec<f64> {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        let mut v3 = y0[i2].tanh().to_degrees();
    }
    for i4 in 0..3 {
        let mut v5 = (0.1 / (y0[2] * y0[2] + 1.0));
    }
    let mut out = vec![0.0; 3];
    out[0] = 1.0_f64.atan2(y0[0] * y0[0] + 0.5);
    out[1] = 1.5;
    out[2] = (1.0 % (3.0 * 3.0 + 0.5));
    out
}
#[differentiate]
fn rp36_h1(y0: &[f64]) -> (f64, f64) {
    if y0[0] >= 2.0 {
        let mut v1: f64 = (1.5 + 2.0);
    } else {
    }
    if (1.0 < 1.0_f64.mul_add(1.0, y0[2]) && (((1.0) as f32).sin() as f64) < y0[2]) {
    } else if !(1.0 > 1.0) {
    } else {
        let mut v2 = (1.0_f64.mul_add(1.0, y0[1]) * 1.0_f64.mul_add(1.0, y0[1]) + 1.0).ln();
        let mut arr3 = [0.0_f64; 3];
    }
    (y0[1], f64::asinh(1.0_f64))
}
#[differentiate]
fn rp36(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (if (1.5 < a || c >= 1.5) { x[0] } else { 2.0 });
    let mut v2 = f64::asinh(c);
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let i4 = k3;
        k3 += 1;
        for i5 in 0..=2 {}
        v1 /= (x[0] - std::f64::consts::PI) * (x[0] - std::f64::consts::PI) + 1.0;
        let c: f64 = ((2.0_f64.sin() * 0.5).atanh()
            / ((x[i4] * x[i4] + 1.5).log(x[i4] * x[i4] + 2.0)
                * (x[i4] * x[i4] + 1.5).log(x[i4] * x[i4] + 2.0)
                + 1.0));
    }
    let v6 = f64::mul_add(x[0], a, b);
    v2 *= f64::clamp(a, -0.5, 0.75);
    (v6.mul_add(x[1], x[1]) + 2.0) + v1 + v2 + v6
}

const RP37_K0: i32 = 0;
static RP37_K1: usize = 1;
mod rp37_m {
    use super::*;

    #[differentiate]
    pub fn rp37_h0(s0: f64, y1: &[f64], s2: f64) -> Vec<f64> {
        let mut out = vec![0.0; 3];
        out[0] = s0;
        out[1] = 1.5;
        out[2] = (-s0);
        out
    }
    #[differentiate]
    pub fn rp37_h1(s0: f64, y1: &[f64], s2: f64) -> (f64, f64) {
        let v1 = (s0 + s2);
        (
            (if y1[0] <= s2 { y1[2] } else { y1[1] }).mul_add(v1, 2.0_f64.tanh().sinh()) + v1,
            s2.mul_add(1.5_f64.min(1.5), 1.5),
        )
    }
}
#[differentiate]
fn rp37(a: f64, b: f64, c: f64, d: f64, x: &[f64], q: bool, p: &Params) -> f64 {
    let mut v1 = d.hypot((RP37_K0 as f64));
    let mut v2 = 3.0_f64.hypot(x[1]);
    v2 /= b.mul_add(x[2], x[0]) * b.mul_add(x[2], x[0]) + 1.0;
    for i3 in (0..=2).rev() {
        if ((RP37_K0 as f64) % (d * d + 0.5)) >= v2 {
            return f64::mul_add(x[0], (i3 as f64), d);
        }
        for i4 in 0..3 {}
        v1 *= (p.n as f64);
    }
    v1.abs() + v1 + v2
}

#[differentiate]
fn rp38_h0(y0: [f64; 3]) -> f64 {
    if (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 0.5).log10()
        < (y0[0] * 0.25)
    {
        return 2.0;
    }
    f64::tanh(0.25_f64)
}
#[differentiate]
fn rp38(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (2.0_f64 * 2.0_f64 + 1.5).log(x[1] * x[1] + 2.0);
    v1 += (x.len() as f64).mul_add(a, 1.5);
    let mut k2 = 0usize;
    while k2 < 3 {
        let i3 = k2;
        k2 += 1;
        let mut k4 = 0usize;
        while k4 < 3 {
            let i5 = k4;
            k4 += 1;
            let (v6, v7) = (
                x[i5].atan2((i3 as f64) * (i3 as f64) + 0.5),
                x[i5].atan2((i3 as f64) * (i3 as f64) + 0.5),
            );
        }
        let mut k8 = 0usize;
        loop {
            if k8 >= 3 {
                break;
            }
            let i9 = k8;
            k8 += 1;
            let (v10, v11) = ((1.5 + x[i9]), (1.5 + x[i9]));
        }
    }
    let mut k12 = 0usize;
    while k12 < 3 {
        let i13 = k12;
        k12 += 1;
        let mut k14 = 0usize;
        loop {
            if k14 >= 3 {
                break;
            }
            let i15 = k14;
            k14 += 1;
        }
        if (f64::cosh(d.tanh()) < rp38_h0([a, 0.5, -1.0]) && x[i13] < v1) {
            let mut arr16 = [0.0_f64; 3];
            v1 = rp38_h0(arr16);
            let v17 = (d.cos() * 0.5).acos();
        } else {
            if 1.0 < x[i13] {
                break;
            }
        }
    }
    x[0].mul_add(c, f64::max(1.5_f64, x[3])) + v1
}

static RP39_K0: [f64; 3] = [0.1, (-0.75), 0.1];
static RP39_K1: f64 = 0.1;
#[differentiate]
fn rp39_h0(y0: [f64; 3], y1: &[f64]) -> [f64; 3] {
    [(1.0 + 2.0), 2.0, (y0[1] * f64::atan(1.0_f64))]
}
#[differentiate]
fn rp39(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (c - 1.0);
    if RP39_K0[1] >= a {
        {
            let mut arr2: Vec<f64> = vec![0.0; 3];
        }
        v1 /= (if (3.0 >= 1.5 || v1 > v1) { b } else { RP39_K1 })
            * (if (3.0 >= 1.5 || v1 > v1) { b } else { RP39_K1 })
            + 1.0;
    } else if (-2.0) > x[0].tanh().sinh() {
        v1 /= b.hypot(1.5) * b.hypot(1.5) + 1.0;
    } else {
        v1 = f64::round((-x[2]));
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            v1 += 1.0_f64.max((((i4 + 1) % 3) as f64));
            v1 += x[2].to_radians();
        }
    }
    let (v5, v6) = (RP39_K0[2].hypot(1.5), RP39_K0[2].hypot(1.5));
    ((a / (1.5 * 1.5 + 1.0)).sin() * 0.5).atanh() + v1 + v5 + v6
}

const RP40_N: usize = 3;
static RP40_K0: f64 = 0.25;
#[differentiate]
fn rp40_h0(s0: f64, s1: f64, y2: [f64; 3]) -> [f64; 3] {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    if RP40_K0 < s0 {
        let mut arr3: [f64; 3] = [0.0; 3];
        if s1 < (1.5 - (-0.75)) {
            return [
                (2.0 - (2.0_f64 * 2.0_f64 + 0.5).sqrt()),
                (2.0 - (2.0_f64 * 2.0_f64 + 0.5).sqrt()),
                0.5,
            ];
        }
    } else {
    }
    [
        RP40_K0.mul_add(2.0, 1.0),
        2.0_f64.sin(),
        s1.mul_add(y2[1], ((-0.75) + 2.0)),
    ]
}
#[differentiate]
fn rp40(a: f64, b: f64, x: &[f64; RP40_N]) -> f64 {
    let mut v1 = ((-0.75) + RP40_K0);
    let mut v2 = RP40_K0;
    let mut v3 = (a * a).powi(2);
    for i4 in 0..=2 {}
    for i5 in 0..x.len() {
        {
            v3 /= (b * b + 0.5).cbrt() * (b * b + 0.5).cbrt() + 1.0;
            v1 /= (1.5 + RP40_K0) * (1.5 + RP40_K0) + 1.0;
        }
        if RP40_K0 <= (if !(b).is_nan() { x[0] } else { 3.0 }) {}
    }
    {
        let mut k6 = 0usize;
        while k6 < 3 {
            let i7 = k6;
            k6 += 1;
            v3 *= (if !(x[i7] <= x[0]) {
                (x.len() as f64)
            } else {
                x[1]
            });
            let w8 = rp40_h0(
                (if !(std::f64::consts::PI > x[i7]) {
                    ((i7 * 2 + 1) as f64)
                } else {
                    1.5
                }),
                (x[i7] - v1),
                [x[2], 0.5, -1.0],
            );
        }
        if (v2 > x[1] || (5.0_f64.sqrt() - 2.0).hypot(1.5) >= 2.0) {
            if !((x[1] % ((x.len() as f64) * (x.len() as f64) + 0.5)) >= (-2.0)) {
                return x[0];
            }
            let (v9, v10) = (a.min(v2), ((-1.5) - v1));
        }
    }
    (x[1] * x[1] + 1.0).ln() + v1 + v2 + v3
}

const RP41_K0: usize = 3;
static RP41_K1: f64 = 0.5;
#[differentiate(wrt(a, c))]
fn rp41(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (2.0_f64.powi(2) * 0.25).atan();
    let mut v2: f64 = 1.5;
    (a * a + 0.5).sqrt() + v1 + v2
}

#[differentiate]
fn rp42(a: f32, b: f32, x: [f32; 4], p: &Params) -> f32 {
    let mut v1 = (x[1].mul_add(0.25_f32, 2.0_f32) - b);
    let mut v2 = f32::asinh(1.0_f32);
    let mut arr3 = [[0.0_f32; 3]; 3];
    v1 -= f32::mul_add(a, x[0], arr3[1][0]);
    let mut arr4: [f32; 3] = [0.0_f32; 3];
    let (v5, v6) = (0.25_f32.sin(), 0.25_f32.sin());
    f32::ln(((p.k as f32) * (p.k as f32) + 1.0_f32))
        .mul_add((p.n as f32), 1.5_f32)
        .mul_add(0.25_f32, v5)
        + v1
        + v2
        + v5
        + v6
        + arr3[0][0]
        + arr3[0][1]
        + arr3[0][2]
        + arr3[1][0]
        + arr3[1][1]
        + arr3[1][2]
        + arr3[2][0]
        + arr3[2][1]
        + arr3[2][2]
        + arr4[0]
        + arr4[1]
        + arr4[2]
}

const RP43_K0: [f32; 3] = [0.1_f32, 2.0_f32, 2.0_f32];
static RP43_K1: f32 = 1.5_f32;
static RP43_K2: f32 = 0.1_f32;
static RP43_K3: [f32; 3] = [1.5_f32, 0.1_f32, 0.1_f32];
#[differentiate]
fn rp43_h0(s0: f32, y1: &[f32]) -> [f32; 3] {
    [RP43_K3[1], (-s0), s0]
}
#[differentiate(wrt(a, c))]
fn rp43(a: f32, b: f32, c: f32, x: [f32; 3], m: [[f32; 2]; 2]) -> f32 {
    let mut v1: f32 = 2.0_f32;
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let i3 = k2;
        k2 += 1;
        #[checkpoint(every = 1)]
        for e4 in RP43_K3 {}
    }
    c + v1
}

const RP44_K0: i32 = -1;
static RP44_K1: f64 = 3.0;
#[differentiate]
fn rp44_h0(s0: f64, y1: &[f64]) -> [f64; 3] {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
        if (s0 * s0 + 1.5).acosh() > (s0 * s0 + 0.5).sqrt() {
            break;
        }
    }
    for i3 in 1..3 {}
    [
        (if y1[1] > y1[1] { 2.0 } else { y1[1] }),
        (RP44_K1 + 0.5),
        (((0.25) as f32).sin() as f64),
    ]
}
#[differentiate]
fn rp44(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1: f64 = 2.0;
    let mut v2 = (RP44_K0 as f64);
    v2 = (x[2] * x[0].tanh().to_degrees());
    let mut v3 = x[1].sin().exp();
    {}
    3.0 + v1 + v2 + v3
}

#[differentiate(wrt(b))]
fn rp45(a: f64, b: f64, x: [f64; 4], q: bool) -> f64 {
    let mut v1: f64 = 1.5;
    let mut v2: f64 = 0.25;
    if (0.25 <= v1.mul_add(v1, 2.0) || b < (x[1].sin() * 0.5).asin()) {}
    for i3 in 0..=2 {
        v1 = b.abs();
    }
    (1.0 + (f64::from(3u8) * 0.5)) + v1 + v2
}

const RP46_K0: [f64; 3] = [(-1.25), 1.5, (-1.25)];
const RP46_K1: [f64; 3] = [3.0, 1.0, 2.0];
#[differentiate]
fn rp46_h0(s0: f64, y1: [f64; 3]) -> (f64, f64) {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    if (RP46_K1[0] * RP46_K1[0]).ln_1p() <= RP46_K0[2] {
    } else if s0 > (-0.75) {
    } else {
        let mut arr3 = [[0.0_f64; 3]; 3];
        let mut arr4: Vec<f64> = vec![0.0; 3];
    }
    ((s0 * RP46_K0[1]), ((-1.25) - s0))
}
#[differentiate]
fn rp46_h1(s0: f64, s1: f64) -> f64 {
    if ((f64::from(3u8) * 0.5) > s0 && ((-0.75) / (1.5 * 1.5 + 1.0)) < RP46_K1[1]) {
    } else {
        let mut v1 = 2.0_f64.cos().exp2();
    }
    let v2 = RP46_K1[1];
    let mut v3 = (-RP46_K0[0]);
    (RP46_K1[2] * 1.5_f64.asinh()) + v2 + v3
}
#[differentiate]
fn rp46(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[2];
    let mut v2 = rp46_h1((std::f64::consts::PI + (5.0_f64.sqrt() - 2.0)), a);
    let mut v3 = rp46_h1((b * b + 0.5).log2(), b);
    v3 -= (-RP46_K1[2]);
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
        if (RP46_K0[i5] - v3) >= a {
            return RP46_K1[i5];
        }
    }
    (-b).atan2((c - RP46_K1[0]) * (c - RP46_K1[0]) + 0.5) + v1 + v2 + v3
}

static RP47_K0: [f64; 3] = [3.0, 0.1, 0.1];
const RP47_K1: i32 = 0;
static RP47_K2: usize = 2;
static RP47_K3: f64 = (-0.75);
#[differentiate(wrt(c, x))]
fn rp47(a: f64, b: f64, c: f64, x: [f64; 3], q: bool, p: &Params) -> f64 {
    let mut v1 = f64::mul_add(a, c, (-0.75));
    let mut v2 = (p.k.sin() * 0.5).atanh();
    v2 -= (((p.k) as f32).sin() as f64);
    v2 /= x[1] * x[1] + 1.0;
    v2 = 0.25;
    (RP47_K0[0] - (if RP47_K0[1] <= 2.0 { v1 } else { 2.0 }).mul_add(x[0], (5.0_f64.sqrt() - 2.0)))
        + v1
        + v2
}

const RP48_K0: f64 = 0.5;
const RP48_K1: [f64; 3] = [3.0, 3.0, 0.5];
static RP48_K2: i32 = -2;
#[differentiate]
fn rp48_h0(y0: [f64; 3], s1: f64) -> f64 {
    if y0[0] > s1.atan() {
        return RP48_K1[1];
    }
    let mut k1 = 0usize;
    while k1 < 3 {
        let i2 = k1;
        k1 += 1;
    }
    ((RP48_K2 as f64) + (RP48_K2 as f64)).min(1.5)
}
#[differentiate]
fn rp48_h1(y0: &[f64]) -> f64 {
    (1.0 - RP48_K1[1]).floor()
}
#[differentiate(wrt(a, b, c))]
fn rp48(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (1.0 / (a * a + 1.0));
    {
        for i2 in 0..=2 {
            v1 *= (RP48_K1[i2].sin() / (b * b + 1.0));
            v1 *= RP48_K0.mul_add(
                (((i2 + 1) % 3) as f64).max(RP48_K1[i2]),
                RP48_K1[0].mul_add(x[i2], (-1.25)),
            );
            if 0.5 <= std::f64::consts::PI {
                continue;
            }
        }
        let mut k3 = 0usize;
        loop {
            if k3 >= 3 {
                break;
            }
            let i4 = k3;
            k3 += 1;
            v1 /= ((b / (RP48_K1[i4] * RP48_K1[i4] + 1.0))
                * (b / (RP48_K1[i4] * RP48_K1[i4] + 1.0))
                + 1.5)
                .log((i4 as f64) * (i4 as f64) + 2.0)
                * ((b / (RP48_K1[i4] * RP48_K1[i4] + 1.0))
                    * (b / (RP48_K1[i4] * RP48_K1[i4] + 1.0))
                    + 1.5)
                    .log((i4 as f64) * (i4 as f64) + 2.0)
                + 1.0;
            if 1.5 > x[1] {
                break;
            }
        }
        let v5 = 1.5_f64.cos();
    }
    for i6 in 1..3 {}
    let v7 = (d * RP48_K1[0]);
    (if (1.5 >= 1.0 && a <= x[1]) {
        (2.0_f64.powi(2) * 0.25)
    } else {
        v7
    }) + v1
        + v7
}

mod rp49_m {
    use super::*;

    #[differentiate]
    pub fn rp49_h0(s0: f64) -> Vec<f64> {
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
        }
        let v3: f64 = (f64::powf((s0 * s0 + 0.5), 2.0_f64.tanh()) - 0.25);
        let mut out = vec![0.0; 3];
        out[0] = 0.1 + v3;
        out[1] = (2.0 * (f64::from(3u8) * 0.5));
        out[2] = (s0 + s0);
        out
    }
}
#[differentiate(wrt(a, b, x))]
fn rp49(a: f64, b: f64, c: f64, x: [f64; 3], p: &Params) -> f64 {
    let mut v1 = c.max(0.25).fract();
    let mut v2 = (x[2] + 0.25);
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
    }
    if true {}
    let (v5, v6): (f64, f64) = (1.5, (v1 / ((1.5 + c) * (1.5 + c) + 1.0)));
    let mut k7 = 0usize;
    while k7 < 3 {
        let i8 = k7;
        k7 += 1;
        if (((-0.75_f64).cos() * 0.5).acos() <= v1 && x[i8] < (-x[0])) {
            v2 *= (v5.atan() * v5.atan() + 0.5).log2();
        } else {
            v1 += x[i8].atan2(x[i8].max(v2) * x[i8].max(v2) + 0.5);
        }
    }
    v1.min(x[1]) + v1 + v2 + v5 + v6
}

mod rp50_m {
    use super::*;

    #[differentiate]
    pub fn rp50_h0(y0: [f64; 3]) -> (f64, f64) {
        {}
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
            let v3: f64 = (if 1.0 < y0[i2] { 1.0 } else { 0.25 });
        }
        ((1.0 / (2.0 * 2.0 + 1.0)), (1.5 + 1.5))
    }
}
impl Params {
    #[differentiate]
    fn rp50(&self, a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
        let mut v1 = x[0];
        let mut v2 = f64::powf((2.0_f64 * 2.0_f64 + 0.5), 2.0_f64.tanh());
        let mut v3 = (if v2 <= x[1] { x[1] } else { (v1 * b) }).atan2(0.25 * 0.25 + 0.5);
        if !((((a) as f32).sin() as f64) > (0.1_f64 * 0.1_f64 + 0.5).cbrt()) {
        } else {
            for (i4, &e5) in x.iter().enumerate() {
                let mut arr6: [f64; 3] = [
                    (self.n as f64).hypot(std::f64::consts::FRAC_1_SQRT_2),
                    (c + e5),
                    f64::log((0.5_f64 * 0.5_f64 + 1.5), b * b + 2.0),
                ];
                v2 = f64::atanh((c.sin() * 0.5));
            }
        }
        if 0.25 <= (0.25 + 0.5) {
            let (v7, v8) = (
                (std::f64::consts::FRAC_1_SQRT_2 + (x.len() as f64)),
                (0.5_f64 * 0.5_f64 + 1.0).recip(),
            );
        }
        c.hypot(1.5).mul_add((self.n as f64), c) + v1 + v2 + v3
    }
}

static RP51_K0: [f32; 3] = [0.5_f32, 0.5_f32, 1.5_f32];
const RP51_K1: i32 = -1;
#[differentiate]
fn rp51_h0(y0: [f32; 3], s1: f32) -> Vec<f32> {
    if f32::mul_add(s1, 2.0_f32, s1) < s1 {
        let mut v1 = ((2.0_f32.powi(2) * 0.25_f32) / (1.5_f32 * 1.5_f32 + 1.0_f32));
    } else if s1 > 0.25_f32 {
    } else {
        let mut v2 = (s1 * 0.5_f32);
    }
    let mut out = vec![0.0_f32; 3];
    out[0] = s1.max((RP51_K1 as f32));
    out[1] = (s1 + RP51_K0[1]);
    out[2] = (-1.25_f32).mul_add(y0[0], s1);
    out
}
#[differentiate]
fn rp51_h1(s0: f32) -> (f32, f32) {
    let mut v1 = std::f32::consts::PI;
    for i2 in 0..2 {
        let mut arr3: [f32; 3] = [0.0_f32; 3];
        v1 -= (-arr3[0]);
    }
    ((2.0_f32.sin() * 0.5_f32).atanh() + v1, 0.1_f32)
}
impl Params {
    #[differentiate(wrt(b))]
    fn rp51(&self, a: f32, b: f32, x: [f32; 4]) -> f32 {
        let mut v1: f32 = 1.5_f32;
        if ((if b > b { x[0] } else { x[1] }) < v1 && v1 < (RP51_K0[1] * 1.0_f32)) {
        } else if (-(self.n as f32)) <= (-b) {
        } else {
        }
        if !((1.0_f32 * 1.0_f32 + 1.5_f32).log(0.5_f32 * 0.5_f32 + 2.0_f32) <= 2.0_f32) {
            for i2 in 0..3 {
                v1 /= (v1 + (i2 as f32)).powi(2) * (v1 + (i2 as f32)).powi(2) + 1.0_f32;
                v1 = (i2 as f32);
            }
            if RP51_K0[0] < (b + std::f32::consts::FRAC_1_SQRT_2) {
            } else {
            }
        } else {
            let v3: f32 = (v1 * b);
            v1 -= (b / (RP51_K0[2] * RP51_K0[2] + 1.0_f32));
        }
        v1 = (v1 + 1.5_f32.mul_add((-0.75_f32), b));
        (0.5_f32.mul_add(a, x[3]) + x[1]) + v1
    }
}

const RP52_N: usize = 3;
static RP52_K0: f64 = 0.5;
const RP52_K1: f64 = 1.0;
const RP52_K2: [f64; 3] = [0.5, 1.0, 2.0];
const RP52_K3: f64 = 1.0;
#[differentiate]
fn rp52_h0(s0: f64, y1: &[f64], y2: &[f64]) -> (f64, f64) {
    if (s0 >= 0.25_f64.sin() && 1.5 > s0) {
        let mut v1 = RP52_K1.powi(2);
        let mut arr2 = [0.0_f64; 3];
    } else if (1.0_f64 * 1.0_f64 + 1.5).acosh() >= (RP52_K0 * RP52_K0 + 1.0).ln() {
        let mut v3 = RP52_K1;
    } else {
    }
    if (RP52_K1 > s0.sin().exp_m1() && RP52_K2[1] < f64::min(y1[1], s0)) {
        let mut v4 = RP52_K3;
    } else if ((y2[1] * s0) >= (-s0) && s0 > (y1[0] % (s0 * s0 + 0.5))) {
    } else {
    }
    {
        let mut arr5 = [0.0_f64; 3];
    }
    ((0.25 - RP52_K2[1]), 0.25_f64.atan())
}
mod rp52_m {
    use super::*;

    #[differentiate]
    pub fn rp52_h1(s0: f64, s1: f64, n2: usize) -> [f64; 3] {
        [((1.0 % (2.0 * 2.0 + 0.5)) / (s1 * s1 + 1.0)), s1, RP52_K1]
    }
}
#[differentiate]
fn rp52(a: f64, b: f64, x: [f64; RP52_N], p: &Params) -> f64 {
    let mut v1 = std::f64::consts::FRAC_1_SQRT_2.mul_add(b, RP52_K2[0]);
    let mut v2 = (if (RP52_K2[1] < 2.0 && a < RP52_K2[1]) {
        (-0.75)
    } else {
        x[1]
    });
    v1 *= (v1 + a);
    let v3 = ((v1 - (2.0 * x[1])) + a);
    v1 = (RP52_K1 + b);
    let v4 = f64::acosh((2.0_f64 * 2.0_f64 + 1.5)).hypot(x[1]);
    v2 = ((x.len() as f64) + x[1]);
    a + v1 + v2 + v3 + v4
}

#[differentiate]
fn rp53_h0(y0: &[f32], n1: usize, y2: &[f32]) -> (f32, f32) {
    let mut v1 = f32::atan2(y0[1], y2[0] * y2[0] + 0.5_f32);
    let v1 = f32::to_degrees(y0[1].tanh());
    (y0[0].atan2(v1 * v1 + 0.5_f32) + v1 + v1, (y2[0] + 1.5_f32))
}
#[differentiate(wrt(b, x))]
fn rp53(a: f32, b: f32, c: f32, x: &[f32; 3]) -> f32 {
    let mut v1 = (1.5_f32 * 1.5_f32 + 1.5_f32).acosh();
    let mut v2 = (if !(1.5_f32 <= b) { 2.0_f32 } else { v1 });
    v1 += f32::tan((0.25_f32 * b).tanh());
    let mut v3 = x[1].mul_add(x[1], (f32::from(3u8) * 0.5_f32));
    let mut v4 = f32::asinh(2.0_f32);
    let mut v2: f32 = ((x[0] * x[0]).ln_1p() + v4);
    v2 /= (x[0] - v3) * (x[0] - v3) + 1.0_f32;
    (0.5_f32 / ((-1.0_f32) * (-1.0_f32) + 1.0_f32)) + v1 + v2 + v3 + v4 + v2
}

#[differentiate]
fn rp54_h0(y0: &[f64]) -> (f64, f64) {
    if (1.5_f64 * 1.5_f64 + 1.5).acosh() > f64::cbrt((y0[1] * y0[1] + 0.5)) {
    } else if f64::min(2.0_f64, 1.0) > 1.5 {
        let mut v1 = (2.0_f64.powi(2) * 0.25);
    } else {
        let mut arr2: [f64; 3] = [0.0; 3];
        let mut v3 = (y0[1] * y0[1] + 0.5).powf(1.0_f64.tanh());
    }
    if y0[0].atan2(0.25 * 0.25 + 0.5) <= (y0[1] * y0[1] + 0.5).log10() {
        let mut v4: f64 = 1.0;
    }
    (1.0, (y0[2] / (y0[1] * y0[1] + 1.0)))
}
#[differentiate]
fn rp54_h1(s0: f64, n1: usize) -> f64 {
    let (v1, v2) = (((5.0_f64.sqrt() - 2.0) * 0.1), s0.sin().ceil());
    f64::floor(0.25_f64) + v1 + v2
}
impl Params {
    #[differentiate(wrt(a, b))]
    fn rp54(&self, a: f64, b: f64, x: [f64; 3], q: bool) -> f64 {
        let mut v1: f64 = (0.25 / (0.25 * 0.25 + 1.0));
        let mut v2 = (rp54_h1(a, 3) / (0.25 * 0.25 + 1.0));
        let mut k3 = 0usize;
        while k3 < 3 {
            let i4 = k3;
            k3 += 1;
            v2 *= b;
            if (if ((self.n as f64) <= b && (-1.25) <= x[0]) {
                x[i4]
            } else {
                v1
            })
            .is_sign_negative()
            {}
        }
        for i5 in (0..=2).rev() {
            if x[2] <= f64::exp_m1((i5 as f64).sin()) {
            } else {
            }
        }
        v1 *= v1.mul_add((-0.75), (-self.w[2]));
        0.25_f64.mul_add((0.25_f64 * 0.25_f64 + 1.5).log(0.1 * 0.1 + 2.0), b) + v1 + v2
    }
}

impl Params {
    #[differentiate]
    fn rp55(&self, a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
        let mut v1 = c.min(x[1]);
        let mut v2 = std::f64::consts::FRAC_1_SQRT_2.sin();
        {
            for (i3, e4) in x.iter().enumerate() {
                v2 += (x[0] + v1);
                v2 += x[i3].mul_add(x[2], ((self.n as f64) + a));
                let (v5, v6) = (f64::mul_add(a, self.w[2], a), x[i3].powi(2).cos());
            }
            for i7 in 0..self.n {
                if 0.25 < v2 {
                    continue;
                }
                if v1 >= ((i7 * 2 + 1) as f64).tanh().sinh() {
                    continue;
                }
            }
            let mut k8 = 0usize;
            loop {
                if k8 >= 3 {
                    break;
                }
                let i9 = k8;
                k8 += 1;
                let mut arr10 = [0.0_f64; 3];
                arr10[1] *= c;
                let mut arr11 = x;
            }
        }
        2.0 + v1 + v2
    }
}

static RP56_K0: f64 = 0.1;
const RP56_K1: [f64; 3] = [0.25, 0.25, 1.0];
static RP56_K2: [f64; 3] = [0.5, 0.1, 0.1];
#[differentiate]
fn rp56_h0(n0: usize, y1: &[f64], s2: f64) -> f64 {
    {
        let (v1, v2) = (
            (1.5_f64 * 1.5_f64 + 1.5).log(RP56_K2[1] * RP56_K2[1] + 2.0),
            2.0_f64.mul_add(s2, s2),
        );
    }
    for i3 in 0..n0 {
        let (v4, v5) = ((s2 * s2), ((y1[i3] * ((i3 * 2 + 1) as f64)) - (-1.25)));
        let mut v6: f64 = (-1.5);
    }
    let mut arr7: Vec<f64> = vec![0.0; 3];
    2.0 + arr7[0] + arr7[1] + arr7[2]
}
#[differentiate]
fn rp56(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (a * b).to_radians();
    let v2 = (RP56_K1[1] - (RP56_K1[1] * RP56_K1[1] + 0.5).log2());
    for i3 in 0..x.len() {}
    let mut k4 = 0usize;
    while k4 < 3 {
        let i5 = k4;
        k4 += 1;
        v1 += rp56_h0(3, &RP56_K1, (((i5 + 1) % 3) as f64)).mul_add((-0.25), v1);
        for i6 in 0..3 {
            let mut arr7 = RP56_K2;
            arr7[i5] *= (2.0 + (RP56_K1[i6] * RP56_K1[i6] + 1.0).powi(-2));
        }
        if RP56_K1[2] > f64::mul_add(1.0, RP56_K0, RP56_K0) {
            let mut v8 = (if RP56_K1[i5] <= v2 { b } else { b });
            v8 = RP56_K0;
            let v8 = ((2.0_f64.powi(2) * 0.25) % (b * b + 0.5));
        }
    }
    x[1].sin() + v1 + v2
}

const RP57_K0: f64 = 1.0;
const RP57_K1: f64 = 1.5;
static RP57_K2: f64 = 1.5;
const RP57_K3: usize = 2;
#[differentiate(wrt(b, d))]
fn rp57(a: f64, b: f64, c: f64, d: f64, x: &Vec<f64>) -> f64 {
    let mut v1 = (1.5 - d);
    let mut v2: f64 = 1.5;
    let mut arr3: Vec<f64> = vec![0.0; x.len()];
    v1 += (RP57_K2 * RP57_K2 + 0.5).powf((-1.25_f64).tanh());
    for i4 in (0..3).rev() {
        if !((((i4 + 1) % 3) as f64).tanh().cosh()).is_nan() {
            let (v5, v6) = (c, c);
            let (v7, v8) = ((v5 - a), (v5 - a));
            v1 += ((b * b + 0.5).cbrt() * (b * b + 0.5).cbrt() + 1.5).log((-0.75) * (-0.75) + 2.0);
        } else {
        }
        if 0.5_f64.atan() > v1.tanh().sinh() {}
    }
    (-(RP57_K3 as f64)) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate]
fn rp58_h0(y0: [f64; 3]) -> f64 {
    let mut arr1 = [0.0_f64; 3];
    if (1.0 / (1.0 * 1.0 + 1.0)) < 1.5 {
        let (v2, v3) = (1.0_f64.max(0.5), y0[2]);
    }
    (y0[1] - 1.0) + arr1[0] + arr1[1] + arr1[2]
}
#[differentiate]
fn rp58_h1(n0: usize, y1: &[f64]) -> [f64; 3] {
    [
        (1.0 % (1.0 * 1.0 + 0.5)),
        (1.0 / (2.0 * 2.0 + 1.0)),
        y1[1].mul_add(1.0, 1.0),
    ]
}
impl Params {
    #[differentiate(wrt(a, c))]
    fn rp58(&self, a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
        let mut v1 = (0.25_f64 * 2.0_f64).cos();
        let mut v2 = (b - b);
        if a.powi(3) < (self.k - x[1]) {
            if v2 > f64::mul_add(x[1], v2, v2) {
            } else if f64::sin(b) <= 0.25 {
                let v2: f64 = f64::floor(0.25_f64);
            } else {
                let (v3, v4) = ((((b) as f32).sin() as f64), (((b) as f32).sin() as f64));
                let (v5, v6) = ((((b) as f32).sin() as f64), (((b) as f32).sin() as f64));
            }
            for i7 in 0..3 {}
        } else if x[1] > (b / (0.25 * 0.25 + 1.0)) {
            if b.tanh().cosh() <= (self.k * self.k + 1.5).log(x[1] * x[1] + 2.0) {
                v1 -= (c - (x[1] - 0.25));
            }
        } else {
            let (v8, v9) = ((c * x[0]), (0.25_f64 * 0.25_f64 + 0.5).log2());
            for i10 in (0..3).rev() {}
            let mut arr11: [f64; 3] = [0.0; 3];
        }
        v1 = f64::powf((c * c + 0.5), v1.tanh());
        if rp58_h0([0.25, 0.5, -1.0]) < (-self.k) {
            let (v12, v13) = ((((v2) as f32).sin() as f64), (((v2) as f32).sin() as f64));
            let b = (if v13 <= 0.25 {
                (((v12) as f32).sin() as f64)
            } else {
                rp58_h0([1.5, 0.5, -1.0])
            });
        } else {
            if (if (-1.25) <= c { x[2] } else { 0.25 }) > x[1].floor() {
            } else if (-0.75) < a {
            } else {
                v1 -= (if b <= (self.n as f64) { 0.25 } else { b });
            }
            let mut v14 = (x[1] - (if x[2] > x[1] { 3.0 } else { 0.25 }));
        }
        rp58_h0([(x[1] * 0.1), 0.5, -1.0]) + v1 + v2
    }
}

static RP59_K0: i32 = 1;
const RP59_K1: [f64; 3] = [1.0, 0.1, 0.25];
#[differentiate]
fn rp59(a: f64, b: f64, x: &[f64], p: &Params) -> f64 {
    let mut v1 = f64::hypot(a, f64::mul_add((RP59_K0 as f64), p.k, RP59_K1[1]));
    let mut arr2 = [0.0_f64; 3];
    let mut k3 = 0usize;
    while k3 < 3 {
        let i4 = k3;
        k3 += 1;
        v1 -= (a.sin() * 0.5).asin();
        for e5 in RP59_K1 {}
        for i6 in 0..p.n {
            v1 /= x[i6] * x[i6] + 1.0;
        }
    }
    let mut k7 = 0usize;
    while k7 < 3 {
        let i8 = k7;
        k7 += 1;
        arr2[i8] += arr2[0].mul_add((f64::from(3u8) * 0.5), v1).round();
        let mut k9 = 0usize;
        while k9 < 3 {
            let i10 = k9;
            k9 += 1;
            let v11 = (if 0.1 <= x[i10] {
                (i8 as f64)
            } else {
                arr2[i10]
            });
        }
        arr2[i8] *= (RP59_K1[2].powi(3) * (p.n as f64));
    }
    if (0.1 % (a * a + 0.5)) < 2.0 {
        {
            v1 /= b.atan2(
                (b % ((RP59_K0 as f64) * (RP59_K0 as f64) + 0.5))
                    * (b % ((RP59_K0 as f64) * (RP59_K0 as f64) + 0.5))
                    + 0.5,
            ) * b.atan2(
                (b % ((RP59_K0 as f64) * (RP59_K0 as f64) + 0.5))
                    * (b % ((RP59_K0 as f64) * (RP59_K0 as f64) + 0.5))
                    + 0.5,
            ) + 1.0;
        }
        arr2[0] /= b * b + 1.0;
    } else if true {
        arr2[1] += (if x[1] < p.w[1] { RP59_K1[1] } else { x[1] });
        let mut k12 = 0usize;
        loop {
            if k12 >= 3 {
                break;
            }
            let i13 = k12;
            k12 += 1;
        }
    } else {
    }
    (a * a.mul_add(a, v1)) + v1 + arr2[0] + arr2[1] + arr2[2]
}

const RP60_K0: usize = 3;
const RP60_K1: [f64; 3] = [3.0, 2.0, (-1.25)];
static RP60_K2: [f64; 3] = [1.0, 2.0, 0.1];
const RP60_K3: [f64; 3] = [(-1.25), 1.5, 0.1];
#[differentiate]
fn rp60_h0(y0: &[f64], y1: &[f64]) -> [f64; 3] {
    [
        (1.5 * 1.0),
        (if !(1.0_f64).is_nan() {
            (1.0 / (std::f64::consts::FRAC_1_SQRT_2 * std::f64::consts::FRAC_1_SQRT_2 + 1.0))
        } else {
            2.0
        }),
        (2.0_f64 * 2.0_f64 + 0.5).log2(),
    ]
}
#[differentiate]
fn rp60_h1(s0: f64, s1: f64) -> (f64, f64) {
    for i1 in (0..3).rev() {
        let mut arr2: [f64; 3] = [0.0; 3];
    }
    {
        let mut v3 = (RP60_K2[2] * RP60_K3[1]);
        v3 /= (1.5 * (RP60_K0 as f64)) * (1.5 * (RP60_K0 as f64)) + 1.0;
    }
    ((3.0 - 1.5), (RP60_K1[1] % (1.5 * 1.5 + 0.5)))
}
impl Params {
    #[differentiate(wrt(a, b))]
    fn rp60(&self, a: f64, b: f64, x: &[f64]) -> f64 {
        let mut v1 = RP60_K2[1]
            .mul_add(RP60_K3[1], RP60_K1[1])
            .min((a - RP60_K1[1]));
        let mut v2 = 0.25_f64.hypot(RP60_K2[0]);
        for i3 in 0..3 {}
        if v1 >= (v1 - v2) {
            for i4 in 0..self.n {
                let mut a = f64::exp(RP60_K3[0].sin());
                let (u5, u6) = rp60_h1((self.n as f64), a);
                let w7: [f64; 3] = rp60_h0(&RP60_K2, &RP60_K1);
            }
            v1 -= (2.0_f64 * 2.0_f64 + 0.5).sqrt();
        } else if RP60_K2[1] >= RP60_K3[2] {
            v1 /= (f64::cbrt((self.w[1] * self.w[1] + 0.5)) + RP60_K2[1])
                * (f64::cbrt((self.w[1] * self.w[1] + 0.5)) + RP60_K2[1])
                + 1.0;
        } else {
            for &e8 in RP60_K1.iter() {}
        }
        {
            if ((-1.25) / ((5.0_f64.sqrt() - 2.0) * (5.0_f64.sqrt() - 2.0) + 1.0))
                >= f64::to_radians(b)
            {
                if (a.sin() * 0.5).atanh() >= 3.0 {
                    return ((f64::from(3u8) * 0.5) * 1.0);
                }
                v2 += (v2 + (b - x[0]));
            } else {
                v2 += v2;
            }
        }
        {}
        if (x.len() as f64) <= RP60_K1[1] {
            if ((a * RP60_K3[1]) > b || RP60_K1[0] > (a + v2)) {
                let mut arr9 = [0.0_f64; 3];
                let (v10, v11) = (
                    (if v1 <= v1 {
                        (f64::from(3u8) * 0.5).sin()
                    } else {
                        (2.0 * b)
                    }),
                    (a.atan2(2.0 * 2.0 + 0.5) - std::f64::consts::PI),
                );
                let (v12, v13) = (RP60_K3[1], 0.5_f64.powi(3));
            } else {
                v1 -= (2.0 / (b * b + 1.0));
            }
            if (x[1] - x[1]) > v1 {
                v2 = RP60_K1[1].hypot(self.w[2]);
                v2 *= self.k.sin().min(v1);
                let mut v14 = (-v2);
            }
        } else {
            if 2.0 > f64::mul_add(self.k, self.w[1], RP60_K1[2]) {
                let w15 = rp60_h0(&RP60_K2, &RP60_K1);
                v2 += (if 2.0 < RP60_K3[0] { 2.0 } else { RP60_K3[1] });
            } else if (x[0].mul_add(RP60_K3[1], a) < RP60_K3[1] && v1 > b) {
                v2 = (5.0_f64.sqrt() - 2.0);
                let mut v16 = RP60_K1[1].hypot(v2);
            } else {
            }
            if true {
                return f64::hypot(b, a).hypot(b);
            }
        }
        1.5 + v1 + v2
    }
}

static RP61_K0: usize = 1;
static RP61_K1: f64 = 1.0;
#[differentiate]
fn rp61_h0(y0: [f64; 3]) -> [f64; 3] {
    let mut k1 = 0usize;
    loop {
        if k1 >= 3 {
            break;
        }
        let i2 = k1;
        k1 += 1;
    }
    let mut arr3 = [0.0_f64; 3];
    [
        y0[1] + arr3[0] + arr3[1] + arr3[2],
        1.5_f64.hypot(1.0),
        1.0_f64.mul_add(1.0, (1.0 - RP61_K1)),
    ]
}
mod rp61_m {
    use super::*;

    #[differentiate]
    pub fn rp61_h1(y0: [f64; 3], y1: &[f64], y2: [f64; 3]) -> (f64, f64) {
        if (1.0_f64.mul_add(1.0, RP61_K1) <= f64::hypot((RP61_K0 as f64), 0.5)
            || std::f64::consts::FRAC_1_SQRT_2
                < f64::powf((1.0_f64 * 1.0_f64 + 0.5), 3.0_f64.tanh()))
        {
            return (y2[0].asinh().mul_add((RP61_K0 as f64), y0[1]), 1.0);
        }
        let mut k1 = 0usize;
        loop {
            if k1 >= 3 {
                break;
            }
            let i2 = k1;
            k1 += 1;
        }
        let mut v3 =
            ((RP61_K0 as f64).clamp(-0.5, 0.75) * (RP61_K0 as f64).clamp(-0.5, 0.75) + 1.0).ln();
        ((-v3) + v3, v3.atan())
    }
}
#[differentiate]
fn rp61(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (if (d < x[1] && x[1] > b) {
        x[1]
    } else {
        (RP61_K0 as f64)
    });
    for i2 in 0..=2 {
        if true {
            if !(x[i2] <= 1.5) {
                continue;
            }
        } else {
            let (v3, v4) = (((i2 as f64) + v1), (((d) as f32).sin() as f64));
            let mut arr5 = [0.0_f64; 3];
        }
        for i6 in 0..3 {
            v1 += 1.5;
        }
        let mut k7 = 0usize;
        loop {
            if k7 >= 3 {
                break;
            }
            let i8 = k7;
            k7 += 1;
        }
    }
    let mut v9 = (x[2] + a);
    {
        let mut k10 = 0usize;
        while k10 < 3 {
            let i11 = k10;
            k10 += 1;
            if ((-x[i11]) >= (b * b + 0.5).powf(d.tanh()) || x[0].to_radians() >= x[2]) {
                continue;
            }
        }
        let w12 = rp61_h0(x);
    }
    let mut arr13: Vec<f64> = vec![0.0; x.len()];
    (RP61_K0 as f64).mul_add(d, x[1]) + v1 + v9 + arr13[0] + arr13[1] + arr13[2]
}

#[differentiate]
fn rp62_h0(y0: &[f64]) -> f64 {
    ((1.0 * 0.25) * 1.0)
}
#[differentiate]
fn rp62_h1(s0: f64, y1: [f64; 3]) -> [f64; 3] {
    let mut v1 = 1.5_f64.asinh();
    [
        (v1 - s0) + v1,
        (2.0 % ((-1.5) * (-1.5) + 0.5)),
        f64::cosh(s0.tanh()).atan(),
    ]
}
impl Params {
    #[differentiate]
    fn rp62(&self, a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
        let mut v1 = x[0].mul_add(b.tanh().cosh(), 2.0);
        let mut v2 = v1.hypot(b);
        for i3 in 0..self.n {
            v1 -= (i3 as f64).fract().mul_add(0.1, v2);
        }
        if (0.25 < b && x[1].sin().exp_m1() >= x[2]) {
            let (v4, v5): (f64, f64) = (
                ((if 0.25 >= x[1] { 2.0 } else { v2 }).cos() * 0.5).acos(),
                3.0,
            );
        } else if (x[0] >= a || 3.0 > v1) {
            let mut k6 = 0usize;
            loop {
                if k6 >= 3 {
                    break;
                }
                let i7 = k6;
                k6 += 1;
            }
            let w8: [f64; 3] = rp62_h1(rp62_h0(&x), [(-1.25), 0.5, -1.0]);
        } else {
            for i9 in 0..self.n {
                let mut arr10: [f64; 3] = [
                    (-x[i9]),
                    ((i9 as f64) * (i9 as f64)).ln_1p(),
                    ((i9 as f64) / (x[1] * x[1] + 1.0)),
                ];
            }
        }
        a.atan2(v1 * v1 + 0.5) + v1 + v2
    }
}

const RP63_K0: [f64; 3] = [2.0, 0.25, 2.0];
#[differentiate(wrt(a, b, c))]
fn rp63(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x[0] * (-0.75));
    #[checkpoint]
    for i2 in 0..3 {
        if a.mul_add(a, RP63_K0[i2]) <= ((i2 * 2 + 1) as f64) {
            v1 += (((i2 * 2 + 1) as f64) * ((i2 * 2 + 1) as f64)).ln_1p();
            v1 /= b.cos() * b.cos() + 1.0;
        } else if (x[i2] - (i2 as f64)) <= x[i2] {
            let (v3, v4): (f64, f64) = ((x[i2] * x[i2].atan2(a * a + 0.5)), 3.0);
        } else {
        }
    }
    let mut v5: f64 = ((-RP63_K0[1]) * 0.1);
    let mut arr6 = [0.0_f64; 3];
    let mut k7 = 0usize;
    while k7 < 3 {
        let i8 = k7;
        k7 += 1;
    }
    f64::atan2((1.5 * a), (-1.5) * (-1.5) + 0.5) + v1 + v5 + arr6[0] + arr6[1] + arr6[2]
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
                0.7101056626805996,
                1.1012843090747522,
                1.2438955755279637,
                -0.6250463920533453,
                -1.0238130560751362,
                -1.4838913481391387,
            ],
            f: |p| {
                let p = black_box(p);
                rp00(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.022423114995917988,
                        w: [0.412188373293642, 0.5185047850136224, -0.273116574104231],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp00_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.022423114995917988,
                        w: [0.412188373293642, 0.5185047850136224, -0.273116574104231],
                        n: 3,
                    }),
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
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.022423114995917988,
                        w: [0.412188373293642, 0.5185047850136224, -0.273116574104231],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -1.5448279959070215,
                &[0.0, -0.2824650799625717, 0.0, 0.8335620306843058, 1.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp01",
            point: &[
                -1.3771935015622114,
                0.15365519261342092,
                -0.8080788902273262,
                -0.7166753355218742,
                -0.304561712234639,
            ],
            f: |p| {
                let p = black_box(p);
                rp01(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.36307284819738217_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.6561782932458039,
                        w: [0.3497812502080018, 0.6603256770257704, 1.141365760534827],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp01_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-0.36307284819738217_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.6561782932458039,
                        w: [0.3497812502080018, 0.6603256770257704, 1.141365760534827],
                        n: 3,
                    }),
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
                    black_box(-0.36307284819738217_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.6561782932458039,
                        w: [0.3497812502080018, 0.6603256770257704, 1.141365760534827],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (-4.746194563860519, &[3.0, 1.0, 0.0, 2.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp02",
            point: &[
                -1.0663029407390234,
                0.8418421276176553,
                -0.3766823663033996,
                1.237739097722722,
                1.4281305135852354,
                0.8990154535552002,
                0.06040676027444384,
                -1.3925994916291957,
            ],
            f: |p| {
                let p = black_box(p);
                rp02(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp02_grad(
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
                let (y, d) = rp02_jvp(
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
                0.17147774246401734,
                &[
                    0.0,
                    -1.0,
                    0.0,
                    0.0,
                    2.8562610271704707,
                    3.4380309071104005,
                    0.12081352054888768,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp03",
            point: &[
                -0.08902951256995198,
                -0.236024035963279,
                1.0470886960550096,
                0.23212094755799442,
                -0.8891791294828392,
                0.32156049710004625,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.39527551004058004,
                    w: [
                        -1.3981009797525248,
                        1.3577482133192798,
                        -0.43686040055935904,
                    ],
                    n: 2,
                })
                .rp03(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&vec![p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.39527551004058004,
                    w: [
                        -1.3981009797525248,
                        1.3577482133192798,
                        -0.43686040055935904,
                    ],
                    n: 2,
                })
                .rp03_grad(
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
                    k: -0.39527551004058004,
                    w: [
                        -1.3981009797525248,
                        1.3577482133192798,
                        -0.43686040055935904,
                    ],
                    n: 2,
                })
                .rp03_jvp(
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
                59.3611691501657,
                &[
                    0.5584596935480537,
                    -0.27210279653443015,
                    -7.033286788248805,
                    2.7561559203316865,
                    1.110677133654049,
                    3.0959212724395617,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp04",
            point: &[
                -1.3137958610220186,
                1.0994812607863942,
                1.350978857176616,
                0.2986915435137747,
                0.10852430416143238,
                0.7273238835124632,
            ],
            f: |p| {
                let p = black_box(p);
                rp04(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7702665533137313,
                        w: [-0.911474417972469, 0.3820251437089892, 0.5392092167560667],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp04_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7702665533137313,
                        w: [-0.911474417972469, 0.3820251437089892, 0.5392092167560667],
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: -0.7702665533137313,
                        w: [-0.911474417972469, 0.3820251437089892, 0.5392092167560667],
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
                -6.1239859429480425,
                &[0.6152524148460762, 1.0, -3.0, 0.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp05",
            point: &[
                -0.5870085260350807,
                0.5635778529487575,
                1.3092009060759107,
                -0.38678247095613166,
                -0.9238669717739395,
            ],
            f: |p| {
                let p = black_box(p);
                rp05(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.47793107117083855,
                        w: [-0.6840232686289724, 0.8389083051966194, -0.3204613440320838],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp05_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.47793107117083855,
                        w: [-0.6840232686289724, 0.8389083051966194, -0.3204613440320838],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp05_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]][..]),
                    black_box(&Params {
                        k: 0.47793107117083855,
                        w: [-0.6840232686289724, 0.8389083051966194, -0.3204613440320838],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.2229239767822335,
                &[
                    0.8875436060204118,
                    1.7996944801935535,
                    0.0,
                    0.5635778529487575,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp06",
            point: &[
                -0.015948548913002014,
                -1.3063595294952393,
                -0.051058586686849594,
                -0.4327227473258972,
                -1.077516794204712,
                -1.0543819665908813,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.804975761221191,
                    w: [0.9384253711080239, -0.2711277564232375, -0.8711006245979711],
                    n: 2,
                })
                .rp06(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&vec![(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.804975761221191,
                    w: [0.9384253711080239, -0.2711277564232375, -0.8711006245979711],
                    n: 2,
                })
                .rp06_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&vec![(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.804975761221191,
                    w: [0.9384253711080239, -0.2711277564232375, -0.8711006245979711],
                    n: 2,
                })
                .rp06_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(&vec![(p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                    black_box(&[(t[3] as f32), (t[4] as f32), (t[5] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.3886415362358093,
                &[
                    -4.716431617736816,
                    0.0,
                    0.03899597004055977,
                    0.0,
                    0.40275976061820984,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp07",
            point: &[
                -0.9985987131060734,
                1.24926262482741,
                -1.1607829520770907,
                0.634448216068204,
                0.31196343215127553,
                -1.2429837985119048,
            ],
            f: |p| {
                let p = black_box(p);
                rp07(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.07651989507933814,
                        w: [
                            -1.4212613903011033,
                            -0.8093310167204618,
                            -0.3067429259224721,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp07_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.07651989507933814,
                        w: [
                            -1.4212613903011033,
                            -0.8093310167204618,
                            -0.3067429259224721,
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
                let (y, d) = rp07_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&vec![p[2], p[3], p[4], p[5]]),
                    black_box(&Params {
                        k: -0.07651989507933814,
                        w: [
                            -1.4212613903011033,
                            -0.8093310167204618,
                            -0.3067429259224721,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.789759726479244,
                &[
                    -2.3760731356974487,
                    0.0,
                    -0.6880365678487245,
                    -0.6880365678487245,
                    -1.2166793427809786,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp08",
            point: &[
                1.1164636670316703,
                -1.3050198583526267,
                -1.2451522241904478,
                -1.2160841675937681,
                1.0808119201970547,
                0.6610437223414235,
            ],
            f: |p| {
                let p = black_box(p);
                rp08(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.779231646960274,
                        w: [1.4691442970023838, 1.1998132880184997, 0.6419791403860913],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp08_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.779231646960274,
                        w: [1.4691442970023838, 1.1998132880184997, 0.6419791403860913],
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.779231646960274,
                        w: [1.4691442970023838, 1.1998132880184997, 0.6419791403860913],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(&[t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                1.1819479385302722,
                &[
                    1.5289610738993669,
                    1.0,
                    -0.5014713364393634,
                    0.0,
                    0.0,
                    -1.5289610738993669,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp09",
            point: &[
                -0.0846425401929939,
                0.7535942526891626,
                0.7830087035064905,
                -1.2342630357980102,
                -0.8148113022399881,
                0.39427975307775276,
                -0.21713331553994675,
                -0.382728421673096,
                0.4805008520971316,
                1.0835144904467138,
                0.8879332282972182,
                1.3403294302701407,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.3129646822440484,
                    w: [-1.1933675937092703, 0.9330578759195133, 1.287067129115732],
                    n: 3,
                })
                .rp09(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.3129646822440484,
                    w: [-1.1933675937092703, 0.9330578759195133, 1.287067129115732],
                    n: 3,
                })
                .rp09_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -1.3129646822440484,
                    w: [-1.1933675937092703, 0.9330578759195133, 1.287067129115732],
                    n: 3,
                })
                .rp09_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&vec![p[4], p[5], p[6], p[7]]),
                    black_box(&[[p[8], p[9]], [p[10], p[11]]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box(&[t[4], t[5], t[6], t[7]][..]),
                    black_box(&[[t[8], t[9]], [t[10], t[11]]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                18.023708076340593,
                &[
                    -1.6376648647021819,
                    1.0,
                    0.611006299187877,
                    0.0,
                    -0.0846425401929939,
                    -0.0846425401929939,
                    -0.0846425401929939,
                    0.0,
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
            name: "rp10",
            point: &[
                -1.045418995250095,
                0.08494950753143732,
                -1.292877184758731,
                -0.35318264143036254,
                0.7736003357899303,
                -0.11078558513917469,
                -0.3058346816233604,
            ],
            f: |p| {
                let p = black_box(p);
                rp10(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.1657981025466945,
                        w: [-0.9058532255594357, 1.1391855890867322, 1.4055375745344556],
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
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.1657981025466945,
                        w: [-0.9058532255594357, 1.1391855890867322, 1.4055375745344556],
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
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(&Params {
                        k: 0.1657981025466945,
                        w: [-0.9058532255594357, 1.1391855890867322, 1.4055375745344556],
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
                -1.2646170555893534,
                &[
                    0.0,
                    -0.0,
                    1.0,
                    8.188760967768481e-12,
                    -0.22157117026676873,
                    1.5472006715798605,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp11",
            point: &[-0.9209930217215743, -0.12244290020767974],
            f: |p| {
                let p = black_box(p);
                rp11(
                    black_box(-0.10891694281401883_f64),
                    black_box(p[0]),
                    black_box(-1.0925913978599793_f64),
                    black_box(p[1]),
                    black_box(&[
                        0.009565947066415616_f64,
                        0.5366636995808147_f64,
                        -0.044178982470417155_f64,
                        0.8194238591463844_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp11_grad(
                    black_box(-0.10891694281401883_f64),
                    black_box(p[0]),
                    black_box(-1.0925913978599793_f64),
                    black_box(p[1]),
                    black_box(&[
                        0.009565947066415616_f64,
                        0.5366636995808147_f64,
                        -0.044178982470417155_f64,
                        0.8194238591463844_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp11_jvp(
                    black_box(-0.10891694281401883_f64),
                    black_box(p[0]),
                    black_box(-1.0925913978599793_f64),
                    black_box(p[1]),
                    black_box(&[
                        0.009565947066415616_f64,
                        0.5366636995808147_f64,
                        -0.044178982470417155_f64,
                        0.8194238591463844_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-1.9756354155482836, &[-0.1402640725161449, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp12",
            point: &[
                -0.0024073838509713046,
                -0.6998915315280332,
                0.9813260095082953,
                1.4413660390543717,
                0.006762587747368034,
                0.8778255719653797,
                -1.3239956275739955,
            ],
            f: |p| {
                let p = black_box(p);
                rp12(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2352490019879565,
                        w: [
                            -0.07143952884317786,
                            0.38572694797867313,
                            -0.8113160353921428,
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2352490019879565,
                        w: [
                            -0.07143952884317786,
                            0.38572694797867313,
                            -0.8113160353921428,
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
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 1.2352490019879565,
                        w: [
                            -0.07143952884317786,
                            0.38572694797867313,
                            -0.8113160353921428,
                        ],
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
                -0.4483439883066161,
                &[
                    0.0,
                    0.0,
                    0.0,
                    0.0017400902727036593,
                    -1.1158382910693835e-5,
                    -0.00570854156533327,
                    -0.002191207653545129,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp13",
            point: &[0.8985514640808105, 1.3829736709594727, 1.288577675819397],
            f: |p| {
                let p = black_box(p);
                rp13(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(-0.086529076_f32),
                    black_box([1.166103_f32, -1.4516383_f32, 0.039096083_f32]),
                    black_box(&Params {
                        k: -1.0541394157738109,
                        w: [-1.0278386883494377, 0.7635141148190054, 0.1455313521573049],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp13_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(-0.086529076_f32),
                    black_box([1.166103_f32, -1.4516383_f32, 0.039096083_f32]),
                    black_box(&Params {
                        k: -1.0541394157738109,
                        w: [-1.0278386883494377, 0.7635141148190054, 0.1455313521573049],
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
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box((p[2] as f32)),
                    black_box(-0.086529076_f32),
                    black_box([1.166103_f32, -1.4516383_f32, 0.039096083_f32]),
                    black_box(&Params {
                        k: -1.0541394157738109,
                        w: [-1.0278386883494377, 0.7635141148190054, 0.1455313521573049],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box((t[2] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (3.204176425933838, &[1.5, 1.0, 0.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp14",
            point: &[
                0.16509338242860985,
                0.8106899808314172,
                0.3606033613281372,
                -0.6586836187193941,
                1.1624384557025338,
            ],
            f: |p| {
                let p = black_box(p);
                rp14(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp14_grad(
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
                let (y, d) = rp14_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (19.59307459493383, &[0.0, 0.0, 3.0, 3.0, 3.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp15",
            point: &[
                1.3047168274856995,
                1.1114379227690598,
                -0.3933341302791617,
                0.11185734707956456,
                0.8320831681903638,
                -1.3262652269116195,
                1.4365203184224413,
            ],
            f: |p| {
                let p = black_box(p);
                rp15(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp15_grad(
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
                let (y, d) = rp15_jvp(
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
            expected: (4.289678232051668, &[1.0, 2.0, -3.0, 0.0, 1.0, 0.0, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp16",
            point: &[
                1.4833968877792358,
                0.9921318888664246,
                -0.8236259818077087,
                -0.6979368925094604,
                -0.4802906811237335,
            ],
            f: |p| {
                let p = black_box(p);
                rp16(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)][..]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.1484653436198045,
                        w: [
                            -0.8290125570369536,
                            -0.49711442663111055,
                            -0.14656574846943876,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp16_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)][..]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.1484653436198045,
                        w: [
                            -0.8290125570369536,
                            -0.49711442663111055,
                            -0.14656574846943876,
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
                let (y, d) = rp16_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(&[(p[2] as f32), (p[3] as f32), (p[4] as f32)][..]),
                    black_box(true),
                    black_box(&Params {
                        k: 0.1484653436198045,
                        w: [
                            -0.8290125570369536,
                            -0.49711442663111055,
                            -0.14656574846943876,
                        ],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box(&[(t[2] as f32), (t[3] as f32), (t[4] as f32)][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                5.648190498352051,
                &[1.0, -1.0, -2.519709348678589, 1.0, 2.3236260414123535],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp17",
            point: &[
                -0.3846785602656328,
                -1.3265403973612675,
                0.6000801859609277,
                -1.2746761629798247,
                0.42111594680558034,
                1.467199679928225,
                -1.4642399405743385,
                0.6562041294511698,
            ],
            f: |p| {
                let p = black_box(p);
                rp17(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.9789120789616146,
                        w: [
                            -0.7465127528160526,
                            -1.1303685574235065,
                            -0.8664755939284831,
                        ],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp17_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.9789120789616146,
                        w: [
                            -0.7465127528160526,
                            -1.1303685574235065,
                            -0.8664755939284831,
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
                let (y, d) = rp17_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6], p[7]]),
                    black_box(&Params {
                        k: -0.9789120789616146,
                        w: [
                            -0.7465127528160526,
                            -1.1303685574235065,
                            -0.8664755939284831,
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
                0.7544883942628203,
                &[
                    0.0,
                    0.0,
                    0.0,
                    -1.0,
                    0.0,
                    -0.9946386648923176,
                    1.0,
                    1.458365137316281,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp18",
            point: &[-1.2084360652483388, 1.3069754097296202],
            f: |p| {
                let p = black_box(p);
                rp18(
                    black_box(p[0]),
                    black_box(-0.6937605995717377_f64),
                    black_box(-1.4296287458830013_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.8964880182434091_f64,
                            1.166041138654811_f64,
                            0.5388730384020776_f64,
                            -0.24348678050769287_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp18_grad(
                    black_box(p[0]),
                    black_box(-0.6937605995717377_f64),
                    black_box(-1.4296287458830013_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.8964880182434091_f64,
                            1.166041138654811_f64,
                            0.5388730384020776_f64,
                            -0.24348678050769287_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp18_jvp(
                    black_box(p[0]),
                    black_box(-0.6937605995717377_f64),
                    black_box(-1.4296287458830013_f64),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.8964880182434091_f64,
                            1.166041138654811_f64,
                            0.5388730384020776_f64,
                            -0.24348678050769287_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.437578090915273, &[0.4655701804859456, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp19",
            point: &[-0.09565695595804855, 0.4086744305779408],
            f: |p| {
                let p = black_box(p);
                rp19(
                    black_box(-1.4609472573235514_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.0171864130624955_f64),
                    black_box(&vec![
                        1.0265511721532483_f64,
                        0.08182749376354162_f64,
                        -0.8805855412657185_f64,
                    ]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.9827368953424852,
                        w: [0.9106704099887284, -0.34348983784250614, 1.3652452092694238],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp19_grad(
                    black_box(-1.4609472573235514_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.0171864130624955_f64),
                    black_box(&vec![
                        1.0265511721532483_f64,
                        0.08182749376354162_f64,
                        -0.8805855412657185_f64,
                    ]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.9827368953424852,
                        w: [0.9106704099887284, -0.34348983784250614, 1.3652452092694238],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp19_jvp(
                    black_box(-1.4609472573235514_f64),
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(-1.0171864130624955_f64),
                    black_box(&vec![
                        1.0265511721532483_f64,
                        0.08182749376354162_f64,
                        -0.8805855412657185_f64,
                    ]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.9827368953424852,
                        w: [0.9106704099887284, -0.34348983784250614, 1.3652452092694238],
                        n: 3,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (0.6885280452615111, &[0.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp20",
            point: &[
                -1.015343922126305,
                1.4593066353891875,
                0.49524025424206897,
                0.572611210300326,
                -0.9678153789152598,
                -1.4871681582506178,
            ],
            f: |p| {
                let p = black_box(p);
                rp20(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp20_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(false),
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
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.16669445047299,
                &[-0.5760684004441946, 0.0, -1.916218739064716, 1.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp21",
            point: &[
                -0.19169506000727843,
                1.0032590223118696,
                0.880382532089304,
                0.706191478642019,
                -0.4904804481357812,
                0.4242451278844947,
                -0.6177561559931112,
                1.491068834323484,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 1.1890264828871169,
                    w: [
                        -1.3581889395048952,
                        -0.13703857847598216,
                        -1.021064028261164,
                    ],
                    n: 2,
                })
                .rp21(
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
                    k: 1.1890264828871169,
                    w: [
                        -1.3581889395048952,
                        -0.13703857847598216,
                        -1.021064028261164,
                    ],
                    n: 2,
                })
                .rp21_grad(
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
                    k: 1.1890264828871169,
                    w: [
                        -1.3581889395048952,
                        -0.13703857847598216,
                        -1.021064028261164,
                    ],
                    n: 2,
                })
                .rp21_jvp(
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
                -0.4195473641070573,
                &[
                    0.0,
                    0.0,
                    -1.2606240849807202,
                    0.0,
                    0.4242451278844947,
                    -0.4904804481357812,
                    -0.7159524632940159,
                    0.06434921041749195,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp22",
            point: &[
                -0.6009978321280928,
                1.3605175920276185,
                -1.3826065929164364,
                1.1281426141453779,
                0.5678027421575852,
                0.9184634088749346,
                -0.41133144749950457,
                -0.7790837687883088,
                -0.535616645423213,
                0.8197669724222365,
                1.1118982885434276,
                -1.2455957439452907,
            ],
            f: |p| {
                let p = black_box(p);
                rp22(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp22_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                    black_box(false),
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
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]][..]),
                    black_box([[p[8], p[9]], [p[10], p[11]]]),
                    black_box(false),
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
                11.051953114782632,
                &[
                    0.0,
                    0.0,
                    -5.450236613432673,
                    0.0,
                    -0.30896887990890054,
                    -0.39521877594641974,
                    0.24270080588543053,
                    1.0144633576694935,
                    -1.4449478940457199,
                    1.0200141299723444,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp23",
            point: &[
                0.8168709755512672,
                0.24446236286443887,
                -0.3538014129338448,
                -0.15809349985792412,
                1.1369762542497692,
                0.18181531387274552,
            ],
            f: |p| {
                let p = black_box(p);
                rp23(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp23_grad(
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
                let (y, d) = rp23_jvp(
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
                3.1074773874738804,
                &[1.1242672070718913, -0.5, 1.0, 0.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp24",
            point: &[
                -0.3185977626575606,
                0.5632553772141039,
                0.4344318536111601,
                0.5042765051890215,
            ],
            f: |p| {
                let p = black_box(p);
                rp24(
                    black_box(-0.7021566247992429_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp24_grad(
                    black_box(-0.7021566247992429_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp24_jvp(
                    black_box(-0.7021566247992429_f64),
                    black_box(p[0]),
                    black_box(&[p[1], p[2], p[3]][..]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(&[t[1], t[2], t[3]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (0.658081941959642, &[0.0, 0.5986337614205247, 0.0, -1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp25",
            point: &[
                -1.1743531243329792,
                0.30759182339411445,
                -1.4409975706309535,
                -0.33346162414379993,
                0.4449803173433254,
                1.0822967082359507,
                -0.7821936871582272,
                0.40666615257679173,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.2004321345465203,
                    w: [
                        0.07317193084498445,
                        -0.8339870234615715,
                        -0.6280722692699848,
                    ],
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
                    k: 0.2004321345465203,
                    w: [
                        0.07317193084498445,
                        -0.8339870234615715,
                        -0.6280722692699848,
                    ],
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
                    k: 0.2004321345465203,
                    w: [
                        0.07317193084498445,
                        -0.8339870234615715,
                        -0.6280722692699848,
                    ],
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
                -0.8127150077769967,
                &[0.0, -0.1, 3.5, -0.2829266022994559, 0.0, 2.0, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp26",
            point: &[
                0.8642975546302697,
                0.946718591008531,
                -0.1405000463050693,
                -1.1275211923904507,
                0.4101498050489376,
                -0.9900021513688753,
                -0.5715511790454737,
            ],
            f: |p| {
                let p = black_box(p);
                rp26(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9978990103633104,
                        w: [-1.1774492573924535, 1.4987911117063613, 1.2350011181778249],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp26_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9978990103633104,
                        w: [-1.1774492573924535, 1.4987911117063613, 1.2350011181778249],
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
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]]),
                    black_box(&Params {
                        k: 0.9978990103633104,
                        w: [-1.1774492573924535, 1.4987911117063613, 1.2350011181778249],
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
                1.765072949013431,
                &[
                    0.5420690338968622,
                    1.0,
                    -2.4900021513688753,
                    0.0,
                    0.0,
                    -0.1405000463050693,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp27",
            point: &[
                -0.7176491140711023,
                -0.45178916809753894,
                -1.091277348131337,
                -1.0078592657930134,
                -0.06420626531788709,
                -1.0455866367216629,
                -0.828754377262832,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.1458915326440634,
                    w: [
                        -0.25175236522716926,
                        -0.404330124013575,
                        0.45985495274481464,
                    ],
                    n: 3,
                })
                .rp27(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.1458915326440634,
                    w: [
                        -0.25175236522716926,
                        -0.404330124013575,
                        0.45985495274481464,
                    ],
                    n: 3,
                })
                .rp27_grad(
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
                    k: -0.1458915326440634,
                    w: [
                        -0.25175236522716926,
                        -0.404330124013575,
                        0.45985495274481464,
                    ],
                    n: 3,
                })
                .rp27_jvp(
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
                -1.2700164079851701,
                &[
                    1.091277348131337,
                    -1.0,
                    1.7176491140711023,
                    0.0,
                    1.0,
                    -1.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp28",
            point: &[1.4207944869995117, 0.9841454029083252],
            f: |p| {
                let p = black_box(p);
                rp28(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.9174266_f32),
                    black_box([-0.5332229_f32, 1.3064092_f32, -0.16494009_f32]),
                    black_box([
                        [0.40033612_f32, 1.4311914_f32],
                        [-0.00050161587_f32, 1.0694766_f32],
                    ]),
                    black_box(&Params {
                        k: 1.0370896981660975,
                        w: [0.028974170704270066, 1.308805922492358, -0.4194418545104936],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp28_grad(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.9174266_f32),
                    black_box([-0.5332229_f32, 1.3064092_f32, -0.16494009_f32]),
                    black_box([
                        [0.40033612_f32, 1.4311914_f32],
                        [-0.00050161587_f32, 1.0694766_f32],
                    ]),
                    black_box(&Params {
                        k: 1.0370896981660975,
                        w: [0.028974170704270066, 1.308805922492358, -0.4194418545104936],
                        n: 3,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp28_jvp(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box(-0.9174266_f32),
                    black_box([-0.5332229_f32, 1.3064092_f32, -0.16494009_f32]),
                    black_box([
                        [0.40033612_f32, 1.4311914_f32],
                        [-0.00050161587_f32, 1.0694766_f32],
                    ]),
                    black_box(&Params {
                        k: 1.0370896981660975,
                        w: [0.028974170704270066, 1.308805922492358, -0.4194418545104936],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (1.8231394290924072, &[0.0, 1.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp29",
            point: &[0.965929710739479],
            f: |p| {
                let p = black_box(p);
                rp29(
                    black_box(p[0]),
                    black_box(0.34301018623288865_f64),
                    black_box([
                        0.4143319529052694_f64,
                        -0.06269602557967377_f64,
                        -0.3719747963884368_f64,
                        -0.10032070971368462_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp29_grad(
                    black_box(p[0]),
                    black_box(0.34301018623288865_f64),
                    black_box([
                        0.4143319529052694_f64,
                        -0.06269602557967377_f64,
                        -0.3719747963884368_f64,
                        -0.10032070971368462_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp29_jvp(
                    black_box(p[0]),
                    black_box(0.34301018623288865_f64),
                    black_box([
                        0.4143319529052694_f64,
                        -0.06269602557967377_f64,
                        -0.3719747963884368_f64,
                        -0.10032070971368462_f64,
                    ]),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (-2.1591913626123436, &[-1.318516874591504]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp30",
            point: &[
                0.8131197942476721,
                1.1857073986772664,
                -0.4610083554331303,
                -1.228563366674386,
                -0.7151990903962748,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.5021453140767251,
                    w: [-0.6106566774691752, 1.198143158684287, 0.7447669733561127],
                    n: 2,
                })
                .rp30(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.5021453140767251,
                    w: [-0.6106566774691752, 1.198143158684287, 0.7447669733561127],
                    n: 2,
                })
                .rp30_grad(
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
                    k: -0.5021453140767251,
                    w: [-0.6106566774691752, 1.198143158684287, 0.7447669733561127],
                    n: 2,
                })
                .rp30_jvp(
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
                2.4383754027095286,
                &[
                    1.5519140658037354,
                    -0.7151990903962748,
                    0.0,
                    -0.8339009917058441,
                    1.1857073986772664,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp31",
            point: &[
                1.1157897222795705,
                -0.08032842615200896,
                -1.056301949514939,
                1.254700500799267,
                0.8601584613813448,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.5762339327474563,
                    w: [-0.9362192472924922, -1.0849078591212595, 1.0497852429039969],
                    n: 2,
                })
                .rp31(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.5762339327474563,
                    w: [-0.9362192472924922, -1.0849078591212595, 1.0497852429039969],
                    n: 2,
                })
                .rp31_grad(
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
                    k: -0.5762339327474563,
                    w: [-0.9362192472924922, -1.0849078591212595, 1.0497852429039969],
                    n: 2,
                })
                .rp31_jvp(
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
                -2.810703908772406,
                &[-1.0, 0.0, 0.27329500341418667, 0.5020433523849375, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp32",
            point: &[
                -0.09823826901370813,
                -0.6846901268342168,
                0.8800033972687211,
                0.09167764076908999,
                -1.2262236992465396,
            ],
            f: |p| {
                let p = black_box(p);
                rp32(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp32_grad(
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
                let (y, d) = rp32_jvp(
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
                1.2022818009656806,
                &[
                    0.13213570030343927,
                    1.073064645021783,
                    0.16552245498178159,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp33",
            point: &[
                0.9347040036078959,
                1.2731246273547896,
                -0.9466211836817608,
                -1.238896675739638,
                -0.7258021240863498,
                -0.9015214412155371,
                1.3131756094316593,
            ],
            f: |p| {
                let p = black_box(p);
                rp33(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp33_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(true),
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
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                    black_box(true),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                    black_box(t[3]),
                    black_box([t[4], t[5], t[6]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                -0.8673861849401029,
                &[
                    0.0,
                    -0.7258021240863498,
                    0.0,
                    0.3944983305181293,
                    1.2731246273547896,
                    -0.5486995250295436,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp34",
            point: &[0.09996239840984344],
            f: |p| {
                let p = black_box(p);
                rp34(
                    black_box(1.3120068_f32),
                    black_box(-0.37957662_f32),
                    black_box((p[0] as f32)),
                    black_box(&vec![0.6968873_f32, -1.2572267_f32, -0.36167064_f32]),
                    black_box(&Params {
                        k: -0.48201292671224927,
                        w: [
                            0.47502352061555786,
                            -1.4459722670047404,
                            -0.3816354037265546,
                        ],
                        n: 3,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp34_grad(
                    black_box(1.3120068_f32),
                    black_box(-0.37957662_f32),
                    black_box((p[0] as f32)),
                    black_box(&vec![0.6968873_f32, -1.2572267_f32, -0.36167064_f32]),
                    black_box(&Params {
                        k: -0.48201292671224927,
                        w: [
                            0.47502352061555786,
                            -1.4459722670047404,
                            -0.3816354037265546,
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
                let (y, d) = rp34_jvp(
                    black_box(1.3120068_f32),
                    black_box(-0.37957662_f32),
                    black_box((p[0] as f32)),
                    black_box(&vec![0.6968873_f32, -1.2572267_f32, -0.36167064_f32]),
                    black_box(&Params {
                        k: -0.48201292671224927,
                        w: [
                            0.47502352061555786,
                            -1.4459722670047404,
                            -0.3816354037265546,
                        ],
                        n: 3,
                    }),
                    black_box((t[0] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (0.16380389034748077, &[0.23342427611351013]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp35",
            point: &[-0.30879677486333523, 1.1770836198990755],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: 0.5198704223539942,
                    w: [-0.7706250213394347, 1.2139213765634975, -0.8017384367007298],
                    n: 3,
                })
                .rp35(
                    black_box(p[0]),
                    black_box(-0.6162633695378344_f64),
                    black_box(p[1]),
                    black_box([
                        -1.148055588848359_f64,
                        -0.6726063902275965_f64,
                        0.3616633730202174_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: 0.5198704223539942,
                    w: [-0.7706250213394347, 1.2139213765634975, -0.8017384367007298],
                    n: 3,
                })
                .rp35_grad(
                    black_box(p[0]),
                    black_box(-0.6162633695378344_f64),
                    black_box(p[1]),
                    black_box([
                        -1.148055588848359_f64,
                        -0.6726063902275965_f64,
                        0.3616633730202174_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: 0.5198704223539942,
                    w: [-0.7706250213394347, 1.2139213765634975, -0.8017384367007298],
                    n: 3,
                })
                .rp35_jvp(
                    black_box(p[0]),
                    black_box(-0.6162633695378344_f64),
                    black_box(p[1]),
                    black_box([
                        -1.148055588848359_f64,
                        -0.6726063902275965_f64,
                        0.3616633730202174_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (3.829308088700421, &[0.2646270775801025, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp36",
            point: &[
                -0.5576624213678947,
                -0.8936410459458871,
                -0.9468337788641146,
                -0.6041411114906992,
                0.7934006866031784,
                -1.3462759637353978,
            ],
            f: |p| {
                let p = black_box(p);
                rp36(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp36_grad(
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
                let (y, d) = rp36_jvp(
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
                2.2171797752679523,
                &[
                    -1.0834670841526273,
                    1.7934006866031784,
                    -0.36307324298443533,
                    -0.999231481610177,
                    0.44326574913590744,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp37",
            point: &[
                1.4074007339750332,
                -0.24936743277364545,
                0.16304254004202878,
                0.30707855662414796,
                -1.2329267429166226,
                0.02067077702387655,
                0.4599353191231645,
            ],
            f: |p| {
                let p = black_box(p);
                rp37(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.2859075696491539,
                        w: [1.3838998137492837, 0.4298757344313329, -0.7390887840516508],
                        n: 3,
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
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.2859075696491539,
                        w: [1.3838998137492837, 0.4298757344313329, -0.7390887840516508],
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
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6]][..]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.2859075696491539,
                        w: [1.3838998137492837, 0.4298757344313329, -0.7390887840516508],
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
                17.647578491633844,
                &[
                    0.0,
                    0.46896030345792716,
                    0.0,
                    54.0,
                    1.0196222902645706,
                    0.0024466984948156127,
                    -0.2542605929220607,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp38",
            point: &[
                -0.6644435096936105,
                0.6560250713352829,
                -0.15096789929795978,
                -0.199947553563068,
                0.934245211882983,
                0.24431459443620115,
                -0.8667871679024592,
                -0.9455977192223117,
            ],
            f: |p| {
                let p = black_box(p);
                rp38(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box(&[p[4], p[5], p[6], p[7]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp38_grad(
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
                let (y, d) = rp38_jvp(
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
                2.560517265061927,
                &[
                    4.0,
                    0.0,
                    0.934245211882983,
                    0.0,
                    -0.15096789929795978,
                    -0.7746323941477019,
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
                -0.9779307795384591,
                -0.23440931967879242,
                -0.5811760496418469,
                0.2220214293351099,
                1.1805726230169864,
                0.7979282322877691,
            ],
            f: |p| {
                let p = black_box(p);
                rp39(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp39_grad(
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
                let (y, d) = rp39_jvp(
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
                1.3585498472182538,
                &[
                    0.15023297874194788,
                    -0.6660751238966017,
                    0.9479142637745392,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp40",
            point: &[
                -0.11878103540779154,
                -0.9364284749639863,
                0.7639819671754164,
                0.9968428383650375,
                -0.7104162020589265,
            ],
            f: |p| {
                let p = black_box(p);
                rp40(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp40_grad(
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
                let (y, d) = rp40_jvp(
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
                0.9325855462387038,
                &[
                    -0.0017835851488545067,
                    7.969313479221143e-5,
                    0.0,
                    1.0001012639421152,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp41",
            point: &[0.04660095181469216, 0.7816320565495982],
            f: |p| {
                let p = black_box(p);
                rp41(
                    black_box(p[0]),
                    black_box(-1.0734616646059851_f64),
                    black_box(p[1]),
                    black_box(0.4591621539918291_f64),
                    black_box([
                        -1.1872609209934684_f64,
                        1.2750647270132875_f64,
                        -1.4757165400677075_f64,
                        -0.4153517049827438_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp41_grad(
                    black_box(p[0]),
                    black_box(-1.0734616646059851_f64),
                    black_box(p[1]),
                    black_box(0.4591621539918291_f64),
                    black_box([
                        -1.1872609209934684_f64,
                        1.2750647270132875_f64,
                        -1.4757165400677075_f64,
                        -0.4153517049827438_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp41_jvp(
                    black_box(p[0]),
                    black_box(-1.0734616646059851_f64),
                    black_box(p[1]),
                    black_box(0.4591621539918291_f64),
                    black_box([
                        -1.1872609209934684_f64,
                        1.2750647270132875_f64,
                        -1.4757165400677075_f64,
                        -0.4153517049827438_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (2.994038868346039, &[0.06576104292241144, 0.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp42",
            point: &[
                -1.2799465656280518,
                0.23258359730243683,
                -1.190361499786377,
                1.1913357973098755,
                0.320126473903656,
                -1.44512140750885,
            ],
            f: |p| {
                let p = black_box(p);
                rp42(
                    black_box((p[0] as f32)),
                    black_box((p[1] as f32)),
                    black_box([(p[2] as f32), (p[3] as f32), (p[4] as f32), (p[5] as f32)]),
                    black_box(&Params {
                        k: 0.466950502798023,
                        w: [-0.05109472664761949, -1.480056558519253, 1.1477633152482087],
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
                        k: 0.466950502798023,
                        w: [-0.05109472664761949, -1.480056558519253, 1.1477633152482087],
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
                        k: 0.466950502798023,
                        w: [-0.05109472664761949, -1.480056558519253, 1.1477633152482087],
                        n: 2,
                    }),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                    black_box([(t[2] as f32), (t[3] as f32), (t[4] as f32), (t[5] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.638859272003174,
                &[1.190361499786377, -1.0, 1.2799465656280518, 0.25, 0.0, 0.0],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp43",
            point: &[-1.3162912130355835, 0.6022042632102966],
            f: |p| {
                let p = black_box(p);
                rp43(
                    black_box((p[0] as f32)),
                    black_box(-0.48197174_f32),
                    black_box((p[1] as f32)),
                    black_box([1.1084473_f32, 0.550759_f32, -1.2354177_f32]),
                    black_box([
                        [0.36051565_f32, -0.3964844_f32],
                        [-0.6879117_f32, 0.75488_f32],
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp43_grad(
                    black_box((p[0] as f32)),
                    black_box(-0.48197174_f32),
                    black_box((p[1] as f32)),
                    black_box([1.1084473_f32, 0.550759_f32, -1.2354177_f32]),
                    black_box([
                        [0.36051565_f32, -0.3964844_f32],
                        [-0.6879117_f32, 0.75488_f32],
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp43_jvp(
                    black_box((p[0] as f32)),
                    black_box(-0.48197174_f32),
                    black_box((p[1] as f32)),
                    black_box([1.1084473_f32, 0.550759_f32, -1.2354177_f32]),
                    black_box([
                        [0.36051565_f32, -0.3964844_f32],
                        [-0.6879117_f32, 0.75488_f32],
                    ]),
                    black_box((t[0] as f32)),
                    black_box((t[1] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (2.6022043228149414, &[0.0, 1.0]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp44",
            point: &[
                -0.4348660122375062,
                1.221873290026057,
                0.09760250389805815,
                0.7732579856985784,
                -0.8671410184172088,
                -1.0312001069250962,
            ],
            f: |p| {
                let p = black_box(p);
                rp44(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(&[p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp44_grad(
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
                let (y, d) = rp44_jvp(
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
                -32.86798893830221,
                &[
                    0.0,
                    0.0,
                    0.0,
                    -34.21122936896946,
                    0.3018342749081277,
                    37.174643091869946,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp45",
            point: &[-1.309840768242263],
            f: |p| {
                let p = black_box(p);
                rp45(
                    black_box(-1.061897092156401_f64),
                    black_box(p[0]),
                    black_box([
                        0.9727780287125953_f64,
                        0.961598157813815_f64,
                        0.3454985557292549_f64,
                        0.21229673609534364_f64,
                    ]),
                    black_box(true),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp45_grad(
                    black_box(-1.061897092156401_f64),
                    black_box(p[0]),
                    black_box([
                        0.9727780287125953_f64,
                        0.961598157813815_f64,
                        0.3454985557292549_f64,
                        0.21229673609534364_f64,
                    ]),
                    black_box(true),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp45_jvp(
                    black_box(-1.061897092156401_f64),
                    black_box(p[0]),
                    black_box([
                        0.9727780287125953_f64,
                        0.961598157813815_f64,
                        0.3454985557292549_f64,
                        0.21229673609534364_f64,
                    ]),
                    black_box(true),
                    black_box(t[0]),
                );
                (y as f64, d as f64)
            },
            expected: (4.059840768242263, &[-1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp46",
            point: &[
                -0.13572380459465822,
                0.06975035175568434,
                0.23762111173670247,
                1.2282893387795044,
                0.29891106823512276,
                -1.4253234328179445,
            ],
            f: |p| {
                let p = black_box(p);
                rp46(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp46_grad(
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
                let (y, d) = rp46_jvp(
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
                9.845151045497044,
                &[
                    0.0,
                    -0.12298102840768478,
                    -0.005828648214795349,
                    0.0,
                    0.0,
                    1.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp47",
            point: &[
                1.0307558587627499,
                -0.9756432660446172,
                -0.6800406762304899,
                -0.4451519892465887,
            ],
            f: |p| {
                let p = black_box(p);
                rp47(
                    black_box(1.3654013193784185_f64),
                    black_box(-0.42634380930922644_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.0376942328418212,
                        w: [0.3858383355176117, -0.8004639987335193, 0.7974987173222797],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp47_grad(
                    black_box(1.3654013193784185_f64),
                    black_box(-0.42634380930922644_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.0376942328418212,
                        w: [0.3858383355176117, -0.8004639987335193, 0.7974987173222797],
                        n: 2,
                    }),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp47_jvp(
                    black_box(1.3654013193784185_f64),
                    black_box(-0.42634380930922644_f64),
                    black_box(p[0]),
                    black_box([p[1], p[2], p[3]]),
                    black_box(false),
                    black_box(&Params {
                        k: 0.0376942328418212,
                        w: [0.3858383355176117, -0.8004639987335193, 0.7974987173222797],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box([t[1], t[2], t[3]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.312710836430631,
                &[2.697545922078408, -0.6573954095116935, 0.0, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp48",
            point: &[1.0589594810929375, 1.3581949321221563, 0.04364677881405221],
            f: |p| {
                let p = black_box(p);
                rp48(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(0.5063465134735012_f64),
                    black_box(&[
                        1.3911178065455743_f64,
                        -0.5662428999600405_f64,
                        0.47202558625067803_f64,
                        1.4570722111295498_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp48_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(0.5063465134735012_f64),
                    black_box(&[
                        1.3911178065455743_f64,
                        -0.5662428999600405_f64,
                        0.47202558625067803_f64,
                        1.4570722111295498_f64,
                    ]),
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
                    black_box(0.5063465134735012_f64),
                    black_box(&[
                        1.3911178065455743_f64,
                        -0.5662428999600405_f64,
                        0.47202558625067803_f64,
                        1.4570722111295498_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.037696654667788,
                &[0.00038179951125656263, 0.001104259483028534, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp49",
            point: &[
                1.2991931320312573,
                -1.3320038294059136,
                0.3985678120695123,
                1.2116257450813024,
                -1.4234075296725965,
            ],
            f: |p| {
                let p = black_box(p);
                rp49(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.8202547404075395_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.1604197904987732,
                        w: [0.6981022638856476, 0.6096560164575361, 1.202467090097714],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp49_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(0.8202547404075395_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.1604197904987732,
                        w: [0.6981022638856476, 0.6096560164575361, 1.202467090097714],
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
                    black_box(0.8202547404075395_f64),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: 0.1604197904987732,
                        w: [0.6981022638856476, 0.6096560164575361, 1.202467090097714],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                4.10881529985368,
                &[
                    0.0,
                    0.0,
                    0.5753350070973937,
                    0.8187606170717354,
                    0.5517704533286779,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp50",
            point: &[
                -1.3988679130680133,
                0.041224405334812905,
                0.7362382944939044,
                0.1433888391469069,
                -0.7427297954374444,
                0.7273965492725851,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.1075985498616338,
                    w: [-1.01725085131607, 0.47537383823807144, -0.12522845578515443],
                    n: 2,
                })
                .rp50(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.1075985498616338,
                    w: [-1.01725085131607, 0.47537383823807144, -0.12522845578515443],
                    n: 2,
                })
                .rp50_grad(
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
                    k: -0.1075985498616338,
                    w: [-1.01725085131607, 0.47537383823807144, -0.12522845578515443],
                    n: 2,
                })
                .rp50_jvp(
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
                8.49501474617295,
                &[
                    0.0,
                    0.254885344350416,
                    1.881225487736173,
                    1.0732797392873765,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp51",
            point: &[-0.13215646147727966],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.12535889816782467,
                    w: [1.1461706896480441, -0.5907311677752981, 1.4222218735331156],
                    n: 3,
                })
                .rp51(
                    black_box(0.06391338_f32),
                    black_box((p[0] as f32)),
                    black_box([
                        -0.94477475_f32,
                        0.5023278_f32,
                        0.20890331_f32,
                        0.40916127_f32,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.12535889816782467,
                    w: [1.1461706896480441, -0.5907311677752981, 1.4222218735331156],
                    n: 3,
                })
                .rp51_grad(
                    black_box(0.06391338_f32),
                    black_box((p[0] as f32)),
                    black_box([
                        -0.94477475_f32,
                        0.5023278_f32,
                        0.20890331_f32,
                        0.40916127_f32,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.12535889816782467,
                    w: [1.1461706896480441, -0.5907311677752981, 1.4222218735331156],
                    n: 3,
                })
                .rp51_jvp(
                    black_box(0.06391338_f32),
                    black_box((p[0] as f32)),
                    black_box([
                        -0.94477475_f32,
                        0.5023278_f32,
                        0.20890331_f32,
                        0.40916127_f32,
                    ]),
                    black_box((t[0] as f32)),
                );
                (y as f64, d as f64)
            },
            expected: (1.2269527912139893, &[0.692307710647583]),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp52",
            point: &[
                -1.3656938703173946,
                -0.602256491530304,
                -0.3008521105844899,
                0.9105919032996755,
                -0.6611251651747743,
            ],
            f: |p| {
                let p = black_box(p);
                rp52(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.8687165748882572,
                        w: [
                            0.11731127156159322,
                            0.34393753352696327,
                            -0.6599165918076794,
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
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.8687165748882572,
                        w: [
                            0.11731127156159322,
                            0.34393753352696327,
                            -0.6599165918076794,
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
                    black_box([p[2], p[3], p[4]]),
                    black_box(&Params {
                        k: -0.8687165748882572,
                        w: [
                            0.11731127156159322,
                            0.34393753352696327,
                            -0.6599165918076794,
                        ],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box([t[2], t[3], t[4]]),
                );
                (y as f64, d as f64)
            },
            expected: (
                2.2171572567788123,
                &[
                    2.0741403508253033,
                    0.13915889292991235,
                    0.0,
                    -0.6439035498717924,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp53",
            point: &[
                0.7797348499298096,
                0.08686406910419464,
                -0.91921067237854,
                0.3482784032821655,
            ],
            f: |p| {
                let p = black_box(p);
                rp53(
                    black_box(-0.49354717_f32),
                    black_box((p[0] as f32)),
                    black_box(0.9846982_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp53_grad(
                    black_box(-0.49354717_f32),
                    black_box((p[0] as f32)),
                    black_box(0.9846982_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp53_jvp(
                    black_box(-0.49354717_f32),
                    black_box((p[0] as f32)),
                    black_box(0.9846982_f32),
                    black_box(&[(p[1] as f32), (p[2] as f32), (p[3] as f32)]),
                    black_box((t[0] as f32)),
                    black_box(&[(t[1] as f32), (t[2] as f32), (t[3] as f32)]),
                );
                (y as f64, d as f64)
            },
            expected: (
                6.706000804901123,
                &[
                    0.2498817890882492,
                    0.40891727805137634,
                    -1.1906095743179321,
                    0.0,
                ],
            ),
            fd_tol: None,
            rel: 2e-3,
        },
        Case {
            name: "rp54",
            point: &[0.18639083334947953, -1.1102741678634112],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.07122101346062555,
                    w: [1.0311087884106065, -1.4642832747460404, -0.8864558638687349],
                    n: 2,
                })
                .rp54(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        0.4569661650365041_f64,
                        -0.5668468630961007_f64,
                        0.3370894659377302_f64,
                    ]),
                    black_box(false),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.07122101346062555,
                    w: [1.0311087884106065, -1.4642832747460404, -0.8864558638687349],
                    n: 2,
                })
                .rp54_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        0.4569661650365041_f64,
                        -0.5668468630961007_f64,
                        0.3370894659377302_f64,
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
                    k: -0.07122101346062555,
                    w: [1.0311087884106065, -1.4642832747460404, -0.8864558638687349],
                    n: 2,
                })
                .rp54_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([
                        0.4569661650365041_f64,
                        -0.5668468630961007_f64,
                        0.3370894659377302_f64,
                    ]),
                    black_box(false),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (-2.1019496213457813, &[0.0, 4.562754917968519]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp55",
            point: &[
                -0.32010522755184856,
                1.4095252879797857,
                0.21922247419730617,
                0.9090472842261026,
                0.9078901026568871,
                -0.1746781413368432,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.01630852278069973,
                    w: [0.5106517006422304, -0.7111585651419243, 0.6838113964523832],
                    n: 3,
                })
                .rp55(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.01630852278069973,
                    w: [0.5106517006422304, -0.7111585651419243, 0.6838113964523832],
                    n: 3,
                })
                .rp55_grad(
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
                    k: -0.01630852278069973,
                    w: [0.5106517006422304, -0.7111585651419243, 0.6838113964523832],
                    n: 3,
                })
                .rp55_jvp(
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
                14.006486213286802,
                &[
                    3.0,
                    0.0,
                    4.0,
                    2.8253218586631568,
                    -0.1746781413368432,
                    1.4675811042093032,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp56",
            point: &[
                -0.27181599146721336,
                1.0752043006538923,
                1.2973167796162355,
                0.4300528380641896,
                0.09456722827273523,
            ],
            f: |p| {
                let p = black_box(p);
                rp56(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box([p[2], p[3], p[4]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp56_grad(
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
                let (y, d) = rp56_jvp(
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
                -2.0438130478519536,
                &[
                    0.1501268414241075,
                    -0.03795267208540548,
                    0.0,
                    0.9089437217598249,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp57",
            point: &[-0.47672848603854956, 0.5053983198037668],
            f: |p| {
                let p = black_box(p);
                rp57(
                    black_box(-0.9434714226199841_f64),
                    black_box(p[0]),
                    black_box(0.3065413008030953_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -0.7206549849926632_f64,
                        -0.3818730857457926_f64,
                        1.1383499572342421_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp57_grad(
                    black_box(-0.9434714226199841_f64),
                    black_box(p[0]),
                    black_box(0.3065413008030953_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -0.7206549849926632_f64,
                        -0.3818730857457926_f64,
                        1.1383499572342421_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = rp57_jvp(
                    black_box(-0.9434714226199841_f64),
                    black_box(p[0]),
                    black_box(0.3065413008030953_f64),
                    black_box(p[1]),
                    black_box(&vec![
                        -0.7206549849926632_f64,
                        -0.3818730857457926_f64,
                        1.1383499572342421_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (3.5860625746074914, &[-0.9760671408736039, -1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp58",
            point: &[-0.3818993448520036, -0.7501213925731999],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.2763951573312895,
                    w: [1.1779545930583264, -0.689784258435205, -0.2552619364600715],
                    n: 3,
                })
                .rp58(
                    black_box(p[0]),
                    black_box(-0.6975705964952428_f64),
                    black_box(p[1]),
                    black_box([
                        0.44013579438346156_f64,
                        0.08967050321130979_f64,
                        -1.0253903206701684_f64,
                        0.46355288654992066_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.2763951573312895,
                    w: [1.1779545930583264, -0.689784258435205, -0.2552619364600715],
                    n: 3,
                })
                .rp58_grad(
                    black_box(p[0]),
                    black_box(-0.6975705964952428_f64),
                    black_box(p[1]),
                    black_box([
                        0.44013579438346156_f64,
                        0.08967050321130979_f64,
                        -1.0253903206701684_f64,
                        0.46355288654992066_f64,
                    ]),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.2763951573312895,
                    w: [1.1779545930583264, -0.689784258435205, -0.2552619364600715],
                    n: 3,
                })
                .rp58_jvp(
                    black_box(p[0]),
                    black_box(-0.6975705964952428_f64),
                    black_box(p[1]),
                    black_box([
                        0.44013579438346156_f64,
                        0.08967050321130979_f64,
                        -1.0253903206701684_f64,
                        0.46355288654992066_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (0.5438060686554802, &[0.0, -1.0391879660371504]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp59",
            point: &[
                0.6704287251734375,
                0.498530406662403,
                -0.06338466335019316,
                -1.1356965627941689,
                1.4583644210723328,
                0.6568865860024587,
            ],
            f: |p| {
                let p = black_box(p);
                rp59(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.2060116284658343,
                        w: [0.3893653947598412, 0.5582843011500468, -0.09418347839744436],
                        n: 2,
                    }),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp59_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.2060116284658343,
                        w: [0.3893653947598412, 0.5582843011500468, -0.09418347839744436],
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
                    black_box(&[p[2], p[3], p[4], p[5]][..]),
                    black_box(&Params {
                        k: 0.2060116284658343,
                        w: [0.3893653947598412, 0.5582843011500468, -0.09418347839744436],
                        n: 2,
                    }),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(&[t[2], t[3], t[4], t[5]][..]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.09953643260201955,
                &[
                    0.9589980710196615,
                    0.05480692399374005,
                    -0.023984455882384178,
                    -0.1884301994552324,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp60",
            point: &[0.18860331884158107, -0.6620924754310347],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -0.3160809805336775,
                    w: [
                        -0.06499210863818178,
                        1.0638172956535794,
                        -0.8894090859088761,
                    ],
                    n: 3,
                })
                .rp60(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.18517895757506106_f64,
                            -1.0239346930403141_f64,
                            -1.3842867343084428_f64,
                        ][..],
                    ),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -0.3160809805336775,
                    w: [
                        -0.06499210863818178,
                        1.0638172956535794,
                        -0.8894090859088761,
                    ],
                    n: 3,
                })
                .rp60_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.18517895757506106_f64,
                            -1.0239346930403141_f64,
                            -1.3842867343084428_f64,
                        ][..],
                    ),
                );
                let mut out = Vec::new();
                g.flat(&mut out);
                (y as f64, out)
            },
            jvp: |p, t| {
                let (p, t) = (black_box(p), black_box(t));
                let (y, d) = black_box(&Params {
                    k: -0.3160809805336775,
                    w: [
                        -0.06499210863818178,
                        1.0638172956535794,
                        -0.8894090859088761,
                    ],
                    n: 3,
                })
                .rp60_jvp(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(
                        &[
                            -0.18517895757506106_f64,
                            -1.0239346930403141_f64,
                            -1.3842867343084428_f64,
                        ][..],
                    ),
                    black_box(t[0]),
                    black_box(t[1]),
                );
                (y as f64, d as f64)
            },
            expected: (
                0.9551461165302666,
                &[0.1974601744984477, -1.3863689837031428],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp61",
            point: &[
                0.2178323841070394,
                -0.6035306978439022,
                -1.346882965357009,
                -1.4738247454428415,
                0.989688335294143,
                0.6822403126357638,
                0.23874663790969963,
            ],
            f: |p| {
                let p = black_box(p);
                rp61(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box(p[3]),
                    black_box([p[4], p[5], p[6]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp61_grad(
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
                let (y, d) = rp61_jvp(
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
            expected: (13.847234901845423, &[1.0, 0.0, 0.0, 1.0, 0.0, 2.0, 1.0]),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp62",
            point: &[
                -1.074336994322507,
                0.11038796303745875,
                0.07174650186653529,
                0.34393789582887685,
                0.04182507807291148,
                1.2321617988413658,
            ],
            f: |p| {
                let p = black_box(p);
                black_box(&Params {
                    k: -1.3679774461237106,
                    w: [0.1352782513745325, 1.3082941839285018, 0.8881735557663547],
                    n: 3,
                })
                .rp62(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([p[3], p[4], p[5]]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = black_box(&Params {
                    k: -1.3679774461237106,
                    w: [0.1352782513745325, 1.3082941839285018, 0.8881735557663547],
                    n: 3,
                })
                .rp62_grad(
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
                    k: -1.3679774461237106,
                    w: [0.1352782513745325, 1.3082941839285018, 0.8881735557663547],
                    n: 3,
                })
                .rp62_jvp(
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
                -2.398735605505561,
                &[
                    0.044170696693136315,
                    -0.127091004618211,
                    0.0,
                    -0.9641588353816269,
                    0.0,
                    0.0,
                ],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
        Case {
            name: "rp63",
            point: &[1.3644423008875703, -0.8739541961214554, 0.5901497955508772],
            f: |p| {
                let p = black_box(p);
                rp63(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([
                        0.8509098663453512_f64,
                        -0.6440651707178479_f64,
                        0.9394960363134421_f64,
                        -0.009161052454171198_f64,
                    ]),
                ) as f64
            },
            grad: |p| {
                let p = black_box(p);
                let (y, g) = rp63_grad(
                    black_box(p[0]),
                    black_box(p[1]),
                    black_box(p[2]),
                    black_box([
                        0.8509098663453512_f64,
                        -0.6440651707178479_f64,
                        0.9394960363134421_f64,
                        -0.009161052454171198_f64,
                    ]),
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
                    black_box([
                        0.8509098663453512_f64,
                        -0.6440651707178479_f64,
                        0.9394960363134421_f64,
                        -0.009161052454171198_f64,
                    ]),
                    black_box(t[0]),
                    black_box(t[1]),
                    black_box(t[2]),
                );
                (y as f64, d as f64)
            },
            expected: (
                3.7573159179461695,
                &[0.35102405852194307, -2.772998339190049, 0.0],
            ),
            fd_tol: Some(1e-6),
            rel: 1e-10,
        },
    ]
}
