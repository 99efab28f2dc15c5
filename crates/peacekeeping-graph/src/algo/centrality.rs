//! Centralities: degree, strength, betweenness, closeness, eigenvector, PageRank, Katz.

use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::{AlgorithmError, Weights, check_parameter, chunk_ranges, incoming};
use crate::Network;

/// The degree of each node, as networkx's `G.degree()`: the number of incident edges, a
/// self-loop counting twice; in a directed network, in-degree plus out-degree.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0), (2, 2, 1.0)])?;
/// assert_eq!(algo::degree(&net), [1, 2, 3]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn degree(net: &Network) -> Vec<usize> {
    if net.is_directed() {
        let (out, inn) = (out_degree(net), in_degree(net));
        return out.iter().zip(&inn).map(|(a, b)| a + b).collect();
    }
    (0..net.node_count())
        .map(|v| net.out_degree(v) + usize::from(net.weight(v, v).is_some()))
        .collect()
}

/// The number of edges leaving each node (a self-loop counts once); for an undirected
/// network, the same as [`degree`].
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::directed(3, [(0, 1, 1.0), (0, 2, 1.0), (2, 1, 1.0)])?;
/// assert_eq!(algo::out_degree(&net), [2, 0, 1]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn out_degree(net: &Network) -> Vec<usize> {
    if !net.is_directed() {
        return degree(net);
    }
    (0..net.node_count()).map(|v| net.out_degree(v)).collect()
}

/// The number of edges entering each node (a self-loop counts once); for an undirected
/// network, the same as [`degree`].
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::directed(3, [(0, 1, 1.0), (0, 2, 1.0), (2, 1, 1.0)])?;
/// assert_eq!(algo::in_degree(&net), [0, 2, 1]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn in_degree(net: &Network) -> Vec<usize> {
    if !net.is_directed() {
        return degree(net);
    }
    let mut d = vec![0; net.node_count()];
    for &t in net.csr().1 {
        d[t as usize] += 1;
    }
    d
}

/// The strength (weighted degree) of each node, as networkx's
/// `G.degree(weight="weight")`: the sum of the weights of its edges, a self-loop
/// counting twice; in a directed network, in-strength plus out-strength.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(3, [(0, 1, 2.0), (1, 2, 0.5), (2, 2, 1.0)])?;
/// assert_eq!(algo::strength(&net), [2.0, 2.5, 2.5]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn strength(net: &Network) -> Vec<f64> {
    if net.is_directed() {
        let (out, inn) = (out_strength(net), in_strength(net));
        return out.iter().zip(&inn).map(|(a, b)| a + b).collect();
    }
    (0..net.node_count())
        .map(|v| {
            let row: f64 = net.row_slices(v).1.iter().sum();
            row + net.weight(v, v).unwrap_or(0.0)
        })
        .collect()
}

/// The sum of the weights of the edges leaving each node; for an undirected network,
/// the same as [`strength`].
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::directed(2, [(0, 1, 2.0), (1, 0, 0.5)])?;
/// assert_eq!(algo::out_strength(&net), [2.0, 0.5]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn out_strength(net: &Network) -> Vec<f64> {
    if !net.is_directed() {
        return strength(net);
    }
    (0..net.node_count())
        .map(|v| net.row_slices(v).1.iter().sum())
        .collect()
}

/// The sum of the weights of the edges entering each node; for an undirected network,
/// the same as [`strength`].
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::directed(3, [(0, 1, 2.0), (2, 1, 0.5)])?;
/// assert_eq!(algo::in_strength(&net), [0.0, 2.5, 0.0]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn in_strength(net: &Network) -> Vec<f64> {
    if !net.is_directed() {
        return strength(net);
    }
    let mut s = vec![0.0; net.node_count()];
    let (_, targets, weights) = net.csr();
    for (&t, &w) in targets.iter().zip(weights) {
        s[t as usize] += w;
    }
    s
}

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

/// A heap entry of Dijkstra, ordered as networkx's `(distance, counter)` min-heap.
///
/// The key holds the distance's bits, which order non-negative floats as their values,
/// and the push counter: one comparison of two integers, largest first reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Entry {
    key: std::cmp::Reverse<(u64, u64)>,
    node: u32,
    pred: u32,
}

impl Entry {
    /// The entry of `node`, reached at distance `dist` (non-negative) from `pred`,
    /// pushed as the `count`-th.
    fn new(dist: f64, count: u64, pred: u32, node: u32) -> Self {
        Entry {
            key: std::cmp::Reverse((dist.to_bits(), count)),
            node,
            pred,
        }
    }

    /// The distance of the entry.
    fn dist(&self) -> f64 {
        f64::from_bits(self.key.0.0)
    }
}

