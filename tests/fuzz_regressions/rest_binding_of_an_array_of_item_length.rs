//! `[head, tail @ ..]` on an array parameter whose length is a `const`
//! item (`[f64; N]`): the macro needs the length to type `tail` and
//! rejects the function ("`tail @ ..` would be a subslice"), though rustc
//! accepts it. With a literal length (`[f64; 3]`) it is differentiated.
//! Found by the pattern productions of the random-program generator, which
//! bind a rest only on arrays of literal length.

use autodiff::differentiate;

const N: usize = 3;

#[differentiate]
fn f(x: [f64; N]) -> f64 {
    let [head, tail @ ..] = x;
    head * tail[0] + tail[1]
}

fn main() {
    let (y, g) = f_grad([2.0, 3.0, 5.0]);
    assert_eq!(y, 11.0);
    assert_eq!(g, [3.0, 2.0, 1.0]);
}
