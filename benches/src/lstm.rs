//! `lstm`: ADBench's LSTM objective.
//!
//! Written from the definition of GradBench's `lstm` eval
//! (`evals/lstm/README.md` in github.com/gradbench/gradbench), which keeps
//! ADBench's, and the reference C++ of github.com/microsoft/ADBench
//! (`src/cpp/shared/lstm.h`), in its order of operations.
//!
//! An `l`-layer LSTM whose weight matrices are all diagonal reads a sequence
//! of `c` characters, each a vector of its `b` bits, and predicts the next
//! character at each step. Layer `j` has, per cell `i`, weights and biases
//! for its forget, input, output and change gates; for input `x` (the
//! character times the input weights for the first layer, the hidden state of
//! the layer below otherwise) and its state `(h, c)`:
//!
//! ```text
//! f = σ(x_i w_f + b_f),  g = σ(h_i w_g + b_g),  o = σ(x_i w_o + b_o),
//! u = tanh(h_i w_u + b_u),  c_i ← c_i f + g u,  h_i ← o tanh(c_i).
//! ```
//!
//! The prediction is the top layer's hidden state times the output weights
//! plus the output biases, normalised by ADBench's `logsumexp`, which is
//! `ln(Σ exp + 2)`; the loss is minus the mean over the `(c − 1) b` bits of
//! the next character's bits times the normalised prediction. The gradient
//! is taken with respect to the main parameters (`8 b` per layer: the four
//! gates' weights, then their biases) and the extra parameters (input
//! weights, output weights, output biases, `b` each); the initial state and
//! the sequence are constants.
//!
//! As in ADBench, `l = 2` layers and `b = 14` bits (the characters of its
//! text need 14 bits); they are the constants [`LSTM_LAYERS`] and
//! [`LSTM_BITS`], so that the state is fixed-size arrays. The sequence length
//! `c` is a run-time size (1 024 in the benchmark).

// The bodies index their arrays in `for` loops over ranges, as the reference
// C++ does (and as `#[differentiate]` reads them).
#![allow(clippy::needless_range_loop)]

use crate::{Lcg, Real};
use autodiff::differentiate;

/// Layers of the LSTM (ADBench's `l`).
pub const LSTM_LAYERS: usize = 2;
/// Bits per character (ADBench's `b`): the LSTM's width.
pub const LSTM_BITS: usize = 14;
/// Characters in the benchmark's sequence (ADBench's `c`).
pub const LSTM_CHARS: usize = 1024;

const L: usize = LSTM_LAYERS;
const B: usize = LSTM_BITS;

/// Parameters, state and sequence of one LSTM instance, flattened as in
/// ADBench.
#[derive(Clone, Debug)]
pub struct LstmInput {
    /// Per layer: the weights of the forget, input, output and change gates
    /// (`b` each), then their biases; `l × 8b`.
    pub main_params: Vec<f64>,
    /// Input weights, output weights, output biases; `3 × b`.
    pub extra_params: Vec<f64>,
    /// Per layer: the hidden state, then the cell state; `l × 2b`.
    pub state: Vec<f64>,
    /// The characters' bits, most significant first; `c × b`.
    pub sequence: Vec<f64>,
}

impl LstmInput {
    /// Number of differentiable inputs, `l · 8b + 3b`.
    pub fn inputs(&self) -> usize {
        self.main_params.len() + self.extra_params.len()
    }

    /// `(main_params, extra_params)` concatenated, the parameter vector of
    /// the peer crates.
    pub fn params(&self) -> Vec<f64> {
        [&self.main_params[..], &self.extra_params].concat()
    }

    /// Splits a vector laid out as [`LstmInput::params`].
    pub fn split<'a, T>(&self, p: &'a [T]) -> (&'a [T], &'a [T]) {
        p.split_at(self.main_params.len())
    }
}

