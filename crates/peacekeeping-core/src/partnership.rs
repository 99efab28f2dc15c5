//! Partnerships: who works with whom, how, on what and under which instrument.

use crate::macros::vocabulary;
use crate::{ActorId, Date, EntityKind, MissionId, PartnershipId, Period, SourceId};

vocabulary! {
    /// The shape of a [`Partnership`].
    ///
    /// ```
    /// use peacekeeping_core::PartnershipKind;
    ///
    /// assert_eq!("un-regional".parse::<PartnershipKind>()?, PartnershipKind::UnRegional);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    PartnershipKind, "partnership kind" {
        /// Between exactly two parties: the France-UK defence cooperation under the
        /// Lancaster House treaties (2010).
        Bilateral => "bilateral",
        /// Among three or more parties: the AU, the UN and the EU around AMISOM.
        Multilateral => "multilateral",
        /// Between the UN and a regional organization: the UN-AU Joint Framework for
        /// Enhanced Partnership in Peace and Security (2017).
        UnRegional => "un-regional",
        /// Between military and civilian actors: a mission's force and humanitarian
        /// agencies, coordinated under civil-military coordination (CIMIC, UN-CMCoord)
        /// arrangements.
        CivilMilitary => "civil-military",
        /// A jointly run operation: the UN-AU hybrid operation in Darfur (UNAMID).
        Hybrid => "hybrid",
        /// Forces pledged in advance for rapid deployment: the African Standby Force, the
        /// UN Peacekeeping Capability Readiness System.
        StandbyArrangement => "standby-arrangement",
    }
}

vocabulary! {
    /// A party's role in a [`Partnership`].
    PartyRole, "party role" {
        /// Leads the effort: the AU in AMISOM.
        Lead => "lead",
        /// Supports the lead: the UN (logistics through UNSOA/UNSOS) and the EU (funding)
        /// in AMISOM.
        Supporting => "supporting",
        /// Takes part without a lead or supporting role.
        Participant => "participant",
    }
}

vocabulary! {
    /// A party's standing relative to the others in a [`Partnership`].
    Standing, "standing" {
        /// The senior partner, e.g. the contingent that provides the command element of
        /// a composite unit.
        Senior => "senior",
        /// The junior partner.
        Junior => "junior",
        /// An equal partner.
        Equal => "equal",
    }
}

vocabulary! {
    /// How contingents of different countries are combined in one unit, in the forms UN
    /// peacekeeping practice distinguishes for such combined arrangements.
    OperationalForm, "operational form" {
        /// A sub-unit of one country attached to a unit of another, under its command.
        Attached => "attached",
        /// Individual personnel of one country embedded in a unit of another.
        Embedded => "embedded",
        /// Units of several countries deployed side by side, each under national
        /// command, in the same area.
        CoDeployed => "co-deployed",
        /// One unit formed from sub-units of several countries under a single command.
        Composite => "composite",
    }
}

vocabulary! {
    /// A field in which partners cooperate.
    ///
    /// ```
    /// use peacekeeping_core::CooperationDomain;
    ///
    /// assert_eq!("logistics".parse::<CooperationDomain>()?, CooperationDomain::Logistics);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    CooperationDomain, "cooperation domain" {
        /// Providing security: patrols, force protection, protection of civilians.
        SecurityProvision => "security-provision",
        /// Humanitarian assistance and access.
        HumanitarianAssistance => "humanitarian-assistance",
        /// Reconstruction and recovery.
        Reconstruction => "reconstruction",
        /// Training of forces and personnel.
        Training => "training",
        /// Logistics: supply, transport, engineering, medical support (UNSOS for AMISOM).
        Logistics => "logistics",
        /// Intelligence and information sharing.
        IntelligenceSharing => "intelligence-sharing",
        /// Funding: the EU's African Peace Facility paid AMISOM allowances.
        Funding => "funding",
        /// Equipment: contingent-owned equipment, donations, lease.
        Equipment => "equipment",
        /// Policing and law enforcement.
        Policing => "policing",
        /// Mediation and political facilitation.
        Mediation => "mediation",
        /// Building the capacity of national and regional institutions.
        CapacityBuilding => "capacity-building",
        /// Technology: drones and other ISR, AI and data analytics, communications.
        Technology => "technology",
    }
}

vocabulary! {
    /// The kind of instrument a partnership rests on.
    InstrumentKind, "instrument kind" {
        /// A treaty binding under international law: the Lancaster House treaties.
        Treaty => "treaty",
        /// A memorandum of understanding: a troop contributor's MoU with the UN.
        Mou => "mou",
        /// A framework agreement: the UN-AU Joint Framework (2017).
        FrameworkAgreement => "framework-agreement",
        /// A resolution or decision of an organ: a Security Council resolution, an AU
        /// Peace and Security Council communiqué.
        Resolution => "resolution",
        /// An exchange of letters or other informal arrangement.
        ExchangeOfLetters => "exchange-of-letters",
    }
}

