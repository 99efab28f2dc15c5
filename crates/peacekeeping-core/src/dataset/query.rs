//! The questions a [`Dataset`] answers.
//!
//! Lookups take ids as text (`"AU"`, `"MINUSMA"`), so `data.members_on("AU", date)`
//! reads as it should; a reference to an [`ActorId`] or [`MissionId`] works too, since
//! ids dereference to `str`.

use std::collections::HashMap;
use std::ops::{Bound, RangeBounds};

use super::Dataset;
use super::index::PersonnelKey;
use crate::{
    Actor, ActorId, AuthorizedStrength, BattleDeaths, Contribution, CooperationDomain, CountryCode,
    Date, DeployedStrength, Fatality, FatalityCause, Friction, GenderTarget, Lesson, Membership,
    Mission, MissionId, Participation, Partnership, PartnershipKind, Period, Personnel, Presence,
    Source, Training,
};

/// The days in a year of person-years: the mean length of a Gregorian-Julian year, as
/// demographers count person-years from person-days.
const DAYS_PER_YEAR: f64 = 365.25;

/// The records at `positions` (sorted by date) dated within `period`, in that order.
fn dated_within<'a, T>(
    records: &'a [T],
    positions: &'a [u32],
    date_of: fn(&T) -> Date,
    period: Period,
) -> impl Iterator<Item = &'a T> + use<'a, T> {
    let from = positions.partition_point(|&i| date_of(&records[i as usize]) < period.start());
    positions[from..]
        .iter()
        .map(move |&i| &records[i as usize])
        .take_while(move |x| period.contains(date_of(x)))
}

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

    /// The target for the share of women with this id.
    #[must_use]
    pub fn gender_target(&self, id: &str) -> Option<&GenderTarget> {
        self.index
            .gender_targets
            .first
            .get(id)
            .map(|&i| &self.records.gender_targets[i as usize])
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
        dated_within(&self.records.contributions, list, |c| c.date, period)
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

    /// The partnerships that serve `mission` (it is among their
    /// [`missions`](Partnership::missions)), in dataset order, whatever their period.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// let period = Period::since(Date::new(2009, 1, 16)?);
    /// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization))
    ///  .actor(Actor::new("UN".parse()?, "United Nations", ActorKind::UnitedNations))
    ///  .mission(Mission::new("AMISOM".parse()?, "AMISOM", MissionKind::RegionalOperation, period))
    ///  .partnership(Partnership::new("p".parse()?, "AU-UN", PartnershipKind::UnRegional, period)
    ///     .with_party(Party::new("AU".parse()?, PartyRole::Lead))
    ///     .with_party(Party::new("UN".parse()?, PartyRole::Supporting))
    ///     .with_mission("AMISOM".parse()?));
    /// let data = b.build()?;
    /// assert_eq!(data.partnerships_serving("AMISOM").count(), 1);
    /// assert_eq!(data.partnerships_serving("UNMIK").count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn partnerships_serving<'a>(
        &'a self,
        mission: &str,
    ) -> impl Iterator<Item = &'a Partnership> + use<'a> {
        let wanted = mission.to_owned();
        self.records
            .partnerships
            .iter()
            .filter(move |p| p.missions.iter().any(|m| m.as_str() == wanted))
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

    /// The lessons about `partnership`: those linked to it, and those linked to one of
    /// its missions (a lesson of the operation concerns the partnerships serving it), in
    /// dataset order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// let period = Period::since(Date::new(2009, 1, 16)?);
    /// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization))
    ///  .actor(Actor::new("UN".parse()?, "United Nations", ActorKind::UnitedNations))
    ///  .mission(Mission::new("AMISOM".parse()?, "AMISOM", MissionKind::RegionalOperation, period))
    ///  .partnership(Partnership::new("p".parse()?, "AU-UN", PartnershipKind::UnRegional, period)
    ///     .with_party(Party::new("AU".parse()?, PartyRole::Lead))
    ///     .with_party(Party::new("UN".parse()?, PartyRole::Supporting))
    ///     .with_mission("AMISOM".parse()?))
    ///  .lesson(Lesson::new("l".parse()?, LessonKind::LessonLearned, "A lesson of the operation")
    ///     .with_mission("AMISOM".parse()?)
    ///     .drawn_on(Date::new(2018, 1, 1)?));
    /// let data = b.build()?;
    /// assert_eq!(data.lessons_of("p").count(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn lessons_of<'a>(
        &'a self,
        partnership: &str,
    ) -> impl Iterator<Item = &'a Lesson> + use<'a> {
        let missions: Vec<&MissionId> = self
            .partnership(partnership)
            .map(|p| p.missions.iter().collect())
            .unwrap_or_default();
        let wanted = partnership.to_owned();
        self.records.lessons.iter().filter(move |l| {
            l.partnerships.iter().any(|p| p.as_str() == wanted)
                || l.missions.iter().any(|m| missions.contains(&m))
        })
    }

    /// The lessons about a domain of cooperation (funding, logistics, ...), in dataset
    /// order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.lesson(Lesson::new("l".parse()?, LessonKind::LessonLearned, "Predictable funding")
    ///     .with_domain(CooperationDomain::Funding));
    /// let data = b.build()?;
    /// assert_eq!(data.lessons_about(CooperationDomain::Funding).count(), 1);
    /// assert_eq!(data.lessons_about(CooperationDomain::Logistics).count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn lessons_about(
        &self,
        domain: CooperationDomain,
    ) -> impl Iterator<Item = &Lesson> + use<'_> {
        self.records
            .lessons
            .iter()
            .filter(move |l| l.domains.contains(&domain))
    }

    /// The lessons drawn within `period` (their [`date`](Lesson::date) in it; undated
    /// lessons are left out), in dataset order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.lesson(Lesson::new("dated".parse()?, LessonKind::LessonLearned, "A lesson")
    ///     .drawn_on(Date::new(2017, 1, 11)?))
    ///  .lesson(Lesson::new("undated".parse()?, LessonKind::BestPractice, "Another"));
    /// let data = b.build()?;
    /// let y2017 = Period::between(Date::new(2017, 1, 1)?, Date::new(2017, 12, 31)?)?;
    /// let found: Vec<_> = data.lessons_over(y2017).map(|l| l.id.as_str()).collect();
    /// assert_eq!(found, ["dated"]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn lessons_over(&self, period: Period) -> impl Iterator<Item = &Lesson> + use<'_> {
        self.records
            .lessons
            .iter()
            .filter(move |l| l.date.is_some_and(|d| period.contains(d)))
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

