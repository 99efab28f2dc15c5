//! The embedded reference dataset through the network analysis and the scoring.

use peacekeeping::data::reference;
use peacekeeping::prelude::*;

use peacekeeping::eval::{Aggregation, Factor, Pipeline, Scope, Uncertainty};

use peacekeeping::eval::builtin::PartnershipScorecard;

use crate::support::{brokers, scorecard};

/// The top of the co-deployment network of 31 December 2013 by betweenness (unweighted,
/// normalized): networkx 3.4.2's `betweenness_centrality` on the same network, built from
/// `Gender.Full.csv` by the example `co_deployment_2013` (`scripts/check_co_deployment.py`
/// recomputes it; `.ci/run` runs both). The reference dataset embeds that file's December
/// 2013 report, so its network is the same (a test of peacekeeping-graph checks it).
/// Bangladesh and Türkiye tie for third.
pub(crate) const TOP_BROKERS_2013: [(&str, f64); 4] = [
    ("NPL", 0.010183943064340034),
    ("NGA", 0.00941385034619536),
    ("BGD", 0.008772027263946358),
    ("TUR", 0.008772027263946358),
];

/// The network's size, as networkx reads it from the example's files.
pub(crate) const NODES_EDGES_2013: (usize, usize) = (122, 5159);

/// Checks the top brokers against networkx's values, to 1e-9.
#[track_caller]
pub(crate) fn assert_top_brokers(ranked: &[(ActorId, f64)]) {
    let found: Vec<&str> = ranked[..4].iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(found, TOP_BROKERS_2013.map(|(a, _)| a));
    for ((actor, value), (_, want)) in ranked.iter().zip(TOP_BROKERS_2013) {
        assert!(
            (value - want).abs() < 1e-9,
            "{actor}: {value}, networkx {want}"
        );
    }
}

#[test]
fn the_2013_co_deployment_network_of_the_reference_dataset_has_networkx_brokers() {
    let data = reference::dataset();
    let day = Date::new(2013, 12, 31).unwrap();
    let (net, ranked, communities) = brokers(data, day);
    assert_eq!((net.node_count(), net.edge_count()), NODES_EDGES_2013);
    assert_top_brokers(&ranked);
    // Every contributor of that day is a node: the ranking of contributors by personnel
    // names the same actors.
    let mut contributors: Vec<ActorId> = data
        .personnel_by_contributor_on(day)
        .into_iter()
        .filter(|(_, p)| p.total() > 0)
        .map(|(a, _)| a.clone())
        .collect();
    contributors.sort();
    let mut nodes = net.actors().to_vec();
    nodes.sort();
    assert_eq!(nodes, contributors);
    // Nepal, the top broker, sits in one community with others.
    let npl = net
        .actors()
        .iter()
        .position(|a| a.as_str() == "NPL")
        .unwrap();
    let its = communities.partition[npl];
    assert!(communities.partition.iter().filter(|&&c| c == its).count() > 1);
}

#[test]
fn the_reference_partnerships_are_scored_with_rank_intervals() {
    let data = reference::dataset();
    let as_of = Date::new(2024, 12, 31).unwrap();
    let card = scorecard(data, as_of, 300, 2024);
    // Every partnership of the dataset begun by then is a unit.
    let begun: Vec<&str> = data
        .partnerships()
        .iter()
        .filter(|p| p.period.start() <= as_of)
        .map(|p| p.id.as_str())
        .collect();
    let mut units: Vec<&str> = card.report.units.iter().map(String::as_str).collect();
    units.sort_unstable();
    let mut begun_sorted = begun.clone();
    begun_sorted.sort_unstable();
    assert_eq!(units, begun_sorted);

    // A factor whose one alternative is the framework's own choice (the index is an
    // arithmetic mean) changes nothing: every replication reproduces the pipeline's ranks.
    let job = PartnershipScorecard::new(data, as_of).unwrap();
    let same = Uncertainty::new(
        &job.framework,
        &job.table,
        Pipeline::new().screening(job.screening),
    )
    .factor(Factor::aggregation(
        "index mean",
        Scope::Level(0),
        [Aggregation::Arithmetic],
    ))
    .run(50, 1)
    .unwrap();
    assert_eq!(same.runs(), 50);
    let ranks = same.ranks();
    let nominal = ranks.nominal_ranks().to_vec();
    assert_eq!(nominal, card.uncertainty.ranks().nominal_ranks());
    for p in [ranks.percentile_5(), ranks.median(), ranks.percentile_95()] {
        assert_eq!(p, nominal);
    }
    assert_eq!(ranks.mean_absolute_rank_shift(), 0.0);
}
