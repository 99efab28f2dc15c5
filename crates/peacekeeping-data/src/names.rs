//! Names found in data files, mapped to ids: the one place that knows how the IPI and UN
//! files spell missions and countries.
//!
//! - [`mission_id`]: a mission acronym as a file writes it (`"ONUCI"`, `"UNOSOM II"`) to
//!   the [`MissionId`] in the UN's spelling (`"UNOCI"`, `"UNOSOM-II"`).
//! - [`country_code`]: a country name as a file writes it (`"Cote d Ivoire"`,
//!   `"DR Congo"`, `"South Sudan'"`) to its ISO 3166-1 alpha-3 [`CountryCode`].
//! - [`closest_country`]: for a name [`country_code`] does not know, the known name
//!   nearest to it (`"Cote d'Ivore"` is nearest `"Côte d'Ivoire"`), which the importers
//!   put in the reason of a row they skip for an unknown country.
//!
//! - [`host`]: the host of a deployment as Geo-PKO and RADPKO name it (`"DRC"`,
//!   `"Ethiopia/Eritrea"`, `"Abyei"`), a [`Host`]: a country, or a territory two
//!   countries dispute.
//! - [`contributor_group`]: a contributor Geo-PKO names that is no single country
//!   (`"Multinational"`, `"CARICOM"`, `"UN"`); [`radpko_contributor`]: the country of a
//!   RADPKO contributor column (`cote.d.ivoire`, `south.korea`, `uk`).
//!
//! - [`known_mission`]: the mission of the embedded [reference dataset](crate::reference)
//!   an id or acronym names, if any; [`closest_mission`]: for one it does not know, the
//!   reference mission whose acronym is nearest (`"MINUSMAA"` is nearest MINUSMA). The
//!   importers list the acronyms they read that name no reference mission in
//!   [`Import::unknown_missions`](crate::Import::unknown_missions), with that suggestion.
//!   [`known_mission_on`]: the same on a date, for the acronyms that the files use for
//!   several missions in turn (`UNOSOM` for UNOSOM I and, from 1993, UNOSOM II).
//! - [`m49_matches`]: whether a UN M49 numeric code is that of a country code (the UN's
//!   fatality file gives both).

use std::collections::HashMap;
use std::sync::OnceLock;

use peacekeeping_core::{CountryCode, Date, MissionId};

/// Acronyms the IPI files use for a mission that the UN spells differently, and the UN's
/// spelling. Matched after whitespace has become `-`.
const MISSION_ALIASES: &[(&str, &str)] = &[
    // The files have both: the French acronym of the UN Operation in Côte d'Ivoire
    // (Opération des Nations Unies en Côte d'Ivoire) and the English one the UN uses.
    ("ONUCI", "UNOCI"),
    // The UN Civilian Police Support Group in Croatia (1998).
    ("UNPSG", "UNCPSG"),
];

/// The mission id of an acronym as the IPI and UN files write it.
///
/// Normalizes the quirks of the IPI files (SOURCES.md):
/// - surrounding whitespace is removed, and whitespace inside an acronym becomes one `-`:
///   `"UNOSOM II"` is `UNOSOM-II` (the files have both `UNOSOM` and `UNOSOM II`, and
///   `UNAVEM II` beside `UNAVEM`);
/// - `ONUCI` (French) is `UNOCI`, the acronym the UN uses for the same mission;
/// - `UNPSG` is the UN's `UNCPSG`;
/// - `UNAVEM`, which in the IPI files lumps UNAVEM I to III together, stays `UNAVEM`: the
///   files do not say which of the three a figure belongs to.
///
/// Letter case is kept: ids are case-sensitive and the files write acronyms in capitals.
///
/// The acronym is not checked against the missions of the reference dataset, so that a
/// mission it lacks can still be read: [`known_mission`] does that check, and the
/// importers report what it does not know (see [`Import::unknown_missions`](
/// crate::Import::unknown_missions)). Only invalid characters are an error.
///
/// ```
/// use peacekeeping_data::names::mission_id;
///
/// assert_eq!(mission_id("ONUCI")?.as_str(), "UNOCI");
/// assert_eq!(mission_id(" UNOSOM  II ")?.as_str(), "UNOSOM-II");
/// assert!(mission_id("MINUSMA?").is_err());
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
///
/// # Errors
/// [`peacekeeping_core::Error::InvalidId`] if the normalized acronym is not a valid
/// [`MissionId`]: empty, longer than 64 bytes, or holding characters other than ASCII
/// letters, digits and `- _ . : / +`.
pub fn mission_id(acronym: &str) -> Result<MissionId, peacekeeping_core::Error> {
    // The usual case, an acronym without whitespace: nothing to join, so no copy.
    if !acronym.chars().any(char::is_whitespace) {
        let id = MISSION_ALIASES
            .iter()
            .find(|(alias, _)| *alias == acronym)
            .map_or(acronym, |(_, un)| un);
        return MissionId::new(id);
    }
    let joined = acronym.split_whitespace().collect::<Vec<_>>().join("-");
    let id = MISSION_ALIASES
        .iter()
        .find(|(alias, _)| *alias == joined)
        .map_or(joined.as_str(), |(_, un)| un);
    MissionId::new(id)
}

/// The id of the mission of the embedded [reference dataset](crate::reference::dataset)
/// that `id` names: its id (`"UNOSOM-II"`), its acronym (`"UNOSOM II"`) or one of its
/// aliases, ignoring case, spaces and punctuation; `None` if it names none. The mission
/// itself is `reference::dataset().mission(id)`.
///
/// This reads only the names of the reference missions (once), not the whole dataset:
/// the importers call it for every acronym they meet.
///
/// The importers read any well-formed acronym, so that a mission the reference dataset
/// lacks is still read, and list those this function does not know in
/// [`Import::unknown_missions`](crate::Import::unknown_missions).
///
/// ```
/// use peacekeeping_data::names::known_mission;
///
/// assert_eq!(known_mission("MINUSMA").map(|id| id.as_str()), Some("MINUSMA"));
/// assert_eq!(known_mission("unosom ii").map(|id| id.as_str()), Some("UNOSOM-II"));
/// assert!(known_mission("MINUSMAA").is_none());
/// ```
#[must_use]
pub fn known_mission(id: &str) -> Option<&'static MissionId> {
    known_by_key(&acronym_key(id))
}

/// [`known_mission`] of a name already turned into its [`acronym_key`].
fn known_by_key(key: &str) -> Option<&'static MissionId> {
    static TABLE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        mission_keys()
            .iter()
            .map(|(key, index)| (key.as_str(), *index))
            .collect()
    });
    let index = table.get(key)?;
    crate::reference::mission_names().get(*index).map(|m| &m.id)
}

