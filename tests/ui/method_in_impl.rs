use autodiff::differentiate;

struct Model {
    k: f64,
}

impl Model {
    #[differentiate]
    fn f(&self, x: f64) -> f64 {
        let squares = [|v: f64| v * v];
        self.k * squares[0](x)
    }
}

fn main() {
    // The companions are declared in the `impl` block despite the error.
    let m = Model { k: 2.0 };
    let (_y, _dy) = m.f_grad(1.0);
    let (_y, _dy) = m.f_vjp(1.0, 1.0);
    let (_y, _dy) = m.f_jvp(1.0, 1.0);
}
