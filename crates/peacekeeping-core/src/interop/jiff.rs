//! `jiff` (feature `jiff`): [`Date`] and `jiff::civil::Date`, and [`Period`] from and to
//! them (the table of the [`date`](crate::date#conversions) module).

use ::jiff::civil;

use super::period_conversions;
use crate::{Date, DateRangeError};

impl From<Date> for civil::Date {
    /// The same day; every [`Date`] is one of jiff's (years -9999 to 9999).
    fn from(date: Date) -> Self {
        // Years 1000-9999, months 1-12 and days 1-31 fit jiff's i16 and i8.
        civil::Date::constant(date.year() as i16, date.month() as i8, date.day() as i8)
    }
}

impl TryFrom<civil::Date> for Date {
    type Error = DateRangeError;

    /// The same day.
    ///
    /// # Errors
    /// [`DateRangeError`] if its year is outside 1000-9999.
    fn try_from(date: civil::Date) -> Result<Self, DateRangeError> {
        // jiff's months and days are 1-31: the casts are lossless.
        Date::from_valid_parts(i32::from(date.year()), date.month() as u8, date.day() as u8)
    }
}

period_conversions!(civil::Date);

#[cfg(test)]
mod tests {
    use ::jiff::ToSpan;
    use proptest::prelude::*;

    use super::*;
    use crate::date::tests::any_date;
    use crate::{DateStep, DayRule};

    fn civil(y: i32, m: u8, d: u8) -> Option<civil::Date> {
        civil::Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
    }

    #[test]
    fn dates_and_periods_convert_both_ways() {
        super::super::tests::check_conversions(civil);
        // Their range is -9999 to 9999: the same last day as ours.
        assert!(Date::try_from(civil::Date::MIN).is_err());
        assert_eq!(Date::try_from(civil::Date::MAX), Ok(Date::MAX));
    }

    proptest! {
        /// Our calendar against jiff's: month and year ends, month lengths, leap years,
        /// and adding months and years (jiff clamps, as `DayRule::Clamp` does).
        #[test]
        fn the_calendar_agrees_with_jiff(a in any_date(), n in -1_200i32..1_200, y in -100i32..100) {
            let j = civil::Date::from(a);
            prop_assert_eq!(Date::try_from(j), Ok(a));
            prop_assert_eq!(a.days_in_month(), j.days_in_month() as u32);
            prop_assert_eq!(a.days_in_year(), j.days_in_year() as u32);
            prop_assert_eq!(a.is_leap_year(), j.in_leap_year());
            prop_assert_eq!(civil::Date::from(a.last_of_month()), j.last_of_month());
            prop_assert_eq!(civil::Date::from(a.first_of_year()), j.first_of_year());
            prop_assert_eq!(civil::Date::from(a.last_of_year()), j.last_of_year());
            let theirs = j.checked_add(n.months()).ok().and_then(|t| Date::try_from(t).ok());
            prop_assert_eq!(a.checked_add_months(n, DayRule::Clamp), theirs);
            let theirs = j.checked_add(y.years()).ok().and_then(|t| Date::try_from(t).ok());
            prop_assert_eq!(a.checked_add_years(y, DayRule::Clamp), theirs);
        }

        /// Our month series against jiff's `series`: both add k steps to the start (no
        /// drift from a short month), jiff clamping as `DayRule::Clamp` does; ours ends
        /// where the years 1000-9999 do, jiff's where its own years (-9999 to 9999) do.
        #[test]
        fn month_series_agree_with_jiff(a in any_date(), n in prop_oneof![-13i32..=13, -1_200i32..1_200]) {
            let ours: Vec<Date> = a.series(DateStep::Months(n, DayRule::Clamp)).take(60).collect();
            let theirs: Vec<Date> = civil::Date::from(a)
                .series(n.months())
                .map_while(|t| Date::try_from(t).ok())
                .take(60)
                .collect();
            prop_assert_eq!(ours, theirs);
        }
    }
}
