//! Blocks and statements.

use super::*;

impl Parser<'_> {
    /// `t.0 = e`, `t.1.0 += e` on a variable: the whole tuple assigned,
    /// with that item replaced (`t = t with .0 = e`); `None` for any
    /// other place.
    fn tuple_item_assign(
        &mut self,
        lhs: &syn::Expr,
        op: Option<BinOp>,
        rhs: &syn::Expr,
        span: Span,
    ) -> Option<Stmt> {
        let mut items = Vec::new();
        let mut place = strip_parens(lhs);
        while let syn::Expr::Field(f) = place {
            let syn::Member::Unnamed(index) = &f.member else {
                return None;
            };
            items.push(index.index as usize);
            place = strip_parens(&f.base);
        }
        let target = match place {
            syn::Expr::Path(p) if p.qself.is_none() => p.path.get_ident()?.clone(),
            _ => return None,
        };
        if items.is_empty() {
            return None;
        }
        items.reverse();
        let value = self.expr(rhs)?;
        let value = match op {
            None => value,
            Some(op) => {
                let current = self.expr(lhs)?;
                Expr::Binary(op, Box::new(current), Box::new(value), span)
            }
        };
        Some(Stmt::Assign {
            target: target.clone(),
            path: Vec::new(),
            op: None,
            value: Expr::TupleWith(Box::new(Expr::Var(target)), items, Box::new(value), span),
            span,
        })
    }

    pub(super) fn block(&mut self, block: &syn::Block) -> Block {
        let mut stmts = Vec::new();
        let mut tail = None;
        let n = block.stmts.len();
        for (i, stmt) in block.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(local) => {
                    if let Some(s) = self.local(local) {
                        stmts.push(s);
                    }
                }
                syn::Stmt::Item(item) => self.errors.push_spanned(
                    item,
                    "items (functions, structs, `use`, ...) inside a differentiated function are \
                     not supported: move them outside the function",
                ),
                syn::Stmt::Macro(m) => match self.check_macro(&m.mac) {
                    Some(Some(check)) => stmts.push(Stmt::Expr(check)),
                    Some(None) => {}
                    None => self.reject_macro(&m.mac),
                },
                syn::Stmt::Expr(e, semi) => {
                    if semi.is_none() && i + 1 == n {
                        if let Some(s) = self.assignment(e) {
                            stmts.push(s);
                        } else if let Some(e) = self.expr(e) {
                            tail = Some(Box::new(e));
                        }
                    } else if let Some(s) = self.assignment(e) {
                        stmts.push(s);
                    } else if let Some(e) = self.expr(e) {
                        stmts.push(Stmt::Expr(e));
                    }
                }
            }
        }
        Block { stmts, tail }
    }

    pub(super) fn local(&mut self, local: &syn::Local) -> Option<Stmt> {
        if let Some(init) = &local.init {
            if let Some((_, diverge)) = &init.diverge {
                return self.let_else(local, diverge);
            }
        }
        let (pat, ty) = match &local.pat {
            syn::Pat::Type(pt) => (&*pt.pat, Some(value_type(&pt.ty))),
            p => (p, None),
        };
        let pat = self.pattern(pat)?;
        let init = match &local.init {
            // `let sq = |t| t * t;`: the one place a closure is a value.
            Some(init) => match strip_parens(&init.expr) {
                syn::Expr::Closure(c) => Some(Expr::Closure(self.closure(c)?)),
                e => Some(self.expr(e)?),
            },
            None => None,
        };
        // `let t: (f64, f64) = (1.5, x);`: the IR has no tuple types, so
        // the annotation's float widths go to the items, as the casts rustc
        // would otherwise infer (`(1.5 as f64, x as f64)`).
        let init = match (&local.pat, init) {
            (syn::Pat::Type(pt), Some(e)) => Some(annotate_tuple(&pt.ty, e)),
            (_, init) => init,
        };
        Some(Stmt::Let { pat, ty, init })
    }

    /// `x = e` and `x op= e` statements.
    pub(super) fn assignment(&mut self, e: &syn::Expr) -> Option<Stmt> {
        let (lhs, op, rhs, span) = match e {
            syn::Expr::Assign(a) => (&*a.left, None, &*a.right, a.span()),
            syn::Expr::Binary(b) => {
                let op = match b.op {
                    syn::BinOp::AddAssign(_) => BinOp::Add,
                    syn::BinOp::SubAssign(_) => BinOp::Sub,
                    syn::BinOp::MulAssign(_) => BinOp::Mul,
                    syn::BinOp::DivAssign(_) => BinOp::Div,
                    syn::BinOp::RemAssign(_) => BinOp::Rem,
                    syn::BinOp::BitAndAssign(_) => BinOp::BitAnd,
                    syn::BinOp::BitOrAssign(_) => BinOp::BitOr,
                    syn::BinOp::BitXorAssign(_) => BinOp::BitXor,
                    syn::BinOp::ShlAssign(_) => BinOp::Shl,
                    syn::BinOp::ShrAssign(_) => BinOp::Shr,
                    _ => return None,
                };
                (&*b.left, Some(op), &*b.right, b.span())
            }
            _ => return None,
        };
        if let Some(stmt) = self.tuple_item_assign(lhs, op, rhs, span) {
            return Some(stmt);
        }
        let mut path = Vec::new();
        let mut place = strip_parens(lhs);
        while let syn::Expr::Index(ix) = place {
            path.push(self.expr(&ix.index));
            place = strip_parens(&ix.expr);
        }
        path.reverse();
        let mut path: Option<Vec<Expr>> = path.into_iter().collect();
        let target = match place {
            syn::Expr::Path(p) if p.path.get_ident().is_some() && p.qself.is_none() => {
                p.path.get_ident().cloned()
            }
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                self.errors.push_spanned(
                    u,
                    "assigning through a reference (`*r = ..`, also to a `ref mut` binding) is \
                     not supported in a differentiated function: assign to the variable or the \
                     element itself (`x = ..`, `a[i] += ..`)",
                );
                None
            }
            syn::Expr::Field(f) if matches!(f.member, syn::Member::Unnamed(_)) => {
                self.errors.push_spanned(
                    f,
                    "assigning to an element of an item of a tuple is not supported in a \
                     differentiated function: copy the item into a local, update it, and \
                     assign it back (`let mut a = t.1; a[0] = v; t.1 = a;`)",
                );
                None
            }
            // `v.x = ..` of a local: a component of a nalgebra vector if `v`
            // holds one, which the lowering tells (the one path element is
            // the component, see `Lowerer::assign`).
            syn::Expr::Field(f)
                if crate::nalgebra::enabled()
                    && path.as_ref().is_some_and(Vec::is_empty)
                    && matches!(&f.member, syn::Member::Named(n)
                        if crate::nalgebra::component(&n.to_string()).is_some())
                    && matches!(strip_parens(&f.base), syn::Expr::Path(p)
                        if p.qself.is_none() && p.path.get_ident().is_some()) =>
            {
                let syn::Member::Named(name) = &f.member else {
                    return None;
                };
                let syn::Expr::Path(p) = strip_parens(&f.base) else {
                    return None;
                };
                let base = p.path.get_ident().cloned()?;
                // The fallback carries the place as written, for the
                // error's span if `v` is no nalgebra value.
                let written = Expr::Opaque {
                    expr: syn::Expr::Field(f.clone()),
                    free: Vec::new(),
                    kind: OpaqueKind::Other("assigned field"),
                    span: f.span(),
                };
                let marker = Expr::Component(
                    Box::new(Expr::Var(base.clone())),
                    name.clone(),
                    Box::new(written),
                    f.span(),
                );
                path = Some(vec![marker]);
                Some(base)
            }
            other => {
                self.errors.push_spanned(
                    other,
                    "only local variables can be assigned in a differentiated function: \
                     compute the new value into a local with `let`",
                );
                None
            }
        };
        let value = self.expr(rhs);
        Some(match (target, value, path) {
            (Some(target), Some(value), Some(path)) => Stmt::Assign {
                target,
                path,
                op,
                value,
                span,
            },
            // The error is recorded; an empty expression statement keeps the
            // rest of the block checkable.
            _ => Stmt::Expr(Expr::Block(Block {
                stmts: vec![],
                tail: None,
            })),
        })
    }
}

/// A tuple expression with the float items of a tuple annotation cast to
/// their annotated width (recursively); any other expression as it is.
fn annotate_tuple(ty: &syn::Type, e: Expr) -> Expr {
    let syn::Type::Tuple(t) = super::signature::ungroup(ty) else {
        return e;
    };
    let Expr::Tuple(items, span) = e else {
        return e;
    };
    if items.len() != t.elems.len() {
        return Expr::Tuple(items, span);
    }
    let items = items
        .into_iter()
        .zip(t.elems.iter())
        .map(|(item, ty)| match scalar_type(ty) {
            Ty::Float(w) => Expr::Cast(
                Box::new(item),
                CastTarget {
                    tokens: quote::ToTokens::to_token_stream(ty),
                    ty: Ty::Float(w),
                    into: false,
                },
                span,
            ),
            _ => annotate_tuple(ty, item),
        })
        .collect();
    Expr::Tuple(items, span)
}
