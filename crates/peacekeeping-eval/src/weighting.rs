//! Criterion weights: equal, explicit, entropy, CRITIC, standard deviation, and AHP from a
//! pairwise comparison matrix with its consistency ratio.
//!
//! Every function returns weights that are finite, zero or more, and sum to 1. Formulas
//! and references are in `docs/methodology.md` ("Weights").

use std::fmt;

use crate::direction::Direction;
use crate::error::{DataError, MethodError};
use crate::matrix::{DecisionMatrix, normalized_weights};
use crate::mcdm::{MatrixNormalization, normalize_matrix};

/// Equal weights `1 / n`.
///
/// ```
/// use peacekeeping_eval::equal_weights;
/// assert_eq!(equal_weights(4)?, [0.25; 4]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::NoCriteria`] for zero criteria.
pub fn equal_weights(criteria: usize) -> Result<Vec<f64>, MethodError> {
    if criteria == 0 {
        return Err(MethodError::NoCriteria);
    }
    Ok(vec![1.0 / criteria as f64; criteria])
}

/// Explicit weights, checked and scaled to sum to 1.
///
/// ```
/// use peacekeeping_eval::explicit_weights;
/// assert_eq!(explicit_weights(&[2.0, 1.0, 1.0])?, [0.5, 0.25, 0.25]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::InvalidWeight`] (negative or non-finite, naming its index),
/// [`MethodError::ZeroWeights`], [`MethodError::NoCriteria`] for no weight.
pub fn explicit_weights(weights: &[f64]) -> Result<Vec<f64>, MethodError> {
    if weights.is_empty() {
        return Err(MethodError::NoCriteria);
    }
    normalized_weights(weights, weights.len())
}

/// Shannon-entropy weights (Zeleny 1982; Hwang & Yoon 1981).
///
/// `pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ`, `Eⱼ = -Σᵢ pᵢⱼ ln pᵢⱼ / ln m` (with `0 ln 0 = 0`), `wⱼ = (1 - Eⱼ) /
/// Σ(1 - E)`. Criteria whose values are spread evenly get little weight; a constant
/// column gets none. Criterion types are ignored (the spread is the same either way).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, entropy_weights};
/// let m = DecisionMatrix::from_rows(&[[1.0, 5.0], [1.0, 1.0]], &[Benefit, Benefit])?;
/// assert_eq!(entropy_weights(&m)?, [0.0, 1.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two alternatives;
/// [`MethodError::Negative`] naming a negative cell; [`MethodError::NotPositive`] for a
/// column of zeros (its shares are undefined); [`MethodError::NoContrast`] if every column
/// is spread evenly.
pub fn entropy_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "entropy weighting";
    at_least_two(matrix, METHOD)?;
    let m = matrix.alternatives();
    let ln_m = (m as f64).ln();
    let mut diversity = Vec::with_capacity(matrix.criteria());
    for j in 0..matrix.criteria() {
        if let Some((row, value)) = matrix.column(j).enumerate().find(|(_, x)| *x < 0.0) {
            return Err(MethodError::Negative {
                row,
                column: j,
                value,
                method: METHOD,
            });
        }
        let sum: f64 = matrix.column(j).sum();
        if sum <= 0.0 {
            return Err(MethodError::NotPositive {
                row: 0,
                column: j,
                value: 0.0,
                method: "entropy weighting (a column of zeros has no shares)",
            });
        }
        let h: f64 = matrix
            .column(j)
            .map(|x| x / sum)
            .filter(|p| *p > 0.0)
            .map(|p| -p * p.ln())
            .sum();
        diversity.push((1.0 - h / ln_m).max(0.0));
    }
    scale(diversity, METHOD)
}

fn scale(raw: Vec<f64>, method: &'static str) -> Result<Vec<f64>, MethodError> {
    let sum: f64 = raw.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        Ok(raw.into_iter().map(|x| x / sum).collect())
    } else {
        Err(MethodError::NoContrast { method })
    }
}

fn column_sd(values: &[f64], n: usize, j: usize, rows: usize) -> (f64, f64) {
    let mean = values.iter().skip(j).step_by(n).sum::<f64>() / rows as f64;
    let var = values
        .iter()
        .skip(j)
        .step_by(n)
        .map(|x| (x - mean) * (x - mean))
        .sum::<f64>()
        / (rows as f64 - 1.0);
    (mean, var.sqrt())
}

/// Which columns [`standard_deviation_weights`] measures the spread of: the two
/// definitions in use, which give different weights for the same matrix (columns `[1, 4]`
/// and `[2, 16]`: 0.5 and 0.5 normalized, 3/17 and 14/17 raw).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, Spread,
///     standard_deviation_weights};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [4.0, 16.0]], &[Benefit, Benefit])?;
/// assert_eq!(standard_deviation_weights(&m, Spread::Normalized)?, [0.5, 0.5]);
/// let raw = standard_deviation_weights(&m, Spread::Raw)?;
/// assert!((raw[0] - 3.0 / 17.0).abs() < 1e-15 && (raw[1] - 14.0 / 17.0).abs() < 1e-15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Spread {
    /// The min-max normalized columns (`(x - min) / (max - min)`): weights independent of
    /// the criteria's units and scales, as the OECD/JRC Handbook's data-driven weights
    /// assume comparable indicators.
    Normalized,
    /// The raw columns, as pymcdm (1.4 and later, `standard_deviation_weights`) and
    /// scikit-criteria (`StdWeighter`) compute them: a criterion measured in larger
    /// numbers weighs more.
    Raw,
}

