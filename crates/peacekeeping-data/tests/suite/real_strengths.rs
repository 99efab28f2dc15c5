//! The conversions of mission totals into core `DeployedStrength` records on the real
//! files: SIPRI's figures in the UN and Non-UN Peacekeeping Dataset
//! (`non-un-pko/un_nonun_pko_v2-2019.csv`) and IPI's mission file
//! (`ipi-tcc/Data.Mission.csv`), with the figures SOURCES.md says they reproduce, and the
//! reference dataset with each conversion's records added (it validates, and reads a
//! mission's personnel from them). Each test is skipped when the shared data directory is
//! absent.

use std::sync::OnceLock;

use peacekeeping_core::{
    Dataset, Date, DeployedStrength, Period, PersonnelCategory, Reliability, Source, SourceKind,
};
use peacekeeping_data::{Conversion, SkipReason, ipi, nonun, reference};

use peacekeeping_testkit::data_dir;

/// The source the SIPRI records cite (not in the reference dataset: the tests add it).
const NONUN_SOURCE: &str = "nonun-pko";
/// The source the IPI records cite (defined in the reference dataset).
const IPI_SOURCE: &str = "ipi-peacekeeping-database";

fn month(y: i32, m: u32) -> Date {
    Date::new(y, m, 1).unwrap().last_of_month()
}

/// SIPRI's figures of the non-UN file, converted once; `None` without the shared data.
fn sipri() -> Option<&'static Conversion<DeployedStrength>> {
    static CONVERSION: OnceLock<Option<Conversion<DeployedStrength>>> = OnceLock::new();
    CONVERSION
        .get_or_init(|| {
            let dir = data_dir("real_strengths (nonun)")?;
            let import =
                nonun::read_mission_months_file(dir.join("non-un-pko/un_nonun_pko_v2-2019.csv"))
                    .unwrap();
            Some(nonun::to_deployed_strengths(
                &import.records,
                NONUN_SOURCE.parse().unwrap(),
            ))
        })
        .as_ref()
}

/// IPI's mission file (ipi-tcc), converted once; `None` without the shared data.
fn ipi_months() -> Option<&'static Conversion<DeployedStrength>> {
    static CONVERSION: OnceLock<Option<Conversion<DeployedStrength>>> = OnceLock::new();
    CONVERSION
        .get_or_init(|| {
            let dir = data_dir("real_strengths (ipi)")?;
            let import =
                ipi::read_mission_months_file(dir.join("ipi-tcc/Data.Mission.csv")).unwrap();
            Some(ipi::to_deployed_strengths(
                &import.records,
                IPI_SOURCE.parse().unwrap(),
            ))
        })
        .as_ref()
}

/// The one record of `mission` at the end of month `y-m`.
#[track_caller]
fn find<'a>(
    c: &'a Conversion<DeployedStrength>,
    mission: &str,
    y: i32,
    m: u32,
) -> &'a DeployedStrength {
    let found: Vec<_> = c
        .records
        .iter()
        .filter(|s| s.mission.as_str() == mission && s.date == month(y, m))
        .collect();
    assert_eq!(found.len(), 1, "{mission} {y}-{m:02}");
    found[0]
}

/// The reference dataset without its embedded outcome records (`outcomes.json`, which
/// holds strengths of its own) with `records` added, and the SIPRI source they may cite.
fn reference_with(records: &[DeployedStrength]) -> Dataset {
    let documents = reference::DOCUMENTS
        .into_iter()
        .filter(|(name, _)| !name.ends_with("outcomes.json"));
    let mut b = Dataset::from_json_documents(documents)
        .unwrap()
        .into_builder();
    b.source(
        Source::new(
            NONUN_SOURCE.parse().unwrap(),
            SourceKind::ResearchDataset,
            "UN and Non-UN Peacekeeping Dataset v2-2019",
            "Uppsala University",
        )
        .with_reliability(Reliability::UsuallyReliable),
    )
    .strengths(records.iter().cloned());
    match b.build() {
        Ok(data) => data,
        Err(e) => panic!("{e}"),
    }
}

