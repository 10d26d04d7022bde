//! The signature: parameters, their types and which are differentiable,
//! the return type.

use super::*;

/// A parameter whose type holds floats that the macro cannot differentiate
/// (`Vector3<f64>`, `Option<f64>`, `(f64, usize)`, a `T: Float`) would
/// silently be a constant: without `wrt(..)` that is an error that asks the
/// user to state which parameters to differentiate.
pub(super) fn reject_hidden_floats(params: &[Param], sig: &syn::Signature, errors: &mut Errors) {
    let float_generics = float_type_params(&sig.generics);
    let differentiable: Vec<String> = params
        .iter()
        .filter(|p| p.differentiable)
        .map(|p| p.ident.to_string())
        .collect();
    for p in params.iter().filter(|p| !p.has_derivative()) {
        if !holds_float(&p.syn_ty, &float_generics) {
            continue;
        }
        let hint = if differentiable.is_empty() {
            String::new()
        } else {
            format!(
                "; to differentiate the other parameters and keep `{}` a constant, write \
                 `#[differentiate(wrt({}))]`",
                p.ident,
                differentiable.join(", ")
            )
        };
        errors.push_spanned(
            &p.syn_ty,
            format!(
                "parameter `{}`: `{}` holds floats, but #[differentiate] cannot differentiate \
                 values of this type (it differentiates `f64`, `f32`, `&f64`, arrays of them, \
                 `&[f64]`, `&Vec<f64>` and tuples of these), so `{}` would silently get no gradient{hint}",
                p.ident,
                type_text(&p.syn_ty),
                p.ident,
            ),
        );
    }
}

/// The type parameters bounded by a float trait (`T: Float`, `T: FloatCore`,
/// `T: Real`), directly or in the `where` clause.
pub(super) fn float_type_params(generics: &syn::Generics) -> Vec<Ident> {
    let is_float_bound = |b: &syn::TypeParamBound| match b {
        syn::TypeParamBound::Trait(t) => t.path.segments.last().is_some_and(|s| {
            matches!(s.ident.to_string().as_str(), "Float" | "FloatCore" | "Real")
        }),
        _ => false,
    };
    let mut out: Vec<Ident> = generics
        .type_params()
        .filter(|t| t.bounds.iter().any(is_float_bound))
        .map(|t| t.ident.clone())
        .collect();
    if let Some(w) = &generics.where_clause {
        for pred in &w.predicates {
            if let syn::WherePredicate::Type(pt) = pred {
                if let syn::Type::Path(tp) = &pt.bounded_ty {
                    if let Some(id) = tp.path.get_ident() {
                        if pt.bounds.iter().any(is_float_bound) && !out.contains(id) {
                            out.push(id.clone());
                        }
                    }
                }
            }
        }
    }
    out
}

/// Whether a type mentions a float (`f64`, `f32` or a float type parameter)
/// as data: inside a closure's or function pointer's signature a float is
/// not data the function holds.
pub(super) fn holds_float(ty: &syn::Type, float_generics: &[Ident]) -> bool {
    struct Find<'a> {
        found: bool,
        generics: &'a [Ident],
    }
    impl<'ast> syn::visit::Visit<'ast> for Find<'_> {
        fn visit_path(&mut self, p: &'ast syn::Path) {
            if let Some(id) = p.get_ident() {
                if id == "f64" || id == "f32" || self.generics.contains(id) {
                    self.found = true;
                }
            }
            syn::visit::visit_path(self, p);
        }
        fn visit_parenthesized_generic_arguments(
            &mut self,
            _: &'ast syn::ParenthesizedGenericArguments,
        ) {
            // `Fn(f64) -> f64`: a signature, not data.
        }
        fn visit_type_bare_fn(&mut self, _: &'ast syn::TypeBareFn) {}
    }
    let mut f = Find {
        found: false,
        generics: float_generics,
    };
    syn::visit::Visit::visit_type(&mut f, ty);
    f.found
}

