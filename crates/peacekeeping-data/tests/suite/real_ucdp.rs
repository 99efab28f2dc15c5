//! The battle-deaths reader and the Gleditsch-Ward crosswalk against the real file,
//! `ucdp-brd-cy/ucdpbrds.csv` (UCDP GED 23.1 and PRIO Battle Deaths 3.1, via poldat; see
//! SOURCES.md), and the crosswalk against the host countries of the reference missions.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use peacekeeping_core::{CountryCode, Date};
use peacekeeping_data::crosswalk::{self, GwCode};
use peacekeeping_data::reference;
use peacekeeping_data::ucdp::{
    BattleDeathsTable, CountryYear, EstimateOrigin, TerritoryStatus, read_battle_deaths_file,
};

use peacekeeping_testkit::{assert_balanced, data_dir};

const FILE: &str = "ucdp-brd-cy/ucdpbrds.csv";

fn records(test: &str) -> Option<Vec<CountryYear>> {
    let dir = data_dir(test)?;
    let import = read_battle_deaths_file(dir.join(FILE)).unwrap();
    assert_balanced(&import);
    // SOURCES.md: 12,902 rows (the package's documentation says 13,170), no duplicate
    // (gwcode, year): every row imports.
    assert_eq!(
        import.summary().to_string(),
        "12902 rows read: 12902 imported, 0 merged, 0 skipped"
    );
    Some(import.strict().unwrap())
}

fn iso(code: &str) -> CountryCode {
    code.parse().unwrap()
}

fn find(records: &[CountryYear], gw: u16, year: i32) -> &CountryYear {
    records
        .iter()
        .find(|r| r.gw == GwCode::new(gw) && r.year == year)
        .unwrap()
}

#[test]
fn the_file_has_212_units_over_1946_to_2022_and_one_row_per_unit_and_year() {
    let Some(records) =
        records("the_file_has_212_units_over_1946_to_2022_and_one_row_per_unit_and_year")
    else {
        return;
    };
    // SOURCES.md: 212 units, 1946-2022, no duplicate (gwcode, year).
    let units: BTreeSet<GwCode> = records.iter().map(|r| r.gw).collect();
    assert_eq!(units.len(), 212);
    let years: BTreeSet<i32> = records.iter().map(|r| r.year).collect();
    assert_eq!(
        (years.first(), years.last(), years.len()),
        (Some(&1946), Some(&2022), 77)
    );
    let keys: HashSet<(GwCode, i32)> = records.iter().map(|r| (r.gw, r.year)).collect();
    assert_eq!(keys.len(), records.len());
    // The break of 1988/89: PRIO to 1988, UCDP from 1989, in every row.
    for r in &records {
        let expected = if r.year <= 1988 {
            EstimateOrigin::PrioBattleDeaths
        } else {
            EstimateOrigin::UcdpGed
        };
        assert_eq!(r.origin, expected, "{r:?}");
        assert!(r.year >= r.origin.first_year());
    }
    let prio = records
        .iter()
        .filter(|r| r.origin == EstimateOrigin::PrioBattleDeaths)
        .count();
    assert_eq!((prio, records.len() - prio), (6932, 5970));
    // Every status of the file.
    let statuses: BTreeSet<TerritoryStatus> = records.iter().map(|r| r.status).collect();
    assert_eq!(statuses.len(), TerritoryStatus::ALL.len());
}

