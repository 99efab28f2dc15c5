//! Evidence: the tidy CSV import and its report, qualitative scales, fusion, panels, and
//! the path from a core `Dataset`.

use peacekeeping_core::{Date, Reliability, SourceKind};
use peacekeeping_eval::{
    Evidence, FusionOptions, Imputation, Observation, OrdinalScale, PanelFill, Pipeline,
    ReliabilityWeights, builtin,
};
use proptest::prelude::*;

const CSV: &str = "\
unit,indicator,value,date,source,reliability,note
au-un,host-consent,agree,2019-06-30,stakeholder-interview,B,
au-un,host-consent,strongly agree,2019-06-30,post-mission-report,A,\"one, quoted\"
au-un,population-confidence,58,2019-06-30,field-survey,B,
au-un,population-confidence,40,2019-06-30,media,E,
eu-un,population-confidence,,2019-06-30,field-survey,B,
eu-un,friction-count,3,2019-31-12,official-statistics,A,
eu-un,friction-count,2,2019-12-31,gossip,A,
eu-un,friction-count,2,2019-12-31,official-statistics,Q,
eu-un,friction-count,2
,joint-training,4,2019-12-31,official-statistics,,
eu-un,joint-training,4,2019-12-31,official-statistics,,
";

#[test]
fn the_import_report_names_every_bad_row_line_and_field() {
    let (evidence, report) =
        Evidence::from_csv(CSV.as_bytes(), &[("host-consent", OrdinalScale::likert5())]);
    assert_eq!(report.read, 11);
    assert_eq!(report.imported, 5);
    let problems: Vec<(usize, &str)> = report
        .problems
        .iter()
        .map(|p| (p.line, p.field.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            (6, "value"),
            (7, "date"),
            (8, "source"),
            (9, "reliability"),
            (10, "row"),
            (11, "unit"),
        ]
    );
    // Every data row is imported or named in the report.
    let bad: std::collections::BTreeSet<usize> = report.problems.iter().map(|p| p.line).collect();
    assert_eq!(report.imported + bad.len(), report.read);
    // An empty reliability grade is F.
    assert_eq!(
        evidence.observations().last().unwrap().reliability,
        Reliability::CannotBeJudged
    );
    assert!(report.to_string().contains("line 7, date"));
}

#[test]
fn a_missing_header_column_is_one_problem() {
    let (e, report) = Evidence::from_csv(b"unit,indicator,value\nu,i,1\n", &[]);
    assert!(e.observations().is_empty());
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].message.contains("source, reliability"));
}

#[test]
fn fusion_is_the_reliability_weighted_mean_with_confidence() {
    let (evidence, _) =
        Evidence::from_csv(CSV.as_bytes(), &[("host-consent", OrdinalScale::likert5())]);
    let fused = evidence.fuse(&FusionOptions::default());
    let consent = &fused[&("au-un".to_owned(), "host-consent".to_owned())];
    // B (0.8) says 4, A (1.0) says 5: (3.2 + 5) / 1.8.
    assert!((consent.value - 8.2 / 1.8).abs() < 1e-12);
    assert_eq!(consent.observations, 2);
    assert!((consent.confidence - 0.9).abs() < 1e-12);
    let confidence = &fused[&("au-un".to_owned(), "population-confidence".to_owned())];
    assert!((confidence.value - (0.8 * 58.0 + 0.2 * 40.0) / 1.0).abs() < 1e-12);
    // Ignoring grade E changes the fused value to the B observation alone.
    let strict = ReliabilityWeights::new([1.0, 0.8, 0.6, 0.4, 0.0, 0.5]).unwrap();
    let fused = evidence.fuse(&FusionOptions::default().weights(strict));
    let v = fused[&("au-un".to_owned(), "population-confidence".to_owned())].value;
    assert!((v - 58.0).abs() < 1e-12, "{v}");
}

#[test]
fn fused_evidence_goes_through_the_pipeline_with_coverage_and_confidence() {
    let (evidence, _) =
        Evidence::from_csv(CSV.as_bytes(), &[("host-consent", OrdinalScale::likert5())]);
    let fw = builtin::partnership_effectiveness().unwrap();
    let fused = evidence.to_table(&fw, &FusionOptions::default()).unwrap();
    assert_eq!(fused.table.units(), ["au-un", "eu-un"]);
    assert_eq!(fused.coverage("au-un"), Some(2.0 / 12.0));
    let w = fw.effective_weights();
    let expected = w["host-consent"] * 0.9 + w["population-confidence"] * 0.5;
    assert!((fused.confidence("au-un").unwrap() - expected).abs() < 1e-12);
    let scores = Pipeline::new()
        .imputation(Imputation::Median)
        .run(&fw, &fused.table)
        .unwrap();
    assert!(scores.score("effectiveness", "au-un").is_some());
}

