//! Which production of the generator covers each construct that the
//! README's "What works" lists.
//!
//! [`CONSTRUCTS`] maps every construct (as the README writes it, between
//! backticks) to the production that generates it and to a probe: a test
//! of a rendered program that is true when the program has the construct.
//! The float methods of the README's list are covered by the productions
//! `E::F1`, `E::F2`, `E::MulAdd` and `C::Query` and probed by
//! [`method_probe`]. Two tests hold the table to the README and to the
//! generator:
//!
//! - `every_construct_of_the_readme_has_a_production`: every backticked
//!   construct of "What works" is a key of the table or a float method (so
//!   a construct added to the README without a production fails);
//! - `every_production_is_generated`: every probe, and every method of the
//!   README, is true of some program among a few thousand random ones (so
//!   a production that is removed, or never rendered, fails).

use super::grammar::{self, Sizes};
use proptest::strategy::{Strategy, ValueTree};

/// A test of a program's source text.
pub type Probe = fn(&str) -> bool;

/// Whether some line of `s` satisfies `f`.
fn line(s: &str, f: impl Fn(&str) -> bool) -> bool {
    s.lines().any(|l| f(l.trim()))
}

/// Whether some occurrence of `pat` in `s` is followed by text satisfying
/// `f`.
fn after(s: &str, pat: &str, f: impl Fn(&str) -> bool) -> bool {
    s.match_indices(pat).any(|(k, _)| {
        let rest = &s[k + pat.len()..];
        f(rest.trim_start_matches(|c: char| c.is_ascii_digit()))
    })
}

/// Whether `l` is `NAME...` followed by `op` (an assignment to a variable
/// or an element).
fn assigns(l: &str, op: &str) -> bool {
    let head = l.split(op).next().unwrap_or("");
    l.contains(op)
        && !l.starts_with("let ")
        && !l.starts_with("for ")
        && head.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && head
            .chars()
            .all(|c| c.is_alphanumeric() || "_[]. %".contains(c))
}

