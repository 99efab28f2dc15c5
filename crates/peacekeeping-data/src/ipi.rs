//! Readers for the IPI Peacekeeping Database files: UN uniformed-personnel contributions
//! by contributor, mission and month (International Peace Institute, "Providing for
//! Peacekeeping"; Perry & Smith 2013), compiled from the UN's monthly "contributions by
//! country and mission" reports.
//!
//! | reader | file | one record per |
//! |---|---|---|
//! | [`read_gender_full`] | `ipi-tcc/Gender.Full.csv` | contributor x mission x month, by category and sex, as a [`Contribution`] |
//! | [`read_contributor_months`], [`read_contributor_dir`] | `ipi-*/countries/<Country>.csv` | contributor x month, [`ContributorMonth`] |
//! | [`read_mission_months`] | `ipi-tcc/Data.Mission.csv`, `ipi-ppp/data_mission.csv` | mission x month, [`MissionMonth`]; [`to_deployed_strengths`] makes them core [`DeployedStrength`] records |
//! | [`read_system_months`] | `ipi-tcc/Data.Monthly.csv`, `ipi-ppp/data_monthly.csv` | month, [`SystemMonth`] |
//! | [`read_current_month`] | `ipi-ppp/current_month.csv` | contributor x mission, with the contributor's memberships, [`Snapshot`] |
//!
//! Each reader takes any [`Read`] (errors and skipped rows then name the file
//! `"<input>"`) and has a `_file` variant that takes a path. Columns are found by name, in
//! any order; columns a reader does not need are ignored. In every count column `NA` or
//! an empty field means 0: the IPI files use `NA` for "zero or not reported" and do not
//! tell the two apart. Dates are ISO 8601 (`2010-10-31`, the last day of the reported
//! month). A row the reader cannot use is skipped and reported with its line, the column
//! at fault and the reason (the first problem found in that row); all such rows of a file
//! are reported in one pass. The quirks handled are listed in `docs/datasets.md`.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{
    ActorId, Contribution, CountryCode, Date, DeployedStrength, Headcount, IoAccess, IoError,
    MissionId, Personnel, PersonnelCategory, SourceId,
};

use crate::conversion;
use crate::import::{Column, INPUT, MissionCheck, Row, read_csv, read_path};
use crate::{Conversion, Error, Import, SkipReason, Skipped, SkippedMonth, names};

// ---------------------------------------------------------------------------------------
// Gender.Full.csv
// ---------------------------------------------------------------------------------------

/// The categories of `Gender.Full.csv`, in its column order, with the column prefix.
const GENDER_CATEGORIES: [(&str, PersonnelCategory); 4] = [
    ("Individual Police", PersonnelCategory::IndividualPolice),
    ("Formed Police Units", PersonnelCategory::FormedPoliceUnits),
    ("Experts on Mission", PersonnelCategory::ExpertsOnMission),
    ("Troops", PersonnelCategory::Troops),
];

/// The columns `read_gender_full` reads: date, contributor code, mission, then male,
/// female and total for each category of [`GENDER_CATEGORIES`] and for all together.
const GENDER_COLUMNS: [Column; 18] = [
    &["Date"],
    &["Contributor ISO-3"],
    &["Mission"],
    &["Individual Police Male"],
    &["Individual Police Female"],
    &["Individual Police Total"],
    &["Formed Police Units Male"],
    &["Formed Police Units Female"],
    &["Formed Police Units Total"],
    &["Experts on Mission Male"],
    &["Experts on Mission Female"],
    &["Experts on Mission Total"],
    &["Troops Male"],
    &["Troops Female"],
    &["Troops Total"],
    &["Total Male"],
    &["Total Female"],
    &["Total Total"],
];

/// Reads `Gender.Full.csv`: one [`Contribution`] of [`Personnel`] per contributor, mission
/// and month, by category and sex.
///
/// Columns read: `Date`; `Contributor ISO-3` (the contributor's [`ActorId`], checked as a
/// [`CountryCode`]); `Mission` (through [`names::mission_id`], so `ONUCI` becomes
/// `UNOCI`); and `Male`, `Female`, `Total` for `Individual Police`
/// ([`PersonnelCategory::IndividualPolice`]), `Formed Police Units`
/// ([`FormedPoliceUnits`](PersonnelCategory::FormedPoliceUnits)), `Experts on Mission`
/// ([`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission)), `Troops`
/// ([`Troops`](PersonnelCategory::Troops)) and `Total`. The first, unnamed column (a row
/// number) and `Contributor` (the name; the code is authoritative) are not read.
///
/// The totals are checked, not stored: a row where a category's `Total` is not `Male` +
/// `Female`, or where a `Total ...` column is not the sum over the categories, is
/// skipped with the reason rather than kept with figures that contradict each other.
/// (In the IPI file every row adds up.) `source`, if given, becomes every record's
/// [`Contribution::source`].
///
/// ```
/// use std::io::Cursor;
/// use peacekeeping_data::ipi::read_gender_full;
///
/// let csv = "\"\",Date,Contributor,Contributor ISO-3,Mission,\
/// Individual Police Male,Individual Police Female,Individual Police Total,\
/// Formed Police Units Male,Formed Police Units Female,Formed Police Units Total,\
/// Experts on Mission Male,Experts on Mission Female,Experts on Mission Total,\
/// Troops Male,Troops Female,Troops Total,Total Male,Total Female,Total Total
/// 1,2013-12-31,Ghana,GHA,ONUCI,10,2,12,0,0,0,3,0,3,500,20,520,513,22,535
/// ";
/// let import = read_gender_full(Cursor::new(csv), None)?;
/// let c = &import.records[0];
/// assert_eq!((c.contributor.as_str(), c.mission.as_str()), ("GHA", "UNOCI"));
/// assert_eq!(c.what.personnel().map(|p| p.total()), Some(535));
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if
/// the input cannot be read.
pub fn read_gender_full<R: Read>(
    reader: R,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    gender_full(reader, INPUT, source.as_ref())
}

/// [`read_gender_full`] from a file.
///
/// # Errors
/// As [`read_gender_full`], and [`Error::Io`] if the file cannot be opened.
pub fn read_gender_full_file(
    path: impl AsRef<Path>,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    read_path(path.as_ref(), |f, file| {
        gender_full(f, file, source.as_ref())
    })
}

