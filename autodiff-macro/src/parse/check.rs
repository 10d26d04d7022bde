//! Assertions and panics: `assert!`, `assert_eq!`, `assert_ne!`, their
//! `debug_` forms, and `panic!`, `unreachable!`, `todo!`,
//! `unimplemented!`. They are kept as written (an [`Expr::Opaque`] of kind
//! [`OpaqueKind::Check`]): the lowering binds the local variables they
//! mention to their values where they are written (`lower::check`), so the
//! primal and the companions check the same primal values; no derivative
//! flows through them.

use super::*;
use proc_macro2::{TokenStream, TokenTree};

/// The assertion macros and their least number of arguments.
const ASSERTIONS: &[(&str, usize)] = &[
    ("assert", 1),
    ("debug_assert", 1),
    ("assert_eq", 2),
    ("debug_assert_eq", 2),
    ("assert_ne", 2),
    ("debug_assert_ne", 2),
];

/// The macros that never return.
const PANICS: &[&str] = &["panic", "unreachable", "todo", "unimplemented"];

impl Parser<'_> {
    /// An assertion or panic macro as an expression; `None` with the error
    /// recorded if its arguments cannot be read, and `Some(None)` if `mac`
    /// is another macro.
    pub(super) fn check_macro(&mut self, mac: &syn::Macro) -> Option<Option<Expr>> {
        let name = std_macro_name(&mac.path)?;
        let least = ASSERTIONS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k);
        let diverges = PANICS.contains(&name.as_str());
        if least.is_none() && !diverges {
            return None;
        }
        let span = mac.span();
        let args = mac.parse_body_with(
            syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
        );
        let args = match args {
            Ok(args) => args,
            Err(_) => {
                self.errors.push_spanned(
                    mac,
                    format!(
                        "the arguments of `{name}!` cannot be read: write them as Rust \
                         expressions separated by commas (`{name}!(condition, \"message {{}}\", \
                         value)`)"
                    ),
                );
                return Some(None);
            }
        };
        if let Some(least) = least.filter(|k| args.len() < *k) {
            self.errors.push_spanned(
                mac,
                format!("`{name}!` takes at least {}", arguments(least)),
            );
            return Some(None);
        }
        let mut names = Vec::new();
        mentioned_idents(&mac.tokens, &mut names);
        let expr = syn::Expr::Macro(syn::ExprMacro {
            attrs: Vec::new(),
            mac: mac.clone(),
        });
        Some(Some(Expr::Opaque {
            expr,
            free: names,
            kind: OpaqueKind::Check { diverges },
            span,
        }))
    }
}

/// The name of `path` if it is a macro of std's prelude written plainly or
/// through `std::`/`core::` (`assert`, `std::assert`).
fn std_macro_name(path: &syn::Path) -> Option<String> {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    match segs.as_slice() {
        [one] => Some(one.clone()),
        [root, one] if root == "std" || root == "core" => Some(one.clone()),
        _ => None,
    }
}

/// The identifiers in `tokens` that may name local variables: not after
/// `.` (methods and fields) or `::`, nor before `!` or `::` (macros,
/// paths), plus the names captured by format strings (`"{x}"`,
/// `"{x:.3}"`).
fn mentioned_idents(tokens: &TokenStream, out: &mut Vec<Ident>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let punct =
        |t: Option<&TokenTree>, c: char| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c);
    for (k, t) in trees.iter().enumerate() {
        match t {
            TokenTree::Ident(id) => {
                let before = k.checked_sub(1).and_then(|j| trees.get(j));
                let after = trees.get(k + 1);
                if punct(before, '.')
                    || punct(before, ':')
                    || punct(after, '!')
                    || punct(after, ':')
                {
                    continue;
                }
                push_unique(out, id.clone());
            }
            TokenTree::Group(g) => mentioned_idents(&g.stream(), out),
            TokenTree::Literal(lit) => {
                if let Ok(syn::Lit::Str(s)) =
                    syn::parse2::<syn::Lit>(TokenTree::Literal(lit.clone()).into())
                {
                    for name in format_captures(&s.value()) {
                        push_unique(out, Ident::new(&name, lit.span()));
                    }
                }
            }
            TokenTree::Punct(_) => {}
        }
    }
}

fn push_unique(out: &mut Vec<Ident>, id: Ident) {
    if !out.contains(&id) {
        out.push(id);
    }
}

/// The variables a format string captures by name: `{x}`, `{x:?}`,
/// `{x:>8.3}` (not `{0}`, `{}`, `{{`).
fn format_captures(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(k) = rest.find('{') {
        rest = &rest[k + 1..];
        if let Some(r) = rest.strip_prefix('{') {
            rest = r;
            continue;
        }
        let end = rest.find(['}', ':']).unwrap_or(rest.len());
        let name = rest[..end].trim();
        let is_ident = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if is_ident && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_captures;

    #[test]
    fn format_strings_capture_the_names_in_braces() {
        assert_eq!(
            format_captures("x = {x}, {y:?} {{z}} {0} {} {w:>8.3}"),
            ["x", "y", "w"]
        );
    }
}
