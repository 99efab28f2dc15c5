//! The JSON format (feature `serde`): the example file, round trips, and problem reports.

use peacekeeping_core::*;

use crate::common::{
    between, build, d, id, locations, since, synthetic_contributor, synthetic_mission, troops,
};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/examples/dataset.json"
);
const PROBLEMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/problems.json");

fn example() -> Dataset {
    match Dataset::read_json_file(EXAMPLE) {
        Ok(data) => data,
        Err(e) => panic!("{e}"),
    }
}

pub(crate) fn invalid(text: &str) -> ValidationReport {
    match Dataset::from_json_str(text) {
        Err(Error::Invalid(report)) => report,
        other => panic!("expected Error::Invalid, got {other:?}"),
    }
}

#[test]
fn the_example_file_loads_and_answers_questions() {
    let data = example();
    // The AU exists from 2002-07-09 and succeeded the OAU (1963-05-25..=2002-07-09).
    let au = data.actor("AU").unwrap();
    assert_eq!(au.existence, Some(since("2002-07-09")));
    assert_eq!(au.predecessor.as_ref().map(ActorId::as_str), Some("OAU"));
    assert_eq!(
        data.actor("OAU").unwrap().existence,
        Some(between("1963-05-25", "2002-07-09"))
    );
    // Morocco rejoined the AU on 2017-01-30.
    let au_members = |date: &str| -> Vec<String> {
        data.members_on("AU", d(date))
            .map(|a| a.to_string())
            .collect()
    };
    assert!(au_members("2017-01-30").contains(&"MAR".to_owned()));
    assert!(!au_members("2017-01-29").contains(&"MAR".to_owned()));
    // The UK is an EU member on 2020-01-31 and not on 2020-02-01.
    assert!(
        data.members_on("EU", d("2020-01-31"))
            .any(|a| a.as_str() == "GBR")
    );
    assert!(
        !data
            .members_on("EU", d("2020-02-01"))
            .any(|a| a.as_str() == "GBR")
    );
    // MINUSMA took over from AFISMA; ATMIS from AMISOM.
    let minusma = data.mission("MINUSMA").unwrap();
    assert_eq!(minusma.period, between("2013-07-01", "2023-12-31"));
    assert_eq!(minusma.hosts, [id::<CountryCode>("MLI")]);
    assert_eq!(
        data.successors_of("AFISMA")
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        ["MINUSMA"]
    );
    assert_eq!(
        data.successors_of("AMISOM")
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        ["ATMIS"]
    );
    // The UN-AU Joint Framework is un-regional; the Lancaster House treaties bilateral.
    let kinds = |kind| -> Vec<String> {
        data.partnerships_of_kind(kind)
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(kinds(PartnershipKind::UnRegional).len(), 1);
    assert_eq!(kinds(PartnershipKind::Bilateral).len(), 1);
    let framework = &data
        .partnerships_of_kind(PartnershipKind::UnRegional)
        .next()
        .unwrap();
    assert_eq!(framework.instruments[0].signed, Some(d("2017-04-19")));
    let lancaster = data
        .partnerships_of_kind(PartnershipKind::Bilateral)
        .next()
        .unwrap();
    assert_eq!(lancaster.instruments[0].signed, Some(d("2010-11-02")));
    assert!(lancaster.involves(&id("FRA")) && lancaster.involves(&id("GBR")));
}

#[test]
fn every_record_of_the_example_cites_a_consulted_source() {
    let data = example();
    assert!(!data.sources().is_empty());
    for s in data.sources() {
        assert_eq!(s.consulted, Some(d("2026-11-27")), "{}", s.id);
        assert!(
            !s.publisher.is_empty() && !s.citation.is_empty(),
            "{}",
            s.id
        );
    }
    for a in data.actors() {
        assert!(!a.sources.is_empty(), "actor {}", a.id);
    }
    for m in data.memberships() {
        assert!(!m.sources.is_empty(), "membership of {}", m.member);
    }
    for m in data.missions() {
        assert!(!m.sources.is_empty(), "mission {}", m.id);
    }
    for p in data.partnerships() {
        assert!(!p.sources.is_empty(), "partnership {}", p.id);
    }
    for c in data.contributions() {
        assert!(c.source.is_some(), "contribution to {}", c.mission);
    }
}

#[test]
fn the_example_file_is_written_back_unchanged() {
    // The file is in the canonical form `to_json` writes, so reading and writing it gives
    // the same text (and documents the format exactly).
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let data = Dataset::from_json_str(&text).unwrap();
    assert_eq!(data.to_json().unwrap(), text.trim_end());
}

/// A synthetic dataset using every record type and most optional fields.
fn rich() -> Dataset {
    let mut b = Dataset::builder();
    b.source(
        Source::new(
            id("src-a"),
            SourceKind::ResearchDataset,
            "A synthetic dataset",
            "Nobody",
        )
        .with_reliability(Reliability::UsuallyReliable)
        .with_citation("p. 1")
        .published_on(d("2020-01-01"))
        .consulted_on(d("2026-11-27")),
    )
    .actor(
        Actor::new(
            id("org-a"),
            "Organization A",
            ActorKind::RegionalOrganization,
        )
        .with_alias("OA")
        .with_region(Region::Africa)
        .with_languages(vec![id("fr"), id("en")])
        .with_existence(since("1990-01-01"))
        .with_source(id("src-a")),
    )
    .actor(
        Actor::state(id("MLI"), "Mali")
            .unwrap()
            .with_region(Region::Africa),
    )
    .actor(
        Actor::state(id("NPL"), "Nepal")
            .unwrap()
            .with_region(Region::Asia),
    )
    .actor(synthetic_contributor("contributor-a"))
    .membership(
        Membership::new(
            id("MLI"),
            id("org-a"),
            between("1995-01-01", "2020-12-31"),
            MembershipStatus::Full,
        )
        .with_source(id("src-a")),
    )
    .membership(Membership::new(
        id("MLI"),
        id("org-a"),
        since("2021-01-01"),
        MembershipStatus::Suspended,
    ));
    let mut mission = synthetic_mission("mission-a", between("2010-01-01", "2015-12-31"))
        .with_lead(id("org-a"))
        .with_host(id("MLI"))
        .with_alias("MA")
        .with_mandate(Mandate {
            legal_basis: vec![LegalBasis::ChapterVii],
            resolutions: vec![Resolution::new("S/RES/0000 (2010)").adopted_on(d("2010-01-01"))],
            tasks: vec![MandatedTask::ProtectionOfCivilians, MandatedTask::Ddr],
        })
        .with_source(id("src-a"));
    mission.acronym = "MSN-A".into();
    mission.authorized_strength.push(
        AuthorizedStrength::new(d("2010-01-01"))
            .military(1000)
            .police(100),
    );
    b.mission(mission).mission(
        synthetic_mission("mission-b", since("2016-01-01")).with_predecessor(id("mission-a")),
    );
    let mut personnel = troops(300, 20);
    personnel.set(PersonnelCategory::StaffOfficers, Headcount::by_sex(10, 2));
    personnel.set(
        PersonnelCategory::FormedPoliceUnits,
        Headcount::total_only(140),
    );
    b.contribution(
        Contribution::personnel(id("NPL"), id("mission-a"), d("2013-12-31"), personnel)
            .with_source(id("src-a")),
    )
    .contribution(Contribution::new(
        id("contributor-a"),
        id("mission-a"),
        d("2014-01-01"),
        Contributed::Funding {
            amount: 0.1,
            currency: id("EUR"),
        },
    ))
    .contribution(Contribution::new(
        id("contributor-a"),
        id("mission-b"),
        d("2016-06-01"),
        Contributed::Asset {
            capability: Capability::IsrDrones,
            quantity: 3,
        },
    ))
    .partnership(
        Partnership::new(
            id("p-a"),
            "A partnership",
            PartnershipKind::CivilMilitary,
            between("2011-01-01", "2012-12-31"),
        )
        .with_party(Party::new(id("org-a"), PartyRole::Lead).with_standing(Standing::Senior))
        .with_party(Party::new(id("NPL"), PartyRole::Supporting))
        .with_form(OperationalForm::Composite)
        .with_domain(CooperationDomain::Logistics)
        .with_instrument(Instrument::new(InstrumentKind::Mou, "An MoU").signed_on(d("2011-01-01")))
        .with_mission(id("mission-a"))
        .with_responsibility(Responsibility::new(
            id("NPL"),
            CooperationDomain::Logistics,
            "transport",
        ))
        .with_review(
            Review::new(between("2011-01-01", "2011-12-31"), id("src-a"))
                .of(EntityKind::Friction)
                .of(EntityKind::Training),
        )
        .with_source(id("src-a")),
    )
    .training(
        Training::new(
            id("t-a"),
            "A training",
            TrainingKind::Programme,
            since("2012-01-01"),
        )
        .with_organizer(id("org-a"))
        .with_participant(id("MLI"))
        .with_location(id("MLI"))
        .with_focus(TrainingFocus::Policing)
        .with_source(id("src-a")),
    )
    .friction(
        Friction::new(
            id("f-a"),
            id("p-a"),
            FrictionKind::CommunicationBarrier,
            Severity::Moderate,
            d("2011-06-01"),
        )
        .with_actor(id("NPL"))
        .with_description("Line one\nand \"two\"")
        .with_source(id("src-a")),
    )
    .lesson(
        Lesson::new(id("l-a"), LessonKind::LessonLearned, "Ünïcödé text ✓")
            .with_partnership(id("p-a"))
            .with_mission(id("mission-a"))
            .with_domain(CooperationDomain::Logistics)
            .with_source(id("src-a")),
    )
    .gender_target(
        GenderTarget::new(id("target-a"), id("org-a"), 0.15, d("2028-12-31"))
            .with_category(PersonnelCategory::Troops)
            .with_category(PersonnelCategory::StaffOfficers)
            .set_on(d("2018-01-01"))
            .with_description("15% women")
            .with_source(id("src-a")),
    )
    .gender_target(GenderTarget::new(
        id("target-b"),
        id("org-a"),
        1.0 / 3.0,
        d("2030-12-31"),
    ));
    // A local institution built (no builder method for it).
    let mut training = Training::new(
        id("t-b"),
        "Another training",
        TrainingKind::Exercise,
        Period::day(d("2012-02-02")),
    );
    training
        .institutions
        .push(InstitutionBuilt::new(InstitutionKind::Police, id("MLI")));
    b.training(training);
    build(b)
}

#[test]
fn a_dataset_round_trips_through_json() {
    let data = rich();
    let text = data.to_json().unwrap();
    assert_eq!(Dataset::from_json_str(&text).unwrap(), data);
    assert_eq!(Dataset::read_json(text.as_bytes()).unwrap(), data);
    // The serde implementations agree with to_json / from_json_str.
    let compact = serde_json::to_string(&data).unwrap();
    assert_eq!(serde_json::from_str::<Dataset>(&compact).unwrap(), data);
    assert_eq!(
        serde_json::to_value(&data).unwrap(),
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    );
}

#[test]
fn the_json_forms_of_contributions_are_as_documented() {
    let data = rich();
    let whats: Vec<String> = data
        .contributions()
        .iter()
        .map(|c| serde_json::to_string(&c.what).unwrap())
        .collect();
    assert_eq!(
        whats,
        [
            r#"{"personnel":{"troops":{"male":300,"female":20,"unspecified":0},"staff-officers":{"male":10,"female":2,"unspecified":0},"formed-police-units":{"male":0,"female":0,"unspecified":140}}}"#,
            r#"{"funding":{"amount":0.1,"currency":"EUR"}}"#,
            r#"{"asset":{"capability":"isr-drones","quantity":3}}"#,
        ]
    );
    let value = serde_json::to_value(&data).unwrap();
    assert_eq!(value["format"], "peacekeeping-dataset");
    assert_eq!(value["version"], 1);
    // Empty sections and empty optional fields are left out; a mission's mandate is not.
    assert_eq!(
        serde_json::to_string(&data.missions()[1]).unwrap(),
        r#"{"id":"mission-b","acronym":"mission-b","name":"Synthetic mission-b","kind":"un-peacekeeping","mandate":{},"period":{"start":"2016-01-01"},"predecessors":["mission-a"]}"#
    );
    let empty = serde_json::to_value(Dataset::default()).unwrap();
    assert_eq!(
        empty.to_string(),
        r#"{"format":"peacekeeping-dataset","version":1}"#
    );
}

#[test]
fn optional_fields_have_their_defaults_when_left_out() {
    let text = r#"{
      "actors": [
        {"id": "UN", "name": "United Nations", "kind": "united-nations"},
        {"id": "NPL", "name": "Nepal", "kind": "state", "country": "npl"}
      ],
      "missions": [
        {"id": "m", "acronym": "M", "name": "A mission", "kind": "HYBRID", "period": {"start": "2000-01-01"}}
      ],
      "contributions": [
        {"contributor": "NPL", "mission": "m", "date": "2001-01-31",
         "what": {"personnel": {"troops": {"male": 5}, "individual-police": {}}}}
      ]
    }"#;
    let data = Dataset::from_json_str(text).unwrap();
    let m = data.mission("m").unwrap();
    assert_eq!(m.kind, MissionKind::Hybrid);
    assert_eq!(m.mandate, Mandate::default());
    assert!(m.leads.is_empty() && m.hosts.is_empty() && m.aliases.is_empty());
    assert_eq!(data.actor("NPL").unwrap().country.unwrap().as_str(), "NPL");
    let p = data.contributions()[0].what.personnel().unwrap();
    assert_eq!(p.get(PersonnelCategory::Troops), Headcount::by_sex(5, 0));
    assert_eq!(p.total(), 5);
    // Zero headcounts are not written back.
    assert!(!data.to_json().unwrap().contains("individual-police"));
}

