//! A reader for the UN and Non-UN Peacekeeping Dataset (`non-un-pko/un_nonun_pko_v2-2019.csv`):
//! the personnel of UN and non-UN peace operations (AU, ECOWAS, EU, NATO, CIS, ad hoc
//! coalitions, France) by mission and month, 1993-2016, in the countries of civil conflicts.
//!
//! ```
//! use peacekeeping_data::nonun;
//!
//! // AMISOM in November and December 2015, and UNMIBH in December 1999 under two of
//! // Bosnia's three conflicts: one mission-month, written once per conflict.
//! let csv = "ccode,conflictid,episodenum,activity,date,year,missionid,mission,org,onlypolice,\
//! SIPRI_troops,SIPRI_police,SIPRI_observers,SIPRI_totals,troops_iepo,police_iepo,observers_iepo,totals_iepo,\
//! IPI_troops,IPI_police,IPI_observers,IPI_totals
//! 520,337,33704,1,2015-11,2015,52005.0,AMISOM,2.0,0.0,,,,,21576.0,472.0,0.0,22048.0,,,,
//! 520,337,33704,1,2015-12,2015,52005.0,AMISOM,2.0,0.0,21645.0,481.0,0.0,22126.0,21645.0,481.0,0.0,22126.0,,,,
//! 346,389,38901,0,1999-12,1999,346091.0,UNMIBH ,1.0,0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1813.0,4.0,1817.0
//! 346,397,39701,0,1999-12,1999,346091.0,UNMIBH ,1.0,0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1813.0,4.0,1817.0
//! ";
//! let import = nonun::read_mission_months(csv.as_bytes())?;
//! assert_eq!(import.summary().to_string(), "4 rows read: 3 imported, 1 merged, 0 skipped");
//!
//! // AMISOM's December 2015 figure: SIPRI's year-end observation, 22,126 in all.
//! let december = &import.records[1];
//! assert_eq!((december.mission.as_str(), december.date.to_string().as_str()), ("AMISOM", "2015-12-31"));
//! assert_eq!(december.personnel.total(), 22_126.0);
//! assert!(december.sipri_observed && !import.records[0].sipri_observed);
//!
//! // "UNMIBH " (with its trailing space) is the reference dataset's UNMIBH, in Bosnia and
//! // Herzegovina, under both conflicts; IPI's own figures for the month are kept beside SIPRI's.
//! let unmibh = &import.records[2];
//! assert_eq!((unmibh.mission.as_str(), &*unmibh.name, unmibh.host.as_str()), ("UNMIBH", "UNMIBH ", "BIH"));
//! assert_eq!(unmibh.conflicts.iter().map(|c| c.conflict).collect::<Vec<_>>(), [389, 397]);
//! assert_eq!(unmibh.ipi.map(|ipi| ipi.total()), Some(1_817));
//! # Ok::<(), peacekeeping_data::Error>(())
//! ```
//!
//! # The dataset
//!
//! The UN and Non-UN Peacekeeping Dataset v2-2019 (Corinne Bara, Uppsala University),
//! built from SIPRI's Multilateral Peace Operations Database. Cite Bara, C. & Hultman, L.
//! (2020) "Just Different Hats? Comparing UN and Non-UN Peacekeeping", *International
//! Peacekeeping* 27(3): 341-368, and SIPRI (2017) Multilateral Peace Operations Database.
//! The CSV is the Stata file of the replication repository `treywood10/Mandate_Contribute`
//! (`Make_Data/Regional_PKO/UN and Non-UN Peacekeeping_v2-2019.dta`) converted to CSV, with
//! `date` written `YYYY-MM` (`docs/datasets.md` and the shared data's `SOURCES.md`).
//!
//! **Unit.** A row is a mission x UCDP conflict (or post-conflict episode) x month,
//! 1993-01 to 2016-12, in the 36 countries with an intrastate conflict active between 1989
//! and 2016. The figures are **head counts of uniformed personnel** (troops, police,
//! military observers), not money or units. [`read_mission_months`] makes one
//! [`MissionMonth`] per mission and month.
//!
//! # Columns and quirks, and what the reader does with each
//!
//! - **A mission-month repeats once per conflict.** A mission in a country with several
//!   conflicts (Bosnia's three, the Democratic Republic of the Congo's, Mali's) is written
//!   once per conflict, with the same figures. Rows are grouped by the file's mission
//!   number (`missionid`, one per mission and country) and month: the first row of a
//!   mission-month becomes the record, and each repeat is **merged** into it (counted in
//!   [`Import::rows_merged`]), adding its conflict to [`MissionMonth::conflicts`]. A
//!   repeat is merged only if it agrees with the record on every other column read
//!   (name, organisation, country, police-only flag, every figure and whether SIPRI
//!   gives the month); if it does not, it is **skipped**, and the reason names the
//!   column, both values and both lines (the first row's figures stay in the record: a
//!   disagreement is reported, never resolved silently). In the v2-2019 file every
//!   repeat agrees (1,678 rows merged, 8,100 read, 6,422 mission-months). A row that
//!   repeats a conflict episode the mission-month already lists is skipped as a repeated
//!   row.
//! - **Figures are fractional.** The main variables, `troops_iepo`, `police_iepo`,
//!   `observers_iepo` and `totals_iepo` ("inter- and extrapolated"), are linear
//!   interpolations between SIPRI's December figures, extrapolated at the ends of a
//!   mission's span: [`Strength`] holds them as `f64` (`13028.666666666686` troops). A row
//!   whose total is not the sum of troops, police and observers (within 0.01: the file
//!   rounds some totals to three decimals) is skipped.
//! - **SIPRI's own observations** (`SIPRI_troops`, `SIPRI_police`, `SIPRI_observers`,
//!   `SIPRI_totals`) are given for every December and for the first or last month of some
//!   operations (95 rows: AFISMA's June 2013, the month it handed over to MINUSMA), and
//!   are blank in every other month. Where given they equal the main figures (in every row
//!   of the file), so the record keeps only [`MissionMonth::sipri_observed`]; a row where
//!   they differ from the main figures, or that gives some of the four but not all, is
//!   skipped.
//! - **From 2015 SIPRI merges military observers into troops**: from January 2015 the
//!   `observers` figures are 0 or carried by `troops`. Compare troops + observers across
//!   2014-2015, not the two apart.
//! - **IPI's monthly figures** for UN operations (`IPI_troops`, `IPI_police`,
//!   `IPI_observers`, `IPI_totals`, from the IPI Peacekeeping Database) are whole
//!   numbers written `7938.0`; blank for non-UN operations and for months IPI does not
//!   cover. Kept in [`MissionMonth::ipi`] (all four, or none; a total that is not the
//!   sum is skipped). They equal `ipi-ppp/data_mission.csv` (read by
//!   [`ipi::read_mission_months`](crate::ipi::read_mission_months)) wherever both have
//!   the month.
//! - **Missing values.** An empty field and Stata's missing value `.` are missing: a
//!   missing SIPRI or IPI figure means the source gives none; a missing main figure,
//!   code, date or flag skips the row, and so does a field that is not a number (each
//!   skip names the line, the column, the value and the reason, all found in one pass).
//! - **Codes written as decimals.** `missionid` (`90050.0`), `org` and `onlypolice` are
//!   written with a zero fraction; they are read as whole numbers, and a fraction skips
//!   the row.
//! - **Mission names** (112 of them) are mapped onto the missions of the embedded
//!   [reference dataset](crate::reference) by [`names::mission_in`]:
//!   the name as [`names::known_mission`] reads it
//!   (ignoring case, spaces and punctuation, so the trailing space of `"UNMIBH "` does
//!   not matter; the file's spellings are the reference missions' aliases: `EU Artemis`,
//!   `Op. Serval`, `UNOCI (ONUCI)`), except for the names that stand for several
//!   operations, each in its own country (`ECOMOG`, `EUTM`, ...), which are told apart
//!   by the row's country. A name that names no reference mission is imported under the
//!   id [`names::mission_id`] makes of it (`Op.-Licorne`) and
//!   listed in [`Import::unknown_missions`]; the file's own spelling is kept in
//!   [`MissionMonth::name`], untrimmed.
//! - **Countries are COW codes** (`ccode`) of the conflict's country, mapped to ISO
//!   3166 by [`crosswalk::iso_on`] on the month's last day, so that they follow the
//!   state of the time: **Kosovo is under Serbia** (COW 345: `YUG` to February 2003,
//!   `SCG` to June 2006, then `SRB`: KFOR, UNMIK and EULEX), the Democratic Republic of
//!   the Congo is Zaire (`ZAR`) to May 1997, and East Timor's operations (INTERFET,
//!   UNTAET, UNMISET, UNOTIL, UNMIT, ISF) are under Indonesia (850), UNIFIL and EUPOL
//!   COPPS under Israel (666), MINURSO under Morocco (600). The country is the conflict's,
//!   not always the host's. The name (`location`) is not read: the code is authoritative.
//! - **UNIFIL is counted only from August 2006**, when the dataset assigns it to the
//!   Israel-Hezbollah conflict; only civil-conflict countries are covered, so operations
//!   elsewhere (UNFICYP, UNDOF) are absent.
//! - `org` is 1 for the UN, 2 for a regional organisation in its own region (the AU in
//!   Africa, the EU and NATO in Europe), 3 for an operation outside its region or of no
//!   organisation (the EU in Africa and Asia, NATO's ISAF, France's operations, ad hoc
//!   coalitions): [`OrgKind`]. `onlypolice` flags police missions (kept as given: the
//!   file gives UNOTIL, flagged so, troops from 2005-05 to 2006-06).
//! - `year` is checked against `date` (a row where they differ is skipped); `activity` (1:
//!   active conflict, 0: postwar) is kept with its conflict and episode.
//! - Not read: `location` (the country's name), `incomp` (UCDP's incompatibility), the
//!   `*_ipo` figures (interpolated only, not extrapolated: blank outside the span of
//!   SIPRI's observations, in some conflict repeats blank and in others not (43
//!   mission-months), and with totals interpolated apart from the categories (1,577 rows
//!   where they do not add up)), and the year-constant `*_backward` figures. No
//!   contributor breakdown: the dataset has no troop-contributing countries.
//!
//! The reader takes any [`Read`] (errors and skipped rows then name the file
//! `"<input>"`), [`read_mission_months_file`] a path. [`to_deployed_strengths`] makes
//! core [`DeployedStrength`] records of SIPRI's own figures (not of the interpolated
//! ones). Columns are found by name, in any
//! order; columns not listed above are ignored.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use peacekeeping_core::{CountryCode, Date, DeployedStrength, MissionId, SourceId};

