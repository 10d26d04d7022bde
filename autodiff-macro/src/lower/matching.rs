//! `match` as a chain of conditionals. The scrutinee is lowered once; each
//! arm becomes `if test && guard { bind; body } else { the next arms }`,
//! so the IR needs no new instruction and the transforms see only `If`s.
//! The last arm without a guard is the final `else`: rustc has checked that
//! the `match` is exhaustive. `if let`, `let .. else` and `while let` are
//! parsed as `match`es and lowered here too.
//!
//! A test is built from the parts of the scrutinee: literals and ranges
//! are comparisons, tuple and array patterns test their elements (a slice
//! its length first), `Some(p)` / `None` read the "is some" flag of an
//! option built in the body ([`Lv::Opt`]). A constant the macro does not
//! see into (an enum of the user's, an option from a call) is tested by
//! rustc: `matches!(c, PATTERN)` as a constant expression.

use super::pattern::pattern_tokens;
use super::*;
use quote::quote;

/// The condition under which a pattern matches.
pub(super) enum Test {
    /// The pattern matches every value of its type.
    Always,
    /// The pattern matches when this `bool` holds.
    When(Value),
}

impl<'e> Lowerer<'e> {
    /// `match scrutinee { arms }`: its value, or the values its arms assign.
    pub(super) fn match_expr(
        &mut self,
        scrutinee: &Expr,
        arms: &[MatchArm],
        span: Span,
    ) -> Option<Lv> {
        let s = self.expr(scrutinee);
        if self.dead {
            return None;
        }
        let Some(s) = s else {
            self.errors
                .push(span, "this `match` has no value to match on");
            return None;
        };
        self.match_arms(&s, arms)
    }

    fn match_arms(&mut self, s: &Lv, arms: &[MatchArm]) -> Option<Lv> {
        let Some((arm, rest)) = arms.split_first() else {
            // No arm matches: rustc has proved this unreachable.
            self.dead = true;
            return None;
        };
        if rest.is_empty() && arm.guard.is_none() {
            return self.arm_body(arm, s);
        }
        let Some(cond) = self.arm_condition(arm, s)? else {
            // The arm matches whatever is left; later arms are unreachable.
            return self.arm_body(arm, s);
        };
        self.branches(
            cond,
            arm.span,
            |l| l.arm_body(arm, s),
            |l| l.match_arms(s, rest),
        )
    }

    /// The arm's body with its pattern bound.
    fn arm_body(&mut self, arm: &MatchArm, s: &Lv) -> Option<Lv> {
        self.scopes.push(Vec::new());
        self.bind_pattern(&arm.pat, s.clone(), arm.span);
        let v = self.expr(&arm.body);
        self.scopes.pop();
        v
    }

    /// When the arm is taken: its pattern's test and then its guard (with
    /// the pattern's names bound); `None` inside for always.
    fn arm_condition(&mut self, arm: &MatchArm, s: &Lv) -> Option<Option<Value>> {
        let test = self.test(&arm.pat, s, arm.span)?;
        let Some(guard) = &arm.guard else {
            return Some(match test {
                Test::Always => None,
                Test::When(c) => Some(c),
            });
        };
        let guarded = |l: &mut Self| {
            l.scopes.push(Vec::new());
            l.bind_pattern(&arm.pat, s.clone(), arm.span);
            let g = l.one(guard);
            l.scopes.pop();
            g
        };
        match test {
            Test::Always => guarded(self).map(Some),
            Test::When(c) => {
                let v = self.branches(
                    c,
                    arm.span,
                    |l| guarded(l).map(Lv::One),
                    |l| Some(Lv::One(l.literal_bool(false))),
                )?;
                match v {
                    Lv::One(v) => Some(Some(v)),
                    _ => None,
                }
            }
        }
    }

