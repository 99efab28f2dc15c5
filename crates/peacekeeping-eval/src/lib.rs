//! Transparent, reproducible effectiveness scores for partnerships in peace operations:
//! the part of the [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that evaluates.
//!
//! It holds hierarchical indicator frameworks (defined in code or loaded from TOML/JSON),
//! evidence from post-mission reports, field surveys, stakeholder interviews and
//! statistics with reliability grades, a pipeline of composite-indicator steps
//! (screening, imputation, outlier treatment, normalization, aggregation) after the
//! OECD/JRC Handbook on Constructing Composite Indicators (2008) and the JRC's COINr, and
//! multi-criteria methods (TOPSIS, VIKOR, PROMETHEE II, WSM, WPM, Copeland, AHP), with
//! uncertainty and sensitivity analysis.
//!
//! ## Multi-criteria ranking, weights and sensitivity
//!
//! ```
//! use peacekeeping_eval::{DecisionMatrix, topsis, MatrixNormalization, critic_weights};
//! // A benefit criterion is one where higher is better, a cost criterion lower.
//! use peacekeeping_eval::Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost};
//! // The worked example of pymcdm's README: four alternatives, three criteria.
//! let m = DecisionMatrix::from_rows(
//!     &[[4.0, 4.0, 0.2], [1.0, 5.0, 0.5], [3.0, 2.0, 0.3], [4.0, 3.0, 0.5]],
//!     &[Benefit, Cost, Benefit],
//! )?;
//! let ranking = topsis(&m, &[0.3, 0.5, 0.2], MatrixNormalization::MinMax)?;
//! let rounded: Vec<f64> = ranking.scores.iter().map(|s| (s * 1000.0).round() / 1000.0).collect();
//! assert_eq!(rounded, [0.469, 0.255, 0.765, 0.747]);
//! assert_eq!(ranking.ranks, [3, 4, 1, 2]);
//! // Objective weights from the data instead (CRITIC).
//! let weights = critic_weights(&m)?;
//! assert!((weights.iter().sum::<f64>() - 1.0).abs() < 1e-12);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! - [`Direction`]: which way is better, for an indicator of a framework and a criterion of
//!   a decision matrix alike (`HigherIsBetter` is a benefit criterion, `LowerIsBetter` a
//!   cost criterion), and for ranking scores.
//! - [`DecisionMatrix`]: alternatives x criteria, validated (finite values), each
//!   criterion with a [`Direction`]; a bad value is a [`DataError`].
//! - Ranking methods ([`mcdm`]): [`topsis`] (normalization a [`MatrixNormalization`]),
//!   [`vikor`] (S, R, Q and the compromise conditions), [`promethee_ii`] (one
//!   [`PreferenceFunction`] per criterion), [`wsm`], [`wpm`], [`copeland`], [`moora`],
//!   [`aras`], [`edas`], [`mabac`], [`mairca`], [`spotis`], [`codas`], [`ocra`],
//!   [`marcos`], the Kemeny-Young ranking [`kemeny`]; results are a
//!   [`Ranking`], [`Vikor`] or [`Promethee`]; a method that cannot run is a
//!   [`MethodError`].
//! - Ranks with ties ([`rank`]): [`rank::ranks`] under any of the five [`Ties`] rules of
//!   `scipy.stats.rankdata` (average, min, max, dense, ordinal), with or without missing
//!   values; [`competition_ranks`] ("1224", [`Ties::Min`]), the rule of every rank of
//!   scores the crate reports.
//! - Weights ([`weighting`]): [`equal_weights`], [`explicit_weights`],
//!   [`entropy_weights`], [`critic_weights`], [`standard_deviation_weights`] (of the
//!   normalized or the raw columns, [`Spread`]), [`merec_weights`], [`gini_weights`],
//!   [`variance_weights`], [`angle_weights`], [`cilos_weights`], [`idocriw_weights`],
//!   [`rank_weights`] ([`RankWeighting`]: rank
//!   sum, reciprocal, order centroid), and AHP: [`ahp_weights`] of a
//!   [`PairwiseMatrix`] by the eigenvector or the rows' geometric means ([`Priorities`])
//!   with λmax, CI and CR against a [`RandomIndex`] table (Saaty 1980, Tummala & Ling
//!   1998, Donegan & Dodd 1991, Alonso & Lamata 2006).
//! - Comparing two rankings ([`compare`]): Spearman's ρ, the weighted Spearman `r_w`,
//!   the WS similarity coefficient, Kendall's τ, Goodman and Kruskal's γ.
//! - Uncertainty and sensitivity of any model given as a closure ([`uncertainty`], in the
//!   vocabulary of the pipeline's analysis below): [`rank_distribution`] (each unit's
//!   [`RankDistribution`] over Monte Carlo replications, running counts only, and its
//!   [`RankInterval`]), [`sobol_indices`] (first-order and total, Saltelli sampling),
//!   [`leave_one_out`] rank shifts ([`LeaveOneOut`]). Parallel (rayon) and deterministic
//!   for a seed: a [`Draw`] per replication; errors are [`UncertaintyError`].
//!
//! ## Composite indicators: frameworks, evidence and the scoring pipeline
//!
//! ```
//! use peacekeeping_eval::{builtin, Imputation, IndicatorTable, OutlierTreatment, Pipeline};
//!
//! // The built-in framework: six dimensions of partnership effectiveness (a TOML file).
//! let framework = builtin::partnership_effectiveness()?;
//! // One row per unit, one column per indicator.
//! // The figures are made up: they are only inputs to show the API.
//! let csv = "\
//! unit,mandate-delivery,civilian-protection,no-relapse,national-ownership,joint-activities,\
//! information-sharing,population-confidence,host-consent,joint-training,\
//! doctrine-compatibility,friction-count,friction-severity,partnership-duration,\
//! party-personnel,party-count,shared-memberships,common-languages,friction-kinds,\
//! host-violence-change,force-fatality-rate,ceiling-delivery,host-violence-after,\
//! contributor-diversity,contributor-continuity
//! unit-1,60,5,6,3,12,3,50,3,4,3,3,2,5,200,3,3,1,2,0.2,1.0,0.8,0.1,0.6,0.7
//! unit-2,80,1,9,4,20,4,70,4,8,4,1,1,10,900,4,5,2,1,-1.0,0.2,0.95,-1.2,0.9,0.95
//! unit-3,40,12,,2,5,2,30,2,1,2,6,3,1,10,2,1,0,3,1.5,3.0,0.5,1.0,0.3,0.4
//! ";
//! let table = IndicatorTable::from_csv_str(csv, "unit")?;
//! let scores = Pipeline::new()
//!     .imputation(Imputation::Median)
//!     .outliers(OutlierTreatment::coinr())
//!     .run(&framework, &table)?;
//! // unit-2 is the best of the three on every indicator, so it ranks first.
//! let best = scores.explain("unit-2").ok_or("unknown unit")?;
//! assert_eq!(best.rank, Some(1));
//! // unit-3 had no value for one indicator of twenty-four: the median filled it in.
//! assert_eq!(scores.coverage("unit-3"), Some(23.0 / 24.0));
//! assert_eq!(scores.report().imputed.len(), 1);
//! println!("{:.1}, strongest: {:?}", best.score.unwrap_or_default(), best.strongest);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! - Frameworks ([`framework`]): a [`Framework`] is a tree of [`Aggregate`]s and
//!   [`Indicator`]s of any depth, each indicator with a [`Direction`], a [`Transform`], a
//!   [`Normalization`] and a weight, each aggregate with an [`Aggregation`]. Built with
//!   [`Framework::builder`] or read with [`Framework::from_toml_str`],
//!   [`Framework::read_toml_file`], [`Framework::from_json_str`],
//!   [`Framework::read_json_file`] (format: `docs/frameworks.md`) or from COINr's
//!   metadata ([`CoinrMeta::read_csv`]); validation reports every [`FrameworkProblem`] at
//!   once ([`FrameworkError`]). Built-in: [`builtin::partnership_effectiveness`], and the
//!   partnership scorecard job of a `Dataset` ([`builtin::PartnershipScorecard`]).
//! - Data ([`table`]): an [`IndicatorTable`] of units x columns, from code or a wide CSV
//!   ([`IndicatorTable::read_csv`], [`IndicatorTable::read_csv_file`],
//!   [`IndicatorTable::from_csv_str`]); a bad value or row is a [`DataError`].
//! - Evidence ([`evidence`]): [`Observation`]s with a source kind and reliability grade,
//!   from a tidy CSV ([`Evidence::read_csv`], [`Evidence::read_csv_file`],
//!   [`Evidence::from_csv_str`]: an [`ImportedEvidence`] with an [`ImportReport`] of every
//!   bad row) or computed from a core `Dataset`'s records ([`Evidence::from_dataset`]: a
//!   [`DatasetEvidence`] of the [`DATASET_INDICATORS`], with a [`DatasetReport`] of what
//!   could not be computed); qualitative answers through an [`OrdinalScale`]; fused by the
//!   reliability-weighted mean ([`ReliabilityWeights`], [`FusionOptions`], [`PanelFill`])
//!   into an [`IndicatorTable`] ([`Evidence::indicator_table`]) or a [`FusedTable`] with
//!   each cell's provenance, coverage and confidence ([`Evidence::to_table`]).
//! - Outcomes measured from data ([`outcome`]): battle deaths in the host territory
//!   before, during and after an operation ([`outcome::violence`]) and the years of peace
//!   after it by UCDP's convention ([`outcome::peace_after`]), uniformed fatalities per
//!   1,000 personnel-years ([`outcome::fatality_rate`]), deployed against authorised
//!   strength ([`outcome::delivery`]), and the contributors' number, diversity and
//!   continuity ([`outcome::contributors`]).
//! - The pipeline ([`pipeline`]): [`Pipeline`] of optional steps, [`Screening`] (by the
//!   share of indicators, of the index's weight and of each dimension's weight observed;
//!   each unit left out a [`ScreenedOut`]),
//!   denomination, [`Imputation`], [`OutlierTreatment`] (COINr's winsorization), a default
//!   normalization and [`MissingChildren`]; [`Pipeline::run`] gives [`Scores`]: a score
//!   at every node ([`Scores::index`] for the index), ranks ([`Scores::rank`] on the
//!   index), coverage, an [`Explanation`] per unit with each indicator's
//!   [`IndicatorContribution`], each step's data ([`Stage`]) and [`PipelineReport`], and
//!   the configuration, so that [`Scores::rerun`] reproduces it; a step that cannot run
//!   is a [`MethodError`]. [`ScoreTable`] writes each unit's score, rank, rank interval,
//!   coverage and confidence as CSV.
//! - Uncertainty of the method choices ([`Uncertainty`]): [`Factor`]s choosing the
//!   imputation, the normalization, the aggregation per [`Scope`], or perturbing weights
//!   ([`Noise`]); [`Uncertainty::run`] gives each unit's Monte Carlo rank distribution
//!   ([`UncertaintyResult`]: its [`RankDistribution`], each unit's [`RankInterval`],
//!   failing replications reported), [`Uncertainty::sobol`] each factor's Sobol indices
//!   ([`Sensitivity`]), [`Uncertainty::leave_one_out`] the rank shifts without each
//!   indicator ([`IndicatorLeaveOneOut`], a [`LeaveOneOut`]).
//!
//! ## Errors
//!
//! One type per thing to fix ([`error`]): [`FrameworkError`] (the framework definition),
//! [`DataError`] (the input data), [`MethodError`] (a method's parameters, or a method
//! that cannot run on these inputs), [`UncertaintyError`] (an uncertainty analysis); and
//! [`Error`], any of them.
//!
//! ### How do I recompute a published index?
//!
//! Write its framework file (the UNDP HDI is `tests/data/hdi.toml`: goalposts, a log
//! transform for income, a geometric mean), read the data with
//! [`IndicatorTable::read_csv_file`], and run `Pipeline::new().missing_children(MissingChildren::Propagate)`.
//! The integration tests recompute the HDI 2022 of all 193 countries this way.
//!
//! Formulas and references: `docs/methodology.md`.

