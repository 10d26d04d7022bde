//! Declarations: a block's variables declared at its start, many to a `let`.

use super::Emitter;
use crate::ir::{Block, FloatTy, Ty, Value};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// A variable of the block being emitted, declared at the block's start.
pub(super) struct Decl {
    name: Ident,
    mutable: bool,
    ty: DeclTy,
}

/// The type a variable is declared with.
pub(super) enum DeclTy {
    /// None: rustc infers it.
    Infer,
    Float(FloatTy),
    Other(TokenStream),
}

/// How many variables one `let` declares (see [`Emitter::stmts`]).
const DECLS_PER_LET: usize = 64;

impl Emitter<'_> {
    /// Declares variable `name` in the block being emitted; the statement
    /// that defines it assigns it.
    pub(super) fn declare(&self, name: &Ident, mutable: bool, ty: DeclTy) {
        if let Some(frame) = self.decls.borrow_mut().last_mut() {
            frame.push(Decl {
                name: name.clone(),
                mutable,
                ty,
            });
        }
    }

    /// The statements of a block.
    ///
    /// A `let` opens a scope that lasts to the end of the block, so one `let`
    /// per value would nest scopes as deep as the block is long, and rustc's
    /// debug info recurses once per nested scope (it overflows its stack on
    /// long functions). The block's variables are declared instead at its
    /// start, [`DECLS_PER_LET`] to a `let` (`let (a, b, ..): (f64, _, ..);`),
    /// and each statement assigns its variables once (deferred
    /// initialisation), so the nesting is the number of values divided by
    /// [`DECLS_PER_LET`].
    pub(super) fn stmts(&self, block: &Block) -> TokenStream {
        self.declared(|| block.insts.iter().map(|i| self.inst(i)).collect())
    }

    /// The statements `body` makes, preceded by the declarations of the
    /// variables they assign: floats of one width in arrays of bindings
    /// (`let [a, mut b, ..]: [f64; 64];`), the others in tuples.
    pub(super) fn declared(&self, body: impl FnOnce() -> TokenStream) -> TokenStream {
        self.decls.borrow_mut().push(Vec::new());
        let body = body();
        let decls = self.decls.borrow_mut().pop().unwrap_or_default();
        let pat = |d: &Decl| {
            let name = &d.name;
            if d.mutable {
                quote!(mut #name)
            } else {
                quote!(#name)
            }
        };
        let mut out = TokenStream::new();
        let (mut f64s, mut f32s, mut inferred) = (Vec::new(), Vec::new(), Vec::new());
        let mut generics = Vec::new();
        for d in &decls {
            match &d.ty {
                DeclTy::Float(FloatTy::F32) => f32s.push(pat(d)),
                DeclTy::Float(FloatTy::Generic) => generics.push(pat(d)),
                DeclTy::Float(_) => f64s.push(pat(d)),
                DeclTy::Infer => inferred.push(pat(d)),
                DeclTy::Other(t) => {
                    let p = pat(d);
                    out.extend(quote!(let #p: #t;));
                }
            }
        }
        for (pats, w) in [
            (f64s, FloatTy::F64),
            (f32s, FloatTy::F32),
            (generics, FloatTy::Generic),
        ] {
            for group in pats.chunks(DECLS_PER_LET) {
                let t = self.float_ty(w);
                out.extend(match group {
                    [one] => quote!(let #one: #t;),
                    many => {
                        let n = proc_macro2::Literal::usize_unsuffixed(many.len());
                        quote!(let [#(#many),*]: [#t; #n];)
                    }
                });
            }
        }
        for group in inferred.chunks(DECLS_PER_LET) {
            out.extend(match group {
                [one] => quote!(let #one;),
                many => quote!(let (#(#many),*);),
            });
        }
        out.extend(body);
        out
    }

    /// The float type, through the body's alias of it.
    pub(super) fn float_ty(&self, f: FloatTy) -> TokenStream {
        match f {
            FloatTy::F32 => {
                self.names_f32.set(true);
                quote!(__AutodiffF32)
            }
            FloatTy::F64 | FloatTy::Infer => {
                self.names_f64.set(true);
                quote!(__AutodiffF64)
            }
            FloatTy::Generic => {
                let t = proc_macro2::Ident::new(&f.name(), proc_macro2::Span::call_site());
                quote!(#t)
            }
        }
    }

    /// The type a value's variable is declared with: its float type if of
    /// known width, else inferred.
    pub(super) fn annotation(&self, v: Value) -> DeclTy {
        match self.func.ty(v) {
            Ty::Float(f) if *f != FloatTy::Infer => DeclTy::Float(*f),
            _ => DeclTy::Infer,
        }
    }
}
