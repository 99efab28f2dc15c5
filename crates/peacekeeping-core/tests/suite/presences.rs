//! Contributors' presences in missions ([`Presence`]) in a dataset: the validation rules
//! (one test per rule that can fail), the index and queries, and (feature `serde`) the
//! JSON section `presences`.
//!
//! Figures are synthetic.

use peacekeeping_core::*;

use crate::common::{
    Flat, between, build, id, outcome_base, problem, problems_after, since, synthetic_mission,
    unknown_ref,
};

/// A valid dataset: two sources, two contributors, a mission from 24 March 2005 to
/// 9 July 2011, and an ongoing one from 2007 (the participation suite's too).
pub(crate) fn base() -> DatasetBuilder {
    outcome_base(
        &["src-a", "src-b"],
        [
            synthetic_mission("mission-a", between("2005-03-24", "2011-07-09")),
            synthetic_mission("mission-b", since("2007-01-19")),
        ],
    )
}

/// Adds records to the base and returns the problems found.
pub(crate) fn with(add: impl FnOnce(&mut DatasetBuilder)) -> Vec<Flat> {
    problems_after(base(), add)
}

/// `contributor` present in `mission` in `year`, without figures.
fn present(contributor: &str, mission: &str, year: i32) -> Presence {
    Presence::new(id(contributor), id(mission), year)
}

const P: EntityKind = EntityKind::Presence;

// ---- validation -------------------------------------------------------------------------

#[test]
fn the_base_with_valid_presences_is_valid() {
    let problems = with(|b| {
        b.presences([
            // The first and last years of a mission's period count whole.
            present("contributor-a", "mission-a", 2005).with_personnel(0.0),
            present("contributor-a", "mission-a", 2011)
                .with_personnel(812.5)
                .with_sites(3),
            // The same contributor-year from two sources.
            present("contributor-b", "mission-b", 2030).with_source(id("src-a")),
            present("contributor-b", "mission-b", 2030).with_source(id("src-b")),
        ]);
    });
    assert_eq!(problems, []);
}

#[test]
fn a_presence_names_a_known_mission_contributor_and_source() {
    let problems = with(|b| {
        b.presences([
            present("contributor-a", "mission-x", 2010),
            present("contributor-x", "mission-a", 2010),
            present("contributor-a", "mission-a", 2009).with_source(id("src-x")),
        ]);
    });
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a in mission-a in 2009 (src-x)",
                "source",
                unknown_ref(EntityKind::Source, "src-x")
            ),
            problem(
                P,
                "contributor-a in mission-x in 2010",
                "mission",
                unknown_ref(EntityKind::Mission, "mission-x")
            ),
            problem(
                P,
                "contributor-x in mission-a in 2010",
                "contributor",
                unknown_ref(EntityKind::Actor, "contributor-x")
            ),
        ]
    );
}

#[test]
fn a_presence_is_in_a_year_of_its_missions_period() {
    let period = between("2005-03-24", "2011-07-09");
    let outside = |year| ProblemKind::YearOutsideMissionPeriod { year, period };
    let problems = with(|b| {
        b.presences([
            present("contributor-a", "mission-a", 2004),
            present("contributor-a", "mission-a", 2005),
            present("contributor-a", "mission-a", 2011),
            present("contributor-a", "mission-a", 2012),
            // An ongoing mission has no last year.
            present("contributor-a", "mission-b", 2006),
            present("contributor-a", "mission-b", 2100),
        ]);
    });
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a in mission-a in 2004",
                "year",
                outside(2004)
            ),
            problem(
                P,
                "contributor-a in mission-a in 2012",
                "year",
                outside(2012)
            ),
            problem(
                P,
                "contributor-a in mission-b in 2006",
                "year",
                ProblemKind::YearOutsideMissionPeriod {
                    year: 2006,
                    period: since("2007-01-19")
                }
            ),
        ]
    );
}

#[test]
fn presences_are_unique_per_mission_contributor_year_and_source() {
    let problems = with(|b| {
        b.presences([
            present("contributor-a", "mission-b", 2010).with_source(id("src-a")),
            present("contributor-b", "mission-b", 2010).with_source(id("src-a")),
            present("contributor-a", "mission-b", 2010).with_source(id("src-b")),
            present("contributor-a", "mission-b", 2010).with_source(id("src-a")),
            present("contributor-a", "mission-a", 2010).with_source(id("src-a")),
            present("contributor-a", "mission-b", 2011).with_source(id("src-a")),
            present("contributor-a", "mission-b", 2010).with_source(id("src-a")),
            // Without a source: twice is a duplicate too.
            present("contributor-b", "mission-a", 2008),
            present("contributor-b", "mission-a", 2008),
        ]);
    });
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a in mission-b in 2010 (src-a)",
                "year",
                ProblemKind::DuplicatePresence { count: 3 }
            ),
            problem(
                P,
                "contributor-b in mission-a in 2008",
                "year",
                ProblemKind::DuplicatePresence { count: 2 }
            ),
        ]
    );
}

