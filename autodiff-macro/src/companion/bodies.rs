//! The bodies of the companions: the transformed IR emitted as Rust, each
//! reading its parameters the way its signature passes them.

use super::Context;
use crate::ast::RetTy;
use crate::emit::Emitter;
use crate::ir::Value;
use crate::pipeline::{Pipeline, Transformed};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// Generated bodies of the companions.
pub struct Bodies {
    /// The body of `NAME_vjp_into` (`NAME_vjp` calls it).
    pub vjp_into: TokenStream,
    pub jvp: TokenStream,
    /// With `hessian`: the body of `NAME_hvp`.
    pub hvp: Option<TokenStream>,
    /// With `hessian`: the body of `__NAME_vjp_jvp`, forward mode over the
    /// vjp with the seed differentiable too (for callers' Hessians).
    pub vjp_jvp: Option<TokenStream>,
}

/// Emits every body of `p`.
pub fn bodies(cx: &Context<'_>, p: &Pipeline) -> Bodies {
    let n = cx.def.leaves().count();
    let directions = || cx.leaf_tangents.iter().cloned();
    let hvp = p.hvp.as_ref().map(|t| {
        // The seed is the constant 1.
        let mut params = cx.vjp_params();
        params[n] = cx.float_lit("1.0");
        params.extend(directions());
        let borrowed = cx.second_order_borrowed(0);
        let em = cx.segmentable(Emitter::new(
            &t.func,
            &params,
            &borrowed,
            quote!(self),
            cx.krate,
        ));
        let stmts = em.body(&t.func.body);
        let (value, grad) = (em.yields(&t.value), cx.gradient_of(em.each(&t.gradient)));
        let hv = cx.gradient_of(em.each(&t.gradient_tangent));
        let (params, tangents) = (&cx.param_preamble, &cx.tangent_preamble);
        let mention = cx.mention();
        quote! {
            #mention
            #params
            #tangents
            #stmts
            (#value, #grad, #hv)
        }
    });
    let vjp_jvp = p.vjp_jvp.as_ref().map(|t| {
        let mut params = cx.vjp_params();
        params.extend(directions());
        let d_seed = Ident::new("d_seed", Span::mixed_site());
        params.push(quote!(#d_seed));
        let borrowed = cx.second_order_borrowed(1);
        let em = cx.segmentable(Emitter::new(
            &t.func,
            &params,
            &borrowed,
            quote!(self),
            cx.krate,
        ));
        let stmts = em.body(&t.func.body);
        let (value, grad) = (em.yields(&t.value), cx.gradient_of(em.each(&t.gradient)));
        let value_dot = em.yields(&t.value_tangent);
        let grad_dot = cx.gradient_of(em.each(&t.gradient_tangent));
        let (params, tangents) = (&cx.param_preamble, &cx.tangent_preamble);
        quote! {
            #params
            #tangents
            #stmts
            ((#value, #grad), (#value_dot, #grad_dot))
        }
    });
    Bodies {
        vjp_into: cx.vjp_into_body(&p.vjp_into),
        jvp: cx.jvp_body(&p.jvp),
        hvp,
        vjp_jvp,
    }
}

impl Context<'_> {
    /// How a vjp body reads each parameter: the leaves of the user's
    /// parameters, then the seed's components.
    pub(super) fn vjp_params(&self) -> Vec<TokenStream> {
        let mut p = self.leaf_args.clone();
        p.extend(self.seed_reads.iter().cloned());
        p
    }

    /// How a jvp body reads each parameter: the user's leaves, then the
    /// tangents of the differentiable ones.
    fn jvp_params(&self) -> Vec<TokenStream> {
        let mut p = self.leaf_args.clone();
        p.extend(self.leaf_tangents.iter().cloned());
        p
    }

    /// Which of the leaves of the user's parameters are read in place.
    fn user_borrowed(&self) -> Vec<bool> {
        self.leaf_borrowed.clone()
    }

    /// The positions of the leaves of the differentiable parameters.
    fn leaf_wrt(&self) -> Vec<usize> {
        self.def.leaf_wrt()
    }

    pub(super) fn vjp_borrowed(&self) -> Vec<bool> {
        let mut b = self.user_borrowed();
        b.extend(self.def.ret.flat().iter().map(|_| false));
        b
    }

    fn jvp_borrowed(&self) -> Vec<bool> {
        let mut b = self.user_borrowed();
        let tangents: Vec<bool> = self.leaf_wrt().iter().map(|i| b[*i]).collect();
        b.extend(tangents);
        b
    }

    /// Forward over reverse reads the vjp's parameters, then the directions
    /// (borrowed like the parameters they go with), then `extra` owned ones.
    fn second_order_borrowed(&self, extra: usize) -> Vec<bool> {
        let mut borrowed = self.vjp_borrowed();
        let directions: Vec<bool> = self.leaf_wrt().iter().map(|i| borrowed[*i]).collect();
        borrowed.extend(directions);
        borrowed.extend((0..extra).map(|_| false));
        borrowed
    }

    /// `em`, allowed to cut a long body into nested functions if the
    /// function has no generics (an `impl Trait` parameter is one) and is
    /// not an item of an `impl`, whose `Self` nested functions could not
    /// name.
    pub(super) fn segmentable<'e>(&self, em: Emitter<'e>) -> Emitter<'e> {
        let def = self.def;
        let generic = !def.sig.generics.params.is_empty()
            || def.sig.generics.where_clause.is_some()
            || def.params.iter().any(|p| has_impl_trait(&p.syn_ty));
        if generic || self.in_impl {
            return em;
        }
        em.segmented(self.segment.unwrap_or(crate::emit::SEGMENT_WEIGHT))
    }

    /// The jvp body from the transformed IR.
    fn jvp_body(&self, t: &Transformed) -> TokenStream {
        let (params, borrowed) = (self.jvp_params(), self.jvp_borrowed());
        let em = self.segmentable(Emitter::new(
            &t.func,
            &params,
            &borrowed,
            quote!(self),
            self.krate,
        ));
        let stmts = em.body(&t.func.body);
        let mention = self.mention();
        let value = self.ret_shape(&em, &t.value);
        let tangent = self.ret_shape(&em, &t.value_tangent);
        let (params, tangents) = (&self.param_preamble, &self.tangent_preamble);
        quote! {
            #mention
            #params
            #tangents
            #stmts
            (#value, #tangent)
        }
    }
}

/// Whether `ty` contains an `impl Trait` (an anonymous type parameter).
fn has_impl_trait(ty: &syn::Type) -> bool {
    struct Find(bool);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut f = Find(false);
    syn::visit::Visit::visit_type(&mut f, ty);
    f.0
}

impl Context<'_> {
    /// Mentioning the original marks it used, so a private function that
    /// is only ever differentiated does not trip `dead_code`. A generic
    /// function (also one with an `impl Trait` parameter) cannot be named
    /// without its type arguments.
    pub(super) fn mention(&self) -> TokenStream {
        let name = self.name;
        let generic = !self.def.sig.generics.params.is_empty()
            || self.def.params.iter().any(|p| has_impl_trait(&p.syn_ty));
        match (!generic && !self.in_trait_impl, self.in_impl) {
            (false, _) => quote!(),
            (true, false) => quote!(let _ = #name;),
            (true, true) => quote!(let _ = Self::#name;),
        }
    }

    /// The result values shaped like the return type: one value or a
    /// tuple, nalgebra items converted from their arrays.
    pub(super) fn ret_shape(&self, em: &Emitter<'_>, values: &[Value]) -> TokenStream {
        let convert = |k: usize, v: TokenStream| match self.ret_na.get(k) {
            Some(Some(na)) => na.returned(v),
            _ => v,
        };
        match &self.def.ret {
            RetTy::One(_) => convert(0, em.yields(values)),
            RetTy::Tuple(_) => {
                let ids = values
                    .iter()
                    .enumerate()
                    .map(|(k, v)| convert(k, em.read(*v)));
                quote!((#(#ids,)*))
            }
        }
    }
}
