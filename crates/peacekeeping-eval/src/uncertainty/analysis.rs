//! The uncertainty analysis of a pipeline's method choices ([`Uncertainty`]): Monte Carlo
//! rank intervals ([`UncertaintyResult`]), Sobol indices of each factor
//! ([`Sensitivity`]), and leave one indicator out ([`IndicatorLeaveOneOut`]), each built
//! on the engine that studies any model.
//!
//! The steps before aggregation depend only on the imputation and normalization choices,
//! so each combination of them is computed once; a replication then only aggregates with
//! its own methods and weights, and ranks. Formulas and references: `docs/methodology.md`
//! ("Uncertainty of a pipeline's method choices").

use rayon::prelude::*;

use super::draw::Draw;
use super::factors::{Factor, FactorKind, Resolved, Value, resolve, values_choices};
use super::leave_one_out::{LeaveOneOut, rank_shifts};
use super::monte_carlo::{
    MonteCarloOptions, RankDistribution, RankInterval, ReplicationRanks, at_least,
    mean_absolute_rank_shift, rank_counts,
};
use super::sobol::{SobolIndices, saltelli_rows, sobol_estimate};
use crate::direction::Direction;
use crate::error::{MethodError, ReplicationFailure, UncertaintyError};
use crate::framework::{Aggregation, Framework};
use crate::pipeline::{MissingChildren, Pipeline, aggregate};
use crate::rank::competition_ranks;
use crate::table::IndicatorTable;

/// The Monte Carlo uncertainty of each unit's rank (see [`Uncertainty::run`]).
///
/// Ranks are competition ranks on the index (1 best) among the units the nominal
/// configuration scores ([`UncertaintyResult::units`]).
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("i", "I"))
/// #     .indicator(Indicator::new("x", "X").parent("i"))
/// #     .indicator(Indicator::new("y", "Y").parent("i"))
/// #     .build()?;
/// # let table = IndicatorTable::new(["a", "b", "c"])?
/// #     .with_column("x", vec![Some(1.0), Some(2.0), Some(3.0)])?
/// #     .with_column("y", vec![Some(3.0), Some(1.0), Some(2.0)])?;
/// let result = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.5 }))
///     .run(1_000, 7)?;
/// let (p5, median, p95) = (result.ranks().percentile_5(), result.ranks().median(), result.ranks().percentile_95());
/// for u in 0..result.units().len() {
///     assert!(p5[u] <= median[u] && median[u] <= p95[u]);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct UncertaintyResult {
    factors: Vec<Factor>,
    units: Vec<String>,
    ranks: RankDistribution,
    failures: Vec<ReplicationFailure>,
}

impl UncertaintyResult {
    /// The ranked units: those the nominal configuration scores on the index, in table
    /// order.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.units(), ["a", "b"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// Each unit's rank distribution over the replications that succeeded, in
    /// [`UncertaintyResult::units`] order: the nominal ranks, median, 5th and 95th
    /// percentiles, mean, counts, the mean absolute rank shift, and every replication's
    /// ranks if kept ([`Uncertainty::replication_ranks`]; successful replications only, in
    /// order).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.ranks().nominal_ranks(), [2, 1]);
    /// assert_eq!(result.ranks().median(), [2, 1]);
    /// assert_eq!(result.ranks().replications(), 10);
    /// assert_eq!(result.ranks().mean_absolute_rank_shift(), 0.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranks(&self) -> &RankDistribution {
        &self.ranks
    }

    /// One unit's rank interval, by its id: its nominal rank, and the 5th percentile,
    /// median and 95th percentile of its ranks over the successful replications
    /// ([`RankDistribution::interval`]). `None` for a unit the nominal configuration does
    /// not rank, or when every replication failed.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// let b = result.interval("b").ok_or("b is not ranked")?;
    /// assert_eq!((b.nominal, b.p5, b.median, b.p95), (1, 1, 1, 1));
    /// assert_eq!(result.interval("z"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn interval(&self, unit: &str) -> Option<RankInterval> {
        let u = self.units.iter().position(|x| x == unit)?;
        self.ranks.interval(u)
    }

    /// The number of replications run, successful or not (those that succeeded are
    /// [`RankDistribution::replications`]).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.runs(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn runs(&self) -> usize {
        self.ranks.replications() + self.failures.len()
    }

    /// Every failed replication, in index order. They count in
    /// [`UncertaintyResult::runs`] but not in [`UncertaintyResult::ranks`].
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// assert!(result.failures().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn failures(&self) -> &[ReplicationFailure] {
        &self.failures
    }

    /// For a choice factor, the number of failed replications that drew each of its
    /// alternatives; `None` for weight noise or an unknown name.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank(), Normalization::Borda]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.failures_by_alternative("n"), Some(vec![0, 0]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn failures_by_alternative(&self, factor: &str) -> Option<Vec<usize>> {
        let f = self.factors.iter().position(|f| f.name() == factor)?;
        let mut counts = vec![0; self.factors[f].alternatives()?];
        for failure in &self.failures {
            if let Some(c) = failure.choices[f] {
                counts[c] += 1;
            }
        }
        Some(counts)
    }
}

