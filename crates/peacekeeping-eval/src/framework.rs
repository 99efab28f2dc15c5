//! Indicator frameworks: the hierarchical tree an index is computed over.
//!
//! A [`Framework`] is a tree of any depth: one root [`Aggregate`] (the index), aggregates
//! below it (dimensions, sub-dimensions) and [`Indicator`]s as leaves. Each indicator says
//! which way is better ([`Direction`]), how its raw values are transformed ([`Transform`])
//! and normalized ([`Normalization`]), and its weight within its parent; each aggregate
//! says how its children are combined ([`Aggregation`]) and its own weight.
//!
//! Frameworks are built in code with [`Framework::builder`] or loaded from TOML or JSON
//! ([`Framework::from_toml_str`], [`Framework::from_json_str`]; format in
//! `docs/frameworks.md`). Both paths run the same validation, which reports every problem
//! at once ([`FrameworkError::Invalid`]), each naming the node id and the field.

mod coinr;
mod file;

use std::collections::BTreeMap;
use std::fmt;

pub use coinr::CoinrMeta;
pub use file::FRAMEWORK_FORMAT_VERSION;

use crate::direction::Direction;

/// Builder methods that each set one field: `name: Type => value;` gives
/// `pub fn name(mut self, name: Type) -> Self`, which stores `value`, with the docs given.
macro_rules! setters {
    ($($(#[$doc:meta])* $field:ident: $ty:ty => $value:expr;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $field(mut self, $field: $ty) -> Self {
            self.$field = $value;
            self
        }
    )*};
}

/// A transform applied to an indicator's raw values before normalization.
///
/// Goalposts and targets are given in raw units and transformed the same way, as the
/// UNDP does for income (`ln` of GNI per capita against `ln 100` and `ln 75,000`).
///
/// ```
/// use peacekeeping_eval::Transform;
///
/// assert_eq!(Transform::Log.apply(std::f64::consts::E), Some(1.0));
/// assert_eq!(Transform::LogOffset(1.0).apply(0.0), Some(0.0));
/// assert_eq!(Transform::Log.apply(0.0), None); // outside the domain
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Transform {
    /// The raw value.
    #[default]
    None,
    /// The natural logarithm `ln x` (values must be positive).
    Log,
    /// `ln(x + offset)` (values must exceed `-offset`).
    LogOffset(f64),
}

impl Transform {
    /// The transformed value, or `None` if `x` is outside the transform's domain.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Transform::None.apply(-3.0), Some(-3.0));
    /// ```
    #[must_use]
    pub fn apply(self, x: f64) -> Option<f64> {
        let y = match self {
            Transform::None => x,
            Transform::Log if x > 0.0 => x.ln(),
            Transform::LogOffset(offset) if x + offset > 0.0 => (x + offset).ln(),
            Transform::Log | Transform::LogOffset(_) => return None,
        };
        y.is_finite().then_some(y)
    }
}

/// How an indicator's (transformed, direction-adjusted) values are put on a common scale.
///
/// Methods without parameters learn what they need (minimum, maximum, mean, standard
/// deviation, ranks) from the units being scored; goalposts and targets are fixed in the
/// framework, so scores do not move when other units change. Formulas are in
/// `docs/methodology.md` ("Composite indicators: normalization").
///
/// ```
/// use peacekeeping_eval::Normalization;
///
/// let hdi_health = Normalization::Goalposts { min: 20.0, max: 85.0, scale: 1.0 };
/// assert_eq!(hdi_health.to_string(), "goalposts");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "method"))]
#[non_exhaustive]
pub enum Normalization {
    /// Min-max to `[low, high]`: `low + (x - min) / (max - min) * (high - low)`.
    MinMax {
        /// The score of the worst unit.
        low: f64,
        /// The score of the best unit.
        high: f64,
    },
    /// Fixed goalposts with capping, as the UNDP HDI: `clamp((x - min) / (max - min), 0, 1)
    /// * scale` (for lower-is-better indicators `(max - x) / (max - min)`).
    Goalposts {
        /// The lower goalpost, in raw units.
        min: f64,
        /// The upper goalpost, in raw units.
        max: f64,
        /// The score at the upper goalpost (1 or 100).
        scale: f64,
    },
    /// Z-score rescaled: `mean + sd * (x - x̄) / s` (the standard z-score is `mean = 0, sd = 1`).
    ZScore {
        /// The mean of the result.
        mean: f64,
        /// The standard deviation of the result.
        sd: f64,
    },
    /// Rank among units, 1 for the worst, ties sharing their average rank.
    Rank,
    /// Percentile rank in `[0, 100]`: `100 * (rank - 1) / (n - 1)` with average ranks for ties.
    PercentileRank,
    /// Distance to a target, as a share of the way from the worst unit to the target,
    /// capped at 1 and scaled: `scale * min(1, (x - worst) / (target - worst))`.
    DistanceToTarget {
        /// The target, in raw units.
        target: f64,
        /// The score at or beyond the target.
        scale: f64,
    },
    /// Ratio to a reference unit's value, times `scale` (`scale * x / x_ref`, for
    /// lower-is-better `scale * x_ref / x`).
    DistanceToReference {
        /// The reference unit's id.
        unit: String,
        /// The score of the reference unit.
        scale: f64,
    },
    /// Borda count: the number of units this unit beats (ties count one half).
    Borda,
}

