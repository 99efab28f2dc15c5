//! Readers for the Geocoded Peacekeeping Operations dataset (Geo-PKO v2.3): where UN
//! peacekeeping missions deploy, year by year, and who is at each site.
//!
//! Cite Cil, D., Fjelde, H., Hultman, L. & Nilsson, D. (2020) "Mapping blue helmets:
//! Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset", *Journal of Peace
//! Research* 57(2): 360-370. Geo-PKO codes the UN's published deployment maps: one
//! observation per location and map, troop numbers inferred from the unit symbols (a
//! platoon 35, a company 150, a battalion 650, ...), 1994-2024. These readers take the
//! two extracts its team made for the project's public dashboard (repository
//! `geopko/Geo-PKO-Shiny-Dashboard`, script `data_wrangling_v.2.3.R`), which put the maps
//! of a year together:
//!
//! | reader | file | one record per |
//! |---|---|---|
//! | [`read_locations`] | `FrontMap_v.2.3.csv` | mission x year x host x location, [`Location`], with each of its map readings |
//! | [`read_contributor_sites`] | `TCCMap_v.2.3.csv` | mission x year x site, [`ContributorSite`], with the contributors there |
//!
//! ```
//! use peacekeeping_data::geopko::{self, Contributor};
//!
//! let front = "mission,year,country,location,latitude,longitude,Infantry,NoTroops,Reserve,hq,UNPOL,Med,Av,UNMO,ave.no.troops
//! MONUSCO,2014,DRC,Goma,-1.683333,29.233333,1300,2200,0,2,1,1,1,1,1950
//! MONUSCO,2014,DRC,Goma,-1.683333,29.233333,1300,1700,0,2,1,1,1,1,1950
//! ";
//! // The two maps of 2014 that show Goma are one location-year, with both readings.
//! let import = geopko::read_locations(front.as_bytes())?;
//! assert_eq!(import.summary().to_string(), "2 rows read: 1 imported, 1 merged, 0 skipped");
//! let goma = &import.records[0];
//! assert_eq!((goma.host.to_string(), goma.mean_troops), ("COD".to_owned(), Some(1950.0)));
//! assert_eq!(goma.readings.iter().map(|r| r.troops).collect::<Vec<_>>(), [Some(2200), Some(1700)]);
//!
//! let tcc = "mission,year,location,latitude,longitude,No.TCC,year.overview
//! MINUSCA,2014,Bangui,4.393797,18.559861,3,\"Drc (650), Korea (ROK) (size unknown), TCC name unknown (150)\"
//! ";
//! let sites = geopko::read_contributor_sites(tcc.as_bytes())?;
//! let bangui = &sites.records[0].contributors;
//! assert_eq!(bangui[0].contributor, Contributor::Country("COD".parse()?));
//! assert_eq!(bangui[0].troops, Some(650));
//! assert_eq!((bangui[1].contributor.to_string(), bangui[1].troops), ("KOR".to_owned(), None));
//! assert_eq!(bangui[2].contributor, Contributor::Unknown);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Each reader takes any [`Read`] (errors and skipped rows then name the file
//! `"<input>"`) and has a `_file` variant that takes a path. Columns are found by name, in
//! any order. Missions go through [`names::mission_id`] (`UNAVEM II` is `UNAVEM-II`; the
//! files keep UNAVEM II and III apart), and those the reference dataset lacks are listed in
//! [`Import::unknown_missions`]. A row the reader cannot use is skipped and reported with
//! its line, the column at fault and the reason; all such rows of a file are reported in
//! one pass.
//!
//! # The quirks handled
//!
//! - **One row per map reading.** The dashboard's script groups a year's maps by
//!   (mission, year, location, country), replaces the columns `Infantry`, `Reserve`,
//!   `UNPOL`, `Med`, `Av`, `UNMO` by their yearly mean or maximum and adds
//!   `ave.no.troops`, the yearly mean of `NoTroops`, then keeps the distinct rows: a
//!   location-year has one row per distinct (coordinates, `NoTroops`, `hq`) of its maps.
//!   [`read_locations`] puts them together again: see [`Location`] for what is kept of
//!   each row, and what happens when the yearly values of two rows disagree (the row is
//!   skipped with the reason; none is in the real file).
//! - **Troop numbers are estimates** from unit symbols, and the sum over locations is not
//!   the UN's total (SOURCES.md: MONUSCO 2014 18,954 against IPI's yearly mean of 19,506;
//!   MINUSMA 2016 16,096 against 10,677).
//! - **`NA`** means not known: an `NA` troop figure is `None`, never 0.
//! - **Country names, not codes**, through [`names::host`]: `DRC` and `Ivory Coast`, and
//!   `Ethiopia/Eritrea` for two UNMEE sites in the territory both claimed (a
//!   [`Host::Disputed`]).
//! - **Contributors are free text** in TCCMap's `year.overview`: `Nepal (650), UK (size
//!   unknown), TCC name unknown (150)`; see [`read_contributor_sites`] for each shape and
//!   spelling. Names no table knows are kept as written and [noted](Import#notes).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{CountryCode, MissionId, Presence, SourceId};

use crate::conversion::{self, EntryReason, Gathered, PresenceKey};
use crate::{Conversion, SkippedEntry};

use crate::import::{Column, INPUT, MissionCheck, Row, parse_count, read_csv, read_path};
use crate::names::{self, Host};
use crate::{Error, Import, Note, Skipped};

// ---------------------------------------------------------------------------------------
// FrontMap_v.2.3.csv
// ---------------------------------------------------------------------------------------

