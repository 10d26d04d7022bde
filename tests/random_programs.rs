//! Random functions compiled for real through `#[differentiate]`
//! (issue 8): the emit stage on programs nobody wrote by hand. Each comes
//! from the random-program grammar of the macro crate's differential tests
//! (`autodiff-macro/src/fuzz/grammar.rs`), with a fixed seed, and was kept
//! only if the interpreter checked it in full at the test point (no branch
//! switch within the difference step, no huge values).
//!
//! For each function, at its point, the test checks that
//!
//! - the value of `_grad` is the original function's;
//! - each gradient component from `_grad` equals `_jvp` along that unit
//!   tangent, to 1e-10 relative (reverse against forward mode);
//! - the gradient passes `autodiff::check_gradient` at 1e-6 (central
//!   differences; the generator kept only functions that pass at 1e-7);
//! - value and gradient equal what the macro crate's IR interpreter
//!   computed for the same function, to 1e-12 relative (the emitted code
//!   means what the IR means).
//!
//! GENERATED FILE, do not edit. Regenerate with
//!
//! ```text
//! cargo test -p autodiff-macro --lib regenerate_random_programs -- --ignored
//! ```

#![allow(unused, clippy::all)]

use autodiff::{check_gradient, differentiate};

#[differentiate(wrt(a, b, x))]
fn rp00(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (3.0_f64 * 3.0_f64).ln_1p();
    let mut v2 = (x[2] * x[1]);
    let mut arr3 = x;
    v2 = v2.max(a);
    if !(v1 > x[1].tanh()) {
        let mut arr4: [f64; 3] = [arr3[1], 2.0, v2];
    } else {
        v1 = (2.0 + a);
        let mut arr5 = [0.0_f64; 3];
        for (i6, &e7) in arr5.iter().enumerate() {
            arr3[0] = (v2 - b);
        }
    }
    v1 *= (b.sin() * 0.5).atanh();
    for (i8, &e9) in arr3.iter().enumerate() {
        for i10 in 0..3 {
            v2 = (v2 * (i10 as f64));
        }
    }
    2.0_f64.tanh().cosh() + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate]
fn rp01(a: f64, b: f64, c: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (b.mul_add(b, c) - x[1]);
    let mut v2 = a.atan2(1.5 * 1.5 + 0.5);
    if v2 <= x[0] {
        let mut arr3: [f64; 3] = [
            (x[1] - 0.5),
            a.clamp(-0.5, 0.75),
            (x[0] - (v2 / (b * b + 1.0))),
        ];
    }
    v1 *= (-x[0].mul_add(2.0, (-1.25)));
    for i4 in 0..3 {}
    0.1_f64.powi(2) + v1 + v2
}

#[differentiate]
fn rp02(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (a.sin() * 0.5).asin();
    v1 /= (x[1] - 2.0) * (x[1] - 2.0) + 1.0;
    let b = (b - v1);
    b + v1 + b
}

#[differentiate(wrt(a, c, d))]
fn rp03(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = 2.0_f64.sin();
    let mut v2 = (b.sin() * 0.5).asin();
    let mut v3 = ((b * b + 1.5).log(a * a + 2.0).sin() * 0.5).asin();
    b.mul_add(c, c) + v1 + v2 + v3
}

#[differentiate(wrt(b))]
fn rp04(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = b.atan();
    let mut v2 = (x[1] * b);
    let mut k3 = 0usize;
    while k3 < 3 {
        k3 += 1;
    }
    v1 = (x[1] / ((v2 - x[2]) * (v2 - x[2]) + 1.0));
    (3.0_f64 * 3.0_f64 + 1.5).acosh() + v1 + v2
}

#[differentiate]
fn rp05(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = c.mul_add(x[1], x[3]);
    let v2 = (if !(x[1] >= 2.0) {
        (c * c + 1.5).log(x[1] * x[1] + 2.0)
    } else {
        b
    });
    let mut v3 = (b / (v1 * v1 + 1.0));
    let v3 = (if !(v2 < v1) { c } else { v1 }).tanh().cosh();
    let mut v4 = a.atan2(2.0 * 2.0 + 0.5);
    (2.0 * (v1 * v1 + 0.5).sqrt()) + v1 + v2 + v3 + v3 + v4
}

#[differentiate]
fn rp06(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = a;
    for i2 in 0..3 {
        let mut arr3: [f64; 3] = [x[i2], ((i2 as f64) + x[0]), a];
        v1 -= (i2 as f64);
        v1 /= (2.0 - (v1 / (a * a + 1.0))) * (2.0 - (v1 / (a * a + 1.0))) + 1.0;
    }
    let mut v4 = (x[1] / (b * b + 1.0));
    v4 = (3.0 - x[1]);
    v4 *= (x[2] - (b + x[2]));
    b + v1 + v4
}

#[differentiate(wrt(a, x))]
fn rp07(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (d.sin() - b);
    v1 = (x[1] * x[1] + 1.5).acosh();
    if !(b >= (0.25_f64 * 0.25_f64 + 1.0).recip()) {
        if ((x[0] + a) >= x[1] && 2.0 < a) {
            v1 += (v1 / (c * c + 1.0)).min(x[0]);
        }
        let mut d = ((-0.75_f64).atan2(c * c + 0.5) * (-0.75_f64).atan2(c * c + 0.5) + 0.5).log10();
        v1 /= b.hypot(x[0]) * b.hypot(x[0]) + 1.0;
    }
    (x[1] - b) + v1
}

#[differentiate]
fn rp08(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = (c * c + 0.5).sqrt();
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        k2 += 1;
    }
    let mut v3 = (v1 + a.sin().exp_m1());
    for i4 in 0..3 {
        if x[0].min(x[i4]) < a {
            v1 *= b.abs();
            v3 -= v1.sin().exp_m1();
        }
        for i5 in 0..=2 {
            let (v6, v7) = (a.mul_add(x[3], c), a.sin());
            v1 -= a;
            v1 -= (if ((i5 as f64) >= c && (-1.25) <= c) {
                b
            } else {
                c
            });
        }
    }
    (-x[1]) + v1 + v3
}

#[differentiate]
fn rp09(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (a - a);
    v1 -= 0.1_f64.asinh();
    let v2 = x[0].sin().sin().exp_m1();
    for (i3, &e4) in x.iter().enumerate() {
        let mut k5 = 0usize;
        while k5 < 3 {
            k5 += 1;
        }
        v1 -= (e4 * e4 + 1.0).powi(-2);
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        k6 += 1;
    }
    v1 /= (-b).tanh() * (-b).tanh() + 1.0;
    (v1 + v1) + v1 + v2
}

#[differentiate]
fn rp10(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = b.cos().exp2();
    let mut v2 = 1.0_f64.mul_add((v1 - 2.0), x[1]);
    let b = (v1 / ((-0.75) * (-0.75) + 1.0));
    ((v1 / (a * a + 1.0)) / (b * b + 1.0)) + v1 + v2 + b
}

#[differentiate(wrt(b))]
fn rp11(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = b.mul_add(x[0], (if a > 0.1 { c } else { c }));
    v1 -= (x[0] * x[0]).ln_1p().min((0.1 / (c * c + 1.0)));
    let (v2, v3) = ((a + 2.0), a);
    if (3.0 + b) < (1.5 * v2) {}
    ((3.0_f64 * 3.0_f64 + 0.5).powf(v2.tanh()) - 2.0) + v1 + v2 + v3
}

#[differentiate]
fn rp12(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (2.0_f64 * 2.0_f64 + 1.0).powi(-2);
    let mut v2 = (b * 3.0);
    v1 -= (-x[1]).mul_add(x[0], v1.mul_add(d, x[0]).sin());
    if (c / (x[1] * x[1] + 1.0)) < (0.5 / (x[1] * x[1] + 1.0)) {
        for &e3 in x.iter() {}
    }
    2.0_f64.asinh() + v1 + v2
}

#[differentiate]
fn rp13(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (3.0 + x[1]);
    let mut v2 = (if (2.0 <= x[1] && c < d) { c } else { b });
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        let mut arr4 = [0.0_f64; 3];
        for &e5 in x.iter() {}
        k3 += 1;
    }
    for i6 in 0..=2 {
        let mut k7 = 0usize;
        while k7 < 3 {
            let mut v8 = v2.hypot(v2.min(a));
            let (v9, v10) = (
                (x[2].hypot(0.5) - (k7 as f64)),
                (x[k7] * x[k7] + 1.0).powi(-2),
            );
            let mut arr11 = [0.0_f64; 3];
            k7 += 1;
        }
        v1 *= ((b + c) * (-a));
    }
    (0.25 - a) + v1 + v2
}

#[differentiate]
fn rp14(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (if ((-1.25) >= x[0] && b > d) {
        x[0]
    } else {
        2.0
    });
    v1 = d.atan2(b * b + 0.5);
    let c = (-(-a));
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        let mut arr3 = [0.0_f64; 3];
        for i4 in 0..=2 {}
        v1 -= (x[k2] - 0.1);
        k2 += 1;
    }
    for i5 in 0..3 {}
    ((x[1] * x[1] + 0.5).powf(b.tanh()) - (-v1)) + v1 + c
}

#[differentiate]
fn rp15(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (0.5 - x[1]);
    if (d / (c * c + 1.0)) <= x[1] {
        let mut v2: f64 = (-0.1);
    }
    let mut k3 = 0usize;
    while k3 < 3 {
        v1 -= d.mul_add((-1.25), (1.5_f64 * 1.5_f64 + 1.0).powi(-2));
        v1 -= ((x[0] * x[k3]) * (x[0] * x[k3]) + 0.5).powf((k3 as f64).tanh());
        k3 += 1;
    }
    let c = b.abs();
    3.0_f64.sin() + v1 + c
}

#[differentiate]
fn rp16(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = b;
    if ((if 2.0 < d { x[1] } else { b }) > x[1] || v1 > 0.1) {
        let v2 = x[1];
        v1 *= a.mul_add(d, v1);
    } else {
    }
    (-(x[1] * x[1] + 0.5).powf(v1.tanh())) + v1
}

#[differentiate(wrt(a, b, x))]
fn rp17(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = x[1].max(a);
    v1 -= ((b * x[1]) * (b * x[1]) + 0.5).powf(x[1].tanh());
    let mut k2 = 0usize;
    while k2 < 3 {
        if !((x[1] / (v1 * v1 + 1.0)) < a) {
            v1 += x[k2].mul_add(0.25, x[k2]).abs();
        } else {
            v1 += (a * a + 1.0).powi(-2);
            v1 /= a * a + 1.0;
            if 1.5 < ((k2 as f64) * b) {
                break;
            }
        }
        let mut arr3: [f64; 3] = [0.0; 3];
        k2 += 1;
    }
    (b + a) + v1
}

