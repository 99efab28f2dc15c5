//! What a conversion of a source's records into core records returns: the records, and
//! every input left out with the reason ([`Conversion`]).
//!
//! Two kinds of conversion share it:
//!
//! - mission-month figures into core [`DeployedStrength`] records, each month left out a
//!   [`SkippedMonth`] with its [`SkipReason`]:
//!   [`ipi::to_deployed_strengths`](crate::ipi::to_deployed_strengths) (the IPI mission
//!   file) and [`nonun::to_deployed_strengths`](crate::nonun::to_deployed_strengths)
//!   (SIPRI's figures in the UN and Non-UN Peacekeeping Dataset);
//! - contributors at the sites of a mission into core [`Presence`] records, each entry
//!   left out a [`SkippedEntry`] with its [`EntryReason`]:
//!   [`radpko::to_presences`](crate::radpko::to_presences) (RADPKO's bases) and
//!   [`geopko::to_presences`](crate::geopko::to_presences) (Geo-PKO's sites).
//!
//! The conversions themselves live beside their readers.

use core::fmt;
use std::collections::{BTreeMap, BTreeSet};

use peacekeeping_core::{
    ActorId, Date, DeployedStrength, Headcount, MissionId, Period, Personnel, PersonnelCategory,
    Presence, SourceId,
};

/// An input a conversion left out, with a reason that has a short code for counting:
/// [`SkippedMonth`] and [`SkippedEntry`].
pub trait Skip {
    /// What one input is called in a summary, singular and plural: `("month", "months")`.
    const UNIT: (&'static str, &'static str);

    /// The reason's short code (`unknown-mission`, `not-a-country`, ...).
    fn code(&self) -> &'static str;
}

/// The records a conversion made, and every input it left out with the reason: months
/// ([`SkippedMonth`], the default) or contributor entries ([`SkippedEntry`]).
///
/// Nothing is dropped silently: each input either becomes (part of) a record or is
/// listed in [`skipped`](Conversion::skipped). [`skipped_by_reason`](
/// Conversion::skipped_by_reason) counts them by reason, and `Display` writes the one-line
/// summary (`"120 records, 3 months skipped: 2 not-observed, 1 unknown-mission"`).
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a conversion reports the inputs it left out, which should be looked at"]
#[non_exhaustive]
pub struct Conversion<T, S = SkippedMonth> {
    /// The records made, in the order of the inputs they come from.
    pub records: Vec<T>,
    /// Every input left out, in input order, with the reason.
    pub skipped: Vec<S>,
}

impl<T, S> Default for Conversion<T, S> {
    fn default() -> Self {
        Conversion {
            records: Vec::new(),
            skipped: Vec::new(),
        }
    }
}

impl<T, S: Skip> Conversion<T, S> {
    /// How many inputs were left out for each reason, by its code
    /// ([`SkipReason::code`], [`EntryReason::code`]).
    #[must_use]
    pub fn skipped_by_reason(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for s in &self.skipped {
            *counts.entry(s.code()).or_insert(0) += 1;
        }
        counts
    }
}

impl<T, S: Skip> fmt::Display for Conversion<T, S> {
    /// `N records, M months skipped` (or `entries`) followed by the count of each reason.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.records.len();
        let m = self.skipped.len();
        let (one, many) = S::UNIT;
        write!(
            f,
            "{n} record{}, {m} {} skipped",
            if n == 1 { "" } else { "s" },
            if m == 1 { one } else { many }
        )?;
        let mut first = true;
        for (code, count) in self.skipped_by_reason() {
            write!(f, "{} {count} {code}", if first { ":" } else { "," })?;
            first = false;
        }
        Ok(())
    }
}

/// One month a conversion left out: which mission (as the input names it), which month,
/// and why.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SkippedMonth {
    /// The mission, as the input record names it.
    pub mission: MissionId,
    /// The month, as its date in the input (the last day of the month).
    pub date: Date,
    /// Why it gives no record.
    pub reason: SkipReason,
}

impl Skip for SkippedMonth {
    const UNIT: (&'static str, &'static str) = ("month", "months");

    fn code(&self) -> &'static str {
        self.reason.code()
    }
}

impl fmt::Display for SkippedMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} on {}: {}", self.mission, self.date, self.reason)
    }
}

/// Why a month gives no [`DeployedStrength`] record.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SkipReason {
    /// The source gives no figure for the month. In IPI's mission file, a month whose
    /// troops, police and observers are all `NA` or 0 (the file writes `NA` for "zero or
    /// not reported" and does not tell the two apart, so such a month is not taken for a
    /// report of nobody).
    NoFigure,
    /// SIPRI gives no figure for the month: the UN and Non-UN Peacekeeping Dataset's
    /// figure is interpolated between SIPRI's December observations (or extrapolated), not
    /// reported.
    NotObserved,
    /// The mission is reported in several countries (the file's `missionid`s) that month,
    /// and SIPRI gives figures for some of them only: their sum would undercount the
    /// mission.
    IncompleteParts {
        /// The countries with a SIPRI figure that month.
        observed: usize,
        /// The countries the mission is reported in that month.
        parts: usize,
    },
    /// A figure that is not a whole number of people from 0 to `u32::MAX`.
    NotWhole {
        /// The figure.
        value: f64,
    },
    /// The name names no mission of the reference dataset.
    UnknownMission,
    /// The month is not one of the reference mission's: its date is neither within the
    /// mission's period nor the last day of a month that overlaps it
    /// ([`DeployedStrength::is_dated_within`]).
    OutsideMissionPeriod {
        /// The reference mission.
        mission: MissionId,
        /// Its period.
        period: Period,
    },
    /// An earlier month of the input gives the same reference mission and date (two
    /// names of one mission in the same month): the earlier one is kept.
    Repeated {
        /// The reference mission.
        mission: MissionId,
        /// Whether the two give the same figures.
        same_figures: bool,
    },
}

