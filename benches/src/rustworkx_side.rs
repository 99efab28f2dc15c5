//! rustworkx-core's versions of the algorithms `peacekeeping-graph` implements itself,
//! called on a petgraph copy of a [`Network`] and returned in the shapes of
//! `peacekeeping_graph::algo`, so that the bench (`benches/graph_rustworkx.rs`) times
//! what a switch would cost and the check (`tests/rustworkx.rs`) compares like with like.
//!
//! Every function here is unweighted (rustworkx-core's betweenness, closeness,
//! k-core, articulation points, bridges and transitivity take no weights; eigenvector
//! and Katz are given weight 1 on every edge), so the matching calls on our side use
//! `Weights::Ignore`. Results are indexed by node number, as ours: [`to_petgraph`] adds
//! node `i` as the `i`-th node.

use std::convert::Infallible;

use peacekeeping_graph::Network;
use rustworkx_core::centrality;
use rustworkx_core::connectivity;
use rustworkx_core::petgraph::graph::{NodeIndex, UnGraph};

/// Below this many nodes rustworkx-core runs betweenness and closeness on one thread;
/// 50 is the default its documentation suggests.
pub const PARALLEL_THRESHOLD: usize = 50;

/// A petgraph copy of an undirected network, each edge once with its weight, node `i`
/// as `NodeIndex(i)`.
///
/// # Panics
/// If `net` is directed (every comparison here is on undirected graphs).
#[must_use]
pub fn to_petgraph(net: &Network) -> UnGraph<(), f64> {
    assert!(
        !net.is_directed(),
        "the comparisons are on undirected graphs"
    );
    let mut g = UnGraph::with_capacity(net.node_count(), net.edge_count());
    for _ in 0..net.node_count() {
        g.add_node(());
    }
    for (a, b, w) in net.edges() {
        g.add_edge(NodeIndex::new(a), NodeIndex::new(b), w);
    }
    g
}

/// One value per node from rustworkx-core's `Vec<Option<f64>>` (`None` only for node
/// indices not in the graph, which a [`to_petgraph`] copy has none of).
fn per_node(values: Vec<Option<f64>>) -> Vec<f64> {
    values
        .into_iter()
        .map(|v| v.expect("every index is a node"))
        .collect()
}

/// Brandes betweenness, endpoints excluded (as networkx and ours).
#[must_use]
pub fn betweenness(g: &UnGraph<(), f64>, normalized: bool) -> Vec<f64> {
    per_node(centrality::betweenness_centrality(
        g,
        false,
        normalized,
        PARALLEL_THRESHOLD,
    ))
}

/// Closeness, with or without the Wasserman-Faust correction.
#[must_use]
pub fn closeness(g: &UnGraph<(), f64>, wf_improved: bool) -> Vec<f64> {
    per_node(centrality::closeness_centrality(
        g,
        wf_improved,
        PARALLEL_THRESHOLD,
    ))
}

/// Eigenvector centrality by power iteration (networkx's scheme); `None` if it did not
/// converge in `max_iterations`.
#[must_use]
pub fn eigenvector(
    g: &UnGraph<(), f64>,
    max_iterations: usize,
    tolerance: f64,
) -> Option<Vec<f64>> {
    let unit = |_| Ok::<f64, Infallible>(1.0);
    match centrality::eigenvector_centrality(g, unit, Some(max_iterations), Some(tolerance)) {
        Ok(x) => x,
        Err(never) => match never {},
    }
}

/// Katz centrality with a scalar `beta`, normalized to unit length (rustworkx-core
/// always normalizes); `None` if it did not converge in `max_iterations`.
#[must_use]
pub fn katz(
    g: &UnGraph<(), f64>,
    alpha: f64,
    beta: f64,
    max_iterations: usize,
    tolerance: f64,
) -> Option<Vec<f64>> {
    let unit = |_| Ok::<f64, Infallible>(1.0);
    match centrality::katz_centrality(
        g,
        unit,
        Some(alpha),
        None,
        Some(beta),
        Some(max_iterations),
        Some(tolerance),
    ) {
        Ok(x) => x,
        Err(never) => match never {},
    }
}

/// The core number of every node.
#[must_use]
pub fn core_number(g: &UnGraph<(), f64>) -> Vec<usize> {
    let cores = connectivity::core_number(g);
    let mut out = vec![0; g.node_count()];
    for (node, core) in cores {
        out[node.index()] = core;
    }
    out
}

/// The articulation points, in increasing order.
#[must_use]
pub fn articulation_points(g: &UnGraph<(), f64>) -> Vec<usize> {
    let mut out: Vec<usize> = connectivity::articulation_points(g, None)
        .into_iter()
        .map(NodeIndex::index)
        .collect();
    out.sort_unstable();
    out
}

/// The bridges, each as `(a, b)` with `a < b`, in increasing order.
#[must_use]
pub fn bridges(g: &UnGraph<(), f64>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = connectivity::bridges(g)
        .into_iter()
        .map(|(a, b)| (a.index().min(b.index()), a.index().max(b.index())))
        .collect();
    out.sort_unstable();
    out
}

/// The connected components, each in increasing order, ordered by their smallest node.
#[must_use]
pub fn connected_components(g: &UnGraph<(), f64>) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = connectivity::connected_components(g)
        .into_iter()
        .map(|component| {
            let mut nodes: Vec<usize> = component.into_iter().map(NodeIndex::index).collect();
            nodes.sort_unstable();
            nodes
        })
        .collect();
    out.sort_unstable_by_key(|c| c[0]);
    out
}

/// Transitivity: three times the triangles over the connected triples.
#[must_use]
pub fn transitivity(g: &UnGraph<(), f64>) -> f64 {
    rustworkx_core::transitivity::graph_transitivity(g)
}