#![forbid(unsafe_code)]

pub mod builtin;
pub mod compare;
mod csv_reader;
pub mod direction;
pub mod error;
pub mod evidence;
pub mod framework;
mod io;
pub mod pipeline;
mod stats;
pub mod table;

pub mod matrix;
pub mod mcdm;
pub mod outcome;
pub mod rank;
pub mod score_table;
pub mod uncertainty;
pub mod weighting;

pub use direction::Direction;
pub use error::{
    DataError, Error, FrameworkError, FrameworkProblem, MethodError, ModelError,
    ReplicationFailure, RowProblem, UncertaintyError,
};
pub use matrix::{DecisionMatrix, normalized_weights};
pub use mcdm::{
    KEMENY_EXACT_LIMIT, Kemeny, MatrixNormalization, PreferenceFunction, Promethee, Ranking, Vikor,
    aras, codas, copeland, edas, kemeny, kemeny_agreement, mabac, mairca, marcos, moora,
    normalize_matrix, ocra, promethee_ii, spotis, topsis, vikor, wpm, wsm,
};
pub use rank::{Percentile, Ties, competition_ranks};
pub use score_table::{ScoreRow, ScoreTable};
pub use uncertainty::{
    Draw, Factor, FactorKind, IndicatorLeaveOneOut, LeaveOneOut, MonteCarloOptions, Noise,
    ParameterDistribution, RankDistribution, RankInterval, ReplicationRanks, Scope, Sensitivity,
    SobolIndices, Uncertainty, UncertaintyResult, leave_one_out, rank_distribution, sobol_indices,
};
pub use weighting::{
    Ahp, PairwiseMatrix, Priorities, RECIPROCAL_TOLERANCE, RandomIndex, RankWeighting, Spread,
    ahp_weights, angle_weights, cilos_weights, critic_weights, entropy_weights, equal_weights,
    explicit_weights, gini_weights, idocriw_weights, merec_weights, rank_weights,
    standard_deviation_weights, variance_weights,
};

pub use evidence::{
    DATASET_INDICATORS, DatasetEvidence, DatasetReport, Evidence, FusedTable, FusedValue,
    FusionOptions, Gap, ImportReport, ImportedEvidence, NotComputed, Observation, OrdinalScale,
    ReliabilityWeights,
};
pub use framework::{
    Aggregate, Aggregation, CoinrMeta, Distance, FRAMEWORK_FORMAT_VERSION, Framework,
    FrameworkBuilder, Indicator, NodeRef, Normalization, Reference, Transform,
};
pub use pipeline::{
    Explanation, Imputation, ImputedValue, IndicatorContribution, MissingChildren, OutlierRecord,
    OutlierTreatment, PanelFill, Pipeline, PipelineReport, Scores, ScreenOn, Screened, ScreenedOut,
    Screening, Stage,
};
pub use table::IndicatorTable;
