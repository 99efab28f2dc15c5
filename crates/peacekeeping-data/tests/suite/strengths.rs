//! The conversions of mission totals into core `DeployedStrength` records, on small
//! hand-made files with hand-checked answers: `ipi::to_deployed_strengths` (IPI's mission
//! file) and `nonun::to_deployed_strengths` (SIPRI's figures in the UN and Non-UN
//! Peacekeeping Dataset), one test per rule. Figures are synthetic unless a comment names
//! their source; missions are the reference dataset's.

use peacekeeping_core::{Date, DeployedStrength, PersonnelCategory};
use peacekeeping_data::{Conversion, SkipReason, ipi, nonun};

fn month(y: i32, m: u32) -> Date {
    Date::new(y, m, 1).unwrap().last_of_month()
}

fn ipi_conversion(rows: &str) -> Conversion<DeployedStrength> {
    let csv = format!(
        "Date,Mission,Country of Mission ISO-3,Number of Contributors,Troops,Police,Observers,Total\n{rows}"
    );
    let import = ipi::read_mission_months(csv.as_bytes()).unwrap();
    assert!(import.is_complete(), "{:?}", import.skipped);
    ipi::to_deployed_strengths(
        &import.records,
        "ipi-peacekeeping-database".parse().unwrap(),
    )
}

const NONUN_HEADER: &str = "ccode,conflictid,episodenum,activity,date,year,missionid,mission,org,onlypolice,\
SIPRI_troops,SIPRI_police,SIPRI_observers,SIPRI_totals,troops_iepo,police_iepo,observers_iepo,totals_iepo,\
IPI_troops,IPI_police,IPI_observers,IPI_totals";

/// One row of the non-UN file: country (COW), month `YYYY-MM`, missionid, name, the main
/// figures, and whether SIPRI gives them (then the SIPRI columns repeat them).
fn nonun_row(
    ccode: u32,
    date: &str,
    missionid: u32,
    name: &str,
    [troops, police, observers]: [f64; 3],
    observed: bool,
) -> String {
    let total = troops + police + observers;
    let sipri = if observed {
        format!("{troops},{police},{observers},{total}")
    } else {
        ",,,".to_owned()
    };
    let year = &date[..4];
    format!(
        "{ccode},1,101,1,{date},{year},{missionid}.0,{name},2.0,0.0,{sipri},{troops},{police},{observers},{total},,,,"
    )
}

fn nonun_conversion(rows: &[String]) -> Conversion<DeployedStrength> {
    let csv = format!("{NONUN_HEADER}\n{}\n", rows.join("\n"));
    let import = nonun::read_mission_months(csv.as_bytes()).unwrap();
    assert!(import.is_complete(), "{:?}", import.skipped);
    nonun::to_deployed_strengths(&import.records, "nonun-pko".parse().unwrap())
}

fn totals(c: &Conversion<DeployedStrength>) -> Vec<(String, Date, u64)> {
    c.records
        .iter()
        .map(|s| (s.mission.to_string(), s.date, s.total()))
        .collect()
}

fn reasons(c: &Conversion<DeployedStrength>) -> Vec<(String, Date, SkipReason)> {
    c.skipped
        .iter()
        .map(|s| (s.mission.to_string(), s.date, s.reason.clone()))
        .collect()
}

// ---- IPI's mission file -----------------------------------------------------------------

#[test]
fn ipi_months_become_records_by_category_citing_the_source() {
    // Source: SOURCES.md, UNMIL December 2010: 7,938 troops, 1,323 police, 131 observers.
    let c = ipi_conversion(
        "2010-12-31,UNMIL,LBR,58,7938,1323,131,9392\n2010-11-30,UNMIL,LBR,58,7900,NA,NA,7900\n",
    );
    assert_eq!(
        totals(&c),
        [
            ("UNMIL".to_owned(), month(2010, 12), 9_392),
            ("UNMIL".to_owned(), month(2010, 11), 7_900)
        ]
    );
    let p = &c.records[0].personnel;
    assert_eq!(p.get(PersonnelCategory::Troops).unspecified, 7_938);
    assert_eq!(
        p.get(PersonnelCategory::IndividualPolice).unspecified,
        1_323
    );
    assert_eq!(p.get(PersonnelCategory::ExpertsOnMission).unspecified, 131);
    assert_eq!(p.get(PersonnelCategory::FormedPoliceUnits).total(), 0);
    // A category written NA is 0, as the reader reads it.
    assert_eq!(c.records[1].personnel.police().total(), 0);
    assert!(
        c.records
            .iter()
            .all(|s| s.source.as_ref().map(|x| x.as_str()) == Some("ipi-peacekeeping-database"))
    );
    assert!(c.skipped.is_empty());
    assert_eq!(c.to_string(), "2 records, 0 months skipped");
}

