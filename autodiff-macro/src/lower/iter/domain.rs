//! Integer arithmetic on domains: lengths, bounds, minimum, saturating
//! subtraction.

use super::*;

impl Lowerer<'_> {
    /// The exclusive end of a domain.
    pub(super) fn excl_hi(&mut self, d: Domain, span: Span) -> Value {
        if d.inclusive {
            let one = self.int_literal("1");
            self.binary(BinOp::Add, d.hi, one, span)
        } else {
            d.hi
        }
    }

    /// The number of positions of a domain (zero when it is empty).
    pub(super) fn dom_len(&mut self, d: Domain, span: Span) -> Value {
        let hi = self.excl_hi(d, span);
        let Some(lo) = d.lo else { return hi };
        self.int_sat_sub(hi, lo, span)
    }

    /// Whether a domain has a position.
    pub(super) fn dom_nonempty(&mut self, d: Domain, span: Span) -> Value {
        let lo = match d.lo {
            Some(lo) => lo,
            None => self.int_literal("0"),
        };
        let op = if d.inclusive { BinOp::Ge } else { BinOp::Gt };
        self.push(InstKind::Binary(op, d.hi, lo), Ty::Bool, None, span)
    }

    pub(super) fn int_min(&mut self, a: Value, b: Value, span: Span) -> Value {
        let c = self.push(InstKind::Binary(BinOp::Lt, a, b), Ty::Bool, None, span);
        match self.branches(
            c,
            span,
            move |_| Some(Lv::One(a)),
            move |_| Some(Lv::One(b)),
        ) {
            Some(Lv::One(v)) => v,
            _ => a,
        }
    }

    /// `a - b`, or zero when `b >= a`.
    fn int_sat_sub(&mut self, a: Value, b: Value, span: Span) -> Value {
        let c = self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span);
        match self.branches(
            c,
            span,
            move |l| Some(Lv::One(l.binary(BinOp::Sub, a, b, span))),
            |l| Some(Lv::One(l.int_literal("0"))),
        ) {
            Some(Lv::One(v)) => v,
            _ => a,
        }
    }
}
