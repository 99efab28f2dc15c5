//! Evidence: dated observations of indicators for units, each from a kind of source with
//! a reliability grade, fused into one value per unit and indicator.
//!
//! Several observations of one indicator for one unit are fused by the
//! **reliability-weighted mean** `Σ wᵢ xᵢ / Σ wᵢ`, with `wᵢ` the weight of observation
//! `i`'s reliability grade ([`ReliabilityWeights`], user-visible and changeable). Each fused
//! value reports how many observations it rests on, their weighted spread, and its
//! *confidence*: the mean reliability weight of those observations (1 = all graded A).
//! Qualitative answers (Likert 1-5, ordinal categories) become numbers only through an
//! explicit [`OrdinalScale`] attached to the indicator.

use std::collections::BTreeMap;
use std::fmt;

use peacekeeping_core::{Date, Reliability, SourceKind};

mod dataset;
mod outcomes;

pub use dataset::{DATASET_INDICATORS, DatasetEvidence, DatasetReport, Gap, NotComputed};

use std::io::Read;
use std::path::Path;

use crate::csv_reader;
use crate::error::{DataError, MethodError, RowProblem};
use crate::framework::Framework;
use crate::io;
use crate::pipeline::PanelFill;
use crate::table::IndicatorTable;

/// One observation: a unit's value on an indicator, from a kind of source, with a
/// reliability grade and an optional date.
///
/// ```
/// use peacekeeping_core::{Date, Reliability, SourceKind};
/// use peacekeeping_eval::Observation;
///
/// let o = Observation::new("au-un-somalia", "population-confidence", 58.0,
///         SourceKind::FieldSurvey, Reliability::UsuallyReliable)?
///     .on(Date::new(2019, 6, 30)?);
/// assert_eq!(o.value, 58.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Observation {
    /// The unit observed (a partnership, mission or actor id).
    pub unit: String,
    /// The indicator id.
    pub indicator: String,
    /// The value, in the indicator's unit (qualitative answers already mapped).
    pub value: f64,
    /// When it was observed.
    pub date: Option<Date>,
    /// What kind of source it comes from.
    pub source: SourceKind,
    /// How reliable the source is.
    pub reliability: Reliability,
}

impl Observation {
    /// An undated observation.
    ///
    /// ```
    /// use peacekeeping_core::{Reliability, SourceKind};
    /// use peacekeeping_eval::Observation;
    ///
    /// assert!(Observation::new("u", "i", f64::NAN, SourceKind::Media, Reliability::Unreliable)
    ///     .is_err());
    /// ```
    ///
    /// # Errors
    /// [`DataError::NotFinite`] for a NaN or infinite value, [`DataError::EmptyId`]
    /// for an empty (or blank) unit or indicator id.
    pub fn new(
        unit: impl Into<String>,
        indicator: impl Into<String>,
        value: f64,
        source: SourceKind,
        reliability: Reliability,
    ) -> Result<Self, DataError> {
        let (unit, indicator) = (unit.into(), indicator.into());
        if unit.trim().is_empty() || indicator.trim().is_empty() {
            return Err(DataError::EmptyId { unit, indicator });
        }
        if !value.is_finite() {
            return Err(DataError::NotFinite {
                unit,
                column: indicator,
                value,
            });
        }
        Ok(Observation {
            unit,
            indicator,
            value,
            date: None,
            source,
            reliability,
        })
    }

    /// Sets the date.
    ///
    /// ```
    /// # use peacekeeping_core::{Date, Reliability, SourceKind};
    /// # use peacekeeping_eval::Observation;
    /// let o = Observation::new("u", "i", 1.0, SourceKind::Media, Reliability::Unreliable)?
    ///     .on(Date::new(2020, 1, 1)?);
    /// assert!(o.date.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn on(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }
}

