//! The embedded reference dataset: true, sourced facts on peace operations, with no
//! download.
//!
//! [`dataset`] returns it as a validated [`Dataset`]: states (ISO 3166 codes, region,
//! official languages; their COW codes through [`crate::crosswalk`]), the UN and the
//! regional organizations with their memberships over time, peace operations, the
//! partnerships the field cites with their frictions, published contribution figures,
//! the missions' authorised strengths and reported strengths, the contributors present
//! in them year by year (RADPKO, Geo-PKO), the battle deaths of their host countries and
//! the fatalities of their personnel. Every record names its sources ([`Dataset::sources`]); what is known to be
//! missing is listed in `docs/datasets.md` ("The reference dataset").
//!
//! ```
//! use peacekeeping_data::reference;
//!
//! let data = reference::dataset();
//! assert!(data.sources().len() > 0);
//! // Every record carries a source.
//! assert!(data.actors().iter().all(|a| !a.sources.is_empty()));
//! ```
//!
//! The data lives in the crate as JSON documents in the format of
//! `docs/dataset-format.md` (`reference/*.json`, listed in [`DOCUMENTS`]); they are read
//! together, once, on the first call, and kept.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use peacekeeping_core::{
    ActorId, Contributed, Contribution, Dataset, Date, Error, MissionId, Personnel,
};

use crate::{Import, UnknownMission};

/// The documents of the reference dataset, as `(file name, JSON text)`, in reading
/// order. Each holds some of the sections; records of one may refer to records of
/// another.
pub const DOCUMENTS: [(&str, &str); 6] = [
    STATES,
    ORGANIZATIONS,
    MISSIONS,
    CASES,
    CONTRIBUTIONS,
    OUTCOMES,
];

const STATES: (&str, &str) = (
    "reference/states.json",
    include_str!("../reference/states.json"),
);
const ORGANIZATIONS: (&str, &str) = (
    "reference/organizations.json",
    include_str!("../reference/organizations.json"),
);
const MISSIONS: (&str, &str) = (
    "reference/missions.json",
    include_str!("../reference/missions.json"),
);
const CASES: (&str, &str) = (
    "reference/cases.json",
    include_str!("../reference/cases.json"),
);
const CONTRIBUTIONS: (&str, &str) = (
    "reference/contributions.json",
    include_str!("../reference/contributions.json"),
);
const OUTCOMES: (&str, &str) = (
    "reference/outcomes.json",
    include_str!("../reference/outcomes.json"),
);

/// The reference dataset, read and validated on the first call and shared afterwards.
///
/// # Panics
/// Only if the embedded documents do not make a valid dataset. They are fixed at
/// compile time and the crate's tests read them with [`load`] and require zero
/// problems, so a released crate does not panic here.
#[must_use]
#[allow(clippy::panic)]
pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        load().unwrap_or_else(|e| panic!("the embedded reference dataset is invalid: {e}"))
    })
}

/// Reads the reference dataset afresh from the embedded documents, without the cache
/// of [`dataset`]: for benchmarks, and for a copy to change.
///
/// # Errors
/// [`Error::Invalid`] (or [`Error::Json`]) if the embedded documents are not a valid
/// dataset, which the crate's tests rule out.
pub fn load() -> Result<Dataset, Error> {
    Dataset::from_json_documents(DOCUMENTS)
}

