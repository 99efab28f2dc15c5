//! A reader for battle-related deaths by territory and year, 1946-2022:
//! `ucdp-brd-cy/ucdpbrds.csv`, the `ucdpbrds` table of the R package poldat (PRIO), built
//! from the UCDP Georeferenced Event Dataset 23.1 (1989-2022) and PRIO Battle Deaths 3.1
//! (1946-1988) on the cShapes 2.0 map of territories.
//!
//! One row per territory and year: a state, or a colony, protectorate, mandate or
//! occupied territory, numbered by its Gleditsch-Ward code (GW codes, "slightly modified":
//! territories that never became states within the same borders have codes cShapes made
//! up, see [`crosswalk::dependent_territories`]), with the low, best and high estimates
//! of the year's battle-related deaths:
//!
//! ```text
//! gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source
//! 530,Ethiopia,independent,530,Addis Ababa,38.74,9.03,1,97,2022,100871,107713,101076,UCDP GED 23.1
//! ```
//!
//! [`read_battle_deaths`] turns each row into a [`CountryYear`], with the ISO code of the
//! territory from the [`crosswalk`] ([`crosswalk::territory_iso_in_year`]: French Algeria
//! in 1950 is `DZA`; Alaska has none). [`CountryYear::to_battle_deaths`] gives the core
//! [`BattleDeaths`] record of a territory with an ISO code, and a [`BattleDeathsTable`]
//! answers "how many in territory X in year Y".
//!
//! ```
//! use peacekeeping_data::ucdp::{read_battle_deaths, BattleDeathsTable, EstimateOrigin};
//!
//! let csv = "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source
//! 615,Algeria,colony,220,Algiers,3.05,36.77,1,1,1956,5000,12000,9000,PRIO Battle-deaths 3.1
//! 530,Ethiopia,independent,530,Addis Ababa,38.74,9.03,1,97,2021,20000,25000,22000,UCDP GED 23.1
//! 530,Ethiopia,independent,530,Addis Ababa,38.74,9.03,1,97,2022,100871,107713,101076,UCDP GED 23.1
//! 3,Alaska,colony,2,Juneau,-134.42,58.30,1,2,1950,0,0,0,PRIO Battle-deaths 3.1
//! ";
//! let import = read_battle_deaths(csv.as_bytes())?;
//! assert_eq!(import.summary().to_string(), "4 rows read: 4 imported, 0 merged, 0 skipped");
//! let algeria = &import.records[0];
//! assert_eq!(algeria.territory.map(|c| c.to_string()).as_deref(), Some("DZA"));
//! assert_eq!(algeria.origin, EstimateOrigin::PrioBattleDeaths);
//! assert_eq!(import.records[3].territory, None); // Alaska: no ISO code
//!
//! let table = BattleDeathsTable::new(import.records);
//! assert_eq!(table.best("ETH".parse()?, 2022), Some(101_076));
//! assert_eq!(table.best_total("ETH".parse()?, 2021..=2022), Some(123_076));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What the figures are, and are not
//!
//! - **State-based conflict only**: deaths in fighting between a government and another
//!   government or an organized rebel group. Neither one-sided violence (against
//!   civilians) nor non-state conflict (between groups, no government) is counted.
//! - **A year without fighting is 0, not missing**: every territory has a row for every
//!   year it is on the map. A territory-year that is absent (Zambia in 1953-1963, part of
//!   the Federation of Rhodesia and Nyasaland) is not a zero: [`BattleDeathsTable`] says
//!   "no figure" for it.
//! - **The two halves are not comparable** ([`EstimateOrigin`]): 1946-1988 come from PRIO
//!   Battle Deaths 3.1 (Lacina & Gleditsch 2005), conflict-level estimates that poldat
//!   splits across territories with its own coding of battle locations and shares;
//!   1989-2022 from UCDP GED 23.1, events geocoded one by one. A change between 1988 and
//!   1989 may be the change of method, not of fighting.
//! - **Estimates out of order**: 12 rows of the file have low, best and high not in
//!   increasing order (Armenia 2022: low 154, best 154, high 153; Mali 1995: low 9, best 2;
//!   Eritrea 1998: low 16, best 798, high 16). They are imported as the file gives them:
//!   [`CountryYear::is_ordered`] says which.
//! - **Row count**: the package's documentation says 13,170 rows; the file has 12,902.
//! - No two rows have the same `(gwcode, year)`; a second one in an input is skipped, its
//!   reason naming the line of the first.
//!
//! Not read: the capital's name and coordinates (`capname`, `caplong`, `caplat`), `b_def`
//! and `fid` (cShapes' boundary-definition flag and feature id).

