//! The reader of the UN and Non-UN Peacekeeping Dataset on the real file
//! (`non-un-pko/un_nonun_pko_v2-2019.csv`; SOURCES.md), with every figure SOURCES.md says
//! it reproduces. Each test is skipped when the shared data directory is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use peacekeeping_core::Date;
use peacekeeping_data::nonun::{MissionMonth, OrgKind};
use peacekeeping_data::{Import, ipi, names, nonun};

use peacekeeping_testkit::{assert_balanced, data_dir};

const FILE: &str = "non-un-pko/un_nonun_pko_v2-2019.csv";

/// The file, read once for all the tests; `None` without the shared data directory.
fn import() -> Option<&'static Import<MissionMonth>> {
    static IMPORT: OnceLock<Option<Import<MissionMonth>>> = OnceLock::new();
    IMPORT
        .get_or_init(|| {
            let dir = data_dir("real_nonun")?;
            Some(nonun::read_mission_months_file(dir.join(FILE)).unwrap())
        })
        .as_ref()
}

fn month(y: i32, m: u32) -> Date {
    Date::new(y, m, 1).unwrap().last_of_month()
}

/// The record of `mission` (a reference id) in month `y-m`: exactly one.
#[track_caller]
fn find<'a>(import: &'a Import<MissionMonth>, mission: &str, y: i32, m: u32) -> &'a MissionMonth {
    let found: Vec<&MissionMonth> = import
        .records
        .iter()
        .filter(|r| r.mission.as_str() == mission && r.date == month(y, m))
        .collect();
    assert_eq!(found.len(), 1, "{mission} {y}-{m:02}");
    found[0]
}

/// Source: SOURCES.md, "8,100 rows; 112 mission names (121 mission-country ids); 36
/// countries", and its quirk that a mission-month repeats once per conflict.
#[test]
fn every_row_is_read_and_the_repeats_per_conflict_are_merged() {
    let Some(import) = import() else {
        return;
    };
    assert_eq!(import.rows_read, 8_100);
    assert_balanced(import);
    assert_eq!(
        import.summary().to_string(),
        "8100 rows read: 6422 imported, 1678 merged, 0 skipped; 6 unknown missions"
    );
    assert!(
        import.is_complete(),
        "{:#?}",
        &import.skipped[..import.skipped.len().min(5)]
    );
    // 6,422 mission-months; the other 1,678 rows repeat one under another conflict, with
    // the same figures (a disagreement would be a skipped row).
    assert_eq!(import.records.len(), 6_422);
    assert_eq!(import.rows_merged, 1_678);
    let conflicts: usize = import.records.iter().map(|r| r.conflicts.len()).sum();
    assert_eq!(conflicts, 8_100);
    let names: BTreeSet<&str> = import.records.iter().map(|r| &*r.name).collect();
    assert_eq!(names.len(), 112);
    assert!(names.contains("UNMIBH "), "the trailing space is kept");
    let ids: BTreeSet<u32> = import.records.iter().map(|r| r.missionid).collect();
    assert_eq!(ids.len(), 121);
    let countries: BTreeSet<u16> = import.records.iter().map(|r| r.cow.get()).collect();
    assert_eq!(countries.len(), 36);
    // One record per (missionid, month).
    let keys: BTreeSet<(u32, Date)> = import
        .records
        .iter()
        .map(|r| (r.missionid, r.date))
        .collect();
    assert_eq!(keys.len(), import.records.len());
    // 1993-01 to 2016-12.
    let first = import.records.iter().map(|r| r.date).min().unwrap();
    let last = import.records.iter().map(|r| r.date).max().unwrap();
    assert_eq!((first, last), (month(1993, 1), month(2016, 12)));
}

