//! `time` (feature `time`): [`Date`] and `time::Date`, and [`Period`] from and to them
//! (the table of the [`date`](crate::date#conversions) module).

use ::time::Month;

use super::period_conversions;
use crate::{Date, DateRangeError};

impl From<Date> for ::time::Date {
    /// The same day; every [`Date`] is one of time's (years -9999 to 9999).
    fn from(date: Date) -> Self {
        // Months 1-12 and days 1-31: the narrowing is lossless.
        let month = Month::January.nth_next(date.month() as u8 - 1);
        ::time::Date::from_calendar_date(date.year(), month, date.day() as u8)
            .expect("time's dates span the years 1000-9999 and more")
    }
}

impl TryFrom<::time::Date> for Date {
    type Error = DateRangeError;

    /// The same day.
    ///
    /// # Errors
    /// [`DateRangeError`] if its year is outside 1000-9999.
    fn try_from(date: ::time::Date) -> Result<Self, DateRangeError> {
        Date::from_valid_parts(date.year(), u8::from(date.month()), date.day())
    }
}

period_conversions!(::time::Date);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn date(y: i32, m: u8, d: u8) -> Option<::time::Date> {
        ::time::Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
    }

    #[test]
    fn dates_and_periods_convert_both_ways() {
        super::super::tests::check_conversions(date);
        // Their range is -9999 to 9999: the same last day as ours.
        assert!(Date::try_from(::time::Date::MIN).is_err());
        assert_eq!(Date::try_from(::time::Date::MAX), Ok(Date::MAX));
    }

    proptest! {
        /// Our day numbers against time's Julian days (1970-01-01 is day 2,440,588), and
        /// the month lengths.
        #[test]
        fn the_calendar_agrees_with_time(days in Date::MIN.to_days()..=Date::MAX.to_days()) {
            let a = Date::from_days(days).unwrap();
            let t = ::time::Date::from(a);
            prop_assert_eq!(Date::try_from(t), Ok(a));
            prop_assert_eq!(t.to_julian_day(), days + 2_440_588);
            prop_assert_eq!(a.days_in_month(), u32::from(t.month().length(t.year())));
            let next = t.next_day().and_then(|n| Date::try_from(n).ok());
            prop_assert_eq!(a.next_day(), next.unwrap_or(Date::MAX));
        }
    }
}
