//! The emission of a body cut into segments (planned in [`super::segments`]).

use super::decls::DeclTy;
use super::{Emitter, segments};
use crate::ir::{Block, FloatTy, Value};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// Lets [`Emitter::body`] cut a long function body into segments of
    /// about `weight` instructions (see [`segments`]). Only for a function
    /// without generics or receiver, whose nested functions can name every
    /// type and path the body uses.
    pub fn segmented(mut self, weight: usize) -> Self {
        // A value inlined into the body's yields would be read by the
        // caller from inside the last segment: it gets a variable instead.
        let mut inlined = std::mem::take(&mut self.inlined);
        for v in &self.inlining.into_body_yields {
            inlined.remove(*v);
        }
        let constant = |v: Value| self.inlining.constant.contains(v);
        let inlined_expr = |v: Value| {
            inlined.contains(v)
                && !self.inlining.constant.contains(v)
                && !self.inlining.params.contains(v)
        };
        let borrowed = |v: Value| self.inlining.borrowed.contains(v);
        let facts = segments::Facts {
            constant: &constant,
            inlined_expr: &inlined_expr,
            borrowed: &borrowed,
        };
        let plan = segments::plan(self.func, &self.func.body, weight, &facts);
        if plan.is_none() {
            for v in &self.inlining.into_body_yields {
                inlined.insert(*v, ());
            }
        }
        self.inlined = inlined;
        self.segments = plan;
        self
    }

    fn frame_ident(t: segments::FrameTy) -> Ident {
        let name = match t {
            segments::FrameTy::F64 => "frame_f64",
            segments::FrameTy::F32 => "frame_f32",
            segments::FrameTy::Bool => "frame_bool",
        };
        Ident::new(name, Span::mixed_site())
    }

    fn frame_elem(&self, t: segments::FrameTy) -> TokenStream {
        match t {
            segments::FrameTy::F64 => self.float_ty(FloatTy::F64),
            segments::FrameTy::F32 => self.float_ty(FloatTy::F32),
            segments::FrameTy::Bool => quote!(::core::primitive::bool),
        }
    }

    pub(super) fn segmented_body(&self, block: &Block, plan: &segments::Plan) -> TokenStream {
        use segments::{FrameTy, Pass};
        let mut out = TokenStream::new();
        for i in &plan.prelude {
            out.extend(self.inst(&block.insts[*i]));
        }
        for t in FrameTy::ALL {
            let len = proc_macro2::Literal::usize_unsuffixed(plan.frame_len[t.index()]);
            if plan.frame_len[t.index()] == 0 {
                continue;
            }
            let f = Self::frame_ident(t);
            let elem = self.frame_elem(t);
            let zero = match t {
                FrameTy::F64 => quote!(0.0_f64),
                FrameTy::F32 => quote!(0.0_f32),
                FrameTy::Bool => quote!(false),
            };
            self.declare(&f, true, DeclTy::Other(quote!([#elem; #len])));
            out.extend(quote!(#f = [#zero; #len];));
        }
        for v in &plan.prelude_out {
            if let Some(Pass::Frame(t, k)) = plan.pass.get(*v) {
                let k = proc_macro2::Literal::usize_unsuffixed(*k);
                let f = Self::frame_ident(*t);
                let e = self.read(*v);
                out.extend(quote!(#f[#k] = #e;));
            }
        }
        let last = plan.segments.len() - 1;
        for (j, seg) in plan.segments.iter().enumerate() {
            if j > 0 && j < last {
                out.extend(self.segment(j, seg, block, plan));
                continue;
            }
            // The first and the last segment run in the caller; the last
            // loads what the functions defined.
            if j == last {
                out.extend(self.loads(&plan.ins[j], plan));
            }
            for i in seg {
                out.extend(self.inst(&block.insts[*i]));
            }
            out.extend(self.stores(&plan.outs[j], plan));
        }
        out
    }

    /// The variables of `values`, declared, and the statements loading them
    /// from their frames.
    pub(super) fn loads(&self, values: &[Value], plan: &segments::Plan) -> TokenStream {
        let mut out = TokenStream::new();
        for v in values {
            if let Some(segments::Pass::Frame(t, k)) = plan.pass.get(*v) {
                let k = proc_macro2::Literal::usize_unsuffixed(*k);
                let f = Self::frame_ident(*t);
                let id = self.var(*v);
                self.declare(&id, false, self.annotation(*v));
                self.bind(*v, id.clone());
                self.exprs.borrow_mut().remove(*v);
                out.extend(quote!(#id = #f[#k];));
            }
        }
        out
    }

    /// The statements storing `values` in their frames.
    pub(super) fn stores(&self, values: &[Value], plan: &segments::Plan) -> TokenStream {
        let mut out = TokenStream::new();
        for v in values {
            if let Some(segments::Pass::Frame(t, k)) = plan.pass.get(*v) {
                let k = proc_macro2::Literal::usize_unsuffixed(*k);
                let f = Self::frame_ident(*t);
                let e = self.read(*v);
                out.extend(quote!(#f[#k] = #e;));
            }
        }
        out
    }

    /// Segment `j`: a nested function over the frames and its call.
    pub(super) fn segment(
        &self,
        j: usize,
        seg: &[usize],
        block: &Block,
        plan: &segments::Plan,
    ) -> TokenStream {
        use segments::{FrameTy, Pass};
        let name = format_ident!("__autodiff_segment_{}", j, span = Span::mixed_site());
        let unused = Ident::new("__AUTODIFF_UNUSED", Span::mixed_site());
        let mut params = Vec::new();
        let mut args = Vec::new();
        for t in FrameTy::ALL {
            let len = proc_macro2::Literal::usize_unsuffixed(plan.frame_len[t.index()]);
            if plan.frame_len[t.index()] == 0 {
                continue;
            }
            let f = Self::frame_ident(t);
            let elem = self.frame_elem(t);
            params.push(quote!(#f: &mut [#elem; #len]));
            args.push(quote!(&mut #f));
        }
        // Inside, every value from outside is a variable of the segment.
        let mut saved = Vec::new();
        let mut loads = Vec::new();
        for v in &plan.ins[j] {
            let outside = self.read(*v);
            let id = self.var(*v);
            match plan.pass.get(*v) {
                Some(Pass::Frame(..)) => loads.push(*v),
                Some(Pass::Arg) => {
                    let ty = segments::ref_type(self.func.ty(*v)).unwrap_or_default();
                    params.push(quote!(#id: &#ty));
                    args.push(outside);
                }
                None => {}
            }
            let expr = self.exprs.borrow_mut().remove(*v);
            let var = self.storage.borrow().get(*v).cloned();
            saved.push((*v, expr, var));
            self.bind(*v, id);
        }
        let body = self.declared(|| {
            let mut out = self.loads(&loads, plan);
            for i in seg {
                out.extend(self.inst(&block.insts[*i]));
            }
            out.extend(self.stores(&plan.outs[j], plan));
            out
        });
        for (v, expr, var) in saved {
            if let Some(e) = expr {
                self.exprs.borrow_mut().insert(v, e);
            }
            match var {
                Some(id) => self.bind(v, id),
                None => {
                    self.storage.borrow_mut().remove(v);
                }
            }
        }
        quote! {
            #[inline(never)]
            fn #name<const #unused: usize>(#(#params),*) {
                #body
            }
            #name::<0>(#(#args),*);
        }
    }
}
