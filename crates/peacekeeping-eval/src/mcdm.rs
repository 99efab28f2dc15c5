//! Ranking methods over a flat [`DecisionMatrix`]: TOPSIS, VIKOR, PROMETHEE II, the
//! weighted sum (WSM) and product (WPM) models, and Copeland's outranking count; plus
//! column normalizations. Ranks are competition ranks ([`crate::rank`]).
//!
//! Every method takes the weights as given and scales them to sum to 1 (see
//! [`normalized_weights`]). Formulas and references are in `docs/methodology.md`
//! ("Multi-criteria ranking methods").
//!
//! Constant columns (every alternative equal on a criterion) are accepted everywhere: a
//! normalization maps them to 1 for every alternative, VIKOR gives them no regret,
//! PROMETHEE and Copeland find no preference on them. None of these changes a ranking.

use rayon::prelude::*;

use crate::direction::Direction;
use crate::error::MethodError;
use crate::matrix::{DecisionMatrix, normalized_weights};
use crate::rank::{best_first, competition_ranks};

/// Rows per parallel task: small matrices stay on one thread.
const ROWS_PER_TASK: usize = 2048;

/// How a criterion's column of a [`DecisionMatrix`] is made unit-free, with "higher is
/// better" afterwards.
///
/// For a column `x` (formulas for benefit criteria; cost criteria as in pymcdm):
///
/// | variant | name | benefit | cost | needs |
/// |---|---|---|---|---|
/// | `MinMax` | `min-max` | (x - min) / (max - min) | (max - x) / (max - min) | |
/// | `Vector` | `vector` | x / ‖x‖₂ | 1 - x / ‖x‖₂ | |
/// | `Max` | `max` | x / max | 1 - x / max | x ≥ 0 |
/// | `Sum` | `sum` | x / Σx | (1/x) / Σ(1/x) | x ≥ 0 (benefit), x > 0 (cost) |
///
/// A constant column maps to 1 for every alternative under every normalization.
///
/// **Why not [`Normalization`](crate::Normalization)?** The two share their one common
/// method and its name: `MinMax` here is `Normalization::MinMax { low: 0.0, high: 1.0 }`
/// there, with the same formula for both directions. The others differ in kind. These
/// are the multi-criteria conventions, whole-column and parameter-free, with a formula of
/// their own for cost criteria (`1 - x / max`, the reciprocal share), checked against
/// pymcdm; the composite-indicator normalizations flip a lower-is-better indicator's sign
/// before normalizing (COINr, the OECD/JRC Handbook) and take parameters fixed in a
/// framework file (goalposts, targets, a reference unit). Under that sign convention
/// `Vector`, `Max` and `Sum` have no meaning (a negative norm, maximum or sum), and
/// goalposts or ranks have none in the published MCDM methods these feed.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, MatrixNormalization, normalize_matrix};
/// use peacekeeping_eval::Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost};
/// let m = DecisionMatrix::from_rows(&[[1.0, 10.0], [3.0, 20.0]], &[Benefit, Cost])?;
/// assert_eq!(normalize_matrix(&m, MatrixNormalization::MinMax)?, [0.0, 1.0, 1.0, 0.0]);
/// assert_eq!(MatrixNormalization::MinMax.to_string(), "min-max");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
// More normalizations (logarithmic, nonlinear) may come.
#[non_exhaustive]
pub enum MatrixNormalization {
    /// Linear min-max onto \[0, 1\] (`Normalization::MinMax { low: 0.0, high: 1.0 }`).
    MinMax,
    /// Division by the column's Euclidean norm (Hwang & Yoon 1981).
    Vector,
    /// Division by the column's maximum.
    Max,
    /// Division by the column's sum.
    Sum,
}

impl MatrixNormalization {
    /// The method's name, spelled as the composite-indicator normalizations are in
    /// framework files.
    ///
    /// ```
    /// use peacekeeping_eval::{MatrixNormalization, Normalization};
    /// assert_eq!(MatrixNormalization::MinMax.name(), Normalization::min_max_100().name());
    /// assert_eq!(MatrixNormalization::Vector.name(), "vector");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            MatrixNormalization::MinMax => "min-max",
            MatrixNormalization::Vector => "vector",
            MatrixNormalization::Max => "max",
            MatrixNormalization::Sum => "sum",
        }
    }

    /// The name in error messages.
    fn method(self) -> &'static str {
        match self {
            MatrixNormalization::MinMax => "min-max normalization",
            MatrixNormalization::Vector => "vector normalization",
            MatrixNormalization::Max => "max normalization",
            MatrixNormalization::Sum => "sum normalization",
        }
    }
}

impl std::fmt::Display for MatrixNormalization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A column's normalization as a monotone map.
#[derive(Debug, Clone, Copy)]
enum ColumnMap {
    /// a * x + b
    Affine(f64, f64),
    /// c / x
    Reciprocal(f64),
}

