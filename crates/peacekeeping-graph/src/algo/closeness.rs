//! Closeness centrality, from the single-source searches of [`search`](super::search).

use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::search::{PathRows, single_source};
use super::{Weights, incoming};
use crate::Network;

/// Closeness centrality of each node, as networkx's `closeness_centrality(G,
/// distance=..., wf_improved=...)`: the number of other nodes that reach it divided by
/// the sum of their distances to it. In a directed network, distances are *to* the node
/// (incoming paths), as in networkx.
///
/// With `wf_improved` (networkx's default), the value is further multiplied by the
/// share of other nodes that reach it (Wasserman and Faust), so that nodes of small
/// components do not score high. A node that no other reaches scores `0.0`. Runs on both
/// cores.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0)])?; // 3 is isolated
/// let c = algo::closeness(&net, Weights::Ignore, false);
/// assert_eq!(c, [2.0 / 3.0, 1.0, 2.0 / 3.0, 0.0]);
/// let c = algo::closeness(&net, Weights::Ignore, true);
/// assert_eq!(c[1], 1.0 * 2.0 / 3.0);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn closeness(net: &Network, weights: Weights, wf_improved: bool) -> Vec<f64> {
    let n = net.node_count();
    let rows = PathRows::new(&incoming(net), weights);
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![f64::INFINITY; n], Vec::new(), BinaryHeap::new()),
            |(dist, settled, heap), v| {
                single_source(&rows, v, dist, settled, heap);
                let total: f64 = settled.iter().map(|&u| dist[u as usize]).sum();
                let reached = settled.len() as f64;
                for &u in settled.iter() {
                    dist[u as usize] = f64::INFINITY;
                }
                if total > 0.0 && n > 1 {
                    let c = (reached - 1.0) / total;
                    if wf_improved {
                        c * ((reached - 1.0) / (n - 1) as f64)
                    } else {
                        c
                    }
                } else {
                    0.0
                }
            },
        )
        .collect()
}
