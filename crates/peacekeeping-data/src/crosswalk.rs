//! A time-aware crosswalk between Correlates of War (COW) state codes, Gleditsch-Ward (GW)
//! state codes and ISO 3166-1 alpha-3 country codes.
//!
//! COW numbers states (2 is the United States, 345 Yugoslavia) and gives each a
//! three-letter abbreviation. Those abbreviations are **not** ISO codes, and five of them
//! are valid ISO codes of *other* countries: COW's `AUS` is Austria (ISO `AUT`; ISO `AUS`
//! is Australia), `SWZ` Switzerland (ISO `CHE`; ISO `SWZ` is Eswatini), `MNG` Montenegro
//! (ISO `MNE`; ISO `MNG` is Mongolia), `MAC` Macedonia (ISO `MKD`; ISO `MAC` is Macao) and
//! `SLV` Slovenia (ISO `SVN`; ISO `SLV` is El Salvador). This module therefore never
//! matches codes as text: it maps a COW *number* ([`CowCode`]) and a date to the ISO
//! [`CountryCode`] of that state on that date, and back.
//!
//! The answer depends on the date where a COW code outlives an ISO code: COW 345 is
//! Yugoslavia (`YUG`) until 2003-02-03, Serbia and Montenegro (`SCG`) until 2006-06-04,
//! then Serbia (`SRB`); COW 365 is the USSR (`SUN`) until 1991-12-25, then Russia (`RUS`);
//! COW 490 is Zaire (`ZAR`) until 1997-05-16, then the Democratic Republic of the Congo
//! (`COD`). Renamed states get the ISO 3166-3 code of the name they bore (Dahomey `DHY`
//! before Benin, Upper Volta `HVO` before Burkina Faso, Burma `BUR` before Myanmar,
//! Byelorussia `BYS` before Belarus), from the day of the change of name, not the later
//! day ISO changed its code.
//!
//! ```
//! use peacekeeping_data::crosswalk::{self, CowCode};
//!
//! let yugoslavia = CowCode::new(345);
//! assert_eq!(crosswalk::iso_in_year(yugoslavia, 1990).map(|c| c.to_string()), Some("YUG".into()));
//! assert_eq!(crosswalk::iso_in_year(yugoslavia, 2010).map(|c| c.to_string()), Some("SRB".into()));
//! // COW's "AUS" (305) is Austria, not ISO's AUS (Australia).
//! assert_eq!(crosswalk::iso_in_year(CowCode::new(305), 2000).map(|c| c.to_string()), Some("AUT".into()));
//! // And back: in 1980 ISO's DEU was West Germany, COW 260.
//! assert_eq!(crosswalk::cow_in_year("DEU".parse()?, 1980), Some(CowCode::new(260)));
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! # The table
//!
//! [`entries`] is a curated fact table: each [`CrosswalkEntry`] is a COW code, its COW
//! abbreviation and name, an ISO code, and the days on which that mapping holds. Sources:
//! Correlates of War Project, "State System Membership List, v2016" (codes,
//! abbreviations, names), and ISO 3166-1 and ISO 3166-3 (through the `rust_iso3166`
//! crate, which validates every code). The table covers every COW state in the COW IGO
//! membership file (`cow/igo_v3_selected_memberships.csv`) except Zanzibar (511), which
//! has no ISO code, plus Kosovo (347). It was checked against the `countrycode` package
//! (Arel-Bundock et al.) with `scripts/check_cow_crosswalk.py`; where it deliberately
//! differs, a comment in the table says why (`countrycode` is not time-aware).
//!
//! An entry without a start date holds whenever COW codes the state; one without an end
//! date holds to this day. Periods of a COW state that no ISO code names are left out
//! (Germany before 1945, Russia before 1922, Serbia before 1918, Montenegro 1868-1915,
//! Slovakia 1939-1945, Rhodesia, the Republic of Vietnam, Zanzibar): the lookups return
//! `None` there rather than a guess. `docs/datasets.md` lists these gaps.
//!
//! # Gleditsch-Ward codes
//!
//! Gleditsch & Ward (1999), "A revised list of independent states since the Congress of
//! Vienna" (*International Interactions* 25(4): 393-413), revised COW's list of states;
//! their list (`iisystem.dat`, with `microstatessystem.dat` for states under 250,000
//! people; ksgleditsch.com/data-5.html) numbers states as COW does, with a few
//! exceptions, and is the list UCDP and PRIO data use. [`GwCode`] is its code, and
//! [`gw_entries`] a table like the COW one: each [`GwEntry`] gives the COW code of the
//! same state over a period, and the ISO code follows from the COW table. The
//! conversions [`gw_to_cow_on`], [`cow_to_gw_on`], [`gw_to_iso_on`] and [`iso_to_gw_on`]
//! (and their `_in_year` forms, on 31 December) are time-aware like [`iso_on`].
//!
//! The table maps codes, not system membership: the two lists also differ in the days
//! states enter and leave (GW has the German Federal Republic from 1949, COW from 1955);
//! an entry without a start date holds whenever GW codes the state. Where the
//! codes differ (every difference for states of 1946 on, as A. Beger's R package `states`
//! lists them in its vignette "G&W and COW country code differences", and S. Miller's
//! `peacesciencer` describes them):
//!
//! | state | GW | COW |
//! |---|---|---|
//! | Germany after reunification (1990-10-03) | 260: the Federal Republic continues | 255 (260 was West Germany) |
//! | Serbia after Montenegro's independence (2006-06-05) | 340 (345 was Yugoslavia, from 1918-12-01) | 345 continues |
//! | Yemen after unification (1990-05-22) | 678: the Yemen Arab Republic continues | 679 (678 was North Yemen) |
//! | Kiribati, Nauru, Tonga, Tuvalu | 970, 971, 972, 973 (GW's microstates) | 946, 970, 955, 947 |
//! | Rhodesia, 1965-11-11 to 1980-04-17 | 552 (from its declaration of independence) | none (552 from 1980-04-18): ISO `RHO` |
//! | Tibet, to 1950 | 711 | none, and no ISO code |
//!
//! The same in both: Vietnam (816: North Vietnam, then unified Vietnam), the Republic of
//! Vietnam (817, no ISO code), Montenegro (341), Kosovo (347), Zanzibar (511, no ISO
//! code), East Germany (265), the USSR and Russia (365). COW 970 is Nauru but GW 970
//! Kiribati, which is why the two codes are different types.
//!
//! ```
//! use peacekeeping_data::crosswalk::{self, CowCode, GwCode};
//!
//! // Serbia in 2010: GW 340, COW 345, ISO SRB.
//! assert_eq!(crosswalk::gw_to_cow_in_year(GwCode::new(340), 2010), Some(CowCode::new(345)));
//! assert_eq!(crosswalk::cow_to_gw_in_year(CowCode::new(345), 2000), Some(GwCode::new(345)));
//! assert_eq!(crosswalk::gw_to_iso_in_year(GwCode::new(340), 2010).map(|c| c.to_string()), Some("SRB".into()));
//! // Germany in 2000: GW 260, COW 255.
//! assert_eq!(crosswalk::iso_to_gw_in_year("DEU".parse()?, 2000), Some(GwCode::new(260)));
//! assert_eq!(crosswalk::gw_to_cow_in_year(GwCode::new(260), 2000), Some(CowCode::new(255)));
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! # Territories
//!
//! Territory-year data (the UCDP battle-deaths file, on the cShapes 2.0 maps) also have
//! rows for colonies, protectorates, mandates and occupied territories. A colony that
//! became a GW state carries the state's code; the others carry codes cShapes made up in
//! GW's style ([`dependent_territories`]: Alaska 3, British Togoland 462, Gaza 6511, ...).
//! [`territory_iso_in_year`] gives the ISO code of either: a colony gets the code of the
//! state it became (Algeria in 1950 is `DZA`); a dependent territory the code of the same
//! territory if ISO has one (Western Sahara `ESH`, occupied Palestine `PSE`, Puerto Rico,
//! New Caledonia, French Polynesia), and otherwise `None`, never a guess: parts of later
//! states (Alaska, Sabah, Italian Somaliland), unions (the Federation of Rhodesia and
//! Nyasaland), territories split up (British Cameroons, Rwanda-Urundi, French Vietnam).
//! Three GW states have no ISO code either: Zanzibar (511), Tibet (711) and the Republic
//! of Vietnam (817). `docs/datasets.md` lists them all.

use core::fmt;
use core::str::FromStr;
use std::sync::OnceLock;

use peacekeeping_core::{CountryCode, Date};

/// A Correlates of War state code, such as 2 (United States) or 345 (Yugoslavia/Serbia).
///
/// Any number is accepted (COW's codes run from 2 to 990); whether the crosswalk knows it
/// is a question for [`iso_on`]. Parsing accepts the decimal number, as COW files write
/// it.
///
/// ```
/// use peacekeeping_data::crosswalk::CowCode;
///
/// let austria: CowCode = "305".parse()?;
/// assert_eq!(austria, CowCode::new(305));
/// assert_eq!(austria.get(), 305);
/// assert!("AUS".parse::<CowCode>().is_err()); // COW letter codes are not accepted
/// # Ok::<(), std::num::ParseIntError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CowCode(u16);

impl CowCode {
    /// The COW code `code`.
    #[must_use]
    pub const fn new(code: u16) -> Self {
        CowCode(code)
    }

    /// The code as a number.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for CowCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for CowCode {
    type Err = core::num::ParseIntError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(CowCode)
    }
}

impl From<u16> for CowCode {
    fn from(code: u16) -> Self {
        CowCode(code)
    }
}

