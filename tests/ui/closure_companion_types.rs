use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let squares = [|v: f64| v * v];
    squares[0](x)
}

fn main() {
    // The companions of a rejected function are declared with their full
    // signatures: these type errors (and nothing else) show the types that
    // `f_grad` and `f_jvp` return.
    let () = f_grad(1.0);
    let () = f_jvp(1.0, 1.0);
}
