//! The reference dataset: states (`reference/states.json`, written by
//! `scripts/reference/states.py`) and their UN memberships, checked against well-known
//! facts and, year by year, against the COW IGO file (`cow/igo_v3_selected_memberships.csv`).

use std::collections::BTreeSet;

use peacekeeping_core::{ActorKind, Dataset, Date, MembershipStatus};
use peacekeeping_data::cow::read_memberships;
use peacekeeping_data::crosswalk;
use peacekeeping_data::reference;

use peacekeeping_testkit::data_dir;

fn data() -> &'static Dataset {
    reference::dataset()
}

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

/// The UN's full members on `date`, as ISO codes.
fn un_members_on(date: Date) -> BTreeSet<String> {
    data()
        .members_on("UN", date)
        .map(ToString::to_string)
        .collect()
}

/// The UN memberships of `member`, as `(start, end, status)` text.
fn un_memberships_of(member: &str) -> Vec<(String, String, MembershipStatus)> {
    let mut out: Vec<_> = data()
        .memberships()
        .iter()
        .filter(|m| m.member.as_str() == member && m.organization.as_str() == "UN")
        .map(|m| {
            let end = m.period.end().map_or_else(String::new, |d| d.to_string());
            (m.period.start().to_string(), end, m.status)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The historical states of `states.json` (the crosswalk's ISO 3166-3 codes).
const HISTORICAL: [&str; 7] = ["CSK", "DDR", "SCG", "SUN", "YMD", "YUG", "ZAR"];

#[test]
fn the_un_has_193_members_and_2_observer_states_at_the_end_of_2025() {
    let date = day("2025-12-31");
    let members = un_members_on(date);
    assert_eq!(members.len(), 193, "{members:?}");
    let observers: BTreeSet<String> = data()
        .memberships_on("UN", date)
        .filter(|m| m.status == MembershipStatus::Observer)
        .map(|m| m.member.to_string())
        .collect();
    assert_eq!(observers, BTreeSet::from(["PSE".into(), "VAT".into()]));
    for id in members.iter().chain(&observers) {
        let actor = data().actor(id).unwrap();
        assert_eq!(actor.kind, ActorKind::State, "{id}");
        assert_eq!(
            actor.country.map(|c| c.to_string()).as_deref(),
            Some(id.as_str())
        );
        assert!(actor.region.is_some(), "{id} has no region");
        assert!(!actor.languages.is_empty(), "{id} has no language");
        assert!(actor.existence.is_none(), "{id} exists today");
    }
    // No historical state is a member today.
    for id in HISTORICAL {
        assert!(!members.contains(id), "{id}");
    }
}

#[test]
fn historical_states_exist_for_a_period_and_their_memberships_lie_within_it() {
    for id in HISTORICAL {
        let actor = data().actor(id).unwrap();
        assert_eq!(actor.kind, ActorKind::State, "{id}");
        let existence = actor
            .existence
            .unwrap_or_else(|| panic!("{id}: no existence"));
        assert!(existence.end().is_some(), "{id}");
        for m in data()
            .memberships()
            .iter()
            .filter(|m| m.member.as_str() == id)
        {
            assert!(existence.contains_period(&m.period), "{id}: {}", m.period);
        }
    }
    // The crosswalk's days: an ISO code of a historical state maps to a COW state on the
    // last day of its existence, and not after it.
    for (id, cow) in [
        ("YUG", 345),
        ("SCG", 345),
        ("SUN", 365),
        ("DDR", 265),
        ("CSK", 315),
        ("ZAR", 490),
        ("YMD", 680),
    ] {
        let end = data().actor(id).unwrap().existence.unwrap().end().unwrap();
        let code = id.parse().unwrap();
        assert_eq!(
            crosswalk::cow_on(code, end),
            Some(crosswalk::CowCode::new(cow)),
            "{id}"
        );
        assert_eq!(crosswalk::cow_on(code, end.next_day()), None, "{id}");
    }
}

#[test]
fn successor_states_name_their_predecessors() {
    for (state, predecessor) in [
        ("SCG", "YUG"),
        ("SRB", "SCG"),
        ("RUS", "SUN"),
        ("COD", "ZAR"),
        ("CZE", "CSK"),
        ("SVK", "CSK"),
    ] {
        let actor = data().actor(state).unwrap();
        assert_eq!(
            actor.predecessor.as_ref().map(|p| p.as_str()),
            Some(predecessor),
            "{state}"
        );
    }
}

#[test]
fn well_known_admissions_and_successions() {
    let start = |member: &str| un_memberships_of(member)[0].0.clone();
    assert_eq!(start("SSD"), "2011-07-14");
    assert_eq!(start("MNE"), "2006-06-28");
    assert_eq!(start("CHE"), "2002-09-10");
    assert_eq!(start("TLS"), "2002-09-27");
    assert_eq!(start("USA"), "1945-10-24");
    assert_eq!(start("POL"), "1945-10-24");
    assert_eq!(start("IND"), "1945-10-30");
    assert_eq!(start("ISR"), "1949-05-11");
    assert_eq!(start("JPN"), "1956-12-18");
    assert_eq!(start("NAM"), "1990-04-23");
    assert_eq!(start("ERI"), "1993-05-28");
    // Both German states on 18 September 1973; the GDR's membership ends with it.
    assert_eq!(start("DEU"), "1973-09-18");
    assert_eq!(
        un_memberships_of("DDR"),
        [(
            "1973-09-18".into(),
            "1990-10-02".into(),
            MembershipStatus::Full
        )]
    );
    // The USSR's seat, continued by the Russian Federation on 24 December 1991.
    assert_eq!(un_memberships_of("SUN")[0].1, "1991-12-23");
    assert_eq!(start("RUS"), "1991-12-24");
    let christmas_eve = un_members_on(day("1991-12-24"));
    assert!(christmas_eve.contains("RUS") && !christmas_eve.contains("SUN"));
    // Czechoslovakia to its last day; its two successors admitted on 19 January 1993.
    assert_eq!(un_memberships_of("CSK")[0].1, "1992-12-31");
    assert_eq!(start("CZE"), "1993-01-19");
    assert_eq!(start("SVK"), "1993-01-19");
    // Yugoslavia: the SFRY to 22 September 1992, the Federal Republic from 1 November
    // 2000, Serbia and Montenegro, then Serbia.
    let full = MembershipStatus::Full;
    assert_eq!(
        un_memberships_of("YUG"),
        [
            ("1945-10-24".into(), "1992-09-22".into(), full),
            ("2000-11-01".into(), "2003-02-03".into(), full)
        ]
    );
    assert_eq!(
        un_memberships_of("SCG"),
        [("2003-02-04".into(), "2006-06-04".into(), full)]
    );
    assert_eq!(start("SRB"), "2006-06-05");
    // Syria's separate membership, interrupted by the United Arab Republic.
    assert_eq!(
        un_memberships_of("SYR"),
        [
            ("1945-10-24".into(), "1958-02-21".into(), full),
            ("1961-10-13".into(), String::new(), full)
        ]
    );
    // The two Yemens until their merger; Yemen continues North Yemen's seat.
    assert_eq!(un_memberships_of("YMD")[0].1, "1990-05-21");
    assert_eq!(start("YEM"), "1947-09-30");
    // Zaire's seat, held by the Democratic Republic of the Congo under that name again.
    assert_eq!(
        un_memberships_of("ZAR"),
        [("1960-09-20".into(), "1997-05-16".into(), full)]
    );
    assert_eq!(start("COD"), "1997-05-17");
    // The observers.
    assert_eq!(
        un_memberships_of("VAT"),
        [(
            "1964-04-06".into(),
            String::new(),
            MembershipStatus::Observer
        )]
    );
    assert_eq!(
        un_memberships_of("PSE"),
        [(
            "2012-11-29".into(),
            String::new(),
            MembershipStatus::Observer
        )]
    );
    // Membership counts at known moments: 51 original members, 159 before Namibia (the
    // 160th), 191 from Timor-Leste to Montenegro, 192 before South Sudan. Palau was the
    // 185th Member (1994-12-15): the UN's count included "Yugoslavia" until 2000, whose
    // membership the reference data ends on 1992-09-22, hence 184.
    assert_eq!(un_members_on(day("1945-12-31")).len(), 51);
    assert_eq!(un_members_on(day("1990-04-22")).len(), 159);
    assert_eq!(un_members_on(day("1994-12-31")).len(), 184);
    assert_eq!(un_members_on(day("2002-09-27")).len(), 191);
    assert_eq!(un_members_on(day("2006-06-27")).len(), 191);
    assert_eq!(un_members_on(day("2011-07-13")).len(), 192);
}

/// Which side of the comparison has the state in those years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// COW codes the state as a UN member; the reference data does not.
    OnlyCow,
    /// The reference data has the state as a UN member on 31 December; COW does not.
    OnlyReference,
}

/// A documented difference between COW's UN membership and the reference data.
struct Known {
    iso: &'static str,
    first: i32,
    last: i32,
    side: Side,
}

const fn known(iso: &'static str, first: i32, last: i32, side: Side) -> Known {
    Known {
        iso,
        first,
        last,
        side,
    }
}

/// Every year-by-year difference between COW and the reference data, with its reason.
/// The test fails if a difference is missing here, and if one listed here does not occur.
const KNOWN_DIFFERENCES: [Known; 15] = [
    // COW puts both German states in the UN from 1965; both were admitted on 1973-09-18
    // (docs/datasets.md, "Quirks").
    known("DEU", 1965, 1972, Side::OnlyCow),
    known("DDR", 1965, 1972, Side::OnlyCow),
    // China's seat: COW codes the government that held it, the Republic of China on
    // Taiwan (COW 713) until General Assembly resolution 2758 of 1971-10-25. The UN lists
    // one Member, China, since 1945, and so does the reference data; Taiwan is no actor.
    known("CHN", 1949, 1970, Side::OnlyReference),
    known("TWN", 1949, 1970, Side::OnlyCow),
    // Original Members that COW's state system has only from a later entry: the
    // Byelorussian and Ukrainian SSRs (states in COW from 1991), India (1947), the
    // Philippines, Lebanon and Syria (1946).
    known("BLR", 1945, 1990, Side::OnlyReference),
    known("UKR", 1945, 1990, Side::OnlyReference),
    known("IND", 1945, 1946, Side::OnlyReference),
    known("PHL", 1945, 1945, Side::OnlyReference),
    known("LBN", 1945, 1945, Side::OnlyReference),
    known("SYR", 1945, 1945, Side::OnlyReference),
    // Syria joined the United Arab Republic in February 1958: not a separate Member on
    // 1958-12-31, but a member year in COW, which codes 1959-1960 only as out.
    known("SYR", 1958, 1958, Side::OnlyCow),
    // The Dominican Republic, an original Member (24 October 1945 in the UN's lists), is
    // a member in the COW file only from 1965: an error of the file.
    known("DOM", 1945, 1964, Side::OnlyReference),
    // Yugoslavia: the reference data ends the SFRY's membership with General Assembly
    // resolution 47/1 (1992-09-22); COW codes 345 as a member through 1992 and out
    // 1993-1999 (the latter as the reference data).
    known("YUG", 1992, 1992, Side::OnlyCow),
    // Uzbekistan was admitted on 1992-03-02 with the other Central Asian republics; COW
    // codes it a member from 1991 (an error of the file).
    known("UZB", 1991, 1991, Side::OnlyCow),
    // Timor-Leste was admitted on 2002-09-27; the COW file has it from 2003.
    known("TLS", 2002, 2002, Side::OnlyReference),
];

/// ISO 3166-3 codes of the names of renamed states, which the crosswalk gives for the
/// years before the change of name; the reference data has one actor under today's code.
fn current_code(iso: &str) -> &str {
    match iso {
        "DHY" => "BEN", // Dahomey
        "HVO" => "BFA", // Upper Volta
        "BUR" => "MMR", // Burma
        "BYS" => "BLR", // Byelorussian SSR
        "VDR" => "VNM", // North Vietnam (never a UN member: no effect)
        other => other,
    }
}

#[test]
fn un_membership_by_year_agrees_with_cow_up_to_2014() {
    let Some(dir) = data_dir("un_membership_by_year_agrees_with_cow_up_to_2014") else {
        return;
    };
    let file = std::fs::File::open(dir.join("cow/igo_v3_selected_memberships.csv")).unwrap();
    let records = read_memberships(file).unwrap().strict().unwrap();
    let un: Vec<_> = records
        .iter()
        .filter(|r| r.organization.as_str() == "UN")
        .collect();
    assert_eq!(un.len(), 200);

    let mut explained = BTreeSet::new();
    let mut unexplained = Vec::new();
    for year in 1945..=2014 {
        let ours = un_members_on(Date::new(year, 12, 31).unwrap());
        // COW 511 (Zanzibar, 1963-1964) has no ISO code: the crosswalk gives None.
        let cow: BTreeSet<String> = un
            .iter()
            .filter(|r| r.is_member_in(year))
            .filter_map(|r| crosswalk::iso_in_year(r.state, year))
            .map(|c| current_code(c.as_str()).to_owned())
            .collect();
        let differences = cow
            .difference(&ours)
            .map(|iso| (iso, Side::OnlyCow))
            .chain(ours.difference(&cow).map(|iso| (iso, Side::OnlyReference)));
        for (iso, side) in differences {
            let found = KNOWN_DIFFERENCES
                .iter()
                .position(|k| k.iso == iso && k.side == side && (k.first..=k.last).contains(&year));
            match found {
                Some(i) => {
                    explained.insert((i, year));
                }
                None => unexplained.push(format!("{year} {iso} {side:?}")),
            }
        }
    }
    assert!(
        unexplained.is_empty(),
        "{} unexplained differences between COW and the reference data:\n{}",
        unexplained.len(),
        unexplained.join("\n")
    );
    // The list is exact: every year of every listed difference differs.
    let mut not_found = Vec::new();
    for (i, k) in KNOWN_DIFFERENCES.iter().enumerate() {
        for year in k.first..=k.last {
            if !explained.contains(&(i, year)) {
                not_found.push(format!("{year} {} {:?}", k.iso, k.side));
            }
        }
    }
    assert!(
        not_found.is_empty(),
        "listed differences that do not occur:\n{}",
        not_found.join("\n")
    );
}
