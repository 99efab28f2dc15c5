//! The conversions of contributors at sites into core `Presence` records, on small
//! hand-made files with hand-checked answers: `radpko::to_presences` (RADPKO's bases) and
//! `geopko::to_presences` (Geo-PKO's sites), one test per rule. Figures are synthetic;
//! missions and countries are the reference dataset's.

use peacekeeping_core::{Period, Presence};
use peacekeeping_data::{Conversion, EntryReason, SkippedEntry, geopko, radpko};

const RADPKO_HEADER: &str = "mission,country,base,date,year,latitude,longitude,contributing_countries,\
untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,\
asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob,\
ghana_untrp,ghana_unpol,ghana_unmob,nepal_untrp,nepal_unpol,nepal_unmob";

/// A RADPKO row: mission, host, base, year, then Ghana's and Nepal's troops, police and
/// observers (the totals, women and regions are 0: the conversion does not read them).
fn radpko_row(mission: &str, host: &str, base: &str, year: i32, figures: [f64; 6]) -> String {
    let figures = figures.map(|x| x.to_string()).join(",");
    format!(
        "{mission},{host},{base},{year}-01-01,{year},7.5,-9.5,1,{}{figures}",
        "0,".repeat(15)
    )
}

fn radpko_conversion(rows: &[String]) -> Conversion<Presence, SkippedEntry> {
    let csv = format!("{RADPKO_HEADER}\n{}\n", rows.join("\n"));
    let import = radpko::read_base_years(csv.as_bytes()).unwrap();
    assert!(import.is_complete(), "{:?}", import.skipped);
    radpko::to_presences(&import.records, "radpko".parse().unwrap())
}

fn geopko_conversion(rows: &str) -> Conversion<Presence, SkippedEntry> {
    let csv = format!("mission,year,location,latitude,longitude,No.TCC,year.overview\n{rows}");
    let import = geopko::read_contributor_sites(csv.as_bytes()).unwrap();
    assert!(import.is_complete(), "{:?}", import.skipped);
    geopko::to_presences(&import.records, "geo-pko".parse().unwrap())
}

/// A record as (mission, contributor, year, personnel, sites).
type Row<'a> = (&'a str, &'a str, i32, Option<f64>, Option<u32>);

/// Each record as a [`Row`].
fn records(c: &Conversion<Presence, SkippedEntry>) -> Vec<Row<'_>> {
    c.records
        .iter()
        .map(|p| {
            (
                p.mission.as_str(),
                p.contributor.as_str(),
                p.year,
                p.personnel,
                p.sites,
            )
        })
        .collect()
}

// ---- RADPKO -----------------------------------------------------------------------------

#[test]
fn radpko_sums_a_contributors_means_of_all_categories_over_the_years_bases() {
    let c = radpko_conversion(&[
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2010,
            [650.5, 10.0, 2.0, 0.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNMIL",
            "Liberia",
            "zwedru",
            2010,
            [100.25, 0.0, 0.0, 9.5, 10.0, 0.0],
        ),
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2011,
            [600.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNOCI",
            "Cote d'Ivoire",
            "bouake",
            2010,
            [0.0, 0.0, 3.0, 0.0, 0.0, 0.0],
        ),
    ]);
    assert_eq!(
        records(&c),
        [
            // 650.5 + 10 + 2 + 100.25: two bases.
            ("UNMIL", "GHA", 2010, Some(762.75), Some(2)),
            ("UNMIL", "NPL", 2010, Some(19.5), Some(1)),
            ("UNMIL", "GHA", 2011, Some(600.0), Some(1)),
            ("UNOCI", "GHA", 2010, Some(3.0), Some(1)),
        ]
    );
    assert!(
        c.records
            .iter()
            .all(|p| p.source.as_ref().map(|s| s.as_str()) == Some("radpko"))
    );
    assert_eq!(c.to_string(), "4 records, 0 entries skipped");
}

