//! A mass–spring cloth written with nalgebra, draped by minimising its
//! energy with the gradient `#[differentiate]` generates.
//!
//! ```text
//! cargo run --release -p autodiff-nalgebra-tests --example cloth
//! ```
//!
//! The cloth is an `N`×`N` grid of particles (`Vector3<f64>`), joined to
//! their right and lower neighbours by springs of rest length `REST`; two
//! corners of one edge are pinned. Its energy, spring energy plus gravity,
//! is written with nalgebra's vector arithmetic (`a - b`, `norm()`) exactly
//! as a physics code would; `energy_grad` gives its gradient with respect to
//! every particle in one reverse sweep. The gradient is checked against
//! central differences at the start, then gradient descent with momentum
//! lets the cloth sag into equilibrium. The picture goes to
//! `target/cloth.png`.

use std::path::{Path, PathBuf};

use autodiff::differentiate;
use nalgebra::Vector3;
use plotters::prelude::*;

/// Particles per side.
const N: usize = 10;
/// Rest length of each spring (the grid spacing).
const REST: f64 = 0.1;
/// Spring stiffness.
const K: f64 = 2000.0;
/// Mass of each particle.
const MASS: f64 = 0.01;
/// Gradient-descent steps.
const STEPS: usize = 100_000;

/// Spring energy of the grid plus its gravitational energy.
#[differentiate(wrt(x))]
fn energy(x: &[Vector3<f64>], n: usize, rest: f64, k: f64, mass: f64) -> f64 {
    let mut e = 0.0;
    for i in 0..n {
        for j in 0..n {
            let p = x[i * n + j];
            e += mass * 9.81 * p.z;
            if j + 1 < n {
                let d = x[i * n + j + 1] - p;
                e += 0.5 * k * (d.norm() - rest).powi(2);
            }
            if i + 1 < n {
                let d = x[(i + 1) * n + j] - p;
                e += 0.5 * k * (d.norm() - rest).powi(2);
            }
        }
    }
    e
}

/// The pinned particles: the two corners of the first row.
fn pinned(index: usize) -> bool {
    index == 0 || index == N - 1
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A flat, horizontal sheet.
    let flat: Vec<Vector3<f64>> = (0..N * N)
        .map(|k| Vector3::new((k % N) as f64 * REST, (k / N) as f64 * REST, 0.0))
        .collect();
    let f = |x: &[Vector3<f64>]| energy(x, N, REST, K, MASS);

    // The gradient against central differences, particle by particle (the
    // flat sheet is at rest, so check at a perturbed one).
    let probe: Vec<Vector3<f64>> = flat
        .iter()
        .enumerate()
        .map(|(k, p)| p + Vector3::new(0.0, 0.0, 0.01 * ((k * 7) % 5) as f64))
        .collect();
    let (_, g) = energy_grad(&probe, N, REST, K, MASS);
    let mut worst: f64 = 0.0;
    let h = 1e-6;
    for k in 0..N * N {
        for c in 0..3 {
            let mut up = probe.clone();
            let mut down = probe.clone();
            up[k][c] += h;
            down[k][c] -= h;
            let fd = (f(&up) - f(&down)) / (2.0 * h);
            worst = worst.max((fd - g[k][c]).abs());
        }
    }
    println!("gradient vs central differences: largest difference {worst:.2e}");

    // Gradient descent with momentum; pinned particles stay put.
    let mut x = flat.clone();
    let mut velocity = vec![Vector3::zeros(); N * N];
    let (rate, momentum) = (4e-5, 0.95);
    let e0 = f(&x);
    for _ in 0..STEPS {
        let (_, g) = energy_grad(&x, N, REST, K, MASS);
        for k in (0..N * N).filter(|k| !pinned(*k)) {
            velocity[k] = velocity[k] * momentum - g[k] * rate;
            x[k] += velocity[k];
        }
    }
    let (e1, g) = energy_grad(&x, N, REST, K, MASS);
    let residual = (0..N * N)
        .filter(|k| !pinned(*k))
        .map(|k| g[k].norm())
        .fold(0.0, f64::max);
    println!(
        "energy: {e0:.5} flat, {e1:.5} draped; largest force on a free particle {residual:.2e}"
    );
    let lowest = x.iter().map(|p| p.z).fold(f64::INFINITY, f64::min);
    println!("lowest point {lowest:.4} below the pins");

    let path = out_path("cloth.png");
    draw(&path, &flat, &x)?;
    println!("wrote {}", path.display());
    Ok(())
}

fn out_path(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target");
    std::fs::create_dir_all(&dir).expect("create target/");
    dir.join(name)
}

/// An oblique view: x to the right, depth y up and to the right, z up.
fn view(p: &Vector3<f64>) -> (f64, f64) {
    (p.x + 0.45 * p.y, p.z + 0.35 * p.y)
}

fn draw(
    path: &Path,
    flat: &[Vector3<f64>],
    x: &[Vector3<f64>],
) -> Result<(), Box<dyn std::error::Error>> {
    plotters::style::register_font("sans-serif", FontStyle::Normal, ttf_noto_sans::REGULAR)
        .map_err(|_| "the embedded Noto Sans font did not parse")?;
    let root = BitMapBackend::new(path, (800, 640)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "A 10x10 mass-spring cloth pinned at two corners: flat (grey) and at rest (blue)",
            ("sans-serif", 18),
        )
        .margin(15)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d(-0.1..1.45, -1.1..0.45)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .label_style(("sans-serif", 13))
        .draw()?;
    for (points, style) in [
        (flat, RGBColor(190, 190, 190).stroke_width(1)),
        (x, BLUE.stroke_width(2)),
    ] {
        for i in 0..N {
            for j in 0..N {
                let a = view(&points[i * N + j]);
                if j + 1 < N {
                    chart.draw_series(LineSeries::new([a, view(&points[i * N + j + 1])], style))?;
                }
                if i + 1 < N {
                    chart
                        .draw_series(LineSeries::new([a, view(&points[(i + 1) * N + j])], style))?;
                }
            }
        }
    }
    chart.draw_series(
        [0, N - 1]
            .iter()
            .map(|k| Circle::new(view(&x[*k]), 5, RED.filled())),
    )?;
    root.present()?;
    Ok(())
}