/// Standard-deviation weights: `wⱼ = σⱼ / Σσ`, the spread `σ` of the columns `spread`
/// names (the sample standard deviation; the population one gives the same weights, the
/// factor cancelling).
///
/// A constant column gets weight 0. Checked against pymcdm 1.4.0 and scikit-criteria 0.10
/// on 1,000 random matrices (`tests/suite/weights_peers.rs`).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, Spread,
///     standard_deviation_weights};
/// let m = DecisionMatrix::from_rows(&[[0.0, 7.0], [10.0, 7.0]], &[Benefit, Benefit])?;
/// assert_eq!(standard_deviation_weights(&m, Spread::Normalized)?, [1.0, 0.0]);
/// assert_eq!(standard_deviation_weights(&m, Spread::Raw)?, [1.0, 0.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NoContrast`] if
/// every column is constant.
pub fn standard_deviation_weights(
    matrix: &DecisionMatrix,
    spread: Spread,
) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "standard-deviation weighting";
    at_least_two(matrix, METHOD)?;
    let rows = matrix.alternatives();
    let n = matrix.criteria();
    let normalized;
    let values = match spread {
        Spread::Normalized => {
            normalized = normalize_matrix(matrix, MatrixNormalization::MinMax)?;
            normalized.as_slice()
        }
        Spread::Raw => matrix.values(),
    };
    let ext = matrix.column_extremes();
    let sd = (0..n)
        .map(|j| {
            if ext[j].0 == ext[j].1 {
                0.0
            } else {
                column_sd(values, n, j, rows).1
            }
        })
        .collect();
    scale(sd, METHOD)
}

/// The two-alternatives minimum of the objective weightings, as their error.
fn at_least_two(matrix: &DecisionMatrix, method: &'static str) -> Result<(), MethodError> {
    let rows = matrix.alternatives();
    if rows < 2 {
        return Err(MethodError::TooFewAlternatives {
            method,
            required: 2,
            found: rows,
        });
    }
    Ok(())
}

/// MEREC weights, the method based on the removal effects of criteria
/// (Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E. K., Turskis, Z. & Antucheviciene,
/// J. (2021). Determination of objective weights using a new method based on the removal
/// effects of criteria (MEREC). *Symmetry* 13(4), 525).
///
/// `nᵢⱼ = min_k xₖⱼ / xᵢⱼ` for a higher-is-better criterion, `xᵢⱼ / max_k xₖⱼ` for a
/// lower-is-better one; `Sᵢ = ln(1 + (1/m) Σⱼ |ln nᵢⱼ|)` over the `m` criteria,
/// `S'ᵢⱼ` the same without criterion `j` (still over `m`); `Eⱼ = Σᵢ |S'ᵢⱼ - Sᵢ|`,
/// `wⱼ = Eⱼ / ΣE`. Checked against pymcdm 1.4.0 (`tests/suite/weights_peers.rs`).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, merec_weights};
/// let m = DecisionMatrix::from_rows(&[[1.0, 10.0], [4.0, 10.0], [2.0, 5.0]], &[Benefit, Cost])?;
/// let w = merec_weights(&m)?;
/// assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12 && w[0] > w[1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NotPositive`]
/// naming a cell `≤ 0` (the logarithms need positive values); [`MethodError::NoContrast`]
/// if removing any criterion changes nothing (every column constant).
pub fn merec_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "MEREC weighting";
    at_least_two(matrix, METHOD)?;
    matrix.require_positive(METHOD)?;
    let (rows, m) = (matrix.alternatives(), matrix.criteria());
    let ext = matrix.column_extremes();
    // |ln n| of every cell.
    let logs: Vec<f64> = matrix
        .values()
        .iter()
        .enumerate()
        .map(|(k, &x)| {
            let j = k % m;
            let n = match matrix.directions()[j] {
                Direction::HigherIsBetter => ext[j].0 / x,
                Direction::LowerIsBetter => x / ext[j].1,
            };
            n.ln().abs()
        })
        .collect();
    let mut effects = vec![0.0; m];
    for i in 0..rows {
        let row = &logs[i * m..(i + 1) * m];
        let total: f64 = row.iter().sum();
        let s = (1.0 + total / m as f64).ln();
        for (j, e) in effects.iter_mut().enumerate() {
            let without = (1.0 + (total - row[j]) / m as f64).ln();
            *e += (without - s).abs();
        }
    }
    scale(effects, METHOD)
}

