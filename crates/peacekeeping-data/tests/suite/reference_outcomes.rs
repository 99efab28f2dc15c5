//! The outcome records of the reference dataset (`reference/outcomes.json`, and the
//! ceilings `scripts/reference/missions.py` copies into `reference/missions.json` from
//! `scripts/reference/ceilings.json`): made again from the shared data and required byte
//! for byte, and checked against the figures the sources publish.

use std::collections::BTreeMap;
use std::path::Path;

use peacekeeping_core::{AuthorizedStrength, Date, FatalityCause, Period};
use peacekeeping_data::reference;
use peacekeeping_testkit::data_dir;
use peacekeeping_testkit::reference_outcomes::{file_then_resolutions, reference_outcomes};

const OUTCOMES: &str = include_str!("../../reference/outcomes.json");
const CEILINGS: &str = include_str!("../../../../scripts/reference/ceilings.json");

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// Sources: ucdp-brd-cy/ucdpbrds.csv, un-fatalities/DPPADPOSS-FATALITIES.csv and
/// pko-authorized/personnel_shortfall_mission_month.csv, through the importers and the
/// rules of `peacekeeping_testkit::reference_outcomes`.
#[test]
fn the_embedded_outcomes_are_the_shared_files_records() {
    let Some(dir) = data_dir("reference_outcomes") else {
        return;
    };
    let made = reference_outcomes(Path::new(&dir)).unwrap();
    assert!(
        made.outcomes_json == OUTCOMES,
        "reference/outcomes.json differs from what the shared data gives: run the example reference_outcomes"
    );
    assert!(
        made.ceilings_json == CEILINGS,
        "scripts/reference/ceilings.json differs from what the shared data gives: run the example reference_outcomes, then scripts/reference/missions.py"
    );
}

/// `missions.py` has copied every ceiling of `ceilings.json` into the missions up to the
/// ceilings it records from the resolutions (AMISOM, ATMIS and AUSSOM, which the file
/// does not cover, MINUSMA from resolution 2227 (2015) and UNAMID from resolution 2228
/// (2015), the file ending in May 2015), and no mission has ceilings from elsewhere.
#[test]
fn the_missions_have_exactly_the_ceilings_of_the_ceilings_file() {
    let file: BTreeMap<String, Vec<AuthorizedStrength>> = serde_json::from_str(CEILINGS).unwrap();
    let data = reference::dataset();
    let mut from_resolutions = Vec::new();
    for m in data.missions() {
        let entries = file.get(m.id.as_str()).cloned().unwrap_or_default();
        let want = file_then_resolutions(&entries, &m.authorized_strength);
        assert_eq!(m.authorized_strength, want, "{}", m.id);
        if m.authorized_strength.iter().any(|c| c.resolution.is_some()) {
            from_resolutions.push(m.id.as_str());
        }
        if !entries.is_empty() {
            assert!(
                m.sources
                    .iter()
                    .any(|s| s.as_str() == "passmore-shannon-hart-2018-ceilings"),
                "{} does not cite the ceilings' source",
                m.id
            );
        }
    }
    assert_eq!(file.len(), 62);
    assert_eq!(
        from_resolutions,
        ["UNAMID", "MINUSMA", "AMISOM", "ATMIS", "AUSSOM"]
    );
}

