//! nalgebra values at the companions' boundary: the bodies work on arrays
//! (`[[T; R]; C]`, see `crate::nalgebra`), so each nalgebra parameter,
//! tangent and seed is converted to its array once at the top of a body,
//! and each nalgebra result and gradient back to the type as written.

use crate::ast::Leaf;
use crate::nalgebra::{self, NaType};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How a parameter leaf (or a result) of a nalgebra type crosses the
/// boundary.
#[derive(Clone)]
pub enum NaLeaf {
    /// `Vector3<f64>`, `&Matrix3<f64>`: one value; `ty` as written.
    Value { na: NaType, ty: syn::Type },
    /// `&[Vector3<f64>]`, `&Vec<Point2<f64>>`: a sequence of them, held as a
    /// `Vec` of arrays; `elem` is the element type as written.
    Seq { na: NaType, elem: syn::Type },
    /// `[Point3<f64>; 3]`, `&[Vector3<f64>; N]`: an array of them, held as
    /// an array of arrays; `elem` is the element type as written.
    Array {
        na: NaType,
        elem: syn::Type,
        len: syn::Expr,
    },
    /// `&Rotation3<f64>`, `UnitQuaternion<f64>`: a constant rotation (never
    /// differentiated), held as its matrix; `unit` for a quaternion or
    /// complex number.
    Rotation { na: NaType, unit: bool },
}

/// What stands where a rotation's gradient would: a rotation parameter is
/// never differentiated (its type has no differentiable leaf), so this is
/// never emitted for one.
fn not_differentiated() -> TokenStream {
    quote!(::core::compile_error!(
        "a rotation parameter cannot be differentiated: leave it out of `wrt(..)`"
    ))
}

/// The element type and length of an array type (`[T; N]`, `&[T; N]`).
fn array_elem(ty: &syn::Type) -> Option<(&syn::Type, &syn::Expr)> {
    match ty {
        syn::Type::Reference(r) => array_elem(&r.elem),
        syn::Type::Paren(p) => array_elem(&p.elem),
        syn::Type::Group(g) => array_elem(&g.elem),
        syn::Type::Array(a) => Some((&a.elem, &a.len)),
        _ => None,
    }
}

impl NaLeaf {
    /// The nalgebra type of a leaf's type, if it is one (or a sequence of
    /// them).
    pub fn of(ty: &syn::Type) -> Option<NaLeaf> {
        let float = crate::parse::float_of_type;
        if let Some(na) = nalgebra::of_type(ty, float) {
            return Some(NaLeaf::Value { na, ty: ty.clone() });
        }
        if let Some((na, unit)) = nalgebra::rotation_of(ty, float) {
            return Some(NaLeaf::Rotation { na, unit });
        }
        if let Some((elem, len)) = array_elem(ty) {
            let na = nalgebra::of_type(elem, float)?;
            return Some(NaLeaf::Array {
                na,
                elem: elem.clone(),
                len: len.clone(),
            });
        }
        let elem = nalgebra::seq_elem(ty)?;
        let na = nalgebra::of_type(elem, float)?;
        Some(NaLeaf::Seq {
            na,
            elem: elem.clone(),
        })
    }

    pub fn of_leaf(leaf: &Leaf) -> Option<NaLeaf> {
        NaLeaf::of(&leaf.syn_ty)
    }

