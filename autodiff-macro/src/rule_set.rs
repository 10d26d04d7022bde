//! `__rule_jvps!`: the runtime's implementation of `RuleJvps` for one float
//! type, from the names of its rules. The rules' forward modes are the
//! `NAME_jvp` functions that `#[differentiate(only(jvp))]` generates, and
//! `macro_rules!` cannot build those names, so this does.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};

/// `F; unary { .. } exponent { .. } binary { .. } ternary { .. }`, each
/// group a list of rule names.
struct Input {
    float: Ident,
    groups: Vec<(Ident, Vec<Ident>)>,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let float = input.parse()?;
        input.parse::<syn::Token![;]>()?;
        let mut groups = Vec::new();
        while !input.is_empty() {
            let group: Ident = input.parse()?;
            let names;
            syn::braced!(names in input);
            let mut list = Vec::new();
            while !names.is_empty() {
                list.push(names.parse()?);
            }
            groups.push((group, list));
        }
        Ok(Input { float, groups })
    }
}

/// The implementation of `RuleJvps<F>` for the module's `Rules`.
pub fn expand(input: TokenStream) -> TokenStream {
    let Input { float: f, groups } = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let f = &f;
    let methods = groups.iter().flat_map(|(group, names)| {
        let (floats, int, out) = match group.to_string().as_str() {
            "exponent" => (1, true, quote!((#f, #f))),
            "binary" => (2, false, quote!(((#f, #f), (#f, #f)))),
            "ternary" => (3, false, quote!(((#f, #f, #f), (#f, #f, #f)))),
            _ => (1, false, quote!((#f, #f))),
        };
        names.iter().map(move |name| {
            let x: Vec<Ident> = (0..floats).map(|k| format_ident!("x{k}")).collect();
            let dx: Vec<Ident> = (0..floats).map(|k| format_ident!("dx{k}")).collect();
            let n = int.then(|| quote!(n: i32,));
            let n_arg = int.then(|| quote!(n,));
            let jvp = format_ident!("{name}_jvp");
            quote! {
                #[inline]
                #[allow(clippy::too_many_arguments)]
                fn #name(#(#x: #f,)* #n y: #f, #(#dx: #f,)* dy: #f) -> #out {
                    #jvp(#(#x,)* #n_arg y, #(#dx,)* dy)
                }
            }
        })
    });
    quote! {
        impl super::RuleJvps<#f> for Rules {
            #(#methods)*
        }
    }
}
