//! The crate's errors: one type per thing a caller must fix.
//!
//! | type | what went wrong | what to fix |
//! |---|---|---|
//! | [`FrameworkError`] | a framework could not be read, built or written (every [`FrameworkProblem`] at once) | the framework definition |
//! | [`DataError`] | an indicator table, evidence, a decision or pairwise comparison matrix could not be read or built (a CSV file's every [`RowProblem`] at once) | the input data |
//! | [`MethodError`] | a method's parameters are invalid, or the method cannot run on these inputs: the pipeline's steps, aggregation, the multi-criteria methods and weights | the method's parameters, or the choice of method for these data |
//! | [`UncertaintyError`] | an uncertainty or sensitivity analysis could not run: its factors or options, the model it studies, or every replication failing | the analysis |
//!
//! [`Error`] is any of them (or an `IoError` of writing a result), for a caller that
//! wants one type. Every error is `Clone`,
//! `Send` and `Sync`, and names what it concerns (file, line, field, unit, indicator, node,
//! value); an I/O failure is core's `IoError` (the file, whether it was read or written)
//! and keeps its [`std::io::Error`] as its `source()`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use peacekeeping_core::IoError;

/// Any error of this crate: one of the four concerns.
///
/// ```
/// use peacekeeping_eval::{Error, Framework, IndicatorTable};
///
/// fn load() -> Result<(Framework, IndicatorTable), Error> {
///     let framework = Framework::from_toml_str("[[aggregate]]\nid = \"i\"\n[[indicator]]\nid = \"x\"\nparent = \"i\"\n")?;
///     let table = IndicatorTable::from_csv_str("unit,x\na,1\n", "unit")?;
///     Ok((framework, table))
/// }
/// assert!(load().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The framework definition.
    #[error(transparent)]
    Framework(#[from] FrameworkError),
    /// The input data.
    #[error(transparent)]
    Data(#[from] DataError),
    /// A method's parameters or run.
    #[error(transparent)]
    Method(#[from] MethodError),
    /// An uncertainty or sensitivity analysis.
    #[error(transparent)]
    Uncertainty(#[from] UncertaintyError),
    /// Writing a result failed.
    #[error(transparent)]
    Io(#[from] IoError),
}

/// `"path: "` before a message about a file, nothing for text in memory.
struct At<'a>(&'a Option<PathBuf>);

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(path) => write!(f, "{}: ", path.display()),
            None => Ok(()),
        }
    }
}

/// Problems one a line, each indented: `  - {problem}`.
struct List<'a, T>(&'a [T]);

impl<T: fmt::Display> fmt::Display for List<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

/// One problem found while validating a framework: the node, the field, and what is wrong.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Framework, FrameworkError};
///
/// let err = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .aggregate(Aggregate::new("orphan", "Orphan").parent("nowhere"))
///     .build()
///     .unwrap_err();
/// let FrameworkError::Invalid { problems, .. } = err else { panic!() };
/// assert!(problems.iter().any(|p| p.node == "orphan" && p.field == "parent"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FrameworkProblem {
    /// The id of the node concerned (empty for the framework as a whole).
    pub node: String,
    /// The field concerned (`"parent"`, `"weight"`, `"normalization.min"`...).
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl FrameworkProblem {
    pub(crate) fn new(node: &str, field: &'static str, message: String) -> Self {
        FrameworkProblem {
            node: node.to_owned(),
            field,
            message,
        }
    }
}

impl fmt::Display for FrameworkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.node.is_empty() {
            write!(f, "{}: {}", self.field, self.message)
        } else {
            write!(f, "node `{}`, {}: {}", self.node, self.field, self.message)
        }
    }
}