    /// The value a body reads for `place` (the parameter as passed): its
    /// array, or a reference to the `Vec` of arrays of a sequence.
    pub fn to_body(&self, place: &TokenStream) -> TokenStream {
        match self {
            NaLeaf::Value { na, ty } => {
                let owned = if matches!(ty, syn::Type::Reference(_)) {
                    quote!(::core::clone::Clone::clone(#place))
                } else {
                    quote!(::core::clone::Clone::clone(&#place))
                };
                na.array_expr(owned)
            }
            NaLeaf::Seq { na, .. } => {
                let v = Ident::new("__autodiff_v", Span::mixed_site());
                let each = na.array_expr(quote!(::core::clone::Clone::clone(#v)));
                quote!(&#place.iter().map(|#v| #each).collect::<::std::vec::Vec<_>>())
            }
            NaLeaf::Array { na, .. } => {
                let v = Ident::new("__autodiff_v", Span::mixed_site());
                let each = na.array_expr(quote!(#v));
                quote!(::core::clone::Clone::clone(&#place).map(|#v| #each))
            }
            NaLeaf::Rotation { na, unit } => {
                let r = quote!(::core::clone::Clone::clone(&#place));
                let m = if *unit {
                    quote!(#r.to_rotation_matrix().into_inner())
                } else {
                    quote!(#r.into_inner())
                };
                na.array_expr(m)
            }
        }
    }

    /// Whether the body reads the converted value in place (a sequence is
    /// a reference to its converted `Vec`).
    pub fn borrowed(&self) -> bool {
        matches!(self, NaLeaf::Seq { .. })
    }

    /// `value`, computed by a body as arrays, as the owned type as written
    /// (`Vec<Vector3<f64>>` for a sequence).
    pub fn returned(&self, value: TokenStream) -> TokenStream {
        match self {
            NaLeaf::Value { na, ty } => na.typed_expr(ty, value),
            NaLeaf::Seq { na, elem } => {
                let a = Ident::new("__autodiff_a", Span::mixed_site());
                let each = na.typed_expr(elem, quote!(#a));
                quote!(::core::iter::IntoIterator::into_iter(#value).map(|#a| #each).collect::<::std::vec::Vec<_>>())
            }
            NaLeaf::Array { na, elem, .. } => {
                let a = Ident::new("__autodiff_a", Span::mixed_site());
                let each = na.typed_expr(elem, quote!(#a));
                quote!((#value).map(|#a| #each))
            }
            NaLeaf::Rotation { .. } => not_differentiated(),
        }
    }
}

impl NaLeaf {
    /// How a pushforward adapter takes the tangent `t` of a parameter
    /// `place` of this type: the type `IntoTangent` gives (the arrays a
    /// differentiated caller holds), and the statements that convert `t`
    /// into the type as written. `None` for a rotation, never
    /// differentiated.
    pub fn tangent_conversion(
        &self,
        krate: &TokenStream,
        place: &TokenStream,
        t: &Ident,
    ) -> Option<(TokenStream, TokenStream)> {
        let body = self.to_body(place);
        let (value_ty, primal) = match self {
            NaLeaf::Value { na, .. } => (na.array_ty(), quote!(&#body)),
            NaLeaf::Array { na, len, .. } => {
                let arr = na.array_ty();
                (quote!([#arr; #len]), quote!(&#body))
            }
            NaLeaf::Seq { na, .. } => {
                let arr = na.array_ty();
                (quote!([#arr]), quote!(&(#body)[..]))
            }
            NaLeaf::Rotation { .. } => return None,
        };
        let typed = self.returned(quote!(::core::clone::Clone::clone(&#t).into_owned()));
        let stmts = quote! {
            let #t = #krate::__private::IntoTangent::<#value_ty>::into_tangent(#t, #primal);
            let #t = #typed;
        };
        Some((value_ty, stmts))
    }

    /// `value` (an owned gradient of this type) as arrays.
    fn arrays(&self, value: TokenStream) -> TokenStream {
        match self {
            NaLeaf::Value { na, .. } => na.array_expr(value),
            NaLeaf::Seq { na, .. } => {
                let v = Ident::new("__autodiff_v", Span::mixed_site());
                let each = na.array_expr(quote!(#v));
                quote!(::core::iter::IntoIterator::into_iter(#value).map(|#v| #each).collect::<::std::vec::Vec<_>>())
            }
            NaLeaf::Array { na, .. } => {
                let v = Ident::new("__autodiff_v", Span::mixed_site());
                let each = na.array_expr(quote!(#v));
                quote!((#value).map(|#v| #each))
            }
            NaLeaf::Rotation { .. } => not_differentiated(),
        }
    }

    /// `s * g + h` of two gradients of this type, through the runtime's
    /// element-wise helper on their arrays.
    pub fn scaled_add(&self, krate: &TokenStream, s: &Ident, g: &Ident, h: &Ident) -> TokenStream {
        let (g, h) = (self.arrays(quote!(#g)), self.arrays(quote!(#h)));
        self.returned(quote!(#krate::__private::scaled_add(#s, #g, #h)))
    }

    /// `g · t` for a gradient `g` (`&G`) and a tangent `t` (`&T`, a slice
    /// for a sequence) of this type.
    pub fn dot(&self, krate: &TokenStream, g: &Ident, t: &TokenStream) -> TokenStream {
        let one = |na: &NaType, a: TokenStream, b: TokenStream| {
            let (a, b) = (
                na.array_expr(quote!(::core::clone::Clone::clone(#a))),
                na.array_expr(quote!(::core::clone::Clone::clone(#b))),
            );
            quote!(#krate::__private::dot(&#a, &#b))
        };
        match self {
            NaLeaf::Value { na, .. } => one(na, quote!(#g), t.clone()),
            NaLeaf::Rotation { .. } => not_differentiated(),
            NaLeaf::Seq { na, .. } | NaLeaf::Array { na, .. } => {
                let (a, b) = (
                    Ident::new("__autodiff_a", Span::mixed_site()),
                    Ident::new("__autodiff_b", Span::mixed_site()),
                );
                let each = one(na, quote!(#a), quote!(#b));
                let f: TokenStream = na
                    .float
                    .unwrap_or(crate::lang::FloatTy::F64)
                    .name()
                    .parse()
                    .unwrap_or_else(|_| quote!(f64));
                quote!(::core::iter::Iterator::sum::<#f>(#g.iter().zip((#t).iter()).map(|(#a, #b)| #each)))
            }
        }
    }
}

/// The conversions at the top of a body: `let name = <conversion of
/// place>;` for each nalgebra leaf, and the names the body reads instead.
pub struct Converted {
    pub preamble: TokenStream,
}

impl Converted {
    /// Converts each of `places` whose leaf is a nalgebra one into a hidden
    /// local named after `base` and its position; returns what the body
    /// reads for each place.
    pub fn convert(
        &mut self,
        base: &str,
        places: &[TokenStream],
        leaves: &[Option<NaLeaf>],
    ) -> Vec<TokenStream> {
        places
            .iter()
            .zip(leaves)
            .enumerate()
            .map(|(k, (place, na))| match na {
                Some(na) => {
                    let name = Ident::new(&format!("__autodiff_{base}_{k}"), Span::mixed_site());
                    let value = na.to_body(place);
                    self.preamble.extend(quote!(let #name = #value;));
                    quote!(#name)
                }
                None => place.clone(),
            })
            .collect()
    }
}

impl NaLeaf {
    /// The statements adding `arrays` (a gradient as the body holds it)
    /// into the buffer at `place` (of the type as written).
    pub fn add_into(
        &self,
        krate: &TokenStream,
        place: &TokenStream,
        arrays: &TokenStream,
    ) -> TokenStream {
        let (a, g) = (
            Ident::new("__autodiff_a", Span::mixed_site()),
            Ident::new("__autodiff_g", Span::mixed_site()),
        );
        match self {
            NaLeaf::Value { na, ty } => {
                let mut_arr = na.array_expr(quote!(::core::clone::Clone::clone(&#place)));
                let back = na.typed_expr(ty, quote!(#a));
                quote! {{
                    let mut #a = #mut_arr;
                    #krate::__private::accumulate(&mut #a, &#arrays);
                    #place = #back;
                }}
            }
            NaLeaf::Seq { na, elem } | NaLeaf::Array { na, elem, .. } => {
                let mut_arr = na.array_expr(quote!(::core::clone::Clone::clone(&*#g)));
                let back = na.typed_expr(elem, quote!(#a));
                let d = Ident::new("__autodiff_d", Span::mixed_site());
                quote! {
                    for (#g, #d) in ::core::iter::Iterator::zip(#place.iter_mut(), ::core::iter::IntoIterator::into_iter(#arrays)) {
                        let mut #a = #mut_arr;
                        #krate::__private::accumulate(&mut #a, &#d);
                        *#g = #back;
                    }
                }
            }
            NaLeaf::Rotation { .. } => quote!(),
        }
    }

    /// A gradient of the type as written, as the arrays a body holds.
    pub fn to_arrays(&self, g: &TokenStream) -> TokenStream {
        let v = Ident::new("__autodiff_v", Span::mixed_site());
        match self {
            NaLeaf::Value { na, .. } => na.array_expr(quote!(#g)),
            NaLeaf::Seq { na, .. } => {
                let each = na.array_expr(quote!(#v));
                quote!(::core::iter::IntoIterator::into_iter(#g).map(|#v| #each).collect::<::std::vec::Vec<_>>())
            }
            NaLeaf::Array { na, .. } => {
                let each = na.array_expr(quote!(#v));
                quote!((#g).map(|#v| #each))
            }
            NaLeaf::Rotation { .. } => quote!(#g),
        }
    }
}
