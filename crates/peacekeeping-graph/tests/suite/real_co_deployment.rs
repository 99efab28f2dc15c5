//! The co-deployment network of 31 December 2013 built from the IPI file
//! `ipi-tcc/Gender.Full.csv` (skipped when `../shared/data` is absent; required by
//! `.ci/run`): the core numbers the example `co_deployment_2013` prints, computed through
//! the library. The expected values are networkx's: `scripts/check_co_deployment.py`
//! recomputes them with networkx 3.4.2 on the edge list the example writes (`.ci/run`
//! runs both).

use peacekeeping_core::{Date, Period};
use peacekeeping_graph::{CoDeploymentWeight, Scale, Weights, algo, co_deployment};

use peacekeeping_testkit::{GENDER_FULL, data_dir, ipi_dataset};

/// Nodes and edges of the network (networkx reads the same from the example's files).
const NODES: usize = 122;
const EDGES: usize = 5159;
/// The top of the ranking by betweenness (unweighted, normalized), networkx's
/// `betweenness_centrality` values; Bangladesh and Türkiye tie for third.
const TOP: [(&str, f64); 4] = [
    ("NPL", 0.010183943064340034),
    ("NGA", 0.00941385034619536),
    ("BGD", 0.008772027263946358),
    ("TUR", 0.008772027263946358),
];

#[test]
fn december_2013_co_deployment_from_gender_full_matches_networkx() {
    let Some(dir) = data_dir("december_2013_co_deployment_from_gender_full_matches_networkx")
    else {
        return;
    };
    let ipi = ipi_dataset(&dir.join(GENDER_FULL)).unwrap();
    // The whole file: 52 monthly reports, every row imported; 15 reports dated after
    // their mission's end are left out; UNMIT (not listed from 2012-12-31, the day its
    // mandate ended) and BNUB (not listed from 2013-01-31) get closing reports.
    assert_eq!(ipi.months.len(), 52);
    assert_eq!(
        (ipi.months[0], ipi.months[51]),
        (
            Date::new(2009, 11, 30).unwrap(),
            Date::new(2014, 2, 28).unwrap()
        )
    );
    assert_eq!(
        (
            ipi.imported,
            ipi.merge.left_out.len(),
            ipi.merge.closing.len()
        ),
        (29_115, 15, 2)
    );
    // Those left out are UNMIS's reports of 2011-07-31 and UNSMIS's of 2012-08-31.
    let mut left_out: Vec<String> = ipi
        .merge
        .left_out
        .iter()
        .map(|l| format!("{} {}", l.mission, l.date))
        .collect();
    left_out.sort();
    left_out.dedup();
    assert_eq!(left_out, ["UNMIS 2011-07-31", "UNSMIS 2012-08-31"]);
    let closing: Vec<String> = ipi
        .merge
        .closing
        .iter()
        .map(|c| format!("{} {}", c.mission, c.date))
        .collect();
    assert_eq!(closing, ["UNMIT 2012-12-31", "BNUB 2013-01-31"]);
    let date = Date::new(2013, 12, 31).unwrap();
    let net = co_deployment(
        &ipi.data,
        Period::day(date),
        CoDeploymentWeight::SharedMissions,
    )
    .unwrap();
    assert_eq!((net.node_count(), net.edge_count()), (NODES, EDGES));

    let scores = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
    let ranked = net.ranked(&scores); // ties in id order, the network's node order
    // The top 3 (and the tie at third): the same actors, in the same order (ties by id),
    // with networkx's values to 1e-9.
    let found: Vec<&str> = ranked[..4].iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(found, TOP.map(|(a, _)| a));
    for ((actor, value), (_, want)) in ranked.iter().zip(TOP) {
        assert!(
            (value - want).abs() < 1e-9,
            "{actor}: {value}, networkx {want}"
        );
    }

    // The reference dataset embeds the file's complete December 2013 report (a test of
    // peacekeeping-data checks it), with a zero report for BNUB, which the file no longer
    // lists: the same network, which also checks the closing reports of the import.
    let embedded = co_deployment(
        peacekeeping_data::reference::dataset(),
        Period::day(date),
        CoDeploymentWeight::SharedMissions,
    )
    .unwrap();
    assert_eq!(net, embedded);
}
