//! `NAME_vjp_into(params, d_out, grads) -> R`: reverse mode that adds the
//! gradient into buffers the caller owns, one `&mut` per differentiable
//! parameter, so a training loop allocates nothing per step. `NAME_vjp` is
//! this with zeroed buffers of its own.
//!
//! The body is the reverse sweep whose adjoint of each differentiable leaf
//! starts from the leaf's buffer instead of zero (see
//! [`crate::pipeline::preseeded`]): a slice's adjoint is the caller's slice,
//! updated in place; a float's or an array's is copied in and written back.
//! nalgebra leaves start from zero and are added into their buffers after
//! the sweep, through their arrays.

use super::Context;
use crate::ast::{FnDef, Leaf};
use crate::emit::Emitter;
use crate::lang::Ty;
use crate::pipeline::Transformed;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The `grads` parameter of `NAME_vjp_into`.
pub struct Buffers {
    /// Its name.
    pub name: Ident,
    /// Its type: `&mut B` for one differentiable parameter, a tuple of them
    /// for several, where `B` is the gradient type with `Vec<T>` taken as
    /// `[T]`.
    pub ty: TokenStream,
    /// Per differentiable parameter: whether its buffer is a slice.
    pub slice: Vec<bool>,
    /// Per leaf of the differentiable parameters: its buffer as a place
    /// (`(*grads)`, `(*grads.1).0`).
    pub places: Vec<TokenStream>,
    /// Per leaf: whether the sweep adds into the buffer itself.
    pub preseed: Vec<bool>,
}

