//! Temporal network analysis of partnerships in peace operations: the part of the
//! [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that asks who works with whom.
//!
//! ```
//! use peacekeeping_core::{Date, Period};
//! use peacekeeping_data::reference;
//! use peacekeeping_graph::{algo, co_deployment, CoDeploymentWeight, Scale, Weights};
//!
//! // Who served side by side in UN operations at the end of 2013 (the UN's report of
//! // 31 December 2013, in the embedded reference dataset), and who brokers between them.
//! let data = reference::dataset();
//! let day = Period::day(Date::new(2013, 12, 31)?);
//! let net = co_deployment(data, day, CoDeploymentWeight::SharedMissions)?;
//! assert_eq!(net.node_count(), 122);
//! let scores = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
//! let brokers = net.ranked(&scores); // largest first
//! assert!(brokers[0].1 > brokers[50].1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A [`PartnershipGraph`] holds a [`peacekeeping_core::Dataset`] as a network as of a date
//! or over a period (actors and missions as nodes; memberships, partnerships,
//! contributions, participations and joint exercises as edges);
//! [`PartnershipGraph::to_network`] turns it
//! into a [`NodeNetwork`]. Its one-mode projections (co-deployment, co-membership,
//! co-training) are [`ActorNetwork`]s. Both hold a [`Network`], the compact
//! weighted graph on which every algorithm of [`algo`] runs: centralities, cohesion,
//! paths, communities. Withdrawal analysis, interoperability scores and force
//! composition answer the field's questions directly; exports go to DOT, GraphML, GEXF,
//! JSON and CSV. petgraph stays inside ([`PartnershipGraph::as_petgraph`] is the escape
//! hatch).
//!
//! # The partnership graph, projections and analyses
//!
//! | topic | items |
//! |---|---|
//! | the graph | [`PartnershipGraph`] (as of a date or over a period; one case [`around_mission`](PartnershipGraph::around_mission), any set of nodes [`induced`](PartnershipGraph::induced)), [`Node`], [`Relation`], [`EdgeKind`], [`EdgeRef`], [`Window`]; [`PartnershipGraph::to_network`] gives it to the algorithms as a [`NodeNetwork`] (edges by [`EdgeKind`], weighted by [`RelationWeight`]); [`PartnershipGraph::as_petgraph`] is the escape hatch to petgraph |
//! | time | [`SnapshotSeries`] (yearly or monthly, [`Step`], [`series_dates`]), per-actor metrics as a tidy [`MetricTable`] of [`MetricRow`]s |
//! | projections | [`ActorNetwork`] (a [`Network`] labelled by actor; [`NodeNetwork`] is labelled by node, both a [`LabelledNetwork`]); [`co_deployment`] weighted by [`CoDeploymentWeight`] (months from [`observation_dates`]), [`co_membership`] (dyadic shared-IGO count), [`co_training`]; [`actor_mission_matrix`] ([`TwoModeMatrix`]) |
//! | withdrawal | [`withdrawal`] -> [`WithdrawalReport`]: [`NetworkSummary`] before and after (components, largest component, global efficiency), [`RegionalGap`]s, [`OrphanedPartnership`]s |
//! | interoperability | [`interoperability`], [`interoperability_with`] -> [`Interoperability`] with its [`InteroperabilityInputs`], [`InteroperabilityComponents`] and [`InteroperabilityWeights`] |
//! | force composition | [`force_composition`] -> [`ForceComposition`] (HHI, Shannon by contributor and region, top-k share) of [`ContributorShare`]s |
//! | export | [`ExportGraph`] ([`ExportNode`], [`ExportEdge`], [`AttrValue`]) to DOT, GraphML, GEXF, JSON node-link, CSV (`to_x`, `write_x`, `write_x_file`); GraphML and JSON read back (`from_x_str`, `read_x`, `read_x_file`): see [`export`] |
//! | errors | [`GraphError`] (its I/O failures keep the `std::io::Error` in core's `IoError`, with the `IoAccess` that failed) |
//!
//! The projections and how they weigh a tie:
//!
//! | projection | function | weight of the edge between actors `a` and `b` |
//! |---|---|---|
//! | co-deployment | [`co_deployment`] | see [`CoDeploymentWeight`]: shared missions, shared mission-months, or mean shared personnel |
//! | co-membership | [`co_membership`] | organizations of which both are full or associate members on the date: the dyadic shared-IGO count |
//! | co-training | [`co_training`] | trainings (exercises and programmes) overlapping the period that both organized or took part in |
//! | two-mode | [`actor_mission_matrix`] | not a projection: personnel of each actor in each mission on the date |
//!
//! ### How do I see who deployed side by side in December 2013?
//!
//! ```
//! use peacekeeping_core::*;
//! use peacekeeping_graph::{co_deployment, CoDeploymentWeight, ExportGraph};
//!
//! let mut b = Dataset::builder();
//! b.mission(Mission::new("UNMISS".parse()?, "UNMISS", MissionKind::UnPeacekeeping, Period::since(Date::new(2011, 7, 9)?)));
//! for (who, n) in [("NPL", 850), ("BGD", 300)] {
//!     b.actor(Actor::state(who.parse()?, who)?)
//!         .contribution(Contribution::personnel(who.parse()?, "UNMISS".parse()?, Date::new(2013, 12, 31)?,
//!             Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n))));
//! }
//! let data = b.build()?;
//! let net = co_deployment(&data, Period::day(Date::new(2013, 12, 31)?), CoDeploymentWeight::SharedMissions)?;
//! assert_eq!(net.weight("BGD", "NPL"), Some(1.0));
//! let graphml = ExportGraph::from_actor_network(&net, Some(&data)).to_graphml(); // for Gephi or networkx
//! assert!(graphml.contains("NPL"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Network algorithms
//!
//! [`algo`] runs on any [`Network`] (a projection's `network`, or one built by hand), one
//! value per node or per network, equal to networkx's to 1e-9 (tested on Zachary's karate
//! club and seeded random graphs). Algorithms that read weights take a [`Weights`]: path
//! measures read a weight as a distance or `1 / strength`, spectral ones as a strength,
//! so "shared missions" is never silently used as a distance.
//!
//! | topic | items |
//! |---|---|
//! | degree | [`algo::degree`], [`algo::in_degree`], [`algo::out_degree`], [`algo::strength`], [`algo::in_strength`], [`algo::out_strength`] |
//! | centrality | [`algo::betweenness`] (Brandes, both cores; [`Scale`]), [`algo::closeness`] ([`ClosenessScale`]), [`algo::eigenvector`], [`algo::pagerank`], [`algo::katz`] (with [`algo::spectral_radius`], the `λ_max` its `alpha` must stay under the inverse of) |
//! | cohesion | [`algo::clustering`], [`algo::average_clustering`], [`algo::transitivity`], [`algo::density`], [`algo::core_number`] |
//! | connectivity | [`algo::connected_components`], [`algo::strongly_connected_components`], [`algo::articulation_points`], [`algo::bridges`] |
//! | paths | [`algo::shortest_path`] (nodes and edges), [`algo::distances`], [`algo::global_efficiency`] |
//! | mixing | [`algo::attribute_assortativity`] (by actor kind, region, any label) |
//! | communities | [`algo::louvain`] -> [`algo::Communities`], [`algo::modularity`] |
//! | errors | [`AlgorithmError`] |
//!
//! ### How do I find the brokers of a network?
//!
//! ```
//! use peacekeeping_graph::{Network, Scale, Weights, algo};
//!
//! // Two groups joined through node 2 (weights: shared missions).
//! let net = Network::undirected(5, [(0, 1, 3.0), (0, 2, 1.0), (1, 2, 2.0), (2, 3, 1.0), (3, 4, 4.0)])?;
//! let b = algo::betweenness(&net, Weights::AsStrength, Scale::Normalized);
//! let top = (0..5).max_by(|&a, &c| b[a].total_cmp(&b[c])).ok_or("empty")?;
//! assert_eq!(top, 2);
//! assert_eq!(algo::articulation_points(&net)?, [2, 3]);
//! assert_eq!(algo::bridges(&net)?, [(2, 3), (3, 4)]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]

