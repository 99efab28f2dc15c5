//! Evidence: the sources facts rest on, and the lessons drawn from them.

use crate::macros::vocabulary;
use crate::{ActorId, CooperationDomain, Date, LessonId, MissionId, PartnershipId, SourceId};

vocabulary! {
    /// What kind of document or data a [`Source`] is.
    SourceKind, "source kind" {
        /// A post-mission or end-of-assignment report, an after-action review.
        PostMissionReport => "post-mission-report",
        /// A field survey, e.g. a perception survey of the host population.
        FieldSurvey => "field-survey",
        /// Interviews with stakeholders: partners, officials, community leaders.
        StakeholderInterview => "stakeholder-interview",
        /// Official statistics: the UN's monthly contribution figures.
        OfficialStatistics => "official-statistics",
        /// An official document: a resolution, a treaty, a Secretary-General's report.
        OfficialDocument => "official-document",
        /// A research dataset: the IPI peacekeeping database, COW IGO.
        ResearchDataset => "research-dataset",
        /// Academic literature.
        Academic => "academic",
        /// News media.
        Media => "media",
    }
}

vocabulary! {
    /// How reliable a source is, on the A-F source-reliability scale of the
    /// "Admiralty" grading system used in intelligence and evaluation practice.
    ///
    /// ```
    /// use peacekeeping_core::Reliability;
    ///
    /// assert_eq!("B".parse::<Reliability>()?, Reliability::UsuallyReliable);
    /// assert!(Reliability::CompletelyReliable < Reliability::Unreliable);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    Reliability, "reliability grade" {
        /// A: completely reliable (official statistics of the reporting body itself).
        CompletelyReliable => "A",
        /// B: usually reliable.
        UsuallyReliable => "B",
        /// C: fairly reliable.
        FairlyReliable => "C",
        /// D: not usually reliable.
        NotUsuallyReliable => "D",
        /// E: unreliable.
        Unreliable => "E",
        /// F: reliability cannot be judged.
        CannotBeJudged => "F",
    }
}

/// A source of facts or evidence: a report, survey, interview series, statistic,
/// document or dataset, with its reliability grade.
///
/// ```
/// use peacekeeping_core::{Date, Reliability, Source, SourceKind};
///
/// let ipi = Source::new("ipi-peacekeeping-database".parse()?, SourceKind::ResearchDataset,
///         "IPI Peacekeeping Database", "International Peace Institute")
///     .with_reliability(Reliability::UsuallyReliable)
///     .consulted_on(Date::new(2026, 11, 27)?);
/// assert_eq!(ipi.kind, SourceKind::ResearchDataset);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Source {
    /// The stable id other records use.
    pub id: SourceId,
    /// What kind of source.
    pub kind: SourceKind,
    /// Its title.
    pub title: String,
    /// Who published or authored it (an organization or person).
    pub publisher: String,
    /// The publishing actor, if it is in the dataset.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub author: Option<ActorId>,
    /// Where to find it: an address, a document symbol, a bibliographic citation.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub citation: String,
    /// When it was published.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub published: Option<Date>,
    /// When it was consulted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub consulted: Option<Date>,
    /// How reliable it is.
    pub reliability: Reliability,
}

impl Source {
    /// A source whose reliability cannot be judged yet.
    #[must_use]
    pub fn new(
        id: SourceId,
        kind: SourceKind,
        title: impl Into<String>,
        publisher: impl Into<String>,
    ) -> Self {
        Source {
            id,
            kind,
            title: title.into(),
            publisher: publisher.into(),
            author: None,
            citation: String::new(),
            published: None,
            consulted: None,
            reliability: Reliability::CannotBeJudged,
        }
    }

    /// Sets the reliability grade.
    #[must_use]
    pub fn with_reliability(mut self, reliability: Reliability) -> Self {
        self.reliability = reliability;
        self
    }

    /// Sets where to find it.
    #[must_use]
    pub fn with_citation(mut self, citation: impl Into<String>) -> Self {
        self.citation = citation.into();
        self
    }

    /// Sets the publication date.
    #[must_use]
    pub fn published_on(mut self, date: Date) -> Self {
        self.published = Some(date);
        self
    }

    /// Sets the date consulted.
    #[must_use]
    pub fn consulted_on(mut self, date: Date) -> Self {
        self.consulted = Some(date);
        self
    }
}

vocabulary! {
    /// Whether a [`Lesson`] is a lesson learned or a best practice.
    LessonKind, "lesson kind" {
        /// Something that went wrong or right and what to change.
        LessonLearned => "lesson-learned",
        /// A practice that worked and should be repeated.
        BestPractice => "best-practice",
    }
}

/// A lesson learned or best practice, linked to the partnerships, missions and domains it
/// concerns and the sources it is drawn from.
///
/// ```
/// use peacekeeping_core::{CooperationDomain, Lesson, LessonKind};
///
/// let lesson = Lesson::new("lesson-a".parse()?, LessonKind::LessonLearned,
///         "Predictable funding sustains regional operations")
///     .with_domain(CooperationDomain::Funding)
///     .with_mission("AMISOM".parse()?);
/// assert_eq!(lesson.domains, vec![CooperationDomain::Funding]);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Lesson {
    /// The stable id.
    pub id: LessonId,
    /// Lesson learned or best practice.
    pub kind: LessonKind,
    /// The lesson, in a sentence or a paragraph.
    pub text: String,
    /// The day it was drawn: the publication of the review or report it comes from, if
    /// recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Date>,
    /// The partnerships it concerns.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub partnerships: Vec<PartnershipId>,
    /// The missions it concerns.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub missions: Vec<MissionId>,
    /// The domains it concerns.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub domains: Vec<CooperationDomain>,
    /// The sources it is drawn from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Lesson {
    /// A lesson with no links yet.
    #[must_use]
    pub fn new(id: LessonId, kind: LessonKind, text: impl Into<String>) -> Self {
        Lesson {
            id,
            kind,
            text: text.into(),
            date: None,
            partnerships: Vec::new(),
            missions: Vec::new(),
            domains: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Sets the day it was drawn.
    #[must_use]
    pub fn drawn_on(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Links a partnership.
    #[must_use]
    pub fn with_partnership(mut self, partnership: PartnershipId) -> Self {
        self.partnerships.push(partnership);
        self
    }

    /// Links a mission.
    #[must_use]
    pub fn with_mission(mut self, mission: MissionId) -> Self {
        self.missions.push(mission);
        self
    }

    /// Links a domain.
    #[must_use]
    pub fn with_domain(mut self, domain: CooperationDomain) -> Self {
        self.domains.push(domain);
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }
}