#[test]
fn a_file_with_many_problems_reports_each_of_them() {
    let report = match Dataset::read_json_file(PROBLEMS) {
        Err(Error::Invalid(report)) => report,
        other => panic!("expected Error::Invalid, got {other:?}"),
    };
    let found = locations(&report);
    use EntityKind as K;
    assert_eq!(
        found,
        [
            // An unknown top-level section.
            (K::Dataset, "", "notes"),
            // A missing required field.
            (K::Actor, "FRA", "name"),
            // A duplicate id.
            (K::Actor, "MAR", "id"),
            // An unknown code.
            (K::Actor, "OAU", "kind"),
            // A period that ends before it starts.
            (K::Membership, "FRA in AU from 2010-01-01", "period"),
            // A membership before the organization existed.
            (K::Membership, "MAR in AU from 1990-01-01", "period.start"),
            // A malformed date.
            (
                K::Membership,
                "MAR in ECOWAS from 2017-02-30",
                "period.start"
            ),
            // A bilateral partnership with three parties.
            (K::Partnership, "trio", "parties"),
            // A negative funding amount.
            (
                K::Contribution,
                "contributor-a to mission-a on 2013-01-31 (funding)",
                "what.funding.amount"
            ),
            // A malformed currency code.
            (
                K::Contribution,
                "contributor-a to mission-a on 2013-02-28 (funding)",
                "what.funding.currency"
            ),
            // Two personnel reports with the same key.
            (
                K::Contribution,
                "contributor-a to mission-a on 2013-03-31",
                "date"
            ),
            // A missing `what`.
            (
                K::Contribution,
                "contributor-a to mission-a on 2013-04-30",
                "what"
            ),
            // A contribution outside its mission's period.
            (
                K::Contribution,
                "contributor-a to mission-a on 2016-01-31",
                "date"
            ),
            // A dangling mission reference.
            (
                K::Contribution,
                "contributor-a to mission-x on 2013-01-31 (asset)",
                "mission"
            ),
            // A dangling partnership reference.
            (K::Friction, "friction-a", "partnership"),
            // A dangling source reference.
            (K::Lesson, "lesson-a", "sources[1]"),
        ]
    );
    assert_eq!(report.len(), 16);

    // What each problem says.
    let kinds: Vec<&ProblemKind> = report.problems().iter().map(|p| &p.kind).collect();
    let malformed = |k: &ProblemKind, needle: &str| match k {
        ProblemKind::Malformed { message } => {
            assert!(message.contains(needle), "{message:?} lacks {needle:?}")
        }
        other => panic!("expected Malformed, got {other:?}"),
    };
    malformed(kinds[0], "unknown section");
    malformed(kinds[1], "missing field `name`");
    assert_eq!(kinds[2], &ProblemKind::DuplicateId { count: 2 });
    malformed(kinds[3], "unknown actor kind \"regional-organisation\"");
    malformed(
        kinds[4],
        "period ends on 2009-12-31, before it starts on 2010-01-01",
    );
    assert_eq!(
        kinds[5],
        &ProblemKind::BeforeOrganizationExisted {
            start: d("1990-01-01"),
            existence: since("2002-07-09")
        }
    );
    malformed(kinds[6], "invalid date \"2017-02-30\"");
    assert_eq!(kinds[7], &ProblemKind::BilateralPartyCount { count: 3 });
    assert_eq!(kinds[8], &ProblemKind::InvalidAmount { value: -5.0 });
    malformed(kinds[9], "\"US$\" is not an ISO 4217 currency code");
    assert_eq!(kinds[10], &ProblemKind::DuplicateReport { count: 2 });
    malformed(kinds[11], "missing field `what`");
    assert_eq!(
        kinds[12],
        &ProblemKind::OutsideMissionPeriod {
            date: d("2016-01-31"),
            period: between("2010-01-01", "2015-12-31")
        }
    );
    assert_eq!(
        kinds[13],
        &ProblemKind::UnknownReference {
            target: EntityKind::Mission,
            id: "mission-x".into()
        }
    );
    assert_eq!(
        kinds[14],
        &ProblemKind::UnknownReference {
            target: EntityKind::Partnership,
            id: "nowhere".into()
        }
    );
    assert_eq!(
        kinds[15],
        &ProblemKind::UnknownReference {
            target: EntityKind::Source,
            id: "src-b".into()
        }
    );
}

