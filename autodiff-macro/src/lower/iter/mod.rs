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

mod carried;
mod consumers;
mod domain;
mod elements;
mod options;
mod plan;
mod run;
mod source;

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

impl Lowerer<'_> {
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