/// Gini-coefficient weights: `Gⱼ = Σᵢ Σₖ |xᵢⱼ - xₖⱼ| / (2 m² x̄ⱼ)` of each column over its
/// `m` alternatives, `wⱼ = Gⱼ / ΣG` (pymcdm's `gini_weights`; scikit-criteria's
/// `GiniWeighter`). A constant column gets 0.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, gini_weights};
/// // Gini of [1, 3]: (2 + 2) / (2 · 4 · 2) = 0.25; of [2, 2]: 0.
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [3.0, 2.0]], &[Benefit, Benefit])?;
/// assert_eq!(gini_weights(&m)?, [1.0, 0.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NotPositive`]
/// naming a cell `≤ 0` (the coefficient needs a positive mean); [`MethodError::NoContrast`]
/// if every column is constant.
pub fn gini_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "Gini weighting";
    at_least_two(matrix, METHOD)?;
    matrix.require_positive(METHOD)?;
    let m = matrix.alternatives() as f64;
    let gini = (0..matrix.criteria())
        .map(|j| {
            let column: Vec<f64> = matrix.column(j).collect();
            let mean = column.iter().sum::<f64>() / m;
            let pairs: f64 = column
                .iter()
                .map(|a| column.iter().map(|b| (a - b).abs()).sum::<f64>())
                .sum();
            pairs / (2.0 * m * m * mean)
        })
        .collect();
    scale(gini, METHOD)
}

/// Variance weights: `wⱼ = s²ⱼ / Σs²` of the min-max normalized columns (sample
/// variance; pymcdm's `variance_weights`). A constant column gets 0.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, variance_weights};
/// let m = DecisionMatrix::from_rows(&[[0.0, 1.0], [10.0, 1.0], [5.0, 4.0]], &[Benefit, Benefit])?;
/// let w = variance_weights(&m)?;
/// // Normalized columns [0, 1, 0.5] and [0, 0, 1]: variances 1/4 and 1/3.
/// assert!((w[0] - 3.0 / 7.0).abs() < 1e-12 && (w[1] - 4.0 / 7.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NoContrast`] if
/// every column is constant.
pub fn variance_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "variance weighting";
    at_least_two(matrix, METHOD)?;
    let (rows, n) = (matrix.alternatives(), matrix.criteria());
    let normalized = normalize_matrix(matrix, MatrixNormalization::MinMax)?;
    let ext = matrix.column_extremes();
    let variances = (0..n)
        .map(|j| {
            if ext[j].0 == ext[j].1 {
                0.0
            } else {
                let sd = column_sd(&normalized, n, j, rows).1;
                sd * sd
            }
        })
        .collect();
    scale(variances, METHOD)
}

/// Angle weights (Shuai, D., Zongzhun, Z., Yongji, W. & Lei, L. (2012). A new angular
/// method to determine the objective weights. *24th Chinese Control and Decision
/// Conference*, 3889-3892): the angle between each sum-normalized column and the
/// uniform column, `uⱼ = arccos(1 / (√m ‖pⱼ‖))` with `pᵢⱼ = xᵢⱼ / Σₖ xₖⱼ`,
/// `wⱼ = uⱼ / Σu` (pymcdm's `angle_weights`). A constant column gets 0.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, angle_weights};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [3.0, 2.0]], &[Benefit, Benefit])?;
/// assert_eq!(angle_weights(&m)?, [1.0, 0.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NotPositive`]
/// naming a cell `≤ 0` (the shares need positive values); [`MethodError::NoContrast`] if
/// every column is constant.
pub fn angle_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "angle weighting";
    at_least_two(matrix, METHOD)?;
    matrix.require_positive(METHOD)?;
    let m = matrix.alternatives() as f64;
    let ext = matrix.column_extremes();
    let angles = (0..matrix.criteria())
        .map(|j| {
            if ext[j].0 == ext[j].1 {
                return 0.0;
            }
            let sum: f64 = matrix.column(j).sum();
            let norm = matrix
                .column(j)
                .map(|x| (x / sum) * (x / sum))
                .sum::<f64>()
                .sqrt();
            (1.0 / (m.sqrt() * norm)).clamp(-1.0, 1.0).acos()
        })
        .collect();
    scale(angles, METHOD)
}

