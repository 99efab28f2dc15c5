//! Benchmarks of `peacekeeping-eval`'s multi-criteria methods at the scale issues 5 and 15
//! ask for: TOPSIS, VIKOR, MOORA, ARAS, EDAS, MABAC, MAIRCA, SPOTIS, CODAS, OCRA, MARCOS
//! and CRITIC and MEREC weights
//! on 100,000 alternatives x 20 criteria, at least 10x faster than pymcdm (compared side
//! by side by `benches/peers/run_eval.sh`).
//!
//! The matrix is synthetic load data from [`peacekeeping_benches::topsis_job`], generated
//! identically by the Python peer.
//!
//! The uncertainty analysis of a pipeline (`uncertainty` group) runs the job of
//! [`peacekeeping_benches::uncertainty_job`].
//!
//! Run with `cargo bench -p peacekeeping-benches --bench eval`; add `-- --test` to run each
//! benchmark once as a smoke test.

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use peacekeeping_benches::topsis_job::{ALTERNATIVES, matrix, weights};
use peacekeeping_benches::uncertainty_job;
use peacekeeping_eval::{
    DecisionMatrix, MatrixNormalization, MethodError, MonteCarloOptions, Ranking, aras, codas,
    critic_weights, edas, mabac, mairca, marcos, merec_weights, moora, ocra, rank_distribution,
    spotis, topsis, vikor,
};

/// 200 x 30: the first 6,000 cells of the job's generator, reshaped.
fn matrix_200x30() -> peacekeeping_eval::DecisionMatrix {
    let big = matrix(300).expect("finite synthetic matrix");
    let values = big.values()[..200 * 30].to_vec();
    let types = vec![peacekeeping_eval::Direction::HigherIsBetter; 30];
    peacekeeping_eval::DecisionMatrix::new(200, 30, values, types).expect("finite")
}

fn main() {
    let m = matrix(ALTERNATIVES).expect("finite synthetic matrix");
    let w = weights();
    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    c.bench_function("topsis min-max 100k x 20", |b| {
        b.iter(|| topsis(black_box(&m), black_box(&w), MatrixNormalization::MinMax))
    });
    c.bench_function("topsis vector 100k x 20", |b| {
        b.iter(|| topsis(black_box(&m), black_box(&w), MatrixNormalization::Vector))
    });
    c.bench_function("vikor 100k x 20", |b| {
        b.iter(|| vikor(black_box(&m), black_box(&w), 0.5))
    });
    c.bench_function("critic weights 100k x 20", |b| {
        b.iter(|| critic_weights(black_box(&m)))
    });
    type Method = fn(&DecisionMatrix, &[f64]) -> Result<Ranking, MethodError>;
    let methods: [(&str, Method); 9] = [
        ("moora 100k x 20", moora),
        ("aras 100k x 20", aras),
        ("edas 100k x 20", edas),
        ("mabac 100k x 20", mabac),
        ("mairca 100k x 20", mairca),
        ("spotis 100k x 20", |m, w| spotis(m, w, None)),
        ("codas 100k x 20", |m, w| codas(m, w, 0.02)),
        ("ocra 100k x 20", ocra),
        ("marcos 100k x 20", marcos),
    ];
    for (name, method) in methods {
        c.bench_function(name, |b| b.iter(|| method(black_box(&m), black_box(&w))));
    }
    c.bench_function("merec weights 100k x 20", |b| {
        b.iter(|| merec_weights(black_box(&m)))
    });
    // The shape of issue 5's Monte Carlo budget (200 units x 30 indicators, 10,000
    // replications): TOPSIS under weights drawn uniformly in [0.5, 1.5] x base weight.
    let small = matrix_200x30();
    let base = vec![1.0 / 30.0; 30];
    let nominal = topsis(&small, &base, MatrixNormalization::MinMax)
        .expect("the nominal weights are valid")
        .scores;
    let mut group = c.benchmark_group("monte carlo");
    group.sample_size(10);
    group.bench_function("rank_distribution topsis 200 x 30, 10k replications", |b| {
        b.iter(|| {
            rank_distribution(&nominal, MonteCarloOptions::new(10_000, 7), |draw| {
                let w: Vec<f64> = base.iter().map(|x| x * draw.uniform_in(0.5, 1.5)).collect();
                topsis(&small, &w, MatrixNormalization::MinMax).map(|r| r.scores)
            })
        })
    });
    group.finish();
    // Issue 5's budget for a pipeline: 200 units x 30 indicators, 10,000 replications
    // over weights, normalization and aggregation, under 2 s.
    let fw = uncertainty_job::framework().expect("valid framework");
    let table = uncertainty_job::table().expect("valid table");
    let analysis = uncertainty_job::analysis(&fw, &table);
    let mut group = c.benchmark_group("uncertainty");
    group.sample_size(10);
    group.bench_function("pipeline 200 x 30, 10k replications", |b| {
        b.iter(|| analysis.run(uncertainty_job::REPLICATIONS, black_box(7)))
    });
    group.bench_function("pipeline 200 x 30, sobol 1,000 rows (5,000 runs)", |b| {
        b.iter(|| analysis.sobol(1_000, black_box(7)))
    });
    group.finish();
    c.final_summary();
}