impl Normalization {
    /// The method's name as written in framework files.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Normalization::Borda.name(), "borda");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Normalization::MinMax { .. } => "min-max",
            Normalization::Goalposts { .. } => "goalposts",
            Normalization::ZScore { .. } => "z-score",
            Normalization::Rank => "rank",
            Normalization::PercentileRank => "percentile-rank",
            Normalization::DistanceToTarget { .. } => "distance-to-target",
            Normalization::DistanceToReference { .. } => "distance-to-reference",
            Normalization::Borda => "borda",
        }
    }

    /// Min-max to `[0, 100]`, the default of [`Pipeline`](crate::Pipeline).
    ///
    /// ```
    /// use peacekeeping_eval::Normalization;
    ///
    /// assert_eq!(Normalization::min_max_100(), Normalization::MinMax { low: 0.0, high: 100.0 });
    /// ```
    #[must_use]
    pub fn min_max_100() -> Self {
        Normalization::MinMax {
            low: 0.0,
            high: 100.0,
        }
    }

    pub(crate) fn check(&self, transform: Transform, node: &str, problems: &mut Vec<Problem>) {
        let mut problem = |field: &'static str, message: String| {
            problems.push(Problem::new(node, field, message));
        };
        let finite = |x: f64| x.is_finite();
        match *self {
            Normalization::MinMax { low, high } => {
                if !(finite(low) && finite(high) && low < high) {
                    problem(
                        "normalization.low",
                        format!("min-max range needs finite low < high, got {low} and {high}"),
                    );
                }
            }
            Normalization::Goalposts { min, max, scale } => {
                if !(finite(min) && finite(max) && min < max) {
                    problem(
                        "normalization.min",
                        format!("goalposts need finite min < max, got min {min} and max {max}"),
                    );
                } else if transform.apply(min).is_none() {
                    problem(
                        "normalization.min",
                        format!("goalpost min {min} is outside the domain of the transform"),
                    );
                }
                if !(finite(scale) && scale > 0.0) {
                    problem(
                        "normalization.scale",
                        format!("scale must be finite and positive, got {scale}"),
                    );
                }
            }
            Normalization::ZScore { mean, sd } => {
                if !(finite(mean) && finite(sd) && sd > 0.0) {
                    problem(
                        "normalization.sd",
                        format!("z-score needs a finite mean and sd > 0, got {mean} and {sd}"),
                    );
                }
            }
            Normalization::DistanceToTarget { target, scale } => {
                if !finite(target) || transform.apply(target).is_none() {
                    problem(
                        "normalization.target",
                        format!("target {target} is not finite or outside the transform's domain"),
                    );
                }
                if !(finite(scale) && scale > 0.0) {
                    problem(
                        "normalization.scale",
                        format!("scale must be finite and positive, got {scale}"),
                    );
                }
            }
            Normalization::DistanceToReference { ref unit, scale } => {
                if unit.is_empty() {
                    problem("normalization.unit", "reference unit is empty".to_owned());
                }
                if !(finite(scale) && scale > 0.0) {
                    problem(
                        "normalization.scale",
                        format!("scale must be finite and positive, got {scale}"),
                    );
                }
            }
            Normalization::Rank | Normalization::PercentileRank | Normalization::Borda => {}
        }
    }
}

impl fmt::Display for Normalization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How an aggregate combines its children's scores, with their weights `w` (normalized
/// to sum to 1 over the children that have a score).
///
/// ```
/// use peacekeeping_eval::Aggregation;
///
/// let (x, w) = ([0.25, 1.0], [0.5, 0.5]);
/// assert_eq!(Aggregation::Arithmetic.combine(&x, &w), Ok(0.625));
/// assert_eq!(Aggregation::Geometric.combine(&x, &w), Ok(0.5));
/// assert_eq!(Aggregation::Minimum.combine(&x, &w), Ok(0.25));
/// assert!(Aggregation::Geometric.combine(&[-1.0, 1.0], &w).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub enum Aggregation {
    /// Weighted arithmetic mean `Σ w x` (fully compensatory; the default).
    #[default]
    Arithmetic,
    /// Weighted geometric mean `Π x^w` (partially compensatory). Zeros give 0; negative
    /// values are an error.
    Geometric,
    /// Weighted harmonic mean `1 / Σ (w / x)`. Zeros give 0; negative values are an error.
    Harmonic,
    /// Weighted generalized (power) mean `(Σ w x^p)^(1/p)`; `p = 0` is the geometric mean.
    /// Negative values are an error unless `p = 1`.
    Generalized {
        /// The exponent.
        p: f64,
    },
    /// The minimum child score (non-compensatory); weights only say which children count.
    Minimum,
    /// Copeland's outranking count (non-compensatory; Munda and Nardo 2009): the units
    /// scored at the node are compared in pairs, and `a` beats `b` when the weight of the
    /// children on which `a` is strictly better exceeds the weight of those on which `b`
    /// is (the same vote as [`copeland`](crate::copeland)). With `n` units scored at the
    /// node, the node score is `100 × (wins + ties / 2) / (n − 1)`, that is
    /// `50 × (1 + C / (n − 1))` with Copeland's `C = wins − losses`: 0 for a unit beaten
    /// by every other, 100 for one that beats every other, 50 for a lone unit.
    ///
    /// Only the order of the children's scores matters, not their size, and a unit's
    /// score depends on the other units: it has no per-unit value, so [`combine`]
    /// returns [`AggregationError::AcrossUnits`] and the [`Pipeline`](crate::Pipeline)
    /// computes it. A pair is compared on the children both units have; which units are
    /// scored at all follows [`MissingChildren`](crate::MissingChildren). It costs
    /// `n²` comparisons of the children per node, where the means cost `n`.
    ///
    /// [`combine`]: Aggregation::combine
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Aggregation, Framework, Indicator, IndicatorTable,
    ///     Pipeline};
    ///
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("i", "Index").method(Aggregation::Copeland))
    ///     .indicator(Indicator::new("a", "A").parent("i").weight(2.0))
    ///     .indicator(Indicator::new("b", "B").parent("i"))
    ///     .indicator(Indicator::new("c", "C").parent("i"))
    ///     .build()?;
    /// // Made-up values, only inputs to show the rule.
    /// let table = IndicatorTable::new(["x", "y", "z"])?
    ///     .with_column("a", vec![Some(3.0), Some(1.0), Some(2.0)])?
    ///     .with_column("b", vec![Some(2.0), Some(3.0), Some(1.0)])?
    ///     .with_column("c", vec![Some(2.0), Some(3.0), Some(1.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// // x-y: x is better on `a` (weight 2), y on `b` and `c` (1 + 1): a tie.
    /// // x beats z on all three. y-z: `a` for z, `b` and `c` for y: a tie.
    /// // x: 1 win, 1 tie -> 100 × 1.5 / 2; y: 2 ties -> 50; z: 1 loss, 1 tie -> 25.
    /// assert_eq!(scores.score("i", "x"), Some(75.0));
    /// assert_eq!(scores.score("i", "y"), Some(50.0));
    /// assert_eq!(scores.score("i", "z"), Some(25.0));
    /// assert_eq!(Aggregation::Copeland.name(), "copeland");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Copeland,
}