/// Source: SOURCES.md, "AMISOM December 2015 total 22,126 (= the AU/UN authorised
/// ceiling of 22,126 uniformed personnel, UNSC resolution 2124 (2013))" and "AMISOM grows
/// from 1,792 (Dec 2007) to 21,900 (Dec 2016)".
#[test]
fn amisom_from_1792_in_2007_to_22126_in_2015_and_21900_in_2016() {
    let Some(import) = import() else {
        return;
    };
    for (year, total) in [(2007, 1_792.0), (2015, 22_126.0), (2016, 21_900.0)] {
        let december = find(import, "AMISOM", year, 12);
        assert_eq!(december.total(), total, "{year}");
        assert!(december.sipri_observed, "{year}");
        assert_eq!(december.org, OrgKind::Regional);
        assert_eq!(december.host.as_str(), "SOM");
        assert!(december.ipi.is_none());
    }
    let december_2015 = find(import, "AMISOM", 2015, 12);
    assert_eq!(
        (
            december_2015.personnel.troops,
            december_2015.personnel.police
        ),
        (21_645.0, 481.0)
    );
    // Its months run from February 2007 to December 2016, once each.
    let months: Vec<Date> = import
        .records
        .iter()
        .filter(|r| r.mission.as_str() == "AMISOM")
        .map(|r| r.date)
        .collect();
    assert_eq!(months.len(), 119);
    assert_eq!((months[0], months[118]), (month(2007, 2), month(2016, 12)));
}

/// Source: SOURCES.md, "KFOR December 1999 42,500 falling to 4,289 in December 2016", and
/// its quirk "Kosovo is under Serbia": COW 345 is Yugoslavia, Serbia and Montenegro, then
/// Serbia.
#[test]
fn kfor_from_42500_in_1999_to_4289_in_2016_under_serbia() {
    let Some(import) = import() else {
        return;
    };
    let (start, end) = (
        find(import, "KFOR", 1999, 12),
        find(import, "KFOR", 2016, 12),
    );
    assert_eq!((start.total(), end.total()), (42_500.0, 4_289.0));
    assert_eq!((start.host.as_str(), end.host.as_str()), ("YUG", "SRB"));
    assert_eq!(find(import, "KFOR", 2005, 12).host.as_str(), "SCG");
    for kosovo in ["KFOR", "UNMIK", "EULEX"] {
        let cows: BTreeSet<u16> = import
            .records
            .iter()
            .filter(|r| &*r.name == kosovo)
            .map(|r| r.cow.get())
            .collect();
        assert_eq!(cows, BTreeSet::from([345]), "{kosovo}");
    }
}