/// README construct, the production that generates it, its probe.
pub const CONSTRUCTS: &[(&str, &str, Probe)] = &[
    // Parameters and results.
    ("f64", "every program: `a: f64`", |s| s.contains(": f64")),
    ("f32", "`Width::F32`: the program respelled in `f32`", |s| {
        s.contains(": f32")
    }),
    (
        "[f64; N]",
        "`ArrParam::Owned` with `len_item`: `x: [f64; NAME_N]`",
        |s| s.contains("x: [f64; ") && s.contains("_N]"),
    ),
    ("&[f64; N]", "`ArrParam::Ref`: `x: &[f64; N]`", |s| {
        s.contains("x: &[f64; ")
    }),
    ("&[f64]", "`ArrParam::Slice` and `HParam::Slice`", |s| {
        s.contains(": &[f64]")
    }),
    ("&Vec<f64>", "`ArrParam::VecRef`", |s| {
        s.contains("x: &Vec<f64>")
    }),
    (
        "Vec<f64>",
        "`ArrParam::VecRef`, `HRet::Vec`, `ArrInit::Vec`",
        |s| s.contains("Vec<f64>"),
    ),
    ("Vec", "`HRet::Vec`: a helper returning `Vec<f64>`", |s| {
        s.contains("-> Vec<f64>")
    }),
    (
        "bool",
        "`Prog::flag`: a constant `q: bool`, read by `C::Flag`",
        |s| s.contains("q: bool"),
    ),
    ("&Params", "`ConstParam::Ref`: `p: &Params`", |s| {
        s.contains("p: &Params")
    }),
    (
        "self",
        "`ConstParam::SelfRef` and `HForm::Method`: `&self`",
        |s| s.contains("(&self"),
    ),
    (
        "_vjp",
        "`HRet::Arr3`, `HRet::Pair`: helpers whose results (seeds) are arrays and tuples",
        |s| s.contains("-> [f64; 3]") && s.contains("-> (f64, f64)"),
    ),
    (
        "_jvp",
        "`HRet::Arr3`, `HRet::Pair`: helpers whose tangents are arrays and tuples",
        |s| s.contains("-> [f64; 3]") && s.contains("-> (f64, f64)"),
    ),
    // Statements.
    ("let", "`S::Let`", |s| s.contains("let ")),
    ("mut", "`S::Let { mutable: true }`", |s| {
        s.contains("let mut ")
    }),
    ("=", "`S::Assign`", |s| line(s, |l| assigns(l, " = "))),
    ("+=", "`S::Compound`, `S::ArrSet`", |s| {
        line(s, |l| assigns(l, " += "))
    }),
    ("-=", "`S::Compound`, `S::ArrSet`", |s| {
        line(s, |l| assigns(l, " -= "))
    }),
    ("*=", "`S::Compound`, `S::ArrSet`", |s| {
        line(s, |l| assigns(l, " *= "))
    }),
    ("/=", "`S::Compound`, `S::ArrSet` (`ElemOp::Div`)", |s| {
        line(s, |l| assigns(l, " /= "))
    }),
    ("a[i] += ..", "`S::ArrSet` with `ElemOp::Add`", |s| {
        line(s, |l| l.contains("] += "))
    }),
    ("m[i][j] = ..", "`S::ArrSet` on `ArrInit::Nested`", |s| {
        line(s, |l| assigns(l, " = ") && l.contains("]["))
    }),
    // Expressions.
    ("+", "`BinOp::Add`", |s| s.contains(" + ")),
    ("-", "`BinOp::Sub`, `E::Neg`", |s| {
        s.contains(" - ") && s.contains("(-")
    }),
    ("*", "`BinOp::Mul`", |s| s.contains(" * ")),
    ("/", "`BinOp::Div`", |s| s.contains(" / ")),
    ("%", "`BinOp::Rem` on floats, `E::Index` on integers", |s| {
        s.contains(" % (") && s.contains(" + 1) % 3)")
    }),
    (
        "as",
        "`E::Index`, `E::Item`, `E::Field`, `E::Narrow`: `i as f64`, `(x as f32) as f64`",
        |s| s.contains(" as f64)") && s.contains(" as f32)"),
    ),
    ("x[i]", "`E::Elem` with `Ix::Loop`", |s| {
        line(s, |l| l.contains("x[i"))
    }),
    (
        "m[i][j]",
        "`E::Elem` of a nested array (`m` or `ArrInit::Nested`)",
        |s| s.contains("]["),
    ),
    ("[0.0; N]", "`ArrInit::Zeros`", |s| {
        s.contains("[0.0; 3]") || s.contains("[0.0_f64; 3]")
    }),
    (
        "vec![0.0; n]",
        "`ArrInit::Vec(true)`: `vec![0.0; x.len()]`",
        |s| s.contains("vec![0.0") && s.contains("; x.len()]"),
    ),
    (
        "x.len()",
        "`Range::Len`, `E::Const`, `ArrInit::Vec(true)`",
        |s| s.contains("x.len()"),
    ),
    ("x.sin()", "`E::F1` in method form", |s| {
        s.contains(".sin()")
    }),
    ("f64::sin(x)", "`E::F1` in path form", |s| {
        s.contains("f64::sin(")
    }),
    ("is_nan", "`C::Query(false, ..)`: `!e.is_nan()`", |s| {
        s.contains(".is_nan()")
    }),
    ("if", "`S::If`, `E::If`", |s| s.contains("if ")),
    ("else", "`S::If` with an `else` block", |s| {
        s.contains("} else {")
    }),
    ("else if", "`S::ElseIf`", |s| s.contains("} else if ")),
    ("&&", "`C::And`", |s| s.contains(" && ")),
    ("||", "`C::Or`", |s| s.contains(" || ")),
    ("!", "`C::Not`", |s| s.contains("!(")),
    // Loops.
    (
        "for i in a..b",
        "`Range::Upto3`, `Range::From1`, `Range::Count`",
        |s| {
            line(s, |l| {
                l.starts_with("for i") && l.contains(" in 0..") && !l.contains("..=")
            })
        },
    ),
    ("a..=b", "`Range::Incl`, `Range::RevIncl`", |s| {
        s.contains("..=")
    }),
    ("(a..b).rev()", "`Range::Rev`", |s| {
        line(s, |l| l.contains(" in (0..3).rev()"))
    }),
    ("for &v in x.iter()", "`Range::Iter(_, false)`", |s| {
        line(s, |l| l.starts_with("for &") && l.ends_with(".iter() {"))
    }),
    (
        "for (i, v) in x.iter().enumerate()",
        "`Range::Enumerate`",
        |s| {
            line(s, |l| {
                l.starts_with("for (") && !l.contains('&') && l.contains(".iter().enumerate()")
            })
        },
    ),
    ("for v in x", "`Range::ByValue`", |s| {
        line(s, |l| {
            l.starts_with("for e") && l.ends_with(" {") && !l.contains('.') && !l.contains('(')
        })
    }),
    ("while", "`S::While`", |s| s.contains("while ")),
    ("loop", "`S::Loop`", |s| s.contains("loop {")),
    ("break", "`S::Break`", |s| s.contains("break;")),
    ("continue", "`S::Continue`", |s| s.contains("continue;")),
    ("return", "`S::Return`", |s| s.contains("return ")),
    // Calls.
    ("module::g", "`HForm::Module`: `NAME_m::NAME_h0(..)`", |s| {
        s.contains("_m::")
    }),
    ("Type::g", "`HForm::Assoc`: `Params::NAME_h0(..)`", |s| {
        s.contains("Params::")
    }),
    ("self.g(..)", "`HForm::Method` called from a method", |s| {
        line(s, |l| {
            l.contains("self.") && l.contains("_h") && !l.starts_with("fn ")
        })
    }),
    // Constants.
    ("const", "`Item { is_static: false }`", |s| {
        s.contains("const ")
    }),
    ("std::f64::consts::PI", "`E::Const`", |s| {
        s.contains("std::f64::consts::PI")
    }),
    ("5.0_f64.sqrt()", "`E::Const`", |s| {
        s.contains("5.0_f64.sqrt()")
    }),
    ("p.k", "`E::Field` with `ConstParam::Ref`", |s| {
        s.contains("p.k")
    }),
    ("self.k", "`E::Field` in a method", |s| s.contains("self.k")),
    // Closures (`grammar::chains`: `ChainS::Closure`, `ChainS::Update`).
    ("move", "`ChainS::Closure` kind 2: a `move` closure", |s| {
        s.contains("= move |")
    }),
    (
        "let sq = |t: f64| t * t;",
        "`ChainS::Closure` kinds 0, 3: `let zf = |zt: f64| ..;` and its calls",
        |s| {
            line(s, |l| {
                l.starts_with("let zf") && l.contains(": f64| ") && !l.contains("-> f64")
            })
        },
    ),
    ("|t: f64| -> f64 { .. }", "`ChainS::Closure` kind 1", |s| {
        s.contains(": f64| -> f64 {")
    }),
    (
        "|&v|",
        "every chain over `.iter()` (`ChainE::Map` and others)",
        |s| s.contains("|&zv"),
    ),
    (
        "|(i, v)|",
        "`ChainE::Map` with `enumerate` and `|v|` read as `*v`",
        |s| after(s, "|(zi", |rest| rest.starts_with(", zv")),
    ),
    (
        "|(i, &v)|",
        "`ChainE::Map` with `enumerate`, `ChainE::Filter` kind 3",
        |s| after(s, "|(zi", |rest| rest.starts_with(", &zv")),
    ),
    ("|acc, &x|", "`ChainE::Fold`", |s| {
        after(s, "|zacc", |rest| rest.starts_with(", &zv"))
    }),
    ("|((a, b), c)|", "`ChainE::Zip` with a third side", |s| {
        s.contains(".map(|((&zp")
    }),
    (
        "|&[x, y]|",
        "`ChainE::Map` over the rows of a nested array",
        |s| s.contains("|&[zp"),
    ),
    ("|(a, b): (f64, f64)|", "`ChainS::Closure` kind 5", |s| {
        s.contains("): (f64, f64)| ")
    }),
    (
        "let mut add = |v| total += v;",
        "`ChainS::Update` kinds 0, 1: an `FnMut` closure called twice",
        |s| line(s, |l| l.starts_with("let mut zf") && l.contains(" += ")),
    ),
    (".for_each(|v| s += v)", "`ChainS::Update` kind 2", |s| {
        s.contains(".for_each(|")
    }),
    (
        ".map(square)",
        "`ChainS::Closure` kind 4: a local closure passed by name",
        |s| s.contains(".map(zf"),
    ),
    (
        "f64::max",
        "`ChainE::Named`: `fold(-f64::INFINITY, f64::max)`",
        |s| s.contains(", f64::max)"),
    ),
    (
        "f64::hypot",
        "`ChainE::Named`: `fold(0.0, f64::hypot)`",
        |s| s.contains(", f64::hypot)"),
    ),
    ("f64::exp", "`ChainE::Named`: `map(f64::exp)`", |s| {
        s.contains(".map(f64::exp)")
    }),
    ("#[differentiate]", "every program", |s| {
        s.contains("#[differentiate")
    }),
    (
        ".map(cube)",
        "`ChainE::Named`: a helper of one float passed by name",
        |s| {
            after(s, ".copied().map(", |rest| {
                !rest.starts_with('|') && !rest.starts_with("f64::") && rest.contains("_h")
            })
        },
    ),
    // Iterator chains (`grammar::chains`: `ChainE`, `ChainS`).
    (
        "x.iter().map(|v| v * v).sum()",
        "`ChainS::LetSum`: `let v: f64 = a.iter().map(..).sum();`",
        |s| line(s, |l| l.contains(".iter().map(|") && l.ends_with(".sum();")),
    ),
    ("x.iter()", "every chain", |s| s.contains(".iter()")),
    (".copied()", "`ChainE::Map`, `ChainE::Named`", |s| {
        s.contains(".copied()")
    }),
    (".cloned()", "`ChainE::Map`, `ChainE::Named`", |s| {
        s.contains(".cloned()")
    }),
    ("x.into_iter()", "`ChainE::Map` over an array value", |s| {
        s.contains(".into_iter()")
    }),
    ("for v in &x", "`ChainS::For` kind 6", |s| {
        line(s, |l| l.starts_with("for zv") && l.contains(" in &"))
    }),
    ("x[1..].iter()", "`ChainE::Map`, `ChainE::Zip`", |s| {
        s.contains("[1..].iter()")
    }),
    ("x[..2].iter()", "`ChainE::Map`", |s| {
        s.contains("[..2].iter()")
    }),
    (
        "g(&x[..3])",
        "`HParam::Slice` passed as a subslice: `h(&x[..3])`, `h(&x[1..])`",
        |s| s.contains("[..3])") || s.contains("[..3], "),
    ),
    ("&x[1..]", "`ChainS::For` kind 9: `.zip(&b[1..])`", |s| {
        s.contains(".zip(&") && s.contains("[1..])")
    }),
    ("(a..b)", "`ChainE::Range`: `(0..3).map(..)`", |s| {
        s.contains("(0..3).map(") || s.contains("(0..3).rev().map(")
    }),
    ("(a..=b)", "`ChainE::Range`: `(0..=2).map(..)`", |s| {
        s.contains("(0..=2).map(")
    }),
    (
        "x.windows(k)",
        "`ChainE::View`, `ChainS::For` kind 2",
        |s| s.contains(".windows("),
    ),
    ("x.chunks(k)", "`ChainE::View`, `ChainS::For` kind 3", |s| {
        s.contains(".chunks(")
    }),
    ("x.chunks_exact(k)", "`ChainE::View`", |s| {
        s.contains(".chunks_exact(")
    }),
    ("w[0]", "`ChainE::View`", |s| {
        s.contains("zw") && s.contains("[0]")
    }),
    ("w.len()", "`ChainE::View`, `ChainS::For` kind 3", |s| {
        after(s, "(zw", |rest| rest.contains(".len() as f64)"))
    }),
    (
        "w.iter().sum::<f64>()",
        "`ChainE::View` over `windows(3)`",
        |s| {
            after(s, "zw", |rest| {
                rest.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(".iter().sum::<f64>()")
            })
        },
    ),
    ("map", "`ChainE::Map` and most chains", |s| {
        s.contains(".map(")
    }),
    ("zip", "`ChainE::Zip`, `ChainS::For` kinds 0, 1, 9", |s| {
        s.contains(".zip(")
    }),
    ("enumerate", "`ChainE::Map`, `ChainE::Filter` kind 3", |s| {
        s.contains(".enumerate().map(") || s.contains(".enumerate().skip(")
    }),
    (
        "rev",
        "`ChainE::Map`, `ChainE::Range`, `ChainS::Collect`",
        |s| s.contains(".rev().map("),
    ),
    ("skip", "`ChainE::Map`, `ChainS::For` kind 4", |s| {
        s.contains(".skip(1)")
    }),
    ("take", "`ChainE::Map`, `ChainS::For` kind 5", |s| {
        s.contains(".take(2)")
    }),
    ("step_by", "`ChainE::Map`, `ChainS::For` kind 8", |s| {
        s.contains(".step_by(2)")
    }),
    (
        "filter",
        "`ChainE::Filter`, `ChainE::Select`, `ChainS::For` kind 7",
        |s| s.contains(".filter(|"),
    ),
    ("take_while", "`ChainE::Filter` kind 1", |s| {
        s.contains(".take_while(|")
    }),
    ("sum", "`ChainE::Map` and most chains", |s| {
        s.contains(".sum::<f64>()")
    }),
    (
        "product",
        "`ChainE::Map`, `ChainE::Named`, `ChainS::LetSum`",
        |s| s.contains(".product::<f64>()") || s.contains(".product();"),
    ),
    ("::<f64>", "`.sum::<f64>()`, `.product::<f64>()`", |s| {
        s.contains("::<f64>()")
    }),
    (
        "fold",
        "`ChainE::Fold`, `ChainE::Named`, `ChainE::Filter` kind 4",
        |s| s.contains(".fold("),
    ),
    ("for_each", "`ChainS::Update` kind 2", |s| {
        s.contains(".for_each(")
    }),
    ("count", "`ChainE::Filter` kind 2", |s| {
        s.contains(".count() as f64")
    }),
    ("any", "`ChainE::Test`", |s| s.contains(".any(|")),
    ("all", "`ChainE::Test`", |s| s.contains(".all(|")),
    ("collect::<Vec<_>>()", "`ChainS::Collect` kind 1", |s| {
        s.contains(".collect::<Vec<_>>()")
    }),
    (
        "let v: Vec<f64> = ...collect();",
        "`ChainS::Collect` kinds 0, 2",
        |s| {
            line(s, |l| {
                l.starts_with("let zc") && l.contains(": Vec<f64> = ") && l.ends_with(".collect();")
            })
        },
    ),
    (".unwrap()", "`ChainE::Select`, `ChainE::Named`", |s| {
        s.contains(").unwrap()")
    }),
    (".expect(..)", "`ChainE::Select` kind 1", |s| {
        s.contains(".expect(\"")
    }),
    (".unwrap_or(v)", "`ChainE::Select` kinds 2, 4, 5, 8", |s| {
        s.contains(".unwrap_or(") && s.contains("reduce(f64::min)")
    }),
    (
        ".map(|(i, _)| i)",
        "`ChainE::Select` kind 9: the index of the largest",
        |s| s.contains(", _)| zv"),
    ),
    ("reduce", "`ChainE::Select` kind 2, `ChainE::Named`", |s| {
        s.contains(".reduce(")
    }),
    ("min_by", "`ChainE::Select` kinds 1, 8", |s| {
        s.contains(".min_by(")
    }),
    ("max_by", "`ChainE::Select` kinds 0, 7, 9", |s| {
        s.contains(".max_by(")
    }),
    ("partial_cmp(..)", "`ChainE::Select` kinds 0, 1", |s| {
        s.contains(".partial_cmp(")
    }),
    (
        ".unwrap_or(Ordering::Equal)",
        "`ChainE::Select` kinds 0, 1",
        |s| s.contains(".unwrap_or(std::cmp::Ordering::Equal)"),
    ),
    ("total_cmp", "`ChainE::Select` kinds 7, 9", |s| {
        s.contains(".total_cmp(")
    }),
    ("f64::total_cmp", "`ChainE::Select` kind 8", |s| {
        s.contains("(f64::total_cmp)")
    }),
    ("min_by_key", "`ChainE::Select` kind 10", |s| {
        s.contains(".min_by_key(")
    }),
    ("max_by_key", "`ChainE::Select` kind 6", |s| {
        s.contains(".max_by_key(")
    }),
    ("last", "`ChainE::Select` kind 3", |s| s.contains(".last()")),
    ("position", "`ChainE::Select` kind 4", |s| {
        s.contains(".position(")
    }),
    ("find", "`ChainE::Select` kind 5", |s| s.contains(".find(")),
    (
        "for (a, b) in x.iter().zip(y)",
        "`ChainS::For` kinds 0, 1, 9",
        |s| line(s, |l| l.starts_with("for (zp") && l.contains(".zip(")),
    ),
    ("for w in x.windows(2)", "`ChainS::For` kind 2", |s| {
        line(s, |l| {
            l.starts_with("for zw") && l.ends_with(".windows(2) {")
        })
    }),
    ("for c in x.chunks(3)", "`ChainS::For` kind 3", |s| {
        line(s, |l| {
            l.starts_with("for zw") && l.ends_with(".chunks(3) {")
        })
    }),
    (
        "for (i, &v) in x.iter().enumerate().skip(1)",
        "`ChainS::For` kind 4",
        |s| s.contains(".iter().enumerate().skip(1) {"),
    ),
    // Patterns (`grammar::patterns`: `PatS` kinds 0 to 3, `HParam::Pair`,
    // `Prog::pair`).
    ("for", "`S::For`, `PatS` kinds 3 and 10", |s| {
        line(s, |l| l.starts_with("for "))
    }),
    (
        "let [x1, x2] = *param;",
        "`PatS` kind 0 form 0 on `x: &[f64; N]`",
        |s| line(s, |l| l.starts_with("let [t") && l.contains("] = *")),
    ),
    (
        "let [a, b, c] = x;",
        "`PatS` kind 0 form 0 on an array value",
        |s| {
            line(s, |l| {
                l.starts_with("let [t")
                    && !l.contains("..")
                    && !l.contains(" = *")
                    && !l.contains("ref ")
            })
        },
    ),
    ("[[a, b], [c, d]]", "`PatS` kind 1", |s| {
        line(s, |l| l.starts_with("let [[t"))
    }),
    ("[first, .., last]", "`PatS` kind 0 form 1", |s| {
        line(s, |l| l.starts_with("let [t") && l.contains(", .., t"))
    }),
    ("[head, tail @ ..]", "`PatS` kind 0 form 2", |s| {
        line(s, |l| l.starts_with("let [t") && l.contains(" @ ..] = "))
    }),
    (
        "let (s, c) = (..)",
        "`PatS` kind 2 form 0, `S::LetPair`",
        |s| s.contains("): (f64, f64) = (f64::sin("),
    ),
    ("(a, ..)", "`PatS` kind 2 form 1", |s| {
        s.contains(", ..): (f64, f64, f64) = (")
    }),
    ("_", "`PatS` kinds 0 (form 3), 1, 2 (form 2), 3", |s| {
        s.contains("let [_, t") && s.contains(", _, mut t")
    }),
    ("ref", "`PatS` kind 0 form 4", |s| s.contains("let [ref t")),
    (
        "&",
        "`PatS` kind 0 form 5 on `x: &[f64; N]`, kinds 3 and 10",
        |s| s.contains("let &[t"),
    ),
    (
        "for &[x, y] in pts.iter()",
        "`PatS` kind 3 over `m` or a local nested array",
        |s| line(s, |l| l.starts_with("for &[t") && l.ends_with(".iter() {")),
    ),
    (
        "for (i, [x, _]) in pts.iter().enumerate()",
        "`PatS` kind 3, enumerated",
        |s| {
            line(s, |l| {
                l.starts_with("for (pi")
                    && l.contains(", _]) in ")
                    && l.ends_with(".iter().enumerate() {")
            })
        },
    ),
    (
        "fn f([r, theta]: [f64; 2])",
        "`Prog::pair` (`Some(false)`), `HParam::Pair(false)`",
        |s| s.contains("[r, theta]: [f64; 2]"),
    ),
    ("fn f(&[a, b]: &[f64; 2])", "`HParam::Pair(true)`", |s| {
        s.contains("(&[a, b]: &[f64; 2]") || s.contains(", &[a, b]: &[f64; 2]")
    }),
    (
        "r_theta",
        "`Prog::pair` with `Prog::wrt`: `wrt(.., r_theta)`",
        |s| {
            line(s, |l| {
                l.starts_with("#[differentiate(wrt(") && l.contains("r_theta")
            })
        },
    ),
    (
        "a_b",
        "`HParam::Pair(true)`: a helper whose companions take `a_b`",
        |s| {
            line(s, |l| {
                l.starts_with("fn ") && l.contains("&[a, b]: &[f64; 2]")
            })
        },
    ),
    // `match` (`PatS` kinds 4 to 8).
    ("match", "`PatS` kinds 4 to 10", |s| s.contains(" match ")),
    ("0 =>", "`PatS` kind 4", |s| {
        line(s, |l| l.starts_with("0 => "))
    }),
    ("1 | 2 =>", "`PatS` kind 4", |s| {
        line(s, |l| l.starts_with("1 | 2 => "))
    }),
    ("4..=9", "`PatS` kind 4", |s| {
        line(s, |l| l.starts_with("4..=9 => "))
    }),
    ("10..", "`PatS` kind 4 (expression form)", |s| {
        line(s, |l| l.starts_with("10.. => "))
    }),
    ("n @ 1..=9", "`PatS` kind 4 (expression form)", |s| {
        line(s, |l| l.starts_with("pn") && l.contains(" @ 1..=9 => "))
    }),
    (
        "a if a <= delta =>",
        "`PatS` kind 6: a float with a guard",
        |s| {
            line(s, |l| {
                l.starts_with('t') && l.contains(" if t") && l.contains(" <= 0.5 => ")
            })
        },
    ),
    ("(0, true) =>", "`PatS` kind 5", |s| {
        line(s, |l| l.starts_with("(0, true) => "))
    }),
    ("[] =>", "`PatS` kind 7 on a slice", |s| {
        line(s, |l| l.starts_with("[] => "))
    }),
    ("[a, b] =>", "`PatS` kind 7", |s| {
        line(s, |l| {
            l.starts_with("[t") && l.matches(", t").count() == 1 && !l.contains("..")
        })
    }),
    ("[first, .., last] =>", "`PatS` kind 7", |s| {
        line(s, |l| {
            l.starts_with("[t") && l.contains(", .., t") && l.contains("] => ")
        })
    }),
    // Enums and `Option`s (`PatS` kinds 8 to 10, `Prog::opt`).
    ("Option", "`PatS` kinds 9 and 10, `Prog::opt`", |s| {
        s.contains(": Option<f64> = if ")
    }),
    (
        "Leaky(slope)",
        "`PatS` kind 8 and `patterns::enum_item`",
        |s| s.contains("Act::Leaky(slope) => ") && s.contains("pub enum FAct {"),
    ),
    ("Softplus { beta }", "`PatS` kind 8", |s| {
        s.contains("Act::Softplus { beta } => ")
    }),
    ("if let", "`PatS` kinds 8 and 9", |s| s.contains("if let ")),
    (
        "if let P = e && condition",
        "`PatS` kind 9, consumer 2",
        |s| line(s, |l| l.starts_with("if let Some(t") && l.contains(" && ")),
    ),
    ("let P = e else { .. };", "`PatS` kind 9, consumer 3", |s| {
        line(s, |l| l.starts_with("let Some(t") && l.ends_with(" else {"))
    }),
    ("while let", "`PatS` kind 9, consumer 4", |s| {
        s.contains("while let Some(t")
    }),
    ("matches!(e, P)", "`PatS` kind 9, consumer 5", |s| {
        s.contains("if matches!(") && s.contains(", Some(_))")
    }),
    (
        "matches!(e, P if condition)",
        "`PatS` kind 9, consumer 6",
        |s| after(s, "if matches!(", |rest| rest.contains(" if t")),
    ),
    ("Some(x * 2.0)", "`PatS` kind 9", |s| {
        s.contains(" * 2.0) } else { None };")
    }),
    ("None", "`PatS` kinds 9 and 10", |s| s.contains("{ None }")),
    ("let mut best = None;", "`PatS` kind 10", |s| {
        line(s, |l| {
            l.starts_with("let mut pb") && l.ends_with(" = None;")
        })
    }),
    ("let else", "`PatS` kind 9, consumer 3", |s| {
        line(s, |l| l.starts_with("let Some(") && l.ends_with(" else {"))
    }),
    ("is_some()", "`PatS` kind 9, consumer 7", |s| {
        s.contains(".is_some() {")
    }),
    ("is_none()", "`PatS` kind 9, consumer 8", |s| {
        s.contains(".is_none() {")
    }),
    ("unwrap()", "`PatS` kind 9, consumers 6, 7 and 10", |s| {
        after(s, "po", |rest| rest.starts_with(".unwrap() "))
    }),
    ("expect(..)", "`PatS` kind 9, consumer 8", |s| {
        after(s, "po", |rest| rest.starts_with(".expect(\""))
    }),
    ("unwrap_or(v)", "`PatS` kind 9 (consumer 9) and 10", |s| {
        after(s, "pb", |rest| rest.starts_with(".unwrap_or("))
            && after(s, "po", |rest| rest.starts_with(".unwrap_or("))
    }),
    ("unwrap_or_default()", "`PatS` kind 9, consumer 9", |s| {
        s.contains(".unwrap_or_default()")
    }),
    ("or(..)", "`PatS` kind 9, consumer 10", |s| {
        s.contains(".or(Some(")
    }),
    (
        "Option<f64>",
        "`Prog::opt`: a constant `o: Option<f64>`, read by `PatS` kind 9",
        |s| {
            s.contains("o: Option<f64>")
                && (s.contains(" o.") || s.contains(" o {") || s.contains("(o, "))
        },
    ),
    ("wrt(..)", "`Prog::wrt` (always with `Prog::opt`)", |s| {
        line(s, |l| {
            l.starts_with("#[differentiate(wrt(") && l.ends_with("))]")
        })
    }),
    // Assertions and panics (`grammar::checks`).
    ("assert!", "`CheckS::Holds { debug: false }`", |s| {
        line(s, |l| l.starts_with("assert!("))
    }),
    ("debug_assert!", "`CheckS::Holds { debug: true }`", |s| {
        s.contains("debug_assert!(")
    }),
    ("assert_eq!", "`CheckS::Len` kind 0", |s| {
        s.contains("assert_eq!(")
    }),
    ("debug_assert_eq!", "`CheckS::Len` kind 1", |s| {
        s.contains("debug_assert_eq!(")
    }),
    ("assert_ne!", "`CheckS::Len` kind 2", |s| {
        line(s, |l| l.starts_with("assert_ne!("))
    }),
    ("debug_assert_ne!", "`CheckS::Len` kind 3", |s| {
        s.contains("debug_assert_ne!(")
    }),
    (
        "{x}",
        "`CheckS::Panic`: a message capturing a variable",
        |s| s.contains("\"negative square of {"),
    ),
    ("panic!", "`CheckS::Panic`: in a branch never taken", |s| {
        s.contains("panic!(")
    }),
    (
        "unreachable!",
        "`CheckS::Unreachable`: the arm of an `if` value",
        |s| s.contains("else { unreachable!() }"),
    ),
    (
        "(a..b).contains(&x)",
        "`CheckS::Unreachable`: its condition",
        |s| s.contains("if (0.0..).contains(&("),
    ),
    // Float operations beyond the method table (`grammar::floats`).
    ("sin_cos", "`FloatS::SinCos`", |s| s.contains(".sin_cos()")),
    (
        "let (s, c) = t.sin_cos();",
        "`FloatS::SinCos { path: false }`",
        |s| {
            line(s, |l| {
                l.starts_with("let (v") && l.ends_with(").sin_cos();")
            })
        },
    ),
    ("f64::sin_cos(t)", "`FloatS::SinCos { path: true }`", |s| {
        s.contains("f64::sin_cos(")
    }),
    ("f64::from(x)", "`FloatS::Widen`, `FloatS::FromInt`", |s| {
        s.contains("f64::from((") && s.contains("f64::from(3_u16)")
    }),
    (
        "let z: f64 = x.into();",
        "`FloatS::Widen { into: true }`, `FloatS::FromInt { into: true }`",
        |s| s.contains(" as f32).into();") && s.contains(": f64 = 2_u16.into();"),
    ),
    (
        "x as f64",
        "`FloatS`: the casts the conversions stand for",
        |s| s.contains("as f32") && s.contains("as f64"),
    ),
    // Parts of sequences (`grammar::seqs`).
    ("vec![a, b, c]", "`SeqS::VecLit`", |s| {
        line(s, |l| {
            l.starts_with("let zvec") && l.contains(": Vec<f64> = vec![")
        })
    }),
    ("Vec::new()", "`SeqS::Grow` kind 0", |s| {
        line(s, |l| {
            l.starts_with("let mut zgrow") && l.ends_with("= Vec::new();")
        })
    }),
    ("Vec::with_capacity(n)", "`SeqS::Grow` kind 1", |s| {
        line(s, |l| {
            l.starts_with("let mut zgrow") && l.contains("= Vec::with_capacity(")
        })
    }),
    ("v.push(e)", "`SeqS::Grow`: in a loop and a branch", |s| {
        line(s, |l| l.starts_with("zgrow") && l.contains(".push("))
    }),
    ("v.extend_from_slice(&x)", "`SeqS::Grow` kind 1", |s| {
        line(s, |l| {
            l.starts_with("zgrow")
                && l.contains(".extend_from_slice(&")
                && l.ends_with(");")
                && !l.contains('[')
        })
    }),
    (
        "v.extend_from_slice(&x[a..b])",
        "`SeqS::Grow` kind 0",
        |s| line(s, |l| l.starts_with("zgrow") && l.ends_with("[1..3]);")),
    ),
    ("let a = &x[1..];", "`SeqS::Sub` kind 0", |s| {
        line(s, |l| l.starts_with("let zs") && l.ends_with("[1..];"))
    }),
    ("&x[..n]", "`SeqS::Sub` kind 1", |s| {
        line(s, |l| l.starts_with("let zs") && l.ends_with("[..2];"))
    }),
    ("&x[a..b]", "`SeqS::Sub` kind 2", |s| {
        line(s, |l| l.starts_with("let zs") && l.ends_with("[1..3];"))
    }),
    (
        "for &v in a.iter()",
        "`SeqS::Sub`: a loop over the subslice",
        |s| line(s, |l| l.starts_with("for &zv") && l.contains(" in zs")),
    ),
    ("to_vec()", "`SeqS::Sub`: the copy", |s| {
        s.contains("].to_vec();")
    }),
    ("let (l, r) = x.split_at(k);", "`SeqS::Split`", |s| {
        s.contains(".split_at(")
    }),
    ("x.first()", "`SeqS::End { last: false }`", |s| {
        s.contains(".first().copied().unwrap_or(")
    }),
    ("x.last()", "`SeqS::End { last: true }`", |s| {
        s.contains(".last().copied().unwrap_or(")
    }),
    (".copied().unwrap_or(d)", "`SeqS::End`", |s| {
        s.contains("().copied().unwrap_or(")
    }),
    // Beyond "What works": the other constructs the generator covers.
    ("static", "`Item { is_static: true }`", |s| {
        s.contains("static ")
    }),
    ("#[checkpoint]", "`S::For(_, _, Some(0))`", |s| {
        s.contains("#[checkpoint]")
    }),
    ("#[checkpoint(every = K)]", "`S::For(_, _, Some(k))`", |s| {
        s.contains("#[checkpoint(every = ")
    }),
    ("let (a, b) = g(..)", "`S::CallPair`", |s| {
        line(s, |l| l.starts_with("let (u"))
    }),
    (
        "let w = g(..)",
        "`S::CallArr(.., false)`: an array result, unannotated",
        |s| line(s, |l| l.starts_with("let w") && !l.contains(':')),
    ),
    ("let w: [f64; 3] = g(..)", "`S::CallArr(.., true)`", |s| {
        line(s, |l| {
            l.starts_with("let ") && l.contains("w") && l.contains(": [f64; 3] = ")
        })
    }),
    (
        "powi(K)",
        "`F1::PowiItem`: an `i32` item as exponent",
        |s| s.contains(".powi(F_K"),
    ),
    (
        "0..N",
        "`Range::Count`: an item, `p.n`, a `usize` parameter",
        |s| s.contains(" in 0..F_K") && s.contains(" in 0..p.n") && s.contains(" in 0..n"),
    ),
    // User types and signatures.
    (
        "t.0",
        "`S::LetTuple`: `let mut t = (e, f);`, its items read",
        |s| {
            s.contains("let mut t")
                && line(s, |l| {
                    !l.starts_with('t')
                        && after(l, "t", |r| r.starts_with(".0") || r.starts_with(".1"))
                })
        },
    ),
    (
        "t.0 = v",
        "`S::LetTuple` and `S::Assign`: an item of a tuple assigned",
        |s| {
            line(s, |l| {
                let head = l.split(" = ").next().unwrap_or("");
                assigns(l, " = ") && l.starts_with('t') && head.contains('.')
            })
        },
    ),
    (
        "&f64",
        "`HParam::ScalarRef`: a helper's `r0: &f64`, called with `&(e)`",
        |s| s.contains(": &f64") && s.contains("(&("),
    ),
    ("&f32", "`HParam::ScalarRef` of a program in `f32`", |s| {
        s.contains(": &f32")
    }),
    (
        "#[differentiate] impl Params { .. }",
        "`HForm::Assoc` and `HForm::Method`: the helpers' `impl Params`, annotated",
        |s| s.contains("#[differentiate]\nimpl Params {"),
    ),
];