use core::fmt;
use core::str::FromStr;
use std::collections::HashMap;
use std::io::Read;
use std::ops::RangeInclusive;
use std::path::Path;

use peacekeeping_core::{BattleDeaths, CountryCode};

use crate::crosswalk::{self, GwCode};
use crate::import::{Column, INPUT, Row, read_csv, read_path};
use crate::{Error, Import, Skipped};

/// What a territory was in a year, as the file (cShapes 2.0) codes it: the `status`
/// column.
///
/// ```
/// use peacekeeping_data::ucdp::TerritoryStatus;
///
/// let status: TerritoryStatus = "protectorate".parse()?;
/// assert_eq!(status, TerritoryStatus::Protectorate);
/// assert_eq!(TerritoryStatus::Independent.to_string(), "independent");
/// assert!("province".parse::<TerritoryStatus>().is_err());
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TerritoryStatus {
    /// An independent state.
    Independent,
    /// A colony.
    Colony,
    /// A protectorate.
    Protectorate,
    /// An occupied territory (the zones of Germany in 1946-1948, Western Sahara from
    /// 1975, Palestine from 1967, ...).
    Occupied,
    /// A League of Nations mandate or UN trust territory.
    Mandate,
}

impl TerritoryStatus {
    /// Every status, in declaration order.
    pub const ALL: &'static [TerritoryStatus] = &[
        TerritoryStatus::Independent,
        TerritoryStatus::Colony,
        TerritoryStatus::Protectorate,
        TerritoryStatus::Occupied,
        TerritoryStatus::Mandate,
    ];

    /// The status as the file writes it: `independent`, `colony`, `protectorate`,
    /// `occupied` or `mandate`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            TerritoryStatus::Independent => "independent",
            TerritoryStatus::Colony => "colony",
            TerritoryStatus::Protectorate => "protectorate",
            TerritoryStatus::Occupied => "occupied",
            TerritoryStatus::Mandate => "mandate",
        }
    }
}

impl fmt::Display for TerritoryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for TerritoryStatus {
    type Err = peacekeeping_core::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        one_of(
            s,
            TerritoryStatus::ALL,
            TerritoryStatus::code,
            "territory status",
        )
    }
}

/// Where a row's estimates come from: the `source` column. The two are different methods,
/// and the figures of one are **not comparable** with those of the other (see [the
/// module](self#what-the-figures-are-and-are-not)).
///
/// ```
/// use peacekeeping_data::ucdp::EstimateOrigin;
///
/// let origin: EstimateOrigin = "UCDP GED 23.1".parse()?;
/// assert_eq!(origin, EstimateOrigin::UcdpGed);
/// assert_eq!(EstimateOrigin::PrioBattleDeaths.to_string(), "PRIO Battle-deaths 3.1");
/// assert_eq!(EstimateOrigin::UcdpGed.first_year(), 1989);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EstimateOrigin {
    /// PRIO Battle Deaths dataset 3.1 (Lacina & Gleditsch 2005, "Monitoring trends in
    /// global combat", *European Journal of Population* 21(2-3)), 1946-1988: estimates per
    /// conflict, split across territories by poldat. The file writes
    /// `PRIO Battle-deaths 3.1`.
    PrioBattleDeaths,
    /// UCDP Georeferenced Event Dataset 23.1 (Davies, Pettersson & Öberg 2023, *Journal of
    /// Peace Research* 60(4); Sundberg & Melander 2013, *JPR* 50(4)), 1989-2022: the
    /// state-based events of the year in the territory. The file writes `UCDP GED 23.1`.
    UcdpGed,
}

impl EstimateOrigin {
    /// Both origins.
    pub const ALL: &'static [EstimateOrigin] =
        &[EstimateOrigin::PrioBattleDeaths, EstimateOrigin::UcdpGed];

