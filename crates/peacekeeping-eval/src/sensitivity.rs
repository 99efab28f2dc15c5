//! Uncertainty and sensitivity: variance-based Sobol indices of any model, Monte Carlo
//! rank distributions, and leave-one-out rank shifts.
//!
//! All three take the model as a closure, so they work on a ranking method over a
//! [`DecisionMatrix`](crate::DecisionMatrix) as well as on a whole composite-indicator
//! pipeline. Runs are spread over all cores with rayon and are deterministic for a seed:
//! every replication (or sample row) draws from its own random stream, derived from the
//! seed and its index only (ChaCha8, stream = index), never from the thread that runs it.
//! Formulas and references are in `docs/methodology.md` ("Sensitivity and uncertainty").

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rayon::prelude::*;

use crate::matrix::McdmError;
use crate::{direction::Direction, rank::competition_ranks};

/// The random numbers of one replication or sample row.
///
/// ```
/// use peacekeeping_eval::Draw;
/// let mut a = Draw::new(42, 7);
/// let mut b = Draw::new(42, 7);
/// assert_eq!(a.uniform(), b.uniform());
/// assert!((0.0..1.0).contains(&a.uniform()));
/// assert_eq!(a.index(), 7);
/// ```
#[derive(Debug, Clone)]
pub struct Draw {
    rng: ChaCha8Rng,
    index: usize,
}

impl Draw {
    /// The stream of replication `index` under `seed`.
    ///
    /// ```
    /// use peacekeeping_eval::Draw;
    /// assert_ne!(Draw::new(1, 0).uniform(), Draw::new(1, 1).uniform());
    /// ```
    pub fn new(seed: u64, index: usize) -> Draw {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(index as u64);
        Draw { rng, index }
    }

    /// The replication index (0-based).
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Draw::new(0, 3).index(), 3);
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// A uniform number in \[0, 1) with 53 random bits.
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).uniform();
    /// assert!((0.0..1.0).contains(&x));
    /// ```
    pub fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform number in \[low, high).
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).uniform_in(-1.0, 1.0);
    /// assert!((-1.0..1.0).contains(&x));
    /// ```
    pub fn uniform_in(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.uniform()
    }

    /// A normal number (Box-Muller).
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).normal(0.0, 1.0);
    /// assert!(x.is_finite());
    /// ```
    pub fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        // 1 - u is in (0, 1]: the logarithm is finite.
        let u1 = 1.0 - self.uniform();
        let u2 = self.uniform();
        mean + sd * (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// A whole number in `0..count` (a choice among `count` options).
    ///
    /// # Panics
    ///
    /// If `count` is 0.
    ///
    /// ```
    /// let k = peacekeeping_eval::Draw::new(0, 0).choice(3);
    /// assert!(k < 3);
    /// ```
    pub fn choice(&mut self, count: usize) -> usize {
        assert!(count > 0, "choice among zero options");
        ((self.uniform() * count as f64) as usize).min(count - 1)
    }
}

/// The distribution of one input of a model under Sobol analysis.
///
/// ```
/// use peacekeeping_eval::ParameterDistribution;
/// let p = ParameterDistribution::Uniform { low: -1.0, high: 1.0 };
/// assert_eq!(p, ParameterDistribution::Uniform { low: -1.0, high: 1.0 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum ParameterDistribution {
    /// Uniform on \[low, high).
    Uniform {
        /// Lower bound.
        low: f64,
        /// Upper bound (above `low`).
        high: f64,
    },
    /// Normal.
    Normal {
        /// Mean.
        mean: f64,
        /// Standard deviation (above 0).
        sd: f64,
    },
    /// One of `count` equally likely options, passed to the model as 0.0, 1.0, …
    /// (a method choice: which normalization, which aggregation).
    Choice {
        /// Number of options (at least 1).
        count: usize,
    },
}

impl ParameterDistribution {
    fn check(self, input: usize) -> Result<(), McdmError> {
        let reason = match self {
            ParameterDistribution::Uniform { low, high } => {
                (!(low.is_finite() && high.is_finite() && high > low))
                    .then_some("a uniform needs finite bounds with low < high")
            }
            ParameterDistribution::Normal { mean, sd } => {
                (!(mean.is_finite() && sd.is_finite() && sd > 0.0))
                    .then_some("a normal needs a finite mean and a finite sd above 0")
            }
            ParameterDistribution::Choice { count } => {
                (count == 0).then_some("a choice needs at least one option")
            }
        };
        match reason {
            Some(reason) => Err(McdmError::InvalidDistribution { input, reason }),
            None => Ok(()),
        }
    }

