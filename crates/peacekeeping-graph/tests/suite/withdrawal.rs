//! Withdrawal analysis.

use peacekeeping_core::Region;
use peacekeeping_graph::{
    EdgeKind, GraphError, Network, PartnershipGraph, Weights, algo, withdrawal,
};
use serde_json::Value;

use crate::support::{d, reference, small};

#[test]
fn withdrawal_by_hand() {
    // 2013-02-28 in the small dataset: nodes ORG, AAA, BBB, CCC, M1, M2; links AAA-ORG,
    // BBB-ORG, AAA-BBB, AAA-M1, BBB-M1, AAA-M2, CCC-M2. Before: 7 pairs at 1 hop, 5 at 2,
    // 3 at 3: E = 2 (7 + 5/2 + 3/3) / 30 = 0.7. Without AAA: {ORG, BBB, M1} and
    // {CCC, M2}, 3 pairs at 1 hop and 1 at 2: E = 2 (3 + 1/2) / 20 = 0.35.
    let data = small();
    let r = withdrawal(&data, d(2013, 2, 28), &["AAA"], EdgeKind::ALL).unwrap();
    assert_eq!(r.withdrawn.len(), 1);
    assert_eq!(
        (r.before.nodes, r.before.edges, r.before.components),
        (6, 7, 1)
    );
    assert_eq!(r.before.largest_component, 6);
    assert!((r.before.global_efficiency - 0.7).abs() < 1e-15);
    assert_eq!(
        (r.after.nodes, r.after.edges, r.after.components),
        (5, 3, 2)
    );
    assert_eq!(r.after.largest_component, 3);
    assert!((r.after.global_efficiency - 0.35).abs() < 1e-15);
    // 10 pairs among the five that stay, 3 + 1 still connected.
    assert_eq!(r.disconnected_pairs, 6);
    // M1 loses its only African contributor; in M2 CCC (Africa) stays.
    assert_eq!(r.regional_gaps.len(), 1);
    let gap = &r.regional_gaps[0];
    assert_eq!(
        (gap.mission.as_str(), gap.region, gap.personnel),
        ("M1", Region::Africa, 100)
    );
    // The bilateral AAA-BBB partnership no longer links anyone.
    assert_eq!(r.orphaned_partnerships.len(), 1);
    assert_eq!(r.orphaned_partnerships[0].remaining[0].as_str(), "BBB");

    // Only contributions: AAA is the hub of both missions.
    let r = withdrawal(&data, d(2013, 2, 28), &["AAA"], &[EdgeKind::Contribution]).unwrap();
    assert_eq!(r.before.components, 2); // {AAA, BBB, CCC, M1, M2} and ORG
    assert_eq!(r.after.components, 3); // {BBB, M1}, {CCC, M2}, ORG
}

#[test]
fn before_is_the_partnership_graph_read_as_an_undirected_network() {
    // The graph withdrawal summarizes is the partnership graph's edges, both ways,
    // unweighted, self-loops aside: built here from `edges()` instead of `to_network`.
    let data = reference();
    let date = d(2013, 12, 31);
    let g = PartnershipGraph::as_of(data, date);
    let nodes: Vec<_> = g.nodes().collect();
    let position = |n| nodes.iter().position(|m| *m == n).unwrap();
    let edges: Vec<_> = g
        .edges()
        .filter(|e| e.source != e.target)
        .map(|e| (position(e.source), position(e.target), 1.0))
        .collect();
    let net = Network::undirected(nodes.len(), edges).unwrap();
    let expected = algo::global_efficiency(&net, Weights::Ignore).unwrap();
    let r = withdrawal(data, date, &["FRA"], EdgeKind::ALL).unwrap();
    assert!((r.before.global_efficiency - expected).abs() < 1e-12);
    assert_eq!(r.before.components, algo::connected_components(&net).len());
}

