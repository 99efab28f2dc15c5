//! The importers on the real IPI files (SOURCES.md), with oracles from the UN's published
//! figures. Each test is skipped when the shared data directory is absent.

use std::collections::{BTreeMap, HashMap};

use peacekeeping_core::Date;
use peacekeeping_data::ipi;

use peacekeeping_testkit::{assert_balanced, data_dir};

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

/// Source: ipi-tcc/Gender.Full.csv (IPI, TCC-DataScraper commit 936f28e6), 29,115 data rows
/// (SOURCES.md); the UN's total of uniformed personnel for December 2013 is 98,200.
#[test]
fn gender_full_accounts_for_every_row_and_sums_to_the_un_total_of_december_2013() {
    let Some(dir) = data_dir("gender_full") else {
        return;
    };
    let path = dir.join("ipi-tcc/Gender.Full.csv");
    let import = ipi::read_gender_full_file(&path, Some("ipi-tcc".parse().unwrap())).unwrap();

    let data_rows = std::fs::read_to_string(&path).unwrap().lines().count() - 1;
    assert_eq!(data_rows, 29_115);
    assert_eq!(import.rows_read, data_rows);
    // No "; N unknown missions": every acronym names a reference mission.
    assert_eq!(
        import.summary().to_string(),
        "29115 rows read: 29115 imported, 0 merged, 0 skipped"
    );
    assert_balanced(&import);
    assert!(
        import.is_complete(),
        "skipped: {:#?}",
        &import.skipped[..import.skipped.len().min(5)]
    );

    let december_2013: u64 = import
        .records
        .iter()
        .filter(|c| c.date == date(2013, 12, 31))
        .map(|c| c.what.personnel().unwrap().total())
        .sum();
    assert_eq!(december_2013, 98_200);
    assert!(
        import
            .records
            .iter()
            .all(|c| c.source.as_deref() == Some("ipi-tcc"))
    );
    assert!(import.records.iter().all(|c| c.mission.as_str() != "ONUCI"));
    assert_eq!(
        import
            .records
            .iter()
            .filter(|c| c.mission.as_str() == "UNOCI")
            .count(),
        2_767
    );
}

/// Source: the UN's ranking of contributors of 31 October 2010, as reproduced by
/// ipi-ppp/countries/*.csv (IPI, PPP_Loader commit 2653920a): Bangladesh 10,748; Pakistan
/// 10,635; India 8,704; Nigeria 5,786; Nepal 4,735; 116 contributors with a non-zero total;
/// total 99,506.
#[test]
fn countries_reproduce_the_un_ranking_of_31_october_2010() {
    let Some(dir) = data_dir("countries ranking") else {
        return;
    };
    let import = ipi::read_contributor_dir(dir.join("ipi-ppp/countries")).unwrap();

    // The one file skipped is `.csv`, with an empty name.
    assert_eq!(import.skipped.len(), 1, "{:#?}", import.skipped);
    assert_eq!(import.skipped[0].value, ".csv");
    assert_eq!(import.skipped[0].line, None);
    assert_balanced(&import);
    assert_eq!(import.summary().files_skipped, 1);

    let mut by_contributor: HashMap<&str, u64> = HashMap::new();
    for r in import
        .records
        .iter()
        .filter(|r| r.date == date(2010, 10, 31))
    {
        *by_contributor.entry(r.contributor.as_str()).or_default() += r.total();
    }
    let mut ranking: Vec<_> = by_contributor.iter().filter(|(_, t)| **t > 0).collect();
    ranking.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    // The four largest, in order; Nepal's figure too (Nepal ranks sixth: the source's list
    // leaves out the fifth place).
    let top: Vec<_> = ranking.iter().take(4).map(|(c, t)| (**c, **t)).collect();
    assert_eq!(
        top,
        [
            ("BGD", 10_748),
            ("PAK", 10_635),
            ("IND", 8_704),
            ("NGA", 5_786)
        ]
    );
    assert_eq!(by_contributor["NPL"], 4_735);
    assert_eq!(ranking.len(), 116);
    assert_eq!(ranking.iter().map(|(_, t)| **t).sum::<u64>(), 99_506);
}

/// Source: the UN's December totals of uniformed personnel, as in
/// ipi-ppp/data_monthly.csv and ipi-tcc/Data.Monthly.csv: 2010 98,638 (troops 82,014,
/// police 14,322, experts 2,302), 2013 98,200, 2014 104,062, 2015 107,088 (2014 and 2015
/// only in ipi-ppp).
#[test]
fn monthly_files_reproduce_the_un_december_totals() {
    let Some(dir) = data_dir("monthly totals") else {
        return;
    };
    for (file, rows, years) in [
        (
            "ipi-ppp/data_monthly.csv",
            316,
            &[2010, 2013, 2014, 2015][..],
        ),
        ("ipi-tcc/Data.Monthly.csv", 280, &[2010, 2013][..]),
    ] {
        let import = ipi::read_system_months_file(dir.join(file)).unwrap();
        assert!(import.is_complete(), "{file}: {:#?}", import.skipped);
        assert_eq!(import.records.len(), rows, "{file}");
        assert_eq!(import.rows_read, rows, "{file}");
        assert_balanced(&import);
        let by_date: BTreeMap<Date, &ipi::SystemMonth> =
            import.records.iter().map(|m| (m.date, m)).collect();
        let december = |y| by_date[&date(y, 12, 31)];
        let d2010 = december(2010);
        assert_eq!(
            (d2010.troops, d2010.police, d2010.experts),
            (82_014, 14_322, 2_302),
            "{file}"
        );
        let expected = [
            (2010, 98_638),
            (2013, 98_200),
            (2014, 104_062),
            (2015, 107_088),
        ];
        for &(year, total) in expected.iter().filter(|(y, _)| years.contains(y)) {
            assert_eq!(december(year).total(), total, "{file} {year}");
        }
    }
}

