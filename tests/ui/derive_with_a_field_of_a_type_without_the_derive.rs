// A field of a struct type that does not derive `Differentiable`: the
// message asks for the derive on that struct or `#[differentiable(skip)]`.
use autodiff::Differentiable;

#[derive(Clone)]
pub struct Material {
    pub stiffness: f64,
}

#[derive(Differentiable)]
pub struct Body {
    pub pos: [f64; 2],
    pub material: Material,
}

fn main() {}
