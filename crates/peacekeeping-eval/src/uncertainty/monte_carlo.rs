//! Monte Carlo rank distributions: each unit's ranks over replications of a scoring model
//! ([`rank_distribution`], or [`Uncertainty::run`](crate::Uncertainty::run) for a
//! pipeline), kept as running counts ([`RankDistribution`]), with each unit's interval
//! ([`RankInterval`]).
//!
//! Ranks are competition ranks (1 best, ties share the best rank of their group,
//! [`Ties::Min`](crate::Ties::Min)) of the scores, higher scores better.

use rayon::prelude::*;

use super::draw::Draw;
use crate::direction::Direction;
use crate::error::{ModelError, UncertaintyError};
use crate::rank::competition_ranks;

/// Whether a Monte Carlo run keeps every replication's ranks, or only the running counts
/// every summary is read from.
///
/// ```
/// use peacekeeping_eval::{MonteCarloOptions, ReplicationRanks};
/// let o = MonteCarloOptions::new(1_000, 42).replication_ranks(ReplicationRanks::Keep);
/// assert_eq!(o.replication_ranks, ReplicationRanks::Keep);
/// assert_eq!(ReplicationRanks::default(), ReplicationRanks::CountsOnly);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ReplicationRanks {
    /// Keep only each unit's count of each rank (units² counters; the default).
    #[default]
    CountsOnly,
    /// Also keep every replication's ranks (memory: replications x units x 4 bytes), for
    /// [`RankDistribution::replication_ranks`].
    Keep,
}

/// Options of [`rank_distribution`]: how many replications, under which seed, and what
/// is kept.
///
/// ```
/// use peacekeeping_eval::{MonteCarloOptions, ReplicationRanks};
/// let o = MonteCarloOptions::new(1_000, 42).replication_ranks(ReplicationRanks::Keep);
/// assert_eq!((o.replications, o.seed), (1_000, 42));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct MonteCarloOptions {
    /// Number of replications.
    pub replications: usize,
    /// The seed; replication r draws from stream r of it.
    pub seed: u64,
    /// Whether every replication's ranks are kept.
    pub replication_ranks: ReplicationRanks,
}

impl MonteCarloOptions {
    /// `replications` runs under `seed`, keeping only running counts.
    ///
    /// ```
    /// use peacekeeping_eval::{MonteCarloOptions, ReplicationRanks};
    /// let o = MonteCarloOptions::new(10, 1);
    /// assert_eq!(o.replication_ranks, ReplicationRanks::CountsOnly);
    /// ```
    #[must_use]
    pub fn new(replications: usize, seed: u64) -> Self {
        MonteCarloOptions {
            replications,
            seed,
            replication_ranks: ReplicationRanks::CountsOnly,
        }
    }

    /// Sets the number of replications.
    ///
    /// ```
    /// let o = peacekeeping_eval::MonteCarloOptions::new(10, 1).replications(500);
    /// assert_eq!(o.replications, 500);
    /// ```
    #[must_use]
    pub fn replications(mut self, replications: usize) -> Self {
        self.replications = replications;
        self
    }

    /// Sets the seed.
    ///
    /// ```
    /// let o = peacekeeping_eval::MonteCarloOptions::new(10, 1).seed(7);
    /// assert_eq!(o.seed, 7);
    /// ```
    #[must_use]
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Sets whether every replication's ranks are kept.
    ///
    /// ```
    /// use peacekeeping_eval::{MonteCarloOptions, ReplicationRanks};
    /// let o = MonteCarloOptions::new(10, 1).replication_ranks(ReplicationRanks::Keep);
    /// assert_eq!(o.replication_ranks, ReplicationRanks::Keep);
    /// ```
    #[must_use]
    pub fn replication_ranks(mut self, replication_ranks: ReplicationRanks) -> Self {
        self.replication_ranks = replication_ranks;
        self
    }
}

