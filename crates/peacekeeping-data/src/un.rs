//! Readers for the UN's own contribution files, and for any contribution file whose
//! columns a [`Layout`] describes.
//!
//! The UN publishes its monthly "contributions by country and mission" figures in several
//! layouts (SOURCES.md, "Formats of the UN's own files"); researchers keep others. One
//! reader, [`read_contributions`], reads them all into [`Contribution`]s of [`Personnel`];
//! a [`Layout`] says where the figures are:
//!
//! | layout | file | shape |
//! |---|---|---|
//! | [`Layout::data_hub`] | UN Peace and Security Data Hub, 2010 onward | long: one row per contributor x mission x date x personnel type, by sex |
//! | [`Layout::data_hub_before_2010`] | the same hub, before 2010 | wide: one `Troops` figure per contributor x mission x date |
//! | [`Layout::hdx_gender`] | the HDX mirror of the hub's gender file | long, dates `DD/MM/YYYY` |
//! | [`Layout::ipi_full`] | the IPI Peacekeeping Database full file (and `ipi-ppp/current_month.csv`) | wide: one row per contributor x mission x date, one column per type |
//! | [`Layout::long`], [`Layout::wide`] | your own file (Kathman 2013, a spreadsheet, ...) | as you describe it |
//!
//! Whatever the layout, every [`Contribution`] is one contributor's personnel in one
//! mission on one reporting date. The rows of a long file that share contributor,
//! mission and date are merged into one record whose [`Personnel`] has each category
//! they give; a row giving a category that an earlier row of the same report already
//! gave is skipped and reported, never added. A row that cannot be used is skipped and
//! reported with its line, column, value and reason; all are found in one pass, and
//! [`Import::skipped`] is in line order.
//!
//! The contributor is the ISO 3166-1 alpha-3 code of the layout's code column, checked as
//! a [`CountryCode`](peacekeeping_core::CountryCode); where that field is empty (or `NA`) and the layout has a name column,
//! the name through [`names::country_code`] (`"DR Congo"` is `COD`). The mission goes
//! through [`names::mission_id`] (`ONUCI` is `UNOCI`). Counts read `NA` and empty as 0,
//! as the other importers of this crate do.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{
    ActorId, Contribution, Date, Headcount, MissionId, Personnel, PersonnelCategory, SourceId,
};

use crate::import::{INPUT, MissionCheck, Row, parse_date, read_csv_named, read_path};
use crate::{Error, Import, Skipped, names};

// The wanted columns of every layout, by position. Unused ones have no names.
const DATE: usize = 0;
const CODE: usize = 1;
const NAME: usize = 2;
const MISSION: usize = 3;
const TYPE: usize = 4;
const MALE: usize = 5;
const FEMALE: usize = 6;
const TOTAL: usize = 7;
/// The first of five category columns, in [`PersonnelCategory::ALL`] order.
const CATEGORY: usize = 8;
const POLICE_TOTAL: usize = 13;
const OBSERVERS: usize = 14;
const SLOTS: usize = 15;

/// How a file writes its dates. A [`Layout`] accepts one or more; each is tried in turn.
///
/// None of them is ambiguous with another: `MM/DD/YYYY`, which is, is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateFormat {
    /// ISO 8601, `2010-10-31`.
    Iso,
    /// ISO 8601 with a time of day, `2010-10-31 00:00:00` (or with a `T`), as spreadsheet
    /// exports write dates; the time must be a valid `HH:MM:SS` and is then ignored.
    IsoDateTime,
    /// Day, month, year: `31/10/2010` (also `1/2/2010`).
    DayMonthYear,
}

impl DateFormat {
    /// How the format looks, for messages.
    const fn pattern(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::IsoDateTime => "YYYY-MM-DD HH:MM:SS",
            DateFormat::DayMonthYear => "DD/MM/YYYY",
        }
    }

    /// The date of `text` if it has this format's shape: `None` if it has not,
    /// `Some(Err)` if it has but is not a date (`2010-02-30`).
    fn parse(self, text: &str) -> Option<Result<Date, String>> {
        let digits = |s: &str, min: usize, max: usize| {
            (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        match self {
            DateFormat::Iso => {
                let parts: Vec<&str> = text.split('-').collect();
                let [y, m, d] = parts[..] else { return None };
                (digits(y, 4, 4) && digits(m, 2, 2) && digits(d, 2, 2)).then(|| parse_date(text))
            }
            DateFormat::IsoDateTime => {
                let (day, time) = text.split_once([' ', 'T'])?;
                let parts: Vec<&str> = time.trim().split(':').collect();
                let [h, m, s] = parts[..] else { return None };
                if !(digits(h, 2, 2) && digits(m, 2, 2) && digits(s, 2, 2)) {
                    return None;
                }
                let fine = h < "24" && m < "60" && s < "60";
                let date = DateFormat::Iso.parse(day.trim())?;
                Some(if fine {
                    date
                } else {
                    Err(format!("{time:?} is not a time of day"))
                })
            }
            DateFormat::DayMonthYear => {
                let parts: Vec<&str> = text.split('/').collect();
                let [d, m, y] = parts[..] else { return None };
                if !(digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4)) {
                    return None;
                }
                // All digits and at most four of them: these parse.
                let (d, m, y) = (
                    d.parse().unwrap_or(0),
                    m.parse().unwrap_or(0),
                    y.parse().unwrap_or(0),
                );
                Some(Date::new(y, m, d).map_err(|e| e.to_string()))
            }
        }
    }
}

/// Whether a [`Layout`] has one row per personnel type or one column per type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// One row per contributor x mission x date x personnel type, the type named in a
    /// column; the rows of one report are merged into one [`Contribution`].
    Long,
    /// One row per contributor x mission x date, one column per personnel category.
    Wide,
}