/// One row of the crosswalk: COW state `cow` is ISO `iso` from `from` to `until` (both
/// inclusive).
///
/// ```
/// use peacekeeping_data::crosswalk::{self, CowCode};
///
/// let zaire = crosswalk::entries_for(CowCode::new(490)).next().ok_or("no entry")?;
/// assert_eq!((zaire.cow_abbreviation, zaire.iso.as_str()), ("DRC", "ZAR"));
/// assert_eq!(zaire.until.map(|d| d.to_string()), Some("1997-05-16".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CrosswalkEntry {
    /// The COW state code.
    pub cow: CowCode,
    /// COW's three-letter abbreviation (not an ISO code: `AUS` is Austria).
    pub cow_abbreviation: &'static str,
    /// The state's name in the COW State System Membership list.
    pub cow_name: &'static str,
    /// The ISO 3166-1 alpha-3 code (or ISO 3166-3 former code) of the state in this period.
    pub iso: CountryCode,
    /// The first day of the mapping; `None`: whenever COW codes the state.
    pub from: Option<Date>,
    /// The last day of the mapping; `None`: to this day.
    pub until: Option<Date>,
}

impl CrosswalkEntry {
    /// Whether the mapping holds on `date`.
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// use peacekeeping_data::crosswalk::{self, CowCode};
    ///
    /// let south_sudan = crosswalk::entries_for(CowCode::new(626)).next().ok_or("none")?;
    /// assert!(!south_sudan.holds_on(Date::new(2011, 7, 8)?));
    /// assert!(south_sudan.holds_on(Date::new(2011, 7, 9)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn holds_on(&self, date: Date) -> bool {
        holds(self.from, self.until, date)
    }
}

/// The ISO code of COW state `cow` on `date`, or `None` if the crosswalk has none then
/// (an unknown code, or a period no ISO code names).
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{iso_on, CowCode};
///
/// let russia = CowCode::new(365);
/// assert_eq!(iso_on(russia, Date::new(1991, 12, 25)?).map(|c| c.to_string()), Some("SUN".into()));
/// assert_eq!(iso_on(russia, Date::new(1991, 12, 26)?).map(|c| c.to_string()), Some("RUS".into()));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn iso_on(cow: CowCode, date: Date) -> Option<CountryCode> {
    entries_for(cow).find(|e| e.holds_on(date)).map(|e| e.iso)
}

/// The ISO code of COW state `cow` in `year`: the code on 31 December of that year.
///
/// The end of the year because COW data that come by year (the IGO file) assign a year
/// to the state that exists at its end: 1990 is Germany (255), not West Germany (260);
/// 1991 is Russia, not the USSR. `None` as for [`iso_on`], and for years outside
/// 1000-9999.
///
/// ```
/// use peacekeeping_data::crosswalk::{iso_in_year, CowCode};
///
/// assert_eq!(iso_in_year(CowCode::new(490), 1997).map(|c| c.to_string()), Some("COD".into()));
/// assert_eq!(iso_in_year(CowCode::new(490), 1996).map(|c| c.to_string()), Some("ZAR".into()));
/// assert_eq!(iso_in_year(CowCode::new(511), 1964), None); // Zanzibar: no ISO code
/// ```
#[must_use]
pub fn iso_in_year(cow: CowCode, year: i32) -> Option<CountryCode> {
    iso_on(cow, Date::new(year, 12, 31).ok()?)
}

/// The COW state that ISO code `iso` stood for on `date`, or `None`.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{cow_on, CowCode};
///
/// // ISO's YEM was North Yemen's code before unification, unified Yemen's after.
/// assert_eq!(cow_on("YEM".parse()?, Date::new(1980, 1, 1)?), Some(CowCode::new(678)));
/// assert_eq!(cow_on("YEM".parse()?, Date::new(2000, 1, 1)?), Some(CowCode::new(679)));
/// // ISO's AUS is Australia, COW 900.
/// assert_eq!(cow_on("AUS".parse()?, Date::new(2000, 1, 1)?), Some(CowCode::new(900)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn cow_on(iso: CountryCode, date: Date) -> Option<CowCode> {
    entries()
        .iter()
        .find(|e| e.iso == iso && e.holds_on(date))
        .map(|e| e.cow)
}

/// The COW state that ISO code `iso` stood for in `year`, on 31 December as for
/// [`iso_in_year`].
///
/// ```
/// use peacekeeping_data::crosswalk::{cow_in_year, CowCode};
///
/// assert_eq!(cow_in_year("DEU".parse()?, 1989), Some(CowCode::new(260)));
/// assert_eq!(cow_in_year("DEU".parse()?, 1990), Some(CowCode::new(255)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn cow_in_year(iso: CountryCode, year: i32) -> Option<CowCode> {
    cow_on(iso, Date::new(year, 12, 31).ok()?)
}

/// The entries of COW state `cow`, in chronological order (none for an unknown code).
///
/// ```
/// use peacekeeping_data::crosswalk::{entries_for, CowCode};
///
/// let codes: Vec<_> = entries_for(CowCode::new(345)).map(|e| e.iso.to_string()).collect();
/// assert_eq!(codes, ["YUG", "SCG", "SRB"]);
/// ```
pub fn entries_for(cow: CowCode) -> impl Iterator<Item = &'static CrosswalkEntry> {
    entries().iter().filter(move |e| e.cow == cow)
}

/// The whole crosswalk, ordered by COW code, then chronologically.
///
/// ```
/// use peacekeeping_data::crosswalk::entries;
///
/// assert!(entries().iter().any(|e| e.cow_abbreviation == "SWZ" && e.iso.as_str() == "CHE"));
/// ```
#[must_use]
pub fn entries() -> &'static [CrosswalkEntry] {
    static ENTRIES: OnceLock<Vec<CrosswalkEntry>> = OnceLock::new();
    ENTRIES.get_or_init(|| TABLE.iter().filter_map(RawEntry::resolve).collect())
}

/// A day as `(year, month, day)`.
type Ymd = (i32, u32, u32);

/// The day `ymd` of a table row: `Some(None)` for no day, `None` for an invalid one.
fn day(ymd: Option<Ymd>) -> Option<Option<Date>> {
    match ymd {
        None => Some(None),
        Some((y, m, d)) => Date::new(y, m, d).ok().map(Some),
    }
}

/// Whether `date` lies in `from..=until` (an open end: no bound).
fn holds(from: Option<Date>, until: Option<Date>, date: Date) -> bool {
    from.is_none_or(|from| from <= date) && until.is_none_or(|until| date <= until)
}

/// A row of [`TABLE`], before its codes and dates are checked.
struct RawEntry {
    cow: u16,
    abbreviation: &'static str,
    name: &'static str,
    iso: &'static str,
    from: Option<Ymd>,
    until: Option<Ymd>,
}

impl RawEntry {
    /// The checked entry; `None` only for a typing error in [`TABLE`], which the unit
    /// tests rule out.
    fn resolve(&self) -> Option<CrosswalkEntry> {
        Some(CrosswalkEntry {
            cow: CowCode(self.cow),
            cow_abbreviation: self.abbreviation,
            cow_name: self.name,
            iso: CountryCode::new(self.iso).ok()?,
            from: day(self.from)?,
            until: day(self.until)?,
        })
    }
}

/// The period of a mapping: `(from, until)`.
type Span = (Option<Ymd>, Option<Ymd>);

/// Whenever COW codes the state.
const ALWAYS: Span = (None, None);

const fn since(y: i32, m: u32, d: u32) -> Span {
    (Some((y, m, d)), None)
}

const fn until(y: i32, m: u32, d: u32) -> Span {
    (None, Some((y, m, d)))
}

const fn between(from: Ymd, until: Ymd) -> Span {
    (Some(from), Some(until))
}

const fn e(
    cow: u16,
    abbreviation: &'static str,
    name: &'static str,
    iso: &'static str,
    (from, until): Span,
) -> RawEntry {
    RawEntry {
        cow,
        abbreviation,
        name,
        iso,
        from,
        until,
    }
}

