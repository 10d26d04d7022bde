//! `#[derive(Differentiable)]`: the tangent type it generates, its
//! vector-space operations and `move_by`.

use autodiff::{Differentiable, TangentVector};

/// A particle: position and velocity carry derivatives, the id and the
/// frozen charge do not.
#[derive(Clone, Debug, PartialEq, Differentiable)]
pub struct Particle {
    pub pos: [f64; 3],
    pub vel: [f64; 3],
    pub mass: f64,
    pub id: usize,
    #[differentiable(skip)]
    pub charge: f64,
}

/// A chain of springs: a `Vec`, a scalar, an array and a nested struct.
#[derive(Clone, Debug, Differentiable)]
struct Chain {
    k: Vec<f64>,
    c: f64,
    m: [f64; 4],
    name: String,
    anchor: Particle,
}

#[derive(Clone, Debug, Differentiable)]
struct Pair(f64, usize, [f32; 2]);

#[derive(Clone, Debug, Differentiable)]
#[differentiable(tangent = "Step")]
struct Generic<T, const N: usize> {
    x: [T; N],
    w: (T, T),
    n: usize,
}

fn particle() -> Particle {
    Particle {
        pos: [1.0, 2.0, 3.0],
        vel: [0.5, 0.0, -0.5],
        mass: 2.0,
        id: 7,
        charge: -1.0,
    }
}

#[test]
fn the_tangent_has_the_carrying_fields_under_their_names() {
    let t = ParticleTangent {
        pos: [1.0, 0.0, 0.0],
        vel: [0.0; 3],
        mass: 0.5,
    };
    let mut p = particle();
    p.move_by(&t, -2.0);
    assert_eq!(p.pos, [-1.0, 2.0, 3.0]);
    assert_eq!(p.mass, 1.0);
    assert_eq!(
        (p.id, p.charge),
        (7, -1.0),
        "constant and skipped fields do not move"
    );
}

#[test]
fn tangents_add_subtract_scale_and_negate_field_by_field() {
    let a = ParticleTangent {
        pos: [1.0, 2.0, 3.0],
        vel: [1.0; 3],
        mass: 1.0,
    };
    let b = ParticleTangent {
        pos: [0.5, 0.5, 0.5],
        vel: [2.0; 3],
        mass: -1.0,
    };
    let sum = a.clone() + b.clone();
    assert_eq!(sum.pos, [1.5, 2.5, 3.5]);
    assert_eq!(sum.mass, 0.0);
    assert_eq!((sum.clone() - b.clone()), a);
    assert_eq!((a.clone() * 2.0).vel, [2.0; 3]);
    assert_eq!((-a.clone()).pos, [-1.0, -2.0, -3.0]);
    let mut c = a.clone();
    c += b.clone();
    c -= a.clone();
    c *= 3.0;
    assert_eq!(c, b * 3.0);
    assert_eq!(
        ParticleTangent::default(),
        ParticleTangent {
            pos: [0.0; 3],
            vel: [0.0; 3],
            mass: 0.0
        }
    );
}

#[test]
fn a_nested_struct_and_a_vec_field_get_shaped_zeros_and_move() {
    let mut chain = Chain {
        k: vec![1.0, 2.0, 3.0],
        c: 0.1,
        m: [1.0; 4],
        name: "c".into(),
        anchor: particle(),
    };
    let zero = chain.zero_tangent();
    assert_eq!(zero.k, vec![0.0; 3]);
    assert_eq!(zero.anchor, ParticleTangent::default());
    let mut step = zero.clone();
    step.k[1] = 1.0;
    step.anchor.mass = 4.0;
    step.c = 1.0;
    chain.move_by(&step, 0.5);
    assert_eq!(chain.k, vec![1.0, 2.5, 3.0]);
    assert_eq!(chain.anchor.mass, 4.0);
    assert_eq!(chain.c, 0.6);
    assert_eq!(chain.name, "c");
}

#[test]
fn an_empty_vec_in_a_default_tangent_counts_as_zeros() {
    let mut chain = Chain {
        k: vec![1.0, 2.0],
        c: 0.0,
        m: [0.0; 4],
        name: String::new(),
        anchor: particle(),
    };
    let mut t = ChainTangent::default();
    assert!(t.k.is_empty());
    chain.move_by(&t, 1.0);
    assert_eq!(chain.k, vec![1.0, 2.0]);
    t += ChainTangent {
        k: vec![1.0, 1.0],
        ..ChainTangent::default()
    };
    chain.move_by(&t, 1.0);
    assert_eq!(chain.k, vec![2.0, 3.0]);
}

#[test]
fn a_tuple_struct_numbers_its_carrying_fields_in_order() {
    let mut p = Pair(1.0, 3, [1.0, 2.0]);
    let t = PairTangent(2.0, [1.0, -1.0]);
    p.move_by(&t, 0.5);
    assert_eq!((p.0, p.1, p.2), (2.0, 3, [1.5, 1.5]));
}

#[test]
fn a_generic_struct_gets_a_generic_tangent_under_the_chosen_name() {
    let mut g = Generic::<f32, 2> {
        x: [1.0, 2.0],
        w: (0.0, 1.0),
        n: 4,
    };
    let t: Step<f32, 2> = Step {
        x: [1.0, 1.0],
        w: (2.0, 2.0),
    };
    g.move_by(&t, 1.0);
    assert_eq!((g.x, g.w, g.n), ([2.0, 3.0], (2.0, 3.0), 4));
    let z = <Step<f64, 3> as TangentVector>::zero();
    assert_eq!(z.x, [0.0; 3]);
}

#[test]
fn gradient_descent_with_move_by_reaches_the_minimum_of_a_quadratic() {
    // E(p) = |pos - (1, 2, 3)|^2 + (mass - 1)^2, gradient written by hand.
    let mut p = particle();
    for _ in 0..200 {
        let g = ParticleTangent {
            pos: [
                2.0 * (p.pos[0] - 1.0),
                2.0 * (p.pos[1] - 2.0),
                2.0 * (p.pos[2] - 3.0),
            ],
            vel: [0.0; 3],
            mass: 2.0 * (p.mass - 1.0),
        };
        p.move_by(&g, -0.1);
    }
    assert!((p.mass - 1.0).abs() < 1e-12);
    assert!(
        p.pos
            .iter()
            .zip([1.0, 2.0, 3.0])
            .all(|(a, b)| (a - b).abs() < 1e-12)
    );
}
