//! Closeness centrality, from the single-source searches of [`search`](super::search).

use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::search::{PathRows, single_source};
use super::{Weights, incoming};
use crate::Network;

/// How [`closeness`] scales a node's value when not every other node reaches it.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, ClosenessScale, Weights};
///
/// // Two components: {0, 1} and {2}. Node 0 is reached by one of the two other nodes.
/// let net = Network::undirected(3, [(0, 1, 1.0)])?;
/// assert_eq!(algo::closeness(&net, Weights::Ignore, ClosenessScale::WithinReach)[0], 1.0);
/// assert_eq!(algo::closeness(&net, Weights::Ignore, ClosenessScale::WassermanFaust)[0], 0.5);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ClosenessScale {
    /// Multiplied by the share of the other nodes that reach it (Wasserman and Faust
    /// 1994; networkx's `wf_improved=True`, its default).
    #[default]
    WassermanFaust,
    /// Within the nodes that reach it only: `(reached - 1) / (sum of distances)`
    /// (networkx's `wf_improved=False`).
    WithinReach,
}

/// Closeness centrality of each node, as networkx's `closeness_centrality(G,
/// distance=..., wf_improved=...)`: the number of other nodes that reach it divided by
/// the sum of their distances to it. In a directed network, distances are *to* the node
/// (incoming paths), as in networkx.
///
/// With [`ClosenessScale::WassermanFaust`] (networkx's default, `wf_improved=True`),
/// the value is further multiplied by the share of other nodes that reach it, so that
/// nodes of small components do not score high; [`ClosenessScale::WithinReach`]
/// (`wf_improved=False`) leaves it as it is. A node that no other reaches scores `0.0`.
/// Runs on both cores.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, ClosenessScale, Weights};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0)])?; // 3 is isolated
/// let c = algo::closeness(&net, Weights::Ignore, ClosenessScale::WithinReach);
/// assert_eq!(c, [2.0 / 3.0, 1.0, 2.0 / 3.0, 0.0]);
/// let c = algo::closeness(&net, Weights::Ignore, ClosenessScale::WassermanFaust);
/// assert_eq!(c[1], 1.0 * 2.0 / 3.0);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn closeness(net: &Network, weights: Weights, scale: ClosenessScale) -> Vec<f64> {
    let n = net.node_count();
    let rows = PathRows::new(&incoming(net), weights);
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![f64::INFINITY; n], Vec::new(), BinaryHeap::new()),
            |(dist, settled, heap), v| {
                let mut total = 0.0;
                single_source(&rows, v, dist, settled, heap, |_, d| total += d);
                let reached = settled.len() as f64;
                if total > 0.0 && n > 1 {
                    let c = (reached - 1.0) / total;
                    match scale {
                        ClosenessScale::WassermanFaust => c * ((reached - 1.0) / (n - 1) as f64),
                        ClosenessScale::WithinReach => c,
                    }
                } else {
                    0.0
                }
            },
        )
        .collect()
}