/// The crosswalk: COW code, COW abbreviation, COW name, ISO code, period. Codes, names
/// and abbreviations: COW State System Membership List v2016; ISO codes: ISO 3166-1 and
/// 3166-3. Ordered by COW code, then chronologically. Checked against `countrycode` by
/// `scripts/check_cow_crosswalk.py`, which parses this table: keep one entry per line.
#[rustfmt::skip]
const TABLE: &[RawEntry] = &[
    e(2, "USA", "United States of America", "USA", ALWAYS),
    e(20, "CAN", "Canada", "CAN", ALWAYS),
    e(31, "BHM", "Bahamas", "BHS", ALWAYS),
    e(40, "CUB", "Cuba", "CUB", ALWAYS),
    e(41, "HAI", "Haiti", "HTI", ALWAYS),
    e(42, "DOM", "Dominican Republic", "DOM", ALWAYS),
    e(51, "JAM", "Jamaica", "JAM", ALWAYS),
    e(52, "TRI", "Trinidad and Tobago", "TTO", ALWAYS),
    e(53, "BAR", "Barbados", "BRB", ALWAYS),
    e(54, "DMA", "Dominica", "DMA", ALWAYS),
    e(55, "GRN", "Grenada", "GRD", ALWAYS),
    e(56, "SLU", "St. Lucia", "LCA", ALWAYS),
    e(57, "SVG", "St. Vincent and the Grenadines", "VCT", ALWAYS),
    e(58, "AAB", "Antigua & Barbuda", "ATG", ALWAYS),
    e(60, "SKN", "St. Kitts and Nevis", "KNA", ALWAYS),
    e(70, "MEX", "Mexico", "MEX", ALWAYS),
    e(80, "BLZ", "Belize", "BLZ", ALWAYS),
    e(90, "GUA", "Guatemala", "GTM", ALWAYS),
    e(91, "HON", "Honduras", "HND", ALWAYS),
    e(92, "SAL", "El Salvador", "SLV", ALWAYS),
    e(93, "NIC", "Nicaragua", "NIC", ALWAYS),
    e(94, "COS", "Costa Rica", "CRI", ALWAYS),
    e(95, "PAN", "Panama", "PAN", ALWAYS),
    e(100, "COL", "Colombia", "COL", ALWAYS),
    e(101, "VEN", "Venezuela", "VEN", ALWAYS),
    e(110, "GUY", "Guyana", "GUY", ALWAYS),
    e(115, "SUR", "Suriname", "SUR", ALWAYS),
    e(130, "ECU", "Ecuador", "ECU", ALWAYS),
    e(135, "PER", "Peru", "PER", ALWAYS),
    e(140, "BRA", "Brazil", "BRA", ALWAYS),
    e(145, "BOL", "Bolivia", "BOL", ALWAYS),
    e(150, "PAR", "Paraguay", "PRY", ALWAYS),
    e(155, "CHL", "Chile", "CHL", ALWAYS),
    e(160, "ARG", "Argentina", "ARG", ALWAYS),
    e(165, "URU", "Uruguay", "URY", ALWAYS),
    e(200, "UKG", "United Kingdom", "GBR", ALWAYS),
    e(205, "IRE", "Ireland", "IRL", ALWAYS),
    e(210, "NTH", "Netherlands", "NLD", ALWAYS),
    e(211, "BEL", "Belgium", "BEL", ALWAYS),
    e(212, "LUX", "Luxembourg", "LUX", ALWAYS),
    e(220, "FRN", "France", "FRA", ALWAYS),
    e(221, "MNC", "Monaco", "MCO", ALWAYS),
    e(223, "LIE", "Liechtenstein", "LIE", ALWAYS),
    e(225, "SWZ", "Switzerland", "CHE", ALWAYS),
    e(230, "SPN", "Spain", "ESP", ALWAYS),
    e(232, "AND", "Andorra", "AND", ALWAYS),
    e(235, "POR", "Portugal", "PRT", ALWAYS),
    // Germany before 1945 (COW 255 from 1816) is left out: no ISO code names the German
    // Reich. COW 255 again from reunification, 1990-10-03.
    e(255, "GMY", "Germany", "DEU", since(1990, 10, 3)),
    // ISO's DEU was the Federal Republic's code before reunification too. (countrycode
    // has no 260: it maps only 255 to DEU, at any date.)
    e(260, "GFR", "German Federal Republic", "DEU", until(1990, 10, 2)),
    e(265, "GDR", "German Democratic Republic", "DDR", until(1990, 10, 2)),
    e(290, "POL", "Poland", "POL", ALWAYS),
    e(305, "AUS", "Austria", "AUT", ALWAYS),
    e(310, "HUN", "Hungary", "HUN", ALWAYS),
    e(315, "CZE", "Czechoslovakia", "CSK", until(1992, 12, 31)),
    e(316, "CZR", "Czech Republic", "CZE", since(1993, 1, 1)),
    // COW also codes a Slovakia of 1939-1945: left out (ISO's SVK is the republic of 1993).
    e(317, "SLO", "Slovakia", "SVK", since(1993, 1, 1)),
    e(325, "ITA", "Italy", "ITA", ALWAYS),
    // 327 Papal States (1816-1870) is left out: countrycode maps it to VAT, but the Papal
    // States are not the Vatican City State of 1929.
    e(331, "SNM", "San Marino", "SMR", ALWAYS),
    e(338, "MLT", "Malta", "MLT", ALWAYS),
    e(339, "ALB", "Albania", "ALB", ALWAYS),
    // COW also codes the Montenegro of 1868-1915: left out.
    e(341, "MNG", "Montenegro", "MNE", since(2006, 6, 3)),
    e(343, "MAC", "Macedonia", "MKD", ALWAYS),
    e(344, "CRO", "Croatia", "HRV", ALWAYS),
    // COW 345 is Serbia (1878-1915), Yugoslavia (from 1918), the Federal Republic of
    // Yugoslavia (1992), Serbia and Montenegro (2003) and Serbia (2006). Serbia before 1918
    // is left out. ISO kept YUG for the Federal Republic until the State Union of
    // 2003-02-04; Serbia continued the State Union after Montenegro's independence
    // (2006-06-03), declaring so on 2006-06-05.
    e(345, "YUG", "Yugoslavia", "YUG", between((1918, 12, 1), (2003, 2, 3))),
    e(345, "YUG", "Yugoslavia", "SCG", between((2003, 2, 4), (2006, 6, 4))),
    e(345, "YUG", "Yugoslavia", "SRB", since(2006, 6, 5)),
    e(346, "BOS", "Bosnia and Herzegovina", "BIH", ALWAYS),
    // XKX: the user-assigned code for Kosovo that `CountryCode` accepts.
    e(347, "KOS", "Kosovo", "XKX", since(2008, 2, 17)),
    e(349, "SLV", "Slovenia", "SVN", ALWAYS),
    e(350, "GRC", "Greece", "GRC", ALWAYS),
    e(352, "CYP", "Cyprus", "CYP", ALWAYS),
    e(355, "BUL", "Bulgaria", "BGR", ALWAYS),
    e(359, "MLD", "Moldova", "MDA", ALWAYS),
    e(360, "ROM", "Romania", "ROU", ALWAYS),
    // COW 365 is Russia from 1816, the USSR, then Russia again. The USSR from its
    // founding treaty (1922-12-30) to its dissolution (1991-12-25); the Russian Empire
    // and the Russia of 1917-1922 are left out.
    e(365, "RUS", "Russia", "SUN", between((1922, 12, 30), (1991, 12, 25))),
    e(365, "RUS", "Russia", "RUS", since(1991, 12, 26)),
    e(366, "EST", "Estonia", "EST", ALWAYS),
    e(367, "LAT", "Latvia", "LVA", ALWAYS),
    e(368, "LIT", "Lithuania", "LTU", ALWAYS),
    e(369, "UKR", "Ukraine", "UKR", ALWAYS),
    // Byelorussia (ISO 3166-3 BYS) renamed itself Belarus on 1991-09-19.
    e(370, "BLR", "Belarus", "BYS", until(1991, 9, 18)),
    e(370, "BLR", "Belarus", "BLR", since(1991, 9, 19)),
    e(371, "ARM", "Armenia", "ARM", ALWAYS),
    e(372, "GRG", "Georgia", "GEO", ALWAYS),
    e(373, "AZE", "Azerbaijan", "AZE", ALWAYS),
    e(375, "FIN", "Finland", "FIN", ALWAYS),
    e(380, "SWD", "Sweden", "SWE", ALWAYS),
    e(385, "NOR", "Norway", "NOR", ALWAYS),
    e(390, "DEN", "Denmark", "DNK", ALWAYS),
    e(395, "ICE", "Iceland", "ISL", ALWAYS),
    e(402, "CAP", "Cape Verde", "CPV", ALWAYS),
    e(403, "STP", "Sao Tome and Principe", "STP", ALWAYS),
    e(404, "GNB", "Guinea-Bissau", "GNB", ALWAYS),
    e(411, "EQG", "Equatorial Guinea", "GNQ", ALWAYS),
    e(420, "GAM", "Gambia", "GMB", ALWAYS),
    e(432, "MLI", "Mali", "MLI", ALWAYS),
    e(433, "SEN", "Senegal", "SEN", ALWAYS),
    // Dahomey (ISO 3166-3 DHY) became Benin on 1975-11-30.
    e(434, "BEN", "Benin", "DHY", until(1975, 11, 29)),
    e(434, "BEN", "Benin", "BEN", since(1975, 11, 30)),
    e(435, "MAA", "Mauritania", "MRT", ALWAYS),
    e(436, "NIR", "Niger", "NER", ALWAYS),
    e(437, "CDI", "Ivory Coast", "CIV", ALWAYS),
    e(438, "GUI", "Guinea", "GIN", ALWAYS),
    // Upper Volta (ISO 3166-3 HVO) became Burkina Faso on 1984-08-04.
    e(439, "BFO", "Burkina Faso", "HVO", until(1984, 8, 3)),
    e(439, "BFO", "Burkina Faso", "BFA", since(1984, 8, 4)),
    e(450, "LBR", "Liberia", "LBR", ALWAYS),
    e(451, "SIE", "Sierra Leone", "SLE", ALWAYS),
    e(452, "GHA", "Ghana", "GHA", ALWAYS),
    e(461, "TOG", "Togo", "TGO", ALWAYS),
    e(471, "CAO", "Cameroon", "CMR", ALWAYS),
    e(475, "NIG", "Nigeria", "NGA", ALWAYS),
    e(481, "GAB", "Gabon", "GAB", ALWAYS),
    e(482, "CEN", "Central African Republic", "CAF", ALWAYS),
    e(483, "CHA", "Chad", "TCD", ALWAYS),
    e(484, "CON", "Congo", "COG", ALWAYS),
    // Zaire (ISO 3166-3 ZAR) until Kabila took Kinshasa and restored the name Democratic
    // Republic of the Congo (1997-05-17). ZAR also stands for 1960-1971, before the name
    // Zaire: ISO 3166 (1974) never coded the earlier name.
    e(490, "DRC", "Democratic Republic of the Congo", "ZAR", until(1997, 5, 16)),
    e(490, "DRC", "Democratic Republic of the Congo", "COD", since(1997, 5, 17)),
    e(500, "UGA", "Uganda", "UGA", ALWAYS),
    e(501, "KEN", "Kenya", "KEN", ALWAYS),
    e(510, "TAZ", "Tanzania", "TZA", ALWAYS),
    // 511 Zanzibar (COW 1963-1964, a UN member before its union with Tanganyika) has no
    // ISO 3166 code, current or former: a known gap, see docs/datasets.md.
    e(516, "BUI", "Burundi", "BDI", ALWAYS),
    e(517, "RWA", "Rwanda", "RWA", ALWAYS),
    e(520, "SOM", "Somalia", "SOM", ALWAYS),
    e(522, "DJI", "Djibouti", "DJI", ALWAYS),
    e(530, "ETH", "Ethiopia", "ETH", ALWAYS),
    e(531, "ERI", "Eritrea", "ERI", ALWAYS),
    e(540, "ANG", "Angola", "AGO", ALWAYS),
    e(541, "MZM", "Mozambique", "MOZ", ALWAYS),
    e(551, "ZAM", "Zambia", "ZMB", ALWAYS),
    // From independence (1980-04-18). Whether and how COW codes Rhodesia (ISO 3166-3
    // RHO) before that is not checked here: left out.
    e(552, "ZIM", "Zimbabwe", "ZWE", since(1980, 4, 18)),
    e(553, "MAW", "Malawi", "MWI", ALWAYS),
    e(560, "SAF", "South Africa", "ZAF", ALWAYS),
    e(565, "NAM", "Namibia", "NAM", ALWAYS),
    e(570, "LES", "Lesotho", "LSO", ALWAYS),
    e(571, "BOT", "Botswana", "BWA", ALWAYS),
    e(572, "SWA", "Swaziland", "SWZ", ALWAYS),
    e(580, "MAG", "Madagascar", "MDG", ALWAYS),
    e(581, "COM", "Comoros", "COM", ALWAYS),
    e(590, "MAS", "Mauritius", "MUS", ALWAYS),
    e(591, "SEY", "Seychelles", "SYC", ALWAYS),
    e(600, "MOR", "Morocco", "MAR", ALWAYS),
    e(615, "ALG", "Algeria", "DZA", ALWAYS),
    e(616, "TUN", "Tunisia", "TUN", ALWAYS),
    e(620, "LIB", "Libya", "LBY", ALWAYS),
    e(625, "SUD", "Sudan", "SDN", ALWAYS),
    e(626, "SSD", "South Sudan", "SSD", since(2011, 7, 9)),
    e(630, "IRN", "Iran", "IRN", ALWAYS),
    e(640, "TUR", "Turkey", "TUR", ALWAYS),
    e(645, "IRQ", "Iraq", "IRQ", ALWAYS),
    e(651, "EGY", "Egypt", "EGY", ALWAYS),
    e(652, "SYR", "Syria", "SYR", ALWAYS),
    e(660, "LEB", "Lebanon", "LBN", ALWAYS),
    e(663, "JOR", "Jordan", "JOR", ALWAYS),
    e(666, "ISR", "Israel", "ISR", ALWAYS),
    e(670, "SAU", "Saudi Arabia", "SAU", ALWAYS),
    // YEM was the Yemen Arab Republic's code, kept by unified Yemen (1990-05-22).
    e(678, "YAR", "Yemen Arab Republic", "YEM", until(1990, 5, 21)),
    e(679, "YEM", "Yemen", "YEM", since(1990, 5, 22)),
    e(680, "YPR", "Yemen People's Republic", "YMD", until(1990, 5, 21)),
    e(690, "KUW", "Kuwait", "KWT", ALWAYS),
    e(692, "BAH", "Bahrain", "BHR", ALWAYS),
    e(694, "QAT", "Qatar", "QAT", ALWAYS),
    e(696, "UAE", "United Arab Emirates", "ARE", ALWAYS),
    e(698, "OMA", "Oman", "OMN", ALWAYS),
    e(700, "AFG", "Afghanistan", "AFG", ALWAYS),
    e(701, "TKM", "Turkmenistan", "TKM", ALWAYS),
    e(702, "TAJ", "Tajikistan", "TJK", ALWAYS),
    e(703, "KYR", "Kyrgyzstan", "KGZ", ALWAYS),
    e(704, "UZB", "Uzbekistan", "UZB", ALWAYS),
    e(705, "KZK", "Kazakhstan", "KAZ", ALWAYS),
    // COW 710 is China throughout: the Republic before 1949, the People's Republic after
    // (COW codes the Republic on Taiwan from 1949 as 713).
    e(710, "CHN", "China", "CHN", ALWAYS),
    e(712, "MON", "Mongolia", "MNG", ALWAYS),
    e(713, "TAW", "Taiwan", "TWN", ALWAYS),
    e(731, "PRK", "North Korea", "PRK", ALWAYS),
    e(732, "ROK", "South Korea", "KOR", ALWAYS),
    e(740, "JPN", "Japan", "JPN", ALWAYS),
    e(750, "IND", "India", "IND", ALWAYS),
    e(760, "BHU", "Bhutan", "BTN", ALWAYS),
    e(770, "PAK", "Pakistan", "PAK", ALWAYS),
    e(771, "BNG", "Bangladesh", "BGD", ALWAYS),
    // Burma (ISO 3166-3 BUR) renamed itself Myanmar on 1989-06-18.
    e(775, "MYA", "Myanmar", "BUR", until(1989, 6, 17)),
    e(775, "MYA", "Myanmar", "MMR", since(1989, 6, 18)),
    e(780, "SRI", "Sri Lanka", "LKA", ALWAYS),
    e(781, "MAD", "Maldives", "MDV", ALWAYS),
    e(790, "NEP", "Nepal", "NPL", ALWAYS),
    e(800, "THI", "Thailand", "THA", ALWAYS),
    e(811, "CAM", "Cambodia", "KHM", ALWAYS),
    e(812, "LAO", "Laos", "LAO", ALWAYS),
    // COW 816 is North Vietnam (ISO 3166-3 VDR), then unified Vietnam from 1976-07-02.
    // 817, the Republic of Vietnam (1954-1975), is left out: a known gap.
    e(816, "DRV", "Vietnam", "VDR", until(1976, 7, 1)),
    e(816, "DRV", "Vietnam", "VNM", since(1976, 7, 2)),
    e(820, "MAL", "Malaysia", "MYS", ALWAYS),
    e(830, "SIN", "Singapore", "SGP", ALWAYS),
    e(835, "BRU", "Brunei", "BRN", ALWAYS),
    e(840, "PHI", "Philippines", "PHL", ALWAYS),
    e(850, "INS", "Indonesia", "IDN", ALWAYS),
    e(860, "ETM", "East Timor", "TLS", ALWAYS),
    e(900, "AUL", "Australia", "AUS", ALWAYS),
    e(910, "PNG", "Papua New Guinea", "PNG", ALWAYS),
    e(920, "NEW", "New Zealand", "NZL", ALWAYS),
    e(935, "VAN", "Vanuatu", "VUT", ALWAYS),
    e(940, "SOL", "Solomon Islands", "SLB", ALWAYS),
    e(946, "KIR", "Kiribati", "KIR", ALWAYS),
    e(947, "TUV", "Tuvalu", "TUV", ALWAYS),
    e(950, "FIJ", "Fiji", "FJI", ALWAYS),
    e(955, "TON", "Tonga", "TON", ALWAYS),
    e(970, "NAU", "Nauru", "NRU", ALWAYS),
    e(983, "MSI", "Marshall Islands", "MHL", ALWAYS),
    e(986, "PAL", "Palau", "PLW", ALWAYS),
    e(987, "FSM", "Federated States of Micronesia", "FSM", ALWAYS),
    e(990, "WSM", "Samoa", "WSM", ALWAYS),
];

