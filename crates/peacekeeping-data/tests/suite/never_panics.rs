//! An importer never panics, whatever it is fed: arbitrary bytes, and rows of plausible
//! and implausible fields under each reader's real header. And whatever it is fed, its
//! report accounts for every row it read: read = imported + merged + skipped.

use peacekeeping_data::{
    Error, Import, authorized, cow, fatalities, geopko, ipi, nonun, radpko, ucdp,
};
use proptest::prelude::*;

const GENDER_HEADER: &str = "\"\",Date,Contributor,Contributor ISO-3,Mission,Individual Police Male,Individual Police Female,Individual Police Total,Formed Police Units Male,Formed Police Units Female,Formed Police Units Total,Experts on Mission Male,Experts on Mission Female,Experts on Mission Total,Troops Male,Troops Female,Troops Total,Total Male,Total Female,Total Total\n";
const COUNTRY_HEADER: &str = "Date,Troops,Police,Experts\n";
const MISSION_HEADER: &str =
    "date,mission,mission.iso3.alpha,n.contributors,troops,police,observers,total\n";
const COW_HEADER: &str = "ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between\n";
const UCDP_HEADER: &str =
    "gwcode,country_name,status,owner,capname,caplong,caplat,b_def,fid,year,low,high,best,source\n";
const FATALITY_HEADER: &str = "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update\n";
const AUTHORIZED_HEADER: &str = "mission_number_auth,missioncode_Meg,missioncountry,missionccode,mission,year,month,monyear,monyear_mission,authtroop,authpolice,authmilobs,troop,police,milobs,totmilauth,totalauth,total,total2,shortfalltroop,shortfallpolice,shortfallmilobs,shortfalltotal,propshortfall,propshortfalltroops,propshortfallpolice,propshortfallmilobs,unspecdrawdown,numberofmissions,missionlength1,contpresence,contributors,troopauth_reduc,troopauth_reduc_count\n";
const NONUN_HEADER: &str = "ccode,location,conflictid,episodenum,activity,incomp,date,year,missionid,mission,org,onlypolice,SIPRI_troops,SIPRI_police,SIPRI_observers,SIPRI_totals,troops_iepo,police_iepo,observers_iepo,totals_iepo,troops_ipo,police_ipo,observers_ipo,totals_ipo,IPI_troops,IPI_police,IPI_observers,IPI_totals,troops_backward,police_backward,observers_backward,totals_backward\n";
const SYSTEM_HEADER: &str = "Date,Number of Contributors,Troop Contributions,Police Contributions,EOM Contributions,Total Contributions\n";
const FRONT_HEADER: &str = "mission,year,country,location,latitude,longitude,Infantry,NoTroops,Reserve,hq,UNPOL,Med,Av,UNMO,ave.no.troops\n";
const TCC_HEADER: &str = "mission,year,location,latitude,longitude,No.TCC,year.overview\n";
/// RADPKO's header with two of its 69 contributor groups, `korea` and `south.korea`.
const RADPKO_HEADER: &str = "mission,country,base,date,year,latitude,longitude,pko_deployed,mltipko_deployed,contributing_countries,untrp,unpol,unmob,f_untrp,f_unpol,f_unmob,afr_untrp,afr_unpol,afr_unmob,asian_untrp,asian_unpol,asian_unmob,west_untrp,west_unpol,west_unmob,korea,korea_pko,korea_untrp,korea_unpol,korea_unmob,south.korea,south.korea_pko,south.korea_untrp,south.korea_unpol,south.korea_unmob\n";

/// If the reader read the input, its counts add up, and strict mode agrees with the
/// skipped rows.
fn balanced<T: Clone>(result: &Result<Import<T>, Error>) -> Result<(), TestCaseError> {
    if let Ok(import) = result {
        let s = import.summary();
        prop_assert_eq!(s.read, s.imported + s.merged + s.skipped, "{}", s);
        prop_assert_eq!(s.files_skipped, 0);
        let strict = import.clone().strict();
        match import.skipped.first() {
            Some(first) => prop_assert_eq!(strict.err(), Some(Error::Rejected(first.clone()))),
            None => prop_assert_eq!(strict.ok().map(|r| r.len()), Some(s.imported)),
        }
    }
    Ok(())
}

