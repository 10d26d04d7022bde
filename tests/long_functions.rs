//! Long function bodies: the companions of a long body are cut into nested
//! functions that pass values through frames (`emit::segments` in the macro
//! crate). `__segment = 3` (an undocumented option for these tests) cuts
//! after every three instructions or so, wherever a cut is allowed, so that
//! short functions exercise the cuts; each function here is also compiled
//! without it, and both must give bit-identical values and derivatives.
//!
//! `a_debug_build_of_a_2000_statement_function_succeeds` (ignored, run by
//! `.ci/run`) builds a 2 000-statement function in a scratch crate with
//! rustc's default stack, which the generated code used to overflow.

#![allow(clippy::assign_op_pattern, clippy::needless_range_loop)]

use autodiff::{check_gradient, differentiate};

/// `fn $cut` with `__segment = 3` and `fn $whole` without, same body.
macro_rules! twice {
    ([$($opts:tt)*] fn $cut:ident / $whole:ident ($($params:tt)*) -> $ret:tt $body:block) => {
        #[differentiate($($opts)* __segment = 3)]
        fn $cut($($params)*) -> $ret $body

        #[differentiate($($opts)*)]
        fn $whole($($params)*) -> $ret $body
    };
}

twice! {
    [] fn chain_cut / chain(x: f64, y: f64) -> f64 {
        let mut a = x;
        let mut b = y;
        a = a * 1.0001 + b.sin();
        b = b * 0.9999 - a.cos();
        a = a + 0.001 * (a * b).tanh();
        b = b + 0.001 * (1.0 + a * a).sqrt();
        let a = a * 1.0001 + b.sin();
        let b = b * 0.9999 - a.cos();
        let c = a * b - 2.0 * a;
        let d = c.exp().ln_1p() + b.powi(3);
        a * d + b / (1.0 + c * c)
    }
}

#[test]
fn a_cut_straight_line_function_has_the_derivatives_of_the_whole_one() {
    let (x, y) = (0.7, -1.3);
    assert_eq!(chain_cut(x, y), chain(x, y));
    assert_eq!(chain_cut_grad(x, y), chain_grad(x, y));
    assert_eq!(chain_cut_vjp(x, y, 2.5), chain_vjp(x, y, 2.5));
    assert_eq!(chain_cut_jvp(x, y, 0.3, -1.1), chain_jvp(x, y, 0.3, -1.1));
    let (_, (gx, gy)) = chain_cut_grad(x, y);
    check_gradient(|p| chain(p[0], p[1]), &[x, y], &[gx, gy], 1e-7).unwrap();
}

twice! {
    [] fn narrow_cut / narrow(x: f32, y: f32) -> f32 {
        let a = x * y + x.sin();
        let b = a.cos() * y;
        let c = (a - b).tanh();
        let d = c * c + a;
        let e = d.sqrt() * b;
        e - d * 0.5
    }
}

#[test]
fn f32_values_pass_between_segments() {
    let (x, y) = (0.4_f32, 1.7_f32);
    assert_eq!(narrow_cut(x, y), narrow(x, y));
    assert_eq!(narrow_cut_grad(x, y), narrow_grad(x, y));
    assert_eq!(narrow_cut_jvp(x, y, 1.0, 0.5), narrow_jvp(x, y, 1.0, 0.5));
}

twice! {
    [] fn around_loop_cut / around_loop(x: &[f64], k: f64) -> f64 {
        let a = x[0] * k;
        let b = a.sin() + x[1];
        let c = b * b - a;
        let mut s = c;
        for i in 0..x.len() {
            s = s * 0.5 + x[i] * k;
        }
        let d = s * c + b;
        let e = d.tanh() * a;
        let f = e + x[2] * d;
        f * f + s
    }
}

#[test]
fn segments_around_a_loop_over_a_borrowed_slice() {
    let x = [0.3, -0.8, 1.1, 0.4];
    let k = 0.9;
    assert_eq!(around_loop_cut(&x, k), around_loop(&x, k));
    assert_eq!(around_loop_cut_grad(&x, k), around_loop_grad(&x, k));
    let t = [1.0, 0.0, -1.0, 0.5];
    assert_eq!(
        around_loop_cut_jvp(&x, k, &t, 0.25),
        around_loop_jvp(&x, k, &t, 0.25)
    );
    let (_, (gx, gk)) = around_loop_cut_grad(&x, k);
    let mut g = gx.to_vec();
    g.push(gk);
    check_gradient(
        |p| around_loop(&p[..4], p[4]),
        &[0.3, -0.8, 1.1, 0.4, 0.9],
        &g,
        1e-7,
    )
    .unwrap();
}

twice! {
    [] fn branches_cut / branches(x: f64, y: f64) -> f64 {
        let a = x * y;
        let big = a > 0.5;
        let b = if big { a.sin() } else { a * a };
        let c = b + y;
        let mut d = c * x;
        if c < 1.0 && !big {
            d = d * 2.0 + b;
        } else {
            d -= a;
        }
        let e = d * d + c;
        if big { e.sqrt() } else { e - x }
    }
}