impl SkipReason {
    /// A short code for counting: `no-figure`, `not-observed`, `incomplete-parts`,
    /// `not-whole`, `unknown-mission`, `outside-mission-period`, `repeated`.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            SkipReason::NoFigure => "no-figure",
            SkipReason::NotObserved => "not-observed",
            SkipReason::IncompleteParts { .. } => "incomplete-parts",
            SkipReason::NotWhole { .. } => "not-whole",
            SkipReason::UnknownMission => "unknown-mission",
            SkipReason::OutsideMissionPeriod { .. } => "outside-mission-period",
            SkipReason::Repeated { .. } => "repeated",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::NoFigure => f.write_str(
                "no figure: troops, police and observers are all NA or 0 (zero or not reported)",
            ),
            SkipReason::NotObserved => {
                f.write_str("SIPRI gives no figure for the month (the file's is interpolated)")
            }
            SkipReason::IncompleteParts { observed, parts } => write!(
                f,
                "SIPRI gives figures for {observed} of the {parts} countries the mission is reported in"
            ),
            SkipReason::NotWhole { value } => {
                write!(f, "figure {value} is not a whole number of people")
            }
            SkipReason::UnknownMission => f.write_str("names no mission of the reference dataset"),
            SkipReason::OutsideMissionPeriod { mission, period } => {
                write!(f, "not a month of {mission}, whose period is {period}")
            }
            SkipReason::Repeated {
                mission,
                same_figures,
            } => write!(
                f,
                "an earlier month gives {mission} on the same date ({} figures); the earlier is kept",
                if *same_figures {
                    "the same"
                } else {
                    "different"
                }
            ),
        }
    }
}

/// Uniformed personnel from mission totals that do not split police by kind or count by
/// sex: troops as [`Troops`](PersonnelCategory::Troops), observers as
/// [`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission), police as
/// [`IndividualPolice`](PersonnelCategory::IndividualPolice) (the category of the former
/// "civilian police", as the contribution importers hold unsplit police), each a
/// [`Headcount::total_only`].
pub(crate) fn personnel(troops: u32, police: u32, observers: u32) -> Personnel {
    let mut p = Personnel::default();
    p.set(PersonnelCategory::Troops, Headcount::total_only(troops));
    p.set(
        PersonnelCategory::IndividualPolice,
        Headcount::total_only(police),
    );
    p.set(
        PersonnelCategory::ExpertsOnMission,
        Headcount::total_only(observers),
    );
    p
}

/// The reference mission `id` names, and whether `date` fits its period; `Err` with the
/// reason if it names none or the date does not fit.
pub(crate) fn reference_mission(
    id: Option<&MissionId>,
    date: Date,
) -> Result<MissionId, SkipReason> {
    let mission = id
        .and_then(|id| crate::reference::dataset().mission(id))
        .ok_or(SkipReason::UnknownMission)?;
    let probe = DeployedStrength::new(mission.id.clone(), date, Personnel::default());
    if probe.is_dated_within(mission.period) {
        Ok(mission.id.clone())
    } else {
        Err(SkipReason::OutsideMissionPeriod {
            mission: mission.id.clone(),
            period: mission.period,
        })
    }
}

/// One contributor entry a presence conversion left out: a contributor at one site (a
/// RADPKO base, a Geo-PKO map location) of a mission in a year, and why.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SkippedEntry {
    /// The mission, as the input names it.
    pub mission: MissionId,
    /// The year.
    pub year: i32,
    /// The site, as the input names it (`None` for a RADPKO base without a name).
    pub site: Option<String>,
    /// The contributor, as the input names it (a country code, or Geo-PKO's text:
    /// `Multinational`, `TCC name unknown`, a name as written).
    pub contributor: String,
    /// Why it gives no record.
    pub reason: EntryReason,
}

impl Skip for SkippedEntry {
    const UNIT: (&'static str, &'static str) = ("entry", "entries");

    fn code(&self) -> &'static str {
        self.reason.code()
    }
}

