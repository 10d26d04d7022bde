//! Collects every error of an expansion so that a user sees all of them in
//! one build, each on the span of the construct it is about.

use proc_macro2::Span;
use std::fmt::Display;

/// An ordered list of errors.
#[derive(Default)]
pub struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    /// Records an error on `span`.
    pub fn push(&mut self, span: Span, msg: impl Display) {
        self.list.push(syn::Error::new(span, msg));
    }

    /// Records an error spanning all of `tokens` (first to last token).
    pub fn push_spanned(&mut self, tokens: impl quote::ToTokens, msg: impl Display) {
        self.list.push(syn::Error::new_spanned(tokens, msg));
    }

    /// How many errors have been recorded.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Forgets the errors recorded after the first `len` (those of a
    /// lowering that is thrown away).
    pub fn truncate(&mut self, len: usize) {
        self.list.truncate(len);
    }

    /// Whether nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// All errors combined into one, or `None` if there are none.
    pub fn combined(self) -> Option<syn::Error> {
        let mut iter = self.list.into_iter();
        let mut first = iter.next()?;
        for e in iter {
            first.combine(e);
        }
        Some(first)
    }
}
