//! Normalization of one indicator column (formulas in `docs/methodology.md`).

use super::MethodError;
use crate::direction::Direction;
use crate::framework::{Distance, IDENTITY_ORIENTATION, Normalization, Reference, Transform};
use crate::rank::{self, Ties};
use crate::stats;

/// Normalizes `column` (treated values, raw units) of `indicator`; `units` names the rows
/// for errors and the reference unit. Returns the normalized column and a warning if the
/// column was constant.
pub(crate) fn normalize(
    method: &Normalization,
    indicator: &str,
    direction: Direction,
    transform: Transform,
    column: &[Option<f64>],
    units: &[String],
) -> Result<(Vec<Option<f64>>, Option<String>), MethodError> {
    let sign = direction.sign();
    // Transformed values, with the direction applied where the method is sign-free.
    let mut y = vec![None; column.len()];
    for (k, v) in column.iter().enumerate() {
        if let Some(v) = *v {
            let t = transform
                .apply(v)
                .ok_or_else(|| MethodError::TransformDomain {
                    indicator: indicator.to_owned(),
                    unit: units[k].clone(),
                    value: v,
                })?;
            y[k] = Some(t);
        }
    }
    let (pos, values) = stats::present(&y);
    let mut out = vec![None; column.len()];
    let mut warning = None;
    if values.is_empty() {
        return Ok((
            out,
            Some(format!(
                "indicator `{indicator}` has no values: left missing"
            )),
        ));
    }
    let signed: Vec<f64> = values.iter().map(|v| sign * v).collect();
    let min = signed.iter().copied().fold(f64::INFINITY, f64::min);
    let max = signed.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let constant = min == max;
    let mut put = |k: usize, v: f64| out[pos[k]] = Some(v);
    match method {
        Normalization::MinMax { low, high } => {
            for (k, &s) in signed.iter().enumerate() {
                let v = if constant {
                    (low + high) / 2.0
                } else {
                    low + (s - min) / (max - min) * (high - low)
                };
                put(k, v);
            }
            if constant {
                warning = Some(format!(
                    "indicator `{indicator}` is constant: every unit gets the middle of the range"
                ));
            }
        }
        Normalization::Goalposts {
            min: lo,
            max: hi,
            scale,
        } => {
            let a = parameter(transform, indicator, "goalpost min", *lo)?;
            let b = parameter(transform, indicator, "goalpost max", *hi)?;
            for (k, &v) in values.iter().enumerate() {
                let share = match direction {
                    Direction::HigherIsBetter => (v - a) / (b - a),
                    Direction::LowerIsBetter => (b - v) / (b - a),
                };
                put(k, share.clamp(0.0, 1.0) * scale);
            }
        }
        Normalization::ZScore { mean, sd } => {
            let m = stats::mean(&signed).unwrap_or(0.0);
            let s = stats::sd(&signed).unwrap_or(0.0);
            for (k, &v) in signed.iter().enumerate() {
                put(
                    k,
                    if s > 0.0 {
                        mean + sd * (v - m) / s
                    } else {
                        *mean
                    },
                );
            }
            if s <= 0.0 {
                warning = Some(format!(
                    "indicator `{indicator}` is constant (or has one value): every unit gets the mean"
                ));
            }
        }
        Normalization::Rank { ties } => {
            for (k, r) in worst_first(&signed, *ties).into_iter().enumerate() {
                put(k, r);
            }
        }
        Normalization::PercentileRank { ties, definition } => {
            let n = signed.len();
            for (k, r) in worst_first(&signed, *ties).into_iter().enumerate() {
                put(k, definition.of(r, n));
            }
        }
        Normalization::Borda => {
            for (k, r) in worst_first(&signed, Ties::Average).into_iter().enumerate() {
                // Units beaten, ties counting one half: average rank minus one.
                put(k, r - 1.0);
            }
        }
        Normalization::Identity => {
            if direction == Direction::LowerIsBetter {
                return Err(MethodError::Parameter {
                    step: "normalization",
                    message: format!("indicator `{indicator}`: {IDENTITY_ORIENTATION}"),
                });
            }
            for (k, &v) in values.iter().enumerate() {
                put(k, v);
            }
        }
        Normalization::DistanceToTarget { target, scale } => {
            let t = sign * parameter(transform, indicator, "target", *target)?;
            for (k, &s) in signed.iter().enumerate() {
                let share = if t <= min {
                    1.0
                } else {
                    ((s - min) / (t - min)).min(1.0)
                };
                put(k, share * scale);
            }
        }
        Normalization::DistanceToReference {
            reference,
            form,
            scale,
        } => {
            let named = reference.to_string();
            let reference_error = |reason| MethodError::Reference {
                indicator: indicator.to_owned(),
                reference: named.clone(),
                reason,
            };
            let r = match reference {
                Reference::Unit(unit) => units
                    .iter()
                    .position(|u| u == unit)
                    .and_then(|k| y[k])
                    .ok_or_else(|| reference_error("has no value"))?,
                Reference::Mean => stats::mean(&values).unwrap_or(0.0),
                Reference::Median => stats::median(&values).unwrap_or(0.0),
                Reference::Min => values.iter().copied().fold(f64::INFINITY, f64::min),
                Reference::Max => values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            };
            if r == 0.0 {
                return Err(reference_error("is 0 (division by zero)"));
            }
            for (k, &v) in values.iter().enumerate() {
                let score = match (form, direction) {
                    (Distance::Ratio, Direction::HigherIsBetter) => v / r,
                    (Distance::Ratio, Direction::LowerIsBetter) if v != 0.0 => r / v,
                    (Distance::Ratio, Direction::LowerIsBetter) => {
                        return Err(MethodError::Reference {
                            indicator: indicator.to_owned(),
                            reference: format!("unit {}", units[pos[k]]),
                            reason: "is 0 on a lower-is-better indicator (division by zero)",
                        });
                    }
                    (Distance::Relative, Direction::HigherIsBetter) => (v - r) / r,
                    (Distance::Relative, Direction::LowerIsBetter) => (r - v) / r,
                };
                put(k, score * scale);
            }
        }
    }
    if out.iter().flatten().any(|v| !v.is_finite()) {
        return Err(MethodError::NormalizationOverflow {
            indicator: indicator.to_owned(),
        });
    }
    Ok((out, warning))
}