/// Acronyms that the data files use for several reference missions in turn, with those
/// missions in order. The IPI files and Passmore, Shannon & Hart's authorised-strength
/// file (both compiled from the UN's monthly reports) write `UNAVEM` for UNAVEM I to III
/// and `UNOSOM` for UNOSOM I and then UNOSOM II up to May 1994 (the authorised-strength
/// file gives `UNOSOM` UNOSOM II's ceiling of 28,000 from April 1993). The reference
/// dataset gives each acronym as an alias of the first mission. The UN's fatality file
/// writes `UNEF` for UNEF I (1956-1967) and UNEF II (1973-1979) alike.
const LUMPED_ACRONYMS: &[(&str, &[&str])] = &[
    ("UNAVEM", &["UNAVEM-I", "UNAVEM-II", "UNAVEM-III"]),
    ("UNEF", &["UNEF-I", "UNEF-II"]),
    ("UNOSOM", &["UNOSOM-I", "UNOSOM-II"]),
];

/// The id of the reference mission that `id` names on `date`: [`known_mission`], except
/// for the acronyms the files use for several missions in turn (`UNAVEM` for UNAVEM I to
/// III, `UNOSOM` for UNOSOM I and II), which name the one of those missions whose
/// reference period contains `date` (or, between or after them, the latest one started by
/// then; before them, the first).
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_data::names::known_mission_on;
///
/// let on = |acronym, y, m, d| -> Result<_, peacekeeping_core::Error> {
///     Ok(known_mission_on(acronym, Date::new(y, m, d)?).map(|id| id.as_str()))
/// };
/// assert_eq!(on("UNOSOM", 1992, 12, 31)?, Some("UNOSOM-I"));
/// assert_eq!(on("UNOSOM", 1993, 4, 30)?, Some("UNOSOM-II")); // UNOSOM I ended on 31 March 1993
/// assert_eq!(on("UNAVEM", 1996, 1, 31)?, Some("UNAVEM-III"));
/// assert_eq!(on("UNEF", 1974, 6, 30)?, Some("UNEF-II"));
/// assert_eq!(on("MINUSMA", 2015, 5, 31)?, Some("MINUSMA"));
/// assert_eq!(on("UNFOR", 1996, 1, 31)?, None);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn known_mission_on(id: &str, date: Date) -> Option<&'static MissionId> {
    let key = acronym_key(id);
    let Some((_, lumped)) = LUMPED_ACRONYMS.iter().find(|(acronym, _)| *acronym == key) else {
        return known_by_key(&key);
    };
    let data = crate::reference::dataset();
    let missions: Vec<_> = lumped.iter().filter_map(|id| data.mission(id)).collect();
    missions
        .iter()
        .find(|m| m.is_active_on(date))
        .or_else(|| missions.iter().rev().find(|m| m.period.start() <= date))
        .or(missions.first())
        .map(|m| &m.id)
}

/// UN M49 codes that differ from the ISO 3166 numeric code of the same alpha-3 code.
/// M49 code 890 is the former Socialist Federal Republic of Yugoslavia (UNSD's code
/// list, as UN Comtrade's partner areas give it: 890 "Fmr Yugoslavia", 891 "Serbia and
/// Montenegro"); ISO 3166-3 gives `YUG` the numeric code 891, which `SCG` kept (ISO
/// 3166-1 Newsletter V-8, 2003). The UN's fatality file codes every Yugoslav row `YUG`
/// and 890.
const M49_OTHER_CODES: &[(&str, u16)] = &[("YUG", 890)];

/// Whether `m49` is the UN M49 numeric code of `country`: its ISO 3166-1 numeric code
/// (the ISO numeric codes are M49's), the ISO 3166-3 numeric code of a former country
/// (`SCG` 891, `SUN` 810), or one of the few M49 codes that differ from ISO's (`YUG`
/// 890). `None` when no numeric code of `country` is known (`XKX`, Kosovo, has none).
///
/// ```
/// use peacekeeping_data::names::m49_matches;
///
/// assert_eq!(m49_matches("FRA".parse()?, 250), Some(true));
/// assert_eq!(m49_matches("FRA".parse()?, 251), Some(false));
/// assert_eq!(m49_matches("SCG".parse()?, 891), Some(true));
/// assert_eq!(m49_matches("YUG".parse()?, 890), Some(true));
/// assert_eq!(m49_matches("XKX".parse()?, 0), None);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn m49_matches(country: CountryCode, m49: u16) -> Option<bool> {
    let code = country.as_str();
    let iso = rust_iso3166::from_alpha3(code)
        .map(|c| c.numeric)
        .or_else(|| {
            rust_iso3166::iso3166_3::ALL
                .iter()
                .find(|c| c.former.alpha3 == code)
                .map(|c| c.former.numeric)
        });
    let other = M49_OTHER_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n);
    if iso.is_none() && other.is_none() {
        return None;
    }
    Some(iso == Some(m49) || other == Some(m49))
}

/// Names that stand for a reference mission only in one country, with the country (ISO
/// 3166-1 alpha-3, as the crosswalk gives the file's COW code on the row's date) and the
/// mission: `(name, host, mission id)`. [`mission_in`] reads them. The non-UN
/// peacekeeping file (`non-un-pko/`, Bara & Hultman 2020, from SIPRI) writes several
/// operations under one short name and tells them apart only by the country of the row,
/// and writes some operations under the name of the organization or commission that
/// runs them (`CIS`, `CEMAC`, `JCC`), which names no operation elsewhere.
const MISSIONS_BY_HOST: &[(&str, &str, &str)] = &[
    // Operations under their organization's or commission's name: the CIS's Collective
    // Peacekeeping Forces in Tajikistan (1993-2000), the CEMAC's force in the Central
    // African Republic (FOMUC, 2002-2008), and the joint force of the Joint Control
    // Commission in Moldova's Dniester region (from 1992).
    ("CIS", "TJK", "CPKF-Tajikistan"),
    ("CEMAC", "CAF", "FOMUC"),
    ("JCC", "MDA", "JPKF-Transnistria"),
    // ECOWAS's Ceasefire Monitoring Group: Liberia (1990-1998) and the interposition
    // force in Guinea-Bissau (1998-1999).
    ("ECOMOG", "LBR", "ECOMOG-Liberia"),
    ("ECOMOG", "GNB", "ECOMOG-Guinea-Bissau"),
    // ECOWAS's operations under the organization's name: its mission in Côte d'Ivoire
    // (2002-2004); ECOMOG in Sierra Leone is not in the reference dataset.
    ("ECOWAS", "CIV", "ECOMICI"),
    // The EU's advisory missions: Ukraine (from 2014).
    ("EUAM", "UKR", "EUAM-Ukraine"),
    // The EU's military operations: `EUFOR` is EUFOR Althea in Bosnia and Herzegovina
    // (the file writes it `EUFOR Althea` there), Concordia in Macedonia (2003), EUFOR RD
    // Congo (2006) and EUFOR Tchad/RCA in Chad (2008-2009).
    ("EUFOR", "BIH", "EUFOR-Althea"),
    ("EUFOR", "MKD", "EUFOR-Concordia"),
    ("EUFOR", "COD", "EUFOR-RD-Congo"),
    ("EUFOR", "TCD", "EUFOR-Tchad/RCA"),
    // The EU's police missions: Afghanistan (2007-2016), Bosnia and Herzegovina (EUPM,
    // 2003-2012) and Macedonia (Proxima, 2003-2005).
    ("EUPOL", "AFG", "EUPOL-Afghanistan"),
    ("EUPOL", "BIH", "EUPM"),
    ("EUPOL", "MKD", "EUPOL-Proxima"),
    // The EU's training missions: Mali (from 2013) and Somalia (from 2010).
    ("EUTM", "MLI", "EUTM-Mali"),
    ("EUTM", "SOM", "EUTM-Somalia"),
    // The EU's civilian capacity-building missions in the Sahel: Niger (from 2012) and
    // Mali (from 2014).
    ("EUCAP Sahel", "NER", "EUCAP-Sahel-Niger"),
    ("EUCAP Sahel", "MLI", "EUCAP-Sahel-Mali"),
];