/// The reference dataset with `contributions` in place of its own personnel figures
/// (`contributions.json`; the asset and funding records of the cases stay): how to
/// study a whole contribution file (such as IPI's `Gender.Full.csv`, read by
/// [`ipi::read_gender_full_file`](crate::ipi::read_gender_full_file), or a UN file read
/// by [`un::read_contributions_file`](crate::un::read_contributions_file)) with the
/// reference actors, missions, memberships and partnerships.
///
/// Two things are done to the records, each reported in the returned
/// [`ContributionMerge`]:
///
/// - **Left out**: a record dated after its mission's end. Monthly files report a
///   mission at the end of the month in which it closed (UNMIS, ended 2011-07-09, on
///   2011-07-31); the dataset refuses a report outside its mission's period, and no
///   snapshot would read it (a mission is read only on the dates it is active).
/// - **Closing reports added**: the dataset reads "a mission's latest report on or before
///   the date" ([`Dataset::deployments_in`]), so a mission that a file stops listing
///   while it is still active would keep its last figures. A file that lists a mission
///   only in the months it has personnel means "nobody" by leaving it out, so on the first
///   report date (a date of some personnel record) on which an active mission is not
///   listed, one record of zero personnel is added, from a contributor of its previous
///   report (the first of that date in the order given).
///
/// Every other record is kept as given. Funding and asset records take no part in the
/// closing reports.
///
/// ```
/// use peacekeeping_core::{Contribution, Date, Headcount, Personnel, PersonnelCategory};
/// use peacekeeping_data::reference::{self, LeftOutReason};
///
/// let troops = |n| Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n));
/// let report = |mission: &str, date: Date, n| -> Result<Contribution, peacekeeping_core::Error> {
///     Ok(Contribution::personnel("GHA".parse()?, mission.parse()?, date, troops(n)))
/// };
/// let (june, july) = (Date::new(2011, 6, 30)?, Date::new(2011, 7, 31)?);
/// let records = vec![
///     report("UNMIL", june, 700)?,
///     report("UNMIS", june, 50)?,
///     report("UNOCI", july, 500)?,
///     report("UNMIS", july, 40)?, // UNMIS ended on 2011-07-09
/// ];
/// let (data, merge) = reference::with_contributions(records)?;
///
/// // The July report of UNMIS is left out, with the reason.
/// assert_eq!(merge.left_out.len(), 1);
/// assert_eq!(merge.left_out[0].mission.as_str(), "UNMIS");
/// assert_eq!(merge.left_out[0].reason, LeftOutReason::AfterMissionEnd { end: Date::new(2011, 7, 9)? });
/// // UNMIL, still active, is not listed in July: it gets a closing report of zero.
/// assert_eq!(merge.closing.len(), 1);
/// assert_eq!((merge.closing[0].mission.as_str(), merge.closing[0].date), ("UNMIL", july));
/// assert!(data.deployments_in("UNMIL", july).iter().all(|d| d.personnel.total() == 0));
/// // The reference dataset's own figures are gone: 3 given records kept, 1 added.
/// assert_eq!(data.contributions().iter().filter(|c| c.what.personnel().is_some()).count(), 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`Error::Invalid`] if the records kept do not make a valid dataset with the reference
/// records: a contributor or mission the reference dataset does not have, or a report
/// dated before its mission's start (the report lists every problem).
pub fn with_contributions(
    mut contributions: Vec<Contribution>,
) -> Result<(Dataset, ContributionMerge), Error> {
    let without_own = DOCUMENTS
        .into_iter()
        .filter(|&(name, _)| name != CONTRIBUTIONS.0);
    let base = Dataset::from_json_documents(without_own)?;

    let mut left_out = Vec::new();
    contributions.retain(|c| {
        let end = base.mission(&c.mission).and_then(|m| m.period.end());
        match end {
            Some(end) if c.date > end => {
                left_out.push(LeftOut {
                    contributor: c.contributor.clone(),
                    mission: c.mission.clone(),
                    date: c.date,
                    reason: LeftOutReason::AfterMissionEnd { end },
                });
                false
            }
            _ => true,
        }
    });
    let closing = closing_reports(&base, &contributions);

    let mut builder = base.into_builder();
    builder
        .contributions(contributions)
        .contributions(closing.iter().cloned());
    let data = builder.build()?;
    Ok((
        data,
        ContributionMerge {
            left_out,
            closing,
            unknown_missions: Vec::new(),
        },
    ))
}

