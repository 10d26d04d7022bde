//! The text form of the IR, for snapshot tests, verifier messages and
//! reading what a transform made (`AUTODIFF_SHOW_IR=1`, see `expand.rs`).
//!
//! ```text
//! fn {
//!   v0 "x": f64 = param 0
//!   v1 "y": f64 = param 1
//!   v2: f64 = sin v0
//!   v3: f64 = mul v2, v1
//!   v4 "y": f64 = if v5 {
//!     yield v3
//!   } else {
//!     yield v1
//!   }
//!   v6: f64 = for v7 "i" in v8..v9 carry(v10 "s": f64 = v4) {
//!     tape0.push v10
//!     yield v11
//!   }
//!   yield v6
//! }
//! ```
//!
//! A definition is `vN "name": type = op operands`; the name is the user's
//! variable (a hint, not an identity). Every instruction kind has its own
//! spelling, matched exhaustively, so a new kind does not compile until it
//! prints. The text depends only on the IR (no hash order, no spans), so it
//! is stable across runs.

use super::{
    BinOp, Block, CallInst, CallTarget, FloatTy, Func, Inst, InstKind, Shape, TripCount, Ty, UnOp,
    Value,
};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use std::fmt::{self, Display, Formatter, Write};

impl Display for Value {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

impl Display for FloatTy {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
            // rustc's spelling of a float literal whose width is open.
            FloatTy::Infer => "{float}",
            FloatTy::Generic => "T",
        })
    }
}

impl Display for Ty {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Float(w) => write!(f, "{w}"),
            Ty::Int => f.write_str("int"),
            Ty::Bool => f.write_str("bool"),
            Ty::Array(e, len) => write!(f, "[{e}; {}]", tokens(&len.0)),
            Ty::Vec(e) => write!(f, "Vec<{e}>"),
            Ty::Other => f.write_str("other"),
            Ty::Unknown => f.write_str("unknown"),
        }
    }
}

impl Display for Func {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("fn {\n")?;
        Printer { func: self, out: f }.block(&self.body, 1, true)?;
        f.write_str("}\n")
    }
}

/// An instruction shown with the types and names of its function; see
/// [`Func::display_inst`].
pub struct InstDisplay<'a> {
    func: &'a Func,
    inst: &'a Inst,
    /// Whether nested blocks are printed in full (else as `{ … }`).
    deep: bool,
}

impl Display for InstDisplay<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut p = Printer {
            func: self.func,
            out: f,
        };
        if self.deep {
            p.inst(self.inst, 0)
        } else {
            p.inst_head(self.inst, 0, false)
        }
    }
}

/// A block shown with the types and names of its function; see
/// [`Func::display_block`].
#[cfg_attr(not(test), allow(dead_code))]
pub struct BlockDisplay<'a> {
    func: &'a Func,
    block: &'a Block,
}

impl Display for BlockDisplay<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Printer {
            func: self.func,
            out: f,
        }
        .block(self.block, 0, true)
    }
}

// `display_inst` and `display_block` serve tests and debugging sessions;
// the macro itself prints only instruction heads (in verifier messages).
#[cfg_attr(not(test), allow(dead_code))]
impl Func {
    /// `inst` in the text form, nested blocks included.
    pub fn display_inst<'a>(&'a self, inst: &'a Inst) -> InstDisplay<'a> {
        InstDisplay {
            func: self,
            inst,
            deep: true,
        }
    }

    /// The first line of `inst` in the text form, nested blocks elided: how
    /// the verifier names an instruction.
    pub fn display_inst_head<'a>(&'a self, inst: &'a Inst) -> InstDisplay<'a> {
        InstDisplay {
            func: self,
            inst,
            deep: false,
        }
    }

    /// The instructions and yields of `block` in the text form.
    pub fn display_block<'a>(&'a self, block: &'a Block) -> BlockDisplay<'a> {
        BlockDisplay { func: self, block }
    }
}

struct Printer<'a, 'f> {
    func: &'a Func,
    out: &'a mut (dyn Write + 'f),
}

/// The opcode of a binary operator.
fn bin_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::Rem => "rem",
        BinOp::Eq => "eq",
        BinOp::Ne => "ne",
        BinOp::Lt => "lt",
        BinOp::Le => "le",
        BinOp::Gt => "gt",
        BinOp::Ge => "ge",
        BinOp::BitAnd => "bitand",
        BinOp::BitOr => "bitor",
        BinOp::BitXor => "bitxor",
        BinOp::Shl => "shl",
        BinOp::Shr => "shr",
    }
}

