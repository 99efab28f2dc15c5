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
/// does not cover, and, the file ending in May 2015, MINUSMA from resolution 2227 (2015),
/// UNAMID from 2228 (2015) and nine more operations from their first resolution after
/// it), and no mission has ceilings from elsewhere.
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
        [
            "UNIFIL",
            "UNMIL",
            "UNOCI",
            "MINUSTAH",
            "UNAMID",
            "MONUSCO",
            "UNISFA",
            "UNMISS",
            "MINUSMA",
            "MINUSCA",
            "MINUJUSTH",
            "AMISOM",
            "ATMIS",
            "AUSSOM",
        ]
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

/// The ceilings after the file's end (May 2015), from the resolutions as the UN's press
/// releases give them (docs/datasets.md), checked against the file where a resolution
/// kept its figures: MONUSCO's 20,575 military (19,815 troops and 760 observers) and
/// 1,441 police of resolution 1925 (2010), kept by 2277 (2016) (SC/12307), and MINUSTAH's
/// 2,370 and 2,601 of 2180 (2014), kept by 2243 (2015), are the file's last. Then
/// MONUSCO's cuts: 2348 (2017) to 16,875 military, 2502 (2019) to 14,660 (591 officers
/// and 1,050 in formed units: 1,641 police), 2612 (2021) to 14,160, 2666 (2022) raising
/// formed police to 1,410, and 2717 (2023)'s disengagement from 1 July 2024 (11,500 troops
/// and 600 observers and staff officers; 443 officers and 1,270 in formed units);
/// MINUSCA's increase of 2566 (2021) by 2,750 military and 940 police (14,400 and 3,020);
/// UNMISS's 17,000 troops of 2304 (2016) with the Regional Protection Force, its police
/// ceiling not given until 2327 (2016) (2,101); UNIFIL's 15,000 of 1701 (2006), cut to
/// 13,000 by 2539 (2020), not read in the later renewals; UNISFA's cut to 3,550 troops and
/// rise to 640 police by 2469 (2019), unknown between 2438 (2018)'s term and it.
#[test]
fn ceilings_after_the_file_are_the_resolutions() {
    let data = reference::dataset();
    let file: BTreeMap<String, Vec<AuthorizedStrength>> = serde_json::from_str(CEILINGS).unwrap();
    let figures = |mission: &str, d: &str| {
        data.mission(mission)
            .unwrap()
            .authorized_strength_on(date(d))
            .map(|c| (c.military, c.police))
    };
    let last_of_file = |mission: &str| {
        let last = file[mission]
            .iter()
            .rev()
            .find(|c| c.military.is_some())
            .unwrap();
        Some((last.military, last.police))
    };
    assert_eq!(figures("MONUSCO", "2016-03-30"), last_of_file("MONUSCO"));
    assert_eq!(figures("MONUSCO", "2015-12-31"), Some((None, None)));
    assert_eq!(figures("MINUSTAH", "2015-10-14"), last_of_file("MINUSTAH"));
    assert_eq!(
        figures("MONUSCO", "2017-03-31"),
        Some((Some(16_875), Some(1_441)))
    );
    assert_eq!(
        figures("MONUSCO", "2020-01-01"),
        Some((Some(14_660), Some(1_641)))
    );
    assert_eq!(
        figures("MONUSCO", "2023-01-01"),
        Some((Some(14_160), Some(2_001)))
    );
    assert_eq!(
        figures("MONUSCO", "2024-06-30"),
        Some((Some(14_160), Some(2_001)))
    );
    assert_eq!(
        figures("MONUSCO", "2024-07-01"),
        Some((Some(12_100), Some(1_713)))
    );
    assert_eq!(
        figures("MINUSCA", "2021-03-11"),
        Some((Some(11_650), Some(2_080)))
    );
    assert_eq!(
        figures("MINUSCA", "2021-03-12"),
        Some((Some(14_400), Some(3_020)))
    );
    assert_eq!(figures("UNMISS", "2016-08-12"), Some((Some(17_000), None)));
    assert_eq!(
        figures("UNMISS", "2019-12-31"),
        Some((Some(17_000), Some(2_101)))
    );
    assert_eq!(figures("UNIFIL", "2020-08-27"), Some((None, None)));
    assert_eq!(figures("UNIFIL", "2020-08-28"), Some((Some(13_000), None)));
    assert_eq!(figures("UNIFIL", "2021-08-30"), Some((None, None)));
    assert_eq!(figures("UNISFA", "2019-01-01"), Some((None, None)));
    assert_eq!(
        figures("UNISFA", "2019-05-14"),
        Some((Some(3_550), Some(640)))
    );
    assert_eq!(
        figures("UNISFA", "2022-01-01"),
        Some((Some(3_250), Some(640)))
    );
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
