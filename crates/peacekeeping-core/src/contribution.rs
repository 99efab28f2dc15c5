//! Contributions: who gives what to which mission, when.

use core::ops::{Add, AddAssign};

use crate::macros::vocabulary;
use crate::{ActorId, CurrencyCode, Date, MissionId, Period, SourceId};

vocabulary! {
    /// A category of uniformed personnel, as the UN reports contributions.
    ///
    /// ```
    /// use peacekeeping_core::PersonnelCategory;
    ///
    /// assert_eq!("formed-police-units".parse::<PersonnelCategory>()?, PersonnelCategory::FormedPoliceUnits);
    /// assert!(PersonnelCategory::IndividualPolice.is_police());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    PersonnelCategory, "personnel category" {
        /// Members of formed military contingents.
        Troops => "troops",
        /// Staff officers serving in a mission's headquarters.
        StaffOfficers => "staff-officers",
        /// Experts on mission: military observers and military liaison officers (the
        /// UN's "experts on mission"; older reports say "military observers").
        ExpertsOnMission => "experts-on-mission",
        /// Formed police units (FPUs) of about 140 officers each.
        FormedPoliceUnits => "formed-police-units",
        /// Individual police officers (IPOs), formerly "civilian police".
        IndividualPolice => "individual-police",
    }
}

impl PersonnelCategory {
    /// Whether the category is police (formed units or individual officers).
    #[must_use]
    pub const fn is_police(self) -> bool {
        matches!(
            self,
            PersonnelCategory::FormedPoliceUnits | PersonnelCategory::IndividualPolice
        )
    }

    /// Whether the category is military (troops, staff officers, experts on mission).
    #[must_use]
    pub const fn is_military(self) -> bool {
        !self.is_police()
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// A number of people, by sex where known.
///
/// The UN has reported contributions by sex since late 2009; older figures have only a
/// total, held as `unspecified`.
///
/// ```
/// use peacekeeping_core::Headcount;
///
/// let h = Headcount::by_sex(120, 20);
/// assert_eq!(h.total(), 140);
/// assert_eq!(Headcount::total_only(98).female, 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Headcount {
    /// Men.
    pub male: u32,
    /// Women.
    pub female: u32,
    /// People whose sex was not reported.
    pub unspecified: u32,
}

impl Headcount {
    /// Men and women, both known.
    #[must_use]
    pub const fn by_sex(male: u32, female: u32) -> Self {
        Headcount {
            male,
            female,
            unspecified: 0,
        }
    }

    /// A total without a split by sex.
    #[must_use]
    pub const fn total_only(total: u32) -> Self {
        Headcount {
            male: 0,
            female: 0,
            unspecified: total,
        }
    }

    /// Everyone, whatever their sex.
    #[must_use]
    pub const fn total(&self) -> u64 {
        self.male as u64 + self.female as u64 + self.unspecified as u64
    }

    /// Whether nobody is counted.
    #[must_use]
    pub const fn is_zero(&self) -> bool {
        self.total() == 0
    }

    /// The share of women, `female / total`, as the UN's gender statistics give it:
    /// `None` when nobody is counted or when anyone's sex is not reported (a share of the
    /// reported alone would hide who is missing).
    ///
    /// ```
    /// use peacekeeping_core::Headcount;
    ///
    /// assert_eq!(Headcount::by_sex(90, 10).female_share(), Some(0.1));
    /// assert_eq!(Headcount::total_only(100).female_share(), None);
    /// assert_eq!(Headcount::default().female_share(), None);
    /// ```
    #[must_use]
    pub fn female_share(&self) -> Option<f64> {
        (self.unspecified == 0 && self.total() > 0)
            .then(|| f64::from(self.female) / self.total() as f64)
    }
}

impl Add for Headcount {
    type Output = Headcount;

    /// Adds two headcounts field by field, saturating at `u32::MAX`.
    fn add(self, rhs: Headcount) -> Headcount {
        Headcount {
            male: self.male.saturating_add(rhs.male),
            female: self.female.saturating_add(rhs.female),
            unspecified: self.unspecified.saturating_add(rhs.unspecified),
        }
    }
}

impl AddAssign for Headcount {
    fn add_assign(&mut self, rhs: Headcount) {
        *self = *self + rhs;
    }
}

/// Uniformed personnel by category: one line of the UN's monthly "contributions by
/// country and mission" report.
///
/// ```
/// use peacekeeping_core::{Headcount, Personnel, PersonnelCategory};
///
/// let mut p = Personnel::default();
/// p.set(PersonnelCategory::Troops, Headcount::by_sex(850, 12));
/// p.set(PersonnelCategory::StaffOfficers, Headcount::by_sex(18, 2));
/// assert_eq!(p.total(), 882);
/// assert_eq!(p.military().total(), 882);
/// assert_eq!(p.get(PersonnelCategory::IndividualPolice).total(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Personnel {
    counts: [Headcount; 5],
}