/// The questions about outcomes: fatalities, battle deaths, and the strength they are set
/// against.
impl Dataset {
    /// The fatality with this id.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("UNTSO".parse()?, "United Nations Truce Supervision Organization",
    ///     MissionKind::UnPeacekeeping, Period::since(Date::new(1948, 5, 29)?)))
    ///  .fatality(Fatality::new("1", "UNTSO".parse()?, Date::new(1948, 7, 6)?,
    ///     StaffCategory::Military, FatalityCause::MaliciousAct));
    /// let data = b.build()?;
    /// assert_eq!(data.fatality("1").map(|f| f.date), Some(Date::new(1948, 7, 6)?));
    /// assert!(data.fatality("2").is_none());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn fatality(&self, id: &str) -> Option<&Fatality> {
        self.index
            .fatality_ids
            .first
            .get(id)
            .map(|&i| &self.records.fatalities[i as usize])
    }

    /// The fatalities of `mission`'s personnel dated within `period`, in date order
    /// (records of the same day in insertion order).
    ///
    /// To count by cause or category, filter: malicious acts are
    /// `.filter(|f| f.is_malicious())`, uniformed personnel
    /// `.filter(|f| f.category.is_uniformed())`.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::between(Date::new(2013, 7, 1)?, Date::new(2023, 12, 31)?)?));
    /// // Synthetic records.
    /// for (id, date, cause) in [("a", (2014, 5, 2), FatalityCause::MaliciousAct),
    ///                           ("b", (2014, 1, 9), FatalityCause::Illness),
    ///                           ("c", (2016, 3, 1), FatalityCause::MaliciousAct)] {
    ///     b.fatality(Fatality::new(id, "m".parse()?, Date::new(date.0, date.1, date.2)?,
    ///         StaffCategory::Military, cause));
    /// }
    /// let data = b.build()?;
    /// let in_2014 = Period::between(Date::new(2014, 1, 1)?, Date::new(2014, 12, 31)?)?;
    /// let ids: Vec<_> = data.fatalities_in("m", in_2014).map(|f| f.id.as_str()).collect();
    /// assert_eq!(ids, ["b", "a"]);
    /// assert_eq!(data.fatalities_in("m", in_2014).filter(|f| f.is_malicious()).count(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatalities_in<'a>(
        &'a self,
        mission: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Fatality> + use<'a> {
        let list: &[u32] = self
            .index
            .fatalities
            .by_mission
            .get(mission)
            .map_or(&[], Vec::as_slice);
        dated_within(&self.records.fatalities, list, |f| f.date, period)
    }

    /// The fatalities of personnel of `nationality` (an ISO 3166 alpha-3 code, `"IND"`)
    /// dated within `period`, in every mission, in date order. Records without a
    /// nationality are in no country's list.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?)));
    /// // Synthetic records.
    /// b.fatality(Fatality::new("a", "m".parse()?, Date::new(2001, 1, 1)?,
    ///     StaffCategory::Police, FatalityCause::Accident).with_nationality("IND".parse()?));
    /// b.fatality(Fatality::new("b", "m".parse()?, Date::new(2001, 2, 1)?,
    ///     StaffCategory::Police, FatalityCause::Accident));
    /// let data = b.build()?;
    /// let all_time = Period::since(Date::new(1948, 1, 1)?);
    /// assert_eq!(data.fatalities_of("IND", all_time).count(), 1);
    /// assert_eq!(data.fatalities_of("NPL", all_time).count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatalities_of<'a>(
        &'a self,
        nationality: &str,
        period: Period,
    ) -> impl Iterator<Item = &'a Fatality> + use<'a> {
        let list: &[u32] = CountryCode::new(nationality.trim())
            .ok()
            .and_then(|c| self.index.fatalities.by_nationality.get(&c))
            .map_or(&[], Vec::as_slice);
        dated_within(&self.records.fatalities, list, |f| f.date, period)
    }

    /// Every fatality dated within `period`, in every mission, in date order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?)));
    /// // Synthetic records.
    /// b.fatality(Fatality::new("a", "m".parse()?, Date::new(2002, 6, 1)?,
    ///     StaffCategory::Military, FatalityCause::Accident));
    /// b.fatality(Fatality::new("b", "m".parse()?, Date::new(2001, 6, 1)?,
    ///     StaffCategory::Military, FatalityCause::Illness));
    /// let data = b.build()?;
    /// let ids: Vec<_> = data.fatalities_during(Period::since(Date::new(2000, 1, 1)?)).map(|f| f.id.as_str()).collect();
    /// assert_eq!(ids, ["b", "a"]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatalities_during(&self, period: Period) -> impl Iterator<Item = &Fatality> {
        dated_within(
            &self.records.fatalities,
            &self.index.fatalities.by_date,
            |f| f.date,
            period,
        )
    }

    /// The fatalities of `cause` dated within `period`, in every mission, in date order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?)));
    /// // Synthetic records.
    /// b.fatality(Fatality::new("a", "m".parse()?, Date::new(2002, 6, 1)?,
    ///     StaffCategory::Military, FatalityCause::MaliciousAct));
    /// b.fatality(Fatality::new("b", "m".parse()?, Date::new(2001, 6, 1)?,
    ///     StaffCategory::Military, FatalityCause::Illness));
    /// let data = b.build()?;
    /// let all_time = Period::since(Date::new(2000, 1, 1)?);
    /// assert_eq!(data.fatalities_by_cause(FatalityCause::MaliciousAct, all_time).count(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatalities_by_cause(
        &self,
        cause: FatalityCause,
        period: Period,
    ) -> impl Iterator<Item = &Fatality> {
        self.fatalities_during(period)
            .filter(move |f| f.cause == cause)
    }

    /// The battle-deaths records of `territory` (an ISO 3166 alpha-3 code) in year order.
    fn battle_deaths_of(&self, territory: &str) -> &[u32] {
        CountryCode::new(territory.trim())
            .ok()
            .and_then(|c| self.index.battle_deaths_by_territory.get(&c))
            .map_or(&[], Vec::as_slice)
    }

    /// The battle deaths of `territory` (an ISO 3166 alpha-3 code, `"MLI"`) in `year`, if
    /// the dataset has a record of that year. A year of no fighting is a record of 0, so
    /// `None` means "not recorded", not "no deaths".
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// // Ukraine 2022 (UCDP GED 23.1): best estimate 81,497.
    /// b.battle_deaths(BattleDeaths::new("UKR".parse()?, 2022, 81_497));
    /// let data = b.build()?;
    /// assert_eq!(data.battle_deaths_in("UKR", 2022).map(BattleDeaths::level), Some(ConflictLevel::War));
    /// assert!(data.battle_deaths_in("UKR", 2023).is_none());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn battle_deaths_in(&self, territory: &str, year: i32) -> Option<&BattleDeaths> {
        let list = self.battle_deaths_of(territory);
        let records = &self.records.battle_deaths;
        let at = list.partition_point(|&i| records[i as usize].year < year);
        list.get(at)
            .map(|&i| &records[i as usize])
            .filter(|x| x.year == year)
    }

    /// The battle-deaths records of `territory` in `years` (any range: `2010..=2015`,
    /// `2013..`), in year order. Years without a record are skipped, not given as zero.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// // Synthetic figures.
    /// b.battle_deaths_records([(2012, 900), (2011, 0), (2013, 400), (2014, 30)]
    ///     .map(|(year, best)| BattleDeaths::new("MLI".parse().unwrap(), year, best)));
    /// let data = b.build()?;
    /// let years: Vec<_> = data.battle_deaths_over("MLI", 2011..=2013).map(|x| (x.year, x.best)).collect();
    /// assert_eq!(years, [(2011, 0), (2012, 900), (2013, 400)]);
    /// assert_eq!(data.battle_deaths_over("MLI", 2013..).map(|x| x.best).sum::<u32>(), 430);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn battle_deaths_over(
        &self,
        territory: &str,
        years: impl RangeBounds<i32>,
    ) -> impl Iterator<Item = &BattleDeaths> {
        let list = self.battle_deaths_of(territory);
        let records = &self.records.battle_deaths;
        let year = |i: &u32| records[*i as usize].year;
        let from = match years.start_bound() {
            Bound::Included(&y) => list.partition_point(|i| year(i) < y),
            Bound::Excluded(&y) => list.partition_point(|i| year(i) <= y),
            Bound::Unbounded => 0,
        };
        let to = match years.end_bound() {
            Bound::Included(&y) => list.partition_point(|i| year(i) <= y),
            Bound::Excluded(&y) => list.partition_point(|i| year(i) < y),
            Bound::Unbounded => list.len(),
        };
        list[from..to.max(from)]
            .iter()
            .map(move |&i| &records[i as usize])
    }

    /// The battle deaths of `mission`'s host countries in the years of its period (from
    /// the year it started to the year it ended, or every later year if it is ongoing):
    /// host by host in the mission's order, each in year order. Empty if the mission is
    /// unknown. For the years before and after, ask
    /// [`battle_deaths_over`](Dataset::battle_deaths_over) for each host.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::between(Date::new(2013, 7, 1)?, Date::new(2014, 6, 30)?)?)
    ///     .with_host("MLI".parse()?));
    /// // Synthetic figures.
    /// b.battle_deaths_records((2012..=2015).map(|year| BattleDeaths::new("MLI".parse().unwrap(), year, 100)));
    /// let data = b.build()?;
    /// let years: Vec<_> = data.host_battle_deaths("m").iter().map(|x| x.year).collect();
    /// assert_eq!(years, [2013, 2014]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn host_battle_deaths(&self, mission: &str) -> Vec<&BattleDeaths> {
        let Some(m) = self.mission(mission) else {
            return Vec::new();
        };
        let first = m.period.start().year();
        let last = m.period.end().map_or(i32::MAX, Date::year);
        m.hosts
            .iter()
            .flat_map(|host| self.battle_deaths_over(host.as_str(), first..=last))
            .collect()
    }

    /// The ceilings of `mission` in force during `period`: the one in force on its first
    /// day (set on or before it), then each one set during it, in date order; empty if
    /// the mission is unknown. See [`Mission::authorized_strength_over`].
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut minusma = Mission::new("MINUSMA".parse()?, "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    ///     MissionKind::UnPeacekeeping, Period::between(Date::new(2013, 7, 1)?, Date::new(2023, 12, 31)?)?);
    /// // Resolution 2100 (2013), from the transfer of authority on 1 July 2013: 11,200
    /// // military and 1,440 police; resolution 2295 (2016) raised them to 13,289 and 1,920.
    /// minusma.authorized_strength = vec![
    ///     AuthorizedStrength::new(Date::new(2013, 7, 1)?).military(11_200).police(1_440).set_by("S/RES/2100 (2013)"),
    ///     AuthorizedStrength::new(Date::new(2016, 6, 29)?).military(13_289).police(1_920).set_by("S/RES/2295 (2016)"),
    /// ];
    /// let mut b = Dataset::builder();
    /// b.mission(minusma);
    /// let data = b.build()?;
    /// let in_2016 = Period::between(Date::new(2016, 1, 1)?, Date::new(2016, 12, 31)?)?;
    /// let totals: Vec<_> = data.authorized_strength_over("MINUSMA", in_2016).iter().map(|c| c.total()).collect();
    /// assert_eq!(totals, [12_640, 15_209]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn authorized_strength_over(
        &self,
        mission: &str,
        period: Period,
    ) -> Vec<&AuthorizedStrength> {
        self.mission(mission)
            .map(|m| m.authorized_strength_over(period))
            .unwrap_or_default()
    }

    /// The reported strengths of `mission`, in date order; empty if it has none.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::RegionalOperation,
    ///     Period::since(Date::new(2007, 1, 19)?)));
    /// // Synthetic figures, added out of order.
    /// b.strength(DeployedStrength::new("m".parse()?, Date::new(2008, 12, 31)?, troops(2_650)))
    ///  .strength(DeployedStrength::new("m".parse()?, Date::new(2007, 12, 31)?, troops(1_792)));
    /// let data = b.build()?;
    /// let totals: Vec<_> = data.strengths_of("m").map(|s| (s.date.year(), s.total())).collect();
    /// assert_eq!(totals, [(2007, 1_792), (2008, 2_650)]);
    /// assert_eq!(data.strengths_of("other").count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn strengths_of<'a>(
        &'a self,
        mission: &str,
    ) -> impl Iterator<Item = &'a DeployedStrength> + use<'a> {
        self.strength_positions(mission)
            .iter()
            .map(|&i| &self.records.strengths[i as usize])
    }

    /// The presences of contributors in `mission`, in year order and, within a year, by
    /// contributor (records of the same year and contributor from several sources in
    /// insertion order); empty if it has none.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("NPL".parse()?, "Nepal")?)
    ///  .actor(Actor::state("BGD".parse()?, "Bangladesh")?)
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2013, 7, 1)?)));
    /// // Synthetic figures, added out of order.
    /// let at = |who: &str, year| -> Result<Presence, Error> {
    ///     Ok(Presence::new(who.parse()?, "m".parse()?, year))
    /// };
    /// b.presence(at("NPL", 2015)?).presence(at("NPL", 2014)?).presence(at("BGD", 2015)?);
    /// let data = b.build()?;
    /// let seen: Vec<_> = data.presences_of("m").map(|p| (p.year, p.contributor.as_str())).collect();
    /// assert_eq!(seen, [(2014, "NPL"), (2015, "BGD"), (2015, "NPL")]);
    /// assert_eq!(data.presences_of("other").count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn presences_of<'a>(
        &'a self,
        mission: &str,
    ) -> impl Iterator<Item = &'a Presence> + use<'a> {
        self.presence_positions(mission)
            .iter()
            .map(|&i| &self.records.presences[i as usize])
    }

    /// The presences of contributors in `mission` in `year`, by contributor; empty if
    /// there are none.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("NPL".parse()?, "Nepal")?)
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2013, 7, 1)?)));
    /// // Synthetic figures.
    /// b.presences((2013..=2016).map(|y| Presence::new("NPL".parse().unwrap(), "m".parse().unwrap(), y)
    ///     .with_personnel(100.0 * f64::from(y - 2012))));
    /// let data = b.build()?;
    /// let in_2015: Vec<_> = data.presences_in("m", 2015).map(|p| p.personnel).collect();
    /// assert_eq!(in_2015, [Some(300.0)]);
    /// assert_eq!(data.presences_in("m", 2020).count(), 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn presences_in<'a>(
        &'a self,
        mission: &str,
        year: i32,
    ) -> impl Iterator<Item = &'a Presence> + use<'a> {
        let all = self.presence_positions(mission);
        let records = &self.records.presences;
        let from = all.partition_point(|&i| records[i as usize].year < year);
        let to = all.partition_point(|&i| records[i as usize].year <= year);
        all[from..to.max(from)]
            .iter()
            .map(move |&i| &records[i as usize])
    }

    /// The participations in `mission`, by start, then contributor and component; empty
    /// if the mission is unknown or has none.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// let amisom = Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?;
    /// b.mission(Mission::new("AMISOM".parse()?, "African Union Mission in Somalia",
    ///     MissionKind::RegionalOperation, amisom));
    /// for (who, start) in [("BDI", Date::new(2007, 12, 23)?), ("UGA", Date::new(2007, 3, 6)?)] {
    ///     b.actor(Actor::state(who.parse()?, who)?);
    ///     b.participation(Participation::new(who.parse()?, "AMISOM".parse()?, Component::Military,
    ///         Period::between(start, amisom.end().unwrap())?));
    /// }
    /// let data = b.build()?;
    /// let order: Vec<_> = data.participations_in("AMISOM").map(|p| p.contributor.as_str()).collect();
    /// assert_eq!(order, ["UGA", "BDI"]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn participations_in<'a>(
        &'a self,
        mission: &str,
    ) -> impl Iterator<Item = &'a Participation> + use<'a> {
        let mut found: Vec<&Participation> = self
            .records
            .participations
            .iter()
            .filter(|p| p.mission.as_str() == mission)
            .collect();
        found.sort_by(|a, b| {
            (a.period.start(), &a.contributor, a.component).cmp(&(
                b.period.start(),
                &b.contributor,
                b.component,
            ))
        });
        found.into_iter()
    }

    /// The participations in `mission` that include `date`: who took part in it on that
    /// day, in each component, by start; empty if the mission is unknown or nobody's
    /// participation covers the day.
    ///
    /// See [`DatasetBuilder::participation`](crate::DatasetBuilder::participation) for an
    /// example.
    pub fn participants_on<'a>(
        &'a self,
        mission: &str,
        date: Date,
    ) -> impl Iterator<Item = &'a Participation> + use<'a> {
        self.participations_in(mission).filter(move |p| p.on(date))
    }

    /// The positions of `mission`'s presence records, in (year, contributor) order.
    fn presence_positions(&self, mission: &str) -> &[u32] {
        self.index
            .presences_by_mission
            .get(mission)
            .map_or(&[], Vec::as_slice)
    }

    /// The positions of `mission`'s strength records, in date order.
    fn strength_positions(&self, mission: &str) -> &[u32] {
        self.index
            .strengths_by_mission
            .get(mission)
            .map_or(&[], Vec::as_slice)
    }

    /// The personnel of `mission` over `period`, as the mission's reports give it: the
    /// report in force on the first day the mission is active in the period (its latest
    /// report on or before that day, which may be dated earlier), then each report dated
    /// in the period while the mission is active, each as its date and its personnel. A
    /// report of nobody is a step to zero. Empty if the mission is unknown or not active
    /// in the period.
    ///
    /// **Which reports.** If the dataset holds any strength record of the mission
    /// ([`strengths_of`](Dataset::strengths_of)), those are the reports, each giving its
    /// own figure; its contributors' reports are then not used at all. Otherwise the
    /// reports are its contributors' personnel reports, each date's summed over the
    /// contributors: the figures [`deployments_in`](Dataset::deployments_in) gives on
    /// each date. A strength record is the mission's own total, from a source that counts
    /// the whole mission; contributor reports are summed only where no such total exists,
    /// and the two are never mixed, since a dataset rarely holds every contributor of a
    /// mission whose total it has (and the steps would jump between the two counts).
    ///
    /// Set against [`Mission::authorized_strength_on`] these figures give the deployed
    /// share of the ceiling at each report:
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::new("x".parse()?, "Contributor X", ActorKind::PrivateSector))
    ///  .actor(Actor::new("y".parse()?, "Contributor Y", ActorKind::PrivateSector));
    /// let mut m = Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::between(Date::new(2013, 7, 1)?, Date::new(2014, 12, 31)?)?);
    /// m.authorized_strength = vec![AuthorizedStrength::new(Date::new(2013, 7, 1)?).military(1_000)];
    /// b.mission(m);
    /// // Synthetic figures: two reports.
    /// b.contribution(Contribution::personnel("x".parse()?, "m".parse()?, Date::new(2013, 7, 31)?, troops(300)))
    ///  .contribution(Contribution::personnel("y".parse()?, "m".parse()?, Date::new(2013, 7, 31)?, troops(200)))
    ///  .contribution(Contribution::personnel("x".parse()?, "m".parse()?, Date::new(2013, 8, 31)?, troops(800)));
    /// let data = b.build()?;
    /// let mission = &data.missions()[0];
    /// let shares: Vec<(Date, f64)> = data
    ///     .mission_personnel_over("m", mission.period)
    ///     .into_iter()
    ///     .filter_map(|(date, p)| {
    ///         let ceiling = mission.authorized_strength_on(date)?.total();
    ///         Some((date, p.total() as f64 / ceiling as f64))
    ///     })
    ///     .collect();
    /// assert_eq!(shares, [(Date::new(2013, 7, 31)?, 0.5), (Date::new(2013, 8, 31)?, 0.8)]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    ///
    /// A mission with a strength record is read from its strength records alone:
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::new("x".parse()?, "Contributor X", ActorKind::PrivateSector))
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::RegionalOperation,
    ///     Period::between(Date::new(2013, 1, 1)?, Date::new(2013, 12, 31)?)?));
    /// // Synthetic figures: one contributor's report, and the mission's own totals.
    /// b.contribution(Contribution::personnel("x".parse()?, "m".parse()?, Date::new(2013, 6, 30)?, troops(850)))
    ///  .strength(DeployedStrength::new("m".parse()?, Date::new(2013, 6, 30)?, troops(6_000)))
    ///  .strength(DeployedStrength::new("m".parse()?, Date::new(2013, 12, 31)?, troops(6_100)));
    /// let data = b.build()?;
    /// let year = data.missions()[0].period;
    /// let totals: Vec<_> = data.mission_personnel_over("m", year).iter().map(|(_, p)| p.total()).collect();
    /// assert_eq!(totals, [6_000, 6_100]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn mission_personnel_over(&self, mission: &str, period: Period) -> Vec<(Date, Personnel)> {
        let Some(active) = self
            .mission(mission)
            .and_then(|m| m.period.intersection(&period))
        else {
            return Vec::new();
        };
        let strengths = self.strength_positions(mission);
        if !strengths.is_empty() {
            let records = &self.records.strengths;
            let date = |i: &u32| records[*i as usize].date;
            // The record in force on the first day: the last one dated on or before it.
            let upto = strengths.partition_point(|i| date(i) <= active.start());
            let from = upto.saturating_sub(1);
            let to = active.end().map_or(strengths.len(), |e| {
                strengths.partition_point(|i| date(i) <= e)
            });
            return strengths[from..to.max(from)]
                .iter()
                .map(|&i| (records[i as usize].date, records[i as usize].personnel))
                .collect();
        }
        let cx = &self.index.contributions;
        let Some(&(start, end)) = cx
            .mission_numbers
            .get(mission)
            .and_then(|&n| cx.mission_ranges.get(n as usize))
        else {
            return Vec::new();
        };
        let reports = &cx.personnel[start as usize..end as usize];
        // The report in force on the first day: the last report date on or before it.
        let upto = reports.partition_point(|k| k.date <= active.start());
        let from = reports[..upto].last().map_or(upto, |k| {
            reports[..upto].partition_point(|x| x.date < k.date)
        });
        let to = active
            .end()
            .map_or(reports.len(), |e| reports.partition_point(|k| k.date <= e));
        reports[from..to.max(from)]
            .chunk_by(|a, b| a.date == b.date)
            .map(|report| {
                let mut total = Personnel::default();
                for k in report {
                    if let Some(p) = self.records.contributions[k.record as usize]
                        .what
                        .personnel()
                    {
                        total += *p;
                    }
                }
                (report[0].date, total)
            })
            .collect()
    }

    /// The person-years `mission`'s personnel served during `period`: each report's total
    /// times the days it was in force (from its date, or the first day, to the day before
    /// the next report, or the last day), summed over the days the mission was active in
    /// the period, divided by 365.25. Days before the mission's first report count no one.
    ///
    /// The reports are those of [`mission_personnel_over`](Dataset::mission_personnel_over):
    /// the mission's strength records if the dataset holds any (its own totals, as IPI's
    /// mission file or SIPRI give them, the only figures there are for most non-UN
    /// operations), and otherwise its contributors' personnel reports summed by date.
    ///
    /// The denominator of a rate "per 1,000 personnel-years": malicious-act fatalities of
    /// uniformed personnel per 1,000 person-years are
    /// `1000.0 * count / personnel_years`. `None` if the mission is unknown or the days it
    /// was active in the period have no end (an ongoing mission asked about an ongoing
    /// period).
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::new("x".parse()?, "Contributor X", ActorKind::PrivateSector))
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2001, 1, 1)?)));
    /// // Synthetic figure: 1,461 troops all through 2001-2004 (1,461 days).
    /// b.contribution(Contribution::personnel("x".parse()?, "m".parse()?, Date::new(2001, 1, 1)?, troops(1_461)));
    /// let data = b.build()?;
    /// let four_years = Period::between(Date::new(2001, 1, 1)?, Date::new(2004, 12, 31)?)?;
    /// assert_eq!(data.personnel_years("m", four_years), Some(1_461.0 * 1_461.0 / 365.25));
    /// assert_eq!(data.personnel_years("m", Period::since(Date::new(2001, 1, 1)?)), None);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn personnel_years(&self, mission: &str, period: Period) -> Option<f64> {
        let m = self.mission(mission)?;
        let Some(active) = m.period.intersection(&period) else {
            return Some(0.0);
        };
        let last = active.end()?;
        let steps = self.mission_personnel_over(mission, active);
        let mut person_days = 0.0;
        for (i, (date, personnel)) in steps.iter().enumerate() {
            let from = (*date).max(active.start());
            let to = steps
                .get(i + 1)
                .map_or(last, |(next, _)| next.previous_day());
            if to >= from {
                let days = f64::from(from.days_until(to) + 1);
                // Counts of people are far below 2^53: exact in an f64.
                #[allow(clippy::cast_precision_loss)]
                let people = personnel.total() as f64;
                person_days += people * days;
            }
        }
        Some(person_days / DAYS_PER_YEAR)
    }
}

fn ranked<K: Ord>(totals: HashMap<K, Personnel>) -> Vec<(K, Personnel)> {
    let mut rows: Vec<_> = totals.into_iter().collect();
    rows.sort_by(|a, b| b.1.total().cmp(&a.1.total()).then_with(|| a.0.cmp(&b.0)));
    rows
}
