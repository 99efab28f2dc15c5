//! [`Network`]: a compact weighted graph on nodes `0..n`, the form every algorithm of this
//! crate runs on.
//!
//! Edges are stored in compressed sparse rows (CSR): for each node, its out-neighbours
//! and the weights of the edges to them, in one contiguous slice, sorted by neighbour.
//! An undirected network stores each edge in both rows. Parallel edges are merged when
//! the network is built (their weights summed), so the network is simple apart from
//! self-loops, which are kept.
//!
//! ```
//! use peacekeeping_graph::Network;
//!
//! // A path 0 - 1 - 2, with weights.
//! let net = Network::undirected(3, [(0, 1, 2.0), (1, 2, 0.5)])?;
//! assert_eq!(net.edge_count(), 2);
//! assert_eq!(net.neighbors(1).collect::<Vec<_>>(), [(0, 2.0), (2, 0.5)]);
//! # Ok::<(), peacekeeping_graph::NetworkError>(())
//! ```

/// Why a [`Network`] could not be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkError {
    /// An edge names a node outside `0..node_count`.
    #[error("edge {edge} ({from} -> {to}): node out of range, the network has {node_count} nodes")]
    NodeOutOfRange {
        /// The edge's position in the input, from 0.
        edge: usize,
        /// Its source node.
        from: usize,
        /// Its target node.
        to: usize,
        /// The number of nodes of the network.
        node_count: usize,
    },
    /// An edge's weight is NaN, infinite or negative.
    #[error("edge {edge} ({from} -> {to}): weight {weight} is not a finite, non-negative number")]
    InvalidWeight {
        /// The edge's position in the input, from 0.
        edge: usize,
        /// Its source node.
        from: usize,
        /// Its target node.
        to: usize,
        /// The weight given.
        weight: f64,
    },
    /// More than `u32::MAX` nodes.
    #[error("{node_count} nodes: a network holds at most {} nodes", u32::MAX)]
    TooManyNodes {
        /// The number of nodes asked for.
        node_count: usize,
    },
}

/// A weighted graph on nodes `0..node_count`, directed or not, in compressed sparse rows.
///
/// Weights are finite and non-negative. What a weight means (a strength, such as shared
/// missions, or a distance) is not stored: each algorithm that reads weights takes the
/// reading as an argument.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    directed: bool,
    /// `offsets[v]..offsets[v + 1]` are the positions of `v`'s out-edges.
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
    /// The number of edges as given (after merging), each undirected edge once.
    edge_count: usize,
}

