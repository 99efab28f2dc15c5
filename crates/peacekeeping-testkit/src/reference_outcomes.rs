//! The outcome records of the reference dataset, made from the shared data: the text of
//! `crates/peacekeeping-data/reference/outcomes.json` (battle deaths of the missions'
//! host countries, fatalities of their personnel, their deployed strengths, the
//! contributors present in them year by year) and of `scripts/reference/ceilings.json`
//! (the missions' authorised strengths, which `scripts/reference/missions.py` writes into
//! `missions.json`).
//!
//! The example `reference_outcomes` of peacekeeping-data writes both files; the real-data
//! test `the_embedded_outcomes_are_the_shared_files_records` makes them again and requires
//! them byte for byte. The rules:
//!
//! - **Battle deaths** (UCDP/PRIO, `ucdp-brd-cy/ucdpbrds.csv`): for every host country of
//!   every reference mission, the file's country-years from 3 years before the mission's
//!   start to 10 years after its end (to the file's last year for a mission not ended):
//!   the windows of the outcome indicators. Rows are zero in years without fighting, so a
//!   zero is an observed zero. A host's territory is the file's unit (Gleditsch-Ward
//!   code) whose ISO code is the host's in some year, and its rows of other years are
//!   written under the host's code too: the Democratic Republic of the Congo (`COD`) is
//!   Zaire (`ZAR`) in the file to May 1997, so ONUC's years (1960-1964) are the same
//!   territory's. A unit without an ISO code is not a host and is not taken.
//! - **Fatalities** (the UN's file, `un-fatalities/DPPADPOSS-FATALITIES.csv`): every record
//!   of a mission of the reference dataset, as imported, citing the file, its acronym
//!   read as `names::known_mission_on` reads it on the record's date (`UNEF` is UNEF I or
//!   II, `UNOSOM` UNOSOM I or II, `IPTF` UNMIBH); records of missions the dataset lacks
//!   are left out, and the log names them.
//! - **Deployed strengths**: every month of the IPI mission file
//!   (`ipi-ppp/data_mission.csv`, 1990-11 to 2017-03) through `ipi::to_deployed_strengths`,
//!   and for the missions that file lacks (the non-UN operations) the months SIPRI
//!   observed in the UN and Non-UN Peacekeeping Dataset
//!   (`non-un-pko/un_nonun_pko_v2-2019.csv`) through `nonun::to_deployed_strengths`: one
//!   source per mission, so that two sources' figures never mix in one series.
//! - **Presences**: every contributor-year of RADPKO's base-year file
//!   (`radpko/radpko_bases_cc_y.csv`, 13 UN missions in sub-Saharan Africa, 1999-2019)
//!   through `radpko::to_presences`, and of Geo-PKO's contributor sites
//!   (`geo-pko/TCCMap_v.2.3.csv`, every UN peacekeeping mission, 1994-2024) through
//!   `geopko::to_presences`, each citing its source: both are kept, also for the
//!   mission-years both cover (one record per mission, contributor, year and source);
//!   the evaluation reads one source per mission-year. RADPKO is graded B (usually
//!   reliable: yearly means coded from the UN's own deployment maps and contribution
//!   reports), Geo-PKO C (fairly reliable: unit sizes inferred from map symbols, often
//!   unknown, not adding up to the UN's totals).
//! - **Ceilings** (`pko-authorized/personnel_shortfall_mission_month.csv`):
//!   `authorized::to_authorized_strengths` for each reference mission (its entries are
//!   dated on the first day of a month): the entry in force on the mission's first day,
//!   re-dated to that day (a mission that began on the 10th keeps its first month's
//!   ceiling), then the entries dated within its period; and where the mission runs past
//!   its last month in the file, an entry without figures on the first day after that
//!   month, so that its last ceiling is not carried past what the file knows (every
//!   series still running when the file ends in May 2015, and series that stop earlier).
//!
//! [`OutcomeFiles::read`] reads the files, [`outcome_records`] applies these rules,
//! [`reference_outcomes`] writes the two documents, and [`with_outcomes`] puts the
//! records into a dataset, as the benchmarks of the mission-year panel do.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use peacekeeping_core::{
    AuthorizedStrength, BattleDeaths, Dataset, Date, DeployedStrength, Fatality, Presence, Source,
    SourceId,
};
use peacekeeping_data::crosswalk::GwCode;
use peacekeeping_data::{
    Import, authorized, fatalities, geopko, ipi, names, nonun, radpko, reference, ucdp,
};