/// The ranks of the oriented values under `ties`, 1 for the lowest (the worst): what the
/// rank, percentile-rank and Borda (average ties) normalizations read.
fn worst_first(signed: &[f64], ties: Ties) -> Vec<f64> {
    rank::ranks(signed, Direction::LowerIsBetter, ties)
}

/// A normalization's goalpost or target under the indicator's transform;
/// [`MethodError::ParameterDomain`] naming it if it is outside the transform's domain.
fn parameter(
    transform: Transform,
    indicator: &str,
    parameter: &'static str,
    value: f64,
) -> Result<f64, MethodError> {
    transform
        .apply(value)
        .ok_or_else(|| MethodError::ParameterDomain {
            indicator: indicator.to_owned(),
            parameter,
            value,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(n: usize) -> Vec<String> {
        (0..n).map(|k| k.to_string()).collect()
    }

    #[test]
    fn lower_is_better_flips_min_max_and_goalposts() {
        let col = [Some(1.0), Some(3.0), None];
        let (n, _) = normalize(
            &Normalization::MinMax {
                low: 0.0,
                high: 1.0,
            },
            "x",
            Direction::LowerIsBetter,
            Transform::None,
            &col,
            &units(3),
        )
        .unwrap();
        assert_eq!(n, vec![Some(1.0), Some(0.0), None]);
        let (g, _) = normalize(
            &Normalization::Goalposts {
                min: 0.0,
                max: 4.0,
                scale: 100.0,
            },
            "x",
            Direction::LowerIsBetter,
            Transform::None,
            &[Some(1.0), Some(5.0)],
            &units(2),
        )
        .unwrap();
        assert_eq!(g, vec![Some(75.0), Some(0.0)]);
    }

    #[test]
    fn target_and_borda() {
        let col = [Some(0.0), Some(5.0), Some(20.0), Some(5.0)];
        let (t, _) = normalize(
            &Normalization::DistanceToTarget {
                target: 10.0,
                scale: 1.0,
            },
            "x",
            Direction::HigherIsBetter,
            Transform::None,
            &col,
            &units(4),
        )
        .unwrap();
        assert_eq!(t, vec![Some(0.0), Some(0.5), Some(1.0), Some(0.5)]);
        let (b, _) = normalize(
            &Normalization::Borda,
            "x",
            Direction::HigherIsBetter,
            Transform::None,
            &col,
            &units(4),
        )
        .unwrap();
        assert_eq!(b, vec![Some(0.0), Some(1.5), Some(3.0), Some(1.5)]);
    }
}
