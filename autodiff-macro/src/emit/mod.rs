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

mod calls;
mod control;
mod decls;
mod exprs;
mod inlining;
mod liveness;
mod segmented;
mod segments;
mod update;
mod values;

use crate::ir::{Block, FloatTy, Func, Inst, InstKind, Len, TripCount, Ty, UnOp, Value};
use decls::{Decl, DeclTy};
use exprs::{Unmark, binop_prec, binop_tokens, literal, prec};
use inlining::{Inlined, Inlining};
use liveness::Numbering;
use proc_macro2::{Ident, Span, TokenStream};
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