#[test]
fn records_that_cannot_be_read_are_not_reported_again_as_unknown() {
    // FRA (no name) and OAU (unknown kind) are unreadable, but references to them (a
    // party, a predecessor) are not dangling: only the records themselves are reported.
    let report = Dataset::read_json_file(PROBLEMS).unwrap_err().to_string();
    assert!(!report.contains("unknown actor `FRA`"), "{report}");
    assert!(!report.contains("unknown actor `OAU`"), "{report}");
    assert!(report.starts_with("16 problems in the dataset"), "{report}");
}

#[test]
fn text_that_is_not_json_is_an_error_with_line_and_column() {
    let err = Dataset::from_json_str("{\n  \"actors\": [\n    oops\n  ]\n}").unwrap_err();
    let Error::Json {
        path,
        line,
        column,
        message,
    } = &err
    else {
        panic!("expected Error::Json, got {err:?}")
    };
    assert_eq!(path, "<input>");
    assert_eq!((*line, *column), (3, 5));
    assert!(message.contains("expected value"), "{message}");
    assert_eq!(
        err.to_string(),
        "<input>: not a peacekeeping dataset: expected value at line 3 column 5 (line 3, column 5)"
    );

    // JSON that is not an object.
    assert!(matches!(
        Dataset::from_json_str("[1, 2]"),
        Err(Error::Json {
            line: 1,
            column: 1,
            ..
        })
    ));
    // A missing file: the io::Error is kept, with its kind.
    assert!(matches!(
        Dataset::read_json_file("/nonexistent/peacekeeping/dataset.json"),
        Err(Error::Io(source)) if source.kind() == std::io::ErrorKind::NotFound
            && source.path() == Some(std::path::Path::new("/nonexistent/peacekeeping/dataset.json"))
    ));
}

