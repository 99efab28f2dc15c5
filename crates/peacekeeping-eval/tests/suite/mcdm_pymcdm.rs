//! Multi-criteria methods against pymcdm 1.3.1 on seeded random matrices:
//! `tests/fixtures/pymcdm.json`, written by `scripts/check_mcdm.py` (see there for the
//! conventions compared).

use peacekeeping_eval::{
    DecisionMatrix, Direction, MatrixNormalization, PreferenceFunction, Spread, critic_weights,
    entropy_weights, promethee_ii, standard_deviation_weights, topsis, vikor, wpm, wsm,
};
use serde_json::Value;

const FIXTURE: &str = include_str!("../fixtures/pymcdm.json");
const TOLERANCE: f64 = 1e-9;

/// A JSON array of numbers (also read by the other peer fixtures' tests).
pub(crate) fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

/// A fixture case's rows and its decision matrix (`matrix`, and `types` 1 for
/// higher-is-better), as the peer fixtures write them.
pub(crate) fn matrix_of(case: &Value) -> (Vec<Vec<f64>>, DecisionMatrix) {
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
    (rows, m)
}

fn close(method: &str, found: &[f64], expected: &[f64]) {
    assert_eq!(found.len(), expected.len(), "{method}");
    for (i, (f, e)) in found.iter().zip(expected).enumerate() {
        assert!(
            (f - e).abs() <= TOLERANCE * e.abs().max(1.0),
            "{method}: item {i}: ours {f}, pymcdm {e}"
        );
    }
}

fn normalization(name: &str) -> MatrixNormalization {
    match name {
        "min_max" => MatrixNormalization::MinMax,
        "vector" => MatrixNormalization::Vector,
        "max" => MatrixNormalization::Max,
        "sum" => MatrixNormalization::Sum,
        other => panic!("unknown normalization {other}"),
    }
}

#[test]
fn every_fixture_case_matches_pymcdm() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    for case in cases {
        let method = case["method"].as_str().unwrap();
        let params = &case["params"];
        let (_, m) = matrix_of(case);
        let w = floats(&case["weights"]);
        let expected = &case["expected"];
        let label = format!(
            "{method} {params} on {} x {}",
            m.alternatives(),
            m.criteria()
        );
        match method {
            "topsis" => {
                let norm = normalization(params["normalization"].as_str().unwrap());
                close(
                    &label,
                    &topsis(&m, &w, norm).unwrap().scores,
                    &floats(&expected["scores"]),
                );
            }
            "wsm" | "wpm" => {
                let norm = normalization(params["normalization"].as_str().unwrap());
                let r = if method == "wsm" {
                    wsm(&m, &w, norm)
                } else {
                    wpm(&m, &w, norm)
                };
                close(&label, &r.unwrap().scores, &floats(&expected["scores"]));
            }
            "vikor" => {
                let v = vikor(&m, &w, params["v"].as_f64().unwrap()).unwrap();
                close(&label, &v.s, &floats(&expected["s"]));
                close(&label, &v.r, &floats(&expected["r"]));
                close(&label, &v.q, &floats(&expected["q"]));
            }
            "promethee_ii" => {
                let n = m.criteria();
                let q = params.get("q").map(floats).unwrap_or_else(|| vec![0.0; n]);
                let p = params.get("p").map(floats).unwrap_or_else(|| vec![0.0; n]);
                let functions: Vec<PreferenceFunction> = (0..n)
                    .map(|j| match params["function"].as_str().unwrap() {
                        "usual" => PreferenceFunction::Usual,
                        "ushape" => PreferenceFunction::UShape { q: q[j] },
                        "vshape" => PreferenceFunction::VShape { p: p[j] },
                        "level" => PreferenceFunction::Level { q: q[j], p: p[j] },
                        "vshape_2" => PreferenceFunction::Linear { q: q[j], p: p[j] },
                        other => panic!("unknown preference function {other}"),
                    })
                    .collect();
                let r = promethee_ii(&m, &w, &functions).unwrap();
                close(&label, &r.net_flow, &floats(&expected["net_flow"]));
            }
            "entropy_weights" => close(
                &label,
                &entropy_weights(&m).unwrap(),
                &floats(&expected["weights"]),
            ),
            "critic_weights" => close(
                &label,
                &critic_weights(&m).unwrap(),
                &floats(&expected["weights"]),
            ),
            "standard_deviation_weights" => close(
                &label,
                &standard_deviation_weights(&m, Spread::Normalized).unwrap(),
                &floats(&expected["weights"]),
            ),
            other => panic!("fixture has unknown method {other}"),
        }
    }
}
