//! Names found in data files, mapped to ids: the one place that knows how the IPI and UN
//! files spell missions and countries.
//!
//! - [`mission_id`]: a mission acronym as a file writes it (`"ONUCI"`, `"UNOSOM II"`) to
//!   the [`MissionId`] in the UN's spelling (`"UNOCI"`, `"UNOSOM-II"`).
//! - [`country_code`]: a country name as a file writes it (`"Cote d Ivoire"`,
//!   `"DR Congo"`, `"South Sudan'"`) to its ISO 3166-1 alpha-3 [`CountryCode`].

use std::collections::HashMap;
use std::sync::OnceLock;

use peacekeeping_core::{CountryCode, MissionId};

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
    let joined = acronym.split_whitespace().collect::<Vec<_>>().join("-");
    let id = MISSION_ALIASES
        .iter()
        .find(|(alias, _)| *alias == joined)
        .map_or(joined.as_str(), |(_, un)| un);
    MissionId::new(id)
}

/// Names of countries that ISO 3166 spells differently, as the IPI and UN files write
/// them, with their ISO 3166-1 alpha-3 code. Names the ISO tables already give (after the
/// normalization of [`country_code`]) are not repeated here.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("Bolivia", "BOL"),
    ("Brunei", "BRN"),
    ("Cape Verde", "CPV"),
    ("Czech Republic", "CZE"),
    ("DR Congo", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    ("DPR Korea", "PRK"),
    ("Federated States of Micronesia", "FSM"),
    ("Holy See (Vatican City State)", "VAT"),
    ("Iran", "IRN"),
    ("Ivory Coast", "CIV"),
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
    ("South Korea", "KOR"),
    ("Swaziland", "SWZ"),
    ("Syria", "SYR"),
    ("Tanzania", "TZA"),
    ("Tanzania, United Republic of", "TZA"),
    ("United Republic of Tanzania", "TZA"),
    ("Turkey", "TUR"),
    ("United Kingdom", "GBR"),
    ("United States", "USA"),
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

/// Every known name, by [`name_key`]: aliases first, then current ISO names, then former
/// ones; an earlier entry wins.
fn country_table() -> &'static HashMap<String, CountryCode> {
    static TABLE: OnceLock<HashMap<String, CountryCode>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let aliases = COUNTRY_ALIASES.iter().map(|&(n, c)| (n, c));
        let current = rust_iso3166::ALL_ALPHA3
            .iter()
            .filter_map(|code| rust_iso3166::from_alpha3(code))
            .map(|c| (c.name, c.alpha3));
        let former = rust_iso3166::iso3166_3::ALL
            .iter()
            .map(|c| (c.former.name, c.former.alpha3));
        let mut table = HashMap::new();
        for (name, code) in aliases.chain(current).chain(former) {
            // Every code in these tables is valid; `ok()` keeps a bad one out, not a panic.
            if let Ok(code) = CountryCode::new(code) {
                table.entry(name_key(name)).or_insert(code);
            }
        }
        table
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
