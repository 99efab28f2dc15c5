//! Joint training and capacity building.

use crate::macros::vocabulary;
use crate::{ActorId, CountryCode, Date, Period, SourceId, TrainingId};

vocabulary! {
    /// Whether a [`Training`] is a single exercise or a longer programme.
    TrainingKind, "training kind" {
        /// A (usually recurring) exercise: African Lion, the annual multinational exercise
        /// led by US Africa Command and hosted mainly by Morocco.
        Exercise => "exercise",
        /// A training or capacity-building programme: a mission's training of national
        /// police, the EU training missions.
        Programme => "programme",
    }
}

vocabulary! {
    /// What a [`Training`] works on.
    TrainingFocus, "training focus" {
        /// Interoperability of forces: procedures, command and control, communications.
        Interoperability => "interoperability",
        /// Civil-military coordination.
        CivilMilitaryCoordination => "civil-military-coordination",
        /// Protection of civilians.
        ProtectionOfCivilians => "protection-of-civilians",
        /// Pre-deployment training for peacekeeping.
        PreDeployment => "pre-deployment",
        /// Counter-IED and explosive-hazard awareness.
        CounterIed => "counter-ied",
        /// Medical support and casualty evacuation.
        Medical => "medical",
        /// Humanitarian assistance and disaster response.
        HumanitarianAssistance => "humanitarian-assistance",
        /// Command-post and staff procedures.
        CommandAndStaff => "command-and-staff",
        /// Policing skills.
        Policing => "policing",
    }
}

vocabulary! {
    /// A kind of local institution a programme builds.
    InstitutionKind, "institution kind" {
        /// A national or local police service.
        Police => "police",
        /// National armed forces.
        Military => "military",
        /// Courts and prosecution.
        Justice => "justice",
        /// Prisons and corrections.
        Corrections => "corrections",
        /// Border management.
        BorderManagement => "border-management",
    }
}

/// A local institution built or strengthened by a programme.
///
/// ```
/// use peacekeeping_core::{InstitutionBuilt, InstitutionKind};
///
/// let police = InstitutionBuilt::new(InstitutionKind::Police, "HTI".parse()?);
/// assert_eq!(police.country.as_str(), "HTI");
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct InstitutionBuilt {
    /// What kind of institution.
    pub kind: InstitutionKind,
    /// In which country.
    pub country: CountryCode,
    /// Details (unit names, numbers trained), if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub description: String,
}

impl InstitutionBuilt {
    /// An institution of a kind, in a country.
    #[must_use]
    pub fn new(kind: InstitutionKind, country: CountryCode) -> Self {
        InstitutionBuilt {
            kind,
            country,
            description: String::new(),
        }
    }
}

/// A joint exercise or a training and capacity-building programme.
///
/// ```
/// use peacekeeping_core::{Date, Period, Training, TrainingFocus, TrainingKind};
///
/// let exercise = Training::new("exercise-a".parse()?, "A joint exercise", TrainingKind::Exercise,
///         Period::between(Date::new(2023, 5, 22)?, Date::new(2023, 6, 16)?)?)
///     .with_organizer("USA".parse()?)
///     .with_participant("MAR".parse()?)
///     .with_focus(TrainingFocus::Interoperability);
/// assert!(exercise.involves(&"MAR".parse()?));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Training {
    /// The stable id other records use.
    pub id: TrainingId,
    /// Its name, e.g. `"African Lion 2023"`.
    pub name: String,
    /// Exercise or programme.
    pub kind: TrainingKind,
    /// Who organizes it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub organizers: Vec<ActorId>,
    /// Who takes part (besides the organizers).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub participants: Vec<ActorId>,
    /// When it ran.
    pub period: Period,
    /// Where it ran.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub locations: Vec<CountryCode>,
    /// What it worked on.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub focus: Vec<TrainingFocus>,
    /// Local institutions it built.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub institutions: Vec<InstitutionBuilt>,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Training {
    /// A training with no organizers or participants yet.
    #[must_use]
    pub fn new(
        id: TrainingId,
        name: impl Into<String>,
        kind: TrainingKind,
        period: Period,
    ) -> Self {
        Training {
            id,
            name: name.into(),
            kind,
            organizers: Vec::new(),
            participants: Vec::new(),
            period,
            locations: Vec::new(),
            focus: Vec::new(),
            institutions: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds an organizer.
    #[must_use]
    pub fn with_organizer(mut self, actor: ActorId) -> Self {
        self.organizers.push(actor);
        self
    }

    /// Adds a participant.
    #[must_use]
    pub fn with_participant(mut self, actor: ActorId) -> Self {
        self.participants.push(actor);
        self
    }

    /// Adds a focus.
    #[must_use]
    pub fn with_focus(mut self, focus: TrainingFocus) -> Self {
        self.focus.push(focus);
        self
    }

    /// Adds a location.
    #[must_use]
    pub fn with_location(mut self, country: CountryCode) -> Self {
        self.locations.push(country);
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Whether `actor` organizes or takes part.
    #[must_use]
    pub fn involves(&self, actor: &ActorId) -> bool {
        self.organizers.contains(actor) || self.participants.contains(actor)
    }

    /// Everyone involved: organizers then participants, without repeats.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        let organizers = &self.organizers;
        organizers.iter().chain(
            self.participants
                .iter()
                .filter(move |p| !organizers.contains(p)),
        )
    }

    /// Whether it was running on `date`.
    #[must_use]
    pub fn is_active_on(&self, date: Date) -> bool {
        self.period.contains(date)
    }
}
