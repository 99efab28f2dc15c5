//! Uncertainty and sensitivity analysis of a pipeline's method choices: which imputation,
//! which normalization, which aggregation, how exact the weights are.
//!
//! An [`Uncertainty`] names the uncertain [`Factor`]s of a [`Pipeline`] run on a
//! [`Framework`] and a table. [`Uncertainty::run`] draws a configuration per Monte Carlo
//! replication and gives each unit's rank distribution ([`UncertaintyResult`]);
//! [`Uncertainty::sobol`] gives each factor's first-order and total Sobol indices on the
//! mean absolute rank shift and on each unit's rank ([`Sensitivity`]);
//! [`Uncertainty::leave_one_out`] the rank shifts when each indicator is left out.
//!
//! The steps before aggregation depend only on the imputation and normalization choices,
//! so each combination of them is computed once; a replication then only aggregates with
//! its own methods and weights, and ranks. Formulas and references: `docs/methodology.md`
//! ("Uncertainty of a pipeline's method choices").

use rayon::prelude::*;

use super::{Imputation, MissingChildren, Pipeline, PipelineError, aggregate};
use crate::Direction;
use crate::framework::{Aggregation, Framework, Normalization, Transform, check_normalization};
use crate::matrix::McdmError;
use crate::rank::competition_ranks;
use crate::sensitivity::{
    Draw, Failure, LeaveOneOut, MonteCarloOptions, RankDistribution, RunError, SobolIndices,
    leave_one_out, rank_counts, saltelli_rows, sobol_estimate,
};
use crate::table::IndicatorTable;

/// The random perturbation of weights: each weight in scope is multiplied by its own draw
/// of `m`, and the weights of an aggregate's children are then renormalized to sum to 1
/// (aggregation always divides by the sum of the weights). The multipliers are drawn in
/// the order of [`Framework::node_ids`] (for [`Scope::Nodes`], in the order given).
///
/// ```
/// use peacekeeping_eval::Noise;
/// // COINr's "noise factor" 0.25: each weight within ±25% of its nominal value.
/// let noise = Noise::Uniform { spread: 0.25 };
/// assert_eq!(noise, Noise::Uniform { spread: 0.25 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Noise {
    /// `m` uniform on `[1 - spread, 1 + spread)`, `0 < spread < 1`.
    Uniform {
        /// The half-width of the multiplier's range.
        spread: f64,
    },
    /// `m = 1 + sd z`, `z` standard normal, drawn again while `m <= 0` (a normal
    /// truncated to positive multipliers), `0 < sd <= 1`.
    Normal {
        /// The standard deviation of the multiplier.
        sd: f64,
    },
}

impl Noise {
    fn check(self) -> Result<(), (f64, &'static str)> {
        match self {
            Noise::Uniform { spread } if !(spread > 0.0 && spread < 1.0) => {
                Err((spread, "a uniform spread must be in (0, 1)"))
            }
            Noise::Normal { sd } if !(sd > 0.0 && sd <= 1.0) => {
                Err((sd, "a normal sd must be in (0, 1]"))
            }
            _ => Ok(()),
        }
    }

    fn multiplier(self, draw: &mut Draw) -> f64 {
        match self {
            Noise::Uniform { spread } => draw.uniform_in(1.0 - spread, 1.0 + spread),
            Noise::Normal { sd } => loop {
                let m = draw.normal(1.0, sd);
                if m > 0.0 {
                    break m;
                }
            },
        }
    }
}

/// Which nodes of the framework a factor acts on.
///
/// For an aggregation factor: the aggregates whose method is chosen. For weight noise:
/// the nodes whose weight is perturbed (the root has no weight that matters and is never
/// perturbed).
///
/// ```
/// use peacekeeping_eval::Scope;
/// // The children of the root (depth 1): the dimensions of a two-level framework.
/// let dimensions = Scope::Level(1);
/// assert_ne!(dimensions, Scope::All);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Every aggregate (aggregation), or every node but the root (weights).
    All,
    /// The nodes at a depth of the tree: 0 is the root, 1 its children, and so on
    /// (aggregation: the aggregates at that depth; weights: every node at that depth).
    Level(usize),
    /// The nodes with these ids.
    Nodes(Vec<String>),
}

