//! Emit: IR to Rust tokens with `quote`.
//!
//! A scalar value is either written where it is read (literals, parameters,
//! and pure expressions read once, see [`Inlining`]) or held in an immutable
//! variable named after the user's variable (`x_3`, `d_x_12`) with a
//! `mixed_site` span, so generated names can never capture or be captured by
//! the user's names. The variables of a block are declared at its start, many
//! to a `let`, and assigned once where their value is computed (see
//! [`Emitter::stmts`]): the nesting of scopes stays shallow however long the
//! function is. Floats of known width are declared with their type, and
//! inlined float literals carry their width's suffix, so method calls never
//! meet an ambiguous numeric type. Runtime items are reached through
//! `<crate>::__private`.
//!
//! Arrays and `Vec`s are values in the IR (`Insert` makes a new one) but
//! variables in Rust: an `Insert` or `AddAt` whose base is not read again
//! later updates the base's variable in place, so filling an array in a loop
//! or accumulating a gradient costs no copies. "Later" is decided on the
//! preorder of the whole emitted function, with uses inside a loop extended
//! to the end of the loop (they run again next iteration). A base that is
//! still read later is cloned first.

use crate::ir::input_ident;
use crate::ir::{
    BinOp, Block, CallInst, CallTarget, FloatTy, Func, Inst, InstKind, Len, TripCount, Ty, UnOp,
    Value,
};
use proc_macro2::{Ident, Span, TokenStream};

mod segments;

use quote::{format_ident, quote};
pub use segments::SEGMENT_WEIGHT;
use std::cell::RefCell;
use std::collections::HashMap;

/// Emits the statements of a function body.
pub struct Emitter<'a> {
    pub func: &'a Func,
    /// How the body reads parameter `k` (an identifier of the signature).
    pub params: &'a [TokenStream],
    /// How the body reads the receiver.
    pub self_tokens: TokenStream,
    /// Path of the facade crate (`::autodiff` unless overridden).
    pub krate: &'a TokenStream,
    /// The Rust variable holding each value, once emitted.
    storage: RefCell<Dense<Ident>>,
    /// The expression of each value that is written where it is read
    /// instead of bound to a variable (see [`Inlining`]), once emitted.
    exprs: RefCell<Dense<(TokenStream, u8)>>,
    /// Which values are inlined.
    inlined: Dense<()>,
    /// The rest of the inlining plan, for [`Emitter::segmented`].
    inlining: Inlined,
    /// How the body is cut into segments, if it is.
    segments: Option<segments::Plan>,
    /// The variables declared so far in each block being emitted, innermost
    /// last.
    decls: RefCell<Vec<Vec<Decl>>>,
    /// Position of each instruction (keyed by its address in `func`).
    pos: HashMap<*const Inst, usize>,
    /// Position of the last read of each value.
    last_use: Dense<usize>,
    /// Position of the end of each block (where its yields are read).
    block_end: HashMap<*const Block, usize>,
    /// Which parameters are borrowed (`&[f64]`): never updated in place.
    borrowed: &'a [bool],
    /// Values bound to borrowed parameters.
    borrowed_values: RefCell<Vec<Value>>,
    /// `::core::primitive::f64` and `f32`, made once.
    f64_tokens: TokenStream,
    f32_tokens: TokenStream,
    /// Whether the body names the float types, through its aliases (see
    /// [`Emitter::body`]).
    names_f64: std::cell::Cell<bool>,
    names_f32: std::cell::Cell<bool>,
}

/// A variable of the block being emitted, declared at the block's start.
struct Decl {
    name: Ident,
    mutable: bool,
    ty: DeclTy,
}

/// The type a variable is declared with.
enum DeclTy {
    /// None: rustc infers it.
    Infer,
    Float(FloatTy),
    Other(TokenStream),
}

/// Precedence of an inlined expression, to parenthesise it only where its
/// reader needs it (see [`Emitter::read_at`]).
mod prec {
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

/// How many variables one `let` declares (see [`Emitter::stmts`]).
const DECLS_PER_LET: usize = 64;

impl<'a> Emitter<'a> {
    /// An emitter for `func`, whose parameter `k` is read as `params[k]`
    /// and is a reference if `borrowed[k]`.
    pub fn new(
        func: &'a Func,
        params: &'a [TokenStream],
        borrowed: &'a [bool],
        self_tokens: TokenStream,
        krate: &'a TokenStream,
    ) -> Self {
        let mut numbering = Numbering::default();
        numbering.block(&func.body);
        let mut inlining = Inlining::new(func, params, borrowed).plan();
        let inlined = std::mem::take(&mut inlining.inlined);
        Emitter {
            func,
            params,
            self_tokens,
            krate,
            storage: RefCell::new(Dense::default()),
            exprs: RefCell::new(Dense::default()),
            inlined,
            inlining,
            segments: None,
            decls: RefCell::new(Vec::new()),
            pos: numbering.pos,
            last_use: numbering.last_use,
            block_end: numbering.block_end,
            borrowed,
            borrowed_values: RefCell::new(Vec::new()),
            f64_tokens: quote!(::core::primitive::f64),
            f32_tokens: quote!(::core::primitive::f32),
            names_f64: std::cell::Cell::new(false),
            names_f32: std::cell::Cell::new(false),
        }
    }

    /// How value `v` is read where any expression may stand (an argument,
    /// an element, the value of an assignment): its variable, or its
    /// expression if it is inlined.
    pub fn read(&self, v: Value) -> TokenStream {
        self.read_at(v, 0)
    }

