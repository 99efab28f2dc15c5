//! `ipi::read_current_month` and the `un` readers on the real `ipi-ppp/current_month.csv`
//! (SOURCES.md), checked against `ipi-ppp/data_monthly.csv`. The UN's own files (Data Hub,
//! HDX) are not in the shared data: their layouts are tested on inline samples in
//! `src/un.rs`. Each test is skipped when the shared data directory is absent.

use peacekeeping_core::{Date, PersonnelCategory};
use peacekeeping_data::{ipi, un};

use peacekeeping_testkit::{assert_balanced, data_dir};

/// Source: ipi-ppp/current_month.csv (IPI, PPP_Loader commit 2653920a), 573 data rows, all
/// dated 2014-03-31; ipi-ppp/data_monthly.csv, row 2014-03-31: 122 contributors, troops
/// 83,841, police 12,099, experts 1,871, total 97,811.
///
/// Finding: the two files agree exactly. Summed over the 573 rows, `Troops` is 83,841,
/// `Formed_Police_Units` + `Inidividual_Police` 7,278 + 4,821 = 12,099 (which is also
/// the sum of `Civilian_Police`: that column is all police, not a further category),
/// `Experts_on_Mission` 1,871 (`Observers` repeats it row by row) and `Total` 97,811;
/// the file has 122 distinct contributors. So `Civilian_Police` and `Observers` must be
/// checked, not added: adding them would count police and experts twice (111,781).
#[test]
fn current_month_accounts_for_every_row_and_matches_the_system_total() {
    let Some(dir) = data_dir("current_month") else {
        return;
    };
    let path = dir.join("ipi-ppp/current_month.csv");
    let import = ipi::read_current_month_file(&path).unwrap();
    let data_rows = std::fs::read_to_string(&path).unwrap().lines().count() - 1;
    assert_eq!(data_rows, 573);
    assert_eq!(import.rows_read, data_rows);
    assert_eq!(
        import.summary().to_string(),
        "573 rows read: 573 imported, 0 merged, 0 skipped"
    );
    assert_balanced(&import);
    assert!(import.is_complete(), "skipped: {:#?}", import.skipped);

    let march = Date::new(2014, 3, 31).unwrap();
    assert!(import.records.iter().all(|s| s.date == march));
    let sum = |f: fn(&ipi::Snapshot) -> u64| import.records.iter().map(f).sum::<u64>();
    let troops = sum(|s| u64::from(s.troops));
    let police = sum(ipi::Snapshot::police);
    let experts = sum(|s| u64::from(s.experts_on_mission));
    let total = sum(ipi::Snapshot::total);
    let mut contributors: Vec<_> = import.records.iter().map(|s| s.contributor).collect();
    contributors.sort_unstable();
    contributors.dedup();

    let system = ipi::read_system_months_file(dir.join("ipi-ppp/data_monthly.csv")).unwrap();
    let month = system.records.iter().find(|m| m.date == march).unwrap();
    assert_eq!(
        (troops, police, experts, total),
        (
            u64::from(month.troops),
            u64::from(month.police),
            u64::from(month.experts),
            month.total()
        )
    );
    assert_eq!(
        (troops, police, experts, total),
        (83_841, 12_099, 1_871, 97_811)
    );
    assert_eq!(contributors.len(), 122);
    assert_eq!(u64::from(month.contributors), 122);

    // The flags are IPI's coding c. 2014: e.g. Ghana in the AU and ECOWAS, not in NATO.
    let ghana = import
        .records
        .iter()
        .find(|s| s.contributor.as_str() == "GHA")
        .unwrap();
    assert!(ghana.is_member_of("AU") && ghana.is_member_of("ECOWAS"));
    assert!(!ghana.is_member_of("NATO"));
    // Row counts of each flag, from the file (e.g. `Contributor_AU` is 1 on 166 rows).
    let rows_flagged = |org: &str| {
        import
            .records
            .iter()
            .filter(|s| s.is_member_of(org))
            .count()
    };
    assert_eq!(
        (rows_flagged("AU"), rows_flagged("EU"), rows_flagged("NATO")),
        (166, 104, 113)
    );
}

/// The same file through `un::Layout::ipi_full` (it has the IPI full file's header): the
/// same 573 reports, the same 97,811 people, by category.
#[test]
fn ipi_full_layout_reads_current_month_as_contributions() {
    let Some(dir) = data_dir("ipi_full_layout") else {
        return;
    };
    let path = dir.join("ipi-ppp/current_month.csv");
    let import = un::read_contributions_file(
        &path,
        &un::Layout::ipi_full(),
        Some("ipi-ppp".parse().unwrap()),
    )
    .unwrap();
    assert!(import.is_complete(), "skipped: {:#?}", import.skipped);
    assert_eq!(import.records.len(), 573);
    assert_eq!(
        import.summary().to_string(),
        "573 rows read: 573 imported, 0 merged, 0 skipped"
    );
    let by = |category: PersonnelCategory| {
        import
            .records
            .iter()
            .map(|c| c.what.personnel().unwrap().get(category).total())
            .sum::<u64>()
    };
    assert_eq!(by(PersonnelCategory::Troops), 83_841);
    assert_eq!(by(PersonnelCategory::FormedPoliceUnits), 7_278);
    assert_eq!(by(PersonnelCategory::IndividualPolice), 4_821);
    assert_eq!(by(PersonnelCategory::ExpertsOnMission), 1_871);
    assert_eq!(by(PersonnelCategory::StaffOfficers), 0);
    let total: u64 = import
        .records
        .iter()
        .map(|c| c.what.personnel().unwrap().total())
        .sum();
    assert_eq!(total, 97_811);
}
