//! The fatalities reader on the UN's real file, `un-fatalities/DPPADPOSS-FATALITIES.csv`
//! (UN DPPA-DPOSS, "Peacekeeping Fatalities", `last_update` 2025-04-04; SOURCES.md), with
//! the figures SOURCES.md lists. Skipped when the shared data directory is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use peacekeeping_core::{Date, Fatality, FatalityCause, StaffCategory};
use peacekeeping_data::fatalities::{self, Fatalities};
use peacekeeping_testkit::{assert_balanced, data_dir};

const FILE: &str = "un-fatalities/DPPADPOSS-FATALITIES.csv";

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

/// The file, read once for all tests; `None` when the shared data are absent.
fn file() -> Option<&'static Fatalities> {
    static FILE_READ: OnceLock<Option<Fatalities>> = OnceLock::new();
    FILE_READ
        .get_or_init(|| {
            let dir = data_dir("real fatalities")?;
            Some(fatalities::read_fatalities_file(dir.join(FILE)).unwrap())
        })
        .as_ref()
}

fn records() -> Option<&'static [Fatality]> {
    file().map(|f| f.import.records.as_slice())
}

fn count(records: &[Fatality], keep: impl Fn(&Fatality) -> bool) -> usize {
    records.iter().filter(|f| keep(f)).count()
}

/// SOURCES.md: 4,429 rows, 81 mission acronyms, 1948-07-06 .. 2025-02-18, every row a
/// record; `last_update` 2025-04-04, so 2025 is partial (10 rows).
#[test]
fn every_row_is_a_record_and_the_span_is_as_published() {
    let Some(file) = file() else { return };
    let import = &file.import;
    assert_balanced(import);
    assert!(import.is_complete(), "{:#?}", import.skipped);
    assert_eq!(import.rows_read, 4_429);
    assert_eq!(import.records.len(), 4_429);
    let acronyms: BTreeSet<&str> = import.records.iter().map(|f| f.mission.as_str()).collect();
    assert_eq!(acronyms.len(), 81);
    let first = import.records.iter().map(|f| f.date).min();
    let last = import.records.iter().map(|f| f.date).max();
    assert_eq!(
        (first, last),
        (Some(day(1948, 7, 6)), Some(day(2025, 2, 18)))
    );
    assert_eq!(file.last_update, Some(day(2025, 4, 4)));
    assert_eq!(file.complete_through(), Some(2024));
    assert_eq!(count(&import.records, |f| f.date.year() == 2025), 10);
    println!("{FILE}: {}", import.summary());
}

/// SOURCES.md: six `casualty_id`s occur twice, UNMIK local staff listed once as
/// Montenegrin (MNE) and once as nationals of Serbia and Montenegro (SCG). Both rows are
/// records; the people are 6 fewer.
#[test]
fn six_unmik_staff_are_listed_twice_as_mne_and_scg() {
    let Some(file) = file() else { return };
    let records = &file.import.records;
    let by_id: BTreeMap<&str, &Fatality> = records.iter().map(|f| (f.id.as_str(), f)).collect();
    assert_eq!(by_id.len(), 4_429, "ids are unique");
    assert_eq!(file.repeated_casualties.len(), 6);
    for repeat in &file.repeated_casualties {
        assert!(repeat.casualty_id.starts_with("UNMIK-"), "{repeat:?}");
        assert_eq!(repeat.records.len(), 2);
        let pair: Vec<&Fatality> = repeat.records.iter().map(|id| by_id[id.as_str()]).collect();
        let codes: Vec<String> = pair
            .iter()
            .map(|f| f.nationality.unwrap().to_string())
            .collect();
        assert_eq!(codes, ["MNE", "SCG"], "{repeat:?}");
        assert_eq!(pair[0].date, pair[1].date);
        assert_eq!(pair[0].cause, pair[1].cause);
        assert_eq!(pair[0].category, StaffCategory::LocalCivilian);
        assert_eq!(pair[1].category, StaffCategory::LocalCivilian);
    }
    assert_eq!(file.people(), 4_423);
}

