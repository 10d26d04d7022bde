//! Compile-fail tests: every construct `#[differentiate]` rejects is a
//! compile error that points at the construct and says what to write
//! instead. The expected compiler output of each case is the `.stderr` file
//! next to it; regenerate with `TRYBUILD=overwrite cargo test --test ui` and
//! review the diff.

#[test]
fn unsupported_constructs_are_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
