//! What a conversion of mission-month figures into core
//! [`DeployedStrength`] records returns: the records, and every month left out with the
//! reason ([`Conversion`], [`SkippedMonth`], [`SkipReason`]).
//!
//! The conversions themselves live beside their readers:
//! [`ipi::to_deployed_strengths`](crate::ipi::to_deployed_strengths) (the IPI mission
//! file) and [`nonun::to_deployed_strengths`](crate::nonun::to_deployed_strengths) (SIPRI's
//! figures in the UN and Non-UN Peacekeeping Dataset).

use core::fmt;
use std::collections::BTreeMap;

use peacekeeping_core::{
    Date, DeployedStrength, Headcount, MissionId, Period, Personnel, PersonnelCategory,
};

/// The records a conversion made, and every month it left out with the reason.
///
/// Nothing is dropped silently: each input month either becomes (part of) a record or is
/// listed in [`skipped`](Conversion::skipped). [`skipped_by_reason`](
/// Conversion::skipped_by_reason) counts them by reason, and `Display` writes the one-line
/// summary (`"120 records, 3 months skipped: 2 not-observed, 1 unknown-mission"`).
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a conversion reports the months it left out, which should be looked at"]
#[non_exhaustive]
pub struct Conversion<T> {
    /// The records made, in the order of the months they come from.
    pub records: Vec<T>,
    /// Every month left out, in input order, with the reason.
    pub skipped: Vec<SkippedMonth>,
}

impl<T> Default for Conversion<T> {
    fn default() -> Self {
        Conversion {
            records: Vec::new(),
            skipped: Vec::new(),
        }
    }
}

impl<T> Conversion<T> {
    /// How many months were left out for each reason, by [`SkipReason::code`].
    #[must_use]
    pub fn skipped_by_reason(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for s in &self.skipped {
            *counts.entry(s.reason.code()).or_insert(0) += 1;
        }
        counts
    }
}

impl<T> fmt::Display for Conversion<T> {
    /// `N records, M months skipped` followed by the count of each reason.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.records.len();
        let m = self.skipped.len();
        write!(
            f,
            "{n} record{}, {m} month{} skipped",
            if n == 1 { "" } else { "s" },
            if m == 1 { "" } else { "s" }
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