#[test]
fn the_published_figures_are_reproduced() {
    let Some(records) = records("the_published_figures_are_reproduced") else {
        return;
    };
    // Davies, Pettersson & Öberg (2023), "Organized violence 1989-2022", Journal of Peace
    // Research 60(4), abstract: Ethiopia and Ukraine "more than 101,000 and 81,500
    // fatalities" in 2022.
    let ethiopia = find(&records, 530, 2022);
    assert_eq!(
        (ethiopia.name.as_str(), ethiopia.best),
        ("Ethiopia", 101_076)
    );
    assert_eq!(find(&records, 369, 2022).best, 81_497);
    // PRIO, "Trends in State-Based Armed Conflict, 1946-2022" (prio.org/publications/
    // 13588): Ethiopia "nearly half" of the year's battle deaths, 101,076 of 204,331.
    let total_2022: u64 = records
        .iter()
        .filter(|r| r.year == 2022)
        .map(|r| u64::from(r.best))
        .sum();
    assert_eq!(total_2022, 204_331);
    assert!(u64::from(ethiopia.best) * 2 < total_2022);
    assert!(u64::from(ethiopia.best) * 100 / total_2022 >= 49);
    // SOURCES.md: Syria 2013 71,970 and 2014 65,591 (UCDP GED 23.1).
    assert_eq!(find(&records, 652, 2013).best, 71_970);
    assert_eq!(find(&records, 652, 2014).best, 65_591);
    // The same through the core records and the table, by ISO territory.
    let table = BattleDeathsTable::new(records);
    assert_eq!(table.best(iso("ETH"), 2022), Some(101_076));
    assert_eq!(table.best(iso("UKR"), 2022), Some(81_497));
    assert_eq!(
        table.best_total(iso("SYR"), 2013..=2014),
        Some(71_970 + 65_591)
    );
    let core = table
        .get(iso("SYR"), 2013)
        .unwrap()
        .to_battle_deaths()
        .unwrap();
    assert_eq!(
        (core.territory, core.year, core.best),
        (iso("SYR"), 2013, 71_970)
    );
}

#[test]
fn twelve_rows_have_their_estimates_out_of_order_and_are_kept_so() {
    let Some(records) = records("twelve_rows_have_their_estimates_out_of_order_and_are_kept_so")
    else {
        return;
    };
    let out_of_order: Vec<(u16, i32, u32, u32, u32)> = records
        .iter()
        .filter(|r| !r.is_ordered())
        .map(|r| (r.gw.get(), r.year, r.low, r.best, r.high))
        .collect();
    assert_eq!(
        out_of_order,
        [
            (371, 2022, 154, 154, 153), // Armenia
            (432, 1995, 9, 2, 15),      // Mali
            (531, 1998, 16, 798, 16),   // Eritrea
            (616, 2015, 77, 75, 79),    // Tunisia
            (620, 2022, 3, 2, 7),       // Libya
            (640, 1990, 532, 544, 543), // Turkey
            (640, 1996, 3687, 3686, 3777),
            (640, 1998, 2026, 2023, 2030),
            (640, 2018, 432, 432, 431),
            (699, 2012, 252, 251, 261),    // Palestine
            (770, 2000, 116, 116, 115),    // Pakistan
            (780, 1998, 3763, 3762, 4420), // Sri Lanka
        ]
    );
    // The core record keeps them too, and says so.
    for r in records.iter().filter(|r| !r.is_ordered()) {
        assert!(!r.to_battle_deaths().unwrap().is_ordered());
    }
}

/// The units of the file with no ISO code in some year they are in the file: the
/// documented no-ISO list (docs/datasets.md).
const NO_ISO: [u16; 29] = [
    3, 4, 21, 462, 472, 511, 515, 521, 550, 602, 610, 665, 681, 711, 815, 817, 823, 824, 851, 911,
    912, 5200, 6021, 6511, 6631, 6801, 6812, 7506, 7708,
];

