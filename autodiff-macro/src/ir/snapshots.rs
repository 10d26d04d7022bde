//! Snapshots of the printed IR of small functions: the primal (after
//! `types`), its VJP and its JVP, and for a few the HVP (forward over
//! reverse). A change to a stage shows here as a diff of IR, to review like
//! code. Every stage's output is also verified (`fuzz::check::compile` runs
//! the verifier after each stage).
//!
//! After an intended change, rewrite every snapshot with
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p autodiff-macro --lib snapshots
//! ```
//!
//! and read the diff: each VJP must still be the adjoint of its primal.

use super::verify::{Interface, Stage, verify};
use super::{Func, InstKind, Value};
use crate::fuzz::check::{Compiled, compile};
use expect_test::{Expect, expect};

fn compiled(attr: &str, src: &str) -> Compiled {
    compile(attr, src).unwrap_or_else(|e| panic!("{e}\n{src}"))
}

/// The primal, VJP and JVP of `#[differentiate(attr)] src`.
fn check(attr: &str, src: &str, primal: Expect, vjp: Expect, jvp: Expect) {
    let c = compiled(attr, src);
    primal.assert_eq(&c.primal.to_string());
    vjp.assert_eq(&c.vjp.to_string());
    jvp.assert_eq(&c.jvp.to_string());
}

/// The value of each parameter of `func`, by position.
fn params(func: &Func) -> Vec<(usize, Value)> {
    func.body
        .insts
        .iter()
        .filter_map(|i| match i.kind {
            InstKind::Param(k) => Some((k, *i.results.first()?)),
            _ => None,
        })
        .collect()
}

/// The HVP of a function with one float result, as the driver builds it:
/// forward mode over the VJP, with the seed (parameter `n`) a constant and
/// one direction per differentiable parameter after it.
fn check_hvp(src: &str, hvp: Expect) {
    let c = compiled("hessian", src);
    let primal_params = params(&c.primal);
    let n = primal_params.len();
    let seeds: Vec<Value> = c.wrt.iter().map(|p| primal_params[*p].1).collect();
    let act = crate::activity::analyse(&c.vjp, &seeds);
    let outputs = c.vjp.body.yields.clone();
    let f = crate::forward::jvp_of(&c.vjp, &outputs, &act, n + 1, &c.wrt);
    let d = c.wrt.len();
    let interface = Interface {
        params: n + 1 + d,
        yields: 2 * (1 + d),
    };
    if let Err(e) = verify(&f, Stage::ForwardOverReverse, interface) {
        panic!("{e:#?}\n{f}");
    }
    hvp.assert_eq(&f.to_string());
}

#[test]
fn scalar_arithmetic() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 { x * y + x / y - 3.0 * x }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = div v0, v1
              v4: f64 = add v2, v3
              v5: f64 = lit 3.0
              v6: f64 = mul v5, v0
              v7: f64 = sub v4, v6
              yield v7
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = div v0, v1
              v4: f64 = add v2, v3
              v5: f64 = lit 3.0
              v6: f64 = mul v5, v0
              v7: f64 = sub v4, v6
              v8 "d_out": f64 = param 2
              v9: f64 = neg v8
              v10: f64 = mul v9, v5
              v11: f64 = div v8, v1
              v12 "d_x": f64 = add v10, v11
              v13: f64 = mul v8, v3
              v14: f64 = div v13, v1
              v15 "d_y": f64 = neg v14
              v16: f64 = mul v8, v1
              v17 "d_x": f64 = add v12, v16
              v18: f64 = mul v8, v0
              v19 "d_y": f64 = add v15, v18
              yield v7, v17, v19
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v8 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v9 "y_dot": f64 = param 3
              v2: f64 = mul v0, v1
              v10: f64 = mul v1, v8
              v11: f64 = mul v0, v9
              v12: f64 = add v10, v11
              v3: f64 = div v0, v1
              v13: f64 = mul v3, v9
              v14: f64 = sub v8, v13
              v15: f64 = div v14, v1
              v4: f64 = add v2, v3
              v16: f64 = add v12, v15
              v5: f64 = lit 3.0
              v6: f64 = mul v5, v0
              v17: f64 = mul v5, v8
              v7: f64 = sub v4, v6
              v18: f64 = sub v16, v17
              yield v7, v18
            }
        "#]],
    );
}

#[test]
fn float_method_with_partials() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 { x.sin() * x.powf(y) }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = sin v0
              v3: f64 = powf v0, v1
              v4: f64 = mul v2, v3
              yield v4
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = sin v0
              v3: f64 = powf v0, v1
              v4: f64 = mul v2, v3
              v5 "d_out": f64 = param 2
              v6: f64 = mul v5, v3
              v7: f64 = mul v5, v2
              v8: f64, v9: f64 = partials powf(v0, v1) out v3
              v10: f64 = mul v7, v8
              v11: f64 = mul v7, v9
              v12: f64 = partials sin(v0) out v2
              v13: f64 = mul v6, v12
              v14 "d_x": f64 = add v10, v13
              yield v4, v14, v11
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v5 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v6 "y_dot": f64 = param 3
              v2: f64 = sin v0
              v7: f64 = partials sin(v0) out v2
              v8: f64 = mul v7, v5
              v3: f64 = powf v0, v1
              v9: f64, v10: f64 = partials powf(v0, v1) out v3
              v11: f64 = mul v9, v5
              v12: f64 = mul v10, v6
              v13: f64 = add v11, v12
              v4: f64 = mul v2, v3
              v14: f64 = mul v3, v8
              v15: f64 = mul v2, v13
              v16: f64 = add v14, v15
              yield v4, v16
            }
        "#]],
    );
}

#[test]
fn powi_has_one_float_argument() {
    check(
        "",
        "fn f(x: f64) -> f64 { x.powi(3) }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: int = lit 3
              v2: f64 = powi v0, v1
              yield v2
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: int = lit 3
              v2: f64 = powi v0, v1
              v3 "d_out": f64 = param 1
              v4: f64 = partials powi(v0, v1) out v2
              v5: f64 = mul v3, v4
              yield v2, v5
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v3 "x_dot": f64 = param 1
              v1: int = lit 3
              v2: f64 = powi v0, v1
              v4: f64 = partials powi(v0, v1) out v2
              v5: f64 = mul v4, v3
              yield v2, v5
            }
        "#]],
    );
}

#[test]
fn if_else() {
    check(
        "",
        "fn f(x: f64) -> f64 { if x > 0.0 { x * x } else { -x } }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 0.0
              v2: bool = gt v0, v1
              v5: f64 = if v2 {
                v3: f64 = mul v0, v0
                yield v3
              } else {
                v4: f64 = neg v0
                yield v4
              }
              yield v5
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 0.0
              v2: bool = gt v0, v1
              v5: f64 = if v2 {
                v3: f64 = mul v0, v0
                yield v3
              } else {
                v4: f64 = neg v0
                yield v4
              }
              v6 "d_out": f64 = param 1
              v11 "d_x": f64 = if v2 {
                v7: f64 = mul v6, v0
                v8: f64 = mul v6, v0
                v9 "d_x": f64 = add v7, v8
                yield v9
              } else {
                v10 "d_x": f64 = neg v6
                yield v10
              }
              yield v5, v11
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v6 "x_dot": f64 = param 1
              v1: f64 = lit 0.0
              v2: bool = gt v0, v1
              v5: f64, v11: f64 = if v2 {
                v3: f64 = mul v0, v0
                v7: f64 = mul v0, v6
                v8: f64 = mul v0, v6
                v9: f64 = add v7, v8
                yield v3, v9
              } else {
                v4: f64 = neg v0
                v10: f64 = neg v6
                yield v4, v10
              }
              yield v5, v11
            }
        "#]],
    );
}

#[test]
fn early_return() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 {
            if x < 0.0 {
                return y;
            }
            let z = x.sqrt();
            z * y
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: bool = lit false
              v3: f64 = zero
              v4: f64 = lit 0.0
              v5: bool = lt v0, v4
              v7: bool, v8 "y": f64 = if v5 {
                v6: bool = lit true
                yield v6, v1
              } else {
                yield v2, v3
              }
              v12: f64 = if v7 {
                v11: f64 = zero
                yield v11
              } else {
                v9 "z": f64 = sqrt v0
                v10: f64 = mul v9, v1
                yield v10
              }
              v13 "y": f64 = if v7 {
                yield v8
              } else {
                yield v12
              }
              yield v13
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: bool = lit false
              v3: f64 = zero
              v4: f64 = lit 0.0
              v5: bool = lt v0, v4
              v7: bool, v8 "y": f64 = if v5 {
                v6: bool = lit true
                yield v6, v1
              } else {
                yield v2, v3
              }
              v12: f64, v14 "z": f64 = if v7 {
                v11: f64 = zero
                v15: f64 = zero
                yield v11, v15
              } else {
                v9 "z": f64 = sqrt v0
                v10: f64 = mul v9, v1
                yield v10, v9
              }
              v13 "y": f64 = if v7 {
                yield v8
              } else {
                yield v12
              }
              v16 "d_y": f64 = param 2
              v19 "d_y": f64, v20: f64 = if v7 {
                v17: f64 = zero
                yield v16, v17
              } else {
                v18 "d_y": f64 = zero
                yield v18, v16
              }
              v27 "d_x": f64, v28 "d_y": f64 = if v7 {
                v25 "d_x": f64 = zero
                v26 "d_y": f64 = zero
                yield v25, v26
              } else {
                v21: f64 = mul v20, v1
                v22: f64 = mul v20, v14
                v23 "dz_d": f64 = partials sqrt(v0) out v14
                v24: f64 = mul v21, v23
                yield v24, v22
              }
              v30 "d_y": f64 = if v5 {
                v29 "d_y": f64 = add v28, v19
                yield v29
              } else {
                yield v28
              }
              yield v13, v27, v30
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v14 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v15 "y_dot": f64 = param 3
              v2: bool = lit false
              v3: f64 = zero
              v4: f64 = lit 0.0
              v5: bool = lt v0, v4
              v7: bool, v8 "y": f64, v17 "y_dot": f64 = if v5 {
                v6: bool = lit true
                yield v6, v1, v15
              } else {
                v16: f64 = zero
                yield v2, v3, v16
              }
              v12: f64, v24: f64 = if v7 {
                v11: f64 = zero
                v18: f64 = zero
                yield v11, v18
              } else {
                v9 "z": f64 = sqrt v0
                v19 "dz_d": f64 = partials sqrt(v0) out v9
                v20 "z_dot": f64 = mul v19, v14
                v10: f64 = mul v9, v1
                v21: f64 = mul v1, v20
                v22: f64 = mul v9, v15
                v23: f64 = add v21, v22
                yield v10, v23
              }
              v13 "y": f64, v25 "y_dot": f64 = if v7 {
                yield v8, v17
              } else {
                yield v12, v24
              }
              yield v13, v25
            }
        "#]],
    );
}