/// A headquarters level, as Geo-PKO's `hq` codes it: 0 to 3.
///
/// The dashboard's code names two levels: 3 is a mission headquarters (its "Mission HQ"
/// layer) and 2 a sector headquarters ("Sector HQ"). 1 is a lower level it does not
/// name, and 0 no headquarters. Levels are ordered: a higher level is a higher
/// headquarters.
///
/// ```
/// use peacekeeping_data::geopko::HqLevel;
///
/// assert_eq!(HqLevel::new(3), Some(HqLevel::MISSION));
/// assert!(HqLevel::SECTOR > HqLevel::NONE);
/// assert_eq!(HqLevel::new(4), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct HqLevel(u8);

impl HqLevel {
    /// No headquarters (`0`).
    pub const NONE: HqLevel = HqLevel(0);
    /// A sector headquarters (`2`).
    pub const SECTOR: HqLevel = HqLevel(2);
    /// The mission headquarters (`3`).
    pub const MISSION: HqLevel = HqLevel(3);

    /// The level `level`, if it is 0 to 3.
    #[must_use]
    pub fn new(level: u8) -> Option<HqLevel> {
        (level <= 3).then_some(HqLevel(level))
    }

    /// The level as the file codes it, 0 to 3.
    #[must_use]
    pub fn get(self) -> u8 {
        self.0
    }
}

/// The units other than infantry that a year's maps show at a location (the yearly
/// maximum the dashboard's script takes of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Units {
    /// UN police (`UNPOL`, 0 or 1).
    pub police: bool,
    /// A medical unit (`Med`, 0 or 1).
    pub medical: bool,
    /// Air support (`Av`, 0 to 2): the script adds Geo-PKO's aviation and helicopter
    /// support dummies, so 2 is both and 1 either.
    pub aviation: u8,
    /// UN military observers (`UNMO`, 0 or 1).
    pub observers: bool,
}

/// What one row of FrontMap says of a location-year: one distinct reading of the year's
/// maps.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Reading {
    /// The line of the row, from 1 as in a text editor (the header is line 1).
    pub line: u64,
    /// The latitude the map's location was geocoded at, decimal degrees.
    pub latitude: f64,
    /// The longitude, decimal degrees.
    pub longitude: f64,
    /// The troops at the location on the map (`NoTroops`), inferred from unit symbols;
    /// `None` for `NA`.
    pub troops: Option<u32>,
    /// The headquarters level at the location on the map (`hq`).
    pub hq: HqLevel,
}

/// One location of a mission in one year, from `FrontMap_v.2.3.csv`: the rows of the
/// same (mission, year, host, location) put together.
///
/// **Merging.** The first row of a location-year makes the record; each later one adds
/// its [`Reading`] (line, coordinates, `NoTroops`, `hq`, the columns that vary from map to
/// map) to [`readings`](Location::readings) and counts as merged. The yearly columns
/// (`Infantry`, `Reserve`, `UNPOL`, `Med`, `Av`, `UNMO`, `ave.no.troops`) are the same
/// in every row of a location-year, as the dashboard's script writes them; a later row
/// that disagrees on one is skipped, naming the column, its value and the line of the
/// first row, and the first row's values are kept. So no value is dropped silently:
/// every reading is kept, and a disagreeing yearly value is in
/// [`Import::skipped`](crate::Import::skipped).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Location {
    /// The mission (`mission`, through [`names::mission_id`]).
    pub mission: MissionId,
    /// The year (`year`).
    pub year: i32,
    /// The host (`country`, through [`names::host`]).
    pub host: Host,
    /// The location's name, as the file writes it (`location`).
    pub location: String,
    /// The latitude of the first reading, decimal degrees (later readings can differ by
    /// a little: see [`readings`](Location::readings)).
    pub latitude: f64,
    /// The longitude of the first reading, decimal degrees.
    pub longitude: f64,
    /// The yearly mean of the infantry troops on the maps (`Infantry`, a whole number,
    /// cut by the script); `None` for `NA`.
    pub infantry: Option<u32>,
    /// The yearly mean of the reserve troops (`Reserve`); `None` for `NA`.
    pub reserve: Option<u32>,
    /// The other units present in the year.
    pub units: Units,
    /// The yearly mean of the troops at the location (`ave.no.troops`: the mean of the
    /// maps' `NoTroops`, cut to a whole number by the script); `None` for `NA`.
    pub mean_troops: Option<f64>,
    /// Every reading of the location in the year, one per row, in file order (at least
    /// one).
    pub readings: Vec<Reading>,
}

impl Location {
    /// The highest headquarters level of the year's readings.
    #[must_use]
    pub fn hq(&self) -> HqLevel {
        self.readings
            .iter()
            .map(|r| r.hq)
            .max()
            .unwrap_or(HqLevel::NONE)
    }
}

/// The columns of FrontMap, in the file's order.
const LOCATION_COLUMNS: [Column; 15] = [
    &["mission"],
    &["year"],
    &["country"],
    &["location"],
    &["latitude"],
    &["longitude"],
    &["Infantry"],
    &["NoTroops"],
    &["Reserve"],
    &["hq"],
    &["UNPOL"],
    &["Med"],
    &["Av"],
    &["UNMO"],
    &["ave.no.troops"],
];

/// The positions in [`LOCATION_COLUMNS`] of the yearly columns.
const INFANTRY: usize = 6;
const RESERVE: usize = 8;
const UNPOL: usize = 10;
const MED: usize = 11;
const AV: usize = 12;
const UNMO: usize = 13;
const MEAN_TROOPS: usize = 14;

