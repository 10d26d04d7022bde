//! Instruction builders shared by the transforms: each appends one
//! instruction to a block under construction and returns its result.

use crate::ir::{BinOp, CastTarget, FloatTy, Func, Inst, InstKind, MathFn, Ty, UnOp, Value};
use crate::math::{self, Arg};
use proc_macro2::Span;
use quote::quote;

impl Func {
    /// Appends `kind` to `out` with one fresh result of type `ty`.
    pub fn emit(
        &mut self,
        out: &mut Vec<Inst>,
        kind: InstKind,
        ty: Ty,
        name: Option<String>,
    ) -> Value {
        let v = self.new_value(ty, name);
        out.push(Inst {
            kind,
            results: vec![v],
            span: Span::call_site(),
        });
        v
    }

    /// The float type shared by the operands of an arithmetic instruction.
    fn float_of(&self, a: Value, b: Value) -> Ty {
        match (self.ty(a), self.ty(b)) {
            (Ty::Float(FloatTy::Infer), Ty::Float(w)) | (Ty::Float(w), _) => Ty::Float(*w),
            (_, t) => t.clone(),
        }
    }

    /// `a op b` on floats.
    pub fn emit_binary(
        &mut self,
        out: &mut Vec<Inst>,
        op: BinOp,
        a: Value,
        b: Value,
        name: Option<String>,
    ) -> Value {
        let ty = self.float_of(a, b);
        self.emit(out, InstKind::Binary(op, a, b), ty, name)
    }

    /// `-a`.
    pub fn emit_neg(&mut self, out: &mut Vec<Inst>, a: Value, name: Option<String>) -> Value {
        let ty = self.ty(a).clone();
        self.emit(out, InstKind::Unary(UnOp::Neg, a), ty, name)
    }

    /// `a as T` between float types.
    pub fn emit_float_cast(
        &mut self,
        out: &mut Vec<Inst>,
        a: Value,
        to: FloatTy,
        name: Option<String>,
    ) -> Value {
        let tokens = match to {
            FloatTy::F32 => quote!(::core::primitive::f32),
            FloatTy::F64 | FloatTy::Infer => quote!(::core::primitive::f64),
        };
        let target = CastTarget {
            tokens,
            ty: Ty::Float(to),
        };
        self.emit(out, InstKind::Cast(a, target), Ty::Float(to), name)
    }

    /// `a.trunc()`.
    pub fn emit_trunc(&mut self, out: &mut Vec<Inst>, a: Value) -> Value {
        let ty = self.ty(a).clone();
        let trunc = math::lookup("trunc").map(MathFn);
        match trunc {
            Some(f) => self.emit(out, InstKind::Math(f, vec![a]), ty, None),
            None => a,
        }
    }

    /// The local partial derivatives of `output = f(args)`, one per float
    /// argument, from the runtime rule of `f`.
    pub fn emit_partials(
        &mut self,
        out: &mut Vec<Inst>,
        f: MathFn,
        args: Vec<Value>,
        output: Value,
    ) -> Vec<Value> {
        let ty = self.ty(output).clone();
        let n = f.0.float_arity();
        let base = self.name(output).map(String::from);
        let results: Vec<Value> = (0..n)
            .map(|k| {
                let name = base.as_ref().map(|b| {
                    if n == 1 {
                        format!("d{}_d", b)
                    } else {
                        format!("d{b}_d{k}")
                    }
                });
                self.new_value(ty.clone(), name)
            })
            .collect();
        out.push(Inst {
            kind: InstKind::Partials {
                func: f,
                args,
                output,
            },
            results: results.clone(),
            span: Span::call_site(),
        });
        results
    }
}

/// The positions of the float arguments of `f` among its arguments.
pub fn float_arg_positions(f: MathFn) -> impl Iterator<Item = usize> {
    f.0.args
        .iter()
        .enumerate()
        .filter(|(_, a)| **a == Arg::Float)
        .map(|(i, _)| i)
}