    fn sample(self, draw: &mut Draw) -> f64 {
        match self {
            ParameterDistribution::Uniform { low, high } => draw.uniform_in(low, high),
            ParameterDistribution::Normal { mean, sd } => draw.normal(mean, sd),
            ParameterDistribution::Choice { count } => draw.choice(count) as f64,
        }
    }
}

/// Sobol first-order and total indices with their Monte Carlo standard errors.
#[derive(Debug, Clone, PartialEq)]
pub struct SobolIndices {
    /// First-order index Sᵢ of each input (Saltelli et al. 2010 estimator).
    pub first_order: Vec<f64>,
    /// Total index Sₜᵢ of each input (Jansen 1999 estimator).
    pub total: Vec<f64>,
    /// Standard error of each first-order estimate (sample standard deviation of its
    /// summands / (V √N)).
    pub first_order_std_error: Vec<f64>,
    /// Standard error of each total estimate.
    pub total_std_error: Vec<f64>,
    /// Variance V of the output over the 2N base samples.
    pub variance: f64,
    /// Model evaluations made: N (k + 2).
    pub evaluations: usize,
}

/// Variance-based Sobol indices of a scalar model of k inputs (Saltelli sampling).
///
/// Two independent N x k sample matrices A and B are drawn (row r from stream r of the
/// seed), and for each input i the matrix A_B⁽ⁱ⁾ (A with column i from B); the model runs
/// N (k + 2) times, in parallel. With V the variance of f over A and B:
/// `Sᵢ = (1/N) Σ f(B) (f(A_B⁽ⁱ⁾) - f(A)) / V` (Saltelli et al. 2010) and
/// `Sₜᵢ = (1/2N) Σ (f(A) - f(A_B⁽ⁱ⁾))² / V` (Jansen 1999). Estimates carry Monte Carlo
/// error of order 1/√N (reported): small negative first-order values are noise around 0.
///
/// ```
/// use peacekeeping_eval::{sobol_indices, ParameterDistribution::Uniform};
/// // y = 2 x0 + x1: S = (0.8, 0.2).
/// let inputs = [Uniform { low: 0.0, high: 1.0 }; 2];
/// let s = sobol_indices(&inputs, 20_000, 7, |x| 2.0 * x[0] + x[1])?;
/// assert!((s.first_order[0] - 0.8).abs() < 0.03);
/// assert!((s.total[1] - 0.2).abs() < 0.03);
/// # Ok::<(), peacekeeping_eval::McdmError>(())
/// ```
///
/// # Errors
///
/// [`McdmError::InvalidParameter`] for no input or fewer than 2 samples;
/// [`McdmError::InvalidDistribution`] naming a bad input distribution;
/// [`McdmError::NonFiniteModelOutput`] if the model returns NaN or infinity (run = sample
/// row); [`McdmError::ZeroVariance`] if the output never varies.
pub fn sobol_indices<F>(
    inputs: &[ParameterDistribution],
    samples: usize,
    seed: u64,
    model: F,
) -> Result<SobolIndices, McdmError>
where
    F: Fn(&[f64]) -> f64 + Sync,
{
    let k = inputs.len();
    if k == 0 || samples < 2 {
        return Err(McdmError::InvalidParameter {
            name: if k == 0 { "inputs" } else { "samples" },
            value: if k == 0 { 0.0 } else { samples as f64 },
            reason: "Sobol analysis needs at least one input and two samples",
        });
    }
    for (i, p) in inputs.iter().enumerate() {
        p.check(i)?;
    }
    let rows = saltelli_rows(
        k,
        samples,
        seed,
        |i, draw| inputs[i].sample(draw),
        |x| {
            let y = model(x);
            if y.is_finite() { Ok(vec![y]) } else { Err(y) }
        },
    );
    let mut ok = Vec::with_capacity(samples);
    for (run, row) in rows.iter().enumerate() {
        match row {
            Ok(row) => ok.push(row.as_slice()),
            Err((output, value)) => {
                return Err(McdmError::NonFiniteModelOutput {
                    run,
                    output: *output,
                    value: *value,
                });
            }
        }
    }
    sobol_estimate(&ok, k, 0, samples * (k + 2))
}