/// The id of the reference mission that `name` names when a file finds it in country
/// `host`: for the few names that stand for several operations, each in its own
/// country, the one in `host`; for any other name, [`known_mission`]`(name)`.
///
/// The names told apart by country, and the rule for each (a name with several
/// operations in one country would not be; none has):
///
/// | name | country | mission |
/// |---|---|---|
/// | `CIS` | Tajikistan | `CPKF-Tajikistan` |
/// | `CEMAC` | Central African Republic | `FOMUC` |
/// | `JCC` | Moldova | `JPKF-Transnistria` |
/// | `ECOMOG` | Liberia, Guinea-Bissau | `ECOMOG-Liberia`, `ECOMOG-Guinea-Bissau` |
/// | `ECOWAS` | Côte d'Ivoire | `ECOMICI` |
/// | `EUAM` | Ukraine | `EUAM-Ukraine` |
/// | `EUFOR` | Bosnia and Herzegovina, North Macedonia, DR Congo, Chad | `EUFOR-Althea`, `EUFOR-Concordia`, `EUFOR-RD-Congo`, `EUFOR-Tchad/RCA` |
/// | `EUPOL` | Afghanistan, Bosnia and Herzegovina, North Macedonia | `EUPOL-Afghanistan`, `EUPM`, `EUPOL-Proxima` |
/// | `EUTM` | Mali, Somalia | `EUTM-Mali`, `EUTM-Somalia` |
/// | `EUCAP Sahel` | Niger, Mali | `EUCAP-Sahel-Niger`, `EUCAP-Sahel-Mali` |
///
/// Such a name in any other country names no mission: `None`, rather than one of its
/// operations elsewhere (ECOMOG in Sierra Leone is neither the Liberian nor the
/// Guinea-Bissau operation; `EUFOR` in Chad is EUFOR Tchad/RCA, not EUFOR Althea, though
/// `EUFOR` alone is one of Althea's aliases). Names are compared as [`known_mission`] compares them
/// (letters and digits, ignoring case).
///
/// ```
/// use peacekeeping_data::names::mission_in;
///
/// let id = |name, host: &str| -> Result<Option<&str>, peacekeeping_core::Error> {
///     Ok(mission_in(name, host.parse()?).map(|id| id.as_str()))
/// };
/// assert_eq!(id("ECOMOG", "GNB")?, Some("ECOMOG-Guinea-Bissau"));
/// assert_eq!(id("ECOMOG", "LBR")?, Some("ECOMOG-Liberia"));
/// assert_eq!(id("ECOMOG", "SLE")?, None);
/// // Any other name is looked up as `known_mission` looks it up.
/// assert_eq!(id("UNMIBH ", "BIH")?, Some("UNMIBH"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn mission_in(name: &str, host: CountryCode) -> Option<&'static MissionId> {
    // `MISSIONS_BY_HOST` by the key of its names: (country, mission id) of each.
    type ByKey = HashMap<String, Vec<(&'static str, &'static str)>>;
    static BY_KEY: OnceLock<ByKey> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        let mut by_key = ByKey::new();
        for &(shared, country, id) in MISSIONS_BY_HOST {
            by_key
                .entry(acronym_key(shared))
                .or_default()
                .push((country, id));
        }
        by_key
    });
    let key = acronym_key(name);
    let Some(shared) = by_key.get(&key) else {
        return known_by_key(&key);
    };
    shared
        .iter()
        .find(|(country, _)| *country == host.as_str())
        .and_then(|(_, id)| known_mission(id))
}

/// The id of the reference mission whose acronym (or id, or alias) is nearest to
/// `acronym`: for an acronym [`known_mission`] does not know, the suggestion the
/// importers report with it (`"MINUSMAA"` is nearest MINUSMA).
///
/// Acronyms are compared by their letters and digits, ignoring case, with the edit
/// distance of [`closest_country`] (insertions, deletions, substitutions and swaps of two
/// adjacent letters), and the same cutoff: at most a quarter of the letters of `acronym`
/// away, and at least one (1 edit for 3 to 7 letters, 2 for 8 to 11). An acronym of
/// fewer than 3 letters gets no suggestion. The nearest wins; between as near, the first
/// in the reference dataset's order of missions. A known acronym is its own closest
/// match.
///
/// ```
/// use peacekeeping_data::names::closest_mission;
///
/// assert_eq!(closest_mission("MINUSMAA").map(|id| id.as_str()), Some("MINUSMA"));
/// assert_eq!(closest_mission("UNIFL").map(|id| id.as_str()), Some("UNIFIL"));
/// assert!(closest_mission("XYZZY").is_none());
/// ```
#[must_use]
pub fn closest_mission(acronym: &str) -> Option<&'static MissionId> {
    let keys = mission_keys()
        .iter()
        .map(|(known, index)| (known.as_str(), index));
    nearest(&acronym_key(acronym), keys)
        .and_then(|&index| crate::reference::mission_names().get(index))
        .map(|m| &m.id)
}

/// The reason given with an acronym that names no reference mission, with the closest
/// one if there is one (see [`closest_mission`]).
pub(crate) fn unknown_mission(closest: Option<&MissionId>) -> String {
    match closest {
        Some(id) => format!("no mission of the reference dataset; closest known: {id}"),
        None => "no mission of the reference dataset; no known acronym is close".to_owned(),
    }
}