/// CILOS weights, the criterion impact loss method (Zavadskas, E. K. & Podvezko, V.
/// (2016). Integrated determination of objective criteria weights in MCDM.
/// *International Journal of Information Technology & Decision Making* 15(2), 267-283):
/// the columns made higher-is-better (`min xⱼ / x` for a lower-is-better criterion) and
/// sum-normalized; `A` the square matrix whose row `k` is the alternative best on
/// criterion `k`; the relative impact losses `pᵢₖ = (aₖₖ - aᵢₖ) / aₖₖ`; `F` = `P` with
/// each diagonal cell replaced by minus its column's sum; the weights solve `F q = 0`,
/// `Σ q = 1` (pymcdm's `cilos_weights`).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, cilos_weights};
/// let m = DecisionMatrix::from_rows(&[[3.0, 1.0], [1.0, 2.0]], &[Benefit, Benefit])?;
/// let w = cilos_weights(&m)?;
/// // Choosing the second criterion's best loses 2/3 of the first's share; the reverse,
/// // 1/2: the weights solve 2/3 q₁ = 1/2 q₂, q = 3/7 and 4/7 (as pymcdm 1.4.0 gives).
/// assert!((w[0] - 3.0 / 7.0).abs() < 1e-12 && (w[1] - 4.0 / 7.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than two; [`MethodError::NotPositive`]
/// naming a cell `≤ 0`; [`MethodError::NoContrast`] when the system has no single
/// solution (no criterion loses anything, or the losses decouple into groups).
pub fn cilos_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "CILOS weighting";
    at_least_two(matrix, METHOD)?;
    matrix.require_positive(METHOD)?;
    let (rows, n) = (matrix.alternatives(), matrix.criteria());
    let ext = matrix.column_extremes();
    // Higher-is-better, then shares of each column.
    let mut x: Vec<f64> = matrix
        .values()
        .iter()
        .enumerate()
        .map(|(k, &v)| match matrix.directions()[k % n] {
            Direction::HigherIsBetter => v,
            Direction::LowerIsBetter => ext[k % n].0 / v,
        })
        .collect();
    for j in 0..n {
        let sum: f64 = (0..rows).map(|i| x[i * n + j]).sum();
        (0..rows).for_each(|i| x[i * n + j] /= sum);
    }
    // A's row k: the first alternative best on criterion k.
    let best: Vec<usize> = (0..n)
        .map(|k| (0..rows).fold(0, |b, i| if x[i * n + k] > x[b * n + k] { i } else { b }))
        .collect();
    let a = |r: usize, k: usize| x[best[r] * n + k];
    let mut f = vec![0.0; n * n];
    for k in 0..n {
        let mut column = 0.0;
        for r in 0..n {
            let p = (a(k, k) - a(r, k)) / a(k, k);
            f[r * n + k] = p;
            column += p;
        }
        f[k * n + k] = -column;
    }
    // F's columns sum to 0, so one equation is redundant: replace the last by Σ q = 1.
    for k in 0..n {
        f[(n - 1) * n + k] = 1.0;
    }
    let mut rhs = vec![0.0; n];
    rhs[n - 1] = 1.0;
    let q = solve(&mut f, &mut rhs, n).ok_or(MethodError::NoContrast { method: METHOD })?;
    if q.iter().any(|&v| !(v.is_finite() && v >= -1e-12)) {
        return Err(MethodError::NoContrast { method: METHOD });
    }
    scale(q.into_iter().map(|v| v.max(0.0)).collect(), METHOD)
}

/// IDOCRIW weights, the integrated determination of objective criteria weights
/// (Zavadskas & Podvezko 2016, as [`cilos_weights`]): the entropy weights `W` scaled by the
/// CILOS weights `q`, `wⱼ = qⱼ Wⱼ / Σ q W` (pymcdm's `idocriw_weights`).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, idocriw_weights};
/// let m = DecisionMatrix::from_rows(&[[3.0, 1.0], [1.0, 2.0], [2.0, 2.0]], &[Benefit, Benefit])?;
/// let w = idocriw_weights(&m)?;
/// assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// The errors of [`entropy_weights`] and [`cilos_weights`].
pub fn idocriw_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    let entropy = entropy_weights(matrix)?;
    let cilos = cilos_weights(matrix)?;
    scale(
        entropy.iter().zip(&cilos).map(|(e, c)| e * c).collect(),
        "IDOCRIW weighting",
    )
}

