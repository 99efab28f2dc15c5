//! Structure: density, clustering, transitivity, k-cores, components, articulation
//! points, bridges, assortativity.

use std::collections::HashMap;
use std::hash::Hash;

use rayon::prelude::*;

use super::{AlgorithmError, Weights, incoming};
use crate::Network;

/// The density of the network, as networkx's `density`: edges (self-loops included)
/// divided by the number of possible edges, `n(n-1)/2` undirected or `n(n-1)` directed;
/// `0.0` for fewer than two nodes.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)])?;
/// assert_eq!(algo::density(&net), 0.5);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn density(net: &Network) -> f64 {
    let n = net.node_count() as f64;
    if net.node_count() < 2 {
        return 0.0;
    }
    let m = net.edge_count() as f64;
    if net.is_directed() {
        m / (n * (n - 1.0))
    } else {
        2.0 * m / (n * (n - 1.0))
    }
}

/// Local clustering coefficient of each node, as networkx's `clustering(G, weight=...)`.
///
/// Undirected: the share of pairs of neighbours that are themselves linked; with
/// [`Weights::AsStrength`], each triangle counts the geometric mean of its three
/// weights divided by the largest weight of the network (Onnela et al. 2005). Directed:
/// Fagiolo's (2007) coefficient over all directed triangles, with the same weighting.
/// Self-loops are ignored; a node with fewer than two neighbours scores `0.0`; if every
/// weight is zero, every weighted coefficient is `0.0`. Runs on both cores.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`].
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // A triangle 0-1-2 with a pendant 3 on node 0.
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (0, 3, 1.0)])?;
/// assert_eq!(algo::clustering(&net, Weights::Ignore)?, [1.0 / 3.0, 1.0, 1.0, 0.0]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn clustering(net: &Network, weights: Weights) -> Result<Vec<f64>, AlgorithmError> {
    let weighted = weights.strength_reading("clustering")?;
    let n = net.node_count();
    let max_weight = if weighted {
        net.csr().2.iter().copied().fold(0.0, f64::max)
    } else {
        1.0
    };
    if weighted && max_weight == 0.0 {
        return Ok(vec![0.0; n]);
    }
    let norm = |w: f64| if weighted { w / max_weight } else { 1.0 };
    if !net.is_directed() {
        let (off, tg, wt) = net.csr();
        return Ok((0..n)
            .into_par_iter()
            .map_init(
                || vec![-1.0f64; n],
                |mark, i| {
                    let row = off[i]..off[i + 1];
                    let mut degree = 0usize;
                    for k in row.clone() {
                        if tg[k] as usize != i {
                            mark[tg[k] as usize] = norm(wt[k]);
                            degree += 1;
                        }
                    }
                    let mut total = 0.0;
                    for a in row.clone() {
                        let j = tg[a] as usize;
                        if j == i {
                            continue;
                        }
                        let w_ij = norm(wt[a]);
                        for b in off[j]..off[j + 1] {
                            let k = tg[b] as usize;
                            if k != j && k != i && mark[k] >= 0.0 {
                                if weighted {
                                    total += (w_ij * norm(wt[b]) * mark[k]).cbrt();
                                } else {
                                    total += 1.0;
                                }
                            }
                        }
                    }
                    for k in row {
                        mark[tg[k] as usize] = -1.0;
                    }
                    if total == 0.0 {
                        0.0
                    } else {
                        total / (degree * (degree - 1)) as f64
                    }
                },
            )
            .collect());
    }
    let incoming = incoming(net);
    let (off, tg, wt) = net.csr();
    let (ioff, itg, iwt) = incoming.csr();
    Ok((0..n)
        .into_par_iter()
        .map_init(
            // Weight of k -> i and of i -> k (normalized), negative if no such edge.
            || (vec![-1.0f64; n], vec![-1.0f64; n]),
            |(pred, succ), i| {
                let (mut n_pred, mut n_succ, mut both) = (0usize, 0usize, 0usize);
                for a in ioff[i]..ioff[i + 1] {
                    let k = itg[a] as usize;
                    if k != i {
                        pred[k] = norm(iwt[a]);
                        n_pred += 1;
                    }
                }
                for a in off[i]..off[i + 1] {
                    let k = tg[a] as usize;
                    if k != i {
                        succ[k] = norm(wt[a]);
                        n_succ += 1;
                        if pred[k] >= 0.0 {
                            both += 1;
                        }
                    }
                }
                let mut total = 0.0;
                // Each edge between i and a neighbour j (either way), then each edge
                // between j and a third node k (either way), then each edge between k
                // and i (either way).
                let mut visit = |j: usize, w_ij: f64| {
                    let sides = [
                        (ioff[j]..ioff[j + 1], itg, iwt),
                        (off[j]..off[j + 1], tg, wt),
                    ];
                    for (range, targets, ws) in sides {
                        for b in range {
                            let k = targets[b] as usize;
                            if k == j || k == i {
                                continue;
                            }
                            let w_jk = norm(ws[b]);
                            for w_ki in [pred[k], succ[k]] {
                                if w_ki >= 0.0 {
                                    total += if weighted {
                                        (w_ij * w_ki * w_jk).cbrt()
                                    } else {
                                        1.0
                                    };
                                }
                            }
                        }
                    }
                };
                for a in ioff[i]..ioff[i + 1] {
                    if itg[a] as usize != i {
                        visit(itg[a] as usize, norm(iwt[a]));
                    }
                }
                for a in off[i]..off[i + 1] {
                    if tg[a] as usize != i {
                        visit(tg[a] as usize, norm(wt[a]));
                    }
                }
                for a in ioff[i]..ioff[i + 1] {
                    pred[itg[a] as usize] = -1.0;
                }
                for a in off[i]..off[i + 1] {
                    succ[tg[a] as usize] = -1.0;
                }
                if total == 0.0 {
                    return 0.0;
                }
                let total_degree = n_pred + n_succ;
                let pairs = (total_degree * (total_degree - 1) - 2 * both) * 2;
                total / pairs as f64
            },
        )
        .collect())
}