fn gender_full<R: Read>(
    reader: R,
    file: &str,
    source: Option<&SourceId>,
) -> Result<Import<Contribution>, Error> {
    // Consecutive rows mostly repeat the contributor and often the mission: the last id
    // made is kept with its text and reused while the text is the same.
    let mut last_contributor = LastId::default();
    let mut last_mission = LastId::default();
    let mut missions = MissionCheck::default();
    let mut import = read_csv(reader, file, GENDER_COLUMNS, |row| {
        let date = row.date(0)?;
        let contributor = last_contributor.get_or_make(row.bytes(1), || {
            row.parse::<CountryCode>(1).map(ActorId::from)
        })?;
        let mission = last_mission.get_or_make(row.bytes(2), || row.mission(2))?;
        let mut personnel = Personnel::default();
        let mut sums = [0u64; 3];
        for (k, &(_, category)) in GENDER_CATEGORIES.iter().enumerate() {
            let first = 3 + 3 * k;
            let (male, female, total) = (
                row.count(first)?,
                row.count(first + 1)?,
                row.count(first + 2)?,
            );
            if u64::from(male) + u64::from(female) != u64::from(total) {
                return Err(row.skip_field(
                    first + 2,
                    format!("{male} men + {female} women do not make the total"),
                ));
            }
            sums[0] += u64::from(male);
            sums[1] += u64::from(female);
            sums[2] += u64::from(total);
            personnel.set(category, Headcount::by_sex(male, female));
        }
        for (k, sum) in sums.into_iter().enumerate() {
            let column = 15 + k;
            if u64::from(row.count(column)?) != sum {
                return Err(row.skip_field(
                    column,
                    format!("the categories add up to {sum}, not to this total"),
                ));
            }
        }
        missions.note(row, 2, &mission);
        let mut c = Contribution::personnel(contributor, mission, date, personnel);
        c.source = source.cloned();
        Ok(c)
    })?;
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// The last id made from a field's text, to reuse for the next rows with the same text.
struct LastId<T> {
    text: Vec<u8>,
    id: Option<T>,
}

impl<T> Default for LastId<T> {
    fn default() -> Self {
        LastId {
            text: Vec::new(),
            id: None,
        }
    }
}

impl<T: Clone> LastId<T> {
    /// The id of `text`: the last one if `text` is the same, or else made by `make` (and
    /// kept if made).
    fn get_or_make(
        &mut self,
        text: &[u8],
        make: impl FnOnce() -> Result<T, Skipped>,
    ) -> Result<T, Skipped> {
        if let Some(id) = self.id.as_ref().filter(|_| self.text == text) {
            return Ok(id.clone());
        }
        let id = make()?;
        self.text.clear();
        self.text.extend_from_slice(text);
        self.id = Some(id.clone());
        Ok(id)
    }
}

// ---------------------------------------------------------------------------------------
// countries/<Country>.csv
// ---------------------------------------------------------------------------------------

/// One contributor's uniformed personnel in all UN operations at the end of a month, from
/// `countries/<Country>.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ContributorMonth {
    /// The contributing country.
    pub contributor: CountryCode,
    /// The reporting date, the last day of the month.
    pub date: Date,
    /// Troops (including staff officers).
    pub troops: u32,
    /// Police: formed units and individual officers.
    pub police: u32,
    /// Experts on mission (military observers).
    pub experts: u32,
}

impl ContributorMonth {
    /// Troops, police and experts together.
    #[must_use]
    pub fn total(&self) -> u64 {
        u64::from(self.troops) + u64::from(self.police) + u64::from(self.experts)
    }
}

/// Reads one `countries/<Country>.csv` file (`Date,Troops,Police,Experts`) of the given
/// contributor: one [`ContributorMonth`] per row.
///
/// The file does not name its contributor (its file name does; see
/// [`read_contributor_dir`]). A row without a valid date (the file `countries/.csv` has
/// `NA`) is skipped.
///
/// ```
/// use std::io::Cursor;
/// use peacekeeping_data::ipi::read_contributor_months;
///
/// let csv = "\"Date\",\"Troops\",\"Police\",\"Experts\"\n2010-10-31,10311,379,58\n";
/// let import = read_contributor_months(Cursor::new(csv), "BGD".parse()?)?;
/// assert_eq!(import.records[0].total(), 10_748);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks `Date`, `Troops`, `Police` or
/// `Experts`; [`Error::Io`] if the input cannot be read.
pub fn read_contributor_months<R: Read>(
    reader: R,
    contributor: CountryCode,
) -> Result<Import<ContributorMonth>, Error> {
    contributor_months(reader, INPUT, contributor, None)
}

/// [`read_contributor_months`] from a file.
///
/// # Errors
/// As [`read_contributor_months`], and [`Error::Io`] if the file cannot be opened.
pub fn read_contributor_months_file(
    path: impl AsRef<Path>,
    contributor: CountryCode,
) -> Result<Import<ContributorMonth>, Error> {
    read_path(path.as_ref(), |f, file| {
        contributor_months(f, file, contributor, None)
    })
}

fn contributor_months<R: Read>(
    reader: R,
    file: &str,
    contributor: CountryCode,
    mut seen: Option<&mut SeenMonths>,
) -> Result<Import<ContributorMonth>, Error> {
    let columns: [Column; 4] = [&["Date"], &["Troops"], &["Police"], &["Experts"]];
    read_csv(reader, file, columns, |row| {
        let month = ContributorMonth {
            contributor,
            date: row.date(0)?,
            troops: row.count(1)?,
            police: row.count(2)?,
            experts: row.count(3)?,
        };
        let Some(seen) = seen.as_deref_mut() else {
            return Ok(month);
        };
        match seen.get(&(contributor, month.date)) {
            Some((first_file, first)) if first == &month => Err(row.skip_field(
                0,
                format!("{first_file} gives the same month of {contributor} with the same figures: counted once, there"),
            )),
            Some((first_file, first)) => Err(row.skip_field(
                0,
                format!(
                    "{first_file} gives the same month of {contributor} with other figures (total {} there, {} here): the first file read is kept",
                    first.total(),
                    month.total()
                ),
            )),
            None => {
                seen.insert((contributor, month.date), (file.to_owned(), month.clone()));
                Ok(month)
            }
        }
    })
}

/// The months already read by [`read_contributor_dir`], with the file they came from.
type SeenMonths = HashMap<(CountryCode, Date), (String, ContributorMonth)>;

