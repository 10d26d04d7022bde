//! In-place updates of arrays whose old version is not read again.

use super::Emitter;
use super::decls::DeclTy;
use crate::ir::Value;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

impl Emitter<'_> {
    /// `base` as the target of an in-place update that produces `result`:
    /// its own variable if `base` is not read after `at`, else a clone.
    pub(super) fn take_for_update(
        &self,
        base: Value,
        result: Value,
        at: usize,
    ) -> (Ident, TokenStream) {
        let b = self.var(base);
        if !self.used_after(base, at) && !self.is_borrowed(base) {
            self.bind(result, b.clone());
            (b, quote!())
        } else {
            let name = self.fresh(result);
            self.bind(result, name.clone());
            self.declare(&name, true, DeclTy::Infer);
            let setup = quote!(#name = #b.to_owned(););
            (name, setup)
        }
    }

    pub(super) fn update(
        &self,
        base: Value,
        path: &[Value],
        value: Value,
        add: bool,
        result: Value,
        at: usize,
    ) -> TokenStream {
        let (target, setup) = self.take_for_update(base, result, at);
        let p = self.path(path);
        let v = self.read(value);
        let stmt = if !add {
            quote!(#target #p = #v;)
        } else if self.func.ty(value).is_aggregate() {
            let krate = self.krate;
            quote!(#krate::__private::accumulate(&mut #target #p, &#v);)
        } else {
            quote!(#target #p += #v;)
        };
        quote! {
            #setup
            #stmt
        }
    }
}

impl Emitter<'_> {
    /// `base.push(value)`, in place if `base` is not read later.
    pub(super) fn push(&self, base: Value, value: Value, result: Value, at: usize) -> TokenStream {
        let (target, setup) = self.take_for_update(base, result, at);
        let v = self.read(value);
        quote! {
            #setup
            #target.push(#v);
        }
    }

    /// `base.truncate(len)`, in place if `base` is not read later.
    pub(super) fn truncate(
        &self,
        base: Value,
        len: Value,
        result: Value,
        at: usize,
    ) -> TokenStream {
        let (target, setup) = self.take_for_update(base, result, at);
        let n = self.read(len);
        quote! {
            #setup
            #target.truncate(#n);
        }
    }
}

impl Emitter<'_> {
    /// `a + b` element-wise, accumulated into `a`'s variable if it is not
    /// read later.
    pub(super) fn add_agg(&self, a: Value, b: Value, result: Value, at: usize) -> TokenStream {
        let (target, setup) = self.take_for_update(a, result, at);
        let b = self.read(b);
        let krate = self.krate;
        quote! {
            #setup
            #krate::__private::accumulate(&mut #target, &#b);
        }
    }
}
