//! Missions' reported strengths ([`DeployedStrength`]) in a dataset: the validation rules
//! (one test per rule that can fail), the index and query, the rule by which
//! `mission_personnel_over` and `personnel_years` prefer a mission's own totals to its
//! contributors' reports, and (feature `serde`) the JSON section `strengths`.
//!
//! Figures are synthetic unless a comment names their source.

use peacekeeping_core::*;

use crate::common::{
    Flat, between, build, d, id, outcome_base, problem, problems_after, problems_of, since,
    synthetic_mission, troops, unknown_ref,
};

/// A valid dataset: a source, two contributors, a mission that ended on 9 July 2011
/// (as UNMIS did), and an ongoing one.
fn base() -> DatasetBuilder {
    outcome_base(
        &["src-a"],
        [
            synthetic_mission("mission-a", between("2005-03-24", "2011-07-09")),
            synthetic_mission("mission-b", since("2007-01-19")),
        ],
    )
}

/// Adds records to the base and returns the problems found.
fn with(add: impl FnOnce(&mut DatasetBuilder)) -> Vec<Flat> {
    problems_after(base(), add)
}

/// A strength record of `n` troops (no women counted).
fn strength(mission: &str, date: &str, n: u32) -> DeployedStrength {
    DeployedStrength::new(id(mission), d(date), troops(n, 0))
}

const S: EntityKind = EntityKind::DeployedStrength;

// ---- validation -------------------------------------------------------------------------

#[test]
fn the_base_with_valid_strengths_is_valid() {
    let problems = with(|b| {
        b.strengths([
            strength("mission-a", "2005-03-31", 100),
            strength("mission-a", "2011-06-30", 9_000),
            strength("mission-b", "2015-12-31", 22_126).with_source(id("src-a")),
        ]);
    });
    assert_eq!(problems, []);
}

#[test]
fn a_strength_names_a_known_mission() {
    let problems = with(|b| {
        b.strength(strength("mission-x", "2010-01-31", 1))
            .strength(strength("mission-x", "2010-02-28", 2))
            .strength(strength("mission-a", "2010-02-28", 3));
    });
    let unknown = || unknown_ref(EntityKind::Mission, "mission-x");
    assert_eq!(
        problems,
        [
            problem(S, "mission-x on 2010-01-31", "mission", unknown()),
            problem(S, "mission-x on 2010-02-28", "mission", unknown()),
        ]
    );
}

#[test]
fn a_strength_cites_a_known_source() {
    let problems = with(|b| {
        b.strengths([
            strength("mission-a", "2010-01-31", 1).with_source(id("src-a")),
            strength("mission-a", "2010-02-28", 1).with_source(id("src-x")),
            strength("mission-a", "2010-03-31", 1),
        ]);
    });
    assert_eq!(
        problems,
        [problem(
            S,
            "mission-a on 2010-02-28",
            "source",
            unknown_ref(EntityKind::Source, "src-x")
        )]
    );
}

#[test]
fn a_strength_is_dated_within_its_missions_period_or_at_the_end_of_one_of_its_months() {
    let period = between("2005-03-24", "2011-07-09");
    let outside = |date: &str| ProblemKind::OutsideMissionPeriod {
        date: d(date),
        period,
    };
    let problems = with(|b| {
        b.strengths([
            // The month-ends of the mission's first and last months: accepted.
            strength("mission-a", "2005-03-31", 1),
            strength("mission-a", "2011-07-31", 1),
            // A day after the end that is not a month-end, a month-end of a month after
            // the end, and one before the start: refused.
            strength("mission-a", "2011-07-30", 1),
            strength("mission-a", "2011-08-31", 1),
            strength("mission-a", "2005-02-28", 1),
            strength("mission-a", "2005-03-23", 1),
        ]);
    });
    assert_eq!(
        problems,
        [
            problem(S, "mission-a on 2005-02-28", "date", outside("2005-02-28")),
            problem(S, "mission-a on 2005-03-23", "date", outside("2005-03-23")),
            problem(S, "mission-a on 2011-07-30", "date", outside("2011-07-30")),
            problem(S, "mission-a on 2011-08-31", "date", outside("2011-08-31")),
        ]
    );
}

