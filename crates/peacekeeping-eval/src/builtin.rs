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
use crate::pipeline::{PanelFill, Pipeline, Scores, Screened, Screening};
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
/// pipeline on the partnerships with enough evidence; [`PartnershipScorecard::uncertainty`]
/// is the analysis of their ranks under each weight moved by up to 25% and the index an
/// arithmetic or a geometric mean of the dimensions.
///
/// **Missing evidence is not rewarded.** A partnership whose observed indicators carry
/// less than [`MIN_WEIGHT_SHARE`] of the index's weight, or less than
/// [`MIN_OUTCOME_SHARE`] of its mission outcomes' weight, is not scored or ranked: it is
/// reported as insufficient evidence, with what it lacks
/// ([`PartnershipScorecard::screened`]), instead of being ranked on the few indicators it
/// has (a partnership with no friction recorded would otherwise rank above one whose
/// frictions are known, and one whose outcomes no record gives above one judged on
/// them). An indicator that does not apply to a partnership
/// ([`Gap::NotApplicable`](crate::Gap::NotApplicable): the personnel of a partnership of
/// organizations, the years after operations that go on) is not missing evidence: it is
/// left out of that partnership's shares ([`Screening::not_applicable`]). The rule is
/// [`Screening::weight`] with [`Screening::dimension`]; change it with
/// [`PartnershipScorecard::with_screening`].
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_eval::builtin::PartnershipScorecard;
///
/// let data = peacekeeping_data::reference::dataset();
/// let card = PartnershipScorecard::new(data, Date::new(2024, 12, 31)?)?;
/// let scores = card.scores()?;
/// let runs = card.uncertainty().run(200, 7)?;
/// let unamid = "unamid-au-un";
/// let score = scores.index(unamid).ok_or("UNAMID not scored")?;
/// let interval = runs.interval(unamid).ok_or("UNAMID not ranked")?;
/// assert_eq!(format!("{score:.1}"), "88.1");
/// assert!(interval.p5 <= interval.nominal && interval.nominal <= interval.p95);
/// assert!(card.report.coverage(unamid).is_some());
/// // The AU and the UN deploy their members' personnel, not their own: the parties'
/// // personnel do not apply to UNAMID's partnership, and are no gap in its evidence.
/// let cells = card.screening.not_applicable_cells();
/// assert!(cells.iter().any(|(u, i)| u == unamid && i == "party-personnel"));
///
/// // Lancaster House has no operation, hence no outcome: insufficient evidence, not
/// // ranked, whatever else its records give (frictions, a joint exercise).
/// let screened = card.screened()?;
/// let lancaster = screened.left_out.iter().find(|s| s.unit == "lancaster-house-2010")
///     .ok_or("Lancaster House ranked")?;
/// assert_eq!(lancaster.short_dimensions, [("mission-outcomes".to_owned(), 0.0)]);
/// assert!(lancaster.missing.iter().any(|i| i == "host-violence-change"));
/// assert!(scores.index("lancaster-house-2010").is_none());
/// // AMISOM: two of its five outcome indicators (the change in Somalia's battle deaths,
/// // the delivery of the ceilings the resolutions set), exactly two fifths: ranked.
/// assert!(screened.kept.iter().any(|k| k == "amisom-au-un-eu"));
/// assert!(scores.index("amisom-au-un-eu").is_some());
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
    /// The rule that leaves out partnerships with too little evidence:
    /// [`Screening::weight`]`(`[`MIN_WEIGHT_SHARE`]`)` with
    /// [`dimension`](Screening::dimension)`("mission-outcomes", `[`MIN_OUTCOME_SHARE`]`)`
    /// unless changed with [`PartnershipScorecard::with_screening`], and the indicators
    /// that do not apply to a partnership ([`Screening::not_applicable`] with
    /// [`DatasetReport::not_applicable`]).
    pub screening: Screening,
}

