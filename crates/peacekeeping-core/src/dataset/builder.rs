//! Collecting records into a [`Dataset`].

use super::{Dataset, Index, Records, ValidationReport, validate};
use crate::{
    Actor, BattleDeaths, Contribution, DeployedStrength, Error, Fatality, Friction, GenderTarget,
    Lesson, Membership, Mission, Participation, Partnership, Presence, Source, Training,
};

/// Collects records, then validates and indexes them into a [`Dataset`].
///
/// Records can be added in any order: a membership may come before the actors it names.
/// [`build`](DatasetBuilder::build) checks everything at once.
///
/// ```
/// use peacekeeping_core::*;
///
/// let mut b = Dataset::builder();
/// b.actor(Actor::state("MLI".parse()?, "Mali")?);
/// b.mission(Mission::new("MINUSMA".parse()?, "United Nations Multidimensional Integrated Stabilization Mission in Mali",
///     MissionKind::UnPeacekeeping, Period::between(Date::new(2013, 7, 1)?, Date::new(2023, 12, 31)?)?)
///     .with_host("MLI".parse()?));
/// let data = b.build()?;
/// assert_eq!(data.missions_active_on(Date::new(2015, 1, 1)?).count(), 1);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct DatasetBuilder {
    records: Records,
}

impl DatasetBuilder {
    pub(crate) fn from_records(records: Records) -> Self {
        DatasetBuilder { records }
    }

    /// Adds a source.
    pub fn source(&mut self, source: Source) -> &mut Self {
        self.records.sources.push(source);
        self
    }

    /// Adds an actor.
    pub fn actor(&mut self, actor: Actor) -> &mut Self {
        self.records.actors.push(actor);
        self
    }

    /// Adds a membership.
    pub fn membership(&mut self, membership: Membership) -> &mut Self {
        self.records.memberships.push(membership);
        self
    }

    /// Adds a mission.
    pub fn mission(&mut self, mission: Mission) -> &mut Self {
        self.records.missions.push(mission);
        self
    }

    /// Adds a partnership.
    pub fn partnership(&mut self, partnership: Partnership) -> &mut Self {
        self.records.partnerships.push(partnership);
        self
    }

    /// Adds a contribution.
    pub fn contribution(&mut self, contribution: Contribution) -> &mut Self {
        self.records.contributions.push(contribution);
        self
    }

    /// Adds many contributions at once (an importer's output).
    pub fn contributions(
        &mut self,
        contributions: impl IntoIterator<Item = Contribution>,
    ) -> &mut Self {
        self.records.contributions.extend(contributions);
        self
    }

    /// Adds a training exercise or programme.
    pub fn training(&mut self, training: Training) -> &mut Self {
        self.records.trainings.push(training);
        self
    }

    /// Adds a friction.
    pub fn friction(&mut self, friction: Friction) -> &mut Self {
        self.records.frictions.push(friction);
        self
    }

    /// Adds a lesson.
    pub fn lesson(&mut self, lesson: Lesson) -> &mut Self {
        self.records.lessons.push(lesson);
        self
    }

    /// Adds a target for the share of women among uniformed personnel.
    pub fn gender_target(&mut self, target: GenderTarget) -> &mut Self {
        self.records.gender_targets.push(target);
        self
    }