/// The mean of [`clustering`] over all nodes (nodes scoring zero included), as
/// networkx's `average_clustering`.
///
/// # Errors
/// As [`clustering`]; [`AlgorithmError::Undefined`] for a network without nodes.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (0, 3, 1.0)])?;
/// let c = algo::average_clustering(&net, Weights::Ignore)?;
/// assert!((c - (1.0 / 3.0 + 2.0) / 4.0).abs() < 1e-15);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn average_clustering(net: &Network, weights: Weights) -> Result<f64, AlgorithmError> {
    let c = clustering(net, weights)?;
    if c.is_empty() {
        return Err(AlgorithmError::Undefined {
            algorithm: "average clustering",
            reason: "the network has no nodes",
        });
    }
    Ok(c.iter().sum::<f64>() / c.len() as f64)
}

/// Transitivity (global clustering), as networkx's `transitivity`: three times the
/// number of triangles divided by the number of connected triples; `0.0` without
/// triangles. Unweighted; self-loops are ignored.
///
/// # Errors
/// [`AlgorithmError::Directed`] for a directed network (networkx has no directed
/// transitivity either).
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (0, 3, 1.0)])?;
/// assert_eq!(algo::transitivity(&net)?, 0.6); // 3 * 1 triangle / 5 triples
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn transitivity(net: &Network) -> Result<f64, AlgorithmError> {
    if net.is_directed() {
        return Err(AlgorithmError::Directed {
            algorithm: "transitivity",
        });
    }
    let n = net.node_count();
    let (off, tg, _) = net.csr();
    let (triangles, triples) = (0..n)
        .into_par_iter()
        .map_init(
            || vec![false; n],
            |mark, i| {
                let mut degree = 0u64;
                for &k in &tg[off[i]..off[i + 1]] {
                    if k as usize != i {
                        mark[k as usize] = true;
                        degree += 1;
                    }
                }
                let mut t = 0u64;
                for &j in &tg[off[i]..off[i + 1]] {
                    let j = j as usize;
                    if j == i {
                        continue;
                    }
                    for &k in &tg[off[j]..off[j + 1]] {
                        let k = k as usize;
                        if k != j && k != i && mark[k] {
                            t += 1;
                        }
                    }
                }
                for &k in &tg[off[i]..off[i + 1]] {
                    mark[k as usize] = false;
                }
                (t, degree * degree.saturating_sub(1))
            },
        )
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    Ok(if triangles == 0 {
        0.0
    } else {
        triangles as f64 / triples as f64
    })
}

