//! [`withdrawal`]: what changes in the partnership graph when an actor (or several)
//! walks out on a date.

use std::collections::{BTreeMap, BTreeSet};

use peacekeeping_core::{
    ActorId, Dataset, Date, MissionId, PartnershipId, PartnershipKind, Region,
};

use crate::{EdgeKind, GraphError, Network, PartnershipGraph, RelationWeight, Weights, algo};

/// The shape of a graph, before or after a withdrawal.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let r = withdrawal(&data, date, &["GHA"], EdgeKind::ALL)?;
/// assert_eq!((r.before.nodes, r.before.components, r.before.largest_component), (4, 1, 4));
/// assert_eq!((r.after.nodes, r.after.components), (3, 1)); // NGA still links AU and UNMIL
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkSummary {
    /// Nodes (actors and missions).
    pub nodes: usize,
    /// Distinct undirected links between two different nodes.
    pub edges: usize,
    /// Connected components (an isolated node is one).
    pub components: usize,
    /// Nodes in the largest component (0 for an empty graph).
    pub largest_component: usize,
    /// Global efficiency (see the formulas of [`withdrawal`]), in `[0, 1]`.
    pub global_efficiency: f64,
}

/// A mission that loses every contributor from a region.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let r = withdrawal(&data, date, &["GHA", "NGA"], EdgeKind::ALL)?;
/// let gap = &r.regional_gaps[0];
/// assert_eq!((gap.mission.as_str(), gap.region, gap.personnel), ("UNMIL", Region::Africa, 1000));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionalGap {
    /// The mission.
    pub mission: MissionId,
    /// The region left without a contributor.
    pub region: Region,
    /// The withdrawing contributors from that region, by id.
    pub withdrawn: Vec<ActorId>,
    /// Their personnel in the mission.
    pub personnel: u64,
}

/// A partnership left with fewer than two parties.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let mut b = data.into_builder();
/// b.partnership(Partnership::new("gha-nga".parse()?, "A partnership", PartnershipKind::Bilateral, Period::since(Date::new(2010, 1, 1)?))
///     .with_party(Party::new("GHA".parse()?, PartyRole::Lead)).with_party(Party::new("NGA".parse()?, PartyRole::Supporting)));
/// let r = withdrawal(&b.build()?, date, &["GHA"], EdgeKind::ALL)?;
/// assert_eq!(r.orphaned_partnerships[0].remaining.iter().map(|a| a.as_str()).collect::<Vec<_>>(), ["NGA"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrphanedPartnership {
    /// The partnership.
    pub id: PartnershipId,
    /// Its kind.
    pub kind: PartnershipKind,
    /// The parties that stay (none or one).
    pub remaining: Vec<ActorId>,
}

/// What changes when actors withdraw (see [`withdrawal`]).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let r = withdrawal(&data, date, &["GHA"], EdgeKind::ALL)?;
/// assert!(r.regional_gaps.is_empty()); // NGA stays in UNMIL
/// assert_eq!(r.disconnected_pairs, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WithdrawalReport {
    /// The date.
    pub date: Date,
    /// The actors withdrawn, by id.
    pub withdrawn: Vec<ActorId>,
    /// The graph before.
    pub before: NetworkSummary,
    /// The graph after.
    pub after: NetworkSummary,
    /// Pairs of remaining nodes connected before and not after.
    pub disconnected_pairs: u64,
    /// Missions that lose all their contributors from a region, by mission then region.
    pub regional_gaps: Vec<RegionalGap>,
    /// Partnerships left with fewer than two parties, by id.
    pub orphaned_partnerships: Vec<OrphanedPartnership>,
}