/// An explicit mapping of qualitative answers to numbers: labels (matched ignoring case
/// and surrounding spaces) to values. A numeric answer is accepted only if it is one of
/// the values.
///
/// ```
/// use peacekeeping_eval::OrdinalScale;
///
/// let likert = OrdinalScale::likert5();
/// assert_eq!(likert.value_of("Agree"), Some(4.0));
/// assert_eq!(likert.value_of("5"), Some(5.0));
/// assert_eq!(likert.value_of("6"), None);
/// let severity = OrdinalScale::new("severity", [("minor", 1.0), ("major", 3.0)])?;
/// assert_eq!(severity.value_of("MAJOR"), Some(3.0));
/// # Ok::<(), peacekeeping_eval::DataError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OrdinalScale {
    name: String,
    levels: Vec<(String, f64)>,
}

impl OrdinalScale {
    /// A scale from `(label, value)` levels.
    ///
    /// ```
    /// use peacekeeping_eval::{DataError, OrdinalScale};
    ///
    /// let s = OrdinalScale::new("yes-no", [("no", 0.0), ("yes", 1.0)])?;
    /// assert_eq!(s.levels().len(), 2);
    /// assert!(matches!(OrdinalScale::new("empty", Vec::<(&str, f64)>::new()),
    ///     Err(DataError::Scale { .. })));
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Scale`] if there are no levels, a label is empty or repeated
    /// (ignoring case), or a value is not finite.
    pub fn new<I, S>(name: impl Into<String>, levels: I) -> Result<Self, DataError>
    where
        I: IntoIterator<Item = (S, f64)>,
        S: Into<String>,
    {
        let name = name.into();
        let levels: Vec<(String, f64)> = levels
            .into_iter()
            .map(|(l, v)| (l.into().trim().to_owned(), v))
            .collect();
        let fail = |message: String| DataError::Scale {
            scale: name.clone(),
            message,
        };
        if levels.is_empty() {
            return Err(fail("no levels".to_owned()));
        }
        for (k, (label, value)) in levels.iter().enumerate() {
            if label.is_empty() {
                return Err(fail("empty label".to_owned()));
            }
            if !value.is_finite() {
                return Err(fail(format!("level `{label}` has the value {value}")));
            }
            if levels[..k]
                .iter()
                .any(|(l, _)| l.eq_ignore_ascii_case(label))
            {
                return Err(fail(format!("label `{label}` appears twice")));
            }
        }
        Ok(OrdinalScale { name, levels })
    }

    /// The five-point Likert agreement scale: strongly disagree 1, disagree 2, neither
    /// agree nor disagree (or neutral) 3, agree 4, strongly agree 5.
    ///
    /// ```
    /// let s = peacekeeping_eval::OrdinalScale::likert5();
    /// assert_eq!(s.value_of("neutral"), Some(3.0));
    /// ```
    #[must_use]
    pub fn likert5() -> Self {
        let levels = [
            ("strongly disagree", 1.0),
            ("disagree", 2.0),
            ("neither agree nor disagree", 3.0),
            ("neutral", 3.0),
            ("agree", 4.0),
            ("strongly agree", 5.0),
        ];
        OrdinalScale {
            name: "likert-5".to_owned(),
            levels: levels.iter().map(|&(l, v)| (l.to_owned(), v)).collect(),
        }
    }

    /// The scale's name.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::OrdinalScale::likert5().name(), "likert-5");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The levels, `(label, value)`.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::OrdinalScale::likert5().levels()[0].1, 1.0);
    /// ```
    #[must_use]
    pub fn levels(&self) -> &[(String, f64)] {
        &self.levels
    }

    /// The value of an answer: a label, or a number that is one of the values.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::OrdinalScale::likert5().value_of(" strongly agree "), Some(5.0));
    /// ```
    #[must_use]
    pub fn value_of(&self, answer: &str) -> Option<f64> {
        let answer = answer.trim();
        if let Some((_, v)) = self
            .levels
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(answer))
        {
            return Some(*v);
        }
        let x: f64 = answer.parse().ok()?;
        self.levels.iter().any(|&(_, v)| v == x).then_some(x)
    }
}

/// The weight of each reliability grade in the fusion (user-visible and changeable).
///
/// Default: A 1.0, B 0.8, C 0.6, D 0.4, E 0.2 (linear in the grade), and F ("cannot be
/// judged") 0.5, the middle of the range. Grades given weight 0 are ignored.
///
/// ```
/// use peacekeeping_core::Reliability;
/// use peacekeeping_eval::ReliabilityWeights;
///
/// let w = ReliabilityWeights::default();
/// assert_eq!(w.weight(Reliability::UsuallyReliable), 0.8);
/// let strict = ReliabilityWeights::new([1.0, 1.0, 0.5, 0.0, 0.0, 0.0])?;
/// assert_eq!(strict.weight(Reliability::Unreliable), 0.0);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ReliabilityWeights {
    weights: [f64; 6],
}