/// [`with_contributions`] of the records of an import (of
/// [`contributions::read_file`](crate::contributions::read_file), say), less those of
/// its [unknown missions](Import::unknown_missions), which the reference dataset does
/// not have: they are left out, and listed in the merge's
/// [`unknown_missions`](ContributionMerge::unknown_missions).
///
/// ```
/// use peacekeeping_data::{contributions::{self, Format}, reference};
///
/// let csv = "Date,Contributor,Contributor_ISO-3,Contributor_Continent,Contributor_Region,\
/// Mission,Mission_Country,Mission_Country_ISO-3,Experts_on_Mission,Formed_Police_Units,\
/// Inidividual_Police,Civilian_Police,Troops,Observers,Total
/// 2013-12-31,Ghana,GHA,Africa,Western Africa,UNMIL,Liberia,LBR,5,0,20,20,700,5,725
/// 2013-12-31,Ghana,GHA,Africa,Western Africa,UNMILL,Liberia,LBR,0,0,0,0,10,0,10
/// ";
/// let import = contributions::read(csv.as_bytes(), Format::IpiFull, None)?;
/// let (data, merge) = reference::with_import(import)?;
/// assert_eq!(data.contributions().iter().filter(|c| c.what.personnel().is_some()).count(), 1);
/// assert_eq!(merge.unknown_missions[0].value, "UNMILL");
/// assert_eq!(
///     merge.report("ipi.csv").to_string(),
///     "left out (unknown mission): <input>:3: column \"Mission\" \"UNMILL\" (1 row): \
///      no mission of the reference dataset; closest known: UNMIL\n\
///      ipi.csv: 0 records left out, 1 row of unknown missions left out, 0 closing reports added\n"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`with_contributions`].
pub fn with_import(import: Import<Contribution>) -> Result<(Dataset, ContributionMerge), Error> {
    let Import {
        mut records,
        unknown_missions,
        ..
    } = import;
    records.retain(|c| !unknown_missions.iter().any(|u| u.id == c.mission));
    let (data, mut merge) = with_contributions(records)?;
    merge.unknown_missions = unknown_missions;
    Ok((data, merge))
}

/// The closing reports of [`with_contributions`] for the personnel records `records`.
fn closing_reports(base: &Dataset, records: &[Contribution]) -> Vec<Contribution> {
    // Per report date, each mission listed, with the first record of it on that date.
    let mut by_date: BTreeMap<Date, BTreeMap<&MissionId, &Contribution>> = BTreeMap::new();
    for c in records.iter().filter(|c| c.what.personnel().is_some()) {
        by_date
            .entry(c.date)
            .or_default()
            .entry(&c.mission)
            .or_insert(c);
    }
    let mut closing = Vec::new();
    let mut open: BTreeMap<&MissionId, &Contribution> = BTreeMap::new();
    for (&date, listed) in &by_date {
        open.retain(|mission, last| {
            let silent = !listed.contains_key(mission)
                && base.mission(mission).is_some_and(|m| m.is_active_on(date));
            if silent {
                let mut zero = (*last).clone();
                zero.date = date;
                zero.what = Contributed::Personnel(Personnel::default());
                closing.push(zero);
            }
            !silent
        });
        open.extend(listed.iter().map(|(m, c)| (*m, *c)));
    }
    closing
}

/// What [`with_contributions`] did to the records it was given (its example reads one).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContributionMerge {
    /// The records left out, in the order given, each with the reason.
    pub left_out: Vec<LeftOut>,
    /// The closing reports added (zero personnel), by date, then mission id.
    pub closing: Vec<Contribution>,
    /// The unknown missions of an import whose records [`with_import`] left out (empty
    /// after [`with_contributions`], which is given records only).
    pub unknown_missions: Vec<UnknownMission>,
}

