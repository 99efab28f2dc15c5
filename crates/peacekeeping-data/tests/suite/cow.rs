//! The COW IGO membership reader and the COW-ISO crosswalk against the real file,
//! `cow/igo_v3_selected_memberships.csv` (COW IGO v3.0, Pevehouse et al. 2020; see
//! SOURCES.md).

use std::collections::BTreeMap;

use peacekeeping_core::Date;
use peacekeeping_data::cow::{CowMembership, YearSpan, read_memberships_file};
use peacekeeping_data::crosswalk::{self, CowCode};

use peacekeeping_testkit::{assert_balanced, data_dir};

/// COW states of the file that the crosswalk deliberately leaves out (docs/datasets.md).
const KNOWN_GAPS: [u16; 1] = [511]; // Zanzibar: no ISO 3166 code

fn records(test: &str) -> Option<Vec<CowMembership>> {
    let dir = data_dir(test)?;
    let import = read_memberships_file(dir.join("cow/igo_v3_selected_memberships.csv")).unwrap();
    assert!(import.is_complete(), "{:#?}", import.skipped);
    assert_eq!(import.rows_read, 427);
    assert_balanced(&import);
    let records = import.strict().unwrap();
    assert_eq!(records.len(), 427);
    Some(records)
}

fn find<'a>(records: &'a [CowMembership], org: &str, ccode: u16) -> &'a CowMembership {
    records
        .iter()
        .find(|r| r.organization.as_str() == org && r.state == CowCode::new(ccode))
        .unwrap()
}

fn span(first: i32, last: i32) -> YearSpan {
    YearSpan { first, last }
}

#[test]
fn every_row_is_read_and_the_organizations_add_up() {
    let Some(records) = records("every_row_is_read_and_the_organizations_add_up") else {
        return;
    };
    let mut per_org = BTreeMap::new();
    for r in &records {
        *per_org.entry(r.organization.as_str()).or_insert(0) += 1;
    }
    let expected = [
        ("AU", 53),
        ("ECOWAS", 16),
        ("EEC", 13),
        ("EU", 28),
        ("NATO", 29),
        ("OAS", 35),
        ("OAU", 53),
        ("UN", 200),
    ];
    assert_eq!(per_org.into_iter().collect::<Vec<_>>(), expected);
}

#[test]
fn the_quirks_of_sources_md_come_out_as_the_file_says() {
    let Some(records) = records("the_quirks_of_sources_md_come_out_as_the_file_says") else {
        return;
    };
    // Honduras: coded out of the OAS from 2010 (suspended 2009-2011 in fact).
    let honduras = find(&records, "OAS", 91);
    assert_eq!(honduras.spans, [span(1899, 2009)]);
    assert!(!honduras.through_end_of_data());
    // Cuba: out of the OAS 1962-2008; the file has member years to 1962, non-member years
    // 1963-2008 (and 1907-1908).
    let cuba = find(&records, "OAS", 40);
    assert_eq!(
        cuba.spans,
        [span(1902, 1906), span(1909, 1962), span(2009, 2014)]
    );
    assert!(!cuba.is_member_in(1963) && !cuba.is_member_in(2008) && cuba.is_member_in(2009));
    // Cape Verde: in ECOWAS from 1981 (it joined in 1977).
    assert_eq!(find(&records, "ECOWAS", 402).spans, [span(1981, 2014)]);
    // Morocco left the OAU in 1984.
    assert_eq!(find(&records, "OAU", 600).spans, [span(1965, 1984)]);
    // The Federal Republic of Yugoslavia out of the UN 1993-1999.
    assert_eq!(
        find(&records, "UN", 345).spans,
        [span(1945, 1992), span(2000, 2014)]
    );
    // Zaire out of the AU 2003-2005.
    assert_eq!(
        find(&records, "AU", 490).spans,
        [span(2002, 2002), span(2006, 2014)]
    );
}

#[test]
fn the_crosswalk_maps_every_state_of_the_file_in_every_member_year() {
    let Some(records) = records("the_crosswalk_maps_every_state_of_the_file_in_every_member_year")
    else {
        return;
    };
    let mut unmapped = Vec::new();
    for r in &records {
        if KNOWN_GAPS.contains(&r.state.get()) {
            assert_eq!(r.state_column, "zanzibar");
            assert_eq!(crosswalk::entries_for(r.state).count(), 0);
            continue;
        }
        for s in &r.spans {
            for year in s.first..=s.last {
                if crosswalk::iso_in_year(r.state, year).is_none() {
                    unmapped.push((r.organization.to_string(), r.state_column.clone(), year));
                }
            }
        }
        // The memberships cover every member year up to its last day.
        let memberships = r.to_memberships();
        assert!(!memberships.is_empty(), "{r:?}");
        for s in &r.spans {
            let last_day = Date::new(s.last, 12, 31).unwrap();
            assert!(memberships.iter().any(|m| m.holds_on(last_day)), "{r:?}");
        }
    }
    assert!(unmapped.is_empty(), "{unmapped:?}");
}

#[test]
fn successor_states_and_look_alike_codes() {
    let iso = |cow, year| crosswalk::iso_in_year(CowCode::new(cow), year).unwrap();
    assert_eq!(iso(345, 1990).as_str(), "YUG");
    assert_eq!(iso(345, 2010).as_str(), "SRB");
    // COW 305 is Austria (COW letters "AUS"): ISO AUT, not ISO AUS (Australia, COW 900).
    assert_eq!(iso(305, 2000).as_str(), "AUT");
    assert_eq!(iso(900, 2000).as_str(), "AUS");
    let Some(records) = records("successor_states_and_look_alike_codes") else {
        return;
    };
    // Austria's EU membership becomes an AUT membership.
    let austria = find(&records, "EU", 305).to_memberships();
    assert_eq!(austria.len(), 1);
    assert_eq!(austria[0].member.as_str(), "AUT");
    assert_eq!(austria[0].period.to_string(), "1995-01-01..=2014-12-31");
    // Yugoslavia/Serbia's UN membership: YUG, then SCG, then SRB.
    let serbia: Vec<String> = find(&records, "UN", 345)
        .to_memberships()
        .iter()
        .map(|m| format!("{} {}", m.member, m.period))
        .collect();
    assert_eq!(
        serbia,
        [
            "YUG 1945-01-01..=1992-12-31",
            "YUG 2000-01-01..=2003-02-03",
            "SCG 2003-02-04..=2006-06-04",
            "SRB 2006-06-05..=2014-12-31"
        ]
    );
}