/// Source: SOURCES.md, "the `IPI_*` columns equal `ipi-ppp/data_mission.csv` (UNMIL
/// December 2010: 7,938 troops, 1,323 police, 131 observers, 9,392 total)". Every month
/// both files give for a mission is compared.
#[test]
fn the_ipi_figures_equal_ipi_ppp_data_mission_in_every_month_both_have() {
    let Some(import) = import() else {
        return;
    };
    let Some(dir) = data_dir("real_nonun ipi") else {
        return;
    };
    let ipi_file = ipi::read_mission_months_file(dir.join("ipi-ppp/data_mission.csv")).unwrap();
    assert!(ipi_file.is_complete());
    // IPI's months by the reference mission its acronym names (`ONUCI` was made `UNOCI`
    // by the reader), and by year and month: IPI dates a month by its report, not
    // always the month's last day (2000-02-28 for February 2000). IPI's `UNAVEM` lumps
    // UNAVEM I-III and its `UNOSOM` runs on into UNOSOM II (SOURCES.md): they are
    // compared under `UNAVEM` and `UNOSOM`.
    let key = |id: &str, date: Date| {
        let id = names::known_mission(id).map_or(id, |m| m.as_str());
        let lumped = ["UNAVEM", "UNOSOM"]
            .into_iter()
            .find(|lump| id.starts_with(lump))
            .unwrap_or(id);
        (lumped.to_owned(), date.year(), date.month())
    };
    let mut by_month: BTreeMap<(String, i32, u32), Vec<&ipi::MissionMonth>> = BTreeMap::new();
    for r in &ipi_file.records {
        by_month
            .entry(key(r.mission.as_str(), r.date))
            .or_default()
            .push(r);
    }

    let unmil = find(import, "UNMIL", 2010, 12).ipi.unwrap();
    assert_eq!(
        (unmil.troops, unmil.police, unmil.observers, unmil.total()),
        (7_938, 1_323, 131, 9_392)
    );
    let ipi_unmil = by_month[&("UNMIL".to_owned(), 2010, 12)][0];
    assert_eq!(
        (ipi_unmil.troops, ipi_unmil.police, ipi_unmil.observers),
        (7_938, 1_323, 131)
    );

    let mut compared = 0;
    let mut disagree: Vec<(String, Date)> = Vec::new();
    let mut only_here: Vec<(String, Date)> = Vec::new();
    for r in import.records.iter() {
        let Some(figures) = r.ipi else {
            continue;
        };
        let Some(theirs) = by_month.get(&key(r.mission.as_str(), r.date)) else {
            only_here.push((r.mission.to_string(), r.date));
            continue;
        };
        compared += 1;
        let same = |t: &&ipi::MissionMonth| {
            (figures.troops, figures.police, figures.observers) == (t.troops, t.police, t.observers)
        };
        if !theirs.iter().any(same) {
            disagree.push((r.mission.to_string(), r.date));
        }
    }
    // Of the 2,912 mission-months with IPI figures here, 2,897 are in IPI's file, and
    // 2,822 of those have the same figures there. Not so 75 (found by this test; SOURCES.md
    // says the columns are equal):
    // - UNPROFOR before May 1995, in Bosnia and Herzegovina (1993-01 to 1995-04, 28
    //   months) and in Croatia (1993-01 to 1995-03, 27): the dataset splits UNPROFOR by
    //   country, and its `IPI_*` figures there are a per-country series that grows by
    //   the same step each month (Bosnia's troops 6,768, 7,251, 7,734, ...), not IPI's
    //   figures for the whole operation (21,285 troops in January 1993). From May 1995,
    //   UNPROFOR in Bosnia only, they are IPI's (8 months);
    // - ONUSAL, 18 months of 1993-1994: 7 troops here in January 1993, 942 in IPI's file;
    // - UNCRO in April 1995 (15,629 here, 14,043 troops only there) and UNOMIG in October
    //   2006 (139 here, 14 observers only there).
    assert_eq!(compared, 2_897);
    assert_eq!(
        import.records.iter().filter(|r| r.ipi.is_some()).count(),
        2_912
    );
    // 15 mission-months with IPI figures here are not in IPI's file, which has no
    // November 2016 at all, no ONUB in December 2006 and no UNOTIL in August 2005.
    let november_2016 = only_here
        .iter()
        .filter(|(_, d)| *d == month(2016, 11))
        .count();
    assert_eq!(only_here.len(), 15, "{only_here:?}");
    assert_eq!(november_2016, 13);
    assert!(only_here.contains(&("ONUB".to_owned(), month(2006, 12))));
    assert!(only_here.contains(&("UNOTIL".to_owned(), month(2005, 8))));
    assert!(!ipi_file.records.iter().any(|r| r.date == month(2016, 11)));
    let mut by_mission: BTreeMap<&str, usize> = BTreeMap::new();
    for (mission, _) in &disagree {
        *by_mission.entry(mission.as_str()).or_default() += 1;
    }
    assert_eq!(
        by_mission,
        BTreeMap::from([
            ("ONUSAL", 18),
            ("UNCRO", 1),
            ("UNOMIG", 1),
            ("UNPROFOR", 55)
        ]),
        "{disagree:?}"
    );
    let unprofor_disagree: BTreeSet<Date> = disagree
        .iter()
        .filter(|(m, _)| m == "UNPROFOR")
        .map(|(_, d)| *d)
        .collect();
    assert_eq!(unprofor_disagree.first(), Some(&month(1993, 1)));
    assert_eq!(unprofor_disagree.last(), Some(&month(1995, 4)));
    let unprofor_agree = import
        .records
        .iter()
        .filter(|r| r.mission.as_str() == "UNPROFOR" && r.ipi.is_some())
        .filter(|r| r.date >= month(1995, 5))
        .count();
    assert_eq!(unprofor_agree, 8);
    let single: Vec<&(String, Date)> = disagree
        .iter()
        .filter(|(m, _)| m == "UNCRO" || m == "UNOMIG")
        .collect();
    assert_eq!(
        single,
        [
            &("UNCRO".to_owned(), month(1995, 4)),
            &("UNOMIG".to_owned(), month(2006, 10))
        ]
    );
    let onusal: BTreeSet<i32> = disagree
        .iter()
        .filter(|(m, _)| m == "ONUSAL")
        .map(|(_, d)| d.year())
        .collect();
    assert_eq!(onusal, BTreeSet::from([1993, 1994]));
    // Only UN operations have IPI figures.
    assert!(
        import
            .records
            .iter()
            .filter(|r| r.ipi.is_some())
            .all(|r| r.org == OrgKind::Un)
    );
}

