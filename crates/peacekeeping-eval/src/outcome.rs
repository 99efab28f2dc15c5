//! Outcome measures of a peace operation computed from data: violence where it deploys
//! and whether war returns after it leaves, the safety of its personnel, the delivery of
//! its authorised strength, and the cooperation of its contributors over time.
//!
//! Each function takes the records it needs (core [`BattleDeaths`], [`Fatality`] and
//! [`AuthorizedStrength`] records, monthly strength series, contributor figures) and
//! returns the measure with what it rests on: the years or months used, the ones missing.
//! Nothing is filled in: a year without a record is missing, not zero. The formulas and
//! their references are in `docs/methodology.md` ("Outcomes measured from data").
//!
//! ```
//! use peacekeeping_core::{BattleDeaths, Date, Period};
//! use peacekeeping_eval::outcome::{self, Window};
//!
//! // A territory at war before an operation, calmer during it, at peace after.
//! let deaths: Vec<BattleDeaths> = [(2000, 1200), (2001, 800), (2002, 300), (2003, 40),
//!     (2004, 10), (2005, 0), (2006, 0), (2007, 30)]
//!     .into_iter()
//!     .map(|(year, best)| Ok(BattleDeaths::new("LBR".parse()?, year, best)))
//!     .collect::<Result<_, peacekeeping_core::Error>>()?;
//! let operation = Period::between(Date::new(2002, 3, 1)?, Date::new(2004, 6, 30)?)?;
//! let profile = outcome::violence(&deaths, "LBR".parse()?, operation, 2);
//! assert_eq!(profile.before.as_ref().map(Window::mean), Some(Some(1000.0)));
//! assert_eq!(profile.during.as_ref().map(Window::mean), Some(Some(350.0 / 3.0)));
//! assert_eq!(profile.after.as_ref().map(Window::mean), Some(Some(0.0)));
//!
//! // After it left: three years below 25 battle deaths, then 30 in 2007.
//! let spell = outcome::peace_after(&deaths, "LBR".parse()?, Date::new(2004, 6, 30)?, 10)
//!     .ok_or("no data")?;
//! assert_eq!((spell.years_at_peace, spell.relapse), (2, Some(2007)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;

use peacekeeping_core::{AuthorizedStrength, BattleDeaths, CountryCode, Date, Fatality, Period};

/// UCDP's threshold of an active armed conflict: 25 battle-related deaths in a calendar
/// year (Gleditsch et al. 2002; Kreutz 2010).
pub const ACTIVE_CONFLICT: u32 = 25;

/// Battle deaths over a span of calendar years: their total and mean over the years with
/// a record, and the years without one.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Window {
    /// The calendar years of the window.
    pub years: RangeInclusive<i32>,
    /// The best estimates summed over the years with a record.
    pub total: u64,
    /// The number of years with a record.
    pub observed: usize,
    /// The years without a record, in order.
    pub missing: Vec<i32>,
}

impl Window {
    fn new(by_year: &BTreeMap<i32, u32>, years: RangeInclusive<i32>) -> Self {
        let (mut total, mut observed, mut missing) = (0, 0, Vec::new());
        for year in years.clone() {
            match by_year.get(&year) {
                Some(&best) => {
                    total += u64::from(best);
                    observed += 1;
                }
                None => missing.push(year),
            }
        }
        Window {
            years,
            total,
            observed,
            missing,
        }
    }

    /// The mean battle deaths per observed year; `None` if no year is observed.
    ///
    /// See the [module](self) example.
    #[must_use]
    pub fn mean(&self) -> Option<f64> {
        (self.observed > 0).then(|| self.total as f64 / self.observed as f64)
    }
}

/// The battle deaths of an operation's host territory before, during and after the
/// operation (see [`violence`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ViolenceProfile {
    /// The years before the operation's first year.
    pub before: Option<Window>,
    /// The operation's years, from its first to its last (to the last year with a record
    /// of the territory while it is ongoing).
    pub during: Option<Window>,
    /// The years after the operation's last year (`None` while it is ongoing).
    pub after: Option<Window>,
}