/// Security Council ceilings SOURCES.md names: MINUSMA from the transfer of authority of
/// 1 July 2013, 11,200 military and 1,440 police (resolution 2100 (2013)); MONUSCO from
/// mid-2010, 19,815 troops + 760 observers = 20,575 military and 1,441 police (resolution
/// 1925 (2010)); UNMISS June 2014, 12,500 military (12,334 troops + 166 observers) and
/// 1,323 police (resolution 2132 (2013)); MINUSTAH June 2004, 6,700 troops and 1,622 police
/// (resolution 1542 (2004)).
#[test]
fn the_embedded_ceilings_are_the_security_councils() {
    let data = reference::dataset();
    let on = |mission: &str, d: &str| {
        let m = data.mission(mission).unwrap();
        let c = m.authorized_strength_on(date(d)).unwrap();
        (c.military, c.police)
    };
    assert_eq!(on("MINUSMA", "2013-12-31"), (Some(11_200), Some(1_440)));
    assert_eq!(on("MONUSCO", "2010-12-31"), (Some(20_575), Some(1_441)));
    assert_eq!(on("UNMISS", "2014-06-30"), (Some(12_500), Some(1_323)));
    assert_eq!(on("MINUSTAH", "2004-06-30"), (Some(6_700), Some(1_622)));
    // The file ends in May 2015: what it does not know is not carried on, up to the
    // next ceiling recorded from a resolution: 11,240 military and 1,440 police from
    // resolution 2227 (2015) of 29 June 2015 (L'Essor; UN News), 13,289 and 1,920 from
    // resolution 2295 (2016) of 29 June 2016 (UN press release SC/12426) to the end of
    // the mandate on 30 June 2023.
    let figures = |mission: &str, d: &str| {
        data.mission(mission)
            .unwrap()
            .authorized_strength_on(date(d))
            .map(|c| (c.military, c.police))
    };
    let minusma = |d: &str| figures("MINUSMA", d);
    assert_eq!(minusma("2015-06-28"), Some((None, None)));
    assert_eq!(minusma("2015-06-29"), Some((Some(11_240), Some(1_440))));
    assert_eq!(minusma("2016-06-29"), Some((Some(13_289), Some(1_920))));
    assert_eq!(minusma("2023-06-30"), Some((Some(13_289), Some(1_920))));
    assert_eq!(minusma("2023-07-01"), Some((None, None)));
    // UNAMID: the file's 15,845 military and 3,403 police to May 2015; the same figures
    // (1,583 officers and 13 formed units of up to 140) from resolution 2228 (2015) of 29
    // June 2015 (Xinhua) until the two phases of resolution 2363
    // (2017) (SC/12893): 11,395 and 2,888 at the end of 2017, 8,735 and 2,500 by 30 June
    // 2018; the drawdown of resolution 2429 (2018) to 4,050 troops over its mandate,
    // paused in 2019, is not recorded.
    let unamid = |d: &str| figures("UNAMID", d);
    assert_eq!(unamid("2015-05-31"), Some((Some(15_845), Some(3_403))));
    assert_eq!(unamid("2015-06-28"), Some((None, None)));
    assert_eq!(unamid("2016-12-31"), Some((Some(15_845), Some(3_403))));
    assert_eq!(unamid("2017-12-30"), Some((Some(15_845), Some(3_403))));
    assert_eq!(unamid("2018-03-31"), Some((Some(11_395), Some(2_888))));
    assert_eq!(unamid("2018-06-30"), Some((Some(8_735), Some(2_500))));
    assert_eq!(unamid("2019-06-30"), Some((None, None)));
}

/// ATMIS's ceilings of 2023, from resolution 2670 (2022): resolution 2628's 19,626
/// uniformed personnel kept from 1 January (its 17,626 for the first quarter annulled),
/// 17,626 once 2,000 left by 30 June; then unknown (resolution 2687 (2023), not seen)
/// until resolution 2710 (2023) of 15 November (SC/15494): 17,626 to the end of the year.
#[test]
fn atmis_ceilings_of_2023_are_the_resolutions() {
    let data = reference::dataset();
    let atmis = data.mission("ATMIS").unwrap();
    let uniformed = |d: &str| atmis.authorized_strength_on(date(d)).map(|c| c.uniformed);
    assert_eq!(uniformed("2023-03-31"), Some(Some(19_626)));
    assert_eq!(uniformed("2023-06-30"), Some(Some(17_626)));
    assert_eq!(uniformed("2023-09-30"), Some(None));
    assert_eq!(uniformed("2023-11-15"), Some(Some(17_626)));
    assert_eq!(uniformed("2024-01-01"), Some(Some(14_626)));
}

/// AMISOM's ceilings of uniformed personnel, from the resolutions: SOURCES.md of the
/// non-UN file gives AMISOM's December 2015 total, 22,126, as "the AU/UN authorised
/// ceiling"; resolution 2036 (2012) raised it from 12,000 to 17,731 (SC/10550), 2124
/// (2013) to 22,126, 2372 (2017) lowered it to 21,626 by 31 December 2017.
#[test]
fn amisoms_ceilings_are_the_resolutions() {
    let data = reference::dataset();
    let amisom = data.mission("AMISOM").unwrap();
    let total = |d: &str| amisom.authorized_strength_on(date(d)).map(|c| c.total());
    assert_eq!(total("2007-06-30"), Some(8_000));
    assert_eq!(total("2012-02-21"), Some(12_000));
    assert_eq!(total("2012-02-22"), Some(17_731));
    assert_eq!(total("2015-12-31"), Some(22_126));
    assert_eq!(total("2017-12-31"), Some(21_626));
    assert_eq!(total("2022-03-31"), Some(19_626));
    let c = amisom.authorized_strength_on(date("2015-12-31")).unwrap();
    assert_eq!(
        (c.uniformed, c.military, c.resolution.as_deref()),
        (Some(22_126), None, Some("S/RES/2124 (2013)"))
    );
}