#[test]
fn short_circuit_condition() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 { if x > 0.0 && y > 0.0 { x * y } else { x + y } }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = lit 0.0
              v3: bool = gt v0, v2
              v7: bool = if v3 {
                v4: f64 = lit 0.0
                v5: bool = gt v1, v4
                yield v5
              } else {
                v6: bool = lit false
                yield v6
              }
              v10: f64 = if v7 {
                v8: f64 = mul v0, v1
                yield v8
              } else {
                v9: f64 = add v0, v1
                yield v9
              }
              yield v10
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = lit 0.0
              v3: bool = gt v0, v2
              v7: bool = if v3 {
                v4: f64 = lit 0.0
                v5: bool = gt v1, v4
                yield v5
              } else {
                v6: bool = lit false
                yield v6
              }
              v10: f64 = if v7 {
                v8: f64 = mul v0, v1
                yield v8
              } else {
                v9: f64 = add v0, v1
                yield v9
              }
              v11 "d_out": f64 = param 2
              v14 "d_x": f64, v15 "d_y": f64 = if v7 {
                v12: f64 = mul v11, v1
                v13: f64 = mul v11, v0
                yield v12, v13
              } else {
                yield v11, v11
              }
              yield v10, v14, v15
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v11 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v12 "y_dot": f64 = param 3
              v2: f64 = lit 0.0
              v3: bool = gt v0, v2
              v7: bool = if v3 {
                v4: f64 = lit 0.0
                v5: bool = gt v1, v4
                yield v5
              } else {
                v6: bool = lit false
                yield v6
              }
              v10: f64, v17: f64 = if v7 {
                v8: f64 = mul v0, v1
                v13: f64 = mul v1, v11
                v14: f64 = mul v0, v12
                v15: f64 = add v13, v14
                yield v8, v15
              } else {
                v9: f64 = add v0, v1
                v16: f64 = add v11, v12
                yield v9, v16
              }
              yield v10, v17
            }
        "#]],
    );
}

#[test]
fn for_loop_with_a_tape() {
    check(
        "",
        "fn f(x: f64, n: usize) -> f64 {
            let mut s = 1.0;
            for _ in 0..n {
                s = s * x + s.sin();
            }
            s
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "n": int = param 1
              v2 "s": f64 = lit 1.0
              v3: int = lit 0
              v9 "s": f64 = for v5 "i" in v3..v1 carry(v4 "s": f64 = v2) {
                v6: f64 = mul v4, v0
                v7: f64 = sin v4
                v8 "s": f64 = add v6, v7
                yield v8
              }
              yield v9
            }
        "#]],
        expect![[r#"
            fn {
              tape0.new
              v0 "x": f64 = param 0
              v1 "n": int = param 1
              v2 "s": f64 = lit 1.0
              v3: int = lit 0
              tape0.reserve v3..v1
              v9 "s": f64 = for v5 "i" in v3..v1 carry(v4 "s": f64 = v2) {
                v6: f64 = mul v4, v0
                v7: f64 = sin v4
                v8 "s": f64 = add v6, v7
                tape0.push v4
                yield v8
              }
              v10 "d_s": f64 = param 2
              v11 "d_x": f64 = zero
              v23 "d_s": f64, v24 "d_x": f64 = for v14 "i" in rev v3..v1 carry(v12 "d_s": f64 = v10, v13 "d_x": f64 = v11) {
                v15 "s": f64 = tape0.pop
                v16: f64 = sin v15
                v17: f64 = partials sin(v15) out v16
                v18: f64 = mul v12, v17
                v19: f64 = mul v12, v0
                v20 "d_s": f64 = add v18, v19
                v21: f64 = mul v12, v15
                v22 "d_x": f64 = add v13, v21
                yield v20, v22
              }
              yield v9, v24
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v10 "x_dot": f64 = param 2
              v1 "n": int = param 1
              v2 "s": f64 = lit 1.0
              v3: int = lit 0
              v11: f64 = zero
              v9 "s": f64, v19 "s_dot": f64 = for v5 "i" in v3..v1 carry(v4 "s": f64 = v2, v12 "s_dot": f64 = v11) {
                v6: f64 = mul v4, v0
                v13: f64 = mul v0, v12
                v14: f64 = mul v4, v10
                v15: f64 = add v13, v14
                v7: f64 = sin v4
                v16: f64 = partials sin(v4) out v7
                v17: f64 = mul v16, v12
                v8 "s": f64 = add v6, v7
                v18 "s_dot": f64 = add v15, v17
                yield v8, v18
              }
              yield v9, v19
            }
        "#]],
    );
}

#[test]
fn reversed_range_reads_the_index() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let mut s = x;
            for i in (1..4).rev() {
                s = s * x + i as f64;
            }
            s
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: int = lit 1
              v2: int = lit 4
              v8 "x": f64 = for v4 "i" in rev v1..v2 carry(v3 "x": f64 = v0) {
                v5: f64 = mul v3, v0
                v6: f64 = cast v4 as f64
                v7 "s": f64 = add v5, v6
                yield v7
              }
              yield v8
            }
        "#]],
        expect![[r#"
            fn {
              tape0.new
              v0 "x": f64 = param 0
              v1: int = lit 1
              v2: int = lit 4
              tape0.reserve v1..v2
              v8 "x": f64 = for v4 "i" in rev v1..v2 carry(v3 "x": f64 = v0) {
                v5: f64 = mul v3, v0
                v6: f64 = cast v4 as f64
                v7 "s": f64 = add v5, v6
                tape0.push v3
                yield v7
              }
              v9 "d_x": f64 = param 1
              v10 "d_x": f64 = zero
              v18 "d_x": f64, v19 "d_x": f64 = for v13 "i" in v1..v2 carry(v11 "d_x": f64 = v9, v12 "d_x": f64 = v10) {
                v14 "x": f64 = tape0.pop
                v15: f64 = mul v11, v0
                v16: f64 = mul v11, v14
                v17 "d_x": f64 = add v12, v16
                yield v15, v17
              }
              v20 "d_x": f64 = add v19, v18
              yield v8, v20
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v9 "x_dot": f64 = param 1
              v1: int = lit 1
              v2: int = lit 4
              v8 "x": f64, v14 "x_dot": f64 = for v4 "i" in rev v1..v2 carry(v3 "x": f64 = v0, v10 "x_dot": f64 = v9) {
                v5: f64 = mul v3, v0
                v11: f64 = mul v0, v10
                v12: f64 = mul v3, v9
                v13 "s_dot": f64 = add v11, v12
                v6: f64 = cast v4 as f64
                v7 "s": f64 = add v5, v6
                yield v7, v13
              }
              yield v8, v14
            }
        "#]],
    );
}

#[test]
fn while_with_break() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let mut y = x;
            let mut k = 0usize;
            while k < 10 {
                if y > 100.0 {
                    break;
                }
                y = y * y;
                k += 1;
            }
            y
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "k": int = lit 0usize
              v2: bool = lit false
              v19 "x": f64, v20 "k": int, v21: bool = while carry(v3 "x": f64 = v0, v4 "k": int = v1, v5: bool = v2) {
                v9: bool = if v5 {
                  v6: bool = lit false
                  yield v6
                } else {
                  v7: int = lit 10
                  v8: bool = lt v4, v7
                  yield v8
                }
                yield v9
              } do {
                v10: f64 = lit 100.0
                v11: bool = gt v3, v10
                v13: bool = if v11 {
                  v12: bool = lit true
                  yield v12
                } else {
                  yield v5
                }
                v17 "x": f64, v18 "k": int = if v13 {
                  yield v3, v4
                } else {
                  v14 "y": f64 = mul v3, v3
                  v15: int = lit 1
                  v16 "k": int = add v4, v15
                  yield v14, v16
                }
                yield v17, v18, v13
              }
              yield v19
            }
        "#]],
        expect![[r#"
            fn {
              tape0.new
              v0 "x": f64 = param 0
              v1 "k": int = lit 0usize
              v2: bool = lit false
              v22: int = lit 0usize
              v26 "iterations": int, v19 "x": f64, v20 "k": int, v21: bool = while carry(v23 "iterations": int = v22, v3 "x": f64 = v0, v4 "k": int = v1, v5: bool = v2) {
                v9: bool = if v5 {
                  v6: bool = lit false
                  yield v6
                } else {
                  v7: int = lit 10
                  v8: bool = lt v4, v7
                  yield v8
                }
                yield v9
              } do {
                v10: f64 = lit 100.0
                v11: bool = gt v3, v10
                v13: bool = if v11 {
                  v12: bool = lit true
                  yield v12
                } else {
                  yield v5
                }
                v17 "x": f64, v18 "k": int = if v13 {
                  yield v3, v4
                } else {
                  v14 "y": f64 = mul v3, v3
                  v15: int = lit 1
                  v16 "k": int = add v4, v15
                  yield v14, v16
                }
                v24: int = lit 1usize
                v25: int = add v23, v24
                tape0.push v3, v13
                yield v25, v17, v18, v13
              }
              v27 "d_x": f64 = param 1
              v28: int = lit 0usize
              v37 "d_x": f64 = for v30 "i" in v28..v26 carry(v29 "d_x": f64 = v27) {
                v31 "x": f64, v32: bool = tape0.pop
                v36 "d_x": f64 = if v32 {
                  yield v29
                } else {
                  v33: f64 = mul v29, v31
                  v34: f64 = mul v29, v31
                  v35 "d_x": f64 = add v33, v34
                  yield v35
                }
                yield v36
              }
              yield v19, v37
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v22 "x_dot": f64 = param 1
              v1 "k": int = lit 0usize
              v2: bool = lit false
              v19 "x": f64, v20 "k": int, v21: bool, v28 "x_dot": f64 = while carry(v3 "x": f64 = v0, v4 "k": int = v1, v5: bool = v2, v23 "x_dot": f64 = v22) {
                v9: bool = if v5 {
                  v6: bool = lit false
                  yield v6
                } else {
                  v7: int = lit 10
                  v8: bool = lt v4, v7
                  yield v8
                }
                yield v9
              } do {
                v10: f64 = lit 100.0
                v11: bool = gt v3, v10
                v13: bool = if v11 {
                  v12: bool = lit true
                  yield v12
                } else {
                  yield v5
                }
                v17 "x": f64, v18 "k": int, v27 "x_dot": f64 = if v13 {
                  yield v3, v4, v23
                } else {
                  v14 "y": f64 = mul v3, v3
                  v24: f64 = mul v3, v23
                  v25: f64 = mul v3, v23
                  v26 "y_dot": f64 = add v24, v25
                  v15: int = lit 1
                  v16 "k": int = add v4, v15
                  yield v14, v16, v26
                }
                yield v17, v18, v13, v27
              }
              yield v19, v28
            }
        "#]],
    );
}

