//! Network algorithms on a [`Network`]: centralities, structure, paths, assortativity and
//! communities.
//!
//! Every function takes a `&Network` and returns one value per node (indexed by node
//! number) or one value for the whole network. They follow networkx's definitions and
//! are tested against networkx on Zachary's karate club and on seeded random graphs
//! (`tests/fixtures/`, written by `scripts/graph_fixtures.py`).
//!
//! # How weights are read
//!
//! A [`Network`] stores one non-negative weight per edge but not what it means. Every
//! algorithm that could read weights takes a [`Weights`] argument, and the rule is:
//!
//! | algorithm kind | [`Weights::Ignore`] | [`Weights::AsDistance`] | [`Weights::AsStrength`] |
//! |---|---|---|---|
//! | path measures: [`betweenness`], [`closeness`], [`shortest_path`], [`distances`], [`global_efficiency`] | every edge has length 1 | the weight is the edge's length | the edge's length is `1 / weight`; a zero-weight edge cannot be crossed |
//! | strength measures: [`eigenvector`], [`pagerank`], [`katz`], [`spectral_radius`], [`clustering`], [`average_clustering`], [`attribute_assortativity`], [`modularity`], [`louvain`] | every edge has weight 1 | refused with [`AlgorithmError::DistanceAsStrength`] | the weight is the edge's strength |
//!
//! So a co-deployment network weighted by shared missions (a strength: more is closer)
//! is never silently read as a distance: ask for [`Weights::AsStrength`] and path
//! measures use `1 / shared missions`, the usual choice in the literature (Newman 2001,
//! Opsahl et al. 2010); ask for [`Weights::AsDistance`] only for weights that are
//! lengths (kilometres, days).
//!
//! [`degree`] and [`strength`] need no reading: one counts edges, the other sums weights.
//!
//! # Edge cases
//!
//! No function returns NaN. An empty network gives empty vectors (and `0.0` for
//! [`density`] and [`global_efficiency`]); isolated nodes get `0.0` betweenness,
//! closeness and clustering, as in networkx. Where networkx divides by zero (modularity
//! of a network without edge weight, assortativity with a single category) the function
//! returns [`AlgorithmError::Undefined`]. Disconnected networks are handled as networkx
//! does: closeness uses the Wasserman–Faust correction when asked, efficiency counts an
//! unreachable pair as `0`.
//!
//! ```
//! use peacekeeping_graph::Network;
//! use peacekeeping_graph::algo::{self, Weights};
//!
//! // A star: node 0 brokers between 1, 2 and 3.
//! let net = Network::undirected(4, [(0, 1, 3.0), (0, 2, 1.0), (0, 3, 1.0)])?;
//! let b = algo::betweenness(&net, Weights::Ignore, algo::Scale::Normalized);
//! assert_eq!(b, [1.0, 0.0, 0.0, 0.0]);
//! assert_eq!(algo::articulation_points(&net)?, [0]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Why not rustworkx-core
//!
//! rustworkx-core 0.18.1 offers unweighted betweenness, closeness, eigenvector, Katz,
//! core number, articulation points, bridges, components and transitivity. Checked side
//! by side, it gives the same values (to 1e-9) but is 2.8x to 24x slower on a
//! G(5,000, 50,000) graph, its betweenness and closeness take no [`Weights`] reading, and
//! it gives a core number despite self-loops where networkx refuses; so these stay here,
//! on the one CSR [`Network`]. Figures and method: `docs/performance.md`, "rustworkx-core side
//! by side".

mod betweenness;
mod closeness;
mod community;
mod degree;
mod paths;
mod search;
mod spectral;
mod structure;

