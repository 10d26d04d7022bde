//! Emit: IR to Rust tokens with `quote`.
//!
//! Every scalar value becomes one immutable `let` named after the user's
//! variable (`x_3`, `d_x_12`) with a `mixed_site` span, so generated names can
//! never capture or be captured by the user's names. Floats of known width
//! are annotated so method calls never meet an ambiguous numeric type.
//! Runtime items are reached through `<crate>::__private`.
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
use quote::{format_ident, quote};
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
    storage: RefCell<HashMap<Value, Ident>>,
    /// Position of each instruction (keyed by its address in `func`).
    pos: HashMap<*const Inst, usize>,
    /// Position of the last read of each value.
    last_use: HashMap<Value, usize>,
    /// Position of the end of each block (where its yields are read).
    block_end: HashMap<*const Block, usize>,
    /// Which parameters are borrowed (`&[f64]`): never updated in place.
    borrowed: &'a [bool],
    /// Values bound to borrowed parameters.
    borrowed_values: RefCell<Vec<Value>>,
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
        Emitter {
            func,
            params,
            self_tokens,
            krate,
            storage: RefCell::new(HashMap::new()),
            pos: numbering.pos,
            last_use: numbering.last_use,
            block_end: numbering.block_end,
            borrowed,
            borrowed_values: RefCell::new(Vec::new()),
        }
    }

    /// The identifier of value `v`.
    pub fn ident(&self, v: Value) -> Ident {
        if let Some(id) = self.storage.borrow().get(&v) {
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

    /// The statements of a block.
    pub fn stmts(&self, block: &Block) -> TokenStream {
        block.insts.iter().map(|i| self.inst(i)).collect()
    }

    /// The yields of a block as one expression (a tuple if several).
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
        let id = self.ident(v);
        // A borrowed parameter is a reference: it is `Copy` and passed as is.
        if self.func.ty(v).is_aggregate() && self.used_after(v, at) && !self.is_borrowed(v) {
            quote!(#id.to_owned())
        } else {
            quote!(#id)
        }
    }

    fn used_after(&self, v: Value, at: usize) -> bool {
        self.last_use.get(&v).is_some_and(|l| *l > at)
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
                    let id = self.ident(v);
                    quote!(::std::vec![#inner; #id.len()])
                }
                None => quote!(::std::vec::Vec::new()),
            },
            Ty::Unknown => match like {
                Some(v) => {
                    let id = self.ident(v);
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
                let id = self.ident(*p);
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
                let args = args.iter().chain(Some(output)).map(|a| self.ident(*a));
                let krate = self.krate;
                let call = quote!(#krate::__private::rules::#module::#rule(#(#args),*));
                let lhs = self.lhs(&inst.results);
                return quote!(let #lhs = #call;);
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
                let primal = args.iter().chain(Some(output)).map(|a| self.ident(*a));
                let tangents: Vec<TokenStream> = tangents
                    .iter()
                    .map(|t| match t {
                        Some(t) => {
                            let id = self.ident(*t);
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
                return quote!(let (#p, #dp) = #call;);
            }
            InstKind::TapeNew(id) => {
                let t = tape_ident(*id);
                let krate = self.krate;
                return quote!(let mut #t = #krate::__private::Tape::new(););
            }
            InstKind::TapeReserve { id, count } => {
                let t = tape_ident(*id);
                let TripCount::Range { lo, hi, inclusive } = count;
                let (lo, hi) = (self.ident(*lo), self.ident(*hi));
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
                return quote!(let #lhs = #t.pop(););
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
                return quote!(let (#v, #slots) = #f(#(#args),*););
            }
            InstKind::CallPushforward(call, tangents) => {
                let mut args = self.call_args(call, at);
                for (t, by_ref) in tangents.iter().zip(&call.by_ref) {
                    args.push(match t {
                        Some(t) if *by_ref => {
                            let id = self.ident(*t);
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
                return quote!(let (#v, #t) = #f(#(#args),*););
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
                            let id = self.ident(*t);
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
                return quote!(let ((#v, #s), (#vd, #sd)) = #f(#(#args),*););
            }
            InstKind::AddAgg(a, b) => {
                let r = inst.results[0];
                let (target, setup) = self.take_for_update(*a, r, at);
                let b = self.ident(*b);
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
        let name = self.fresh(r);
        self.bind(r, name.clone());
        let ann = self.annotation(r);
        let rty = self.func.ty(r);
        let rhs = match &inst.kind {
            InstKind::Param(k) => {
                if self.borrowed.get(*k).copied().unwrap_or(false) {
                    self.borrowed_values.borrow_mut().push(r);
                }
                self.params.get(*k).cloned().unwrap_or_default()
            }
            InstKind::SelfParam => self.self_tokens.clone(),
            InstKind::Literal(lit) => quote!(#lit),
            InstKind::Zero => self.zeros(rty, None),
            InstKind::ZerosLike(v) => self.zeros(rty, Some(*v)),
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
            InstKind::Index { base, path } => {
                let b = self.ident(*base);
                let p = self.path(path);
                quote!(#b #p)
            }
            InstKind::ArrayLit(items) => {
                let items = items.iter().map(|i| self.ident(*i));
                quote!([#(#items),*])
            }
            InstKind::ArrayRepeat(v, Len(n)) => {
                let v = self.ident(*v);
                quote!([#v; #n])
            }
            InstKind::VecRepeat(v, n) => {
                let (v, n) = (self.ident(*v), self.ident(*n));
                quote!(::std::vec![#v; #n])
            }
            InstKind::Len(v) => {
                let v = self.ident(*v);
                quote!(#v.len())
            }
            InstKind::Call(call) if call.shape.is_some() => {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                let lhs = self.shaped_lhs(call.shape.as_ref(), &inst.results);
                return quote!(let #lhs = #f(#(#args),*););
            }
            InstKind::Call(call) => {
                let args = self.call_args(call, at);
                let f = self.callee(call, "", 0);
                quote!(#f(#(#args),*))
            }
            InstKind::AddSlot(a, slot) => {
                let a = self.read_owned(*a, at);
                let slot = self.ident(*slot);
                let krate = self.krate;
                quote!(#krate::__private::add_slot(#a, #slot))
            }
            InstKind::SumElems(v) => {
                let v = self.ident(*v);
                let t = self.float_ty(rty.float().unwrap_or(FloatTy::F64));
                quote!(::core::iter::Iterator::sum::<#t>(::core::iter::Iterator::copied(#v.iter())))
            }
            _ => quote!(),
        };
        if rty.is_aggregate() && !matches!(inst.kind, InstKind::Param(_)) {
            quote!(let mut #name #ann = #rhs;)
        } else if rty.is_aggregate() {
            // An owned array parameter may be updated in place; a borrowed
            // one cannot be, and is never the base of an update.
            quote!(let mut #name = #rhs;)
        } else if rty == &Ty::Unknown {
            // The result of a call may be an array that the adjoint updates
            // in place.
            quote!(let mut #name #ann = #rhs;)
        } else {
            quote!(let #name #ann = #rhs;)
        }
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

    /// A `let` pattern binding `results` nested like `shape`.
    fn shaped_lhs(&self, shape: Option<&crate::ir::Shape>, results: &[Value]) -> TokenStream {
        let names: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                quote!(mut #id)
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
                    let id = self.ident(*a);
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
                let recv = call.recv.map(|r| self.ident(r));
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
        let b = self.ident(base);
        if !self.used_after(base, at) && !self.is_borrowed(base) {
            self.bind(result, b.clone());
            (b, quote!())
        } else {
            let name = self.fresh(result);
            self.bind(result, name.clone());
            let setup = quote!(let mut #name = #b.to_owned(););
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
        let v = self.ident(value);
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

    /// `(a, b)` or `a` for a `let` of several or one result; aggregates are
    /// bound `mut` so they can be updated in place later.
    fn lhs(&self, results: &[Value]) -> TokenStream {
        let items: Vec<TokenStream> = results
            .iter()
            .map(|r| {
                let id = self.fresh(*r);
                self.bind(*r, id.clone());
                if self.func.ty(*r).is_aggregate() || self.func.ty(*r) == &Ty::Unknown {
                    quote!(mut #id)
                } else {
                    quote!(#id)
                }
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
        let c = self.ident(cond);
        let ts = self.stmts(then_block);
        let ty = self.block_yields(then_block);
        let es = self.stmts(else_block);
        let ey = self.block_yields(else_block);
        if results.is_empty() {
            return quote!(if #c { #ts } else { #es });
        }
        let lhs = self.lhs(results);
        quote!(let #lhs = if #c { #ts #ty } else { #es #ey };)
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
            let ann = self.annotation(*p);
            let value = self.read_owned(*init, at);
            setup.extend(quote!(let mut #var #ann = #value;));
            self.bind(*p, var.clone());
            vars.push(var);
        }
        let body_stmts = self.stmts(body);
        let end = self.block_end(body);
        let mut temps = TokenStream::new();
        let mut assigns = TokenStream::new();
        for (k, y) in body.yields.iter().enumerate() {
            if self.ident(*y) == vars[k] {
                continue;
            }
            let tmp = format_ident!("next_{}", k, span = Span::mixed_site());
            let value = self.read_owned(*y, end);
            temps.extend(quote!(let #tmp = #value;));
            let var = &vars[k];
            assigns.extend(quote!(#var = #tmp;));
        }
        let head = match &inst.kind {
            InstKind::For(l) => {
                let i = self.fresh(l.index);
                self.bind(l.index, i.clone());
                let (lo, hi) = (self.ident(l.lo), self.ident(l.hi));
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
                let c = self.ident(l.cond.yields[0]);
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
                #temps
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
    def: HashMap<Value, usize>,
    last_use: HashMap<Value, usize>,
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
            let before = self.last_use.clone();
            for b in inst.kind.blocks() {
                self.block(b);
            }
            if matches!(inst.kind, InstKind::For(_) | InstKind::While(_)) {
                // Values defined before the loop and read inside it are read
                // again on every iteration: live to the loop's end.
                let end = self.tick();
                let extended: Vec<Value> = self
                    .last_use
                    .iter()
                    .filter(|(v, last)| {
                        **last > p
                            && before.get(*v) != Some(*last)
                            && self.def.get(*v).is_some_and(|d| *d < p)
                    })
                    .map(|(v, _)| *v)
                    .collect();
                for v in extended {
                    self.last_use.insert(v, end);
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
        let e = self.last_use.entry(v).or_insert(p);
        if *e < p {
            *e = p;
        }
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
