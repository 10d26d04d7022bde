//! Iterator chains as loops.
//!
//! A chain is lowered to one counted loop over the indices of its source,
//! with no iterator at run time. Up to the first `filter` or `take_while`
//! every adaptor is *positional* ([`Node`]): a stream has a domain
//! `lo..hi` of positions in its own coordinates, known before the loop and
//! possibly empty (`lo > hi`, which a Rust range handles without any
//! saturating arithmetic), and its element at position `j` is computed
//! from `j` alone. `skip` and `take` only narrow the domain; `rev` reads
//! the inner position `lo + hi - 1 - j`, `step_by(s)` position `lo + j *
//! s`, `zip` pairs the elements at `j` in the coordinates of the side that
//! does not start at zero, `map` calls its closure on the element, and
//! `windows` and `chunks` make views. After it, adaptors apply element by
//! element in the loop body ([`Stage`]): `filter` becomes an `if`,
//! `take_while` an `if` that stops the loop, and `enumerate`/`skip`/
//! `take`/`step_by` count the elements that got through. The consumer is
//! the body's last step: an accumulator carried by the loop (`sum`,
//! `fold`), a flag that stops it (`any`, `position`), a `Vec` filled by
//! position (`collect`), or the user's loop body (`for`). Outer `map`s and
//! `rev`s become the loop itself (a reversed range), so
//! `x.iter().map(f).sum()` is the loop one would write by hand, and
//! `x.iter().zip(x.iter().skip(1))` is `for j in 1..n` reading `x[j - 1]`
//! and `x[j]`.

use super::closure::{Callable, Elem, Special, View};
use super::*;
use crate::ast::{AdaptorKind, Chain, Comparator, Consumer, ConsumerKind, SeqExpr, Source, Unwrap};

/// A sequence a chain reads: a whole one, or part of one.
#[derive(Clone, Copy)]
pub(super) enum SeqRef {
    Full(Value),
    View(View),
}

/// The positions of a stream, in its own coordinates: `lo..hi` (`lo..=hi`
/// for an inclusive range), possibly empty with `lo > hi`, which a Rust
/// range handles without any saturating arithmetic. `lo: None` is zero.
#[derive(Clone, Copy)]
struct Domain {
    lo: Option<Value>,
    hi: Value,
    inclusive: bool,
}

/// A positional stream: its domain, and how its element at a position
/// `j` of the domain is computed.
struct Node {
    pos: Pos,
    dom: Domain,
}

enum Pos {
    /// `seq[j]`.
    Seq(SeqRef),
    /// `j` itself.
    Range,
    /// The window `seq[j - before ..= j]` of `size` elements (`before` is
    /// `size - 1`, the start of the domain).
    Windows {
        seq: SeqRef,
        size: Value,
        before: Value,
    },
    /// The chunk from `j * size`.
    Chunks {
        seq: SeqRef,
        size: Value,
        exact: bool,
        seq_len: Value,
    },
    /// The inner element at `lo + hi - 1 - j` of the inner domain.
    Rev(Box<Node>),
    /// The inner element at `j + offset`: a zero-based view of a stream.
    Shift(Box<Node>, Value),
    /// The inner element at `lo + j * step`.
    StepBy(Box<Node>, Value),
    /// The elements of both sides at `j` in the coordinates of one of them
    /// (`drive_a`); the other side's position is `j - shift` (its domain
    /// starts at zero).
    Zip {
        a: Box<Node>,
        b: Box<Node>,
        drive_a: bool,
        shift: Option<Value>,
    },
    /// `(j - base, element)`.
    Enumerate(Box<Node>, Option<Value>),
    Map(Box<Node>, Callable),
}

/// A step applied element by element, after the first `filter` or
/// `take_while`.
enum Stage {
    Map(Callable),
    Filter(Callable),
    TakeWhile(Callable),
    /// The counter of the elements that got here.
    Enumerate(VarId),
    Skip(VarId, Value),
    Take(VarId, Value),
    StepBy(VarId, Value),
}

/// A chain ready to become a loop.
struct Plan {
    node: Node,
    stages: Vec<Stage>,
    /// Whether a stage may stop the loop early.
    early: bool,
    /// Variables the chain's closures assign.
    effects: Vec<VarId>,
}

/// What the loop runs over: `lo..hi` (or `lo..=hi`), forwards or
/// backwards, in the coordinates of the stream's domain.
#[derive(Clone, Copy)]
struct Driver {
    lo: Value,
    hi: Value,
    inclusive: bool,
    reversed: bool,
}

/// A plan with its outer `map`s and `rev`s turned into the loop.
struct Prepared {
    drv: Driver,
    core: Node,
    maps: Vec<Callable>,
    stages: Vec<Stage>,
    early: bool,
    effects: Vec<VarId>,
}

/// The types of an element, without its values.
#[derive(Clone, Debug)]
enum ElemTy {
    One(Ty),
    Tuple(Vec<ElemTy>),
    View,
}

/// The hidden variable that holds a value carried by a loop (a tree:
/// tuples and options are carried part by part).
#[derive(Clone, Copy)]
struct Slots(VarId);

impl Slots {
    fn ids(self, into: &mut Vec<VarId>) {
        into.push(self.0);
    }
}

const COLLECT_FILTERED_MSG: &str = "collecting a chain with `filter` or `take_while` into a `Vec` \
     needs `Vec::push`, which #[differentiate] does not support yet: collect the chain before \
     filtering (mapping the rejected elements to a value of your choice with `if`), or \
     consume the filtered chain directly (`.sum()`, `.fold(..)`, a `for` loop)";

impl<'e> Lowerer<'e> {
    // ---- entry points ----

    /// A chain in expression position.
    pub(super) fn chain(&mut self, chain: &Chain) -> Option<Lv> {
        // The parser lets only consumed chains stand as expressions.
        let c = chain.consumer.as_ref()?;
        let plan = self.plan(chain)?;
        let span = c.span;
        match &c.kind {
            ConsumerKind::Sum(t) => self.sum_product(plan, true, t.as_ref(), span),
            ConsumerKind::Product(t) => self.sum_product(plan, false, t.as_ref(), span),
            ConsumerKind::Fold(init, f) => self.fold(plan, init, f, span),
            ConsumerKind::ForEach(f) => self.for_each(plan, f, span),
            ConsumerKind::Count => self.count(plan, span),
            ConsumerKind::Any(f) => self.any_all(plan, f, true, span),
            ConsumerKind::All(f) => self.any_all(plan, f, false, span),
            ConsumerKind::Collect => self.collect(plan, span),
            _ => self.option_consumer(plan, c),
        }
    }