#[test]
fn a_presences_personnel_is_finite_and_not_negative() {
    let problems = with(|b| {
        b.presences([
            present("contributor-a", "mission-b", 2010).with_personnel(-1.0),
            present("contributor-b", "mission-b", 2010).with_personnel(f64::NAN),
            present("contributor-a", "mission-b", 2011).with_personnel(f64::INFINITY),
        ]);
    });
    let fields: Vec<_> = problems
        .iter()
        .map(|(_, key, field, _)| (key.as_str(), field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("contributor-a in mission-b in 2010", "personnel"),
            ("contributor-a in mission-b in 2011", "personnel"),
            ("contributor-b in mission-b in 2010", "personnel"),
        ]
    );
    assert!(
        matches!(problems[0].3, ProblemKind::InvalidAmount { value } if value == -1.0),
        "{problems:?}"
    );
}

#[test]
fn the_new_problems_read_as_sentences() {
    let mut b = base();
    b.presences([
        present("contributor-a", "mission-a", 2012),
        present("contributor-b", "mission-b", 2010).with_source(id("src-a")),
        present("contributor-b", "mission-b", 2010).with_source(id("src-a")),
    ]);
    assert_eq!(
        b.validate().to_string(),
        "2 problems in the dataset\n  - presence `contributor-a in mission-a in 2012`, field `year`: year 2012 is outside the mission's period 2005-03-24..=2011-07-09\n  - presence `contributor-b in mission-b in 2010 (src-a)`, field `year`: 2 presence records for the same mission, contributor, year and source"
    );
    assert_eq!(EntityKind::Presence.to_string(), "presence");
    assert_eq!("presence".parse::<EntityKind>(), Ok(EntityKind::Presence));
}

// ---- the queries ------------------------------------------------------------------------

#[test]
fn presences_of_a_mission_come_in_year_then_contributor_order() {
    let mut b = base();
    b.presences([
        present("contributor-b", "mission-b", 2012).with_personnel(3.0),
        present("contributor-a", "mission-a", 2010),
        present("contributor-b", "mission-b", 2010).with_source(id("src-b")),
        present("contributor-a", "mission-b", 2012).with_personnel(1.0),
        present("contributor-b", "mission-b", 2010).with_source(id("src-a")),
    ]);
    let data = build(b);
    let seen: Vec<_> = data
        .presences_of("mission-b")
        .map(|p| {
            (
                p.year,
                p.contributor.as_str(),
                p.source.as_ref().map(SourceId::as_str),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (2010, "contributor-b", Some("src-b")),
            (2010, "contributor-b", Some("src-a")),
            (2012, "contributor-a", None),
            (2012, "contributor-b", None),
        ]
    );
    let in_2012: Vec<_> = data
        .presences_in("mission-b", 2012)
        .map(|p| p.personnel)
        .collect();
    assert_eq!(in_2012, [Some(1.0), Some(3.0)]);
    assert_eq!(data.presences_in("mission-b", 2011).count(), 0);
    assert_eq!(data.presences_in("mission-x", 2012).count(), 0);
    assert_eq!(data.presences_of("mission-a").count(), 1);
    assert_eq!(data.presences().len(), 5);
}

// ---- JSON -------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod json {
    use peacekeeping_core::*;
    use serde_json::json;

    use super::{base, present};
    use crate::common::{build, id, locations};

    fn rich() -> Dataset {
        let mut b = base();
        b.presence(
            present("contributor-a", "mission-b", 2016)
                .with_personnel(812.25)
                .with_sites(3)
                .with_source(id("src-a")),
        )
        .presence(present("contributor-b", "mission-a", 2010));
        build(b)
    }

    #[test]
    fn presences_round_trip_through_json() {
        let data = rich();
        let (text, at) = crate::common::json_round_trip(&data);
        assert!(at("missions") < at("presences"), "{text}");
        let value = serde_json::to_value(&data).unwrap();
        assert_eq!(
            value["presences"],
            json!([
                {"mission": "mission-b", "contributor": "contributor-a", "year": 2016,
                 "personnel": 812.25, "sites": 3, "source": "src-a"},
                {"mission": "mission-a", "contributor": "contributor-b", "year": 2010}
            ])
        );
    }

    #[test]
    fn the_example_of_the_format_document_reads() {
        let doc = std::fs::read_to_string(crate::json::FORMAT_DOC).unwrap();
        let blocks = crate::json::code_blocks_after(&doc, "### `presences`");
        assert_eq!(blocks[0].0, "json");
        let p: Presence = serde_json::from_str(&blocks[0].1).unwrap();
        assert_eq!(
            (p.mission.as_str(), p.contributor.as_str(), p.year),
            ("UNMIL", "GHA", 2010)
        );
        // RADPKO, UNMIL 2010: Ghana's yearly means at its 4 bases sum to 743.
        assert_eq!((p.personnel, p.sites), (Some(743.0), Some(4)));
        assert_eq!(p.source.as_ref().map(|x| x.as_str()), Some("radpko"));
    }

    #[test]
    fn every_problem_of_a_presences_section_is_reported_in_one_pass() {
        let text = r#"{
          "sources": [{"id": "src-a", "kind": "research-dataset", "title": "A", "publisher": "P", "reliability": "B"}],
          "actors": [{"id": "contributor-a", "name": "A", "kind": "private-sector"}],
          "missions": [
            {"id": "mission-a", "acronym": "A", "name": "A", "kind": "un-peacekeeping",
             "period": {"start": "2005-03-24", "end": "2011-07-09"}}
          ],
          "presences": [
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2011},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2012},
            {"mission": "mission-a", "contributor": "contributor-x", "year": 2010},
            {"mission": "mission-x", "contributor": "contributor-a", "year": 2010},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2009, "source": "src-x"},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2008, "personnel": -3},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2007, "personnel": "many"},
            {"mission": "mission-a", "contributor": "contributor-a"},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2006, "note": "x"},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2010},
            {"mission": "mission-a", "contributor": "contributor-a", "year": 2010}
          ]
        }"#;
        let report = crate::json::invalid(text);
        use EntityKind as K;
        assert_eq!(
            locations(&report),
            [
                (K::Presence, "#7", "year"),
                (K::Presence, "contributor-a in mission-a in 2006", "note"),
                (
                    K::Presence,
                    "contributor-a in mission-a in 2007",
                    "personnel"
                ),
                (
                    K::Presence,
                    "contributor-a in mission-a in 2008",
                    "personnel"
                ),
                (
                    K::Presence,
                    "contributor-a in mission-a in 2009 (src-x)",
                    "source"
                ),
                (K::Presence, "contributor-a in mission-a in 2010", "year"),
                (K::Presence, "contributor-a in mission-a in 2012", "year"),
                (K::Presence, "contributor-a in mission-x in 2010", "mission"),
                (
                    K::Presence,
                    "contributor-x in mission-a in 2010",
                    "contributor"
                ),
            ],
            "{report}"
        );
    }
}

