//! The element of a stream at a position, and the plan turned into a loop
//! driver.

use super::*;

impl Lowerer<'_> {
    /// The element of `n` at position `j` of its domain. Everything computed
    /// here is inside the loop, where `j` is known to be in the domain, so
    /// nothing underflows.
    fn elem_at(&mut self, n: &Node, j: Value, span: Span) -> Option<Elem> {
        Some(match &n.pos {
            Pos::Seq(s) => Elem::One(self.seq_index(*s, j, span)),
            Pos::Range => Elem::One(j),
            Pos::Windows { seq, size, before } => {
                let start = self.binary(BinOp::Sub, j, *before, span);
                Elem::View(self.sub_view(*seq, start, *size, span))
            }
            Pos::Chunks {
                seq,
                size,
                exact,
                seq_len,
            } => {
                let start = self.binary(BinOp::Mul, j, *size, span);
                let len = if *exact {
                    *size
                } else {
                    let left = self.binary(BinOp::Sub, *seq_len, start, span);
                    self.int_min(*size, left, span)
                };
                Elem::View(self.sub_view(*seq, start, len, span))
            }
            Pos::Rev(inner) => {
                // lo + (hi - 1 - j): `j < hi` here.
                let hi = self.excl_hi(inner.dom, span);
                let one = self.int_literal("1");
                let last = self.binary(BinOp::Sub, hi, one, span);
                let back = self.binary(BinOp::Sub, last, j, span);
                let q = match inner.dom.lo {
                    Some(lo) => self.binary(BinOp::Add, lo, back, span),
                    None => back,
                };
                self.elem_at(inner, q, span)?
            }
            Pos::Shift(inner, off) => {
                let q = self.binary(BinOp::Add, j, *off, span);
                self.elem_at(inner, q, span)?
            }
            Pos::StepBy(inner, s) => {
                let m = self.binary(BinOp::Mul, j, *s, span);
                let q = match inner.dom.lo {
                    Some(lo) => self.binary(BinOp::Add, lo, m, span),
                    None => m,
                };
                self.elem_at(inner, q, span)?
            }
            Pos::Zip {
                a,
                b,
                drive_a,
                shift,
            } => {
                let other = match shift {
                    Some(s) => self.binary(BinOp::Sub, j, *s, span),
                    None => j,
                };
                let (ja, jb) = if *drive_a { (j, other) } else { (other, j) };
                let a = self.elem_at(a, ja, span)?;
                let b = self.elem_at(b, jb, span)?;
                Elem::Tuple(vec![a, b])
            }
            Pos::Enumerate(inner, base) => {
                let e = self.elem_at(inner, j, span)?;
                let k = match base {
                    Some(b) => self.binary(BinOp::Sub, j, *b, span),
                    None => j,
                };
                Elem::Tuple(vec![Elem::One(k), e])
            }
            Pos::Map(inner, f) => {
                let e = self.elem_at(inner, j, span)?;
                self.call_callable(f, vec![e], span)?
            }
        })
    }

    fn seq_index(&mut self, s: SeqRef, p: Value, span: Span) -> Value {
        match s {
            SeqRef::Full(v) => self.element(v, p, span),
            SeqRef::View(v) => {
                let q = self.binary(BinOp::Add, v.offset, p, span);
                self.element(v.base, q, span)
            }
        }
    }

    /// `seq[i]` as a loop or a chain reads it: borrowed (`&seq[i]`) when the
    /// elements are structs, which cannot be moved out of the sequence.
    pub(in crate::lower) fn element(&mut self, seq: Value, i: Value, span: Span) -> Value {
        if !self.borrowed_elems.contains(&seq) {
            // The element is read by value (a copy, not the reference
            // `iter()` yields): `*e` of it is itself.
            let v = self.index(seq, vec![i], span);
            self.owned.push(v);
            return v;
        }
        let (a, b) = (input_ident(0), input_ident(1));
        let Ok(expr) = syn::parse2::<syn::Expr>(quote::quote!(&#a[#b])) else {
            return self.index(seq, vec![i], span);
        };
        let c = ConstExpr {
            expr,
            inputs: vec![seq, i],
            kind: OpaqueKind::Other("element"),
            source: quote::quote!(&),
        };
        self.push(InstKind::Const(c), Ty::Other, None, span)
    }

    fn sub_view(&mut self, s: SeqRef, start: Value, len: Value, span: Span) -> View {
        match s {
            SeqRef::Full(base) => View {
                base,
                offset: start,
                len,
            },
            SeqRef::View(v) => View {
                base: v.base,
                offset: self.binary(BinOp::Add, v.offset, start, span),
                len,
            },
        }
    }

    /// Turns the outer `map`s and `rev`s of a plan into the loop's
    /// direction: the loop runs over the domain of what is left.
    pub(super) fn prepare(&mut self, plan: Plan, _span: Span) -> Option<Prepared> {
        let mut node = plan.node;
        let mut maps = Vec::new();
        let mut reversed = false;
        loop {
            let dom = node.dom;
            node = match node.pos {
                Pos::Map(mut inner, f) => {
                    maps.push(f);
                    // A `skip` or `take` after the `map` narrowed its domain.
                    inner.dom = dom;
                    *inner
                }
                // Only a `rev` whose domain was not narrowed after it is the
                // inner domain backwards.
                Pos::Rev(inner) if same_domain(dom, inner.dom) => {
                    reversed = !reversed;
                    *inner
                }
                pos => {
                    node = Node { pos, dom };
                    break;
                }
            };
        }
        maps.reverse();
        let lo = match node.dom.lo {
            Some(lo) => lo,
            None => self.int_literal("0"),
        };
        let drv = Driver {
            lo,
            hi: node.dom.hi,
            inclusive: node.dom.inclusive,
            reversed,
        };
        Some(Prepared {
            drv,
            core: node,
            maps,
            stages: plan.stages,
            early: plan.early,
            effects: plan.effects,
        })
    }

    /// The element at driver index `i`, before the stages.
    pub(super) fn drive_elem(&mut self, p: &Prepared, i: Value, span: Span) -> Option<Elem> {
        let mut e = self.elem_at(&p.core, i, span)?;
        for f in &p.maps {
            e = self.call_callable(f, vec![e], span)?;
        }
        Some(e)
    }

    /// The position in the chain's order of driver index `i`.
    pub(super) fn stream_pos(&mut self, d: &Driver, i: Value, span: Span) -> Value {
        if !d.reversed {
            return self.binary(BinOp::Sub, i, d.lo, span);
        }
        let last = if d.inclusive {
            d.hi
        } else {
            let one = self.int_literal("1");
            self.binary(BinOp::Sub, d.hi, one, span)
        };
        self.binary(BinOp::Sub, last, i, span)
    }

    /// The types of the elements that reach the consumer, found by lowering
    /// one element and discarding it.
    pub(super) fn elem_ty(&mut self, p: &Prepared, span: Span) -> ElemTy {
        self.trial(|l| {
            let i = l.func.new_value(Ty::Int, None);
            let mut e = l.drive_elem(p, i, span)?;
            for s in &p.stages {
                match s {
                    Stage::Map(f) => e = l.call_callable(f, vec![e], span)?,
                    Stage::Enumerate(_) => e = Elem::Tuple(vec![Elem::One(i), e]),
                    _ => {}
                }
            }
            Some(l.elem_types(&e))
        })
        .unwrap_or(ElemTy::One(Ty::Unknown))
    }

    fn elem_types(&self, e: &Elem) -> ElemTy {
        match e {
            Elem::One(v) => ElemTy::One(self.func.ty(*v).clone()),
            Elem::Tuple(items) => ElemTy::Tuple(items.iter().map(|i| self.elem_types(i)).collect()),
            Elem::Opt(_) | Elem::View(_) => ElemTy::View,
        }
    }

    /// Runs `f` and forgets everything it lowered (instructions, values,
    /// variables, errors), keeping only its result.
    fn trial<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let insts = std::mem::take(&mut self.insts);
        let vars = self.vars.clone();
        let scopes = self.scopes.clone();
        let special = self.special.clone();
        let (learned, owned) = (self.learned.len(), self.owned.len());
        let values = self.func.values.len();
        let errors = self.errors.len();
        let dead = self.dead;
        let r = f(self);
        self.learned.truncate(learned);
        self.owned.truncate(owned);
        self.insts = insts;
        self.vars = vars;
        self.scopes = scopes;
        self.special = special;
        self.func.values.truncate(values);
        self.errors.truncate(errors);
        self.dead = dead;
        r
    }
}
