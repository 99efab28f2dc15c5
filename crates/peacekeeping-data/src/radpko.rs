//! The reader for RADPKO's base-year file: UN deployments by base and year, with each
//! contributor's troops, police and military observers.
//!
//! Cite Hunnicutt, P. & Nomikos, W.G. (2020) "Nationality, Gender, and Deployments at the
//! Local Level: Introducing the RADPKO Dataset", *International Peacekeeping* 27(4):
//! 645-672 (full data: Harvard Dataverse, doi:10.7910/DVN/BQU5VD). RADPKO codes the UN's
//! monthly deployment maps and the UN's contribution reports of its missions in
//! sub-Saharan Africa; this file, `radpko_bases_cc_y.csv` (repository
//! `dapp-lab/radpko-shiny`, made by the authors for their web interface), gives the
//! yearly means of the monthly base-level data, 1999-2019: one row per mission, base and
//! year.
//!
//! ```
//! use peacekeeping_data::radpko;
//!
//! let csv = "mission,country,base,date,year,latitude,longitude,contributing_countries,\
//! untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,\
//! asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob,\
//! ghana,ghana_pko,ghana_untrp,ghana_unpol,ghana_unmob,uk,uk_pko,uk_untrp,uk_unpol,uk_unmob
//! UNMIL,Liberia,gbarnga,2010-01-01,2010,6.998,-9.472,1.5,650.5,10,2,31.25,1,0,650.5,10,0,0,0,0,0,0,2,1,660.5,650.5,10,0,1,2,0,0,2
//! ";
//! let import = radpko::read_base_years(csv.as_bytes())?;
//! let base = &import.records[0];
//! assert_eq!((base.base.as_deref(), base.year), (Some("gbarnga"), 2010));
//! assert_eq!(base.personnel.troops, 650.5);
//! // The per-contributor means, without the contributors that had no one there:
//! let by = |i: usize| (base.contributors[i].contributor.to_string(), base.contributors[i].personnel.total());
//! assert_eq!((by(0), by(1)), (("GHA".to_owned(), 660.5), ("GBR".to_owned(), 2.0)));
//! assert_eq!(base.unattributed().total(), 0.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`read_base_years`] takes any [`Read`] (errors and skipped rows then name the file
//! `"<input>"`); [`read_base_years_file`] takes a path. Columns are found by name, in any
//! order. Missions go through [`names::mission_id`], and those the reference dataset
//! lacks are listed in [`Import::unknown_missions`]. A row the reader cannot use is
//! skipped and reported with its line, the column at fault and the reason; all such rows
//! are reported in one pass.
//!
//! # The quirks handled
//!
//! - **Means, not counts.** Every figure is a yearly mean of monthly values, so it is
//!   fractional (`358.0833333333333`): an `f64`, never rounded.
//! - **Wide contributor columns.** For each contributor the header has a group of five
//!   columns, `<name>`, `<name>_pko`, `<name>_untrp`, `<name>_unpol`, `<name>_unmob`,
//!   named in lower case with dots for spaces (`cote.d.ivoire`, `south.africa`, `uk`);
//!   the real file has 69 such groups. The header decides which groups are read: every
//!   name with an `_untrp`, `_unpol` or `_unmob` column other than the totals (`untrp`),
//!   the women (`f_`) and the regions (`afr_`, `asian_`, `west_`) is a contributor, must
//!   have all three columns, and must name a country through
//!   [`names::radpko_contributor`]; a name that does not is an
//!   [`Error::UnknownColumns`], since reading on would lose its figures. Each row's
//!   groups become [`BaseYear::contributors`], a `Vec` of the contributors with a
//!   non-zero mean: a mean of 0 means the contributor had no one at the base in any month
//!   of the year.
//! - **`korea` and `south.korea`**: both are the Republic of Korea (`KOR`). In the real
//!   file the `korea` columns are 0 in every row, so they never overlap; were both non-zero
//!   in a row, their means would be added into one `KOR` entry, as each column group adds
//!   to the row's totals.
//! - **`yugoslavia`** is non-zero only for MINUSCA in 2015-2017, when no Yugoslavia
//!   existed: it is read as COW state 345 (which COW names Yugoslavia throughout), whose
//!   ISO code in the row's year the [`crosswalk`] gives: `SRB` from
//!   2006. (`montenegro` is read as `MNE`, as named; see `docs/datasets.md` on its
//!   figures.)
//! - **The contributor breakdown is incomplete**: in many rows the contributors' means
//!   add up to less than the row's `untrp`, `unpol` or `unmob` (never to more);
//!   [`BaseYear::unattributed`] gives the difference. The region totals
//!   ([`BaseYear::regions`]) are kept because they sometimes cover what the breakdown
//!   lacks.
//! - **Hosts** by name, through [`names::host`]: `Democratic Republic of Congo` is
//!   `COD`; `Abyei` (UNISFA) is the territory disputed between Sudan and South Sudan.
//! - **`NaN`** (R's not-a-number, a mean of nothing) in seven rows: the coordinates of
//!   UNMIS's base in Addis Ababa (three rows, 2007-2008, spelled `addis ababa` and `adis
//!   abeba`) and the police and observers of a region (`afr_` in one row, `asian_` in
//!   three). They are read as `None` ([`BaseYear::latitude`], [`RegionPersonnel`]); the
//!   rows are kept. A `NaN` anywhere else skips its row, naming the column.
//! - **A base without a name**: three rows have an empty `base` (ONUB 2005 and 2006,
//!   UNMISS 2014); they are read with [`BaseYear::base`] `None` and their coordinates.
//! - **Not read**: `pko_deployed` and `mltipko_deployed` (undocumented in the extract;
//!   `pko_deployed` is `untrp + unpol + unmob` in most rows), the `_pko` columns (the sum
//!   of a contributor's or region's three), the bare `<name>` columns (undocumented
//!   small numbers), and the `|`-joined lists `cc_present`, `afr_cc`, `asian_cc`,
//!   `west_cc` (the names of the contributors present, which
//!   [`BaseYear::contributors`] gives).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{CountryCode, Date, MissionId, Presence, SourceId};