/// Why a framework could not be read, built or written: fix the framework definition.
///
/// ```
/// use peacekeeping_eval::{Framework, FrameworkError};
///
/// let err = Framework::from_toml_str("[[indicator]]\nid = 3").unwrap_err();
/// assert!(matches!(err, FrameworkError::Parse { format: "TOML", .. }));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameworkError {
    /// The text is not valid TOML, JSON or CSV, or does not have the format's shape
    /// (unknown field, wrong type, missing column).
    #[error("{}invalid {format} framework file: {message}", At(.path))]
    Parse {
        /// The file, if the text was read from one.
        path: Option<PathBuf>,
        /// `"TOML"`, `"JSON"` or `"COINr iMeta CSV"`.
        format: &'static str,
        /// The parser's message, with line and column where it gives them.
        message: String,
    },
    /// The framework's content is invalid: every problem found, in node order.
    #[error("{}invalid framework, {} problem(s):\n{}", At(.path), .problems.len(), List(.problems))]
    Invalid {
        /// The file, if the framework was read from one.
        path: Option<PathBuf>,
        /// Every problem.
        problems: Vec<FrameworkProblem>,
    },
    /// Writing the framework as TOML failed.
    #[error("cannot write the framework as TOML: {0}")]
    Write(String),
    /// The file could not be read.
    #[error(transparent)]
    Io(IoError),
}

impl FrameworkError {
    /// The same error, naming the file its text was read from.
    pub(crate) fn in_file(self, file: &Path) -> Self {
        match self {
            FrameworkError::Parse {
                format, message, ..
            } => FrameworkError::Parse {
                path: Some(file.to_path_buf()),
                format,
                message,
            },
            FrameworkError::Invalid { problems, .. } => FrameworkError::Invalid {
                path: Some(file.to_path_buf()),
                problems,
            },
            other => other,
        }
    }
}

/// One problem with a row of a CSV file: its line, its field, and what is wrong.
///
/// ```
/// use peacekeeping_eval::Evidence;
///
/// let csv = "unit,indicator,value,date,source,reliability\nu1,x,abc,,field-survey,B\n";
/// let read = Evidence::from_csv_str(csv, &[]);
/// assert_eq!(read.report.problems[0].line, 2);
/// assert_eq!(read.report.problems[0].field, "value");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RowProblem {
    /// The line (1-based) the record starts on.
    pub line: usize,
    /// The field (column name), `"row"` for the record as a whole, `"header"` for the
    /// header line.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl RowProblem {
    pub(crate) fn new(line: usize, field: &str, message: String) -> Self {
        RowProblem {
            line,
            field: field.to_owned(),
            message,
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, {}: {}", self.line, self.field, self.message)
    }
}

/// Why input data could not be read or built: fix the data. Indicator tables and
/// evidence name the unit and the column; decision and pairwise comparison matrices the
/// row and the column (0-based).
///
/// ```
/// use peacekeeping_eval::{DataError, IndicatorTable};
///
/// let err = IndicatorTable::new(["A", "A"]).unwrap_err();
/// assert_eq!(err, DataError::DuplicateUnit { unit: "A".into() });
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// A unit id appears twice in a table.
    #[error("duplicate unit `{unit}`")]
    DuplicateUnit {
        /// The unit id.
        unit: String,
    },
    /// A column does not have one value per unit.
    #[error("column `{column}` has {got} values for {expected} units")]
    Length {
        /// The column.
        column: String,
        /// Number of units.
        expected: usize,
        /// Number of values given.
        got: usize,
    },
    /// A value of a table's column, or of an observation, is NaN or infinite (a missing
    /// value is `None`, never NaN).
    #[error("unit `{unit}`, `{column}`: value {value} is not finite")]
    NotFinite {
        /// The unit.
        unit: String,
        /// The table's column, or the observation's indicator.
        column: String,
        /// The value.
        value: f64,
    },
    /// An observation has an empty (or blank) unit or indicator id; the message names
    /// the empty one, and the other id if it has one.
    #[error("{}", empty_id_message(unit, indicator))]
    EmptyId {
        /// The unit id as given.
        unit: String,
        /// The indicator id as given.
        indicator: String,
    },
    /// An ordinal scale is invalid (no levels, duplicate labels, non-finite values).
    #[error("scale `{scale}`: {message}")]
    Scale {
        /// The scale's name.
        scale: String,
        /// What is wrong.
        message: String,
    },
    /// A CSV table is malformed: every problem, each with its line and field.
    #[error("{}invalid CSV table, {} problem(s):\n{}", At(.path), .problems.len(), List(.problems))]
    Csv {
        /// The file, if the table was read from one.
        path: Option<PathBuf>,
        /// Every problem, in line order.
        problems: Vec<RowProblem>,
    },
    /// A text is none of the spellings of a [`Direction`](crate::Direction).
    #[error(
        "unknown direction `{input}`, expected higher, benefit, max, +, 1, lower, cost, min, - or -1"
    )]
    UnknownDirection {
        /// The text.
        input: String,
    },
    /// A matrix has no row or no column.
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
    /// A value of a decision matrix is NaN or infinite.
    #[error("value at row {row}, column {column} is not finite ({value})")]
    MatrixNotFinite {
        /// Zero-based row (alternative) index.
        row: usize,
        /// Zero-based column (criterion) index.
        column: usize,
        /// The offending value.
        value: f64,
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
    /// A file or reader could not be read.
    #[error(transparent)]
    Io(IoError),
}