/// A Gleditsch-Ward state code, such as 260 (the German Federal Republic, and Germany
/// since 1990) or 340 (Serbia since 2006).
///
/// Gleditsch & Ward (1999) revised COW's list of states and kept COW's numbers where they
/// could, so most codes are the same in both lists, but not all (see [the
/// module](self#gleditsch-ward-codes)); a bare number does not say which list it is from,
/// hence a type of its own. Any number is accepted; whether the crosswalk knows it is a
/// question for [`gw_to_iso_on`]. Parsing accepts the decimal number.
///
/// ```
/// use peacekeeping_data::crosswalk::{CowCode, GwCode};
///
/// let kiribati: GwCode = "970".parse()?;
/// assert_eq!(kiribati, GwCode::new(970));
/// assert_eq!(kiribati.get(), 970);
/// // The same number is Nauru in COW.
/// assert_ne!(kiribati.get(), CowCode::new(946).get());
/// # Ok::<(), std::num::ParseIntError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GwCode(u16);

impl GwCode {
    /// The Gleditsch-Ward code `code`.
    #[must_use]
    pub const fn new(code: u16) -> Self {
        GwCode(code)
    }

    /// The code as a number.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for GwCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for GwCode {
    type Err = core::num::ParseIntError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(GwCode)
    }
}

impl From<u16> for GwCode {
    fn from(code: u16) -> Self {
        GwCode(code)
    }
}

/// One row of the Gleditsch-Ward table: GW state `gw` is COW state `cow` from `from` to
/// `until` (both inclusive).
///
/// Its ISO code on a day is the one the COW table gives `cow` that day
/// ([`iso_on`](GwEntry::iso_on)); for the one period of a GW state that COW does not code
/// but ISO does (Rhodesia, 1965-1980) the entry carries the ISO code itself.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{self, CowCode, GwCode};
///
/// let germany: Vec<_> = crosswalk::gw_entries_for(GwCode::new(260)).collect();
/// assert_eq!(germany.len(), 2);
/// assert_eq!(germany[1].cow, Some(CowCode::new(255)));
/// assert_eq!(germany[1].from.map(|d| d.to_string()), Some("1990-10-03".into()));
/// let day = Date::new(2000, 1, 1)?;
/// assert_eq!(germany[1].iso_on(day).map(|c| c.to_string()), Some("DEU".into()));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct GwEntry {
    /// The GW state code.
    pub gw: GwCode,
    /// The state's name: as the UCDP battle-deaths file spells it (cShapes 2.0, which
    /// takes Gleditsch & Ward's names) for the states in that file, otherwise a plain
    /// English name.
    pub gw_name: &'static str,
    /// The COW code of the same state in this period; `None` if COW does not code it.
    pub cow: Option<CowCode>,
    /// The first day of the mapping; `None`: whenever GW codes the state.
    pub from: Option<Date>,
    /// The last day of the mapping; `None`: to this day.
    pub until: Option<Date>,
    /// The ISO code of a period COW does not code (`cow` is `None`).
    iso_without_cow: Option<CountryCode>,
}

impl GwEntry {
    /// Whether the mapping holds on `date`.
    #[must_use]
    pub fn holds_on(&self, date: Date) -> bool {
        holds(self.from, self.until, date)
    }

    /// The ISO code of the state on `date` (which the entry need not hold on): the COW
    /// table's code for [`cow`](GwEntry::cow) that day, or the entry's own for a period
    /// COW does not code; `None` if neither has one.
    #[must_use]
    pub fn iso_on(&self, date: Date) -> Option<CountryCode> {
        match self.cow {
            Some(cow) => iso_on(cow, date),
            None => self.iso_without_cow,
        }
    }
}

