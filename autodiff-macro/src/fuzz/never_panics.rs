//! The macro never panics: `expand` on arbitrary token streams, on random
//! bodies inside valid signatures, and on mutations of valid functions (the
//! random programs of `grammar`, and every `#[differentiate]` function of
//! the repository's tests and examples), with random attribute arguments.
//!
//! For each input: `expand` returns (a panic is a failure, shrunk to a
//! minimal input); and when the item is a syntactically valid function, the
//! expansion is valid Rust (a `compile_error!` for a rejection, never
//! unparsable tokens that would bury the real error under rustc's own).

use super::grammar::{self, Sizes};
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestError};
use std::cell::Cell;
use std::path::Path;
use std::str::FromStr;
use std::time::Instant;

/// Identifiers random tokens are made of: keywords, the names the macro
/// looks for, names of generated items, and raw identifiers.
const IDENTS: &[&str] = &[
    "fn",
    "let",
    "mut",
    "if",
    "else",
    "for",
    "in",
    "while",
    "loop",
    "return",
    "break",
    "continue",
    "match",
    "as",
    "pub",
    "self",
    "Self",
    "impl",
    "struct",
    "const",
    "static",
    "unsafe",
    "async",
    "await",
    "move",
    "ref",
    "where",
    "dyn",
    "crate",
    "super",
    "type",
    "x",
    "y",
    "i",
    "n",
    "f",
    "g",
    "v",
    "f64",
    "f32",
    "usize",
    "i32",
    "bool",
    "Vec",
    "vec",
    "sin",
    "cos",
    "ln",
    "exp",
    "powi",
    "powf",
    "sqrt",
    "max",
    "min",
    "clamp",
    "mul_add",
    "abs",
    "atan2",
    "hypot",
    "len",
    "iter",
    "enumerate",
    "rev",
    "zip",
    "map",
    "sum",
    "push",
    "clone",
    "is_nan",
    "to_bits",
    "floor",
    "std",
    "core",
    "autodiff",
    "differentiate",
    "wrt",
    "hessian",
    "custom",
    "d_out",
    "d_x",
    "x_grad",
    "x_vjp",
    "tape",
    "tape_0",
    "__autodiff_input_0",
    "println",
    "assert",
    "unimplemented",
    "Default",
    "default",
    "Some",
    "None",
    "_",
];

/// Raw identifiers (`r#type`).
const RAW: &[&str] = &["type", "fn", "match", "x", "async", "try", "dyn"];

const PUNCTS: &[&str] = &[
    "+", "-", "*", "/", "%", "=", "==", "!=", "<", ">", "<=", ">=", "+=", "-=", "*=", "/=", "!",
    "&", "&&", "||", "|", "^", ";", ":", "::", ",", ".", "..", "..=", "->", "=>", "?", "#", "@",
    "'", "$", "~",
];

const LITERALS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "0.0",
    "1.0",
    "2.5",
    "-1.0",
    "1e308",
    "1e999",
    "1e-999",
    "0.1f32",
    "2.0f64",
    "3usize",
    "1u8",
    "255u8",
    "256u8",
    "-1i32",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "0x10",
    "0b101",
    "1_000.000_1",
    "1e10",
    "\"s\"",
    "'c'",
    "b'x'",
    "b\"bytes\"",
    "r\"raw\"",
    "c\"c\"",
    "true",
    "false",
];

fn ident(k: usize) -> TokenTree {
    let n = IDENTS.len() + RAW.len();
    let k = k % n;
    if k < IDENTS.len() {
        TokenTree::Ident(Ident::new(IDENTS[k], Span::call_site()))
    } else {
        TokenTree::Ident(Ident::new_raw(RAW[k - IDENTS.len()], Span::call_site()))
    }
}

/// One or two tokens of a punctuation sequence, or a lifetime.
fn punct(k: usize) -> Vec<TokenTree> {
    let text = PUNCTS[k % PUNCTS.len()];
    if text == "'" {
        return TokenStream::from_str("'a").map_or_else(|_| vec![], |t| t.into_iter().collect());
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let spacing = if i + 1 < chars.len() {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            TokenTree::Punct(Punct::new(*c, spacing))
        })
        .collect()
}

