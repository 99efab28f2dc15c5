//! The RADPKO reader on the real base-year file (SOURCES.md, "`radpko/`"): every figure
//! and check SOURCES.md gives for it, and the per-contributor sums against the row
//! totals. Each test is skipped when the shared data directory is absent.
//!
//! The figures are SOURCES.md's, from RADPKO (Hunnicutt & Nomikos 2020, *International
//! Peacekeeping* 27(4)) as extracted for its web interface (dapp-lab/radpko-shiny,
//! `app/radpko_bases_cc_y.csv` at 27e5d4d8); the IPI yearly mean is computed here from
//! `ipi-ppp/data_mission.csv`.

use std::collections::BTreeSet;

use peacekeeping_data::radpko::{self, BaseYear, PersonnelMeans};
use peacekeeping_testkit::{assert_balanced, data_dir};

use crate::real_geopko::ipi_yearly_mean_troops;

fn base_years() -> Option<(std::path::PathBuf, Vec<BaseYear>)> {
    let dir = data_dir("radpko")?;
    let import = radpko::read_base_years_file(dir.join("radpko/radpko_bases_cc_y.csv")).unwrap();
    assert_balanced(&import);
    Some((dir, import.records))
}

/// SOURCES.md: 2,652 rows, 1999-2019, 13 missions in sub-Saharan Africa, 11 host
/// countries; every mission maps onto a reference mission.
#[test]
fn every_row_imports_with_its_missions_hosts_and_years() {
    let Some(dir) = data_dir("radpko rows") else {
        return;
    };
    let import = radpko::read_base_years_file(dir.join("radpko/radpko_bases_cc_y.csv")).unwrap();
    // No "; N unknown missions": the 13 missions are all the reference dataset's.
    assert_eq!(
        import.summary().to_string(),
        "2652 rows read: 2652 imported, 0 merged, 0 skipped"
    );
    assert!(import.unknown_missions.is_empty());
    let records = &import.records;
    let missions: BTreeSet<_> = records.iter().map(|b| b.mission.as_str()).collect();
    assert_eq!(
        missions.into_iter().collect::<Vec<_>>(),
        [
            "MINURCAT", "MINUSCA", "MINUSMA", "MONUC", "MONUSCO", "ONUB", "UNAMID", "UNAMSIL",
            "UNISFA", "UNMIL", "UNMIS", "UNMISS", "UNOCI"
        ]
    );
    // 11 host names; `Abyei` (UNISFA) is the territory disputed by Sudan and South Sudan.
    let hosts: BTreeSet<_> = records.iter().map(|b| b.host.to_string()).collect();
    assert_eq!(hosts.len(), 11);
    assert!(hosts.contains("SDN/SSD") && hosts.contains("COD"));
    let years: BTreeSet<_> = records.iter().map(|b| b.year).collect();
    assert_eq!((years.first(), years.last()), (Some(&1999), Some(&2019)));
    // Three rows have no base name (ONUB 2005, 2006; UNMISS 2014).
    assert_eq!(records.iter().filter(|b| b.base.is_none()).count(), 3);
    // The file's `NaN`s: three rows not geocoded (UNMIS in Addis Ababa, 2007-2008), four
    // with a region's police and observers missing.
    let not_geocoded: Vec<_> = records
        .iter()
        .filter(|b| b.latitude.is_none())
        .map(|b| (b.mission.as_str(), b.year, b.base.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        not_geocoded,
        [
            ("UNMIS", 2007, "addis ababa"),
            ("UNMIS", 2007, "adis abeba"),
            ("UNMIS", 2008, "adis abeba")
        ]
    );
    assert!(
        records
            .iter()
            .all(|b| b.latitude.is_some() == b.longitude.is_some())
    );
    let regions_missing = records
        .iter()
        .filter(|b| {
            let r = b.regions;
            [r.african, r.asian, r.western]
                .iter()
                .any(|p| p.troops.is_none() || p.police.is_none() || p.observers.is_none())
        })
        .count();
    assert_eq!(regions_missing, 4);
}

/// SOURCES.md's check: the base-level sum of `untrp` for UNMIL in 2010 is 8,231, against
/// the IPI yearly mean of 8,234 troops.
#[test]
fn unmil_2010_bases_sum_to_near_the_ipi_yearly_mean() {
    let Some((dir, records)) = base_years() else {
        return;
    };
    let troops: f64 = records
        .iter()
        .filter(|b| b.mission.as_str() == "UNMIL" && b.year == 2010)
        .map(|b| b.personnel.troops)
        .sum();
    assert_eq!(troops.round(), 8_231.0, "{troops}");
    assert_eq!(ipi_yearly_mean_troops(&dir, "UNMIL", 2010), 8_234.0);
}

/// Whether a contributors' sum is its row's total "within rounding": the file prints the
/// means to about 16 significant digits.
fn agrees(sum: f64, total: f64) -> bool {
    (sum - total).abs() <= 1e-6 * total.max(1.0)
}

/// The per-contributor sums against `untrp`, `unpol`, `unmob`, row by row. The breakdown
/// is never more than the total, and is the total within rounding in 1,490 rows for
/// troops, 1,504 for police, 1,491 for observers (1,489 rows for all three); in the other
/// rows some personnel have no contributor column. (Counted from the file; SOURCES.md
/// gives no figure for this.)
#[test]
fn contributor_sums_against_the_row_totals() {
    let Some((_, records)) = base_years() else {
        return;
    };
    let mut agree = [0; 3];
    let mut all_three = 0;
    for b in &records {
        let left = b.unattributed();
        let checks = [
            (left.troops, b.personnel.troops),
            (left.police, b.personnel.police),
            (left.observers, b.personnel.observers),
        ];
        let mut all = true;
        for (k, (unattributed, total)) in checks.into_iter().enumerate() {
            assert!(
                unattributed >= -1e-6 * total.max(1.0),
                "{} {} {:?}: the breakdown exceeds the total",
                b.mission,
                b.year,
                b.base
            );
            if agrees(total - unattributed, total) {
                agree[k] += 1;
            } else {
                all = false;
            }
        }
        all_three += usize::from(all);
    }
    assert_eq!(agree, [1_490, 1_504, 1_491]);
    assert_eq!(all_three, 1_489);
}

/// The contributor columns: 69 groups in the header, `korea` and `south.korea` both the
/// Republic of Korea (only `south.korea` is non-zero: UNMISS 2018-2019, Bor and Pibor),
/// `yugoslavia` Serbia (MINUSCA 2015-2017), and only non-zero contributors kept.
#[test]
fn contributor_columns_map_to_countries() {
    let Some((_, records)) = base_years() else {
        return;
    };
    let korea: Vec<_> = records
        .iter()
        .filter_map(|b| {
            b.contributors
                .iter()
                .find(|c| c.contributor.as_str() == "KOR")
                .map(|c| (b.mission.as_str(), b.year, b.base.as_deref(), c.personnel))
        })
        .collect();
    assert_eq!(korea.len(), 3);
    assert_eq!(
        korea[0],
        (
            "UNMISS",
            2018,
            Some("bor"),
            PersonnelMeans::new(250.25, 0.0, 1.916_666_666_666_666_7)
        )
    );
    let serbia: BTreeSet<_> = records
        .iter()
        .filter(|b| {
            b.contributors
                .iter()
                .any(|c| c.contributor.as_str() == "SRB")
        })
        .map(|b| (b.mission.as_str(), b.year))
        .collect();
    assert_eq!(
        serbia.into_iter().collect::<Vec<_>>(),
        [("MINUSCA", 2015), ("MINUSCA", 2016), ("MINUSCA", 2017)]
    );
    assert!(
        records
            .iter()
            .flat_map(|b| &b.contributors)
            .all(|c| !c.personnel.is_zero() && c.contributor.as_str() != "YUG")
    );
    let contributors: BTreeSet<_> = records
        .iter()
        .flat_map(|b| &b.contributors)
        .map(|c| c.contributor)
        .collect();
    // 69 groups, of which `albania` and `korea` are 0 in every row: 67 countries.
    assert_eq!(contributors.len(), 67);
}