/// Every reader on `bytes`: none panics, and each import that succeeds is balanced.
fn read_all(bytes: &[u8]) -> Result<(), TestCaseError> {
    balanced(&ipi::read_gender_full(bytes, None))?;
    balanced(&ipi::read_contributor_months(bytes, "BGD".parse().unwrap()))?;
    let mission_months = ipi::read_mission_months(bytes);
    balanced(&mission_months)?;
    if let Ok(import) = &mission_months {
        let c = ipi::to_deployed_strengths(&import.records, "ipi".parse().unwrap());
        // Each month is a record or skipped, and a record is the only one of its date.
        prop_assert_eq!(c.records.len() + c.skipped.len(), import.records.len());
        strengths_fit_the_reference(&c.records)?;
    }
    balanced(&ipi::read_system_months(bytes))?;
    balanced(&nonun::read_mission_months(bytes))?;
    balanced(&geopko::read_locations(bytes))?;
    balanced(&radpko::read_base_years(bytes))?;
    let sites = geopko::read_contributor_sites(bytes);
    balanced(&sites)?;
    if let Ok(import) = sites {
        // A note is on a row that was imported: never on more lines than were read.
        prop_assert!(import.notes.iter().all(|n| n.line >= 2));
    }
    let fatalities = fatalities::read_fatalities(bytes);
    balanced(
        &fatalities
            .as_ref()
            .map(|f| f.import.clone())
            .map_err(Clone::clone),
    )?;
    if let Ok(file) = &fatalities {
        let repeats: usize = file
            .repeated_casualties
            .iter()
            .map(|r| r.records.len() - 1)
            .sum();
        prop_assert_eq!(file.people() + repeats, file.import.records.len());
        for r in &file.repeated_casualties {
            prop_assert!(r.records.len() >= 2 && r.records.len() == r.lines.len());
        }
    }
    let months = authorized::read_mission_months(bytes);
    balanced(&months)?;
    if let Ok(import) = &months {
        for ceilings in authorized::to_authorized_strengths(&import.records).values() {
            prop_assert!(ceilings.windows(2).all(|w| w[0].as_of < w[1].as_of));
        }
    }
    let memberships = cow::read_memberships(bytes);
    balanced(&memberships)?;
    if let Ok(import) = memberships {
        for record in &import.records {
            let _ = record.to_memberships();
        }
    }
    let deaths = ucdp::read_battle_deaths(bytes);
    balanced(&deaths)?;
    if let Ok(import) = deaths {
        for record in &import.records {
            let _ = record.to_battle_deaths();
        }
        let table = ucdp::BattleDeathsTable::new(import.records);
        for record in table.records() {
            if let Some(territory) = record.territory {
                prop_assert!(table.get(territory, record.year).is_some());
                let _ = table.best_total(territory, record.year - 1..=record.year + 1);
            }
        }
    }
    Ok(())
}

