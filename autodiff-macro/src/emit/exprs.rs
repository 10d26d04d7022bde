//! Pure expressions: literals, zeros, constants kept as written, arithmetic,
//! and their precedence.

use super::Emitter;
use crate::ir::{BinOp, CastTarget, ConstExpr, FloatTy, Len, MathFn, Ty, UnOp, Value, input_ident};
use crate::lang::OpaqueKind;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

/// Precedence of an inlined expression, to parenthesise it only where its
/// reader needs it (see [`Emitter::read_at`]).
pub(super) mod prec {
    pub const CMP: u8 = 30;
    pub const OR: u8 = 40;
    pub const XOR: u8 = 45;
    pub const AND: u8 = 50;
    pub const SHIFT: u8 = 55;
    pub const ADD: u8 = 60;
    pub const MUL: u8 = 70;
    pub const CAST: u8 = 80;
    pub const UNARY: u8 = 90;
    /// Literals, names, calls, method calls, fields, indexing.
    pub const ATOM: u8 = 100;
}

fn binop_prec(op: BinOp) -> u8 {
    match op {
        BinOp::Mul | BinOp::Div | BinOp::Rem => prec::MUL,
        BinOp::Add | BinOp::Sub => prec::ADD,
        BinOp::Shl | BinOp::Shr => prec::SHIFT,
        BinOp::BitAnd => prec::AND,
        BinOp::BitXor => prec::XOR,
        BinOp::BitOr => prec::OR,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => prec::CMP,
    }
}

