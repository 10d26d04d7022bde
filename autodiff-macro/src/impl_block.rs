//! The driver of `#[differentiate]` on an `impl` block: each function of
//! the block marked `#[differentiate(..)]` is expanded as an item of an
//! `impl` (its companions reach it and each other through `Self::`, also
//! when it has no receiver). The companions of an inherent `impl` go into
//! it; those of a trait `impl` (`impl Trait for S`), which may hold only
//! the trait's items, into an inherent `impl S` next to it, with the same
//! generics.

use crate::attr::Options;
use crate::expand::expand_fn;
use proc_macro2::TokenStream;
use quote::quote;

/// Expands `#[differentiate(args)] impl .. { .. }`.
pub fn expand_impl(args: Options, item: TokenStream) -> TokenStream {
    let mut block: syn::ItemImpl = match syn::parse2(item.clone()) {
        Ok(b) => b,
        Err(e) => return e.to_compile_error(),
    };
    let mut errors = TokenStream::new();
    if args.wrt.is_some() || args.hessian || args.custom || args.show {
        errors.extend(
            syn::Error::new(
                block.impl_token.span,
                "on an `impl` block, `#[differentiate]` takes no options: write them on the \
                 functions (`#[differentiate(hessian)] fn f(..)`)",
            )
            .to_compile_error(),
        );
    }
    let mut kept = Vec::new();
    let mut companions = Vec::new();
    let mut marked = 0;
    // A float type parameter of the block (`impl<T: Float> S<T>`) is one
    // of each method's.
    let _float = crate::lang::set_generic_float(crate::parse::generic_float_param(&block.generics));
    for it in std::mem::take(&mut block.items) {
        let syn::ImplItem::Fn(f) = it else {
            kept.push(it);
            continue;
        };
        let Some(pos) = f.attrs.iter().position(is_differentiate) else {
            kept.push(syn::ImplItem::Fn(f));
            continue;
        };
        marked += 1;
        let mut f = f;
        let attr = f.attrs.remove(pos);
        let opts = match method_options(&attr) {
            Ok(mut o) => {
                o.in_impl = true;
                o.in_trait_impl = block.trait_.is_some();
                if o.krate.to_string() == quote!(::autodiff).to_string() {
                    o.krate = args.krate.clone();
                }
                o
            }
            Err(e) => {
                errors.extend(e.to_compile_error());
                kept.push(syn::ImplItem::Fn(f));
                continue;
            }
        };
        let func = syn::ItemFn {
            attrs: f.attrs.clone(),
            vis: f.vis.clone(),
            sig: f.sig.clone(),
            block: Box::new(f.block.clone()),
        };
        let name = f.sig.ident.clone();
        // The original (as the expansion emits it, without `#[checkpoint]`
        // markers) stays where it is; its companions go after the block's
        // items.
        match syn::parse2::<ImplItems>(expand_fn(opts, func)) {
            Ok(ImplItems(items)) => {
                for item in items {
                    match item {
                        syn::ImplItem::Fn(g) if g.sig.ident == name => {
                            kept.push(syn::ImplItem::Fn(syn::ImplItemFn {
                                defaultness: f.defaultness,
                                ..g
                            }));
                        }
                        other => companions.push(other),
                    }
                }
            }
            Err(e) => {
                errors.extend(e.to_compile_error());
                kept.push(syn::ImplItem::Fn(f));
            }
        }
    }
    if marked == 0 {
        errors.extend(
            syn::Error::new(
                block.impl_token.span,
                "`#[differentiate]` on an `impl` block differentiates the functions in it that \
                 are marked `#[differentiate]`, and none is: mark the functions to differentiate",
            )
            .to_compile_error(),
        );
    }
    if block.trait_.is_none() {
        block.items = kept;
        block.items.extend(companions);
        return quote!(#errors #block);
    }
    // A trait `impl`: the companions in an inherent `impl` of the same type.
    block.items = kept;
    let (generics, ty) = (&block.generics, &block.self_ty);
    let (params, _, where_clause) = generics.split_for_impl();
    let companions = companions.iter();
    quote! {
        #errors
        #block
        impl #params #ty #where_clause {
            #(#companions)*
        }
    }
}

/// Whether `a` is `#[differentiate(..)]` (also `#[autodiff::differentiate]`).
fn is_differentiate(a: &syn::Attribute) -> bool {
    a.path()
        .segments
        .last()
        .is_some_and(|s| s.ident == "differentiate")
}

/// The options of a function's own `#[differentiate(..)]`.
fn method_options(attr: &syn::Attribute) -> syn::Result<Options> {
    match &attr.meta {
        syn::Meta::Path(_) => Options::parse(TokenStream::new()),
        syn::Meta::List(l) => Options::parse(l.tokens.clone()),
        syn::Meta::NameValue(nv) => Err(syn::Error::new_spanned(
            nv,
            "write `#[differentiate]` or `#[differentiate(options)]`",
        )),
    }
}

/// The items an expanded function becomes, read as items of an `impl`.
struct ImplItems(Vec<syn::ImplItem>);

impl syn::parse::Parse for ImplItems {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let mut items = Vec::new();
        while !input.is_empty() {
            items.push(input.parse()?);
        }
        Ok(ImplItems(items))
    }
}