impl Default for ReliabilityWeights {
    fn default() -> Self {
        ReliabilityWeights {
            weights: [1.0, 0.8, 0.6, 0.4, 0.2, 0.5],
        }
    }
}

impl ReliabilityWeights {
    /// Weights for grades A, B, C, D, E, F, in that order.
    ///
    /// ```
    /// assert!(peacekeeping_eval::ReliabilityWeights::new([0.0; 6]).is_err());
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`] (step `"fusion"`) if a weight is negative or not
    /// finite, or all are zero.
    pub fn new(weights: [f64; 6]) -> Result<Self, MethodError> {
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
            return Err(MethodError::Parameter {
                step: "fusion",
                message: format!(
                    "invalid reliability weights {weights:?}: every weight must be finite and >= 0"
                ),
            });
        }
        if weights.iter().all(|&w| w == 0.0) {
            return Err(MethodError::Parameter {
                step: "fusion",
                message: "invalid reliability weights: all weights are zero".to_owned(),
            });
        }
        Ok(ReliabilityWeights { weights })
    }

    /// The weight of a grade.
    ///
    /// ```
    /// use peacekeeping_core::Reliability;
    /// let w = peacekeeping_eval::ReliabilityWeights::default();
    /// assert_eq!(w.weight(Reliability::CompletelyReliable), 1.0);
    /// ```
    #[must_use]
    pub fn weight(&self, grade: Reliability) -> f64 {
        let k = match grade {
            Reliability::CompletelyReliable => 0,
            Reliability::UsuallyReliable => 1,
            Reliability::FairlyReliable => 2,
            Reliability::NotUsuallyReliable => 3,
            Reliability::Unreliable => 4,
            _ => 5,
        };
        self.weights[k]
    }
}

/// What an evidence CSV import did: rows read, rows imported, and every rejected row with
/// its line and field. `read == imported + problems' distinct lines`.
///
/// ```
/// use peacekeeping_eval::Evidence;
///
/// let read = Evidence::from_csv_str(
///     "unit,indicator,value,date,source,reliability\nu1,x,3,2020-01-31,field-survey,B\n", &[]);
/// assert_eq!((read.report.read, read.report.imported), (1, 1));
/// assert_eq!(read.evidence.observations().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ImportReport {
    /// Data rows read (the header excluded).
    pub read: usize,
    /// Rows imported as observations.
    pub imported: usize,
    /// Every problem; a rejected row may have several.
    pub problems: Vec<RowProblem>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} rows read, {} imported, {} problems",
            self.read,
            self.imported,
            self.problems.len()
        )?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

/// A fused value: one unit's value on one indicator, from its observations.
///
/// ```
/// use peacekeeping_core::{Reliability, SourceKind};
/// use peacekeeping_eval::{Evidence, FusionOptions, Observation};
///
/// let mut evidence = Evidence::new();
/// evidence.push(Observation::new("u", "x", 10.0, SourceKind::FieldSurvey, Reliability::CompletelyReliable)?);
/// evidence.push(Observation::new("u", "x", 20.0, SourceKind::Media, Reliability::Unreliable)?);
/// let fused = evidence.fuse(&FusionOptions::default());
/// let v = &fused[&("u".to_owned(), "x".to_owned())];
/// // (1.0 * 10 + 0.2 * 20) / 1.2
/// assert!((v.value - 14.0 / 1.2).abs() < 1e-12);
/// assert!((v.confidence - 0.6).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FusedValue {
    /// The reliability-weighted mean.
    pub value: f64,
    /// How many observations it rests on.
    pub observations: usize,
    /// The mean reliability weight of those observations, in `[0, 1]` for weights in
    /// `[0, 1]`.
    pub confidence: f64,
    /// The reliability-weighted standard deviation of the observations (0 for one).
    pub spread: f64,
    /// The latest date among them, if dated.
    pub date: Option<Date>,
}

