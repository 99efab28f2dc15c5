//! Benchmarks of `peacekeeping-data`'s importers on the real IPI file, as the issue asks:
//!
//! > A criterion bench for importing `Gender.Full.csv` and aggregating personnel by
//! > contributor and month. [...] goal: at least 5x faster than pandas on the same
//! > machine [...]. Memory: the import peaks under 10x the file's size.
//!
//! The file is `ipi-tcc/Gender.Full.csv` under `$PEACEKEEPING_SHARED_DATA`, or under
//! `shared/data` beside the repository (see `SOURCES.md` there). If it is not found, a
//! line says the data benches are skipped and the bench exits successfully.
//!
//! Benchmarks (group `gender_full`):
//! - `import`: read the whole file from disk into an `Import<Contribution>`;
//! - `import_and_aggregate`: the same, then total personnel by (contributor, month);
//! - `aggregate`: the totals alone, on records imported once beforehand.
//!
//! Benchmarks (group `outcome_files`), each reading a whole file of the shared data
//! directory (skipped, with a line saying so, when the file is absent):
//! - `fatalities`: `un-fatalities/DPPADPOSS-FATALITIES.csv` with
//!   `fatalities::read_fatalities_file` (4,429 rows, about 0.5 MB);
//! - `authorized`: `pko-authorized/personnel_shortfall_mission_month.csv` with
//!   `authorized::read_mission_months_file` (4,833 rows, about 0.9 MB);
//! - `authorized_strengths`: `authorized::to_authorized_strengths` on its records, read
//!   once beforehand.
//!
//! Before benchmarking, the file is imported and aggregated once and the December 2013
//! total is checked against `SOURCES.md` (98,200); a warning line is printed if it differs.
//! The pandas peer and the memory measurement are in `benches/peers/run.sh`.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench data`; add `-- --test` to run each
//! benchmark once as a smoke test.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use peacekeeping_benches::gender_full::{self, aggregate};
use peacekeeping_core::Contribution;
use peacekeeping_data::Import;
use peacekeeping_data::ipi::read_gender_full_file;
use peacekeeping_data::{authorized, fatalities};

fn import(path: &Path) -> Import<Contribution> {
    match read_gender_full_file(path, None) {
        Ok(import) => import,
        Err(e) => panic!("cannot import {}: {e}", path.display()),
    }
}

/// Imports and aggregates once, printing what was read and the check of the 2013-12 total.
fn checked_import(path: &Path) -> Import<Contribution> {
    let imported = import(path);
    let totals = aggregate(&imported.records);
    eprintln!(
        "{}: {} records, {} rows skipped, {} (contributor, month) totals",
        path.display(),
        imported.records.len(),
        imported.skipped.len(),
        totals.len()
    );
    match gender_full::check(&totals) {
        Ok(total) => eprintln!(
            "check: {}-{:02} totals {total}, as SOURCES.md says",
            gender_full::CHECK.0.0,
            gender_full::CHECK.0.1
        ),
        Err(warning) => eprintln!("{warning}"),
    }
    if !imported.is_complete() {
        eprintln!(
            "WARNING: the import skipped rows; the first: {}",
            imported.skipped[0]
        );
    }
    drop(totals);
    imported
}

fn main() {
    let Some(path) = gender_full::locate() else {
        eprintln!(
            "data benches skipped: {} not found (set {} to the shared data directory)",
            gender_full::FILE,
            gender_full::DATA_DIR_VAR
        );
        return;
    };
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
    let imported = checked_import(&path);

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("gender_full");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(bytes))
        .sample_size(50);
    group.bench_function("import", |b| {
        b.iter(|| import(black_box(&path)));
    });
    group.bench_function("import_and_aggregate", |b| {
        b.iter(|| {
            let imported = import(black_box(&path));
            aggregate(&imported.records).len()
        });
    });
    group
        .sample_size(100)
        .throughput(Throughput::Elements(imported.records.len() as u64));
    group.bench_function("aggregate", |b| {
        b.iter(|| aggregate(black_box(&imported.records)).len());
    });
    group.finish();

    // The shared data directory is two levels above `ipi-tcc/Gender.Full.csv`.
    if let Some(dir) = path.parent().and_then(Path::parent) {
        outcome_files(&mut c, dir);
    }
    c.final_summary();
}

/// The readers of the outcome files of issue 13, one benchmark per file found.
fn outcome_files(c: &mut Criterion, dir: &Path) {
    let mut group = c.benchmark_group("outcome_files");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50);
    let fatalities = dir.join("un-fatalities/DPPADPOSS-FATALITIES.csv");
    if fatalities.is_file() {
        let read = || match fatalities::read_fatalities_file(&fatalities) {
            Ok(file) => file,
            Err(e) => panic!("cannot import {}: {e}", fatalities.display()),
        };
        eprintln!("{}: {}", fatalities.display(), read().import.summary());
        group.throughput(Throughput::Bytes(
            std::fs::metadata(&fatalities).map_or(0, |m| m.len()),
        ));
        group.bench_function("fatalities", |b| b.iter(|| read().import.records.len()));
    } else {
        eprintln!(
            "fatalities bench skipped: {} not found",
            fatalities.display()
        );
    }
    let months = dir.join("pko-authorized/personnel_shortfall_mission_month.csv");
    if months.is_file() {
        let read = || match authorized::read_mission_months_file(&months) {
            Ok(import) => import,
            Err(e) => panic!("cannot import {}: {e}", months.display()),
        };
        let records = read();
        eprintln!("{}: {}", months.display(), records.summary());
        group.throughput(Throughput::Bytes(
            std::fs::metadata(&months).map_or(0, |m| m.len()),
        ));
        group.bench_function("authorized", |b| b.iter(|| read().records.len()));
        group.throughput(Throughput::Elements(records.records.len() as u64));
        group.bench_function("authorized_strengths", |b| {
            b.iter(|| authorized::to_authorized_strengths(black_box(&records.records)).len());
        });
    } else {
        eprintln!("authorized benches skipped: {} not found", months.display());
    }
    group.finish();
}
