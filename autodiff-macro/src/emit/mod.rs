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
mod rules;
mod segmented;
mod segments;
mod tape;
mod update;
mod values;

use crate::ir::{Block, Func, Inst, InstKind, Ty, Value};
use decls::Decl;
use exprs::{literal, prec};
use inlining::{Inlined, Inlining};
use liveness::{Numbering, Reads};
use proc_macro2::{Ident, TokenStream};
use quote::quote;
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
    /// Where each value is read.
    reads: Reads,
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
        let reads = numbering.reads();
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
            reads,
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

    /// The statements of one instruction: one function per kind.
    fn inst(&self, inst: &Inst) -> TokenStream {
        let at = self.here(inst);
        let results = &inst.results;
        match &inst.kind {
            InstKind::Param(k) => self.param(inst, *k),
            InstKind::SelfParam => self.define(inst, |_| (self.self_tokens.clone(), prec::ATOM)),
            InstKind::Literal(lit) => {
                self.define(inst, |ty| (literal(lit, ty, self.krate), prec::ATOM))
            }
            InstKind::Zero => self.define(inst, |ty| (self.zeros(ty, None), prec::ATOM)),
            InstKind::ZerosLike(v) => {
                self.define(inst, |ty| (self.zeros(ty, Some(*v)), prec::ATOM))
            }
            InstKind::Const(c) => self.define(inst, |_| self.const_expr(c)),
            InstKind::Unary(op, a) => self.define(inst, |_| self.unary(*op, *a)),
            InstKind::Binary(op, a, b) => self.define(inst, |_| self.binary(*op, *a, *b)),
            InstKind::Cast(a, target) => self.define(inst, |_| self.cast(*a, target)),
            InstKind::Math(f, args) => self.define(inst, |_| self.math(*f, args)),
            InstKind::Partials { func, args, output } => {
                self.partials(*func, args, *output, results)
            }
            InstKind::PartialsJvp {
                func,
                args,
                output,
                tangents,
            } => self.partials_jvp(*func, args, *output, tangents, results),
            InstKind::Index { base, path } => self.define(inst, |_| self.index(*base, path)),
            InstKind::Insert { base, path, value } => {
                self.update(*base, path, *value, false, results[0], at)
            }
            InstKind::AddAt { base, path, value } => {
                self.update(*base, path, *value, true, results[0], at)
            }
            InstKind::AddAgg(a, b) => self.add_agg(*a, *b, results[0], at),
            InstKind::ArrayLit(items) => self.define(inst, |_| self.array_lit(items)),
            InstKind::ArrayRepeat(v, n) => self.define(inst, |_| self.array_repeat(*v, n)),
            InstKind::VecRepeat(v, n) => self.define(inst, |_| self.vec_repeat(*v, *n)),
            InstKind::VecNew(cap) => self.define(inst, |_| self.vec_new(*cap)),
            InstKind::Push { base, value } => self.push(*base, *value, results[0], at),
            InstKind::Truncate { base, len } => self.truncate(*base, *len, results[0], at),
            InstKind::Len(v) => self.define(inst, |_| self.len(*v)),
            InstKind::SumElems(v) => self.define(inst, |ty| self.sum_elems(*v, ty)),
            InstKind::For(l) => self.for_loop(inst, l),
            InstKind::While(l) => self.while_loop(inst, l),
            InstKind::TapeNew(id) => self.tape_new(*id),
            InstKind::TapeReserve { id, count } => self.tape_reserve(*id, count),
            InstKind::TapePush { id, values } => self.tape_push(*id, values, at),
            InstKind::TapePop(id) => self.tape_pop(*id, results),
            InstKind::Call(call) => self.call(inst, call, at),
            InstKind::CallPullback(call, seeds) => self.call_pullback(call, seeds, results, at),
            InstKind::CallPushforward(call, tangents) => {
                self.call_pushforward(call, tangents, results, at)
            }
            InstKind::AddSlot(a, slot) => self.define(inst, |_| self.add_slot(*a, *slot, at)),
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => self.call_pullback_pushforward(
                call,
                seeds,
                arg_tangents,
                seed_tangents,
                results,
                at,
            ),
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => self.if_inst(*cond, then_block, else_block, results),
        }
    }

    /// The definition of the one result of `inst` as the expression `rhs`
    /// makes of its type (with the expression's precedence): the statement
    /// assigning its variable, or nothing if it is inlined (the expression
    /// is kept for its reads).
    fn define(&self, inst: &Inst, rhs: impl FnOnce(&Ty) -> (TokenStream, u8)) -> TokenStream {
        let Some(&r) = inst.results.first() else {
            return quote!();
        };
        let rty = self.func.ty(r);
        let (rhs, p) = rhs(rty);
        if self.inlined.contains(r) {
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

    /// Parameter `k`.
    fn param(&self, inst: &Inst, k: usize) -> TokenStream {
        if let Some(&r) = inst.results.first() {
            // A constant parameter of a type the macro does not model (a
            // closure, a `&Params`, a generic) is read where it is: moving it
            // into a local would use it up.
            if self.func.ty(r) == &Ty::Other {
                if let Some(id) = self
                    .params
                    .get(k)
                    .and_then(|t| syn::parse2::<Ident>(t.clone()).ok())
                {
                    self.bind(r, id);
                    return quote!();
                }
            }
            if self.borrowed.get(k).copied().unwrap_or(false) {
                self.borrowed_values.borrow_mut().push(r);
            }
        }
        self.define(inst, |_| {
            (self.params.get(k).cloned().unwrap_or_default(), prec::ATOM)
        })
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
