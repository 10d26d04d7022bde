//! The source of a chain (a range, a sequence, a view) as a positional stream.

use super::*;

impl Lowerer<'_> {
    pub(super) fn source_node(&mut self, source: &Source, span: Span) -> Option<Node> {
        let exclusive = |hi| Domain {
            lo: None,
            hi,
            inclusive: false,
        };
        Some(match source {
            Source::Seq(s) => {
                let seq = self.seq_ref(s, span)?;
                let n = self.seq_len(seq, span);
                Node {
                    pos: Pos::Seq(seq),
                    dom: exclusive(n),
                }
            }
            Source::Range { lo, hi, inclusive } => {
                let lo = self.one(lo);
                let hi = self.one(hi);
                Node {
                    pos: Pos::Range,
                    dom: Domain {
                        lo: Some(lo?),
                        hi: hi?,
                        inclusive: *inclusive,
                    },
                }
            }
            Source::Windows { seq, size } => {
                let seq = self.seq_ref(seq, span)?;
                let size = self.one(size)?;
                let n = self.seq_len(seq, span);
                // Window `j` ends at `j`: `j` runs over `size - 1..n`.
                let one = self.int_literal("1");
                let lo = self.binary(BinOp::Sub, size, one, span);
                Node {
                    pos: Pos::Windows {
                        seq,
                        size,
                        before: lo,
                    },
                    dom: Domain {
                        lo: Some(lo),
                        hi: n,
                        inclusive: false,
                    },
                }
            }
            Source::Chunks { seq, size, exact } => {
                let seq = self.seq_ref(seq, span)?;
                let size = self.one(size)?;
                let n = self.seq_len(seq, span);
                let len = if *exact {
                    self.binary(BinOp::Div, n, size, span)
                } else {
                    let one = self.int_literal("1");
                    let m = self.binary(BinOp::Sub, size, one, span);
                    let t = self.binary(BinOp::Add, n, m, span);
                    self.binary(BinOp::Div, t, size, span)
                };
                Node {
                    pos: Pos::Chunks {
                        seq,
                        size,
                        exact: *exact,
                        seq_len: n,
                    },
                    dom: exclusive(len),
                }
            }
        })
    }

    /// The sequence of a source: a local window or chunk, a subslice, or a
    /// sequence value.
    pub(in crate::lower) fn seq_ref(&mut self, s: &SeqExpr, span: Span) -> Option<SeqRef> {
        let base = match &*s.base {
            Expr::Var(id) => match self.special_of(&id.to_string()) {
                Some(Special::View(v)) => Some(SeqRef::View(v)),
                _ => None,
            },
            _ => None,
        };
        let base = match base {
            Some(b) => b,
            None => {
                let v = self.one(&s.base)?;
                let v = self.na_iterable(v, span);
                let ty = self.func.ty(v);
                if !ty.is_aggregate() && !matches!(ty, Ty::Other | Ty::Unknown) {
                    self.errors.push(
                        span,
                        "this iterator chain reads something that is not an array, a slice or a \
                         `Vec`",
                    );
                    return None;
                }
                SeqRef::Full(v)
            }
        };
        let Some(sub) = &s.sub else {
            return Some(base);
        };
        let n = self.seq_len(base, span);
        let lo = match &sub.lo {
            Some(e) => self.one(e)?,
            None => self.int_literal("0"),
        };
        let hi = match &sub.hi {
            Some(e) => {
                let h = self.one(e)?;
                if sub.inclusive {
                    let one = self.int_literal("1");
                    self.binary(BinOp::Add, h, one, span)
                } else {
                    h
                }
            }
            None => n,
        };
        let len = self.binary(BinOp::Sub, hi, lo, span);
        let (base, offset) = match base {
            SeqRef::Full(v) => (v, lo),
            SeqRef::View(v) => (v.base, self.binary(BinOp::Add, v.offset, lo, span)),
        };
        Some(SeqRef::View(View { base, offset, len }))
    }

    pub(super) fn seq_len(&mut self, s: SeqRef, span: Span) -> Value {
        match s {
            SeqRef::Full(v) => self.push(InstKind::Len(v), Ty::Int, None, span),
            SeqRef::View(v) => v.len,
        }
    }
}
