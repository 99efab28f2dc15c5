//! The mission-year panel (`export::Table::MissionYears`) of the reference dataset against
//! the IPI mission files, and the IPI files against each other (skipped when
//! `../shared/data` is absent; required by `.ci/run`).

use std::collections::{BTreeMap, HashMap};

use peacekeeping_core::{Date, MissionId};
use peacekeeping_data::export::{self, Table};
use peacekeeping_data::{ipi, names, reference};
use peacekeeping_testkit::{GENDER_FULL, data_dir};

/// A mission file's totals by reference mission and month.
fn mission_totals(path: &std::path::Path) -> HashMap<(String, Date), u64> {
    ipi::read_mission_months_file(path)
        .unwrap()
        .records
        .iter()
        .map(|m| {
            let id = names::known_mission_on(m.mission.as_str(), m.date)
                .map_or_else(|| m.mission.to_string(), ToString::to_string);
            ((id, m.date), m.total())
        })
        .collect()
}

/// Sources: ipi-ppp/data_mission.csv (IPI, mission x month totals, 1990-11 to 2017-03),
/// whose months are the reference dataset's deployed strengths of UN missions, and
/// ipi-tcc/Data.Mission.csv, IPI's other compilation of the same reports (to 2014-02).
/// For every UN row of the panel, the mean of the file's totals over the row's months
/// must be the panel's personnel, to the cent, and its months must be the file's months
/// of that mission and year (none missing, none added); where the other file covers the
/// same months (434 of the 512 mission-years), it agrees too, except on 11 mission-years
/// of the 1990s and 2000s where the two compilations differ in some month (named).
#[test]
fn the_panels_un_rows_agree_with_the_ipi_mission_file() {
    let Some(dir) = data_dir("panel_un_rows") else {
        return;
    };
    let ppp = mission_totals(&dir.join("ipi-ppp/data_mission.csv"));
    let tcc = mission_totals(&dir.join("ipi-tcc/Data.Mission.csv"));
    let data = reference::dataset();
    let mut out = Vec::new();
    export::write_table(data, Table::MissionYears, &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    let (mission, year, personnel, reports) = (
        col("mission"),
        col("year"),
        col("personnel"),
        col("personnel_reports"),
    );
    let mean = |v: &[u64]| (v.iter().sum::<u64>() as f64 / v.len() as f64 * 100.0).round() / 100.0;
    let (mut compared, mut with_tcc, mut tcc_differs) = (0, 0, Vec::new());
    for row in reader.records() {
        let row = row.unwrap();
        let id = &row[mission];
        let y: i32 = row[year].parse().unwrap();
        let Some(m) = data.mission(id) else { continue };
        // The file's months of this mission in this year, within its period.
        let months: BTreeMap<Date, u64> = ppp
            .iter()
            .filter(|((mid, d), _)| mid == id && d.year() == y && m.period.contains(*d))
            .map(|((_, d), t)| (*d, *t))
            .collect();
        let is_un = m.leads.iter().any(|l| l.as_str() == "UN");
        if !is_un || months.is_empty() {
            continue;
        }
        compared += 1;
        let totals: Vec<u64> = months.values().copied().collect();
        assert_eq!(
            row[reports].parse::<usize>().unwrap(),
            totals.len(),
            "{id} {y}"
        );
        let panel: f64 = row[personnel].parse().unwrap();
        assert!(
            (panel - mean(&totals)).abs() < 1e-9,
            "{id} {y}: {panel} vs {}",
            mean(&totals)
        );
        let other: Option<Vec<u64>> = months
            .keys()
            .map(|d| tcc.get(&(id.to_owned(), *d)).copied())
            .collect();
        if let Some(other) = other {
            with_tcc += 1;
            if other != totals {
                tcc_differs.push(format!("{id} {y}"));
            }
        }
    }
    println!(
        "{compared} UN mission-years compared with ipi-ppp; {with_tcc} also with ipi-tcc, which differs on {tcc_differs:?}"
    );
    assert!(compared > 400, "{compared}");
    assert!(
        tcc_differs.len() * 20 < with_tcc,
        "{tcc_differs:?} of {with_tcc}"
    );
}

/// Sources: ipi-tcc/Gender.Full.csv (contributor x mission x month, 2009-11 to 2014-02)
/// and ipi-ppp/data_mission.csv. IPI compiled both from the UN's monthly reports, but not
/// identically: the contributors of a mission-month in `Gender.Full.csv`, summed, give the
/// mission file's total in 908 of the 927 mission-months both have; the 19 others are
/// UNMIS in 14 months (by 1 to 173), UNMISS in August and September 2011 (about 1,500
/// fewer), UNIFIL in June 2012 (1,011 fewer), UNMIL in February 2010 and MINUSTAH in May
/// 2010.
#[test]
fn the_contributor_file_sums_to_the_mission_file_in_almost_every_month() {
    let Some(dir) = data_dir("panel_contributor_sums") else {
        return;
    };
    let ppp = mission_totals(&dir.join("ipi-ppp/data_mission.csv"));
    let records = ipi::read_gender_full_file(dir.join(GENDER_FULL), None)
        .unwrap()
        .strict()
        .unwrap();
    let mut sums: BTreeMap<(MissionId, Date), u64> = BTreeMap::new();
    for c in &records {
        let id = names::known_mission_on(c.mission.as_str(), c.date)
            .cloned()
            .unwrap_or_else(|| c.mission.clone());
        *sums.entry((id, c.date)).or_default() += c
            .what
            .personnel()
            .map_or(0, peacekeeping_core::Personnel::total);
    }
    let (mut both, mut differ) = (0, Vec::new());
    for ((id, date), sum) in &sums {
        if let Some(total) = ppp.get(&(id.to_string(), *date)) {
            both += 1;
            if total != sum {
                differ.push(format!("{id} {date}: {sum} vs {total}"));
            }
        }
    }
    println!(
        "{both} mission-months in both; {} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
    assert!(both > 700, "{both}");
    assert!(
        differ.len() * 20 < both,
        "{} of {both} differ",
        differ.len()
    );
}
