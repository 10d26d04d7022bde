// `#[derive(Differentiable)]` is for structs.
use autodiff::Differentiable;

#[derive(Differentiable)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {}