use crate::conversion;
use crate::crosswalk::{self, CowCode};
use crate::import::{Column, INPUT, MissionCheck, Row, read_csv, read_path};
use crate::{Conversion, Error, Import, SkipReason, Skipped, SkippedMonth, names};

/// Who runs an operation, as the file's `org` column codes it.
///
/// ```
/// use peacekeeping_data::nonun::OrgKind;
///
/// assert_eq!(OrgKind::from_code(3), Some(OrgKind::International));
/// assert_eq!(OrgKind::International.to_string(), "international");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgKind {
    /// 1: the United Nations.
    Un,
    /// 2: a regional organisation in its own region: the AU and ECOWAS in Africa, the EU
    /// and NATO in Europe, the CIS in the former Soviet Union.
    Regional,
    /// 3: an operation outside its organisation's region or of no organisation: the EU in
    /// Africa and Asia, NATO's ISAF and Resolute Support, France's operations, ad hoc
    /// coalitions (INTERFET, UNITAF).
    International,
}

impl OrgKind {
    /// The kind the file's code stands for: 1, 2 or 3; `None` for any other number.
    #[must_use]
    pub const fn from_code(code: u32) -> Option<OrgKind> {
        match code {
            1 => Some(OrgKind::Un),
            2 => Some(OrgKind::Regional),
            3 => Some(OrgKind::International),
            _ => None,
        }
    }

