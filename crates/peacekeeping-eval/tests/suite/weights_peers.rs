//! Standard-deviation weights against their peers on 1,000 seeded random matrices (small
//! integers, so ties are common; mixed directions; constant columns):
//! `tests/fixtures/weights_peers.json`, written by `scripts/check_weights.py` with
//! pymcdm 1.4.0 and scikit-criteria 0.10. `Spread::Raw` is pymcdm's and scikit-criteria's
//! definition (the script asserts the two agree); `Spread::Normalized` is pymcdm's on the
//! matrix its min-max normalization gives.

use peacekeeping_eval::{
    DecisionMatrix, Direction, Spread, angle_weights, cilos_weights, gini_weights, idocriw_weights,
    merec_weights, standard_deviation_weights, variance_weights,
};
use serde_json::Value;

use super::mcdm_pymcdm::{floats, matrix_of};

const FIXTURE: &str = include_str!("../fixtures/weights_peers.json");
const TOLERANCE: f64 = 1e-9;

#[test]
fn standard_deviation_weights_match_pymcdm_and_scikit_criteria() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(fixture["peers"]["pymcdm"], "1.4.0");
    assert_eq!(fixture["peers"]["scikit-criteria"], "0.10");
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1000);
    let mut constant_columns = 0;
    let mut differ = 0;
    for (k, case) in cases.iter().enumerate() {
        let (rows, m) = matrix_of(case);
        constant_columns += (0..m.criteria())
            .filter(|&j| rows.iter().all(|r| r[j] == rows[0][j]))
            .count();
        let mut any_apart = false;
        for (spread, key) in [(Spread::Raw, "raw"), (Spread::Normalized, "normalized")] {
            let ours = standard_deviation_weights(&m, spread).unwrap();
            let theirs = floats(&case[key]);
            assert_eq!(ours.len(), theirs.len(), "case {k}");
            for (j, (a, b)) in ours.iter().zip(&theirs).enumerate() {
                assert!(
                    (a - b).abs() <= TOLERANCE,
                    "case {k}, {key}, criterion {j}: ours {a}, peers {b}"
                );
            }
            if spread == Spread::Raw {
                let normalized = floats(&case["normalized"]);
                any_apart = theirs
                    .iter()
                    .zip(&normalized)
                    .any(|(r, n)| (r - n).abs() > 1e-6);
            }
        }
        differ += usize::from(any_apart);
    }
    // The fixture exercises what it claims: constant columns, and the two definitions
    // giving different weights on most matrices with two criteria or more.
    assert!(constant_columns > 100, "{constant_columns}");
    assert!(differ > 500, "{differ}");
}

/// MEREC, Gini, variance, angle, CILOS and IDOCRIW weights against pymcdm 1.4.0 (Gini also equal to
/// scikit-criteria's, which the script asserts) on 1,000 seeded random positive matrices
/// with mixed directions: `objective` in the same fixture.
#[test]
fn objective_weights_match_pymcdm() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let cases = fixture["objective"].as_array().unwrap();
    assert_eq!(cases.len(), 1000);
    type Weighting = fn(&DecisionMatrix) -> Result<Vec<f64>, peacekeeping_eval::MethodError>;
    let methods: [(&str, Weighting); 6] = [
        ("merec", merec_weights),
        ("gini", gini_weights),
        ("variance", variance_weights),
        ("angle", angle_weights),
        ("cilos", cilos_weights),
        ("idocriw", idocriw_weights),
    ];
    for (k, case) in cases.iter().enumerate() {
        let (_, m) = matrix_of(case);
        for (name, method) in methods {
            if case[name].is_null() {
                // pymcdm found no single CILOS solution: ours refuses too.
                assert!(method(&m).is_err(), "case {k}, {name}");
                continue;
            }
            let ours = method(&m).unwrap_or_else(|e| panic!("case {k}, {name}: {e}"));
            for (j, (a, b)) in ours.iter().zip(floats(&case[name])).enumerate() {
                assert!(
                    (a - b).abs() <= TOLERANCE,
                    "case {k}, {name}, criterion {j}: ours {a}, pymcdm {b}"
                );
            }
        }
    }
}

/// The weightings that need positive values name the first cell that is not.
#[test]
fn positive_weightings_name_a_cell_that_is_not() {
    let m = DecisionMatrix::from_rows(
        &[[1.0, 2.0], [3.0, 0.0]],
        &[Direction::HigherIsBetter, Direction::HigherIsBetter],
    )
    .unwrap();
    for method in [merec_weights, gini_weights, angle_weights] {
        let e = method(&m).unwrap_err().to_string();
        assert!(e.contains("row 1") && e.contains("column 1"), "{e}");
    }
    // Variance weights need no sign: the normalized columns' spread.
    assert!(variance_weights(&m).is_ok());
}
