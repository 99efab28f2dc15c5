//! Evidence: the tidy CSV import and its report, qualitative scales, fusion, panels, and
//! the path from a core `Dataset`.

use peacekeeping_core::{Date, Reliability, SourceKind};
use peacekeeping_eval::{
    DataError, DatasetEvidence, Evidence, FusionOptions, Gap, ImportedEvidence, Imputation,
    Observation, OrdinalScale, PanelFill, Pipeline, ReliabilityWeights, builtin,
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
    let ImportedEvidence {
        evidence, report, ..
    } = Evidence::from_csv_str(CSV, &[("host-consent", OrdinalScale::likert5())]);
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
fn an_observation_without_an_id_names_the_empty_one() {
    let new = |unit: &str, indicator: &str| {
        Observation::new(
            unit,
            indicator,
            1.0,
            SourceKind::Media,
            Reliability::Unreliable,
        )
        .unwrap_err()
    };
    let err = new("", "x");
    assert_eq!(
        err,
        DataError::EmptyId {
            unit: String::new(),
            indicator: "x".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "observation of indicator `x` with an empty unit id"
    );
    assert_eq!(
        new("u", " ").to_string(),
        "observation of unit `u` with an empty indicator id"
    );
    assert_eq!(
        new(" ", "").to_string(),
        "observation with an empty unit id and an empty indicator id"
    );
}

#[test]
fn a_missing_header_column_is_one_problem() {
    let ImportedEvidence {
        evidence: e,
        report,
        ..
    } = Evidence::from_csv_str("unit,indicator,value\nu,i,1\n", &[]);
    assert!(e.observations().is_empty());
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].message.contains("source, reliability"));
}

#[test]
fn fusion_is_the_reliability_weighted_mean_with_confidence() {
    let evidence =
        Evidence::from_csv_str(CSV, &[("host-consent", OrdinalScale::likert5())]).evidence;
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
    let evidence =
        Evidence::from_csv_str(CSV, &[("host-consent", OrdinalScale::likert5())]).evidence;
    let fw = builtin::partnership_effectiveness().unwrap();
    let fused = evidence.to_table(&fw, &FusionOptions::default()).unwrap();
    assert_eq!(fused.table.units(), ["au-un", "eu-un"]);
    assert_eq!(fused.coverage("au-un"), Some(2.0 / 24.0));
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
        Actor, ActorKind, Dataset, EntityKind, Friction, FrictionKind, Partnership,
        PartnershipKind, Party, PartyRole, Period, Review, Severity, Source,
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
    // After the partnership's end: the values stop at its end, 31 December 2019.
    let DatasetEvidence {
        evidence, report, ..
    } = Evidence::from_dataset(&data, date(2020, 6, 30));
    let values: Vec<(&str, f64, i32)> = evidence
        .observations()
        .iter()
        .map(|o| (o.indicator.as_str(), o.value, o.date.unwrap().year()))
        .collect();
    assert_eq!(
        values,
        [
            ("party-count", 2.0, 2019),
            // 2018-01-01 to 2019-12-31: 729 days.
            ("partnership-duration", 729.0 / 365.25, 2019),
            // None recorded in 2018, and no review: not observed (not a zero).
            ("friction-count", 2.0, 2019),
            // Moderate (2) and critical (4).
            ("friction-severity", 3.0, 2019),
            ("friction-kinds", 2.0, 2019),
        ]
    );
    // No source cited anywhere: the dataset itself, graded F.
    assert!(
        evidence
            .observations()
            .iter()
            .all(|o| o.source == SourceKind::ResearchDataset
                && o.reliability == Reliability::CannotBeJudged)
    );
    let missing: Vec<(&str, &str)> = report
        .not_computed_for("au-un")
        .map(|n| (n.indicator.as_str(), n.reason.as_str()))
        .collect();
    assert_eq!(
        missing,
        [
            ("party-personnel", "the partnership names no mission"),
            (
                "shared-memberships",
                "the dataset records no membership of AU, UN"
            ),
            (
                "common-languages",
                "the dataset records no official language of AU, UN"
            ),
            (
                "joint-training",
                "no joint training of the partnership is recorded up to 2019-12-31 and no review covers a year of it: not recorded is not none"
            ),
            ("host-violence-change", "the partnership names no mission"),
            ("force-fatality-rate", "the partnership names no mission"),
            ("ceiling-delivery", "the partnership names no mission"),
            ("no-relapse", "the partnership names no mission"),
            ("host-violence-after", "the partnership names no mission"),
            ("contributor-diversity", "the partnership names no mission"),
            ("contributor-continuity", "the partnership names no mission"),
        ]
    );
    assert_eq!(report.coverage("au-un"), Some(5.0 / 16.0));
    // A review of the partnership's frictions in 2018 makes that year's zero an
    // observation, attributed to the review's source.
    let review = Review::new(
        Period::between(date(2018, 1, 1), date(2018, 12, 31)).unwrap(),
        "a-review".parse().unwrap(),
    )
    .of(EntityKind::Friction);
    let mut partnership = data.partnerships()[0].clone();
    partnership.reviews.push(review);
    let mut b = Dataset::builder();
    b.source(Source::new(
        "a-review".parse().unwrap(),
        SourceKind::PostMissionReport,
        "A review",
        "A publisher",
    ));
    for a in data.actors() {
        b.actor(a.clone());
    }
    b.partnership(partnership);
    for f in data.frictions() {
        b.friction(f.clone());
    }
    let found = Evidence::from_dataset(&b.build().unwrap(), date(2020, 6, 30));
    let counts: Vec<(f64, i32, SourceKind)> = found
        .evidence
        .observations()
        .iter()
        .filter(|o| o.indicator == "friction-count")
        .map(|o| (o.value, o.date.unwrap().year(), o.source))
        .collect();
    assert_eq!(
        counts,
        [
            (0.0, 2018, SourceKind::PostMissionReport),
            (2.0, 2019, SourceKind::ResearchDataset),
        ]
    );
    // Before the partnership began there is no unit.
    let DatasetEvidence {
        evidence: before,
        report,
        ..
    } = Evidence::from_dataset(&data, date(2017, 12, 31));
    assert!(before.observations().is_empty() && report.units.is_empty());
}