/// ipi-*/Data.Mission.csv: every row reads, the acronym quirks are normalized, and the
/// missions of each month add up to that month's system total in the monthly file.
#[test]
fn mission_files_read_completely_and_add_up_to_the_monthly_totals() {
    let Some(dir) = data_dir("mission months") else {
        return;
    };
    for (mission_file, monthly_file, rows, unoci) in [
        (
            "ipi-tcc/Data.Mission.csv",
            "ipi-tcc/Data.Monthly.csv",
            4_657,
            106 + 14,
        ),
        (
            "ipi-ppp/data_mission.csv",
            "ipi-ppp/data_monthly.csv",
            5_330,
            142 + 14,
        ),
    ] {
        let import = ipi::read_mission_months_file(dir.join(mission_file)).unwrap();
        assert!(
            import.is_complete(),
            "{mission_file}: {:#?}",
            import.skipped
        );
        assert_eq!(import.records.len(), rows, "{mission_file}");
        assert_eq!(import.rows_read, rows, "{mission_file}");
        assert_balanced(&import);
        let count = |id: &str| {
            import
                .records
                .iter()
                .filter(|m| m.mission.as_str() == id)
                .count()
        };
        // ONUCI rows land under UNOCI; UNPSG is UNCPSG; UNOSOM II is UNOSOM-II.
        assert_eq!(
            (count("ONUCI"), count("UNOCI")),
            (0, unoci),
            "{mission_file}"
        );
        assert_eq!((count("UNPSG"), count("UNCPSG")), (0, 8), "{mission_file}");
        assert_eq!(
            (count("UNOSOM"), count("UNOSOM-II")),
            (22, 8),
            "{mission_file}"
        );
        assert_eq!(count("UNAVEM"), 69, "{mission_file}");
        // The host of `South Sudan'` comes from the ISO-3 column.
        assert!(
            import
                .records
                .iter()
                .filter(|m| m.mission.as_str() == "UNMISS")
                .all(|m| m.host.is_some_and(|h| h.as_str() == "SSD"))
        );

        let mut by_month: BTreeMap<Date, u64> = BTreeMap::new();
        for m in &import.records {
            *by_month.entry(m.date).or_default() += m.total();
        }
        let monthly = ipi::read_system_months_file(dir.join(monthly_file)).unwrap();
        let system: BTreeMap<Date, u64> = monthly
            .records
            .iter()
            .map(|m| (m.date, m.total()))
            .collect();
        assert_eq!(by_month, system, "{mission_file} against {monthly_file}");
    }
}

/// Source: ipi-tcc/countries (IPI, TCC-DataScraper commit 936f28e6) holds both
/// `Macedonia.csv` and `The former Yugoslav Republic o.csv`; the second repeats the months
/// 2013-08 to 2013-12 of the first with the same figures (one troop each month, as the one
/// UNIFIL row of Gender.Full.csv for 2013-12 confirms). Each month is counted once.
#[test]
fn a_contributor_month_given_by_two_files_is_counted_once_and_reported() {
    let Some(dir) = data_dir("contributor_dir_duplicates") else {
        return;
    };
    let import = ipi::read_contributor_dir(dir.join("ipi-tcc/countries")).unwrap();
    let mkd = "MKD".parse().unwrap();
    let december: Vec<_> = import
        .records
        .iter()
        .filter(|m| m.contributor == mkd && m.date == date(2013, 12, 31))
        .collect();
    assert_eq!(december.len(), 1);
    assert_eq!(december[0].total(), 1);

    let repeated: Vec<_> = import
        .skipped
        .iter()
        .filter(|s| s.file.ends_with("The former Yugoslav Republic o.csv"))
        .collect();
    assert_eq!(repeated.len(), 5, "{repeated:#?}");
    for s in &repeated {
        assert_eq!(s.field.as_deref(), Some("Date"));
        assert!(
            s.reason.contains("Macedonia.csv") && s.reason.contains("same figures"),
            "{s}"
        );
    }
    // Nothing else in that directory is skipped (it has no `.csv` file, unlike ipi-ppp).
    assert_eq!(import.skipped.len(), 5);
    assert_balanced(&import);
    let summary = import.summary();
    assert_eq!(
        (summary.merged, summary.skipped, summary.files_skipped),
        (0, 5, 0)
    );
    assert!(import.records.len() > 10_000);
}
