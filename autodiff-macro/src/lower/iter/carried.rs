//! The hidden variables that carry an element through the loop.

use super::*;

impl Lowerer<'_> {
    /// A hidden variable holding `lv`.
    pub(super) fn slots_for(&mut self, lv: &Lv) -> Slots {
        Slots(self.declare("", Some(lv.clone())))
    }

    pub(super) fn slots_get(&self, s: &Slots) -> Option<Lv> {
        self.var_value(s.0)
    }

    pub(super) fn slots_set(&mut self, s: &Slots, e: Elem, span: Span) {
        let (Some(cur), Some(new)) = (self.var_value(s.0), e.to_lv()) else {
            return;
        };
        if !same_shape(&cur, &new) {
            self.errors.push(
                span,
                "the closure returns a value of another shape than the accumulator it starts \
                 from (a tuple where a single value was expected, or the other way round)",
            );
            return;
        }
        self.vars[s.0] = Some(new);
    }

    /// A placeholder of the element's shape and types (the value of an
    /// `Option` consumer before any element was found).
    pub(super) fn placeholder_elem(&mut self, t: &ElemTy, span: Span) -> Option<Lv> {
        match t {
            ElemTy::One(ty) => self.placeholder(ty, span).map(Lv::One),
            ElemTy::Tuple(items) => Some(Lv::Tuple(
                items
                    .iter()
                    .map(|i| self.placeholder_elem(i, span))
                    .collect::<Option<_>>()?,
            )),
            ElemTy::View => None,
        }
    }
}
