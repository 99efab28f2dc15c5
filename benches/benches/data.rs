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
//! Before benchmarking, the file is imported and aggregated once and the December 2013
//! total is checked against `SOURCES.md` (98,200); a warning line is printed if it differs.
//! The pandas peer and the memory measurement are in `benches/peers/run.sh`.
//!
//! Benchmarks (group `files`), each reading a whole file from disk, skipped (with a
//! line saying so) if the file is not found:
//! - `geopko_locations`: `geo-pko/FrontMap_v.2.3.csv` with `geopko::read_locations_file`
//!   (8,783 rows into 7,366 location-years);
//! - `geopko_contributor_sites`: `geo-pko/TCCMap_v.2.3.csv` with
//!   `geopko::read_contributor_sites_file` (4,927 rows, 8,729 contributors parsed);
//! - `radpko_base_years`: `radpko/radpko_bases_cc_y.csv` with
//!   `radpko::read_base_years_file` (2,652 rows of 377 columns);
//! - `ucdp_battle_deaths`: `ucdp-brd-cy/ucdpbrds.csv` with `ucdp::read_battle_deaths_file`
//!   (12,902 rows);
//! - `fatalities`: `un-fatalities/DPPADPOSS-FATALITIES.csv` with
//!   `fatalities::read_fatalities_file` (4,429 rows);
//! - `authorized`: `pko-authorized/personnel_shortfall_mission_month.csv` with
//!   `authorized::read_mission_months_file` (4,833 rows);
//! - `non_un`: `non-un-pko/un_nonun_pko_v2-2019.csv` with `nonun::read_mission_months_file`
//!   (8,100 rows, the UN and Non-UN Peacekeeping Dataset);
//! - `authorized_strengths`: `authorized::to_authorized_strengths` on its records, read
//!   once beforehand.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench data`; add `-- --test` to run each
//! benchmark once as a smoke test.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use peacekeeping_benches::gender_full::{self, aggregate};
use peacekeeping_core::Contribution;
use peacekeeping_data::ipi::read_gender_full_file;
use peacekeeping_data::{Import, authorized, fatalities, geopko, nonun, radpko, ucdp};

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
    let mut c = Criterion::default().configure_from_args();
    gender_full_benches(&mut c);
    file_benches(&mut c);
    c.final_summary();
}

/// The `files` group: each reader of issue 13's files on its real file.
fn file_benches(c: &mut Criterion) {
    /// A reader of a file, giving the number of records it made.
    type Reader = fn(&Path) -> usize;
    fn counted<T>(import: Result<Import<T>, peacekeeping_data::Error>, path: &Path) -> usize {
        match import {
            Ok(import) => import.records.len(),
            Err(e) => panic!("cannot import {}: {e}", path.display()),
        }
    }
    let jobs: [(&str, &str, Reader); 7] = [
        ("geopko_locations", "geo-pko/FrontMap_v.2.3.csv", |p| {
            counted(geopko::read_locations_file(p), p)
        }),
        (
            "geopko_contributor_sites",
            "geo-pko/TCCMap_v.2.3.csv",
            |p| counted(geopko::read_contributor_sites_file(p), p),
        ),
        ("radpko_base_years", "radpko/radpko_bases_cc_y.csv", |p| {
            counted(radpko::read_base_years_file(p), p)
        }),
        ("ucdp_battle_deaths", "ucdp-brd-cy/ucdpbrds.csv", |p| {
            counted(ucdp::read_battle_deaths_file(p), p)
        }),
        (
            "fatalities",
            "un-fatalities/DPPADPOSS-FATALITIES.csv",
            |p| counted(fatalities::read_fatalities_file(p).map(|f| f.import), p),
        ),
        (
            "authorized",
            "pko-authorized/personnel_shortfall_mission_month.csv",
            |p| counted(authorized::read_mission_months_file(p), p),
        ),
        ("non_un", "non-un-pko/un_nonun_pko_v2-2019.csv", |p| {
            counted(nonun::read_mission_months_file(p), p)
        }),
    ];
    let mut group = c.benchmark_group("files");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50);
    for (name, file, read) in jobs {
        let Some(path) = peacekeeping_benches::shared_data_file(file) else {
            eprintln!(
                "{name} skipped: {file} not found (set {} to the shared data directory)",
                peacekeeping_benches::DATA_DIR_VAR
            );
            continue;
        };
        eprintln!("{}: {} records", path.display(), read(&path));
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function(name, |b| b.iter(|| read(black_box(&path))));
    }
    if let Some(path) = peacekeeping_benches::shared_data_file(
        "pko-authorized/personnel_shortfall_mission_month.csv",
    ) {
        let records = match authorized::read_mission_months_file(&path) {
            Ok(import) => import.records,
            Err(e) => panic!("cannot import {}: {e}", path.display()),
        };
        group.throughput(Throughput::Elements(records.len() as u64));
        group.bench_function("authorized_strengths", |b| {
            b.iter(|| authorized::to_authorized_strengths(black_box(&records)).len());
        });
    }
    group.finish();
}

/// The `gender_full` group.
fn gender_full_benches(c: &mut Criterion) {
    let Some(path) = gender_full::locate() else {
        eprintln!(
            "gender_full benches skipped: {} not found (set {} to the shared data directory)",
            gender_full::FILE,
            gender_full::DATA_DIR_VAR
        );
        return;
    };
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
    let imported = checked_import(&path);

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
}
