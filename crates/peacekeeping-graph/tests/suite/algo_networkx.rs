//! The network algorithms against networkx 3.4.2 (oracle tests).
//!
//! The fixtures in `tests/fixtures/*.json` are written by `scripts/graph_fixtures.py`:
//! Zachary's karate club (networkx's copy, weights = interaction counts) and seeded random
//! graphs (undirected and directed, weighted and not, with isolated nodes, several
//! components, self-loops). Each holds the edges and networkx's value of every metric.
//! Values must agree to 1e-9 (absolute, or relative for values above 1).

use peacekeeping_graph::algo::{
    self, ClosenessScale, EigenvectorOptions, KatzOptions, LouvainOptions, PageRankOptions, Scale,
};
use peacekeeping_graph::{AlgorithmError, Network, Weights};
use serde_json::Value;

const TOLERANCE: f64 = 1e-9;

const FIXTURES: [&str; 8] = [
    "karate",
    "gnm_undirected_weighted",
    "gnm_undirected_unweighted",
    "gnm_directed_weighted",
    "gnm_directed_unweighted",
    "planted_directed_weighted",
    "gnm_directed_dense",
    "gnm_undirected_selfloops",
];

struct Fixture {
    name: &'static str,
    net: Network,
    results: Value,
}

impl Fixture {
    fn get(&self, key: &str) -> &Value {
        self.results
            .get(key)
            .unwrap_or_else(|| panic!("{}: no `{key}` in the fixture", self.name))
    }

    fn floats(&self, key: &str) -> Vec<f64> {
        floats(self.get(key))
    }
}

fn floats(value: &Value) -> Vec<f64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect()
}

fn load(name: &'static str) -> Fixture {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let n = doc["nodes"].as_u64().unwrap() as usize;
    let edges = doc["edges"].as_array().unwrap().iter().map(|e| {
        (
            e[0].as_u64().unwrap() as usize,
            e[1].as_u64().unwrap() as usize,
            e[2].as_f64().unwrap(),
        )
    });
    let net = if doc["directed"].as_bool().unwrap() {
        Network::directed(n, edges).unwrap()
    } else {
        Network::undirected(n, edges).unwrap()
    };
    assert_eq!(net.edge_count(), doc["edges"].as_array().unwrap().len());
    Fixture {
        name,
        net,
        results: doc["results"].clone(),
    }
}

fn all() -> Vec<Fixture> {
    FIXTURES.iter().map(|name| load(name)).collect()
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    let scale = expected.abs().max(1.0);
    assert!(
        (actual - expected).abs() <= TOLERANCE * scale,
        "{what}: {actual} != networkx {expected} (difference {})",
        (actual - expected).abs()
    );
}

fn assert_all_close(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: lengths differ");
    for (v, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_close(*a, *e, &format!("{what}, node {v}"));
    }
}

const PATH_READINGS: [(&str, Weights); 3] = [
    ("ignore", Weights::Ignore),
    ("distance", Weights::AsDistance),
    ("strength", Weights::AsStrength),
];

const STRENGTH_READINGS: [(&str, Weights); 2] = [
    ("ignore", Weights::Ignore),
    ("strength", Weights::AsStrength),
];

#[test]
fn degree_and_strength_match_networkx() {
    for f in all() {
        let as_f64 = |d: Vec<usize>| d.into_iter().map(|x| x as f64).collect::<Vec<_>>();
        assert_all_close(&as_f64(algo::degree(&f.net)), &f.floats("degree"), f.name);
        assert_all_close(&algo::strength(&f.net), &f.floats("strength"), f.name);
        if f.net.is_directed() {
            assert_all_close(
                &as_f64(algo::in_degree(&f.net)),
                &f.floats("in_degree"),
                f.name,
            );
            assert_all_close(
                &as_f64(algo::out_degree(&f.net)),
                &f.floats("out_degree"),
                f.name,
            );
            assert_all_close(&algo::in_strength(&f.net), &f.floats("in_strength"), f.name);
            assert_all_close(
                &algo::out_strength(&f.net),
                &f.floats("out_strength"),
                f.name,
            );
        }
    }
}

