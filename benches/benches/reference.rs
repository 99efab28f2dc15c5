//! Loading the embedded reference dataset, as the issue asks: "Loading the embedded
//! reference dataset takes under 10 ms."
//!
//! Benchmarks (group `reference`):
//! - `load`: read the embedded JSON documents and validate them into a `Dataset`
//!   (`peacekeeping_data::reference::load`, what the first call of `reference::dataset()`
//!   does);
//! - `dataset_cached`: a later call of `reference::dataset()`, which returns the dataset
//!   read by the first;
//! - `to_json`: write the whole dataset back as JSON, for scale.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench reference`; add `-- --test` to
//! run each benchmark once as a smoke test.

use std::hint::black_box;

use criterion::Criterion;
use peacekeeping_data::reference;

fn benches(c: &mut Criterion) {
    let data = match reference::load() {
        Ok(data) => data,
        Err(e) => panic!("the embedded reference dataset does not load: {e}"),
    };
    let bytes: usize = reference::DOCUMENTS
        .iter()
        .map(|(_, text)| text.len())
        .sum();
    println!(
        "reference dataset: {} documents, {bytes} bytes of JSON; {} actors, {} memberships, {} missions, {} contributions",
        reference::DOCUMENTS.len(),
        data.actors().len(),
        data.memberships().len(),
        data.missions().len(),
        data.contributions().len(),
    );

    let mut group = c.benchmark_group("reference");
    group.bench_function("load", |b| b.iter(|| black_box(reference::load())));
    group.bench_function("dataset_cached", |b| {
        b.iter(|| black_box(reference::dataset().actors().len()))
    });
    group.bench_function("to_json", |b| b.iter(|| black_box(data.to_json())));
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