/// The message of [`DataError::EmptyId`]: which id is empty, and the other one.
fn empty_id_message(unit: &str, indicator: &str) -> String {
    match (unit.trim().is_empty(), indicator.trim().is_empty()) {
        (true, true) => "observation with an empty unit id and an empty indicator id".to_owned(),
        (true, false) => format!("observation of indicator `{indicator}` with an empty unit id"),
        _ => format!("observation of unit `{unit}` with an empty indicator id"),
    }
}

/// Why a method could not run: its parameters are invalid, or it cannot take these
/// inputs. The pipeline's errors name the step, indicator, node and unit; the
/// multi-criteria methods' the row and column (0-based) of the decision matrix.
///
/// ```
/// use peacekeeping_eval::{builtin, IndicatorTable, MethodError, Pipeline};
///
/// let fw = builtin::partnership_effectiveness()?;
/// let table = IndicatorTable::new(["p1"])?;
/// let err = Pipeline::new().run(&fw, &table).unwrap_err();
/// assert!(matches!(err, MethodError::MissingColumn { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum MethodError {
    /// A step's or method's parameter is invalid.
    #[error("{step}: {message}")]
    Parameter {
        /// The step or method (`"screening"`, `"normalization"`, `"fusion"`...).
        step: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A numeric parameter is out of its range.
    #[error("parameter {name} = {value} is invalid: {reason}")]
    OutOfRange {
        /// Parameter name.
        name: &'static str,
        /// The offending value.
        value: f64,
        /// What it must be.
        reason: &'static str,
    },
    /// The table has no column for an indicator (or a denominator, or a group).
    #[error("the table has no {kind} column `{column}`")]
    MissingColumn {
        /// `"indicator"`, `"denominator"` or `"group"`.
        kind: &'static str,
        /// The column's name.
        column: String,
    },
    /// A value is outside the domain of its indicator's transform (`ln` of a value <= 0).
    #[error(
        "indicator `{indicator}`, unit `{unit}`: value {value} is outside the transform's domain"
    )]
    TransformDomain {
        /// The indicator.
        indicator: String,
        /// The unit.
        unit: String,
        /// The value.
        value: f64,
    },
    /// A goalpost or target of a normalization is outside the domain of the indicator's
    /// transform (a goalpost min of 0 under `ln`): a pipeline's default normalization or
    /// an uncertainty factor's, which a framework cannot check against its indicators.
    #[error("indicator `{indicator}`: {parameter} {value} is outside the transform's domain")]
    ParameterDomain {
        /// The indicator.
        indicator: String,
        /// `"goalpost min"`, `"goalpost max"` or `"target"`.
        parameter: &'static str,
        /// The value.
        value: f64,
    },
    /// A distance-to-reference normalization cannot be computed.
    #[error("indicator `{indicator}`: the reference ({reference}) {reason}")]
    Reference {
        /// The indicator.
        indicator: String,
        /// The reference concerned (`unit FRA`, `median`), or the unit whose value fails.
        reference: String,
        /// What is wrong.
        reason: &'static str,
    },
    /// Normalizing an indicator overflowed (values so far apart, e.g. `±1e308`, that
    /// their range is not a finite number).
    #[error("indicator `{indicator}`: normalization overflowed (values too far apart)")]
    NormalizationOverflow {
        /// The indicator.
        indicator: String,
    },
    /// No unit is left to score (after screening).
    #[error("no unit to score{0}")]
    NoUnits(String),
    /// An aggregate could not combine its children for a unit (e.g. a negative value
    /// under a geometric mean): `source` says why.
    #[error("aggregate `{node}`, unit `{unit}`: {source}")]
    Aggregation {
        /// The aggregate.
        node: String,
        /// The unit.
        unit: String,
        /// Why: one of the errors of [`Aggregation::combine`](crate::Aggregation::combine).
        source: Box<MethodError>,
    },
    /// Values and weights to aggregate have different lengths.
    #[error("{values} values but {weights} weights")]
    AggregationLength {
        /// Number of values.
        values: usize,
        /// Number of weights.
        weights: usize,
    },
    /// No child has a positive weight.
    #[error("nothing to aggregate: no value with a positive weight")]
    NothingToAggregate,
    /// A value or weight to aggregate is NaN or infinite, or a weight is negative.
    #[error("value {value} with weight {weight}: values and weights must be finite, weights >= 0")]
    AggregationNotFinite {
        /// The value.
        value: f64,
        /// Its weight.
        weight: f64,
    },
    /// A negative value under a mean that cannot take it.
    #[error("negative value {value} under a {method} mean")]
    NegativeUnderMean {
        /// The aggregation method.
        method: &'static str,
        /// The offending value.
        value: f64,
    },
    /// The method compares units with each other ([`Aggregation::Copeland`](crate::Aggregation::Copeland)):
    /// it has no value for one unit's children alone. The [`Pipeline`](crate::Pipeline)
    /// computes it over all the units scored at a node.
    #[error(
        "the {method} aggregation compares units with each other: it has no value for one unit alone"
    )]
    AcrossUnits {
        /// The aggregation method.
        method: &'static str,
    },
    /// A mean overflowed.
    #[error("the {method} mean overflowed")]
    MeanOverflow {
        /// The aggregation method.
        method: &'static str,
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
    /// Two rankings cannot be compared by the measure: different lengths, fewer than two
    /// items, a value that is not finite, or the measure undefined for them (a constant
    /// ranking under Spearman's rho, no comparable pair under Goodman and Kruskal's gamma).
    #[error("{measure}: {reason}")]
    Comparison {
        /// The measure.
        measure: &'static str,
        /// What is wrong.
        reason: String,
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
    /// No criterion to weigh (zero criteria, an empty weight list).
    #[error("no criterion to weigh")]
    NoCriteria,
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
    /// A PROMETHEE preference function has invalid thresholds or the wrong count.
    #[error("preference function of criterion {criterion}: {reason}")]
    InvalidPreference {
        /// Zero-based criterion index.
        criterion: usize,
        /// What is wrong.
        reason: String,
    },
    /// The power iteration of AHP did not converge.
    #[error("principal eigenvector did not converge in {iterations} iterations")]
    NoConvergence {
        /// Iterations run.
        iterations: usize,
    },
}

/// Why an uncertainty or sensitivity analysis could not run, or why one of its
/// configurations failed ([`ReplicationFailure::error`]): its factors or options, the
/// model studied, or every replication failing.
///
/// ```
/// use peacekeeping_eval::*;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .build()?;
/// let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
/// let err = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::normalization("normalization", []))
///     .run(100, 1)
///     .unwrap_err();
/// assert_eq!(err, UncertaintyError::NoAlternatives { factor: "normalization".into() });
/// let e = UncertaintyError::Unscored { unit: "unit-1".into() };
/// assert_eq!(e.to_string(), "unit `unit-1` has no index score");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum UncertaintyError {
    /// The analysis has no factor.
    #[error("the analysis has no uncertain factor")]
    NoFactors,
    /// Two factors have the same name.
    #[error("two factors are named `{factor}`")]
    DuplicateFactor {
        /// The name.
        factor: String,
    },
    /// A choice has no alternative.
    #[error("factor `{factor}` has no alternative")]
    NoAlternatives {
        /// The factor.
        factor: String,
    },
    /// An alternative is invalid (e.g. a min-max range with low >= high).
    #[error("factor `{factor}`, alternative {alternative}: {message}")]
    InvalidAlternative {
        /// The factor.
        factor: String,
        /// The alternative (0-based).
        alternative: usize,
        /// What is wrong.
        message: String,
    },
    /// A noise parameter is out of range.
    #[error("factor `{factor}`: noise parameter {value}: {reason}")]
    Noise {
        /// The factor.
        factor: String,
        /// The parameter.
        value: f64,
        /// Its valid range.
        reason: &'static str,
    },
    /// A scope names a node the framework does not have.
    #[error("factor `{factor}`: the framework has no node `{node}`")]
    UnknownNode {
        /// The factor.
        factor: String,
        /// The node.
        node: String,
    },
    /// A scope selects nothing the factor can act on (no aggregate at that depth, an
    /// indicator under an aggregation factor, the root's weight).
    #[error("factor `{factor}`: {reason}")]
    Scope {
        /// The factor.
        factor: String,
        /// What is wrong.
        reason: String,
    },
    /// Two factors set the same thing (the imputation, the normalization, a node's
    /// aggregation or weight).
    #[error("factors `{first}` and `{second}` both set {what}")]
    Overlap {
        /// The first factor.
        first: String,
        /// The second factor.
        second: String,
        /// What they both set.
        what: String,
    },
    /// Too few replications, Sobol samples or inputs, or no unit.
    #[error("{name} must be at least {least}, got {value}")]
    TooFew {
        /// `"replications"`, `"samples"`, `"complete sample rows"`, `"inputs"` or
        /// `"units"`.
        name: &'static str,
        /// The least valid number.
        least: usize,
        /// The number given.
        value: usize,
    },
    /// The distribution of a model input under Sobol analysis is invalid.
    #[error("distribution of input {input} is invalid: {reason}")]
    InvalidDistribution {
        /// Zero-based input index.
        input: usize,
        /// What it must be.
        reason: &'static str,
    },
    /// The nominal configuration (the pipeline as given) fails.
    #[error("the nominal configuration fails: {0}")]
    Nominal(MethodError),
    /// The nominal configuration scores no unit on the index, so there is nothing to rank.
    #[error("the nominal configuration scores no unit on the index")]
    NothingToRank,
    /// A configuration of the pipeline fails at one of its steps (e.g. a negative
    /// z-score under a geometric mean).
    #[error(transparent)]
    Pipeline(MethodError),
    /// A unit ranked by the nominal configuration has no index score in a configuration.
    #[error("unit `{unit}` has no index score")]
    Unscored {
        /// The unit.
        unit: String,
    },
    /// Leaving an indicator out fails (e.g. leaves a ranked unit without a score).
    #[error("without indicator `{indicator}`: {source}")]
    LeaveOneOut {
        /// The indicator left out.
        indicator: String,
        /// Why the configuration without it fails.
        source: Box<UncertaintyError>,
    },
    /// Every replication (or every Sobol sample row) failed; the first failure.
    #[error("every one of {runs} runs failed; run {}: {}", first.replication, first.error)]
    AllFailed {
        /// The number of runs.
        runs: usize,
        /// The failure with the lowest index.
        first: Box<ReplicationFailure>,
    },
    /// A model studied returned NaN or infinity.
    #[error("{}: output {output} is not finite ({value})", Run(.run))]
    NonFiniteOutput {
        /// Zero-based run: the replication, the left-out item or the Sobol sample row;
        /// `None` for the nominal scores.
        run: Option<usize>,
        /// Zero-based output: the unit, or in a Sobol row the evaluation (0 for A, 1 for
        /// B, 2 + i for A_B⁽ⁱ⁾).
        output: usize,
        /// The offending value.
        value: f64,
    },
    /// A model studied returned the wrong number of scores.
    #[error("{}: {found} scores, expected {expected}", Run(.run))]
    OutputCount {
        /// Zero-based run (`None` for the nominal scores).
        run: Option<usize>,
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
    /// A model studied failed: its own error, with the run.
    #[error(transparent)]
    Model(ModelError),
}

/// `"the nominal scores"` or `"run {r}"`.
struct Run<'a>(&'a Option<usize>);

