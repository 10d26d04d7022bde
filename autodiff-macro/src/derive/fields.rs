//! Reads a struct for the derive: its fields, which of them carry a
//! derivative, and the options of `#[differentiable(..)]`.

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use std::collections::HashSet;

/// The struct the derive is on, as the emitter needs it.
pub struct Struct {
    /// The name of the generated tangent struct (`NameTangent`).
    pub tangent: syn::Ident,
    /// The path under which the `autodiff` crate is reachable.
    pub krate: TokenStream,
    /// Whether the fields are named (`{ a: f64 }`) rather than positional.
    pub named: bool,
    /// Every field, in declaration order.
    pub fields: Vec<Field>,
    /// The generics of the tangent struct: those of the struct that the
    /// types of the carrying fields mention.
    pub tangent_generics: syn::Generics,
}

/// One field of the struct.
pub struct Field {
    /// How the struct's own field is reached (`pos`, `0`).
    pub member: syn::Member,
    /// How the tangent's field is reached: the same name, or the position
    /// among the carrying fields of a tuple struct.
    pub tangent_member: syn::Member,
    /// The field's type.
    pub ty: syn::Type,
    /// The field's visibility, which its tangent field gets too.
    pub vis: syn::Visibility,
    /// Whether the field carries a derivative.
    pub carries: bool,
}

impl Struct {
    /// Reads `input`, or the error that says what is wrong with it.
    pub fn read(input: &syn::DeriveInput) -> syn::Result<Struct> {
        let syn::Data::Struct(data) = &input.data else {
            return Err(syn::Error::new(
                input.ident.span(),
                "`#[derive(Differentiable)]` supports structs only: write the value as a struct \
                 (an enum's variants have no common tangent)",
            ));
        };
        let options = ContainerOptions::read(&input.attrs, &input.ident)?;
        let fields = read_fields(&data.fields)?;
        let tangent_generics = tangent_generics(&input.generics, &fields);
        Ok(Struct {
            tangent: options.tangent,
            krate: options.krate,
            named: matches!(data.fields, syn::Fields::Named(_)),
            fields,
            tangent_generics,
        })
    }

    /// The fields that carry a derivative.
    pub fn carrying(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| f.carries)
    }
}

/// The options on the struct: `crate = "path"`, `tangent = "Name"`.
struct ContainerOptions {
    krate: TokenStream,
    tangent: syn::Ident,
}

impl ContainerOptions {
    fn read(attrs: &[syn::Attribute], name: &syn::Ident) -> syn::Result<ContainerOptions> {
        let mut options = ContainerOptions {
            krate: quote!(::autodiff),
            tangent: format_ident!("{}Tangent", name),
        };
        for attr in attrs.iter().filter(|a| a.path().is_ident("differentiable")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("crate") {
                    let path: syn::LitStr = meta.value()?.parse()?;
                    options.krate = path.parse::<syn::Path>()?.into_token_stream();
                } else if meta.path.is_ident("tangent") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    options.tangent = lit.parse()?;
                } else {
                    return Err(meta.error(
                        "unknown option of `#[differentiable(..)]` on a struct: \
                         write `crate = \"path\"` or `tangent = \"Name\"`",
                    ));
                }
                Ok(())
            })?;
        }
        Ok(options)
    }
}

/// Reads the fields, numbering the carrying ones of a tuple struct.
fn read_fields(fields: &syn::Fields) -> syn::Result<Vec<Field>> {
    let mut out = Vec::new();
    let mut position = 0;
    for (i, field) in fields.iter().enumerate() {
        let carries = !is_skipped(&field.attrs)? && !is_constant_type(&field.ty);
        let member = match &field.ident {
            Some(ident) => syn::Member::Named(ident.clone()),
            None => syn::Member::Unnamed(syn::Index::from(i)),
        };
        let tangent_member = match &field.ident {
            Some(ident) => syn::Member::Named(ident.clone()),
            None => syn::Member::Unnamed(syn::Index::from(position)),
        };
        position += usize::from(carries);
        out.push(Field {
            member,
            tangent_member,
            ty: field.ty.clone(),
            vis: field.vis.clone(),
            carries,
        });
    }
    Ok(out)
}

/// Whether a field is marked `#[differentiable(skip)]`.
fn is_skipped(attrs: &[syn::Attribute]) -> syn::Result<bool> {
    let mut skip = false;
    for attr in attrs.iter().filter(|a| a.path().is_ident("differentiable")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("skip") {
                skip = true;
                Ok(())
            } else {
                Err(meta.error(
                    "unknown option of `#[differentiable(..)]` on a field: write `skip` \
                     for a field that carries no derivative",
                ))
            }
        })?;
    }
    Ok(skip)
}