impl ContributionMerge {
    /// The merge's report for a person to read, as a program prints it on stderr after
    /// the [`Import::report`] of the file it read: a line per unknown mission left out
    /// (`left out (unknown mission): ...`), per record left out (`left out: ...`) and
    /// per closing report added (`closing report added: ...`), then the totals,
    /// `{file}: {n} records left out, {m} closing reports added`, where `n` counts the
    /// `left out:` lines; if there are unknown missions, their rows (the sum of the
    /// counts their lines give) come between the two, `{r} rows of unknown missions left
    /// out` (rows, not records: a row merged into another row's record, as in the long
    /// UN layouts, makes no record of its own). See [`with_import`].
    pub fn report<'a>(&'a self, file: &'a str) -> MergeReport<'a> {
        MergeReport { file, merge: self }
    }
}

/// The report of a [`ContributionMerge`], from [`ContributionMerge::report`]; `Display`
/// writes it.
#[derive(Debug, Clone, Copy)]
#[must_use = "a report is for printing"]
pub struct MergeReport<'a> {
    file: &'a str,
    merge: &'a ContributionMerge,
}

impl fmt::Display for MergeReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for unknown in &self.merge.unknown_missions {
            writeln!(f, "left out (unknown mission): {unknown}")?;
        }
        for left_out in &self.merge.left_out {
            writeln!(f, "left out: {left_out}")?;
        }
        for c in &self.merge.closing {
            writeln!(
                f,
                "closing report added: {} {} {} (the file stops listing the mission while it is active)",
                c.contributor, c.mission, c.date
            )?;
        }
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}: {} left out, ",
            self.file,
            count(self.merge.left_out.len(), "record", "records")
        )?;
        let unknown_rows = self.merge.unknown_missions.iter().map(|u| u.rows).sum();
        if unknown_rows > 0 {
            let rows = count(unknown_rows, "row", "rows");
            write!(f, "{rows} of unknown missions left out, ")?;
        }
        let closing = count(
            self.merge.closing.len(),
            "closing report",
            "closing reports",
        );
        writeln!(f, "{closing} added")
    }
}

/// A record [`with_contributions`] left out.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::reference::{LeftOut, LeftOutReason};
///
/// let left_out = LeftOut {
///     contributor: "GHA".parse()?,
///     mission: "UNMIS".parse()?,
///     date: Date::new(2011, 7, 31)?,
///     reason: LeftOutReason::AfterMissionEnd { end: Date::new(2011, 7, 9)? },
/// };
/// assert_eq!(left_out.to_string(), "GHA UNMIS 2011-07-31: after the mission's end (2011-07-09)");
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeftOut {
    /// The record's contributor.
    pub contributor: ActorId,
    /// The record's mission.
    pub mission: MissionId,
    /// The record's date.
    pub date: Date,
    /// Why it was left out.
    pub reason: LeftOutReason,
}

/// Why [`with_contributions`] left a record out (see [`LeftOut`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeftOutReason {
    /// The record is dated after its mission's end.
    AfterMissionEnd {
        /// The mission's last day.
        end: Date,
    },
}

impl fmt::Display for LeftOut {
    /// `GHA UNMIS 2011-07-31: after the mission's end (2011-07-09)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}: ", self.contributor, self.mission, self.date)?;
        match self.reason {
            LeftOutReason::AfterMissionEnd { end } => {
                write!(f, "after the mission's end ({end})")
            }
        }
    }
}

/// The id, acronym and aliases of each mission of the reference dataset, in its order,
/// read from its missions document alone, once: what the importers check the acronyms
/// they read against ([`names::known_mission`](crate::names::known_mission)), without
/// reading and holding the whole dataset. (Holding it, or the typed missions, left the
/// heap such that each later import of `Gender.Full.csv` page-faulted about 30 times
/// more and took a third longer: `perf stat -e page-faults` on the `gender_full_once`
/// bench example.)
///
/// The same missions, in the same order, as [`dataset`]`().missions()`: a test checks
/// it.
///
/// # Panics
/// As [`dataset`], only if the embedded document is not valid, which the crate's tests
/// rule out.
#[allow(clippy::panic)]
pub(crate) fn mission_names() -> &'static [MissionNames] {
    static NAMES: OnceLock<Vec<MissionNames>> = OnceLock::new();
    NAMES.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Document {
            missions: Vec<MissionNames>,
        }
        serde_json::from_str::<Document>(MISSIONS.1).map_or_else(
            |e| panic!("the embedded {} is invalid: {e}", MISSIONS.0),
            |d| d.missions,
        )
    })
}