impl fmt::Display for Run<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(run) => write!(f, "run {run}"),
            None => f.write_str("the nominal scores"),
        }
    }
}

/// The error a caller's model returned ([`rank_distribution`](crate::rank_distribution),
/// [`leave_one_out`](crate::leave_one_out)), with the run it failed at; the model's
/// error is kept, shared, as this error's `source()`.
///
/// ```
/// use std::error::Error as _;
/// use peacekeeping_eval::{rank_distribution, MonteCarloOptions, UncertaintyError};
///
/// let err = rank_distribution(&[1.0, 2.0], MonteCarloOptions::new(10, 0), |draw| {
///     if draw.index() == 7 { Err("boom") } else { Ok(vec![1.0, 2.0]) }
/// })
/// .unwrap_err();
/// let UncertaintyError::Model(model) = &err else { panic!("{err}") };
/// assert_eq!(model.run(), 7);
/// assert_eq!(err.source().map(ToString::to_string).as_deref(), Some("boom"));
/// ```
#[derive(Debug, Clone)]
pub struct ModelError {
    run: usize,
    source: Arc<dyn std::error::Error + Send + Sync>,
}

impl ModelError {
    pub(crate) fn new(
        run: usize,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        ModelError {
            run,
            source: Arc::from(source.into()),
        }
    }

