//! A corpus of classic optimisation test functions, differentiated as
//! their authors published them: generic over `T: Float + FromPrimitive`
//! (`+ Sum` for the n-dimensional ones), taken verbatim from the
//! `argmin_testfunctions` crate 0.2.0 (argmin developers, MIT OR
//! Apache-2.0; each file keeps its copyright header) with only
//! `#[autodiff::differentiate]` added above each objective and the import
//! `num::` spelled `num_traits::` (the `num` crate re-exports these very
//! traits). The crate's hand-written `*_derivative` functions, left
//! unannotated, are an independent check of the generated gradients, and
//! so are central differences and forward mode; each function is
//! instantiated at `f64` and at `f32`.
//!
//! `cross_in_tray` computes in `f64` between `param[0].into()` and
//! `T::from_f64(..).unwrap()`: both conversions carry the derivative. Not
//! annotated: `picheny`, which maps an array with `[T; 2]::map` and a
//! closure, a form the macro does not differentiate yet.

#[path = "corpus_argmin/ackley.rs"]
pub mod ackley;
#[path = "corpus_argmin/beale.rs"]
pub mod beale;
#[path = "corpus_argmin/booth.rs"]
pub mod booth;
#[path = "corpus_argmin/bukin.rs"]
pub mod bukin;
#[path = "corpus_argmin/crossintray.rs"]
pub mod crossintray;
#[path = "corpus_argmin/easom.rs"]
pub mod easom;
#[path = "corpus_argmin/eggholder.rs"]
pub mod eggholder;
#[path = "corpus_argmin/goldsteinprice.rs"]
pub mod goldsteinprice;
#[path = "corpus_argmin/himmelblau.rs"]
pub mod himmelblau;
#[path = "corpus_argmin/holdertable.rs"]
pub mod holdertable;
#[path = "corpus_argmin/levy.rs"]
pub mod levy;
#[path = "corpus_argmin/matyas.rs"]
pub mod matyas;
#[path = "corpus_argmin/mccorminck.rs"]
pub mod mccorminck;
#[path = "corpus_argmin/picheny.rs"]
pub mod picheny;
#[path = "corpus_argmin/rastrigin.rs"]
pub mod rastrigin;
#[path = "corpus_argmin/rosenbrock.rs"]
pub mod rosenbrock;
#[path = "corpus_argmin/schaffer.rs"]
pub mod schaffer;
#[path = "corpus_argmin/sphere.rs"]
pub mod sphere;
#[path = "corpus_argmin/styblinskitang.rs"]
pub mod styblinskitang;
#[path = "corpus_argmin/threehumpcamel.rs"]
pub mod threehumpcamel;
#[path = "corpus_argmin/zero.rs"]
pub mod zero;

use autodiff::check_gradient;

/// Points in the usual search domains, away from the kinks of the
/// functions that have some (`abs`, `sqrt` of `abs`).
const POINTS: [[f64; 2]; 4] = [[0.37, -1.21], [1.3, 0.6], [-2.1, 1.7], [0.9, 2.45]];
const VECTORS: [&[f64]; 3] = [&[0.3, -0.7, 1.1, 0.5], &[1.2, 0.8], &[-0.45, 0.25, 0.65]];

/// `|a - b|` relative to the larger of the two (at least 1).
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * 1.0_f64.max(a.abs()).max(b.abs())
}

fn all_close(got: &[f64], expected: &[f64], tol: f64, what: &str) {
    assert_eq!(got.len(), expected.len(), "{what}");
    for (k, (g, e)) in got.iter().zip(expected).enumerate() {
        assert!(close(*g, *e, tol), "{what}: entry {k} is {g}, expected {e}");
    }
}

fn widen(v: &[f32]) -> Vec<f64> {
    v.iter().map(|x| f64::from(*x)).collect()
}

#[allow(clippy::cast_possible_truncation)]
fn narrow(v: &[f64]) -> Vec<f32> {
    v.iter().map(|x| *x as f32).collect()
}