/// What a [`Factor`] varies.
///
/// ```
/// use peacekeeping_eval::{Factor, FactorKind, Imputation};
/// let f = Factor::imputation("imputation", [None, Some(Imputation::Mean)]);
/// assert!(matches!(f.kind(), FactorKind::Imputation(alternatives) if alternatives.len() == 2));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FactorKind {
    /// The imputation of the pipeline (`None`: no imputation).
    Imputation(Vec<Option<Imputation>>),
    /// The normalization of every indicator, overriding the framework's entries and the
    /// pipeline's default.
    Normalization(Vec<Normalization>),
    /// The aggregation method of the aggregates in scope (one choice for all of them).
    Aggregation {
        /// The aggregates.
        scope: Scope,
        /// The methods to choose from.
        alternatives: Vec<Aggregation>,
    },
    /// Random perturbation of the weights in scope.
    WeightNoise {
        /// The nodes whose weights are perturbed.
        scope: Scope,
        /// The perturbation.
        noise: Noise,
    },
}

/// One uncertain input of an [`Uncertainty`] analysis: a named choice among
/// alternatives, or a weight perturbation.
///
/// A choice among `n` alternatives is drawn uniformly: from a uniform `u` in `[0, 1)`,
/// alternative `⌊u n⌋` (0-based). In a Sobol design each factor is one input, a weight
/// perturbation being a group of multipliers moved together.
///
/// ```
/// use peacekeeping_eval::{Aggregation, Factor, Noise, Normalization, Scope};
/// let f = Factor::aggregation("aggregation", Scope::All, [Aggregation::Arithmetic, Aggregation::Geometric]);
/// assert_eq!(f.name(), "aggregation");
/// let w = Factor::weight_noise("weights", Scope::Level(2), Noise::Uniform { spread: 0.25 });
/// let n = Factor::normalization("normalization", [Normalization::min_max_100(), Normalization::Rank]);
/// # let _ = (w, n);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    name: String,
    kind: FactorKind,
}

impl Factor {
    /// A factor of any kind.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, FactorKind, Normalization};
    /// let f = Factor::new("norm", FactorKind::Normalization(vec![Normalization::Rank]));
    /// assert_eq!(f.name(), "norm");
    /// ```
    pub fn new(name: impl Into<String>, kind: FactorKind) -> Self {
        Factor {
            name: name.into(),
            kind,
        }
    }

    /// A choice of imputation (`None`: no imputation).
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Imputation};
    /// let f = Factor::imputation("imputation", [None, Some(Imputation::Median)]);
    /// # let _ = f;
    /// ```
    pub fn imputation(
        name: impl Into<String>,
        alternatives: impl IntoIterator<Item = Option<Imputation>>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Imputation(alternatives.into_iter().collect()),
        )
    }

    /// A choice of normalization for every indicator.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Normalization};
    /// let f = Factor::normalization("normalization", [
    ///     Normalization::min_max_100(),
    ///     Normalization::ZScore { mean: 10.0, sd: 2.0 },
    /// ]);
    /// # let _ = f;
    /// ```
    pub fn normalization(
        name: impl Into<String>,
        alternatives: impl IntoIterator<Item = Normalization>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Normalization(alternatives.into_iter().collect()),
        )
    }

    /// A choice of aggregation method for the aggregates in `scope`. Any method may be an
    /// alternative, [`Aggregation::Copeland`] included: each replication computes it over
    /// all the units scored at the node, as [`Pipeline::run`](crate::Pipeline::run) does.
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregation, Factor, Scope};
    /// let f = Factor::aggregation("index aggregation", Scope::Level(0),
    ///     [Aggregation::Arithmetic, Aggregation::Geometric]);
    /// # let _ = f;
    /// ```
    pub fn aggregation(
        name: impl Into<String>,
        scope: Scope,
        alternatives: impl IntoIterator<Item = Aggregation>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Aggregation {
                scope,
                alternatives: alternatives.into_iter().collect(),
            },
        )
    }

    /// A perturbation of the weights in `scope`.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Noise, Scope};
    /// let f = Factor::weight_noise("weights", Scope::All, Noise::Normal { sd: 0.1 });
    /// # let _ = f;
    /// ```
    pub fn weight_noise(name: impl Into<String>, scope: Scope, noise: Noise) -> Self {
        Factor::new(name, FactorKind::WeightNoise { scope, noise })
    }

    /// The factor's name.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Noise, Scope};
    /// assert_eq!(Factor::weight_noise("w", Scope::All, Noise::Normal { sd: 0.1 }).name(), "w");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the factor varies.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, FactorKind, Noise, Scope};
    /// let f = Factor::weight_noise("w", Scope::All, Noise::Normal { sd: 0.1 });
    /// assert!(matches!(f.kind(), FactorKind::WeightNoise { .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &FactorKind {
        &self.kind
    }

    /// The number of alternatives of a choice; `None` for weight noise.
    fn alternatives(&self) -> Option<usize> {
        match &self.kind {
            FactorKind::Imputation(a) => Some(a.len()),
            FactorKind::Normalization(a) => Some(a.len()),
            FactorKind::Aggregation { alternatives, .. } => Some(alternatives.len()),
            FactorKind::WeightNoise { .. } => None,
        }
    }
}