    /// The file's code: 1, 2 or 3.
    #[must_use]
    pub const fn code(self) -> u32 {
        match self {
            OrgKind::Un => 1,
            OrgKind::Regional => 2,
            OrgKind::International => 3,
        }
    }
}

impl core::fmt::Display for OrgKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            OrgKind::Un => "UN",
            OrgKind::Regional => "regional",
            OrgKind::International => "international",
        })
    }
}

/// A mission's uniformed personnel in a month, as the dataset's main variables give it:
/// SIPRI's figures, interpolated between its December observations (so fractional).
///
/// From 2015 SIPRI counts military observers among the troops: [`observers`](
/// Strength::observers) is then 0 or small, and troops + observers is the comparable
/// figure across 2014-2015.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Strength {
    /// Troops (`troops_iepo`); from 2015 including military observers.
    pub troops: f64,
    /// Police (`police_iepo`).
    pub police: f64,
    /// Military observers (`observers_iepo`); from 2015 counted among the troops.
    pub observers: f64,
}

impl Strength {
    /// Troops, police and observers together (the file's `totals_iepo`, which it rounds
    /// to at most three decimals, is checked against this sum, not kept).
    #[must_use]
    pub fn total(&self) -> f64 {
        self.troops + self.police + self.observers
    }
}

/// A UN mission's uniformed personnel at the end of a month as the IPI Peacekeeping
/// Database reports it (the file's `IPI_*` columns): the same figures as
/// [`ipi::MissionMonth`](crate::ipi::MissionMonth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct IpiFigures {
    /// Troops.
    pub troops: u32,
    /// Police.
    pub police: u32,
    /// Military observers (experts on mission).
    pub observers: u32,
}

impl IpiFigures {
    /// Troops, police and observers together.
    #[must_use]
    pub fn total(&self) -> u64 {
        u64::from(self.troops) + u64::from(self.police) + u64::from(self.observers)
    }
}

/// A UCDP conflict (or post-conflict episode) that a mission-month is assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConflictEpisode {
    /// The UCDP conflict id (`conflictid`).
    pub conflict: u32,
    /// The episode (`episodenum`): the conflict id and the episode's number, `33704`.
    pub episode: u32,
    /// Whether the conflict was active in the month (`activity` 1), or in its postwar
    /// period (0).
    pub active: bool,
}

/// One mission's personnel in one month, from `un_nonun_pko_v2-2019.csv`: the rows that
/// repeat it once per conflict merged into one record.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MissionMonth {
    /// The mission: the reference dataset's id when the name (and, for a name shared by
    /// several operations, the country) names one ([`names::mission_in`]), or else the
    /// id [`names::mission_id`] makes of the name (listed in
    /// [`Import::unknown_missions`]).
    pub mission: MissionId,
    /// The mission's name as the file writes it (`mission`), untrimmed: `"UNMIBH "`.
    pub name: Arc<str>,
    /// The file's number for the mission in this country (`missionid`, `345045` for
    /// KFOR): one per mission and country, so `ECOMOG` has two.
    pub missionid: u32,
    /// Who runs it (`org`).
    pub org: OrgKind,
    /// The country of the conflict, as the file codes it (`ccode`).
    pub cow: CowCode,
    /// That country's ISO code in the month ([`crosswalk::iso_on`] on [`date`](
    /// MissionMonth::date)): `YUG`, `SCG` or `SRB` for Kosovo's operations.
    pub host: CountryCode,
    /// The month, as its last day: 2015-12-31.
    pub date: Date,
    /// The personnel: the dataset's main, interpolated figures.
    pub personnel: Strength,
    /// Whether SIPRI gives this month's figures itself (every December, and the first or
    /// last month of some operations), rather than their being interpolated.
    pub sipri_observed: bool,
    /// IPI's figures for the month, for the UN operations and months IPI covers.
    pub ipi: Option<IpiFigures>,
    /// Whether the dataset flags it a police mission (`onlypolice`).
    pub only_police: bool,
    /// The conflicts the month is assigned to, one per row merged, in file order.
    pub conflicts: Vec<ConflictEpisode>,
}

impl MissionMonth {
    /// The personnel in all: [`Strength::total`] of [`personnel`](MissionMonth::personnel).
    #[must_use]
    pub fn total(&self) -> f64 {
        self.personnel.total()
    }
}

/// The columns read, in the order of the indices below.
const COLUMNS: [Column; 22] = [
    &["ccode"],
    &["date"],
    &["year"],
    &["missionid"],
    &["mission"],
    &["org"],
    &["onlypolice"],
    &["conflictid"],
    &["episodenum"],
    &["activity"],
    &["SIPRI_troops"],
    &["SIPRI_police"],
    &["SIPRI_observers"],
    &["SIPRI_totals"],
    &["troops_iepo"],
    &["police_iepo"],
    &["observers_iepo"],
    &["totals_iepo"],
    &["IPI_troops"],
    &["IPI_police"],
    &["IPI_observers"],
    &["IPI_totals"],
];
const CCODE: usize = 0;
const DATE: usize = 1;
const YEAR: usize = 2;
const MISSIONID: usize = 3;
const MISSION: usize = 4;
const ORG: usize = 5;
const ONLYPOLICE: usize = 6;
const CONFLICT: usize = 7;
const EPISODE: usize = 8;
const ACTIVITY: usize = 9;
/// The first of the four SIPRI columns: troops, police, observers, totals.
const SIPRI: usize = 10;
/// The first of the four main (`*_iepo`) columns.
const MAIN: usize = 14;
/// The first of the four IPI columns.
const IPI: usize = 18;

/// The reason a row without one of its main figures is skipped.
const MAIN_MISSING: &str = "missing: the main figures are needed";

/// The reason a row that gives some of a source's four figures but not all is skipped.
const PARTLY_MISSING: &str = "missing, while other figures of the same source are given";

/// How far a total may be from the sum of its categories: the file rounds some
/// interpolated totals to three decimals.
const TOTAL_TOLERANCE: f64 = 0.01;