/// The outputs of one row of a Saltelli design: `f(A)`, `f(B)`, then `f(A_B⁽ⁱ⁾)` for each
/// input i, each a vector of the model's outputs.
pub(crate) type SaltelliRow = Vec<Vec<f64>>;

/// Runs the Saltelli design of [`sobol_indices`] on a model with several outputs and
/// inputs of any type: row r draws `A` then `B` (each input in turn, by `sample(i,
/// draw)`) from stream r of the seed. A row whose model fails anywhere is returned as
/// `Err((position, error))` (position 0 for `A`, 1 for `B`, 2 + i for `A_B⁽ⁱ⁾`), in row
/// order, so that the caller decides whether to stop or to drop the row.
pub(crate) fn saltelli_rows<X, S, F, E>(
    k: usize,
    samples: usize,
    seed: u64,
    sample: S,
    model: F,
) -> Vec<Result<SaltelliRow, (usize, E)>>
where
    X: Clone,
    S: Fn(usize, &mut Draw) -> X + Sync,
    F: Fn(&[X]) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    (0..samples)
        .into_par_iter()
        .map(|r| {
            let mut draw = Draw::new(seed, r);
            let a: Vec<X> = (0..k).map(|i| sample(i, &mut draw)).collect();
            let b: Vec<X> = (0..k).map(|i| sample(i, &mut draw)).collect();
            let mut out = Vec::with_capacity(k + 2);
            out.push(model(&a).map_err(|e| (0, e))?);
            out.push(model(&b).map_err(|e| (1, e))?);
            let mut ab = a.clone();
            for i in 0..k {
                ab[i] = b[i].clone();
                out.push(model(&ab).map_err(|e| (2 + i, e))?);
                ab[i] = a[i].clone();
            }
            Ok(out)
        })
        .collect()
}

/// The Sobol estimates for output `output` of the rows of a Saltelli design (see
/// [`sobol_indices`] for the formulas); `evaluations` is reported as is.
pub(crate) fn sobol_estimate(
    rows: &[&[Vec<f64>]],
    k: usize,
    output: usize,
    evaluations: usize,
) -> Result<SobolIndices, McdmError> {
    if rows.len() < 2 {
        return Err(McdmError::InvalidParameter {
            name: "samples",
            value: rows.len() as f64,
            reason: "Sobol analysis needs at least two complete sample rows",
        });
    }
    let y = |r: &[Vec<f64>], position: usize| r[position][output];
    let n = rows.len() as f64;
    let mean = rows.iter().map(|r| y(r, 0) + y(r, 1)).sum::<f64>() / (2.0 * n);
    let variance = rows
        .iter()
        .map(|r| (y(r, 0) - mean).powi(2) + (y(r, 1) - mean).powi(2))
        .sum::<f64>()
        / (2.0 * n);
    if variance <= 0.0 {
        return Err(McdmError::ZeroVariance);
    }
    let mean_and_se = |term: &dyn Fn(&[Vec<f64>]) -> f64| {
        let m = rows.iter().map(|r| term(r)).sum::<f64>() / n;
        let var = rows.iter().map(|r| (term(r) - m).powi(2)).sum::<f64>() / (n - 1.0);
        (m / variance, var.sqrt() / (variance * n.sqrt()))
    };
    let mut first_order = Vec::with_capacity(k);
    let mut total = Vec::with_capacity(k);
    let mut first_order_std_error = Vec::with_capacity(k);
    let mut total_std_error = Vec::with_capacity(k);
    for i in 0..k {
        let (s, se) = mean_and_se(&|r| y(r, 1) * (y(r, 2 + i) - y(r, 0)));
        let (t, te) = mean_and_se(&|r| 0.5 * (y(r, 0) - y(r, 2 + i)).powi(2));
        first_order.push(s);
        total.push(t);
        first_order_std_error.push(se);
        total_std_error.push(te);
    }
    Ok(SobolIndices {
        first_order,
        total,
        first_order_std_error,
        total_std_error,
        variance,
        evaluations,
    })
}

/// The error of a helper that runs a caller's model: the model's own error, or ours.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum RunError<E> {
    /// The model failed at run `run` (replication index, or left-out item + 1 with 0 the
    /// baseline for leave-one-out).
    #[error("model failed at run {run}: {source}")]
    Model {
        /// The run.
        run: usize,
        /// The model's error.
        source: E,
    },
    /// Invalid options or model output.
    #[error(transparent)]
    Invalid(McdmError),
}

