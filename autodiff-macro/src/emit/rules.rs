//! Calls of the runtime's derivative rules: local partials and their
//! tangents.

use super::Emitter;
use super::exprs::prec;
use crate::ir::{FloatTy, MathFn, Ty, Value};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// The local partials of `func` at `args` (whose value is `output`).
    pub(super) fn partials(
        &self,
        func: MathFn,
        args: &[Value],
        output: Value,
        results: &[Value],
    ) -> TokenStream {
        let width = self.func.ty(output).float().unwrap_or(FloatTy::F64);
        let rule = format_ident!("{}", func.0.name);
        let args = args.iter().chain(Some(&output)).map(|a| self.read(*a));
        let call = {
            let path = self.rule_path(width);
            quote!(#path::#rule(#(#args),*))
        };
        if let [r] = results[..] {
            if self.inlined.contains(r) {
                self.exprs.borrow_mut().insert(r, (call, prec::ATOM));
                return quote!();
            }
        }
        let lhs = self.lhs(results);
        quote!(#lhs = #call;)
    }

    /// The local partials of `func` and their tangents, from the rule's
    /// generated `NAME_jvp`.
    pub(super) fn partials_jvp(
        &self,
        func: MathFn,
        args: &[Value],
        output: Value,
        tangents: &[Option<Value>],
        results: &[Value],
    ) -> TokenStream {
        let width = self.func.ty(output).float().unwrap_or(FloatTy::F64);
        let module = format_ident!("{}", width.name());
        let rule = format_ident!("{}_jvp", func.0.name);
        let zero = self.zeros(&Ty::Float(width), None);
        let primal = args.iter().chain(Some(&output)).map(|a| self.read(*a));
        let tangents: Vec<TokenStream> = tangents
            .iter()
            .map(|t| match t {
                Some(t) => {
                    let id = self.read(*t);
                    quote!(#id)
                }
                None => zero.clone(),
            })
            .collect();
        let krate = self.krate;
        let call = quote!(#krate::__private::rules::#module::#rule(#(#primal,)* #(#tangents),*));
        let n = results.len() / 2;
        let p = self.lhs(&results[..n]);
        let dp = self.lhs(&results[n..]);
        quote!((#p, #dp) = #call;)
    }

    /// Where the rules of `width` are: the runtime's module for a float
    /// type, the rule set of the type parameter through `Real` for `T`.
    fn rule_path(&self, width: FloatTy) -> TokenStream {
        let krate = self.krate;
        if width == FloatTy::Generic {
            let t = format_ident!("{}", width.name());
            return quote!(<<#t as #krate::__private::Real>::Rules as #krate::__private::RuleSet<#t>>);
        }
        let module = format_ident!("{}", width.name());
        quote!(#krate::__private::rules::#module)
    }
}
