//! The job of the outcome-data benchmarks (`benches/outcome_panel.rs`,
//! `examples/outcome_panel_once.rs`, and its peers in `peers/outcome_panel_peers.py`):
//! import the outcome files of the shared data directory, turn them into core records as
//! the reference dataset's generator does (`peacekeeping_testkit::reference_outcomes`),
//! build a [`Dataset`] of the reference dataset's other documents plus these records, and
//! write its mission-year panel ([`Table::MissionYears`]) as CSV.
//!
//! The files ([`FILES`]): the six sources of issue 13 (`geo-pko/` is two files) and the
//! IPI mission file, which the reference dataset takes the UN missions' deployed strengths
//! from. The records are made by the generator's own rules
//! ([`peacekeeping_testkit::reference_outcomes::outcome_records`]: battle deaths of the
//! hosts in each mission's window, fatalities of the reference missions, ceilings,
//! deployed strengths, presences); `geo-pko/FrontMap_v.2.3.csv` is imported too (the panel
//! has no column from it). So the panel is the embedded reference dataset's own panel,
//! byte for byte: [`check`] compares the two.

use std::path::{Path, PathBuf};

use peacekeeping_core::Dataset;
use peacekeeping_data::export::{self, Table};
use peacekeeping_data::{
    Import, authorized, fatalities, geopko, ipi, nonun, radpko, reference, ucdp,
};
use peacekeeping_testkit::reference_outcomes::{self as generator, OutcomeFiles};

pub use generator::BoxError;

/// The files read, as (bench id, path inside the shared data directory), in the order
/// [`import_all`] reads them.
pub const FILES: [(&str, &str); 8] = [
    ("fatalities", "un-fatalities/DPPADPOSS-FATALITIES.csv"),
    ("ucdp_battle_deaths", "ucdp-brd-cy/ucdpbrds.csv"),
    ("non_un", "non-un-pko/un_nonun_pko_v2-2019.csv"),
    (
        "authorized",
        "pko-authorized/personnel_shortfall_mission_month.csv",
    ),
    ("geopko_locations", "geo-pko/FrontMap_v.2.3.csv"),
    ("geopko_contributor_sites", "geo-pko/TCCMap_v.2.3.csv"),
    ("radpko_base_years", "radpko/radpko_bases_cc_y.csv"),
    ("ipi_missions", "ipi-ppp/data_mission.csv"),
];

/// The shared data directory, if every file of [`FILES`] is in it (under
/// `$PEACEKEEPING_SHARED_DATA`, or `shared/data` beside the repository); `None`
/// otherwise, and the benches of the outcome data are skipped.
#[must_use]
pub fn locate() -> Option<PathBuf> {
    let first = crate::shared_data_file(FILES[0].1)?;
    let dir = first.parent()?.parent()?.to_path_buf();
    FILES
        .iter()
        .all(|(_, file)| dir.join(file).is_file())
        .then_some(dir)
}

/// Reads file `index` of [`FILES`] from `dir` with its reader, and gives the number of
/// records made: one bench per file.
///
/// # Errors
/// The reader's error, if the file cannot be read or is not in its format.
///
/// # Panics
/// If `index` is not below `FILES.len()` (a programmer error).
pub fn read_one(dir: &Path, index: usize) -> Result<usize, peacekeeping_data::Error> {
    let path = dir.join(FILES[index].1);
    Ok(match index {
        0 => fatalities::read_fatalities_file(path)?.import.records.len(),
        1 => ucdp::read_battle_deaths_file(path)?.records.len(),
        2 => nonun::read_mission_months_file(path)?.records.len(),
        3 => authorized::read_mission_months_file(path)?.records.len(),
        4 => geopko::read_locations_file(path)?.records.len(),
        5 => geopko::read_contributor_sites_file(path)?.records.len(),
        6 => radpko::read_base_years_file(path)?.records.len(),
        7 => ipi::read_mission_months_file(path)?.records.len(),
        _ => panic!("no file {index} in FILES"),
    })
}

/// Every file of [`FILES`], imported.
#[derive(Debug)]
pub struct Imports {
    /// The files the outcome records are made from (all of [`FILES`] but the locations).
    pub outcome: OutcomeFiles,
    /// `geo-pko/FrontMap_v.2.3.csv`.
    pub locations: Import<geopko::Location>,
}

impl Imports {
    /// The records imported from all the files.
    #[must_use]
    pub fn records(&self) -> usize {
        let o = &self.outcome;
        o.fatalities.import.records.len()
            + o.battle_deaths.records.len()
            + o.non_un.records.len()
            + o.authorized.records.len()
            + self.locations.records.len()
            + o.contributor_sites.records.len()
            + o.base_years.records.len()
            + o.ipi_missions.records.len()
    }
}

