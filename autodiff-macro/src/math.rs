//! The float methods `#[differentiate]` knows, with their arguments and the
//! kind of derivative each has. The derivative formulas themselves live in
//! the runtime crate (`autodiff_runtime::rules`), one function per smooth or
//! piecewise-constant entry of this table, under the same name. The
//! runtime's table is the reference: it also generates the list of its
//! rules (`rules::F::NAMES`) and dispatchers by name, and a test below
//! fails when this table and that list disagree in names or float arity.
//! (The macro cannot read the runtime's list when it runs: a proc-macro
//! crate depends on the runtime only for its tests.)

/// What one argument of a float method is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arg {
    /// A float of the receiver's type; gets a partial derivative.
    Float,
    /// An `i32` (the exponent of `powi`); a constant.
    Int,
}

/// How the method's result depends on its float arguments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Differentiable almost everywhere; the runtime has a rule.
    Smooth,
    /// Piecewise constant (`floor`, `signum`, ...): derivative zero, so the
    /// result carries no derivative at all.
    PiecewiseConstant,
    /// Returns something that is not a float (`is_nan`, `to_bits`): a
    /// constant whatever its inputs.
    Query,
}

/// One float method.
#[derive(PartialEq, Eq, Debug)]
pub struct MathInfo {
    pub name: &'static str,
    /// Receiver first.
    pub args: &'static [Arg],
    pub kind: Kind,
}

impl MathInfo {
    /// Number of arguments including the receiver.
    pub fn arity(&self) -> usize {
        self.args.len()
    }

    /// Number of float arguments, which is the number of partials the
    /// runtime rule returns.
    pub fn float_arity(&self) -> usize {
        self.args.iter().filter(|a| **a == Arg::Float).count()
    }
}

/// Whether the runtime's derivative rule of method `name` reads the
/// method's result (`tanh' = 1 - y²`) rather than only its arguments
/// (`sin' = cos x`). The reverse sweep keeps a transcendental result only
/// where something reads it.
pub fn rule_reads_output(name: &str) -> bool {
    !matches!(
        name,
        "sin"
            | "cos"
            | "asin"
            | "acos"
            | "atan"
            | "atan2"
            | "sinh"
            | "cosh"
            | "asinh"
            | "acosh"
            | "atanh"
            | "ln"
            | "log2"
            | "log10"
            | "ln_1p"
    )
}

/// Whether a float method costs more to re-run in the reverse sweep than
/// its result costs to store: the transcendental ones.
pub fn costly(name: &str) -> bool {
    matches!(
        name,
        "sin"
            | "cos"
            | "tan"
            | "asin"
            | "acos"
            | "atan"
            | "atan2"
            | "sinh"
            | "cosh"
            | "tanh"
            | "asinh"
            | "acosh"
            | "atanh"
            | "exp"
            | "exp2"
            | "exp_m1"
            | "ln"
            | "log"
            | "log2"
            | "log10"
            | "ln_1p"
            | "cbrt"
            | "powf"
            | "hypot"
    )
}

const U: &[Arg] = &[Arg::Float];
const B: &[Arg] = &[Arg::Float, Arg::Float];
const T: &[Arg] = &[Arg::Float, Arg::Float, Arg::Float];

const fn smooth(name: &'static str, args: &'static [Arg]) -> MathInfo {
    MathInfo {
        name,
        args,
        kind: Kind::Smooth,
    }
}

const fn flat(name: &'static str) -> MathInfo {
    MathInfo {
        name,
        args: U,
        kind: Kind::PiecewiseConstant,
    }
}

/// A piecewise-constant method of two floats (`div_euclid`).
const fn flat2(name: &'static str) -> MathInfo {
    MathInfo {
        name,
        args: B,
        kind: Kind::PiecewiseConstant,
    }
}

const fn query(name: &'static str, args: &'static [Arg]) -> MathInfo {
    MathInfo {
        name,
        args,
        kind: Kind::Query,
    }
}