/// Solves `a x = b` (`a` row-major `n x n`, both overwritten) by Gaussian elimination with
/// partial pivoting; `None` if `a` is singular (a pivot below 1e-12 of the largest cell).
fn solve(a: &mut [f64], b: &mut [f64], n: usize) -> Option<Vec<f64>> {
    let scale = a.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    for col in 0..n {
        let pivot =
            (col..n).max_by(|&i, &j| a[i * n + col].abs().total_cmp(&a[j * n + col].abs()))?;
        if a[pivot * n + col].abs() <= 1e-12 * scale {
            return None;
        }
        if pivot != col {
            for k in 0..n {
                a.swap(pivot * n + k, col * n + k);
            }
            b.swap(pivot, col);
        }
        for row in col + 1..n {
            let factor = a[row * n + col] / a[col * n + col];
            for k in col..n {
                a[row * n + k] -= factor * a[col * n + k];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let tail: f64 = (row + 1..n).map(|k| a[row * n + k] * x[k]).sum();
        x[row] = (b[row] - tail) / a[row * n + row];
    }
    Some(x)
}

/// How [`rank_weights`] turns a ranking of the criteria into weights: the surrogate
/// weights of the literature, for a decision-maker who can rank the criteria but not
/// weigh them (Stillwell, W. G., Seaver, D. A. & Edwards, W. (1981). A comparison of
/// weight approximation techniques in multiattribute utility decision making.
/// *Organizational Behavior and Human Performance* 28(1), 62-77; Barron, F. H. & Barrett,
/// B. E. (1996). Decision quality using ranked attribute weights. *Management Science*
/// 42(11), 1515-1523).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum RankWeighting {
    /// Rank sum: `wⱼ ∝ n - rⱼ + 1`.
    Sum,
    /// Rank reciprocal: `wⱼ ∝ 1 / rⱼ`.
    Reciprocal,
    /// Rank order centroid (ROC): `wⱼ = (1/n) Σ_{k = rⱼ}^{n} 1/k`, the centroid of the
    /// weights consistent with the ranking.
    Centroid,
}

/// Weights from a ranking of the `n` criteria, `ranks[j]` the rank of criterion `j` (1
/// for the most important, `1..=n` each once), by `method`.
///
/// ```
/// use peacekeeping_eval::{RankWeighting, rank_weights};
/// // Barron & Barrett's ROC weights for four criteria: 0.5208, 0.2708, 0.1458, 0.0625.
/// let roc = rank_weights(&[1, 2, 3, 4], RankWeighting::Centroid)?;
/// let expected = [25.0 / 48.0, 13.0 / 48.0, 7.0 / 48.0, 3.0 / 48.0];
/// assert!(roc.iter().zip(expected).all(|(w, e)| (w - e).abs() < 1e-15));
/// assert_eq!(rank_weights(&[2, 1], RankWeighting::Sum)?, [1.0 / 3.0, 2.0 / 3.0]);
/// assert_eq!(rank_weights(&[1, 2], RankWeighting::Reciprocal)?, [2.0 / 3.0, 1.0 / 3.0]);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
///
/// # Errors
///
/// [`MethodError::NoCriteria`] for no rank; [`MethodError::Parameter`] naming the first
/// rank outside `1..=n` or given twice.
pub fn rank_weights(ranks: &[usize], method: RankWeighting) -> Result<Vec<f64>, MethodError> {
    let n = ranks.len();
    if n == 0 {
        return Err(MethodError::NoCriteria);
    }
    let mut seen = vec![false; n];
    for (j, &r) in ranks.iter().enumerate() {
        if r == 0 || r > n || std::mem::replace(&mut seen[r - 1], true) {
            return Err(MethodError::Parameter {
                step: "rank weighting",
                message: format!(
                    "criterion {j} has rank {r}: the ranks must be 1 to {n}, each once"
                ),
            });
        }
    }
    let raw: Vec<f64> = ranks
        .iter()
        .map(|&r| match method {
            RankWeighting::Sum => (n - r + 1) as f64,
            RankWeighting::Reciprocal => 1.0 / r as f64,
            RankWeighting::Centroid => (r..=n).map(|k| 1.0 / k as f64).sum::<f64>() / n as f64,
        })
        .collect();
    scale(raw, "rank weighting")
}

/// CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995).
///
/// Columns are min-max normalized according to their direction; `Cⱼ = σⱼ Σₖ (1 - rⱼₖ)`
/// with σ the standard deviation and r Pearson's correlation; `wⱼ = Cⱼ / ΣC`. Contrast
/// (σ) and conflict (low correlation) both raise a criterion's weight.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, critic_weights};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0, 3.0], [2.0, 1.0, 1.0], [3.0, 3.0, 2.0]], &[Benefit; 3])?;
/// let w = critic_weights(&m)?;
/// assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::TooFewAlternatives`] for fewer than three (correlations need them);
/// [`MethodError::ConstantColumn`]: a constant criterion has no correlation with the others
/// (drop it: it cannot change a ranking); [`MethodError::NoContrast`] in degenerate cases
/// (e.g. two perfectly correlated criteria only).
pub fn critic_weights(matrix: &DecisionMatrix) -> Result<Vec<f64>, MethodError> {
    const METHOD: &str = "CRITIC weighting";
    let rows = matrix.alternatives();
    if rows < 3 {
        return Err(MethodError::TooFewAlternatives {
            method: METHOD,
            required: 3,
            found: rows,
        });
    }
    let n = matrix.criteria();
    let ext = matrix.column_extremes();
    if let Some(column) = (0..n).find(|&j| ext[j].0 == ext[j].1) {
        return Err(MethodError::ConstantColumn {
            column,
            method: METHOD,
        });
    }
    let x = normalize_matrix(matrix, MatrixNormalization::MinMax)?;
    let stats: Vec<(f64, f64)> = (0..n).map(|j| column_sd(&x, n, j, rows)).collect();
    // One pass over the rows for every covariance: Σ (xⱼ - x̄ⱼ)(xₖ - x̄ₖ).
    let mut cross = vec![0.0; n * n];
    let mut centred = vec![0.0; n];
    for row in x.chunks_exact(n) {
        for (c, (v, s)) in centred.iter_mut().zip(row.iter().zip(&stats)) {
            *c = v - s.0;
        }
        for (cross_row, &dj) in cross.chunks_exact_mut(n).zip(&centred) {
            for (acc, dk) in cross_row.iter_mut().zip(&centred) {
                *acc += dj * dk;
            }
        }
    }
    let mut c = Vec::with_capacity(n);
    for j in 0..n {
        let conflict: f64 = (0..n)
            .map(|k| {
                let cov = cross[j * n + k] / (rows as f64 - 1.0);
                1.0 - (cov / (stats[j].1 * stats[k].1)).clamp(-1.0, 1.0)
            })
            .sum();
        c.push(stats[j].1 * conflict);
    }
    scale(c, METHOD)
}

/// A published table of AHP random consistency indices RI(n): the mean consistency
/// index of random reciprocal matrices of order n.
///
/// ```
/// use peacekeeping_eval::RandomIndex;
/// assert_eq!(RandomIndex::Saaty1980.value(7), Some(1.32));
/// assert_eq!(RandomIndex::Saaty1980.value(11), None);
/// assert_eq!(RandomIndex::TummalaLing1998.value(15), Some(1.5831));
/// assert_eq!(RandomIndex::AlonsoLamata2006.value(3), Some(0.5245));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RandomIndex {
    /// Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill. n = 1..10.
    #[default]
    Saaty1980,
    /// Tummala, V. M. R. & Ling, H. (1998). A note on the computation of the mean random
    /// consistency index of the analytic hierarchy process (AHP). *Theory and Decision*
    /// 44(3), 221-230. n = 1..15 (the table pymcdm uses).
    TummalaLing1998,
    /// Donegan, H. A. & Dodd, F. J. (1991). A note on Saaty's random indexes.
    /// *Mathematical and Computer Modelling* 15(10), 135-137,
    /// doi:10.1016/0895-7177(91)90098-R. n = 1..20 (as tabulated by the AHPy library).
    DoneganDodd1991,
    /// Alonso, J. A. & Lamata, M. T. (2006). Consistency in the analytic hierarchy
    /// process: a new approach. *International Journal of Uncertainty, Fuzziness and
    /// Knowledge-Based Systems* 14(4), 445-459: means over 100,000 random matrices per
    /// order. n = 1..15 (as tabulated by J. H. Bae's R function `findRI`, 2013, which makes
    /// it its default, and by the pyDecision library's `ahp_method` to n = 9).
    AlonsoLamata2006,
}