/// `party-personnel`, `shared-memberships` and `common-languages` of a made-up
/// partnership of two NGOs, computed by hand from the records below.
#[test]
fn evidence_from_a_core_dataset_reads_personnel_memberships_and_languages() {
    use peacekeeping_core::{
        Actor, ActorKind, Contribution, Dataset, Headcount, Membership, MembershipStatus, Mission,
        MissionKind, Partnership, PartnershipKind, Party, PartyRole, Period, Personnel,
        PersonnelCategory,
    };
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    fn id<T: std::str::FromStr<Err: std::fmt::Debug>>(s: &str) -> T {
        s.parse().unwrap()
    }
    let mut b = Dataset::builder();
    for (who, languages) in [
        ("ngo-a", vec!["fr", "en"]),
        ("ngo-b", vec!["en", "ar"]),
        ("ngo-c", vec![]),
    ] {
        let languages = languages.into_iter().map(|l| l.parse().unwrap()).collect();
        b.actor(Actor::new(id(who), who, ActorKind::Ngo).with_languages(languages));
    }
    for org in ["org-x", "org-y", "org-z"] {
        b.actor(Actor::new(id(org), org, ActorKind::Intergovernmental));
    }
    let since = |y| Period::since(date(y, 1, 1));
    let between = |a, b| Period::between(a, b).unwrap();
    b.membership(Membership::new(
        id("ngo-a"),
        id("org-x"),
        since(2000),
        MembershipStatus::Full,
    ))
    .membership(Membership::new(
        id("ngo-b"),
        id("org-x"),
        since(2005),
        MembershipStatus::Associate,
    ))
    // Both in org-y, but ngo-b only until 2019: not shared at the end, 2020-06-30.
    .membership(Membership::new(
        id("ngo-a"),
        id("org-y"),
        since(2000),
        MembershipStatus::Full,
    ))
    .membership(Membership::new(
        id("ngo-b"),
        id("org-y"),
        between(date(2000, 1, 1), date(2019, 12, 31)),
        MembershipStatus::Full,
    ))
    // An observer is not a member.
    .membership(Membership::new(
        id("ngo-a"),
        id("org-z"),
        since(2000),
        MembershipStatus::Full,
    ))
    .membership(Membership::new(
        id("ngo-b"),
        id("org-z"),
        since(2000),
        MembershipStatus::Observer,
    ))
    .membership(Membership::new(
        id("ngo-c"),
        id("org-z"),
        since(2000),
        MembershipStatus::Full,
    ));
    b.mission(Mission::new(
        id("M"),
        "M",
        MissionKind::AdHocCoalition,
        since(2015),
    ));
    let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    for (who, on, n) in [
        ("ngo-a", date(2019, 12, 31), 100),
        ("ngo-b", date(2019, 12, 31), 50),
        ("ngo-c", date(2019, 12, 31), 30),
        // Earlier and later reports do not count: the latest report up to the end does.
        ("ngo-a", date(2018, 12, 31), 999),
        ("ngo-a", date(2020, 12, 31), 999),
    ] {
        b.contribution(Contribution::personnel(id(who), id("M"), on, troops(n)));
    }
    let pair = |pid: &str, parties: [&str; 2]| {
        Partnership::new(
            id(pid),
            pid,
            PartnershipKind::Bilateral,
            between(date(2016, 1, 1), date(2020, 6, 30)),
        )
        .with_party(Party::new(id(parties[0]), PartyRole::Lead))
        .with_party(Party::new(id(parties[1]), PartyRole::Participant))
        .with_mission(id("M"))
    };
    b.partnership(pair("a-b", ["ngo-a", "ngo-b"]))
        .partnership(pair("a-c", ["ngo-a", "ngo-c"]));
    let data = b.build().unwrap();
    let DatasetEvidence {
        evidence, report, ..
    } = Evidence::from_dataset(&data, date(2021, 12, 31));
    let value = |unit: &str, indicator: &str| {
        evidence
            .observations()
            .iter()
            .find(|o| o.unit == unit && o.indicator == indicator)
            .map(|o| (o.value, o.date.unwrap()))
    };
    let end = date(2020, 6, 30);
    // The report of 2019-12-31, the parties' part of it: 100 + 50 (ngo-c's 30 is not theirs).
    assert_eq!(value("a-b", "party-personnel"), Some((150.0, end)));
    assert_eq!(value("a-c", "party-personnel"), Some((130.0, end)));
    // org-x only (full and associate); org-y ended for ngo-b, org-z an observer.
    assert_eq!(value("a-b", "shared-memberships"), Some((1.0, end)));
    // org-z only.
    assert_eq!(value("a-c", "shared-memberships"), Some((1.0, end)));
    // "en" only.
    assert_eq!(value("a-b", "common-languages"), Some((1.0, end)));
    // ngo-c records no language: not computed, and said why.
    assert_eq!(value("a-c", "common-languages"), None);
    let missing: Vec<(&str, &str)> = report
        .not_computed_for("a-c")
        .map(|n| (n.indicator.as_str(), n.reason.as_str()))
        .filter(|(i, _)| *i == "common-languages")
        .collect();
    assert_eq!(
        missing,
        [(
            "common-languages",
            "the dataset records no official language of ngo-c"
        )]
    );
}

