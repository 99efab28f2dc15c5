//! Outlier treatment after COINr's `Treat()` defaults: winsorization driven by skewness and
//! kurtosis, then a log transform if still skewed.

use crate::stats;

/// How outliers are treated, indicator by indicator, on the values after imputation.
///
/// An indicator *fails* the check when `|skewness| > skew` **and** `kurtosis > kurtosis`
/// (sample skewness and excess kurtosis of type 2, as Excel, e1071 and COINr compute
/// them). Indicators with fewer than 4 values, or constant ones, are left alone.
///
/// ```
/// use peacekeeping_eval::OutlierTreatment;
///
/// let coinr = OutlierTreatment::coinr();
/// assert_eq!(coinr, OutlierTreatment::Winsorize { skew: 2.0, kurtosis: 3.5, max_points: 5 });
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "method"))]
#[non_exhaustive]
pub enum OutlierTreatment {
    /// While the indicator fails the check and fewer than `max_points` values have been
    /// changed: if the skewness is positive, set the highest value(s) to the next highest,
    /// else the lowest to the next lowest. If it still fails after `max_points`, the
    /// original values are instead log-transformed with COINr's `log_CT`:
    /// `ln(x - min + 0.01 (max - min))`.
    Winsorize {
        /// The absolute skewness threshold (COINr: 2).
        skew: f64,
        /// The excess kurtosis threshold (COINr: 3.5).
        kurtosis: f64,
        /// The most values changed per indicator (COINr: 5).
        max_points: usize,
    },
    /// Log-transform (`log_CT` as above) every indicator that fails the check.
    Log {
        /// The absolute skewness threshold.
        skew: f64,
        /// The excess kurtosis threshold.
        kurtosis: f64,
    },
}

impl OutlierTreatment {
    /// COINr's default: winsorize up to 5 points with thresholds 2 and 3.5.
    ///
    /// ```
    /// assert!(matches!(peacekeeping_eval::OutlierTreatment::coinr(),
    ///     peacekeeping_eval::OutlierTreatment::Winsorize { .. }));
    /// ```
    #[must_use]
    pub fn coinr() -> Self {
        OutlierTreatment::Winsorize {
            skew: 2.0,
            kurtosis: 3.5,
            max_points: 5,
        }
    }

    fn thresholds(&self) -> (f64, f64) {
        match *self {
            OutlierTreatment::Winsorize { skew, kurtosis, .. }
            | OutlierTreatment::Log { skew, kurtosis } => (skew, kurtosis),
        }
    }
}

/// What was done to one indicator.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Framework, Indicator, IndicatorTable, OutlierTreatment, Pipeline};
///
/// let units: Vec<String> = (0..12).map(|k| format!("u{k}")).collect();
/// let x: Vec<Option<f64>> = (1..=10).map(f64::from).chain([30.0, 100.0]).map(Some).collect();
/// let table = IndicatorTable::new(units)?.with_column("x", x)?;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "Index"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .build()?;
/// let scores = Pipeline::new().outliers(OutlierTreatment::coinr()).run(&fw, &table)?;
/// let record = &scores.report().outliers[0];
/// assert_eq!(record.winsorized, ["u11"]); // 100 -> 30 suffices
/// assert!(!record.log_transformed);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OutlierRecord {
    /// The indicator.
    pub indicator: String,
    /// Skewness before treatment.
    pub skew_before: f64,
    /// Excess kurtosis before treatment.
    pub kurtosis_before: f64,
    /// Skewness after treatment.
    pub skew_after: f64,
    /// Excess kurtosis after treatment.
    pub kurtosis_after: f64,
    /// The units whose values were winsorized, in the order they were changed.
    pub winsorized: Vec<String>,
    /// Whether the indicator was log-transformed instead.
    pub log_transformed: bool,
}

fn fails(x: &[f64], skew: f64, kurtosis: f64) -> Option<(f64, f64, bool)> {
    let s = stats::skewness(x)?;
    let k = stats::kurtosis(x)?;
    Some((s, k, s.abs() > skew && k > kurtosis))
}

fn log_ct(x: &mut [f64]) {
    let min = x.iter().copied().fold(f64::INFINITY, f64::min);
    let max = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let a = 0.01 * (max - min);
    for v in x {
        *v = (*v - min + a).ln();
    }
}

/// Treats one column in place; `None` if it passed (or cannot be checked).
pub(crate) fn treat(
    method: &OutlierTreatment,
    indicator: &str,
    column: &mut [Option<f64>],
    units: &[String],
) -> Option<OutlierRecord> {
    let (skew_t, kurt_t) = method.thresholds();
    let (pos, original) = stats::present(column);
    let (skew_before, kurtosis_before, failing) = fails(&original, skew_t, kurt_t)?;
    if !failing {
        return None;
    }
    let mut x = original.clone();
    let mut winsorized = Vec::new();
    let mut log_transformed = false;
    let mut still_failing = true;
    if let OutlierTreatment::Winsorize { max_points, .. } = *method {
        while still_failing && winsorized.len() < max_points {
            let skew = stats::skewness(&x).unwrap_or(0.0);
            let (extreme, next) = if skew >= 0.0 {
                let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let n = x
                    .iter()
                    .copied()
                    .filter(|&v| v < m)
                    .fold(f64::NEG_INFINITY, f64::max);
                (m, n)
            } else {
                let m = x.iter().copied().fold(f64::INFINITY, f64::min);
                let n = x
                    .iter()
                    .copied()
                    .filter(|&v| v > m)
                    .fold(f64::INFINITY, f64::min);
                (m, n)
            };
            if !next.is_finite() {
                break;
            }
            for (k, v) in x.iter_mut().enumerate() {
                if *v == extreme {
                    *v = next;
                    let unit = &units[pos[k]];
                    if !winsorized.contains(unit) {
                        winsorized.push(unit.clone());
                    }
                }
            }
            still_failing = fails(&x, skew_t, kurt_t).is_none_or(|(_, _, f)| f);
        }
    }
    if still_failing {
        x.clone_from(&original);
        log_ct(&mut x);
        winsorized.clear();
        log_transformed = true;
    }
    let (skew_after, kurtosis_after) = (
        stats::skewness(&x).unwrap_or(0.0),
        stats::kurtosis(&x).unwrap_or(0.0),
    );
    for (&k, v) in pos.iter().zip(x) {
        column[k] = Some(v);
    }
    Some(OutlierRecord {
        indicator: indicator.to_owned(),
        skew_before,
        kurtosis_before,
        skew_after,
        kurtosis_after,
        winsorized,
        log_transformed,
    })
}
