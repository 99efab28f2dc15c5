//! The presence conversions on the real files (SOURCES.md, "`radpko/`" and "`geo-pko/`"):
//! figures checked by hand against the files' rows. Each test is skipped when the shared
//! data directory is absent.
//!
//! RADPKO: Hunnicutt & Nomikos (2020), `radpko/radpko_bases_cc_y.csv` (dapp-lab/radpko-shiny
//! at 27e5d4d8). Geo-PKO: Cil, Fjelde, Hultman & Nilsson (2020), `geo-pko/TCCMap_v.2.3.csv`
//! (geopko/Geo-PKO-Shiny-Dashboard at c2e56d21).

use std::collections::BTreeMap;

use peacekeeping_core::Presence;
use peacekeeping_data::{geopko, radpko};
use peacekeeping_testkit::data_dir;

/// The records of `mission` in `year`, by contributor: (personnel, sites).
fn of(
    records: &[Presence],
    mission: &str,
    year: i32,
) -> BTreeMap<String, (Option<f64>, Option<u32>)> {
    records
        .iter()
        .filter(|p| p.mission.as_str() == mission && p.year == year)
        .map(|p| (p.contributor.to_string(), (p.personnel, p.sites)))
        .collect()
}

/// UNMIL 2010 in RADPKO: 28 bases, 10 contributors with a non-zero mean at one of them;
/// Ghana at 4 bases, its means of troops, police and observers summing to 743, Pakistan
/// the largest (3,022.33). Every record has a figure, and the records' figures add up to
/// the contributors' columns of the file, mission-year by mission-year.
#[test]
fn radpko_unmil_2010_has_its_ten_contributors() {
    let Some(dir) = data_dir("radpko presences") else {
        return;
    };
    let import = radpko::read_base_years_file(dir.join("radpko/radpko_bases_cc_y.csv")).unwrap();
    let c = radpko::to_presences(&import.records, "radpko".parse().unwrap());
    let unmil = of(&c.records, "UNMIL", 2010);
    assert_eq!(unmil.len(), 10, "{unmil:?}");
    assert_eq!(unmil["GHA"], (Some(743.0), Some(4)));
    let pakistan = unmil["PAK"].0.unwrap();
    assert!((pakistan - 3_022.333_333).abs() < 1e-3, "{pakistan}");
    assert!(c.records.iter().all(Presence::has_personnel));
    // Nothing is lost between the bases and the records: the contributors' means of each
    // kept mission-year add up to the records' figures.
    let mut by_bases: BTreeMap<(String, i32), f64> = BTreeMap::new();
    for b in &import.records {
        for x in &b.contributors {
            *by_bases.entry((b.mission.to_string(), b.year)).or_default() += x.personnel.total();
        }
    }
    let mut by_records: BTreeMap<(String, i32), f64> = BTreeMap::new();
    for p in &c.records {
        *by_records
            .entry((p.mission.to_string(), p.year))
            .or_default() += p.personnel.unwrap();
    }
    for (key, sum) in &by_records {
        assert!((by_bases[key] - sum).abs() < 1e-6, "{key:?}");
    }
    // 1,241 contributor-mission-years with a non-zero mean in the file (counted apart
    // from the reader, `korea` and `south.korea` as one), every one a reference
    // mission's, in its years, and every country an actor.
    assert_eq!(c.to_string(), "1241 records, 0 entries skipped");
}

/// UNMIL 2010 in Geo-PKO: 11 names in the year's `year.overview`s, of which `TCC name
/// unknown` (at Freetown) is left out; Ghana at Buchanan (800), Greenville (150), L.A.C.
/// (150), Monrovia (35) and River Cess (35): 1,170 at 5 sites; China at Monrovia (150)
/// and Tchien (Zwedru) (300). MINUSMA 2016: 22 names, `Multinational` left out; Egypt's
/// size at Kidal is unknown, so its record has no figure; Chad at Aguelhok (300), Kidal
/// (950) and Tessalit (1,100): 2,350. UNFICYP 2010: Argentina (150 + 35 + 150), Hungary
/// (35 + 75), Slovakia (75 + 35 + 35), the UK (150), and `Multinational` left out.
#[test]
fn geopko_mission_years_have_the_countries_of_their_sites() {
    let Some(dir) = data_dir("geopko presences") else {
        return;
    };
    let import = geopko::read_contributor_sites_file(dir.join("geo-pko/TCCMap_v.2.3.csv")).unwrap();
    let c = geopko::to_presences(&import.records, "geo-pko".parse().unwrap());
    let unmil = of(&c.records, "UNMIL", 2010);
    assert_eq!(unmil.len(), 10, "{unmil:?}");
    assert_eq!(unmil["GHA"], (Some(1170.0), Some(5)));
    assert_eq!(unmil["CHN"], (Some(450.0), Some(2)));
    let minusma = of(&c.records, "MINUSMA", 2016);
    assert_eq!(minusma.len(), 21, "{minusma:?}");
    assert_eq!(minusma["EGY"], (None, Some(4)));
    assert_eq!(minusma["TCD"], (Some(2350.0), Some(3)));
    let unficyp = of(&c.records, "UNFICYP", 2010);
    let figures: Vec<_> = unficyp.iter().map(|(k, v)| (k.as_str(), v.0)).collect();
    assert_eq!(
        figures,
        [
            ("ARG", Some(335.0)),
            ("GBR", Some(150.0)),
            ("HUN", Some(110.0)),
            ("SVK", Some(145.0))
        ]
    );
    let left_out = |mission: &str, year: i32| -> Vec<(String, &'static str)> {
        c.skipped
            .iter()
            .filter(|s| s.mission.as_str() == mission && s.year == year)
            .map(|s| (s.contributor.clone(), s.reason.code()))
            .collect()
    };
    assert_eq!(
        left_out("UNMIL", 2010),
        [("TCC name unknown".to_owned(), "unnamed-contributor")]
    );
    assert_eq!(
        left_out("MINUSMA", 2016),
        [("Multinational".to_owned(), "not-a-country")]
    );
    // The two entries outside a mission's years: MINUSMA in 2024, after it ended on
    // 31 December 2023 (Bangladesh at Bamako, Sri Lanka at Gao).
    assert_eq!(
        c.to_string(),
        "3052 records, 235 entries skipped: 71 not-a-country, 2 outside-mission-period, 162 unnamed-contributor"
    );
    let outside: Vec<_> = c
        .skipped
        .iter()
        .filter(|s| s.reason.code() == "outside-mission-period")
        .map(|s| (s.contributor.as_str(), s.mission.as_str(), s.year))
        .collect();
    assert_eq!(
        outside,
        [("BGD", "MINUSMA", 2024), ("LKA", "MINUSMA", 2024)]
    );
}