impl ColumnMap {
    #[inline]
    fn apply(self, x: f64) -> f64 {
        match self {
            ColumnMap::Affine(a, b) => a * x + b,
            ColumnMap::Reciprocal(c) => c / x,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct ColumnStats {
    min: f64,
    max: f64,
    sum: f64,
    sum_squares: f64,
    sum_reciprocals: f64,
}

impl ColumnStats {
    const EMPTY: ColumnStats = ColumnStats {
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
        sum: 0.0,
        sum_squares: 0.0,
        sum_reciprocals: 0.0,
    };

    fn merge(&mut self, o: &ColumnStats) {
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
        self.sum += o.sum;
        self.sum_squares += o.sum_squares;
        self.sum_reciprocals += o.sum_reciprocals;
    }
}

/// Column statistics, computed in fixed chunks merged in order: the same numbers whatever
/// the number of threads. Small matrices stay on the calling thread; reciprocals (a
/// division per cell) are summed only when asked.
fn column_stats(m: &DecisionMatrix, reciprocals: bool) -> Vec<ColumnStats> {
    let n = m.criteria();
    let chunk_stats = |chunk: &[f64]| {
        let mut s = vec![ColumnStats::EMPTY; n];
        for row in chunk.chunks_exact(n) {
            for (c, &x) in s.iter_mut().zip(row) {
                c.min = c.min.min(x);
                c.max = c.max.max(x);
                c.sum += x;
                c.sum_squares += x * x;
            }
            if reciprocals {
                for (c, &x) in s.iter_mut().zip(row) {
                    c.sum_reciprocals += 1.0 / x;
                }
            }
        }
        s
    };
    if m.alternatives() <= ROWS_PER_TASK {
        return chunk_stats(m.values());
    }
    let partial: Vec<Vec<ColumnStats>> = m
        .values()
        .par_chunks(n * ROWS_PER_TASK)
        .map(chunk_stats)
        .collect();
    let mut total = vec![ColumnStats::EMPTY; n];
    for p in &partial {
        for (t, s) in total.iter_mut().zip(p) {
            t.merge(s);
        }
    }
    total
}

fn first_cell(
    m: &DecisionMatrix,
    column: usize,
    bad: impl Fn(f64) -> bool,
) -> Option<(usize, f64)> {
    m.column(column).enumerate().find(|(_, x)| bad(*x))
}

fn column_maps(
    m: &DecisionMatrix,
    normalization: MatrixNormalization,
) -> Result<Vec<ColumnMap>, MethodError> {
    let stats = column_stats(m, normalization == MatrixNormalization::Sum);
    let method = normalization.method();
    let mut maps = Vec::with_capacity(stats.len());
    for (j, (s, dir)) in stats.iter().zip(m.directions()).enumerate() {
        let cost = dir.is_cost();
        if matches!(
            normalization,
            MatrixNormalization::Max | MatrixNormalization::Sum
        ) && s.min < 0.0
        {
            if let Some((row, value)) = first_cell(m, j, |x| x < 0.0) {
                return Err(MethodError::Negative {
                    row,
                    column: j,
                    value,
                    method,
                });
            }
        }
        if normalization == MatrixNormalization::Sum && cost && s.min <= 0.0 {
            if let Some((row, value)) = first_cell(m, j, |x| x <= 0.0) {
                return Err(MethodError::NotPositive {
                    row,
                    column: j,
                    value,
                    method,
                });
            }
        }
        if s.max == s.min {
            maps.push(ColumnMap::Affine(0.0, 1.0));
            continue;
        }
        let map = match (normalization, cost) {
            (MatrixNormalization::MinMax, false) => {
                let r = s.max - s.min;
                ColumnMap::Affine(1.0 / r, -s.min / r)
            }
            (MatrixNormalization::MinMax, true) => {
                let r = s.max - s.min;
                ColumnMap::Affine(-1.0 / r, s.max / r)
            }
            (MatrixNormalization::Vector, false) => {
                ColumnMap::Affine(1.0 / s.sum_squares.sqrt(), 0.0)
            }
            (MatrixNormalization::Vector, true) => {
                ColumnMap::Affine(-1.0 / s.sum_squares.sqrt(), 1.0)
            }
            (MatrixNormalization::Max, false) => ColumnMap::Affine(1.0 / s.max, 0.0),
            (MatrixNormalization::Max, true) => ColumnMap::Affine(-1.0 / s.max, 1.0),
            (MatrixNormalization::Sum, false) => ColumnMap::Affine(1.0 / s.sum, 0.0),
            (MatrixNormalization::Sum, true) => ColumnMap::Reciprocal(1.0 / s.sum_reciprocals),
        };
        maps.push(map);
    }
    Ok(maps)
}

/// The normalized matrix, row-major, "higher is better" in every column.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, MatrixNormalization, normalize_matrix};
/// let m = DecisionMatrix::from_rows(&[[3.0], [4.0]], &[Benefit])?;
/// let n = normalize_matrix(&m, MatrixNormalization::Vector)?;
/// assert!((n[0] - 0.6).abs() < 1e-15 && (n[1] - 0.8).abs() < 1e-15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::Negative`] for a negative value under `Max` or `Sum`;
/// [`MethodError::NotPositive`] for a cost value at or below zero under `Sum`.
pub fn normalize_matrix(
    matrix: &DecisionMatrix,
    normalization: MatrixNormalization,
) -> Result<Vec<f64>, MethodError> {
    let maps = column_maps(matrix, normalization)?;
    Ok(matrix
        .values()
        .chunks_exact(matrix.criteria())
        .flat_map(|row| row.iter().zip(&maps).map(|(&x, map)| map.apply(x)))
        .collect())
}

/// Scores of a ranking method and the competition ranks they give.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, wsm, MatrixNormalization};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [2.0, 1.0], [2.0, 2.0]], &[Benefit, Benefit])?;
/// let r = wsm(&m, &[0.5, 0.5], MatrixNormalization::MinMax)?;
/// assert_eq!(r.scores, [0.5, 0.5, 1.0]);
/// assert_eq!(r.ranks, [2, 2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Ranking {
    /// One score per alternative, in matrix row order.
    pub scores: Vec<f64>,
    /// Competition ranks (1 is best; ties share a rank).
    pub ranks: Vec<usize>,
    /// Which end of the scores is better.
    pub direction: Direction,
}

impl Ranking {
    fn new(scores: Vec<f64>, order: Direction) -> Ranking {
        let ranks = competition_ranks(&scores, order);
        Ranking {
            scores,
            ranks,
            direction: order,
        }
    }
}

/// TOPSIS (Hwang & Yoon 1981): relative closeness to the ideal solution.
///
/// Each column is normalized by `normalization`, multiplied by its weight; the ideal and
/// anti-ideal are the best and worst weighted value of each column; the score is
/// `d⁻ / (d⁺ + d⁻)` with Euclidean distances, in \[0, 1\], higher is better. When every
/// weighted column is constant (`d⁺ + d⁻ = 0` for all) every score is 0.5.
///
/// ```
/// // pymcdm's README example.
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, topsis, MatrixNormalization};
/// let m = DecisionMatrix::from_rows(
///     &[[4.0, 4.0, 0.2], [1.0, 5.0, 0.5], [3.0, 2.0, 0.3], [4.0, 3.0, 0.5]],
///     &[Benefit, Cost, Benefit],
/// )?;
/// let r = topsis(&m, &[0.3, 0.5, 0.2], MatrixNormalization::MinMax)?;
/// assert!((r.scores[2] - 0.765).abs() < 5e-4);
/// assert_eq!(r.ranks, [3, 4, 1, 2]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors (see [`normalized_weights`]) and the errors of [`normalize_matrix`].
pub fn topsis(
    matrix: &DecisionMatrix,
    weights: &[f64],
    normalization: MatrixNormalization,
) -> Result<Ranking, MethodError> {
    let w = normalized_weights(weights, matrix.criteria())?;
    let maps = column_maps(matrix, normalization)?;
    let stats = matrix.column_extremes();
    // Every map is monotone: the best and worst normalized values come from the raw extremes.
    let (ideal, anti): (Vec<f64>, Vec<f64>) = maps
        .iter()
        .zip(&stats)
        .zip(&w)
        .map(|((map, &(lo, hi)), &wj)| {
            let (a, b) = (wj * map.apply(lo), wj * map.apply(hi));
            (a.max(b), a.min(b))
        })
        .unzip();
    let n = matrix.criteria();
    // Fast path: with affine maps, v - ideal = (w a) x + (w b - ideal), branch-free.
    let affine: Option<Vec<(f64, f64, f64)>> = maps
        .iter()
        .enumerate()
        .map(|(j, map)| match *map {
            ColumnMap::Affine(a, b) => Some((w[j] * a, w[j] * b - ideal[j], w[j] * b - anti[j])),
            ColumnMap::Reciprocal(_) => None,
        })
        .collect();
    let closeness = |plus: f64, minus: f64| {
        let (plus, minus) = (plus.sqrt(), minus.sqrt());
        let total = plus + minus;
        if total > 0.0 { minus / total } else { 0.5 }
    };
    let score_row = |row: &[f64]| {
        let (mut plus, mut minus) = (0.0, 0.0);
        match &affine {
            Some(coefficients) => {
                for (&x, &(scale, to_ideal, to_anti)) in row.iter().zip(coefficients) {
                    let (dp, dm) = (scale * x + to_ideal, scale * x + to_anti);
                    plus += dp * dp;
                    minus += dm * dm;
                }
            }
            None => {
                for j in 0..n {
                    let v = w[j] * maps[j].apply(row[j]);
                    let (dp, dm) = (v - ideal[j], v - anti[j]);
                    plus += dp * dp;
                    minus += dm * dm;
                }
            }
        }
        closeness(plus, minus)
    };
    let scores = if matrix.alternatives() <= ROWS_PER_TASK {
        matrix.values().chunks_exact(n).map(score_row).collect()
    } else {
        let mut scores = Vec::with_capacity(matrix.alternatives());
        matrix
            .values()
            .par_chunks(n)
            .with_min_len(ROWS_PER_TASK)
            .map(score_row)
            .collect_into_vec(&mut scores);
        scores
    };
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// The weighted sum model: `Σ wⱼ nᵢⱼ` over the normalized matrix; higher is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, wsm, MatrixNormalization};
/// let m = DecisionMatrix::from_rows(&[[1.0, 5.0], [3.0, 1.0]], &[Benefit, Cost])?;
/// assert_eq!(wsm(&m, &[1.0, 1.0], MatrixNormalization::MinMax)?.ranks, [2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors (see [`normalized_weights`]) and the errors of [`normalize_matrix`].
pub fn wsm(
    matrix: &DecisionMatrix,
    weights: &[f64],
    normalization: MatrixNormalization,
) -> Result<Ranking, MethodError> {
    let (w, normalized) = weighted_inputs(matrix, weights, normalization)?;
    Ok(rank_rows(&normalized, &w, |row, w| {
        row.iter().zip(w).map(|(x, wj)| wj * x).sum()
    }))
}

/// The inputs of the weighted models: the weights scaled to sum to 1 and the normalized
/// matrix, row-major.
fn weighted_inputs(
    matrix: &DecisionMatrix,
    weights: &[f64],
    normalization: MatrixNormalization,
) -> Result<(Vec<f64>, Vec<f64>), MethodError> {
    let w = normalized_weights(weights, matrix.criteria())?;
    Ok((w, normalize_matrix(matrix, normalization)?))
}

/// A score per row of `normalized` (as many columns as weights); higher is better.
fn rank_rows(normalized: &[f64], w: &[f64], score: impl Fn(&[f64], &[f64]) -> f64) -> Ranking {
    let scores = normalized
        .chunks_exact(w.len())
        .map(|row| score(row, w))
        .collect();
    Ranking::new(scores, Direction::HigherIsBetter)
}

/// The weighted product model: `Π nᵢⱼ^wⱼ` over the normalized matrix; higher is better.
///
/// With `MatrixNormalization::Sum` (pymcdm's default) cost values must be above zero.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, wpm, MatrixNormalization};
/// let m = DecisionMatrix::from_rows(&[[1.0, 5.0], [3.0, 1.0]], &[Benefit, Cost])?;
/// assert_eq!(wpm(&m, &[1.0, 1.0], MatrixNormalization::Sum)?.ranks, [2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors, the errors of [`normalize_matrix`], and [`MethodError::Negative`] for a
/// normalized value below zero (possible with `Vector` on negative data).
pub fn wpm(
    matrix: &DecisionMatrix,
    weights: &[f64],
    normalization: MatrixNormalization,
) -> Result<Ranking, MethodError> {
    let (w, normalized) = weighted_inputs(matrix, weights, normalization)?;
    if let Some(at) = normalized.iter().position(|v| *v < 0.0) {
        return Err(MethodError::Negative {
            row: at / w.len(),
            column: at % w.len(),
            value: matrix.values()[at],
            method: "the weighted product model (after normalization)",
        });
    }
    Ok(rank_rows(&normalized, &w, |row, w| {
        row.iter().zip(w).map(|(v, wj)| v.powf(*wj)).product()
    }))
}

/// The result of [`vikor`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Vikor {
    /// Group utility Sᵢ (weighted Manhattan distance to the ideal); lower is better.
    pub s: Vec<f64>,
    /// Individual regret Rᵢ (weighted Chebyshev distance); lower is better.
    pub r: Vec<f64>,
    /// Compromise index Qᵢ in \[0, 1\]; lower is better.
    pub q: Vec<f64>,
    /// Competition ranks by Q (1 is best).
    pub ranks: Vec<usize>,
    /// The compromise solution(s), best by Q first (row indices).
    pub compromise: Vec<usize>,
    /// Condition C1: Q of the second alternative minus Q of the first is at least
    /// DQ = 1 / (m - 1).
    pub acceptable_advantage: bool,
    /// Condition C2: the first by Q is also first by S or by R.
    pub acceptable_stability: bool,
}

/// VIKOR (Opricovic 1998; Opricovic & Tzeng 2004) with strategy weight `v` (0.5 usually).
///
/// For each criterion, `f*` is the best and `f⁻` the worst value; `dᵢⱼ = (f*ⱼ - fᵢⱼ) /
/// (f*ⱼ - f⁻ⱼ)` (0 for a constant column); `Sᵢ = Σ wⱼ dᵢⱼ`, `Rᵢ = max wⱼ dᵢⱼ`,
/// `Qᵢ = v (Sᵢ - S*) / (S⁻ - S*) + (1 - v) (Rᵢ - R*) / (R⁻ - R*)`, a term being 0 when its
/// denominator is 0. The compromise: the best by Q if C1 and C2 hold; if only C2 fails,
/// the first two; if C1 fails, all alternatives whose Q is within DQ of the first.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, vikor};
/// let m = DecisionMatrix::from_rows(&[[1.0, 5.0], [3.0, 4.0], [5.0, 1.0]], &[Benefit, Benefit])?;
/// let v = vikor(&m, &[0.5, 0.5], 0.5)?;
/// assert_eq!(v.ranks[1], 1);
/// assert_eq!(v.compromise, [1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors, and [`MethodError::OutOfRange`] if `v` is not in \[0, 1\].
pub fn vikor(matrix: &DecisionMatrix, weights: &[f64], v: f64) -> Result<Vikor, MethodError> {
    if !(0.0..=1.0).contains(&v) {
        return Err(MethodError::OutOfRange {
            name: "v",
            value: v,
            reason: "must be between 0 and 1",
        });
    }
    let w = normalized_weights(weights, matrix.criteria())?;
    let ext = matrix.column_extremes();
    let n = matrix.criteria();
    let (mut s, mut r) = (Vec::new(), Vec::new());
    for row in matrix.values().chunks_exact(n) {
        let (mut si, mut ri) = (0.0_f64, 0.0_f64);
        for j in 0..n {
            let (lo, hi) = ext[j];
            if hi == lo {
                continue;
            }
            let d = match matrix.directions()[j] {
                Direction::HigherIsBetter => (hi - row[j]) / (hi - lo),
                Direction::LowerIsBetter => (row[j] - lo) / (hi - lo),
            };
            let term = w[j] * d;
            si += term;
            ri = ri.max(term);
        }
        s.push(si);
        r.push(ri);
    }
    let range = |x: &[f64]| {
        let lo = x.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (lo, hi)
    };
    let ((s_best, s_worst), (r_best, r_worst)) = (range(&s), range(&r));
    let part = |x: f64, best: f64, worst: f64| {
        if worst > best {
            (x - best) / (worst - best)
        } else {
            0.0
        }
    };
    let q: Vec<f64> = s
        .iter()
        .zip(&r)
        .map(|(&si, &ri)| v * part(si, s_best, s_worst) + (1.0 - v) * part(ri, r_best, r_worst))
        .collect();
    let ranks = competition_ranks(&q, Direction::LowerIsBetter);
    let by_q = best_first(&q, Direction::LowerIsBetter);
    let m = matrix.alternatives();
    let first = by_q[0];
    let (acceptable_advantage, compromise_c1) = if m < 2 {
        (true, vec![first])
    } else {
        let dq = 1.0 / (m as f64 - 1.0);
        let advantage = q[by_q[1]] - q[first] >= dq - 1e-12;
        let within: Vec<usize> = by_q
            .iter()
            .copied()
            .take_while(|&i| q[i] - q[first] < dq - 1e-12)
            .collect();
        (advantage, within)
    };
    let best_s = s.iter().all(|&x| s[first] <= x);
    let best_r = r.iter().all(|&x| r[first] <= x);
    let acceptable_stability = best_s || best_r;
    let compromise = if !acceptable_advantage {
        compromise_c1
    } else if !acceptable_stability && m >= 2 {
        vec![first, by_q[1]]
    } else {
        vec![first]
    };
    Ok(Vikor {
        s,
        r,
        q,
        ranks,
        compromise,
        acceptable_advantage,
        acceptable_stability,
    })
}

/// A PROMETHEE preference function of the difference `d` between two alternatives on one
/// criterion (Brans & Vincke 1985). `q` is the indifference and `p` the preference
/// threshold, in the criterion's units; `d ≤ 0` gives 0 for every function.
///
/// ```
/// use peacekeeping_eval::PreferenceFunction;
/// let f = PreferenceFunction::Linear { q: 1.0, p: 3.0 };
/// assert_eq!(f.preference(2.0), 0.5);
/// assert_eq!(PreferenceFunction::Usual.preference(0.1), 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
// More shapes may come.
#[non_exhaustive]
pub enum PreferenceFunction {
    /// Type I: 1 if `d > 0`.
    Usual,
    /// Type II (U-shape): 1 if `d > q`.
    UShape {
        /// Indifference threshold.
        q: f64,
    },
    /// Type III (V-shape): `d / p` up to `p`, then 1.
    VShape {
        /// Preference threshold.
        p: f64,
    },
    /// Type IV (level): 0 up to `q`, 1/2 up to `p`, then 1.
    Level {
        /// Indifference threshold.
        q: f64,
        /// Preference threshold.
        p: f64,
    },
    /// Type V (linear, V-shape with indifference): 0 up to `q`, `(d - q) / (p - q)` up to
    /// `p`, then 1.
    Linear {
        /// Indifference threshold.
        q: f64,
        /// Preference threshold.
        p: f64,
    },
    /// Type VI (Gaussian): `1 - exp(-d² / (2 s²))`.
    Gaussian {
        /// Inflection point.
        s: f64,
    },
}

impl PreferenceFunction {
    /// The preference degree in \[0, 1\] for a difference `d`.
    ///
    /// ```
    /// use peacekeeping_eval::PreferenceFunction;
    /// assert_eq!(PreferenceFunction::VShape { p: 4.0 }.preference(1.0), 0.25);
    /// ```
    pub fn preference(self, d: f64) -> f64 {
        if d <= 0.0 {
            return 0.0;
        }
        match self {
            PreferenceFunction::Usual => 1.0,
            PreferenceFunction::UShape { q } => f64::from(u8::from(d > q)),
            PreferenceFunction::VShape { p } => {
                if d <= p {
                    d / p
                } else {
                    1.0
                }
            }
            PreferenceFunction::Level { q, p } => {
                if d <= q {
                    0.0
                } else if d <= p {
                    0.5
                } else {
                    1.0
                }
            }
            PreferenceFunction::Linear { q, p } => {
                if d <= q {
                    0.0
                } else if d <= p {
                    (d - q) / (p - q)
                } else {
                    1.0
                }
            }
            PreferenceFunction::Gaussian { s } => 1.0 - (-d * d / (2.0 * s * s)).exp(),
        }
    }

