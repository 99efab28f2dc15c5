//! The composite-indicator pipeline: screening, denomination, imputation, outlier
//! treatment, normalization and aggregation, each optional, inspectable and recorded.
//!
//! [`Pipeline::run`] takes a [`Framework`] and an [`IndicatorTable`] and returns
//! [`Scores`]: a score at every node for every unit, the intermediate data of each step,
//! a [`PipelineReport`] of what each step did, and the configuration itself, so that
//! [`Scores::rerun`] gives the same numbers.

pub(crate) mod aggregate;
mod impute;
mod normalize;
mod outliers;
mod scores;
mod screen;

use std::collections::BTreeMap;

pub use impute::{Imputation, PanelFill};
pub use outliers::{OutlierRecord, OutlierTreatment};
pub use scores::{Explanation, IndicatorContribution, Scores, Stage};
pub use screen::{Screened, ScreenedOut, Screening};

use crate::error::MethodError;
use crate::framework::{Framework, Normalization, normalization_problem};
use crate::table::IndicatorTable;

/// What an aggregate does when some children have no score for a unit.
///
/// ```
/// use peacekeeping_eval::MissingChildren;
///
/// assert_eq!(MissingChildren::default(), MissingChildren::Skip { min_weight_share: 0.0 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum MissingChildren {
    /// Aggregate the children that have a score, their weights renormalized, if their
    /// weights add up to at least this share of all the children's weights (0: any one
    /// child suffices; 1: all are needed). The default, with 0.
    Skip {
        /// The least share of weight that must be present.
        min_weight_share: f64,
    },
    /// No score if any child with a positive weight has none (the UNDP's rule for the HDI).
    Propagate,
}

impl Default for MissingChildren {
    fn default() -> Self {
        MissingChildren::Skip {
            min_weight_share: 0.0,
        }
    }
}

/// An imputed value.
///
/// ```
/// # use peacekeeping_eval::*;
/// let table = IndicatorTable::new(["a", "b", "c"])?
///     .with_column("x", vec![Some(1.0), None, Some(3.0)])?;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .build()?;
/// let scores = Pipeline::new().imputation(Imputation::Mean).run(&fw, &table)?;
/// assert_eq!(scores.report().imputed[0].value, 2.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ImputedValue {
    /// The indicator.
    pub indicator: String,
    /// The unit.
    pub unit: String,
    /// The value filled in.
    pub value: f64,
}

/// What each step did.
///
/// ```
/// # use peacekeeping_eval::*;
/// let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), None])?;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .build()?;
/// let scores = Pipeline::new().screening(Screening::new(1.0)?).run(&fw, &table)?;
/// assert_eq!(scores.report().screened_out[0].unit, "b");
/// assert_eq!(scores.report().screened_out[0].missing, ["x"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PipelineReport {
    /// Units left out by screening (insufficient evidence), each with what it lacks.
    pub screened_out: Vec<ScreenedOut>,
    /// Indicators divided by a denominator: `(indicator, denominator)`.
    pub denominated: Vec<(String, String)>,
    /// Values filled in by imputation.
    pub imputed: Vec<ImputedValue>,
    /// Indicators treated for outliers.
    pub outliers: Vec<OutlierRecord>,
    /// Everything handled by a documented rule rather than an error: constant or
    /// all-missing indicators, zero or missing denominators.
    pub warnings: Vec<String>,
}

/// The configuration of a pipeline run: which steps, with which parameters.
///
/// Every step is optional; the default pipeline only normalizes (min-max to `[0, 100]`
/// for indicators whose framework entry names no normalization) and aggregates.
///
/// ```
/// use peacekeeping_eval::{
///     Aggregate, Framework, Imputation, Indicator, IndicatorTable, OutlierTreatment, Pipeline,
///     Stage,
/// };
///
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .indicator(Indicator::new("a", "A").parent("index"))
///     .indicator(Indicator::new("b", "B").parent("index"))
///     .build()?;
/// // The figures are made up: they are only inputs to show the API.
/// let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,\nunit-3,5,3\n";
/// let table = IndicatorTable::from_csv_str(csv, "unit")?;
/// let scores = Pipeline::new()
///     .imputation(Imputation::Median)
///     .outliers(OutlierTreatment::coinr())
///     .run(&fw, &table)?;
/// // unit-2's missing `b` is filled in with the median of 2 and 3.
/// assert_eq!(scores.report().imputed.len(), 1);
/// let treated = scores.stage(Stage::Treated, "b");
/// assert_eq!(treated, Some(&[Some(2.0), Some(2.5), Some(3.0)][..]));
/// assert_eq!(scores.rerun(&table)?, scores);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Pipeline {
    /// Screening: the least evidence a unit needs to be scored and ranked.
    pub screening: Option<Screening>,
    /// Denominators: indicator id -> denominator column.
    pub denominators: BTreeMap<String, String>,
    /// Imputation.
    pub imputation: Option<Imputation>,
    /// Outlier treatment.
    pub outliers: Option<OutlierTreatment>,
    /// The normalization of indicators whose framework entry names none; `None` means
    /// min-max to `[0, 100]`.
    pub normalization: Option<Normalization>,
    /// What aggregates do with children without a score.
    pub missing_children: MissingChildren,
    /// When screening runs: on the data as given (the default), or after denomination
    /// and imputation, as COINr's `build_example_coin()` screens its ASEM coin.
    #[cfg_attr(feature = "serde", serde(default))]
    pub screen_on: ScreenOn,
}