/// Why an uncertainty analysis could not run.
///
/// ```
/// use peacekeeping_eval::*;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .build()?;
/// let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
/// let err = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::normalization("normalization", []))
///     .run(100, 1)
///     .unwrap_err();
/// assert_eq!(err, UncertaintyError::NoAlternatives { factor: "normalization".into() });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum UncertaintyError {
    /// The analysis has no factor.
    #[error("the analysis has no uncertain factor")]
    NoFactors,
    /// Two factors have the same name.
    #[error("two factors are named `{factor}`")]
    DuplicateFactor {
        /// The name.
        factor: String,
    },
    /// A choice has no alternative.
    #[error("factor `{factor}` has no alternative")]
    NoAlternatives {
        /// The factor.
        factor: String,
    },
    /// An alternative is invalid (e.g. a min-max range with low >= high).
    #[error("factor `{factor}`, alternative {alternative}: {message}")]
    InvalidAlternative {
        /// The factor.
        factor: String,
        /// The alternative (0-based).
        alternative: usize,
        /// What is wrong.
        message: String,
    },
    /// A noise parameter is out of range.
    #[error("factor `{factor}`: noise parameter {value}: {reason}")]
    Noise {
        /// The factor.
        factor: String,
        /// The parameter.
        value: f64,
        /// Its valid range.
        reason: &'static str,
    },
    /// A scope names a node the framework does not have.
    #[error("factor `{factor}`: the framework has no node `{node}`")]
    UnknownNode {
        /// The factor.
        factor: String,
        /// The node.
        node: String,
    },
    /// A scope selects nothing the factor can act on (no aggregate at that depth, an
    /// indicator under an aggregation factor, the root's weight).
    #[error("factor `{factor}`: {reason}")]
    Scope {
        /// The factor.
        factor: String,
        /// What is wrong.
        reason: String,
    },
    /// Two factors set the same thing (the imputation, the normalization, a node's
    /// aggregation or weight).
    #[error("factors `{first}` and `{second}` both set {what}")]
    Overlap {
        /// The first factor.
        first: String,
        /// The second factor.
        second: String,
        /// What they both set.
        what: String,
    },
    /// Zero replications, or fewer than two Sobol samples.
    #[error("{name} must be at least {least}, got {value}")]
    TooFew {
        /// `"replications"` or `"samples"`.
        name: &'static str,
        /// The least valid number.
        least: usize,
        /// The number given.
        value: usize,
    },
    /// The nominal configuration (the pipeline as given) fails.
    #[error("the nominal configuration fails: {0}")]
    Nominal(PipelineError),
    /// The nominal configuration scores no unit on the index, so there is nothing to rank.
    #[error("the nominal configuration scores no unit on the index")]
    NothingToRank,
    /// Leaving an indicator out fails (e.g. leaves a ranked unit without a score).
    #[error("without indicator `{indicator}`: {error}")]
    LeaveOneOut {
        /// The indicator left out.
        indicator: String,
        /// Why the configuration without it fails.
        error: ReplicationError,
    },
    /// Every replication (or every Sobol sample row) failed; the first failure.
    #[error("every one of {runs} runs failed; run {}: {}", first.replication, first.error)]
    AllFailed {
        /// The number of runs.
        runs: usize,
        /// The failure with the lowest index.
        first: ReplicationFailure,
    },
}

