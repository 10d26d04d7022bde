//! Trains a small multilayer perceptron (2-16-16-1, tanh, logistic output)
//! on the "two moons" data set with the gradient `#[differentiate]`
//! generates, and draws the loss curve and the decision boundary.
//!
//! ```text
//! cargo run --release --example mlp
//! ```
//!
//! The network is ordinary Rust over fixed-size arrays with index loops;
//! each layer is its own differentiated function and the loss calls them
//! once per sample. `loss_grad` returns the gradient with respect to all six
//! weight arrays in one reverse sweep. The data set is generated in code with
//! a tiny linear congruential generator, so every run is the same.
//!
//! The pictures go to `target/mlp_loss.png` and `target/mlp_boundary.png`;
//! their text uses the Noto Sans font from the `ttf-noto-sans` crate through
//! `plotters`' pure-Rust `ab_glyph` renderer (no system font library).

use std::path::{Path, PathBuf};
use std::time::Instant;

use autodiff::differentiate;
use plotters::prelude::*;

/// Width of both hidden layers.
const H: usize = 16;
/// Points per moon.
const PER_CLASS: usize = 100;
/// Full-batch Adam steps.
const EPOCHS: usize = 2000;

// ---------------------------------------------------------------- the model

/// First hidden layer: tanh(W x + b) for a 2-d input.
#[differentiate]
fn layer_in(w: &[[f64; 2]; H], b: &[f64; H], x0: f64, x1: f64) -> [f64; H] {
    let mut h = [0.0; H];
    for j in 0..H {
        h[j] = (w[j][0] * x0 + w[j][1] * x1 + b[j]).tanh();
    }
    h
}

/// Second hidden layer: tanh(W h + b).
#[differentiate]
fn layer_hidden(w: &[[f64; H]; H], b: &[f64; H], x: &[f64; H]) -> [f64; H] {
    let mut h = [0.0; H];
    for j in 0..H {
        let mut s = b[j];
        for k in 0..H {
            s += w[j][k] * x[k];
        }
        h[j] = s.tanh();
    }
    h
}

/// Output layer: the logit w · h + b (the probability is its sigmoid).
#[differentiate]
fn layer_out(w: &[f64; H], b: f64, x: &[f64; H]) -> f64 {
    let mut z = b;
    for k in 0..H {
        z += w[k] * x[k];
    }
    z
}

/// The network's logit at one point.
#[differentiate(wrt(w1, b1, w2, b2, w3, b3))]
#[allow(clippy::too_many_arguments)]
fn logit(
    w1: &[[f64; 2]; H],
    b1: &[f64; H],
    w2: &[[f64; H]; H],
    b2: &[f64; H],
    w3: &[f64; H],
    b3: f64,
    x0: f64,
    x1: f64,
) -> f64 {
    let h1: [f64; H] = layer_in(w1, b1, x0, x1);
    let h2: [f64; H] = layer_hidden(w2, b2, &h1);
    layer_out(w3, b3, &h2)
}

/// Mean binary cross-entropy of the sigmoid of the logit against labels in
/// {0, 1}. Points are `xs[2i], xs[2i + 1]`. Written in the stable form
/// log(1 + e^z) − y z = max(z, 0) + ln(1 + e^−|z|) − y z.
#[differentiate(wrt(w1, b1, w2, b2, w3, b3))]
#[allow(clippy::too_many_arguments)]
fn loss(
    w1: &[[f64; 2]; H],
    b1: &[f64; H],
    w2: &[[f64; H]; H],
    b2: &[f64; H],
    w3: &[f64; H],
    b3: f64,
    xs: &[f64],
    ys: &[f64],
) -> f64 {
    let n = ys.len();
    let mut total = 0.0;
    for i in 0..n {
        let z = logit(w1, b1, w2, b2, w3, b3, xs[2 * i], xs[2 * i + 1]);
        total += z.max(0.0) + (-z.abs()).exp().ln_1p() - ys[i] * z;
    }
    total / n as f64
}

/// The weights, in the six arrays the differentiated functions take.
#[derive(Clone, Default)]
struct Mlp {
    w1: [[f64; 2]; H],
    b1: [f64; H],
    w2: [[f64; H]; H],
    b2: [f64; H],
    w3: [f64; H],
    b3: [f64; 1],
}