#[test]
fn an_ipi_month_without_any_figure_gives_no_record() {
    let c = ipi_conversion(
        "1993-05-31,UNOSOM II,SOM,30,NA,NA,NA,NA\n1993-06-30,UNOSOM II,SOM,30,0,0,0,0\n1993-07-31,UNOSOM II,SOM,30,1,0,0,1\n",
    );
    assert_eq!(totals(&c), [("UNOSOM-II".to_owned(), month(1993, 7), 1)]);
    assert_eq!(
        reasons(&c),
        [
            ("UNOSOM-II".to_owned(), month(1993, 5), SkipReason::NoFigure),
            ("UNOSOM-II".to_owned(), month(1993, 6), SkipReason::NoFigure)
        ]
    );
}

#[test]
fn ipi_acronyms_go_to_the_reference_mission_of_their_date() {
    let c = ipi_conversion(
        "1992-12-31,UNOSOM,SOM,5,500,0,50,550\n1993-06-30,UNOSOM,SOM,30,20000,0,0,20000\n\
         2005-12-31,ONUCI,CIV,40,6000,600,190,6790\n1995-06-30,UNFOR,HRV,1,10,NA,NA,10\n",
    );
    assert_eq!(
        totals(&c),
        [
            ("UNOSOM-I".to_owned(), month(1992, 12), 550),
            ("UNOSOM-II".to_owned(), month(1993, 6), 20_000),
            ("UNOCI".to_owned(), month(2005, 12), 6_790)
        ]
    );
    assert_eq!(c.skipped.len(), 1);
    assert_eq!(c.skipped[0].mission.as_str(), "UNFOR");
    assert_eq!(c.skipped[0].reason, SkipReason::UnknownMission);
    assert_eq!(
        c.skipped[0].to_string(),
        "UNFOR on 1995-06-30: names no mission of the reference dataset"
    );
}

#[test]
fn an_ipi_month_must_be_one_of_the_missions_months() {
    // UNMIS ended on 9 July 2011 (reference dataset): its July figure, dated the 31st, is
    // kept; August's is not.
    let c =
        ipi_conversion("2011-07-31,UNMIS,SDN,40,100,10,1,111\n2011-08-31,UNMIS,SDN,40,50,0,0,50\n");
    assert_eq!(totals(&c), [("UNMIS".to_owned(), month(2011, 7), 111)]);
    let [skipped] = c.skipped.as_slice() else {
        panic!("{:?}", c.skipped)
    };
    let SkipReason::OutsideMissionPeriod { mission, period } = &skipped.reason else {
        panic!("{skipped}")
    };
    assert_eq!(mission.as_str(), "UNMIS");
    assert_eq!(period.end(), Some(Date::new(2011, 7, 9).unwrap()));
    assert_eq!(
        c.to_string(),
        "1 record, 1 month skipped: 1 outside-mission-period"
    );
}

#[test]
fn a_second_ipi_month_of_the_same_mission_and_date_is_left_out() {
    // ONUCI and UNOCI are one mission: the second of the month is left out.
    let c = ipi_conversion(
        "2005-12-31,ONUCI,CIV,40,6000,600,190,6790\n2005-12-31,UNOCI,CIV,40,6000,600,190,6790\n\
         2006-01-31,UNOCI,CIV,40,6000,600,190,6790\n2006-01-31,ONUCI,CIV,40,1,0,0,1\n",
    );
    assert_eq!(
        totals(&c),
        [
            ("UNOCI".to_owned(), month(2005, 12), 6_790),
            ("UNOCI".to_owned(), month(2006, 1), 6_790)
        ]
    );
    let repeated = |same_figures| SkipReason::Repeated {
        mission: "UNOCI".parse().unwrap(),
        same_figures,
    };
    assert_eq!(
        reasons(&c),
        [
            ("UNOCI".to_owned(), month(2005, 12), repeated(true)),
            ("UNOCI".to_owned(), month(2006, 1), repeated(false))
        ]
    );
}

// ---- SIPRI's figures in the non-UN file -------------------------------------------------

#[test]
fn only_sipris_own_months_become_records() {
    // Source: the v2-2019 file's AMISOM rows of 2015-11 (interpolated) and 2015-12
    // (SIPRI's: 21,645 troops and 481 police).
    let c = nonun_conversion(&[
        nonun_row(
            520,
            "2015-11",
            52005,
            "AMISOM",
            [21_576.0, 472.0, 0.0],
            false,
        ),
        nonun_row(
            520,
            "2015-12",
            52005,
            "AMISOM",
            [21_645.0, 481.0, 0.0],
            true,
        ),
    ]);
    assert_eq!(totals(&c), [("AMISOM".to_owned(), month(2015, 12), 22_126)]);
    let p = &c.records[0].personnel;
    assert_eq!(p.get(PersonnelCategory::Troops).unspecified, 21_645);
    assert_eq!(p.get(PersonnelCategory::IndividualPolice).unspecified, 481);
    assert_eq!(
        c.records[0].source.as_ref().map(|s| s.as_str()),
        Some("nonun-pko")
    );
    assert_eq!(
        reasons(&c),
        [(
            "AMISOM".to_owned(),
            month(2015, 11),
            SkipReason::NotObserved
        )]
    );
}