/// Reads `un_nonun_pko_v2-2019.csv`: one [`MissionMonth`] per mission and month, the
/// rows that repeat it once per conflict merged (see the [module documentation](self)
/// for every column and quirk).
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks one of `ccode`, `date`, `year`,
/// `missionid`, `mission`, `org`, `onlypolice`, `conflictid`, `episodenum`, `activity`,
/// the four `SIPRI_*`, the four `*_iepo` or the four `IPI_*` columns; [`Error::Io`] if
/// the input cannot be read.
pub fn read_mission_months<R: Read>(reader: R) -> Result<Import<MissionMonth>, Error> {
    mission_months(reader, INPUT)
}

/// [`read_mission_months`] from a file.
///
/// # Errors
/// As [`read_mission_months`], and [`Error::Io`] if the file cannot be opened.
pub fn read_mission_months_file(path: impl AsRef<Path>) -> Result<Import<MissionMonth>, Error> {
    read_path(path.as_ref(), mission_months)
}

/// SIPRI's figures among the mission months of the UN and Non-UN Peacekeeping Dataset as
/// core [`DeployedStrength`] records, each citing `source`: the mission totals of UN and
/// non-UN operations (AMISOM, KFOR, AFISMA, MISCA, ...) as SIPRI observed them.
///
/// The rules, each month left out listed in [`Conversion::skipped`] with its
/// [`SkipReason`]:
///
/// - **Only SIPRI's own figures.** A month gives a record only where SIPRI gives its
///   figures ([`MissionMonth::sipri_observed`]: every December, and the first or last
///   month of some operations); the dataset's figures for the other months are linear
///   interpolations between them (or extrapolations), not reports, and are left out
///   ([`SkipReason::NotObserved`]), never rounded into a record. IPI's figures in the same
///   file ([`MissionMonth::ipi`]) are not used: convert IPI's own mission file with
///   [`ipi::to_deployed_strengths`](crate::ipi::to_deployed_strengths) for those.
/// - **Which mission.** The reference mission the reader found for the month's name and
///   country ([`names::mission_in`]); a name that names none (listed by the reader in
///   [`Import::unknown_missions`]) is left out ([`SkipReason::UnknownMission`]). A month
///   must be one of the mission's: dated within its reference period, or on the last day
///   of a month that overlaps it ([`DeployedStrength::is_dated_within`]); others are left
///   out ([`SkipReason::OutsideMissionPeriod`]).
/// - **A mission in several countries.** The file counts a mission in each country of
///   its conflicts apart (UNPROFOR in Bosnia and Herzegovina and in Croatia, one
///   `missionid` each): a month's record is the sum over the countries, if SIPRI gives
///   the month's figures for every one of them; if it gives them for some only, the
///   month is left out ([`SkipReason::IncompleteParts`]), since the sum would undercount
///   the mission. A second month of the same mission, date and country (two names of
///   one mission) is left out, saying whether its figures were the same
///   ([`SkipReason::Repeated`]).
/// - **Figures.** Troops become [`Troops`](peacekeeping_core::PersonnelCategory::Troops), observers
///   [`ExpertsOnMission`](peacekeeping_core::PersonnelCategory::ExpertsOnMission) (from 2015 SIPRI counts
///   them among the troops), and police, which SIPRI does not split into formed units
///   and individual officers, [`IndividualPolice`](peacekeeping_core::PersonnelCategory::IndividualPolice)
///   (as the contribution importers hold unsplit police), each a total without a split
///   by sex. SIPRI's figures are whole numbers; one that is not, or is negative, leaves
///   the month out ([`SkipReason::NotWhole`]). A figure SIPRI gives as 0 is kept: it is
///   SIPRI's figure, not a missing one.
///
/// ```
/// use peacekeeping_data::nonun;
///
/// let csv = "ccode,conflictid,episodenum,activity,date,year,missionid,mission,org,onlypolice,\
/// SIPRI_troops,SIPRI_police,SIPRI_observers,SIPRI_totals,troops_iepo,police_iepo,observers_iepo,totals_iepo,\
/// IPI_troops,IPI_police,IPI_observers,IPI_totals
/// 520,337,33704,1,2015-11,2015,52005.0,AMISOM,2.0,0.0,,,,,21576.0,472.0,0.0,22048.0,,,,
/// 520,337,33704,1,2015-12,2015,52005.0,AMISOM,2.0,0.0,21645.0,481.0,0.0,22126.0,21645.0,481.0,0.0,22126.0,,,,
/// ";
/// let import = nonun::read_mission_months(csv.as_bytes())?;
/// let strengths = nonun::to_deployed_strengths(&import.records, "nonun-pko".parse()?);
/// assert_eq!(strengths.to_string(), "1 record, 1 month skipped: 1 not-observed");
/// // AMISOM at the end of December 2015, as SIPRI gives it: 22,126.
/// let december = &strengths.records[0];
/// assert_eq!((december.mission.as_str(), december.date.to_string().as_str()), ("AMISOM", "2015-12-31"));
/// assert_eq!(december.total(), 22_126);
/// assert_eq!(december.personnel.police().total(), 481);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_deployed_strengths(
    months: &[MissionMonth],
    source: SourceId,
) -> Conversion<DeployedStrength> {
    let mut out: Conversion<DeployedStrength> = Conversion::default();
    // The months of each reference mission and date, in the order first met.
    let mut groups: Vec<(MissionId, Date, Vec<&MissionMonth>)> = Vec::new();
    let mut group_of: HashMap<(MissionId, Date), usize> = HashMap::new();
    for month in months {
        let skip = |reason| SkippedMonth {
            mission: month.mission.clone(),
            date: month.date,
            reason,
        };
        let id = match conversion::reference_mission(
            names::mission_in(&month.name, month.host),
            month.date,
        ) {
            Ok(id) => id,
            Err(reason) => {
                out.skipped.push(skip(reason));
                continue;
            }
        };
        let g = *group_of.entry((id.clone(), month.date)).or_insert_with(|| {
            groups.push((id.clone(), month.date, Vec::new()));
            groups.len() - 1
        });
        let parts = &mut groups[g].2;
        if let Some(first) = parts.iter().find(|p| p.host == month.host) {
            let same_figures =
                first.personnel == month.personnel && first.sipri_observed == month.sipri_observed;
            out.skipped.push(skip(SkipReason::Repeated {
                mission: id,
                same_figures,
            }));
            continue;
        }
        parts.push(month);
    }
    for (mission, date, parts) in groups {
        let skip = |reason| SkippedMonth {
            mission: mission.clone(),
            date,
            reason,
        };
        let observed = parts.iter().filter(|p| p.sipri_observed).count();
        if observed == 0 {
            out.skipped.push(skip(SkipReason::NotObserved));
            continue;
        }
        if observed < parts.len() {
            out.skipped.push(skip(SkipReason::IncompleteParts {
                observed,
                parts: parts.len(),
            }));
            continue;
        }
        let sum = |figure: fn(&Strength) -> f64| parts.iter().map(|p| figure(&p.personnel)).sum();
        let figures = [sum(|s| s.troops), sum(|s| s.police), sum(|s| s.observers)]
            .map(|value: f64| whole(value).ok_or(value));
        match figures {
            [Ok(troops), Ok(police), Ok(observers)] => out.records.push(
                DeployedStrength::new(
                    mission.clone(),
                    date,
                    conversion::personnel(troops, police, observers),
                )
                .with_source(source.clone()),
            ),
            [Err(value), _, _] | [_, Err(value), _] | [_, _, Err(value)] => {
                out.skipped.push(skip(SkipReason::NotWhole { value }));
            }
        }
    }
    out
}