const SAATY_1980: [f64; 10] = [0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];
const TUMMALA_LING_1998: [f64; 15] = [
    0.0, 0.0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356,
    1.5571, 1.5714, 1.5831,
];
const ALONSO_LAMATA_2006: [f64; 15] = [
    0.0, 0.0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365,
    1.5551, 1.5713, 1.5838,
];
const DONEGAN_DODD_1991: [f64; 20] = [
    0.0, 0.0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
    1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371,
];

impl RandomIndex {
    /// RI for a matrix of order `n`, or `None` beyond the table (or for n = 0).
    ///
    /// ```
    /// use peacekeeping_eval::RandomIndex;
    /// assert_eq!(RandomIndex::DoneganDodd1991.value(3), Some(0.4914));
    /// ```
    pub fn value(self, n: usize) -> Option<f64> {
        let table: &[f64] = match self {
            RandomIndex::Saaty1980 => &SAATY_1980,
            RandomIndex::TummalaLing1998 => &TUMMALA_LING_1998,
            RandomIndex::DoneganDodd1991 => &DONEGAN_DODD_1991,
            RandomIndex::AlonsoLamata2006 => &ALONSO_LAMATA_2006,
        };
        n.checked_sub(1).and_then(|i| table.get(i)).copied()
    }
}

impl fmt::Display for RandomIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RandomIndex::Saaty1980 => "Saaty (1980)",
            RandomIndex::TummalaLing1998 => "Tummala & Ling (1998)",
            RandomIndex::DoneganDodd1991 => "Donegan & Dodd (1991)",
            RandomIndex::AlonsoLamata2006 => "Alonso & Lamata (2006)",
        })
    }
}

/// How far `a[i][j] * a[j][i]` may be from 1: lets 0.333 stand for 1/3, not 0.33.
pub const RECIPROCAL_TOLERANCE: f64 = 1e-3;

/// A validated AHP pairwise comparison matrix: positive, unit diagonal, reciprocal.
///
/// ```
/// use peacekeeping_eval::PairwiseMatrix;
/// let p = PairwiseMatrix::from_upper_triangle(3, &[2.0, 4.0, 2.0])?;
/// assert_eq!(p.value(2, 0), 0.25);
/// let bad = PairwiseMatrix::new(2, vec![1.0, 3.0, 3.0, 1.0]);
/// assert!(bad.unwrap_err().to_string().contains("not reciprocal at row 0, column 1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PairwiseMatrix {
    order: usize,
    values: Vec<f64>,
}

