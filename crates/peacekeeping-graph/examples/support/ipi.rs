//! The reference dataset with the contribution figures of the IPI file `Gender.Full.csv`
//! (`peacekeeping_data::reference::with_contributions`): the input of the example
//! `co_deployment_2013`, of the test `tests/suite/real_co_deployment.rs` and of the bench
//! `benches/benches/graph_series.rs`, each of which includes this file with `#[path]` (one
//! definition of the input they all report on).

use std::collections::BTreeSet;
use std::error::Error;
use std::path::Path;

use peacekeeping_core::{Dataset, Date};
use peacekeeping_data::ipi;
use peacekeeping_data::reference::{self, ContributionMerge};

/// The file's path inside the shared data directory.
pub(crate) const GENDER_FULL: &str = "ipi-tcc/Gender.Full.csv";

/// The source the imported records cite (defined in the reference dataset).
const SOURCE: &str = "ipi-peacekeeping-database";

/// The dataset and what was done to build it.
pub(crate) struct IpiData {
    /// The reference dataset with the file's records in place of its own contributions.
    pub(crate) data: Dataset,
    /// The file's report dates (month ends) kept, in order.
    pub(crate) months: Vec<Date>,
    /// The records imported from the file.
    pub(crate) imported: usize,
    /// What `with_contributions` left out and added.
    pub(crate) merge: ContributionMerge,
}

/// Imports `Gender.Full.csv` at `path` (strictly: a skipped row is an error) into the
/// reference dataset in place of its own contribution figures.
///
/// # Errors
/// The file cannot be read, a row was skipped, or the records do not make a valid dataset
/// with the reference dataset.
pub(crate) fn ipi_dataset(path: &Path) -> Result<IpiData, Box<dyn Error>> {
    let records = ipi::read_gender_full_file(path, Some(SOURCE.parse()?))?.strict()?;
    let imported = records.len();
    let (data, merge) = reference::with_contributions(records)?;
    let months: BTreeSet<Date> = data.contributions().iter().map(|c| c.date).collect();
    Ok(IpiData {
        data,
        months: months.into_iter().collect(),
        imported,
        merge,
    })
}