    /// Adds a fatality.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("UNTSO".parse()?, "United Nations Truce Supervision Organization",
    ///     MissionKind::UnPeacekeeping, Period::since(Date::new(1948, 5, 29)?)));
    /// // The first death in the UN's fatality file: a French observer of UNTSO.
    /// b.fatality(Fatality::new("1", "UNTSO".parse()?, Date::new(1948, 7, 6)?,
    ///     StaffCategory::Military, FatalityCause::MaliciousAct).with_nationality("FRA".parse()?));
    /// assert_eq!(b.build()?.fatalities().len(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatality(&mut self, fatality: Fatality) -> &mut Self {
        self.records.fatalities.push(fatality);
        self
    }

    /// Adds many fatalities at once (an importer's output).
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?)));
    /// // Synthetic records.
    /// b.fatalities((1..=3).map(|i| Fatality::new(format!("f{i}"), "m".parse().unwrap(),
    ///     Date::new(2001, 1, i).unwrap(), StaffCategory::Police, FatalityCause::Illness)));
    /// assert_eq!(b.build()?.fatalities().len(), 3);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn fatalities(&mut self, fatalities: impl IntoIterator<Item = Fatality>) -> &mut Self {
        self.records.fatalities.extend(fatalities);
        self
    }

    /// Adds the battle deaths of one territory in one year.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// // Ethiopia 2022 (UCDP GED 23.1): best estimate 101,076.
    /// b.battle_deaths(BattleDeaths::new("ETH".parse()?, 2022, 101_076));
    /// let data = b.build()?;
    /// assert_eq!(data.battle_deaths_in("ETH", 2022).map(|x| x.best), Some(101_076));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn battle_deaths(&mut self, battle_deaths: BattleDeaths) -> &mut Self {
        self.records.battle_deaths.push(battle_deaths);
        self
    }

    /// Adds many battle-deaths records (territory-years) at once (an importer's output).
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// // Synthetic figures.
    /// b.battle_deaths_records((2010..2015).map(|year| BattleDeaths::new("MLI".parse().unwrap(), year, 10)));
    /// assert_eq!(b.build()?.battle_deaths().len(), 5);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn battle_deaths_records(
        &mut self,
        records: impl IntoIterator<Item = BattleDeaths>,
    ) -> &mut Self {
        self.records.battle_deaths.extend(records);
        self
    }

    /// Adds a mission's reported strength on a date.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("AMISOM".parse()?, "African Union Mission in Somalia",
    ///     MissionKind::RegionalOperation,
    ///     Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?));
    /// // AMISOM at the end of December 2015 (SIPRI): 21,645 troops and 481 police.
    /// let mut p = Personnel::of(PersonnelCategory::Troops, Headcount::total_only(21_645));
    /// p.set(PersonnelCategory::IndividualPolice, Headcount::total_only(481));
    /// b.strength(DeployedStrength::new("AMISOM".parse()?, Date::new(2015, 12, 31)?, p));
    /// let data = b.build()?;
    /// assert_eq!(data.strengths_of("AMISOM").map(DeployedStrength::total).collect::<Vec<_>>(), [22_126]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn strength(&mut self, strength: DeployedStrength) -> &mut Self {
        self.records.strengths.push(strength);
        self
    }

    /// Adds many strength records at once (a conversion's output).
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?)));
    /// // Synthetic figures: the end of each month of 2001.
    /// b.strengths((1..=12).map(|month| DeployedStrength::new("m".parse().unwrap(),
    ///     Date::new(2001, month, 1).unwrap().last_of_month(),
    ///     Personnel::of(PersonnelCategory::Troops, Headcount::total_only(100 * month)))));
    /// assert_eq!(b.build()?.strengths_of("m").count(), 12);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn strengths(
        &mut self,
        strengths: impl IntoIterator<Item = DeployedStrength>,
    ) -> &mut Self {
        self.records.strengths.extend(strengths);
        self
    }

    /// Adds a contributor's presence in a mission in a year.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("NPL".parse()?, "Nepal")?)
    ///  .actor(Actor::state("KOR".parse()?, "Republic of Korea")?)
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::between(Date::new(2013, 7, 1)?, Date::new(2016, 6, 30)?)?));
    /// // Synthetic figures: one contributor with a yearly mean, one of unknown size.
    /// b.presence(Presence::new("NPL".parse()?, "m".parse()?, 2014).with_personnel(812.5))
    ///  .presence(Presence::new("KOR".parse()?, "m".parse()?, 2014));
    /// let data = b.build()?;
    /// let known: Vec<_> = data.presences_of("m").filter_map(|p| p.personnel).collect();
    /// assert_eq!(known, [812.5]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn presence(&mut self, presence: Presence) -> &mut Self {
        self.records.presences.push(presence);
        self
    }

    /// Adds many presence records at once (a conversion's output).
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("NPL".parse()?, "Nepal")?)
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2013, 7, 1)?)));
    /// // Synthetic: present in each year from 2013 to 2016.
    /// b.presences((2013..=2016).map(|year| Presence::new("NPL".parse().unwrap(), "m".parse().unwrap(), year)));
    /// assert_eq!(b.build()?.presences_of("m").count(), 4);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn presences(&mut self, presences: impl IntoIterator<Item = Presence>) -> &mut Self {
        self.records.presences.extend(presences);
        self
    }

    /// Adds a contributor's participation in a mission over a period.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("ETH".parse()?, "Ethiopia")?)
    ///  .mission(Mission::new("AMISOM".parse()?, "African Union Mission in Somalia",
    ///     MissionKind::RegionalOperation,
    ///     Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?));
    /// b.participation(Participation::new("ETH".parse()?, "AMISOM".parse()?, Component::Military,
    ///     Period::between(Date::new(2014, 1, 22)?, Date::new(2022, 3, 31)?)?));
    /// let data = b.build()?;
    /// let in_2013 = data.participants_on("AMISOM", Date::new(2013, 12, 31)?).count();
    /// assert_eq!(in_2013, 0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    pub fn participation(&mut self, participation: Participation) -> &mut Self {
        self.records.participations.push(participation);
        self
    }

    /// Checks every rule and returns **every** problem found, each naming the record
    /// (id or key) and the field.
    ///
    /// The rules:
    /// - ids are unique within each kind of record (fatalities included); personnel reports
    ///   are unique per contributor, mission and date; battle-deaths records are unique per
    ///   territory and year; strength records are unique per mission and date; presence
    ///   records per mission, contributor, year and source;
    /// - every reference resolves: members, organizations, mission leads and
    ///   predecessors, parties, contributors, missions, sources, ...; a membership's
    ///   organization is an organization ([`ActorKind::is_organization`](crate::ActorKind::is_organization));
    /// - nothing refers to itself (a member of itself, its own predecessor);
    /// - names, titles and fatality ids are not empty; a state has a country code equal to
    ///   its id when its id is a country code;
    /// - a membership lies within the organization's existence, and the memberships of a
    ///   member in one organization do not overlap;
    /// - a contribution is dated within its mission's period; amounts are finite and not
    ///   negative;
    /// - a partnership has at least two parties, exactly two if bilateral, and no actor
    ///   twice; each of its reviews names a source that exists and at least one kind of
    ///   record;
    /// - a mission's ceilings ([`AuthorizedStrength`](crate::AuthorizedStrength)) apply
    ///   from a date within the mission's period, no two from the same date; their military
    ///   observers do not exceed their military ceiling, nor their military and police
    ///   ceilings their ceiling of uniformed personnel; a resolution symbol, when given, is
    ///   not empty;
    /// - a fatality's mission and source exist. Its date is **not** checked against the
    ///   mission's period: the UN attributes to a mission deaths of personnel who served
    ///   it after its mandate ended, while it withdrew and was liquidated (six of the 295
    ///   UNAMID deaths of the UN's file are of 2021, after its mandate ended on 31 December
    ///   2020; the UN's published total counts them), and a mission's period follows a
    ///   convention (mandate or deployment) that the UN's attribution need not share;
    /// - a battle-deaths record's source exists. Its low, best and high estimates are not
    ///   checked for order: they are kept as the source gives them
    ///   ([`BattleDeaths::is_ordered`](crate::BattleDeaths::is_ordered));
    /// - a strength record's mission and source exist; it is the only one of its mission
    ///   on its date; and it is dated within its mission's period, or on the last day of
    ///   a month that overlaps the period
    ///   ([`DeployedStrength::is_dated_within`](crate::DeployedStrength::is_dated_within)):
    ///   monthly figures are dated at the month's end, so a mission that ended on 9 July
    ///   has a figure for July dated 31 July. (A contribution is held to the period
    ///   itself; the importers of contribution files leave out such reports instead, see
    ///   `peacekeeping_data::reference::with_contributions`.)
    /// - a presence record's mission, contributor (an actor) and source exist; its year is
    ///   one of its mission's period (from the year the mission starts to the year it
    ///   ends); its personnel, when given, is finite and not negative;
    /// - a participation's mission, contributor (an actor) and sources exist; its period
    ///   lies within its mission's (it starts on or after the mission's start and ends by
    ///   its end, and is open only if the mission is); and a contributor's participations
    ///   in one mission's component do not overlap.
    ///
    /// Periods that end before they start cannot be built in code ([`Period::new`](crate::Period::new)
    /// refuses them); when reading a file they are reported by the loader with the other
    /// problems.
    #[must_use]
    pub fn validate(&self) -> ValidationReport {
        let index = Index::new(&self.records);
        validate::validate(&self.records, &index, &validate::Known::default())
    }

    /// Validates and indexes the records.
    ///
    /// # Errors
    /// [`Error::Invalid`] with the full [`ValidationReport`] if any rule is broken.
    pub fn build(self) -> Result<Dataset, Error> {
        self.build_with(&validate::Known::default())
    }

    pub(crate) fn build_with(self, known: &validate::Known) -> Result<Dataset, Error> {
        let index = Index::new(&self.records);
        let report = validate::validate(&self.records, &index, known);
        if report.is_empty() {
            Ok(Dataset {
                records: self.records,
                index,
            })
        } else {
            Err(Error::Invalid(report))
        }
    }
}