impl PairwiseMatrix {
    /// From `order x order` row-major values.
    ///
    /// ```
    /// use peacekeeping_eval::PairwiseMatrix;
    /// let p = PairwiseMatrix::new(2, vec![1.0, 3.0, 1.0 / 3.0, 1.0])?;
    /// assert_eq!(p.order(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DataError::PairwiseShape`]; [`DataError::PairwiseNotPositive`] naming a cell
    /// that is not a finite number above zero; [`DataError::PairwiseDiagonal`];
    /// [`DataError::NotReciprocal`] naming the first cell (row-major, above the
    /// diagonal) whose product with its transpose is off 1 by more than
    /// [`RECIPROCAL_TOLERANCE`].
    pub fn new(order: usize, values: Vec<f64>) -> Result<Self, DataError> {
        if order == 0 || order.checked_mul(order) != Some(values.len()) {
            return Err(DataError::PairwiseShape {
                order,
                values: values.len(),
            });
        }
        if let Some(at) = values.iter().position(|v| !(v.is_finite() && *v > 0.0)) {
            return Err(DataError::PairwiseNotPositive {
                row: at / order,
                column: at % order,
                value: values[at],
            });
        }
        for i in 0..order {
            let v = values[i * order + i];
            if (v - 1.0).abs() > RECIPROCAL_TOLERANCE {
                return Err(DataError::PairwiseDiagonal { index: i, value: v });
            }
        }
        for i in 0..order {
            for j in i + 1..order {
                let (a, b) = (values[i * order + j], values[j * order + i]);
                if (a * b - 1.0).abs() > RECIPROCAL_TOLERANCE {
                    return Err(DataError::NotReciprocal {
                        row: i,
                        column: j,
                        value: a,
                        transposed: b,
                    });
                }
            }
        }
        Ok(PairwiseMatrix { order, values })
    }

    /// From the judgements above the diagonal, row by row (`a[0][1], a[0][2], …,
    /// a[1][2], …`); the diagonal is 1 and the lower triangle their reciprocals.
    ///
    /// ```
    /// use peacekeeping_eval::PairwiseMatrix;
    /// let p = PairwiseMatrix::from_upper_triangle(2, &[5.0])?;
    /// assert_eq!(p.value(1, 0), 0.2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DataError::PairwiseShape`] if there are not `n (n - 1) / 2` judgements;
    /// [`DataError::PairwiseNotPositive`] naming a bad judgement's cell.
    pub fn from_upper_triangle(order: usize, upper: &[f64]) -> Result<Self, DataError> {
        if order == 0 || upper.len() != order * (order - 1) / 2 {
            return Err(DataError::PairwiseShape {
                order,
                values: upper.len(),
            });
        }
        let mut values = vec![1.0; order * order];
        let mut k = 0;
        for i in 0..order {
            for j in i + 1..order {
                let v = upper[k];
                if !(v.is_finite() && v > 0.0) {
                    return Err(DataError::PairwiseNotPositive {
                        row: i,
                        column: j,
                        value: v,
                    });
                }
                values[i * order + j] = v;
                values[j * order + i] = 1.0 / v;
                k += 1;
            }
        }
        PairwiseMatrix::new(order, values)
    }

    /// The order n (number of criteria compared).
    ///
    /// ```
    /// # use peacekeeping_eval::PairwiseMatrix;
    /// assert_eq!(PairwiseMatrix::from_upper_triangle(3, &[1.0, 1.0, 1.0])?.order(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn order(&self) -> usize {
        self.order
    }

    /// The judgement `a[row][column]`.
    ///
    /// ```
    /// # use peacekeeping_eval::PairwiseMatrix;
    /// assert_eq!(PairwiseMatrix::from_upper_triangle(2, &[4.0])?.value(0, 1), 4.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `row` or `column` is out of range (a programmer error).
    pub fn value(&self, row: usize, column: usize) -> f64 {
        assert!(column < self.order, "column {column} out of range");
        self.values[row * self.order + column]
    }
}

/// The result of [`ahp_weights`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Ahp {
    /// Priorities, summing to 1, as [`Ahp::method`] derives them.
    pub priorities: Vec<f64>,
    /// How the priorities were derived.
    pub method: Priorities,
    /// The principal eigenvalue λmax (≥ n; n exactly for a consistent matrix).
    pub lambda_max: f64,
    /// Consistency index CI = (λmax - n) / (n - 1); 0 for n ≤ 2.
    pub consistency_index: f64,
    /// Consistency ratio CR = CI / RI(n); 0 for n ≤ 2; `None` when the chosen table has
    /// no RI for n. Saaty's rule of thumb: CR ≤ 0.1 is acceptable.
    pub consistency_ratio: Option<f64>,
    /// The random-index table used.
    pub random_index: RandomIndex,
}

/// How AHP derives priorities from a pairwise matrix: the two methods in use, which agree
/// on a consistent matrix and differ a little on an inconsistent one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Priorities {
    /// The principal right eigenvector (Saaty 1980), found by power iteration
    /// (Perron-Frobenius: a positive matrix has a unique positive one).
    #[default]
    Eigenvector,
    /// The geometric means of the rows, scaled to sum to 1: the logarithmic least-squares
    /// solution (Crawford, G. & Williams, C. (1985). A note on the analysis of subjective
    /// judgment matrices. *Journal of Mathematical Psychology* 29(4), 387-405).
    GeometricMean,
}

