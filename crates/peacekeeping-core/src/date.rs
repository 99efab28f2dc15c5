//! Calendar dates and their arithmetic.
//!
//! Everything in peace operations happens on a date: a resolution is adopted, a mission
//! deploys, a country joins or leaves an organization, the UN publishes its monthly
//! contribution figures. [`Date`] is a proleptic Gregorian calendar day with a four-digit
//! year, written and parsed as ISO 8601 (`2013-04-25`, the day resolution 2100 established
//! MINUSMA). It is four bytes, `Copy`, and ordered chronologically.
//!
//! # Calendar arithmetic
//!
//! | question | method |
//! |---|---|
//! | the parts of a date | [`year`](Date::year), [`month`](Date::month), [`day`](Date::day), [`is_leap_year`](Date::is_leap_year), [`days_in_month`](Date::days_in_month), [`days_in_year`](Date::days_in_year) |
//! | the ends of its month and year | [`first_of_month`](Date::first_of_month), [`last_of_month`](Date::last_of_month), [`is_last_of_month`](Date::is_last_of_month), [`first_of_year`](Date::first_of_year), [`last_of_year`](Date::last_of_year) |
//! | days | [`next_day`](Date::next_day), [`previous_day`](Date::previous_day), [`checked_add_days`](Date::checked_add_days), [`days_until`](Date::days_until), [`to_days`](Date::to_days) and [`from_days`](Date::from_days) (days since 1970-01-01) |
//! | months and years | [`checked_add_months`](Date::checked_add_months), [`checked_add_years`](Date::checked_add_years), each with a [`DayRule`] for the days a month lacks and for month ends |
//! | runs of dates | [`series`](Date::series): every [`DateStep`] from a date, as a [`DateSeries`] iterator |
//!
//! Adding a month has no single answer: 31 January plus one month is no day of February.
//! A [`DayRule`] says what happens, and every call that adds months takes one, so the
//! choice is visible where it is made:
//!
//! ```
//! use peacekeeping_core::{Date, DateStep, DayRule};
//!
//! let jan_31 = Date::new(2024, 1, 31)?;
//! // Clamp: the day is kept where the month has it, otherwise the month's last day.
//! assert_eq!(jan_31.checked_add_months(1, DayRule::Clamp), Some(Date::new(2024, 2, 29)?));
//! // KeepMonthEnd: a month's last day goes to the last day of the month reached.
//! let feb_29 = Date::new(2024, 2, 29)?;
//! assert_eq!(feb_29.checked_add_months(1, DayRule::Clamp), Some(Date::new(2024, 3, 29)?));
//! assert_eq!(feb_29.checked_add_months(1, DayRule::KeepMonthEnd), Some(Date::new(2024, 3, 31)?));
//! // The UN's monthly reporting dates of 2013's first quarter: each one is computed
//! // from the start, so a short month never shortens the months after it.
//! let reports: Vec<Date> = Date::new(2013, 1, 31)?
//!     .series(DateStep::Months(1, DayRule::KeepMonthEnd))
//!     .take_while(|d| d.year() == 2013 && d.month() <= 3)
//!     .collect();
//! assert_eq!(reports, [Date::new(2013, 1, 31)?, Date::new(2013, 2, 28)?, Date::new(2013, 3, 31)?]);
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! # Why a date of our own
//!
//! The records of this crate need a day, and nothing finer: a membership ends on
//! 2020-01-31, a report is dated 2010-10-31, and no source gives an hour or a time zone
//! that a comparison could get wrong. So `Date` is a calendar day without time of day or
//! time zone, small (four bytes: `i16` year, `u8` month and day, in that order, so that the
//! derived order is the chronological one) and `Copy`, checked when made, and its `Display`
//! and `FromStr` are the ISO 8601 text of the data files.
//!
//! It is ours rather than `chrono::NaiveDate`, `jiff::civil::Date` or `time::Date` so that
//! no time library's major version becomes part of this crate's public API, and so that
//! a user of any of them (or of none) is served alike: the features `chrono`, `jiff` and
//! `time` add conversions both ways ([below](#conversions)), and a program that needs
//! time zones, times of day or durations converts at its edge.
//!
//! The years run from 1000 to 9999 ([`Date::MIN`] to [`Date::MAX`]): four digits, as ISO
//! 8601 writes them without an agreement on expanded years, and far around every record
//! of peace operations (the first UN mission, UNTSO, dates from 1948). A date outside them
//! is an [`Error::InvalidDate`] when made from its parts or text, and a [`DateRangeError`]
//! when converted from another library's date.
//!
//! What `Date` does not do: times of day, time zones and offsets, durations finer than a
//! day, calendars other than the proleptic Gregorian one, weekdays and ISO weeks, and
//! formats other than `YYYY-MM-DD`. Arithmetic that would leave the years 1000-9999
//! returns `None` (the `checked_` methods) or stops (a [`DateSeries`]), never wraps.
//!
//! # Conversions
//!
//! The features `chrono`, `jiff` and `time` each give the same conversions, for that
//! library's date type `X` (`chrono::NaiveDate`, `jiff::civil::Date`, `time::Date`):
//!
//! | from | to | how |
//! |---|---|---|
//! | [`Date`] | `X` | `From`: every `Date` is a date of each library |
//! | `X` | [`Date`] | `TryFrom`, a [`DateRangeError`] for a year outside 1000-9999 |
//! | [`Period`] | `(X, Option<X>)` | `From`: the start and the end, `None` while ongoing |
//! | `(X, Option<X>)` | [`Period`] | `TryFrom`, an [`Error`]: [`Error::InvalidDate`] for a year outside 1000-9999, [`Error::PeriodEndsBeforeStart`] |
//! | `RangeInclusive<X>` (`start..=end`) | [`Period`] | `TryFrom`, an [`Error`] as above |
//! | `RangeFrom<X>` (`start..`, ongoing) | [`Period`] | `TryFrom`, a [`DateRangeError`] |
//!
//! A `Period` is not converted to a range of `X`: it may be ongoing, and no one range type
//! holds both kinds.
//!
//! [`Period`]: crate::Period

