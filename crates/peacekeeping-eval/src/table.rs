//! The data a framework is scored on: units x columns of numbers (indicators and
//! denominators), plus text columns used as groups (for group imputation).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::csv_reader;
use crate::error::{DataError, RowProblem};
use crate::io;

/// Units x numeric columns (indicators, denominators) with missing values as `None`, and
/// text columns (groups).
///
/// ```
/// use peacekeeping_eval::IndicatorTable;
///
/// let table = IndicatorTable::new(["NOR", "CHE"])?
///     .with_column("le", vec![Some(83.4), Some(84.3)])?
///     .with_group("region", vec![Some("Europe".into()), Some("Europe".into())])?;
/// assert_eq!(table.value("le", "CHE"), Some(84.3));
/// # Ok::<(), peacekeeping_eval::DataError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct IndicatorTable {
    units: Vec<String>,
    columns: BTreeMap<String, Vec<Option<f64>>>,
    groups: BTreeMap<String, Vec<Option<String>>>,
}

impl IndicatorTable {
    /// A table of these units and no columns.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a", "b"])?;
    /// assert_eq!(t.units().len(), 2);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::DuplicateUnit`] if a unit id appears twice.
    pub fn new<I, S>(units: I) -> Result<Self, DataError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let units: Vec<String> = units.into_iter().map(Into::into).collect();
        let mut seen = std::collections::BTreeSet::new();
        for u in &units {
            if !seen.insert(u.as_str()) {
                return Err(DataError::DuplicateUnit { unit: u.clone() });
            }
        }
        Ok(IndicatorTable {
            units,
            ..IndicatorTable::default()
        })
    }

    /// [`DataError::Length`] unless a column of `len` values fits the units.
    fn check_length(&self, column: &str, len: usize) -> Result<(), DataError> {
        if len == self.units.len() {
            return Ok(());
        }
        Err(DataError::Length {
            column: column.to_owned(),
            expected: self.units.len(),
            got: len,
        })
    }

    /// Adds (or replaces) a numeric column, one value per unit.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?.with_column("x", vec![None])?;
    /// assert_eq!(t.value("x", "a"), None);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Length`] if the length differs from the number of units;
    /// [`DataError::NotFinite`] for a NaN or infinite value.
    pub fn with_column(
        mut self,
        name: impl Into<String>,
        values: Vec<Option<f64>>,
    ) -> Result<Self, DataError> {
        let name = name.into();
        self.check_length(&name, values.len())?;
        for (unit, v) in self.units.iter().zip(&values) {
            if let Some(v) = v.filter(|v| !v.is_finite()) {
                return Err(DataError::NotFinite {
                    unit: unit.clone(),
                    column: name,
                    value: v,
                });
            }
        }
        self.columns.insert(name, values);
        Ok(self)
    }

    /// Adds (or replaces) a text column used as a group.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?.with_group("g", vec![None])?;
    /// assert!(t.group("g").is_some());
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Length`] if the length differs from the number of units.
    pub fn with_group(
        mut self,
        name: impl Into<String>,
        values: Vec<Option<String>>,
    ) -> Result<Self, DataError> {
        let name = name.into();
        self.check_length(&name, values.len())?;
        self.groups.insert(name, values);
        Ok(self)
    }

    /// Reads a wide CSV table: one row per unit, a header naming the columns. The column
    /// `unit_column` holds the unit ids; every other column is numeric if all its
    /// non-missing cells parse as numbers, else a group column. Empty cells and `NA`,
    /// `NaN`, `..`, `n/a` are missing.
    ///
    /// ```
    /// use peacekeeping_eval::IndicatorTable;
    ///
    /// let csv = "iso3,le,region\nNOR,83.4,EU\nAFG,,SA\n";
    /// let t = IndicatorTable::read_csv(csv.as_bytes(), "iso3")?;
    /// assert_eq!(t.value("le", "NOR"), Some(83.4));
    /// assert_eq!(t.value("le", "AFG"), None);
    /// assert!(t.group("region").is_some());
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Io`] if the reader fails; [`DataError::Csv`] listing every problem
    /// (line and field): no header, no unit column, rows of the wrong length, invalid
    /// UTF-8, empty or duplicate unit ids, infinite numbers.
    pub fn read_csv(reader: impl Read, unit_column: &str) -> Result<Self, DataError> {
        let bytes = io::read_bytes(reader).map_err(DataError::Io)?;
        Self::parse_csv(&bytes, unit_column, None)
    }

    /// Reads a wide CSV file, as [`IndicatorTable::read_csv`]; its errors name the file.
    ///
    /// ```
    /// # use peacekeeping_eval::{DataError, IndicatorTable};
    /// let err = IndicatorTable::read_csv_file("missing.csv", "unit").unwrap_err();
    /// assert!(matches!(err, DataError::Io(_)));
    /// ```
    ///
    /// # Errors
    /// As [`IndicatorTable::read_csv`], with the file's path.
    pub fn read_csv_file(path: impl AsRef<Path>, unit_column: &str) -> Result<Self, DataError> {
        let path = path.as_ref();
        let bytes = io::read_file(path).map_err(DataError::Io)?;
        Self::parse_csv(&bytes, unit_column, Some(path))
    }

    /// Reads a wide CSV table from text in memory, as [`IndicatorTable::read_csv`].
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::from_csv_str("unit,x\na,1\nb,2\n", "unit")?;
    /// assert_eq!(t.column("x"), Some(&[Some(1.0), Some(2.0)][..]));
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Csv`], as [`IndicatorTable::read_csv`].
    pub fn from_csv_str(text: &str, unit_column: &str) -> Result<Self, DataError> {
        Self::parse_csv(text.as_bytes(), unit_column, None)
    }

    fn parse_csv(bytes: &[u8], unit_column: &str, path: Option<&Path>) -> Result<Self, DataError> {
        let csv_error = |mut problems: Vec<RowProblem>| {
            problems.sort_by_key(|p| p.line);
            DataError::Csv {
                path: path.map(Path::to_path_buf),
                problems,
            }
        };
        let (header, records) = csv_reader::with_header(bytes).map_err(|p| csv_error(vec![p]))?;
        let Some(unit_at) = header.iter().position(|h| h.trim() == unit_column) else {
            return Err(csv_error(vec![RowProblem::new(
                1,
                "header",
                format!("no column `{unit_column}`"),
            )]));
        };
        let mut problems = Vec::new();
        let mut units = Vec::new();
        let mut lines = Vec::new();
        let mut cells: Vec<Vec<String>> = vec![Vec::new(); header.len()];
        let mut seen = std::collections::BTreeSet::new();
        for record in records {
            let line = record.line;
            let fields = match record.fields {
                Ok(f) => f,
                Err(e) => {
                    problems.push(RowProblem::new(line, "row", e));
                    continue;
                }
            };
            if fields.len() != header.len() {
                problems.push(RowProblem::new(
                    line,
                    "row",
                    format!("{} fields, the header has {}", fields.len(), header.len()),
                ));
                continue;
            }
            let unit = fields[unit_at].trim().to_owned();
            if unit.is_empty() {
                problems.push(RowProblem::new(
                    line,
                    unit_column,
                    "empty unit id".to_owned(),
                ));
                continue;
            }
            if !seen.insert(unit.clone()) {
                problems.push(RowProblem::new(
                    line,
                    unit_column,
                    format!("duplicate unit `{unit}`"),
                ));
                continue;
            }
            units.push(unit);
            lines.push(line);
            for (column, field) in cells.iter_mut().zip(fields) {
                column.push(field);
            }
        }
        let mut table = IndicatorTable {
            units,
            ..IndicatorTable::default()
        };
        for (k, (name, column)) in header.iter().zip(cells).enumerate() {
            if k == unit_at {
                continue;
            }
            let name = name.trim().to_owned();
            let parsed: Option<Vec<Option<f64>>> = column
                .iter()
                .map(|c| {
                    let c = c.trim();
                    if is_missing(c) {
                        Some(None)
                    } else {
                        c.parse::<f64>().ok().map(Some)
                    }
                })
                .collect();
            match parsed {
                Some(values) => {
                    for (&line, v) in lines.iter().zip(&values) {
                        if let Some(v) = v.filter(|v| !v.is_finite()) {
                            problems.push(RowProblem::new(
                                line,
                                &name,
                                format!("value {v} is not finite"),
                            ));
                        }
                    }
                    table.columns.insert(name, values);
                }
                None => {
                    let values = column
                        .into_iter()
                        .map(|c| {
                            let c = c.trim();
                            (!c.is_empty()).then(|| c.to_owned())
                        })
                        .collect();
                    table.groups.insert(name, values);
                }
            }
        }
        if problems.is_empty() {
            Ok(table)
        } else {
            Err(csv_error(problems))
        }
    }

    /// The unit ids, in row order.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a", "b"])?;
    /// assert_eq!(t.units(), ["a", "b"]);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// A numeric column.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?.with_column("x", vec![Some(1.0)])?;
    /// assert_eq!(t.column("x"), Some(&[Some(1.0)][..]));
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    #[must_use]
    pub fn column(&self, name: &str) -> Option<&[Option<f64>]> {
        self.columns.get(name).map(Vec::as_slice)
    }

    /// The names of the numeric columns.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?.with_column("x", vec![None])?;
    /// assert_eq!(t.column_names().collect::<Vec<_>>(), ["x"]);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    pub fn column_names(&self) -> impl Iterator<Item = &str> {
        self.columns.keys().map(String::as_str)
    }

    /// A group (text) column.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?
    ///     .with_group("g", vec![Some("x".into())])?;
    /// assert_eq!(t.group("g").map(|g| g[0].as_deref()), Some(Some("x")));
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    #[must_use]
    pub fn group(&self, name: &str) -> Option<&[Option<String>]> {
        self.groups.get(name).map(Vec::as_slice)
    }

    /// One value.
    ///
    /// ```
    /// let t = peacekeeping_eval::IndicatorTable::new(["a"])?.with_column("x", vec![Some(2.0)])?;
    /// assert_eq!(t.value("x", "a"), Some(2.0));
    /// assert_eq!(t.value("x", "zz"), None);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    #[must_use]
    pub fn value(&self, column: &str, unit: &str) -> Option<f64> {
        let row = self.units.iter().position(|u| u == unit)?;
        self.columns.get(column)?.get(row).copied().flatten()
    }
}

fn is_missing(cell: &str) -> bool {
    matches!(cell, "" | "NA" | "NaN" | "nan" | ".." | "n/a" | "N/A")
}
