//! A reader for the UN's peacekeeping fatalities: `DPPADPOSS-FATALITIES.csv`, the open
//! data set "Peacekeeping Fatalities" of the UN Peace and Security Data Hub (UN
//! DPPA-DPOSS), one row per death of personnel of a UN peace operation or political
//! mission, 1948 to date.
//!
//! ```
//! use peacekeeping_core::{FatalityCause, StaffCategory};
//! use peacekeeping_data::fatalities::read_fatalities;
//!
//! let csv = "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update
//! 1,1948-07-06,UNTSO-1948-07-02408,UNTSO,Fatality,M,France,Military,Malicious Act,250.0,FRA,2025-04-04
//! 2,2003-05-05,UNMIK-2003-05-03589,UNMIK,Fatality,,Montenegro,Local ,Self-Inflicted,499.0,MNE,2025-04-04
//! 3,2003-05-05,UNMIK-2003-05-03589,UNMIK,Fatality,,Serbia and Montenegro,Local ,Self-Inflicted,891.0,SCG,2025-04-04
//! 4,2011-03-31,UNOCI-2011-03-00001,UNOCI,Fatality,M,Côte dIvoire,Local ,Malicious Act,,,2025-04-04
//! ";
//! let file = read_fatalities(csv.as_bytes())?;
//! let deaths = &file.import.records;
//! assert_eq!(deaths.len(), 4); // one record per row, as the UN counts
//! assert!(deaths[0].is_malicious() && deaths[0].category == StaffCategory::Military);
//! assert_eq!(deaths[1].category, StaffCategory::LocalCivilian); // the file's "Local "
//! assert_eq!(deaths[3].nationality.map(|c| c.to_string()).as_deref(), Some("CIV")); // by name
//! // One person listed twice (as Montenegrin and as a national of Serbia and Montenegro):
//! assert_eq!(file.repeated_casualties[0].records, ["2", "3"]);
//! assert_eq!(file.people(), 3);
//! assert_eq!(file.last_update.map(|d| d.to_string()).as_deref(), Some("2025-04-04"));
//! # Ok::<(), peacekeeping_data::Error>(())
//! ```
//!
//! [`read_fatalities`] makes one [`Fatality`] per row and returns them with the file's
//! update date and the people it lists more than once, in [`Fatalities`]. The quirks of
//! the file (SOURCES.md) and what the reader does with them:
//!
//! - **One row, one record.** The UN's own totals count rows: the file's 4,316 deaths up
//!   to 31 May 2023 and 4,325 up to 25 July 2023 are row counts. But 6 `casualty_id`s
//!   occur twice: UNMIK local staff listed once as nationals of Montenegro (`MNE`) and
//!   once of Serbia and Montenegro (`SCG`), the rest of the row the same. Both rows are
//!   imported, each with its own nationality (never one dropped), and every such person
//!   is listed in [`Fatalities::repeated_casualties`], so that [`Fatalities::people`]
//!   counts people instead (4,423 in the 2025 file).
//! - **Nationality.** `isocode3` (ISO 3166-1 alpha-3, or ISO 3166-3 for `SCG`, `YUG`) is
//!   authoritative. 52 rows leave it empty; their `casualty_nationality` is then read
//!   through [`names::country_code`] (`Côte dIvoire` is `CIV`, `Türkiye` `TUR`, `Viet
//!   Nam` `VNM`, `Mauritius` `MUS`), except `ZZ [Undetermined]` and an empty name, which
//!   mean that no nationality is recorded ([`UNDETERMINED`]). A name the tables do not
//!   know skips the row, with the closest known name.
//! - **`m49_code`** is a float (`250.0`). It is checked against the nationality code
//!   where both are given ([`names::m49_matches`]; Yugoslavia's rows have M49's 890, not
//!   ISO's 891, which the check accepts); a row where they disagree is skipped with both
//!   codes in the reason, rather than kept with a nationality its own fields contradict.
//!   In the 2025 file none disagrees.
//! - **Categories.** `casualty_personnel_type` is `Military`, `Police`, `Military
//!   Observer`, `International Civilian`, `Local ` (with a trailing space: fields are
//!   trimmed) or `Other` ([`StaffCategory`]); `type_of_incident` is `Illness`,
//!   `Accident`, `Malicious Act`, `Self-Inflicted`, `To Be Determined` or `Unknown`
//!   ([`FatalityCause`]); `gender` is `M`, `F` or empty ([`Gender`]). Values are matched
//!   ignoring ASCII case; anything else skips the row.
//! - **`type_of_casualty`** is always `Fatality` in the file; a row with anything else is
//!   not a death and is skipped.
//! - **Missions** go through [`names::mission_id`]. The file names special political
//!   missions and offices as well as peacekeeping operations (UNAMA, UNSMIL, BINUH,
//!   OSESGY, ...), and `UNSecretariat`: staff of the UN Secretariat not serving in a
//!   mission (9 rows, four of them of 18 September 1961, the day Secretary-General
//!   Hammarskjöld's aircraft crashed near Ndola). `UNSecretariat` is not a mission: its
//!   rows are kept under the id `UNSecretariat` ([`UN_SECRETARIAT`]) and, as for every
//!   acronym the reference dataset lacks, reported in [`Import::unknown_missions`].
//! - **`last_update`** is the same on every row (2025-04-04 in the file used by the
//!   tests); [`Fatalities::last_update`] is the latest the rows give, and
//!   [`Fatalities::complete_through`] the last calendar year that ended before it:
//!   **the last year of the file is partial** (2025 has 10 rows, to 18 February).
//! - `id` (unique, the record's [`Fatality::id`]; a repeated id skips the later row) and
//!   `incident_date` (ISO 8601) are required.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{CountryCode, Date, Fatality, FatalityCause, Gender, StaffCategory};

