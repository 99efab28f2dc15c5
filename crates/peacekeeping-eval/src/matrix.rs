//! The flat decision matrix of multi-criteria ranking and the errors of the
//! multi-criteria part of the crate.
//!
//! A [`DecisionMatrix`] holds one row per alternative (a partnership, a mission, an actor)
//! and one column per criterion, each criterion a benefit ([`Direction::HigherIsBetter`])
//! or a cost ([`Direction::LowerIsBetter`]) criterion. It is validated once, at
//! construction: every value is finite, so no method downstream ever sees a NaN or an
//! infinity. Methods that cannot take some values (zeros or negatives under a product,
//! constant columns under CRITIC) return a [`McdmError`] naming the cell or the column.

use crate::direction::Direction;

/// Errors of the decision matrix, the ranking methods, the weighting methods and the
/// sensitivity helpers.
///
/// Every variant names what a user needs to fix the input: the row and column of a bad
/// value, the index of a bad weight, the cell of a pairwise matrix.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
// More checks will come with more methods: matching on it must keep a wildcard arm.
#[non_exhaustive]
pub enum McdmError {
    /// The matrix has no row or no column.
    #[error("decision matrix is empty: {rows} rows x {columns} columns")]
    EmptyMatrix {
        /// Number of rows given.
        rows: usize,
        /// Number of columns given.
        columns: usize,
    },
    /// The number of values is not rows x columns.
    #[error("decision matrix of {rows} x {columns} needs {} values, got {values}", rows * columns)]
    ShapeMismatch {
        /// Rows declared.
        rows: usize,
        /// Columns declared.
        columns: usize,
        /// Values given.
        values: usize,
    },
    /// A row has a different length from the first row.
    #[error("row {row} has {found} values, the first row has {expected}")]
    RaggedRow {
        /// Zero-based row index.
        row: usize,
        /// Length of the first row.
        expected: usize,
        /// Length of this row.
        found: usize,
    },
    /// The number of directions (benefit or cost) differs from the number of columns.
    #[error("{found} directions given for {expected} criteria")]
    DirectionCount {
        /// Number of criteria (columns).
        expected: usize,
        /// Number of directions given.
        found: usize,
    },
    /// A value is NaN or infinite.
    #[error("value at row {row}, column {column} is not finite ({value})")]
    NonFinite {
        /// Zero-based row (alternative) index.
        row: usize,
        /// Zero-based column (criterion) index.
        column: usize,
        /// The offending value.
        value: f64,
    },
    /// A method needs values above zero and found one at or below zero.
    #[error("{method} needs values above zero: row {row}, column {column} is {value}")]
    NotPositive {
        /// Zero-based row index.
        row: usize,
        /// Zero-based column index.
        column: usize,
        /// The offending value.
        value: f64,
        /// The method or normalization that needs it.
        method: &'static str,
    },
    /// A method needs values at or above zero and found a negative one.
    #[error("{method} needs values of zero or more: row {row}, column {column} is {value}")]
    Negative {
        /// Zero-based row index.
        row: usize,
        /// Zero-based column index.
        column: usize,
        /// The offending value.
        value: f64,
        /// The method or normalization that needs it.
        method: &'static str,
    },
    /// A column has the same value for every alternative where the method cannot take it.
    #[error("{method} cannot use column {column}: it has the same value for every alternative")]
    ConstantColumn {
        /// Zero-based column index.
        column: usize,
        /// The method that cannot use it.
        method: &'static str,
    },
    /// No criterion discriminates between the alternatives: the method has nothing to weigh.
    #[error("{method}: no criterion discriminates between the alternatives")]
    NoContrast {
        /// The method.
        method: &'static str,
    },
    /// Too few alternatives for the method.
    #[error("{method} needs at least {required} alternatives, got {found}")]
    TooFewAlternatives {
        /// The method.
        method: &'static str,
        /// Minimum number of alternatives.
        required: usize,
        /// Number given.
        found: usize,
    },
    /// The number of weights differs from the number of criteria.
    #[error("{found} weights given for {expected} criteria")]
    WeightCount {
        /// Number of criteria.
        expected: usize,
        /// Number of weights given.
        found: usize,
    },
    /// A weight is negative, NaN or infinite.
    #[error("weight {index} is {value}: weights must be finite and zero or more")]
    InvalidWeight {
        /// Zero-based criterion index.
        index: usize,
        /// The offending weight.
        value: f64,
    },
    /// All weights are zero.
    #[error("all weights are zero")]
    ZeroWeights,
    /// A numeric parameter is out of its range.
    #[error("parameter {name} = {value} is invalid: {reason}")]
    InvalidParameter {
        /// Parameter name.
        name: &'static str,
        /// The offending value.
        value: f64,
        /// What it must be.
        reason: &'static str,
    },
    /// The distribution of a model input under Sobol analysis is invalid.
    #[error("distribution of input {input} is invalid: {reason}")]
    InvalidDistribution {
        /// Zero-based input index.
        input: usize,
        /// What it must be.
        reason: &'static str,
    },
    /// A PROMETHEE preference function has invalid thresholds or the wrong count.
    #[error("preference function of criterion {criterion}: {reason}")]
    InvalidPreference {
        /// Zero-based criterion index.
        criterion: usize,
        /// What is wrong.
        reason: String,
    },
    /// A pairwise comparison matrix does not have n x n values.
    #[error("pairwise comparison matrix of order {order} needs {} values, got {values}", order * order)]
    PairwiseShape {
        /// Order n declared.
        order: usize,
        /// Values given.
        values: usize,
    },
    /// A pairwise comparison is not a finite number above zero.
    #[error(
        "pairwise comparison at row {row}, column {column} is {value}: comparisons must be finite and above zero"
    )]
    PairwiseNotPositive {
        /// Zero-based row.
        row: usize,
        /// Zero-based column.
        column: usize,
        /// The offending value.
        value: f64,
    },
    /// A diagonal entry of a pairwise comparison matrix is not 1.
    #[error(
        "pairwise comparison at row {index}, column {index} is {value}: the diagonal must be 1"
    )]
    PairwiseDiagonal {
        /// Zero-based index.
        index: usize,
        /// The offending value.
        value: f64,
    },
    /// `a[i][j] * a[j][i]` is not 1.
    #[error(
        "pairwise comparison matrix is not reciprocal at row {row}, column {column}: {value} there but {transposed} at row {column}, column {row} (their product must be 1)"
    )]
    NotReciprocal {
        /// Zero-based row.
        row: usize,
        /// Zero-based column.
        column: usize,
        /// `a[row][column]`.
        value: f64,
        /// `a[column][row]`.
        transposed: f64,
    },
    /// The power iteration of AHP did not converge.
    #[error("principal eigenvector did not converge in {iterations} iterations")]
    NoConvergence {
        /// Iterations run.
        iterations: usize,
    },
    /// A model under study returned NaN or infinity.
    #[error("model returned a non-finite value ({value}) at run {run}, output {output}")]
    NonFiniteModelOutput {
        /// Zero-based run (replication or model evaluation) index.
        run: usize,
        /// Zero-based output (unit) index.
        output: usize,
        /// The offending value.
        value: f64,
    },
    /// A model under study returned the wrong number of scores.
    #[error("model returned {found} scores at run {run}, expected {expected}")]
    ModelOutputCount {
        /// Zero-based run index.
        run: usize,
        /// Number of units.
        expected: usize,
        /// Number returned.
        found: usize,
    },
    /// The model output does not vary: variance-based indices are undefined.
    #[error(
        "the model output has zero variance over the sample: sensitivity indices are undefined"
    )]
    ZeroVariance,
}