#[test]
fn nested_loops() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let mut s = 1.0;
            for _ in 0..3 {
                let mut t = s;
                for _ in 0..2 {
                    t = t * x;
                }
                s = s + t;
            }
            s
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "s": f64 = lit 1.0
              v2: int = lit 0
              v3: int = lit 3
              v13 "s": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1) {
                v6: int = lit 0
                v7: int = lit 2
                v11 "s": f64 = for v9 "i" in v6..v7 carry(v8 "s": f64 = v4) {
                  v10 "t": f64 = mul v8, v0
                  yield v10
                }
                v12 "s": f64 = add v4, v11
                yield v12
              }
              yield v13
            }
        "#]],
        expect![[r#"
            fn {
              tape0.new
              v0 "x": f64 = param 0
              v1 "s": f64 = lit 1.0
              v2: int = lit 0
              v3: int = lit 3
              v13 "s": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1) {
                v6: int = lit 0
                v7: int = lit 2
                tape0.reserve v6..v7
                v11 "s": f64 = for v9 "i" in v6..v7 carry(v8 "s": f64 = v4) {
                  v10 "t": f64 = mul v8, v0
                  tape0.push v8
                  yield v10
                }
                v12 "s": f64 = add v4, v11
                yield v12
              }
              v14 "d_s": f64 = param 1
              v15 "d_x": f64 = zero
              v31 "d_s": f64, v32 "d_x": f64 = for v18 "i" in rev v2..v3 carry(v16 "d_s": f64 = v14, v17 "d_x": f64 = v15) {
                v19: int = lit 0
                v20: int = lit 2
                v28 "d_s": f64, v29 "d_x": f64 = for v23 "i" in rev v19..v20 carry(v21 "d_s": f64 = v16, v22 "d_x": f64 = v17) {
                  v24 "s": f64 = tape0.pop
                  v25: f64 = mul v21, v0
                  v26: f64 = mul v21, v24
                  v27 "d_x": f64 = add v22, v26
                  yield v25, v27
                }
                v30 "d_s": f64 = add v16, v28
                yield v30, v29
              }
              yield v13, v32
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v14 "x_dot": f64 = param 1
              v1 "s": f64 = lit 1.0
              v2: int = lit 0
              v3: int = lit 3
              v15: f64 = zero
              v13 "s": f64, v23 "s_dot": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1, v16 "s_dot": f64 = v15) {
                v6: int = lit 0
                v7: int = lit 2
                v11 "s": f64, v21 "s_dot": f64 = for v9 "i" in v6..v7 carry(v8 "s": f64 = v4, v17 "s_dot": f64 = v16) {
                  v10 "t": f64 = mul v8, v0
                  v18: f64 = mul v0, v17
                  v19: f64 = mul v8, v14
                  v20 "t_dot": f64 = add v18, v19
                  yield v10, v20
                }
                v12 "s": f64 = add v4, v11
                v22 "s_dot": f64 = add v16, v21
                yield v12, v22
              }
              yield v13, v23
            }
        "#]],
    );
}

#[test]
fn array_indexing() {
    check(
        "",
        "fn f(a: [f64; 3]) -> f64 { a[0] * a[1] + a[2] }",
        expect![[r#"
            fn {
              v0 "a": [f64; 3] = param 0
              v1: int = lit 0
              v2: f64 = index v0[v1]
              v3: int = lit 1
              v4: f64 = index v0[v3]
              v5: f64 = mul v2, v4
              v6: int = lit 2
              v7: f64 = index v0[v6]
              v8: f64 = add v5, v7
              yield v8
            }
        "#]],
        expect![[r#"
            fn {
              v0 "a": [f64; 3] = param 0
              v1: int = lit 0
              v2: f64 = index v0[v1]
              v3: int = lit 1
              v4: f64 = index v0[v3]
              v5: f64 = mul v2, v4
              v6: int = lit 2
              v7: f64 = index v0[v6]
              v8: f64 = add v5, v7
              v9 "d_out": f64 = param 1
              v10 "d_a": [f64; 3] = zero
              v11 "d_a": [f64; 3] = add_at v10[v6] += v9
              v12: f64 = mul v9, v4
              v13: f64 = mul v9, v2
              v14 "d_a": [f64; 3] = add_at v11[v3] += v13
              v15 "d_a": [f64; 3] = add_at v14[v1] += v12
              yield v8, v15
            }
        "#]],
        expect![[r#"
            fn {
              v0 "a": [f64; 3] = param 0
              v9 "a_dot": [f64; 3] = param 1
              v1: int = lit 0
              v2: f64 = index v0[v1]
              v10: f64 = index v9[v1]
              v3: int = lit 1
              v4: f64 = index v0[v3]
              v11: f64 = index v9[v3]
              v5: f64 = mul v2, v4
              v12: f64 = mul v4, v10
              v13: f64 = mul v2, v11
              v14: f64 = add v12, v13
              v6: int = lit 2
              v7: f64 = index v0[v6]
              v15: f64 = index v9[v6]
              v8: f64 = add v5, v7
              v16: f64 = add v14, v15
              yield v8, v16
            }
        "#]],
    );
}

#[test]
fn array_updates() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let mut v = [0.0; 3];
            v[0] = x;
            v[1] = v[0] * x;
            v[2] = v[1] + v[0];
            v[2]
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 0.0
              v2 "v": [f64; 3] = array [v1; 3]
              v3: int = lit 0
              v4 "v": [f64; 3] = insert v2[v3] = v0
              v5: int = lit 1
              v6: int = lit 0
              v7: f64 = index v4[v6]
              v8: f64 = mul v7, v0
              v9 "v": [f64; 3] = insert v4[v5] = v8
              v10: int = lit 2
              v11: int = lit 1
              v12: f64 = index v9[v11]
              v13: int = lit 0
              v14: f64 = index v9[v13]
              v15: f64 = add v12, v14
              v16 "v": [f64; 3] = insert v9[v10] = v15
              v17: int = lit 2
              v18: f64 = index v16[v17]
              yield v18
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 0.0
              v2 "v": [f64; 3] = array [v1; 3]
              v3: int = lit 0
              v4 "v": [f64; 3] = insert v2[v3] = v0
              v5: int = lit 1
              v6: int = lit 0
              v7: f64 = index v4[v6]
              v8: f64 = mul v7, v0
              v9 "v": [f64; 3] = insert v4[v5] = v8
              v10: int = lit 2
              v11: int = lit 1
              v12: f64 = index v9[v11]
              v13: int = lit 0
              v14: f64 = index v9[v13]
              v15: f64 = add v12, v14
              v16 "v": [f64; 3] = insert v9[v10] = v15
              v17: int = lit 2
              v18: f64 = index v16[v17]
              v19 "d_out": f64 = param 1
              v20 "d_v": [f64; 3] = zero
              v21 "d_v": [f64; 3] = add_at v20[v17] += v19
              v22: f64 = index v21[v10]
              v23: f64 = zero
              v24 "d_v": [f64; 3] = insert v21[v10] = v23
              v25 "d_v": [f64; 3] = add_at v24[v13] += v22
              v26 "d_v": [f64; 3] = add_at v25[v11] += v22
              v27: f64 = index v26[v5]
              v28: f64 = zero
              v29 "d_v": [f64; 3] = insert v26[v5] = v28
              v30: f64 = mul v27, v0
              v31: f64 = mul v27, v7
              v32 "d_v": [f64; 3] = add_at v29[v6] += v30
              v33: f64 = index v32[v3]
              v34 "d_x": f64 = add v31, v33
              yield v18, v34
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v19 "x_dot": f64 = param 1
              v1: f64 = lit 0.0
              v2 "v": [f64; 3] = array [v1; 3]
              v3: int = lit 0
              v4 "v": [f64; 3] = insert v2[v3] = v0
              v20: [f64; 3] = zero
              v21 "v_dot": [f64; 3] = insert v20[v3] = v19
              v5: int = lit 1
              v6: int = lit 0
              v7: f64 = index v4[v6]
              v22: f64 = index v21[v6]
              v8: f64 = mul v7, v0
              v23: f64 = mul v0, v22
              v24: f64 = mul v7, v19
              v25: f64 = add v23, v24
              v9 "v": [f64; 3] = insert v4[v5] = v8
              v26 "v_dot": [f64; 3] = insert v21[v5] = v25
              v10: int = lit 2
              v11: int = lit 1
              v12: f64 = index v9[v11]
              v27: f64 = index v26[v11]
              v13: int = lit 0
              v14: f64 = index v9[v13]
              v28: f64 = index v26[v13]
              v15: f64 = add v12, v14
              v29: f64 = add v27, v28
              v16 "v": [f64; 3] = insert v9[v10] = v15
              v30 "v_dot": [f64; 3] = insert v26[v10] = v29
              v17: int = lit 2
              v18: f64 = index v16[v17]
              v31: f64 = index v30[v17]
              yield v18, v31
            }
        "#]],
    );
}

#[test]
fn vec_parameter_in_a_loop() {
    check(
        "",
        "fn f(x: &[f64]) -> f64 {
            let mut s = 0.0;
            for i in 0..x.len() {
                s += x[i] * x[i];
            }
            s
        }",
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1 "s": f64 = lit 0.0
              v2: int = lit 0
              v3: int = len v0
              v10 "s": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1) {
                v6: f64 = index v0[v5]
                v7: f64 = index v0[v5]
                v8: f64 = mul v6, v7
                v9 "s": f64 = add v4, v8
                yield v9
              }
              yield v10
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1 "s": f64 = lit 0.0
              v2: int = lit 0
              v3: int = len v0
              v10 "s": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1) {
                v6: f64 = index v0[v5]
                v7: f64 = index v0[v5]
                v8: f64 = mul v6, v7
                v9 "s": f64 = add v4, v8
                yield v9
              }
              v11 "d_s": f64 = param 1
              v12 "d_x": Vec<f64> = zeros_like v0
              v22 "d_s": f64, v23 "d_x": Vec<f64> = for v15 "i" in rev v2..v3 carry(v13 "d_s": f64 = v11, v14 "d_x": Vec<f64> = v12) {
                v16: f64 = index v0[v15]
                v17: f64 = index v0[v15]
                v18: f64 = mul v13, v17
                v19: f64 = mul v13, v16
                v20 "d_x": Vec<f64> = add_at v14[v15] += v19
                v21 "d_x": Vec<f64> = add_at v20[v15] += v18
                yield v13, v21
              }
              yield v10, v23
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v11 "x_dot": Vec<f64> = param 1
              v1 "s": f64 = lit 0.0
              v2: int = lit 0
              v3: int = len v0
              v12: f64 = zero
              v10 "s": f64, v20 "s_dot": f64 = for v5 "i" in v2..v3 carry(v4 "s": f64 = v1, v13 "s_dot": f64 = v12) {
                v6: f64 = index v0[v5]
                v14: f64 = index v11[v5]
                v7: f64 = index v0[v5]
                v15: f64 = index v11[v5]
                v8: f64 = mul v6, v7
                v16: f64 = mul v7, v14
                v17: f64 = mul v6, v15
                v18: f64 = add v16, v17
                v9 "s": f64 = add v4, v8
                v19 "s_dot": f64 = add v13, v18
                yield v9, v19
              }
              yield v10, v20
            }
        "#]],
    );
}