/// Where a contribution file keeps its figures: the columns [`read_contributions`] reads.
///
/// Use a constructor for a known file ([`data_hub`](Layout::data_hub),
/// [`data_hub_before_2010`](Layout::data_hub_before_2010),
/// [`hdx_gender`](Layout::hdx_gender), [`ipi_full`](Layout::ipi_full)), or describe your
/// own with [`long`](Layout::long) or [`wide`](Layout::wide) and the builder methods.
/// Column names are matched ignoring ASCII case and surrounding whitespace; columns the
/// layout does not name are ignored; a named column missing from a file's header is an
/// [`Error::MissingColumns`].
///
/// A wide file of your own, say Kathman's (2013) country-mission-month file, with police
/// not split into formed units and individual officers:
///
/// ```
/// use peacekeeping_core::PersonnelCategory;
/// use peacekeeping_data::un::{Layout, DateFormat, read_contributions};
///
/// let layout = Layout::wide("date", "contributor_iso3", "mission")
///     .category(PersonnelCategory::Troops, "troops")
///     .category(PersonnelCategory::IndividualPolice, "police")
///     .category(PersonnelCategory::ExpertsOnMission, "observers")
///     .total("total")
///     .date_formats([DateFormat::DayMonthYear]);
/// let csv = "date,contributor_iso3,mission,troops,police,observers,total
/// 31/12/2005,GHA,ONUCI,500,20,5,525
/// 31/12/2005,GHA,UNMIL,800,0,5,900
/// ";
/// let import = read_contributions(csv.as_bytes(), &layout, None)?;
/// assert_eq!(import.records[0].mission.as_str(), "UNOCI");
/// assert_eq!(import.records[0].what.personnel().map(|p| p.total()), Some(525));
/// // 800 + 0 + 5 is not 900: the row is reported, not kept.
/// assert_eq!(import.skipped[0].line, Some(3));
/// assert_eq!(import.skipped[0].field.as_deref(), Some("total"));
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    shape: Shape,
    /// The names of each wanted column (see the slot constants); empty if not used.
    columns: [Vec<String>; SLOTS],
    date_formats: Vec<DateFormat>,
    /// Personnel type names of a long file, beyond those [`category_of_type`] knows.
    type_names: Vec<(String, PersonnelCategory)>,
}

impl Layout {
    fn new(shape: Shape, date: &str, contributor_code: &str, mission: &str) -> Self {
        let mut layout = Layout {
            shape,
            columns: Default::default(),
            date_formats: vec![DateFormat::Iso],
            type_names: Vec::new(),
        };
        layout.columns[DATE] = vec![date.to_owned()];
        layout.columns[CODE] = vec![contributor_code.to_owned()];
        layout.columns[MISSION] = vec![mission.to_owned()];
        layout
    }

    fn with(mut self, slot: usize, names: &[&str]) -> Self {
        self.columns[slot] = names.iter().map(|&n| n.to_owned()).collect();
        self
    }

    /// A long layout: one row per contributor x mission x date x personnel type, with the
    /// date, the contributor's ISO 3166-1 alpha-3 code, the mission acronym and the
    /// personnel type in the columns named. Add the counts with [`male`](Layout::male)
    /// and [`female`](Layout::female), or [`total`](Layout::total), or all three.
    ///
    /// Personnel types are matched ignoring case and spacing: `Troops`, `Contingent
    /// Troop(s)` are [`Troops`](PersonnelCategory::Troops); `Staff Officer(s)` are
    /// [`StaffOfficers`](PersonnelCategory::StaffOfficers); `Experts on Mission`,
    /// `Military Experts on Mission`, `Military Observers`, `UNMEM` are
    /// [`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission); `Formed Police
    /// Unit(s)`, `FPU` are [`FormedPoliceUnits`](PersonnelCategory::FormedPoliceUnits);
    /// `Individual Police`, `Individual Police Officers`, `IPO`, `Civilian Police`,
    /// `CIVPOL` are [`IndividualPolice`](PersonnelCategory::IndividualPolice). Add others
    /// with [`personnel_type`](Layout::personnel_type).
    #[must_use]
    pub fn long(date: &str, contributor_code: &str, mission: &str, personnel_type: &str) -> Self {
        Layout::new(Shape::Long, date, contributor_code, mission).with(TYPE, &[personnel_type])
    }

    /// A wide layout: one row per contributor x mission x date, with the date, the
    /// contributor's ISO 3166-1 alpha-3 code and the mission acronym in the columns
    /// named. Add a column per category with [`category`](Layout::category) (at least
    /// one), and the checks [`total`](Layout::total), [`police_total`](Layout::police_total)
    /// and [`observers`](Layout::observers) if the file has them. Counts have no split by
    /// sex: each is a [`Headcount::total_only`].
    #[must_use]
    pub fn wide(date: &str, contributor_code: &str, mission: &str) -> Self {
        Layout::new(Shape::Wide, date, contributor_code, mission)
    }

    /// The UN Peace and Security Data Hub's contributions file, 2010 onward (long):
    /// `contribution_id, isocode3, contributing_country, mission_acronym, personnel_type,
    /// male_personnel, female_personnel, last_reporting_date`.
    ///
    /// `contributing_country` is the fallback when `isocode3` is empty;
    /// `contribution_id` is not read. Dates may be `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or
    /// `DD/MM/YYYY`: copies of the hub's file differ, and the three cannot be confused.
    #[must_use]
    pub fn data_hub() -> Self {
        Layout::long(
            "last_reporting_date",
            "isocode3",
            "mission_acronym",
            "personnel_type",
        )
        .contributor_name("contributing_country")
        .male("male_personnel")
        .female("female_personnel")
        .date_formats([
            DateFormat::Iso,
            DateFormat::IsoDateTime,
            DateFormat::DayMonthYear,
        ])
    }

    /// The same hub's file before 2010 (wide, one figure): `ID, Contributor,
    /// Contributor_ISO-3, Troops, Date, Mission, Mission_Country, Mission_Country_ISO-3`.
    ///
    /// **The `Troops` column is stored as [`PersonnelCategory::Troops`], as a
    /// [`Headcount::total_only`], because that is what its name says.** We have not
    /// found the hub's documentation of this file, so we cannot confirm that the column
    /// excludes police and military observers (files derived from the UN's pre-2010
    /// reports sometimes put all uniformed personnel in one figure). If your copy's notes
    /// say it is all uniformed personnel, treat the records' troops as that total; if
    /// they say otherwise, build a [`wide`](Layout::wide) layout that maps the column to
    /// the category it holds. `Contributor` is the fallback when `Contributor_ISO-3` is
    /// empty; `ID`, `Mission_Country` and `Mission_Country_ISO-3` are not read. Dates
    /// are accepted in the three [`DateFormat`]s.
    #[must_use]
    pub fn data_hub_before_2010() -> Self {
        Layout::wide("Date", "Contributor_ISO-3", "Mission")
            .contributor_name("Contributor")
            .category(PersonnelCategory::Troops, "Troops")
            .date_formats([
                DateFormat::Iso,
                DateFormat::IsoDateTime,
                DateFormat::DayMonthYear,
            ])
    }