/// A field: sometimes plausible, sometimes not.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NA".to_owned()),
        Just(String::new()),
        (0u64..5_000_000_000).prop_map(|n| n.to_string()),
        (1000i32..10000, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        prop::sample::select(vec![
            "ALB",
            "XKX",
            "ZAR",
            "xyz",
            "ONUCI",
            "UNOSOM II",
            "Côte",
            "\"",
            "'",
            "1945",
            "1959 1960",
            "345",
            "DRC",
            "Ethiopia/Eritrea",
            "Abyei",
            "-1.683333",
            "358.0833333333333",
            "\"Nepal (650), UK (size unknown)\"",
            "TCC name unknown (35)",
            "Atlantis (x",
            "MINURCA",
            "NaN",
            "UNMISS",
            "2015-01-01",
            "independent",
            "colony",
            "PRIO Battle-deaths 3.1",
            "UCDP GED 23.1",
            "5200",
            "1988",
            "2022",
            "Fatality",
            "M",
            "Local ",
            "Malicious Act",
            "250.0",
            "890.0",
            "YUG",
            "ZZ [Undetermined]",
            "Côte dIvoire",
            "UNSecretariat",
            "C1",
            "7789.2",
            "1.0",
            "12007",
            "1200701.0",
            "UNOSOM",
            "LBB",
            "Middle East",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

/// Rows of 0 to 25 fields joined by commas.
fn rows() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(field(), 0..25), 0..8).prop_map(|rows| {
        rows.iter()
            .map(|r| r.join(","))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

proptest! {
    #[test]
    fn no_reader_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        read_all(&bytes)?;
    }

    #[test]
    fn no_reader_panics_on_arbitrary_rows_under_a_real_header(body in rows()) {
        for header in [GENDER_HEADER, COUNTRY_HEADER, MISSION_HEADER, SYSTEM_HEADER, COW_HEADER, FRONT_HEADER, TCC_HEADER, RADPKO_HEADER, UCDP_HEADER, FATALITY_HEADER, AUTHORIZED_HEADER, NONUN_HEADER] {
            let text = format!("{header}{body}");
            read_all(text.as_bytes())?;
        }
        // Under its own header, a reader accounts for every row it was given.
        let text = format!("{COUNTRY_HEADER}{body}");
        let import = ipi::read_contributor_months(text.as_bytes(), "BGD".parse().unwrap());
        let import = import.unwrap();
        let lines = body.lines().filter(|l| !l.is_empty()).count();
        if !body.contains('"') && !body.contains('\r') {
            prop_assert_eq!(import.rows_read, lines);
        }
    }
}

// The `un` readers (every known layout) and `ipi::read_current_month`.

const HUB_HEADER: &str = "contribution_id,isocode3,contributing_country,mission_acronym,personnel_type,male_personnel,female_personnel,last_reporting_date\n";
const HUB_2010_HEADER: &str =
    "ID,Contributor,Contributor_ISO-3,Troops,Date,Mission,Mission_Country,Mission_Country_ISO-3\n";
const HDX_HEADER: &str = "Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
const IPI_FULL_HEADER: &str = "Date,Contributor,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total\n";
const CURRENT_HEADER: &str = "Date,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total,Contributor_NAM,Contributor_G77,Contributor_AU,Contributor_Arab_League,Contributor_OIC,Contributor_CIS,Contributor_G20,Contributor_EU,Contributor_NATO,Contributor_G8,Contributor_OECD,Contributor_ASEAN,Contributor_OAS,Contributor_Shanghai,Contributor_GCC,Contributor_UMA,Contributor_COMESA,Contributor_CENSAD,Contributor_EAC,Contributor_ECCAS,Contributor_ECOWAS,Contributor_IGAD,Contributor_SADC\n";

/// The `un` readers in every known layout, and `read_current_month`, on `bytes`: none
/// panics, and each import that succeeds is balanced.
fn read_un(bytes: &[u8]) -> Result<(), TestCaseError> {
    balanced(&ipi::read_current_month(bytes))?;
    for layout in [
        peacekeeping_data::un::Layout::data_hub(),
        peacekeeping_data::un::Layout::data_hub_before_2010(),
        peacekeeping_data::un::Layout::hdx_gender(),
        peacekeeping_data::un::Layout::ipi_full(),
    ] {
        balanced(&peacekeeping_data::un::read_contributions(
            bytes, &layout, None,
        ))?;
    }
    Ok(())
}

/// A field of a UN file: sometimes plausible, sometimes not.
fn un_field() -> impl Strategy<Value = String> {
    prop_oneof![
        field(),
        prop::sample::select(vec![
            "Troops",
            "FPU",
            "Staff Officer",
            "Military Observers",
            "31/12/2013",
            "1/2/2010",
            "99/99/9999",
            "2013-12-31 00:00:00",
            "2013-12-31T99:00:00",
            "0",
            "1",
        ])
        .prop_map(str::to_owned),
    ]
}

proptest! {
    #[test]
    fn no_un_reader_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        read_un(&bytes)?;
    }

    #[test]
    fn no_un_reader_panics_on_arbitrary_rows_under_a_real_header(
        rows in prop::collection::vec(prop::collection::vec(un_field(), 0..36), 0..8)
    ) {
        let body = rows.iter().map(|r| r.join(",")).collect::<Vec<_>>().join("\n");
        for header in [HUB_HEADER, HUB_2010_HEADER, HDX_HEADER, IPI_FULL_HEADER, CURRENT_HEADER] {
            read_un(format!("{header}{body}").as_bytes())?;
        }
    }
}

/// A row of the Data Hub's long file, from a small vocabulary so that rows often share a
/// report (and merge), repeat a category (and are skipped), or fail (and are skipped).
fn hub_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    (
        pick(&["GHA", "BGD", "", "NA", "XX"]),
        pick(&["Ghana", "Ghanna", "Atlantis", ""]),
        pick(&["UNMIL", "ONUCI", "UNOCI"]),
        pick(&[
            "Troops",
            "Contingent Troop",
            "FPU",
            "IPO",
            "Staff Officer",
            "Dancers",
        ]),
        pick(&["0", "7", "NA", "x"]),
        pick(&["2013-12-31", "31/12/2013", "2014-01-31", "2013-02-30"]),
    )
        .prop_map(|(code, name, mission, kind, n, date)| {
            format!("1,{code},{name},{mission},{kind},{n},1,{date}")
        })
}

proptest! {
    #[test]
    fn long_rows_are_each_imported_merged_or_skipped(
        rows in prop::collection::vec(hub_row(), 0..30)
    ) {
        let text = format!("{HUB_HEADER}{}", rows.join("\n"));
        let import = peacekeeping_data::un::read_contributions(
            text.as_bytes(),
            &peacekeeping_data::un::Layout::data_hub(),
            None,
        );
        balanced(&import)?;
        prop_assert_eq!(import.map(|i| i.rows_read).ok(), Some(rows.len()));
    }

    #[test]
    fn closest_country_never_panics_and_suggests_only_known_names(name in ".{0,40}") {
        if let Some((known, code)) = peacekeeping_data::names::closest_country(&name) {
            prop_assert_eq!(peacekeeping_data::names::country_code(&known), Some(code));
        }
    }
}

/// A FrontMap row from a small vocabulary, so that rows often share a location-year (and
/// merge), disagree on a yearly value (and are skipped), or fail (and are skipped).
fn front_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    (
        pick(&["MINURCA", "UNMEE", "UN MEE!"]),
        pick(&["1999", "2000", "99"]),
        pick(&["Chad", "Ethiopia/Eritrea", "Atlantis"]),
        pick(&["Bangui", "Badme", ""]),
        pick(&["4.38,18.56", "4.39,18.57", "95,18.56"]),
        pick(&["150,650,0", "NA,NA,NA", "150,150,x"]),
        pick(&["0", "3", "9"]),
        pick(&["0,1,2,1", "0,0,0,0", "1,1,3,1"]),
        pick(&["650", "NA", "400", "-1"]),
    )
        .prop_map(|(m, y, c, l, xy, troops, hq, units, mean)| {
            format!("{m},{y},{c},{l},{xy},{troops},{hq},{units},{mean}")
        })
}