/// One unit's nominal rank and how far the replications move it
/// ([`RankDistribution::interval`], [`UncertaintyResult::interval`](crate::UncertaintyResult::interval));
/// ranks are competition ranks, 1 the best.
///
/// ```
/// # use peacekeeping_eval::*;
/// let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .indicator(Indicator::new("y", "Y").parent("i")).build()?;
/// // b leads on x, c on y, a on neither: the weights decide between b and c.
/// let table = IndicatorTable::new(["a", "b", "c"])?
///     .with_column("x", vec![Some(0.0), Some(10.0), Some(5.0)])?
///     .with_column("y", vec![Some(0.0), Some(5.0), Some(10.0)])?;
/// let result = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.5 }))
///     .run(1_000, 3)?;
/// let a = result.interval("a").ok_or("a is not ranked")?;
/// assert_eq!((a.nominal, a.p5, a.median, a.p95), (3, 3, 3, 3)); // last whatever the weights
/// let b = result.interval("b").ok_or("b is not ranked")?;
/// assert_eq!((b.p5, b.p95), (1, 2)); // first or second
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RankInterval {
    /// The rank of the nominal scores (the model or pipeline as given).
    pub nominal: usize,
    /// The 5th percentile of the rank over the replications: the best it plausibly gets.
    pub p5: usize,
    /// The median rank over the replications.
    pub median: usize,
    /// The 95th percentile of the rank over the replications: the worst it plausibly gets.
    pub p95: usize,
}

/// Each unit's distribution of ranks over Monte Carlo replications, with its nominal
/// rank: what [`rank_distribution`] gives for a model, and
/// [`UncertaintyResult::ranks`](crate::UncertaintyResult::ranks) for a pipeline.
///
/// Ranks are competition ranks (1 best, ties share the best rank of their group) of the
/// scores, higher scores better. The distribution is kept exactly, as a count of each
/// rank per unit (units² counters), from which quantiles are read: no replication needs
/// to be kept unless asked ([`ReplicationRanks::Keep`]). Units are numbered in the order
/// of the nominal scores.
///
/// ```
/// use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
///
/// // Unit 0 leads, except in every fourth replication, where unit 1 does.
/// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(8, 1), |draw| {
///     let swap = draw.index() % 4 == 0;
///     Ok::<_, std::convert::Infallible>(if swap { vec![0.0, 1.0] } else { vec![1.0, 0.0] })
/// })?;
/// assert_eq!((d.units(), d.replications()), (2, 8));
/// assert_eq!(d.nominal_ranks(), [1, 2]);
/// assert_eq!(d.rank_counts(0), [6, 2]);
/// assert_eq!(d.median(), [1, 2]);
/// // Two replications of eight move both units by one place.
/// assert_eq!(d.mean_absolute_rank_shift(), 0.25);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RankDistribution {
    replications: usize,
    /// counts[unit * units + (rank - 1)], units = `nominal.len()`
    counts: Vec<u64>,
    kept: Option<Vec<Vec<u32>>>,
    nominal: Vec<usize>,
}