    /// The HDX mirror of the hub's gender file (long): `Contributing_Country, ISOCode3,
    /// Mission_Acronym, Personnel_Type, Female_Personnel, Male_Personnel,
    /// Last_Reporting_Date`, dates `DD/MM/YYYY` (ISO also accepted).
    #[must_use]
    pub fn hdx_gender() -> Self {
        Layout::long(
            "Last_Reporting_Date",
            "ISOCode3",
            "Mission_Acronym",
            "Personnel_Type",
        )
        .contributor_name("Contributing_Country")
        .male("Male_Personnel")
        .female("Female_Personnel")
        .date_formats([DateFormat::DayMonthYear, DateFormat::Iso])
    }

    /// The IPI Peacekeeping Database full file (wide), and `ipi-ppp/current_month.csv`,
    /// which has its header: `Date, Contributor, Contributor_ISO-3, ..., Mission, ...,
    /// Experts_on_Mission, Formed_Police_Units, Inidividual_Police, Civilian_Police,
    /// Troops, Observers, Total` (the misspelling is IPI's; `Individual_Police` is
    /// accepted too).
    ///
    /// Stored: `Experts_on_Mission` as [`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission),
    /// `Formed_Police_Units` as [`FormedPoliceUnits`](PersonnelCategory::FormedPoliceUnits),
    /// `Inidividual_Police` as [`IndividualPolice`](PersonnelCategory::IndividualPolice),
    /// `Troops` as [`Troops`](PersonnelCategory::Troops) (staff officers are not
    /// separate in IPI's data). Checked, not stored, because they repeat the others:
    /// `Civilian_Police` is all police (formed units + individual officers) and
    /// `Observers` is experts on mission: in `current_month.csv` all 573 rows satisfy
    /// both, and `Total` = experts + formed units + individual police + troops. See
    /// [`police_total`](Layout::police_total) and [`observers`](Layout::observers) for
    /// rows (older reports) where only the aggregate is given. `Contributor` is the
    /// fallback when `Contributor_ISO-3` is empty. Dates are ISO.
    #[must_use]
    pub fn ipi_full() -> Self {
        Layout::wide("Date", "Contributor_ISO-3", "Mission")
            .contributor_name("Contributor")
            .category(PersonnelCategory::ExpertsOnMission, "Experts_on_Mission")
            .category(PersonnelCategory::FormedPoliceUnits, "Formed_Police_Units")
            .with(
                category_slot(PersonnelCategory::IndividualPolice),
                &["Inidividual_Police", "Individual_Police"],
            )
            .category(PersonnelCategory::Troops, "Troops")
            .police_total("Civilian_Police")
            .observers("Observers")
            .total("Total")
    }

    /// The shape of the layout.
    #[must_use]
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The contributor's name: used through [`names::country_code`] when the code column
    /// of a row is empty or `NA`.
    #[must_use]
    pub fn contributor_name(self, column: &str) -> Self {
        self.with(NAME, &[column])
    }

    /// (Long layouts.) The column of men. Give [`female`](Layout::female) too: a count of
    /// men alone would claim that no women served.
    #[must_use]
    pub fn male(self, column: &str) -> Self {
        self.with(MALE, &[column])
    }

    /// (Long layouts.) The column of women; see [`male`](Layout::male).
    #[must_use]
    pub fn female(self, column: &str) -> Self {
        self.with(FEMALE, &[column])
    }

    /// The column of totals. In a long layout, the row's count (a
    /// [`Headcount::total_only`]), or, with [`male`](Layout::male) and
    /// [`female`](Layout::female), a check that men + women make it. In a wide layout, a
    /// check: the categories read must add up to it.
    #[must_use]
    pub fn total(self, column: &str) -> Self {
        self.with(TOTAL, &[column])
    }

    /// (Wide layouts.) The column of one category; a later call for the same category
    /// replaces the column.
    #[must_use]
    pub fn category(self, category: PersonnelCategory, column: &str) -> Self {
        self.with(category_slot(category), &[column])
    }

    /// (Wide layouts.) A column of all police, as IPI's `Civilian_Police`: checked to be
    /// formed police units + individual police. Where both of those are 0 and this is
    /// not, the police are not split by kind (the UN's reports before formed units were
    /// counted apart called them all "civilian police"): the figure is stored as
    /// [`IndividualPolice`](PersonnelCategory::IndividualPolice), the category the core
    /// model documents as "formerly civilian police".
    #[must_use]
    pub fn police_total(self, column: &str) -> Self {
        self.with(POLICE_TOTAL, &[column])
    }

    /// (Wide layouts.) A column of military observers, the older name of experts on
    /// mission, as IPI's `Observers`: checked to equal the experts on mission; where
    /// those are 0 and this is not, the figure is stored as
    /// [`ExpertsOnMission`](PersonnelCategory::ExpertsOnMission).
    #[must_use]
    pub fn observers(self, column: &str) -> Self {
        self.with(OBSERVERS, &[column])
    }

    /// The date formats accepted, tried in the order given (by default ISO only).
    #[must_use]
    pub fn date_formats(mut self, formats: impl IntoIterator<Item = DateFormat>) -> Self {
        self.date_formats = formats.into_iter().collect();
        self
    }

    /// (Long layouts.) Another name of a personnel type, matched ignoring case and
    /// spacing before the names this module knows.
    #[must_use]
    pub fn personnel_type(mut self, name: &str, category: PersonnelCategory) -> Self {
        self.type_names.push((normalize(name), category));
        self
    }