use core::fmt;
use core::str::FromStr;

use crate::Error;

/// A calendar day between the years 1000 and 9999 (proleptic Gregorian calendar).
///
/// ```
/// use peacekeeping_core::Date;
///
/// let brexit: Date = "2020-01-31".parse()?;
/// assert_eq!(brexit, Date::new(2020, 1, 31)?);
/// assert_eq!(brexit.next_day(), Date::new(2020, 2, 1)?);
/// assert!(Date::new(2023, 2, 29).is_err()); // 2023 is not a leap year
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
///
/// The [module's documentation](crate::date) has its arithmetic, and why this crate has a
/// date of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // Field order gives the chronological `Ord`.
    year: i16,
    month: u8,
    day: u8,
}

/// Whether `year` is a leap year in the Gregorian calendar.
const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year`.
const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The earliest representable date, 1000-01-01.
    pub const MIN: Date = Date {
        year: 1000,
        month: 1,
        day: 1,
    };
    /// The latest representable date, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// Creates a date from its year, month (1-12) and day (1-31).
    ///
    /// # Errors
    /// [`Error::InvalidDate`] if the year is outside 1000-9999, the month outside 1-12, or
    /// the day does not exist in that month (`2023-02-29`, `2024-04-31`).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, Error> {
        let invalid = |reason| Error::InvalidDate {
            value: format!("{year:04}-{month:02}-{day:02}"),
            reason,
        };
        if !(1000..=9999).contains(&year) {
            return Err(invalid(YEAR_RANGE));
        }
        if !(1..=12).contains(&month) {
            return Err(invalid("the month must be between 1 and 12"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(invalid("that day does not exist in that month"));
        }
        // The ranges checked above make the narrowing lossless.
        Ok(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year, e.g. `2013`.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month, 1 (January) to 12 (December).
    #[must_use]
    pub const fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1 to 31.
    #[must_use]
    pub const fn day(self) -> u32 {
        self.day as u32
    }

    /// The first day of this date's month.
    #[must_use]
    pub const fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month: the UN dates its monthly contribution reports
    /// to it (`2010-10-31`).
    #[must_use]
    pub const fn last_of_month(self) -> Date {
        Date {
            day: days_in_month(self.year as i32, self.month as u32) as u8,
            ..self
        }
    }

    /// The number of days since 1970-01-01 (negative before it).
    #[must_use]
    pub const fn to_days(self) -> i32 {
        // Howard Hinnant's days_from_civil algorithm.
        let y = self.year as i32 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if it lies within [`Date::MIN`]..=[`Date::MAX`].
    #[must_use]
    pub const fn from_days(days: i32) -> Option<Date> {
        if days < Date::MIN.to_days() || days > Date::MAX.to_days() {
            return None;
        }
        // Howard Hinnant's civil_from_days algorithm.
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        Some(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The day after this one, saturating at [`Date::MAX`].
    #[must_use]
    pub const fn next_day(self) -> Date {
        match Date::from_days(self.to_days() + 1) {
            Some(d) => d,
            None => Date::MAX,
        }
    }

    /// The day before this one, saturating at [`Date::MIN`].
    #[must_use]
    pub const fn previous_day(self) -> Date {
        match Date::from_days(self.to_days() - 1) {
            Some(d) => d,
            None => Date::MIN,
        }
    }

    /// The number of days from `self` to `later` (negative if `later` is earlier).
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// // UNMIS: 2005-03-24 to 2011-07-09.
    /// let (start, end) = (Date::new(2005, 3, 24)?, Date::new(2011, 7, 9)?);
    /// assert_eq!(start.days_until(end), 2298);
    /// assert_eq!(end.days_until(start), -2298);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn days_until(self, later: Date) -> i32 {
        later.to_days() - self.to_days()
    }

    /// Whether the date's year is a leap year (2000 and 2024 are, 1900 and 2023 are not).
    #[must_use]
    pub const fn is_leap_year(self) -> bool {
        is_leap(self.year as i32)
    }

    /// The number of days in the date's month, 28 to 31.
    #[must_use]
    pub const fn days_in_month(self) -> u32 {
        days_in_month(self.year as i32, self.month as u32)
    }

    /// The number of days in the date's year, 365 or 366.
    #[must_use]
    pub const fn days_in_year(self) -> u32 {
        if self.is_leap_year() { 366 } else { 365 }
    }

    /// Whether the date is the last day of its month.
    #[must_use]
    pub const fn is_last_of_month(self) -> bool {
        self.day as u32 == self.days_in_month()
    }

    /// The first day of this date's year, 1 January.
    #[must_use]
    pub const fn first_of_year(self) -> Date {
        Date {
            month: 1,
            day: 1,
            ..self
        }
    }

    /// The last day of this date's year, 31 December.
    #[must_use]
    pub const fn last_of_year(self) -> Date {
        Date {
            month: 12,
            day: 31,
            ..self
        }
    }

    /// The date `days` days later (earlier if `days` is negative), or `None` if it falls
    /// outside [`Date::MIN`]..=[`Date::MAX`].
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// let adopted = Date::new(2013, 4, 25)?; // resolution 2100
    /// assert_eq!(adopted.checked_add_days(67), Some(Date::new(2013, 7, 1)?)); // MINUSMA deploys
    /// assert_eq!(adopted.checked_add_days(-25), Some(Date::new(2013, 3, 31)?));
    /// assert_eq!(Date::MAX.checked_add_days(1), None);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn checked_add_days(self, days: i32) -> Option<Date> {
        match self.to_days().checked_add(days) {
            Some(n) => Date::from_days(n),
            None => None,
        }
    }

    /// The date `months` calendar months later (earlier if `months` is negative), its day
    /// placed by `rule`, or `None` if it falls outside [`Date::MIN`]..=[`Date::MAX`].
    ///
    /// The result is always in the month `months` after this date's month: the day never
    /// overflows into the month after it (31 January plus one month is in February, by
    /// either rule).
    ///
    /// ```
    /// use peacekeeping_core::{Date, DayRule};
    /// let d = Date::new(2023, 8, 31)?;
    /// assert_eq!(d.checked_add_months(1, DayRule::Clamp), Some(Date::new(2023, 9, 30)?));
    /// assert_eq!(d.checked_add_months(-6, DayRule::Clamp), Some(Date::new(2023, 2, 28)?));
    /// let d = Date::new(2023, 9, 30)?; // a month end
    /// assert_eq!(d.checked_add_months(1, DayRule::Clamp), Some(Date::new(2023, 10, 30)?));
    /// assert_eq!(d.checked_add_months(1, DayRule::KeepMonthEnd), Some(Date::new(2023, 10, 31)?));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn checked_add_months(self, months: i32, rule: DayRule) -> Option<Date> {
        // Months since January of year 0; the years 1000-9999 keep it far from overflow.
        let index = self.year as i32 * 12 + self.month as i32 - 1;
        let index = match index.checked_add(months) {
            Some(i) => i,
            None => return None,
        };
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        if year < Date::MIN.year as i32 || year > Date::MAX.year as i32 {
            return None;
        }
        let last = days_in_month(year, month);
        let day = match rule {
            DayRule::KeepMonthEnd if self.is_last_of_month() => last,
            DayRule::Clamp | DayRule::KeepMonthEnd => {
                if (self.day as u32) < last {
                    self.day as u32
                } else {
                    last
                }
            }
        };
        // The checks above make the narrowing lossless.
        Some(Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date `years` years later (earlier if `years` is negative), its day placed by
    /// `rule` (which matters for February only), or `None` if it falls outside
    /// [`Date::MIN`]..=[`Date::MAX`]. The same as [`checked_add_months`](Date::checked_add_months)
    /// with `12 * years` months.
    ///
    /// ```
    /// use peacekeeping_core::{Date, DayRule};
    /// let leap_day = Date::new(2024, 2, 29)?;
    /// assert_eq!(leap_day.checked_add_years(1, DayRule::Clamp), Some(Date::new(2025, 2, 28)?));
    /// let feb_28 = Date::new(2023, 2, 28)?; // a month end
    /// assert_eq!(feb_28.checked_add_years(1, DayRule::Clamp), Some(Date::new(2024, 2, 28)?));
    /// assert_eq!(feb_28.checked_add_years(1, DayRule::KeepMonthEnd), Some(Date::new(2024, 2, 29)?));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn checked_add_years(self, years: i32, rule: DayRule) -> Option<Date> {
        match years.checked_mul(12) {
            Some(months) => self.checked_add_months(months, rule),
            None => None,
        }
    }

    /// The dates `self`, `self + step`, `self + 2 step`, ..., as long as they lie within
    /// [`Date::MIN`]..=[`Date::MAX`], and at most `i32::MAX + 1` of them (the step count is
    /// an `i32`): so a zero step gives `self` `i32::MAX + 1` times, then stops. The `k`-th date
    /// is `self` plus `k` steps in one addition, not the previous date plus a step, so
    /// month steps do not drift: from 31 January, by months with [`DayRule::Clamp`], come
    /// 29 February then 31 March, not 29 March.
    ///
    /// Bound the series with [`Iterator::take_while`] (or `take`):
    ///
    /// ```
    /// use peacekeeping_core::{Date, DateStep, DayRule};
    /// let end = Date::new(2014, 12, 31)?;
    /// let years: Vec<Date> = Date::new(2012, 2, 29)?
    ///     .series(DateStep::Years(1, DayRule::Clamp))
    ///     .take_while(|d| *d <= end)
    ///     .collect();
    /// assert_eq!(years, [Date::new(2012, 2, 29)?, Date::new(2013, 2, 28)?, Date::new(2014, 2, 28)?]);
    /// let weeks = Date::new(2013, 12, 31)?.series(DateStep::Days(-7)).nth(2);
    /// assert_eq!(weeks, Some(Date::new(2013, 12, 17)?));
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn series(self, step: DateStep) -> DateSeries {
        DateSeries {
            start: self,
            step,
            next: Some(0),
        }
    }
}