/// How evidence is fused into one value per unit and indicator.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_eval::{FusionOptions, PanelFill};
///
/// let options = FusionOptions::default()
///     .as_of(Date::new(2020, 12, 31)?)
///     .fill(PanelFill::Linear);
/// assert_eq!(options.fill, PanelFill::Linear);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FusionOptions {
    /// The weight of each reliability grade.
    pub weights: ReliabilityWeights,
    /// Only evidence at or before this date counts (and it is the date of the
    /// cross-section for the panel rules); `None`: all evidence, as of the latest date.
    pub as_of: Option<Date>,
    /// How dated observations become one value (see [`PanelFill`]). With
    /// [`PanelFill::Pool`] undated observations count too; with the other rules only dated
    /// ones do.
    pub fill: PanelFill,
}

impl FusionOptions {
    /// Sets the reliability weights.
    ///
    /// ```
    /// use peacekeeping_eval::{FusionOptions, ReliabilityWeights};
    /// let o = FusionOptions::default().weights(ReliabilityWeights::default());
    /// # let _ = o;
    /// ```
    #[must_use]
    pub fn weights(mut self, weights: ReliabilityWeights) -> Self {
        self.weights = weights;
        self
    }

    /// Sets the date of the cross-section.
    ///
    /// ```
    /// # use peacekeeping_core::Date;
    /// let o = peacekeeping_eval::FusionOptions::default().as_of(Date::new(2020, 1, 1)?);
    /// assert!(o.as_of.is_some());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn as_of(mut self, date: Date) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Sets the panel rule.
    ///
    /// ```
    /// use peacekeeping_eval::{FusionOptions, PanelFill};
    /// let o = FusionOptions::default().fill(PanelFill::LastObservation);
    /// assert_eq!(o.fill, PanelFill::LastObservation);
    /// ```
    #[must_use]
    pub fn fill(mut self, fill: PanelFill) -> Self {
        self.fill = fill;
        self
    }
}

/// The observations an evidence CSV gave ([`Evidence::read_csv`]) and what the import
/// did.
///
/// ```
/// let csv = "unit,indicator,value,source,reliability\nu1,x,3,field-survey,B\nu2,x,?,field-survey,B\n";
/// let read = peacekeeping_eval::Evidence::from_csv_str(csv, &[]);
/// assert_eq!(read.evidence.observations().len(), 1);
/// assert_eq!(read.report.problems[0].line, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImportedEvidence {
    /// The observations of the rows imported.
    pub evidence: Evidence,
    /// Rows read and imported, and every problem.
    pub report: ImportReport,
}

/// Fused evidence as a table, with each cell's provenance, coverage and confidence.
///
/// ```
/// use peacekeeping_eval::{builtin, Evidence, FusionOptions};
///
/// let fw = builtin::partnership_effectiveness()?;
/// let csv = "unit,indicator,value,date,source,reliability\n\
///     au-un,host-consent,agree,2019-06-30,stakeholder-interview,B\n";
/// let read = Evidence::from_csv_str(csv, &[("host-consent", peacekeeping_eval::OrdinalScale::likert5())]);
/// let fused = read.evidence.to_table(&fw, &FusionOptions::default())?;
/// assert_eq!(fused.table.value("host-consent", "au-un"), Some(4.0));
/// assert!(fused.coverage("au-un").is_some_and(|c| c > 0.0 && c < 0.2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FusedTable {
    /// One row per unit, one column per framework indicator (missing where no evidence).
    pub table: IndicatorTable,
    /// Each fused cell, by `(unit, indicator)`.
    pub cells: BTreeMap<(String, String), FusedValue>,
    /// The effective weight of each indicator in the framework (for confidence).
    effective_weights: BTreeMap<String, f64>,
    /// Observations of indicators the framework does not have, by indicator.
    pub unused: BTreeMap<String, usize>,
}