#[test]
fn vec_local() {
    check(
        "",
        "fn f(x: f64, n: usize) -> f64 {
            let mut v = vec![0.0; n];
            v[0] = x * x;
            v[0] + x
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "n": int = param 1
              v2: f64 = lit 0.0
              v3 "v": Vec<f64> = vec [v2; v1]
              v4: int = lit 0
              v5: f64 = mul v0, v0
              v6 "v": Vec<f64> = insert v3[v4] = v5
              v7: int = lit 0
              v8: f64 = index v6[v7]
              v9: f64 = add v8, v0
              yield v9
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "n": int = param 1
              v2: f64 = lit 0.0
              v3 "v": Vec<f64> = vec [v2; v1]
              v4: int = lit 0
              v5: f64 = mul v0, v0
              v6 "v": Vec<f64> = insert v3[v4] = v5
              v7: int = lit 0
              v8: f64 = index v6[v7]
              v9: f64 = add v8, v0
              v10 "d_out": f64 = param 2
              v11 "d_v": Vec<f64> = zeros_like v6
              v12 "d_v": Vec<f64> = add_at v11[v7] += v10
              v13: f64 = index v12[v4]
              v14: f64 = mul v13, v0
              v15 "d_x": f64 = add v10, v14
              v16: f64 = mul v13, v0
              v17 "d_x": f64 = add v15, v16
              yield v9, v17
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v10 "x_dot": f64 = param 2
              v1 "n": int = param 1
              v2: f64 = lit 0.0
              v3 "v": Vec<f64> = vec [v2; v1]
              v4: int = lit 0
              v5: f64 = mul v0, v0
              v11: f64 = mul v0, v10
              v12: f64 = mul v0, v10
              v13: f64 = add v11, v12
              v6 "v": Vec<f64> = insert v3[v4] = v5
              v14: Vec<f64> = zeros_like v3
              v15 "v_dot": Vec<f64> = insert v14[v4] = v13
              v7: int = lit 0
              v8: f64 = index v6[v7]
              v16: f64 = index v15[v7]
              v9: f64 = add v8, v0
              v17: f64 = add v16, v10
              yield v9, v17
            }
        "#]],
    );
}

#[test]
fn call_with_a_tuple_result() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 {
            let (a, b) = polar(x, y);
            a * b
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2 "a": f64, v3 "b": f64 = call polar(v0, v1) -> (_, _)
              v4: f64 = mul v2, v3
              yield v4
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2 "a": f64, v3 "b": f64 = call polar(v0, v1) -> (_, _)
              v4: f64 = mul v2, v3
              v5 "d_out": f64 = param 2
              v6: f64 = mul v5, v3
              v7: f64 = mul v5, v2
              v8: f64, v9: f64, v10: unknown, v11: unknown = pullback polar(v0, v1) -> (_, _) seeds(v6, v7)
              v12 "d_x": f64 = zero
              v13 "d_x": f64 = add_slot v12, v10
              v14 "d_y": f64 = zero
              v15 "d_y": f64 = add_slot v14, v11
              yield v4, v13, v15
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v5 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v6 "y_dot": f64 = param 3
              v2 "a": f64, v3 "b": f64, v7 "a_dot": f64, v8 "b_dot": f64 = pushforward polar(v0, v1) -> (_, _) tangents(v5, v6)
              v4: f64 = mul v2, v3
              v9: f64 = mul v3, v7
              v10: f64 = mul v2, v8
              v11: f64 = add v9, v10
              yield v4, v11
            }
        "#]],
    );
}

#[test]
fn constant_kept_as_written() {
    check(
        "",
        "fn f(x: f64, p: &Params) -> f64 { x * p.k + p.offset(2) }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "p": other = param 1
              v2: f64 = const { v1.k }
              v3: f64 = mul v0, v2
              v4: int = lit 2
              v5: f64 = call v1.offset(v4)
              v6: f64 = add v3, v5
              yield v6
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "p": other = param 1
              v2: f64 = const { v1.k }
              v3: f64 = mul v0, v2
              v4: int = lit 2
              v5: f64 = call v1.offset(v4)
              v6: f64 = add v3, v5
              v7 "d_out": f64 = param 2
              v8: f64 = mul v7, v2
              yield v6, v8
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v7 "x_dot": f64 = param 2
              v1 "p": other = param 1
              v2: f64 = const { v1.k }
              v3: f64 = mul v0, v2
              v8: f64 = mul v2, v7
              v4: int = lit 2
              v5: f64 = call v1.offset(v4)
              v6: f64 = add v3, v5
              yield v6, v8
            }
        "#]],
    );
}

#[test]
fn checkpointed_loop() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let mut s = x;
            #[checkpoint(every = 3)]
            for _ in 0..10 {
                s = s.sin() * x;
            }
            s
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: int = lit 0
              v2: int = lit 10
              v7 "x": f64 = for v4 "i" in v1..v2 carry(v3 "x": f64 = v0) checkpoint(every = 3) {
                v5: f64 = sin v3
                v6 "s": f64 = mul v5, v0
                yield v6
              }
              yield v7
            }
        "#]],
        expect![[r#"
            fn {
              tape0.new
              tape1.new
              v0 "x": f64 = param 0
              v1: int = lit 0
              v2: int = lit 10
              v8 "interval": int = const { ((3) as usize).max(1) }
              v9: int = lit 0usize
              v7 "x": f64, v16 "iterations": int = for v4 "i" in v1..v2 carry(v3 "x": f64 = v0, v10 "iteration": int = v9) checkpoint(every = 3) {
                v11: int = rem v10, v8
                v12: int = lit 0usize
                v13: bool = eq v11, v12
                if v13 {
                  tape1.push v4, v3
                } else {
                }
                v5: f64 = sin v3
                v6 "s": f64 = mul v5, v0
                v14: int = lit 1usize
                v15: int = add v10, v14
                yield v6, v15
              }
              v17 "d_x": f64 = param 1
              v18 "d_x": f64 = zero
              v19: int = lit 1usize
              v20: int = sub v8, v19
              v21: int = add v16, v20
              v22 "segments": int = div v21, v8
              v23: int = lit 0usize
              v46 "segment_end": int, v47 "d_x": f64, v48 "d_x": f64 = for v49 "segment" in v23..v22 carry(v24 "segment_end": int = v2, v25 "d_x": f64 = v17, v26 "d_x": f64 = v18) {
                v27 "segment_start": int, v28 "x": f64 = tape1.pop
                v33: f64 = for v29 "i" in v27..v24 carry(v30 "x": f64 = v28) {
                  v31: f64 = sin v30
                  v32 "s": f64 = mul v31, v0
                  tape0.push v30, v31
                  yield v32
                }
                v44 "d_x": f64, v45 "d_x": f64 = for v36 "i" in rev v27..v24 carry(v34 "d_x": f64 = v25, v35 "d_x": f64 = v26) {
                  v37 "x": f64, v38: f64 = tape0.pop
                  v39: f64 = mul v34, v0
                  v40: f64 = mul v34, v38
                  v41 "d_x": f64 = add v35, v40
                  v42: f64 = partials sin(v37) out v38
                  v43: f64 = mul v39, v42
                  yield v43, v41
                }
                yield v27, v44, v45
              }
              v50 "d_x": f64 = add v48, v47
              yield v7, v50
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v8 "x_dot": f64 = param 1
              v1: int = lit 0
              v2: int = lit 10
              v7 "x": f64, v15 "x_dot": f64 = for v4 "i" in v1..v2 carry(v3 "x": f64 = v0, v9 "x_dot": f64 = v8) checkpoint(every = 3) {
                v5: f64 = sin v3
                v10: f64 = partials sin(v3) out v5
                v11: f64 = mul v10, v9
                v6 "s": f64 = mul v5, v0
                v12: f64 = mul v0, v11
                v13: f64 = mul v5, v8
                v14 "s_dot": f64 = add v12, v13
                yield v6, v14
              }
              yield v7, v15
            }
        "#]],
    );
}