    /// The origin as the file writes it, with the version used.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            EstimateOrigin::PrioBattleDeaths => "PRIO Battle-deaths 3.1",
            EstimateOrigin::UcdpGed => "UCDP GED 23.1",
        }
    }

    /// The first year the file takes from this origin: 1946 for PRIO, 1989 for UCDP.
    #[must_use]
    pub const fn first_year(self) -> i32 {
        match self {
            EstimateOrigin::PrioBattleDeaths => 1946,
            EstimateOrigin::UcdpGed => 1989,
        }
    }
}

impl fmt::Display for EstimateOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for EstimateOrigin {
    type Err = peacekeeping_core::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        one_of(
            s,
            EstimateOrigin::ALL,
            EstimateOrigin::code,
            "estimate origin",
        )
    }
}

/// The one of `all` whose code is `text` (trimmed, ignoring ASCII case), or the error
/// listing the codes.
fn one_of<T: Copy>(
    text: &str,
    all: &[T],
    code: fn(T) -> &'static str,
    what: &'static str,
) -> Result<T, peacekeeping_core::Error> {
    let wanted = text.trim();
    all.iter()
        .copied()
        .find(|v| code(*v).eq_ignore_ascii_case(wanted))
        .ok_or_else(|| peacekeeping_core::Error::UnknownCode {
            what,
            value: text.to_owned(),
            expected: all.iter().map(|v| code(*v)).collect::<Vec<_>>().join(", "),
        })
}

/// One row of the file: the battle-related deaths of state-based conflict in one
/// territory in one year.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CountryYear {
    /// The territory's code (`gwcode`): a Gleditsch-Ward state code, or a code cShapes
    /// gave a territory that is no state ([`crosswalk::dependent_territories`]).
    pub gw: GwCode,
    /// The territory's name (`country_name`), as the file spells it ("Italy/Sardinia",
    /// "Rumania").
    pub name: String,
    /// What the territory was that year (`status`).
    pub status: TerritoryStatus,
    /// The code of the state it belonged to (`owner`): its own code when independent.
    /// 1 stands for the United Nations (West Irian under UNTEA, 1962).
    pub owner: GwCode,
    /// The calendar year.
    pub year: i32,
    /// The low estimate (`low`).
    pub low: u32,
    /// The best estimate (`best`).
    pub best: u32,
    /// The high estimate (`high`).
    pub high: u32,
    /// Where the estimates come from (`source`).
    pub origin: EstimateOrigin,
    /// The territory's ISO code that year, from the crosswalk
    /// ([`crosswalk::territory_iso_in_year`]); `None` for the territories no ISO code
    /// names (docs/datasets.md lists them).
    pub territory: Option<CountryCode>,
}

impl CountryYear {
    /// Whether the estimates are in order, low <= best <= high (12 rows of the real file
    /// are not).
    #[must_use]
    pub fn is_ordered(&self) -> bool {
        self.low <= self.best && self.best <= self.high
    }

    /// The core record of the row: its ISO territory, year, best estimate and low-high
    /// range, with no source (add yours with [`BattleDeaths::with_source`]); `None` if
    /// the territory has no ISO code (Alaska, British Togoland, Zanzibar, ...).
    ///
    /// ```
    /// use peacekeeping_data::ucdp::read_battle_deaths;
    ///
    /// let csv = "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source
    /// 371,Armenia,independent,371,Yerevan,44.51,40.18,1,9,2022,154,153,154,UCDP GED 23.1
    /// 511,Zanzibar,independent,511,Zanzibar,39.19,-6.16,1,9,1963,0,0,0,PRIO Battle-deaths 3.1
    /// ";
    /// let import = read_battle_deaths(csv.as_bytes())?;
    /// let armenia = import.records[0].to_battle_deaths().ok_or("no ISO code")?;
    /// assert_eq!((armenia.territory.as_str(), armenia.year, armenia.best), ("ARM", 2022, 154));
    /// assert_eq!((armenia.low, armenia.high), (Some(154), Some(153)));
    /// assert!(!armenia.is_ordered()); // as UCDP gives it
    /// assert_eq!(import.records[1].to_battle_deaths(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_battle_deaths(&self) -> Option<BattleDeaths> {
        Some(
            BattleDeaths::new(self.territory?, self.year, self.best)
                .with_range(self.low, self.high),
        )
    }
}

