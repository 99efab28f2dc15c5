//! The result of a pipeline run ([`Scores`]): scores at every node, ranks, coverage,
//! explanations, and the configuration that produced them.

use super::{MethodError, Pipeline, PipelineReport, Prepared};
use crate::direction::Direction;
use crate::framework::{Aggregation, Framework};
use crate::mcdm::copeland_tally;
use crate::rank::competition_ranks_with_missing;
use crate::stats;
use crate::table::IndicatorTable;

/// Which stage of an indicator's data to read with [`Scores::stage`].
///
/// ```
/// use peacekeeping_eval::Stage;
/// assert_ne!(Stage::Raw, Stage::Normalized);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// As read from the table, after screening and denomination.
    Raw,
    /// After imputation and outlier treatment.
    Treated,
    /// After the transform and normalization.
    Normalized,
}

/// One indicator's part in a unit's index score.
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("index", "Index"))
/// #     .indicator(Indicator::new("a", "A").parent("index"))
/// #     .indicator(
/// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
/// #     )
/// #     .build()?;
/// # // Three units; the figures are made up, only inputs to show the API.
/// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
/// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
/// let scores = Pipeline::new().imputation(Imputation::Median).run(&fw, &table)?;
/// let explanation = scores.explain(&scores.units()[0]).ok_or("no unit")?;
/// let total: f64 = explanation.contributions.iter().map(|c| c.contribution).sum();
/// assert!((total - explanation.score.unwrap_or(0.0)).abs() < 1e-9);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IndicatorContribution {
    /// The indicator.
    pub indicator: String,
    /// Its raw value (after denomination), if observed.
    pub raw: Option<f64>,
    /// Its normalized value, if any.
    pub normalized: Option<f64>,
    /// Its effective weight in the index (product of normalized weights up the tree).
    pub effective_weight: f64,
    /// Its contribution to the index score: `w x / Σ w x × score`, with the unit's
    /// pairwise standing in place of `x` when the framework uses
    /// [`Aggregation::Copeland`] (see [`Scores::explain`]); 0 when missing.
    pub contribution: f64,
    /// The unit's rank on this indicator among the scored units (1 = best, ties share the
    /// best rank), if it has a value.
    pub rank: Option<usize>,
}

/// Why a unit scores what it scores.
///
/// ```
/// # use peacekeeping_eval::*;
/// # let fw = Framework::builder()
/// #     .aggregate(Aggregate::new("index", "Index"))
/// #     .indicator(Indicator::new("a", "A").parent("index"))
/// #     .indicator(
/// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
/// #     )
/// #     .build()?;
/// # // Three units; the figures are made up, only inputs to show the API.
/// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
/// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
/// let scores = Pipeline::new().run(&fw, &table)?;
/// let e = scores.explain(&scores.units()[0]).ok_or("no unit")?;
/// assert!(!e.strongest.is_empty() && !e.weakest.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Explanation {
    /// The unit.
    pub unit: String,
    /// Its index score.
    pub score: Option<f64>,
    /// Its rank on the index.
    pub rank: Option<usize>,
    /// Its coverage: the share of indicators observed before imputation.
    pub coverage: f64,
    /// Every indicator's contribution, in framework order.
    pub contributions: Vec<IndicatorContribution>,
    /// Its three strongest indicators (best ranks among units), best first.
    pub strongest: Vec<String>,
    /// Its three weakest indicators (worst ranks among units), worst first.
    pub weakest: Vec<String>,
}