impl RankDistribution {
    /// Number of units.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.units(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> usize {
        self.nominal.len()
    }

    /// Number of replications counted (those that succeeded).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.replications(), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn replications(&self) -> usize {
        self.replications
    }

    /// The competition ranks of the nominal scores, one per unit.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[0.2, 0.9, 0.2], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0, 0.5]))?;
    /// assert_eq!(d.nominal_ranks(), [2, 1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nominal_ranks(&self) -> &[usize] {
        &self.nominal
    }

    /// How many replications gave `unit` each rank (index 0 is rank 1).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.rank_counts(1), [0, 5]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `unit` is out of range.
    #[must_use]
    pub fn rank_counts(&self, unit: usize) -> &[u64] {
        &self.counts[unit * self.units()..(unit + 1) * self.units()]
    }

    /// The `q`-quantile of a unit's rank (the smallest rank whose cumulative share
    /// reaches `q`; `q` is clamped to \[0, 1\]).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(4, 0), |draw| {
    ///     Ok::<_, std::convert::Infallible>(if draw.index() == 0 { vec![0.0, 1.0] } else { vec![1.0, 0.0] })
    /// })?;
    /// assert_eq!(d.quantile(0, 0.05), 1);
    /// assert_eq!(d.quantile(0, 0.95), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `unit` is out of range.
    #[must_use]
    pub fn quantile(&self, unit: usize, q: f64) -> usize {
        let q = if q.is_nan() { 0.5 } else { q.clamp(0.0, 1.0) };
        let target = (q * self.replications as f64).ceil().max(1.0) as u64;
        let mut cumulative = 0;
        for (r, c) in self.rank_counts(unit).iter().enumerate() {
            cumulative += c;
            if cumulative >= target {
                return r + 1;
            }
        }
        self.units()
    }

    /// Median rank of each unit.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.median(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn median(&self) -> Vec<usize> {
        (0..self.units()).map(|u| self.quantile(u, 0.5)).collect()
    }

    /// 5th percentile of each unit's rank.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.percentile_5(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn percentile_5(&self) -> Vec<usize> {
        (0..self.units()).map(|u| self.quantile(u, 0.05)).collect()
    }

    /// 95th percentile of each unit's rank.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.percentile_95(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn percentile_95(&self) -> Vec<usize> {
        (0..self.units()).map(|u| self.quantile(u, 0.95)).collect()
    }

    /// Mean rank of each unit.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.mean(), [1.0, 2.0]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mean(&self) -> Vec<f64> {
        (0..self.units())
            .map(|u| {
                let sum: u64 = self
                    .rank_counts(u)
                    .iter()
                    .enumerate()
                    .map(|(r, c)| (r as u64 + 1) * c)
                    .sum();
                sum as f64 / self.replications as f64
            })
            .collect()
    }

    /// One unit's interval: its nominal rank, and the 5th percentile, median and 95th
    /// percentile of its ranks over the replications. `None` for a unit out of range, or
    /// when no replication succeeded.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions, RankInterval};
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![0.0, 1.0]))?;
    /// let first = d.interval(0).ok_or("no unit 0")?;
    /// assert_eq!((first.nominal, first.p5, first.median, first.p95), (1, 2, 2, 2));
    /// assert_eq!(d.interval(2), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn interval(&self, unit: usize) -> Option<RankInterval> {
        if unit >= self.units() || self.replications == 0 {
            return None;
        }
        Some(RankInterval {
            nominal: self.nominal[unit],
            p5: self.quantile(unit, 0.05),
            median: self.quantile(unit, 0.5),
            p95: self.quantile(unit, 0.95),
        })
    }

    /// The mean absolute rank shift against the nominal ranks, over units and
    /// replications (COINr's "AvRankShift", averaged); exact, from the rank counts. NaN
    /// when no replication succeeded.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// // Every replication swaps the two units: each moves by one place.
    /// let d = rank_distribution(&[1.0, 0.0], MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![0.0, 1.0]))?;
    /// assert_eq!(d.mean_absolute_rank_shift(), 1.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mean_absolute_rank_shift(&self) -> f64 {
        let shifts = self.nominal.iter().enumerate().flat_map(|(u, &nominal)| {
            self.rank_counts(u)
                .iter()
                .enumerate()
                .map(move |(r, &c)| (r + 1, nominal, c))
        });
        mean_absolute_rank_shift(shifts, self.units() as f64 * self.replications as f64)
    }

    /// Every replication's ranks, in replication order (successful replications only), if
    /// kept ([`ReplicationRanks::Keep`]).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions, ReplicationRanks};
    /// let o = MonteCarloOptions::new(2, 0).replication_ranks(ReplicationRanks::Keep);
    /// let d = rank_distribution(&[1.0, 0.0], o, |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.replication_ranks(), Some(&[vec![1, 2], vec![1, 2]][..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn replication_ranks(&self) -> Option<&[Vec<u32>]> {
        self.kept.as_deref()
    }
}

struct Accumulator<E> {
    counts: Vec<u64>,
    kept: Vec<(usize, Vec<u32>)>,
    failed: Vec<(usize, E)>,
}

impl<E> Accumulator<E> {
    fn new(units: usize) -> Self {
        Accumulator {
            counts: vec![0; units * units],
            kept: Vec::new(),
            failed: Vec::new(),
        }
    }
}

