use autodiff::differentiate;
#[differentiate]
struct S;
fn main() {}