/// Scores at every node of a framework for every unit, with the data of each step, what
/// each step did, and the configuration that produced them.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Direction, Framework, Indicator, IndicatorTable, Pipeline};
///
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .indicator(Indicator::new("a", "A").parent("index"))
///     .indicator(
///         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
///     )
///     .build()?;
/// // Three units; the figures are made up, only inputs to show the API.
/// let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
/// let table = IndicatorTable::from_csv_str(csv, "unit")?;
/// let scores = Pipeline::new().run(&fw, &table)?;
/// for (unit, rank) in scores.units().iter().zip(scores.ranks(fw.root_id())) {
///     println!("{unit}: {:?} (rank {rank:?})", scores.score(fw.root_id(), unit));
/// }
/// assert_eq!(scores.ranks(fw.root_id()), [Some(2), Some(1), Some(3)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Scores {
    framework: Framework,
    pipeline: Pipeline,
    units: Vec<String>,
    /// One column per node: aggregates, then indicators (normalized).
    values: Vec<Vec<Option<f64>>>,
    inputs: Inputs,
    coverage: Vec<f64>,
    report: PipelineReport,
}

/// The indicator columns before normalization, one per indicator in framework order.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct Inputs {
    /// As read, after screening and denomination.
    raw: Vec<Vec<Option<f64>>>,
    /// After imputation and outlier treatment.
    treated: Vec<Vec<Option<f64>>>,
}

impl Scores {
    /// The scores of a run: `aggregates` holds one column per aggregate (framework
    /// order), `prepared` the data of the steps before aggregation.
    pub(crate) fn new(
        framework: Framework,
        pipeline: Pipeline,
        mut aggregates: Vec<Vec<Option<f64>>>,
        prepared: Prepared,
    ) -> Self {
        let Prepared {
            units,
            normalized,
            raw,
            treated,
            coverage,
            report,
        } = prepared;
        aggregates.extend(normalized);
        Scores {
            framework,
            pipeline,
            units,
            values: aggregates,
            inputs: Inputs { raw, treated },
            coverage,
            report,
        }
    }

    /// The framework that produced these scores.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.framework(), &fw);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The pipeline configuration that produced these scores.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let pipeline = Pipeline::new().imputation(Imputation::Mean);
    /// assert_eq!(pipeline.run(&fw, &table)?.pipeline(), &pipeline);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// Runs the recorded configuration again on `table` (the same table gives equal
    /// scores).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.rerun(&table)?, scores);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`Pipeline::run`].
    pub fn rerun(&self, table: &IndicatorTable) -> Result<Scores, MethodError> {
        self.pipeline.run(&self.framework, table)
    }

    /// The scored units (after screening), in table order.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.units(), table.units());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// What each step did.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert!(scores.report().imputed.is_empty());
    /// let imputed = Pipeline::new().imputation(Imputation::Median).run(&fw, &table)?;
    /// assert_eq!(imputed.report().imputed.len(), 1); // unit-3's `a`
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn report(&self) -> &PipelineReport {
        &self.report
    }

    fn node_index(&self, node: &str) -> Option<usize> {
        self.framework.index_of(node)
    }

    fn unit_index(&self, unit: &str) -> Option<usize> {
        self.units.iter().position(|u| u == unit)
    }

