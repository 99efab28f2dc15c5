//! Property tests of the multi-criteria methods: rankings invariant to row order, scores
//! in their documented ranges, weights that sum to 1, never a NaN.

use peacekeeping_eval::{
    DecisionMatrix, Direction, MatrixNormalization, PreferenceFunction, Spread, copeland,
    critic_weights, entropy_weights, promethee_ii, standard_deviation_weights, topsis, vikor, wsm,
};
use proptest::prelude::*;

/// A matrix of 2..12 alternatives x 1..6 criteria, a permutation of its rows, weights.
fn problem() -> impl Strategy<Value = (DecisionMatrix, Vec<usize>, Vec<f64>)> {
    (2usize..12, 1usize..6).prop_flat_map(|(m, n)| {
        (
            prop::collection::vec(-1e3f64..1e3, m * n),
            prop::collection::vec(any::<bool>(), n),
            Just((0..m).collect::<Vec<usize>>()).prop_shuffle(),
            prop::collection::vec(0.0f64..1.0, n),
        )
            .prop_map(move |(values, benefit, order, mut weights)| {
                let types = benefit
                    .into_iter()
                    .map(|b| {
                        if b {
                            Direction::HigherIsBetter
                        } else {
                            Direction::LowerIsBetter
                        }
                    })
                    .collect();
                weights[0] += 0.1; // never all zero
                (
                    DecisionMatrix::new(m, n, values, types).unwrap(),
                    order,
                    weights,
                )
            })
    })
}

fn permuted<T: Clone>(x: &[T], order: &[usize]) -> Vec<T> {
    order.iter().map(|&i| x[i].clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn rankings_are_invariant_to_row_order((m, order, w) in problem()) {
        let p = m.select_rows(&order).unwrap();
        let t = topsis(&m, &w, MatrixNormalization::MinMax).unwrap();
        prop_assert_eq!(permuted(&t.ranks, &order), topsis(&p, &w, MatrixNormalization::MinMax).unwrap().ranks);
        let s = wsm(&m, &w, MatrixNormalization::MinMax).unwrap();
        prop_assert_eq!(permuted(&s.ranks, &order), wsm(&p, &w, MatrixNormalization::MinMax).unwrap().ranks);
        let v = vikor(&m, &w, 0.5).unwrap();
        prop_assert_eq!(permuted(&v.ranks, &order), vikor(&p, &w, 0.5).unwrap().ranks);
        let c = copeland(&m, &w).unwrap();
        prop_assert_eq!(permuted(&c.scores, &order), copeland(&p, &w).unwrap().scores);
        let f = vec![PreferenceFunction::Usual; m.criteria()];
        let pr = promethee_ii(&m, &w, &f).unwrap();
        let pp = promethee_ii(&p, &w, &f).unwrap();
        for (a, b) in permuted(&pr.net_flow, &order).iter().zip(&pp.net_flow) {
            prop_assert!((a - b).abs() < 1e-12);
        }
    }

    #[test]
    fn scores_stay_in_range((m, _order, w) in problem()) {
        for norm in [MatrixNormalization::MinMax, MatrixNormalization::Vector] {
            let t = topsis(&m, &w, norm).unwrap();
            prop_assert!(t.scores.iter().all(|s| (0.0..=1.0).contains(s)), "{:?}", t.scores);
        }
        let v = vikor(&m, &w, 0.5).unwrap();
        prop_assert!(v.q.iter().all(|q| (0.0..=1.0 + 1e-12).contains(q)));
        prop_assert!(v.s.iter().chain(&v.r).all(|x| (0.0..=1.0 + 1e-12).contains(x)));
        prop_assert!(!v.compromise.is_empty());
        let f = vec![PreferenceFunction::Linear { q: 1.0, p: 100.0 }; m.criteria()];
        let p = promethee_ii(&m, &w, &f).unwrap();
        prop_assert!(p.net_flow.iter().all(|x| (-1.0 - 1e-12..=1.0 + 1e-12).contains(x)));
        let k = (m.alternatives() - 1) as f64;
        prop_assert!(copeland(&m, &w).unwrap().scores.iter().all(|s| s.abs() <= k));
    }

    #[test]
    fn objective_weights_sum_to_one_or_fail_cleanly((m, _order, _w) in problem()) {
        // Errors (constant columns, no contrast) are fine; weights that come back are sound.
        for w in [standard_deviation_weights(&m, Spread::Normalized), standard_deviation_weights(&m, Spread::Raw), critic_weights(&m)].into_iter().flatten() {
            prop_assert!(w.iter().all(|x| x.is_finite() && *x >= 0.0));
            prop_assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
        let positive = DecisionMatrix::new(
            m.alternatives(),
            m.criteria(),
            m.values().iter().map(|x| x.abs() + 1.0).collect(),
            m.directions().to_vec(),
        ).unwrap();
        if let Ok(w) = entropy_weights(&positive) {
            prop_assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
    }
}
