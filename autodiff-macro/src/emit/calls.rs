//! Calls, and the calls of their pullbacks and pushforwards.

use super::Emitter;
use super::exprs::prec;
use crate::ir::{CallInst, CallTarget};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

impl Emitter<'_> {
    /// The arguments of a call as written: `&x` where the user wrote it.
    pub(super) fn call_args(&self, call: &CallInst, at: usize) -> Vec<TokenStream> {
        call.args
            .iter()
            .zip(&call.by_ref)
            .map(|(a, by_ref)| {
                if *by_ref {
                    let id = self.read_at(*a, prec::ATOM);
                    quote!(&#id)
                } else {
                    self.read_owned(*a, at)
                }
            })
            .collect()
    }

    /// The function a call calls (`g`, `m::g`, `recv.g`), or its adapter
    /// `__g_{adapter}` (with `extra` inferred generic arguments added to an
    /// explicit turbofish).
    pub(super) fn callee(&self, call: &CallInst, adapter: &str, extra: usize) -> TokenStream {
        let rename = |name: &Ident| {
            if adapter.is_empty() {
                name.clone()
            } else {
                let bare = syn::ext::IdentExt::unraw(name);
                Ident::new(&format!("__{bare}_{adapter}"), name.span())
            }
        };
        let underscores = (0..extra).map(|_| quote!(_));
        match &call.callee {
            CallTarget::Path(p) => {
                let mut p = p.clone();
                if let Some(last) = p.path.segments.last_mut() {
                    last.ident = rename(&last.ident);
                    if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments {
                        if !adapter.is_empty() {
                            for u in underscores {
                                args.args.push(syn::parse_quote!(#u));
                            }
                        }
                    }
                }
                quote!(#p)
            }
            CallTarget::Method { name, turbofish } => {
                let recv = call.recv.map(|r| self.read_at(r, prec::ATOM));
                let name = rename(name);
                let turbofish = turbofish.as_ref().map(|t| {
                    let args = &t.args;
                    if adapter.is_empty() {
                        quote!(::<#args>)
                    } else {
                        quote!(::<#args, #(#underscores),*>)
                    }
                });
                quote!(#recv.#name #turbofish)
            }
        }
    }
}
