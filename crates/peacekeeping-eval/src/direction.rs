//! Which way is better: one type for an indicator of a composite index, a criterion of a
//! decision matrix, and the order of a score.
//!
//! The two fields name the same idea differently: composite indicators speak of an
//! indicator's *direction* (COINr's `Direction` column, +1 or -1), multi-criteria methods of
//! a *benefit* or *cost* criterion. Both are [`Direction`]: `HigherIsBetter` is a benefit
//! criterion, `LowerIsBetter` a cost criterion, and every spelling parses.

use std::fmt;
use std::str::FromStr;

use crate::error::DataError;

/// Whether higher or lower values are better.
///
/// - For an [`Indicator`](crate::Indicator) of a framework: how its raw values are oriented
///   before normalization (`direction = "lower"` in framework files).
/// - For a criterion of a [`DecisionMatrix`](crate::DecisionMatrix): `HigherIsBetter` is a
///   *benefit* criterion, `LowerIsBetter` a *cost* criterion.
/// - For scores: which end ranks first ([`competition_ranks`](crate::competition_ranks),
///   [`Ranking::direction`](crate::Ranking::direction)).
///
/// Parsed (trimmed, any case) from `higher`, `benefit`, `max`, `+`, `1` and from `lower`,
/// `cost`, `min`, `-`, `-1`; written as `higher` or `lower`.
///
/// ```
/// use peacekeeping_eval::Direction::{self, HigherIsBetter, LowerIsBetter};
///
/// assert_eq!("cost".parse::<Direction>()?, LowerIsBetter);
/// assert_eq!("lower".parse::<Direction>()?, LowerIsBetter);
/// assert_eq!(" Benefit ".parse::<Direction>()?, HigherIsBetter);
/// assert_eq!(LowerIsBetter.to_string(), "lower");
/// assert_eq!(
///     "down".parse::<Direction>().unwrap_err().to_string(),
///     "unknown direction `down`, expected higher, benefit, max, +, 1, lower, cost, min, - or -1"
/// );
/// assert!(matches!(
///     "sideways".parse::<Direction>(),
///     Err(peacekeeping_eval::DataError::UnknownDirection { input }) if input == "sideways"
/// ));
/// # Ok::<(), peacekeeping_eval::DataError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Direction {
    /// Higher values are better (a benefit criterion; the default).
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "higher", alias = "benefit"))]
    HigherIsBetter,
    /// Lower values are better (a cost criterion: frictions, casualties, costs).
    #[cfg_attr(feature = "serde", serde(rename = "lower", alias = "cost"))]
    LowerIsBetter,
}

impl Direction {
    /// The sign that orients values so that higher is better: +1 or -1.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Direction::LowerIsBetter.sign(), -1.0);
    /// ```
    #[must_use]
    pub fn sign(self) -> f64 {
        match self {
            Direction::HigherIsBetter => 1.0,
            Direction::LowerIsBetter => -1.0,
        }
    }

    /// Whether this is a cost criterion (lower is better).
    ///
    /// ```
    /// use peacekeeping_eval::Direction;
    /// assert!(Direction::LowerIsBetter.is_cost() && !Direction::HigherIsBetter.is_cost());
    /// ```
    #[must_use]
    pub fn is_cost(self) -> bool {
        self == Direction::LowerIsBetter
    }

    /// `a` compared with `b` so that `Greater` means `a` is better.
    pub(crate) fn compare(self, a: f64, b: f64) -> std::cmp::Ordering {
        match self {
            Direction::HigherIsBetter => a.total_cmp(&b),
            Direction::LowerIsBetter => b.total_cmp(&a),
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Direction::HigherIsBetter => "higher",
            Direction::LowerIsBetter => "lower",
        })
    }
}

impl FromStr for Direction {
    type Err = DataError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "higher" | "benefit" | "max" | "+" | "1" => Ok(Direction::HigherIsBetter),
            "lower" | "cost" | "min" | "-" | "-1" => Ok(Direction::LowerIsBetter),
            _ => Err(DataError::UnknownDirection {
                input: s.to_owned(),
            }),
        }
    }
}
