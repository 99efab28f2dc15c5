//! [`PartnershipGraph`]: actors and missions as nodes; memberships, partnerships,
//! contributions and joint exercises as edges, as of a date or over a period.
//!
//! Every node and edge payload refers to the ids of `peacekeeping-core`; petgraph holds
//! the graph inside and is reachable only through [`PartnershipGraph::as_petgraph`].
//!
//! ```
//! use peacekeeping_core::*;
//! use peacekeeping_graph::{EdgeKind, PartnershipGraph};
//!
//! let mut b = Dataset::builder();
//! b.actor(Actor::state("NPL".parse()?, "Nepal")?)
//!     .actor(Actor::state("BGD".parse()?, "Bangladesh")?)
//!     .mission(Mission::new("UNMISS".parse()?, "UN Mission in South Sudan",
//!         MissionKind::UnPeacekeeping, Period::since(Date::new(2011, 7, 9)?)))
//!     .contribution(Contribution::personnel("NPL".parse()?, "UNMISS".parse()?, Date::new(2013, 12, 31)?,
//!         Personnel::of(PersonnelCategory::Troops, Headcount::total_only(850))))
//!     .contribution(Contribution::personnel("BGD".parse()?, "UNMISS".parse()?, Date::new(2013, 12, 31)?,
//!         Personnel::of(PersonnelCategory::Troops, Headcount::total_only(300))));
//! let data = b.build()?;
//!
//! let graph = PartnershipGraph::as_of(&data, Date::new(2013, 12, 31)?);
//! assert_eq!(graph.node_count(), 3); // two states, one mission
//! let troops: f64 = graph.edges().filter(|e| e.relation.kind() == EdgeKind::Contribution)
//!     .map(|e| e.relation.weight()).sum();
//! assert_eq!(troops, 1150.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt;

use peacekeeping_core::{
    ActorId, Component, Dataset, Date, MembershipStatus, MissionId, PartnershipId, PartnershipKind,
    Period, Personnel, TrainingId, TrainingKind,
};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef as _;

use crate::{NodeNetwork, RelationWeight};

/// A node of a [`PartnershipGraph`]: an actor or a mission, by id.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let unmil = Node::Mission("UNMIL".parse()?);
/// assert!(g.nodes().any(|n| *n == unmil));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Node {
    /// An actor: a state, an organization, an agency.
    Actor(ActorId),
    /// A mission.
    Mission(MissionId),
}

impl Node {
    /// The id as text: `"NPL"`, `"UNMISS"`.
    ///
    /// ```
    /// use peacekeeping_graph::Node;
    /// assert_eq!(Node::Actor("NPL".parse()?).id(), "NPL");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Node::Actor(a) => a.as_str(),
            Node::Mission(m) => m.as_str(),
        }
    }

    /// `"actor"` or `"mission"`.
    ///
    /// ```
    /// use peacekeeping_graph::Node;
    /// assert_eq!(Node::Mission("UNMISS".parse()?).type_code(), "mission");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn type_code(&self) -> &'static str {
        match self {
            Node::Actor(_) => "actor",
            Node::Mission(_) => "mission",
        }
    }

    /// The actor id, if this is an actor.
    ///
    /// ```
    /// use peacekeeping_graph::Node;
    /// assert!(Node::Mission("UNMISS".parse()?).actor().is_none());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn actor(&self) -> Option<&ActorId> {
        match self {
            Node::Actor(a) => Some(a),
            Node::Mission(_) => None,
        }
    }

    /// A key unique across both kinds of node, used by the exports: `actor:NPL`,
    /// `mission:UNMISS`.
    ///
    /// ```
    /// use peacekeeping_graph::Node;
    /// assert_eq!(Node::Actor("NPL".parse()?).key(), "actor:NPL");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn key(&self) -> String {
        format!("{}:{}", self.type_code(), self.id())
    }
}