/// The file's names that name no mission of the reference dataset, with their rows:
/// operations the reference dataset does not have (docs/datasets.md, "The UN and Non-UN
/// Peacekeeping Dataset"), imported under their own names and listed.
const UNKNOWN: [(&str, usize); 6] = [
    ("CPDTF", 18),
    // ECOMOG in Sierra Leone; ECOMICI, in Côte d'Ivoire, is a reference mission.
    ("ECOWAS", 36),
    ("MIOC", 3),
    ("OAU", 25),
    ("OAU JMC", 13),
    ("SAPD", 20),
];

/// After the mapping onto the reference missions, the names left unknown are exactly
/// those of `UNKNOWN`.
#[test]
fn the_unknown_missions_are_those_the_reference_dataset_lacks() {
    let Some(import) = import() else {
        return;
    };
    let unknown: BTreeMap<&str, usize> = import
        .unknown_missions
        .iter()
        .map(|u| (u.value.as_str(), u.rows))
        .collect();
    assert_eq!(unknown.len(), import.unknown_missions.len());
    assert_eq!(unknown, BTreeMap::from(UNKNOWN), "{unknown:#?}");
    let rows: usize = unknown.values().sum();
    assert_eq!((unknown.len(), rows), (6, 115));
    // Every other name maps onto a reference mission.
    let known = import
        .records
        .iter()
        .filter(|r| !unknown.contains_key(&*r.name))
        .all(|r| names::known_mission(r.mission.as_str()) == Some(&r.mission));
    assert!(known);
}

/// Months the file gives for a reference mission outside the mission's reference period:
/// (mission, first month, last month, months).
const OUTSIDE_PERIOD: [(&str, &str, &str, usize); 14] = [
    // The General Assembly's verification mission in Guatemala, which the file (like
    // IPI's) writes under the acronym of the 1997 military observer group.
    ("MINUGUA", "1997-06", "2003-12", 79),
    // SIPRI counts ECOMOG in Liberia to the end of 1998; the reference ends it with the
    // ceremonies of January 1998 (a doubt: docs/datasets.md).
    ("ECOMOG-Liberia", "1998-02", "1998-12", 11),
    // SIPRI counts France's forces in Côte d'Ivoire as Licorne through 2015; the
    // operation ended on 21 January 2015, its troops becoming the FFCI.
    ("Licorne", "2015-02", "2015-12", 11),
    // The month after a hand-over or an end, as the IPI files also give it.
    ("ECOMIL", "2003-10", "2003-10", 1),
    ("UNMOT", "2000-06", "2000-06", 1),
    ("UNOSOM-I", "1993-04", "1993-04", 1),
    ("UNTAC", "1993-10", "1993-10", 1),
    ("UNTAES", "1998-02", "1998-02", 1),
    // Before S/RES/1279 (1999) of 30 November 1999 established MONUC.
    ("MONUC", "1999-09", "1999-10", 2),
    // The month after EUPOL Kinshasa's mandate expired (30 June 2007).
    ("EUPOL-Kinshasa", "2007-07", "2007-07", 1),
    // The OAU's mission in Burundi, created on 15 March 1994 and withdrawn on 25 July
    // 1996: the months before and after (February 1994, August 1996).
    ("MIOB", "1994-02", "1996-08", 2),
    // The South Pacific Peacekeeping Force deployed on 4 October 1994: its preparation
    // in September.
    ("SPPKF", "1994-09", "1994-09", 1),
    // SIPRI counts the CIS's force in Tajikistan from March 1993, before the CIS decided
    // on it (24 September 1993; Russia's units were there before), and to September
    // 2000, after the decision to withdraw it (21 June 2000).
    ("CPKF-Tajikistan", "1993-03", "2000-09", 9),
    // The joint force in South Ossetia, which the reference ends in August 2008 (the
    // war and Georgia's withdrawal from the Sochi agreement): SIPRI's September and
    // October 2008.
    ("JPKF-South-Ossetia", "2008-09", "2008-10", 2),
];

