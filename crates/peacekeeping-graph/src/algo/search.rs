//! The shortest-path searches the path measures share: a network's rows read as lengths
//! ([`PathRows`]), Dijkstra's heap entry ordered as networkx's ([`Entry`]), and the
//! single-source search ([`single_source`]: breadth-first when every length is 1,
//! Dijkstra otherwise) behind [`closeness`](super::closeness),
//! [`distances`](super::distances) and [`global_efficiency`](super::global_efficiency).
//! [`betweenness`](super::betweenness) runs its own Brandes steps over the same rows and
//! entries.

use std::collections::BinaryHeap;

use super::Weights;
use crate::Network;

/// A heap entry of Dijkstra, ordered as networkx's `(distance, counter)` min-heap.
///
/// The key holds the distance's bits, which order non-negative floats as their values,
/// and the push counter: one comparison of two integers, largest first reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Entry {
    key: std::cmp::Reverse<(u64, u64)>,
    /// The node reached.
    pub(super) node: u32,
    /// The node it was reached from.
    pub(super) pred: u32,
}

impl Entry {
    /// The entry of `node`, reached at distance `dist` (non-negative) from `pred`,
    /// pushed as the `count`-th.
    pub(super) fn new(dist: f64, count: u64, pred: u32, node: u32) -> Self {
        Entry {
            key: std::cmp::Reverse((dist.to_bits(), count)),
            node,
            pred,
        }
    }

    /// The distance of the entry.
    pub(super) fn dist(&self) -> f64 {
        f64::from_bits(self.key.0.0)
    }
}

/// A network's rows as a shortest-path search reads them: for each node, the edges a
/// path can use (self-loops, never on a shortest path, and edges that cannot be crossed
/// left out), each with its length. Built once per call, so that the searches of every
/// source read plain lengths.
pub(super) struct PathRows {
    /// Breadth-first search (every length 1) rather than Dijkstra.
    unit: bool,
    offsets: Vec<usize>,
    targets: Vec<u32>,
    lengths: Vec<f64>,
}

impl PathRows {
    /// The rows of `net` with every edge read as a length by `weights`.
    pub(super) fn new(net: &Network, weights: Weights) -> Self {
        let (off, tg, wt) = net.csr();
        let mut offsets = Vec::with_capacity(off.len());
        let mut targets = Vec::with_capacity(tg.len());
        let mut lengths = Vec::with_capacity(tg.len());
        offsets.push(0);
        for v in 0..net.node_count() {
            for i in off[v]..off[v + 1] {
                if let (true, Some(length)) = (tg[i] as usize != v, weights.length(wt[i])) {
                    targets.push(tg[i]);
                    lengths.push(length);
                }
            }
            offsets.push(targets.len());
        }
        PathRows {
            unit: weights == Weights::Ignore,
            offsets,
            targets,
            lengths,
        }
    }

    /// The usable edges of `v`: their other ends and lengths.
    pub(super) fn row(&self, v: usize) -> (&[u32], &[f64]) {
        let range = self.offsets[v]..self.offsets[v + 1];
        (&self.targets[range.clone()], &self.lengths[range])
    }
}

/// Single-source shortest-path lengths along `rows` (breadth-first search if every
/// length is 1, otherwise Dijkstra): `visit(v, d)` for each node `v` reached, in order of
/// distance `d`, the source first. `dist`, `settled` and `heap` are scratch space kept
/// from one search to the next: `dist` must be all infinite on the first call, and is
/// again after each (the search resets what it wrote, in the same pass as the visits);
/// `settled` holds the reached nodes until the next call.
pub(super) fn single_source(
    rows: &PathRows,
    source: usize,
    dist: &mut [f64],
    settled: &mut Vec<u32>,
    heap: &mut BinaryHeap<Entry>,
    mut visit: impl FnMut(u32, f64),
) {
    settled.clear();
    dist[source] = 0.0;
    if rows.unit {
        settled.push(source as u32);
        let mut head = 0;
        while head < settled.len() {
            let v = settled[head] as usize;
            head += 1;
            let next = dist[v] + 1.0;
            for &t in rows.row(v).0 {
                if dist[t as usize] == f64::INFINITY {
                    dist[t as usize] = next;
                    settled.push(t);
                }
            }
        }
    } else {
        heap.clear();
        heap.push(Entry::new(0.0, 0, source as u32, source as u32));
        let mut count = 0;
        while let Some(entry) = heap.pop() {
            let (d, v) = (entry.dist(), entry.node as usize);
            // Each push is strictly shorter than the last one for its node: an entry
            // longer than the node's distance is stale, and no two entries are equally
            // long.
            if d > dist[v] {
                continue;
            }
            settled.push(entry.node);
            let (targets, lengths) = rows.row(v);
            for (&t, &length) in targets.iter().zip(lengths) {
                let nd = d + length;
                if nd < dist[t as usize] {
                    dist[t as usize] = nd;
                    count += 1;
                    heap.push(Entry::new(nd, count, entry.node, t));
                }
            }
        }
    }
    for &v in settled.iter() {
        visit(v, dist[v as usize]);
        dist[v as usize] = f64::INFINITY;
    }
}