impl Mlp {
    /// Uniform weights scaled by 1/√fan-in, zero biases.
    fn random(rng: &mut Lcg) -> Mlp {
        let mut m = Mlp::default();
        for w in m.w1.as_flattened_mut() {
            *w = rng.symmetric() * (3.0_f64 / 2.0).sqrt();
        }
        for w in m.w2.as_flattened_mut() {
            *w = rng.symmetric() * (3.0 / H as f64).sqrt();
        }
        for w in m.w3.iter_mut() {
            *w = rng.symmetric() * (3.0 / H as f64).sqrt();
        }
        m
    }

    fn probability(&self, x0: f64, x1: f64) -> f64 {
        let (w1, b1, w2, b2, w3) = (&self.w1, &self.b1, &self.w2, &self.b2, &self.w3);
        let z = logit(w1, b1, w2, b2, w3, self.b3[0], x0, x1);
        1.0 / (1.0 + (-z).exp())
    }

    /// Loss and gradient (the gradient as an `Mlp` of the same shape).
    fn loss_grad(&self, data: &Data) -> (f64, Mlp) {
        let (w1, b1, w2, b2, w3) = (&self.w1, &self.b1, &self.w2, &self.b2, &self.w3);
        let (l, (w1, b1, w2, b2, w3, b3)) =
            loss_grad(w1, b1, w2, b2, w3, self.b3[0], &data.xs, &data.ys);
        (
            l,
            Mlp {
                w1,
                b1,
                w2,
                b2,
                w3,
                b3: [b3],
            },
        )
    }

    /// Every weight array as a flat slice, in a fixed order.
    fn slices_mut(&mut self) -> [&mut [f64]; 6] {
        [
            self.w1.as_flattened_mut(),
            &mut self.b1,
            self.w2.as_flattened_mut(),
            &mut self.b2,
            &mut self.w3,
            &mut self.b3,
        ]
    }
}

/// Adam (Kingma & Ba) over all weight arrays.
struct Adam {
    rate: f64,
    step: i32,
    m: Mlp,
    v: Mlp,
}

impl Adam {
    fn update(&mut self, weights: &mut Mlp, mut grad: Mlp) {
        const B1: f64 = 0.9;
        const B2: f64 = 0.999;
        self.step += 1;
        let c1 = 1.0 - B1.powi(self.step);
        let c2 = 1.0 - B2.powi(self.step);
        let slices = weights
            .slices_mut()
            .into_iter()
            .zip(grad.slices_mut())
            .zip(self.m.slices_mut())
            .zip(self.v.slices_mut());
        for (((w, g), m), v) in slices {
            for i in 0..w.len() {
                m[i] = B1 * m[i] + (1.0 - B1) * g[i];
                v[i] = B2 * v[i] + (1.0 - B2) * g[i] * g[i];
                w[i] -= self.rate * (m[i] / c1) / ((v[i] / c2).sqrt() + 1e-8);
            }
        }
    }
}

// ----------------------------------------------------------------- the data

/// A 64-bit linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    /// Uniform in [0, 1) from the top 53 bits.
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [-1, 1).
    fn symmetric(&mut self) -> f64 {
        2.0 * self.uniform() - 1.0
    }

    /// Standard normal (Box–Muller).
    fn normal(&mut self) -> f64 {
        let u = 1.0 - self.uniform();
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// Points as `xs = [x0, y0, x1, y1, …]` and labels 0.0 or 1.0 in `ys`.
struct Data {
    xs: Vec<f64>,
    ys: Vec<f64>,
}

/// Two interleaved half circles with Gaussian noise, as scikit-learn's
/// `make_moons`: label 0 on top, label 1 below, shifted to be centred.
fn two_moons(rng: &mut Lcg, noise: f64) -> Data {
    let mut data = Data {
        xs: Vec::new(),
        ys: Vec::new(),
    };
    for class in 0..2 {
        for i in 0..PER_CLASS {
            let t = std::f64::consts::PI * i as f64 / (PER_CLASS - 1) as f64;
            let (x, y) = if class == 0 {
                (t.cos(), t.sin())
            } else {
                (1.0 - t.cos(), 0.5 - t.sin())
            };
            data.xs.push(x - 0.5 + noise * rng.normal());
            data.xs.push(y - 0.25 + noise * rng.normal());
            data.ys.push(class as f64);
        }
    }
    data
}

// ------------------------------------------------------------------ drawing

const X_RANGE: (f64, f64) = (-2.0, 2.0);
const Y_RANGE: (f64, f64) = (-1.5, 1.5);

fn out_path(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).expect("create target/");
    dir.join(name)
}