/// A figure as a whole number of people, if it is one.
fn whole(value: f64) -> Option<u32> {
    if value.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&value) {
        return None;
    }
    // Checked above: a whole number within u32's range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some(value as u32)
}

/// The mission a name was last resolved to, in a country: consecutive rows mostly name
/// the same mission, so it is looked up once per run of rows.
struct Resolved {
    name: Arc<str>,
    host: CountryCode,
    id: MissionId,
    known: bool,
}

fn mission_months<R: Read>(reader: R, file: &str) -> Result<Import<MissionMonth>, Error> {
    let mut missions = MissionCheck::default();
    let mut months: Vec<MissionMonth> = Vec::new();
    // Each mission-month read: its record in `months`, and the line it came from.
    let mut seen: HashMap<(u32, Date), (usize, u64)> = HashMap::new();
    let mut last: Option<Resolved> = None;
    // Each row gives whether it was merged into an earlier record.
    let rows = read_csv(reader, file, COLUMNS, |row| {
        let month = parse(row, &mut last)?;
        let conflict = month.conflicts[0];
        let known = last.as_ref().is_some_and(|r| r.known);
        let merged = match seen.get(&(month.missionid, month.date)) {
            None => {
                seen.insert((month.missionid, month.date), (months.len(), row.line()));
                missions.note_with(row, MISSION, &month.mission, || known);
                months.push(month);
                false
            }
            Some(&(k, first_line)) => {
                let Some(first) = months.get_mut(k) else {
                    return Err(row.skip_field(MISSION, "internal: lost the first row"));
                };
                if let Some((column, here, there)) = disagreement(first, &month) {
                    return Err(row.skip_field(
                        column,
                        format!(
                            "the same mission-month as line {first_line} (missionid {}, {}), whose {} is {there}, not {here}: the repeats disagree, so this row is not merged and line {first_line}'s figures are kept",
                            month.missionid,
                            month_text(month.date),
                            COLUMNS[column][0],
                        ),
                    ));
                }
                if first.conflicts.contains(&conflict) {
                    return Err(row.skip_field(
                        EPISODE,
                        format!(
                            "the mission-month of line {first_line} (missionid {}, {}) already lists conflict {} episode {}: a row repeated, not merged",
                            month.missionid,
                            month_text(month.date),
                            conflict.conflict,
                            conflict.episode
                        ),
                    ));
                }
                first.conflicts.push(conflict);
                missions.note_with(row, MISSION, &first.mission, || known);
                true
            }
        };
        Ok(merged)
    })?;
    Ok(Import {
        rows_merged: rows.records.iter().filter(|&&merged| merged).count(),
        records: months,
        skipped: rows.skipped,
        rows_read: rows.rows_read,
        unknown_missions: missions.finish(),
        notes: rows.notes,
    })
}

/// `YYYY-MM`, as the file writes a month.
fn month_text(date: Date) -> String {
    format!("{}-{:02}", date.year(), date.month())
}

/// The first column in which a repeat of a mission-month differs from the record made
/// of its first row, with the repeat's value and the record's, as text.
fn disagreement(first: &MissionMonth, repeat: &MissionMonth) -> Option<(usize, String, String)> {
    let differ = |column: usize, here: &dyn core::fmt::Display, there: &dyn core::fmt::Display| {
        Some((column, here.to_string(), there.to_string()))
    };
    let quoted = |name: &str| format!("{name:?}");
    if first.name != repeat.name {
        return differ(MISSION, &quoted(&repeat.name), &quoted(&first.name));
    }
    if first.cow != repeat.cow {
        return differ(CCODE, &repeat.cow, &first.cow);
    }
    if first.org != repeat.org {
        return differ(ORG, &repeat.org.code(), &first.org.code());
    }
    if first.only_police != repeat.only_police {
        return differ(
            ONLYPOLICE,
            &u8::from(repeat.only_police),
            &u8::from(first.only_police),
        );
    }
    let (a, b) = (first.personnel, repeat.personnel);
    for (k, (there, here)) in [
        (a.troops, b.troops),
        (a.police, b.police),
        (a.observers, b.observers),
    ]
    .into_iter()
    .enumerate()
    {
        if there != here {
            return differ(MAIN + k, &here, &there);
        }
    }
    if first.sipri_observed != repeat.sipri_observed {
        let given = |observed: bool| if observed { "given" } else { "missing" };
        return differ(
            SIPRI + 3,
            &given(repeat.sipri_observed),
            &given(first.sipri_observed),
        );
    }
    if first.ipi != repeat.ipi {
        let text = |ipi: Option<IpiFigures>| {
            ipi.map_or_else(
                || "missing".to_owned(),
                |i| format!("{}/{}/{}", i.troops, i.police, i.observers),
            )
        };
        return differ(IPI + 3, &text(repeat.ipi), &text(first.ipi));
    }
    None
}

