//! Validation problems and the report that lists them.

use core::fmt;

use crate::macros::vocabulary;
use crate::{ActorKind, Date, Period};

vocabulary! {
    /// The kinds of records a [`Dataset`](crate::Dataset) holds, as named in problems and
    /// in the JSON format's section names (plural there).
    EntityKind, "entity kind" {
        /// The dataset as a whole (its outline).
        Dataset => "dataset",
        /// A [`Source`](crate::Source).
        Source => "source",
        /// An [`Actor`](crate::Actor).
        Actor => "actor",
        /// A [`Membership`](crate::Membership).
        Membership => "membership",
        /// A [`Mission`](crate::Mission).
        Mission => "mission",
        /// A [`Partnership`](crate::Partnership).
        Partnership => "partnership",
        /// A [`Contribution`](crate::Contribution).
        Contribution => "contribution",
        /// A [`Training`](crate::Training).
        Training => "training",
        /// A [`Friction`](crate::Friction).
        Friction => "friction",
        /// A [`Lesson`](crate::Lesson).
        Lesson => "lesson",
        /// A [`GenderTarget`](crate::GenderTarget) (JSON section `gender_targets`).
        GenderTarget => "gender-target",
        /// A [`Fatality`](crate::Fatality).
        Fatality => "fatality",
        /// A [`BattleDeaths`](crate::BattleDeaths) record: a territory's battle deaths in
        /// a year.
        BattleDeaths => "battle-deaths",
        /// A [`DeployedStrength`](crate::DeployedStrength) record: a mission's reported
        /// strength on a date (JSON section `strengths`).
        DeployedStrength => "strength",
        /// A [`Presence`](crate::Presence) record: a contributor's presence in a mission
        /// in a year (JSON section `presences`).
        Presence => "presence",
        /// A [`Participation`](crate::Participation): a contributor's component in a
        /// mission over a period (JSON section `participations`).
        Participation => "participation",
    }
}

/// Which record a [`Problem`] is about: its kind and its id, or for records without an
/// id (memberships, contributions, battle deaths, strengths, presences, participations) a
/// key made of their identifying fields, such as `GBR in EU from 1993-11-01`, `BGD to
/// UNMISS on 2013-12-31`, `MLI in 2013`, `AMISOM on 2015-12-31`, `NPL in MINUSMA in 2016
/// (radpko)` (a presence's source, when it has one, in parentheses) or `UGA military in
/// AMISOM from 2007-03-06`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityRef {
    /// The kind of record.
    pub kind: EntityKind,
    /// Its id or key.
    pub key: String,
}

impl EntityRef {
    pub(crate) fn new(kind: EntityKind, key: impl Into<String>) -> Self {
        EntityRef {
            kind,
            key: key.into(),
        }
    }
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} `{}`", self.kind, self.key)
    }
}