/// An acronym reduced to its upper-case ASCII letters and digits: `"UNOSOM II"` and
/// `"UNOSOM-II"` are both `"UNOSOMII"`.
fn acronym_key(acronym: &str) -> String {
    acronym
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The [`acronym_key`] of every id, acronym and alias of the reference missions, with the
/// index of its mission, in the dataset's order; a key given twice keeps its first
/// mission.
fn mission_keys() -> &'static [(String, usize)] {
    static KEYS: OnceLock<Vec<(String, usize)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut seen = std::collections::HashSet::new();
        let mut keys = Vec::new();
        for (index, m) in crate::reference::mission_names().iter().enumerate() {
            let names = [m.id.as_str(), m.acronym.as_str()]
                .into_iter()
                .chain(m.aliases.iter().map(String::as_str));
            for name in names {
                let key = acronym_key(name);
                if !key.is_empty() && seen.insert(key.clone()) {
                    keys.push((key, index));
                }
            }
        }
        keys
    })
}

/// Names of countries that ISO 3166 spells differently, as the IPI, UN, Geo-PKO and
/// RADPKO files write them, with their ISO 3166-1 alpha-3 code. Names the ISO tables
/// already give (after the normalization of [`country_code`]) are not repeated here.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("Bolivia", "BOL"),
    // Geo-PKO's TCCMap (UNCRO and UNPROFOR, 1995), beside its `UK` and `United Kingdom`.
    ("Britain", "GBR"),
    ("Brunei", "BRN"),
    ("Cape Verde", "CPV"),
    ("Czech Republic", "CZE"),
    ("DR Congo", "COD"),
    // Geo-PKO: FrontMap's host of MONUC and MONUSCO, and TCCMap's `Drc` (MINUSCA).
    ("DRC", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    // RADPKO's host of MONUC and MONUSCO.
    ("Democratic Republic of Congo", "COD"),
    ("DPR Korea", "PRK"),
    ("Federated States of Micronesia", "FSM"),
    ("Holy See (Vatican City State)", "VAT"),
    ("Iran", "IRN"),
    ("Ivory Coast", "CIV"),
    // Geo-PKO's TCCMap: the Republic of Korea (ROK), as UN maps label its units.
    ("Korea (ROK)", "KOR"),
    ("Kosovo", "XKX"),
    ("Macedonia", "MKD"),
    ("Macedonia, FYROM", "MKD"),
    ("The former Yugoslav Republic of Macedonia", "MKD"),
    // The same name cut at 30 characters, as in ipi-tcc/countries and Gender.Full.csv.
    ("The former Yugoslav Republic o", "MKD"),
    ("Micronesia", "FSM"),
    ("Moldova", "MDA"),
    ("Moldova, Republic of", "MDA"),
    ("Republic of Moldova", "MDA"),
    ("Netherlands", "NLD"),
    ("Republic of Korea", "KOR"),
    // Geo-PKO's TCCMap and RADPKO's `russia` columns; ISO's name is "Russian Federation".
    ("Russia", "RUS"),
    ("South Korea", "KOR"),
    ("Swaziland", "SWZ"),
    ("Syria", "SYR"),
    ("Tanzania", "TZA"),
    ("Tanzania, United Republic of", "TZA"),
    ("United Republic of Tanzania", "TZA"),
    ("Turkey", "TUR"),
    // Geo-PKO's TCCMap and RADPKO's `uk` columns.
    ("UK", "GBR"),
    ("United Kingdom", "GBR"),
    ("United States", "USA"),
    // Geo-PKO's TCCMap writes both `USA` and `Us` (its script title-cases `US`).
    ("USA", "USA"),
    ("US", "USA"),
    ("Venezuela", "VEN"),
    // Former countries (ISO 3166-3), whose ISO names carry a long form.
    ("Czechoslovakia", "CSK"),
    ("Soviet Union", "SUN"),
    ("USSR", "SUN"),
    ("Yugoslavia", "YUG"),
    ("Zaire", "ZAR"),
];

/// The ISO 3166-1 alpha-3 code of a country name as the IPI and UN files write it, or
/// `None` if the name is not known.
///
/// Names are compared by their letters and digits only, ignoring case, accents,
/// punctuation and spaces, so `"Cote d Ivoire"` matches ISO's `"Côte d'Ivoire"`,
/// `"Virgin Islands British"` matches `"Virgin Islands (British)"`, and the stray quote of
/// `"South Sudan'"` (ipi-tcc/Data.Mission.csv) is ignored. A name is looked up in turn
/// in an explicit alias table for names ISO spells differently (`"DR Congo"`, `"Bolivia"`,
/// `"Iran"`, `"Macedonia"`, `"Republic of Korea"`, `"Tanzania"`, `"United Kingdom"`, ...),
/// in the current ISO 3166-1 names, and in the names of former countries (ISO 3166-3:
/// `"Serbia and Montenegro"`; the alias table adds `"Yugoslavia"`, `"Zaire"`, `"USSR"`,
/// ...).
///
/// ```
/// use peacekeeping_data::names::country_code;
///
/// assert_eq!(country_code("Cote d Ivoire").map(|c| c.to_string()).as_deref(), Some("CIV"));
/// assert_eq!(country_code("DR Congo").map(|c| c.to_string()).as_deref(), Some("COD"));
/// assert_eq!(country_code("South Sudan'").map(|c| c.to_string()).as_deref(), Some("SSD"));
/// assert_eq!(country_code("Atlantis"), None);
/// ```
#[must_use]
pub fn country_code(name: &str) -> Option<CountryCode> {
    let key = name_key(name);
    if key.is_empty() {
        return None;
    }
    country_table().get(&key).copied()
}

/// The known country name nearest to `name`, with its code: for a name
/// [`country_code`] does not know, the suggestion an importer puts in the reason of a
/// skipped row (`unknown country "Cote d'Ivore"; closest known: "Côte d'Ivoire" (CIV)`).
///
/// Names are compared as [`country_code`] compares them (letters and digits only,
/// ignoring case, accents, punctuation and spaces) against every name it knows: the
/// alias table, the ISO 3166-1 names and the ISO 3166-3 names of former countries. The
/// distance is the number of single-letter edits (insertions, deletions, substitutions,
/// and swaps of two adjacent letters) between the two.
///
/// **Cutoff.** A name is suggested only if it is at most a quarter of the letters of
/// `name` away, and at least one: 1 edit for 3 to 7 letters, 2 for 8 to 11, 3 for 12
/// to 15, and so on. A name of fewer than 3 letters (`"NA"`, `"UK"`) gets no
/// suggestion, and neither does one that no known name is that close to (`"Atlantis"`,
/// or `"Korea"`, which is ambiguous and far from both Koreas' names). The nearest name
/// wins; between names as near, the alias table first, then ISO 3166-1, then ISO 3166-3,
/// each in its order. The name returned is spelled as its table spells it; a known name
/// is its own closest match.
///
/// ```
/// use peacekeeping_data::names::closest_country;
///
/// let (name, code) = closest_country("Cote d'Ivore").ok_or("no match")?;
/// assert_eq!((name.as_str(), code.as_str()), ("Côte d'Ivoire", "CIV"));
/// assert_eq!(closest_country("Bangaldesh").map(|(_, c)| c.to_string()).as_deref(), Some("BGD"));
/// assert_eq!(closest_country("Atlantis"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn closest_country(name: &str) -> Option<(String, CountryCode)> {
    let keys = known_names()
        .iter()
        .map(|known| (known.key.as_str(), known));
    nearest(&name_key(name), keys).map(|known| (known.name.to_owned(), known.code))
}

