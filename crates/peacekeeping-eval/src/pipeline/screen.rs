//! Data checks: screening units by the evidence they have.

use core::fmt;
use std::collections::BTreeSet;

use crate::Framework;

/// Keeps out of the ranking the units whose evidence covers too little of the framework,
/// and says what each one lacks.
///
/// A unit with few observed indicators is not comparable with one observed on all of
/// them: scored on what it has, it can rank first because what would count against it
/// was never measured. Screening sets the least evidence a unit needs to be scored and
/// ranked, by up to three rules, all on the values before imputation (a value the
/// pipeline fills in is not evidence):
///
/// - **availability**: the share of the framework's indicators the unit has a value for
///   (the rule of COINr's `Screen()` and the OECD/JRC Handbook's data check), from
///   [`Screening::new`];
/// - **weight**: the share of the index's weight carried by the indicators the unit has a
///   value for (each indicator's [effective weight](Framework::effective_weights): an
///   indicator of weight 0 counts for nothing), from [`Screening::weight`];
/// - **each dimension**: the same share within each dimension (each child of the root),
///   from [`Screening::each_dimension`]: so that a unit missing a whole dimension (no
///   outcome measured, say) is not scored on the others alone. A dimension no unit has
///   any value for is not demanded (it tells no unit from another), and the pipeline's
///   report says so in its warnings;
/// - **a named dimension**: the same share within one dimension, from
///   [`Screening::dimension`], where the units must be judged on that dimension above all
///   (a partnership's mission outcomes, say) while others may be thin.
///
/// An indicator that does not apply to a unit (the personnel of a partnership of
/// organizations, the peace after an operation that goes on) is not evidence it lacks:
/// [`Screening::not_applicable`] leaves it out of that unit's shares, numerators and
/// denominators alike.
///
/// A unit failing any rule is left out of the scores and ranks, and listed in
/// [`PipelineReport::screened_out`](crate::PipelineReport::screened_out) as a
/// [`ScreenedOut`]: insufficient evidence, with its shares, the dimensions it is short
/// on and the indicators it lacks.
///
/// ```
/// use peacekeeping_eval::Screening;
///
/// let screening = Screening::new(0.66)?;
/// assert_eq!(screening.min_availability(), 0.66);
/// assert!(Screening::new(1.5).is_err());
///
/// // Half the index's weight, and a third of each dimension's.
/// let rule = Screening::weight(0.5)?.each_dimension(1.0 / 3.0)?;
/// assert_eq!((rule.min_availability(), rule.min_weight_share()), (0.0, 0.5));
/// // A fifth of the index's weight, and two fifths of the outcomes'.
/// let rule = Screening::weight(0.2)?.dimension("mission-outcomes", 0.4)?;
/// assert_eq!(rule.min_dimension_shares(), [("mission-outcomes".to_owned(), 0.4)]);
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Screening {
    min_availability: f64,
    #[cfg_attr(feature = "serde", serde(default))]
    min_weight_share: f64,
    #[cfg_attr(feature = "serde", serde(default))]
    min_dimension_share: f64,
    #[cfg_attr(feature = "serde", serde(default))]
    dimensions: Vec<(String, f64)>,
    #[cfg_attr(feature = "serde", serde(default))]
    not_applicable: Vec<(String, String)>,
}

/// `share` if it is in `[0, 1]`, else the parameter error naming `what`.
fn share(what: &str, share: f64) -> Result<f64, crate::MethodError> {
    if (0.0..=1.0).contains(&share) {
        Ok(share)
    } else {
        Err(crate::MethodError::Parameter {
            step: "screening",
            message: format!("{what} must be in [0, 1], got {share}"),
        })
    }
}

impl Screening {
    /// Keeps units with at least this share of indicators (between 0 and 1).
    ///
    /// ```
    /// assert!(peacekeeping_eval::Screening::new(0.5).is_ok());
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if the share is not in
    /// `[0, 1]`.
    pub fn new(min_availability: f64) -> Result<Self, crate::MethodError> {
        Ok(Screening {
            min_availability: share("min_availability", min_availability)?,
            min_weight_share: 0.0,
            min_dimension_share: 0.0,
            dimensions: Vec::new(),
            not_applicable: Vec::new(),
        })
    }

