//! Which values are written where they are read.

use super::Dense;
use crate::ir::{Block, Func, Inst, InstKind, Ty, Value};
use proc_macro2::TokenStream;

/// Which values are written where they are read instead of being bound to
/// a variable: fewer variables make less code for rustc to check and less
/// debug info (see [`Emitter::stmts`]).
///
/// - A scalar literal, zero or parameter (read through a plain name) is
///   written at every read: it costs nothing to repeat. A float literal gets
///   the suffix of its width, which its variable's type gave it before.
/// - A pure scalar expression (arithmetic, cast, float method, local
///   partial derivative, element or length read) read exactly once, by an
///   instruction or the yields of its own block, is written inside that
///   read, up to [`MAX_INLINED`] operations per expression. Moving it from
///   where it was defined to where it is read changes nothing: it reads only
///   immutable scalars. One that reads an array (`a[i]`, `a.len()`) is
///   inlined only if nothing between its definition and the statement that
///   finally evaluates it could update or move that array, and that
///   statement is pure or an element update (which evaluates its value
///   before it stores).
pub(super) struct Inlining<'a> {
    func: &'a Func,
    params: &'a [TokenStream],
    borrowed: &'a [bool],
    uses: Dense<u32>,
    /// The block and instruction (`usize::MAX`: the yields) of each value's
    /// last read.
    user: Dense<(*const Block, usize)>,
    /// Values bound to borrowed parameters: never updated or moved.
    borrowed_values: Dense<()>,
    /// Operations in each inlined value's expression.
    size: Dense<usize>,
    inlined: Dense<()>,
    /// Parameters written at every read.
    params_read: Vec<Value>,
}

/// The result of [`Inlining`].
pub(super) struct Inlined {
    pub(super) inlined: Dense<()>,
    /// Inlined values written at every read (literals, zeros, parameters).
    pub(super) constant: Dense<()>,
    /// Values inlined into the yields of the function body.
    pub(super) into_body_yields: Vec<Value>,
    /// Parameters written at every read.
    pub(super) params: Dense<()>,
    /// Values bound to borrowed parameters.
    pub(super) borrowed: Dense<()>,
}

/// At most this many operations are inlined into one expression, so that
/// a long chain of single-use values does not become one expression nested
/// as deep as the chain is long.
const MAX_INLINED: usize = 12;

const YIELDS: usize = usize::MAX;

impl<'a> Inlining<'a> {
    pub(super) fn new(func: &'a Func, params: &'a [TokenStream], borrowed: &'a [bool]) -> Self {
        Inlining {
            func,
            params,
            borrowed,
            uses: Dense::default(),
            user: Dense::default(),
            borrowed_values: Dense::default(),
            size: Dense::default(),
            inlined: Dense::default(),
            params_read: Vec::new(),
        }
    }

    pub(super) fn plan(mut self) -> Inlined {
        self.count(&self.func.body);
        self.block(&self.func.body);
        let body = &self.func.body as *const Block;
        let mut constant = Dense::default();
        let mut params = Dense::default();
        for p in &self.params_read {
            self.size.remove(*p);
            params.insert(*p, ());
        }
        let mut into_body_yields = Vec::new();
        for (k, info) in self.size.0.iter().enumerate() {
            let v = Value(k as u32);
            match info {
                Some(0) => constant.insert(v, ()),
                Some(_)
                    if self.inlined.contains(v) && self.user.get(v) == Some(&(body, YIELDS)) =>
                {
                    into_body_yields.push(v);
                }
                _ => {}
            }
        }
        Inlined {
            inlined: self.inlined,
            constant,
            into_body_yields,
            params,
            borrowed: self.borrowed_values,
        }
    }

    fn count(&mut self, block: &Block) {
        let b = block as *const Block;
        for (j, inst) in block.insts.iter().enumerate() {
            for v in inst.kind.operands() {
                self.uses.insert(v, self.uses.get(v).map_or(1, |c| c + 1));
                self.user.insert(v, (b, j));
            }
            for inner in inst.kind.blocks() {
                self.count(inner);
            }
            if let (InstKind::Param(k), [r]) = (&inst.kind, &inst.results[..]) {
                if self.borrowed.get(*k).copied().unwrap_or(false) {
                    self.borrowed_values.insert(*r, ());
                }
            }
        }
        for y in &block.yields {
            self.uses.insert(*y, self.uses.get(*y).map_or(1, |c| c + 1));
            self.user.insert(*y, (b, YIELDS));
        }
    }

    fn scalar(&self, v: Value) -> bool {
        matches!(self.func.ty(v), Ty::Float(_) | Ty::Int | Ty::Bool)
    }