#[macro_use]
mod macros;

pub mod algo;
mod labelled_network;
mod network;

mod composition;
mod error;
pub mod export;
mod interoperability;
mod partnership_graph;
mod projection;
mod series;
mod withdrawal;

/// The petgraph crate, re-exported on purpose: [`PartnershipGraph::as_petgraph`] returns
/// its `DiGraph`, and this is the version to name it with. Nothing else of this crate's
/// API exposes petgraph, so its major versions are not ours except through this door.
#[doc(no_inline)]
pub use petgraph;

pub use algo::{AlgorithmError, ClosenessScale, Scale, Weights};
pub use labelled_network::{ActorNetwork, LabelledNetwork, NodeNetwork, RelationWeight};
pub use network::{Network, NetworkError};

pub use composition::{ContributorShare, ForceComposition, force_composition};
pub use error::GraphError;
pub use export::{AttrValue, Attributes, ExportEdge, ExportGraph, ExportNode};
pub use interoperability::{
    Interoperability, InteroperabilityComponents, InteroperabilityInputs, InteroperabilityWeights,
    interoperability, interoperability_with,
};
pub use partnership_graph::{EdgeKind, EdgeRef, Node, PartnershipGraph, Relation, Window};
pub use projection::{
    CoDeploymentWeight, TwoModeMatrix, actor_mission_matrix, co_deployment, co_membership,
    co_training, observation_dates,
};
pub use series::{MetricRow, MetricTable, SnapshotSeries, Step, series_dates};
pub use withdrawal::{
    NetworkSummary, OrphanedPartnership, RegionalGap, WithdrawalReport, withdrawal,
};
