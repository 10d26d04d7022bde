//! `Option` values. An option the function builds (`Some(x * 2.0)`,
//! `None`, an `if` or a `match` yielding either, the result of an iterator
//! consumer such as `reduce` or `min_by`) is an [`Lv::Opt`]: a `bool`
//! value, "is some", and the payload's lowered value, which is a
//! placeholder (a zero of its type) where the option is `None`. So the IR
//! holds only what it already has, and a payload that carries a derivative
//! carries it through `if`s and loops like any value.
//!
//! To make one: [`Lowerer::some`], [`Lowerer::none`], or
//! [`Lowerer::option`] with the flag and the payload computed (a payload
//! that is only meaningful when the flag holds is fine: nothing reads it
//! otherwise). `branches` and loops merge options like tuples; a `None`
//! whose payload is not known yet (`let mut best = None;`) gets its
//! payload's shape where it meets a `Some`.
//!
//! An `Option<T>` parameter (a constant, see `parse::signature`) with a
//! payload type the macro models (a float, an integer, `bool`, an array)
//! is an `Lv::Opt` too, read with `is_some()` and `unwrap_or_default()`.
//! Any other option (from a call, of a user type) is a constant that
//! `match` and `if let` test through rustc (`matching`).

use super::*;
use crate::ast::CallArg;
use quote::quote;

impl<'e> Lowerer<'e> {
    /// The option "`Some(payload)` if `is_some`, else `None`"; `payload`
    /// is never read when `is_some` is false.
    pub(crate) fn option(&mut self, is_some: Value, payload: Lv) -> Lv {
        Lv::Opt(is_some, Some(Box::new(payload)))
    }

    /// `Some(payload)`.
    pub(crate) fn some(&mut self, payload: Lv) -> Lv {
        let t = self.literal_bool(true);
        self.option(t, payload)
    }

    /// `None`, its payload's type to be found where it meets a `Some`.
    pub(crate) fn none(&mut self) -> Lv {
        Lv::Opt(self.literal_bool(false), None)
    }

