//! The Geo-PKO readers on the real dashboard extracts (SOURCES.md, "`geo-pko/`"): every
//! figure and check SOURCES.md gives for them. Each test is skipped when the shared data
//! directory is absent.
//!
//! The figures are SOURCES.md's, from Geo-PKO v2.3 (Cil, Fjelde, Hultman & Nilsson 2020,
//! *Journal of Peace Research* 57(2)) as extracted for its dashboard
//! (geopko/Geo-PKO-Shiny-Dashboard, `data/FrontMap_v.2.3.csv` at e64fa618 and
//! `data/TCCMap_v.2.3.csv` at c2e56d21); the IPI yearly means are computed here from
//! `ipi-ppp/data_mission.csv`.

use std::collections::BTreeSet;
use std::path::Path;

use peacekeeping_data::geopko::{self, Contributor, Location};
use peacekeeping_data::ipi;
use peacekeeping_testkit::{assert_balanced, data_dir};

/// The IPI yearly mean of a mission's troops: the mean over the months of `year` that
/// `ipi-ppp/data_mission.csv` gives (SOURCES.md compares location sums and base sums with
/// it).
pub(crate) fn ipi_yearly_mean_troops(dir: &Path, mission: &str, year: i32) -> f64 {
    let import = ipi::read_mission_months_file(dir.join("ipi-ppp/data_mission.csv")).unwrap();
    let months: Vec<f64> = import
        .records
        .iter()
        .filter(|m| m.mission.as_str() == mission && m.date.year() == year)
        .map(|m| f64::from(m.troops))
        .collect();
    assert!(!months.is_empty(), "no IPI month of {mission} in {year}");
    months.iter().sum::<f64>() / months.len() as f64
}

fn locations(dir: &Path) -> Vec<Location> {
    let import = geopko::read_locations_file(dir.join("geo-pko/FrontMap_v.2.3.csv")).unwrap();
    assert_balanced(&import);
    import.records
}

/// SOURCES.md: FrontMap has 8,783 rows, 7,366 distinct mission-year-locations, 52
/// missions, 45 countries, 1994-2024; every mission maps onto a reference mission.
#[test]
fn frontmap_reads_every_row_into_its_location_year() {
    let Some(dir) = data_dir("frontmap") else {
        return;
    };
    let path = dir.join("geo-pko/FrontMap_v.2.3.csv");
    let import = geopko::read_locations_file(&path).unwrap();
    // No "; N unknown missions": all 52 missions are the reference dataset's.
    assert_eq!(
        import.summary().to_string(),
        "8783 rows read: 7366 imported, 1417 merged, 0 skipped"
    );
    assert_balanced(&import);
    assert!(import.unknown_missions.is_empty());
    let readings: usize = import.records.iter().map(|l| l.readings.len()).sum();
    assert_eq!(readings, 8_783);

    let missions: BTreeSet<_> = import.records.iter().map(|l| l.mission.as_str()).collect();
    assert_eq!(missions.len(), 52);
    // UNAVEM II and III are separate missions.
    assert!(missions.contains("UNAVEM-II") && missions.contains("UNAVEM-III"));
    // 45 country names, `Ethiopia/Eritrea` among them (UNMEE's Badme and Deda Lala).
    let hosts: BTreeSet<_> = import.records.iter().map(|l| l.host).collect();
    assert_eq!(hosts.len(), 45);
    assert_eq!(
        hosts.iter().filter(|h| h.country().is_none()).count(),
        1,
        "one disputed territory"
    );
    let years: BTreeSet<_> = import.records.iter().map(|l| l.year).collect();
    assert_eq!((years.first(), years.last()), (Some(&1994), Some(&2024)));
    // The yearly values agree within every location-year: nothing was skipped, and every
    // location's readings differ only in what varies from map to map.
    let differing_hq = import
        .records
        .iter()
        .filter(|l| l.readings.iter().any(|r| r.hq != l.readings[0].hq))
        .count();
    assert_eq!(differing_hq, 156);
    let moved = import
        .records
        .iter()
        .filter(|l| {
            l.readings
                .iter()
                .any(|r| (r.latitude, r.longitude) != (l.latitude, l.longitude))
        })
        .count();
    assert_eq!(moved, 10);
    let no_mean = import.records.iter().filter(|l| l.mean_troops.is_none());
    assert_eq!(no_mean.map(|l| l.readings.len()).sum::<usize>(), 218);
}

/// SOURCES.md's check: coordinates match the places named (Goma -1.683, 29.233; Bamako
/// 12.65, -8.0; El Fasher 13.633, 25.35; Monrovia 6.311, -10.805), to the precision the
/// file has (Goma -1.683333, 29.233333; Bamako 12.65, -8; El Fasher 13.6333333, 25.35;
/// Monrovia 6.310556, -10.804722), in every reading.
#[test]
fn coordinates_match_the_places_named() {
    let Some(dir) = data_dir("frontmap coordinates") else {
        return;
    };
    let records = locations(&dir);
    for (place, latitude, longitude, count) in [
        ("Goma", -1.683_333, 29.233_333, 50),
        ("Bamako", 12.65, -8.0, 20),
        ("El Fasher", 13.633_333_3, 25.35, 23),
        ("Monrovia", 6.310_556, -10.804_722, 34),
    ] {
        let readings: Vec<_> = records
            .iter()
            .filter(|l| l.location == place)
            .flat_map(|l| &l.readings)
            .collect();
        assert_eq!(readings.len(), count, "{place}");
        for r in readings {
            assert_eq!((r.latitude, r.longitude), (latitude, longitude), "{place}");
        }
    }
    // And to SOURCES.md's three decimals.
    let goma = records.iter().find(|l| l.location == "Goma").unwrap();
    assert_eq!(
        (
            format!("{:.3}", goma.latitude),
            format!("{:.3}", goma.longitude)
        ),
        ("-1.683".to_owned(), "29.233".to_owned())
    );
    let monrovia = records.iter().find(|l| l.location == "Monrovia").unwrap();
    assert_eq!(
        (
            format!("{:.3}", monrovia.latitude),
            format!("{:.3}", monrovia.longitude)
        ),
        ("6.311".to_owned(), "-10.805".to_owned())
    );
    assert_eq!(goma.host.to_string(), "COD");
}

