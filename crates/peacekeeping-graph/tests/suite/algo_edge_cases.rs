//! The network algorithms on empty, edgeless, zero-weight and larger random networks:
//! no NaN, the documented errors, and results that do not depend on the thread count.

use peacekeeping_graph::algo::{self, ClosenessScale, LouvainOptions, PageRankOptions, Scale};
use peacekeeping_graph::{AlgorithmError, Network, Weights};

/// A seeded G(n, m) network (xorshift; self-loops skipped, repeated pairs merged).
fn random_network(n: usize, m: usize, seed: u64, directed: bool) -> Network {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let edges: Vec<(usize, usize, f64)> = (0..m)
        .map(|_| {
            let a = (next() % n as u64) as usize;
            let b = (next() % n as u64) as usize;
            (a, b, 1.0 + (next() % 5) as f64)
        })
        .filter(|(a, b, _)| a != b)
        .collect();
    if directed {
        Network::directed(n, edges).unwrap()
    } else {
        Network::undirected(n, edges).unwrap()
    }
}

fn no_nan(values: &[f64], what: &str) {
    assert!(values.iter().all(|v| v.is_finite()), "{what}: {values:?}");
}

#[test]
fn an_empty_network_gives_empty_results_and_no_nan() {
    let net = Network::undirected(0, []).unwrap();
    assert!(algo::betweenness(&net, Weights::Ignore, Scale::Normalized).is_empty());
    assert!(algo::closeness(&net, Weights::Ignore, ClosenessScale::WassermanFaust).is_empty());
    assert!(
        algo::pagerank(&net, Weights::Ignore, &Default::default())
            .unwrap()
            .is_empty()
    );
    assert!(
        algo::eigenvector(&net, Weights::Ignore, &Default::default())
            .unwrap()
            .is_empty()
    );
    assert!(
        algo::katz(&net, Weights::Ignore, &Default::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(algo::density(&net), 0.0);
    assert_eq!(algo::global_efficiency(&net, Weights::Ignore).unwrap(), 0.0);
    assert!(algo::connected_components(&net).is_empty());
    assert!(matches!(
        algo::average_clustering(&net, Weights::Ignore),
        Err(AlgorithmError::Undefined { .. })
    ));
    assert!(matches!(
        algo::louvain(&net, Weights::Ignore, &LouvainOptions::default()),
        Err(AlgorithmError::Undefined { .. })
    ));
}

#[test]
fn isolated_nodes_score_zero_not_nan() {
    let net = Network::undirected(5, [(0, 1, 1.0), (1, 2, 1.0)]).unwrap();
    for weights in [Weights::Ignore, Weights::AsDistance, Weights::AsStrength] {
        for normalization in [Scale::Normalized, Scale::Raw] {
            let b = algo::betweenness(&net, weights, normalization);
            no_nan(&b, "betweenness");
            assert_eq!(b[4], 0.0);
        }
        let c = algo::closeness(&net, weights, ClosenessScale::WassermanFaust);
        no_nan(&c, "closeness");
        assert_eq!(c[3], 0.0);
    }
    let c = algo::clustering(&net, Weights::AsStrength).unwrap();
    assert_eq!(c, [0.0; 5]);
    let pr = algo::pagerank(&net, Weights::Ignore, &PageRankOptions::default()).unwrap();
    no_nan(&pr, "pagerank");
    assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    assert_eq!(algo::connected_components(&net).len(), 3);
}

#[test]
fn zero_weight_edges_are_uncrossable_as_strengths_and_free_as_distances() {
    let net = Network::undirected(3, [(0, 1, 0.0), (1, 2, 1.0)]).unwrap();
    assert_eq!(
        algo::shortest_path(&net, 0, 2, Weights::AsStrength).unwrap(),
        None
    );
    let free = algo::shortest_path(&net, 0, 2, Weights::AsDistance)
        .unwrap()
        .unwrap();
    assert_eq!((free.nodes, free.length), (vec![0, 1, 2], 1.0));
    assert!(matches!(
        algo::global_efficiency(&net, Weights::AsDistance),
        Err(AlgorithmError::Undefined { .. })
    ));
    // All weights zero: weighted clustering is zero, modularity is undefined.
    let zero = Network::undirected(3, [(0, 1, 0.0), (1, 2, 0.0), (0, 2, 0.0)]).unwrap();
    assert_eq!(
        algo::clustering(&zero, Weights::AsStrength).unwrap(),
        [0.0; 3]
    );
    assert_eq!(algo::clustering(&zero, Weights::Ignore).unwrap(), [1.0; 3]);
    assert!(algo::modularity(&zero, &[0, 0, 1], 1.0, Weights::AsStrength).is_err());
    let pr = algo::pagerank(&zero, Weights::AsStrength, &PageRankOptions::default()).unwrap();
    assert!(pr.iter().all(|p| (p - 1.0 / 3.0).abs() < 1e-12));
}

#[test]
fn strength_measures_refuse_distances_and_bad_inputs_are_named() {
    let net = Network::undirected(3, [(0, 1, 2.0), (1, 2, 1.0)]).unwrap();
    let d = Weights::AsDistance;
    assert!(matches!(
        algo::pagerank(&net, d, &Default::default()),
        Err(AlgorithmError::DistanceAsStrength {
            algorithm: "PageRank"
        })
    ));
    assert!(algo::eigenvector(&net, d, &Default::default()).is_err());
    assert!(algo::katz(&net, d, &Default::default()).is_err());
    assert!(algo::clustering(&net, d).is_err());
    assert!(algo::modularity(&net, &[0, 0, 1], 1.0, d).is_err());
    assert!(algo::louvain(&net, d, &Default::default()).is_err());
    assert!(algo::attribute_assortativity(&net, &[1, 1, 2], d).is_err());

    let err = algo::shortest_path(&net, 0, 3, Weights::Ignore).unwrap_err();
    assert_eq!(
        err.to_string(),
        "node 3 is out of range: the network has 3 nodes"
    );
    let err = algo::modularity(&net, &[0, 0], 1.0, Weights::Ignore).unwrap_err();
    assert_eq!(
        err.to_string(),
        "partition has 2 entries, the network has 3 nodes"
    );
    let options = PageRankOptions::default().damping(1.5);
    assert!(matches!(
        algo::pagerank(&net, Weights::Ignore, &options),
        Err(AlgorithmError::InvalidParameter {
            parameter: "damping",
            ..
        })
    ));
    let options = PageRankOptions::default().max_iterations(1);
    assert!(matches!(
        algo::pagerank(&net, Weights::Ignore, &options),
        Err(AlgorithmError::NotConverged { iterations: 1, .. })
    ));
    // One label everywhere: assortativity divides by zero in networkx.
    assert!(matches!(
        algo::attribute_assortativity(&net, &["a", "a", "a"], Weights::Ignore),
        Err(AlgorithmError::Undefined { .. })
    ));
    // Directed Louvain on one edge: joining the two nodes gains nothing (Q = 0 either
    // way: 1 - 1·1/1 together, 0 - 0 apart), so they stay apart.
    let directed = Network::directed(2, [(0, 1, 1.0)]).unwrap();
    let found = algo::louvain(&directed, Weights::Ignore, &Default::default()).unwrap();
    assert_eq!(found.partition, [0, 1]);
    assert_eq!(found.modularity, 0.0);
}

#[test]
fn parallel_results_do_not_depend_on_the_number_of_threads() {
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let three = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .unwrap();
    for directed in [false, true] {
        let net = random_network(300, 1500, 11, directed);
        for weights in [Weights::Ignore, Weights::AsDistance, Weights::AsStrength] {
            let a = one.install(|| algo::betweenness(&net, weights, Scale::Normalized));
            let b = three.install(|| algo::betweenness(&net, weights, Scale::Normalized));
            assert_eq!(a, b, "betweenness {weights}, directed {directed}");
            let a = one.install(|| algo::global_efficiency(&net, weights).unwrap());
            let b = three.install(|| algo::global_efficiency(&net, weights).unwrap());
            assert_eq!(a.to_bits(), b.to_bits());
        }
        let options = PageRankOptions::default();
        let a = one.install(|| algo::pagerank(&net, Weights::AsStrength, &options).unwrap());
        let b = three.install(|| algo::pagerank(&net, Weights::AsStrength, &options).unwrap());
        assert_eq!(a, b);
    }
}

#[test]
fn louvain_is_deterministic_for_a_seed_and_finds_planted_groups() {
    // Four cliques of 10 joined in a ring by single edges.
    let mut edges = Vec::new();
    for g in 0..4 {
        for a in 0..10 {
            for b in a + 1..10 {
                edges.push((g * 10 + a, g * 10 + b, 1.0));
            }
        }
        edges.push((g * 10, ((g + 1) % 4) * 10 + 5, 1.0));
    }
    let net = Network::undirected(40, edges).unwrap();
    for seed in 0..5 {
        let options = LouvainOptions::default().seed(seed);
        let found = algo::louvain(&net, Weights::Ignore, &options).unwrap();
        assert_eq!(found.count(), 4, "seed {seed}");
        let expected: Vec<usize> = (0..40).map(|v| v / 10).collect();
        assert_eq!(found.partition, expected, "seed {seed}");
        assert_eq!(
            found,
            algo::louvain(&net, Weights::Ignore, &options).unwrap()
        );
    }
    let big = random_network(500, 3000, 5, false);
    let options = LouvainOptions::default().seed(9);
    let a = algo::louvain(&big, Weights::AsStrength, &options).unwrap();
    let b = algo::louvain(&big, Weights::AsStrength, &options).unwrap();
    assert_eq!(a, b);
    no_nan(&[a.modularity], "modularity");
}