/// Reads `FrontMap_v.2.3.csv`: one [`Location`] per mission, year, host and location,
/// with every map reading of it (see [`Location`] for the merging).
///
/// Columns read: `mission`, `year`, `country` (through [`names::host`]: a row whose host
/// is unknown is skipped, with the closest known name), `location` (not empty),
/// `latitude` (-90 to 90) and `longitude` (-180 to 180), `Infantry`, `NoTroops` and
/// `Reserve` (whole numbers or `NA`), `hq` (0 to 3), `UNPOL`, `Med` and `UNMO` (0 or 1),
/// `Av` (0 to 2), and `ave.no.troops` (a number, not negative, or `NA`). Every column of
/// the file is read.
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if the
/// input cannot be read.
pub fn read_locations<R: Read>(reader: R) -> Result<Import<Location>, Error> {
    locations(reader, INPUT)
}

/// [`read_locations`] from a file.
///
/// # Errors
/// As [`read_locations`], and [`Error::Io`] if the file cannot be opened.
pub fn read_locations_file(path: impl AsRef<Path>) -> Result<Import<Location>, Error> {
    read_path(path.as_ref(), locations)
}

/// The yearly columns of a FrontMap row, which every row of a location-year repeats.
#[derive(Clone, Copy, PartialEq)]
struct Yearly {
    infantry: Option<u32>,
    reserve: Option<u32>,
    units: Units,
    mean_troops: Option<f64>,
}

impl Yearly {
    /// The first yearly column (its position in [`LOCATION_COLUMNS`]) where `other`
    /// differs, with this one's value as the file writes it.
    fn first_difference(&self, other: &Yearly) -> Option<(usize, String)> {
        let count = |n: Option<u32>| n.map_or_else(|| "NA".to_owned(), |n| n.to_string());
        let flag = |b: bool| u8::from(b).to_string();
        let (a, b) = (self.units, other.units);
        if self.infantry != other.infantry {
            Some((INFANTRY, count(self.infantry)))
        } else if self.reserve != other.reserve {
            Some((RESERVE, count(self.reserve)))
        } else if a.police != b.police {
            Some((UNPOL, flag(a.police)))
        } else if a.medical != b.medical {
            Some((MED, flag(a.medical)))
        } else if a.aviation != b.aviation {
            Some((AV, a.aviation.to_string()))
        } else if a.observers != b.observers {
            Some((UNMO, flag(a.observers)))
        } else if self.mean_troops != other.mean_troops {
            let mean = self
                .mean_troops
                .map_or_else(|| "NA".to_owned(), |x| x.to_string());
            Some((MEAN_TROOPS, mean))
        } else {
            None
        }
    }
}

/// The key of a location-year.
type LocationKey = (MissionId, i32, Host, String);

fn locations<R: Read>(reader: R, file: &str) -> Result<Import<Location>, Error> {
    let mut missions = MissionCheck::default();
    let mut records: Vec<Location> = Vec::new();
    // Each location-year's record, and its yearly values.
    let mut seen: HashMap<LocationKey, (usize, Yearly)> = HashMap::new();
    let mut merged = 0;
    // Each row is turned into a record or merged into one here; `read_csv` keeps the
    // count of rows and the rows skipped.
    let rows = read_csv(reader, file, LOCATION_COLUMNS, |row| {
        let mission = row.mission(0)?;
        let year = row.year(1)?;
        let host = names::host(row.get(2))
            .ok_or_else(|| row.skip_field(2, names::unknown_country(row.get(2).trim())))?;
        let location = row.get(3).trim();
        if location.is_empty() {
            return Err(row.skip_field(3, "no location name"));
        }
        let reading = Reading {
            line: row.line(),
            latitude: row.latitude(4)?,
            longitude: row.longitude(5)?,
            troops: row.optional_count(7)?,
            hq: level(row, 9, 3, "not a headquarters level: expected 0 to 3")?
                .map_or(HqLevel::NONE, HqLevel),
        };
        let yearly = Yearly {
            infantry: row.optional_count(INFANTRY)?,
            reserve: row.optional_count(RESERVE)?,
            units: Units {
                police: dummy(row, UNPOL)?,
                medical: dummy(row, MED)?,
                aviation: level(row, AV, 2, "not an air-support count: expected 0 to 2")?
                    .unwrap_or(0),
                observers: dummy(row, UNMO)?,
            },
            mean_troops: match row.optional_real(MEAN_TROOPS)? {
                Some(x) if x < 0.0 => {
                    return Err(row.skip_field(MEAN_TROOPS, "a mean of troops is not negative"));
                }
                x => x,
            },
        };
        let key = (mission, year, host, location.to_owned());
        let index = if let Some(&(index, first)) = seen.get(&key) {
            if let Some((column, value)) = first.first_difference(&yearly) {
                let first_line = records[index].readings[0].line;
                return Err(row.skip_field(
                    column,
                    format!(
                        "line {first_line} gives {value} for the same location and year; a yearly value is the same in every row of a location-year: the first row is kept"
                    ),
                ));
            }
            records[index].readings.push(reading);
            merged += 1;
            index
        } else {
            seen.insert(key.clone(), (records.len(), yearly));
            let (mission, year, host, location) = key;
            records.push(Location {
                mission,
                year,
                host,
                location,
                latitude: reading.latitude,
                longitude: reading.longitude,
                infantry: yearly.infantry,
                reserve: yearly.reserve,
                units: yearly.units,
                mean_troops: yearly.mean_troops,
                readings: vec![reading],
            });
            records.len() - 1
        };
        missions.note(row, 0, &records[index].mission);
        Ok(())
    })?;
    Ok(Import {
        records,
        skipped: rows.skipped,
        rows_read: rows.rows_read,
        rows_merged: merged,
        notes: Vec::new(),
        unknown_missions: missions.finish(),
    })
}

