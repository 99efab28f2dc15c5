//! Betweenness centrality (Brandes 2001): breadth-first search when edges are not
//! weighted, Dijkstra otherwise, on both cores.

use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::search::{Entry, PathRows};
use super::{Scale, Weights, chunk_ranges, incoming};
use crate::Network;

/// Per-thread work space of single-source shortest-path searches, allocated once per
/// worker and reset after each source by clearing only the nodes the search reached.
struct Search {
    /// Nodes in the order they were settled; the first `reached` entries are valid.
    order: Vec<u32>,
    /// The number of nodes the last search reached.
    reached: usize,
    /// Breadth-first search: level `k` (the nodes `k` hops from the source) is
    /// `order[levels[k]..levels[k + 1]]`.
    levels: Vec<usize>,
    /// Breadth-first search: the nodes not reached yet, when searching upwards.
    unvisited: Vec<u32>,
    /// Breadth-first search: dependencies pushed to the level being finished; all zero
    /// between sources.
    pending: Vec<f64>,
    /// Number of shortest paths from the source (networkx's `sigma`).
    sigma: Vec<f64>,
    /// Hop count (breadth-first search); `u32::MAX` if not reached.
    hops: Vec<u32>,
    /// Distance (Dijkstra); infinite if not reached.
    dist: Vec<f64>,
    /// Whether a node is settled (Dijkstra).
    done: Vec<bool>,
    /// Dependency of the source on each node (Dijkstra); `(1 + delta) / sigma` (BFS).
    delta: Vec<f64>,
    heap: BinaryHeap<Entry>,
}

impl Search {
    fn new(n: usize) -> Self {
        Search {
            order: vec![0; n],
            reached: 0,
            levels: Vec::new(),
            unvisited: Vec::with_capacity(n),
            pending: vec![0.0; n],
            sigma: vec![0.0; n],
            hops: vec![u32::MAX; n],
            dist: vec![f64::INFINITY; n],
            done: vec![false; n],
            delta: vec![0.0; n],
            heap: BinaryHeap::new(),
        }
    }

    /// Clears what the last search touched.
    fn reset(&mut self) {
        for &v in &self.order[..self.reached] {
            let v = v as usize;
            self.sigma[v] = 0.0;
            self.hops[v] = u32::MAX;
            self.dist[v] = f64::INFINITY;
            self.done[v] = false;
            self.delta[v] = 0.0;
        }
        self.reached = 0;
    }
}

/// `x` if `keep`, else `0.0`, without a branch (the conditions of the searches' inner
/// loops are unpredictable). Adding the `0.0` to a sum leaves the sum unchanged.
#[inline]
fn masked(x: f64, keep: bool) -> f64 {
    f64::from_bits(x.to_bits() & 0u64.wrapping_sub(u64::from(keep)))
}

