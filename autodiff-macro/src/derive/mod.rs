//! `#[derive(Differentiable)]`: a struct's tangent type and its
//! `autodiff::Differentiable` impl.
//!
//! One stage per module: [`fields`] reads the struct (which fields carry a
//! derivative, the options), [`emit`] writes the tangent struct and the
//! impls. The derive sees the struct's syntax only, so a field carries a
//! derivative unless its type is spelled as an integer, `bool`, `char`,
//! string or reference type (or an array, `Vec` or tuple of those), or it is
//! marked `#[differentiable(skip)]`; any other field type must implement
//! `Differentiable` itself, which rustc checks.

mod emit;
mod fields;

use proc_macro2::TokenStream;

/// Expands the derive on `input`, or the errors that say why not.
pub fn derive(input: TokenStream) -> TokenStream {
    let parsed = syn::parse2::<syn::DeriveInput>(input)
        .and_then(|input| fields::Struct::read(&input).map(|s| emit::expand(&input, &s)));
    parsed.unwrap_or_else(syn::Error::into_compile_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn expanded(input: TokenStream) -> String {
        let file = syn::parse2::<syn::File>(derive(input)).expect("the expansion parses as items");
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_struct_gets_a_tangent_with_its_float_fields_only() {
        let out = expanded(quote! {
            pub struct Particle { pub pos: [f64; 3], pub m: f64, id: usize, #[differentiable(skip)] pub c: f64 }
        });
        assert!(out.contains("pub struct ParticleTangent"), "{out}");
        assert!(out.contains("pub pos:"), "{out}");
        assert!(out.contains("pub m:"), "{out}");
        assert!(!out.contains("id:"), "{out}");
        assert!(!out.contains(" c:"), "{out}");
    }

    #[test]
    fn an_enum_is_an_error_that_says_structs_only() {
        let out = derive(quote! { enum E { A, B } }).to_string();
        assert!(out.contains("compile_error"), "{out}");
        assert!(out.contains("structs"), "{out}");
    }

    #[test]
    fn an_unknown_option_is_an_error() {
        let out = derive(quote! { struct S { #[differentiable(skp)] a: f64 } }).to_string();
        assert!(out.contains("compile_error"), "{out}");
        assert!(out.contains("skip"), "{out}");
    }
}