    /// Keeps units whose observed indicators carry at least this share of the index's
    /// weight (between 0 and 1), whatever their number.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Screening::weight(0.5)?.min_weight_share(), 0.5);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if the share is not in
    /// `[0, 1]`.
    pub fn weight(min_weight_share: f64) -> Result<Self, crate::MethodError> {
        Ok(Screening {
            min_availability: 0.0,
            min_weight_share: share("min_weight_share", min_weight_share)?,
            min_dimension_share: 0.0,
            dimensions: Vec::new(),
            not_applicable: Vec::new(),
        })
    }

    /// Also requires, in every dimension (each child of the root), indicators with a
    /// value that carry at least this share of the dimension's weight (between 0 and 1).
    /// A dimension whose indicators all have weight 0 demands nothing.
    ///
    /// ```
    /// let rule = peacekeeping_eval::Screening::weight(0.5)?.each_dimension(0.25)?;
    /// assert_eq!(rule.min_dimension_share(), 0.25);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if the share is not in
    /// `[0, 1]`.
    pub fn each_dimension(mut self, min_share: f64) -> Result<Self, crate::MethodError> {
        self.min_dimension_share = share("min_dimension_share", min_share)?;
        Ok(self)
    }

    /// Also requires, in the dimension `id` (a child of the root), indicators with a value
    /// that carry at least this share of its weight (between 0 and 1). Unlike
    /// [`each_dimension`](Screening::each_dimension), the dimension is demanded even if
    /// no unit has a value for it (then no unit is kept); a dimension the framework does
    /// not have is an error when the screening runs. Given twice for one dimension, the
    /// last share holds.
    ///
    /// ```
    /// let rule = peacekeeping_eval::Screening::weight(0.2)?.dimension("outcomes", 0.5)?;
    /// assert_eq!(rule.min_dimension_shares(), [("outcomes".to_owned(), 0.5)]);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if the share is not in
    /// `[0, 1]`.
    pub fn dimension(mut self, id: &str, min_share: f64) -> Result<Self, crate::MethodError> {
        let min_share = share("dimension share", min_share)?;
        self.dimensions.retain(|(d, _)| d != id);
        self.dimensions.push((id.to_owned(), min_share));
        Ok(self)
    }

