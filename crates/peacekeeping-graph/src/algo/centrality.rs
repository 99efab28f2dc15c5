//! Centralities: degree, strength, betweenness, closeness, eigenvector, PageRank, Katz.

use std::cmp::Ordering;
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

/// Per-thread work space of one single-source shortest-path search.
struct Search {
    /// Nodes in the order they were settled.
    order: Vec<u32>,
    /// Number of shortest paths from the source (networkx's `sigma`).
    sigma: Vec<f64>,
    /// Hop count (BFS); `u32::MAX` if not reached.
    hops: Vec<u32>,
    /// Distance (Dijkstra); infinite if not reached.
    dist: Vec<f64>,
    /// Whether a node is settled (Dijkstra).
    done: Vec<bool>,
    /// Predecessors on shortest paths (Dijkstra).
    preds: Vec<Vec<u32>>,
    /// Dependency of the source on each node (Dijkstra); `(1 + delta) / sigma` (BFS).
    delta: Vec<f64>,
    heap: BinaryHeap<Entry>,
}

impl Search {
    fn new(n: usize) -> Self {
        Search {
            order: Vec::with_capacity(n),
            sigma: vec![0.0; n],
            hops: vec![u32::MAX; n],
            dist: vec![f64::INFINITY; n],
            done: vec![false; n],
            preds: vec![Vec::new(); n],
            delta: vec![0.0; n],
            heap: BinaryHeap::new(),
        }
    }

    /// Clears what the last search touched.
    fn reset(&mut self) {
        for &v in &self.order {
            let v = v as usize;
            self.sigma[v] = 0.0;
            self.hops[v] = u32::MAX;
            self.dist[v] = f64::INFINITY;
            self.done[v] = false;
            self.preds[v].clear();
            self.delta[v] = 0.0;
        }
        self.order.clear();
    }
}

/// A heap entry of Dijkstra, ordered as networkx's `(distance, counter)` min-heap.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    dist: f64,
    count: u64,
    pred: u32,
    node: u32,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        // Reversed: BinaryHeap is a max-heap. Distances are never NaN.
        other
            .dist
            .total_cmp(&self.dist)
            .then_with(|| other.count.cmp(&self.count))
    }
}

/// Brandes' single-source step with unit lengths; adds the dependencies to `acc`.
///
/// The backward pass pulls from successors: `delta[v] = sigma[v] * Σ (1 + delta[w]) /
/// sigma[w]` over the out-neighbours `w` one hop further, with the quotient stored once
/// per node (in `w.delta`), so each edge costs two reads and no scattered write.
fn brandes_bfs(net: &Network, s: usize, w: &mut Search, acc: &mut [f64]) {
    let (off, tg, _) = net.csr();
    w.sigma[s] = 1.0;
    w.hops[s] = 0;
    // `order` is the queue: breadth-first order is the settling order.
    w.order.push(s as u32);
    let mut head = 0;
    while head < w.order.len() {
        let v = w.order[head] as usize;
        head += 1;
        let next = w.hops[v] + 1;
        let sigma_v = w.sigma[v];
        for &t in &tg[off[v]..off[v + 1]] {
            let t = t as usize;
            let hops_t = w.hops[t];
            if hops_t == u32::MAX {
                w.hops[t] = next;
                w.order.push(t as u32);
                w.sigma[t] += sigma_v;
            } else if hops_t == next {
                w.sigma[t] += sigma_v;
            }
        }
    }
    for &v in w.order.iter().rev() {
        let v = v as usize;
        let next = w.hops[v] + 1;
        let mut sum = 0.0;
        for &t in &tg[off[v]..off[v + 1]] {
            if w.hops[t as usize] == next {
                sum += w.delta[t as usize];
            }
        }
        let delta_v = w.sigma[v] * sum;
        w.delta[v] = (1.0 + delta_v) / w.sigma[v];
        if v != s {
            acc[v] += delta_v;
        }
    }
}

