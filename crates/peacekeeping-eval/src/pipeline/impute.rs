//! Imputation of missing values: cross-sectional (mean, median, group mean or median) in
//! the pipeline, and panel rules (last observation carried forward, linear interpolation)
//! used when a cross-section is taken from dated evidence.

use std::collections::BTreeMap;

use crate::stats;

/// How missing values of an indicator are filled in, from the other units' values.
///
/// ```
/// use peacekeeping_eval::Imputation;
///
/// let by_region = Imputation::GroupMedian { group: "region".into() };
/// assert_eq!(by_region.to_string(), "group median by `region`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "method"))]
#[non_exhaustive]
pub enum Imputation {
    /// The mean of the indicator over the units that have it.
    Mean,
    /// The median of the indicator over the units that have it.
    Median,
    /// The mean over the units of the same group (a text column of the table). Units
    /// without a group, or whose group has no value, stay missing.
    GroupMean {
        /// The group column.
        group: String,
    },
    /// The median over the units of the same group.
    GroupMedian {
        /// The group column.
        group: String,
    },
}

impl std::fmt::Display for Imputation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Imputation::Mean => f.write_str("mean"),
            Imputation::Median => f.write_str("median"),
            Imputation::GroupMean { group } => write!(f, "group mean by `{group}`"),
            Imputation::GroupMedian { group } => write!(f, "group median by `{group}`"),
        }
    }
}

/// Fills `column` in place; returns the positions filled. `groups` is the group column
/// for the group methods.
pub(crate) fn impute(
    method: &Imputation,
    column: &mut [Option<f64>],
    groups: Option<&[Option<String>]>,
) -> Vec<usize> {
    let central = |x: &[f64]| match method {
        Imputation::Mean | Imputation::GroupMean { .. } => stats::mean(x),
        Imputation::Median | Imputation::GroupMedian { .. } => stats::median(x),
    };
    let mut filled = Vec::new();
    match (method, groups) {
        (Imputation::GroupMean { .. } | Imputation::GroupMedian { .. }, Some(groups)) => {
            let mut by_group: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
            for (v, g) in column.iter().zip(groups) {
                if let (Some(v), Some(g)) = (v, g) {
                    by_group.entry(g.as_str()).or_default().push(*v);
                }
            }
            let centre: BTreeMap<&str, Option<f64>> =
                by_group.iter().map(|(g, x)| (*g, central(x))).collect();
            for (k, (v, g)) in column.iter_mut().zip(groups).enumerate() {
                if v.is_some() {
                    continue;
                }
                if let Some(c) = g.as_deref().and_then(|g| centre.get(g).copied().flatten()) {
                    *v = Some(c);
                    filled.push(k);
                }
            }
        }
        _ => {
            let (_, x) = stats::present(column);
            if let Some(c) = central(&x) {
                for (k, v) in column.iter_mut().enumerate() {
                    if v.is_none() {
                        *v = Some(c);
                        filled.push(k);
                    }
                }
            }
        }
    }
    filled
}

/// How a value at a date is taken from a dated series (a panel) when evidence is turned
/// into a cross-section.
///
/// ```
/// use peacekeeping_eval::PanelFill;
///
/// let series = [(0, 1.0), (10, 3.0)]; // (day, value)
/// assert_eq!(PanelFill::Exact.value_at(&series, 5), None);
/// assert_eq!(PanelFill::LastObservation.value_at(&series, 5), Some((1.0, 0)));
/// assert_eq!(PanelFill::Linear.value_at(&series, 5), Some((2.0, 0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum PanelFill {
    /// Pool every observation up to the date into one fused value (the default; dates only
    /// bound the evidence).
    #[default]
    Pool,
    /// Only observations at exactly the date.
    Exact,
    /// Last observation carried forward: the latest date at or before the date.
    LastObservation,
    /// Linear interpolation between the nearest dates before and after; the last
    /// observation carried forward after the last date; missing before the first.
    Linear,
}

impl PanelFill {
    /// The value at `at` from `series` (`(day, value)` sorted by day, days distinct), and
    /// the day of the observation it rests on (the earlier one when interpolating).
    /// [`PanelFill::Pool`] behaves as [`PanelFill::LastObservation`] here: pooling is done
    /// on observations, before a series exists.
    ///
    /// ```
    /// use peacekeeping_eval::PanelFill;
    ///
    /// assert_eq!(PanelFill::Linear.value_at(&[(0, 1.0)], 9), Some((1.0, 0)));
    /// assert_eq!(PanelFill::Linear.value_at(&[(5, 1.0)], 0), None);
    /// ```
    #[must_use]
    pub fn value_at(self, series: &[(i32, f64)], at: i32) -> Option<(f64, i32)> {
        let after = series.partition_point(|&(d, _)| d <= at);
        let before = after.checked_sub(1).map(|k| series[k]);
        match self {
            PanelFill::Exact => before.filter(|&(d, _)| d == at).map(|(d, v)| (v, d)),
            PanelFill::Pool | PanelFill::LastObservation => before.map(|(d, v)| (v, d)),
            PanelFill::Linear => {
                let (d0, v0) = before?;
                match series.get(after) {
                    Some(&(d1, v1)) if d0 != at => {
                        let t = f64::from(at - d0) / f64::from(d1 - d0);
                        Some((v0 + t * (v1 - v0), d0))
                    }
                    _ => Some((v0, d0)),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_median_leaves_empty_groups_missing() {
        let mut col = vec![Some(1.0), None, Some(3.0), None, Some(10.0)];
        let groups: Vec<Option<String>> = ["a", "a", "a", "b", "c"]
            .iter()
            .map(|g| Some((*g).to_owned()))
            .collect();
        let filled = impute(
            &Imputation::GroupMedian { group: "g".into() },
            &mut col,
            Some(&groups),
        );
        assert_eq!(filled, vec![1]);
        assert_eq!(col[1], Some(2.0));
        assert_eq!(col[3], None);
    }
}
