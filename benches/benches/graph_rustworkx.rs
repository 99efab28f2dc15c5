//! `peacekeeping-graph` and rustworkx-core 0.18.1 side by side on the G(n = 5,000,
//! m = 50,000) undirected graph of `benches/graph.rs` (issue 4: use rustworkx-core for
//! what it does well?). For each algorithm, `ours/<name>` and `rustworkx/<name>` do the
//! same work with the same parameters:
//!
//! - betweenness: unweighted, normalized, endpoints excluded;
//! - closeness: unweighted, with the Wasserman-Faust correction (networkx's default);
//! - eigenvector: networkx's power iteration of `A + I`, tolerance 1e-6, at most 100
//!   iterations;
//! - Katz: alpha 0.02 (below `1 / λ_max` ≈ 0.047 here), beta 1, tolerance 1e-6, at most
//!   1,000 iterations, normalized;
//! - core number, articulation points, bridges, connected components, transitivity.
//!
//! The petgraph copy rustworkx-core needs is built once, outside the timed part; the
//! timed rustworkx-core calls include turning its output into our shapes (one value per
//! node, sorted node lists), as `peacekeeping_benches::rustworkx_side` does, since a
//! switch would pay for that too. That both sides give the same results is checked by
//! `tests/rustworkx.rs`, and once more here, on this graph, before timing.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench graph_rustworkx`; add
//! `-- --test` to run each benchmark once as a smoke test (on G(500, 5,000)).

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use peacekeeping_benches::graph_input::{SMALL, gnm_network};
use peacekeeping_benches::rustworkx_side as rx;
use peacekeeping_graph::algo::{
    self, ClosenessScale, EigenvectorOptions, KatzOptions, Scale, Weights,
};

/// Katz's attenuation on this graph: below `1 / λ_max` so that the iteration converges.
const KATZ_ALPHA: f64 = 0.02;

/// Times `ours/<name>`, then `rustworkx/<name>`.
fn pair<A, B>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    mut ours: impl FnMut() -> A,
    mut theirs: impl FnMut() -> B,
) {
    group.bench_function(format!("ours/{name}"), |b| b.iter(&mut ours));
    group.bench_function(format!("rustworkx/{name}"), |b| b.iter(&mut theirs));
}

fn benches(c: &mut Criterion) {
    // `-- --test` (CI's smoke run) times each function once: on a tenth of the graph,
    // since rustworkx-core's betweenness alone takes about 10 s on the full one.
    let (n, m, seed) = if std::env::args().any(|a| a == "--test") {
        (SMALL.0 / 10, SMALL.1 / 10, SMALL.2)
    } else {
        SMALL
    };
    let net = gnm_network(n, m, seed, false).expect("valid graph");
    let g = rx::to_petgraph(&net);
    let eig = EigenvectorOptions::default();
    let katz = KatzOptions::default().alpha(KATZ_ALPHA);
    let ours_eig = algo::eigenvector(&net, Weights::Ignore, &eig).expect("converges");
    let theirs_eig = rx::eigenvector(&g, eig.max_iterations, eig.tolerance).expect("converges");
    let gap = ours_eig
        .iter()
        .zip(&theirs_eig)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    println!("eigenvector on G({n}, {m}): largest difference {gap:.1e}");
    // The same iteration and stopping rule on both sides (2.8e-17 measured).
    assert!(gap <= 1e-12, "eigenvector: rustworkx-core differs by {gap}");
    assert_eq!(
        algo::core_number(&net).expect("no self-loops"),
        rx::core_number(&g)
    );
    assert_eq!(
        algo::connected_components(&net),
        rx::connected_components(&g)
    );

    let mut group = c.benchmark_group("graph_rustworkx");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));

    pair(
        &mut group,
        "betweenness",
        || algo::betweenness(black_box(&net), Weights::Ignore, Scale::Normalized),
        || rx::betweenness(black_box(&g), true),
    );
    pair(
        &mut group,
        "closeness",
        || {
            algo::closeness(
                black_box(&net),
                Weights::Ignore,
                ClosenessScale::WassermanFaust,
            )
        },
        || rx::closeness(black_box(&g), true),
    );
    pair(
        &mut group,
        "eigenvector",
        || algo::eigenvector(black_box(&net), Weights::Ignore, &eig),
        || rx::eigenvector(black_box(&g), eig.max_iterations, eig.tolerance),
    );
    pair(
        &mut group,
        "katz",
        || algo::katz(black_box(&net), Weights::Ignore, &katz),
        || {
            let k = katz;
            rx::katz(
                black_box(&g),
                k.alpha,
                k.beta,
                k.max_iterations,
                k.tolerance,
            )
        },
    );
    pair(
        &mut group,
        "core_number",
        || algo::core_number(black_box(&net)),
        || rx::core_number(black_box(&g)),
    );
    pair(
        &mut group,
        "articulation_points",
        || algo::articulation_points(black_box(&net)),
        || rx::articulation_points(black_box(&g)),
    );
    pair(
        &mut group,
        "bridges",
        || algo::bridges(black_box(&net)),
        || rx::bridges(black_box(&g)),
    );
    pair(
        &mut group,
        "connected_components",
        || algo::connected_components(black_box(&net)),
        || rx::connected_components(black_box(&g)),
    );
    pair(
        &mut group,
        "transitivity",
        || algo::transitivity(black_box(&net)),
        || rx::transitivity(black_box(&g)),
    );
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
}
