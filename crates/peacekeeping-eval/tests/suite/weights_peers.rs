//! Standard-deviation weights against their peers on 1,000 seeded random matrices (small
//! integers, so ties are common; mixed directions; constant columns):
//! `tests/fixtures/weights_peers.json`, written by `scripts/check_weights.py` with
//! pymcdm 1.4.0 and scikit-criteria 0.10. `Spread::Raw` is pymcdm's and scikit-criteria's
//! definition (the script asserts the two agree); `Spread::Normalized` is pymcdm's on the
//! matrix its min-max normalization gives.

use peacekeeping_eval::{DecisionMatrix, Direction, Spread, standard_deviation_weights};
use serde_json::Value;

use super::mcdm_pymcdm::floats;

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
        let rows: Vec<Vec<f64>> = case["matrix"]
            .as_array()
            .unwrap()
            .iter()
            .map(floats)
            .collect();
        let directions: Vec<Direction> = floats(&case["types"])
            .iter()
            .map(|&t| {
                if t > 0.0 {
                    Direction::HigherIsBetter
                } else {
                    Direction::LowerIsBetter
                }
            })
            .collect();
        let m = DecisionMatrix::from_rows(&rows, &directions).unwrap();
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