use crate::import::{Column, INPUT, MissionCheck, Row, read_csv, read_path};
use crate::{Error, Import, Skipped, names};

/// The nationality the file gives for a person of no recorded nationality (14 rows of
/// the 2025 file); the reader leaves [`Fatality::nationality`] empty for it.
pub const UNDETERMINED: &str = "ZZ [Undetermined]";

/// The "mission" acronym of the file's deaths of UN Secretariat staff who served in no
/// mission. Not a mission: the rows are imported under this id and reported among the
/// unknown missions.
pub const UN_SECRETARIAT: &str = "UNSecretariat";

/// What [`read_fatalities`] returns: the records with the import report, the file's
/// update date, and the people the file lists on more than one row.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[must_use = "an import reports skipped rows that should be looked at"]
pub struct Fatalities {
    /// One [`Fatality`] per row imported, in file order, and the report of the rows.
    pub import: Import<Fatality>,
    /// The latest `last_update` of the rows imported: the day the file was last updated
    /// (`None` if no row was imported).
    pub last_update: Option<Date>,
    /// The `casualty_id`s given on more than one imported row, in the order first met:
    /// one person, several records.
    pub repeated_casualties: Vec<RepeatedCasualty>,
}

impl Fatalities {
    /// The number of people the records are deaths of: the records, less the repeats of
    /// a `casualty_id` ([`repeated_casualties`](Fatalities::repeated_casualties)). The
    /// UN's own totals count rows, that is [`Import::records`].
    #[must_use]
    pub fn people(&self) -> usize {
        let repeats: usize = self
            .repeated_casualties
            .iter()
            .map(|r| r.records.len() - 1)
            .sum();
        self.import.records.len() - repeats
    }

    /// The last calendar year the file covers in full: the year before that of
    /// [`last_update`](Fatalities::last_update) (2024 for the file updated on
    /// 2025-04-04, whose 2025 rows are a partial year).
    #[must_use]
    pub fn complete_through(&self) -> Option<i32> {
        self.last_update.map(|d| d.year() - 1)
    }
}

/// A `casualty_id` the file gives on more than one row: one person, several records.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RepeatedCasualty {
    /// The file's `casualty_id`.
    pub casualty_id: String,
    /// The [`Fatality::id`]s of its records, in file order.
    pub records: Vec<String>,
    /// The lines of those rows, in the same order.
    pub lines: Vec<u64>,
}

/// The columns read, in this order.
const COLUMNS: [Column; 12] = [
    &["id"],
    &["incident_date"],
    &["casualty_id"],
    &["mission_acronym"],
    &["type_of_casualty"],
    &["gender"],
    &["casualty_nationality"],
    &["casualty_personnel_type"],
    &["type_of_incident"],
    &["m49_code"],
    &["isocode3"],
    &["last_update"],
];

/// Reads `DPPADPOSS-FATALITIES.csv`: one [`Fatality`] per row, with the file's update
/// date and the people listed twice (see the [module docs](self) for each column and
/// quirk).
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks one of the columns `id, incident_date,
/// casualty_id, mission_acronym, type_of_casualty, gender, casualty_nationality,
/// casualty_personnel_type, type_of_incident, m49_code, isocode3, last_update`;
/// [`Error::Io`] if the input cannot be read.
pub fn read_fatalities<R: Read>(reader: R) -> Result<Fatalities, Error> {
    fatalities(reader, INPUT)
}