    /// `v` where an expression of precedence `min` or higher may stand
    /// (see [`prec`]); an inlined expression of a lower one is
    /// parenthesised.
    fn read_at(&self, v: Value, min: u8) -> TokenStream {
        if let Some((e, p)) = self.exprs.borrow().get(v) {
            return if *p >= min { e.clone() } else { quote!((#e)) };
        }
        let id = self.var(v);
        quote!(#id)
    }

    /// `v` as an operand of a binary operator that needs precedence `min`.
    /// A cast is parenthesised: `x as usize < n` would read `usize<` as the
    /// start of generic arguments.
    fn read_operand(&self, v: Value, min: u8) -> TokenStream {
        match self.exprs.borrow().get(v) {
            Some((e, prec::CAST)) => quote!((#e)),
            _ => self.read_at(v, min),
        }
    }

    /// The variable of value `v`.
    fn var(&self, v: Value) -> Ident {
        if let Some(id) = self.storage.borrow().get(v) {
            return id.clone();
        }
        self.fresh(v)
    }

    fn fresh(&self, v: Value) -> Ident {
        let base = self.func.name(v).map_or_else(|| "t".to_string(), sanitize);
        Ident::new(&format!("{base}_{}", v.0), Span::mixed_site())
    }

    fn bind(&self, v: Value, id: Ident) {
        self.storage.borrow_mut().insert(v, id);
    }

    /// Declares variable `name` in the block being emitted; the statement
    /// that defines it assigns it.
    fn declare(&self, name: &Ident, mutable: bool, ty: DeclTy) {
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
    fn stmts(&self, block: &Block) -> TokenStream {
        self.declared(|| block.insts.iter().map(|i| self.inst(i)).collect())
    }

    /// The statements `body` makes, preceded by the declarations of the
    /// variables they assign: floats of one width in arrays of bindings
    /// (`let [a, mut b, ..]: [f64; 64];`), the others in tuples.
    fn declared(&self, body: impl FnOnce() -> TokenStream) -> TokenStream {
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
        for d in &decls {
            match &d.ty {
                DeclTy::Float(FloatTy::F32) => f32s.push(pat(d)),
                DeclTy::Float(_) => f64s.push(pat(d)),
                DeclTy::Infer => inferred.push(pat(d)),
                DeclTy::Other(t) => {
                    let p = pat(d);
                    out.extend(quote!(let #p: #t;));
                }
            }
        }
        for (pats, w) in [(f64s, FloatTy::F64), (f32s, FloatTy::F32)] {
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

    /// The statements of the function body: [`Emitter::stmts`], or the
    /// segments and their calls if [`Emitter::segmented`] cut it. The body
    /// names the float types through local aliases, which the segments see
    /// too: one token instead of `::core::primitive::f64`'s six.
    pub fn body(&self, block: &Block) -> TokenStream {
        let stmts = match &self.segments {
            Some(plan) if std::ptr::eq(block, &self.func.body) => {
                self.declared(|| self.segmented_body(block, plan))
            }
            _ => self.stmts(block),
        };
        let mut out = TokenStream::new();
        if self.names_f64.get() {
            let t = &self.f64_tokens;
            out.extend(quote!(type __AutodiffF64 = #t;));
        }
        if self.names_f32.get() {
            let t = &self.f32_tokens;
            out.extend(quote!(type __AutodiffF32 = #t;));
        }
        out.extend(stmts);
        out
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

    fn segmented_body(&self, block: &Block, plan: &segments::Plan) -> TokenStream {
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
    fn loads(&self, values: &[Value], plan: &segments::Plan) -> TokenStream {
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
    fn stores(&self, values: &[Value], plan: &segments::Plan) -> TokenStream {
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
    fn segment(
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

    /// The yields of a block as one expression (a tuple if several).
    /// Each of `values` as an expression of its own.
    pub fn each(&self, values: &[Value]) -> Vec<TokenStream> {
        values
            .iter()
            .map(|v| self.read_owned(*v, usize::MAX))
            .collect()
    }

    pub fn yields(&self, values: &[Value]) -> TokenStream {
        self.tuple(values, usize::MAX)
    }

    /// `values` as an expression, cloning aggregates still read after `at`.
    fn tuple(&self, values: &[Value], at: usize) -> TokenStream {
        let items: Vec<TokenStream> = values.iter().map(|v| self.read_owned(*v, at)).collect();
        match items.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    /// `v` by value at position `at`: a clone if it is an aggregate that is
    /// read again later.
    fn read_owned(&self, v: Value, at: usize) -> TokenStream {
        let id = self.read(v);
        // A borrowed parameter is a reference: it is `Copy` and passed as is.
        if self.func.ty(v).is_aggregate() && self.used_after(v, at) && !self.is_borrowed(v) {
            quote!(#id.to_owned())
        } else {
            quote!(#id)
        }
    }

    fn used_after(&self, v: Value, at: usize) -> bool {
        self.last_use.get(v).is_some_and(|l| *l > at)
    }

    /// The float type, through the body's alias of it.
    fn float_ty(&self, f: FloatTy) -> TokenStream {
        match f {
            FloatTy::F32 => {
                self.names_f32.set(true);
                quote!(__AutodiffF32)
            }
            FloatTy::F64 | FloatTy::Infer => {
                self.names_f64.set(true);
                quote!(__AutodiffF64)
            }
        }
    }

    /// The type a value's variable is declared with: its float type if of
    /// known width, else inferred.
    fn annotation(&self, v: Value) -> DeclTy {
        match self.func.ty(v) {
            Ty::Float(f) if *f != FloatTy::Infer => DeclTy::Float(*f),
            _ => DeclTy::Infer,
        }
    }

    /// A zero of type `ty` as an expression; `like` gives the length of a
    /// `Vec`.
    fn zeros(&self, ty: &Ty, like: Option<Value>) -> TokenStream {
        match ty {
            Ty::Float(FloatTy::Infer) => quote!(0.0),
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

    fn path(&self, path: &[Value]) -> TokenStream {
        path.iter()
            .map(|p| {
                let id = self.read(*p);
                quote!([#id])
            })
            .collect()
    }

    fn here(&self, inst: &Inst) -> usize {
        self.pos.get(&(inst as *const Inst)).copied().unwrap_or(0)
    }

    fn inst(&self, inst: &Inst) -> TokenStream {
        let at = self.here(inst);
        match &inst.kind {
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => return self.if_inst(*cond, then_block, else_block, &inst.results),
            InstKind::For(_) | InstKind::While(_) => return self.loop_inst(inst),
            InstKind::Partials { func, args, output } => {
                let width = self.func.ty(*output).float().unwrap_or(FloatTy::F64);
                let module = format_ident!("{}", width.name());
                let rule = format_ident!("{}", func.0.name);
                let args = args.iter().chain(Some(output)).map(|a| self.read(*a));
                let krate = self.krate;
                let call = quote!(#krate::__private::rules::#module::#rule(#(#args),*));
                if let [r] = inst.results[..] {
                    if self.inlined.contains(r) {
                        self.exprs.borrow_mut().insert(r, (call, prec::ATOM));
                        return quote!();
                    }
                }
                let lhs = self.lhs(&inst.results);
                return quote!(#lhs = #call;);
            }
            InstKind::PartialsJvp {
                func,
                args,
                output,
                tangents,
            } => {
                let width = self.func.ty(*output).float().unwrap_or(FloatTy::F64);
                let module = format_ident!("{}", width.name());
                let rule = format_ident!("{}_jvp", func.0.name);
                let zero = self.zeros(&Ty::Float(width), None);
                let primal = args.iter().chain(Some(output)).map(|a| self.read(*a));
                let tangents: Vec<TokenStream> = tangents
                    .iter()
                    .map(|t| match t {
                        Some(t) => {
                            let id = self.read(*t);
                            quote!(#id)
                        }
                        None => zero.clone(),
                    })
                    .collect();
                let krate = self.krate;
                let call =
                    quote!(#krate::__private::rules::#module::#rule(#(#primal,)* #(#tangents),*));
                let n = inst.results.len() / 2;
                let p = self.lhs(&inst.results[..n]);
                let dp = self.lhs(&inst.results[n..]);
                return quote!((#p, #dp) = #call;);
            }
            InstKind::TapeNew(id) => {
                let t = tape_ident(*id);
                let krate = self.krate;
                self.declare(&t, true, DeclTy::Infer);
                return quote!(#t = #krate::__private::Tape::new(););
            }
            InstKind::TapeReserve { id, count } => {
                let t = tape_ident(*id);
                let TripCount::Range { lo, hi, inclusive } = count;
                let (lo, hi) = (
                    self.read_at(*lo, prec::UNARY),
                    self.read_at(*hi, prec::UNARY),
                );
                let range = if *inclusive {
                    quote!(#lo..=#hi)
                } else {
                    quote!(#lo..#hi)
                };
                return quote!(#t.reserve(::core::iter::Iterator::size_hint(&(#range)).0););
            }
            InstKind::TapePush { id, values } => {
                let t = tape_ident(*id);
                let vals = self.tuple(values, at);
                return quote!(#t.push(#vals););
            }
            InstKind::TapePop(id) => {
                let t = tape_ident(*id);
                let lhs = self.lhs(&inst.results);
                return quote!(#lhs = #t.pop(););
            }
            InstKind::Insert { base, path, value } | InstKind::AddAt { base, path, value } => {
                let add = matches!(inst.kind, InstKind::AddAt { .. });
                return self.update(*base, path, *value, add, inst.results[0], at);
            }
            InstKind::CallPullback(call, seeds) => {
                let mut args = self.call_args(call, at);
                let n = seeds.len();
                let seed_exprs: Vec<TokenStream> =
                    seeds.iter().map(|s| self.read_owned(*s, at)).collect();
                args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
                let f = self.callee(call, "pullback", 0);
                let v = self.shaped_lhs(call.shape.as_ref(), &inst.results[..n]);
                let slots = self.lhs(&inst.results[n..]);
                let slots = if inst.results.len() == n + 1 {
                    quote!((#slots,))
                } else {
                    slots
                };
                return quote!((#v, #slots) = #f(#(#args),*););
            }
            InstKind::CallPushforward(call, tangents) => {
                let mut args = self.call_args(call, at);
                for (t, by_ref) in tangents.iter().zip(&call.by_ref) {
                    args.push(match t {
                        Some(t) if *by_ref => {
                            let id = self.read_at(*t, prec::ATOM);
                            quote!(&#id)
                        }
                        Some(t) => self.read_owned(*t, at),
                        None => {
                            let krate = self.krate;
                            quote!(#krate::__private::NoGrad)
                        }
                    });
                }
                let f = self.callee(call, "pushforward", call.args.len());
                let n = inst.results.len() / 2;
                let v = self.shaped_lhs(call.shape.as_ref(), &inst.results[..n]);
                let t = self.shaped_lhs(call.shape.as_ref(), &inst.results[n..]);
                return quote!((#v, #t) = #f(#(#args),*););
            }
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => {
                let krate = self.krate;
                let mut args = self.call_args(call, at);
                let seed_exprs: Vec<TokenStream> =
                    seeds.iter().map(|s| self.read_owned(*s, at)).collect();
                args.push(self.shaped(call.shape.as_ref(), &seed_exprs));
                for (t, by_ref) in arg_tangents.iter().zip(&call.by_ref) {
                    args.push(match t {
                        Some(t) if *by_ref => {
                            let id = self.read_at(*t, prec::ATOM);
                            quote!(&#id)
                        }
                        Some(t) => self.read_owned(*t, at),
                        None => quote!(#krate::__private::NoGrad),
                    });
                }
                let seed_t: Vec<TokenStream> = seed_tangents
                    .iter()
                    .map(|s| self.read_owned(*s, at))
                    .collect();
                args.push(self.shaped(call.shape.as_ref(), &seed_t));
                let f = self.callee(call, "pullback_pushforward", call.args.len());
                let n = seeds.len();
                let half = inst.results.len() / 2;
                let slots_pattern = |r: &[Value]| {
                    let s = self.lhs(r);
                    if r.len() == 1 { quote!((#s,)) } else { s }
                };
                let v = self.shaped_lhs(call.shape.as_ref(), &inst.results[..n]);
                let s = slots_pattern(&inst.results[n..half]);
                let vd = self.shaped_lhs(call.shape.as_ref(), &inst.results[half..half + n]);
                let sd = slots_pattern(&inst.results[half + n..]);
                return quote!(((#v, #s), (#vd, #sd)) = #f(#(#args),*););
            }
            InstKind::AddAgg(a, b) => {
                let r = inst.results[0];
                let (target, setup) = self.take_for_update(*a, r, at);
                let b = self.read(*b);
                let krate = self.krate;
                return quote! {
                    #setup
                    #krate::__private::accumulate(&mut #target, &#b);
                };
            }
            _ => {}
        }
        let Some(&r) = inst.results.first() else {
            return quote!();
        };
        if let InstKind::Param(k) = &inst.kind {
            // A constant parameter of a type the macro does not model (a
            // closure, a `&Params`, a generic) is read where it is: moving it
            // into a local would use it up.
            if self.func.ty(r) == &Ty::Other {
                if let Some(id) = self
                    .params
                    .get(*k)
                    .and_then(|t| syn::parse2::<Ident>(t.clone()).ok())
                {
                    self.bind(r, id);
                    return quote!();
                }
            }
        }
        let rty = self.func.ty(r);
        let rhs = match &inst.kind {
            InstKind::Param(k) => {
                if self.borrowed.get(*k).copied().unwrap_or(false) {
                    self.borrowed_values.borrow_mut().push(r);
                }
                self.params.get(*k).cloned().unwrap_or_default()
            }
            InstKind::SelfParam => self.self_tokens.clone(),
            InstKind::Literal(lit) => literal(lit, rty),
            InstKind::Zero => self.zeros(rty, None),
            InstKind::ZerosLike(v) => self.zeros(rty, Some(*v)),
            InstKind::Const(c) => {
                let mut expr = c.expr.clone();
                let names: Vec<TokenStream> = c
                    .inputs
                    .iter()
                    .map(|v| self.read_at(*v, prec::ATOM))
                    .collect();
                syn::visit_mut::VisitMut::visit_expr_mut(&mut Unmark { names: &names }, &mut expr);
                quote!(#expr)
            }
            InstKind::Unary(op, a) => {
                let a = self.read_operand(*a, prec::UNARY);
                match op {
                    UnOp::Neg => quote!(-#a),
                    UnOp::Not => quote!(!#a),
                }
            }
            InstKind::Binary(op, a, b) => {
                // Left-associative; comparisons do not chain.
                let p = binop_prec(*op);
                let left = if p == prec::CMP { p + 1 } else { p };
                let (a, b) = (self.read_operand(*a, left), self.read_operand(*b, p + 1));
                let op = binop_tokens(*op);
                quote!(#a #op #b)
            }
            InstKind::Cast(a, target) => {
                let a = self.read_at(*a, prec::CAST);
                let t = &target.tokens;
                quote!(#a as #t)
            }
            InstKind::Math(f, args) => {
                let method = format_ident!("{}", f.0.name);
                let recv = self.read_at(args[0], prec::ATOM);
                let rest = args[1..].iter().map(|a| self.read(*a));
                quote!(#recv.#method(#(#rest),*))
            }
            InstKind::Index { base, path } => {
                let b = self.read(*base);
                let p = self.path(path);
                quote!(#b #p)
            }
            InstKind::ArrayLit(items) => {
                let items = items.iter().map(|i| self.read(*i));
                quote!([#(#items),*])
            }
            InstKind::ArrayRepeat(v, Len(n)) => {
                let v = self.read(*v);
                quote!([#v; #n])
            }
            InstKind::VecRepeat(v, n) => {
                let (v, n) = (self.read(*v), self.read(*n));
                quote!(::std::vec![#v; #n])
            }
            InstKind::Len(v) => {
                let v = self.read(*v);
                quote!(#v.len())
            }
            InstKind::Call(call) if call.shape.is_some() => {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                let lhs = self.shaped_lhs(call.shape.as_ref(), &inst.results);
                return quote!(#lhs = #f(#(#args),*););
            }
            InstKind::Call(call) => {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                quote!(#f(#(#args),*))
            }
            InstKind::AddSlot(a, slot) => {
                let a = self.read_owned(*a, at);
                let slot = self.read(*slot);
                let krate = self.krate;
                quote!(#krate::__private::add_slot(#a, #slot))
            }
            InstKind::SumElems(v) => {
                let v = self.read(*v);
                let t = self.float_ty(rty.float().unwrap_or(FloatTy::F64));
                quote!(::core::iter::Iterator::sum::<#t>(::core::iter::Iterator::copied(#v.iter())))
            }
            _ => quote!(),
        };
        if self.inlined.contains(r) {
            let p = match &inst.kind {
                InstKind::Unary(..) => prec::UNARY,
                InstKind::Cast(..) => prec::CAST,
                InstKind::Binary(op, ..) => binop_prec(*op),
                _ => prec::ATOM,
            };
            self.exprs.borrow_mut().insert(r, (rhs, p));
            return quote!();
        }
        let name = self.fresh(r);
        self.bind(r, name.clone());
        // Arrays are updated in place; the result of a call may be an array
        // that the adjoint updates in place.
        let mutable = rty.is_aggregate() || rty == &Ty::Unknown;
        self.declare(&name, mutable, self.annotation(r));
        quote!(#name = #rhs;)
    }

    /// `exprs` nested like `shape` (one expression if there is no shape).
    fn shaped(&self, shape: Option<&crate::ir::Shape>, exprs: &[TokenStream]) -> TokenStream {
        fn go(shape: &crate::ir::Shape, it: &mut std::slice::Iter<'_, TokenStream>) -> TokenStream {
            match shape {
                crate::ir::Shape::Leaf => it.next().cloned().unwrap_or_default(),
                crate::ir::Shape::Tuple(items) => {
                    let parts = items.iter().map(|s| go(s, it));
                    quote!((#(#parts,)*))
                }
            }
        }
        match shape {
            Some(s) => go(s, &mut exprs.iter()),
            None => exprs.first().cloned().unwrap_or_default(),
        }
    }

    /// The variables of `results` nested like `shape`, declared, to assign
    /// them.
    fn shaped_lhs(&self, shape: Option<&crate::ir::Shape>, results: &[Value]) -> TokenStream {
        let names: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                self.declare(&id, true, DeclTy::Infer);
                quote!(#id)
            })
            .collect();
        self.shaped(shape, &names)
    }

    /// The arguments of a call as written: `&x` where the user wrote it.
    fn call_args(&self, call: &CallInst, at: usize) -> Vec<TokenStream> {
        call.args
            .iter()
            .zip(&call.by_ref)
            .map(|(a, by_ref)| {
                if *by_ref {
                    let id = self.read_at(*a, prec::ATOM);
                    quote!(&#id)
                } else {
                    self.read_owned(*a, at)
                }
            })
            .collect()
    }

    /// The function a call calls (`g`, `m::g`, `recv.g`), or its adapter
    /// `__g_{adapter}` (with `extra` inferred generic arguments added to an
    /// explicit turbofish).
    fn callee(&self, call: &CallInst, adapter: &str, extra: usize) -> TokenStream {
        let rename = |name: &Ident| {
            if adapter.is_empty() {
                name.clone()
            } else {
                let bare = syn::ext::IdentExt::unraw(name);
                Ident::new(&format!("__{bare}_{adapter}"), name.span())
            }
        };
        let underscores = (0..extra).map(|_| quote!(_));
        match &call.callee {
            CallTarget::Path(p) => {
                let mut p = p.clone();
                if let Some(last) = p.path.segments.last_mut() {
                    last.ident = rename(&last.ident);
                    if let syn::PathArguments::AngleBracketed(args) = &mut last.arguments {
                        if !adapter.is_empty() {
                            for u in underscores {
                                args.args.push(syn::parse_quote!(#u));
                            }
                        }
                    }
                }
                quote!(#p)
            }
            CallTarget::Method { name, turbofish } => {
                let recv = call.recv.map(|r| self.read_at(r, prec::ATOM));
                let name = rename(name);
                let turbofish = turbofish.as_ref().map(|t| {
                    let args = &t.args;
                    if adapter.is_empty() {
                        quote!(::<#args>)
                    } else {
                        quote!(::<#args, #(#underscores),*>)
                    }
                });
                quote!(#recv.#name #turbofish)
            }
        }
    }

    /// `base` as the target of an in-place update that produces `result`:
    /// its own variable if `base` is not read after `at`, else a clone.
    fn take_for_update(&self, base: Value, result: Value, at: usize) -> (Ident, TokenStream) {
        let b = self.var(base);
        if !self.used_after(base, at) && !self.is_borrowed(base) {
            self.bind(result, b.clone());
            (b, quote!())
        } else {
            let name = self.fresh(result);
            self.bind(result, name.clone());
            self.declare(&name, true, DeclTy::Infer);
            let setup = quote!(#name = #b.to_owned(););
            (name, setup)
        }
    }

    /// Whether `v` is a borrowed parameter (`&[f64]`), which cannot be
    /// updated in place.
    fn is_borrowed(&self, v: Value) -> bool {
        self.borrowed_values.borrow().contains(&v)
    }

    fn update(
        &self,
        base: Value,
        path: &[Value],
        value: Value,
        add: bool,
        result: Value,
        at: usize,
    ) -> TokenStream {
        let (target, setup) = self.take_for_update(base, result, at);
        let p = self.path(path);
        let v = self.read(value);
        let stmt = if !add {
            quote!(#target #p = #v;)
        } else if self.func.ty(value).is_aggregate() {
            let krate = self.krate;
            quote!(#krate::__private::accumulate(&mut #target #p, &#v);)
        } else {
            quote!(#target #p += #v;)
        };
        quote! {
            #setup
            #stmt
        }
    }

    /// `(a, b)` or `a` to assign several or one result, declared;
    /// aggregates are declared `mut` so they can be updated in place later.
    fn lhs(&self, results: &[Value]) -> TokenStream {
        let items: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                let ty = self.func.ty(*r);
                self.declare(&id, ty.is_aggregate() || ty == &Ty::Unknown, DeclTy::Infer);
                quote!(#id)
            })
            .collect();
        match items.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    fn if_inst(
        &self,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        results: &[Value],
    ) -> TokenStream {
        let c = self.read(cond);
        let ts = self.stmts(then_block);
        let ty = self.block_yields(then_block);
        let es = self.stmts(else_block);
        let ey = self.block_yields(else_block);
        if results.is_empty() {
            return quote!(if #c { #ts } else { #es });
        }
        let lhs = self.lhs(results);
        quote!(#lhs = if #c { #ts #ty } else { #es #ey };)
    }

    fn block_yields(&self, block: &Block) -> TokenStream {
        let at = self.block_end(block);
        self.tuple(&block.yields, at)
    }

    fn block_end(&self, block: &Block) -> usize {
        self.block_end
            .get(&(block as *const Block))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// A loop: its carried state in `let mut` variables, the body, then the
    /// next state assigned (in parallel, through temporaries).
    fn loop_inst(&self, inst: &Inst) -> TokenStream {
        let at = self.here(inst);
        let (params, inits, body) = match &inst.kind {
            InstKind::For(l) => (&l.params, &l.inits, &l.body),
            InstKind::While(l) => (&l.params, &l.inits, &l.body),
            _ => return quote!(),
        };
        let mut setup = TokenStream::new();
        let mut vars = Vec::new();
        for (p, init) in params.iter().zip(inits) {
            let var = self.fresh(*p);
            self.declare(&var, true, self.annotation(*p));
            let value = self.read_owned(*init, at);
            setup.extend(quote!(#var = #value;));
            self.bind(*p, var.clone());
            vars.push(var);
        }
        let body_stmts = self.stmts(body);
        let end = self.block_end(body);
        // The next state, assigned in parallel (each value is read before
        // any variable is assigned).
        let mut targets = Vec::new();
        let mut values = Vec::new();
        for (k, y) in body.yields.iter().enumerate() {
            if !self.inlined.contains(*y) && self.var(*y) == vars[k] {
                continue;
            }
            values.push(self.read_owned(*y, end));
            targets.push(&vars[k]);
        }
        let assigns = match (targets.as_slice(), values.as_slice()) {
            ([], _) => quote!(),
            ([t], [v]) => quote!(#t = #v;),
            _ => quote!((#(#targets),*) = (#(#values),*);),
        };
        let head = match &inst.kind {
            InstKind::For(l) => {
                let i = self.fresh(l.index);
                debug_assert!(!self.inlined.contains(l.index));
                self.bind(l.index, i.clone());
                let (lo, hi) = (
                    self.read_at(l.lo, prec::UNARY),
                    self.read_at(l.hi, prec::UNARY),
                );
                let range = match (l.inclusive, l.reversed) {
                    (false, false) => quote!(#lo..#hi),
                    (true, false) => quote!(#lo..=#hi),
                    (false, true) => quote!((#lo..#hi).rev()),
                    (true, true) => quote!((#lo..=#hi).rev()),
                };
                quote!(for #i in #range)
            }
            InstKind::While(l) => {
                let cs = self.stmts(&l.cond);
                let c = self.read(l.cond.yields[0]);
                quote!(while { #cs #c })
            }
            _ => quote!(),
        };
        for (r, var) in inst.results.iter().zip(&vars) {
            self.bind(*r, var.clone());
        }
        quote! {
            #setup
            #head {
                #body_stmts
                #assigns
            }
        }
    }
}

/// Preorder positions and last uses (see the module docs).
#[derive(Default)]
struct Numbering {
    next: usize,
    pos: HashMap<*const Inst, usize>,
    block_end: HashMap<*const Block, usize>,
    def: Dense<usize>,
    last_use: Dense<usize>,
    /// Every read, in order: a loop extends the reads made inside it.
    reads: Vec<Value>,
}

impl Numbering {
    fn block(&mut self, block: &Block) {
        for inst in &block.insts {
            let p = self.tick();
            self.pos.insert(inst as *const Inst, p);
            for v in inst.kind.operands() {
                self.use_at(v, p);
            }
            match &inst.kind {
                InstKind::For(l) => {
                    self.def.insert(l.index, p);
                    l.params.iter().for_each(|q| {
                        self.def.insert(*q, p);
                    });
                }
                InstKind::While(l) => l.params.iter().for_each(|q| {
                    self.def.insert(*q, p);
                }),
                _ => {}
            }
            let first_read = self.reads.len();
            for b in inst.kind.blocks() {
                self.block(b);
            }
            if matches!(inst.kind, InstKind::For(_) | InstKind::While(_)) {
                // Values defined before the loop and read inside it are read
                // again on every iteration: live to the loop's end. Each read
                // is looked at once per enclosing loop.
                let end = self.tick();
                for k in first_read..self.reads.len() {
                    let v = self.reads[k];
                    if self.def.get(v).is_some_and(|d| *d < p) {
                        self.last_use.insert(v, end);
                    }
                }
            }
            for r in &inst.results {
                self.def.insert(*r, p);
            }
        }
        let end = self.tick();
        self.block_end.insert(block as *const Block, end);
        for y in &block.yields {
            self.use_at(*y, end);
        }
    }

    fn tick(&mut self) -> usize {
        self.next += 1;
        self.next
    }

    fn use_at(&mut self, v: Value, p: usize) {
        self.reads.push(v);
        if self.last_use.get(v).is_none_or(|e| *e < p) {
            self.last_use.insert(v, p);
        }
    }
}

/// Which values are written where they are read instead of being bound to
/// a variable: fewer variables make less code for rustc to check and less
/// debug info (see [`Emitter::stmts`]).
///
/// - A scalar literal, zero or parameter (read through a plain name) is
///   written at every read: it costs nothing to repeat. A float literal gets
///   the suffix of its width, which its variable's type gave it before.
/// - A pure scalar expression (arithmetic, cast, float method, local
///   partial derivative, element or length read) read exactly once, by an
///   instruction or the yields of its own block, is written inside that
///   read, up to [`MAX_INLINED`] operations per expression. Moving it from
///   where it was defined to where it is read changes nothing: it reads only
///   immutable scalars. One that reads an array (`a[i]`, `a.len()`) is
///   inlined only if nothing between its definition and the statement that
///   finally evaluates it could update or move that array, and that
///   statement is pure or an element update (which evaluates its value
///   before it stores).
struct Inlining<'a> {
    func: &'a Func,
    params: &'a [TokenStream],
    borrowed: &'a [bool],
    uses: Dense<u32>,
    /// The block and instruction (`usize::MAX`: the yields) of each value's
    /// last read.
    user: Dense<(*const Block, usize)>,
    /// Values bound to borrowed parameters: never updated or moved.
    borrowed_values: Dense<()>,
    /// Operations in each inlined value's expression.
    size: Dense<usize>,
    inlined: Dense<()>,
    /// Parameters written at every read.
    params_read: Vec<Value>,
}

/// The result of [`Inlining`].
struct Inlined {
    inlined: Dense<()>,
    /// Inlined values written at every read (literals, zeros, parameters).
    constant: Dense<()>,
    /// Values inlined into the yields of the function body.
    into_body_yields: Vec<Value>,
    /// Parameters written at every read.
    params: Dense<()>,
    /// Values bound to borrowed parameters.
    borrowed: Dense<()>,
}

/// At most this many operations are inlined into one expression, so that
/// a long chain of single-use values does not become one expression nested
/// as deep as the chain is long.
const MAX_INLINED: usize = 12;

const YIELDS: usize = usize::MAX;

impl<'a> Inlining<'a> {
    fn new(func: &'a Func, params: &'a [TokenStream], borrowed: &'a [bool]) -> Self {
        Inlining {
            func,
            params,
            borrowed,
            uses: Dense::default(),
            user: Dense::default(),
            borrowed_values: Dense::default(),
            size: Dense::default(),
            inlined: Dense::default(),
            params_read: Vec::new(),
        }
    }

    fn plan(mut self) -> Inlined {
        self.count(&self.func.body);
        self.block(&self.func.body);
        let body = &self.func.body as *const Block;
        let mut constant = Dense::default();
        let mut params = Dense::default();
        for p in &self.params_read {
            self.size.remove(*p);
            params.insert(*p, ());
        }
        let mut into_body_yields = Vec::new();
        for (k, info) in self.size.0.iter().enumerate() {
            let v = Value(k as u32);
            match info {
                Some(0) => constant.insert(v, ()),
                Some(_)
                    if self.inlined.contains(v) && self.user.get(v) == Some(&(body, YIELDS)) =>
                {
                    into_body_yields.push(v);
                }
                _ => {}
            }
        }
        Inlined {
            inlined: self.inlined,
            constant,
            into_body_yields,
            params,
            borrowed: self.borrowed_values,
        }
    }

    fn count(&mut self, block: &Block) {
        let b = block as *const Block;
        for (j, inst) in block.insts.iter().enumerate() {
            for v in inst.kind.operands() {
                self.uses.insert(v, self.uses.get(v).map_or(1, |c| c + 1));
                self.user.insert(v, (b, j));
            }
            for inner in inst.kind.blocks() {
                self.count(inner);
            }
            if let (InstKind::Param(k), [r]) = (&inst.kind, &inst.results[..]) {
                if self.borrowed.get(*k).copied().unwrap_or(false) {
                    self.borrowed_values.insert(*r, ());
                }
            }
        }
        for y in &block.yields {
            self.uses.insert(*y, self.uses.get(*y).map_or(1, |c| c + 1));
            self.user.insert(*y, (b, YIELDS));
        }
    }

    fn scalar(&self, v: Value) -> bool {
        matches!(self.func.ty(v), Ty::Float(_) | Ty::Int | Ty::Bool)
    }

    /// Whether `inst` is written at every read of its result.
    fn repeated(&self, inst: &Inst, r: Value) -> bool {
        if !self.scalar(r) {
            return false;
        }
        match &inst.kind {
            InstKind::Literal(lit) => matches!(
                (lit, self.func.ty(r)),
                (syn::Lit::Float(_), Ty::Float(_))
                    | (syn::Lit::Int(_), Ty::Int)
                    | (syn::Lit::Bool(_), Ty::Bool)
            ),
            InstKind::Zero | InstKind::ZerosLike(_) => matches!(self.func.ty(r), Ty::Float(_)),
            // A parameter read through a name or a field (`x`, `d_out.0`),
            // not through a literal whose type its variable fixed.
            InstKind::Param(k) => self.params.get(*k).is_some_and(|t| {
                matches!(
                    syn::parse2::<syn::Expr>(t.clone()),
                    Ok(syn::Expr::Path(_) | syn::Expr::Field(_))
                )
            }),
            _ => false,
        }
    }

    /// Whether `kind` neither updates nor moves anything.
    fn pure(kind: &InstKind) -> bool {
        matches!(
            kind,
            InstKind::Literal(_)
                | InstKind::Zero
                | InstKind::Param(_)
                | InstKind::Unary(..)
                | InstKind::Binary(..)
                | InstKind::Cast(..)
                | InstKind::Math(..)
                | InstKind::Partials { .. }
                | InstKind::PartialsJvp { .. }
                | InstKind::Index { .. }
                | InstKind::Len(_)
                | InstKind::SumElems(_)
                | InstKind::ZerosLike(_)
        )
    }

    /// The array `kind` reads, if it reads one that may be updated in
    /// place or moved.
    fn reads_array(&self, kind: &InstKind) -> Option<Value> {
        let a = match kind {
            InstKind::Index { base, .. } => *base,
            InstKind::Len(a) | InstKind::SumElems(a) => *a,
            _ => return None,
        };
        (!self.borrowed_values.contains(a)).then_some(a)
    }

    fn block(&mut self, block: &Block) {
        let b = block as *const Block;
        let n = block.insts.len();
        // Forward: the candidates, with the size of their expressions.
        for inst in &block.insts {
            for inner in inst.kind.blocks() {
                self.block(inner);
            }
            let [r] = inst.results[..] else { continue };
            if self.repeated(inst, r) {
                self.inlined.insert(r, ());
                // Size 0: free to repeat. A parameter is not a constant to
                // a segment (see `segments`), which must be passed it.
                self.size.insert(r, 0);
                if matches!(inst.kind, InstKind::Param(_)) {
                    self.params_read.push(r);
                }
                continue;
            }
            let foldable = matches!(
                inst.kind,
                InstKind::Unary(..)
                    | InstKind::Binary(..)
                    | InstKind::Cast(..)
                    | InstKind::Math(..)
                    | InstKind::Partials { .. }
                    | InstKind::Index { .. }
                    | InstKind::Len(_)
                    | InstKind::SumElems(_)
            );
            if !foldable || !self.scalar(r) || self.uses.get(r) != Some(&1) {
                continue;
            }
            let Some(&(ub, j)) = self.user.get(r) else {
                continue;
            };
            // A constant expression is the user's text: it may read an input
            // more than once.
            if ub != b || (j != YIELDS && matches!(block.insts[j].kind, InstKind::Const(_))) {
                continue;
            }
            let size = 1 + inst
                .kind
                .operands()
                .iter()
                .filter_map(|o| self.size.get(*o))
                .sum::<usize>();
            if size <= MAX_INLINED {
                self.inlined.insert(r, ());
                self.size.insert(r, size);
            }
        }
        // Backward: where each inlined value is finally evaluated, and
        // whether an array it reads is still the same there.
        let mut impure_before = Vec::with_capacity(n + 1);
        impure_before.push(0usize);
        for inst in &block.insts {
            let last = impure_before.last().copied().unwrap_or(0);
            impure_before.push(last + usize::from(!Self::pure(&inst.kind)));
        }
        let mut eval: Vec<usize> = (0..n).collect();
        for i in (0..n).rev() {
            let inst = &block.insts[i];
            let [r] = inst.results[..] else { continue };
            if !self.inlined.contains(r) || self.size.get(r) == Some(&0) {
                continue;
            }
            let j = self.user.get(r).map_or(YIELDS, |u| u.1);
            let e = if j == YIELDS { n } else { eval[j] };
            if self.reads_array(&inst.kind).is_some() {
                let consumer_ok = e < n
                    && match &block.insts[e].kind {
                        k if Self::pure(k) => true,
                        InstKind::Insert { value, .. } | InstKind::AddAt { value, .. } => {
                            self.scalar(*value)
                        }
                        _ => false,
                    };
                if !consumer_ok || impure_before[e] != impure_before[i + 1] {
                    self.inlined.remove(r);
                    continue;
                }
            }
            eval[i] = e;
        }
    }
}

/// A literal as written, with the suffix of its float width if it has none
/// (it may be inlined where nothing else gives it a type).
fn literal(lit: &syn::Lit, ty: &Ty) -> TokenStream {
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

/// A map keyed by values, stored densely: values are indices.
pub(crate) struct Dense<T>(Vec<Option<T>>);

impl<T> Default for Dense<T> {
    fn default() -> Self {
        Dense(Vec::new())
    }
}

impl<T> Dense<T> {
    fn get(&self, v: Value) -> Option<&T> {
        self.0.get(v.index()).and_then(Option::as_ref)
    }

    fn contains(&self, v: Value) -> bool {
        self.get(v).is_some()
    }

    fn insert(&mut self, v: Value, t: T) {
        let i = v.index();
        if i >= self.0.len() {
            self.0.resize_with(i + 1, || None);
        }
        self.0[i] = Some(t);
    }

    fn remove(&mut self, v: Value) -> Option<T> {
        self.0.get_mut(v.index()).and_then(Option::take)
    }
}

fn tape_ident(id: usize) -> Ident {
    Ident::new(&format!("tape_{id}"), Span::mixed_site())
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