#[differentiate]
fn rp18(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = b.mul_add(a, 0.1);
    v1 += ((0.25 + v1) / (x[1] * x[1] + 1.0));
    v1 = 1.0_f64.mul_add(a, x[0]).tanh().sinh();
    let b = (-b).max(b);
    let mut a = (b / (x[1] * x[1] + 1.0));
    ((-1.25_f64).cos() * (-1.25_f64).cos() + 0.5).sqrt() + v1 + b + a
}

#[differentiate(wrt(a))]
fn rp19(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = ((-x[1]) - a);
    let v2 = (((-1.25_f64).sin() * 0.5).atanh() - x[0]);
    let mut v3 = (v2 * v2 + 0.5).sqrt();
    v3.atan2((v3 - v2) * (v3 - v2) + 0.5) + v1 + v2 + v3
}

#[differentiate(wrt(x))]
fn rp20(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (-x[1]);
    let mut v2 = ((b + v1) / (x[3] * x[3] + 1.0));
    for i3 in 0..3 {}
    let mut arr4: Vec<f64> = vec![0.0; 3];
    v1 /= (b / (v1 * v1 + 1.0)) * (b / (v1 * v1 + 1.0)) + 1.0;
    (v1.mul_add(b, x[1]) * v1.mul_add(b, x[1]) + 0.5).cbrt() + v1 + v2 + arr4[0] + arr4[1] + arr4[2]
}

#[differentiate(wrt(a, b, c, x))]
fn rp21(a: f64, b: f64, c: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (if 2.0 < c { a.max(a) } else { 0.1 });
    let mut v2 = (if x[2] > x[1] { x[2] } else { x[3] });
    for i3 in 0..2 {
        v2 = c.atan2(x[3] * x[3] + 0.5);
        let mut k4 = 0usize;
        while k4 < 3 {
            v1 /= c.cos() * c.cos() + 1.0;
            v1 -= b.mul_add(x[k4], (k4 as f64));
            k4 += 1;
        }
        v2 /= (v1 - x[i3]) * (v1 - x[i3]) + 1.0;
    }
    for i5 in 0..2 {
        if (x[3] > a || (v1 * v1 + 1.5).log(1.5 * 1.5 + 2.0) > (x[i5] + (i5 as f64))) {
            break;
        }
        let mut k6 = 0usize;
        loop {
            if k6 >= 3 {
                break;
            }
            let mut v7 = (x[2].cos() * 0.5).acos();
            v2 -= (a * x[k6]);
            k6 += 1;
        }
    }
    let v8 = (1.0 * (if v1 < b { c } else { (-0.75) }));
    let (v9, v10) = ((x[1] * x[1] + 0.5).log10(), (x[3] + 2.0));
    0.25_f64.mul_add(2.0, x[1]) + v1 + v2 + v8 + v9 + v10
}

#[differentiate]
fn rp22(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[2].mul_add((x[1] - a), (b.sin() * 0.5).asin());
    let mut v2 = (0.25_f64 * 0.25_f64 + 0.5).cbrt();
    if b > (b + 1.5) {
        for i3 in 0..=2 {}
        let mut v4 = ((b / (a * a + 1.0)) * (x[2] / (x[0] * x[0] + 1.0)));
    }
    (if 1.0 > a { (-1.25) } else { x[0] }) + v1 + v2
}

#[differentiate(wrt(b, c))]
fn rp23(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = c.to_radians();
    for i2 in 0..2 {
        v1 = ((x[1] - c) / (1.5 * 1.5 + 1.0));
    }
    let mut arr3: [f64; 3] = [x[0].min(a), ((-2.0) * x[1]), (-0.75)];
    v1 + v1 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate]
fn rp24(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = a.mul_add(x[1], a).asinh();
    let mut v2 = c.tanh().sinh();
    let mut k3 = 0usize;
    while k3 < 3 {
        for i4 in (0..=2).rev() {}
        k3 += 1;
    }
    for i5 in (0..=2).rev() {}
    if (x[1] - a) >= v2 {}
    (v2 + (v2 * x[0])) + v1 + v2
}

#[differentiate]
fn rp25(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[1].mul_add(x[2], c);
    let mut k2 = 0usize;
    while k2 < 3 {
        if (a > (b * b + 1.0).powi(-2) || (v1 * b) >= x[k2]) {}
        if 0.1_f64.atan2((k2 as f64) * (k2 as f64) + 0.5) < b.min((k2 as f64)) {
            let v3 = v1.mul_add(x[k2].mul_add(1.0, x[2]), (x[0] * x[0] + 0.5).powf(d.tanh()));
        } else {
        }
        k2 += 1;
    }
    v1 = (v1.mul_add(x[1], a) * v1.mul_add(x[1], a) + 0.5).sqrt();
    0.25_f64.cos() + v1
}

#[differentiate(wrt(b))]
fn rp26(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = x[1].mul_add(2.0, b);
    let mut v2 = x[1].mul_add(b, 0.25).max(x[1]);
    v1 *= ((b * v2) + (x[1] + b));
    v2 = ((b / (v1 * v1 + 1.0)) * 0.1);
    for i3 in 0..x.len() {
        if (i3 as f64) <= (-v2) {
        } else {
            let mut arr4: Vec<f64> = vec![0.0; 3];
            let mut arr5 = [0.0_f64; 3];
        }
        v1 = (v1.sin() * 0.5).asin();
    }
    a + v1 + v2
}

#[differentiate(wrt(a, b, x))]
fn rp27(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (2.0_f64 * 2.0_f64 + 1.5).log(x[1] * x[1] + 2.0);
    let mut v2 = b;
    let mut v3 = (v1 + v2);
    let mut k4 = 0usize;
    while k4 < 3 {
        k4 += 1;
    }
    let mut k5 = 0usize;
    while k5 < 3 {
        let mut v6 = ((x[k5] - a) / ((-0.75) * (-0.75) + 1.0));
        let (v7, v8) = (
            (if (v2 >= b || x[k5] < a) { b } else { v1 }),
            ((0.5_f64.sin() * 0.5).atanh() + v6),
        );
        k5 += 1;
    }
    let mut k9 = 0usize;
    loop {
        if k9 >= 3 {
            break;
        }
        for &e10 in x.iter() {}
        for &e11 in x.iter() {
            v1 += x[k9].min(v1);
        }
        v1 += (v1 - x[1]);
        k9 += 1;
    }
    let mut v12 = (2.0_f64 * 2.0_f64 + 1.5).log(
        (if (x[1] < (-0.75) || v1 < a) { a } else { b })
            * (if (x[1] < (-0.75) || v1 < a) { a } else { b })
            + 2.0,
    );
    (v2 + (-a)) + v1 + v2 + v3 + v12
}

#[differentiate]
fn rp28(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (a + 2.0);
    let mut v2: f64 = (-(-0.75));
    let mut k3 = 0usize;
    while k3 < 3 {
        k3 += 1;
    }
    let (v4, v5): (f64, f64) = (3.0, (v1.mul_add(x[1], c) - 0.5));
    v1 *= 0.1;
    v1 /= (b / (0.1 * 0.1 + 1.0)) * (b / (0.1 * 0.1 + 1.0)) + 1.0;
    (-x[3]) + v1 + v2 + v4 + v5
}

#[differentiate]
fn rp29(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x[1] + b);
    let mut v2 = (-b).to_radians();
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        v1 *= ((v2.cos() * 0.5).acos() * (v2.cos() * 0.5).acos() + 0.5).powf(x[k3].powi(2).tanh());
        k3 += 1;
    }
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        if d > x[2] {
            v1 += ((k4 as f64) + 0.5);
            v1 /= b.mul_add((k4 as f64), c) * b.mul_add((k4 as f64), c) + 1.0;
        }
        v2 /= ((-c) + (x[k4] - a)) * ((-c) + (x[k4] - a)) + 1.0;
        k4 += 1;
    }
    v1 += (b + x[1]);
    let mut k5 = 0usize;
    while k5 < 3 {
        k5 += 1;
    }
    let b = (1.5_f64.sin() * 0.5).asin();
    x[1].min(v2).mul_add(1.0, v1) + v1 + v2 + b
}

#[differentiate]
fn rp30(a: f64, b: f64, c: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (-x[1]);
    let mut v2 = (x[1] * x[1] + 1.0).ln();
    v1 += (-v1.atan2(c * c + 0.5));
    let v3 = (x[0] + (x[1] + 1.0));
    x[1].atan2(v2 * v2 + 0.5).mul_add((-1.25), 2.0) + v1 + v2 + v3
}

#[differentiate]
fn rp31(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = 2.0_f64.mul_add(x[2], (b / (b * b + 1.0)));
    let mut v2 = c.mul_add(c, b);
    let v3 = (d / (2.0 * 2.0 + 1.0)).abs();
    let mut k4 = 0usize;
    while k4 < 3 {
        v2 = (-v2);
        k4 += 1;
    }
    let mut k5 = 0usize;
    while k5 < 3 {
        if (v3 >= (2.0 - d) && x[k5] < c) {
            return (if (k5 as f64) < x[k5] { b } else { b });
        }
        let mut arr6: Vec<f64> = vec![0.0; 3];
        let mut k7 = 0usize;
        loop {
            if k7 >= 3 {
                break;
            }
            if arr6[0] >= 1.0 {
                break;
            }
            v2 = (x[k7] - ((k7 as f64) / (c * c + 1.0))).asinh();
            v2 /= (k7 as f64).tanh().tan() * (k7 as f64).tanh().tan() + 1.0;
            k7 += 1;
        }
        k5 += 1;
    }
    let mut v8 = (v1 * v1).ln_1p();
    if v1.tanh() <= (v1 * v3) {
    } else {
    }
    3.0 + v1 + v2 + v3 + v8
}

#[differentiate]
fn rp32(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = a.mul_add(1.0, (if !(x[1] >= a) { a } else { a }));
    let mut v2 = (a - (x[3].sin() * 0.5).atanh());
    let mut arr3: Vec<f64> = vec![0.0; 3];
    for i4 in 0..=2 {
        arr3[i4] += (arr3[i4] * (if v1 < a { arr3[i4] } else { arr3[i4] }));
        arr3[i4] += (if a >= x[0] { v1 } else { a });
        arr3[0] += (i4 as f64).atan2(a * a + 0.5);
    }
    v1 *= (2.0_f64.cos() / ((a * a + 1.5).log(a * a + 2.0) * (a * a + 1.5).log(a * a + 2.0) + 1.0));
    for i5 in 0..3 {
        arr3[0] -= ((arr3[i5] * arr3[i5] + 0.5).powf(v2.tanh()).cos() * 0.5).acos();
        if (v2.mul_add(b, x[0]) < 0.25
            && (i5 as f64) > (if !(arr3[0] >= x[i5]) { v1 } else { x[i5] }))
        {
            v2 /= (i5 as f64) * (i5 as f64) + 1.0;
        }
        v1 /= ((v2 - x[i5]) * (v2 - x[i5]) + 1.5).acosh()
            * ((v2 - x[i5]) * (v2 - x[i5]) + 1.5).acosh()
            + 1.0;
    }
    1.0_f64.atan() + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate(wrt(a, b, x))]