impl Aggregation {
    /// The method's name as written in framework files.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Aggregation::Harmonic.name(), "harmonic");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Aggregation::Arithmetic => "arithmetic",
            Aggregation::Geometric => "geometric",
            Aggregation::Harmonic => "harmonic",
            Aggregation::Generalized { .. } => "generalized",
            Aggregation::Minimum => "minimum",
            Aggregation::Copeland => "copeland",
        }
    }

    /// Combines `values` with `weights` (same length, weights non-negative and summing to
    /// a positive number; they are normalized here). Children with weight 0 are ignored.
    ///
    /// ```
    /// use peacekeeping_eval::Aggregation;
    ///
    /// let hm = Aggregation::Harmonic.combine(&[1.0, 0.5], &[1.0, 1.0])?;
    /// assert!((hm - 2.0 / 3.0).abs() < 1e-12);
    /// # Ok::<(), peacekeeping_eval::AggregationError>(())
    /// ```
    ///
    /// # Errors
    /// [`AggregationError`] if the lengths differ, there is nothing to combine (no child
    /// with positive weight), a value or weight is not finite, a value is negative under
    /// a geometric, harmonic or power mean that cannot take it, or the method is
    /// [`Copeland`](Aggregation::Copeland), which has no per-unit value
    /// ([`AggregationError::AcrossUnits`]).
    pub fn combine(&self, values: &[f64], weights: &[f64]) -> Result<f64, AggregationError> {
        let total = check_children(values, weights)?;
        let pairs = || {
            values
                .iter()
                .zip(weights)
                .filter(|&(_, &w)| w > 0.0)
                .map(move |(&x, &w)| (x, w / total))
        };
        let p = match *self {
            Aggregation::Arithmetic => return Ok(pairs().map(|(x, w)| w * x).sum()),
            Aggregation::Minimum => {
                return Ok(pairs().map(|(x, _)| x).fold(f64::INFINITY, f64::min));
            }
            Aggregation::Geometric => 0.0,
            Aggregation::Harmonic => -1.0,
            Aggregation::Generalized { p } => p,
            Aggregation::Copeland => {
                return Err(AggregationError::AcrossUnits {
                    method: self.name(),
                });
            }
        };
        if p == 1.0 {
            return Ok(pairs().map(|(x, w)| w * x).sum());
        }
        if let Some((x, _)) = pairs().find(|&(x, _)| x < 0.0) {
            return Err(AggregationError::Negative {
                method: self.name(),
                value: x,
            });
        }
        if p <= 0.0 && pairs().any(|(x, _)| x == 0.0) {
            // The limit of the mean as one value goes to 0.
            return Ok(0.0);
        }
        let result = if p == 0.0 {
            pairs().map(|(x, w)| w * x.ln()).sum::<f64>().exp()
        } else {
            pairs()
                .map(|(x, w)| w * x.powf(p))
                .sum::<f64>()
                .powf(1.0 / p)
        };
        if result.is_finite() {
            Ok(result)
        } else {
            Err(AggregationError::Overflow {
                method: self.name(),
            })
        }
    }
}

/// Checks one unit's children's `values` and `weights` for [`Aggregation`]: same length,
/// finite, weights non-negative with a positive sum, which is returned.
pub(crate) fn check_children(values: &[f64], weights: &[f64]) -> Result<f64, AggregationError> {
    if values.len() != weights.len() {
        return Err(AggregationError::LengthMismatch {
            values: values.len(),
            weights: weights.len(),
        });
    }
    let mut total = 0.0;
    for (&x, &w) in values.iter().zip(weights) {
        if !x.is_finite() || !w.is_finite() || w < 0.0 {
            return Err(AggregationError::NotFinite {
                value: x,
                weight: w,
            });
        }
        total += w;
    }
    if total <= 0.0 {
        return Err(AggregationError::Empty);
    }
    Ok(total)
}

impl fmt::Display for Aggregation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Aggregation::Generalized { p } => write!(f, "generalized (p = {p})"),
            other => f.write_str(other.name()),
        }
    }
}

