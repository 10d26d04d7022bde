//! The companions of a differentiated function: the public `NAME_vjp`,
//! `NAME_jvp`, `NAME_grad` (and with `hessian`: `NAME_hvp`,
//! `NAME_hessian`), and the hidden adapters through which other
//! differentiated functions call it. With the internal `only(jvp)` (the
//! runtime's rules), `NAME_jvp` alone.
//!
//! Everything the companions share (names, generics, the signature's
//! pieces, gradient and tangent types) is computed once, in [`Context`].
//! `bodies` emits the transformed IR as function bodies, `public` builds the
//! user-facing items, `adapters` the hidden ones.

mod adapters;
mod bodies;
mod into;
mod nalgebra;
mod public;

pub use bodies::{Bodies, bodies};
pub use nalgebra::NaLeaf;

use crate::ast::{FnDef, Leaf, ParamShape, RetTy};
use crate::attr::Options;
use crate::ir::Ty;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};

/// What every companion of one function shares.
pub struct Context<'a> {
    pub def: &'a FnDef,
    /// Path of the facade crate in generated code.
    pub krate: &'a TokenStream,
    pub name: &'a Ident,
    pub vis: &'a syn::Visibility,
    /// `&self,` and the like, if a method.
    pub receiver: Option<TokenStream>,
    /// `name: Type` of each parameter.
    pub inputs: Vec<TokenStream>,
    /// The parameters' names, to pass them on.
    pub args: Vec<Ident>,
    /// The return type.
    pub ret: TokenStream,
    /// `Self::` for a method.
    pub call: Option<TokenStream>,
    /// `self,` for a method.
    pub self_arg: Option<TokenStream>,
    /// Whether the function is an item of an `impl` block (a method, or an
    /// associated function in an annotated `impl`).
    pub in_impl: bool,
    /// Whether the function is an item of a trait `impl` (a trait method is
    /// never dead code, and an inherent `impl` may not see the trait).
    pub in_trait_impl: bool,
    /// Positions of the differentiable parameters.
    pub wrt: Vec<usize>,
    /// How a body reads each leaf of the parameters (the IR's parameters):
    /// `x`, `(*x)` for a `&f64`, `p.1` for an item of a tuple.
    pub leaf_args: Vec<TokenStream>,
    /// Whether each leaf is read in place, never moved or updated (behind
    /// a reference, or an item of a tuple).
    pub leaf_borrowed: Vec<bool>,
    /// How the jvp body reads the tangent of each leaf of the
    /// differentiable parameters (`d_p.1`).
    pub leaf_tangents: Vec<TokenStream>,
    /// The name of the `_vjp` seed parameter.
    pub seed: Ident,
    /// The names of the `_jvp` tangent parameters, one per differentiable
    /// parameter.
    pub tangents: Vec<Ident>,
    /// The gradient type of each differentiable parameter.
    pub grad_tys: Vec<TokenStream>,
    /// The tangent type of each differentiable parameter.
    pub tangent_tys: Vec<TokenStream>,
    /// `G`: the gradient, one type or a tuple.
    pub gradient: TokenStream,
    /// The differentiable parameters, for docs.
    pub wrt_list: String,
    /// A rustdoc link to the original.
    pub link: String,
    /// The attributes every companion carries (`cfg`s, lint allowances).
    pub allow: TokenStream,
    /// `__segment = N`: the instructions per segment of a long body.
    pub segment: Option<usize>,
    /// The nalgebra type of each leaf, if it has one.
    pub leaf_na: Vec<Option<nalgebra::NaLeaf>>,
    /// The nalgebra type of each result item, if it has one.
    pub ret_na: Vec<Option<nalgebra::NaLeaf>>,
    /// The conversions of nalgebra parameters to arrays, at the top of
    /// every body.
    pub param_preamble: TokenStream,
    /// The same for the tangents (`_jvp`, `_hvp`).
    pub tangent_preamble: TokenStream,
    /// The same for the seed (`_vjp`).
    pub seed_preamble: TokenStream,
    /// How a vjp body reads each component of the seed.
    pub seed_reads: Vec<TokenStream>,
    /// The `grads` parameter of `NAME_vjp_into`.
    pub buffers: into::Buffers,
}