#[test]
fn a_contribution_gets_no_month_end_allowance() {
    // The contribution rule is unchanged: the same month-end date is refused there.
    let problems = with(|b| {
        b.contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-a"),
            d("2011-07-31"),
            troops(1, 0),
        ));
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, EntityKind::Contribution);
    assert_eq!(problems[0].2, "date");
}

#[test]
fn strengths_are_unique_per_mission_and_date() {
    let problems = with(|b| {
        b.strengths([
            strength("mission-b", "2010-01-31", 1),
            strength("mission-a", "2010-01-31", 1),
            strength("mission-b", "2010-01-31", 2),
            strength("mission-b", "2010-02-28", 2),
            strength("mission-b", "2010-01-31", 3),
        ]);
    });
    assert_eq!(
        problems,
        [problem(
            S,
            "mission-b on 2010-01-31",
            "date",
            ProblemKind::DuplicateStrength { count: 3 }
        )]
    );
}

#[test]
fn a_mission_id_used_twice_is_not_checked_against_either_period() {
    let mut b = base();
    b.mission(synthetic_mission(
        "mission-a",
        between("1990-01-01", "1990-12-31"),
    ))
    .strength(strength("mission-a", "2000-01-31", 1));
    let problems = problems_of(&b);
    assert_eq!(
        problems,
        [problem(
            EntityKind::Mission,
            "mission-a",
            "id",
            ProblemKind::DuplicateId { count: 2 }
        )]
    );
}

#[test]
fn the_new_problem_reads_as_a_sentence() {
    let mut b = base();
    b.strengths([
        strength("mission-b", "2010-01-31", 1),
        strength("mission-b", "2010-01-31", 2),
    ]);
    let report = b.validate();
    assert_eq!(
        report.to_string(),
        "1 problem in the dataset\n  - strength `mission-b on 2010-01-31`, field `date`: 2 strength records for the same mission and date"
    );
    assert_eq!(EntityKind::DeployedStrength.to_string(), "strength");
    assert_eq!(
        "strength".parse::<EntityKind>(),
        Ok(EntityKind::DeployedStrength)
    );
}

// ---- the query --------------------------------------------------------------------------

#[test]
fn strengths_of_a_mission_come_in_date_order() {
    let mut b = base();
    b.strengths([
        strength("mission-b", "2012-12-31", 3),
        strength("mission-a", "2010-12-31", 10),
        strength("mission-b", "2008-12-31", 1),
        strength("mission-b", "2010-12-31", 2),
    ]);
    let data = build(b);
    let of = |m: &str| -> Vec<(String, u64)> {
        data.strengths_of(m)
            .map(|s| (s.date.to_string(), s.total()))
            .collect()
    };
    assert_eq!(
        of("mission-b"),
        [
            ("2008-12-31".to_owned(), 1),
            ("2010-12-31".to_owned(), 2),
            ("2012-12-31".to_owned(), 3)
        ]
    );
    assert_eq!(of("mission-a"), [("2010-12-31".to_owned(), 10)]);
    assert_eq!(of("mission-x"), []);
    assert_eq!(data.strengths().len(), 4);
    // Insertion order is kept in the records.
    assert_eq!(data.strengths()[0].date, d("2012-12-31"));
}

// ---- the personnel rule -----------------------------------------------------------------

/// The base with two contributors' monthly reports to both missions in 2010, each
/// contributor 100 (January) then 200 (from February) troops.
fn with_contributions() -> DatasetBuilder {
    let mut b = base();
    for mission in ["mission-a", "mission-b"] {
        for contributor in ["contributor-a", "contributor-b"] {
            for (date, n) in [("2010-01-31", 100), ("2010-02-28", 200)] {
                b.contribution(Contribution::personnel(
                    id(contributor),
                    id(mission),
                    d(date),
                    troops(n, 0),
                ));
            }
        }
    }
    b
}