fn rp33(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (a - x[1]);
    let mut v2 = (-1.25_f64).max((-2.0));
    if 1.0 >= (if a < 1.5 { 2.0 } else { x[0] }) {
        return x[1].mul_add(x[1], x[0]);
    }
    let v3 = (0.5 + x[1]);
    let v4 = v3.mul_add(v2, b);
    let (v5, v6) = (
        ((a * a + 0.5).cbrt() + b.mul_add(2.0, v1)),
        (v1.cos().exp2() * v1.cos().exp2() + 1.5).acosh(),
    );
    if (2.0_f64.powi(2) < (-a) || x[2] >= (x[1] * 0.5)) {
        return (x[1] / (v5 * v5 + 1.0)).powi(2);
    }
    1.5_f64.cos() + v1 + v2 + v3 + v4 + v5 + v6
}

#[differentiate]
fn rp34(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (b + 0.1);
    let mut v2 = x[1].cos();
    let v3 = x[1].atan2((b / (a * a + 1.0)) * (b / (a * a + 1.0)) + 0.5);
    for i4 in (0..3).rev() {
        let mut arr5: [f64; 3] = [
            (1.5 - v3).mul_add((i4 as f64), v1),
            (b * b + 1.5).log((i4 as f64) * (i4 as f64) + 2.0),
            (if (0.5 <= x[2] || b <= a) { x[1] } else { 1.0 }),
        ];
        v1 /= (v3.tanh() * (arr5[i4] * arr5[i4] + 1.5).log(arr5[i4] * arr5[i4] + 2.0))
            * (v3.tanh() * (arr5[i4] * arr5[i4] + 1.5).log(arr5[i4] * arr5[i4] + 2.0))
            + 1.0;
    }
    if 0.1 < x[1] {
        for i6 in 0..=2 {
            v2 -= x[0].cos().exp2();
        }
    }
    let v7 = (-v1);
    let mut k8 = 0usize;
    while k8 < 3 {
        v1 -= a.hypot(3.0).atan();
        k8 += 1;
    }
    v1.tanh() + v1 + v2 + v3 + v7
}

#[differentiate]
fn rp35(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (0.1 - b);
    let mut v2 = (if b >= x[2] {
        2.0_f64.mul_add(v1, x[1])
    } else {
        x[0]
    });
    v2 *= (v1.mul_add(0.5, x[0]) / (x[1] * x[1] + 1.0));
    for i3 in 0..=2 {}
    let v4 = (b + v1);
    (x[1] - (x[0] + v4)) + v1 + v2 + v4
}

#[differentiate]
fn rp36(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = (a - (if !(d >= a) { a } else { d }));
    let mut v2 = (x[1] * x[0]);
    let mut k3 = 0usize;
    while k3 < 3 {
        let mut arr4: [f64; 3] = [(v1 + 3.0), x[k3], c];
        k3 += 1;
    }
    if 0.25_f64.sin() < v2 {
    } else {
        if x[1] < (v1 - 0.5) {
            v2 /= x[1] * x[1] + 1.0;
            v2 -= ((a / (b * b + 1.0)) * x[1]);
        } else {
            let mut arr5 = x;
        }
        for i6 in 0..3 {
            let v7 = (i6 as f64).min((-1.25));
            v1 += c.mul_add(x[i6].fract(), 1.5);
        }
        for i8 in 0..=2 {}
    }
    (2.0 - 2.0) + v1 + v2
}

#[differentiate]
fn rp37(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x[1] + b);
    if (x[1] * x[1] + 0.5).sqrt() <= x[1] {
        v1 += x[0].cos().exp2();
        if (0.5 - x[2]) >= (x[1] * x[1]) {
            return 0.1_f64.powi(2);
        }
    } else {
        v1 *= (d * d + 0.5).powf(a.tanh());
    }
    (if c <= (-1.25) {
        (if a > d { (-0.75) } else { c })
    } else {
        (x[2] - 1.5)
    }) + v1
}

#[differentiate]
fn rp38(a: f64, b: f64, c: f64, d: f64, x: &[f64]) -> f64 {
    let mut v1 = (1.0 / (x[1] * x[1] + 1.0));
    let mut v2 = (a * a + 1.5).log(c * c + 2.0);
    if (x[0].max(0.5) < b && v1 < (v2 - x[1])) {
        let mut arr3: [f64; 3] = [0.0; 3];
        let mut k4 = 0usize;
        while k4 < 3 {
            k4 += 1;
        }
        arr3[0] += (-0.75_f64).sin();
    }
    for i5 in 0..3 {}
    let v6: f64 = (if !(a <= x[2]) { 3.0 } else { 3.0 });
    let mut v7 = (0.25 + (-v6));
    (2.0_f64.atan() + d.abs()) + v1 + v2 + v6 + v7
}

#[differentiate]
fn rp39(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (a - (-x[1]));
    for i2 in 0..3 {
        v1 -= (i2 as f64).sin();
        v1 -= (if a < x[i2] {
            ((i2 as f64) * (i2 as f64) + 0.5).cbrt()
        } else {
            a
        });
    }
    v1 *= (2.0_f64 * 2.0_f64 + 0.5).powf(b.tanh());
    let mut v3 = (2.0 / (v1 * v1 + 1.0));
    v1 += (b - a);
    (v1 / (a * a + 1.0)) + v1 + v3
}

#[differentiate(wrt(b, c))]
fn rp40(a: f64, b: f64, c: f64, x: &[f64]) -> f64 {
    let mut v1 = (b - 2.0);
    let mut v2 = b.atan2(x[1] * x[1] + 0.5);
    v1 *= (if ((-0.75) < 1.5 && c >= c) { x[1] } else { 2.0 });
    let mut v3 = (b.atan() / (x[2] * x[2] + 1.0));
    let mut v4 = b.abs();
    (-v1) + v1 + v2 + v3 + v4
}

#[differentiate]
fn rp41(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (-d);
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        v1 *= ((-0.75) - x[0]);
        let mut v3 = x[k2];
        if x[0].abs() <= x[2] {
            v1 /= (-x[0]) * (-x[0]) + 1.0;
            let mut v4 = (a * a + 0.5).log10();
        } else {
        }
        k2 += 1;
    }
    let mut k5 = 0usize;
    loop {
        if k5 >= 3 {
            break;
        }
        k5 += 1;
    }
    let mut v6 = ((-1.25) * (-b));
    if a < v6 {
        let mut k7 = 0usize;
        while k7 < 3 {
            if ((k7 as f64) > v1 || b <= v1.sin().exp()) {
                break;
            }
            v6 = (if x[1] > x[k7] {
                x[2]
            } else {
                (if !((k7 as f64) < (k7 as f64)) {
                    x[k7]
                } else {
                    (-1.25)
                })
            });
            k7 += 1;
        }
        for &e8 in x.iter() {
            v6 = (1.0 - x[2]);
            let mut arr9: Vec<f64> = vec![0.0; 3];
        }
    } else {
    }
    let v10 = x[1].asinh();
    2.0_f64.cos().exp2() + v1 + v6 + v10
}

#[differentiate]
fn rp42(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = ((a + 0.1) - c);
    let mut v2 = x[3].hypot(2.0);
    v2 += ((b * b + 0.5).powf(v1.tanh()) * v2);
    if (x[1] - v1) < v1 {}
    (c * c + 0.5).log2() + v1 + v2
}

#[differentiate]
fn rp43(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (x[1] - b);
    v1 /= 0.1_f64.max(a) * 0.1_f64.max(a) + 1.0;
    for i2 in 0..3 {
        let mut arr3: [f64; 3] = [0.0; 3];
        let mut k4 = 0usize;
        while k4 < 3 {
            let mut arr5 = arr3;
            k4 += 1;
        }
        arr3[2] = (if !(b >= a) { v1 } else { arr3[i2] });
    }
    v1 /= (v1 * v1) * (v1 * v1) + 1.0;
    x[1] + v1
}

#[differentiate]
fn rp44(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = b.to_radians();
    let mut v2 = (x[1] * x[1]);
    let mut v3 = (v2 * v2 + 0.5).sqrt();
    let mut arr4 = [0.0_f64; 3];
    let mut k5 = 0usize;
    loop {
        if k5 >= 3 {
            break;
        }
        if (0.1 * x[1]) >= 0.1 {
            arr4[k5] += (x[k5]
                / ((x[k5] / (arr4[k5] * arr4[k5] + 1.0)) * (x[k5] / (arr4[k5] * arr4[k5] + 1.0))
                    + 1.0));
        }
        arr4[k5] += (if 0.1 >= arr4[2] { arr4[k5] } else { 3.0 }).max((k5 as f64));
        k5 += 1;
    }
    let mut k6 = 0usize;
    while k6 < 3 {
        arr4[k6] += a.hypot((x[0] * x[0] + 1.5).log(b * b + 2.0));
        arr4[k6] += v3.hypot(v2);
        k6 += 1;
    }
    (arr4[1] * arr4[1] + 0.5).powf((2.0 / (a * a + 1.0)).tanh())
        + v1
        + v2
        + v3
        + arr4[0]
        + arr4[1]
        + arr4[2]
}

#[differentiate]
fn rp45(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = x[1].floor();
    let mut v2 = x[3].mul_add(a, c);
    let mut c = x[1].mul_add(x[3], (-0.75));
    v2 += (-0.75_f64).mul_add(v2, (-v2));
    x[3].tanh().tan() + v1 + v2 + c
}

#[differentiate]
fn rp46(a: f64, b: f64, c: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (x[1] * x[1] + 1.5)
        .log(((-0.75) / (x[2] * x[2] + 1.0)) * ((-0.75) / (x[2] * x[2] + 1.0)) + 2.0);
    let mut v2 = (2.0_f64 * 2.0_f64 + 0.5).powf(b.tanh());
    let mut k3 = 0usize;
    while k3 < 3 {
        if ((if 2.0 >= b { v1 } else { a }) > (-a) || x[k3] <= (v1 * v1 + 0.5).powf(v2.tanh())) {
            v2 *= ((if v1 <= v1 { v2 } else { c }).cos() * 0.5).acos();
        }
        let mut k4 = 0usize;
        while k4 < 3 {
            k4 += 1;
        }
        k3 += 1;
    }
    (b * (x[0] - b)) + v1 + v2
}

