//! Methods of nalgebra values: `v.norm()`, `v.dot(&w)`, `m.column(j)`,
//! `v.map(|e| ..)`, ...

use super::*;

impl Lowerer<'_> {
    /// A method of nalgebra on the matrix `m`: `Some` of its result (`None`
    /// inside after an error), `None` if `m` is no matrix or the method is
    /// not one the macro lowers.
    pub(in crate::lower) fn na_method(
        &mut self,
        m: Value,
        name: &str,
        args: &[CallArg],
        span: Span,
    ) -> Option<Option<Value>> {
        let d = self.na_dims(m)?;
        if let Some(picks) = nalgebra::swizzle(name).filter(|_| d.cols == 1 && args.is_empty()) {
            return Some(self.na_swizzle(m, d, name, &picks, span));
        }
        if nalgebra::is_mapping(name) {
            return Some(self.na_mapping(m, d, name, args, span));
        }
        if !nalgebra::METHODS.contains(&name) {
            return None;
        }
        let args: Option<Vec<Value>> = args.iter().map(|a| self.one(&a.expr)).collect();
        let args = match args {
            Some(a) => a,
            None => return Some(None),
        };
        let float = self.na_float(m);
        let arity = method_arity(name);
        if args.len() != arity {
            self.errors.push(
                span,
                format!("`{name}` takes {arity} argument(s), found {}", args.len()),
            );
            return Some(None);
        }
        let other = |l: &mut Self, what: &str| l.na_same_dims(args[0], d, name, what, span);
        Some(match name {
            "norm_squared" | "magnitude_squared" => Some(self.na_norm_squared(m, d, float, span)),
            "norm" | "magnitude" => {
                let s = self.na_norm_squared(m, d, float, span);
                Some(self.na_math("sqrt", vec![s], span))
            }
            "normalize" => {
                let s = self.na_norm_squared(m, d, float, span);
                let n = self.na_math("sqrt", vec![s], span);
                Some(self.na_map(m, d, span, |l, e| l.binary(BinOp::Div, e, n, span)))
            }
            "dot" => other(self, "the dot product").map(|o| {
                let xs = self.na_elems(m, d, span);
                let ys = self.na_elems(o, d, span);
                let terms: Vec<Value> = xs
                    .into_iter()
                    .zip(ys)
                    .map(|(x, y)| self.binary(BinOp::Mul, x, y, span))
                    .collect();
                self.na_sum(terms, float, span)
            }),
            "component_mul" => {
                other(self, "`component_mul`").map(|o| self.na_zip(BinOp::Mul, m, o, d, span))
            }
            "component_div" => {
                other(self, "`component_div`").map(|o| self.na_zip(BinOp::Div, m, o, d, span))
            }
            "cross" => {
                if d != (Dims { rows: 3, cols: 1 }) {
                    self.errors.push(
                        span,
                        "`cross` is supported on 3-vectors (`Vector3`) in a differentiated function",
                    );
                    return Some(None);
                }
                other(self, "the cross product").map(|o| self.na_cross(m, o, span))
            }
            "scale" => {
                let s = args[0];
                Some(self.na_map(m, d, span, |l, e| l.binary(BinOp::Mul, e, s, span)))
            }
            "transpose" => Some(self.na_transpose(m, d, span).0),
            "sum" => {
                let xs = self.na_elems(m, d, span);
                Some(self.na_sum(xs, float, span))
            }
            "trace" => {
                let diag: Vec<Value> = (0..d.rows.min(d.cols))
                    .map(|k| self.na_at(m, k, k, span))
                    .collect();
                Some(self.na_sum(diag, float, span))
            }
            "determinant" => self.na_determinant(m, d, span),
            // The inverse of a rotation (the only nalgebra value held as a
            // matrix with an `inverse` method) is its transpose.
            "inverse" => Some(self.na_transpose(m, d, span).0),
            // `clone`, and what gives a rotation's matrix or a unit
            // vector's vector: the value itself.
            "clone" | "into_inner" | "into_owned" | "matrix" | "to_rotation_matrix" => Some(m),
            _ => self.na_more(m, d, name, &args, span),
        })
    }

    /// `m.fixed_rows::<N>(i)`, `m.fixed_columns::<N>(j)`,
    /// `m.fixed_view::<R, C>(i, j)`: the block, copied (sizes as numbers,
    /// starts any integers). `None` if `m` is no matrix or the method is
    /// none of these.
    pub(in crate::lower) fn na_view(
        &mut self,
        m: Value,
        name: &Ident,
        turbofish: Option<&syn::AngleBracketedGenericArguments>,
        args: &[CallArg],
        span: Span,
    ) -> Option<Option<Value>> {
        let d = self.na_dims(m)?;
        let name = name.to_string();
        let n = match name.as_str() {
            "fixed_rows" | "fixed_columns" => 1,
            "fixed_view" => 2,
            _ => return None,
        };
        let sizes: Option<Vec<usize>> =
            turbofish.and_then(|t| t.args.iter().map(nalgebra::const_arg).collect());
        let sizes = sizes.filter(|s| s.len() == n && args.len() == n);
        let Some(sizes) = sizes else {
            self.errors.push(
                span,
                format!(
                    "`{name}` takes its size as a number and its start here: \
                     `fixed_rows::<3>(i)`, `fixed_columns::<2>(j)`, `fixed_view::<2, 2>(i, j)`"
                ),
            );
            return Some(None);
        };
        let starts: Option<Vec<Value>> = args.iter().map(|a| self.one(&a.expr)).collect();
        let Some(starts) = starts else {
            return Some(None);
        };
        let (row0, col0, out) = match name.as_str() {
            "fixed_rows" => (
                Some(starts[0]),
                None,
                Dims {
                    rows: sizes[0],
                    cols: d.cols,
                },
            ),
            "fixed_columns" => (
                None,
                Some(starts[0]),
                Dims {
                    rows: d.rows,
                    cols: sizes[0],
                },
            ),
            _ => (
                Some(starts[0]),
                Some(starts[1]),
                Dims {
                    rows: sizes[0],
                    cols: sizes[1],
                },
            ),
        };
        if out.rows > d.rows || out.cols > d.cols {
            self.na_dims_error(span, &format!("`{name}`"), d, out);
            return Some(None);
        }
        let at = |l: &mut Self, start: Option<Value>, k: usize| {
            let k = l.int_literal(&k.to_string());
            match start {
                Some(s) => l.binary(BinOp::Add, s, k, span),
                None => k,
            }
        };
        Some(Some(self.na_build(out, span, |l, r, c| {
            let (r, c) = (at(l, row0, r), at(l, col0, c));
            l.index(m, vec![c, r], span)
        })))
    }

    /// `o` if it is a nalgebra value of dimensions `d`, the argument of
    /// `name` (`what` in the message); reports it otherwise.
    pub(super) fn na_same_dims(
        &mut self,
        o: Value,
        d: Dims,
        name: &str,
        what: &str,
        span: Span,
    ) -> Option<Value> {
        match self.na_dims(o) {
            Some(od) if od == d => Some(o),
            Some(od) => {
                self.na_dims_error(span, what, d, od);
                None
            }
            None => {
                self.errors.push(
                    span,
                    format!(
                        "`{name}` takes a nalgebra value of the receiver's size here; pass a \
                         vector or matrix built in this function or a parameter"
                    ),
                );
                None
            }
        }
    }

    /// `v.xy()`, `v.zyx()`, ...: the vector of the picked components.
    pub(super) fn na_swizzle(
        &mut self,
        v: Value,
        d: Dims,
        name: &str,
        picks: &[usize],
        span: Span,
    ) -> Option<Value> {
        if picks.iter().any(|k| *k >= d.rows) {
            self.errors.push(
                span,
                format!(
                    "`{name}` reads a component that a vector of {} does not have",
                    d.rows
                ),
            );
            return None;
        }
        let out = Dims {
            rows: picks.len(),
            cols: 1,
        };
        Some(self.na_build(out, span, |l, r, _| l.na_at(v, picks[r], 0, span)))
    }

    /// The methods of [`nalgebra::METHODS`] that `na_method` does not
    /// lower itself: element-wise and reducing ones, rows and columns,
    /// `lerp`, `angle`, `perp` and the transforms of rotations.
    pub(super) fn na_more(
        &mut self,
        m: Value,
        d: Dims,
        name: &str,
        args: &[Value],
        span: Span,
    ) -> Option<Value> {
        let float = self.na_float(m);
        let elementwise = |l: &mut Self, op: BinOp| {
            let s = args[0];
            l.na_map(m, d, span, |l, e| l.binary(op, e, s, span))
        };
        Some(match name {
            "unscale" => elementwise(self, BinOp::Div),
            "add_scalar" => elementwise(self, BinOp::Add),
            "metric_distance" => {
                let o = self.na_same_dims(args[0], d, name, "`metric_distance`", span)?;
                let diff = self.na_zip(BinOp::Sub, m, o, d, span);
                let s = self.na_norm_squared(diff, d, float, span);
                self.na_math("sqrt", vec![s], span)
            }
            "lerp" => {
                // nalgebra's `self * (1 - t) + rhs * t`.
                let o = self.na_same_dims(args[0], d, name, "`lerp`", span)?;
                let t = args[1];
                let one = self.float_literal("1.0", float, span);
                let u = self.binary(BinOp::Sub, one, t, span);
                self.na_build(d, span, |l, r, c| {
                    let (a, b) = (l.na_at(m, r, c, span), l.na_at(o, r, c, span));
                    let (a, b) = (
                        l.binary(BinOp::Mul, a, u, span),
                        l.binary(BinOp::Mul, b, t, span),
                    );
                    l.binary(BinOp::Add, a, b, span)
                })
            }
            "mean" => {
                let xs = self.na_elems(m, d, span);
                let n = xs.len();
                let total = self.na_sum(xs, float, span);
                let n = self.float_literal(&format!("{n}.0"), float, span);
                self.binary(BinOp::Div, total, n, span)
            }
            "product" => {
                let xs = self.na_elems(m, d, span);
                let mut it = xs.into_iter();
                let first = it.next()?;
                it.fold(first, |acc, x| self.binary(BinOp::Mul, acc, x, span))
            }
            "max" | "min" => {
                let xs = self.na_elems(m, d, span);
                self.na_fold_math(name, xs, span)?
            }
            "amax" | "amin" => {
                let xs = self.na_elems(m, d, span);
                let xs: Vec<Value> = xs
                    .into_iter()
                    .map(|x| self.na_math("abs", vec![x], span))
                    .collect();
                self.na_fold_math(if name == "amax" { "max" } else { "min" }, xs, span)?
            }
            "diagonal" => {
                let n = Dims {
                    rows: d.rows.min(d.cols),
                    cols: 1,
                };
                self.na_build(n, span, |l, r, _| l.na_at(m, r, r, span))
            }
            "column" => {
                let j = args[0];
                let col = Dims {
                    rows: d.rows,
                    cols: 1,
                };
                self.na_build(col, span, |l, r, _| {
                    let r = l.int_literal(&r.to_string());
                    l.index(m, vec![j, r], span)
                })
            }
            "row" => {
                let i = args[0];
                let row = Dims {
                    rows: 1,
                    cols: d.cols,
                };
                self.na_build(row, span, |l, _, c| {
                    let c = l.int_literal(&c.to_string());
                    l.index(m, vec![c, i], span)
                })
            }
            "perp" => self.na_perp(m, d, args[0], span)?,
            "angle" => self.na_angle(m, d, args[0], span)?,
            "cross_matrix" => self.na_cross_matrix(m, d, span)?,
            "transform_vector"
            | "transform_point"
            | "inverse_transform_vector"
            | "inverse_transform_point" => self.na_transform(m, d, name, args[0], span)?,
            _ => return None,
        })
    }

    /// `v.map(|e| ..)`, `v.zip_map(&w, |a, b| ..)`: the closure inlined at
    /// each element.
    pub(super) fn na_mapping(
        &mut self,
        m: Value,
        d: Dims,
        name: &str,
        args: &[CallArg],
        span: Span,
    ) -> Option<Value> {
        let zip = name == "zip_map";
        let (
            Some(CallArg {
                expr: Expr::Closure(c),
                ..
            }),
            true,
        ) = (args.last(), args.len() == 1 + usize::from(zip))
        else {
            self.errors.push(
                span,
                if zip {
                    "`zip_map` takes a nalgebra value and a closure (`v.zip_map(&w, |a, b| ..)`) here"
                } else {
                    "`map` takes a closure (`v.map(|e| ..)`) here"
                },
            );
            return None;
        };
        let other = if zip {
            let o = self.one(&args[0].expr)?;
            Some(self.na_same_dims(o, d, name, "`zip_map`", span)?)
        } else {
            None
        };
        let def = self.define_closure(c);
        let float = self.na_float(m);
        let mut ok = true;
        let out = self.na_build(d, span, |l, r, col| {
            let mut elems = vec![closure::Elem::One(l.na_at(m, r, col, span))];
            if let Some(o) = other {
                elems.push(closure::Elem::One(l.na_at(o, r, col, span)));
            }
            match l.call_closure(&def, elems, span) {
                Some(closure::Elem::One(v)) if !l.func.ty(v).is_aggregate() => v,
                other => {
                    if other.is_some() && ok {
                        l.errors.push(
                            span,
                            format!("the closure of `{name}` must return a float here"),
                        );
                    }
                    ok = false;
                    l.float_literal("0.0", float, span)
                }
            }
        });
        ok.then_some(out)
    }

    /// `f` (`max` or `min`) folded over `xs`, left to right.
    pub(super) fn na_fold_math(&mut self, f: &str, xs: Vec<Value>, span: Span) -> Option<Value> {
        let mut it = xs.into_iter();
        let first = it.next()?;
        Some(it.fold(first, |acc, x| self.na_math(f, vec![acc, x], span)))
    }

    /// `a.angle(&b)` as nalgebra computes it: 0 if either is zero, else the
    /// arc cosine of the cosine clamped to [-1, 1].
    pub(super) fn na_angle(&mut self, a: Value, d: Dims, b: Value, span: Span) -> Option<Value> {
        let b = self.na_same_dims(b, d, "angle", "`angle`", span)?;
        let float = self.na_float(a);
        let (xs, ys) = (self.na_elems(a, d, span), self.na_elems(b, d, span));
        let terms: Vec<Value> = xs
            .into_iter()
            .zip(ys)
            .map(|(x, y)| self.binary(BinOp::Mul, x, y, span))
            .collect();
        let dot = self.na_sum(terms, float, span);
        let (na, nb) = (
            self.na_norm_squared(a, d, float, span),
            self.na_norm_squared(b, d, float, span),
        );
        // The norms are taken inside the branch: the square root's
        // derivative at 0 is infinite, and even a zero adjoint times it
        // would make the gradient NaN where a vector is zero.
        let zero = self.float_literal("0.0", float, span);
        let (a_nonzero, b_nonzero) = (
            self.binary(BinOp::Ne, na, zero, span),
            self.binary(BinOp::Ne, nb, zero, span),
        );
        let nonzero = self.binary(BinOp::BitAnd, a_nonzero, b_nonzero, span);
        let angle = self.branches(
            nonzero,
            span,
            move |l| {
                let (n1, n2) = (
                    l.na_math("sqrt", vec![na], span),
                    l.na_math("sqrt", vec![nb], span),
                );
                let n = l.binary(BinOp::Mul, n1, n2, span);
                let cos = l.binary(BinOp::Div, dot, n, span);
                let lo = l.float_literal("-1.0", float, span);
                let hi = l.float_literal("1.0", float, span);
                let cos = l.na_math("clamp", vec![cos, lo, hi], span);
                Some(Lv::One(l.na_math("acos", vec![cos], span)))
            },
            move |_| Some(Lv::One(zero)),
        );
        match angle {
            Some(Lv::One(v)) => Some(v),
            _ => None,
        }
    }
}

/// How many arguments a method of [`nalgebra::METHODS`] takes.
fn method_arity(name: &str) -> usize {
    match name {
        "lerp" => 2,
        "dot"
        | "cross"
        | "component_mul"
        | "component_div"
        | "scale"
        | "unscale"
        | "metric_distance"
        | "add_scalar"
        | "angle"
        | "perp"
        | "column"
        | "row"
        | "transform_vector"
        | "transform_point"
        | "inverse_transform_vector"
        | "inverse_transform_point" => 1,
        _ => 0,
    }
}
