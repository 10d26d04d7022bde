//! Constructors of nalgebra values (`Vector3::new`, `Matrix3::from_columns`),
//! rotations and nalgebra's free functions of points.

use super::*;

impl Lowerer<'_> {
    /// `Rotation2::new(angle)`, `Rotation3::from_axis_angle(&axis, angle)`
    /// (the rotation matrix, by Rodrigues' formula), `Unit::new_normalize(v)`
    /// (the normalized vector).
    pub(super) fn na_rotation(
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
            (t, "identity") => {
                let n = if t == "Rotation2" { 2 } else { 3 };
                let float = FloatTy::Infer;
                Some(self.na_build(Dims { rows: n, cols: n }, span, |l, r, c| {
                    l.float_literal(if r == c { "1.0" } else { "0.0" }, float, span)
                }))
            }
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
            // A unit quaternion is held as the rotation matrix it stands
            // for: what it does to vectors and to other rotations.
            ("Rotation3" | "UnitQuaternion", "from_axis_angle") => {
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
            ("Rotation3" | "UnitQuaternion", "from_euler_angles") => {
                Some(self.na_euler(vals[0], vals[1], vals[2], span))
            }
            // `Unit::new_unchecked(v)`: `v` as it is.
            _ => Some(vals[0]),
        }
    }

    /// `Vector3::new(..)`, `Matrix2::identity()`, ...: `Some` of the value
    /// (`None` inside after an error) if `path` names a constructor of a
    /// nalgebra type the macro recognises.
    pub(in crate::lower) fn na_constructor(
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
        if let Some(hint) = nalgebra::unsupported_type(&ty_seg.ident.to_string()) {
            if nalgebra::enabled() {
                self.errors.push(
                    span,
                    format!(
                        "`{}` is not supported in a differentiated function: {hint}",
                        ty_seg.ident
                    ),
                );
                return Some(None);
            }
        }
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
        // `from_column_slice(&x[a..])` comes as `x` and `a` (see
        // `parse::expr::na_slice_constructor`).
        let sliced =
            matches!(ctor.as_str(), "from_column_slice" | "from_row_slice") && vals.len() == 2;
        let want = match ctor.as_str() {
            _ if sliced => 2,
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
                    let mut k = l.int_literal(&k.to_string());
                    if sliced {
                        k = l.binary(BinOp::Add, vals[1], k, span);
                    }
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

    /// `nalgebra::distance(&p, &q)`, `distance_squared`, `center`.
    pub(super) fn na_function(
        &mut self,
        name: &str,
        args: &[CallArg],
        span: Span,
    ) -> Option<Value> {
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
    pub(super) fn na_from_parts(
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
            Ty::Array(_, len) => len.literal() == Some(n),
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
    pub(super) fn na_euler(&mut self, roll: Value, pitch: Value, yaw: Value, span: Span) -> Value {
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
