//! Degree and strength: how many edges a node has, and how much weight.

use std::iter::Sum;
use std::ops::Add;

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
    incident_sums(net, Ends::Both, |_| 1)
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
    incident_sums(net, Ends::Out, |_| 1)
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
    incident_sums(net, Ends::In, |_| 1)
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
    incident_sums(net, Ends::Both, |w| w)
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
    incident_sums(net, Ends::Out, |w| w)
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
    incident_sums(net, Ends::In, |w| w)
}

/// Which edges at a node a per-node sum reads (in a directed network).
#[derive(Debug, Clone, Copy)]
enum Ends {
    /// The edges leaving it.
    Out,
    /// The edges entering it.
    In,
    /// Both: out, then in.
    Both,
}

/// Per node, the sum of `value(weight)` over its edges, as networkx counts them: in an
/// undirected network every edge at the node, a self-loop twice (whatever `ends`); in a
/// directed network the edges `ends` names, a self-loop once each way. Degree counts 1
/// per edge, strength the weight.
fn incident_sums<T>(net: &Network, ends: Ends, value: impl Fn(f64) -> T) -> Vec<T>
where
    T: Copy + Default + Add<Output = T> + Sum,
{
    let n = net.node_count();
    let out = |v: usize| net.row_slices(v).1.iter().map(|&w| value(w)).sum::<T>();
    if !net.is_directed() {
        return (0..n)
            .map(|v| out(v) + net.weight(v, v).map_or_else(T::default, &value))
            .collect();
    }
    let incoming = || {
        let mut sums = vec![T::default(); n];
        let (_, targets, weights) = net.csr();
        for (&t, &w) in targets.iter().zip(weights) {
            sums[t as usize] = sums[t as usize] + value(w);
        }
        sums
    };
    match ends {
        Ends::Out => (0..n).map(out).collect(),
        Ends::In => incoming(),
        Ends::Both => {
            let inn = incoming();
            (0..n).map(|v| out(v) + inn[v]).collect()
        }
    }
}
