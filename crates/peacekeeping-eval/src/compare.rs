//! Comparing two rankings of the same items: how far two methods, two weightings or two
//! years agree. Every measure takes the two rankings as ranks, item by item (1 for the
//! best; tied items share a rank, e.g. the average of their places), and is checked
//! against pymcdm 1.4.0's `correlations` on 1,000 seeded random pairs of rankings with
//! ties (`tests/suite/compare_peers.rs`). Formulas and references are in
//! `docs/methodology.md` ("Comparing rankings").
//!
//! ```
//! use peacekeeping_eval::compare;
//!
//! let a = [1.0, 2.0, 3.0, 4.0, 5.0];
//! let b = [2.0, 1.0, 3.0, 4.0, 5.0];
//! assert!((compare::spearman(&a, &b)? - 0.9).abs() < 1e-12);
//! assert!((compare::kendall_tau(&a, &b)? - 0.8).abs() < 1e-12);
//! // Swapping the top two costs more than swapping the bottom two under r_w and WS.
//! let c = [1.0, 2.0, 3.0, 5.0, 4.0];
//! assert!(compare::weighted_spearman(&a, &b)? < compare::weighted_spearman(&a, &c)?);
//! assert!(compare::ws_similarity(&a, &b)? < compare::ws_similarity(&a, &c)?);
//! # Ok::<(), peacekeeping_eval::MethodError>(())
//! ```

use crate::error::MethodError;

/// The two rankings' length once checked: equal, at least 2, every rank finite.
fn checked(measure: &'static str, x: &[f64], y: &[f64]) -> Result<usize, MethodError> {
    let error = |reason: String| MethodError::Comparison { measure, reason };
    if x.len() != y.len() {
        return Err(error(format!(
            "the rankings have {} and {} items",
            x.len(),
            y.len()
        )));
    }
    if x.len() < 2 {
        return Err(error(format!("needs at least 2 items, got {}", x.len())));
    }
    if let Some((i, v)) = x.iter().chain(y).enumerate().find(|(_, v)| !v.is_finite()) {
        let (which, item) = if i < x.len() {
            ("first", i)
        } else {
            ("second", i - x.len())
        };
        return Err(error(format!(
            "rank {v} of item {item} in the {which} ranking is not finite"
        )));
    }
    Ok(x.len())
}

/// Spearman's rank correlation `ρ`: Pearson's correlation of the two rank vectors
/// (population covariance over the product of population standard deviations; with
/// tied ranks this is the tie-corrected coefficient).
///
/// ```
/// use peacekeeping_eval::compare::spearman;
/// assert_eq!(spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0])?, -1.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Comparison`] for rankings of different lengths, fewer than two items, a
/// rank that is not finite, or a ranking whose items all tie (ρ is undefined: 0 / 0).
pub fn spearman(x: &[f64], y: &[f64]) -> Result<f64, MethodError> {
    const MEASURE: &str = "Spearman's rho";
    let n = checked(MEASURE, x, y)? as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let mut sxy = 0.0;
    let mut sxx = 0.0;
    let mut syy = 0.0;
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        return Err(MethodError::Comparison {
            measure: MEASURE,
            reason: "undefined: every item of a ranking ties".to_owned(),
        });
    }
    Ok(sxy / (sxx * syy).sqrt())
}

/// The weighted Spearman correlation `r_w` of Pinto da Costa & Soares (2005), which
/// weighs a disagreement by how high the two ranks are:
/// `1 - 6 Σ (xᵢ - yᵢ)² ((n - xᵢ + 1) + (n - yᵢ + 1)) / (n⁴ + n³ - n² - n)`.
///
/// ```
/// use peacekeeping_eval::compare::weighted_spearman;
/// assert_eq!(weighted_spearman(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0])?, 1.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Comparison`] for rankings of different lengths, fewer than two items or
/// a rank that is not finite.
pub fn weighted_spearman(x: &[f64], y: &[f64]) -> Result<f64, MethodError> {
    let n = checked("weighted Spearman", x, y)? as f64;
    let sum: f64 = x
        .iter()
        .zip(y)
        .map(|(a, b)| (a - b) * (a - b) * ((n - a + 1.0) + (n - b + 1.0)))
        .sum();
    Ok(1.0 - 6.0 * sum / (n.powi(4) + n.powi(3) - n * n - n))
}