/// A network's rows as a shortest-path search reads them: for each node, the edges a
/// path can use (self-loops, never on a shortest path, and edges that cannot be crossed
/// left out), each with its length. Built once per call, so that the searches of every
/// source read plain lengths.
pub(crate) struct PathRows {
    /// Breadth-first search (every length 1) rather than Dijkstra.
    unit: bool,
    offsets: Vec<usize>,
    targets: Vec<u32>,
    lengths: Vec<f64>,
}

impl PathRows {
    pub(crate) fn new(net: &Network, weights: Weights) -> Self {
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
    fn row(&self, v: usize) -> (&[u32], &[f64]) {
        let range = self.offsets[v]..self.offsets[v + 1];
        (&self.targets[range.clone()], &self.lengths[range])
    }
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
/// search; otherwise Dijkstra). With `normalized`, values are divided by
/// `(n - 1)(n - 2)` pairs (undirected: by half as many); without, an undirected
/// network's values count each pair once. Networks of fewer than 3 nodes are not
/// rescaled, as in networkx. Self-loops are never on a shortest path.
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
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // The path 0 - 1 - 2: node 1 is on the only path between 0 and 2.
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0)])?;
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, false), [0.0, 1.0, 0.0]);
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, true), [0.0, 1.0, 0.0]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn betweenness(net: &Network, weights: Weights, normalized: bool) -> Vec<f64> {
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
    let scale = if normalized {
        (n > 2).then(|| 1.0 / ((n - 1) as f64 * (n - 2) as f64))
    } else {
        (!net.is_directed()).then_some(0.5)
    };
    if let Some(scale) = scale {
        for t in &mut total {
            *t *= scale;
        }
    }
    total
}

/// Single-source shortest-path lengths along `rows` (breadth-first search if every
/// length is 1, otherwise Dijkstra) into `dist`, which must be all infinite on entry;
/// `settled` receives the reached nodes in order of distance, so the caller can reset
/// `dist` cheaply.
pub(crate) fn single_source(
    rows: &PathRows,
    source: usize,
    dist: &mut [f64],
    settled: &mut Vec<u32>,
    heap: &mut BinaryHeap<Entry>,
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
        return;
    }
    heap.clear();
    heap.push(Entry::new(0.0, 0, source as u32, source as u32));
    let mut count = 0;
    while let Some(entry) = heap.pop() {
        let (d, v) = (entry.dist(), entry.node as usize);
        // Each push is strictly shorter than the last one for its node: an entry longer
        // than the node's distance is stale, and no two entries are equally long.
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

/// Options of [`eigenvector`]; the defaults are networkx's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EigenvectorOptions {
    /// Stop when the sum of absolute changes is below `node_count * tolerance`.
    pub tolerance: f64,
    /// Give up after this many iterations.
    pub max_iterations: usize,
}

impl Default for EigenvectorOptions {
    fn default() -> Self {
        EigenvectorOptions {
            tolerance: 1e-6,
            max_iterations: 100,
        }
    }
}

/// Eigenvector centrality, as networkx's `eigenvector_centrality`: power iteration of
/// `A + I` from the uniform vector, normalized to unit Euclidean length after each step.
/// In a directed network a node is central if central nodes point to it (in-edges).
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector; a network without edges gives `1/sqrt(n)` everywhere.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a tolerance that is not positive;
/// [`AlgorithmError::NotConverged`] after `max_iterations`, or earlier if the iteration
/// diverges (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0)])?;
/// let x = algo::eigenvector(&net, Weights::Ignore, &Default::default())?;
/// assert!((x[1] - 0.5f64.sqrt()).abs() < 1e-6 && (x[0] - 0.5).abs() < 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn eigenvector(
    net: &Network,
    weights: Weights,
    options: &EigenvectorOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "eigenvector centrality";
    let tol = options.tolerance;
    let (weighted, incoming) = power_setup(net, weights, NAME, tol)?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let start = vec![1.0 / n as f64; n];
    iterate(NAME, start, options.max_iterations, tol, |x, next| {
        next.par_iter_mut().enumerate().for_each(|(v, out)| {
            *out = x[v] + in_sum(&incoming, weighted, x, v);
        });
        let norm = next.iter().map(|a| a * a).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        for a in next.iter_mut() {
            *a /= norm;
        }
    })
}

