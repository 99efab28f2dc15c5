//! The [`Dataset`]: every record of the domain model, validated and indexed.

mod builder;
mod index;
#[cfg(feature = "serde")]
mod json;
mod query;
mod report;
mod validate;

pub use builder::DatasetBuilder;
pub use query::Deployment;
pub use report::{EntityKind, EntityRef, Problem, ProblemKind, ValidationReport};

use crate::{
    Actor, BattleDeaths, Contribution, DeployedStrength, Fatality, Friction, GenderTarget, Lesson,
    Membership, Mission, Participation, Partnership, Presence, Source, Training,
};
use index::Index;

/// The records of a dataset, without indexes: what a builder collects and a dataset
/// holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Records {
    pub(crate) sources: Vec<Source>,
    pub(crate) actors: Vec<Actor>,
    pub(crate) memberships: Vec<Membership>,
    pub(crate) missions: Vec<Mission>,
    pub(crate) partnerships: Vec<Partnership>,
    pub(crate) contributions: Vec<Contribution>,
    pub(crate) trainings: Vec<Training>,
    pub(crate) frictions: Vec<Friction>,
    pub(crate) lessons: Vec<Lesson>,
    pub(crate) gender_targets: Vec<GenderTarget>,
    pub(crate) fatalities: Vec<Fatality>,
    pub(crate) battle_deaths: Vec<BattleDeaths>,
    pub(crate) strengths: Vec<DeployedStrength>,
    pub(crate) presences: Vec<Presence>,
    pub(crate) participations: Vec<Participation>,
}

impl Records {
    /// Moves every record of `other` to the end of its section here.
    #[cfg(feature = "serde")]
    pub(crate) fn append(&mut self, mut other: Records) {
        self.sources.append(&mut other.sources);
        self.actors.append(&mut other.actors);
        self.memberships.append(&mut other.memberships);
        self.missions.append(&mut other.missions);
        self.partnerships.append(&mut other.partnerships);
        self.contributions.append(&mut other.contributions);
        self.trainings.append(&mut other.trainings);
        self.frictions.append(&mut other.frictions);
        self.lessons.append(&mut other.lessons);
        self.gender_targets.append(&mut other.gender_targets);
        self.fatalities.append(&mut other.fatalities);
        self.battle_deaths.append(&mut other.battle_deaths);
        self.strengths.append(&mut other.strengths);
        self.presences.append(&mut other.presences);
        self.participations.append(&mut other.participations);
    }
}

/// A validated, indexed collection of actors, memberships, missions, partnerships,
/// contributions, trainings, frictions, sources and lessons, of the outcome records
/// fatalities and battle deaths, of missions' reported strengths, and of contributors'
/// presences in missions year by year and participations over dated periods.
///
/// A dataset is built with a [`DatasetBuilder`], which refuses to build it while any
/// [`Problem`] remains; so every reference in a `Dataset` resolves, every bilateral
/// partnership has two parties, and so on (see [`DatasetBuilder::validate`] for the
/// rules). Once built it answers the questions researchers ask "as of" a date, quickly:
/// which missions were active, who were the members of an organization, who contributed
/// how many personnel to what, who died in which mission, how violent a host country was
/// in a year.
///
/// ```
/// use peacekeeping_core::*;
///
/// let mut b = Dataset::builder();
/// b.actor(Actor::new("EU".parse()?, "European Union", ActorKind::RegionalOrganization))
///     .actor(Actor::state("GBR".parse()?, "United Kingdom")?)
///     .actor(Actor::state("FRA".parse()?, "France")?)
///     .membership(Membership::new("FRA".parse()?, "EU".parse()?,
///         Period::since(Date::new(1993, 11, 1)?), MembershipStatus::Full))
///     .membership(Membership::new("GBR".parse()?, "EU".parse()?,
///         Period::between(Date::new(1993, 11, 1)?, Date::new(2020, 1, 31)?)?, MembershipStatus::Full));
/// let data = b.build()?;
///
/// let members_2019: Vec<_> = data.members_on("EU", Date::new(2019, 6, 1)?).map(|a| a.as_str()).collect();
/// assert_eq!(members_2019, ["FRA", "GBR"]);
/// assert_eq!(data.members_on("EU", Date::new(2020, 2, 1)?).count(), 1);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Dataset {
    records: Records,
    index: Index,
}

impl PartialEq for Dataset {
    /// Two datasets are equal when they hold the same records in the same order.
    fn eq(&self, other: &Self) -> bool {
        self.records == other.records
    }
}

impl Default for Dataset {
    /// The empty dataset.
    fn default() -> Self {
        let records = Records::default();
        let index = Index::new(&records);
        Dataset { records, index }
    }
}