impl fmt::Display for Node {
    /// The [`key`](Node::key).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.type_code(), self.id())
    }
}

/// The four kinds of edge of a [`PartnershipGraph`].
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let kinds: Vec<EdgeKind> = g.edges().map(|e| e.relation.kind()).collect();
/// assert_eq!(kinds.iter().filter(|&&k| k == EdgeKind::Contribution).count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EdgeKind {
    /// Member -> organization.
    Membership,
    /// Between two parties of a partnership.
    Partnership,
    /// Contributor -> mission, weighted by personnel.
    Contribution,
    /// Between two actors of the same joint exercise or training programme.
    JointExercise,
    /// Contributor -> mission: it took part in the mission's military or police
    /// component (a [`Participation`](peacekeeping_core::Participation)), unweighted.
    Participation,
}

impl EdgeKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [EdgeKind] = &[
        EdgeKind::Membership,
        EdgeKind::Partnership,
        EdgeKind::Contribution,
        EdgeKind::JointExercise,
        EdgeKind::Participation,
    ];

    /// The stable code used by the exports: `membership`, `partnership`, `contribution`,
    /// `joint-exercise`, `participation`.
    ///
    /// ```
    /// use peacekeeping_graph::EdgeKind;
    /// assert_eq!(EdgeKind::JointExercise.code(), "joint-exercise");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            EdgeKind::Membership => "membership",
            EdgeKind::Partnership => "partnership",
            EdgeKind::Contribution => "contribution",
            EdgeKind::JointExercise => "joint-exercise",
            EdgeKind::Participation => "participation",
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The payload of an edge: which record links the two nodes.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let members = g.edges().filter(|e| matches!(e.relation, Relation::Membership { status: MembershipStatus::Full, .. })).count();
/// assert_eq!(members, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Relation {
    /// The source node is a member of the target organization.
    Membership {
        /// Full, associate, observer or suspended.
        status: MembershipStatus,
        /// The period of the membership record.
        period: Period,
    },
    /// Both nodes are parties to the partnership (stored once per pair of parties, from
    /// the party listed first to the other: read it as undirected).
    Partnership {
        /// The partnership.
        id: PartnershipId,
        /// Its kind.
        kind: PartnershipKind,
        /// Its period.
        period: Period,
    },
    /// The source actor has personnel in the target mission.
    Contribution {
        /// The personnel, by category.
        personnel: Personnel,
        /// The date of the report the figure comes from.
        reported: Date,
    },
    /// Both actors organized or took part in the training (stored once per pair, read it
    /// as undirected).
    JointExercise {
        /// The training.
        id: TrainingId,
        /// Exercise or programme.
        kind: TrainingKind,
        /// Its period.
        period: Period,
    },
    /// The source actor took part in the target mission's component over the period (a
    /// [`Participation`](peacekeeping_core::Participation): who took part and when, where
    /// no personnel report says how many).
    Participation {
        /// Military or police.
        component: Component,
        /// The participation's period.
        period: Period,
    },
}