/// The value of the key nearest `key` by edit distance among `candidates`, within the
/// cutoff of [`closest_country`] and [`closest_mission`]: a quarter of `key`'s length,
/// and at least 1; `None` for a key of fewer than 3 letters. Between candidates as near,
/// the first.
fn nearest<'k, T>(key: &str, candidates: impl Iterator<Item = (&'k str, T)>) -> Option<T> {
    if key.len() < 3 {
        return None;
    }
    let cutoff = (key.len() / 4).max(1);
    let mut best: Option<(usize, T)> = None;
    for (known, value) in candidates {
        // The distance is at least the difference in length: skip what cannot be near.
        if known.len().abs_diff(key.len()) > cutoff {
            continue;
        }
        let distance = edit_distance(key.as_bytes(), known.as_bytes());
        if distance <= cutoff && best.as_ref().is_none_or(|(nearest, _)| distance < *nearest) {
            best = Some((distance, value));
        }
    }
    best.map(|(_, value)| value)
}

/// The reason of a row or file skipped because `name` is not a known country, with the
/// closest known name if there is one (see [`closest_country`]).
pub(crate) fn unknown_country(name: &str) -> String {
    match closest_country(name) {
        Some((known, code)) => {
            format!("unknown country {name:?}; closest known: {known:?} ({code})")
        }
        None => format!("unknown country {name:?}; no known name is close"),
    }
}

/// The number of edits between `a` and `b`: insertions, deletions, substitutions and
/// swaps of two adjacent characters (the optimal string alignment distance).
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    // Three rows of the table: i - 1, i and i + 1 characters of `a` against each prefix
    // of `b`.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            let mut d = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && a[i - 1] == cb && ca == b[j - 1] {
                d = d.min(before[j - 1] + 1);
            }
            current[j + 1] = d;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// A known country name: its [`name_key`], its spelling in its table, and its code.
struct KnownName {
    key: String,
    name: &'static str,
    code: CountryCode,
}

/// Every known name, one per [`name_key`]: aliases first, then current ISO names, then
/// former ones; an earlier entry wins.
fn known_names() -> &'static [KnownName] {
    static NAMES: OnceLock<Vec<KnownName>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let aliases = COUNTRY_ALIASES.iter().map(|&(n, c)| (n, c));
        let current = rust_iso3166::ALL_ALPHA3
            .iter()
            .filter_map(|code| rust_iso3166::from_alpha3(code))
            .map(|c| (c.name, c.alpha3));
        let former = rust_iso3166::iso3166_3::ALL
            .iter()
            .map(|c| (c.former.name, c.former.alpha3));
        let mut seen = std::collections::HashSet::new();
        let mut names = Vec::new();
        for (name, code) in aliases.chain(current).chain(former) {
            // Every code in these tables is valid; `ok()` keeps a bad one out, not a panic.
            let Ok(code) = CountryCode::new(code) else {
                continue;
            };
            let key = name_key(name);
            if seen.insert(key.clone()) {
                names.push(KnownName { key, name, code });
            }
        }
        names
    })
}

/// Every known name, by [`name_key`] (see [`known_names`]).
fn country_table() -> &'static HashMap<String, CountryCode> {
    static TABLE: OnceLock<HashMap<String, CountryCode>> = OnceLock::new();
    TABLE.get_or_init(|| {
        known_names()
            .iter()
            .map(|known| (known.key.clone(), known.code))
            .collect()
    })
}

/// A name reduced to its lower-case ASCII letters and digits, accents folded:
/// `"Côte d'Ivoire"` and `"Cote d Ivoire"` are both `"cotedivoire"`.
fn name_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The unaccented letter of a lower-case Latin letter with a diacritic, as in country
/// names (`å`, `ç`, `é`, `ô`, `ü`); other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

/// Where a deployment is, as Geo-PKO and RADPKO name its host: a country, or a territory
/// two countries dispute that the file names as such rather than give to either.
///
/// `Display` writes the code, or the two codes joined by `/` in the file's order
/// (`ETH/ERI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Host {
    /// A country.
    Country(CountryCode),
    /// A territory disputed between two countries, in the order the file names them (or
    /// the order of [`host`]'s table of disputed areas).
    Disputed([CountryCode; 2]),
}

impl Host {
    /// The country, or the two countries of a disputed territory.
    #[must_use]
    pub fn countries(&self) -> &[CountryCode] {
        match self {
            Host::Country(code) => std::slice::from_ref(code),
            Host::Disputed(codes) => codes,
        }
    }

    /// The country, if the host is one country.
    #[must_use]
    pub fn country(&self) -> Option<CountryCode> {
        match self {
            Host::Country(code) => Some(*code),
            Host::Disputed(_) => None,
        }
    }
}

impl core::fmt::Display for Host {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Host::Country(code) => f.write_str(code.as_str()),
            Host::Disputed([a, b]) => write!(f, "{a}/{b}"),
        }
    }
}

/// Areas a file names as a deployment's host that belong to no one country, with the two
/// countries that dispute them.
const DISPUTED_AREAS: &[(&str, [&str; 2])] = &[
    // RADPKO's host of UNISFA: the Abyei Area, whose final status between Sudan and
    // South Sudan is unsettled; UNISFA was set up for it by Security Council resolution
    // 1990 (2011), S/RES/1990(2011). (Geo-PKO puts UNISFA's sites in Sudan.)
    ("Abyei", ["SDN", "SSD"]),
];