/// An LSTM instance the way ADBench's generator draws one
/// (`data/lstm/gen_data.py`): parameters and state uniform on `[0, 1)`, the
/// sequence the bits of `c` characters of text. ADBench reads its text from a
/// file; here the characters come from a fixed-seed [`Lcg`]: lower-case
/// letters and spaces with, one time in 32, a right single quotation mark
/// (U+2019), the character that makes ADBench's text need 14 bits.
pub fn lstm_input(c: usize) -> LstmInput {
    let mut rng = Lcg::new(0x6c73_746d);
    let main_params = (0..L * 8 * B).map(|_| rng.uniform()).collect();
    let extra_params = (0..3 * B).map(|_| rng.uniform()).collect();
    let state = (0..L * 2 * B).map(|_| rng.uniform()).collect();
    let mut sequence = Vec::with_capacity(c * B);
    for _ in 0..c {
        let r = rng.next_u64() >> 32;
        let ch = match r % 32 {
            0 => 0x2019,
            1..=5 => u64::from(b' '),
            _ => u64::from(b'a') + (r >> 5) % 26,
        };
        sequence.extend((0..B).rev().map(|bit| ((ch >> bit) & 1) as f64));
    }
    LstmInput {
        main_params,
        extra_params,
        state,
        sequence,
    }
}

/// `1 / (1 + exp(−x))`.
#[differentiate]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The LSTM loss (see the module documentation) of the `sequence.len() / b`
/// characters of `sequence`, from the initial `state`.
#[differentiate(wrt(main_params, extra_params))]
pub fn lstm(main_params: &[f64], extra_params: &[f64], state: &[f64], sequence: &[f64]) -> f64 {
    let c = sequence.len() / B;
    let mut hidden = [[0.0; B]; L];
    let mut cell = [[0.0; B]; L];
    for layer in 0..L {
        for i in 0..B {
            hidden[layer][i] = state[2 * B * layer + i];
            cell[layer][i] = state[2 * B * layer + B + i];
        }
    }
    let mut total = 0.0;
    let mut count = 0;
    for t in 0..c - 1 {
        // lstm_predict: the input layer, the LSTM layers, the output layer.
        let mut input = [0.0; B];
        for i in 0..B {
            input[i] = sequence[t * B + i] * extra_params[i];
        }
        for layer in 0..L {
            let p = 8 * B * layer;
            for i in 0..B {
                let forget = sigmoid(input[i] * main_params[p + i] + main_params[p + 4 * B + i]);
                let ingate =
                    sigmoid(hidden[layer][i] * main_params[p + B + i] + main_params[p + 5 * B + i]);
                let outgate =
                    sigmoid(input[i] * main_params[p + 2 * B + i] + main_params[p + 6 * B + i]);
                let change = (hidden[layer][i] * main_params[p + 3 * B + i]
                    + main_params[p + 7 * B + i])
                    .tanh();
                cell[layer][i] = cell[layer][i] * forget + ingate * change;
                hidden[layer][i] = outgate * cell[layer][i].tanh();
            }
            input = hidden[layer];
        }
        let mut ypred = [0.0; B];
        for i in 0..B {
            ypred[i] = input[i] * extra_params[B + i] + extra_params[2 * B + i];
        }
        // ADBench's logsumexp: ln(Σ exp(y_i) + 2).
        let mut sum = 0.0;
        for i in 0..B {
            sum += ypred[i].exp();
        }
        sum += 2.0;
        let lse = sum.ln();
        for i in 0..B {
            total += (ypred[i] - lse) * sequence[(t + 1) * B + i];
        }
        count += B;
    }
    -total / count as f64
}

/// Gradient of [`lstm`] with respect to `(main_params, extra_params)`.
pub type LstmGrad = (Vec<f64>, Vec<f64>);

/// What the hand-written gradient keeps of one cell at one step: the layer's
/// input, the old hidden and cell states, the four gates and `tanh` of the
/// new cell state.
#[derive(Clone, Copy, Default)]
struct CellRecord {
    input: f64,
    h_old: f64,
    c_old: f64,
    forget: f64,
    ingate: f64,
    outgate: f64,
    change: f64,
    tanh_c: f64,
}

