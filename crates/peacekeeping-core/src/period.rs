//! Periods of time.
//!
//! A [`Period`] runs from a start date to an optional end date; no end means *ongoing*.
//! Both ends are **inclusive**: a membership that ends on 2020-01-31 (the United Kingdom in
//! the EU) still holds on 2020-01-31 and no longer on 2020-02-01. A one-day period has equal
//! start and end. Everything time-bound in this crate (memberships, missions, partnerships,
//! actors' existence) answers "as of" a date through [`Period::contains`].

use core::fmt;

use crate::{Date, Error};

/// An inclusive span of days, `start..=end`, where no `end` means ongoing.
///
/// ```
/// use peacekeeping_core::{Date, Period};
///
/// // MINUSMA: established 2013-07-01, mandate terminated 2023-12-31.
/// let minusma = Period::new(Date::new(2013, 7, 1)?, Some(Date::new(2023, 12, 31)?))?;
/// // ATMIS: from 2022-04-01, still running as far as this period says.
/// let atmis = Period::from(Date::new(2022, 4, 1)?);
/// assert!(minusma.contains(Date::new(2023, 12, 31)?));
/// assert!(!minusma.contains(Date::new(2024, 1, 1)?));
/// assert!(atmis.is_ongoing());
/// let both = minusma.intersection(&atmis).expect("they overlap");
/// assert_eq!(both.start(), Date::new(2022, 4, 1)?);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    start: Date,
    end: Option<Date>,
}

impl Period {
    /// Creates the period `start..=end`; `None` as end means ongoing.
    ///
    /// # Errors
    /// [`Error::PeriodEndsBeforeStart`] if `end` is before `start`.
    pub fn new(start: Date, end: Option<Date>) -> Result<Self, Error> {
        match end {
            Some(end) if end < start => Err(Error::PeriodEndsBeforeStart { start, end }),
            _ => Ok(Period { start, end }),
        }
    }

    /// Creates the closed period `start..=end`.
    ///
    /// # Errors
    /// [`Error::PeriodEndsBeforeStart`] if `end` is before `start`.
    pub fn between(start: Date, end: Date) -> Result<Self, Error> {
        Self::new(start, Some(end))
    }

    /// The one-day period `day..=day`.
    #[must_use]
    pub const fn day(day: Date) -> Self {
        Period {
            start: day,
            end: Some(day),
        }
    }

    /// The ongoing period that starts on `start`.
    #[must_use]
    pub const fn since(start: Date) -> Self {
        Period { start, end: None }
    }

    /// The first day of the period.
    #[must_use]
    pub const fn start(&self) -> Date {
        self.start
    }

    /// The last day of the period, or `None` if it is ongoing.
    #[must_use]
    pub const fn end(&self) -> Option<Date> {
        self.end
    }

    /// Whether the period has no end.
    #[must_use]
    pub const fn is_ongoing(&self) -> bool {
        self.end.is_none()
    }

    /// Whether `date` lies in the period (both ends included).
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether every day of `other` lies in `self`.
    #[must_use]
    pub fn contains_period(&self, other: &Period) -> bool {
        self.start <= other.start
            && match (self.end, other.end) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(mine), Some(theirs)) => theirs <= mine,
            }
    }

    /// Whether the two periods share at least one day.
    #[must_use]
    pub fn overlaps(&self, other: &Period) -> bool {
        self.intersection(other).is_some()
    }

    /// The days the two periods share, or `None` if they are disjoint.
    #[must_use]
    pub fn intersection(&self, other: &Period) -> Option<Period> {
        let start = self.start.max(other.start);
        let end = match (self.end, other.end) {
            (None, None) => None,
            (Some(e), None) | (None, Some(e)) => Some(e),
            (Some(a), Some(b)) => Some(a.min(b)),
        };
        Period::new(start, end).ok()
    }

    /// The number of days in the period, or `None` if it is ongoing.
    #[must_use]
    pub fn days(&self) -> Option<u32> {
        self.end
            .map(|end| (self.start.days_until(end) + 1).unsigned_abs())
    }
}

impl From<Date> for Period {
    /// The ongoing period that starts on the date.
    fn from(start: Date) -> Self {
        Period::since(start)
    }
}