/// The columns read, in the order of [`COLUMNS`].
const GWCODE: usize = 0;
const NAME: usize = 1;
const STATUS: usize = 2;
const OWNER: usize = 3;
const YEAR: usize = 4;
const LOW: usize = 5;
const HIGH: usize = 6;
const BEST: usize = 7;
const SOURCE: usize = 8;

const COLUMNS: [Column; 9] = [
    &["gwcode"],
    &["country_name"],
    &["status"],
    &["owner"],
    &["year"],
    &["low"],
    &["high"],
    &["best"],
    &["source"],
];

/// Reads `ucdp-brd-cy/ucdpbrds.csv`: one [`CountryYear`] per row.
///
/// Columns read: `gwcode` and `owner` (whole numbers, [`GwCode`]s), `country_name` (not
/// empty), `status` ([`TerritoryStatus`]), `year` (1000-9999), `low`, `high`, `best`
/// (whole numbers: a missing figure is not read as 0), `source` ([`EstimateOrigin`]); the
/// others are ignored. A row that breaks any of this is skipped with the column at fault,
/// and so is a second row for the same `(gwcode, year)`, whose reason names the line of
/// the first. Estimates out of order are imported as they are.
///
/// ```
/// use peacekeeping_data::ucdp::read_battle_deaths;
///
/// let csv = "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source
/// 652,Syria,independent,652,Damascus,36.3,33.5,1,1,2013,68588,76711,71970,UCDP GED 23.1
/// 652,Syria,independent,652,Damascus,36.3,33.5,1,1,2013,1,1,1,UCDP GED 23.1
/// 652,Syria,independent,652,Damascus,36.3,33.5,1,1,2014,63805,68680,NA,UCDP GED 23.1
/// ";
/// let import = read_battle_deaths(csv.as_bytes())?;
/// assert_eq!(import.records.len(), 1);
/// assert_eq!(
///     import.skipped[0].to_string(),
///     r#"<input>:3: column "year" "2013": a second row for gwcode 652 in 2013: the first is line 2"#
/// );
/// assert_eq!(import.skipped[1].field.as_deref(), Some("best"));
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if the
/// input cannot be read.
pub fn read_battle_deaths<R: Read>(reader: R) -> Result<Import<CountryYear>, Error> {
    battle_deaths(reader, INPUT)
}

/// [`read_battle_deaths`] from a file.
///
/// # Errors
/// As [`read_battle_deaths`], and [`Error::Io`] if the file cannot be opened.
pub fn read_battle_deaths_file(path: impl AsRef<Path>) -> Result<Import<CountryYear>, Error> {
    read_path(path.as_ref(), battle_deaths)
}

fn battle_deaths<R: Read>(reader: R, file: &str) -> Result<Import<CountryYear>, Error> {
    // The line of the row that holds each (gwcode, year).
    let mut seen: HashMap<(GwCode, i32), u64> = HashMap::new();
    read_csv(reader, file, COLUMNS, |row| {
        let gw = gw_code(row, GWCODE)?;
        let name = row.get(NAME).trim();
        if name.is_empty() {
            return Err(row.skip_field(NAME, "no name"));
        }
        let status = row.parse::<TerritoryStatus>(STATUS)?;
        let owner = gw_code(row, OWNER)?;
        let year = row.year(YEAR)?;
        let low = row.whole_number(LOW)?;
        let high = row.whole_number(HIGH)?;
        let best = row.whole_number(BEST)?;
        let origin = row.parse::<EstimateOrigin>(SOURCE)?;
        if let Some(&first) = seen.get(&(gw, year)) {
            return Err(row.skip_field(
                YEAR,
                format!("a second row for gwcode {gw} in {year}: the first is line {first}"),
            ));
        }
        seen.insert((gw, year), row.line());
        Ok(CountryYear {
            gw,
            name: name.to_owned(),
            status,
            owner,
            year,
            low,
            best,
            high,
            origin,
            territory: crosswalk::territory_iso_in_year(gw, year),
        })
    })
}

