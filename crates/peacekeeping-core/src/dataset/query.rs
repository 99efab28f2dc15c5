//! The questions a [`Dataset`] answers.
//!
//! Lookups take ids as text (`"AU"`, `"MINUSMA"`), so `data.members_on("AU", date)`
//! reads as it should; a reference to an [`ActorId`] or [`MissionId`] works too, since
//! ids dereference to `str`.

use std::collections::HashMap;

use super::Dataset;
use super::index::PersonnelKey;
use crate::{
    Actor, ActorId, Contribution, CooperationDomain, Date, Friction, Lesson, Membership, Mission,
    MissionId, Partnership, PartnershipKind, Period, Personnel, Source, Training,
};

/// One contributor's personnel in one mission, as of the mission's latest report on or
/// before a date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Deployment<'a> {
    /// The contributor.
    pub contributor: &'a ActorId,
    /// The mission.
    pub mission: &'a MissionId,
    /// The date of the report the figure comes from.
    pub reported: Date,
    /// The personnel reported.
    pub personnel: &'a Personnel,
}

impl Dataset {
    /// The source with this id.
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index
            .sources
            .first
            .get(id)
            .map(|&i| &self.records.sources[i as usize])
    }

    /// The actor with this id.
    #[must_use]
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.index
            .actors
            .first
            .get(id)
            .map(|&i| &self.records.actors[i as usize])
    }

    /// The mission with this id.
    #[must_use]
    pub fn mission(&self, id: &str) -> Option<&Mission> {
        self.index
            .missions
            .first
            .get(id)
            .map(|&i| &self.records.missions[i as usize])
    }

    /// The partnership with this id.
    #[must_use]
    pub fn partnership(&self, id: &str) -> Option<&Partnership> {
        self.index
            .partnerships
            .first
            .get(id)
            .map(|&i| &self.records.partnerships[i as usize])
    }

    /// The training with this id.
    #[must_use]
    pub fn training(&self, id: &str) -> Option<&Training> {
        self.index
            .trainings
            .first
            .get(id)
            .map(|&i| &self.records.trainings[i as usize])
    }

    /// The friction with this id.
    #[must_use]
    pub fn friction(&self, id: &str) -> Option<&Friction> {
        self.index
            .frictions
            .first
            .get(id)
            .map(|&i| &self.records.frictions[i as usize])
    }

    /// The lesson with this id.
    #[must_use]
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.index
            .lessons
            .first
            .get(id)
            .map(|&i| &self.records.lessons[i as usize])
    }

    /// The actor with this id, name or alias (ignoring ASCII case): `"DR Congo"` finds
    /// the actor that lists it as an alias.
    #[must_use]
    pub fn actor_named(&self, name: &str) -> Option<&Actor> {
        self.actor(name.trim())
            .or_else(|| self.records.actors.iter().find(|a| a.is_called(name)))
    }

    /// The mission with this id, acronym, name or alias (ignoring ASCII case): `"ONUCI"`
    /// finds UNOCI when listed as an alias.
    #[must_use]
    pub fn mission_named(&self, name: &str) -> Option<&Mission> {
        self.mission(name.trim())
            .or_else(|| self.records.missions.iter().find(|m| m.is_called(name)))
    }

    /// The missions active on `date`, in insertion order.
    pub fn missions_active_on(&self, date: Date) -> impl Iterator<Item = &Mission> {
        self.records
            .missions
            .iter()
            .filter(move |m| m.is_active_on(date))
    }

    /// The missions that list `mission` among their predecessors: ATMIS for AMISOM.
    pub fn successors_of<'a>(
        &'a self,
        mission: &str,
    ) -> impl Iterator<Item = &'a Mission> + use<'a> {
        let wanted = mission.to_owned();
        self.records
            .missions
            .iter()
            .filter(move |m| m.predecessors.iter().any(|p| p.as_str() == wanted))
    }

    fn memberships_at<'s>(
        &'s self,
        positions: Option<&'s Vec<u32>>,
    ) -> impl Iterator<Item = &'s Membership> + 's {
        positions
            .into_iter()
            .flatten()
            .map(|&i| &self.records.memberships[i as usize])
    }

    /// Every membership record of `organization` that holds on `date`, whatever its
    /// status (full, associate, observer, suspended).
    pub fn memberships_on<'a>(
        &'a self,
        organization: &str,
        date: Date,
    ) -> impl Iterator<Item = &'a Membership> + use<'a> {
        self.memberships_at(self.index.memberships_by_organization.get(organization))
            .filter(move |m| m.holds_on(date))
    }

    /// The members of `organization` on `date`: full and associate members, not observers
    /// or suspended members (use [`memberships_on`](Dataset::memberships_on) for those).
    pub fn members_on<'a>(
        &'a self,
        organization: &str,
        date: Date,
    ) -> impl Iterator<Item = &'a ActorId> + use<'a> {
        self.memberships_on(organization, date)
            .filter(|m| m.status.is_member())
            .map(|m| &m.member)
    }

    /// The memberships of `actor` that overlap `period`.
    pub fn memberships_of<'a>(
        &'a self,
        actor: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Membership> + use<'a> {
        self.memberships_at(self.index.memberships_by_member.get(actor))
            .filter(move |m| m.period.overlaps(&period))
    }

    /// The partnerships `actor` is a party to that overlap `period`.
    pub fn partnerships_of<'a>(
        &'a self,
        actor: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Partnership> + use<'a> {
        self.index
            .partnerships_by_actor
            .get(actor)
            .into_iter()
            .flatten()
            .map(|&i| &self.records.partnerships[i as usize])
            .filter(move |p| p.period.overlaps(&period))
    }

    /// The trainings `actor` organized or took part in that overlap `period`.
    pub fn trainings_of<'a>(
        &'a self,
        actor: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Training> + use<'a> {
        self.index
            .trainings_by_actor
            .get(actor)
            .into_iter()
            .flatten()
            .map(|&i| &self.records.trainings[i as usize])
            .filter(move |t| t.period.overlaps(&period))
    }

    /// The contributions of `actor` dated within `period`, in date order.
    pub fn contributions_of<'a>(
        &'a self,
        actor: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Contribution> + use<'a> {
        let cx = &self.index.contributions;
        let list: &[u32] = cx
            .contributor_numbers
            .get(actor)
            .map_or(&[], |&n| &cx.by_contributor[n as usize]);
        let records = &self.records.contributions;
        let from = list.partition_point(|&i| records[i as usize].date < period.start());
        list[from..]
            .iter()
            .map(move |&i| &records[i as usize])
            .take_while(move |c| period.contains(c.date))
    }

    /// The partnerships of a kind.
    pub fn partnerships_of_kind(
        &self,
        kind: PartnershipKind,
    ) -> impl Iterator<Item = &Partnership> {
        self.records
            .partnerships
            .iter()
            .filter(move |p| p.kind == kind)
    }

    /// The partnerships that cooperate in `domain`.
    pub fn partnerships_in_domain(
        &self,
        domain: CooperationDomain,
    ) -> impl Iterator<Item = &Partnership> {
        self.records
            .partnerships
            .iter()
            .filter(move |p| p.domains.contains(&domain))
    }

    /// The frictions recorded in `partnership`.
    pub fn frictions_in<'a>(
        &'a self,
        partnership: &str,
    ) -> impl Iterator<Item = &'a Friction> + use<'a> {
        let wanted = partnership.to_owned();
        self.records
            .frictions
            .iter()
            .filter(move |f| f.partnership.as_str() == wanted)
    }

    fn deployments_from<'s>(
        &'s self,
        reported: Date,
        keys: &'s [PersonnelKey],
    ) -> impl Iterator<Item = Deployment<'s>> + 's {
        keys.iter().filter_map(move |k| {
            let c = &self.records.contributions[k.record as usize];
            let personnel = c.what.personnel()?;
            // A report of nobody closes a deployment; it is not one.
            if personnel.total() == 0 {
                return None;
            }
            Some(Deployment {
                contributor: &c.contributor,
                mission: &c.mission,
                reported,
                personnel,
            })
        })
    }

    /// The latest personnel report of mission number `n` on or before `date`, if the
    /// mission is active on `date`.
    fn mission_report(&self, n: u32, date: Date) -> Option<(Date, &[PersonnelKey])> {
        let cx = &self.index.contributions;
        let id = cx.mission_ids.get(n as usize)?;
        if !self.mission(id).is_some_and(|m| m.is_active_on(date)) {
            return None;
        }
        cx.latest_report(n, date)
    }

    /// Who had how many personnel in `mission` on `date`, by contributor (sorted by
    /// contributor id).
    ///
    /// Figures come from the mission's **latest personnel report on or before `date`**: the
    /// UN reports every contributor of a mission each month, so a contributor missing from
    /// that report had no one there (it withdrew). A report of zero personnel says the
    /// same explicitly: it is the mission's latest report, and gives no deployment (this
    /// is how a mission whose report lists nobody, after its troops left, is recorded).
    /// Nothing is returned if the mission is not active on `date` or has no report yet.
    #[must_use]
    pub fn deployments_in(&self, mission: &str, date: Date) -> Vec<Deployment<'_>> {
        let cx = &self.index.contributions;
        let Some(&n) = cx.mission_numbers.get(mission) else {
            return Vec::new();
        };
        let mut rows: Vec<_> = self
            .mission_report(n, date)
            .map(|(reported, keys)| self.deployments_from(reported, keys).collect())
            .unwrap_or_default();
        rows.sort_by(|a: &Deployment<'_>, b| a.contributor.cmp(b.contributor));
        rows
    }

    /// Where `contributor` had personnel on `date`, by mission (sorted by mission id),
    /// with the same "latest report" rule as [`deployments_in`](Dataset::deployments_in).
    #[must_use]
    pub fn deployments_of(&self, contributor: &str, date: Date) -> Vec<Deployment<'_>> {
        let cx = &self.index.contributions;
        let Some(&c) = cx.contributor_numbers.get(contributor) else {
            return Vec::new();
        };
        let mut rows = Vec::new();
        for &m in &cx.contributor_missions[c as usize] {
            if let Some((reported, keys)) = self.mission_report(m, date) {
                if let Ok(at) = keys.binary_search_by_key(&c, |k| k.contributor) {
                    rows.extend(self.deployments_from(reported, &keys[at..=at]));
                }
            }
        }
        rows.sort_by(|a, b| a.mission.cmp(b.mission));
        rows
    }

    /// Every contributor's personnel in every mission active on `date`, with the same
    /// "latest report" rule as [`deployments_in`](Dataset::deployments_in).
    pub fn deployments_on(&self, date: Date) -> impl Iterator<Item = Deployment<'_>> {
        let missions = self.index.contributions.mission_ids.len() as u32;
        (0..missions)
            .filter_map(move |n| self.mission_report(n, date))
            .flat_map(move |(reported, keys)| self.deployments_from(reported, keys))
    }

    /// Each contributor's personnel across all missions on `date`, largest total first
    /// (ties by id): the UN's ranking of contributors.
    #[must_use]
    pub fn personnel_by_contributor_on(&self, date: Date) -> Vec<(&ActorId, Personnel)> {
        let mut totals: HashMap<&ActorId, Personnel> = HashMap::new();
        for d in self.deployments_on(date) {
            *totals.entry(d.contributor).or_default() += *d.personnel;
        }
        ranked(totals)
    }

    /// Each active mission's personnel on `date`, largest total first (ties by id).
    #[must_use]
    pub fn personnel_by_mission_on(&self, date: Date) -> Vec<(&MissionId, Personnel)> {
        let mut totals: HashMap<&MissionId, Personnel> = HashMap::new();
        for d in self.deployments_on(date) {
            *totals.entry(d.mission).or_default() += *d.personnel;
        }
        ranked(totals)
    }
}

fn ranked<K: Ord>(totals: HashMap<K, Personnel>) -> Vec<(K, Personnel)> {
    let mut rows: Vec<_> = totals.into_iter().collect();
    rows.sort_by(|a, b| b.1.total().cmp(&a.1.total()).then_with(|| a.0.cmp(&b.0)));
    rows
}