/// The core number of each node, as networkx's `core_number`: the largest `k` such that
/// the node belongs to a subgraph where every node has degree at least `k` (Batagelj
/// and Zaversnik's algorithm). In a directed network, degree is in-degree plus
/// out-degree.
///
/// # Errors
/// [`AlgorithmError::SelfLoop`] if a node has a self-loop (as networkx).
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// // A triangle with a pendant node.
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (0, 3, 1.0)])?;
/// assert_eq!(algo::core_number(&net)?, [2, 2, 2, 1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn core_number(net: &Network) -> Result<Vec<usize>, AlgorithmError> {
    let n = net.node_count();
    if let Some(node) = (0..n).find(|&v| net.weight(v, v).is_some()) {
        return Err(AlgorithmError::SelfLoop {
            algorithm: "core number",
            node,
        });
    }
    let incoming = incoming(net);
    let (off, tg, _) = net.csr();
    let (ioff, itg, _) = incoming.csr();
    // All neighbours, with multiplicity in a directed network (in and out).
    let neighbours = |v: usize| {
        let extra: &[u32] = if net.is_directed() {
            &itg[ioff[v]..ioff[v + 1]]
        } else {
            &[]
        };
        tg[off[v]..off[v + 1]]
            .iter()
            .chain(extra)
            .map(|&u| u as usize)
    };
    let mut core: Vec<usize> = (0..n).map(|v| neighbours(v).count()).collect();
    let max_degree = core.iter().copied().max().unwrap_or(0);
    // Bucket sort by degree.
    let mut bin = vec![0usize; max_degree + 2];
    for &d in &core {
        bin[d + 1] += 1;
    }
    for d in 0..=max_degree {
        bin[d + 1] += bin[d];
    }
    let mut start = bin.clone();
    let mut order = vec![0usize; n];
    let mut pos = vec![0usize; n];
    for v in 0..n {
        let d = core[v];
        pos[v] = start[d];
        order[start[d]] = v;
        start[d] += 1;
    }
    for i in 0..n {
        let v = order[i];
        for u in neighbours(v) {
            if core[u] > core[v] {
                let du = core[u];
                let (pu, pw) = (pos[u], bin[du]);
                let w = order[pw];
                if u != w {
                    order.swap(pu, pw);
                    pos[u] = pw;
                    pos[w] = pu;
                }
                bin[du] += 1;
                core[u] -= 1;
            }
        }
    }
    Ok(core)
}

/// Groups nodes by component label; components ordered by their smallest node, each
/// sorted.
fn groups(labels: &[usize], count: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); count];
    for (v, &c) in labels.iter().enumerate() {
        out[c].push(v);
    }
    out
}

/// The connected components (weakly connected in a directed network), as networkx's
/// `connected_components` / `weakly_connected_components`: each component's nodes in
/// increasing order, components ordered by their smallest node. An isolated node is a
/// component of its own.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(5, [(0, 2, 1.0), (3, 4, 1.0)])?;
/// assert_eq!(algo::connected_components(&net), [vec![0, 2], vec![1], vec![3, 4]]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn connected_components(net: &Network) -> Vec<Vec<usize>> {
    let n = net.node_count();
    let incoming = incoming(net);
    let (off, tg, _) = net.csr();
    let (ioff, itg, _) = incoming.csr();
    let mut label = vec![usize::MAX; n];
    let mut count = 0;
    let mut stack = Vec::new();
    for root in 0..n {
        if label[root] != usize::MAX {
            continue;
        }
        label[root] = count;
        stack.push(root);
        while let Some(v) = stack.pop() {
            for &u in tg[off[v]..off[v + 1]]
                .iter()
                .chain(&itg[ioff[v]..ioff[v + 1]])
            {
                let u = u as usize;
                if label[u] == usize::MAX {
                    label[u] = count;
                    stack.push(u);
                }
            }
        }
        count += 1;
    }
    groups(&label, count)
}