#[test]
fn the_header_and_the_sections_are_checked() {
    let report = invalid(
        r#"{"format": "something-else", "version": 2, "actors": {}, "extras": [], "missions": []}"#,
    );
    let fields: Vec<(&str, &str)> = report
        .problems()
        .iter()
        .map(|p| {
            assert_eq!(p.entity.kind, EntityKind::Dataset);
            assert!(matches!(p.kind, ProblemKind::Malformed { .. }));
            (p.entity.key.as_str(), p.field.as_str())
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("", "actors"),
            ("", "extras"),
            ("", "format"),
            ("", "version")
        ]
    );
    let messages: Vec<String> = report
        .problems()
        .iter()
        .map(|p| p.kind.to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "cannot be read: expected an array of actor records",
            "cannot be read: unknown section",
            "cannot be read: expected \"peacekeeping-dataset\", found \"something-else\"",
            "cannot be read: this version of the crate reads version 1, found 2",
        ]
    );
    // The header is optional, and so is every section.
    assert_eq!(Dataset::from_json_str("{}").unwrap(), Dataset::default());
}

#[test]
fn records_that_fail_to_parse_are_named_by_id_key_or_position() {
    let report = invalid(
        r#"{"missions": [{"id": "m", "name": "M", "kind": "un-peacekeeping", "period": {"start": "2000-01-01"}}],
            "contributions": [{"mission": "m", "date": "2001-01-01", "what": {"asset": {"capability": "tanks", "quantity": 1}}}],
            "actors": [{"name": "No id", "kind": "ngo"}, {"id": "X", "name": "X", "kind": "ngo", "colour": "blue"}]}"#,
    );
    let found: Vec<String> = report.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[0].starts_with("actor `#0`, field `id`: cannot be read: missing field `id`"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("actor `X`, field `colour`: cannot be read: unknown field `colour`"),
        "{}",
        found[1]
    );
    assert!(
        found[2]
            .starts_with("mission `m`, field `acronym`: cannot be read: missing field `acronym`"),
        "{}",
        found[2]
    );
    // Without a contributor there is no key: the record is named by its position; the
    // first error serde meets is reported.
    assert!(found[3].starts_with("contribution `#0`, field `what.asset.capability`: cannot be read: unknown capability \"tanks\""), "{}", found[3]);
}

