//! [`LabelledNetwork`]: a [`Network`] whose nodes carry labels, so that the results of
//! [`algo`](crate::algo) (one value per node) can be read by actor or node. Two kinds:
//! [`ActorNetwork`] (the one-mode projections) and [`NodeNetwork`] (a
//! [`PartnershipGraph`](crate::PartnershipGraph) given to the algorithms by
//! [`to_network`](crate::PartnershipGraph::to_network), weighted as [`RelationWeight`]
//! says).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

use peacekeeping_core::ActorId;

use crate::{GraphError, Network, Node};

/// A [`Network`] whose node `i` carries the label `labels()[i]`: an [`ActorNetwork`]
/// (labelled by actor) or a [`NodeNetwork`] (by [`Node`], actors and missions).
///
/// ```
/// use peacekeeping_graph::ActorNetwork;
/// let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?], [(0, 1, 2.0)])?;
/// assert_eq!(net.index_of("NPL"), Some(1));
/// assert_eq!(net.weight("NPL", "BGD"), Some(2.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct LabelledNetwork<L> {
    network: Network,
    labels: Vec<L>,
    lookup: HashMap<L, usize>,
}

/// A [`Network`] whose nodes are actors: node `i` is `actors()[i]`. The projections
/// ([`co_deployment`](crate::co_deployment), [`co_membership`](crate::co_membership),
/// [`co_training`](crate::co_training)) sort the actors by id.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net: ActorNetwork = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// assert_eq!(net.actors().iter().map(|a| a.as_str()).collect::<Vec<_>>(), ["GHA", "NGA"]);
/// assert_eq!(net.weight("GHA", "NGA"), Some(300.0)); // min(700, 300)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type ActorNetwork = LabelledNetwork<ActorId>;

/// A [`Network`] whose nodes are the [`Node`]s (actors and missions) of a partnership
/// graph: node `i` is `nodes()[i]`, in the graph's node order. Made by
/// [`PartnershipGraph::to_network`](crate::PartnershipGraph::to_network).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net: NodeNetwork = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
/// // A cycle GHA - AU - NGA - UNMIL - GHA: every node brokers half a pair of the others.
/// let b = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
/// assert_eq!(b, [1.0 / 6.0; 4]);
/// assert_eq!(net.per_actor(&b).len(), 3); // AU, GHA, NGA; UNMIL is a mission
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type NodeNetwork = LabelledNetwork<Node>;

impl<L: PartialEq> PartialEq for LabelledNetwork<L> {
    /// The same network with the same labels (the lookup follows from the labels).
    fn eq(&self, other: &Self) -> bool {
        self.network == other.network && self.labels == other.labels
    }
}

