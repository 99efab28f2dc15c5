//! Helpers shared by the test modules.

use peacekeeping_core::{
    Actor, ActorKind, Dataset, DatasetBuilder, Date, EntityKind, Headcount, Mission, MissionKind,
    Period, Personnel, PersonnelCategory, Problem, ProblemKind, Source, SourceKind,
};

/// A date from `YYYY-MM-DD`.
pub(crate) fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The closed period `start..=end`.
pub(crate) fn between(start: &str, end: &str) -> Period {
    Period::between(d(start), d(end)).unwrap()
}

/// The ongoing period from `start`.
pub(crate) fn since(start: &str) -> Period {
    Period::since(d(start))
}

/// Parses any id or code (`ActorId`, `MissionId`, `CountryCode`, ...).
pub(crate) fn id<T: core::str::FromStr>(s: &str) -> T
where
    T::Err: core::fmt::Debug,
{
    s.parse().unwrap()
}

/// A made-up contributor. Its kind plays no part in the personnel queries; it is not a
/// state so that it needs no country code.
pub(crate) fn synthetic_contributor(key: &str) -> Actor {
    Actor::new(
        id(key),
        format!("Synthetic {key}"),
        ActorKind::PrivateSector,
    )
}

/// A made-up mission.
pub(crate) fn synthetic_mission(key: &str, period: Period) -> Mission {
    Mission::new(
        id(key),
        format!("Synthetic {key}"),
        MissionKind::UnPeacekeeping,
        period,
    )
}

/// The base of the outcome-record suites: a research-dataset source for each id of
/// `sources`, two contributors (`contributor-a`, `contributor-b`) and `missions`.
pub(crate) fn outcome_base(sources: &[&str], missions: [Mission; 2]) -> DatasetBuilder {
    let mut b = Dataset::builder();
    for s in sources {
        b.source(Source::new(
            id(s),
            SourceKind::ResearchDataset,
            "A source",
            "A publisher",
        ));
    }
    b.actor(synthetic_contributor("contributor-a"))
        .actor(synthetic_contributor("contributor-b"));
    for m in missions {
        b.mission(m);
    }
    b
}

/// Adds records to `b` and returns the problems found.
pub(crate) fn problems_after(
    mut b: DatasetBuilder,
    add: impl FnOnce(&mut DatasetBuilder),
) -> Vec<Flat> {
    add(&mut b);
    problems_of(&b)
}

/// Synthetic troops, by sex.
pub(crate) fn troops(male: u32, female: u32) -> Personnel {
    Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(male, female))
}

/// One problem as a comparable tuple: entity kind, entity key, field, kind.
pub(crate) type Flat = (EntityKind, String, String, ProblemKind);

/// Flattens a problem for comparisons.
pub(crate) fn flat(p: &Problem) -> Flat {
    (
        p.entity.kind,
        p.entity.key.clone(),
        p.field.clone(),
        p.kind.clone(),
    )
}

/// Builds a problem tuple.
pub(crate) fn problem(kind: EntityKind, key: &str, field: &str, what: ProblemKind) -> Flat {
    (kind, key.to_owned(), field.to_owned(), what)
}

/// The problems a builder's validation reports, flattened.
pub(crate) fn problems_of(b: &DatasetBuilder) -> Vec<Flat> {
    b.validate().problems().iter().map(flat).collect()
}

/// Builds, panicking with the report if the records are invalid.
pub(crate) fn build(b: DatasetBuilder) -> Dataset {
    match b.build() {
        Ok(data) => data,
        Err(e) => panic!("{e}"),
    }
}

/// Writes `data` as JSON and checks that it reads back the same (through
/// `Dataset::from_json_str` and through serde) and writes the same text again; returns
/// the text and a function giving where a section starts in it.
#[cfg(feature = "serde")]
pub(crate) fn json_round_trip(data: &Dataset) -> (String, impl Fn(&str) -> usize + use<>) {
    let text = data.to_json().unwrap();
    let back = Dataset::from_json_str(&text).unwrap();
    assert_eq!(&back, data);
    assert_eq!(back.to_json().unwrap(), text);
    assert_eq!(&serde_json::from_str::<Dataset>(&text).unwrap(), data);
    let at_text = text.clone();
    let at = move |section: &str| at_text.find(&format!("\n  \"{section}\": [")).unwrap();
    (text, at)
}

/// A reference to a record of kind `target` that is not in the dataset.
pub(crate) fn unknown_ref(target: EntityKind, id: &str) -> ProblemKind {
    ProblemKind::UnknownReference {
        target,
        id: id.to_owned(),
    }
}

/// Where each problem of a report is: entity kind, key and field (the JSON tests').
#[cfg(feature = "serde")]
pub(crate) fn locations(
    report: &peacekeeping_core::ValidationReport,
) -> Vec<(EntityKind, &str, &str)> {
    report
        .problems()
        .iter()
        .map(|p| (p.entity.kind, p.entity.key.as_str(), p.field.as_str()))
        .collect()
}