impl Relation {
    /// The kind of edge.
    ///
    /// ```
    /// use peacekeeping_core::{Date, MembershipStatus, Period};
    /// use peacekeeping_graph::{EdgeKind, Relation};
    /// let r = Relation::Membership { status: MembershipStatus::Full, period: Period::since(Date::new(2002, 7, 9)?) };
    /// assert_eq!(r.kind(), EdgeKind::Membership);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> EdgeKind {
        match self {
            Relation::Membership { .. } => EdgeKind::Membership,
            Relation::Partnership { .. } => EdgeKind::Partnership,
            Relation::Contribution { .. } => EdgeKind::Contribution,
            Relation::JointExercise { .. } => EdgeKind::JointExercise,
            Relation::Participation { .. } => EdgeKind::Participation,
        }
    }

    /// The weight of the edge: the total personnel of a contribution, 1 for every other
    /// kind (a participation carries no headcount).
    ///
    /// ```
    /// use peacekeeping_core::{Date, Headcount, Personnel, PersonnelCategory};
    /// use peacekeeping_graph::Relation;
    /// let r = Relation::Contribution {
    ///     personnel: Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(800, 50)),
    ///     reported: Date::new(2013, 12, 31)?,
    /// };
    /// assert_eq!(r.weight(), 850.0);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn weight(&self) -> f64 {
        match self {
            // Headcounts are at most a few hundred thousand: exact in f64.
            Relation::Contribution { personnel, .. } => personnel.total() as f64,
            _ => 1.0,
        }
    }

    /// Whether the edge reads the same both ways (partnerships and joint exercises).
    ///
    /// ```
    /// use peacekeeping_core::{Date, MembershipStatus, Period};
    /// use peacekeeping_graph::Relation;
    /// let r = Relation::Membership { status: MembershipStatus::Full, period: Period::since(Date::new(2002, 7, 9)?) };
    /// assert!(!r.is_symmetric());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub const fn is_symmetric(&self) -> bool {
        matches!(
            self,
            Relation::Partnership { .. } | Relation::JointExercise { .. }
        )
    }
}

/// When a [`PartnershipGraph`] holds: on one day, or over a period.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// assert_eq!(g.window(), Window::AsOf(date));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Window {
    /// As of a date.
    AsOf(Date),
    /// Over a period.
    Over(Period),
}

/// An edge seen from the graph: its two ends and its payload.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let e = g.edges_of("GHA").find(|e| e.relation.kind() == EdgeKind::Contribution).ok_or("no edge")?;
/// assert_eq!((e.source.id(), e.target.id(), e.relation.weight()), ("GHA", "UNMIL", 700.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeRef<'g> {
    /// The source node.
    pub source: &'g Node,
    /// The target node.
    pub target: &'g Node,
    /// What links them.
    pub relation: &'g Relation,
}

/// Actors and missions, and the records that link them, as of a date or over a period.
///
/// **As of a date** the graph holds the actors that exist on the date, the missions
/// active on it, the memberships and partnerships in force, the trainings running, the
/// participations that include the date, and each contributor's personnel in each
/// mission from the mission's latest report on or before the date
/// ([`Dataset::deployments_on`]).
///
/// **Over a period** it holds whatever overlaps the period; for contributions, one edge
/// per contributor and mission carrying the **largest** personnel figure in force during
/// the period (the peak), with its categories and report date: the figures of the reports
/// dated within the period and of the latest report before it (in force on its first
/// day, as [`Dataset::deployments_on`] reads it).
///
/// Every actor an edge refers to is a node, even if its recorded existence does not cover
/// the window. Partnerships and joint exercises link every pair of their actors.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::PartnershipGraph;
///
/// let mut b = Dataset::builder();
/// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization))
///     .actor(Actor::state("GHA".parse()?, "Ghana")?)
///     .membership(Membership::new("GHA".parse()?, "AU".parse()?,
///         Period::since(Date::new(2002, 7, 9)?), MembershipStatus::Full));
/// let data = b.build()?;
/// let graph = PartnershipGraph::as_of(&data, Date::new(2013, 1, 1)?);
/// assert_eq!(graph.edge_count(), 1);
/// assert_eq!(graph.degree("GHA"), Some(1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct PartnershipGraph {
    window: Window,
    graph: DiGraph<Node, Relation>,
    index: HashMap<Node, NodeIndex>,
}