    fn check(self, criterion: usize) -> Result<(), MethodError> {
        let bad = |reason: String| Err(MethodError::InvalidPreference { criterion, reason });
        let finite_nonneg = |x: f64| x.is_finite() && x >= 0.0;
        match self {
            PreferenceFunction::Usual => Ok(()),
            PreferenceFunction::UShape { q } if finite_nonneg(q) => Ok(()),
            PreferenceFunction::UShape { q } => bad(format!("q = {q} must be finite and >= 0")),
            PreferenceFunction::VShape { p } if p.is_finite() && p > 0.0 => Ok(()),
            PreferenceFunction::VShape { p } => bad(format!("p = {p} must be finite and > 0")),
            PreferenceFunction::Level { q, p } | PreferenceFunction::Linear { q, p } => {
                if finite_nonneg(q) && p.is_finite() && p > q {
                    Ok(())
                } else {
                    bad(format!("need 0 <= q < p, got q = {q}, p = {p}"))
                }
            }
            PreferenceFunction::Gaussian { s } if s.is_finite() && s > 0.0 => Ok(()),
            PreferenceFunction::Gaussian { s } => bad(format!("s = {s} must be finite and > 0")),
        }
    }
}

/// The result of [`promethee_ii`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Promethee {
    /// Positive (leaving) flow φ⁺, in \[0, 1\].
    pub positive_flow: Vec<f64>,
    /// Negative (entering) flow φ⁻, in \[0, 1\].
    pub negative_flow: Vec<f64>,
    /// Net flow φ = φ⁺ - φ⁻, in \[-1, 1\]; higher is better.
    pub net_flow: Vec<f64>,
    /// Competition ranks by net flow.
    pub ranks: Vec<usize>,
}

