//! The validation rules of a dataset (listed on [`DatasetBuilder::validate`]).
//!
//! [`DatasetBuilder::validate`]: super::DatasetBuilder::validate

use std::collections::{HashMap, HashSet};

use super::index::{Index, PersonnelKey};
use super::{EntityKind, EntityRef, Problem, ProblemKind, Records, ValidationReport};
use crate::{
    ActorId, ActorKind, BattleDeaths, Component, Contributed, Contribution, CountryCode, Date,
    DeployedStrength, Membership, MissionId, Participation, PartnershipKind, Period, Presence,
    SourceId,
};

/// Ids of records that exist but could not be read (from a file): references to them are
/// not reported again as unknown.
#[derive(Debug, Clone, Default)]
pub(crate) struct Known {
    pub(crate) ids: HashSet<(EntityKind, String)>,
}

pub(crate) fn membership_key(m: &Membership) -> String {
    format!(
        "{} in {} from {}",
        m.member,
        m.organization,
        m.period.start()
    )
}

pub(crate) fn contribution_key(c: &Contribution) -> String {
    let what = match c.what {
        Contributed::Personnel(_) => "",
        Contributed::Funding { .. } => " (funding)",
        Contributed::Asset { .. } => " (asset)",
    };
    format!("{} to {} on {}{what}", c.contributor, c.mission, c.date)
}

pub(crate) fn battle_deaths_key(b: &BattleDeaths) -> String {
    format!("{} in {}", b.territory, b.year)
}

pub(crate) fn strength_key(s: &DeployedStrength) -> String {
    format!("{} on {}", s.mission, s.date)
}

/// The key of a participation in problems: `UGA military in AMISOM from 2007-03-06`.
pub(crate) fn participation_key(p: &Participation) -> String {
    format!(
        "{} {} in {} from {}",
        p.contributor,
        p.component,
        p.mission,
        p.period.start()
    )
}

pub(crate) fn presence_key(p: &Presence) -> String {
    let source = p
        .source
        .as_ref()
        .map_or_else(String::new, |s| format!(" ({s})"));
    format!("{} in {} in {}{source}", p.contributor, p.mission, p.year)
}

/// Collects problems; `check_ref` looks ids up in the index.
struct Checker<'a> {
    index: &'a Index,
    known: &'a Known,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, entity: &EntityRef, field: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            entity: entity.clone(),
            field: field.into(),
            kind,
        });
    }

    fn exists(&self, target: EntityKind, id: &str) -> bool {
        let ix = self.index;
        let found = match target {
            EntityKind::Source => ix.sources.first.contains_key(id),
            EntityKind::Actor => ix.actors.first.contains_key(id),
            EntityKind::Mission => ix.missions.first.contains_key(id),
            EntityKind::Partnership => ix.partnerships.first.contains_key(id),
            EntityKind::Training => ix.trainings.first.contains_key(id),
            EntityKind::Friction => ix.frictions.first.contains_key(id),
            EntityKind::Lesson => ix.lessons.first.contains_key(id),
            EntityKind::GenderTarget => ix.gender_targets.first.contains_key(id),
            _ => false,
        };
        found || self.known.ids.contains(&(target, id.to_owned()))
    }

    fn check_ref(
        &mut self,
        entity: &EntityRef,
        field: impl Into<String>,
        target: EntityKind,
        id: &str,
    ) {
        if !self.exists(target, id) {
            self.push(
                entity,
                field,
                ProblemKind::UnknownReference {
                    target,
                    id: id.to_owned(),
                },
            );
        }
    }

    fn check_refs<'i, I: AsRef<str> + 'i>(
        &mut self,
        entity: &EntityRef,
        field: &str,
        target: EntityKind,
        ids: impl IntoIterator<Item = &'i I>,
    ) {
        for (i, id) in ids.into_iter().enumerate() {
            self.check_ref(entity, format!("{field}[{i}]"), target, id.as_ref());
        }
    }

    fn check_name(&mut self, entity: &EntityRef, field: &str, name: &str) {
        if name.trim().is_empty() {
            self.push(entity, field, ProblemKind::Empty);
        }
    }

    fn duplicates<K: AsRef<str>>(&mut self, kind: EntityKind, repeated: &[(K, usize)]) {
        for (id, count) in repeated {
            let entity = EntityRef::new(kind, id.as_ref());
            self.push(&entity, "id", ProblemKind::DuplicateId { count: *count });
        }
    }
}