    /// Also leaves out of every share of a unit the indicators that do not apply to it,
    /// given as `(unit, indicator)` pairs: the unit is then judged on the indicators that
    /// apply (its availability is the share of those it has a value for, its weight
    /// share that of their weight, and likewise in each dimension; a dimension none of
    /// whose weighed indicators applies demands nothing of it). A pair whose cell has a
    /// value counts as observed; pairs naming no unit or indicator of the table are
    /// ignored. [`DatasetReport::not_applicable`](crate::DatasetReport::not_applicable)
    /// gives the pairs of the indicators computed from a dataset.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let table = IndicatorTable::new(["a", "b"])?
    ///     .with_column("x", vec![Some(1.0), Some(2.0)])?
    ///     .with_column("y", vec![Some(1.0), None])?;
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("i", "I"))
    ///     .indicator(Indicator::new("x", "X").parent("i"))
    ///     .indicator(Indicator::new("y", "Y").parent("i"))
    ///     .build()?;
    /// // `y` does not apply to `b`: it has all the evidence that applies.
    /// let screened = Screening::new(1.0)?.not_applicable([("b", "y")]).apply(&fw, &table)?;
    /// assert_eq!(screened.kept, ["a", "b"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn not_applicable<U: Into<String>, I: Into<String>>(
        mut self,
        cells: impl IntoIterator<Item = (U, I)>,
    ) -> Self {
        self.not_applicable
            .extend(cells.into_iter().map(|(u, i)| (u.into(), i.into())));
        self.not_applicable.sort();
        self.not_applicable.dedup();
        self
    }

    /// The `(unit, indicator)` pairs given with
    /// [`not_applicable`](Screening::not_applicable), sorted.
    #[must_use]
    pub fn not_applicable_cells(&self) -> &[(String, String)] {
        &self.not_applicable
    }

    /// The dimensions named with [`dimension`](Screening::dimension), each with the least
    /// share of its weight a unit needs, in the order given.
    #[must_use]
    pub fn min_dimension_shares(&self) -> &[(String, f64)] {
        &self.dimensions
    }

    /// The least share of indicators.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Screening::new(0.5)?.min_availability(), 0.5);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    #[must_use]
    pub fn min_availability(&self) -> f64 {
        self.min_availability
    }

    /// The least share of the index's weight (0 unless set by [`Screening::weight`]).
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Screening::new(0.5)?.min_weight_share(), 0.0);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    #[must_use]
    pub fn min_weight_share(&self) -> f64 {
        self.min_weight_share
    }

    /// The least share of each dimension's weight (0 unless set by
    /// [`Screening::each_dimension`]).
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Screening::new(0.5)?.min_dimension_share(), 0.0);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    #[must_use]
    pub fn min_dimension_share(&self) -> f64 {
        self.min_dimension_share
    }

    /// Screens the units of `table` without running the pipeline: which are kept, which
    /// are left out and what each lacks, and the dimensions not demanded (as
    /// [`Pipeline::run`](crate::Pipeline::run) with this screening would, before its other
    /// steps).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let table = IndicatorTable::new(["a", "b"])?
    ///     .with_column("x", vec![Some(1.0), Some(2.0)])?
    ///     .with_column("y", vec![Some(1.0), None])?;
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("i", "I"))
    ///     .indicator(Indicator::new("x", "X").parent("i"))
    ///     .indicator(Indicator::new("y", "Y").parent("i"))
    ///     .build()?;
    /// let screened = Screening::weight(0.75)?.apply(&fw, &table)?;
    /// assert_eq!(screened.kept, ["a"]);
    /// assert_eq!(screened.left_out[0].unit, "b");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`MethodError::MissingColumn`](crate::MethodError::MissingColumn) if the table
    /// lacks an indicator of the framework;
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if a dimension named with
    /// [`dimension`](Screening::dimension) is not a child of the framework's root.
    pub fn apply(
        &self,
        framework: &Framework,
        table: &crate::IndicatorTable,
    ) -> Result<Screened, crate::MethodError> {
        let columns = framework
            .indicators()
            .iter()
            .map(|ind| {
                table
                    .column(&ind.id)
                    .map(<[Option<f64>]>::to_vec)
                    .ok_or_else(|| crate::MethodError::MissingColumn {
                        kind: "indicator",
                        column: ind.id.clone(),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut warnings = Vec::new();
        let (kept, left_out) = self.screen(framework, &columns, table.units(), &mut warnings)?;
        Ok(Screened {
            kept: kept.into_iter().map(|u| table.units()[u].clone()).collect(),
            left_out,
            warnings,
        })
    }

    /// Screens `n_units` units given the framework's indicator columns (in the
    /// framework's indicator order, before imputation): the units kept, and one
    /// [`ScreenedOut`] per unit left out, in unit order.
    pub(crate) fn screen(
        &self,
        framework: &Framework,
        columns: &[Vec<Option<f64>>],
        units: &[String],
        warnings: &mut Vec<String>,
    ) -> Result<(Vec<usize>, Vec<ScreenedOut>), crate::MethodError> {
        let evidence = Evidence::new(framework);
        // The dimensions named, each with its indicators' weights and the share demanded.
        let named = self
            .dimensions
            .iter()
            .map(|(id, min)| {
                evidence
                    .dimensions
                    .iter()
                    .find(|(d, _)| d == id)
                    .map(|(_, weights)| (id, weights, *min))
                    .ok_or_else(|| crate::MethodError::Parameter {
                        step: "screening",
                        message: format!(
                            "dimension `{id}` is not a dimension (a child of the root) of framework `{}`",
                            framework.root_id()
                        ),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let inapplicable: BTreeSet<(&str, &str)> = self
            .not_applicable
            .iter()
            .map(|(u, i)| (u.as_str(), i.as_str()))
            .collect();
        let ids: Vec<&str> = framework.indicator_ids().collect();
        // The dimensions that weigh something and that some unit has a value for.
        let demanded: Vec<&(String, Vec<(usize, f64)>)> = evidence
            .dimensions
            .iter()
            .filter(|(_, weights)| weights.iter().any(|&(_, w)| w > 0.0))
            .filter(|(id, weights)| {
                let measured = weights
                    .iter()
                    .any(|&(i, w)| w > 0.0 && columns[i].iter().any(Option::is_some));
                if !measured && self.min_dimension_share > 0.0 {
                    warnings.push(format!(
                        "screening: no unit has a value for any indicator of dimension `{id}`; it is not demanded"
                    ));
                }
                measured
            })
            .collect();
        let (mut keep, mut out) = (Vec::new(), Vec::new());
        for (u, unit) in units.iter().enumerate() {
            let has = |i: usize| columns[i][u].is_some();
            let applies = |i: usize| has(i) || !inapplicable.contains(&(unit.as_str(), ids[i]));
            let applicable = (0..columns.len()).filter(|&i| applies(i)).count();
            let present = (0..columns.len()).filter(|&i| has(i)).count();
            let availability = if present == 0 {
                0.0
            } else {
                present as f64 / applicable as f64
            };
            // The index needs something to score; a dimension nothing of which applies
            // demands nothing.
            let weight_share = evidence
                .share(&evidence.weights, has, applies)
                .unwrap_or(0.0);
            let dimensions: Vec<(String, f64)> = demanded
                .iter()
                .map(|(id, weights)| {
                    (
                        id.clone(),
                        evidence.share(weights, has, applies).unwrap_or(1.0),
                    )
                })
                .collect();
            let mut short: Vec<(String, f64)> = dimensions
                .into_iter()
                .filter(|&(_, s)| s < self.min_dimension_share)
                .collect();
            for &(id, weights, min) in &named {
                let observed = evidence.share(weights, has, applies).unwrap_or(1.0);
                if observed < min && !short.iter().any(|(d, _)| d == id) {
                    short.push((id.clone(), observed));
                }
            }
            if availability >= self.min_availability
                && weight_share >= self.min_weight_share
                && short.is_empty()
            {
                keep.push(u);
            } else {
                let without = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
                    ids.iter()
                        .enumerate()
                        .filter(|&(i, _)| !has(i) && keep(i))
                        .map(|(_, id)| (*id).to_owned())
                        .collect()
                };
                out.push(ScreenedOut {
                    unit: unit.clone(),
                    availability,
                    indicators: columns.len(),
                    weight_share,
                    short_dimensions: short,
                    missing: without(&applies),
                    not_applicable: without(&|i| !applies(i)),
                });
            }
        }
        Ok((keep, out))
    }
}

/// The weights screening measures evidence by: each indicator's effective weight in the
/// index, over the whole framework and within each dimension.
struct Evidence {
    /// `(indicator position, effective weight)` of every indicator.
    weights: Vec<(usize, f64)>,
    /// Each child of the root, with its indicators' positions and effective weights.
    dimensions: Vec<(String, Vec<(usize, f64)>)>,
}

impl Evidence {
    fn new(framework: &Framework) -> Self {
        let effective = framework.effective_weights();
        let position = |id: &str| framework.indicator_ids().position(|i| i == id);
        let weight = |id: &str| effective.get(id).copied().unwrap_or(0.0);
        let weights = framework
            .indicator_ids()
            .enumerate()
            .map(|(i, id)| (i, weight(id)))
            .collect();
        let dimensions = framework
            .children(framework.root_id())
            .map(|d| {
                let mut below = Vec::new();
                let mut stack = vec![d];
                while let Some(node) = stack.pop() {
                    match position(node) {
                        Some(i) => below.push((i, weight(node))),
                        None => stack.extend(framework.children(node)),
                    }
                }
                (d.to_owned(), below)
            })
            .collect();
        Evidence {
            weights,
            dimensions,
        }
    }

    /// The share of the weight of the indicators `applies` says apply carried by those
    /// `has` says are observed; `None` when those that apply weigh nothing at all.
    fn share(
        &self,
        weights: &[(usize, f64)],
        has: impl Fn(usize) -> bool,
        applies: impl Fn(usize) -> bool,
    ) -> Option<f64> {
        let total: f64 = weights
            .iter()
            .filter(|&&(i, _)| applies(i))
            .map(|&(_, w)| w)
            .sum();
        if total <= 0.0 {
            return None;
        }
        // A fold from +0: an empty `sum` of floats is -0, which would print as "-0%".
        let observed = weights
            .iter()
            .filter(|&&(i, _)| has(i))
            .fold(0.0, |acc, &(_, w)| acc + w);
        Some(observed / total)
    }
}

/// What [`Screening::apply`] finds: the units kept, those left out, and the warnings.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Screened {
    /// The units kept, in table order.
    pub kept: Vec<String>,
    /// The units left out, in table order, each with what it lacks.
    pub left_out: Vec<ScreenedOut>,
    /// The dimensions not demanded because no unit has a value for them.
    pub warnings: Vec<String>,
}

/// A unit left out by [`Screening`]: insufficient evidence, and what it lacks.
///
/// ```
/// # use peacekeeping_eval::*;
/// let table = IndicatorTable::new(["a", "b"])?
///     .with_column("x", vec![Some(1.0), Some(2.0)])?
///     .with_column("y", vec![Some(1.0), None])?;
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("i", "I"))
///     .indicator(Indicator::new("x", "X").parent("i"))
///     .indicator(Indicator::new("y", "Y").parent("i").weight(3.0))
///     .build()?;
/// let scores = Pipeline::new().screening(Screening::weight(0.5)?).run(&fw, &table)?;
/// let out = &scores.report().screened_out[0];
/// assert_eq!((out.unit.as_str(), out.availability, out.weight_share), ("b", 0.5, 0.25));
/// assert_eq!(out.missing, ["y"]);
/// assert_eq!(out.to_string(), "b: 1 of 2 indicators, 25.0% of the index weight; missing y");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScreenedOut {
    /// The unit.
    pub unit: String,
    /// The share of the framework's indicators that apply to it that it has a value for.
    pub availability: f64,
    /// The number of the framework's indicators.
    pub indicators: usize,
    /// The share of the weight of the indicators that apply to it carried by those it has
    /// a value for (of the index's weight when all apply).
    pub weight_share: f64,
    /// The dimensions below [`Screening::min_dimension_share`] (in framework order), then
    /// those named with [`Screening::dimension`] below their share (in the order named),
    /// each with the share of its weight observed.
    pub short_dimensions: Vec<(String, f64)>,
    /// The indicators that apply to it that it has no value for, in framework order.
    pub missing: Vec<String>,
    /// The indicators that do not apply to it
    /// ([`Screening::not_applicable`]), in framework order.
    pub not_applicable: Vec<String>,
}

impl fmt::Display for ScreenedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let applicable = self.indicators - self.not_applicable.len();
        write!(
            f,
            "{}: {} of {} indicators",
            self.unit,
            applicable - self.missing.len(),
            applicable
        )?;
        if self.not_applicable.is_empty() {
            write!(f, ", {:.1}% of the index weight", 100.0 * self.weight_share)?;
        } else {
            write!(
                f,
                " that apply ({} not applicable: {}), {:.1}% of their weight",
                self.not_applicable.len(),
                self.not_applicable.join(", "),
                100.0 * self.weight_share
            )?;
        }
        if !self.short_dimensions.is_empty() {
            let short: Vec<String> = self
                .short_dimensions
                .iter()
                .map(|(d, s)| format!("{d} {:.1}%", 100.0 * s))
                .collect();
            write!(f, "; too little on {}", short.join(", "))?;
        }
        if !self.missing.is_empty() {
            write!(f, "; missing {}", self.missing.join(", "))?;
        }
        Ok(())
    }
}

/// Availability of each unit over the indicator columns.
pub(crate) fn availability(columns: &[Vec<Option<f64>>], n_units: usize) -> Vec<f64> {
    (0..n_units)
        .map(|u| {
            if columns.is_empty() {
                return 0.0;
            }
            let present = columns.iter().filter(|c| c[u].is_some()).count();
            present as f64 / columns.len() as f64
        })
        .collect()
}