impl ViolenceProfile {
    /// Mean battle deaths per year during the operation less before it; `None` unless
    /// both are observed.
    ///
    /// ```
    /// use peacekeeping_core::{BattleDeaths, Date, Period};
    /// let deaths = [BattleDeaths::new("MLI".parse()?, 2012, 900), BattleDeaths::new("MLI".parse()?, 2013, 600)];
    /// let p = peacekeeping_eval::outcome::violence(&deaths, "MLI".parse()?,
    ///     Period::since(Date::new(2013, 7, 1)?), 1);
    /// assert_eq!(p.change_during(), Some(-300.0));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn change_during(&self) -> Option<f64> {
        Some(self.during.as_ref()?.mean()? - self.before.as_ref()?.mean()?)
    }

    /// Mean battle deaths per year after the operation less before it; `None` unless both
    /// are observed.
    ///
    /// See the [module](self) example.
    #[must_use]
    pub fn change_after(&self) -> Option<f64> {
        Some(self.after.as_ref()?.mean()? - self.before.as_ref()?.mean()?)
    }
}

/// The battle deaths of `territory` in the `window` calendar years before an operation's
/// first year, in its years, and in the `window` years after its last year.
///
/// An ongoing operation's years run to the last year the records cover for the territory
/// (`after` is then `None`); a window with `window` 0 is `None`. The records of other
/// territories are ignored; a territory-year without a record is missing, not zero (UCDP
/// records years without fighting as 0).
///
/// See the [module](self) example.
#[must_use]
pub fn violence(
    deaths: &[BattleDeaths],
    territory: CountryCode,
    operation: Period,
    window: u32,
) -> ViolenceProfile {
    let by_year = by_year(deaths, territory);
    let first = operation.start().year();
    let last = match operation.end() {
        Some(end) => end.year(),
        None => by_year
            .keys()
            .next_back()
            .copied()
            .unwrap_or(first)
            .max(first),
    };
    let span = i32::try_from(window).unwrap_or(i32::MAX);
    let before = (window > 0).then(|| Window::new(&by_year, first - span..=first - 1));
    let during = Some(Window::new(&by_year, first..=last));
    let after = (window > 0 && operation.end().is_some())
        .then(|| Window::new(&by_year, last + 1..=last.saturating_add(span)));
    ViolenceProfile {
        before,
        during,
        after,
    }
}

fn by_year(deaths: &[BattleDeaths], territory: CountryCode) -> BTreeMap<i32, u32> {
    deaths
        .iter()
        .filter(|d| d.territory == territory)
        .map(|d| (d.year, d.best))
        .collect()
}

/// Peace after an operation left: the years in a row below [`ACTIVE_CONFLICT`] battle
/// deaths from the year after its last, and the year war returned, if it did (see
/// [`peace_after`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PeaceSpell {
    /// The operation's last calendar year.
    pub end_year: i32,
    /// Whether the territory was in active conflict (25 or more battle deaths) in that
    /// year.
    pub active_at_end: bool,
    /// The years in a row after `end_year` below 25 battle deaths, up to the horizon.
    pub years_at_peace: u32,
    /// The first year after `end_year` with 25 or more battle deaths, within the horizon.
    pub relapse: Option<i32>,
    /// Whether the records ended (a missing year) before the horizon and before any
    /// relapse: the spell is right-censored, and `years_at_peace` a lower bound.
    pub censored: bool,
}