/// [`read_fatalities`] from a file.
///
/// # Errors
/// As [`read_fatalities`], and [`Error::Io`] if the file cannot be opened.
pub fn read_fatalities_file(path: impl AsRef<Path>) -> Result<Fatalities, Error> {
    read_path(path.as_ref(), fatalities)
}

/// Where a `casualty_id` was first met: the record's id and line, and its entry in the
/// repeated list once it repeats.
struct FirstSeen {
    record: String,
    line: u64,
    repeated: Option<usize>,
}

fn fatalities<R: Read>(reader: R, file: &str) -> Result<Fatalities, Error> {
    let mut missions = MissionCheck::default();
    let mut ids: HashMap<String, u64> = HashMap::new();
    let mut casualties: HashMap<String, FirstSeen> = HashMap::new();
    let mut repeated: Vec<RepeatedCasualty> = Vec::new();
    let mut last_update: Option<Date> = None;
    let mut import = read_csv(reader, file, COLUMNS, |row| {
        let id = row.get(0).trim();
        if id.is_empty() {
            return Err(row.skip_field(0, "no id"));
        }
        if let Some(first) = ids.get(id) {
            return Err(row.skip_field(0, format!("the id of line {first} already")));
        }
        let date = row.date(1)?;
        let casualty_id = row.get(2).trim();
        if casualty_id.is_empty() {
            return Err(row.skip_field(2, "no casualty id"));
        }
        let mission = row.mission(3)?;
        if !row.get(4).trim().eq_ignore_ascii_case("Fatality") {
            return Err(row.skip_field(4, "not a fatality: expected Fatality"));
        }
        let gender = gender(row)?;
        let nationality = nationality(row)?;
        let category = row.one_of(
            7,
            &CATEGORIES,
            "not a personnel type: expected Military, Police, Military Observer, International Civilian, Local or Other",
        )?;
        let cause = row.one_of(
            8,
            &CAUSES,
            "not an incident type: expected Illness, Accident, Malicious Act, Self-Inflicted, To Be Determined or Unknown",
        )?;
        let update = row.date(11)?;

        // The row is a record: note its id, mission, casualty and update.
        ids.insert(id.to_owned(), row.line());
        missions.note(row, 3, &mission);
        last_update = last_update.max(Some(update));
        match casualties.get_mut(casualty_id) {
            None => {
                casualties.insert(
                    casualty_id.to_owned(),
                    FirstSeen {
                        record: id.to_owned(),
                        line: row.line(),
                        repeated: None,
                    },
                );
            }
            Some(first) => match first.repeated {
                Some(k) => {
                    repeated[k].records.push(id.to_owned());
                    repeated[k].lines.push(row.line());
                }
                None => {
                    first.repeated = Some(repeated.len());
                    repeated.push(RepeatedCasualty {
                        casualty_id: casualty_id.to_owned(),
                        records: vec![first.record.clone(), id.to_owned()],
                        lines: vec![first.line, row.line()],
                    });
                }
            },
        }
        let mut fatality = Fatality::new(id, mission, date, category, cause);
        fatality.nationality = nationality;
        fatality.gender = gender;
        Ok(fatality)
    })?;
    import.unknown_missions = missions.finish();
    Ok(Fatalities {
        import,
        last_update,
        repeated_casualties: repeated,
    })
}

/// `gender`: `M`, `F` or nothing.
fn gender<const N: usize>(row: &Row<'_, N>) -> Result<Option<Gender>, Skipped> {
    const GENDERS: [(&str, Option<Gender>); 3] = [
        ("", None),
        ("M", Some(Gender::Male)),
        ("F", Some(Gender::Female)),
    ];
    row.one_of(5, &GENDERS, "not a gender: expected M, F or nothing")
}