/// `Evidence::from_dataset` on the embedded reference dataset, as of 31 December 2021,
/// checked by hand from its records for AMISOM's AU-UN-EU partnership
/// (`peacekeeping-data/reference/cases.json`, id `amisom-au-un-eu`):
///
/// - parties AU (lead), UN and EU (supporting): `party-count` 3;
/// - period from 2009-01-16, no end: 4,732 days to 2021-12-31, `partnership-duration`
///   4732 / 365.25 = 12.9555 years;
/// - its one mission, AMISOM, has no record in `contributions.json` (the IPI data covers
///   UN missions): `party-personnel` not computed;
/// - AU, UN and EU are members of nothing in `organizations.json`/`states.json` (only
///   states are members there): `shared-memberships` not computed;
/// - UN and EU record no languages (AU six): `common-languages` not computed;
/// - the one training, African Lion 2024, begins after 2021 and has none of the parties,
///   and no review covers the partnership's trainings: `joint-training` not observed
///   (none recorded is not none);
/// - one friction, `amisom-allowance-cut-2016` (resource dispute, high, 2016-01-01, citing
///   `cases-ipi-paying-for-amisom`, academic, B): `friction-count` 1 in 2016 and no
///   observation in the 12 other years (no review), `friction-severity` 3 in 2016,
///   `friction-kinds` 1;
/// - the partnership's own sources: four official documents graded A and the IPI
///   paper (academic, B): count and duration are academic, B (the weakest);
/// - Somalia's battle deaths (`outcomes.json`, UCDP/PRIO, research dataset, A) in the 3
///   years before AMISOM (2007-01-19): 0, 0 and 547 (2004-2006, mean 182.33); in its
///   years to 2021, 1,575, 1,521, 1,490, 2,270, 1,937, 2,624, 913, 1,111, 1,201, 1,941,
///   1,923, 2,213, 1,946, 1,945 and 2,174 (mean 1,785.6): `host-violence-change`
///   ln(1 + 1,785.6) - ln(1 + 182.33) = 2.27676; AMISOM had not ended by 2021, so
///   `host-violence-after` and `no-relapse` are not computed.
#[test]
fn the_reference_dataset_gives_amisom_the_values_of_its_records() {
    let data = peacekeeping_data::reference::dataset();
    let as_of = Date::new(2021, 12, 31).unwrap();
    let DatasetEvidence {
        evidence, report, ..
    } = Evidence::from_dataset(data, as_of);
    let unit = "amisom-au-un-eu";
    let of = |indicator: &str| -> Vec<(i32, f64, SourceKind, Reliability)> {
        evidence
            .observations()
            .iter()
            .filter(|o| o.unit == unit && o.indicator == indicator)
            .map(|o| (o.date.unwrap().year(), o.value, o.source, o.reliability))
            .collect()
    };
    let (academic, b) = (SourceKind::Academic, Reliability::UsuallyReliable);
    assert_eq!(of("party-count"), [(2021, 3.0, academic, b)]);
    assert_eq!(
        of("partnership-duration"),
        [(2021, 4732.0 / 365.25, academic, b)]
    );
    assert!(of("joint-training").is_empty());
    assert_eq!(of("friction-count"), [(2016, 1.0, academic, b)]);
    assert_eq!(of("friction-severity"), [(2016, 3.0, academic, b)]);
    assert_eq!(of("friction-kinds"), [(2021, 1.0, academic, b)]);
    let change = of("host-violence-change");
    assert_eq!(change.len(), 1);
    let (year, value, kind, grade) = change[0];
    assert_eq!(
        (year, kind, grade),
        (
            2021,
            SourceKind::ResearchDataset,
            Reliability::CompletelyReliable
        )
    );
    let (before, during) = (547.0 / 3.0, 26_784.0 / 15.0);
    assert!((value - ((1.0_f64 + during).ln() - (1.0_f64 + before).ln())).abs() < 1e-12);
    assert!((value - 2.27676).abs() < 1e-5, "{value}");
    // English, French and Spanish: the AU's, the UN's and the EU's official languages in
    // common (the AU's list rests on a grade-C source).
    assert_eq!(
        of("common-languages"),
        [(2021, 3.0, academic, Reliability::FairlyReliable)]
    );
    for indicator in ["party-personnel", "shared-memberships"] {
        assert!(of(indicator).is_empty(), "{indicator}");
    }
    // Delivery against the mandate over AMISOM's whole period: SIPRI's December figures
    // (non-un-pko/, as SOURCES.md lists them: 1,792 in 2007 to 22,126 in 2015 and 21,900
    // in 2016) against the ceiling in force at each month's end, from the resolutions
    // (8,000 troops in 2007; 12,000 from resolution 1964 (2010); 17,731 uniformed
    // personnel from 2036 (2012); 22,126 from 2124 (2013)); recomputed by hand.
    let ratios = [
        1_792.0 / 8_000.0,
        3_400.0 / 8_000.0,
        5_227.0 / 8_000.0,
        7_946.0 / 12_000.0,
        9_846.0 / 12_000.0,
        17_339.0 / 17_731.0,
        17_637.0 / 22_126.0,
        21_210.0 / 22_126.0,
        22_126.0 / 22_126.0,
        21_900.0 / 22_126.0,
    ];
    let delivery = of("ceiling-delivery");
    assert_eq!(delivery.len(), 1);
    let mean = ratios.iter().sum::<f64>() / 10.0;
    assert!((delivery[0].1 - mean).abs() < 1e-12, "{delivery:?}");
    assert!((mean - 0.750_84).abs() < 1e-5, "{mean}");
    let missing: Vec<(&str, Gap, &str)> = report
        .not_computed_for(unit)
        .map(|n| (n.indicator.as_str(), n.gap, n.reason.as_str()))
        .collect();
    let (unrecorded, inapplicable) = (Gap::Unrecorded, Gap::NotApplicable);
    assert_eq!(
        missing,
        [
            (
                "party-personnel",
                inapplicable,
                "its parties are all organizations and none is recorded contributing personnel of its own: its missions' personnel are their members'"
            ),
            (
                "shared-memberships",
                unrecorded,
                "the dataset records no membership of AU, UN, EU"
            ),
            (
                "joint-training",
                unrecorded,
                "no joint training of the partnership is recorded up to 2021-12-31 and no review covers a year of it: not recorded is not none"
            ),
            (
                "host-violence-after",
                inapplicable,
                "its missions had not all ended by 2021-12-31: the years after them are to come"
            ),
            (
                "no-relapse",
                inapplicable,
                "its missions had not all ended by 2021-12-31: the years after them are to come"
            ),
            (
                "force-fatality-rate",
                unrecorded,
                "the dataset records no fatality of AMISOM: not recorded is not none"
            ),
            (
                "contributor-diversity",
                unrecorded,
                "the dataset records no personnel contribution to or presence in AMISOM up to 2021-12-31"
            ),
            (
                "contributor-continuity",
                unrecorded,
                "the dataset records no personnel contribution to or presence in AMISOM up to 2021-12-31"
            ),
        ]
    );
    // 8 of the 13 indicators that apply (3 do not).
    assert_eq!(report.coverage(unit), Some(8.0 / 13.0));

    // The built-in framework scores every partnership of the dataset from these values,
    // each year's count read at the as-of date.
    let fw = builtin::partnership_effectiveness().unwrap();
    let options = FusionOptions::default()
        .as_of(as_of)
        .fill(PanelFill::LastObservation);
    let fused = evidence.to_table(&fw, &options).unwrap();
    let mut units = report.units.clone();
    units.sort();
    assert_eq!(units.len(), 18);
    assert_eq!(fused.table.units(), units);
    // The fused table counts values, whatever applies: 8 of the framework's 24.
    assert_eq!(fused.coverage(unit), Some(8.0 / 24.0));
    let cell = |indicator: &str| {
        fused
            .cells
            .get(&(unit.to_owned(), indicator.to_owned()))
            .map(|c| c.value)
    };
    // The last count observed and the last severity observed (both 2016).
    assert_eq!(cell("friction-count"), Some(1.0));
    // (0.8 x 3) / 0.8, a rounding away from 3.
    assert!((cell("friction-severity").unwrap() - 3.0).abs() < 1e-12);
    let scores = Pipeline::new().run(&fw, &fused.table).unwrap();
    assert!(scores.score(fw.root_id(), unit).is_some());
    // Its mission outcomes rest on two indicators, the change in Somalia's battle deaths
    // and the delivery of the ceiling.
    assert!(scores.score("mission-outcomes", unit).is_some());
    assert!(scores.score("sustainability", unit).is_none());
}

