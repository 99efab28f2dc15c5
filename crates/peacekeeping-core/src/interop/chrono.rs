//! `chrono` (feature `chrono`): [`Date`] and `chrono::NaiveDate`, and [`Period`] from and
//! to them (the table of the [`date`](crate::date#conversions) module).

use ::chrono::{Datelike, NaiveDate};

use super::period_conversions;
use crate::{Date, DateRangeError};

impl From<Date> for NaiveDate {
    /// The same day; every [`Date`] is one of chrono's.
    fn from(date: Date) -> Self {
        NaiveDate::from_ymd_opt(date.year(), date.month(), date.day())
            .expect("chrono's dates span the years 1000-9999 and more")
    }
}

impl TryFrom<NaiveDate> for Date {
    type Error = DateRangeError;

    /// The same day.
    ///
    /// # Errors
    /// [`DateRangeError`] if its year is outside 1000-9999.
    fn try_from(date: NaiveDate) -> Result<Self, DateRangeError> {
        // Months and days are 1-31: the narrowing is lossless.
        Date::from_valid_parts(date.year(), date.month() as u8, date.day() as u8)
    }
}

period_conversions!(NaiveDate);

#[cfg(test)]
mod tests {
    use ::chrono::Months;
    use proptest::prelude::*;

    use super::*;
    use crate::DayRule;
    use crate::date::tests::any_date;

    fn naive(y: i32, m: u8, d: u8) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
    }

    #[test]
    fn dates_and_periods_convert_both_ways() {
        super::super::tests::check_conversions(naive);
        assert!(Date::try_from(NaiveDate::MIN).is_err() && Date::try_from(NaiveDate::MAX).is_err());
    }

    proptest! {
        /// Our calendar against chrono's: day numbers, month lengths, leap years, and
        /// adding months (chrono clamps, as `DayRule::Clamp` does).
        #[test]
        fn the_calendar_agrees_with_chrono(a in any_date(), n in -1_200i32..1_200, days in -100_000i32..100_000) {
            let c = NaiveDate::from(a);
            prop_assert_eq!(Date::try_from(c), Ok(a));
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
            prop_assert_eq!(i64::from(a.to_days()), c.signed_duration_since(epoch).num_days());
            prop_assert_eq!(a.is_leap_year(), c.leap_year());
            prop_assert_eq!(a.last_of_month(), Date::try_from(c.with_day(1).unwrap() + Months::new(1) - ::chrono::Days::new(1)).unwrap());
            let months = Months::new(n.unsigned_abs());
            let theirs = if n >= 0 { c.checked_add_months(months) } else { c.checked_sub_months(months) };
            let ours = a.checked_add_months(n, DayRule::Clamp);
            prop_assert_eq!(ours, theirs.and_then(|t| Date::try_from(t).ok()));
            let theirs = c.checked_add_signed(::chrono::TimeDelta::days(i64::from(days)));
            prop_assert_eq!(a.checked_add_days(days), theirs.and_then(|t| Date::try_from(t).ok()));
        }
    }
}