/// The nationality: `isocode3`, or else the name through [`names::country_code`], checked
/// against `m49_code` where both are given.
fn nationality<const N: usize>(row: &Row<'_, N>) -> Result<Option<CountryCode>, Skipped> {
    let code = if row.get(10).trim().is_empty() {
        let name = row.get(6).trim();
        if name.is_empty() || name == UNDETERMINED {
            None
        } else {
            match names::country_code(name) {
                Some(code) => Some(code),
                None => return Err(row.skip_field(6, names::unknown_country(name))),
            }
        }
    } else {
        Some(row.parse::<CountryCode>(10)?)
    };
    let m49 = row.whole(9)?;
    if let (Some(code), Some(m49)) = (code, m49) {
        let Ok(m49) = u16::try_from(m49) else {
            return Err(row.skip_field(9, "not an M49 code: at most 3 digits"));
        };
        if names::m49_matches(code, m49) == Some(false) {
            return Err(row.skip_field(
                9,
                format!(
                    "M49 code {m49} is not that of the nationality {code}: the row contradicts itself"
                ),
            ));
        }
    }
    Ok(code)
}

/// `casualty_personnel_type` (trimmed: the file writes `Local `).
const CATEGORIES: [(&str, StaffCategory); 6] = [
    ("Military", StaffCategory::Military),
    ("Police", StaffCategory::Police),
    ("Military Observer", StaffCategory::MilitaryObserver),
    (
        "International Civilian",
        StaffCategory::InternationalCivilian,
    ),
    ("Local", StaffCategory::LocalCivilian),
    ("Other", StaffCategory::Other),
];