fn literal(k: usize) -> Vec<TokenTree> {
    let text = LITERALS[k % LITERALS.len()];
    if let Some(rest) = text.strip_prefix('-') {
        let mut v = punct(1);
        v.extend(literal_text(rest));
        return v;
    }
    literal_text(text)
}

fn literal_text(text: &str) -> Vec<TokenTree> {
    if text == "true" || text == "false" {
        return vec![TokenTree::Ident(Ident::new(text, Span::call_site()))];
    }
    match Literal::from_str(text) {
        Ok(l) => vec![TokenTree::Literal(l)],
        Err(_) => vec![],
    }
}

fn delimiter(k: usize) -> Delimiter {
    match k % 4 {
        0 => Delimiter::Parenthesis,
        1 => Delimiter::Bracket,
        2 => Delimiter::Brace,
        _ => Delimiter::None,
    }
}

/// A random token tree, described by numbers so it shrinks well.
#[derive(Clone, Debug)]
enum Tok {
    Ident(usize),
    Punct(usize),
    Lit(usize),
    Group(usize, Vec<Tok>),
}

fn tok() -> impl Strategy<Value = Tok> {
    let leaf = prop_oneof![
        4 => any::<usize>().prop_map(Tok::Ident),
        3 => any::<usize>().prop_map(Tok::Punct),
        2 => any::<usize>().prop_map(Tok::Lit),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        (any::<usize>(), vec(inner, 0..8)).prop_map(|(d, items)| Tok::Group(d, items))
    })
}

fn tokens(toks: &[Tok]) -> TokenStream {
    let mut out = Vec::new();
    for t in toks {
        match t {
            Tok::Ident(k) => out.push(ident(*k)),
            Tok::Punct(k) => out.extend(punct(*k)),
            Tok::Lit(k) => out.extend(literal(*k)),
            Tok::Group(d, items) => {
                out.push(TokenTree::Group(Group::new(delimiter(*d), tokens(items))));
            }
        }
    }
    out.into_iter().collect()
}

/// Attribute arguments: one of a list of valid and invalid spellings, or
/// random tokens.
#[derive(Clone, Debug)]
enum Attr {
    Known(usize),
    Random(Vec<Tok>),
}

const ATTRS: &[&str] = &[
    "",
    "",
    "",
    "wrt(x)",
    "wrt(a, x)",
    "wrt()",
    "wrt(x, x)",
    "wrt(nope)",
    "wrt",
    "wrt = 1",
    "wrt(1)",
    "crate = \"::autodiff\"",
    "crate = \"not a path\"",
    "crate = \"\"",
    "crate = 5",
    "crate",
    "hessian",
    "custom",
    "hessian, custom",
    "foo",
    ",",
    "wrt(x),",
    "wrt(x) crate = \"::autodiff\"",
    "wrt(x), crate = \"self::autodiff\"",
    "wrt(r#type)",
];

fn attr() -> impl Strategy<Value = Attr> {
    prop_oneof![
        4 => any::<usize>().prop_map(Attr::Known),
        1 => vec(tok(), 0..4).prop_map(Attr::Random),
    ]
}

impl Attr {
    fn tokens(&self) -> TokenStream {
        match self {
            Attr::Known(k) => TokenStream::from_str(ATTRS[k % ATTRS.len()]).unwrap_or_default(),
            Attr::Random(t) => tokens(t),
        }
    }
}