/// The WS rank similarity coefficient of Sałabun & Urbaniak (2020), asymmetric: how well
/// `other` keeps the top of `reference`,
/// `1 - Σ 2^(-xᵢ) |xᵢ - yᵢ| / max(|1 - xᵢ|, |n - xᵢ|)` with `x` the reference ranks.
///
/// ```
/// use peacekeeping_eval::compare::ws_similarity;
/// assert_eq!(ws_similarity(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0])?, 1.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Comparison`] for rankings of different lengths, fewer than two items or
/// a rank that is not finite.
pub fn ws_similarity(reference: &[f64], other: &[f64]) -> Result<f64, MethodError> {
    let n = checked("WS similarity", reference, other)? as f64;
    let sum: f64 = reference
        .iter()
        .zip(other)
        .map(|(&x, &y)| 2f64.powf(-x) * (x - y).abs() / (1.0 - x).abs().max((n - x).abs()))
        .sum();
    Ok(1.0 - sum)
}

/// The signs of every pair's two differences, `(sign(xᵢ - xⱼ), sign(yᵢ - yⱼ))`, each pair
/// once.
fn pair_signs<'a>(x: &'a [f64], y: &'a [f64]) -> impl Iterator<Item = (f64, f64)> + 'a {
    let sign = |d: f64| {
        if d > 0.0 {
            1.0
        } else if d < 0.0 {
            -1.0
        } else {
            0.0
        }
    };
    (0..x.len()).flat_map(move |j| (0..j).map(move |i| (sign(x[i] - x[j]), sign(y[i] - y[j]))))
}

/// Kendall's `τ_a`: concordant minus discordant pairs over all `n (n - 1) / 2` pairs (a
/// pair tied in either ranking counts as neither).
///
/// ```
/// use peacekeeping_eval::compare::kendall_tau;
/// assert_eq!(kendall_tau(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0])?, -1.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Comparison`] for rankings of different lengths, fewer than two items or
/// a rank that is not finite.
pub fn kendall_tau(x: &[f64], y: &[f64]) -> Result<f64, MethodError> {
    let n = checked("Kendall's tau", x, y)? as f64;
    let s: f64 = pair_signs(x, y).map(|(a, b)| a * b).sum();
    Ok(2.0 * s / (n * (n - 1.0)))
}

/// Goodman and Kruskal's `γ`: concordant minus discordant pairs over the pairs that are
/// either (pairs tied in either ranking left out).
///
/// ```
/// use peacekeeping_eval::compare::goodman_kruskal_gamma;
/// assert_eq!(goodman_kruskal_gamma(&[1.0, 2.0, 2.0], &[1.0, 2.0, 3.0])?, 1.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Comparison`] for rankings of different lengths, fewer than two items, a
/// rank that is not finite, or no pair untied in both (γ is undefined: 0 / 0).
pub fn goodman_kruskal_gamma(x: &[f64], y: &[f64]) -> Result<f64, MethodError> {
    const MEASURE: &str = "Goodman and Kruskal's gamma";
    checked(MEASURE, x, y)?;
    let (mut num, mut den) = (0.0, 0.0);
    for (a, b) in pair_signs(x, y) {
        let s = a * b;
        if s != 0.0 {
            num += s;
            den += 1.0;
        }
    }
    if den == 0.0 {
        return Err(MethodError::Comparison {
            measure: MEASURE,
            reason: "undefined: no pair is untied in both rankings".to_owned(),
        });
    }
    Ok(num / den)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_inputs_are_typed_errors_naming_the_problem() {
        let e = spearman(&[1.0, 2.0], &[1.0]).unwrap_err().to_string();
        assert!(e.contains("2 and 1 items"), "{e}");
        let e = kendall_tau(&[1.0], &[1.0]).unwrap_err().to_string();
        assert!(e.contains("at least 2"), "{e}");
        let e = ws_similarity(&[1.0, f64::NAN], &[1.0, 2.0])
            .unwrap_err()
            .to_string();
        assert!(e.contains("item 1 in the first"), "{e}");
        let e = spearman(&[1.0, 1.0], &[1.0, 2.0]).unwrap_err().to_string();
        assert!(e.contains("undefined"), "{e}");
        let e = goodman_kruskal_gamma(&[1.0, 1.0], &[1.0, 2.0])
            .unwrap_err()
            .to_string();
        assert!(e.contains("no pair"), "{e}");
    }
}