#[test]
fn withdrawals_in_the_reference_data_agree_with_networkx() {
    // tests/fixtures/withdrawal_2013.json: written by scripts/withdrawal_fixture.py with
    // networkx 3.4.2 (connected_components, global_efficiency) from the partnership graph
    // of 2013-12-31 as the GraphML example exports it.
    let path = format!(
        "{}/tests/fixtures/withdrawal_2013.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(doc["date"], "2013-12-31");
    let count = |v: &Value| v.as_u64().unwrap() as usize;
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 6);
    for case in cases {
        let actors: Vec<&str> = case["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let kinds: Vec<EdgeKind> = case["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                *EdgeKind::ALL
                    .iter()
                    .find(|e| e.code() == k.as_str().unwrap())
                    .unwrap()
            })
            .collect();
        let r = withdrawal(reference(), d(2013, 12, 31), &actors, &kinds).unwrap();
        for (ours, theirs) in [(&r.before, &case["before"]), (&r.after, &case["after"])] {
            let what = format!("{actors:?} {kinds:?}");
            assert_eq!(ours.nodes, count(&theirs["nodes"]), "{what}");
            assert_eq!(ours.edges, count(&theirs["edges"]), "{what}");
            assert_eq!(ours.components, count(&theirs["components"]), "{what}");
            assert_eq!(
                ours.largest_component,
                count(&theirs["largest_component"]),
                "{what}"
            );
            let efficiency = theirs["global_efficiency"].as_f64().unwrap();
            assert!(
                (ours.global_efficiency - efficiency).abs() < 1e-12,
                "{what}: {} vs networkx {efficiency}",
                ours.global_efficiency
            );
        }
        assert_eq!(
            r.disconnected_pairs,
            case["disconnected_pairs"].as_u64().unwrap()
        );
    }
}

#[test]
fn withdrawals_in_the_reference_data_of_2013() {
    let data = reference();
    let date = d(2013, 12, 31);
    // Computed with plain Python from the UN's report of 2013-12-31 in the reference
    // contributions: Fiji is the only contributor from Oceania to UNAMI, UNDOF and UNMIL.
    let r = withdrawal(data, date, &["FJI"], &[EdgeKind::Contribution]).unwrap();
    let gaps: Vec<_> = r
        .regional_gaps
        .iter()
        .map(|g| (g.mission.as_str(), g.region))
        .collect();
    assert_eq!(
        gaps,
        [
            ("UNAMI", Region::Oceania),
            ("UNDOF", Region::Oceania),
            ("UNMIL", Region::Oceania)
        ]
    );
    // Pakistan alone leaves no mission without an Asian contributor; Nepal and India
    // together leave UNAMI without one.
    let r = withdrawal(data, date, &["PAK"], &[EdgeKind::Contribution]).unwrap();
    assert!(r.regional_gaps.is_empty());
    let r = withdrawal(data, date, &["NPL", "IND"], &[EdgeKind::Contribution]).unwrap();
    let missions: Vec<_> = r.regional_gaps.iter().map(|g| g.mission.as_str()).collect();
    assert_eq!(missions, ["UNAMI"]);
    // France: the Lancaster House treaties (with GBR) and the MINUSMA-France partnership
    // (with the UN, from 2013-07-01) lose their only link.
    let r = withdrawal(data, date, &["FRA"], EdgeKind::ALL).unwrap();
    let orphaned: Vec<_> = r
        .orphaned_partnerships
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(orphaned, ["lancaster-house-2010", "minusma-france"]);
    assert_eq!(r.after.nodes, r.before.nodes - 1);
}

#[test]
fn withdrawal_names_unknown_and_absent_actors() {
    let data = reference();
    let err = withdrawal(data, d(2013, 12, 31), &["NOPE"], EdgeKind::ALL).unwrap_err();
    assert_eq!(
        err,
        GraphError::UnknownActor {
            actor: "NOPE".into()
        }
    );
    // The OAU ceased to exist in 2002.
    let err = withdrawal(data, d(2013, 12, 31), &["OAU"], EdgeKind::ALL).unwrap_err();
    assert_eq!(
        err,
        GraphError::ActorNotInGraph {
            actor: "OAU".into(),
            date: d(2013, 12, 31)
        }
    );
    assert!(err.to_string().contains("OAU") && err.to_string().contains("2013-12-31"));
}
