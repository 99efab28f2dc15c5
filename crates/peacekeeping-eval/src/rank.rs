//! Ranks with ties: one implementation for every rank this crate computes, the tie rule
//! an explicit choice ([`Ties`], the five rules of `scipy.stats.rankdata`).
//!
//! Rank 1 goes to the best value: the highest under [`Direction::HigherIsBetter`], the
//! lowest under [`Direction::LowerIsBetter`] (`scipy.stats.rankdata` ranks the lowest
//! first, so its ranks are ours under `LowerIsBetter`). Values tie when they are equal
//! (`==`, so `-0.0` ties with `0.0`); a NaN ties with nothing and ranks by its bit
//! pattern ([`f64::total_cmp`]): the values are meant to be finite, as every score of
//! this crate is. The `_with_missing` functions rank the present values among
//! themselves and leave the missing ones missing.
//!
//! Which rule each result of the crate uses (see also `docs/methodology.md`):
//!
//! | result | rule |
//! |---|---|
//! | ranks of scores: [`Scores::ranks`](crate::Scores::ranks), [`Explanation::rank`](crate::Explanation::rank), [`Ranking::ranks`](crate::Ranking::ranks), Monte Carlo and leave-one-out ranks | [`Ties::Min`] ("1224" competition ranks, as COINr's `rank_df`: `rank(-x, ties.method = "min")`), best first |
//! | the normalizations [`Normalization::Rank`](crate::Normalization::Rank) and [`PercentileRank`](crate::Normalization::PercentileRank) | their `ties` ([`Ties::Average`] by default), 1 for the worst; a percentile rank by its [`Percentile`] definition |
//! | the normalization [`Borda`](crate::Normalization::Borda) | [`Ties::Average`], 1 for the worst |
//!
//! ```
//! use peacekeeping_eval::Direction::HigherIsBetter;
//! use peacekeeping_eval::rank::{self, Ties};
//!
//! let scores = [0.2, 0.9, 0.2, 0.1];
//! assert_eq!(rank::ranks(&scores, HigherIsBetter, Ties::Average), [2.5, 1.0, 2.5, 4.0]);
//! assert_eq!(rank::ranks(&scores, HigherIsBetter, Ties::Min), [2.0, 1.0, 2.0, 4.0]);
//! assert_eq!(rank::ranks(&scores, HigherIsBetter, Ties::Max), [3.0, 1.0, 3.0, 4.0]);
//! assert_eq!(rank::ranks(&scores, HigherIsBetter, Ties::Dense), [2.0, 1.0, 2.0, 3.0]);
//! assert_eq!(rank::ranks(&scores, HigherIsBetter, Ties::Ordinal), [2.0, 1.0, 3.0, 4.0]);
//! assert_eq!(rank::competition_ranks(&scores, HigherIsBetter), [2, 1, 2, 4]);
//! ```

use crate::direction::Direction;
use crate::stats::present;

/// How tied values share ranks: the five rules of `scipy.stats.rankdata` (its `method`).
///
/// For the values `[0.2, 0.9, 0.2, 0.1]`, higher is better, the two 0.2 tie for
/// places 2 and 3.
///
/// ```
/// use peacekeeping_eval::Direction::HigherIsBetter;
/// use peacekeeping_eval::rank::{ranks, Ties};
/// assert_eq!(ranks(&[0.2, 0.9, 0.2, 0.1], HigherIsBetter, Ties::Average), [2.5, 1.0, 2.5, 4.0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Ties {
    /// The mean of the places they span ("fractional" ranks: 1, 2.5, 2.5, 4).
    Average,
    /// The best of the places they span ("1224" standard competition ranks: 1, 2, 2, 4),
    /// as COINr ranks scores (its `rank_df`: `rank(-x, ties.method = "min")`).
    Min,
    /// The worst of the places they span ("1334" modified competition ranks: 1, 3, 3, 4).
    Max,
    /// The best place, with no gap after a tie ("1223" dense ranks: 1, 2, 2, 3).
    Dense,
    /// Distinct places in the order of the values' positions ("1234" ordinal ranks:
    /// the first 0.2 gets 2, the second 3).
    Ordinal,
}

/// [`Ties::Average`], the rank normalizations' rule when none is named (serde's default).
#[cfg(feature = "serde")]
pub(crate) fn average() -> Ties {
    Ties::Average
}

