//! Paths: shortest path between two nodes, distances from a node, global efficiency.

use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::search::{PathRows, single_source};
use super::{AlgorithmError, Weights, check_node, chunk_ranges};
use crate::Network;

/// A shortest path found by [`shortest_path`].
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// The nodes from the source to the target, both included.
    pub nodes: Vec<usize>,
    /// The edges crossed, in order, as `(from, to, weight)` with the weight stored in the
    /// network (not the length it was read as).
    pub edges: Vec<(usize, usize, f64)>,
    /// The length of the path under the reading asked for (the number of edges for
    /// [`Weights::Ignore`]).
    pub length: f64,
}

/// One shortest path from `source` to `target`, with the edges that connect them ("how is
/// Nepal connected to the EU in 2013?"); `None` if `target` cannot be reached.
///
/// `weights` says how edges are read as lengths (see [`Weights`]). When several paths
/// are equally short, the one returned is fixed by the network (Dijkstra settling ties
/// by node number), so the same call always gives the same path. A directed network is
/// followed along its edges. The path from a node to itself is that node alone.
///
/// # Errors
/// [`AlgorithmError::NodeOutOfRange`] for a source or target outside the network.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::undirected(4, [(0, 1, 2.0), (1, 2, 2.0), (0, 3, 1.0), (3, 2, 1.0)])?;
/// let path = algo::shortest_path(&net, 0, 2, Weights::AsDistance)?.ok_or("unreachable")?;
/// assert_eq!(path.nodes, [0, 3, 2]);
/// assert_eq!(path.edges, [(0, 3, 1.0), (3, 2, 1.0)]);
/// assert_eq!(path.length, 2.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn shortest_path(
    net: &Network,
    source: usize,
    target: usize,
    weights: Weights,
) -> Result<Option<Path>, AlgorithmError> {
    check_node(net, source)?;
    check_node(net, target)?;
    let n = net.node_count();
    let (off, tg, wt) = net.csr();
    let mut dist = vec![f64::INFINITY; n];
    let mut parent: Vec<Option<(usize, f64)>> = vec![None; n];
    let mut done = vec![false; n];
    // Min-heap on (distance, node): ties settle the smaller node first.
    let mut heap = BinaryHeap::new();
    dist[source] = 0.0;
    heap.push(std::cmp::Reverse((Ordered(0.0), source)));
    while let Some(std::cmp::Reverse((Ordered(d), v))) = heap.pop() {
        if done[v] {
            continue;
        }
        done[v] = true;
        if v == target {
            break;
        }
        for i in off[v]..off[v + 1] {
            let t = tg[i] as usize;
            let Some(length) = weights.length(wt[i]) else {
                continue;
            };
            let nd = d + length;
            if !done[t] && nd < dist[t] {
                dist[t] = nd;
                parent[t] = Some((v, wt[i]));
                heap.push(std::cmp::Reverse((Ordered(nd), t)));
            }
        }
    }
    if !done[target] {
        return Ok(None);
    }
    let mut nodes = vec![target];
    let mut edges = Vec::new();
    let mut v = target;
    while let Some((p, w)) = parent[v] {
        if v == source {
            break;
        }
        edges.push((p, v, w));
        nodes.push(p);
        v = p;
    }
    nodes.reverse();
    edges.reverse();
    Ok(Some(Path {
        nodes,
        edges,
        length: dist[target],
    }))
}

/// An `f64` that is never NaN, ordered totally.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ordered(f64);
impl Eq for Ordered {}
impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The length of a shortest path from `source` to every node (`None` where
/// unreachable), as networkx's `single_source_shortest_path_length` /
/// `single_source_dijkstra_path_length`.
///
/// # Errors
/// [`AlgorithmError::NodeOutOfRange`] for a source outside the network.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::directed(3, [(0, 1, 0.5), (1, 2, 0.5)])?;
/// assert_eq!(algo::distances(&net, 0, Weights::Ignore)?, [Some(0.0), Some(1.0), Some(2.0)]);
/// assert_eq!(algo::distances(&net, 1, Weights::AsStrength)?, [None, Some(0.0), Some(2.0)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn distances(
    net: &Network,
    source: usize,
    weights: Weights,
) -> Result<Vec<Option<f64>>, AlgorithmError> {
    check_node(net, source)?;
    let mut out = vec![None; net.node_count()];
    single_source(
        &PathRows::new(net, weights),
        source,
        &mut vec![f64::INFINITY; net.node_count()],
        &mut Vec::new(),
        &mut BinaryHeap::new(),
        |v, d| out[v as usize] = Some(d),
    );
    Ok(out)
}

/// Global efficiency (Latora and Marchiori 2001), as networkx's `global_efficiency`: the
/// mean of `1 / d(u, v)` over all ordered pairs of distinct nodes, an unreachable pair
/// counting 0. `0.0` for fewer than two nodes. Withdrawal analysis compares it before
/// and after an actor leaves.
///
/// networkx computes it unweighted ([`Weights::Ignore`]) and on undirected graphs; here a
/// directed network uses directed distances, and weights may be read as lengths. Runs on
/// both cores; the result does not depend on the number of threads.
///
/// # Errors
/// [`AlgorithmError::Undefined`] if two distinct nodes are at distance zero (zero-length
/// edges under [`Weights::AsDistance`]).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // A path 0 - 1 - 2: four pairs at distance 1, two at distance 2.
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0)])?;
/// let e = algo::global_efficiency(&net, Weights::Ignore)?;
/// assert!((e - (4.0 + 2.0 * 0.5) / 6.0).abs() < 1e-15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn global_efficiency(net: &Network, weights: Weights) -> Result<f64, AlgorithmError> {
    let n = net.node_count();
    if n < 2 {
        return Ok(0.0);
    }
    let rows = PathRows::new(net, weights);
    let partials: Vec<Option<f64>> = chunk_ranges(n)
        .into_par_iter()
        .map(|range| {
            let mut dist = vec![f64::INFINITY; n];
            let mut settled = Vec::new();
            let mut heap = BinaryHeap::new();
            let mut sum = 0.0;
            let mut zero = false;
            for s in range {
                single_source(&rows, s, &mut dist, &mut settled, &mut heap, |v, d| {
                    if v as usize != s {
                        if d == 0.0 {
                            zero = true;
                        }
                        sum += 1.0 / d;
                    }
                });
                if zero {
                    return None;
                }
            }
            Some(sum)
        })
        .collect();
    let mut total = 0.0;
    for part in partials {
        total += part.ok_or(AlgorithmError::Undefined {
            algorithm: "global efficiency",
            reason: "two distinct nodes are at distance zero",
        })?;
    }
    Ok(total / (n as f64 * (n - 1) as f64))
}