/// The battle deaths of the hosts in the windows the outcome indicators read, zeros
/// included (UCDP writes 0 in years without fighting, so a zero is observed): Kosovo is
/// a unit of the file from its independence in 2008 (the war of 1998-99 is Serbia's), and
/// every year since is a recorded 0; Mali's records run from 2009, three years before its
/// first reference mission (AFISMA, December 2012), to 2022, the file's last year,
/// with 818 deaths in 2013, the year of the French intervention and MINUSMA's arrival.
#[test]
fn the_embedded_battle_deaths_cover_each_hosts_window() {
    let data = reference::dataset();
    let kosovo: Vec<(i32, u32)> = data
        .battle_deaths_over("XKX", ..)
        .map(|d| (d.year, d.best))
        .collect();
    assert_eq!(kosovo, (2008..=2022).map(|y| (y, 0)).collect::<Vec<_>>());
    let mali: Vec<i32> = data.battle_deaths_over("MLI", ..).map(|d| d.year).collect();
    assert_eq!(mali, (2009..=2022).collect::<Vec<_>>());
    assert_eq!(
        data.battle_deaths_in("MLI", 2013).map(|d| d.best),
        Some(818)
    );
}

/// The UN's file, as embedded: every death of a reference mission's personnel, malicious
/// acts told apart. Counted from the file itself (rows whose `mission_acronym` is
/// MINUSMA; of them, those whose `type_of_incident` is `Malicious Act`).
#[test]
fn the_embedded_fatalities_are_the_uns_records_of_each_mission() {
    let Some(dir) = data_dir("reference_outcomes_fatalities") else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("un-fatalities/DPPADPOSS-FATALITIES.csv")).unwrap();
    let mut rows = csv_rows(&text);
    let header = rows.next().unwrap();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (mission, incident) = (col("mission_acronym"), col("type_of_incident"));
    let (mut all, mut malicious) = (0, 0);
    for row in rows {
        if row[mission] == "MINUSMA" {
            all += 1;
            malicious += usize::from(row[incident] == "Malicious Act");
        }
    }
    let data = reference::dataset();
    let ever = Period::since(Date::MIN);
    let embedded: Vec<_> = data.fatalities_in("MINUSMA", ever).collect();
    assert_eq!(embedded.len(), all);
    let embedded_malicious = embedded
        .iter()
        .filter(|f| f.cause == FatalityCause::MaliciousAct)
        .count();
    assert_eq!(embedded_malicious, malicious);
    assert!(malicious > 150, "MINUSMA: {malicious} malicious-act deaths");
}

/// The rows of a CSV text with quoted fields, for the test's own count.
fn csv_rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines().filter(|l| !l.is_empty()).map(|line| {
        let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
        for ch in line.chars() {
            match ch {
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        fields
    })
}

/// The embedded presences: RADPKO's 1,241 contributor-mission-years and Geo-PKO's 3,052
/// (docs/datasets.md), each citing its source; Ghana in UNMIL in 2010 as RADPKO gives it
/// (4 bases, means summing to 743: the example of docs/dataset-format.md) and as Geo-PKO
/// does (5 sites, 800 + 150 + 150 + 35 + 35).
#[test]
fn the_embedded_presences_are_radpkos_and_geopkos() {
    let data = reference::dataset();
    let count = |source: &str| {
        data.presences()
            .iter()
            .filter(|p| p.source.as_ref().is_some_and(|s| s.as_str() == source))
            .count()
    };
    assert_eq!((count("radpko"), count("geo-pko")), (1241, 3052));
    assert_eq!(data.presences().len(), 1241 + 3052);
    let ghana: Vec<_> = data
        .presences_in("UNMIL", 2010)
        .filter(|p| p.contributor.as_str() == "GHA")
        .map(|p| (p.source.as_ref().map(|s| s.as_str()), p.personnel, p.sites))
        .collect();
    assert_eq!(
        ghana,
        [
            (Some("geo-pko"), Some(1170.0), Some(5)),
            (Some("radpko"), Some(743.0), Some(4))
        ]
    );
    // RADPKO gives every record a figure.
    assert!(
        data.presences()
            .iter()
            .filter(|p| p.source.as_ref().is_some_and(|s| s.as_str() == "radpko"))
            .all(|p| p.personnel.is_some())
    );
    let sources: Vec<_> = ["radpko", "geo-pko"]
        .iter()
        .map(|id| data.source(id).map(|s| s.reliability.to_string()))
        .collect();
    assert_eq!(sources, [Some("B".to_owned()), Some("C".to_owned())]);
}