    /// The condition under which `pat` matches `value`.
    pub(super) fn test(&mut self, pat: &Pattern, value: &Lv, span: Span) -> Option<Test> {
        if let Lv::One(v) = value {
            if self.is_constant(*v) && !irrefutable(pat) {
                return Some(Test::When(self.rustc_test(pat, *v, span)));
            }
        }
        match (pat, value) {
            (Pattern::Wild | Pattern::Ident(_) | Pattern::Rest(_), _) => Some(Test::Always),
            (Pattern::At(_, p) | Pattern::Ref(p), _) => self.test(p, value, span),
            (Pattern::Or(cases), _) => {
                let mut acc: Option<Value> = None;
                for c in cases {
                    match self.test(c, value, span)? {
                        Test::Always => return Some(Test::Always),
                        Test::When(t) => acc = Some(self.combine(BinOp::BitOr, acc, t, span)),
                    }
                }
                Some(acc.map_or(Test::Always, Test::When))
            }
            (Pattern::Lit(lit), Lv::One(v)) => {
                let ty = crate::parse::literal_type(lit);
                let l = self.push(InstKind::Literal(lit.clone()), ty, None, lit.span());
                Some(Test::When(self.binary(BinOp::Eq, *v, l, span)))
            }
            (
                Pattern::Range {
                    lo, hi, inclusive, ..
                },
                Lv::One(v),
            ) => {
                let mut acc = None;
                if let Some(lo) = lo {
                    let lo = self.range_end(lo);
                    let t = self.binary(BinOp::Ge, *v, lo, span);
                    acc = Some(t);
                }
                if let Some(hi) = hi {
                    let hi = self.range_end(hi);
                    let op = if *inclusive { BinOp::Le } else { BinOp::Lt };
                    let t = self.binary(op, *v, hi, span);
                    acc = Some(self.combine(BinOp::BitAnd, acc, t, span));
                }
                Some(acc.map_or(Test::Always, Test::When))
            }
            (Pattern::Tuple(items), Lv::Tuple(parts)) => {
                let n = parts.len();
                let rest = items.iter().position(|i| matches!(i, Pattern::Rest(_)));
                let mut acc = None;
                for (k, p) in items.iter().enumerate() {
                    let part = match rest {
                        Some(r) if k > r => parts.get(n.checked_sub(items.len() - k)?),
                        Some(r) if k == r => continue,
                        _ => parts.get(k),
                    };
                    let Some(part) = part else {
                        self.errors
                            .push(span, "this tuple pattern has more elements than the tuple");
                        return None;
                    };
                    if let Test::When(t) = self.test(p, part, span)? {
                        acc = Some(self.combine(BinOp::BitAnd, acc, t, span));
                    }
                }
                Some(acc.map_or(Test::Always, Test::When))
            }
            (Pattern::Slice(items, s), Lv::One(v)) => self.test_slice(items, *v, *s),
            (Pattern::Some(p, _), Lv::Opt(some, payload)) => {
                let Some(payload) = payload.as_deref() else {
                    return Some(Test::When(*some));
                };
                if irrefutable(p) {
                    return Some(Test::When(*some));
                }
                // The payload is tested only when there is one.
                let v = self.branches(
                    *some,
                    span,
                    |l| {
                        let t = l.test(p, payload, span)?;
                        Some(Lv::One(l.test_value(t)))
                    },
                    |l| Some(Lv::One(l.literal_bool(false))),
                )?;
                match v {
                    Lv::One(v) => Some(Test::When(v)),
                    _ => None,
                }
            }
            (Pattern::None(_), Lv::Opt(some, _)) => {
                let some = *some;
                Some(Test::When(self.push(
                    InstKind::Unary(UnOp::Not, some),
                    Ty::Bool,
                    None,
                    span,
                )))
            }
            (Pattern::Some(_, s) | Pattern::None(s), _) => {
                self.not_an_option(*s);
                None
            }
            (Pattern::Const { pat: p, binds }, Lv::One(v)) => {
                let v = *v;
                match self.func.ty(v) {
                    // `x == f64::INFINITY`: a constant compared with a value
                    // that may carry a derivative. A unit variant (`Kind::Relu`,
                    // CamelCase) on a value of unseen type is an enum's, which
                    // need not have `==`: rustc tests it.
                    Ty::Unknown if binds.is_empty() && names_a_variant(p) => {
                        Some(Test::When(self.rustc_test(pat, v, span)))
                    }
                    Ty::Float(_) | Ty::Unknown if binds.is_empty() => {
                        let c = self.opaque(
                            &syn::parse_quote!(#p),
                            &[],
                            OpaqueKind::Other("constant"),
                            span,
                        );
                        Some(Test::When(self.binary(BinOp::Eq, v, c, span)))
                    }
                    _ => Some(Test::When(self.rustc_test(pat, v, span))),
                }
            }
            _ => {
                self.errors.push(
                    span,
                    "this pattern does not fit the value it is matched against: tuple patterns \
                     match tuples built in the function, array patterns arrays and slices, \
                     `Some`/`None` options",
                );
                None
            }
        }
    }

    /// `[a, b, ..]` on an array (its elements) or a slice (its length,
    /// then its elements).
    fn test_slice(&mut self, items: &[Pattern], base: Value, span: Span) -> Option<Test> {
        let ty = self.func.ty(base).clone();
        let rest = items.iter().position(|i| match i {
            Pattern::Rest(_) => true,
            Pattern::At(_, r) => matches!(**r, Pattern::Rest(_)),
            _ => false,
        });
        let named = items.len() - usize::from(rest.is_some());
        let fixed = match &ty {
            Ty::Array(_, len) => len.literal(),
            Ty::Vec(_) => None,
            _ => {
                self.errors
                    .push(span, "this array pattern needs an array or a slice");
                return None;
            }
        };
        let elements = |l: &mut Self| -> Option<Test> {
            let mut acc = None;
            for (k, p) in items.iter().enumerate() {
                if irrefutable(p) {
                    continue;
                }
                let i = match rest {
                    Some(r) if k > r => {
                        let back = items.len() - k;
                        match fixed {
                            Some(n) => l.int_literal(&n.saturating_sub(back).to_string()),
                            None => {
                                let len = l.push(InstKind::Len(base), Ty::Int, None, span);
                                let b = l.int_literal(&back.to_string());
                                l.push(InstKind::Binary(BinOp::Sub, len, b), Ty::Int, None, span)
                            }
                        }
                    }
                    _ => l.int_literal(&k.to_string()),
                };
                let e = l.index(base, vec![i], span);
                if let Test::When(t) = l.test(p, &Lv::One(e), span)? {
                    acc = Some(l.combine(BinOp::BitAnd, acc, t, span));
                }
            }
            Some(acc.map_or(Test::Always, Test::When))
        };
        if matches!(ty, Ty::Array(..)) {
            return elements(self);
        }
        // A slice: its length first; the elements only if it fits.
        let len = self.push(InstKind::Len(base), Ty::Int, None, span);
        let n = self.int_literal(&named.to_string());
        let op = if rest.is_some() { BinOp::Ge } else { BinOp::Eq };
        let fits = self.push(InstKind::Binary(op, len, n), Ty::Bool, None, span);
        if items.iter().all(irrefutable) {
            return Some(Test::When(fits));
        }
        let v = self.branches(
            fits,
            span,
            |l| {
                let t = elements(l)?;
                Some(Lv::One(l.test_value(t)))
            },
            |l| Some(Lv::One(l.literal_bool(false))),
        )?;
        match v {
            Lv::One(v) => Some(Test::When(v)),
            _ => None,
        }
    }

    /// `matches!(v, PATTERN)`, evaluated by rustc on the constant `v`
    /// (written out: the inputs of a constant expression are replaced in
    /// expressions, not inside macros).
    fn rustc_test(&mut self, pat: &Pattern, v: Value, span: Span) -> Value {
        let m = input_ident(0);
        let p = pattern_tokens(pat, None);
        let tokens = quote! {
            match #m {
                #p => true,
                #[allow(unreachable_patterns)]
                _ => false,
            }
        };
        self.constant_of(tokens, v, span, None, Ty::Bool)
    }

