//! The hidden adapters through which differentiated callers reach this
//! function's derivatives with one slot per parameter (see
//! `autodiff_runtime::calls`): `__NAME_pullback` and `__NAME_pushforward`,
//! and with `hessian` those of `NAME_grad` and the forward mode of the
//! pullback.

use super::{Context, hidden, pattern, tangent_conversion, unimplemented};
use crate::ast::ParamShape;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The generic tangent arguments of a pushforward-like adapter: one type
/// parameter per parameter; those of differentiable parameters are
/// converted to the parameter's tangent by `IntoTangent` (zeros for
/// `NoGrad`), the others are ignored.
struct TangentSlots {
    /// The function's generics plus a lifetime and the type parameters.
    generics: syn::Generics,
    /// One argument name per parameter.
    params: Vec<Ident>,
    /// Its type: a type parameter, or for a tuple parameter (which
    /// differentiated callers cannot pass, see `lower::call`) its tangent
    /// type.
    tys: Vec<TokenStream>,
    /// The conversions, as statements.
    conversions: TokenStream,
    /// The converted tangents of the differentiable parameters, as the jvp
    /// takes them.
    args: Vec<TokenStream>,
    /// The converted tangents as references, in the same order.
    converted: Vec<TokenStream>,
}

impl Context<'_> {
    /// `__NAME_pullback` (the gradient spread into one slot per parameter)
    /// and `__NAME_pushforward` (a generic tangent per parameter).
    pub(super) fn adapters(&self) -> TokenStream {
        let Context {
            vis,
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
            allow,
            ..
        } = self;
        let vjp_name = format_ident!("{}_vjp", self.name);
        let jvp_name = format_ident!("{}_jvp", self.name);
        let pull_name = format_ident!("__{}_pullback", self.name);
        let push_name = format_ident!("__{}_pushforward", self.name);
        let (generics, _, where_clause) = self.def.sig.generics.split_for_impl();
        let (seed, value) = (hidden("seed"), hidden("value"));
        let grads = self.names("grad");
        let grad_pattern = pattern(&grads);
        let slot_tys = self.slot_tys();
        let slot_values = self.slots(|j| {
            let g = &grads[j];
            quote!(#g)
        });
        let ts = self.tangent_slots();
        let (tangent_params, tangent_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        quote! {
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #pull_name #generics (#receiver #(#inputs,)* #seed: #ret) -> (#ret, (#(#slot_tys,)*)) #where_clause {
                let (#value, #grad_pattern) = #call #vjp_name(#self_arg #(#args,)* #seed);
                (#value, (#(#slot_values,)*))
            }

            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #push_name #push_g (#receiver #(#inputs,)* #(#tangent_params: #tangent_tys),*) -> (#ret, #ret) #push_where {
                #conversions
                #call #jvp_name(#self_arg #(#args,)* #(#tangent_args),*)
            }
        }
    }

    fn tangent_slots(&self) -> TangentSlots {
        let krate = self.krate;
        let mut generics = self.def.sig.generics.clone();
        let lifetime: syn::Lifetime = syn::parse_quote!('__autodiff_t);
        generics.params.insert(
            0,
            syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime.clone())),
        );
        let n = self.def.params.len();
        let params: Vec<Ident> = (0..n).map(|k| hidden(&format!("tangent_{k}"))).collect();
        let mut tys = Vec::new();
        for (k, p) in self.def.params.iter().enumerate() {
            match self.wrt.iter().position(|w| *w == k) {
                Some(j) if matches!(p.shape, ParamShape::Tuple(_)) => {
                    tys.push(self.tangent_tys[j].clone());
                }
                _ => {
                    let t = format_ident!("__AutodiffT{}", k);
                    generics.params.push(syn::parse_quote!(#t));
                    tys.push(quote!(#t));
                }
            }
        }
        let mut conversions = TokenStream::new();
        let mut args = Vec::new();
        let mut converted = Vec::new();
        for (k, p) in self.def.params.iter().enumerate() {
            if !self.wrt.contains(&k) {
                continue;
            }
            let t = &params[k];
            if matches!(p.shape, ParamShape::Tuple(_)) {
                // Passed on as it is.
                args.push(quote!(#t));
                converted.push(if matches!(p.syn_ty, syn::Type::Reference(_)) {
                    quote!(&*#t)
                } else {
                    quote!(&#t)
                });
                continue;
            }
            // A nalgebra parameter's tangent comes as its arrays (what a
            // differentiated caller holds), converted here.
            let ident = &p.ident;
            let na = self
                .wrt
                .iter()
                .position(|w| *w == k)
                .and_then(|j| self.param_na(j));
            if let Some((value_ty, stmts)) =
                na.and_then(|leaf| leaf.tangent_conversion(krate, &quote!(#ident), t))
            {
                let tt = &tys[k];
                generics.make_where_clause().predicates.push(
                    syn::parse_quote!(#tt: #krate::__private::IntoTangent<#lifetime, #value_ty>),
                );
                conversions.extend(stmts);
                args.push(if matches!(p.syn_ty, syn::Type::Reference(_)) {
                    quote!(&#t)
                } else {
                    quote!(::core::clone::Clone::clone(&#t))
                });
                converted.push(quote!(&#t));
                continue;
            }
            let (value_ty, primal, by_ref) = tangent_conversion(&p.ident, &p.syn_ty);
            let tt = &tys[k];
            generics
                .make_where_clause()
                .predicates
                .push(syn::parse_quote!(#tt: #krate::__private::IntoTangent<#lifetime, #value_ty>));
            conversions.extend(quote! {
                let #t = #krate::__private::IntoTangent::<#value_ty>::into_tangent(#t, #primal);
            });
            args.push(if by_ref {
                quote!(&*#t)
            } else {
                quote!(::core::clone::Clone::clone(&#t).into_owned())
            });
            converted.push(quote!(&*#t));
        }
        TangentSlots {
            generics,
            params,
            tys,
            conversions,
            args,
            converted,
        }
    }

    /// With `hessian`, `NAME_grad` is differentiable too: its pullback
    /// `r̄ ∇f + H ḡ` and pushforward `(∇f · ṫ, H ṫ)` come from one
    /// Hessian-vector product (H is symmetric), as `__NAME_grad_pullback`
    /// and `__NAME_grad_pushforward`.
    pub(super) fn grad_adapters(&self) -> TokenStream {
        let Context {
            vis,
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
            gradient: g,
            allow,
            krate,
            ..
        } = self;
        let hvp = format_ident!("{}_hvp", self.name);
        let pull = format_ident!("__{}_grad_pullback", self.name);
        let push = format_ident!("__{}_grad_pushforward", self.name);
        let (generics, _, where_clause) = self.def.sig.generics.split_for_impl();
        let (gbar, gs, hs) = (
            self.names("seed_grad"),
            self.names("grad"),
            self.names("hess_dir"),
        );
        let (gbar_p, gs_p, hs_p) = (pattern(&gbar), pattern(&gs), pattern(&hs));
        let dirs: Vec<TokenStream> = self
            .wrt
            .iter()
            .zip(&gbar)
            .map(|(i, gb)| {
                if matches!(self.def.params[*i].syn_ty, syn::Type::Reference(_)) {
                    quote!(&#gb)
                } else {
                    quote!(#gb)
                }
            })
            .collect();
        let (seed, value, grad, hg, r_bar) = (
            hidden("seed"),
            hidden("value"),
            hidden("gradient"),
            hidden("hessian_times"),
            hidden("seed_value"),
        );
        let slot_tys = self.slot_tys();
        let slots = self.slots(|j| {
            let (gj, hj) = (&gs[j], &hs[j]);
            match self.param_na(j) {
                Some(na) => na.scaled_add(krate, &r_bar, gj, hj),
                None => quote!(#krate::__private::scaled_add(#r_bar, #gj, #hj)),
            }
        });
        // The pushforward converts its tangents like `__NAME_pushforward`.
        let ts = self.tangent_slots();
        let (tangent_params, tangent_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let dots: Vec<TokenStream> = ts
            .converted
            .iter()
            .zip(&gs)
            .enumerate()
            .map(|(j, (t, gj))| match self.param_na(j) {
                Some(na) => na.dot(krate, gj, t),
                None => quote!(#krate::__private::dot(#gj, #t)),
            })
            .collect();
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        let r_dot = hidden("value_tangent");
        let zero = self.float_lit("0.0");
        let grad_refs = pattern(&gs);
        quote! {
            #[doc(hidden)]
            #allow
            #vis fn #pull #generics (#receiver #(#inputs,)* #seed: (#ret, #g)) -> ((#ret, #g), (#(#slot_tys,)*)) #where_clause {
                let (#r_bar, #gbar_p) = #seed;
                let (#value, #grad, #hg) = #call #hvp(#self_arg #(#args,)* #(#dirs),*);
                let #gs_p = ::core::clone::Clone::clone(&#grad);
                let #hs_p = #hg;
                ((#value, #grad), (#(#slots,)*))
            }

            #[doc(hidden)]
            #allow
            #vis fn #push #push_g (#receiver #(#inputs,)* #(#tangent_params: #tangent_tys),*) -> ((#ret, #g), (#ret, #g)) #push_where {
                #conversions
                let (#value, #grad, #hg) = #call #hvp(#self_arg #(#args,)* #(#tangent_args),*);
                let #r_dot: #ret = {
                    let #grad_refs = &#grad;
                    #zero #(+ #dots)*
                };
                ((#value, #grad), (#r_dot, #hg))
            }
        }
    }

    /// With `hessian`: `__NAME_pullback_pushforward`, the forward mode of
    /// `__NAME_pullback`, which a caller's Hessian needs when it calls this
    /// function. Built on `__NAME_vjp_jvp`.
    pub(super) fn pullback_pushforward(&self, body: Option<TokenStream>) -> TokenStream {
        let Context {
            vis,
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
            gradient: g,
            tangents,
            tangent_tys,
            allow,
            ..
        } = self;
        let inner = format_ident!("__{}_vjp_jvp", self.name);
        let outer = format_ident!("__{}_pullback_pushforward", self.name);
        let (generics, _, where_clause) = self.def.sig.generics.split_for_impl();
        let body = body.unwrap_or_else(unimplemented);
        let (gs, gds) = (self.names("grad"), self.names("grad_dot"));
        let (gs_p, gds_p) = (pattern(&gs), pattern(&gds));
        let slot_tys = self.slot_tys();
        let slots = self.slots(|j| {
            let gj = &gs[j];
            quote!(#gj)
        });
        let slot_dots = self.slots(|j| {
            let gdj = &gds[j];
            quote!(#gdj)
        });
        let ts = self.tangent_slots();
        let (tangent_params, tparam_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        let (seed, seed_dot, value, value_dot) = (
            hidden("seed"),
            hidden("seed_dot"),
            hidden("value"),
            hidden("value_dot"),
        );
        let seed_param = &self.seed;
        let d_seed = hidden("d_seed");
        quote! {
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #inner #generics (#receiver #(#inputs,)* #seed_param: #ret, #(#tangents: #tangent_tys,)* #d_seed: #ret) -> ((#ret, #g), (#ret, #g)) #where_clause {
                #body
            }

            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #outer #push_g (#receiver #(#inputs,)* #seed: #ret, #(#tangent_params: #tparam_tys,)* #seed_dot: #ret) -> ((#ret, (#(#slot_tys,)*)), (#ret, (#(#slot_tys,)*))) #push_where {
                #conversions
                let ((#value, #gs_p), (#value_dot, #gds_p)) = #call #inner(#self_arg #(#args,)* #seed, #(#tangent_args,)* #seed_dot);
                ((#value, (#(#slots,)*)), (#value_dot, (#(#slot_dots,)*)))
            }
        }
    }
}