/// Hand-written gradient of [`lstm`]: backpropagation through time. The
/// forward sweep keeps, per step, layer and cell, the cell's input, old
/// state, gates and `tanh` of its new cell state and, per step, `exp` of the
/// predictions and their sum; the backward sweep runs the steps from the
/// last, carrying the adjoints of every layer's hidden and cell states, with
/// the parameters' adjoints summed in fixed-size arrays.
pub fn lstm_hand(
    main_params: &[f64],
    extra_params: &[f64],
    state: &[f64],
    sequence: &[f64],
) -> (f64, LstmGrad) {
    let c = sequence.len() / B;
    let w = main_params;
    let mut hidden = [[0.0; B]; L];
    let mut cell = [[0.0; B]; L];
    for layer in 0..L {
        for i in 0..B {
            hidden[layer][i] = state[2 * B * layer + i];
            cell[layer][i] = state[2 * B * layer + B + i];
        }
    }
    let mut records: Vec<[[CellRecord; B]; L]> = Vec::with_capacity(c - 1);
    // Per step: exp(y_i) and Σ exp(y_i) + 2.
    let mut exps: Vec<([f64; B], f64)> = Vec::with_capacity(c - 1);
    let mut total = 0.0;
    let mut count = 0;
    for t in 0..c - 1 {
        let mut rec = [[CellRecord::default(); B]; L];
        let mut input = [0.0; B];
        for i in 0..B {
            input[i] = sequence[t * B + i] * extra_params[i];
        }
        for layer in 0..L {
            let p = 8 * B * layer;
            for i in 0..B {
                let forget = sigmoid(input[i] * w[p + i] + w[p + 4 * B + i]);
                let ingate = sigmoid(hidden[layer][i] * w[p + B + i] + w[p + 5 * B + i]);
                let outgate = sigmoid(input[i] * w[p + 2 * B + i] + w[p + 6 * B + i]);
                let change = (hidden[layer][i] * w[p + 3 * B + i] + w[p + 7 * B + i]).tanh();
                let c_old = cell[layer][i];
                cell[layer][i] = c_old * forget + ingate * change;
                let tanh_c = cell[layer][i].tanh();
                rec[layer][i] = CellRecord {
                    input: input[i],
                    h_old: hidden[layer][i],
                    c_old,
                    forget,
                    ingate,
                    outgate,
                    change,
                    tanh_c,
                };
                hidden[layer][i] = outgate * tanh_c;
            }
            input = hidden[layer];
        }
        let mut ypred = [0.0; B];
        let mut e = [0.0; B];
        for i in 0..B {
            ypred[i] = input[i] * extra_params[B + i] + extra_params[2 * B + i];
        }
        let mut sum = 0.0;
        for i in 0..B {
            e[i] = ypred[i].exp();
            sum += e[i];
        }
        sum += 2.0;
        let lse = sum.ln();
        for i in 0..B {
            total += (ypred[i] - lse) * sequence[(t + 1) * B + i];
        }
        count += B;
        records.push(rec);
        exps.push((e, sum));
    }
    let loss = -total / count as f64;

    let d_total = -1.0 / count as f64;
    let mut g_main = [[0.0; 8 * B]; L];
    let mut g_extra = [0.0; 3 * B];
    // Adjoints of the hidden and cell states carried to the previous step.
    let mut d_hidden = [[0.0; B]; L];
    let mut d_cell = [[0.0; B]; L];
    for t in (0..c - 1).rev() {
        let rec = &records[t];
        let (e, sum) = &exps[t];
        let gold = &sequence[(t + 1) * B..(t + 2) * B];
        // total += Σ_i gold_i (y_i − ln S): ȳ_i = t̄ (gold_i − (Σ gold) e_i / S).
        let mut gold_sum = 0.0;
        for i in 0..B {
            gold_sum += gold[i];
        }
        let mut d_above = [0.0; B];
        for i in 0..B {
            let d_y = d_total * (gold[i] - gold_sum * e[i] / sum);
            let h_top = rec[L - 1][i].outgate * rec[L - 1][i].tanh_c;
            g_extra[B + i] += d_y * h_top;
            g_extra[2 * B + i] += d_y;
            d_above[i] = d_y * extra_params[B + i];
        }
        for layer in (0..L).rev() {
            let p = 8 * B * layer;
            let g = &mut g_main[layer];
            let mut d_below = [0.0; B];
            for i in 0..B {
                let r = &rec[layer][i];
                let d_h = d_hidden[layer][i] + d_above[i];
                let d_o = d_h * r.tanh_c;
                let d_c = d_cell[layer][i] + d_h * r.outgate * (1.0 - r.tanh_c * r.tanh_c);
                d_cell[layer][i] = d_c * r.forget;
                let d_af = d_c * r.c_old * r.forget * (1.0 - r.forget);
                let d_ai = d_c * r.change * r.ingate * (1.0 - r.ingate);
                let d_ao = d_o * r.outgate * (1.0 - r.outgate);
                let d_au = d_c * r.ingate * (1.0 - r.change * r.change);
                g[i] += d_af * r.input;
                g[B + i] += d_ai * r.h_old;
                g[2 * B + i] += d_ao * r.input;
                g[3 * B + i] += d_au * r.h_old;
                g[4 * B + i] += d_af;
                g[5 * B + i] += d_ai;
                g[6 * B + i] += d_ao;
                g[7 * B + i] += d_au;
                d_below[i] = d_af * w[p + i] + d_ao * w[p + 2 * B + i];
                d_hidden[layer][i] = d_ai * w[p + B + i] + d_au * w[p + 3 * B + i];
            }
            d_above = d_below;
        }
        for i in 0..B {
            g_extra[i] += d_above[i] * sequence[t * B + i];
        }
    }
    (loss, (g_main.concat(), g_extra.to_vec()))
}

