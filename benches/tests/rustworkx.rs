//! rustworkx-core 0.18.1 against `peacekeeping-graph` (docs/performance.md, "rustworkx-core
//! side by side"), on the karate club and a seeded G(40, 120) fixture
//! (`crates/peacekeeping-graph/tests/fixtures`, written by `scripts/graph_fixtures.py`
//! with networkx 3.4.2), and on a seeded sparse G(60, 45) with 15 components and
//! isolated nodes. Our side matches networkx on those fixtures to 1e-9 (the graph crate's
//! `algo_networkx` tests); here each rustworkx-core result is compared with ours, and its
//! real-valued results with networkx's too, to 1e-9. Everything is unweighted.

use peacekeeping_benches::graph_input::gnm_network;
use peacekeeping_benches::rustworkx_side as rx;
use peacekeeping_graph::Network;
use peacekeeping_graph::algo::{
    self, AlgorithmError, ClosenessScale, EigenvectorOptions, KatzOptions, Scale, Weights,
};
use serde_json::Value;

const TOLERANCE: f64 = 1e-9;

/// A fixture's network and networkx's results.
fn fixture(file: &str) -> (Network, Value) {
    let path = format!(
        "{}/../crates/peacekeeping-graph/tests/fixtures/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(json["directed"], Value::Bool(false), "{file}");
    let n = json["nodes"].as_u64().expect("nodes") as usize;
    let edges = json["edges"].as_array().expect("edges").iter().map(|e| {
        (
            e[0].as_u64().expect("source") as usize,
            e[1].as_u64().expect("target") as usize,
            e[2].as_f64().expect("weight"),
        )
    });
    let net = Network::undirected(n, edges).expect("valid network");
    (net, json["results"].clone())
}

fn assert_close(got: &[f64], expected: &[f64], what: &str) {
    assert_eq!(got.len(), expected.len(), "{what}: lengths");
    for (i, (a, b)) in got.iter().zip(expected).enumerate() {
        assert!(
            (a - b).abs() <= TOLERANCE,
            "{what}: node {i}: rustworkx-core {a}, expected {b}"
        );
    }
}

/// The networkx values of `key` (one per node, or one for the network); every fixture
/// compared here holds each key.
fn networkx(results: &Value, key: &str) -> Vec<f64> {
    match results.get(key) {
        Some(Value::Array(values)) => values
            .iter()
            .map(|v| v.as_f64().expect("a number"))
            .collect(),
        Some(value) => vec![value.as_f64().expect("a number")],
        None => panic!("the fixture has no {key}"),
    }
}

/// Compares every algorithm of the side-by-side bench on `net`, with ours and, if
/// `results` are given, with networkx's.
fn compare(name: &str, net: &Network, results: Option<&Value>) {
    let g = rx::to_petgraph(net);
    let check = |got: &[f64], ours: &[f64], key: &str| {
        assert_close(got, ours, &format!("{name}: {key} against ours"));
        if let Some(results) = results {
            let expected = networkx(results, key);
            assert_close(got, &expected, &format!("{name}: {key} against networkx"));
        }
    };
    for (normalization, normalized, key) in [
        (Scale::Normalized, true, "betweenness_ignore_norm"),
        (Scale::Raw, false, "betweenness_ignore_raw"),
    ] {
        let ours = algo::betweenness(net, Weights::Ignore, normalization);
        check(&rx::betweenness(&g, normalized), &ours, key);
    }
    for (scale, wf, key) in [
        (ClosenessScale::WassermanFaust, true, "closeness_ignore_wf"),
        (ClosenessScale::WithinReach, false, "closeness_ignore_raw"),
    ] {
        let ours = algo::closeness(net, Weights::Ignore, scale);
        check(&rx::closeness(&g, wf), &ours, key);
    }
    // The fixtures' tolerances (networkx was run at 1e-13).
    let eig = EigenvectorOptions::default()
        .tolerance(1e-13)
        .max_iterations(100_000);
    let ours = algo::eigenvector(net, Weights::Ignore, &eig).expect("converges");
    let got = rx::eigenvector(&g, eig.max_iterations, eig.tolerance).expect("converges");
    check(&got, &ours, "eigenvector_ignore");
    // The fixture's alpha (networkx's katz_centrality needs one below 1 / λ_max), else 0.1.
    let alpha = results
        .and_then(|r| r.get("katz_ignore_alpha"))
        .and_then(Value::as_f64)
        .unwrap_or(0.1);
    let katz = KatzOptions::default()
        .alpha(alpha)
        .tolerance(1e-13)
        .max_iterations(100_000);
    let ours = algo::katz(net, Weights::Ignore, &katz).expect("converges");
    let got =
        rx::katz(&g, alpha, katz.beta, katz.max_iterations, katz.tolerance).expect("converges");
    check(&got, &ours, "katz_ignore_norm");
    let transitivity = algo::transitivity(net).expect("undirected");
    check(&[rx::transitivity(&g)], &[transitivity], "transitivity");

    // With a self-loop networkx and ours refuse the core number; rustworkx-core gives one.
    match algo::core_number(net) {
        Ok(ours) => assert_eq!(rx::core_number(&g), ours, "{name}: core number"),
        Err(AlgorithmError::SelfLoop { .. }) => {
            assert_eq!(rx::core_number(&g).len(), net.node_count())
        }
        Err(e) => panic!("{name}: core number: {e}"),
    }
    assert_eq!(
        rx::articulation_points(&g),
        algo::articulation_points(net).expect("undirected")
    );
    assert_eq!(rx::bridges(&g), algo::bridges(net).expect("undirected"));
    assert_eq!(
        rx::connected_components(&g),
        algo::connected_components(net)
    );
}

#[test]
fn rustworkx_core_matches_ours_and_networkx_on_the_karate_club() {
    let (net, results) = fixture("karate.json");
    compare("karate", &net, Some(&results));
}

#[test]
fn rustworkx_core_matches_ours_and_networkx_on_a_seeded_random_graph() {
    let (net, results) = fixture("gnm_undirected_unweighted.json");
    compare("gnm_undirected_unweighted", &net, Some(&results));
}

#[test]
fn rustworkx_core_matches_ours_on_a_graph_of_many_components() {
    let net = gnm_network(60, 45, 5, false).expect("valid graph");
    let components = algo::connected_components(&net);
    assert_eq!(components.len(), 15);
    assert!(components.iter().any(|c| c.len() == 1), "isolated nodes");
    compare("G(60, 45)", &net, None);
}

#[test]
fn with_self_loops_only_the_core_number_differs() {
    let (net, results) = fixture("gnm_undirected_selfloops.json");
    // networkx raises for the core number of a graph with self-loops, and so do we.
    assert_eq!(results["core_number"], Value::Null);
    assert!(matches!(
        algo::core_number(&net),
        Err(AlgorithmError::SelfLoop { .. })
    ));
    compare("gnm_undirected_selfloops", &net, Some(&results));
}