/// What is wrong, in a [`Problem`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The record could not be read at all (from a file): wrong type, bad date, unknown
    /// code, missing field.
    Malformed {
        /// What the reader said.
        message: String,
    },
    /// Several records of one kind share an id.
    DuplicateId {
        /// How many records have it.
        count: usize,
    },
    /// Several personnel reports share a contributor, mission and date.
    DuplicateReport {
        /// How many reports have that key.
        count: usize,
    },
    /// A reference to a record that is not in the dataset.
    UnknownReference {
        /// The kind of record referred to.
        target: EntityKind,
        /// The id referred to.
        id: String,
    },
    /// A membership in an actor that is not an organization.
    NotAnOrganization {
        /// The actor's id.
        id: String,
        /// The actor's kind.
        kind: ActorKind,
    },
    /// A record refers to itself where that makes no sense (a member of itself, its own
    /// predecessor).
    SelfReference,
    /// A name or title is empty.
    Empty,
    /// A state without a country code, or whose id and code disagree.
    StateCountry {
        /// What exactly.
        detail: String,
    },
    /// A date outside the period of the mission it concerns.
    OutsideMissionPeriod {
        /// The date.
        date: Date,
        /// The mission's period.
        period: Period,
    },
    /// A membership that starts before the organization existed.
    BeforeOrganizationExisted {
        /// The membership's start.
        start: Date,
        /// The organization's period of existence.
        existence: Period,
    },
    /// A membership that runs past the organization's end.
    AfterOrganizationEnded {
        /// The membership's period.
        period: Period,
        /// The organization's period of existence.
        existence: Period,
    },
    /// Two memberships of the same member in the same organization overlap in time.
    OverlappingMembership {
        /// The period of the other membership.
        other: Period,
    },
    /// A bilateral partnership without exactly two parties.
    BilateralPartyCount {
        /// How many parties it has.
        count: usize,
    },
    /// A partnership with fewer than two parties.
    TooFewParties {
        /// How many parties it has.
        count: usize,
    },
    /// An actor listed twice among a partnership's parties: partnering with itself.
    RepeatedParty {
        /// The actor.
        actor: String,
    },
    /// An amount that is negative, infinite or not a number.
    InvalidAmount {
        /// The amount.
        value: f64,
    },
    /// Several battle-deaths records for the same territory and year.
    DuplicateTerritoryYear {
        /// How many records have that territory and year.
        count: usize,
    },
    /// A mission's ceiling that applies from the same date as an earlier ceiling of the
    /// same mission: which of the two is in force from that date is unknown.
    DuplicateCeiling {
        /// The date both apply from.
        as_of: Date,
    },
    /// Several strength records for the same mission and date: which figure holds is
    /// unknown.
    DuplicateStrength {
        /// How many records have that mission and date.
        count: usize,
    },
    /// Several presence records for the same mission, contributor, year and source.
    DuplicatePresence {
        /// How many records have that mission, contributor, year and source.
        count: usize,
    },
    /// A year outside the years of the mission's period (before the year it starts or
    /// after the year it ends).
    YearOutsideMissionPeriod {
        /// The year.
        year: i32,
        /// The mission's period.
        period: Period,
    },
    /// A ceiling whose military observers outnumber its whole military ceiling (the
    /// observers are part of it).
    ObserversExceedMilitary {
        /// The military observers.
        observers: u32,
        /// The military ceiling.
        military: u32,
    },
    /// A ceiling whose military and police parts add up to more than its ceiling of
    /// uniformed personnel (the parts are included in it).
    PartsExceedUniformed {
        /// The military and police ceilings set apart, added.
        parts: u64,
        /// The ceiling of uniformed personnel.
        uniformed: u32,
    },
    /// A period (a participation's) that does not lie within the period of the mission
    /// it concerns: it starts before the mission, ends after it, or stays open after the
    /// mission ended.
    PeriodOutsideMission {
        /// The record's period.
        period: Period,
        /// The mission's period.
        mission: Period,
    },
    /// Two participations of the same contributor in the same mission's component
    /// overlap in time.
    OverlappingParticipation {
        /// The period of the other participation.
        other: Period,
    },
    /// A mandate resolution adopted before the one listed ahead of it: the resolutions
    /// of a mandate are in order of adoption.
    ResolutionOutOfOrder {
        /// Its adoption date.
        adopted: Date,
        /// The adoption date of the resolution listed ahead of it.
        previous: Date,
    },
    /// A share (of women, say) that is not a number from 0 to 1.
    ShareOutOfRange {
        /// The share.
        value: f64,
    },
    /// A resolution whose term ends before it was adopted.
    TermEndsBeforeAdoption {
        /// The adoption date.
        adopted: Date,
        /// The last day of its term.
        until: Date,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Malformed { message } => write!(f, "cannot be read: {message}"),
            ProblemKind::DuplicateId { count } => write!(f, "id used by {count} records"),
            ProblemKind::DuplicateReport { count } => {
                write!(
                    f,
                    "{count} personnel reports for the same contributor, mission and date"
                )
            }
            ProblemKind::UnknownReference { target, id } => write!(f, "unknown {target} `{id}`"),
            ProblemKind::NotAnOrganization { id, kind } => {
                write!(f, "`{id}` is a {kind}, not an organization with members")
            }
            ProblemKind::SelfReference => f.write_str("refers to itself"),
            ProblemKind::Empty => f.write_str("is empty"),
            ProblemKind::StateCountry { detail } => f.write_str(detail),
            ProblemKind::OutsideMissionPeriod { date, period } => {
                write!(f, "{date} is outside the mission's period {period}")
            }
            ProblemKind::BeforeOrganizationExisted { start, existence } => write!(
                f,
                "membership starts on {start}, before the organization existed ({existence})"
            ),
            ProblemKind::AfterOrganizationEnded { period, existence } => write!(
                f,
                "membership {period} runs past the organization's existence ({existence})"
            ),
            ProblemKind::OverlappingMembership { other } => {
                write!(
                    f,
                    "overlaps another membership of the same member ({other})"
                )
            }
            ProblemKind::BilateralPartyCount { count } => {
                write!(
                    f,
                    "a bilateral partnership needs exactly 2 parties, not {count}"
                )
            }
            ProblemKind::TooFewParties { count } => {
                write!(f, "a partnership needs at least 2 parties, not {count}")
            }
            ProblemKind::RepeatedParty { actor } => {
                write!(
                    f,
                    "`{actor}` is listed more than once: an actor cannot partner with itself"
                )
            }
            ProblemKind::InvalidAmount { value } => {
                write!(f, "amount {value} is negative or not finite")
            }
            ProblemKind::DuplicateTerritoryYear { count } => {
                write!(
                    f,
                    "{count} battle-deaths records for the same territory and year"
                )
            }
            ProblemKind::DuplicateStrength { count } => {
                write!(f, "{count} strength records for the same mission and date")
            }
            ProblemKind::DuplicatePresence { count } => write!(
                f,
                "{count} presence records for the same mission, contributor, year and source"
            ),
            ProblemKind::YearOutsideMissionPeriod { year, period } => {
                write!(f, "year {year} is outside the mission's period {period}")
            }
            ProblemKind::DuplicateCeiling { as_of } => {
                write!(
                    f,
                    "another ceiling of the mission applies from the same date ({as_of})"
                )
            }
            ProblemKind::ObserversExceedMilitary {
                observers,
                military,
            } => write!(
                f,
                "{observers} military observers exceed the military ceiling of {military}, which includes them"
            ),
            ProblemKind::PartsExceedUniformed { parts, uniformed } => write!(
                f,
                "the military and police ceilings add up to {parts}, more than the ceiling of {uniformed} uniformed personnel, which includes them"
            ),
            ProblemKind::PeriodOutsideMission { period, mission } => {
                write!(
                    f,
                    "{period} does not lie within the mission's period {mission}"
                )
            }
            ProblemKind::OverlappingParticipation { other } => write!(
                f,
                "overlaps another participation of the same contributor in the same component ({other})"
            ),
            ProblemKind::ResolutionOutOfOrder { adopted, previous } => write!(
                f,
                "adopted on {adopted}, before the resolution listed ahead of it ({previous}): list a mandate's resolutions in order of adoption"
            ),
            ProblemKind::ShareOutOfRange { value } => {
                write!(f, "share {value} is not a number from 0 to 1")
            }
            ProblemKind::TermEndsBeforeAdoption { adopted, until } => write!(
                f,
                "its term ends on {until}, before it was adopted ({adopted})"
            ),
        }
    }
}