#[test]
fn panel_rules_pick_or_interpolate_by_date() {
    let obs = |v: f64, y: i32, r: Reliability| {
        Observation::new("u", "x", v, SourceKind::OfficialStatistics, r)
            .unwrap()
            .on(Date::new(y, 1, 1).unwrap())
    };
    let mut e = Evidence::new();
    e.push(obs(10.0, 2010, Reliability::CompletelyReliable));
    e.push(obs(30.0, 2014, Reliability::CompletelyReliable));
    e.push(obs(50.0, 2014, Reliability::Unreliable));
    let key = ("u".to_owned(), "x".to_owned());
    let at = |fill, y| {
        e.fuse(
            &FusionOptions::default()
                .as_of(Date::new(y, 1, 1).unwrap())
                .fill(fill),
        )
        .get(&key)
        .map(|v| v.value)
    };
    let fused_2014 = (30.0 + 0.2 * 50.0) / 1.2;
    assert_eq!(at(PanelFill::Exact, 2012), None);
    assert_eq!(at(PanelFill::LastObservation, 2012), Some(10.0));
    assert_eq!(at(PanelFill::LastObservation, 2020), Some(fused_2014));
    let mid = at(PanelFill::Linear, 2012).unwrap();
    // 2012-01-01 is 730 of 1461 days after 2010-01-01.
    assert!((mid - (10.0 + 730.0 / 1461.0 * (fused_2014 - 10.0))).abs() < 1e-9);
    assert_eq!(at(PanelFill::Linear, 2009), None);
    // Pooling up to 2012 sees only the 2010 observation.
    assert_eq!(at(PanelFill::Pool, 2012), Some(10.0));
}

#[test]
fn evidence_from_a_core_dataset_counts_frictions_per_year() {
    use peacekeeping_core::{
        Actor, ActorKind, Dataset, Friction, FrictionKind, Partnership, PartnershipKind, Party,
        PartyRole, Period, Severity,
    };
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    let mut b = Dataset::builder();
    b.actor(Actor::new(
        "AU".parse().unwrap(),
        "African Union",
        ActorKind::RegionalOrganization,
    ))
    .actor(Actor::new(
        "UN".parse().unwrap(),
        "United Nations",
        ActorKind::UnitedNations,
    ));
    b.partnership(
        Partnership::new(
            "au-un".parse().unwrap(),
            "AU-UN",
            PartnershipKind::UnRegional,
            Period::between(date(2018, 1, 1), date(2019, 12, 31)).unwrap(),
        )
        .with_party(Party::new("AU".parse().unwrap(), PartyRole::Lead))
        .with_party(Party::new("UN".parse().unwrap(), PartyRole::Supporting)),
    )
    .friction(Friction::new(
        "f1".parse().unwrap(),
        "au-un".parse().unwrap(),
        FrictionKind::ResourceDispute,
        Severity::Moderate,
        date(2019, 3, 1),
    ))
    .friction(Friction::new(
        "f2".parse().unwrap(),
        "au-un".parse().unwrap(),
        FrictionKind::ConsentBreakdown,
        Severity::Critical,
        date(2019, 9, 1),
    ));
    let data = b.build().unwrap();
    let evidence = Evidence::from_dataset(&data);
    let values: Vec<(&str, f64, i32)> = evidence
        .observations()
        .iter()
        .map(|o| (o.indicator.as_str(), o.value, o.date.unwrap().year()))
        .collect();
    assert_eq!(
        values,
        [
            ("friction-count", 0.0, 2018),
            ("friction-count", 2.0, 2019),
            ("friction-severity", 3.0, 2019),
        ]
    );
}

proptest! {
    /// The evidence importer never panics on arbitrary bytes, and accounts for every row.
    #[test]
    fn the_csv_importer_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let (e, report) = Evidence::from_csv(&bytes, &[("x", OrdinalScale::likert5())]);
        prop_assert!(e.observations().len() == report.imported);
        prop_assert!(report.imported <= report.read);
    }

    /// Arbitrary text after a valid header: every row is imported or reported.
    #[test]
    fn every_row_is_imported_or_reported(
        rows in proptest::collection::vec(r#"[a-z0-9,."\n -]{0,40}"#, 0..12)
    ) {
        let text = format!("unit,indicator,value,date,source,reliability\n{}", rows.join("\n"));
        let (e, report) = Evidence::from_csv(text.as_bytes(), &[]);
        let bad: std::collections::BTreeSet<usize> = report.problems.iter().map(|p| p.line).collect();
        prop_assert_eq!(report.imported + bad.len(), report.read);
        prop_assert_eq!(e.observations().len(), report.imported);
        prop_assert!(e.observations().iter().all(|o| o.value.is_finite()));
    }
}