pub(crate) fn validate(r: &Records, index: &Index, known: &Known) -> ValidationReport {
    let mut ck = Checker {
        index,
        known,
        problems: Vec::new(),
    };
    ck.duplicates(EntityKind::Source, &index.sources.repeated);
    ck.duplicates(EntityKind::Actor, &index.actors.repeated);
    ck.duplicates(EntityKind::Mission, &index.missions.repeated);
    ck.duplicates(EntityKind::Partnership, &index.partnerships.repeated);
    ck.duplicates(EntityKind::Training, &index.trainings.repeated);
    ck.duplicates(EntityKind::Friction, &index.frictions.repeated);
    ck.duplicates(EntityKind::Lesson, &index.lessons.repeated);
    ck.duplicates(EntityKind::GenderTarget, &index.gender_targets.repeated);
    ck.duplicates(EntityKind::Fatality, &index.fatality_ids.repeated);

    sources(&mut ck, r);
    actors(&mut ck, r);
    memberships(&mut ck, r);
    missions(&mut ck, r);
    partnerships(&mut ck, r);
    contributions(&mut ck, r);
    others(&mut ck, r);
    fatalities(&mut ck, r);
    battle_deaths(&mut ck, r);
    strengths(&mut ck, r);
    presences(&mut ck, r);
    participations(&mut ck, r);
    ValidationReport::from_problems(ck.problems)
}

fn participations(ck: &mut Checker<'_>, r: &Records) {
    let index = ck.index;
    for p in &r.participations {
        let e = EntityRef::new(EntityKind::Participation, participation_key(p));
        ck.check_ref(&e, "contributor", EntityKind::Actor, p.contributor.as_str());
        ck.check_refs(&e, "sources", EntityKind::Source, &p.sources);
        if !ck.exists(EntityKind::Mission, p.mission.as_str()) {
            ck.check_ref(&e, "mission", EntityKind::Mission, p.mission.as_str());
            continue;
        }
        // A mission id used by several missions is reported as a duplicate; the record is
        // not checked against any one of their periods.
        if index
            .missions
            .repeated
            .iter()
            .any(|(id, _)| id == &p.mission)
        {
            continue;
        }
        if let Some(m) = index.missions.get(&p.mission) {
            let mission = r.missions[m].period;
            if !mission.contains_period(&p.period) {
                ck.push(
                    &e,
                    "period",
                    ProblemKind::PeriodOutsideMission {
                        period: p.period,
                        mission,
                    },
                );
            }
        }
    }
    // Overlapping participations of one contributor in one mission's component.
    let mut by_key: HashMap<(&str, &str, Component), Vec<&Participation>> = HashMap::new();
    for p in &r.participations {
        by_key
            .entry((p.contributor.as_str(), p.mission.as_str(), p.component))
            .or_default()
            .push(p);
    }
    for list in by_key.values_mut() {
        list.sort_by_key(|p| p.period);
        for (p, other) in overlapping(list, |p| p.period) {
            let e = EntityRef::new(EntityKind::Participation, participation_key(p));
            ck.push(
                &e,
                "period",
                ProblemKind::OverlappingParticipation { other },
            );
        }
    }
}

fn sources(ck: &mut Checker<'_>, r: &Records) {
    for s in &r.sources {
        let e = EntityRef::new(EntityKind::Source, s.id.as_str());
        ck.check_name(&e, "title", &s.title);
        if let Some(author) = &s.author {
            ck.check_ref(&e, "author", EntityKind::Actor, author.as_str());
        }
    }
}

fn actors(ck: &mut Checker<'_>, r: &Records) {
    for a in &r.actors {
        let e = EntityRef::new(EntityKind::Actor, a.id.as_str());
        ck.check_name(&e, "name", &a.name);
        if let Some(p) = &a.predecessor {
            if p == &a.id {
                ck.push(&e, "predecessor", ProblemKind::SelfReference);
            } else {
                ck.check_ref(&e, "predecessor", EntityKind::Actor, p.as_str());
            }
        }
        ck.check_refs(&e, "sources", EntityKind::Source, &a.sources);
        if a.kind == ActorKind::State {
            let id_code = CountryCode::new(a.id.as_str()).ok();
            match (a.country, id_code) {
                (None, _) => ck.push(
                    &e,
                    "country",
                    ProblemKind::StateCountry {
                        detail: "a state needs its ISO 3166-1 alpha-3 country code".to_owned(),
                    },
                ),
                (Some(code), Some(id_code)) if code != id_code => ck.push(
                    &e,
                    "country",
                    ProblemKind::StateCountry {
                        detail: format!("country code {code} differs from the state's id"),
                    },
                ),
                _ => {}
            }
        }
    }
}