use crate::conversion::{self, Gathered, PresenceKey};
use crate::{Conversion, SkippedEntry};

use crate::crosswalk::{self, CowCode};
use crate::import::{Column, INPUT, MissionCheck, Row, read_csv_planned, read_path};
use crate::names::{self, Host};
use crate::{Error, Import, Skipped};

/// Troops, police and military observers: yearly means of monthly head counts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct PersonnelMeans {
    /// Troops (`untrp`: UN troops).
    pub troops: f64,
    /// Police (`unpol`).
    pub police: f64,
    /// Military observers (`unmob`).
    pub observers: f64,
}

impl PersonnelMeans {
    /// The means of `troops`, `police` and `observers`.
    #[must_use]
    pub fn new(troops: f64, police: f64, observers: f64) -> Self {
        PersonnelMeans {
            troops,
            police,
            observers,
        }
    }

    /// Troops, police and observers together.
    #[must_use]
    pub fn total(&self) -> f64 {
        self.troops + self.police + self.observers
    }

    /// Whether all three are 0.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.troops == 0.0 && self.police == 0.0 && self.observers == 0.0
    }

    fn add(&mut self, other: PersonnelMeans) {
        self.troops += other.troops;
        self.police += other.police;
        self.observers += other.observers;
    }
}

/// The personnel of the contributors of one region: [`PersonnelMeans`] where a figure
/// can be missing. The file has `NaN` (R's not-a-number, a mean of nothing) for the police
/// and observers of a region in four rows; those are `None`, the region's other figures
/// are kept.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionPersonnel {
    /// Troops (`<region>_untrp`).
    pub troops: Option<f64>,
    /// Police (`<region>_unpol`).
    pub police: Option<f64>,
    /// Military observers (`<region>_unmob`).
    pub observers: Option<f64>,
}

/// The personnel of the contributors of each region, as RADPKO groups them (`afr_`,
/// `asian_`, `west_` columns).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionMeans {
    /// African contributors (`afr_untrp`, `afr_unpol`, `afr_unmob`).
    pub african: RegionPersonnel,
    /// Asian contributors (`asian_*`).
    pub asian: RegionPersonnel,
    /// Western contributors (`west_*`).
    pub western: RegionPersonnel,
}

