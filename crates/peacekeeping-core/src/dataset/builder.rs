//! Collecting records into a [`Dataset`].

use super::{Dataset, Index, Records, ValidationReport, validate};
use crate::{
    Actor, Contribution, Error, Friction, Lesson, Membership, Mission, Partnership, Source,
    Training,
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

    /// Checks every rule and returns **every** problem found, each naming the record
    /// (id or key) and the field.
    ///
    /// The rules:
    /// - ids are unique within each kind of record; personnel reports are unique per
    ///   contributor, mission and date;
    /// - every reference resolves: members, organizations, mission leads and
    ///   predecessors, parties, contributors, missions, sources, ...; a membership's
    ///   organization is an organization ([`ActorKind::is_organization`](crate::ActorKind::is_organization));
    /// - nothing refers to itself (a member of itself, its own predecessor);
    /// - names and titles are not empty; a state has a country code equal to its id when
    ///   its id is a country code;
    /// - a membership lies within the organization's existence, and the memberships of a
    ///   member in one organization do not overlap;
    /// - a contribution is dated within its mission's period; amounts are finite and not
    ///   negative;
    /// - a partnership has at least two parties, exactly two if bilateral, and no actor
    ///   twice; each of its reviews names a source that exists and at least one kind of
    ///   record.
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