/// The entry of GW state `gw` that holds on `date`.
fn gw_entry_on(gw: GwCode, date: Date) -> Option<&'static GwEntry> {
    gw_entries_for(gw).find(|e| e.holds_on(date))
}

/// The COW code of GW state `gw` on `date`, or `None` (an unknown code, or a state or
/// period COW does not code).
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{gw_to_cow_on, CowCode, GwCode};
///
/// let yemen = GwCode::new(678);
/// assert_eq!(gw_to_cow_on(yemen, Date::new(1990, 5, 21)?), Some(CowCode::new(678)));
/// assert_eq!(gw_to_cow_on(yemen, Date::new(1990, 5, 22)?), Some(CowCode::new(679)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn gw_to_cow_on(gw: GwCode, date: Date) -> Option<CowCode> {
    gw_entry_on(gw, date)?.cow
}

/// The COW code of GW state `gw` in `year`: on 31 December, as for [`iso_in_year`].
///
/// ```
/// use peacekeeping_data::crosswalk::{gw_to_cow_in_year, CowCode, GwCode};
///
/// assert_eq!(gw_to_cow_in_year(GwCode::new(340), 2010), Some(CowCode::new(345)));
/// assert_eq!(gw_to_cow_in_year(GwCode::new(711), 1949), None); // Tibet: not in COW
/// ```
#[must_use]
pub fn gw_to_cow_in_year(gw: GwCode, year: i32) -> Option<CowCode> {
    gw_to_cow_on(gw, Date::new(year, 12, 31).ok()?)
}

/// The GW code of COW state `cow` on `date`, or `None`.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{cow_to_gw_on, CowCode, GwCode};
///
/// let serbia = CowCode::new(345);
/// assert_eq!(cow_to_gw_on(serbia, Date::new(2006, 6, 4)?), Some(GwCode::new(345)));
/// assert_eq!(cow_to_gw_on(serbia, Date::new(2006, 6, 5)?), Some(GwCode::new(340)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn cow_to_gw_on(cow: CowCode, date: Date) -> Option<GwCode> {
    gw_entries()
        .iter()
        .find(|e| e.cow == Some(cow) && e.holds_on(date))
        .map(|e| e.gw)
}

/// The GW code of COW state `cow` in `year`, on 31 December.
///
/// ```
/// use peacekeeping_data::crosswalk::{cow_to_gw_in_year, CowCode, GwCode};
///
/// // COW 255 is unified Germany, which GW codes as the Federal Republic, 260.
/// assert_eq!(cow_to_gw_in_year(CowCode::new(255), 1990), Some(GwCode::new(260)));
/// // COW 970 is Nauru, GW 971.
/// assert_eq!(cow_to_gw_in_year(CowCode::new(970), 2000), Some(GwCode::new(971)));
/// ```
#[must_use]
pub fn cow_to_gw_in_year(cow: CowCode, year: i32) -> Option<GwCode> {
    cow_to_gw_on(cow, Date::new(year, 12, 31).ok()?)
}

/// The ISO code of GW state `gw` on `date`, or `None` (an unknown code, or a state or
/// period no ISO code names).
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{gw_to_iso_on, GwCode};
///
/// let zimbabwe = GwCode::new(552);
/// assert_eq!(gw_to_iso_on(zimbabwe, Date::new(1975, 1, 1)?).map(|c| c.to_string()), Some("RHO".into()));
/// assert_eq!(gw_to_iso_on(zimbabwe, Date::new(1981, 1, 1)?).map(|c| c.to_string()), Some("ZWE".into()));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn gw_to_iso_on(gw: GwCode, date: Date) -> Option<CountryCode> {
    gw_entry_on(gw, date)?.iso_on(date)
}

/// The ISO code of GW state `gw` in `year`, on 31 December.
///
/// ```
/// use peacekeeping_data::crosswalk::{gw_to_iso_in_year, GwCode};
///
/// let iso = |gw, year| gw_to_iso_in_year(GwCode::new(gw), year).map(|c| c.to_string());
/// assert_eq!(iso(260, 1980).as_deref(), Some("DEU"));
/// assert_eq!(iso(260, 2000).as_deref(), Some("DEU"));
/// assert_eq!(iso(345, 2004).as_deref(), Some("SCG"));
/// assert_eq!(iso(340, 2010).as_deref(), Some("SRB"));
/// assert_eq!(iso(817, 1970), None); // the Republic of Vietnam
/// ```
#[must_use]
pub fn gw_to_iso_in_year(gw: GwCode, year: i32) -> Option<CountryCode> {
    gw_to_iso_on(gw, Date::new(year, 12, 31).ok()?)
}

/// The GW state that ISO code `iso` stood for on `date`, or `None`.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::crosswalk::{iso_to_gw_on, GwCode};
///
/// let day = Date::new(2010, 1, 1)?;
/// assert_eq!(iso_to_gw_on("DEU".parse()?, day), Some(GwCode::new(260)));
/// assert_eq!(iso_to_gw_on("SRB".parse()?, day), Some(GwCode::new(340)));
/// assert_eq!(iso_to_gw_on("KIR".parse()?, day), Some(GwCode::new(970)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn iso_to_gw_on(iso: CountryCode, date: Date) -> Option<GwCode> {
    if let Some(cow) = cow_on(iso, date) {
        return cow_to_gw_on(cow, date);
    }
    gw_entries()
        .iter()
        .find(|e| e.iso_without_cow == Some(iso) && e.holds_on(date))
        .map(|e| e.gw)
}

/// The GW state that ISO code `iso` stood for in `year`, on 31 December.
///
/// ```
/// use peacekeeping_data::crosswalk::{iso_to_gw_in_year, GwCode};
///
/// assert_eq!(iso_to_gw_in_year("YEM".parse()?, 1980), Some(GwCode::new(678)));
/// assert_eq!(iso_to_gw_in_year("YEM".parse()?, 2000), Some(GwCode::new(678)));
/// assert_eq!(iso_to_gw_in_year("RHO".parse()?, 1970), Some(GwCode::new(552)));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn iso_to_gw_in_year(iso: CountryCode, year: i32) -> Option<GwCode> {
    iso_to_gw_on(iso, Date::new(year, 12, 31).ok()?)
}

/// The entries of GW state `gw`, in chronological order (none for an unknown code).
///
/// ```
/// use peacekeeping_data::crosswalk::{gw_entries_for, GwCode};
///
/// let cow: Vec<_> = gw_entries_for(GwCode::new(678)).map(|e| e.cow.map(|c| c.get())).collect();
/// assert_eq!(cow, [Some(678), Some(679)]);
/// ```
pub fn gw_entries_for(gw: GwCode) -> impl Iterator<Item = &'static GwEntry> {
    gw_entries().iter().filter(move |e| e.gw == gw)
}

/// The whole Gleditsch-Ward table, ordered by GW code, then chronologically.
///
/// ```
/// use peacekeeping_data::crosswalk::{gw_entries, GwCode};
///
/// // Every GW code the table knows that COW numbers differently.
/// let mut differ: Vec<u16> = gw_entries()
///     .iter()
///     .filter(|e| e.cow.is_some_and(|c| c.get() != e.gw.get()))
///     .map(|e| e.gw.get())
///     .collect();
/// differ.dedup();
/// assert_eq!(differ, [260, 340, 678, 970, 971, 972, 973]);
/// ```
#[must_use]
pub fn gw_entries() -> &'static [GwEntry] {
    static ENTRIES: OnceLock<Vec<GwEntry>> = OnceLock::new();
    ENTRIES.get_or_init(|| GW_TABLE.iter().filter_map(RawGwEntry::resolve).collect())
}

/// A unit of the cShapes 2.0 maps (and so of the UCDP battle-deaths file) that is no
/// state of the Gleditsch-Ward list: a colony, protectorate, mandate or occupied territory
/// that did not become a state within the same borders, numbered by cShapes in GW's
/// style (the file's "Gleditsch-Ward, slightly modified").
///
/// ```
/// use peacekeeping_data::crosswalk::{dependent_territory, GwCode};
///
/// let sahara = dependent_territory(GwCode::new(609)).ok_or("unknown")?;
/// assert_eq!(sahara.iso.map(|c| c.to_string()), Some("ESH".into()));
/// let togoland = dependent_territory(GwCode::new(462)).ok_or("unknown")?;
/// assert_eq!((togoland.name, togoland.iso), ("British Togoland", None));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DependentTerritory {
    /// Its code in the file.
    pub code: GwCode,
    /// Its name in the file.
    pub name: &'static str,
    /// The ISO code of the same territory, if one names it; `None` for parts of later
    /// states, unions of several, and territories no code names.
    pub iso: Option<CountryCode>,
    /// Why it has this ISO code, or none.
    pub note: &'static str,
}

/// The dependent territory with code `code`, if the crosswalk knows one.
#[must_use]
pub fn dependent_territory(code: GwCode) -> Option<&'static DependentTerritory> {
    dependent_territories().iter().find(|t| t.code == code)
}

/// Every dependent territory of the UCDP battle-deaths file (cShapes 2.0), ordered by
/// code.
///
/// ```
/// use peacekeeping_data::crosswalk::dependent_territories;
///
/// let with_iso: Vec<_> = dependent_territories()
///     .iter()
///     .filter_map(|t| t.iso.map(|c| c.to_string()))
///     .collect();
/// assert_eq!(with_iso, ["PRI", "ESH", "PSE", "NCL", "PYF"]);
/// ```
#[must_use]
pub fn dependent_territories() -> &'static [DependentTerritory] {
    static TERRITORIES: OnceLock<Vec<DependentTerritory>> = OnceLock::new();
    TERRITORIES.get_or_init(|| {
        TERRITORY_TABLE
            .iter()
            .filter_map(|&(code, name, iso, note)| {
                Some(DependentTerritory {
                    code: GwCode(code),
                    name,
                    iso: match iso {
                        Some(iso) => Some(CountryCode::new(iso).ok()?),
                        None => None,
                    },
                    note,
                })
            })
            .collect()
    })
}