/// Reads every `*.csv` file of an IPI `countries/` directory, in file-name order, each
/// with [`read_contributor_months`] and the contributor its file name gives through
/// [`names::country_code`] (`DR Congo.csv` is `COD`).
///
/// A file whose name maps to no country is skipped as a whole and reported (with
/// [`Skipped::line`] `None`, and the closest known name, if one is near, from
/// [`names::closest_country`]: `unknown country "Bangaldesh"; closest known:
/// "Bangladesh" (BGD)`); its rows are not read, and [`Summary`](crate::Summary) counts
/// it among the files skipped. `ipi-ppp/countries/.csv`, which has an empty name and
/// one row of `NA`, is the one such file in the IPI data. Files not ending in `.csv` are
/// not data and are ignored.
///
/// Two files can name the same country: `ipi-tcc/countries` has `Macedonia.csv` and
/// `The former Yugoslav Republic o.csv`, which repeats five months of it (2013-08 to
/// 2013-12) with the same figures. A month of a contributor is counted once: a later
/// file's row for a month already read is skipped and reported, saying whether its
/// figures were the same or differed (the first file in name order is kept).
///
/// # Errors
/// [`Error::Io`] if the directory or one of its files cannot be read; the first
/// [`Error::MissingColumns`] or [`Error::Io`] of a file, naming it.
pub fn read_contributor_dir(dir: impl AsRef<Path>) -> Result<Import<ContributorMonth>, Error> {
    let dir = dir.as_ref();
    let io = |e: std::io::Error| Error::Io(IoError::new(IoAccess::Read, Some(dir), e));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() {
            files.push(path);
        }
    }
    files.sort();

    let mut import = Import::default();
    let mut seen = SeenMonths::new();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(country) = name.strip_suffix(".csv") else {
            continue;
        };
        match names::country_code(country) {
            Some(code) => import.append(read_path(&path, |f, file| {
                contributor_months(f, file, code, Some(&mut seen))
            })?),
            None => import.skipped.push(Skipped {
                file: path.display().to_string(),
                line: None,
                field: None,
                value: name.clone(),
                reason: if country.trim().is_empty() {
                    "the file name names no contributor".to_owned()
                } else {
                    format!("file name: {}", names::unknown_country(country))
                },
            }),
        }
    }
    Ok(import)
}

// ---------------------------------------------------------------------------------------
// Data.Mission.csv / data_mission.csv
// ---------------------------------------------------------------------------------------

/// One mission's uniformed personnel, from all contributors, at the end of a month, from
/// `Data.Mission.csv` or `data_mission.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct MissionMonth {
    /// The mission, through [`names::mission_id`].
    pub mission: MissionId,
    /// The reporting date, the last day of the month.
    pub date: Date,
    /// The host country, if the file gives its code.
    pub host: Option<CountryCode>,
    /// The number of contributing countries.
    pub contributors: u32,
    /// Troops.
    pub troops: u32,
    /// Police.
    pub police: u32,
    /// Military observers (experts on mission).
    pub observers: u32,
}

impl MissionMonth {
    /// Troops, police and observers together.
    #[must_use]
    pub fn total(&self) -> u64 {
        u64::from(self.troops) + u64::from(self.police) + u64::from(self.observers)
    }
}

/// The columns of the mission files, by their `ipi-ppp` and `ipi-tcc` names.
const MISSION_COLUMNS: [Column; 8] = [
    &["Date"],
    &["Mission"],
    &["Country of Mission ISO-3", "mission.iso3.alpha"],
    &["Number of Contributors", "n.contributors"],
    &["Troops"],
    &["Police"],
    &["Observers"],
    &["Total"],
];

/// Reads `Data.Mission.csv` (ipi-tcc) or `data_mission.csv` (ipi-ppp): one
/// [`MissionMonth`] per row.
///
/// Columns read (ipi-ppp name / ipi-tcc name): `Date`/`date`, `Mission`/`mission`
/// (through [`names::mission_id`]), `Country of Mission ISO-3`/`mission.iso3.alpha`
/// (`NA` or empty: no host), `Number of Contributors`/`n.contributors`, `Troops`,
/// `Police`, `Observers` and `Total` (checked against the sum of the three, not
/// stored; a row where it differs is skipped). Not read: the host's name (its code is
/// authoritative; the name has the quirk `South Sudan'`), the HQ and its coordinates
/// (in `ipi-ppp/data_mission.csv` the HQ longitude and latitude columns are swapped), the
/// host's continent, region and memberships.
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if
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