#[differentiate]
fn rp47(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (a * a + 0.5).powf(3.0_f64.tanh());
    let mut k2 = 0usize;
    loop {
        if k2 >= 3 {
            break;
        }
        if a < b.mul_add(v1, x[k2]) {
            break;
        }
        for i3 in 0..3 {
            v1 += (b * b + 0.5).log2();
            v1 = v1.cos();
            let v4 = (b * b + 0.5).sqrt();
        }
        for i5 in (0..3).rev() {}
        k2 += 1;
    }
    v1 -= (x[1] * x[1] + 0.5).sqrt();
    v1 += (x[1] * x[1] + 0.5).powf(0.1_f64.tanh());
    ((if (x[1] <= 0.5 && b < x[2]) { 3.0 } else { x[1] })
        * (if (x[1] <= 0.5 && b < x[2]) { 3.0 } else { x[1] })
        + 1.0)
        .powi(-2)
        + v1
}

#[differentiate]
fn rp48(a: f64, b: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (2.0 / (x[1] * x[1] + 1.0));
    let mut v2 = (x[0] + a).asinh();
    let mut arr3: [f64; 3] = [0.0; 3];
    if (arr3[0] > x[1] || (-a) < v2.max(0.25)) {
        for i4 in 0..3 {
            arr3[i4] += (arr3[0] * arr3[0]).ln_1p();
        }
        arr3[1] = (-(-1.5));
    } else {
        let v5 = arr3[1].asinh();
    }
    for i6 in 0..3 {}
    (a.tanh() * x[1]) + v1 + v2 + arr3[0] + arr3[1] + arr3[2]
}

#[differentiate(wrt(b))]
fn rp49(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = a.max(2.0);
    let mut v2 = b.atan2(1.0 * 1.0 + 0.5);
    v1 *= x[1].mul_add(v2, v2);
    let mut k3 = 0usize;
    while k3 < 3 {
        let mut v4 = (2.0 / (x[k3] * x[k3] + 1.0));
        k3 += 1;
    }
    for (i5, &e6) in x.iter().enumerate() {
        for (i7, &e8) in x.iter().enumerate() {
            v1 -= (1.5 + (-0.75));
        }
        v1 *= x[0].sin();
        let mut k9 = 0usize;
        loop {
            if k9 >= 3 {
                break;
            }
            let mut b: f64 = (0.25 * (3.0 - 1.0));
            k9 += 1;
        }
    }
    (x[0] - v1) + v1 + v2
}

#[differentiate(wrt(c, x))]
fn rp50(a: f64, b: f64, c: f64, d: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (x[1] - (-0.75)).max(d);
    let mut k2 = 0usize;
    while k2 < 3 {
        if 0.1 >= (c * c + 1.0).ln() {}
        for i3 in 1..3 {
            v1 += x[k2].sin().exp();
        }
        k2 += 1;
    }
    (x[3].sin() * 0.5).asin() + v1
}

#[differentiate]
fn rp51(a: f64, b: f64, x: [f64; 3]) -> f64 {
    let mut v1 = x[1].fract();
    if (x[0] >= (-2.0) && (b + x[2]) < (x[1] / (a * a + 1.0))) {
    } else {
        let mut k2 = 0usize;
        while k2 < 3 {
            k2 += 1;
        }
    }
    if !((x[0].sin() * 0.5).asin() >= v1.mul_add(2.0, 3.0)) {
        v1 += (0.25_f64 * 0.25_f64 + 1.0).powi(-2);
        let mut k3 = 0usize;
        while k3 < 3 {
            k3 += 1;
        }
    }
    (a * x[2]) + v1
}

#[differentiate]
fn rp52(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (c * c + 0.5).powf(d.tanh());
    let v2 = (v1 + x[1]);
    for i3 in (0..3).rev() {}
    v1 += (-b);
    if (x[1] >= v2
        || (if (x[1] >= x[1] && x[0] < d) {
            (-0.75)
        } else {
            x[1]
        }) > (v2 - 2.0))
    {
        for i4 in 1..3 {}
        for i5 in 0..=2 {
            v1 += (d + (0.5 / (v1 * v1 + 1.0)));
        }
    }
    (d * d + 1.5).log(3.0_f64.mul_add(2.0, 2.0) * 3.0_f64.mul_add(2.0, 2.0) + 2.0) + v1 + v2
}

#[differentiate]
fn rp53(a: f64, b: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (b * b + 0.5).powf(b.tanh());
    let mut v2 = x[0].tanh().cosh();
    a + v1 + v2
}

#[differentiate]
fn rp54(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = a.max(3.0);
    v1 = (b * b + 0.5).cbrt();
    let mut k2 = 0usize;
    while k2 < 3 {
        let mut k3 = 0usize;
        while k3 < 3 {
            k3 += 1;
        }
        let mut arr4 = [0.0_f64; 3];
        v1 += ((k2 as f64) + a);
        k2 += 1;
    }
    let mut k5 = 0usize;
    while k5 < 3 {
        let mut arr6: Vec<f64> = vec![0.0; 3];
        k5 += 1;
    }
    (x[1] / ((-1.5) * (-1.5) + 1.0)) + v1
}

#[differentiate]
fn rp55(a: f64, b: f64, c: f64, d: f64, x: [f64; 4]) -> f64 {
    let mut v1 = (c / (b * b + 1.0));
    let mut v2 = (-a);
    for i3 in 0..3 {
        if v1 > d.fract() {
            let mut arr4: [f64; 3] = [(-0.75_f64).atan(), 2.0_f64.max(0.5), 1.0];
        }
    }
    let v5 = 2.0_f64.min(c);
    let mut v6 = (2.0_f64.max(x[0]) * 2.0_f64.max(x[0]) + 0.5).powf(x[0].tanh());
    (if (b < x[1] || x[1] < v1) { v6 } else { 1.5 }) + v1 + v2 + v5 + v6
}

#[differentiate]
fn rp56(a: f64, b: f64, x: &[f64]) -> f64 {
    let mut v1 = (x[1] * x[1]).mul_add(x[1], (-1.25));
    let mut v2 = ((-1.25) * v1);
    let v3 = 2.0_f64.tanh();
    if (b <= b || (x[1] + 1.0) <= 2.0_f64.hypot(x[1])) {
    } else {
        v2 += (v3.atan2(b * b + 0.5) / (v1 * v1 + 1.0));
    }
    if x[1] >= (-a) {
        v2 *= (0.5_f64 * 0.5_f64 + 1.0).powi(-2);
    } else {
        v2 -= x[1].atan2(v2 * v2 + 0.5).to_radians();
    }
    let mut k4 = 0usize;
    loop {
        if k4 >= 3 {
            break;
        }
        v2 -= (x[k4] * x[k4] + 1.0).ln().asinh();
        for &e5 in x.iter() {
            v1 += x[k4]
                .mul_add((-0.75), (k4 as f64))
                .mul_add(((k4 as f64) + x[k4]), (v2 * a));
        }
        k4 += 1;
    }
    (x[2] + x[1]).tanh().tan() + v1 + v2 + v3
}

#[differentiate]
fn rp57(a: f64, b: f64, c: f64, d: f64, x: [f64; 3]) -> f64 {
    let mut v1 = ((x[1] / (c * c + 1.0)) * (x[1] / (c * c + 1.0)) + 0.5).powf(d.tanh());
    let mut v2 = c.atan();
    let mut k3 = 0usize;
    loop {
        if k3 >= 3 {
            break;
        }
        k3 += 1;
    }
    if (-0.75) <= x[1] {
    } else {
        v2 /= (c * x[1]) * (c * x[1]) + 1.0;
    }
    let mut k4 = 0usize;
    while k4 < 3 {
        for i5 in 0..3 {}
        k4 += 1;
    }
    2.0_f64.min(b) + v1 + v2
}

#[differentiate(wrt(a, b, x))]
fn rp58(a: f64, b: f64, c: f64, d: f64, x: &[f64; 3]) -> f64 {
    let mut v1 = (x[1] - c);
    let mut v2 = (x[1] * x[1] + 1.5).acosh();
    v1 *= (c + x[1]);
    v1 -= (a + v2);
    if ((a * c) < v1.cos().exp2() || x[1].min(d) < (a * 1.5)) {
        v2 -= (v2 - (b * v2));
        let mut v3 = (-b);
    } else {
        let mut k4 = 0usize;
        loop {
            if k4 >= 3 {
                break;
            }
            k4 += 1;
        }
        let mut arr5 = [0.0_f64; 3];
        v1 -= (c - x[0]);
    }
    let mut v6 = (if b > x[0] { 2.0 } else { v2 });
    if x[2].atan2(v6 * v6 + 0.5) <= c.atan() {
    } else {
    }
    (c.max(x[1]) * c.max(x[1]) + 0.5).sqrt() + v1 + v2 + v6
}

#[differentiate]
fn rp59(a: f64, b: f64, x: &[f64; 4]) -> f64 {
    let mut v1 = (if 1.0 >= (-0.75) {
        (-1.25_f64).mul_add(1.0, a)
    } else {
        2.0
    });
    let mut v2 = v1.mul_add(2.0, v1);
    if 3.0 > (a * b) {
    } else {
        let mut arr3 = [0.0_f64; 3];
    }
    v2 /= x[1].min(2.0) * x[1].min(2.0) + 1.0;
    for i4 in 0..3 {
        v2 /= (x[1] * (x[i4] / (b * b + 1.0))) * (x[1] * (x[i4] / (b * b + 1.0))) + 1.0;
    }
    let v5 = x[1].min(2.0_f64.powi(3));
    0.5_f64.tanh().cosh() + v1 + v2 + v5
}

/// One function: closures over the differentiable coordinates (in
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
}

fn arr<const N: usize>(s: &[f64]) -> [f64; N] {
    let mut a = [0.0; N];
    a.copy_from_slice(&s[..N]);
    a
}