#[test]
fn a_figure_sipri_gives_as_zero_is_kept() {
    let c = nonun_conversion(&[nonun_row(
        520,
        "2008-12",
        52005,
        "AMISOM",
        [0.0, 0.0, 0.0],
        true,
    )]);
    assert_eq!(totals(&c), [("AMISOM".to_owned(), month(2008, 12), 0)]);
}

#[test]
fn a_mission_in_several_countries_is_summed_only_when_sipri_gives_every_country() {
    // Source: the v2-2019 file's UNPROFOR in Bosnia and Herzegovina (COW 346) and Croatia
    // (344), December 1993 (SIPRI: 12,758 and 13,846) and March 1995 (SIPRI gives
    // Croatia's only).
    let c = nonun_conversion(&[
        nonun_row(
            346,
            "1993-12",
            3_460_110,
            "UNPROFOR",
            [12_398.0, 45.0, 315.0],
            true,
        ),
        nonun_row(
            344,
            "1993-12",
            3_440_111,
            "UNPROFOR",
            [12_979.0, 621.0, 246.0],
            true,
        ),
        nonun_row(
            346,
            "1995-03",
            3_460_110,
            "UNPROFOR",
            [16_005.0, 0.0, 0.0],
            false,
        ),
        nonun_row(
            344,
            "1995-03",
            3_440_111,
            "UNPROFOR",
            [15_839.0, 0.0, 0.0],
            true,
        ),
    ]);
    assert_eq!(
        totals(&c),
        [("UNPROFOR".to_owned(), month(1993, 12), 12_758 + 13_846)]
    );
    let p = &c.records[0].personnel;
    assert_eq!(
        p.get(PersonnelCategory::ExpertsOnMission).total(),
        315 + 246
    );
    assert_eq!(
        reasons(&c),
        [(
            "UNPROFOR".to_owned(),
            month(1995, 3),
            SkipReason::IncompleteParts {
                observed: 1,
                parts: 2
            }
        )]
    );
    assert_eq!(
        c.skipped[0].to_string(),
        "UNPROFOR on 1995-03-31: SIPRI gives figures for 1 of the 2 countries the mission is reported in"
    );
}

#[test]
fn a_second_month_of_the_same_mission_country_and_date_is_left_out() {
    let c = nonun_conversion(&[
        nonun_row(520, "2015-12", 52005, "AMISOM", [100.0, 0.0, 0.0], true),
        nonun_row(520, "2015-12", 52099, "AMISOM", [100.0, 0.0, 0.0], true),
        nonun_row(520, "2015-12", 52098, "AMISOM", [5.0, 0.0, 0.0], true),
    ]);
    assert_eq!(totals(&c), [("AMISOM".to_owned(), month(2015, 12), 100)]);
    let repeated = |same_figures| SkipReason::Repeated {
        mission: "AMISOM".parse().unwrap(),
        same_figures,
    };
    assert_eq!(
        reasons(&c),
        [
            ("AMISOM".to_owned(), month(2015, 12), repeated(true)),
            ("AMISOM".to_owned(), month(2015, 12), repeated(false))
        ]
    );
}

#[test]
fn a_fractional_sipri_figure_is_not_rounded_into_a_record() {
    let c = nonun_conversion(&[nonun_row(
        520,
        "2015-12",
        52005,
        "AMISOM",
        [100.5, 0.0, 0.0],
        true,
    )]);
    assert_eq!(totals(&c), []);
    assert_eq!(
        reasons(&c),
        [(
            "AMISOM".to_owned(),
            month(2015, 12),
            SkipReason::NotWhole { value: 100.5 }
        )]
    );
}

#[test]
fn unknown_names_and_months_outside_the_mission_are_left_out() {
    // `Op. Nowhere` names no reference mission; AMISOM began in January 2007.
    let c = nonun_conversion(&[
        nonun_row(520, "2006-12", 52005, "AMISOM", [10.0, 0.0, 0.0], true),
        nonun_row(520, "2007-12", 52097, "Op. Nowhere", [10.0, 0.0, 0.0], true),
        nonun_row(520, "2007-12", 52005, "AMISOM", [1_792.0, 0.0, 0.0], true),
    ]);
    assert_eq!(totals(&c), [("AMISOM".to_owned(), month(2007, 12), 1_792)]);
    let codes: Vec<&str> = c.skipped.iter().map(|s| s.reason.code()).collect();
    assert_eq!(codes, ["outside-mission-period", "unknown-mission"]);
    assert_eq!(
        c.skipped_by_reason().into_iter().collect::<Vec<_>>(),
        [("outside-mission-period", 1), ("unknown-mission", 1)]
    );
    assert_eq!(
        c.to_string(),
        "1 record, 2 months skipped: 1 outside-mission-period, 1 unknown-mission"
    );
}