/// One problem found in a dataset: which record, which field, what is wrong.
///
/// ```
/// use peacekeeping_core::*;
///
/// let mut b = Dataset::builder();
/// b.membership(Membership::new("GBR".parse()?, "EU".parse()?,
///     Period::since(Date::new(1993, 11, 1)?), MembershipStatus::Full));
/// let report = b.validate();
/// let problem = &report.problems()[0];
/// assert_eq!(problem.entity.kind, EntityKind::Membership);
/// assert_eq!(problem.field, "member");
/// assert_eq!(problem.to_string(), "membership `GBR in EU from 1993-11-01`, field `member`: unknown actor `GBR`");
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The record.
    pub entity: EntityRef,
    /// The field, as named in the JSON format (`"period.end"`, `"parties[1].actor"`).
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, field `{}`: {}", self.entity, self.field, self.kind)
    }
}

/// Every problem found in a dataset, in a stable order (by record kind, key, field and
/// message), whatever the order the records were added in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationReport {
    problems: Vec<Problem>,
}

impl ValidationReport {
    pub(crate) fn from_problems(mut problems: Vec<Problem>) -> Self {
        problems.sort_by_cached_key(|p| (p.entity.clone(), p.field.clone(), p.kind.to_string()));
        problems.dedup();
        ValidationReport { problems }
    }

    /// Whether no problem was found.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// How many problems were found.
    #[must_use]
    pub fn len(&self) -> usize {
        self.problems.len()
    }

    /// The problems.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for ValidationReport {
    /// One problem per line, after a count.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{n} problem{} in the dataset",
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

impl IntoIterator for ValidationReport {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.problems.into_iter()
    }
}