/// The ISO code of the territory that GW (or cShapes) code `code` stands for in `year`,
/// the way territory-year data (the UCDP battle-deaths file) number territories: a GW
/// state, or a colony or other dependent territory.
///
/// - A GW state: [`gw_to_iso_in_year`]. Its entries hold back to the state's first day
///   unless its code changes then, so the years **before independence**, when the data
///   give the territory the code of the state it became, get that state's code: Algeria
///   in 1950 is `DZA`, Dahomey in 1950 `DHY`, Southern Rhodesia `RHO`, the British zones
///   of Germany in 1946 `DEU`.
/// - A [`DependentTerritory`]: its ISO code, in any year, or `None`.
/// - Anything else: `None`.
///
/// ```
/// use peacekeeping_data::crosswalk::{territory_iso_in_year, GwCode};
///
/// let iso = |code, year| territory_iso_in_year(GwCode::new(code), year).map(|c| c.to_string());
/// assert_eq!(iso(615, 1950).as_deref(), Some("DZA")); // French Algeria
/// assert_eq!(iso(699, 2000).as_deref(), Some("PSE")); // occupied Palestine
/// assert_eq!(iso(3, 1950), None); // Alaska
/// ```
#[must_use]
pub fn territory_iso_in_year(code: GwCode, year: i32) -> Option<CountryCode> {
    match dependent_territory(code) {
        Some(territory) => territory.iso,
        None => gw_to_iso_in_year(code, year),
    }
}

/// A row of [`GW_TABLE`], before its codes and dates are checked.
struct RawGwEntry {
    gw: u16,
    name: &'static str,
    cow: Option<u16>,
    iso: Option<&'static str>,
    from: Option<Ymd>,
    until: Option<Ymd>,
}

impl RawGwEntry {
    /// The checked entry; `None` only for a typing error in [`GW_TABLE`], which the unit
    /// tests rule out.
    fn resolve(&self) -> Option<GwEntry> {
        Some(GwEntry {
            gw: GwCode(self.gw),
            gw_name: self.name,
            cow: self.cow.map(CowCode),
            from: day(self.from)?,
            until: day(self.until)?,
            iso_without_cow: match self.iso {
                Some(iso) => Some(CountryCode::new(iso).ok()?),
                None => None,
            },
        })
    }
}

const fn gw(
    gw: u16,
    name: &'static str,
    cow: Option<u16>,
    iso: Option<&'static str>,
    (from, until): Span,
) -> RawGwEntry {
    RawGwEntry {
        gw,
        name,
        cow,
        iso,
        from,
        until,
    }
}

/// A GW state with the same number in COW, whenever GW codes it.
const fn same(code: u16, name: &'static str) -> RawGwEntry {
    gw(code, name, Some(code), None, ALWAYS)
}

/// The Gleditsch-Ward table: GW code, name, COW code, ISO code (only for a period COW
/// does not code), period. Every GW state that exists on or after 1946-01-01 (the span of
/// the UCDP file; earlier states, such as GW 255 Germany (Prussia) to 1945 and GW 340
/// Serbia of 1878-1915, are left out). Sources: Gleditsch & Ward (1999), "A revised list
/// of independent states since the Congress of Vienna", International Interactions 25(4):
/// 393-413, and their lists `iisystem.dat` and `microstatessystem.dat`
/// (ksgleditsch.com/data-5.html); the differences from COW as A. Beger's R package
/// `states` lists them (vignette "G&W and COW country code differences", 2019) and S.
/// Miller's `peacesciencer` (`data-raw/gw_cow_years.R`) describes them. Ordered by GW
/// code, then chronologically; one entry per line.
#[rustfmt::skip]
const GW_TABLE: &[RawGwEntry] = &[
    same(2, "United States of America"),
    same(20, "Canada"),
    same(31, "Bahamas"),
    same(40, "Cuba"),
    same(41, "Haiti"),
    same(42, "Dominican Republic"),
    same(51, "Jamaica"),
    same(52, "Trinidad and Tobago"),
    same(53, "Barbados"),
    same(54, "Dominica"),
    same(55, "Grenada"),
    same(56, "St. Lucia"),
    same(57, "St. Vincent and the Grenadines"),
    same(58, "Antigua & Barbuda"),
    same(60, "St. Kitts and Nevis"),
    same(70, "Mexico"),
    same(80, "Belize"),
    same(90, "Guatemala"),
    same(91, "Honduras"),
    same(92, "El Salvador"),
    same(93, "Nicaragua"),
    same(94, "Costa Rica"),
    same(95, "Panama"),
    same(100, "Colombia"),
    same(101, "Venezuela"),
    same(110, "Guyana"),
    same(115, "Surinam"),
    same(130, "Ecuador"),
    same(135, "Peru"),
    same(140, "Brazil"),
    same(145, "Bolivia"),
    same(150, "Paraguay"),
    same(155, "Chile"),
    same(160, "Argentina"),
    same(165, "Uruguay"),
    same(200, "United Kingdom"),
    same(205, "Ireland"),
    same(210, "Netherlands"),
    same(211, "Belgium"),
    same(212, "Luxembourg"),
    same(220, "France"),
    same(221, "Monaco"),
    same(223, "Liechtenstein"),
    same(225, "Switzerland"),
    same(230, "Spain"),
    same(232, "Andorra"),
    same(235, "Portugal"),
    // GW: the Federal Republic (1949) continues as unified Germany; COW codes it 260
    // until reunification and Germany 255 from 1990-10-03 (Gleditsch & Ward 1999; Beger,
    // `states`, "G&W and COW country code differences").
    gw(260, "German Federal Republic", Some(260), None, until(1990, 10, 2)),
    gw(260, "German Federal Republic", Some(255), None, since(1990, 10, 3)),
    same(265, "German Democratic Republic"),
    same(290, "Poland"),
    same(305, "Austria"),
    same(310, "Hungary"),
    same(315, "Czechoslovakia"),
    same(316, "Czech Republic"),
    same(317, "Slovakia"),
    same(325, "Italy/Sardinia"),
    same(331, "San Marino"),
    same(338, "Malta"),
    same(339, "Albania"),
    // GW: Serbia is 340 again after Montenegro's independence; COW keeps 345 (Beger,
    // `states`). From the day the COW table's SRB entry starts; GW's Serbia of
    // 1878-1915 (also 340) is before this table.
    gw(340, "Serbia", Some(345), None, since(2006, 6, 5)),
    same(341, "Montenegro"),
    same(343, "Macedonia (FYROM/North Macedonia)"),
    same(344, "Croatia"),
    // GW 345 is Yugoslavia from 1918-12-01 (and the State Union of Serbia and Montenegro)
    // until Serbia becomes 340; COW 345 throughout.
    gw(345, "Yugoslavia", Some(345), None, between((1918, 12, 1), (2006, 6, 4))),
    same(346, "Bosnia-Herzegovina"),
    same(347, "Kosovo"),
    same(349, "Slovenia"),
    same(350, "Greece"),
    same(352, "Cyprus"),
    same(355, "Bulgaria"),
    same(359, "Moldova"),
    same(360, "Rumania"),
    same(365, "Russia (Soviet Union)"),
    same(366, "Estonia"),
    same(367, "Latvia"),
    same(368, "Lithuania"),
    same(369, "Ukraine"),
    same(370, "Belarus (Byelorussia)"),
    same(371, "Armenia"),
    same(372, "Georgia"),
    same(373, "Azerbaijan"),
    same(375, "Finland"),
    same(380, "Sweden"),
    same(385, "Norway"),
    same(390, "Denmark"),
    same(395, "Iceland"),
    same(402, "Cape Verde"),
    same(403, "Sao Tome and Principe"),
    same(404, "Guinea-Bissau"),
    same(411, "Equatorial Guinea"),
    same(420, "Gambia"),
    same(432, "Mali"),
    same(433, "Senegal"),
    same(434, "Benin"),
    same(435, "Mauritania"),
    same(436, "Niger"),
    same(437, "Cote D'Ivoire"),
    same(438, "Guinea"),
    same(439, "Burkina Faso (Upper Volta)"),
    same(450, "Liberia"),
    same(451, "Sierra Leone"),
    same(452, "Ghana"),
    same(461, "Togo"),
    same(471, "Cameroon"),
    same(475, "Nigeria"),
    same(481, "Gabon"),
    same(482, "Central African Republic"),
    same(483, "Chad"),
    same(484, "Congo"),
    same(490, "Congo, Democratic Republic of (Zaire)"),
    same(500, "Uganda"),
    same(501, "Kenya"),
    same(510, "Tanzania (Tanganyika)"),
    // Zanzibar (1963-12-19 to 1964-04-26 in both lists): no ISO 3166 code, current or
    // former.
    same(511, "Zanzibar"),
    same(516, "Burundi"),
    same(517, "Rwanda"),
    same(520, "Somalia"),
    same(522, "Djibouti"),
    same(530, "Ethiopia"),
    same(531, "Eritrea"),
    same(540, "Angola"),
    same(541, "Mozambique"),
    same(551, "Zambia"),
    // GW codes Rhodesia as 552 from its unilateral declaration of independence
    // (1965-11-11); the COW entries of 552 above start at Zimbabwe's independence
    // (1980-04-18). Until then: no COW code, and ISO 3166-3 RHO (Southern Rhodesia).
    gw(552, "Zimbabwe (Rhodesia)", None, Some("RHO"), until(1980, 4, 17)),
    gw(552, "Zimbabwe (Rhodesia)", Some(552), None, since(1980, 4, 18)),
    same(553, "Malawi"),
    same(560, "South Africa"),
    same(565, "Namibia"),
    same(570, "Lesotho"),
    same(571, "Botswana"),
    same(572, "Swaziland (Eswatini)"),
    same(580, "Madagascar (Malagasy)"),
    same(581, "Comoros"),
    same(590, "Mauritius"),
    same(591, "Seychelles"),
    same(600, "Morocco"),
    same(615, "Algeria"),
    same(616, "Tunisia"),
    same(620, "Libya"),
    same(625, "Sudan"),
    same(626, "South Sudan"),
    same(630, "Iran (Persia)"),
    same(640, "Turkey (Ottoman Empire)"),
    same(645, "Iraq"),
    same(651, "Egypt"),
    same(652, "Syria"),
    same(660, "Lebanon"),
    same(663, "Jordan"),
    same(666, "Israel"),
    same(670, "Saudi Arabia"),
    // GW: the Yemen Arab Republic continues as unified Yemen (1990-05-22); COW codes
    // unified Yemen 679 (Gleditsch & Ward 1999; Beger, `states`).
    gw(678, "Yemen (Arab Republic of Yemen)", Some(678), None, until(1990, 5, 21)),
    gw(678, "Yemen (Arab Republic of Yemen)", Some(679), None, since(1990, 5, 22)),
    same(680, "Yemen, People's Republic of"),
    same(690, "Kuwait"),
    same(692, "Bahrain"),
    same(694, "Qatar"),
    same(696, "United Arab Emirates"),
    same(698, "Oman"),
    same(700, "Afghanistan"),
    same(701, "Turkmenistan"),
    same(702, "Tajikistan"),
    same(703, "Kyrgyz Republic"),
    same(704, "Uzbekistan"),
    same(705, "Kazakhstan"),
    same(710, "China"),
    // Tibet (1913-1950 in GW): COW does not code it, and no ISO code names it.
    gw(711, "Tibet", None, None, ALWAYS),
    same(712, "Mongolia"),
    same(713, "Taiwan"),
    same(731, "Korea, People's Republic of"),
    same(732, "Korea, Republic of"),
    same(740, "Japan"),
    same(750, "India"),
    same(760, "Bhutan"),
    same(770, "Pakistan"),
    same(771, "Bangladesh"),
    same(775, "Myanmar (Burma)"),
    same(780, "Sri Lanka (Ceylon)"),
    same(781, "Maldives"),
    same(790, "Nepal"),
    same(800, "Thailand"),
    same(811, "Cambodia (Kampuchea)"),
    same(812, "Laos"),
    same(816, "Vietnam, Democratic Republic of"),
    // The Republic of Vietnam (1954-1975), 817 in both lists: no ISO code (the COW
    // table leaves it out).
    same(817, "Vietnam, Republic of"),
    same(820, "Malaysia"),
    same(830, "Singapore"),
    same(835, "Brunei"),
    same(840, "Philippines"),
    same(850, "Indonesia"),
    same(860, "East Timor"),
    same(900, "Australia"),
    same(910, "Papua New Guinea"),
    same(920, "New Zealand"),
    same(935, "Vanuatu"),
    same(940, "Solomon Islands"),
    same(950, "Fiji"),
    // Four Pacific microstates have other numbers in GW's list of microstates than in
    // COW (Beger, `states`): COW 970 is Nauru, GW 970 Kiribati.
    gw(970, "Kiribati", Some(946), None, ALWAYS),
    gw(971, "Nauru", Some(970), None, ALWAYS),
    gw(972, "Tonga", Some(955), None, ALWAYS),
    gw(973, "Tuvalu", Some(947), None, ALWAYS),
    same(983, "Marshall Islands"),
    same(986, "Palau"),
    same(987, "Federated States of Micronesia"),
    same(990, "Samoa"),
];

