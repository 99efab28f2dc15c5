//! An importer never panics, whatever it is fed: arbitrary bytes, and rows of plausible
//! and implausible fields under each reader's real header.

use peacekeeping_data::ipi;
use proptest::prelude::*;

const GENDER_HEADER: &str = "\"\",Date,Contributor,Contributor ISO-3,Mission,Individual Police Male,Individual Police Female,Individual Police Total,Formed Police Units Male,Formed Police Units Female,Formed Police Units Total,Experts on Mission Male,Experts on Mission Female,Experts on Mission Total,Troops Male,Troops Female,Troops Total,Total Male,Total Female,Total Total\n";
const COUNTRY_HEADER: &str = "Date,Troops,Police,Experts\n";
const MISSION_HEADER: &str =
    "date,mission,mission.iso3.alpha,n.contributors,troops,police,observers,total\n";
const SYSTEM_HEADER: &str = "Date,Number of Contributors,Troop Contributions,Police Contributions,EOM Contributions,Total Contributions\n";

/// Every reader on `bytes`; only panics matter, results are ignored.
fn read_all(bytes: &[u8]) {
    let _ = ipi::read_gender_full(bytes, None);
    let _ = ipi::read_contributor_months(bytes, "BGD".parse().unwrap());
    let _ = ipi::read_mission_months(bytes);
    let _ = ipi::read_system_months(bytes);
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
            "'"
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
        read_all(&bytes);
    }

    #[test]
    fn no_reader_panics_on_arbitrary_rows_under_a_real_header(body in rows()) {
        for header in [GENDER_HEADER, COUNTRY_HEADER, MISSION_HEADER, SYSTEM_HEADER] {
            let text = format!("{header}{body}");
            read_all(text.as_bytes());
        }
        // Under its own header, a reader accounts for every row it was given.
        let text = format!("{COUNTRY_HEADER}{body}");
        let import = ipi::read_contributor_months(text.as_bytes(), "BGD".parse().unwrap());
        let import = import.unwrap();
        let lines = body.lines().filter(|l| !l.is_empty()).count();
        if !body.contains('"') && !body.contains('\r') {
            prop_assert_eq!(import.rows(), lines);
        }
    }
}
