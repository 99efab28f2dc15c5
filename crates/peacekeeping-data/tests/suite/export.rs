//! The tidy CSV tables: every record becomes the rows documented, with the documented
//! columns, and the CSV reads back cell for cell.

use peacekeeping_core::{
    Actor, ActorKind, Contributed, Contribution, Dataset, Headcount, IoAccess, Mission,
    MissionKind, Period, Personnel, PersonnelCategory,
};
use peacekeeping_data::export::{self, Table};
use peacekeeping_data::{Error, reference};

fn read_back(data: &Dataset, table: Table) -> (Vec<String>, Vec<Vec<String>>) {
    let mut out = Vec::new();
    export::write_table(data, table, &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn every_table_of_the_reference_dataset_has_its_documented_rows() {
    let data = reference::dataset();
    for table in Table::ALL {
        let (header, rows) = read_back(data, table);
        assert_eq!(header, table.columns(), "{table:?}");
        let expected = match table {
            Table::Actors => data.actors().len(),
            Table::Memberships => data.memberships().len(),
            Table::Missions => data.missions().len(),
            Table::Resolutions => data
                .missions()
                .iter()
                .map(|m| m.mandate.resolutions.len())
                .sum(),
            Table::Partnerships => data.partnerships().iter().map(|p| p.parties.len()).sum(),
            Table::Contributions => data
                .contributions()
                .iter()
                .map(|c| match &c.what {
                    Contributed::Personnel(p) => {
                        p.iter().filter(|(_, h)| !h.is_zero()).count().max(1)
                    }
                    _ => 1,
                })
                .sum(),
            Table::Participations => data.participations().len(),
            // One row per mission and year from its first year to its last, or to the
            // latest year of the dataset's dated records if it has not ended.
            Table::MissionYears => {
                let last = data
                    .fatalities()
                    .iter()
                    .map(|f| f.date.year())
                    .chain(data.contributions().iter().map(|c| c.date.year()))
                    .chain(data.battle_deaths().iter().map(|d| d.year))
                    .max()
                    .unwrap();
                data.missions()
                    .iter()
                    .map(|m| {
                        let first = m.period.start().year();
                        let end = m.period.end().map_or(last.max(first), |e| e.year());
                        (end - first + 1) as usize
                    })
                    .sum()
            }
            _ => unreachable!("a table this test does not know"),
        };
        assert_eq!(rows.len(), expected, "{table:?}");
        assert!(rows.iter().all(|r| r.len() == header.len()), "{table:?}");
    }
}

#[test]
fn personnel_rows_keep_every_figure() {
    let data = reference::dataset();
    let (header, rows) = read_back(data, Table::Contributions);
    let total = header.iter().position(|c| c == "total").unwrap();
    let kind = header.iter().position(|c| c == "kind").unwrap();
    let personnel: Vec<_> = rows.iter().filter(|r| r[kind] == "personnel").collect();
    let csv_sum: u64 = personnel
        .iter()
        .map(|r| r[total].parse::<u64>().unwrap())
        .sum();
    // The other rows are the cases' assets (helicopters, drones), with no personnel total.
    assert!(
        rows.iter()
            .filter(|r| r[kind] != "personnel")
            .all(|r| r[kind] == "asset" && r[total].is_empty())
    );
    let data_sum: u64 = data
        .contributions()
        .iter()
        .filter_map(|c| c.what.personnel())
        .map(Personnel::total)
        .sum();
    assert_eq!(csv_sum, data_sum);
}

#[test]
fn names_with_commas_and_quotes_are_quoted_and_lists_joined() {
    let start = "2000-01-01".parse().unwrap();
    let mut builder = Dataset::builder();
    builder
        .actor(Actor::new(
            "X".parse().unwrap(),
            "Bosnia, \"Herzegovina\"",
            ActorKind::Ngo,
        ))
        .mission(
            Mission::new(
                "M".parse().unwrap(),
                "A mission",
                MissionKind::Hybrid,
                Period::from(start),
            )
            .with_host("BIH".parse().unwrap())
            .with_host("HRV".parse().unwrap()),
        )
        .contribution(Contribution::personnel(
            "X".parse().unwrap(),
            "M".parse().unwrap(),
            start,
            Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(3, 2)),
        ));
    let data = builder.build().unwrap();

    let mut out = Vec::new();
    export::write_table(&data, Table::Actors, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        text,
        "id,name,kind,country,region,languages,start,end,predecessor,aliases,sources\n\
         X,\"Bosnia, \"\"Herzegovina\"\"\",ngo,,,,,,,,\n"
    );
    let (_, missions) = read_back(&data, Table::Missions);
    assert_eq!(missions[0][5], "BIH;HRV");
    assert_eq!(missions[0][6], "2000-01-01");
    assert_eq!(missions[0][7], "", "no end: ongoing");
    let (_, contributions) = read_back(&data, Table::Contributions);
    assert_eq!(
        contributions[0],
        [
            "X",
            "M",
            "2000-01-01",
            "personnel",
            "troops",
            "3",
            "2",
            "0",
            "5",
            "",
            "",
            "",
            "",
            ""
        ]
    );
}

#[test]
fn write_tables_writes_eight_files_and_names_the_path_it_cannot_write() {
    let dir = std::env::temp_dir().join(format!("peacekeeping-export-{}", std::process::id()));
    let paths = export::write_tables(reference::dataset(), &dir).unwrap();
    assert_eq!(paths.len(), 8);
    for (path, table) in paths.iter().zip(Table::ALL) {
        assert!(path.ends_with(table.file_name()));
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.starts_with(&table.columns().join(",")));
    }
    // A directory cannot be created inside a file.
    let blocked = paths[0].join("sub");
    let err = export::write_tables(reference::dataset(), &blocked).unwrap_err();
    assert!(err.to_string().contains("actors.csv/sub"), "{err}");
    let Error::Io(io) = &err else {
        panic!("not an I/O error: {err:?}")
    };
    assert_eq!(io.access(), IoAccess::Write);
    assert_eq!(io.path(), Some(blocked.as_path()));
    assert!(
        err.to_string()
            .starts_with(&format!("{}: cannot write: ", blocked.display())),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A writer that fails after taking `room` bytes.
struct Full {
    room: usize,
}

impl std::io::Write for Full {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no room left",
            ));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn write_table_into_a_failing_writer_is_a_write_error_without_a_path() {
    let err =
        export::write_table(reference::dataset(), Table::Missions, Full { room: 100 }).unwrap_err();
    let Error::Io(io) = &err else {
        panic!("not an I/O error: {err:?}")
    };
    assert_eq!(io.access(), IoAccess::Write);
    assert_eq!(io.path(), None);
    assert_eq!(io.kind(), std::io::ErrorKind::StorageFull);
    assert_eq!(err.to_string(), "cannot write: no room left");
    let source = std::error::Error::source(&err).and_then(|s| s.downcast_ref::<std::io::Error>());
    assert_eq!(
        source.map(std::io::Error::kind),
        Some(std::io::ErrorKind::StorageFull)
    );
}

/// MINUSMA's row of 2013 in the reference dataset, each cell from its source: the
/// mission ran from 25 April (251 days); the IPI mission file's totals of July to
/// December (6,294, 6,010, 6,005, 5,872, 6,347 and 6,439, its embedded deployed
/// strengths) average 6,161.17; the UN's report of 31 December 2013, the one contributor
/// report embedded that year, lists 39 contributors; its ceiling of 11,200 military and 1,440 police applies from 1 July, so the six month-ends
/// with a ceiling average 12,640; the UN's fatality file records 6 deaths of its
/// personnel in 2013, 4 of them malicious acts; UCDP counts 818 battle deaths in Mali.
#[test]
fn the_mission_year_panel_takes_each_cell_from_its_records() {
    let data = reference::dataset();
    let (header, rows) = read_back(data, Table::MissionYears);
    let row = rows
        .iter()
        .find(|r| r[0] == "MINUSMA" && r[1] == "2013")
        .unwrap();
    let cell = |name: &str| row[header.iter().position(|c| c == name).unwrap()].as_str();
    assert_eq!(
        [
            "active_days",
            "personnel",
            "personnel_reports",
            "authorized",
            "contributors",
            "fatalities",
            "malicious_fatalities",
            "host_battle_deaths"
        ]
        .map(cell),
        ["251", "6161.17", "6", "12640", "39", "6", "4", "818"]
    );
    // The IPI mission file ends in March 2017: no personnel figure is carried into 2018,
    // and AMISOM, whose fatalities the UN's file does not record, has no fatality count.
    let next = rows
        .iter()
        .find(|r| r[0] == "MINUSMA" && r[1] == "2018")
        .unwrap();
    let at =
        |r: &Vec<String>, name: &str| r[header.iter().position(|c| c == name).unwrap()].clone();
    assert_eq!(
        (at(next, "personnel"), at(next, "personnel_reports")),
        (String::new(), "0".to_owned())
    );
    let amisom = rows
        .iter()
        .find(|r| r[0] == "AMISOM" && r[1] == "2013")
        .unwrap();
    assert_eq!(at(amisom, "fatalities"), "");
    assert_eq!(at(amisom, "host_battle_deaths"), "913");
}

/// A dataset without any dated record (no report, fatality or battle deaths) has no
/// mission-year to write: the panel is its header alone, whatever its missions. And a
/// mission without hosts or records gets empty cells, not zeros, once a year exists.
#[test]
fn the_panel_of_a_dataset_without_dated_records_is_its_header() {
    let mission = Mission::new(
        "m".parse().unwrap(),
        "A mission",
        MissionKind::UnPeacekeeping,
        Period::since("2010-01-01".parse().unwrap()),
    );
    let mut b = Dataset::builder();
    b.mission(mission);
    let data = b.build().unwrap();
    let (header, rows) = read_back(&data, Table::MissionYears);
    assert_eq!(header, Table::MissionYears.columns());
    assert!(rows.is_empty(), "{rows:?}");

    // One contribution of 2011 makes 2010 and 2011 rows; 2010 has no report.
    let mut b = data.into_builder();
    b.actor(Actor::new("x".parse().unwrap(), "X", ActorKind::Ngo))
        .contribution(Contribution::personnel(
            "x".parse().unwrap(),
            "m".parse().unwrap(),
            "2011-06-30".parse().unwrap(),
            Personnel::of(PersonnelCategory::Troops, Headcount::total_only(40)),
        ));
    let (header, rows) = read_back(&b.build().unwrap(), Table::MissionYears);
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    let cells = |r: &Vec<String>| {
        [
            "year",
            "active_days",
            "personnel",
            "personnel_reports",
            "contributors",
            "fatalities",
            "host_battle_deaths",
        ]
        .map(|c| r[col(c)].clone())
    };
    assert_eq!(
        rows.iter().map(cells).collect::<Vec<_>>(),
        [
            ["2010", "365", "", "0", "", "", ""].map(String::from),
            ["2011", "365", "40", "1", "1", "", ""].map(String::from),
        ]
    );
}

/// The participations table: one row per record, the component's code, an empty `end`
/// for an open one; Uganda's in AMISOM as the reference dataset records it.
#[test]
fn participations_are_one_row_each() {
    let (header, rows) = read_back(reference::dataset(), Table::Participations);
    assert_eq!(
        header,
        [
            "contributor",
            "mission",
            "component",
            "start",
            "end",
            "sources"
        ]
    );
    assert_eq!(rows.len(), 44);
    // An open participation (Austria in KFOR) has an empty end.
    assert!(
        rows.iter()
            .any(|r| r[0] == "AUT" && r[1] == "KFOR" && r[3] == "1999-06-24" && r[4].is_empty())
    );
    assert_eq!(
        rows[0],
        [
            "UGA",
            "AMISOM",
            "military",
            "2007-03-06",
            "2022-03-31",
            "cases-reuters-amisom-uganda-2007;cases-atmis-military-component"
        ]
    );
}

#[test]
fn resolutions_are_one_row_each_in_the_mandates_order() {
    let (header, rows) = read_back(reference::dataset(), Table::Resolutions);
    assert_eq!(header, ["mission", "symbol", "adopted", "until"]);
    let minusma: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "MINUSMA").collect();
    assert_eq!(minusma.len(), 11);
    // Resolution 2100 (2013): adopted, no term recorded; 2164 (2014): both.
    assert_eq!(minusma[0][1..], ["S/RES/2100 (2013)", "2013-04-25", ""]);
    assert_eq!(
        minusma[1][1..],
        ["S/RES/2164 (2014)", "2014-06-25", "2015-06-30"]
    );
    // A resolution whose day of adoption is not recorded: an empty cell.
    assert!(
        rows.iter()
            .any(|r| r[0] == "AMISOM" && r[1] == "S/RES/2614 (2021)" && r[2].is_empty())
    );
}