/// Classifies one typed parameter.
pub(super) fn param_of(pt: &syn::PatType, taken: &[Ident], errors: &mut Errors) -> Option<Param> {
    let (ident, pat) = match &*pt.pat {
        syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
            (pi.ident.clone(), None)
        }
        other => {
            let pat = Parser { errors }.param_pattern(other)?;
            (param_name(&pat, taken), Some(pat))
        }
    };
    let ty = match param_type(&pt.ty) {
        Ok(ty) => ty,
        Err(msg) => {
            errors.push_spanned(&pt.ty, format!("parameter `{ident}`: {msg}"));
            return None;
        }
    };
    let (leaves, shape) = leaves_of(&pt.ty, &ty);
    let differentiable = ty.is_differentiable() || matches!(shape, ParamShape::Tuple(_));
    if differentiable && matches!(ty, Ty::Vec(_)) && !is_shared_ref(&pt.ty) {
        errors.push_spanned(
            &pt.ty,
            format!(
                "parameter `{ident}`: take a sequence of floats as `&[f64]` or `&Vec<f64>` \
                 (by shared reference)"
            ),
        );
        return None;
    }
    Some(Param {
        ident,
        pat,
        ty,
        syn_ty: without_groups(&pt.ty).clone(),
        differentiable,
        leaves,
        shape,
    })
}

/// The leaves of a parameter of type `ty` (its IR type `ir_ty`) and their
/// shape: the items of a tuple of floats, arrays and sequences of them
/// (also behind a `&`, nested tuples flattened); one leaf, the parameter,
/// for any other type.
fn leaves_of(ty: &syn::Type, ir_ty: &Ty) -> (Vec<Leaf>, ParamShape) {
    let mut leaves = Vec::new();
    let inner = match ungroup(ty) {
        syn::Type::Reference(r) if r.mutability.is_none() => ungroup(&r.elem),
        t => t,
    };
    if let Some(shape) = tuple_shape(inner, &mut Vec::new(), &mut leaves) {
        return (leaves, shape);
    }
    let leaf = Leaf {
        path: Vec::new(),
        ty: ir_ty.clone(),
        syn_ty: without_groups(ty).clone(),
        deref: is_float_ref(ty),
    };
    (vec![leaf], ParamShape::Leaf(0))
}

/// The shape of a tuple type whose items (recursively) all carry
/// derivatives, its leaves pushed on `leaves`; `None` for any other type.
fn tuple_shape(
    ty: &syn::Type,
    path: &mut Vec<usize>,
    leaves: &mut Vec<Leaf>,
) -> Option<ParamShape> {
    let syn::Type::Tuple(t) = ungroup(ty) else {
        return None;
    };
    if t.elems.is_empty() {
        return None;
    }
    let mut items = Vec::new();
    for (i, elem) in t.elems.iter().enumerate() {
        path.push(i);
        let item = match tuple_shape(elem, path, leaves) {
            Some(shape) => Some(shape),
            None => {
                let ty = value_type(elem);
                let by_value_seq = matches!(ty, Ty::Vec(_)) && !is_shared_ref(elem);
                let mutable =
                    matches!(ungroup(elem), syn::Type::Reference(r) if r.mutability.is_some());
                (ty.is_differentiable() && !by_value_seq && !mutable).then(|| {
                    leaves.push(Leaf {
                        path: path.clone(),
                        ty,
                        syn_ty: without_groups(elem).clone(),
                        deref: is_float_ref(elem),
                    });
                    ParamShape::Leaf(leaves.len() - 1)
                })
            }
        };
        path.pop();
        items.push(item?);
    }
    Some(ParamShape::Tuple(items))
}

/// Whether `ty` is a shared reference to a float (`&f64`).
fn is_float_ref(ty: &syn::Type) -> bool {
    matches!(ungroup(ty), syn::Type::Reference(r) if r.mutability.is_none() && float_of_type(&r.elem).is_some())
}

/// A name for a destructured parameter, for the companions' signatures:
/// its bindings joined (`x1_x2` for `[x1, x2]`), hygienic, so the body
/// cannot see it.
fn param_name(pat: &Pattern, taken: &[Ident]) -> Ident {
    let binds = crate::ast::pattern_binds(pat);
    let mut name = if binds.is_empty() {
        "arg".to_string()
    } else {
        binds
            .iter()
            .map(|b| syn::ext::IdentExt::unraw(b).to_string())
            .collect::<Vec<_>>()
            .join("_")
    };
    while taken.iter().any(|t| *t == name) {
        name.push('_');
    }
    Ident::new(&name, Span::mixed_site())
}

/// The IR type of a parameter type, or why it is rejected.
pub(super) fn param_type(ty: &syn::Type) -> Result<Ty, String> {
    if let syn::Type::Reference(r) = ungroup(ty) {
        if r.mutability.is_some() {
            return Err(format!(
                "`{}` is a mutable reference, which #[differentiate] does not support: take the \
                 value and return the result instead",
                type_text(ty)
            ));
        }
    }
    Ok(value_type(ty))
}