/// The host of a deployment as Geo-PKO's FrontMap (`country`) and RADPKO (`country`)
/// name it, or `None` if the name is not known.
///
/// - A country name, through [`country_code`] (`"DRC"` is `COD`, `"Ivory Coast"` is
///   `CIV`).
/// - Two country names joined by `/`: a territory both dispute, [`Host::Disputed`] in that
///   order. Geo-PKO writes `Ethiopia/Eritrea` for two UNMEE sites (Badme, Deda Lala) in
///   the territory both claimed.
/// - A disputed area by its name: `Abyei` (RADPKO's host of UNISFA) is disputed between
///   Sudan and South Sudan (UNISFA's mandate, S/RES/1990(2011)).
///
/// ```
/// use peacekeeping_data::names::{host, Host};
///
/// assert_eq!(host("DRC"), Some(Host::Country("COD".parse()?)));
/// assert_eq!(host("Ethiopia/Eritrea").map(|h| h.to_string()).as_deref(), Some("ETH/ERI"));
/// assert_eq!(host("Abyei").map(|h| h.to_string()).as_deref(), Some("SDN/SSD"));
/// assert_eq!(host("Atlantis/Ghana"), None);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[must_use]
pub fn host(name: &str) -> Option<Host> {
    let key = name_key(name);
    if let Some((_, codes)) = DISPUTED_AREAS
        .iter()
        .find(|(area, _)| name_key(area) == key)
    {
        let [a, b] = codes.map(CountryCode::new);
        return Some(Host::Disputed([a.ok()?, b.ok()?]));
    }
    match name.split_once('/') {
        Some((a, b)) => Some(Host::Disputed([country_code(a)?, country_code(b)?])),
        None => country_code(name).map(Host::Country),
    }
}

/// Contributors Geo-PKO's TCCMap names that are no single country, by the name this crate
/// gives them (matched as [`country_code`] matches names).
const CONTRIBUTOR_GROUPS: &[&str] = &[
    // A unit the map marks as multinational, without its countries (UNFICYP, UNIFIL,
    // UNPREDEP, UNPROFOR, UNMIH, MINUSMA, MONUSCO).
    "Multinational",
    // The Caribbean Community's battalion in UNMIH (Port-au-Prince, 1995).
    "CARICOM",
    // The file's `Un` (its script title-cases `UN`): a unit the map marks as the UN's
    // own, beside the national ones (UNISFA, 2022-2024).
    "UN",
];

/// The name of a contributor that Geo-PKO's TCCMap names and that is no single country:
/// `"Multinational"`, `"CARICOM"` or `"UN"` (the file's `Un`), ignoring case, spaces and
/// punctuation; `None` for any other name.
///
/// ```
/// use peacekeeping_data::names::contributor_group;
///
/// assert_eq!(contributor_group("Un"), Some("UN"));
/// assert_eq!(contributor_group("multinational"), Some("Multinational"));
/// assert_eq!(contributor_group("Nepal"), None);
/// ```
#[must_use]
pub fn contributor_group(name: &str) -> Option<&'static str> {
    let key = name_key(name);
    CONTRIBUTOR_GROUPS
        .iter()
        .copied()
        .find(|group| name_key(group) == key)
}

/// RADPKO contributor column names (before their `_untrp`, `_unpol`, `_unmob` suffix)
/// that [`country_code`] alone does not map, with their code.
const RADPKO_CONTRIBUTORS: &[(&str, &str)] = &[
    // RADPKO has both `korea` and `south.korea` column groups; only the Republic of Korea
    // has deployed to these missions (the `korea` columns are 0 in every row of the
    // file). A bare "Korea" is ambiguous elsewhere, so it is mapped here only.
    ("korea", "KOR"),
];