/// Brandes' single-source step with unit lengths; adds the dependencies to `acc`.
///
/// Level by level, each step in the cheaper of two directions (as in Beamer et al.'s
/// direction-optimizing search, but without early exit, since every shortest path
/// counts): going *down* scans the out-edges of the current level; going *up* scans the
/// in-edges of the nodes not reached yet and sums `sigma` over those at the current
/// level. On a random graph most nodes sit at one or two distances from the source, and
/// the step into the last level is far cheaper upwards (few nodes left) than downwards
/// (most edges leave the big level).
///
/// The backward pass, deepest level first, has the same choice: each node of level `k`
/// pulls `(1 + delta[w]) / sigma[w]` (stored in `delta[w]`) over its out-edges to level
/// `k + 1`, or each node of level `k + 1` pushes its quotient over its in-edges to level
/// `k` (into `pending`). Masks instead of branches where the test is unpredictable.
fn brandes_bfs(net: &Network, incoming: &Network, s: usize, w: &mut Search, acc: &mut [f64]) {
    let (off, tg, _) = net.csr();
    let (ioff, itg, _) = incoming.csr();
    let out_degree = |v: u32| off[v as usize + 1] - off[v as usize];
    let in_degree = |v: u32| ioff[v as usize + 1] - ioff[v as usize];
    let order = &mut w.order[..];
    let (sigma, hops, delta) = (&mut w.sigma[..], &mut w.hops[..], &mut w.delta[..]);
    let (levels, unvisited) = (&mut w.levels, &mut w.unvisited);
    sigma[s] = 1.0;
    hops[s] = 0;
    order[0] = s as u32;
    levels.clear();
    levels.push(0);
    // Whether `unvisited` lists exactly the nodes not reached yet.
    let mut unvisited_fresh = false;
    let mut tail = 1;
    let mut down_cost = out_degree(s as u32);
    let mut up_cost = itg.len() - in_degree(s as u32);
    let mut level = 0u32;
    // Level `k` is `order[levels[k]..levels[k + 1]]`.
    while levels[level as usize] < tail {
        let current = levels[level as usize]..tail;
        levels.push(tail);
        let next = level + 1;
        let mut next_down_cost = 0;
        if up_cost < down_cost {
            if !unvisited_fresh {
                unvisited.clear();
                unvisited.extend((0..hops.len() as u32).filter(|&u| hops[u as usize] == u32::MAX));
                unvisited_fresh = true;
            }
            let mut kept = 0;
            for i in 0..unvisited.len() {
                let u = unvisited[i];
                let mut paths = 0.0;
                for &p in &itg[ioff[u as usize]..ioff[u as usize + 1]] {
                    paths += masked(sigma[p as usize], hops[p as usize] == level);
                }
                if paths > 0.0 {
                    sigma[u as usize] = paths;
                    hops[u as usize] = next;
                    order[tail] = u;
                    tail += 1;
                    next_down_cost += out_degree(u);
                    up_cost -= in_degree(u);
                } else {
                    unvisited[kept] = u;
                    kept += 1;
                }
            }
            unvisited.truncate(kept);
        } else {
            unvisited_fresh = false;
            for i in current {
                let v = order[i] as usize;
                let sigma_v = sigma[v];
                for &t in &tg[off[v]..off[v + 1]] {
                    let h = hops[t as usize];
                    // Unreached (u32::MAX) or one hop further than `v`.
                    if h >= next {
                        if h == u32::MAX {
                            hops[t as usize] = next;
                            order[tail] = t;
                            tail += 1;
                            next_down_cost += out_degree(t);
                            up_cost -= in_degree(t);
                        }
                        sigma[t as usize] += sigma_v;
                    }
                }
            }
        }
        down_cost = next_down_cost;
        level = next;
    }
    w.reached = tail;
    let pending = &mut w.pending[..];
    for k in (0..levels.len() - 1).rev() {
        let (lo, hi) = (levels[k], levels[k + 1]);
        let below = hi..levels.get(k + 2).copied().unwrap_or(hi);
        let pull_cost: usize = order[lo..hi].iter().map(|&v| out_degree(v)).sum();
        let push_cost: usize = order[below.clone()].iter().map(|&v| in_degree(v)).sum();
        let push = push_cost < pull_cost;
        if push {
            for &t in &order[below] {
                let quotient = delta[t as usize];
                for &p in &itg[ioff[t as usize]..ioff[t as usize + 1]] {
                    // Adds 0.0 (no change) to nodes not on level k; `pending` stays
                    // zero outside the level being finished.
                    pending[p as usize] += masked(quotient, hops[p as usize] as usize == k);
                }
            }
        }
        let next = k as u32 + 1;
        for &v in &order[lo..hi] {
            let v = v as usize;
            let sum = if push {
                std::mem::take(&mut pending[v])
            } else {
                let mut sum = 0.0;
                for &t in &tg[off[v]..off[v + 1]] {
                    sum += masked(delta[t as usize], hops[t as usize] == next);
                }
                sum
            };
            let delta_v = sigma[v] * sum;
            delta[v] = (1.0 + delta_v) / sigma[v];
            if v != s {
                acc[v] += delta_v;
            }
        }
    }
}

