//! Integration tests of `peacekeeping-core`, in one test binary: the validation rules, the
//! queries, the JSON format (feature `serde`) and property tests.

// Helpers and strategies outside `#[test]` functions may unwrap too: a panic there is a
// failing test, which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

#[path = "suite/common.rs"]
mod common;
#[cfg(feature = "serde")]
#[path = "suite/json.rs"]
mod json;
#[path = "suite/properties.rs"]
mod properties;
#[path = "suite/queries.rs"]
mod queries;
#[path = "suite/validation.rs"]
mod validation;