/// PROMETHEE II (Brans & Vincke 1985): net outranking flows.
///
/// `π(a, b) = Σⱼ wⱼ Pⱼ(dⱼ(a, b))` with `dⱼ` the difference oriented by the criterion's
/// direction; `φ⁺(a) = Σ_b π(a, b) / (m - 1)`, `φ⁻(a) = Σ_b π(b, a) / (m - 1)`. One
/// preference function per criterion. O(m² n): parallel over alternatives.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, promethee_ii, PreferenceFunction::Usual};
/// let m = DecisionMatrix::from_rows(&[[1.0, 5.0], [3.0, 1.0], [2.0, 2.0]], &[Benefit, Cost])?;
/// let p = promethee_ii(&m, &[0.5, 0.5], &[Usual, Usual])?;
/// assert_eq!(p.net_flow, [-1.0, 1.0, 0.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::InvalidPreference`] for a wrong number of preference
/// functions or bad thresholds; [`MethodError::TooFewAlternatives`] for fewer than two.
pub fn promethee_ii(
    matrix: &DecisionMatrix,
    weights: &[f64],
    preferences: &[PreferenceFunction],
) -> Result<Promethee, MethodError> {
    let n = matrix.criteria();
    let w = normalized_weights(weights, n)?;
    if preferences.len() != n {
        return Err(MethodError::InvalidPreference {
            criterion: preferences.len().min(n),
            reason: format!(
                "{} preference functions for {n} criteria",
                preferences.len()
            ),
        });
    }
    for (j, f) in preferences.iter().enumerate() {
        f.check(j)?;
    }
    let m = matrix.alternatives();
    if m < 2 {
        return Err(MethodError::TooFewAlternatives {
            method: "PROMETHEE II",
            required: 2,
            found: m,
        });
    }
    let sign: Vec<f64> = matrix.directions().iter().map(|d| d.sign()).collect();
    let flows: Vec<(f64, f64)> = (0..m)
        .into_par_iter()
        .map(|a| {
            let ra = matrix.row(a);
            let (mut plus, mut minus) = (0.0, 0.0);
            for b in 0..m {
                if a == b {
                    continue;
                }
                let rb = matrix.row(b);
                for j in 0..n {
                    let d = sign[j] * (ra[j] - rb[j]);
                    plus += w[j] * preferences[j].preference(d);
                    minus += w[j] * preferences[j].preference(-d);
                }
            }
            let k = (m - 1) as f64;
            (plus / k, minus / k)
        })
        .collect();
    let (positive_flow, negative_flow): (Vec<f64>, Vec<f64>) = flows.into_iter().unzip();
    let net_flow: Vec<f64> = positive_flow
        .iter()
        .zip(&negative_flow)
        .map(|(p, q)| p - q)
        .collect();
    let ranks = competition_ranks(&net_flow, Direction::HigherIsBetter);
    Ok(Promethee {
        positive_flow,
        negative_flow,
        net_flow,
        ranks,
    })
}

/// The weights checked and scaled, and the columns of `matrix` one by one (for the
/// methods that read whole columns).
fn weights_and_columns(
    matrix: &DecisionMatrix,
    weights: &[f64],
) -> Result<(Vec<f64>, Vec<Vec<f64>>), MethodError> {
    let w = normalized_weights(weights, matrix.criteria())?;
    let columns = (0..matrix.criteria())
        .map(|j| matrix.column(j).collect())
        .collect();
    Ok((w, columns))
}