/// Whether war returned after an operation ended on `end`, by UCDP's convention: a
/// territory-year is in active conflict with 25 or more battle-related deaths; the
/// spell counts the years after the operation's last year, in a row, below that, up to
/// `horizon` years, and `relapse` is the first year at or above it (Kreutz 2010, "How and
/// when armed conflicts end: Introducing the UCDP Conflict Termination dataset", Journal
/// of Peace Research 47(2): 243-250: a conflict episode ends with a year below the
/// threshold, and recurs with a year above it).
///
/// `None` if the records have no year of the territory at all. A relapse in the first
/// year after the end of an operation that ended in active conflict is the conflict going
/// on; `active_at_end` says so.
///
/// See the [module](self) example.
#[must_use]
pub fn peace_after(
    deaths: &[BattleDeaths],
    territory: CountryCode,
    end: Date,
    horizon: u32,
) -> Option<PeaceSpell> {
    let by_year = by_year(deaths, territory);
    if by_year.is_empty() {
        return None;
    }
    let end_year = end.year();
    let active_at_end = by_year
        .get(&end_year)
        .is_some_and(|&d| d >= ACTIVE_CONFLICT);
    let mut spell = PeaceSpell {
        end_year,
        active_at_end,
        years_at_peace: 0,
        relapse: None,
        censored: false,
    };
    for k in 1..=horizon {
        let year = end_year.saturating_add(i32::try_from(k).unwrap_or(i32::MAX));
        match by_year.get(&year) {
            None => {
                spell.censored = true;
                break;
            }
            Some(&d) if d >= ACTIVE_CONFLICT => {
                spell.relapse = Some(year);
                break;
            }
            Some(_) => spell.years_at_peace += 1,
        }
    }
    Some(spell)
}

/// Deaths of an operation's uniformed personnel relative to the personnel deployed (see
/// [`fatality_rate`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FatalityRate {
    /// The personnel-years deployed over the period the deaths were counted in.
    pub personnel_years: f64,
    /// Deaths of uniformed personnel (military, police, military observers), every cause.
    pub deaths: usize,
    /// Of them, deaths by malicious acts.
    pub malicious: usize,
}

impl FatalityRate {
    /// Malicious-act deaths per 1,000 personnel-years; `None` with no personnel deployed.
    ///
    /// See [`fatality_rate`].
    #[must_use]
    pub fn malicious_per_1000(&self) -> Option<f64> {
        (self.personnel_years > 0.0).then(|| 1000.0 * self.malicious as f64 / self.personnel_years)
    }

    /// Deaths of every cause per 1,000 personnel-years; `None` with no personnel deployed.
    ///
    /// See [`fatality_rate`].
    #[must_use]
    pub fn per_1000(&self) -> Option<f64> {
        (self.personnel_years > 0.0).then(|| 1000.0 * self.deaths as f64 / self.personnel_years)
    }
}

/// The safety of an operation's force: the deaths of its uniformed personnel per 1,000
/// personnel-years deployed, as fatality ratios relative to deployment are computed from
/// the UN's fatality and deployment data by Henke (2016, "Has UN Peacekeeping Become More
/// Deadly? Analyzing Trends in UN Fatalities", International Peace Institute) and van der
/// Lijn & Smit (2015, "Peacekeepers under Threat? Fatality Trends in UN Peace
/// Operations", SIPRI Policy Brief).
///
/// `fatalities` are the deaths of the operation over a period, and `personnel_years` the
/// uniformed personnel deployed over the same period (from a `Dataset`:
/// [`Dataset::fatalities_in`](peacekeeping_core::Dataset::fatalities_in) and
/// [`Dataset::personnel_years`](peacekeeping_core::Dataset::personnel_years); from a
/// monthly series: the monthly strengths summed, over 12). Only uniformed personnel are
/// counted ([`StaffCategory::is_uniformed`](peacekeeping_core::StaffCategory::is_uniformed)):
/// the personnel deployed are uniformed personnel, and deaths and exposure must count the
/// same people. A negative or non-finite `personnel_years` counts as none.
///
/// ```
/// use peacekeeping_core::{Date, Fatality, FatalityCause, StaffCategory};
/// use peacekeeping_eval::outcome;
///
/// // 12,000 personnel-years; 3 malicious-act deaths of troops and police, 1 of illness,
/// // 1 of a civilian (not counted).
/// let death = |id: &str, category, cause| -> Result<Fatality, peacekeeping_core::Error> {
///     Ok(Fatality::new(id, "MINUSMA".parse()?, Date::new(2016, 5, 1)?, category, cause))
/// };
/// let deaths = [
///     death("1", StaffCategory::Military, FatalityCause::MaliciousAct)?,
///     death("2", StaffCategory::Military, FatalityCause::MaliciousAct)?,
///     death("3", StaffCategory::Police, FatalityCause::MaliciousAct)?,
///     death("4", StaffCategory::Military, FatalityCause::Illness)?,
///     death("5", StaffCategory::LocalCivilian, FatalityCause::MaliciousAct)?,
/// ];
/// let rate = outcome::fatality_rate(&deaths, 12_000.0);
/// assert_eq!((rate.deaths, rate.malicious), (4, 3));
/// assert_eq!(rate.malicious_per_1000(), Some(0.25));
/// assert_eq!(outcome::fatality_rate(&deaths, 0.0).per_1000(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn fatality_rate<'a>(
    fatalities: impl IntoIterator<Item = &'a Fatality>,
    personnel_years: f64,
) -> FatalityRate {
    let (mut deaths, mut malicious) = (0, 0);
    for f in fatalities.into_iter().filter(|f| f.category.is_uniformed()) {
        deaths += 1;
        if f.is_malicious() {
            malicious += 1;
        }
    }
    let personnel_years = if personnel_years.is_finite() && personnel_years > 0.0 {
        personnel_years
    } else {
        0.0
    };
    FatalityRate {
        personnel_years,
        deaths,
        malicious,
    }
}