impl Personnel {
    /// Personnel of a single category.
    #[must_use]
    pub fn of(category: PersonnelCategory, headcount: Headcount) -> Self {
        let mut p = Personnel::default();
        p.set(category, headcount);
        p
    }

    /// The headcount of one category.
    #[must_use]
    pub const fn get(&self, category: PersonnelCategory) -> Headcount {
        self.counts[category.index()]
    }

    /// Sets the headcount of one category.
    pub fn set(&mut self, category: PersonnelCategory, headcount: Headcount) {
        self.counts[category.index()] = headcount;
    }

    /// Every category with its headcount, in [`PersonnelCategory::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (PersonnelCategory, Headcount)> + '_ {
        PersonnelCategory::ALL.iter().map(|&c| (c, self.get(c)))
    }

    /// Everyone, all categories and sexes.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.counts.iter().map(Headcount::total).sum()
    }

    /// All military categories together.
    #[must_use]
    pub fn military(&self) -> Headcount {
        self.sum_where(PersonnelCategory::is_military)
    }

    /// All police categories together.
    #[must_use]
    pub fn police(&self) -> Headcount {
        self.sum_where(PersonnelCategory::is_police)
    }

    /// Everyone by sex, all categories together.
    #[must_use]
    pub fn all(&self) -> Headcount {
        self.sum_where(|_| true)
    }

    /// The categories `keep` accepts, together.
    pub(crate) fn sum_where(&self, keep: impl Fn(PersonnelCategory) -> bool) -> Headcount {
        self.iter()
            .filter(|(c, _)| keep(*c))
            .fold(Headcount::default(), |acc, (_, h)| acc + h)
    }
}

impl Add for Personnel {
    type Output = Personnel;

    fn add(mut self, rhs: Personnel) -> Personnel {
        self += rhs;
        self
    }
}

impl AddAssign for Personnel {
    fn add_assign(&mut self, rhs: Personnel) {
        for (mine, theirs) in self.counts.iter_mut().zip(rhs.counts) {
            *mine += theirs;
        }
    }
}

#[cfg(feature = "serde")]
mod personnel_serde {
    use super::{Headcount, Personnel, PersonnelCategory};
    use std::collections::BTreeMap;

    /// JSON form: an object keyed by category code, zero categories left out:
    /// `{"troops": {"male": 850, "female": 12}}`.
    impl serde::Serialize for Personnel {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let map: BTreeMap<PersonnelCategory, Headcount> =
                self.iter().filter(|(_, h)| !h.is_zero()).collect();
            map.serialize(s)
        }
    }

    impl<'de> serde::Deserialize<'de> for Personnel {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let map = BTreeMap::<PersonnelCategory, Headcount>::deserialize(d)?;
            let mut p = Personnel::default();
            for (c, h) in map {
                p.set(c, h);
            }
            Ok(p)
        }
    }
}

vocabulary! {
    /// A capability a contributor provides to a mission.
    Capability, "capability" {
        /// Utility or attack helicopters.
        Helicopters => "helicopters",
        /// Fixed-wing aircraft for transport.
        FixedWingAircraft => "fixed-wing-aircraft",
        /// Unmanned aerial systems for intelligence, surveillance and reconnaissance.
        IsrDrones => "isr-drones",
        /// Field hospitals (UN level I to III).
        FieldHospital => "field-hospital",
        /// Engineering units.
        Engineers => "engineers",
        /// Transport and logistics units.
        Transport => "transport",
        /// Signals and communications units.
        Signals => "signals",
        /// Special forces.
        SpecialForces => "special-forces",
        /// Quick reaction forces.
        QuickReactionForce => "quick-reaction-force",
        /// Riverine and maritime units.
        Riverine => "riverine",
        /// Explosive ordnance disposal and counter-IED units.
        ExplosiveOrdnanceDisposal => "explosive-ordnance-disposal",
    }
}