#[test]
fn f32_function_with_a_cast() {
    check(
        "",
        "fn f(x: f32, y: f64) -> f32 { x * 2.0 + x.cos() * (y as f32) }",
        expect![[r#"
            fn {
              v0 "x": f32 = param 0
              v1 "y": f64 = param 1
              v2: f32 = lit 2.0
              v3: f32 = mul v0, v2
              v4: f32 = cos v0
              v5: f32 = cast v1 as f32
              v6: f32 = mul v4, v5
              v7: f32 = add v3, v6
              yield v7
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f32 = param 0
              v1 "y": f64 = param 1
              v2: f32 = lit 2.0
              v3: f32 = mul v0, v2
              v4: f32 = cos v0
              v5: f32 = cast v1 as f32
              v6: f32 = mul v4, v5
              v7: f32 = add v3, v6
              v8 "d_out": f32 = param 2
              v9: f32 = mul v8, v5
              v10: f32 = mul v8, v4
              v11: f64 = cast v10 as ::core::primitive::f64
              v12: f32 = partials cos(v0) out v4
              v13: f32 = mul v9, v12
              v14: f32 = mul v8, v2
              v15 "d_x": f32 = add v13, v14
              yield v7, v15, v11
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f32 = param 0
              v8 "x_dot": f32 = param 2
              v1 "y": f64 = param 1
              v9 "y_dot": f64 = param 3
              v2: f32 = lit 2.0
              v3: f32 = mul v0, v2
              v10: f32 = mul v2, v8
              v4: f32 = cos v0
              v11: f32 = partials cos(v0) out v4
              v12: f32 = mul v11, v8
              v5: f32 = cast v1 as f32
              v13: f32 = cast v9 as ::core::primitive::f32
              v6: f32 = mul v4, v5
              v14: f32 = mul v5, v12
              v15: f32 = mul v4, v13
              v16: f32 = add v14, v15
              v7: f32 = add v3, v6
              v17: f32 = add v10, v16
              yield v7, v17
            }
        "#]],
    );
}

#[test]
fn wrt_one_parameter() {
    check(
        "wrt(x)",
        "fn f(x: f64, y: f64) -> f64 { x * y + y.exp() }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = exp v1
              v4: f64 = add v2, v3
              yield v4
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = exp v1
              v4: f64 = add v2, v3
              v5 "d_out": f64 = param 2
              v6: f64 = mul v5, v1
              yield v4, v6
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v5 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v6: f64 = mul v1, v5
              v3: f64 = exp v1
              v4: f64 = add v2, v3
              yield v4, v6
            }
        "#]],
    );
}

#[test]
fn tuple_result() {
    check(
        "",
        "fn f(x: f64, y: f64) -> (f64, f64) { (x * y, x.sin()) }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = sin v0
              yield v2, v3
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = mul v0, v1
              v3: f64 = sin v0
              v4 "d_out": f64 = param 2
              v5 "d_out": f64 = param 3
              v6: f64 = partials sin(v0) out v3
              v7: f64 = mul v5, v6
              v8: f64 = mul v4, v1
              v9 "d_x": f64 = add v7, v8
              v10: f64 = mul v4, v0
              yield v2, v3, v9, v10
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v4 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v5 "y_dot": f64 = param 3
              v2: f64 = mul v0, v1
              v6: f64 = mul v1, v4
              v7: f64 = mul v0, v5
              v8: f64 = add v6, v7
              v3: f64 = sin v0
              v9: f64 = partials sin(v0) out v3
              v10: f64 = mul v9, v4
              yield v2, v3, v8, v10
            }
        "#]],
    );
}

#[test]
fn hvp_of_a_product() {
    check_hvp(
        "fn f(x: f64, y: f64) -> f64 { x * x * y + y.sin() }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v15 "x_dot": f64 = param 3
              v1 "y": f64 = param 1
              v16 "y_dot": f64 = param 4
              v2: f64 = mul v0, v0
              v17: f64 = mul v0, v15
              v18: f64 = mul v0, v15
              v19: f64 = add v17, v18
              v3: f64 = mul v2, v1
              v20: f64 = mul v1, v19
              v21: f64 = mul v2, v16
              v22: f64 = add v20, v21
              v4: f64 = sin v1
              v23: f64 = partials sin(v1) out v4
              v24: f64 = mul v23, v16
              v5: f64 = add v3, v4
              v25: f64 = add v22, v24
              v6 "d_out": f64 = param 2
              v7: f64, v26: f64 = partials_jvp sin(v1) out v4 tangents(v16, v24)
              v8: f64 = mul v6, v7
              v27: f64 = mul v6, v26
              v9: f64 = mul v6, v1
              v28: f64 = mul v6, v16
              v10: f64 = mul v6, v2
              v29: f64 = mul v6, v19
              v11 "d_y": f64 = add v8, v10
              v30 "d_y_dot": f64 = add v27, v29
              v12: f64 = mul v9, v0
              v31: f64 = mul v0, v28
              v32: f64 = mul v9, v15
              v33: f64 = add v31, v32
              v13: f64 = mul v9, v0
              v34: f64 = mul v0, v28
              v35: f64 = mul v9, v15
              v36: f64 = add v34, v35
              v14 "d_x": f64 = add v12, v13
              v37 "d_x_dot": f64 = add v33, v36
              yield v5, v14, v11, v25, v37, v30
            }
        "#]],
    );
}