/// "Indian peacekeepers lead in fatalities as blue helmets turn 75" (moneycontrol.com,
/// 25 July 2023): 178 Indian deaths, 69 by malicious acts; and "4,319 died to date",
/// which lies between the file's 4,316 rows up to 31 May 2023 and 4,325 up to the day
/// before the article.
#[test]
fn indian_deaths_and_the_total_to_july_2023() {
    let Some(records) = records() else { return };
    let cutoff = day(2023, 7, 25);
    let indian = |f: &Fatality| f.nationality.is_some_and(|c| c.as_str() == "IND");
    assert_eq!(count(records, |f| indian(f) && f.date <= cutoff), 178);
    assert_eq!(
        count(records, |f| indian(f)
            && f.date <= cutoff
            && f.is_malicious()),
        69
    );
    // 178 and 69 hold for any cut-off from 26 July 2022 to 31 October 2023: the figures
    // pin the cut-off to that span, which the article's date falls in.
    for (on, total, malicious) in [
        (day(2022, 7, 25), 176, 67),
        (day(2022, 7, 26), 178, 69),
        (day(2023, 10, 31), 178, 69),
        (day(2023, 11, 1), 179, 69),
    ] {
        assert_eq!(count(records, |f| indian(f) && f.date <= on), total, "{on}");
        let m = count(records, |f| indian(f) && f.date <= on && f.is_malicious());
        assert_eq!(m, malicious, "{on}");
    }
    assert_eq!(count(records, |f| f.date <= day(2023, 5, 31)), 4_316);
    assert_eq!(count(records, |f| f.date <= cutoff), 4_325);
}

/// The same article: yearly totals above 100 only four times before 2003 (1961: 155,
/// 1993: 252, 1994: 168, 1995: 126), and every year from 2003 to 2022 except 2007 (90)
/// and 2018 (99).
#[test]
fn yearly_totals_above_100() {
    let Some(records) = records() else { return };
    let mut by_year: BTreeMap<i32, usize> = BTreeMap::new();
    for f in records {
        *by_year.entry(f.date.year()).or_default() += 1;
    }
    let above: Vec<(i32, usize)> = by_year
        .iter()
        .filter(|&(&y, &n)| y < 2003 && n > 100)
        .map(|(&y, &n)| (y, n))
        .collect();
    assert_eq!(above, [(1961, 155), (1993, 252), (1994, 168), (1995, 126)]);
    let not_above: Vec<(i32, usize)> = (2003..=2022)
        .map(|y| (y, by_year.get(&y).copied().unwrap_or(0)))
        .filter(|&(_, n)| n <= 100)
        .collect();
    assert_eq!(not_above, [(2007, 90), (2018, 99)]);
}

/// Illness deaths (dayfr.com infographic "The numbers of peacekeepers who have died on
/// peacekeeping missions since 1948"): UNAMID 158, UNMIL 151. Mission totals: UNIFIL
/// 339, MINUSMA 311 (174 by malicious acts), UNAMID 295, MONUSCO 292.
#[test]
fn mission_totals_and_illness_deaths() {
    let Some(records) = records() else { return };
    let of = |m: &str| count(records, |f| f.mission.as_str() == m);
    let ill = |m: &str| {
        count(records, |f| {
            f.mission.as_str() == m && f.cause == FatalityCause::Illness
        })
    };
    assert_eq!((ill("UNAMID"), ill("UNMIL")), (158, 151));
    assert_eq!(
        [of("UNIFIL"), of("MINUSMA"), of("UNAMID"), of("MONUSCO")],
        [339, 311, 295, 292]
    );
    assert_eq!(
        count(records, |f| f.mission.as_str() == "MINUSMA"
            && f.is_malicious()),
        174
    );
}

