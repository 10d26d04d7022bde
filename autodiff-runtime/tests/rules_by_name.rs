//! The list of rules and the dispatchers by name that `rules.rs` generates
//! from its table (`NAMES`, `primal_by_name`, `partials_by_name`): they
//! cover every rule, agree with the std methods and the rules they stand
//! for, and refuse what they cannot answer.

use autodiff_runtime::rules::{f32 as r32, f64 as r};

/// Arguments with `floats` entries inside every method's domain (and
/// `lo < hi` for `clamp`).
fn args(floats: usize) -> &'static [f64] {
    &[0.5, 0.25, 0.75][..floats]
}

#[test]
fn names_are_unique_and_the_same_for_both_widths() {
    let mut names: Vec<&str> = r::NAMES.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), r::NAMES.len(), "a rule is listed twice");
    assert_eq!(r::NAMES, r32::NAMES);
}

#[test]
fn every_listed_name_dispatches_with_its_arity_and_only_with_it() {
    for &(name, floats) in r::NAMES {
        let a = args(floats);
        let y = r::primal_by_name(name, a, 2).unwrap_or_else(|| panic!("{name}: no primal"));
        let p = r::partials_by_name(name, a, 2, y).unwrap_or_else(|| panic!("{name}: no partials"));
        assert_eq!(p.len(), floats, "{name}: one partial per float argument");
        for wrong in (0..=3).filter(|k| *k != floats) {
            let a = &[0.5, 0.25, 0.75][..wrong];
            assert_eq!(
                r::primal_by_name(name, a, 2),
                None,
                "{name} with {wrong} floats"
            );
            assert_eq!(
                r::partials_by_name(name, a, 2, y),
                None,
                "{name} with {wrong} floats"
            );
        }
        let narrow: Vec<f32> = a.iter().map(|v| *v as f32).collect();
        let y32 = r32::primal_by_name(name, &narrow, 2).unwrap_or_else(|| panic!("{name}: f32"));
        let p32 = r32::partials_by_name(name, &narrow, 2, y32).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(p32.len(), floats, "{name}: f32 partials");
    }
}

#[test]
fn unknown_names_dispatch_to_nothing() {
    for name in ["", "sinn", "is_nan", "to_bits", "Sin"] {
        assert_eq!(r::primal_by_name(name, &[0.5], 0), None, "{name}");
        assert_eq!(r::partials_by_name(name, &[0.5], 0, 0.5), None, "{name}");
    }
}

#[test]
fn primal_by_name_is_the_std_method() {
    let x = 0.7_f64;
    assert_eq!(r::primal_by_name("sin", &[x], 0), Some(x.sin()));
    assert_eq!(
        r::primal_by_name("to_degrees", &[x], 0),
        Some(x.to_degrees())
    );
    assert_eq!(r::primal_by_name("floor", &[-x], 0), Some(-1.0));
    assert_eq!(r::primal_by_name("powi", &[x], 3), Some(x.powi(3)));
    assert_eq!(r::primal_by_name("powi", &[x], -2), Some(x.powi(-2)));
    assert_eq!(
        r::primal_by_name("atan2", &[x, -2.0], 0),
        Some(x.atan2(-2.0))
    );
    assert_eq!(r::primal_by_name("log", &[x, 3.0], 0), Some(x.log(3.0)));
    assert_eq!(r::primal_by_name("max", &[x, 2.0], 0), Some(2.0));
    assert_eq!(
        r::primal_by_name("mul_add", &[x, 2.0, 3.0], 0),
        Some(x.mul_add(2.0, 3.0))
    );
    assert_eq!(r::primal_by_name("clamp", &[x, 0.0, 0.5], 0), Some(0.5));
    assert_eq!(r::primal_by_name("clamp", &[x, 0.5, 0.5], 0), Some(0.5));
    let x32 = 0.7_f32;
    assert_eq!(r32::primal_by_name("cbrt", &[x32], 0), Some(x32.cbrt()));
    assert_eq!(
        r32::primal_by_name("hypot", &[x32, 2.0], 0),
        Some(x32.hypot(2.0))
    );
}

#[test]
fn primal_by_name_refuses_where_std_would_panic() {
    // std's clamp panics unless lo <= hi.
    assert_eq!(r::primal_by_name("clamp", &[0.5, 1.0, 0.0], 0), None);
    assert_eq!(r::primal_by_name("clamp", &[0.5, f64::NAN, 1.0], 0), None);
    assert_eq!(r::primal_by_name("clamp", &[0.5, 0.0, f64::NAN], 0), None);
    assert_eq!(r32::primal_by_name("clamp", &[0.5, 1.0, 0.0], 0), None);
    // A NaN x is no panic: std returns it.
    assert!(r::primal_by_name("clamp", &[f64::NAN, 0.0, 1.0], 0).is_some_and(f64::is_nan));
    // Outside a domain the result is NaN, not a refusal.
    assert!(r::primal_by_name("ln", &[-1.0], 0).is_some_and(f64::is_nan));
}

#[test]
fn partials_by_name_are_the_rules() {
    let x = 0.7_f64;
    assert_eq!(
        r::partials_by_name("sin", &[x], 0, x.sin()),
        Some(vec![r::sin(x, x.sin())])
    );
    let y = x.powi(-3);
    assert_eq!(
        r::partials_by_name("powi", &[x], -3, y),
        Some(vec![r::powi(x, -3, y)])
    );
    let y = x.powf(2.5);
    let (dx, dp) = r::powf(x, 2.5, y);
    assert_eq!(
        r::partials_by_name("powf", &[x, 2.5], 0, y),
        Some(vec![dx, dp])
    );
    // The order is the arguments', not the alphabet's.
    assert_eq!(
        r::partials_by_name("max", &[3.0, 1.0], 0, 3.0),
        Some(vec![1.0, 0.0])
    );
    let (da, db, dc) = r::clamp(2.0, 0.0, 1.0, 1.0);
    assert_eq!(
        r::partials_by_name("clamp", &[2.0, 0.0, 1.0], 0, 1.0),
        Some(vec![da, db, dc])
    );
    assert_eq!(
        r32::partials_by_name("mul_add", &[2.0, 3.0, 4.0], 0, 10.0),
        Some(vec![3.0, 2.0, 1.0])
    );
    // Like the rules, the dispatcher never refuses a value: clamp with
    // lo > hi still has partials.
    assert!(r::partials_by_name("clamp", &[0.5, 1.0, 0.0], 0, 1.0).is_some());
}