/// Source: SOURCES.md, "AMISOM December 2015 total 22,126 (= the AU/UN authorised ceiling
/// of 22,126 uniformed personnel, UNSC resolution 2124 (2013)); AMISOM grows from 1,792
/// (Dec 2007) to 21,900 (Dec 2016); KFOR December 1999 42,500 falling to 4,289 in December
/// 2016".
#[test]
fn sipri_figures_reproduce_the_published_totals() {
    let Some(c) = sipri() else {
        return;
    };
    let amisom = find(c, "AMISOM", 2015, 12);
    assert_eq!(amisom.total(), 22_126);
    assert_eq!(
        amisom.personnel.get(PersonnelCategory::Troops).total(),
        21_645
    );
    assert_eq!(amisom.personnel.police().total(), 481);
    assert_eq!(
        amisom.source.as_ref().map(|s| s.as_str()),
        Some(NONUN_SOURCE)
    );
    assert_eq!(find(c, "AMISOM", 2007, 12).total(), 1_792);
    assert_eq!(find(c, "AMISOM", 2016, 12).total(), 21_900);
    assert_eq!(find(c, "KFOR", 1999, 12).total(), 42_500);
    assert_eq!(find(c, "KFOR", 2016, 12).total(), 4_289);
    // Only SIPRI's own months: AMISOM's interpolated November 2015 gives no record, and
    // is listed as not observed.
    assert!(
        !c.records
            .iter()
            .any(|s| s.mission.as_str() == "AMISOM" && s.date == month(2015, 11))
    );
    assert!(c.skipped.iter().any(|s| s.mission.as_str() == "AMISOM"
        && s.date == month(2015, 11)
        && s.reason == SkipReason::NotObserved));
    // UNPROFOR is counted in Bosnia and Herzegovina and in Croatia: SIPRI's December 1993
    // figures are 12,758 and 13,846, one record of their sum.
    assert_eq!(find(c, "UNPROFOR", 1993, 12).total(), 12_758 + 13_846);
    // In March 1995 SIPRI gives Croatia's figure only: no record, and the reason.
    assert!(c.skipped.iter().any(|s| s.mission.as_str() == "UNPROFOR"
        && s.date == month(1995, 3)
        && s.reason
            == SkipReason::IncompleteParts {
                observed: 1,
                parts: 2
            }));
    // Every month is accounted for, by reason.
    assert_eq!(
        c.to_string(),
        "586 records, 5809 months skipped: 1 incomplete-parts, 5570 not-observed, 123 outside-mission-period, 115 unknown-mission"
    );
}

#[test]
fn sipri_records_fit_the_reference_dataset_and_give_amisoms_personnel() {
    let Some(c) = sipri() else {
        return;
    };
    let data = reference_with(&c.records);
    assert_eq!(data.strengths().len(), 586);
    // AMISOM through 2015: SIPRI's December 2014 figure (21,210) is in force until its
    // December 2015 figure.
    let in_2015 = Period::between(month(2015, 1).first_of_month(), month(2015, 12)).unwrap();
    let steps: Vec<(Date, u64)> = data
        .mission_personnel_over("AMISOM", in_2015)
        .iter()
        .map(|(date, p)| (*date, p.total()))
        .collect();
    assert_eq!(
        steps,
        [(month(2014, 12), 21_210), (month(2015, 12), 22_126)]
    );
    let years = data.personnel_years("AMISOM", in_2015).unwrap();
    assert_eq!(years, (21_210.0 * 364.0 + 22_126.0) / 365.25);
}

/// Source: SOURCES.md, "UNMIL December 2010: 7,938 troops, 1,323 police, 131 observers,
/// 9,392 total" (`ipi-ppp/data_mission.csv`; `ipi-tcc/Data.Mission.csv` has the same row).
#[test]
fn ipi_mission_months_reproduce_the_published_totals() {
    let Some(c) = ipi_months() else {
        return;
    };
    let unmil = find(c, "UNMIL", 2010, 12);
    assert_eq!(unmil.total(), 9_392);
    let category = |k| unmil.personnel.get(k).total();
    assert_eq!(category(PersonnelCategory::Troops), 7_938);
    assert_eq!(category(PersonnelCategory::IndividualPolice), 1_323);
    assert_eq!(category(PersonnelCategory::ExpertsOnMission), 131);
    // The lumped acronyms go to the mission of their date, ONUCI to UNOCI.
    assert!(c.records.iter().any(|s| s.mission.as_str() == "UNOSOM-I"));
    assert!(c.records.iter().any(|s| s.mission.as_str() == "UNAVEM-III"));
    assert!(c.records.iter().all(|s| s.mission.as_str() != "ONUCI"));
    // Months after a mission's end (its liquidation) are listed, never kept.
    assert!(c.skipped.iter().any(|s| s.mission.as_str() == "UNPF"
        && matches!(&s.reason, SkipReason::OutsideMissionPeriod { mission, .. } if mission.as_str() == "UNPF")));
    assert_eq!(
        c.to_string(),
        "4567 records, 90 months skipped: 86 outside-mission-period, 4 unknown-mission"
    );
    assert_eq!(c.records.len() + c.skipped.len(), 4_657);
}

#[test]
fn ipi_records_fit_the_reference_dataset_and_replace_its_contribution_sums() {
    let Some(c) = ipi_months() else {
        return;
    };
    let without = reference::dataset();
    let data = reference_with(&c.records);
    assert_eq!(data.strengths().len(), 4_567);
    // October 2010: UNMIL's figures of 30 September (9,361, in force on the first) and
    // 31 October (9,369), from IPI's mission file, whatever contributions the reference
    // dataset holds for it.
    let october = Period::between(month(2010, 10).first_of_month(), month(2010, 10)).unwrap();
    let steps: Vec<(Date, u64)> = data
        .mission_personnel_over("UNMIL", october)
        .iter()
        .map(|(date, p)| (*date, p.total()))
        .collect();
    assert_eq!(steps, [(month(2010, 9), 9_361), (month(2010, 10), 9_369)]);
    assert_eq!(
        data.personnel_years("UNMIL", october),
        Some((9_361.0 * 30.0 + 9_369.0) / 365.25)
    );
    // The contribution-based queries are the reference dataset's, unchanged.
    assert_eq!(
        data.personnel_by_contributor_on(month(2010, 10)),
        without.personnel_by_contributor_on(month(2010, 10))
    );
}
