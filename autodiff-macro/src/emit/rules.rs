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
            let path = self.rule_path(width, "RuleSet");
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
        let call = if width == FloatTy::Generic {
            // `RuleJvps` has each rule's jvp under the rule's name.
            let rule = format_ident!("{}", func.0.name);
            let path = self.rule_path(width, "RuleJvps");
            quote!(#path::#rule(#(#primal,)* #(#tangents),*))
        } else {
            let rule = format_ident!("{}_jvp", func.0.name);
            let path = self.rule_path(width, "RuleSet");
            quote!(#path::#rule(#(#primal,)* #(#tangents),*))
        };
        let n = results.len() / 2;
        let p = self.lhs(&results[..n]);
        let dp = self.lhs(&results[n..]);
        quote!((#p, #dp) = #call;)
    }

    /// Where the rules of `width` are: the runtime's module for a float
    /// type, the rule set of the type parameter through `Real` for `T`.
    /// `set` names the trait of the rule set (`RuleSet` or `RuleJvps`).
    fn rule_path(&self, width: FloatTy, set: &str) -> TokenStream {
        let krate = self.krate;
        if width == FloatTy::Generic {
            let t = format_ident!("{}", width.name());
            let set = format_ident!("{set}");
            return quote!(<<#t as #krate::__private::Real>::Rules as #krate::__private::#set<#t>>);
        }
        let module = format_ident!("{}", width.name());
        quote!(#krate::__private::rules::#module)
    }
}