/// One edit of a token stream. Positions count token trees in preorder
/// (modulo their number); `k` picks a replacement token.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    SwapWithNext(usize),
    Replace(usize, Tok),
    Insert(usize, Tok),
    /// Replaces a group by its contents.
    Unwrap(usize),
    /// Wraps a tree in a group.
    Wrap(usize, usize),
    /// Copies a tree of another corpus function before this position.
    Splice(usize, usize, usize),
    /// Replaces a tree by a copy of another tree of the same function.
    ReplaceSame(usize, usize),
    /// Makes an identifier raw (`x` to `r#x`).
    MakeRaw(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let pos = any::<usize>;
    let leaf_tok = prop_oneof![
        any::<usize>().prop_map(Tok::Ident),
        any::<usize>().prop_map(Tok::Punct),
        any::<usize>().prop_map(Tok::Lit),
    ];
    prop_oneof![
        4 => pos().prop_map(Edit::Delete),
        2 => pos().prop_map(Edit::Duplicate),
        2 => pos().prop_map(Edit::SwapWithNext),
        3 => (pos(), leaf_tok.clone()).prop_map(|(p, t)| Edit::Replace(p, t)),
        3 => (pos(), leaf_tok).prop_map(|(p, t)| Edit::Insert(p, t)),
        1 => pos().prop_map(Edit::Unwrap),
        1 => (pos(), any::<usize>()).prop_map(|(p, d)| Edit::Wrap(p, d)),
        2 => (pos(), any::<usize>(), pos()).prop_map(|(p, f, q)| Edit::Splice(p, f, q)),
        4 => (pos(), pos()).prop_map(|(p, q)| Edit::ReplaceSame(p, q)),
        1 => pos().prop_map(Edit::MakeRaw),
    ]
}

fn count(ts: &TokenStream) -> usize {
    ts.clone()
        .into_iter()
        .map(|t| match &t {
            TokenTree::Group(g) => 1 + count(&g.stream()),
            _ => 1,
        })
        .sum()
}

/// The tree at preorder position `target`.
fn nth(ts: &TokenStream, target: &mut usize) -> Option<TokenTree> {
    for t in ts.clone() {
        if *target == 0 {
            return Some(t);
        }
        *target -= 1;
        if let TokenTree::Group(g) = &t {
            if let Some(found) = nth(&g.stream(), target) {
                return Some(found);
            }
        }
    }
    None
}

/// Applies `f` to the sibling list holding preorder position `target`, at
/// that tree's index.
fn at(
    ts: TokenStream,
    target: &mut usize,
    f: &mut dyn FnMut(&mut Vec<TokenTree>, usize),
) -> (TokenStream, bool) {
    let mut items: Vec<TokenTree> = ts.into_iter().collect();
    let mut i = 0;
    while i < items.len() {
        if *target == 0 {
            f(&mut items, i);
            return (items.into_iter().collect(), true);
        }
        *target -= 1;
        if let TokenTree::Group(g) = &items[i] {
            let (inner, done) = at(g.stream(), target, f);
            if done {
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                items[i] = TokenTree::Group(ng);
                return (items.into_iter().collect(), true);
            }
        }
        i += 1;
    }
    (items.into_iter().collect(), false)
}

/// An edit of a sibling list at an index.
type EditAt = dyn FnMut(&mut Vec<TokenTree>, usize);