/// Brandes' single-source step with Dijkstra, step for step as networkx's
/// `_single_source_dijkstra_path_basic` and `_accumulate_basic`; adds the dependencies
/// to `acc`.
///
/// Predecessors are not stored: in the backward pass, the predecessors of `t` are the
/// nodes `v != t` with an edge `v -> t` (read from `incoming`, the rows of in-edges)
/// and `dist[v] + length == dist[t]`, exactly the nodes networkx appends to `P[t]`
/// (the same sum in floating point; an unreached `v` has an infinite distance).
// Kept out of the per-thread closure: inlined there, LLVM compiled the heap loop worse
// (callgrind, G(1500, 15000) on one thread: 3.67 billion instructions inlined, 3.25 not;
// the criterion bench `graph/betweenness_strength_g5000_m50000`: 3.06 s against 2.79 s).
#[inline(never)]
fn brandes_dijkstra(
    rows: &PathRows,
    incoming: &PathRows,
    s: usize,
    w: &mut Search,
    acc: &mut [f64],
) {
    let mut count = 0u64;
    w.sigma[s] = 1.0;
    w.dist[s] = 0.0;
    w.heap.push(Entry::new(0.0, count, s as u32, s as u32));
    let mut reached = 0;
    // `seen` of networkx is `dist` here; `D` is `done`.
    while let Some(entry) = w.heap.pop() {
        let v = entry.node as usize;
        if w.done[v] {
            continue;
        }
        w.sigma[v] += w.sigma[entry.pred as usize];
        w.order[reached] = entry.node;
        reached += 1;
        w.done[v] = true;
        let (dist, sigma_v) = (entry.dist(), w.sigma[v]);
        let (targets, lengths) = rows.row(v);
        for (&t, &length) in targets.iter().zip(lengths) {
            let d = dist + length;
            let t = t as usize;
            let dist_t = w.dist[t];
            if d < dist_t && !w.done[t] {
                w.dist[t] = d;
                count += 1;
                w.heap.push(Entry::new(d, count, entry.node, t as u32));
                w.sigma[t] = 0.0;
            } else {
                // networkx's `elif vw_dist == seen[w]`, masked: ties are frequent and
                // unpredictable when lengths repeat.
                w.sigma[t] += masked(sigma_v, d == dist_t);
            }
        }
    }
    w.reached = reached;
    for &t in w.order[..reached].iter().rev() {
        let t = t as usize;
        let coeff = (1.0 + w.delta[t]) / w.sigma[t];
        let dist_t = w.dist[t];
        let (sources, lengths) = incoming.row(t);
        for (&v, &length) in sources.iter().zip(lengths) {
            let v = v as usize;
            let on_path = w.dist[v] + length == dist_t;
            w.delta[v] += masked(w.sigma[v] * coeff, on_path);
        }
        if t != s {
            acc[t] += w.delta[t];
        }
    }
}

/// Betweenness centrality of each node (Brandes 2001), as networkx's
/// `betweenness_centrality(G, normalized=..., weight=...)`: the share of shortest paths
/// between other pairs of nodes that pass through the node.
///
/// `weights` says how edges are read as lengths ([`Weights::Ignore`]: breadth-first
/// search; otherwise Dijkstra). With [`Scale::Normalized`] (networkx's
/// `normalized=True`), values are divided by `(n - 1)(n - 2)` pairs (undirected: by half
/// as many); with [`Scale::Raw`], an undirected network's values count each pair
/// once. Networks of fewer than 3 nodes are not rescaled, as in networkx. Self-loops are
/// never on a shortest path.
///
/// Equally long paths all count, as in networkx, also through zero-length edges
/// ([`Weights::AsDistance`] with weight 0). There networkx's own result depends on the
/// order in which its adjacency lists were built; ours equals networkx's for lists in
/// increasing node order (edges added in sorted order).
///
/// Both cores are used; sources are processed in fixed chunks whose sums are added in a
/// fixed order, so the result is the same on any number of threads.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Scale, Weights};
///
/// // The path 0 - 1 - 2: node 1 is on the only path between 0 and 2.
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0)])?;
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, Scale::Raw), [0.0, 1.0, 0.0]);
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, Scale::Normalized), [0.0, 1.0, 0.0]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn betweenness(net: &Network, weights: Weights, scale: Scale) -> Vec<f64> {
    let n = net.node_count();
    // In-edges: for the upward steps of breadth-first search and the backward pass of
    // Dijkstra.
    let incoming = incoming(net);
    let incoming: &Network = &incoming;
    // The in-edge rows of an undirected network are its rows: built once.
    let rows = (weights != Weights::Ignore).then(|| {
        (
            PathRows::new(net, weights),
            net.is_directed().then(|| PathRows::new(incoming, weights)),
        )
    });
    let partials: Vec<Vec<f64>> = chunk_ranges(n)
        .into_par_iter()
        .map_init(
            || Search::new(n),
            |search, range| {
                let mut acc = vec![0.0; n];
                for s in range {
                    match &rows {
                        None => brandes_bfs(net, incoming, s, search, &mut acc),
                        Some((out, inn)) => {
                            let inn = inn.as_ref().unwrap_or(out);
                            brandes_dijkstra(out, inn, s, search, &mut acc);
                        }
                    }
                    search.reset();
                }
                acc
            },
        )
        .collect();
    let mut total = vec![0.0; n];
    for part in &partials {
        for (t, p) in total.iter_mut().zip(part) {
            *t += p;
        }
    }
    let factor = match scale {
        Scale::Normalized => (n > 2).then(|| 1.0 / ((n - 1) as f64 * (n - 2) as f64)),
        Scale::Raw => (!net.is_directed()).then_some(0.5),
    };
    if let Some(factor) = factor {
        for t in &mut total {
            *t *= factor;
        }
    }
    total
}
