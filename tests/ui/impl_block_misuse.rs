use autodiff::differentiate;

struct S;

// Nothing in the block is marked.
#[differentiate]
impl S {
    fn f(x: f64) -> f64 {
        x * x
    }
}

struct T;

// Options belong on the functions.
#[differentiate(hessian)]
impl T {
    #[differentiate]
    fn g(x: f64) -> f64 {
        x * x
    }
}

fn main() {}
