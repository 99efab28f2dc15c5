//! Lookup tables over a dataset's records, built once.
//!
//! Building never fails and never panics, whatever the records hold (duplicates, dangling
//! references): validation reads the same tables to find those problems.

use std::collections::HashMap;
use std::hash::Hash;

use super::Records;
use crate::{ActorId, CountryCode, Date, MissionId};

/// Maps each id to the position of its first record, and counts repeated ids.
#[derive(Debug, Clone)]
pub(crate) struct IdMap<K> {
    pub(crate) first: HashMap<K, u32>,
    /// Ids used by more than one record, with their number of records.
    pub(crate) repeated: Vec<(K, usize)>,
}

impl<K: Hash + Eq + Clone> IdMap<K> {
    fn new<'a>(ids: impl Iterator<Item = &'a K>) -> Self
    where
        K: 'a,
    {
        let mut first = HashMap::new();
        let mut counts: HashMap<K, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if first.contains_key(id) {
                *counts.entry(id.clone()).or_insert(1) += 1;
            } else {
                first.insert(id.clone(), position(i));
            }
        }
        IdMap {
            first,
            repeated: counts.into_iter().collect(),
        }
    }

    pub(crate) fn get(&self, id: &K) -> Option<usize> {
        self.first.get(id).map(|&i| i as usize)
    }
}