/// Why [`Aggregation::combine`] could not combine.
///
/// ```
/// use peacekeeping_eval::{Aggregation, AggregationError};
///
/// let err = Aggregation::Arithmetic.combine(&[1.0], &[0.0]).unwrap_err();
/// assert_eq!(err, AggregationError::Empty);
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AggregationError {
    /// Values and weights have different lengths.
    #[error("{values} values but {weights} weights")]
    LengthMismatch {
        /// Number of values.
        values: usize,
        /// Number of weights.
        weights: usize,
    },
    /// No child has a positive weight.
    #[error("nothing to aggregate: no value with a positive weight")]
    Empty,
    /// A value or weight is NaN or infinite, or a weight is negative.
    #[error("value {value} with weight {weight}: values and weights must be finite, weights >= 0")]
    NotFinite {
        /// The value.
        value: f64,
        /// Its weight.
        weight: f64,
    },
    /// A negative value under a mean that cannot take it.
    #[error("negative value {value} under a {method} mean")]
    Negative {
        /// The aggregation method.
        method: &'static str,
        /// The offending value.
        value: f64,
    },
    /// The method compares units with each other ([`Aggregation::Copeland`]): it has no
    /// value for one unit's children alone. The [`Pipeline`](crate::Pipeline) computes it
    /// over all the units scored at a node.
    #[error(
        "the {method} aggregation compares units with each other: it has no value for one unit alone"
    )]
    AcrossUnits {
        /// The aggregation method.
        method: &'static str,
    },
    /// The result overflowed.
    #[error("the {method} mean overflowed")]
    Overflow {
        /// The aggregation method.
        method: &'static str,
    },
}

/// A leaf of a [`Framework`]: one measured indicator.
///
/// ```
/// use peacekeeping_eval::{Direction, Indicator, Normalization};
///
/// let frictions = Indicator::new("frictions", "Reported frictions per year")
///     .parent("cooperation")
///     .unit("count per year")
///     .direction(Direction::LowerIsBetter)
///     .weight(2.0);
/// assert_eq!(frictions.direction, Direction::LowerIsBetter);
/// assert_eq!(frictions.normalization, None); // the pipeline's default
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Indicator {
    /// The id data columns and observations refer to.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// The parent aggregate's id.
    pub parent: String,
    /// The unit of the raw values (free text: "years", "% of respondents").
    pub unit: String,
    /// A longer description: what is measured and why.
    pub description: String,
    /// Which way is better.
    pub direction: Direction,
    /// The transform applied before normalization.
    pub transform: Transform,
    /// The normalization; `None` uses the pipeline's default.
    pub normalization: Option<Normalization>,
    /// The weight within the parent (non-negative; weights of siblings are normalized).
    pub weight: f64,
}

impl Indicator {
    /// An indicator with weight 1, higher is better, no transform, default normalization.
    ///
    /// ```
    /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy at birth");
    /// assert_eq!(le.weight, 1.0);
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Indicator {
            id: id.into(),
            name: name.into(),
            parent: String::new(),
            unit: String::new(),
            description: String::new(),
            direction: Direction::HigherIsBetter,
            transform: Transform::None,
            normalization: None,
            weight: 1.0,
        }
    }

    setters! {
        /// Sets the parent aggregate.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy").parent("health");
        /// assert_eq!(le.parent, "health");
        /// ```
        parent: impl Into<String> => parent.into();

        /// Sets the unit of the raw values.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy").unit("years");
        /// assert_eq!(le.unit, "years");
        /// ```
        unit: impl Into<String> => unit.into();

        /// Sets the description.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "LE").description("At birth");
        /// assert_eq!(le.description, "At birth");
        /// ```
        description: impl Into<String> => description.into();

        /// Sets the direction.
        ///
        /// ```
        /// use peacekeeping_eval::{Direction, Indicator};
        ///
        /// let i = Indicator::new("deaths", "Deaths").direction(Direction::LowerIsBetter);
        /// assert_eq!(i.direction.sign(), -1.0);
        /// ```
        direction: Direction => direction;

        /// Sets the transform.
        ///
        /// ```
        /// use peacekeeping_eval::{Indicator, Transform};
        ///
        /// let gni = Indicator::new("gni", "GNI per capita").transform(Transform::Log);
        /// assert_eq!(gni.transform, Transform::Log);
        /// ```
        transform: Transform => transform;

        /// Sets the normalization.
        ///
        /// ```
        /// use peacekeeping_eval::{Indicator, Normalization};
        ///
        /// let le = Indicator::new("le", "Life expectancy")
        ///     .normalization(Normalization::Goalposts { min: 20.0, max: 85.0, scale: 1.0 });
        /// assert!(le.normalization.is_some());
        /// ```
        normalization: Normalization => Some(normalization);

        /// Sets the weight within the parent.
        ///
        /// ```
        /// let i = peacekeeping_eval::Indicator::new("a", "A").weight(0.5);
        /// assert_eq!(i.weight, 0.5);
        /// ```
        weight: f64 => weight;
    }
}

/// An inner node of a [`Framework`]: the index (the root, without a parent), a dimension
/// or a sub-dimension.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Aggregation};
///
/// let hdi = Aggregate::new("hdi", "Human Development Index").method(Aggregation::Geometric);
/// let education = Aggregate::new("education", "Education").parent("hdi");
/// assert_eq!(education.method, Aggregation::Arithmetic);
/// assert!(hdi.parent.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Aggregate {
    /// The node id.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// The parent's id; `None` for the root.
    pub parent: Option<String>,
    /// A longer description.
    pub description: String,
    /// How the children are combined.
    pub method: Aggregation,
    /// The weight within the parent (ignored for the root).
    pub weight: f64,
}

