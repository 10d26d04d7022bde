//! Calls, and the calls of their pullbacks and pushforwards.

use super::Emitter;
use super::exprs::prec;
use crate::ir::{CallInst, CallTarget, Inst, Value};
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

impl Emitter<'_> {
    /// A call: an expression, or a statement destructuring a tuple result.
    pub(super) fn call(&self, inst: &Inst, call: &CallInst, at: usize) -> TokenStream {
        if call.shape.is_none() {
            return self.define(inst, |_| {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                (quote!(#f(#(#args),*)), prec::ATOM)
            });
        }
        if inst.results.is_empty() {
            return quote!();
        }
        let args = self.call_args(call, at);
        let f = self.callee(call, "", 0);
        let lhs = self.shaped_lhs(call.shape.as_ref(), &inst.results);
        quote!(#lhs = #f(#(#args),*);)
    }

    /// The callee's pullback: the call's results and one slot per argument.
    pub(super) fn call_pullback(
        &self,
        call: &CallInst,
        seeds: &[Value],
        results: &[Value],
        at: usize,
    ) -> TokenStream {
        let mut args = self.call_args(call, at);
        let n = seeds.len();
        let seed_exprs: Vec<TokenStream> = seeds.iter().map(|s| self.read_owned(*s, at)).collect();
        args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
        let f = self.callee(call, "pullback", 0);
        let v = self.shaped_lhs(call.shape.as_ref(), &results[..n]);
        let slots = self.lhs(&results[n..]);
        let slots = if results.len() == n + 1 {
            quote!((#slots,))
        } else {
            slots
        };
        quote!((#v, #slots) = #f(#(#args),*);)
    }

    /// The tangent arguments of a pushforward: `NoGrad` where there is none.
    fn tangent_args(
        &self,
        call: &CallInst,
        tangents: &[Option<Value>],
        at: usize,
        args: &mut Vec<TokenStream>,
    ) {
        for (t, by_ref) in tangents.iter().zip(&call.by_ref) {
            args.push(match t {
                Some(t) if *by_ref => {
                    let id = self.read_at(*t, prec::ATOM);
                    quote!(&#id)
                }
                Some(t) => self.read_owned(*t, at),
                None => {
                    let krate = self.krate;
                    quote!(#krate::__private::NoGrad)
                }
            });
        }
    }

    /// The callee's pushforward: the call's value and its tangent.
    pub(super) fn call_pushforward(
        &self,
        call: &CallInst,
        tangents: &[Option<Value>],
        results: &[Value],
        at: usize,
    ) -> TokenStream {
        let mut args = self.call_args(call, at);
        self.tangent_args(call, tangents, at, &mut args);
        let f = self.callee(call, "pushforward", call.args.len());
        let n = results.len() / 2;
        let v = self.shaped_lhs(call.shape.as_ref(), &results[..n]);
        let t = self.shaped_lhs(call.shape.as_ref(), &results[n..]);
        quote!((#v, #t) = #f(#(#args),*);)
    }

    /// The pushforward of the callee's pullback: the pullback's results,
    /// then their tangents.
    pub(super) fn call_pullback_pushforward(
        &self,
        call: &CallInst,
        seeds: &[Value],
        arg_tangents: &[Option<Value>],
        seed_tangents: &[Value],
        results: &[Value],
        at: usize,
    ) -> TokenStream {
        let mut args = self.call_args(call, at);
        let seed_exprs: Vec<TokenStream> = seeds.iter().map(|s| self.read_owned(*s, at)).collect();
        args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
        self.tangent_args(call, arg_tangents, at, &mut args);
        let seed_t: Vec<TokenStream> = seed_tangents
            .iter()
            .map(|s| self.read_owned(*s, at))
            .collect();
        args.push(self.shaped(call.shape.as_ref(), &seed_t));
        let f = self.callee(call, "pullback_pushforward", call.args.len());
        let n = seeds.len();
        let half = results.len() / 2;
        let slots_pattern = |r: &[Value]| {
            let s = self.lhs(r);
            if r.len() == 1 { quote!((#s,)) } else { s }
        };
        let v = self.shaped_lhs(call.shape.as_ref(), &results[..n]);
        let s = slots_pattern(&results[n..half]);
        let vd = self.shaped_lhs(call.shape.as_ref(), &results[half..half + n]);
        let sd = slots_pattern(&results[half + n..]);
        quote!(((#v, #s), (#vd, #sd)) = #f(#(#args),*);)
    }

    /// `adjoint + slot` for a pullback slot.
    pub(super) fn add_slot(&self, a: Value, slot: Value, at: usize) -> (TokenStream, u8) {
        let a = self.read_owned(a, at);
        let slot = self.read(slot);
        let krate = self.krate;
        (quote!(#krate::__private::add_slot(#a, #slot)), prec::ATOM)
    }
}