/// One contributor's personnel at a base: a column group of the file.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ContributorMeans {
    /// The contributing country ([`names::radpko_contributor`]).
    pub contributor: CountryCode,
    /// Its yearly means (`<name>_untrp`, `<name>_unpol`, `<name>_unmob`).
    pub personnel: PersonnelMeans,
}

/// One base of a mission in one year: a row of `radpko_bases_cc_y.csv`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BaseYear {
    /// The mission (`mission`, through [`names::mission_id`]).
    pub mission: MissionId,
    /// The host (`country`, through [`names::host`]).
    pub host: Host,
    /// The base, as the file writes it in lower case (`base`); `None` where it is empty.
    pub base: Option<String>,
    /// The year (`year`).
    pub year: i32,
    /// The first month of the year with data (`date`, its first day).
    pub first_month: Date,
    /// Latitude, decimal degrees (`latitude`); `None` for `NaN` (three rows: UNMIS's base
    /// in Addis Ababa, 2007 and 2008, not geocoded).
    pub latitude: Option<f64>,
    /// Longitude, decimal degrees (`longitude`); `None` for `NaN`.
    pub longitude: Option<f64>,
    /// All personnel at the base (`untrp`, `unpol`, `unmob`).
    pub personnel: PersonnelMeans,
    /// The women among them (`f_untrp`, `f_unpol`, `f_unmob`).
    pub female: PersonnelMeans,
    /// The mean number of contributing countries (`contributing_countries`).
    pub contributing_countries: f64,
    /// The personnel by contributor region.
    pub regions: RegionMeans,
    /// The contributors with a non-zero mean, in the header's order of their column
    /// groups (a contributor with two groups, `korea` and `south.korea`, once, at its
    /// first).
    pub contributors: Vec<ContributorMeans>,
}

impl BaseYear {
    /// The personnel the contributor breakdown does not account for: [`personnel`](
    /// BaseYear::personnel) less the sum of [`contributors`](BaseYear::contributors), for
    /// each of troops, police and observers (0 up to rounding where the breakdown is
    /// complete).
    #[must_use]
    pub fn unattributed(&self) -> PersonnelMeans {
        let mut sum = PersonnelMeans::default();
        for c in &self.contributors {
            sum.add(c.personnel);
        }
        PersonnelMeans {
            troops: self.personnel.troops - sum.troops,
            police: self.personnel.police - sum.police,
            observers: self.personnel.observers - sum.observers,
        }
    }
}

/// The columns read by name: the row's own, then the three categories of the totals,
/// women and regions.
const BASE_COLUMNS: [Column; 23] = [
    &["mission"],
    &["country"],
    &["base"],
    &["date"],
    &["year"],
    &["latitude"],
    &["longitude"],
    &["contributing_countries"],
    &["untrp"],
    &["unpol"],
    &["unmob"],
    &["f_untrp"],
    &["f_unpol"],
    &["f_unmob"],
    &["afr_untrp"],
    &["afr_unpol"],
    &["afr_unmob"],
    &["asian_untrp"],
    &["asian_unpol"],
    &["asian_unmob"],
    &["west_untrp"],
    &["west_unpol"],
    &["west_unmob"],
];

/// The suffixes of a contributor's three categories: troops, police, observers.
const SUFFIXES: [&str; 3] = ["_untrp", "_unpol", "_unmob"];

/// The prefixes of the column groups that are not contributors (`untrp` itself has none).
const NOT_CONTRIBUTORS: [&str; 4] = ["f", "afr", "asian", "west"];

/// The state `yugoslavia` columns stand for: COW 345, mapped by year (see the module
/// documentation).
const COW_YUGOSLAVIA: CowCode = CowCode::new(345);

