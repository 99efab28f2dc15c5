//! The job of the outcome-data benchmarks (`benches/outcome_panel.rs`,
//! `examples/outcome_panel_once.rs`, and its peers in `peers/outcome_panel_peers.py`):
//! import the outcome files of the shared data directory, turn them into core records as
//! the reference dataset's generator does (`peacekeeping_testkit::reference_outcomes`),
//! build a [`Dataset`] of the reference dataset's other documents plus these records, and
//! write its mission-year panel ([`Table::MissionYears`]) as CSV.
//!
//! The files ([`FILES`]): the six sources of issue 13 (`geo-pko/` is two files) and the
//! IPI mission file, which the reference dataset takes the UN missions' deployed strengths
//! from:
//!
//! - battle deaths of the missions' hosts, from `ucdp-brd-cy/ucdpbrds.csv`, in each
//!   mission's window (3 years before its start to 10 after its end);
//! - fatalities of the reference missions, from `un-fatalities/DPPADPOSS-FATALITIES.csv`,
//!   their acronyms read by [`names::known_mission_on`];
//! - ceilings from `pko-authorized/personnel_shortfall_mission_month.csv`
//!   ([`authorized::to_authorized_strengths`]), in place of the missions' own, kept within
//!   each mission's period, with an entry without figures after the file's last month for
//!   a mission still running then;
//! - deployed strengths from `ipi-ppp/data_mission.csv` ([`ipi::to_deployed_strengths`])
//!   and, for the missions that file lacks, SIPRI's from
//!   `non-un-pko/un_nonun_pko_v2-2019.csv` ([`nonun::to_deployed_strengths`]);
//! - `geo-pko/` and `radpko/` are imported too (the panel has no column from them).
//!
//! With these rules the panel is the embedded reference dataset's own panel, byte for
//! byte: [`check`] compares the two.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::path::{Path, PathBuf};

use peacekeeping_core::{
    AuthorizedStrength, BattleDeaths, Dataset, DeployedStrength, Fatality, Mission, Source,
    SourceId, SourceKind,
};
use peacekeeping_data::export::{self, Table};
use peacekeeping_data::{
    Import, authorized, fatalities, geopko, ipi, names, nonun, radpko, reference, ucdp,
};

/// The boxed error of the job.
pub type BoxError = Box<dyn Error + Send + Sync>;

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

/// The years before a mission's start whose battle deaths are taken.
const YEARS_BEFORE: i32 = 3;
/// The years after a mission's end whose battle deaths are taken.
const YEARS_AFTER: i32 = 10;

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
    /// `un-fatalities/DPPADPOSS-FATALITIES.csv`.
    pub fatalities: fatalities::Fatalities,
    /// `ucdp-brd-cy/ucdpbrds.csv`.
    pub battle_deaths: Import<ucdp::CountryYear>,
    /// `non-un-pko/un_nonun_pko_v2-2019.csv`.
    pub non_un: Import<nonun::MissionMonth>,
    /// `pko-authorized/personnel_shortfall_mission_month.csv`.
    pub authorized: Import<authorized::MissionMonth>,
    /// `geo-pko/FrontMap_v.2.3.csv`.
    pub locations: Import<geopko::Location>,
    /// `geo-pko/TCCMap_v.2.3.csv`.
    pub contributor_sites: Import<geopko::ContributorSite>,
    /// `radpko/radpko_bases_cc_y.csv`.
    pub base_years: Import<radpko::BaseYear>,
    /// `ipi-ppp/data_mission.csv`.
    pub ipi_missions: Import<ipi::MissionMonth>,
}

impl Imports {
    /// The records imported from all the files.
    #[must_use]
    pub fn records(&self) -> usize {
        self.fatalities.import.records.len()
            + self.battle_deaths.records.len()
            + self.non_un.records.len()
            + self.authorized.records.len()
            + self.locations.records.len()
            + self.contributor_sites.records.len()
            + self.base_years.records.len()
            + self.ipi_missions.records.len()
    }
}

