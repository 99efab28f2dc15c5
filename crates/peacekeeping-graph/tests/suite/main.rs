//! Integration tests of `peacekeeping-graph`, in one test binary.

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod algo_edge_cases;
mod algo_networkx;

// The partnership graph, its projections, analyses and exports.
mod composition;
mod export;
mod graph_partnership;
mod interoperability;
mod projections;
mod support;
mod withdrawal;

// The real IPI data (skipped when ../shared/data is absent): the input the example
// co_deployment_2013 builds (`peacekeeping_testkit::ipi_dataset`).
mod real_co_deployment;
