// A misspelt option of `#[differentiable(..)]` on a field.
use autodiff::Differentiable;

#[derive(Differentiable)]
pub struct Body {
    pub pos: [f64; 2],
    #[differentiable(skipped)]
    pub id: f64,
}

fn main() {}