proptest! {
    /// The evidence importer never panics on arbitrary bytes, and accounts for every row.
    #[test]
    fn the_csv_importer_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let ImportedEvidence { evidence: e, report, .. } =
            Evidence::read_csv(&bytes[..], &[("x", OrdinalScale::likert5())]).unwrap();
        prop_assert!(e.observations().len() == report.imported);
        prop_assert!(report.imported <= report.read);
    }

    /// Arbitrary text after a valid header: every row is imported or reported.
    #[test]
    fn every_row_is_imported_or_reported(
        rows in proptest::collection::vec(r#"[a-z0-9,."\n -]{0,40}"#, 0..12)
    ) {
        let text = format!("unit,indicator,value,date,source,reliability\n{}", rows.join("\n"));
        let ImportedEvidence { evidence: e, report, .. } = Evidence::from_csv_str(&text, &[]);
        let bad: std::collections::BTreeSet<usize> = report.problems.iter().map(|p| p.line).collect();
        prop_assert_eq!(report.imported + bad.len(), report.read);
        prop_assert_eq!(e.observations().len(), report.imported);
        prop_assert!(e.observations().iter().all(|o| o.value.is_finite()));
    }
}

/// A dataset builder with the AU and the UN, `mission` (id `m`) and their partnership `p`
/// (AU lead, UN supporting, from 2010) serving it: the outcome tests' common base.
fn au_un_serving(mission: peacekeeping_core::Mission) -> peacekeeping_core::DatasetBuilder {
    use peacekeeping_core::{
        Actor, ActorKind, Dataset, Partnership, PartnershipKind, Party, PartyRole, Period,
    };
    let id = |s: &str| s.parse().unwrap();
    let mut b = Dataset::builder();
    b.actor(Actor::new(
        id("AU"),
        "African Union",
        ActorKind::RegionalOrganization,
    ))
    .actor(Actor::new(
        id("UN"),
        "United Nations",
        ActorKind::UnitedNations,
    ))
    .mission(mission)
    .partnership(
        Partnership::new(
            "p".parse().unwrap(),
            "AU-UN",
            PartnershipKind::UnRegional,
            Period::since(Date::new(2010, 1, 1).unwrap()),
        )
        .with_party(Party::new(id("AU"), PartyRole::Lead))
        .with_party(Party::new(id("UN"), PartyRole::Supporting))
        .with_mission("m".parse().unwrap()),
    );
    b
}