/// The boxed error of the generator (`Send` and `Sync`, for the benchmarks' threads).
pub type BoxError = Box<dyn Error + Send + Sync>;

/// The source the battle deaths cite.
pub const UCDP_SOURCE: &str = "ucdp-prio-battle-deaths";
/// The source the fatalities cite.
pub const FATALITIES_SOURCE: &str = "un-peacekeeping-fatalities";
/// The source the UN missions' deployed strengths cite.
pub const IPI_SOURCE: &str = "ipi-mission-totals";
/// The source the other missions' deployed strengths cite.
pub const SIPRI_SOURCE: &str = "sipri-un-nonun-pko";
/// The source the presences from RADPKO's bases cite.
pub const RADPKO_SOURCE: &str = "radpko";
/// The source the presences from Geo-PKO's sites cite.
pub const GEOPKO_SOURCE: &str = "geo-pko";
/// The source the ceilings cite (defined in `scripts/reference/missions.py`).
pub const CEILINGS_SOURCE: &str = "passmore-shannon-hart-2018-ceilings";
/// The years before a mission whose battle deaths are taken.
pub const YEARS_BEFORE: i32 = 3;
/// The years after a mission whose battle deaths are taken.
pub const YEARS_AFTER: i32 = 10;
/// The day the sources were consulted.
const CONSULTED: &str = "2026-12-07";

/// The files the outcome records are made from, as (name, path inside the shared data
/// directory), in the order [`OutcomeFiles::read`] reads them.
pub const FILES: [(&str, &str); 7] = [
    ("ucdp_battle_deaths", "ucdp-brd-cy/ucdpbrds.csv"),
    ("fatalities", "un-fatalities/DPPADPOSS-FATALITIES.csv"),
    (
        "authorized",
        "pko-authorized/personnel_shortfall_mission_month.csv",
    ),
    ("ipi_missions", "ipi-ppp/data_mission.csv"),
    ("non_un", "non-un-pko/un_nonun_pko_v2-2019.csv"),
    ("radpko_base_years", "radpko/radpko_bases_cc_y.csv"),
    ("geopko_contributor_sites", "geo-pko/TCCMap_v.2.3.csv"),
];

/// The files of [`FILES`], imported.
#[derive(Debug)]
pub struct OutcomeFiles {
    /// `ucdp-brd-cy/ucdpbrds.csv`.
    pub battle_deaths: Import<ucdp::CountryYear>,
    /// `un-fatalities/DPPADPOSS-FATALITIES.csv`.
    pub fatalities: fatalities::Fatalities,
    /// `pko-authorized/personnel_shortfall_mission_month.csv`.
    pub authorized: Import<authorized::MissionMonth>,
    /// `ipi-ppp/data_mission.csv`.
    pub ipi_missions: Import<ipi::MissionMonth>,
    /// `non-un-pko/un_nonun_pko_v2-2019.csv`.
    pub non_un: Import<nonun::MissionMonth>,
    /// `radpko/radpko_bases_cc_y.csv`.
    pub base_years: Import<radpko::BaseYear>,
    /// `geo-pko/TCCMap_v.2.3.csv`.
    pub contributor_sites: Import<geopko::ContributorSite>,
}

impl OutcomeFiles {
    /// Imports every file of [`FILES`] from the shared data directory `shared`.
    ///
    /// # Errors
    /// The first reader's error, if a file cannot be read or is not in its format.
    pub fn read(shared: &Path) -> Result<Self, peacekeeping_data::Error> {
        let path = |i: usize| shared.join(FILES[i].1);
        Ok(OutcomeFiles {
            battle_deaths: ucdp::read_battle_deaths_file(path(0))?,
            fatalities: fatalities::read_fatalities_file(path(1))?,
            authorized: authorized::read_mission_months_file(path(2))?,
            ipi_missions: ipi::read_mission_months_file(path(3))?,
            non_un: nonun::read_mission_months_file(path(4))?,
            base_years: radpko::read_base_years_file(path(5))?,
            contributor_sites: geopko::read_contributor_sites_file(path(6))?,
        })
    }

