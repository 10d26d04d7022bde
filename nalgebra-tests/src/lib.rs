//! Tests and the example of `autodiff`'s `nalgebra` feature live in this
//! package (`tests/`, `examples/`), which depends on `autodiff` with the
//! feature on.
