//! Conversions between this crate's [`Date`](crate::Date) and [`Period`](crate::Period)
//! and the dates of other calendar libraries: one module per library, each behind the
//! feature named after it, as geo-types does for its interop. The conversions each gives
//! are listed in the public [`date`](crate::date#conversions) module's documentation.

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "jiff")]
mod jiff;
#[cfg(feature = "time")]
mod time;

#[cfg(any(feature = "chrono", feature = "jiff", feature = "time"))]
use crate::{Date, DateRangeError};

#[cfg(any(feature = "chrono", feature = "jiff", feature = "time"))]
impl Date {
    /// The date of the parts of another library's date, or the [`DateRangeError`] of its
    /// year. The parts form a valid Gregorian date, as every calendar library's do, so
    /// only the year can be out of range.
    pub(crate) fn from_valid_parts(year: i32, month: u8, day: u8) -> Result<Date, DateRangeError> {
        Date::new(year, u32::from(month), u32::from(day))
            .map_err(|_| DateRangeError::new(year, month, day))
    }
}

/// The `Period` conversions of the [`date`](crate::date#conversions) module's table for
/// `$foreign`, a library's date type with `From<Date>` and
/// `TryFrom<$foreign, Error = DateRangeError> for Date`.
#[cfg(any(feature = "chrono", feature = "jiff", feature = "time"))]
macro_rules! period_conversions {
    ($foreign:ty) => {
        impl From<$crate::Period> for ($foreign, Option<$foreign>) {
            /// The period's start and end (`None` while it is ongoing).
            fn from(period: $crate::Period) -> Self {
                (period.start().into(), period.end().map(Into::into))
            }
        }

        impl TryFrom<($foreign, Option<$foreign>)> for $crate::Period {
            type Error = $crate::Error;

            /// The period from the start to the end, both included (ongoing if the end is
            /// `None`), as [`Period::new`]($crate::Period::new) makes it.
            ///
            /// # Errors
            /// [`Error::InvalidDate`]($crate::Error::InvalidDate) if the year of the start or
            /// the end is outside 1000-9999;
            /// [`Error::PeriodEndsBeforeStart`]($crate::Error::PeriodEndsBeforeStart) if the
            /// end is before the start.
            fn try_from((start, end): ($foreign, Option<$foreign>)) -> Result<Self, $crate::Error> {
                let end = end.map($crate::Date::try_from).transpose()?;
                $crate::Period::new($crate::Date::try_from(start)?, end)
            }
        }

        impl TryFrom<core::ops::RangeInclusive<$foreign>> for $crate::Period {
            type Error = $crate::Error;

            /// The closed period `start..=end`, as [`Period::between`]($crate::Period::between) makes it.
            ///
            /// # Errors
            /// [`Error::InvalidDate`]($crate::Error::InvalidDate) if the year of the start or
            /// the end is outside 1000-9999;
            /// [`Error::PeriodEndsBeforeStart`]($crate::Error::PeriodEndsBeforeStart) if the
            /// end is before the start.
            fn try_from(range: core::ops::RangeInclusive<$foreign>) -> Result<Self, $crate::Error> {
                let (start, end) = range.into_inner();
                $crate::Period::between(
                    $crate::Date::try_from(start)?,
                    $crate::Date::try_from(end)?,
                )
            }
        }

        impl TryFrom<core::ops::RangeFrom<$foreign>> for $crate::Period {
            type Error = $crate::DateRangeError;

            /// The ongoing period `start..`, as [`Period::since`]($crate::Period::since) makes it.
            ///
            /// # Errors
            /// [`DateRangeError`]($crate::DateRangeError) if the year of the start is outside
            /// 1000-9999.
            fn try_from(
                range: core::ops::RangeFrom<$foreign>,
            ) -> Result<Self, $crate::DateRangeError> {
                $crate::Date::try_from(range.start).map($crate::Period::since)
            }
        }
    };
}

#[cfg(any(feature = "chrono", feature = "jiff", feature = "time"))]
use period_conversions;