/// Reads `radpko_bases_cc_y.csv`: one [`BaseYear`] per row.
///
/// Columns read: `mission`, `country` (through [`names::host`]: a row whose host is
/// unknown is skipped, with the closest known name), `base` (empty: `None`), `date`
/// (`YYYY-MM-DD`, in the row's year), `year`, `latitude` (-90 to 90), `longitude` (-180
/// to 180), `contributing_countries`, `untrp`, `unpol`, `unmob`, their `f_`, `afr_`,
/// `asian_` and `west_` columns, and every contributor's `_untrp`, `_unpol`, `_unmob`
/// (see the [module documentation](self) for the groups, `korea` and `yugoslavia`).
/// Every mean is a finite number, not negative; a row with another value in a column
/// read is skipped, naming the column. The exceptions are the file's `NaN`s: in the
/// coordinates and the region means, `NaN` (or `NA`, or nothing) is `None`.
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above, or one of the three of
/// a contributor it has; [`Error::UnknownColumns`] if a contributor column group names no
/// known country; [`Error::Io`] if the input cannot be read.
pub fn read_base_years<R: Read>(reader: R) -> Result<Import<BaseYear>, Error> {
    base_years(reader, INPUT)
}

/// [`read_base_years`] from a file.
///
/// # Errors
/// As [`read_base_years`], and [`Error::Io`] if the file cannot be opened.
pub fn read_base_years_file(path: impl AsRef<Path>) -> Result<Import<BaseYear>, Error> {
    read_path(path.as_ref(), base_years)
}

/// The contributors present in each reference mission in each year, from RADPKO's
/// base-years: one [`Presence`] per mission, contributor and year, citing `source`.
///
/// The rules:
///
/// - **Who**: each contributor of a base-year ([`BaseYear::contributors`], those with a
///   non-zero mean at the base) is present in the mission that year. RADPKO's
///   contributors are all countries; a country the reference dataset has no actor for is
///   left out ([`EntryReason::NotAnActor`](crate::EntryReason::NotAnActor)).
/// - **Personnel**: the sum, over the mission's bases that year, of the contributor's
///   mean troops, police and military observers (each base's yearly mean of monthly
///   values, [`PersonnelMeans::total`]): the contributor's mean personnel in the mission
///   over the year. RADPKO gives it at every base, so every record has a figure. The
///   personnel a base's breakdown does not attribute ([`BaseYear::unattributed`]) belong
///   to no contributor and are not counted.
/// - **Sites**: the number of the mission's bases where the contributor had personnel
///   that year (a base without a name is told apart by its coordinates).
/// - **Missions** through [`names::known_mission_on`] (on the year's last day), kept if
///   the year is a year of the reference mission's period (from the year it starts to
///   the year it ends); otherwise each contributor entry of the base-year is left out
///   ([`EntryReason::UnknownMission`](crate::EntryReason::UnknownMission),
///   [`OutsideMissionPeriod`](crate::EntryReason::OutsideMissionPeriod)).
///
/// Every contributor entry of a base-year either adds to a record or is listed in
/// [`Conversion::skipped`] with its reason. Records come in (mission, year, contributor)
/// order.
///
/// ```
/// use peacekeeping_data::radpko;
///
/// let csv = "mission,country,base,date,year,latitude,longitude,contributing_countries,\
/// untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,\
/// asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob,\
/// ghana_untrp,ghana_unpol,ghana_unmob,nepal_untrp,nepal_unpol,nepal_unmob
/// UNMIL,Liberia,gbarnga,2010-01-01,2010,6.998,-9.472,2,660,10,2,0,0,0,0,0,0,0,0,0,0,0,0,650.5,0,2,9.5,10,0
/// UNMIL,Liberia,zwedru,2010-01-01,2010,6.07,-8.13,1,100,0,0,0,0,0,0,0,0,0,0,0,0,0,0,100,0,0,0,0,0
/// ";
/// let import = radpko::read_base_years(csv.as_bytes())?;
/// assert!(import.is_complete());
/// let presences = radpko::to_presences(&import.records, "radpko".parse()?);
/// let ghana = &presences.records[0];
/// assert_eq!((ghana.contributor.as_str(), ghana.year), ("GHA", 2010));
/// assert_eq!((ghana.personnel, ghana.sites), (Some(752.5), Some(2)));
/// assert_eq!(presences.records[1].personnel, Some(19.5)); // Nepal, at one base
/// assert_eq!(presences.to_string(), "2 records, 0 entries skipped");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_presences(bases: &[BaseYear], source: SourceId) -> Conversion<Presence, SkippedEntry> {
    let mut out: Conversion<Presence, SkippedEntry> = Conversion::default();
    let mut gathered: BTreeMap<PresenceKey, Gathered> = BTreeMap::new();
    for base in bases {
        let skip = |contributor: CountryCode, reason| SkippedEntry {
            mission: base.mission.clone(),
            year: base.year,
            site: base.base.clone(),
            contributor: contributor.to_string(),
            reason,
        };
        let mission = match conversion::reference_mission_in(&base.mission, base.year) {
            Ok(id) => id,
            Err(reason) => {
                out.skipped.extend(
                    base.contributors
                        .iter()
                        .map(|c| skip(c.contributor, reason.clone())),
                );
                continue;
            }
        };
        let site = base.base.clone().unwrap_or_else(|| {
            let at = |x: Option<f64>| x.map_or_else(|| "NaN".to_owned(), |x| x.to_string());
            format!(
                "unnamed base at {},{}",
                at(base.latitude),
                at(base.longitude)
            )
        });
        for c in &base.contributors {
            match conversion::reference_contributor(c.contributor.as_str()) {
                Ok(actor) => gathered
                    .entry((mission.clone(), base.year, actor))
                    .or_default()
                    .add(site.clone(), Some(c.personnel.total())),
                Err(reason) => out.skipped.push(skip(c.contributor, reason)),
            }
        }
    }
    out.records = conversion::presences(gathered, &source);
    out
}