/// The names of the types that never carry a derivative.
const CONSTANT_TYPES: &[&str] = &[
    "bool",
    "char",
    "str",
    "String",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "PhantomData",
    "NonZeroUsize",
    "Duration",
    "Instant",
];

/// The wrappers whose single type argument decides whether they carry one.
const WRAPPERS: &[&str] = &["Vec", "Box", "Option"];

/// Whether a type, by its spelling, carries no derivative: integers, `bool`,
/// `char`, strings, references, pointers, functions, and arrays, `Vec`s and
/// tuples of those.
fn is_constant_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => is_constant_path(&p.path),
        syn::Type::Array(a) => is_constant_type(&a.elem),
        syn::Type::Slice(s) => is_constant_type(&s.elem),
        syn::Type::Tuple(t) => t.elems.iter().all(is_constant_type),
        syn::Type::Paren(p) => is_constant_type(&p.elem),
        syn::Type::Group(g) => is_constant_type(&g.elem),
        syn::Type::Reference(_)
        | syn::Type::Ptr(_)
        | syn::Type::BareFn(_)
        | syn::Type::Never(_) => true,
        _ => false,
    }
}

/// [`is_constant_type`] of a path type.
fn is_constant_path(path: &syn::Path) -> bool {
    let Some(last) = path.segments.last() else {
        return false;
    };
    let name = last.ident.to_string();
    if CONSTANT_TYPES.contains(&name.as_str()) {
        return true;
    }
    if !WRAPPERS.contains(&name.as_str()) {
        return false;
    }
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().all(|arg| match arg {
            syn::GenericArgument::Type(t) => is_constant_type(t),
            _ => true,
        }),
        _ => false,
    }
}

/// The struct's generics that the carrying fields' types mention, with their
/// bounds, and a `where` clause that asks each carrying field's type to be
/// `Differentiable` (when there are generics at all).
fn tangent_generics(generics: &syn::Generics, fields: &[Field]) -> syn::Generics {
    let mut used = HashSet::new();
    for field in fields.iter().filter(|f| f.carries) {
        collect_names(field.ty.to_token_stream(), &mut used);
    }
    let params = generics
        .params
        .iter()
        .filter(|p| used.contains(&param_name(p)))
        .cloned();
    syn::Generics {
        lt_token: Some(Default::default()),
        params: params.collect(),
        gt_token: Some(Default::default()),
        where_clause: None,
    }
}

/// The name a generic parameter is mentioned by (`T`, `'a`, `N`).
fn param_name(param: &syn::GenericParam) -> String {
    match param {
        syn::GenericParam::Type(t) => t.ident.to_string(),
        syn::GenericParam::Const(c) => c.ident.to_string(),
        syn::GenericParam::Lifetime(l) => l.lifetime.to_string(),
    }
}

/// Every identifier and lifetime in `tokens`, at any depth.
fn collect_names(tokens: TokenStream, out: &mut HashSet<String>) {
    let mut after_quote = false;
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                out.insert(if after_quote {
                    format!("'{name}")
                } else {
                    name
                });
                after_quote = false;
            }
            TokenTree::Group(group) => collect_names(group.stream(), out),
            TokenTree::Punct(p) => after_quote = p.as_char() == '\'',
            TokenTree::Literal(_) => after_quote = false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn integer_bool_string_and_reference_fields_are_constants() {
        for ty in [
            parse_quote!(usize),
            parse_quote!(bool),
            parse_quote!(String),
            parse_quote!(&'a [f64]),
            parse_quote!(Vec<u32>),
            parse_quote!([i64; 3]),
            parse_quote!((usize, bool)),
            parse_quote!(std::marker::PhantomData<T>),
        ] {
            assert!(is_constant_type(&ty), "{}", ty.to_token_stream());
        }
    }

    #[test]
    fn float_array_vec_tuple_and_named_fields_carry_derivatives() {
        for ty in [
            parse_quote!(f64),
            parse_quote!([f64; 3]),
            parse_quote!(Vec<f32>),
            parse_quote!((f64, usize)),
            parse_quote!(Inner),
            parse_quote!(T),
            parse_quote!(Vec<[f64; 2]>),
        ] {
            assert!(!is_constant_type(&ty), "{}", ty.to_token_stream());
        }
    }

    #[test]
    fn the_tangent_keeps_the_generics_its_fields_mention() {
        let input: syn::DeriveInput = parse_quote! {
            struct S<'a, T, const N: usize> { x: [T; N], name: &'a str }
        };
        let s = Struct::read(&input).expect("reads");
        let names: Vec<_> = s.tangent_generics.params.iter().map(param_name).collect();
        assert_eq!(names, ["T", "N"]);
    }
}