/// The checks of one function of a point in the plane: value as the
/// original, gradient against the crate's derivative, central differences
/// and forward mode (both unit directions), and the `f32` instance against
/// the `f64` one.
macro_rules! check_2d {
    ($test:ident, $m:ident :: $f:ident, $grad:ident, $jvp:ident, $deriv:ident) => {
        #[test]
        fn $test() {
            for p in POINTS {
                let (y, g) = $m::$grad(&p);
                assert_eq!(y.to_bits(), $m::$f(&p).to_bits());
                let name = stringify!($f);
                all_close(
                    &g,
                    &$m::$deriv(&p),
                    1e-9,
                    &format!("{name} vs its derivative at {p:?}"),
                );
                let fd = check_gradient(|x| $m::$f(&[x[0], x[1]]), &p, &g, 1e-6);
                assert!(fd.is_ok(), "{name} at {p:?}: {fd:?}");
                let fwd = [$m::$jvp(&p, &[1.0, 0.0]).1, $m::$jvp(&p, &[0.0, 1.0]).1];
                all_close(&fwd, &g, 1e-12, &format!("{name} forward at {p:?}"));
                let q = [p[0] as f32, p[1] as f32];
                let (_, g32) = $m::$grad(&q);
                let (_, g64) = $m::$grad(&[f64::from(q[0]), f64::from(q[1])]);
                all_close(&widen(&g32), &g64, 2e-3, &format!("{name} f32 at {p:?}"));
                all_close(
                    &widen(&g32),
                    &widen(&$m::$deriv(&q)),
                    2e-3,
                    &format!("{name} f32 vs its derivative"),
                );
            }
        }
    };
}

/// The same for a function of a slice.
macro_rules! check_nd {
    ($test:ident, $m:ident :: $f:ident, $grad:ident, $jvp:ident, $deriv:ident) => {
        #[test]
        fn $test() {
            for p in VECTORS {
                let (y, g) = $m::$grad(p);
                assert_eq!(y.to_bits(), $m::$f(p).to_bits());
                let name = stringify!($f);
                all_close(
                    &g,
                    &$m::$deriv(p),
                    1e-9,
                    &format!("{name} vs its derivative at {p:?}"),
                );
                let fd = check_gradient(|x| $m::$f(x), p, &g, 1e-6);
                assert!(fd.is_ok(), "{name} at {p:?}: {fd:?}");
                let fwd: Vec<f64> = (0..p.len())
                    .map(|i| {
                        let mut e = vec![0.0; p.len()];
                        e[i] = 1.0;
                        $m::$jvp(p, &e).1
                    })
                    .collect();
                all_close(&fwd, &g, 1e-12, &format!("{name} forward at {p:?}"));
                let q = narrow(p);
                let (_, g32) = $m::$grad(&q);
                let (_, g64) = $m::$grad(&widen(&q));
                all_close(&widen(&g32), &g64, 2e-3, &format!("{name} f32 at {p:?}"));
            }
        }
    };
}

