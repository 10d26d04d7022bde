//! Calls, and the calls of their pullbacks and pushforwards.

use super::Emitter;
use super::exprs::prec;
use crate::ir::{CallInst, CallTarget, Inst, Value};
use crate::nalgebra::NaType;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How a nalgebra argument crosses into a call.
#[derive(Clone, Copy)]
enum NaArg {
    /// A value: `From` its array.
    One(NaType),
    /// A slice or `Vec` of them: converted into a `Vec` for the call.
    Seq(NaType),
    /// A fixed array of them: converted element by element (its slot into a
    /// `Vec`).
    Array(NaType),
}

impl Emitter<'_> {
    /// The arguments of a call as written: `&x` where the user wrote it; a
    /// nalgebra value (an array here) converted to the type the function
    /// takes.
    pub(super) fn call_args(&self, call: &CallInst, at: usize) -> Vec<TokenStream> {
        call.args
            .iter()
            .zip(&call.by_ref)
            .map(|(a, by_ref)| {
                if let Some(na) = self.na_seq_of(*a) {
                    return na.seq_call_arg(self.read_at(*a, prec::ATOM));
                }
                if let Some(na) = self.na_array_of(*a) {
                    let arg = na.array_call_arg(self.read_at(*a, prec::ATOM));
                    return if *by_ref { quote!(&#arg) } else { arg };
                }
                let na = self.na_of(*a);
                match (by_ref, na) {
                    (true, Some(na)) => {
                        let arg = na.call_arg(self.read_at(*a, prec::ATOM));
                        quote!(&#arg)
                    }
                    (true, None) => {
                        let id = self.read_at(*a, prec::ATOM);
                        quote!(&#id)
                    }
                    (false, Some(na)) => na.call_arg(self.read_at(*a, prec::ATOM)),
                    (false, None) => self.read_owned(*a, at),
                }
            })
            .collect()
    }

    /// The nalgebra type of the IR value `v`, if it holds one.
    fn na_of(&self, v: Value) -> Option<NaType> {
        NaType::of_ir(self.func.ty(v))
    }

    /// The nalgebra type of the elements of the IR value `v`, if it is a
    /// slice or `Vec` of them.
    fn na_seq_of(&self, v: Value) -> Option<NaType> {
        match self.func.ty(v) {
            crate::lang::Ty::Vec(e) => NaType::of_ir(e),
            _ => None,
        }
    }

    /// The nalgebra type of the elements of the IR value `v`, if it is a
    /// fixed array of them (not itself a matrix).
    fn na_array_of(&self, v: Value) -> Option<NaType> {
        match self.func.ty(v) {
            t @ crate::lang::Ty::Array(e, _) if NaType::of_ir(t).is_none() => NaType::of_ir(e),
            _ => None,
        }
    }

    /// How each argument of a call crosses into the function, if any is a
    /// nalgebra value or a slice of them: their slots (the gradients a
    /// pullback returns, of the types the function takes) are converted
    /// back to arrays.
    fn na_args(&self, call: &CallInst) -> Option<Vec<Option<NaArg>>> {
        let nas: Vec<Option<NaArg>> = call
            .args
            .iter()
            .map(|a| match (self.na_seq_of(*a), self.na_array_of(*a)) {
                (Some(na), _) => Some(NaArg::Seq(na)),
                (_, Some(na)) => Some(NaArg::Array(na)),
                _ => self.na_of(*a).map(NaArg::One),
            })
            .collect();
        nas.iter().any(Option::is_some).then_some(nas)
    }

    /// The nalgebra type of a call's single result (known from the `let`
    /// that binds it, `let w: Vector3<f64> = f(..)`), if it is one.
    fn na_result(&self, call: &CallInst, results: &[Value]) -> Option<NaType> {
        if call.shape.is_some() {
            return None;
        }
        self.na_of(*results.first()?)
    }

    /// Seeds (or their tangents) as the callee takes them: a nalgebra
    /// result's converted from its array.
    fn seed_args(&self, seeds: &[Value], ret: Option<NaType>, at: usize) -> Vec<TokenStream> {
        seeds
            .iter()
            .map(|s| match ret {
                Some(na) => na.call_arg(self.read_at(*s, prec::ATOM)),
                None => self.read_owned(*s, at),
            })
            .collect()
    }

    /// `value` (a call's result) as the IR holds it.
    fn result_array(ret: Option<NaType>, value: &Ident) -> TokenStream {
        match ret {
            Some(na) => na.array_of(quote!(#value)),
            None => quote!(#value),
        }
    }

    /// Names for a tuple of slots, and the slots as the IR's values
    /// (arrays where `nas` says).
    fn converted_slots(nas: &[Option<NaArg>], prefix: &str) -> (TokenStream, TokenStream) {
        let names: Vec<Ident> = (0..nas.len())
            .map(|k| Ident::new(&format!("__autodiff_{prefix}_{k}"), Span::mixed_site()))
            .collect();
        let converted = names.iter().zip(nas).map(|(s, na)| match na {
            Some(NaArg::One(na)) => na.array_of(quote!(#s)),
            Some(NaArg::Seq(na)) => na.seq_array_of(quote!(#s)),
            // Into a `Vec` too, which is added into the array's adjoint
            // whether the function took an array or a slice.
            Some(NaArg::Array(na)) => na.seq_array_of(quote!(#s)),
            None => quote!(#s),
        });
        (quote!((#(#names,)*)), quote!((#(#converted,)*)))
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
            let ret = inst.results.first().and_then(|r| self.na_of(*r));
            return self.define(inst, |_| {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                match ret {
                    Some(na) => (na.array_of(quote!(#f(#(#args),*))), prec::ATOM),
                    None => (quote!(#f(#(#args),*)), prec::ATOM),
                }
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
        let ret = self.na_result(call, results);
        let seed_exprs = self.seed_args(seeds, ret, at);
        args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
        let f = self.callee(call, "pullback", 0);
        let v = self.shaped_lhs(call.shape.as_ref(), &results[..n]);
        let slots = self.lhs(&results[n..]);
        let slots = if results.len() == n + 1 {
            quote!((#slots,))
        } else {
            slots
        };
        let mut rhs = quote!(#f(#(#args),*));
        let nas = self
            .na_args(call)
            .filter(|nas| nas.len() == results.len() - n);
        if nas.is_some() || ret.is_some() {
            let value = Ident::new("__autodiff_value", Span::mixed_site());
            let nas = nas.unwrap_or_else(|| vec![None; results.len() - n]);
            let (names, converted) = Self::converted_slots(&nas, "slot");
            let value_out = Self::result_array(ret, &value);
            rhs = quote!({ let (#value, #names) = #rhs; (#value_out, #converted) });
        }
        quote!((#v, #slots) = #rhs;)
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
        let mut rhs = quote!(#f(#(#args),*));
        if let Some(na) = self.na_result(call, results) {
            let (value, tangent) = (
                Ident::new("__autodiff_value", Span::mixed_site()),
                Ident::new("__autodiff_tangent", Span::mixed_site()),
            );
            let (a, b) = (na.array_of(quote!(#value)), na.array_of(quote!(#tangent)));
            rhs = quote!({ let (#value, #tangent) = #rhs; (#a, #b) });
        }
        quote!((#v, #t) = #rhs;)
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
        let ret = self.na_result(call, results);
        let seed_exprs = self.seed_args(seeds, ret, at);
        args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
        self.tangent_args(call, arg_tangents, at, &mut args);
        let seed_t = self.seed_args(seed_tangents, ret, at);
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
        let mut rhs = quote!(#f(#(#args),*));
        let nas = self.na_args(call).filter(|nas| nas.len() == half - n);
        if nas.is_some() || ret.is_some() {
            let (value, value_dot) = (
                Ident::new("__autodiff_value", Span::mixed_site()),
                Ident::new("__autodiff_value_dot", Span::mixed_site()),
            );
            let nas = nas.unwrap_or_else(|| vec![None; half - n]);
            let (names, converted) = Self::converted_slots(&nas, "slot");
            let (dot_names, dots) = Self::converted_slots(&nas, "slot_dot");
            let (v_out, vd_out) = (
                Self::result_array(ret, &value),
                Self::result_array(ret, &value_dot),
            );
            rhs = quote!({
                let ((#value, #names), (#value_dot, #dot_names)) = #rhs;
                ((#v_out, #converted), (#vd_out, #dots))
            });
        }
        quote!(((#v, #s), (#vd, #sd)) = #rhs;)
    }

    /// `adjoint + slot` for a pullback slot.
    pub(super) fn add_slot(&self, a: Value, slot: Value, at: usize) -> (TokenStream, u8) {
        let a = self.read_owned(a, at);
        let slot = self.read(slot);
        let krate = self.krate;
        (quote!(#krate::__private::add_slot(#a, #slot)), prec::ATOM)
    }
}