impl Aggregate {
    /// An aggregate with weight 1 and the arithmetic mean; the root unless given a parent.
    ///
    /// ```
    /// let index = peacekeeping_eval::Aggregate::new("index", "Index");
    /// assert_eq!(index.weight, 1.0);
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Aggregate {
            id: id.into(),
            name: name.into(),
            parent: None,
            description: String::new(),
            method: Aggregation::Arithmetic,
            weight: 1.0,
        }
    }

    setters! {
        /// Sets the parent.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("health", "Health").parent("hdi");
        /// assert_eq!(a.parent.as_deref(), Some("hdi"));
        /// ```
        parent: impl Into<String> => Some(parent.into());

        /// Sets the description.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("h", "Health").description("A long life");
        /// assert_eq!(a.description, "A long life");
        /// ```
        description: impl Into<String> => description.into();

        /// Sets the aggregation method.
        ///
        /// ```
        /// use peacekeeping_eval::{Aggregate, Aggregation};
        ///
        /// let a = Aggregate::new("i", "Index").method(Aggregation::Minimum);
        /// assert_eq!(a.method, Aggregation::Minimum);
        /// ```
        method: Aggregation => method;

        /// Sets the weight within the parent.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("h", "Health").weight(2.0);
        /// assert_eq!(a.weight, 2.0);
        /// ```
        weight: f64 => weight;
    }
}

/// A node of a validated [`Framework`], as returned by [`Framework::node`].
///
/// ```
/// use peacekeeping_eval::{builtin, NodeRef};
///
/// let framework = builtin::partnership_effectiveness()?;
/// assert!(matches!(framework.node(framework.root_id()), Some(NodeRef::Aggregate(_))));
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NodeRef<'a> {
    /// An aggregate (the root, a dimension, a sub-dimension).
    Aggregate(&'a Aggregate),
    /// An indicator.
    Indicator(&'a Indicator),
}

impl<'a> NodeRef<'a> {
    /// The node's id.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.node("frictions").map(|n| n.id()), Some("frictions"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &'a str {
        match *self {
            NodeRef::Aggregate(a) => &a.id,
            NodeRef::Indicator(i) => &i.id,
        }
    }

    /// The node's name.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(!fw.node(fw.root_id()).map_or("", |n| n.name()).is_empty());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &'a str {
        match *self {
            NodeRef::Aggregate(a) => &a.name,
            NodeRef::Indicator(i) => &i.name,
        }
    }

    /// The node's weight within its parent.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.node("frictions").map_or(0.0, |n| n.weight()) > 0.0);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn weight(&self) -> f64 {
        match self {
            NodeRef::Aggregate(a) => a.weight,
            NodeRef::Indicator(i) => i.weight,
        }
    }
}

/// One problem found while validating a framework: the node, the field, and what is wrong.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Framework, FrameworkError};
///
/// let err = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .aggregate(Aggregate::new("orphan", "Orphan").parent("nowhere"))
///     .build()
///     .unwrap_err();
/// let FrameworkError::Invalid(problems) = err else { panic!() };
/// assert!(problems.iter().any(|p| p.node == "orphan" && p.field == "parent"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The id of the node concerned (empty for the framework as a whole).
    pub node: String,
    /// The field concerned (`"parent"`, `"weight"`, `"normalization.min"`...).
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    fn new(node: &str, field: &'static str, message: String) -> Self {
        Problem {
            node: node.to_owned(),
            field,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.node.is_empty() {
            write!(f, "{}: {}", self.field, self.message)
        } else {
            write!(f, "node `{}`, {}: {}", self.node, self.field, self.message)
        }
    }
}

/// Why a framework could not be built or loaded.
///
/// ```
/// use peacekeeping_eval::{Framework, FrameworkError};
///
/// let err = Framework::from_toml_str("[[indicator]]\nid = 3").unwrap_err();
/// assert!(matches!(err, FrameworkError::Parse { format: "TOML", .. }));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameworkError {
    /// The file is not valid TOML or JSON, or does not have the framework format's shape
    /// (unknown field, wrong type).
    #[error("invalid {format} framework file: {message}")]
    Parse {
        /// `"TOML"` or `"JSON"`.
        format: &'static str,
        /// The parser's message, with line and column where it gives them.
        message: String,
    },
    /// The framework's content is invalid: every problem found, in node order.
    #[error("invalid framework, {} problem(s):\n{}", .0.len(), ProblemList(.0))]
    Invalid(Vec<Problem>),
    /// Writing the framework as TOML failed.
    #[error("cannot write the framework as TOML: {0}")]
    Write(String),
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

/// Builds a [`Framework`] in code; [`build`](FrameworkBuilder::build) validates.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Aggregation, Framework, Indicator, Normalization};
///
/// let framework = Framework::builder()
///     .id("mini")
///     .aggregate(Aggregate::new("index", "Index").method(Aggregation::Geometric))
///     .indicator(Indicator::new("a", "A").parent("index"))
///     .indicator(Indicator::new("b", "B").parent("index").weight(2.0))
///     .build()?;
/// assert_eq!(framework.indicators().len(), 2);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct FrameworkBuilder {
    id: String,
    name: String,
    description: String,
    aggregates: Vec<Aggregate>,
    indicators: Vec<Indicator>,
}

impl FrameworkBuilder {
    setters! {
        /// Sets the framework's id.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().id("hdi");
        /// # let _ = b;
        /// ```
        id: impl Into<String> => id.into();

        /// Sets the framework's name.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().name("Human Development Index");
        /// # let _ = b;
        /// ```
        name: impl Into<String> => name.into();

        /// Sets the framework's description.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().description("After UNDP (2024)");
        /// # let _ = b;
        /// ```
        description: impl Into<String> => description.into();
    }

