//! Integration tests of `peacekeeping-data`, in one test binary: the importers against the
//! real IPI files (skipped when `../shared/data` is absent), their oracles, the name
//! tables, and "never panics on any input" properties.

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod cow;
mod export;
mod names;
mod never_panics;
mod presences;
mod real_authorized;
mod real_fatalities;
mod real_geopko;
mod real_ipi;
mod real_nonun;
mod real_panel;
mod real_presences;
mod real_radpko;
mod real_strengths;
mod real_ucdp;
mod real_un;
mod reference;
mod reference_cases;
mod reference_missions;
mod reference_organizations;
mod reference_outcomes;
mod reference_states;
mod strengths;