/// What every library's tests share.
#[cfg(test)]
#[cfg(any(feature = "chrono", feature = "jiff", feature = "time"))]
pub(crate) mod tests {
    use crate::{Date, DateRangeError, Error, Period};

    /// The checks every library's conversions pass, on the library's date type `X` made from
    /// its parts by `make` (`None` for a year the library does not have).
    pub(crate) fn check_conversions<X>(make: impl Fn(i32, u8, u8) -> Option<X>)
    where
        X: From<Date> + Copy + PartialEq + core::fmt::Debug,
        Date: TryFrom<X, Error = DateRangeError>,
        (X, Option<X>): From<Period>,
        Period: TryFrom<(X, Option<X>), Error = Error>
            + TryFrom<core::ops::RangeInclusive<X>, Error = Error>
            + TryFrom<core::ops::RangeFrom<X>, Error = DateRangeError>,
    {
        let date = |y, m, d| Date::new(y, u32::from(m), u32::from(d)).unwrap();
        let theirs = |y, m, d| make(y, m, d).unwrap();
        // Dates both ways, at the ends of the range and around leap days.
        for (y, m, d) in [
            (1000, 1, 1),
            (2000, 2, 29),
            (2013, 4, 25),
            (2100, 2, 28),
            (9999, 12, 31),
        ] {
            assert_eq!(X::from(date(y, m, d)), theirs(y, m, d));
            assert_eq!(Date::try_from(theirs(y, m, d)), Ok(date(y, m, d)));
        }
        // Years our Date rejects (those the library has), with the error of Date::new.
        let outside = [
            (999, 12, 31),
            (10_000, 1, 1),
            (0, 6, 15),
            (-44, 3, 15),
            (-9999, 1, 1),
        ];
        let mut rejected = 0;
        for (y, m, d) in outside {
            let Some(x) = make(y, m, d) else { continue };
            let Err(e) = Date::try_from(x) else {
                panic!("{y}-{m}-{d} converted");
            };
            assert_eq!(
                (e.year(), e.month(), e.day()),
                (y, u32::from(m), u32::from(d))
            );
            assert_eq!(
                Error::from(e),
                Date::new(y, u32::from(m), u32::from(d)).unwrap_err()
            );
            rejected += 1;
        }
        assert!(rejected >= 4, "every library has the years -9999 to 999");
        // Periods: closed and ongoing, both ways.
        let (start, end) = (date(2013, 7, 1), date(2023, 12, 31));
        let minusma = Period::between(start, end).unwrap();
        let pair: (X, Option<X>) = minusma.into();
        assert_eq!(pair, (theirs(2013, 7, 1), Some(theirs(2023, 12, 31))));
        assert_eq!(Period::try_from(pair), Ok(minusma));
        assert_eq!(
            Period::try_from(theirs(2013, 7, 1)..=theirs(2023, 12, 31)),
            Ok(minusma)
        );
        let atmis = Period::since(date(2022, 4, 1));
        let pair: (X, Option<X>) = atmis.into();
        assert_eq!(pair, (theirs(2022, 4, 1), None));
        assert_eq!(Period::try_from(pair), Ok(atmis));
        assert_eq!(Period::try_from(theirs(2022, 4, 1)..), Ok(atmis));
        // A period that ends before it starts, and years out of range.
        let backwards = Error::PeriodEndsBeforeStart {
            start: end,
            end: start,
        };
        let (late, early) = (theirs(2023, 12, 31), theirs(2013, 7, 1));
        assert_eq!(Period::try_from(late..=early), Err(backwards.clone()));
        assert_eq!(Period::try_from((late, Some(early))), Err(backwards));
        let too_early = Date::new(999, 12, 31).unwrap_err();
        let before = theirs(999, 12, 31);
        assert_eq!(Period::try_from(before..=early), Err(too_early.clone()));
        assert_eq!(
            Period::try_from((early, Some(before))),
            Err(too_early.clone())
        );
        assert_eq!(Period::try_from((before, None)), Err(too_early));
        assert_eq!(
            Period::try_from(before..),
            Err(DateRangeError::new(999, 12, 31))
        );
    }
}