#[test]
fn radpko_a_contributor_with_a_zero_mean_is_not_present() {
    let c = radpko_conversion(&[radpko_row(
        "UNMIL",
        "Liberia",
        "gbarnga",
        2010,
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    )]);
    assert_eq!(records(&c), []);
    assert!(c.skipped.is_empty());
}

#[test]
fn radpko_unnamed_bases_at_different_places_are_different_sites() {
    let c = radpko_conversion(&[
        radpko_row("UNMIL", "Liberia", "", 2010, [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
        radpko_row("UNMIL", "Liberia", "", 2010, [2.0, 0.0, 0.0, 0.0, 0.0, 0.0])
            .replace("7.5,-9.5", "6.5,-9.5"),
    ]);
    assert_eq!(records(&c), [("UNMIL", "GHA", 2010, Some(3.0), Some(2))]);
}

#[test]
fn radpko_entries_of_unknown_missions_or_years_outside_the_period_are_left_out() {
    let c = radpko_conversion(&[
        // UNMIL: 2003-10-01 to 2018-03-30 in the reference dataset.
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2002,
            [1.0, 0.0, 0.0, 2.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2003,
            [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2018,
            [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNMIL",
            "Liberia",
            "gbarnga",
            2019,
            [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ),
        radpko_row(
            "UNFOO",
            "Liberia",
            "gbarnga",
            2010,
            [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ),
    ]);
    assert_eq!(
        records(&c),
        [
            ("UNMIL", "GHA", 2003, Some(1.0), Some(1)),
            ("UNMIL", "GHA", 2018, Some(1.0), Some(1))
        ]
    );
    let reasons: Vec<_> = c
        .skipped
        .iter()
        .map(|s| {
            (
                s.mission.as_str(),
                s.year,
                s.contributor.as_str(),
                s.reason.code(),
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            ("UNMIL", 2002, "GHA", "outside-mission-period"),
            ("UNMIL", 2002, "NPL", "outside-mission-period"),
            ("UNMIL", 2019, "GHA", "outside-mission-period"),
            ("UNFOO", 2010, "GHA", "unknown-mission"),
        ]
    );
    let EntryReason::OutsideMissionPeriod { mission, period } = &c.skipped[0].reason else {
        panic!("{:?}", c.skipped[0]);
    };
    assert_eq!(mission.as_str(), "UNMIL");
    assert_eq!(period.start().year(), 2003);
    assert_eq!(
        c.skipped[3].to_string(),
        "GHA in UNFOO in 2010 at gbarnga: names no mission of the reference dataset"
    );
    assert_eq!(
        c.to_string(),
        "2 records, 4 entries skipped: 3 outside-mission-period, 1 unknown-mission"
    );
}

// ---- Geo-PKO ----------------------------------------------------------------------------

#[test]
fn geopko_sums_the_sizes_over_sites_only_where_every_site_gives_one() {
    let c = geopko_conversion(
        r#"UNMIL,2010,Monrovia,6.31,-10.80,2,"Nepal (650), Ghana (size unknown)"
UNMIL,2010,Gbarnga,7.0,-9.47,2,"Nepal (150), Ghana (150)"
UNMIL,2011,Gbarnga,7.0,-9.47,1,Ghana (150)
"#,
    );
    assert_eq!(
        records(&c),
        [
            ("UNMIL", "GHA", 2010, None, Some(2)),
            ("UNMIL", "NPL", 2010, Some(800.0), Some(2)),
            ("UNMIL", "GHA", 2011, Some(150.0), Some(1)),
        ]
    );
}

#[test]
fn geopko_units_of_one_country_in_a_row_add_up_and_two_rows_of_a_site_take_the_larger() {
    let c = geopko_conversion(
        r#"UNCRO,1995,Divulje,43.52722,16.29472,2,"Britain (800), UK (150)"
MINUSTAH,2012,Brache,18.522363,-72.3,1,Sri Lanka (150)
MINUSTAH,2012,Brache,18.52768,-72.3,1,Sri Lanka (150)
UNOCI,2004,Seguela,7.961111,-6.67,2,"Bangladesh (150), Benin (35)"
UNOCI,2004,Seguela,8.083333,-6.67,1,Bangladesh (650)
UNFICYP,2005,UNPA,35.15344,33.3,1,Argentina (size unknown)
UNFICYP,2005,UNPA,35.1585509,33.3,1,Argentina (35)
"#,
    );
    assert_eq!(
        records(&c),
        [
            ("MINUSTAH", "LKA", 2012, Some(150.0), Some(1)),
            ("UNCRO", "GBR", 1995, Some(950.0), Some(1)),
            // One row of the site gives no size: the site has no figure.
            ("UNFICYP", "ARG", 2005, None, Some(1)),
            ("UNOCI", "BEN", 2004, Some(35.0), Some(1)),
            ("UNOCI", "BGD", 2004, Some(650.0), Some(1)),
        ]
    );
}

#[test]
fn geopko_contributors_that_are_not_single_countries_are_left_out_with_their_reason() {
    let c = geopko_conversion(
        r#"UNMIH,1995,Port-au-Prince,18.54,-72.33,5,"Argentina (217), CARICOM (35), Multinational (650), Un (size unknown), TCC name unknown (150)"
UNMIL,2010,Monrovia,6.31,-10.80,1,Atlantis (150)
UNMIL,1990,Monrovia,6.31,-10.80,1,Ghana (150)
"#,
    );
    assert_eq!(records(&c), [("UNMIH", "ARG", 1995, Some(217.0), Some(1))]);
    let reasons: Vec<_> = c
        .skipped
        .iter()
        .map(|s| (s.contributor.as_str(), s.reason.code()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("CARICOM", "not-a-country"),
            ("Multinational", "not-a-country"),
            ("UN", "not-a-country"),
            ("TCC name unknown", "unnamed-contributor"),
            ("Atlantis", "unknown-name"),
            ("GHA", "outside-mission-period"),
        ]
    );
    assert_eq!(
        c.to_string(),
        "1 record, 6 entries skipped: 3 not-a-country, 1 outside-mission-period, 1 unknown-name, 1 unnamed-contributor"
    );
    assert_eq!(c.skipped_by_reason().get("not-a-country"), Some(&3));
    assert_eq!(
        c.skipped[3].to_string(),
        "TCC name unknown in UNMIH in 1995 at Port-au-Prince: the source does not name the contributor"
    );
}

#[test]
fn geopko_lumped_acronyms_are_read_in_the_year() {
    // Geo-PKO keeps UNAVEM II and III apart; the IPI-style `UNAVEM` is read on the
    // year's last day (UNAVEM III from February 1995).
    let c = geopko_conversion(
        r#"UNAVEM,1996,Luanda,-8.8,13.2,1,Brazil (650)
UNAVEM II,1993,Luanda,-8.8,13.2,1,Brazil (35)
"#,
    );
    let missions: Vec<_> = c
        .records
        .iter()
        .map(|p| (p.mission.as_str(), p.year))
        .collect();
    assert_eq!(missions, [("UNAVEM-II", 1993), ("UNAVEM-III", 1996)]);
}

#[test]
fn a_country_without_an_actor_is_left_out() {
    // The reference dataset has no actor for Kosovo (`XKX`).
    let c = geopko_conversion("UNMIL,2010,Monrovia,6.31,-10.80,2,\"Kosovo (35), Ghana (35)\"\n");
    assert_eq!(records(&c), [("UNMIL", "GHA", 2010, Some(35.0), Some(1))]);
    let reason = &c.skipped[0].reason;
    assert_eq!(
        reason,
        &EntryReason::NotAnActor {
            contributor: "XKX".parse().unwrap()
        }
    );
    assert_eq!(
        reason.to_string(),
        "the reference dataset has no actor `XKX`"
    );
    let outside = EntryReason::OutsideMissionPeriod {
        mission: "UNMIL".parse().unwrap(),
        period: Period::since("2000-01-01".parse().unwrap()),
    };
    assert_eq!(
        outside.to_string(),
        "not a year of UNMIL, whose period is 2000-01-01.."
    );
}