#[test]
fn betweenness_matches_networkx_for_every_reading_and_scaling() {
    for f in all() {
        for (reading, weights) in PATH_READINGS {
            for (scaling, normalization) in [("norm", Scale::Normalized), ("raw", Scale::Raw)] {
                let key = format!("betweenness_{reading}_{scaling}");
                let got = algo::betweenness(&f.net, weights, normalization);
                assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));
            }
        }
    }
}

#[test]
fn betweenness_with_zero_length_edges_matches_networkx() {
    // Zero-length edges make nodes tie with their neighbours; networkx then appends
    // predecessors that are settled after the node, and its result depends on the order
    // of its adjacency lists (the fixtures add edges in sorted order, as ours are).
    for name in ["zero_lengths_undirected", "zero_lengths_directed"] {
        let f = load(name);
        let got = algo::betweenness(&f.net, Weights::AsDistance, Scale::Raw);
        assert_all_close(&got, &f.floats("betweenness_distance_raw"), name);
    }
}

#[test]
fn closeness_matches_networkx_for_every_reading() {
    for f in all() {
        for (reading, weights) in PATH_READINGS {
            for (variant, scale) in [
                ("wf", ClosenessScale::WassermanFaust),
                ("raw", ClosenessScale::WithinReach),
            ] {
                let key = format!("closeness_{reading}_{variant}");
                let got = algo::closeness(&f.net, weights, scale);
                assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));
            }
        }
    }
}

#[test]
fn distances_and_shortest_paths_match_networkx() {
    for f in all() {
        for (reading, weights) in PATH_READINGS {
            let key = format!("distances_{reading}");
            let by_source = f.get(&key).as_object().unwrap();
            for (source, expected) in by_source {
                let source: usize = source.parse().unwrap();
                let got = algo::distances(&f.net, source, weights).unwrap();
                for (target, (g, e)) in got.iter().zip(expected.as_array().unwrap()).enumerate() {
                    let what = format!("{}: {key} from {source} to {target}", f.name);
                    let path = algo::shortest_path(&f.net, source, target, weights).unwrap();
                    match (g, e.as_f64()) {
                        (None, None) => assert!(path.is_none(), "{what}: path to nowhere"),
                        (Some(g), Some(e)) => {
                            assert_close(*g, e, &what);
                            let path = path.unwrap();
                            assert_close(path.length, e, &what);
                            check_path(&f.net, &path, source, target, weights, &what);
                        }
                        _ => panic!("{what}: reachability differs ({g:?} vs {e:?})"),
                    }
                }
            }
        }
    }
}

/// The path starts and ends where asked, follows edges of the network with their
/// weights, and its length is the sum of its edges' lengths.
fn check_path(
    net: &Network,
    path: &algo::Path,
    source: usize,
    target: usize,
    weights: Weights,
    what: &str,
) {
    assert_eq!(path.nodes.first(), Some(&source), "{what}");
    assert_eq!(path.nodes.last(), Some(&target), "{what}");
    assert_eq!(path.edges.len() + 1, path.nodes.len(), "{what}");
    let mut length = 0.0;
    for (i, &(a, b, w)) in path.edges.iter().enumerate() {
        assert_eq!((a, b), (path.nodes[i], path.nodes[i + 1]), "{what}");
        assert_eq!(net.weight(a, b), Some(w), "{what}: edge {a}-{b}");
        length += match weights {
            Weights::Ignore => 1.0,
            Weights::AsDistance => w,
            Weights::AsStrength => 1.0 / w,
        };
    }
    assert_close(length, path.length, what);
}

