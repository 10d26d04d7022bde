//! Emit: IR to Rust tokens with `quote`. Every value becomes one immutable
//! `let` binding named after the user's variable (`x_3`, `d_x_12`) with a
//! `mixed_site` span, so generated names can never capture or be captured by
//! the user's names. Floats of known width are annotated so method calls
//! never meet an ambiguous numeric type. Runtime items are reached through
//! `<crate>::__private`.

use crate::ir::{BinOp, Block, FloatTy, Func, Inst, InstKind, Ty, UnOp, Value};
use crate::lower::input_ident;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

/// Emits the statements of `func.body` (not its yields).
pub struct Emitter<'a> {
    pub func: &'a Func,
    /// How the body reads parameter `k` (an identifier of the signature).
    pub params: &'a [TokenStream],
    /// How the body reads the receiver.
    pub self_tokens: TokenStream,
    /// Path of the facade crate (`::autodiff` unless overridden).
    pub krate: &'a TokenStream,
}

impl Emitter<'_> {
    /// The identifier of value `v`.
    pub fn ident(&self, v: Value) -> Ident {
        let base = self.func.name(v).map_or_else(|| "t".to_string(), sanitize);
        Ident::new(&format!("{base}_{}", v.0), Span::mixed_site())
    }

    /// The statements of a block.
    pub fn stmts(&self, block: &Block) -> TokenStream {
        block.insts.iter().map(|i| self.inst(i)).collect()
    }

    /// The yields of a block as one expression (a tuple if several).
    pub fn yields(&self, values: &[Value]) -> TokenStream {
        let ids: Vec<Ident> = values.iter().map(|v| self.ident(*v)).collect();
        match ids.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        }
    }

    fn float_ty(&self, f: FloatTy) -> TokenStream {
        match f {
            FloatTy::F32 => quote!(::core::primitive::f32),
            FloatTy::F64 | FloatTy::Infer => quote!(::core::primitive::f64),
        }
    }

    /// `: f64` for a float of known width, nothing otherwise.
    fn annotation(&self, v: Value) -> TokenStream {
        match self.func.ty(v) {
            Ty::Float(f) if *f != FloatTy::Infer => {
                let t = self.float_ty(*f);
                quote!(: #t)
            }
            _ => quote!(),
        }
    }

    fn inst(&self, inst: &Inst) -> TokenStream {
        if let InstKind::If {
            cond,
            then_block,
            else_block,
        } = &inst.kind
        {
            return self.if_inst(*cond, then_block, else_block, &inst.results);
        }
        if let InstKind::Partials { func, args, output } = &inst.kind {
            let width = self.func.ty(*output).float().unwrap_or(FloatTy::F64);
            let module = format_ident!("{}", width.name());
            let rule = format_ident!("{}", func.0.name);
            let args = args.iter().chain(Some(output)).map(|a| self.ident(*a));
            let krate = self.krate;
            let call = quote!(#krate::__private::rules::#module::#rule(#(#args),*));
            let lhs = self.yields(&inst.results);
            return quote!(let #lhs = #call;);
        }
        let Some(&r) = inst.results.first() else {
            return quote!();
        };
        let name = self.ident(r);
        let ann = self.annotation(r);
        let rhs = match &inst.kind {
            InstKind::Param(k) => self.params.get(*k).cloned().unwrap_or_default(),
            InstKind::SelfParam => self.self_tokens.clone(),
            InstKind::Literal(lit) => quote!(#lit),
            InstKind::Zero => quote!(0.0),
            InstKind::Const(c) => {
                let mut expr = c.expr.clone();
                let names: Vec<Ident> = c.inputs.iter().map(|v| self.ident(*v)).collect();
                syn::visit_mut::VisitMut::visit_expr_mut(&mut Unmark { names: &names }, &mut expr);
                quote!(#expr)
            }
            InstKind::Unary(op, a) => {
                let a = self.ident(*a);
                match op {
                    UnOp::Neg => quote!(-#a),
                    UnOp::Not => quote!(!#a),
                }
            }
            InstKind::Binary(op, a, b) => {
                let (a, b) = (self.ident(*a), self.ident(*b));
                let op = binop_tokens(*op);
                quote!(#a #op #b)
            }
            InstKind::Cast(a, target) => {
                let a = self.ident(*a);
                let t = &target.tokens;
                quote!(#a as #t)
            }
            InstKind::Math(f, args) => {
                let method = format_ident!("{}", f.0.name);
                let recv = self.ident(args[0]);
                let rest = args[1..].iter().map(|a| self.ident(*a));
                quote!(#recv.#method(#(#rest),*))
            }
            InstKind::If { .. } | InstKind::Partials { .. } => quote!(),
        };
        quote!(let #name #ann = #rhs;)
    }

    fn if_inst(
        &self,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        results: &[Value],
    ) -> TokenStream {
        let c = self.ident(cond);
        let (ts, es) = (self.stmts(then_block), self.stmts(else_block));
        if results.is_empty() {
            return quote!(if #c { #ts } else { #es });
        }
        let (ty, ey) = (
            self.yields(&then_block.yields),
            self.yields(&else_block.yields),
        );
        let lhs = self.yields(results);
        quote!(let #lhs = if #c { #ts #ty } else { #es #ey };)
    }
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

/// Keeps identifier characters only, so any name hint makes a valid ident.
fn sanitize(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match s.chars().next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => s,
        _ => format!("v{s}"),
    }
}

/// Replaces the input markers of a constant expression by the identifiers of
/// the values they stand for.
struct Unmark<'a> {
    names: &'a [Ident],
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
