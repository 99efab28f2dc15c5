//! The interoperability score and its inputs.

use peacekeeping_core::{Date, Period, Severity};
use peacekeeping_graph::{
    GraphError, InteroperabilityWeights, interoperability, interoperability_with,
};

use crate::support::{d, reference, small};

fn days(from: Date, to: Date) -> f64 {
    f64::from(from.days_until(to) + 1)
}

#[test]
fn every_component_by_hand() {
    // AAA and BBB over the first quarter of 2013 (support.rs): one exercise, one shared
    // mission (M1 in January and February), one shared organization on 03-31, French in
    // common, partnership `ab` since 2011-01-01, a moderate friction (2 points).
    let data = small();
    let q1 = Period::between(d(2013, 1, 1), d(2013, 3, 31)).unwrap();
    let i = interoperability(&data, "AAA", "BBB", q1).unwrap();
    assert_eq!(i.inputs.shared_trainings.len(), 1);
    assert_eq!(
        i.inputs
            .shared_missions
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>(),
        ["M1"]
    );
    assert_eq!(i.inputs.shared_organizations.len(), 1);
    assert_eq!(i.inputs.common_languages.len(), 1);
    assert_eq!(i.inputs.partnerships.len(), 1);
    let years = days(d(2011, 1, 1), d(2013, 3, 31)) / 365.25; // 821 days
    assert_eq!(i.inputs.partnership_years, years);
    assert_eq!(i.inputs.frictions.len(), 1);
    assert_eq!(i.inputs.frictions[0].1, Severity::Moderate);
    let expected =
        0.20 / 3.0 + 0.25 / 3.0 + 0.15 * 0.2 + 0.15 * 1.0 + 0.25 * (years / 10.0) - 0.25 * 0.5;
    assert!(
        (i.score - expected).abs() < 1e-12,
        "{} vs {expected}",
        i.score
    );
    assert_eq!(i.components.frictions, 0.5);

    // AAA and CCC: the exercise, M2, English; CCC's membership was a suspension.
    let i = interoperability(&data, "AAA", "CCC", q1).unwrap();
    assert!(i.inputs.shared_organizations.is_empty());
    assert!((i.score - (0.20 / 3.0 + 0.25 / 3.0 + 0.15)).abs() < 1e-12);
    // The order of the pair does not matter.
    let j = interoperability(&data, "CCC", "AAA", q1).unwrap();
    assert_eq!(i.score, j.score);
}

#[test]
fn france_and_the_united_kingdom_in_2013() {
    // Lancaster House (2010-11-02); the UN, the EU, NATO and the OSCE; no common official
    // language; both deployed in MINUSMA and MONUSCO in 2013 (the UN's reports of
    // 2012-12-31, holding until the next, and 2013-12-31; computed with plain Python);
    // two frictions observed by the end of 2013, Libya's command (21 March 2011, moderate:
    // 2 points) and the carriers' jets (11 May 2012, low: 1 point).
    let data = reference();
    let year = Period::between(d(2013, 1, 1), d(2013, 12, 31)).unwrap();
    let i = interoperability(data, "FRA", "GBR", year).unwrap();
    assert_eq!(i.inputs.shared_organizations.len(), 4);
    assert!(i.inputs.common_languages.is_empty());
    let ids: Vec<_> = i.inputs.partnerships.iter().map(|p| p.as_str()).collect();
    assert_eq!(ids, ["lancaster-house-2010"]);
    let years = days(d(2010, 11, 2), d(2013, 12, 31)) / 365.25;
    let missions: Vec<_> = i
        .inputs
        .shared_missions
        .iter()
        .map(|m| m.as_str())
        .collect();
    assert_eq!(missions, ["MINUSMA", "MONUSCO"]);
    assert_eq!(i.inputs.frictions.len(), 2);
    assert_eq!(i.components.frictions, 3.0 / 4.0);
    let expected =
        0.25 * (2.0 / 3.0) + 0.15 * (4.0 / 5.0) + 0.25 * (years / 10.0) - 0.25 * (3.0 / 4.0);
    assert!((i.score - expected).abs() < 1e-12);
}

#[test]
fn bad_inputs_are_named() {
    let data = small();
    let q1 = Period::between(d(2013, 1, 1), d(2013, 3, 31)).unwrap();
    assert_eq!(
        interoperability(&data, "AAA", "AAA", q1).unwrap_err(),
        GraphError::SameActor {
            actor: "AAA".into()
        }
    );
    assert_eq!(
        interoperability(&data, "AAA", "ZZZ", q1).unwrap_err(),
        GraphError::UnknownActor {
            actor: "ZZZ".into()
        }
    );
    assert!(matches!(
        interoperability(&data, "AAA", "BBB", Period::since(d(2013, 1, 1))),
        Err(GraphError::OngoingPeriod { .. })
    ));
    let w = InteroperabilityWeights::default().history(-1.0);
    assert_eq!(
        interoperability_with(&data, "AAA", "BBB", q1, w).unwrap_err(),
        GraphError::InvalidWeight {
            name: "history",
            value: -1.0
        }
    );
    let zero = InteroperabilityWeights::default()
        .exercises(0.0)
        .deployments(0.0)
        .memberships(0.0)
        .language(0.0)
        .history(0.0)
        .frictions(1.0);
    assert!(matches!(
        interoperability_with(&data, "AAA", "BBB", q1, zero),
        Err(GraphError::InvalidWeight { name: "sum", .. })
    ));
}