#[test]
fn hvp_through_a_loop_tape() {
    check_hvp(
        "fn f(x: f64) -> f64 {
            let mut s = x;
            for _ in 0..2 {
                s = s * x;
            }
            s
        }",
        expect![[r#"
            fn {
              tape0.new
              v0 "x": f64 = param 0
              v19 "x_dot": f64 = param 2
              v1: int = lit 0
              v2: int = lit 2
              tape0.reserve v1..v2
              v6 "x": f64, v24 "x_dot": f64 = for v4 "i" in v1..v2 carry(v3 "x": f64 = v0, v20 "x_dot": f64 = v19) {
                v5 "s": f64 = mul v3, v0
                v21: f64 = mul v0, v20
                v22: f64 = mul v3, v19
                v23 "s_dot": f64 = add v21, v22
                tape0.push v3, v20
                yield v5, v23
              }
              v7 "d_x": f64 = param 1
              v8 "d_x": f64 = zero
              v25: f64 = zero
              v27: f64 = zero
              v16 "d_x": f64, v17 "d_x": f64, v37 "d_x_dot": f64, v38 "d_x_dot": f64 = for v11 "i" in rev v1..v2 carry(v9 "d_x": f64 = v7, v10 "d_x": f64 = v8, v26 "d_x_dot": f64 = v25, v28 "d_x_dot": f64 = v27) {
                v12 "x": f64, v29 "x_dot": f64 = tape0.pop
                v13: f64 = mul v9, v0
                v30: f64 = mul v0, v26
                v31: f64 = mul v9, v19
                v32: f64 = add v30, v31
                v14: f64 = mul v9, v12
                v33: f64 = mul v12, v26
                v34: f64 = mul v9, v29
                v35: f64 = add v33, v34
                v15 "d_x": f64 = add v10, v14
                v36 "d_x_dot": f64 = add v28, v35
                yield v13, v15, v32, v36
              }
              v18 "d_x": f64 = add v17, v16
              v39 "d_x_dot": f64 = add v38, v37
              yield v6, v18, v24, v39
            }
        "#]],
    );
}

#[test]
fn method_with_a_receiver() {
    check(
        "",
        "fn f(&self, x: f64) -> f64 { self.scale * x.exp() }",
        expect![[r#"
            fn {
              v0 "self": other = self
              v1 "x": f64 = param 0
              v2: f64 = const { v0.scale }
              v3: f64 = exp v1
              v4: f64 = mul v2, v3
              yield v4
            }
        "#]],
        expect![[r#"
            fn {
              v0 "self": other = self
              v1 "x": f64 = param 0
              v2: f64 = const { v0.scale }
              v3: f64 = exp v1
              v4: f64 = mul v2, v3
              v5 "d_out": f64 = param 1
              v6: f64 = mul v5, v2
              v7: f64 = partials exp(v1) out v3
              v8: f64 = mul v6, v7
              yield v4, v8
            }
        "#]],
        expect![[r#"
            fn {
              v0 "self": other = self
              v1 "x": f64 = param 0
              v5 "x_dot": f64 = param 1
              v2: f64 = const { v0.scale }
              v3: f64 = exp v1
              v6: f64 = partials exp(v1) out v3
              v7: f64 = mul v6, v5
              v4: f64 = mul v2, v3
              v8: f64 = mul v2, v7
              yield v4, v8
            }
        "#]],
    );
}

#[test]
fn array_literal_repeat_and_copy() {
    check(
        "",
        "fn f(x: f64) -> f64 {
            let v = [x, 2.0 * x];
            let r = [x; 2];
            let mut w = v;
            w[0] = r[1];
            w[0] * v[1]
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 2.0
              v2: f64 = mul v1, v0
              v3 "v": [f64; 2] = array [v0, v2]
              v4 "r": [f64; 2] = array [v0; 2]
              v5: int = lit 0
              v6: int = lit 1
              v7: f64 = index v4[v6]
              v8 "w": [f64; 2] = insert v3[v5] = v7
              v9: int = lit 0
              v10: f64 = index v8[v9]
              v11: int = lit 1
              v12: f64 = index v3[v11]
              v13: f64 = mul v10, v12
              yield v13
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1: f64 = lit 2.0
              v2: f64 = mul v1, v0
              v3 "v": [f64; 2] = array [v0, v2]
              v4 "r": [f64; 2] = array [v0; 2]
              v5: int = lit 0
              v6: int = lit 1
              v7: f64 = index v4[v6]
              v8 "w": [f64; 2] = insert v3[v5] = v7
              v9: int = lit 0
              v10: f64 = index v8[v9]
              v11: int = lit 1
              v12: f64 = index v3[v11]
              v13: f64 = mul v10, v12
              v14 "d_out": f64 = param 1
              v15: f64 = mul v14, v12
              v16: f64 = mul v14, v10
              v17 "d_v": [f64; 2] = zero
              v18 "d_v": [f64; 2] = add_at v17[v11] += v16
              v19 "d_w": [f64; 2] = zero
              v20 "d_w": [f64; 2] = add_at v19[v9] += v15
              v21: f64 = index v20[v5]
              v22: f64 = zero
              v23 "d_v": [f64; 2] = insert v20[v5] = v22
              v24 "d_v": [f64; 2] = add_agg v18, v23
              v25 "d_r": [f64; 2] = zero
              v26 "d_r": [f64; 2] = add_at v25[v6] += v21
              v27: f64 = sum v26
              v28: int = lit 0usize
              v29: f64 = index v24[v28]
              v30 "d_x": f64 = add v27, v29
              v31: int = lit 1usize
              v32: f64 = index v24[v31]
              v33: f64 = mul v32, v1
              v34 "d_x": f64 = add v30, v33
              yield v13, v34
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v14 "x_dot": f64 = param 1
              v1: f64 = lit 2.0
              v2: f64 = mul v1, v0
              v15: f64 = mul v1, v14
              v3 "v": [f64; 2] = array [v0, v2]
              v16 "v_dot": [f64; 2] = array [v14, v15]
              v4 "r": [f64; 2] = array [v0; 2]
              v17 "r_dot": [f64; 2] = array [v14; 2]
              v5: int = lit 0
              v6: int = lit 1
              v7: f64 = index v4[v6]
              v18: f64 = index v17[v6]
              v8 "w": [f64; 2] = insert v3[v5] = v7
              v19 "w_dot": [f64; 2] = insert v16[v5] = v18
              v9: int = lit 0
              v10: f64 = index v8[v9]
              v20: f64 = index v19[v9]
              v11: int = lit 1
              v12: f64 = index v3[v11]
              v21: f64 = index v16[v11]
              v13: f64 = mul v10, v12
              v22: f64 = mul v12, v20
              v23: f64 = mul v10, v21
              v24: f64 = add v22, v23
              yield v13, v24
            }
        "#]],
    );
}

#[test]
fn hvp_through_a_call() {
    check_hvp(
        "fn f(x: f64) -> f64 { g(x) * x }",
        expect![[r#"
        fn {
          v0 "x": f64 = param 0
          v9 "x_dot": f64 = param 2
          v1: f64, v10: f64 = pushforward g(v0) tangents(v9)
          v2: f64 = mul v1, v0
          v11: f64 = mul v0, v10
          v12: f64 = mul v1, v9
          v13: f64 = add v11, v12
          v3 "d_out": f64 = param 1
          v4: f64 = mul v3, v0
          v14: f64 = mul v3, v9
          v5: f64 = mul v3, v1
          v15: f64 = mul v3, v10
          v6: f64, v7: unknown, v16: f64, v17: unknown = pullback_pushforward g(v0) seeds(v4) tangents(v9) seed_tangents(v14)
          v8 "d_x": f64 = add_slot v5, v7
          v18 "d_x_dot": f64 = add_slot v15, v17
          yield v2, v8, v13, v18
        }
    "#]],
    );
}

#[test]
fn array_pattern_and_match_with_guard() {
    // `let [a, b] = *p;` is two `index`es; the `match` is an `if` on the
    // literal test and one on the guard, each arm binding `v` again.
    check(
        "",
        "fn f(p: &[f64; 2], n: i32) -> f64 {
            let [a, b] = *p;
            match n {
                0 => a,
                v if v > 2 => a * b,
                _ => b.sin(),
            }
        }",
        expect![[r#"
            fn {
              v0 "p": [f64; 2] = param 0
              v1 "n": int = param 1
              v2: int = lit 0
              v3 "a": f64 = index v0[v2]
              v4: int = lit 1
              v5 "b": f64 = index v0[v4]
              v6: int = lit 0
              v7: bool = eq v1, v6
              v13 "a": f64 = if v7 {
                yield v3
              } else {
                v8: int = lit 2
                v9: bool = gt v1, v8
                v12: f64 = if v9 {
                  v10: f64 = mul v3, v5
                  yield v10
                } else {
                  v11: f64 = sin v5
                  yield v11
                }
                yield v12
              }
              yield v13
            }
        "#]],
        expect![[r#"
            fn {
              v0 "p": [f64; 2] = param 0
              v1 "n": int = param 1
              v2: int = lit 0
              v3 "a": f64 = index v0[v2]
              v4: int = lit 1
              v5 "b": f64 = index v0[v4]
              v6: int = lit 0
              v7: bool = eq v1, v6
              v13 "a": f64, v16: bool, v18: f64 = if v7 {
                v17: bool = lit false
                v19: f64 = zero
                yield v3, v17, v19
              } else {
                v8: int = lit 2
                v9: bool = gt v1, v8
                v12: f64, v14: f64 = if v9 {
                  v10: f64 = mul v3, v5
                  v15: f64 = zero
                  yield v10, v15
                } else {
                  v11: f64 = sin v5
                  yield v11, v11
                }
                yield v12, v9, v14
              }
              v20 "d_a": f64 = param 2
              v29 "d_a": f64, v30 "d_b": f64 = if v7 {
                v28 "d_b": f64 = zero
                yield v20, v28
              } else {
                v26 "d_a": f64, v27 "d_b": f64 = if v16 {
                  v21: f64 = mul v20, v5
                  v22: f64 = mul v20, v3
                  yield v21, v22
                } else {
                  v23: f64 = partials sin(v5) out v18
                  v24: f64 = mul v20, v23
                  v25 "d_a": f64 = zero
                  yield v25, v24
                }
                yield v26, v27
              }
              v31 "d_p": [f64; 2] = zero
              v32 "d_p": [f64; 2] = add_at v31[v4] += v30
              v33 "d_p": [f64; 2] = add_at v32[v2] += v29
              yield v13, v33
            }
        "#]],
        expect![[r#"
            fn {
              v0 "p": [f64; 2] = param 0
              v14 "p_dot": [f64; 2] = param 2
              v1 "n": int = param 1
              v2: int = lit 0
              v3 "a": f64 = index v0[v2]
              v15 "a_dot": f64 = index v14[v2]
              v4: int = lit 1
              v5 "b": f64 = index v0[v4]
              v16 "b_dot": f64 = index v14[v4]
              v6: int = lit 0
              v7: bool = eq v1, v6
              v13 "a": f64, v23 "a_dot": f64 = if v7 {
                yield v3, v15
              } else {
                v8: int = lit 2
                v9: bool = gt v1, v8
                v12: f64, v22: f64 = if v9 {
                  v10: f64 = mul v3, v5
                  v17: f64 = mul v5, v15
                  v18: f64 = mul v3, v16
                  v19: f64 = add v17, v18
                  yield v10, v19
                } else {
                  v11: f64 = sin v5
                  v20: f64 = partials sin(v5) out v11
                  v21: f64 = mul v20, v16
                  yield v11, v21
                }
                yield v12, v22
              }
              yield v13, v23
            }
        "#]],
    );
}

#[test]
fn option_built_in_the_body() {
    // `Some(x * 2.0)` / `None` is an `if` yielding the flag and the
    // payload, a zero in the `None` arm; `match` tests the flag.
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 {
            let best = if x > y { Some(x * 2.0) } else { None };
            match best {
                Some(v) => v * y,
                None => y,
            }
        }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: bool = gt v0, v1
              v8: bool, v9 "v": f64 = if v2 {
                v3: f64 = lit 2.0
                v4: f64 = mul v0, v3
                v5: bool = lit true
                yield v5, v4
              } else {
                v6: bool = lit false
                v7: f64 = zero
                yield v6, v7
              }
              v11 "y": f64 = if v8 {
                v10: f64 = mul v9, v1
                yield v10
              } else {
                yield v1
              }
              yield v11
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: bool = gt v0, v1
              v8: bool, v9 "v": f64, v12: f64 = if v2 {
                v3: f64 = lit 2.0
                v4: f64 = mul v0, v3
                v5: bool = lit true
                yield v5, v4, v3
              } else {
                v6: bool = lit false
                v7: f64 = zero
                v13: f64 = zero
                yield v6, v7, v13
              }
              v11 "y": f64 = if v8 {
                v10: f64 = mul v9, v1
                yield v10
              } else {
                yield v1
              }
              v14 "d_y": f64 = param 2
              v18 "d_y": f64, v19 "d_v": f64 = if v8 {
                v15: f64 = mul v14, v1
                v16: f64 = mul v14, v9
                yield v16, v15
              } else {
                v17 "d_v": f64 = zero
                yield v14, v17
              }
              v22 "d_x": f64 = if v2 {
                v20: f64 = mul v19, v12
                yield v20
              } else {
                v21 "d_x": f64 = zero
                yield v21
              }
              yield v11, v22, v18
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v12 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v13 "y_dot": f64 = param 3
              v2: bool = gt v0, v1
              v8: bool, v9 "v": f64, v16 "v_dot": f64 = if v2 {
                v3: f64 = lit 2.0
                v4: f64 = mul v0, v3
                v14: f64 = mul v3, v12
                v5: bool = lit true
                yield v5, v4, v14
              } else {
                v6: bool = lit false
                v7: f64 = zero
                v15: f64 = zero
                yield v6, v7, v15
              }
              v11 "y": f64, v20 "y_dot": f64 = if v8 {
                v10: f64 = mul v9, v1
                v17: f64 = mul v1, v16
                v18: f64 = mul v9, v13
                v19: f64 = add v17, v18
                yield v10, v19
              } else {
                yield v1, v13
              }
              yield v11, v20
            }
        "#]],
    );
}

#[test]
fn chain_zip_skip_map_sum() {
    // One loop over the skipped side's indices, `for j in 1..n` reading
    // x[j - 1] and x[j] (no saturating length, which would keep the bounds
    // checks in), the closure inlined, nothing on the tape.
    check(
        "",
        "fn f(x: &[f64]) -> f64 { \
             x.iter().zip(x.iter().skip(1)).map(|(&a, &b)| (b - a * a).powi(2)).sum() }",
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2: int = len v0
              v3: int = lit 1
              v4: int = add v3, v1
              v5: bool = lt v2, v4
              v6: int = if v5 {
                yield v2
              } else {
                yield v4
              }
              v7: f64 = lit 0.0
              v8: f64 = neg v7
              v19: f64 = for v10 "i" in v3..v6 carry(v9: f64 = v8) {
                v11: int = sub v10, v3
                v12 "a": f64 = index v0[v11]
                v13 "b": f64 = index v0[v10]
                v14: f64 = mul v12, v12
                v15: f64 = sub v13, v14
                v16: int = lit 2
                v17: f64 = powi v15, v16
                v18: f64 = add v9, v17
                yield v18
              }
              yield v19
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2: int = len v0
              v3: int = lit 1
              v4: int = add v3, v1
              v5: bool = lt v2, v4
              v6: int = if v5 {
                yield v2
              } else {
                yield v4
              }
              v7: f64 = lit 0.0
              v8: f64 = neg v7
              v19: f64 = for v10 "i" in v3..v6 carry(v9: f64 = v8) {
                v11: int = sub v10, v3
                v12 "a": f64 = index v0[v11]
                v13 "b": f64 = index v0[v10]
                v14: f64 = mul v12, v12
                v15: f64 = sub v13, v14
                v16: int = lit 2
                v17: f64 = powi v15, v16
                v18: f64 = add v9, v17
                yield v18
              }
              v20 "d_out": f64 = param 1
              v21 "d_x": Vec<f64> = zeros_like v0
              v40: f64, v41 "d_x": Vec<f64> = for v24 "i" in rev v3..v6 carry(v22: f64 = v20, v23 "d_x": Vec<f64> = v21) {
                v25: int = sub v24, v3
                v26 "a": f64 = index v0[v25]
                v27 "b": f64 = index v0[v24]
                v28: f64 = mul v26, v26
                v29: f64 = sub v27, v28
                v30: int = lit 2
                v31: f64 = powi v29, v30
                v32: f64 = partials powi(v29, v30) out v31
                v33: f64 = mul v22, v32
                v34: f64 = neg v33
                v35: f64 = mul v34, v26
                v36: f64 = mul v34, v26
                v37 "d_a": f64 = add v35, v36
                v38 "d_x": Vec<f64> = add_at v23[v24] += v33
                v39 "d_x": Vec<f64> = add_at v38[v25] += v37
                yield v22, v39
              }
              yield v19, v41
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v20 "x_dot": Vec<f64> = param 1
              v1: int = len v0
              v2: int = len v0
              v3: int = lit 1
              v4: int = add v3, v1
              v5: bool = lt v2, v4
              v6: int = if v5 {
                yield v2
              } else {
                yield v4
              }
              v7: f64 = lit 0.0
              v8: f64 = neg v7
              v21: f64 = zero
              v19: f64, v32: f64 = for v10 "i" in v3..v6 carry(v9: f64 = v8, v22: f64 = v21) {
                v11: int = sub v10, v3
                v12 "a": f64 = index v0[v11]
                v23 "a_dot": f64 = index v20[v11]
                v13 "b": f64 = index v0[v10]
                v24 "b_dot": f64 = index v20[v10]
                v14: f64 = mul v12, v12
                v25: f64 = mul v12, v23
                v26: f64 = mul v12, v23
                v27: f64 = add v25, v26
                v15: f64 = sub v13, v14
                v28: f64 = sub v24, v27
                v16: int = lit 2
                v17: f64 = powi v15, v16
                v29: f64 = partials powi(v15, v16) out v17
                v30: f64 = mul v29, v28
                v18: f64 = add v9, v17
                v31: f64 = add v22, v30
                yield v18, v31
              }
              yield v19, v32
            }
        "#]],
    );
}

#[test]
fn chain_filter_and_selection() {
    // `filter` is an `if` in the loop body; `max_by` without a filter keeps
    // the index of the best element only.
    check(
        "",
        "fn f(x: &[f64]) -> f64 { \
             let s: f64 = x.iter().filter(|v| **v > 0.0).map(|v| v * v).sum(); \
             let m = x.iter().copied().max_by(|a, b| a.total_cmp(b)).unwrap(); \
             s * m }",
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2: int = lit 0
              v3: f64 = lit 0.0
              v4: f64 = neg v3
              v13 "s": f64 = for v6 "i" in v2..v1 carry(v5: f64 = v4) {
                v7 "v": f64 = index v0[v6]
                v8: f64 = lit 0.0
                v9: bool = gt v7, v8
                v12: f64 = if v9 {
                  v10: f64 = mul v7, v7
                  v11: f64 = add v5, v10
                  yield v11
                } else {
                  yield v5
                }
                yield v12
              }
              v14: int = len v0
              v15: int = lit 0
              v16: int = lit 1
              v17: int = add v15, v16
              v33: int = for v19 "i" in v17..v14 carry(v18: int = v15) {
                v20 "b": f64 = index v0[v19]
                v21 "a": f64 = index v0[v18]
                v22: bool = is_sign_negative v21
                v23: bool = is_sign_negative v20
                v24: int = to_bits v21
                v25: int = to_bits v20
                v26: bool = ne v22, v23
                v30: bool = if v26 {
                  yield v23
                } else {
                  v29: bool = if v22 {
                    v27: bool = lt v24, v25
                    yield v27
                  } else {
                    v28: bool = gt v24, v25
                    yield v28
                  }
                  yield v29
                }
                v31: bool = not v30
                v32 "i": int = if v31 {
                  yield v19
                } else {
                  yield v18
                }
                yield v32
              }
              v34 "m": f64 = index v0[v33]
              v35: f64 = mul v13, v34
              yield v35
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2: int = lit 0
              v3: f64 = lit 0.0
              v4: f64 = neg v3
              v13 "s": f64 = for v6 "i" in v2..v1 carry(v5: f64 = v4) {
                v7 "v": f64 = index v0[v6]
                v8: f64 = lit 0.0
                v9: bool = gt v7, v8
                v12: f64 = if v9 {
                  v10: f64 = mul v7, v7
                  v11: f64 = add v5, v10
                  yield v11
                } else {
                  yield v5
                }
                yield v12
              }
              v14: int = len v0
              v15: int = lit 0
              v16: int = lit 1
              v17: int = add v15, v16
              v33: int = for v19 "i" in v17..v14 carry(v18: int = v15) {
                v20 "b": f64 = index v0[v19]
                v21 "a": f64 = index v0[v18]
                v22: bool = is_sign_negative v21
                v23: bool = is_sign_negative v20
                v24: int = to_bits v21
                v25: int = to_bits v20
                v26: bool = ne v22, v23
                v30: bool = if v26 {
                  yield v23
                } else {
                  v29: bool = if v22 {
                    v27: bool = lt v24, v25
                    yield v27
                  } else {
                    v28: bool = gt v24, v25
                    yield v28
                  }
                  yield v29
                }
                v31: bool = not v30
                v32 "i": int = if v31 {
                  yield v19
                } else {
                  yield v18
                }
                yield v32
              }
              v34 "m": f64 = index v0[v33]
              v35: f64 = mul v13, v34
              v36 "d_out": f64 = param 1
              v37: f64 = mul v36, v34
              v38: f64 = mul v36, v13
              v39 "d_x": Vec<f64> = zeros_like v0
              v40 "d_x": Vec<f64> = add_at v39[v33] += v38
              v54: f64, v55 "d_x": Vec<f64> = for v43 "i" in rev v2..v1 carry(v41: f64 = v37, v42 "d_x": Vec<f64> = v40) {
                v44 "v": f64 = index v0[v43]
                v45: f64 = lit 0.0
                v46: bool = gt v44, v45
                v51: f64, v52 "d_v": f64 = if v46 {
                  v47: f64 = mul v41, v44
                  v48: f64 = mul v41, v44
                  v49 "d_v": f64 = add v47, v48
                  yield v41, v49
                } else {
                  v50 "d_v": f64 = zero
                  yield v41, v50
                }
                v53 "d_x": Vec<f64> = add_at v42[v43] += v52
                yield v51, v53
              }
              yield v35, v55
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v36 "x_dot": Vec<f64> = param 1
              v1: int = len v0
              v2: int = lit 0
              v3: f64 = lit 0.0
              v4: f64 = neg v3
              v37: f64 = zero
              v13 "s": f64, v45 "s_dot": f64 = for v6 "i" in v2..v1 carry(v5: f64 = v4, v38: f64 = v37) {
                v7 "v": f64 = index v0[v6]
                v39 "v_dot": f64 = index v36[v6]
                v8: f64 = lit 0.0
                v9: bool = gt v7, v8
                v12: f64, v44: f64 = if v9 {
                  v10: f64 = mul v7, v7
                  v40: f64 = mul v7, v39
                  v41: f64 = mul v7, v39
                  v42: f64 = add v40, v41
                  v11: f64 = add v5, v10
                  v43: f64 = add v38, v42
                  yield v11, v43
                } else {
                  yield v5, v38
                }
                yield v12, v44
              }
              v14: int = len v0
              v15: int = lit 0
              v16: int = lit 1
              v17: int = add v15, v16
              v33: int = for v19 "i" in v17..v14 carry(v18: int = v15) {
                v20 "b": f64 = index v0[v19]
                v46 "b_dot": f64 = index v36[v19]
                v21 "a": f64 = index v0[v18]
                v47 "a_dot": f64 = index v36[v18]
                v22: bool = is_sign_negative v21
                v23: bool = is_sign_negative v20
                v24: int = to_bits v21
                v25: int = to_bits v20
                v26: bool = ne v22, v23
                v30: bool = if v26 {
                  yield v23
                } else {
                  v29: bool = if v22 {
                    v27: bool = lt v24, v25
                    yield v27
                  } else {
                    v28: bool = gt v24, v25
                    yield v28
                  }
                  yield v29
                }
                v31: bool = not v30
                v32 "i": int = if v31 {
                  yield v19
                } else {
                  yield v18
                }
                yield v32
              }
              v34 "m": f64 = index v0[v33]
              v48 "m_dot": f64 = index v36[v33]
              v35: f64 = mul v13, v34
              v49: f64 = mul v34, v45
              v50: f64 = mul v13, v48
              v51: f64 = add v49, v50
              yield v35, v51
            }
        "#]],
    );
}

#[test]
fn closure_inlined_at_each_call() {
    check(
        "",
        "fn f(x: f64, y: f64) -> f64 { let k = 2.0 * y; let g = |t: f64| k * t.sin(); g(x) + g(y) }",
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = lit 2.0
              v3 "k": f64 = mul v2, v1
              v4: f64 = sin v0
              v5: f64 = mul v3, v4
              v6: f64 = sin v1
              v7: f64 = mul v3, v6
              v8: f64 = add v5, v7
              yield v8
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v1 "y": f64 = param 1
              v2: f64 = lit 2.0
              v3 "k": f64 = mul v2, v1
              v4: f64 = sin v0
              v5: f64 = mul v3, v4
              v6: f64 = sin v1
              v7: f64 = mul v3, v6
              v8: f64 = add v5, v7
              v9 "d_out": f64 = param 2
              v10: f64 = mul v9, v6
              v11: f64 = mul v9, v3
              v12: f64 = partials sin(v1) out v6
              v13: f64 = mul v11, v12
              v14: f64 = mul v9, v4
              v15 "d_k": f64 = add v10, v14
              v16: f64 = mul v9, v3
              v17: f64 = partials sin(v0) out v4
              v18: f64 = mul v16, v17
              v19: f64 = mul v15, v2
              v20 "d_y": f64 = add v13, v19
              yield v8, v18, v20
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": f64 = param 0
              v9 "x_dot": f64 = param 2
              v1 "y": f64 = param 1
              v10 "y_dot": f64 = param 3
              v2: f64 = lit 2.0
              v3 "k": f64 = mul v2, v1
              v11 "k_dot": f64 = mul v2, v10
              v4: f64 = sin v0
              v12: f64 = partials sin(v0) out v4
              v13: f64 = mul v12, v9
              v5: f64 = mul v3, v4
              v14: f64 = mul v4, v11
              v15: f64 = mul v3, v13
              v16: f64 = add v14, v15
              v6: f64 = sin v1
              v17: f64 = partials sin(v1) out v6
              v18: f64 = mul v17, v10
              v7: f64 = mul v3, v6
              v19: f64 = mul v6, v11
              v20: f64 = mul v3, v18
              v21: f64 = add v19, v20
              v8: f64 = add v5, v7
              v22: f64 = add v16, v21
              yield v8, v22
            }
        "#]],
    );
}

/// A `Vec` that grows in a loop: `push` is a new value made from the old
/// one; its tangent pushes the tangent, and its adjoint takes the last
/// element of the adjoint and truncates the rest (to the adjoint's own
/// length, so the reverse loop stores nothing for it).
#[test]
fn vec_grown_by_push() {
    check(
        "",
        "fn f(x: &[f64]) -> f64 {
            let mut v = Vec::with_capacity(x.len());
            for &a in x {
                v.push(a * a);
            }
            v[0] * v[1]
        }",
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2 "v": Vec<f64> = vec [] capacity v1
              v3: int = lit 0usize
              v4: int = len v0
              v10 "v": Vec<f64> = for v6 "i" in v3..v4 carry(v5 "v": Vec<f64> = v2) {
                v7 "a": f64 = index v0[v6]
                v8: f64 = mul v7, v7
                v9 "v": Vec<f64> = push v5, v8
                yield v9
              }
              v11: int = lit 0
              v12: f64 = index v10[v11]
              v13: int = lit 1
              v14: f64 = index v10[v13]
              v15: f64 = mul v12, v14
              yield v15
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v1: int = len v0
              v2 "v": Vec<f64> = vec [] capacity v1
              v3: int = lit 0usize
              v4: int = len v0
              v10 "v": Vec<f64> = for v6 "i" in v3..v4 carry(v5 "v": Vec<f64> = v2) {
                v7 "a": f64 = index v0[v6]
                v8: f64 = mul v7, v7
                v9 "v": Vec<f64> = push v5, v8
                yield v9
              }
              v11: int = lit 0
              v12: f64 = index v10[v11]
              v13: int = lit 1
              v14: f64 = index v10[v13]
              v15: f64 = mul v12, v14
              v16 "d_out": f64 = param 1
              v17: f64 = mul v16, v14
              v18: f64 = mul v16, v12
              v19 "d_v": Vec<f64> = zeros_like v10
              v20 "d_v": Vec<f64> = add_at v19[v13] += v18
              v21 "d_v": Vec<f64> = add_at v20[v11] += v17
              v22 "d_x": Vec<f64> = zeros_like v0
              v36 "d_v": Vec<f64>, v37 "d_x": Vec<f64> = for v25 "i" in rev v3..v4 carry(v23 "d_v": Vec<f64> = v21, v24 "d_x": Vec<f64> = v22) {
                v26 "a": f64 = index v0[v25]
                v27: int = len v23
                v28: int = lit 1usize
                v29: int = sub v27, v28
                v30: f64 = index v23[v29]
                v31 "d_v": Vec<f64> = truncate v23 to v29
                v32: f64 = mul v30, v26
                v33: f64 = mul v30, v26
                v34 "d_a": f64 = add v32, v33
                v35 "d_x": Vec<f64> = add_at v24[v25] += v34
                yield v31, v35
              }
              yield v15, v37
            }
        "#]],
        expect![[r#"
            fn {
              v0 "x": Vec<f64> = param 0
              v16 "x_dot": Vec<f64> = param 1
              v1: int = len v0
              v2 "v": Vec<f64> = vec [] capacity v1
              v3: int = lit 0usize
              v4: int = len v0
              v17: Vec<f64> = zeros_like v2
              v10 "v": Vec<f64>, v24 "v_dot": Vec<f64> = for v6 "i" in v3..v4 carry(v5 "v": Vec<f64> = v2, v18 "v_dot": Vec<f64> = v17) {
                v7 "a": f64 = index v0[v6]
                v19 "a_dot": f64 = index v16[v6]
                v8: f64 = mul v7, v7
                v20: f64 = mul v7, v19
                v21: f64 = mul v7, v19
                v22: f64 = add v20, v21
                v9 "v": Vec<f64> = push v5, v8
                v23 "v_dot": Vec<f64> = push v18, v22
                yield v9, v23
              }
              v11: int = lit 0
              v12: f64 = index v10[v11]
              v25: f64 = index v24[v11]
              v13: int = lit 1
              v14: f64 = index v10[v13]
              v26: f64 = index v24[v13]
              v15: f64 = mul v12, v14
              v27: f64 = mul v14, v25
              v28: f64 = mul v12, v26
              v29: f64 = add v27, v28
              yield v15, v29
            }
        "#]],
    );
}

/// The VJP alone of `#[differentiate] src`.
fn check_vjp(src: &str, vjp: Expect) {
    vjp.assert_eq(&compiled("", src).vjp.to_string());
}

#[test]
fn an_array_an_outer_loop_builds_is_stored_once_per_iteration() {
    // `h` is built by the first inner loop and read by the second: the
    // outer loop pushes `h` whole (with the transcendental results the
    // adjoint reads), not one element per read of the second loop.
    check_vjp(
        "fn f(w: &[f64], n: usize) -> f64 {
            let mut s = 0.0;
            for i in 0..n {
                let mut h = [0.0; 4];
                for j in 0..4 {
                    h[j] = (w[j] * i as f64).tanh();
                }
                for k in 0..4 {
                    s += w[4 + k] * h[k];
                }
            }
            s
        }",
        expect![[r#"
            fn {
              tape0.new
              tape1.new
              v0 "w": Vec<f64> = param 0
              v1 "n": int = param 1
              v2 "s": f64 = lit 0.0
              v3: int = lit 0
              tape1.reserve v3..v1
              v29 "s": f64 = for v5 "i" in v3..v1 carry(v4 "s": f64 = v2) {
                v6: f64 = lit 0.0
                v7 "h": [f64; 4] = array [v6; 4]
                v8: int = lit 0
                v9: int = lit 4
                tape0.reserve v8..v9
                v17 "h": [f64; 4] = for v11 "j" in v8..v9 carry(v10 "h": [f64; 4] = v7) {
                  v12: f64 = index v0[v11]
                  v13: f64 = cast v5 as f64
                  v14: f64 = mul v12, v13
                  v15: f64 = tanh v14
                  v16 "h": [f64; 4] = insert v10[v11] = v15
                  tape0.push v15
                  yield v16
                }
                v18: int = lit 0
                v19: int = lit 4
                v28 "s": f64 = for v21 "k" in v18..v19 carry(v20 "s": f64 = v4) {
                  v22: int = lit 4
                  v23: int = add v22, v21
                  v24: f64 = index v0[v23]
                  v25: f64 = index v17[v21]
                  v26: f64 = mul v24, v25
                  v27 "s": f64 = add v20, v26
                  yield v27
                }
                tape1.push v17
                yield v28
              }
              v30 "d_s": f64 = param 2
              v31 "d_w": Vec<f64> = zeros_like v0
              v72 "d_s": f64, v73 "d_w": Vec<f64> = for v34 "i" in rev v3..v1 carry(v32 "d_s": f64 = v30, v33 "d_w": Vec<f64> = v31) {
                v35 "h": [f64; 4] = tape1.pop
                v36: int = lit 0
                v37: int = lit 4
                v38: int = lit 0
                v39: int = lit 4
                v40 "d_h": [f64; 4] = zero
                v53 "d_s": f64, v54 "d_w": Vec<f64>, v55 "d_h": [f64; 4] = for v44 "i" in rev v38..v39 carry(v41 "d_s": f64 = v32, v42 "d_w": Vec<f64> = v33, v43 "d_h": [f64; 4] = v40) {
                  v45: int = lit 4
                  v46: int = add v45, v44
                  v47: f64 = index v0[v46]
                  v48: f64 = index v35[v44]
                  v49: f64 = mul v41, v48
                  v50: f64 = mul v41, v47
                  v51 "d_h": [f64; 4] = add_at v43[v44] += v50
                  v52 "d_w": Vec<f64> = add_at v42[v46] += v49
                  yield v41, v52, v51
                }
                v70 "d_h": [f64; 4], v71 "d_w": Vec<f64> = for v58 "i" in rev v36..v37 carry(v56 "d_h": [f64; 4] = v55, v57 "d_w": Vec<f64> = v54) {
                  v59: f64 = tape0.pop
                  v60: f64 = index v0[v58]
                  v61: f64 = cast v34 as f64
                  v62: f64 = mul v60, v61
                  v63: f64 = index v56[v58]
                  v64: f64 = zero
                  v65 "d_h": [f64; 4] = insert v56[v58] = v64
                  v66: f64 = partials tanh(v62) out v59
                  v67: f64 = mul v63, v66
                  v68: f64 = mul v67, v61
                  v69 "d_w": Vec<f64> = add_at v57[v58] += v68
                  yield v65, v69
                }
                yield v53, v71
              }
              yield v29, v73
            }
        "#]],
    );
}
