//! `#[differentiate]` on an `impl` block: associated functions without a
//! receiver (reached through `Self::`), and methods of a trait `impl`,
//! whose companions go into an inherent `impl` next to it. Gradients are
//! checked against forward mode, central differences and formulas.

use approx::assert_relative_eq;
use autodiff::{check_gradient, differentiate};

pub struct Spring {
    k: f64,
    rest: f64,
}

#[differentiate]
impl Spring {
    /// The energy of a unit spring stretched to `x`.
    #[differentiate(hessian)]
    pub fn unit_energy(x: f64, rest: f64) -> f64 {
        0.5 * (x - rest).powi(2)
    }

    #[differentiate]
    pub fn energy(&self, x: f64) -> f64 {
        self.k * Self::unit_energy(x, self.rest)
    }

    /// Not differentiated: left as it is.
    pub fn stiffness(&self) -> f64 {
        self.k
    }
}

pub trait Potential {
    fn value(&self, x: &[f64; 2]) -> f64;
}

pub struct Well {
    depth: f64,
}

#[differentiate]
impl Potential for Well {
    #[differentiate(hessian)]
    fn value(&self, x: &[f64; 2]) -> f64 {
        -self.depth * (-(x[0] * x[0] + 2.0 * x[1] * x[1])).exp()
    }
}

#[differentiate]
fn through_the_trait_method(w: &Well, x: [f64; 2]) -> f64 {
    w.value(&x) * x[0]
}

#[test]
fn an_associated_function_and_a_method_calling_it() {
    let (x, rest) = (1.7, 0.5);
    let (v, (gx, gr)) = Spring::unit_energy_grad(x, rest);
    assert_eq!(v, Spring::unit_energy(x, rest));
    assert_relative_eq!(gx, x - rest, epsilon = 1e-12);
    assert_relative_eq!(gr, rest - x, epsilon = 1e-12);
    let (_, _, h) = Spring::unit_energy_hessian(x, rest);
    assert_eq!(h, [[1.0, -1.0], [-1.0, 1.0]]);
    assert_relative_eq!(
        Spring::unit_energy_jvp(x, rest, 1.0, 0.0).1,
        gx,
        epsilon = 1e-12
    );

    let s = Spring { k: 3.0, rest: 0.5 };
    let (v, g) = s.energy_grad(x);
    assert_eq!(v, s.energy(x));
    assert_relative_eq!(g, s.stiffness() * (x - rest), epsilon = 1e-12);
    assert_relative_eq!(s.energy_jvp(x, 1.0).1, g, epsilon = 1e-12);
    check_gradient(|p| s.energy(p[0]), &[x], &[g], 1e-6).unwrap();
}

#[test]
fn a_method_of_a_trait_impl() {
    let w = Well { depth: 2.0 };
    let x = [0.3, -0.4];
    let (v, g) = w.value_grad(&x);
    assert_eq!(v, w.value(&x));
    let e = (-(x[0] * x[0] + 2.0 * x[1] * x[1])).exp();
    assert_relative_eq!(g[0], 2.0 * 2.0 * x[0] * e, epsilon = 1e-12);
    assert_relative_eq!(g[1], 2.0 * 4.0 * x[1] * e, epsilon = 1e-12);
    assert_relative_eq!(w.value_jvp(&x, &[1.0, 0.0]).1, g[0], epsilon = 1e-12);
    assert_relative_eq!(w.value_jvp(&x, &[0.0, 1.0]).1, g[1], epsilon = 1e-12);
    check_gradient(|p| w.value(&[p[0], p[1]]), &x, &g, 1e-6).unwrap();
    // The Hessian against central differences of the gradient.
    let (_, _, h) = w.value_hessian(&x);
    let step = 1e-6;
    for i in 0..2 {
        let (mut xp, mut xm) = (x, x);
        xp[i] += step;
        xm[i] -= step;
        let (gp, gm) = (w.value_grad(&xp).1, w.value_grad(&xm).1);
        for j in 0..2 {
            assert_relative_eq!(h[i][j], (gp[j] - gm[j]) / (2.0 * step), epsilon = 1e-6);
        }
    }
    // Called from another differentiated function.
    let (v, g2) = through_the_trait_method_grad(&w, x);
    assert_eq!(v, through_the_trait_method(&w, x));
    assert_relative_eq!(g2[0], g[0] * x[0] + w.value(&x), epsilon = 1e-12);
    assert_relative_eq!(g2[1], g[1] * x[0], epsilon = 1e-12);
}