/// A type as the user wrote it, for messages.
pub(super) fn type_text(ty: &syn::Type) -> String {
    // Token text with a space only where two words meet (`&mut f64`,
    // `[f64; 3]`, `Vec<f64>`).
    let mut out = String::new();
    for tok in ty.to_token_stream().to_string().split(' ') {
        let word =
            |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'');
        if word(out.chars().last()) && word(tok.chars().next()) || out.ends_with([';', ',']) {
            out.push(' ');
        }
        out.push_str(tok);
    }
    out
}

/// The IR type of a type as written: floats, arrays and sequences of them
/// (through `&`), integers and `bool`; anything else is `Other`.
pub(super) fn value_type(ty: &syn::Type) -> Ty {
    match ty {
        syn::Type::Reference(r) => match &*r.elem {
            // `&[T]` and `&Vec<T>` are read-only sequences.
            syn::Type::Slice(s) => seq_of(value_type(&s.elem)),
            other => value_type(other),
        },
        syn::Type::Array(a) => match value_type(&a.elem) {
            Ty::Other => Ty::Other,
            elem => Ty::Array(Box::new(elem), Len(a.len.to_token_stream())),
        },
        syn::Type::Paren(p) => value_type(&p.elem),
        syn::Type::Group(g) => value_type(&g.elem),
        syn::Type::Path(p) => {
            if let Some(last) = p.path.segments.last() {
                if last.ident == "Vec" {
                    if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                        if let Some(syn::GenericArgument::Type(t)) = args.args.first() {
                            return seq_of(value_type(t));
                        }
                    }
                }
            }
            if let Some(na) = crate::nalgebra::of_type(ty, float_of_type) {
                return na_ty(&na);
            }
            scalar_type(ty)
        }
        _ => Ty::Other,
    }
}

/// The IR type of a nalgebra value: the array of its columns, the number
/// of columns marked (see [`crate::nalgebra::marked_len`]) so that a plain
/// array of arrays is never taken for a matrix.
pub(crate) fn na_ty(na: &crate::nalgebra::NaType) -> Ty {
    let n = proc_macro2::Literal::usize_unsuffixed(na.rows);
    let float = Ty::Float(na.float.unwrap_or(FloatTy::Infer));
    let column = Ty::Array(Box::new(float), Len(quote::quote!(#n)));
    Ty::Array(Box::new(column), crate::nalgebra::marked_len(na.cols))
}

pub(super) fn seq_of(elem: Ty) -> Ty {
    match elem {
        Ty::Other => Ty::Other,
        e => Ty::Vec(Box::new(e)),
    }
}

pub(super) fn is_shared_ref(ty: &syn::Type) -> bool {
    matches!(ungroup(ty), syn::Type::Reference(r) if r.mutability.is_none())
}

/// The float width named by a type (`f64`, `f32`), if it is one.
pub(crate) fn float_of_type(ty: &syn::Type) -> Option<FloatTy> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            let seg = p.path.segments.last()?;
            let prim = p.path.segments.len() == 1
                || p.path
                    .segments
                    .iter()
                    .take(p.path.segments.len() - 1)
                    .all(|s| matches!(s.ident.to_string().as_str(), "core" | "std" | "primitive"));
            if !prim || !seg.arguments.is_empty() {
                return None;
            }
            match seg.ident.to_string().as_str() {
                "f64" => Some(FloatTy::F64),
                "f32" => Some(FloatTy::F32),
                _ if p.path.segments.len() == 1
                    && crate::lang::generic_float().is_some_and(|t| seg.ident == t) =>
                {
                    Some(FloatTy::Generic)
                }
                _ => None,
            }
        }
        syn::Type::Paren(p) => float_of_type(&p.elem),
        syn::Type::Group(g) => float_of_type(&g.elem),
        _ => None,
    }
}

/// The IR type of a scalar type as written.
pub(super) fn scalar_type(ty: &syn::Type) -> Ty {
    if let Some(f) = float_of_type(ty) {
        return Ty::Float(f);
    }
    if let syn::Type::Path(p) = ty {
        if p.qself.is_none() && p.path.segments.len() == 1 {
            let name = p.path.segments[0].ident.to_string();
            return match name.as_str() {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                | "u128" | "usize" => Ty::Int,
                "bool" => Ty::Bool,
                _ => Ty::Other,
            };
        }
    }
    Ty::Other
}

