//! What happened where operations deployed: the deaths of their personnel, and the
//! battle deaths of the territories they deployed in.
//!
//! These are the records outcome indicators are computed from: [`Fatality`] (one death of
//! an operation's personnel, as the UN's fatality file records it) and [`BattleDeaths`]
//! (the battle-related deaths of state-based armed conflict in a territory in a year, as
//! UCDP and PRIO count them).

use crate::macros::vocabulary;
use crate::{CountryCode, Date, MissionId, Period, Personnel, SourceId};

vocabulary! {
    /// Which kind of personnel a [`Fatality`] was: the categories of the UN's fatality
    /// file (`casualty_personnel_type`).
    StaffCategory, "staff category" {
        /// Military personnel of a contingent (troops, staff officers).
        Military => "military",
        /// Police: individual officers and formed police units.
        Police => "police",
        /// Military observers and other military experts on mission.
        MilitaryObserver => "military-observer",
        /// International civilian staff.
        InternationalCivilian => "international-civilian",
        /// Locally recruited civilian staff (the file's `Local`).
        LocalCivilian => "local-civilian",
        /// Anyone else: UN Volunteers, consultants, contractors (the file's `Other`).
        Other => "other",
    }
}

impl StaffCategory {
    /// Whether the category is uniformed personnel (military, police, military
    /// observers): the personnel the UN's contribution reports count.
    #[must_use]
    pub const fn is_uniformed(self) -> bool {
        matches!(
            self,
            StaffCategory::Military | StaffCategory::Police | StaffCategory::MilitaryObserver
        )
    }
}

vocabulary! {
    /// What caused a [`Fatality`]: the incident types of the UN's fatality file
    /// (`type_of_incident`).
    FatalityCause, "fatality cause" {
        /// A deliberate act of violence against the person: attack, ambush, explosive
        /// device, shelling. The cause the safety-of-the-force indicators count.
        MaliciousAct => "malicious-act",
        /// An accident: road, aviation, drowning and the like.
        Accident => "accident",
        /// Illness.
        Illness => "illness",
        /// Suicide.
        SelfInflicted => "self-inflicted",
        /// Still being determined when the file was published (`To Be Determined`).
        ToBeDetermined => "to-be-determined",
        /// Not known (`Unknown`).
        Unknown => "unknown",
    }
}

vocabulary! {
    /// A person's gender as a record states it.
    Gender, "gender" {
        /// Female.
        Female => "female",
        /// Male.
        Male => "male",
    }
}

/// One death of an operation's personnel: who (category, nationality, gender), where
/// (mission), when, and why.
///
/// `id` is the record's id in its source (the UN file's row `id`), unique within a
/// dataset; the file's own `casualty_id` is not, because the UN lists a few people twice
/// (see `docs/datasets.md`).
///
/// ```
/// use peacekeeping_core::{Date, Fatality, FatalityCause, StaffCategory};
///
/// // The UN's first recorded peacekeeping fatality: a French military observer of
/// // UNTSO, 6 July 1948, a malicious act.
/// let f = Fatality::new("1", "UNTSO".parse()?, Date::new(1948, 7, 6)?,
///         StaffCategory::Military, FatalityCause::MaliciousAct)
///     .with_nationality("FRA".parse()?);
/// assert!(f.is_malicious());
/// assert!(f.category.is_uniformed());
/// assert_eq!(f.nationality.map(|c| c.to_string()).as_deref(), Some("FRA"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Fatality {
    /// The record's id in its source; unique within a dataset.
    pub id: String,
    /// The operation the person served in.
    pub mission: MissionId,
    /// The date of the incident.
    pub date: Date,
    /// The kind of personnel.
    pub category: StaffCategory,
    /// What caused the death.
    pub cause: FatalityCause,
    /// The person's nationality, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub nationality: Option<CountryCode>,
    /// The person's gender, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub gender: Option<Gender>,
    /// The source that records it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<SourceId>,
}

