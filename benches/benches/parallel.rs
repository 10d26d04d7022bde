//! The gradient of a loss summed over 40 000 samples on one thread and on
//! all cores with rayon (`benches/src/parallel.rs`). Criterion prints both
//! times; their ratio is the speed-up.

use autodiff_benches::parallel::{data, gradient_parallel, gradient_serial};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let (xs, ys, w) = data(40_000);
    let mut grad = vec![0.0; w.len()];
    // Checked first: the parallel gradient is the serial one, up to the
    // order of the sums.
    let loss = gradient_serial(&w, &xs, &ys, &mut grad);
    let (ploss, pgrad) = gradient_parallel(&w, &xs, &ys, 1_000);
    assert!((loss - ploss).abs() <= 1e-10 * loss.abs());
    for (a, b) in grad.iter().zip(&pgrad) {
        assert!((a - b).abs() <= 1e-9 * a.abs().max(1.0), "{a} vs {b}");
    }
    let mut g = c.benchmark_group(format!("parallel_{}_threads", rayon::current_num_threads()));
    g.sample_size(20);
    g.bench_function("serial", |b| {
        b.iter(|| gradient_serial(black_box(&w), &xs, &ys, &mut grad))
    });
    g.bench_function("rayon", |b| {
        b.iter(|| gradient_parallel(black_box(&w), &xs, &ys, 1_000))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