/// A contributor column group found in the header.
struct Group {
    /// Its country; for `yugoslavia`, `YUG`, made the state of the row's year.
    contributor: CountryCode,
    /// Whether the country is COW 345's of the row's year (`yugoslavia`).
    by_year: bool,
    /// The positions of its `_untrp`, `_unpol`, `_unmob` columns in the header.
    columns: [usize; 3],
}

/// The contributor column groups of `header`, in the order of their first column.
fn contributor_groups(file: &str, header: &[String]) -> Result<Vec<Group>, Error> {
    let position: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(k, name)| (name.as_str(), k))
        .collect();
    let mut names_seen = Vec::new();
    for name in header {
        let prefix = SUFFIXES
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix))
            .filter(|p| !p.is_empty() && !NOT_CONTRIBUTORS.contains(p));
        if let Some(prefix) = prefix
            && !names_seen.contains(&prefix)
        {
            names_seen.push(prefix);
        }
    }
    let (mut groups, mut missing, mut unknown) = (Vec::new(), Vec::new(), Vec::new());
    let yugoslavia = crosswalk::iso_in_year(COW_YUGOSLAVIA, 1992);
    for prefix in names_seen {
        let columns = SUFFIXES.map(|suffix| {
            let column = format!("{prefix}{suffix}");
            let found = position.get(column.as_str()).copied();
            if found.is_none() {
                missing.push(column);
            }
            found.unwrap_or(usize::MAX)
        });
        match names::radpko_contributor(prefix) {
            Some(contributor) => groups.push(Group {
                contributor,
                by_year: Some(contributor) == yugoslavia,
                columns,
            }),
            None => unknown.extend(
                SUFFIXES
                    .iter()
                    .map(|suffix| format!("{prefix}{suffix}"))
                    .filter(|c| position.contains_key(c.as_str())),
            ),
        }
    }
    if !missing.is_empty() {
        return Err(Error::MissingColumns {
            file: file.to_owned(),
            missing,
            found: header.to_vec(),
        });
    }
    if !unknown.is_empty() {
        return Err(Error::UnknownColumns {
            file: file.to_owned(),
            columns: unknown,
            reason: "a contributor's columns whose name is no known country (names::radpko_contributor); reading on would lose its figures".to_owned(),
        });
    }
    Ok(groups)
}

