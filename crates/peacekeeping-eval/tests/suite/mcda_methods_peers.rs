//! MOORA, ARAS, EDAS, MABAC and MAIRCA against pymcdm 1.4.0 on 1,000 seeded random
//! decision matrices (mixed directions, ties, constant columns):
//! `tests/fixtures/mcda_methods.json`, written by `scripts/check_mcda_methods.py`. The
//! published examples of ARAS, EDAS and MABAC are in their doc tests.

use peacekeeping_eval::{
    DecisionMatrix, MethodError, Ranking, aras, competition_ranks, edas, mabac, mairca, moora,
};
use serde_json::Value;

use super::mcdm_pymcdm::floats;
use super::weights_peers::matrix_of;

const FIXTURE: &str = include_str!("../fixtures/mcda_methods.json");

type Method = fn(&DecisionMatrix, &[f64]) -> Result<Ranking, MethodError>;

#[test]
fn every_method_matches_pymcdm() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(fixture["peers"]["pymcdm"], "1.4.0");
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1000);
    let methods: [(&str, Method); 5] = [
        ("moora", moora),
        ("aras", aras),
        ("edas", edas),
        ("mabac", mabac),
        ("mairca", mairca),
    ];
    let mut compared = 0;
    for (k, case) in cases.iter().enumerate() {
        let (_, m) = matrix_of(case);
        let w = floats(&case["weights"]);
        for (name, method) in methods {
            let Some(expected) = case["expected"].get(name) else {
                continue;
            };
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
    assert_eq!(compared, 5000);
}