/// One party to a [`Partnership`], with its role and standing.
///
/// ```
/// use peacekeeping_core::{Party, PartyRole, Standing};
///
/// let au = Party::new("AU".parse()?, PartyRole::Lead).with_standing(Standing::Equal);
/// assert_eq!(au.role, PartyRole::Lead);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Party {
    /// The actor.
    pub actor: ActorId,
    /// Its role.
    pub role: PartyRole,
    /// Its standing, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub standing: Option<Standing>,
}

impl Party {
    /// A party with a role and no recorded standing.
    #[must_use]
    pub fn new(actor: ActorId, role: PartyRole) -> Self {
        Party {
            actor,
            role,
            standing: None,
        }
    }

    /// Sets the standing.
    #[must_use]
    pub fn with_standing(mut self, standing: Standing) -> Self {
        self.standing = Some(standing);
        self
    }
}

/// A document a partnership rests on.
///
/// ```
/// use peacekeeping_core::{Date, Instrument, InstrumentKind};
///
/// let lancaster = Instrument::new(InstrumentKind::Treaty, "Lancaster House Treaties")
///     .signed_on(Date::new(2010, 11, 2)?);
/// assert_eq!(lancaster.signed.map(|d| d.year()), Some(2010));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Instrument {
    /// What kind of instrument.
    pub kind: InstrumentKind,
    /// Its title.
    pub title: String,
    /// When it was signed or adopted, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub signed: Option<Date>,
}

impl Instrument {
    /// An instrument with a kind and title.
    #[must_use]
    pub fn new(kind: InstrumentKind, title: impl Into<String>) -> Self {
        Instrument {
            kind,
            title: title.into(),
            signed: None,
        }
    }

    /// Sets the date of signature or adoption.
    #[must_use]
    pub fn signed_on(mut self, date: Date) -> Self {
        self.signed = Some(date);
        self
    }
}

/// Who is responsible for what in a partnership: a party and a domain, with a description.
///
/// ```
/// use peacekeeping_core::{CooperationDomain, Responsibility};
///
/// let logistics = Responsibility::new("UN".parse()?, CooperationDomain::Logistics, "logistics support package through UNSOA");
/// assert_eq!(logistics.domain, CooperationDomain::Logistics);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Responsibility {
    /// The responsible party.
    pub actor: ActorId,
    /// The domain of the responsibility.
    pub domain: CooperationDomain,
    /// What exactly it is responsible for.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub description: String,
}

impl Responsibility {
    /// A responsibility of `actor` in `domain`.
    #[must_use]
    pub fn new(actor: ActorId, domain: CooperationDomain, description: impl Into<String>) -> Self {
        Responsibility {
            actor,
            domain,
            description: description.into(),
        }
    }
}

/// A review that examined a partnership's records of some kinds over a period: what it
/// found is all there was, so a kind of record it covers and the dataset lacks in that
/// period was **observed to be absent**, not merely unrecorded.
///
/// "No friction recorded" is not "no friction": a dataset of cases records the frictions
/// its sources mention, and a year without one may be a year nobody wrote about. A
/// review (a joint review, an evaluation, a systematic study of the partnership's
/// frictions) says the opposite for its period: scoring then counts zero frictions as
/// an observation. Without one, a count of zero is not observed.
///
/// ```
/// use peacekeeping_core::*;
///
/// // A source that went through the partnership's frictions and trainings of 2013-2015.
/// let review = Review::new(Period::between(Date::new(2013, 1, 1)?, Date::new(2015, 12, 31)?)?,
///         "a-joint-review".parse()?)
///     .of(EntityKind::Friction)
///     .of(EntityKind::Training);
/// assert!(review.covers(EntityKind::Friction, Date::new(2014, 6, 1)?, Date::new(2014, 12, 31)?));
/// assert!(!review.covers(EntityKind::Friction, Date::new(2015, 6, 1)?, Date::new(2016, 1, 31)?));
/// assert!(!review.covers(EntityKind::Lesson, Date::new(2014, 6, 1)?, Date::new(2014, 12, 31)?));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Review {
    /// The period the review examined.
    pub period: Period,
    /// The kinds of records it covers completely (frictions, trainings, ...).
    pub of: Vec<EntityKind>,
    /// The source that reviewed them.
    pub source: SourceId,
}

impl Review {
    /// A review of `period` by `source`, covering no kind of record yet.
    #[must_use]
    pub fn new(period: Period, source: SourceId) -> Self {
        Review {
            period,
            of: Vec::new(),
            source,
        }
    }

    /// Adds a kind of record the review covers completely.
    #[must_use]
    pub fn of(mut self, kind: EntityKind) -> Self {
        self.of.push(kind);
        self
    }

    /// Whether the review covers records of `kind` over all of `from..=to`.
    #[must_use]
    pub fn covers(&self, kind: EntityKind, from: Date, to: Date) -> bool {
        self.of.contains(&kind) && self.period.contains(from) && self.period.contains(to)
    }
}