/// The strongly connected components of a directed network (Tarjan's algorithm,
/// without recursion), in the same form as [`connected_components`]; for an undirected
/// network, its connected components.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::directed(4, [(0, 1, 1.0), (1, 0, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 2, 1.0)])?;
/// assert_eq!(algo::strongly_connected_components(&net), [vec![0, 1], vec![2, 3]]);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[must_use]
pub fn strongly_connected_components(net: &Network) -> Vec<Vec<usize>> {
    if !net.is_directed() {
        return connected_components(net);
    }
    let n = net.node_count();
    let (off, tg, _) = net.csr();
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![UNSEEN; n];
    let mut call: Vec<(usize, usize)> = Vec::new();
    let mut next_index = 0;
    let mut raw_count = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        call.push((root, off[root]));
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut edge)) = call.last_mut() {
            if *edge < off[v + 1] {
                let u = tg[*edge] as usize;
                *edge += 1;
                if index[u] == UNSEEN {
                    index[u] = next_index;
                    low[u] = next_index;
                    next_index += 1;
                    stack.push(u);
                    on_stack[u] = true;
                    call.push((u, off[u]));
                } else if on_stack[u] {
                    low[v] = low[v].min(index[u]);
                }
                continue;
            }
            call.pop();
            if let Some(&(parent, _)) = call.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(u) = stack.pop() {
                    on_stack[u] = false;
                    comp[u] = raw_count;
                    if u == v {
                        break;
                    }
                }
                raw_count += 1;
            }
        }
    }
    // Renumber components by smallest node.
    let mut renumber = vec![UNSEEN; raw_count];
    let mut count = 0;
    for c in &mut comp {
        if renumber[*c] == UNSEEN {
            renumber[*c] = count;
            count += 1;
        }
        *c = renumber[*c];
    }
    groups(&comp, count)
}

/// Depth-first search (without recursion) of an undirected network computing discovery
/// times and low points; when the search leaves `child` for good, calls
/// `cut(parent, child, low[child], disc[parent], parent_is_root)`.
fn low_points(net: &Network, mut cut: impl FnMut(usize, usize, usize, usize, bool)) {
    let n = net.node_count();
    let (off, tg, _) = net.csr();
    const UNSEEN: usize = usize::MAX;
    let mut disc = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut parent = vec![UNSEEN; n];
    let mut time = 0;
    let mut call: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if disc[root] != UNSEEN {
            continue;
        }
        disc[root] = time;
        low[root] = time;
        time += 1;
        call.push((root, off[root]));
        while let Some(&mut (v, ref mut edge)) = call.last_mut() {
            if *edge < off[v + 1] {
                let u = tg[*edge] as usize;
                *edge += 1;
                if u == v {
                    continue;
                }
                if disc[u] == UNSEEN {
                    parent[u] = v;
                    disc[u] = time;
                    low[u] = time;
                    time += 1;
                    call.push((u, off[u]));
                } else if u != parent[v] {
                    low[v] = low[v].min(disc[u]);
                }
                continue;
            }
            call.pop();
            if let Some(&(p, _)) = call.last() {
                low[p] = low[p].min(low[v]);
                cut(p, v, low[v], disc[p], p == root);
            }
        }
    }
}

/// The articulation points (cut vertices) of an undirected network, in increasing
/// order, as networkx's `articulation_points`: the nodes whose removal splits their
/// component, the brokers without whom the network falls apart.
///
/// # Errors
/// [`AlgorithmError::Directed`] for a directed network.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// // Two triangles sharing node 2.
/// let net = Network::undirected(5, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 1.0), (3, 4, 1.0), (2, 4, 1.0)])?;
/// assert_eq!(algo::articulation_points(&net)?, [2]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn articulation_points(net: &Network) -> Result<Vec<usize>, AlgorithmError> {
    if net.is_directed() {
        return Err(AlgorithmError::Directed {
            algorithm: "articulation points",
        });
    }
    let n = net.node_count();
    let mut is_cut = vec![false; n];
    let mut root_children = vec![0usize; n];
    low_points(net, |p, _child, low_child, disc_p, p_is_root| {
        if p_is_root {
            root_children[p] += 1;
        } else if low_child >= disc_p {
            is_cut[p] = true;
        }
    });
    Ok((0..n)
        .filter(|&v| is_cut[v] || root_children[v] > 1)
        .collect())
}