pub(super) fn apply_wrt(
    params: &mut [Param],
    opts: &Options,
    sig: &syn::Signature,
    errors: &mut Errors,
) {
    let Some(wrt) = &opts.wrt else { return };
    for name in wrt {
        match params.iter().find(|p| p.ident == *name) {
            None => {
                let floats: Vec<String> = params
                    .iter()
                    .filter(|p| p.has_derivative())
                    .map(|p| format!("`{}`", p.ident))
                    .collect();
                errors.push(
                    name.span(),
                    format!(
                        "`wrt({name})`: `{}` has no parameter named `{name}`; its differentiable \
                         parameters are {}",
                        sig.ident,
                        floats.join(", ")
                    ),
                );
            }
            Some(p) if !p.has_derivative() => errors.push(
                name.span(),
                format!(
                    "`wrt({name})`: parameter `{name}` is not a float, so it has no derivative"
                ),
            ),
            Some(_) => {}
        }
    }
    for p in params.iter_mut() {
        p.differentiable = p.differentiable && wrt.contains(&p.ident);
    }
    if wrt.is_empty() {
        errors.push(
            sig.ident.span(),
            "`wrt()` names no parameter: list the parameters to differentiate, e.g. `wrt(x)`",
        );
    }
}

pub(super) fn return_type(sig: &syn::Signature, errors: &mut Errors) -> Option<RetTy> {
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        errors.push(
            sig.ident.span(),
            format!(
                "`{}` returns nothing, so there is nothing to differentiate: return a float \
                 (`-> f64`), an array or `Vec` of floats, or a tuple of them",
                sig.ident
            ),
        );
        return None;
    };
    let returnable = |t: &syn::Type| {
        let ty = value_type(t);
        let owned = !matches!(ungroup(t), syn::Type::Reference(_));
        (owned && ty.is_differentiable()).then_some(ty)
    };
    if let Some(t) = returnable(ty) {
        return Some(RetTy::One(t));
    }
    if let syn::Type::Tuple(t) = ungroup(ty) {
        let items: Option<Vec<Ty>> = t.elems.iter().map(returnable).collect();
        if let Some(items) = items.filter(|i| !i.is_empty()) {
            return Some(RetTy::Tuple(items));
        }
    }
    errors.push_spanned(
        ty,
        format!(
            "return type `{}` cannot be differentiated: return a float (`f64` or `f32`), an \
             array or `Vec` of floats, or a tuple of them{}",
            type_text(ty),
            float_bound_hint(sig)
        ),
    );
    None
}

/// A type without the invisible groups a `macro_rules!` fragment (`$t:ty`)
/// wraps it in, and without parentheses.
pub(super) fn ungroup(ty: &syn::Type) -> &syn::Type {
    match ty {
        syn::Type::Group(g) => ungroup(&g.elem),
        syn::Type::Paren(p) => ungroup(&p.elem),
        t => t,
    }
}

/// A type without the invisible groups a `macro_rules!` fragment wraps it
/// in (parentheses, which the user wrote, are kept).
fn without_groups(ty: &syn::Type) -> &syn::Type {
    match ty {
        syn::Type::Group(g) => without_groups(&g.elem),
        t => t,
    }
}

/// The type parameter of `generics` that is a float type: bounded by
/// `num_traits::Float` or `FloatCore` (any path ending in either), in its
/// declaration or in the `where` clause. The first one if there are several
/// (the others are then no float types for the macro).
pub fn generic_float_param(generics: &syn::Generics) -> Option<proc_macro2::Ident> {
    let float_bound = |b: &syn::TypeParamBound| {
        matches!(b, syn::TypeParamBound::Trait(t)
            if t.path.segments.last().is_some_and(|s| s.ident == "Float" || s.ident == "FloatCore"))
    };
    let declared = generics
        .type_params()
        .find(|p| p.bounds.iter().any(float_bound));
    let in_where = || {
        let preds = generics.where_clause.as_ref()?.predicates.iter();
        preds
            .filter_map(|p| match p {
                syn::WherePredicate::Type(t) if t.bounds.iter().any(float_bound) => {
                    let ident = match ungroup(&t.bounded_ty) {
                        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident()?,
                        _ => return None,
                    };
                    generics.type_params().find(|tp| tp.ident == *ident)
                }
                _ => None,
            })
            .next()
    };
    declared.or_else(in_where).map(|p| p.ident.clone())
}

/// For a generic function without a float type parameter: how to make its
/// type parameter one.
pub(super) fn float_bound_hint(sig: &syn::Signature) -> String {
    match sig.generics.type_params().next() {
        Some(p) if crate::lang::generic_float().is_none() => format!(
            "; a type parameter is a float type when it is bounded by `num_traits::Float` or \
             `FloatCore`: write `{}: Float`",
            p.ident
        ),
        _ => String::new(),
    }
}
