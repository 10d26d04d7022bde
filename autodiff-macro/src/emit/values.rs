//! Values read and named: their variables or inlined expressions, clones of
//! aggregates still read later, the left-hand sides that assign results.

use super::Emitter;
use super::decls::DeclTy;
use super::exprs::prec;
use crate::ir::{Ty, Value};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

impl Emitter<'_> {
    /// How value `v` is read where any expression may stand (an argument,
    /// an element, the value of an assignment): its variable, or its
    /// expression if it is inlined.
    pub fn read(&self, v: Value) -> TokenStream {
        self.read_at(v, 0)
    }

    /// `v` where an expression of precedence `min` or higher may stand
    /// (see [`prec`]); an inlined expression of a lower one is
    /// parenthesised.
    pub(super) fn read_at(&self, v: Value, min: u8) -> TokenStream {
        if let Some((e, p)) = self.exprs.borrow().get(v) {
            return if *p >= min { e.clone() } else { quote!((#e)) };
        }
        let id = self.var(v);
        quote!(#id)
    }

    /// `v` as an operand of a binary operator that needs precedence `min`.
    /// A cast is parenthesised: `x as usize < n` would read `usize<` as the
    /// start of generic arguments.
    pub(super) fn read_operand(&self, v: Value, min: u8) -> TokenStream {
        match self.exprs.borrow().get(v) {
            Some((e, prec::CAST)) => quote!((#e)),
            _ => self.read_at(v, min),
        }
    }

    /// The variable of value `v`.
    pub(super) fn var(&self, v: Value) -> Ident {
        if let Some(id) = self.storage.borrow().get(v) {
            return id.clone();
        }
        self.fresh(v)
    }

    pub(super) fn fresh(&self, v: Value) -> Ident {
        let base = self.func.name(v).map_or_else(|| "t".to_string(), sanitize);
        Ident::new(&format!("{base}_{}", v.0), Span::mixed_site())
    }

    pub(super) fn bind(&self, v: Value, id: Ident) {
        self.storage.borrow_mut().insert(v, id);
    }

    /// Each of `values` as an expression of its own.
    pub fn each(&self, values: &[Value]) -> Vec<TokenStream> {
        values
            .iter()
            .map(|v| self.read_owned(*v, usize::MAX))
            .collect()
    }

    /// The yields of a block as one expression (a tuple if several).
    pub fn yields(&self, values: &[Value]) -> TokenStream {
        self.tuple(values, usize::MAX)
    }

    /// `values` as an expression, cloning aggregates still read after `at`.
    pub(super) fn tuple(&self, values: &[Value], at: usize) -> TokenStream {
        let items: Vec<TokenStream> = values.iter().map(|v| self.read_owned(*v, at)).collect();
        match items.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    /// `v` by value at position `at`: a clone if it is an aggregate that is
    /// read again later.
    pub(super) fn read_owned(&self, v: Value, at: usize) -> TokenStream {
        let id = self.read(v);
        // A borrowed parameter is a reference: it is `Copy` and passed as is.
        if self.func.ty(v).is_aggregate() && self.used_after(v, at) && !self.is_borrowed(v) {
            quote!(#id.to_owned())
        } else {
            quote!(#id)
        }
    }

    pub(super) fn used_after(&self, v: Value, at: usize) -> bool {
        self.reads.after(v, at)
    }

    /// Whether `v` is a borrowed parameter (`&[f64]`), which cannot be
    /// updated in place.
    pub(super) fn is_borrowed(&self, v: Value) -> bool {
        self.borrowed_values.borrow().contains(&v)
    }

    /// `(a, b)` or `a` to assign several or one result, declared;
    /// aggregates are declared `mut` so they can be updated in place later.
    pub(super) fn lhs(&self, results: &[Value]) -> TokenStream {
        let items: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                let ty = self.func.ty(*r);
                self.declare(&id, ty.is_aggregate() || ty == &Ty::Unknown, DeclTy::Infer);
                quote!(#id)
            })
            .collect();
        match items.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    /// `exprs` nested like `shape` (one expression if there is no shape).
    pub(super) fn shaped(
        &self,
        shape: Option<&crate::ir::Shape>,
        exprs: &[TokenStream],
    ) -> TokenStream {
        fn go(shape: &crate::ir::Shape, it: &mut std::slice::Iter<'_, TokenStream>) -> TokenStream {
            match shape {
                crate::ir::Shape::Leaf => it.next().cloned().unwrap_or_default(),
                crate::ir::Shape::Tuple(items) => {
                    let parts = items.iter().map(|s| go(s, it));
                    quote!((#(#parts,)*))
                }
            }
        }
        match shape {
            Some(s) => go(s, &mut exprs.iter()),
            None => exprs.first().cloned().unwrap_or_default(),
        }
    }

    /// The variables of `results` nested like `shape`, declared, to assign
    /// them.
    pub(super) fn shaped_lhs(
        &self,
        shape: Option<&crate::ir::Shape>,
        results: &[Value],
    ) -> TokenStream {
        let names: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                self.declare(&id, true, DeclTy::Infer);
                quote!(#id)
            })
            .collect();
        self.shaped(shape, &names)
    }
}

/// Keeps identifier characters only, so any name hint makes a valid ident.
fn sanitize(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match s.chars().next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => s,
        _ => format!("v{s}"),
    }
}