/// The probe of a float method: `x.NAME(..)` or `f64::NAME(..)`.
pub fn method_probe(s: &str, name: &str) -> bool {
    s.contains(&format!(".{name}(")) || s.contains(&format!("f64::{name}("))
}

/// The constructs of the README's "What works", as written between
/// backticks; a list of float methods or operators (`floor ceil round`,
/// `+ - * / %`) is split into its items.
pub fn readme_constructs(readme: &str) -> Vec<String> {
    let start = readme
        .find("## What works")
        .expect("a \"What works\" section");
    let rest = &readme[start + "## What works".len()..];
    let section = &rest[..rest.find("\n#").unwrap_or(rest.len())];
    let mut out: Vec<String> = Vec::new();
    for (k, span) in section.split('`').enumerate() {
        if k % 2 == 0 {
            continue;
        }
        let words: Vec<&str> = span.split_whitespace().collect();
        // A list of float methods, or of operators.
        let method = |w: &str| crate::math::lookup(w).is_some();
        let op = |w: &str| w.chars().all(|c| "+-*/%=&|!<>".contains(c));
        let list = words.iter().all(|w| method(w)) || words.iter().all(|w| op(w));
        let items: Vec<String> = if words.len() > 1 && list {
            words.iter().map(|w| (*w).to_string()).collect()
        } else {
            vec![words.join(" ")]
        };
        for i in items {
            if !out.contains(&i) {
                out.push(i);
            }
        }
    }
    out
}