proptest! {
    #[test]
    fn frontmap_rows_are_each_imported_merged_or_skipped(
        rows in prop::collection::vec(front_row(), 0..30)
    ) {
        let text = format!("{FRONT_HEADER}{}", rows.join("\n"));
        let import = geopko::read_locations(text.as_bytes());
        balanced(&import)?;
        let import = import.unwrap();
        prop_assert_eq!(import.rows_read, rows.len());
        // Every row merged is a reading of a record; every record has its first reading.
        let readings: usize = import.records.iter().map(|l| l.readings.len()).sum();
        prop_assert_eq!(readings, import.records.len() + import.rows_merged);
    }
}

/// A RADPKO row under [`RADPKO_HEADER`], from a small vocabulary of plausible and
/// implausible values.
fn radpko_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    // Mostly good means, so that many rows import; now and then a bad one.
    let mean = || {
        prop_oneof![
            20 => Just("0"),
            5 => pick(&["1.5", "358.0833333333333"]),
            1 => pick(&["NaN", "-1", "x", "", "inf"]),
        ]
    };
    (
        pick(&["UNMISS", "UNMIS", "UN MISS!"]),
        pick(&["South Sudan", "Abyei", "Atlantis"]),
        pick(&["bor", "", "NA"]),
        pick(&["2018-01-01,2018", "2018-03-01,2019", "2018,2018"]),
        pick(&["6.2,31.5", "NaN,NaN", "91,0"]),
        prop::collection::vec(mean(), 28),
    )
        .prop_map(|(m, c, b, dates, xy, means)| {
            format!("{m},{c},{b},{dates},{xy},{}", means.join(","))
        })
}