    /// `for pat in chain { body }`.
    pub(super) fn for_chain(
        &mut self,
        pat: &ForPat,
        chain: &Chain,
        body: &AstBlock,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
    ) {
        let Some(plan) = self.plan(chain) else { return };
        let exits = block_exits(body, 0);
        let early = exits.brk || plan.early;
        let stop = (early || exits.ret).then(|| {
            let f = self.literal_bool(false);
            self.declare("", Some(Lv::One(f)))
        });
        if let (Some(c), Some(_)) = (&checkpoint, stop) {
            self.errors.push(
                c.span,
                "`#[checkpoint]` applies to a loop without `break`, `return` or `take_while`",
            );
        }
        let Some(p) = self.prepare(plan, span) else {
            return;
        };
        let carried = self.carried_vars(body);
        let pat = super::closure::pattern_of(pat);
        self.run(
            &p,
            carried,
            stop,
            exits.ret,
            span,
            checkpoint,
            move |l, e, _| {
                if l.bind_elem(&pat, e, None, span) {
                    l.loop_body(body, exits.cont);
                }
            },
        );
    }

    // ---- plans ----

    fn plan(&mut self, chain: &Chain) -> Option<Plan> {
        let mut node = self.source_node(&chain.source, chain.span)?;
        let mut stages: Vec<Stage> = Vec::new();
        let mut early = false;
        let mut effects = Vec::new();
        let mut sequential: Option<&str> = None;
        for a in &chain.adaptors {
            let span = a.span;
            let pure = |l: &mut Self, f: &crate::ast::FnArg, effects: &mut Vec<VarId>| {
                let c = l.callable(f)?;
                if let Callable::Closure(def) = &c {
                    if let Some(v) = crate::ast::captured_assignments(&def.code).first() {
                        l.errors.push(
                            v.span(),
                            format!(
                                "the closure passed to `{}` assigns `{v}`, a variable outside \
                                 it: #[differentiate] runs such closures only from `for_each`, \
                                 `fold` or a `for` loop; move the assignment there",
                                a.name
                            ),
                        );
                        return None;
                    }
                    effects.extend(&def.effects);
                }
                Some(c)
            };
            if let Some(first) = sequential {
                let stage = match &a.kind {
                    AdaptorKind::Map(f) => Stage::Map(pure(self, f, &mut effects)?),
                    AdaptorKind::Filter(f) => Stage::Filter(pure(self, f, &mut effects)?),
                    AdaptorKind::TakeWhile(f) => {
                        early = true;
                        Stage::TakeWhile(pure(self, f, &mut effects)?)
                    }
                    AdaptorKind::Enumerate => Stage::Enumerate(self.counter()),
                    AdaptorKind::Skip(n) => {
                        let n = self.one(n)?;
                        Stage::Skip(self.counter(), n)
                    }
                    AdaptorKind::Take(n) => {
                        early = true;
                        let n = self.one(n)?;
                        Stage::Take(self.counter(), n)
                    }
                    AdaptorKind::StepBy(n) => {
                        let n = self.one(n)?;
                        Stage::StepBy(self.counter(), n)
                    }
                    AdaptorKind::Rev => {
                        let msg = if first == "filter" {
                            "`rev` after `filter` is not supported in a differentiated function: \
                             write `.rev()` before `.filter(..)` (the same elements, in reverse \
                             order)"
                        } else {
                            "`rev` after `take_while` is not supported in a differentiated \
                             function: collect the elements `take_while` keeps with a `for` \
                             loop and `break`, then go through them backwards"
                        };
                        self.errors.push(span, msg);
                        return None;
                    }
                    AdaptorKind::Zip(_) => {
                        self.errors.push(
                            span,
                            format!(
                                "`zip` after `{first}` is not supported in a differentiated \
                                 function: zip first, then apply `{first}` to the pairs \
                                 (`a.iter().zip(b).{first}(|(x, y)| ..)`)"
                            ),
                        );
                        return None;
                    }
                };
                stages.push(stage);
                continue;
            }
            node = match &a.kind {
                AdaptorKind::Map(f) => {
                    let dom = node.dom;
                    Node {
                        pos: Pos::Map(Box::new(node), pure(self, f, &mut effects)?),
                        dom,
                    }
                }
                AdaptorKind::Filter(f) => {
                    sequential = Some("filter");
                    stages.push(Stage::Filter(pure(self, f, &mut effects)?));
                    node
                }
                AdaptorKind::TakeWhile(f) => {
                    sequential = Some("take_while");
                    early = true;
                    stages.push(Stage::TakeWhile(pure(self, f, &mut effects)?));
                    node
                }
                AdaptorKind::Zip(other) => {
                    let other = self.zip_node(other)?;
                    self.zip(node, other, span)
                }
                AdaptorKind::Enumerate => {
                    let dom = node.dom;
                    Node {
                        pos: Pos::Enumerate(Box::new(node), dom.lo),
                        dom,
                    }
                }
                AdaptorKind::Rev => {
                    let dom = node.dom;
                    Node {
                        pos: Pos::Rev(Box::new(node)),
                        dom,
                    }
                }
                AdaptorKind::Skip(k) => {
                    let mut node = node;
                    let k = self.one(k)?;
                    node.dom.lo = Some(match node.dom.lo {
                        Some(lo) => self.binary(BinOp::Add, lo, k, span),
                        None => k,
                    });
                    node
                }
                AdaptorKind::Take(k) => {
                    let mut node = node;
                    let k = self.one(k)?;
                    let hi = self.excl_hi(node.dom, span);
                    let end = match node.dom.lo {
                        Some(lo) => self.binary(BinOp::Add, lo, k, span),
                        None => k,
                    };
                    node.dom.hi = self.int_min(hi, end, span);
                    node.dom.inclusive = false;
                    node
                }
                AdaptorKind::StepBy(s) => {
                    let s = self.one(s)?;
                    let n = self.dom_len(node.dom, span);
                    // ceil(n / s), without overflow: 0 for n == 0, else
                    // (n - 1) / s + 1.
                    let zero = self.int_literal("0");
                    let nonempty =
                        self.push(InstKind::Binary(BinOp::Gt, n, zero), Ty::Bool, None, span);
                    let len = self.branches(
                        nonempty,
                        span,
                        move |l| {
                            let one = l.int_literal("1");
                            let m = l.binary(BinOp::Sub, n, one, span);
                            let q = l.binary(BinOp::Div, m, s, span);
                            let one = l.int_literal("1");
                            Some(Lv::One(l.binary(BinOp::Add, q, one, span)))
                        },
                        |l| Some(Lv::One(l.int_literal("0"))),
                    );
                    let Some(Lv::One(len)) = len else { return None };
                    Node {
                        pos: Pos::StepBy(Box::new(node), s),
                        dom: Domain {
                            lo: None,
                            hi: len,
                            inclusive: false,
                        },
                    }
                }
            };
        }
        Some(Plan {
            node,
            stages,
            early,
            effects,
        })
    }

