//! Integration tests of `peacekeeping-core`, in one test binary: the validation rules, the
//! queries, the outcome records (fatalities, battle deaths, ceilings), missions' reported
//! strengths, contributors' presences, the JSON format (feature `serde`) and property
//! tests.

// Helpers and strategies outside `#[test]` functions may unwrap too: a panic there is a
// failing test, which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod common;
#[cfg(feature = "serde")]
mod json;
mod outcomes;
mod participations;
mod presences;
mod properties;
mod queries;
mod strengths;
mod validation;