/// Two or more actors working together in peace operations.
///
/// A partnership has parties with roles, a [`kind`](PartnershipKind), the operational
/// forms used for combined units, the [domains](CooperationDomain) of cooperation, the
/// [instruments](Instrument) it rests on, the missions it serves, its period, and who is
/// responsible for what.
///
/// ```
/// use peacekeeping_core::*;
///
/// // The AU-UN-EU partnership around AMISOM.
/// let amisom = Partnership::new("amisom-partnership".parse()?, "AMISOM support partnership", PartnershipKind::Multilateral,
///         Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?)
///     .with_party(Party::new("AU".parse()?, PartyRole::Lead))
///     .with_party(Party::new("UN".parse()?, PartyRole::Supporting))
///     .with_party(Party::new("EU".parse()?, PartyRole::Supporting))
///     .with_domain(CooperationDomain::Logistics)
///     .with_domain(CooperationDomain::Funding)
///     .with_mission("AMISOM".parse()?);
/// assert!(amisom.involves(&"EU".parse()?));
/// assert_eq!(amisom.lead().map(ActorId::as_str), Some("AU"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Partnership {
    /// The stable id other records use.
    pub id: PartnershipId,
    /// A descriptive name.
    pub name: String,
    /// The shape of the partnership.
    pub kind: PartnershipKind,
    /// The parties with their roles.
    pub parties: Vec<Party>,
    /// Operational forms used for combined units.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub forms: Vec<OperationalForm>,
    /// Domains of cooperation.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub domains: Vec<CooperationDomain>,
    /// The instruments it rests on.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub instruments: Vec<Instrument>,
    /// The missions it serves.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub missions: Vec<MissionId>,
    /// When it held.
    pub period: Period,
    /// Who is responsible for what.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub responsibilities: Vec<Responsibility>,
    /// The reviews that examined its records: the periods in which a kind of record the
    /// dataset lacks was observed to be absent (see [`Review`]).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub reviews: Vec<Review>,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Partnership {
    /// A partnership with no parties yet.
    #[must_use]
    pub fn new(
        id: PartnershipId,
        name: impl Into<String>,
        kind: PartnershipKind,
        period: Period,
    ) -> Self {
        Partnership {
            id,
            name: name.into(),
            kind,
            parties: Vec::new(),
            forms: Vec::new(),
            domains: Vec::new(),
            instruments: Vec::new(),
            missions: Vec::new(),
            period,
            responsibilities: Vec::new(),
            reviews: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds a party.
    #[must_use]
    pub fn with_party(mut self, party: Party) -> Self {
        self.parties.push(party);
        self
    }

    /// Adds a domain of cooperation.
    #[must_use]
    pub fn with_domain(mut self, domain: CooperationDomain) -> Self {
        self.domains.push(domain);
        self
    }

    /// Adds an operational form.
    #[must_use]
    pub fn with_form(mut self, form: OperationalForm) -> Self {
        self.forms.push(form);
        self
    }

    /// Adds an instrument.
    #[must_use]
    pub fn with_instrument(mut self, instrument: Instrument) -> Self {
        self.instruments.push(instrument);
        self
    }

    /// Adds a mission it serves.
    #[must_use]
    pub fn with_mission(mut self, mission: MissionId) -> Self {
        self.missions.push(mission);
        self
    }

    /// Adds a responsibility.
    #[must_use]
    pub fn with_responsibility(mut self, responsibility: Responsibility) -> Self {
        self.responsibilities.push(responsibility);
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Adds a review of its records.
    #[must_use]
    pub fn with_review(mut self, review: Review) -> Self {
        self.reviews.push(review);
        self
    }

    /// Whether a review covers its records of `kind` over all of `from..=to`: a kind
    /// of record absent from the dataset then was observed to be absent.
    ///
    /// ```
    /// use peacekeeping_core::*;
    ///
    /// let p = Partnership::new("p".parse()?, "P", PartnershipKind::Bilateral, Period::since(Date::new(2010, 1, 1)?))
    ///     .with_review(Review::new(Period::between(Date::new(2010, 1, 1)?, Date::new(2012, 12, 31)?)?, "s".parse()?)
    ///         .of(EntityKind::Friction));
    /// assert!(p.is_reviewed(EntityKind::Friction, Date::new(2011, 1, 1)?, Date::new(2011, 12, 31)?));
    /// assert!(!p.is_reviewed(EntityKind::Training, Date::new(2011, 1, 1)?, Date::new(2011, 12, 31)?));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn is_reviewed(&self, kind: EntityKind, from: Date, to: Date) -> bool {
        self.reviews.iter().any(|r| r.covers(kind, from, to))
    }

    /// Whether `actor` is a party.
    #[must_use]
    pub fn involves(&self, actor: &ActorId) -> bool {
        self.parties.iter().any(|p| &p.actor == actor)
    }

    /// The first party whose role is [`PartyRole::Lead`], if any.
    #[must_use]
    pub fn lead(&self) -> Option<&ActorId> {
        self.parties
            .iter()
            .find(|p| p.role == PartyRole::Lead)
            .map(|p| &p.actor)
    }

    /// Whether the partnership was in force on `date`.
    #[must_use]
    pub fn is_active_on(&self, date: Date) -> bool {
        self.period.contains(date)
    }
}
