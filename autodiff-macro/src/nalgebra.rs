//! The spellings of `nalgebra`'s fixed-size types that the macro recognises
//! (with the `nalgebra` feature of `autodiff`), and how generated code
//! converts them to and from the plain arrays the IR works on.
//!
//! A matrix of `R` rows and `C` columns is the array of its columns,
//! `[[T; R]; C]`, which is nalgebra's own storage order and has `From`
//! conversions both ways; a vector is a matrix of one column, a point the
//! vector of its coordinates. Operations on them are lowered to operations
//! on their elements (`lower::nalgebra`), so their derivatives are those of
//! float arithmetic.

use crate::lang::{FloatTy, Len};
use proc_macro2::TokenStream;
use quote::quote;

/// The largest dimension an alias names (`Vector6`, `Matrix6x4`).
const MAX_ALIAS_DIM: usize = 6;

/// A fixed-size nalgebra type as written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NaType {
    pub rows: usize,
    pub cols: usize,
    /// `None` where the spelling does not say (`Vector3::zeros()`).
    pub float: Option<FloatTy>,
    /// A `Point`: converted through its coordinates.
    pub point: bool,
}

/// Whether the macro recognises nalgebra types: the `nalgebra` feature.
pub fn enabled() -> bool {
    cfg!(feature = "nalgebra")
}

/// The shape an alias names, from its name alone: `Vector3` is 3×1,
/// `RowVector2` 1×2, `Matrix3` 3×3, `Matrix2x4` 2×4, `Point3` 3×1.
fn alias_shape(name: &str) -> Option<(usize, usize, bool)> {
    let dim = |s: &str| {
        s.parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_ALIAS_DIM).contains(n))
    };
    if let Some(n) = name.strip_prefix("RowVector").and_then(dim) {
        return Some((1, n, false));
    }
    if let Some(n) = name.strip_prefix("Vector").and_then(dim) {
        return Some((n, 1, false));
    }
    if let Some(n) = name.strip_prefix("Point").and_then(dim) {
        return Some((n, 1, true));
    }
    let rest = name.strip_prefix("Matrix")?;
    if let Some(n) = dim(rest) {
        return Some((n, n, false));
    }
    let (r, c) = rest.split_once('x')?;
    Some((dim(r)?, dim(c)?, false))
}

