//! `#[differentiate(crate = "path")]` sends generated code through `path`
//! instead of `::autodiff`. The facade below re-exports the library but
//! replaces the rule for `sin` with a wrong one, so a gradient through `sin`
//! shows which path the generated code used.

mod facade {
    pub use autodiff::differentiate;

    #[doc(hidden)]
    pub mod __private {
        pub use autodiff::__private::*;

        // The facade re-exports the whole rule table, as a real re-export
        // would, though this test's function only needs `sin`.
        #[allow(unused_imports)]
        pub mod rules {
            pub use autodiff::rules::f32;

            pub mod f64 {
                pub use autodiff::rules::f64::*;

                /// Deliberately not the derivative of `sin`.
                pub fn sin(_x: f64, _y: f64) -> f64 {
                    99.0
                }
            }
        }
    }
}

#[facade::differentiate(crate = "crate::facade")]
fn through_facade(x: f64) -> f64 {
    x.sin() * 2.0
}

#[autodiff::differentiate]
fn through_autodiff(x: f64) -> f64 {
    x.sin() * 2.0
}

#[test]
fn the_crate_option_routes_generated_code_through_the_given_path() {
    assert_eq!(through_facade_grad(0.3).1, 2.0 * 99.0);
    assert_eq!(through_facade_jvp(0.3, 1.0).1, 2.0 * 99.0);
    assert_eq!(through_autodiff_grad(0.3).1, 2.0 * 0.3_f64.cos());
    assert_eq!(through_facade(0.3), through_autodiff(0.3));
}