impl Fatality {
    /// A fatality with no nationality, gender or source yet.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        mission: MissionId,
        date: Date,
        category: StaffCategory,
        cause: FatalityCause,
    ) -> Self {
        Fatality {
            id: id.into(),
            mission,
            date,
            category,
            cause,
            nationality: None,
            gender: None,
            source: None,
        }
    }

    /// Sets the nationality.
    #[must_use]
    pub fn with_nationality(mut self, nationality: CountryCode) -> Self {
        self.nationality = Some(nationality);
        self
    }

    /// Sets the gender.
    #[must_use]
    pub fn with_gender(mut self, gender: Gender) -> Self {
        self.gender = Some(gender);
        self
    }

    /// Sets the source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.source = Some(source);
        self
    }

    /// Whether the death was caused by a malicious act.
    #[must_use]
    pub fn is_malicious(&self) -> bool {
        self.cause == FatalityCause::MaliciousAct
    }
}

vocabulary! {
    /// The intensity of state-based armed conflict in a territory-year, by UCDP's
    /// thresholds of battle-related deaths (Gleditsch et al. 2002, "Armed Conflict
    /// 1946-2001: A New Dataset", Journal of Peace Research 39(5); UCDP definitions,
    /// ucdp.uu.se/downloads/brd).
    ConflictLevel, "conflict level" {
        /// Fewer than 25 battle-related deaths: below UCDP's threshold of an armed
        /// conflict.
        BelowThreshold => "below-threshold",
        /// 25 to 999 battle-related deaths: a minor armed conflict.
        Minor => "minor",
        /// 1,000 or more battle-related deaths: a war.
        War => "war",
    }
}

impl ConflictLevel {
    /// The level of `deaths` battle-related deaths in a year: below 25, 25-999, 1,000 or
    /// more.
    #[must_use]
    pub const fn of(deaths: u32) -> Self {
        match deaths {
            0..=24 => ConflictLevel::BelowThreshold,
            25..=999 => ConflictLevel::Minor,
            _ => ConflictLevel::War,
        }
    }
}

/// The battle-related deaths of state-based armed conflict in one territory in one year,
/// with the source's low, best and high estimates.
///
/// Battle-related deaths are UCDP's count: deaths caused by the warring parties that can
/// be related to combat in a state-based conflict (soldiers and civilians killed in
/// crossfire), not one-sided violence against civilians and not non-state conflict. A
/// year without fighting is 0, not missing.
///
/// The estimates are kept as the source gives them: `low <= best <= high` holds for almost
/// every record, but not all (UCDP's own 2022 figure for Armenia has low 154 and high
/// 153); [`is_ordered`](BattleDeaths::is_ordered) says which.
///
/// ```
/// use peacekeeping_core::{BattleDeaths, ConflictLevel};
///
/// // Ethiopia 2022 (UCDP GED 23.1): best estimate 101,076.
/// let ethiopia = BattleDeaths::new("ETH".parse()?, 2022, 101_076);
/// assert_eq!(ethiopia.level(), ConflictLevel::War);
/// assert_eq!(BattleDeaths::new("MLI".parse()?, 1995, 2).level(), ConflictLevel::BelowThreshold);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct BattleDeaths {
    /// The territory (a country, or a former one: ISO 3166-1 or 3166-3).
    pub territory: CountryCode,
    /// The calendar year.
    pub year: i32,
    /// The best estimate.
    pub best: u32,
    /// The low estimate, if given.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub low: Option<u32>,
    /// The high estimate, if given.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub high: Option<u32>,
    /// The source of the figures.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<SourceId>,
}

impl BattleDeaths {
    /// A best estimate, with no low or high estimate or source yet.
    #[must_use]
    pub fn new(territory: CountryCode, year: i32, best: u32) -> Self {
        BattleDeaths {
            territory,
            year,
            best,
            low: None,
            high: None,
            source: None,
        }
    }

    /// Sets the low and high estimates.
    #[must_use]
    pub fn with_range(mut self, low: u32, high: u32) -> Self {
        self.low = Some(low);
        self.high = Some(high);
        self
    }

    /// Sets the source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.source = Some(source);
        self
    }

    /// The UCDP intensity level of the best estimate.
    #[must_use]
    pub const fn level(&self) -> ConflictLevel {
        ConflictLevel::of(self.best)
    }

    /// Whether the estimates given are in order: low <= best <= high.
    #[must_use]
    pub fn is_ordered(&self) -> bool {
        self.low.is_none_or(|low| low <= self.best)
            && self.high.is_none_or(|high| self.best <= high)
    }
}

