//! The loop tapes: made, reserved, pushed on and popped.

use super::Emitter;
use super::decls::DeclTy;
use super::exprs::prec;
use crate::ir::{TripCount, Value};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

fn tape_ident(id: usize) -> Ident {
    Ident::new(&format!("tape_{id}"), Span::mixed_site())
}

impl Emitter<'_> {
    pub(super) fn tape_new(&self, id: usize) -> TokenStream {
        let t = tape_ident(id);
        let krate = self.krate;
        self.declare(&t, true, DeclTy::Infer);
        quote!(#t = #krate::__private::Tape::new();)
    }

    pub(super) fn tape_reserve(&self, id: usize, count: &TripCount) -> TokenStream {
        let t = tape_ident(id);
        let TripCount::Range { lo, hi, inclusive } = count;
        let (lo, hi) = (
            self.read_at(*lo, prec::UNARY),
            self.read_at(*hi, prec::UNARY),
        );
        let range = if *inclusive {
            quote!(#lo..=#hi)
        } else {
            quote!(#lo..#hi)
        };
        quote!(#t.reserve(::core::iter::Iterator::size_hint(&(#range)).0);)
    }

    pub(super) fn tape_push(&self, id: usize, values: &[Value], at: usize) -> TokenStream {
        let t = tape_ident(id);
        let vals = self.tuple(values, at);
        quote!(#t.push(#vals);)
    }

    pub(super) fn tape_pop(&self, id: usize, results: &[Value]) -> TokenStream {
        let t = tape_ident(id);
        let lhs = self.lhs(results);
        quote!(#lhs = #t.pop();)
    }
}