fn un_name(op: UnOp) -> &'static str {
    match op {
        UnOp::Neg => "neg",
        UnOp::Not => "not",
    }
}

/// `v1, v2, v3`.
fn list(values: &[Value]) -> String {
    let mut s = String::new();
    for (k, v) in values.iter().enumerate() {
        if k > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{v}");
    }
    s
}

/// `v1, _, v3` (`_` for a zero tangent).
fn optional_list(values: &[Option<Value>]) -> String {
    let items: Vec<String> = values
        .iter()
        .map(|v| v.map_or_else(|| "_".to_string(), |v| v.to_string()))
        .collect();
    items.join(", ")
}

/// `[v1][v2]`.
fn path(p: &[Value]) -> String {
    p.iter().map(|v| format!("[{v}]")).collect()
}

fn shape(s: &Shape) -> String {
    match s {
        Shape::Leaf => "_".into(),
        Shape::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(shape).collect();
            format!("({})", inner.join(", "))
        }
    }
}

/// Rust tokens as one line, formatted like rustfmt would where they parse
/// as an expression or a type; `__autodiff_input_K` markers of a constant
/// expression are replaced by the values in `inputs`.
fn tokens_with_inputs(ts: &TokenStream, inputs: &[Value]) -> String {
    let ts = substitute(ts.clone(), inputs);
    let text = if syn::parse2::<syn::Expr>(ts.clone()).is_ok() {
        unparse_item(quote::quote!(const _: () = #ts;), "const _: () = ", ";")
    } else if syn::parse2::<syn::Type>(ts.clone()).is_ok() {
        unparse_item(quote::quote!(type T = #ts;), "type T = ", ";")
    } else {
        None
    };
    let text = text.unwrap_or_else(|| ts.to_string());
    // One line: prettyplease breaks long expressions.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(ts: &TokenStream) -> String {
    tokens_with_inputs(ts, &[])
}

/// `item` formatted by prettyplease, without `prefix` and `suffix`; `None`
/// if it does not parse.
fn unparse_item(item: TokenStream, prefix: &str, suffix: &str) -> Option<String> {
    let item = syn::parse2::<syn::Item>(item).ok()?;
    let file = syn::File {
        shebang: None,
        attrs: vec![],
        items: vec![item],
    };
    let text = prettyplease::unparse(&file);
    Some(
        text.trim()
            .strip_prefix(prefix)?
            .strip_suffix(suffix)?
            .to_string(),
    )
}

/// Replaces each ident `__autodiff_input_K` by `vN`, `inputs[K] = vN`.
fn substitute(ts: TokenStream, inputs: &[Value]) -> TokenStream {
    ts.into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut new =
                    proc_macro2::Group::new(g.delimiter(), substitute(g.stream(), inputs));
                new.set_span(g.span());
                TokenTree::Group(new)
            }
            TokenTree::Ident(id) => {
                let text = id.to_string();
                let input = text
                    .strip_prefix("__autodiff_input_")
                    .and_then(|k| k.parse::<usize>().ok())
                    .and_then(|k| inputs.get(k));
                match input {
                    Some(v) => TokenTree::Ident(proc_macro2::Ident::new(&v.to_string(), id.span())),
                    None => TokenTree::Ident(id),
                }
            }
            other => other,
        })
        .collect()
}

impl Printer<'_, '_> {
    fn indent(&mut self, depth: usize) -> fmt::Result {
        for _ in 0..depth {
            self.out.write_str("  ")?;
        }
        Ok(())
    }

    /// `v3 "y": f64`, or `v3: f64` for a value without a name; a value
    /// outside the function's table (a verifier error) prints as
    /// `v3: <undefined>` instead of panicking.
    fn def(&self, v: Value) -> String {
        match self.func.values.get(v.index()) {
            Some(info) => match &info.name {
                Some(n) => format!("{v} {n:?}: {}", info.ty),
                None => format!("{v}: {}", info.ty),
            },
            None => format!("{v}: <undefined>"),
        }
    }

    fn defs(&self, values: &[Value]) -> String {
        let items: Vec<String> = values.iter().map(|v| self.def(*v)).collect();
        items.join(", ")
    }

    /// A definition without its type (loop indices are always integers).
    fn def_untyped(&self, v: Value) -> String {
        match self
            .func
            .values
            .get(v.index())
            .and_then(|i| i.name.as_ref())
        {
            Some(n) => format!("{v} {n:?}"),
            None => v.to_string(),
        }
    }

    /// `carry(v13 "s": f64 = v4, ..) ` or nothing.
    fn carry(&self, params: &[Value], inits: &[Value]) -> String {
        if params.is_empty() && inits.is_empty() {
            return String::new();
        }
        let n = params.len().max(inits.len());
        let items: Vec<String> = (0..n)
            .map(|k| {
                let p = params.get(k).map_or("?".into(), |p| self.def(*p));
                let i = inits.get(k).map_or("?".into(), |i| i.to_string());
                format!("{p} = {i}")
            })
            .collect();
        format!(" carry({})", items.join(", "))
    }

    fn block(&mut self, block: &Block, depth: usize, yields: bool) -> fmt::Result {
        for inst in &block.insts {
            self.inst(inst, depth)?;
        }
        if yields && !block.yields.is_empty() {
            self.indent(depth)?;
            writeln!(self.out, "yield {}", list(&block.yields))?;
        }
        Ok(())
    }

    /// A nested block and its closing brace (no newline after it).
    fn nested(&mut self, block: &Block, depth: usize) -> fmt::Result {
        self.out.write_str("{\n")?;
        self.block(block, depth + 1, true)?;
        self.indent(depth)?;
        self.out.write_str("}")
    }

    fn inst(&mut self, inst: &Inst, depth: usize) -> fmt::Result {
        self.indent(depth)?;
        self.inst_head(inst, depth, true)?;
        self.out.write_str("\n")
    }

    fn call(&self, c: &CallInst) -> String {
        let mut args = Vec::new();
        for (k, a) in c.args.iter().enumerate() {
            let by_ref = c.by_ref.get(k).copied().unwrap_or(false);
            args.push(format!("{}{a}", if by_ref { "&" } else { "" }));
        }
        let callee = match &c.callee {
            CallTarget::Path(p) => tokens(&p.to_token_stream()),
            CallTarget::Method { name, turbofish } => {
                let fish = turbofish
                    .as_ref()
                    .map(|t| {
                        let text = tokens(&t.to_token_stream());
                        if text.starts_with("::") {
                            text
                        } else {
                            format!("::{text}")
                        }
                    })
                    .unwrap_or_default();
                let recv = c.recv.map_or("?".into(), |r| r.to_string());
                format!("{recv}.{name}{fish}")
            }
        };
        let recv = match (&c.callee, c.recv) {
            // A path call with a receiver does not occur; shown anyway.
            (CallTarget::Path(_), Some(r)) => format!(" recv {r}"),
            _ => String::new(),
        };
        let shape = c
            .shape
            .as_ref()
            .map(|s| format!(" -> {}", shape(s)))
            .unwrap_or_default();
        format!("{callee}({}){recv}{shape}", args.join(", "))
    }

    /// Everything after `results = `. With `deep`, nested blocks are printed
    /// in full at `depth + 1`.
    fn inst_head(&mut self, inst: &Inst, depth: usize, deep: bool) -> fmt::Result {
        if !inst.results.is_empty() {
            write!(self.out, "{} = ", self.defs(&inst.results))?;
        }
        let elided = "{ … }";
        match &inst.kind {
            InstKind::Param(k) => write!(self.out, "param {k}"),
            InstKind::SelfParam => write!(self.out, "self"),
            InstKind::Literal(l) => write!(self.out, "lit {}", l.to_token_stream()),
            InstKind::Zero => write!(self.out, "zero"),
            InstKind::Const(c) => write!(
                self.out,
                "const {{ {} }}",
                tokens_with_inputs(&c.expr.to_token_stream(), &c.inputs)
            ),
            InstKind::Unary(op, a) => write!(self.out, "{} {a}", un_name(*op)),
            InstKind::Binary(op, a, b) => write!(self.out, "{} {a}, {b}", bin_name(*op)),
            InstKind::Cast(a, t) => write!(self.out, "cast {a} as {}", tokens(&t.tokens)),
            InstKind::Math(f, args) => write!(self.out, "{} {}", f.0.name, list(args)),
            InstKind::Partials { func, args, output } => {
                write!(
                    self.out,
                    "partials {}({}) out {output}",
                    func.0.name,
                    list(args)
                )
            }
            InstKind::PartialsJvp {
                func,
                args,
                output,
                tangents,
            } => write!(
                self.out,
                "partials_jvp {}({}) out {output} tangents({})",
                func.0.name,
                list(args),
                optional_list(tangents)
            ),
            InstKind::Index { base, path: p } => write!(self.out, "index {base}{}", path(p)),
            InstKind::Insert {
                base,
                path: p,
                value,
            } => write!(self.out, "insert {base}{} = {value}", path(p)),
            InstKind::AddAt {
                base,
                path: p,
                value,
            } => write!(self.out, "add_at {base}{} += {value}", path(p)),
            InstKind::AddAgg(a, b) => write!(self.out, "add_agg {a}, {b}"),
            InstKind::ArrayLit(items) => write!(self.out, "array [{}]", list(items)),
            InstKind::ArrayRepeat(v, len) => {
                write!(self.out, "array [{v}; {}]", tokens(&len.0))
            }
            InstKind::VecRepeat(v, n) => write!(self.out, "vec [{v}; {n}]"),
            InstKind::VecNew(None) => write!(self.out, "vec []"),
            InstKind::VecNew(Some(n)) => write!(self.out, "vec [] capacity {n}"),
            InstKind::Push { base, value } => write!(self.out, "push {base}, {value}"),
            InstKind::Truncate { base, len } => write!(self.out, "truncate {base} to {len}"),
            InstKind::Len(a) => write!(self.out, "len {a}"),
            InstKind::SumElems(a) => write!(self.out, "sum {a}"),
            InstKind::ZerosLike(a) => write!(self.out, "zeros_like {a}"),
            InstKind::For(l) => {
                let range = if l.inclusive { "..=" } else { ".." };
                let rev = if l.reversed { "rev " } else { "" };
                let checkpoint = match &l.checkpoint {
                    None => String::new(),
                    Some(c) => match &c.every {
                        None => " checkpoint".into(),
                        Some(every) => format!(" checkpoint(every = {})", tokens(every)),
                    },
                };
                write!(
                    self.out,
                    "for {} in {rev}{}{range}{}{}{checkpoint} ",
                    self.def_untyped(l.index),
                    l.lo,
                    l.hi,
                    self.carry(&l.params, &l.inits)
                )?;
                if deep {
                    self.nested(&l.body, depth)
                } else {
                    self.out.write_str(elided)
                }
            }
            InstKind::While(l) => {
                write!(self.out, "while{} ", self.carry(&l.params, &l.inits))?;
                if deep {
                    self.nested(&l.cond, depth)?;
                    self.out.write_str(" do ")?;
                    self.nested(&l.body, depth)
                } else {
                    write!(self.out, "{elided} do {elided}")
                }
            }
            InstKind::TapeNew(id) => write!(self.out, "tape{id}.new"),
            InstKind::TapeReserve { id, count } => match count {
                TripCount::Range { lo, hi, inclusive } => {
                    let range = if *inclusive { "..=" } else { ".." };
                    write!(self.out, "tape{id}.reserve {lo}{range}{hi}")
                }
            },
            InstKind::TapePush { id, values } => {
                write!(self.out, "tape{id}.push {}", list(values))
            }
            InstKind::TapePop(id) => write!(self.out, "tape{id}.pop"),
            InstKind::Call(c) => write!(self.out, "call {}", self.call(c)),
            InstKind::CallPullback(c, seeds) => {
                write!(self.out, "pullback {} seeds({})", self.call(c), list(seeds))
            }
            InstKind::CallPushforward(c, ts) => write!(
                self.out,
                "pushforward {} tangents({})",
                self.call(c),
                optional_list(ts)
            ),
            InstKind::AddSlot(a, b) => write!(self.out, "add_slot {a}, {b}"),
            InstKind::CallPullbackPushforward {
                call,
                seeds,
                arg_tangents,
                seed_tangents,
            } => write!(
                self.out,
                "pullback_pushforward {} seeds({}) tangents({}) seed_tangents({})",
                self.call(call),
                list(seeds),
                optional_list(arg_tangents),
                list(seed_tangents)
            ),
            InstKind::If {
                cond,
                then_block,
                else_block,
            } => {
                write!(self.out, "if {cond} ")?;
                if deep {
                    self.nested(then_block, depth)?;
                    self.out.write_str(" else ")?;
                    self.nested(else_block, depth)
                } else {
                    write!(self.out, "{elided} else {elided}")
                }
            }
        }
    }
}