fn memberships(ck: &mut Checker<'_>, r: &Records) {
    // An organization id used by several actors is reported as a duplicate; which of them
    // a membership means is unknown, so its kind and existence are not checked (checking
    // the first record would make the report depend on the order of the records).
    let index = ck.index;
    let ambiguous: HashSet<&ActorId> = index.actors.repeated.iter().map(|(id, _)| id).collect();
    for m in &r.memberships {
        let e = EntityRef::new(EntityKind::Membership, membership_key(m));
        ck.check_ref(&e, "member", EntityKind::Actor, m.member.as_str());
        ck.check_refs(&e, "sources", EntityKind::Source, &m.sources);
        if m.member == m.organization {
            ck.push(&e, "organization", ProblemKind::SelfReference);
            continue;
        }
        if ambiguous.contains(&m.organization) {
            continue;
        }
        let Some(org) = ck.index.actors.get(&m.organization).map(|i| &r.actors[i]) else {
            ck.check_ref(
                &e,
                "organization",
                EntityKind::Actor,
                m.organization.as_str(),
            );
            continue;
        };
        if !org.kind.is_organization() {
            ck.push(
                &e,
                "organization",
                ProblemKind::NotAnOrganization {
                    id: org.id.to_string(),
                    kind: org.kind,
                },
            );
        }
        if let Some(existence) = org.existence {
            if m.period.start() < existence.start() {
                ck.push(
                    &e,
                    "period.start",
                    ProblemKind::BeforeOrganizationExisted {
                        start: m.period.start(),
                        existence,
                    },
                );
            } else if !existence.contains_period(&m.period) {
                ck.push(
                    &e,
                    "period.end",
                    ProblemKind::AfterOrganizationEnded {
                        period: m.period,
                        existence,
                    },
                );
            }
        }
    }
    // Overlapping records of one member in one organization.
    let mut by_pair: HashMap<(&str, &str), Vec<&Membership>> = HashMap::new();
    for m in &r.memberships {
        by_pair
            .entry((m.member.as_str(), m.organization.as_str()))
            .or_default()
            .push(m);
    }
    for list in by_pair.values_mut() {
        list.sort_by_key(|m| (m.period, m.status));
        for (m, other) in overlapping(list, |m| m.period) {
            let e = EntityRef::new(EntityKind::Membership, membership_key(m));
            ck.push(&e, "period", ProblemKind::OverlappingMembership { other });
        }
    }
}

/// The records of `sorted` (in order of their periods' start) that overlap an earlier
/// one, each with the period of the earlier record that reaches furthest: sorted by
/// start, a record overlaps an earlier one iff it overlaps that one (comparing
/// neighbours only would miss a record that overlaps a long record two or more places
/// before it).
fn overlapping<'r, T>(sorted: &[&'r T], period: impl Fn(&T) -> Period) -> Vec<(&'r T, Period)> {
    let mut found = Vec::new();
    let Some((&first, rest)) = sorted.split_first() else {
        return found;
    };
    let mut reach = period(first);
    for &record in rest {
        let p = period(record);
        if reach.overlaps(&p) {
            found.push((record, reach));
        }
        // An open period reaches further than any closed one.
        let further = match (reach.end(), p.end()) {
            (Some(_), None) => true,
            (Some(a), Some(b)) => b > a,
            (None, _) => false,
        };
        if further {
            reach = p;
        }
    }
    found
}