/// A 0-or-1 column.
fn dummy<const N: usize>(row: &Row<'_, N>, i: usize) -> Result<bool, Skipped> {
    Ok(level(row, i, 1, "not a dummy: expected 0 or 1")?.is_some_and(|n| n == 1))
}

/// A small whole number from 0 to `max` in wanted column `i` (`Some`), or else a skip
/// with `reason`. (`None` is never given: the option only lets 0 be the default.)
fn level<const N: usize>(
    row: &Row<'_, N>,
    i: usize,
    max: u8,
    reason: &'static str,
) -> Result<Option<u8>, Skipped> {
    match row.get(i).trim().parse::<u8>() {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(row.skip_field(i, reason)),
    }
}

// ---------------------------------------------------------------------------------------
// TCCMap_v.2.3.csv
// ---------------------------------------------------------------------------------------

/// Who contributed a unit at a site, as TCCMap's `year.overview` names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Contributor {
    /// A country ([`names::country_code`]: `UK`, `Britain` and `United Kingdom` are
    /// `GBR`; `USA` and `Us` are `USA`; `Korea (ROK)` and `South Korea` are `KOR`; `Drc`
    /// is `COD`, `Congo` is `COG`).
    Country(CountryCode),
    /// A contributor that is no single country ([`names::contributor_group`]):
    /// `"Multinational"`, `"CARICOM"` or `"UN"` (the file's `Un`).
    Group(&'static str),
    /// `TCC name unknown`: the map shows a unit without its country.
    Unknown,
    /// A name no table knows, or an entry not of the shape `name (size)`, kept as written
    /// and [noted](Import#notes).
    Unparsed(String),
}

impl core::fmt::Display for Contributor {
    /// The country code, the group's name, `TCC name unknown`, or the text as written.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Contributor::Country(code) => f.write_str(code.as_str()),
            Contributor::Group(name) => f.write_str(name),
            Contributor::Unknown => f.write_str(UNKNOWN_CONTRIBUTOR),
            Contributor::Unparsed(text) => f.write_str(text),
        }
    }
}

/// One contributor at a site: an entry of `year.overview`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SiteContributor {
    /// Who.
    pub contributor: Contributor,
    /// The size of its unit there, inferred from the map's unit symbols (the script takes
    /// the largest of the year's maps); `None` for `size unknown`.
    pub troops: Option<u32>,
}

/// One site of a mission in one year, with the contributors there: a row of
/// `TCCMap_v.2.3.csv`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContributorSite {
    /// The mission (`mission`, through [`names::mission_id`]).
    pub mission: MissionId,
    /// The year (`year`).
    pub year: i32,
    /// The site's name, as the file writes it (`location`).
    pub location: String,
    /// Latitude, decimal degrees (`latitude`).
    pub latitude: f64,
    /// Longitude, decimal degrees (`longitude`).
    pub longitude: f64,
    /// The number of contributors the file gives (`No.TCC`), checked against
    /// [`contributors`](ContributorSite::contributors).
    pub contributor_count: u32,
    /// The contributors, in the file's order (`year.overview`).
    pub contributors: Vec<SiteContributor>,
}

/// The text of `year.overview` for a unit whose country the map does not give.
const UNKNOWN_CONTRIBUTOR: &str = "TCC name unknown";

/// The columns of TCCMap, in the file's order.
const SITE_COLUMNS: [Column; 7] = [
    &["mission"],
    &["year"],
    &["location"],
    &["latitude"],
    &["longitude"],
    &["No.TCC"],
    &["year.overview"],
];

/// The position of `year.overview` in [`SITE_COLUMNS`].
const OVERVIEW: usize = 6;

/// Reads `TCCMap_v.2.3.csv`: one [`ContributorSite`] per row.
///
/// Columns read: `mission`, `year`, `location` (not empty), `latitude`, `longitude`,
/// `No.TCC` (a whole number) and `year.overview`. Rows are not merged: the file has one
/// row per (mission, year, location, coordinates); ten mission-year-locations have two
/// rows, at coordinates a little apart (as in FrontMap).
///
/// `year.overview` lists the contributors as the script writes them: entries
/// `name (size)` joined by `, `, where
/// - `size` is a whole number of troops (`Nepal (650)`) or `size unknown`
///   (`France (size unknown)`): [`SiteContributor::troops`];
/// - `name` is a country name in the spellings of [`names::country_code`] (`UK`,
///   `Britain`, `USA`, `Us`, `Korea (ROK)`, `Drc`, ...: a name may itself end in
///   parentheses), a group ([`names::contributor_group`]: `Multinational`, `CARICOM`,
///   `Un`), or `TCC name unknown` ([`Contributor::Unknown`], kept, never dropped).
///
/// **Notes, not skips.** An entry whose name no table knows, or that is not of the shape
/// `name (size)`, is kept as [`Contributor::Unparsed`] with the text as written, and the
/// row is imported with a [note](Import#notes) naming the entry; a `No.TCC` that is not
/// the number of entries is noted too. The row's other data are good, so it is imported
/// rather than skipped, and the note makes the problem visible in the
/// [report](Import::report). (In the real file every entry parses and every `No.TCC`
/// agrees.)
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if the
/// input cannot be read.
pub fn read_contributor_sites<R: Read>(reader: R) -> Result<Import<ContributorSite>, Error> {
    contributor_sites(reader, INPUT)
}

