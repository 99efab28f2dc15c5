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
//!   zero is an observed zero. A unit without an ISO code is not a host and is not taken.
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
//!   `authorized::to_authorized_strengths` for each reference mission, keeping the entries
//!   dated in the mission's period; a mission still running when the file ends (2015-05)
//!   gets an entry without figures on the first day after the file's last month, so that
//!   its last ceiling in the file is not carried past what the file knows.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

use peacekeeping_core::{
    AuthorizedStrength, BattleDeaths, Dataset, DeployedStrength, Presence, SourceId,
};
use peacekeeping_data::{
    authorized, fatalities, geopko, ipi, names, nonun, radpko, reference, ucdp,
};

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
/// `shared` (its `ucdp-brd-cy/`, `un-fatalities/`, `pko-authorized/`, `ipi-ppp/`,
/// `non-un-pko/`, `radpko/` and `geo-pko/`).
///
/// # Errors
/// If a file cannot be read or imported, or the reference dataset's missions cannot be
/// read.
pub fn reference_outcomes(shared: &Path) -> Result<ReferenceOutcomes, Box<dyn Error>> {
    let mut log = Vec::new();
    // The reference dataset without the documents this makes: its missions and periods.
    let base = Dataset::from_json_documents(
        reference::DOCUMENTS
            .into_iter()
            .filter(|(name, _)| !name.ends_with("outcomes.json")),
    )?;

    // Battle deaths of the hosts, in each mission's window.
    let brd = ucdp::read_battle_deaths_file(shared.join("ucdp-brd-cy/ucdpbrds.csv"))?;
    log.push(format!("ucdp-brd-cy/ucdpbrds.csv: {}", brd.summary()));
    let last_year = brd.records.iter().map(|r| r.year).max().unwrap_or(0);
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
    let ucdp_source: SourceId = UCDP_SOURCE.parse()?;
    let mut deaths: Vec<BattleDeaths> = brd
        .records
        .iter()
        .filter_map(ucdp::CountryYear::to_battle_deaths)
        .filter(|d| {
            windows
                .get(d.territory.as_str())
                .is_some_and(|years| years.contains(&d.year))
        })
        .map(|d| d.with_source(ucdp_source.clone()))
        .collect();
    deaths.sort_by(|a, b| (a.territory.as_str(), a.year).cmp(&(b.territory.as_str(), b.year)));
    let territories: BTreeSet<&str> = deaths.iter().map(|d| d.territory.as_str()).collect();
    let without: Vec<&str> = windows
        .keys()
        .map(String::as_str)
        .filter(|h| !territories.contains(h))
        .collect();
    log.push(format!(
        "battle deaths: {} country-years of {} host territories; hosts without any in the file: {}",
        deaths.len(),
        territories.len(),
        if without.is_empty() {
            "none".to_owned()
        } else {
            without.join(", ")
        }
    ));

    // Fatalities of the reference missions.
    let file =
        fatalities::read_fatalities_file(shared.join("un-fatalities/DPPADPOSS-FATALITIES.csv"))?;
    log.push(format!(
        "un-fatalities/DPPADPOSS-FATALITIES.csv: {}",
        file.import.summary()
    ));
    let fatality_source: SourceId = FATALITIES_SOURCE.parse()?;
    let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
    let mut deaths_of_personnel = Vec::new();
    for f in &file.import.records {
        let id = names::known_mission_on(f.mission.as_str(), f.date)
            .filter(|id| base.mission(id.as_str()).is_some());
        if let Some(id) = id {
            let mut f = f.clone().with_source(fatality_source.clone());
            f.mission = id.clone();
            deaths_of_personnel.push(f);
        } else {
            *left_out.entry(f.mission.to_string()).or_default() += 1;
        }
    }
    log.push(format!(
        "fatalities: {} records of reference missions; left out, of missions the reference dataset lacks: {}",
        deaths_of_personnel.len(),
        if left_out.is_empty() {
            "none".to_owned()
        } else {
            left_out
                .iter()
                .map(|(m, n)| format!("{m} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    ));

    // Ceilings of the reference missions.
    let months = authorized::read_mission_months_file(
        shared.join("pko-authorized/personnel_shortfall_mission_month.csv"),
    )?;
    log.push(format!(
        "pko-authorized/personnel_shortfall_mission_month.csv: {}",
        months.summary()
    ));
    let file_end = months
        .records
        .iter()
        .map(|m| m.date)
        .max()
        .ok_or("the ceilings file has no month")?;
    let after_file = file_end.last_of_month().next_day();
    let mut ceilings: BTreeMap<String, Vec<AuthorizedStrength>> = BTreeMap::new();
    let mut not_reference = Vec::new();
    for (id, entries) in authorized::to_authorized_strengths(&months.records) {
        let Some(m) = base.mission(id.as_str()) else {
            not_reference.push(id.to_string());
            continue;
        };
        let mut kept: Vec<AuthorizedStrength> = entries
            .into_iter()
            .filter(|e| m.period.contains(e.as_of))
            .collect();
        let has_figures = |e: &AuthorizedStrength| {
            e.military.is_some() || e.police.is_some() || e.observers.is_some()
        };
        if kept.last().is_some_and(has_figures) && m.period.contains(after_file) {
            kept.push(AuthorizedStrength::new(after_file));
        }
        if !kept.is_empty() {
            ceilings.insert(id.to_string(), kept);
        }
    }
    log.push(format!(
        "ceilings: {} entries of {} missions (an entry without figures from {after_file} for each one still running then); not reference missions: {}",
        ceilings.values().map(Vec::len).sum::<usize>(),
        ceilings.len(),
        if not_reference.is_empty() { "none".to_owned() } else { not_reference.join(", ") }
    ));

    // Deployed strengths: the IPI mission file for the UN missions it covers, SIPRI's own
    // figures (the UN and Non-UN Peacekeeping Dataset) for the others.
    let ipi_months = ipi::read_mission_months_file(shared.join("ipi-ppp/data_mission.csv"))?;
    log.push(format!(
        "ipi-ppp/data_mission.csv: {}",
        ipi_months.summary()
    ));
    let un = ipi::to_deployed_strengths(&ipi_months.records, IPI_SOURCE.parse()?);
    log.push(format!("strengths from the IPI mission file: {un}"));
    let sipri_months =
        nonun::read_mission_months_file(shared.join("non-un-pko/un_nonun_pko_v2-2019.csv"))?;
    log.push(format!(
        "non-un-pko/un_nonun_pko_v2-2019.csv: {}",
        sipri_months.summary()
    ));
    let sipri = nonun::to_deployed_strengths(&sipri_months.records, SIPRI_SOURCE.parse()?);
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

    // Presences: RADPKO's bases and Geo-PKO's sites, each citing its source.
    let bases = radpko::read_base_years_file(shared.join("radpko/radpko_bases_cc_y.csv"))?;
    log.push(format!("radpko/radpko_bases_cc_y.csv: {}", bases.summary()));
    let by_bases = radpko::to_presences(&bases.records, RADPKO_SOURCE.parse()?);
    log.push(format!("presences from RADPKO's bases: {by_bases}"));
    let sites = geopko::read_contributor_sites_file(shared.join("geo-pko/TCCMap_v.2.3.csv"))?;
    log.push(format!("geo-pko/TCCMap_v.2.3.csv: {}", sites.summary()));
    let by_sites = geopko::to_presences(&sites.records, GEOPKO_SOURCE.parse()?);
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

    let outcomes_json = outcomes_document(&deaths, &deaths_of_personnel, &strengths, &presences)?;
    let ceilings_json = ceilings_document(&ceilings)?;
    Ok(ReferenceOutcomes {
        outcomes_json,
        ceilings_json,
        log,
    })
}

/// The Dataset JSON document of the records, one record per line.
fn outcomes_document(
    deaths: &[BattleDeaths],
    fatalities: &[peacekeeping_core::Fatality],
    strengths: &[DeployedStrength],
    presences: &[Presence],
) -> Result<String, Box<dyn Error>> {
    let sources = [
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
    ];
    let mut out = String::from("{\n\"format\": \"peacekeeping-dataset\",\n\"version\": 1,\n");
    lines(&mut out, "sources", &sources)?;
    out.push_str(",\n");
    lines(&mut out, "battle_deaths", deaths)?;
    out.push_str(",\n");
    lines(&mut out, "fatalities", fatalities)?;
    out.push_str(",\n");
    lines(&mut out, "strengths", strengths)?;
    out.push_str(",\n");
    lines(&mut out, "presences", presences)?;
    out.push_str("\n}\n");
    Ok(out)
}

/// `"name": [` then one record per line.
fn lines<T: serde::Serialize>(
    out: &mut String,
    name: &str,
    records: &[T],
) -> Result<(), Box<dyn Error>> {
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
) -> Result<String, Box<dyn Error>> {
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