/// Where [`Date::checked_add_months`] and [`Date::checked_add_years`] put the day in the
/// month they reach.
///
/// Both rules keep the day when the month reached has it, and never let it overflow
/// into the following month; they differ on month ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayRule {
    /// A day the month reached does not have becomes its last day: 2024-01-31 plus one
    /// month is 2024-02-29, and 2024-02-29 plus one month is 2024-03-29 (as in `chrono`
    /// and `jiff`).
    Clamp,
    /// As `Clamp`, except that the last day of a month goes to the last day of the month
    /// reached: 2024-02-29 plus one month is 2024-03-31, and 2013-11-30 plus one month
    /// 2013-12-31 (the "end-of-month rule"; the UN dates its monthly reports to month
    /// ends).
    KeepMonthEnd,
}

/// The step between two dates of a [`Date::series`]: a number of days, months or years,
/// negative to go back in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateStep {
    /// That many days.
    Days(i32),
    /// That many calendar months, the day placed by the [`DayRule`].
    Months(i32, DayRule),
    /// That many calendar years, the day placed by the [`DayRule`].
    Years(i32, DayRule),
}

/// The iterator of [`Date::series`]: a date, then that date plus one step, two steps, ...
#[derive(Debug, Clone)]
pub struct DateSeries {
    start: Date,
    step: DateStep,
    /// How many steps the next date is from `start`; `None` once the series has ended.
    next: Option<i32>,
}