/// MOORA's ratio system (Brauers, W. K. & Zavadskas, E. K. (2006). The MOORA method and
/// its application to privatization in a transition economy. *Control and Cybernetics*
/// 35(2), 445-469): `yᵢ = Σ_{benefit} wⱼ rᵢⱼ - Σ_{cost} wⱼ rᵢⱼ` with `rᵢⱼ = xᵢⱼ / ‖xⱼ‖`;
/// higher is better. (pymcdm refuses a matrix without a cost criterion; the formula needs
/// none.)
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}, moora};
/// let m = DecisionMatrix::from_rows(&[[3.0, 4.0], [4.0, 3.0]], &[Benefit, Cost])?;
/// let r = moora(&m, &[1.0, 1.0])?;
/// assert_eq!(r.ranks, [2, 1]);
/// assert!((r.scores[1] - 0.1).abs() < 1e-15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::Parameter`] naming a criterion that is 0 for every
/// alternative (its norm is 0).
pub fn moora(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let mut scores = vec![0.0; matrix.alternatives()];
    for (j, column) in columns.iter().enumerate() {
        let norm = column.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm == 0.0 {
            return Err(MethodError::Parameter {
                step: "MOORA",
                message: format!("criterion {j} is 0 for every alternative: it has no norm"),
            });
        }
        let sign = matrix.directions()[j].sign();
        for (score, x) in scores.iter_mut().zip(column) {
            *score += sign * w[j] * x / norm;
        }
    }
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// ARAS, additive ratio assessment (Zavadskas, E. K. & Turskis, Z. (2010). A new additive
/// ratio assessment (ARAS) method in multicriteria decision-making. *Technological and
/// Economic Development of Economy* 16(2), 159-172): the matrix extended by an optimal
/// alternative (each column's best), sum-normalized (`x / Σx`, for a cost criterion
/// `(1/x) / Σ(1/x)`) over the extended rows, `Sᵢ = Σ wⱼ rᵢⱼ`, and the utility
/// `Kᵢ = Sᵢ / S₀` against the optimal one; higher is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, aras};
/// // Zavadskas & Turskis's example as pymcdm's documentation gives it: K = 0.74, 0.86,
/// // 0.78, 0.86.
/// let m = DecisionMatrix::from_rows(
///     &[[4.64, 3.00, 3.00, 3.00, 2.88, 3.63], [4.00, 4.00, 4.64, 3.56, 3.63, 5.00],
///       [3.30, 4.31, 3.30, 4.00, 3.30, 4.00], [2.62, 5.00, 4.22, 4.31, 5.00, 5.00]],
///     &[Benefit; 6],
/// )?;
/// let r = aras(&m, &[0.28, 0.25, 0.19, 0.15, 0.08, 0.04])?;
/// let rounded: Vec<f64> = r.scores.iter().map(|k| (k * 100.0).round() / 100.0).collect();
/// assert_eq!(rounded, [0.74, 0.86, 0.78, 0.86]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::NotPositive`] naming a cell `≤ 0` (the shares, and the
/// reciprocals of cost values, need positive values).
pub fn aras(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    matrix.require_positive("ARAS")?;
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let m = matrix.alternatives();
    // S of the optimal row first, then of each alternative.
    let mut s = vec![0.0; m + 1];
    for (j, column) in columns.iter().enumerate() {
        let cost = matrix.directions()[j] == Direction::LowerIsBetter;
        let value = |x: f64| if cost { 1.0 / x } else { x };
        let optimal = column
            .iter()
            .copied()
            .map(value)
            .fold(f64::NEG_INFINITY, f64::max);
        let sum = optimal + column.iter().map(|&x| value(x)).sum::<f64>();
        s[0] += w[j] * optimal / sum;
        for (si, &x) in s[1..].iter_mut().zip(column) {
            *si += w[j] * value(x) / sum;
        }
    }
    let scores = s[1..].iter().map(|si| si / s[0]).collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// EDAS, evaluation based on distance from average solution (Keshavarz Ghorabaee, M.,
/// Zavadskas, E. K., Olfat, L. & Turskis, Z. (2015). Multi-criteria inventory
/// classification using a new method of evaluation based on distance from average
/// solution (EDAS). *Informatica* 26(3), 435-451): with `AVⱼ` each column's mean, the
/// positive and negative distances `PDAᵢⱼ = max(0, s (xᵢⱼ - AVⱼ) / AVⱼ)`,
/// `NDAᵢⱼ = max(0, s (AVⱼ - xᵢⱼ) / AVⱼ)` (`s = -1` for cost), `SPᵢ = Σ wⱼ PDAᵢⱼ`,
/// `SNᵢ = Σ wⱼ NDAᵢⱼ`, and the appraisal score `(SPᵢ / max SP + 1 - SNᵢ / max SN) / 2`;
/// higher is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as B, LowerIsBetter as C}, edas};
/// // Keshavarz Ghorabaee et al.'s example as pymcdm's documentation gives it.
/// let m = DecisionMatrix::from_rows(
///     &[[3873.0, 39.55, 0.27, 0.87, 150.0, 0.07, 12.0, 2130.0],
///       [5067.0, 67.26, 0.23, 0.23, 40.0, 0.02, 21.0, 2200.0],
///       [2213.0, 24.69, 0.08, 0.17, 200.0, 0.04, 35.0, 570.0],
///       [6243.0, 132.0, 0.07, 0.25, 100.0, 0.04, 16.0, 100.0],
///       [8312.0, 460.47, 0.05, 0.21, 25.0, 0.1, 25.0, 200.0]],
///     &[C, C, C, B, B, C, B, B],
/// )?;
/// let r = edas(&m, &[0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117])?;
/// let rounded: Vec<f64> = r.scores.iter().map(|a| (a * 1000.0).round() / 1000.0).collect();
/// assert_eq!(rounded, [0.841, 0.632, 0.883, 0.457, 0.104]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::Parameter`] naming a criterion whose average is 0 or less
/// (the distances divide by it); [`MethodError::NoContrast`] when every alternative sits on
/// the average of every criterion (no positive or no negative distance anywhere).
pub fn edas(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let m = matrix.alternatives();
    let mut sp = vec![0.0; m];
    let mut sn = vec![0.0; m];
    for (j, column) in columns.iter().enumerate() {
        let average = column.iter().sum::<f64>() / m as f64;
        if average <= 0.0 {
            return Err(MethodError::Parameter {
                step: "EDAS",
                message: format!(
                    "criterion {j} averages {average}: the distances divide by the average, \
                     which must be above zero"
                ),
            });
        }
        let sign = matrix.directions()[j].sign();
        for (i, &x) in column.iter().enumerate() {
            let d = sign * (x - average) / average;
            sp[i] += w[j] * d.max(0.0);
            sn[i] += w[j] * (-d).max(0.0);
        }
    }
    let max_sp = sp.iter().copied().fold(0.0, f64::max);
    let max_sn = sn.iter().copied().fold(0.0, f64::max);
    if max_sp == 0.0 || max_sn == 0.0 {
        return Err(MethodError::NoContrast { method: "EDAS" });
    }
    let scores = sp
        .iter()
        .zip(&sn)
        .map(|(p, n)| (p / max_sp + 1.0 - n / max_sn) / 2.0)
        .collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// MABAC, multi-attributive border approximation area comparison (Pamučar, D. & Ćirović,
/// G. (2015). The selection of transport and handling resources in logistics centers
/// using Multi-Attributive Border Approximation area Comparison (MABAC). *Expert Systems
/// with Applications* 42(6), 3016-3028): `vᵢⱼ = wⱼ (nᵢⱼ + 1)` of the min-max normalized
/// matrix, the border `gⱼ = (Πᵢ vᵢⱼ)^(1/m)`, `Sᵢ = Σⱼ (vᵢⱼ - gⱼ)`; higher is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as B, LowerIsBetter as C}, mabac};
/// // Pamučar & Ćirović's example as pymcdm's documentation gives it.
/// let m = DecisionMatrix::from_rows(
///     &[[22600.0, 3800.0, 2.0, 5.0, 1.06, 3.00, 3.5, 2.8, 24.5, 6.5],
///       [19500.0, 4200.0, 3.0, 2.0, 0.95, 3.00, 3.4, 2.2, 24.0, 7.0],
///       [21700.0, 4000.0, 1.0, 3.0, 1.25, 3.20, 3.3, 2.5, 24.5, 7.3],
///       [20600.0, 3800.0, 2.0, 5.0, 1.05, 3.25, 3.2, 2.0, 22.5, 11.0],
///       [22500.0, 3800.0, 4.0, 3.0, 1.35, 3.20, 3.7, 2.1, 23.0, 6.3],
///       [23250.0, 4210.0, 3.0, 5.0, 1.45, 3.60, 3.5, 2.8, 23.5, 7.0],
///       [20300.0, 3850.0, 2.0, 5.0, 0.90, 3.25, 3.0, 2.6, 21.5, 6.0]],
///     &[C, B, B, B, C, C, B, B, B, B],
/// )?;
/// let w = [0.146, 0.144, 0.119, 0.121, 0.115, 0.101, 0.088, 0.068, 0.050, 0.048];
/// let r = mabac(&m, &w)?;
/// let rounded: Vec<f64> = r.scores.iter().map(|s| (s * 1e4).round() / 1e4).collect();
/// assert_eq!(rounded, [0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors and those of [`normalize_matrix`].
pub fn mabac(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    let (w, normalized) = weighted_inputs(matrix, weights, MatrixNormalization::MinMax)?;
    let (m, n) = (matrix.alternatives(), matrix.criteria());
    let v: Vec<f64> = normalized
        .iter()
        .enumerate()
        .map(|(k, x)| w[k % n] * (x + 1.0))
        .collect();
    let border: Vec<f64> = (0..n)
        .map(|j| (v.iter().skip(j).step_by(n).map(|x| x.ln()).sum::<f64>() / m as f64).exp())
        .collect();
    let scores = v
        .chunks_exact(n)
        .map(|row| row.iter().zip(&border).map(|(x, g)| x - g).sum())
        .collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// MAIRCA, multi-attributive ideal-real comparative analysis (Pamučar, D., Vasin, L. &
/// Lukovac, L. (2014). Selection of railway level crossings for investing in security
/// equipment using hybrid DEMATEL-MARICA model. *XVI International Scientific-expert
/// Conference on Railways, Railcon*, 89-92): the theoretical ratings `tpⱼ = wⱼ / m`, the
/// real ones `trᵢⱼ = tpⱼ nᵢⱼ` of the min-max normalized matrix, and the total gap
/// `Qᵢ = Σⱼ (tpⱼ - trᵢⱼ)`; lower is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, mairca};
/// let m = DecisionMatrix::from_rows(&[[1.0, 4.0], [3.0, 2.0]], &[Benefit, Benefit])?;
/// let r = mairca(&m, &[3.0, 1.0])?;
/// // tp = 0.375, 0.125; the first gives up 0.375 on x, the second 0.125 on y.
/// assert_eq!(r.scores, [0.375, 0.125]);
/// assert_eq!(r.ranks, [2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors and those of [`normalize_matrix`].
pub fn mairca(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    let (w, normalized) = weighted_inputs(matrix, weights, MatrixNormalization::MinMax)?;
    let m = matrix.alternatives() as f64;
    let tp: Vec<f64> = w.iter().map(|wj| wj / m).collect();
    let scores = normalized
        .chunks_exact(tp.len())
        .map(|row| row.iter().zip(&tp).map(|(x, t)| t - t * x).sum())
        .collect();
    Ok(Ranking::new(scores, Direction::LowerIsBetter))
}

/// SPOTIS, the stable preference ordering towards ideal solution (Dezert, J., Tchamova,
/// A., Han, D. & Tacnet, J.-M. (2020). The SPOTIS rank reversal free method for
/// multi-criteria decision-making support. *23rd International Conference on
/// Information Fusion*): with each criterion's bounds `[lⱼ, uⱼ]` and its ideal `sⱼ` (`uⱼ`
/// for a higher-is-better criterion, `lⱼ` for a lower-is-better one), the score
/// `Σⱼ wⱼ |xᵢⱼ - sⱼ| / (uⱼ - lⱼ)`; lower is better. Fixed bounds make the ranking free
/// of rank reversal; `None` takes each column's minimum and maximum (pymcdm's
/// `SPOTIS.make_bounds`).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as B, LowerIsBetter as C}, spotis};
/// // The example of pymcdm's documentation: scores 0.1989, 0.3705, 0.3063, 0.7491.
/// let m = DecisionMatrix::from_rows(
///     &[[10.5, -3.1, 1.7], [-4.7, 0.0, 3.4], [8.1, 0.3, 1.3], [3.2, 7.3, -5.3]],
///     &[B, C, B],
/// )?;
/// let bounds = [(-5.0, 12.0), (-6.0, 10.0), (-8.0, 5.0)];
/// let r = spotis(&m, &[0.2, 0.3, 0.5], Some(&bounds))?;
/// let rounded: Vec<f64> = r.scores.iter().map(|s| (s * 1e4).round() / 1e4).collect();
/// assert_eq!(rounded, [0.1989, 0.3705, 0.3063, 0.7491]);
/// assert_eq!(r.ranks, [1, 3, 2, 4]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::Parameter`] for bounds of the wrong count, bounds that
/// are not finite with `l < u` (a constant column under `None`), or a value outside its
/// criterion's bounds, naming the criterion (and the row).
pub fn spotis(
    matrix: &DecisionMatrix,
    weights: &[f64],
    bounds: Option<&[(f64, f64)]>,
) -> Result<Ranking, MethodError> {
    let error = |message: String| MethodError::Parameter {
        step: "SPOTIS",
        message,
    };
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let bounds: Vec<(f64, f64)> = match bounds {
        Some(b) if b.len() != columns.len() => {
            return Err(error(format!(
                "{} bounds for {} criteria",
                b.len(),
                columns.len()
            )));
        }
        Some(b) => b.to_vec(),
        None => matrix.column_extremes(),
    };
    let mut scores = vec![0.0; matrix.alternatives()];
    for (j, (column, &(lo, hi))) in columns.iter().zip(&bounds).enumerate() {
        if !(lo.is_finite() && hi.is_finite() && lo < hi) {
            return Err(error(format!(
                "criterion {j}: bounds [{lo}, {hi}] need finite l < u"
            )));
        }
        let ideal = match matrix.directions()[j] {
            Direction::HigherIsBetter => hi,
            Direction::LowerIsBetter => lo,
        };
        for (i, (score, &x)) in scores.iter_mut().zip(column).enumerate() {
            if !(lo..=hi).contains(&x) {
                return Err(error(format!(
                    "row {i}, criterion {j}: {x} is outside the bounds [{lo}, {hi}]"
                )));
            }
            *score += w[j] * (x - ideal).abs() / (hi - lo);
        }
    }
    Ok(Ranking::new(scores, Direction::LowerIsBetter))
}

/// CODAS, combinative distance-based assessment (Keshavarz Ghorabaee, M., Zavadskas, E.
/// K., Turskis, Z. & Antucheviciene, J. (2016). A new combinative distance-based
/// assessment (CODAS) method for multi-criteria decision-making. *Economic Computation and
/// Economic Cybernetics Studies and Research* 50(3)): the linear normalization `x / max`
/// (lower-is-better `min / x`), weighted; `Eᵢ` and `Tᵢ` the Euclidean and taxicab
/// distances from the negative ideal (each column's minimum);
/// `Hᵢ = Σₖ ((Eᵢ - Eₖ) + ψ(Eᵢ - Eₖ) (Tᵢ - Tₖ))` with `ψ(d) = 1` if `|d| ≥ τ`, else 0;
/// higher is better. `τ` is the threshold the paper suggests between 0.01 and 0.05
/// (pymcdm: 0.02).
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as B, LowerIsBetter as C}, codas};
/// // Keshavarz Ghorabaee et al.'s example as pymcdm's documentation gives it.
/// let m = DecisionMatrix::from_rows(
///     &[[45.0, 3600.0, 45.0, 0.9], [25.0, 3800.0, 60.0, 0.8], [23.0, 3100.0, 35.0, 0.9],
///       [14.0, 3400.0, 50.0, 0.7], [15.0, 3300.0, 40.0, 0.8], [28.0, 3000.0, 30.0, 0.6]],
///     &[B, C, B, B],
/// )?;
/// let r = codas(&m, &[0.2857, 0.3036, 0.2321, 0.1786], 0.02)?;
/// let rounded: Vec<f64> = r.scores.iter().map(|h| (h * 1e4).round() / 1e4).collect();
/// assert_eq!(rounded, [1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::NotPositive`] naming a cell `≤ 0` (the linear
/// normalization divides by the values); [`MethodError::Parameter`] for a `τ` that is not
/// finite and at least 0.
pub fn codas(matrix: &DecisionMatrix, weights: &[f64], tau: f64) -> Result<Ranking, MethodError> {
    if !(tau.is_finite() && tau >= 0.0) {
        return Err(MethodError::Parameter {
            step: "CODAS",
            message: format!("the threshold tau must be finite and at least 0, got {tau}"),
        });
    }
    matrix.require_positive("CODAS")?;
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let m = matrix.alternatives();
    let ext = matrix.column_extremes();
    let mut e = vec![0.0; m];
    let mut t = vec![0.0; m];
    for (j, column) in columns.iter().enumerate() {
        let (lo, hi) = ext[j];
        let v = |x: f64| {
            w[j] * match matrix.directions()[j] {
                Direction::HigherIsBetter => x / hi,
                Direction::LowerIsBetter => lo / x,
            }
        };
        let nis = column.iter().map(|&x| v(x)).fold(f64::INFINITY, f64::min);
        for (i, &x) in column.iter().enumerate() {
            let d = v(x) - nis;
            e[i] += d * d;
            t[i] += d.abs();
        }
    }
    e.iter_mut().for_each(|x| *x = x.sqrt());
    // Hᵢ = (m Eᵢ - ΣE) + (m Tᵢ - ΣT) - Σ_{k: |Eᵢ - Eₖ| < τ} (Tᵢ - Tₖ): the pairs within τ
    // found in E's sorted order with prefix sums of T, O(m log m) instead of O(m²).
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| e[a].total_cmp(&e[b]));
    let sorted_e: Vec<f64> = order.iter().map(|&k| e[k]).collect();
    let mut prefix_t = Vec::with_capacity(m + 1);
    prefix_t.push(0.0);
    for &k in &order {
        prefix_t.push(prefix_t.last().copied().unwrap_or(0.0) + t[k]);
    }
    let (sum_e, sum_t) = (e.iter().sum::<f64>(), t.iter().sum::<f64>());
    let mf = m as f64;
    let scores = (0..m)
        .map(|i| {
            // Sorted E: a prefix at τ or more below Eᵢ, then the window within τ.
            let lo = sorted_e.partition_point(|&x| e[i] - x >= tau);
            let hi = sorted_e.partition_point(|&x| x - e[i] < tau);
            let (count, window_t) = if hi > lo {
                ((hi - lo) as f64, prefix_t[hi] - prefix_t[lo])
            } else {
                (0.0, 0.0)
            };
            (mf * e[i] - sum_e) + (mf * t[i] - sum_t) - (count * t[i] - window_t)
        })
        .collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// OCRA, operational competitiveness rating (Madić, M., Petković, D. & Radovanović, M.
/// (2015). Selection of non-conventional machining processes using the OCRA method.
/// *Serbian Journal of Management* 10(1), 61-73, after Parkan 1994): the input rating
/// `Iᵢ = Σ_cost wⱼ (max xⱼ - xᵢⱼ) / min xⱼ`, the output rating
/// `Oᵢ = Σ_benefit wⱼ (xᵢⱼ - min xⱼ) / min xⱼ`, each shifted to a minimum of 0, and the
/// preference `Pᵢ = (I'ᵢ + O'ᵢ) - min (I' + O')`; higher is better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as B, LowerIsBetter as C}, ocra};
/// // Madić et al.'s example as pymcdm's documentation gives it.
/// let m = DecisionMatrix::from_rows(
///     &[[7.7, 256.0, 7.2, 7.3, 7.3], [8.1, 250.0, 7.9, 7.8, 7.7], [8.7, 352.0, 8.6, 7.9, 8.0],
///       [8.1, 262.0, 7.0, 8.1, 7.2], [6.5, 271.0, 6.3, 6.4, 6.1], [6.8, 228.0, 7.1, 7.2, 6.5]],
///     &[B, C, B, B, B],
/// )?;
/// let r = ocra(&m, &[0.239, 0.225, 0.197, 0.186, 0.153])?;
/// let rounded: Vec<f64> = r.scores.iter().map(|p| (p * 1e3).round() / 1e3).collect();
/// assert_eq!(rounded, [0.143, 0.210, 0.164, 0.167, 0.0, 0.112]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::NotPositive`] naming a cell `≤ 0` (the ratings divide by
/// each column's minimum).
pub fn ocra(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    matrix.require_positive("OCRA")?;
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let m = matrix.alternatives();
    let ext = matrix.column_extremes();
    let mut input = vec![0.0; m];
    let mut output = vec![0.0; m];
    for (j, column) in columns.iter().enumerate() {
        let (lo, hi) = ext[j];
        for (i, &x) in column.iter().enumerate() {
            match matrix.directions()[j] {
                Direction::LowerIsBetter => input[i] += w[j] * (hi - x) / lo,
                Direction::HigherIsBetter => output[i] += w[j] * (x - lo) / lo,
            }
        }
    }
    let shifted = |v: &[f64]| {
        let min = v.iter().copied().fold(f64::INFINITY, f64::min);
        v.iter().map(|x| x - min).collect::<Vec<f64>>()
    };
    let sum: Vec<f64> = shifted(&input)
        .iter()
        .zip(shifted(&output))
        .map(|(i, o)| i + o)
        .collect();
    Ok(Ranking::new(shifted(&sum), Direction::HigherIsBetter))
}

/// MARCOS, measurement of alternatives and ranking according to compromise solution
/// (Stević, Ž., Pamučar, D., Puška, A. & Chatterjee, P. (2020). Sustainable supplier
/// selection in healthcare industries using a new MCDM method. *Computers & Industrial
/// Engineering* 140, 106231): the matrix extended by the ideal (`AI`, each column's best)
/// and anti-ideal (`AAI`, its worst), normalized by the ideal (`x / AI`, lower-is-better
/// `AI / x`), weighted and summed to `Sᵢ`; `K⁻ᵢ = Sᵢ / S_AAI`, `K⁺ᵢ = Sᵢ / S_AI`,
/// `f(K⁺) = K⁻ / (K⁺ + K⁻)`, `f(K⁻) = K⁺ / (K⁺ + K⁻)`, and the utility
/// `f(Kᵢ) = (K⁺ᵢ + K⁻ᵢ) / (1 + (1 - f(K⁺ᵢ)) / f(K⁺ᵢ) + (1 - f(K⁻ᵢ)) / f(K⁻ᵢ))`; higher is
/// better.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, marcos};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [2.0, 1.0], [2.0, 2.0]], &[Benefit, Benefit])?;
/// let r = marcos(&m, &[0.5, 0.5])?;
/// // The third equals the ideal and ranks first.
/// assert_eq!(r.ranks, [2, 2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::NotPositive`] naming a cell `≤ 0` (the ratios to the
/// ideal need positive values).
pub fn marcos(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    matrix.require_positive("MARCOS")?;
    let (w, columns) = weights_and_columns(matrix, weights)?;
    let m = matrix.alternatives();
    let ext = matrix.column_extremes();
    let (mut s, mut s_ideal, mut s_anti) = (vec![0.0; m], 0.0, 0.0);
    for (j, column) in columns.iter().enumerate() {
        let (lo, hi) = ext[j];
        let (ideal, anti) = match matrix.directions()[j] {
            Direction::HigherIsBetter => (hi, lo),
            Direction::LowerIsBetter => (lo, hi),
        };
        let n = |x: f64| match matrix.directions()[j] {
            Direction::HigherIsBetter => x / ideal,
            Direction::LowerIsBetter => ideal / x,
        };
        s_ideal += w[j] * n(ideal);
        s_anti += w[j] * n(anti);
        for (si, &x) in s.iter_mut().zip(column) {
            *si += w[j] * n(x);
        }
    }
    let scores = s
        .iter()
        .map(|si| {
            let (k_neg, k_pos) = (si / s_anti, si / s_ideal);
            let f_pos = k_neg / (k_pos + k_neg);
            let f_neg = k_pos / (k_pos + k_neg);
            (k_pos + k_neg) / (1.0 + (1.0 - f_pos) / f_pos + (1.0 - f_neg) / f_neg)
        })
        .collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// The Kemeny-Young ranking of a decision matrix (Kemeny, J. G. (1959). Mathematics
/// without numbers. *Daedalus* 88(4), 577-591; Young, H. P. & Levenglick, A. (1978). A
/// consistent extension of Condorcet's election principle. *SIAM Journal on Applied
/// Mathematics* 35(2), 285-300), the criteria voting with their weights: see [`kemeny`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Kemeny {
    /// The alternatives in order, best first.
    pub order: Vec<usize>,
    /// Each alternative's place in [`Kemeny::order`] (1 is best), in matrix row order.
    pub ranks: Vec<usize>,
    /// The order's agreement `Σ_{a before b} P(a, b)`, `P(a, b)` the weight of the
    /// criteria that prefer `a` to `b`.
    pub agreement: f64,
    /// `Σ_{pairs} max(P(a, b), P(b, a))`: no order agrees more; an order reaching it
    /// agrees with every pairwise majority.
    pub bound: f64,
    /// Whether [`Kemeny::order`] is proven best (exact search, up to
    /// [`KEMENY_EXACT_LIMIT`] alternatives) or a local optimum (beyond).
    pub exact: bool,
}

/// The largest number of alternatives [`kemeny`] ranks exactly (its dynamic program over
/// subsets takes `2^m m` steps and as many numbers of memory).
pub const KEMENY_EXACT_LIMIT: usize = 16;

/// The Kemeny-Young ranking: the order of the alternatives that agrees most with the
/// criteria's pairwise preferences, each criterion voting with its weight (ties vote for
/// neither). Exact up to [`KEMENY_EXACT_LIMIT`] alternatives, by dynamic programming over
/// subsets (the best order of a set ends with the element whose placement last adds
/// most); beyond, a heuristic: Copeland's order improved by moving single alternatives to
/// their best place until no move helps, with [`Kemeny::bound`] to judge how far it can
/// be from the best. Among equally good orders the first found is returned.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, kemeny};
/// // Three criteria whose majorities cycle: a beats b (0.65), b beats c (0.75), c beats a
/// // (0.6). The order breaks the cycle at its weakest link, c over a.
/// let m = DecisionMatrix::from_rows(
///     &[[3.0, 1.0, 2.0], [2.0, 3.0, 1.0], [1.0, 2.0, 3.0]],
///     &[Benefit; 3],
/// )?;
/// let k = kemeny(&m, &[0.4, 0.35, 0.25])?;
/// assert_eq!(k.order, [0, 1, 2]);
/// assert!(k.exact && (k.agreement - 1.8).abs() < 1e-12 && (k.bound - 2.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::TooFewAlternatives`] for no alternative.
pub fn kemeny(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Kemeny, MethodError> {
    let w = normalized_weights(weights, matrix.criteria())?;
    let m = matrix.alternatives();
    if m == 0 {
        return Err(MethodError::TooFewAlternatives {
            method: "Kemeny-Young",
            required: 1,
            found: 0,
        });
    }
    let p = pairwise_preferences(matrix, &w);
    let bound = (0..m)
        .flat_map(|a| (a + 1..m).map(move |b| (a, b)))
        .map(|(a, b)| p[a * m + b].max(p[b * m + a]))
        .sum();
    let (order, exact) = if m <= KEMENY_EXACT_LIMIT {
        (kemeny_exact(&p, m), true)
    } else {
        (kemeny_local(matrix, &w, &p, m), false)
    };
    let mut ranks = vec![0; m];
    for (place, &a) in order.iter().enumerate() {
        ranks[a] = place + 1;
    }
    let agreement = agreement_of(&p, m, &order);
    Ok(Kemeny {
        order,
        ranks,
        agreement,
        bound,
        exact,
    })
}

/// `P(a, b)` for every pair, row-major: the weight of the criteria preferring `a` to `b`.
fn pairwise_preferences(matrix: &DecisionMatrix, w: &[f64]) -> Vec<f64> {
    let (m, n) = (matrix.alternatives(), matrix.criteria());
    let directions = matrix.directions();
    let mut p = vec![0.0; m * m];
    for a in 0..m {
        for b in (0..m).filter(|&b| b != a) {
            let (ra, rb) = (matrix.row(a), matrix.row(b));
            p[a * m + b] = (0..n)
                .filter(|&j| directions[j].compare(ra[j], rb[j]).is_gt())
                .map(|j| w[j])
                .sum();
        }
    }
    p
}

/// `Σ_{a before b} P(a, b)` of `order`.
fn agreement_of(p: &[f64], m: usize, order: &[usize]) -> f64 {
    let mut total = 0.0;
    for (i, &a) in order.iter().enumerate() {
        for &b in &order[i + 1..] {
            total += p[a * m + b];
        }
    }
    total
}

/// The Kemeny agreement of any order of the alternatives (best first):
/// `Σ_{a before b} P(a, b)`, the quantity [`kemeny`] maximizes; to compare another
/// method's ranking with the criteria's pairwise preferences.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, kemeny_agreement};
/// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [2.0, 1.0]], &[Benefit, Benefit])?;
/// assert_eq!(kemeny_agreement(&m, &[3.0, 1.0], &[1, 0])?, 0.75);
/// assert_eq!(kemeny_agreement(&m, &[3.0, 1.0], &[0, 1])?, 0.25);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors; [`MethodError::Parameter`] if `order` is not a permutation of the
/// alternatives.
pub fn kemeny_agreement(
    matrix: &DecisionMatrix,
    weights: &[f64],
    order: &[usize],
) -> Result<f64, MethodError> {
    let w = normalized_weights(weights, matrix.criteria())?;
    let m = matrix.alternatives();
    let mut seen = vec![false; m];
    if order.len() != m
        || order
            .iter()
            .any(|&a| a >= m || std::mem::replace(&mut seen[a], true))
    {
        return Err(MethodError::Parameter {
            step: "Kemeny agreement",
            message: format!(
                "the order must list each of the {m} alternatives once, got {order:?}"
            ),
        });
    }
    Ok(agreement_of(&pairwise_preferences(matrix, &w), m, order))
}

/// The best order by dynamic programming over subsets: `best[S]` is the most agreement of
/// an order of `S` placed first; adding `x` after `S` adds `Σ_{a ∈ S} P(a, x)`.
fn kemeny_exact(p: &[f64], m: usize) -> Vec<usize> {
    let full = (1usize << m) - 1;
    let mut best = vec![f64::NEG_INFINITY; 1 << m];
    let mut last = vec![usize::MAX; 1 << m];
    best[0] = 0.0;
    for set in 0..=full {
        if best[set] == f64::NEG_INFINITY {
            continue;
        }
        for x in (0..m).filter(|&x| set & (1 << x) == 0) {
            let gain: f64 = (0..m)
                .filter(|&a| set & (1 << a) != 0)
                .map(|a| p[a * m + x])
                .sum();
            let next = set | (1 << x);
            if best[set] + gain > best[next] {
                best[next] = best[set] + gain;
                last[next] = x;
            }
        }
    }
    let mut order = Vec::with_capacity(m);
    let mut set = full;
    while set != 0 {
        let x = last[set];
        order.push(x);
        set &= !(1 << x);
    }
    order.reverse();
    order
}

/// Copeland's order (ties by row), improved by moving one alternative at a time to the
/// place that adds most, until no move adds anything.
fn kemeny_local(matrix: &DecisionMatrix, w: &[f64], p: &[f64], m: usize) -> Vec<usize> {
    let start = copeland(matrix, w).map(|r| r.scores).unwrap_or_default();
    let mut order = best_first(&start, Direction::HigherIsBetter);
    loop {
        let mut improved = false;
        for from in 0..m {
            let x = order[from];
            // The change of agreement for x moved to each place, relative to staying.
            let mut best_delta = 0.0;
            let mut best_to = from;
            let mut delta = 0.0;
            for to in (0..from).rev() {
                let y = order[to];
                delta += p[x * m + y] - p[y * m + x];
                if delta > best_delta + 1e-12 {
                    (best_delta, best_to) = (delta, to);
                }
            }
            delta = 0.0;
            for (to, &y) in order.iter().enumerate().skip(from + 1) {
                delta += p[y * m + x] - p[x * m + y];
                if delta > best_delta + 1e-12 {
                    (best_delta, best_to) = (delta, to);
                }
            }
            if best_to != from {
                let x = order.remove(from);
                order.insert(best_to, x);
                improved = true;
            }
        }
        if !improved {
            return order;
        }
    }
}

/// Copeland's method over criteria: `a` beats `b` when the weights of the criteria on
/// which `a` is strictly better exceed those on which `b` is (sums equal up to a relative
/// 1e-9 are a tie: rounding decides no vote); the score is wins minus
/// losses, in \[-(m-1), m-1\]; higher is better. Non-compensatory: only the order of values
/// on each criterion matters, not their size.
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit, copeland};
/// let m = DecisionMatrix::from_rows(&[[1.0, 1.0], [2.0, 0.0], [3.0, 3.0]], &[Benefit, Benefit])?;
/// // 0 and 1 split the criteria (a tie), both lose to 2.
/// assert_eq!(copeland(&m, &[1.0, 1.0])?.scores, [-1.0, -1.0, 2.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Weight errors (see [`normalized_weights`]).
pub fn copeland(matrix: &DecisionMatrix, weights: &[f64]) -> Result<Ranking, MethodError> {
    let n = matrix.criteria();
    let w = normalized_weights(weights, n)?;
    let directions = matrix.directions();
    let tallies = copeland_tallies(matrix.alternatives(), |a, b| {
        let (ra, rb) = (matrix.row(a), matrix.row(b));
        weighted_vote((0..n).map(|j| (directions[j].compare(ra[j], rb[j]), w[j])))
    });
    let scores = tallies.iter().map(CopelandTally::score).collect();
    Ok(Ranking::new(scores, Direction::HigherIsBetter))
}

/// One alternative's pairwise record under Copeland's method: how many of the others it
/// beats, ties with and loses to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct CopelandTally {
    pub(crate) wins: usize,
    pub(crate) ties: usize,
    pub(crate) losses: usize,
}

impl CopelandTally {
    /// Copeland's score, wins minus losses.
    pub(crate) fn score(&self) -> f64 {
        self.wins as f64 - self.losses as f64
    }

    /// The share of the others this alternative beats, ties counting half,
    /// `(wins + ties / 2) / (n − 1)` in \[0, 1\]; 1/2 when there is no other (neither
    /// beaten nor beating). Equal to `(1 + C / (n − 1)) / 2` with `C` the [`score`].
    ///
    /// [`score`]: CopelandTally::score
    pub(crate) fn share(&self) -> f64 {
        let others = self.wins + self.ties + self.losses;
        if others == 0 {
            0.5
        } else {
            (self.wins as f64 + self.ties as f64 / 2.0) / others as f64
        }
    }
}

/// The weighted majority between two alternatives `a` and `b`: `votes` gives, for each
/// criterion they are compared on, how `a` compares with `b` on it (`Greater`: `a` is
/// strictly better) and the criterion's weight. `a` wins (`Greater`) when the weight of
/// the criteria on which it is strictly better exceeds the weight of those on which `b`
/// is; equal weights (or no criterion) are a tie. Sums within a relative `1e-9` of each
/// other count as equal, so that rounding cannot decide a vote (`0.1 + 0.2` against `0.3`
/// is a tie, as it is with weights 1, 2 and 3).
pub(crate) fn weighted_vote(
    votes: impl Iterator<Item = (std::cmp::Ordering, f64)>,
) -> std::cmp::Ordering {
    let (mut for_a, mut for_b) = (0.0, 0.0);
    for (order, w) in votes {
        match order {
            std::cmp::Ordering::Greater => for_a += w,
            std::cmp::Ordering::Less => for_b += w,
            std::cmp::Ordering::Equal => {}
        }
    }
    if (for_a - for_b).abs() <= VOTE_TOLERANCE * f64::max(for_a, for_b) {
        return std::cmp::Ordering::Equal;
    }
    // Weights are finite, so the sums are never NaN.
    for_a
        .partial_cmp(&for_b)
        .unwrap_or(std::cmp::Ordering::Equal)
}

/// The relative difference under which [`weighted_vote`] calls two sums of weights equal.
const VOTE_TOLERANCE: f64 = 1e-9;

/// Copeland's tally of `m` alternatives, every one against every other under `duel(a, b)`
/// (how `a` fares against `b`, usually a [`weighted_vote`]).
pub(crate) fn copeland_tallies(
    m: usize,
    duel: impl Fn(usize, usize) -> std::cmp::Ordering + Sync,
) -> Vec<CopelandTally> {
    (0..m)
        .into_par_iter()
        .map(|a| copeland_tally(a, m, &duel))
        .collect()
}

/// Copeland's tally of alternative `a` against the `m − 1` others under `duel`.
pub(crate) fn copeland_tally(
    a: usize,
    m: usize,
    duel: impl Fn(usize, usize) -> std::cmp::Ordering,
) -> CopelandTally {
    let mut tally = CopelandTally::default();
    for b in (0..m).filter(|&b| b != a) {
        match duel(a, b) {
            std::cmp::Ordering::Greater => tally.wins += 1,
            std::cmp::Ordering::Equal => tally.ties += 1,
            std::cmp::Ordering::Less => tally.losses += 1,
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_with_ties() {
        assert_eq!(
            competition_ranks(&[3.0, 1.0, 3.0], Direction::LowerIsBetter),
            [2, 1, 2]
        );
        assert_eq!(
            crate::rank::ranks(
                &[1.0, 1.0, 1.0],
                Direction::HigherIsBetter,
                crate::rank::Ties::Average
            ),
            [2.0, 2.0, 2.0]
        );
    }

    #[test]
    fn rounding_does_not_decide_a_copeland_vote() -> Result<(), Box<dyn std::error::Error>> {
        // 0.1 + 0.2 is 0.30000000000000004 in floating point: still a tie with 0.3.
        let m = DecisionMatrix::from_rows(
            &[[1.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            &[Direction::HigherIsBetter; 3],
        )?;
        assert_eq!(copeland(&m, &[0.1, 0.2, 0.3])?.scores, [0.0, 0.0]);
        assert_eq!(copeland(&m, &[0.1, 0.2, 0.31])?.scores, [-1.0, 1.0]);
        Ok(())
    }

    #[test]
    fn constant_matrix_topsis_is_half() -> Result<(), Box<dyn std::error::Error>> {
        let m =
            DecisionMatrix::from_rows(&[[1.0, 2.0], [1.0, 2.0]], &[Direction::HigherIsBetter; 2])?;
        let r = topsis(&m, &[1.0, 1.0], MatrixNormalization::Vector)?;
        assert_eq!(r.scores, [0.5, 0.5]);
        assert_eq!(r.ranks, [1, 1]);
        Ok(())
    }

    #[test]
    fn sum_cost_rejects_zero_naming_the_cell() -> Result<(), Box<dyn std::error::Error>> {
        let m = DecisionMatrix::from_rows(
            &[[1.0, 2.0], [1.0, 0.0]],
            &[Direction::HigherIsBetter, Direction::LowerIsBetter],
        )?;
        let err = wpm(&m, &[1.0, 1.0], MatrixNormalization::Sum).unwrap_err();
        assert!(matches!(
            err,
            MethodError::NotPositive {
                row: 1,
                column: 1,
                ..
            }
        ));
        Ok(())
    }
}