impl Dataset {
    /// A builder to collect records into a dataset.
    #[must_use]
    pub fn builder() -> DatasetBuilder {
        DatasetBuilder::default()
    }

    /// Turns the dataset back into a builder, to add or change records.
    #[must_use]
    pub fn into_builder(self) -> DatasetBuilder {
        DatasetBuilder::from_records(self.records)
    }

    /// The sources, in insertion order.
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.records.sources
    }

    /// The actors, in insertion order.
    #[must_use]
    pub fn actors(&self) -> &[Actor] {
        &self.records.actors
    }

    /// The memberships, in insertion order.
    #[must_use]
    pub fn memberships(&self) -> &[Membership] {
        &self.records.memberships
    }

    /// The missions, in insertion order.
    #[must_use]
    pub fn missions(&self) -> &[Mission] {
        &self.records.missions
    }

    /// The partnerships, in insertion order.
    #[must_use]
    pub fn partnerships(&self) -> &[Partnership] {
        &self.records.partnerships
    }

    /// The contributions, in insertion order.
    #[must_use]
    pub fn contributions(&self) -> &[Contribution] {
        &self.records.contributions
    }

    /// The trainings (exercises and programmes), in insertion order.
    #[must_use]
    pub fn trainings(&self) -> &[Training] {
        &self.records.trainings
    }

    /// The frictions, in insertion order.
    #[must_use]
    pub fn frictions(&self) -> &[Friction] {
        &self.records.frictions
    }

    /// The lessons, in insertion order.
    #[must_use]
    pub fn lessons(&self) -> &[Lesson] {
        &self.records.lessons
    }

    /// The targets for the share of women among uniformed personnel, in insertion order.
    #[must_use]
    pub fn gender_targets(&self) -> &[GenderTarget] {
        &self.records.gender_targets
    }

    /// The fatalities of operations' personnel, in insertion order.
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
    /// assert_eq!(data.fatalities().iter().filter(|f| f.is_malicious()).count(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn fatalities(&self) -> &[Fatality] {
        &self.records.fatalities
    }

    /// The battle-deaths records (one per territory and year), in insertion order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// // Ethiopia and Ukraine 2022 (UCDP GED 23.1): best estimates 101,076 and 81,497.
    /// b.battle_deaths(BattleDeaths::new("ETH".parse()?, 2022, 101_076))
    ///  .battle_deaths(BattleDeaths::new("UKR".parse()?, 2022, 81_497));
    /// let data = b.build()?;
    /// let wars = data.battle_deaths().iter().filter(|x| x.level() == ConflictLevel::War).count();
    /// assert_eq!(wars, 2);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn battle_deaths(&self) -> &[BattleDeaths] {
        &self.records.battle_deaths
    }

    /// The missions' reported strengths (one per mission and date), in insertion order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::RegionalOperation,
    ///     Period::since(Date::new(2007, 1, 19)?)));
    /// // Synthetic figures.
    /// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
    /// b.strength(DeployedStrength::new("m".parse()?, Date::new(2007, 12, 31)?, troops(1_792)));
    /// let data = b.build()?;
    /// assert_eq!(data.strengths().iter().map(DeployedStrength::total).sum::<u64>(), 1_792);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn strengths(&self) -> &[DeployedStrength] {
        &self.records.strengths
    }

    /// The contributors' presences in missions (one per mission, contributor, year and
    /// source), in insertion order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("NPL".parse()?, "Nepal")?)
    ///  .mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2013, 7, 1)?)));
    /// // Synthetic figures.
    /// b.presence(Presence::new("NPL".parse()?, "m".parse()?, 2014).with_personnel(150.0));
    /// let data = b.build()?;
    /// assert_eq!(data.presences().len(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn presences(&self) -> &[Presence] {
        &self.records.presences
    }

    /// The contributors' participations in missions (who took part, in which component,
    /// from when to when), in insertion order.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let mut b = Dataset::builder();
    /// b.actor(Actor::state("UGA".parse()?, "Uganda")?)
    ///  .mission(Mission::new("AMISOM".parse()?, "African Union Mission in Somalia",
    ///     MissionKind::RegionalOperation,
    ///     Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?));
    /// b.participation(Participation::new("UGA".parse()?, "AMISOM".parse()?, Component::Military,
    ///     Period::between(Date::new(2007, 3, 6)?, Date::new(2022, 3, 31)?)?));
    /// let data = b.build()?;
    /// assert_eq!(data.participations().len(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn participations(&self) -> &[Participation] {
        &self.records.participations
    }
}