fn missions(ck: &mut Checker<'_>, r: &Records) {
    for m in &r.missions {
        let e = EntityRef::new(EntityKind::Mission, m.id.as_str());
        ck.check_name(&e, "name", &m.name);
        ck.check_name(&e, "acronym", &m.acronym);
        ck.check_refs(&e, "leads", EntityKind::Actor, &m.leads);
        for (i, p) in m.predecessors.iter().enumerate() {
            if p == &m.id {
                ck.push(&e, format!("predecessors[{i}]"), ProblemKind::SelfReference);
            } else {
                ck.check_ref(
                    &e,
                    format!("predecessors[{i}]"),
                    EntityKind::Mission,
                    p.as_str(),
                );
            }
        }
        ck.check_refs(&e, "sources", EntityKind::Source, &m.sources);
        let mut previous: Option<Date> = None;
        for (i, res) in m.mandate.resolutions.iter().enumerate() {
            let field = |name: &str| format!("mandate.resolutions[{i}].{name}");
            ck.check_name(&e, &field("symbol"), &res.symbol);
            if let Some(adopted) = res.adopted {
                if let Some(previous) = previous.filter(|p| adopted < *p) {
                    ck.push(
                        &e,
                        field("adopted"),
                        ProblemKind::ResolutionOutOfOrder { adopted, previous },
                    );
                }
                previous = previous.max(Some(adopted));
                if let Some(until) = res.until.filter(|u| *u < adopted) {
                    ck.push(
                        &e,
                        field("until"),
                        ProblemKind::TermEndsBeforeAdoption { adopted, until },
                    );
                }
            }
        }
        let mut seen = HashSet::new();
        for (i, s) in m.authorized_strength.iter().enumerate() {
            let field = |name: &str| format!("authorized_strength[{i}].{name}");
            if !m.period.contains(s.as_of) {
                ck.push(
                    &e,
                    field("as_of"),
                    ProblemKind::OutsideMissionPeriod {
                        date: s.as_of,
                        period: m.period,
                    },
                );
            }
            if !seen.insert(s.as_of) {
                ck.push(
                    &e,
                    field("as_of"),
                    ProblemKind::DuplicateCeiling { as_of: s.as_of },
                );
            }
            if let (Some(observers), Some(military)) = (s.observers, s.military) {
                if observers > military {
                    ck.push(
                        &e,
                        field("observers"),
                        ProblemKind::ObserversExceedMilitary {
                            observers,
                            military,
                        },
                    );
                }
            }
            if let Some((parts, uniformed)) = s.parts_exceeding_uniformed() {
                ck.push(
                    &e,
                    field("uniformed"),
                    ProblemKind::PartsExceedUniformed { parts, uniformed },
                );
            }
            if let Some(symbol) = &s.resolution {
                ck.check_name(&e, &field("resolution"), symbol);
            }
        }
    }
}

fn partnerships(ck: &mut Checker<'_>, r: &Records) {
    for p in &r.partnerships {
        let e = EntityRef::new(EntityKind::Partnership, p.id.as_str());
        ck.check_name(&e, "name", &p.name);
        let count = p.parties.len();
        if p.kind == PartnershipKind::Bilateral && count != 2 {
            ck.push(&e, "parties", ProblemKind::BilateralPartyCount { count });
        } else if count < 2 {
            ck.push(&e, "parties", ProblemKind::TooFewParties { count });
        }
        let mut seen = HashSet::new();
        for (i, party) in p.parties.iter().enumerate() {
            let field = format!("parties[{i}].actor");
            if !seen.insert(&party.actor) {
                ck.push(
                    &e,
                    field,
                    ProblemKind::RepeatedParty {
                        actor: party.actor.to_string(),
                    },
                );
            } else {
                ck.check_ref(&e, field, EntityKind::Actor, party.actor.as_str());
            }
        }
        ck.check_refs(&e, "missions", EntityKind::Mission, &p.missions);
        for (i, resp) in p.responsibilities.iter().enumerate() {
            ck.check_ref(
                &e,
                format!("responsibilities[{i}].actor"),
                EntityKind::Actor,
                resp.actor.as_str(),
            );
        }
        for (i, inst) in p.instruments.iter().enumerate() {
            ck.check_name(&e, &format!("instruments[{i}].title"), &inst.title);
        }
        for (i, review) in p.reviews.iter().enumerate() {
            let field = format!("reviews[{i}]");
            ck.check_ref(
                &e,
                format!("{field}.source"),
                EntityKind::Source,
                review.source.as_str(),
            );
            if review.of.is_empty() {
                ck.push(&e, format!("{field}.of"), ProblemKind::Empty);
            }
        }
        ck.check_refs(&e, "sources", EntityKind::Source, &p.sources);
    }
}

