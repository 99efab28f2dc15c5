//! MOORA, ARAS, EDAS, MABAC, MAIRCA, SPOTIS, CODAS, OCRA and MARCOS against pymcdm 1.4.0
//! on 1,000 seeded random decision matrices (mixed directions, ties, constant columns):
//! `tests/fixtures/mcda_methods.json`, written by `scripts/check_mcda_methods.py`; where
//! pymcdm cannot compute a method (SPOTIS's bounds of a constant column, EDAS without an
//! alternative off the average) ours must return an error. The published examples of
//! ARAS, EDAS, MABAC, SPOTIS, CODAS and OCRA are in their doc tests.

use peacekeeping_eval::{
    DecisionMatrix, MethodError, Ranking, aras, codas, competition_ranks, edas, mabac, mairca,
    marcos, moora, ocra, spotis,
};
use serde_json::Value;

use super::mcdm_pymcdm::{floats, matrix_of};

const FIXTURE: &str = include_str!("../fixtures/mcda_methods.json");

type Method = fn(&DecisionMatrix, &[f64]) -> Result<Ranking, MethodError>;

#[test]
fn every_method_matches_pymcdm() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(fixture["peers"]["pymcdm"], "1.4.0");
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1000);
    let methods: [(&str, Method); 9] = [
        ("moora", moora),
        ("aras", aras),
        ("edas", edas),
        ("mabac", mabac),
        ("mairca", mairca),
        ("spotis", |m, w| spotis(m, w, None)),
        ("codas", |m, w| codas(m, w, 0.02)),
        ("ocra", ocra),
        ("marcos", marcos),
    ];
    let (mut compared, mut refused) = (0, 0);
    for (k, case) in cases.iter().enumerate() {
        let (_, m) = matrix_of(case);
        let w = floats(&case["weights"]);
        for (name, method) in methods {
            let expected = &case["expected"][name];
            if expected.is_null() {
                assert!(method(&m, &w).is_err(), "case {k}, {name}: pymcdm refused");
                refused += 1;
                continue;
            }
            let r = method(&m, &w).unwrap_or_else(|e| panic!("case {k}, {name}: {e}"));
            for (i, (a, b)) in r.scores.iter().zip(floats(expected)).enumerate() {
                assert!(
                    (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                    "case {k}, {name}, alternative {i}: ours {a}, pymcdm {b}"
                );
            }
            // The ranks are the scores' competition ranks, in the method's direction.
            assert_eq!(r.ranks, competition_ranks(&r.scores, r.direction));
            compared += 1;
        }
    }
    assert_eq!(compared + refused, 9000);
    assert!(refused > 100, "{refused}");
}

/// CODAS's pairs within the threshold are found in sorted order (O(m log m)); on larger
/// matrices than the fixture's, with many ties, it equals the formula's double sum over
/// every pair (pymcdm's loop), written out here.
#[test]
fn codas_equals_its_double_sum_on_larger_matrices() {
    use peacekeeping_eval::Direction;
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..40 {
        let (m, n) = (20 + (next() % 180) as usize, 2 + (next() % 4) as usize);
        let values: Vec<f64> = (0..m * n).map(|_| 1.0 + (next() % 7) as f64).collect();
        let directions: Vec<Direction> = (0..n)
            .map(|j| {
                if j % 2 == 0 {
                    Direction::HigherIsBetter
                } else {
                    Direction::LowerIsBetter
                }
            })
            .collect();
        let mat = DecisionMatrix::new(m, n, values.clone(), directions.clone()).unwrap();
        let w: Vec<f64> = (0..n).map(|j| (j + 1) as f64).collect();
        let total: f64 = w.iter().sum();
        let tau = [0.0, 0.02, 0.1][round % 3];
        let ours = codas(&mat, &w, tau).unwrap().scores;
        // The formula, pair by pair.
        let values = &values;
        let col = |j: usize| (0..m).map(move |i| values[i * n + j]);
        let mut e = vec![0.0; m];
        let mut t = vec![0.0; m];
        for j in 0..n {
            let (lo, hi) = col(j).fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
                (a.min(x), b.max(x))
            });
            let v = |x: f64| {
                w[j] / total
                    * if directions[j] == Direction::HigherIsBetter {
                        x / hi
                    } else {
                        lo / x
                    }
            };
            let nis = col(j).map(v).fold(f64::INFINITY, f64::min);
            for (i, x) in col(j).enumerate() {
                e[i] += (v(x) - nis).powi(2);
                t[i] += (v(x) - nis).abs();
            }
        }
        let e: Vec<f64> = e.into_iter().map(f64::sqrt).collect();
        for i in 0..m {
            let h: f64 = (0..m)
                .map(|k| {
                    let d = e[i] - e[k];
                    d + if d.abs() >= tau { t[i] - t[k] } else { 0.0 }
                })
                .sum();
            assert!(
                (ours[i] - h).abs() <= 1e-9 * h.abs().max(1.0),
                "round {round}, row {i}: {} vs {h}",
                ours[i]
            );
        }
    }
}