    /// Why the layout cannot read any file, if it cannot.
    fn problem(&self) -> Option<&'static str> {
        let has = |slot: usize| !self.columns[slot].is_empty();
        let categories = (CATEGORY..CATEGORY + 5).any(has);
        if self.date_formats.is_empty() {
            return Some("no date format is accepted");
        }
        match self.shape {
            Shape::Long if has(MALE) != has(FEMALE) => {
                Some("a long layout needs both a male and a female column, or neither")
            }
            Shape::Long if !has(MALE) && !has(TOTAL) => {
                Some("a long layout needs male and female columns, or a total column")
            }
            Shape::Long if categories || has(POLICE_TOTAL) || has(OBSERVERS) => Some(
                "a long layout has no category, police total or observers columns: its types are in rows",
            ),
            Shape::Wide if !categories => Some("a wide layout needs at least one category column"),
            Shape::Wide if has(MALE) || has(FEMALE) => {
                Some("a wide layout has no male or female columns")
            }
            _ => None,
        }
    }
}

/// The wanted-column position of a category.
fn category_slot(category: PersonnelCategory) -> usize {
    CATEGORY
        + PersonnelCategory::ALL
            .iter()
            .position(|&c| c == category)
            .unwrap_or(0)
}

/// Lower case, words separated by one space.
fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The category of a personnel type as the UN's files name it (see [`Layout::long`]).
fn category_of_type(normalized: &str) -> Option<PersonnelCategory> {
    use PersonnelCategory as P;
    Some(match normalized {
        "troops" | "troop" | "contingent troop" | "contingent troops" => P::Troops,
        "staff officer" | "staff officers" => P::StaffOfficers,
        "experts on mission"
        | "expert on mission"
        | "military experts on mission"
        | "military observers"
        | "military observer"
        | "unmem" => P::ExpertsOnMission,
        "formed police units" | "formed police unit" | "fpu" | "fpus" => P::FormedPoliceUnits,
        "individual police"
        | "individual police officers"
        | "ipo"
        | "ipos"
        | "civilian police"
        | "civpol" => P::IndividualPolice,
        _ => return None,
    })
}

/// Reads a contribution file in the given [`Layout`]: one [`Contribution`] of
/// [`Personnel`] per contributor, mission and reporting date.
///
/// See the [module documentation](self) for what is read and merged, and each layout for
/// its columns and decisions. `source`, if given, becomes every record's
/// [`Contribution::source`]. Records are in the order of the first row of each report.
///
/// ```
/// use peacekeeping_core::PersonnelCategory;
/// use peacekeeping_data::un::{Layout, read_contributions};
///
/// let csv = "contribution_id,isocode3,contributing_country,mission_acronym,personnel_type,male_personnel,female_personnel,last_reporting_date
/// 1,GHA,Ghana,UNMIL,Troops,700,30,2013-12-31
/// 2,GHA,Ghana,UNMIL,Staff Officer,10,2,2013-12-31
/// 3,GHA,Ghana,UNMIL,Dancers,1,1,2013-12-31
/// ";
/// let import = read_contributions(csv.as_bytes(), &Layout::data_hub(), None)?;
/// let personnel = import.records[0].what.personnel().copied().unwrap_or_default();
/// assert_eq!(personnel.get(PersonnelCategory::StaffOfficers).female, 2);
/// assert_eq!(personnel.total(), 742);
/// assert_eq!(import.skipped[0].value, "Dancers");
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column the layout names;
/// [`Error::InvalidLayout`] if the layout cannot read any file (a long layout without
/// counts, a wide one without categories, no date format); [`Error::Io`] if
/// the input cannot be read.
pub fn read_contributions<R: Read>(
    reader: R,
    layout: &Layout,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    contributions(reader, INPUT, layout, source.as_ref())
}

/// [`read_contributions`] from a file.
///
/// # Errors
/// As [`read_contributions`], and [`Error::Io`] if the file cannot be opened.
pub fn read_contributions_file(
    path: impl AsRef<Path>,
    layout: &Layout,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    let path = path.as_ref();
    // The layout is checked before the file is opened: a wrong layout is the caller's
    // mistake whatever the file.
    check_layout(layout, &path.display().to_string())?;
    read_path(path, |f, file| {
        contributions(f, file, layout, source.as_ref())
    })
}

/// [`Error::InvalidLayout`] if `layout` cannot read any file.
fn check_layout(layout: &Layout, file: &str) -> Result<(), Error> {
    match layout.problem() {
        Some(reason) => Err(Error::InvalidLayout {
            file: file.to_owned(),
            reason: reason.to_owned(),
        }),
        None => Ok(()),
    }
}

/// One report of a contributor in a mission on a date.
type Key = (ActorId, MissionId, Date);

/// What one row gives: the report it belongs to and its categories, with a skip to
/// report if they repeat the report's.
struct Part {
    key: Key,
    counts: Vec<(PersonnelCategory, Headcount)>,
    repeat: Skipped,
}

