//! What the `nalgebra` feature does not support yet is a compile error
//! that says what to write instead.

#[test]
fn unsupported_nalgebra_constructs_are_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