/// The length of the outer array of a nalgebra value's IR type: `{ C }`,
/// which Rust reads as `C` where the type is written out, and which tells
/// the lowering that the array of arrays is a matrix (a plain `[[f64; 2];
/// 4]` of the user's has the length `4`).
pub fn marked_len(cols: usize) -> Len {
    let n = proc_macro2::Literal::usize_unsuffixed(cols);
    Len(quote!({ #n }))
}

/// The number of columns of a length made by [`marked_len`].
pub fn marked_cols(len: &Len) -> Option<usize> {
    let block: syn::Block = syn::parse2(len.0.clone()).ok()?;
    match &block.stmts[..] {
        [syn::Stmt::Expr(syn::Expr::Lit(l), None)] => match &l.lit {
            syn::Lit::Int(i) => i.base10_parse().ok(),
            _ => None,
        },
        _ => None,
    }
}

/// The literal value of a const generic argument (`3` in `SVector<f64, 3>`).
pub fn const_arg(arg: &syn::GenericArgument) -> Option<usize> {
    let lit = match arg {
        syn::GenericArgument::Const(syn::Expr::Lit(l)) => &l.lit,
        // `SVector<f64, 3>` parses the `3` as a const expression; a type
        // path would be a named constant, which the macro cannot evaluate.
        _ => return None,
    };
    match lit {
        syn::Lit::Int(i) => i.base10_parse().ok(),
        _ => None,
    }
}

/// The nalgebra type a path segment names (its last segment), with the
/// float type `float_of` reads from its first generic argument.
pub fn of_segment(
    seg: &syn::PathSegment,
    float_of: impl Fn(&syn::Type) -> Option<FloatTy>,
) -> Option<NaType> {
    if !enabled() {
        return None;
    }
    let name = seg.ident.to_string();
    let args: Vec<&syn::GenericArgument> = match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().collect(),
        syn::PathArguments::None => Vec::new(),
        syn::PathArguments::Parenthesized(_) => return None,
    };
    let float = match args.first() {
        Some(syn::GenericArgument::Type(t)) => Some(float_of(t)?),
        Some(_) => return None,
        None => None,
    };
    let (rows, cols, point) = match name.as_str() {
        "SVector" => (const_arg(args.get(1)?)?, 1, false),
        "SMatrix" => (const_arg(args.get(1)?)?, const_arg(args.get(2)?)?, false),
        _ => {
            let shape = alias_shape(&name)?;
            if args.len() > 1 {
                return None;
            }
            shape
        }
    };
    Some(NaType {
        rows,
        cols,
        float,
        point,
    })
}

/// The nalgebra type a type names, through `&` and parentheses; `None` for
/// any other type and without the feature. Its float type must be given.
pub fn of_type(ty: &syn::Type, float_of: impl Fn(&syn::Type) -> Option<FloatTy>) -> Option<NaType> {
    match ty {
        syn::Type::Reference(r) if r.mutability.is_none() => of_type(&r.elem, float_of),
        syn::Type::Paren(p) => of_type(&p.elem, float_of),
        syn::Type::Group(g) => of_type(&g.elem, float_of),
        syn::Type::Path(p) if p.qself.is_none() => {
            let na = of_segment(p.path.segments.last()?, float_of)?;
            na.float.is_some().then_some(na)
        }
        _ => None,
    }
}

/// The element type of a slice or `Vec` type (`&[T]`, `&Vec<T>`, `Vec<T>`).
pub fn seq_elem(ty: &syn::Type) -> Option<&syn::Type> {
    match ty {
        syn::Type::Reference(r) => seq_elem(&r.elem),
        syn::Type::Paren(p) => seq_elem(&p.elem),
        syn::Type::Group(g) => seq_elem(&g.elem),
        syn::Type::Slice(s) => Some(&s.elem),
        syn::Type::Path(p) => {
            let last = p.path.segments.last()?;
            if last.ident != "Vec" {
                return None;
            }
            match &last.arguments {
                syn::PathArguments::AngleBracketed(a) => match a.args.first()? {
                    syn::GenericArgument::Type(t) => Some(t),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

/// A rotation type (`Rotation3<f64>`, `&UnitQuaternion<f64>`), which a
/// differentiated function can take as a constant (a parameter left out of
/// `wrt(..)`): the matrix it stands for, and whether it is a quaternion or
/// complex number (converted through `to_rotation_matrix`).
pub fn rotation_of(
    ty: &syn::Type,
    float_of: impl Fn(&syn::Type) -> Option<FloatTy>,
) -> Option<(NaType, bool)> {
    if !enabled() {
        return None;
    }
    let syn::Type::Path(p) = owned(ty) else {
        return None;
    };
    let seg = p.path.segments.last()?;
    let (n, unit) = match seg.ident.to_string().as_str() {
        "Rotation2" => (2, false),
        "Rotation3" => (3, false),
        "UnitComplex" => (2, true),
        "UnitQuaternion" => (3, true),
        _ => return None,
    };
    let float = match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => match a.args.first()? {
            syn::GenericArgument::Type(t) => Some(float_of(t)?),
            _ => return None,
        },
        _ => None,
    };
    let na = NaType {
        rows: n,
        cols: n,
        float,
        point: false,
    };
    Some((na, unit))
}

/// The type without `&` and parentheses.
fn owned(ty: &syn::Type) -> &syn::Type {
    match ty {
        syn::Type::Reference(r) => owned(&r.elem),
        syn::Type::Paren(p) => owned(&p.elem),
        syn::Type::Group(g) => owned(&g.elem),
        t => t,
    }
}

impl NaType {
    /// The array type generated code holds a value of this type in:
    /// `[[T; R]; C]`.
    pub fn array_ty(&self) -> TokenStream {
        let t: TokenStream = self
            .float
            .unwrap_or(FloatTy::F64)
            .name()
            .parse()
            .unwrap_or_else(|_| quote!(f64));
        let (r, c) = (self.rows, self.cols);
        quote!([[#t; #r]; #c])
    }

    /// `value` (an owned nalgebra value) as its array.
    pub fn array_expr(&self, value: TokenStream) -> TokenStream {
        let arr = self.array_ty();
        if self.point {
            let t = self.float.unwrap_or(FloatTy::F64).name();
            let t: TokenStream = t.parse().unwrap_or_else(|_| quote!(f64));
            let n = self.rows;
            quote!([<[#t; #n] as ::core::convert::From<_>>::from(#value)])
        } else {
            quote!(<#arr as ::core::convert::From<_>>::from(#value))
        }
    }

    /// The matrix type of an IR value of type `ty` (`[[F; R]; { C }]`),
    /// if it is one and nalgebra types are recognised; whether it is a
    /// point the IR does not know (`point` is false).
    pub fn of_ir(ty: &crate::lang::Ty) -> Option<NaType> {
        use crate::lang::Ty;
        if !enabled() {
            return None;
        }
        let Ty::Array(col, c) = ty else { return None };
        let Ty::Array(e, r) = &**col else { return None };
        let Ty::Float(f) = &**e else { return None };
        Some(NaType {
            rows: r.0.to_string().parse().ok()?,
            cols: marked_cols(c)?,
            float: Some(match f {
                FloatTy::Infer => FloatTy::F64,
                f => *f,
            }),
            point: false,
        })
    }

    /// `array` (an IR value of this type) as the argument of a function
    /// taking the nalgebra type, which rustc infers: a vector through its
    /// column (`[T; R]`, from which points convert too), a matrix through
    /// its columns.
    pub fn call_arg(&self, array: TokenStream) -> TokenStream {
        if self.cols == 1 {
            quote!(::core::convert::From::from((#array)[0]))
        } else {
            quote!(::core::convert::From::from(#array))
        }
    }

    /// `seq` (a slice or `Vec` of IR arrays of this type) as the slice of
    /// nalgebra values a function takes, converted into a `Vec` for the
    /// call.
    pub fn seq_call_arg(&self, seq: TokenStream) -> TokenStream {
        let a = proc_macro2::Ident::new("__autodiff_a", proc_macro2::Span::mixed_site());
        let each = self.call_arg(quote!(*#a));
        quote!(&(#seq).iter().map(|#a| #each).collect::<::std::vec::Vec<_>>()[..])
    }

    /// `array` (an IR array of arrays of this type) as the array of
    /// nalgebra values a function takes.
    pub fn array_call_arg(&self, array: TokenStream) -> TokenStream {
        let a = proc_macro2::Ident::new("__autodiff_a", proc_macro2::Span::mixed_site());
        let each = self.call_arg(quote!(#a));
        quote!((#array).map(|#a| #each))
    }

    /// A gradient of a slice or array parameter (a `Vec` or an array of
    /// nalgebra values) as a `Vec` of IR arrays.
    pub fn seq_array_of(&self, value: TokenStream) -> TokenStream {
        let g = proc_macro2::Ident::new("__autodiff_g", proc_macro2::Span::mixed_site());
        let each = self.array_of(quote!(#g));
        quote!(::core::iter::IntoIterator::into_iter(#value).map(|#g| #each).collect::<::std::vec::Vec<_>>())
    }

    /// A value of a nalgebra type of these dimensions (a vector or point,
    /// or a matrix: a function's result, or the gradient of a parameter
    /// that an array of this type was passed to) as the IR's array.
    pub fn array_of(&self, value: TokenStream) -> TokenStream {
        let column = NaType {
            point: self.cols == 1,
            ..*self
        };
        column.array_expr(value)
    }

    /// `array` as a value of `ty` (the type as written, `&` dropped).
    pub fn typed_expr(&self, ty: &syn::Type, array: TokenStream) -> TokenStream {
        let ty = owned(ty);
        if self.point {
            quote!(<#ty as ::core::convert::From<_>>::from((#array)[0]))
        } else {
            quote!(<#ty as ::core::convert::From<_>>::from(#array))
        }
    }
}

/// Constructors the macro lowers, by their name after the type
/// (`Vector3::new`).
pub const CONSTRUCTORS: &[&str] = &[
    "new",
    "zeros",
    "identity",
    "repeat",
    "from_element",
    "from_column_slice",
    "from_row_slice",
    "from",
    "origin",
    "x",
    "y",
    "z",
    "w",
    "x_axis",
    "y_axis",
    "z_axis",
    "w_axis",
    "from_diagonal",
    "from_diagonal_element",
    "from_columns",
    "from_rows",
];

/// nalgebra's free functions of points the macro lowers when called by a
/// path (`nalgebra::distance(&p, &q)`, `na::center(..)`).
pub const FUNCTIONS: &[&str] = &["distance", "distance_squared", "center"];

/// nalgebra types the macro does not lower, with what to write instead.
pub fn unsupported_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "Isometry2" | "Isometry3" | "Similarity2" | "Similarity3" | "Translation2"
        | "Translation3" | "Transform2" | "Transform3" | "Affine2" | "Affine3" | "Projective2"
        | "Projective3" => {
            "write the transform as a rotation and a translation vector \
             (`Rotation3::from_axis_angle(&axis, angle) * p + t`)"
        }
        "Quaternion" | "UnitComplex" => {
            "use `UnitQuaternion::from_axis_angle`/`from_euler_angles` or `Rotation2::new`, \
             which are held as the rotation matrices they stand for"
        }
        "DVector" | "DMatrix" | "RowDVector" => {
            "dynamically sized nalgebra types are not supported; use fixed-size ones \
             (`SVector<f64, 4>`, `Matrix3<f64>`) or a slice of floats"
        }
        _ => return None,
    })
}

/// Whether `seg` names the nalgebra crate as it is usually imported.
pub fn is_crate(seg: &syn::Ident) -> bool {
    seg == "nalgebra" || seg == "na"
}

/// Constructors of rotations and unit vectors, which are held as the
/// matrix and the vector they stand for: `(type, function, arguments)`.
pub const ROTATIONS: &[(&str, &str, usize)] = &[
    ("Rotation2", "new", 1),
    ("Rotation3", "from_axis_angle", 2),
    ("Unit", "new_normalize", 1),
    ("Unit", "new_unchecked", 1),
    ("Rotation3", "from_euler_angles", 3),
    ("Rotation2", "identity", 0),
    ("Rotation3", "identity", 0),
    ("UnitQuaternion", "from_axis_angle", 2),
    ("UnitQuaternion", "from_euler_angles", 3),
    ("UnitQuaternion", "identity", 0),
];

/// Methods the macro lowers on a nalgebra value.
pub const METHODS: &[&str] = &[
    "norm",
    "norm_squared",
    "magnitude",
    "magnitude_squared",
    "dot",
    "cross",
    "normalize",
    "transpose",
    "component_mul",
    "component_div",
    "sum",
    "trace",
    "determinant",
    "scale",
    "clone",
    "into_inner",
    "into_owned",
    "matrix",
    "to_rotation_matrix",
    "inverse",
    "unscale",
    "add_scalar",
    "metric_distance",
    "lerp",
    "mean",
    "product",
    "amax",
    "amin",
    "max",
    "min",
    "diagonal",
    "column",
    "row",
    "perp",
    "cross_matrix",
    "angle",
    "transform_vector",
    "transform_point",
    "inverse_transform_vector",
    "inverse_transform_point",
];

/// Methods of nalgebra values without arguments whose names are also
/// those of iterator consumers or float methods (`v.sum()`, `v.max()`):
/// the parser keeps them as calls, for the lowering to tell by the
/// receiver's type.
pub const REDUCTIONS: &[&str] = &["sum", "product", "max", "min"];

/// Whether `name` is a method of nalgebra values that takes a closure
/// (`map`, `zip_map`), inlined at each element.
pub fn is_mapping(name: &str) -> bool {
    name == "map" || name == "zip_map"
}

/// The components a swizzle (`xy`, `zyx`, ...) picks, if `name` is one.
pub fn swizzle(name: &str) -> Option<Vec<usize>> {
    if !(2..=3).contains(&name.len()) {
        return None;
    }
    name.chars().map(|c| component(&c.to_string())).collect()
}

/// The index of a component field (`v.x` is 0, `v.w` 3).
pub fn component(name: &str) -> Option<usize> {
    ["x", "y", "z", "w"].iter().position(|c| *c == name)
}

/// The axis of a unit-axis constructor (`x_axis` is 0).
pub fn axis(name: &str) -> Option<usize> {
    component(name.strip_suffix("_axis")?)
}