/// Options of [`rank_distribution`].
///
/// ```
/// use peacekeeping_eval::MonteCarloOptions;
/// let o = MonteCarloOptions::new(1_000, 42).keep_replications(true);
/// assert_eq!(o.replications, 1_000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct MonteCarloOptions {
    /// Number of replications.
    pub replications: usize,
    /// The seed; replication r draws from stream r of it.
    pub seed: u64,
    /// Keep every replication's ranks (memory: replications x units x 4 bytes).
    pub keep_replications: bool,
}

impl MonteCarloOptions {
    /// `replications` runs under `seed`, keeping only running statistics.
    ///
    /// ```
    /// let o = peacekeeping_eval::MonteCarloOptions::new(10, 1);
    /// assert!(!o.keep_replications);
    /// ```
    pub fn new(replications: usize, seed: u64) -> Self {
        MonteCarloOptions {
            replications,
            seed,
            keep_replications: false,
        }
    }

    /// Also keep every replication's ranks.
    ///
    /// ```
    /// let o = peacekeeping_eval::MonteCarloOptions::new(10, 1).keep_replications(true);
    /// assert!(o.keep_replications);
    /// ```
    pub fn keep_replications(mut self, keep: bool) -> Self {
        self.keep_replications = keep;
        self
    }
}

/// Each unit's distribution of ranks over Monte Carlo replications.
///
/// Ranks are competition ranks (1 best, ties share the best rank of their group) of the
/// scores, higher scores better. The distribution is kept exactly, as a count of each
/// rank per unit (units² counters), from which quantiles are read: no replication needs
/// to be kept unless asked.
#[derive(Debug, Clone, PartialEq)]
pub struct RankDistribution {
    units: usize,
    replications: usize,
    /// counts[unit * units + (rank - 1)]
    counts: Vec<u64>,
    kept: Option<Vec<Vec<u32>>>,
}

impl RankDistribution {
    /// Number of units.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.units(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn units(&self) -> usize {
        self.units
    }

    /// Number of replications.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.replications(), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn replications(&self) -> usize {
        self.replications
    }

    /// How many replications gave `unit` each rank (index 0 is rank 1).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.rank_counts(1), [0, 5]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `unit` is out of range.
    pub fn rank_counts(&self, unit: usize) -> &[u64] {
        &self.counts[unit * self.units..(unit + 1) * self.units]
    }

    /// The `q`-quantile of a unit's rank (the smallest rank whose cumulative share
    /// reaches `q`; `q` is clamped to \[0, 1\]).
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(4, 0), |draw| {
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
        self.units
    }

    /// Median rank of each unit.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.median(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn median(&self) -> Vec<usize> {
        (0..self.units).map(|u| self.quantile(u, 0.5)).collect()
    }

    /// 5th percentile of each unit's rank.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.percentile_5(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn percentile_5(&self) -> Vec<usize> {
        (0..self.units).map(|u| self.quantile(u, 0.05)).collect()
    }

    /// 95th percentile of each unit's rank.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.percentile_95(), [1, 2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn percentile_95(&self) -> Vec<usize> {
        (0..self.units).map(|u| self.quantile(u, 0.95)).collect()
    }

    /// Mean rank of each unit.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let d = rank_distribution(2, MonteCarloOptions::new(5, 0), |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.mean(), [1.0, 2.0]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mean(&self) -> Vec<f64> {
        (0..self.units)
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

    /// Every replication's ranks, in replication order, if kept.
    ///
    /// ```
    /// # use peacekeeping_eval::{rank_distribution, MonteCarloOptions};
    /// let o = MonteCarloOptions::new(2, 0).keep_replications(true);
    /// let d = rank_distribution(2, o, |_| Ok::<_, std::convert::Infallible>(vec![1.0, 0.0]))?;
    /// assert_eq!(d.replication_ranks(), Some(&[vec![1, 2], vec![1, 2]][..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn replication_ranks(&self) -> Option<&[Vec<u32>]> {
        self.kept.as_deref()
    }
}

struct Accumulator<E> {
    counts: Vec<u64>,
    kept: Vec<(usize, Vec<u32>)>,
    failed: Vec<(usize, Failure<E>)>,
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

/// Why a replication gave no ranking: the model failed, or its output was unusable.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Failure<E> {
    Model(E),
    Invalid(McdmError),
}