fn totals(steps: &[(Date, Personnel)]) -> Vec<(String, u64)> {
    steps
        .iter()
        .map(|(date, p)| (date.to_string(), p.total()))
        .collect()
}

#[test]
fn without_strengths_contributions_are_summed_as_before() {
    let data = build(with_contributions());
    let year = between("2010-01-01", "2010-12-31");
    let expected = [
        ("2010-01-31".to_owned(), 200),
        ("2010-02-28".to_owned(), 400),
    ];
    assert_eq!(
        totals(&data.mission_personnel_over("mission-a", year)),
        expected
    );
    assert_eq!(
        totals(&data.mission_personnel_over("mission-b", year)),
        expected
    );
    // 200 people for 28 days (Jan 31 - Feb 27), 400 for 307 days (Feb 28 - Dec 31).
    let days = 200.0 * 28.0 + 400.0 * 307.0;
    assert_eq!(data.personnel_years("mission-b", year), Some(days / 365.25));
}

#[test]
fn with_strengths_a_mission_is_read_from_its_strengths_alone() {
    let mut b = with_contributions();
    // mission-b's own totals: more than its two listed contributors report.
    b.strengths([
        strength("mission-b", "2009-12-31", 1_000),
        strength("mission-b", "2010-06-30", 2_000),
        strength("mission-b", "2011-12-31", 3_000),
    ]);
    let data = build(b);
    let year = between("2010-01-01", "2010-12-31");
    // The record in force on the first day (dated before it), then each in the period.
    assert_eq!(
        totals(&data.mission_personnel_over("mission-b", year)),
        [
            ("2009-12-31".to_owned(), 1_000),
            ("2010-06-30".to_owned(), 2_000)
        ]
    );
    // 1,000 people for 180 days (Jan 1 - Jun 29), 2,000 for 185 days (Jun 30 - Dec 31).
    assert_eq!(
        data.personnel_years("mission-b", year),
        Some((1_000.0 * 180.0 + 2_000.0 * 185.0) / 365.25)
    );
    // mission-a, without strengths, is still read from its contributors.
    assert_eq!(
        totals(&data.mission_personnel_over("mission-a", year)),
        [
            ("2010-01-31".to_owned(), 200),
            ("2010-02-28".to_owned(), 400)
        ]
    );
    // The per-contributor queries are not affected.
    assert_eq!(data.deployments_in("mission-b", d("2010-03-01")).len(), 2);
}

#[test]
fn strengths_before_the_first_report_count_no_one_and_a_month_end_after_the_end_is_not_used() {
    let mut b = base();
    b.strengths([
        strength("mission-a", "2011-05-31", 500),
        strength("mission-a", "2011-06-30", 400),
        // Dated after the mission's end (9 July), as a monthly figure is.
        strength("mission-a", "2011-07-31", 300),
    ]);
    let data = build(b);
    let all = between("2011-01-01", "2011-12-31");
    assert_eq!(
        totals(&data.mission_personnel_over("mission-a", all)),
        [
            ("2011-05-31".to_owned(), 500),
            ("2011-06-30".to_owned(), 400)
        ]
    );
    // 500 for 30 days (May 31 - Jun 29), 400 for 10 days (Jun 30 - Jul 9).
    assert_eq!(
        data.personnel_years("mission-a", all),
        Some((500.0 * 30.0 + 400.0 * 10.0) / 365.25)
    );
    // A period after the last record but while it is in force starts with it.
    assert_eq!(
        totals(&data.mission_personnel_over("mission-a", between("2011-07-01", "2011-07-05"))),
        [("2011-06-30".to_owned(), 400)]
    );
    // A period before the first record has no step.
    assert_eq!(
        data.mission_personnel_over("mission-a", between("2010-01-01", "2010-12-31")),
        []
    );
}