#[test]
fn every_unit_of_the_file_has_an_iso_code_or_is_on_the_documented_list() {
    let Some(records) =
        records("every_unit_of_the_file_has_an_iso_code_or_is_on_the_documented_list")
    else {
        return;
    };
    let mut without: BTreeSet<u16> = BTreeSet::new();
    let mut with: BTreeSet<u16> = BTreeSet::new();
    for r in &records {
        // Every code is a GW state or a dependent territory the crosswalk knows.
        let state = crosswalk::gw_entries_for(r.gw).next();
        let territory = crosswalk::dependent_territory(r.gw);
        assert!(state.is_some() != territory.is_some(), "{r:?}");
        // A state's name is the crosswalk's, in the years it is independent.
        if let (Some(state), TerritoryStatus::Independent) = (state, r.status) {
            assert_eq!(r.name, state.gw_name, "{r:?}");
        }
        if let Some(territory) = territory {
            assert!(r.name == territory.name || r.gw.get() == 609, "{r:?}");
        }
        match r.territory {
            Some(_) => with.insert(r.gw.get()),
            None => without.insert(r.gw.get()),
        };
    }
    assert_eq!(without.iter().copied().collect::<Vec<_>>(), NO_ISO);
    // A unit without an ISO code has none in any year.
    assert!(with.is_disjoint(&without));
    // The dependent territories the crosswalk lists are those of the file.
    let listed: BTreeSet<u16> = crosswalk::dependent_territories()
        .iter()
        .map(|t| t.code.get())
        .collect();
    let in_file: BTreeSet<u16> = records
        .iter()
        .map(|r| r.gw.get())
        .filter(|c| crosswalk::gw_entries_for(GwCode::new(*c)).next().is_none())
        .collect();
    assert_eq!(listed, in_file);
    // No two units share an ISO code in a year, so the table is unambiguous.
    let mut seen = BTreeMap::new();
    for r in &records {
        if let Some(iso) = r.territory {
            assert_eq!(seen.insert((iso, r.year), r.gw), None, "{r:?}");
        }
    }
}

#[test]
fn the_gw_cow_differences_show_in_the_file() {
    let Some(records) = records("the_gw_cow_differences_show_in_the_file") else {
        return;
    };
    let territory = |gw, year| find(&records, gw, year).territory.map(|c| c.to_string());
    // Germany: GW 260 continues after 1990 (COW 255); occupied in 1946-1948.
    assert_eq!(territory(260, 1946).as_deref(), Some("DEU"));
    assert_eq!(territory(260, 2022).as_deref(), Some("DEU"));
    assert_eq!(find(&records, 260, 1946).status, TerritoryStatus::Occupied);
    assert_eq!(
        crosswalk::gw_to_cow_in_year(GwCode::new(260), 2022).map(|c| c.get()),
        Some(255)
    );
    assert!(!records.iter().any(|r| r.gw.get() == 255));
    // Serbia: GW 345 Yugoslavia to 2005, 340 Serbia from 2006 (COW 345 throughout).
    let last_345 = records
        .iter()
        .filter(|r| r.gw.get() == 345)
        .map(|r| r.year)
        .max();
    let first_340 = records
        .iter()
        .filter(|r| r.gw.get() == 340)
        .map(|r| r.year)
        .min();
    assert_eq!((last_345, first_340), (Some(2005), Some(2006)));
    assert_eq!(territory(345, 1991).as_deref(), Some("YUG"));
    assert_eq!(territory(345, 2003).as_deref(), Some("SCG"));
    assert_eq!(territory(340, 2006).as_deref(), Some("SRB"));
    assert_eq!(
        crosswalk::gw_to_cow_in_year(GwCode::new(340), 2006).map(|c| c.get()),
        Some(345)
    );
    // Yemen: GW 678 continues (COW 679 from 1990); 680 to 1989.
    assert_eq!(
        find(&records, 678, 2022).name,
        "Yemen (Arab Republic of Yemen)"
    );
    assert_eq!(territory(678, 2022).as_deref(), Some("YEM"));
    assert_eq!(territory(680, 1989).as_deref(), Some("YMD"));
    assert!(!records.iter().any(|r| r.gw.get() == 679));
    // Vietnam: 816 continues; 817 to 1974, no ISO code; 815 the French colony.
    assert_eq!(territory(816, 1970).as_deref(), Some("VDR"));
    assert_eq!(territory(816, 2000).as_deref(), Some("VNM"));
    assert_eq!(territory(817, 1970), None);
    assert_eq!(territory(815, 1950), None);
    // Rhodesia: GW 552 independent from 1965, ISO RHO to 1979, ZWE from 1980.
    assert_eq!(
        find(&records, 552, 1965).status,
        TerritoryStatus::Independent
    );
    assert_eq!(territory(552, 1975).as_deref(), Some("RHO"));
    assert_eq!(territory(552, 1980).as_deref(), Some("ZWE"));
    // Montenegro and Kosovo from independence; Zanzibar with no ISO code.
    assert_eq!(territory(341, 2006).as_deref(), Some("MNE"));
    assert_eq!(territory(347, 2008).as_deref(), Some("XKX"));
    assert_eq!(territory(511, 1963), None);
    // Colonies: the code of the state they became.
    assert_eq!(territory(615, 1956).as_deref(), Some("DZA"));
    assert_eq!(territory(490, 1950).as_deref(), Some("ZAR"));
    assert_eq!(territory(609, 1980).as_deref(), Some("ESH"));
    // The owner: the colonial power, the occupier, or 1 for the UN (West Irian, 1962).
    assert_eq!(find(&records, 615, 1956).owner, GwCode::new(220));
    assert_eq!(find(&records, 851, 1962).owner, GwCode::new(1));
}