    /// A test as a `bool` value.
    fn test_value(&mut self, t: Test) -> Value {
        match t {
            Test::Always => self.literal_bool(true),
            Test::When(v) => v,
        }
    }

    /// `acc op t` (just `t` for the first).
    fn combine(&mut self, op: BinOp, acc: Option<Value>, t: Value, span: Span) -> Value {
        match acc {
            None => t,
            Some(a) => self.push(InstKind::Binary(op, a, t), Ty::Bool, None, span),
        }
    }

    /// An end of a range pattern: a literal, or a constant kept as written.
    fn range_end(&mut self, e: &syn::Expr) -> Value {
        match e {
            syn::Expr::Lit(l) => {
                let ty = crate::parse::literal_type(&l.lit);
                self.push(InstKind::Literal(l.lit.clone()), ty, None, l.lit.span())
            }
            other => self.opaque(
                other,
                &[],
                OpaqueKind::Other("constant"),
                syn::spanned::Spanned::span(other),
            ),
        }
    }
}

/// Whether a pattern matches every value of its type (as far as the macro
/// can tell; rustc has the last word on the constants it tests).
pub(super) fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::Wild | Pattern::Ident(_) | Pattern::Rest(_) => true,
        Pattern::At(_, p) | Pattern::Ref(p) => irrefutable(p),
        Pattern::Tuple(items) => items.iter().all(irrefutable),
        Pattern::Or(cases) => cases.iter().any(irrefutable),
        Pattern::Slice(..)
        | Pattern::Lit(_)
        | Pattern::Range { .. }
        | Pattern::Some(..)
        | Pattern::None(_)
        | Pattern::Const { .. } => false,
    }
}

/// Whether the pattern `p` is a path whose last segment is CamelCase (a
/// variant, `Kind::Relu`), not SCREAMING_CASE (a constant, `f64::INFINITY`).
fn names_a_variant(p: &syn::Pat) -> bool {
    let path = match p {
        syn::Pat::Path(pp) => &pp.path,
        syn::Pat::Ident(pi) if pi.subpat.is_none() => {
            let name = pi.ident.to_string();
            return name.starts_with(char::is_uppercase) && name.chars().any(char::is_lowercase);
        }
        _ => return false,
    };
    path.segments.last().is_some_and(|s| {
        let name = s.ident.to_string();
        name.starts_with(char::is_uppercase) && name.chars().any(char::is_lowercase)
    })
}