/// AHP priorities by `method`, with λmax `= (1/n) Σᵢ (A w)ᵢ / wᵢ` of those priorities,
/// CI and CR against the chosen random-index table.
///
/// ```
/// use peacekeeping_eval::{PairwiseMatrix, Priorities, ahp_weights, RandomIndex};
/// // A consistent matrix: weights 4:2:1, whichever method.
/// let p = PairwiseMatrix::from_upper_triangle(3, &[2.0, 4.0, 2.0])?;
/// let geometric = ahp_weights(&p, Priorities::GeometricMean, RandomIndex::Saaty1980)?;
/// assert!((geometric.priorities[0] - 4.0 / 7.0).abs() < 1e-12);
/// let ahp = ahp_weights(&p, Priorities::Eigenvector, RandomIndex::Saaty1980)?;
/// assert!((ahp.priorities[0] - 4.0 / 7.0).abs() < 1e-12);
/// assert!((ahp.lambda_max - 3.0).abs() < 1e-12);
/// assert!(ahp.consistency_ratio.is_some_and(|cr| cr.abs() < 1e-12));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::NoConvergence`] if the eigenvector's iteration does not settle (it does
/// for any valid matrix in practice; the bound is 100,000 iterations).
pub fn ahp_weights(
    matrix: &PairwiseMatrix,
    method: Priorities,
    table: RandomIndex,
) -> Result<Ahp, MethodError> {
    let n = matrix.order;
    let a = &matrix.values;
    let w = match method {
        Priorities::Eigenvector => principal_eigenvector(a, n)?,
        Priorities::GeometricMean => {
            let g: Vec<f64> = (0..n)
                .map(|i| {
                    (a[i * n..(i + 1) * n].iter().map(|x| x.ln()).sum::<f64>() / n as f64).exp()
                })
                .collect();
            let sum: f64 = g.iter().sum();
            g.into_iter().map(|x| x / sum).collect()
        }
    };
    let lambda_max = (0..n)
        .map(|i| {
            a[i * n..(i + 1) * n]
                .iter()
                .zip(&w)
                .map(|(x, y)| x * y)
                .sum::<f64>()
                / w[i]
        })
        .sum::<f64>()
        / n as f64;
    let (consistency_index, consistency_ratio) = if n <= 2 {
        (0.0, Some(0.0))
    } else {
        let ci = (lambda_max - n as f64) / (n as f64 - 1.0);
        (ci, table.value(n).map(|ri| ci / ri))
    };
    Ok(Ahp {
        priorities: w,
        method,
        lambda_max,
        consistency_index,
        consistency_ratio,
        random_index: table,
    })
}

/// The principal right eigenvector of the `n x n` matrix `a` (row-major), scaled to sum to
/// 1, by power iteration to 10⁻¹⁵.
fn principal_eigenvector(a: &[f64], n: usize) -> Result<Vec<f64>, MethodError> {
    const MAX_ITERATIONS: usize = 100_000;
    let mut w = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    let mut converged = false;
    for _ in 0..MAX_ITERATIONS {
        for (i, out) in next.iter_mut().enumerate() {
            *out = a[i * n..(i + 1) * n]
                .iter()
                .zip(&w)
                .map(|(x, y)| x * y)
                .sum();
        }
        let sum: f64 = next.iter().sum();
        next.iter_mut().for_each(|x| *x /= sum);
        let delta = next
            .iter()
            .zip(&w)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f64::max);
        std::mem::swap(&mut w, &mut next);
        if delta < 1e-15 {
            converged = true;
            break;
        }
    }
    if !converged {
        return Err(MethodError::NoConvergence {
            iterations: MAX_ITERATIONS,
        });
    }
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_positive_cell_is_named() {
        let err = PairwiseMatrix::new(2, vec![1.0, 0.0, 1.0, 1.0]).unwrap_err();
        assert!(matches!(
            err,
            DataError::PairwiseNotPositive {
                row: 0,
                column: 1,
                ..
            }
        ));
    }

    #[test]
    fn no_weight_is_no_criteria() {
        assert_eq!(equal_weights(0), Err(MethodError::NoCriteria));
        assert_eq!(explicit_weights(&[]), Err(MethodError::NoCriteria));
        // normalized_weights documents ZeroWeights for weights summing to zero, none
        // included: explicit_weights checks for none itself.
        assert_eq!(normalized_weights(&[], 0), Err(MethodError::ZeroWeights));
    }

    #[test]
    fn tables_have_their_published_length() {
        assert_eq!(RandomIndex::Saaty1980.value(10), Some(1.49));
        assert_eq!(RandomIndex::DoneganDodd1991.value(20), Some(1.5371));
        assert_eq!(RandomIndex::TummalaLing1998.value(16), None);
        assert_eq!(RandomIndex::Saaty1980.value(0), None);
    }
}