    /// Adds an aggregate (the one without a parent is the root).
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Framework};
    ///
    /// let b = Framework::builder().aggregate(Aggregate::new("index", "Index"));
    /// # let _ = b;
    /// ```
    #[must_use]
    pub fn aggregate(mut self, aggregate: Aggregate) -> Self {
        self.aggregates.push(aggregate);
        self
    }

    /// Adds an indicator.
    ///
    /// ```
    /// use peacekeeping_eval::{Framework, Indicator};
    ///
    /// let b = Framework::builder().indicator(Indicator::new("a", "A").parent("index"));
    /// # let _ = b;
    /// ```
    #[must_use]
    pub fn indicator(mut self, indicator: Indicator) -> Self {
        self.indicators.push(indicator);
        self
    }

    /// Validates and builds the framework.
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Framework, Indicator};
    ///
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("index", "Index"))
    ///     .indicator(Indicator::new("a", "A").parent("index"))
    ///     .build()?;
    /// assert_eq!(fw.root_id(), "index");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Invalid`] with every problem found: empty or duplicate ids, no
    /// root or several, unknown parents, an indicator as a parent, cycles, aggregates
    /// without children, negative or non-finite weights, children whose weights are all
    /// zero, and invalid normalization or aggregation parameters (goalposts with
    /// `min >= max`...).
    pub fn build(self) -> Result<Framework, FrameworkError> {
        Framework::validate(self)
    }
}

/// A validated hierarchical indicator framework.
///
/// ```
/// use peacekeeping_eval::Framework;
///
/// let framework = Framework::from_toml_str(r#"
///     id = "mini"
///     [[aggregate]]
///     id = "index"
///     name = "Index"
///     method = "geometric"
///     [[indicator]]
///     id = "le"
///     name = "Life expectancy"
///     parent = "index"
///     normalization = { method = "goalposts", min = 20, max = 85 }
/// "#)?;
/// assert_eq!(framework.indicator_ids().collect::<Vec<_>>(), ["le"]);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "file::FrameworkFile", into = "file::FrameworkFile")
)]
pub struct Framework {
    id: String,
    name: String,
    description: String,
    aggregates: Vec<Aggregate>,
    indicators: Vec<Indicator>,
    root: usize,
    /// Children of each aggregate, as node indices (aggregates `0..a`, indicators `a..`).
    children: Vec<Vec<usize>>,
    /// Aggregates in an order where every child aggregate comes before its parent.
    bottom_up: Vec<usize>,
    index: BTreeMap<String, usize>,
}

impl Framework {
    /// Starts building a framework in code.
    ///
    /// ```
    /// let builder = peacekeeping_eval::Framework::builder();
    /// # let _ = builder;
    /// ```
    #[must_use]
    pub fn builder() -> FrameworkBuilder {
        FrameworkBuilder::default()
    }

    /// Loads a framework from TOML text (format in `docs/frameworks.md`).
    ///
    /// ```
    /// let fw = peacekeeping_eval::Framework::from_toml_str(
    ///     "[[aggregate]]\nid = \"i\"\n[[indicator]]\nid = \"a\"\nparent = \"i\"\n")?;
    /// assert_eq!(fw.root_id(), "i");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Parse`] for invalid TOML or an unexpected shape (the first such
    /// error, with its line); otherwise [`FrameworkError::Invalid`] with every problem of
    /// content at once (see [`FrameworkBuilder::build`]).
    pub fn from_toml_str(text: &str) -> Result<Self, FrameworkError> {
        let file: file::FrameworkFile =
            toml::from_str(text).map_err(|e| FrameworkError::Parse {
                format: "TOML",
                message: e.to_string().trim_end().to_owned(),
            })?;
        Framework::try_from(file)
    }

    /// Loads a framework from JSON text: the same fields as TOML
    /// (`{"aggregate": [...], "indicator": [...]}`).
    ///
    /// ```
    /// let fw = peacekeeping_eval::Framework::from_json_str(
    ///     r#"{"aggregate": [{"id": "i"}], "indicator": [{"id": "a", "parent": "i"}]}"#)?;
    /// assert_eq!(fw.indicators().len(), 1);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// As [`Framework::from_toml_str`], with `format: "JSON"`.
    pub fn from_json_str(text: &str) -> Result<Self, FrameworkError> {
        let file: file::FrameworkFile =
            serde_json::from_str(text).map_err(|e| FrameworkError::Parse {
                format: "JSON",
                message: e.to_string(),
            })?;
        Framework::try_from(file)
    }

    /// Writes the framework as TOML in the documented format; loading it back gives an
    /// equal framework.
    ///
    /// ```
    /// use peacekeeping_eval::{builtin, Framework};
    ///
    /// let fw = builtin::partnership_effectiveness()?;
    /// assert_eq!(Framework::from_toml_str(&fw.to_toml()?)?, fw);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Write`] if the TOML writer fails (not expected for a valid
    /// framework).
    pub fn to_toml(&self) -> Result<String, FrameworkError> {
        toml::to_string(&file::FrameworkFile::from(self.clone()))
            .map_err(|e| FrameworkError::Write(e.to_string()))
    }

