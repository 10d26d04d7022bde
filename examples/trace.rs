//! The textbook evaluation traces of f(x1, x2) = ln x1 + x1·x2 − sin x2 at
//! (x1, x2) = (2, 5): the forward primal trace, the tangent trace of forward
//! mode and the adjoint trace of reverse mode, as tables in the style of
//! Griewank & Walther ("Evaluating Derivatives", 2008) and Baydin et al.
//! ("Automatic differentiation in machine learning: a survey", 2018).
//!
//! ```text
//! cargo run --release --example trace
//! ```
//!
//! The traces are computed by the small hand-written interpreter below: the
//! function is a list of elementary operations on numbered intermediates
//! v₋₁, v₀, v₁, …, forward mode carries a tangent v̇ᵢ along each vᵢ, and
//! reverse mode walks the list backwards accumulating adjoints v̄ᵢ = ∂y/∂vᵢ.
//! At the end the program checks that `f_grad` and `f_jvp`, which
//! `#[differentiate]` generated from the plain Rust function `f`, give the
//! same numbers.

use autodiff::differentiate;

/// The function, as a user writes it.
#[differentiate]
fn f(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

/// One elementary operation of the trace; arguments are indices into the
/// list of intermediates (inputs first).
#[derive(Clone, Copy)]
enum Op {
    Input,
    Ln(usize),
    Mul(usize, usize),
    Sin(usize),
    Add(usize, usize),
    Sub(usize, usize),
}

/// ln x1 + x1·x2 − sin x2 as a trace: v₋₁ = x1, v₀ = x2, v₁ … v₅.
const TRACE: [Op; 7] = [
    Op::Input,     // v₋₁ = x1
    Op::Input,     // v₀ = x2
    Op::Ln(0),     // v₁ = ln v₋₁
    Op::Mul(0, 1), // v₂ = v₋₁ · v₀
    Op::Sin(1),    // v₃ = sin v₀
    Op::Add(2, 3), // v₄ = v₁ + v₂
    Op::Sub(5, 4), // v₅ = v₄ − v₃
];
const INPUTS: usize = 2;

/// The textbook name of intermediate `i` with an optional combining accent
/// (U+0307 dot for tangents, U+0304 bar for adjoints): v₋₁, v̇₀, v̄₃, …
fn name(i: usize, accent: &str) -> String {
    const DIGITS: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    let k = i as i64 - (INPUTS as i64 - 1);
    let mut s = format!("v{accent}");
    if k < 0 {
        s.push('₋');
    }
    for d in k.unsigned_abs().to_string().bytes() {
        s.push(DIGITS[(d - b'0') as usize]);
    }
    s
}

fn v(i: usize) -> String {
    name(i, "")
}
fn dot(i: usize) -> String {
    name(i, "\u{307}")
}
fn bar(i: usize) -> String {
    name(i, "\u{304}")
}

/// Pads `s` to `width` terminal columns; combining accents take no column.
fn pad(s: &str, width: usize) -> String {
    let columns = s
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .count();
    format!("{s}{}", " ".repeat(width.saturating_sub(columns)))
}

/// A number as an operand: short, and in parentheses when negative.
fn num(x: f64) -> String {
    let s = if x == x.round() && x.abs() < 1e6 {
        format!("{x:.0}")
    } else {
        format!("{x:.4}")
    };
    if x < 0.0 {
        format!("({})", s.replace('-', "−"))
    } else {
        s
    }
}

fn row(left: &str, right: &str, value: f64) {
    println!("  {} {}  {value:>10.4}", pad(left, 22), pad(right, 30));
}

/// The forward primal trace: the value of every intermediate.
fn primal(x: [f64; INPUTS], print: bool) -> Vec<f64> {
    let mut val = vec![0.0_f64; TRACE.len()];
    for (i, op) in TRACE.iter().enumerate() {
        let (value, text) = match *op {
            Op::Input => (x[i], format!("x{}", i + 1)),
            Op::Ln(a) => (val[a].ln(), format!("ln {}", v(a))),
            Op::Mul(a, b) => (val[a] * val[b], format!("{} · {}", v(a), v(b))),
            Op::Sin(a) => (val[a].sin(), format!("sin {}", v(a))),
            Op::Add(a, b) => (val[a] + val[b], format!("{} + {}", v(a), v(b))),
            Op::Sub(a, b) => (val[a] - val[b], format!("{} − {}", v(a), v(b))),
        };
        val[i] = value;
        if print {
            let arguments = match *op {
                Op::Input => format!("= {value}"),
                Op::Ln(a) | Op::Sin(a) => {
                    format!("{} {}", text.split(' ').next().unwrap(), num(val[a]))
                }
                Op::Mul(a, b) => format!("{} · {}", num(val[a]), num(val[b])),
                Op::Add(a, b) => format!("{} + {}", num(val[a]), num(val[b])),
                Op::Sub(a, b) => format!("{} − {}", num(val[a]), num(val[b])),
            };
            row(&format!("{} = {text}", v(i)), &arguments, value);
        }
    }
    val
}

/// The tangent trace of forward mode with input tangents `dx`: every v̇ᵢ,
/// by the chain rule applied to one operation at a time.
fn tangent(val: &[f64], dx: [f64; INPUTS], print: bool) -> Vec<f64> {
    let mut tan = vec![0.0_f64; TRACE.len()];
    for (i, op) in TRACE.iter().enumerate() {
        let (t, text) = match *op {
            Op::Input => (dx[i], format!("ẋ{}", i + 1)),
            Op::Ln(a) => (tan[a] / val[a], format!("{} / {}", dot(a), v(a))),
            Op::Mul(a, b) => (
                tan[a] * val[b] + val[a] * tan[b],
                format!("{}·{} + {}·{}", dot(a), v(b), v(a), dot(b)),
            ),
            Op::Sin(a) => (val[a].cos() * tan[a], format!("cos {} · {}", v(a), dot(a))),
            Op::Add(a, b) => (tan[a] + tan[b], format!("{} + {}", dot(a), dot(b))),
            Op::Sub(a, b) => (tan[a] - tan[b], format!("{} − {}", dot(a), dot(b))),
        };
        tan[i] = t;
        if print {
            let numbers = match *op {
                Op::Input => format!("= {t}"),
                Op::Ln(a) => format!("{} / {}", num(tan[a]), num(val[a])),
                Op::Mul(a, b) => format!(
                    "{}·{} + {}·{}",
                    num(tan[a]),
                    num(val[b]),
                    num(val[a]),
                    num(tan[b])
                ),
                Op::Sin(a) => format!("{} · {}", num(val[a].cos()), num(tan[a])),
                Op::Add(a, b) => format!("{} + {}", num(tan[a]), num(tan[b])),
                Op::Sub(a, b) => format!("{} − {}", num(tan[a]), num(tan[b])),
            };
            row(&format!("{} = {text}", dot(i)), &numbers, t);
        }
    }
    tan
}

/// The adjoint trace of reverse mode with output seed `seed`: walks the
/// operations backwards and adds v̄ᵢ·∂vᵢ/∂vⱼ into the adjoint of each
/// argument vⱼ. Returns every adjoint; the first `INPUTS` are the gradient.
fn adjoint(val: &[f64], seed: f64, print: bool) -> Vec<f64> {
    let n = TRACE.len();
    let mut adj = vec![0.0; n];
    let mut touched = vec![false; n];
    adj[n - 1] = seed;
    touched[n - 1] = true;
    if print {
        row(&format!("{} = ȳ", bar(n - 1)), &format!("= {seed}"), seed);
    }
    for i in (INPUTS..n).rev() {
        // (argument, local partial ∂vᵢ/∂vⱼ, its formula, its value as text)
        let partials: Vec<(usize, f64, String, String)> = match TRACE[i] {
            Op::Input => Vec::new(),
            Op::Ln(a) => vec![(
                a,
                1.0 / val[a],
                format!("{} / {}", bar(i), v(a)),
                format!("{} / {}", num(adj[i]), num(val[a])),
            )],
            Op::Mul(a, b) => vec![
                (
                    a,
                    val[b],
                    format!("{} · {}", bar(i), v(b)),
                    format!("{} · {}", num(adj[i]), num(val[b])),
                ),
                (
                    b,
                    val[a],
                    format!("{} · {}", bar(i), v(a)),
                    format!("{} · {}", num(adj[i]), num(val[a])),
                ),
            ],
            Op::Sin(a) => vec![(
                a,
                val[a].cos(),
                format!("{} · cos {}", bar(i), v(a)),
                format!("{} · {}", num(adj[i]), num(val[a].cos())),
            )],
            Op::Add(a, b) => vec![(a, 1.0, bar(i), num(adj[i])), (b, 1.0, bar(i), num(adj[i]))],
            Op::Sub(a, b) => vec![
                (a, 1.0, bar(i), num(adj[i])),
                (b, -1.0, format!("−{}", bar(i)), format!("−{}", num(adj[i]))),
            ],
        };
        for (j, partial, formula, numbers) in partials {
            let contribution = adj[i] * partial;
            let (text, numbers) = if touched[j] {
                (
                    format!("{} = {} + {formula}", bar(j), bar(j)),
                    format!("{} + {numbers}", num(adj[j])),
                )
            } else {
                (format!("{} = {formula}", bar(j)), numbers)
            };
            adj[j] += contribution;
            touched[j] = true;
            if print {
                row(&text, &numbers, adj[j]);
            }
        }
    }
    adj
}

fn rule(title: &str) {
    println!("\n{title}");
    println!("  {}", "─".repeat(66));
}

fn main() {
    let x = [2.0, 5.0];
    println!("f(x1, x2) = ln x1 + x1·x2 − sin x2 at (x1, x2) = (2, 5)");

    rule("Forward primal trace");
    let val = primal(x, true);
    let y = val[TRACE.len() - 1];
    row("y = v₅", "", y);

    rule("Forward-mode tangent trace, ẋ = (1, 0): one sweep gives ∂y/∂x1");
    let tan1 = tangent(&val, [1.0, 0.0], true);
    row("ẏ = v̇₅", "", tan1[TRACE.len() - 1]);

    rule("Forward-mode tangent trace, ẋ = (0, 1): one more sweep for ∂y/∂x2");
    let tan2 = tangent(&val, [0.0, 1.0], true);
    row("ẏ = v̇₅", "", tan2[TRACE.len() - 1]);

    rule("Reverse-mode adjoint trace, ȳ = 1: one sweep gives the whole gradient");
    let adj = adjoint(&val, 1.0, true);
    row("x̄1 = v̄₋₁", "= ∂y/∂x1", adj[0]);
    row("x̄2 = v̄₀", "= ∂y/∂x2", adj[1]);

    // What #[differentiate] generated from `f`.
    let by_hand = [
        ("f(2, 5)", y),
        ("∂y/∂x1", adj[0]),
        ("∂y/∂x2", adj[1]),
        ("ẏ for ẋ = (1, 0)", tan1[TRACE.len() - 1]),
        ("ẏ for ẋ = (0, 1)", tan2[TRACE.len() - 1]),
    ];
    let (gy, (gx1, gx2)) = f_grad(x[0], x[1]);
    let (jy1, jt1) = f_jvp(x[0], x[1], 1.0, 0.0);
    let (jy2, jt2) = f_jvp(x[0], x[1], 0.0, 1.0);
    let generated = [
        ("f(2, 5)", f(x[0], x[1]), "f"),
        ("∂y/∂x1", gx1, "f_grad(2.0, 5.0).1.0"),
        ("∂y/∂x2", gx2, "f_grad(2.0, 5.0).1.1"),
        ("ẏ for ẋ = (1, 0)", jt1, "f_jvp(2.0, 5.0, 1.0, 0.0).1"),
        ("ẏ for ẋ = (0, 1)", jt2, "f_jvp(2.0, 5.0, 0.0, 1.0).1"),
    ];
    rule("The same numbers from the code #[differentiate] generated");
    println!(
        "  {:18} {:>20} {:>20}   call",
        "", "hand-written trace", "generated"
    );
    for ((label, hand), (_, gen_value, call)) in by_hand.iter().zip(generated.iter()) {
        println!(
            "  {} {hand:>20.15} {gen_value:>20.15}   {call}",
            pad(label, 18)
        );
        assert!(
            (hand - gen_value).abs() <= 1e-12,
            "{label}: trace {hand} vs generated {gen_value}"
        );
    }
    for value in [gy, jy1, jy2] {
        assert!((value - y).abs() <= 1e-12);
    }
    println!("\nall agree within 1e-12");
}
