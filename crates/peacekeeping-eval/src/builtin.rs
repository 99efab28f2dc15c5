//! Built-in frameworks, shipped as TOML files inside the crate and meant to be copied and
//! changed.
//!
//! The **partnership effectiveness** framework scores a partnership in a peace operation
//! on six equally weighted dimensions: mission outcomes, sustainability of peace, level of
//! cooperation among partners, local legitimacy and acceptance, interoperability, and
//! frictions (lower is better). Its file, [`PARTNERSHIP_EFFECTIVENESS_TOML`], explains
//! each choice; the rationale and references are in `docs/methodology.md`. Sixteen of its
//! twenty-four indicators ([`DATASET_INDICATORS`](crate::DATASET_INDICATORS)) are computed
//! from a core `Dataset`'s records by [`Evidence::from_dataset`](crate::Evidence::from_dataset),
//! among them the outcomes of the operations a partnership serves (battle deaths in the
//! host countries before, during and after them, the years of peace after them, the
//! safety of their personnel, their deployed against authorised strength) and the
//! diversity and continuity of their contributors; the other eight come from reports,
//! surveys and interviews.
//!
//! [`PartnershipScorecard`] is the whole job on a core `Dataset`: the partnerships'
//! indicators, their scores and the uncertainty of their ranks.

use peacekeeping_core::{Dataset, Date};

use crate::error::{Error, FrameworkError, MethodError};
use crate::evidence::{DatasetReport, Evidence, FusionOptions};
use crate::framework::{Aggregation, Framework};
use crate::pipeline::{PanelFill, Pipeline, Scores};
use crate::table::IndicatorTable;
use crate::uncertainty::{Factor, Noise, Scope, Uncertainty};

/// The partnership effectiveness framework file (TOML), to copy and change.
///
/// ```
/// let text = peacekeeping_eval::builtin::PARTNERSHIP_EFFECTIVENESS_TOML;
/// assert!(text.contains("[[indicator]]"));
/// ```
pub const PARTNERSHIP_EFFECTIVENESS_TOML: &str =
    include_str!("../frameworks/partnership-effectiveness.toml");

/// The partnership effectiveness framework, loaded from
/// [`PARTNERSHIP_EFFECTIVENESS_TOML`].
///
/// ```
/// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
/// assert_eq!(fw.children(fw.root_id()).count(), 6);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
///
/// # Errors
/// None in practice: the file is tested; the `Result` is that of
/// [`Framework::from_toml_str`].
pub fn partnership_effectiveness() -> Result<Framework, FrameworkError> {
    Framework::from_toml_str(PARTNERSHIP_EFFECTIVENESS_TOML)
}

/// The partnership scorecard job: the partnerships of a core `Dataset` scored with the
/// built-in framework on what the records allow, and the uncertainty of their ranks. The
/// facade's `tour` prints it, its end-to-end tests check it and the benchmarks time it.
///
/// [`PartnershipScorecard::new`] computes the indicators of the partnerships begun by
/// `as_of` ([`Evidence::from_dataset`](crate::Evidence::from_dataset)) and fuses them as
/// the partnerships stand at `as_of`: each indicator's last observation up to then
/// ([`PanelFill::LastObservation`]). [`PartnershipScorecard::scores`] runs the default
/// pipeline; [`PartnershipScorecard::uncertainty`] is the analysis of its ranks under
/// each weight moved by up to 25% and the index an arithmetic or a geometric mean of the
/// dimensions.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_eval::builtin::PartnershipScorecard;
///
/// let data = peacekeeping_data::reference::dataset();
/// let card = PartnershipScorecard::new(data, Date::new(2024, 12, 31)?)?;
/// let scores = card.scores()?;
/// let runs = card.uncertainty().run(200, 7)?;
/// let amisom = "amisom-au-un-eu";
/// let score = scores.index(amisom).ok_or("AMISOM not scored")?;
/// let interval = runs.interval(amisom).ok_or("AMISOM not ranked")?;
/// assert_eq!(format!("{score:.1}"), "45.3");
/// assert!(interval.p5 <= interval.nominal && interval.nominal <= interval.p95);
/// assert!(card.report.coverage(amisom).is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PartnershipScorecard {
    /// The date the partnerships are scored as of.
    pub as_of: Date,
    /// The built-in partnership effectiveness framework.
    pub framework: Framework,
    /// One row per partnership begun by `as_of`, one column per indicator of the
    /// framework (missing where the records allow no value).
    pub table: IndicatorTable,
    /// The partnerships taken as units, and every indicator not computed for one.
    pub report: DatasetReport,
}

impl PartnershipScorecard {
    /// The built-in framework and the indicator table of the partnerships of `data`
    /// begun by `as_of`, from the records up to then (the last observation of each
    /// indicator carried forward), with what could not be computed.
    ///
    /// See [`PartnershipScorecard`] for an example.
    ///
    /// # Errors
    /// None in practice: [`Error::Framework`] if the built-in framework did not load,
    /// [`Error::Data`] if the fused evidence did not make a table (neither happens: both
    /// are tested).
    pub fn new(data: &Dataset, as_of: Date) -> Result<Self, Error> {
        let framework = partnership_effectiveness()?;
        let found = Evidence::from_dataset(data, as_of);
        let options = FusionOptions::default()
            .as_of(as_of)
            .fill(PanelFill::LastObservation);
        let table = found.evidence.indicator_table(&framework, &options)?;
        Ok(PartnershipScorecard {
            as_of,
            framework,
            table,
            report: found.report,
        })
    }

    /// The partnerships' scores under the default pipeline (normalize and aggregate
    /// only: nothing filled in).
    ///
    /// See [`PartnershipScorecard`] for an example.
    ///
    /// # Errors
    /// As [`Pipeline::run`]; [`MethodError::NoUnits`] if no partnership had begun by
    /// `as_of`.
    pub fn scores(&self) -> Result<Scores, MethodError> {
        Pipeline::new().run(&self.framework, &self.table)
    }

    /// The uncertainty of the partnerships' ranks under the default pipeline: each weight
    /// multiplied by its own uniform draw in `[0.75, 1.25)`, and the index an arithmetic
    /// or a geometric mean of the dimensions, drawn with equal chances. Run it with
    /// [`Uncertainty::run`] (the tour: 1,000 runs, seed 2024).
    ///
    /// See [`PartnershipScorecard`] for an example.
    #[must_use]
    pub fn uncertainty(&self) -> Uncertainty<'_> {
        Uncertainty::new(&self.framework, &self.table, Pipeline::new())
            .factor(Factor::weight_noise(
                "weights",
                Scope::All,
                Noise::Uniform { spread: 0.25 },
            ))
            .factor(Factor::aggregation(
                "index mean",
                Scope::Level(0),
                [Aggregation::Arithmetic, Aggregation::Geometric],
            ))
    }
}
