//! The mission-year panel (`export::Table::MissionYears`) of the reference dataset with
//! the contributions of `ipi-tcc/Gender.Full.csv`, against the IPI mission file
//! `ipi-tcc/Data.Mission.csv` (skipped when `../shared/data` is absent; required by
//! `.ci/run`).

use std::collections::HashMap;

use peacekeeping_core::Date;
use peacekeeping_data::export::{self, Table};
use peacekeeping_data::{ipi, names};
use peacekeeping_testkit::{GENDER_FULL, data_dir, ipi_dataset};

/// Sources: ipi-tcc/Gender.Full.csv (contributor x mission x month, November 2009 to
/// February 2014) and ipi-tcc/Data.Mission.csv (mission x month totals), both of the IPI
/// Peacekeeping Database. For every UN row of the panel with personnel, the months of its
/// reports are looked up in the mission file; where the file has them all, the panel's
/// mean personnel must equal the mean of the file's totals. The two files are compiled
/// by IPI from the same UN reports, but not identically: in 7 of the 110 mission-years
/// compared some month's contributors in `Gender.Full.csv` do not sum to the mission
/// file's total (UNMISS 2011 by 595 on average, UNIFIL 2012 by 84, the others by less
/// than 25). Those rows are checked to be exactly the ones where the files disagree month
/// by month; on all the others the panel and the mission file agree to the cent.
#[test]
fn the_panels_un_rows_agree_with_the_ipi_mission_file() {
    let Some(dir) = data_dir("panel_un_rows") else {
        return;
    };
    let ipi_data = ipi_dataset(&dir.join(GENDER_FULL)).unwrap();
    let data = &ipi_data.data;
    let file = ipi::read_mission_months_file(dir.join("ipi-tcc/Data.Mission.csv")).unwrap();
    let totals: HashMap<(String, Date), u64> = file
        .records
        .iter()
        .map(|m| {
            let id = names::known_mission_on(m.mission.as_str(), m.date)
                .map_or_else(|| m.mission.to_string(), ToString::to_string);
            ((id, m.date), m.total())
        })
        .collect();
    let mut out = Vec::new();
    export::write_table(data, Table::MissionYears, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|c| *c == name).unwrap();
    let (mission, year, personnel) = (col("mission"), col("year"), col("personnel"));
    let (mut compared, mut differ) = (0, Vec::new());
    for line in lines {
        // The panel's list cells (leads, hosts) never hold a comma: split is safe here.
        let cells: Vec<&str> = line.split(',').collect();
        let Ok(mean) = cells[personnel].parse::<f64>() else {
            continue;
        };
        let id = cells[mission];
        let y: i32 = cells[year].parse().unwrap();
        let Some(m) = data.mission(id) else { continue };
        let in_year = peacekeeping_core::Period::between(
            Date::new(y, 1, 1).unwrap(),
            Date::new(y, 12, 31).unwrap(),
        )
        .unwrap();
        let dates: Vec<Date> = data
            .mission_personnel_over(id, in_year)
            .into_iter()
            .map(|(d, _)| d)
            .filter(|d| d.year() == y && m.period.contains(*d))
            .collect();
        let file_totals: Option<Vec<u64>> = dates
            .iter()
            .map(|d| totals.get(&(id.to_owned(), *d)).copied())
            .collect();
        let Some(file_totals) = file_totals else {
            continue;
        };
        compared += 1;
        // The months whose contributors, summed, are not the mission file's total.
        let sums: Vec<u64> = data
            .mission_personnel_over(id, in_year)
            .into_iter()
            .filter(|(d, _)| dates.contains(d))
            .map(|(_, p)| p.total())
            .collect();
        let files_disagree = sums != file_totals;
        let file_mean = file_totals.iter().sum::<u64>() as f64 / file_totals.len() as f64;
        let panel_agrees = ((file_mean * 100.0).round() / 100.0 - mean).abs() < 1e-9;
        assert_eq!(
            panel_agrees, !files_disagree,
            "{id} {y}: panel {mean}, mission file {file_mean}, the files disagree: {files_disagree}"
        );
        if files_disagree {
            differ.push(format!("{id} {y}"));
        }
    }
    println!("{compared} UN mission-years compared; the files disagree on {differ:?}");
    assert_eq!(compared, 110);
    assert_eq!(
        differ,
        [
            "UNIFIL 2012",
            "UNMIL 2010",
            "MINUSTAH 2010",
            "UNMIS 2009",
            "UNMIS 2010",
            "UNMIS 2011",
            "UNMISS 2011"
        ]
    );
}