impl FusedTable {
    /// The share of the framework's indicators a unit has evidence for.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = builtin::partnership_effectiveness()?;
    /// let fused = Evidence::new().to_table(&fw, &FusionOptions::default())?;
    /// assert_eq!(fused.coverage("nobody"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn coverage(&self, unit: &str) -> Option<f64> {
        self.table.units().iter().position(|u| u == unit)?;
        let n = self.effective_weights.len();
        let have = self
            .effective_weights
            .keys()
            .filter(|i| self.cells.contains_key(&(unit.to_owned(), (*i).clone())))
            .count();
        Some(if n == 0 { 0.0 } else { have as f64 / n as f64 })
    }

    /// A unit's confidence in its index score: `Σᵢ wᵢ cᵢ`, with `wᵢ` the indicators'
    /// effective weights and `cᵢ` the confidence of the fused value (0 when missing). It
    /// is 1 only when every indicator rests on grade-A evidence (with default weights).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = builtin::partnership_effectiveness()?;
    /// let fused = Evidence::new().to_table(&fw, &FusionOptions::default())?;
    /// assert_eq!(fused.confidence("nobody"), None);
    /// // A unit with evidence only on an indicator the framework does not have: 0 (not -0).
    /// # use peacekeeping_core::{Reliability, SourceKind};
    /// let mut other = Evidence::new();
    /// other.push(Observation::new("au-eu", "not-an-indicator", 4.0, SourceKind::PostMissionReport,
    ///     Reliability::CompletelyReliable)?);
    /// let fused = other.to_table(&fw, &FusionOptions::default())?;
    /// assert!(fused.confidence("au-eu").is_some_and(|c| c == 0.0 && c.is_sign_positive()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn confidence(&self, unit: &str) -> Option<f64> {
        self.table.units().iter().position(|u| u == unit)?;
        Some(
            self.effective_weights
                .iter()
                .filter_map(|(i, w)| {
                    self.cells
                        .get(&(unit.to_owned(), i.clone()))
                        .map(|c| w * c.confidence)
                })
                // Not `sum()`: a float sum of nothing is -0.0, and "no evidence" is 0.
                .fold(0.0, |total, x| total + x),
        )
    }
}

/// A set of observations, with the qualitative scales of its indicators.
///
/// ```
/// use peacekeeping_core::{Reliability, SourceKind};
/// use peacekeeping_eval::{Evidence, Observation};
///
/// let mut evidence = Evidence::new();
/// evidence.push(Observation::new("au-un", "joint-training", 4.0,
///     SourceKind::PostMissionReport, Reliability::FairlyReliable)?);
/// assert_eq!(evidence.observations().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Evidence {
    observations: Vec<Observation>,
}

const COLUMNS: [&str; 6] = [
    "unit",
    "indicator",
    "value",
    "date",
    "source",
    "reliability",
];

