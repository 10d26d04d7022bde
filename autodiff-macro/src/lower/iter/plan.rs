//! A chain's plan: its positional adaptors as a [`Node`], the rest as
//! [`Stage`]s.

use super::*;

impl Lowerer<'_> {
    pub(super) fn plan(&mut self, chain: &Chain) -> Option<Plan> {
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