/// One value per month, keyed by the first day of the month; a later entry of a month
/// replaces an earlier one; non-finite or negative values are left out.
fn monthly(series: &[(Date, f64)]) -> BTreeMap<Date, f64> {
    series
        .iter()
        .filter(|(_, v)| v.is_finite() && *v >= 0.0)
        .map(|&(d, v)| (d.first_of_month(), v))
        .collect()
}

/// Deployed against authorised strength over a span of months (see [`delivery`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Delivery {
    /// The months with both a deployed strength and a ceiling in force.
    pub months: usize,
    /// The months of the deployed series without a ceiling in force (none set yet, or
    /// none with a figure).
    pub without_ceiling: usize,
    /// The mean over `months` of deployed / authorised.
    pub mean_ratio: f64,
    /// The months deployed below the ceiling.
    pub short_months: usize,
}

/// Delivery against the mandate: deployed over authorised strength, month by month, as
/// Passmore, Shannon & Hart (2018, "Rallying the Troops: Collective Action and
/// Self-Interest in UN Peacekeeping Contributions", Journal of Peace Research 55(3):
/// 366-379) measure the personnel shortfall; here the ratio deployed / authorised,
/// averaged over the months (1 is full delivery; above 1 is deployment beyond the
/// ceiling, kept as it is, not capped).
///
/// `deployed` is the strength by month (any date in the month; one entry per month, a
/// later entry of a month replacing an earlier one; negative or non-finite values left
/// out); `ceilings` the
/// operation's authorised strengths, each in force from its `as_of` until the next
/// ([`Mission::authorized_strength_on`](peacekeeping_core::Mission::authorized_strength_on)'s
/// rule); a month's ceiling is the one in force on its last day, its total
/// ([`AuthorizedStrength::total`]) military plus police, or the uniformed personnel where
/// the resolution sets one figure. `None` if no month has both.
///
/// ```
/// use peacekeeping_core::{AuthorizedStrength, Date};
/// use peacekeeping_eval::outcome;
///
/// let ceilings = [AuthorizedStrength::new(Date::new(2013, 4, 25)?).military(11_200).police(1_440)];
/// let deployed = [(Date::new(2013, 3, 31)?, 6_000.0), (Date::new(2013, 7, 31)?, 6_320.0),
///     (Date::new(2013, 8, 31)?, 12_640.0)];
/// let d = outcome::delivery(&deployed, &ceilings).ok_or("no month")?;
/// assert_eq!((d.months, d.without_ceiling, d.short_months), (2, 1, 1));
/// assert_eq!(d.mean_ratio, 0.75);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn delivery(deployed: &[(Date, f64)], ceilings: &[AuthorizedStrength]) -> Option<Delivery> {
    let (mut months, mut without_ceiling, mut short_months, mut sum) = (0, 0, 0, 0.0);
    for (month, value) in monthly(deployed) {
        let last_day = month.last_of_month();
        let ceiling = ceilings
            .iter()
            .filter(|c| c.as_of <= last_day)
            .max_by_key(|c| c.as_of)
            .map(AuthorizedStrength::total)
            .filter(|&t| t > 0);
        let Some(ceiling) = ceiling else {
            without_ceiling += 1;
            continue;
        };
        let ratio = value / ceiling as f64;
        months += 1;
        sum += ratio;
        if ratio < 1.0 {
            short_months += 1;
        }
    }
    (months > 0).then(|| Delivery {
        months,
        without_ceiling,
        mean_ratio: sum / months as f64,
        short_months,
    })
}