    /// Whether `inst` is written at every read of its result.
    fn repeated(&self, inst: &Inst, r: Value) -> bool {
        if !self.scalar(r) {
            return false;
        }
        match &inst.kind {
            InstKind::Literal(lit) => matches!(
                (lit, self.func.ty(r)),
                (syn::Lit::Float(_), Ty::Float(_))
                    | (syn::Lit::Int(_), Ty::Int)
                    | (syn::Lit::Bool(_), Ty::Bool)
            ),
            InstKind::Zero | InstKind::ZerosLike(_) => matches!(self.func.ty(r), Ty::Float(_)),
            // A parameter read through a name or a field (`x`, `d_out.0`),
            // not through a literal whose type its variable fixed.
            InstKind::Param(k) => self.params.get(*k).is_some_and(|t| {
                matches!(
                    syn::parse2::<syn::Expr>(t.clone()),
                    Ok(syn::Expr::Path(_) | syn::Expr::Field(_))
                )
            }),
            InstKind::SelfParam
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Index { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => false,
        }
    }

    /// Whether `kind` neither updates nor moves anything.
    fn pure(kind: &InstKind) -> bool {
        match kind {
            InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Param(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Index { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_)
            | InstKind::ZerosLike(_) => true,
            InstKind::SelfParam
            | InstKind::Const(_)
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => false,
        }
    }

    /// Whether `kind` stores a scalar into an element (and so evaluates its
    /// value before it stores).
    fn updates_element(&self, kind: &InstKind) -> bool {
        match kind {
            InstKind::Insert { value, .. }
            | InstKind::AddAt { value, .. }
            | InstKind::Push { value, .. } => self.scalar(*value),
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Index { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Truncate { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_)
            | InstKind::ZerosLike(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => false,
        }
    }

    /// The array `kind` reads, if it reads one that may be updated in
    /// place or moved.
    fn reads_array(&self, kind: &InstKind) -> Option<Value> {
        let a = match kind {
            InstKind::Index { base, .. } => *base,
            InstKind::Len(a) | InstKind::SumElems(a) => *a,
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::PartialsJvp { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::ZerosLike(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => return None,
        };
        (!self.borrowed_values.contains(a)).then_some(a)
    }

    fn block(&mut self, block: &Block) {
        self.candidates(block);
        self.keep_arrays_unchanged(block);
    }

    /// Forward: the candidates, with the size of their expressions (nested
    /// blocks first).
    fn candidates(&mut self, block: &Block) {
        let b = block as *const Block;
        for inst in &block.insts {
            for inner in inst.kind.blocks() {
                self.block(inner);
            }
            let [r] = inst.results[..] else { continue };
            if self.repeated(inst, r) {
                self.inlined.insert(r, ());
                // Size 0: free to repeat. A parameter is not a constant to
                // a segment (see `segments`), which must be passed it.
                self.size.insert(r, 0);
                if matches!(inst.kind, InstKind::Param(_)) {
                    self.params_read.push(r);
                }
                continue;
            }
            let foldable = Self::foldable(&inst.kind);
            if !foldable || !self.scalar(r) || self.uses.get(r) != Some(&1) {
                continue;
            }
            let Some(&(ub, j)) = self.user.get(r) else {
                continue;
            };
            // A constant expression is the user's text: it may read an input
            // more than once.
            if ub != b || (j != YIELDS && matches!(block.insts[j].kind, InstKind::Const(_))) {
                continue;
            }
            let size = 1 + inst
                .kind
                .operands()
                .iter()
                .filter_map(|o| self.size.get(*o))
                .sum::<usize>();
            if size <= MAX_INLINED {
                self.inlined.insert(r, ());
                self.size.insert(r, size);
            }
        }
    }

    /// Whether `kind` may be folded into the expression that reads it.
    fn foldable(kind: &InstKind) -> bool {
        match kind {
            InstKind::Unary(..)
            | InstKind::Binary(..)
            | InstKind::Cast(..)
            | InstKind::Math(..)
            | InstKind::Partials { .. }
            | InstKind::Index { .. }
            | InstKind::Len(_)
            | InstKind::SumElems(_) => true,
            InstKind::Param(_)
            | InstKind::SelfParam
            | InstKind::Literal(_)
            | InstKind::Zero
            | InstKind::Const(_)
            | InstKind::PartialsJvp { .. }
            | InstKind::Insert { .. }
            | InstKind::AddAt { .. }
            | InstKind::AddAgg(..)
            | InstKind::ArrayLit(_)
            | InstKind::ArrayRepeat(..)
            | InstKind::VecRepeat(..)
            | InstKind::VecNew(_)
            | InstKind::Push { .. }
            | InstKind::Truncate { .. }
            | InstKind::ZerosLike(_)
            | InstKind::For(_)
            | InstKind::While(_)
            | InstKind::TapeNew(_)
            | InstKind::TapeReserve { .. }
            | InstKind::TapePush { .. }
            | InstKind::TapePop(_)
            | InstKind::Call(_)
            | InstKind::CallPullback(..)
            | InstKind::CallPushforward(..)
            | InstKind::AddSlot(..)
            | InstKind::CallPullbackPushforward { .. }
            | InstKind::If { .. } => false,
        }
    }

    /// Backward: where each inlined value is finally evaluated, and
    /// whether an array it reads is still the same there (if not, it is
    /// not inlined).
    fn keep_arrays_unchanged(&mut self, block: &Block) {
        let n = block.insts.len();
        let mut impure_before = Vec::with_capacity(n + 1);
        impure_before.push(0usize);
        for inst in &block.insts {
            let last = impure_before.last().copied().unwrap_or(0);
            impure_before.push(last + usize::from(!Self::pure(&inst.kind)));
        }
        let mut eval: Vec<usize> = (0..n).collect();
        for i in (0..n).rev() {
            let inst = &block.insts[i];
            let [r] = inst.results[..] else { continue };
            if !self.inlined.contains(r) || self.size.get(r) == Some(&0) {
                continue;
            }
            let j = self.user.get(r).map_or(YIELDS, |u| u.1);
            let e = if j == YIELDS { n } else { eval[j] };
            if self.reads_array(&inst.kind).is_some() {
                let consumer_ok = e < n
                    && (Self::pure(&block.insts[e].kind)
                        || self.updates_element(&block.insts[e].kind));
                if !consumer_ok || impure_before[e] != impure_before[i + 1] {
                    self.inlined.remove(r);
                    continue;
                }
            }
            eval[i] = e;
        }
    }
}