impl PartnershipGraph {
    /// The graph as of `date`.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_graph::PartnershipGraph;
    /// let empty = Dataset::builder().build()?;
    /// assert_eq!(PartnershipGraph::as_of(&empty, Date::new(2013, 12, 31)?).node_count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_of(data: &Dataset, date: Date) -> Self {
        Timeline::new(data).snapshot(data, date)
    }

    /// The graph over `period`: everything that overlaps it, contributions at their peak.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date, Period};
    /// use peacekeeping_graph::{PartnershipGraph, Window};
    /// let empty = Dataset::builder().build()?;
    /// let year = Period::between(Date::new(2013, 1, 1)?, Date::new(2013, 12, 31)?)?;
    /// assert_eq!(PartnershipGraph::over(&empty, year).window(), Window::Over(year));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn over(data: &Dataset, period: Period) -> Self {
        let timeline = Timeline::new(data);
        let mut graph = timeline.skeleton(Window::Over(period), |p| p.overlaps(&period));
        let mut peaks: HashMap<(&ActorId, &MissionId), (Date, &Personnel)> = HashMap::new();
        // The reports in force on the first day (the latest on or before it), then every
        // report dated within the period.
        for d in data.deployments_on(period.start()) {
            peaks.insert((d.contributor, d.mission), (d.reported, d.personnel));
        }
        for c in data.contributions() {
            let Some(personnel) = c.what.personnel() else {
                continue;
            };
            if !period.contains(c.date) {
                continue;
            }
            let slot = peaks
                .entry((&c.contributor, &c.mission))
                .or_insert((c.date, personnel));
            if personnel.total() > slot.1.total() {
                *slot = (c.date, personnel);
            }
        }
        let mut peaks: Vec<_> = peaks.into_iter().collect();
        peaks.sort_by(|a, b| a.0.cmp(&b.0));
        for ((actor, mission), (reported, personnel)) in peaks {
            graph.add_contribution(actor, mission, *personnel, reported);
        }
        graph
    }

    /// One case as a network: the graph as of `date` restricted to `mission`, the actors
    /// linked to it (contributors, participants) and the parties of the partnerships
    /// serving it that are in force on `date` ([`Partnership::missions`]), with every
    /// relation among them (memberships of one in another, partnerships, joint
    /// exercises). Empty if the mission is not active on `date` and no partnership serves
    /// it then.
    ///
    /// [`Partnership::missions`]: peacekeeping_core::Partnership::missions
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// use peacekeeping_graph::{EdgeKind, PartnershipGraph};
    ///
    /// let data = peacekeeping_data::reference::dataset();
    /// // AMISOM at the end of 2021: its five troop contributors, and the AU, the UN, the EU
    /// // and OCHA, the parties of the three partnerships serving it.
    /// let case = PartnershipGraph::around_mission(data, "AMISOM", Date::new(2021, 12, 31)?);
    /// assert_eq!(case.node_count(), 10);
    /// let participations = case.edges().filter(|e| e.relation.kind() == EdgeKind::Participation);
    /// assert_eq!(participations.count(), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn around_mission(data: &Dataset, mission: &str, date: Date) -> Self {
        let whole = PartnershipGraph::as_of(data, date);
        let mut keep: HashSet<Node> = data
            .partnerships_serving(mission)
            .filter(|p| p.period.contains(date))
            .flat_map(|p| &p.parties)
            .map(|party| Node::Actor(party.actor.clone()))
            .collect();
        let centre = mission.parse::<MissionId>().ok().map(Node::Mission);
        if let Some(&c) = centre.and_then(|n| whole.index.get(&n)) {
            keep.insert(whole.graph[c].clone());
            keep.extend(
                whole
                    .graph
                    .neighbors_undirected(c)
                    .map(|n| whole.graph[n].clone()),
            );
        }
        whole.induced(|n| keep.contains(n))
    }

    /// The subgraph on the nodes `keep` accepts, with every relation between two of them;
    /// nodes and relations keep their order, the window stays.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// let actors_only = g.induced(|n| n.actor().is_some());
    /// assert_eq!((actors_only.node_count(), actors_only.edge_count()), (3, 2)); // the memberships
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn induced(&self, mut keep: impl FnMut(&Node) -> bool) -> Self {
        let graph = self
            .graph
            .filter_map(|_, n| keep(n).then(|| n.clone()), |_, r| Some(r.clone()));
        let index = graph
            .node_indices()
            .map(|i| (graph[i].clone(), i))
            .collect();
        PartnershipGraph {
            window: self.window,
            graph,
            index,
        }
    }

    fn empty(window: Window) -> Self {
        PartnershipGraph {
            window,
            graph: DiGraph::new(),
            index: HashMap::new(),
        }
    }

    fn node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.index.get(&node) {
            return i;
        }
        let i = self.graph.add_node(node.clone());
        self.index.insert(node, i);
        i
    }

    fn add_contribution(
        &mut self,
        actor: &ActorId,
        mission: &MissionId,
        personnel: Personnel,
        reported: Date,
    ) {
        if personnel.total() == 0 {
            return;
        }
        let a = self.node(Node::Actor(actor.clone()));
        let m = self.node(Node::Mission(mission.clone()));
        self.graph.add_edge(
            a,
            m,
            Relation::Contribution {
                personnel,
                reported,
            },
        );
    }

    /// When the graph holds.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.window(), Window::AsOf(date));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn window(&self) -> Window {
        self.window
    }

    /// The number of nodes (actors and missions).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.node_count(), 4); // AU, GHA, NGA, UNMIL
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// The number of edges; a partnership of three parties counts three edges.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.edge_count(), 4); // two memberships, two contributions
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Every node, in the order they were added (actors, then missions, then any
    /// endpoint found only in the edges).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// let keys: Vec<String> = g.nodes().map(Node::key).collect();
    /// assert_eq!(keys, ["actor:AU", "actor:GHA", "actor:NGA", "mission:UNMIL"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// The actor nodes.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.actors().count(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.nodes().filter_map(Node::actor)
    }

    /// The mission nodes.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.missions().map(|m| m.as_str()).collect::<Vec<_>>(), ["UNMIL"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn missions(&self) -> impl Iterator<Item = &MissionId> {
        self.nodes().filter_map(|n| match n {
            Node::Mission(m) => Some(m),
            Node::Actor(_) => None,
        })
    }

    /// Every edge.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// let personnel: f64 = g.edges().map(|e| e.relation.weight()).sum();
    /// assert_eq!(personnel, 700.0 + 300.0 + 2.0); // contributions, and 1 per membership
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn edges(&self) -> impl Iterator<Item = EdgeRef<'_>> {
        self.graph.edge_references().map(|e| self.edge_ref(e))
    }

    fn edge_ref<'g>(&'g self, e: petgraph::graph::EdgeReference<'g, Relation>) -> EdgeRef<'g> {
        EdgeRef {
            source: &self.graph[e.source()],
            target: &self.graph[e.target()],
            relation: e.weight(),
        }
    }

    /// Whether `actor` is a node.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert!(g.contains_actor("GHA") && !g.contains_actor("UNMIL"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contains_actor(&self, actor: &str) -> bool {
        self.actor_index(actor).is_some()
    }

    pub(crate) fn actor_index(&self, actor: &str) -> Option<NodeIndex> {
        let id: ActorId = actor.parse().ok()?;
        self.index.get(&Node::Actor(id)).copied()
    }

    /// The edges at `actor`, either way, of every kind; empty if it is not a node.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.edges_of("AU").count(), 2); // its two members
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn edges_of(&self, actor: &str) -> impl Iterator<Item = EdgeRef<'_>> {
        let at = self.actor_index(actor);
        at.into_iter().flat_map(move |i| {
            self.graph
                .edges_directed(i, petgraph::Direction::Outgoing)
                .chain(self.graph.edges_directed(i, petgraph::Direction::Incoming))
                .map(|e| self.edge_ref(e))
        })
    }

    /// The number of edges at `actor` (either way, every kind), or `None` if it is not a
    /// node.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// assert_eq!(g.degree("GHA"), Some(2));
    /// assert_eq!(g.degree("XYZ"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn degree(&self, actor: &str) -> Option<usize> {
        self.actor_index(actor)?;
        Some(self.edges_of(actor).count())
    }

    /// The underlying petgraph graph, for power users: an escape hatch whose type follows
    /// petgraph's major versions, not ours. Node weights are [`Node`]s, edge weights
    /// [`Relation`]s; symmetric relations are stored once.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_graph::PartnershipGraph;
    /// let empty = Dataset::builder().build()?;
    /// let g = PartnershipGraph::as_of(&empty, Date::new(2013, 12, 31)?);
    /// assert_eq!(g.as_petgraph().node_count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_petgraph(&self) -> &DiGraph<Node, Relation> {
        &self.graph
    }

    /// The underlying petgraph graph, by value (see [`as_petgraph`](Self::as_petgraph)).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let g = PartnershipGraph::as_of(&data, date);
    /// let pg = g.into_petgraph();
    /// assert_eq!(pg.edge_count(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_petgraph(self) -> DiGraph<Node, Relation> {
        self.graph
    }

    /// The graph as a [`NodeNetwork`]: an undirected [`Network`](crate::Network) on the graph's nodes
    /// (node `i` of the network is the `i`-th of [`nodes`](Self::nodes)), for the
    /// algorithms of [`algo`](crate::algo).
    ///
    /// **Which relations become edges**: those whose [`EdgeKind`] is in `kinds`
    /// ([`EdgeKind::ALL`] for every one). Each links its two nodes both ways: a
    /// membership its member and organization, a contribution its contributor and
    /// mission, a partnership or joint exercise its two actors. Every node of the graph
    /// is a node of the network, linked or not.
    ///
    /// **With what weight**: `weight` (see [`RelationWeight`]) says how the relations
    /// between a pair add up: 1 per linked pair, the number of relations, or the sum of
    /// their [`Relation::weight`]s (personnel for contributions, 1 otherwise).
    ///
    /// ```
    /// use peacekeeping_core::*;
    /// use peacekeeping_graph::{algo, EdgeKind, PartnershipGraph, RelationWeight, Weights};
    ///
    /// let mut b = Dataset::builder();
    /// let since = Period::since(Date::new(2002, 7, 9)?);
    /// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization));
    /// for s in ["GHA", "SEN"] {
    ///     b.actor(Actor::state(s.parse()?, s)?)
    ///         .membership(Membership::new(s.parse()?, "AU".parse()?, since, MembershipStatus::Full));
    /// }
    /// let data = b.build()?;
    /// let graph = PartnershipGraph::as_of(&data, Date::new(2013, 1, 1)?);
    /// let net = graph.to_network(EdgeKind::ALL, RelationWeight::Unit)?;
    /// // A star: AU, GHA, SEN; two pairs at one hop, one at two.
    /// assert_eq!(algo::global_efficiency(net.network(), Weights::Ignore)?, (1.0 + 1.0 + 0.5) * 2.0 / 6.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`GraphError::Network`](crate::GraphError::Network) only beyond `u32::MAX` nodes.
    pub fn to_network(
        &self,
        kinds: &[EdgeKind],
        weight: RelationWeight,
    ) -> Result<NodeNetwork, crate::GraphError> {
        let mut edges: Vec<(usize, usize, f64)> = self
            .graph
            .edge_references()
            .filter(|e| kinds.contains(&e.weight().kind()))
            .map(|e| {
                let (a, b) = (e.source().index(), e.target().index());
                let w = match weight {
                    RelationWeight::Unit | RelationWeight::Count => 1.0,
                    RelationWeight::Sum => e.weight().weight(),
                };
                (a.min(b), a.max(b), w)
            })
            .collect();
        if weight == RelationWeight::Unit {
            // One edge per pair, however many relations: the merge would sum them.
            edges.sort_by_key(|e| (e.0, e.1));
            edges.dedup_by_key(|e| (e.0, e.1));
        }
        NodeNetwork::new(self.graph.node_weights().cloned().collect(), edges)
    }
}

