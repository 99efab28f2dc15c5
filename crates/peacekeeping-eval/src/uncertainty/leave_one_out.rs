//! Leave-one-out: how far each unit's rank moves when each item (criterion, indicator,
//! expert…) is left out in turn ([`leave_one_out`] for a model,
//! [`Uncertainty::leave_one_out`](crate::Uncertainty::leave_one_out) for a pipeline's
//! indicators), against the nominal ranks.

use rayon::prelude::*;

use super::monte_carlo::{at_least, check_scores, mean_absolute_rank_shift};
use crate::direction::Direction;
use crate::error::{ModelError, UncertaintyError};
use crate::rank::competition_ranks;

/// Rank shifts when each item (criterion, indicator, expert…) is left out in turn, against
/// the nominal ranks (with every item). Ranks are competition ranks, 1 the best.
///
/// ```
/// use peacekeeping_eval::{leave_one_out, DecisionMatrix, wsm, MatrixNormalization, Direction::HigherIsBetter as Benefit};
/// let m = DecisionMatrix::from_rows(&[[1.0, 0.0], [0.0, 0.4]], &[Benefit, Benefit])?;
/// let nominal = wsm(&m, &[0.6, 0.4], MatrixNormalization::Max)?.scores;
/// let loo = leave_one_out(&nominal, 2, |i| -> Result<_, Box<dyn std::error::Error + Send + Sync>> {
///     Ok(wsm(&m.without_criterion(i)?, &[1.0], MatrixNormalization::Max)?.scores)
/// })?;
/// assert_eq!(loo.nominal_ranks, [1, 2]);
/// assert_eq!(loo.shifts[0], [1, -1]); // without criterion 0 the order flips
/// assert_eq!(loo.max_absolute_shift, [1, 0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LeaveOneOut {
    /// The competition ranks of the nominal scores (with every item).
    pub nominal_ranks: Vec<usize>,
    /// `ranks_without[i][u]`: unit u's rank without item i.
    pub ranks_without: Vec<Vec<usize>>,
    /// `shifts[i][u]` = rank without item i - nominal rank (positive: the unit falls).
    pub shifts: Vec<Vec<i64>>,
    /// Mean absolute shift over units, per item.
    pub mean_absolute_shift: Vec<f64>,
    /// Largest absolute shift over units, per item.
    pub max_absolute_shift: Vec<u64>,
}

/// The loop behind [`leave_one_out`] and [`Uncertainty::leave_one_out`]: the ranks
/// without each of `items` items against `nominal_ranks` (one per unit), in parallel.
/// Fails with the lowest item whose scores fail: `(item, Ok(e))` for a model error,
/// `(item, Err(error))` for unusable scores.
///
/// [`Uncertainty::leave_one_out`]: crate::Uncertainty::leave_one_out
pub(crate) fn rank_shifts<F, E>(
    nominal_ranks: Vec<usize>,
    items: usize,
    scores: F,
) -> Result<LeaveOneOut, (usize, Result<E, UncertaintyError>)>
where
    F: Fn(usize) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    let units = nominal_ranks.len();
    let runs: Vec<Result<Vec<usize>, Result<E, UncertaintyError>>> = (0..items)
        .into_par_iter()
        .map(|item| {
            let s = scores(item).map_err(Ok)?;
            check_scores(&s, units, Some(item)).map_err(Err)?;
            Ok(competition_ranks(&s, Direction::HigherIsBetter))
        })
        .collect();
    let mut ranks_without = Vec::with_capacity(items);
    for (item, run) in runs.into_iter().enumerate() {
        ranks_without.push(run.map_err(|e| (item, e))?);
    }
    let shifts: Vec<Vec<i64>> = ranks_without
        .iter()
        .map(|r| {
            r.iter()
                .zip(&nominal_ranks)
                .map(|(&a, &b)| a as i64 - b as i64)
                .collect()
        })
        .collect();
    let mean_absolute_shift = ranks_without
        .iter()
        .map(|r| {
            let shifts = r.iter().zip(&nominal_ranks).map(|(&a, &b)| (a, b, 1));
            mean_absolute_rank_shift(shifts, units.max(1) as f64)
        })
        .collect();
    let max_absolute_shift = shifts
        .iter()
        .map(|s| s.iter().map(|x| x.unsigned_abs()).max().unwrap_or(0))
        .collect();
    Ok(LeaveOneOut {
        nominal_ranks,
        ranks_without,
        shifts,
        mean_absolute_shift,
        max_absolute_shift,
    })
}

/// Leave-one-out rank shifts of a scoring model: `nominal` is its scores with every item
/// (one per unit, higher is better), `scores(i)` its scores without item `i`, for each
/// of `items` items. Runs in parallel.
///
/// See [`LeaveOneOut`] for an example.
///
/// # Errors
///
/// [`UncertaintyError::TooFew`] for no nominal score;
/// [`UncertaintyError::NonFiniteOutput`] for a non-finite nominal score (`run: None`);
/// for the lowest item whose scores fail (`run` = the item), [`UncertaintyError::Model`]
/// with the model's error, or [`UncertaintyError::OutputCount`] or
/// [`UncertaintyError::NonFiniteOutput`] for unusable scores.
pub fn leave_one_out<F, E>(
    nominal: &[f64],
    items: usize,
    scores: F,
) -> Result<LeaveOneOut, UncertaintyError>
where
    F: Fn(usize) -> Result<Vec<f64>, E> + Sync,
    E: Into<Box<dyn std::error::Error + Send + Sync>> + Send,
{
    at_least("units", 1, nominal.len())?;
    check_scores(nominal, nominal.len(), None)?;
    let nominal_ranks = competition_ranks(nominal, Direction::HigherIsBetter);
    rank_shifts(nominal_ranks, items, scores).map_err(|(item, e)| match e {
        Ok(e) => UncertaintyError::Model(ModelError::new(item, e)),
        Err(e) => e,
    })
}