#[test]
fn global_efficiency_matches_networkx() {
    for f in all() {
        for (reading, weights) in PATH_READINGS {
            let key = format!("efficiency_{reading}");
            let expected = f.get(&key).as_f64().unwrap();
            let got = algo::global_efficiency(&f.net, weights).unwrap();
            assert_close(got, expected, &format!("{}: {key}", f.name));
        }
        if !f.net.is_directed() {
            let expected = f.get("global_efficiency_networkx").as_f64().unwrap();
            let got = algo::global_efficiency(&f.net, Weights::Ignore).unwrap();
            assert_close(got, expected, &format!("{}: nx.global_efficiency", f.name));
        }
    }
}

#[test]
fn eigenvector_pagerank_and_katz_match_networkx() {
    for f in all() {
        for (reading, weights) in STRENGTH_READINGS {
            let key = format!("eigenvector_{reading}");
            let options = EigenvectorOptions::default()
                .tolerance(1e-13)
                .max_iterations(100_000);
            let got = algo::eigenvector(&f.net, weights, &options).unwrap();
            assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));

            let key = format!("pagerank_{reading}");
            let options = PageRankOptions::default()
                .damping(0.85)
                .tolerance(1e-14)
                .max_iterations(10_000);
            let got = algo::pagerank(&f.net, weights, &options).unwrap();
            assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));
            assert_close(got.iter().sum(), 1.0, "PageRank sums to 1");

            let alpha = f.get(&format!("katz_{reading}_alpha")).as_f64().unwrap();
            for (scaling, normalization) in [("norm", Scale::Normalized), ("raw", Scale::Raw)] {
                let key = format!("katz_{reading}_{scaling}");
                let options = KatzOptions::default()
                    .alpha(alpha)
                    .beta(1.0)
                    .tolerance(1e-13)
                    .max_iterations(100_000)
                    .scale(normalization);
                let got = algo::katz(&f.net, weights, &options).unwrap();
                assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));
            }
        }
    }
}

#[test]
fn clustering_transitivity_and_density_match_networkx() {
    for f in all() {
        for (reading, weights) in STRENGTH_READINGS {
            let key = format!("clustering_{reading}");
            let got = algo::clustering(&f.net, weights).unwrap();
            assert_all_close(&got, &f.floats(&key), &format!("{}: {key}", f.name));
            let key = format!("average_clustering_{reading}");
            let got = algo::average_clustering(&f.net, weights).unwrap();
            assert_close(
                got,
                f.get(&key).as_f64().unwrap(),
                &format!("{}: {key}", f.name),
            );
        }
        match f.get("transitivity").as_f64() {
            Some(expected) => assert_close(algo::transitivity(&f.net).unwrap(), expected, f.name),
            None => assert!(matches!(
                algo::transitivity(&f.net),
                Err(AlgorithmError::Directed { .. })
            )),
        }
        assert_close(
            algo::density(&f.net),
            f.get("density").as_f64().unwrap(),
            f.name,
        );
    }
}

#[test]
fn core_numbers_match_networkx_and_self_loops_are_refused_as_there() {
    for f in all() {
        let got = algo::core_number(&f.net);
        match f.get("core_number") {
            Value::Null => assert!(
                matches!(got, Err(AlgorithmError::SelfLoop { .. })),
                "{}",
                f.name
            ),
            expected => {
                let got: Vec<f64> = got.unwrap().into_iter().map(|c| c as f64).collect();
                assert_all_close(&got, &floats(expected), f.name);
            }
        }
    }
}

fn node_lists(value: &Value) -> Vec<Vec<usize>> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c.as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as usize)
                .collect()
        })
        .collect()
}