/// Sobol sensitivity indices of each factor (see [`Uncertainty::sobol`]).
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("i", "I"))
/// #     .indicator(Indicator::new("x", "X").parent("i"))
/// #     .indicator(Indicator::new("y", "Y").parent("i"))
/// #     .build()?;
/// # let table = IndicatorTable::new(["a", "b", "c", "d"])?
/// #     .with_column("x", vec![Some(1.0), Some(2.0), Some(3.0), Some(4.0)])?
/// #     .with_column("y", vec![Some(4.0), Some(1.0), Some(3.0), Some(2.0)])?;
/// let s = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.9 }))
///     .factor(Factor::aggregation("aggregation", Scope::All, [Aggregation::Arithmetic]))
///     .sobol(500, 11)?;
/// // One aggregation alternative: that factor cannot matter.
/// let shift = s.rank_shift().ok_or("the ranks never moved")?;
/// assert_eq!(shift.total[1], 0.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    factors: Vec<String>,
    units: Vec<String>,
    samples: usize,
    failures: Vec<ReplicationFailure>,
    rank_shift: Option<SobolIndices>,
    unit_ranks: Vec<Option<SobolIndices>>,
}

impl Sensitivity {
    /// The factors' names, in the order of the indices.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .sobol(10, 1)?;
    /// assert_eq!(s.factors(), ["n"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn factors(&self) -> &[String] {
        &self.factors
    }

    /// The ranked units, as [`UncertaintyResult::units`].
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .sobol(10, 1)?;
    /// assert_eq!(s.units(), ["a", "b"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// The number of sample rows N drawn (each runs `k + 2` configurations).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .sobol(10, 1)?;
    /// assert_eq!(s.samples(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn samples(&self) -> usize {
        self.samples
    }

    /// The sample rows left out because one of their configurations failed, in row order
    /// (the indices are estimated on the other rows).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .sobol(10, 1)?;
    /// assert!(s.failures().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn failures(&self) -> &[ReplicationFailure] {
        &self.failures
    }

    /// The indices on the mean absolute rank shift against the nominal ranks (COINr's
    /// "AvRankShift"); `None` if it never varies.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// // Every normalization keeps the order of one indicator: nothing ever shifts.
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank(), Normalization::Borda]))
    ///     .sobol(10, 1)?;
    /// assert!(s.rank_shift().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rank_shift(&self) -> Option<&SobolIndices> {
        self.rank_shift.as_ref()
    }

    /// The indices on each unit's rank ([`Sensitivity::units`] order); `None` for a
    /// unit whose rank never varies.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let s = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .sobol(10, 1)?;
    /// assert_eq!(s.unit_ranks(), [None, None]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn unit_ranks(&self) -> &[Option<SobolIndices>] {
        &self.unit_ranks
    }
}

/// Rank shifts when each indicator is left out of the nominal configuration (see
/// [`Uncertainty::leave_one_out`]).
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("i", "I"))
/// #     .indicator(Indicator::new("x", "X").parent("i"))
/// #     .indicator(Indicator::new("y", "Y").parent("i").weight(0.5))
/// #     .build()?;
/// # let table = IndicatorTable::new(["a", "b"])?
/// #     .with_column("x", vec![Some(1.0), Some(2.0)])?
/// #     .with_column("y", vec![Some(4.0), Some(1.0)])?;
/// let loo = Uncertainty::new(&fw, &table, Pipeline::new()).leave_one_out()?;
/// assert_eq!(loo.indicators, ["x", "y"]);
/// assert_eq!(loo.shifts.nominal_ranks, [2, 1]);
/// // Without `x`, only `y` counts, and `a` is better on it.
/// assert_eq!(loo.shifts.shifts[0], [-1, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IndicatorLeaveOneOut {
    /// The indicators, in framework order (item i of `shifts`).
    pub indicators: Vec<String>,
    /// The ranked units (the unit order of `shifts`).
    pub units: Vec<String>,
    /// The rank shifts.
    pub shifts: LeaveOneOut,
}