    /// The value a parameter `v: ty` starts as: itself, or for an
    /// `Option<f64>` (and other payloads the macro models) an option.
    pub(super) fn param_value(&mut self, v: Value, ty: &syn::Type) -> Lv {
        let Some(payload_ty) = crate::parse::option_payload_type(ty) else {
            return Lv::One(v);
        };
        let m = input_ident(0);
        let span = Span::call_site();
        let some = self.constant_of(
            quote!(::core::option::Option::is_some(&#m)),
            v,
            span,
            None,
            Ty::Bool,
        );
        let payload = self.constant_of(
            quote!(::core::option::Option::unwrap_or_default(#m)),
            v,
            span,
            None,
            payload_ty,
        );
        self.option(some, Lv::One(payload))
    }

    /// A method of `Option` on an option built in the function: `is_some`,
    /// `is_none`, `unwrap`, `expect`, `unwrap_or`, `unwrap_or_default`,
    /// `or`, `copied`, `cloned`.
    pub(super) fn option_method(
        &mut self,
        recv: Lv,
        name: &Ident,
        args: &[CallArg],
        span: Span,
    ) -> Option<Lv> {
        let Lv::Opt(some, payload) = recv.clone() else {
            return None;
        };
        let method = name.to_string();
        let arity = match method.as_str() {
            "is_some" | "is_none" | "unwrap" | "unwrap_or_default" | "copied" | "cloned"
            | "as_ref" => 0,
            "expect" | "unwrap_or" | "or" => 1,
            _ => {
                self.errors.push(
                    name.span(),
                    format!(
                        "`Option::{method}` is not supported on an option built in a \
                         differentiated function: use `match`, `if let Some(v) = ..`, \
                         `is_some()`, `unwrap_or(..)` or `unwrap()`"
                    ),
                );
                return None;
            }
        };
        if args.len() != arity {
            self.errors.push(
                name.span(),
                format!("`{method}` takes {}", crate::parse::arguments_text(arity)),
            );
            return None;
        }
        match method.as_str() {
            "is_some" => Some(Lv::One(some)),
            "is_none" => Some(Lv::One(self.push(
                InstKind::Unary(UnOp::Not, some),
                Ty::Bool,
                None,
                span,
            ))),
            "copied" | "cloned" | "as_ref" => Some(recv),
            "unwrap" | "expect" => {
                let Some(payload) = payload else {
                    self.errors.push(
                        span,
                        "this `Option` is `None` on every path here, so `unwrap` would always \
                         panic",
                    );
                    return None;
                };
                // The primal's panic on `None`, kept in the companions.
                let m = input_ident(0);
                self.constant_of(
                    quote! {
                        if !#m {
                            ::core::panic!("called `Option::unwrap()` on a `None` value")
                        }
                    },
                    some,
                    span,
                    None,
                    Ty::Other,
                );
                Some(*payload)
            }
            // The default is evaluated first, as Rust evaluates arguments.
            "unwrap_or" => {
                let d = self.expr(&args[0].expr)?;
                match payload {
                    Some(p) => self.branches(some, span, move |_| Some(*p), move |_| Some(d)),
                    None => Some(d),
                }
            }
            "unwrap_or_default" => {
                let Some(payload) = payload else {
                    self.errors.push(
                        span,
                        "the payload type of this `Option` is not known here (it is `None` on \
                         every path): write the default value (`unwrap_or(0.0)`)",
                    );
                    return None;
                };
                self.branches(
                    some,
                    span,
                    move |_| Some(*payload),
                    |l| {
                        let lv = recv_payload_shape(&recv)?;
                        l.placeholder_like(&lv, span)
                    },
                )
            }
            "or" => {
                let other = self.expr(&args[0].expr)?;
                self.branches(some, span, move |_| Some(recv), move |_| Some(other))
            }
            _ => None,
        }
    }
}

/// The shape and types of a lowered value, without the values: what a
/// loop learns about an option it carries.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Form {
    One(Ty),
    Tuple(Vec<Form>),
    Opt(Option<Box<Form>>),
}

/// The state of the lowering, to try a loop and lower it again.
pub(super) struct Saved {
    values: usize,
    insts: usize,
    vars: Vec<Option<Lv>>,
    scopes: Vec<Vec<(String, VarId)>>,
    dead: bool,
    loop_flags: LoopFlags,
    errors: usize,
}

impl<'e> Lowerer<'e> {
    /// Lowers a loop with `f`. A loop that carries an option whose payload
    /// is not known when it starts (`let mut best = None;` before a loop
    /// that assigns `best = Some(v)`) learns the payload's shape from its
    /// body; the loop is then lowered again from the start, the option's
    /// initial payload a placeholder of that shape.
    pub(super) fn learning_payloads(&mut self, f: impl Fn(&mut Self)) {
        for _ in 0..4 {
            let saved = self.save();
            let mark = self.learned.len();
            f(self);
            let learned: Vec<(VarId, Form)> = self.learned.drain(mark..).collect();
            if learned.is_empty() {
                return;
            }
            self.restore(saved);
            for (id, form) in learned {
                if let Some(cur) = self.vars.get(id).cloned().flatten() {
                    let filled = self.fill(&cur, &form);
                    self.vars[id] = Some(filled);
                }
            }
        }
    }

    pub(super) fn save(&self) -> Saved {
        Saved {
            values: self.func.values.len(),
            insts: self.insts.len(),
            vars: self.vars.clone(),
            scopes: self.scopes.clone(),
            dead: self.dead,
            loop_flags: self.loop_flags,
            errors: self.errors.len(),
        }
    }

    pub(super) fn restore(&mut self, s: Saved) {
        self.func.values.truncate(s.values);
        self.insts.truncate(s.insts);
        self.vars = s.vars;
        self.scopes = s.scopes;
        self.dead = s.dead;
        self.loop_flags = s.loop_flags;
        self.errors.truncate(s.errors);
    }

    /// The next value of a carried variable, `v` at the end of the body,
    /// in the shape of its loop parameters `tree`; where `v` knows a
    /// payload `tree` does not, that is recorded for
    /// [`Self::learning_payloads`] and the result is `None`.
    pub(super) fn carried_next(&mut self, id: VarId, v: &Lv, tree: &Lv, span: Span) -> Option<Lv> {
        let (fv, ft) = (self.form(v), self.form(tree));
        if let Some(union) = knows_more(&fv, &ft) {
            self.learned.push((id, union));
            return None;
        }
        let mut block = std::mem::take(&mut self.insts);
        let mut none = Vec::new();
        let r = self.conform(v, tree, &mut block, &mut none, span);
        self.insts = block;
        r.map(|(v, _)| v)
    }

    pub(super) fn form(&self, v: &Lv) -> Form {
        match v {
            Lv::One(v) => Form::One(self.func.ty(*v).clone()),
            Lv::Tuple(items) => Form::Tuple(items.iter().map(|i| self.form(i)).collect()),
            Lv::Opt(_, p) => Form::Opt(p.as_ref().map(|p| Box::new(self.form(p)))),
        }
    }

    /// `cur` with the payloads it does not know made placeholders of the
    /// shapes in `form`.
    fn fill(&mut self, cur: &Lv, form: &Form) -> Lv {
        let span = Span::call_site();
        match (cur, form) {
            (Lv::Tuple(items), Form::Tuple(forms)) if items.len() == forms.len() => Lv::Tuple(
                items
                    .iter()
                    .zip(forms)
                    .map(|(i, f)| self.fill(i, f))
                    .collect(),
            ),
            (Lv::Opt(s, Some(p)), Form::Opt(Some(f))) => {
                let p = self.fill(p, f);
                Lv::Opt(*s, Some(Box::new(p)))
            }
            (Lv::Opt(s, None), Form::Opt(Some(f))) => {
                let p = self.materialize(f, span);
                Lv::Opt(*s, Some(Box::new(p)))
            }
            _ => cur.clone(),
        }
    }

    /// Placeholder values of a form.
    fn materialize(&mut self, f: &Form, span: Span) -> Lv {
        match f {
            Form::One(ty) => {
                let v = self.placeholder(ty, span).unwrap_or(Value(0));
                Lv::One(v)
            }
            Form::Tuple(items) => {
                Lv::Tuple(items.iter().map(|i| self.materialize(i, span)).collect())
            }
            Form::Opt(p) => {
                let p = p.as_ref().map(|p| Box::new(self.materialize(p, span)));
                Lv::Opt(self.literal_bool(false), p)
            }
        }
    }
}

/// If `a` knows a payload that `b` does not (and they agree otherwise),
/// the union of both.
fn knows_more(a: &Form, b: &Form) -> Option<Form> {
    fn union(a: &Form, b: &Form, more: &mut bool) -> Option<Form> {
        match (a, b) {
            (Form::One(_), Form::One(t)) => Some(Form::One(t.clone())),
            (Form::Tuple(x), Form::Tuple(y)) if x.len() == y.len() => {
                let items: Option<Vec<Form>> =
                    x.iter().zip(y).map(|(x, y)| union(x, y, more)).collect();
                items.map(Form::Tuple)
            }
            (Form::Opt(Some(p)), Form::Opt(None)) => {
                *more = true;
                Some(Form::Opt(Some(p.clone())))
            }
            (Form::Opt(p), Form::Opt(q)) => match (p, q) {
                (Some(p), Some(q)) => union(p, q, more).map(|u| Form::Opt(Some(Box::new(u)))),
                (None, q) => Some(Form::Opt(q.clone())),
                (Some(_), None) => None,
            },
            _ => None,
        }
    }
    let mut more = false;
    let u = union(a, b, &mut more)?;
    more.then_some(u)
}

/// The payload of an option, for its shape.
fn recv_payload_shape(recv: &Lv) -> Option<Lv> {
    match recv {
        Lv::Opt(_, Some(p)) => Some((**p).clone()),
        _ => None,
    }
}