impl Buffers {
    pub fn new(def: &FnDef, wrt: &[usize], name: Ident, grad_tys: &[TokenStream]) -> Self {
        let mut tys = Vec::new();
        let mut slice = Vec::new();
        for (j, i) in wrt.iter().enumerate() {
            let p = &def.params[*i];
            let elem = crate::nalgebra::seq_elem(&p.syn_ty);
            slice.push(elem.is_some());
            tys.push(match elem {
                Some(e) => quote!(&mut [#e]),
                None => {
                    let g = &grad_tys[j];
                    quote!(&mut #g)
                }
            });
        }
        let places = leaf_items(def, wrt, &quote!(#name), true);
        let ty = match tys.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        };
        Buffers {
            name,
            ty,
            slice,
            places,
            preseed: crate::pipeline::preseeded(def, &def.leaf_wrt()),
        }
    }
}

/// Item `j` of a value shaped like the gradient `G` of `n` differentiable
/// parameters: `base` itself for one, `base.j` for several.
fn param_item(base: &TokenStream, j: usize, n: usize) -> TokenStream {
    if n == 1 {
        base.clone()
    } else {
        let idx = syn::Index::from(j);
        quote!(#base.#idx)
    }
}

/// Each leaf of the differentiable parameters (`wrt`) in a value shaped
/// like `G`: `base.1.0`, or with `deref` (items that are `&mut`s)
/// `(*base.1).0`.
fn leaf_items(def: &FnDef, wrt: &[usize], base: &TokenStream, deref: bool) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for (j, i) in wrt.iter().enumerate() {
        let item = param_item(base, j, wrt.len());
        let item = if deref { quote!((*#item)) } else { item };
        for leaf in &def.params[*i].leaves {
            let path = leaf.path.iter().map(|k| syn::Index::from(*k));
            out.push(quote!(#item #(.#path)*));
        }
    }
    out
}

impl Context<'_> {
    /// The leaves of the differentiable parameters with how the original's
    /// body reads each (`x`, `p.1`), for lengths.
    fn wrt_leaves(&self) -> Vec<(&Leaf, TokenStream)> {
        self.wrt
            .iter()
            .flat_map(|i| {
                let p = &self.def.params[*i];
                p.leaves
                    .iter()
                    .map(move |l| (l, super::leaf_read(&p.ident, l)))
            })
            .collect()
    }

    /// A zero of IR type `ty`, shaped like `like` for a `Vec`.
    fn zero_of(&self, ty: &Ty, like: &TokenStream) -> TokenStream {
        match ty {
            Ty::Float(_) => self.float_lit("0.0"),
            Ty::Array(e, n) => {
                let (inner, n) = (self.zero_of(e, like), &n.0);
                quote!([#inner; #n])
            }
            Ty::Vec(e) => {
                let inner = self.zero_of(e, like);
                quote!(::std::vec![#inner; #like.len()])
            }
            _ => quote!(::core::default::Default::default()),
        }
    }

    /// How the body of `NAME_vjp_into` reads the buffers it adds into in
    /// place: a float or an array by copy, a slice as `&mut`.
    fn buffer_reads(&self) -> Vec<TokenStream> {
        let b = &self.buffers;
        self.wrt_leaves()
            .iter()
            .zip(&b.places)
            .zip(&b.preseed)
            .filter(|(_, s)| **s)
            .map(|(((leaf, _), place), _)| match leaf.ty {
                Ty::Vec(_) => quote!((&mut #place[..])),
                _ => quote!(#place),
            })
            .collect()
    }

    /// The body of `NAME_vjp_into`: the sweep, then the gradients into
    /// the buffers the sweep did not update in place.
    pub(super) fn vjp_into_body(&self, t: &Transformed) -> TokenStream {
        let mut params = self.vjp_params();
        let reads = self.buffer_reads();
        let mut borrowed = self.vjp_borrowed();
        borrowed.extend(reads.iter().map(|_| false));
        params.extend(reads);
        let em = self.segmentable(Emitter::new(
            &t.func,
            &params,
            &borrowed,
            quote!(self),
            self.krate,
        ));
        let stmts = em.body(&t.func.body);
        let value = self.ret_shape(&em, &t.value);
        let finals = em.each(&t.gradient);
        let krate = self.krate;
        let b = &self.buffers;
        let mut writes = TokenStream::new();
        let leaves = self.wrt_leaves();
        let na = self.def.leaf_wrt();
        for (k, ((leaf, _), f)) in leaves.iter().zip(finals).enumerate() {
            let place = &b.places[k];
            if !b.preseed[k] {
                if let Some(na) = &self.leaf_na[na[k]] {
                    writes.extend(na.add_into(krate, place, &f));
                }
                continue;
            }
            writes.extend(match leaf.ty {
                // The sweep's `&mut` to the buffer itself, or a copy of it
                // with the gradient added (when the sweep could not update
                // it in place).
                Ty::Vec(_) => quote! {
                    if let ::core::option::Option::Some(g) = #krate::__private::owned_gradient(#f) {
                        #place.copy_from_slice(&g);
                    }
                },
                _ => quote!(#place = #f;),
            });
        }
        let (mention, params, seeds) = (self.mention(), &self.param_preamble, &self.seed_preamble);
        let value_id = Ident::new("value", proc_macro2::Span::mixed_site());
        quote! {
            #mention
            #params
            #seeds
            #stmts
            let #value_id = #value;
            #writes
            #value_id
        }
    }

    /// `NAME_vjp_into` for user-written companions: their `NAME_vjp`, its
    /// gradient added into the buffers.
    pub(super) fn vjp_into_custom_body(&self) -> TokenStream {
        let Context {
            args,
            call,
            self_arg,
            seed,
            krate,
            ..
        } = self;
        let vjp = format_ident!("{}_vjp", self.name);
        let (value, grad) = (
            Ident::new("value", proc_macro2::Span::mixed_site()),
            Ident::new("gradient", proc_macro2::Span::mixed_site()),
        );
        let na = self.def.leaf_wrt();
        let gs = leaf_items(self.def, &self.wrt, &quote!(#grad), false);
        let mut adds = TokenStream::new();
        for (k, ((leaf, _), g)) in self.wrt_leaves().iter().zip(&gs).enumerate() {
            let place = &self.buffers.places[k];
            adds.extend(match &self.leaf_na[na[k]] {
                Some(na) => na.add_into(krate, place, &na.to_arrays(g)),
                None => match leaf.ty {
                    Ty::Float(_) => quote!(#place = #place + #g;),
                    _ => quote!(#krate::__private::accumulate(&mut #place[..], &#g[..]);),
                },
            });
        }
        quote! {
            let (#value, #grad) = #call #vjp(#self_arg #(#args,)* #seed);
            #adds
            #value
        }
    }

    /// The body of `NAME_vjp`: zeroed buffers, `NAME_vjp_into`.
    pub(super) fn vjp_through_into(&self) -> TokenStream {
        let Context {
            args,
            call,
            self_arg,
            seed,
            gradient,
            ..
        } = self;
        let into = format_ident!("{}_vjp_into", self.name);
        let zeros: Vec<TokenStream> = self
            .wrt_leaves()
            .iter()
            .map(|(leaf, read)| self.zero_of(&leaf.ty, read))
            .collect();
        let zero = self.gradient_of(zeros);
        let g = Ident::new("gradient", proc_macro2::Span::mixed_site());
        let refs: Vec<TokenStream> = self
            .buffers
            .slice
            .iter()
            .enumerate()
            .map(|(j, slice)| {
                let place = param_item(&quote!(#g), j, self.wrt.len());
                if *slice {
                    quote!(&mut #place[..])
                } else {
                    quote!(&mut #place)
                }
            })
            .collect();
        let refs = match refs.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        };
        let value = Ident::new("value", proc_macro2::Span::mixed_site());
        quote! {
            let mut #g: #gradient = #zero;
            let #value = #call #into(#self_arg #(#args,)* #seed, #refs);
            (#value, #g)
        }
    }
}