/// The uncertainty analysis of a pipeline's method choices on a framework and a table.
///
/// The nominal configuration is the pipeline as given, with the framework's weights and
/// aggregation methods; each [`Factor`] replaces one of its settings by a draw. Runs are
/// parallel (rayon) and depend only on the seed: replication (or Sobol row) r draws
/// from its own stream [`Draw::new`]`(seed, r)`, the factors in the order they were
/// added.
///
/// ```
/// use peacekeeping_eval::*;
///
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .aggregate(Aggregate::new("d1", "D1").parent("index"))
///     .aggregate(Aggregate::new("d2", "D2").parent("index"))
///     .indicator(Indicator::new("a", "A").parent("d1"))
///     .indicator(Indicator::new("b", "B").parent("d1"))
///     .indicator(Indicator::new("c", "C").parent("d2"))
///     .build()?;
/// // Made-up figures, only inputs to show the API.
/// let csv = "unit,a,b,c\nu1,1,7,3\nu2,4,,5\nu3,2,5,9\nu4,8,2,1\n";
/// let table = IndicatorTable::from_csv_str(csv, "unit")?;
/// let analysis = Uncertainty::new(&fw, &table, Pipeline::new().imputation(Imputation::Mean))
///     .factor(Factor::imputation("imputation", [Some(Imputation::Mean), Some(Imputation::Median)]))
///     .factor(Factor::normalization("normalization", [
///         Normalization::min_max_100(),
///         Normalization::rank(),
///     ]))
///     .factor(Factor::aggregation("aggregation", Scope::Level(0),
///         [Aggregation::Arithmetic, Aggregation::Geometric]))
///     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.25 }));
/// let result = analysis.run(2_000, 42)?;
/// for unit in result.units() {
///     let r = result.interval(unit).ok_or("every run failed")?;
///     println!("{unit}: nominal {}, 90% of ranks in [{}, {}]", r.nominal, r.p5, r.p95);
/// }
/// let s = analysis.sobol(1_000, 42)?;
/// if let Some(shift) = s.rank_shift() {
///     println!("total indices on the mean rank shift: {:?}", shift.total);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Uncertainty<'a> {
    framework: &'a Framework,
    table: &'a IndicatorTable,
    pipeline: Pipeline,
    factors: Vec<Factor>,
    replication_ranks: ReplicationRanks,
}

/// Everything a configuration needs, computed once.
struct Prepared<'a> {
    framework: &'a Framework,
    factors: Vec<Resolved>,
    /// The alternative counts of the imputation and normalization factors (1 if absent).
    imputations: usize,
    normalizations: usize,
    imputation_factor: Option<usize>,
    normalization_factor: Option<usize>,
    /// Normalized indicator columns per (imputation, normalization) alternative pair;
    /// empty when no factor varies either, every configuration then using `nominal`.
    combos: Vec<Result<Vec<Vec<Option<f64>>>, MethodError>>,
    /// The nominal configuration's normalized indicator columns.
    nominal: Vec<Vec<Option<f64>>>,
    weights: Vec<f64>,
    methods: Vec<Aggregation>,
    missing: MissingChildren,
    /// The pipeline's units (after screening) and the positions of the ranked ones.
    all_units: Vec<String>,
    ranked: Vec<usize>,
    nominal_ranks: Vec<usize>,
}