fn apply(ts: TokenStream, e: &Edit, corpus: &[(String, TokenStream)]) -> TokenStream {
    let n = count(&ts).max(1);
    let one = |t: &Tok| {
        tokens(std::slice::from_ref(t))
            .into_iter()
            .collect::<Vec<_>>()
    };
    let (p, mut f): (usize, Box<EditAt>) = match e {
        Edit::Delete(p) => (
            *p,
            Box::new(|v, i| {
                v.remove(i);
            }),
        ),
        Edit::Duplicate(p) => (
            *p,
            Box::new(|v, i| {
                let t = v[i].clone();
                v.insert(i, t);
            }),
        ),
        Edit::SwapWithNext(p) => (
            *p,
            Box::new(|v, i| {
                if i + 1 < v.len() {
                    v.swap(i, i + 1);
                }
            }),
        ),
        Edit::Replace(p, t) => {
            let new = one(t);
            (
                *p,
                Box::new(move |v, i| {
                    v.splice(i..=i, new.clone());
                }),
            )
        }
        Edit::Insert(p, t) => {
            let new = one(t);
            (
                *p,
                Box::new(move |v, i| {
                    v.splice(i..i, new.clone());
                }),
            )
        }
        Edit::Unwrap(p) => (
            *p,
            Box::new(|v, i| {
                if let TokenTree::Group(g) = v[i].clone() {
                    v.splice(i..=i, g.stream());
                }
            }),
        ),
        Edit::Wrap(p, d) => {
            let d = delimiter(*d);
            (
                *p,
                Box::new(move |v, i| {
                    let inner: TokenStream = std::iter::once(v[i].clone()).collect();
                    v[i] = TokenTree::Group(Group::new(d, inner));
                }),
            )
        }
        Edit::Splice(p, from, q) => {
            let other = &corpus[from % corpus.len()].1;
            let mut q = q % count(other).max(1);
            let t = nth(other, &mut q);
            (
                *p,
                Box::new(move |v, i| {
                    if let Some(t) = t.clone() {
                        v.insert(i, t);
                    }
                }),
            )
        }
        Edit::ReplaceSame(p, q) => {
            let mut q = q % n;
            let t = nth(&ts, &mut q);
            (
                *p,
                Box::new(move |v, i| {
                    if let Some(t) = t.clone() {
                        v[i] = t;
                    }
                }),
            )
        }
        Edit::MakeRaw(p) => (
            *p,
            Box::new(|v, i| {
                if let TokenTree::Ident(id) = &v[i] {
                    let name = id.to_string();
                    let reserved = ["self", "Self", "super", "crate", "_"];
                    if !name.starts_with("r#") && !reserved.contains(&name.as_str()) {
                        v[i] = TokenTree::Ident(Ident::new_raw(&name, id.span()));
                    }
                }
            }),
        ),
    };
    let mut target = p % n;
    at(ts, &mut target, &mut *f).0
}

/// Every `#[differentiate]` function (free or in an `impl`) of the
/// repository's tests and examples, with its attribute's arguments.
fn repository_corpus() -> Vec<(String, TokenStream)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests", "tests/ui", "examples"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "rs") {
                    files.push(e.path());
                }
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(file) = syn::parse_file(&text) else {
            continue;
        };
        collect_items(&file.items, &mut out);
    }
    out
}

fn attr_args(attrs: &[syn::Attribute]) -> Option<String> {
    let a = attrs.iter().find(|a| {
        a.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "differentiate")
    })?;
    Some(match &a.meta {
        syn::Meta::List(l) => l.tokens.to_string(),
        _ => String::new(),
    })
}

fn collect_items(items: &[syn::Item], out: &mut Vec<(String, TokenStream)>) {
    use quote::ToTokens;
    for item in items {
        match item {
            syn::Item::Fn(f) => {
                if let Some(args) = attr_args(&f.attrs) {
                    let mut f = f.clone();
                    f.attrs.retain(|a| !a.path().is_ident("differentiate"));
                    out.push((args, f.to_token_stream()));
                }
            }
            syn::Item::Impl(i) => {
                for it in &i.items {
                    if let syn::ImplItem::Fn(m) = it {
                        if let Some(args) = attr_args(&m.attrs) {
                            let mut m = m.clone();
                            m.attrs.retain(|a| !a.path().is_ident("differentiate"));
                            out.push((args, m.to_token_stream()));
                        }
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_items(items, out);
                }
            }
            _ => {}
        }
    }
}

/// A corpus of valid functions: the repository's, then random programs.
fn corpus() -> Vec<(String, TokenStream)> {
    use proptest::strategy::ValueTree;
    let mut out = repository_corpus();
    let mut runner = super::runner(1, super::seed());
    let strategy = grammar::prog(Sizes {
        top: 5,
        nested: 3,
        depth: 2,
        expr_depth: 2,
        expr_size: 6,
    });
    for k in 0..40 {
        if let Ok(tree) = strategy.new_tree(&mut runner) {
            let p = tree.current();
            if let Ok(ts) = TokenStream::from_str(&p.render(&format!("g{k}"))) {
                out.push((p.attr(), ts));
            }
        }
    }
    out
}

/// Runs `expand` on one input; `Err` on a panic, or on an expansion of a
/// valid function that is not valid Rust.
/// Panics already reported, with the regression test that reproduces each
/// (`regressions.rs`, ignored while open): the CI properties count them
/// instead of failing, so that only new panics turn CI red. Remove an entry
/// with its fix.
const KNOWN_PANICS: &[(&str, &str)] = &[];

/// What `expand` did with one input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    Accepted,
    /// A `compile_error!` in the expansion.
    Rejected,
    /// A panic listed in [`KNOWN_PANICS`].
    KnownPanic,
}

