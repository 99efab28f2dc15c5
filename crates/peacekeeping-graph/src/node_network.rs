//! [`NodeNetwork`]: a [`PartnershipGraph`](crate::PartnershipGraph) as a [`Network`]
//! labelled by its nodes, so that every algorithm of [`algo`](crate::algo) runs on it;
//! [`RelationWeight`] says how the relations between two nodes weigh.

use std::collections::HashMap;

use peacekeeping_core::ActorId;

use crate::{GraphError, Network, Node};

/// How [`PartnershipGraph::to_network`](crate::PartnershipGraph::to_network) weighs the
/// edge between two nodes from the relations that link them (of the kinds asked for).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let unit = g.to_network(EdgeKind::ALL, RelationWeight::Unit)?;
/// let summed = g.to_network(EdgeKind::ALL, RelationWeight::Sum)?;
/// let (gha, unmil) = (Node::Actor("GHA".parse()?), Node::Mission("UNMIL".parse()?));
/// assert_eq!(unit.weight(&gha, &unmil), Some(1.0));
/// assert_eq!(summed.weight(&gha, &unmil), Some(700.0)); // personnel
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelationWeight {
    /// 1 for every linked pair, however many relations link it: the simple graph of
    /// who is tied to whom ([`withdrawal`](crate::withdrawal) reads this one).
    Unit,
    /// The number of relations linking the pair (a membership and a joint exercise
    /// between the same two actors weigh 2).
    Count,
    /// The sum of the relations' [`Relation::weight`](crate::Relation::weight)s:
    /// personnel for a contribution, 1 for every other relation. Meaningful with the
    /// contributions alone, where it is the personnel of the actor in the mission.
    Sum,
}

/// A [`Network`] whose nodes are the [`Node`]s (actors and missions) of a partnership
/// graph: node `i` is `nodes()[i]`, in the graph's node order. Made by
/// [`PartnershipGraph::to_network`](crate::PartnershipGraph::to_network).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
/// // A cycle GHA - AU - NGA - UNMIL - GHA: every node brokers one pair.
/// let b = algo::betweenness(net.network(), Weights::Ignore, Normalization::Normalized);
/// assert_eq!(net.per_actor(&b).len(), 3); // AU, GHA, NGA; UNMIL is a mission
/// assert_eq!(b, [1.0 / 6.0; 4]); // normalized: half a pair of the three others
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct NodeNetwork {
    network: Network,
    nodes: Vec<Node>,
    lookup: HashMap<Node, usize>,
}

impl NodeNetwork {
    /// An undirected network on `nodes` with edges `(i, j, weight)` between positions of
    /// that list (repeated pairs summed, as in [`Network::undirected`]).
    pub(crate) fn new(
        nodes: Vec<Node>,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, GraphError> {
        let network = Network::undirected(nodes.len(), edges)?;
        let lookup = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        Ok(NodeNetwork {
            network,
            nodes,
            lookup,
        })
    }

    /// The network, for the algorithms.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(algo::connected_components(net.network()).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn network(&self) -> &Network {
        &self.network
    }

    /// The network, by value.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(net.into_network().edge_count(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_network(self) -> Network {
        self.network
    }

    /// The nodes, node `i` being `nodes()[i]`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// let keys: Vec<String> = net.nodes().iter().map(Node::key).collect();
    /// assert_eq!(keys, ["actor:AU", "actor:GHA", "actor:NGA", "mission:UNMIL"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node at position `i`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(net.node(3).map(Node::id), Some("UNMIL"));
    /// assert_eq!(net.node(4), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)
    }

    /// The position of `node`, if it is one.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(net.index_of(&Node::Actor("NGA".parse()?)), Some(2));
    /// assert_eq!(net.index_of(&Node::Mission("NGA".parse()?)), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn index_of(&self, node: &Node) -> Option<usize> {
        self.lookup.get(node).copied()
    }

    /// The weight of the edge between two nodes, if both are nodes and linked.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(&[EdgeKind::Contribution], RelationWeight::Sum)?;
    /// let (nga, unmil) = (Node::Actor("NGA".parse()?), Node::Mission("UNMIL".parse()?));
    /// assert_eq!(net.weight(&unmil, &nga), Some(300.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn weight(&self, a: &Node, b: &Node) -> Option<f64> {
        self.network.weight(self.index_of(a)?, self.index_of(b)?)
    }

    /// The number of nodes.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(&[EdgeKind::Membership], RelationWeight::Unit)?;
    /// assert_eq!(net.node_count(), 4); // every node of the graph, linked or not
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The number of edges (linked pairs).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(&[EdgeKind::Membership], RelationWeight::Unit)?;
    /// assert_eq!(net.edge_count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.network.edge_count()
    }

    /// Per-node values (one per node, as the [`algo`](crate::algo) functions return
    /// them) paired with their actors, missions left out: the rows
    /// [`SnapshotSeries::metric_table`](crate::SnapshotSeries::metric_table) takes.
    /// Values beyond the number of nodes are ignored, missing ones left out.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// let degree: Vec<f64> = algo::degree(net.network()).into_iter().map(|d| d as f64).collect();
    /// assert_eq!(net.per_actor(&degree), [("AU".parse()?, 2.0), ("GHA".parse()?, 2.0), ("NGA".parse()?, 2.0)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn per_actor(&self, values: &[f64]) -> Vec<(ActorId, f64)> {
        self.nodes
            .iter()
            .zip(values)
            .filter_map(|(n, &v)| Some((n.actor()?.clone(), v)))
            .collect()
    }
}