/// One row as a record of its own, with its one conflict.
fn parse(row: &Row<'_, 22>, last: &mut Option<Resolved>) -> Result<MissionMonth, Skipped> {
    let date = row.month(DATE)?;
    let year = required(row, YEAR)?;
    if i64::from(year) != i64::from(date.year()) {
        return Err(row.skip_field(YEAR, format!("the date says {}", date.year())));
    }
    let code = required(row, CCODE)?;
    let cow = u16::try_from(code)
        .map(CowCode::new)
        .map_err(|_| row.skip_field(CCODE, "not a COW state code"))?;
    let host = crosswalk::iso_on(cow, date).ok_or_else(|| {
        row.skip_field(
            CCODE,
            format!("no state has this COW code on {date} in the crosswalk"),
        )
    })?;
    let missionid = required(row, MISSIONID)?;
    let org = OrgKind::from_code(required(row, ORG)?)
        .ok_or_else(|| row.skip_field(ORG, "expected 1 (UN), 2 (regional) or 3 (international)"))?;
    let only_police = flag(row, ONLYPOLICE)?;
    let conflict = ConflictEpisode {
        conflict: required(row, CONFLICT)?,
        episode: required(row, EPISODE)?,
        active: flag(row, ACTIVITY)?,
    };
    let personnel = strength(row, MAIN)?.ok_or_else(|| row.skip_field(MAIN, MAIN_MISSING))?;
    let sipri_observed = match strength(row, SIPRI)? {
        None => false,
        Some(sipri) => {
            let pairs = [
                (sipri.troops, personnel.troops),
                (sipri.police, personnel.police),
                (sipri.observers, personnel.observers),
            ];
            if let Some(k) = pairs.iter().position(|(s, m)| s != m) {
                return Err(row.skip_field(
                    SIPRI + k,
                    format!(
                        "SIPRI's figure is not the main figure of the month ({})",
                        pairs[k].1
                    ),
                ));
            }
            true
        }
    };
    let ipi = ipi_figures(row)?;
    resolve(row, host, last)?;
    let Some(resolved) = last.as_ref() else {
        return Err(row.skip_field(MISSION, "no mission name"));
    };
    Ok(MissionMonth {
        mission: resolved.id.clone(),
        name: Arc::clone(&resolved.name),
        missionid,
        org,
        cow,
        host,
        date,
        personnel,
        sipri_observed,
        ipi,
        only_police,
        conflicts: vec![conflict],
    })
}

/// Sets `last` to the mission of the row, from its name and country (through
/// [`names::mission_in`]), unless it is already that of the same name and country.
fn resolve(
    row: &Row<'_, 22>,
    host: CountryCode,
    last: &mut Option<Resolved>,
) -> Result<(), Skipped> {
    let name = row.get(MISSION);
    if last
        .as_ref()
        .is_some_and(|r| r.host == host && &*r.name == name)
    {
        return Ok(());
    }
    if name.trim().is_empty() {
        return Err(row.skip_field(MISSION, "no mission name"));
    }
    let (id, known) = match names::mission_in(name, host) {
        Some(id) => (id.clone(), true),
        None => (row.mission(MISSION)?, false),
    };
    *last = Some(Resolved {
        name: Arc::from(name),
        host,
        id,
        known,
    });
    Ok(())
}

/// The whole number in wanted column `i`, which must be given.
fn required(row: &Row<'_, 22>, i: usize) -> Result<u32, Skipped> {
    row.whole(i)?
        .ok_or_else(|| row.skip_field(i, "missing: the column needs a value"))
}

/// The 0 or 1 in wanted column `i`.
fn flag(row: &Row<'_, 22>, i: usize) -> Result<bool, Skipped> {
    match required(row, i)? {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(row.skip_field(i, "expected 0 or 1")),
    }
}

/// The four figures from wanted column `first` (troops, police, observers, totals):
/// `None` if all four are missing; the row is skipped if some are and others are not,
/// or if the total is not the sum.
fn strength(row: &Row<'_, 22>, first: usize) -> Result<Option<Strength>, Skipped> {
    let partly = if first == MAIN {
        MAIN_MISSING
    } else {
        PARTLY_MISSING
    };
    let figures = [
        row.figure(first)?,
        row.figure(first + 1)?,
        row.figure(first + 2)?,
        row.figure(first + 3)?,
    ];
    let Some([troops, police, observers, total]) = all_or_none(row, first, figures, partly)? else {
        return Ok(None);
    };
    let sum = troops + police + observers;
    if (sum - total).abs() > TOTAL_TOLERANCE {
        return Err(row.skip_field(
            first + 3,
            format!("troops, police and observers add up to {sum}, not to this total"),
        ));
    }
    Ok(Some(Strength {
        troops,
        police,
        observers,
    }))
}

/// A source's four values read from wanted column `first` on: all four, or `None` if
/// all four are missing; if some are and others are not, a skip blaming the first
/// missing one, with the reason `partly`.
fn all_or_none<T: Copy>(
    row: &Row<'_, 22>,
    first: usize,
    values: [Option<T>; 4],
    partly: &'static str,
) -> Result<Option<[T; 4]>, Skipped> {
    if let [Some(a), Some(b), Some(c), Some(d)] = values {
        return Ok(Some([a, b, c, d]));
    }
    match values.iter().position(Option::is_none) {
        Some(k) if values.iter().any(Option::is_some) => Err(row.skip_field(first + k, partly)),
        _ => Ok(None),
    }
}