impl DateSeries {
    /// The date `k` steps from the start, if it is a date.
    fn at(&self, k: i32) -> Option<Date> {
        match self.step {
            DateStep::Days(n) => self.start.checked_add_days(n.checked_mul(k)?),
            DateStep::Months(n, rule) => self.start.checked_add_months(n.checked_mul(k)?, rule),
            DateStep::Years(n, rule) => self.start.checked_add_years(n.checked_mul(k)?, rule),
        }
    }
}

impl Iterator for DateSeries {
    type Item = Date;

    fn next(&mut self) -> Option<Date> {
        let k = self.next?;
        let date = self.at(k);
        // Dates move one way, so the first step out of range ends the series.
        self.next = date.and_then(|_| k.checked_add(1));
        date
    }
}

impl core::iter::FusedIterator for DateSeries {}

/// A date of another calendar library that [`Date`] cannot hold, its year being outside
/// 1000-9999: the error of the `TryFrom` conversions of the features `chrono`, `jiff` and
/// `time`.
///
/// Its message is the one [`Date::new`] gives for the same date, and it converts into
/// that [`Error::InvalidDate`], so `?` works in a function that returns this crate's
/// [`Error`].
///
/// ```
/// # #[cfg(feature = "chrono")] {
/// use peacekeeping_core::{Date, Error};
/// let theirs = chrono::NaiveDate::from_ymd_opt(10_000, 1, 1).ok_or("no such date")?;
/// let e = Date::try_from(theirs).err().ok_or("converted")?;
/// assert_eq!(e.year(), 10_000);
/// assert_eq!(e.to_string(), r#"invalid date "10000-01-01": the year must be between 1000 and 9999"#);
/// assert!(matches!(Error::from(e), Error::InvalidDate { .. }));
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRangeError {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date outside [`Date::MIN`]..=[`Date::MAX`] is rejected, in every message.
const YEAR_RANGE: &str = "the year must be between 1000 and 9999";

impl DateRangeError {
    /// The error for the date `year-month-day` (a valid date of its own calendar, with its
    /// year outside 1000-9999): made only by the conversions, so that it never names a date
    /// `Date` could hold.
    #[must_use]
    #[cfg(any(test, feature = "chrono", feature = "jiff", feature = "time"))]
    pub(crate) const fn new(year: i32, month: u8, day: u8) -> Self {
        DateRangeError { year, month, day }
    }

    /// The year of the rejected date.
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The month of the rejected date, 1 to 12.
    #[must_use]
    pub const fn month(&self) -> u32 {
        self.month as u32
    }

    /// The day of the month of the rejected date, 1 to 31.
    #[must_use]
    pub const fn day(&self) -> u32 {
        self.day as u32
    }

    /// The rejected date as [`Date::new`] writes it in its errors.
    fn text(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for DateRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid date {:?}: {YEAR_RANGE}", self.text())
    }
}

impl std::error::Error for DateRangeError {}

impl From<DateRangeError> for Error {
    fn from(e: DateRangeError) -> Self {
        Error::InvalidDate {
            value: e.text(),
            reason: YEAR_RANGE,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let malformed = || Error::InvalidDate {
            value: s.to_owned(),
            reason: "expected an ISO 8601 date, YYYY-MM-DD",
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(malformed());
        }
        let number = |range: core::ops::Range<usize>| -> Result<u32, Error> {
            let part = &s[range];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| malformed())
            } else {
                Err(malformed())
            }
        };
        let year = number(0..4)?;
        let (month, day) = (number(5..7)?, number(8..10)?);
        Date::new(year as i32, month, day).map_err(|e| match e {
            Error::InvalidDate { reason, .. } => Error::InvalidDate {
                value: s.to_owned(),
                reason,
            },
            other => other,
        })
    }
}