// ---- properties -------------------------------------------------------------------------

mod properties {
    use peacekeeping_core::*;
    use proptest::option;
    use proptest::prelude::*;
    use proptest::sample::select;

    use super::base;
    use crate::common::{id, problems_of};

    /// Any presence on the base's missions, contributors and sources, or others: years
    /// around both missions' periods, any personnel (negative, not finite, huge, tiny).
    fn presence() -> impl Strategy<Value = Presence> {
        (
            select(&["contributor-a", "contributor-b", "contributor-x"][..]),
            select(&["mission-a", "mission-b", "mission-x"][..]),
            2000i32..2016,
            option::of(prop_oneof![
                any::<f64>(),
                0.0..1.0e6f64,
                Just(f64::MIN_POSITIVE),
                Just(f64::MAX)
            ]),
            option::of(any::<u32>()),
            option::of(select(&["src-a", "src-b", "src-x"][..])),
        )
            .prop_map(|(contributor, mission, year, personnel, sites, source)| {
                let mut p = Presence::new(id(contributor), id(mission), year);
                p.personnel = personnel;
                p.sites = sites;
                p.source = source.map(id);
                p
            })
    }

    fn with(presences: &[Presence]) -> DatasetBuilder {
        let mut b = base();
        b.presences(presences.iter().cloned());
        b
    }

    proptest! {
        /// Validation never panics, and finds the same problems in any order of records.
        #[test]
        fn validation_does_not_depend_on_the_order_of_presences(
            (records, shuffled) in proptest::collection::vec(presence(), 0..12)
                .prop_flat_map(|r| (Just(r.clone()), Just(r).prop_shuffle()))
        ) {
            // NaN never equals itself: compare the problems' text.
            let text = |records: &[Presence]| {
                problems_of(&with(records))
                    .iter()
                    .map(|x| format!("{x:?}"))
                    .collect::<Vec<_>>()
            };
            prop_assert_eq!(text(&records), text(&shuffled));
        }

        /// Every dataset of valid presences survives a JSON round trip exactly, figures
        /// included.
        #[cfg(feature = "serde")]
        #[test]
        fn valid_presences_round_trip_through_json(
            records in proptest::collection::vec(presence(), 0..24)
        ) {
            // The valid ones, each key once.
            let mut seen = std::collections::BTreeSet::new();
            let valid: Vec<Presence> = records
                .into_iter()
                .filter(|p| {
                    p.contributor.as_str() != "contributor-x"
                        && p.mission.as_str() == "mission-b"
                        && p.year >= 2007
                        && p.source.as_ref().is_none_or(|s| s.as_str() != "src-x")
                        && p.personnel.is_none_or(|x| x.is_finite() && x >= 0.0)
                })
                .filter(|p| seen.insert((p.contributor.clone(), p.year, p.source.clone())))
                .collect();
            let data = with(&valid).build().unwrap();
            let back = Dataset::from_json_str(&data.to_json().unwrap()).unwrap();
            prop_assert_eq!(back.presences(), data.presences());
            prop_assert_eq!(back.presences().len(), valid.len());
        }
    }
}
