//! Every tie rule of `rank` against scipy: `tests/fixtures/rankdata.json`, the ranks
//! `scipy.stats.rankdata` gives (scipy 1.17.1; written by `scripts/rank_fixtures.py`),
//! in both directions, with and without missing values.

use peacekeeping_eval::Direction;
use peacekeeping_eval::rank::{
    Ties, competition_ranks, competition_ranks_with_missing, ranks, ranks_with_missing,
};
use serde_json::Value;

const FIXTURE: &str = include_str!("../fixtures/rankdata.json");

fn column(v: &Value) -> Vec<Option<f64>> {
    v.as_array().unwrap().iter().map(Value::as_f64).collect()
}

#[test]
fn every_tie_rule_equals_scipy_rankdata() {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    let mut compared = 0;
    for case in cases {
        let values = column(&case["values"]);
        let complete: Option<Vec<f64>> = values.iter().copied().collect();
        for (key, direction) in [
            ("lower_is_better", Direction::LowerIsBetter),
            ("higher_is_better", Direction::HigherIsBetter),
        ] {
            // The rules' names are scipy's `method` names.
            for (name, ties) in Ties::ALL.map(|t| (t.name(), t)) {
                let expected = column(&case[key][name]);
                let found = ranks_with_missing(&values, direction, ties);
                assert_eq!(found, expected, "{values:?} {key} {name}");
                if let Some(complete) = &complete {
                    let found: Vec<Option<f64>> = ranks(complete, direction, ties)
                        .into_iter()
                        .map(Some)
                        .collect();
                    assert_eq!(found, expected, "{values:?} {key} {name}");
                }
                if ties == Ties::Min {
                    let whole: Vec<Option<f64>> =
                        competition_ranks_with_missing(&values, direction)
                            .into_iter()
                            .map(|r| r.map(|r| r as f64))
                            .collect();
                    assert_eq!(whole, expected, "{values:?} {key} competition");
                    if let Some(complete) = &complete {
                        let whole: Vec<Option<f64>> = competition_ranks(complete, direction)
                            .into_iter()
                            .map(|r| Some(r as f64))
                            .collect();
                        assert_eq!(whole, expected, "{values:?} {key} competition");
                    }
                }
                compared += 1;
            }
        }
    }
    assert_eq!(compared, cases.len() * 10);
}

/// Worked by hand: `[2, 7, 2, 7, 7, 1]`, lower is better.
#[test]
fn a_hand_worked_column() {
    let x = [2.0, 7.0, 2.0, 7.0, 7.0, 1.0];
    let low = Direction::LowerIsBetter;
    assert_eq!(
        ranks(&x, low, Ties::Average),
        [2.5, 5.0, 2.5, 5.0, 5.0, 1.0]
    );
    assert_eq!(ranks(&x, low, Ties::Min), [2.0, 4.0, 2.0, 4.0, 4.0, 1.0]);
    assert_eq!(ranks(&x, low, Ties::Max), [3.0, 6.0, 3.0, 6.0, 6.0, 1.0]);
    assert_eq!(ranks(&x, low, Ties::Dense), [2.0, 3.0, 2.0, 3.0, 3.0, 1.0]);
    assert_eq!(
        ranks(&x, low, Ties::Ordinal),
        [2.0, 4.0, 3.0, 5.0, 6.0, 1.0]
    );
}