fn contributions<R: Read>(
    reader: R,
    file: &str,
    layout: &Layout,
    source: Option<&SourceId>,
) -> Result<Import<Contribution>, Error> {
    check_layout(layout, file)?;
    let wanted: [&[String]; SLOTS] = core::array::from_fn(|i| layout.columns[i].as_slice());
    let mut missions = MissionCheck::default();
    let parts = read_csv_named(reader, file, wanted, |row| {
        let date = date(row, &layout.date_formats)?;
        let contributor = contributor(row)?;
        let mission = row.mission(MISSION)?;
        let (counts, repeat) = match layout.shape {
            Shape::Long => (vec![long_count(row, layout)?], row.skip_field(TYPE, "")),
            Shape::Wide => (wide_counts(row)?, row.skip_field(DATE, "")),
        };
        missions.note(row, MISSION, &mission);
        Ok(Part {
            key: (contributor, mission, date),
            counts,
            repeat,
        })
    })?;

    let mut import = Import {
        records: Vec::new(),
        skipped: parts.skipped,
        rows_read: parts.rows_read,
        rows_merged: 0,
        notes: Vec::new(),
        unknown_missions: Vec::new(),
    };
    // Each report's record, and the line that gave each of its categories.
    let mut reports: HashMap<Key, (usize, [Option<u64>; 5])> = HashMap::new();
    for part in parts.records {
        let line = part.repeat.line.unwrap_or(0);
        let merging = reports.contains_key(&part.key);
        let (index, given) = reports.entry(part.key.clone()).or_insert_with(|| {
            let (contributor, mission, date) = part.key.clone();
            let mut c = Contribution::personnel(contributor, mission, date, Personnel::default());
            c.source = source.cloned();
            import.records.push(c);
            (import.records.len() - 1, [None; 5])
        });
        let repeated = part.counts.iter().find_map(|&(category, _)| {
            given[category_slot(category) - CATEGORY].map(|first| (category, first))
        });
        if let Some((category, first)) = repeated {
            let (contributor, mission, date) = &part.key;
            import.skipped.push(Skipped {
                reason: format!(
                    "line {first} already gives the {category} of {contributor} in {mission} on {date}: a report repeated, not added"
                ),
                ..part.repeat
            });
            missions.forget(&part.key.1);
            continue;
        }
        if merging {
            import.rows_merged += 1;
        }
        let Some(record) = import.records.get_mut(*index) else {
            continue;
        };
        if let peacekeeping_core::Contributed::Personnel(personnel) = &mut record.what {
            for (category, headcount) in part.counts {
                personnel.set(category, headcount);
                given[category_slot(category) - CATEGORY] = Some(line);
            }
        }
    }
    import.skipped.sort_by_key(|s| s.line);
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// The reporting date, in one of the layout's formats.
fn date<const N: usize>(row: &Row<'_, N>, formats: &[DateFormat]) -> Result<Date, Skipped> {
    let text = row.get(DATE).trim();
    for format in formats {
        if let Some(date) = format.parse(text) {
            return date.map_err(|reason| row.skip_field(DATE, reason));
        }
    }
    let expected: Vec<&str> = formats.iter().map(|f| f.pattern()).collect();
    Err(row.skip_field(
        DATE,
        format!("not a date: expected {}", expected.join(" or ")),
    ))
}

/// The contributor: the ISO-3 code, or where it is missing the name.
fn contributor<const N: usize>(row: &Row<'_, N>) -> Result<ActorId, Skipped> {
    let code = row.get(CODE).trim();
    let code = if code.is_empty() || code == "NA" {
        let name = row.get(NAME).trim();
        if !row.has(NAME) {
            return Err(row.skip_field(
                CODE,
                "no contributor code, and the layout has no name column to fall back on",
            ));
        }
        names::country_code(name).ok_or_else(|| {
            row.skip_field(
                NAME,
                format!("no contributor code, and {}", names::unknown_country(name)),
            )
        })?
    } else {
        row.parse(CODE)?
    };
    Ok(ActorId::from(code))
}

/// The category and headcount of a long row.
fn long_count<const N: usize>(
    row: &Row<'_, N>,
    layout: &Layout,
) -> Result<(PersonnelCategory, Headcount), Skipped> {
    let name = normalize(row.get(TYPE));
    let category = layout
        .type_names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
        .or_else(|| category_of_type(&name))
        .ok_or_else(|| row.skip_field(TYPE, "not a personnel type this layout knows"))?;
    let headcount = if row.has(MALE) {
        let (male, female) = (row.count(MALE)?, row.count(FEMALE)?);
        if row.has(TOTAL) {
            let total = row.count(TOTAL)?;
            if u64::from(male) + u64::from(female) != u64::from(total) {
                return Err(row.skip_field(
                    TOTAL,
                    format!("{male} men + {female} women do not make the total"),
                ));
            }
        }
        Headcount::by_sex(male, female)
    } else {
        Headcount::total_only(row.count(TOTAL)?)
    };
    Ok((category, headcount))
}

/// A column holding an aggregate of categories: its wanted-column position, the category
/// that takes its figure when the categories it sums are all 0, which categories it sums,
/// and their description.
type Aggregate = (
    usize,
    PersonnelCategory,
    fn(PersonnelCategory) -> bool,
    &'static str,
);

/// The categories of a wide row, after the checks of the layout's aggregate columns.
fn wide_counts<const N: usize>(
    row: &Row<'_, N>,
) -> Result<Vec<(PersonnelCategory, Headcount)>, Skipped> {
    let mut counts: Vec<(PersonnelCategory, u32)> = Vec::new();
    for (k, &category) in PersonnelCategory::ALL.iter().enumerate() {
        if row.has(CATEGORY + k) {
            counts.push((category, row.count(CATEGORY + k)?));
        }
    }
    let sum = |counts: &[(PersonnelCategory, u32)], keep: fn(PersonnelCategory) -> bool| {
        counts
            .iter()
            .filter(|(c, _)| keep(*c))
            .map(|&(_, n)| u64::from(n))
            .sum::<u64>()
    };
    let aggregates: [Aggregate; 2] = [
        (
            POLICE_TOTAL,
            PersonnelCategory::IndividualPolice,
            PersonnelCategory::is_police,
            "formed police units + individual police",
        ),
        (
            OBSERVERS,
            PersonnelCategory::ExpertsOnMission,
            |c| c == PersonnelCategory::ExpertsOnMission,
            "experts on mission",
        ),
    ];
    for (column, fallback, counted, what) in aggregates {
        if !row.has(column) {
            continue;
        }
        let aggregate = row.count(column)?;
        let parts = sum(&counts, counted);
        if parts == u64::from(aggregate) {
            continue;
        }
        if parts != 0 {
            return Err(row.skip_field(column, format!("{what} make {parts}, not this figure")));
        }
        // Not split: the aggregate is the fallback category's figure.
        match counts.iter_mut().find(|(c, _)| *c == fallback) {
            Some((_, n)) => *n = aggregate,
            None => counts.push((fallback, aggregate)),
        }
    }
    if row.has(TOTAL) {
        let total = row.count(TOTAL)?;
        let parts = sum(&counts, |_| true);
        if parts != u64::from(total) {
            return Err(row.skip_field(
                TOTAL,
                format!("the categories add up to {parts}, not to this total"),
            ));
        }
    }
    Ok(counts
        .into_iter()
        .map(|(c, n)| (c, Headcount::total_only(n)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HUB: &str = "contribution_id,isocode3,contributing_country,mission_acronym,personnel_type,male_personnel,female_personnel,last_reporting_date\n";
    const HUB_2010: &str = "ID,Contributor,Contributor_ISO-3,Troops,Date,Mission,Mission_Country,Mission_Country_ISO-3\n";
    const HDX: &str = "Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    const IPI: &str = "Date,Contributor,Contributor_ISO-3,Contributor_AU,Mission,Mission_Country,Mission_Country_ISO-3,Mission_HQ,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total\n";

    fn read(header: &str, rows: &str, layout: &Layout) -> Import<Contribution> {
        read_contributions(format!("{header}{rows}").as_bytes(), layout, None).unwrap()
    }

    fn personnel(c: &Contribution) -> Personnel {
        c.what.personnel().copied().unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    use PersonnelCategory as P;

    #[test]
    fn data_hub_merges_the_rows_of_a_report() {
        let import = read(
            HUB,
            concat!(
                "1,GHA,Ghana,UNMIL,Troops,700,30,2013-12-31\n",
                "2,GHA,Ghana,UNMIL,Staff Officer,10,2,2013-12-31\n",
                "3,GHA,Ghana,ONUCI,Experts on Mission,3,0,2013-12-31\n",
                "4,GHA,Ghana,UNMIL,Formed Police Units,NA,,2013-12-31 00:00:00\n",
                "5,GHA,Ghana,UNMIL,Individual Police,5,1,31/12/2013\n",
                "6,GHA,Ghana,UNMIL,Troops,690,30,2014-01-31\n",
            ),
            &Layout::data_hub(),
        );
        assert!(import.is_complete(), "{:?}", import.skipped);
        assert_eq!(import.records.len(), 3);
        let c = &import.records[0];
        assert_eq!(
            (c.contributor.as_str(), c.mission.as_str(), c.date),
            ("GHA", "UNMIL", date(2013, 12, 31))
        );
        let p = personnel(c);
        assert_eq!(p.get(P::Troops), Headcount::by_sex(700, 30));
        assert_eq!(p.get(P::StaffOfficers), Headcount::by_sex(10, 2));
        assert_eq!(p.get(P::FormedPoliceUnits), Headcount::by_sex(0, 0));
        assert_eq!(p.get(P::IndividualPolice), Headcount::by_sex(5, 1));
        assert_eq!(p.total(), 748);
        assert_eq!(import.records[1].mission.as_str(), "UNOCI");
        assert_eq!(
            personnel(&import.records[1]).get(P::ExpertsOnMission),
            Headcount::by_sex(3, 0)
        );
        assert_eq!(import.records[2].date, date(2014, 1, 31));
        // Rows 2, 4 and 5 add a category to the report of row 1.
        assert_eq!(
            import.summary().to_string(),
            "6 rows read: 3 imported, 3 merged, 0 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn a_misspelled_contributor_name_is_reported_with_the_closest_known_name() {
        let import = read(
            HUB,
            "1,,Cote d'Ivore,UNMIL,Troops,1,1,2013-12-31\n",
            &Layout::data_hub(),
        );
        assert!(import.records.is_empty());
        assert_eq!(
            import.skipped[0].reason,
            r#"no contributor code, and unknown country "Cote d'Ivore"; closest known: "Côte d'Ivoire" (CIV)"#
        );
        let Err(Error::Rejected(first)) = import.clone().strict() else {
            panic!("strict mode accepted a skipped row")
        };
        assert_eq!(first, import.skipped[0]);
    }

    #[test]
    fn data_hub_maps_every_known_type_name() {
        for (name, category) in [
            ("Troops", P::Troops),
            ("Contingent Troop", P::Troops),
            ("staff  officers", P::StaffOfficers),
            ("Experts on Mission", P::ExpertsOnMission),
            ("Military Observers", P::ExpertsOnMission),
            ("UNMEM", P::ExpertsOnMission),
            ("Formed Police Units", P::FormedPoliceUnits),
            ("FPU", P::FormedPoliceUnits),
            ("Individual Police", P::IndividualPolice),
            ("IPO", P::IndividualPolice),
            ("Civilian Police", P::IndividualPolice),
        ] {
            let import = read(
                HUB,
                &format!("1,GHA,Ghana,UNMIL,{name},4,1,2013-12-31\n"),
                &Layout::data_hub(),
            );
            assert_eq!(
                personnel(&import.records[0]).get(category),
                Headcount::by_sex(4, 1),
                "{name}"
            );
        }
    }

    #[test]
    fn a_repeated_category_in_a_report_is_reported_not_added() {
        let import = read(
            HUB,
            concat!(
                "1,GHA,Ghana,UNMIL,Troops,700,30,2013-12-31\n",
                "2,GHA,Ghana,UNMIL,Contingent Troop,5,0,2013-12-31\n",
                "3,GHA,Ghana,UNMIL,Experts on Mission,1,0,2013-12-31\n",
                "4,GHA,Ghana,UNMIL,Military Observers,1,0,2013-12-31\n",
            ),
            &Layout::data_hub(),
        );
        assert_eq!(import.records.len(), 1);
        let p = personnel(&import.records[0]);
        assert_eq!(p.get(P::Troops), Headcount::by_sex(700, 30));
        assert_eq!(p.total(), 731);
        let s = &import.skipped;
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].line, s[0].field.as_deref(), s[0].value.as_str()),
            (Some(3), Some("personnel_type"), "Contingent Troop")
        );
        assert_eq!(
            s[0].reason,
            "line 2 already gives the troops of GHA in UNMIL on 2013-12-31: a report repeated, not added"
        );
        assert_eq!(s[1].line, Some(5));
        assert!(s[1].reason.contains("line 4"));
        // Four rows: one record, one merged into it (the experts), two skipped.
        assert_eq!(
            import.summary().to_string(),
            "4 rows read: 1 imported, 1 merged, 2 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn data_hub_skips_bad_rows_with_their_field() {
        let import = read(
            HUB,
            concat!(
                "1,GHA,Ghana,UNMIL,Dancers,1,1,2013-12-31\n",
                "2,GHA,Ghana,UNMIL,Troops,1,x,2013-12-31\n",
                "3,GHA,Ghana,UNMIL,Troops,1,1,31.12.2013\n",
                "4,GHA,Ghana,UNMIL,Troops,1,1,2013-02-30\n",
                "5,GHA,Ghana,UNMIL,Troops,1,1,2013-12-31 25:00:00\n",
                "6,XXX,Ghana,UNMIL,Troops,1,1,2013-12-31\n",
                "7,,Atlantis,UNMIL,Troops,1,1,2013-12-31\n",
                "8,GHA,Ghana,UN MIL?,Troops,1,1,2013-12-31\n",
                "9,NA,DR Congo,MONUSCO,Troops,1,1,2013-12-31\n",
                "10,GHA,Ghana,UNMIL\n",
            ),
            &Layout::data_hub(),
        );
        assert_eq!(import.records.len(), 1);
        assert_eq!(import.records[0].contributor.as_str(), "COD");
        let got: Vec<_> = import
            .skipped
            .iter()
            .map(|s| (s.line, s.field.as_deref(), s.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2), Some("personnel_type"), "Dancers"),
                (Some(3), Some("female_personnel"), "x"),
                (Some(4), Some("last_reporting_date"), "31.12.2013"),
                (Some(5), Some("last_reporting_date"), "2013-02-30"),
                (Some(6), Some("last_reporting_date"), "2013-12-31 25:00:00"),
                (Some(7), Some("isocode3"), "XXX"),
                (Some(8), Some("contributing_country"), "Atlantis"),
                (Some(9), Some("mission_acronym"), "UN MIL?"),
                (Some(11), None, "10,GHA,Ghana,UNMIL"),
            ]
        );
        assert!(import.skipped[0].reason.contains("not a personnel type"));
        assert!(
            import.skipped[2]
                .reason
                .contains("expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS or DD/MM/YYYY")
        );
        assert!(import.skipped[4].reason.contains("not a time of day"));
        assert_eq!(
            import.skipped[6].reason,
            r#"no contributor code, and unknown country "Atlantis"; no known name is close"#
        );
        assert_eq!(
            import.summary().to_string(),
            "10 rows read: 1 imported, 0 merged, 9 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn data_hub_names_missing_columns() {
        let err = read_contributions(
            "isocode3,mission_acronym,personnel_type\n".as_bytes(),
            &Layout::data_hub(),
            None,
        )
        .unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(
            missing,
            [
                "last_reporting_date",
                "contributing_country",
                "male_personnel",
                "female_personnel"
            ]
        );
    }

    #[test]
    fn hdx_gender_reads_day_month_year_and_sets_the_source() {
        let text = format!(
            "{HDX}Ghana,GHA,UNMIL,Troops,30,700,31/12/2013\nGhana,GHA,UNMIL,IPO,1,5,1/1/2014\n\"Cote d Ivoire\",,UNMIL,IPO,1,5,31/12/2013\nGhana,GHA,UNMIL,Troops,1,1,2013-12-31\nGhana,GHA,UNMIL,FPU,1,1,31-12-2013\n"
        );
        let import = read_contributions(
            text.as_bytes(),
            &Layout::hdx_gender(),
            Some("hdx".parse().unwrap()),
        )
        .unwrap();
        assert_eq!(import.records.len(), 3);
        let c = &import.records[0];
        assert_eq!(c.source.as_ref().map(SourceId::as_str), Some("hdx"));
        assert_eq!(personnel(c).get(P::Troops), Headcount::by_sex(700, 30));
        assert_eq!(import.records[1].date, date(2014, 1, 1));
        assert_eq!(import.records[2].contributor.as_str(), "CIV");
        // ISO is accepted too: line 5 repeats line 2's troops.
        assert_eq!(import.skipped[0].line, Some(5));
        assert!(import.skipped[0].reason.contains("line 2 already gives"));
        assert_eq!(
            import.skipped[1].field.as_deref(),
            Some("Last_Reporting_Date")
        );
        assert!(
            import.skipped[1]
                .reason
                .contains("DD/MM/YYYY or YYYY-MM-DD")
        );
        assert_eq!(
            import.summary().to_string(),
            "5 rows read: 3 imported, 0 merged, 2 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn data_hub_before_2010_stores_its_one_figure_as_troops() {
        let import = read(
            HUB_2010,
            concat!(
                "1,Ghana,GHA,120,2005-12-31,UNMIL,Liberia,LBR\n",
                "2,DR Congo,,7,31/12/2005,ONUCI,Cote d Ivoire,CIV\n",
                "3,Ghana,GHA,12x,2005-12-31,UNMIL,Liberia,LBR\n",
                "4,Ghana,GHA,5,2005-12-31,UNMIL,Liberia,LBR\n",
                "5,Atlantis,,5,2005-12-31,UNMIL,Liberia,LBR\n",
            ),
            &Layout::data_hub_before_2010(),
        );
        assert_eq!(import.records.len(), 2);
        let p = personnel(&import.records[0]);
        // Decision (see Layout::data_hub_before_2010): the column is stored under the
        // category its name gives, with no split by sex.
        assert_eq!(p.get(P::Troops), Headcount::total_only(120));
        assert_eq!(p.total(), 120);
        assert_eq!(
            (
                import.records[1].contributor.as_str(),
                import.records[1].mission.as_str()
            ),
            ("COD", "UNOCI")
        );
        let got: Vec<_> = import
            .skipped
            .iter()
            .map(|s| (s.line, s.field.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(4), Some("Troops")),
                (Some(5), Some("Date")),
                (Some(6), Some("Contributor"))
            ]
        );
        assert!(import.skipped[1].reason.contains("line 2 already gives"));
        // A wide row repeating a report is skipped, never merged.
        assert_eq!(
            import.summary().to_string(),
            "5 rows read: 2 imported, 0 merged, 3 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn ipi_full_stores_the_parts_and_checks_the_aggregates() {
        let import = read(
            IPI,
            concat!(
                // current_month.csv, Albania and Algeria: Civilian_Police is all police,
                // Observers repeats Experts_on_Mission.
                "2014-03-31,Albania,ALB,0,UNMISS,South Sudan',SSD,Juba,NA,NA,1,1,NA,NA,1\n",
                "2014-03-31,Algeria,DZA,1,MONUSCO,DR Congo,COD,Kinshasa,5,NA,NA,NA,NA,5,5\n",
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,150,700,2,852\n",
                // An older report: police and observers not split.
                "1995-03-31,Ghana,GHA,1,UNAVEM,Angola,AGO,Luanda,NA,NA,NA,30,800,10,840\n",
            ),
            &Layout::ipi_full(),
        );
        assert!(import.is_complete(), "{:?}", import.skipped);
        let p: Vec<_> = import.records.iter().map(personnel).collect();
        assert_eq!(p[0].get(P::IndividualPolice), Headcount::total_only(1));
        assert_eq!(p[0].total(), 1);
        assert_eq!(p[1].get(P::ExpertsOnMission), Headcount::total_only(5));
        assert_eq!(p[1].total(), 5);
        assert_eq!(p[2].get(P::FormedPoliceUnits), Headcount::total_only(140));
        assert_eq!(p[2].get(P::Troops), Headcount::total_only(700));
        assert_eq!(p[2].total(), 852);
        assert_eq!(p[3].get(P::IndividualPolice), Headcount::total_only(30));
        assert_eq!(p[3].get(P::ExpertsOnMission), Headcount::total_only(10));
        assert_eq!(p[3].get(P::FormedPoliceUnits), Headcount::total_only(0));
        assert_eq!(p[3].total(), 840);
        assert_eq!(
            import.summary().to_string(),
            "4 rows read: 4 imported, 0 merged, 0 skipped"
        );
    }

    #[test]
    fn ipi_full_skips_rows_whose_aggregates_disagree() {
        let import = read(
            IPI,
            concat!(
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,151,700,2,852\n",
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,150,700,3,852\n",
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,150,700,2,853\n",
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,150,700,2,852\n",
                "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,2,140,10,150,700,2,852\n",
            ),
            &Layout::ipi_full(),
        );
        assert_eq!(import.records.len(), 1);
        let got: Vec<_> = import
            .skipped
            .iter()
            .map(|s| (s.line, s.field.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2), Some("Civilian_Police")),
                (Some(3), Some("Observers")),
                (Some(4), Some("Total")),
                (Some(6), Some("Date")),
            ]
        );
        assert!(import.skipped[0].reason.contains("make 150"));
        assert!(import.skipped[2].reason.contains("add up to 852"));
        assert!(import.skipped[3].reason.contains("line 5 already gives"));
        assert_eq!(
            import.summary().to_string(),
            "5 rows read: 1 imported, 0 merged, 4 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn ipi_full_accepts_the_corrected_spelling_and_names_missing_columns() {
        let header = IPI.replace("Inidividual", "Individual");
        let import = read(
            &header,
            "2014-03-31,Ghana,GHA,1,UNMIL,Liberia,LBR,Monrovia,0,0,4,4,0,0,4\n",
            &Layout::ipi_full(),
        );
        assert_eq!(
            personnel(&import.records[0]).get(P::IndividualPolice),
            Headcount::total_only(4)
        );
        let err = read_contributions(
            "Date,Mission,Troops\n".as_bytes(),
            &Layout::ipi_full(),
            None,
        )
        .unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(missing[0], "Contributor_ISO-3");
        assert!(missing.contains(&"Inidividual_Police or Individual_Police".to_owned()));
    }

    #[test]
    fn a_custom_long_layout_with_totals_and_type_names() {
        let layout = Layout::long("month", "iso", "op", "kind")
            .total("n")
            .personnel_type("Soldados", P::Troops);
        assert_eq!(layout.shape(), Shape::Long);
        let import = read(
            "month,iso,op,kind,n\n",
            "2001-01-31,BRA,UNTAET,soldados,70\n2001-01-31,BRA,UNTAET,CIVPOL,5\n",
            &layout,
        );
        assert!(import.is_complete());
        let p = personnel(&import.records[0]);
        assert_eq!(p.get(P::Troops), Headcount::total_only(70));
        assert_eq!(p.get(P::IndividualPolice), Headcount::total_only(5));

        let checked = Layout::long("month", "iso", "op", "kind")
            .male("m")
            .female("f")
            .total("n");
        let import = read(
            "month,iso,op,kind,m,f,n\n",
            "2001-01-31,BRA,UNTAET,Troops,60,10,70\n2001-01-31,BRA,UNTAET,IPO,1,1,3\n",
            &checked,
        );
        assert_eq!(import.records.len(), 1);
        assert_eq!(import.skipped[0].field.as_deref(), Some("n"));
        // Without a name column there is nothing to fall back on.
        let import = read(
            "month,iso,op,kind,n\n",
            "2001-01-31,,UNTAET,Troops,70\n",
            &layout,
        );
        assert!(import.skipped[0].reason.contains("no name column"));
    }

    #[test]
    fn layouts_that_cannot_read_anything_are_errors() {
        let bad = [
            Layout::long("d", "c", "m", "t"),
            Layout::long("d", "c", "m", "t").male("m"),
            Layout::long("d", "c", "m", "t")
                .total("n")
                .category(P::Troops, "x"),
            Layout::wide("d", "c", "m"),
            Layout::wide("d", "c", "m")
                .category(P::Troops, "x")
                .male("m")
                .female("f"),
            Layout::data_hub().date_formats([]),
        ];
        for layout in bad {
            let err = read_contributions("d,c,m\n".as_bytes(), &layout, None).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidLayout { file, .. } if file == "<input>"),
                "{err}"
            );
        }
        let err = read_contributions_file("/no/such.csv", &Layout::wide("d", "c", "m"), None)
            .unwrap_err();
        assert!(err.to_string().starts_with("/no/such.csv: "), "{err}");
        let err = read_contributions_file("/no/such.csv", &Layout::data_hub(), None).unwrap_err();
        assert!(matches!(err, Error::Io { .. }));
    }

    #[test]
    fn date_formats_are_strict_about_shape() {
        use DateFormat as F;
        assert_eq!(F::Iso.parse("2010-10-31"), Some(Ok(date(2010, 10, 31))));
        assert_eq!(F::Iso.parse("2010-1-31"), None);
        assert!(matches!(F::Iso.parse("2010-02-30"), Some(Err(_))));
        assert_eq!(
            F::IsoDateTime.parse("2010-10-31T23:59:59"),
            Some(Ok(date(2010, 10, 31)))
        );
        assert_eq!(F::IsoDateTime.parse("2010-10-31"), None);
        assert_eq!(F::IsoDateTime.parse("2010-10-31 1:00"), None);
        assert_eq!(
            F::DayMonthYear.parse("1/2/2010"),
            Some(Ok(date(2010, 2, 1)))
        );
        assert_eq!(F::DayMonthYear.parse("01/02/10"), None);
        assert!(matches!(F::DayMonthYear.parse("31/02/2010"), Some(Err(_))));
        assert_eq!(F::DayMonthYear.parse("-1/02/2010"), None);
    }
}
