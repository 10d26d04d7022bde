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

mod construct;
mod linalg;
mod methods;

/// The dimensions of a matrix value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Dims {
    pub rows: usize,
    pub cols: usize,
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
            rows: r.literal()?,
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

    /// The zero matrix of the type `ty` (an IR matrix type), where a sum of
    /// matrices starts.
    pub(in crate::lower) fn na_zeros(&mut self, ty: &Ty, span: Span) -> Option<Value> {
        let na = NaType::of_ir(ty)?;
        let float = na.float.unwrap_or(FloatTy::Infer);
        let d = Dims {
            rows: na.rows,
            cols: na.cols,
        };
        Some(self.na_build(d, span, |l, _, _| l.float_literal("0.0", float, span)))
    }

    /// The transpose of `m` (of dimensions `d`), and its dimensions.
    pub(super) fn na_transpose(&mut self, m: Value, d: Dims, span: Span) -> (Value, Dims) {
        let t = Dims {
            rows: d.cols,
            cols: d.rows,
        };
        (self.na_build(t, span, |l, r, c| l.na_at(m, c, r, span)), t)
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
            // An operand that is no nalgebra value after an error reported
            // already (a local whose initialiser failed): nothing more to
            // say.
            (_, None, _) | (_, _, None) if !self.errors.is_empty() => {
                self.na_dims(a).map_or(b, |_| a)
            }
            _ if matches!(self.func.ty(a), Ty::Unknown)
                || matches!(self.func.ty(b), Ty::Unknown) =>
            {
                self.errors.push(
                    span,
                    "an operand here is the result of a call, whose type #[differentiate] cannot \
                     see: bind it with its nalgebra type first (`let w: Vector3<f64> = f(..);`)",
                );
                self.na_dims(a).map_or(b, |_| a)
            }
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

    /// Reports a call of a method the macro does not know on a nalgebra
    /// value; true if it is one. (Nalgebra arguments, and sequences of
    /// them, are passed as the types the function takes: see
    /// `emit::calls`.)
    pub(super) fn na_in_call(
        &mut self,
        recv: Option<Value>,
        method: Option<&Ident>,
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
                            .chain(&[
                                "try_inverse",
                                "abs",
                                "map",
                                "zip_map",
                                "xy",
                                "xyz",
                                "fixed_rows",
                                "fixed_columns",
                                "fixed_view",
                            ])
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                return true;
            }
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
}