/// The Monte Carlo loop behind [`rank_distribution`] and [`Uncertainty::run`]: counts the
/// ranks of the replications whose scores are valid, and returns every failed
/// replication (index and reason, in index order) instead of stopping at the first. A
/// model error `E` becomes `failure(run, Ok(e))`, invalid scores (a wrong count, a
/// non-finite value) `failure(run, Err(error))`. The caller has checked that the nominal
/// ranks (one per unit) and the replications are at least 1.
///
/// [`Uncertainty::run`]: crate::Uncertainty::run
pub(crate) fn rank_counts<F, E, G, X>(
    nominal: Vec<usize>,
    options: MonteCarloOptions,
    scores: F,
    failure: G,
) -> (RankDistribution, Vec<(usize, X)>)
where
    F: Fn(&mut Draw) -> Result<Vec<f64>, E> + Sync,
    G: Fn(usize, Result<E, UncertaintyError>) -> X + Sync,
    X: Send,
{
    let units = nominal.len();
    let keep = options.replication_ranks == ReplicationRanks::Keep;
    let chunk = options
        .replications
        .div_ceil(4 * rayon::current_num_threads())
        .max(1);
    let acc = (0..options.replications)
        .into_par_iter()
        .with_min_len(chunk)
        .fold(
            || Accumulator::new(units),
            |mut acc, r| {
                let mut draw = Draw::new(options.seed, r);
                let s = match scores(&mut draw) {
                    Ok(s) => s,
                    Err(e) => {
                        acc.failed.push((r, failure(r, Ok(e))));
                        return acc;
                    }
                };
                if let Err(e) = check_scores(&s, units, Some(r)) {
                    acc.failed.push((r, failure(r, Err(e))));
                    return acc;
                }
                let ranks = competition_ranks(&s, Direction::HigherIsBetter);
                for (u, &rank) in ranks.iter().enumerate() {
                    acc.counts[u * units + rank - 1] += 1;
                }
                if keep {
                    acc.kept
                        .push((r, ranks.iter().map(|&x| x as u32).collect()));
                }
                acc
            },
        )
        .reduce(
            || Accumulator::new(units),
            |mut a, b| {
                a.counts
                    .iter_mut()
                    .zip(&b.counts)
                    .for_each(|(x, y)| *x += y);
                a.kept.extend(b.kept);
                a.failed.extend(b.failed);
                a
            },
        );
    let mut failed = acc.failed;
    failed.sort_unstable_by_key(|(r, _)| *r);
    let kept = keep.then(|| {
        let mut kept = acc.kept;
        kept.sort_unstable_by_key(|(r, _)| *r);
        kept.into_iter().map(|(_, ranks)| ranks).collect()
    });
    let distribution = RankDistribution {
        replications: options.replications - failed.len(),
        counts: acc.counts,
        kept,
        nominal,
    };
    (distribution, failed)
}

/// Each unit's rank distribution over Monte Carlo replications of a scoring model, with
/// its nominal rank.
///
/// `nominal` is the model's scores as given, one per unit (higher is better): they fix
/// the units and their nominal ranks. `scores` is called once per replication with that
/// replication's [`Draw`] and returns one score per unit: perturb weights, pick a
/// normalization, impute differently, then score. Replications run in parallel; the
/// result depends only on the seed. Memory: 8 x units² bytes of counters per parallel
/// task (about four per thread; 320 KB each for 200 units) plus, if asked, every
/// replication's ranks. For a composite-indicator pipeline,
/// [`Uncertainty`](crate::Uncertainty) does this with typed method choices and reports
/// failing replications instead of stopping.
///
/// ```
/// use peacekeeping_eval::{rank_distribution, MonteCarloOptions, DecisionMatrix, topsis,
///     MatrixNormalization, Direction::HigherIsBetter as Benefit};
/// let m = DecisionMatrix::from_rows(&[[0.9, 0.1], [0.5, 0.5], [0.1, 0.9]], &[Benefit, Benefit])?;
/// // Noisy weights around (0.7, 0.3).
/// let nominal = topsis(&m, &[0.7, 0.3], MatrixNormalization::MinMax)?.scores;
/// let d = rank_distribution(&nominal, MonteCarloOptions::new(500, 42), |draw| {
///     let w0 = (0.7 + draw.normal(0.0, 0.1)).clamp(0.0, 1.0);
///     topsis(&m, &[w0, 1.0 - w0], MatrixNormalization::MinMax).map(|r| r.scores)
/// })?;
/// assert_eq!(d.median()[0], 1);
/// assert_eq!(d.percentile_95()[2], 3);
/// let first = d.interval(0).ok_or("no unit 0")?;
/// assert_eq!((first.nominal, first.p5), (1, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`UncertaintyError::TooFew`] for zero replications or no nominal score;
/// [`UncertaintyError::NonFiniteOutput`] for a non-finite nominal score (`run: None`);
/// for the failing replication with the lowest index, [`UncertaintyError::Model`] with
/// the model's error, or [`UncertaintyError::OutputCount`] or
/// [`UncertaintyError::NonFiniteOutput`] for unusable scores.
pub fn rank_distribution<F, E>(
    nominal: &[f64],
    options: MonteCarloOptions,
    scores: F,
) -> Result<RankDistribution, UncertaintyError>
where
    F: Fn(&mut Draw) -> Result<Vec<f64>, E> + Sync,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    at_least("replications", 1, options.replications)?;
    at_least("units", 1, nominal.len())?;
    check_scores(nominal, nominal.len(), None)?;
    let nominal_ranks = competition_ranks(nominal, Direction::HigherIsBetter);
    let (distribution, failed) =
        rank_counts(
            nominal_ranks,
            options,
            scores,
            |run, failure| match failure {
                Ok(e) => UncertaintyError::Model(ModelError::new(run, e)),
                Err(e) => e,
            },
        );
    match failed.into_iter().next() {
        None => Ok(distribution),
        Some((_, e)) => Err(e),
    }
}