check_2d!(
    beale_gradient,
    beale::beale,
    beale_grad,
    beale_jvp,
    beale_derivative
);
check_2d!(
    cross_in_tray_gradient,
    crossintray::cross_in_tray,
    cross_in_tray_grad,
    cross_in_tray_jvp,
    cross_in_tray_derivative
);
check_2d!(
    booth_gradient,
    booth::booth,
    booth_grad,
    booth_jvp,
    booth_derivative
);
check_2d!(
    bukin_n6_gradient,
    bukin::bukin_n6,
    bukin_n6_grad,
    bukin_n6_jvp,
    bukin_n6_derivative
);
check_2d!(
    easom_gradient,
    easom::easom,
    easom_grad,
    easom_jvp,
    easom_derivative
);
check_2d!(
    eggholder_gradient,
    eggholder::eggholder,
    eggholder_grad,
    eggholder_jvp,
    eggholder_derivative
);
check_2d!(
    goldsteinprice_gradient,
    goldsteinprice::goldsteinprice,
    goldsteinprice_grad,
    goldsteinprice_jvp,
    goldsteinprice_derivative
);
check_2d!(
    himmelblau_gradient,
    himmelblau::himmelblau,
    himmelblau_grad,
    himmelblau_jvp,
    himmelblau_derivative
);
check_2d!(
    holder_table_gradient,
    holdertable::holder_table,
    holder_table_grad,
    holder_table_jvp,
    holder_table_derivative
);
check_2d!(
    levy_n13_gradient,
    levy::levy_n13,
    levy_n13_grad,
    levy_n13_jvp,
    levy_n13_derivative
);
check_2d!(
    matyas_gradient,
    matyas::matyas,
    matyas_grad,
    matyas_jvp,
    matyas_derivative
);
check_2d!(
    mccorminck_gradient,
    mccorminck::mccorminck,
    mccorminck_grad,
    mccorminck_jvp,
    mccorminck_derivative
);
check_2d!(
    schaffer_n2_gradient,
    schaffer::schaffer_n2,
    schaffer_n2_grad,
    schaffer_n2_jvp,
    schaffer_n2_derivative
);
check_2d!(
    schaffer_n4_gradient,
    schaffer::schaffer_n4,
    schaffer_n4_grad,
    schaffer_n4_jvp,
    schaffer_n4_derivative
);
check_2d!(
    threehumpcamel_gradient,
    threehumpcamel::threehumpcamel,
    threehumpcamel_grad,
    threehumpcamel_jvp,
    threehumpcamel_derivative
);
check_nd!(
    ackley_gradient,
    ackley::ackley,
    ackley_grad,
    ackley_jvp,
    ackley_derivative
);
check_nd!(
    levy_gradient,
    levy::levy,
    levy_grad,
    levy_jvp,
    levy_derivative
);
check_nd!(
    rastrigin_gradient,
    rastrigin::rastrigin,
    rastrigin_grad,
    rastrigin_jvp,
    rastrigin_derivative
);
check_nd!(
    rosenbrock_gradient,
    rosenbrock::rosenbrock,
    rosenbrock_grad,
    rosenbrock_jvp,
    rosenbrock_derivative
);
check_nd!(
    sphere_gradient,
    sphere::sphere,
    sphere_grad,
    sphere_jvp,
    sphere_derivative
);
check_nd!(
    styblinski_tang_gradient,
    styblinskitang::styblinski_tang,
    styblinski_tang_grad,
    styblinski_tang_jvp,
    styblinski_tang_derivative
);
check_nd!(
    zero_gradient,
    zero::zero,
    zero_grad,
    zero_jvp,
    zero_derivative
);

/// The parameters of the parametrised versions are differentiable too:
/// their gradient entries against central differences, the point's against
/// the crate's derivative.
#[test]
fn parametrised_versions_differentiate_their_parameters_too() {
    let p = [0.3, -0.7, 1.1];
    let (a, b, c) = (20.0, 0.2, 2.0 * std::f64::consts::PI);
    let (_, (gp, ga, gb, gc)) = ackley::ackley_abc_grad(&p, a, b, c);
    all_close(
        &gp,
        &ackley::ackley_abc_derivative(&p, a, b, c),
        1e-9,
        "ackley_abc",
    );
    let fd = check_gradient(
        |v| ackley::ackley_abc(&p, v[0], v[1], v[2]),
        &[a, b, c],
        &[ga, gb, gc],
        1e-6,
    );
    assert!(fd.is_ok(), "{fd:?}");
    let (_, (gp, ga)) = rastrigin::rastrigin_a_grad(&p, 10.0);
    all_close(
        &gp,
        &rastrigin::rastrigin_a_derivative(&p, 10.0),
        1e-9,
        "rastrigin_a",
    );
    assert!(check_gradient(|v| rastrigin::rastrigin_a(&p, v[0]), &[10.0], &[ga], 1e-6).is_ok());
    let (_, (gp, ga, gb)) = rosenbrock::rosenbrock_ab_grad(&p, 1.0, 100.0);
    all_close(
        &gp,
        &rosenbrock::rosenbrock_ab_derivative(&p, 1.0, 100.0),
        1e-9,
        "rosenbrock_ab",
    );
    let fd = check_gradient(
        |v| rosenbrock::rosenbrock_ab(&p, v[0], v[1]),
        &[1.0, 100.0],
        &[ga, gb],
        1e-6,
    );
    assert!(fd.is_ok(), "{fd:?}");
}
