//! The cross product, determinants and inverses of small matrices,
//! expanded.

use super::*;

impl Lowerer<'_> {
    pub(super) fn na_cross(&mut self, a: Value, b: Value, span: Span) -> Value {
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
    pub(in crate::lower) fn na_try_inverse(&mut self, m: Value, span: Span) -> Option<Option<Lv>> {
        let d = self.na_dims(m)?;
        if !self.na_small_square(d, "try_inverse", span) {
            return Some(None);
        }
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

    /// `a.perp(&b)` of 2-vectors: `a.x b.y - a.y b.x`.
    pub(super) fn na_perp(&mut self, a: Value, d: Dims, b: Value, span: Span) -> Option<Value> {
        let two = Dims { rows: 2, cols: 1 };
        if d != two {
            self.na_dims_error(span, "`perp` (of 2-vectors)", two, d);
            return None;
        }
        let b = self.na_same_dims(b, d, "perp", "`perp`", span)?;
        let (ax, ay) = (self.na_at(a, 0, 0, span), self.na_at(a, 1, 0, span));
        let (bx, by) = (self.na_at(b, 0, 0, span), self.na_at(b, 1, 0, span));
        let (p, q) = (
            self.binary(BinOp::Mul, ax, by, span),
            self.binary(BinOp::Mul, ay, bx, span),
        );
        Some(self.binary(BinOp::Sub, p, q, span))
    }

    /// `v.cross_matrix()`: `[v]x`, the matrix of `v.cross(..)`.
    pub(super) fn na_cross_matrix(&mut self, v: Value, d: Dims, span: Span) -> Option<Value> {
        let three = Dims { rows: 3, cols: 1 };
        if d != three {
            self.na_dims_error(span, "`cross_matrix` (of 3-vectors)", three, d);
            return None;
        }
        let float = self.na_float(v);
        let ks: Vec<Value> = (0..3).map(|i| self.na_at(v, i, 0, span)).collect();
        let square = Dims { rows: 3, cols: 3 };
        Some(self.na_build(square, span, |l, r, c| {
            if r == c {
                return l.float_literal("0.0", float, span);
            }
            let k = ks[3 - r - c];
            if (c + 3 - r) % 3 == 2 {
                k
            } else {
                let ty = l.func.ty(k).clone();
                l.push(InstKind::Unary(UnOp::Neg, k), ty, None, span)
            }
        }))
    }

    /// `r.transform_vector(&v)`, `transform_point` and their
    /// `inverse_transform_..` (by the transpose) of a rotation's matrix `r`.
    pub(super) fn na_transform(
        &mut self,
        r: Value,
        d: Dims,
        name: &str,
        v: Value,
        span: Span,
    ) -> Option<Value> {
        let Some(vd) = self.na_dims(v) else {
            self.errors.push(
                span,
                format!("`{name}` takes a nalgebra vector or point here"),
            );
            return None;
        };
        let (r, rd) = if name.starts_with("inverse") {
            self.na_transpose(r, d, span)
        } else {
            (r, d)
        };
        if rd.cols != vd.rows {
            self.na_dims_error(span, &format!("`{name}`"), rd, vd);
            return None;
        }
        Some(self.na_matmul(r, v, rd, vd, span))
    }

    /// Whether `d` is square of at most 3 rows, the sizes `what`
    /// (`determinant`, `try_inverse`) is expanded for; reports it if not.
    fn na_small_square(&mut self, d: Dims, what: &str, span: Span) -> bool {
        if d.rows == d.cols && d.rows <= 3 {
            return true;
        }
        self.errors.push(
            span,
            format!(
                "`{what}` of a {}x{} matrix is not supported in a differentiated function: it \
                 is supported for square matrices up to 3x3",
                d.rows, d.cols
            ),
        );
        false
    }

    /// The determinant of a square matrix of at most 3 rows, expanded.
    pub(super) fn na_determinant(&mut self, m: Value, d: Dims, span: Span) -> Option<Value> {
        if !self.na_small_square(d, "determinant", span) {
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
}