proptest! {
    #[test]
    fn radpko_rows_are_each_imported_or_skipped(
        rows in prop::collection::vec(radpko_row(), 0..20)
    ) {
        let text = format!("{RADPKO_HEADER}{}", rows.join("\n"));
        let import = radpko::read_base_years(text.as_bytes());
        balanced(&import)?;
        let import = import.unwrap();
        prop_assert_eq!(import.rows_read, rows.len());
        for base in &import.records {
            // `korea` and `south.korea` are one contributor, never zero.
            prop_assert!(base.contributors.len() <= 1);
            prop_assert!(base.contributors.iter().all(|c| !c.personnel.is_zero()));
        }
    }
}

/// A row of the UCDP battle-deaths file: plausible fields, now and then a wrong one, and
/// codes and years from a small set so that territory-years repeat.
fn ucdp_row() -> impl Strategy<Value = String> {
    let code = prop::sample::select(vec![
        "2", "260", "340", "345", "490", "552", "609", "3", "5200", "x", "",
    ]);
    let status = prop::sample::select(vec![
        "independent",
        "colony",
        "occupied",
        "mandate",
        "protectorate",
        "province",
    ]);
    let year = prop::sample::select(vec!["1946", "1962", "1988", "1989", "2022", "22", "NA"]);
    let count = prop_oneof![
        20 => (0u64..200_000).prop_map(|n| n.to_string()),
        1 => Just("NA".to_owned()),
        1 => Just(String::new()),
        1 => Just("99999999999".to_owned()),
    ];
    let source = prop::sample::select(vec![
        "PRIO Battle-deaths 3.1",
        "UCDP GED 23.1",
        "UCDP GED 24.1",
    ]);
    (
        code.clone(),
        prop::sample::select(vec!["Ethiopia", "\"Congo, Democratic Republic of (Zaire)\"", ""]),
        status,
        code,
        year,
        (count.clone(), count.clone(), count),
        source,
    )
        .prop_map(|(gw, name, status, owner, year, (low, high, best), source)| {
            format!("{gw},{name},{status},{owner},Capital,1.5,2.5,1,7,{year},{low},{high},{best},{source}")
        })
}

proptest! {
    #[test]
    fn ucdp_rows_are_each_imported_or_skipped_once(rows in prop::collection::vec(ucdp_row(), 0..30)) {
        let text = format!("{UCDP_HEADER}{}", rows.join("\n"));
        let import = ucdp::read_battle_deaths(text.as_bytes());
        balanced(&import)?;
        let import = import.unwrap();
        prop_assert_eq!(import.rows_read, rows.len());
        // One record per territory code and year: repeats are skipped.
        let mut keys = std::collections::HashSet::new();
        for r in &import.records {
            prop_assert!(keys.insert((r.gw, r.year)));
        }
    }
}

