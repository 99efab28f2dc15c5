//! Reference data and importers for peace operations: the part of the
//! [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that reads the real world.
//!
//! This crate is being built. It will hold:
//!
//! - an **embedded reference dataset** of true, sourced facts (states with ISO and COW
//!   codes, regional organizations and their memberships over time, every UN peacekeeping
//!   operation since 1948 and the major non-UN operations, the partnerships the field
//!   cites), returned as a validated [`peacekeeping_core::Dataset`];
//! - **importers** for the files researchers already have: the IPI / UN contribution
//!   series, the UN Peace and Security Data Hub layouts, COW IGO memberships, with a
//!   time-aware COW-ISO crosswalk. Every importer reports what it skipped and why.
//!
//! Until then it exports nothing; the domain types live in
//! [`peacekeeping_core`].

#![forbid(unsafe_code)]