#[test]
fn components_articulation_points_and_bridges_match_networkx() {
    for f in all() {
        assert_eq!(
            algo::connected_components(&f.net),
            node_lists(f.get("components")),
            "{}",
            f.name
        );
        if f.net.is_directed() {
            assert_eq!(
                algo::strongly_connected_components(&f.net),
                node_lists(f.get("strong_components")),
                "{}",
                f.name
            );
            assert!(algo::articulation_points(&f.net).is_err());
            assert!(algo::bridges(&f.net).is_err());
        } else {
            let expected: Vec<usize> = f
                .get("articulation_points")
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as usize)
                .collect();
            assert_eq!(
                algo::articulation_points(&f.net).unwrap(),
                expected,
                "{}",
                f.name
            );
            let expected: Vec<(usize, usize)> = node_lists(f.get("bridges"))
                .into_iter()
                .map(|e| (e[0], e[1]))
                .collect();
            assert_eq!(algo::bridges(&f.net).unwrap(), expected, "{}", f.name);
        }
    }
}

#[test]
fn assortativity_matches_networkx() {
    for f in all() {
        let labels: Vec<&str> = f
            .get("labels")
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        for (reading, weights) in STRENGTH_READINGS {
            let key = format!("assortativity_{reading}");
            let got = algo::attribute_assortativity(&f.net, &labels, weights).unwrap();
            assert_close(
                got,
                f.get(&key).as_f64().unwrap(),
                &format!("{}: {key}", f.name),
            );
        }
    }
}

fn reading(name: &str) -> Weights {
    match name {
        "ignore" => Weights::Ignore,
        "strength" => Weights::AsStrength,
        other => panic!("unknown reading {other}"),
    }
}

#[test]
fn modularity_of_networkx_partitions_matches_networkx() {
    for f in all() {
        for case in f.get("louvain").as_array().unwrap() {
            let partition: Vec<usize> = case["partition"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_u64().unwrap() as usize)
                .collect();
            let resolution = case["resolution"].as_f64().unwrap();
            let weights = reading(case["reading"].as_str().unwrap());
            let got = algo::modularity(&f.net, &partition, resolution, weights).unwrap();
            let what = format!("{}: modularity {case}", f.name);
            assert_close(got, case["modularity"].as_f64().unwrap(), &what);
        }
    }
}

#[test]
fn louvain_reaches_networkx_quality_on_undirected_fixtures() {
    for f in all().into_iter().filter(|f| !f.net.is_directed()) {
        for case in f.get("louvain").as_array().unwrap() {
            let resolution = case["resolution"].as_f64().unwrap();
            let weights = reading(case["reading"].as_str().unwrap());
            let options = LouvainOptions::default().resolution(resolution).seed(1);
            let found = algo::louvain(&f.net, weights, &options).unwrap();
            let what = format!("{}: Louvain {weights} at resolution {resolution}", f.name);
            let recomputed = algo::modularity(&f.net, &found.partition, resolution, weights);
            assert_close(found.modularity, recomputed.unwrap(), &what);
            let networkx = case["modularity"].as_f64().unwrap();
            assert!(
                found.modularity >= networkx - 0.02,
                "{what}: {} well below networkx's {networkx}",
                found.modularity
            );
        }
    }
}

/// How far below networkx's `louvain_communities(seed=42)` our directed Louvain may end
/// (the same slack as for undirected networks). Measured on 2026-11-28, ours over seeds
/// 0-3 against networkx's one value (resolution 1 / 0.5):
///
/// - `gnm_directed_weighted`, unweighted: 0.2740-0.2825 vs 0.2625 / 0.5000 vs 0.5000;
///   as strength: 0.3070-0.3229 vs 0.3081 / 0.5000-0.5200 vs 0.5062;
/// - `gnm_directed_unweighted` (both readings): 0.4867-0.5058 vs 0.5042 / 0.6247 vs
///   0.6247;
/// - `planted_directed_weighted`, unweighted: 0.5260 vs 0.5260 / 0.6510 vs 0.6510; as
///   strength: 0.5232 vs 0.5232 / 0.6304-0.6483 vs 0.6483;
/// - `gnm_directed_dense` (both readings): 0.2866-0.3012 vs 0.2870 / 0.5000 vs 0.5000.
///
/// The largest shortfall is 0.018 (seed 3, twice).
const DIRECTED_LOUVAIN_SLACK: f64 = 0.02;