fn register_font() {
    plotters::style::register_font("sans-serif", FontStyle::Normal, ttf_noto_sans::REGULAR)
        .map_err(|_| "the embedded Noto Sans font did not parse")
        .unwrap();
}

fn draw_loss(path: &Path, losses: &[f64]) -> Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::new(path, (800, 500)).into_drawing_area();
    root.fill(&WHITE)?;
    let lo = losses.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = losses.iter().copied().fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Training loss (mean binary cross-entropy)",
            ("sans-serif", 24),
        )
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(0..losses.len(), (lo * 0.8..hi * 1.25).log_scale())?;
    chart
        .configure_mesh()
        .x_desc("Adam step (full batch)")
        .y_desc("loss (log scale)")
        .y_label_formatter(&|v| format!("{v:.0e}"))
        .label_style(("sans-serif", 15))
        .draw()?;
    chart.draw_series(LineSeries::new(
        losses.iter().enumerate().map(|(i, &l)| (i, l)),
        BLUE.stroke_width(2),
    ))?;
    root.present()?;
    Ok(())
}

fn draw_boundary(path: &Path, model: &Mlp, data: &Data) -> Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::new(path, (800, 640)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Two moons: predicted probability of class 1 and the p = 0.5 boundary",
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(35)
        .y_label_area_size(45)
        .build_cartesian_2d(X_RANGE.0..X_RANGE.1, Y_RANGE.0..Y_RANGE.1)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .label_style(("sans-serif", 15))
        .draw()?;

    // The prediction on a grid, as tinted cells: orange for class 0, blue
    // for class 1, white where the network is unsure.
    const NX: usize = 200;
    const NY: usize = 150;
    let dx = (X_RANGE.1 - X_RANGE.0) / NX as f64;
    let dy = (Y_RANGE.1 - Y_RANGE.0) / NY as f64;
    let mut p = vec![[0.0; NY + 1]; NX + 1];
    for (i, column) in p.iter_mut().enumerate() {
        for (j, cell) in column.iter_mut().enumerate() {
            *cell = model.probability(X_RANGE.0 + i as f64 * dx, Y_RANGE.0 + j as f64 * dy);
        }
    }
    let tint = |p: f64| {
        let (c0, c1) = ((253.0, 174.0, 97.0), (116.0, 173.0, 209.0));
        let (c, s) = if p < 0.5 {
            (c0, 1.0 - 2.0 * p)
        } else {
            (c1, 2.0 * p - 1.0)
        };
        let mix = |a: f64| (255.0 + (a - 255.0) * s.powf(0.7)) as u8;
        RGBColor(mix(c.0), mix(c.1), mix(c.2))
    };
    chart.draw_series(
        (0..NX)
            .flat_map(|i| (0..NY).map(move |j| (i, j)))
            .map(|(i, j)| {
                let x = X_RANGE.0 + i as f64 * dx;
                let y = Y_RANGE.0 + j as f64 * dy;
                let mean = (p[i][j] + p[i + 1][j] + p[i][j + 1] + p[i + 1][j + 1]) / 4.0;
                // A cell whose corners lie on both sides of 0.5 holds the boundary.
                let corners = [p[i][j], p[i + 1][j], p[i][j + 1], p[i + 1][j + 1]];
                let crosses = corners.iter().any(|&c| c < 0.5) && corners.iter().any(|&c| c >= 0.5);
                let color = if crosses {
                    RGBColor(40, 40, 40)
                } else {
                    tint(mean)
                };
                Rectangle::new([(x, y), (x + dx, y + dy)], color.filled())
            }),
    )?;

    // The data: class 0 as red dots, class 1 as dark blue dots.
    let colors = [RGBColor(215, 48, 39), RGBColor(49, 54, 149)];
    for (class, color) in colors.into_iter().enumerate() {
        let points = data
            .ys
            .iter()
            .enumerate()
            .filter(|&(_, &y)| y == class as f64)
            .map(|(i, _)| (data.xs[2 * i], data.xs[2 * i + 1]));
        chart
            .draw_series(points.map(|(x, y)| Circle::new((x, y), 4, color.filled())))?
            .label(format!("class {class}"))
            .legend(move |(x, y)| Circle::new((x + 10, y), 4, color.filled()));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    root.present()?;
    Ok(())
}

// --------------------------------------------------------------------- main

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = Lcg(2024);
    let data = two_moons(&mut rng, 0.1);
    let mut model = Mlp::random(&mut rng);
    println!(
        "two moons: {} points; network 2-{H}-{H}-1 (tanh), {} weights",
        data.ys.len(),
        2 * H + H + H * H + H + H + 1
    );

    // The generated gradient against central differences, on a few weights.
    let (l0, g0) = model.loss_grad(&data);
    let h = 1e-6;
    for (i, j) in [(0, 0), (5, 1), (15, 0)] {
        let mut plus = model.clone();
        plus.w1[i][j] += h;
        let mut minus = model.clone();
        minus.w1[i][j] -= h;
        let lp = loss(
            &plus.w1, &plus.b1, &plus.w2, &plus.b2, &plus.w3, plus.b3[0], &data.xs, &data.ys,
        );
        let lm = loss(
            &minus.w1,
            &minus.b1,
            &minus.w2,
            &minus.b2,
            &minus.w3,
            minus.b3[0],
            &data.xs,
            &data.ys,
        );
        let fd = (lp - lm) / (2.0 * h);
        println!(
            "  d loss / d w1[{i}][{j}]: generated {:+.9}, central difference {fd:+.9}",
            g0.w1[i][j]
        );
        assert!((fd - g0.w1[i][j]).abs() < 1e-6);
    }

    let mut adam = Adam {
        rate: 0.01,
        step: 0,
        m: Mlp::default(),
        v: Mlp::default(),
    };
    let mut losses = vec![l0];
    let start = Instant::now();
    for epoch in 1..=EPOCHS {
        let (l, g) = model.loss_grad(&data);
        adam.update(&mut model, g);
        losses.push(l);
        if epoch % 250 == 0 {
            println!("  step {epoch:5}: loss {l:.5}");
        }
    }
    let elapsed = start.elapsed();

    // For comparison: the loss alone, without its gradient.
    let start = Instant::now();
    let repeats = 500;
    for _ in 0..repeats {
        let m = std::hint::black_box(&model);
        std::hint::black_box(loss(
            &m.w1, &m.b1, &m.w2, &m.b2, &m.w3, m.b3[0], &data.xs, &data.ys,
        ));
    }
    let primal = start.elapsed().as_secs_f64() / repeats as f64;
    let final_loss = losses[losses.len() - 1];
    let correct = (0..data.ys.len())
        .filter(|&i| {
            (model.probability(data.xs[2 * i], data.xs[2 * i + 1]) >= 0.5) == (data.ys[i] == 1.0)
        })
        .count();
    println!(
        "{EPOCHS} steps in {:.2} s ({:.0} µs per step: loss_grad over {} points, then Adam)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / EPOCHS as f64,
        data.ys.len()
    );
    let per_grad = elapsed.as_secs_f64() / EPOCHS as f64;
    println!(
        "one loss evaluation alone takes {:.0} µs: a step costs {:.1} of them",
        primal * 1e6,
        per_grad / primal
    );
    println!(
        "loss {l0:.4} -> {final_loss:.6}, training accuracy {correct}/{}",
        data.ys.len()
    );
    assert!(final_loss < 0.1 * l0, "training did not reduce the loss");

    register_font();
    let loss_png = out_path("mlp_loss.png");
    draw_loss(&loss_png, &losses)?;
    let boundary_png = out_path("mlp_boundary.png");
    draw_boundary(&boundary_png, &model, &data)?;
    println!("wrote {}", loss_png.display());
    println!("wrote {}", boundary_png.display());
    Ok(())
}