    /// A hidden integer counter starting at zero.
    fn counter(&mut self) -> VarId {
        let z = self.int_literal("0");
        self.declare("", Some(Lv::One(z)))
    }

    /// The other side of a `zip`: positional all through.
    fn zip_node(&mut self, chain: &Chain) -> Option<Node> {
        let plan = self.plan(chain)?;
        if !plan.stages.is_empty() {
            self.errors.push(
                chain.span,
                "the argument of `zip` cannot have `filter` or `take_while` in a \
                 differentiated function: zip the sequences first, then filter the pairs",
            );
            return None;
        }
        Some(plan.node)
    }

    fn source_node(&mut self, source: &Source, span: Span) -> Option<Node> {
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

    /// `a.zip(b)`: driven in the coordinates of the side whose domain may
    /// not start at zero, so that `x.iter().zip(x.iter().skip(1))` is the
    /// loop `for j in 1..n` reading `x[j - 1]` and `x[j]`, with no
    /// saturating length for the optimiser to see through.
    fn zip(&mut self, a: Node, b: Node, span: Span) -> Node {
        let (a, b) = match (a.dom.lo, b.dom.lo) {
            (_, None) | (None, _) => (a, b),
            // Both start elsewhere: make `b` start at zero.
            (Some(_), Some(_)) => {
                let b = self.shifted(b, span);
                (a, b)
            }
        };
        let drive_a = b.dom.lo.is_none();
        let (d, o) = if drive_a { (&a, &b) } else { (&b, &a) };
        let (dd, od) = (d.dom, o.dom);
        let d_hi = self.excl_hi(dd, span);
        let o_len = self.excl_hi(od, span);
        // The driving side's end, or its start plus the other's length.
        let end = match dd.lo {
            Some(lo) => self.binary(BinOp::Add, lo, o_len, span),
            None => o_len,
        };
        let hi = self.int_min(d_hi, end, span);
        Node {
            pos: Pos::Zip {
                a: Box::new(a),
                b: Box::new(b),
                drive_a,
                shift: dd.lo,
            },
            dom: Domain {
                lo: dd.lo,
                hi,
                inclusive: false,
            },
        }
    }

    /// The same stream with a domain starting at zero.
    fn shifted(&mut self, n: Node, span: Span) -> Node {
        let Some(lo) = n.dom.lo else { return n };
        let len = self.dom_len(n.dom, span);
        Node {
            pos: Pos::Shift(Box::new(n), lo),
            dom: Domain {
                lo: None,
                hi: len,
                inclusive: false,
            },
        }
    }

    /// The sequence of a source: a local window or chunk, a subslice, or a
    /// sequence value.
    pub(super) fn seq_ref(&mut self, s: &SeqExpr, span: Span) -> Option<SeqRef> {
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

    fn seq_len(&mut self, s: SeqRef, span: Span) -> Value {
        match s {
            SeqRef::Full(v) => self.push(InstKind::Len(v), Ty::Int, None, span),
            SeqRef::View(v) => v.len,
        }
    }

    /// The exclusive end of a domain.
    fn excl_hi(&mut self, d: Domain, span: Span) -> Value {
        if d.inclusive {
            let one = self.int_literal("1");
            self.binary(BinOp::Add, d.hi, one, span)
        } else {
            d.hi
        }
    }

    /// The number of positions of a domain (zero when it is empty).
    fn dom_len(&mut self, d: Domain, span: Span) -> Value {
        let hi = self.excl_hi(d, span);
        let Some(lo) = d.lo else { return hi };
        self.int_sat_sub(hi, lo, span)
    }

    /// Whether a domain has a position.
    fn dom_nonempty(&mut self, d: Domain, span: Span) -> Value {
        let lo = match d.lo {
            Some(lo) => lo,
            None => self.int_literal("0"),
        };
        let op = if d.inclusive { BinOp::Ge } else { BinOp::Gt };
        self.push(InstKind::Binary(op, d.hi, lo), Ty::Bool, None, span)
    }

    fn int_min(&mut self, a: Value, b: Value, span: Span) -> Value {
        let c = self.push(InstKind::Binary(BinOp::Lt, a, b), Ty::Bool, None, span);
        match self.branches(
            c,
            span,
            move |_| Some(Lv::One(a)),
            move |_| Some(Lv::One(b)),
        ) {
            Some(Lv::One(v)) => v,
            _ => a,
        }
    }

    /// `a - b`, or zero when `b >= a`.
    fn int_sat_sub(&mut self, a: Value, b: Value, span: Span) -> Value {
        let c = self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span);
        match self.branches(
            c,
            span,
            move |l| Some(Lv::One(l.binary(BinOp::Sub, a, b, span))),
            |l| Some(Lv::One(l.int_literal("0"))),
        ) {
            Some(Lv::One(v)) => v,
            _ => a,
        }
    }

    // ---- elements ----

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
    pub(super) fn element(&mut self, seq: Value, i: Value, span: Span) -> Value {
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
    fn prepare(&mut self, plan: Plan, _span: Span) -> Option<Prepared> {
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
    fn drive_elem(&mut self, p: &Prepared, i: Value, span: Span) -> Option<Elem> {
        let mut e = self.elem_at(&p.core, i, span)?;
        for f in &p.maps {
            e = self.call_callable(f, vec![e], span)?;
        }
        Some(e)
    }

    /// The position in the chain's order of driver index `i`.
    fn stream_pos(&mut self, d: &Driver, i: Value, span: Span) -> Value {
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
    fn elem_ty(&mut self, p: &Prepared, span: Span) -> ElemTy {
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

    // ---- the loop ----

    /// Builds the loop of `p`: `carried` are the variables the body may
    /// change besides the chain's own; `stop`, when given, is a flag that
    /// ends the loop (then it is a `while` over a counter); `ret` carries
    /// the early-return flags. `step` is the consumer, given each element
    /// that gets through the stages and its position in the chain.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        p: &Prepared,
        mut carried: Vec<VarId>,
        stop: Option<VarId>,
        ret: bool,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
        step: impl FnOnce(&mut Self, Elem, Value),
    ) {
        // `take_while` and `take` after a filter stop the loop.
        let stop = stop.or_else(|| {
            p.early.then(|| {
                let f = self.literal_bool(false);
                self.hidden(f)
            })
        });
        carried.extend(&p.effects);
        for s in &p.stages {
            match s {
                Stage::Enumerate(c)
                | Stage::Skip(c, _)
                | Stage::Take(c, _)
                | Stage::StepBy(c, _) => carried.push(*c),
                _ => {}
            }
        }
        let drv = p.drv;
        let mut step = Some(step);
        let body = move |l: &mut Self, i: Value| {
            let Some(e) = l.drive_elem(p, i, span) else {
                return;
            };
            l.stages(&p.stages, e, stop, span, &mut |l, e| {
                if let Some(s) = step.take() {
                    s(l, e, i);
                }
            });
        };
        self.chain_loop(drv, carried, stop, ret, span, checkpoint, body);
    }

    /// Applies the stages to `e`, then `sink`.
    fn stages(
        &mut self,
        stages: &[Stage],
        e: Elem,
        stop: Option<VarId>,
        span: Span,
        sink: &mut dyn FnMut(&mut Self, Elem),
    ) {
        let Some((first, rest)) = stages.split_first() else {
            sink(self, e);
            return;
        };
        match first {
            Stage::Map(f) => {
                if let Some(e) = self.call_callable(f, vec![e], span) {
                    self.stages(rest, e, stop, span, sink);
                }
            }
            Stage::Filter(f) | Stage::TakeWhile(f) => {
                let Some(c) = self.predicate(f, e.clone(), span) else {
                    return;
                };
                let take_while = matches!(first, Stage::TakeWhile(_));
                self.branches(
                    c,
                    span,
                    |l| {
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    move |l| {
                        if let (true, Some(s)) = (take_while, stop) {
                            let t = l.literal_bool(true);
                            l.vars[s] = Some(Lv::One(t));
                        }
                        None
                    },
                );
            }
            Stage::Enumerate(c) => {
                let Some(k) = self.bump(*c, span) else { return };
                self.stages(rest, Elem::Tuple(vec![Elem::One(k), e]), stop, span, sink);
            }
            Stage::Skip(c, n) | Stage::StepBy(c, n) => {
                let Some(k) = self.bump(*c, span) else { return };
                let pass = if matches!(first, Stage::Skip(..)) {
                    self.push(InstKind::Binary(BinOp::Ge, k, *n), Ty::Bool, None, span)
                } else {
                    let r = self.binary(BinOp::Rem, k, *n, span);
                    let zero = self.int_literal("0");
                    self.push(InstKind::Binary(BinOp::Eq, r, zero), Ty::Bool, None, span)
                };
                self.branches(
                    pass,
                    span,
                    |l| {
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    |_| None,
                );
            }
            Stage::Take(c, n) => {
                let Some(k) = self.var_one(*c) else { return };
                let pass = self.push(InstKind::Binary(BinOp::Lt, k, *n), Ty::Bool, None, span);
                let c = *c;
                self.branches(
                    pass,
                    span,
                    |l| {
                        let one = l.int_literal("1");
                        let next = l.binary(BinOp::Add, k, one, span);
                        l.vars[c] = Some(Lv::One(next));
                        l.stages(rest, e, stop, span, sink);
                        None
                    },
                    move |l| {
                        if let Some(s) = stop {
                            let t = l.literal_bool(true);
                            l.vars[s] = Some(Lv::One(t));
                        }
                        None
                    },
                );
            }
        }
    }

    /// The counter's value, and the counter incremented.
    fn bump(&mut self, c: VarId, span: Span) -> Option<Value> {
        let k = self.var_one(c)?;
        let one = self.int_literal("1");
        let next = self.binary(BinOp::Add, k, one, span);
        self.vars[c] = Some(Lv::One(next));
        Some(k)
    }

    /// Calls a predicate: its result must be one value.
    fn predicate(&mut self, f: &Callable, e: Elem, span: Span) -> Option<Value> {
        match self.call_callable(f, vec![e], span)? {
            Elem::One(v) => Some(v),
            _ => {
                self.errors.push(span, "this closure must return a `bool`");
                None
            }
        }
    }

    /// A counted loop (a `while` over a counter when it can stop early),
    /// carrying `carried`.
    #[allow(clippy::too_many_arguments)]
    fn chain_loop(
        &mut self,
        d: Driver,
        mut carried: Vec<VarId>,
        stop: Option<VarId>,
        ret: bool,
        span: Span,
        checkpoint: Option<ir::Checkpoint>,
        body: impl FnOnce(&mut Self, Value),
    ) {
        let saved_flags = self.loop_flags;
        if stop.is_none() && !ret {
            carried.sort_unstable();
            carried.dedup();
            carried.retain(|id| self.vars[*id].is_some());
            let (params, inits, trees) = self.enter_loop(&carried);
            let index = self.func.new_value(Ty::Int, Some("i".into()));
            let outer = std::mem::take(&mut self.insts);
            self.scopes.push(Vec::new());
            self.loop_flags = LoopFlags::default();
            body(self, index);
            self.dead = false;
            self.loop_flags = saved_flags;
            self.scopes.pop();
            let (yields, results) = self.leave_loop(&carried, &trees, span);
            let body_insts = std::mem::replace(&mut self.insts, outer);
            self.restore_carried(&carried, &trees, &results);
            self.insts.push(Inst {
                kind: InstKind::For(Box::new(ForLoop {
                    lo: d.lo,
                    hi: d.hi,
                    inclusive: d.inclusive,
                    reversed: d.reversed,
                    index,
                    params,
                    inits,
                    body: Block {
                        insts: body_insts,
                        yields,
                    },
                    checkpoint,
                })),
                results,
                span,
            });
            return;
        }
        // A `while` over an explicit counter. Backwards, the counter starts
        // one past the first index and is decremented first.
        let start = match (d.reversed, d.inclusive) {
            (true, true) => {
                let one = self.int_literal("1");
                self.binary(BinOp::Add, d.hi, one, span)
            }
            (true, false) => d.hi,
            (false, _) => d.lo,
        };
        let counter = self.declare("", Some(Lv::One(start)));
        carried.push(counter);
        carried.extend(stop);
        if let (true, Some(f)) = (ret, &self.flags) {
            carried.push(f.returned);
            carried.push(f.value);
        }
        carried.sort_unstable();
        carried.dedup();
        carried.retain(|id| self.vars[*id].is_some());
        let (params, inits, trees) = self.enter_loop(&carried);
        let outer = std::mem::take(&mut self.insts);

        self.loop_flags = LoopFlags {
            brk: stop,
            cont: None,
        };
        let test = move |l: &mut Self| {
            let c = l.var_one(counter)?;
            let (op, end) = match (d.reversed, d.inclusive) {
                (false, false) => (BinOp::Lt, d.hi),
                (false, true) => (BinOp::Le, d.hi),
                (true, _) => (BinOp::Gt, d.lo),
            };
            Some(Lv::One(l.push(
                InstKind::Binary(op, c, end),
                Ty::Bool,
                None,
                span,
            )))
        };
        let cond = match self.exiting() {
            Some(s) => self.branches(s, span, |l| Some(Lv::One(l.literal_bool(false))), test),
            None => test(self),
        };
        let cond_insts = std::mem::take(&mut self.insts);

        self.scopes.push(Vec::new());
        if let Some(c) = self.var_one(counter) {
            let one = self.int_literal("1");
            let index = if d.reversed {
                let i = self.binary(BinOp::Sub, c, one, span);
                self.vars[counter] = Some(Lv::One(i));
                i
            } else {
                let next = self.binary(BinOp::Add, c, one, span);
                self.vars[counter] = Some(Lv::One(next));
                c
            };
            body(self, index);
        }
        self.dead = false;
        self.scopes.pop();
        self.loop_flags = saved_flags;
        let (yields, results) = self.leave_loop(&carried, &trees, span);
        let body_insts = std::mem::replace(&mut self.insts, outer);
        self.restore_carried(&carried, &trees, &results);
        let Some(Lv::One(c)) = cond else { return };
        self.insts.push(Inst {
            kind: InstKind::While(Box::new(WhileLoop {
                params,
                inits,
                cond: Block {
                    insts: cond_insts,
                    yields: vec![c],
                },
                body: Block {
                    insts: body_insts,
                    yields,
                },
            })),
            results,
            span,
        });
    }

    // ---- consumers ----

    fn hidden(&mut self, v: Value) -> VarId {
        self.declare("", Some(Lv::One(v)))
    }

    fn set(&mut self, var: VarId, v: Value) {
        self.vars[var] = Some(Lv::One(v));
    }

    fn one_elem(&mut self, e: Elem, what: &str, span: Span) -> Option<Value> {
        match e {
            Elem::One(v) => Some(v),
            _ => {
                self.errors.push(
                    span,
                    format!(
                        "`{what}` needs single values here, but the elements are tuples or \
                         windows: `map` them to a value first"
                    ),
                );
                None
            }
        }
    }

    fn sum_product(
        &mut self,
        plan: Plan,
        sum: bool,
        turbofish: Option<&Ty>,
        span: Span,
    ) -> Option<Lv> {
        let p = self.prepare(plan, span)?;
        let ty = match turbofish {
            Some(t) if t != &Ty::Other => t.clone(),
            _ => match self.elem_ty(&p, span) {
                ElemTy::One(Ty::Int) => Ty::Int,
                ElemTy::One(Ty::Float(w)) => Ty::Float(w),
                _ => Ty::Float(FloatTy::Infer),
            },
        };
        let init = match (sum, &ty) {
            // Rust's float `sum` starts at -0.0 (the sum of nothing, or of
            // negative zeros, is -0.0).
            (true, Ty::Float(_)) => {
                let lit = syn::Lit::Float(syn::LitFloat::new("0.0", span));
                let z = self.push(InstKind::Literal(lit), ty.clone(), None, span);
                self.push(InstKind::Unary(UnOp::Neg, z), ty.clone(), None, span)
            }
            (true, t) => self.placeholder(t, span)?,
            (false, Ty::Int) => self.int_literal("1"),
            (false, t) => {
                let lit = syn::Lit::Float(syn::LitFloat::new("1.0", span));
                self.push(InstKind::Literal(lit), t.clone(), None, span)
            }
        };
        let acc = self.hidden(init);
        let what = if sum { "sum" } else { "product" };
        self.run(&p, vec![acc], None, false, span, None, move |l, e, _| {
            let (Some(a), Some(v)) = (l.var_one(acc), l.one_elem(e, what, span)) else {
                return;
            };
            let op = if sum { BinOp::Add } else { BinOp::Mul };
            let r = l.binary(op, a, v, span);
            l.set(acc, r);
        });
        self.var_value(acc)
    }

    fn fold(&mut self, plan: Plan, init: &Expr, f: &crate::ast::FnArg, span: Span) -> Option<Lv> {
        let init = self.expr(init)?;
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let slots = self.slots_for(&init);
        let mut carried = Vec::new();
        slots.ids(&mut carried);
        if let Callable::Closure(def) = &f {
            carried.extend(&def.effects);
        }
        let s = slots;
        self.run(&p, carried, None, false, span, None, move |l, e, _| {
            let Some(acc) = l.slots_get(&s) else { return };
            let Some(next) = l.call_callable(&f, vec![Elem::from_lv(acc), e], span) else {
                return;
            };
            l.slots_set(&s, next, span);
        });
        self.slots_get(&slots)
    }

    fn for_each(&mut self, plan: Plan, f: &crate::ast::FnArg, span: Span) -> Option<Lv> {
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let mut carried = Vec::new();
        if let Callable::Closure(def) = &f {
            carried.extend(&def.effects);
        }
        self.run(&p, carried, None, false, span, None, move |l, e, _| {
            l.call_callable(&f, vec![e], span);
        });
        Some(Lv::Tuple(vec![]))
    }

    fn count(&mut self, plan: Plan, span: Span) -> Option<Lv> {
        if plan.stages.is_empty() {
            return Some(Lv::One(self.dom_len(plan.node.dom, span)));
        }
        let p = self.prepare(plan, span)?;
        let n = self.counter();
        self.run(&p, vec![n], None, false, span, None, move |l, _, _| {
            l.bump(n, span);
        });
        self.var_value(n)
    }

    fn any_all(&mut self, plan: Plan, f: &crate::ast::FnArg, any: bool, span: Span) -> Option<Lv> {
        let f = self.callable(f)?;
        let p = self.prepare(plan, span)?;
        let init = self.literal_bool(!any);
        let result = self.hidden(init);
        let f0 = self.literal_bool(false);
        let stop = self.hidden(f0);
        self.run(
            &p,
            vec![result],
            Some(stop),
            false,
            span,
            None,
            move |l, e, _| {
                let Some(c) = l.predicate(&f, e, span) else {
                    return;
                };
                // `any`: stop at the first true; `all`: at the first false.
                let decided = if any {
                    c
                } else {
                    l.push(InstKind::Unary(UnOp::Not, c), Ty::Bool, None, span)
                };
                l.branches(
                    decided,
                    span,
                    move |l| {
                        let r = l.literal_bool(any);
                        l.set(result, r);
                        let t = l.literal_bool(true);
                        l.set(stop, t);
                        None
                    },
                    |_| None,
                );
            },
        );
        self.var_value(result)
    }

    /// `collect::<Vec<_>>()` of a chain whose length is known before the
    /// loop: a `vec![0.0; n]` filled by position. After a `filter` the
    /// length is not known: that needs an empty `Vec` before the loop and a
    /// push in `step` instead of the `Insert` (the rest is the same loop).
    fn collect(&mut self, plan: Plan, span: Span) -> Option<Lv> {
        if !plan.stages.is_empty() {
            self.errors.push(span, COLLECT_FILTERED_MSG);
            return None;
        }
        let n = self.dom_len(plan.node.dom, span);
        let p = self.prepare(plan, span)?;
        let ty = match self.elem_ty(&p, span) {
            ElemTy::One(t) => t,
            _ => {
                self.errors.push(
                    span,
                    "only chains of single values can be collected into a `Vec` in a \
                     differentiated function: `map` the elements to a value first",
                );
                return None;
            }
        };
        let zero = self.placeholder(&ty, span)?;
        let vty = match self.func.ty(zero) {
            Ty::Other => Ty::Vec(Box::new(Ty::Float(FloatTy::Infer))),
            t => Ty::Vec(Box::new(t.clone())),
        };
        let v = self.push(InstKind::VecRepeat(zero, n), vty.clone(), None, span);
        let out = self.hidden(v);
        let drv = p.drv;
        self.run(&p, vec![out], None, false, span, None, move |l, e, i| {
            let (Some(base), Some(value)) = (l.var_one(out), l.one_elem(e, "collect", span)) else {
                return;
            };
            let pos = l.stream_pos(&drv, i, span);
            let new = l.push(
                InstKind::Insert {
                    base,
                    path: vec![pos],
                    value,
                },
                vty,
                None,
                span,
            );
            l.set(out, new);
        });
        self.var_value(out)
    }

    /// A consumer that returns an `Option`, unwrapped.
    /// A consumer that returns an `Option`: unwrapped where the chain ends,
    /// or an option value (`Lv::Opt`: the found flag and the payload).
    fn option_consumer(&mut self, plan: Plan, c: &Consumer) -> Option<Lv> {
        let span = c.span;
        let maps: Option<Vec<Callable>> = c.then_map.iter().map(|f| self.callable(f)).collect();
        let maps = maps?;
        let finish = move |l: &mut Self, e: Elem| -> Option<Lv> {
            let mut e = e;
            for f in &maps {
                e = l.call_callable(f, vec![e], span)?;
            }
            l.elem_value(e, span)
        };
        // Without stages, the first (or last) element is known by
        // position: no flag is needed.
        let positional = plan.stages.is_empty()
            && matches!(
                c.kind,
                ConsumerKind::Reduce(_)
                    | ConsumerKind::SelectBy { .. }
                    | ConsumerKind::SelectByKey { .. }
                    | ConsumerKind::Select { .. }
                    | ConsumerKind::Last
            );
        if positional {
            return match &c.unwrap {
                None => {
                    let nonempty = self.dom_nonempty(plan.node.dom, span);
                    let kind = &c.kind;
                    self.branches(
                        nonempty,
                        span,
                        move |l| {
                            let e = l.positional_option(plan, kind, span)?;
                            let v = finish(l, e)?;
                            Some(l.some(v))
                        },
                        |l| Some(l.none()),
                    )
                }
                Some(Unwrap::Unwrap) => {
                    let e = self.positional_option(plan, &c.kind, span)?;
                    finish(self, e)
                }
                Some(Unwrap::Or(d)) => {
                    let nonempty = self.dom_nonempty(plan.node.dom, span);
                    let kind = &c.kind;
                    self.branches(
                        nonempty,
                        span,
                        move |l| {
                            let e = l.positional_option(plan, kind, span)?;
                            finish(l, e)
                        },
                        |l| l.expr(d),
                    )
                }
            };
        }
        let (found, payload) = self.flagged_option(plan, &c.kind, span)?;
        match &c.unwrap {
            // The payload is a placeholder where nothing was found; the maps
            // on it are then never read.
            None => {
                let v = finish(self, payload)?;
                Some(self.option(found, v))
            }
            Some(Unwrap::Unwrap) => finish(self, payload),
            Some(Unwrap::Or(d)) => {
                self.branches(found, span, move |l| finish(l, payload), |l| l.expr(d))
            }
        }
    }

    /// `reduce`, `min_by`, `max_by`, `last` and friends of a chain without
    /// stages: the first element is known by position, and the loop runs
    /// over the others. A selection carries only the index of the best
    /// element (recomputing its value to compare), so its loop stores
    /// nothing for the reverse sweep, as a hand-written argmax.
    fn positional_option(&mut self, plan: Plan, kind: &ConsumerKind, span: Span) -> Option<Elem> {
        let mut p = self.prepare(plan, span)?;
        let d = p.drv;
        let last_index = |l: &mut Self| {
            if d.inclusive {
                d.hi
            } else {
                let one = l.int_literal("1");
                l.binary(BinOp::Sub, d.hi, one, span)
            }
        };
        if let ConsumerKind::Last = kind {
            let i = if d.reversed { d.lo } else { last_index(self) };
            return self.drive_elem(&p, i, span);
        }
        let first = if d.reversed { last_index(self) } else { d.lo };
        // The loop runs over the other elements.
        if d.reversed {
            p.drv.hi = first;
            p.drv.inclusive = false;
        } else {
            let one = self.int_literal("1");
            p.drv.lo = self.binary(BinOp::Add, d.lo, one, span);
        }
        if let ConsumerKind::Reduce(f) = kind {
            let f = self.callable(f)?;
            let first_elem = self.drive_elem(&p, first, span)?;
            let first_lv = self.elem_value(first_elem, span)?;
            let slots = self.slots_for(&first_lv);
            let mut carried = Vec::new();
            slots.ids(&mut carried);
            if let Callable::Closure(def) = &f {
                carried.extend(&def.effects);
            }
            let s = slots;
            self.run(&p, carried, None, false, span, None, move |l, e, _| {
                let Some(acc) = l.slots_get(&s) else { return };
                if let Some(next) = l.call_callable(&f, vec![Elem::from_lv(acc), e], span) {
                    l.slots_set(&s, next, span);
                }
            });
            return self.slots_get(&slots).map(Elem::from_lv);
        }
        let (max, by) = self.selector(kind)?;
        let best = self.hidden(first);
        let mut carried = vec![best];
        carried.extend(by.effects());
        let pr = &p;
        self.run(pr, carried, None, false, span, None, |l, e, i| {
            let Some(k) = l.var_one(best) else { return };
            let Some(b) = l.drive_elem(pr, k, span) else {
                return;
            };
            let Some(replace) = l.replaces(max, &by, b, e, span) else {
                return;
            };
            l.branches(
                replace,
                span,
                move |l| {
                    l.set(best, i);
                    None
                },
                |_| None,
            );
        });
        let k = self.var_one(best)?;
        self.drive_elem(&p, k, span)
    }

    /// How a selection consumer compares, and whether it keeps the maximum.
    fn selector<'k>(&mut self, kind: &'k ConsumerKind) -> Option<(bool, Selector<'k>)> {
        Some(match kind {
            ConsumerKind::SelectBy { max, cmp } => (
                *max,
                Selector::Cmp(std::rc::Rc::new(self.scopes.clone()), cmp),
            ),
            ConsumerKind::SelectByKey { max, key } => (*max, Selector::Key(self.callable(key)?)),
            ConsumerKind::Select { max } => (*max, Selector::Ord),
            _ => return None,
        })
    }

    /// Whether element `e` replaces the best one so far, `best`: `min_by`
    /// keeps the first of equal elements, `max_by` the last, so `e` replaces
    /// `best` when `best > e` (min) or unless `best > e` (max).
    fn replaces(
        &mut self,
        max: bool,
        by: &Selector<'_>,
        best: Elem,
        e: Elem,
        span: Span,
    ) -> Option<Value> {
        let g = match by {
            Selector::Cmp(scopes, cmp) => self.compare_greater(scopes, cmp, best, e, span)?,
            Selector::Key(f) => {
                let kb = self.call_callable(f, vec![best], span)?;
                let ke = self.call_callable(f, vec![e], span)?;
                let (Elem::One(a), Elem::One(b)) = (kb, ke) else {
                    self.errors
                        .push(span, "the key of this selection must be one value");
                    return None;
                };
                self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span)
            }
            Selector::Ord => {
                let (Elem::One(a), Elem::One(b)) = (best, e) else {
                    self.errors.push(
                        span,
                        "`min`/`max` compare single values: use `min_by`/`max_by` for tuples",
                    );
                    return None;
                };
                self.push(InstKind::Binary(BinOp::Gt, a, b), Ty::Bool, None, span)
            }
        };
        Some(if max {
            self.push(InstKind::Unary(UnOp::Not, g), Ty::Bool, None, span)
        } else {
            g
        })
    }

    /// An `Option` consumer with a found flag: the flag and the payload.
    fn flagged_option(
        &mut self,
        plan: Plan,
        kind: &ConsumerKind,
        span: Span,
    ) -> Option<(Value, Elem)> {
        let p = self.prepare(plan, span)?;
        let f0 = self.literal_bool(false);
        let found = self.hidden(f0);
        let early = matches!(kind, ConsumerKind::Position(_) | ConsumerKind::Find(_));
        let stop = early.then(|| {
            let f = self.literal_bool(false);
            self.hidden(f)
        });
        let mut carried = vec![found];
        let payload = if let ConsumerKind::Position(_) = kind {
            let z = self.int_literal("0");
            Slots(self.hidden(z))
        } else {
            let ty = self.elem_ty(&p, span);
            let Some(lv) = self.placeholder_elem(&ty, span) else {
                self.errors.push(
                    span,
                    "this consumer cannot keep a window or chunk: `map` the elements to a value \
                     first",
                );
                return None;
            };
            self.slots_for(&lv)
        };
        payload.ids(&mut carried);
        let counter = matches!(kind, ConsumerKind::Position(_)).then(|| self.counter());
        carried.extend(counter);
        let step = self.option_step(kind, &payload)?;
        if let Some(def) = step.effects() {
            carried.extend(def);
        }
        let slots = payload;
        self.run(&p, carried, stop, false, span, None, move |l, e, _| {
            let Some(is_found) = l.var_one(found) else {
                return;
            };
            match &step {
                // Keep the first element, then combine.
                OptionStep::Reduce(..) | OptionStep::Select { .. } => {
                    l.branches(
                        is_found,
                        span,
                        |l| {
                            step.apply(l, e.clone(), span);
                            None
                        },
                        |l| {
                            if let Some(lv) = e.to_lv() {
                                l.slots_set(&slots, Elem::from_lv(lv), span);
                            }
                            let t = l.literal_bool(true);
                            l.set(found, t);
                            None
                        },
                    );
                }
                OptionStep::Last => {
                    l.slots_set(&slots, e, span);
                    let t = l.literal_bool(true);
                    l.set(found, t);
                }
                OptionStep::Find(f) | OptionStep::Position(f) => {
                    let Some(hit) = l.predicate(f, e.clone(), span) else {
                        return;
                    };
                    let position = matches!(step, OptionStep::Position(_));
                    l.branches(
                        hit,
                        span,
                        |l| {
                            if position {
                                if let Some(k) = counter.and_then(|c| l.var_one(c)) {
                                    l.slots_set(&slots, Elem::One(k), span);
                                }
                            } else {
                                l.slots_set(&slots, e, span);
                            }
                            let t = l.literal_bool(true);
                            l.set(found, t);
                            if let Some(s) = stop {
                                let t = l.literal_bool(true);
                                l.set(s, t);
                            }
                            None
                        },
                        |_| None,
                    );
                    if let Some(c) = counter {
                        l.bump(c, span);
                    }
                }
            }
        });
        let found = self.var_one(found)?;
        let payload = self.slots_get(&payload)?;
        Some((found, Elem::from_lv(payload)))
    }

    /// What an `Option` consumer does with an element, given the slots of
    /// its current result.
    fn option_step<'k>(&mut self, kind: &'k ConsumerKind, slots: &Slots) -> Option<OptionStep<'k>> {
        Some(match kind {
            ConsumerKind::Reduce(f) => OptionStep::Reduce(self.callable(f)?, *slots),
            ConsumerKind::SelectBy { .. }
            | ConsumerKind::SelectByKey { .. }
            | ConsumerKind::Select { .. } => {
                let (max, by) = self.selector(kind)?;
                OptionStep::Select {
                    max,
                    by,
                    slots: *slots,
                }
            }
            ConsumerKind::Last => OptionStep::Last,
            ConsumerKind::Find(f) => OptionStep::Find(self.callable(f)?),
            ConsumerKind::Position(f) => OptionStep::Position(self.callable(f)?),
            _ => return None,
        })
    }

    // ---- carried elements ----

    /// A hidden variable holding `lv`.
    fn slots_for(&mut self, lv: &Lv) -> Slots {
        Slots(self.declare("", Some(lv.clone())))
    }

    fn slots_get(&self, s: &Slots) -> Option<Lv> {
        self.var_value(s.0)
    }

    fn slots_set(&mut self, s: &Slots, e: Elem, span: Span) {
        let (Some(cur), Some(new)) = (self.var_value(s.0), e.to_lv()) else {
            return;
        };
        if !same_shape(&cur, &new) {
            self.errors.push(
                span,
                "the closure returns a value of another shape than the accumulator it starts \
                 from (a tuple where a single value was expected, or the other way round)",
            );
            return;
        }
        self.vars[s.0] = Some(new);
    }

    /// A placeholder of the element's shape and types (the value of an
    /// `Option` consumer before any element was found).
    fn placeholder_elem(&mut self, t: &ElemTy, span: Span) -> Option<Lv> {
        match t {
            ElemTy::One(ty) => self.placeholder(ty, span).map(Lv::One),
            ElemTy::Tuple(items) => Some(Lv::Tuple(
                items
                    .iter()
                    .map(|i| self.placeholder_elem(i, span))
                    .collect::<Option<_>>()?,
            )),
            ElemTy::View => None,
        }
    }

    /// `min_by`/`max_by`'s comparison of `a` and `b`: whether `a > b`.
    fn compare_greater(
        &mut self,
        scopes: &[Vec<(String, VarId)>],
        cmp: &Comparator,
        a: Elem,
        b: Elem,
        span: Span,
    ) -> Option<Value> {
        let saved = std::mem::replace(&mut self.scopes, scopes.to_vec());
        self.scopes.push(Vec::new());
        let ok = self.bind_elem(&cmp.params[0].pat, a, cmp.params[0].ty.as_ref(), span)
            & self.bind_elem(&cmp.params[1].pat, b, cmp.params[1].ty.as_ref(), span);
        let sides = if ok {
            let l = self.one(&cmp.lhs);
            let r = self.one(&cmp.rhs);
            l.zip(r)
        } else {
            None
        };
        self.scopes = saved;
        let (l, r) = sides?;
        if !cmp.total {
            return Some(self.push(InstKind::Binary(BinOp::Gt, l, r), Ty::Bool, None, span));
        }
        // `l.total_cmp(&r).is_gt()`, from the signs and the bit patterns:
        // a value with the sign bit clear is above one with it set; among
        // the former the larger pattern is the greater, among the latter
        // the smaller (NaNs, infinities and zeros included, as `total_cmp`).
        let query = |this: &mut Self, name: &str, v: Value| {
            let f = ir::MathFn(crate::math::lookup(name)?);
            let ty = this.math_type(f, &[v]);
            Some(this.push(InstKind::Math(f, vec![v]), ty, None, span))
        };
        let (nl, nr) = (
            query(self, "is_sign_negative", l)?,
            query(self, "is_sign_negative", r)?,
        );
        let (bl, br) = (query(self, "to_bits", l)?, query(self, "to_bits", r)?);
        let differ = self.push(InstKind::Binary(BinOp::Ne, nl, nr), Ty::Bool, None, span);
        let gt = self.branches(
            differ,
            span,
            move |_| Some(Lv::One(nr)),
            move |l| {
                l.branches(
                    nl,
                    span,
                    move |l| {
                        let v = l.push(InstKind::Binary(BinOp::Lt, bl, br), Ty::Bool, None, span);
                        Some(Lv::One(v))
                    },
                    move |l| {
                        let v = l.push(InstKind::Binary(BinOp::Gt, bl, br), Ty::Bool, None, span);
                        Some(Lv::One(v))
                    },
                )
            },
        );
        match gt {
            Some(Lv::One(v)) => Some(v),
            _ => None,
        }
    }
}

/// How a selection compares two elements.
enum Selector<'a> {
    /// A `min_by`/`max_by` closure, with the scopes it was written in.
    Cmp(std::rc::Rc<Vec<Vec<(String, VarId)>>>, &'a Comparator),
    /// `min_by_key`/`max_by_key`.
    Key(Callable),
    /// `min()`/`max()`.
    Ord,
}

/// The step of an `Option` consumer.
enum OptionStep<'a> {
    Reduce(Callable, Slots),
    Select {
        max: bool,
        by: Selector<'a>,
        slots: Slots,
    },
    Last,
    Find(Callable),
    Position(Callable),
}

impl Selector<'_> {
    /// The variables the selection's key closure assigns.
    fn effects(&self) -> Vec<VarId> {
        match self {
            Selector::Key(Callable::Closure(def)) => def.effects.clone(),
            _ => Vec::new(),
        }
    }
}

