//! Contributors' participations in missions ([`Participation`]) in a dataset: the
//! validation rules (one test per rule that can fail), the queries, and (feature `serde`)
//! the JSON section `participations`.
//!
//! Records are synthetic.

use peacekeeping_core::*;

use crate::common::{between, build, id, problem, since, unknown_ref};
// The presence suite's base: two sources (`src-a`, `src-b`), two contributors, a mission
// from 24 March 2005 to 9 July 2011 (`mission-a`) and an ongoing one from 19 January
// 2007 (`mission-b`).
use crate::presences::{base, with};

/// `contributor`'s `component` in `mission` over `period`, without sources.
fn took_part(
    contributor: &str,
    mission: &str,
    component: Component,
    period: Period,
) -> Participation {
    Participation::new(id(contributor), id(mission), component, period)
}

const P: EntityKind = EntityKind::Participation;
const MIL: Component = Component::Military;

// ---- validation -------------------------------------------------------------------------

#[test]
fn the_base_with_valid_participations_is_valid() {
    let problems = with(|b| {
        // The mission's own first and last days; one left and came back; the same days in
        // the other component; open in an ongoing mission.
        b.participation(
            took_part(
                "contributor-a",
                "mission-a",
                MIL,
                between("2005-03-24", "2007-06-30"),
            )
            .with_source(id("src-a")),
        )
        .participation(took_part(
            "contributor-a",
            "mission-a",
            MIL,
            between("2008-01-01", "2011-07-09"),
        ))
        .participation(took_part(
            "contributor-a",
            "mission-a",
            Component::Police,
            between("2005-03-24", "2011-07-09"),
        ))
        .participation(
            took_part("contributor-b", "mission-b", MIL, since("2007-01-19"))
                .with_source(id("src-a"))
                .with_source(id("src-b")),
        );
    });
    assert_eq!(problems, []);
}

#[test]
fn a_participation_names_a_known_mission_contributor_and_sources() {
    let problems = with(|b| {
        b.participation(took_part(
            "contributor-a",
            "mission-x",
            MIL,
            since("2010-01-01"),
        ))
        .participation(took_part(
            "contributor-x",
            "mission-b",
            MIL,
            since("2010-01-01"),
        ))
        .participation(
            took_part("contributor-b", "mission-b", MIL, since("2009-01-01"))
                .with_source(id("src-a"))
                .with_source(id("src-x")),
        );
    });
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a military in mission-x from 2010-01-01",
                "mission",
                unknown_ref(EntityKind::Mission, "mission-x")
            ),
            problem(
                P,
                "contributor-b military in mission-b from 2009-01-01",
                "sources[1]",
                unknown_ref(EntityKind::Source, "src-x")
            ),
            problem(
                P,
                "contributor-x military in mission-b from 2010-01-01",
                "contributor",
                unknown_ref(EntityKind::Actor, "contributor-x")
            ),
        ]
    );
}

#[test]
fn a_participation_lies_within_its_missions_period() {
    let mission = between("2005-03-24", "2011-07-09");
    let outside = |period| ProblemKind::PeriodOutsideMission { period, mission };
    let problems = with(|b| {
        b.participation(took_part(
            "contributor-a",
            "mission-a",
            MIL,
            between("2005-03-23", "2006-01-01"),
        ))
        .participation(took_part(
            "contributor-a",
            "mission-a",
            Component::Police,
            between("2010-01-01", "2011-07-10"),
        ))
        // Open after the mission ended.
        .participation(took_part(
            "contributor-b",
            "mission-a",
            MIL,
            since("2010-01-01"),
        ))
        // Before an ongoing mission began.
        .participation(took_part(
            "contributor-b",
            "mission-b",
            MIL,
            since("2007-01-18"),
        ));
    });
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a military in mission-a from 2005-03-23",
                "period",
                outside(between("2005-03-23", "2006-01-01"))
            ),
            problem(
                P,
                "contributor-a police in mission-a from 2010-01-01",
                "period",
                outside(between("2010-01-01", "2011-07-10"))
            ),
            problem(
                P,
                "contributor-b military in mission-a from 2010-01-01",
                "period",
                outside(since("2010-01-01"))
            ),
            problem(
                P,
                "contributor-b military in mission-b from 2007-01-18",
                "period",
                ProblemKind::PeriodOutsideMission {
                    period: since("2007-01-18"),
                    mission: since("2007-01-19")
                }
            ),
        ]
    );
}

