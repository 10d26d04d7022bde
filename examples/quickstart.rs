//! Differentiates a few functions with `#[differentiate]` and prints the
//! values and gradients next to central finite-difference estimates.
//!
//! Run with `cargo run --release --example quickstart`.

use autodiff::{differentiate, finite_difference_gradient};

/// The textbook example of reverse mode: f(x1, x2) = ln x1 + x1·x2 − sin x2.
#[differentiate]
fn f(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
}

/// Two-dimensional Rosenbrock function, minimum 0 at (a, a²).
#[differentiate(wrt(x, y))]
fn rosenbrock(x: f64, y: f64, a: f64) -> f64 {
    let dx = a - x;
    let dy = y - x * x;
    dx * dx + 100.0 * dy * dy
}

/// A smooth function with branches, shadowing and mutation.
#[differentiate]
fn soft_clip(x: f64, width: f64) -> f64 {
    let t = x / width;
    let mut y = t.tanh();
    if t.abs() > 3.0 {
        y = t.signum() * (1.0 - (-2.0 * t.abs()).exp());
    }
    let y = y * width;
    y + 0.01 * x.powi(2)
}

/// Spring energy with a constant stiffness read from a struct.
struct Spring {
    k: f64,
    rest: f64,
}

impl Spring {
    #[differentiate]
    fn energy(&self, x: f64, y: f64) -> f64 {
        let len = x.hypot(y);
        let stretch = len - self.rest;
        0.5 * self.k * stretch * stretch
    }
}

fn row(name: &str, value: f64, grad: &[f64], fd: &[f64]) {
    let g: Vec<String> = grad.iter().map(|g| format!("{g:>12.6}")).collect();
    let e: Vec<String> = fd.iter().map(|g| format!("{g:>12.6}")).collect();
    println!("{name:<28} {value:>12.6}   grad [{}]", g.join(" "));
    println!("{:<28} {:>12}   fd   [{}]", "", "", e.join(" "));
}

fn main() {
    println!(
        "{:<28} {:>12}   derivatives (reverse mode, then finite differences)",
        "function", "value"
    );

    let (y, (d1, d2)) = f_grad(2.0, 5.0);
    let fd = finite_difference_gradient(|x| f(x[0], x[1]), &[2.0, 5.0]);
    row("f(2, 5)", y, &[d1, d2], &fd);
    let (_, dir) = f_jvp(2.0, 5.0, 1.0, 1.0);
    println!(
        "{:<28} {dir:>12.6}   forward mode along (1, 1) = {:.6}",
        "",
        d1 + d2
    );

    let (y, (dx, dy)) = rosenbrock_grad(-1.2, 1.0, 1.0);
    let fd = finite_difference_gradient(|x| rosenbrock(x[0], x[1], 1.0), &[-1.2, 1.0]);
    row("rosenbrock(-1.2, 1)", y, &[dx, dy], &fd);

    for x in [0.5, 5.0] {
        let (y, (dx, dw)) = soft_clip_grad(x, 1.5);
        let fd = finite_difference_gradient(|p| soft_clip(p[0], p[1]), &[x, 1.5]);
        row(&format!("soft_clip({x}, 1.5)"), y, &[dx, dw], &fd);
    }

    let spring = Spring { k: 3.0, rest: 1.0 };
    let (e, (ex, ey)) = spring.energy_grad(1.2, 0.9);
    let fd = finite_difference_gradient(|p| spring.energy(p[0], p[1]), &[1.2, 0.9]);
    row("spring.energy(1.2, 0.9)", e, &[ex, ey], &fd);

    // Gradient descent on the Rosenbrock function with the generated gradient.
    let (mut x, mut y) = (-1.2, 1.0);
    for _ in 0..20_000 {
        let (_, (gx, gy)) = rosenbrock_grad(x, y, 1.0);
        x -= 1e-3 * gx;
        y -= 1e-3 * gy;
    }
    println!(
        "\ngradient descent on rosenbrock from (-1.2, 1): ({x:.4}, {y:.4}), value {:.2e}",
        rosenbrock(x, y, 1.0)
    );
}