/// The country of a RADPKO contributor column group, by its name as the header writes
/// it before the `_untrp`, `_unpol` and `_unmob` suffixes: lower case, dots for spaces
/// (`cote.d.ivoire`, `south.africa`, `democratic.republic.of.the.congo`, `uk`).
///
/// The dots become spaces and the name goes through [`country_code`]; RADPKO's `korea` is
/// the Republic of Korea (`KOR`), like its `south.korea`. `yugoslavia` is `YUG`, as the
/// name says: [`radpko::read_base_years`](crate::radpko::read_base_years) gives the state
/// of its year instead (it is non-zero only in 2015-2017, when that is Serbia).
///
/// ```
/// use peacekeeping_data::names::radpko_contributor;
///
/// let code = |c| radpko_contributor(c).map(|c| c.to_string());
/// assert_eq!(code("cote.d.ivoire").as_deref(), Some("CIV"));
/// assert_eq!(code("uk").as_deref(), Some("GBR"));
/// assert_eq!(code("korea"), code("south.korea"));
/// assert_eq!(code("atlantis"), None);
/// ```
#[must_use]
pub fn radpko_contributor(column: &str) -> Option<CountryCode> {
    let name = column.trim().replace('.', " ");
    match RADPKO_CONTRIBUTORS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(&name))
    {
        Some((_, code)) => CountryCode::new(code).ok(),
        None => country_code(&name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(name: &str) -> Option<String> {
        country_code(name).map(|c| c.to_string())
    }

    #[test]
    fn mission_aliases_and_spaces() {
        for (raw, id) in [
            ("ONUCI", "UNOCI"),
            ("UNOCI", "UNOCI"),
            ("UNPSG", "UNCPSG"),
            ("UNAVEM", "UNAVEM"),
            ("UNAVEM II", "UNAVEM-II"),
            ("UNOSOM", "UNOSOM"),
            ("UNOSOM II", "UNOSOM-II"),
            ("\tUNOSOM \t II\n", "UNOSOM-II"),
            (" MINUSMA ", "MINUSMA"),
        ] {
            assert_eq!(mission_id(raw).unwrap().as_str(), id, "{raw:?}");
        }
    }

    #[test]
    fn bad_mission_acronyms_are_errors() {
        for bad in ["", "   ", "MINUSMA!", "ONUCI/é", "UN\"MIS"] {
            assert!(
                matches!(
                    mission_id(bad),
                    Err(peacekeeping_core::Error::InvalidId { .. })
                ),
                "{bad:?}"
            );
        }
        assert!(mission_id(&"A".repeat(65)).is_err());
    }

    #[test]
    fn ipi_quirks_map() {
        assert_eq!(code("Cote d Ivoire").as_deref(), Some("CIV"));
        assert_eq!(code("Côte d'Ivoire").as_deref(), Some("CIV"));
        assert_eq!(code("DR Congo").as_deref(), Some("COD"));
        assert_eq!(code("Congo").as_deref(), Some("COG"));
        assert_eq!(code("South Sudan'").as_deref(), Some("SSD"));
        assert_eq!(code("Bolivia").as_deref(), Some("BOL"));
        assert_eq!(
            code("The former Yugoslav Republic o").as_deref(),
            Some("MKD")
        );
        assert_eq!(
            code("Lao Peoples Democratic Republic").as_deref(),
            Some("LAO")
        );
        assert_eq!(code("Aland Islands").as_deref(), Some("ALA"));
        assert_eq!(code("Niger").as_deref(), Some("NER"));
        assert_eq!(code("Nigeria").as_deref(), Some("NGA"));
    }

    #[test]
    fn geopko_and_radpko_spellings_map() {
        for (name, iso) in [
            ("UK", "GBR"),
            ("Britain", "GBR"),
            ("United Kingdom", "GBR"),
            ("USA", "USA"),
            ("Us", "USA"),
            ("Korea (ROK)", "KOR"),
            ("South Korea", "KOR"),
            ("Russia", "RUS"),
            ("Vietnam", "VNM"),
            ("DRC", "COD"),
            ("Drc", "COD"),
            ("Democratic Republic of Congo", "COD"),
            ("Congo", "COG"),
            ("Ivory Coast", "CIV"),
            ("North Macedonia", "MKD"),
        ] {
            assert_eq!(code(name).as_deref(), Some(iso), "{name:?}");
        }
        // Not countries: the groups of TCCMap, and its unknown contributor.
        for name in ["Un", "Multinational", "CARICOM", "TCC name unknown"] {
            assert_eq!(code(name), None, "{name:?}");
        }
    }

    #[test]
    fn hosts_are_countries_or_disputed_territories() {
        let host = |name: &str| host(name).map(|h| h.to_string());
        assert_eq!(host("DRC").as_deref(), Some("COD"));
        assert_eq!(host("Ivory Coast").as_deref(), Some("CIV"));
        assert_eq!(host("Ethiopia/Eritrea").as_deref(), Some("ETH/ERI"));
        assert_eq!(host("Eritrea / Ethiopia").as_deref(), Some("ERI/ETH"));
        assert_eq!(host("abyei").as_deref(), Some("SDN/SSD"));
        for unknown in ["", "/", "Ethiopia/", "Atlantis", "Ethiopia/Eritrea/Sudan"] {
            assert_eq!(host(unknown), None, "{unknown:?}");
        }
        let disputed = super::host("Ethiopia/Eritrea").unwrap();
        assert_eq!(disputed.country(), None);
        assert_eq!(disputed.countries().len(), 2);
        let mali = super::host("Mali").unwrap();
        assert_eq!(
            mali.country().map(|c| c.to_string()).as_deref(),
            Some("MLI")
        );
        assert_eq!(mali.countries(), [mali.country().unwrap()]);
    }

    #[test]
    fn contributor_groups_and_radpko_columns() {
        assert_eq!(contributor_group("Un"), Some("UN"));
        assert_eq!(contributor_group("CARICOM"), Some("CARICOM"));
        assert_eq!(contributor_group("Multi-national"), Some("Multinational"));
        assert_eq!(contributor_group("Unknown"), None);
        let radpko = |c: &str| radpko_contributor(c).map(|c| c.to_string());
        for (column, iso) in [
            ("cote.d.ivoire", "CIV"),
            ("democratic.republic.of.the.congo", "COD"),
            ("south.africa", "ZAF"),
            ("sierra.leone", "SLE"),
            ("uk", "GBR"),
            ("russia", "RUS"),
            ("korea", "KOR"),
            ("south.korea", "KOR"),
            ("yugoslavia", "YUG"),
        ] {
            assert_eq!(radpko(column).as_deref(), Some(iso), "{column}");
        }
        assert_eq!(radpko("afr"), None);
        assert_eq!(radpko("atlantis"), None);
    }

    #[test]
    fn un_fatality_file_spellings_map() {
        // DPPADPOSS-FATALITIES.csv: the names of its rows without `isocode3`.
        assert_eq!(code("Côte dIvoire").as_deref(), Some("CIV"));
        assert_eq!(code("Türkiye").as_deref(), Some("TUR"));
        assert_eq!(code("Viet Nam").as_deref(), Some("VNM"));
        assert_eq!(code("Mauritius").as_deref(), Some("MUS"));
        assert_eq!(code("Iran (Islamic Republic of)").as_deref(), Some("IRN"));
        assert_eq!(code("ZZ [Undetermined]"), None);
    }

    #[test]
    fn m49_codes_are_iso_numeric_codes_but_for_yugoslavia() {
        let m49 = |c: &str, n| m49_matches(c.parse().unwrap(), n);
        assert_eq!(m49("IND", 356), Some(true));
        assert_eq!(m49("SDN", 729), Some(true));
        assert_eq!(m49("MNE", 499), Some(true));
        assert_eq!(m49("SCG", 891), Some(true));
        assert_eq!(m49("SUN", 810), Some(true));
        assert_eq!(m49("YUG", 891), Some(true));
        assert_eq!(m49("YUG", 890), Some(true));
        assert_eq!(m49("SRB", 890), Some(false));
        assert_eq!(m49("IND", 586), Some(false));
        assert_eq!(m49("XKX", 412), None);
    }

    #[test]
    fn lumped_acronyms_name_the_mission_of_the_date() {
        let on = |a: &str, y, m, d| {
            known_mission_on(a, Date::new(y, m, d).unwrap()).map(MissionId::as_str)
        };
        assert_eq!(on("UNOSOM", 1992, 4, 30), Some("UNOSOM-I"));
        assert_eq!(on("UNOSOM", 1993, 3, 31), Some("UNOSOM-I"));
        assert_eq!(on("UNOSOM", 1993, 4, 30), Some("UNOSOM-II"));
        assert_eq!(on("UNOSOM", 1994, 5, 31), Some("UNOSOM-II"));
        // After the last, the last; before the first, the first.
        assert_eq!(on("UNOSOM", 1999, 1, 31), Some("UNOSOM-II"));
        assert_eq!(on("UNOSOM", 1980, 1, 31), Some("UNOSOM-I"));
        assert_eq!(on("UNAVEM", 1990, 1, 31), Some("UNAVEM-I"));
        assert_eq!(on("UNAVEM", 1991, 5, 31), Some("UNAVEM-II"));
        assert_eq!(on("UNAVEM", 1997, 6, 30), Some("UNAVEM-III"));
        // Other acronyms: as `known_mission`, whatever the date.
        assert_eq!(on("UNOSOM II", 1994, 6, 30), Some("UNOSOM-II"));
        assert_eq!(on("IPTF", 1996, 1, 31), Some("UNMIBH"));
        assert_eq!(on("LBB", 1997, 4, 30), None);
    }

    #[test]
    fn former_countries_and_kosovo_map() {
        assert_eq!(code("Yugoslavia").as_deref(), Some("YUG"));
        assert_eq!(code("Zaire").as_deref(), Some("ZAR"));
        assert_eq!(code("Kosovo").as_deref(), Some("XKX"));
    }

    #[test]
    fn unknown_and_empty_names_do_not_map() {
        for name in ["", "'", "   ", "Atlantis", "Korea", "NA"] {
            assert_eq!(code(name), None, "{name:?}");
        }
    }

    fn closest(name: &str) -> Option<(String, String)> {
        closest_country(name).map(|(n, c)| (n, c.to_string()))
    }

    #[test]
    fn edit_distance_counts_edits_and_adjacent_swaps() {
        let d = |a: &str, b: &str| edit_distance(a.as_bytes(), b.as_bytes());
        assert_eq!(d("", ""), 0);
        assert_eq!(d("abc", ""), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("ghana", "ghana"), 0);
        assert_eq!(d("cotedivore", "cotedivoire"), 1);
        assert_eq!(d("bangaldesh", "bangladesh"), 1);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("ca", "abc"), 3); // optimal string alignment, not full Damerau
        assert_eq!(d("abcd", "badc"), 2);
    }

    #[test]
    fn closest_country_suggests_near_names_only() {
        assert_eq!(
            closest("Cote d'Ivore"),
            Some(("Côte d'Ivoire".into(), "CIV".into()))
        );
        assert_eq!(closest("Ghanna"), Some(("Ghana".into(), "GHA".into())));
        assert_eq!(closest("DR Kongo"), Some(("DR Congo".into(), "COD".into())));
        assert_eq!(closest("Irn").map(|(_, c)| c).as_deref(), Some("IRN"));
        // Known names are their own closest match, spelled as their table spells them.
        assert_eq!(
            closest("cote d ivoire"),
            Some(("Côte d'Ivoire".into(), "CIV".into()))
        );
        for far in [
            "", "NA", "UK", "'", "Atlantis", "Korea", "Narnia", "xyzzy", "123",
        ] {
            assert_eq!(closest(far), None, "{far:?}");
        }
    }

    #[test]
    fn known_missions_are_found_by_id_acronym_or_alias_in_any_case() {
        let id = |name: &str| known_mission(name).map(MissionId::as_str);
        assert_eq!(id("UNOSOM-II"), Some("UNOSOM-II"));
        assert_eq!(id("Unosom II"), Some("UNOSOM-II"));
        assert_eq!(id("minusma"), Some("MINUSMA"));
        assert_eq!(id("MINUSMAA"), None);
        assert_eq!(id(""), None);
        // Every id the reference dataset has is known, and its own closest match.
        for m in crate::reference::dataset().missions() {
            assert_eq!(id(m.id.as_str()), Some(m.id.as_str()));
            if acronym_key(m.id.as_str()).len() >= 3 {
                let closest = closest_mission(m.id.as_str()).map(MissionId::as_str);
                assert_eq!(closest, Some(m.id.as_str()));
            }
        }
    }

    #[test]
    fn names_shared_by_several_missions_are_told_apart_by_host() {
        // Every entry names a reference mission that lists the country among its hosts,
        // and no name and country are given twice.
        let mut seen = std::collections::HashSet::new();
        for &(name, host, id) in MISSIONS_BY_HOST {
            let mission = crate::reference::dataset().mission(id);
            let hosts = mission.map(|m| m.hosts.iter().map(|h| h.as_str()).collect::<Vec<_>>());
            assert!(
                hosts.is_some_and(|h| h.contains(&host)),
                "{name} {host} {id}"
            );
            assert!(seen.insert((acronym_key(name), host)), "{name} {host}");
        }
        let id = |name: &str, host: &str| {
            mission_in(name, CountryCode::new(host).unwrap()).map(MissionId::as_str)
        };
        assert_eq!(id("EUFOR", "BIH"), Some("EUFOR-Althea"));
        assert_eq!(id("EUFOR", "TCD"), Some("EUFOR-Tchad/RCA"));
        assert_eq!(id("EUFOR", "SOM"), None);
        assert_eq!(id("EUPOL", "BIH"), Some("EUPM"));
        assert_eq!(id("ECOWAS", "CIV"), Some("ECOMICI"));
        assert_eq!(id("ECOWAS", "SLE"), None);
        assert_eq!(id("CIS", "TJK"), Some("CPKF-Tajikistan"));
        assert_eq!(id("CIS", "GEO"), None);
        assert_eq!(id("JCC", "MDA"), Some("JPKF-Transnistria"));
        assert_eq!(id("eutm", "SOM"), Some("EUTM-Somalia"));
        assert_eq!(id("EUCAP Sahel", "NER"), Some("EUCAP-Sahel-Niger"));
        assert_eq!(id("EUCAP Sahel", "MLI"), Some("EUCAP-Sahel-Mali"));
        assert_eq!(id("EUCAP Sahel", "MRT"), None);
        // Other names as `known_mission` reads them, whatever the country.
        assert_eq!(id("UNOCI (ONUCI)", "CIV"), Some("UNOCI"));
        assert_eq!(id("KFOR", "SRB"), Some("KFOR"));
        assert_eq!(id("Zorro", "SRB"), None);
    }

    #[test]
    fn closest_mission_suggests_near_acronyms_only() {
        let closest = |name: &str| closest_mission(name).map(MissionId::to_string);
        // One edit away: an extra letter, a missing one, two letters swapped.
        assert_eq!(closest("MINUSMAA").as_deref(), Some("MINUSMA"));
        assert_eq!(closest("MONUSOC").as_deref(), Some("MONUSCO"));
        assert_eq!(closest("UNIFL").as_deref(), Some("UNIFIL"));
        // Case, spaces and punctuation do not count.
        assert_eq!(closest("unosom-ii").as_deref(), Some("UNOSOM-II"));
        // Too short, or too far.
        assert_eq!(closest("UN"), None);
        assert_eq!(closest("XYZZY"), None);
        assert_eq!(closest("UNFOR"), None);
    }

    #[test]
    fn unknown_country_reasons_name_the_closest_match() {
        assert_eq!(
            unknown_country("Cote d'Ivore"),
            r#"unknown country "Cote d'Ivore"; closest known: "Côte d'Ivoire" (CIV)"#
        );
        assert_eq!(
            unknown_country("Atlantis"),
            r#"unknown country "Atlantis"; no known name is close"#
        );
    }

    #[test]
    fn every_alias_is_needed_or_documents_an_ipi_name() {
        // An alias must point at a valid code; and no alias may contradict ISO's own name.
        for &(name, alias_code) in COUNTRY_ALIASES {
            assert!(
                CountryCode::new(alias_code).is_ok(),
                "{name} -> {alias_code}"
            );
            let iso = rust_iso3166::ALL_ALPHA3
                .iter()
                .filter_map(|code| rust_iso3166::from_alpha3(code))
                .find(|c| name_key(c.name) == name_key(name));
            if let Some(iso) = iso {
                assert_eq!(iso.alpha3, alias_code, "{name}");
            }
        }
    }
}