/// The largest eigenvalue `λ_max` of the adjacency matrix `A` (every weight 1, or the
/// weights as strengths): `|Aᵀ x|` for the unit vector `x` of [`eigenvector`] (with
/// `options`). It is what [`katz`]'s `alpha` must stay below the inverse of: the
/// iteration converges only if `|alpha| < 1 / λ_max`. In a directed network it is the
/// eigenvalue of the in-edges' eigenvector; an empty network gives 0.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a tolerance that is not positive;
/// [`AlgorithmError::NotConverged`] (of the eigenvector centrality) after
/// `max_iterations`.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // A triangle: λ_max = 2, so Katz needs alpha < 0.5.
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0)])?;
/// let lambda = algo::spectral_radius(&net, Weights::Ignore, &Default::default())?;
/// assert!((lambda - 2.0).abs() < 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn spectral_radius(
    net: &Network,
    weights: Weights,
    options: &EigenvectorOptions,
) -> Result<f64, AlgorithmError> {
    let (weighted, incoming) = power_setup(net, weights, "spectral radius", options.tolerance)?;
    let x = eigenvector(net, weights, options)?;
    let norm = (0..x.len())
        .map(|v| in_sum(&incoming, weighted, &x, v).powi(2))
        .sum::<f64>()
        .sqrt();
    Ok(norm)
}

/// The start of [`eigenvector`] and [`katz`]: whether weights are read (refusing
/// distances), the tolerance checked, and the network's in-edges as rows.
fn power_setup<'a>(
    net: &'a Network,
    weights: Weights,
    algorithm: &'static str,
    tolerance: f64,
) -> Result<(bool, std::borrow::Cow<'a, Network>), AlgorithmError> {
    let weighted = weights.strength_reading(algorithm)?;
    let positive = tolerance > 0.0;
    check_parameter(
        algorithm,
        "tolerance",
        tolerance,
        positive,
        "a positive number",
    )?;
    Ok((weighted, incoming(net)))
}

/// `Σ x[u] * weight` over the row of `v` in `incoming` (every weight 1 unless
/// `weighted`).
fn in_sum(incoming: &Network, weighted: bool, x: &[f64], v: usize) -> f64 {
    let (sources, weights) = incoming.row_slices(v);
    let mut sum = 0.0;
    for (&u, &w) in sources.iter().zip(weights) {
        sum += x[u as usize] * if weighted { w } else { 1.0 };
    }
    sum
}

/// The power iteration of [`eigenvector`], [`pagerank`] and [`katz`]: from `start`,
/// `step(x, next)` writes the next vector, until the sum of absolute changes is below
/// `node_count * tolerance` (networkx's stopping rule).
///
/// # Errors
/// [`AlgorithmError::NotConverged`] after `max_iterations`, or as soon as the change is
/// not finite (a diverging iteration), with the iterations made.
fn iterate(
    algorithm: &'static str,
    start: Vec<f64>,
    max_iterations: usize,
    tolerance: f64,
    mut step: impl FnMut(&[f64], &mut [f64]),
) -> Result<Vec<f64>, AlgorithmError> {
    let n = start.len() as f64;
    let mut x = start;
    let mut next = vec![0.0; x.len()];
    let mut iterations = 0;
    while iterations < max_iterations {
        iterations += 1;
        step(&x, &mut next);
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if !err.is_finite() {
            break;
        }
        if err < n * tolerance {
            return Ok(x);
        }
    }
    Err(AlgorithmError::NotConverged {
        algorithm,
        iterations,
        tolerance,
    })
}

/// Options of [`pagerank`]; the defaults are networkx's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankOptions {
    /// The damping factor, the probability of following an edge (0.85).
    pub damping: f64,
    /// Stop when the sum of absolute changes is below `node_count * tolerance` (1e-6;
    /// use 1e-10 or less for precise values on large networks).
    pub tolerance: f64,
    /// Give up after this many iterations (100).
    pub max_iterations: usize,
}

impl Default for PageRankOptions {
    fn default() -> Self {
        PageRankOptions {
            damping: 0.85,
            tolerance: 1e-6,
            max_iterations: 100,
        }
    }
}