/// The reported strength of a mission on a date: all of its uniformed personnel, from
/// every contributor, as one figure by category.
///
/// Where a [`Contribution`](crate::Contribution) is one contributor's personnel in a
/// mission, a strength record is the mission's own total: the figure the UN's monthly
/// mission summaries (compiled in IPI's mission file) and SIPRI's Multilateral Peace
/// Operations Database give, and for operations that publish no contributor breakdown
/// (AMISOM, KFOR, AFISMA, MISCA, ...) the only figure there is. It is the deployed
/// counterpart of a mission's ceiling ([`AuthorizedStrength`](crate::AuthorizedStrength)).
///
/// The figure is a stock on its date: monthly sources date it at the end of the month
/// (2015-12-31 for December 2015), and validation accepts such a month-end date when the
/// month overlaps the mission's period even if the day itself falls after the mission's
/// end ([`is_dated_within`](DeployedStrength::is_dated_within)). A dataset holds at most
/// one record per mission and date.
///
/// ```
/// use peacekeeping_core::{Date, DeployedStrength, Headcount, Personnel, PersonnelCategory};
///
/// // AMISOM at the end of December 2015 (SIPRI, in Bara & Hultman's UN and Non-UN
/// // Peacekeeping Dataset): 21,645 troops and 481 police, 22,126 in all.
/// let mut personnel = Personnel::of(PersonnelCategory::Troops, Headcount::total_only(21_645));
/// personnel.set(PersonnelCategory::IndividualPolice, Headcount::total_only(481));
/// let amisom = DeployedStrength::new("AMISOM".parse()?, Date::new(2015, 12, 31)?, personnel)
///     .with_source("sipri-mpo".parse()?);
/// assert_eq!(amisom.total(), 22_126);
/// assert_eq!(amisom.personnel.police().total(), 481);
/// assert_eq!(amisom.source.as_ref().map(|s| s.as_str()), Some("sipri-mpo"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct DeployedStrength {
    /// The mission.
    pub mission: MissionId,
    /// The date the figure is of (a monthly figure: the last day of its month).
    pub date: Date,
    /// The mission's uniformed personnel on that date, by category.
    pub personnel: Personnel,
    /// The source of the figure.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<SourceId>,
}

impl DeployedStrength {
    /// A mission's personnel on a date, with no source yet.
    #[must_use]
    pub fn new(mission: MissionId, date: Date, personnel: Personnel) -> Self {
        DeployedStrength {
            mission,
            date,
            personnel,
            source: None,
        }
    }

    /// Sets the source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.source = Some(source);
        self
    }

    /// Everyone, all categories and sexes: [`Personnel::total`].
    #[must_use]
    pub fn total(&self) -> u64 {
        self.personnel.total()
    }

    /// Whether the record's date fits a mission's `period`, as validation requires: the
    /// date lies in the period, or it is the last day of a month that overlaps the period.
    ///
    /// Monthly figures are dated at the end of their month, so a mission that ended on
    /// 9 July 2011 (UNMIS) has its July figure dated 2011-07-31; that figure is of a month
    /// the mission served in and is accepted. A figure dated the last day of a month the
    /// mission never served in, or any other day outside the period, is not.
    ///
    /// ```
    /// use peacekeeping_core::{Date, DeployedStrength, Period, Personnel};
    ///
    /// let unmis = Period::between(Date::new(2005, 3, 24)?, Date::new(2011, 7, 9)?)?;
    /// let on = |y, m, d| -> Result<bool, peacekeeping_core::Error> {
    ///     Ok(DeployedStrength::new("UNMIS".parse()?, Date::new(y, m, d)?, Personnel::default())
    ///         .is_dated_within(unmis))
    /// };
    /// assert!(on(2011, 6, 30)?);
    /// assert!(on(2011, 7, 31)?); // the month-end of the mission's last month
    /// assert!(!on(2011, 7, 30)?); // not a month-end
    /// assert!(!on(2011, 8, 31)?); // a month the mission did not serve in
    /// assert!(!on(2005, 2, 28)?);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn is_dated_within(&self, period: Period) -> bool {
        period.contains(self.date)
            || (self.date.is_last_of_month()
                && Period::between(self.date.first_of_month(), self.date)
                    .is_ok_and(|month| month.overlaps(&period)))
    }
}