impl<'a> Uncertainty<'a> {
    /// An analysis of `pipeline` on `framework` and `table`, with no factor yet.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let fw = builtin::partnership_effectiveness()?;
    /// let table = IndicatorTable::new(["p1"])?;
    /// let analysis = Uncertainty::new(&fw, &table, Pipeline::new());
    /// assert_eq!(analysis.run(10, 1).unwrap_err(), UncertaintyError::NoFactors);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(framework: &'a Framework, table: &'a IndicatorTable, pipeline: Pipeline) -> Self {
        Uncertainty {
            framework,
            table,
            pipeline,
            factors: Vec::new(),
            replication_ranks: ReplicationRanks::CountsOnly,
        }
    }

    /// Adds an uncertain factor (validated when the analysis runs).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = builtin::partnership_effectiveness()?;
    /// # let table = IndicatorTable::new(["p1"])?;
    /// let analysis = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("normalization", [Normalization::rank()]));
    /// assert_eq!(analysis.factors().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn factor(mut self, factor: Factor) -> Self {
        self.factors.push(factor);
        self
    }

    /// The factors, in the order they were added.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = builtin::partnership_effectiveness()?;
    /// # let table = IndicatorTable::new(["p1"])?;
    /// assert!(Uncertainty::new(&fw, &table, Pipeline::new()).factors().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn factors(&self) -> &[Factor] {
        &self.factors
    }

    /// Whether every replication's ranks are kept in [`UncertaintyResult::ranks`]
    /// ([`ReplicationRanks::Keep`]; memory: replications x units x 4 bytes); only the
    /// running counts by default.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .replication_ranks(ReplicationRanks::Keep)
    ///     .run(3, 1)?;
    /// assert_eq!(result.ranks().replication_ranks().map(<[_]>::len), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn replication_ranks(mut self, replication_ranks: ReplicationRanks) -> Self {
        self.replication_ranks = replication_ranks;
        self
    }

    /// Monte Carlo uncertainty analysis: `replications` configurations drawn under
    /// `seed`, each unit's rank distribution kept as running counts.
    ///
    /// A replication whose configuration fails (a step's error, or a ranked unit left
    /// without a score) is reported in [`UncertaintyResult::failures`] and left out of
    /// the rank distribution. Memory: the normalized data of each imputation x
    /// normalization pair, plus 8 x units² bytes of rank counters per parallel task.
    ///
    /// # Errors
    ///
    /// [`UncertaintyError`]: an invalid factor (see [`Uncertainty::sobol`] for the
    /// list), zero replications ([`UncertaintyError::TooFew`]), a failing nominal
    /// configuration, or every replication failing ([`UncertaintyError::AllFailed`]).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let analysis = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]));
    /// assert_eq!(analysis.run(5, 1)?, analysis.run(5, 1)?);
    /// assert!(matches!(analysis.run(0, 1), Err(UncertaintyError::TooFew { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run(
        &self,
        replications: usize,
        seed: u64,
    ) -> Result<UncertaintyResult, UncertaintyError> {
        at_least("replications", 1, replications)?;
        let prepared = self.prepare()?;
        let options =
            MonteCarloOptions::new(replications, seed).replication_ranks(self.replication_ranks);
        let (ranks, failures) = rank_counts(
            prepared.nominal_ranks.clone(),
            options,
            |draw| {
                let values = prepared.draw(draw);
                prepared
                    .scores(&values)
                    .map_err(|error| (values_choices(&values), error))
            },
            |replication, failure| {
                let (choices, error) = match failure {
                    Ok(failed) => failed,
                    // Unreachable in practice (scores are finite and one per unit), but
                    // reported rather than dropped: the choices are drawn again.
                    Err(e) => (
                        values_choices(&prepared.draw(&mut Draw::new(seed, replication))),
                        e,
                    ),
                };
                ReplicationFailure {
                    replication,
                    choices,
                    error,
                }
            },
        );
        let failures: Vec<ReplicationFailure> = failures.into_iter().map(|(_, f)| f).collect();
        if failures.len() == replications {
            return Err(all_failed(failures));
        }
        Ok(UncertaintyResult {
            factors: self.factors.clone(),
            units: prepared.ranked_units(),
            ranks,
            failures,
        })
    }

    /// Variance-based sensitivity analysis: first-order and total Sobol indices of each
    /// factor on the mean absolute rank shift against the nominal ranks and on each
    /// unit's rank, from a Saltelli design of `samples` rows (`samples x (k + 2)`
    /// configurations for k factors). Estimators as [`sobol_indices`](crate::sobol_indices).
    ///
    /// Each factor is one input: a choice among n alternatives maps a uniform `u` to
    /// alternative `⌊u n⌋`; weight noise is a group input (all its multipliers move
    /// together from `A` to `B`). A row with a failing configuration is left out of every
    /// estimate and reported in [`Sensitivity::failures`]. Memory: `samples x (k + 2) x
    /// (units + 1)` numbers.
    ///
    /// # Errors
    ///
    /// [`UncertaintyError`]: no factor, a duplicate name, a choice without alternatives
    /// or with an invalid one, a noise parameter out of range, a scope naming an unknown
    /// node or selecting nothing usable, two factors setting the same thing, fewer than
    /// two samples ([`UncertaintyError::TooFew`]), a failing nominal configuration, or
    /// every row failing.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let analysis = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]));
    /// assert!(matches!(analysis.sobol(1, 1), Err(UncertaintyError::TooFew { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sobol(&self, samples: usize, seed: u64) -> Result<Sensitivity, UncertaintyError> {
        at_least("samples", 2, samples)?;
        let prepared = self.prepare()?;
        let k = self.factors.len();
        let units = prepared.ranked.len();
        let rows = saltelli_rows(
            k,
            samples,
            seed,
            |i, draw| prepared.draw_factor(i, draw),
            |values: &[Value]| {
                let scores = prepared
                    .scores(values)
                    .map_err(|error| (values_choices(values), error))?;
                let ranks = competition_ranks(&scores, Direction::HigherIsBetter);
                let shift = mean_absolute_rank_shift(
                    ranks
                        .iter()
                        .zip(&prepared.nominal_ranks)
                        .map(|(&r, &n)| (r, n, 1)),
                    units as f64,
                );
                let mut out = Vec::with_capacity(units + 1);
                out.push(shift);
                out.extend(ranks.iter().map(|&r| r as f64));
                Ok(out)
            },
        );
        let mut ok = Vec::with_capacity(samples);
        let mut failures = Vec::new();
        for (replication, row) in rows.iter().enumerate() {
            match row {
                Ok(row) => ok.push(row.as_slice()),
                Err((_, (choices, error))) => failures.push(ReplicationFailure {
                    replication,
                    choices: choices.clone(),
                    error: error.clone(),
                }),
            }
        }
        if ok.is_empty() {
            return Err(all_failed(failures));
        }
        let evaluations = samples * (k + 2);
        let estimate = |output: usize| sobol_estimate(&ok, k, output, evaluations).ok();
        Ok(Sensitivity {
            factors: self.factors.iter().map(|f| f.name().to_owned()).collect(),
            units: prepared.ranked_units(),
            samples,
            failures,
            rank_shift: estimate(0),
            unit_ranks: (1..=units).map(estimate).collect(),
        })
    }

    /// Rank shifts when each indicator is left out (its weight set to 0) of the nominal
    /// configuration; the factors play no part.
    ///
    /// # Errors
    ///
    /// [`UncertaintyError::Nominal`] or [`UncertaintyError::NothingToRank`] if the
    /// nominal configuration fails or ranks no unit; [`UncertaintyError::LeaveOneOut`]
    /// naming an indicator whose removal fails (e.g. leaves a ranked unit without a
    /// score).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// // Without its only indicator the index has no score at all.
    /// let err = Uncertainty::new(&fw, &table, Pipeline::new()).leave_one_out().unwrap_err();
    /// assert!(matches!(err, UncertaintyError::LeaveOneOut { indicator, .. } if indicator == "x"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn leave_one_out(&self) -> Result<IndicatorLeaveOneOut, UncertaintyError> {
        let prepared = self.nominal()?;
        let n_agg = self.framework.aggregates().len();
        let indicators = self.framework.indicators().len();
        let shifts = rank_shifts(prepared.nominal_ranks.clone(), indicators, |i| {
            let mut weights = prepared.weights.clone();
            weights[n_agg + i] = 0.0;
            prepared.aggregate(&prepared.nominal, &weights, &prepared.methods)
        })
        .map_err(|(i, error)| UncertaintyError::LeaveOneOut {
            indicator: self.framework.indicators()[i].id.clone(),
            source: Box::new(error.unwrap_or_else(|invalid| invalid)),
        })?;
        Ok(IndicatorLeaveOneOut {
            indicators: self.framework.indicator_ids().map(str::to_owned).collect(),
            units: prepared.ranked_units(),
            shifts,
        })
    }

    /// The nominal configuration, without factors.
    fn nominal(&self) -> Result<Prepared<'a>, UncertaintyError> {
        let framework = self.framework;
        let nominal = self
            .pipeline
            .prepare(framework, self.table, None)
            .map_err(UncertaintyError::Nominal)?;
        let (weights, methods) = aggregate::nominal(framework);
        let mut prepared = Prepared {
            framework,
            factors: Vec::new(),
            imputations: 1,
            normalizations: 1,
            imputation_factor: None,
            normalization_factor: None,
            combos: Vec::new(),
            nominal: nominal.normalized,
            weights,
            methods,
            missing: self.pipeline.missing_children,
            all_units: nominal.units,
            ranked: Vec::new(),
            nominal_ranks: Vec::new(),
        };
        let root = aggregate::aggregate(
            framework,
            &prepared.weights,
            &prepared.methods,
            &prepared.nominal,
            &prepared.all_units,
            prepared.missing,
        )
        .map_err(UncertaintyError::Nominal)?
        .swap_remove(framework.root_index());
        let (ranked, scores): (Vec<usize>, Vec<f64>) = root
            .iter()
            .enumerate()
            .filter_map(|(u, s)| s.map(|s| (u, s)))
            .unzip();
        if ranked.is_empty() {
            return Err(UncertaintyError::NothingToRank);
        }
        prepared.ranked = ranked;
        prepared.nominal_ranks = competition_ranks(&scores, Direction::HigherIsBetter);
        Ok(prepared)
    }

    /// Validates the factors and computes what every configuration shares.
    fn prepare(&self) -> Result<Prepared<'a>, UncertaintyError> {
        if self.factors.is_empty() {
            return Err(UncertaintyError::NoFactors);
        }
        let resolved = resolve(self.framework, &self.factors)?;
        let mut prepared = self.nominal()?;
        prepared.factors = resolved;
        for (i, f) in self.factors.iter().enumerate() {
            match f.kind() {
                FactorKind::Imputation(a) => {
                    prepared.imputation_factor = Some(i);
                    prepared.imputations = a.len();
                }
                FactorKind::Normalization(a) => {
                    prepared.normalization_factor = Some(i);
                    prepared.normalizations = a.len();
                }
                _ => {}
            }
        }
        let imputation = |c: usize| match prepared.imputation_factor {
            Some(f) => match self.factors[f].kind() {
                FactorKind::Imputation(a) => a[c].clone(),
                _ => None,
            },
            None => self.pipeline.imputation.clone(),
        };
        let normalization = |c: usize| match prepared.normalization_factor {
            Some(f) => match self.factors[f].kind() {
                FactorKind::Normalization(a) => Some(&a[c]),
                _ => None,
            },
            None => None,
        };
        if prepared.imputation_factor.is_none() && prepared.normalization_factor.is_none() {
            // Every configuration shares the nominal normalized columns (`combos` empty).
            return Ok(prepared);
        }
        let n_norm = prepared.normalizations;
        prepared.combos = (0..prepared.imputations * n_norm)
            .into_par_iter()
            .map(|combo| {
                let mut pipeline = self.pipeline.clone();
                pipeline.imputation = imputation(combo / n_norm);
                pipeline
                    .prepare(self.framework, self.table, normalization(combo % n_norm))
                    .map(|p| p.normalized)
            })
            .collect();
        Ok(prepared)
    }
}

