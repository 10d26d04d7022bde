//! [`Real`] for the scalar types of the other AD crates of the benchmark
//! (feature `peers`), so that they run the generic copies of the bodies.
//!
//! Every method forwards to the crate's own operation. Two crates need a
//! little more:
//!
//! - `ad_trait`'s `adr` has no arithmetic with a bare `f64` (only with its
//!   `F64` wrapper), so it is wrapped in [`Adr`], whose `f64` operations are
//!   `adr ∘ F64(c)`, what `adr` does for `adr::constant(c)` operands.
//! - `easy-ml`'s `Record` has no `tanh`; it is the crate's own custom unary
//!   operation (`Record::unary`) with the derivative `1 − tanh²`, one entry
//!   on the list like a built-in.

use crate::Real;
use std::ops::{Add, Div, Mul, Neg, Sub};

// ---------------------------------------------------------------------------
// num-dual
// ---------------------------------------------------------------------------

impl Real for num_dual::Dual64 {
    #[inline]
    fn ln(self) -> Self {
        num_dual::DualNum::ln(&self)
    }
    #[inline]
    fn sin(self) -> Self {
        num_dual::DualNum::sin(&self)
    }
    #[inline]
    fn tanh(self) -> Self {
        num_dual::DualNum::tanh(&self)
    }
    #[inline]
    fn exp(self) -> Self {
        num_dual::DualNum::exp(&self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        if self.re >= other.re { self } else { other }
    }
    #[inline]
    fn recip(self) -> Self {
        num_dual::DualNum::recip(&self)
    }
    #[inline]
    fn zero_like(self) -> Self {
        Self::from(0.0)
    }
}

impl<const N: usize> Real for num_dual::DualSVec64<N> {
    #[inline]
    fn ln(self) -> Self {
        num_dual::DualNum::ln(&self)
    }
    #[inline]
    fn sin(self) -> Self {
        num_dual::DualNum::sin(&self)
    }
    #[inline]
    fn tanh(self) -> Self {
        num_dual::DualNum::tanh(&self)
    }
    #[inline]
    fn exp(self) -> Self {
        num_dual::DualNum::exp(&self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        if self.re >= other.re { self } else { other }
    }
    #[inline]
    fn recip(self) -> Self {
        num_dual::DualNum::recip(&self)
    }
    #[inline]
    fn zero_like(self) -> Self {
        Self::from(0.0)
    }
}

// ---------------------------------------------------------------------------
// reverse
// ---------------------------------------------------------------------------

impl<'a> Real for reverse::Var<'a> {
    #[inline]
    fn ln(self) -> Self {
        reverse::Var::ln(&self)
    }
    #[inline]
    fn sin(self) -> Self {
        reverse::Var::sin(&self)
    }
    #[inline]
    fn tanh(self) -> Self {
        reverse::Var::tanh(&self)
    }
    #[inline]
    fn exp(self) -> Self {
        reverse::Var::exp(&self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        // `reverse` has no `max`: the larger operand, as `f64::max` picks it.
        if self.val >= other.val { self } else { other }
    }
    #[inline]
    fn recip(self) -> Self {
        reverse::Var::recip(&self)
    }
    #[inline]
    fn zero_like(self) -> Self {
        // `reverse` has no constant outside a tape.
        self.tape.add_var(0.0)
    }
}

// ---------------------------------------------------------------------------
// echidna
// ---------------------------------------------------------------------------

impl Real for echidna::Reverse<f64> {
    #[inline]
    fn ln(self) -> Self {
        num_traits::Float::ln(self)
    }
    #[inline]
    fn sin(self) -> Self {
        num_traits::Float::sin(self)
    }
    #[inline]
    fn tanh(self) -> Self {
        num_traits::Float::tanh(self)
    }
    #[inline]
    fn exp(self) -> Self {
        num_traits::Float::exp(self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        num_traits::Float::max(self, other)
    }
    #[inline]
    fn recip(self) -> Self {
        num_traits::Float::recip(self)
    }
    #[inline]
    fn zero_like(self) -> Self {
        echidna::Reverse::constant(0.0)
    }
}

impl Real for echidna::BReverse<f64> {
    #[inline]
    fn ln(self) -> Self {
        num_traits::Float::ln(self)
    }
    #[inline]
    fn sin(self) -> Self {
        num_traits::Float::sin(self)
    }
    #[inline]
    fn tanh(self) -> Self {
        num_traits::Float::tanh(self)
    }
    #[inline]
    fn exp(self) -> Self {
        num_traits::Float::exp(self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        num_traits::Float::max(self, other)
    }
    #[inline]
    fn recip(self) -> Self {
        num_traits::Float::recip(self)
    }
    #[inline]
    fn zero_like(self) -> Self {
        echidna::BReverse::constant(0.0)
    }
}

// ---------------------------------------------------------------------------
// easy-ml
// ---------------------------------------------------------------------------

impl<'a> Real for easy_ml::differentiation::Record<'a, f64> {
    #[inline]
    fn ln(self) -> Self {
        easy_ml::numeric::extra::Ln::ln(self)
    }
    #[inline]
    fn sin(self) -> Self {
        easy_ml::numeric::extra::Sin::sin(self)
    }
    #[inline]
    fn tanh(self) -> Self {
        let r = self.unary(f64::tanh, |x| {
            let t = x.tanh();
            1.0 - t * t
        });
        // `unary` ties the result to the borrow of `self`; give it back the
        // list's own lifetime.
        easy_ml::differentiation::Record::from_existing((r.number, r.index), self.history())
    }
    #[inline]
    fn exp(self) -> Self {
        easy_ml::numeric::extra::Exp::exp(self)
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        // `Record` has no `max`: the larger operand, as `f64::max` picks it.
        if self.number >= other.number {
            self
        } else {
            other
        }
    }
    #[inline]
    fn recip(self) -> Self {
        easy_ml::differentiation::record_operations::SwappedOperations::div_swapped(self, 1.0)
    }
    #[inline]
    fn zero_like(self) -> Self {
        easy_ml::differentiation::Record::constant(0.0)
    }
}

// ---------------------------------------------------------------------------
// ad_trait
// ---------------------------------------------------------------------------

pub use ad_trait::reverse_ad::adr::adr;

/// `ad_trait`'s reverse-mode scalar with arithmetic by bare `f64`s.
#[derive(Clone, Copy, Debug)]
pub struct Adr(pub adr);

macro_rules! adr_binop {
    ($tr:ident, $m:ident) => {
        impl $tr for Adr {
            type Output = Adr;
            #[inline]
            fn $m(self, rhs: Adr) -> Adr {
                Adr($tr::$m(self.0, rhs.0))
            }
        }
        impl $tr<f64> for Adr {
            type Output = Adr;
            #[inline]
            fn $m(self, rhs: f64) -> Adr {
                Adr($tr::$m(self.0, ad_trait::F64(rhs)))
            }
        }
    };
}
adr_binop!(Add, add);
adr_binop!(Sub, sub);
adr_binop!(Mul, mul);
adr_binop!(Div, div);

impl Neg for Adr {
    type Output = Adr;
    #[inline]
    fn neg(self) -> Adr {
        Adr(-self.0)
    }
}

impl Real for Adr {
    #[inline]
    fn ln(self) -> Self {
        Adr(ad_trait::nalgebra::ComplexField::ln(self.0))
    }
    #[inline]
    fn sin(self) -> Self {
        Adr(ad_trait::nalgebra::ComplexField::sin(self.0))
    }
    #[inline]
    fn tanh(self) -> Self {
        Adr(ad_trait::nalgebra::ComplexField::tanh(self.0))
    }
    #[inline]
    fn exp(self) -> Self {
        Adr(ad_trait::nalgebra::ComplexField::exp(self.0))
    }
    #[inline]
    fn max(self, other: Self) -> Self {
        // The larger operand, as `f64::max` picks it.
        if self.0.value() >= other.0.value() {
            self
        } else {
            other
        }
    }
    #[inline]
    fn recip(self) -> Self {
        Adr(ad_trait::nalgebra::ComplexField::recip(self.0))
    }
    #[inline]
    fn zero_like(self) -> Self {
        Adr(<adr as ad_trait::AD>::constant(0.0))
    }
}