fn contributions(ck: &mut Checker<'_>, r: &Records) {
    let cx = &ck.index.contributions;
    // Resolve each distinct contributor and mission once, not once per record.
    let contributor_known: Vec<bool> = cx
        .contributor_ids
        .iter()
        .map(|id| ck.exists(EntityKind::Actor, id.as_str()))
        .collect();
    // A mission id used by several missions is reported as a duplicate; contributions to
    // it are not checked against any one of their periods (see `memberships`).
    let ambiguous: HashSet<&MissionId> = ck
        .index
        .missions
        .repeated
        .iter()
        .map(|(id, _)| id)
        .collect();
    let mission_record: Vec<Option<usize>> = cx
        .mission_ids
        .iter()
        .map(|id| {
            if ambiguous.contains(id) {
                None
            } else {
                ck.index.missions.get(id)
            }
        })
        .collect();
    let mission_known: Vec<bool> = cx
        .mission_ids
        .iter()
        .zip(&mission_record)
        .map(|(id, rec)| rec.is_some() || ck.exists(EntityKind::Mission, id.as_str()))
        .collect();
    // The mission of record `i` (mission number `n`), dated `date`: known, and the date
    // within its period.
    let check_mission =
        |found: &mut Vec<(usize, &'static str, ProblemKind)>, i: usize, n: usize, date| {
            if !mission_known[n] {
                found.push((
                    i,
                    "mission",
                    ProblemKind::UnknownReference {
                        target: EntityKind::Mission,
                        id: cx.mission_ids[n].to_string(),
                    },
                ));
            } else if let Some(m) = mission_record[n].map(|m| &r.missions[m]) {
                if !m.period.contains(date) {
                    found.push((
                        i,
                        "date",
                        ProblemKind::OutsideMissionPeriod {
                            date,
                            period: m.period,
                        },
                    ));
                }
            }
        };

    // Problems as (record, field, kind). The tables are read in the order that needs no
    // lookup per record (the report sorts the problems anyway).
    let mut found = Vec::new();
    for (n, records) in cx.by_contributor.iter().enumerate() {
        if !contributor_known[n] {
            for &i in records {
                found.push((
                    i as usize,
                    "contributor",
                    ProblemKind::UnknownReference {
                        target: EntityKind::Actor,
                        id: cx.contributor_ids[n].to_string(),
                    },
                ));
            }
        }
    }
    // Personnel reports: their mission numbers and dates are in the personnel table.
    for k in &cx.personnel {
        check_mission(&mut found, k.record as usize, k.mission as usize, k.date);
    }
    // The other contributions' missions, and every record's amount and source.
    for (i, s) in unknown_sources(ck, &r.contributions, |c| c.source.as_ref()) {
        found.push((i, "source", unknown_source(s)));
    }
    for (i, c) in r.contributions.iter().enumerate() {
        if c.what.personnel().is_none() {
            if let Some(&n) = cx.mission_numbers.get(&c.mission) {
                check_mission(&mut found, i, n as usize, c.date);
            }
        }
        if let Contributed::Funding { amount, .. } = c.what {
            if !amount.is_finite() || amount < 0.0 {
                found.push((
                    i,
                    "what.funding.amount",
                    ProblemKind::InvalidAmount { value: amount },
                ));
            }
        }
    }
    // Duplicate personnel reports are adjacent in the sorted personnel table.
    let same_report = |a: &PersonnelKey, b: &PersonnelKey| {
        (a.mission, a.date, a.contributor) == (b.mission, b.date, b.contributor)
    };
    for reports in cx.personnel.chunk_by(same_report) {
        if reports.len() > 1 {
            found.push((
                reports[0].record as usize,
                "date",
                ProblemKind::DuplicateReport {
                    count: reports.len(),
                },
            ));
        }
    }
    for (i, field, kind) in found {
        let e = EntityRef::new(
            EntityKind::Contribution,
            contribution_key(&r.contributions[i]),
        );
        ck.push(&e, field, kind);
    }
}