/// The bridges of an undirected network, as networkx's `bridges`: the edges whose
/// removal splits their component, each as `(a, b)` with `a < b`, in increasing order.
/// Self-loops are never bridges.
///
/// # Errors
/// [`AlgorithmError::Directed`] for a directed network.
///
/// ```
/// use peacekeeping_graph::{Network, algo};
///
/// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 1.0)])?;
/// assert_eq!(algo::bridges(&net)?, [(2, 3)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bridges(net: &Network) -> Result<Vec<(usize, usize)>, AlgorithmError> {
    if net.is_directed() {
        return Err(AlgorithmError::Directed {
            algorithm: "bridges",
        });
    }
    let mut out = Vec::new();
    low_points(net, |p, child, low_child, disc_p, _| {
        if low_child > disc_p {
            out.push((p.min(child), p.max(child)));
        }
    });
    out.sort_unstable();
    Ok(out)
}

/// Attribute assortativity of a categorical node label, as networkx's
/// `attribute_assortativity_coefficient`: Newman's (2003) `r = (Σ e_ii - Σ a_i b_i) /
/// (1 - Σ a_i b_i)` over the label mixing matrix `e`. Positive when edges tend to join
/// nodes of the same label (actors of the same kind or region).
///
/// Each undirected edge is counted in both directions (a self-loop once); a directed
/// edge once. With [`Weights::AsStrength`] each edge counts its weight instead of 1 (the
/// weighted mixing matrix; networkx has no weighted version).
///
/// # Errors
/// [`AlgorithmError::WrongLength`] unless there is one label per node;
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::Undefined`] without edge weight, or when `Σ a_i b_i = 1` (every
/// edge end carries the same label), where networkx divides by zero.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // Two pairs of like nodes, linked inside each pair only: perfectly assortative.
/// let net = Network::undirected(4, [(0, 1, 1.0), (2, 3, 1.0)])?;
/// let kind = ["state", "state", "organization", "organization"];
/// assert_eq!(algo::attribute_assortativity(&net, &kind, Weights::Ignore)?, 1.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn attribute_assortativity<L: Eq + Hash>(
    net: &Network,
    labels: &[L],
    weights: Weights,
) -> Result<f64, AlgorithmError> {
    const NAME: &str = "attribute assortativity";
    let weighted = weights.strength_reading(NAME)?;
    let n = net.node_count();
    if labels.len() != n {
        return Err(AlgorithmError::WrongLength {
            what: "labels",
            found: labels.len(),
            node_count: n,
        });
    }
    let mut ids: HashMap<&L, usize> = HashMap::new();
    let category: Vec<usize> = labels
        .iter()
        .map(|l| {
            let next = ids.len();
            *ids.entry(l).or_insert(next)
        })
        .collect();
    let k = ids.len();
    let mut row = vec![0.0; k];
    let mut col = vec![0.0; k];
    let mut diagonal = 0.0;
    let mut total = 0.0;
    for (u, v, w) in net.edges() {
        let w = if weighted { w } else { 1.0 };
        let (a, b) = (category[u], category[v]);
        let times = if net.is_directed() || u == v { 1 } else { 2 };
        for (x, y) in [(a, b), (b, a)].into_iter().take(times) {
            row[x] += w;
            col[y] += w;
            if x == y {
                diagonal += w;
            }
            total += w;
        }
    }
    if total == 0.0 {
        return Err(AlgorithmError::Undefined {
            algorithm: NAME,
            reason: "the network has no edge weight",
        });
    }
    let trace = diagonal / total;
    let s: f64 = row
        .iter()
        .zip(&col)
        .map(|(a, b)| (a / total) * (b / total))
        .sum();
    if s == 1.0 {
        return Err(AlgorithmError::Undefined {
            algorithm: NAME,
            reason: "every edge joins nodes of one and the same label",
        });
    }
    Ok((trace - s) / (1.0 - s))
}
