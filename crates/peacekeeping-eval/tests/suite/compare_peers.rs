//! Rank comparison against pymcdm 1.4.0's `correlations` on 1,000 seeded random pairs of
//! rankings with ties (`tests/fixtures/compare_peers.json`, written by
//! `scripts/check_compare.py`): every measure to 1e-9, and an error exactly where pymcdm's
//! is undefined (a constant ranking under Spearman's rho, no untied pair under gamma).

use peacekeeping_eval::MethodError;
use peacekeeping_eval::compare::{
    goodman_kruskal_gamma, kendall_tau, spearman, weighted_spearman, ws_similarity,
};
use serde_json::Value;

use super::mcdm_pymcdm::floats;

const FIXTURE: &str = include_str!("../fixtures/compare_peers.json");

type Measure = fn(&[f64], &[f64]) -> Result<f64, MethodError>;

#[test]
fn every_measure_matches_pymcdm() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(fixture["peers"]["pymcdm"], "1.4.0");
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1000);
    let measures: [(&str, Measure); 5] = [
        ("spearman", spearman),
        ("weighted_spearman", weighted_spearman),
        ("ws", ws_similarity),
        ("kendall_tau", kendall_tau),
        ("goodman_kruskal_gamma", goodman_kruskal_gamma),
    ];
    let (mut compared, mut undefined) = (0, 0);
    for (k, case) in cases.iter().enumerate() {
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        for (name, measure) in measures {
            let ours = measure(&x, &y);
            match case["expected"][name].as_f64() {
                Some(theirs) => {
                    let ours = ours.unwrap_or_else(|e| panic!("case {k}, {name}: {e}"));
                    assert!(
                        (ours - theirs).abs() <= 1e-9,
                        "case {k}, {name}: ours {ours}, pymcdm {theirs}"
                    );
                    compared += 1;
                }
                None => {
                    assert!(
                        matches!(ours, Err(MethodError::Comparison { .. })),
                        "case {k}, {name}: pymcdm undefined, ours {ours:?}"
                    );
                    undefined += 1;
                }
            }
        }
    }
    assert!(compared > 4000 && undefined > 100, "{compared} {undefined}");
}
