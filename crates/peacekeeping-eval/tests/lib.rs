//! Integration tests of `peacekeeping-eval`, in one test binary: frameworks, evidence,
//! the composite-indicator pipeline, the UNDP HDI oracle against `../shared/data`
//! (skipped when absent), and "never panics" / invariance properties; the multi-criteria
//! methods, weights and sensitivity helpers against published values and pymcdm (`mcdm_*`).

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

#[path = "suite/copeland.rs"]
mod copeland;
#[path = "suite/evidence.rs"]
mod evidence;
#[path = "suite/frameworks.rs"]
mod frameworks;
#[path = "suite/mcdm_properties.rs"]
mod mcdm_properties;
#[path = "suite/mcdm_published.rs"]
mod mcdm_published;
#[path = "suite/mcdm_pymcdm.rs"]
mod mcdm_pymcdm;
#[path = "suite/mcdm_sensitivity.rs"]
mod mcdm_sensitivity;
#[path = "suite/pipeline.rs"]
mod pipeline;
#[path = "suite/real_asem.rs"]
mod real_asem;
#[path = "suite/real_hdi.rs"]
mod real_hdi;
#[allow(dead_code)] // its `assert_balanced` serves the data crate's tests only
#[path = "../../peacekeeping-data/tests/suite/shared.rs"]
mod shared_data;
#[path = "suite/uncertainty.rs"]
mod uncertainty;
