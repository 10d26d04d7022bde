//! Options of the `#[differentiate(...)]` attribute.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::Parser;

/// The parsed attribute arguments.
pub struct Options {
    /// `wrt(a, b)`: only these parameters are differentiable.
    pub wrt: Option<Vec<syn::Ident>>,
    /// `crate = "path"`: where generated code finds the runtime.
    pub krate: TokenStream,
    /// `custom`: the user writes `NAME_vjp` and `NAME_jvp`; only `NAME_grad`
    /// and the calling adapters are generated, and the body is not read.
    pub custom: bool,
    /// `hessian`: also generate `NAME_hvp` and, for fixed-size inputs,
    /// `NAME_hessian`.
    pub hessian: bool,
    /// `show`: the companions' rustdoc includes their generated source.
    pub show: bool,
    /// `__segment = N` (undocumented, for the crate's own tests): the
    /// instructions per segment of a long body (see `emit::segments`).
    pub segment: Option<usize>,
    /// Spans of options accepted by the syntax but not implemented yet, with
    /// the option's name.
    pub unsupported: Vec<(Span, &'static str)>,
}

impl Options {
    /// Parses the tokens between the attribute's parentheses.
    pub fn parse(args: TokenStream) -> syn::Result<Options> {
        let mut opts = Options {
            wrt: None,
            krate: quote!(::autodiff),
            unsupported: Vec::new(),
            custom: false,
            hessian: false,
            show: false,
            segment: None,
        };
        let parser = syn::meta::parser(|meta| {
            if meta.path.is_ident("wrt") {
                let content;
                syn::parenthesized!(content in meta.input);
                let names =
                    syn::punctuated::Punctuated::<syn::Ident, syn::Token![,]>::parse_terminated(
                        &content,
                    )
                    .map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "`wrt(..)` takes parameter names, e.g. `wrt(x, w)`",
                        )
                    })?;
                opts.wrt = Some(names.into_iter().collect());
                Ok(())
            } else if meta.path.is_ident("crate") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                let path: syn::Path = lit.parse().map_err(|_| {
                    syn::Error::new(
                        lit.span(),
                        "`crate = \"..\"` must name a path to the autodiff crate, e.g. \
                         `crate = \"::autodiff\"` or `crate = \"my_reexport::autodiff\"`",
                    )
                })?;
                opts.krate = quote!(#path);
                Ok(())
            } else if meta.path.is_ident("hessian") {
                opts.hessian = true;
                Ok(())
            } else if meta.path.is_ident("show") {
                opts.show = true;
                Ok(())
            } else if meta.path.is_ident("__segment") {
                let lit: syn::LitInt = meta.value()?.parse()?;
                opts.segment = Some(lit.base10_parse()?);
                Ok(())
            } else if meta.path.is_ident("custom") {
                opts.custom = true;
                Ok(())
            } else {
                Err(meta.error(
                    "unknown option of #[differentiate]: expected `wrt(param, ..)`, \
                     `crate = \"path\"`, `hessian`, `custom` or `show`",
                ))
            }
        });
        parser.parse2(args)?;
        Ok(opts)
    }
}