#[test]
fn louvain_reaches_networkx_quality_on_directed_fixtures() {
    // Directed modularity (Leicht and Newman 2008). `modularity` is checked against
    // networkx's on the same fixtures (above), so the value Louvain reports is checked
    // by recomputing it from its partition.
    for f in all().into_iter().filter(|f| f.net.is_directed()) {
        for case in f.get("louvain").as_array().unwrap() {
            let resolution = case["resolution"].as_f64().unwrap();
            let weights = reading(case["reading"].as_str().unwrap());
            let networkx = case["modularity"].as_f64().unwrap();
            for seed in 0..4 {
                let options = LouvainOptions::default().resolution(resolution).seed(seed);
                let found = algo::louvain(&f.net, weights, &options).unwrap();
                let what = format!(
                    "{}: Louvain {weights} at resolution {resolution}, seed {seed}",
                    f.name
                );
                let recomputed = algo::modularity(&f.net, &found.partition, resolution, weights);
                assert_close(found.modularity, recomputed.unwrap(), &what);
                assert!(
                    found.modularity >= networkx - DIRECTED_LOUVAIN_SLACK,
                    "{what}: {} well below networkx's {networkx}",
                    found.modularity
                );
            }
        }
    }
}

#[test]
fn louvain_on_the_karate_club_reaches_0_41_for_every_seed() {
    let f = load("karate");
    for seed in 0..20 {
        let options = LouvainOptions::default().seed(seed);
        let found = algo::louvain(&f.net, Weights::Ignore, &options).unwrap();
        assert!(
            found.modularity >= 0.41,
            "seed {seed}: {}",
            found.modularity
        );
        assert!(
            (3..=5).contains(&found.count()),
            "seed {seed}: {} communities",
            found.count()
        );
        assert_eq!(
            algo::louvain(&f.net, Weights::Ignore, &options).unwrap(),
            found
        );
        // With more rounds, the optimum (0.4198 is maximal for the unweighted club:
        // Brandes et al. 2008).
        let options = LouvainOptions::default().seed(seed).max_rounds(6);
        let found = algo::louvain(&f.net, Weights::Ignore, &options).unwrap();
        assert!(
            found.modularity > 0.4197,
            "seed {seed}: {}",
            found.modularity
        );
    }
}

#[test]
fn spectral_radius_of_the_karate_club_is_numpys_and_bounds_katz() {
    // numpy 2.1.3, `max(numpy.linalg.eigvalsh(A))` of the fixture's adjacency matrix:
    // every weight 1, then the interaction counts.
    let f = load("karate");
    for (weights, numpy) in [
        (Weights::Ignore, 6.725697727631729),
        (Weights::AsStrength, 21.68756590395421),
    ] {
        let lambda = algo::spectral_radius(&f.net, weights, &Default::default()).unwrap();
        assert!((lambda - numpy).abs() < 1e-6, "{weights}: {lambda}");
        // Katz converges below 1 / λ_max and not above it.
        let katz = |alpha: f64| KatzOptions::default().alpha(alpha);
        assert!(algo::katz(&f.net, weights, &katz(0.9 / lambda)).is_ok());
        assert!(matches!(
            algo::katz(&f.net, weights, &katz(1.1 / lambda)),
            Err(AlgorithmError::NotConverged { .. })
        ));
        // Above the bound the values grow by about 1.1 a step and overflow long before
        // a million steps: the error says after how many it gave up.
        let diverging = katz(1.1 / lambda).max_iterations(1_000_000);
        match algo::katz(&f.net, weights, &diverging) {
            Err(AlgorithmError::NotConverged { iterations, .. }) => {
                assert!((1_000..100_000).contains(&iterations), "{iterations}");
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        algo::spectral_radius(&f.net, Weights::AsDistance, &Default::default()),
        Err(AlgorithmError::DistanceAsStrength {
            algorithm: "spectral radius"
        })
    );
}