fn others(ck: &mut Checker<'_>, r: &Records) {
    for t in &r.trainings {
        let e = EntityRef::new(EntityKind::Training, t.id.as_str());
        ck.check_name(&e, "name", &t.name);
        ck.check_refs(&e, "organizers", EntityKind::Actor, &t.organizers);
        ck.check_refs(&e, "participants", EntityKind::Actor, &t.participants);
        ck.check_refs(&e, "sources", EntityKind::Source, &t.sources);
    }
    for f in &r.frictions {
        let e = EntityRef::new(EntityKind::Friction, f.id.as_str());
        ck.check_ref(
            &e,
            "partnership",
            EntityKind::Partnership,
            f.partnership.as_str(),
        );
        ck.check_refs(&e, "actors", EntityKind::Actor, &f.actors);
        ck.check_refs(&e, "sources", EntityKind::Source, &f.sources);
    }
    for l in &r.lessons {
        let e = EntityRef::new(EntityKind::Lesson, l.id.as_str());
        ck.check_name(&e, "text", &l.text);
        ck.check_refs(&e, "partnerships", EntityKind::Partnership, &l.partnerships);
        ck.check_refs(&e, "missions", EntityKind::Mission, &l.missions);
        ck.check_refs(&e, "sources", EntityKind::Source, &l.sources);
    }
    for t in &r.gender_targets {
        let e = EntityRef::new(EntityKind::GenderTarget, t.id.as_str());
        ck.check_ref(&e, "set_by", EntityKind::Actor, t.set_by.as_str());
        if !(0.0..=1.0).contains(&t.share) {
            ck.push(&e, "share", ProblemKind::ShareOutOfRange { value: t.share });
        }
        ck.check_refs(&e, "sources", EntityKind::Source, &t.sources);
    }
}

/// The records whose source is not in the dataset, with that source. Consecutive records
/// usually cite the same source: it is looked up once per run.
fn unknown_sources<'r, T>(
    ck: &Checker<'_>,
    records: &'r [T],
    source_of: impl Fn(&'r T) -> Option<&'r SourceId>,
) -> Vec<(usize, &'r SourceId)> {
    let mut unknown = Vec::new();
    let mut last: Option<(&SourceId, bool)> = None;
    for (i, record) in records.iter().enumerate() {
        let Some(s) = source_of(record) else { continue };
        let known = match last {
            Some((id, known)) if id == s => known,
            _ => ck.exists(EntityKind::Source, s.as_str()),
        };
        last = Some((s, known));
        if !known {
            unknown.push((i, s));
        }
    }
    unknown
}

fn unknown_source(id: &SourceId) -> ProblemKind {
    ProblemKind::UnknownReference {
        target: EntityKind::Source,
        id: id.to_string(),
    }
}

fn fatalities(ck: &mut Checker<'_>, r: &Records) {
    let index = ck.index;
    // Each distinct mission is looked up once.
    for (mission, records) in &index.fatalities.by_mission {
        if !ck.exists(EntityKind::Mission, mission.as_str()) {
            for &i in records {
                let f = &r.fatalities[i as usize];
                let e = EntityRef::new(EntityKind::Fatality, f.id.as_str());
                ck.check_ref(&e, "mission", EntityKind::Mission, mission.as_str());
            }
        }
    }
    for f in &r.fatalities {
        if f.id.trim().is_empty() {
            let e = EntityRef::new(EntityKind::Fatality, f.id.as_str());
            ck.push(&e, "id", ProblemKind::Empty);
        }
    }
    for (i, s) in unknown_sources(ck, &r.fatalities, |f| f.source.as_ref()) {
        let e = EntityRef::new(EntityKind::Fatality, r.fatalities[i].id.as_str());
        ck.push(&e, "source", unknown_source(s));
    }
}

fn battle_deaths(ck: &mut Checker<'_>, r: &Records) {
    let index = ck.index;
    // Each territory's records are in year order: records of the same year are adjacent.
    for records in index.battle_deaths_by_territory.values() {
        for same in records
            .chunk_by(|&a, &b| r.battle_deaths[a as usize].year == r.battle_deaths[b as usize].year)
        {
            if same.len() > 1 {
                let e = EntityRef::new(
                    EntityKind::BattleDeaths,
                    battle_deaths_key(&r.battle_deaths[same[0] as usize]),
                );
                ck.push(
                    &e,
                    "year",
                    ProblemKind::DuplicateTerritoryYear { count: same.len() },
                );
            }
        }
    }
    for (i, s) in unknown_sources(ck, &r.battle_deaths, |b| b.source.as_ref()) {
        let e = EntityRef::new(
            EntityKind::BattleDeaths,
            battle_deaths_key(&r.battle_deaths[i]),
        );
        ck.push(&e, "source", unknown_source(s));
    }
}