fn close(a: f64, b: f64, rel: f64, scale: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()) + 1e-13 * scale
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
            let mut t = vec![0.0; x.len()];
            t[i] = 1.0;
            let (yj, d) = (c.jvp)(x, &t);
            if !close(g[i], d, 1e-10, scale) || !close(yj, y0, 1e-14, 0.0) {
                failures.push(format!("{}[{i}]: _grad {:e}, _jvp {d:e}", c.name, g[i]));
            }
        }
        if let Err(e) = check_gradient(c.f, x, &g, 1e-6) {
            failures.push(format!("{}: {e}", c.name));
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

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "rp00",
            point: &[
                0.45094032454976535,
                -1.0057305490781687,
                -0.03747329962463798,
                0.5090203369127851,
                -0.780509838070566,
            ],
            f: |p| rp00(p[0], p[1], arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp00_grad(p[0], p[1], arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp00_jvp(p[0], p[1], arr::<3>(&p[2..]), t[0], t[1], arr::<3>(&t[2..])),
            expected: (
                1.582927053082974,
                &[0.5495404409693934, -0.20138950398900557, 0.0, 1.0, 1.0],
            ),
        },
        Case {
            name: "rp01",
            point: &[
                1.0459674767981046,
                -0.8896372851183306,
                -1.3714344199856199,
                -1.346863879246713,
                0.5157467694483727,
                1.0267472687814951,
            ],
            f: |p| rp01(p[0], p[1], p[2], &arr::<3>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp01_grad(p[0], p[1], p[2], &arr::<3>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp01_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &arr::<3>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    &arr::<3>(&t[3..]),
                )
            },
            expected: (
                -3.947793371959871,
                &[
                    0.31767859566039325,
                    -7.016974512623782,
                    3.943727758493426,
                    2.1914533807225576,
                    -3.943727758493426,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp02",
            point: &[
                0.36007567233763627,
                0.4613647981081321,
                -0.8120678977986612,
                -1.0179977561557565,
                -1.0432530614577566,
                -0.8800407121905043,
            ],
            f: |p| rp02(p[0], p[1], arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp02_grad(p[0], p[1], arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp02_jvp(p[0], p[1], arr::<4>(&p[2..]), t[0], t[1], arr::<4>(&t[2..])),
            expected: (
                0.9052096753861354,
                &[
                    -0.04702766148077954,
                    2.0,
                    0.0,
                    -0.010461705145022867,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp03",
            point: &[
                0.33597426944922426,
                -0.8387347396433877,
                -0.37282962811300924,
            ],
            f: |p| {
                rp03(
                    p[0],
                    0.4171311755941961,
                    p[1],
                    p[2],
                    &[
                        -0.7158152725494663,
                        1.0476452631089452,
                        -1.3288322554721703,
                        0.2361702832673557,
                    ],
                )
            },
            grad: |p| {
                let (y, (g0, g1, g2)) = rp03_grad(
                    p[0],
                    0.4171311755941961,
                    p[1],
                    p[2],
                    &[
                        -0.7158152725494663,
                        1.0476452631089452,
                        -1.3288322554721703,
                        0.2361702832673557,
                    ],
                );
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                (y, g)
            },
            jvp: |p, t| {
                rp03_jvp(
                    p[0],
                    0.4171311755941961,
                    p[1],
                    p[2],
                    &[
                        -0.7158152725494663,
                        1.0476452631089452,
                        -1.3288322554721703,
                        0.2361702832673557,
                    ],
                    t[0],
                    t[1],
                    t[2],
                )
            },
            expected: (
                0.24807249463925643,
                &[-0.11921118209868191, 1.417131175594196, 0.0],
            ),
        },
        Case {
            name: "rp04",
            point: &[-0.6956012697122688],
            f: |p| {
                rp04(
                    1.4011281597596261,
                    p[0],
                    &[-0.8574188436820706, 1.4470304228927948, 0.6235506079283247],
                )
            },
            grad: |p| {
                let (y, g0) = rp04_grad(
                    1.4011281597596261,
                    p[0],
                    &[-0.8574188436820706, 1.4470304228927948, 0.6235506079283247],
                );
                let mut g = Vec::new();
                g.push(g0);
                (y, g)
            },
            jvp: |p, t| {
                rp04_jvp(
                    1.4011281597596261,
                    p[0],
                    &[-0.8574188436820706, 1.4470304228927948, 0.6235506079283247],
                    t[0],
                )
            },
            expected: (2.4313518966017607, &[1.9574090862298745]),
        },
        Case {
            name: "rp05",
            point: &[
                0.46172441316131113,
                1.291056164928084,
                0.5094549036086893,
                -0.29167456367802985,
                -0.30964552057077444,
                -1.0446552278055554,
                -1.2284579869745589,
                -0.6787700062144449,
            ],
            f: |p| rp05(p[0], p[1], p[2], p[3], &p[4..8]),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) = rp05_grad(p[0], p[1], p[2], p[3], &p[4..8]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp05_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &p[4..8],
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &t[4..8],
                )
            },
            expected: (
                4.421084182749888,
                &[
                    0.21990706847423885,
                    0.0,
                    2.031908952770599,
                    0.0,
                    0.0,
                    -0.07060361810185672,
                    0.0,
                    -0.7271201090249026,
                ],
            ),
        },
        Case {
            name: "rp06",
            point: &[
                1.2230088950354603,
                -1.1640716995111093,
                0.2860574639674511,
                -0.16576371266390738,
                -1.0236209808483678,
                -1.2961982297758292,
            ],
            f: |p| rp06(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp06_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp06_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                2.2894925468707803,
                &[
                    -0.118817282066824,
                    -2.1657637126639075,
                    0.0,
                    -1.1640716995111096,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp07",
            point: &[
                0.5662597497508103,
                -1.056059792478032,
                1.1427146856890962,
                -0.4378260608244703,
            ],
            f: |p| {
                rp07(
                    p[0],
                    -1.4676073244680365,
                    -0.8370207896493035,
                    0.06867931536823466,
                    &p[1..4],
                )
            },
            grad: |p| {
                let (y, (g0, g1)) = rp07_grad(
                    p[0],
                    -1.4676073244680365,
                    -0.8370207896493035,
                    0.06867931536823466,
                    &p[1..4],
                );
                let mut g = Vec::new();
                g.push(g0);
                g.extend_from_slice(&g1);
                (y, g)
            },
            jvp: |p, t| {
                rp07_jvp(
                    p[0],
                    -1.4676073244680365,
                    -0.8370207896493035,
                    0.06867931536823466,
                    &p[1..4],
                    t[0],
                    &t[1..4],
                )
            },
            expected: (
                3.0065263896128887,
                &[0.0, 0.19601893940428883, 1.2042070901567041, 0.0],
            ),
        },
        Case {
            name: "rp08",
            point: &[
                1.1971273266464109,
                -1.4097290498598305,
                -1.1507288727273945,
                0.32104147161628743,
                0.12456933033330014,
                0.41007329520551583,
                -0.6470546253131111,
            ],
            f: |p| rp08(p[0], p[1], p[2], &p[3..7]),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp08_grad(p[0], p[1], p[2], &p[3..7]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| rp08_jvp(p[0], p[1], p[2], &p[3..7], t[0], t[1], t[2], &t[3..7]),
            expected: (
                8.405055887162655,
                &[
                    -7.809224699663191,
                    -15.82951567339867,
                    -3.62032789980525,
                    0.0,
                    -1.0,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp09",
            point: &[
                1.2406000349808974,
                -0.28585829348077785,
                -0.9311505886918771,
                0.888586146824986,
                -0.9884617922313459,
            ],
            f: |p| rp09(p[0], p[1], &arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp09_grad(p[0], p[1], &arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp09_jvp(
                    p[0],
                    p[1],
                    &arr::<3>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<3>(&t[2..]),
                )
            },
            expected: (
                -3.1711846742927663,
                &[
                    0.0,
                    -1.2670163162507686,
                    -1.3912922885114993,
                    1.7267200938150573,
                    -1.4245646014719793,
                ],
            ),
        },
        Case {
            name: "rp10",
            point: &[
                -0.4221117663820504,
                -1.4071782692196237,
                0.07319427917297057,
                -0.07963866662543008,
                0.9778446551810832,
                -1.4590597494774495,
            ],
            f: |p| rp10(p[0], p[1], &p[2..6]),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp10_grad(p[0], p[1], &p[2..6]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp10_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
            expected: (
                1.5037951474965634,
                &[0.44990961674081525, 2.159347751656311, 0.0, 1.0, 0.0, 0.0],
            ),
        },
        Case {
            name: "rp11",
            point: &[0.7998198540053026],
            f: |p| {
                rp11(
                    -1.1902575118340213,
                    p[0],
                    1.4840641487449466,
                    &[1.4971452275282089, 1.4003369018731269, -0.24545576754767984],
                )
            },
            grad: |p| {
                let (y, g0) = rp11_grad(
                    -1.1902575118340213,
                    p[0],
                    1.4840641487449466,
                    &[1.4971452275282089, 1.4003369018731269, -0.24545576754767984],
                );
                let mut g = Vec::new();
                g.push(g0);
                (y, g)
            },
            jvp: |p, t| {
                rp11_jvp(
                    -1.1902575118340213,
                    p[0],
                    1.4840641487449466,
                    &[1.4971452275282089, 1.4003369018731269, -0.24545576754767984],
                    t[0],
                )
            },
            expected: (4.783496460905528, &[1.4971452275282089]),
        },
        Case {
            name: "rp12",
            point: &[
                1.3971840297068319,
                -0.4201018834219486,
                -1.4287163767308482,
                1.2981448970878149,
                1.0267663706937724,
                1.4592379582218158,
                -0.6371419236747214,
                0.20297974091862703,
            ],
            f: |p| rp12(p[0], p[1], p[2], p[3], &p[4..8]),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) = rp12_grad(p[0], p[1], p[2], p[3], &p[4..8]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp12_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &p[4..8],
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &t[4..8],
                )
            },
            expected: (
                0.8402856534447101,
                &[
                    0.0,
                    3.0,
                    0.0,
                    -0.018899256586222882,
                    0.9867565435662438,
                    1.0267663706937724,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp13",
            point: &[
                0.9835315673493091,
                0.20494661855200905,
                -0.6788343861883365,
                -0.971532190603609,
                -0.7220346553153172,
                -0.5515832071684678,
                -1.1115575790271421,
            ],
            f: |p| rp13(p[0], p[1], p[2], p[3], arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp13_grad(p[0], p[1], p[2], p[3], arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp13_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<3>(&t[4..]),
                )
            },
            expected: (
                -0.2806848181376872,
                &[
                    -0.24384695248453836,
                    -0.5693597572444025,
                    -1.5693597572444025,
                    0.0,
                    0.0,
                    0.1012491547131249,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp14",
            point: &[
                -0.7335920980054007,
                -1.0492966568456457,
                0.520116670732453,
                0.8912929540539983,
                -0.26072977094759314,
                -0.9662324760844545,
                -0.800771867194036,
            ],
            f: |p| rp14(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp14_grad(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp14_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &arr::<3>(&t[4..]),
                )
            },
            expected: (
                5.692473675533604,
                &[
                    1.0,
                    1.2199331278752035,
                    0.0,
                    0.9536488351990218,
                    -2.0,
                    -1.2049866595518313,
                    -2.0,
                ],
            ),
        },
        Case {
            name: "rp15",
            point: &[
                -0.2204455745259945,
                0.6393798014918388,
                -0.7299265784316005,
                -0.7001319046804899,
                0.609610544551743,
                0.0418030667618107,
                1.1773208870952256,
            ],
            f: |p| rp15(p[0], p[1], p[2], p[3], arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp15_grad(p[0], p[1], p[2], p[3], arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp15_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<3>(&t[4..]),
                )
            },
            expected: (
                -4.275805554722833,
                &[
                    0.0,
                    1.0,
                    0.0,
                    3.75,
                    -1.6301873938059068,
                    -1.0279061293069085,
                    -0.8431115713252775,
                ],
            ),
        },
        Case {
            name: "rp16",
            point: &[
                0.1704408492009576,
                0.8439294868937085,
                0.8089366624291169,
                0.6202313420129597,
                -0.371620518122817,
                -0.4681230822523812,
                -0.15011735479554572,
                -0.040535708314349814,
            ],
            f: |p| rp16(p[0], p[1], p[2], p[3], arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp16_grad(p[0], p[1], p[2], p[3], arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp16_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<4>(&t[4..]),
                )
            },
            expected: (
                -0.0017326627759222113,
                &[
                    0.6007729268764476,
                    2.058587036775026,
                    0.0,
                    0.16509363667666274,
                    0.0,
                    0.6951775695684651,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp17",
            point: &[
                0.6838834727725712,
                -0.8615620325402331,
                0.4873721897592273,
                0.5934486110330816,
                1.2101057200230554,
                0.5747150967858137,
            ],
            f: |p| rp17(p[0], p[1], &p[2..6]),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp17_grad(p[0], p[1], &p[2..6]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp17_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
            expected: (
                0.44368708527378076,
                &[
                    -0.8953829891702776,
                    1.1160765213422907,
                    0.0,
                    -0.11508502278953107,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp18",
            point: &[
                -0.6417750558694596,
                0.3900863829197522,
                0.7665875792852025,
                -0.4411027054654244,
                -0.8678797656193802,
                -0.7912820060355571,
            ],
            f: |p| rp18(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp18_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp18_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                1.615350783421116,
                &[
                    0.9921820043433154,
                    1.8371201882790489,
                    0.9921820043433154,
                    0.2411604795235875,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp19",
            point: &[0.28930130074381954],
            f: |p| {
                rp19(
                    p[0],
                    1.4623871003034854,
                    &[1.4127676839196452, -0.9125090310915983, 1.3428676981495133],
                )
            },
            grad: |p| {
                let (y, g0) = rp19_grad(
                    p[0],
                    1.4623871003034854,
                    &[1.4127676839196452, -0.9125090310915983, 1.3428676981495133],
                );
                let mut g = Vec::new();
                g.push(g0);
                (y, g)
            },
            jvp: |p, t| {
                rp19_jvp(
                    p[0],
                    1.4623871003034854,
                    &[1.4127676839196452, -0.9125090310915983, 1.3428676981495133],
                    t[0],
                )
            },
            expected: (0.8736352776330485, &[-1.0]),
        },
        Case {
            name: "rp20",
            point: &[
                0.2521266026580678,
                1.0568686754544243,
                0.6414439353337723,
                -0.027155313608895323,
            ],
            f: |p| rp20(1.2462230790508106, 0.9032761658342078, arr::<4>(&p[0..])),
            grad: |p| {
                let (y, g0) = rp20_grad(1.2462230790508106, 0.9032761658342078, arr::<4>(&p[0..]));
                let mut g = Vec::new();
                g.extend_from_slice(&g0);
                (y, g)
            },
            jvp: |p, t| {
                rp20_jvp(
                    1.2462230790508106,
                    0.9032761658342078,
                    arr::<4>(&p[0..]),
                    arr::<4>(&t[0..]),
                )
            },
            expected: (
                -0.2222706484163592,
                &[0.0, -2.1232985214590148, 0.0, -0.008329416596303199],
            ),
        },
        Case {
            name: "rp21",
            point: &[
                -1.2931629015940076,
                0.39210954877732745,
                -0.09556157369886915,
                0.44884630872789993,
                0.8135567426180847,
                -0.1799045637035101,
                0.15783053334222524,
            ],
            f: |p| rp21(p[0], p[1], p[2], &arr::<4>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp21_grad(p[0], p[1], p[2], &arr::<4>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp21_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &arr::<4>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    &arr::<4>(&t[3..]),
                )
            },
            expected: (
                0.4603592160809826,
                &[
                    0.0,
                    -0.3830697260097605,
                    1.2949322405098453,
                    -0.1108140671686584,
                    1.3933902322422127,
                    -0.4392299377458611,
                    1.0069229654581093,
                ],
            ),
        },
        Case {
            name: "rp22",
            point: &[
                -1.1044118274191068,
                -1.0344676188738053,
                1.3023192995747137,
                1.1568476668264753,
                0.5787655104462521,
            ],
            f: |p| rp22(p[0], p[1], arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp22_grad(p[0], p[1], arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp22_jvp(p[0], p[1], arr::<3>(&p[2..]), t[0], t[1], arr::<3>(&t[2..])),
            expected: (
                0.4399548487236893,
                &[
                    -0.5787655104462521,
                    0.2829597404073037,
                    0.0,
                    0.5787655104462521,
                    2.261259494245582,
                ],
            ),
        },
        Case {
            name: "rp23",
            point: &[0.5395636194669458, -0.718915561672784],
            f: |p| {
                rp23(
                    -0.5173128139144438,
                    p[0],
                    p[1],
                    &[
                        0.11684174423775728,
                        1.3440858990224551,
                        -0.9462301419202117,
                        0.32784209145001103,
                    ],
                )
            },
            grad: |p| {
                let (y, (g0, g1)) = rp23_grad(
                    -0.5173128139144438,
                    p[0],
                    p[1],
                    &[
                        0.11684174423775728,
                        1.3440858990224551,
                        -0.9462301419202117,
                        0.32784209145001103,
                    ],
                );
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                (y, g)
            },
            jvp: |p, t| {
                rp23_jvp(
                    -0.5173128139144438,
                    p[0],
                    p[1],
                    &[
                        0.11684174423775728,
                        1.3440858990224551,
                        -0.9462301419202117,
                        0.32784209145001103,
                    ],
                    t[0],
                    t[1],
                )
            },
            expected: (-2.6859452515315145, &[0.0, -0.6153846153846154]),
        },
        Case {
            name: "rp24",
            point: &[
                0.3052887773396416,
                0.4199360855505483,
                -0.2882411268266316,
                -0.7302588046475256,
                -0.8284798948855795,
                0.4011152293364186,
                0.7624536984499312,
            ],
            f: |p| rp24(p[0], p[1], p[2], &p[3..7]),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp24_grad(p[0], p[1], p[2], &p[3..7]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| rp24_jvp(p[0], p[1], p[2], &p[3..7], t[0], t[1], t[2], &t[3..7]),
            expected: (
                -0.3085320313575712,
                &[
                    0.17128544200983153,
                    0.0,
                    1.2161555611766095,
                    -0.28420854283896163,
                    0.30487110028517095,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp25",
            point: &[
                -0.1464299139071261,
                1.4976796687962903,
                -0.7616135843186597,
                -0.7065730595805728,
                0.18571625429762292,
                0.5877950359580578,
                1.1311051770205707,
            ],
            f: |p| rp25(p[0], p[1], p[2], p[3], arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp25_grad(p[0], p[1], p[2], p[3], arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp25_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<3>(&t[4..]),
                )
            },
            expected: (
                1.7046649956717617,
                &[
                    -0.27631892628917804,
                    0.0,
                    -0.16241889321403932,
                    0.0,
                    0.0,
                    -0.15697745405451785,
                    -0.0954690191770142,
                ],
            ),
        },
        Case {
            name: "rp26",
            point: &[-1.255307864561081],
            f: |p| {
                rp26(
                    -0.9594313763506983,
                    p[0],
                    &[1.1713483096006667, 0.10014433776291574, 0.2224446236172944],
                )
            },
            grad: |p| {
                let (y, g0) = rp26_grad(
                    -0.9594313763506983,
                    p[0],
                    &[1.1713483096006667, 0.10014433776291574, 0.2224446236172944],
                );
                let mut g = Vec::new();
                g.push(g0);
                (y, g)
            },
            jvp: |p, t| {
                rp26_jvp(
                    -0.9594313763506983,
                    p[0],
                    &[1.1713483096006667, 0.10014433776291574, 0.2224446236172944],
                    t[0],
                )
            },
            expected: (-0.8793954218093912, &[-0.11793302815054335]),
        },
        Case {
            name: "rp27",
            point: &[
                -0.7721497602720009,
                -0.23728859043297004,
                -1.1841200838116694,
                0.1842995104087676,
                0.0923042302416947,
                -0.7736774997208882,
            ],
            f: |p| rp27(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp27_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp27_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                -4973.4252522960805,
                &[
                    0.11404950702754046,
                    3.0,
                    8192.0,
                    -2312.7723093715776,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp28",
            point: &[
                0.013596311872755219,
                1.203892799905158,
                -0.27901925242217296,
                -1.3704523350651403,
                0.09974202372883839,
                0.13346739271022556,
                0.2661224869290028,
                1.4567557474208996,
            ],
            f: |p| rp28(p[0], p[1], p[2], p[3], &arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp28_grad(p[0], p[1], p[2], p[3], &arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp28_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &arr::<4>(&t[4..]),
                )
            },
            expected: (
                1.8661534188143394,
                &[
                    0.17477605445656527,
                    -0.08110165626177812,
                    1.0,
                    0.0,
                    0.0,
                    2.0135963118727553,
                    0.0,
                    -1.0,
                ],
            ),
        },
        Case {
            name: "rp29",
            point: &[
                0.18154604266414476,
                0.16309200624907458,
                -1.3960641672019571,
                0.04477032621079671,
                -1.3848800354952782,
                -0.5225114333758168,
                -0.7277676723774739,
                -0.6411541373034688,
            ],
            f: |p| rp29(p[0], p[1], p[2], p[3], arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp29_grad(p[0], p[1], p[2], p[3], arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp29_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<4>(&t[4..]),
                )
            },
            expected: (
                2.12811765708316,
                &[
                    -0.0021046472746399573,
                    8.460882903212624,
                    3.3109228584395347,
                    0.0,
                    0.010257425610729958,
                    3.326184052958829,
                    0.05344656004907582,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp30",
            point: &[
                -0.26668739223889926,
                0.8063191004225396,
                -0.7420412304925851,
                0.9205540807093321,
                -0.4245763662105316,
                -0.12417874933863762,
            ],
            f: |p| rp30(p[0], p[1], p[2], arr::<3>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp30_grad(p[0], p[1], p[2], arr::<3>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp30_jvp(
                    p[0],
                    p[1],
                    p[2],
                    arr::<3>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    arr::<3>(&t[3..]),
                )
            },
            expected: (
                4.549417305152295,
                &[0.0, 0.0, -0.4907070707498109, 1.0, -1.0632731607403745, 0.0],
            ),
        },
        Case {
            name: "rp31",
            point: &[
                1.032262216111048,
                -1.1200896489108965,
                -0.23168436980008897,
                -0.7159697905997321,
                0.18628861748814293,
                0.9152218811916578,
                1.2258890768840511,
            ],
            f: |p| rp31(p[0], p[1], p[2], p[3], &p[4..7]),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) = rp31_grad(p[0], p[1], p[2], p[3], &p[4..7]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp31_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &p[4..7],
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &t[4..7],
                )
            },
            expected: (
                6.466579863285451,
                &[
                    0.0,
                    -0.0907000164318742,
                    -0.22524424947957813,
                    -0.2,
                    0.0,
                    0.0,
                    3.8915806176339065,
                ],
            ),
        },
        Case {
            name: "rp32",
            point: &[
                0.8981835409148653,
                0.457210997667513,
                0.8200512099555854,
                1.4508477945368952,
                0.9834360249312991,
                0.49587846012232195,
            ],
            f: |p| rp32(p[0], p[1], &p[2..6]),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp32_grad(p[0], p[1], &p[2..6]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp32_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
            expected: (
                2.961055533253995,
                &[
                    5.605929808564296,
                    0.0,
                    0.010543789272233574,
                    0.029628894815254107,
                    0.01925242450643213,
                    -1.1964303481081175,
                ],
            ),
        },
        Case {
            name: "rp33",
            point: &[
                -0.6771992872108474,
                0.3234834633559587,
                -1.1570035762450963,
                1.2642827251787732,
                -0.2464069796485354,
            ],
            f: |p| rp33(p[0], p[1], arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp33_grad(p[0], p[1], arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp33_jvp(p[0], p[1], arr::<3>(&p[2..]), t[0], t[1], arr::<3>(&t[2..])),
            expected: (
                -2.1711702906482007,
                &[1.9577537617059617, 3.0, 0.0, -2.672127113935959, 0.0],
            ),
        },
        Case {
            name: "rp34",
            point: &[
                0.437849423768335,
                -0.816811796410002,
                1.420954686417812,
                1.401500308075627,
                0.25008861741082683,
            ],
            f: |p| rp34(p[0], p[1], &p[2..5]),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp34_grad(p[0], p[1], &p[2..5]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp34_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
            expected: (
                -6.949065003904373,
                &[
                    0.2906647758244574,
                    0.555604803530035,
                    2.2802952530596823,
                    -0.651704282448653,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp35",
            point: &[
                -0.08869890239591031,
                -0.6033800261140897,
                -0.4947503208791403,
                -1.1154584262630165,
                -0.7586024525210069,
            ],
            f: |p| rp35(p[0], p[1], arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp35_grad(p[0], p[1], arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp35_jvp(p[0], p[1], arr::<3>(&p[2..]), t[0], t[1], arr::<3>(&t[2..])),
            expected: (
                0.06410280111828932,
                &[
                    0.0,
                    -0.9374089521692813,
                    -0.8702007573266513,
                    0.9177958448693265,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp36",
            point: &[
                -0.9705692144300834,
                0.8472815918977631,
                0.033111715188824435,
                0.14984984872312307,
                -1.293089697405504,
                -0.9931149746406,
                -0.7357443290198861,
            ],
            f: |p| rp36(p[0], p[1], p[2], p[3], arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp36_grad(p[0], p[1], p[2], p[3], arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp36_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<3>(&t[4..]),
                )
            },
            expected: (
                0.1637676788936817,
                &[
                    1.0,
                    0.0,
                    0.0,
                    -1.0,
                    -0.9931149746406,
                    -1.293089697405504,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp37",
            point: &[
                -0.11790023372878847,
                0.38646452281264554,
                1.0226335290756716,
                0.30366910376521505,
                -0.8284065840967401,
                -0.42966777383644683,
                0.9280763414419924,
                1.441471178014787,
            ],
            f: |p| rp37(p[0], p[1], p[2], p[3], arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp37_grad(p[0], p[1], p[2], p[3], arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp37_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<4>(&t[4..]),
                )
            },
            expected: (
                -0.6178664693230482,
                &[
                    0.023737288764618766,
                    1.0634109627474582,
                    0.0,
                    0.005529395898428665,
                    0.0,
                    1.0634109627474582,
                    1.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp38",
            point: &[
                0.011374162645897872,
                0.6882904327582295,
                0.598514844190815,
                1.2154424935384796,
                -0.8644504385913917,
                -0.541080660688154,
                -0.3722341994661664,
            ],
            f: |p| rp38(p[0], p[1], p[2], p[3], &p[4..7]),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) = rp38_grad(p[0], p[1], p[2], p[3], &p[4..7]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp38_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &p[4..7],
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &t[4..7],
                )
            },
            expected: (
                3.818846796052105,
                &[
                    0.017675855839159448,
                    0.0,
                    -0.2796957868325265,
                    1.0,
                    0.0,
                    0.6475161896158673,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp39",
            point: &[
                -1.3516993975728546,
                1.0114984561234261,
                -1.2302771065560192,
                -1.1929119853881145,
                0.39134601637382443,
                -0.7209551323451994,
            ],
            f: |p| rp39(p[0], p[1], arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp39_grad(p[0], p[1], arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp39_jvp(p[0], p[1], arr::<4>(&p[2..]), t[0], t[1], arr::<4>(&t[2..])),
            expected: (
                -30.59849587043334,
                &[
                    -4.712279013511766,
                    -19.629485604832794,
                    0.0,
                    4.287665220827516,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp40",
            point: &[-0.8712805041560737, 0.5858195633351632],
            f: |p| {
                rp40(
                    -0.4180409652445976,
                    p[0],
                    p[1],
                    &[
                        -0.8455104244265598,
                        1.4128737134800446,
                        -0.0010386825214059442,
                        0.8330133658496542,
                    ],
                )
            },
            grad: |p| {
                let (y, (g0, g1)) = rp40_grad(
                    -0.4180409652445976,
                    p[0],
                    p[1],
                    &[
                        -0.8455104244265598,
                        1.4128737134800446,
                        -0.0010386825214059442,
                        0.8330133658496542,
                    ],
                );
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                (y, g)
            },
            jvp: |p, t| {
                rp40_jvp(
                    -0.4180409652445976,
                    p[0],
                    p[1],
                    &[
                        -0.8455104244265598,
                        1.4128737134800446,
                        -0.0010386825214059442,
                        0.8330133658496542,
                    ],
                    t[0],
                    t[1],
                )
            },
            expected: (-0.18125848403117228, &[-0.07443626781549373, 0.0]),
        },
        Case {
            name: "rp41",
            point: &[
                -0.21812787032377104,
                -0.36776557688821176,
                -1.199206499855238,
                -0.5069204302264704,
                -0.44445134279904197,
                -0.7133514900133028,
                0.9629812908942517,
            ],
            f: |p| rp41(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp41_grad(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp41_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &arr::<3>(&t[4..]),
                )
            },
            expected: (
                -0.3822737162630965,
                &[
                    0.0,
                    1.25,
                    0.0,
                    0.016610179313596596,
                    -0.10142131575790768,
                    0.8140930328236605,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp42",
            point: &[
                0.4352622008408918,
                -0.5549917895286948,
                -0.22014115890962596,
                1.0309067383668467,
                -1.2828117525436107,
                -0.1266403827962142,
                -0.6496276965764344,
                0.40066530801143546,
            ],
            f: |p| rp42(p[0], p[1], p[2], p[3], &arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp42_grad(p[0], p[1], p[2], p[3], &arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp42_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &arr::<4>(&t[4..]),
                )
            },
            expected: (
                3.7088306827618847,
                &[
                    0.7751501178475951,
                    -1.5611269357267077,
                    -1.9332849861332164,
                    0.0,
                    0.0,
                    0.0,
                    0.0,
                    0.3678679943659171,
                ],
            ),
        },
        Case {
            name: "rp43",
            point: &[
                0.2646694515943869,
                0.2982576225977494,
                -0.6870675608500217,
                -0.5251507409951358,
                -1.1609313502339031,
                -0.1293307580815362,
            ],
            f: |p| rp43(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp43_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp43_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                -1.0948896972203281,
                &[
                    -0.010826057468897518,
                    0.026578182510893354,
                    0.0,
                    0.9734218174891066,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp44",
            point: &[
                -0.9534526167812928,
                0.6586341622913159,
                1.4775388754432708,
                1.2031010043345816,
                -1.0697041837850139,
                -0.908688999038291,
                -0.14015279382848947,
            ],
            f: |p| rp44(p[0], p[1], p[2], arr::<4>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp44_grad(p[0], p[1], p[2], arr::<4>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp44_jvp(
                    p[0],
                    p[1],
                    p[2],
                    arr::<4>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    arr::<4>(&t[3..]),
                )
            },
            expected: (
                25.4331057008677,
                &[
                    8.011721257452646,
                    -3.7807924366366445,
                    0.0,
                    4.714113409194526,
                    -22.058521847783222,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp45",
            point: &[
                0.5033565865555262,
                -0.6555426218932396,
                0.5486752929530969,
                -1.3745473976208447,
                -1.3497504759604158,
                -0.37694224988669967,
                -0.8085776851443801,
            ],
            f: |p| rp45(p[0], p[1], p[2], arr::<4>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp45_grad(p[0], p[1], p[2], arr::<4>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp45_jvp(
                    p[0],
                    p[1],
                    p[2],
                    arr::<4>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    arr::<4>(&t[3..]),
                )
            },
            expected: (
                -2.5551869559773084,
                &[
                    0.6064332638582851,
                    0.0,
                    -0.75,
                    0.0,
                    -0.8085776851443801,
                    0.0,
                    -0.8293563766751972,
                ],
            ),
        },
        Case {
            name: "rp46",
            point: &[
                0.12270371723036162,
                0.23600524943673118,
                0.7105128484416342,
                0.719504569806021,
                0.46977656312430743,
                0.8491520360620027,
                0.09745169088600912,
            ],
            f: |p| rp46(p[0], p[1], p[2], arr::<4>(&p[3..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3)) = rp46_grad(p[0], p[1], p[2], arr::<4>(&p[3..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.extend_from_slice(&g3);
                (y, g)
            },
            jvp: |p, t| {
                rp46_jvp(
                    p[0],
                    p[1],
                    p[2],
                    arr::<4>(&p[3..]),
                    t[0],
                    t[1],
                    t[2],
                    arr::<4>(&t[3..]),
                )
            },
            expected: (
                8.371812230924759,
                &[
                    0.0,
                    6.875542493503827,
                    0.0,
                    0.23600524943673118,
                    0.6965973577630525,
                    0.15116878993360336,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp47",
            point: &[
                -1.0369516093545226,
                -1.1104746728761197,
                -0.49770302703369457,
                1.3485963339310496,
                -1.2378217914401988,
            ],
            f: |p| rp47(p[0], p[1], &arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp47_grad(p[0], p[1], &arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp47_jvp(
                    p[0],
                    p[1],
                    &arr::<3>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<3>(&t[2..]),
                )
            },
            expected: (
                -0.5270824065721442,
                &[
                    0.11254429681815911,
                    1.7612699146962143,
                    0.0,
                    -1.000443036035182,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp48",
            point: &[
                -1.3016151303418528,
                -0.8972182480184714,
                -1.457434526778716,
                -1.4747595910564075,
                -0.30628094741735495,
                0.8600267146964715,
            ],
            f: |p| rp48(p[0], p[1], arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp48_grad(p[0], p[1], arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp48_jvp(p[0], p[1], arr::<4>(&p[2..]), t[0], t[1], arr::<4>(&t[2..])),
            expected: (
                1.662019026458814,
                &[
                    -0.037844005365968714,
                    0.0,
                    0.3407524901066696,
                    -0.2769215729630478,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp49",
            point: &[0.19897789394024204],
            f: |p| {
                rp49(
                    -1.2524402520990436,
                    p[0],
                    &[0.8006047284111315, 0.7328038396594357, 0.09127756734302357],
                )
            },
            grad: |p| {
                let (y, g0) = rp49_grad(
                    -1.2524402520990436,
                    p[0],
                    &[0.8006047284111315, 0.7328038396594357, 0.09127756734302357],
                );
                let mut g = Vec::new();
                g.push(g0);
                (y, g)
            },
            jvp: |p, t| {
                rp49_jvp(
                    -1.2524402520990436,
                    p[0],
                    &[0.8006047284111315, 0.7328038396594357, 0.09127756734302357],
                    t[0],
                )
            },
            expected: (0.9324866992523076, &[0.6551384995582702]),
        },
        Case {
            name: "rp50",
            point: &[
                -1.177583321366832,
                0.7513430094244713,
                -0.34496513477338775,
                -1.201342885354344,
                0.7852357938924787,
            ],
            f: |p| {
                rp50(
                    1.087117442959555,
                    0.6223870632851864,
                    p[0],
                    -0.18563007840952991,
                    &arr::<4>(&p[1..]),
                )
            },
            grad: |p| {
                let (y, (g0, g1)) = rp50_grad(
                    1.087117442959555,
                    0.6223870632851864,
                    p[0],
                    -0.18563007840952991,
                    &arr::<4>(&p[1..]),
                );
                let mut g = Vec::new();
                g.push(g0);
                g.extend_from_slice(&g1);
                (y, g)
            },
            jvp: |p, t| {
                rp50_jvp(
                    1.087117442959555,
                    0.6223870632851864,
                    p[0],
                    -0.18563007840952991,
                    &arr::<4>(&p[1..]),
                    t[0],
                    &arr::<4>(&t[1..]),
                )
            },
            expected: (
                6.9377303797277445,
                &[
                    0.0,
                    2.8924828876560555,
                    2.3421380257766353,
                    0.2842327197543855,
                    0.37801706968367055,
                ],
            ),
        },
        Case {
            name: "rp51",
            point: &[
                -1.3420607194894598,
                0.8087623444621729,
                -0.6481176727617058,
                -0.5416954588729005,
                -0.19495196575973525,
            ],
            f: |p| rp51(p[0], p[1], arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp51_grad(p[0], p[1], arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp51_jvp(p[0], p[1], arr::<3>(&p[2..]), t[0], t[1], arr::<3>(&t[2..])),
            expected: (
                0.6057550653494217,
                &[-0.19495196575973525, 0.0, 0.0, 1.0, -1.3420607194894598],
            ),
        },
        Case {
            name: "rp52",
            point: &[
                -1.3572428328184911,
                0.9009039423381534,
                0.46249273586724166,
                -0.31024814360440756,
                0.535680164806702,
                -1.0225380232331176,
                0.8739790750707948,
            ],
            f: |p| rp52(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp52_grad(p[0], p[1], p[2], p[3], &arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp52_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    &arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    &arr::<3>(&t[4..]),
                )
            },
            expected: (
                0.7876762814237657,
                &[
                    0.0,
                    -0.3920751184920059,
                    -0.6001310612727238,
                    1.5982342787173422,
                    0.0,
                    1.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp53",
            point: &[
                -0.7476776415080065,
                -0.29887108535112256,
                0.5136046160678992,
                1.3961374036816288,
                -0.7336471135106344,
            ],
            f: |p| rp53(p[0], p[1], &arr::<3>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp53_grad(p[0], p[1], &arr::<3>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp53_jvp(
                    p[0],
                    p[1],
                    &arr::<3>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<3>(&t[2..]),
                )
            },
            expected: (
                1.5320652457632429,
                &[1.0, -0.22128510218147102, 0.3809208892533399, 0.0, 0.0],
            ),
        },
        Case {
            name: "rp54",
            point: &[
                -0.06084014452850364,
                0.5272128513869003,
                -1.291631351740736,
                -0.3812995636469118,
                0.7953375518737864,
                -1.4206977324304435,
            ],
            f: |p| rp54(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp54_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp54_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                3.6198672253361934,
                &[3.0, 0.41552039366173216, 0.0, 0.3076923076923077, 0.0, 0.0],
            ),
        },
        Case {
            name: "rp55",
            point: &[
                -0.9749170306558403,
                0.18379825173688377,
                1.3278141892158692,
                -1.1924920021307182,
                -0.9510500492672838,
                -0.19239408351116993,
                1.3887022492794554,
                -1.3701626858353941,
            ],
            f: |p| rp55(p[0], p[1], p[2], p[3], arr::<4>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp55_grad(p[0], p[1], p[2], p[3], arr::<4>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp55_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<4>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<4>(&t[4..]),
                )
            },
            expected: (
                4.244032424155973,
                &[
                    -1.0,
                    -0.4567209309405682,
                    1.9673221201723536,
                    0.0,
                    0.4465911195439459,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp56",
            point: &[
                -0.9481055916725356,
                1.0903771295170543,
                0.8575786434604908,
                1.3351369441216745,
                0.965053241489388,
                1.2183253132189324,
            ],
            f: |p| rp56(p[0], p[1], &p[2..6]),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp56_grad(p[0], p[1], &p[2..6]);
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| rp56_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
            expected: (
                38.98600332502362,
                &[
                    -26.821914563147764,
                    0.0,
                    3.8361897002858294,
                    47.27648419087916,
                    -1.3322802076679006,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp57",
            point: &[
                0.024310162983341183,
                0.933825739529257,
                -0.543545486988033,
                -0.622215715037489,
                -1.0524706403411441,
                -0.38773084253868145,
                1.1915459179475991,
            ],
            f: |p| rp57(p[0], p[1], p[2], p[3], arr::<3>(&p[4..])),
            grad: |p| {
                let (y, (g0, g1, g2, g3, g4)) =
                    rp57_grad(p[0], p[1], p[2], p[3], arr::<3>(&p[4..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.push(g2);
                g.push(g3);
                g.extend_from_slice(&g4);
                (y, g)
            },
            jvp: |p, t| {
                rp57_jvp(
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    arr::<3>(&p[4..]),
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    arr::<3>(&t[4..]),
                )
            },
            expected: (
                1.7750505932334897,
                &[
                    0.0,
                    1.0,
                    0.5832097074548906,
                    -0.4913989021763605,
                    0.0,
                    0.5800393397053454,
                    0.0,
                ],
            ),
        },
        Case {
            name: "rp58",
            point: &[
                -0.6527123243443123,
                0.44942996236494814,
                0.7700459527540457,
                1.215241227593578,
                -0.5988176477863442,
            ],
            f: |p| {
                rp58(
                    p[0],
                    p[1],
                    1.1272322158030785,
                    0.855458326733724,
                    &arr::<3>(&p[2..]),
                )
            },
            grad: |p| {
                let (y, (g0, g1, g2)) = rp58_grad(
                    p[0],
                    p[1],
                    1.1272322158030785,
                    0.855458326733724,
                    &arr::<3>(&p[2..]),
                );
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp58_jvp(
                    p[0],
                    p[1],
                    1.1272322158030785,
                    0.855458326733724,
                    &arr::<3>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<3>(&t[2..]),
                )
            },
            expected: (
                2.0874107314316905,
                &[-1.0, 3.509025688010552, 0.0, 3.2071401045332792, 0.0],
            ),
        },
        Case {
            name: "rp59",
            point: &[
                -1.4533777533643097,
                -0.5266871883968262,
                -1.474438779312784,
                1.0133147658310295,
                0.3405797125045972,
                0.5126363236904715,
            ],
            f: |p| rp59(p[0], p[1], &arr::<4>(&p[2..])),
            grad: |p| {
                let (y, (g0, g1, g2)) = rp59_grad(p[0], p[1], &arr::<4>(&p[2..]));
                let mut g = Vec::new();
                g.push(g0);
                g.push(g1);
                g.extend_from_slice(&g2);
                (y, g)
            },
            jvp: |p, t| {
                rp59_jvp(
                    p[0],
                    p[1],
                    &arr::<4>(&p[2..]),
                    t[0],
                    t[1],
                    &arr::<4>(&t[2..]),
                )
            },
            expected: (
                -1.5380609751468404,
                &[
                    1.3538861294634517,
                    1.638163113271027,
                    -0.7496854401637328,
                    4.658222344590082,
                    0.3821712873540983,
                    0.0,
                ],
            ),
        },
    ]
}