/// Alternatives x criteria, all values finite, each criterion with a [`Direction`].
///
/// ```
/// use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}};
/// let m = DecisionMatrix::from_rows(&[[4.0, 4.0], [1.0, 5.0]], &[Benefit, Cost])?;
/// assert_eq!((m.alternatives(), m.criteria()), (2, 2));
/// assert_eq!(m.value(1, 0), 1.0);
///
/// let bad = DecisionMatrix::from_rows(&[[1.0, f64::NAN]], &[Benefit, Cost]);
/// assert_eq!(bad.unwrap_err().to_string(), "value at row 0, column 1 is not finite (NaN)");
/// # Ok::<(), peacekeeping_eval::McdmError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionMatrix {
    rows: usize,
    columns: usize,
    values: Vec<f64>,
    directions: Vec<Direction>,
}

impl DecisionMatrix {
    /// A matrix of `rows` x `columns` from row-major `values`.
    ///
    /// ```
    /// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::new(2, 1, vec![3.0, 4.0], vec![Benefit])?;
    /// assert_eq!(m.column(0).collect::<Vec<_>>(), [3.0, 4.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`McdmError::EmptyMatrix`], [`McdmError::ShapeMismatch`],
    /// [`McdmError::DirectionCount`], or [`McdmError::NonFinite`] naming the first
    /// non-finite cell in row-major order.
    pub fn new(
        rows: usize,
        columns: usize,
        values: Vec<f64>,
        directions: Vec<Direction>,
    ) -> Result<Self, McdmError> {
        if rows == 0 || columns == 0 {
            return Err(McdmError::EmptyMatrix { rows, columns });
        }
        if rows.checked_mul(columns) != Some(values.len()) {
            return Err(McdmError::ShapeMismatch {
                rows,
                columns,
                values: values.len(),
            });
        }
        if directions.len() != columns {
            return Err(McdmError::DirectionCount {
                expected: columns,
                found: directions.len(),
            });
        }
        if let Some(at) = values.iter().position(|v| !v.is_finite()) {
            return Err(McdmError::NonFinite {
                row: at / columns,
                column: at % columns,
                value: values[at],
            });
        }
        Ok(DecisionMatrix {
            rows,
            columns,
            values,
            directions,
        })
    }

