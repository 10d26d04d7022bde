//! Parts of a sequence (`parse::seq`): subslices `&x[a..b]` and the two
//! halves of `x.split_at(k)` are views (a sequence, an offset, a length,
//! like windows and chunks: indexing, `len()` and chains read through
//! them), bound with `let`; `x.first()` and `x.last()` are options built
//! in the body, whose payload is read only where the sequence is not
//! empty.

use super::closure::{Elem, View};
use super::iter::SeqRef;
use super::*;
use crate::ast::{SeqExpr, SeqOp};

impl<'e> Lowerer<'e> {
    /// A sequence operation where a value is expected.
    pub(super) fn seq_op(&mut self, op: &SeqOp, span: Span) -> Option<Lv> {
        match op {
            SeqOp::End { seq, last } => self.seq_end(seq, *last, span),
            SeqOp::New(cap) => {
                let cap = match cap {
                    Some(n) => Some(self.one(n)?),
                    None => None,
                };
                let ty = Ty::Vec(Box::new(Ty::Other));
                Some(Lv::One(self.push(InstKind::VecNew(cap), ty, None, span)))
            }
            SeqOp::Push(base, value) => {
                let base = self.one(base)?;
                let value = self.one(value)?;
                let ty = match self.func.ty(base) {
                    t @ (Ty::Vec(_) | Ty::Unknown | Ty::Other) => t.clone(),
                    _ => {
                        self.errors.push(
                            span,
                            "`push` needs a `Vec` (`let mut v = Vec::new();`, \
                             `Vec::with_capacity(n)`, `vec![..]`, or a collected chain); an \
                             array has a fixed size: assign its elements (`a[i] = ..`)",
                        );
                        return None;
                    }
                };
                let name = self.func.name(base).map(str::to_string);
                let kind = InstKind::Push { base, value };
                Some(Lv::One(self.push(kind, ty, name, span)))
            }
            SeqOp::Sub(_) | SeqOp::SplitAt(..) => {
                self.errors.push(
                    span,
                    "a subslice of a sequence that a differentiated function reads is a view of \
                     it: bind it with `let` (`let a = &x[1..];`, `let (l, r) = x.split_at(k);`) \
                     and index, measure or iterate it, or iterate it directly \
                     (`x[1..].iter()`); to pass one to a function, pass a copy (`let a = \
                     x[1..].to_vec(); g(&a)`)",
                );
                None
            }
        }
    }

    /// `let PAT = &x[a..b];` and `let (l, r) = x.split_at(k);`: the names
    /// are views.
    pub(super) fn let_views(&mut self, pat: &Pattern, op: &SeqOp, span: Span) {
        let elem = match op {
            SeqOp::Sub(seq) => self.view_of(seq, span).map(Elem::View),
            SeqOp::SplitAt(seq, k) => self.split_at(seq, k, span),
            SeqOp::End { .. } | SeqOp::New(_) | SeqOp::Push(..) => {
                let value = self.seq_op(op, span);
                self.bind(pat, value, true);
                return;
            }
        };
        let Some(elem) = elem else { return };
        if !self.bind_elem(pat, elem, None, span) {
            self.errors.push(
                span,
                "this pattern does not fit: a subslice is bound to a name (`let a = &x[1..];`), \
                 the halves of `split_at` to a pair (`let (l, r) = x.split_at(k);`)",
            );
        }
    }

    /// `for v in w.iter()` over a view `w`: the range of its positions in
    /// the sequence it views, and that sequence; `None` if `seq` is not a
    /// view, `Some(None)` after an error.
    pub(super) fn view_loop(
        &mut self,
        seq: &Expr,
        enumerate: bool,
        span: Span,
    ) -> Option<Option<(Value, Value, Value)>> {
        let Expr::Var(id) = seq else { return None };
        let Some(super::closure::Special::View(v)) = self.special_of(&id.to_string()) else {
            return None;
        };
        if enumerate {
            self.errors.push(
                span,
                format!(
                    "`{id}` is a view of a sequence: enumerate it with a chain \
                     (`{id}.iter().enumerate().map(..)`) or loop over its indices \
                     (`for i in 0..{id}.len()`, reading `{id}[i]`)"
                ),
            );
            return Some(None);
        }
        let hi = self.binary(BinOp::Add, v.offset, v.len, span);
        Some(Some((v.offset, hi, v.base)))
    }

    /// The view of a whole sequence or of a subslice of one.
    fn view_of(&mut self, seq: &SeqExpr, span: Span) -> Option<View> {
        Some(match self.seq_ref(seq, span)? {
            SeqRef::View(v) => v,
            SeqRef::Full(base) => {
                let offset = self.int_literal("0");
                let len = self.push(InstKind::Len(base), Ty::Int, None, span);
                View { base, offset, len }
            }
        })
    }

    /// `x.split_at(k)`: the views of `x[..k]` and `x[k..]`.
    fn split_at(&mut self, seq: &SeqExpr, k: &Expr, span: Span) -> Option<Elem> {
        let v = self.view_of(seq, span)?;
        let k = self.one(k)?;
        let left = View { len: k, ..v };
        let offset = self.binary(BinOp::Add, v.offset, k, span);
        let len = self.binary(BinOp::Sub, v.len, k, span);
        let right = View {
            base: v.base,
            offset,
            len,
        };
        Some(Elem::Tuple(vec![Elem::View(left), Elem::View(right)]))
    }

    /// `x.first()`, `x.last()`: `Some(element)` if `x` is not empty.
    fn seq_end(&mut self, seq: &SeqExpr, last: bool, span: Span) -> Option<Lv> {
        let v = self.view_of(seq, span)?;
        let zero = self.int_literal("0");
        let some = self.binary(BinOp::Gt, v.len, zero, span);
        let elem_ty = match self.func.ty(v.base) {
            Ty::Array(e, _) | Ty::Vec(e) => (**e).clone(),
            _ => Ty::Other,
        };
        let payload = self.branches(
            some,
            span,
            move |l| {
                let at = if last {
                    let one = l.int_literal("1");
                    let end = l.binary(BinOp::Add, v.offset, v.len, span);
                    l.binary(BinOp::Sub, end, one, span)
                } else {
                    v.offset
                };
                Some(Lv::One(l.index(v.base, vec![at], span)))
            },
            move |l| l.placeholder(&elem_ty, span).map(Lv::One),
        )?;
        Some(Lv::Opt(some, Some(Box::new(payload))))
    }
}