fn mission_months<R: Read>(reader: R, file: &str) -> Result<Import<MissionMonth>, Error> {
    let mut missions = MissionCheck::default();
    let mut import = read_csv(reader, file, MISSION_COLUMNS, |row| {
        let host = match row.get(2).trim() {
            "" | "NA" => None,
            _ => Some(row.parse(2)?),
        };
        let month = MissionMonth {
            date: row.date(0)?,
            mission: row.mission(1)?,
            host,
            contributors: row.count(3)?,
            troops: row.count(4)?,
            police: row.count(5)?,
            observers: row.count(6)?,
        };
        check_total(row, 7, month.total())?;
        missions.note(row, 1, &month.mission);
        Ok(month)
    })?;
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// Checks that the count in wanted column `i` is `sum`.
fn check_total<const N: usize>(row: &Row<'_, N>, i: usize, sum: u64) -> Result<(), Skipped> {
    if u64::from(row.count(i)?) == sum {
        Ok(())
    } else {
        Err(row.skip_field(
            i,
            format!("the categories add up to {sum}, not to this total"),
        ))
    }
}

/// The mission months of IPI's mission file as core [`DeployedStrength`] records, each
/// citing `source`: each mission's own total at the end of each month, the densest
/// record of UN missions' uniformed personnel (monthly since November 1990).
///
/// The rules, each month left out listed in [`Conversion::skipped`] with its
/// [`SkipReason`]:
///
/// - **Which mission.** The file's acronym (already through [`names::mission_id`]) names
///   the reference mission [`names::known_mission_on`] gives on the month's date: `UNAVEM`
///   months go to UNAVEM I, II or III, `UNOSOM` months to UNOSOM I up to March 1993 and to
///   UNOSOM II after, `ONUCI` to UNOCI, `IPTF` to UNMIBH. An acronym that names no
///   reference mission is left out ([`SkipReason::UnknownMission`]): the records are
///   meant for a dataset of the reference missions.
/// - **Which months.** A month must be one of the mission's: dated within its reference
///   period, or on the last day of a month that overlaps it
///   ([`DeployedStrength::is_dated_within`]); others are left out
///   ([`SkipReason::OutsideMissionPeriod`]). A second month of the same reference mission
///   and date (two acronyms of one mission in the same month; never in the IPI files) is
///   left out, saying whether its figures were the same ([`SkipReason::Repeated`]).
/// - **Figures.** Troops become [`Troops`](PersonnelCategory::Troops), observers
///   [`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission), and police, which the
///   file does not split into formed units and individual officers,
///   [`IndividualPolice`](PersonnelCategory::IndividualPolice) (as the contribution
///   importers hold unsplit police), each as a total without a split by sex. A category
///   written `NA` is 0, as the reader reads it (the file's `Total` is checked to be the
///   sum). A month whose three categories are all `NA` or 0 is left out
///   ([`SkipReason::NoFigure`]): the file writes `NA` for "zero or not reported", so such
///   a month is no figure, not a report of nobody.
///
/// ```
/// use peacekeeping_data::ipi;
///
/// let csv = "Date,Mission,Country of Mission ISO-3,Number of Contributors,Troops,Police,Observers,Total
/// 2010-12-31,UNMIL,LBR,58,7938,1323,131,9392
/// 1993-05-31,UNOSOM II,SOM,30,NA,NA,NA,NA
/// 1995-06-30,UNFOR,HRV,1,10,NA,NA,10
/// ";
/// let import = ipi::read_mission_months(csv.as_bytes())?;
/// let strengths = ipi::to_deployed_strengths(&import.records, "ipi-pko".parse()?);
/// assert_eq!(strengths.to_string(), "1 record, 2 months skipped: 1 no-figure, 1 unknown-mission");
/// // UNMIL at the end of December 2010: 9,392 uniformed personnel.
/// let unmil = &strengths.records[0];
/// assert_eq!((unmil.mission.as_str(), unmil.total()), ("UNMIL", 9_392));
/// assert_eq!(unmil.personnel.police().total(), 1_323);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_deployed_strengths(
    months: &[MissionMonth],
    source: SourceId,
) -> Conversion<DeployedStrength> {
    let mut out: Conversion<DeployedStrength> = Conversion::default();
    // The first record of each reference mission and date.
    let mut seen: HashMap<(MissionId, Date), usize> = HashMap::new();
    for month in months {
        let skip = |reason| SkippedMonth {
            mission: month.mission.clone(),
            date: month.date,
            reason,
        };
        let id = match conversion::reference_mission(
            names::known_mission_on(month.mission.as_str(), month.date),
            month.date,
        ) {
            Ok(id) => id,
            Err(reason) => {
                out.skipped.push(skip(reason));
                continue;
            }
        };
        if month.total() == 0 {
            out.skipped.push(skip(SkipReason::NoFigure));
            continue;
        }
        let personnel = conversion::personnel(month.troops, month.police, month.observers);
        if let Some(&first) = seen.get(&(id.clone(), month.date)) {
            let same_figures = out.records[first].personnel == personnel;
            out.skipped.push(skip(SkipReason::Repeated {
                mission: id,
                same_figures,
            }));
            continue;
        }
        seen.insert((id.clone(), month.date), out.records.len());
        out.records
            .push(DeployedStrength::new(id, month.date, personnel).with_source(source.clone()));
    }
    out
}

// ---------------------------------------------------------------------------------------
// Data.Monthly.csv / data_monthly.csv
// ---------------------------------------------------------------------------------------

/// All UN uniformed personnel at the end of a month, from `Data.Monthly.csv` or
/// `data_monthly.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SystemMonth {
    /// The reporting date, the last day of the month.
    pub date: Date,
    /// The number of contributing countries.
    pub contributors: u32,
    /// Troops.
    pub troops: u32,
    /// Police.
    pub police: u32,
    /// Experts on mission (military observers).
    pub experts: u32,
}

impl SystemMonth {
    /// Troops, police and experts together.
    #[must_use]
    pub fn total(&self) -> u64 {
        u64::from(self.troops) + u64::from(self.police) + u64::from(self.experts)
    }
}

/// The columns of the monthly files, by their `ipi-ppp` and `ipi-tcc` names (the
/// misspelling `n.conributors` is the file's).
const SYSTEM_COLUMNS: [Column; 6] = [
    &["Date"],
    &["Number of Contributors", "n.conributors", "n.contributors"],
    &["Troop Contributions", "troops.sum"],
    &["Police Contributions", "police.sum"],
    &["EOM Contributions", "observers.sum"],
    &["Total Contributions", "total.sum"],
];

/// Reads `Data.Monthly.csv` (ipi-tcc) or `data_monthly.csv` (ipi-ppp): one
/// [`SystemMonth`] per row.
///
/// Columns read (ipi-ppp name / ipi-tcc name): `Date`/`date`, `Number of
/// Contributors`/`n.conributors` (sic), `Troop Contributions`/`troops.sum`, `Police
/// Contributions`/`police.sum`, `EOM Contributions`/`observers.sum` and `Total
/// Contributions`/`total.sum` (checked against the sum of the three, not stored; a row
/// where it differs is skipped). Not read: the means, medians and standard deviations
/// across contributors, and `dist.mean`.
///
/// ```
/// use std::io::Cursor;
/// use peacekeeping_data::ipi::read_system_months;
///
/// let csv = "date,n.conributors,troops.sum,police.sum,observers.sum,total.sum\n\
///            2010-12-31,115,82014,14322,2302,98638\n";
/// let import = read_system_months(Cursor::new(csv))?;
/// assert_eq!(import.records[0].total(), 98_638);
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if
/// the input cannot be read.
pub fn read_system_months<R: Read>(reader: R) -> Result<Import<SystemMonth>, Error> {
    system_months(reader, INPUT)
}

/// [`read_system_months`] from a file.
///
/// # Errors
/// As [`read_system_months`], and [`Error::Io`] if the file cannot be opened.
pub fn read_system_months_file(path: impl AsRef<Path>) -> Result<Import<SystemMonth>, Error> {
    read_path(path.as_ref(), system_months)
}