/// [`read_contributor_sites`] from a file.
///
/// # Errors
/// As [`read_contributor_sites`], and [`Error::Io`] if the file cannot be opened.
pub fn read_contributor_sites_file(
    path: impl AsRef<Path>,
) -> Result<Import<ContributorSite>, Error> {
    read_path(path.as_ref(), contributor_sites)
}

fn contributor_sites<R: Read>(reader: R, file: &str) -> Result<Import<ContributorSite>, Error> {
    let mut missions = MissionCheck::default();
    let mut notes = Vec::new();
    let mut import = read_csv(reader, file, SITE_COLUMNS, |row| {
        let mission = row.mission(0)?;
        let year = row.year(1)?;
        let location = row.get(2).trim();
        if location.is_empty() {
            return Err(row.skip_field(2, "no location name"));
        }
        let latitude = row.latitude(3)?;
        let longitude = row.longitude(4)?;
        let contributor_count = row.count(5)?;
        // Nothing below skips the row: its notes are those of an imported row.
        let contributors = overview(row, &mut notes);
        if usize::try_from(contributor_count).ok() != Some(contributors.len()) {
            notes.push(row.note(
                5,
                row.get(5),
                format!(
                    "year.overview lists {} contributors, not this number",
                    contributors.len()
                ),
            ));
        }
        missions.note(row, 0, &mission);
        Ok(ContributorSite {
            mission,
            year,
            location: location.to_owned(),
            latitude,
            longitude,
            contributor_count,
            contributors,
        })
    })?;
    import.notes = notes;
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// The contributors present in each reference mission in each year, from Geo-PKO's
/// sites: one [`Presence`] per mission, contributor and year, citing `source`.
///
/// The rules:
///
/// - **Who**: each country named in a site's `year.overview`
///   ([`Contributor::Country`]) is present in the mission that year. Entries that are not
///   a single country are left out, each counted with its reason:
///   [`Contributor::Group`] (`Multinational`, `CARICOM`, `UN`:
///   [`EntryReason::NotACountry`]), [`Contributor::Unknown`] (`TCC name unknown`:
///   [`EntryReason::UnnamedContributor`]), [`Contributor::Unparsed`] (a name no table
///   knows: [`EntryReason::UnknownName`]), and a country the reference dataset has no
///   actor for ([`EntryReason::NotAnActor`]).
/// - **Sites**: a site is a location name of the mission in the year; the file has two
///   rows, at coordinates a little apart, for ten mission-year-locations, which count as
///   one site. [`Presence::sites`] is the number of sites where the contributor is named.
/// - **Personnel**: Geo-PKO gives no yearly mean, only the size of a contributor's units
///   at a site as the maps' unit symbols show them (the largest of the year's maps, as the
///   dashboard's script takes it), often `size unknown`. At a site, the sizes of the
///   contributor's entries in one row are added (two units, such as `Britain (800), UK
///   (150)`), and of two rows of the same site the larger is taken (the same units
///   geocoded twice: `Sri Lanka (150)` at Brache in both rows of MINUSTAH 2012); a site
///   has a figure only if every entry of the contributor there gives a size. The record's
///   [`personnel`](Presence::personnel) is the sum over its sites **only where every
///   site has a figure**, and `None` otherwise: a partial sum would undercount, and an
///   unknown size is never guessed. These are estimates from map symbols, not head
///   counts (they do not add up to the UN's totals: see `docs/datasets.md`).
/// - **Missions** through [`names::known_mission_on`] (on the year's last day), kept if
///   the year is a year of the reference mission's period (from the year it starts to the
///   year it ends); otherwise each entry of the site is left out
///   ([`EntryReason::UnknownMission`], [`EntryReason::OutsideMissionPeriod`]).
///
/// Every entry of a site either adds to a record or is listed in
/// [`Conversion::skipped`] with its reason. Records come in (mission, year, contributor)
/// order.
///
/// ```
/// use peacekeeping_data::geopko;
///
/// let tcc = "mission,year,location,latitude,longitude,No.TCC,year.overview
/// UNMIL,2010,Monrovia,6.31,-10.80,3,\"Nepal (650), Ghana (size unknown), Multinational (35)\"
/// UNMIL,2010,Gbarnga,7.0,-9.47,1,Nepal (150)
/// UNMIL,2010,Zwedru,6.07,-8.13,1,Ghana (150)
/// ";
/// let sites = geopko::read_contributor_sites(tcc.as_bytes())?;
/// assert!(sites.is_complete());
/// let presences = geopko::to_presences(&sites.records, "geo-pko".parse()?);
/// let found: Vec<_> = presences.records.iter()
///     .map(|p| (p.contributor.as_str(), p.personnel, p.sites)).collect();
/// // Ghana's size at Monrovia is unknown: present at 2 sites, without a figure.
/// assert_eq!(found, [("GHA", None, Some(2)), ("NPL", Some(800.0), Some(2))]);
/// assert_eq!(presences.to_string(), "2 records, 1 entry skipped: 1 not-a-country");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_presences(
    sites: &[ContributorSite],
    source: SourceId,
) -> Conversion<Presence, SkippedEntry> {
    let mut out: Conversion<Presence, SkippedEntry> = Conversion::default();
    // For each contributor-year and site, the figure of each row there (the sum of the
    // row's entries; `None` once one has no size), in row order.
    type Rows = Vec<(usize, Option<f64>)>;
    let mut by_site: HashMap<(PresenceKey, &str), Rows> = HashMap::new();
    for (row, site) in sites.iter().enumerate() {
        let skip = |entry: &SiteContributor, reason| SkippedEntry {
            mission: site.mission.clone(),
            year: site.year,
            site: Some(site.location.clone()),
            contributor: entry.contributor.to_string(),
            reason,
        };
        let mission = match conversion::reference_mission_in(&site.mission, site.year) {
            Ok(id) => id,
            Err(reason) => {
                out.skipped.extend(
                    site.contributors
                        .iter()
                        .map(|entry| skip(entry, reason.clone())),
                );
                continue;
            }
        };
        for entry in &site.contributors {
            let actor = match &entry.contributor {
                Contributor::Country(code) => conversion::reference_contributor(code.as_str()),
                Contributor::Group(_) => Err(EntryReason::NotACountry),
                Contributor::Unknown => Err(EntryReason::UnnamedContributor),
                Contributor::Unparsed(_) => Err(EntryReason::UnknownName),
            };
            let actor = match actor {
                Ok(actor) => actor,
                Err(reason) => {
                    out.skipped.push(skip(entry, reason));
                    continue;
                }
            };
            let troops = entry.troops.map(f64::from);
            let rows = by_site
                .entry(((mission.clone(), site.year, actor), site.location.as_str()))
                .or_default();
            match rows.last_mut() {
                Some((last, figure)) if *last == row => {
                    *figure = figure.zip(troops).map(|(sum, n)| sum + n);
                }
                _ => rows.push((row, troops)),
            }
        }
    }
    // In (contributor-year, site) order, so that the sums add up in one order.
    let mut by_site: Vec<_> = by_site.into_iter().collect();
    by_site.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut gathered: BTreeMap<PresenceKey, Gathered> = BTreeMap::new();
    for ((key, location), rows) in by_site {
        // The larger of the rows' figures, if every row has one.
        let figure = rows
            .into_iter()
            .try_fold(0.0_f64, |max, (_, figure)| figure.map(|x| max.max(x)));
        gathered
            .entry(key)
            .or_default()
            .add(location.to_owned(), figure);
    }
    out.records = conversion::presences(gathered, &source);
    out
}