    /// A matrix from rows of equal length.
    ///
    /// ```
    /// use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[vec![1.0], vec![2.0]], &[Benefit])?;
    /// assert_eq!(m.row(1), [2.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`DecisionMatrix::new`], and [`McdmError::RaggedRow`] for a row whose length
    /// differs from the first.
    pub fn from_rows<R: AsRef<[f64]>>(
        rows: &[R],
        directions: &[Direction],
    ) -> Result<Self, McdmError> {
        let columns = rows.first().map_or(0, |r| r.as_ref().len());
        let mut values = Vec::with_capacity(rows.len() * columns);
        for (i, row) in rows.iter().enumerate() {
            let row = row.as_ref();
            if row.len() != columns {
                return Err(McdmError::RaggedRow {
                    row: i,
                    expected: columns,
                    found: row.len(),
                });
            }
            values.extend_from_slice(row);
        }
        DecisionMatrix::new(rows.len(), columns, values, directions.to_vec())
    }

    /// Number of alternatives (rows).
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0], [2.0], [3.0]], &[Benefit])?;
    /// assert_eq!(m.alternatives(), 3);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    pub fn alternatives(&self) -> usize {
        self.rows
    }

    /// Number of criteria (columns).
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0]], &[Benefit, Benefit])?;
    /// assert_eq!(m.criteria(), 2);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    pub fn criteria(&self) -> usize {
        self.columns
    }

    /// The value of alternative `row` on criterion `column`.
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0]], &[Benefit, Benefit])?;
    /// assert_eq!(m.value(0, 1), 2.0);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `row` or `column` is out of range (a programmer error).
    pub fn value(&self, row: usize, column: usize) -> f64 {
        assert!(column < self.columns, "column {column} out of range");
        self.values[row * self.columns + column]
    }

    /// The values of one alternative.
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0]], &[Benefit, Benefit])?;
    /// assert_eq!(m.row(0), [1.0, 2.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `row` is out of range (a programmer error).
    pub fn row(&self, row: usize) -> &[f64] {
        &self.values[row * self.columns..(row + 1) * self.columns]
    }

    /// The values of one criterion, alternative by alternative.
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [3.0, 4.0]], &[Benefit, Benefit])?;
    /// assert_eq!(m.column(1).collect::<Vec<_>>(), [2.0, 4.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Panics
    ///
    /// If `column` is out of range (a programmer error).
    pub fn column(&self, column: usize) -> impl Iterator<Item = f64> + '_ {
        assert!(column < self.columns, "column {column} out of range");
        self.values
            .iter()
            .skip(column)
            .step_by(self.columns)
            .copied()
    }

    /// All values, row-major.
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [3.0, 4.0]], &[Benefit, Benefit])?;
    /// assert_eq!(m.values(), [1.0, 2.0, 3.0, 4.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// The direction of each criterion: `HigherIsBetter` for a benefit criterion,
    /// `LowerIsBetter` for a cost criterion.
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0]], &[Benefit, Cost])?;
    /// assert_eq!(m.directions(), [Benefit, Cost]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    pub fn directions(&self) -> &[Direction] {
        &self.directions
    }

    /// The same criteria for the alternatives at `order` (a permutation or a subset).
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::HigherIsBetter as Benefit};
    /// let m = DecisionMatrix::from_rows(&[[1.0], [2.0], [3.0]], &[Benefit])?;
    /// assert_eq!(m.select_rows(&[2, 0])?.values(), [3.0, 1.0]);
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`McdmError::EmptyMatrix`] if `order` is empty.
    ///
    /// # Panics
    ///
    /// If an index in `order` is out of range (a programmer error).
    pub fn select_rows(&self, order: &[usize]) -> Result<Self, McdmError> {
        let mut values = Vec::with_capacity(order.len() * self.columns);
        for &i in order {
            values.extend_from_slice(self.row(i));
        }
        DecisionMatrix::new(order.len(), self.columns, values, self.directions.clone())
    }

    /// The matrix without criterion `column` (for leave-one-criterion-out analyses).
    ///
    /// ```
    /// # use peacekeeping_eval::{DecisionMatrix, Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost}};
    /// let m = DecisionMatrix::from_rows(&[[1.0, 2.0], [3.0, 4.0]], &[Benefit, Cost])?;
    /// let w = m.without_criterion(0)?;
    /// assert_eq!((w.values(), w.directions()), (&[2.0, 4.0][..], &[Cost][..]));
    /// # Ok::<(), peacekeeping_eval::McdmError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`McdmError::EmptyMatrix`] when removing the only criterion.
    ///
    /// # Panics
    ///
    /// If `column` is out of range (a programmer error).
    pub fn without_criterion(&self, column: usize) -> Result<Self, McdmError> {
        assert!(column < self.columns, "column {column} out of range");
        let values = self
            .values
            .iter()
            .enumerate()
            .filter(|(k, _)| k % self.columns != column)
            .map(|(_, v)| *v)
            .collect();
        let mut directions = self.directions.clone();
        directions.remove(column);
        DecisionMatrix::new(self.rows, self.columns - 1, values, directions)
    }

    /// Smallest and largest value of each column.
    pub(crate) fn column_extremes(&self) -> Vec<(f64, f64)> {
        let mut ext = vec![(f64::INFINITY, f64::NEG_INFINITY); self.columns];
        for row in self.values.chunks_exact(self.columns) {
            for (e, &v) in ext.iter_mut().zip(row) {
                e.0 = e.0.min(v);
                e.1 = e.1.max(v);
            }
        }
        ext
    }
}

