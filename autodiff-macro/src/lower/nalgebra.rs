//! nalgebra values (`crate::nalgebra`): a matrix of `R` rows and `C`
//! columns is the IR array of its columns, `[[T; R]; C]`, and each
//! operation on matrices is lowered to the float arithmetic on their
//! elements that it stands for: `a + b` to the sums of the elements,
//! `m * v` to the dot products of rows with `v`, `v.norm()` to the square
//! root of the sum of squares. The derivatives are then those of float
//! arithmetic, in every mode, and rustc sees straight-line code over
//! arrays.

use super::*;
use crate::ast::CallArg;
use crate::nalgebra::{self, NaType};

/// The dimensions of a matrix value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Dims {
    pub rows: usize,
    pub cols: usize,
}

/// The literal value of an array length as written.
fn len_of(len: &Len) -> Option<usize> {
    len.0.to_string().parse().ok()
}

impl Lowerer<'_> {
    /// The dimensions of `v` if its type is a matrix of floats
    /// (`[[F; R]; { C }]`, see `nalgebra::marked_len`) and nalgebra types
    /// are recognised.
    pub(super) fn na_dims(&self, v: Value) -> Option<Dims> {
        if !nalgebra::enabled() {
            return None;
        }
        let Ty::Array(col, c) = self.func.ty(v) else {
            return None;
        };
        let Ty::Array(e, r) = &**col else {
            return None;
        };
        matches!(**e, Ty::Float(_)).then_some(())?;
        Some(Dims {
            rows: len_of(r)?,
            cols: nalgebra::marked_cols(c)?,
        })
    }

    /// The float type of the elements of a matrix value.
    fn na_float(&self, v: Value) -> FloatTy {
        match self.func.ty(v).element(2) {
            Ty::Float(f) => f,
            _ => FloatTy::Infer,
        }
    }

    /// The element of `m` at row `r`, column `c`.
    fn na_at(&mut self, m: Value, r: usize, c: usize, span: Span) -> Value {
        let (c, r) = (
            self.int_literal(&c.to_string()),
            self.int_literal(&r.to_string()),
        );
        self.index(m, vec![c, r], span)
    }

    /// All elements of `m`, column by column.
    fn na_elems(&mut self, m: Value, d: Dims, span: Span) -> Vec<Value> {
        let mut out = Vec::new();
        for c in 0..d.cols {
            for r in 0..d.rows {
                out.push(self.na_at(m, r, c, span));
            }
        }
        out
    }

    /// The matrix of `d` whose element at (r, c) is `elem(r, c)`.
    fn na_build(
        &mut self,
        d: Dims,
        span: Span,
        mut elem: impl FnMut(&mut Self, usize, usize) -> Value,
    ) -> Value {
        let mut cols = Vec::new();
        let mut float = FloatTy::Infer;
        for c in 0..d.cols {
            let col: Vec<Value> = (0..d.rows).map(|r| elem(self, r, c)).collect();
            for v in &col {
                if let Ty::Float(f) = self.func.ty(*v) {
                    if *f != FloatTy::Infer {
                        float = *f;
                    }
                }
            }
            cols.push(col);
        }
        let na = NaType {
            rows: d.rows,
            cols: d.cols,
            float: Some(float),
            point: false,
        };
        let Ty::Array(col_ty, _) = crate::parse::na_ty(&na) else {
            unreachable!("na_ty is an array of columns")
        };
        let cols: Vec<Value> = cols
            .into_iter()
            .map(|col| self.push(InstKind::ArrayLit(col), (*col_ty).clone(), None, span))
            .collect();
        self.push(
            InstKind::ArrayLit(cols),
            crate::parse::na_ty(&na),
            None,
            span,
        )
    }

    /// The element-wise `op` of two matrices of the same dimensions.
    fn na_zip(&mut self, op: BinOp, a: Value, b: Value, d: Dims, span: Span) -> Value {
        self.na_build(d, span, |l, r, c| {
            let (x, y) = (l.na_at(a, r, c, span), l.na_at(b, r, c, span));
            l.binary(op, x, y, span)
        })
    }

    /// Every element of `m` through `f`.
    fn na_map(
        &mut self,
        m: Value,
        d: Dims,
        span: Span,
        mut f: impl FnMut(&mut Self, Value) -> Value,
    ) -> Value {
        self.na_build(d, span, |l, r, c| {
            let x = l.na_at(m, r, c, span);
            f(l, x)
        })
    }

    /// The sum of `vals` (a float zero for none).
    fn na_sum(&mut self, vals: Vec<Value>, float: FloatTy, span: Span) -> Value {
        let mut it = vals.into_iter();
        match it.next() {
            Some(first) => it.fold(first, |acc, v| self.binary(BinOp::Add, acc, v, span)),
            None => self.float_literal("0.0", float, span),
        }
    }

    fn float_literal(&mut self, text: &str, float: FloatTy, span: Span) -> Value {
        let lit = syn::Lit::Float(syn::LitFloat::new(text, span));
        self.push(InstKind::Literal(lit), Ty::Float(float), None, span)
    }

    fn na_math(&mut self, name: &str, args: Vec<Value>, span: Span) -> Value {
        let info = crate::math::lookup(name).expect("a float method of math.rs");
        let f = ir::MathFn(info);
        let ty = self.math_type(f, &args);
        self.push(InstKind::Math(f, args), ty, None, span)
    }

    fn na_dims_error(&mut self, span: Span, what: &str, a: Dims, b: Dims) {
        self.errors.push(
            span,
            format!(
                "{what} of a {}x{} and a {}x{} matrix: the dimensions do not fit",
                a.rows, a.cols, b.rows, b.cols
            ),
        );
    }

    /// `a op b` where either is a matrix: element-wise `+` and `-`, scaling
    /// by a float on either side, `/` by a float, the matrix product.
    /// `None` where neither is a matrix.
    pub(super) fn na_binary(&mut self, op: BinOp, a: Value, b: Value, span: Span) -> Option<Value> {
        let (da, db) = (self.na_dims(a), self.na_dims(b));
        if da.is_none() && db.is_none() {
            return None;
        }
        let scalar = |l: &Self, v: Value| matches!(l.func.ty(v), Ty::Float(_) | Ty::Unknown);
        Some(match (op, da, db) {
            (BinOp::Add | BinOp::Sub, Some(x), Some(y)) => {
                if x != y {
                    self.na_dims_error(span, "the sum", x, y);
                }
                self.na_zip(op, a, b, x, span)
            }
            (BinOp::Mul, Some(x), Some(y)) => self.na_matmul(a, b, x, y, span),
            (BinOp::Mul | BinOp::Div, Some(x), None) if scalar(self, b) => {
                self.na_map(a, x, span, |l, e| l.binary(op, e, b, span))
            }
            (BinOp::Mul, None, Some(y)) if scalar(self, a) => {
                self.na_map(b, y, span, |l, e| l.binary(BinOp::Mul, a, e, span))
            }
            _ if op.is_comparison() => return None,
            _ => {
                self.errors.push(
                    span,
                    "this operation on nalgebra values is not supported in a differentiated \
                     function: it supports `+` and `-` of matrices of one size, `*` and `/` by a \
                     float, and the matrix product `*`",
                );
                self.na_dims(a).map_or(b, |_| a)
            }
        })
    }

    /// The matrix product of `a` (x) and `b` (y).
    fn na_matmul(&mut self, a: Value, b: Value, x: Dims, y: Dims, span: Span) -> Value {
        if x.cols != y.rows {
            self.na_dims_error(span, "the product", x, y);
            return a;
        }
        let float = self.na_float(a);
        let d = Dims {
            rows: x.rows,
            cols: y.cols,
        };
        self.na_build(d, span, |l, r, c| {
            let terms: Vec<Value> = (0..x.cols)
                .map(|k| {
                    let (p, q) = (l.na_at(a, r, k, span), l.na_at(b, k, c, span));
                    l.binary(BinOp::Mul, p, q, span)
                })
                .collect();
            l.na_sum(terms, float, span)
        })
    }

    /// `-m`.
    pub(super) fn na_neg(&mut self, m: Value, span: Span) -> Option<Value> {
        let d = self.na_dims(m)?;
        Some(self.na_map(m, d, span, |l, e| {
            let ty = l.func.ty(e).clone();
            l.push(InstKind::Unary(UnOp::Neg, e), ty, None, span)
        }))
    }

    /// The index path of `m[i]` (the `i`-th element in column order) and
    /// `m[(i, j)]` (row `i`, column `j`) on a matrix; `None` for any other
    /// base or index.
    pub(super) fn na_index(&mut self, m: Value, path: &[Expr]) -> Option<Option<Vec<Value>>> {
        let d = self.na_dims(m)?;
        let [index] = path else {
            return None;
        };
        if let Expr::Tuple(items, _) = index {
            let [i, j] = &items[..] else {
                return None;
            };
            let (i, j) = (self.one(i), self.one(j));
            return Some(Some(vec![j?, i?]));
        }
        let Some(i) = self.one(index) else {
            return Some(None);
        };
        let span = expr_span(index);
        Some(Some(if d.cols == 1 {
            vec![self.int_literal("0"), i]
        } else if d.rows == 1 {
            vec![i, self.int_literal("0")]
        } else {
            let rows = self.int_literal(&d.rows.to_string());
            let (c, r) = (
                self.binary(BinOp::Div, i, rows, span),
                self.binary(BinOp::Rem, i, rows, span),
            );
            vec![c, r]
        }))
    }

    /// `m.len()`: the number of elements.
    pub(super) fn na_len(&mut self, m: Value) -> Option<Value> {
        let d = self.na_dims(m)?;
        Some(self.int_literal(&(d.rows * d.cols).to_string()))
    }

    /// `v.x`, `p.coords`: a component of a vector or point, the
    /// coordinates of a point. `None` for other fields and values.
    pub(super) fn na_field(&mut self, v: Value, field: &str, span: Span) -> Option<Value> {
        let d = self.na_dims(v)?;
        if field == "coords" {
            return Some(v);
        }
        let k = nalgebra::component(field)?;
        if d.cols != 1 || k >= d.rows {
            return None;
        }
        Some(self.na_at(v, k, 0, span))
    }

    /// A method of nalgebra on the matrix `m`: `Some` of its result (`None`
    /// inside after an error), `None` if `m` is no matrix or the method is
    /// not one the macro lowers.
    pub(super) fn na_method(
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
            "transpose" => {
                let t = Dims {
                    rows: d.cols,
                    cols: d.rows,
                };
                Some(self.na_build(t, span, |l, r, c| l.na_at(m, c, r, span)))
            }
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
            "inverse" => {
                let t = Dims {
                    rows: d.cols,
                    cols: d.rows,
                };
                Some(self.na_build(t, span, |l, r, c| l.na_at(m, c, r, span)))
            }
            // `clone`, and what gives a rotation's matrix or a unit
            // vector's vector: the value itself.
            "clone" | "into_inner" | "into_owned" | "matrix" => Some(m),
            _ => self.na_more(m, d, name, &args, span),
        })
    }

    /// `o` if it is a nalgebra value of dimensions `d`, the argument of
    /// `name` (`what` in the message); reports it otherwise.
    fn na_same_dims(
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
    fn na_swizzle(
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
    fn na_more(
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
            "perp" => {
                let two = Dims { rows: 2, cols: 1 };
                if d != two {
                    self.na_dims_error(span, "`perp` (of 2-vectors)", two, d);
                    return None;
                }
                let o = self.na_same_dims(args[0], d, name, "`perp`", span)?;
                let (ax, ay) = (self.na_at(m, 0, 0, span), self.na_at(m, 1, 0, span));
                let (bx, by) = (self.na_at(o, 0, 0, span), self.na_at(o, 1, 0, span));
                let (p, q) = (
                    self.binary(BinOp::Mul, ax, by, span),
                    self.binary(BinOp::Mul, ay, bx, span),
                );
                self.binary(BinOp::Sub, p, q, span)
            }
            "angle" => self.na_angle(m, d, args[0], span)?,
            "transform_vector"
            | "transform_point"
            | "inverse_transform_vector"
            | "inverse_transform_point" => {
                let v = args[0];
                let Some(vd) = self.na_dims(v) else {
                    self.errors.push(
                        span,
                        format!("`{name}` takes a nalgebra vector or point here"),
                    );
                    return None;
                };
                let (r, rd) = if name.starts_with("inverse") {
                    let t = Dims {
                        rows: d.cols,
                        cols: d.rows,
                    };
                    (self.na_build(t, span, |l, r, c| l.na_at(m, c, r, span)), t)
                } else {
                    (m, d)
                };
                if rd.cols != vd.rows {
                    self.na_dims_error(span, &format!("`{name}`"), rd, vd);
                    return None;
                }
                self.na_matmul(r, v, rd, vd, span)
            }
            _ => return None,
        })
    }

    /// `v.map(|e| ..)`, `v.zip_map(&w, |a, b| ..)`: the closure inlined at
    /// each element.
    fn na_mapping(
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
    fn na_fold_math(&mut self, f: &str, xs: Vec<Value>, span: Span) -> Option<Value> {
        let mut it = xs.into_iter();
        let first = it.next()?;
        Some(it.fold(first, |acc, x| self.na_math(f, vec![acc, x], span)))
    }

    /// `a.angle(&b)` as nalgebra computes it: 0 if either is zero, else the
    /// arc cosine of the cosine clamped to [-1, 1].
    fn na_angle(&mut self, a: Value, d: Dims, b: Value, span: Span) -> Option<Value> {
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

    /// What iterating over `v` reads: for a nalgebra value its elements in
    /// nalgebra's order (column by column; the IR array of a matrix is its
    /// columns), otherwise `v` itself.
    pub(super) fn na_iterable(&mut self, v: Value, span: Span) -> Value {
        let Some(d) = self.na_dims(v) else {
            return v;
        };
        if d.cols == 1 {
            let zero = self.int_literal("0");
            return self.index(v, vec![zero], span);
        }
        let elems = self.na_elems(v, d, span);
        let Ty::Array(col, _) = self.func.ty(v).clone() else {
            return v;
        };
        let Ty::Array(e, _) = *col else {
            return v;
        };
        let n = d.rows * d.cols;
        let ty = Ty::Array(e, Len(quote::quote!(#n)));
        self.push(InstKind::ArrayLit(elems), ty, None, span)
    }

    /// Reports a call that takes a nalgebra value (as an argument or the
    /// receiver of a method the macro does not know); true if one does.
    pub(super) fn na_in_call(
        &mut self,
        recv: Option<Value>,
        method: Option<&Ident>,
        args: &[Value],
        span: Span,
    ) -> bool {
        if let (Some(r), Some(name)) = (recv, method) {
            if self.na_dims(r).is_some() {
                self.errors.push(
                    span,
                    format!(
                        "`{name}` of a nalgebra value is not supported in a differentiated \
                         function; the methods it knows are {}",
                        nalgebra::METHODS
                            .iter()
                            .chain(&["try_inverse", "abs"])
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                return true;
            }
        }
        if args.iter().any(|a| self.na_dims(*a).is_some()) {
            self.errors.push(
                span,
                "a nalgebra value cannot be passed to a function from a differentiated function \
                 yet: pass its components (`v.x, v.y`) or floats computed from it, or write the \
                 computation in this function (nalgebra's `distance`, `distance_squared` and \
                 `center` are known with the crate's path: `nalgebra::distance(&p, &q)`)",
            );
            return true;
        }
        false
    }

    /// A float method called on a matrix: `abs` is element-wise; nalgebra
    /// has none of the others. `None` if the receiver is no matrix.
    pub(super) fn na_float_method(
        &mut self,
        f: ir::MathFn,
        args: &[Value],
        span: Span,
    ) -> Option<Option<Value>> {
        let m = *args.first()?;
        let d = self.na_dims(m)?;
        if f.0.name == "abs" && args.len() == 1 {
            return Some(Some(
                self.na_map(m, d, span, |l, e| l.na_math("abs", vec![e], span)),
            ));
        }
        self.errors.push(
            span,
            format!(
                "`{0}` of a nalgebra value is not supported in a differentiated function: apply \
                 it to the elements (`v.x.{0}()`, `v.map(..)` is not supported) or use the \
                 methods the macro knows on nalgebra values (`norm`, `dot`, `cross`, \
                 `normalize`, `transpose`, `component_mul`, `sum`, `trace`, `determinant`, \
                 `abs`, `max`, `min`)",
                f.0.name
            ),
        );
        Some(None)
    }

    fn na_norm_squared(&mut self, m: Value, d: Dims, float: FloatTy, span: Span) -> Value {
        let xs = self.na_elems(m, d, span);
        let squares: Vec<Value> = xs
            .into_iter()
            .map(|x| self.binary(BinOp::Mul, x, x, span))
            .collect();
        self.na_sum(squares, float, span)
    }

    fn na_cross(&mut self, a: Value, b: Value, span: Span) -> Value {
        let e = |l: &mut Self, i: usize, j: usize| {
            let (x, y) = (l.na_at(a, i, 0, span), l.na_at(b, j, 0, span));
            l.binary(BinOp::Mul, x, y, span)
        };
        let d = Dims { rows: 3, cols: 1 };
        self.na_build(d, span, |l, r, _| {
            let (i, j) = ((r + 1) % 3, (r + 2) % 3);
            let (p, q) = (e(l, i, j), e(l, j, i));
            l.binary(BinOp::Sub, p, q, span)
        })
    }

    /// `m.try_inverse()` of a square matrix of at most 3 rows: `Some` of
    /// the adjugate over the determinant if the determinant is not zero,
    /// as nalgebra computes it for these sizes. `None` if `m` is no matrix.
    pub(super) fn na_try_inverse(&mut self, m: Value, span: Span) -> Option<Option<Lv>> {
        let d = self.na_dims(m)?;
        let Some(det) = self.na_determinant(m, d, span) else {
            return Some(None);
        };
        let float = self.na_float(m);
        let zero = self.float_literal("0.0", float, span);
        let invertible = self.binary(BinOp::Ne, det, zero, span);
        // Divide by 1 where the matrix is singular: the payload is then
        // never read, and its derivative stays finite.
        let one = self.float_literal("1.0", float, span);
        let safe = self.branches(
            invertible,
            span,
            move |_| Some(Lv::One(det)),
            move |_| Some(Lv::One(one)),
        );
        let Some(Lv::One(safe)) = safe else {
            return Some(None);
        };
        let n = d.rows;
        let inverse = self.na_build(d, span, |l, r, c| {
            // The inverse at (r, c) is the cofactor at (c, r) over det.
            let cof = if n == 1 {
                l.float_literal("1.0", float, span)
            } else if n == 2 {
                let e = l.na_at(m, 1 - c, 1 - r, span);
                if r == c {
                    e
                } else {
                    let ty = l.func.ty(e).clone();
                    l.push(InstKind::Unary(UnOp::Neg, e), ty, None, span)
                }
            } else {
                // Rows and columns other than c and r, in cyclic order: the
                // cyclic minor carries its cofactor's sign.
                let (r1, r2) = ((c + 1) % 3, (c + 2) % 3);
                let (c1, c2) = ((r + 1) % 3, (r + 2) % 3);
                let (a, b) = (l.na_at(m, r1, c1, span), l.na_at(m, r2, c2, span));
                let (p, q) = (l.na_at(m, r1, c2, span), l.na_at(m, r2, c1, span));
                let (x, y) = (
                    l.binary(BinOp::Mul, a, b, span),
                    l.binary(BinOp::Mul, p, q, span),
                );
                l.binary(BinOp::Sub, x, y, span)
            };
            l.binary(BinOp::Div, cof, safe, span)
        });
        Some(Some(self.option(invertible, Lv::One(inverse))))
    }

    /// The determinant of a square matrix of at most 3 rows, expanded.
    fn na_determinant(&mut self, m: Value, d: Dims, span: Span) -> Option<Value> {
        if d.rows != d.cols || d.rows > 3 {
            self.errors.push(
                span,
                format!(
                    "`determinant` of a {}x{} matrix is not supported in a differentiated \
                     function: it is supported for square matrices up to 3x3",
                    d.rows, d.cols
                ),
            );
            return None;
        }
        let at = |l: &mut Self, r: usize, c: usize| l.na_at(m, r, c, span);
        Some(match d.rows {
            1 => at(self, 0, 0),
            2 => {
                let (a, b, c, e) = (
                    at(self, 0, 0),
                    at(self, 0, 1),
                    at(self, 1, 0),
                    at(self, 1, 1),
                );
                let (p, q) = (
                    self.binary(BinOp::Mul, a, e, span),
                    self.binary(BinOp::Mul, b, c, span),
                );
                self.binary(BinOp::Sub, p, q, span)
            }
            _ => {
                // Along the first row: sum of m[0][k] times its cofactor.
                let mut terms = Vec::new();
                for k in 0..3 {
                    let (c1, c2) = ((k + 1) % 3, (k + 2) % 3);
                    let top = at(self, 0, k);
                    let (a, b) = (at(self, 1, c1), at(self, 2, c2));
                    let (c, e) = (at(self, 1, c2), at(self, 2, c1));
                    let (p, q) = (
                        self.binary(BinOp::Mul, a, b, span),
                        self.binary(BinOp::Mul, c, e, span),
                    );
                    let minor = self.binary(BinOp::Sub, p, q, span);
                    terms.push(self.binary(BinOp::Mul, top, minor, span));
                }
                let float = self.na_float(m);
                self.na_sum(terms, float, span)
            }
        })
    }

    /// `Rotation2::new(angle)`, `Rotation3::from_axis_angle(&axis, angle)`
    /// (the rotation matrix, by Rodrigues' formula), `Unit::new_normalize(v)`
    /// (the normalized vector).
    fn na_rotation(
        &mut self,
        ty: &Ident,
        ctor: &str,
        arity: usize,
        args: &[CallArg],
        span: Span,
    ) -> Option<Value> {
        if args.len() != arity {
            self.errors.push(
                span,
                format!(
                    "`{ty}::{ctor}` takes {arity} argument(s), found {}",
                    args.len()
                ),
            );
            return None;
        }
        let vals: Option<Vec<Value>> = args.iter().map(|a| self.one(&a.expr)).collect();
        let vals = vals?;
        let vector = |l: &mut Self, v: Value, rows: usize| -> Option<()> {
            if l.na_dims(v) == Some(Dims { rows, cols: 1 }) {
                return Some(());
            }
            l.errors.push(
                span,
                format!(
                    "`{ty}::{ctor}` takes a nalgebra vector of {rows} here (built in this \
                     function or a parameter)"
                ),
            );
            None
        };
        match (ty.to_string().as_str(), ctor) {
            ("Rotation2", _) => {
                let (c, s) = (
                    self.na_math("cos", vec![vals[0]], span),
                    self.na_math("sin", vec![vals[0]], span),
                );
                let ty = self.func.ty(s).clone();
                let minus_s = self.push(InstKind::Unary(UnOp::Neg, s), ty, None, span);
                let d = Dims { rows: 2, cols: 2 };
                Some(self.na_build(d, span, |_, r, col| match (r, col) {
                    (0, 0) | (1, 1) => c,
                    (1, 0) => s,
                    _ => minus_s,
                }))
            }
            ("Rotation3", "from_axis_angle") => {
                let (k, angle) = (vals[0], vals[1]);
                vector(self, k, 3)?;
                let (c, s) = (
                    self.na_math("cos", vec![angle], span),
                    self.na_math("sin", vec![angle], span),
                );
                let float = self.na_float(k);
                let one = self.float_literal("1.0", float, span);
                let t = self.binary(BinOp::Sub, one, c, span);
                let ks: Vec<Value> = (0..3).map(|i| self.na_at(k, i, 0, span)).collect();
                let d = Dims { rows: 3, cols: 3 };
                // R = cos I + sin [k]x + (1 - cos) k k^T.
                Some(self.na_build(d, span, |l, r, col| {
                    let kk = l.binary(BinOp::Mul, ks[r], ks[col], span);
                    let outer = l.binary(BinOp::Mul, t, kk, span);
                    if r == col {
                        return l.binary(BinOp::Add, c, outer, span);
                    }
                    // [k]x at (r, col): -k[m] or k[m], m the third index.
                    let m = 3 - r - col;
                    let ks_m = l.binary(BinOp::Mul, s, ks[m], span);
                    let positive = (col + 3 - r) % 3 == 2;
                    let op = if positive { BinOp::Add } else { BinOp::Sub };
                    l.binary(op, outer, ks_m, span)
                }))
            }
            (_, "new_normalize") => {
                let v = vals[0];
                let d = self.na_dims(v).filter(|d| d.cols == 1);
                let Some(d) = d else {
                    vector(self, v, 3)?;
                    return None;
                };
                let float = self.na_float(v);
                let n2 = self.na_norm_squared(v, d, float, span);
                let n = self.na_math("sqrt", vec![n2], span);
                Some(self.na_map(v, d, span, |l, e| l.binary(BinOp::Div, e, n, span)))
            }
            ("Rotation3", "from_euler_angles") => {
                Some(self.na_euler(vals[0], vals[1], vals[2], span))
            }
            // `Unit::new_unchecked(v)`: `v` as it is.
            _ => Some(vals[0]),
        }
    }

    /// `Vector3::new(..)`, `Matrix2::identity()`, ...: `Some` of the value
    /// (`None` inside after an error) if `path` names a constructor of a
    /// nalgebra type the macro recognises.
    pub(super) fn na_constructor(
        &mut self,
        path: &syn::ExprPath,
        args: &[CallArg],
        span: Span,
    ) -> Option<Option<Value>> {
        if path.qself.is_some() {
            return None;
        }
        let segs: Vec<&syn::PathSegment> = path.path.segments.iter().collect();
        let [.., ty_seg, ctor] = segs[..] else {
            return None;
        };
        let ctor = ctor.ident.to_string();
        if nalgebra::is_crate(&ty_seg.ident) && nalgebra::FUNCTIONS.contains(&ctor.as_str()) {
            if !nalgebra::enabled() {
                return None;
            }
            return Some(self.na_function(&ctor, args, span));
        }
        if let Some(&(_, _, arity)) = nalgebra::ROTATIONS
            .iter()
            .find(|(t, c, _)| ty_seg.ident == t && ctor == *c)
        {
            if !nalgebra::enabled() {
                return None;
            }
            return Some(self.na_rotation(&ty_seg.ident, &ctor, arity, args, span));
        }
        if !nalgebra::CONSTRUCTORS.contains(&ctor.as_str()) {
            return None;
        }
        let na = nalgebra::of_segment(ty_seg, crate::parse::float_of_type)?;
        let d = Dims {
            rows: na.rows,
            cols: na.cols,
        };
        let vals: Option<Vec<Value>> = args.iter().map(|a| self.one(&a.expr)).collect();
        let Some(vals) = vals else {
            return Some(None);
        };
        let float = na.float.unwrap_or_else(|| {
            vals.iter()
                .find_map(|v| self.func.ty(*v).element(2).float())
                .or_else(|| vals.iter().find_map(|v| self.func.ty(*v).float()))
                .unwrap_or(FloatTy::Infer)
        });
        let n = d.rows * d.cols;
        let want = match ctor.as_str() {
            "new" => n,
            "repeat"
            | "from_element"
            | "from_column_slice"
            | "from_row_slice"
            | "from"
            | "from_diagonal"
            | "from_diagonal_element"
            | "from_columns"
            | "from_rows" => 1,
            _ => 0,
        };
        if vals.len() != want {
            self.errors.push(
                span,
                format!(
                    "`{}::{ctor}` takes {want} argument(s) here, found {}",
                    ty_seg.ident,
                    vals.len()
                ),
            );
            return Some(None);
        }
        let axis = nalgebra::component(&ctor).or_else(|| nalgebra::axis(&ctor));
        Some(Some(match ctor.as_str() {
            // Row by row, as nalgebra takes them.
            "new" => self.na_build(d, span, |_, r, c| vals[r * d.cols + c]),
            "repeat" | "from_element" => self.na_build(d, span, |_, _, _| vals[0]),
            "from_column_slice" | "from_row_slice" => {
                let s = vals[0];
                let row_major = ctor == "from_row_slice";
                self.na_build(d, span, |l, r, c| {
                    let k = if row_major {
                        r * d.cols + c
                    } else {
                        c * d.rows + r
                    };
                    let k = l.int_literal(&k.to_string());
                    l.index(s, vec![k], span)
                })
            }
            "from" => {
                let a = vals[0];
                if self.na_dims(a) == Some(d) {
                    return Some(Some(a));
                }
                // A flat array, in column order.
                self.na_build(d, span, |l, r, c| {
                    let k = l.int_literal(&(c * d.rows + r).to_string());
                    l.index(a, vec![k], span)
                })
            }
            "from_diagonal" | "from_diagonal_element" => {
                let v = vals[0];
                let diag = Dims {
                    rows: d.rows.min(d.cols),
                    cols: 1,
                };
                if ctor == "from_diagonal" && self.na_dims(v) != Some(diag) {
                    self.errors.push(
                        span,
                        format!(
                            "`{}::from_diagonal` takes a nalgebra vector of {} here",
                            ty_seg.ident, diag.rows
                        ),
                    );
                    return Some(None);
                }
                self.na_build(d, span, |l, r, c| match (r == c, ctor == "from_diagonal") {
                    (true, true) => l.na_at(v, r, 0, span),
                    (true, false) => v,
                    _ => l.float_literal("0.0", float, span),
                })
            }
            "from_columns" | "from_rows" => {
                return Some(self.na_from_parts(&ty_seg.ident, &ctor, d, vals[0], span));
            }
            // `zeros`, `origin`, `identity`, the unit axes `x()` ...
            _ => self.na_build(d, span, |l, r, c| {
                let one = match (ctor.as_str(), axis) {
                    ("identity", _) => r == c,
                    (_, Some(k)) => d.cols == 1 && r == k,
                    _ => false,
                };
                l.float_literal(if one { "1.0" } else { "0.0" }, float, span)
            }),
        }))
    }
}

impl Lowerer<'_> {
    /// `nalgebra::distance(&p, &q)`, `distance_squared`, `center`.
    fn na_function(&mut self, name: &str, args: &[CallArg], span: Span) -> Option<Value> {
        let vals: Option<Vec<Value>> = args.iter().map(|a| self.one(&a.expr)).collect();
        let vals = vals?;
        let [p, q] = vals[..] else {
            self.errors.push(
                span,
                format!("`{name}` takes 2 arguments, found {}", vals.len()),
            );
            return None;
        };
        let Some(d) = self.na_dims(p).filter(|d| d.cols == 1) else {
            self.errors
                .push(span, format!("`{name}` takes two nalgebra points here"));
            return None;
        };
        let q = self.na_same_dims(q, d, name, &format!("`{name}`"), span)?;
        let float = self.na_float(p);
        if name == "center" {
            let half = self.float_literal("0.5", float, span);
            return Some(self.na_build(d, span, |l, r, c| {
                let (a, b) = (l.na_at(p, r, c, span), l.na_at(q, r, c, span));
                let s = l.binary(BinOp::Add, a, b, span);
                l.binary(BinOp::Mul, s, half, span)
            }));
        }
        let diff = self.na_zip(BinOp::Sub, p, q, d, span);
        let s = self.na_norm_squared(diff, d, float, span);
        Some(if name == "distance" {
            self.na_math("sqrt", vec![s], span)
        } else {
            s
        })
    }

    /// `Matrix3::from_columns(&[a, b, c])` and `from_rows(&[..])`: the
    /// matrix of `d` from an array of its column (row) vectors.
    fn na_from_parts(
        &mut self,
        ty: &Ident,
        ctor: &str,
        d: Dims,
        parts: Value,
        span: Span,
    ) -> Option<Value> {
        let columns = ctor == "from_columns";
        let (n, part) = if columns {
            (
                d.cols,
                Dims {
                    rows: d.rows,
                    cols: 1,
                },
            )
        } else {
            (
                d.rows,
                Dims {
                    rows: 1,
                    cols: d.cols,
                },
            )
        };
        let elems: Vec<Value> = (0..n)
            .map(|k| {
                let k = self.int_literal(&k.to_string());
                self.index(parts, vec![k], span)
            })
            .collect();
        let len_ok = match self.func.ty(parts) {
            Ty::Array(_, len) => len_of(len) == Some(n),
            _ => false,
        };
        if !len_ok || elems.iter().any(|e| self.na_dims(*e) != Some(part)) {
            let what = if columns {
                "column vectors"
            } else {
                "row vectors"
            };
            self.errors.push(
                span,
                format!(
                    "`{ty}::{ctor}` takes an array of {n} nalgebra {what} of {} here \
                     (`&[a, b, ..]`)",
                    if columns { d.rows } else { d.cols }
                ),
            );
            return None;
        }
        Some(self.na_build(d, span, |l, r, c| {
            if columns {
                l.na_at(elems[c], r, 0, span)
            } else {
                l.na_at(elems[r], 0, c, span)
            }
        }))
    }

    /// `Rotation3::from_euler_angles(roll, pitch, yaw)`: `Rz(yaw) Ry(pitch)
    /// Rx(roll)`, written out as nalgebra does.
    fn na_euler(&mut self, roll: Value, pitch: Value, yaw: Value, span: Span) -> Value {
        let mut sc = |v: Value| {
            (
                self.na_math("sin", vec![v], span),
                self.na_math("cos", vec![v], span),
            )
        };
        let ((sr, cr), (sp, cp), (sy, cy)) = (sc(roll), sc(pitch), sc(yaw));
        let d = Dims { rows: 3, cols: 3 };
        self.na_build(d, span, |l, r, c| {
            let mul = |l: &mut Self, xs: &[Value]| {
                let mut it = xs.iter().copied();
                let first = it.next().unwrap_or(cp);
                it.fold(first, |acc, x| l.binary(BinOp::Mul, acc, x, span))
            };
            let (op, a, b): (BinOp, &[Value], &[Value]) = match (r, c) {
                (0, 0) => return mul(l, &[cy, cp]),
                (0, 1) => (BinOp::Sub, &[cy, sp, sr], &[sy, cr]),
                (0, 2) => (BinOp::Add, &[cy, sp, cr], &[sy, sr]),
                (1, 0) => return mul(l, &[sy, cp]),
                (1, 1) => (BinOp::Add, &[sy, sp, sr], &[cy, cr]),
                (1, 2) => (BinOp::Sub, &[sy, sp, cr], &[cy, sr]),
                (2, 0) => {
                    let ty = l.func.ty(sp).clone();
                    return l.push(InstKind::Unary(UnOp::Neg, sp), ty, None, span);
                }
                (2, 1) => return mul(l, &[cp, sr]),
                _ => return mul(l, &[cp, cr]),
            };
            let (x, y) = (mul(l, a), mul(l, b));
            l.binary(op, x, y, span)
        })
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