/// The contributors of a row's `year.overview`, noting each entry not understood.
fn overview<const N: usize>(row: &Row<'_, N>, notes: &mut Vec<Note>) -> Vec<SiteContributor> {
    let mut contributors = Vec::new();
    let mut rest = row.get(OVERVIEW).trim();
    while !rest.is_empty() {
        // An entry ends with `)` before the `, ` of the next, or at the end of the text.
        let (entry, next) = match rest.find("), ") {
            Some(k) => (&rest[..=k], &rest[k + 3..]),
            None => (rest, ""),
        };
        let (contributor, problem) = site_contributor(entry.trim());
        if let Some(message) = problem {
            notes.push(row.note(OVERVIEW, entry.trim(), message));
        }
        contributors.push(contributor);
        rest = next.trim_start();
    }
    contributors
}

/// One entry of `year.overview`, `name (size)`, and what is wrong with it if anything.
fn site_contributor(entry: &str) -> (SiteContributor, Option<String>) {
    let unparsed = |why: &str| {
        (
            SiteContributor {
                contributor: Contributor::Unparsed(entry.to_owned()),
                troops: None,
            },
            Some(format!("{why}; kept as written")),
        )
    };
    let Some((name, size)) = entry
        .strip_suffix(')')
        .and_then(|body| body.rsplit_once(" ("))
    else {
        return unparsed("not a contributor: expected `name (size)`");
    };
    let troops = match size.trim() {
        "size unknown" => None,
        size => match parse_count(size) {
            Ok(n) if !size.is_empty() && size != "NA" => Some(n),
            _ => return unparsed("not a unit size: expected a whole number or `size unknown`"),
        },
    };
    let name = name.trim();
    let (contributor, problem) = if name.eq_ignore_ascii_case(UNKNOWN_CONTRIBUTOR) {
        (Contributor::Unknown, None)
    } else if let Some(code) = names::country_code(name) {
        (Contributor::Country(code), None)
    } else if let Some(group) = names::contributor_group(name) {
        (Contributor::Group(group), None)
    } else {
        (
            Contributor::Unparsed(name.to_owned()),
            Some(format!("{}; kept as written", names::unknown_country(name))),
        )
    };
    (
        SiteContributor {
            contributor,
            troops,
        },
        problem,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const FRONT: &str = "mission,year,country,location,latitude,longitude,Infantry,NoTroops,Reserve,hq,UNPOL,Med,Av,UNMO,ave.no.troops\n";

    fn front(rows: &str) -> Import<Location> {
        let import = read_locations(format!("{FRONT}{rows}").as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    #[test]
    fn the_readings_of_a_location_year_are_merged_in_file_order() {
        // As in the file (MINURCA 1999, Bangui): three maps, one mean of 1,485.
        let import = front(
            "MINURCA,1999,Central African Republic,Bangui,4.383333,18.566667,1150,1685,0,3,0,1,0,0,1485
MINURCA,1999,Central African Republic,Bangui,4.383333,18.566667,1150,1535,0,3,0,1,0,0,1485
MINURCA,2000,Central African Republic,Bangui,4.383333,18.566667,650,650,0,3,0,1,0,0,650
MINURCA,1999,Central African Republic,Bangui,4.383333,18.566667,1150,1235,0,3,0,1,0,0,1485
",
        );
        assert_eq!(
            import.summary().to_string(),
            "4 rows read: 2 imported, 2 merged, 0 skipped"
        );
        let bangui = &import.records[0];
        assert_eq!((bangui.year, bangui.mean_troops), (1999, Some(1485.0)));
        let readings: Vec<_> = bangui.readings.iter().map(|r| (r.line, r.troops)).collect();
        assert_eq!(
            readings,
            [(2, Some(1685)), (3, Some(1535)), (5, Some(1235))]
        );
        assert_eq!(bangui.infantry, Some(1150));
        assert!(bangui.units.medical && !bangui.units.police);
        assert_eq!(bangui.hq(), HqLevel::MISSION);
        assert_eq!(import.records[1].readings.len(), 1);
    }

    #[test]
    fn readings_keep_their_own_coordinates_and_headquarters() {
        // As in the file (UNISFA 2011, Diffra): the two maps differ in place and hq.
        let import = front(
            "UNISFA,2011,Sudan,Diffra,10.044629,28.402322,400,650,0,0,0,0,0,0,400
UNISFA,2011,Sudan,Diffra,10.039248,28.406966,400,150,0,2,0,0,0,0,400
",
        );
        let diffra = &import.records[0];
        assert_eq!((diffra.latitude, diffra.longitude), (10.044629, 28.402322));
        assert_eq!(diffra.readings[1].latitude, 10.039248);
        assert_eq!(diffra.readings[0].hq, HqLevel::NONE);
        assert_eq!(diffra.hq(), HqLevel::SECTOR);
    }

    #[test]
    fn a_row_disagreeing_on_a_yearly_value_is_skipped_naming_the_first() {
        let import = front(
            "UNMIL,2010,Liberia,Monrovia,6.310556,-10.804722,650,650,0,3,1,1,1,1,650
UNMIL,2010,Liberia,Monrovia,6.310556,-10.804722,650,700,0,3,1,1,1,1,675
UNMIL,2010,Liberia,Monrovia,6.310556,-10.804722,650,600,0,3,1,0,1,1,650
UNMIL,2010,Liberia,Monrovia,6.310556,-10.804722,650,600,0,3,1,1,1,1,650
",
        );
        assert_eq!(
            import.summary().to_string(),
            "4 rows read: 1 imported, 1 merged, 2 skipped"
        );
        assert_eq!(
            import.skipped[0].to_string(),
            r#"<input>:3: column "ave.no.troops" "675": line 2 gives 650 for the same location and year; a yearly value is the same in every row of a location-year: the first row is kept"#
        );
        assert_eq!(import.skipped[1].field.as_deref(), Some("Med"));
        assert!(import.skipped[1].reason.starts_with("line 2 gives 1 "));
        assert_eq!(import.records[0].readings.len(), 2);
        assert_eq!(import.records[0].mean_troops, Some(650.0));
    }

    #[test]
    fn na_is_not_known_rather_than_zero() {
        let import = front(
            "MINUJUSTH,2019,Haiti,Cap-Haïtien,19.75938,-72.19815,NA,NA,0,0,1,0,0,0,NA
MINUJUSTH,2019,Haiti,Cap-Haïtien,19.75938,-72.19815,NA,0,0,0,1,0,0,0,NA
",
        );
        let cap = &import.records[0];
        assert_eq!((cap.infantry, cap.mean_troops), (None, None));
        let troops: Vec<_> = cap.readings.iter().map(|r| r.troops).collect();
        assert_eq!(troops, [None, Some(0)]);
        assert_eq!(cap.location, "Cap-Haïtien");
    }

    #[test]
    fn the_same_place_in_two_countries_or_missions_is_two_locations() {
        // Geo-PKO's key is (mission, year, country, location).
        let import = front(
            "UNMEE,2006,Ethiopia/Eritrea,Badme,14.730222,37.800472,0,0,0,0,0,0,0,1,0
UNMEE,2006,Eritrea,Badme,14.730222,37.800472,0,0,0,0,0,0,0,1,0
UNMIS,2006,Eritrea,Badme,14.730222,37.800472,0,0,0,0,0,0,0,1,0
",
        );
        assert_eq!(import.records.len(), 3);
        assert_eq!(import.records[0].host.to_string(), "ETH/ERI");
        assert_eq!(import.records[1].host.to_string(), "ERI");
    }

    #[test]
    fn bad_fields_are_skipped_with_their_column() {
        let import = front(
            "UNMIL,2010,Atlantis,Monrovia,6.3,-10.8,0,0,0,0,0,0,0,0,0
UNMIL,2010,Liberia,,6.3,-10.8,0,0,0,0,0,0,0,0,0
UNMIL,2010,Liberia,Monrovia,96.3,-10.8,0,0,0,0,0,0,0,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-190.8,0,0,0,0,0,0,0,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-10.8,0,0,0,4,0,0,0,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-10.8,0,0,0,0,2,0,0,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-10.8,0,0,0,0,0,0,3,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-10.8,0,0,0,0,0,0,0,0,-5
UNMIL,10,Liberia,Monrovia,6.3,-10.8,0,0,0,0,0,0,0,0,0
UNMIL,2010,Liberia,Monrovia,6.3,-10.8,1.5,0,0,0,0,0,0,0,0
UN MIL!,2010,Liberia,Monrovia,6.3,-10.8,0,0,0,0,0,0,0,0,0
",
        );
        let fields: Vec<_> = import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            fields,
            [
                "country",
                "location",
                "latitude",
                "longitude",
                "hq",
                "UNPOL",
                "Av",
                "ave.no.troops",
                "year",
                "Infantry",
                "mission"
            ]
        );
        assert!(import.skipped[0].reason.contains("unknown country"));
        assert!(import.records.is_empty());
    }

    #[test]
    fn unknown_missions_are_imported_and_listed() {
        let import = front(
            "MINUSMAA,2016,Mali,Gao,16.27,-0.04,650,650,0,2,1,1,1,1,650
MINUSMAA,2016,Mali,Gao,16.27,-0.04,650,600,0,2,1,1,1,1,650
",
        );
        assert_eq!(import.records.len(), 1);
        assert_eq!(import.unknown_missions.len(), 1);
        assert_eq!(import.unknown_missions[0].rows, 2);
        assert_eq!(
            import.unknown_missions[0].closest.as_deref(),
            Some("MINUSMA")
        );
    }

    const TCC: &str = "mission,year,location,latitude,longitude,No.TCC,year.overview\n";

    fn sites(rows: &str) -> Import<ContributorSite> {
        let import = read_contributor_sites(format!("{TCC}{rows}").as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    fn entries(site: &ContributorSite) -> Vec<(String, Option<u32>)> {
        site.contributors
            .iter()
            .map(|c| (c.contributor.to_string(), c.troops))
            .collect()
    }

    #[test]
    fn every_shape_of_the_overview_is_read() {
        let import = sites(
            r#"UNMIH,1995,Port-au-Prince,18.54349,-72.33881,6,"Argentina (217), CARICOM (35), USA (5492), Us (35), Korea (ROK) (size unknown), TCC name unknown (150)"
UNISFA,2022,Highway,9.552647,28.467694,2,"Ethiopia (150), Un (size unknown)"
UNCRO,1995,Divulje,43.52722,16.29472,3,"Britain (800), UK (150), Multinational (650)"
MINUSCA,2015,Bangui,4.393797,18.559861,1,Drc (150)
"#,
        );
        assert!(import.notes.is_empty(), "{:?}", import.notes);
        let own = |s: &[(&str, Option<u32>)]| {
            s.iter()
                .map(|(n, t)| ((*n).to_owned(), *t))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            entries(&import.records[0]),
            own(&[
                ("ARG", Some(217)),
                ("CARICOM", Some(35)),
                ("USA", Some(5492)),
                ("USA", Some(35)),
                ("KOR", None),
                ("TCC name unknown", Some(150)),
            ])
        );
        assert_eq!(
            import.records[0].contributors[5].contributor,
            Contributor::Unknown
        );
        assert_eq!(
            entries(&import.records[1]),
            own(&[("ETH", Some(150)), ("UN", None)])
        );
        assert_eq!(
            entries(&import.records[2]),
            own(&[
                ("GBR", Some(800)),
                ("GBR", Some(150)),
                ("Multinational", Some(650))
            ])
        );
        assert_eq!(entries(&import.records[3]), own(&[("COD", Some(150))]));
        assert_eq!(import.records[0].contributor_count, 6);
    }

    #[test]
    fn entries_not_understood_are_kept_and_noted_and_the_row_imported() {
        let import = sites(
            r#"UNMIL,2010,Monrovia,6.310556,-10.804722,4,"Atlantis (150), Ghana (lots), Nepal, Nigeria (650)"
UNMIL,2010,Gbarnga,7.0,-9.47,3,Ghana (650)
UNMIL,2010,Zwedru,6.07,-8.13,0,
"#,
        );
        assert_eq!(
            import.summary().to_string(),
            "3 rows read: 3 imported, 0 merged, 0 skipped; 5 notes"
        );
        let monrovia = &import.records[0];
        // `Nepal, Nigeria (650)` is one entry: entries end with `)`.
        assert_eq!(
            monrovia.contributors,
            [
                SiteContributor {
                    contributor: Contributor::Unparsed("Atlantis".into()),
                    troops: Some(150)
                },
                SiteContributor {
                    contributor: Contributor::Unparsed("Ghana (lots)".into()),
                    troops: None
                },
                SiteContributor {
                    contributor: Contributor::Unparsed("Nepal, Nigeria".into()),
                    troops: Some(650)
                },
            ]
        );
        let notes: Vec<_> = import.notes.iter().map(ToString::to_string).collect();
        assert_eq!(
            notes,
            [
                r#"<input>:2: column "year.overview" "Atlantis (150)": unknown country "Atlantis"; no known name is close; kept as written"#,
                r#"<input>:2: column "year.overview" "Ghana (lots)": not a unit size: expected a whole number or `size unknown`; kept as written"#,
                r#"<input>:2: column "year.overview" "Nepal, Nigeria (650)": unknown country "Nepal, Nigeria"; no known name is close; kept as written"#,
                r#"<input>:2: column "No.TCC" "4": year.overview lists 3 contributors, not this number"#,
                r#"<input>:3: column "No.TCC" "3": year.overview lists 1 contributors, not this number"#,
            ]
        );
        assert!(import.records[2].contributors.is_empty());
        // Notes are not skips: strict mode keeps the rows.
        assert_eq!(import.clone().strict().map(|r| r.len()), Ok(3));
        let report = import.report("<input>").to_string();
        assert_eq!(
            report.lines().filter(|l| l.starts_with("note: ")).count(),
            5
        );
    }

    #[test]
    fn bad_site_fields_are_skipped_and_their_entries_not_noted() {
        let import = sites(
            "UNMIL,2010,Monrovia,6.31,-10.80,x,Atlantis (1)
UNMIL,2010,,6.31,-10.80,1,Atlantis (1)
UNMIL,2010,Monrovia,-91,-10.80,1,Atlantis (1)
",
        );
        let fields: Vec<_> = import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(fields, ["No.TCC", "location", "latitude"]);
        assert!(import.notes.is_empty());
    }
}