/// Checks weights against a number of criteria and scales them to sum to 1.
///
/// ```
/// use peacekeeping_eval::normalized_weights;
/// assert_eq!(normalized_weights(&[1.0, 3.0], 2)?, [0.25, 0.75]);
/// assert!(normalized_weights(&[0.0, 0.0], 2).is_err());
/// # Ok::<(), peacekeeping_eval::McdmError>(())
/// ```
///
/// # Errors
///
/// [`McdmError::WeightCount`], [`McdmError::InvalidWeight`] for a negative or non-finite
/// weight, [`McdmError::ZeroWeights`] if they sum to zero.
pub fn normalized_weights(weights: &[f64], criteria: usize) -> Result<Vec<f64>, McdmError> {
    if weights.len() != criteria {
        return Err(McdmError::WeightCount {
            expected: criteria,
            found: weights.len(),
        });
    }
    if let Some((index, &value)) = weights
        .iter()
        .enumerate()
        .find(|(_, w)| !w.is_finite() || **w < 0.0)
    {
        return Err(McdmError::InvalidWeight { index, value });
    }
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 || !sum.is_finite() {
        return Err(McdmError::ZeroWeights);
    }
    Ok(weights.iter().map(|w| w / sum).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_infinite_with_position() {
        let err = DecisionMatrix::new(
            2,
            2,
            vec![1.0, 2.0, f64::INFINITY, 3.0],
            vec![Direction::HigherIsBetter; 2],
        );
        assert!(matches!(
            err,
            Err(McdmError::NonFinite {
                row: 1,
                column: 0,
                ..
            })
        ));
    }

    #[test]
    fn ragged_rows() {
        let rows: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![1.0]];
        assert!(matches!(
            DecisionMatrix::from_rows(&rows, &[Direction::HigherIsBetter; 2]),
            Err(McdmError::RaggedRow { row: 1, .. })
        ));
    }
}