const README: &str = include_str!("../../../README.md");

#[test]
fn readme_constructs_are_split_into_items() {
    let text = "## What works\n\n- `sin cos\n  tan` and `+ - *`, `for &v in x.iter()`, `x.len()`.\n## Next";
    assert_eq!(
        readme_constructs(text),
        [
            "sin",
            "cos",
            "tan",
            "+",
            "-",
            "*",
            "for &v in x.iter()",
            "x.len()"
        ]
    );
}

#[test]
fn every_construct_of_the_readme_has_a_production() {
    let missing: Vec<String> = readme_constructs(README)
        .into_iter()
        .filter(|c| !CONSTRUCTS.iter().any(|(k, _, _)| k == c) && crate::math::lookup(c).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "README \"What works\" lists constructs that the random-program generator \
         (fuzz/grammar.rs) has no production for; add one and an entry of \
         fuzz/coverage.rs::CONSTRUCTS: {missing:?}"
    );
}

#[test]
fn every_production_is_generated() {
    super::with_big_stack(every_production_is_generated_on_a_big_stack);
}

fn every_production_is_generated_on_a_big_stack() {
    let mut runner = super::runner(1, super::seed());
    let strategy = grammar::prog(Sizes::default());
    let mut sample = String::new();
    let mut programs = 0;
    let methods: Vec<String> = readme_constructs(README)
        .into_iter()
        .filter(|c| crate::math::lookup(c).is_some())
        .collect();
    let covered = |sample: &str| {
        CONSTRUCTS.iter().all(|(_, _, p)| p(sample))
            && methods.iter().all(|m| method_probe(sample, m))
    };
    // Programs until every probe is true, or a bound.
    while programs < 5000 && (programs % 100 != 0 || !covered(&sample)) {
        let p = strategy.new_tree(&mut runner).expect("a program").current();
        sample.push_str(&p.program("f"));
        programs += 1;
    }
    let missing: Vec<&str> = CONSTRUCTS
        .iter()
        .filter(|(_, _, p)| !p(&sample))
        .map(|(k, _, _)| *k)
        .chain(
            methods
                .iter()
                .filter(|m| !method_probe(&sample, m))
                .map(String::as_str),
        )
        .collect();
    assert!(
        missing.is_empty(),
        "no program of {programs} has these constructs: {missing:?}"
    );
    eprintln!("every construct appears within {programs} random programs");
}
