//! Benchmarks of issue 13's outcome data ("Speed"):
//!
//! > Importing all six files and building the panel takes well under a second; measure it
//! > with criterion and side by side with the tool a researcher would use today (pandas,
//! > and polars [...]) doing the same reads and joins.
//!
//! The files and the job are those of `peacekeeping_benches::outcome_panel` (the six
//! sources, `geo-pko/` being two files, and the IPI mission file the reference dataset
//! takes the UN missions' strengths from), under `$PEACEKEEPING_SHARED_DATA` or
//! `shared/data` beside the repository. If a file is not found, a line says the benches
//! are skipped and the bench exits successfully.
//!
//! Benchmarks (group `outcome_files`), each reading whole files from disk:
//! - one per file, named as in `outcome_panel::FILES` (`fatalities`, `ucdp_battle_deaths`,
//!   `non_un`, `authorized`, `geopko_locations`, `geopko_contributor_sites`,
//!   `radpko_base_years`, `ipi_missions`);
//! - `all`: the eight files, one after the other (`outcome_panel::import_all`).
//!
//! Benchmarks (group `outcome_panel`):
//! - `six_files_and_panel`: the whole job (`outcome_panel::run`): the files imported, the
//!   reference dataset's documents other than `outcomes.json` read, the core records made
//!   and the dataset built, the mission-year panel written as CSV to a `Vec`;
//! - `six_files_and_panel_two_threads`: the same with the files read on two threads
//!   (`outcome_panel::run_on_two_threads`);
//! - `reference_documents`: reading those documents alone (`outcome_panel::base`);
//! - `records_dataset_and_panel`: the job after the imports (records, dataset, panel),
//!   from files and documents read once beforehand;
//! - `panel`: writing the panel alone, from the dataset built once beforehand.
//!
//! Before benchmarking, the job runs once and its panel is compared with the embedded
//! reference dataset's (a warning line if they differ). The pandas and polars peers are in
//! `benches/peers/run_outcomes.sh`.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench outcome_panel`; add `-- --test`
//! to run each benchmark once as a smoke test.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use peacekeeping_benches::outcome_panel::{self, FILES};

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let Some(dir) = outcome_panel::locate() else {
        eprintln!(
            "outcome_panel benches skipped: not all of {} found (set {} to the shared data directory)",
            FILES.map(|(_, f)| f).join(", "),
            peacekeeping_benches::DATA_DIR_VAR
        );
        return;
    };
    let panel = match outcome_panel::run(&dir) {
        Ok(panel) => panel,
        Err(e) => panic!("cannot make the panel from {}: {e}", dir.display()),
    };
    match outcome_panel::check(&panel) {
        Ok(rows) => eprintln!(
            "{}: {rows} mission-years, the reference dataset's panel byte for byte",
            dir.display()
        ),
        Err(warning) => eprintln!("{warning}"),
    }
    let bytes: u64 = FILES
        .iter()
        .map(|(_, f)| std::fs::metadata(dir.join(f)).map_or(0, |m| m.len()))
        .sum();

    let mut group = c.benchmark_group("outcome_files");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    for (index, (name, file)) in FILES.iter().enumerate() {
        let read = |i| match outcome_panel::read_one(&dir, i) {
            Ok(n) => n,
            Err(e) => panic!("cannot import {file}: {e}"),
        };
        eprintln!("{file}: {} records", read(index));
        group.throughput(Throughput::Bytes(
            std::fs::metadata(dir.join(file)).map_or(0, |m| m.len()),
        ));
        group.bench_function(*name, |b| b.iter(|| read(black_box(index))));
    }
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("all", |b| {
        b.iter(|| match outcome_panel::import_all(black_box(&dir)) {
            Ok(files) => files.records(),
            Err(e) => panic!("cannot import the files: {e}"),
        });
    });
    group.finish();

    let files = match outcome_panel::import_all(&dir) {
        Ok(files) => files,
        Err(e) => panic!("cannot import the files: {e}"),
    };
    let base = match outcome_panel::base() {
        Ok(base) => base,
        Err(e) => panic!("the reference documents are not a dataset: {e}"),
    };
    let data = match outcome_panel::dataset(&base, &files) {
        Ok(data) => data,
        Err(e) => panic!("cannot build the dataset: {e}"),
    };

    let mut group = c.benchmark_group("outcome_panel");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(30);
    group.bench_function("six_files_and_panel", |b| {
        b.iter(|| match outcome_panel::run(black_box(&dir)) {
            Ok(csv) => csv.len(),
            Err(e) => panic!("cannot make the panel: {e}"),
        });
    });
    group.bench_function("six_files_and_panel_two_threads", |b| {
        b.iter(
            || match outcome_panel::run_on_two_threads(black_box(&dir)) {
                Ok(csv) => csv.len(),
                Err(e) => panic!("cannot make the panel: {e}"),
            },
        );
    });
    group.bench_function("reference_documents", |b| {
        b.iter(|| match outcome_panel::base() {
            Ok(base) => base.missions().len(),
            Err(e) => panic!("the reference documents are not a dataset: {e}"),
        });
    });
    group.bench_function("records_dataset_and_panel", |b| {
        b.iter(|| {
            let data = match outcome_panel::dataset(black_box(&base), black_box(&files)) {
                Ok(data) => data,
                Err(e) => panic!("cannot build the dataset: {e}"),
            };
            match outcome_panel::panel(&data) {
                Ok(csv) => csv.len(),
                Err(e) => panic!("cannot write the panel: {e}"),
            }
        });
    });
    group.bench_function("panel", |b| {
        b.iter(|| match outcome_panel::panel(black_box(&data)) {
            Ok(csv) => csv.len(),
            Err(e) => panic!("cannot write the panel: {e}"),
        });
    });
    group.finish();
    c.final_summary();
}