impl Emitter<'_> {
    /// A zero of type `ty` as an expression; `like` gives the length of a
    /// `Vec`.
    pub(super) fn zeros(&self, ty: &Ty, like: Option<Value>) -> TokenStream {
        match ty {
            Ty::Float(FloatTy::Infer) => quote!(0.0),
            Ty::Float(FloatTy::Generic) => generic_literal(&quote!(0.0), self.krate),
            Ty::Float(f) => {
                let lit = syn::LitFloat::new(&format!("0.0_{}", f.name()), Span::call_site());
                quote!(#lit)
            }
            Ty::Array(e, Len(n)) => {
                let inner = self.zeros(e, None);
                quote!([#inner; #n])
            }
            Ty::Vec(e) => match like {
                Some(v) => {
                    let inner = self.zeros(e, None);
                    let id = self.read(v);
                    quote!(::std::vec![#inner; #id.len()])
                }
                None => quote!(::std::vec::Vec::new()),
            },
            Ty::Unknown => match like {
                Some(v) => {
                    let id = self.read_at(v, prec::ATOM);
                    let krate = self.krate;
                    quote!(#krate::__private::zeros_like(&#id))
                }
                None => quote!(::core::default::Default::default()),
            },
            _ => quote!(::core::default::Default::default()),
        }
    }

    pub(super) fn path(&self, path: &[Value]) -> TokenStream {
        path.iter()
            .map(|p| {
                let id = self.read(*p);
                quote!([#id])
            })
            .collect()
    }
}

/// A literal as written, with the suffix of its float width if it has none
/// (it may be inlined where nothing else gives it a type).
pub(super) fn literal(lit: &syn::Lit, ty: &Ty, krate: &TokenStream) -> TokenStream {
    if let (syn::Lit::Float(_) | syn::Lit::Int(_), Ty::Float(FloatTy::Generic)) = (lit, ty) {
        let lit = literal(lit, &Ty::Float(FloatTy::F64), krate);
        return generic_literal(&lit, krate);
    }
    if let (syn::Lit::Float(f), Ty::Float(w)) = (lit, ty) {
        if f.suffix().is_empty() && *w != FloatTy::Infer {
            let mut text = f.token().to_string();
            if text.ends_with('.') {
                text.push('0');
            }
            let suffixed = syn::LitFloat::new(&format!("{text}_{}", w.name()), f.span());
            return quote!(#suffixed);
        }
    }
    quote!(#lit)
}

/// A literal of the function's float type parameter `T`, from its `f64`
/// spelling: `<T as Real>::from_literal(1.5)`.
pub(super) fn generic_literal(lit: &TokenStream, krate: &TokenStream) -> TokenStream {
    let t = proc_macro2::Ident::new(&FloatTy::Generic.name(), Span::call_site());
    quote!(<#t as #krate::__private::Real>::from_literal(#lit))
}

fn binop_tokens(op: BinOp) -> TokenStream {
    match op {
        BinOp::Add => quote!(+),
        BinOp::Sub => quote!(-),
        BinOp::Mul => quote!(*),
        BinOp::Div => quote!(/),
        BinOp::Rem => quote!(%),
        BinOp::Eq => quote!(==),
        BinOp::Ne => quote!(!=),
        BinOp::Lt => quote!(<),
        BinOp::Le => quote!(<=),
        BinOp::Gt => quote!(>),
        BinOp::Ge => quote!(>=),
        BinOp::BitAnd => quote!(&),
        BinOp::BitOr => quote!(|),
        BinOp::BitXor => quote!(^),
        BinOp::Shl => quote!(<<),
        BinOp::Shr => quote!(>>),
    }
}

/// Replaces the input markers of a constant expression by the identifiers of
/// the values they stand for.
struct Unmark<'a> {
    names: &'a [TokenStream],
}

impl syn::visit_mut::VisitMut for Unmark<'_> {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if let syn::Expr::Path(p) = e {
            if let Some(id) = p.path.get_ident() {
                if let Some(k) = (0..self.names.len()).find(|k| *id == input_ident(*k)) {
                    let name = &self.names[k];
                    *e = syn::parse_quote!(#name);
                }
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
}

impl Emitter<'_> {
    /// A constant expression kept as written, its inputs in place.
    pub(super) fn const_expr(&self, c: &ConstExpr) -> (TokenStream, u8) {
        let mut expr = c.expr.clone();
        // An assertion binds the variables it reads by value, and borrows
        // those that are not `Copy` (`Vec`s, structs).
        let check = matches!(c.kind, OpaqueKind::Check { .. });
        let names: Vec<TokenStream> = c
            .inputs
            .iter()
            .map(|v| {
                let read = self.read_at(*v, prec::ATOM);
                match self.func.ty(*v) {
                    Ty::Vec(_) | Ty::Other if check => quote!(&#read),
                    _ => read,
                }
            })
            .collect();
        syn::visit_mut::VisitMut::visit_expr_mut(&mut Unmark { names: &names }, &mut expr);
        (quote!(#expr), prec::ATOM)
    }

    pub(super) fn unary(&self, op: UnOp, a: Value) -> (TokenStream, u8) {
        let a = self.read_operand(a, prec::UNARY);
        let e = match op {
            UnOp::Neg => quote!(-#a),
            UnOp::Not => quote!(!#a),
        };
        (e, prec::UNARY)
    }

    pub(super) fn binary(&self, op: BinOp, a: Value, b: Value) -> (TokenStream, u8) {
        // Left-associative; comparisons do not chain.
        let p = binop_prec(op);
        let left = if p == prec::CMP { p + 1 } else { p };
        let (a, b) = (self.read_operand(a, left), self.read_operand(b, p + 1));
        let op = binop_tokens(op);
        (quote!(#a #op #b), p)
    }

    pub(super) fn cast(&self, a: Value, target: &CastTarget) -> (TokenStream, u8) {
        let from_generic = self.func.ty(a).float() == Some(FloatTy::Generic);
        let to_generic = target.ty.float() == Some(FloatTy::Generic);
        let krate = self.krate;
        let real = |t: TokenStream| quote!(<#t as #krate::__private::Real>);
        match (from_generic, to_generic) {
            (false, true) => {
                let a = self.read_at(a, prec::CAST);
                let r = real(target.tokens.clone());
                (quote!(#r::from_literal(#a as f64)), prec::ATOM)
            }
            (true, false) => {
                let t = proc_macro2::Ident::new(&FloatTy::Generic.name(), Span::call_site());
                let (r, a, to) = (real(quote!(#t)), self.read(a), &target.tokens);
                (quote!(#r::as_f64(#a) as #to), prec::CAST)
            }
            (true, true) => (self.read_at(a, prec::ATOM), prec::ATOM),
            (false, false) => {
                let a = self.read_at(a, prec::CAST);
                let t = &target.tokens;
                (quote!(#a as #t), prec::CAST)
            }
        }
    }

    /// A float method: `args[0].NAME(args[1..])`.
    pub(super) fn math(&self, f: MathFn, args: &[Value]) -> (TokenStream, u8) {
        let method = format_ident!("{}", f.0.name);
        let recv = self.read_at(args[0], prec::ATOM);
        let rest = args[1..].iter().map(|a| self.read(*a));
        (quote!(#recv.#method(#(#rest),*)), prec::ATOM)
    }

    pub(super) fn index(&self, base: Value, path: &[Value]) -> (TokenStream, u8) {
        let b = self.read(base);
        let p = self.path(path);
        (quote!(#b #p), prec::ATOM)
    }

    pub(super) fn array_lit(&self, items: &[Value]) -> (TokenStream, u8) {
        let items = items.iter().map(|i| self.read(*i));
        (quote!([#(#items),*]), prec::ATOM)
    }

    pub(super) fn array_repeat(&self, v: Value, n: &Len) -> (TokenStream, u8) {
        let v = self.read(v);
        let Len(n) = n;
        (quote!([#v; #n]), prec::ATOM)
    }

    pub(super) fn vec_repeat(&self, v: Value, n: Value) -> (TokenStream, u8) {
        let (v, n) = (self.read(v), self.read(n));
        (quote!(::std::vec![#v; #n]), prec::ATOM)
    }

    /// `Vec::new()`, `Vec::with_capacity(n)`.
    pub(super) fn vec_new(&self, cap: Option<Value>) -> (TokenStream, u8) {
        let e = match cap {
            Some(n) => {
                let n = self.read(n);
                quote!(::std::vec::Vec::with_capacity(#n))
            }
            None => quote!(::std::vec::Vec::new()),
        };
        (e, prec::ATOM)
    }

    pub(super) fn len(&self, v: Value) -> (TokenStream, u8) {
        let v = self.read(v);
        (quote!(#v.len()), prec::ATOM)
    }

    /// The sum of the elements of a sequence of floats of type `ty`.
    pub(super) fn sum_elems(&self, v: Value, ty: &Ty) -> (TokenStream, u8) {
        let v = self.read(v);
        if let Ty::Array(..) = ty {
            // Arrays (the adjoint of `vec![a; n]` for an array `a`): added
            // element-wise from zeros.
            let krate = self.krate;
            let (s, e) = (
                Ident::new("__autodiff_s", Span::mixed_site()),
                Ident::new("__autodiff_e", Span::mixed_site()),
            );
            let e = quote!(::core::iter::Iterator::fold(#v.iter(), ::core::default::Default::default(), |mut #s, #e| {
                #krate::__private::accumulate(&mut #s, #e);
                #s
            }));
            return (e, prec::ATOM);
        }
        let t = self.float_ty(ty.float().unwrap_or(FloatTy::F64));
        let e =
            quote!(::core::iter::Iterator::sum::<#t>(::core::iter::Iterator::copied(#v.iter())));
        (e, prec::ATOM)
    }
}