    /// One summary line per file, in the order of [`FILES`].
    #[must_use]
    pub fn summaries(&self) -> [String; 7] {
        let line = |i: usize, summary: String| format!("{}: {summary}", FILES[i].1);
        [
            line(0, self.battle_deaths.summary().to_string()),
            line(1, self.fatalities.import.summary().to_string()),
            line(2, self.authorized.summary().to_string()),
            line(3, self.ipi_missions.summary().to_string()),
            line(4, self.non_un.summary().to_string()),
            line(5, self.base_years.summary().to_string()),
            line(6, self.contributor_sites.summary().to_string()),
        ]
    }
}

/// The outcome records of the reference missions, made from [`OutcomeFiles`] by the rules
/// of the module's documentation.
#[derive(Debug)]
pub struct OutcomeRecords {
    /// The hosts' battle deaths, by territory and year.
    pub battle_deaths: Vec<BattleDeaths>,
    /// The fatalities of the missions' personnel, in the file's order.
    pub fatalities: Vec<Fatality>,
    /// The missions' deployed strengths, by mission and date.
    pub strengths: Vec<DeployedStrength>,
    /// The contributors present, by mission, year, contributor and source.
    pub presences: Vec<Presence>,
    /// Each mission's ceilings, by mission id.
    pub ceilings: BTreeMap<String, Vec<AuthorizedStrength>>,
    /// One line per rule: what was taken and what was left out.
    pub log: Vec<String>,
}

/// The reference dataset without its outcome records (every document of
/// [`reference::DOCUMENTS`] but `outcomes.json`): its missions, periods and hosts.
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

/// Applies the rules of the module's documentation to `files`, for the missions of `base`.
///
/// # Errors
/// If a source id does not parse or the ceilings file has no month.
pub fn outcome_records(base: &Dataset, files: &OutcomeFiles) -> Result<OutcomeRecords, BoxError> {
    let mut log = Vec::new();
    let battle_deaths = battle_deaths(base, &files.battle_deaths.records, &mut log)?;
    let fatalities = fatalities_of(base, &files.fatalities.import.records, &mut log)?;
    let ceilings = ceilings(base, &files.authorized.records, &mut log)?;
    let strengths = strengths(files, &mut log)?;
    let presences = presences(files, &mut log)?;
    Ok(OutcomeRecords {
        battle_deaths,
        fatalities,
        strengths,
        presences,
        ceilings,
        log,
    })
}