/// The Monte Carlo loop behind [`rank_distribution`] and the pipeline's uncertainty
/// analysis: counts the ranks of the replications that succeed, and returns every failed
/// replication (index and reason, in index order) instead of stopping at the first.
/// The caller has checked that `units` and the replications are at least 1.
pub(crate) fn rank_counts<F, E>(
    units: usize,
    options: MonteCarloOptions,
    scores: F,
) -> (RankDistribution, Vec<(usize, Failure<E>)>)
where
    F: Fn(&mut Draw) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    let keep = options.keep_replications;
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
                        acc.failed.push((r, Failure::Model(e)));
                        return acc;
                    }
                };
                if let Err(e) = check_scores(&s, units, r) {
                    acc.failed.push((r, Failure::Invalid(e)));
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
        units,
        replications: options.replications - failed.len(),
        counts: acc.counts,
        kept,
    };
    (distribution, failed)
}

/// Each unit's rank distribution over Monte Carlo replications of a scoring model.
///
/// `scores` is called once per replication with that replication's [`Draw`] and returns
/// one score per unit (higher is better): perturb weights, pick a normalization, impute
/// differently, then score. Replications run in parallel; the result depends only on the
/// seed. Memory: 8 x units² bytes of counters per parallel task (about four per thread;
/// 320 KB each for 200 units) plus, if asked, every replication's ranks. For a
/// composite-indicator pipeline, [`Uncertainty`](crate::Uncertainty) does this with typed
/// method choices and reports failing replications instead of stopping.
///
/// ```
/// use peacekeeping_eval::{rank_distribution, MonteCarloOptions, DecisionMatrix, topsis,
///     MatrixNormalization, Direction::HigherIsBetter as Benefit};
/// let m = DecisionMatrix::from_rows(&[[0.9, 0.1], [0.5, 0.5], [0.1, 0.9]], &[Benefit, Benefit])?;
/// // Noisy weights around (0.7, 0.3).
/// let d = rank_distribution(3, MonteCarloOptions::new(500, 42), |draw| {
///     let w0 = (0.7 + draw.normal(0.0, 0.1)).clamp(0.0, 1.0);
///     topsis(&m, &[w0, 1.0 - w0], MatrixNormalization::MinMax).map(|r| r.scores)
/// })?;
/// assert_eq!(d.median()[0], 1);
/// assert_eq!(d.percentile_95()[2], 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`RunError::Model`] with the model's error (of the failing replication with the
/// lowest index); [`RunError::Invalid`] with
/// [`McdmError::InvalidParameter`] for zero replications or units,
/// [`McdmError::ModelOutputCount`] or [`McdmError::NonFiniteModelOutput`] for bad scores.
pub fn rank_distribution<F, E>(
    units: usize,
    options: MonteCarloOptions,
    scores: F,
) -> Result<RankDistribution, RunError<E>>
where
    F: Fn(&mut Draw) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    if options.replications == 0 || units == 0 {
        return Err(RunError::Invalid(McdmError::InvalidParameter {
            name: if units == 0 { "units" } else { "replications" },
            value: 0.0,
            reason: "must be at least 1",
        }));
    }
    let (distribution, failed) = rank_counts(units, options, scores);
    match failed.into_iter().next() {
        None => Ok(distribution),
        Some((run, Failure::Model(source))) => Err(RunError::Model { run, source }),
        Some((_, Failure::Invalid(e))) => Err(RunError::Invalid(e)),
    }
}

fn check_scores(s: &[f64], units: usize, run: usize) -> Result<(), McdmError> {
    if s.len() != units {
        return Err(McdmError::ModelOutputCount {
            run,
            expected: units,
            found: s.len(),
        });
    }
    if let Some((output, &value)) = s.iter().enumerate().find(|(_, x)| !x.is_finite()) {
        return Err(McdmError::NonFiniteModelOutput { run, output, value });
    }
    Ok(())
}

/// Rank shifts when each item (criterion, indicator, expert…) is left out in turn.
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveOneOut {
    /// Competition ranks with every item.
    pub baseline_ranks: Vec<usize>,
    /// `ranks_without[i][u]`: unit u's rank without item i.
    pub ranks_without: Vec<Vec<usize>>,
    /// `shifts[i][u]` = rank without item i - baseline rank (positive: the unit falls).
    pub shifts: Vec<Vec<i64>>,
    /// Mean absolute shift over units, per item.
    pub mean_absolute_shift: Vec<f64>,
    /// Largest absolute shift over units, per item.
    pub max_absolute_shift: Vec<u64>,
}