/// Imports every file of [`FILES`] from the shared data directory `dir`.
///
/// # Errors
/// The first reader's error, if a file cannot be read or is not in its format.
pub fn import_all(dir: &Path) -> Result<Imports, peacekeeping_data::Error> {
    let path = |i: usize| dir.join(FILES[i].1);
    Ok(Imports {
        fatalities: fatalities::read_fatalities_file(path(0))?,
        battle_deaths: ucdp::read_battle_deaths_file(path(1))?,
        non_un: nonun::read_mission_months_file(path(2))?,
        authorized: authorized::read_mission_months_file(path(3))?,
        locations: geopko::read_locations_file(path(4))?,
        contributor_sites: geopko::read_contributor_sites_file(path(5))?,
        base_years: radpko::read_base_years_file(path(6))?,
        ipi_missions: ipi::read_mission_months_file(path(7))?,
    })
}

/// The reference dataset without its outcome records (the documents of
/// [`reference::DOCUMENTS`] but `outcomes.json`): its missions with their periods, hosts
/// and ceilings, its actors and its contribution figures.
///
/// # Errors
/// If the embedded documents do not make a valid dataset (the data crate's tests rule
/// that out).
pub fn base() -> Result<Dataset, peacekeeping_core::Error> {
    Dataset::from_json_documents(
        reference::DOCUMENTS
            .into_iter()
            .filter(|(name, _)| !name.ends_with("outcomes.json")),
    )
}

/// A source of the outcome records, as `outcomes.json` defines it (title and publisher;
/// the citation is left out).
fn source(id: &str, kind: SourceKind, title: &str, publisher: &str) -> Result<Source, BoxError> {
    Ok(Source::new(id.parse()?, kind, title, publisher))
}

/// The dataset of [`base`] with the outcome records of `files`, made by the rules of the
/// module's documentation.
///
/// # Errors
/// If a source id does not parse, or the records do not make a valid dataset with the
/// reference records.
pub fn dataset(base: &Dataset, files: &Imports) -> Result<Dataset, BoxError> {
    let sources = [
        source(
            "ucdp-prio-battle-deaths",
            SourceKind::ResearchDataset,
            "UCDP/PRIO battle-related deaths by country-year, 1946-2022",
            "UCDP and PRIO",
        )?,
        source(
            "un-peacekeeping-fatalities",
            SourceKind::OfficialStatistics,
            "Peacekeeping Fatalities (DPPADPOSS-FATALITIES)",
            "United Nations",
        )?,
        source(
            "ipi-mission-totals",
            SourceKind::ResearchDataset,
            "IPI Peacekeeping Database: uniformed personnel by mission and month",
            "International Peace Institute",
        )?,
        source(
            "sipri-un-nonun-pko",
            SourceKind::ResearchDataset,
            "UN and Non-UN Peacekeeping Dataset v2-2019",
            "Uppsala University",
        )?,
    ];
    let ids: Vec<SourceId> = sources.iter().map(|s| s.id.clone()).collect();

    let deaths = battle_deaths(base, &files.battle_deaths.records, &ids[0]);
    let fatalities = fatalities(base, &files.fatalities.import.records, &ids[1]);
    let strengths = strengths(files, &ids[2], &ids[3]);
    let ceilings = ceilings(base, &files.authorized.records)?;

    let mut b = Dataset::builder();
    for s in base.sources().iter().chain(&sources) {
        b.source(s.clone());
    }
    for a in base.actors() {
        b.actor(a.clone());
    }
    for m in base.memberships() {
        b.membership(m.clone());
    }
    for m in base.missions() {
        let mut m: Mission = m.clone();
        if let Some(entries) = ceilings.get(m.id.as_str()) {
            m.authorized_strength.clone_from(entries);
        }
        b.mission(m);
    }
    for p in base.partnerships() {
        b.partnership(p.clone());
    }
    b.contributions(base.contributions().iter().cloned());
    for t in base.trainings() {
        b.training(t.clone());
    }
    for f in base.frictions() {
        b.friction(f.clone());
    }
    for l in base.lessons() {
        b.lesson(l.clone());
    }
    b.battle_deaths_records(deaths)
        .fatalities(fatalities)
        .strengths(strengths);
    Ok(b.build()?)
}