/// "Does not apply" is told apart from "not recorded": the personnel of a partnership of
/// organizations that contribute none of their own, the years after a mission that goes
/// on, the severity of frictions a review found none of. Each is left out of the unit's
/// coverage, and each turns into a value or a gap when the facts change.
#[test]
fn indicators_that_do_not_apply_are_not_missing_evidence() {
    use peacekeeping_core::{
        Contribution, EntityKind, Headcount, Mission, MissionKind, Period, Personnel,
        PersonnelCategory, Review, Source,
    };
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    fn id<T: std::str::FromStr<Err: std::fmt::Debug>>(s: &str) -> T {
        s.parse().unwrap()
    }
    let mission = Mission::new(
        id("m"),
        "A mission",
        MissionKind::UnPeacekeeping,
        Period::since(date(2010, 1, 1)),
    )
    .with_host(id("MLI"));
    let gap = |found: &DatasetEvidence, indicator: &str| {
        found
            .report
            .not_computed_for("p")
            .find(|n| n.indicator == indicator)
            .map(|n| n.gap)
    };
    let value = |found: &DatasetEvidence, indicator: &str| {
        found
            .evidence
            .observations()
            .iter()
            .rev()
            .find(|o| o.indicator == indicator)
            .map(|o| o.value)
    };
    let as_of = date(2016, 12, 31);

    // The AU and the UN, with no personnel of their own, for a mission that goes on.
    let found = Evidence::from_dataset(&au_un_serving(mission.clone()).build().unwrap(), as_of);
    for indicator in ["party-personnel", "host-violence-after", "no-relapse"] {
        assert_eq!(
            gap(&found, indicator),
            Some(Gap::NotApplicable),
            "{indicator}"
        );
    }
    for indicator in [
        "friction-count",
        "friction-severity",
        "host-violence-change",
    ] {
        assert_eq!(gap(&found, indicator), Some(Gap::Unrecorded), "{indicator}");
    }
    // Party count and duration, of the 13 indicators that apply.
    assert_eq!(found.report.coverage("p"), Some(2.0 / 13.0));
    assert!(
        found
            .report
            .to_string()
            .starts_with("1 units, 14 indicator values not computed (3 not applicable)")
    );
    let line = found
        .report
        .not_computed_for("p")
        .find(|n| n.indicator == "no-relapse")
        .unwrap()
        .to_string();
    assert_eq!(
        line,
        "p, no-relapse: not applicable: its missions had not all ended by 2016-12-31: the years after them are to come"
    );

    // The AU recorded deploying 50 of its own: the personnel apply, and are counted. A
    // review of the partnership's frictions over its whole period, which found none:
    // zero frictions each year and no kind observed, no severity to grade.
    let mut b = au_un_serving(mission.clone());
    b.contribution(Contribution::personnel(
        id("AU"),
        id("m"),
        date(2012, 6, 30),
        Personnel::of(PersonnelCategory::Troops, Headcount::total_only(50)),
    ))
    .source(Source::new(
        id("a-review"),
        SourceKind::PostMissionReport,
        "A review",
        "A publisher",
    ));
    let mut data = b.build().unwrap();
    let mut partnership = data.partnerships()[0].clone();
    partnership.reviews.push(
        Review::new(
            Period::between(date(2010, 1, 1), as_of).unwrap(),
            id("a-review"),
        )
        .of(EntityKind::Friction),
    );
    let mut b = peacekeeping_core::Dataset::builder();
    b.partnership(partnership);
    for a in data.actors() {
        b.actor(a.clone());
    }
    for s in data.sources() {
        b.source(s.clone());
    }
    for c in data.contributions() {
        b.contribution(c.clone());
    }
    b.mission(data.missions()[0].clone());
    data = b.build().unwrap();
    let found = Evidence::from_dataset(&data, as_of);
    assert_eq!(gap(&found, "party-personnel"), None);
    assert_eq!(value(&found, "party-personnel"), Some(50.0));
    assert_eq!(value(&found, "friction-count"), Some(0.0));
    assert_eq!(value(&found, "friction-kinds"), Some(0.0));
    assert_eq!(gap(&found, "friction-severity"), Some(Gap::NotApplicable));

    // The mission ended in 2012: the years after it apply (and the dataset records no
    // battle deaths of Mali, so they are not recorded).
    let mut ended = data.missions()[0].clone();
    ended.period = Period::between(date(2010, 1, 1), date(2012, 12, 31)).unwrap();
    let found = Evidence::from_dataset(&au_un_serving(ended).build().unwrap(), as_of);
    for indicator in ["host-violence-after", "no-relapse"] {
        assert_eq!(gap(&found, indicator), Some(Gap::Unrecorded), "{indicator}");
    }
}