/// Same body as [`lstm`], over [`Real`].
pub fn lstm_generic<T: Real>(
    main_params: &[T],
    extra_params: &[T],
    state: &[f64],
    sequence: &[f64],
) -> T {
    let zero = main_params[0].zero_like(); // GENERIC: the `0.0`s below
    let c = sequence.len() / B;
    let mut hidden = [[zero; B]; L];
    let mut cell = [[zero; B]; L];
    for layer in 0..L {
        for i in 0..B {
            hidden[layer][i] = zero + state[2 * B * layer + i]; // GENERIC: a constant
            cell[layer][i] = zero + state[2 * B * layer + B + i]; // GENERIC: a constant
        }
    }
    let mut total = zero;
    let mut count = 0;
    for t in 0..c - 1 {
        let mut input = [zero; B];
        for i in 0..B {
            input[i] = extra_params[i] * sequence[t * B + i]; // GENERIC: operands swapped
        }
        for layer in 0..L {
            let p = 8 * B * layer;
            for i in 0..B {
                let forget =
                    sigmoid_generic(input[i] * main_params[p + i] + main_params[p + 4 * B + i]);
                let ingate = sigmoid_generic(
                    hidden[layer][i] * main_params[p + B + i] + main_params[p + 5 * B + i],
                );
                let outgate = sigmoid_generic(
                    input[i] * main_params[p + 2 * B + i] + main_params[p + 6 * B + i],
                );
                let change = (hidden[layer][i] * main_params[p + 3 * B + i]
                    + main_params[p + 7 * B + i])
                    .tanh();
                cell[layer][i] = cell[layer][i] * forget + ingate * change;
                hidden[layer][i] = outgate * cell[layer][i].tanh();
            }
            input = hidden[layer];
        }
        let mut ypred = [zero; B];
        for i in 0..B {
            ypred[i] = input[i] * extra_params[B + i] + extra_params[2 * B + i];
        }
        let mut sum = zero;
        for i in 0..B {
            sum = sum + ypred[i].exp(); // GENERIC: `+=`
        }
        sum = sum + 2.0; // GENERIC: `+=`
        let lse = sum.ln();
        for i in 0..B {
            total = total + (ypred[i] - lse) * sequence[(t + 1) * B + i]; // GENERIC: `+=`
        }
        count += B;
    }
    -total / count as f64
}