/// The battle deaths of every host of every mission, from 3 years before its start to 10
/// after its end (to the file's last year for a mission not ended).
fn battle_deaths(
    base: &Dataset,
    rows: &[ucdp::CountryYear],
    source: &SourceId,
) -> Vec<BattleDeaths> {
    let last_year = rows.iter().map(|r| r.year).max().unwrap_or(0);
    let mut windows: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    for m in base.missions() {
        let from = m.period.start().year() - YEARS_BEFORE;
        let to = m
            .period
            .end()
            .map_or(last_year, |e| (e.year() + YEARS_AFTER).min(last_year));
        for host in &m.hosts {
            windows.entry(host.as_str()).or_default().extend(from..=to);
        }
    }
    let mut deaths: Vec<BattleDeaths> = rows
        .iter()
        .filter_map(ucdp::CountryYear::to_battle_deaths)
        .filter(|d| {
            windows
                .get(d.territory.as_str())
                .is_some_and(|years| years.contains(&d.year))
        })
        .map(|d| d.with_source(source.clone()))
        .collect();
    deaths.sort_by(|a, b| (a.territory.as_str(), a.year).cmp(&(b.territory.as_str(), b.year)));
    deaths
}

/// The fatalities of the reference missions, each under the id its acronym names on its
/// date.
fn fatalities(base: &Dataset, records: &[Fatality], source: &SourceId) -> Vec<Fatality> {
    records
        .iter()
        .filter_map(|f| {
            let id = names::known_mission_on(f.mission.as_str(), f.date)
                .filter(|id| base.mission(id.as_str()).is_some())?;
            let mut f = f.clone().with_source(source.clone());
            f.mission = id.clone();
            Some(f)
        })
        .collect()
}

/// The deployed strengths: IPI's for the UN missions of its mission file, SIPRI's for
/// the others (one source per mission).
fn strengths(files: &Imports, ipi_source: &SourceId, sipri: &SourceId) -> Vec<DeployedStrength> {
    let un = ipi::to_deployed_strengths(&files.ipi_missions.records, ipi_source.clone());
    let others = nonun::to_deployed_strengths(&files.non_un.records, sipri.clone());
    let by_ipi: BTreeSet<&str> = un.records.iter().map(|s| s.mission.as_str()).collect();
    let mut strengths: Vec<DeployedStrength> = others
        .records
        .into_iter()
        .filter(|s| !by_ipi.contains(s.mission.as_str()))
        .collect();
    strengths.extend(un.records.iter().cloned());
    strengths.sort_by(|a, b| (a.mission.as_str(), a.date).cmp(&(b.mission.as_str(), b.date)));
    strengths
}

/// The ceilings of each reference mission in the file, dated within its period, with an
/// entry without figures after the file's last month for a mission still running then.
fn ceilings(
    base: &Dataset,
    months: &[authorized::MissionMonth],
) -> Result<BTreeMap<String, Vec<AuthorizedStrength>>, BoxError> {
    let file_end = months
        .iter()
        .map(|m| m.date)
        .max()
        .ok_or("the ceilings file has no month")?;
    let after_file = file_end.last_of_month().next_day();
    let has_figures = |e: &AuthorizedStrength| {
        e.military.is_some() || e.police.is_some() || e.observers.is_some()
    };
    let mut out = BTreeMap::new();
    for (id, entries) in authorized::to_authorized_strengths(months) {
        let Some(m) = base.mission(id.as_str()) else {
            continue;
        };
        let mut kept: Vec<AuthorizedStrength> = entries
            .into_iter()
            .filter(|e| m.period.contains(e.as_of))
            .collect();
        if kept.last().is_some_and(has_figures) && m.period.contains(after_file) {
            kept.push(AuthorizedStrength::new(after_file));
        }
        if !kept.is_empty() {
            out.insert(id.to_string(), kept);
        }
    }
    Ok(out)
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
            fatalities,
            battle_deaths,
            non_un,
            authorized,
            locations,
            contributor_sites,
            base_years,
            ipi_missions,
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