/// The code in wanted column `i`.
fn gw_code<const N: usize>(row: &Row<'_, N>, i: usize) -> Result<GwCode, Skipped> {
    row.get(i)
        .trim()
        .parse::<GwCode>()
        .map_err(|_| row.skip_field(i, "not a Gleditsch-Ward code: expected a whole number"))
}

/// The records of the file, looked up by ISO territory and year.
///
/// A territory is found under every ISO code its records carry, in any year: the
/// Democratic Republic of the Congo (GW 490) is `ZAR` in the records to 1996 and `COD`
/// from 1997, and `COD` in 1962 finds the record of 1962. So the current code of a
/// territory finds its whole history, and so does a former code. A year without a record
/// (a territory not yet or no longer on the map, or part of another) has no figure, which
/// is not 0.
///
/// ```
/// use peacekeeping_data::ucdp::{read_battle_deaths, BattleDeathsTable};
///
/// let csv = "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source
/// 490,\"Congo, Democratic Republic of (Zaire)\",independent,490,Kinshasa,15.3,-4.3,1,1,1962,500,1500,1000,PRIO Battle-deaths 3.1
/// 490,\"Congo, Democratic Republic of (Zaire)\",independent,490,Kinshasa,15.3,-4.3,1,1,2000,2000,3000,2500,UCDP GED 23.1
/// ";
/// let table = BattleDeathsTable::new(read_battle_deaths(csv.as_bytes())?.records);
/// assert_eq!(table.best("COD".parse()?, 1962), Some(1000));
/// assert_eq!(table.best("ZAR".parse()?, 2000), Some(2500));
/// assert_eq!(table.best("COD".parse()?, 1963), None); // no record: no figure
/// assert_eq!(table.best_total("COD".parse()?, 1962..=1963), None);
/// let years: Vec<i32> = table.years("COD".parse()?, 1900..=2100).map(|r| r.year).collect();
/// assert_eq!(years, [1962, 2000]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct BattleDeathsTable {
    records: Vec<CountryYear>,
    /// The record of each territory code and year.
    by_unit: HashMap<(GwCode, i32), usize>,
    /// The territory codes whose records carry each ISO code, in the order first met.
    units: HashMap<CountryCode, Vec<GwCode>>,
}