/// The time-bound records of a dataset with their ids resolved once, so that a series
/// of snapshots filters flat lists instead of walking the dataset again.
pub(crate) struct Timeline<'d> {
    actors: Vec<(&'d ActorId, Option<Period>)>,
    missions: Vec<(&'d MissionId, Period)>,
    edges: Vec<(Period, Node, Node, Relation)>,
}

impl<'d> Timeline<'d> {
    pub(crate) fn new(data: &'d Dataset) -> Self {
        let actors = data.actors().iter().map(|a| (&a.id, a.existence)).collect();
        let missions = data.missions().iter().map(|m| (&m.id, m.period)).collect();
        let mut edges = Vec::new();
        for m in data.memberships() {
            edges.push((
                m.period,
                Node::Actor(m.member.clone()),
                Node::Actor(m.organization.clone()),
                Relation::Membership {
                    status: m.status,
                    period: m.period,
                },
            ));
        }
        for p in data.partnerships() {
            for (i, a) in p.parties.iter().enumerate() {
                for b in &p.parties[i + 1..] {
                    edges.push((
                        p.period,
                        Node::Actor(a.actor.clone()),
                        Node::Actor(b.actor.clone()),
                        Relation::Partnership {
                            id: p.id.clone(),
                            kind: p.kind,
                            period: p.period,
                        },
                    ));
                }
            }
        }
        for p in data.participations() {
            edges.push((
                p.period,
                Node::Actor(p.contributor.clone()),
                Node::Mission(p.mission.clone()),
                Relation::Participation {
                    component: p.component,
                    period: p.period,
                },
            ));
        }
        for t in data.trainings() {
            let actors: Vec<&ActorId> = t.actors().collect();
            for (i, a) in actors.iter().enumerate() {
                for b in &actors[i + 1..] {
                    edges.push((
                        t.period,
                        Node::Actor((*a).clone()),
                        Node::Actor((*b).clone()),
                        Relation::JointExercise {
                            id: t.id.clone(),
                            kind: t.kind,
                            period: t.period,
                        },
                    ));
                }
            }
        }
        Timeline {
            actors,
            missions,
            edges,
        }
    }

    /// Nodes and non-contribution edges whose period `holds`.
    fn skeleton(&self, window: Window, holds: impl Fn(&Period) -> bool) -> PartnershipGraph {
        let mut g = PartnershipGraph::empty(window);
        for (id, existence) in &self.actors {
            if existence.is_none_or(|p| holds(&p)) {
                g.node(Node::Actor((*id).clone()));
            }
        }
        for (id, period) in &self.missions {
            if holds(period) {
                g.node(Node::Mission((*id).clone()));
            }
        }
        for (period, a, b, relation) in &self.edges {
            if holds(period) {
                let (a, b) = (g.node(a.clone()), g.node(b.clone()));
                g.graph.add_edge(a, b, relation.clone());
            }
        }
        g
    }

    pub(crate) fn snapshot(&self, data: &Dataset, date: Date) -> PartnershipGraph {
        let mut g = self.skeleton(Window::AsOf(date), |p| p.contains(date));
        let mut rows: Vec<_> = data.deployments_on(date).collect();
        rows.sort_by(|a, b| (a.contributor, a.mission).cmp(&(b.contributor, b.mission)));
        for d in rows {
            g.add_contribution(d.contributor, d.mission, *d.personnel, d.reported);
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_keys_do_not_collide_across_kinds() {
        let a = Node::Actor("X".parse().unwrap());
        let m = Node::Mission("X".parse().unwrap());
        assert_ne!(a.key(), m.key());
        assert_eq!(m.to_string(), "mission:X");
    }
}
