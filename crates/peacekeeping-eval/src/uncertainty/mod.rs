//! Uncertainty and sensitivity analysis, of any scoring model or of a pipeline's method
//! choices, in one vocabulary: a Monte Carlo [`RankDistribution`] with each unit's
//! [`RankInterval`], Sobol indices ([`SobolIndices`]), and [`LeaveOneOut`] rank shifts;
//! errors are [`UncertaintyError`]s.
//!
//! - Any model, given as a closure, so that they work on a ranking method over a
//!   [`DecisionMatrix`](crate::DecisionMatrix) as well as on anything else that scores:
//!   [`rank_distribution`] (the nominal scores and a model of one replication's scores),
//!   [`sobol_indices`] (a scalar model of k inputs, each of a [`ParameterDistribution`]),
//!   [`leave_one_out`] (the nominal scores and a model of the scores without each item).
//! - A composite-indicator pipeline ([`Uncertainty`]): the imputation, normalization,
//!   aggregation and weights as typed [`Factor`]s; [`Uncertainty::run`] gives an
//!   [`UncertaintyResult`] (its [`RankDistribution`], an interval by unit id, the failed
//!   replications), [`Uncertainty::sobol`] a [`Sensitivity`] ([`SobolIndices`] of each
//!   factor), [`Uncertainty::leave_one_out`] an [`IndicatorLeaveOneOut`] (a
//!   [`LeaveOneOut`] over the indicators).
//!
//! Runs are spread over all cores with rayon and are deterministic for a seed: every
//! replication (or sample row) draws from its own random stream ([`Draw`]), derived from
//! the seed and its index only (ChaCha8, stream = index), never from the thread that runs
//! it. Formulas and references are in `docs/methodology.md` ("Sensitivity and
//! uncertainty").

mod analysis;
mod draw;
mod factors;
mod leave_one_out;
mod monte_carlo;
mod sobol;

pub use analysis::{IndicatorLeaveOneOut, Sensitivity, Uncertainty, UncertaintyResult};
pub use draw::{Draw, ParameterDistribution};
pub use factors::{Factor, FactorKind, Noise, Scope};
pub use leave_one_out::{LeaveOneOut, leave_one_out};
pub use monte_carlo::{
    MonteCarloOptions, RankDistribution, RankInterval, ReplicationRanks, rank_distribution,
};
pub use sobol::{SobolIndices, sobol_indices};

pub use crate::error::{ModelError, ReplicationFailure, UncertaintyError};