impl BattleDeathsTable {
    /// The table of `records` (the records of [`read_battle_deaths`]). Of two records of
    /// the same code and year (which the reader never gives), the first is kept.
    #[must_use]
    pub fn new(records: Vec<CountryYear>) -> Self {
        let mut by_unit = HashMap::with_capacity(records.len());
        let mut units: HashMap<CountryCode, Vec<GwCode>> = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            by_unit.entry((r.gw, r.year)).or_insert(i);
            if let Some(iso) = r.territory {
                let codes = units.entry(iso).or_default();
                if !codes.contains(&r.gw) {
                    codes.push(r.gw);
                }
            }
        }
        BattleDeathsTable {
            records,
            by_unit,
            units,
        }
    }

    /// Every record, in the order given.
    #[must_use]
    pub fn records(&self) -> &[CountryYear] {
        &self.records
    }

    /// The record of territory `territory` in `year`: of the territory codes whose
    /// records carry the ISO code, the first with a record that year.
    #[must_use]
    pub fn get(&self, territory: CountryCode, year: i32) -> Option<&CountryYear> {
        self.units
            .get(&territory)?
            .iter()
            .find_map(|gw| self.unit(*gw, year))
    }

    /// The record of territory code `gw` (GW or cShapes) in `year`.
    #[must_use]
    pub fn unit(&self, gw: GwCode, year: i32) -> Option<&CountryYear> {
        self.by_unit.get(&(gw, year)).map(|&i| &self.records[i])
    }

    /// The best estimate of territory `territory` in `year`; `None` if there is no record
    /// (not 0).
    #[must_use]
    pub fn best(&self, territory: CountryCode, year: i32) -> Option<u32> {
        self.get(territory, year).map(|r| r.best)
    }

    /// The records of territory `territory` in `years`, in year order (years without a
    /// record are left out).
    pub fn years(
        &self,
        territory: CountryCode,
        years: RangeInclusive<i32>,
    ) -> impl Iterator<Item = &CountryYear> {
        years.filter_map(move |year| self.get(territory, year))
    }

    /// The sum of the best estimates of territory `territory` over `years`, if every year
    /// has a record; `None` if any has none (a missing year is not a zero) or the range is
    /// empty. Mind the break of 1988/89 ([`EstimateOrigin`]) in ranges across it.
    #[must_use]
    pub fn best_total(&self, territory: CountryCode, years: RangeInclusive<i32>) -> Option<u64> {
        if years.is_empty() {
            return None;
        }
        years
            .map(|year| self.best(territory, year).map(u64::from))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const HEADER: &str = "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source\n";

    fn read(body: &str) -> Import<CountryYear> {
        let import = read_battle_deaths(format!("{HEADER}{body}").as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    #[test]
    fn estimates_out_of_order_are_imported_as_given() {
        let import = read(
            "371,Armenia,independent,371,Yerevan,44.5,40.2,1,9,2022,154,153,154,UCDP GED 23.1\n\
             432,Mali,independent,432,Bamako,-8,12.6,1,9,1995,9,15,2,UCDP GED 23.1\n\
             531,Eritrea,independent,531,Asmara,38.9,15.3,1,9,1998,16,16,798,UCDP GED 23.1\n\
             530,Ethiopia,independent,530,Addis Ababa,38.7,9,1,9,1998,10,30,20,UCDP GED 23.1\n",
        );
        assert!(import.is_complete());
        let ordered: Vec<bool> = import.records.iter().map(CountryYear::is_ordered).collect();
        assert_eq!(ordered, [false, false, false, true]);
        let eritrea = &import.records[2];
        assert_eq!((eritrea.low, eritrea.best, eritrea.high), (16, 798, 16));
        let core = eritrea.to_battle_deaths().unwrap();
        assert_eq!((core.low, core.best, core.high), (Some(16), 798, Some(16)));
        assert!(!core.is_ordered());
    }

    #[test]
    fn years_without_fighting_are_zero_and_missing_figures_are_skipped() {
        let import = read(
            "2,United States of America,independent,2,Washington,-77,38.9,1,1,1946,0,0,0,PRIO Battle-deaths 3.1\n\
             2,United States of America,independent,2,Washington,-77,38.9,1,1,1947,0,0,NA,PRIO Battle-deaths 3.1\n\
             2,United States of America,independent,2,Washington,-77,38.9,1,1,1948,,0,0,PRIO Battle-deaths 3.1\n\
             2,United States of America,independent,2,Washington,-77,38.9,1,1,1949,0,1.5,0,PRIO Battle-deaths 3.1\n",
        );
        assert_eq!(import.records.len(), 1);
        assert_eq!(import.records[0].best, 0);
        let fields: Vec<_> = import.skipped.iter().map(|s| s.field.as_deref()).collect();
        assert_eq!(fields, [Some("best"), Some("low"), Some("high")]);
    }

    #[test]
    fn a_second_row_of_a_territory_year_is_skipped_naming_both_lines() {
        let import = read(
            "652,Syria,independent,652,Damascus,36,33,1,1,2013,1,3,2,UCDP GED 23.1\n\
             652,Syria,independent,652,Damascus,36,33,1,1,2014,1,3,2,UCDP GED 23.1\n\
             652,Syria,independent,652,Damascus,36,33,1,1,2013,5,7,6,UCDP GED 23.1\n",
        );
        assert_eq!(import.records.len(), 2);
        let s = &import.skipped[0];
        assert_eq!(s.line, Some(4));
        assert!(s.reason.contains("line 2"), "{s}");
        assert_eq!(import.records[0].best, 2);
    }

    #[test]
    fn bad_fields_are_skipped_with_the_column_at_fault() {
        let import = read(
            "x,Syria,independent,652,D,36,33,1,1,2013,1,3,2,UCDP GED 23.1\n\
             652,,independent,652,D,36,33,1,1,2013,1,3,2,UCDP GED 23.1\n\
             652,Syria,province,652,D,36,33,1,1,2013,1,3,2,UCDP GED 23.1\n\
             652,Syria,independent,-1,D,36,33,1,1,2013,1,3,2,UCDP GED 23.1\n\
             652,Syria,independent,652,D,36,33,1,1,13,1,3,2,UCDP GED 23.1\n\
             652,Syria,independent,652,D,36,33,1,1,2013,1,3,2,UCDP GED 24.1\n\
             652,Syria,independent,652,D,36,33,1,1,2013,1,99999999999,2,UCDP GED 23.1\n",
        );
        assert!(import.records.is_empty());
        let fields: Vec<_> = import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "gwcode",
                "country_name",
                "status",
                "owner",
                "year",
                "source",
                "high"
            ]
        );
        assert!(import.skipped[5].reason.contains("estimate origin"));
    }

    #[test]
    fn every_status_and_origin_is_read_and_the_territory_follows_the_crosswalk() {
        let import = read(
            "615,Algeria,colony,220,A,3,36,1,1,1956,1,3,2,PRIO Battle-deaths 3.1\n\
             600,Morocco,protectorate,220,R,-6,34,1,1,1950,0,0,0,PRIO Battle-deaths 3.1\n\
             260,German Federal Republic,occupied,2,B,7,50,1,1,1946,0,0,0,PRIO Battle-deaths 3.1\n\
             461,Togo,mandate,220,L,1,6,1,1,1950,0,0,0,PRIO Battle-deaths 3.1\n\
             260,German Federal Republic,independent,260,B,13,52,1,1,1991,0,0,0,UCDP GED 23.1\n\
             462,British Togoland,mandate,200,H,0,6,1,1,1950,0,0,0,PRIO Battle-deaths 3.1\n",
        );
        assert!(import.is_complete());
        let statuses: Vec<_> = import.records.iter().map(|r| r.status).collect();
        assert_eq!(
            statuses,
            [
                TerritoryStatus::Colony,
                TerritoryStatus::Protectorate,
                TerritoryStatus::Occupied,
                TerritoryStatus::Mandate,
                TerritoryStatus::Independent,
                TerritoryStatus::Mandate
            ]
        );
        let isos: Vec<_> = import
            .records
            .iter()
            .map(|r| r.territory.map(|c| c.to_string()))
            .collect();
        let isos: Vec<_> = isos.iter().map(Option::as_deref).collect();
        assert_eq!(
            isos,
            [
                Some("DZA"),
                Some("MAR"),
                Some("DEU"),
                Some("TGO"),
                Some("DEU"),
                None
            ]
        );
        assert_eq!(import.records[4].origin, EstimateOrigin::UcdpGed);
        assert_eq!(import.records[0].owner, GwCode::new(220));
        assert!(import.records[5].to_battle_deaths().is_none());
    }

    #[test]
    fn the_table_finds_a_territory_under_each_of_its_codes() {
        let import = read(
            "678,Yemen (Arab Republic of Yemen),independent,678,S,44,15,1,1,1989,1,3,2,PRIO Battle-deaths 3.1\n\
             678,Yemen (Arab Republic of Yemen),independent,678,S,44,15,1,1,1990,1,3,3,UCDP GED 23.1\n\
             680,\"Yemen, People's Republic of\",independent,680,A,45,12,1,1,1989,0,0,7,UCDP GED 23.1\n\
             3,Alaska,colony,2,J,-134,58,1,2,1950,0,0,4,PRIO Battle-deaths 3.1\n",
        );
        let table = BattleDeathsTable::new(import.records);
        let yem: CountryCode = "YEM".parse().unwrap();
        assert_eq!(table.best(yem, 1989), Some(2));
        assert_eq!(table.best("YMD".parse().unwrap(), 1989), Some(7));
        assert_eq!(table.best_total(yem, 1989..=1990), Some(5));
        assert_eq!(table.best_total(yem, 1988..=1990), None);
        #[allow(clippy::reversed_empty_ranges)]
        let empty = 1990..=1989;
        assert_eq!(table.best_total(yem, empty), None);
        assert_eq!(table.unit(GwCode::new(3), 1950).map(|r| r.best), Some(4));
        assert_eq!(table.records().len(), 4);
    }
}