/// The day a host is checked on: the mission's first day and its last (2022-12-31, the
/// end of the file, for a mission still running; its first day if it started later).
fn mission_days(start: Date, end: Option<Date>) -> [Date; 2] {
    let end = end.unwrap_or_else(|| Date::new(2022, 12, 31).unwrap().max(start));
    [start, end]
}

#[test]
fn every_host_of_the_reference_missions_converts_to_gw_and_cow_and_back() {
    let mut gw_failures = Vec::new();
    let mut cow_failures = Vec::new();
    for mission in reference::dataset().missions() {
        for &host in &mission.hosts {
            let days = mission_days(mission.period.start(), mission.period.end());
            let via_gw = days.iter().any(|&day| {
                crosswalk::iso_to_gw_on(host, day)
                    .is_some_and(|gw| crosswalk::gw_to_iso_on(gw, day) == Some(host))
            });
            let via_cow = days.iter().any(|&day| {
                crosswalk::cow_on(host, day)
                    .is_some_and(|cow| crosswalk::iso_on(cow, day) == Some(host))
            });
            if !via_gw {
                gw_failures.push(format!("{} {host}", mission.id));
            }
            if !via_cow {
                cow_failures.push(format!("{} {host}", mission.id));
            }
        }
    }
    // ONUC (1960-1964): the reference names the host by its current code, COD, which
    // is the Congo's only from 1997-05-17 (ZAR before); the battle-deaths table still
    // finds the Congo under COD (below). MINURSO: Western Sahara is no state (GW or COW);
    // nor is Palestine (EUPOL COPPS).
    assert_eq!(gw_failures, ["ONUC COD", "MINURSO ESH", "EUPOL-COPPS PSE"]);
    assert_eq!(cow_failures, gw_failures);
}

#[test]
fn the_table_finds_the_hosts_of_missions_in_their_years() {
    let Some(records) = records("the_table_finds_the_hosts_of_missions_in_their_years") else {
        return;
    };
    let table = BattleDeathsTable::new(records);
    let mut missing = Vec::new();
    for mission in reference::dataset().missions() {
        let first = mission.period.start().year();
        if first > 2022 {
            continue;
        }
        for &host in &mission.hosts {
            if table.get(host, first.max(1946)).is_none() {
                missing.push(format!("{} {host} {first}", mission.id));
            }
        }
    }
    // East Timor was no unit of its own in 1976-2001 (the file has it as part of
    // Indonesia), nor Kosovo before 2008, nor South Sudan before 2011 (UNISFA started on
    // 2011-06-27; the file's South Sudan starts in 2011, so it is found).
    assert_eq!(
        missing,
        [
            "UNMIK XKX 1999",
            "UNTAET TLS 1999",
            "KFOR XKX 1999",
            "UNAMET TLS 1999",
            "INTERFET TLS 1999"
        ]
    );
    // The Congo of ONUC under its current code, and Western Sahara.
    assert_eq!(
        table.get(iso("COD"), 1961).map(|r| r.gw),
        Some(GwCode::new(490))
    );
    assert_eq!(
        table.get(iso("COD"), 1961).and_then(|r| r.territory),
        Some(iso("ZAR"))
    );
    assert!(table.get(iso("ESH"), 1991).is_some());
}
