//! Benchmarks of `peacekeeping-graph`'s network algorithms at the sizes of issue 4 §5:
//!
//! - betweenness (Brandes, both cores) on a G(n = 5,000, m = 50,000) random graph,
//!   unweighted and with weights read as strengths;
//! - PageRank on a 100,000-node / 1,000,000-edge directed random graph, at networkx's
//!   default tolerance and at a tight one (`1e-15`, an L1 error below `1e-10`);
//! - Louvain (with Leiden's refinement) on the G(5,000, 50,000) graph;
//! - building the 100,000 / 1,000,000 network from an edge list, and the heap it holds
//!   (printed once, measured with `stats_alloc`).
//!
//! The graphs are generated from a seed by `peacekeeping_benches::graph_input`, exactly
//! as `peers/graph_peers.py` generates them for networkx and igraph.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench graph`; add `-- --test` to run
//! each benchmark once as a smoke test.

use std::alloc::System;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode};
use peacekeeping_benches::graph_input::{LARGE, SMALL, gnm_edges, gnm_network};
use peacekeeping_graph::algo::{self, LouvainOptions, PageRankOptions, Scale};
use peacekeeping_graph::{Network, Weights};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The memory budget of issue 4 for a 100k / 1M graph.
const BUDGET_MB: f64 = 300.0;

fn print_memory(edges: &[(usize, usize)]) {
    let region = Region::new(GLOBAL);
    let net = Network::directed(LARGE.0, edges.iter().map(|&(a, b)| (a, b, 1.0)));
    let held = region.change();
    let held_mb = (held.bytes_allocated as f64 - held.bytes_deallocated as f64) / 1e6;
    let peak_extra_mb = held.bytes_allocated as f64 / 1e6;
    black_box(&net);
    println!(
        "memory: a directed Network of {} nodes / {} edges holds {held_mb:.1} MB of heap \
         (allocated while building: {peak_extra_mb:.1} MB in total)",
        LARGE.0, LARGE.1
    );
    if held_mb > BUDGET_MB {
        println!("WARNING: above the {BUDGET_MB} MB budget");
    }
}

fn benches(c: &mut Criterion) {
    let small = gnm_network(SMALL.0, SMALL.1, SMALL.2, false).expect("valid graph");
    let large_edges = gnm_edges(LARGE.0, LARGE.1, LARGE.2, true);
    print_memory(&large_edges);
    let large = Network::directed(LARGE.0, large_edges.iter().map(|&(a, b)| (a, b, 1.0)))
        .expect("valid graph");

    let mut group = c.benchmark_group("graph");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("betweenness_unweighted_g5000_m50000", |b| {
        b.iter(|| algo::betweenness(black_box(&small), Weights::Ignore, Scale::Normalized));
    });
    group.bench_function("betweenness_strength_g5000_m50000", |b| {
        b.iter(|| algo::betweenness(black_box(&small), Weights::AsStrength, Scale::Normalized));
    });
    group.measurement_time(Duration::from_secs(10));
    let loose = PageRankOptions::default();
    group.bench_function("pagerank_tol1e-6_n100k_m1M", |b| {
        b.iter(|| algo::pagerank(black_box(&large), Weights::Ignore, &loose));
    });
    let tight = PageRankOptions::default()
        .tolerance(1e-15)
        .max_iterations(1000);
    group.bench_function("pagerank_tol1e-15_n100k_m1M", |b| {
        b.iter(|| algo::pagerank(black_box(&large), Weights::Ignore, &tight));
    });
    group.bench_function("louvain_g5000_m50000", |b| {
        b.iter(|| {
            algo::louvain(
                black_box(&small),
                Weights::Ignore,
                &LouvainOptions::default(),
            )
        });
    });
    group.bench_function("build_directed_network_n100k_m1M", |b| {
        b.iter(|| {
            Network::directed(
                LARGE.0,
                black_box(&large_edges).iter().map(|&(a, b)| (a, b, 1.0)),
            )
        });
    });
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
}
