//! Transparent, reproducible effectiveness scores for partnerships in peace operations:
//! the part of the [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that evaluates.
//!
//! This crate is being built. It will hold hierarchical indicator frameworks (defined in
//! code or loaded from TOML/JSON), evidence from post-mission reports, field surveys,
//! stakeholder interviews and statistics with reliability grades, and a pipeline of
//! composite-indicator steps (imputation, outlier treatment, normalization, weighting,
//! aggregation) and multi-criteria methods (TOPSIS, VIKOR, PROMETHEE II, AHP), with
//! uncertainty and sensitivity analysis, after the OECD/JRC Handbook on Constructing
//! Composite Indicators (2008).
//!
//! Until then it exports nothing.

#![forbid(unsafe_code)]
