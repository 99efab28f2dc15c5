//! Integration tests of `peacekeeping-graph`, in one test binary.

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

#[path = "suite/algo_edge_cases.rs"]
mod algo_edge_cases;
#[path = "suite/algo_networkx.rs"]
mod algo_networkx;

// The partnership graph, its projections, analyses and exports.
#[path = "suite/composition.rs"]
mod composition;
#[path = "suite/export.rs"]
mod export;
#[path = "suite/graph_partnership.rs"]
mod graph_partnership;
#[path = "suite/interoperability.rs"]
mod interoperability;
#[path = "suite/projections.rs"]
mod projections;
#[path = "suite/support.rs"]
mod support;
#[path = "suite/withdrawal.rs"]
mod withdrawal;

// The real IPI data (skipped when ../shared/data is absent): the input the example
// co_deployment_2013 builds, and the data directory as the data crate's tests find it.
#[path = "../examples/support/ipi.rs"]
mod ipi;
#[path = "suite/real_co_deployment.rs"]
mod real_co_deployment;
#[allow(dead_code)] // its `assert_balanced` serves the data crate's tests only
#[path = "../../peacekeeping-data/tests/suite/shared.rs"]
mod shared;
