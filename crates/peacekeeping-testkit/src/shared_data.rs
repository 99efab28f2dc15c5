//! The real data files of `../shared/data`, as tests, examples and benches find them.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::{Path, PathBuf};

use peacekeeping_core::{Dataset, Date};
use peacekeeping_data::reference::{self, ContributionMerge};
use peacekeeping_data::{Import, ipi};

/// Checks the invariant of every import: each data row read is imported, merged or
/// skipped (files skipped whole are counted apart).
///
/// # Panics
///
/// If the counts do not add up: the calling test fails.
#[track_caller]
pub fn assert_balanced<T>(import: &Import<T>) {
    let s = import.summary();
    assert_eq!(s.read, s.imported + s.merged + s.skipped, "{s}");
}

/// The shared data directory (SOURCES.md: `../shared/data` from the project root):
/// `$PEACEKEEPING_SHARED_DATA`, or else `../shared/data` next to the workspace.
///
/// `None` (after printing that `test` is skipped) if it is absent, so that `cargo test`
/// passes on a machine without it.
///
/// # Panics
///
/// With `PEACEKEEPING_REQUIRE_SHARED_DATA=1` (as `.ci/run` sets), if the directory is
/// absent: the calling test fails instead of being skipped.
pub fn data_dir(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("PEACEKEEPING_SHARED_DATA").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
        PathBuf::from,
    );
    if dir.is_dir() {
        return Some(dir);
    }
    let required = std::env::var("PEACEKEEPING_REQUIRE_SHARED_DATA").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "{test}: shared data directory {} not found, and PEACEKEEPING_REQUIRE_SHARED_DATA=1",
        dir.display()
    );
    println!(
        "{test}: skipped, shared data directory {} not found",
        dir.display()
    );
    None
}

/// The IPI file `Gender.Full.csv`'s path inside the shared data directory.
pub const GENDER_FULL: &str = "ipi-tcc/Gender.Full.csv";

/// The source the imported records cite (defined in the reference dataset).
const SOURCE: &str = "ipi-peacekeeping-database";

/// The reference dataset with the contribution figures of `Gender.Full.csv`, and what was
/// done to build it (see [`ipi_dataset`]).
#[derive(Debug)]
pub struct IpiData {
    /// The reference dataset with the file's records in place of its own contributions.
    pub data: Dataset,
    /// The file's report dates (month ends) kept, in order.
    pub months: Vec<Date>,
    /// The records imported from the file.
    pub imported: usize,
    /// What `with_contributions` left out and added.
    pub merge: ContributionMerge,
}

/// Imports `Gender.Full.csv` at `path` (strictly: a skipped row is an error) into the
/// reference dataset in place of its own contribution figures
/// (`peacekeeping_data::reference::with_contributions`): the input of the graph crate's
/// example `co_deployment_2013`, of its test `real_co_deployment` and of the bench
/// `graph_series`, one definition of the input they all report on.
///
/// # Errors
///
/// The file cannot be read, a row was skipped, or the records do not make a valid dataset
/// with the reference dataset.
pub fn ipi_dataset(path: &Path) -> Result<IpiData, Box<dyn Error>> {
    let records = ipi::read_gender_full_file(path, Some(SOURCE.parse()?))?.strict()?;
    let imported = records.len();
    let (data, merge) = reference::with_contributions(records)?;
    // The report dates: those of the personnel records (the cases' assets are dated
    // when given).
    let months: BTreeSet<Date> = data
        .contributions()
        .iter()
        .filter(|c| c.what.personnel().is_some())
        .map(|c| c.date)
        .collect();
    Ok(IpiData {
        data,
        months: months.into_iter().collect(),
        imported,
        merge,
    })
}