impl fmt::Display for Period {
    /// `2013-07-01..=2023-12-31`, or `2022-04-01..` when ongoing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}..={end}", self.start),
            None => write!(f, "{}..", self.start),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Date, Period};

    /// The JSON form: `{"start": "2013-07-01", "end": "2023-12-31"}`, `end` optional.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawPeriod {
        start: Date,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        end: Option<Date>,
    }

    impl serde::Serialize for Period {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            RawPeriod {
                start: self.start,
                end: self.end,
            }
            .serialize(s)
        }
    }

    impl<'de> serde::Deserialize<'de> for Period {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let raw = RawPeriod::deserialize(d)?;
            Period::new(raw.start, raw.end).map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn both_ends_are_inclusive() {
        let uk_in_eu = Period::between(date("1993-11-01"), date("2020-01-31")).unwrap();
        assert!(uk_in_eu.contains(date("1993-11-01")));
        assert!(uk_in_eu.contains(date("2020-01-31")));
        assert!(!uk_in_eu.contains(date("2020-02-01")));
        assert!(!uk_in_eu.contains(date("1972-12-31")));
        assert_eq!(Period::day(date("2024-02-29")).days(), Some(1));
        assert_eq!(uk_in_eu.to_string(), "1993-11-01..=2020-01-31");
        assert_eq!(
            Period::since(date("2022-04-01")).to_string(),
            "2022-04-01.."
        );
    }

    #[test]
    fn rejects_a_period_that_ends_before_it_starts() {
        let err = Period::between(date("2002-07-09"), date("1963-05-25")).unwrap_err();
        assert_eq!(
            err,
            Error::PeriodEndsBeforeStart {
                start: date("2002-07-09"),
                end: date("1963-05-25")
            }
        );
    }

    #[test]
    fn touching_periods_overlap_on_the_shared_day_only() {
        let a = Period::between(date("2020-01-01"), date("2020-01-31")).unwrap();
        let b = Period::since(date("2020-01-31"));
        let c = Period::since(date("2020-02-01"));
        assert_eq!(a.intersection(&b), Some(Period::day(date("2020-01-31"))));
        assert!(!a.overlaps(&c));
    }

    fn arb_period() -> impl Strategy<Value = Period> {
        // About 80 years of days from 1960, with or without an end.
        (0i32..30_000, proptest::option::of(0i32..30_000)).prop_map(|(s, len)| {
            let base = date("1960-01-01").to_days();
            let start = Date::from_days(base + s).unwrap();
            let end = len.map(|l| Date::from_days(base + s + l).unwrap());
            Period::new(start, end).unwrap()
        })
    }

    fn arb_date() -> impl Strategy<Value = Date> {
        (0i32..60_000).prop_map(|d| Date::from_days(date("1960-01-01").to_days() + d).unwrap())
    }

    proptest! {
        #[test]
        fn intersection_is_commutative(a in arb_period(), b in arb_period()) {
            prop_assert_eq!(a.intersection(&b), b.intersection(&a));
        }

        #[test]
        fn intersection_is_contained_in_both(a in arb_period(), b in arb_period()) {
            if let Some(i) = a.intersection(&b) {
                prop_assert!(a.contains_period(&i));
                prop_assert!(b.contains_period(&i));
            }
        }

        #[test]
        fn a_date_is_in_the_intersection_iff_in_both(a in arb_period(), b in arb_period(), d in arb_date()) {
            let in_both = a.contains(d) && b.contains(d);
            prop_assert_eq!(a.intersection(&b).is_some_and(|i| i.contains(d)), in_both);
        }

        #[test]
        fn containment_agrees_with_overlap(a in arb_period(), b in arb_period()) {
            // If a contains b, they overlap and their intersection is b itself.
            if a.contains_period(&b) {
                prop_assert!(a.overlaps(&b));
                prop_assert_eq!(a.intersection(&b), Some(b));
            }
            // Overlap is exactly "some day lies in both": the later start is in both.
            let later_start = a.start().max(b.start());
            prop_assert_eq!(a.overlaps(&b), a.contains(later_start) && b.contains(later_start));
        }

        #[test]
        fn containment_is_reflexive_and_agrees_with_days(a in arb_period(), d in arb_date()) {
            prop_assert!(a.contains_period(&a));
            prop_assert_eq!(a.contains_period(&Period::day(d)), a.contains(d));
        }
    }
}