/// The file's country of a reference mission where it is none of the mission's hosts:
/// the country of the conflict, as the file codes it (module docs of `nonun`).
const CONFLICT_COUNTRY: [&str; 17] = [
    // Kosovo's operations under Serbia: Yugoslavia, Serbia and Montenegro, Serbia.
    "EULEX-Kosovo SRB",
    "KFOR SCG",
    "KFOR SRB",
    "KFOR YUG",
    "UNMIK SCG",
    "UNMIK SRB",
    "UNMIK YUG",
    // East Timor's operations under Indonesia.
    "INTERFET IDN",
    "ISF IDN",
    "UNMISET IDN",
    "UNMIT IDN",
    "UNOTIL IDN",
    "UNTAET IDN",
    // Western Sahara under Morocco; UNIFIL and EUPOL COPPS under Israel (the
    // Israel-Hezbollah and Israel-Palestine conflicts);
    // UNOMUR, on the Ugandan side of the border, under Rwanda.
    "MINURSO MAR",
    "UNIFIL ISR",
    "EUPOL-COPPS ISR",
    "UNOMUR RWA",
];

/// Source: the reference missions' periods and hosts (`reference/missions.json`, each
/// with its sources) against the file: every month of a reference mission lies in its
/// period but for `OUTSIDE_PERIOD`, and its country is among its hosts but for
/// `CONFLICT_COUNTRY`.
#[test]
fn the_file_reports_reference_missions_within_their_periods_and_hosts() {
    let Some(import) = import() else {
        return;
    };
    let data = peacekeeping_data::reference::dataset();
    let mut outside: BTreeMap<String, (Date, Date, usize)> = BTreeMap::new();
    let mut hosts: BTreeSet<String> = BTreeSet::new();
    for r in &import.records {
        let Some(m) = data.mission(r.mission.as_str()) else {
            continue;
        };
        let days = peacekeeping_core::Period::between(r.date.first_of_month(), r.date).unwrap();
        if !m.period.overlaps(&days) {
            let first = r.date.first_of_month();
            let e = outside
                .entry(r.mission.to_string())
                .or_insert((first, first, 0));
            e.0 = e.0.min(first);
            e.1 = e.1.max(first);
            e.2 += 1;
        }
        if !m.hosts.contains(&r.host) {
            hosts.insert(format!("{} {}", r.mission, r.host));
        }
    }
    let day = |month: &str| format!("{month}-01").parse::<Date>().unwrap();
    let expected: BTreeMap<String, (Date, Date, usize)> = OUTSIDE_PERIOD
        .iter()
        .map(|&(id, first, last, n)| (id.to_owned(), (day(first), day(last), n)))
        .collect();
    assert_eq!(outside, expected);
    let expected: BTreeSet<String> = CONFLICT_COUNTRY.iter().map(|&h| h.to_owned()).collect();
    assert_eq!(hosts, expected);
}