pub use betweenness::betweenness;
pub use closeness::{ClosenessScale, closeness};
pub use community::{Communities, LouvainOptions, louvain, modularity};
pub use degree::{degree, in_degree, in_strength, out_degree, out_strength, strength};
pub use paths::{Path, distances, global_efficiency, shortest_path};
pub use spectral::{
    EigenvectorOptions, KatzOptions, PageRankOptions, eigenvector, katz, pagerank, spectral_radius,
};
pub use structure::{
    articulation_points, attribute_assortativity, average_clustering, bridges, clustering,
    connected_components, core_number, density, strongly_connected_components, transitivity,
};

use crate::Network;

/// How an algorithm reads edge weights (see the [module docs](self#how-weights-are-read)
/// for the full rule).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // Shared missions: 5 between 0 and 1, 1 between 1 and 2, 1 between 0 and 2.
/// let net = Network::undirected(3, [(0, 1, 5.0), (1, 2, 1.0), (0, 2, 1.0)])?;
/// // As a strength, the strong tie 0-1 is short (1/5): 2 reaches 0 directly (length 1),
/// // and 0 reaches 1 directly (length 0.2).
/// let p = algo::shortest_path(&net, 2, 1, Weights::AsStrength)?.ok_or("no path")?;
/// assert_eq!(p.nodes, [2, 1]);
/// // As a distance, 5 is long: 0 reaches 1 through 2 (1 + 1 < 5).
/// let p = algo::shortest_path(&net, 0, 1, Weights::AsDistance)?.ok_or("no path")?;
/// assert_eq!(p.nodes, [0, 2, 1]);
/// // A spectral measure refuses a distance.
/// assert!(algo::pagerank(&net, Weights::AsDistance, &Default::default()).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weights {
    /// Unweighted: every edge counts 1, whatever its weight.
    Ignore,
    /// The weight is a length (a cost): path measures add weights up; strength
    /// measures refuse this reading.
    AsDistance,
    /// The weight is a strength (more is closer, such as shared missions): strength
    /// measures use it as it is, path measures use `1 / weight` as the length.
    AsStrength,
}

/// Whether an algorithm scales its values, and how each one does it is in its docs:
/// [`betweenness`] divides by the number of pairs of other nodes, [`katz`] scales to unit
/// Euclidean length. Both as networkx's `normalized` argument.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Scale, Weights};
///
/// // A star: node 0 is on the path of each of the 3 pairs of leaves.
/// let net = Network::undirected(4, [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)])?;
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, Scale::Raw)[0], 3.0);
/// assert_eq!(algo::betweenness(&net, Weights::Ignore, Scale::Normalized)[0], 1.0);
/// # Ok::<(), peacekeeping_graph::NetworkError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scale {
    /// Scaled as the algorithm says (networkx's `normalized=True`, its default).
    #[default]
    Normalized,
    /// As computed, not scaled (networkx's `normalized=False`).
    Raw,
}

impl std::fmt::Display for Weights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Weights::Ignore => "ignore",
            Weights::AsDistance => "as distance",
            Weights::AsStrength => "as strength",
        })
    }
}

impl Weights {
    /// The length of an edge of weight `weight` for path measures; `None` if the edge
    /// cannot be crossed (zero strength).
    pub(crate) fn length(self, weight: f64) -> Option<f64> {
        match self {
            Weights::Ignore => Some(1.0),
            Weights::AsDistance => Some(weight),
            Weights::AsStrength => {
                let length = 1.0 / weight;
                (weight > 0.0 && length.is_finite()).then_some(length)
            }
        }
    }

    /// Whether a strength measure uses the weights (`true`) or counts edges as 1.
    pub(crate) fn strength_reading(self, algorithm: &'static str) -> Result<bool, AlgorithmError> {
        match self {
            Weights::Ignore => Ok(false),
            Weights::AsStrength => Ok(true),
            Weights::AsDistance => Err(AlgorithmError::DistanceAsStrength { algorithm }),
        }
    }
}