#[test]
fn the_strict_serde_path_rejects_invalid_datasets() {
    // Valid JSON, invalid dataset: a membership in an unknown organization.
    let text = r#"{"actors": [{"id": "MAR", "name": "Morocco", "kind": "state", "country": "MAR"}],
        "memberships": [{"member": "MAR", "organization": "AU", "period": {"start": "2017-01-30"}, "status": "full"}]}"#;
    let err = serde_json::from_str::<Dataset>(text)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(
            "membership `MAR in AU from 2017-01-30`, field `organization`: unknown actor `AU`"
        ),
        "{err}"
    );
    // Malformed records, unknown sections and wrong headers fail too.
    assert!(serde_json::from_str::<Dataset>(r#"{"actors": [{"id": "X"}]}"#).is_err());
    assert!(serde_json::from_str::<Dataset>(r#"{"notes": []}"#).is_err());
    assert!(serde_json::from_str::<Dataset>(r#"{"version": 2}"#).is_err());
    assert!(serde_json::from_str::<Dataset>(&std::fs::read_to_string(PROBLEMS).unwrap()).is_err());
    // And a valid one passes.
    let ok = text.replace(
        r#""actors": ["#,
        r#""actors": [{"id": "AU", "name": "African Union", "kind": "regional-organization"}, "#,
    );
    assert_eq!(
        serde_json::from_str::<Dataset>(&ok)
            .unwrap()
            .memberships()
            .len(),
        1
    );
}

#[test]
fn vocabulary_codes_round_trip_through_serde() {
    fn all<T>(values: &[T])
    where
        T: serde::Serialize
            + serde::de::DeserializeOwned
            + PartialEq
            + core::fmt::Debug
            + core::fmt::Display,
    {
        for v in values {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{v}\""));
            assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), v);
        }
    }
    all(ActorKind::ALL);
    all(MembershipStatus::ALL);
    all(MissionKind::ALL);
    all(LegalBasis::ALL);
    all(MandatedTask::ALL);
    all(PartnershipKind::ALL);
    all(PartyRole::ALL);
    all(Standing::ALL);
    all(OperationalForm::ALL);
    all(CooperationDomain::ALL);
    all(InstrumentKind::ALL);
    all(PersonnelCategory::ALL);
    all(Capability::ALL);
    all(TrainingKind::ALL);
    all(TrainingFocus::ALL);
    all(InstitutionKind::ALL);
    all(FrictionKind::ALL);
    all(Severity::ALL);
    all(SourceKind::ALL);
    all(Reliability::ALL);
    all(LessonKind::ALL);
    all(Region::ALL);
    assert!(serde_json::from_str::<Region>("\"antarctica\"").is_err());
}

#[test]
fn funding_amounts_round_trip_exactly() {
    // Found by the round-trip property: without serde_json's `float_roundtrip` feature,
    // this amount was read back one unit in the last place off.
    for amount in [2.824_535_627_443_618e-56, 0.1, 1e300, 5e-324, f64::MAX, 0.0] {
        let mut b = Dataset::builder();
        b.actor(synthetic_contributor("contributor-a"))
            .mission(synthetic_mission("mission-a", since("2010-01-01")))
            .contribution(Contribution::new(
                id("contributor-a"),
                id("mission-a"),
                d("2010-01-01"),
                Contributed::Funding {
                    amount,
                    currency: id("USD"),
                },
            ));
        let data = build(b);
        let back = Dataset::from_json_str(&data.to_json().unwrap()).unwrap();
        let Contributed::Funding { amount: read, .. } = back.contributions()[0].what else {
            panic!("not funding")
        };
        assert_eq!(read.to_bits(), amount.to_bits(), "{amount:e}");
    }
}

#[test]
fn what_a_contribution_gives_is_exactly_one_tagged_variant() {
    let problem = |what: &str| -> (String, String, String) {
        let text = format!(
            r#"{{"actors": [{{"id": "a", "name": "A", "kind": "ngo"}}],
                "missions": [{{"id": "m", "acronym": "M", "name": "M", "kind": "hybrid", "period": {{"start": "2000-01-01"}}}}],
                "contributions": [{{"contributor": "a", "mission": "m", "date": "2001-01-01", "what": {what}}}]}}"#
        );
        let report = invalid(&text);
        assert_eq!(report.len(), 1, "{report}");
        let p = &report.problems()[0];
        (p.entity.key.clone(), p.field.clone(), p.kind.to_string())
    };
    let (key, field, message) = problem(
        r#"{"funding": {"amount": 1, "currency": "USD"}, "asset": {"capability": "helicopters", "quantity": 1}}"#,
    );
    assert_eq!(
        (key.as_str(), field.as_str()),
        ("a to m on 2001-01-01 (funding)", "what")
    );
    assert!(
        message.contains("expected map with a single key"),
        "{message}"
    );
    let (_, field, message) =
        problem(r#"{"funding": {"amount": 1, "currency": "USD", "note": "x"}}"#);
    assert_eq!(field, "what.funding.note");
    assert!(message.contains("unknown field `note`"), "{message}");
    let (_, field, _) = problem(r#"{"personnel": {"troops": {"men": 1}}}"#);
    assert_eq!(field, "what.personnel.troops.men");
    let (_, field, _) = problem(r#"{"funding": {"amount": null, "currency": "USD"}}"#);
    assert_eq!(field, "what.funding.amount");
    let (key, field, message) = problem(r#"{"asset": {"capability": "helicopters"}}"#);
    assert_eq!(
        (key.as_str(), field.as_str()),
        ("a to m on 2001-01-01 (asset)", "what.asset")
    );
    assert!(message.contains("missing field `quantity`"), "{message}");
    let (_, field, _) = problem(r#"{"personnel": {"troops": {"male": 4294967296}}}"#);
    assert_eq!(field, "what.personnel.troops.male");
}

pub(crate) const FORMAT_DOC: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/dataset-format.md");

/// The fenced code blocks of a markdown text after `heading`, as (language, body).
pub(crate) fn code_blocks_after(markdown: &str, heading: &str) -> Vec<(String, String)> {
    let start = markdown.find(heading).expect("heading");
    let mut blocks = Vec::new();
    let mut lines = markdown[start..].lines();
    while let Some(line) = lines.next() {
        if let Some(lang) = line.strip_prefix("```") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            blocks.push((lang.to_owned(), body.join("\n")));
        }
    }
    blocks
}

#[test]
fn the_examples_of_the_format_document_are_exact() {
    let doc = std::fs::read_to_string(FORMAT_DOC).unwrap();
    let blocks = code_blocks_after(&doc, "## A small example");
    assert_eq!(blocks.len(), 3, "{blocks:#?}");
    // The small example loads, and is an excerpt of the example file.
    let small = Dataset::from_json_str(&blocks[0].1).unwrap();
    let full = example();
    for a in small.actors() {
        assert_eq!(Some(a), full.actor(&a.id), "{}", a.id);
    }
    for s in small.sources() {
        assert_eq!(Some(s), full.source(&s.id), "{}", s.id);
    }
    for m in small.memberships() {
        assert!(full.memberships().contains(m), "{m:?}");
    }
    // The faulty one gives exactly the report shown.
    let err = Dataset::from_json_str(&blocks[1].1).unwrap_err();
    assert_eq!(blocks[2].0, "text");
    assert_eq!(err.to_string(), blocks[2].1);
}

#[test]
fn the_forms_of_what_shown_in_the_format_document_read() {
    let doc = std::fs::read_to_string(FORMAT_DOC).unwrap();
    let blocks = code_blocks_after(&doc, "`what` is an object with **exactly one** member");
    let forms: Vec<Contributed> = blocks[0]
        .1
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(forms.len(), 3);
    assert_eq!(forms[0].personnel().map(Personnel::total), Some(332));
    assert!(matches!(forms[1], Contributed::Funding { amount, .. } if amount == 1_500_000.0));
    assert!(matches!(
        forms[2],
        Contributed::Asset {
            capability: Capability::FieldHospital,
            quantity: 1
        }
    ));
}

#[test]
fn several_documents_read_as_one_dataset_with_every_problem_of_each() {
    let actors = r#"{"actors": [
        {"id": "AU", "name": "African Union", "kind": "regional-organization"},
        {"id": "MAR", "name": "Morocco", "kind": "state", "country": "MAR"}]}"#;
    let memberships = r#"{"memberships": [
        {"member": "MAR", "organization": "AU", "period": {"start": "2017-01-30"}, "status": "full"}]}"#;
    // Records of one document refer to records of another.
    let data = Dataset::from_json_documents([("a.json", actors), ("m.json", memberships)]).unwrap();
    assert_eq!(data.members_on("AU", d("2017-01-30")).count(), 1);
    // The same sections in two documents are put together, not replaced.
    let more =
        r#"{"actors": [{"id": "EU", "name": "European Union", "kind": "regional-organization"}]}"#;
    let data = Dataset::from_json_documents([("a.json", actors), ("b.json", more)]).unwrap();
    assert_eq!(data.actors().len(), 3);

    // Problems of both documents, together: a malformed record in one, a duplicate id
    // across the two, and an unknown reference.
    let bad = r#"{"actors": [
        {"id": "AU", "name": "African Union again", "kind": "regional-organization"},
        {"id": "NGA", "name": "Nigeria", "kind": "nation"}],
      "memberships": [
        {"member": "SEN", "organization": "AU", "period": {"start": "2002-07-09"}, "status": "full"}]}"#;
    let Err(Error::Invalid(report)) =
        Dataset::from_json_documents([("a.json", actors), ("bad.json", bad)])
    else {
        panic!("invalid")
    };
    assert_eq!(report.len(), 3, "{report}");

    // Text that is not JSON names its document.
    let err = Dataset::from_json_documents([("a.json", actors), ("broken.json", "{")]).unwrap_err();
    assert!(err.to_string().contains("broken.json"), "{err}");
}