/// IPI's four figures: `None` if all four are missing.
fn ipi_figures(row: &Row<'_, 22>) -> Result<Option<IpiFigures>, Skipped> {
    let figures = [
        row.whole(IPI)?,
        row.whole(IPI + 1)?,
        row.whole(IPI + 2)?,
        row.whole(IPI + 3)?,
    ];
    let Some([troops, police, observers, total]) = all_or_none(row, IPI, figures, PARTLY_MISSING)?
    else {
        return Ok(None);
    };
    let ipi = IpiFigures {
        troops,
        police,
        observers,
    };
    if ipi.total() != u64::from(total) {
        return Err(row.skip_field(
            IPI + 3,
            format!(
                "troops, police and observers add up to {}, not to this total",
                ipi.total()
            ),
        ));
    }
    Ok(Some(ipi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const HEADER: &str = "ccode,location,conflictid,episodenum,activity,incomp,date,year,missionid,mission,org,onlypolice,SIPRI_troops,SIPRI_police,SIPRI_observers,SIPRI_totals,troops_iepo,police_iepo,observers_iepo,totals_iepo,troops_ipo,police_ipo,observers_ipo,totals_ipo,IPI_troops,IPI_police,IPI_observers,IPI_totals,troops_backward,police_backward,observers_backward,totals_backward\n";

    /// Rows of the real file (lines 3797, 5457, 5957: UNMIBH in December 1999 under
    /// Bosnia's three conflicts; 6297: KFOR in December 1999; 6501: KFOR in December 2016).
    const UNMIBH_1999: [&str; 3] = [
        "346,Bosnia-Herzegovina,389,38901,0,1,1999-12,1999,346091.0,UNMIBH ,1.0,0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1813.0,4.0,1817.0,0,1795,0,1795.0",
        "346,Bosnia-Herzegovina,397,39701,0,1,1999-12,1999,346091.0,UNMIBH ,1.0,0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1813.0,4.0,1817.0,0,1795,0,1795.0",
        "346,Bosnia-Herzegovina,398,39801,0,1,1999-12,1999,346091.0,UNMIBH ,1.0,0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1813.0,4.0,1817.0,0,1795,0,1795.0",
    ];
    const KFOR: [&str; 2] = [
        "345,Serbia (Yugoslavia),412,41201,0,1,1999-12,1999,345045.0,KFOR,2.0,0.0,42500.0,0.0,0.0,42500.0,42500.0,0.0,0.0,42500.0,42500.0,0.0,0.0,42500.0,,,,,42500,0,0,42500.0",
        "345,Serbia (Yugoslavia),412,41201,0,1,2016-12,2016,345045.0,KFOR,2.0,0.0,4289.0,0.0,0.0,4289.0,4289.0,0.0,0.0,4289.0,4289.0,0.0,0.0,4289.0,,,,,4289,0,0,4289.0",
    ];

    /// `row` with the field of `column` set to `value`.
    fn with(row: &str, column: &str, value: &str) -> String {
        let k = HEADER
            .trim_end()
            .split(',')
            .position(|h| h == column)
            .unwrap();
        let mut fields: Vec<&str> = row.split(',').collect();
        fields[k] = value;
        fields.join(",")
    }

    fn read(rows: &[&str]) -> Import<MissionMonth> {
        let text = format!("{HEADER}{}\n", rows.join("\n"));
        let import = read_mission_months(text.as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    #[test]
    fn the_repeats_of_a_mission_month_are_merged_with_their_conflicts() {
        let import = read(&UNMIBH_1999);
        assert_eq!(
            import.summary().to_string(),
            "3 rows read: 1 imported, 2 merged, 0 skipped"
        );
        let m = &import.records[0];
        assert_eq!((m.mission.as_str(), &*m.name), ("UNMIBH", "UNMIBH "));
        assert_eq!(
            (m.missionid, m.org, m.only_police),
            (346_091, OrgKind::Un, false)
        );
        let episodes: Vec<_> = m
            .conflicts
            .iter()
            .map(|c| (c.conflict, c.episode, c.active))
            .collect();
        assert_eq!(
            episodes,
            [
                (389, 38_901, false),
                (397, 39_701, false),
                (398, 39_801, false)
            ]
        );
        assert_eq!(m.total(), 1_795.0);
        assert!(m.sipri_observed);
        assert_eq!(
            m.ipi,
            Some(IpiFigures {
                troops: 0,
                police: 1_813,
                observers: 4
            })
        );
        assert!(import.unknown_missions.is_empty());
    }

    #[test]
    fn repeats_that_disagree_are_skipped_naming_both_lines() {
        // The third conflict's row gives 1,794 police (SIPRI's and the main figure):
        // not merged, and reported.
        let changed = with(
            &with(
                &with(
                    &with(UNMIBH_1999[2], "SIPRI_police", "1794.0"),
                    "SIPRI_totals",
                    "1794.0",
                ),
                "police_iepo",
                "1794.0",
            ),
            "totals_iepo",
            "1794.0",
        );
        let import = read(&[UNMIBH_1999[0], UNMIBH_1999[1], &changed]);
        assert_eq!(
            import.summary().to_string(),
            "3 rows read: 1 imported, 1 merged, 1 skipped"
        );
        let skipped = &import.skipped[0];
        assert_eq!(
            (skipped.line, skipped.field.as_deref()),
            (Some(4), Some("police_iepo"))
        );
        assert_eq!(
            skipped.reason,
            "the same mission-month as line 2 (missionid 346091, 1999-12), whose police_iepo is 1795, not 1794: the repeats disagree, so this row is not merged and line 2's figures are kept"
        );
        // The record keeps the first line's figures and the conflicts that agree.
        assert_eq!(import.records[0].personnel.police, 1_795.0);
        assert_eq!(import.records[0].conflicts.len(), 2);
        // A repeat that differs in IPI's figures only is reported too.
        let ipi = with(
            &with(UNMIBH_1999[1], "IPI_police", "1812.0"),
            "IPI_totals",
            "1816.0",
        );
        let import = read(&[UNMIBH_1999[0], &ipi]);
        assert_eq!(import.skipped[0].field.as_deref(), Some("IPI_totals"));
        assert!(
            import.skipped[0]
                .reason
                .contains("whose IPI_totals is 0/1813/4, not 0/1812/4")
        );
        // A repeat of the same conflict episode is a repeated row, not a merge.
        let import = read(&[UNMIBH_1999[0], UNMIBH_1999[0]]);
        assert_eq!(import.records[0].conflicts.len(), 1);
        assert_eq!(import.skipped[0].field.as_deref(), Some("episodenum"));
        assert!(
            import.skipped[0]
                .reason
                .contains("already lists conflict 389 episode 38901")
        );
    }

    #[test]
    fn kosovo_is_under_serbia_as_the_state_of_the_time() {
        let import = read(&KFOR);
        let hosts: Vec<_> = import
            .records
            .iter()
            .map(|m| (m.cow.get(), m.host.as_str()))
            .collect();
        // COW 345: Yugoslavia in 1999, Serbia in 2016.
        assert_eq!(hosts, [(345, "YUG"), (345, "SRB")]);
        assert_eq!(import.records[0].mission.as_str(), "KFOR");
        assert_eq!(import.records[0].total(), 42_500.0);
        assert_eq!(import.records[1].total(), 4_289.0);
        assert!(import.records.iter().all(|m| m.ipi.is_none()));
        // Zaire until 16 May 1997, then the Democratic Republic of the Congo.
        let congo = |month: &str| {
            format!(
                "490,DR Congo (Zaire),283,28301,1,2,{month},1997,490061.0,MONUC,1.0,0.0,,,,,1.0,0.0,0.0,1.0,,,,,,,,,0,0,0,0"
            )
        };
        let import = read(&[&congo("1997-04"), &congo("1997-05")]);
        let hosts: Vec<_> = import.records.iter().map(|m| m.host.as_str()).collect();
        assert_eq!(hosts, ["ZAR", "COD"]);
    }

    #[test]
    fn names_shared_by_several_operations_are_told_apart_by_country() {
        let ecomog = |ccode: u16, missionid: &str| {
            format!(
                "{ccode},x,1,101,1,2,1998-12,1998,{missionid},ECOMOG,2.0,0.0,,,,,10.0,0.0,0.0,10.0,,,,,,,,,0,0,0,0"
            )
        };
        let import = read(&[
            &ecomog(450, "450013.0"),
            &ecomog(404, "404014.0"),
            &ecomog(451, "451099.0"),
        ]);
        let ids: Vec<_> = import.records.iter().map(|m| m.mission.as_str()).collect();
        assert_eq!(ids, ["ECOMOG-Liberia", "ECOMOG-Guinea-Bissau", "ECOMOG"]);
        // ECOMOG in Sierra Leone is neither: an unknown mission, imported and listed.
        assert_eq!(import.unknown_missions.len(), 1);
        assert_eq!(
            (
                import.unknown_missions[0].line,
                import.unknown_missions[0].rows
            ),
            (4, 1)
        );
    }

    #[test]
    fn bad_fields_are_skipped_with_their_column_and_reason() {
        let with = |column: &str, value: &str| with(KFOR[0], column, value);
        let rows = [
            with("troops_iepo", ""),
            with("troops_iepo", "."),
            with("police_iepo", "many"),
            with("observers_iepo", "-1"),
            with("totals_iepo", "42501.0"),
            with("SIPRI_police", ""),
            self::with(&with("SIPRI_troops", "42000.0"), "SIPRI_totals", "42000.0"),
            with("IPI_totals", "7.0"),
            with("missionid", "345045.5"),
            with("org", "4.0"),
            with("onlypolice", "2"),
            with("ccode", "9999"),
            with("date", "1999-13"),
            with("year", "2000"),
            with("mission", " "),
            with("mission", "Zorro!"),
            with("activity", ""),
        ];
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let import = read(&refs);
        assert!(import.records.is_empty(), "{:#?}", import.records);
        let found: Vec<(Option<&str>, &str)> = import
            .skipped
            .iter()
            .map(|s| (s.field.as_deref(), s.reason.as_str()))
            .collect();
        let reasons = [
            (Some("troops_iepo"), "missing: the main figures are needed"),
            (Some("troops_iepo"), "missing: the main figures are needed"),
            (
                Some("police_iepo"),
                "not a figure: expected a number such as 12 or 12.5, . or nothing",
            ),
            (Some("observers_iepo"), "a negative figure"),
            (
                Some("totals_iepo"),
                "troops, police and observers add up to 42500, not to this total",
            ),
            (
                Some("SIPRI_police"),
                "missing, while other figures of the same source are given",
            ),
            (
                Some("SIPRI_troops"),
                "SIPRI's figure is not the main figure of the month (42500)",
            ),
            (
                Some("IPI_troops"),
                "missing, while other figures of the same source are given",
            ),
            (Some("missionid"), "not a whole number"),
            (
                Some("org"),
                "expected 1 (UN), 2 (regional) or 3 (international)",
            ),
            (Some("onlypolice"), "expected 0 or 1"),
            (
                Some("ccode"),
                "no state has this COW code on 1999-12-31 in the crosswalk",
            ),
            (Some("date"), "not a month: 13 is not between 1 and 12"),
            (Some("year"), "the date says 1999"),
            (Some("mission"), "no mission name"),
            (Some("mission"), ""),
            (Some("activity"), "missing: the column needs a value"),
        ];
        assert_eq!(found.len(), reasons.len(), "{found:#?}");
        for (k, (got, want)) in found.iter().zip(reasons).enumerate() {
            assert_eq!(got.0, want.0, "row {k}");
            if !want.1.is_empty() {
                assert_eq!(got.1, want.1, "row {k}");
            }
        }
        // Every row of the one pass is reported, on its own line.
        let lines: Vec<_> = import.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, (2..=18).map(Some).collect::<Vec<_>>());
    }

    #[test]
    fn a_missing_column_is_an_error() {
        let err = read_mission_months("ccode,date\n1,2\n".as_bytes()).unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err:?}")
        };
        assert!(missing.contains(&"troops_iepo".to_owned()));
        assert_eq!(missing.len(), 20);
    }

    #[test]
    fn org_kind_codes_round_trip() {
        for kind in [OrgKind::Un, OrgKind::Regional, OrgKind::International] {
            assert_eq!(OrgKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(OrgKind::from_code(0), None);
        assert_eq!(OrgKind::Un.to_string(), "UN");
    }
}