impl Evidence {
    /// No observations.
    ///
    /// ```
    /// assert!(peacekeeping_eval::Evidence::new().observations().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Evidence::default()
    }

    /// Adds an observation.
    ///
    /// ```
    /// # use peacekeeping_core::{Reliability, SourceKind};
    /// # use peacekeeping_eval::{Evidence, Observation};
    /// let mut e = Evidence::new();
    /// e.push(Observation::new("u", "i", 1.0, SourceKind::Academic, Reliability::FairlyReliable)?);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    pub fn push(&mut self, observation: Observation) {
        self.observations.push(observation);
    }

    /// The observations, in the order added.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Evidence::new().observations().len(), 0);
    /// ```
    #[must_use]
    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    /// Reads a tidy CSV table with a header naming the columns `unit, indicator, value,
    /// date, source, reliability` (any order; `date` optional; other columns ignored).
    /// `value` is a number, or a label of the indicator's scale in `scales`; `date` is
    /// `YYYY-MM-DD` or empty; `source` a [`SourceKind`] code (`field-survey`...);
    /// `reliability` a grade `A`-`F`, empty meaning `F` (cannot be judged).
    ///
    /// Only the reader can fail: every rejected row is in the report with its line and
    /// field, and a text without a usable header is one problem on line 1.
    ///
    /// ```
    /// use peacekeeping_eval::{Evidence, OrdinalScale};
    ///
    /// let csv = "unit,indicator,value,date,source,reliability\n\
    ///            au-un,host-consent,strongly agree,2019-06-30,stakeholder-interview,B\n\
    ///            au-un,host-consent,maybe,2019-06-30,stakeholder-interview,B\n\
    ///            au-un,joint-training,4,2019-13-01,post-mission-report,Z\n";
    /// let scales = [("host-consent", OrdinalScale::likert5())];
    /// let read = Evidence::read_csv(csv.as_bytes(), &scales)?;
    /// assert_eq!(read.evidence.observations()[0].value, 5.0);
    /// assert_eq!((read.report.read, read.report.imported), (3, 1));
    /// let fields: Vec<_> = read.report.problems.iter().map(|p| (p.line, p.field.as_str())).collect();
    /// assert_eq!(fields, [(3, "value"), (4, "date"), (4, "reliability")]);
    /// # Ok::<(), peacekeeping_eval::DataError>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError::Io`] if the reader fails.
    pub fn read_csv(
        reader: impl Read,
        scales: &[(&str, OrdinalScale)],
    ) -> Result<ImportedEvidence, DataError> {
        let bytes = io::read_bytes(reader).map_err(DataError::Io)?;
        Ok(Self::parse_csv(&bytes, scales))
    }

    /// Reads a tidy CSV file, as [`Evidence::read_csv`].
    ///
    /// ```
    /// # use peacekeeping_eval::{DataError, Evidence};
    /// let err = Evidence::read_csv_file("missing.csv", &[]).unwrap_err();
    /// assert!(matches!(err, DataError::Io(ref io) if io.path().is_some()));
    /// ```
    ///
    /// # Errors
    /// [`DataError::Io`], naming the file, if it cannot be read.
    pub fn read_csv_file(
        path: impl AsRef<Path>,
        scales: &[(&str, OrdinalScale)],
    ) -> Result<ImportedEvidence, DataError> {
        let bytes = io::read_file(path.as_ref()).map_err(DataError::Io)?;
        Ok(Self::parse_csv(&bytes, scales))
    }

    /// Reads a tidy CSV table from text in memory, as [`Evidence::read_csv`]; never fails.
    ///
    /// ```
    /// let csv = "unit,indicator,value,source,reliability\nu1,x,3,field-survey,B\n";
    /// let read = peacekeeping_eval::Evidence::from_csv_str(csv, &[]);
    /// assert_eq!(read.evidence.observations().len(), 1);
    /// ```
    #[must_use]
    pub fn from_csv_str(text: &str, scales: &[(&str, OrdinalScale)]) -> ImportedEvidence {
        Self::parse_csv(text.as_bytes(), scales)
    }

    fn parse_csv(bytes: &[u8], scales: &[(&str, OrdinalScale)]) -> ImportedEvidence {
        let mut evidence = Evidence::new();
        let mut report = ImportReport::default();
        let (header, records) = match csv_reader::with_header(bytes) {
            Ok(h) => h,
            Err(problem) => {
                report.problems.push(problem);
                return ImportedEvidence { evidence, report };
            }
        };
        let mut at = [None; 6];
        for (slot, name) in at.iter_mut().zip(COLUMNS) {
            *slot = header.iter().position(|h| h.trim() == name);
        }
        let missing: Vec<&str> = COLUMNS
            .iter()
            .zip(at)
            .filter(|&(name, k)| k.is_none() && *name != "date")
            .map(|(name, _)| *name)
            .collect();
        if !missing.is_empty() {
            report.problems.push(RowProblem::new(
                1,
                "header",
                format!("missing column(s): {}", missing.join(", ")),
            ));
            report.read = records.len();
            return ImportedEvidence { evidence, report };
        }
        for record in records {
            report.read += 1;
            let line = record.line;
            let mut problem = |field: &str, message: String| {
                report.problems.push(RowProblem::new(line, field, message));
            };
            let fields = match record.fields {
                Ok(f) => f,
                Err(e) => {
                    problem("row", e);
                    continue;
                }
            };
            if fields.len() != header.len() {
                problem(
                    "row",
                    format!("{} fields, the header has {}", fields.len(), header.len()),
                );
                continue;
            }
            let get = |k: usize| at[k].map_or("", |k| fields[k].trim());
            let mut ok = true;
            let unit = get(0);
            if unit.is_empty() {
                problem("unit", "empty unit id".to_owned());
                ok = false;
            }
            let indicator = get(1);
            if indicator.is_empty() {
                problem("indicator", "empty indicator id".to_owned());
                ok = false;
            }
            let raw = get(2);
            let scale = scales.iter().find(|(i, _)| *i == indicator).map(|(_, s)| s);
            let value = match scale {
                Some(s) => s.value_of(raw).or_else(|| {
                    problem(
                        "value",
                        format!(
                            "`{raw}` is not a level of scale `{}` ({})",
                            s.name(),
                            s.levels()
                                .iter()
                                .map(|(l, v)| format!("{l} = {v}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    None
                }),
                None => match raw.parse::<f64>() {
                    Ok(v) if v.is_finite() => Some(v),
                    Ok(v) => {
                        problem("value", format!("value {v} is not finite"));
                        None
                    }
                    Err(_) => {
                        problem(
                            "value",
                            format!("`{raw}` is not a number (and `{indicator}` has no scale)"),
                        );
                        None
                    }
                },
            };
            let date = match get(3) {
                "" => None,
                d => match d.parse::<Date>() {
                    Ok(d) => Some(d),
                    Err(e) => {
                        problem("date", e.to_string());
                        ok = false;
                        None
                    }
                },
            };
            let source = match get(4).parse::<SourceKind>() {
                Ok(s) => Some(s),
                Err(e) => {
                    problem("source", e.to_string());
                    None
                }
            };
            let reliability = match get(5) {
                "" => Some(Reliability::CannotBeJudged),
                r => match r.parse::<Reliability>() {
                    Ok(r) => Some(r),
                    Err(e) => {
                        problem("reliability", e.to_string());
                        None
                    }
                },
            };
            if let (true, Some(value), Some(source), Some(reliability)) =
                (ok, value, source, reliability)
            {
                evidence.observations.push(Observation {
                    unit: unit.to_owned(),
                    indicator: indicator.to_owned(),
                    value,
                    date,
                    source,
                    reliability,
                });
                report.imported += 1;
            }
        }
        ImportedEvidence { evidence, report }
    }

    /// Fuses the observations into one value per `(unit, indicator)`.
    ///
    /// ```
    /// use peacekeeping_core::{Date, Reliability, SourceKind};
    /// use peacekeeping_eval::{Evidence, FusionOptions, Observation, PanelFill};
    ///
    /// let mut e = Evidence::new();
    /// let obs = |v, y| Observation::new("u", "x", v, SourceKind::OfficialStatistics,
    ///     Reliability::CompletelyReliable).map(|o| o.on(Date::new(y, 1, 1).unwrap_or(Date::MIN)));
    /// e.push(obs(10.0, 2010)?);
    /// e.push(obs(20.0, 2012)?);
    /// let mid_2011 = Date::new(2011, 1, 1)?;
    /// let at = |fill| e.fuse(&FusionOptions::default().as_of(mid_2011).fill(fill))
    ///     .get(&("u".to_owned(), "x".to_owned())).map(|v| v.value);
    /// assert_eq!(at(PanelFill::LastObservation), Some(10.0));
    /// assert!(at(PanelFill::Linear).is_some_and(|v| (v - 15.0).abs() < 0.02));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn fuse(&self, options: &FusionOptions) -> BTreeMap<(String, String), FusedValue> {
        let mut groups: BTreeMap<(&str, &str), Vec<&Observation>> = BTreeMap::new();
        for o in &self.observations {
            if options.weights.weight(o.reliability) == 0.0 {
                continue;
            }
            match (o.date, options.as_of, options.fill) {
                (Some(d), Some(as_of), PanelFill::Pool) if d > as_of => continue,
                (None, _, PanelFill::Pool) | (Some(_), _, PanelFill::Pool) => {}
                (None, _, _) => continue,
                (Some(_), _, _) => {}
            }
            groups
                .entry((o.unit.as_str(), o.indicator.as_str()))
                .or_default()
                .push(o);
        }
        let mut out = BTreeMap::new();
        for ((unit, indicator), obs) in groups {
            let fused = match options.fill {
                PanelFill::Pool => Some(fuse_group(&obs, &options.weights)),
                fill => {
                    // One fused value per date, then the panel rule at the cross-section date.
                    let mut by_date: BTreeMap<Date, Vec<&Observation>> = BTreeMap::new();
                    for o in &obs {
                        if let Some(d) = o.date {
                            by_date.entry(d).or_default().push(o);
                        }
                    }
                    let fused: Vec<(i32, FusedValue)> = by_date
                        .iter()
                        .map(|(d, group)| (d.to_days(), fuse_group(group, &options.weights)))
                        .collect();
                    let series: Vec<(i32, f64)> =
                        fused.iter().map(|(d, v)| (*d, v.value)).collect();
                    let at = options
                        .as_of
                        .map_or_else(|| series.last().map_or(0, |s| s.0), Date::to_days);
                    fill.value_at(&series, at).and_then(|(value, day)| {
                        let base = fused.iter().find(|(d, _)| *d == day)?;
                        Some(FusedValue {
                            value,
                            ..base.1.clone()
                        })
                    })
                }
            };
            if let Some(f) = fused {
                out.insert((unit.to_owned(), indicator.to_owned()), f);
            }
        }
        out
    }

    /// Fuses the observations and lays them out as a table over the framework's
    /// indicators (units in sorted order), ready for [`Pipeline::run`](crate::Pipeline::run).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let fw = builtin::partnership_effectiveness()?;
    /// let fused = Evidence::new().to_table(&fw, &FusionOptions::default())?;
    /// assert!(fused.table.units().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`DataError`] only if the table cannot be built, which fused finite values never
    /// cause.
    pub fn to_table(
        &self,
        framework: &Framework,
        options: &FusionOptions,
    ) -> Result<FusedTable, DataError> {
        let fused = self.fuse(options);
        let indicator_ids: Vec<&str> = framework.indicator_ids().collect();
        let mut units: Vec<String> = fused.keys().map(|(u, _)| u.clone()).collect();
        units.dedup();
        let mut table = IndicatorTable::new(units.iter().cloned())?;
        let mut cells = BTreeMap::new();
        let mut unused = BTreeMap::new();
        for ((unit, indicator), value) in fused {
            if indicator_ids.contains(&indicator.as_str()) {
                cells.insert((unit, indicator), value);
            } else {
                *unused.entry(indicator).or_insert(0) += value.observations;
            }
        }
        for id in &indicator_ids {
            let column = units
                .iter()
                .map(|u| cells.get(&(u.clone(), (*id).to_owned())).map(|c| c.value))
                .collect();
            table = table.with_column(*id, column)?;
        }
        let effective_weights = framework
            .effective_weights()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        Ok(FusedTable {
            table,
            cells,
            effective_weights,
            unused,
        })
    }

    /// The indicator table of the fused observations: [`Evidence::to_table`] without the
    /// provenance, the short path to [`Pipeline::run`](crate::Pipeline::run).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let fw = builtin::partnership_effectiveness()?;
    /// let csv = "unit,indicator,value,source,reliability\nu1,joint-training,3,field-survey,A\n";
    /// let table = Evidence::from_csv_str(csv, &[]).evidence.indicator_table(&fw, &FusionOptions::default())?;
    /// assert_eq!(table.value("joint-training", "u1"), Some(3.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`Evidence::to_table`].
    pub fn indicator_table(
        &self,
        framework: &Framework,
        options: &FusionOptions,
    ) -> Result<IndicatorTable, DataError> {
        self.to_table(framework, options).map(|fused| fused.table)
    }
}

fn fuse_group(obs: &[&Observation], weights: &ReliabilityWeights) -> FusedValue {
    let w: Vec<f64> = obs.iter().map(|o| weights.weight(o.reliability)).collect();
    let total: f64 = w.iter().sum();
    let value = obs.iter().zip(&w).map(|(o, w)| w * o.value).sum::<f64>() / total;
    let variance = obs
        .iter()
        .zip(&w)
        .map(|(o, w)| w * (o.value - value).powi(2))
        .sum::<f64>()
        / total;
    FusedValue {
        value,
        observations: obs.len(),
        confidence: total / obs.len() as f64,
        spread: variance.sqrt(),
        date: obs.iter().filter_map(|o| o.date).max(),
    }
}