impl<'a> Context<'a> {
    /// A float literal of the companions' float type: as written, or
    /// through `Real` for a function generic over its float type.
    pub fn float_lit(&self, text: &str) -> TokenStream {
        let lit = syn::LitFloat::new(text, proc_macro2::Span::call_site());
        match crate::lang::generic_float() {
            Some(t) => {
                let krate = self.krate;
                quote!(<#t as #krate::__private::Real>::from_literal(#lit))
            }
            None => quote!(#lit),
        }
    }

    pub fn new(def: &'a FnDef, opts: &'a Options, cfgs: &[&syn::Attribute]) -> Self {
        let taken: Vec<String> = def
            .params
            .iter()
            .map(|p| syn::ext::IdentExt::unraw(&p.ident).to_string())
            .collect();
        let fresh = |base: String| {
            let mut name = base;
            while taken.contains(&name) {
                name.push('_');
            }
            Ident::new(&name, Span::call_site())
        };
        let wrt: Vec<usize> = (0..def.params.len())
            .filter(|i| def.params[*i].differentiable)
            .collect();
        let tangents: Vec<Ident> = wrt
            .iter()
            .map(|i| {
                let bare = syn::ext::IdentExt::unraw(&def.params[*i].ident);
                fresh(format!("d_{bare}"))
            })
            .collect();
        let mut leaf_args = Vec::new();
        let mut leaf_borrowed = Vec::new();
        let mut leaf_tangents = Vec::new();
        for (i, p) in def.params.iter().enumerate() {
            let by_ref = matches!(p.syn_ty, syn::Type::Reference(_));
            let tangent = wrt.iter().position(|w| *w == i).map(|j| &tangents[j]);
            for leaf in &p.leaves {
                leaf_args.push(leaf_read(&p.ident, leaf));
                leaf_borrowed.push(
                    by_ref
                        || !leaf.path.is_empty() && matches!(leaf.syn_ty, syn::Type::Reference(_)),
                );
                if let Some(t) = tangent {
                    leaf_tangents.push(leaf_read(t, leaf));
                }
            }
        }
        let leaf_na: Vec<Option<nalgebra::NaLeaf>> = def
            .leaves()
            .map(|(_, l)| nalgebra::NaLeaf::of_leaf(l))
            .collect();
        for (b, na) in leaf_borrowed.iter_mut().zip(&leaf_na) {
            if let Some(na) = na {
                *b = na.borrowed();
            }
        }
        let wrt_na: Vec<Option<nalgebra::NaLeaf>> =
            def.leaf_wrt().iter().map(|i| leaf_na[*i].clone()).collect();
        let mut conv = nalgebra::Converted {
            preamble: TokenStream::new(),
        };
        let leaf_args = conv.convert("param", &leaf_args, &leaf_na);
        let param_preamble = std::mem::take(&mut conv.preamble);
        let leaf_tangents = conv.convert("tangent", &leaf_tangents, &wrt_na);
        let tangent_preamble = std::mem::take(&mut conv.preamble);
        let ret_items: Vec<syn::Type> = match &def.sig.output {
            syn::ReturnType::Type(_, t) => match &**t {
                syn::Type::Tuple(tuple) => tuple.elems.iter().cloned().collect(),
                t => vec![t.clone()],
            },
            syn::ReturnType::Default => Vec::new(),
        };
        let ret_na: Vec<Option<nalgebra::NaLeaf>> =
            ret_items.iter().map(nalgebra::NaLeaf::of).collect();
        let seed = fresh("d_out".into());
        let seed_places: Vec<TokenStream> = match &def.ret {
            RetTy::One(_) => vec![quote!(#seed)],
            RetTy::Tuple(items) => (0..items.len())
                .map(|i| {
                    let idx = syn::Index::from(i);
                    quote!(#seed.#idx)
                })
                .collect(),
        };
        let mut ret_na_padded = ret_na.clone();
        ret_na_padded.resize(seed_places.len(), None);
        let seed_reads = conv.convert("seed", &seed_places, &ret_na_padded);
        let seed_preamble = conv.preamble;
        let grad_tys: Vec<TokenStream> = wrt
            .iter()
            .map(|i| gradient_type(&def.params[*i].syn_ty))
            .collect();
        let tangent_tys = wrt
            .iter()
            .map(|i| tangent_type(&def.params[*i].syn_ty))
            .collect();
        let gradient = match grad_tys.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let buffers = into::Buffers::new(def, &wrt, fresh("grads".into()), &grad_tys);
        let wrt_list = wrt
            .iter()
            .map(|i| def.params[*i].ident.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let name = &def.sig.ident;
        let in_impl = def.has_receiver || opts.in_impl;
        let link = if in_impl {
            format!("[`Self::{name}`]")
        } else {
            format!("[`{name}`]")
        };
        let allow = quote! {
            #(#cfgs)*
            #[allow(unused_variables, unused_mut, unused_assignments, unused_parens, unused_braces, unreachable_code,
                    clippy::all, clippy::pedantic, clippy::nursery)]
        };
        Context {
            def,
            krate: &opts.krate,
            name,
            vis: &def.vis,
            receiver: receiver_tokens(def),
            inputs: def
                .params
                .iter()
                .map(|p| {
                    let (id, ty) = (&p.ident, &p.syn_ty);
                    quote!(#id: #ty)
                })
                .collect(),
            args: def.params.iter().map(|p| p.ident.clone()).collect(),
            ret: match &def.sig.output {
                syn::ReturnType::Type(_, t) => t.to_token_stream(),
                syn::ReturnType::Default => quote!(()),
            },
            call: in_impl.then(|| quote!(Self::)),
            self_arg: def.has_receiver.then(|| quote!(self,)),
            in_impl,
            in_trait_impl: opts.in_trait_impl,
            wrt,
            leaf_args,
            leaf_borrowed,
            leaf_tangents,
            seed,
            tangents,
            grad_tys,
            tangent_tys,
            gradient,
            wrt_list,
            link,
            allow,
            segment: opts.segment,
            leaf_na,
            ret_na,
            param_preamble,
            tangent_preamble,
            seed_preamble,
            seed_reads,
            buffers,
        }
    }

    /// Whether the function returns one float (it has `_grad`, and with
    /// `hessian` its second derivatives).
    pub fn scalar_result(&self) -> bool {
        matches!(self.def.ret, RetTy::One(Ty::Float(_)))
    }

    /// `` `d_x`, `d_y` ``: the tangent parameters, for docs.
    fn tangent_list(&self) -> String {
        self.tangents
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One hygienic name `{base}_{j}` per differentiable parameter.
    fn names(&self, base: &str) -> Vec<Ident> {
        (0..self.wrt.len())
            .map(|j| hidden(&format!("{base}_{j}")))
            .collect()
    }

    /// One slot per parameter: `of(j)` for the `j`-th differentiable one,
    /// `NoGrad` for the others.
    fn slots(&self, of: impl Fn(usize) -> TokenStream) -> Vec<TokenStream> {
        let krate = self.krate;
        (0..self.def.params.len())
            .map(|k| match self.wrt.iter().position(|w| *w == k) {
                Some(j) => of(j),
                None => quote!(#krate::__private::NoGrad),
            })
            .collect()
    }

    /// The gradient `G` from one expression per leaf of the differentiable
    /// parameters: a tuple parameter's gradient is a tuple of the same
    /// shape.
    pub fn gradient_of(&self, leaves: Vec<TokenStream>) -> TokenStream {
        let mut leaves = leaves.into_iter();
        let per_param: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| {
                let p = &self.def.params[*i];
                let first = self.def.params[..*i]
                    .iter()
                    .map(|q| q.leaves.len())
                    .sum::<usize>();
                let mine: Vec<TokenStream> = leaves
                    .by_ref()
                    .take(p.leaves.len())
                    .enumerate()
                    .map(|(k, g)| match &self.leaf_na[first + k] {
                        Some(na) => na.returned(g),
                        None => g,
                    })
                    .collect();
                shaped(&p.shape, &mine)
            })
            .collect();
        match per_param.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    /// The nalgebra type of the `j`-th differentiable parameter, if it is
    /// one (or a sequence of them) and not a tuple.
    fn param_na(&self, j: usize) -> Option<&nalgebra::NaLeaf> {
        let i = *self.wrt.get(j)?;
        let p = &self.def.params[i];
        if !matches!(p.shape, ParamShape::Leaf(_)) {
            return None;
        }
        let first: usize = self.def.params[..i].iter().map(|q| q.leaves.len()).sum();
        self.leaf_na.get(first)?.as_ref()
    }

    /// The type of each slot: the gradient type, or `NoGrad`.
    fn slot_tys(&self) -> Vec<TokenStream> {
        self.slots(|j| self.grad_tys[j].clone())
    }
}

/// All companions, with generated bodies or `unimplemented!()` behind the
/// errors.
pub fn companions(
    cx: &Context<'_>,
    bodies: Option<&Bodies>,
    err: Option<TokenStream>,
    opts: &Options,
) -> TokenStream {
    if opts.only_jvp.is_some() {
        // `only(jvp)` (the runtime's rules): `NAME_jvp` alone, carrying any
        // error in its body.
        let body = bodies.map_or_else(unimplemented, |b| b.jvp.clone());
        return cx.jvp(quote!(#err #body));
    }
    let mut out = cx.adapters();
    if opts.custom {
        // The user wrote `NAME_vjp` and `NAME_jvp`; report errors here.
        out.extend(err);
        out.extend(cx.vjp_into(cx.vjp_into_custom_body()));
    } else {
        let unimpl = unimplemented();
        let (into, jvp) = match bodies {
            Some(b) => (b.vjp_into.clone(), b.jvp.clone()),
            None => (quote!(#err #unimpl), unimpl),
        };
        out.extend(cx.vjp_into(into));
        out.extend(cx.vjp(cx.vjp_through_into()));
        out.extend(cx.jvp(jvp));
    }
    if opts.hessian && cx.scalar_result() {
        out.extend(cx.hvp(bodies.and_then(|b| b.hvp.clone())));
        out.extend(cx.hessian());
        out.extend(cx.grad_adapters());
        out.extend(cx.pullback_pushforward(bodies.and_then(|b| b.vjp_jvp.clone())));
    }
    if cx.scalar_result() {
        out.extend(cx.grad());
    }
    out
}

/// A tuple parameter's value (or gradient) from its leaves'.
fn shaped(shape: &ParamShape, leaves: &[TokenStream]) -> TokenStream {
    match shape {
        ParamShape::Leaf(j) => leaves.get(*j).cloned().unwrap_or_default(),
        ParamShape::Tuple(items) => {
            let items = items.iter().map(|s| shaped(s, leaves));
            quote!((#(#items,)*))
        }
    }
}

/// How a body reads `leaf` of the parameter (or tangent) `base`: `base`,
/// `base.1.0` for an item of a tuple, through `*` for a `&f64`.
fn leaf_read(base: &Ident, leaf: &Leaf) -> TokenStream {
    let path = leaf.path.iter().map(|i| syn::Index::from(*i));
    let place = quote!(#base #(.#path)*);
    if leaf.deref { quote!((*#place)) } else { place }
}

impl Context<'_> {
    /// Checks, at the top of `_jvp` and `_hvp`, that the tangent of each
    /// slice or `Vec` leaf has the leaf's length: one of another length
    /// would be read out of bounds, or in part.
    pub fn tangent_length_checks(&self) -> TokenStream {
        // The leaves of the `wrt` parameters, with the tangents as passed
        // (before any nalgebra conversion).
        let leaves = self.wrt.iter().zip(&self.tangents).flat_map(|(i, t)| {
            let p = &self.def.params[*i];
            p.leaves.iter().map(move |l| (p, l, leaf_read(t, l)))
        });
        let checks = leaves.filter_map(|(p, leaf, t)| {
            if !matches!(leaf.ty, Ty::Vec(_)) {
                return None;
            }
            let arg = leaf_read(&p.ident, leaf);
            let name = arg.to_string().replace(' ', "");
            let msg =
                format!("autodiff: the tangent of `{name}` has {{}} items, but `{name}` has {{}}");
            Some(quote! {
                ::core::assert!(#t.len() == #arg.len(), #msg, #t.len(), #arg.len());
            })
        });
        quote!(#(#checks)*)
    }
}

/// The body of a companion whose function was rejected.
fn unimplemented() -> TokenStream {
    quote!(::core::unimplemented!(
        "#[differentiate] reported an error for this function"
    ))
}

/// A name generated code binds, which user names can neither capture nor
/// be captured by.
fn hidden(s: &str) -> Ident {
    Ident::new(s, Span::mixed_site())
}

/// `a` or `(a, b, ..)`.
fn pattern(ids: &[Ident]) -> TokenStream {
    match ids {
        [one] => quote!(#one),
        many => quote!((#(#many),*)),
    }
}

/// `&self`, `self`, ... as written, with a trailing comma.
fn receiver_tokens(def: &FnDef) -> Option<TokenStream> {
    def.sig.inputs.iter().find_map(|a| match a {
        syn::FnArg::Receiver(r) => {
            let (reference, mutability, self_token) = (&r.reference, &r.mutability, &r.self_token);
            Some(match reference {
                Some((and, lifetime)) => quote!(#and #lifetime #mutability #self_token,),
                None => quote!(#self_token,),
            })
        }
        syn::FnArg::Typed(_) => None,
    })
}

/// For a parameter `x: ty`: the value type its tangent converts to (`f64`,
/// `[f64; N]`, `[f64]`), how to borrow the primal as that type, and whether
/// the jvp takes the tangent by reference.
fn tangent_conversion(x: &Ident, ty: &syn::Type) -> (TokenStream, TokenStream, bool) {
    match ty {
        syn::Type::Group(g) => tangent_conversion(x, &g.elem),
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => {
                let e = &s.elem;
                (quote!([#e]), quote!(#x), true)
            }
            syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec") => {
                let elem = match &p.path.segments.last().map(|s| &s.arguments) {
                    Some(syn::PathArguments::AngleBracketed(a)) => {
                        a.args.first().map(|a| quote!(#a))
                    }
                    _ => None,
                };
                let e = elem.unwrap_or_else(|| quote!(f64));
                (quote!([#e]), quote!(&#x[..]), true)
            }
            inner => (quote!(#inner), quote!(#x), true),
        },
        other => (quote!(#other), quote!(&#x), false),
    }
}

/// The type of the gradient of a parameter of type `ty`: the owned value
/// (`[f64; N]` for `&[f64; N]`, `Vec<f64>` for `&[f64]` and `&Vec<f64>`).
fn gradient_type(ty: &syn::Type) -> TokenStream {
    match ty {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => {
                let e = &s.elem;
                quote!(::std::vec::Vec<#e>)
            }
            inner => gradient_type(inner),
        },
        syn::Type::Paren(p) => gradient_type(&p.elem),
        syn::Type::Group(g) => gradient_type(&g.elem),
        syn::Type::Tuple(t) if !t.elems.is_empty() => {
            let items = t.elems.iter().map(gradient_type);
            quote!((#(#items,)*))
        }
        other => quote!(#other),
    }
}

/// The type of the tangent of a parameter of type `ty`: the parameter's
/// type, with `&Vec<f64>` taken as `&[f64]`.
fn tangent_type(ty: &syn::Type) -> TokenStream {
    if let syn::Type::Group(g) = ty {
        return tangent_type(&g.elem);
    }
    if let syn::Type::Reference(r) = ty {
        if let syn::Type::Path(p) = &*r.elem {
            if let Some(last) = p.path.segments.last() {
                if last.ident == "Vec" {
                    if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                        if let Some(syn::GenericArgument::Type(t)) = args.args.first() {
                            let lt = &r.lifetime;
                            return quote!(&#lt [#t]);
                        }
                    }
                }
            }
        }
    }
    quote!(#ty)
}