/// Why one configuration gave no ranking.
///
/// ```
/// use peacekeeping_eval::ReplicationError;
/// let e = ReplicationError::Unscored { unit: "unit-1".into() };
/// assert_eq!(e.to_string(), "unit `unit-1` has no index score");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ReplicationError {
    /// A step failed (e.g. a negative z-score under a geometric mean).
    #[error(transparent)]
    Pipeline(PipelineError),
    /// A unit ranked by the nominal configuration has no index score here.
    #[error("unit `{unit}` has no index score")]
    Unscored {
        /// The unit.
        unit: String,
    },
    /// The scores were unusable (not finite).
    #[error(transparent)]
    Invalid(McdmError),
}

/// A configuration that failed: which run, with which choices, and why.
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("i", "I").method(Aggregation::Geometric))
/// #     .indicator(Indicator::new("x", "X").parent("i"))
/// #     .build()?;
/// # let table = IndicatorTable::new(["a", "b", "c"])?
/// #     .with_column("x", vec![Some(1.0), Some(2.0), Some(4.0)])?;
/// // z-scores are negative for units below the mean: a geometric mean cannot take them.
/// let result = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::normalization("normalization", [
///         Normalization::min_max_100(),
///         Normalization::ZScore { mean: 0.0, sd: 1.0 },
///     ]))
///     .run(200, 3)?;
/// let failure = &result.failures()[0];
/// assert_eq!(failure.choices, [Some(1)]);
/// assert!(matches!(failure.error, ReplicationError::Pipeline(PipelineError::Aggregation { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReplicationFailure {
    /// The replication (or Sobol sample row).
    pub replication: usize,
    /// The alternative drawn for each factor (`None` for weight noise). For a Sobol row,
    /// the choices of the configuration that failed.
    pub choices: Vec<Option<usize>>,
    /// Why it failed.
    pub error: ReplicationError,
}