#[test]
fn bools_and_branches_pass_between_segments() {
    for (x, y) in [(0.9, 1.2), (0.2, 0.3), (-1.5, 0.4)] {
        assert_eq!(branches_cut(x, y), branches(x, y));
        assert_eq!(branches_cut_grad(x, y), branches_grad(x, y));
        assert_eq!(
            branches_cut_jvp(x, y, 0.5, 1.5),
            branches_jvp(x, y, 0.5, 1.5)
        );
    }
}

#[differentiate]
fn helper(a: f64, b: f64) -> f64 {
    a * b.sin() + a.exp()
}

twice! {
    [] fn calls_cut / calls(x: f64, y: f64) -> (f64, f64) {
        let a = x * 1.5 + y;
        let b = helper(a, y);
        let c = b * a - x;
        let d = helper(c, b) + a;
        let e = d * y;
        (e + c, e * b)
    }
}

#[test]
fn calls_and_tuple_results_in_segments() {
    let (x, y) = (0.3, -0.6);
    assert_eq!(calls_cut(x, y), calls(x, y));
    assert_eq!(
        calls_cut_vjp(x, y, (1.0, -2.0)),
        calls_vjp(x, y, (1.0, -2.0))
    );
    assert_eq!(calls_cut_jvp(x, y, 0.7, 0.1), calls_jvp(x, y, 0.7, 0.1));
}

twice! {
    [hessian,] fn curved_cut / curved(x: f64, y: f64) -> f64 {
        let a = x * x * y;
        let b = a.sin() + y * y;
        let c = b * x - a;
        let d = c.exp() * 0.1 + b;
        let e = d * d - c * a;
        e + x.cos() * y
    }
}

#[test]
fn hessians_of_a_cut_function_equal_the_whole_ones() {
    let (x, y) = (0.8, -0.4);
    assert_eq!(curved_cut_hessian(x, y), curved_hessian(x, y));
    assert_eq!(curved_cut_hvp(x, y, 1.0, 2.0), curved_hvp(x, y, 1.0, 2.0));
}

twice! {
    [] fn arrays_cut / arrays(v: [f64; 3], k: f64) -> f64 {
        let a = v[0] * k;
        let b = a + v[1];
        let mut w = [a, b, k];
        let c = b * b;
        w[2] = c * v[2];
        let d = w[0] + w[1] * w[2];
        let e = d.tanh() * c;
        let f = e * k + a;
        f * f
    }
}

#[test]
fn owned_arrays_stay_within_a_segment() {
    let v = [0.5, -0.2, 1.3];
    assert_eq!(arrays_cut(v, 0.7), arrays(v, 0.7));
    assert_eq!(arrays_cut_grad(v, 0.7), arrays_grad(v, 0.7));
    assert_eq!(
        arrays_cut_jvp(v, 0.7, [1.0, 0.0, 0.5], 1.0),
        arrays_jvp(v, 0.7, [1.0, 0.0, 0.5], 1.0)
    );
}

/// The source of a crate with one function of `n` statements
/// `let y = y * 1.0001 + x.sin();` and a caller of its companions.
fn long_crate_source(n: usize) -> String {
    let mut s = String::from(
        "use autodiff::differentiate;\n\n#[differentiate]\npub fn long(x: f64, y: f64) -> f64 {\n",
    );
    for _ in 0..n {
        s.push_str("    let y = y * 1.0001 + x.sin();\n");
    }
    s.push_str("    y\n}\n\n");
    s.push_str(
        "#[inline(never)]\npub fn entry(x: f64, y: f64) -> f64 {\n    \
         let (v, (dx, dy)) = long_grad(x, y);\n    \
         let (w, t) = long_jvp(x, y, 1.0, 0.0);\n    \
         v + dx + dy + w + t + long(x, y)\n}\n",
    );
    s
}

/// A debug build (debug info on) of a 2 000-statement function with
/// rustc's default stack. Each generated `let` used to open one more nested
/// scope, and rustc overflowed its stack in LLVM's debug-info writer. The
/// scratch crate is under `target/`, with a target directory of its own (a
/// build inside this test's own target directory would wait for cargo's
/// lock held by the test run).
#[test]
#[ignore = "builds a scratch crate (about 20 s from a clean target); run by .ci/run"]
fn a_debug_build_of_a_2000_statement_function_succeeds() {
    use std::path::PathBuf;
    use std::process::Command;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let dir = target.join("long-function");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"long-function\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\nautodiff = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), long_crate_source(2000)).unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["build", "--lib", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(dir.join("target"))
        // The default stack, as a user has it; the default dev profile (debug
        // info on).
        .env_remove("RUST_MIN_STACK")
        .env_remove("CARGO_PROFILE_DEV_DEBUG")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "the debug build of a 2 000-statement function failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
