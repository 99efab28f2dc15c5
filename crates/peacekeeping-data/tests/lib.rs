//! Integration tests of `peacekeeping-data`, in one test binary: the importers against the
//! real IPI files (skipped when `../shared/data` is absent), their oracles, the name
//! tables, and "never panics on any input" properties.

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

#[path = "suite/cow.rs"]
mod cow;
#[path = "suite/export.rs"]
mod export;
#[path = "suite/names.rs"]
mod names;
#[path = "suite/never_panics.rs"]
mod never_panics;
#[path = "suite/real_ipi.rs"]
mod real_ipi;
#[path = "suite/real_un.rs"]
mod real_un;
#[path = "suite/reference.rs"]
mod reference;
#[path = "suite/reference_cases.rs"]
mod reference_cases;
#[path = "suite/reference_missions.rs"]
mod reference_missions;
#[path = "suite/reference_organizations.rs"]
mod reference_organizations;
#[path = "suite/reference_states.rs"]
mod reference_states;
#[path = "suite/shared.rs"]
mod shared;