impl Network {
    /// An undirected network; each `(a, b, weight)` joins `a` and `b` both ways.
    /// Repeated pairs (`(a, b)` and `(b, a)` alike) are merged, their weights summed.
    ///
    /// # Errors
    /// [`NetworkError::NodeOutOfRange`] or [`NetworkError::InvalidWeight`] naming the
    /// first bad edge; [`NetworkError::TooManyNodes`] beyond `u32::MAX` nodes.
    pub fn undirected(
        node_count: usize,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, NetworkError> {
        Self::build(node_count, false, edges)
    }

    /// A directed network; each `(a, b, weight)` is an edge from `a` to `b`. Repeated
    /// edges are merged, their weights summed.
    ///
    /// # Errors
    /// As [`Network::undirected`].
    pub fn directed(
        node_count: usize,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, NetworkError> {
        Self::build(node_count, true, edges)
    }

    fn build(
        node_count: usize,
        directed: bool,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, NetworkError> {
        if u32::try_from(node_count).is_err() {
            return Err(NetworkError::TooManyNodes { node_count });
        }
        let mut list: Vec<(u32, u32, f64)> = Vec::new();
        for (edge, (source, target, weight)) in edges.into_iter().enumerate() {
            if source >= node_count || target >= node_count {
                return Err(NetworkError::NodeOutOfRange {
                    edge,
                    from: source,
                    to: target,
                    node_count,
                });
            }
            if !weight.is_finite() || weight < 0.0 {
                return Err(NetworkError::InvalidWeight {
                    edge,
                    from: source,
                    to: target,
                    weight,
                });
            }
            // Both fit in u32: checked against node_count above.
            let (s, t) = (source as u32, target as u32);
            let (s, t) = if directed || s <= t { (s, t) } else { (t, s) };
            list.push((s, t, weight));
        }
        list.sort_by_key(|a| (a.0, a.1));
        let mut merged: Vec<(u32, u32, f64)> = Vec::with_capacity(list.len());
        for (s, t, w) in list {
            match merged.last_mut() {
                Some(last) if last.0 == s && last.1 == t => last.2 += w,
                _ => merged.push((s, t, w)),
            }
        }
        let edge_count = merged.len();
        let mut rows: Vec<(u32, u32, f64)> = Vec::with_capacity(merged.len() * 2);
        for &(s, t, w) in &merged {
            rows.push((s, t, w));
            if !directed && s != t {
                rows.push((t, s, w));
            }
        }
        rows.sort_by_key(|a| (a.0, a.1));
        let mut offsets = vec![0usize; node_count + 1];
        for &(s, _, _) in &rows {
            offsets[s as usize + 1] += 1;
        }
        for v in 0..node_count {
            offsets[v + 1] += offsets[v];
        }
        Ok(Network {
            directed,
            offsets,
            targets: rows.iter().map(|r| r.1).collect(),
            weights: rows.iter().map(|r| r.2).collect(),
            edge_count,
        })
    }

    /// Whether edges have a direction.
    #[must_use]
    pub const fn is_directed(&self) -> bool {
        self.directed
    }

    /// The number of nodes.
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The number of edges, each undirected edge counted once, self-loops included.
    #[must_use]
    pub const fn edge_count(&self) -> usize {
        self.edge_count
    }

    /// The out-neighbours of `node` with the weights of the edges to them, by neighbour.
    /// An undirected self-loop appears once. Empty for a node out of range.
    pub fn neighbors(&self, node: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.row(node);
        self.targets[range.clone()]
            .iter()
            .zip(&self.weights[range])
            .map(|(&t, &w)| (t as usize, w))
    }

    /// The number of out-neighbours of `node` (a self-loop counts once).
    #[must_use]
    pub fn out_degree(&self, node: usize) -> usize {
        self.row(node).len()
    }

    /// The neighbours of `node` as a slice of node numbers, and their weights: the raw
    /// rows, for algorithms.
    #[must_use]
    pub fn row_slices(&self, node: usize) -> (&[u32], &[f64]) {
        let range = self.row(node);
        (&self.targets[range.clone()], &self.weights[range])
    }

    fn row(&self, node: usize) -> std::ops::Range<usize> {
        if node + 1 >= self.offsets.len() {
            return 0..0;
        }
        self.offsets[node]..self.offsets[node + 1]
    }

    /// The weight of the edge from `a` to `b` (either way if undirected), if there is one.
    #[must_use]
    pub fn weight(&self, a: usize, b: usize) -> Option<f64> {
        let (targets, weights) = self.row_slices(a);
        let b = u32::try_from(b).ok()?;
        targets.binary_search(&b).ok().map(|i| weights[i])
    }

    /// Every edge once, as `(source, target, weight)`; an undirected edge with
    /// `source <= target`.
    pub fn edges(&self) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
        (0..self.node_count()).flat_map(move |s| {
            self.neighbors(s)
                .filter(move |&(t, _)| self.directed || s <= t)
                .map(move |(t, w)| (s, t, w))
        })
    }
}

impl Network {
    /// The same nodes with every edge turned around: the in-edges of `v` become its
    /// out-edges. An undirected network is returned unchanged. Linear time (a counting
    /// sort of the rows), so algorithms that need in-neighbours can afford it.
    ///
    /// ```
    /// use peacekeeping_graph::Network;
    ///
    /// let net = Network::directed(3, [(0, 1, 2.0), (2, 1, 1.0)])?;
    /// let rev = net.reversed();
    /// assert_eq!(rev.neighbors(1).collect::<Vec<_>>(), [(0, 2.0), (2, 1.0)]);
    /// assert_eq!(rev.edge_count(), 2);
    /// # Ok::<(), peacekeeping_graph::NetworkError>(())
    /// ```
    #[must_use]
    pub fn reversed(&self) -> Network {
        if !self.directed {
            return self.clone();
        }
        let n = self.node_count();
        let mut offsets = vec![0usize; n + 1];
        for &t in &self.targets {
            offsets[t as usize + 1] += 1;
        }
        for v in 0..n {
            offsets[v + 1] += offsets[v];
        }
        let mut next = offsets.clone();
        let mut targets = vec![0u32; self.targets.len()];
        let mut weights = vec![0.0f64; self.weights.len()];
        // Sources are visited in increasing order, so each new row comes out sorted.
        for s in 0..n {
            for i in self.offsets[s]..self.offsets[s + 1] {
                let t = self.targets[i] as usize;
                let slot = next[t];
                next[t] += 1;
                // `s < n <= u32::MAX`: checked when the network was built.
                targets[slot] = s as u32;
                weights[slot] = self.weights[i];
            }
        }
        Network {
            directed: true,
            offsets,
            targets,
            weights,
            edge_count: self.edge_count,
        }
    }

    /// The network without the nodes in `removed` and every edge at them: the nodes that
    /// stay keep their order and are numbered from 0 again (node `v` becomes `v` minus
    /// the number of removed nodes below it). Numbers out of range in `removed` are
    /// ignored. Withdrawal analysis compares a network with and without some actors.
    ///
    /// ```
    /// use peacekeeping_graph::Network;
    ///
    /// // A path 0 - 1 - 2 - 3 without node 1: 0 alone, then 2 - 3 as 1 - 2.
    /// let net = Network::undirected(4, [(0, 1, 1.0), (1, 2, 2.0), (2, 3, 3.0)])?;
    /// let rest = net.without_nodes(&[1]);
    /// assert_eq!(rest.node_count(), 3);
    /// assert_eq!(rest.edges().collect::<Vec<_>>(), [(1, 2, 3.0)]);
    /// # Ok::<(), peacekeeping_graph::NetworkError>(())
    /// ```
    #[must_use]
    pub fn without_nodes(&self, removed: &[usize]) -> Network {
        let n = self.node_count();
        let mut number = vec![Some(0u32); n];
        for &v in removed {
            if v < n {
                number[v] = None;
            }
        }
        let mut next = 0u32;
        for slot in &mut number {
            if slot.is_some() {
                // Fewer nodes than before: fits in u32, as the network's did.
                *slot = Some(next);
                next += 1;
            }
        }
        let mut offsets = vec![0usize];
        let mut targets = Vec::new();
        let mut weights = Vec::new();
        let mut edge_count = 0;
        for v in (0..n).filter(|&v| number[v].is_some()) {
            for (&t, &w) in self.targets[self.row(v)]
                .iter()
                .zip(&self.weights[self.row(v)])
            {
                // Renumbering keeps the order: the row stays sorted.
                if let Some(t_new) = number[t as usize] {
                    targets.push(t_new);
                    weights.push(w);
                    if self.directed || v <= t as usize {
                        edge_count += 1;
                    }
                }
            }
            offsets.push(targets.len());
        }
        Network {
            directed: self.directed,
            offsets,
            targets,
            weights,
            edge_count,
        }
    }

    /// The raw rows: `offsets` (length `node_count + 1`), then the targets and weights
    /// of all rows end to end, for the algorithms of this crate.
    pub(crate) fn csr(&self) -> (&[usize], &[u32], &[f64]) {
        (&self.offsets, &self.targets, &self.weights)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_edges_merge_and_undirected_edges_show_both_ways() {
        let net = Network::undirected(3, [(0, 1, 1.0), (1, 0, 2.0), (2, 2, 1.0)]).unwrap();
        assert_eq!(net.edge_count(), 2);
        assert_eq!(net.weight(1, 0), Some(3.0));
        assert_eq!(net.neighbors(2).collect::<Vec<_>>(), [(2, 1.0)]);
        assert_eq!(net.edges().collect::<Vec<_>>(), [(0, 1, 3.0), (2, 2, 1.0)]);
        let d = Network::directed(2, [(0, 1, 1.0)]).unwrap();
        assert_eq!(d.weight(1, 0), None);
        assert_eq!(d.out_degree(0), 1);
    }

    #[test]
    fn bad_edges_are_named() {
        let err = Network::undirected(2, [(0, 1, 1.0), (0, 2, 1.0)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edge 1 (0 -> 2): node out of range, the network has 2 nodes"
        );
        let err = Network::directed(2, [(0, 1, f64::NAN)]).unwrap_err();
        assert!(matches!(err, NetworkError::InvalidWeight { edge: 0, .. }));
        assert!(Network::directed(2, [(0, 1, -1.0)]).is_err());
        assert_eq!(Network::undirected(0, []).unwrap().node_count(), 0);
    }

    #[test]
    fn removing_nodes_renumbers_the_rest_and_drops_their_edges() {
        let net =
            Network::directed(5, [(0, 1, 1.0), (1, 2, 2.0), (3, 0, 3.0), (4, 4, 4.0)]).unwrap();
        let rest = net.without_nodes(&[1, 7]);
        let expected = Network::directed(4, [(2, 0, 3.0), (3, 3, 4.0)]).unwrap();
        assert_eq!(rest, expected);
        let und =
            Network::undirected(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 2, 5.0), (2, 3, 1.0)]).unwrap();
        let rest = und.without_nodes(&[0, 3]);
        assert_eq!(
            rest,
            Network::undirected(2, [(0, 1, 1.0), (1, 1, 5.0)]).unwrap()
        );
        assert_eq!(rest.edge_count(), 2);
        assert_eq!(und.without_nodes(&[]), und);
    }

    #[test]
    fn reversing_twice_gives_the_network_back() {
        let net =
            Network::directed(4, [(0, 1, 1.0), (3, 1, 2.0), (1, 2, 3.0), (2, 2, 4.0)]).unwrap();
        let rev = net.reversed();
        assert_eq!(rev.neighbors(1).collect::<Vec<_>>(), [(0, 1.0), (3, 2.0)]);
        assert_eq!(rev.neighbors(2).collect::<Vec<_>>(), [(1, 3.0), (2, 4.0)]);
        assert_eq!(rev.reversed(), net);
    }
}
