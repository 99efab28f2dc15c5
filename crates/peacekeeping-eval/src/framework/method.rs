//! The methods a framework names: how an indicator's raw values are transformed
//! ([`Transform`]) and normalized ([`Normalization`]), and how an aggregate combines its
//! children ([`Aggregation`]). Formulas and references: `docs/methodology.md`.

use std::fmt;

use crate::error::MethodError;
use crate::rank::{Percentile, Ties};

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
#[non_exhaustive]
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
    /// Rank among units, 1 for the worst, ties sharing places as `ties` says
    /// ([`Ties::Average`] by default; COINr's `n_rank` uses [`Ties::Min`]).
    Rank {
        /// How tied values share places.
        #[cfg_attr(feature = "serde", serde(default = "crate::rank::average"))]
        ties: Ties,
    },
    /// Percentile rank in `[0, 100]` of the rank under `ties`, read by `definition`:
    /// `100 (rank - 1) / (n - 1)` ([`Percentile::Inclusive`], the default, with average
    /// ties) or `100 rank / n` ([`Percentile::Share`]).
    PercentileRank {
        /// How tied values share places.
        #[cfg_attr(feature = "serde", serde(default = "crate::rank::average"))]
        ties: Ties,
        /// How the rank becomes a percentile.
        #[cfg_attr(feature = "serde", serde(default))]
        definition: Percentile,
    },
    /// Distance to a target, as a share of the way from the worst unit to the target,
    /// capped at 1 and scaled: `scale * min(1, (x - worst) / (target - worst))`.
    DistanceToTarget {
        /// The target, in raw units.
        target: f64,
        /// The score at or beyond the target.
        scale: f64,
    },
    /// Distance to a reference value: a unit's, or the mean, median, minimum or maximum of
    /// the indicator over the units scored, as a ratio (`scale * x / ref`, lower-is-better
    /// `scale * ref / x`) or a relative difference (`scale * (x - ref) / ref`,
    /// lower-is-better `scale * (ref - x) / ref`), the two forms of the OECD/JRC Handbook.
    DistanceToReference {
        /// The reference value.
        reference: Reference,
        /// Ratio or relative difference.
        form: Distance,
        /// The factor: the reference's score as a ratio.
        scale: f64,
    },
    /// Borda count: the number of units this unit beats (ties count one half).
    Borda,
    /// The values as given, after the indicator's transform: for indicators already on a
    /// common scale, or a geometric mean of positive raw values. It cannot orient a
    /// lower-is-better indicator (a framework problem; the pipeline's error at run time).
    Identity,
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
            Normalization::Rank { .. } => "rank",
            Normalization::PercentileRank { .. } => "percentile-rank",
            Normalization::DistanceToTarget { .. } => "distance-to-target",
            Normalization::DistanceToReference { .. } => "distance-to-reference",
            Normalization::Borda => "borda",
            Normalization::Identity => "identity",
        }
    }

    /// Ranks with average ties, 1 for the worst: [`Normalization::Rank`] as framework files
    /// read `rank` without `ties`.
    ///
    /// ```
    /// use peacekeeping_eval::{Normalization, Ties};
    /// assert_eq!(Normalization::rank(), Normalization::Rank { ties: Ties::Average });
    /// ```
    #[must_use]
    pub fn rank() -> Self {
        Normalization::Rank {
            ties: Ties::Average,
        }
    }

    /// Percentile ranks `100 (rank - 1) / (n - 1)` with average ties:
    /// [`Normalization::PercentileRank`] as framework files read `percentile-rank` alone.
    ///
    /// ```
    /// use peacekeeping_eval::{Normalization, Percentile, Ties};
    /// assert_eq!(
    ///     Normalization::percentile_rank(),
    ///     Normalization::PercentileRank { ties: Ties::Average, definition: Percentile::Inclusive }
    /// );
    /// ```
    #[must_use]
    pub fn percentile_rank() -> Self {
        Normalization::PercentileRank {
            ties: Ties::Average,
            definition: Percentile::Inclusive,
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
}

impl fmt::Display for Normalization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The reference of [`Normalization::DistanceToReference`]: a unit, or a statistic of the
/// indicator's (transformed) values over the units scored.
///
/// ```
/// use peacekeeping_eval::Reference;
/// assert_eq!(Reference::Unit("FRA".into()).to_string(), "unit FRA");
/// assert_eq!(Reference::Median.to_string(), "median");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Reference {
    /// That unit's value (an error if it is missing or not scored).
    Unit(String),
    /// The mean of the values.
    Mean,
    /// The median of the values (the mean of the middle two for an even count).
    Median,
    /// The smallest value.
    Min,
    /// The largest value.
    Max,
}