/// Runs `expand` on one input; `Err` on a panic (other than a known one if
/// `allow_known`), or on an expansion of a valid function that is not valid
/// Rust.
fn expand_checked(
    args: TokenStream,
    item: TokenStream,
    allow_known: bool,
) -> Result<Outcome, String> {
    let item_is_fn = syn::parse2::<syn::ItemFn>(item.clone()).is_ok();
    let (a, i) = (args.to_string(), item.to_string());
    let out = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        crate::expand::expand(args, item)
    })) {
        Ok(out) => out,
        Err(p) => {
            let msg = super::panic_message(&p);
            if allow_known && KNOWN_PANICS.iter().any(|(m, _)| msg.contains(m)) {
                return Ok(Outcome::KnownPanic);
            }
            return Err(format!(
                "expand panicked: {msg}\nattribute: #[differentiate({a})]\nitem: {i}"
            ));
        }
    };
    let text = out.to_string();
    if item_is_fn {
        if let Err(e) = syn::parse2::<syn::File>(out) {
            return Err(format!(
                "the expansion of a valid function is not valid Rust ({e})\nattribute: \
                 #[differentiate({a})]\nitem: {i}\nexpansion: {text}"
            ));
        }
    }
    Ok(if text.contains("compile_error") {
        Outcome::Rejected
    } else {
        Outcome::Accepted
    })
}

/// How many inputs ended each way.
#[derive(Default)]
struct Counts {
    accepted: Cell<usize>,
    rejected: Cell<usize>,
    known: Cell<usize>,
}

impl Counts {
    fn add(&self, o: Outcome) {
        let c = match o {
            Outcome::Accepted => &self.accepted,
            Outcome::Rejected => &self.rejected,
            Outcome::KnownPanic => &self.known,
        };
        c.set(c.get() + 1);
    }

    fn summary(&self) -> String {
        format!(
            "{} accepted, {} rejected with compile_error, {} known panics",
            self.accepted.get(),
            self.rejected.get(),
            self.known.get()
        )
    }
}

fn report<V: std::fmt::Debug>(name: &str, r: Result<(), TestError<V>>) {
    match r {
        Ok(()) => {}
        Err(TestError::Fail(msg, v)) => panic!("{name}: {msg}\nminimal input: {v:?}"),
        Err(TestError::Abort(msg)) => panic!("{name}: aborted: {msg}"),
    }
}

#[test]
fn expand_never_panics_on_mutated_functions() {
    super::with_big_stack(expand_never_panics_on_mutated_functions_on_a_big_stack);
}

fn expand_never_panics_on_mutated_functions_on_a_big_stack() {
    let corpus = corpus();
    assert!(
        corpus.len() > 40,
        "the corpus has {} functions",
        corpus.len()
    );
    let (n, seed) = (super::cases(512), super::seed());
    let mut runner = super::runner(n, seed);
    let tried = Cell::new(0usize);
    let counts = Counts::default();
    let start = Instant::now();
    let strategy = (
        any::<usize>(),
        proptest::option::weighted(0.3, attr()),
        vec(edit(), 1..5),
    );
    let r = runner.run(&strategy, |(k, a, edits)| {
        let (args, item) = &corpus[k % corpus.len()];
        let args = match a {
            Some(a) => a.tokens(),
            None => TokenStream::from_str(args).unwrap_or_default(),
        };
        let mut item = item.clone();
        for e in &edits {
            item = apply(item, e, &corpus);
        }
        tried.set(tried.get() + 1);
        counts.add(expand_checked(args, item, true).map_err(TestCaseError::fail)?);
        Ok(())
    });
    eprintln!(
        "mutated functions: {} inputs from a corpus of {} functions ({}), seed {seed}, {:.1?}",
        tried.get(),
        corpus.len(),
        counts.summary(),
        start.elapsed()
    );
    report("mutated functions", r);
}

