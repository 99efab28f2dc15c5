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
//! # Ok::<(), peacekeeping_eval::McdmError>(())
//! ```
//!
//! - [`Direction`]: which way is better, for an indicator of a framework and a criterion of
//!   a decision matrix alike (`HigherIsBetter` is a benefit criterion, `LowerIsBetter` a
//!   cost criterion), and for ranking scores.
//! - [`DecisionMatrix`]: alternatives x criteria, validated (finite values), each
//!   criterion with a [`Direction`]; errors are [`McdmError`].
//! - Ranking methods ([`mcdm`]): [`topsis`] (normalization a [`MatrixNormalization`]),
//!   [`vikor`] (S, R, Q and the compromise conditions), [`promethee_ii`] (one
//!   [`PreferenceFunction`] per criterion), [`wsm`], [`wpm`], [`copeland`]; results are a
//!   [`Ranking`], [`Vikor`] or [`Promethee`].
//! - Ranks with ties ([`rank`]): [`rank::ranks`] under any of the five [`Ties`] rules of
//!   `scipy.stats.rankdata` (average, min, max, dense, ordinal), with or without missing
//!   values; [`competition_ranks`] ("1224", [`Ties::Min`]), the rule of every rank of
//!   scores the crate reports.
//! - Weights ([`weighting`]): [`equal_weights`], [`explicit_weights`],
//!   [`entropy_weights`], [`critic_weights`], [`standard_deviation_weights`], and AHP:
//!   [`ahp_weights`] of a [`PairwiseMatrix`] with λmax, CI and CR against a
//!   [`RandomIndex`] table (Saaty 1980, Tummala & Ling 1998, Donegan & Dodd 1991).
//! - Sensitivity ([`sensitivity`]): [`sobol_indices`] (first-order and total, Saltelli
//!   sampling) of any closure; [`rank_distribution`] (median, 5th and 95th percentile
//!   ranks over Monte Carlo replications, running counts only); [`leave_one_out`] rank
//!   shifts. Parallel (rayon) and deterministic for a seed: a [`Draw`] per replication.
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
//! party-personnel,party-count,shared-memberships,common-languages,friction-kinds
//! unit-1,60,5,6,3,12,3,50,3,4,3,3,2,5,200,3,3,1,2
//! unit-2,80,1,9,4,20,4,70,4,8,4,1,1,10,900,4,5,2,1
//! unit-3,40,12,,2,5,2,30,2,1,2,6,3,1,10,2,1,0,3
//! ";
//! let table = IndicatorTable::from_csv(csv.as_bytes(), "unit")?;
//! let scores = Pipeline::new()
//!     .imputation(Imputation::Median)
//!     .outliers(OutlierTreatment::coinr())
//!     .run(&framework, &table)?;
//! // unit-2 is the best of the three on every indicator, so it ranks first.
//! let best = scores.explain("unit-2").ok_or("unknown unit")?;
//! assert_eq!(best.rank, Some(1));
//! // unit-3 had no value for one indicator of eighteen: the median filled it in.
//! assert_eq!(scores.coverage("unit-3"), Some(17.0 / 18.0));
//! assert_eq!(scores.report().imputed.len(), 1);
//! println!("{:.1}, strongest: {:?}", best.score.unwrap_or_default(), best.strongest);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! - Frameworks ([`framework`]): a [`Framework`] is a tree of [`Aggregate`]s and
//!   [`Indicator`]s of any depth, each indicator with a [`Direction`], a [`Transform`], a
//!   [`Normalization`] and a weight, each aggregate with an [`Aggregation`]. Built with
//!   [`Framework::builder`] or loaded with [`Framework::from_toml_str`] /
//!   [`Framework::from_json_str`] (format: `docs/frameworks.md`); validation reports every
//!   [`FrameworkProblem`] at once ([`FrameworkError`]). Built-in: [`builtin::partnership_effectiveness`].
//! - Data ([`table`]): an [`IndicatorTable`] of units x columns, from code or a wide CSV.
//! - Evidence ([`evidence`]): [`Observation`]s with a source kind and reliability grade,
//!   from a tidy CSV ([`Evidence::from_csv`], with an [`ImportReport`] of every bad row)
//!   or computed from a core `Dataset`'s records ([`Evidence::from_dataset`]: the
//!   [`DATASET_INDICATORS`], with a [`DatasetReport`] of what could not be computed); qualitative answers through an
//!   [`OrdinalScale`]; fused by the reliability-weighted mean ([`ReliabilityWeights`],
//!   [`FusionOptions`], [`PanelFill`]) into a [`FusedTable`] with coverage and confidence.
//! - The pipeline ([`pipeline`]): [`Pipeline`] of optional steps, [`Screening`],
//!   denomination, [`Imputation`], [`OutlierTreatment`] (COINr's winsorization), a default
//!   normalization and [`MissingChildren`]; [`Pipeline::run`] gives [`Scores`]
//!   a score at every node, ranks, coverage, an [`Explanation`] per unit
//!   with each indicator's [`IndicatorContribution`], each step's data ([`Stage`]) and
//!   [`PipelineReport`], and the configuration, so that [`Scores::rerun`] reproduces it.
//!   Errors are [`PipelineError`], [`TableError`], [`EvidenceError`].
//! - Uncertainty of the method choices ([`Uncertainty`]): [`Factor`]s choosing the
//!   imputation, the normalization, the aggregation per [`Scope`], or perturbing weights
//!   ([`Noise`]); [`Uncertainty::run`] gives each unit's Monte Carlo rank distribution
//!   ([`UncertaintyResult`], each unit's [`RankInterval`], failing replications reported), [`Uncertainty::sobol`] each
//!   factor's Sobol indices ([`Sensitivity`]), [`Uncertainty::leave_one_out`] the rank
//!   shifts without each indicator ([`IndicatorLeaveOneOut`]).
//!
//! ### How do I recompute a published index?
//!
//! Write its framework file (the UNDP HDI is `tests/data/hdi.toml`: goalposts, a log
//! transform for income, a geometric mean), read the data with
//! [`IndicatorTable::from_csv`], and run `Pipeline::new().missing_children(MissingChildren::Propagate)`.
//! The integration tests recompute the HDI 2022 of all 193 countries this way.
//!
//! Formulas and references: `docs/methodology.md`.