/// The dependent territories of the UCDP battle-deaths file: code, name (as the file
/// spells it), ISO code, why. Ordered by code.
#[rustfmt::skip]
const TERRITORY_TABLE: &[(u16, &str, Option<&str>, &str)] = &[
    (3, "Alaska", None, "a US territory until statehood (1959): no ISO code"),
    (4, "Hawaii", None, "a US territory until statehood (1959): no ISO code"),
    (6, "Puerto Rico", Some("PRI"), "ISO 3166-1 codes Puerto Rico"),
    (21, "Newfoundland", None, "a British dominion until it joined Canada (1949): no ISO code"),
    (462, "British Togoland", None, "joined Ghana (1957): no ISO code"),
    (472, "British Cameroons", None, "split between Nigeria and Cameroon (1961): no ISO code"),
    (515, "Rwanda-Urundi", None, "became two states, Rwanda and Burundi (1962): no ISO code"),
    (521, "British Somaliland (Somaliland Republic)", None, "part of Somalia from 1960: no ISO code"),
    (550, "Federation of Rhodesia and Nyasaland", None, "a union of today's Zimbabwe, Zambia and Malawi (1953-1963): no ISO code"),
    (602, "Spanish Morocco", None, "part of Morocco from 1956: no ISO code"),
    (609, "Western Sahara", Some("ESH"), "ISO 3166-1 codes Western Sahara (the file's Spanish Sahara to 1974)"),
    (610, "Spanish West Africa", None, "Ifni and Spanish Sahara (to 1958): no ISO code"),
    (665, "Palestine", None, "the British Mandate (to 1948), today Israel and Palestine: no ISO code"),
    (681, "Aden", None, "part of South Yemen from 1967: no ISO code"),
    (699, "Palestine", Some("PSE"), "the West Bank and Gaza under Israeli occupation from 1967: ISO 3166-1 PSE"),
    (815, "Vietnam (Annam/Cochin China/Tonkin)", None, "French Vietnam, split into two states in 1954: no ISO code names it"),
    (823, "Sabah (North Borneo)", None, "part of Malaysia from 1963: no ISO code"),
    (824, "Sarawak", None, "part of Malaysia from 1963: no ISO code"),
    (851, "West Irian (Dutch New Guinea)", None, "part of Indonesia from 1963: no ISO code"),
    (911, "Papua", None, "part of Papua New Guinea from 1949: no ISO code"),
    (912, "New Guinea (German New Guinea) (Kaiser Wilhelmsland)", None, "part of Papua New Guinea from 1949: no ISO code"),
    (930, "New Caledonia and Dependencies", Some("NCL"), "ISO 3166-1 codes New Caledonia"),
    (960, "French Polynesia", Some("PYF"), "ISO 3166-1 codes French Polynesia"),
    (5200, "Italian Somaliland", None, "part of Somalia from 1960: no ISO code"),
    (6021, "Southern zone of Spanish Morocco", None, "part of Morocco from 1958: no ISO code"),
    (6511, "Gaza", None, "Egyptian-held Gaza (1948-1967), part of what PSE codes: no ISO code of its own"),
    (6631, "West Bank", None, "Jordanian-held West Bank (1948-1967), part of what PSE codes: no ISO code of its own"),
    (6801, "Federation of South Arabia", None, "part of South Yemen from 1967: no ISO code"),
    (6812, "East Aden Protectorate", None, "part of South Yemen from 1967: no ISO code"),
    (7506, "Jammu and Kashmir", None, "Indian-held Kashmir as a unit of its own (1947-1948): no ISO code"),
    (7708, "Kashmir (North, Azad)", None, "Pakistani-held Kashmir as a unit of its own (1947-1948): no ISO code"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_is_valid() {
        assert_eq!(entries().len(), TABLE.len());
        for e in entries() {
            assert_eq!(e.cow_abbreviation.len(), 3, "{e:?}");
            if let (Some(from), Some(until)) = (e.from, e.until) {
                assert!(from <= until, "{e:?}");
            }
        }
    }

    #[test]
    fn the_table_is_ordered_and_periods_of_a_code_do_not_overlap() {
        for pair in entries().windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(a.cow <= b.cow, "{a:?} {b:?}");
            if a.cow == b.cow {
                assert_eq!(a.cow_abbreviation, b.cow_abbreviation);
                let (Some(until), Some(from)) = (a.until, b.from) else {
                    panic!("open-ended periods overlap: {a:?} {b:?}");
                };
                assert_eq!(until.next_day(), from, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn an_iso_code_stands_for_one_cow_state_at_a_time() {
        for a in entries() {
            for b in entries() {
                if a.iso == b.iso && a.cow != b.cow {
                    let disjoint = matches!((a.until, b.from), (Some(u), Some(f)) if u < f)
                        || matches!((b.until, a.from), (Some(u), Some(f)) if u < f);
                    assert!(disjoint, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn cow_letter_codes_that_are_other_countries_iso_codes_map_by_number() {
        for (cow, iso) in [
            (305, "AUT"),
            (225, "CHE"),
            (341, "MNE"),
            (343, "MKD"),
            (349, "SVN"),
        ] {
            assert_eq!(iso_in_year(CowCode(cow), 2010).unwrap().as_str(), iso);
        }
        for (iso, cow) in [("AUS", 900), ("SWZ", 572), ("MNG", 712), ("SLV", 92)] {
            assert_eq!(cow_in_year(iso.parse().unwrap(), 2010), Some(CowCode(cow)));
        }
        assert_eq!(cow_in_year("MAC".parse().unwrap(), 2010), None); // Macao: no COW state
    }

    #[test]
    fn successions_follow_the_date() {
        let iso = |cow, y| iso_in_year(CowCode(cow), y).map(|c| c.to_string());
        assert_eq!(iso(345, 1990).as_deref(), Some("YUG"));
        assert_eq!(iso(345, 2004).as_deref(), Some("SCG"));
        assert_eq!(iso(345, 2010).as_deref(), Some("SRB"));
        assert_eq!(iso(345, 1900), None);
        assert_eq!(iso(365, 1960).as_deref(), Some("SUN"));
        assert_eq!(iso(365, 1991).as_deref(), Some("RUS"));
        assert_eq!(iso(265, 1989).as_deref(), Some("DDR"));
        assert_eq!(iso(265, 1990), None);
        assert_eq!(iso(255, 1990).as_deref(), Some("DEU"));
        assert_eq!(iso(315, 1992).as_deref(), Some("CSK"));
        assert_eq!(iso(316, 1993).as_deref(), Some("CZE"));
        assert_eq!(iso(680, 1989).as_deref(), Some("YMD"));
        assert_eq!(iso(816, 1975).as_deref(), Some("VDR"));
        assert_eq!(iso(816, 1976).as_deref(), Some("VNM"));
        assert_eq!(iso(626, 2011).as_deref(), Some("SSD"));
        assert_eq!(iso(347, 2008).as_deref(), Some("XKX"));
        assert_eq!(iso(817, 1970), None);
        assert_eq!(iso(2, 1000).as_deref(), Some("USA"));
        assert_eq!(iso(2, 10_000), None);
    }

    #[test]
    fn cow_codes_parse_as_numbers() {
        assert_eq!(" 2 ".parse::<CowCode>().unwrap(), CowCode(2));
        assert!("-1".parse::<CowCode>().is_err());
        assert!("USA".parse::<CowCode>().is_err());
        assert_eq!(CowCode::from(345).to_string(), "345");
    }

    #[test]
    fn every_row_of_the_gw_tables_is_valid() {
        assert_eq!(gw_entries().len(), GW_TABLE.len());
        assert_eq!(dependent_territories().len(), TERRITORY_TABLE.len());
        for e in gw_entries() {
            if let (Some(from), Some(until)) = (e.from, e.until) {
                assert!(from <= until, "{e:?}");
            }
            assert!(e.cow.is_none() || e.iso_without_cow.is_none(), "{e:?}");
            assert!(!e.gw_name.is_empty());
        }
        for pair in dependent_territories().windows(2) {
            assert!(pair[0].code < pair[1].code, "{pair:?}");
        }
        for t in dependent_territories() {
            assert_eq!(gw_entries_for(t.code).count(), 0, "{t:?} is a GW state");
        }
    }

    #[test]
    fn the_gw_table_is_ordered_and_periods_of_a_code_do_not_overlap() {
        for pair in gw_entries().windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(a.gw <= b.gw, "{a:?} {b:?}");
            if a.gw == b.gw {
                assert_eq!(a.gw_name, b.gw_name);
                let (Some(until), Some(from)) = (a.until, b.from) else {
                    panic!("open-ended periods overlap: {a:?} {b:?}");
                };
                assert_eq!(until.next_day(), from, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_cow_code_stands_for_one_gw_state_at_a_time() {
        let disjoint = |a: &GwEntry, b: &GwEntry| {
            matches!((a.until, b.from), (Some(u), Some(f)) if u < f)
                || matches!((b.until, a.from), (Some(u), Some(f)) if u < f)
        };
        for a in gw_entries() {
            for b in gw_entries() {
                if a.gw != b.gw && a.cow.is_some() && a.cow == b.cow {
                    assert!(disjoint(a, b), "{a:?} {b:?}");
                }
                if a.gw != b.gw
                    && a.iso_without_cow.is_some()
                    && a.iso_without_cow == b.iso_without_cow
                {
                    assert!(disjoint(a, b), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn every_cow_state_of_the_cow_table_has_a_gw_code() {
        for e in entries() {
            for day in [e.from, e.until].into_iter().flatten() {
                assert!(cow_to_gw_on(e.cow, day).is_some(), "{e:?} on {day}");
            }
            let day = Date::new(2000, 1, 1).unwrap();
            if e.holds_on(day) {
                assert!(cow_to_gw_on(e.cow, day).is_some(), "{e:?}");
            }
        }
    }

    /// The days an entry is checked on: its ends, and a few days of the UCDP span.
    fn days(from: Option<Date>, until: Option<Date>) -> Vec<Date> {
        let mut days: Vec<Date> = [from, until].into_iter().flatten().collect();
        for (y, m, d) in [(1946, 1, 1), (1970, 6, 30), (1990, 12, 31), (2022, 12, 31)] {
            let day = Date::new(y, m, d).unwrap();
            if from.is_none_or(|f| f <= day) && until.is_none_or(|u| day <= u) {
                days.push(day);
            }
        }
        days
    }

    #[test]
    fn gw_codes_go_to_iso_and_back() {
        for e in gw_entries() {
            for day in days(e.from, e.until) {
                if let Some(iso) = gw_to_iso_on(e.gw, day) {
                    assert_eq!(iso_to_gw_on(iso, day), Some(e.gw), "{e:?} on {day}: {iso}");
                }
                if let Some(cow) = gw_to_cow_on(e.gw, day) {
                    assert_eq!(cow_to_gw_on(cow, day), Some(e.gw), "{e:?} on {day}: {cow}");
                }
            }
        }
    }

    #[test]
    fn gw_and_cow_codes_differ_where_the_sources_say() {
        let gw_cow = |gw, y| gw_to_cow_in_year(GwCode(gw), y).map(CowCode::get);
        let cow_gw = |cow, y| cow_to_gw_in_year(CowCode(cow), y).map(GwCode::get);
        let gw_iso = |gw, y| gw_to_iso_in_year(GwCode(gw), y).map(|c| c.to_string());
        // Germany: GW 260 continues; COW 260 then 255.
        assert_eq!(
            (gw_cow(260, 1989), gw_cow(260, 1990)),
            (Some(260), Some(255))
        );
        assert_eq!(
            (cow_gw(260, 1989), cow_gw(255, 1990)),
            (Some(260), Some(260))
        );
        assert_eq!(cow_gw(255, 1930), None); // GW 255 (to 1945) is not in the table
        assert_eq!(gw_iso(260, 1950).as_deref(), Some("DEU"));
        assert_eq!(gw_iso(265, 1989).as_deref(), Some("DDR"));
        // Serbia: GW 345 then 340; COW 345 throughout.
        assert_eq!(
            (gw_cow(345, 2005), gw_cow(340, 2006)),
            (Some(345), Some(345))
        );
        assert_eq!(
            (cow_gw(345, 2005), cow_gw(345, 2006)),
            (Some(345), Some(340))
        );
        assert_eq!((gw_cow(345, 2006), gw_cow(340, 2005)), (None, None));
        assert_eq!(gw_iso(345, 1990).as_deref(), Some("YUG"));
        assert_eq!(gw_iso(345, 2005).as_deref(), Some("SCG"));
        assert_eq!(gw_iso(340, 2006).as_deref(), Some("SRB"));
        // Yemen: GW 678 continues; COW 678 then 679.
        assert_eq!(
            (gw_cow(678, 1989), gw_cow(678, 1990)),
            (Some(678), Some(679))
        );
        assert_eq!(
            (cow_gw(679, 1990), cow_gw(680, 1989)),
            (Some(678), Some(680))
        );
        assert_eq!(gw_iso(678, 1980).as_deref(), Some("YEM"));
        assert_eq!(gw_iso(680, 1989).as_deref(), Some("YMD"));
        // Vietnam: 816 and 817 in both.
        assert_eq!(
            (gw_cow(816, 1970), gw_cow(817, 1970)),
            (Some(816), Some(817))
        );
        assert_eq!(gw_iso(816, 1975).as_deref(), Some("VDR"));
        assert_eq!(gw_iso(816, 1976).as_deref(), Some("VNM"));
        assert_eq!(gw_iso(817, 1970), None);
        // Montenegro, Kosovo, Zanzibar: the same numbers.
        assert_eq!(
            (gw_cow(341, 2010), gw_cow(347, 2010), gw_cow(511, 1963)),
            (Some(341), Some(347), Some(511))
        );
        assert_eq!(gw_iso(341, 2006).as_deref(), Some("MNE"));
        assert_eq!(gw_iso(347, 2008).as_deref(), Some("XKX"));
        assert_eq!(gw_iso(511, 1963), None);
        // Microstates: COW 970 is Nauru, GW 970 Kiribati.
        for (gw, cow, iso) in [
            (970, 946, "KIR"),
            (971, 970, "NRU"),
            (972, 955, "TON"),
            (973, 947, "TUV"),
        ] {
            assert_eq!(gw_cow(gw, 2000), Some(cow));
            assert_eq!(cow_gw(cow, 2000), Some(gw));
            assert_eq!(gw_iso(gw, 2000).as_deref(), Some(iso));
        }
        // Rhodesia: in GW, not in COW; ISO RHO.
        assert_eq!((gw_cow(552, 1979), gw_cow(552, 1980)), (None, Some(552)));
        assert_eq!(gw_iso(552, 1979).as_deref(), Some("RHO"));
        assert_eq!(gw_iso(552, 1980).as_deref(), Some("ZWE"));
        // Tibet: in GW only, no ISO code.
        assert_eq!((gw_cow(711, 1949), gw_iso(711, 1949)), (None, None));
        assert!(gw_entries_for(GwCode(711)).next().is_some());
        // Unknown codes, and years outside 1000-9999.
        assert_eq!(
            (gw_cow(1, 2000), gw_iso(999, 2000), gw_iso(2, 10_000)),
            (None, None, None)
        );
    }

    #[test]
    fn territories_get_the_code_of_the_state_they_became_or_their_own_or_none() {
        let iso = |code, y| territory_iso_in_year(GwCode(code), y).map(|c| c.to_string());
        assert_eq!(iso(615, 1950).as_deref(), Some("DZA"));
        assert_eq!(iso(434, 1950).as_deref(), Some("DHY"));
        assert_eq!(iso(552, 1950).as_deref(), Some("RHO"));
        assert_eq!(iso(490, 1950).as_deref(), Some("ZAR"));
        assert_eq!(iso(490, 2000).as_deref(), Some("COD"));
        assert_eq!(iso(609, 1960).as_deref(), Some("ESH"));
        assert_eq!(iso(699, 1967).as_deref(), Some("PSE"));
        assert_eq!(iso(6511, 1950), None);
        assert_eq!(iso(340, 1990), None); // Serbia before 2006: part of GW 345
        assert_eq!(iso(9999, 2000), None);
    }

    #[test]
    fn gw_codes_parse_as_numbers() {
        assert_eq!(" 260 ".parse::<GwCode>().unwrap(), GwCode(260));
        assert!("GFR".parse::<GwCode>().is_err());
        assert_eq!(GwCode::from(340).to_string(), "340");
    }
}
