//! Calendar dates.
//!
//! Everything in peace operations happens on a date: a resolution is adopted, a mission
//! deploys, a country joins or leaves an organization, the UN publishes its monthly
//! contribution figures. [`Date`] is a proleptic Gregorian calendar day with a four-digit
//! year, written and parsed as ISO 8601 (`2013-04-25`, the day resolution 2100 established
//! MINUSMA). It is four bytes, `Copy`, and ordered chronologically.

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
            return Err(invalid("the year must be between 1000 and 9999"));
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
    #[must_use]
    pub const fn days_until(self, later: Date) -> i32 {
        later.to_days() - self.to_days()
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
mod tests {
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

    proptest! {
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