// ---- JSON -------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod json {
    use peacekeeping_core::*;
    use serde_json::json;

    use super::{base, strength};
    use crate::common::{build, d, id, locations};

    fn rich() -> Dataset {
        let mut b = base();
        let mut personnel = Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(900, 30));
        personnel.set(
            PersonnelCategory::IndividualPolice,
            Headcount::total_only(45),
        );
        b.strength(
            DeployedStrength::new(id("mission-b"), d("2015-12-31"), personnel)
                .with_source(id("src-a")),
        )
        .strength(strength("mission-a", "2011-07-31", 7));
        build(b)
    }

    #[test]
    fn strengths_round_trip_through_json() {
        let data = rich();
        let (text, at) = crate::common::json_round_trip(&data);
        assert!(at("missions") < at("strengths"), "{text}");
        let value = serde_json::to_value(&data).unwrap();
        assert_eq!(
            value["strengths"],
            json!([
                {"mission": "mission-b", "date": "2015-12-31",
                 "personnel": {"troops": {"male": 900, "female": 30, "unspecified": 0},
                               "individual-police": {"male": 0, "female": 0, "unspecified": 45}},
                 "source": "src-a"},
                {"mission": "mission-a", "date": "2011-07-31",
                 "personnel": {"troops": {"male": 7, "female": 0, "unspecified": 0}}}
            ])
        );
    }

    #[test]
    fn the_example_of_the_format_document_reads() {
        let doc = std::fs::read_to_string(crate::json::FORMAT_DOC).unwrap();
        let blocks = crate::json::code_blocks_after(&doc, "### `strengths`");
        assert_eq!(blocks[0].0, "json");
        let s: DeployedStrength = serde_json::from_str(&blocks[0].1).unwrap();
        // AMISOM, December 2015 (SIPRI): 21,645 troops and 481 police.
        assert_eq!(s.mission.as_str(), "AMISOM");
        assert_eq!(s.date, d("2015-12-31"));
        assert_eq!(s.total(), 22_126);
        assert_eq!(s.personnel.police().total(), 481);
        assert_eq!(s.source.as_ref().map(|x| x.as_str()), Some("nonun-pko"));
    }

    #[test]
    fn every_problem_of_a_strengths_section_is_reported_in_one_pass() {
        let text = r#"{
          "sources": [{"id": "src-a", "kind": "research-dataset", "title": "A", "publisher": "P", "reliability": "B"}],
          "missions": [
            {"id": "mission-a", "acronym": "A", "name": "A", "kind": "un-peacekeeping",
             "period": {"start": "2005-03-24", "end": "2011-07-09"}}
          ],
          "strengths": [
            {"mission": "mission-a", "date": "2011-07-31", "personnel": {"troops": {"male": 5}}},
            {"mission": "mission-a", "date": "2011-08-31", "personnel": {"troops": {"male": 5}}},
            {"mission": "mission-a", "date": "2010-01-31", "personnel": {"troops": {"male": 5}}},
            {"mission": "mission-a", "date": "2010-01-31", "personnel": {}},
            {"mission": "mission-x", "date": "2010-01-31", "personnel": {}},
            {"mission": "mission-a", "date": "2010-02-28", "personnel": {}, "source": "src-x"},
            {"mission": "mission-a", "date": "2010-03-31", "personnel": {"sailors": {"male": 5}}},
            {"mission": "mission-a", "date": "2010-04-31", "personnel": {}},
            {"date": "2010-05-31", "personnel": {}},
            {"mission": "mission-a", "date": "2010-06-30", "personnel": {}, "note": "x"}
          ]
        }"#;
        let report = crate::json::invalid(text);
        use EntityKind as K;
        assert_eq!(
            locations(&report),
            [
                (K::DeployedStrength, "#8", "mission"),
                (K::DeployedStrength, "mission-a on 2010-01-31", "date"),
                (K::DeployedStrength, "mission-a on 2010-02-28", "source"),
                (
                    K::DeployedStrength,
                    "mission-a on 2010-03-31",
                    "personnel.sailors"
                ),
                (K::DeployedStrength, "mission-a on 2010-04-31", "date"),
                (K::DeployedStrength, "mission-a on 2010-06-30", "note"),
                (K::DeployedStrength, "mission-a on 2011-08-31", "date"),
                (K::DeployedStrength, "mission-x on 2010-01-31", "mission"),
            ],
            "{report}"
        );
    }
}
