//! Frictions: what goes wrong between partners.

use crate::macros::vocabulary;
use crate::{ActorId, Date, FrictionId, PartnershipId, SourceId};

vocabulary! {
    /// What kind of friction.
    FrictionKind, "friction kind" {
        /// Divergent national or institutional interests.
        DivergentInterests => "divergent-interests",
        /// Incompatible legal frameworks or mandates.
        LegalFramework => "legal-framework",
        /// Different rules of engagement.
        RulesOfEngagement => "rules-of-engagement",
        /// National caveats restricting what a contingent may do.
        NationalCaveats => "national-caveats",
        /// Communication barriers: language, terminology, procedures.
        CommunicationBarrier => "communication-barrier",
        /// Disputes over the allocation of resources, funding or assets.
        ResourceDispute => "resource-dispute",
        /// Missing capabilities one partner expected of another.
        CapabilityGap => "capability-gap",
        /// Breakdown of consent: the host state withdraws its consent or demands a
        /// mission's departure (Mali and MINUSMA, June 2023).
        ConsentBreakdown => "consent-breakdown",
    }
}

vocabulary! {
    /// How serious a friction is.
    Severity, "severity" {
        /// A nuisance, handled at working level.
        Low => "low",
        /// Slows or limits cooperation.
        Moderate => "moderate",
        /// Blocks part of the cooperation.
        High => "high",
        /// Ends or threatens to end the partnership.
        Critical => "critical",
    }
}

/// A recorded friction within a partnership.
///
/// ```
/// use peacekeeping_core::{Date, Friction, FrictionKind, Severity};
///
/// // On 2023-06-16 Mali's foreign minister asked the Security Council to withdraw MINUSMA
/// // without delay.
/// let f = Friction::new("mali-minusma-2023".parse()?, "mali-un".parse()?,
///         FrictionKind::ConsentBreakdown, Severity::Critical, Date::new(2023, 6, 16)?)
///     .with_actor("MLI".parse()?);
/// assert_eq!(f.severity, Severity::Critical);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Friction {
    /// The stable id.
    pub id: FrictionId,
    /// The partnership it arose in.
    pub partnership: PartnershipId,
    /// What kind of friction.
    pub kind: FrictionKind,
    /// How serious.
    pub severity: Severity,
    /// When it was observed.
    pub observed: Date,
    /// The actors involved, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub actors: Vec<ActorId>,
    /// What happened.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub description: String,
    /// The sources it is documented in.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Friction {
    /// A friction with no actors, description or sources yet.
    #[must_use]
    pub fn new(
        id: FrictionId,
        partnership: PartnershipId,
        kind: FrictionKind,
        severity: Severity,
        observed: Date,
    ) -> Self {
        Friction {
            id,
            partnership,
            kind,
            severity,
            observed,
            actors: Vec::new(),
            description: String::new(),
            sources: Vec::new(),
        }
    }

    /// Adds an actor involved.
    #[must_use]
    pub fn with_actor(mut self, actor: ActorId) -> Self {
        self.actors.push(actor);
        self
    }

    /// Sets the description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }
}