impl fmt::Display for SkippedEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} in {} in {}",
            self.contributor, self.mission, self.year
        )?;
        if let Some(site) = &self.site {
            write!(f, " at {site}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Why a contributor entry gives no [`Presence`] record.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum EntryReason {
    /// The contributor is no single country: Geo-PKO's `Multinational`, `CARICOM` or
    /// `UN` (a unit of several contributors, or of the UN itself).
    NotACountry,
    /// The source does not name the contributor: Geo-PKO's `TCC name unknown`, a unit
    /// on a map without its country.
    UnnamedContributor,
    /// A name no table knows (or an entry not of the shape `name (size)`), kept as
    /// written by the reader and noted there.
    UnknownName,
    /// A country the reference dataset has no actor for.
    NotAnActor {
        /// The country's actor id.
        contributor: ActorId,
    },
    /// The name names no mission of the reference dataset.
    UnknownMission,
    /// The year is not one of the reference mission's: before the year it starts or
    /// after the year it ends.
    OutsideMissionPeriod {
        /// The reference mission.
        mission: MissionId,
        /// Its period.
        period: Period,
    },
}

impl EntryReason {
    /// A short code for counting: `not-a-country`, `unnamed-contributor`,
    /// `unknown-name`, `not-an-actor`, `unknown-mission`, `outside-mission-period`.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            EntryReason::NotACountry => "not-a-country",
            EntryReason::UnnamedContributor => "unnamed-contributor",
            EntryReason::UnknownName => "unknown-name",
            EntryReason::NotAnActor { .. } => "not-an-actor",
            EntryReason::UnknownMission => "unknown-mission",
            EntryReason::OutsideMissionPeriod { .. } => "outside-mission-period",
        }
    }
}

impl fmt::Display for EntryReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryReason::NotACountry => f.write_str("not a single country"),
            EntryReason::UnnamedContributor => {
                f.write_str("the source does not name the contributor")
            }
            EntryReason::UnknownName => f.write_str("a name no table knows"),
            EntryReason::NotAnActor { contributor } => {
                write!(f, "the reference dataset has no actor `{contributor}`")
            }
            EntryReason::UnknownMission => f.write_str("names no mission of the reference dataset"),
            EntryReason::OutsideMissionPeriod { mission, period } => {
                write!(f, "not a year of {mission}, whose period is {period}")
            }
        }
    }
}

/// The reference mission `id` names in `year` (through [`crate::names::known_mission_on`],
/// read on the year's last day), and whether `year` is a year of its period; `Err` with
/// the reason if it names none or the year does not fit.
pub(crate) fn reference_mission_in(id: &MissionId, year: i32) -> Result<MissionId, EntryReason> {
    // The year's last day: a mission lumped under one acronym (UNAVEM) is read as the
    // one in force then, or the latest started by then.
    let day = Date::new(year, 12, 31).map_err(|_| EntryReason::UnknownMission)?;
    let mission = crate::names::known_mission_on(id.as_str(), day)
        .and_then(|id| crate::reference::dataset().mission(id.as_str()))
        .ok_or(EntryReason::UnknownMission)?;
    let first = mission.period.start().year();
    let last = mission.period.end().map(|e| e.year());
    if year < first || last.is_some_and(|last| year > last) {
        return Err(EntryReason::OutsideMissionPeriod {
            mission: mission.id.clone(),
            period: mission.period,
        });
    }
    Ok(mission.id.clone())
}

/// The actor of country `code` in the reference dataset, or the reason it has none.
pub(crate) fn reference_contributor(code: &str) -> Result<ActorId, EntryReason> {
    let id: ActorId = code.parse().map_err(|_| EntryReason::UnknownName)?;
    if crate::reference::dataset().actor(code).is_some() {
        Ok(id)
    } else {
        Err(EntryReason::NotAnActor { contributor: id })
    }
}

/// One contributor's figures in one mission-year, gathered site by site.
#[derive(Debug)]
pub(crate) struct Gathered {
    /// The sites, by name.
    sites: BTreeSet<String>,
    /// The sum of the sites' figures.
    sum: f64,
    /// Whether every site gave a figure.
    complete: bool,
}

impl Default for Gathered {
    fn default() -> Self {
        Gathered {
            sites: BTreeSet::new(),
            sum: 0.0,
            complete: true,
        }
    }
}

impl Gathered {
    /// Adds a site and the contributor's figure there (`None`: the source gives none).
    pub(crate) fn add(&mut self, site: String, figure: Option<f64>) {
        self.sites.insert(site);
        match figure {
            Some(x) => self.sum += x,
            None => self.complete = false,
        }
    }
}

/// The key of a presence: mission, year, contributor.
pub(crate) type PresenceKey = (MissionId, i32, ActorId);

/// The presences of gathered figures, in (mission, year, contributor) order, citing
/// `source`: the sum of the sites' figures where every site gave one, and the number of
/// sites.
pub(crate) fn presences(
    gathered: BTreeMap<PresenceKey, Gathered>,
    source: &SourceId,
) -> Vec<Presence> {
    gathered
        .into_iter()
        .map(|((mission, year, contributor), g)| {
            let mut p = Presence::new(contributor, mission, year).with_source(source.clone());
            if g.complete {
                p = p.with_personnel(g.sum);
            }
            if let Ok(n) = u32::try_from(g.sites.len()) {
                p = p.with_sites(n);
            }
            p
        })
        .collect()
}