/// The names of one reference mission (see [`mission_names`]).
#[derive(Debug, serde::Deserialize)]
pub(crate) struct MissionNames {
    pub(crate) id: MissionId,
    pub(crate) acronym: String,
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The personnel records of a dataset (the cases' asset records stay in it).
    fn personnel_records(data: &Dataset) -> usize {
        data.contributions()
            .iter()
            .filter(|c| c.what.personnel().is_some())
            .count()
    }

    #[test]
    fn the_mission_names_read_alone_are_those_of_the_dataset() {
        let alone: Vec<_> = mission_names()
            .iter()
            .map(|m| (&m.id, &m.acronym, &m.aliases))
            .collect();
        let whole: Vec<_> = dataset()
            .missions()
            .iter()
            .map(|m| (&m.id, &m.acronym, &m.aliases))
            .collect();
        assert_eq!(alone.len(), 172);
        assert_eq!(alone, whole);
    }

    fn troops(contributor: &str, mission: &str, date: Date, n: u32) -> Contribution {
        use peacekeeping_core::{Headcount, PersonnelCategory};
        Contribution::personnel(
            contributor.parse().unwrap(),
            mission.parse().unwrap(),
            date,
            Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n)),
        )
    }

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn a_record_after_its_missions_end_is_left_out_with_its_reason() {
        // UNSMIS ended on 2012-08-19; the file's August report comes after.
        let records = vec![
            troops("GHA", "UNSMIS", day(2012, 7, 31), 10),
            troops("NPL", "UNSMIS", day(2012, 8, 31), 3),
        ];
        let (data, merge) = with_contributions(records).unwrap();
        assert_eq!(
            merge.left_out,
            vec![LeftOut {
                contributor: "NPL".parse().unwrap(),
                mission: "UNSMIS".parse().unwrap(),
                date: day(2012, 8, 31),
                reason: LeftOutReason::AfterMissionEnd {
                    end: day(2012, 8, 19)
                },
            }]
        );
        assert_eq!(
            merge.left_out[0].to_string(),
            "NPL UNSMIS 2012-08-31: after the mission's end (2012-08-19)"
        );
        // UNSMIS is not active on 2012-08-31: no closing report for it.
        assert!(merge.closing.is_empty());
        assert_eq!(personnel_records(&data), 1);
        // The reference dataset's own figures are replaced.
        assert!(data.deployments_in("UNOCI", day(2013, 12, 31)).is_empty());
    }

    #[test]
    fn a_mission_dropping_out_while_active_gets_one_closing_report() {
        let records = vec![
            troops("GHA", "UNMIL", day(2013, 1, 31), 700),
            troops("NGA", "UNMIL", day(2013, 1, 31), 1500),
            troops("GHA", "UNOCI", day(2013, 1, 31), 500),
            troops("GHA", "UNOCI", day(2013, 2, 28), 510),
            troops("GHA", "UNOCI", day(2013, 3, 31), 520),
            troops("GHA", "UNOCI", day(2013, 4, 30), 530),
            troops("NGA", "UNMIL", day(2013, 4, 30), 1400),
        ];
        let (data, merge) = with_contributions(records).unwrap();
        assert!(merge.left_out.is_empty());
        // Only the first month UNMIL is missing, from the first contributor of its
        // previous report, with zero personnel.
        assert_eq!(
            merge.closing,
            vec![troops("GHA", "UNMIL", day(2013, 2, 28), 0)]
        );
        assert_eq!(
            merge.closing[0].what,
            Contributed::Personnel(Personnel::default())
        );
        let total = |date| -> u64 {
            data.deployments_in("UNMIL", date)
                .iter()
                .map(|d| d.personnel.total())
                .sum()
        };
        assert_eq!(total(day(2013, 1, 31)), 2200);
        assert_eq!(total(day(2013, 3, 31)), 0);
        assert_eq!(total(day(2013, 4, 30)), 1400);
    }

    #[test]
    fn the_report_totals_count_the_lines_above_them() {
        // UNSMIS ended on 2012-08-19; UNMIL is not listed on 2013-02-28 while active;
        // UNMILL is no reference mission, in two rows.
        let csv = "Date,Contributor,Contributor_ISO-3,Contributor_Continent,Contributor_Region,\
Mission,Mission_Country,Mission_Country_ISO-3,Experts_on_Mission,Formed_Police_Units,\
Inidividual_Police,Civilian_Police,Troops,Observers,Total
2012-08-31,Nepal,NPL,Asia,Southern Asia,UNSMIS,Syria,SYR,3,0,0,0,0,3,3
2013-01-31,Ghana,GHA,Africa,Western Africa,UNMIL,Liberia,LBR,0,0,0,0,700,0,700
2013-01-31,Ghana,GHA,Africa,Western Africa,UNOCI,Cote d'Ivoire,CIV,0,0,0,0,500,0,500
2013-01-31,Ghana,GHA,Africa,Western Africa,UNMILL,Liberia,LBR,0,0,0,0,10,0,10
2013-02-28,Ghana,GHA,Africa,Western Africa,UNOCI,Cote d'Ivoire,CIV,0,0,0,0,510,0,510
2013-02-28,Ghana,GHA,Africa,Western Africa,UNMILL,Liberia,LBR,0,0,0,0,10,0,10
";
        let import =
            crate::contributions::read(csv.as_bytes(), crate::contributions::Format::IpiFull, None)
                .unwrap();
        assert!(import.is_complete(), "{:?}", import.skipped);
        let (data, merge) = with_import(import).unwrap();
        assert_eq!(personnel_records(&data), 4);
        assert_eq!(
            merge.report("ipi.csv").to_string(),
            "left out (unknown mission): <input>:5: column \"Mission\" \"UNMILL\" (2 rows): \
             no mission of the reference dataset; closest known: UNMIL\n\
             left out: NPL UNSMIS 2012-08-31: after the mission's end (2012-08-19)\n\
             closing report added: GHA UNMIL 2013-02-28 (the file stops listing the mission \
             while it is active)\n\
             ipi.csv: 1 record left out, 2 rows of unknown missions left out, \
             1 closing report added\n"
        );

        // Without unknown missions the totals are the two counts, as on the real files.
        let records = vec![
            troops("NPL", "UNSMIS", day(2012, 8, 31), 3),
            troops("GHA", "UNSMIS", day(2012, 8, 31), 4),
            troops("GHA", "UNMIL", day(2013, 1, 31), 700),
            troops("GHA", "UNOCI", day(2013, 1, 31), 500),
        ];
        let (_, merge) = with_contributions(records).unwrap();
        assert_eq!(
            merge.report("f.csv").to_string(),
            "left out: NPL UNSMIS 2012-08-31: after the mission's end (2012-08-19)\n\
             left out: GHA UNSMIS 2012-08-31: after the mission's end (2012-08-19)\n\
             f.csv: 2 records left out, 0 closing reports added\n"
        );
    }

    #[test]
    fn an_unknown_mission_or_a_report_before_the_start_is_an_error() {
        let unknown = with_contributions(vec![troops("GHA", "NOSUCH", day(2013, 1, 31), 1)]);
        assert!(matches!(unknown, Err(Error::Invalid(_))), "{unknown:?}");
        // MINUSMA started on 2013-04-25.
        let early = with_contributions(vec![troops("GHA", "MINUSMA", day(2013, 1, 31), 1)]);
        assert!(matches!(early, Err(Error::Invalid(_))), "{early:?}");
    }
}