/// A record position as stored in the tables. Datasets hold fewer than 2^32 records of a
/// kind (a `Vec` of 2^32 contributions would need hundreds of gigabytes).
fn position(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One personnel report in the sorted personnel table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PersonnelKey {
    pub(crate) mission: u32,
    pub(crate) date: Date,
    pub(crate) contributor: u32,
    pub(crate) record: u32,
}

/// Contributions indexed by dense contributor and mission numbers.
#[derive(Debug, Clone, Default)]
pub(crate) struct ContributionIndex {
    pub(crate) contributor_numbers: HashMap<ActorId, u32>,
    pub(crate) mission_numbers: HashMap<MissionId, u32>,
    /// The mission id of each mission number.
    pub(crate) mission_ids: Vec<MissionId>,
    /// The contributor id of each contributor number.
    pub(crate) contributor_ids: Vec<ActorId>,
    /// The contributions of each contributor, in date order.
    pub(crate) by_contributor: Vec<Vec<u32>>,
    /// Personnel reports sorted by mission, date, contributor.
    pub(crate) personnel: Vec<PersonnelKey>,
    /// For each mission number, its range in `personnel`.
    pub(crate) mission_ranges: Vec<(u32, u32)>,
    /// For each contributor number, the mission numbers it ever reported personnel to.
    pub(crate) contributor_missions: Vec<Vec<u32>>,
}

fn number<K: Hash + Eq + Clone>(map: &mut HashMap<K, u32>, ids: &mut Vec<K>, key: &K) -> u32 {
    if let Some(&n) = map.get(key) {
        return n;
    }
    let n = position(ids.len());
    map.insert(key.clone(), n);
    ids.push(key.clone());
    n
}

impl ContributionIndex {
    fn new(records: &Records) -> Self {
        let mut ix = ContributionIndex::default();
        let contributions = &records.contributions;
        // Consecutive records often name the same mission or contributor (importers write
        // a report at a time): reuse the previous number instead of hashing the id again.
        let mut last_contributor: Option<(&ActorId, u32)> = None;
        let mut last_mission: Option<(&MissionId, u32)> = None;
        // The latest date of each contributor's records so far, and whether they came in
        // date order (the usual case: those lists need no sorting).
        let mut latest: Vec<(Date, bool)> = Vec::new();
        // The personnel reports of each mission number, in record order.
        let mut by_mission: Vec<Vec<PersonnelKey>> = Vec::new();
        for (i, c) in contributions.iter().enumerate() {
            let cn = match last_contributor {
                Some((id, n)) if *id == c.contributor => n,
                _ => number(
                    &mut ix.contributor_numbers,
                    &mut ix.contributor_ids,
                    &c.contributor,
                ),
            };
            last_contributor = Some((&c.contributor, cn));
            let mn = match last_mission {
                Some((id, n)) if *id == c.mission => n,
                _ => number(&mut ix.mission_numbers, &mut ix.mission_ids, &c.mission),
            };
            last_mission = Some((&c.mission, mn));
            if cn as usize == ix.by_contributor.len() {
                ix.by_contributor.push(Vec::new());
                latest.push((c.date, true));
            }
            ix.by_contributor[cn as usize].push(position(i));
            let (latest_date, in_order) = &mut latest[cn as usize];
            *in_order &= *latest_date <= c.date;
            *latest_date = c.date;
            if c.what.personnel().is_some() {
                if by_mission.len() <= mn as usize {
                    by_mission.resize_with(mn as usize + 1, Vec::new);
                }
                by_mission[mn as usize].push(PersonnelKey {
                    mission: mn,
                    date: c.date,
                    contributor: cn,
                    record: position(i),
                });
            }
        }
        for (list, &(_, in_order)) in ix.by_contributor.iter_mut().zip(&latest) {
            if !in_order {
                list.sort_by_cached_key(|&i| contributions[i as usize].date);
            }
        }

        // The personnel table: mission by mission, each mission's reports sorted by date
        // and contributor (a stable sort: equal keys keep record order, which gives the
        // table's full order).
        by_mission.resize_with(ix.mission_ids.len(), Vec::new);
        ix.personnel = Vec::with_capacity(by_mission.iter().map(Vec::len).sum());
        ix.contributor_missions = vec![Vec::new(); ix.contributor_ids.len()];
        for (mission, mut reports) in by_mission.into_iter().enumerate() {
            reports.sort_by_key(|k| (k.date, k.contributor));
            let mission = position(mission);
            for k in &reports {
                let missions = &mut ix.contributor_missions[k.contributor as usize];
                if missions.last() != Some(&mission) {
                    missions.push(mission);
                }
            }
            let start = position(ix.personnel.len());
            ix.personnel.extend(reports);
            ix.mission_ranges
                .push((start, position(ix.personnel.len())));
        }
        ix
    }

    /// The personnel reports of a mission in its latest report on or before `date`:
    /// the reporting date and the reports, sorted by contributor number.
    pub(crate) fn latest_report(
        &self,
        mission: u32,
        date: Date,
    ) -> Option<(Date, &[PersonnelKey])> {
        let &(start, end) = self.mission_ranges.get(mission as usize)?;
        let reports = &self.personnel[start as usize..end as usize];
        let upto = reports.partition_point(|k| k.date <= date);
        let reported = reports[..upto].last()?.date;
        let from = reports[..upto].partition_point(|k| k.date < reported);
        Some((reported, &reports[from..upto]))
    }
}

/// Positions of records grouped by a key, each group sorted by `order` (a stable sort:
/// records with equal `order` keep their record order).
fn sorted_groups<K: Hash + Eq, O: Ord>(
    keys: impl Iterator<Item = (usize, K, O)>,
) -> HashMap<K, Vec<u32>> {
    let mut map: HashMap<K, Vec<(O, u32)>> = HashMap::new();
    for (i, key, order) in keys {
        map.entry(key).or_default().push((order, position(i)));
    }
    map.into_iter()
        .map(|(key, mut list)| {
            list.sort_by(|a, b| a.0.cmp(&b.0));
            (key, list.into_iter().map(|(_, i)| i).collect())
        })
        .collect()
}

/// Fatalities by mission and by nationality, and all of them, each list in date order.
#[derive(Debug, Clone, Default)]
pub(crate) struct FatalityIndex {
    pub(crate) by_mission: HashMap<MissionId, Vec<u32>>,
    pub(crate) by_nationality: HashMap<CountryCode, Vec<u32>>,
    pub(crate) by_date: Vec<u32>,
}

impl FatalityIndex {
    fn new(records: &Records) -> Self {
        let list = &records.fatalities;
        let mut by_date: Vec<u32> = (0..list.len()).map(position).collect();
        by_date.sort_by_key(|&i| list[i as usize].date);
        FatalityIndex {
            by_mission: sorted_groups(
                list.iter()
                    .enumerate()
                    .map(|(i, f)| (i, f.mission.clone(), f.date)),
            ),
            by_nationality: sorted_groups(
                list.iter()
                    .enumerate()
                    .filter_map(|(i, f)| Some((i, f.nationality?, f.date))),
            ),
            by_date,
        }
    }
}

/// Every lookup table of a dataset.
#[derive(Debug, Clone)]
pub(crate) struct Index {
    pub(crate) sources: IdMap<crate::SourceId>,
    pub(crate) actors: IdMap<ActorId>,
    pub(crate) missions: IdMap<MissionId>,
    pub(crate) partnerships: IdMap<crate::PartnershipId>,
    pub(crate) trainings: IdMap<crate::TrainingId>,
    pub(crate) frictions: IdMap<crate::FrictionId>,
    pub(crate) lessons: IdMap<crate::LessonId>,
    pub(crate) gender_targets: IdMap<crate::TargetId>,
    pub(crate) fatality_ids: IdMap<String>,
    pub(crate) memberships_by_organization: HashMap<ActorId, Vec<u32>>,
    pub(crate) memberships_by_member: HashMap<ActorId, Vec<u32>>,
    pub(crate) partnerships_by_actor: HashMap<ActorId, Vec<u32>>,
    pub(crate) trainings_by_actor: HashMap<ActorId, Vec<u32>>,
    pub(crate) contributions: ContributionIndex,
    pub(crate) fatalities: FatalityIndex,
    /// The battle-deaths records of each territory, in year order (records of the same
    /// year, which validation reports, in record order).
    pub(crate) battle_deaths_by_territory: HashMap<CountryCode, Vec<u32>>,
    /// The strength records of each mission, in date order (records of the same date,
    /// which validation reports, in record order).
    pub(crate) strengths_by_mission: HashMap<MissionId, Vec<u32>>,
    /// The presence records of each mission, in year order, then by contributor (records
    /// of the same year and contributor, from different sources or repeated, in record
    /// order).
    pub(crate) presences_by_mission: HashMap<MissionId, Vec<u32>>,
}

fn group<'a>(keys: impl Iterator<Item = (usize, &'a ActorId)>) -> HashMap<ActorId, Vec<u32>> {
    let mut map: HashMap<ActorId, Vec<u32>> = HashMap::new();
    for (i, key) in keys {
        let list = map.entry(key.clone()).or_default();
        // A record listing the same actor twice is indexed once.
        if list.last() != Some(&position(i)) {
            list.push(position(i));
        }
    }
    map
}