impl OptionStep<'_> {
    /// The variables the step's closures assign.
    fn effects(&self) -> Option<Vec<VarId>> {
        let c = match self {
            OptionStep::Reduce(c, _)
            | OptionStep::Find(c)
            | OptionStep::Position(c)
            | OptionStep::Select {
                by: Selector::Key(c),
                ..
            } => c,
            _ => return None,
        };
        match c {
            Callable::Closure(def) => Some(def.effects.clone()),
            _ => None,
        }
    }

    /// Combines the current result (in its slots) with `e`.
    fn apply(&self, l: &mut Lowerer<'_>, e: Elem, span: Span) {
        match self {
            OptionStep::Reduce(f, slots) => {
                let Some(acc) = l.slots_get(slots) else {
                    return;
                };
                if let Some(next) = l.call_callable(f, vec![Elem::from_lv(acc), e], span) {
                    l.slots_set(slots, next, span);
                }
            }
            OptionStep::Select { max, by, slots } => {
                let Some(best) = l.slots_get(slots).map(Elem::from_lv) else {
                    return;
                };
                let Some(replace) = l.replaces(*max, by, best, e.clone(), span) else {
                    return;
                };
                let slots = *slots;
                l.branches(
                    replace,
                    span,
                    move |l| {
                        l.slots_set(&slots, e, span);
                        None
                    },
                    |_| None,
                );
            }
            OptionStep::Last | OptionStep::Find(_) | OptionStep::Position(_) => {}
        }
    }
}

