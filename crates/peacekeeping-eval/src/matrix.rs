//! The flat decision matrix of multi-criteria ranking.
//!
//! A [`DecisionMatrix`] holds one row per alternative (a partnership, a mission, an actor)
//! and one column per criterion, each criterion a benefit ([`Direction::HigherIsBetter`])
//! or a cost ([`Direction::LowerIsBetter`]) criterion. It is validated once, at
//! construction: every value is finite, so no method downstream ever sees a NaN or an
//! infinity ([`DataError`] otherwise, naming the cell). Methods that cannot take some
//! values (zeros or negatives under a product, constant columns under CRITIC) return a
//! [`MethodError`] naming the cell or the column.

use crate::direction::Direction;
use crate::error::{DataError, MethodError};

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
/// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DataError::EmptyMatrix`], [`DataError::ShapeMismatch`],
    /// [`DataError::DirectionCount`], or [`DataError::MatrixNotFinite`] naming the first
    /// non-finite cell in row-major order.
    pub fn new(
        rows: usize,
        columns: usize,
        values: Vec<f64>,
        directions: Vec<Direction>,
    ) -> Result<Self, DataError> {
        if rows == 0 || columns == 0 {
            return Err(DataError::EmptyMatrix { rows, columns });
        }
        if rows.checked_mul(columns) != Some(values.len()) {
            return Err(DataError::ShapeMismatch {
                rows,
                columns,
                values: values.len(),
            });
        }
        if directions.len() != columns {
            return Err(DataError::DirectionCount {
                expected: columns,
                found: directions.len(),
            });
        }
        if let Some(at) = values.iter().position(|v| !v.is_finite()) {
            return Err(DataError::MatrixNotFinite {
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`DecisionMatrix::new`], and [`DataError::RaggedRow`] for a row whose length
    /// differs from the first.
    pub fn from_rows<R: AsRef<[f64]>>(
        rows: &[R],
        directions: &[Direction],
    ) -> Result<Self, DataError> {
        let columns = rows.first().map_or(0, |r| r.as_ref().len());
        let mut values = Vec::with_capacity(rows.len() * columns);
        for (i, row) in rows.iter().enumerate() {
            let row = row.as_ref();
            if row.len() != columns {
                return Err(DataError::RaggedRow {
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DataError::EmptyMatrix`] if `order` is empty.
    ///
    /// # Panics
    ///
    /// If an index in `order` is out of range (a programmer error).
    pub fn select_rows(&self, order: &[usize]) -> Result<Self, DataError> {
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
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DataError::EmptyMatrix`] when removing the only criterion.
    ///
    /// # Panics
    ///
    /// If `column` is out of range (a programmer error).
    pub fn without_criterion(&self, column: usize) -> Result<Self, DataError> {
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

    /// The first cell at or below zero, as the error of `method`, which needs positive
    /// values.
    pub(crate) fn require_positive(&self, method: &'static str) -> Result<(), MethodError> {
        match self.values.iter().position(|&x| x <= 0.0) {
            Some(k) => Err(MethodError::NotPositive {
                row: k / self.columns,
                column: k % self.columns,
                value: self.values[k],
                method,
            }),
            None => Ok(()),
        }
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
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`MethodError::WeightCount`], [`MethodError::InvalidWeight`] for a negative or non-finite
/// weight, [`MethodError::ZeroWeights`] if they sum to zero.
pub fn normalized_weights(weights: &[f64], criteria: usize) -> Result<Vec<f64>, MethodError> {
    if weights.len() != criteria {
        return Err(MethodError::WeightCount {
            expected: criteria,
            found: weights.len(),
        });
    }
    if let Some((index, &value)) = weights
        .iter()
        .enumerate()
        .find(|(_, w)| !w.is_finite() || **w < 0.0)
    {
        return Err(MethodError::InvalidWeight { index, value });
    }
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 || !sum.is_finite() {
        return Err(MethodError::ZeroWeights);
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
            Err(DataError::MatrixNotFinite {
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
            Err(DataError::RaggedRow { row: 1, .. })
        ));
    }
}