/// A row of the UN's fatality file, from a small vocabulary so that rows often import,
/// repeat an id (and are skipped) or a casualty (and are listed), or fail.
fn fatality_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    (
        pick(&["1", "2", "3", ""]),
        pick(&["2003-05-05", "2003-02-30", ""]),
        pick(&["C1", "C2", ""]),
        pick(&["UNMIK", "UNSecretariat", "UN MIK"]),
        pick(&["Fatality", "Injury"]),
        pick(&["M", "F", "", "X"]),
        pick(&["Montenegro", "Côte dIvoire", "ZZ [Undetermined]", "Atlantis", ""]),
        pick(&["Local ", "Military", "Sailor"]),
        pick(&["Illness", "Malicious Act", "Boredom"]),
        pick(&["499.0", "891.0", "890.0", "", "1.5"]),
        pick(&["MNE", "SCG", "YUG", "", "XX"]),
        pick(&["2025-04-04", "x"]),
    )
        .prop_map(|(id, date, casualty, mission, kind, g, name, staff, cause, m49, iso, update)| {
            format!("{id},{date},{casualty},{mission},{kind},{g},{name},{staff},{cause},{m49},{iso},{update}")
        })
}

proptest! {
    #[test]
    fn fatality_rows_are_each_imported_or_skipped(
        rows in prop::collection::vec(fatality_row(), 0..30)
    ) {
        let text = format!("{FATALITY_HEADER}{}", rows.join("\n"));
        let file = fatalities::read_fatalities(text.as_bytes()).unwrap();
        balanced(&Ok(file.import.clone()))?;
        prop_assert_eq!(file.import.rows_read, rows.len());
        let ids: std::collections::BTreeSet<&str> =
            file.import.records.iter().map(|f| f.id.as_str()).collect();
        prop_assert_eq!(ids.len(), file.import.records.len());
        prop_assert!(file.people() <= file.import.records.len());
        prop_assert_eq!(file.last_update.is_some(), !file.import.records.is_empty());
    }
}

/// A row of the authorised-strength file, from a small vocabulary so that rows often
/// import (and repeat a mission-month, or change a ceiling), or fail.
fn authorized_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    (
        pick(&["UNOSOM", "UNOSOM II", "LBB", "UNAVEM", "UN X"]),
        (1990i32..1996, 0u32..14),
        pick(&["", "28000.0", "7789.2", "-1.0"]),
        pick(&["", "0.0", "54.0"]),
        pick(&["", "0.0", "50.5"]),
        pick(&["", "100.0", "1.5"]),
        pick(&["520.0", "", "999.0"]),
        any::<bool>(),
    )
        .prop_map(|(mission, (year, month), troops, police, observers, deployed, cow, good_key)| {
            let monyear = u64::from(month) * 10_000 + u64::try_from(year).unwrap();
            let key = if good_key { monyear * 100 + 60 } else { 1 };
            format!(
                "422.0,60.0,Somalia,{cow},{mission},{year},{month},{monyear},{key}.0,{troops},{police},{observers},{deployed},0.0,0.0,,,,,,,,,,,,,0.0,12,1,1.0,10.0,0.0,0.0"
            )
        })
}

proptest! {
    #[test]
    fn authorized_rows_are_each_imported_or_skipped(
        rows in prop::collection::vec(authorized_row(), 0..30)
    ) {
        let text = format!("{AUTHORIZED_HEADER}{}", rows.join("\n"));
        let import = authorized::read_mission_months(text.as_bytes());
        balanced(&import)?;
        let import = import.unwrap();
        prop_assert_eq!(import.rows_read, rows.len());
        let keys: std::collections::BTreeSet<_> =
            import.records.iter().map(|r| (r.mission.clone(), r.date)).collect();
        prop_assert_eq!(keys.len(), import.records.len());
        let ceilings = authorized::to_authorized_strengths(&import.records);
        for list in ceilings.values() {
            prop_assert!(!list.is_empty());
            prop_assert!(list.windows(2).all(|w| w[0].as_of < w[1].as_of));
            prop_assert!(list.windows(2).all(|w| (w[0].military, w[0].observers, w[0].police) != (w[1].military, w[1].observers, w[1].police)));
            prop_assert!(list[0].military.is_some() || list[0].police.is_some() || list[0].observers.is_some());
        }
    }
}