/// Whether a parameter's type is a sequence of structs (`&[Point]`,
/// `&Vec<Term>`, `[Body; 3]`), whose elements cannot be copied out.
pub(super) fn struct_elements(ty: &syn::Type) -> bool {
    let elem = match ty {
        syn::Type::Reference(r) => return struct_elements(&r.elem),
        syn::Type::Paren(p) => return struct_elements(&p.elem),
        syn::Type::Group(g) => return struct_elements(&g.elem),
        syn::Type::Slice(s) => &*s.elem,
        syn::Type::Array(a) => &*a.elem,
        syn::Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            match &last.arguments {
                syn::PathArguments::AngleBracketed(args) if last.ident == "Vec" => {
                    match args.args.first() {
                        Some(syn::GenericArgument::Type(t)) => t,
                        _ => return false,
                    }
                }
                _ => return false,
            }
        }
        _ => return false,
    };
    match elem {
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            !matches!(
                s.ident.to_string().as_str(),
                "f64"
                    | "f32"
                    | "i8"
                    | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
                    | "bool"
                    | "char"
            )
        }),
        _ => false,
    }
}

/// Whether two domains are the same values.
fn same_domain(a: Domain, b: Domain) -> bool {
    a.lo == b.lo && a.hi == b.hi && a.inclusive == b.inclusive
}

/// Whether two values are trees of the same shape (options match options:
/// their payloads are conformed where they meet).
fn same_shape(a: &Lv, b: &Lv) -> bool {
    match (a, b) {
        (Lv::One(_), Lv::One(_)) | (Lv::Opt(..), Lv::Opt(..)) => true,
        (Lv::Tuple(x), Lv::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_shape(a, b))
        }
        _ => false,
    }
}
