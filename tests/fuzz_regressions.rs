//! Bugs that the compiled random programs (`tests/random_programs.rs`)
//! found and that only rustc sees (the macro crate's interpreter checks
//! the IR, not the types of the emitted code): each file of
//! `tests/fuzz_regressions/` is a program that must compile and run. They
//! are ignored while open (the corpus is written with a workaround for
//! each, see `autodiff-macro/src/fuzz/corpus.rs`); run them with
//! `cargo test --test fuzz_regressions -- --ignored`, and remove the
//! `ignore` with the fix.

fn passes(file: &str) {
    trybuild::TestCases::new().pass(format!("tests/fuzz_regressions/{file}.rs"));
}

#[test]
fn associated_function() {
    passes("associated_function");
}

#[test]
fn deref_over_const_item() {
    passes("deref_over_const_item");
}

#[test]
fn const_item_argument_in_an_arm() {
    passes("const_item_argument_in_an_arm");
}

#[test]
fn query_on_a_constant_local() {
    passes("query_on_a_constant_local");
}

#[test]
fn unannotated_array_call_result() {
    passes("unannotated_array_call_result");
}

#[test]
fn const_array_item_updated() {
    passes("const_array_item_updated");
}

#[test]
fn unit_variant_of_a_local_enum_value() {
    passes("unit_variant_of_a_local_enum_value");
}

#[test]
#[ignore = "open limitation: `tail @ ..` on an array whose length is a `const` item is rejected"]
fn rest_binding_of_an_array_of_item_length() {
    passes("rest_binding_of_an_array_of_item_length");
}

#[test]
fn element_of_a_constant_in_one_arm() {
    passes("element_of_a_constant_in_one_arm");
}
