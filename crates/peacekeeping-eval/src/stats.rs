//! Small statistics over the present values of a column, shared by the pipeline's steps,
//! the scores' explanations and the ranks.

/// Mean of the values.
pub(crate) fn mean(x: &[f64]) -> Option<f64> {
    (!x.is_empty()).then(|| x.iter().sum::<f64>() / x.len() as f64)
}

/// Median of the values (mean of the two middle values for an even count).
pub(crate) fn median(x: &[f64]) -> Option<f64> {
    if x.is_empty() {
        return None;
    }
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Sample standard deviation (n - 1).
pub(crate) fn sd(x: &[f64]) -> Option<f64> {
    let m = mean(x)?;
    (x.len() >= 2)
        .then(|| (x.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (x.len() - 1) as f64).sqrt())
}

/// Sample skewness, type 2 of e1071 (as Excel and COINr): `None` below 3 values or for a
/// constant column.
pub(crate) fn skewness(x: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    if x.len() < 3 {
        return None;
    }
    let m = mean(x)?;
    let m2: f64 = x.iter().map(|v| (v - m).powi(2)).sum();
    let m3: f64 = x.iter().map(|v| (v - m).powi(3)).sum();
    if m2 <= 0.0 {
        return None;
    }
    let g1 = n.sqrt() * m3 / m2.powf(1.5);
    Some(g1 * (n * (n - 1.0)).sqrt() / (n - 2.0))
}

/// Sample excess kurtosis, type 2 of e1071 (as Excel and COINr): `None` below 4 values or
/// for a constant column.
pub(crate) fn kurtosis(x: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    if x.len() < 4 {
        return None;
    }
    let m = mean(x)?;
    let m2: f64 = x.iter().map(|v| (v - m).powi(2)).sum();
    let m4: f64 = x.iter().map(|v| (v - m).powi(4)).sum();
    if m2 <= 0.0 {
        return None;
    }
    let r = n * m4 / (m2 * m2);
    Some(((n + 1.0) * (r - 3.0) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)))
}

/// The present values of a column with their positions.
pub(crate) fn present(column: &[Option<f64>]) -> (Vec<usize>, Vec<f64>) {
    column
        .iter()
        .enumerate()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .unzip()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_match_e1071_type_2() {
        // The type-2 formulas of e1071 (as copied into COINr's skew() and kurt()),
        // evaluated independently in Python for c(1:10, 30, 100).
        let x: Vec<f64> = (1..=10).map(f64::from).chain([30.0, 100.0]).collect();
        let s = skewness(&x).unwrap();
        let k = kurtosis(&x).unwrap();
        assert!((s - 3.063_241_034_239_498_5).abs() < 1e-12, "{s}");
        assert!((k - 9.741_390_834_569_144).abs() < 1e-12, "{k}");
        assert_eq!(median(&[3.0, 1.0, 2.0, 10.0]), Some(2.5));
    }
}