/// A row of the non-UN peacekeeping file: a valid row from a small vocabulary, so that
/// rows often repeat a mission-month under another conflict (and merge), repeat it with
/// other figures or the same conflict (and are skipped), with now and then one field
/// broken (and the row skipped).
fn nonun_row() -> impl Strategy<Value = String> {
    let pick = |v: &[&'static str]| prop::sample::select(v.to_vec());
    (
        pick(&[
            "346,x,{conflict},1,1999-12,1999,346091.0,UNMIBH ,1.0",
            "345,x,{conflict},1,2016-12,2016,345045.0,KFOR,2.0",
            "450,x,{conflict},1,1998-12,1998,450013.0,ECOMOG,2.0",
            "451,x,{conflict},1,1998-12,1998,451016.0,ECOMOG,2.0",
            "437,x,{conflict},1,2005-06,2005,4370102.0,UNOCI (ONUCI),1.0",
        ]),
        pick(&["389,38901,0", "397,39701,0", "398,39801,1"]),
        pick(&[
            "0.0,,,,,0.0,1795.0,0.0,1795.0",
            "0.0,0.0,1795.0,0.0,1795.0,0.0,1795.0,0.0,1795.0",
            "1.0,,,,,1.5,1.5,0.5,3.5",
        ]),
        pick(&["0.0,1813.0,4.0,1817.0", ",,,"]),
        (
            0usize..40,
            pick(&[
                "", ".", "-1", "x", "1.5", "9999", "2.0", "1999-13", "Zorro!",
            ]),
        ),
    )
        .prop_map(|(mission, conflict, figures, ipi, (broken, bad))| {
            let row =
                format!("{mission},{figures},,,,,{ipi},0,0,0,0").replace("{conflict}", conflict);
            let mut fields: Vec<&str> = row.split(',').collect();
            if let Some(field) = fields.get_mut(broken) {
                *field = bad;
            }
            fields.join(",")
        })
}

proptest! {
    #[test]
    fn nonun_rows_are_each_imported_merged_or_skipped(
        rows in prop::collection::vec(nonun_row(), 0..30)
    ) {
        let text = format!("{NONUN_HEADER}{}", rows.join("\n"));
        let import = nonun::read_mission_months(text.as_bytes());
        balanced(&import)?;
        let import = import.unwrap();
        prop_assert_eq!(import.rows_read, rows.len());
        // One record per file mission number and month; every conflict of a record
        // comes from a row read, and the records with their conflicts account for the
        // imported and merged rows.
        let conflicts: usize = import.records.iter().map(|r| r.conflicts.len()).sum();
        prop_assert_eq!(conflicts, import.records.len() + import.rows_merged);
        let keys: std::collections::BTreeSet<_> =
            import.records.iter().map(|r| (r.missionid, r.date)).collect();
        prop_assert_eq!(keys.len(), import.records.len());
        // SIPRI's months as strengths: no more records and skipped months than months.
        let c = nonun::to_deployed_strengths(&import.records, "nonun".parse().unwrap());
        prop_assert!(c.records.len() + c.skipped.len() <= import.records.len());
        strengths_fit_the_reference(&c.records)?;
    }
}

/// Strength records are unique per mission and date, and each is of a reference mission
/// and dated as the dataset requires.
fn strengths_fit_the_reference(
    records: &[peacekeeping_core::DeployedStrength],
) -> Result<(), TestCaseError> {
    let keys: std::collections::BTreeSet<_> =
        records.iter().map(|s| (&s.mission, s.date)).collect();
    prop_assert_eq!(keys.len(), records.len());
    for s in records {
        let mission = peacekeeping_data::reference::dataset().mission(&s.mission);
        prop_assert!(
            mission.is_some_and(|m| s.is_dated_within(m.period)),
            "{s:?}"
        );
    }
    Ok(())
}