/// `items` joined by `, `, or `none`.
fn listed(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// The battle deaths of every host of every mission, in the mission's window, each host's
/// territory the file's units whose code is the host's in some year.
fn battle_deaths(
    base: &Dataset,
    rows: &[ucdp::CountryYear],
    log: &mut Vec<String>,
) -> Result<Vec<BattleDeaths>, BoxError> {
    let source: SourceId = UCDP_SOURCE.parse()?;
    let last_year = rows.iter().map(|r| r.year).max().unwrap_or(0);
    let mut windows: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for m in base.missions() {
        let from = m.period.start().year() - YEARS_BEFORE;
        let to = m
            .period
            .end()
            .map_or(last_year, |e| (e.year() + YEARS_AFTER).min(last_year));
        for host in &m.hosts {
            windows
                .entry(host.to_string())
                .or_default()
                .extend(from..=to);
        }
    }
    // The hosts of each unit: the host codes its rows carry in some year.
    let mut hosts_of: BTreeMap<GwCode, BTreeSet<&str>> = BTreeMap::new();
    for r in rows {
        if let Some(code) = r.territory
            && let Some((host, _)) = windows.get_key_value(code.as_str())
        {
            hosts_of.entry(r.gw).or_default().insert(host.as_str());
        }
    }
    let mut deaths: BTreeMap<(&str, i32), BattleDeaths> = BTreeMap::new();
    let mut recoded: BTreeMap<(String, &str), usize> = BTreeMap::new();
    for r in rows {
        let (Some(hosts), Some(own)) = (hosts_of.get(&r.gw), r.to_battle_deaths()) else {
            continue;
        };
        for &host in hosts {
            if !windows[host].contains(&r.year) {
                continue;
            }
            let own_code = own.territory.as_str();
            // Of two units a host's code names in one year, the unit coded so that
            // year counts.
            let key = (host, r.year);
            if own_code != host && deaths.contains_key(&key) {
                continue;
            }
            if own_code != host {
                *recoded.entry((own_code.to_owned(), host)).or_default() += 1;
            }
            let mut d = own.clone().with_source(source.clone());
            d.territory = host.parse()?;
            deaths.insert(key, d);
        }
    }
    let deaths: Vec<BattleDeaths> = deaths.into_values().collect();
    let territories: BTreeSet<&str> = deaths.iter().map(|d| d.territory.as_str()).collect();
    log.push(format!(
        "battle deaths: {} country-years of {} host territories; hosts without any in the file: {}; written under the host's code: {}",
        deaths.len(),
        territories.len(),
        listed(windows.keys().filter(|h| !territories.contains(h.as_str())).cloned()),
        listed(recoded.iter().map(|((from, to), n)| format!("{n} years of {from} as {to}")))
    ));
    Ok(deaths)
}

/// The fatalities of the reference missions, each under the id its acronym names on its
/// date.
fn fatalities_of(
    base: &Dataset,
    records: &[Fatality],
    log: &mut Vec<String>,
) -> Result<Vec<Fatality>, BoxError> {
    let source: SourceId = FATALITIES_SOURCE.parse()?;
    let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
    let mut kept = Vec::new();
    for f in records {
        let id = names::known_mission_on(f.mission.as_str(), f.date)
            .filter(|id| base.mission(id.as_str()).is_some());
        if let Some(id) = id {
            let mut f = f.clone().with_source(source.clone());
            f.mission = id.clone();
            kept.push(f);
        } else {
            *left_out.entry(f.mission.to_string()).or_default() += 1;
        }
    }
    log.push(format!(
        "fatalities: {} records of reference missions; left out, of missions the reference dataset lacks: {}",
        kept.len(),
        listed(left_out.iter().map(|(m, n)| format!("{m} {n}")))
    ));
    Ok(kept)
}

/// Each reference mission's ceilings: the entry in force on its first day (re-dated to
/// it), the entries within its period, and an entry without figures after its last
/// month in the file if it runs past it.
fn ceilings(
    base: &Dataset,
    months: &[authorized::MissionMonth],
    log: &mut Vec<String>,
) -> Result<BTreeMap<String, Vec<AuthorizedStrength>>, BoxError> {
    if months.is_empty() {
        return Err("the ceilings file has no month".into());
    }
    // Each mission's last month in the file, its months read as the importer reads them.
    let mut last_month: BTreeMap<String, Date> = BTreeMap::new();
    for m in months {
        let id = names::known_mission_on(m.mission.as_str(), m.date)
            .map_or_else(|| m.mission.to_string(), ToString::to_string);
        let last = last_month.entry(id).or_insert(m.date);
        *last = (*last).max(m.date);
    }
    let has_figures = |e: &AuthorizedStrength| {
        e.military.is_some() || e.police.is_some() || e.observers.is_some()
    };
    let (mut out, mut not_reference, mut redated, mut closed) =
        (BTreeMap::new(), Vec::new(), Vec::new(), Vec::new());
    for (id, entries) in authorized::to_authorized_strengths(months) {
        let Some(m) = base.mission(id.as_str()) else {
            not_reference.push(id.to_string());
            continue;
        };
        let start = m.period.start();
        let mut kept: Vec<AuthorizedStrength> = Vec::new();
        if let Some(first) = entries
            .iter()
            .filter(|e| e.as_of < start)
            .max_by_key(|e| e.as_of)
            .filter(|e| has_figures(e))
        {
            let mut first = first.clone();
            first.as_of = start;
            redated.push(id.to_string());
            kept.push(first);
        }
        kept.extend(entries.into_iter().filter(|e| m.period.contains(e.as_of)));
        if let Some(after) = last_month
            .get(id.as_str())
            .map(|d| d.last_of_month().next_day())
            && kept.last().is_some_and(has_figures)
            && m.period.contains(after)
        {
            closed.push(format!("{id} from {after}"));
            kept.push(AuthorizedStrength::new(after));
        }
        if !kept.is_empty() {
            out.insert(id.to_string(), kept);
        }
    }
    log.push(format!(
        "ceilings: {} entries of {} missions; re-dated to the mission's first day: {}; without figures after the mission's last month in the file: {}; not reference missions: {}",
        out.values().map(Vec::len).sum::<usize>(),
        out.len(),
        listed(redated),
        listed(closed),
        listed(not_reference)
    ));
    Ok(out)
}

/// The deployed strengths: IPI's for the UN missions of its mission file, SIPRI's for the
/// others (one source per mission).
fn strengths(
    files: &OutcomeFiles,
    log: &mut Vec<String>,
) -> Result<Vec<DeployedStrength>, BoxError> {
    let un = ipi::to_deployed_strengths(&files.ipi_missions.records, IPI_SOURCE.parse()?);
    log.push(format!("strengths from the IPI mission file: {un}"));
    let sipri = nonun::to_deployed_strengths(&files.non_un.records, SIPRI_SOURCE.parse()?);
    log.push(format!("strengths from SIPRI's figures: {sipri}"));
    let by_ipi: BTreeSet<&str> = un.records.iter().map(|s| s.mission.as_str()).collect();
    let (kept, covered): (Vec<&DeployedStrength>, Vec<&DeployedStrength>) = sipri
        .records
        .iter()
        .partition(|s| !by_ipi.contains(s.mission.as_str()));
    let covered_missions: BTreeSet<&str> = covered.iter().map(|s| s.mission.as_str()).collect();
    log.push(format!(
        "strengths: {} of the IPI mission file, {} of SIPRI's for missions the IPI file lacks; {} SIPRI figures of {} missions the IPI file covers left out",
        un.records.len(),
        kept.len(),
        covered.len(),
        covered_missions.len()
    ));
    let mut strengths: Vec<DeployedStrength> = un.records.clone();
    strengths.extend(kept.into_iter().cloned());
    strengths.sort_by(|a, b| (a.mission.as_str(), a.date).cmp(&(b.mission.as_str(), b.date)));
    Ok(strengths)
}

/// The presences of RADPKO's bases and Geo-PKO's sites, each citing its source.
fn presences(files: &OutcomeFiles, log: &mut Vec<String>) -> Result<Vec<Presence>, BoxError> {
    let by_bases = radpko::to_presences(&files.base_years.records, RADPKO_SOURCE.parse()?);
    log.push(format!("presences from RADPKO's bases: {by_bases}"));
    let by_sites = geopko::to_presences(&files.contributor_sites.records, GEOPKO_SOURCE.parse()?);
    log.push(format!("presences from Geo-PKO's sites: {by_sites}"));
    let mut presences: Vec<Presence> = by_bases.records;
    presences.extend(by_sites.records);
    presences.sort_by(|a, b| {
        (
            a.mission.as_str(),
            a.year,
            a.contributor.as_str(),
            &a.source,
        )
            .cmp(&(
                b.mission.as_str(),
                b.year,
                b.contributor.as_str(),
                &b.source,
            ))
    });
    Ok(presences)
}

/// The sources the outcome records cite, as `outcomes.json` defines them.
///
/// # Errors
/// None in practice: the definitions are fixed (a `serde_json` error otherwise).
pub fn outcome_sources() -> Result<Vec<Source>, BoxError> {
    Ok(source_documents()
        .into_iter()
        .map(serde_json::from_value)
        .collect::<Result<_, _>>()?)
}

/// `base` with `records`: their battle deaths, fatalities, strengths and presences, their
/// sources, and their ceilings in place of the missions' own up to the first ceiling a
/// mission records from a resolution (`scripts/reference/missions.py` adds the ceilings
/// the resolutions set where the file has none, each series starting with an entry that
/// names its resolution): the file's entries dated before it, then the mission's own
/// from it.
///
/// # Errors
/// If the records do not make a valid dataset with `base`'s.
pub fn with_outcomes(base: &Dataset, records: &OutcomeRecords) -> Result<Dataset, BoxError> {
    let mut b = Dataset::builder();
    for s in base.sources().iter().cloned().chain(outcome_sources()?) {
        b.source(s);
    }
    for a in base.actors() {
        b.actor(a.clone());
    }
    for m in base.memberships() {
        b.membership(m.clone());
    }
    for m in base.missions() {
        let mut m = m.clone();
        if let Some(entries) = records.ceilings.get(m.id.as_str()) {
            m.authorized_strength = file_then_resolutions(entries, &m.authorized_strength);
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
    for p in base.participations() {
        b.participation(p.clone());
    }
    b.battle_deaths_records(records.battle_deaths.iter().cloned())
        .fatalities(records.fatalities.iter().cloned())
        .strengths(records.strengths.iter().cloned())
        .presences(records.presences.iter().cloned());
    Ok(b.build()?)
}

/// A mission's ceilings from the file's `entries` and its `own` (`missions.json`'s): the
/// file's dated before the first of its own that names a resolution, then its own from
/// there (`scripts/reference/missions.py` merges them so); the file's alone if none of
/// its own names a resolution.
#[must_use]
pub fn file_then_resolutions(
    entries: &[AuthorizedStrength],
    own: &[AuthorizedStrength],
) -> Vec<AuthorizedStrength> {
    let own_from = own
        .iter()
        .filter(|c| c.resolution.is_some())
        .map(|c| c.as_of)
        .min();
    let before = |c: &&AuthorizedStrength| own_from.is_none_or(|d| c.as_of < d);
    let from = |c: &&AuthorizedStrength| own_from.is_some_and(|d| c.as_of >= d);
    entries
        .iter()
        .filter(before)
        .chain(own.iter().filter(from))
        .cloned()
        .collect()
}

/// The two generated texts, and what went into them.
#[derive(Debug)]
pub struct ReferenceOutcomes {
    /// `crates/peacekeeping-data/reference/outcomes.json`.
    pub outcomes_json: String,
    /// `scripts/reference/ceilings.json`.
    pub ceilings_json: String,
    /// One line per file read and per rule applied: what was taken and left out.
    pub log: Vec<String>,
}

/// Makes the outcome records of the reference dataset from the shared data directory
/// `shared` (the files of [`FILES`]) and writes them as the two documents.
///
/// # Errors
/// If a file cannot be read or imported, or the reference dataset's missions cannot be
/// read.
pub fn reference_outcomes(shared: &Path) -> Result<ReferenceOutcomes, BoxError> {
    let base = base()?;
    let files = OutcomeFiles::read(shared)?;
    let records = outcome_records(&base, &files)?;
    let mut log: Vec<String> = files.summaries().into();
    log.extend(records.log.iter().cloned());
    Ok(ReferenceOutcomes {
        outcomes_json: outcomes_document(&records)?,
        ceilings_json: ceilings_document(&records.ceilings)?,
        log,
    })
}

/// The Dataset JSON document of the records, one record per line.
fn outcomes_document(records: &OutcomeRecords) -> Result<String, BoxError> {
    let mut out = String::from("{\n\"format\": \"peacekeeping-dataset\",\n\"version\": 1,\n");
    lines(&mut out, "sources", &source_documents())?;
    out.push_str(",\n");
    lines(&mut out, "battle_deaths", &records.battle_deaths)?;
    out.push_str(",\n");
    lines(&mut out, "fatalities", &records.fatalities)?;
    out.push_str(",\n");
    lines(&mut out, "strengths", &records.strengths)?;
    out.push_str(",\n");
    lines(&mut out, "presences", &records.presences)?;
    out.push_str("\n}\n");
    Ok(out)
}

/// The sources of the outcome records, as the JSON objects `outcomes.json` holds.
fn source_documents() -> Vec<serde_json::Value> {
    vec![
        serde_json::json!({
            "id": UCDP_SOURCE,
            "kind": "research-dataset",
            "title": "UCDP/PRIO battle-related deaths by country-year, 1946-2022 (table ucdpbrds of the R package poldat)",
            "publisher": "Uppsala Conflict Data Program (UCDP) and Peace Research Institute Oslo (PRIO)",
            "citation": "UCDP Georeferenced Event Dataset 23.1, state-based violence, for 1989-2022 (Davies, Pettersson & Oberg 2023, Journal of Peace Research 60(4); Sundberg & Melander 2013, JPR 50(4)) and PRIO Battle Deaths 3.1 for 1946-1988 (Lacina & Gleditsch 2005), by territory (cShapes 2.0 units) as compiled by Jonas Vestby in the R package poldat (repository kvelleby/poldat, data/ucdpbrds.rda, commit 08e64572); UCDP data CC BY 4.0",
            "consulted": CONSULTED,
            "reliability": "A",
        }),
        serde_json::json!({
            "id": FATALITIES_SOURCE,
            "kind": "official-statistics",
            "title": "Peacekeeping Fatalities (dataset DPPADPOSS-FATALITIES), one record per death of UN peacekeeping personnel, 1948-2025",
            "publisher": "United Nations Department of Political and Peacebuilding Affairs / Department of Peace Operations (UN Peace and Security Data Hub)",
            "citation": "United Nations, Peacekeeping Fatalities, psdata.un.org dataset DPPADPOSS-FATALITIES, file with last_update 2025-04-04 (described at peacekeeping.un.org/en/peacekeeper-fatalities); copy from repository iv-div/my-jupyter-portfolio, commit 8e75c160",
            "consulted": CONSULTED,
            "reliability": "A",
        }),
        serde_json::json!({
            "id": IPI_SOURCE,
            "kind": "research-dataset",
            "title": "IPI Peacekeeping Database: uniformed personnel of each UN peacekeeping operation by month, 1990-2017 (file data_mission.csv)",
            "publisher": "International Peace Institute (Providing for Peacekeeping project)",
            "citation": "Perry, C. and Smith, A. C. (2013), 'Trends in Uniformed Contributions to UN Peacekeeping: A New Dataset, 1991-2012', IPI; compiled from the UN's monthly reports of contributions by country and mission; file data_mission.csv of the public repository IPIDataLab/PPP_Loader, commit 2653920a",
            "consulted": CONSULTED,
            "reliability": "A",
        }),
        serde_json::json!({
            "id": SIPRI_SOURCE,
            "kind": "research-dataset",
            "title": "UN and Non-UN Peacekeeping Dataset v2-2019: personnel of UN and non-UN peace operations by month, 1993-2016 (SIPRI's figures)",
            "publisher": "Uppsala University (Corinne Bara) from SIPRI's Multilateral Peace Operations Database",
            "citation": "Bara, C. and Hultman, L. (2020), 'Just Different Hats? Comparing UN and Non-UN Peacekeeping', International Peacekeeping 27(3): 341-368; SIPRI (2017) Multilateral Peace Operations Database; file 'UN and Non-UN Peacekeeping_v2-2019.dta' of repository treywood10/Mandate_Contribute, converted to CSV; only the months SIPRI observed",
            "consulted": CONSULTED,
            "reliability": "B",
        }),
        serde_json::json!({
            "id": RADPKO_SOURCE,
            "kind": "research-dataset",
            "title": "RADPKO: UN deployments by base and year with contributor breakdown, 13 missions in sub-Saharan Africa, 1999-2019 (yearly means of the monthly base-level data, file radpko_bases_cc_y.csv)",
            "publisher": "Hunnicutt, P. and Nomikos, W. G. (RADPKO project)",
            "citation": "Hunnicutt, P. and Nomikos, W. G. (2020), 'Nationality, Gender, and Deployments at the Local Level: Introducing the RADPKO Dataset', International Peacekeeping 27(4): 645-672; full data on Harvard Dataverse, doi:10.7910/DVN/BQU5VD; file app/radpko_bases_cc_y.csv of repository dapp-lab/radpko-shiny, commit 27e5d4d8",
            "consulted": CONSULTED,
            "reliability": "B",
        }),
        serde_json::json!({
            "id": GEOPKO_SOURCE,
            "kind": "research-dataset",
            "title": "Geocoded Peacekeeping Operations (Geo-PKO) v2.3: contributors at each site of UN peacekeeping missions by year, 1994-2024, with unit sizes inferred from map symbols (file TCCMap_v.2.3.csv)",
            "publisher": "Uppsala University, Department of Peace and Conflict Research (Geo-PKO project)",
            "citation": "Cil, D., Fjelde, H., Hultman, L. and Nilsson, D. (2020), 'Mapping blue helmets: Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset', Journal of Peace Research 57(2): 360-370; dashboard extract data/TCCMap_v.2.3.csv of repository geopko/Geo-PKO-Shiny-Dashboard, commit c2e56d21",
            "consulted": CONSULTED,
            "reliability": "C",
        }),
    ]
}

/// `"name": [` then one record per line.
fn lines<T: serde::Serialize>(out: &mut String, name: &str, records: &[T]) -> Result<(), BoxError> {
    writeln!(out, "\"{name}\": [")?;
    for (i, r) in records.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&serde_json::to_string(r)?);
    }
    out.push_str("\n]");
    Ok(())
}

/// `{"MISSION": [ceiling, ...], ...}`, one mission per line.
fn ceilings_document(
    ceilings: &BTreeMap<String, Vec<AuthorizedStrength>>,
) -> Result<String, BoxError> {
    let mut out = String::from("{\n");
    for (i, (mission, entries)) in ceilings.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        write!(out, "\"{mission}\": {}", serde_json::to_string(entries)?)?;
    }
    out.push_str("\n}\n");
    Ok(out)
}