/// Leave-one-out rank shifts: `scores(None)` is the baseline, `scores(Some(i))` the
/// scores without item i (higher is better). Runs in parallel.
///
/// ```
/// use peacekeeping_eval::{leave_one_out, DecisionMatrix, wsm, MatrixNormalization, Direction::HigherIsBetter as Benefit};
/// let m = DecisionMatrix::from_rows(&[[1.0, 0.0], [0.0, 0.4]], &[Benefit, Benefit])?;
/// let w = [0.6, 0.4];
/// let loo = leave_one_out(2, 2, |left_out| match left_out {
///     None => wsm(&m, &w, MatrixNormalization::Max).map(|r| r.scores),
///     Some(i) => wsm(&m.without_criterion(i)?, &[1.0], MatrixNormalization::Max).map(|r| r.scores),
/// })?;
/// assert_eq!(loo.baseline_ranks, [1, 2]);
/// assert_eq!(loo.shifts[0], [1, -1]); // without criterion 0 the order flips
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`RunError::Model`] (run 0 is the baseline, run i + 1 leaves item i out);
/// [`RunError::Invalid`] for a wrong number of scores or a non-finite score.
pub fn leave_one_out<F, E>(
    units: usize,
    items: usize,
    scores: F,
) -> Result<LeaveOneOut, RunError<E>>
where
    F: Fn(Option<usize>) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    let runs: Vec<Vec<usize>> = (0..=items)
        .into_par_iter()
        .map(|run| {
            let left_out = run.checked_sub(1);
            let s = scores(left_out).map_err(|source| RunError::Model { run, source })?;
            check_scores(&s, units, run).map_err(RunError::Invalid)?;
            Ok(competition_ranks(&s, Direction::HigherIsBetter))
        })
        .collect::<Result<_, RunError<E>>>()?;
    let mut runs = runs.into_iter();
    let baseline_ranks = runs.next().unwrap_or_default();
    let ranks_without: Vec<Vec<usize>> = runs.collect();
    let shifts: Vec<Vec<i64>> = ranks_without
        .iter()
        .map(|r| {
            r.iter()
                .zip(&baseline_ranks)
                .map(|(&a, &b)| a as i64 - b as i64)
                .collect()
        })
        .collect();
    let mean_absolute_shift = shifts
        .iter()
        .map(|s| s.iter().map(|x| x.unsigned_abs() as f64).sum::<f64>() / units.max(1) as f64)
        .collect();
    let max_absolute_shift = shifts
        .iter()
        .map(|s| s.iter().map(|x| x.unsigned_abs()).max().unwrap_or(0))
        .collect();
    Ok(LeaveOneOut {
        baseline_ranks,
        ranks_without,
        shifts,
        mean_absolute_shift,
        max_absolute_shift,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_have_the_asked_moments() {
        let mut d = Draw::new(5, 0);
        let n = 200_000;
        let xs: Vec<f64> = (0..n).map(|_| d.normal(2.0, 3.0)).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let sd = (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64).sqrt();
        // Standard errors: 3 / sqrt(n) = 0.0067 for the mean, about 0.005 for the sd.
        assert!((mean - 2.0).abs() < 0.03, "{mean}");
        assert!((sd - 3.0).abs() < 0.03, "{sd}");
        let mut counts = [0usize; 4];
        for _ in 0..n {
            counts[d.choice(4)] += 1;
        }
        assert!(
            counts
                .iter()
                .all(|&c| (c as f64 / n as f64 - 0.25).abs() < 0.005)
        );
    }

    #[test]
    fn sobol_rejects_bad_input_and_constant_models() {
        let u = [ParameterDistribution::Uniform {
            low: 0.0,
            high: 1.0,
        }];
        assert_eq!(
            sobol_indices(&u, 100, 0, |_| 1.0),
            Err(McdmError::ZeroVariance)
        );
        assert!(matches!(
            sobol_indices(&u, 100, 0, |x| if x[0] > 0.5 { f64::NAN } else { 0.0 }),
            Err(McdmError::NonFiniteModelOutput { .. })
        ));
        let bad = [ParameterDistribution::Uniform {
            low: 1.0,
            high: 0.0,
        }];
        assert!(sobol_indices(&bad, 100, 0, |x| x[0]).is_err());
    }
}