fn base_years<R: Read>(reader: R, file: &str) -> Result<Import<BaseYear>, Error> {
    let mut missions = MissionCheck::default();
    let mut import = read_csv_planned(
        reader,
        file,
        BASE_COLUMNS,
        |header| contributor_groups(file, header),
        |groups, row| {
            let mission = row.mission(0)?;
            let host = names::host(row.get(1))
                .ok_or_else(|| row.skip_field(1, names::unknown_country(row.get(1).trim())))?;
            let base = match row.get(2).trim() {
                "" | "NA" => None,
                base => Some(base.to_owned()),
            };
            let first_month = row.date(3)?;
            let year = row.year(4)?;
            if first_month.year() != year {
                return Err(row.skip_field(3, format!("not a day of the row's year {year}")));
            }
            // `NaN` (not geocoded) is None; a number must be a latitude or longitude.
            let latitude = match row.optional_real(5)? {
                Some(_) => Some(row.latitude(5)?),
                None => None,
            };
            let longitude = match row.optional_real(6)? {
                Some(_) => Some(row.longitude(6)?),
                None => None,
            };
            let mean = |i: usize| mean_at(row, row.column(i));
            let contributing_countries = mean(7)?;
            let means = |first: usize| -> Result<PersonnelMeans, Skipped> {
                Ok(PersonnelMeans {
                    troops: mean(first)?,
                    police: mean(first + 1)?,
                    observers: mean(first + 2)?,
                })
            };
            let personnel = means(8)?;
            let female = means(11)?;
            let optional_mean = |i: usize| match row.optional_real(i)? {
                Some(x) if x < 0.0 => Err(row.skip_field(i, NEGATIVE)),
                x => Ok(x),
            };
            let region = |first: usize| -> Result<RegionPersonnel, Skipped> {
                Ok(RegionPersonnel {
                    troops: optional_mean(first)?,
                    police: optional_mean(first + 1)?,
                    observers: optional_mean(first + 2)?,
                })
            };
            let regions = RegionMeans {
                african: region(14)?,
                asian: region(17)?,
                western: region(20)?,
            };
            let contributors = contributors(row, groups, year)?;
            missions.note(row, 0, &mission);
            Ok(BaseYear {
                mission,
                host,
                base,
                year,
                first_month,
                latitude,
                longitude,
                personnel,
                female,
                contributing_countries,
                regions,
                contributors,
            })
        },
    )?;
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// Why a mean is refused.
const NEGATIVE: &str = "a mean of personnel is not negative";

/// The mean in position `column` of the header: a finite number, not negative.
fn mean_at<const N: usize>(row: &Row<'_, N>, column: usize) -> Result<f64, Skipped> {
    match row.real_at(column)? {
        x if x < 0.0 => Err(row.skip_at(column, NEGATIVE)),
        x => Ok(x),
    }
}

/// The contributors of a row with a non-zero mean, groups of one country added together.
fn contributors<const N: usize>(
    row: &Row<'_, N>,
    groups: &[Group],
    year: i32,
) -> Result<Vec<ContributorMeans>, Skipped> {
    let mut found: Vec<ContributorMeans> = Vec::new();
    for group in groups {
        let [troops, police, observers] = group.columns;
        let personnel = PersonnelMeans {
            troops: mean_at(row, troops)?,
            police: mean_at(row, police)?,
            observers: mean_at(row, observers)?,
        };
        if personnel.is_zero() {
            continue;
        }
        let contributor = if group.by_year {
            crosswalk::iso_in_year(COW_YUGOSLAVIA, year).unwrap_or(group.contributor)
        } else {
            group.contributor
        };
        match found.iter_mut().find(|c| c.contributor == contributor) {
            Some(entry) => entry.personnel.add(personnel),
            None => found.push(ContributorMeans {
                contributor,
                personnel,
            }),
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const HEADER: &str = "mission,country,base,date,year,latitude,longitude,pko_deployed,contributing_countries,untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob,cc_present,korea,korea_pko,korea_untrp,korea_unpol,korea_unmob,nepal,nepal_pko,nepal_untrp,nepal_unpol,nepal_unmob,south.korea,south.korea_pko,south.korea_untrp,south.korea_unpol,south.korea_unmob,yugoslavia,yugoslavia_pko,yugoslavia_untrp,yugoslavia_unpol,yugoslavia_unmob";

    /// A row: mission, host, base, year, then the totals, and the `korea`, `nepal`,
    /// `south.korea` and `yugoslavia` triples.
    fn row(mission: &str, host: &str, base: &str, year: i32, counts: &str) -> String {
        format!("{mission},{host},{base},{year}-01-01,{year},7.5,30.1,0,1,{counts}")
    }

    fn read(rows: &[String]) -> Import<BaseYear> {
        let text = format!("{HEADER}\n{}\n", rows.join("\n"));
        let import = read_base_years(text.as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    /// The 15 means of the totals, women and regions, all 0 (`cc_present` and the four
    /// contributor groups follow).
    const ZEROS: &str = "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0";

    #[test]
    fn contributors_with_a_zero_mean_are_absent_and_the_rest_kept_in_header_order() {
        // `korea` 0, `nepal` 120.5 troops and 1.5 observers, `south.korea` and `yugoslavia` 0.
        let counts = format!(
            "{ZEROS},nepal|0,0,0,0,0,0,1,122,120.5,0,1.5{}",
            ",0".repeat(10)
        );
        let import = read(&[row("UNMISS", "South Sudan", "bor", 2018, &counts)]);
        assert!(import.is_complete(), "{:?}", import.skipped);
        let base = &import.records[0];
        assert_eq!(base.contributors.len(), 1);
        assert_eq!(base.contributors[0].contributor.as_str(), "NPL");
        assert_eq!(base.contributors[0].personnel.total(), 122.0);
        // The totals are 0 here: the breakdown says more than the total, by 122.
        assert_eq!(base.unattributed().troops, -120.5);
    }

    #[test]
    fn korea_and_south_korea_are_one_contributor_and_add_up() {
        let counts = format!("{ZEROS},x,1,0,2,0,1,0,0,0,0,0,1,0,250.25,0,1.75,0,0,0,0,0");
        let import = read(&[row("UNMISS", "South Sudan", "bor", 2018, &counts)]);
        let contributors = &import.records[0].contributors;
        assert_eq!(contributors.len(), 1);
        assert_eq!(contributors[0].contributor.as_str(), "KOR");
        assert_eq!(
            contributors[0].personnel,
            PersonnelMeans {
                troops: 252.25,
                police: 0.0,
                observers: 2.75
            }
        );
    }

    #[test]
    fn yugoslavia_is_the_state_of_cow_345_in_the_rows_year() {
        let counts = format!("{ZEROS},x,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,71.75,69.75,0,2");
        let import = read(&[
            row(
                "MINUSCA",
                "Central African Republic",
                "bangui",
                2015,
                &counts,
            ),
            row("UNAMSIL", "Sierra Leone", "freetown", 2001, &counts),
            row("UNMIL", "Liberia", "monrovia", 2005, &counts),
        ]);
        let codes: Vec<_> = import
            .records
            .iter()
            .map(|b| b.contributors[0].contributor.to_string())
            .collect();
        assert_eq!(codes, ["SRB", "YUG", "SCG"]);
    }

    #[test]
    fn hosts_bases_and_dates() {
        let import = read(&[
            row("UNISFA", "Abyei", "diffra", 2012, ZEROS)
                + ",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
            row("ONUB", "Burundi", "", 2005, ZEROS) + ",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
            format!(
                "MONUC,Democratic Republic of Congo,goma,2009-01-01,2010,-1.68,29.23,0,1,{ZEROS},0{}",
                ",0".repeat(20)
            ),
        ]);
        assert_eq!(import.records[0].host.to_string(), "SDN/SSD");
        assert_eq!(import.records[1].base, None);
        assert_eq!(
            import.records[1].first_month,
            Date::new(2005, 1, 1).unwrap()
        );
        assert_eq!(import.skipped.len(), 1);
        assert_eq!(
            import.skipped[0].to_string(),
            r#"<input>:4: column "date" "2009-01-01": not a day of the row's year 2010"#
        );
    }

    #[test]
    fn nan_is_missing_in_the_coordinates_and_regions_only() {
        let regions = "5,1,0,0,0,0,5,NaN,NaN,0,0,0,0,0,0";
        let rest = format!(",x{}", ",0".repeat(20));
        let import = read(&[
            "UNMIS,Sudan,addis ababa,2007-01-01,2007,NaN,NaN,0,1,".to_owned() + regions + &rest,
            row(
                "UNMIS",
                "Sudan",
                "juba",
                2007,
                &format!("NaN,{}", &ZEROS[2..]),
            ) + &rest,
        ]);
        let addis = &import.records[0];
        assert_eq!((addis.latitude, addis.longitude), (None, None));
        assert_eq!(
            addis.regions.african,
            RegionPersonnel {
                troops: Some(5.0),
                police: None,
                observers: None
            }
        );
        assert_eq!(import.skipped.len(), 1);
        assert_eq!(import.skipped[0].field.as_deref(), Some("untrp"));
    }

    #[test]
    fn bad_means_are_skipped_naming_their_column() {
        let bad_total = format!("-1,{}", &ZEROS[2..]);
        let bad_contributor = format!("{ZEROS},x,0,0,0,0,0,0,0,1e999,0,0,0,0,0,0,0,0,0,0,0,0");
        let import = read(&[
            row(
                "UNMIL",
                "Liberia",
                "a",
                2010,
                &(bad_total + ",x,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"),
            ),
            row("UNMIL", "Liberia", "b", 2010, &bad_contributor),
            row(
                "UNMIL",
                "Atlantis",
                "c",
                2010,
                &(ZEROS.to_owned() + ",x,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"),
            ),
            row(
                "UNMIL",
                "Liberia",
                "d",
                2010,
                &(ZEROS.to_owned() + ",x,0,0,0,0,0,0,0,lots,0,0,0,0,0,0,0,0,0,0,0,0"),
            ),
        ]);
        let skipped: Vec<_> = import
            .skipped
            .iter()
            .map(|s| (s.line, s.field.as_deref().unwrap_or(""), s.reason.as_str()))
            .collect();
        assert_eq!(
            skipped,
            [
                (Some(2), "untrp", NEGATIVE),
                (
                    Some(3),
                    "nepal_untrp",
                    "not a number: expected a decimal number"
                ),
                (
                    Some(4),
                    "country",
                    r#"unknown country "Atlantis"; no known name is close"#
                ),
                (
                    Some(5),
                    "nepal_untrp",
                    "not a number: expected a decimal number"
                ),
            ]
        );
    }

    #[test]
    fn the_header_decides_the_contributors_and_an_unknown_one_is_an_error() {
        let fixed = "mission,country,base,date,year,latitude,longitude,contributing_countries,untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob";
        // No contributor groups at all: rows read, with no breakdown.
        let import = read_base_years(
            format!(
                "{fixed}\nUNMIL,Liberia,a,2010-01-01,2010,6,-10,1,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
            )
            .as_bytes(),
        )
        .unwrap();
        assert!(import.records[0].contributors.is_empty());
        assert_eq!(import.records[0].unattributed().troops, 5.0);

        let unknown = read_base_years(
            format!("{fixed},atlantis_untrp,atlantis_unpol,atlantis_unmob,ghana_untrp,ghana_unpol,ghana_unmob\n").as_bytes(),
        )
        .unwrap_err();
        assert!(
            matches!(&unknown, Error::UnknownColumns { columns, .. } if columns == &["atlantis_untrp", "atlantis_unpol", "atlantis_unmob"]),
            "{unknown}"
        );
        let missing =
            read_base_years(format!("{fixed},ghana_untrp,ghana_unmob\n").as_bytes()).unwrap_err();
        assert!(
            matches!(&missing, Error::MissingColumns { missing, .. } if missing == &["ghana_unpol"]),
            "{missing}"
        );
        let no_totals = read_base_years("mission,country\n".as_bytes()).unwrap_err();
        assert!(matches!(no_totals, Error::MissingColumns { .. }));
    }
}