fn strengths(ck: &mut Checker<'_>, r: &Records) {
    let index = ck.index;
    let strength = |i: u32| &r.strengths[i as usize];
    let entity = |i: u32| EntityRef::new(EntityKind::DeployedStrength, strength_key(strength(i)));
    // Each distinct mission is looked up once; its records are in date order, so records
    // of the same date are adjacent.
    for (mission, records) in &index.strengths_by_mission {
        if !ck.exists(EntityKind::Mission, mission.as_str()) {
            for &i in records {
                ck.check_ref(&entity(i), "mission", EntityKind::Mission, mission.as_str());
            }
            continue;
        }
        // A mission id used by several missions is reported as a duplicate; its records
        // are not checked against any one of their periods (as for contributions).
        let ambiguous = index.missions.repeated.iter().any(|(id, _)| id == mission);
        if let Some(m) = index.missions.get(mission).filter(|_| !ambiguous) {
            let period = r.missions[m].period;
            for &i in records {
                if !strength(i).is_dated_within(period) {
                    ck.push(
                        &entity(i),
                        "date",
                        ProblemKind::OutsideMissionPeriod {
                            date: strength(i).date,
                            period,
                        },
                    );
                }
            }
        }
        for same in records.chunk_by(|&a, &b| strength(a).date == strength(b).date) {
            if same.len() > 1 {
                ck.push(
                    &entity(same[0]),
                    "date",
                    ProblemKind::DuplicateStrength { count: same.len() },
                );
            }
        }
    }
    for (i, s) in unknown_sources(ck, &r.strengths, |x| x.source.as_ref()) {
        let e = EntityRef::new(EntityKind::DeployedStrength, strength_key(&r.strengths[i]));
        ck.push(&e, "source", unknown_source(s));
    }
}

fn presences(ck: &mut Checker<'_>, r: &Records) {
    let index = ck.index;
    let presence = |i: u32| &r.presences[i as usize];
    let entity = |i: u32| EntityRef::new(EntityKind::Presence, presence_key(presence(i)));
    // Each distinct mission is looked up once; its records are in (year, contributor)
    // order, so records of the same year and contributor are adjacent.
    for (mission, records) in &index.presences_by_mission {
        if !ck.exists(EntityKind::Mission, mission.as_str()) {
            for &i in records {
                ck.check_ref(&entity(i), "mission", EntityKind::Mission, mission.as_str());
            }
        } else if !index.missions.repeated.iter().any(|(id, _)| id == mission)
            && let Some(m) = index.missions.get(mission)
        {
            // A mission id used by several missions is reported as a duplicate; its
            // records are not checked against any one of their periods.
            let period = r.missions[m].period;
            let first = period.start().year();
            let last = period.end().map(|e| e.year());
            for &i in records {
                let year = presence(i).year;
                if year < first || last.is_some_and(|last| year > last) {
                    ck.push(
                        &entity(i),
                        "year",
                        ProblemKind::YearOutsideMissionPeriod { year, period },
                    );
                }
            }
        }
        let same_year = |a: &u32, b: &u32| {
            let (a, b) = (presence(*a), presence(*b));
            a.year == b.year && a.contributor == b.contributor
        };
        for group in records.chunk_by(same_year) {
            // Within a year and contributor, the records of each source.
            let mut counted: Vec<(Option<&SourceId>, usize, u32)> = Vec::new();
            for &i in group {
                let source = presence(i).source.as_ref();
                match counted.iter_mut().find(|(s, _, _)| *s == source) {
                    Some((_, count, _)) => *count += 1,
                    None => counted.push((source, 1, i)),
                }
            }
            for (_, count, first) in counted {
                if count > 1 {
                    ck.push(
                        &entity(first),
                        "year",
                        ProblemKind::DuplicatePresence { count },
                    );
                }
            }
        }
    }
    let mut last: Option<(&ActorId, bool)> = None;
    for p in &r.presences {
        let known = match last {
            Some((id, known)) if id == &p.contributor => known,
            _ => ck.exists(EntityKind::Actor, p.contributor.as_str()),
        };
        last = Some((&p.contributor, known));
        let e = || EntityRef::new(EntityKind::Presence, presence_key(p));
        if !known {
            ck.check_ref(
                &e(),
                "contributor",
                EntityKind::Actor,
                p.contributor.as_str(),
            );
        }
        if let Some(value) = p.personnel.filter(|x| !x.is_finite() || *x < 0.0) {
            ck.push(&e(), "personnel", ProblemKind::InvalidAmount { value });
        }
    }
    for (i, s) in unknown_sources(ck, &r.presences, |x| x.source.as_ref()) {
        let e = EntityRef::new(EntityKind::Presence, presence_key(&r.presences[i]));
        ck.push(&e, "source", unknown_source(s));
    }
}
