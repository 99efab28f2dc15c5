//! The full composite-indicator pipeline of `peacekeeping-eval` on the COINr ASEM data
//! (`../shared/data/coinr-asem/`: 51 countries x 49 indicators), against issue 5's goal
//! "under 5 ms".
//!
//! Benchmarks (group `eval_pipeline`):
//! - `asem_full`: denomination, group-mean imputation, COINr's outlier treatment, min-max
//!   normalization and arithmetic aggregation over the 4-level tree (framework and table
//!   already loaded);
//! - `asem_read_meta`, `asem_read_data`: reading `ASEM_iMeta.csv` into a framework and
//!   `ASEM_iData.csv` into a table, from memory;
//! - `asem_load_and_full`: both reads and the full pipeline.
//!
//! Skipped, with a printed line, when `../shared/data` is absent (set
//! `PEACEKEEPING_SHARED_DATA` to point elsewhere). Run with
//! `cargo bench -p peacekeeping-benches --bench eval_pipeline`; add `-- --test` to run each
//! benchmark once as a smoke test.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::Criterion;
use peacekeeping_eval::{CoinrMeta, Imputation, IndicatorTable, OutlierTreatment, Pipeline};

fn pipeline(denominators: &std::collections::BTreeMap<String, String>) -> Pipeline {
    let mut p = Pipeline::new()
        .imputation(Imputation::GroupMean {
            group: "EurAsia_group".into(),
        })
        .outliers(OutlierTreatment::coinr());
    for (indicator, by) in denominators {
        p = p.denominate(indicator.clone(), by.clone());
    }
    p
}

fn main() {
    let dir = std::env::var_os("PEACEKEEPING_SHARED_DATA").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data")),
        PathBuf::from,
    );
    let (Ok(meta), Ok(data)) = (
        std::fs::read(dir.join("coinr-asem/ASEM_iMeta.csv")),
        std::fs::read(dir.join("coinr-asem/ASEM_iData.csv")),
    ) else {
        println!(
            "eval_pipeline: skipped, ASEM data not found under {}",
            dir.display()
        );
        return;
    };
    let coinr = CoinrMeta::read_csv(&meta[..]).expect("ASEM_iMeta.csv is a valid framework");
    let table = IndicatorTable::read_csv(&data[..], "uCode").expect("ASEM_iData.csv reads");
    let p = pipeline(&coinr.denominators);
    let scores = p.run(&coinr.framework, &table).expect("the pipeline runs");
    println!(
        "eval_pipeline: ASEM {} units x {} indicators, {} aggregates",
        scores.units().len(),
        coinr.framework.indicators().len(),
        coinr.framework.aggregates().len()
    );
    let mut c = Criterion::default()
        .sample_size(100)
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut group = c.benchmark_group("eval_pipeline");
    group.bench_function("asem_full", |b| {
        b.iter(|| p.run(black_box(&coinr.framework), black_box(&table)))
    });
    group.bench_function("asem_read_meta", |b| {
        b.iter(|| CoinrMeta::read_csv(black_box(&meta[..])))
    });
    group.bench_function("asem_read_data", |b| {
        b.iter(|| IndicatorTable::read_csv(black_box(&data[..]), "uCode"))
    });
    group.bench_function("asem_load_and_full", |b| {
        b.iter(|| {
            let coinr = CoinrMeta::read_csv(black_box(&meta[..])).expect("valid");
            let table = IndicatorTable::read_csv(black_box(&data[..]), "uCode").expect("reads");
            pipeline(&coinr.denominators).run(&coinr.framework, &table)
        })
    });
    group.finish();
    c.final_summary();
}
