//! The reference dataset with the contribution figures of the IPI file `Gender.Full.csv`:
//! the input of the example `co_deployment_2013`, of the test
//! `tests/suite/real_co_deployment.rs` and of the bench `benches/benches/graph_series.rs`,
//! each of which includes this file with `#[path]` (one definition of the input they all
//! report on).

use std::collections::BTreeMap;
use std::error::Error;
use std::path::Path;

use peacekeeping_core::{Contributed, Contribution, Dataset, Date, MissionId, Personnel};
use peacekeeping_data::{ipi, reference};

/// The file's path inside the shared data directory.
pub(crate) const GENDER_FULL: &str = "ipi-tcc/Gender.Full.csv";

/// The source the imported records cite (defined in the reference dataset).
const SOURCE: &str = "ipi-peacekeeping-database";

/// The dataset and what was done to build it.
pub(crate) struct IpiData {
    /// The reference dataset's records (actors, memberships, missions, partnerships,
    /// trainings, frictions, lessons, sources) without its contributions, plus every
    /// record of the file and the closing reports.
    pub(crate) data: Dataset,
    /// The file's report dates (month ends), in order.
    pub(crate) months: Vec<Date>,
    /// The records imported from the file.
    pub(crate) imported: usize,
    /// The records left out because they are dated after their mission's end (see
    /// [`ipi_dataset`]).
    pub(crate) after_end: usize,
    /// The closing reports added (see [`ipi_dataset`]).
    pub(crate) closing: usize,
}

/// Imports `Gender.Full.csv` at `path` into the reference dataset in place of its own
/// contribution figures.
///
/// The file has one line per contributor, mission and month, and lists a mission only in
/// the months it had uniformed personnel. The dataset's rule is "a mission's latest report
/// on or before the date" (`Dataset::deployments_in`), so a mission that drops out of the
/// file while still active (by the reference dataset's mission periods) would keep its
/// last figures. To say "nobody" as the file does, the first month a mission is missing
/// gets a closing report: one record of zero personnel, from a contributor of its previous
/// report (two cases: UNMIT on 2012-12-31, the day its mandate ended, and BNUB from
/// 2013-01-31).
///
/// The file also reports two missions at the end of the month in which they closed
/// (UNMIS, ended 2011-07-09, on 2011-07-31; UNSMIS, ended 2012-08-19, on 2012-08-31): the
/// dataset refuses a report dated outside its mission's period, and no snapshot could read
/// one (a mission is read only on the dates it is active), so these records are left out
/// and counted.
///
/// # Errors
/// The file cannot be read, a row was skipped, or the records do not make a valid dataset
/// with the reference dataset (an unknown contributor or mission, a date outside its
/// mission's period).
pub(crate) fn ipi_dataset(path: &Path) -> Result<IpiData, Box<dyn Error>> {
    let mut records = ipi::read_gender_full_file(path, Some(SOURCE.parse()?))?.strict()?;
    let imported = records.len();
    let without_contributions = reference::DOCUMENTS
        .into_iter()
        .filter(|(name, _)| !name.ends_with("contributions.json"));
    let base = Dataset::from_json_documents(without_contributions)?;
    records.retain(|c| {
        base.mission(&c.mission)
            .is_none_or(|m| m.period.end().is_none_or(|end| c.date <= end))
    });
    let after_end = imported - records.len();

    let mut by_month: BTreeMap<Date, BTreeMap<&MissionId, &Contribution>> = BTreeMap::new();
    for c in &records {
        by_month
            .entry(c.date)
            .or_default()
            .entry(&c.mission)
            .or_insert(c);
    }
    let mut closing = Vec::new();
    let mut open: BTreeMap<&MissionId, &Contribution> = BTreeMap::new();
    for (&date, reported) in &by_month {
        open.retain(|mission, last| {
            let silent = !reported.contains_key(mission)
                && base.mission(mission).is_some_and(|m| m.is_active_on(date));
            if silent {
                let mut zero = (*last).clone();
                zero.date = date;
                zero.what = Contributed::Personnel(Personnel::default());
                closing.push(zero);
            }
            !silent
        });
        open.extend(reported.iter().map(|(m, c)| (*m, *c)));
    }

    let months = by_month.into_keys().collect();
    let closed = closing.len();
    let mut builder = base.into_builder();
    builder.contributions(records).contributions(closing);
    Ok(IpiData {
        data: builder.build()?,
        months,
        imported,
        after_end,
        closing: closed,
    })
}
