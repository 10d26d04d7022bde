//! Options of the `#[differentiate(...)]` attribute.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::Parser;
use syn::spanned::Spanned;

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
    /// `only(jvp)`, where it was written: generate `NAME_jvp` and nothing
    /// else (no `NAME_vjp`, `NAME_grad` or calling adapters).
    ///
    /// Internal, for the runtime's own rules (`autodiff_runtime::rules`):
    /// generated code calls a rule itself for first derivatives and the
    /// rule's `NAME_jvp` for second ones (`InstKind::PartialsJvp`), never
    /// anything else of a rule, so the rest would only cost build time in
    /// every crate that depends on the runtime. Deliberately left out of
    /// the user documentation and of the "unknown option" message. Rejected
    /// together with `hessian` and `custom`, which it would make
    /// meaningless.
    pub only_jvp: Option<Span>,
    /// `__segment = N` (undocumented, for the crate's own tests): the
    /// instructions per segment of a long body (see `emit::segments`).
    pub segment: Option<usize>,
    /// Set by the driver of an annotated `impl` block (not an option the
    /// user writes): the function is an item of an `impl`, so the
    /// companions reach it and each other through `Self::`.
    pub in_impl: bool,
    /// Set with `in_impl` for a trait `impl`: the function is the trait's,
    /// and its companions live in an inherent `impl` next to it.
    pub in_trait_impl: bool,
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
            in_impl: false,
            in_trait_impl: false,
            custom: false,
            hessian: false,
            show: false,
            only_jvp: None,
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
            } else if meta.path.is_ident("only") {
                const ONLY: &str =
                    "`only(..)` takes exactly `jvp`: `only(jvp)` generates `NAME_jvp` alone";
                let span = meta.path.span();
                let content;
                syn::parenthesized!(content in meta.input);
                let names =
                    syn::punctuated::Punctuated::<syn::Ident, syn::Token![,]>::parse_terminated(
                        &content,
                    )
                    .map_err(|e| syn::Error::new(e.span(), ONLY))?;
                let names: Vec<&syn::Ident> = names.iter().collect();
                match names.as_slice() {
                    [jvp] if *jvp == "jvp" => {}
                    [] => return Err(syn::Error::new(span, ONLY)),
                    [first, ..] => {
                        let wrong = names.iter().find(|n| **n != "jvp").unwrap_or(first);
                        return Err(syn::Error::new(wrong.span(), ONLY));
                    }
                }
                opts.only_jvp = Some(span);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown option of #[differentiate]: expected `wrt(param, ..)`, \
                     `crate = \"path\"`, `hessian`, `custom` or `show`",
                ))
            }
        });
        parser.parse2(args)?;
        if let Some(span) = opts.only_jvp {
            for (set, name, needs) in [
                (
                    opts.hessian,
                    "hessian",
                    "its companions are built from `NAME_vjp`",
                ),
                (
                    opts.custom,
                    "custom",
                    "with `custom` the user writes `NAME_jvp`, so nothing would be generated",
                ),
            ] {
                if set {
                    return Err(syn::Error::new(
                        span,
                        format!(
                            "`only(jvp)` generates `NAME_jvp` alone and cannot be combined \
                             with `{name}`: {needs}"
                        ),
                    ));
                }
            }
        }
        Ok(opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(args: TokenStream) -> String {
        match Options::parse(args) {
            Ok(_) => panic!("the options were accepted"),
            Err(e) => e.to_string(),
        }
    }

    /// The names of the functions an expansion defines.
    fn items_of(args: TokenStream) -> Vec<String> {
        let out = crate::expand::expand(
            args,
            quote! {
                fn f(x: f64, y: f64) -> f64 { x.sin() * y }
            },
        );
        let file: syn::File = syn::parse2(out).expect("expansion parses");
        file.items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn only_jvp_is_parsed_with_the_crate_path() {
        let opts = Options::parse(quote!(crate = "crate", only(jvp))).expect("accepted");
        assert!(opts.only_jvp.is_some());
        assert_eq!(opts.krate.to_string(), "crate");
        assert!(
            Options::parse(quote!())
                .expect("accepted")
                .only_jvp
                .is_none()
        );
    }

    #[test]
    fn only_jvp_expands_to_the_original_and_its_jvp_alone() {
        assert_eq!(items_of(quote!(only(jvp))), ["f", "f_jvp"]);
        // Without it, everything the rules used to get is still there.
        let all = items_of(quote!());
        for name in [
            "f_vjp",
            "f_jvp",
            "f_grad",
            "__f_pullback",
            "__f_pushforward",
        ] {
            assert!(all.iter().any(|n| n == name), "{name} missing from {all:?}");
        }
    }

    #[test]
    fn only_jvp_with_an_error_still_defines_the_jvp_and_reports_the_error() {
        let out = crate::expand::expand(
            quote!(only(jvp)),
            quote! {
                fn f(x: f64) -> f64 { x.frobnicate() }
            },
        );
        let text = out.to_string();
        assert!(text.contains("fn f_jvp"), "{text}");
        assert!(text.contains("compile_error"), "{text}");
        assert!(!text.contains("f_vjp"), "{text}");
    }

    #[test]
    fn only_takes_exactly_jvp() {
        for args in [
            quote!(only(vjp)),
            quote!(only(grad)),
            quote!(only()),
            quote!(only(jvp, vjp)),
            quote!(only(jvp, jvp)),
            quote!(only("jvp")),
        ] {
            let e = error_of(args.clone());
            assert!(e.contains("`only(..)` takes exactly `jvp`"), "{args}: {e}");
        }
    }

    #[test]
    fn only_jvp_is_rejected_with_the_options_it_makes_meaningless() {
        for (args, name) in [
            (quote!(only(jvp), hessian), "hessian"),
            (quote!(hessian, only(jvp)), "hessian"),
            (quote!(only(jvp), custom), "custom"),
            (quote!(custom, crate = "crate", only(jvp)), "custom"),
        ] {
            let e = error_of(args.clone());
            assert!(
                e.contains(&format!("cannot be combined with `{name}`")),
                "{args}: {e}"
            );
        }
        // The options that keep their meaning are accepted.
        for args in [
            quote!(only(jvp), wrt(x)),
            quote!(only(jvp), show),
            quote!(crate = "::autodiff", only(jvp)),
        ] {
            assert!(Options::parse(args.clone()).is_ok(), "{args}");
        }
    }
}