/// The report and the screening keep "not applicable" through JSON; a report written
/// before the two gaps were told apart reads as "not recorded".
#[cfg(feature = "serde")]
#[test]
fn gaps_and_inapplicable_cells_go_through_json() {
    use peacekeeping_eval::{DatasetReport, NotComputed, Screening};
    let card = builtin::PartnershipScorecard::new(
        peacekeeping_data::reference::dataset(),
        Date::new(2024, 12, 31).unwrap(),
    )
    .unwrap();
    let json = serde_json::to_string(&card.report).unwrap();
    assert!(json.contains(r#""gap":"not-applicable""#), "{json}");
    let back: DatasetReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, card.report);
    let json = serde_json::to_string(&card.screening).unwrap();
    let back: Screening = serde_json::from_str(&json).unwrap();
    assert_eq!(back, card.screening);
    assert!(!back.not_applicable_cells().is_empty());
    let old = r#"{"unit": "u", "indicator": "party-personnel", "reason": "none"}"#;
    let read: NotComputed = serde_json::from_str(old).unwrap();
    assert_eq!(read.gap, Gap::Unrecorded);
    let old = r#"{"min_availability": 0.5}"#;
    let read: Screening = serde_json::from_str(old).unwrap();
    assert!(read.not_applicable_cells().is_empty());
}

/// The outcome indicators of a made-up partnership whose one mission (2010-2012, host
/// Mali) has battle deaths, a ceiling, two personnel reports and three fatalities, each
/// value computed by hand from the records below (the figures are synthetic).
#[test]
fn evidence_from_a_core_dataset_measures_the_outcomes_of_its_missions() {
    use peacekeeping_core::{
        Actor, AuthorizedStrength, BattleDeaths, Contribution, Fatality, FatalityCause, Headcount,
        Mission, MissionKind, Period, Personnel, PersonnelCategory, StaffCategory,
    };
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    fn id<T: std::str::FromStr<Err: std::fmt::Debug>>(s: &str) -> T {
        s.parse().unwrap()
    }
    let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    let mut mission = Mission::new(
        id("m"),
        "A mission",
        MissionKind::UnPeacekeeping,
        Period::between(date(2010, 1, 1), date(2012, 12, 31)).unwrap(),
    )
    .with_host(id("MLI"));
    mission.authorized_strength = vec![AuthorizedStrength::new(date(2010, 1, 1)).military(1_000)];
    let mut b = au_un_serving(mission);
    b.actor(Actor::state(id("BGD"), "Bangladesh").unwrap())
        .actor(Actor::state(id("NPL"), "Nepal").unwrap())
        .contribution(Contribution::personnel(
            id("BGD"),
            id("m"),
            date(2010, 6, 30),
            troops(600),
        ))
        .contribution(Contribution::personnel(
            id("NPL"),
            id("m"),
            date(2010, 6, 30),
            troops(400),
        ))
        .contribution(Contribution::personnel(
            id("BGD"),
            id("m"),
            date(2011, 6, 30),
            troops(500),
        ))
        .fatality(Fatality::new(
            "f1",
            id("m"),
            date(2011, 3, 1),
            StaffCategory::Military,
            FatalityCause::MaliciousAct,
        ))
        .fatality(Fatality::new(
            "f2",
            id("m"),
            date(2011, 5, 1),
            StaffCategory::LocalCivilian,
            FatalityCause::MaliciousAct,
        ))
        .fatality(Fatality::new(
            "f3",
            id("m"),
            date(2012, 1, 1),
            StaffCategory::Police,
            FatalityCause::Illness,
        ))
        .battle_deaths_records(
            [
                (2007, 100),
                (2008, 200),
                (2009, 300),
                (2010, 50),
                (2011, 30),
                (2012, 10),
                (2013, 0),
                (2014, 0),
                (2015, 40),
                (2016, 0),
            ]
            .into_iter()
            .map(|(year, best)| BattleDeaths::new(id("MLI"), year, best)),
        );
    let data = b.build().unwrap();
    let found = Evidence::from_dataset(&data, date(2016, 12, 31));
    let value = |indicator: &str| {
        found
            .evidence
            .observations()
            .iter()
            .find(|o| o.indicator == indicator)
            .map(|o| o.value)
    };
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
    // Before: 2007-2009, mean 200; during: 2010-2012, mean 30; after: 2013-2015, mean 40/3.
    assert!(close(
        value("host-violence-change"),
        31f64.ln() - 201f64.ln()
    ));
    assert!(close(
        value("host-violence-after"),
        (1.0 + 40.0 / 3.0f64).ln() - 201f64.ln()
    ));
    // 2013 and 2014 below 25, 2015 at 40: two years of peace, then a return to war.
    assert_eq!(value("no-relapse"), Some(2.0));
    // One malicious-act death of uniformed personnel (the civilian's is not counted),
    // over the days from the first personnel report to the last, 2010-06-30 to
    // 2011-06-30: 1,000 personnel for 365 days, then 500 for one, over 365.25.
    let years = data
        .personnel_years(
            "m",
            Period::between(date(2010, 6, 30), date(2011, 6, 30)).unwrap(),
        )
        .unwrap();
    assert!(close(Some(years), (1_000.0 * 365.0 + 500.0) / 365.25));
    assert!(close(value("force-fatality-rate"), 1_000.0 / years));
    // June 2010: 1,000 of 1,000; June 2011: 500 of 1,000.
    assert!(close(value("ceiling-delivery"), 0.75));
    // 2010: shares 0.6 and 0.4, 1 - 0.52 = 0.48; 2011: one contributor, 0; mean 0.24.
    assert!(close(value("contributor-diversity"), 0.24));
    // 2011 keeps one of 2010's two contributors.
    assert!(close(value("contributor-continuity"), 0.5));
    assert_eq!(
        found
            .report
            .not_computed_for("p")
            .filter(|n| n.indicator.starts_with("host") || n.indicator == "no-relapse")
            .count(),
        0
    );

    // As of 2011: the mission goes on, so nothing after it applies yet, and said so.
    let early = Evidence::from_dataset(&data, date(2011, 12, 31));
    let reasons: Vec<(&str, Gap, &str)> = early
        .report
        .not_computed_for("p")
        .filter(|n| ["host-violence-after", "no-relapse"].contains(&n.indicator.as_str()))
        .map(|n| (n.indicator.as_str(), n.gap, n.reason.as_str()))
        .collect();
    let to_come = "its missions had not all ended by 2011-12-31: the years after them are to come";
    assert_eq!(
        reasons,
        [
            ("host-violence-after", Gap::NotApplicable, to_come),
            ("no-relapse", Gap::NotApplicable, to_come),
        ]
    );
    assert_eq!(
        early.report.not_applicable().collect::<Vec<_>>(),
        [
            ("p", "party-personnel"),
            ("p", "host-violence-after"),
            ("p", "no-relapse")
        ]
    );
    // As of 2014: two years of peace so far, and no more records: censored, not scored.
    let censored = Evidence::from_dataset(&data, date(2014, 12, 31));
    let reason = censored
        .report
        .not_computed_for("p")
        .find(|n| n.indicator == "no-relapse")
        .map(|n| n.reason.clone());
    assert_eq!(
        reason.as_deref(),
        Some(
            "the records of MLI end 2 years after its missions, without a return to war: fewer than the 10 years looked at"
        )
    );
    // During: 2010-2011 only (the records up to the as-of year), mean 40.
    let change = early
        .evidence
        .observations()
        .iter()
        .find(|o| o.indicator == "host-violence-change")
        .map(|o| o.value);
    assert!(close(change, 41f64.ln() - 201f64.ln()));
}

/// `contributor-diversity` and `contributor-continuity` of a made-up mission (2010-2014)
/// with personnel reports in 2010 and presences of two sources (a `radpko` graded B, a
/// `geo-pko` graded C) in 2010-2013, each value computed by hand from the records below
/// (the figures are synthetic): one basis per mission-year, reports before presences,
/// the more reliable source before the other.
#[test]
fn evidence_from_presences_measures_cooperation_observed() {
    use peacekeeping_core::{
        Actor, Contribution, Headcount, Mission, MissionKind, Period, Personnel, PersonnelCategory,
        Presence, Reliability, Source, SourceKind,
    };
    let date = |y, m, d| Date::new(y, m, d).unwrap();
    fn id<T: std::str::FromStr<Err: std::fmt::Debug>>(s: &str) -> T {
        s.parse().unwrap()
    }
    let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    let present = |who: &str, year, source: &str, personnel: Option<f64>| {
        let p = Presence::new(id(who), id("m"), year).with_source(id(source));
        match personnel {
            Some(n) => p.with_personnel(n),
            None => p,
        }
    };
    let mut b = au_un_serving(Mission::new(
        id("m"),
        "A mission",
        MissionKind::UnPeacekeeping,
        Period::between(date(2010, 1, 1), date(2014, 12, 31)).unwrap(),
    ));
    for (source, grade) in [
        ("radpko", Reliability::UsuallyReliable),
        ("geo-pko", Reliability::FairlyReliable),
    ] {
        b.source(
            Source::new(
                id(source),
                SourceKind::ResearchDataset,
                source,
                "A publisher",
            )
            .with_reliability(grade),
        );
    }
    for (state, name) in [
        ("BGD", "Bangladesh"),
        ("NPL", "Nepal"),
        ("FRA", "France"),
        ("GHA", "Ghana"),
    ] {
        b.actor(Actor::state(id(state), name).unwrap());
    }
    // 2010: two report dates; the means are BGD 600, NPL 300. The presence of 2010 is
    // not read: the year has reports.
    for (who, day, n) in [
        ("BGD", date(2010, 6, 30), 600),
        ("NPL", date(2010, 6, 30), 400),
        ("BGD", date(2010, 12, 31), 600),
        ("NPL", date(2010, 12, 31), 200),
    ] {
        b.contribution(Contribution::personnel(id(who), id("m"), day, troops(n)));
    }
    b.presences([
        present("GHA", 2010, "radpko", Some(1_000.0)),
        // 2011: both sources; RADPKO (B) is read, Geo-PKO (C) not.
        present("BGD", 2011, "radpko", Some(500.0)),
        present("NPL", 2011, "radpko", Some(500.0)),
        present("BGD", 2011, "geo-pko", Some(650.0)),
        present("FRA", 2011, "geo-pko", None),
        // 2012: Geo-PKO only, France's figure unknown: a year for continuity only.
        present("BGD", 2012, "geo-pko", Some(150.0)),
        present("FRA", 2012, "geo-pko", None),
        // 2013: Geo-PKO only, complete.
        present("BGD", 2013, "geo-pko", Some(300.0)),
        present("GHA", 2013, "geo-pko", Some(100.0)),
    ]);
    let data = b.build().unwrap();
    let found = Evidence::from_dataset(&data, date(2016, 12, 31));
    let observed = |indicator: &str| {
        found
            .evidence
            .observations()
            .iter()
            .find(|o| o.indicator == indicator)
            .map(|o| (o.value, o.reliability))
    };
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
    // 2010: shares 2/3 and 1/3, 1 - 5/9 = 4/9; 2011: 1/2 each, 0.5; 2012 not complete;
    // 2013: shares 3/4 and 1/4, 1 - 10/16 = 0.375.
    let diversity = observed("contributor-diversity");
    assert!(close(
        diversity.map(|d| d.0),
        (4.0 / 9.0 + 0.5 + 0.375) / 3.0
    ));
    // Only 2012-2013 is one basis (Geo-PKO) in both years: BGD stays, FRA leaves, 1/2.
    // (2010-2011 is reports then RADPKO, 2011-2012 RADPKO then Geo-PKO.)
    let continuity = observed("contributor-continuity");
    assert!(close(continuity.map(|c| c.0), 0.5));
    // Each cites the least reliable of the sources it read: Geo-PKO's C.
    assert_eq!(continuity.map(|c| c.1), Some(Reliability::FairlyReliable));
    assert_eq!(diversity.map(|d| d.1), Some(Reliability::FairlyReliable));

    // As of 30 June 2013, 2013's presences are not known yet (a presence sums up a whole
    // year): 2010 and 2011 give the diversity, and no two consecutive years share a basis.
    let early = Evidence::from_dataset(&data, date(2013, 6, 30));
    let value = early
        .evidence
        .observations()
        .iter()
        .find(|o| o.indicator == "contributor-diversity")
        .map(|o| o.value);
    assert!(close(value, (4.0 / 9.0 + 0.5) / 2.0));
    let reason = early
        .report
        .not_computed_for("p")
        .find(|n| n.indicator == "contributor-continuity")
        .map(|n| n.reason.clone());
    assert_eq!(
        reason.as_deref(),
        Some(
            "the dataset records the contributors to m in no two consecutive years on the same basis up to 2013-06-30"
        )
    );
}

/// MINUSMA's `force-fatality-rate` in the reference dataset as of 2024-12-31, recomputed
/// outside the crate from the shared files the dataset embeds (a few lines of Python's
/// `csv` module): the IPI mission file (`ipi-ppp/data_mission.csv`) reports MINUSMA
/// monthly from 2013-07-31 to 2017-03-31; each total held until the day before the next
/// report gives 36,545.990 personnel-years over those days; the UN's fatality file
/// records 70 deaths of its military, police and military observers by malicious acts in
/// them: 1,000 x 70 / 36,545.990 = 1.91539 per 1,000 personnel-years. Deaths after the
/// last report are not counted, as the dataset knows no personnel then.
#[test]
fn minusmas_force_fatality_rate_is_the_files_deaths_over_their_personnel_years() {
    let data = peacekeeping_data::reference::dataset();
    let as_of = Date::new(2024, 12, 31).unwrap();
    let found = Evidence::from_dataset(data, as_of);
    let rate: Vec<f64> = found
        .evidence
        .observations()
        .iter()
        .filter(|o| o.unit == "minusma-mali" && o.indicator == "force-fatality-rate")
        .map(|o| o.value)
        .collect();
    assert_eq!(rate.len(), 1);
    assert!((rate[0] - 1.915_394_799_8).abs() < 1e-9, "{}", rate[0]);
}
