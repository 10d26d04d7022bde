//! The one instruction builder every pass uses: append an instruction with
//! a fresh result. The builders of derivative code are in
//! [`crate::derivative`].

use crate::ir::{Func, Inst, InstKind, Ty, Value};
use proc_macro2::Span;

impl Func {
    /// Appends `kind` to `out` with one fresh result of type `ty`.
    pub fn emit(
        &mut self,
        out: &mut Vec<Inst>,
        kind: InstKind,
        ty: Ty,
        name: Option<String>,
    ) -> Value {
        let v = self.new_value(ty, name);
        out.push(Inst {
            kind,
            results: vec![v],
            span: Span::call_site(),
        });
        v
    }
}