fn all_failed(failures: Vec<ReplicationFailure>) -> UncertaintyError {
    let runs = failures.len();
    match failures.into_iter().next() {
        Some(first) => UncertaintyError::AllFailed {
            runs,
            first: Box::new(first),
        },
        // Callers only get here with at least one run, all failed.
        None => UncertaintyError::NothingToRank,
    }
}

impl Prepared<'_> {
    fn ranked_units(&self) -> Vec<String> {
        self.ranked
            .iter()
            .map(|&u| self.all_units[u].clone())
            .collect()
    }

    /// Factor i's value for one configuration.
    fn draw_factor(&self, i: usize, draw: &mut Draw) -> Value {
        match &self.factors[i] {
            Resolved::Imputation => Value::Choice(draw.choice(self.imputations)),
            Resolved::Normalization => Value::Choice(draw.choice(self.normalizations)),
            Resolved::Aggregation(_, alternatives) => {
                Value::Choice(draw.choice(alternatives.len()))
            }
            Resolved::Weights(nodes, noise) => {
                Value::Multipliers(nodes.iter().map(|_| noise.multiplier(draw)).collect())
            }
        }
    }

    /// Every factor's value for one replication, in factor order.
    fn draw(&self, draw: &mut Draw) -> Vec<Value> {
        (0..self.factors.len())
            .map(|i| self.draw_factor(i, draw))
            .collect()
    }

    /// The index scores of the ranked units under one configuration.
    fn scores(&self, values: &[Value]) -> Result<Vec<f64>, UncertaintyError> {
        let mut weights = self.weights.clone();
        let mut methods = self.methods.clone();
        let (mut imputation, mut normalization) = (0, 0);
        for (factor, value) in self.factors.iter().zip(values) {
            match (factor, value) {
                (Resolved::Imputation, Value::Choice(c)) => imputation = *c,
                (Resolved::Normalization, Value::Choice(c)) => normalization = *c,
                (Resolved::Aggregation(nodes, alternatives), Value::Choice(c)) => {
                    for &k in nodes {
                        methods[k] = alternatives[*c];
                    }
                }
                (Resolved::Weights(nodes, _), Value::Multipliers(m)) => {
                    for (&k, m) in nodes.iter().zip(m) {
                        weights[k] *= m;
                    }
                }
                // Values are drawn by `draw_factor`, which matches the kinds.
                _ => {}
            }
        }
        let indicators = if self.combos.is_empty() {
            &self.nominal
        } else {
            self.combos[imputation * self.normalizations + normalization]
                .as_ref()
                .map_err(|e| UncertaintyError::Pipeline(e.clone()))?
        };
        self.aggregate(indicators, &weights, &methods)
    }

    /// Aggregates normalized columns to the index and returns the ranked units' scores.
    fn aggregate(
        &self,
        indicators: &[Vec<Option<f64>>],
        weights: &[f64],
        methods: &[Aggregation],
    ) -> Result<Vec<f64>, UncertaintyError> {
        let root = aggregate::aggregate(
            self.framework,
            weights,
            methods,
            indicators,
            &self.all_units,
            self.missing,
        )
        .map_err(UncertaintyError::Pipeline)?
        .swap_remove(self.framework.root_index());
        self.ranked
            .iter()
            .map(|&u| {
                root[u].ok_or_else(|| UncertaintyError::Unscored {
                    unit: self.all_units[u].clone(),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{Aggregate, Indicator, Normalization};
    use crate::uncertainty::{Noise, Scope};

    /// The nominal columns are computed once: again only for the imputation and
    /// normalization alternatives, when a factor varies them.
    #[test]
    fn the_nominal_preparation_is_shared_when_no_factor_changes_the_columns() {
        let fw = Framework::builder()
            .aggregate(Aggregate::new("i", "I"))
            .indicator(Indicator::new("x", "X").parent("i"))
            .indicator(Indicator::new("y", "Y").parent("i"))
            .build()
            .unwrap();
        let table = IndicatorTable::new(["a", "b", "c"])
            .unwrap()
            .with_column("x", vec![Some(1.0), Some(2.0), Some(3.0)])
            .unwrap()
            .with_column("y", vec![Some(3.0), Some(1.0), Some(2.0)])
            .unwrap();
        let weights = Factor::weight_noise("w", Scope::All, Noise::Uniform { spread: 0.5 });
        let only_weights = Uncertainty::new(&fw, &table, Pipeline::new()).factor(weights.clone());
        assert!(only_weights.prepare().unwrap().combos.is_empty());
        let with_normalization = only_weights.clone().factor(Factor::normalization(
            "n",
            [Normalization::min_max_100(), Normalization::rank()],
        ));
        assert_eq!(with_normalization.prepare().unwrap().combos.len(), 2);
        // The same draws give the same ranks either way (the nominal columns are the
        // first alternative's).
        let same = Uncertainty::new(&fw, &table, Pipeline::new())
            .factor(weights)
            .factor(Factor::normalization("n", [Normalization::min_max_100()]));
        assert_eq!(
            only_weights.run(200, 5).unwrap().ranks(),
            same.run(200, 5).unwrap().ranks()
        );
    }
}