/// What a [`Contribution`] gives.
///
/// ```
/// use peacekeeping_core::{Capability, Contributed};
///
/// let hospital = Contributed::Asset { capability: Capability::FieldHospital, quantity: 1 };
/// assert!(hospital.personnel().is_none());
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "kebab-case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum Contributed {
    /// Uniformed personnel deployed, as counted on the reporting date.
    Personnel(Personnel),
    /// Money, e.g. the EU's African Peace Facility funding of AMISOM allowances.
    Funding {
        /// The amount (finite and not negative in a valid dataset).
        amount: f64,
        /// Its currency.
        currency: CurrencyCode,
    },
    /// Assets and capabilities: helicopters, drones, a field hospital.
    Asset {
        /// What capability.
        capability: Capability,
        /// How many units of it.
        quantity: u32,
    },
}

impl Contributed {
    /// The personnel, if this is a personnel contribution.
    #[must_use]
    pub fn personnel(&self) -> Option<&Personnel> {
        match self {
            Contributed::Personnel(p) => Some(p),
            _ => None,
        }
    }
}

/// Who gave what to which mission, as reported on a date.
///
/// Personnel contributions are stock figures: the UN reports each month how many people
/// of each contributor serve in each mission. Funding and assets are flows dated when
/// given or pledged.
///
/// ```
/// use peacekeeping_core::{Contribution, Date, Headcount, Personnel, PersonnelCategory};
///
/// // A made-up contributor's troops in a made-up mission at the end of December 2013.
/// let c = Contribution::personnel(
///     "contributor-a".parse()?,
///     "mission-a".parse()?,
///     Date::new(2013, 12, 31)?,
///     Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(300, 10)),
/// );
/// assert_eq!(c.what.personnel().map(|p| p.total()), Some(310));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Contribution {
    /// Who gives: a state, an organization, a donor.
    pub contributor: ActorId,
    /// To which mission.
    pub mission: MissionId,
    /// The reporting date (personnel) or the date given (funding, assets).
    pub date: Date,
    /// What is given.
    pub what: Contributed,
    /// The source of the figure.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<SourceId>,
}

impl Contribution {
    /// A contribution of anything.
    #[must_use]
    pub fn new(contributor: ActorId, mission: MissionId, date: Date, what: Contributed) -> Self {
        Contribution {
            contributor,
            mission,
            date,
            what,
            source: None,
        }
    }

    /// A personnel report.
    #[must_use]
    pub fn personnel(
        contributor: ActorId,
        mission: MissionId,
        date: Date,
        personnel: Personnel,
    ) -> Self {
        Contribution::new(
            contributor,
            mission,
            date,
            Contributed::Personnel(personnel),
        )
    }

    /// Sets the source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.source = Some(source);
        self
    }
}

/// A contributor's presence in an operation in a calendar year: it had personnel there at
/// some time in the year, with the yearly mean of its personnel where the source gives
/// one.
///
/// Where a [`Contribution`] is a dated report of a contributor's personnel, a presence is
/// coarser and far more widely available: geocoded deployment data (Geo-PKO's contributors
/// at each site and year, RADPKO's yearly means by base and contributor) say who was
/// there year by year over a mission's whole life, while contribution reports are often
/// held for a few dates only. They are what the indicators of cooperation observed
/// (contributors, their diversity and their continuity over time) read where a
/// mission-year has no personnel report.
///
/// - [`personnel`](Presence::personnel) is the contributor's uniformed personnel in the
///   year (troops, police and observers together), summed over the mission's sites, as
///   its source measures it: a yearly mean of monthly head counts (RADPKO; fractional),
///   or the size of the units the year's maps show (Geo-PKO). `None` where the source
///   does not give one (a unit of unknown size on a map), never a guess.
/// - [`sites`](Presence::sites) is the number of the mission's sites (bases, map
///   locations) where the source places the contributor in the year, where it says.
///
/// A dataset holds at most one record per mission, contributor, year and source: two
/// sources may each say who was present.
///
/// ```
/// use peacekeeping_core::Presence;
///
/// // Synthetic figures: a contributor with a yearly mean of 812.5 personnel at 3 sites.
/// let p = Presence::new("NPL".parse()?, "mission-a".parse()?, 2016)
///     .with_personnel(812.5)
///     .with_sites(3)
///     .with_source("radpko".parse()?);
/// assert_eq!((p.year, p.personnel, p.sites), (2016, Some(812.5), Some(3)));
/// assert!(p.has_personnel());
/// // Present, with no figure: a unit of unknown size.
/// let q = Presence::new("KOR".parse()?, "mission-a".parse()?, 2016);
/// assert_eq!(q.personnel, None);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Presence {
    /// The operation.
    pub mission: MissionId,
    /// Who was present: a contributing state (or any other actor).
    pub contributor: ActorId,
    /// The calendar year.
    pub year: i32,
    /// The contributor's uniformed personnel in the operation in the year, as its source
    /// measures it (a yearly mean, or the units' size on the year's maps), where the
    /// source gives one (finite, not negative).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub personnel: Option<f64>,
    /// The number of the operation's sites where the source places the contributor in
    /// the year, where it says.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub sites: Option<u32>,
    /// The source of the record.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<SourceId>,
}

