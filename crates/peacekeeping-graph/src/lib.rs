//! Temporal network analysis of partnerships in peace operations: the part of the
//! [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that asks who works with whom.
//!
//! This crate is being built. It will hold a `PartnershipGraph` built from a
//! [`peacekeeping_core::Dataset`] as of any date or over a period (actors and missions as
//! nodes; memberships, partnerships, contributions and joint exercises as edges), its
//! one-mode projections (co-deployment, co-membership, co-training), centralities,
//! communities, brokers, withdrawal analysis, interoperability scores, force composition,
//! and exports to DOT, GraphML, GEXF, JSON and CSV. petgraph stays inside.
//!
//! Until then it exports nothing.

#![forbid(unsafe_code)]