/// One unit's place in a ranking and how far the method choices move it
/// ([`UncertaintyResult::interval`]); ranks are competition ranks, 1 the best.
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
pub struct RankInterval {
    /// The rank of the nominal configuration (the pipeline as given).
    pub nominal: usize,
    /// The 5th percentile of the rank over the replications: the best it plausibly gets.
    pub p5: usize,
    /// The median rank over the replications.
    pub median: usize,
    /// The 95th percentile of the rank over the replications: the worst it plausibly gets.
    pub p95: usize,
}

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
    nominal_ranks: Vec<usize>,
    ranks: RankDistribution,
    replications: usize,
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.units(), ["a", "b"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// The ranks of the nominal configuration (the pipeline as given).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.nominal_ranks(), [2, 1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nominal_ranks(&self) -> &[usize] {
        &self.nominal_ranks
    }

    /// Each unit's rank distribution over the replications that succeeded: median, 5th
    /// and 95th percentiles, mean, counts, and every replication's ranks if kept
    /// ([`Uncertainty::keep_replications`]; successful replications only, in order).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.ranks().median(), [2, 1]);
    /// assert_eq!(result.ranks().replications(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranks(&self) -> &RankDistribution {
        &self.ranks
    }

    /// One unit's rank interval: its nominal rank, and the 5th percentile, median and
    /// 95th percentile of its ranks over the successful replications. `None` for a unit
    /// the nominal configuration does not rank, or when every replication failed.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// let b = result.interval("b").ok_or("b is not ranked")?;
    /// assert_eq!((b.nominal, b.p5, b.median, b.p95), (1, 1, 1, 1));
    /// assert_eq!(result.interval("z"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn interval(&self, unit: &str) -> Option<RankInterval> {
        let u = self.units.iter().position(|x| x == unit)?;
        if self.ranks.replications() == 0 {
            return None;
        }
        Some(RankInterval {
            nominal: self.nominal_ranks[u],
            p5: self.ranks.quantile(u, 0.05),
            median: self.ranks.quantile(u, 0.5),
            p95: self.ranks.quantile(u, 0.95),
        })
    }

    /// The number of replications run (successful or not).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.replications(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn replications(&self) -> usize {
        self.replications
    }

    /// Every failed replication, in index order. They count in
    /// [`UncertaintyResult::replications`] but not in [`UncertaintyResult::ranks`].
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank, Normalization::Borda]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.failures_by_alternative("n"), Some(vec![0, 0]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn failures_by_alternative(&self, factor: &str) -> Option<Vec<usize>> {
        let f = self.factors.iter().position(|f| f.name == factor)?;
        let mut counts = vec![0; self.factors[f].alternatives()?];
        for failure in &self.failures {
            if let Some(c) = failure.choices[f] {
                counts[c] += 1;
            }
        }
        Some(counts)
    }

    /// The mean absolute rank shift against the nominal ranks, over units and successful
    /// replications (COINr's "AvRankShift", averaged); exact, from the rank counts.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .run(10, 1)?;
    /// assert_eq!(result.mean_absolute_rank_shift(), 0.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mean_absolute_rank_shift(&self) -> f64 {
        let mut total = 0u64;
        for (u, &nominal) in self.nominal_ranks.iter().enumerate() {
            for (r, &c) in self.ranks.rank_counts(u).iter().enumerate() {
                total += c * (r + 1).abs_diff(nominal) as u64;
            }
        }
        total as f64 / (self.units.len() as f64 * self.ranks.replications() as f64)
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank, Normalization::Borda]))
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
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
/// assert_eq!(loo.shifts.baseline_ranks, [2, 1]);
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
/// let csv = b"unit,a,b,c\nu1,1,7,3\nu2,4,,5\nu3,2,5,9\nu4,8,2,1\n";
/// let table = IndicatorTable::from_csv(csv, "unit")?;
/// let analysis = Uncertainty::new(&fw, &table, Pipeline::new().imputation(Imputation::Mean))
///     .factor(Factor::imputation("imputation", [Some(Imputation::Mean), Some(Imputation::Median)]))
///     .factor(Factor::normalization("normalization", [
///         Normalization::min_max_100(),
///         Normalization::Rank,
///     ]))
///     .factor(Factor::aggregation("aggregation", Scope::Level(0),
///         [Aggregation::Arithmetic, Aggregation::Geometric]))
///     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.25 }));
/// let result = analysis.run(2_000, 42)?;
/// let (p5, p95) = (result.ranks().percentile_5(), result.ranks().percentile_95());
/// for (u, &nominal) in result.nominal_ranks().iter().enumerate() {
///     println!("{}: nominal {nominal}, 90% of ranks in [{}, {}]", result.units()[u], p5[u], p95[u]);
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
    keep_replications: bool,
}

/// What a factor acts on, resolved against the framework.
enum Resolved {
    Imputation,
    Normalization,
    /// Aggregate indices and the methods to choose from.
    Aggregation(Vec<usize>, Vec<Aggregation>),
    /// Node indices and the perturbation.
    Weights(Vec<usize>, Noise),
}

/// One factor's drawn value.
#[derive(Debug, Clone)]
enum Value {
    Choice(usize),
    Multipliers(Vec<f64>),
}