impl Ties {
    /// Every rule, in the order of `scipy.stats.rankdata`'s documentation.
    pub const ALL: [Ties; 5] = [
        Ties::Average,
        Ties::Min,
        Ties::Max,
        Ties::Dense,
        Ties::Ordinal,
    ];

    /// The rule's name, as `scipy.stats.rankdata`'s `method` and framework files write it.
    ///
    /// ```
    /// use peacekeeping_eval::Ties;
    /// assert_eq!(Ties::Min.name(), "min");
    /// assert_eq!(Ties::named("dense"), Some(Ties::Dense));
    /// assert_eq!(Ties::named("first"), None);
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Ties::Average => "average",
            Ties::Min => "min",
            Ties::Max => "max",
            Ties::Dense => "dense",
            Ties::Ordinal => "ordinal",
        }
    }

    /// The rule of that name, if any.
    #[must_use]
    pub fn named(name: &str) -> Option<Ties> {
        Ties::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// How a percentile rank reads a value's rank `r` among the `n` units scored (1 for the
/// worst; ties shared as the normalization's [`Ties`] says): the two definitions in use.
///
/// For the ranks 1, 2, 3, 4 of four distinct values:
///
/// ```
/// use peacekeeping_eval::rank::Percentile;
/// let r = [1.0, 2.0, 3.0, 4.0];
/// let inclusive: Vec<f64> = r.iter().map(|&r| Percentile::Inclusive.of(r, 4)).collect();
/// assert_eq!(inclusive, [0.0, 100.0 / 3.0, 200.0 / 3.0, 100.0]);
/// let share: Vec<f64> = r.iter().map(|&r| Percentile::Share.of(r, 4)).collect();
/// assert_eq!(share, [25.0, 50.0, 75.0, 100.0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Percentile {
    /// `100 (r - 1) / (n - 1)`: 0 for the worst, 100 for the best, 50 for a single unit;
    /// COINr's `n_prank` (with "min" ties). The default.
    #[default]
    Inclusive,
    /// `100 r / n`: the share of units at or below, never 0; pandas' `rank(pct=True)` and
    /// `scipy.stats.percentileofscore(kind="rank")` (both with average ties).
    Share,
}

impl Percentile {
    /// Both definitions.
    pub const ALL: [Percentile; 2] = [Percentile::Inclusive, Percentile::Share];

    /// The percentile of rank `r` among `n` (`n ≥ 1`).
    #[must_use]
    pub fn of(self, r: f64, n: usize) -> f64 {
        match self {
            Percentile::Inclusive if n > 1 => 100.0 * (r - 1.0) / (n - 1) as f64,
            Percentile::Inclusive => 50.0,
            Percentile::Share => 100.0 * r / n as f64,
        }
    }

    /// The definition's name in framework files.
    ///
    /// ```
    /// use peacekeeping_eval::rank::Percentile;
    /// assert_eq!(Percentile::named("share"), Some(Percentile::Share));
    /// assert_eq!(Percentile::Inclusive.name(), "inclusive");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Percentile::Inclusive => "inclusive",
            Percentile::Share => "share",
        }
    }

    /// The definition of that name, if any.
    #[must_use]
    pub fn named(name: &str) -> Option<Percentile> {
        Percentile::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The positions of `values`, best first; equal values (`-0.0` and `0.0` included) keep
/// their order of position (the sort is stable): the order [`Ties::Ordinal`] ranks.
pub(crate) fn best_first(values: &[f64], direction: Direction) -> Vec<usize> {
    // `partial_cmp` makes -0.0 and 0.0 equal; `total_cmp` orders what it cannot (NaN),
    // which keeps the order total.
    let cmp = |a: f64, b: f64| a.partial_cmp(&b).unwrap_or_else(|| a.total_cmp(&b));
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| match direction {
        Direction::HigherIsBetter => cmp(values[b], values[a]),
        Direction::LowerIsBetter => cmp(values[a], values[b]),
    });
    order
}

/// Calls `assign(position, rank)` for every value, the rank as `ties` gives it.
fn assign_ranks(
    values: &[f64],
    direction: Direction,
    ties: Ties,
    mut assign: impl FnMut(usize, f64),
) {
    let order = best_first(values, direction);
    let mut start = 0;
    let mut dense = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        dense += 1;
        // Places start + 1 ..= end, shared by the tied values.
        for (k, &i) in order[start..end].iter().enumerate() {
            let rank = match ties {
                Ties::Average => (start + 1 + end) as f64 / 2.0,
                Ties::Min => (start + 1) as f64,
                Ties::Max => end as f64,
                Ties::Dense => dense as f64,
                Ties::Ordinal => (start + 1 + k) as f64,
            };
            assign(i, rank);
        }
        start = end;
    }
}