impl Presence {
    /// `contributor` present in `mission` in `year`, with no figure, site count or
    /// source yet.
    #[must_use]
    pub fn new(contributor: ActorId, mission: MissionId, year: i32) -> Self {
        Presence {
            mission,
            contributor,
            year,
            personnel: None,
            sites: None,
            source: None,
        }
    }

    /// Sets the contributor's personnel in the year.
    #[must_use]
    pub fn with_personnel(mut self, personnel: f64) -> Self {
        self.personnel = Some(personnel);
        self
    }

    /// Sets the number of sites.
    #[must_use]
    pub fn with_sites(mut self, sites: u32) -> Self {
        self.sites = Some(sites);
        self
    }

    /// Sets the source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.source = Some(source);
        self
    }

    /// Whether the record gives the contributor's personnel (a figure, possibly 0).
    #[must_use]
    pub fn has_personnel(&self) -> bool {
        self.personnel.is_some()
    }
}

vocabulary! {
    /// The component of an operation a contributor's uniformed personnel serve in: the
    /// field's troop-contributing and police-contributing countries (TCCs, PCCs).
    ///
    /// ```
    /// use peacekeeping_core::{Component, PersonnelCategory};
    ///
    /// assert_eq!("police".parse::<Component>()?, Component::Police);
    /// assert_eq!(PersonnelCategory::StaffOfficers.component(), Component::Military);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    Component, "component" {
        /// Military: troops, staff officers, experts on mission.
        Military => "military",
        /// Police: formed police units and individual police officers.
        Police => "police",
    }
}

impl PersonnelCategory {
    /// The component the category belongs to.
    #[must_use]
    pub const fn component(self) -> Component {
        if self.is_police() {
            Component::Police
        } else {
            Component::Military
        }
    }
}

/// A contributor's participation in an operation: its personnel of one component served
/// there over a period, from the day its first contingent deployed (or it joined the
/// operation) to the day it left, as its sources date them; open while it stays or where
/// no source gives the end.
///
/// Where a [`Contribution`] says how many served on a date and a [`Presence`] who was
/// there in a year, a participation says who took part and from when to when, as the
/// histories of operations record it: the regional operations that publish no monthly
/// reports (AMISOM's first Ugandan troops landed in Mogadishu on 6 March 2007) and the
/// day a contributor joined or left. It carries no headcount.
///
/// A dataset holds at most one participation per contributor, mission and component
/// over any day: a contributor that left and came back has two, which do not overlap.
///
/// ```
/// use peacekeeping_core::{Component, Date, Participation, Period};
///
/// let uganda = Participation::new(
///     "UGA".parse()?,
///     "AMISOM".parse()?,
///     Component::Military,
///     Period::between(Date::new(2007, 3, 6)?, Date::new(2022, 3, 31)?)?,
/// );
/// assert!(uganda.on(Date::new(2013, 12, 31)?));
/// assert!(!uganda.on(Date::new(2007, 3, 5)?));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Participation {
    /// Who took part: a contributing state (or any other actor).
    pub contributor: ActorId,
    /// The operation.
    pub mission: MissionId,
    /// The component its personnel served in.
    pub component: Component,
    /// From its first deployment (or joining) to its departure, both inclusive; open
    /// while it stays or where no source gives the end.
    pub period: Period,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Participation {
    /// `contributor` in `mission`'s `component` over `period`, with no source yet.
    #[must_use]
    pub fn new(
        contributor: ActorId,
        mission: MissionId,
        component: Component,
        period: Period,
    ) -> Self {
        Participation {
            contributor,
            mission,
            component,
            period,
            sources: Vec::new(),
        }
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Whether the contributor took part on `date`.
    #[must_use]
    pub fn on(&self, date: Date) -> bool {
        self.period.contains(date)
    }
}