impl Value {
    fn choice(&self) -> Option<usize> {
        match self {
            Value::Choice(c) => Some(*c),
            Value::Multipliers(_) => None,
        }
    }
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
    /// Normalized indicator columns per (imputation, normalization) alternative pair.
    combos: Vec<Result<Vec<Vec<Option<f64>>>, PipelineError>>,
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
            keep_replications: false,
        }
    }

    /// Adds an uncertain factor (validated when the analysis runs).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = builtin::partnership_effectiveness()?;
    /// # let table = IndicatorTable::new(["p1"])?;
    /// let analysis = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("normalization", [Normalization::Rank]));
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

    /// Keeps every replication's ranks in [`UncertaintyResult::ranks`] (memory:
    /// replications x units x 4 bytes); off by default.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let result = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::Rank]))
    ///     .keep_replications(true)
    ///     .run(3, 1)?;
    /// assert_eq!(result.ranks().replication_ranks().map(<[_]>::len), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn keep_replications(mut self, keep: bool) -> Self {
        self.keep_replications = keep;
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]));
    /// assert_eq!(analysis.run(5, 1)?, analysis.run(5, 1)?);
    /// assert!(matches!(analysis.run(0, 1), Err(UncertaintyError::TooFew { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run(
        &self,
        replications: usize,
        seed: u64,
    ) -> Result<UncertaintyResult, UncertaintyError> {
        if replications == 0 {
            return Err(UncertaintyError::TooFew {
                name: "replications",
                least: 1,
                value: 0,
            });
        }
        let prepared = self.prepare()?;
        let options =
            MonteCarloOptions::new(replications, seed).keep_replications(self.keep_replications);
        let (ranks, failed) = rank_counts(prepared.ranked.len(), options, |draw| {
            let values = prepared.draw(draw);
            prepared
                .scores(&values)
                .map_err(|error| (values_choices(&values), error))
        });
        let failures: Vec<ReplicationFailure> = failed
            .into_iter()
            .map(|(replication, failure)| {
                let (choices, error) = match failure {
                    Failure::Model(e) => e,
                    // Unreachable in practice (scores are finite and one per unit), but
                    // reported rather than dropped: the choices are drawn again.
                    Failure::Invalid(e) => (
                        values_choices(&prepared.draw(&mut Draw::new(seed, replication))),
                        ReplicationError::Invalid(e),
                    ),
                };
                ReplicationFailure {
                    replication,
                    choices,
                    error,
                }
            })
            .collect();
        if failures.len() == replications {
            return Err(all_failed(failures));
        }
        Ok(UncertaintyResult {
            factors: self.factors.clone(),
            units: prepared.ranked_units(),
            nominal_ranks: prepared.nominal_ranks,
            ranks,
            replications,
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
    ///     .factor(Factor::normalization("n", [Normalization::Rank]));
    /// assert!(matches!(analysis.sobol(1, 1), Err(UncertaintyError::TooFew { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sobol(&self, samples: usize, seed: u64) -> Result<Sensitivity, UncertaintyError> {
        if samples < 2 {
            return Err(UncertaintyError::TooFew {
                name: "samples",
                least: 2,
                value: samples,
            });
        }
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
                let shift = ranks
                    .iter()
                    .zip(&prepared.nominal_ranks)
                    .map(|(&r, &n)| r.abs_diff(n) as f64)
                    .sum::<f64>()
                    / units as f64;
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
            factors: self.factors.iter().map(|f| f.name.clone()).collect(),
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
        let shifts = leave_one_out(prepared.ranked.len(), indicators, |left_out| {
            let mut weights = prepared.weights.clone();
            if let Some(i) = left_out {
                weights[n_agg + i] = 0.0;
            }
            prepared.aggregate(&prepared.nominal, &weights, &prepared.methods)
        })
        .map_err(|e| {
            let (run, error) = match e {
                RunError::Model { run, source } => (run, source),
                RunError::Invalid(e) => match e {
                    McdmError::NonFiniteModelOutput { run, .. }
                    | McdmError::ModelOutputCount { run, .. } => {
                        (run, ReplicationError::Invalid(e))
                    }
                    e => (0, ReplicationError::Invalid(e)),
                },
            };
            // Run i + 1 leaves indicator i out; run 0, the nominal configuration, has
            // succeeded above.
            UncertaintyError::LeaveOneOut {
                indicator: self.framework.indicators()[run.saturating_sub(1)]
                    .id
                    .clone(),
                error,
            }
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
        let resolved = self.resolve()?;
        let mut prepared = self.nominal()?;
        prepared.factors = resolved;
        for (i, f) in self.factors.iter().enumerate() {
            match &f.kind {
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
            Some(f) => match &self.factors[f].kind {
                FactorKind::Imputation(a) => a[c].clone(),
                _ => None,
            },
            None => self.pipeline.imputation.clone(),
        };
        let normalization = |c: usize| match prepared.normalization_factor {
            Some(f) => match &self.factors[f].kind {
                FactorKind::Normalization(a) => Some(&a[c]),
                _ => None,
            },
            None => None,
        };
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

    /// Checks every factor and resolves its scope to node indices.
    fn resolve(&self) -> Result<Vec<Resolved>, UncertaintyError> {
        let fw = self.framework;
        let n_agg = fw.aggregates().len();
        let n_nodes = n_agg + fw.indicators().len();
        let depth = depths(fw);
        // Who sets what: the imputation, the normalization, each aggregate's method,
        // each node's weight.
        let mut imputation_owner: Option<&str> = None;
        let mut normalization_owner: Option<&str> = None;
        let mut method_owner: Vec<Option<&str>> = vec![None; n_agg];
        let mut weight_owner: Vec<Option<&str>> = vec![None; n_nodes];
        let mut out = Vec::with_capacity(self.factors.len());
        for (i, f) in self.factors.iter().enumerate() {
            let name = f.name.as_str();
            if self.factors[..i].iter().any(|g| g.name == f.name) {
                return Err(UncertaintyError::DuplicateFactor {
                    factor: f.name.clone(),
                });
            }
            if f.alternatives() == Some(0) {
                return Err(UncertaintyError::NoAlternatives {
                    factor: f.name.clone(),
                });
            }
            let overlap = |first: &str, what: String| UncertaintyError::Overlap {
                first: first.to_owned(),
                second: f.name.clone(),
                what,
            };
            let resolved = match &f.kind {
                FactorKind::Imputation(_) => {
                    if let Some(first) = imputation_owner.replace(name) {
                        return Err(overlap(first, "the imputation".into()));
                    }
                    Resolved::Imputation
                }
                FactorKind::Normalization(alternatives) => {
                    if let Some(first) = normalization_owner.replace(name) {
                        return Err(overlap(first, "the normalization".into()));
                    }
                    for (alternative, n) in alternatives.iter().enumerate() {
                        let mut problems = Vec::new();
                        check_normalization(n, Transform::None, "", &mut problems);
                        if let Some(p) = problems.first() {
                            return Err(UncertaintyError::InvalidAlternative {
                                factor: f.name.clone(),
                                alternative,
                                message: p.message.clone(),
                            });
                        }
                    }
                    Resolved::Normalization
                }
                FactorKind::Aggregation {
                    scope,
                    alternatives,
                } => {
                    for (alternative, a) in alternatives.iter().enumerate() {
                        if let Aggregation::Generalized { p } = a {
                            if !p.is_finite() {
                                return Err(UncertaintyError::InvalidAlternative {
                                    factor: f.name.clone(),
                                    alternative,
                                    message: format!("the power mean's p must be finite, got {p}"),
                                });
                            }
                        }
                    }
                    let nodes = scope_nodes(fw, scope, &depth, name, true)?;
                    for &k in &nodes {
                        if let Some(first) = method_owner[k].replace(name) {
                            return Err(overlap(
                                first,
                                format!("the aggregation of `{}`", fw.id_at(k)),
                            ));
                        }
                    }
                    Resolved::Aggregation(nodes, alternatives.clone())
                }
                FactorKind::WeightNoise { scope, noise } => {
                    noise
                        .check()
                        .map_err(|(value, reason)| UncertaintyError::Noise {
                            factor: f.name.clone(),
                            value,
                            reason,
                        })?;
                    let nodes = scope_nodes(fw, scope, &depth, name, false)?;
                    for &k in &nodes {
                        if let Some(first) = weight_owner[k].replace(name) {
                            return Err(overlap(first, format!("the weight of `{}`", fw.id_at(k))));
                        }
                    }
                    Resolved::Weights(nodes, *noise)
                }
            };
            out.push(resolved);
        }
        Ok(out)
    }
}

/// The depth of every node (root 0).
fn depths(fw: &Framework) -> Vec<usize> {
    let n_nodes = fw.aggregates().len() + fw.indicators().len();
    let mut depth = vec![0; n_nodes];
    let mut stack = vec![fw.root_index()];
    while let Some(a) = stack.pop() {
        for &k in fw.children_of(a) {
            depth[k] = depth[a] + 1;
            if k < fw.aggregates().len() {
                stack.push(k);
            }
        }
    }
    depth
}

/// The node indices a scope selects: aggregates for an aggregation factor, non-root
/// nodes for weights.
fn scope_nodes(
    fw: &Framework,
    scope: &Scope,
    depth: &[usize],
    factor: &str,
    aggregates: bool,
) -> Result<Vec<usize>, UncertaintyError> {
    let n_agg = fw.aggregates().len();
    let n_nodes = n_agg + fw.indicators().len();
    let root = fw.root_index();
    let eligible = |k: usize| if aggregates { k < n_agg } else { k != root };
    let scope_error = |reason: String| UncertaintyError::Scope {
        factor: factor.to_owned(),
        reason,
    };
    let nodes: Vec<usize> = match scope {
        Scope::All => (0..n_nodes).filter(|&k| eligible(k)).collect(),
        Scope::Level(d) => (0..n_nodes)
            .filter(|&k| depth[k] == *d && eligible(k))
            .collect(),
        Scope::Nodes(ids) => {
            let mut nodes = Vec::with_capacity(ids.len());
            for id in ids {
                let k = fw
                    .index_of(id)
                    .ok_or_else(|| UncertaintyError::UnknownNode {
                        factor: factor.to_owned(),
                        node: id.clone(),
                    })?;
                if !eligible(k) {
                    return Err(scope_error(if aggregates {
                        format!("`{id}` is an indicator, not an aggregate")
                    } else {
                        format!("`{id}` is the root, whose weight plays no part")
                    }));
                }
                if !nodes.contains(&k) {
                    nodes.push(k);
                }
            }
            nodes
        }
    };
    if nodes.is_empty() {
        return Err(scope_error(format!(
            "the scope selects no {}",
            if aggregates {
                "aggregate"
            } else {
                "weighted node"
            }
        )));
    }
    Ok(nodes)
}

fn values_choices(values: &[Value]) -> Vec<Option<usize>> {
    values.iter().map(Value::choice).collect()
}

fn all_failed(failures: Vec<ReplicationFailure>) -> UncertaintyError {
    let runs = failures.len();
    match failures.into_iter().next() {
        Some(first) => UncertaintyError::AllFailed { runs, first },
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
    fn scores(&self, values: &[Value]) -> Result<Vec<f64>, ReplicationError> {
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
                .map_err(|e| ReplicationError::Pipeline(e.clone()))?
        };
        self.aggregate(indicators, &weights, &methods)
    }

    /// Aggregates normalized columns to the index and returns the ranked units' scores.
    fn aggregate(
        &self,
        indicators: &[Vec<Option<f64>>],
        weights: &[f64],
        methods: &[Aggregation],
    ) -> Result<Vec<f64>, ReplicationError> {
        let root = aggregate::aggregate(
            self.framework,
            weights,
            methods,
            indicators,
            &self.all_units,
            self.missing,
        )
        .map_err(ReplicationError::Pipeline)?
        .swap_remove(self.framework.root_index());
        self.ranked
            .iter()
            .map(|&u| {
                root[u].ok_or_else(|| ReplicationError::Unscored {
                    unit: self.all_units[u].clone(),
                })
            })
            .collect()
    }
}
