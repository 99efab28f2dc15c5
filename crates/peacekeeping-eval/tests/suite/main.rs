//! Integration tests of `peacekeeping-eval`, in one test binary: frameworks, evidence,
//! the composite-indicator pipeline, the UNDP HDI oracle against `../shared/data`
//! (skipped when absent), and "never panics" / invariance properties; the multi-criteria
//! methods, weights and sensitivity helpers against published values and pymcdm (`mcdm_*`).

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod copeland;
mod evidence;
mod frameworks;
mod mcdm_properties;
mod mcdm_published;
mod mcdm_pymcdm;
mod mcdm_sensitivity;
mod pipeline;
mod rank;
mod real_asem;
mod real_hdi;
mod uncertainty;