/// SOURCES.md: 52 rows lack `isocode3`. 37 are resolved by name (Côte dIvoire 29,
/// Türkiye 6, Mauritius 1, Viet Nam 1); 15 have no nationality (`ZZ [Undetermined]`
/// 14, an empty name 1). Every `m49_code` agrees with its `isocode3`.
#[test]
fn rows_without_isocode3_are_resolved_by_name_where_there_is_one() {
    let Some(dir) = data_dir("real fatalities: isocode3") else {
        return;
    };
    let Some(records) = records() else { return };
    let text = std::fs::read_to_string(dir.join(FILE)).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (id, iso, name) = (
        column("id"),
        column("isocode3"),
        column("casualty_nationality"),
    );
    // No field of this file is quoted or holds a comma.
    let without: BTreeMap<String, String> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| f[iso].is_empty())
        .map(|f| (f[id].to_owned(), f[name].to_owned()))
        .collect();
    assert_eq!(without.len(), 52);
    let mut resolved: BTreeMap<(String, String), usize> = BTreeMap::new();
    for f in records.iter().filter(|f| without.contains_key(&f.id)) {
        let code = f
            .nationality
            .map_or_else(|| "-".to_owned(), |c| c.to_string());
        *resolved.entry((without[&f.id].clone(), code)).or_default() += 1;
    }
    let expected: BTreeMap<(String, String), usize> = [
        ("Côte dIvoire", "CIV", 29),
        ("Türkiye", "TUR", 6),
        ("Mauritius", "MUS", 1),
        ("Viet Nam", "VNM", 1),
        ("ZZ [Undetermined]", "-", 14),
        ("", "-", 1),
    ]
    .into_iter()
    .map(|(n, c, k)| ((n.to_owned(), c.to_owned()), k))
    .collect();
    assert_eq!(resolved, expected);
    assert_eq!(count(records, |f| f.nationality.is_none()), 15);
}

/// Gender, categories and causes as the file gives them (counts of the 2025 file).
#[test]
fn categories_causes_and_gender() {
    let Some(records) = records() else { return };
    let mut categories: BTreeMap<String, usize> = BTreeMap::new();
    let mut causes: BTreeMap<String, usize> = BTreeMap::new();
    for f in records {
        *categories.entry(f.category.to_string()).or_default() += 1;
        *causes.entry(f.cause.to_string()).or_default() += 1;
    }
    let as_map = |pairs: &[(&str, usize)]| -> BTreeMap<String, usize> {
        pairs.iter().map(|&(k, n)| (k.to_owned(), n)).collect()
    };
    assert_eq!(
        categories,
        as_map(&[
            ("military", 3_036),
            ("local-civilian", 557),
            ("international-civilian", 351),
            ("police", 314),
            ("military-observer", 97),
            ("other", 74),
        ])
    );
    assert_eq!(
        causes,
        as_map(&[
            ("illness", 1_643),
            ("accident", 1_412),
            ("malicious-act", 1_134),
            ("self-inflicted", 148),
            ("to-be-determined", 60),
            ("unknown", 32),
        ])
    );
    assert_eq!(count(records, |f| f.gender.is_none()), 151);
}

/// The acronyms the reference dataset lacks are imported and listed, with their rows;
/// `UNSecretariat` (9 rows) is not a mission. (BINUH, UNIPSIL, UNITAMS, UNSMIL and UNVMC,
/// which the file also names, are reference missions: each death lies in its period.)
#[test]
fn acronyms_the_reference_lacks_are_reported() {
    let Some(file) = file() else { return };
    let unknown: BTreeMap<&str, usize> = file
        .import
        .unknown_missions
        .iter()
        .map(|u| (u.id.as_str(), u.rows))
        .collect();
    let expected: BTreeMap<&str, usize> = [
        ("OSESGY", 1),
        ("OSESyria", 1),
        ("UNGCI", 8),
        ("UNMAO", 1),
        ("UNOAU", 1),
        ("UNOHCI", 27),
        ("UNOWA", 2),
        ("UNOWAS", 1),
        ("UNPOS", 2),
        ("UNSCOB", 2),
        ("UNSMA", 2),
        (fatalities::UN_SECRETARIAT, 9),
    ]
    .into_iter()
    .collect();
    assert_eq!(unknown, expected);
    let data = peacekeeping_data::reference::dataset();
    for id in ["BINUH", "UNIPSIL", "UNITAMS", "UNSMIL", "UNVMC"] {
        let mission = data.mission(id).unwrap();
        let deaths: Vec<&Fatality> = file
            .import
            .records
            .iter()
            .filter(|f| f.mission.as_str() == id)
            .collect();
        assert!(!deaths.is_empty(), "{id}");
        assert!(deaths.iter().all(|f| mission.is_active_on(f.date)), "{id}");
    }
    assert!(
        file.import
            .summary()
            .to_string()
            .ends_with(&format!("; {} unknown missions", expected.len()))
    );
}