/// Imports every file of [`FILES`] from the shared data directory `dir`.
///
/// # Errors
/// The first reader's error, if a file cannot be read or is not in its format.
pub fn import_all(dir: &Path) -> Result<Imports, peacekeeping_data::Error> {
    Ok(Imports {
        outcome: OutcomeFiles::read(dir)?,
        locations: geopko::read_locations_file(dir.join(FILES[4].1))?,
    })
}

/// The reference dataset without its outcome records
/// ([`peacekeeping_testkit::reference_outcomes::base`]).
///
/// # Errors
/// If the embedded documents do not make a valid dataset (the data crate's tests rule
/// that out).
pub fn base() -> Result<Dataset, peacekeeping_core::Error> {
    generator::base()
}

/// The dataset of [`base`] with the outcome records of `files`, made by the generator's
/// rules ([`generator::outcome_records`], [`generator::with_outcomes`]).
///
/// # Errors
/// If the records do not make a valid dataset with the reference records.
pub fn dataset(base: &Dataset, files: &Imports) -> Result<Dataset, BoxError> {
    let records = generator::outcome_records(base, &files.outcome)?;
    generator::with_outcomes(base, &records)
}

/// The mission-year panel of `data`, as CSV.
///
/// # Errors
/// The exporter's error (none in practice: the output is a `Vec`).
pub fn panel(data: &Dataset) -> Result<Vec<u8>, peacekeeping_data::Error> {
    let mut out = Vec::new();
    export::write_table(data, Table::MissionYears, &mut out)?;
    Ok(out)
}

/// The whole job, from the files in `dir` to the panel's CSV: [`import_all`], [`base`],
/// [`dataset`], [`panel`].
///
/// # Errors
/// The first step's error.
pub fn run(dir: &Path) -> Result<Vec<u8>, BoxError> {
    let files = import_all(dir)?;
    let base = base()?;
    let data = dataset(&base, &files)?;
    Ok(panel(&data)?)
}

/// [`run`] on two threads: the files and the reference documents are read in two
/// groups of about equal time (geo-pko and RADPKO on a second thread, the others and the
/// documents on this one), then the records, the dataset and the panel are made on this
/// thread as in [`run`]. The same panel.
///
/// # Errors
/// The first step's error.
///
/// # Panics
/// If the second thread panics (it does not: its readers return their errors).
pub fn run_on_two_threads(dir: &Path) -> Result<Vec<u8>, BoxError> {
    let path = |i: usize| dir.join(FILES[i].1);
    let (files, base) = std::thread::scope(|scope| -> Result<_, BoxError> {
        let second = scope.spawn(|| -> Result<_, peacekeeping_data::Error> {
            Ok((
                geopko::read_locations_file(path(4))?,
                geopko::read_contributor_sites_file(path(5))?,
                radpko::read_base_years_file(path(6))?,
            ))
        });
        let fatalities = fatalities::read_fatalities_file(path(0))?;
        let battle_deaths = ucdp::read_battle_deaths_file(path(1))?;
        let non_un = nonun::read_mission_months_file(path(2))?;
        let authorized = authorized::read_mission_months_file(path(3))?;
        let ipi_missions = ipi::read_mission_months_file(path(7))?;
        let base = base()?;
        let (locations, contributor_sites, base_years) = match second.join() {
            Ok(imported) => imported?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let files = Imports {
            outcome: OutcomeFiles {
                battle_deaths,
                fatalities,
                authorized,
                ipi_missions,
                non_un,
                base_years,
                contributor_sites,
            },
            locations,
        };
        Ok((files, base))
    })?;
    let data = dataset(&base, &files)?;
    Ok(panel(&data)?)
}

/// Compares `csv`, a panel made by [`run`], with the embedded reference dataset's panel:
/// `Ok` with the number of rows if they are the same, `Err` with a warning line naming
/// the first row that differs if not.
///
/// # Errors
/// The warning, if the panels differ (or the reference panel cannot be written).
pub fn check(csv: &[u8]) -> Result<usize, String> {
    let reference = panel(reference::dataset()).map_err(|e| e.to_string())?;
    let ours = String::from_utf8_lossy(csv);
    let theirs = String::from_utf8_lossy(&reference);
    if ours == theirs {
        return Ok(ours.lines().count().saturating_sub(1));
    }
    let first = ours
        .lines()
        .zip(theirs.lines())
        .find(|(a, b)| a != b)
        .map_or_else(
            || {
                format!(
                    "{} lines against {}",
                    ours.lines().count(),
                    theirs.lines().count()
                )
            },
            |(a, b)| format!("{a:?} against {b:?}"),
        );
    Err(format!(
        "WARNING: the panel differs from the reference dataset's: {first}"
    ))
}
