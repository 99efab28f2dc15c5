//! The toolkit end to end on the embedded reference dataset (no file needed, so these run
//! wherever the benches do): the steps of the newcomer's program of the facade's tests
//! (`crates/peacekeeping/tests/suite/newcomer.rs`), each timed alone.
//!
//! Benchmarks (group `end_to_end`):
//! - `partnership_graph_2013`: the whole partnership graph as of 31 December 2013
//!   (`PartnershipGraph::as_of`: memberships, partnerships, deployments, exercises);
//! - `co_deployment_2013`: the co-deployment network of that day (122 contributors,
//!   5,159 ties), shared missions as weights;
//! - `betweenness_2013`, `louvain_2013`: its brokers (unweighted, normalized) and its
//!   communities (weights as strengths, seed 0);
//! - `evidence_2024`: the indicators of the partnerships begun by 31 December 2024
//!   computed from the dataset's records (`Evidence::from_dataset`);
//! - `score_2024`: the same, fused into the built-in framework's table and scored by the
//!   default pipeline;
//! - `uncertainty_2024_1000`: their ranks over 1,000 Monte Carlo runs (weights moved by up
//!   to 25%, the index an arithmetic or a geometric mean).
//!
//! The scoring job is the tests' and the tour's own:
//! `peacekeeping_eval::builtin::PartnershipScorecard`.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench end_to_end`; add `-- --test` to
//! run each benchmark once as a smoke test.

use std::hint::black_box;

use criterion::Criterion;
use peacekeeping_core::{Date, Period};
use peacekeeping_data::reference;
use peacekeeping_eval::Evidence;
use peacekeeping_eval::builtin::PartnershipScorecard;
use peacekeeping_graph::algo::{self, LouvainOptions, Scale};
use peacekeeping_graph::{CoDeploymentWeight, PartnershipGraph, Weights, co_deployment};

fn date(year: i32, month: u32, day: u32) -> Date {
    match Date::new(year, month, day) {
        Ok(d) => d,
        Err(e) => panic!("{year}-{month}-{day}: {e}"),
    }
}

fn benches(c: &mut Criterion) {
    let data = reference::dataset();
    let on = date(2013, 12, 31);
    let day = Period::day(on);
    let net = match co_deployment(data, day, CoDeploymentWeight::SharedMissions) {
        Ok(net) => net,
        Err(e) => panic!("co-deployment of {on}: {e}"),
    };
    let as_of = date(2024, 12, 31);
    let job = match PartnershipScorecard::new(data, as_of) {
        Ok(job) => job,
        Err(e) => panic!("the indicators as of {as_of}: {e}"),
    };
    let uncertainty = job.uncertainty();
    println!(
        "co-deployment {on}: {} nodes, {} edges; {} partnerships scored as of {as_of}",
        net.node_count(),
        net.edge_count(),
        job.report.units.len()
    );

    let mut group = c.benchmark_group("end_to_end");
    group.bench_function("partnership_graph_2013", |b| {
        b.iter(|| black_box(PartnershipGraph::as_of(data, on)))
    });
    group.bench_function("co_deployment_2013", |b| {
        b.iter(|| black_box(co_deployment(data, day, CoDeploymentWeight::SharedMissions)))
    });
    group.bench_function("betweenness_2013", |b| {
        b.iter(|| {
            black_box(algo::betweenness(
                net.network(),
                Weights::Ignore,
                Scale::Normalized,
            ))
        })
    });
    let louvain = LouvainOptions::default();
    group.bench_function("louvain_2013", |b| {
        b.iter(|| black_box(algo::louvain(net.network(), Weights::AsStrength, &louvain)))
    });
    group.bench_function("evidence_2024", |b| {
        b.iter(|| black_box(Evidence::from_dataset(data, as_of)))
    });
    group.bench_function("score_2024", |b| {
        b.iter(|| black_box(PartnershipScorecard::new(data, as_of).map(|job| job.scores())))
    });
    group.bench_function("uncertainty_2024_1000", |b| {
        b.iter(|| black_box(uncertainty.run(1000, 2024)))
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