/// Bad input to the new methods and weightings is a typed error that says where: the cell,
/// the criterion, the bound or the rank at fault.
#[test]
fn bad_inputs_are_errors_naming_the_place() {
    use peacekeeping_eval::Direction::{HigherIsBetter as B, LowerIsBetter as C};
    use peacekeeping_eval::{RankWeighting, cilos_weights, kemeny, kemeny_agreement, rank_weights};
    let text = |r: Result<Ranking, MethodError>| r.unwrap_err().to_string();
    let zero_column = DecisionMatrix::from_rows(&[[1.0, 0.0], [2.0, 0.0]], &[B, C]).unwrap();
    let e = text(moora(&zero_column, &[1.0, 1.0]));
    assert!(e.contains("criterion 1 is 0 for every alternative"), "{e}");
    let negative = DecisionMatrix::from_rows(&[[1.0, -3.0], [2.0, 1.0]], &[B, B]).unwrap();
    let e = text(edas(&negative, &[1.0, 1.0]));
    assert!(e.contains("criterion 1 averages -1"), "{e}");
    for method in [aras, ocra, marcos] {
        let e = text(method(&negative, &[1.0, 1.0]));
        assert!(e.contains("row 0, column 1 is -3"), "{e}");
    }
    let e = text(codas(&negative, &[1.0, 1.0], 0.02));
    assert!(e.contains("row 0, column 1"), "{e}");
    let positive = DecisionMatrix::from_rows(&[[1.0, 3.0], [2.0, 1.0]], &[B, C]).unwrap();
    let e = text(codas(&positive, &[1.0, 1.0], -0.1));
    assert!(e.contains("tau"), "{e}");
    // SPOTIS: bounds of the wrong count, degenerate bounds, a value outside them.
    let e = text(spotis(&positive, &[1.0, 1.0], Some(&[(0.0, 5.0)])));
    assert!(e.contains("1 bounds for 2 criteria"), "{e}");
    let e = text(spotis(
        &positive,
        &[1.0, 1.0],
        Some(&[(0.0, 5.0), (4.0, 4.0)]),
    ));
    assert!(e.contains("criterion 1: bounds [4, 4]"), "{e}");
    let e = text(spotis(
        &positive,
        &[1.0, 1.0],
        Some(&[(0.0, 5.0), (2.0, 4.0)]),
    ));
    assert!(e.contains("row 1, criterion 1: 1 is outside"), "{e}");
    let constant = DecisionMatrix::from_rows(&[[1.0, 3.0], [2.0, 3.0]], &[B, C]).unwrap();
    assert!(text(spotis(&constant, &[1.0, 1.0], None)).contains("criterion 1"));
    // Weights: CILOS's cell at or below zero; ranks that are not 1..=n once each.
    let e = cilos_weights(&negative).unwrap_err().to_string();
    assert!(e.contains("row 0, column 1"), "{e}");
    let e = rank_weights(&[1, 1], RankWeighting::Sum)
        .unwrap_err()
        .to_string();
    assert!(e.contains("criterion 1 has rank 1"), "{e}");
    let e = rank_weights(&[1, 3], RankWeighting::Centroid)
        .unwrap_err()
        .to_string();
    assert!(e.contains("criterion 1 has rank 3"), "{e}");
    assert!(rank_weights(&[], RankWeighting::Reciprocal).is_err());
    // Kemeny: an order that is not a permutation; weights of the wrong count.
    let e = kemeny_agreement(&positive, &[1.0, 1.0], &[0, 0])
        .unwrap_err()
        .to_string();
    assert!(e.contains("each of the 2 alternatives once"), "{e}");
    assert!(kemeny(&positive, &[1.0]).is_err());
}