    /// The framework's id.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.id(), "partnership-effectiveness");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The framework's name.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.name().contains("Partnership"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The framework's description.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(!fw.description().is_empty());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The root aggregate's id (the index).
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.root_id(), "effectiveness");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn root_id(&self) -> &str {
        &self.aggregates[self.root].id
    }

    /// The aggregates, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.aggregates().len() >= 7);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn aggregates(&self) -> &[Aggregate] {
        &self.aggregates
    }

    /// The indicators, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.indicators().iter().all(|i| i.weight >= 0.0));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The indicator ids, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.indicator_ids().any(|id| id == "friction-count"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.indicators.iter().map(|i| i.id.as_str())
    }

    /// The node with this id.
    ///
    /// ```
    /// use peacekeeping_eval::NodeRef;
    ///
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(matches!(fw.node("friction-count"), Some(NodeRef::Indicator(_))));
    /// assert!(fw.node("nothing").is_none());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn node(&self, id: &str) -> Option<NodeRef<'_>> {
        self.index.get(id).map(|&k| self.node_at(k))
    }

    /// The ids of a node's children (empty for indicators and unknown ids).
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.children(fw.root_id()).any(|c| c == "frictions"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn children(&self, id: &str) -> impl Iterator<Item = &str> {
        let kids: &[usize] = match self.index.get(id) {
            Some(&k) if k < self.aggregates.len() => &self.children[k],
            _ => &[],
        };
        kids.iter().map(|&k| self.id_at(k))
    }

    /// Every node id: aggregates in definition order, then indicators.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.node_ids().count(), fw.aggregates().len() + fw.indicators().len());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn node_ids(&self) -> impl Iterator<Item = &str> {
        self.aggregates
            .iter()
            .map(|a| a.id.as_str())
            .chain(self.indicator_ids())
    }

    /// Each indicator's effective weight in the index: the product, from the indicator up
    /// to the root, of each node's weight divided by the sum of its siblings' weights.
    /// They sum to 1.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// let total: f64 = fw.effective_weights().values().sum();
    /// assert!((total - 1.0).abs() < 1e-12);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn effective_weights(&self) -> BTreeMap<&str, f64> {
        let mut share = vec![0.0; self.aggregates.len() + self.indicators.len()];
        share[self.root] = 1.0;
        for &a in self.bottom_up.iter().rev() {
            let kids = &self.children[a];
            let total: f64 = kids.iter().map(|&k| self.node_at(k).weight()).sum();
            for &k in kids {
                share[k] = share[a] * self.node_at(k).weight() / total;
            }
        }
        self.indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.as_str(), share[self.aggregates.len() + i]))
            .collect()
    }

    pub(crate) fn id_at(&self, k: usize) -> &str {
        let a = self.aggregates.len();
        if k < a {
            &self.aggregates[k].id
        } else {
            &self.indicators[k - a].id
        }
    }

    /// The index of node `id` (aggregates first, then indicators, as
    /// [`node_ids`](Self::node_ids) lists them).
    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub(crate) fn node_at(&self, k: usize) -> NodeRef<'_> {
        let a = self.aggregates.len();
        if k < a {
            NodeRef::Aggregate(&self.aggregates[k])
        } else {
            NodeRef::Indicator(&self.indicators[k - a])
        }
    }

    /// Children of aggregate `a` as node indices.
    pub(crate) fn children_of(&self, a: usize) -> &[usize] {
        &self.children[a]
    }

    /// Aggregates, children before parents.
    pub(crate) fn bottom_up(&self) -> &[usize] {
        &self.bottom_up
    }

    pub(crate) fn root_index(&self) -> usize {
        self.root
    }

    fn validate(spec: FrameworkBuilder) -> Result<Framework, FrameworkError> {
        let FrameworkBuilder {
            id,
            name,
            description,
            aggregates,
            indicators,
        } = spec;
        let mut problems = Vec::new();
        let mut index = BTreeMap::new();
        let n_agg = aggregates.len();
        let ids = aggregates
            .iter()
            .map(|a| a.id.as_str())
            .chain(indicators.iter().map(|i| i.id.as_str()));
        for (k, node_id) in ids.enumerate() {
            if node_id.trim().is_empty() {
                problems.push(Problem::new(node_id, "id", "empty id".to_owned()));
            } else if index.insert(node_id.to_owned(), k).is_some() {
                problems.push(Problem::new(
                    node_id,
                    "id",
                    "duplicate id (ids are unique across aggregates and indicators)".to_owned(),
                ));
            }
        }
        // Parents, as node indices; aggregates only.
        let mut parent: Vec<Option<usize>> = vec![None; n_agg + indicators.len()];
        let mut roots = Vec::new();
        let resolve = |node: &str, p: &str, problems: &mut Vec<Problem>| match index.get(p) {
            Some(&k) if k < n_agg => Some(k),
            Some(_) => {
                problems.push(Problem::new(
                    node,
                    "parent",
                    format!("parent `{p}` is an indicator; only aggregates have children"),
                ));
                None
            }
            None => {
                problems.push(Problem::new(
                    node,
                    "parent",
                    format!("unknown parent `{p}`"),
                ));
                None
            }
        };
        for (k, a) in aggregates.iter().enumerate() {
            match &a.parent {
                None => roots.push(k),
                Some(p) => parent[k] = resolve(&a.id, p, &mut problems),
            }
        }
        for (i, ind) in indicators.iter().enumerate() {
            if ind.parent.is_empty() {
                problems.push(Problem::new(
                    &ind.id,
                    "parent",
                    "an indicator needs a parent aggregate".to_owned(),
                ));
            } else {
                parent[n_agg + i] = resolve(&ind.id, &ind.parent, &mut problems);
            }
        }
        match roots.len() {
            1 => {}
            0 => problems.push(Problem::new(
                "",
                "parent",
                "no root: exactly one aggregate must have no parent".to_owned(),
            )),
            _ => problems.push(Problem::new(
                "",
                "parent",
                format!(
                    "{} roots ({}): exactly one aggregate must have no parent",
                    roots.len(),
                    roots
                        .iter()
                        .map(|&k| aggregates[k].id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
        // Cycles: following parents from an aggregate must end at a root within n steps.
        for (k, aggregate) in aggregates.iter().enumerate() {
            let mut at = k;
            let mut steps = 0;
            while let Some(p) = parent[at] {
                at = p;
                steps += 1;
                if steps > n_agg {
                    problems.push(Problem::new(
                        &aggregate.id,
                        "parent",
                        "cycle: following parents from this node never reaches the root".to_owned(),
                    ));
                    break;
                }
            }
        }
        let mut children = vec![Vec::new(); n_agg];
        for (k, p) in parent.iter().enumerate() {
            if let Some(p) = *p {
                children[p].push(k);
            }
        }
        let weight_of = |k: usize| {
            if k < n_agg {
                aggregates[k].weight
            } else {
                indicators[k - n_agg].weight
            }
        };
        let id_of = |k: usize| {
            if k < n_agg {
                aggregates[k].id.as_str()
            } else {
                indicators[k - n_agg].id.as_str()
            }
        };
        for k in 0..parent.len() {
            let w = weight_of(k);
            if !w.is_finite() || w < 0.0 {
                problems.push(Problem::new(
                    id_of(k),
                    "weight",
                    format!("weight must be finite and non-negative, got {w}"),
                ));
            }
        }
        for (a, kids) in children.iter().enumerate() {
            if kids.is_empty() {
                problems.push(Problem::new(
                    &aggregates[a].id,
                    "children",
                    "aggregate has no children".to_owned(),
                ));
            } else if kids.iter().all(|&k| weight_of(k) == 0.0) {
                problems.push(Problem::new(
                    &aggregates[a].id,
                    "weight",
                    format!(
                        "the weights of all children ({}) are zero",
                        kids.iter()
                            .map(|&k| id_of(k))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            let p = match aggregates[a].method {
                Aggregation::Generalized { p } => p,
                _ => 1.0,
            };
            if !p.is_finite() {
                problems.push(Problem::new(
                    &aggregates[a].id,
                    "p",
                    format!("the generalized mean's exponent must be finite, got {p}"),
                ));
            }
        }
        for ind in &indicators {
            let offset = match ind.transform {
                Transform::LogOffset(offset) => offset,
                _ => 0.0,
            };
            if !offset.is_finite() {
                problems.push(Problem::new(
                    &ind.id,
                    "transform.offset",
                    format!("log offset must be finite, got {offset}"),
                ));
            }
            if let Some(n) = &ind.normalization {
                n.check(ind.transform, &ind.id, &mut problems);
            }
        }
        if !problems.is_empty() {
            return Err(FrameworkError::Invalid(problems));
        }
        let root = roots[0];
        // Post-order from the root: children before parents.
        let mut bottom_up = Vec::with_capacity(n_agg);
        let mut stack = vec![(root, false)];
        while let Some((a, expanded)) = stack.pop() {
            if expanded {
                bottom_up.push(a);
            } else {
                stack.push((a, true));
                for &k in children[a].iter().rev() {
                    if k < n_agg {
                        stack.push((k, false));
                    }
                }
            }
        }
        Ok(Framework {
            id,
            name,
            description,
            aggregates,
            indicators,
            root,
            children,
            bottom_up,
            index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_at_once() {
        let err = Framework::builder()
            .aggregate(Aggregate::new("index", "Index"))
            .aggregate(Aggregate::new("a", "A").parent("b"))
            .aggregate(Aggregate::new("b", "B").parent("a"))
            .aggregate(Aggregate::new("zero", "Zero").parent("index"))
            .indicator(Indicator::new("x", "X").parent("zero").weight(0.0))
            .indicator(Indicator::new("x", "X again").parent("index"))
            .indicator(Indicator::new("y", "Y").parent("ghost").weight(-1.0))
            .indicator(Indicator::new("g", "G").parent("index").normalization(
                Normalization::Goalposts {
                    min: 5.0,
                    max: 5.0,
                    scale: 1.0,
                },
            ))
            .build()
            .unwrap_err();
        let FrameworkError::Invalid(problems) = err else {
            panic!("{err}")
        };
        let has =
            |node: &str, field: &str| problems.iter().any(|p| p.node == node && p.field == field);
        assert!(has("x", "id"), "{problems:?}");
        assert!(has("a", "parent") && has("b", "parent"), "{problems:?}");
        assert!(has("y", "parent") && has("y", "weight"), "{problems:?}");
        assert!(has("zero", "weight"), "{problems:?}");
        assert!(has("g", "normalization.min"), "{problems:?}");
    }

    #[test]
    fn bottom_up_puts_children_first() {
        let fw = Framework::builder()
            .aggregate(Aggregate::new("top", "Top"))
            .aggregate(Aggregate::new("mid", "Mid").parent("top"))
            .aggregate(Aggregate::new("low", "Low").parent("mid"))
            .indicator(Indicator::new("i", "I").parent("low"))
            .indicator(Indicator::new("j", "J").parent("top"))
            .build()
            .unwrap();
        let order: Vec<_> = fw
            .bottom_up()
            .iter()
            .map(|&a| fw.aggregates()[a].id.as_str())
            .collect();
        assert_eq!(order, ["low", "mid", "top"]);
        let w = fw.effective_weights();
        assert_eq!(w["i"], 0.5);
    }

    #[test]
    fn power_means() {
        let x = [1.0, 4.0];
        let w = [1.0, 1.0];
        assert_eq!(Aggregation::Geometric.combine(&x, &w), Ok(2.0));
        assert_eq!(Aggregation::Harmonic.combine(&x, &w), Ok(1.6));
        let q = Aggregation::Generalized { p: 2.0 }.combine(&x, &w).unwrap();
        assert!((q - 8.5f64.sqrt()).abs() < 1e-12);
        assert_eq!(Aggregation::Geometric.combine(&[0.0, 4.0], &w), Ok(0.0));
        assert_eq!(
            Aggregation::Geometric.combine(&[-1.0, 4.0], &[0.0, 1.0]),
            Ok(4.0)
        );
        assert!(
            Aggregation::Arithmetic
                .combine(&[f64::NAN], &[1.0])
                .is_err()
        );
    }
}