/// The contributors of an operation in one year (see [`contributors`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContributorYear {
    /// The calendar year.
    pub year: i32,
    /// The contributors with personnel in the year.
    pub count: usize,
    /// Their fractionalization, `1 - Σ s_i²` over their shares `s_i` of the personnel: the
    /// chance that two personnel drawn at random come from different contributors.
    pub fractionalization: f64,
    /// The effective number of contributors, `1 / Σ s_i²`.
    pub effective_number: f64,
    /// The share of the previous year's contributors still contributing; `None` in the
    /// first year or after a year without a record.
    pub retained: Option<f64>,
}

/// Cooperation actually observed: an operation's contributors year by year, their
/// diversity and their continuity.
///
/// `figures` are `(year, contributor, personnel)`; figures of one contributor in one year
/// are summed (pass one figure per contributor and year, e.g. its yearly mean, to read
/// the shares as shares of the average force). Contributors with no personnel (0 or not
/// finite) do not count. Diversity is the fractionalization of the force by contributor,
/// as Bove & Ruggeri (2016, "Kinds of Blue: Diversity in UN Peacekeeping Missions and
/// Civilian Protection", British Journal of Political Science 46(3): 681-700) measure the
/// diversity of a mission's contingents, and its inverse-Simpson equivalent, the
/// effective number of contributors; continuity is the share of one year's contributors
/// still there the next year.
///
/// ```
/// use peacekeeping_eval::outcome;
///
/// let figures = [(2014, "BGD", 600.0), (2014, "NPL", 200.0), (2014, "FRA", 200.0),
///     (2015, "BGD", 500.0), (2015, "NPL", 500.0)];
/// let years = outcome::contributors(figures);
/// assert_eq!(years[0].count, 3);
/// assert!((years[0].fractionalization - 0.56).abs() < 1e-12); // 1 - (.36 + .04 + .04)
/// assert_eq!(years[1].effective_number, 2.0);
/// assert_eq!(years[1].retained, Some(2.0 / 3.0));
/// ```
#[must_use]
pub fn contributors<S: AsRef<str>>(
    figures: impl IntoIterator<Item = (i32, S, f64)>,
) -> Vec<ContributorYear> {
    let mut by_year: BTreeMap<i32, BTreeMap<String, f64>> = BTreeMap::new();
    for (year, who, personnel) in figures {
        if personnel.is_finite() && personnel > 0.0 {
            *by_year
                .entry(year)
                .or_default()
                .entry(who.as_ref().to_owned())
                .or_default() += personnel;
        }
    }
    let mut previous: Option<(i32, BTreeSet<&String>)> = None;
    let mut years = Vec::with_capacity(by_year.len());
    for (&year, force) in &by_year {
        let total: f64 = force.values().sum();
        let concentration: f64 = force.values().map(|p| (p / total).powi(2)).sum();
        let present: BTreeSet<&String> = force.keys().collect();
        let retained = previous
            .as_ref()
            .filter(|(y, _)| *y == year - 1)
            .map(|(_, before)| {
                before.iter().filter(|c| present.contains(*c)).count() as f64 / before.len() as f64
            });
        years.push(ContributorYear {
            year,
            count: force.len(),
            fractionalization: 1.0 - concentration,
            effective_number: 1.0 / concentration,
            retained,
        });
        previous = Some((year, present));
    }
    years
}