impl Index {
    pub(crate) fn new(r: &Records) -> Self {
        Index {
            sources: IdMap::new(r.sources.iter().map(|x| &x.id)),
            actors: IdMap::new(r.actors.iter().map(|x| &x.id)),
            missions: IdMap::new(r.missions.iter().map(|x| &x.id)),
            partnerships: IdMap::new(r.partnerships.iter().map(|x| &x.id)),
            trainings: IdMap::new(r.trainings.iter().map(|x| &x.id)),
            frictions: IdMap::new(r.frictions.iter().map(|x| &x.id)),
            lessons: IdMap::new(r.lessons.iter().map(|x| &x.id)),
            gender_targets: IdMap::new(r.gender_targets.iter().map(|x| &x.id)),
            fatality_ids: IdMap::new(r.fatalities.iter().map(|x| &x.id)),
            memberships_by_organization: group(
                r.memberships
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (i, &m.organization)),
            ),
            memberships_by_member: group(
                r.memberships
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (i, &m.member)),
            ),
            partnerships_by_actor: group(
                r.partnerships
                    .iter()
                    .enumerate()
                    .flat_map(|(i, p)| p.parties.iter().map(move |party| (i, &party.actor))),
            ),
            trainings_by_actor: group(
                r.trainings
                    .iter()
                    .enumerate()
                    .flat_map(|(i, t)| t.actors().map(move |a| (i, a))),
            ),
            contributions: ContributionIndex::new(r),
            fatalities: FatalityIndex::new(r),
            battle_deaths_by_territory: sorted_groups(
                r.battle_deaths
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (i, x.territory, x.year)),
            ),
            strengths_by_mission: sorted_groups(
                r.strengths
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (i, x.mission.clone(), x.date)),
            ),
            presences_by_mission: sorted_groups(
                r.presences
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (i, x.mission.clone(), (x.year, x.contributor.clone()))),
            ),
        }
    }
}