    /// The zero-based run the model failed at: the replication, or the left-out item.
    ///
    /// ```
    /// # use peacekeeping_eval::{leave_one_out, UncertaintyError};
    /// let err = leave_one_out(&[1.0, 2.0], 3, |i| if i == 2 { Err("no") } else { Ok(vec![0.0, 1.0]) }).unwrap_err();
    /// let UncertaintyError::Model(model) = err else { panic!() };
    /// assert_eq!(model.run(), 2);
    /// ```
    #[must_use]
    pub fn run(&self) -> usize {
        self.run
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the model failed at run {}: {}", self.run, self.source)
    }
}

impl std::error::Error for ModelError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// Two model errors are equal if at the same run with the same message.
impl PartialEq for ModelError {
    fn eq(&self, other: &Self) -> bool {
        self.run == other.run
            && (Arc::ptr_eq(&self.source, &other.source)
                || self.source.to_string() == other.source.to_string())
    }
}

/// A configuration of an uncertainty analysis that failed: which run, with which
/// choices, and why. It is left out of the results and listed, never turned into a rank.
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("i", "I").method(Aggregation::Geometric))
/// #     .indicator(Indicator::new("x", "X").parent("i"))
/// #     .build()?;
/// # let table = IndicatorTable::new(["a", "b", "c"])?
/// #     .with_column("x", vec![Some(1.0), Some(2.0), Some(4.0)])?;
/// // z-scores are negative for units below the mean: a geometric mean cannot take them.
/// let result = Uncertainty::new(&fw, &table, Pipeline::new())
///     .factor(Factor::normalization("normalization", [
///         Normalization::min_max_100(),
///         Normalization::ZScore { mean: 0.0, sd: 1.0 },
///     ]))
///     .run(200, 3)?;
/// let failure = &result.failures()[0];
/// assert_eq!(failure.choices, [Some(1)]);
/// assert!(matches!(failure.error, UncertaintyError::Pipeline(MethodError::Aggregation { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReplicationFailure {
    /// The replication (or Sobol sample row).
    pub replication: usize,
    /// The alternative drawn for each factor (`None` for weight noise). For a Sobol row,
    /// the choices of the configuration that failed.
    pub choices: Vec<Option<usize>>,
    /// Why it failed: [`UncertaintyError::Pipeline`], [`UncertaintyError::Unscored`], or
    /// unusable scores.
    pub error: UncertaintyError,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shareable<T: std::error::Error + Clone + Send + Sync + 'static>() {}

    /// Every error can be cloned, sent and shared between threads, as the conventions ask.
    #[test]
    fn every_error_is_clone_send_sync_and_static() {
        shareable::<Error>();
        shareable::<FrameworkError>();
        shareable::<DataError>();
        shareable::<MethodError>();
        shareable::<UncertaintyError>();
        shareable::<IoError>();
        shareable::<ModelError>();
    }

    /// An I/O error keeps its `std::io::Error` (kind and message) as its source, through
    /// the error that wraps it.
    #[test]
    fn io_errors_keep_their_source() {
        use std::error::Error as _;
        let io = IoError::new(
            peacekeeping_core::IoAccess::Read,
            Some(Path::new("data.csv")),
            std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"),
        );
        let err = Error::from(DataError::Io(io.clone()));
        let source = err
            .source()
            .and_then(|s| s.downcast_ref::<std::io::Error>());
        assert_eq!(
            source.map(std::io::Error::kind),
            Some(std::io::ErrorKind::PermissionDenied)
        );
        assert_eq!(err.to_string(), "data.csv: cannot read: denied");
        assert_eq!(DataError::Io(io.clone()), DataError::Io(io));
    }
}