/// When a pipeline's [`Screening`] runs.
///
/// ```
/// use peacekeeping_eval::{Pipeline, ScreenOn};
/// assert_eq!(Pipeline::new().screen_on, ScreenOn::Raw);
/// assert_eq!(Pipeline::new().screen_on(ScreenOn::Imputed).screen_on, ScreenOn::Imputed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum ScreenOn {
    /// The data as given, before every other step: a unit lacking evidence is left out
    /// before anything is imputed for it (the default; COINr's `Screen(dset = "Raw")`).
    #[default]
    Raw,
    /// The denominated and imputed data, before outlier treatment: imputation uses every
    /// unit, and screening leaves out those still lacking values (COINr's
    /// `build_example_coin()`: `Screen(dset = "Imputed")`). The report's imputed values
    /// are those of the units kept.
    Imputed,
}

impl Pipeline {
    /// The default pipeline: normalize and aggregate only.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Pipeline::new().imputation, None);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Pipeline::default()
    }

    /// Screens units by the evidence they have (see [`Screening`]).
    ///
    /// ```
    /// use peacekeeping_eval::{Pipeline, Screening};
    /// let p = Pipeline::new().screening(Screening::new(0.5)?);
    /// assert!(p.screening.is_some());
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    #[must_use]
    pub fn screening(mut self, screening: Screening) -> Self {
        self.screening = Some(screening);
        self
    }

    /// Divides an indicator by a denominator column (per capita, per GDP, per area).
    ///
    /// ```
    /// let p = peacekeeping_eval::Pipeline::new().denominate("troops", "population");
    /// assert_eq!(p.denominators["troops"], "population");
    /// ```
    #[must_use]
    pub fn denominate(mut self, indicator: impl Into<String>, by: impl Into<String>) -> Self {
        self.denominators.insert(indicator.into(), by.into());
        self
    }

    /// Imputes missing values.
    ///
    /// ```
    /// use peacekeeping_eval::{Imputation, Pipeline};
    /// assert!(Pipeline::new().imputation(Imputation::Mean).imputation.is_some());
    /// ```
    #[must_use]
    pub fn imputation(mut self, imputation: Imputation) -> Self {
        self.imputation = Some(imputation);
        self
    }

    /// Treats outliers.
    ///
    /// ```
    /// use peacekeeping_eval::{OutlierTreatment, Pipeline};
    /// assert!(Pipeline::new().outliers(OutlierTreatment::coinr()).outliers.is_some());
    /// ```
    #[must_use]
    pub fn outliers(mut self, treatment: OutlierTreatment) -> Self {
        self.outliers = Some(treatment);
        self
    }

    /// Sets the default normalization.
    ///
    /// ```
    /// use peacekeeping_eval::{Normalization, Pipeline};
    /// let p = Pipeline::new().normalization(Normalization::rank());
    /// assert_eq!(p.normalization, Some(Normalization::rank()));
    /// ```
    #[must_use]
    pub fn normalization(mut self, normalization: Normalization) -> Self {
        self.normalization = Some(normalization);
        self
    }

    /// Sets when screening runs (see [`ScreenOn`]).
    ///
    /// ```
    /// use peacekeeping_eval::{Pipeline, ScreenOn};
    /// assert_eq!(Pipeline::new().screen_on(ScreenOn::Imputed).screen_on, ScreenOn::Imputed);
    /// ```
    #[must_use]
    pub fn screen_on(mut self, when: ScreenOn) -> Self {
        self.screen_on = when;
        self
    }

    /// Sets what aggregates do with missing children.
    ///
    /// ```
    /// use peacekeeping_eval::{MissingChildren, Pipeline};
    /// let p = Pipeline::new().missing_children(MissingChildren::Propagate);
    /// assert_eq!(p.missing_children, MissingChildren::Propagate);
    /// ```
    #[must_use]
    pub fn missing_children(mut self, rule: MissingChildren) -> Self {
        self.missing_children = rule;
        self
    }

    /// Runs the pipeline.
    ///
    /// Steps, in order: screening, denomination, imputation, outlier treatment,
    /// normalization (the indicator's transform, then its normalization, with its
    /// direction), aggregation bottom-up; with [`ScreenOn::Imputed`] screening comes after
    /// imputation instead, as in COINr's example build. The result never holds a NaN or infinite value.
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Aggregation, Framework, Indicator, IndicatorTable,
    ///     Normalization, Pipeline};
    ///
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("i", "Index").method(Aggregation::Geometric))
    ///     .indicator(Indicator::new("a", "A").parent("i")
    ///         .normalization(Normalization::Goalposts { min: 0.0, max: 10.0, scale: 1.0 }))
    ///     .indicator(Indicator::new("b", "B").parent("i")
    ///         .normalization(Normalization::Goalposts { min: 0.0, max: 10.0, scale: 1.0 }))
    ///     .build()?;
    /// let table = IndicatorTable::new(["x"])?
    ///     .with_column("a", vec![Some(2.5)])?
    ///     .with_column("b", vec![Some(10.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.score("i", "x"), Some(0.5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError`]: a missing indicator, denominator or group column, an invalid
    /// step parameter, a value outside its transform's domain, a reference without a
    /// usable value, a normalization that overflows, an aggregation that cannot be computed (negative values under a
    /// geometric, harmonic or power mean), or no unit left after screening.
    pub fn run(
        &self,
        framework: &Framework,
        table: &IndicatorTable,
    ) -> Result<Scores, MethodError> {
        let mut prepared = self.prepare(framework, table, None)?;
        let (weights, methods) = aggregate::nominal(framework);
        let aggregates = aggregate::aggregate(
            framework,
            &weights,
            &methods,
            &prepared.normalized,
            &prepared.units,
            self.missing_children,
        )?;
        prepared.report.warnings.extend(aggregate::zero_warnings(
            framework,
            &weights,
            &methods,
            &prepared.normalized,
            &aggregates,
            &prepared.units,
        ));
        Ok(Scores::new(
            framework.clone(),
            self.clone(),
            aggregates,
            prepared,
        ))
    }

    /// Every step before aggregation. `normalization`, if given, normalizes every
    /// indicator, whatever its framework entry says (the uncertainty analysis's
    /// normalization alternatives).
    pub(crate) fn prepare(
        &self,
        framework: &Framework,
        table: &IndicatorTable,
        normalization: Option<&Normalization>,
    ) -> Result<Prepared, MethodError> {
        let mut report = PipelineReport::default();
        if let MissingChildren::Skip { min_weight_share } = self.missing_children {
            if !(0.0..=1.0).contains(&min_weight_share) {
                return Err(MethodError::Parameter {
                    step: "aggregation",
                    message: format!("min_weight_share must be in [0, 1], got {min_weight_share}"),
                });
            }
        }
        let indicators = framework.indicators();
        let mut columns = Vec::with_capacity(indicators.len());
        for ind in indicators {
            let column = table
                .column(&ind.id)
                .ok_or_else(|| MethodError::MissingColumn {
                    kind: "indicator",
                    column: ind.id.clone(),
                })?;
            columns.push(column.to_vec());
        }
        // Screening of the data as given.
        let mut keep: Vec<usize> = (0..table.units().len()).collect();
        let screen_raw = self
            .screening
            .as_ref()
            .filter(|_| self.screen_on == ScreenOn::Raw);
        if let Some(screening) = screen_raw {
            let (kept, out) =
                screening.screen(framework, &columns, table.units(), &mut report.warnings)?;
            keep = kept;
            report.screened_out = out;
        }
        if keep.is_empty() {
            return Err(MethodError::NoUnits(if table.units().is_empty() {
                String::new()
            } else {
                ": screening dropped every unit".to_owned()
            }));
        }
        let units: Vec<String> = keep.iter().map(|&u| table.units()[u].clone()).collect();
        let select = |c: &[Option<f64>]| keep.iter().map(|&u| c[u]).collect::<Vec<_>>();
        let mut raw: Vec<Vec<Option<f64>>> = columns.iter().map(|c| select(c)).collect();
        // Denomination.
        for (indicator, by) in &self.denominators {
            let Some(i) = indicators.iter().position(|ind| &ind.id == indicator) else {
                return Err(MethodError::Parameter {
                    step: "denomination",
                    message: format!("`{indicator}` is not an indicator of the framework"),
                });
            };
            let denominator =
                select(table.column(by).ok_or_else(|| MethodError::MissingColumn {
                    kind: "denominator",
                    column: by.clone(),
                })?);
            for (u, (v, d)) in raw[i].iter_mut().zip(denominator).enumerate() {
                if v.is_none() {
                    continue;
                }
                match d {
                    Some(d) if d != 0.0 => *v = v.map(|v| v / d),
                    _ => {
                        report.warnings.push(format!(
                            "indicator `{indicator}`, unit `{}`: denominator `{by}` is missing or zero, value left missing",
                            units[u]
                        ));
                        *v = None;
                    }
                }
            }
            report.denominated.push((indicator.clone(), by.clone()));
        }
        let mut coverage = screen::availability(&raw, units.len());
        // Imputation.
        let mut treated = raw.clone();
        if let Some(method) = &self.imputation {
            let groups = match method {
                Imputation::GroupMean { group } | Imputation::GroupMedian { group } => {
                    Some(select_groups(table, group, &keep)?)
                }
                _ => None,
            };
            for (ind, column) in indicators.iter().zip(&mut treated) {
                for k in impute::impute(method, column, groups.as_deref()) {
                    report.imputed.push(ImputedValue {
                        indicator: ind.id.clone(),
                        unit: units[k].clone(),
                        value: column[k].unwrap_or_default(),
                    });
                }
            }
        }
        // Screening of the imputed data: the kept rows of every column so far.
        let mut units = units;
        let screen_imputed = self
            .screening
            .as_ref()
            .filter(|_| self.screen_on == ScreenOn::Imputed);
        if let Some(screening) = screen_imputed {
            let (kept, out) =
                screening.screen(framework, &treated, &units, &mut report.warnings)?;
            if kept.is_empty() {
                return Err(MethodError::NoUnits(
                    ": screening dropped every unit".to_owned(),
                ));
            }
            report.screened_out = out;
            let rows = |c: &Vec<Option<f64>>| kept.iter().map(|&u| c[u]).collect::<Vec<_>>();
            raw = raw.iter().map(rows).collect();
            treated = treated.iter().map(rows).collect();
            units = kept.iter().map(|&u| units[u].clone()).collect();
            report.imputed.retain(|v| units.contains(&v.unit));
            coverage = screen::availability(&raw, units.len());
        }
        // Outliers.
        if let Some(method) = &self.outliers {
            for (ind, column) in indicators.iter().zip(&mut treated) {
                if let Some(record) = outliers::treat(method, &ind.id, column, &units) {
                    report.outliers.push(record);
                }
            }
        }
        // Normalization.
        let default = self
            .normalization
            .clone()
            .unwrap_or_else(Normalization::min_max_100);
        if let Some(problem) = normalization_problem(&default) {
            return Err(MethodError::Parameter {
                step: "normalization",
                message: format!("default normalization `{default}`: {problem}"),
            });
        }
        let mut normalized = Vec::with_capacity(indicators.len());
        for (ind, column) in indicators.iter().zip(&treated) {
            let method = normalization.unwrap_or(ind.normalization.as_ref().unwrap_or(&default));
            let (column_normalized, warning) = normalize::normalize(
                method,
                &ind.id,
                ind.direction,
                ind.transform,
                column,
                &units,
            )?;
            report.warnings.extend(warning);
            normalized.push(column_normalized);
        }
        Ok(Prepared {
            units,
            normalized,
            raw,
            treated,
            coverage,
            report,
        })
    }
}

/// The data of every step before aggregation (see [`Pipeline::prepare`]).
pub(crate) struct Prepared {
    /// The scored units (after screening).
    pub(crate) units: Vec<String>,
    /// One normalized column per indicator.
    pub(crate) normalized: Vec<Vec<Option<f64>>>,
    raw: Vec<Vec<Option<f64>>>,
    treated: Vec<Vec<Option<f64>>>,
    coverage: Vec<f64>,
    report: PipelineReport,
}

fn select_groups(
    table: &IndicatorTable,
    group: &str,
    keep: &[usize],
) -> Result<Vec<Option<String>>, MethodError> {
    let column = table
        .group(group)
        .ok_or_else(|| MethodError::MissingColumn {
            kind: "group",
            column: group.to_owned(),
        })?;
    Ok(keep.iter().map(|&u| column[u].clone()).collect())
}
