use autodiff::differentiate;
struct S { k: f64 }
impl S {
    #[differentiate]
    fn f(&self, x: f64) -> f64 { let v = vec![x]; self.k * v[0] }
}
fn main() { let s = S { k: 1.0 }; let _ = s.f_grad(1.0); }