/// Same body as [`sigmoid`], over [`Real`].
pub fn sigmoid_generic<T: Real>(x: T) -> T {
    ((-x).exp() + 1.0).recip() // GENERIC: `1.0 / (1.0 + ..)`, the same value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{fd_central, rel_err};

    /// A value and a gradient as one vector.
    type Flat = (f64, Vec<f64>);

    fn flat(r: &(f64, LstmGrad)) -> Flat {
        (r.0, [&r.1.0[..], &r.1.1].concat())
    }

    fn grads(inp: &LstmInput) -> (f64, Flat, Flat) {
        let (mp, ep, st, sq) = (
            &inp.main_params,
            &inp.extra_params,
            &inp.state,
            &inp.sequence,
        );
        (
            lstm(mp, ep, st, sq),
            flat(&lstm_hand(mp, ep, st, sq)),
            flat(&lstm_grad(mp, ep, st, sq)),
        )
    }

    #[test]
    fn lstm_hand_matches_fd() {
        let inp = lstm_input(20);
        let (y, hand, _) = grads(&inp);
        assert_eq!(hand.0, y);
        assert_eq!(hand.1.len(), inp.inputs());
        assert_eq!(inp.inputs(), LSTM_LAYERS * 8 * LSTM_BITS + 3 * LSTM_BITS);
        let fd = fd_central(
            |p| {
                let (m, e) = inp.split(p);
                lstm(m, e, &inp.state, &inp.sequence)
            },
            &inp.params(),
        );
        let e = rel_err(hand.0, &hand.1, fd.0, &fd.1);
        assert!(e <= 1e-8, "hand vs fd: relative error {e:e}");
    }

    #[test]
    fn lstm_autodiff_and_generic_match_hand() {
        let inp = lstm_input(100);
        let (y, hand, auto) = grads(&inp);
        let e = rel_err(auto.0, &auto.1, hand.0, &hand.1);
        assert!(e <= 1e-12, "autodiff vs hand: relative error {e:e}");
        let generic = lstm_generic(
            &inp.main_params,
            &inp.extra_params,
            &inp.state,
            &inp.sequence,
        );
        assert_eq!(generic, y);
    }

    #[test]
    fn lstm_with_zero_parameters() {
        // All gates are σ(0) = ½ and the change tanh(0) = 0, the prediction
        // is 0, so ADBench's logsumexp is ln(b + 2) and the loss is the mean
        // bit times ln(b + 2).
        let mut inp = lstm_input(30);
        inp.main_params.iter_mut().for_each(|v| *v = 0.0);
        inp.extra_params.iter_mut().for_each(|v| *v = 0.0);
        let bits = &inp.sequence[LSTM_BITS..];
        let mean = bits.iter().sum::<f64>() / bits.len() as f64;
        let y = lstm(
            &inp.main_params,
            &inp.extra_params,
            &inp.state,
            &inp.sequence,
        );
        let want = mean * ((LSTM_BITS + 2) as f64).ln();
        assert!((y - want).abs() < 1e-15, "{y} vs {want}");
    }

    #[test]
    fn lstm_input_is_adbench_shaped() {
        let inp = lstm_input(LSTM_CHARS);
        assert_eq!(inp.main_params.len(), 2 * LSTM_LAYERS * 4 * LSTM_BITS);
        assert_eq!(inp.extra_params.len(), 3 * LSTM_BITS);
        assert_eq!(inp.state.len(), 2 * LSTM_LAYERS * LSTM_BITS);
        assert_eq!(inp.sequence.len(), LSTM_CHARS * LSTM_BITS);
        assert!(inp.sequence.iter().all(|&v| v == 0.0 || v == 1.0));
        // Some character uses the 14th bit (U+2019), as in ADBench's text.
        assert!(inp.sequence.chunks(LSTM_BITS).any(|c| c[0] == 1.0));
        let p = inp.params();
        assert_eq!(inp.split(&p), (&inp.main_params[..], &inp.extra_params[..]));
    }
}