#![forbid(unsafe_code)]

pub mod builtin;
mod csv_reader;
pub mod direction;
pub mod error;
pub mod evidence;
pub mod framework;
pub mod pipeline;
mod stats;
pub mod table;

pub mod matrix;
pub mod mcdm;
pub mod rank;
pub mod sensitivity;
pub mod weighting;

pub use direction::{Direction, ParseDirectionError};
pub use matrix::{DecisionMatrix, McdmError, normalized_weights};
pub use mcdm::{
    MatrixNormalization, PreferenceFunction, Promethee, Ranking, Vikor, copeland, normalize_matrix,
    promethee_ii, topsis, vikor, wpm, wsm,
};
pub use rank::{Ties, competition_ranks};
pub use sensitivity::{
    Draw, LeaveOneOut, MonteCarloOptions, ParameterDistribution, RankDistribution, RunError,
    SobolIndices, leave_one_out, rank_distribution, sobol_indices,
};
pub use weighting::{
    Ahp, PairwiseMatrix, RECIPROCAL_TOLERANCE, RandomIndex, ahp_weights, critic_weights,
    entropy_weights, equal_weights, explicit_weights, standard_deviation_weights,
};

pub use error::{FrameworkError, FrameworkProblem};
pub use evidence::{
    DATASET_INDICATORS, DatasetReport, Evidence, EvidenceError, FusedTable, FusedValue,
    FusionOptions, ImportReport, NotComputed, Observation, OrdinalScale, ReliabilityWeights,
    RowProblem,
};
pub use framework::{
    Aggregate, Aggregation, AggregationError, CoinrMeta, FRAMEWORK_FORMAT_VERSION, Framework,
    FrameworkBuilder, Indicator, NodeRef, Normalization, Transform,
};
pub use pipeline::{
    Explanation, Factor, FactorKind, Imputation, ImputedValue, IndicatorContribution,
    IndicatorLeaveOneOut, MissingChildren, Noise, OutlierRecord, OutlierTreatment, PanelFill,
    Pipeline, PipelineError, PipelineReport, RankInterval, ReplicationError, ReplicationFailure,
    Scope, Scores, Screening, Sensitivity, Stage, Uncertainty, UncertaintyError, UncertaintyResult,
};
pub use table::{IndicatorTable, TableError};