    /// The score of a node (aggregate score, or an indicator's normalized value) for a
    /// unit; `None` if missing or unknown.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// // unit-1: `a` is the lowest (0), `b` half-way (50): the mean is 25.
    /// let s = scores.score("index", "unit-1").ok_or("missing")?;
    /// assert!((s - 25.0).abs() < 1e-9);
    /// assert_eq!(scores.score("index", "unit-9"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn score(&self, node: &str, unit: &str) -> Option<f64> {
        let n = self.node_index(node)?;
        let u = self.unit_index(unit)?;
        self.values[n][u]
    }

    /// A unit's index score: the score of the framework's root, the short path of
    /// [`Scores::score`]`(framework.root_id(), unit)`; `None` if missing or unknown.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.index("unit-2"), Some(100.0));
    /// assert_eq!(scores.index("unit-2"), scores.score(fw.root_id(), "unit-2"));
    /// assert_eq!(scores.index("unit-9"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn index(&self, unit: &str) -> Option<f64> {
        let u = self.unit_index(unit)?;
        self.index_scores()[u]
    }

    /// A unit's rank on the index: 1 for the highest index score, ties sharing the best
    /// rank (competition ranks, [`Ties::Min`](crate::Ties::Min)); `None` for a unit
    /// without an index score or unknown. The short path of [`Scores::ranks`] on the
    /// root.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.rank("unit-2"), Some(1));
    /// assert_eq!(scores.rank("unit-3"), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rank(&self, unit: &str) -> Option<usize> {
        let u = self.unit_index(unit)?;
        self.index_ranks()[u]
    }

    /// Every unit's index score (the root's column), in [`Scores::units`] order.
    pub(crate) fn index_scores(&self) -> &[Option<f64>] {
        &self.values[self.framework.root_index()]
    }

    /// Every unit's rank on the index, in [`Scores::units`] order: [`Scores::ranks`] on
    /// the root, ranked once for all units.
    pub(crate) fn index_ranks(&self) -> Vec<Option<usize>> {
        competition_ranks_with_missing(self.index_scores(), Direction::HigherIsBetter)
    }

    /// A node's scores for every unit, in [`Scores::units`] order.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.scores("b").map(<[_]>::len), Some(scores.units().len()));
    /// assert_eq!(scores.scores("c"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn scores(&self, node: &str) -> Option<&[Option<f64>]> {
        self.node_index(node).map(|n| self.values[n].as_slice())
    }

    /// An indicator's values at a stage of the pipeline, in [`Scores::units`] order.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.stage(Stage::Raw, "a"), table.column("a"));
    /// assert_eq!(scores.stage(Stage::Normalized, "a"), Some(&[Some(0.0), Some(100.0), None][..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn stage(&self, stage: Stage, indicator: &str) -> Option<&[Option<f64>]> {
        let i = self
            .framework
            .indicator_ids()
            .position(|id| id == indicator)?;
        Some(match stage {
            Stage::Raw => &self.inputs.raw[i],
            Stage::Treated => &self.inputs.treated[i],
            Stage::Normalized => &self.values[self.framework.aggregates().len() + i],
        })
    }

    /// Ranks on a node, in [`Scores::units`] order: 1 for the highest score, ties sharing
    /// the best rank ("1224" competition ranking), `None` for units without a score or an
    /// unknown node.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.ranks("index"), [Some(2), Some(1), Some(3)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranks(&self, node: &str) -> Vec<Option<usize>> {
        match self.node_index(node) {
            Some(n) => competition_ranks_with_missing(&self.values[n], Direction::HigherIsBetter),
            None => vec![None; self.units.len()],
        }
    }

    /// A unit's coverage: the share of the framework's indicators it has a value for
    /// before imputation.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// assert_eq!(scores.coverage("unit-1"), Some(1.0));
    /// assert_eq!(scores.coverage("unit-3"), Some(0.5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn coverage(&self, unit: &str) -> Option<f64> {
        self.unit_index(unit).map(|u| self.coverage[u])
    }

    /// Explains a unit's index score.
    ///
    /// Contributions attribute the index score to indicators in proportion to their
    /// weighted normalized values: `c_i = w_i x_i / Σ_j w_j x_j × score`, with `w` the
    /// effective weights renormalized over the indicators the unit has. They add up to the
    /// score; for an index of weighted arithmetic means without missing values
    /// `c_i = w_i x_i` exactly. For other aggregations they are an attribution, not a
    /// decomposition (see `docs/methodology.md`).
    ///
    /// When an aggregate of the framework uses [`Aggregation::Copeland`], the size of a
    /// normalized value means nothing there, only its order among units: `x_i` is then
    /// the unit's pairwise standing on indicator `i`, the share of the other units with a
    /// value that it is strictly above (ties count half; 1/2 if it is alone). The
    /// contributions still add up to the score (0 each when the score is 0 or every
    /// standing is 0).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder()
    /// #     .aggregate(Aggregate::new("index", "Index"))
    /// #     .indicator(Indicator::new("a", "A").parent("index"))
    /// #     .indicator(
    /// #         Indicator::new("b", "B").parent("index").direction(Direction::LowerIsBetter),
    /// #     )
    /// #     .build()?;
    /// # // Three units; the figures are made up, only inputs to show the API.
    /// # let csv = "unit,a,b\nunit-1,4,2\nunit-2,7,1\nunit-3,,3\n";
    /// # let table = IndicatorTable::from_csv_str(csv, "unit")?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// let e = scores.explain(&scores.units()[1]).ok_or("unknown unit")?;
    /// assert_eq!(e.contributions.len(), fw.indicators().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn explain(&self, unit: &str) -> Option<Explanation> {
        let u = self.unit_index(unit)?;
        let score = self.index_scores()[u];
        let n_agg = self.framework.aggregates().len();
        let weights = self.framework.effective_weights();
        let mut contributions: Vec<IndicatorContribution> = self
            .framework
            .indicators()
            .iter()
            .enumerate()
            .map(|(i, ind)| {
                let column = &self.values[n_agg + i];
                IndicatorContribution {
                    indicator: ind.id.clone(),
                    raw: self.inputs.raw[i][u],
                    normalized: column[u],
                    effective_weight: weights.get(ind.id.as_str()).copied().unwrap_or(0.0),
                    contribution: 0.0,
                    rank: competition_ranks_with_missing(column, Direction::HigherIsBetter)[u],
                }
            })
            .collect();
        // What each indicator brings: its normalized value, or under Copeland its
        // pairwise standing among the units.
        let copeland = self
            .framework
            .aggregates()
            .iter()
            .any(|a| a.method == Aggregation::Copeland);
        let merit: Vec<Option<f64>> = (0..contributions.len())
            .map(|i| {
                let column = &self.values[n_agg + i];
                if copeland {
                    pairwise_standing(column, u)
                } else {
                    column[u]
                }
            })
            .collect();
        let weighted: f64 = contributions
            .iter()
            .zip(&merit)
            .filter_map(|(c, m)| m.map(|x| c.effective_weight * x))
            .sum();
        if let Some(score) = score.filter(|_| weighted != 0.0) {
            for (c, m) in contributions.iter_mut().zip(&merit) {
                if let Some(x) = m {
                    c.contribution = c.effective_weight * x / weighted * score;
                }
            }
        }
        let mut ranked: Vec<(usize, &str)> = contributions
            .iter()
            .filter(|c| c.effective_weight > 0.0)
            .filter_map(|c| c.rank.map(|r| (r, c.indicator.as_str())))
            .collect();
        ranked.sort_by_key(|&(r, _)| r);
        let strongest = ranked
            .iter()
            .take(3)
            .map(|(_, id)| (*id).to_owned())
            .collect();
        let weakest = ranked
            .iter()
            .rev()
            .take(3)
            .map(|(_, id)| (*id).to_owned())
            .collect();
        Some(Explanation {
            unit: unit.to_owned(),
            score,
            rank: self.index_ranks()[u],
            coverage: self.coverage[u],
            contributions,
            strongest,
            weakest,
        })
    }
}

/// Unit `u`'s standing among the units with a value in `column`: its
/// [`CopelandTally::share`](crate::mcdm::CopelandTally::share) on this one column (the share of the others it is strictly
/// above, ties counting half; 1/2 when it is alone), `None` when it has no value.
fn pairwise_standing(column: &[Option<f64>], u: usize) -> Option<f64> {
    column[u]?;
    let (pos, values) = stats::present(column);
    let k = pos.iter().position(|&p| p == u)?;
    let tally = copeland_tally(k, values.len(), |a, b| {
        Direction::HigherIsBetter.compare(values[a], values[b])
    });
    Some(tally.share())
}