#[test]
fn expand_never_panics_on_random_tokens() {
    super::with_big_stack(expand_never_panics_on_random_tokens_on_a_big_stack);
}

fn expand_never_panics_on_random_tokens_on_a_big_stack() {
    let (n, seed) = (super::cases(512), super::seed());
    let mut runner = super::runner(n, seed);
    let tried = Cell::new(0usize);
    let counts = Counts::default();
    let start = Instant::now();
    // Random item tokens; half of the time as the body of a valid signature,
    // so they reach the body's parser.
    let strategy = (attr(), any::<bool>(), vec(tok(), 0..24));
    let r = runner.run(&strategy, |(a, in_fn, toks)| {
        let body = tokens(&toks);
        let item = if in_fn {
            let g = Group::new(Delimiter::Brace, body);
            let mut head = TokenStream::from_str("fn f(x: f64, v: &[f64], n: usize) -> f64")
                .unwrap_or_default();
            head.extend(std::iter::once(TokenTree::Group(g)));
            head
        } else {
            body
        };
        tried.set(tried.get() + 1);
        counts.add(expand_checked(a.tokens(), item, true).map_err(TestCaseError::fail)?);
        Ok(())
    });
    eprintln!(
        "random token streams: {} inputs ({}), seed {seed}, {:.1?}",
        tried.get(),
        counts.summary(),
        start.elapsed()
    );
    report("random tokens", r);
}

/// Runs many inputs without stopping at the first panic and prints each
/// distinct panic (by message and location) with the shortest input that
/// raised it: `AUTODIFF_PROPTEST_CASES=100000 cargo test -p autodiff-macro
/// --lib explore_panics -- --ignored --nocapture`.
#[test]
#[ignore = "exploration, prints what it finds"]
fn explore_panics() {
    super::with_big_stack(explore_panics_on_a_big_stack);
}

fn explore_panics_on_a_big_stack() {
    use proptest::strategy::ValueTree;
    use std::collections::BTreeMap;
    thread_local! {
        static WHERE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    let corpus = corpus();
    let n = super::cases(20_000);
    let mut runner = super::runner(1, super::seed());
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        WHERE.with(|w| *w.borrow_mut() = loc);
    }));
    let mut found: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let strategy = (
        any::<usize>(),
        proptest::option::weighted(0.3, attr()),
        vec(edit(), 1..5),
    );
    let random = (attr(), any::<bool>(), vec(tok(), 0..24));
    for k in 0..n {
        let (args, item) = if k % 2 == 0 {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let (i, a, edits) = tree.current();
            let (args, item) = &corpus[i % corpus.len()];
            let args = match a {
                Some(a) => a.tokens(),
                None => TokenStream::from_str(args).unwrap_or_default(),
            };
            let mut item = item.clone();
            for e in &edits {
                item = apply(item, e, &corpus);
            }
            (args, item)
        } else {
            let Ok(tree) = random.new_tree(&mut runner) else {
                continue;
            };
            let (a, in_fn, toks) = tree.current();
            let body = tokens(&toks);
            let item = if in_fn {
                let mut head = TokenStream::from_str("fn f(x: f64, v: &[f64], n: usize) -> f64")
                    .unwrap_or_default();
                head.extend(std::iter::once(TokenTree::Group(Group::new(
                    Delimiter::Brace,
                    body,
                ))));
                head
            } else {
                body
            };
            (a.tokens(), item)
        };
        if let Err(msg) = expand_checked(args.clone(), item.clone(), false) {
            let loc = WHERE.with(|w| w.borrow().clone());
            let first = msg.lines().next().unwrap_or("").to_string();
            let key = format!("{first} at {loc}");
            let text = format!("#[differentiate({args})] {item}");
            let e = found.entry(key).or_insert((usize::MAX, String::new()));
            if text.len() < e.0 {
                *e = (text.len(), text);
            }
        }
    }
    std::panic::set_hook(hook);
    eprintln!("{n} inputs, {} distinct failures", found.len());
    for (k, (_, text)) in &found {
        eprintln!("\n== {k}\n{text}");
    }
}