/// SOURCES.md: troop sizes inferred from unit symbols do not add up to UN totals; the
/// location sums of `ave.no.troops` against IPI's yearly mean troops: MONUSCO 2014 18,954
/// vs 19,506; UNAMID 2012 12,500 vs 16,921; MINUSMA 2016 16,096 vs 10,677.
#[test]
fn location_sums_against_the_ipi_yearly_means() {
    let Some(dir) = data_dir("frontmap sums") else {
        return;
    };
    let records = locations(&dir);
    for (mission, year, sum, ipi_mean) in [
        ("MONUSCO", 2014, 18_954.0, 19_506.0),
        ("UNAMID", 2012, 12_500.0, 16_921.0),
        ("MINUSMA", 2016, 16_096.0, 10_677.0),
    ] {
        let locations: f64 = records
            .iter()
            .filter(|l| l.mission.as_str() == mission && l.year == year)
            .filter_map(|l| l.mean_troops)
            .sum();
        assert_eq!(locations, sum, "{mission} {year}");
        // Within 1 of SOURCES.md's figure: MINUSMA's 2016 in `data_mission.csv` has 11
        // months (2016-11 is missing), whose mean is 117,441 / 11 = 10,676.45, which
        // SOURCES.md gives as 10,677 (rounded up); the other two are whole numbers.
        let ipi = ipi_yearly_mean_troops(&dir, mission, year);
        assert!((ipi - ipi_mean).abs() < 1.0, "{mission} {year}: {ipi}");
    }
    assert_eq!(
        ipi_yearly_mean_troops(&dir, "MINUSMA", 2016),
        117_441.0 / 11.0
    );
    assert_eq!(ipi_yearly_mean_troops(&dir, "MONUSCO", 2014), 19_506.0);
    assert_eq!(ipi_yearly_mean_troops(&dir, "UNAMID", 2012), 16_921.0);
}

/// SOURCES.md: TCCMap has 4,927 rows, 1994-2024; every mission maps onto a reference
/// mission; every contributor name is understood (`UK`, `USA`, `Korea (ROK)`, `TCC name
/// unknown`, ...), and `No.TCC` counts the entries of `year.overview` in every row.
#[test]
fn tccmap_reads_every_row_and_every_contributor() {
    let Some(dir) = data_dir("tccmap") else {
        return;
    };
    let import = geopko::read_contributor_sites_file(dir.join("geo-pko/TCCMap_v.2.3.csv")).unwrap();
    // No notes: no entry is unparsed, and no No.TCC disagrees.
    assert_eq!(
        import.summary().to_string(),
        "4927 rows read: 4927 imported, 0 merged, 0 skipped"
    );
    assert_balanced(&import);
    assert!(
        import.notes.is_empty(),
        "{:#?}",
        &import.notes[..import.notes.len().min(5)]
    );
    assert!(import.unknown_missions.is_empty());
    let missions: BTreeSet<_> = import.records.iter().map(|s| s.mission.as_str()).collect();
    assert_eq!(missions.len(), 34);
    let years: BTreeSet<_> = import.records.iter().map(|s| s.year).collect();
    assert_eq!((years.first(), years.last()), (Some(&1994), Some(&2024)));

    let entries: Vec<_> = import
        .records
        .iter()
        .flat_map(|s| &s.contributors)
        .collect();
    assert_eq!(entries.len(), 8_729);
    let count =
        |f: &dyn Fn(&Contributor) -> bool| entries.iter().filter(|e| f(&e.contributor)).count();
    assert_eq!(count(&|c| *c == Contributor::Unknown), 162);
    assert_eq!(
        count(&|c| matches!(c, Contributor::Group("Multinational"))),
        65
    );
    assert_eq!(count(&|c| matches!(c, Contributor::Group("UN"))), 5);
    assert_eq!(count(&|c| matches!(c, Contributor::Group("CARICOM"))), 1);
    assert_eq!(count(&|c| matches!(c, Contributor::Unparsed(_))), 0);
    // `UK` 55, `United Kingdom` 5, `Britain` 3.
    assert_eq!(count(&|c| c.to_string() == "GBR"), 63);
    // `USA` 16, `Us` 2.
    assert_eq!(count(&|c| c.to_string() == "USA"), 18);
    // `Korea (ROK)` 37, `South Korea` 3.
    assert_eq!(count(&|c| c.to_string() == "KOR"), 40);
    assert_eq!(entries.iter().filter(|e| e.troops.is_none()).count(), 769);
    for site in &import.records {
        assert_eq!(site.contributor_count as usize, site.contributors.len());
    }
}