/// PageRank of each node, as networkx's `pagerank(G, alpha, tol=..., weight=...)`:
/// power iteration from the uniform vector; a random walker follows an out-edge with
/// probability proportional to its weight, or jumps to a uniformly chosen node with
/// probability `1 - damping`; a node without outgoing weight (dangling) sends the
/// walker to a uniformly chosen node. An undirected edge can be followed both ways.
/// The values sum to 1.
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector. Each iteration runs on both cores; the result does not depend on the
/// number of threads.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a damping outside `[0, 1]` or a tolerance
/// that is not positive; [`AlgorithmError::NotConverged`] after `max_iterations`, or
/// earlier if the iteration diverges (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, PageRankOptions, Weights};
///
/// let net = Network::directed(3, [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)])?;
/// let options = PageRankOptions { tolerance: 1e-12, ..Default::default() };
/// let pr = algo::pagerank(&net, Weights::Ignore, &options)?;
/// assert!(pr.iter().all(|p| (p - 1.0 / 3.0).abs() < 1e-12));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pagerank(
    net: &Network,
    weights: Weights,
    options: &PageRankOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "PageRank";
    let weighted = weights.strength_reading(NAME)?;
    let (alpha, tol) = (options.damping, options.tolerance);
    check_parameter(
        NAME,
        "damping",
        alpha,
        (0.0..=1.0).contains(&alpha),
        "in [0, 1]",
    )?;
    check_parameter(NAME, "tolerance", tol, tol > 0.0, "a positive number")?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let (off, _, wt) = net.csr();
    let inv_out: Vec<f64> = (0..n)
        .map(|v| {
            let s = if weighted {
                wt[off[v]..off[v + 1]].iter().sum()
            } else {
                (off[v + 1] - off[v]) as f64
            };
            if s > 0.0 { 1.0 / s } else { 0.0 }
        })
        .collect();
    let dangling: Vec<usize> = (0..n).filter(|&v| inv_out[v] == 0.0).collect();
    let incoming = incoming(net);
    let (ioff, itg, iwt) = incoming.csr();
    let uniform = 1.0 / n as f64;
    let mut share = vec![0.0; n];
    iterate(
        NAME,
        vec![uniform; n],
        options.max_iterations,
        tol,
        |x, next| {
            share
                .par_iter_mut()
                .zip(x)
                .zip(&inv_out)
                .for_each(|((s, &xv), &inv)| *s = xv * inv);
            let dangling_sum: f64 = dangling.iter().map(|&v| x[v]).sum();
            let jump = dangling_sum * uniform;
            next.par_iter_mut().enumerate().for_each(|(v, out)| {
                let mut sum = 0.0;
                if weighted {
                    for i in ioff[v]..ioff[v + 1] {
                        sum += share[itg[i] as usize] * iwt[i];
                    }
                } else {
                    for &u in &itg[ioff[v]..ioff[v + 1]] {
                        sum += share[u as usize];
                    }
                }
                *out = alpha * (sum + jump) + (1.0 - alpha) * uniform;
            });
        },
    )
}

/// Options of [`katz`]; the defaults are networkx's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KatzOptions {
    /// Attenuation factor (0.1); must be below `1 / λ_max` of the adjacency matrix for
    /// the iteration to converge.
    pub alpha: f64,
    /// Weight given to every node (1.0).
    pub beta: f64,
    /// Stop when the sum of absolute changes is below `node_count * tolerance` (1e-6).
    pub tolerance: f64,
    /// Give up after this many iterations (1000).
    pub max_iterations: usize,
    /// Scale the result to unit Euclidean length (true).
    pub normalized: bool,
}

impl Default for KatzOptions {
    fn default() -> Self {
        KatzOptions {
            alpha: 0.1,
            beta: 1.0,
            tolerance: 1e-6,
            max_iterations: 1000,
            normalized: true,
        }
    }
}

/// Katz centrality, as networkx's `katz_centrality`: the fixed point of
/// `x = alpha * A^T x + beta`, found by iteration from zero. In a directed network a node
/// is central if central nodes point to it.
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a non-finite `alpha` or `beta` or a
/// tolerance that is not positive; [`AlgorithmError::NotConverged`] after
/// `max_iterations` (usually: `alpha` is not below `1 / λ_max`, [`spectral_radius`]), or
/// earlier once the values overflow (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, KatzOptions, Weights};
///
/// let net = Network::directed(2, [(0, 1, 1.0)])?;
/// let options = KatzOptions { normalized: false, ..Default::default() };
/// let x = algo::katz(&net, Weights::Ignore, &options)?;
/// assert_eq!(x, [1.0, 1.1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn katz(
    net: &Network,
    weights: Weights,
    options: &KatzOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "Katz centrality";
    let tol = options.tolerance;
    check_parameter(NAME, "alpha", options.alpha, true, "a finite number")?;
    check_parameter(NAME, "beta", options.beta, true, "a finite number")?;
    let (weighted, incoming) = power_setup(net, weights, NAME, tol)?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut x = iterate(
        NAME,
        vec![0.0; n],
        options.max_iterations,
        tol,
        |x, next| {
            next.par_iter_mut().enumerate().for_each(|(v, out)| {
                *out = options.alpha * in_sum(&incoming, weighted, x, v) + options.beta;
            });
        },
    )?;
    if options.normalized {
        let norm = x.iter().map(|a| a * a).sum::<f64>().sqrt();
        if norm > 0.0 {
            for a in &mut x {
                *a /= norm;
            }
        }
    }
    Ok(x)
}