/// Every float method accepted in a differentiated body.
pub static METHODS: &[MathInfo] = &[
    smooth("sin", U),
    smooth("cos", U),
    smooth("tan", U),
    smooth("asin", U),
    smooth("acos", U),
    smooth("atan", U),
    smooth("atan2", B),
    smooth("sinh", U),
    smooth("cosh", U),
    smooth("tanh", U),
    smooth("asinh", U),
    smooth("acosh", U),
    smooth("atanh", U),
    smooth("exp", U),
    smooth("exp2", U),
    smooth("exp_m1", U),
    smooth("ln", U),
    smooth("log", B),
    smooth("log2", U),
    smooth("log10", U),
    smooth("ln_1p", U),
    smooth("sqrt", U),
    smooth("cbrt", U),
    smooth("powi", &[Arg::Float, Arg::Int]),
    smooth("powf", B),
    smooth("hypot", B),
    smooth("abs", U),
    smooth("recip", U),
    smooth("mul_add", T),
    smooth("max", B),
    smooth("min", B),
    smooth("clamp", T),
    smooth("fract", U),
    smooth("to_degrees", U),
    smooth("to_radians", U),
    smooth("copysign", B),
    smooth("rem_euclid", B),
    smooth("midpoint", B),
    flat("floor"),
    flat("ceil"),
    flat("round"),
    flat("trunc"),
    flat("signum"),
    flat("round_ties_even"),
    flat2("div_euclid"),
    query("is_nan", U),
    query("is_infinite", U),
    query("is_finite", U),
    query("is_normal", U),
    query("is_subnormal", U),
    query("is_sign_positive", U),
    query("is_sign_negative", U),
    query("to_bits", U),
];

/// Methods of `Vec`/slices that build or reshape a sequence.
pub const SEQUENCE_METHODS: &[&str] = &[
    "push", "pop", "insert", "remove", "extend", "append", "truncate", "resize", "to_vec", "clone",
];

/// Iterator sources, adaptors and consumers: outside a chain the lowering
/// recognises, they are kept as written (fine on constants).
pub const ITERATOR_METHODS: &[&str] = &[
    "iter",
    "into_iter",
    "windows",
    "chunks",
    "chunks_exact",
    "map",
    "filter",
    "take_while",
    "zip",
    "enumerate",
    "rev",
    "skip",
    "take",
    "step_by",
    "copied",
    "cloned",
    "sum",
    "product",
    "fold",
    "for_each",
    "count",
    "any",
    "all",
    "collect",
    "reduce",
    "min_by",
    "max_by",
    "min_by_key",
    "max_by_key",
    "last",
    "position",
    "find",
];

/// The method called `name`, if it is one of [`METHODS`].
pub fn lookup(name: &str) -> Option<&'static MathInfo> {
    METHODS.iter().find(|m| m.name == name)
}

/// The known method whose name is closest to `name`, for "did you mean"
/// hints on a misspelt method.
pub fn closest(name: &str) -> Option<&'static str> {
    METHODS
        .iter()
        .map(|m| (edit_distance(name, m.name), m.name))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// Comma-separated list of the differentiable methods, for diagnostics.
pub fn differentiable_names() -> String {
    METHODS
        .iter()
        .filter(|m| m.kind != Kind::Query)
        .map(|m| m.name)
        .collect::<Vec<_>>()
        .join(" ")
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_method_finds_its_neighbour() {
        assert_eq!(closest("sinn"), Some("sin"));
        assert_eq!(closest("exq"), Some("exp"));
        assert_eq!(closest("frobnicate"), None);
    }

    /// `METHODS` and the runtime's rules (`autodiff_runtime::rules`, whose
    /// table generates `NAMES`) must name the same methods with the same
    /// number of float arguments: generated code calls
    /// `rules::F::NAME` with that many floats for every smooth or
    /// piecewise-constant method, and queries have no rule.
    #[test]
    fn methods_with_a_derivative_are_exactly_the_runtime_rules() {
        use autodiff_runtime::rules;
        let ours: Vec<(&str, usize)> = METHODS
            .iter()
            .filter(|m| matches!(m.kind, Kind::Smooth | Kind::PiecewiseConstant))
            .map(|m| (m.name, m.float_arity()))
            .collect();
        for theirs in [rules::f64::NAMES, rules::f32::NAMES] {
            let only_ours: Vec<_> = ours.iter().filter(|m| !theirs.contains(m)).collect();
            let only_theirs: Vec<_> = theirs.iter().filter(|m| !ours.contains(m)).collect();
            assert!(
                only_ours.is_empty() && only_theirs.is_empty(),
                "(name, float arity) only in METHODS: {only_ours:?}; only in the runtime's \
                 rules: {only_theirs:?}"
            );
            assert_eq!(ours.len(), theirs.len(), "a method is listed twice");
        }
    }

    #[test]
    fn every_smooth_method_has_float_arguments() {
        for m in METHODS {
            assert_eq!(m.args[0], Arg::Float, "{} takes a float receiver", m.name);
            assert!(m.float_arity() >= 1);
        }
    }
}