crate::macros::serde_via_str!(Date);

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d: Date = "2013-04-25".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2013, 4, 25));
        assert_eq!(d.to_string(), "2013-04-25");
        assert_eq!("2000-02-29".parse::<Date>().unwrap().day(), 29);
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "+024-01-01",
            "2024-01-0x",
            "",
        ] {
            assert!(
                matches!(bad.parse::<Date>(), Err(Error::InvalidDate { .. })),
                "{bad:?}"
            );
        }
        assert!(Date::new(999, 1, 1).is_err());
    }

    #[test]
    fn day_numbers_match_known_values() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().to_days(), 11_017);
        assert_eq!(
            Date::new(2020, 1, 31).unwrap().next_day(),
            Date::new(2020, 2, 1).unwrap()
        );
        assert_eq!(
            Date::new(2024, 3, 1).unwrap().previous_day(),
            Date::new(2024, 2, 29).unwrap()
        );
        assert_eq!(
            Date::new(2024, 2, 10).unwrap().last_of_month(),
            Date::new(2024, 2, 29).unwrap()
        );
        assert_eq!(Date::MAX.next_day(), Date::MAX);
        assert_eq!(Date::MIN.previous_day(), Date::MIN);
    }

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn months_and_years_of_the_calendar() {
        assert!(d(2000, 6, 1).is_leap_year() && d(2024, 1, 1).is_leap_year());
        assert!(!d(1900, 6, 1).is_leap_year() && !d(2023, 6, 1).is_leap_year());
        assert_eq!(d(2024, 2, 1).days_in_month(), 29);
        assert_eq!(d(2023, 2, 1).days_in_month(), 28);
        assert_eq!(d(2023, 4, 1).days_in_month(), 30);
        assert_eq!(
            (d(2024, 7, 1).days_in_year(), d(2100, 7, 1).days_in_year()),
            (366, 365)
        );
        assert!(d(2023, 2, 28).is_last_of_month() && !d(2024, 2, 28).is_last_of_month());
        assert_eq!(d(2013, 4, 25).first_of_year(), d(2013, 1, 1));
        assert_eq!(d(2013, 4, 25).last_of_year(), d(2013, 12, 31));
        assert_eq!(Date::MAX.first_of_year().last_of_year(), Date::MAX);
    }

    #[test]
    fn adding_days_stops_at_the_ends_of_the_range() {
        assert_eq!(d(2024, 2, 28).checked_add_days(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2024, 3, 1).checked_add_days(-1), Some(d(2024, 2, 29)));
        assert_eq!(d(2023, 12, 31).checked_add_days(366), Some(d(2024, 12, 31)));
        assert_eq!(Date::MIN.checked_add_days(-1), None);
        assert_eq!(Date::MAX.checked_add_days(1), None);
        assert_eq!(Date::MIN.checked_add_days(i32::MIN), None);
        assert_eq!(Date::MAX.checked_add_days(i32::MAX), None);
        assert_eq!(Date::MIN.days_until(Date::MAX), 3_287_181);
    }

    #[test]
    fn adding_months_by_each_rule() {
        use DayRule::{Clamp, KeepMonthEnd};
        // (start, months, clamp, keep month end)
        let cases = [
            (d(2024, 1, 31), 1, d(2024, 2, 29), d(2024, 2, 29)),
            (d(2023, 1, 31), 1, d(2023, 2, 28), d(2023, 2, 28)),
            (d(2024, 2, 29), 1, d(2024, 3, 29), d(2024, 3, 31)),
            (d(2013, 11, 30), 1, d(2013, 12, 30), d(2013, 12, 31)),
            (d(2013, 11, 15), 2, d(2014, 1, 15), d(2014, 1, 15)),
            (d(2013, 3, 31), -1, d(2013, 2, 28), d(2013, 2, 28)),
            (d(2013, 2, 28), -1, d(2013, 1, 28), d(2013, 1, 31)),
            (d(2013, 1, 15), -13, d(2011, 12, 15), d(2011, 12, 15)),
            (d(2013, 5, 31), 0, d(2013, 5, 31), d(2013, 5, 31)),
        ];
        for (start, months, clamp, keep) in cases {
            assert_eq!(
                start.checked_add_months(months, Clamp),
                Some(clamp),
                "{start} {months}"
            );
            assert_eq!(
                start.checked_add_months(months, KeepMonthEnd),
                Some(keep),
                "{start} {months}"
            );
        }
        assert_eq!(
            d(2012, 2, 29).checked_add_years(4, Clamp),
            Some(d(2016, 2, 29))
        );
        assert_eq!(
            d(2012, 2, 29).checked_add_years(-1, Clamp),
            Some(d(2011, 2, 28))
        );
        assert_eq!(
            d(2011, 2, 28).checked_add_years(1, KeepMonthEnd),
            Some(d(2012, 2, 29))
        );
        assert_eq!(Date::MAX.checked_add_months(1, Clamp), None);
        assert_eq!(Date::MIN.checked_add_months(-1, Clamp), None);
        assert_eq!(
            d(9999, 12, 1).checked_add_months(0, Clamp),
            Some(d(9999, 12, 1))
        );
        assert_eq!(Date::MIN.checked_add_months(i32::MAX, Clamp), None);
        assert_eq!(Date::MAX.checked_add_months(i32::MIN, Clamp), None);
        assert_eq!(Date::MIN.checked_add_years(i32::MAX, Clamp), None);
    }

    #[test]
    fn series_step_from_the_start_and_stop_at_the_range() {
        let months: Vec<Date> = d(2013, 1, 31)
            .series(DateStep::Months(1, DayRule::Clamp))
            .take(4)
            .collect();
        assert_eq!(
            months,
            [
                d(2013, 1, 31),
                d(2013, 2, 28),
                d(2013, 3, 31),
                d(2013, 4, 30)
            ]
        );
        let ends: Vec<Date> = d(2013, 2, 28)
            .series(DateStep::Months(1, DayRule::KeepMonthEnd))
            .take(3)
            .collect();
        assert_eq!(ends, [d(2013, 2, 28), d(2013, 3, 31), d(2013, 4, 30)]);
        let back: Vec<Date> = d(2013, 3, 31)
            .series(DateStep::Months(-1, DayRule::Clamp))
            .take(3)
            .collect();
        assert_eq!(back, [d(2013, 3, 31), d(2013, 2, 28), d(2013, 1, 31)]);
        // To the end of the range, and no further: the series is fused.
        let mut tail = d(9999, 12, 29).series(DateStep::Days(1));
        assert_eq!(tail.by_ref().count(), 3);
        assert_eq!(tail.next(), None);
        assert_eq!(
            Date::MIN
                .series(DateStep::Years(-1, DayRule::Clamp))
                .count(),
            1
        );
        assert_eq!(
            d(9990, 6, 1)
                .series(DateStep::Years(3, DayRule::Clamp))
                .count(),
            4
        );
        // A zero step repeats the start, i32::MAX + 1 times: the last is step i32::MAX.
        let same: Vec<Date> = d(2013, 1, 1).series(DateStep::Days(0)).take(2).collect();
        assert_eq!(same, [d(2013, 1, 1), d(2013, 1, 1)]);
        let mut last = DateSeries {
            next: Some(i32::MAX),
            ..d(2013, 1, 1).series(DateStep::Days(0))
        };
        assert_eq!((last.next(), last.next()), (Some(d(2013, 1, 1)), None));
    }

    #[test]
    fn a_range_error_reads_as_the_constructor_error() {
        let e = DateRangeError::new(999, 12, 31);
        assert_eq!((e.year(), e.month(), e.day()), (999, 12, 31));
        assert_eq!(Error::from(e), Date::new(999, 12, 31).unwrap_err());
        assert_eq!(
            e.to_string(),
            Date::new(999, 12, 31).unwrap_err().to_string()
        );
    }

    /// Any date of the whole range: the strategy of every property test of dates (here and
    /// against chrono and jiff).
    pub(crate) fn any_date() -> impl Strategy<Value = Date> {
        (Date::MIN.to_days()..=Date::MAX.to_days()).prop_map(|n| Date::from_days(n).unwrap())
    }

    fn any_rule() -> impl Strategy<Value = DayRule> {
        prop_oneof![Just(DayRule::Clamp), Just(DayRule::KeepMonthEnd)]
    }

    proptest! {
        #[test]
        fn adding_days_round_trips_and_keeps_order(a in any_date(), n in -400_000i32..400_000, m in -400_000i32..400_000) {
            if let Some(later) = a.checked_add_days(n) {
                prop_assert_eq!(later.checked_add_days(-n), Some(a));
                prop_assert_eq!(a.days_until(later), n);
            }
            if let (Some(x), Some(y)) = (a.checked_add_days(n), a.checked_add_days(m)) {
                prop_assert_eq!(x.cmp(&y), n.cmp(&m));
            }
        }

        #[test]
        fn adding_months_lands_in_the_right_month(a in any_date(), n in -12_000i32..12_000, rule in any_rule()) {
            if let Some(b) = a.checked_add_months(n, rule) {
                let index = |d: Date| d.year() * 12 + d.month() as i32;
                prop_assert_eq!(index(b) - index(a), n);
                let clamped = a.day().min(b.days_in_month());
                match rule {
                    DayRule::KeepMonthEnd if a.is_last_of_month() => prop_assert!(b.is_last_of_month()),
                    _ => prop_assert_eq!(b.day(), clamped),
                }
                prop_assert!(b.day() >= clamped);
            } else {
                let target = a.year() * 12 + a.month() as i32 - 1 + n;
                prop_assert!(!(1000 * 12..10_000 * 12).contains(&target));
            }
        }

        #[test]
        fn adding_months_round_trips_where_no_day_is_lost(a in any_date(), n in -1_200i32..1_200) {
            // Days up to 28 exist in every month; month ends stay month ends.
            if a.day() <= 28 {
                if let Some(b) = a.checked_add_months(n, DayRule::Clamp) {
                    prop_assert_eq!(b.checked_add_months(-n, DayRule::Clamp), Some(a));
                }
            }
            if a.is_last_of_month() {
                if let Some(b) = a.checked_add_months(n, DayRule::KeepMonthEnd) {
                    prop_assert_eq!(b.checked_add_months(-n, DayRule::KeepMonthEnd), Some(a));
                }
            }
        }

        #[test]
        fn adding_months_is_monotonic(a in any_date(), b in any_date(), n in -1_200i32..1_200, m in -1_200i32..1_200, rule in any_rule()) {
            // In the date, for the same months (never crossing: equal at most)...
            if let (Some(x), Some(y)) = (a.checked_add_months(n, rule), b.checked_add_months(n, rule)) {
                if a <= b { prop_assert!(x <= y); }
            }
            // ...and strictly in the months, for the same date.
            if let (Some(x), Some(y)) = (a.checked_add_months(n, rule), a.checked_add_months(m, rule)) {
                prop_assert_eq!(x.cmp(&y), n.cmp(&m));
            }
        }

        #[test]
        fn a_series_is_the_start_plus_k_steps(a in any_date(), n in 1i32..40, k in 0usize..30, rule in any_rule()) {
            let months: Vec<Date> = a.series(DateStep::Months(n, rule)).take(k + 1).collect();
            for (i, x) in months.iter().enumerate() {
                prop_assert_eq!(Some(*x), a.checked_add_months(n * i as i32, rule));
            }
            prop_assert!(months.windows(2).all(|w| w[0] < w[1]));
            let years = a.series(DateStep::Years(n, rule)).nth(k);
            prop_assert_eq!(years, a.checked_add_years(n * k as i32, rule));
            let days = a.series(DateStep::Days(-n)).nth(k);
            prop_assert_eq!(days, a.checked_add_days(-n * k as i32));
        }

        #[test]
        fn month_and_year_ends_agree_with_day_numbers(a in any_date()) {
            prop_assert_eq!(a.first_of_month().checked_add_days(a.day() as i32 - 1), Some(a));
            prop_assert_eq!(a.first_of_month().days_until(a.last_of_month()) + 1, a.days_in_month() as i32);
            prop_assert_eq!(a.first_of_year().days_until(a.last_of_year()) + 1, a.days_in_year() as i32);
            prop_assert_eq!(a.is_last_of_month(), a.next_day().day() == 1 || a == Date::MAX);
        }

        #[test]
        fn day_numbers_round_trip(days in Date::MIN.to_days()..=Date::MAX.to_days()) {
            let d = Date::from_days(days).unwrap();
            prop_assert_eq!(d.to_days(), days);
            prop_assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
        }

        #[test]
        fn order_agrees_with_day_numbers(a in 0i32..3_000_000, b in 0i32..3_000_000) {
            let base = Date::MIN.to_days();
            let (x, y) = (Date::from_days(base + a).unwrap(), Date::from_days(base + b).unwrap());
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        }
    }
}