/// `type_of_incident`.
const CAUSES: [(&str, FatalityCause); 6] = [
    ("Illness", FatalityCause::Illness),
    ("Accident", FatalityCause::Accident),
    ("Malicious Act", FatalityCause::MaliciousAct),
    ("Self-Inflicted", FatalityCause::SelfInflicted),
    ("To Be Determined", FatalityCause::ToBeDetermined),
    ("Unknown", FatalityCause::Unknown),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const HEADER: &str = "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update\n";

    fn read(rows: &str) -> Fatalities {
        let file = read_fatalities(format!("{HEADER}{rows}").as_bytes()).unwrap();
        assert_balanced(&file.import);
        file
    }

    fn nationalities(file: &Fatalities) -> Vec<Option<String>> {
        file.import
            .records
            .iter()
            .map(|f| f.nationality.map(|c| c.to_string()))
            .collect()
    }

    #[test]
    fn a_row_is_a_fatality_with_its_categories() {
        let file = read(concat!(
            "1,1948-07-06,UNTSO-1948-07-02408,UNTSO,Fatality,M,France,Military,Malicious Act,250.0,FRA,2025-04-04\n",
            "2,2010-01-12,MINUSTAH-2010-01-1,MINUSTAH,Fatality,F,Haiti,Local ,Accident,332.0,HTI,2025-04-04\n",
            "3,2010-01-12,MINUSTAH-2010-01-2,MINUSTAH,Fatality,,Brazil,Military Observer,Self-Inflicted,76.0,BRA,2025-04-04\n",
            "4,2010-01-12,MINUSTAH-2010-01-3,MINUSTAH,Fatality,m,Brazil,International Civilian,To Be Determined,76.0,BRA,2025-04-04\n",
            "5,2010-01-12,MINUSTAH-2010-01-4,MINUSTAH,Fatality,M,Brazil,Police,Unknown,76.0,BRA,2025-04-04\n",
            "6,2010-01-12,MINUSTAH-2010-01-5,MINUSTAH,Fatality,M,Brazil,Other,Illness,76.0,BRA,2025-04-04\n",
        ));
        assert!(file.import.is_complete(), "{:?}", file.import.skipped);
        let r = &file.import.records;
        assert_eq!(r[0].id, "1");
        assert_eq!(r[0].mission.as_str(), "UNTSO");
        assert_eq!(r[0].date, Date::new(1948, 7, 6).unwrap());
        let got: Vec<_> = r.iter().map(|f| (f.category, f.cause, f.gender)).collect();
        assert_eq!(
            got,
            [
                (
                    StaffCategory::Military,
                    FatalityCause::MaliciousAct,
                    Some(Gender::Male)
                ),
                (
                    StaffCategory::LocalCivilian,
                    FatalityCause::Accident,
                    Some(Gender::Female)
                ),
                (
                    StaffCategory::MilitaryObserver,
                    FatalityCause::SelfInflicted,
                    None
                ),
                (
                    StaffCategory::InternationalCivilian,
                    FatalityCause::ToBeDetermined,
                    Some(Gender::Male)
                ),
                (
                    StaffCategory::Police,
                    FatalityCause::Unknown,
                    Some(Gender::Male)
                ),
                (
                    StaffCategory::Other,
                    FatalityCause::Illness,
                    Some(Gender::Male)
                ),
            ]
        );
        assert_eq!(r[0].source, None);
        assert_eq!(file.people(), 6);
        assert!(file.repeated_casualties.is_empty());
    }

    #[test]
    fn a_missing_isocode3_is_read_from_the_name_and_undetermined_is_none() {
        let file = read(concat!(
            "1,2011-03-31,C1,UNOCI,Fatality,M,Côte dIvoire,Local ,Malicious Act,,,2025-04-04\n",
            "2,2020-01-01,C2,UNIFIL,Fatality,M,Türkiye,Military,Illness,,,2025-04-04\n",
            "3,1993-01-01,C3,UNTAC,Fatality,M,Viet Nam,Military,Illness,,,2025-04-04\n",
            "4,2014-01-01,C4,MINUSMA,Fatality,M,ZZ [Undetermined],Local ,Accident,,,2025-04-04\n",
            "5,2014-01-01,C5,MINUSMA,Fatality,M,,Local ,Accident,,,2025-04-04\n",
            "6,2014-01-01,C6,MINUSMA,Fatality,M,Atlantis,Local ,Accident,,,2025-04-04\n",
            "7,2014-01-01,C7,MINUSMA,Fatality,M,Cote d'Ivore,Local ,Accident,,,2025-04-04\n",
        ));
        assert_eq!(
            nationalities(&file),
            [
                Some("CIV".into()),
                Some("TUR".into()),
                Some("VNM".into()),
                None,
                None
            ]
        );
        let s = &file.import.skipped;
        assert_eq!(
            (s[0].line, s[0].field.as_deref()),
            (Some(7), Some("casualty_nationality"))
        );
        assert_eq!(
            s[0].reason,
            r#"unknown country "Atlantis"; no known name is close"#
        );
        assert!(
            s[1].reason
                .contains(r#"closest known: "Côte d'Ivoire" (CIV)"#)
        );
    }

    #[test]
    fn isocode3_is_authoritative_and_checked_against_m49() {
        let file = read(concat!(
            // The name is not read when the code is given.
            "1,1990-01-01,C1,UNIFIL,Fatality,M,Somewhere,Military,Illness,250.0,FRA,2025-04-04\n",
            // Yugoslavia: M49 890, ISO 891; both accepted.
            "2,1990-01-01,C2,UNIFIL,Fatality,M,Yugoslavia,Military,Illness,890.0,YUG,2025-04-04\n",
            "3,1990-01-01,C3,UNIFIL,Fatality,M,Kosovo,Local ,Illness,999.0,XKX,2025-04-04\n",
            "4,1990-01-01,C4,UNIFIL,Fatality,M,France,Military,Illness,,FRA,2025-04-04\n",
            // Contradictions and bad codes.
            "5,1990-01-01,C5,UNIFIL,Fatality,M,France,Military,Illness,356.0,FRA,2025-04-04\n",
            "6,1990-01-01,C6,UNIFIL,Fatality,M,France,Military,Illness,250.5,FRA,2025-04-04\n",
            "7,1990-01-01,C7,UNIFIL,Fatality,M,France,Military,Illness,250.0,FR,2025-04-04\n",
            "8,1990-01-01,C8,UNIFIL,Fatality,M,France,Military,Illness,70000.0,FRA,2025-04-04\n",
        ));
        assert_eq!(
            nationalities(&file),
            [
                Some("FRA".into()),
                Some("YUG".into()),
                Some("XKX".into()),
                Some("FRA".into())
            ]
        );
        let fields: Vec<_> = file
            .import
            .skipped
            .iter()
            .map(|s| (s.line, s.field.as_deref()))
            .collect();
        assert_eq!(
            fields,
            [
                (Some(6), Some("m49_code")),
                (Some(7), Some("m49_code")),
                (Some(8), Some("isocode3")),
                (Some(9), Some("m49_code")),
            ]
        );
        assert!(
            file.import.skipped[0]
                .reason
                .contains("356 is not that of the nationality FRA")
        );
    }

    #[test]
    fn a_person_listed_twice_is_two_records_and_one_person() {
        let file = read(concat!(
            "1898,2003-05-05,UNMIK-2003-05-03589,UNMIK,Fatality,,Montenegro,Local ,Self-Inflicted,499.0,MNE,2025-04-04\n",
            "1899,2003-05-05,UNMIK-2003-05-03589,UNMIK,Fatality,,Serbia and Montenegro,Local ,Self-Inflicted,891.0,SCG,2025-04-04\n",
            "1900,2003-05-06,UNMIK-2003-05-00001,UNMIK,Fatality,M,Kosovo,Local ,Illness,,XKX,2025-04-04\n",
            "1901,2003-05-07,UNMIK-2003-05-04218,UNMIK,Fatality,M,Montenegro,Local ,Illness,499.0,MNE,2025-04-04\n",
            "1902,2003-05-07,UNMIK-2003-05-04218,UNMIK,Fatality,M,Serbia and Montenegro,Local ,Illness,891.0,SCG,2025-04-04\n",
            "1903,2003-05-07,UNMIK-2003-05-04218,UNMIK,Fatality,M,Serbia and Montenegro,Local ,Illness,891.0,SCG,2025-04-04\n",
        ));
        assert_eq!(file.import.records.len(), 6);
        let repeated: Vec<_> = file
            .repeated_casualties
            .iter()
            .map(|r| (r.casualty_id.as_str(), r.records.clone(), r.lines.clone()))
            .collect();
        assert_eq!(
            repeated,
            [
                (
                    "UNMIK-2003-05-03589",
                    vec!["1898".to_owned(), "1899".to_owned()],
                    vec![2, 3]
                ),
                (
                    "UNMIK-2003-05-04218",
                    vec!["1901".to_owned(), "1902".to_owned(), "1903".to_owned()],
                    vec![5, 6, 7]
                ),
            ]
        );
        assert_eq!(file.people(), 3);
        assert_eq!(
            nationalities(&file)[..2],
            [Some("MNE".into()), Some("SCG".into())]
        );
    }

    #[test]
    fn bad_fields_skip_their_row_and_name_the_column() {
        let file = read(concat!(
            "1,2003-05-05,C1,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "1,2003-05-05,C2,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            ",2003-05-05,C3,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "4,2003-02-30,C4,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "5,2003-05-05,,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "6,2003-05-05,C6,UN MIK?,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "7,2003-05-05,C7,UNMIK,Injury,M,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "8,2003-05-05,C8,UNMIK,Fatality,X,France,Military,Illness,250.0,FRA,2025-04-04\n",
            "9,2003-05-05,C9,UNMIK,Fatality,M,France,Sailor,Illness,250.0,FRA,2025-04-04\n",
            "10,2003-05-05,C10,UNMIK,Fatality,M,France,Military,Boredom,250.0,FRA,2025-04-04\n",
            "11,2003-05-05,C11,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,04/04/2025\n",
            "12,2003-05-05,C1,UNMIK,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-05\n",
        ));
        let fields: Vec<_> = file
            .import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            fields,
            [
                "id",
                "id",
                "incident_date",
                "casualty_id",
                "mission_acronym",
                "type_of_casualty",
                "gender",
                "casualty_personnel_type",
                "type_of_incident",
                "last_update",
            ]
        );
        assert_eq!(file.import.skipped[0].reason, "the id of line 2 already");
        // A skipped row's id is free; a skipped row's casualty is not a repeat.
        assert_eq!(file.import.records.len(), 2);
        assert_eq!(file.repeated_casualties.len(), 1);
        assert_eq!(file.last_update, Some(Date::new(2025, 4, 5).unwrap()));
        assert_eq!(file.complete_through(), Some(2024));
        assert_eq!(
            file.import.summary().to_string(),
            "12 rows read: 2 imported, 0 merged, 10 skipped"
        );
    }

    #[test]
    fn secretariat_and_political_missions_are_imported_and_reported() {
        let file = read(concat!(
            "1,1961-09-18,C1,UNSecretariat,Fatality,M,Sweden,International Civilian,Accident,752.0,SWE,2025-04-04\n",
            "2,2019-08-10,C2,UNSMIL,Fatality,M,Libya,Local ,Malicious Act,434.0,LBY,2025-04-04\n",
            "3,2019-08-10,C3,UNAMA,Fatality,M,Afghanistan,Local ,Malicious Act,4.0,AFG,2025-04-04\n",
        ));
        assert_eq!(file.import.records[0].mission.as_str(), UN_SECRETARIAT);
        let unknown: Vec<_> = file
            .import
            .unknown_missions
            .iter()
            .map(|u| u.id.as_str())
            .collect();
        assert!(unknown.contains(&UN_SECRETARIAT));
        assert!(!unknown.contains(&"UNAMA"));
    }

    #[test]
    fn missing_columns_are_named_and_no_rows_give_no_update() {
        let err = read_fatalities("id,incident_date\n".as_bytes()).unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(missing.len(), 10);
        let file = read("");
        assert_eq!((file.last_update, file.complete_through()), (None, None));
        assert_eq!(file.people(), 0);
    }
}