#[test]
fn participations_of_one_contributor_and_component_do_not_overlap() {
    let problems = with(|b| {
        // A long record, a later one inside it, and one two places after it that still
        // overlaps the long one (comparing neighbours only would miss it); a touching
        // pair (the same day at both ends) overlaps too.
        b.participation(took_part(
            "contributor-a",
            "mission-b",
            MIL,
            between("2008-01-01", "2015-12-31"),
        ))
        .participation(took_part(
            "contributor-a",
            "mission-b",
            MIL,
            between("2009-01-01", "2009-06-30"),
        ))
        .participation(took_part(
            "contributor-a",
            "mission-b",
            MIL,
            between("2012-01-01", "2012-12-31"),
        ))
        .participation(took_part(
            "contributor-b",
            "mission-b",
            MIL,
            between("2008-01-01", "2010-01-01"),
        ))
        .participation(took_part(
            "contributor-b",
            "mission-b",
            MIL,
            since("2010-01-01"),
        ));
    });
    let long = ProblemKind::OverlappingParticipation {
        other: between("2008-01-01", "2015-12-31"),
    };
    assert_eq!(
        problems,
        [
            problem(
                P,
                "contributor-a military in mission-b from 2009-01-01",
                "period",
                long.clone()
            ),
            problem(
                P,
                "contributor-a military in mission-b from 2012-01-01",
                "period",
                long
            ),
            problem(
                P,
                "contributor-b military in mission-b from 2010-01-01",
                "period",
                ProblemKind::OverlappingParticipation {
                    other: between("2008-01-01", "2010-01-01")
                }
            ),
        ]
    );
}

#[test]
fn the_new_problems_read_as_sentences() {
    let mut b = base();
    b.participation(took_part(
        "contributor-a",
        "mission-a",
        MIL,
        since("2010-01-01"),
    ))
    .participation(took_part(
        "contributor-b",
        "mission-b",
        MIL,
        between("2008-01-01", "2010-01-01"),
    ))
    .participation(took_part(
        "contributor-b",
        "mission-b",
        MIL,
        since("2009-01-01"),
    ));
    assert_eq!(
        b.validate().to_string(),
        "2 problems in the dataset\n  - participation `contributor-a military in mission-a from 2010-01-01`, field `period`: 2010-01-01.. does not lie within the mission's period 2005-03-24..=2011-07-09\n  - participation `contributor-b military in mission-b from 2009-01-01`, field `period`: overlaps another participation of the same contributor in the same component (2008-01-01..=2010-01-01)"
    );
    assert_eq!(EntityKind::Participation.to_string(), "participation");
    assert_eq!("military".parse::<Component>(), Ok(Component::Military));
    assert!("navy".parse::<Component>().is_err());
    assert_eq!(
        PersonnelCategory::FormedPoliceUnits.component(),
        Component::Police
    );
}

// ---- the queries ------------------------------------------------------------------------

