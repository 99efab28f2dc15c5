//! End-to-end tests of the facade `peacekeeping`, in one test binary: what a user does
//! with the toolkit, through `peacekeeping::...` paths only.
//!
//! - `reference`: the embedded reference dataset through the network analysis (the
//!   co-deployment network of 31 December 2013: brokers, communities) and the scoring
//!   (evidence from the dataset, the built-in framework, the pipeline, Monte Carlo
//!   uncertainty);
//! - `newcomer`: the short program README.md and the facade's docs lead to: rank the 2013
//!   brokers, score the partnerships with rank intervals;
//! - `real_ipi`: the IPI file `ipi-tcc/Gender.Full.csv` through the importer, the network
//!   and the scorecard (skipped when `../shared/data` is absent; required by `.ci/run`).

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod newcomer;
mod real_ipi;
mod reference;
mod support;