/// The mean absolute rank shift of every result that computes one
/// ([`RankDistribution::mean_absolute_rank_shift`], [`LeaveOneOut`]'s per item, the
/// output of [`Uncertainty::sobol`]): the sum of `times x |rank - nominal|` over
/// `shifts`, each `(rank, nominal, times)`, divided by `observations`. The sum is of whole
/// numbers, kept exact in a `u64` (a sum in `f64` in any order gives the same number up
/// to 2⁵³), so the result is the same whatever the order of `shifts`.
///
/// [`LeaveOneOut`]: super::LeaveOneOut
/// [`Uncertainty::sobol`]: crate::Uncertainty::sobol
pub(crate) fn mean_absolute_rank_shift(
    shifts: impl IntoIterator<Item = (usize, usize, u64)>,
    observations: f64,
) -> f64 {
    let total: u64 = shifts
        .into_iter()
        .map(|(rank, nominal, times)| times * rank.abs_diff(nominal) as u64)
        .sum();
    total as f64 / observations
}

/// [`UncertaintyError::TooFew`] naming `name` if `value` is less than `least`.
pub(crate) fn at_least(
    name: &'static str,
    least: usize,
    value: usize,
) -> Result<(), UncertaintyError> {
    if value < least {
        return Err(UncertaintyError::TooFew { name, least, value });
    }
    Ok(())
}

/// Scores are usable: one per unit, each finite. `run` is `None` for the nominal scores.
pub(crate) fn check_scores(
    s: &[f64],
    units: usize,
    run: Option<usize>,
) -> Result<(), UncertaintyError> {
    if s.len() != units {
        return Err(UncertaintyError::OutputCount {
            run,
            expected: units,
            found: s.len(),
        });
    }
    if let Some((output, &value)) = s.iter().enumerate().find(|(_, x)| !x.is_finite()) {
        return Err(UncertaintyError::NonFiniteOutput { run, output, value });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::mean_absolute_rank_shift;

    /// The one function gives, bit for bit, what each of its callers computed before:
    /// a sum in `f64`, in order, of each unit's shift (Sobol's output, leave-one-out),
    /// and a `u64` total of counted shifts (a rank distribution).
    #[test]
    fn the_mean_absolute_rank_shift_is_the_sum_in_order_of_each_shift() {
        let units = 157;
        let nominal: Vec<usize> = (1..=units).collect();
        // A fixed shuffle of the ranks (a linear congruential sequence).
        let mut state = 12_345_u64;
        let mut ranks = nominal.clone();
        for i in (1..units).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            ranks.swap(i, (state >> 33) as usize % (i + 1));
        }
        let in_f64 = ranks
            .iter()
            .zip(&nominal)
            .map(|(&r, &n)| r.abs_diff(n) as f64)
            .sum::<f64>()
            / units as f64;
        let shifts = ranks.iter().zip(&nominal).map(|(&r, &n)| (r, n, 1));
        let one = mean_absolute_rank_shift(shifts, units as f64);
        assert_eq!(one.to_bits(), in_f64.to_bits());
        assert!(one > 0.0);
        // Counted: the same shifts, each seen 3 times, over 3 replications.
        let counted = ranks.iter().zip(&nominal).map(|(&r, &n)| (r, n, 3));
        let three = mean_absolute_rank_shift(counted, units as f64 * 3.0);
        assert_eq!(three.to_bits(), one.to_bits());
        // Hand-computed: ranks 2, 1, 3 against 1, 2, 3 move two units by one place.
        let small = mean_absolute_rank_shift([(2, 1, 1), (1, 2, 1), (3, 3, 1)], 3.0);
        assert_eq!(small, 2.0 / 3.0);
        // Nothing counted over no observation is NaN, as a distribution without a
        // successful replication gives.
        assert!(mean_absolute_rank_shift([], 0.0).is_nan());
    }
}