impl Reference {
    /// A statistic's name in framework files (`reference = "median"`), if it is one.
    ///
    /// ```
    /// use peacekeeping_eval::Reference;
    /// assert_eq!(Reference::statistic("mean"), Some(Reference::Mean));
    /// assert_eq!(Reference::statistic("FRA"), None);
    /// ```
    #[must_use]
    pub fn statistic(name: &str) -> Option<Reference> {
        match name {
            "mean" => Some(Reference::Mean),
            "median" => Some(Reference::Median),
            "min" => Some(Reference::Min),
            "max" => Some(Reference::Max),
            _ => None,
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Unit(unit) => write!(f, "unit {unit}"),
            Reference::Mean => f.write_str("mean"),
            Reference::Median => f.write_str("median"),
            Reference::Min => f.write_str("min"),
            Reference::Max => f.write_str("max"),
        }
    }
}

/// The form of [`Normalization::DistanceToReference`].
///
/// ```
/// use peacekeeping_eval::Distance;
/// assert_eq!(Distance::named("relative"), Some(Distance::Relative));
/// assert_eq!(Distance::default().name(), "ratio");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Distance {
    /// `x / ref` (lower-is-better `ref / x`): 1 at the reference. The default.
    #[default]
    Ratio,
    /// `(x - ref) / ref` (lower-is-better `(ref - x) / ref`): 0 at the reference,
    /// negative below it.
    Relative,
}

impl Distance {
    /// The form's name in framework files.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Distance::Ratio => "ratio",
            Distance::Relative => "relative",
        }
    }

    /// The form of that name, if any.
    #[must_use]
    pub fn named(name: &str) -> Option<Distance> {
        [Distance::Ratio, Distance::Relative]
            .into_iter()
            .find(|d| d.name() == name)
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
    /// returns [`MethodError::AcrossUnits`] and the [`Pipeline`](crate::Pipeline)
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

    /// Whether a child's score of 0 makes the mean 0 whatever the other children: the
    /// geometric and harmonic means and the power means with `p ≤ 0`.
    ///
    /// ```
    /// use peacekeeping_eval::Aggregation;
    /// assert!(Aggregation::Geometric.zero_absorbs());
    /// assert!(!Aggregation::Arithmetic.zero_absorbs());
    /// assert!(Aggregation::Generalized { p: -2.0 }.zero_absorbs());
    /// ```
    #[must_use]
    pub fn zero_absorbs(self) -> bool {
        match self {
            Aggregation::Geometric | Aggregation::Harmonic => true,
            Aggregation::Generalized { p } => p <= 0.0,
            _ => false,
        }
    }

    /// Combines `values` with `weights` (same length, weights non-negative and summing to
    /// a positive number; they are normalized here). Children with weight 0 are ignored.
    ///
    /// ```
    /// use peacekeeping_eval::Aggregation;
    ///
    /// use peacekeeping_eval::MethodError;
    ///
    /// let hm = Aggregation::Harmonic.combine(&[1.0, 0.5], &[1.0, 1.0])?;
    /// assert!((hm - 2.0 / 3.0).abs() < 1e-12);
    /// let err = Aggregation::Arithmetic.combine(&[1.0], &[0.0]).unwrap_err();
    /// assert_eq!(err, MethodError::NothingToAggregate);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError`] if the lengths differ, there is nothing to combine (no child
    /// with positive weight), a value or weight is not finite, a value is negative under
    /// a geometric, harmonic or power mean that cannot take it, or the method is
    /// [`Copeland`](Aggregation::Copeland), which has no per-unit value
    /// ([`MethodError::AcrossUnits`]).
    pub fn combine(&self, values: &[f64], weights: &[f64]) -> Result<f64, MethodError> {
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
                return Err(MethodError::AcrossUnits {
                    method: self.name(),
                });
            }
        };
        if p == 1.0 {
            return Ok(pairs().map(|(x, w)| w * x).sum());
        }
        if let Some((x, _)) = pairs().find(|&(x, _)| x < 0.0) {
            return Err(MethodError::NegativeUnderMean {
                method: self.name(),
                value: x,
            });
        }
        if self.zero_absorbs() && pairs().any(|(x, _)| x == 0.0) {
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
            Err(MethodError::MeanOverflow {
                method: self.name(),
            })
        }
    }
}

/// Checks one unit's children's `values` and `weights` for [`Aggregation`]: same length,
/// finite, weights non-negative with a positive sum, which is returned.
pub(crate) fn check_children(values: &[f64], weights: &[f64]) -> Result<f64, MethodError> {
    if values.len() != weights.len() {
        return Err(MethodError::AggregationLength {
            values: values.len(),
            weights: weights.len(),
        });
    }
    let mut total = 0.0;
    for (&x, &w) in values.iter().zip(weights) {
        if !x.is_finite() || !w.is_finite() || w < 0.0 {
            return Err(MethodError::AggregationNotFinite {
                value: x,
                weight: w,
            });
        }
        total += w;
    }
    if total <= 0.0 {
        return Err(MethodError::NothingToAggregate);
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

#[cfg(test)]
mod tests {
    use super::*;

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