#[test]
fn participations_of_a_mission_come_by_start_and_cover_their_days() {
    let mut b = base();
    b.participation(took_part(
        "contributor-b",
        "mission-b",
        MIL,
        since("2012-06-02"),
    ))
    .participation(took_part(
        "contributor-a",
        "mission-b",
        Component::Police,
        between("2007-03-06", "2009-12-31"),
    ))
    .participation(took_part(
        "contributor-a",
        "mission-b",
        MIL,
        since("2007-03-06"),
    ))
    .participation(took_part(
        "contributor-a",
        "mission-a",
        MIL,
        between("2006-01-01", "2007-01-01"),
    ));
    let data = build(b);
    let seen: Vec<_> = data
        .participations_in("mission-b")
        .map(|p| {
            (
                p.period.start().to_string(),
                p.contributor.as_str(),
                p.component,
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("2007-03-06".to_owned(), "contributor-a", MIL),
            ("2007-03-06".to_owned(), "contributor-a", Component::Police),
            ("2012-06-02".to_owned(), "contributor-b", MIL),
        ]
    );
    let on = |date: &str| -> Vec<(&str, Component)> {
        data.participants_on("mission-b", date.parse().unwrap())
            .map(|p| (p.contributor.as_str(), p.component))
            .collect()
    };
    assert_eq!(on("2007-03-05"), []);
    assert_eq!(
        on("2009-12-31"),
        [("contributor-a", MIL), ("contributor-a", Component::Police)]
    );
    assert_eq!(on("2010-01-01"), [("contributor-a", MIL)]);
    assert_eq!(
        on("2012-06-02"),
        [("contributor-a", MIL), ("contributor-b", MIL)]
    );
    assert_eq!(data.participations_in("mission-x").count(), 0);
    assert_eq!(data.participations().len(), 4);
}

// ---- JSON -------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod json {
    use peacekeeping_core::*;
    use serde_json::json;

    use super::{MIL, base, took_part};
    use crate::common::{between, build, id, locations, since};

    #[test]
    fn participations_round_trip_through_json() {
        let mut b = base();
        b.participation(
            took_part(
                "contributor-a",
                "mission-a",
                MIL,
                between("2005-03-24", "2011-07-09"),
            )
            .with_source(id("src-a")),
        )
        .participation(took_part(
            "contributor-b",
            "mission-b",
            Component::Police,
            since("2010-01-01"),
        ));
        let data = build(b);
        let (text, at) = crate::common::json_round_trip(&data);
        assert!(at("missions") < at("participations"), "{text}");
        let value = serde_json::to_value(&data).unwrap();
        assert_eq!(
            value["participations"],
            json!([
                {"contributor": "contributor-a", "mission": "mission-a", "component": "military",
                 "period": {"start": "2005-03-24", "end": "2011-07-09"}, "sources": ["src-a"]},
                {"contributor": "contributor-b", "mission": "mission-b", "component": "police",
                 "period": {"start": "2010-01-01"}}
            ])
        );
    }

    #[test]
    fn the_example_of_the_format_document_reads() {
        let doc = std::fs::read_to_string(crate::json::FORMAT_DOC).unwrap();
        let blocks = crate::json::code_blocks_after(&doc, "### `participations`");
        assert_eq!(blocks[0].0, "json");
        let p: Participation = serde_json::from_str(&blocks[0].1).unwrap();
        assert_eq!(
            (p.contributor.as_str(), p.mission.as_str(), p.component),
            ("UGA", "AMISOM", MIL)
        );
        assert_eq!(p.period.start().to_string(), "2007-03-06");
    }

    #[test]
    fn every_problem_of_a_participations_section_is_reported_in_one_pass() {
        let text = r#"{
          "sources": [{"id": "src-a", "kind": "research-dataset", "title": "A", "publisher": "P", "reliability": "B"}],
          "actors": [{"id": "contributor-a", "name": "A", "kind": "private-sector"}],
          "missions": [
            {"id": "mission-a", "acronym": "A", "name": "A", "kind": "un-peacekeeping",
             "period": {"start": "2005-03-24", "end": "2011-07-09"}}
          ],
          "participations": [
            {"contributor": "contributor-a", "mission": "mission-a", "component": "military",
             "period": {"start": "2005-03-24", "end": "2011-07-09"}, "sources": ["src-a"]},
            {"contributor": "contributor-a", "mission": "mission-a", "component": "navy",
             "period": {"start": "2006-01-01"}},
            {"contributor": "contributor-x", "mission": "mission-a", "component": "police",
             "period": {"start": "2006-01-01", "end": "2012-01-01"}, "sources": ["src-x"]},
            {"contributor": "contributor-a", "mission": "mission-a", "component": "military",
             "period": {"start": "2010-01-01", "end": "2010-12-31"}}
          ]
        }"#;
        let err = Dataset::from_json_str(text).unwrap_err();
        let Error::Invalid(report) = &err else {
            panic!("{err}")
        };
        let p = EntityKind::Participation;
        assert_eq!(
            locations(report),
            [
                (
                    p,
                    "contributor-a military in mission-a from 2010-01-01",
                    "period"
                ),
                (
                    p,
                    "contributor-a navy in mission-a from 2006-01-01",
                    "component"
                ),
                (
                    p,
                    "contributor-x police in mission-a from 2006-01-01",
                    "contributor"
                ),
                (
                    p,
                    "contributor-x police in mission-a from 2006-01-01",
                    "period"
                ),
                (
                    p,
                    "contributor-x police in mission-a from 2006-01-01",
                    "sources[0]"
                ),
            ]
        );
    }
}