/// The share of the index's weight a partnership's observed indicators must carry for
/// [`PartnershipScorecard`] to score it: a fifth.
///
/// The built-in framework's 16 indicators computed from a dataset carry at most two
/// thirds of its weight (its 8 survey and report inputs the rest), and outcome records
/// (battle deaths, fatalities, ceilings, personnel reports) cover UN operations far
/// better than others; a fifth leaves out partnerships known from a few records of their
/// own (parties, duration) and no outcome, and keeps those with outcome evidence. It is a
/// judgement, documented in docs/methodology.md ("A scorecard that does not reward
/// missing evidence"); set another with [`PartnershipScorecard::with_screening`].
pub const MIN_WEIGHT_SHARE: f64 = 0.2;

/// The share of the mission outcomes' weight a partnership's observed indicators must
/// carry for [`PartnershipScorecard`] to score it: two fifths, two of the dimension's five
/// equally weighted indicators (three of which a dataset can give: the change in the
/// hosts' battle deaths, the force's fatality rate, deployed against authorised
/// strength).
///
/// The question the scorecard answers is which partnerships work, judged first on what
/// their operations achieved; a partnership whose outcomes the records barely give (a
/// regional operation the UN's fatality and personnel records do not cover, say) would
/// otherwise be ranked on its duration and frictions. A judgement, documented with
/// [`MIN_WEIGHT_SHARE`].
pub const MIN_OUTCOME_SHARE: f64 = 0.4;

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
            screening: Screening::weight(MIN_WEIGHT_SHARE)?
                .dimension("mission-outcomes", MIN_OUTCOME_SHARE)?
                .not_applicable(found.report.not_applicable()),
            report: found.report,
        })
    }

    /// The scorecard with another rule for leaving out partnerships with too little
    /// evidence (`Screening::weight(0.0)` scores every partnership), to which the
    /// indicators that do not apply to a partnership are added
    /// ([`Screening::not_applicable`] with [`DatasetReport::not_applicable`]).
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// use peacekeeping_eval::{Screening, builtin::PartnershipScorecard};
    ///
    /// let data = peacekeeping_data::reference::dataset();
    /// let card = PartnershipScorecard::new(data, Date::new(2024, 12, 31)?)?
    ///     .with_screening(Screening::weight(0.0)?);
    /// assert!(card.screened()?.left_out.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_screening(mut self, screening: Screening) -> Self {
        self.screening = screening.not_applicable(self.report.not_applicable());
        self
    }

    /// Which partnerships [`scores`](PartnershipScorecard::scores) scores and which it
    /// leaves out as insufficient evidence, each with the share of the index's weight its
    /// observed indicators carry and the indicators it lacks.
    ///
    /// See [`PartnershipScorecard`] for an example.
    ///
    /// # Errors
    /// As [`Screening::apply`] (never for the built-in framework and table, which have
    /// the same indicators).
    pub fn screened(&self) -> Result<Screened, MethodError> {
        self.screening.apply(&self.framework, &self.table)
    }

    /// The pipeline of the scorecard: the default one, with its screening.
    fn pipeline(&self) -> Pipeline {
        Pipeline::new().screening(self.screening.clone())
    }

    /// The scores of the partnerships with enough evidence
    /// ([`screened`](PartnershipScorecard::screened)) under the default pipeline
    /// (normalize and aggregate only: nothing filled in); the report's `screened_out`
    /// lists the others.
    ///
    /// See [`PartnershipScorecard`] for an example.
    ///
    /// # Errors
    /// As [`Pipeline::run`]; [`MethodError::NoUnits`] if no partnership had begun by
    /// `as_of` or none has enough evidence.
    pub fn scores(&self) -> Result<Scores, MethodError> {
        self.pipeline().run(&self.framework, &self.table)
    }

    /// The uncertainty of the partnerships' ranks under the default pipeline: each weight
    /// multiplied by its own uniform draw in `[0.75, 1.25)`, and the index an arithmetic
    /// or a geometric mean of the dimensions, drawn with equal chances. Run it with
    /// [`Uncertainty::run`] (the tour: 1,000 runs, seed 2024).
    ///
    /// See [`PartnershipScorecard`] for an example.
    #[must_use]
    pub fn uncertainty(&self) -> Uncertainty<'_> {
        Uncertainty::new(&self.framework, &self.table, self.pipeline())
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