/// Each value's rank, 1 for the best, ties shared by `ties`; in the order of `values`.
///
/// ```
/// use peacekeeping_eval::Direction::LowerIsBetter;
/// use peacekeeping_eval::rank::{ranks, Ties};
/// // scipy.stats.rankdata([5, 1, 5]) gives [2.5, 1, 2.5]: the lowest first.
/// assert_eq!(ranks(&[5.0, 1.0, 5.0], LowerIsBetter, Ties::Average), [2.5, 1.0, 2.5]);
/// ```
#[must_use]
pub fn ranks(values: &[f64], direction: Direction, ties: Ties) -> Vec<f64> {
    let mut out = vec![0.0; values.len()];
    assign_ranks(values, direction, ties, |i, r| out[i] = r);
    out
}

/// Each present value's rank among the present values, 1 for the best, ties shared by
/// `ties`; `None` where the value is missing.
///
/// ```
/// use peacekeeping_eval::Direction::HigherIsBetter;
/// use peacekeeping_eval::rank::{ranks_with_missing, Ties};
/// let column = [Some(3.0), None, Some(7.0), Some(3.0)];
/// assert_eq!(
///     ranks_with_missing(&column, HigherIsBetter, Ties::Min),
///     [Some(2.0), None, Some(1.0), Some(2.0)]
/// );
/// ```
#[must_use]
pub fn ranks_with_missing(
    values: &[Option<f64>],
    direction: Direction,
    ties: Ties,
) -> Vec<Option<f64>> {
    let (positions, present) = present(values);
    let mut out = vec![None; values.len()];
    assign_ranks(&present, direction, ties, |k, r| {
        out[positions[k]] = Some(r)
    });
    out
}

/// Standard competition ranks ("1224"): [`ranks`] under [`Ties::Min`] as whole numbers,
/// the rule of every rank of scores this crate reports.
///
/// ```
/// use peacekeeping_eval::{competition_ranks, Direction};
/// assert_eq!(competition_ranks(&[0.2, 0.9, 0.2, 0.1], Direction::HigherIsBetter), [2, 1, 2, 4]);
/// ```
#[must_use]
pub fn competition_ranks(values: &[f64], direction: Direction) -> Vec<usize> {
    let mut out = vec![0; values.len()];
    assign_ranks(values, direction, Ties::Min, |i, r| out[i] = r as usize);
    out
}

/// [`competition_ranks`] of the present values among themselves; `None` where the value
/// is missing.
///
/// ```
/// use peacekeeping_eval::Direction::HigherIsBetter;
/// use peacekeeping_eval::rank::competition_ranks_with_missing;
/// let column = [Some(3.0), None, Some(7.0), Some(3.0)];
/// assert_eq!(competition_ranks_with_missing(&column, HigherIsBetter), [Some(2), None, Some(1), Some(2)]);
/// ```
#[must_use]
pub fn competition_ranks_with_missing(
    values: &[Option<f64>],
    direction: Direction,
) -> Vec<Option<usize>> {
    let (positions, present) = present(values);
    let mut out = vec![None; values.len()];
    assign_ranks(&present, direction, Ties::Min, |k, r| {
        out[positions[k]] = Some(r as usize);
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeros_of_either_sign_tie_and_keep_their_order() {
        let x = [0.0, -0.0, 1.0];
        assert_eq!(
            ranks(&x, Direction::LowerIsBetter, Ties::Ordinal),
            [1.0, 2.0, 3.0]
        );
        assert_eq!(
            ranks(&x, Direction::HigherIsBetter, Ties::Ordinal),
            [2.0, 3.0, 1.0]
        );
        assert_eq!(competition_ranks(&x, Direction::HigherIsBetter), [2, 2, 1]);
    }

    #[test]
    fn empty_and_all_missing() {
        assert!(ranks(&[], Direction::HigherIsBetter, Ties::Average).is_empty());
        assert_eq!(
            ranks_with_missing(&[None, None], Direction::HigherIsBetter, Ties::Dense),
            [None, None]
        );
    }
}