/// Withdraws `actors` from the partnership graph as of `date`, keeping the edge kinds in
/// `kinds` (pass [`EdgeKind::ALL`] for all), and reports what changes.
///
/// The structure compared before and after is the [`PartnershipGraph`] as of the date,
/// read as an **undirected, unweighted** graph over actors *and* missions, keeping the
/// edge kinds asked for: its [`to_network`](PartnershipGraph::to_network)`(kinds,
/// RelationWeight::Unit)`. Withdrawing removes the actors' nodes and every edge at them
/// ([`Network::without_nodes`]). The report gives, before and after: nodes, edges
/// (linked pairs of different nodes), connected components
/// ([`algo::connected_components`]), the size of the largest component and the global
/// efficiency ([`algo::global_efficiency`] with [`Weights::Ignore`])
///
/// `E = 1 / (n (n - 1)) * sum over ordered pairs i != j of 1 / d(i, j)`
///
/// with `d` the number of hops (`1/d = 0` between components; `E = 0` for fewer than two
/// nodes), as `networkx.global_efficiency` computes it. It adds:
///
/// - `disconnected_pairs`: pairs of remaining nodes that were connected before and are
///   not any more;
/// - regional gaps: missions active on the date in which **every** contributor from a
///   region (as of the mission's latest report) withdraws; contributors without a
///   recorded region are not grouped;
/// - orphaned partnerships: partnerships in force on the date left with fewer than two
///   parties, so that they no longer link anyone.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::{withdrawal, EdgeKind};
///
/// // A star: the AU with two members; the AU withdraws (say) and both are cut off.
/// let mut b = Dataset::builder();
/// let since = Period::since(Date::new(2002, 7, 9)?);
/// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization));
/// for s in ["GHA", "SEN"] {
///     b.actor(Actor::state(s.parse()?, s)?)
///         .membership(Membership::new(s.parse()?, "AU".parse()?, since, MembershipStatus::Full));
/// }
/// let data = b.build()?;
/// let r = withdrawal(&data, Date::new(2013, 1, 1)?, &["AU"], EdgeKind::ALL)?;
/// assert_eq!((r.before.components, r.after.components), (1, 2));
/// assert_eq!(r.before.global_efficiency, (1.0 + 1.0 + 0.5) * 2.0 / 6.0);
/// assert_eq!(r.after.global_efficiency, 0.0);
/// assert_eq!(r.disconnected_pairs, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::UnknownActor`] if an id is not an actor of the dataset;
/// [`GraphError::ActorNotInGraph`] if the actor does not exist on `date`;
/// [`GraphError::Network`] only beyond `u32::MAX` nodes.
pub fn withdrawal(
    data: &Dataset,
    date: Date,
    actors: &[&str],
    kinds: &[EdgeKind],
) -> Result<WithdrawalReport, GraphError> {
    let graph = PartnershipGraph::as_of(data, date);
    let mut gone = BTreeSet::new();
    for &a in actors {
        let Some(actor) = data.actor(a) else {
            return Err(GraphError::UnknownActor {
                actor: a.to_owned(),
            });
        };
        let Some(i) = graph.actor_index(a) else {
            return Err(GraphError::ActorNotInGraph {
                actor: a.to_owned(),
                date,
            });
        };
        gone.insert((i.index(), actor.id.clone()));
    }
    let removed: Vec<usize> = gone.iter().map(|g| g.0).collect();
    let withdrawn: Vec<ActorId> = gone.into_iter().map(|g| g.1).collect();

    // Node `i` of the network is node `i` of the graph: `removed` numbers both.
    let whole = graph
        .to_network(kinds, RelationWeight::Unit)?
        .into_network();
    let rest = whole.without_nodes(&removed);
    let (before, labels_before) = summarize(&whole)?;
    let (after, labels_after) = summarize(&rest)?;

    // Components after a removal split those before: count pairs lost. The nodes that
    // stay, in order, are the nodes of `rest`.
    let stays = (0..whole.node_count()).filter(|i| removed.binary_search(i).is_err());
    let mut before_sizes: BTreeMap<usize, u64> = BTreeMap::new();
    let mut after_sizes: BTreeMap<usize, u64> = BTreeMap::new();
    for (j, i) in stays.enumerate() {
        *before_sizes.entry(labels_before[i]).or_default() += 1;
        *after_sizes.entry(labels_after[j]).or_default() += 1;
    }
    let pairs = |sizes: BTreeMap<usize, u64>| -> u64 {
        sizes.values().map(|&s| s * s.saturating_sub(1) / 2).sum()
    };
    let disconnected_pairs = pairs(before_sizes) - pairs(after_sizes);

    Ok(WithdrawalReport {
        date,
        regional_gaps: regional_gaps(data, date, &withdrawn),
        orphaned_partnerships: orphaned_partnerships(data, date, &withdrawn),
        withdrawn,
        before,
        after,
        disconnected_pairs,
    })
}

/// The summary of an unweighted network, through [`algo`], and each node's component.
fn summarize(net: &Network) -> Result<(NetworkSummary, Vec<usize>), GraphError> {
    let components = algo::connected_components(net);
    let mut label = vec![0; net.node_count()];
    for (c, members) in components.iter().enumerate() {
        for &v in members {
            label[v] = c;
        }
    }
    let summary = NetworkSummary {
        nodes: net.node_count(),
        edges: net.edges().filter(|(a, b, _)| a != b).count(),
        components: components.len(),
        largest_component: components.iter().map(Vec::len).max().unwrap_or(0),
        global_efficiency: algo::global_efficiency(net, Weights::Ignore)?,
    };
    Ok((summary, label))
}

fn regional_gaps(data: &Dataset, date: Date, withdrawn: &[ActorId]) -> Vec<RegionalGap> {
    let mut gaps = Vec::new();
    let mut missions: Vec<&MissionId> = data.missions_active_on(date).map(|m| &m.id).collect();
    missions.sort();
    for mission in missions {
        // Per region: (any contributor stays, withdrawn contributors, their personnel).
        let mut by_region: BTreeMap<Region, (bool, Vec<ActorId>, u64)> = BTreeMap::new();
        for d in data.deployments_in(mission, date) {
            let total = d.personnel.total();
            let Some(region) = data.actor(d.contributor).and_then(|a| a.region) else {
                continue;
            };
            if total == 0 {
                continue;
            }
            let slot = by_region.entry(region).or_default();
            if withdrawn.contains(d.contributor) {
                slot.1.push(d.contributor.clone());
                slot.2 += total;
            } else {
                slot.0 = true;
            }
        }
        for (region, (stays, mut actors, personnel)) in by_region {
            if !stays && !actors.is_empty() {
                actors.sort();
                actors.dedup();
                gaps.push(RegionalGap {
                    mission: mission.clone(),
                    region,
                    withdrawn: actors,
                    personnel,
                });
            }
        }
    }
    gaps
}

fn orphaned_partnerships(
    data: &Dataset,
    date: Date,
    withdrawn: &[ActorId],
) -> Vec<OrphanedPartnership> {
    let mut out: Vec<OrphanedPartnership> = data
        .partnerships()
        .iter()
        .filter(|p| p.is_active_on(date))
        .filter(|p| p.parties.iter().any(|x| withdrawn.contains(&x.actor)))
        .filter_map(|p| {
            let remaining: Vec<ActorId> = p
                .parties
                .iter()
                .filter(|x| !withdrawn.contains(&x.actor))
                .map(|x| x.actor.clone())
                .collect();
            (remaining.len() < 2).then(|| OrphanedPartnership {
                id: p.id.clone(),
                kind: p.kind,
                remaining,
            })
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}
