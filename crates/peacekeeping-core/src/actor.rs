//! Actors: everyone who takes part in a peace operation.

use crate::macros::vocabulary;
use crate::{ActorId, CountryCode, LanguageCode, Period, Region, SourceId};

vocabulary! {
    /// What kind of body an [`Actor`] is.
    ///
    /// ```
    /// use peacekeeping_core::ActorKind;
    ///
    /// let au: ActorKind = "regional-organization".parse()?;
    /// assert!(au.is_organization());
    /// assert!(!ActorKind::Ngo.is_organization());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    ActorKind, "actor kind" {
        /// A sovereign state, present or past: Nepal, France, Yugoslavia.
        State => "state",
        /// The United Nations as an organization of member states.
        UnitedNations => "united-nations",
        /// A department or office of the UN Secretariat: the Department of Peace
        /// Operations (DPO), the Department of Operational Support (DOS), OCHA.
        UnDepartment => "un-department",
        /// A UN agency, fund or programme: UNHCR, UNICEF, WFP, UNDP.
        UnAgency => "un-agency",
        /// A regional organization or arrangement (UN Charter chapter VIII): AU, EU,
        /// NATO, OAS, ECOWAS, SADC, IGAD.
        RegionalOrganization => "regional-organization",
        /// Another intergovernmental organization: the Commonwealth, the International
        /// Organisation of La Francophonie.
        Intergovernmental => "intergovernmental",
        /// A non-governmental organization: Médecins Sans Frontières, Nonviolent
        /// Peaceforce.
        Ngo => "ngo",
        /// A humanitarian agency outside the UN and NGO categories: the ICRC, the IFRC.
        HumanitarianAgency => "humanitarian-agency",
        /// A civil-society organization: a women's association, a religious council, a
        /// bar association.
        CivilSociety => "civil-society",
        /// A local community: the residents of a town or camp, traditional authorities.
        LocalCommunity => "local-community",
        /// A private company: a logistics contractor, an air operator chartered by a
        /// mission.
        PrivateSector => "private-sector",
    }
}

impl ActorKind {
    /// Whether actors of this kind have members: the UN, regional and other
    /// intergovernmental organizations.
    #[must_use]
    pub const fn is_organization(self) -> bool {
        matches!(
            self,
            ActorKind::UnitedNations
                | ActorKind::RegionalOrganization
                | ActorKind::Intergovernmental
        )
    }
}

/// Anyone who takes part in a peace operation: a state, an organization, an agency, an
/// NGO, a community, a company.
///
/// An actor has a stable [`ActorId`], a name and the aliases data files use for it, a
/// [`kind`](ActorKind), and where known its country (for states, the ISO code that
/// identifies them), region, official languages and period of existence. Organizations
/// that were succeeded name their predecessor: the African Union (2002) succeeded the
/// Organisation of African Unity (1963-2002).
///
/// ```
/// use peacekeeping_core::{Actor, ActorKind, Date, Period, Region};
///
/// let oau = Actor::new("OAU".parse()?, "Organisation of African Unity", ActorKind::RegionalOrganization)
///     .with_existence(Period::between(Date::new(1963, 5, 25)?, Date::new(2002, 7, 9)?)?)
///     .with_region(Region::Africa);
/// let au = Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization)
///     .with_existence(Period::since(Date::new(2002, 7, 9)?))
///     .with_predecessor(oau.id.clone())
///     .with_languages(["en", "fr", "ar", "pt"].iter().map(|l| l.parse()).collect::<Result<_, _>>()?);
/// assert!(au.kind.is_organization());
/// assert!(!oau.exists_on(Date::new(2010, 1, 1)?));
///
/// let nepal = Actor::state("NPL".parse()?, "Nepal")?;
/// assert_eq!(nepal.country.map(|c| c.to_string()).as_deref(), Some("NPL"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Actor {
    /// The stable id other records use.
    pub id: ActorId,
    /// The usual English name.
    pub name: String,
    /// Other names and spellings found in data (`"DR Congo"`, `"Cote d Ivoire"`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub aliases: Vec<String>,
    /// What kind of body this is.
    pub kind: ActorKind,
    /// For a state, its ISO 3166-1 alpha-3 code; for others, the country of their seat if
    /// recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub country: Option<CountryCode>,
    /// The world region it belongs to or works in.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub region: Option<Region>,
    /// Official or working languages.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub languages: Vec<LanguageCode>,
    /// When it existed; `None` if not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub existence: Option<Period>,
    /// The actor it succeeded (the OAU for the AU, Zaire for the DR Congo).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub predecessor: Option<ActorId>,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Actor {
    /// Creates an actor with its id, name and kind; every other field empty.
    #[must_use]
    pub fn new(id: ActorId, name: impl Into<String>, kind: ActorKind) -> Self {
        Actor {
            id,
            name: name.into(),
            aliases: Vec::new(),
            kind,
            country: None,
            region: None,
            languages: Vec::new(),
            existence: None,
            predecessor: None,
            sources: Vec::new(),
        }
    }

    /// Creates a state whose id is its ISO 3166-1 alpha-3 code.
    ///
    /// # Errors
    /// [`Error::InvalidCountryCode`](crate::Error::InvalidCountryCode) if the id is not a
    /// current or former ISO 3166-1 alpha-3 code.
    pub fn state(id: ActorId, name: impl Into<String>) -> Result<Self, crate::Error> {
        let code = CountryCode::new(id.as_str())?;
        Ok(Actor::new(id, name, ActorKind::State).with_country(code))
    }

    /// Sets the country.
    #[must_use]
    pub fn with_country(mut self, country: CountryCode) -> Self {
        self.country = Some(country);
        self
    }

    /// Sets the region.
    #[must_use]
    pub fn with_region(mut self, region: Region) -> Self {
        self.region = Some(region);
        self
    }

    /// Sets the official languages.
    #[must_use]
    pub fn with_languages(mut self, languages: Vec<LanguageCode>) -> Self {
        self.languages = languages;
        self
    }

    /// Sets the period of existence.
    #[must_use]
    pub fn with_existence(mut self, existence: Period) -> Self {
        self.existence = Some(existence);
        self
    }

    /// Sets the predecessor.
    #[must_use]
    pub fn with_predecessor(mut self, predecessor: ActorId) -> Self {
        self.predecessor = Some(predecessor);
        self
    }

    /// Adds an alias.
    #[must_use]
    pub fn with_alias(mut self, alias: impl Into<String>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Whether the actor existed on `date`; `true` when no existence period is recorded.
    #[must_use]
    pub fn exists_on(&self, date: crate::Date) -> bool {
        self.existence.is_none_or(|p| p.contains(date))
    }

    /// Whether `name` is this actor's name or one of its aliases, ignoring ASCII case.
    #[must_use]
    pub fn is_called(&self, name: &str) -> bool {
        let name = name.trim();
        self.name.eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    }
}