fn system_months<R: Read>(reader: R, file: &str) -> Result<Import<SystemMonth>, Error> {
    read_csv(reader, file, SYSTEM_COLUMNS, |row| {
        let month = SystemMonth {
            date: row.date(0)?,
            contributors: row.count(1)?,
            troops: row.count(2)?,
            police: row.count(3)?,
            experts: row.count(4)?,
        };
        check_total(row, 5, month.total())?;
        Ok(month)
    })
}

// ---------------------------------------------------------------------------------------
// current_month.csv
// ---------------------------------------------------------------------------------------

/// The organizations whose membership `current_month.csv` flags, as its
/// `Contributor_<name>` columns spell them, in column order (23).
pub const SNAPSHOT_ORGANIZATIONS: [&str; 23] = [
    "NAM",
    "G77",
    "AU",
    "Arab_League",
    "OIC",
    "CIS",
    "G20",
    "EU",
    "NATO",
    "G8",
    "OECD",
    "ASEAN",
    "OAS",
    "Shanghai",
    "GCC",
    "UMA",
    "COMESA",
    "CENSAD",
    "EAC",
    "ECCAS",
    "ECOWAS",
    "IGAD",
    "SADC",
];

/// One contributor's uniformed personnel in one mission on one date, with the
/// organizations IPI flags the contributor as a member of: a row of
/// `ipi-ppp/current_month.csv`.
///
/// The membership flags are IPI's coding of about 2014, one set per contributor whatever
/// the date: they are not a membership history (for that, see the dated
/// [`Membership`](peacekeeping_core::Membership)s of the reference data and COW).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Snapshot {
    /// The contributing country.
    pub contributor: CountryCode,
    /// The mission.
    pub mission: MissionId,
    /// The reporting date, the last day of the month.
    pub date: Date,
    /// Troops (`Troops`; staff officers are not counted apart).
    pub troops: u32,
    /// Experts on mission (`Experts_on_Mission`, repeated in `Observers`).
    pub experts_on_mission: u32,
    /// Formed police units (`Formed_Police_Units`).
    pub formed_police_units: u32,
    /// Individual police (`Inidividual_Police`, sic).
    pub individual_police: u32,
    /// The organizations of [`SNAPSHOT_ORGANIZATIONS`] whose flag is 1 for the contributor,
    /// in that order, as the file's column names spell them (`"AU"`, `"Arab_League"`).
    pub memberships: Vec<String>,
}

impl Snapshot {
    /// All police: formed units and individual officers (the file's `Civilian_Police`).
    #[must_use]
    pub fn police(&self) -> u64 {
        u64::from(self.formed_police_units) + u64::from(self.individual_police)
    }

    /// Everyone (the file's `Total`).
    #[must_use]
    pub fn total(&self) -> u64 {
        u64::from(self.troops) + u64::from(self.experts_on_mission) + self.police()
    }

    /// Whether the contributor is flagged as a member of `organization`, spelled as in
    /// [`SNAPSHOT_ORGANIZATIONS`] (ASCII case ignored).
    #[must_use]
    pub fn is_member_of(&self, organization: &str) -> bool {
        self.memberships
            .iter()
            .any(|m| m.eq_ignore_ascii_case(organization))
    }
}

/// The columns `read_current_month` reads: date, contributor code, mission, the seven
/// counts, then the 23 flags of [`SNAPSHOT_ORGANIZATIONS`].
const SNAPSHOT_COLUMNS: [Column; 33] = [
    &["Date"],
    &["Contributor_ISO-3"],
    &["Mission"],
    &["Experts_on_Mission"],
    &["Formed_Police_Units"],
    &["Inidividual_Police", "Individual_Police"],
    &["Civilian_Police"],
    &["Troops"],
    &["Observers"],
    &["Total"],
    &["Contributor_NAM"],
    &["Contributor_G77"],
    &["Contributor_AU"],
    &["Contributor_Arab_League"],
    &["Contributor_OIC"],
    &["Contributor_CIS"],
    &["Contributor_G20"],
    &["Contributor_EU"],
    &["Contributor_NATO"],
    &["Contributor_G8"],
    &["Contributor_OECD"],
    &["Contributor_ASEAN"],
    &["Contributor_OAS"],
    &["Contributor_Shanghai"],
    &["Contributor_GCC"],
    &["Contributor_UMA"],
    &["Contributor_COMESA"],
    &["Contributor_CENSAD"],
    &["Contributor_EAC"],
    &["Contributor_ECCAS"],
    &["Contributor_ECOWAS"],
    &["Contributor_IGAD"],
    &["Contributor_SADC"],
];

/// Reads `ipi-ppp/current_month.csv` (contributor x mission on 2014-03-31, with 23
/// membership flags of the contributor): one [`Snapshot`] per row.
///
/// Columns read: `Date`; `Contributor_ISO-3` (checked as a [`CountryCode`]); `Mission`
/// (through [`names::mission_id`]); `Troops`, `Experts_on_Mission`,
/// `Formed_Police_Units`, `Inidividual_Police` (sic; `Individual_Police` accepted), stored;
/// `Civilian_Police` (all police), `Observers` (the experts again) and `Total`, checked
/// and not stored: a row where they disagree with the stored counts is skipped (none
/// does in the file); and the 23 `Contributor_<organization>` flags of
/// [`SNAPSHOT_ORGANIZATIONS`], each `0` or `1` (anything else skips the row). Not read:
/// the contributor's name, capital, region and bloc, its `Contributor_P5G4A3` group
/// (a category, not a membership), and every `Mission_*` column (host, HQ and the host's
/// flags).
///
/// The same file read with [`un::read_contributions`](crate::un::read_contributions) and
/// [`Layout::ipi_full`](crate::un::Layout::ipi_full) gives the personnel as
/// [`Contribution`]s, without the flags.
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if
/// the input cannot be read.
pub fn read_current_month<R: Read>(reader: R) -> Result<Import<Snapshot>, Error> {
    current_month(reader, INPUT)
}

/// [`read_current_month`] from a file.
///
/// # Errors
/// As [`read_current_month`], and [`Error::Io`] if the file cannot be opened.
pub fn read_current_month_file(path: impl AsRef<Path>) -> Result<Import<Snapshot>, Error> {
    read_path(path.as_ref(), current_month)
}

