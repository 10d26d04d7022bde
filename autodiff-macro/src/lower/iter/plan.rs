//! A chain's plan: its positional adaptors as a [`Node`], the rest as
//! [`Stage`]s.

use super::*;
use crate::ast::Adaptor;

/// The parts of a plan gathered while reading the adaptors.
#[derive(Default)]
struct Gathered {
    stages: Vec<Stage>,
    /// Whether a stage may stop the loop early.
    early: bool,
    effects: Vec<VarId>,
    /// The adaptor (`filter` or `take_while`) after which every adaptor is
    /// a stage, once read.
    sequential: Option<&'static str>,
}

impl Lowerer<'_> {
    pub(super) fn plan(&mut self, chain: &Chain) -> Option<Plan> {
        let mut node = self.source_node(&chain.source, chain.span)?;
        let mut g = Gathered::default();
        for a in &chain.adaptors {
            if let Some(first) = g.sequential {
                let stage = self.stage(a, first, &mut g)?;
                g.stages.push(stage);
                continue;
            }
            node = self.positional(node, a, &mut g)?;
        }
        Some(Plan {
            node,
            stages: g.stages,
            early: g.early,
            effects: g.effects,
        })
    }

    /// The function an adaptor applies, which may not assign variables
    /// outside it; the variables its closure's calls assign are effects.
    fn pure(
        &mut self,
        a: &Adaptor,
        f: &crate::ast::FnArg,
        effects: &mut Vec<VarId>,
    ) -> Option<Callable> {
        let c = self.callable(f)?;
        if let Callable::Closure(def) = &c {
            if let Some(v) = crate::ast::captured_assignments(&def.code).first() {
                self.errors.push(
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
    }

    /// An adaptor after the first `filter` or `take_while` (`first`): a
    /// step of the loop body.
    fn stage(&mut self, a: &Adaptor, first: &str, g: &mut Gathered) -> Option<Stage> {
        let span = a.span;
        Some(match &a.kind {
            AdaptorKind::Map(f) => Stage::Map(self.pure(a, f, &mut g.effects)?),
            AdaptorKind::Filter(f) => Stage::Filter(self.pure(a, f, &mut g.effects)?),
            AdaptorKind::TakeWhile(f) => {
                g.early = true;
                Stage::TakeWhile(self.pure(a, f, &mut g.effects)?)
            }
            AdaptorKind::Enumerate => Stage::Enumerate(self.counter()),
            AdaptorKind::Skip(n) => {
                let n = self.one(n)?;
                Stage::Skip(self.counter(), n)
            }
            AdaptorKind::Take(n) => {
                g.early = true;
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
        })
    }

    /// `node` with a positional adaptor applied; a `filter` or `take_while`
    /// becomes the first stage instead.
    fn positional(&mut self, node: Node, a: &Adaptor, g: &mut Gathered) -> Option<Node> {
        let span = a.span;
        Some(match &a.kind {
            AdaptorKind::Map(f) => {
                let dom = node.dom;
                Node {
                    pos: Pos::Map(Box::new(node), self.pure(a, f, &mut g.effects)?),
                    dom,
                }
            }
            AdaptorKind::Filter(f) => {
                g.sequential = Some("filter");
                g.stages
                    .push(Stage::Filter(self.pure(a, f, &mut g.effects)?));
                node
            }
            AdaptorKind::TakeWhile(f) => {
                g.sequential = Some("take_while");
                g.early = true;
                g.stages
                    .push(Stage::TakeWhile(self.pure(a, f, &mut g.effects)?));
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
                self.step_by(node, s, span)?
            }
        })
    }

    /// `node.step_by(s)`: the positions `lo + j * s` of `ceil(n / s)`
    /// elements.
    fn step_by(&mut self, node: Node, s: Value, span: Span) -> Option<Node> {
        let n = self.dom_len(node.dom, span);
        // ceil(n / s), without overflow: 0 for n == 0, else
        // (n - 1) / s + 1.
        let zero = self.int_literal("0");
        let nonempty = self.push(InstKind::Binary(BinOp::Gt, n, zero), Ty::Bool, None, span);
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
        Some(Node {
            pos: Pos::StepBy(Box::new(node), s),
            dom: Domain {
                lo: None,
                hi: len,
                inclusive: false,
            },
        })
    }

    /// A hidden integer counter starting at zero.
    pub(super) fn counter(&mut self) -> VarId {
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

    /// `a.zip(b)`: driven in the coordinates of the side whose domain may
    /// not start at zero, so that `x.iter().zip(x.iter().skip(1))` is the
    /// loop `for j in 1..n` reading `x[j - 1]` and `x[j]`, with no
    /// saturating length for the optimiser to see through.
    pub(super) fn zip(&mut self, a: Node, b: Node, span: Span) -> Node {
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
}