/// Why a network algorithm could not give a result.
///
/// `#[non_exhaustive]`: new algorithms will bring new ways to fail.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AlgorithmError {
    /// A node number outside `0..node_count`.
    #[error("node {node} is out of range: the network has {node_count} nodes")]
    NodeOutOfRange {
        /// The node given.
        node: usize,
        /// The number of nodes of the network.
        node_count: usize,
    },
    /// A strength measure was asked to read weights as distances.
    #[error(
        "{algorithm} reads weights as strengths: use Weights::AsStrength or Weights::Ignore, \
         not Weights::AsDistance"
    )]
    DistanceAsStrength {
        /// The algorithm.
        algorithm: &'static str,
    },
    /// A parameter is out of its range.
    #[error("{algorithm}: {parameter} = {value} is invalid: {expected}")]
    InvalidParameter {
        /// The algorithm.
        algorithm: &'static str,
        /// The parameter's name.
        parameter: &'static str,
        /// The value given.
        value: f64,
        /// What was expected.
        expected: &'static str,
    },
    /// A power iteration did not reach the tolerance.
    #[error("{algorithm} did not converge in {iterations} iterations (tolerance {tolerance})")]
    NotConverged {
        /// The algorithm.
        algorithm: &'static str,
        /// The number of iterations made.
        iterations: usize,
        /// The tolerance asked for.
        tolerance: f64,
    },
    /// A per-node input (labels, partition) does not have one entry per node.
    #[error("{what} has {found} entries, the network has {node_count} nodes")]
    WrongLength {
        /// What the input is.
        what: &'static str,
        /// Its length.
        found: usize,
        /// The number of nodes of the network.
        node_count: usize,
    },
    /// The algorithm is defined for undirected networks only (as in networkx).
    #[error("{algorithm} is defined for undirected networks only")]
    Directed {
        /// The algorithm.
        algorithm: &'static str,
    },
    /// The algorithm is not defined on networks with self-loops (as in networkx).
    #[error("{algorithm} is not defined on a network with self-loops (node {node} has one)")]
    SelfLoop {
        /// The algorithm.
        algorithm: &'static str,
        /// A node with a self-loop.
        node: usize,
    },
    /// The value is mathematically undefined for this network (a division by zero).
    #[error("{algorithm} is undefined here: {reason}")]
    Undefined {
        /// The algorithm.
        algorithm: &'static str,
        /// Why.
        reason: &'static str,
    },
}

/// `Err` unless `node < net.node_count()`.
pub(crate) fn check_node(net: &Network, node: usize) -> Result<(), AlgorithmError> {
    if node < net.node_count() {
        Ok(())
    } else {
        Err(AlgorithmError::NodeOutOfRange {
            node,
            node_count: net.node_count(),
        })
    }
}

/// `Err` unless `value` is finite and `ok` (the caller's range check) holds.
pub(crate) fn check_parameter(
    algorithm: &'static str,
    parameter: &'static str,
    value: f64,
    ok: bool,
    expected: &'static str,
) -> Result<(), AlgorithmError> {
    if value.is_finite() && ok {
        Ok(())
    } else {
        Err(AlgorithmError::InvalidParameter {
            algorithm,
            parameter,
            value,
            expected,
        })
    }
}

/// The network with its edges reversed if directed, borrowed as is if undirected.
pub(crate) fn incoming(net: &Network) -> std::borrow::Cow<'_, Network> {
    if net.is_directed() {
        std::borrow::Cow::Owned(net.reversed())
    } else {
        std::borrow::Cow::Borrowed(net)
    }
}

/// Sources are split into this many chunks for parallel loops whose partial sums are
/// then added in chunk order: the result does not depend on the number of threads.
pub(crate) const CHUNKS: usize = 64;

/// The ranges of `0..n` processed by each chunk.
pub(crate) fn chunk_ranges(n: usize) -> Vec<std::ops::Range<usize>> {
    let size = n.div_ceil(CHUNKS).max(1);
    (0..n.div_ceil(size))
        .map(|c| c * size..((c + 1) * size).min(n))
        .collect()
}