/// Brandes' single-source step with Dijkstra, step for step as networkx's
/// `_single_source_dijkstra_path_basic`; adds the dependencies to `acc`.
fn brandes_dijkstra(net: &Network, weights: Weights, s: usize, w: &mut Search, acc: &mut [f64]) {
    let (off, tg, wt) = net.csr();
    let mut count = 0u64;
    w.sigma[s] = 1.0;
    w.dist[s] = 0.0;
    w.heap.push(Entry {
        dist: 0.0,
        count,
        pred: s as u32,
        node: s as u32,
    });
    // `seen` of networkx is `dist` here; `D` is `done`.
    while let Some(Entry {
        dist, pred, node, ..
    }) = w.heap.pop()
    {
        let v = node as usize;
        if w.done[v] {
            continue;
        }
        w.sigma[v] += w.sigma[pred as usize];
        w.order.push(node);
        w.done[v] = true;
        for i in off[v]..off[v + 1] {
            let t = tg[i] as usize;
            if t == v {
                continue;
            }
            let Some(length) = weights.length(wt[i]) else {
                continue;
            };
            let d = dist + length;
            if !w.done[t] && d < w.dist[t] {
                w.dist[t] = d;
                count += 1;
                w.heap.push(Entry {
                    dist: d,
                    count,
                    pred: node,
                    node: tg[i],
                });
                w.sigma[t] = 0.0;
                w.preds[t].clear();
                w.preds[t].push(node);
            } else if d == w.dist[t] {
                w.sigma[t] += w.sigma[v];
                w.preds[t].push(node);
            }
        }
    }
    for &t in w.order.iter().rev() {
        let t = t as usize;
        let coeff = (1.0 + w.delta[t]) / w.sigma[t];
        for &v in &w.preds[t] {
            let v = v as usize;
            w.delta[v] += w.sigma[v] * coeff;
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
    let partials: Vec<Vec<f64>> = chunk_ranges(n)
        .into_par_iter()
        .map(|range| {
            let mut search = Search::new(n);
            let mut acc = vec![0.0; n];
            for s in range {
                match weights {
                    Weights::Ignore => brandes_bfs(net, s, &mut search, &mut acc),
                    _ => brandes_dijkstra(net, weights, s, &mut search, &mut acc),
                }
                search.reset();
            }
            acc
        })
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

/// Single-source shortest-path lengths (unit lengths: BFS; otherwise Dijkstra) into
/// `dist`, which must be all infinite on entry; `settled` receives the reached nodes in
/// order of distance, so the caller can reset `dist` cheaply.
pub(crate) fn single_source(
    net: &Network,
    source: usize,
    weights: Weights,
    dist: &mut [f64],
    settled: &mut Vec<u32>,
    heap: &mut BinaryHeap<Entry>,
) {
    let (off, tg, wt) = net.csr();
    settled.clear();
    dist[source] = 0.0;
    if weights == Weights::Ignore {
        settled.push(source as u32);
        let mut head = 0;
        while head < settled.len() {
            let v = settled[head] as usize;
            head += 1;
            let next = dist[v] + 1.0;
            for &t in &tg[off[v]..off[v + 1]] {
                if dist[t as usize].is_infinite() {
                    dist[t as usize] = next;
                    settled.push(t);
                }
            }
        }
        return;
    }
    heap.clear();
    heap.push(Entry {
        dist: 0.0,
        count: 0,
        pred: source as u32,
        node: source as u32,
    });
    let mut count = 0;
    while let Some(Entry { dist: d, node, .. }) = heap.pop() {
        let v = node as usize;
        // Each push is strictly shorter than the last one for its node: an entry longer
        // than the node's distance is stale, and no two entries are equally long.
        if d > dist[v] {
            continue;
        }
        settled.push(node);
        for i in off[v]..off[v + 1] {
            let t = tg[i] as usize;
            let Some(length) = weights.length(wt[i]) else {
                continue;
            };
            let nd = d + length;
            if nd < dist[t] {
                dist[t] = nd;
                count += 1;
                heap.push(Entry {
                    dist: nd,
                    count,
                    pred: node,
                    node: tg[i],
                });
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
    let incoming = incoming(net);
    let incoming: &Network = &incoming;
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![f64::INFINITY; n], Vec::new(), BinaryHeap::new()),
            |(dist, settled, heap), v| {
                single_source(incoming, v, weights, dist, settled, heap);
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
/// [`AlgorithmError::NotConverged`] after `max_iterations`.
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
    let weighted = weights.strength_reading(NAME)?;
    let tol = options.tolerance;
    check_parameter(NAME, "tolerance", tol, tol > 0.0, "a positive number")?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let incoming = incoming(net);
    let (off, tg, wt) = incoming.csr();
    let mut x = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..options.max_iterations {
        next.par_iter_mut().enumerate().for_each(|(v, out)| {
            let mut sum = x[v];
            for i in off[v]..off[v + 1] {
                let w = if weighted { wt[i] } else { 1.0 };
                sum += x[tg[i] as usize] * w;
            }
            *out = sum;
        });
        let norm = next.iter().map(|a| a * a).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        let mut err = 0.0;
        for (a, last) in next.iter_mut().zip(&x) {
            *a /= norm;
            err += (*a - last).abs();
        }
        std::mem::swap(&mut x, &mut next);
        if err < n as f64 * tol {
            return Ok(x);
        }
    }
    Err(AlgorithmError::NotConverged {
        algorithm: NAME,
        iterations: options.max_iterations,
        tolerance: tol,
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
/// that is not positive; [`AlgorithmError::NotConverged`] after `max_iterations`.
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
    let mut x = vec![uniform; n];
    let mut share = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 0..options.max_iterations {
        share
            .par_iter_mut()
            .zip(&x)
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
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if err < n as f64 * tol {
            return Ok(x);
        }
    }
    Err(AlgorithmError::NotConverged {
        algorithm: NAME,
        iterations: options.max_iterations,
        tolerance: tol,
    })
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
/// `max_iterations` (usually: `alpha` is not below `1 / λ_max`).
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
    let weighted = weights.strength_reading(NAME)?;
    let tol = options.tolerance;
    check_parameter(NAME, "alpha", options.alpha, true, "a finite number")?;
    check_parameter(NAME, "beta", options.beta, true, "a finite number")?;
    check_parameter(NAME, "tolerance", tol, tol > 0.0, "a positive number")?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let incoming = incoming(net);
    let (off, tg, wt) = incoming.csr();
    let mut x = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 0..options.max_iterations {
        next.par_iter_mut().enumerate().for_each(|(v, out)| {
            let mut sum = 0.0;
            for i in off[v]..off[v + 1] {
                let w = if weighted { wt[i] } else { 1.0 };
                sum += x[tg[i] as usize] * w;
            }
            *out = options.alpha * sum + options.beta;
        });
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if !err.is_finite() {
            break;
        }
        if err < n as f64 * tol {
            if options.normalized {
                let norm = x.iter().map(|a| a * a).sum::<f64>().sqrt();
                if norm > 0.0 {
                    for a in &mut x {
                        *a /= norm;
                    }
                }
            }
            return Ok(x);
        }
    }
    Err(AlgorithmError::NotConverged {
        algorithm: NAME,
        iterations: options.max_iterations,
        tolerance: tol,
    })
}
