use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let squares = [|v: f64| v * v];
    squares[0](x)
}

fn main() {
    // The function is rejected, but its companions are still declared (with
    // bodies that never run), so these calls produce no further errors.
    // (rustc also hides "cannot find" errors in a module where a macro
    // reported an error, so `closure_companion_types.rs` checks the
    // declarations through their types as well.)
    let (_y, _dy) = f_grad(1.0);
    let (_y, _dy) = f_vjp(1.0, 1.0);
    let (_y, _dy) = f_jvp(1.0, 1.0);
    let _ = f(1.0);
}