impl<L: Clone + Eq + Hash> LabelledNetwork<L> {
    /// An undirected network on `labels`, with edges `(i, j, weight)` between positions
    /// of that list (repeated pairs are summed, as in [`Network::undirected`]). A label
    /// given twice is found at its last position.
    ///
    /// ```
    /// use peacekeeping_graph::ActorNetwork;
    /// let net = ActorNetwork::new(vec!["GHA".parse()?, "NGA".parse()?], [(0, 1, 1.0), (1, 0, 2.0)])?;
    /// assert_eq!(net.weight("GHA", "NGA"), Some(3.0)); // repeated pairs summed
    /// assert!(ActorNetwork::new(vec!["GHA".parse()?], [(0, 1, 1.0)]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`GraphError::Network`] if an edge names a position out of range or has a
    /// negative or non-finite weight.
    pub fn new(
        labels: Vec<L>,
        edges: impl IntoIterator<Item = (usize, usize, f64)>,
    ) -> Result<Self, GraphError> {
        let network = Network::undirected(labels.len(), edges)?;
        let lookup = labels
            .iter()
            .enumerate()
            .map(|(i, label)| (label.clone(), i))
            .collect();
        Ok(LabelledNetwork {
            network,
            labels,
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
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// let betweenness = algo::betweenness(net.network(), Weights::AsStrength, Scale::Normalized);
    /// assert_eq!(betweenness, [0.0, 0.0]);
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
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.into_network().edge_count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_network(self) -> Network {
        self.network
    }

    /// The labels, node `i` carrying `labels()[i]`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// let keys: Vec<String> = net.labels().iter().map(Node::key).collect();
    /// assert_eq!(keys, ["actor:AU", "actor:GHA", "actor:NGA", "mission:UNMIL"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn labels(&self) -> &[L] {
        &self.labels
    }

    /// The label of node `i`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.label(1).map(|a| a.as_str()), Some("NGA"));
    /// assert_eq!(net.label(2), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn label(&self, i: usize) -> Option<&L> {
        self.labels.get(i)
    }

    /// The node labelled `label`: an actor id as text (`"NPL"`) for an
    /// [`ActorNetwork`], a [`Node`] for a [`NodeNetwork`].
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.index_of("NGA"), Some(1));
    /// assert_eq!(net.index_of("AU"), None); // not a contributor
    /// let whole = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(whole.index_of(&Node::Mission("UNMIL".parse()?)), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn index_of<Q>(&self, label: &Q) -> Option<usize>
    where
        L: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.lookup.get(label).copied()
    }

    /// The weight of the edge between the nodes labelled `a` and `b`, if both are nodes
    /// and linked.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.weight("GHA", "NGA"), Some(300.0)); // min(700, 300)
    /// let g = PartnershipGraph::as_of(&data, date).to_network(&[EdgeKind::Contribution], RelationWeight::Sum)?;
    /// let (nga, unmil) = (Node::Actor("NGA".parse()?), Node::Mission("UNMIL".parse()?));
    /// assert_eq!(g.weight(&unmil, &nga), Some(300.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn weight<Q>(&self, a: &Q, b: &Q) -> Option<f64>
    where
        L: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.network.weight(self.index_of(a)?, self.index_of(b)?)
    }

    /// The number of nodes.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.node_count(), 2);
    /// let whole = PartnershipGraph::as_of(&data, date).to_network(&[EdgeKind::Membership], RelationWeight::Unit)?;
    /// assert_eq!(whole.node_count(), 4); // every node of the graph, linked or not
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.labels.len()
    }

    /// The number of edges.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.edge_count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.network.edge_count()
    }

    /// Every edge once, with its labels (the first by node order) and weight.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// let edges: Vec<_> = net.edges().map(|(a, b, w)| (a.as_str(), b.as_str(), w)).collect();
    /// assert_eq!(edges, [("GHA", "NGA", 300.0)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn edges(&self) -> impl Iterator<Item = (&L, &L, f64)> + '_ {
        self.network
            .edges()
            .map(|(a, b, w)| (&self.labels[a], &self.labels[b], w))
    }

    /// Per-node values (one per node, as the [`algo`](crate::algo) functions return them)
    /// with their labels, largest value first: the ranking a researcher reads off a
    /// centrality ("who are the brokers?"). Ties keep node order; a NaN sorts last.
    /// Values beyond the number of nodes are ignored, missing ones left out.
    ///
    /// ```
    /// use peacekeeping_graph::{algo, ActorNetwork, Scale, Weights};
    /// // NPL ties BGD to PAK: the only broker of this star.
    /// let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?, "PAK".parse()?], [(0, 1, 1.0), (1, 2, 1.0)])?;
    /// let ranked = net.ranked(&algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized));
    /// assert_eq!(ranked[0], ("NPL".parse()?, 1.0));
    /// assert_eq!(ranked[1], ("BGD".parse()?, 0.0));
    /// // A NaN (say, a metric undefined for a node) sorts last, whatever its place.
    /// let order: Vec<_> = net.ranked(&[f64::NAN, 2.0, 3.0]).into_iter().map(|(a, _)| a).collect();
    /// assert_eq!(order, ["PAK".parse()?, "NPL".parse()?, "BGD".parse()?]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranked(&self, values: &[f64]) -> Vec<(L, f64)> {
        let mut ranked = self.paired(values);
        ranked.sort_by(|a, b| match (a.1.is_nan(), b.1.is_nan()) {
            (false, false) => b.1.total_cmp(&a.1),
            (nan_a, nan_b) => nan_a.cmp(&nan_b),
        });
        ranked
    }

    /// Each label with its value, in node order; values beyond the nodes ignored.
    fn paired(&self, values: &[f64]) -> Vec<(L, f64)> {
        self.labels
            .iter()
            .cloned()
            .zip(values.iter().copied())
            .collect()
    }
}

impl LabelledNetwork<ActorId> {
    /// The actors, node `i` being `actors()[i]` (the [`labels`](Self::labels)).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.actors().iter().map(|a| a.as_str()).collect::<Vec<_>>(), ["GHA", "NGA"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn actors(&self) -> &[ActorId] {
        self.labels()
    }

    /// The actor at node `i` (its [`label`](Self::label)).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// assert_eq!(net.actor(1).map(|a| a.as_str()), Some("NGA"));
    /// assert_eq!(net.actor(2), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn actor(&self, i: usize) -> Option<&ActorId> {
        self.label(i)
    }

    /// Per-node values (one per node, as the [`algo`](crate::algo) functions return them)
    /// paired with their actors, for [`SnapshotSeries::metric_table`](crate::SnapshotSeries::metric_table).
    /// Values beyond the number of actors are ignored, missing ones left out.
    ///
    /// ```
    /// use peacekeeping_graph::{algo, ActorNetwork};
    /// let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?, "PAK".parse()?], [(0, 1, 1.0), (0, 2, 1.0)])?;
    /// let degree: Vec<f64> = algo::degree(net.network()).into_iter().map(|d| d as f64).collect();
    /// assert_eq!(net.per_actor(&degree)[0], ("BGD".parse()?, 2.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn per_actor(&self, values: &[f64]) -> Vec<(ActorId, f64)> {
        self.paired(values)
    }
}

impl LabelledNetwork<Node> {
    /// The nodes, node `i` being `nodes()[i]` (the [`labels`](Self::labels)).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = PartnershipGraph::as_of(&data, date).to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// assert_eq!(net.nodes()[3], Node::Mission("UNMIL".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nodes(&self) -> &[Node] {
        self.labels()
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
        self.labels
            .iter()
            .zip(values)
            .filter_map(|(n, &v)| Some((n.actor()?.clone(), v)))
            .collect()
    }
}

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