fn current_month<R: Read>(reader: R, file: &str) -> Result<Import<Snapshot>, Error> {
    let mut missions = MissionCheck::default();
    let mut import = read_csv(reader, file, SNAPSHOT_COLUMNS, |row| {
        let date = row.date(0)?;
        let contributor: CountryCode = row.parse(1)?;
        let mission = row.mission(2)?;
        let snapshot_counts = [
            row.count(3)?,
            row.count(4)?,
            row.count(5)?,
            row.count(6)?,
            row.count(7)?,
            row.count(8)?,
        ];
        let [experts, formed, individual, civilian, troops, observers] = snapshot_counts;
        let mut memberships = Vec::new();
        for (k, organization) in SNAPSHOT_ORGANIZATIONS.iter().enumerate() {
            match row.get(10 + k).trim() {
                "1" => memberships.push((*organization).to_owned()),
                "0" => {}
                _ => return Err(row.skip_field(10 + k, "not a membership flag: expected 0 or 1")),
            }
        }
        let snapshot = Snapshot {
            contributor,
            mission,
            date,
            troops,
            experts_on_mission: experts,
            formed_police_units: formed,
            individual_police: individual,
            memberships,
        };
        if u64::from(civilian) != snapshot.police() {
            return Err(row.skip_field(
                6,
                format!(
                    "formed police units + individual police make {}, not this figure",
                    snapshot.police()
                ),
            ));
        }
        if observers != experts {
            return Err(row.skip_field(
                8,
                format!("experts on mission are {experts}, not this figure"),
            ));
        }
        check_total(row, 9, snapshot.total())?;
        missions.note(row, 2, &snapshot.mission);
        Ok(snapshot)
    })?;
    import.unknown_missions = missions.finish();
    Ok(import)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GENDER_HEADER: &str = "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"\n";

    fn gender(rows: &str) -> Import<Contribution> {
        read_gender_full(format!("{GENDER_HEADER}{rows}").as_bytes(), None).unwrap()
    }

    #[test]
    fn gender_full_splits_by_category_and_sex() {
        let import = gender(
            "\"1\",2013-12-31,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,140,0,140,2,1,3,10,5,15,153,6,159\n",
        );
        assert!(import.is_complete());
        let c = &import.records[0];
        assert_eq!(c.contributor.as_str(), "ALB");
        assert_eq!(c.mission.as_str(), "UNMISS");
        assert_eq!(c.date, Date::new(2013, 12, 31).unwrap());
        assert_eq!(c.source, None);
        let p = c.what.personnel().unwrap();
        assert_eq!(
            p.get(PersonnelCategory::IndividualPolice),
            Headcount::by_sex(1, 0)
        );
        assert_eq!(
            p.get(PersonnelCategory::FormedPoliceUnits),
            Headcount::by_sex(140, 0)
        );
        assert_eq!(
            p.get(PersonnelCategory::ExpertsOnMission),
            Headcount::by_sex(2, 1)
        );
        assert_eq!(p.get(PersonnelCategory::Troops), Headcount::by_sex(10, 5));
        assert_eq!(
            p.get(PersonnelCategory::StaffOfficers),
            Headcount::default()
        );
        assert_eq!(p.total(), 159);
        assert_eq!(
            import.summary().to_string(),
            "1 row read: 1 imported, 0 merged, 0 skipped"
        );
    }

    #[test]
    fn gender_full_sets_the_source_and_normalizes_missions() {
        let text = format!(
            "{GENDER_HEADER}1,2013-12-31,Ghana,GHA,ONUCI,0,0,0,0,0,0,0,0,0,NA,NA,NA,0,0,0\n"
        );
        let import = read_gender_full(text.as_bytes(), Some("ipi-tcc".parse().unwrap())).unwrap();
        let c = &import.records[0];
        assert_eq!(c.mission.as_str(), "UNOCI");
        assert_eq!(c.source.as_ref().map(SourceId::as_str), Some("ipi-tcc"));
    }

    #[test]
    fn gender_full_skips_rows_whose_totals_disagree() {
        let import = gender(concat!(
            // Individual police: 1 + 1 is not 3.
            "1,2013-12-31,Albania,ALB,UNMIL,1,1,3,0,0,0,0,0,0,0,0,0,1,1,3\n",
            // Total Female: 0 is not 1.
            "2,2013-12-31,Albania,ALB,UNMIL,1,1,2,0,0,0,0,0,0,0,0,0,1,0,2\n",
        ));
        assert!(import.records.is_empty());
        let s = &import.skipped;
        assert_eq!(
            (s[0].line, s[0].field.as_deref()),
            (Some(2), Some("Individual Police Total"))
        );
        assert!(s[0].reason.contains("1 men + 1 women"));
        assert_eq!(
            (s[1].line, s[1].field.as_deref()),
            (Some(3), Some("Total Female"))
        );
        assert!(s[1].reason.contains("add up to 1"));
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn gender_full_skips_bad_codes_dates_missions_and_counts() {
        let import = gender(concat!(
            "1,2013-12-31,Atlantis,XXX,UNMIL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n",
            "2,2013-13-31,Albania,ALB,UNMIL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n",
            "3,2013-12-31,Albania,ALB,UN MIL?,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n",
            "4,2013-12-31,Albania,ALB,UNMIL,0,0,0,0,0,0,0,0,0,x,0,0,0,0,0\n",
            "5,2013-12-31,Albania,ALB,UNMIL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n",
        ));
        assert_eq!(import.records.len(), 1);
        let fields: Vec<_> = import.skipped.iter().map(|s| s.field.as_deref()).collect();
        assert_eq!(
            fields,
            [
                Some("Contributor ISO-3"),
                Some("Date"),
                Some("Mission"),
                Some("Troops Male")
            ]
        );
        assert_eq!(
            import.summary().to_string(),
            "5 rows read: 1 imported, 0 merged, 4 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn gender_full_names_missing_columns() {
        let err = read_gender_full("Date,Mission\n".as_bytes(), None).unwrap_err();
        let Error::MissingColumns {
            file,
            missing,
            found,
        } = err
        else {
            panic!("{err}")
        };
        assert_eq!(file, "<input>");
        assert_eq!(missing.len(), 16);
        assert_eq!(missing[0], "Contributor ISO-3");
        assert_eq!(found, ["Date", "Mission"]);
    }

    const BGD: &str = "BGD";

    #[test]
    fn contributor_months_treat_na_as_zero_and_skip_bad_dates() {
        let text = "\"Date\",\"Troops\",\"Police\",\"Experts\"\n1990-11-30,5,NA,NA\nNA,NA,NA,NA\n2010-10-31,10311,379,58\n2010-11-30,1,-2,0\n";
        let import = read_contributor_months(text.as_bytes(), BGD.parse().unwrap()).unwrap();
        assert_eq!(import.records.len(), 2);
        assert_eq!(import.records[0].total(), 5);
        assert_eq!(import.records[0].police, 0);
        assert_eq!(import.records[1].total(), 10_748);
        assert_eq!(import.records[1].contributor.as_str(), BGD);
        assert_eq!(import.skipped[0].line, Some(3));
        assert_eq!(import.skipped[0].field.as_deref(), Some("Date"));
        assert_eq!(import.skipped[1].field.as_deref(), Some("Police"));
        assert_eq!(import.skipped[1].value, "-2");
        assert_eq!(import.rows_read, 4);
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn contributor_months_need_their_columns() {
        let err = read_contributor_months("Date,Troops\n".as_bytes(), BGD.parse().unwrap());
        assert!(
            matches!(err, Err(Error::MissingColumns { missing, .. }) if missing == ["Police", "Experts"])
        );
    }

    #[test]
    fn contributor_dir_maps_file_names_and_reports_the_others() {
        let dir =
            std::env::temp_dir().join(format!("peacekeeping-data-ipi-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let header = "\"Date\",\"Troops\",\"Police\",\"Experts\"\n";
        for (name, body) in [
            ("DR Congo.csv", "2010-10-31,1,2,3\n"),
            ("Cote d Ivoire.csv", "2010-10-31,4,NA,NA\n"),
            (".csv", "NA,NA,NA,NA\n"),
            ("Atlantis.csv", "2010-10-31,1,1,1\n"),
            ("Bangaldesh.csv", "2010-10-31,1,1,1\n2010-11-30,1,1,1\n"),
        ] {
            std::fs::write(dir.join(name), format!("{header}{body}")).unwrap();
        }
        std::fs::write(dir.join("README.txt"), "not data").unwrap();
        let import = read_contributor_dir(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        let import = import.unwrap();
        let codes: Vec<_> = import
            .records
            .iter()
            .map(|r| r.contributor.as_str())
            .collect();
        assert_eq!(codes, ["CIV", "COD"]);
        let skipped: Vec<_> = import
            .skipped
            .iter()
            .map(|s| (s.value.as_str(), s.line))
            .collect();
        assert_eq!(
            skipped,
            [
                (".csv", None),
                ("Atlantis.csv", None),
                ("Bangaldesh.csv", None)
            ]
        );
        assert!(import.skipped[0].reason.contains("names no contributor"));
        assert_eq!(
            import.skipped[1].reason,
            r#"file name: unknown country "Atlantis"; no known name is close"#
        );
        assert_eq!(
            import.skipped[2].reason,
            r#"file name: unknown country "Bangaldesh"; closest known: "Bangladesh" (BGD)"#
        );
        // The rows of skipped files are not read: the files are counted apart.
        assert_eq!(
            import.summary().to_string(),
            "2 rows read: 2 imported, 0 merged, 0 skipped; 3 files skipped"
        );
        crate::import::assert_balanced(&import);
        assert!(matches!(import.strict(), Err(Error::Rejected(s)) if s.value == ".csv"));
    }

    #[test]
    fn contributor_dir_that_does_not_exist_is_an_io_error() {
        let err = read_contributor_dir("/this/directory/does/not/exist").unwrap_err();
        assert!(matches!(err, Error::Io { .. }));
    }

    #[test]
    fn mission_months_read_both_spellings_of_the_header() {
        let tcc = "\"date\",\"mission\",\"mission.country\",\"mission.iso3.alpha\",\"mission.hq\",\"mission.hq.long\",\"mission.hq.lat\",\"n.contributors\",\"troops\",\"police\",\"observers\",\"total\"\n\
                   2011-07-31,\"UNMISS\",\"South Sudan'\",\"SSD\",\"Juba\",31.6,4.85,50,5000,400,NA,5400\n\
                   1993-05-31,\"UNOSOM II\",\"Somalia\",\"SOM\",\"Mogadishu\",45.3,2.03,30,NA,NA,NA,NA\n\
                   1998-06-30,\"UNPSG\",\"Croatia\",NA,\"Vukovar\",19,45.3,20,NA,114,NA,114\n";
        let import = read_mission_months(tcc.as_bytes()).unwrap();
        assert!(import.is_complete(), "{:?}", import.skipped);
        let r = &import.records;
        assert_eq!(
            (r[0].mission.as_str(), r[0].host.map(|h| h.to_string())),
            ("UNMISS", Some("SSD".into()))
        );
        assert_eq!((r[0].contributors, r[0].total()), (50, 5400));
        assert_eq!(r[1].mission.as_str(), "UNOSOM-II");
        assert_eq!(r[1].total(), 0);
        assert_eq!((r[2].mission.as_str(), r[2].host), ("UNCPSG", None));

        let ppp = "\"Date\",\"Mission\",\"Country of Mission\",\"Country of Mission ISO-3\",\"Mission HQ Longitude\",\"Mission HQ Latitude\",\"Number of Contributors\",\"Troops\",\"Police\",\"Observers\",\"Total\"\n\
                   2004-04-30,\"ONUCI\",\"Cote d Ivoire\",\"CIV\",7.5,-5.3,40,2000,100,50,2150\n";
        let import = read_mission_months(ppp.as_bytes()).unwrap();
        assert_eq!(import.records[0].mission.as_str(), "UNOCI");
        assert_eq!(import.records[0].observers, 50);
    }

    #[test]
    fn mission_months_skip_wrong_totals_and_bad_hosts() {
        let text = "Date,Mission,Country of Mission ISO-3,Number of Contributors,Troops,Police,Observers,Total\n\
                    2010-10-31,UNMIL,LBR,50,1,2,3,7\n\
                    2010-10-31,UNMIL,XXX,50,1,2,3,6\n\
                    2010-10-31,UNMIL,LBR,50,1,2,3,6\n";
        let import = read_mission_months(text.as_bytes()).unwrap();
        assert_eq!(import.records.len(), 1);
        assert_eq!(import.skipped[0].field.as_deref(), Some("Total"));
        assert_eq!(
            import.skipped[1].field.as_deref(),
            Some("Country of Mission ISO-3")
        );
        assert_eq!(
            import.summary().to_string(),
            "3 rows read: 1 imported, 0 merged, 2 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn system_months_read_both_spellings_of_the_header() {
        let ppp = "\"Date\",\"Number of Contributors\",\"Troop Contributions\",\"Average Troop Contribution\",\"Police Contributions\",\"EOM Contributions\",\"Total Contributions\"\n\
                   2014-12-31,122,89848,1.5,12442,1772,104062\n\
                   1990-11-30,46,10285,NA,44,NA,10329\n";
        let import = read_system_months(ppp.as_bytes()).unwrap();
        assert!(import.is_complete());
        assert_eq!(import.records[0].total(), 104_062);
        assert_eq!(import.records[1].experts, 0);
        assert_eq!(
            import.summary().to_string(),
            "2 rows read: 2 imported, 0 merged, 0 skipped"
        );
    }

    #[test]
    fn system_months_skip_wrong_totals_and_name_missing_columns() {
        let text = "date,n.conributors,troops.sum,police.sum,observers.sum,total.sum\n2010-12-31,115,1,1,1,4\n";
        let import = read_system_months(text.as_bytes()).unwrap();
        assert_eq!(import.skipped[0].field.as_deref(), Some("total.sum"));
        crate::import::assert_balanced(&import);
        let err = read_system_months("date,troops.sum\n".as_bytes()).unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(
            missing[0],
            "Number of Contributors or n.conributors or n.contributors"
        );
    }

    /// The header of `ipi-ppp/current_month.csv`, as the file has it.
    const CURRENT_HEADER: &str = "Date,Contributor,Contributor_ISO-3,Contributor_Capital,Contributor_Capital_Latitude,Contributor_Capital_Longitude,Contributor_Continent,Contributor_Region,Contributor UN_Bloc,Contributor_P5G4A3,Contributor_NAM,Contributor_G77,Contributor_AU,Contributor_Arab_League,Contributor_OIC,Contributor_CIS,Contributor_G20,Contributor_EU,Contributor_NATO,Contributor_G8,Contributor_OECD,Contributor_ASEAN,Contributor_OAS,Contributor_Shanghai,Contributor_GCC,Contributor_UMA,Contributor_COMESA,Contributor_CENSAD,Contributor_EAC,Contributor_ECCAS,Contributor_ECOWAS,Contributor_IGAD,Contributor_SADC,Mission,Mission_Country,Mission_Country_ISO-3,Mission_HQ,Mission_HQ_Longitude,Mission_HQ_Latitude,Mission_Continent,Mission_Region,Mission_UN_Bloc,Mission_P5G4A3,Mission_NAM,Mission_G77,Mission_AU,Mission_Arab_League,Mission_OIC,Mission_CIS,Mission_G20,Mission_EU,Mission_NATO,Mission_G8,Mission_OECD,Mission_ASEAN,Mission_OAS,Mission_Shanghai,Mission_GCC,Mission_UMA,Mission_COMESA,Mission_CENSAD,Mission_EAC,Mission_ECCAS,Mission_ECOWAS,Mission_IGAD,Mission_SADC,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total\n";
    /// Algeria's row of the file, with its counts (experts, FPU, IPO, civilian police,
    /// troops, observers, total) replaced by `{}`.
    const ALGERIA: &str = "2014-03-31,Algeria,DZA,Algiers,36.7001,3.1334,Africa,Northern Africa,AG,None,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,MONUSCO,DR Congo,COD,Kinshasa,-4.325,15.3222,Africa,Middle Africa,AG,None,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,0,1,{}\n";

    fn current(counts: &[&str]) -> Import<Snapshot> {
        let mut text = CURRENT_HEADER.to_owned();
        for c in counts {
            text.push_str(&ALGERIA.replace("{}", c));
        }
        read_current_month(text.as_bytes()).unwrap()
    }

    #[test]
    fn current_month_reads_counts_and_memberships() {
        let import = current(&["5,NA,NA,NA,NA,5,5", "1,140,10,150,700,1,851"]);
        assert!(import.is_complete(), "{:?}", import.skipped);
        let s = &import.records[0];
        assert_eq!(
            (s.contributor.as_str(), s.mission.as_str(), s.date),
            ("DZA", "MONUSCO", Date::new(2014, 3, 31).unwrap())
        );
        assert_eq!((s.experts_on_mission, s.total()), (5, 5));
        assert_eq!(
            s.memberships,
            ["NAM", "G77", "AU", "Arab_League", "OIC", "UMA"]
        );
        assert!(s.is_member_of("au") && !s.is_member_of("EU"));
        let s = &import.records[1];
        assert_eq!((s.police(), s.troops, s.total()), (150, 700, 851));
        assert_eq!(
            import.summary().to_string(),
            "2 rows read: 2 imported, 0 merged, 0 skipped"
        );
    }

    #[test]
    fn current_month_skips_rows_whose_aggregates_or_flags_are_wrong() {
        let mut text = CURRENT_HEADER.to_owned();
        for c in [
            "1,140,10,151,700,1,851",
            "1,140,10,150,700,2,851",
            "1,140,10,150,700,1,850",
            "1,140,10,150,7x0,1,851",
        ] {
            text.push_str(&ALGERIA.replace("{}", c));
        }
        text.push_str(&ALGERIA.replace("{}", "0,0,0,0,0,0,0").replacen(
            ",1,1,1,1,1,",
            ",1,1,yes,1,1,",
            1,
        ));
        text.push_str(&ALGERIA.replace("{}", "0,0,0,0,0,0,0").replace("DZA", "XXX"));
        let import = read_current_month(text.as_bytes()).unwrap();
        assert!(import.records.is_empty());
        let fields: Vec<_> = import.skipped.iter().map(|s| s.field.as_deref()).collect();
        assert_eq!(
            fields,
            [
                Some("Civilian_Police"),
                Some("Observers"),
                Some("Total"),
                Some("Troops"),
                Some("Contributor_AU"),
                Some("Contributor_ISO-3")
            ]
        );
        assert_eq!(
            import.summary().to_string(),
            "6 rows read: 0 imported, 0 merged, 6 skipped"
        );
        crate::import::assert_balanced(&import);
        let err = read_current_month("Date,Contributor_ISO-3,Mission\n".as_bytes()).unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(missing.len(), 30);
    }

    #[test]
    fn a_file_that_does_not_exist_is_an_io_error_naming_it() {
        let err = read_system_months_file("/no/such/data_monthly.csv").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("/no/such/data_monthly.csv: cannot read")
        );
    }
}
