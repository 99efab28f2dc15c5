//! Benchmarks of `peacekeeping-graph` over time, on the real IPI file (issue 4):
//!
//! - `ipi_yearly_betweenness`: every yearly co-deployment snapshot of the IPI series with
//!   the betweenness of every contributor, as a tidy table (actor, date, value). The file
//!   covers 2009-11-30 to 2014-02-28, so the snapshots are on 31 December 2009 to 2013
//!   and on 2014-02-28, the file's last month (6 dates). Each is
//!   `co_deployment(data, Period::day(date), SharedMissions)` with
//!   `algo::betweenness(.., Weights::Ignore, Scale::Normalized)` (unweighted, normalized, as the
//!   example `co_deployment_2013` prints), through `SnapshotSeries::metric_table`;
//! - `ipi_co_deployment_2013` and `ipi_betweenness_2013`: the two parts of one snapshot,
//!   on 2013-12-31 (122 contributors, 5,159 ties);
//! - `ipi_file_to_yearly_betweenness`: the same from the file on disk: import
//!   `Gender.Full.csv`, build the dataset (the reference dataset with the file's
//!   contributions, `peacekeeping_testkit::ipi_dataset`), then the table;
//! - `monthly_series_52`: `SnapshotSeries::new` over the file's 52 month ends (every
//!   snapshot rebuilt from the records), against `monthly_series_52_clone`, a clone of
//!   the same 52 snapshots: what any method that hands back the snapshots (a sweep that
//!   adds and removes records as the date advances included) must at least spend
//!   building them.
//!
//! The file is `ipi-tcc/Gender.Full.csv` under `$PEACEKEEPING_SHARED_DATA`, or under
//! `shared/data` beside the repository. If it is not found, a line says these benches
//! are skipped and the bench exits successfully.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench graph_series`; add `-- --test`
//! to run each benchmark once as a smoke test.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::Criterion;
use peacekeeping_benches::gender_full;
use peacekeeping_core::{Dataset, Date, Period};
use peacekeeping_graph::{
    CoDeploymentWeight, GraphError, MetricTable, Scale, SnapshotSeries, Step, Weights, algo,
    co_deployment, series_dates,
};

/// 31 December of each year the file covers, then its last month.
fn yearly_dates(months: &[Date]) -> Vec<Date> {
    let (Some(&first), Some(&last)) = (months.first(), months.last()) else {
        panic!("the IPI file has no month");
    };
    let first_december = first.last_of_year();
    let mut dates = series_dates(first_december, last, Step::Yearly)
        .expect("the file's last month is after its first December");
    if dates.last() != Some(&last) {
        dates.push(last);
    }
    dates
}

/// The betweenness of every contributor in the co-deployment network on each date.
fn yearly_betweenness(data: &Dataset, dates: &[Date]) -> Result<MetricTable, GraphError> {
    SnapshotSeries::on_dates(data, dates.iter().copied()).metric_table(|date, _| {
        let net = co_deployment(data, Period::day(date), CoDeploymentWeight::SharedMissions)?;
        let scores = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
        Ok::<_, GraphError>(net.per_actor(&scores))
    })
}

fn from_file(path: &Path) -> MetricTable {
    let ipi = peacekeeping_testkit::ipi_dataset(path).expect("the IPI file imports");
    let dates = yearly_dates(&ipi.months);
    yearly_betweenness(&ipi.data, &dates).expect("finite betweenness")
}

fn main() {
    let Some(path) = gender_full::locate() else {
        eprintln!(
            "graph series benches skipped: {} not found (set {} to the shared data directory)",
            peacekeeping_testkit::GENDER_FULL,
            gender_full::DATA_DIR_VAR
        );
        return;
    };
    let ipi = peacekeeping_testkit::ipi_dataset(&path).expect("the IPI file imports");
    let dates = yearly_dates(&ipi.months);
    let table = yearly_betweenness(&ipi.data, &dates).expect("finite betweenness");
    eprintln!(
        "{}: {} records ({} left out, {} closing reports); snapshots on {}; {} rows",
        path.display(),
        ipi.imported,
        ipi.merge.left_out.len(),
        ipi.merge.closing.len(),
        dates
            .iter()
            .map(Date::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        table.rows().len()
    );
    let (first, last) = (ipi.months[0], ipi.months[ipi.months.len() - 1]);

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("graph_series");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("ipi_yearly_betweenness", |b| {
        b.iter(|| yearly_betweenness(black_box(&ipi.data), black_box(&dates)));
    });
    // The two parts of one snapshot, on 2013-12-31.
    let december_2013 = Period::day(Date::new(2013, 12, 31).expect("valid date"));
    group.bench_function("ipi_co_deployment_2013", |b| {
        b.iter(|| {
            co_deployment(
                black_box(&ipi.data),
                december_2013,
                CoDeploymentWeight::SharedMissions,
            )
        });
    });
    let net = co_deployment(&ipi.data, december_2013, CoDeploymentWeight::SharedMissions)
        .expect("a network");
    group.bench_function("ipi_betweenness_2013", |b| {
        b.iter(|| algo::betweenness(black_box(net.network()), Weights::Ignore, Scale::Normalized));
    });
    group.bench_function("ipi_file_to_yearly_betweenness", |b| {
        b.iter(|| from_file(black_box(&path)));
    });
    group.bench_function("monthly_series_52", |b| {
        b.iter(|| SnapshotSeries::new(black_box(&ipi.data), first, last, Step::Monthly));
    });
    let series =
        SnapshotSeries::new(&ipi.data, first, last, Step::Monthly).expect("end after start");
    group.bench_function("monthly_series_52_clone", |b| {
        b.iter(|| black_box(&series).clone());
    });
    group.finish();
    criterion.final_summary();
}
